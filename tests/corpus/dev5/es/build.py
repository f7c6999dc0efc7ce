"""Build the dev5/es labelled corpus (fifth independent Spanish author).

Writes deterministic ``messages/NNNN.eml`` and ``labels.jsonl`` next to this file.
``python build.py --check`` parses every message back and checks the labels 1:1.

Every person, company and domain is invented (``.example`` / ``.test``).
Kinds: ``rejection`` (is_rejection true), ``lookalike`` and ``ordinary`` (false).
"""

from __future__ import annotations

import html
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

MESSAGES: list[dict] = []


def _add(kind, subj, frm, body, *, fmt="plain", to=("Alex Moreno", "alex.moreno@correo.test"),
         company=None, role=None, cname=None, cemail=None, url=None, pre=None, footer=None,
         table=None, reply_to=None):
    MESSAGES.append(dict(kind=kind, subj=subj, frm=frm, body=body.strip("\n"), fmt=fmt, to=to,
                         company=company, role=role, cname=cname, cemail=cemail, url=url,
                         pre=pre, footer=footer, table=table, reply_to=reply_to))


def R(*a, **k):
    _add("rejection", *a, **k)


def L(*a, **k):
    _add("lookalike", *a, **k)


def N(*a, **k):
    _add("ordinary", *a, **k)


# --------------------------------------------------------------------------------------------
# True rejections
# --------------------------------------------------------------------------------------------

R("Notificación proceso selectivo TAG — Expte. 2026/0143",
  ("Ayuntamiento de Villaseca del Campo - Recursos Humanos", "rrhh@villaseca.example"),
  """
Expediente: 2026/0143
Asunto: Proceso selectivo para la provisión, por concurso-oposición libre, de una plaza de
Técnico/a de Administración General (Subgrupo A1).

Por medio del presente se pone en su conocimiento que, según consta en el acta del Tribunal
Calificador de fecha 12 de noviembre de 2026, la persona interesada no ha alcanzado la puntuación
mínima exigida (5,00 puntos) en el primer ejercicio de la fase de oposición, quedando en
consecuencia excluida de las fases posteriores del procedimiento.

Contra el presente acto, que no agota la vía administrativa, podrá interponerse recurso de alzada
ante la Alcaldía-Presidencia en el plazo de un mes a contar desde el día siguiente a su recepción.

Villaseca del Campo, a 14 de noviembre de 2026.
EL SECRETARIO GENERAL
Fdo.: Ramiro Cuesta Alarcón
""", fmt="latin1", company="Ayuntamiento de Villaseca del Campo",
  role="Técnico/a de Administración General", cname="Ramiro Cuesta Alarcón",
  cemail=None)

R("lo del puesto de front",
  ("Memo Treviño", "memo@tacolab.example"),
  """
Qué onda Dani! Oye al final nos fuimos con alguien que ya se sabía el stack de pies a cabeza 😕
Gracias por el tiempo de las entrevistas, neta. Si abrimos algo de mobile te aviso.
Memo · Tacolab
""", to=("Dani Ruiz", "dani.ruiz@correo.test"), company="Tacolab", role="front",
  cname="Memo Treviño", cemail="memo@tacolab.example")

R("Analista de Datos Junior - actualización",
  ("Irene Salcedo | Datanorte", "irene.salcedo@datanorte.example"),
  """
Hola Alex:

Gracias por haber completado la prueba técnica y la entrevista con el equipo de BI para la
posición de Analista de Datos Junior.

Hemos terminado de revisar todas las candidaturas y tu perfil no ha quedado entre los finalistas.
Sabemos que no es la noticia que esperabas; el nivel ha sido muy alto.

Te deseamos muchos éxitos,
Irene Salcedo
Talent Acquisition · Datanorte
https://datanorte.example/empleo
""", company="Datanorte", role="Analista de Datos Junior", cname="Irene Salcedo",
  cemail="irene.salcedo@datanorte.example", url="https://datanorte.example/empleo")

R("Proceso Responsable de Compras",
  ("Grupo Almazara Selección", "seleccion@almazara.example"),
  """
Estimada Sra. Vidal:

Le informamos de que el proceso de selección para el puesto de Responsable de Compras ha concluido
y la vacante ha sido cubierta.

Agradecemos sinceramente el interés mostrado en Grupo Almazara y el tiempo que nos ha dedicado.

Atentamente,
Departamento de Personas
Grupo Almazara
""", fmt="qp", to=("Nuria Vidal", "nuria.vidal@correo.test"), company="Grupo Almazara",
  role="Responsable de Compras")

R("Tu candidatura en Brisa Hoteles",
  ("Brisa Hoteles", "talento@brisahoteles.example"),
  """
Hola Alex,

Muchas gracias por tu interés en formar parte del equipo de recepción del Brisa Mar Menor.
En esta ocasión no podremos contar contigo, pero guardaremos tu CV para las próximas temporadas.

Un saludo,
Equipo de Talento · Brisa Hoteles
""", company="Brisa Hoteles", role="recepción")

R("Actualización de tu candidatura",
  ("Farmavida Empleo", "no-reply@farmavida.example"),
  """
Hola Alex,

Te escribimos para actualizar el estado de tu candidatura.

  Puesto: Técnico/a en Farmacia — Zaragoza
  Referencia: FV-2026-0612
  Estado: Descartada

Puedes consultar otras ofertas en https://farmavida.example/trabaja-con-nosotros

Farmavida
Este mensaje se ha generado automáticamente. No respondas a este correo.
""", fmt="alt", company="Farmavida", role="Técnico/a en Farmacia",
  url="https://farmavida.example/trabaja-con-nosotros")

R("Feedback entrevista técnica - Backend Engineer",
  ("Tomás Iriarte", "tomas@kubo.example"),
  """
Hola Alex,

Gracias de nuevo por la entrevista técnica del martes. Como te prometimos, te dejamos el feedback
del panel:

- Puntos fuertes: buena base en diseño de APIs y comunicación muy clara.
- A mejorar: el ejercicio de concurrencia quedó a medias y faltó profundidad en observabilidad.
- Nivel estimado: intermedio, y el rol pide alguien más senior.

Con esto en mente hemos decidido no avanzar con tu candidatura a la siguiente fase.
Ojalá coincidamos en otro momento.

Tomás Iriarte
Engineering Manager, Kubo
""", company="Kubo", role="Backend Engineer", cname="Tomás Iriarte",
  cemail="tomas@kubo.example")

R("Gracias por postularte a Bancolina",
  ("Bancolina Talento", "notificaciones@bancolina.example"),
  """
Hola Alex,

Queremos agradecerte por el interés que mostraste en hacer parte de Bancolina.

Después de revisar cuidadosamente tu hoja de vida, te informamos que en esta oportunidad no
continuarás en el proceso para la vacante Analista de Riesgo Crediticio.

Te invitamos a seguir atento a nuestras convocatorias.

Equipo de Selección
Bancolina S.A. – Bogotá, Colombia
""", fmt="html", company="Bancolina", role="Analista de Riesgo Crediticio",
  pre="Gracias por tu interés en Bancolina – conoce el resultado",
  footer="Bancolina S.A. · Calle 93 #11-40, Bogotá · Política de privacidad · "
         "Para dejar de recibir estos correos haz clic aquí · Vigilado por la autoridad financiera")

R("Community Manager",
  ("Agustina Pereyra", "agustina@mateyhumo.example"),
  """
Hola Flor, ¿cómo estás?

Te escribo para contarte que después de todas las entrevistas nos decidimos por otro perfil para
el puesto de Community Manager. Te agradecemos muchísimo que te hayas tomado el tiempo de armar la
propuesta de contenidos, estuvo muy buena.

Si querés, seguí nuestras búsquedas en https://mateyhumo.example/trabajos, seguro surgen cosas.

¡Te deseamos lo mejor!
Agus
Mate y Humo Estudio
""", to=("Florencia Sosa", "flor.sosa@correo.test"), company="Mate y Humo Estudio",
  role="Community Manager", cname="Agustina Pereyra", cemail="agustina@mateyhumo.example",
  url="https://mateyhumo.example/trabajos")

R("Postulación Ingeniero/a de Procesos",
  ("Reclutamiento Minera Los Cóndores", "reclutamiento@loscondores.example"),
  """
Estimado Alex:

Junto con saludar, te comentamos que tu postulación al cargo de Ingeniero/a de Procesos no fue
seleccionada para continuar en el proceso.

Agradecemos tu interés y te animamos a postular a futuras oportunidades.

Saludos cordiales,
Macarena Fuentes
Analista de Reclutamiento
Minera Los Cóndores
""", company="Minera Los Cóndores", role="Ingeniero/a de Procesos", cname="Macarena Fuentes",
  cemail="reclutamiento@loscondores.example")

R("Re: Entrevista coordinadora de eventos",
  ("Begoña Lasa", "begona@olatuevents.example"),
  """
Hola Lucía,

Gracias por tu mensaje y por tanta energía, se nota que te apetece mucho. Lamentablemente la plaza
ya está adjudicada: se la hemos dado a una persona del equipo de producción que conocía a los
clientes.

Un abrazo y suerte,
Begoña

El jue, 20 nov 2026 a las 18:02, Lucía Campos <lucia.campos@correo.test> escribió:
> ¡Hola Begoña! Muchísimas gracias por la entrevista de ayer, me encantó conocer al equipo.
> Estoy muy ilusionada con el puesto de coordinadora de eventos y me encantaría seguir en el
> proceso. Quedo a vuestra disposición para lo que necesitéis.
> Lucía
""", to=("Lucía Campos", "lucia.campos@correo.test"), company="Olatu Events",
  role="coordinadora de eventos", cname="Begoña Lasa", cemail="begona@olatuevents.example")

R("Fwd: Candidatura Jefe de Obra - Construcciones Ebro",
  ("Sara Gil | Obralia Talent", "sara.gil@obraliatalent.example"),
  """
Hola Pablo,

Te reenvío la respuesta del cliente. Siento que no haya salido esta vez; te tengo en cuenta para
las obras de Huesca que nos llegan en enero.

Sara Gil
Consultora senior · Obralia Talent

---------- Mensaje reenviado ---------
De: Jaime Royo <jroyo@construccionesebro.example>
Fecha: lun, 17 nov 2026 a las 9:14
Asunto: Candidatura Jefe de Obra - Construcciones Ebro
Para: Sara Gil <sara.gil@obraliatalent.example>

Sara, buenos días:
Tras las entrevistas, hemos decidido no seguir adelante con Pablo Ortega para el puesto de Jefe de
Obra. Nos encaja más un perfil con experiencia en obra civil.
Un saludo,
Jaime Royo
""", to=("Pablo Ortega", "pablo.ortega@correo.test"), company="Construcciones Ebro",
  role="Jefe de Obra", cname="Sara Gil", cemail="sara.gil@obraliatalent.example")

R("Your application to Lumbre Energía",
  ("Lumbre Energía (via Greenhouse)", "no-reply@greenhouse.example"),
  """
Hi Sofía,

Sofía, muchas gracias por el tiempo que nos dedicaste en las tres entrevistas. Al final la
posición de Product Designer se la ofrecimos a una persona con más recorrido en producto B2B, y
queríamos decírtelo personalmente antes de cerrar el proceso.

Un abrazo,
Julia Benítez, Head of Design

The Lumbre Energía Talent Team
Powered by Greenhouse
""", fmt="alt", to=("Sofía Herrera", "sofia.herrera@correo.test"), company="Lumbre Energía",
  role="Product Designer", cname="Julia Benítez", cemail=None)

R("Candidatura no seleccionada – Auxiliar de Farmacia (Ref. 2231)",
  ("Farmacias Solana", "noreply@farmaciassolana.example"),
  """
Gracias por participar.

Farmacias Solana
Este es un mensaje automático, por favor no responda.
""", company="Farmacias Solana", role="Auxiliar de Farmacia")

R("Programa de Becarios Verano 2027",
  ("Programa Becarios Cárdenas Legal", "becarios@cardenaslegal.example"),
  """
Estimado/a Alex:

Te agradecemos la participación en el proceso del Programa de Becarios de Verano 2027 de
Cárdenas Legal.

Las plazas del programa ya han sido asignadas y tu solicitud no ha resultado adjudicataria en esta
edición. Esperamos volver a verte en futuras convocatorias.

Coordinación del Programa de Becarios
Cárdenas Legal, S.C. — Ciudad de México
""", fmt="b64", company="Cárdenas Legal", role="Programa de Becarios de Verano 2027")

R("Plaza aprendiz FP Dual",
  ("Talleres Ibarra", "taller@talleresibarra.example"),
  """
Buenas tardes Iker:

Gracias por la jornada de prueba en el taller. Al final hemos optado por otro alumno del ciclo
para la plaza de aprendiz de electromecánica, que vive más cerca y puede hacer el horario de
mañanas.

Mucho ánimo con las prácticas.
Andoni Ibarra
Talleres Ibarra
""", to=("Iker Zubia", "iker.zubia@correo.test"), company="Talleres Ibarra",
  role="aprendiz de electromecánica", cname="Andoni Ibarra", cemail="taller@talleresibarra.example")

R("Lo del finde",
  ("Heladería La Nona", "lanona.heladeria@correo.example"),
  """
Hola Martina! Gracias por venir al día de prueba el sábado. Esta vez no vamos a poder ofrecerte el
puesto, buscábamos a alguien que pueda también entre semana. Suerte con la facu!!
Romina
""", to=("Martina López", "martina.lopez@correo.test"), company="Heladería La Nona",
  role=None, cname="Romina", cemail="lanona.heladeria@correo.example")

R("Voluntariado internacional Guatemala 2027",
  ("ONG Manos Abiertas", "voluntariado@manosabiertas.example"),
  """
Querido Alex:

Gracias por postular al programa de voluntariado internacional en Quetzaltenango.
Tras la entrevista grupal, lamentamos informarte que tu solicitud no ha sido aceptada en esta
convocatoria. Recibimos muchísimas candidaturas para muy pocas plazas.

Con cariño,
Valeria Ochoa
Coordinación de Voluntariado · Manos Abiertas
""", company="Manos Abiertas", role="voluntariado internacional en Quetzaltenango",
  cname="Valeria Ochoa", cemail="voluntariado@manosabiertas.example")

R("Tu candidatura espontánea",
  ("Ópticas Miravista RRHH", "rrhh@miravista.example"),
  """
Hola Alex,

Hemos recibido tu candidatura espontánea, muchas gracias por pensar en Miravista.

Actualmente no disponemos de ninguna vacante que encaje con tu perfil, por lo que no podemos darle
curso. Conservaremos tus datos durante 12 meses según nuestra política de privacidad.

Un saludo,
RRHH Ópticas Miravista
""", company="Ópticas Miravista", role=None)

R("Caso práctico – Consultor/a Senior Estrategia",
  ("Elena Marquina", "elena.marquina@vertice.example"),
  """
Alex, buenas tardes:

Gracias por presentar el caso práctico ante el comité. Lo hemos revisado con detenimiento y,
aunque valoramos mucho el planteamiento del mercado, el análisis financiero no alcanza el nivel
que buscamos para el rol de Consultor/a Senior, por lo que cerramos aquí el proceso contigo.

Gracias por el esfuerzo y la dedicación,
Elena Marquina
Directora de Talento, Vértice Consulting
""", company="Vértice Consulting", role="Consultor/a Senior", cname="Elena Marquina",
  cemail="elena.marquina@vertice.example")

R("Proceso Enfermera/o de Quirófano",
  ("Clínica San Rafael Selección", "seleccion@clinicasanrafael.example"),
  """
Estimada Sra. Paredes:

Tras completar la verificación de referencias profesionales, lamentamos comunicarle que no
podremos formalizar la oferta para el puesto de Enfermera/o de Quirófano.

Quedamos a su disposición para cualquier aclaración.

Atentamente,
Rosa Miralles
Responsable de Selección
Clínica San Rafael
""", to=("Carmen Paredes", "carmen.paredes@correo.test"), company="Clínica San Rafael",
  role="Enfermera/o de Quirófano", cname="Rosa Miralles",
  cemail="seleccion@clinicasanrafael.example")

R("Resultado assessment center – Graduate Program",
  ("Seguros Alcor Graduate Program", "graduates@alcor.example"),
  """
Hola Alex,

Gracias por participar en la jornada de evaluación (assessment center) del 6 de noviembre.

Resultado: tu candidatura no ha resultado seleccionada para la fase final del Graduate Program.

El equipo evaluador destacó tu participación en la dinámica de grupo. Te animamos a presentarte a
futuras ediciones.

Equipo Graduate Program
Seguros Alcor
""", fmt="alt", company="Seguros Alcor", role="Graduate Program")

R("Resultado prueba psicotécnica",
  ("Logística Trébol - Selección", "seleccion@trebol.example"),
  """
Estimado candidato:

Le comunicamos que en la prueba psicotécnica realizada el pasado 3 de noviembre obtuvo una
puntuación inferior al mínimo requerido, motivo por el cual su candidatura para el puesto de
Jefe/a de Turno no seguirá avanzando.

Atentamente,
Departamento de Selección
Logística Trébol
""", company="Logística Trébol", role="Jefe/a de Turno")

R("Resolución Bolsa de Empleo Temporal Fisioterapia (Convocatoria 14/2026)",
  ("Servicio Regional de Salud - Bolsas de Empleo", "bolsas@saludregional.example"),
  """
CONVOCATORIA 14/2026. BOLSA DE EMPLEO TEMPORAL. CATEGORÍA: FISIOTERAPEUTA.

Vista la documentación aportada por D.ª Alejandra Moreno Ríos, y de conformidad con la base
cuarta de la convocatoria, esta Dirección RESUELVE:

Desestimar su solicitud de inclusión en la bolsa de empleo temporal de la categoría de
Fisioterapeuta, por no acreditar la titulación exigida en el plazo de subsanación.

Contra la presente resolución cabe interponer recurso de alzada en el plazo de un mes.

LA DIRECTORA DE RECURSOS HUMANOS
Inmaculada Peral Soto
""", fmt="latin1", company="Servicio Regional de Salud", role="Fisioterapeuta",
  cname="Inmaculada Peral Soto", cemail=None)

R("Concurso plaza PAD-33/26",
  ("Universidad de Montealto - Servicio de PDI", "pdi@umontealto.example"),
  """
Sr./Sra. concursante:

En relación con el concurso para la provisión de una plaza de Profesor/a Ayudante Doctor/a,
código PAD-33/26, Área de Conocimiento de Ecología, le comunicamos que la Comisión de Selección
ha propuesto la adjudicación de la plaza a favor de otro/a concursante.

El acta con la valoración de méritos está disponible en la sede electrónica. Contra la propuesta
podrá presentarse reclamación ante el Rector en el plazo de diez días hábiles.

Servicio de Personal Docente e Investigador
Universidad de Montealto
""", company="Universidad de Montealto", role="Profesor/a Ayudante Doctor/a")

R("Resultado concurso Jefatura de Departamento",
  ("Servicio Profesional de Carrera", "spc@secretaria-agua.example"),
  """
C. Alejandro Moreno:

Con fundamento en la normativa del Servicio Profesional de Carrera, se le informa que, una vez
concluidas las etapas de evaluación, no resultó ganador(a) del concurso para la plaza de Jefe de
Departamento de Calidad del Agua, folio 0917.

Agradecemos su participación.

Atentamente
Comité Técnico de Selección
Secretaría del Agua y Medio Ambiente
""", company="Secretaría del Agua y Medio Ambiente",
  role="Jefe de Departamento de Calidad del Agua")

R("Sobre tu proceso en Nébula",
  ("Clara Ferrán", "clara@nebula.example"),
  """
Hola Alex,

Te debo una respuesta, y no quería que te llegara por un correo automático.

Ha sido una decisión muy reñida, pero la balanza se ha inclinado hacia otra candidata cuya
experiencia en marketplaces encaja mejor con el momento que vive el equipo de Growth.

Me quedo con tu energía y con tu propuesta de experimentos; ojalá se crucen nuestros caminos.

Clara Ferrán
People Lead · Nébula
""", company="Nébula", role=None, cname="Clara Ferrán", cemail="clara@nebula.example")

R("Resultado evaluación",
  ("Portal de Empleo Público Consorcio Aguas del Sur", "noreply@aguasdelsur.example"),
  """
Nº de registro: 2026-EMP-00451
Convocatoria: Oficial/a de mantenimiento (OM-07)
Resultado de la evaluación curricular: NO APTO/A
Decisión: no continuidad en el proceso.

Para cualquier consulta, diríjase al Consorcio en horario de 9:00 a 14:00.
""", company="Consorcio Aguas del Sur", role="Oficial/a de mantenimiento")

R("Proceso Técnico/a de Marketing",
  ("Selección Lácteos Peñalara", "seleccion@penalara.example"),
  """
Buenos días, Alex:

Te escribimos en relación con la posición de Técnico/a de Marketing. Se ha optado finalmente por
una persona con un perfil más orientado a trade marketing en gran distribución.

Te agradecemos el interés y el tiempo dedicado.

Un cordial saludo,
Selección · Lácteos Peñalara
""", fmt="qp", company="Lácteos Peñalara", role="Técnico/a de Marketing")

R("Vacante Coordinador/a Logística",
  ("Iván Cordero", "ivan.cordero@transcarga.example"),
  """
Hola Alex,

Gracias por acercarte al proceso de Coordinador/a de Logística. Finalmente el puesto lo va a
ocupar una compañera del equipo que ya venía asumiendo buena parte de esas funciones.

Un saludo y gracias de nuevo,
Iván Cordero
Operaciones · Transcarga
""", company="Transcarga", role="Coordinador/a de Logística", cname="Iván Cordero",
  cemail="ivan.cordero@transcarga.example")

R("Gerente de Tienda - Monterrey",
  ("Capital Humano Abarrotes Don Chema", "capitalhumano@donchema.example"),
  """
Estimado Alex:

Agradecemos su asistencia a la entrevista para la vacante de Gerente de Tienda en Monterrey.

Le comentamos que hemos ofrecido el puesto a un candidato con más experiencia en manejo de
personal, por lo que su proceso concluye en esta etapa.

Saludos cordiales,
Lic. Patricia Garza
Capital Humano · Abarrotes Don Chema
""", company="Abarrotes Don Chema", role="Gerente de Tienda", cname="Patricia Garza",
  cemail="capitalhumano@donchema.example")

R("camarero",
  ("Bar El Tranvía", "eltranvia.bar@correo.example"),
  """
hola! al final no va a poder ser lo de camarero, ya lo tenemos cubierto 🙏 mucha suerte!!
""", to=("Rubén Sanz", "ruben.sanz@correo.test"), company="Bar El Tranvía", role="camarero")

R("Cierre de la selección – Diseñador/a gráfico/a",
  ("Estudio Papiroflexia", "hola@papiroflexia.example"),
  """
Hola Alex:

Ya hemos cerrado la selección para diseñador/a gráfico/a y no vas a seguir con nosotros en esta
ocasión. Nos gustó mucho tu portfolio editorial, así que no descartes escribirnos más adelante.

Un abrazo del equipo de Papiroflexia
Noelia
""", company="Estudio Papiroflexia", role="diseñador/a gráfico/a", cname="Noelia",
  cemail="hola@papiroflexia.example")

R("Novedades de Hidrovera y tu candidatura",
  ("Hidrovera Personas", "personas@hidrovera.example"),
  """
Hola Alex,

¡Qué otoño el de este año! Acabamos de inaugurar nuestra tercera planta de tratamiento en
Albacete y ya somos más de 400 personas en el equipo.

Además, este mes lanzamos el programa de voluntariado corporativo con el que plantaremos 10.000
árboles en la comarca, y hemos renovado la certificación de empresa saludable.

En cuanto a tu candidatura para Técnico/a de Mantenimiento Industrial, lamentamos decirte que no
ha prosperado. El perfil elegido cuenta con habilitación en alta tensión, uno de los requisitos
críticos del puesto.

Gracias por tu interés y mucho éxito,
Equipo de Personas · Hidrovera
https://hidrovera.example/unete
""", company="Hidrovera", role="Técnico/a de Mantenimiento Industrial",
  url="https://hidrovera.example/unete")

R("Estado de tus candidaturas",
  ("Supermercados Vecino", "empleo@supervecino.example"),
  """
Hola Alex,

Estas son las novedades de tus candidaturas en Supermercados Vecino:
""", fmt="html", company="Supermercados Vecino", role="Operario/a de almacén",
  table=[("Puesto", "Referencia", "Estado"),
         ("Operario/a de almacén", "ALM-0917", "Finalizado – no seleccionado/a")],
  footer="Consulta todas tus candidaturas en tu área privada. Supermercados Vecino, S.A. · "
         "Aviso legal · Protección de datos")

R("Búsqueda Analista Contable Sr - Estudio Ferraro",
  ("Estudio Ferraro & Asoc.", "busquedas@ferraro.example"),
  """
Hola Alex, ¿cómo andás?

Gracias por participar de la búsqueda de Analista Contable Senior. Lamentablemente, en esta
instancia no vamos a poder avanzar con tu postulación.

Te deseamos muchos éxitos.
Lucas Ferraro
Estudio Ferraro & Asoc. — Rosario
""", company="Estudio Ferraro", role="Analista Contable Senior", cname="Lucas Ferraro",
  cemail="busquedas@ferraro.example")

R("Convocatoria Auxiliar Administrativo(a)",
  ("Gestión Humana Cooperativa Cafetera del Quindío", "gestionhumana@coocafe.example"),
  """
Señor(a) Alex Moreno:

Le agradecemos su participación en la convocatoria para el cargo de Auxiliar Administrativo(a).
Le informamos que no fue preseleccionado(a) para continuar con las siguientes etapas.

Cordialmente,
Gestión Humana
Cooperativa Cafetera del Quindío
""", company="Cooperativa Cafetera del Quindío", role="Auxiliar Administrativo(a)")

R("Cargo Kinesióloga - Centro Andes",
  ("Paula Riquelme", "paula.riquelme@centroandes.example"),
  """
Hola Camila, te cuento que no quedaste seleccionada para el cargo de Kinesióloga. Optamos por una
persona con experiencia en rehabilitación pediátrica, que es lo que más necesitamos ahora.
¡Muchas gracias por tu tiempo y mucho éxito!
Paula Riquelme
Centro de Rehabilitación Andes
""", to=("Camila Rojas", "camila.rojas@correo.test"), company="Centro de Rehabilitación Andes",
  role="Kinesióloga", cname="Paula Riquelme", cemail="paula.riquelme@centroandes.example")

R("Tu proceso con nuestro cliente",
  ("Marcos Lozano - Talentia Consultores", "marcos.lozano@talentia.example"),
  """
Hola Alex,

Desde Talentia Consultores queríamos informarte de que nuestro cliente, una empresa del sector
agroalimentario, ha decidido continuar el proceso de Controller Financiero con otros perfiles que
se ajustan más a lo que necesitan.

Seguimos contando contigo para futuras posiciones.

Marcos Lozano
Consultor · Talentia Consultores
""", company=None, role="Controller Financiero", cname="Marcos Lozano",
  cemail="marcos.lozano@talentia.example")

R("Votre candidature / Tu candidatura – Ingeniero/a de Calidad",
  ("Aéronef Ibérica RH", "rh@aeronef-iberica.example"),
  """
Estimado/a Alex:

Le agradecemos el interés mostrado por Aéronef Ibérica. Tras un análisis detallado, le informamos
de que su perfil no ha sido retenido para la posición de Ingeniero/a de Calidad en Getafe.

Conservaremos su candidatura en nuestra base de datos.

Recursos Humanos
Aéronef Ibérica
""", company="Aéronef Ibérica", role="Ingeniero/a de Calidad")

R("Tu candidatura a Telemática Austral",
  ("Telemática Austral", "telematica-austral@myworkday.example"),
  """
Estimado/a Alex:

Gracias por tu interés en el puesto de Especialista en Redes (REQ-4471).

Después de analizar tu solicitud, hemos decidido proseguir con otros candidatos cuyas
cualificaciones se ajustan mejor a las necesidades actuales del puesto.

Te animamos a seguir visitando nuestro portal de empleo.

Atentamente,
Adquisición de Talento — Telemática Austral
""", fmt="alt", company="Telemática Austral", role="Especialista en Redes")

R("Resultado prueba de conocimientos",
  ("Selección Energía del Caribe", "seleccion@energiacaribe.example"),
  """
Respetado(a) Alex:

Su resultado en la prueba de conocimientos no alcanzó el puntaje requerido para avanzar a la etapa
de entrevista en el proceso de Técnico Electricista.

Agradecemos su interés en nuestra compañía.

Cordialmente,
Dirección de Gestión Humana
Energía del Caribe E.S.P.
""", company="Energía del Caribe", role="Técnico Electricista")

R("día de prueba",
  ("Chef Rodrigo Bautista", "rodrigo@cocinamestiza.example"),
  """
Alex, gracias por el día de prueba en cocina. Decidimos no seguir con tu contratación por ahora,
te faltó ritmo en la línea caliente, pero tienes buena mano. Éxito.
Rodrigo
Cocina Mestiza
""", company="Cocina Mestiza", role=None, cname="Rodrigo Bautista",
  cemail="rodrigo@cocinamestiza.example")

R("Re: PM",
  ("Sergi Puig", "sergi@pixelfarm.example"),
  """
Ei Alex, te soy sincero: buscamos a alguien bastante más senior, así que no vamos a seguir contigo
para lo de PM. Un abrazo y mil gracias por el interés.
Sergi
""", company="Pixelfarm", role="PM", cname="Sergi Puig", cemail="sergi@pixelfarm.example")

R("Tu candidatura a la oferta \"Dependiente/a tienda Valencia\"",
  ("Empleate.test", "avisos@empleate.test"),
  """
Hola Alex,

La empresa Moda Turia ha actualizado el estado de tu inscripción:

Tu candidatura ha sido descartada para la oferta "Dependiente/a tienda Valencia".

Sigue buscando: hay 230 ofertas nuevas de comercio en Valencia.

Empleate · Gestionar notificaciones
""", fmt="html", company="Moda Turia", role="Dependiente/a tienda Valencia",
  footer="Empleate.test · Condiciones de uso · Darse de baja")

R("Su candidatura en Laboratorios Orbe",
  ("Laboratorios Orbe", "empleo@labsorbe.example"),
  """
Estimado/a candidato/a:

Le agradecemos sinceramente el tiempo invertido en las distintas fases del proceso de selección
para el puesto de Técnico/a de Control de Calidad.

Lamentamos comunicarle que su candidatura no ha sido finalmente la elegida.

Reciba un cordial saludo,
Recursos Humanos — Laboratorios Orbe
""", fmt="b64", company="Laboratorios Orbe", role="Técnico/a de Control de Calidad")

R("No seguimos — Account Executive",
  ("Rocío Tamayo", "rocio@ventaclara.example"),
  """
Hola Alex,

Te agradecemos muchísimo el tiempo en las dos entrevistas. Hemos decidido no continuar contigo en
el proceso de Account Executive; buscamos a alguien con cartera en el sector salud.

Rocío Tamayo
Head of Sales · VentaClara
""", company="VentaClara", role="Account Executive", cname="Rocío Tamayo",
  cemail="rocio@ventaclara.example")

R("Sobre la posición de Data Engineer",
  ("Héctor Villalba", "hector.villalba@finmarco.example"),
  """
Hola Alex,

Gracias por tu interés en la posición de Data Engineer. No hemos seleccionado tu candidatura para
este puesto, pero nos gustó mucho tu experiencia con pipelines en tiempo real y queremos
entrevistarte para la vacante de Analytics Engineer que abrimos esta semana. ¿Te vendría bien el
jueves a las 11:00?

Héctor Villalba
Talent Partner · Finmarco
""", company="Finmarco", role="Data Engineer", cname="Héctor Villalba",
  cemail="hector.villalba@finmarco.example")

R("Auxiliar de biblioteca (estudiantes)",
  ("Biblioteca Central - Becas de Colaboración", "becas.biblioteca@univalle-norte.example"),
  """
Estimado/a estudiante:

Se ha publicado la lista definitiva de personas seleccionadas para las plazas de Auxiliar de
Biblioteca (beca de colaboración, curso 2026-27). Lamentamos comunicarte que tu nombre no figura
entre los seleccionados.

Biblioteca Central
Universidad del Valle Norte
""", company="Universidad del Valle Norte", role="Auxiliar de Biblioteca")

R("Selección Educador/a Social",
  ("Fundación Raíces", "seleccion@fraices.example"),
  """
Hola Alex,

Te escribimos para agradecerte tu participación en el proceso de Educador/a Social para el piso
tutelado de Getafe. La elección ha recaído en otra candidata que ya conocía el recurso.

Un abrazo,
Equipo de Selección · Fundación Raíces
""", company="Fundación Raíces", role="Educador/a Social")

R("Candidatura QA Tester",
  ("Laura Méndez", "laura.mendez@byteandes.example"),
  """
Alex, buen día.

Después de revisar tu prueba, te informamos que no pasaste a la siguiente etapa del proceso de QA
Tester. Te dejamos un par de comentarios: los casos de prueba estaban bien planteados, pero faltó
cubrir los escenarios negativos de la API.

Gracias por participar,
Laura Méndez
Byteandes
""", company="Byteandes", role="QA Tester", cname="Laura Méndez",
  cemail="laura.mendez@byteandes.example")

R("Puesto Técnico/a de Laboratorio",
  ("Instituto Biomédico Serrano", "rrhh@ibserrano.example"),
  """
Buenos días,

Tenemos que decirte que hemos incorporado a otra persona para el puesto de Técnico/a de
Laboratorio. Te agradecemos tu interés y te deseamos suerte en tu búsqueda.

Atentamente,
RRHH Instituto Biomédico Serrano
""", company="Instituto Biomédico Serrano", role="Técnico/a de Laboratorio")

R("Actualización de proceso",
  ("Recruiting Zentra", "recruiting@zentra.example"),
  """
Hola Alex,

Gracias por tu paciencia. Tras la última ronda, lamentamos comunicarte que no vamos a continuar con
tu proceso de Customer Success Manager. El puesto requiere experiencia gestionando cuentas
enterprise en LATAM, y optamos por un perfil con ese recorrido.

Equipo de Recruiting · Zentra
https://zentra.example/careers
""", fmt="html", company="Zentra", role="Customer Success Manager",
  url="https://zentra.example/careers",
  pre="Una actualización sobre tu proceso en Zentra",
  footer="Zentra Inc. · Ciudad de México · Privacidad · Cancelar suscripción")

# --------------------------------------------------------------------------------------------
# Hard look-alikes (not rejections)
# --------------------------------------------------------------------------------------------

L("Perdón por la demora – búsqueda Analista Funcional",
  ("Mariana Quiroga", "mariana@softpampa.example"),
  """
Hola Alex, ¿cómo estás?

Lamentamos mucho la demora en responderte. La búsqueda se demoró por temas internos, pero quería
contarte que seguís en el proceso y la semana próxima te vamos a proponer fecha para la entrevista
con el equipo técnico.

Gracias por la paciencia,
Mariana
""")

L("Cambio de fecha de tu entrevista",
  ("Selección Grupo Alfaro", "seleccion@grupoalfaro.example"),
  """
Hola Alex,

Lamentablemente tenemos que mover la entrevista del jueves: la responsable del área tiene un
viaje imprevisto. ¿Te vendría bien el lunes 1 a las 10:00 o el martes 2 a las 16:00?

Disculpa las molestias.
Equipo de Selección · Grupo Alfaro
""")

L("Tu candidatura en Logística Ágora",
  ("Natalia Prieto", "natalia.prieto@agora.example"),
  """
Hola Alex,

Te cuento que la posición de Jefe/a de Almacén se ha cubierto internamente. Tu candidatura para el
puesto de Analista BI, en cambio, sigue en curso: esta semana te llegará la invitación a la prueba
técnica.

Un saludo,
Natalia Prieto
""")

L("¡Bienvenida a Celeste Cosmética!",
  ("Celeste Cosmética RRHH", "rrhh@celeste.example"),
  """
Hola Alex:

¡Nos complace ofrecerte el puesto de Key Account Manager! Adjuntamos la carta oferta con las
condiciones. Lamentablemente no podemos mover la fecha de incorporación más allá del 15 de enero,
así que te pedimos confirmación antes del viernes.

Un abrazo,
Carolina Ibáñez
""")

L("12 nuevas ofertas de Contable en Sevilla",
  ("Alertas Empleate", "alertas@empleate.test"),
  """
Hola Alex, estas son las nuevas ofertas que coinciden con tu alerta "contable sevilla":

• Contable senior — Aceites Giralda — "No se descartarán candidaturas sin experiencia en SAP"
• Técnico/a contable — Grupo Bética — Jornada completa
• Administrativo/a contable — Asesoría Triana — Incorporación inmediata

Ver todas las ofertas
Gestionar alertas · Darse de baja
""", fmt="html")

L("Oportunidad Tech Lead - remoto",
  ("Bruno Castells", "bruno@headhunt.example"),
  """
Hola Alex,

Vi tu perfil y creo que encajarías muy bien en una posición de Tech Lead para una fintech con sede
en Barcelona (100% remoto, 70-80k). ¿Te apetece que hablemos 15 minutos esta semana?

Bruno Castells
Headhunt Partners
""")

L("Newsletter Busca Empleo #47: cómo encajar un 'no'",
  ("Busca Empleo Newsletter", "news@buscaempleo.test"),
  """
Hola Alex,

Esta semana hablamos de algo que todos hemos recibido: el correo que empieza con "Lamentamos
comunicarte que no has sido seleccionado". Tres lectoras nos cuentan qué hicieron después:

1. Pedir feedback concreto: "no seguimos con tu candidatura" no es el final de la conversación.
2. Reescribir el CV para el siguiente proceso.
3. Volver a postular a la misma empresa seis meses después.

¡Nos leemos el martes!
Busca Empleo · Cancelar suscripción
""")

L("Piso calle Almendro 14",
  ("Inmobiliaria Casavista", "alquileres@casavista.example"),
  """
Hola Alex,

Gracias por tu interés en el piso de la calle Almendro. Lamentamos informarte de que el
propietario ha elegido a otro inquilino, cuya solicitud llegó antes con toda la documentación.

Te avisaremos si entra algo similar en la zona.

Inmobiliaria Casavista
""")

L("Resolución de su solicitud de préstamo",
  ("Caja Rural Serranía", "prestamos@cajaserrania.example"),
  """
Estimado cliente:

Tras el estudio de su solicitud de préstamo personal, lamentamos comunicarle que no ha sido
aprobada, ya que el ratio de endeudamiento supera el límite permitido.

Atentamente,
Departamento de Riesgos
""")

L("Adjudicación de plaza escolar curso 2027-28",
  ("Consejería de Educación - Escolarización", "escolarizacion@educacion.example"),
  """
Estimada familia:

Le comunicamos que la solicitud de plaza para el alumno/a en el centro elegido en primera opción
no ha sido admitida por falta de vacantes. Se le ha adjudicado plaza en el centro de segunda
opción (CEIP Los Olivos).

Servicio de Escolarización
""")

L("Decisión editorial – Manuscrito RIS-2026-118",
  ("Revista Iberoamericana de Sociología", "editor@ris.example"),
  """
Estimado Dr. Moreno:

Lamentamos informarle que, tras la revisión por pares, el comité editorial ha decidido no aceptar
su manuscrito "Trayectorias laborales de jóvenes migrantes" para su publicación. Adjuntamos los
comentarios de los revisores.

Atentamente,
Dra. Elvira Cano, Editora
""")

L("Resolución convocatoria ayudas a proyectos culturales 2026",
  ("Diputación Provincial - Cultura", "cultura@diputacion.example"),
  """
Expediente: CUL-2026-0388

En relación con su solicitud de subvención para el proyecto "Festival de Cortos Rurales", se le
notifica que la Comisión de Valoración ha resuelto desestimarla por no alcanzar la puntuación
mínima exigida en las bases de la convocatoria.

Contra esta resolución podrá interponer recurso potestativo de reposición en el plazo de un mes.
""", fmt="latin1")

L("Tu propuesta de charla para DevFest Norte",
  ("Comité DevFest Norte", "cfp@devfestnorte.example"),
  """
Hola Alex,

Gracias por enviar tu propuesta "Observabilidad sin dolor". Este año recibimos más de 300
propuestas y lamentablemente la tuya no ha sido seleccionada para el programa.

¡Esperamos verte entre el público!
Comité de Programa
""")

L("Solicitud de seguro de hogar",
  ("Seguros Faro", "atencion@segurosfaro.example"),
  """
Estimado Sr. Moreno:

Tras revisar la información aportada, lamentamos comunicarle que su solicitud de seguro de hogar
ha sido rechazada por no cumplir los criterios de suscripción.

Seguros Faro
""")

L("Solicitud de alta – Club de Pádel La Dehesa",
  ("Club de Pádel La Dehesa", "secretaria@padeldehesa.example"),
  """
Hola Alex,

La junta ha revisado las solicitudes de nuevos socios. Por ahora la lista está completa y tu
solicitud no ha sido aceptada; te hemos apuntado en la lista de espera.

Secretaría del Club
""")

L("Confirmación: has retirado tu candidatura",
  ("Vitalia Talent", "no-reply@vitalia.example"),
  """
Hola Alex,

Te confirmamos que has retirado tu candidatura al puesto de Analista de Pricing. Ya no participarás
en este proceso de selección.

Si cambias de opinión, puedes volver a inscribirte mientras la oferta siga abierta.

Vitalia Talent
""")

L("Re: Oferta Analista Senior",
  ("Gonzalo Arias", "gonzalo.arias@mercurio.example"),
  """
Hola Alex,

Lamentamos que hayas decidido no aceptar nuestra oferta, aunque entendemos tus motivos. La puerta
queda abierta para el futuro.

Un abrazo,
Gonzalo

El mar, 18 nov 2026, Alex Moreno <alex.moreno@correo.test> escribió:
> Gonzalo, muchas gracias por la oferta. Tras pensarlo mucho he decidido no aceptarla: me han
> hecho una contrapropuesta que no puedo rechazar. Lamento las molestias.
""")

L("Candidatos Técnico de Soporte – siguientes pasos",
  ("Eva Guerrero", "eva.guerrero@redsol.example"),
  """
Hola Alex,

Como vas a estar en el panel del jueves, te paso el resumen del proceso de Técnico de Soporte:

- Javier Ruiz: hemos decidido no continuar con él, no tiene disponibilidad para turnos.
- Marta León: pasa a entrevista final contigo.
- Diego Pardo: pendiente de la prueba técnica.

Cuando termines las entrevistas, rellena la scorecard en el ATS, por favor.

Eva
People Partner · Redsol
""")

L("Tu proceso en Alfalfa Robotics",
  ("Talent Alfalfa Robotics", "talent@alfalfa.example"),
  """
Hola Alex,

Lamentablemente el proceso de Ingeniero/a de Control se ha retrasado: aún no hemos tomado una
decisión y calculamos tener respuesta a mediados de diciembre. Tu candidatura sigue activa.

Gracias por la paciencia,
Talent · Alfalfa Robotics
""")

L("¡Has superado la primera fase!",
  ("Selección Hospital Vega Alta", "seleccion@hvegaalta.example"),
  """
Estimado/a Alex:

Le comunicamos que ha superado la fase de valoración curricular del proceso de Técnico/a de
Radiología. Lamentablemente no podemos ofrecer fechas de tarde para la prueba práctica: se
celebrará el 9 de diciembre a las 9:00 en el aula 3.

Servicio de Selección
""")

L("Hemos recibido tu candidatura",
  ("Ecomarket Empleo", "no-reply@ecomarket.example"),
  """
Hola Alex,

¡Gracias por inscribirte en la oferta de Reponedor/a! Hemos recibido tu candidatura correctamente.

Si en un plazo de 30 días no recibes noticias nuestras, entiende que en esta ocasión tu perfil no
ha sido seleccionado. Mientras tanto, puedes seguir el estado en tu área privada.

Ecomarket
""")

L("Licitación servicio de limpieza – Lote 2",
  ("Contratación Hospital Comarcal", "contratacion@hcomarcal.example"),
  """
Estimados señores:

Les comunicamos que la oferta presentada por su empresa para el Lote 2 (limpieza de consultas
externas) no ha resultado adjudicataria. El contrato se ha adjudicado a la empresa con mayor
puntuación conforme al pliego.

Mesa de Contratación
""")

L("Nombramiento nueva Jefa de Ventas Zona Norte",
  ("Comunicación Interna Grupo Ferrol", "comunicacion@grupoferrol.example"),
  """
Hola a todos,

Nos alegra anunciar que Carmen Ruiz ocupará el puesto de Jefa de Ventas Zona Norte a partir del 1
de diciembre. Queremos agradecer a todas las personas que se presentaron al proceso interno.

¡Enhorabuena, Carmen!
Comunicación Interna
""")

L("Admisión Máster en Finanzas 2027",
  ("Admisiones Escuela de Negocios Mirador", "admisiones@emirador.example"),
  """
Estimado Alex:

Tras evaluar tu solicitud, lamentamos comunicarte que no has sido admitido en el Máster en
Finanzas para la promoción 2027. El número de solicitudes ha superado ampliamente las plazas.

Oficina de Admisiones
""")

L("Solicitud de vacaciones denegada",
  ("Portal del Empleado", "portal.empleado@ondatel.example"),
  """
Hola Alex,

Tu responsable ha rechazado tu solicitud de vacaciones del 22/12 al 02/01.
Motivo: coincide con el cierre anual y ya hay dos personas del equipo fuera.

Puedes enviar una nueva solicitud desde el Portal del Empleado.
""")

L("Gracias por la entrevista",
  ("Andrea Solís", "andrea.solis@quimicasur.example"),
  """
Hola Alex,

Muchas gracias por la entrevista de hoy. Lamentablemente aún nos quedan dos candidatos por ver,
así que te daremos una respuesta la próxima semana.

Saludos,
Andrea Solís
""")

L("Beca bootcamp Full Stack",
  ("Academia Codeandina", "becas@codeandina.example"),
  """
Hola Alex,

Gracias por aplicar a la beca del bootcamp Full Stack. En esta edición no has obtenido la beca,
pero puedes inscribirte con un 20% de descuento hasta el viernes.

Equipo Codeandina
""")

L("Re: retiro mi candidatura",
  ("Pilar Navas", "pilar.navas@editorialsol.example"),
  """
Entendido, Alex. Gracias por avisar con tiempo y mucha suerte en el nuevo trabajo.

Pilar

El 19/11/2026, Alex Moreno escribió:
> Hola Pilar, lamentablemente he decidido no continuar en el proceso de Editor/a Junior porque he
> aceptado otra oferta. Gracias por todo.
""")

L("Tu perfil ha sido visto",
  ("Redprofesional", "notificaciones@redprofesional.test"),
  """
Hola Alex, 3 empresas han visto tu perfil esta semana.

Lamentablemente no podemos mostrarte quién sin una cuenta Premium. Prueba gratis 30 días.

Empleos recomendados para ti: Analista de Datos (Madrid), Data Scientist (remoto).
""", fmt="html")

L("Ampliación de plazo: bolsa de Administrativo/a",
  ("Ayuntamiento de Robledal - Empleo", "empleo@robledal.example"),
  """
Estimado/a interesado/a:

Le informamos de que el plazo de presentación de solicitudes para la bolsa de Administrativo/a se
amplía hasta el 15 de diciembre. Las solicitudes ya presentadas se mantienen válidas y no es
necesario volver a presentarlas.

Área de Personal
""")

# --------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words (N = normal)
# --------------------------------------------------------------------------------------------

N("Nómina noviembre 2026 disponible",
  ("Portal del Empleado", "nominas@ondatel.example"),
  """
Hola Alex, ya tienes disponible tu nómina de noviembre en el Portal del Empleado.
Recuerda que la paga extra se abonará el 20 de diciembre.
""")

N("Reunión de equipo – planificación Q1",
  ("Marta Gil", "marta.gil@ondatel.example"),
  """
Hola equipo, el martes a las 10:00 revisamos la planificación del Q1 y las vacantes que vamos a
abrir. Traed vuestras propuestas.
Marta
""")

N("Curso de prevención de riesgos laborales",
  ("Formación Ondatel", "formacion@ondatel.example"),
  """
Hola Alex, te recordamos que el curso obligatorio de prevención de riesgos laborales vence el 31
de diciembre. Puedes completarlo en la plataforma de formación.
""")

N("Feria de Empleo Universitaria 2026",
  ("Servicio de Empleo Universidad del Valle Norte", "empleo@univalle-norte.example"),
  """
¡Llega la Feria de Empleo! Más de 60 empresas, talleres de CV y simulacros de entrevista.
Jueves 4 de diciembre, pabellón polideportivo. Inscríbete en el portal de empleo.
""", fmt="html")

N("Tu CV se ha actualizado",
  ("Empleate.test", "avisos@empleate.test"),
  """
Hola Alex, hemos guardado los cambios de tu CV. Un perfil completo recibe hasta 3 veces más
visitas de empresas.
""")

N("¿Me recomiendas en tu empresa?",
  ("Joaquín Serra", "joaquin.serra@correo.test"),
  """
Hola Alex! He visto que en tu empresa buscan un desarrollador Android. ¿Te importaría pasar mi CV
a recursos humanos? Te invito a unas cañas 😄
Joaquín
""")

N("Renovación de contrato",
  ("RRHH Ondatel", "rrhh@ondatel.example"),
  """
Hola Alex, te adjuntamos la renovación de tu contrato hasta el 31/12/2027 para que la firmes
digitalmente. Cualquier duda, nos dices.
Recursos Humanos
""")

N("Evaluación de desempeño 2026",
  ("People Ondatel", "people@ondatel.example"),
  """
Hola Alex, se abre el ciclo de evaluación de desempeño. Completa tu autoevaluación antes del 12 de
diciembre y agenda la reunión con tu responsable.
""")

N("Invitación: Entrevista con candidata – Soporte N2",
  ("Calendario", "calendar@ondatel.example"),
  """
Has sido invitado a: Entrevista con candidata – Soporte N2
Cuándo: jueves 27 nov 2026, 12:00 – 13:00
Dónde: Sala Faro / Meet
Organizador: Eva Guerrero
""")

N("Tu pedido ha sido enviado",
  ("Tienda Papelera", "pedidos@papelera.example"),
  """
Hola Alex, tu pedido #44812 (agenda 2027 y cuaderno de entrevistas) ya está en camino. Lo
recibirás en 48-72 h.
""")

N("Boletín RRHH Hoy: tendencias de selección 2027",
  ("RRHH Hoy", "boletin@rrhhhoy.test"),
  """
En este número: la IA en los procesos de selección, el auge del trabajo híbrido y cómo reducir el
tiempo de contratación. Además, entrevista a la directora de talento de una gran cadena hotelera.
Darse de baja
""", fmt="html")

N("Certificado de empresa",
  ("Gestoría Martín", "info@gestoriamartin.example"),
  """
Hola Alex, te enviamos el certificado de empresa que nos pediste para el SEPE. Revisa que las
fechas del contrato estén bien.
Un saludo
""")

N("Recordatorio: declaración de la renta",
  ("Asesoría Fiscal Norte", "renta@asesorianorte.example"),
  """
Hola Alex, si has cambiado de trabajo este año, recuerda enviarnos los certificados de retenciones
de ambos empleadores para preparar la declaración.
""")

N("Onboarding: tu primer día",
  ("People Team Kubo", "people@kubo.example"),
  """
¡Hola Alex! Tu primer día en Kubo es el lunes 1 de diciembre. Te esperamos a las 9:30 en
recepción; trae tu DNI y el número de cuenta para la nómina.
""")

N("Oferta de trabajo: Almacén fin de semana",
  ("Grupo de WhatsApp Barrio", "avisos@barrio.test"),
  """
Reenviado del grupo del barrio: buscan mozo de almacén para fines de semana en el polígono. Si
alguien está interesado que llame al 600 000 000.
""")

N("Webinar: prepara tu entrevista en inglés",
  ("Academia Lingua", "eventos@lingua.example"),
  """
Este miércoles a las 19:00, webinar gratuito para preparar entrevistas de trabajo en inglés.
Reserva tu plaza: quedan 40.
""")

N("Cambio de turno diciembre",
  ("Supervisión Hospital Vega Alta", "supervision@hvegaalta.example"),
  """
Hola Alex, se ha aprobado tu cambio de turno con Rocío para el 14 de diciembre. Queda reflejado
en el cuadrante.
""")

N("Tu suscripción Premium ha sido renovada",
  ("Redprofesional", "facturacion@redprofesional.test"),
  """
Hola Alex, hemos renovado tu suscripción Premium Carrera por 29,99 €. Sigue destacando en las
búsquedas de reclutadores.
""")

N("Reunión con el tutor de prácticas",
  ("Prácticas Externas UVN", "practicas@univalle-norte.example"),
  """
Hola Alex, tu tutor académico de prácticas te propone reunión el 3 de diciembre para revisar la
memoria intermedia. Confirma asistencia respondiendo a este correo.
""")

N("Cena de Navidad del equipo",
  ("Lola Marín", "lola.marin@ondatel.example"),
  """
Chicos, ya tenemos restaurante para la cena de Navidad: viernes 19 a las 21:00. Apuntaos en la
hoja antes del lunes, que tenemos que confirmar plazas.
""")


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

def _html(m: dict) -> str:
    parts = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>",
             html.escape(m["subj"]), "</title></head><body style=\"font-family:Arial\">"]
    if m["pre"]:
        parts.append('<div style="display:none;max-height:0;overflow:hidden;opacity:0">'
                     + html.escape(m["pre"]) + "</div>")
    parts.append('<table role="presentation" width="100%"><tr><td>')
    for para in m["body"].split("\n\n"):
        parts.append("<p>" + "<br>".join(html.escape(x) for x in para.split("\n")) + "</p>")
    if m["table"]:
        parts.append('<table border="1" cellpadding="6" style="border-collapse:collapse">')
        for i, row in enumerate(m["table"]):
            tag = "th" if i == 0 else "td"
            parts.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row)
                         + "</tr>")
        parts.append("</table>")
    parts.append("</td></tr></table>")
    if m["footer"]:
        parts.append('<p style="font-size:10px;color:#999">' + html.escape(m["footer"]) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _text(m: dict) -> str:
    text = m["body"]
    if m["table"]:
        text += "\n\n" + "\n".join(" | ".join(r) for r in m["table"])
    if m["footer"]:
        text += "\n\n" + m["footer"]
    return text + "\n"


def build_message(i: int, m: dict) -> bytes:
    msg = EmailMessage()
    name, addr = m["frm"]
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = f"{m['to'][0]} <{m['to'][1]}>"
    msg["Subject"] = m["subj"]
    when = datetime(2026, 11, 1 + i % 27, 8 + i % 10, (i * 7) % 60, tzinfo=timezone(timedelta(hours=1)))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<dev5-es-{i:04d}@{addr.split('@')[1]}>"
    msg["MIME-Version"] = "1.0"
    fmt = m["fmt"]
    if fmt == "plain":
        msg.set_content(_text(m), charset="utf-8", cte="8bit")
    elif fmt == "qp":
        msg.set_content(_text(m), charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(_text(m), charset="utf-8", cte="base64")
    elif fmt == "latin1":
        msg.set_content(_text(m), charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "html":
        msg.set_content(_html(m), subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "alt":
        msg.set_content(_text(m), charset="utf-8", cte="quoted-printable")
        msg.add_alternative(_html(m), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        raise ValueError(fmt)
    return msg.as_bytes(policy=policy.SMTP)


def labels() -> list[dict]:
    out = []
    for i, m in enumerate(MESSAGES, 1):
        rej = m["kind"] == "rejection"
        out.append({
            "file": f"{i:04d}.eml", "is_rejection": rej,
            "company": m["company"] if rej else None, "role": m["role"] if rej else None,
            "contact_name": m["cname"] if rej else None,
            "contact_email": m["cemail"] if rej else None,
            "careers_url": m["url"] if rej else None, "lang": "es", "kind": m["kind"],
        })
    return out


def build() -> None:
    MSG_DIR.mkdir(parents=True, exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    for i, m in enumerate(MESSAGES, 1):
        (MSG_DIR / f"{i:04d}.eml").write_bytes(build_message(i, m))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def check() -> int:
    rows = [json.loads(x) for x in (HERE / "labels.jsonl").read_text("utf-8").splitlines() if x]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    names = [r["file"] for r in rows]
    problems = []
    if sorted(names) != files or len(set(names)) != len(names):
        problems.append("labels and messages do not match 1:1")
    for r in rows:
        raw = (MSG_DIR / r["file"]).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            problems.append(f"{r['file']}: empty body")
        if r["is_rejection"] != (r["kind"] == "rejection"):
            problems.append(f"{r['file']}: kind/label mismatch")
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("rejection", "lookalike", "ordinary")}
    print(f"{len(rows)} messages {kinds}; problems: {len(problems)}")
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
    print(f"wrote {len(MESSAGES)} messages")
