"""Build the dev6/es corpus: Spanish rejections, hard look-alikes and ordinary mail.

Run `python build.py` to (re)write messages/*.eml and labels.jsonl deterministically;
`python build.py --check` parses everything back and checks that labels match files 1:1.
All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"

OWNERS = [
    ("Lucía Ferrer", "lucia.ferrer@correo.example"),
    ("Diego Salas", "diego.salas@buzon.test"),
    ("Marta Quiroga", "mquiroga@correo.example"),
    ("Tomás Ibarra", "tomas.ibarra@mimail.test"),
    ("Valentina Ochoa", "vale.ochoa@correo.example"),
]

ENCODINGS = ["qp", "b64", "8bit", "l1", "qp", "b64"]

REJ: list[dict] = []
LOOK: list[dict] = []
ORD: list[dict] = []


def R(name, addr, subject, body, company, role=None, url=None, contact=True, fmt=None):
    REJ.append(dict(name=name, addr=addr, subject=subject, body=body, company=company,
                    role=role, url=url, contact=contact and bool(name), fmt=fmt))


def L(name, addr, subject, body, fmt=None):
    LOOK.append(dict(name=name, addr=addr, subject=subject, body=body, fmt=fmt))


def O(name, addr, subject, body, fmt=None):
    ORD.append(dict(name=name, addr=addr, subject=subject, body=body, fmt=fmt))


# ---------------------------------------------------------------- rejections
R("Ana Ruiz", "ana.ruiz@lumbre-energia.example", "Tu candidatura: Técnico/a de mantenimiento",
  """Hola {n}:

Gracias por presentarte a la oferta de Técnico/a de mantenimiento. Lamentamos comunicarte que no has sido seleccionado para continuar en el proceso.

Un saludo,
Ana Ruiz
Selección | Lumbre Energía""", "Lumbre Energía", "Técnico/a de mantenimiento")

R("Jorge Baena", "jbaena@nodo-azul.example", "Proceso Desarrollador Backend",
  """Buenas tardes, {n}.

Tras valorar tu perfil con calma, hemos decidido seguir adelante con otros candidatos para el puesto de Desarrollador Backend. Te deseamos mucha suerte.

Jorge Baena
Nodo Azul""", "Nodo Azul", "Desarrollador Backend")

R(None, "no-responder@talento.grupovereda.example", "Su candidatura a Administrativo/a contable",
  """Estimado/a candidato/a:

Le informamos de que su candidatura al puesto de Administrativo/a contable no ha sido seleccionada en esta ocasión. Agradecemos el interés mostrado en Grupo Vereda.

Atentamente,
Departamento de Personas
Grupo Vereda
https://empleo.grupovereda.example""", "Grupo Vereda", "Administrativo/a contable", "https://empleo.grupovereda.example")

R("Paula Rincón", "paula@estudiocanela.example", "Diseñadora UX",
  """Hola {n},

muchas gracias por la charla del martes. Al final hemos optado por otra persona cuyo perfil se ajusta un poco mejor a lo que buscamos ahora mismo para el rol de Diseñadora UX.

Un abrazo,
Paula
Estudio Canela""", "Estudio Canela", "Diseñadora UX")

R(None, "empleo@farmacias-solana.example", "Dependiente/a de farmacia - Actualización",
  """Hola:

Te escribimos en relación con tu solicitud para Dependiente/a de farmacia. El puesto ya ha sido cubierto, por lo que no seguiremos adelante con tu candidatura.

Gracias por tu interés,
Farmacias Solana""", "Farmacias Solana", "Dependiente/a de farmacia", contact=False)

R("Raúl Montes", "raul.montes@quimicasur.example", "Vacante de Jefe de turno",
  """Estimado {n}:

Le escribo para comunicarle que la vacante de Jefe de turno se ha cubierto con una promoción interna, de modo que cerramos el proceso externo sin avanzar con su candidatura.

Un cordial saludo,
Raúl Montes
Recursos Humanos, Química del Sur""", "Química del Sur", "Jefe de turno")

R("Irene Gallego", "irene@cafeteria-tostadero.example", "Lo de camarera",
  """Hola {n}!

Gracias por pasarte con el currículum. En esta ocasión no vamos a poder contar contigo para el puesto de camarera, pero lo guardamos por si sale algo en verano.

Irene
El Tostadero""", "El Tostadero", "camarera")

R(None, "noreply@myworkdayjobs.example", "Actualización sobre su solicitud - Analista de riesgos",
  """Estimado/a {n}:

Gracias por su interés en Banco Alcor. Tras revisar detenidamente su solicitud para Analista de riesgos, desafortunadamente su perfil no encaja con los requisitos del puesto en este momento.

Le animamos a consultar otras oportunidades en https://careers.bancoalcor.example

Atentamente,
Equipo de Adquisición de Talento
Banco Alcor""", "Banco Alcor", "Analista de riesgos", "https://careers.bancoalcor.example", contact=False)

R("Sergio Llorente", "sergio.llorente@vialtec.example", "RE: Candidatura Ingeniero de caminos",
  """{n}, buenos días:

No continuaremos con tu candidatura para Ingeniero de caminos. Gracias por el tiempo dedicado.

Sergio Llorente
Vialtec Ingeniería""", "Vialtec Ingeniería", "Ingeniero de caminos")

R("Camila Rojas", "camila.rojas@andesfin.example", "Postulación Analista Financiero Jr.",
  """Hola {n}, ¿cómo estás?

Te cuento que, luego de revisar todas las postulaciones, hemos resuelto no avanzar con la tuya para el cargo de Analista Financiero Jr.

Saludos cordiales,
Camila Rojas
Andes Finanzas""", "Andes Finanzas", "Analista Financiero Jr.")

R(None, "avisos@portal.candidatos-lince.example", "Estado de tu solicitud",
  """Hola {n},

Tu solicitud para Operario/a de almacén en Logística Lince no ha prosperado.

Gracias por confiar en nosotros.
Logística Lince""", "Logística Lince", "Operario/a de almacén", contact=False)

R("Marcos Vidal", "marcos.vidal@kernelia.example", "Resultado de la prueba técnica",
  """Hola {n},

gracias por entregar el ejercicio. Lamentablemente no has superado la prueba técnica para Ingeniero/a de datos, así que el proceso termina aquí para ti.

Un saludo,
Marcos Vidal
Engineering Manager, Kernelia""", "Kernelia", "Ingeniero/a de datos")

R(None, "seleccion@fundacion-aurora.example", "Convocatoria Coordinador/a de proyectos",
  """Estimado/a {n}:

El comité de selección ha acordado no proponer su candidatura para la siguiente fase de la convocatoria de Coordinador/a de proyectos.

Reciba un cordial saludo,
Área de Selección
Fundación Aurora""", "Fundación Aurora", "Coordinador/a de proyectos", contact=False)

R("Laura Peña", "lpena@hotelesmarea.example", "Recepcionista nocturno/a",
  """Hola {n}:

Muchas gracias por la entrevista. Finalmente nos hemos decantado por un candidato con más experiencia en el sector hotelero para el puesto de Recepcionista nocturno/a.

Un saludo,
Laura Peña
Hoteles Marea""", "Hoteles Marea", "Recepcionista nocturno/a")

R("Nerea Campos", "nerea.campos@talentbridge.example", "Posición Product Owner en cliente",
  """Hola {n}:

Te escribo con noticias del proceso de Product Owner. El cliente ha preferido otro perfil, así que por mi parte cierro tu candidatura para esta posición.

Un abrazo,
Nerea Campos
TalentBridge Consultores""", "TalentBridge Consultores", "Product Owner")

R("Héctor Almagro", "hector@saborea.example", "Cocinero/a - Saborea",
  """Buenas {n},

el responsable de cocina ha elegido a otra candidata para la plaza de Cocinero/a. Te agradecemos mucho la prueba que hiciste.

Héctor
Saborea Restaurantes""", "Saborea Restaurantes", "Cocinero/a")

R(None, "no-reply@jobs.mercantil-oeste.example", "Gracias por tu interés",
  """Hola {n}:

Tu CV no ha pasado el primer filtro del proceso de Gestor/a comercial. Revisamos cada candidatura de forma individual y esta vez otros perfiles encajaban mejor.

Equipo de Talento
Mercantil del Oeste""", "Mercantil del Oeste", "Gestor/a comercial", contact=False)

R("Silvia Arce", "silvia.arce@clinicavita.example", "Proceso Enfermero/a UCI",
  """Hola {n}:

Te agradecemos tu participación en el proceso de Enfermero/a UCI. No has quedado entre los finalistas, aunque tu perfil nos ha parecido muy interesante.

Silvia Arce
Clínica Vita""", "Clínica Vita", "Enfermero/a UCI")

R(None, "rrhh@ayto-valdelagua.example", "Preselección: Auxiliar administrativo",
  """Sr./Sra. {n}:

Se le comunica que no ha resultado seleccionado/a en la preselección para la bolsa de Auxiliar administrativo del Ayuntamiento de Valdelagua.

Servicio de Personal
Ayuntamiento de Valdelagua""", "Ayuntamiento de Valdelagua", "Auxiliar administrativo", contact=False)

R("Ramón Escudero", "r.escudero@transportes-nieva.example", "Su candidatura",
  """Estimado {n}:

Por la presente le comunicamos que su candidatura para Conductor/a de reparto ha sido desestimada.

Atentamente,
Ramón Escudero
Transportes Nieva""", "Transportes Nieva", "Conductor/a de reparto")

R("Elena Morán", "elena.moran@pixelfarm.example", "Frontend Developer",
  """Hola {n},

hemos descartado tu candidatura para la posición de Frontend Developer. Buscábamos más experiencia con sistemas de diseño.

Suerte con la búsqueda,
Elena
Pixelfarm""", "Pixelfarm", "Frontend Developer")

R("Andrés Tello", "andres.tello@grupolaurel.example", "Entrevista Controller financiero",
  """Hola {n}:

Gracias por venir a la entrevista del jueves. Tras comentarlo con dirección, no vamos a seguir con tu proceso para Controller financiero.

Un saludo,
Andrés Tello
Grupo Laurel""", "Grupo Laurel", "Controller financiero")

R("Beatriz Soler", "bea@huerta-viva.example", "Responsable de tienda",
  """Hola {n},

te escribo para decirte que preferimos no seguir adelante con tu perfil para la tienda de Gracia por ahora. Gracias de verdad por tu tiempo.

Bea
Huerta Viva""", "Huerta Viva", "Responsable de tienda")

R("Óscar Palacios", "oscar@fincas-ribera.example", "Administrador/a de fincas",
  """Estimado {n}:

Sentimos comunicarle que no podremos ofrecerle el puesto de Administrador/a de fincas. Ha sido una decisión difícil.

Óscar Palacios
Fincas Ribera""", "Fincas Ribera", "Administrador/a de fincas")

R("Natalia Vera", "natalia.vera@brisamarina.example", "Oferta Jefa de sala",
  """Hola {n}:

Te escribo para cerrar el proceso de Jefa de sala: hicimos una oferta a otra candidata y la ha aceptado esta mañana. Gracias por todo.

Natalia Vera
Brisa Marina Restaurante""", "Brisa Marina Restaurante", "Jefa de sala")

R(None, "careers@orbitalogic.example", "Your application / Tu candidatura - QA Engineer",
  """Hola {n}:

Gracias por tu interés en Orbitalogic. Hemos recibido muchas candidaturas para QA Engineer y otros candidatos se ajustaban más a las necesidades del equipo en esta ocasión.

Consulta nuestras vacantes en https://orbitalogic.example/empleo

El equipo de Orbitalogic""", "Orbitalogic", "QA Engineer", "https://orbitalogic.example/empleo", contact=False)

R("Iván Crespo", "ivan.crespo@datavinya.example", "Siguiente entrevista",
  """Hola {n},

gracias por la primera entrevista. Te escribo para decirte que no te vamos a convocar a la siguiente entrevista para el puesto de Analista BI.

Saludos,
Iván Crespo
Datavinya""", "Datavinya", "Analista BI")

R(None, "empleopublico@diputacion-sierra.example", "Resolución bolsa de empleo - Técnico/a de medio ambiente",
  """Estimado/a {n}:

Una vez revisada la documentación, le comunicamos que queda usted excluido/a del proceso selectivo de Técnico/a de medio ambiente por no acreditar los requisitos exigidos en las bases.

Servicio de Recursos Humanos
Diputación de la Sierra""", "Diputación de la Sierra", "Técnico/a de medio ambiente", contact=False)

R(None, "seleccion@segurosatalaya.example", "Evaluación de candidatura",
  """Estimado/a {n}:

Tras el análisis curricular, su solicitud para el puesto de Tramitador/a de siniestros ha sido valorada como no apta.

Seguros Atalaya
Selección de personal""", "Seguros Atalaya", "Tramitador/a de siniestros", contact=False)

R("Clara Benítez", "clara@mundoletra.example", "Editor/a de mesa",
  """Hola {n}:

Hoy no es posible seguir con tu candidatura para Editor/a de mesa. Te agradezco muchísimo el interés y la prueba de edición.

Clara Benítez
Mundo Letra Editorial""", "Mundo Letra Editorial", "Editor/a de mesa")

R("Pablo", "pablo@furgo-rutas.example", "lo del curro",
  """ey {n}, al final cogimos a otra persona para lo de repartidor, lo siento mucho!! si sale algo te aviso

Pablo (Furgo Rutas)""", "Furgo Rutas", "repartidor")

R("Mónica Pastor", "monica.pastor@soluvia.example", "Proceso Técnico de soporte",
  """Hola {n},

no te hemos escogido esta vez para el puesto de Técnico de soporte. Ha habido mucha competencia.

Mónica Pastor
Soluvia IT""", "Soluvia IT", "Técnico de soporte")

R("Rafa", "rafa@lacuadra-bar.example", "Re: camarero fines de semana",
  """hola {n}, nos quedamos con otro chico para los findes, gracias igualmente!

Rafa - La Cuadra""", "La Cuadra", "camarero fines de semana")

R(None, "talento@cooperativa-olivar.example", "Selección Técnico/a de calidad",
  """Hola {n}:

Tu perfil no ha sido el elegido para el puesto de Técnico/a de calidad de la Cooperativa El Olivar. Gracias por participar.

Cooperativa El Olivar""", "Cooperativa El Olivar", "Técnico/a de calidad", contact=False)

R("Daniela Fuentes", "dfuentes@verdemar.example", "Vacante Ejecutiva de cuentas",
  """Hola {n}:

Hemos cerrado la vacante de Ejecutiva de cuentas con otra candidata. Queremos agradecerte el tiempo que le dedicaste al proceso.

Daniela Fuentes
Verdemar Publicidad""", "Verdemar Publicidad", "Ejecutiva de cuentas")

R(None, "notificaciones@postulaciones.minera-cumbre.example", "Resultado de tu postulación",
  """Estimado/a {n}:

Te informamos que tu postulación al cargo de Geólogo/a de exploración no fue considerada para las siguientes etapas del proceso.

Atentamente,
Gerencia de Personas
Minera Cumbre""", "Minera Cumbre", "Geólogo/a de exploración", contact=False)

R("Gabriela Núñez", "gnunez@tiendaluna.example", "Proceso Community Manager",
  """Hola {n}:

¡Gracias por tu interés en Tienda Luna! Te comento que no avanzarás a la siguiente etapa del proceso de Community Manager.

Gabriela Núñez
Tienda Luna""", "Tienda Luna", "Community Manager")

R("Fernanda Ortiz", "fernanda@agrovalle.example", "Postulación Ingeniera Agrónoma",
  """Hola {n}, ¿qué tal?

No pasaste a la siguiente fase del proceso de Ingeniera Agrónoma. Te agradecemos mucho tu postulación.

Fernanda Ortiz
Agrovalle""", "Agrovalle", "Ingeniera Agrónoma")

R("Luis Carrasco", "luis.carrasco@rutasur.example", "Tu proceso en Ruta Sur",
  """{n}:

Con este mensaje te confirmo que no seguirás en el proceso de Coordinador de flota. Gracias por tu tiempo.

Luis Carrasco
Ruta Sur""", "Ruta Sur", "Coordinador de flota")

R(None, "procesos@hospital-sanroque.example", "Proceso de selección - Celador/a",
  """Estimado/a {n}:

Le comunicamos que, tras la valoración de méritos, ha quedado fuera del proceso de selección de Celador/a.

Hospital San Roque
Unidad de Selección""", "Hospital San Roque", "Celador/a", contact=False)

R("Víctor Herrera", "victor@tallereshr.example", "Mecánico/a",
  """Hola {n}:

Gracias por mandarnos el currículum para mecánico. Ahora mismo no cumples con el perfil que buscamos, sobre todo por la parte de diagnosis eléctrica, así que no seguiremos con tu solicitud.

Víctor
Talleres Herrera""", "Talleres Herrera", "Mecánico/a")

R("Julia Marín", "julia.marin@alboranlab.example", "Técnica de laboratorio",
  """Hola {n},

lamentamos decirte que la respuesta es negativa: no seguimos adelante con tu candidatura para Técnica de laboratorio.

Julia Marín
Alborán Lab""", "Alborán Lab", "Técnica de laboratorio")

R(None, "seleccion@colegio-sanjorge.example", "Profesor/a de Matemáticas",
  """Estimado/a {n}:

Tras el proceso de entrevistas para la plaza de Profesor/a de Matemáticas, nuestra decisión no ha sido favorable a su candidatura.

Dirección
Colegio San Jorge""", "Colegio San Jorge", "Profesor/a de Matemáticas", contact=False)

R("Adrián Moya", "adrian.moya@cloudrio.example", "Candidatura SRE",
  """Hola {n}:

Tu candidatura para SRE no ha resultado elegida en esta ronda. Gracias por el esfuerzo en las entrevistas.

Adrián Moya
Cloudrío""", "Cloudrío", "SRE")

R("Rocío Lozano", "rocio.lozano@modaesparto.example", "Proceso de Visual merchandiser",
  """Hola {n}:

Te escribo en relación con el puesto de Visual merchandiser. Debido al elevado número de solicitudes, no hemos podido tener en cuenta tu candidatura en esta ocasión.

Rocío Lozano
Moda Esparto""", "Moda Esparto", "Visual merchandiser")

R("Ignacio Prieto", "iprieto@notaria-prieto.example", "Oficial de notaría",
  """Estimado {n}:

Le agradezco su interés, pero no contaremos con usted para la vacante de Oficial de notaría.

Atentamente,
Ignacio Prieto
Notaría Prieto""", "Notaría Prieto", "Oficial de notaría")

R("Sara Domínguez", "sara.dominguez@brotalab.example", "Actualización: Científica de datos",
  """Hola {n}:

Te escribimos con una mala noticia: la dirección ha congelado la posición de Científica de datos por un cambio de presupuesto, por lo que no podemos continuar con tu candidatura.

Lo sentimos mucho,
Sara Domínguez
Brotalab""", "Brotalab", "Científica de datos")

R(None, "oposiciones@consorcio-aguas.example", "Resolución de la convocatoria - Técnico/a de laboratorio",
  """Estimado/a aspirante:

Le comunicamos que el tribunal ha declarado desierta la plaza de Técnico/a de laboratorio, por lo que su candidatura no continúa.

Consorcio de Aguas del Valle""", "Consorcio de Aguas del Valle", "Técnico/a de laboratorio", contact=False)

R("Tamara Gil", "tamara.gil@vinoteca-cepa.example", "Sumiller",
  """Hola {n}:

Muchas gracias por la cata del otro día. No hemos podido avanzar con tu perfil para el puesto de sumiller, porque necesitamos a alguien con inglés alto.

Tamara
Vinoteca La Cepa""", "Vinoteca La Cepa", "sumiller")

R("Enrique Vallejo", "evallejo@abogados-vallejo.example", "Candidatura - Abogado/a junior",
  """Estimado {n}:

Nos vemos obligados a declinar su candidatura para el puesto de Abogado/a junior en nuestro despacho.

Reciba un saludo,
Enrique Vallejo
Vallejo Abogados""", "Vallejo Abogados", "Abogado/a junior")

R("Pilar Ramos", "pilar.ramos@guarderia-patitos.example", "Educadora infantil",
  """Hola {n},

tenemos que rechazar tu solicitud para educadora infantil porque no tienes todavía el título de Técnico Superior. Cuando lo tengas, escríbenos.

Pilar
Escuela Infantil Patitos""", "Escuela Infantil Patitos", "Educadora infantil")

R("Álvaro Cano", "alvaro.cano@hunterhouse.example", "Posición Key Account Manager",
  """Hola {n}:

Te llamo luego, pero te adelanto por escrito: tu perfil ha sido rechazado por el cliente para la posición de Key Account Manager.

Álvaro Cano
Hunter House Selección""", "Hunter House Selección", "Key Account Manager")

R("Carolina Meza", "cmeza@norteventas.example", "Postulación Ejecutivo de ventas",
  """Hola {n}:

Para el cargo de Ejecutivo de ventas nos inclinamos por otros perfiles con mayor experiencia en venta consultiva. Te agradecemos la postulación.

Carolina Meza
Norte Ventas""", "Norte Ventas", "Ejecutivo de ventas")

R(None, "jobs@grupotrebol.example", "Tu candidatura en Grupo Trébol",
  """Hola {n}:

Hemos revisado tu CV para Analista de marketing. No vas a pasar a la fase de entrevistas, aunque guardaremos tus datos para futuras ofertas.

Grupo Trébol""", "Grupo Trébol", "Analista de marketing", contact=False)

R("Mateo Aguirre", "mateo@tresbits.example", "Tu ejercicio",
  """Hola {n},

después de revisar tu prueba de código para Desarrollador iOS, no seguiremos adelante. Te mando algunos comentarios por si te sirven: el manejo de estados era mejorable.

Mateo
Tres Bits""", "Tres Bits", "Desarrollador iOS")

R("Valeria Castro", "valeria.castro@saludplena.example", "Proceso Nutricionista",
  """Hola {n}:

Lamento contarte que no resultaste seleccionada para el puesto de Nutricionista. Gracias por tu interés en Salud Plena.

Valeria Castro
Salud Plena""", "Salud Plena", "Nutricionista")

R("Joaquín Ríos", "joaquin.rios@obras-delta.example", "Encargado de obra",
  """Estimado {n}:

Le informo de que otra persona ocupará el puesto de Encargado de obra. Agradecemos su disponibilidad.

Joaquín Ríos
Construcciones Delta""", "Construcciones Delta", "Encargado de obra")

R(None, "personal@universidad-levante.example", "Concurso plaza Técnico/a de apoyo a la investigación",
  """Estimado/a {n}:

Le notificamos que la plaza de Técnico/a de apoyo a la investigación ha sido adjudicada a otro aspirante, conforme a la resolución de la comisión.

Servicio de Personal
Universidad de Levante""", "Universidad de Levante", "Técnico/a de apoyo a la investigación", contact=False)

R(None, "oposiciones@ayto-montealto.example", "Resultado del primer ejercicio",
  """Estimado/a aspirante:

Le comunicamos que no ha obtenido la puntuación mínima para superar el primer ejercicio de la convocatoria de Agente de policía local, por lo que no continuará en el proceso selectivo.

Ayuntamiento de Montealto""", "Ayuntamiento de Montealto", "Agente de policía local", contact=False)

R("Bruno", "bruno@hornosanto.example", "re: panadero",
  """{n}, no eres lo que buscamos para el turno de noche. gracias

Bruno
Horno Santo""", "Horno Santo", "panadero")

R(None, "practicas@ingenia-robotics.example", "Programa de prácticas 2027",
  """Hola {n}:

Gracias por presentarte al programa de prácticas de Ingenia Robotics. No te podemos ofrecer una plaza en la edición de 2027.

Equipo de Talento Joven
Ingenia Robotics""", "Ingenia Robotics", "Programa de prácticas 2027", contact=False)

R("Florencia Díaz", "fdiaz@consultora-alba.example", "Terna Gerente de operaciones",
  """Hola {n}:

Te escribo para contarte que no hemos podido incluirte en la terna final para Gerente de operaciones. El cliente priorizó experiencia en retail.

Florencia Díaz
Consultora Alba""", "Consultora Alba", "Gerente de operaciones")

R("Hugo Serrano", "hugo@bicimundo.example", "Mecánico de bicis",
  """Hola {n}:

Tu perfil no ha llegado a la lista corta para el puesto de mecánico de bicis. Te deseo lo mejor.

Hugo
Bicimundo""", "Bicimundo", "Mecánico de bicis")

R(None, "noreply@hire.lumenpay.example", "LumenPay: tu solicitud para Backend Engineer (Go)",
  """Hola {n}:

Gracias por tu interés. Hemos seleccionado a otros candidatos para las entrevistas de Backend Engineer (Go).

El equipo de LumenPay
https://lumenpay.example/careers""", "LumenPay", "Backend Engineer (Go)", "https://lumenpay.example/careers", contact=False)

R("Amparo Lucena", "alucena@textiles-ebro.example", "Patronista",
  """Hola {n}:

Los candidatos que pasan a entrevista para el puesto de Patronista ya han sido avisados y, lamentablemente, no estás entre ellos.

Amparo Lucena
Textiles Ebro""", "Textiles Ebro", "Patronista")

R("Nico", "nico@surfcamp-olas.example", "Monitor surf",
  """Hola {n}!! te escribo para decirte que no seguimos contigo para lo de monitor este verano, nos cuadraba mejor alguien que viva aquí. Mil gracias!

Nico, Surfcamp Olas""", "Surfcamp Olas", "Monitor surf")

R("Cristina Mora", "cristina.mora@aerolab.example", "Ingeniero/a de fatiga",
  """Hola {n}:

Hemos decidido no avanzar con tu candidatura a Ingeniero/a de fatiga.

Cristina Mora
Aerolab""", "Aerolab", "Ingeniero/a de fatiga")

R("Esteban Quintero", "equintero@cafetales-altos.example", "Catador/a",
  """Hola {n}:

Te agradecemos mucho la prueba de catación. No te vamos a poder contratar para la temporada de Catador/a.

Esteban Quintero
Cafetales Altos""", "Cafetales Altos", "Catador/a")

R(None, "empleo@mutua-horizonte.example", "Candidatura Técnico/a de prevención",
  """Estimado/a {n}:

Tras el estudio de su expediente, no procede continuar con su candidatura al puesto de Técnico/a de prevención.

Mutua Horizonte""", "Mutua Horizonte", "Técnico/a de prevención", contact=False)

R(None, "convocatorias@instituto-cultura.example", "Convocatoria Gestor/a cultural",
  """Estimado/a {n}:

Le comunicamos que su candidatura no cumple los requisitos mínimos establecidos en la convocatoria de Gestor/a cultural y no será valorada.

Instituto Municipal de Cultura""", "Instituto Municipal de Cultura", "Gestor/a cultural", contact=False)

R("Ximena Paredes", "ximena@appterra.example", "Aplicación Mobile Developer",
  """Hola {n}:

Gracias por tu aplicación. No será posible avanzar con tu aplicación al puesto de Mobile Developer en esta oportunidad.

Ximena Paredes
AppTerra""", "AppTerra", "Mobile Developer")

R(None, "talento@lacteos-pradera.example", "Actualización de tu aplicación",
  """Hola {n}:

Tu aplicación para Supervisor/a de producción no fue exitosa esta vez. Te invitamos a seguir atento a nuestras vacantes.

Lácteos Pradera""", "Lácteos Pradera", "Supervisor/a de producción", contact=False)

R("Renata Salinas", "renata.salinas@edutec-mx.example", "Postulación Diseñadora instruccional",
  """Hola {n}:

Te informamos que tu postulación para Diseñadora instruccional no fue aprobada por el comité. ¡Gracias por participar!

Renata Salinas
Edutec""", "Edutec", "Diseñadora instruccional")

R("Gonzalo Varela", "gvarela@aseguradora-faro.example", "Cargo de Actuario",
  """Estimado {n}:

Lamentamos informarle que no fue seleccionado para el cargo de Actuario.

Gonzalo Varela
Aseguradora Faro""", "Aseguradora Faro", "Actuario")

R("Lorena Vidal", "lorena@marketplace-kiwi.example", "Growth Marketer",
  """Hola {n},

buscamos a alguien con un perfil más senior para Growth Marketer, así que no seguiremos con tu candidatura.

Lorena
Kiwi Marketplace""", "Kiwi Marketplace", "Growth Marketer")

R("Samuel Ortega", "samuel.ortega@ferreteria-ortega.example", "Dependiente",
  """Hola {n}:

Tras pensarlo, la decisión ha sido no continuar con tu candidatura para dependiente.

Samuel Ortega
Ferretería Ortega""", "Ferretería Ortega", "Dependiente")

R("Ainhoa Etxeberria", "ainhoa@kalea-studio.example", "Product Designer",
  """Kaixo {n}:

Tu experiencia no se alinea del todo con lo que necesita el equipo de Product Designer, por lo que no avanzaremos con tu proceso.

Ainhoa
Kalea Studio""", "Kalea Studio", "Product Designer")

R("Patricia Olmo", "patricia.olmo@energiaclara.example", "Proceso Analista de regulación",
  """Hola {n}:

Gracias por tu paciencia. Hemos tomado la decisión de no continuar con tu proceso para Analista de regulación.

Patricia Olmo
Energía Clara""", "Energía Clara", "Analista de regulación")

R("Rodrigo León", "rodrigo.leon@plazanova.example", "Segunda ronda",
  """Hola {n}:

No hemos considerado tu candidatura para la segunda ronda de entrevistas de Jefe de proyecto. Gracias por tu tiempo.

Rodrigo León
Plaza Nova Inmobiliaria""", "Plaza Nova Inmobiliaria", "Jefe de proyecto")

R("Miriam Cortés", "miriam.cortes@biotecnia.example", "Investigador/a postdoctoral",
  """Hola {n}:

Después de las entrevistas, no podemos seguir considerando tu candidatura para el puesto de Investigador/a postdoctoral.

Miriam Cortés
Biotecnia""", "Biotecnia", "Investigador/a postdoctoral")

R("Fran", "fran@gymfuerza.example", "Entrenador personal",
  """{n}, te cuento: ya no estás en el proceso de entrenador personal, elegimos a alguien con certificación en pilates. Suerte!!

Fran - Gym Fuerza""", "Gym Fuerza", "Entrenador personal")

R(None, "noreply@smartrecruiters.example", "Tu proceso con Ópticas Visión Clara",
  """Hola {n}:

Tu proceso con Ópticas Visión Clara para el puesto de Óptico/a optometrista ha finalizado. Agradecemos tu interés y te deseamos éxito.

Ópticas Visión Clara
https://opticasvisionclara.example/trabaja-con-nosotros""", "Ópticas Visión Clara", "Óptico/a optometrista",
  "https://opticasvisionclara.example/trabaja-con-nosotros", contact=False)

R(None, "seleccion@puerto-bahia.example", "Proceso de selección Técnico/a de operaciones portuarias",
  """Estimado/a {n}:

Por medio del presente, damos por finalizado su proceso de selección para el puesto de Técnico/a de operaciones portuarias.

Autoridad Portuaria de Bahía Serena""", "Autoridad Portuaria de Bahía Serena", "Técnico/a de operaciones portuarias", contact=False)

R("Lidia Navas", "lidia.navas@grupoestela.example", "Administrativo/a de compras",
  """Estimada {n}:

El proceso de Administrativo/a de compras ha concluido sin que usted resultara seleccionada.

Lidia Navas
Grupo Estela""", "Grupo Estela", "Administrativo/a de compras")

R("Emilio Sanz", "emilio.sanz@imprentasanz.example", "Operario de imprenta",
  """Hola {n}:

Hemos dado el puesto de operario de imprenta a una persona que ya trabajaba con nosotros por horas. Gracias por presentarte.

Emilio Sanz
Imprenta Sanz""", "Imprenta Sanz", "Operario de imprenta")

R("Noelia Cuesta", "ncuesta@telecomsur.example", "Responsable de producto",
  """Hola {n}:

Te agradezco las entrevistas. Al final la persona elegida ha sido otra.

Noelia Cuesta
Telecom Sur""", "Telecom Sur", "Responsable de producto")

R("Germán Rey", "german.rey@constructora-rey.example", "Finalistas Jefe de obra",
  """Estimado {n}:

Su candidatura no ha sido la finalista en el proceso de Jefe de obra. Le agradecemos sinceramente su participación.

Germán Rey
Constructora Rey""", "Constructora Rey", "Jefe de obra")

R("Olga Pineda", "olga@libreriaelfaro.example", "Librero/a",
  """Hola {n}:

No hemos contado contigo para el puesto de librero/a esta vez, pero nos encantó tu carta.

Olga
Librería El Faro""", "Librería El Faro", "Librero/a")

R(None, "no-reply@seleccion.tecnocasa-verde.example", "Candidatura no seleccionada - Electricista",
  """Hola {n}:

Gracias por tu interés en Tecnocasa Verde.

Un saludo,
Tecnocasa Verde""", "Tecnocasa Verde", "Electricista", contact=False)

R(None, "oposiciones@comunidad-riberas.example", "Resultado: NO APTO - Prueba psicotécnica",
  """Estimado/a aspirante {n}:

Le comunicamos el resultado de la prueba psicotécnica del proceso de Bombero/a forestal: NO APTO, lo que supone su exclusión del proceso.

Dirección General de Función Pública
Comunidad de Riberas""", "Comunidad de Riberas", "Bombero/a forestal", contact=False)

R("Tatiana Ruiz", "tatiana@reclutapro.example", "Entrevista final Gerente de tienda",
  """Hola {n}:

Te comento que no serás convocado a la entrevista final para Gerente de tienda.

Tatiana Ruiz
ReclutaPro""", "ReclutaPro", "Gerente de tienda")

R("Marina Ybarra", "marina.ybarra@staffnow.example", "Sobre el puesto de Analista SAP",
  """Hola {n}:

He revisado tu perfil con detalle y no te voy a presentar al cliente para Analista SAP, porque piden S/4HANA y tu experiencia es en ECC. Si sale algo que encaje, te escribo.

Marina Ybarra
StaffNow""", "StaffNow", "Analista SAP")

R("Julián Soto", "julian.soto@talentum-hr.example", "Cliente - Jefe de compras",
  """Hola {n}:

El cliente ha decidido no entrevistarte para la posición de Jefe de compras. Siento no traer mejores noticias.

Julián Soto
Talentum HR""", "Talentum HR", "Jefe de compras")

R("Inés Carmona", "ines@headhunt-sur.example", "Dirección financiera",
  """Hola {n}:

Mi cliente ha cerrado el proceso de Director/a financiero/a con otra persona. Ha sido un placer acompañarte.

Inés Carmona
Headhunt Sur""", "Headhunt Sur", "Director/a financiero/a")

R("Leo Martín", "leo.martin@agenciarumbo.example", "Novedades: Soporte técnico N2",
  """Hola {n}:

Me comentan desde la empresa que no siguen contigo para el puesto de Soporte técnico N2. Seguimos buscando otras opciones para ti.

Leo Martín
Agencia Rumbo""", "Agencia Rumbo", "Soporte técnico N2")

R("Eva Linares", "eva.linares@artecorp.example", "Puesto de Coordinadora de eventos",
  """Hola {n}:

Tras mucho deliberar, hemos decidido no ofrecerte el puesto de Coordinadora de eventos.

Eva Linares
Artecorp""", "Artecorp", "Coordinadora de eventos")

R("Manuel Ortuño", "mortuno@finplus.example", "Decisión proceso Risk Manager",
  """Hola {n}:

Finalmente hemos decidido no extender una oferta para Risk Manager en este proceso. Te agradecemos la dedicación.

Manuel Ortuño
FinPlus""", "FinPlus", "Risk Manager")

R("Ángela Bravo", "angela.bravo@ecomarket.example", "Responsable de logística",
  """Hola {n}:

No seguimos adelante contigo para Responsable de logística, pero te animamos a aplicar a otras vacantes que publiquemos.

Ángela Bravo
Ecomarket""", "Ecomarket", "Responsable de logística")

R(None, "talento@redsalud.example", "Preselección Médico/a de familia",
  """Estimado/a {n}:

No le hemos preseleccionado para el puesto de Médico/a de familia en Red Salud.

Gracias por su interés.
Red Salud""", "Red Salud", "Médico/a de familia", contact=False)

R(None, "empleo@hiperahorro.example", "Tu candidatura - Cajero/a",
  """Hola {n}:

Tu candidatura para cajero/a no ha sido preseleccionada. Gracias por pensar en Hiper Ahorro.

Hiper Ahorro""", "Hiper Ahorro", "Cajero/a", contact=False)

R("Susana Lima", "susana.lima@clinicadental-sonrie.example", "Auxiliar de clínica",
  """Hola {n},

no te llamaremos para la entrevista de auxiliar de clínica. Buscábamos a alguien con experiencia en ortodoncia.

Susana
Clínica Dental Sonríe""", "Clínica Dental Sonríe", "Auxiliar de clínica")

R("Felipe Acosta", "felipe.acosta@logicorp.example", "Etapa de entrevistas",
  """Hola {n}:

Gracias por completar el test. No vamos a avanzar a la etapa de entrevistas contigo para Analista de procesos.

Felipe Acosta
Logicorp""", "Logicorp", "Analista de procesos")

R("Martina Cid", "martina.cid@hostelnomada.example", "Recepcionista",
  """Hola {n}:

La entrevista no fue como esperábamos y no continuaremos con tu candidatura para Recepcionista. Gracias por venir.

Martina Cid
Hostel Nómada""", "Hostel Nómada", "Recepcionista")

R("Ricardo Méndez", "ricardo.mendez@solartech.example", "Técnico/a instalador/a",
  """Hola {n}:

El equipo ha decidido que no eres el candidato adecuado para el puesto de Técnico/a instalador/a.

Ricardo Méndez
Solartech""", "Solartech", "Técnico/a instalador/a")

R("Alba Serrat", "alba.serrat@lamineria.example", "Tu candidatura",
  """Hola {n}:

Consideramos que no es el momento de incorporarte a La Minería Creativa como Redactor/a publicitario/a. Gracias por la prueba.

Alba Serrat
La Minería Creativa""", "La Minería Creativa", "Redactor/a publicitario/a")

R("Quique", "quique@pizzeriavesubio.example", "repartidor",
  """Hola {n}, no encajas del todo con lo que necesitamos para reparto (necesitamos moto propia). Gracias!

Quique - Pizzería Vesubio""", "Pizzería Vesubio", "repartidor")

R(None, "seleccion@museo-naval.example", "Plaza de Conservador/a",
  """Estimado/a {n}:

Otros aspirantes presentaban una trayectoria más afín a las funciones de Conservador/a. Le agradecemos su participación en el proceso.

Museo Naval del Norte""", "Museo Naval del Norte", "Conservador/a", contact=False)

R("Claudia Bermúdez", "claudia@eventosgala.example", "Productora de eventos",
  """Hola {n}:

Había candidatas más cercanas al perfil que buscábamos para Productora de eventos, así que no te hemos elegido esta vez.

Claudia Bermúdez
Eventos Gala""", "Eventos Gala", "Productora de eventos")

R("Héctor Luna", "hector.luna@fintrack.example", "Data Engineer",
  """Hola {n}:

Otros perfiles estaban más alineados con lo que necesitábamos para Data Engineer. Por eso no te hemos seleccionado.

Héctor Luna
Fintrack""", "Fintrack", "Data Engineer")

R("Noemí Blasco", "noemi.blasco@estudiorama.example", "Arquitecta técnica",
  """Hola {n}:

Te has quedado a las puertas: eras nuestra segunda opción para Arquitecta técnica, pero hemos elegido a otra persona.

Noemí Blasco
Estudio Rama""", "Estudio Rama", "Arquitecta técnica")

R("Carlos Úbeda", "carlos.ubeda@mecanizadosubeda.example", "Tornero fresador",
  """Hola {n}:

Por muy poco no has sido la persona elegida para tornero fresador. Te tendremos en cuenta.

Carlos Úbeda
Mecanizados Úbeda""", "Mecanizados Úbeda", "Tornero fresador")

R("Verónica Solís", "vsolis@grupocorona.example", "Contadora senior",
  """Hola {n}:

Lamentamos que no hayas sido seleccionada para Contadora senior. Fue un proceso muy reñido.

Verónica Solís
Grupo Corona""", "Grupo Corona", "Contadora senior")

R("Javier Peral", "javier.peral@distriperal.example", "Comercial zona norte",
  """Hola {n}:

Siento no poder darte una respuesta positiva sobre el puesto de comercial de zona norte.

Javier Peral
Distribuciones Peral""", "Distribuciones Peral", "Comercial zona norte")

R("Rebeca Toledo", "rebeca.toledo@aqualia-norte.example", "Técnica de depuradora",
  """Hola {n}:

No tenemos buenas noticias: la plaza de Técnica de depuradora se la hemos ofrecido a otra candidata.

Rebeca Toledo
Aquanorte""", "Aquanorte", "Técnica de depuradora")

R(None, "rrhh@cadenahotelera-sol.example", "Solicitud de empleo",
  """Estimado/a {n}:

Le informamos de que no podemos avanzar con su solicitud de empleo para Gobernanta.

Cadena Hotelera Sol Poniente""", "Cadena Hotelera Sol Poniente", "Gobernanta", contact=False)

R(None, "rrhh@empresa-federal-correos.example", "Solicitud de empleo No. 4471",
  """Estimado/a {n}:

Su solicitud de empleo No. 4471 para el puesto de Cartero/a ha sido denegada.

Recursos Humanos
Correos Federales del Istmo""", "Correos Federales del Istmo", "Cartero/a", contact=False)

R("Ramiro Beltrán", "rbeltran@industriasbeltran.example", "Contratación Soldador",
  """Estimado {n}:

Tras la prueba práctica, no procederemos con su contratación como soldador.

Ramiro Beltrán
Industrias Beltrán""", "Industrias Beltrán", "Soldador")

R("Nuria Pons", "nuria.pons@cervezasmontana.example", "Incorporación Brand Ambassador",
  """Hola {n}:

Dirección no ha aprobado tu incorporación como Brand Ambassador; han preferido esperar a que cierre el presupuesto y cubrirlo con alguien de la casa.

Nuria Pons
Cervezas Montaña""", "Cervezas Montaña", "Brand Ambassador")

R(None, "seleccion@caja-rural-vega.example", "Puesto de Gestor/a de banca personal",
  """Estimado/a {n}:

Le comunicamos que no será tenido/a en cuenta para el puesto de Gestor/a de banca personal en esta convocatoria.

Caja Rural de la Vega""", "Caja Rural de la Vega", "Gestor/a de banca personal", contact=False)

R(None, "seleccion@naviera-estrecho.example", "Oficial de puente",
  """Estimado/a {n}:

Lamentamos comunicarle que su candidatura no ha sido tenida en cuenta para el puesto de Oficial de puente.

Naviera del Estrecho""", "Naviera del Estrecho", "Oficial de puente", contact=False)

R(None, "procesos@grupo-altamira.example", "Comunicación sobre su candidatura",
  """Estimado/a {n}:

Le comunicamos que su candidatura al puesto de Técnico/a de nóminas no continuará en el proceso.

Grupo Altamira""", "Grupo Altamira", "Técnico/a de nóminas", contact=False)

R(None, "reclutamiento@cementos-pampa.example", "Postulación Jefe de mantenimiento",
  """Estimado/a {n}:

Se ha decidido no seguir adelante con su postulación al cargo de Jefe de mantenimiento.

Cementos Pampa""", "Cementos Pampa", "Jefe de mantenimiento", contact=False)

R(None, "noreply@personio.example", "Tu candidatura en Vela Digital",
  """Hola {n}:

Gracias por tu interés en Vela Digital. No se ha seleccionado tu candidatura para SEO Specialist.

Saludos,
Vela Digital""", "Vela Digital", "SEO Specialist", contact=False)

R("Lucas Ferreyra", "lucas@kodigo.example", "Frontend Sr",
  """Hola {n}, ¿todo bien?

Decidimos ir con otra persona para el rol de Frontend Sr. Muchas gracias por el challenge, estuvo muy bueno.

Lucas
Kódigo""", "Kódigo", "Frontend Sr")

R("Santiago Prado", "santiago.prado@logistica-andina.example", "Analista de inventarios",
  """Hola {n}:

Nos vamos a ir con otro candidato para el puesto de Analista de inventarios. Te deseo mucho éxito.

Santiago Prado
Logística Andina""", "Logística Andina", "Analista de inventarios")

R(None, "talento@bodegas-cumbre.example", "Postulación Enólogo/a",
  """Estimado/a {n}:

Se eligió a otro postulante para el cargo de Enólogo/a. Agradecemos su interés en Bodegas Cumbre.

Bodegas Cumbre""", "Bodegas Cumbre", "Enólogo/a", contact=False)

R("Pedro Araya", "pedro.araya@gastrochile.example", "Chef ejecutivo",
  """Hola {n}:

Después de pensarlo mucho, nos vamos a quedar con otra persona para chef ejecutivo. Gracias por el menú degustación, estaba increíble.

Pedro Araya
Gastro Chile""", "Gastro Chile", "Chef ejecutivo")

R("Melina Ruiz", "melina@softwarepampa.example", "QA Automation",
  """Hola {n}:

Otra candidata aceptó nuestra oferta para QA Automation, así que cerramos el proceso. Gracias por participar.

Melina Ruiz
Software Pampa""", "Software Pampa", "QA Automation")

R("Tomasa Guerra", "tguerra@aceitunas-guerra.example", "Responsable de exportación",
  """Hola {n}:

Vamos a cerrar tu candidatura a Responsable de exportación: necesitamos alemán fluido y no es tu caso.

Tomasa Guerra
Aceitunas Guerra""", "Aceitunas Guerra", "Responsable de exportación")

R(None, "rrhh@laboratorios-cierzo.example", "Visitador/a médico/a",
  """Estimado/a {n}:

Hemos archivado su candidatura al puesto de Visitador/a médico/a al no ajustarse a los requisitos de la posición.

Laboratorios Cierzo""", "Laboratorios Cierzo", "Visitador/a médico/a", contact=False)

R("Ernesto Villa", "ernesto.villa@centrodeportivo-villa.example", "Socorrista",
  """Hola {n}:

Esta vez no ha podido ser para el puesto de socorrista. Ha habido muchísimos candidatos con experiencia.

Ernesto Villa
Centro Deportivo Villa""", "Centro Deportivo Villa", "Socorrista")

# long news, decision late
R("Celia Montero", "celia.montero@grupoisla.example", "Novedades del proceso de Técnico/a de RRHH",
  """Hola {n}:

Te escribo con un poco de retraso, perdona. Estas semanas han sido intensas: nos mudamos a la oficina nueva de Triana, hemos cerrado la integración con la empresa de Valencia y todo el equipo de Personas ha estado volcado en el plan de acogida. Aun así hemos revisado con calma todas las entrevistas del proceso de Técnico/a de RRHH, y quería darte una respuesta personal.

Tu entrevista nos gustó mucho, sobre todo la parte de relaciones laborales. Sin embargo, al final nos inclinamos por una candidata que ya conocía nuestro convenio.

Te deseo mucha suerte y espero que coincidamos en otra ocasión.

Celia Montero
Grupo Isla""", "Grupo Isla", "Técnico/a de RRHH")

# quoted reply thread: new text decides
R("Gustavo Peña", "gustavo.pena@printbox.example", "Re: Consulta sobre mi candidatura",
  """Hola {n}:

Gracias por escribir. Te confirmo que no has pasado el corte para Diseñador/a gráfico/a; el equipo eligió perfiles con más experiencia en packaging.

Un saludo,
Gustavo Peña
Printbox

El lun, 9 nov 2026 a las 10:14, {full} <{owner}> escribió:
> Hola Gustavo:
> Quería saber si hay novedades sobre el proceso de Diseñador/a gráfico/a.
> Muchas gracias,
> {n}""", "Printbox", "Diseñador/a gráfico/a")

R("Mercedes Alarcón", "mercedes.alarcon@tecnoriego.example", "Re: Entrevista Ingeniero/a agrícola",
  """Hola {n},

te agradezco mucho la entrevista y tu mensaje. Te contesto ya para no hacerte esperar: no vamos a continuar con tu candidatura para Ingeniero/a agrícola.

Mercedes Alarcón
Tecnoriego

-----Mensaje original-----
De: {full} <{owner}>
Enviado: martes, 3 de noviembre de 2026 18:02
Para: Mercedes Alarcón
Asunto: Entrevista Ingeniero/a agrícola

Hola Mercedes, muchas gracias por la entrevista de hoy, quedo a la espera de vuestras noticias.
{n}""", "Tecnoriego", "Ingeniero/a agrícola")

R("Bárbara Quintana", "barbara.quintana@segurosdelsur.example", "RE: Disponibilidad para entrevista",
  """Hola {n}:

Te escribo de nuevo porque ha habido un cambio: el puesto de Técnica comercial se ha cubierto antes de lo previsto, así que cancelamos la entrevista del viernes y cerramos tu candidatura. Disculpa las molestias.

Bárbara Quintana
Seguros del Sur

> El 2 nov 2026, a las 9:30, Bárbara Quintana escribió:
> Hola {n}, ¿te vendría bien una entrevista el viernes a las 11:00?""", "Seguros del Sur", "Técnica comercial")

# forwards from an agency recruiter
R("Leire Zubiri", "leire.zubiri@euskaltalent.example", "RV: Feedback candidatura Responsable de mantenimiento",
  """Hola {n}:

Te reenvío la respuesta del cliente. Siento que no haya salido; te llamo esta semana para ver otras opciones.

Leire Zubiri
Euskal Talent

---------- Mensaje reenviado ---------
De: Dirección Planta <direccion@fundiciones-ibai.example>
Fecha: 10 nov 2026
Asunto: Feedback candidatura Responsable de mantenimiento
Para: Leire Zubiri <leire.zubiri@euskaltalent.example>

Leire, gracias por el candidato. Hemos decidido no avanzar con {full} para Responsable de mantenimiento; buscamos a alguien con más experiencia en hornos de inducción.""", "Euskal Talent", "Responsable de mantenimiento")

R("Agustín Roldán", "agustin@talentolatam.example", "Fwd: Resultado proceso Gerente comercial",
  """{n}, te paso lo que me mandaron. Lo siento, hablamos mañana.

Agustín Roldán
Talento Latam

---------- Forwarded message ---------
From: Recursos Humanos <rrhh@alimentos-pacifico.example>
Subject: Resultado proceso Gerente comercial

Agustín: el candidato {full} no continúa en el proceso de Gerente comercial. Gracias.""", "Talento Latam", "Gerente comercial")

# HTML only
R(None, "no-reply@greenhouse.example", "Actualización sobre tu candidatura en Rumbo Travel",
  """<html><body><p>Hola {n}:</p>
<p>Gracias por postularte a <b>Agente de viajes</b> en Rumbo Travel. Hemos revisado tu candidatura con atención y, en esta ocasión, <b>no avanzaremos con ella</b>.</p>
<p>Te invitamos a visitar <a href="https://rumbotravel.example/empleo">nuestra página de empleo</a>.</p>
<p>El equipo de Rumbo Travel</p></body></html>""", "Rumbo Travel", "Agente de viajes",
  "https://rumbotravel.example/empleo", contact=False, fmt="html")

R("Josefina Herrera", "josefina.herrera@alfarerias-sur.example", "Ceramista",
  """<html><body><div>Hola {n},</div><div><br></div>
<div>Muchas gracias por el portafolio. Tras verlo con el equipo, <i>hemos decidido contratar a otra ceramista</i> para el taller.</div>
<div><br></div><div>Un abrazo,<br>Josefina Herrera<br>Alfarerías del Sur</div></body></html>""",
  "Alfarerías del Sur", "Ceramista", fmt="html")

R(None, "notificaciones@bancapopular-andes.example", "Proceso de selección - Cajero/a bancario/a",
  """<html><body><table><tr><td>
<p>Estimado/a {n}:</p>
<p>Le informamos que, tras evaluar su perfil, usted <strong>no continuará</strong> en el proceso de selección para Cajero/a bancario/a.</p>
<p>Gerencia de Talento Humano<br>Banca Popular de los Andes</p>
</td></tr></table></body></html>""", "Banca Popular de los Andes", "Cajero/a bancario/a", contact=False, fmt="html")

# "not this role, but another" -> rejection of this application
R("Tania Robles", "tania.robles@mediamundo.example", "Product Manager / otra posición",
  """Hola {n}:

Para la posición de Product Manager nos hemos quedado con una persona con más años de experiencia. Dicho esto, nos encantaría hablar contigo sobre un puesto de Product Analyst que abriremos en enero.

Tania Robles
Mediamundo""", "Mediamundo", "Product Manager")

R("Anselmo Gil", "anselmo.gil@ferrovias-norte.example", "Técnico de señalización",
  """Estimado {n}:

No vamos a seguir adelante con su candidatura a Técnico de señalización, aunque su perfil nos parece adecuado para la bolsa de mantenimiento y, si le parece bien, le inscribiremos en ella.

Anselmo Gil
Ferrovías del Norte""", "Ferrovías del Norte", "Técnico de señalización")

# subject-only / terse
R(None, "noreply@talento.panaderias-trigo.example", "No has sido seleccionado/a - Panadero/a",
  """Gracias por participar en nuestro proceso.

Panaderías Trigo""", "Panaderías Trigo", "Panadero/a", contact=False)

# texting register LatAm
R("Caro", "caro@cafe-colibri.example", "barista",
  """Hola {n}! Te cuento que elegimos a alguien más para lo de barista, pero gracias por venir a la prueba 🙂

Caro - Café Colibrí""", "Café Colibrí", "barista")

R("Nahuel Paz", "nahuel.paz@estudiopaz.example", "Junior contable",
  """Hola {n}:

No fuiste seleccionado como finalista para Junior contable. Cualquier consulta me escribís.

Nahuel Paz
Estudio Paz & Asociados""", "Estudio Paz & Asociados", "Junior contable")

R("Elisa Carmona", "elisa@reactivo.example", "Dev React",
  """Hola {n},

nos quedamos con alguien que tiene más experiencia con React Native. Gracias por el tiempo que le dedicaste a la prueba.

Elisa Carmona
Reactivo""", "Reactivo", "Dev React")

R(None, "vacantes@cadena-farmaceutica-norte.example", "Vacante Auxiliar de farmacia",
  """Estimado/a {n}:

La vacante de Auxiliar de farmacia ya no está disponible, por lo que su postulación no seguirá en curso.

Cadena Farmacéutica del Norte""", "Cadena Farmacéutica del Norte", "Auxiliar de farmacia", contact=False)

R("Ignacia Vera", "ignacia.vera@minerva-consulting.example", "Consultor/a SAP FI",
  """Hola {n}:

Ya no te estamos considerando para Consultor/a SAP FI, porque el proyecto se ha retrasado y el cliente ha pedido otro perfil.

Ignacia Vera
Minerva Consulting""", "Minerva Consulting", "Consultor/a SAP FI")

R("Dolores Ayala", "dolores.ayala@colegiomayor-sanpablo.example", "Conserje",
  """Estimado {n}:

Hemos resuelto que otra persona ocupe la plaza de conserje del colegio mayor.

Dolores Ayala
Colegio Mayor San Pablo""", "Colegio Mayor San Pablo", "Conserje")

R("Wilson Mejía", "wilson.mejia@agroexport-tropico.example", "Supervisor de cosecha",
  """Buenas tardes {n}:

Quedaste en segundo lugar para Supervisor de cosecha, pero elegimos a otra persona que ya conocía la finca.

Wilson Mejía
Agroexport Trópico""", "Agroexport Trópico", "Supervisor de cosecha")

# ---------------------------------------------------------------- look-alikes
L(None, "noreply@empleo.grupovereda.example", "Hemos recibido tu candidatura",
  """Hola {n}:

Hemos recibido tu candidatura para Administrativo/a. La revisaremos con atención y, si tu perfil encaja, te contactaremos para la siguiente fase.

Grupo Vereda""")
L("Ana Ruiz", "ana.ruiz@lumbre-energia.example", "Tu candidatura sigue en revisión",
  """Hola {n}:

Tu candidatura para Técnico/a de mantenimiento sigue en revisión. Todavía no hemos descartado a nadie; te diremos algo antes del día 20.

Ana""")
L("Jorge Baena", "jbaena@nodo-azul.example", "Retraso en el proceso",
  """Hola {n}:

Perdona la demora: el proceso de Desarrollador Backend se está retrasando y aún no hemos tomado ninguna decisión. Seguimos contando con tu candidatura.

Jorge""")
L(None, "no-reply@jobs.mercantil-oeste.example", "Candidatura registrada",
  """Hola {n}:

Gracias por inscribirte. Si en un plazo de 30 días no recibes noticias nuestras, entiende que tu candidatura no ha sido seleccionada.

Equipo de Talento
Mercantil del Oeste""")
L("Paula Rincón", "paula@estudiocanela.example", "Entrevista UX",
  """Hola {n}:

Nos ha encantado tu portfolio y nos gustaría invitarte a una entrevista el jueves 12 a las 10:00. ¿Te va bien?

Paula
Estudio Canela""")
L("Laura Peña", "lpena@hotelesmarea.example", "Cambio de hora de la entrevista",
  """Hola {n}:

Tenemos que cambiar la entrevista para Recepcionista nocturno/a: en lugar del lunes, ¿podrías el miércoles a las 16:00? Disculpa las molestias.

Laura Peña
Hoteles Marea""")
L("Marcos Vidal", "marcos.vidal@kernelia.example", "Prueba técnica",
  """Hola {n}:

Te invitamos a realizar la prueba técnica para Ingeniero/a de datos. Tienes 72 horas desde que abras el enlace.

Marcos
Kernelia""")
L("Natalia Vera", "natalia.vera@brisamarina.example", "¡Oferta!",
  """Hola {n}:

¡Nos complace ofrecerte el puesto de Jefa de sala! Te adjunto las condiciones. Hemos descartado al resto de candidatas porque lo tuyo fue clarísimo.

Natalia Vera
Brisa Marina Restaurante""")
L(None, "notificaciones@postulaciones.minera-cumbre.example", "Avanzas a la siguiente etapa",
  """Estimado/a {n}:

¡Felicitaciones! Has sido seleccionado para la siguiente etapa del proceso de Geólogo/a de exploración.

Gerencia de Personas
Minera Cumbre""")
L("Silvia Arce", "silvia.arce@clinicavita.example", "No conseguimos contactarte",
  """Hola {n}:

Hemos intentado llamarte dos veces para concertar la entrevista de Enfermero/a UCI y no hemos podido contactar contigo. ¿Nos dices cuándo te viene bien?

Silvia""")
L(None, "alertas@empleos-ya.example", "5 ofertas nuevas que encajan con tu perfil",
  """Hola {n}:

Estas son las nuevas ofertas de empleo de esta semana: Analista de datos (Madrid), Técnico de soporte (Sevilla), Jefe de proyecto (remoto). No te quedes fuera: ¡aplica hoy!

Empleos Ya""")
L("Marina Ybarra", "marina.ybarra@staffnow.example", "Oportunidad: Analista SAP en Bilbao",
  """Hola {n}:

He visto tu perfil y creo que encajas en una posición de Analista SAP para un cliente industrial. ¿Te interesa que hablemos?

Marina Ybarra
StaffNow""")
L(None, "boletin@carreraplus.example", "Cómo encajar un 'no has sido seleccionado'",
  """Hola {n}:

En el boletín de esta semana: qué hacer cuando recibes un correo que dice "lamentamos comunicarte que no has sido seleccionado". Nuestra experta explica cómo pedir feedback y seguir adelante.

Carrera Plus""")
L(None, "newsletter@rrhh-hoy.example", "Plantillas de respuesta a candidatos",
  """Boletín RRHH Hoy

Artículo destacado: cinco plantillas para comunicar a un candidato que no ha sido seleccionado, desde "hemos decidido seguir adelante con otros perfiles" hasta la versión breve. Léelo en la web.""")
L("Inmobiliaria Sotavento", "alquileres@sotavento.example", "Solicitud de alquiler - Calle Mayor 14",
  """Hola {n}:

Lamentamos comunicarte que el propietario ha elegido a otro inquilino para el piso de la Calle Mayor 14. Tu solicitud no ha sido aceptada.

Inmobiliaria Sotavento""")
L(None, "prestamos@bancoalcor.example", "Su solicitud de préstamo",
  """Estimado/a {n}:

Tras analizar su solicitud de préstamo personal, lamentamos informarle de que no ha sido aprobada.

Banco Alcor""")
L(None, "becas@fundacion-aurora.example", "Resolución de becas 2027",
  """Estimado/a {n}:

Le comunicamos que su solicitud de beca de investigación no ha sido seleccionada en esta convocatoria. El comité ha recibido más de 400 solicitudes.

Fundación Aurora""")
L("Comité editorial", "editor@revista-ciencias-sociales.example", "Decisión sobre su manuscrito",
  """Estimado/a {n}:

Tras la revisión por pares, lamentamos comunicarle que su artículo no ha sido aceptado para su publicación en la Revista de Ciencias Sociales.

Comité editorial""")
L(None, "admisiones@colegio-sanjorge.example", "Plaza escolar",
  """Estimada familia:

Lamentamos informarles de que no ha sido posible asignar plaza a su hijo en 1º de Primaria. Quedan en lista de espera con el número 12.

Colegio San Jorge""")
L(None, "entradas@festival-ribera.example", "Tu solicitud de acreditación",
  """Hola {n}:

Tu solicitud de acreditación de prensa para el Festival Ribera no ha sido aprobada este año.

Organización del Festival""")
L(None, "socios@club-nautico-bahia.example", "Solicitud de ingreso",
  """Estimado/a {n}:

La junta directiva ha decidido no aceptar su solicitud de ingreso como socio del Club Náutico Bahía.

Secretaría""")
L(None, "siniestros@segurosatalaya.example", "Siniestro 88123",
  """Estimado/a {n}:

Hemos revisado su parte y lamentamos comunicarle que el siniestro 88123 no está cubierto por su póliza, por lo que la reclamación ha sido rechazada.

Seguros Atalaya""")
L(None, "pedidos@tiendaluna.example", "Pedido 55012 cancelado",
  """Hola {n}:

Tu pedido 55012 ha sido rechazado por el banco emisor de la tarjeta. No se ha realizado ningún cargo.

Tienda Luna""")
L(None, "congreso@aecs.example", "Propuesta de comunicación",
  """Estimado/a {n}:

El comité científico ha decidido no aceptar su propuesta de comunicación para el Congreso Anual. Le animamos a asistir como oyente.

Secretaría técnica""")
L(None, "portal@empleado.grupolaurel.example", "Solicitud de vacaciones",
  """Hola {n}:

Tu solicitud de vacaciones del 22 al 31 de diciembre ha sido denegada por tu responsable. Puedes consultar el motivo en el portal del empleado.

Grupo Laurel - Portal del empleado""")
L(None, "gastos@kernelia.example", "Nota de gastos rechazada",
  """Hola {n}:

Tu nota de gastos de noviembre ha sido rechazada: falta el ticket del taxi. Súbelo de nuevo desde la app.

Kernelia Finanzas""")
L(None, "noreply@myworkdayjobs.example", "Confirmación de retirada",
  """Hola {n}:

Confirmamos que has retirado tu candidatura al puesto de Analista de riesgos. Ya no participarás en el proceso. Si fue un error, puedes volver a postular.

Banco Alcor""")
L("{full}", "{owner}", "Retiro mi candidatura",
  """Hola Jorge:

Te escribo para retirar mi candidatura al puesto de Desarrollador Backend: he aceptado otra oferta. Muchas gracias por todo.

Un saludo,
{n}""")
L("Andrés Tello", "andres.tello@grupolaurel.example", "Candidata para Controller",
  """Hola {n}:

Como entrevistaste a Marta Gil ayer, te cuento que hemos decidido no seguir con ella para Controller financiero. ¿Puedes mandarle tú el correo de respuesta?

Andrés""")
L("Raquel Nieto", "raquel.nieto@cloudrio.example", "Feedback de candidatos SRE",
  """Hola {n}:

Necesito tu valoración de los tres candidatos de SRE antes del viernes. Por ahora hemos descartado a Pedro Luna; los otros dos siguen.

Raquel
People, Cloudrío""")
L("Sara Domínguez", "sara.dominguez@brotalab.example", "Tu respuesta a la oferta",
  """Hola {n}:

Lamentamos que hayas decidido rechazar nuestra oferta para Científica de datos, pero respetamos tu decisión. Las puertas siguen abiertas.

Sara""")
L(None, "noreply@portal.candidatos-lince.example", "Completa tu perfil",
  """Hola {n}:

Tu perfil está incompleto. Si no subes tu CV antes del viernes, no podremos tener en cuenta tu candidatura para Operario/a de almacén.

Logística Lince""")
L("Nerea Campos", "nerea.campos@talentbridge.example", "Presentado al cliente",
  """Hola {n}:

Te confirmo que ya he presentado tu perfil al cliente para Product Owner. Cuando me digan algo, te aviso. No te preocupes si tardan, es normal.

Nerea""")
L("Leo Martín", "leo.martin@agenciarumbo.example", "¿Sigues interesado?",
  """Hola {n}:

Antes de pasar tu candidatura al cliente para Soporte técnico N2, ¿me confirmas que sigues interesado? Si no me contestas, entenderé que no y cerraré tu candidatura.

Leo""")
L(None, "rrhh@ayto-valdelagua.example", "Lista provisional de admitidos",
  """Estimado/a {n}:

Se ha publicado la lista provisional de aspirantes admitidos y excluidos de la bolsa de Auxiliar administrativo. Usted figura como admitido/a. Dispone de 10 días para alegaciones.

Ayuntamiento de Valdelagua""")
L("Tamara Gil", "tamara.gil@vinoteca-cepa.example", "Segunda entrevista",
  """Hola {n}:

Has pasado a la segunda entrevista para sumiller. De veinte candidatos solo seguís tres, ¡enhorabuena!

Tamara""")
L("Paula Rincón", "paula@estudiocanela.example", "Otro puesto para ti",
  """Hola {n}:

Tu candidatura para Diseñadora UX sigue abierta, pero quería contarte que también abrimos un puesto de UI que podría interesarte. ¿Lo hablamos?

Paula""")
L("Mónica Pastor", "monica.pastor@soluvia.example", "Proceso pausado",
  """Hola {n}:

El proceso de Técnico de soporte queda en pausa hasta enero por el cierre del año. Tu candidatura no se descarta: retomaremos las entrevistas entonces.

Mónica""")
L("Camila Rojas", "camila.rojas@andesfin.example", "Documentación pendiente",
  """Hola {n}:

Para continuar con tu postulación a Analista Financiero Jr. necesitamos tu certificado de título. Sin él no podremos avanzar, así que envíalo cuando puedas.

Camila""")
L(None, "noticias@kernelia.example", "Kernelia contrata",
  """Hola {n}:

Este trimestre hemos contratado a 40 personas y hemos rechazado más de 2.000 candidaturas. Queremos mejorar: cuéntanos cómo fue tu experiencia como candidato en nuestra encuesta.

Kernelia""")
L("Álvaro Cano", "alvaro.cano@hunterhouse.example", "El candidato rechazó la oferta",
  """Hola {n}:

Malas noticias: el candidato que elegiste para Key Account Manager ha rechazado la oferta. ¿Retomamos la terna?

Álvaro
Hunter House Selección""")
L(None, "noreply@smartrecruiters.example", "Gracias por postularte a Ópticas Visión Clara",
  """Hola {n}:

Gracias por postularte a Óptico/a optometrista. Nuestro equipo revisará tu solicitud y, si avanzas, te escribiremos. Recibimos muchas solicitudes, por lo que no podemos responder a todas individualmente.

Ópticas Visión Clara""")
L("Florencia Díaz", "fdiaz@consultora-alba.example", "Feedback de la entrevista",
  """Hola {n}:

El cliente quedó muy contento con tu entrevista para Gerente de operaciones. Quieren conocerte en persona la semana que viene.

Florencia""")
L(None, "talento@redsalud.example", "Convocatoria a entrevista",
  """Estimado/a {n}:

Ha sido preseleccionado/a para el puesto de Médico/a de familia. Le convocamos a entrevista el día 4 a las 9:30.

Red Salud""")
L("Ignacio Prieto", "iprieto@notaria-prieto.example", "Contrato",
  """Estimado {n}:

Bienvenido al despacho. Le esperamos el lunes a las 9:00 para firmar el contrato de Oficial de notaría.

Ignacio Prieto""")
L(None, "empleo@hiperahorro.example", "Proceso en espera",
  """Hola {n}:

Todavía no hemos terminado de revisar las candidaturas para cajero/a. No hemos seleccionado a nadie aún, así que tu solicitud sigue activa.

Hiper Ahorro""")
L("Rocío Lozano", "rocio.lozano@modaesparto.example", "Propuesta de fecha",
  """Hola {n}:

¿Podemos mover la prueba práctica de Visual merchandiser al martes? Si no te viene bien, dímelo y buscamos otra fecha.

Rocío""")
L("Diego Salas", "diego.salas@buzon.test", "Re: ¿Qué tal la entrevista?",
  """Uf, pues me dijeron que no me habían seleccionado para lo de Kernelia, pero la semana que viene tengo otra entrevista. Ya te cuento.

> ¿Qué tal te fue la entrevista?""")
L("Empleo Joven", "info@empleojoven.example", "Taller: gestionar el rechazo",
  """Hola {n}:

El jueves organizamos un taller gratuito sobre cómo gestionar el rechazo en la búsqueda de empleo: cómo reaccionar cuando una empresa decide no seguir adelante con tu candidatura.

Empleo Joven""")
L(None, "seleccion@universidad-levante.example", "Solicitud de admisión al máster",
  """Estimado/a {n}:

Lamentamos comunicarle que su solicitud de admisión al Máster en Gestión Pública no ha sido aceptada por falta de plazas.

Universidad de Levante""")
L(None, "subvenciones@instituto-cultura.example", "Subvención denegada",
  """Estimado/a {n}:

Su solicitud de subvención para el proyecto cultural "Voces del barrio" ha sido desestimada por no alcanzar la puntuación mínima.

Instituto Municipal de Cultura""")
L(None, "hipotecas@caja-rural-vega.example", "Estudio de su hipoteca",
  """Estimado/a {n}:

Tras el estudio de riesgos, no podemos continuar con su solicitud de hipoteca. Puede pedir cita con su gestor para valorar alternativas.

Caja Rural de la Vega""")
L(None, "voluntariado@ong-puentes.example", "Programa de voluntariado",
  """Hola {n}:

Este año no podemos ofrecerte plaza en el programa de voluntariado internacional; hemos tenido muchas solicitudes.

ONG Puentes""")
L("Ricardo Méndez", "ricardo.mendez@solartech.example", "Presupuesto de instalación",
  """Hola {n}:

Hemos revisado tu solicitud de presupuesto para la instalación solar, pero tu tejado no es apto para los paneles que ofrecemos.

Ricardo""")
L(None, "rrhh@grupo-altamira.example", "Solicitud de teletrabajo",
  """Hola {n}:

Tu solicitud de teletrabajo los viernes no ha sido aprobada este trimestre por necesidades del servicio.

Recursos Humanos, Grupo Altamira""")
L("Dolores Ayala", "dolores.ayala@colegiomayor-sanpablo.example", "Solicitud de habitación",
  """Estimado {n}:

No hemos podido asignarle habitación en el colegio mayor para el curso 2027; queda en lista de espera.

Dolores Ayala""")
L(None, "noreply@greenhouse.example", "Recordatorio: entrevista mañana",
  """<html><body><p>Hola {n}:</p><p>Te recordamos tu entrevista para <b>Agente de viajes</b> en Rumbo Travel mañana a las 12:00.</p></body></html>""", fmt="html")
L("Celia Montero", "celia.montero@grupoisla.example", "Re: Novedades",
  """Hola {n}:

Todavía no hay decisión; el comité se reúne el viernes. En cuanto sepa algo, te escribo.

Celia

El mar, 10 nov 2026, {full} escribió:
> Hola Celia, ¿sabes si me han descartado ya? Vi que habían contratado a alguien.""")
L("Leire Zubiri", "leire.zubiri@euskaltalent.example", "RV: Nueva vacante",
  """Hola {n}:

Te reenvío esta vacante de Responsable de producción por si te interesa.

---------- Mensaje reenviado ---------
De: Fundiciones Ibai
Buscamos Responsable de producción con experiencia en fundición. Incorporación inmediata.""")
L(None, "encuesta@orbitalogic.example", "¿Cómo fue tu proceso de selección?",
  """Hola {n}:

Hace poco participaste en un proceso de selección con nosotros. Tanto si has sido seleccionado como si no, nos encantaría conocer tu opinión en una encuesta de 2 minutos.

Orbitalogic""")
L("Lucas Ferreyra", "lucas@kodigo.example", "Challenge técnico",
  """Hola {n}:

Te mando el challenge técnico para Frontend Sr. No hay respuestas incorrectas, queremos ver cómo pensás. Tenés una semana.

Lucas""")
L(None, "empleo@farmacias-solana.example", "Ya puedes ver tu estado",
  """Hola {n}:

Hemos actualizado el estado de tu candidatura. Entra en el portal del candidato para consultarlo.

Farmacias Solana""")
L("Gustavo Peña", "gustavo.pena@printbox.example", "Oferta de colaboración freelance",
  """Hola {n}:

Aunque el puesto fijo lo cubrimos hace meses, ahora tenemos un encargo freelance de packaging. ¿Te interesaría?

Gustavo""")
L(None, "no-reply@jobs.lumenpay.example", "Has sido invitado/a a una prueba",
  """Hola {n}:

Has sido invitado/a a completar una evaluación en línea para Backend Engineer (Go). No has empezado la prueba todavía; caduca en 5 días.

LumenPay""")
L("Wilson Mejía", "wilson.mejia@agroexport-tropico.example", "Referencias",
  """Buenas tardes {n}:

Estamos en la fase final para Supervisor de cosecha. ¿Nos puedes enviar dos referencias laborales antes del jueves?

Wilson""")
L(None, "comunicacion@ayto-montealto.example", "Oposiciones: calendario",
  """Estimado/a aspirante:

El segundo ejercicio de la convocatoria de Agente de policía local se celebrará el 15 de enero. Los aspirantes que no se presenten quedarán excluidos del proceso.

Ayuntamiento de Montealto""")
L("Eva Linares", "eva.linares@artecorp.example", "Candidatos descartados",
  """Hola {n}:

Te paso la plantilla para responder a los candidatos descartados de Coordinadora de eventos: "Hemos decidido no continuar con tu candidatura". Mándala tú desde tu cuenta, por favor.

Eva""")
L("Inés Carmona", "ines@headhunt-sur.example", "Tu búsqueda: Director/a financiero/a",
  """Hola {n}:

Como cliente nuestro, te resumo el estado de tu búsqueda de Director/a financiero/a: hemos descartado a cuatro candidatos y quedan dos finalistas para tu entrevista.

Inés""")
L(None, "avisos@visados-consulado.example", "Solicitud de visado",
  """Estimado/a {n}:

Su solicitud de visado de trabajo ha sido denegada por documentación incompleta. Puede presentar una nueva solicitud.

Consulado General""")
L("Fernanda Ortiz", "fernanda@agrovalle.example", "Tu postulación avanza",
  """Hola {n}:

Buenas noticias: no has quedado fuera, ¡pasaste a la siguiente fase! Te escribo para coordinar la entrevista con el gerente.

Fernanda
Agrovalle""")

# ---------------------------------------------------------------- ordinary
O("Nóminas", "nominas@grupolaurel.example", "Tu nómina de noviembre",
  """Hola {n}:

Ya tienes disponible tu nómina de noviembre en el portal del empleado. Recuerda que la paga extra se abona el día 20.

Departamento de Nóminas""")
O("Carmen Vidal", "carmen.vidal@kernelia.example", "Bienvenida a Iker",
  """Hola equipo:

El lunes se incorpora Iker Sáez como Ingeniero de datos. Ha sido un proceso de selección largo, ¡gracias a todos los que entrevistasteis! Por favor, pasad a saludarle.

Carmen""")
O("Recursos Humanos", "rrhh@grupo-altamira.example", "Evaluación de desempeño",
  """Hola {n}:

Se abre el periodo de evaluación de desempeño. Tienes hasta el 15 de diciembre para completar tu autoevaluación en el portal.

RRHH""")
O("Javi Ortega", "javi.ortega@nodo-azul.example", "Reunión de equipo",
  """Hola a todos,

movemos la reunión semanal al jueves a las 11. Traed las estimaciones del sprint.

Javi""")
O("Formación", "formacion@bancoalcor.example", "Curso de Excel avanzado",
  """Hola {n}:

Te has inscrito en el curso de Excel avanzado. Empieza el 3 de diciembre en la sala 2.

Formación, Banco Alcor""")
O("Prevención", "prevencion@quimicasur.example", "Reconocimiento médico anual",
  """Hola {n}:

Te recordamos que tienes pendiente el reconocimiento médico anual. Puedes pedir cita en el servicio de prevención.

Química del Sur""")
O("Lola Méndez", "lola.mendez@estudiocanela.example", "Cena de Navidad",
  """¡Hola, equipo!

La cena de Navidad será el 19 en La Cuadra. Confirmadme asistencia antes del viernes.

Lola""")
O("IT", "soporte@soluvia.example", "Cambio de contraseña",
  """Hola {n}:

Tu contraseña caduca en 5 días. Cámbiala desde la intranet para no perder el acceso.

Soporte IT""")
O("Andrés Tello", "andres.tello@grupolaurel.example", "Informe trimestral",
  """Hola {n}:

¿Me puedes mandar el informe trimestral de costes antes del martes? Lo necesito para el comité.

Andrés""")
O("Comité de empresa", "comite@transportes-nieva.example", "Asamblea de trabajadores",
  """Compañeros y compañeras:

Convocamos asamblea el miércoles a las 14:00 para informar sobre la negociación del convenio.

Comité de empresa""")
O("Personas", "personas@cloudrio.example", "Nueva política de vacaciones",
  """Hola a todos:

A partir de enero, los días de vacaciones no disfrutados podrán trasladarse hasta marzo. Tenéis el detalle en la intranet.

Equipo de Personas""")
O("Elena Morán", "elena.moran@pixelfarm.example", "Revisión de código",
  """Hola {n},

¿puedes revisar mi pull request del módulo de pagos cuando tengas un momento? Gracias.

Elena""")
O("Beneficios", "beneficios@datavinya.example", "Seguro médico",
  """Hola {n}:

Ya puedes dar de alta a tus familiares en el seguro médico de empresa hasta el 31 de diciembre.

Datavinya""")
O("Silvia Arce", "silvia.arce@clinicavita.example", "Turnos de diciembre",
  """Hola {n}:

Os paso el cuadrante de turnos de diciembre. Si necesitáis cambiar alguno, avisadme antes del día 5.

Silvia""")
O("Talento", "talento@orbitalogic.example", "Programa de referidos",
  """Hola {n}:

¿Conoces a alguien que encaje en nuestras vacantes? Por cada persona referida que se incorpore recibirás 1.000 euros.

Orbitalogic""")
O("Iván Crespo", "ivan.crespo@datavinya.example", "Entrevistas de la semana",
  """Hola {n}:

Te he puesto en el panel de entrevistas de Analista BI del martes y el jueves. Te mando los CV por la tarde.

Iván""")
O("Administración", "admin@fincas-ribera.example", "Certificado de retenciones",
  """Hola {n}:

Adjuntamos tu certificado de retenciones del IRPF para la declaración de la renta.

Administración""")
O("Marta Gil", "marta.gil@mundoletra.example", "Despedida de Jaime",
  """Hola a todos:

Jaime deja la editorial el viernes después de doce años. Estamos organizando un regalo; quien quiera participar, que me diga.

Marta""")
O("Recursos Humanos", "rrhh@hospital-sanroque.example", "Registro de jornada",
  """Hola {n}:

Recuerda fichar la entrada y la salida en la app. Este mes faltan registros de los días 3 y 4.

RRHH""")
O("Oficina", "oficina@aerolab.example", "Obras en la planta 2",
  """Hola a todos:

Esta semana hay obras en la planta 2. Las reuniones se trasladan a la sala Atlas.

Oficina""")
O("Héctor Luna", "hector.luna@fintrack.example", "Onboarding de Clara",
  """Hola {n}:

Clara empieza el lunes como Data Engineer. ¿Puedes ser su buddy las dos primeras semanas?

Héctor""")
O("Nóminas", "nominas@lacteos-pradera.example", "Error en la nómina corregido",
  """Hola {n}:

Hemos corregido el error en el complemento de nocturnidad; la diferencia se abonará en la próxima nómina.

Lácteos Pradera""")
O("Dirección", "direccion@colegio-sanjorge.example", "Claustro",
  """Estimados compañeros:

El claustro de evaluación será el 18 de diciembre a las 17:00. Traed las actas firmadas.

Dirección""")
O("Rosa Paredes", "rosa.paredes@appterra.example", "Ascenso",
  """Hola equipo:

Me alegra anunciar que Ximena asume el puesto de Head of Mobile. ¡Enhorabuena, Ximena!

Rosa""")
O("Sindicato", "sindicato@correos-istmo.example", "Tabla salarial",
  """Compañeros:

Publicamos la nueva tabla salarial acordada para 2027. La subida media es del 3,5 %.

Sección sindical""")
O("Pedro Araya", "pedro.araya@gastrochile.example", "Pedido de proveedores",
  """Hola {n}:

Mañana llega el pedido de pescado a las 7. ¿Puedes abrir tú la cocina?

Pedro""")
O("Seguridad", "seguridad@puerto-bahia.example", "Tarjeta de acceso",
  """Hola {n}:

Tu tarjeta de acceso caduca este mes. Pasa por el control de seguridad para renovarla.

Seguridad""")
O("Lorena Vidal", "lorena@marketplace-kiwi.example", "Resultados de la campaña",
  """Hola {n}:

La campaña de Black Friday superó el objetivo en un 20 %. ¡Gracias por el esfuerzo!

Lorena""")
O("Formación", "formacion@redsalud.example", "Curso obligatorio de protección de datos",
  """Hola {n}:

Tienes pendiente el curso obligatorio de protección de datos. Plazo: 20 de diciembre.

Red Salud""")
O("Julián Soto", "julian.soto@talentum-hr.example", "Objetivos del trimestre",
  """Hola {n}:

Este trimestre cerramos 14 posiciones con clientes. Para el próximo, el objetivo es 18. Nos vemos en la reunión del lunes.

Julián""")


# ---------------------------------------------------------------- writing
def _fill(text: str, owner: tuple[str, str]) -> str:
    full, addr = owner
    return text.replace("{n}", full.split()[0]).replace("{full}", full).replace("{owner}", addr)


def _message(spec: dict, index: int, owner: tuple[str, str]) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    name = _fill(spec["name"], owner) if spec.get("name") else spec.get("company")
    addr = _fill(spec["addr"], owner)
    msg["From"] = f'"{name}" <{addr}>' if name else addr
    msg["To"] = f'"{owner[0]}" <{owner[1]}>' if addr != owner[1] else '"Jorge Baena" <jbaena@nodo-azul.example>'
    msg["Subject"] = _fill(spec["subject"], owner)
    when = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=1))) + timedelta(hours=7 * index)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<dev6-es-{index:04d}@corpus.test>"
    body = _fill(spec["body"], owner) + "\n"
    fmt = spec.get("fmt") or ENCODINGS[index % len(ENCODINGS)]
    if fmt == "html":
        msg.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "l1":
        try:
            body.encode("iso-8859-1")
            msg.set_content(body, charset="iso-8859-1", cte="quoted-printable")
        except UnicodeEncodeError:
            msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
    elif fmt == "8bit":
        msg.set_content(body, charset="utf-8", cte="8bit")
    else:
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg


def _items() -> list[tuple[str, dict]]:
    items = [("rejection", s) for s in REJ] + [("lookalike", s) for s in LOOK] + [("ordinary", s) for s in ORD]
    # deterministic interleaving (no random module state involved)
    return sorted(items, key=lambda it: (hash_key(it[1]["subject"] + it[1]["addr"]), it[1]["subject"]))


def hash_key(text: str) -> int:
    value = 2166136261
    for ch in text.encode("utf-8"):
        value = ((value ^ ch) * 16777619) & 0xFFFFFFFF
    return value


def build() -> None:
    MSG_DIR.mkdir(parents=True, exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    labels = []
    for i, (kind, spec) in enumerate(_items(), start=1):
        owner = OWNERS[i % len(OWNERS)]
        fname = f"{i:04d}.eml"
        (MSG_DIR / fname).write_bytes(_message(spec, i, owner).as_bytes())
        rej = kind == "rejection"
        contact = rej and spec.get("contact")
        labels.append({
            "file": fname, "is_rejection": rej,
            "company": spec.get("company") if rej else None,
            "role": spec.get("role") if rej else None,
            "contact_name": spec["name"] if contact else None,
            "contact_email": spec["addr"] if contact else None,
            "careers_url": spec.get("url") if rej else None,
            "lang": "es", "kind": kind,
        })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages ({len(REJ)} rejections, {len(LOOK)} look-alikes, {len(ORD)} ordinary)")


def check() -> None:
    rows = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    assert sorted(r["file"] for r in rows) == files, "labels and messages differ"
    assert len({r["file"] for r in rows}) == len(rows), "duplicate label rows"
    for row in rows:
        with open(MSG_DIR / row["file"], "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content()
        assert text.strip(), row["file"]
        assert "{n}" not in text and "{full}" not in text, row["file"]
        assert msg["Subject"] and msg["From"], row["file"]
        assert row["kind"] in ("rejection", "lookalike", "ordinary")
        assert row["is_rejection"] == (row["kind"] == "rejection")
    kinds = [r["kind"] for r in rows]
    print(f"ok: {len(rows)} messages, "
          f"{kinds.count('rejection')} rejections, {kinds.count('lookalike')} look-alikes, "
          f"{kinds.count('ordinary')} ordinary")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        build()
        check()
