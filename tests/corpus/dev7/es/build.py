"""Build the dev7/es corpus: Spanish rejection mail as real senders write it (round 7).

Deterministic: writes messages/NNNN.eml and labels.jsonl next to this file.
`python build.py --check` parses every message back and checks labels 1:1.
All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = "Candela Ríos <candela.rios@correo.example>"
AUTO = object()
MSGS: list[dict] = []


def _add(kind, subject, sender, body, *, company=None, role=None, contact=None,
         cemail=AUTO, url=None, fmt="plain", html=None, quote=None, fwd=None,
         tier=None, to=OWNER):
    if cemail is AUTO:
        cemail = None
        if contact and "<" in sender:
            addr = sender.split("<", 1)[1].rstrip(">")
            if not any(w in addr for w in ("no-reply", "noreply", "no_responder", "notificaciones")):
                cemail = addr
    MSGS.append(dict(kind=kind, subject=subject, sender=sender, body=body, company=company,
                     role=role, contact=contact, cemail=cemail, url=url, fmt=fmt, html=html,
                     quote=quote, fwd=fwd, tier=tier, to=to))


def rej(subject, sender, body, **kw):
    kw.setdefault("tier", "common")
    _add("rejection", subject, sender, body, **kw)


def rare(subject, sender, body, **kw):
    kw["tier"] = "rare"
    _add("rejection", subject, sender, body, **kw)


def look(subject, sender, body, **kw):
    _add("lookalike", subject, sender, body, **kw)


def ordi(subject, sender, body, **kw):
    _add("ordinary", subject, sender, body, **kw)


# ---------------------------------------------------------------------------
# Common template phrasings (about 80)
# ---------------------------------------------------------------------------

# A. "lamentamos comunicarte que no has sido seleccionado/a"
rej("Tu candidatura a Técnico/a de Nóminas", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Gracias por tu interés en formar parte de Grupo Almendral y por el tiempo dedicado a nuestro proceso de selección para el puesto de Técnico/a de Nóminas.

Lamentamos comunicarte que en esta ocasión no has sido seleccionada para continuar en el proceso.

Guardaremos tu currículum en nuestra base de datos para futuras oportunidades que encajen con tu perfil. Puedes consultar nuestras ofertas en https://empleo.almendral.example/ofertas

Un saludo,
Equipo de Selección
Grupo Almendral""", company="Grupo Almendral", role="Técnico/a de Nóminas",
    url="https://empleo.almendral.example/ofertas", fmt="alt")

rej("Proceso de selección - Administrativo/a contable", "Marta Cifuentes <mcifuentes@logisticatajo.example>",
    """Estimada Candela,

Le agradecemos sinceramente el interés mostrado en la vacante de Administrativo/a contable de Logística Tajo.

Lamentamos informarle de que, tras valorar todas las candidaturas recibidas, no ha sido seleccionada para la siguiente fase del proceso.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,
Marta Cifuentes
Responsable de Recursos Humanos
Logística Tajo, S.L.""", company="Logística Tajo", role="Administrativo/a contable", contact="Marta Cifuentes")

rej("Actualización sobre tu candidatura", "Talento Nexo Digital <notificaciones@nexodigital.example>",
    """Hola Candela,

Muchas gracias por postularte a la posición de Diseñadora UX/UI en Nexo Digital.

Sentimos mucho comunicarte que en esta ocasión no has resultado seleccionada. Hemos recibido un gran número de candidaturas y la decisión no ha sido fácil.

Te animamos a seguir atenta a nuestras próximas ofertas.

¡Mucho éxito!
El equipo de Talento de Nexo Digital""", company="Nexo Digital", role="Diseñadora UX/UI", fmt="html")

rej("Re: Entrevista Responsable de Tienda", "Jorge Alcalde <jorge.alcalde@mercadosolmeda.example>",
    """Hola Candela,

Te escribo para darte respuesta tras la entrevista de la semana pasada. Lamento decirte que finalmente no has sido la persona seleccionada para el puesto de Responsable de Tienda en Alcorcón.

Nos gustó mucho conocerte y, si te parece bien, mantendremos tu candidatura para próximas aperturas.

Un abrazo,
Jorge Alcalde
Área de Personas - Mercados Olmeda""", company="Mercados Olmeda", role="Responsable de Tienda",
    contact="Jorge Alcalde",
    quote=("El jue, 5 nov 2026 a las 17:02, Candela Ríos <candela.rios@correo.example> escribió:",
           "Hola Jorge,\n\nMuchas gracias por la entrevista de hoy, fue un placer conoceros.\nQuedo a la espera de noticias.\n\nCandela"))

rej("Su solicitud - Enfermera/o Unidad de Hospitalización", "RRHH Clínica San Rafael <seleccion@clinicasanrafael.example>",
    """Estimada Sra. Ríos:

En relación con su solicitud para el puesto de Enfermera/o en la Unidad de Hospitalización, lamentamos comunicarle que su candidatura no ha sido seleccionada en este proceso.

Agradecemos el interés mostrado en nuestra institución.

Reciba un cordial saludo.

Departamento de Recursos Humanos
Clínica San Rafael""", company="Clínica San Rafael", role="Enfermera/o Unidad de Hospitalización", fmt="alt")

rej("Gracias por tu interés en Hotel Bahía Clara", "Lorena Vidal <lorena.vidal@bahiaclara.example>",
    """Hola Candela:

Gracias por presentarte a la oferta de Recepcionista de noche. Lamentablemente te comunicamos que no has sido elegida para esta posición.

Un saludo cordial,

Lorena Vidal
Recursos Humanos | Hotel Bahía Clara
www.bahiaclara.example/trabaja-con-nosotros""", company="Hotel Bahía Clara", role="Recepcionista de noche",
    contact="Lorena Vidal", url="http://www.bahiaclara.example/trabaja-con-nosotros")

# B. "hemos decidido continuar con otros candidatos cuyo perfil se ajusta más"
rej("Tu candidatura para Data Analyst en Laboratorios Quimera", "Laboratorios Quimera <no-reply@quimera.greenhouse-mail.example>",
    """Hola Candela,

Gracias por tu interés en Laboratorios Quimera y por el tiempo que has dedicado a presentar tu candidatura para el puesto de Data Analyst.

Tras revisar detenidamente tu perfil, hemos decidido continuar con otros candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.

Te animamos a consultar nuestras vacantes en https://careers.quimera.example y a postularte de nuevo en el futuro.

Saludos cordiales,
Equipo de Talent Acquisition
Laboratorios Quimera""", company="Laboratorios Quimera", role="Data Analyst",
    url="https://careers.quimera.example", fmt="alt")

rej("Desarrollador/a Backend (Java) - Editorial Peñalara", "Iván Serrano <ivan.serrano@penalara.example>",
    """Hola Candela,

Quería agradecerte personalmente el tiempo que dedicaste a las entrevistas con el equipo.

Después de mucho pensarlo, hemos decidido seguir adelante con otra candidata cuyo perfil encaja mejor con lo que necesitamos ahora mismo en el equipo de plataforma.

Ha sido un proceso muy reñido y de verdad valoramos tu trabajo en la prueba técnica.

Un saludo,
Iván Serrano
CTO · Editorial Peñalara""", company="Editorial Peñalara", role="Desarrollador/a Backend (Java)", contact="Iván Serrano")

rej("Proceso de selección Textiles Albufera", "Textiles Albufera - Selección <seleccion@albufera.example>",
    """Estimada Candela:

Queremos agradecerle su participación en el proceso de selección para el puesto de Técnica de Calidad.

Una vez analizadas todas las candidaturas, le informamos de que hemos decidido continuar el proceso con otros perfiles que se adecuan más a los requisitos de la posición.

Conservaremos sus datos, con su consentimiento, para futuros procesos.

Atentamente,
Departamento de Personas
Textiles Albufera""", company="Textiles Albufera", role="Técnica de Calidad", fmt="html")

rej("Actualización de tu proceso - Account Executive", "Seguros Pampa <no-reply@pampa.workday-mail.example>",
    """Hola Candela,

Te agradecemos el interés en la posición de Account Executive en Seguros Pampa.

Luego de una evaluación cuidadosa, decidimos avanzar con otros candidatos cuyos perfiles se alinean más con los requisitos de la búsqueda.

Te deseamos mucho éxito en tu carrera profesional.

Saludos,
Equipo de Atracción de Talento
Seguros Pampa""", company="Seguros Pampa", role="Account Executive", fmt="alt")

rej("Tu candidatura en Fundación Horizonte Verde", "Paula Méndez <paula.mendez@horizonteverde.example>",
    """Hola Candela:

Muchas gracias por tu candidatura para la plaza de Técnica de Proyectos de Cooperación.

Tras estudiar con atención todos los perfiles, hemos optado por continuar con candidaturas que tienen más experiencia en terreno en América Latina, que era un requisito importante para esta plaza.

Esperamos volver a coincidir en futuras convocatorias.

Un fuerte abrazo,
Paula Méndez
Coordinadora de Personas
Fundación Horizonte Verde""", company="Fundación Horizonte Verde", role="Técnica de Proyectos de Cooperación",
    contact="Paula Méndez")

rej("Candidatura Ingeniera de Obra", "Constructora Andina <talento@constructoraandina.example>",
    """Buenos días Candela,

Le agradecemos por su interés en trabajar con Constructora Andina S.A.S. y por participar en nuestro proceso para el cargo de Ingeniera de Obra.

Después de analizar cuidadosamente su hoja de vida, hemos decidido continuar con otros candidatos que se ajustan más al perfil requerido para el cargo.

Cordialmente,
Gestión Humana
Constructora Andina S.A.S.""", company="Constructora Andina", role="Ingeniera de Obra", fmt="alt")

rej("Your application / Tu candidatura - Product Manager", "Recruiting Estudio Lumbre <no-reply@lumbre.personio.example>",
    """Hola Candela,

Gracias por aplicar a la posición de Product Manager en Estudio Lumbre. Hemos revisado tu candidatura con atención.

En esta ocasión, hemos decidido seguir adelante con otras candidaturas que encajan mejor con lo que buscamos para el rol.

Nos encantaría seguir en contacto: https://lumbre.example/empleo

Un saludo,
El equipo de Estudio Lumbre""", company="Estudio Lumbre", role="Product Manager",
    url="https://lumbre.example/empleo", fmt="html")

rej("Re: Vacante Auxiliar de Farmacia", "Rocío Benítez <rocio@farmaciabenitez.example>",
    """Hola Candela, buenas tardes.

Muchas gracias por venir el martes. Al final hemos decidido continuar con otra candidata que ya tenía experiencia con nuestro programa de gestión.

Te deseo lo mejor, de verdad.

Rocío Benítez
Farmacia Benítez""", company="Farmacia Benítez", role="Auxiliar de Farmacia", contact="Rocío Benítez",
    quote=("El 10/11/2026 a las 9:15, Candela Ríos escribió:",
           "Buenos días Rocío,\n\n¿Hay alguna novedad sobre la vacante? Gracias.\n\nCandela"))

# C. "tu perfil no se ajusta / no encaja"
rej("Gracias por tu candidatura", "Banco Cordillera - Selección <no-reply@cordillera.successfactors.example>",
    """Estimada Candela:

Agradecemos tu interés en el cargo de Analista de Riesgo de Crédito en Banco Cordillera.

Luego de revisar tus antecedentes, te informamos que tu perfil no se ajusta a los requisitos que buscamos para este cargo, por lo que no continuarás en el proceso.

Te invitamos a revisar otras oportunidades en https://trabajaconnosotros.cordillera.example

Saludos cordiales,
Gerencia de Personas
Banco Cordillera""", company="Banco Cordillera", role="Analista de Riesgo de Crédito",
    url="https://trabajaconnosotros.cordillera.example", fmt="alt")

rej("Oferta Comercial de Zona Norte", "Álvaro Pinto <alvaro.pinto@ferreteriaruiz.example>",
    """Hola Candela:

He revisado tu currículum con interés, pero tu perfil no encaja con lo que buscamos ahora mismo para el puesto de Comercial de Zona Norte: necesitamos a alguien con carnet C y experiencia en suministro industrial.

Gracias de todos modos y mucha suerte.

Álvaro Pinto
Ferretería Ruiz e Hijos""", company="Ferretería Ruiz e Hijos", role="Comercial de Zona Norte", contact="Álvaro Pinto")

rej("Resultado del proceso - Ref. 2026-114", "Selección Hospital Comarcal del Valle <no_reply@hcvalle.example>",
    """Estimada candidata:

Le agradecemos su participación en el proceso para cubrir el puesto de Técnico/a en Cuidados Auxiliares de Enfermería (Ref. 2026-114).

Tras la valoración curricular, lamentamos comunicarle que su perfil no se adecúa a las necesidades del puesto en este momento.

Un saludo,
Unidad de Selección
Hospital Comarcal del Valle""", company="Hospital Comarcal del Valle",
    role="Técnico/a en Cuidados Auxiliares de Enfermería", fmt="html")

rej("Postulación Ejecutiva de Cuentas", "Alimentos Sierra Madre <reclutamiento@sierramadre.example>",
    """Hola Candela:

Gracias por tu interés en Grupo Alimentos Sierra Madre.

Hemos revisado tu postulación para la vacante de Ejecutiva de Cuentas Clave y, aunque tu experiencia es muy valiosa, en este momento tu perfil no coincide con lo que requiere la posición.

Te deseamos éxito,
Reclutamiento y Selección
Grupo Alimentos Sierra Madre""", company="Alimentos Sierra Madre", role="Ejecutiva de Cuentas Clave", fmt="alt")

rej("Candidatura Técnico de Sistemas", "Gestoría Llanes <info@gestoriallanes.example>",
    """Buenos días Candela,

Gracias por enviarnos tu CV para el puesto de Técnico de Sistemas. Lo hemos valorado, pero lamentablemente tu perfil no se ajusta a lo que estamos buscando en esta ocasión.

Un saludo,
Gestoría Llanes""", company="Gestoría Llanes", role="Técnico de Sistemas")

# D. "no podremos / no vamos a continuar con tu candidatura"
rej("Tu proceso con Nexo Digital", "Sara Quintana <sara.quintana@nexodigital.example>",
    """Hola Candela,

Gracias por la conversación del otro día y por completar el caso práctico para Frontend Developer.

Te escribo para decirte que no vamos a continuar con tu candidatura. El equipo ha valorado muy positivamente tu código, pero buscamos a alguien con más experiencia liderando proyectos en React Native.

Si quieres, te puedo compartir feedback más detallado en una llamada.

Un saludo,
Sara Quintana
Talent Partner · Nexo Digital""", company="Nexo Digital", role="Frontend Developer", contact="Sara Quintana")

rej("Oferta: Camarero/a de sala (temporada de verano)", "Hotel Bahía Clara <empleo@bahiaclara.example>",
    """Hola Candela:

Te agradecemos que te hayas inscrito en nuestra oferta de Camarero/a de sala.

Por desgracia, no podremos continuar con tu candidatura en esta ocasión, ya que hemos completado la plantilla para la temporada.

Un saludo,
RRHH Hotel Bahía Clara""", company="Hotel Bahía Clara", role="Camarero/a de sala")

rej("Actualización: Consultor/a SAP FI", "Talentia Consultores <ana.robles@talentia.example>",
    """Hola Candela,

Te escribo en relación con el proceso de Consultor/a SAP FI para nuestro cliente del sector energético.

Tras revisar tu candidatura con el cliente, lamentablemente no vamos a poder continuar con tu proceso, ya que han priorizado perfiles con experiencia en S/4HANA.

Seguimos en contacto para otras posiciones que encajen contigo.

Un saludo,
Ana Robles
Senior Recruiter · Talentia Consultores
Tel. +34 600 000 111""", company="Talentia Consultores", role="Consultor/a SAP FI", contact="Ana Robles",
    cemail="ana.robles@talentia.example")

rej("Tu candidatura", "Workday - Grupo Almendral <grupoalmendral@myworkday-mail.example>",
    """Estimada Candela Ríos:

Gracias por tu interés en el puesto Controller Financiero (R-20931).

Después de revisar con atención tu solicitud, lamentamos informarte de que no podremos seguir adelante con tu candidatura para esta posición.

Te animamos a revisar otras oportunidades en nuestro portal de empleo.

Atentamente,
Grupo Almendral""", company="Grupo Almendral", role="Controller Financiero", fmt="html")

rej("Puesto de Mozo/a de almacén", "Logística Tajo <rrhh@logisticatajo.example>",
    """Hola Candela:

Gracias por tu interés. Te informamos de que no podemos continuar con tu candidatura para el puesto de Mozo/a de almacén, ya que para este puesto es imprescindible disponer de carnet de carretillero en vigor.

Saludos,
RRHH Logística Tajo""", company="Logística Tajo", role="Mozo/a de almacén")

rej("Seguimiento de su candidatura", "Laura Espejo <laura.espejo@cordillera.example>",
    """Estimada Candela:

Junto con saludarla, le agradecemos su tiempo y disposición durante el proceso para el cargo de Jefa de Proyectos TI.

Lamentablemente, le comunicamos que no continuaremos con su postulación, ya que se ha decidido avanzar con otros candidatos en la etapa final.

Saluda atentamente,
Laura Espejo
Analista de Reclutamiento
Banco Cordillera""", company="Banco Cordillera", role="Jefa de Proyectos TI", contact="Laura Espejo")

# E. "la vacante ya ha sido cubierta"
rej("Re: Candidatura espontánea - Dependienta", "Tienda Alba <hola@tiendaalba.example>",
    """Hola Candela,

Muchas gracias por escribirnos y por tu interés en trabajar con nosotras. La vacante de dependienta ya ha sido cubierta, así que de momento no podemos contar contigo, pero guardamos tu CV.

Un besito,
Nuria (Tienda Alba)""", company="Tienda Alba", role="Dependienta", contact="Nuria")

rej("Puesto de Auxiliar Administrativo/a - Ref. AD-77", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela,

Te escribimos en relación con tu candidatura para Auxiliar Administrativo/a (Ref. AD-77).

Te informamos de que la posición ya ha sido cubierta y, por tanto, el proceso de selección se ha cerrado. Agradecemos sinceramente tu interés.

Saludos,
Equipo de Selección - Grupo Almendral""", company="Grupo Almendral", role="Auxiliar Administrativo/a", fmt="alt")

rej("Vacante Chofer Repartidor", "Transportes Sol del Norte <rh@soldelnorte.example>",
    """Buen día Candela:

Le agradecemos su interés en la vacante de Chofer Repartidor. Le informamos que la vacante ya fue cubierta, por lo que su solicitud no continuará en el proceso.

Atentamente,
Recursos Humanos
Transportes Sol del Norte""", company="Transportes Sol del Norte", role="Chofer Repartidor")

rej("Información sobre la oferta de Cocinero/a", "Restaurante El Trébol <trebol@eltrebol.example>",
    """Hola Candela, te escribimos para decirte que el puesto de cocinero/a que anunciamos ya está cubierto. Gracias por enviar tu currículum y mucha suerte en tu búsqueda.

Restaurante El Trébol""", company="Restaurante El Trébol", role="Cocinero/a")

# F. formal usted "su candidatura no ha sido seleccionada"
rej("Convocatoria Técnico/a de Comunicación", "Fundación Horizonte Verde <convocatorias@horizonteverde.example>",
    """Estimada Sra. Ríos:

Le agradecemos su participación en la convocatoria para cubrir la plaza de Técnico/a de Comunicación.

Le informamos de que, tras el análisis de las candidaturas presentadas, su candidatura no ha sido seleccionada para la fase de entrevistas.

Agradeciendo de nuevo su interés, reciba un cordial saludo.

Fundación Horizonte Verde""", company="Fundación Horizonte Verde", role="Técnico/a de Comunicación", fmt="alt")

rej("Candidatura Responsable de Compras", "Nuria Galán <ngalan@quimera.example>",
    """Estimada Candela:

En nombre de Laboratorios Quimera, le agradezco el interés mostrado en el puesto de Responsable de Compras.

Tras un minucioso análisis, lamento comunicarle que su candidatura no ha resultado seleccionada. Le deseamos el mayor de los éxitos en su carrera profesional.

Atentamente,

Nuria Galán
Directora de Recursos Humanos""", company="Laboratorios Quimera", role="Responsable de Compras", contact="Nuria Galán")

rej("Proceso Analista Contable Senior", "Reclutamiento Constructora Andina <no-reply@andina.computrabajo-mail.example>",
    """Hola Candela,

Gracias por participar en el proceso de selección para la vacante Analista Contable Senior.

Te informamos que tu hoja de vida no fue seleccionada para continuar en el proceso. Te invitamos a seguir postulándote a nuestras vacantes.

Atentamente,
Constructora Andina""", company="Constructora Andina", role="Analista Contable Senior", fmt="html")

rej("Solicitud de empleo - Mantenimiento", "Hotel Bahía Clara <empleo@bahiaclara.example>",
    """Estimada Candela,

Le agradecemos el envío de su solicitud para el puesto de Técnico/a de Mantenimiento. Lamentamos comunicarle que su solicitud no ha sido aceptada en esta ocasión.

Un cordial saludo,
Dirección de RRHH""", company="Hotel Bahía Clara", role="Técnico/a de Mantenimiento")

rej("Proceso de selección: Profesor/a de Inglés", "Academia Babel <direccion@academiababel.example>",
    """Hola Candela,

Queríamos agradecerte que hayas participado en el proceso para Profesor/a de Inglés (grupos de adultos).

Te comunicamos que tu candidatura no ha sido la elegida. Hemos valorado especialmente la experiencia preparando exámenes oficiales.

Un saludo,
Carmen Soler
Directora - Academia Babel""", company="Academia Babel", role="Profesor/a de Inglés", contact="Carmen Soler",
    cemail="direccion@academiababel.example")

# G. "hemos optado por / nos hemos decantado por otro/a candidato/a"
rej("Tu entrevista para Marketing Manager", "Héctor Valls <hector@estudiolumbre.example>",
    """Hola Candela!

Primero de todo, gracias por tu tiempo en las entrevistas y por la presentación que preparaste, nos pareció muy buena.

Te escribo para contarte que finalmente nos hemos decantado por otra persona para el puesto de Marketing Manager, principalmente por su experiencia previa en SaaS B2B.

Espero que nuestros caminos se crucen en el futuro.

Un abrazo,
Héctor
Cofundador, Estudio Lumbre""", company="Estudio Lumbre", role="Marketing Manager", contact="Héctor Valls")

rej("Proceso Técnico de Laboratorio", "Laboratorios Quimera <seleccion@quimera.example>",
    """Estimada Candela,

Agradecemos su participación en el proceso de selección para Técnico de Laboratorio de Control.

Finalmente hemos optado por un candidato que se ajusta en mayor medida al perfil requerido. Le deseamos mucha suerte.

Atentamente,
Laboratorios Quimera""", company="Laboratorios Quimera", role="Técnico de Laboratorio de Control")

rej("Respuesta: Puesto Administración", "Olga Ferrer <olga.ferrer@asesoriaferrer.example>",
    """Hola Candela,

Perdona la tardanza en contestarte. Hemos optado finalmente por otra candidata para el puesto de administración, una persona que ya conocía el programa de contabilidad que usamos.

Muchas gracias por tu interés y suerte.

Olga Ferrer
Asesoría Ferrer""", company="Asesoría Ferrer", role="Administración", contact="Olga Ferrer")

rej("Resultado proceso Ejecutiva Comercial", "Seguros Pampa <seleccion@pampa.example>",
    """Hola Candela, ¿cómo estás?

Te queríamos contar que, después de las entrevistas finales, nos inclinamos por otro candidato para la posición de Ejecutiva Comercial.

Te agradecemos muchísimo el tiempo y la buena predisposición durante todo el proceso.

Saludos,
Equipo de Talento - Seguros Pampa""", company="Seguros Pampa", role="Ejecutiva Comercial")

rej("Tu candidatura a Jefe/a de Sección", "Mercados Olmeda <talento@mercadosolmeda.example>",
    """Hola Candela:

Gracias por participar en nuestro proceso para Jefe/a de Sección de Frescos.

Queremos informarte de que nos hemos decantado por otros perfiles cuya trayectoria se ajusta más a lo que necesitamos en tienda en este momento.

Un saludo,
Equipo de Talento de Mercados Olmeda""", company="Mercados Olmeda", role="Jefe/a de Sección de Frescos", fmt="alt")

# H. "no continuarás / no avanzarás en el proceso / siguiente fase"
rej("Resultado de la prueba técnica", "Equipo de Selección <no-reply@penalara.smartrecruiters-mail.example>",
    """Hola Candela,

Gracias por completar la prueba técnica para el puesto de QA Engineer en Editorial Peñalara.

Tras revisar los resultados, te informamos de que no continuarás a la siguiente fase del proceso de selección.

Te agradecemos el esfuerzo y te deseamos mucha suerte.

Equipo de Selección de Editorial Peñalara""", company="Editorial Peñalara", role="QA Engineer", fmt="alt")

rej("Postulación Analista de Operaciones", "Banco Cordillera <no-reply@cordillera.successfactors.example>",
    """Hola Candela:

Gracias por tu interés en ser parte de Banco Cordillera.

Te contamos que en esta oportunidad no avanzarás a la siguiente etapa del proceso de selección para el cargo de Analista de Operaciones.

Tu información quedará registrada en nuestra base de datos.

Saludos,
Gerencia de Personas""", company="Banco Cordillera", role="Analista de Operaciones", fmt="html")

rej("Proceso Técnica de RRHH", "Carla Domínguez <carla.dominguez@talentia.example>",
    """Hola Candela,

¿Qué tal? Te escribo para darte feedback del proceso de Técnica de RRHH generalista para nuestro cliente del sector retail.

El cliente ha decidido no avanzar con tu candidatura a la siguiente fase; buscaban a alguien con más experiencia en relaciones laborales y negociación colectiva.

Me quedo con tu perfil para próximos procesos.

Un saludo,
Carla Domínguez
Talentia Consultores""", company="Talentia Consultores", role="Técnica de RRHH generalista", contact="Carla Domínguez")

rej("Estado de tu candidatura", "Grupo Alimentos Sierra Madre <no-reply@sierramadre.example>",
    """Hola Candela,

Gracias por participar en el proceso de Analista de Inteligencia Comercial.

Te informamos que no continúas en el proceso de selección. Agradecemos el tiempo invertido en las evaluaciones.

Saludos cordiales,
Talento Humano
Grupo Alimentos Sierra Madre""", company="Alimentos Sierra Madre", role="Analista de Inteligencia Comercial", fmt="alt")

rej("Fase de entrevistas - Coordinador/a de Eventos", "Ayto. Villalba del Río - Empleo <empleo@villalbadelrio.example>",
    """Buenos días:

Le comunicamos que, una vez valorados los méritos, no ha pasado a la fase de entrevista del proceso de Coordinador/a de Eventos (contrato temporal).

Gracias por su participación.

Servicio Municipal de Empleo
Ayuntamiento de Villalba del Río""", company="Ayuntamiento de Villalba del Río", role="Coordinador/a de Eventos")

rej("Tu candidatura a Operario/a de producción", "Textiles Albufera <seleccion@albufera.example>",
    """Hola Candela,

Gracias por tu candidatura al puesto de Operario/a de producción.

Te informamos de que no seguirás en el proceso de selección. Te deseamos suerte en tu búsqueda.

Textiles Albufera""", company="Textiles Albufera", role="Operario/a de producción")

# I. LatAm "no fue seleccionado / tu postulación no continuará / postulantes"
rej("Resultado de tu postulación", "Constructora Andina <no-reply@andina.computrabajo-mail.example>",
    """Hola Candela,

Te agradecemos por postularte a la vacante Residente de Obra en Constructora Andina.

Lamentablemente en esta oportunidad no fuiste seleccionada para continuar en el proceso. Te invitamos a seguir pendiente de nuestras convocatorias.

Un saludo,
Equipo de Gestión Humana""", company="Constructora Andina", role="Residente de Obra", fmt="html")

rej("Vacante: Supervisor de Producción", "Grupo Alimentos Sierra Madre <reclutamiento@sierramadre.example>",
    """Estimada Candela:

Le agradecemos su interés por formar parte de Grupo Alimentos Sierra Madre y su participación en nuestro proceso de reclutamiento para la vacante de Supervisor de Producción.

Le informamos que en esta ocasión no fue seleccionada. Sus datos permanecerán en nuestra cartera de candidatos.

Atentamente,
Recursos Humanos""", company="Alimentos Sierra Madre", role="Supervisor de Producción")

rej("Tu postulación a Banco Cordillera", "Banco Cordillera <no-reply@cordillera.successfactors.example>",
    """Hola Candela:

Queremos agradecerte por postular al cargo de Ejecutiva de Atención a Clientes.

Lamentablemente, en esta ocasión tu postulación no continuará en el proceso. Te invitamos a seguir revisando nuestras ofertas.

Saludos,
Banco Cordillera""", company="Banco Cordillera", role="Ejecutiva de Atención a Clientes", fmt="alt")

rej("Búsqueda Analista de Marketing", "Florencia Paz <florencia.paz@pampa.example>",
    """Hola Candela, ¿cómo va?

Te escribo para agradecerte por tu tiempo en las entrevistas para Analista de Marketing. Te cuento que decidimos avanzar con otros postulantes que tienen un perfil más cercano a lo que necesita el equipo.

Te deseo muchos éxitos y ojalá podamos cruzarnos más adelante.

Saludos,
Flor Paz
HR Business Partner | Seguros Pampa""", company="Seguros Pampa", role="Analista de Marketing", contact="Flor Paz",
    cemail="florencia.paz@pampa.example")

rej("Proceso de selección Cajero/a", "Supermercados La Estrella <rrhh@laestrella.example>",
    """Hola Candela,

Gracias por tu interés en trabajar en Supermercados La Estrella. Te informamos que no fuiste seleccionada para el puesto de Cajero/a en esta ocasión.

Saludos,
RRHH""", company="Supermercados La Estrella", role="Cajero/a")

rej("Convocatoria Ingeniero de Software", "Talento Café Montaña Azul <talento@montanaazul.example>",
    """Hola Candela,

Muchas gracias por tu interés en la convocatoria de Ingeniero de Software.

Te contamos que el proceso ya finalizó y no fuiste seleccionada en esta oportunidad. Queremos que sepas que valoramos mucho tu postulación.

Un abrazo,
Equipo de Talento
Café Montaña Azul""", company="Café Montaña Azul", role="Ingeniero de Software", fmt="alt")

rej("Re: Postulación Diseñadora Gráfica", "Martín Ocampo <martin@estudiopampa.example>",
    """Hola Candela!

Gracias por mandarnos tu portfolio. Lo vimos con el equipo y la verdad es que está muy bueno, pero esta vez no vamos a avanzar con tu postulación: buscamos a alguien más orientado a motion graphics.

Éxitos!
Martín
Estudio Pampa""", company="Estudio Pampa", role="Diseñadora Gráfica", contact="Martín Ocampo")

rej("Gracias por postularte", "Transportes Sol del Norte <no-reply@soldelnorte.occ-mail.example>",
    """Hola Candela,

Gracias por postularte a la vacante Coordinadora de Tráfico. La empresa revisó tu perfil y decidió no continuar con tu postulación.

Sigue buscando: hay nuevas vacantes para ti.""", company="Transportes Sol del Norte", role="Coordinadora de Tráfico", fmt="html")

rej("Resultado de la evaluación", "Gestión Humana Café Montaña Azul <seleccion@montanaazul.example>",
    """Buenas tardes Candela:

Reciba un cordial saludo. Agradecemos su participación en el proceso de selección para el cargo de Coordinadora de Calidad.

Le informamos que, de acuerdo con los resultados obtenidos, usted no continúa en el proceso.

Cordialmente,
Gestión Humana""", company="Café Montaña Azul", role="Coordinadora de Calidad")

rej("Postulación a Analista Comercial", "Reclutamiento Viña Los Aromos <reclutamiento@losaromos.example>",
    """Estimada Candela:

Junto con saludar, agradecemos tu interés en formar parte de Viña Los Aromos.

Te informamos que tu postulación al cargo de Analista Comercial no ha sido seleccionada. Esperamos contar con tu interés en futuros procesos.

Saludos cordiales,
Reclutamiento y Selección""", company="Viña Los Aromos", role="Analista Comercial")

# J. "no ha superado la prueba / fase"
rej("Resultados prueba psicotécnica", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Gracias por realizar las pruebas online para el puesto de Gestor/a Comercial.

Te informamos de que no has superado esta fase del proceso de selección, por lo que tu candidatura no continuará.

Un saludo,
Equipo de Selección""", company="Grupo Almendral", role="Gestor/a Comercial", fmt="alt")

rej("Prueba de inglés", "Academia Babel <direccion@academiababel.example>",
    """Hola Candela,

Hemos corregido la prueba de nivel que hiciste para el puesto de Coordinadora Académica y, por desgracia, no has alcanzado el nivel que pedimos para este puesto, así que no vamos a seguir con el proceso.

Gracias por tu tiempo,
Academia Babel""", company="Academia Babel", role="Coordinadora Académica")

rej("Resultado de la entrevista", "Clínica San Rafael <seleccion@clinicasanrafael.example>",
    """Estimada Candela:

Le agradecemos su asistencia a la entrevista para el puesto de Fisioterapeuta.

Lamentamos comunicarle que no ha superado el proceso de selección. Le deseamos mucha suerte.

Atentamente,
Recursos Humanos - Clínica San Rafael""", company="Clínica San Rafael", role="Fisioterapeuta")

rej("Assessment center - Programa Graduados 2027", "Programa Graduados <graduados@cordillera.example>",
    """Hola Candela,

Gracias por tu participación en el Assessment Center del Programa de Graduados 2027.

Tras analizar los resultados de las dinámicas, lamentamos contarte que no has pasado a la etapa final del programa.

¡Te deseamos lo mejor!
Equipo Programa Graduados, Banco Cordillera""", company="Banco Cordillera", role="Programa de Graduados 2027", fmt="html")

# K. "no ha sido posible / no hemos podido tener en cuenta"
rej("Su candidatura - Ingeniero/a de Procesos", "Textiles Albufera <seleccion@albufera.example>",
    """Estimada Candela:

Agradecemos el interés que ha mostrado en nuestra empresa. Lamentamos comunicarle que en esta ocasión no ha sido posible tener en cuenta su candidatura para el puesto de Ingeniero/a de Procesos.

Le deseamos éxito en su búsqueda.

Atentamente,
Textiles Albufera""", company="Textiles Albufera", role="Ingeniero/a de Procesos")

rej("Candidatura Asistente de Dirección", "Editorial Peñalara <rrhh@penalara.example>",
    """Hola Candela:

Te agradecemos tu candidatura para el puesto de Asistente de Dirección. Tras revisarla, no ha sido posible avanzar con ella en esta ocasión.

Saludos cordiales,
Recursos Humanos""", company="Editorial Peñalara", role="Asistente de Dirección")

rej("Respuesta a su candidatura", "Hospital Comarcal del Valle <no_reply@hcvalle.example>",
    """Estimada candidata:

Agradecemos su interés en el puesto de Técnica Superior en Radiodiagnóstico. Tras el estudio de su currículum, lamentamos informarle de que no hemos podido considerar su candidatura en este proceso.

Atentamente,
Unidad de Selección""", company="Hospital Comarcal del Valle", role="Técnica Superior en Radiodiagnóstico", fmt="alt")

rej("Candidatura Becaria de Marketing", "Nexo Digital <no-reply@nexodigital.example>",
    """Hola Candela,

¡Gracias por tu interés en las prácticas de Marketing en Nexo Digital!

Hemos recibido muchísimas candidaturas y, por desgracia, no podemos seguir adelante con la tuya esta vez.

¡Mucha suerte!
Equipo de Nexo Digital""", company="Nexo Digital", role="Prácticas de Marketing", fmt="html")

# L. "no podemos ofrecerte el puesto"
rej("Puesto Recepcionista", "Clínica Dental Sonrisa <clinica@sonrisa.example>",
    """Hola Candela,

Te agradecemos que vinieras a la entrevista. Después de valorar a todas las candidatas, sentimos decirte que no podemos ofrecerte el puesto de recepcionista.

Un saludo,
Dra. Elena Marín
Clínica Dental Sonrisa""", company="Clínica Dental Sonrisa", role="Recepcionista", contact="Elena Marín",
    cemail="clinica@sonrisa.example")

rej("Decisión - Head of Sales", "Pablo Herrero <pablo.herrero@nexodigital.example>",
    """Hola Candela,

Muchas gracias por todo el proceso. Ha sido una decisión muy difícil, pero en esta ocasión no vamos a poder ofrecerte la posición de Head of Sales.

Me encantaría mantener el contacto.

Un abrazo,
Pablo Herrero
CEO, Nexo Digital""", company="Nexo Digital", role="Head of Sales", contact="Pablo Herrero")

rej("Puesto de Traductora", "Agencia Lingua <equipo@agencialingua.example>",
    """Estimada Candela:

Le agradecemos su interés y la prueba de traducción que nos envió. Lamentablemente, en este momento no estamos en condiciones de ofrecerle el puesto de traductora jurada.

Atentamente,
Agencia Lingua""", company="Agencia Lingua", role="Traductora jurada")

# M. "hemos descartado / ha sido descartada" (job boards)
rej("La empresa ha actualizado el estado de tu candidatura", "InfoJobs <noreply@infojobs-mail.example>",
    """Hola Candela,

Mercados Olmeda ha actualizado el estado de tu candidatura a la oferta Reponedor/a fin de semana.

Estado: Descartada
La empresa ha descartado tu candidatura para esta oferta.

Sigue buscando: tenemos nuevas ofertas para ti.

El equipo de InfoJobs""", company="Mercados Olmeda", role="Reponedor/a fin de semana", fmt="html")

rej("Novedades en tu postulación", "Computrabajo <notificaciones@computrabajo-mail.example>",
    """Hola Candela,

Tu hoja de vida fue descartada para la oferta Auxiliar Contable en Café Montaña Azul.

No te desanimes, hay más ofertas esperándote.""", company="Café Montaña Azul", role="Auxiliar Contable", fmt="html")

rej("Tu candidatura en Editorial Peñalara", "Editorial Peñalara <rrhh@penalara.example>",
    """Hola Candela,

Te escribimos para informarte de que hemos descartado tu candidatura para el puesto de Correctora de Estilo, ya que buscábamos experiencia en textos académicos.

Gracias por tu interés,
RRHH Editorial Peñalara""", company="Editorial Peñalara", role="Correctora de Estilo")

# N. "tu candidatura no ha prosperado"
rej("Proceso de selección Técnica de Marketing", "Logística Tajo <rrhh@logisticatajo.example>",
    """Estimada Candela:

Te agradecemos tu participación en el proceso para el puesto de Técnica de Marketing. Lamentamos comunicarte que tu candidatura no ha prosperado en esta ocasión.

Un cordial saludo,
RRHH Logística Tajo""", company="Logística Tajo", role="Técnica de Marketing")

rej("Tu proceso con Grupo Almendral", "Beatriz Nieto <bnieto@almendral.example>",
    """Hola Candela,

Siento tener que decirte que tu candidatura para Analista de Pricing finalmente no ha salido adelante. El comité se ha inclinado por un perfil con más experiencia en el sector asegurador.

Gracias por tu tiempo y tu interés.

Beatriz Nieto
Talent Acquisition
Grupo Almendral""", company="Grupo Almendral", role="Analista de Pricing", contact="Beatriz Nieto")

# O. "hemos seleccionado a otro candidato / hemos encontrado a alguien"
rej("Camarera de pisos - respuesta", "Hostal Las Dunas <hostallasdunas@correo.example>",
    """Hola Candela, gracias por tu interés. Ya hemos encontrado a una persona para el puesto de camarera de pisos. Suerte!

Hostal Las Dunas""", company="Hostal Las Dunas", role="Camarera de pisos")

rej("Asistente Legal", "Bufete Arrieta <seleccion@bufetearrieta.example>",
    """Estimada Sra. Ríos:

Le agradecemos su interés en el puesto de Asistente Legal. Le comunicamos que hemos seleccionado a otro candidato cuyo perfil se ajusta mejor a las necesidades del despacho.

Atentamente,
Bufete Arrieta""", company="Bufete Arrieta", role="Asistente Legal")

rej("Tu candidatura para Community Manager", "Agencia Brote <hola@agenciabrote.example>",
    """¡Hola Candela!

Gracias por tu candidatura para Community Manager. Hemos elegido a otra persona para esta posición, pero nos ha encantado conocer tu trabajo.

¡Un abrazo del equipo de Brote!""", company="Agencia Brote", role="Community Manager")

rej("Proceso Jefe de Turno", "Transportes Sol del Norte <rh@soldelnorte.example>",
    """Estimada Candela:

Le agradecemos el tiempo dedicado a nuestro proceso para Jefe de Turno. Le informamos que la posición fue asignada a otro candidato.

Atentamente,
Recursos Humanos""", company="Transportes Sol del Norte", role="Jefe de Turno")

# P. "no seguiremos / seguir adelante con tu candidatura"
rej("Tu candidatura – Software Engineer", "Estudio Lumbre <no-reply@lumbre.personio.example>",
    """Hola Candela,

Gracias por tu tiempo y por tu interés en Estudio Lumbre.

Hemos revisado tu candidatura para Software Engineer y, tras una cuidadosa consideración, hemos decidido no seguir adelante con ella.

¡Te deseamos mucho éxito!
Equipo de Estudio Lumbre""", company="Estudio Lumbre", role="Software Engineer", fmt="alt")

rej("Candidatura - Técnico de Prevención", "Constructora Andina <talento@constructoraandina.example>",
    """Cordial saludo Candela,

Agradecemos su interés en el cargo de Técnico de Prevención. Le informamos que no seguiremos con su proceso en esta oportunidad.

Atentamente,
Gestión Humana""", company="Constructora Andina", role="Técnico de Prevención")

rej("Solicitud - Investigadora Postdoctoral", "Instituto de Biomedicina del Ebro <convocatorias@ibebro.example>",
    """Estimada Dra. Ríos:

Le agradecemos su solicitud para la posición de Investigadora Postdoctoral en el grupo de Neurogenética.

Tras la evaluación por parte del comité, lamentamos informarle de que no seguiremos adelante con su solicitud. El número de candidaturas de gran calidad ha sido muy elevado.

Atentamente,
Oficina de Recursos Humanos
Instituto de Biomedicina del Ebro""", company="Instituto de Biomedicina del Ebro", role="Investigadora Postdoctoral", fmt="alt")

rej("Re: Puesto de Repartidor/a", "Ferretería Ruiz e Hijos <pedidos@ferreteriaruiz.example>",
    """Candela, buenas.

Gracias por pasarte ayer. Al final no seguimos contigo para el puesto de repartidor, lo cubrimos con alguien de la zona.

Un saludo,
Tomás Ruiz""", company="Ferretería Ruiz e Hijos", role="Repartidor/a", contact="Tomás Ruiz",
    cemail="pedidos@ferreteriaruiz.example")

# Forwards and agency relays (common phrasing)
rej("Fwd: Candidatura Analista de Datos", "Ana Robles <ana.robles@talentia.example>",
    """Hola Candela,

Te reenvío la respuesta del cliente. Siento que no haya salido esta vez; te tengo en cuenta para lo próximo.

Ana""", company="Logística Tajo", role="Analista de Datos", contact="Ana Robles",
    fwd=("Marta Cifuentes <mcifuentes@logisticatajo.example>", "lun, 16 nov 2026 12:03",
         "Candidatura Analista de Datos", "Ana Robles <ana.robles@talentia.example>",
         "Hola Ana,\n\nGracias por presentarnos a Candela. Tras la segunda entrevista hemos decidido no continuar con su candidatura para Analista de Datos; hemos optado por un perfil con más experiencia en Power BI.\n\nUn saludo,\nMarta"))

rej("Proceso Jefe/a de Almacén - feedback del cliente", "Carla Domínguez <carla.dominguez@talentia.example>",
    """Hola Candela:

Ya tengo respuesta del cliente sobre el proceso de Jefe/a de Almacén. Lamentablemente, han decidido seguir con otro candidato que tiene experiencia con su sistema de gestión de almacenes.

Me ha encantado acompañarte en este proceso. Seguimos en contacto.

Un abrazo,
Carla Domínguez
Talentia Consultores""", company="Talentia Consultores", role="Jefe/a de Almacén", contact="Carla Domínguez")

rej("Tu candidatura en Mercados Olmeda", "Mercados Olmeda <no-reply@olmeda.smartrecruiters-mail.example>",
    """Hola Candela:

Hemos revisado con atención tu candidatura para Dependiente/a de Perfumería. Lamentablemente, en esta ocasión no seguimos adelante con tu proceso.

Encuentra más ofertas en https://empleo.mercadosolmeda.example

Equipo de Selección de Mercados Olmeda""", company="Mercados Olmeda", role="Dependiente/a de Perfumería",
    url="https://empleo.mercadosolmeda.example", fmt="html")

rej("Proceso de selección", "Universidad de Valdecastro - Personal <pas@uvaldecastro.example>",
    """Estimada Sra. Ríos:

En relación con su candidatura al puesto de Técnico/a de Gestión de Proyectos Europeos (contratación con cargo a proyecto), le informamos de que la comisión de valoración ha propuesto la contratación de otra persona candidata.

Agradecemos su participación en el proceso.

Servicio de Personal de Administración y Servicios
Universidad de Valdecastro""", company="Universidad de Valdecastro", role="Técnico/a de Gestión de Proyectos Europeos")

rej("Gracias por tu interés en Hotel Bahía Clara", "Hotel Bahía Clara <no-reply@bahiaclara.teamtailor-mail.example>",
    """Hola Candela,

¡Gracias por tu interés en el puesto de Jefa de Recepción!

Tras revisar todas las candidaturas, hemos decidido avanzar con candidatos cuyo perfil encaja mejor con nuestras necesidades actuales. Por lo tanto, no avanzaremos con tu candidatura en este momento.

Un saludo,
El equipo de Hotel Bahía Clara""", company="Hotel Bahía Clara", role="Jefa de Recepción", fmt="alt")

rej("Oferta de empleo 2026/045 - Auxiliar de biblioteca", "Biblioteca Municipal <biblioteca@villalbadelrio.example>",
    """Buenas tardes:

Le informamos de que su candidatura no ha sido seleccionada para la oferta de empleo 2026/045 (Auxiliar de biblioteca). Agradecemos su interés.

Un saludo,
Ayuntamiento de Villalba del Río""", company="Ayuntamiento de Villalba del Río", role="Auxiliar de biblioteca")

# ---------------------------------------------------------------------------
# Rarer phrasings (about 40): curt, texting, impersonal, subject-only,
# public-sector legalese, decision buried after news, another-role offers
# ---------------------------------------------------------------------------

rare("Re: lo de la entrevista", "Quique Lozano <quique@barlaesquina.example>",
    """Hola Candela! Al final nos quedamos con otra chica para el puesto de camarera, perdona 🙏 Gracias por venir!

Quique
Bar La Esquina""", company="Bar La Esquina", role="Camarera", contact="Quique Lozano",
    quote=("El sáb, 7 nov 2026, 13:20, Candela Ríos escribió:", "Hola Quique, ¿sabes algo ya de lo de camarera?"))

rare("Diseñadora junior", "Mireia Casas <mireia@tallermireia.example>",
    """Ey Candela, gracias por el portfolio. Esta vez no va a poder ser, nos hemos ido a por alguien con más experiencia en packaging. Mucha suerte!! 😊

Mireia""", company="Taller Mireia", role="Diseñadora junior", contact="Mireia Casas")

rare("Candidatura no seleccionada - Ref. 48213", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Gracias por el tiempo que has dedicado a este proceso. Te deseamos mucha suerte en tus próximos pasos.

Equipo de Selección""", company="Grupo Almendral", role=None, fmt="alt")

rare("Auxiliar administrativo/a (Ref. 3391): proceso finalizado - no seleccionada", "Clínica San Rafael <seleccion@clinicasanrafael.example>",
    """Estimada Candela:

Le informamos del resultado del proceso indicado en el asunto. Agradecemos su interés en nuestra institución.

Atentamente,
Recursos Humanos""", company="Clínica San Rafael", role="Auxiliar administrativo/a")

rare("Ref. 2026/0921 Técnico de Sistemas", "Universidad de Valdecastro - Personal <pas@uvaldecastro.example>",
    """Estimada Sra. Ríos:

En relación con su solicitud, le comunicamos que la comisión ha resuelto no proponerla para la contratación. Puede consultar el acta en el tablón electrónico.

Atentamente,
Servicio de Personal""", company="Universidad de Valdecastro", role="Técnico de Sistemas")

rare("Tu solicitud (Ref. 77-ADM)", "Nuria Galán <ngalan@quimera.example>",
    """Hola Candela,

Te escribo sobre tu solicitud. Hemos decidido no seguir adelante con ella; la persona elegida tiene un perfil más técnico.

Gracias y mucha suerte,
Nuria Galán""", company="Laboratorios Quimera", role=None, contact="Nuria Galán")

rare("Resolución provisional - Bolsa de Trabajo Auxiliar Administrativo", "Sede electrónica Ayto. Villalba del Río <no-reply@sede.villalbadelrio.example>",
    """Notificación:

En relación con el procedimiento de constitución de una bolsa de trabajo de Auxiliar Administrativo, se le notifica que, según la resolución provisional de admitidos y excluidos publicada en el tablón de anuncios, figura usted como EXCLUIDA por no acreditar la titulación exigida en las bases.

Dispone de un plazo de diez días hábiles para formular alegaciones.

Ayuntamiento de Villalba del Río""", company="Ayuntamiento de Villalba del Río", role="Auxiliar Administrativo")

rare("Notificación resultado fase de concurso", "Diputación Provincial de Somontano <rrhh@dipsomontano.example>",
    """Sra. Candela Ríos:

Se le comunica que, finalizada la fase de concurso-oposición para la provisión de una plaza de Técnico/a de Administración General, no ha obtenido la puntuación mínima exigida para superar el primer ejercicio, por lo que queda eliminada del proceso selectivo.

Contra el presente acto podrá interponer recurso de alzada en el plazo de un mes.

Servicio de Recursos Humanos
Diputación Provincial de Somontano""", company="Diputación Provincial de Somontano", role="Técnico/a de Administración General")

rare("Plaza de Profesor/a Ayudante Doctor/a - Resolución", "Universidad de Valdecastro - PDI <pdi@uvaldecastro.example>",
    """Estimada Dra. Ríos:

Le comunicamos que la Comisión de Selección de la plaza de Profesor/a Ayudante Doctor/a del área de Sociología ha resuelto proponer a otro/a candidato/a, por lo que no ha resultado adjudicataria de la plaza.

La resolución completa está disponible en la sede electrónica.

Servicio de PDI
Universidad de Valdecastro""", company="Universidad de Valdecastro", role="Profesor/a Ayudante Doctor/a")

rare("Proceso de selección 14/2026 - Resultado", "Hospital Comarcal del Valle <no_reply@hcvalle.example>",
    """Estimada candidata:

Una vez valorados los méritos de los aspirantes al proceso 14/2026 (Técnico/a de Farmacia), se le comunica que su candidatura ha sido desestimada al no alcanzar la puntuación necesaria.

Unidad de Selección""", company="Hospital Comarcal del Valle", role="Técnico/a de Farmacia")

rare("Comunicación de resultado", "Consorcio de Aguas del Jarama <personal@aguasjarama.example>",
    """Estimada Sra. Ríos:

Por la presente le comunicamos que no ha sido propuesta para ocupar el puesto de Ingeniera de Explotación, al haberse seleccionado a la persona aspirante con mayor puntuación.

Atentamente,
Área de Personal""", company="Consorcio de Aguas del Jarama", role="Ingeniera de Explotación")

rare("Novedades de Estudio Lumbre", "Héctor Valls <hector@estudiolumbre.example>",
    """Hola Candela,

¡Perdona el silencio de estas semanas! Han pasado muchas cosas: hemos cerrado una ronda de inversión, nos mudamos a una oficina nueva en Lavapiés y estamos reorganizando el equipo de producto.

Con todo este cambio, hemos decidido no cubrir de momento la posición de Diseñadora de Producto a la que te presentaste, así que tu proceso se cierra aquí. Siento mucho no poder darte mejores noticias.

Un abrazo,
Héctor""", company="Estudio Lumbre", role="Diseñadora de Producto", contact="Héctor Valls")

rare("Actualización del proceso", "Paula Méndez <paula.mendez@horizonteverde.example>",
    """Hola Candela:

Te escribo con algo de retraso porque hemos estado inmersos en el cierre del ejercicio y en la auditoría anual. Gracias por tu paciencia.

Sobre la plaza de Administrativa de Proyectos: el patronato ha decidido reorganizar el área y la plaza se cubrirá con una persona de la propia fundación. Por tanto, no continuaremos con las candidaturas externas, incluida la tuya.

Un abrazo,
Paula""", company="Fundación Horizonte Verde", role="Administrativa de Proyectos", contact="Paula Méndez")

rare("Tu candidatura - Dependienta", "Mercados Olmeda <talento@mercadosolmeda.example>",
    """Hola Candela:

Gracias por tu interés. Aunque no has sido seleccionada para el puesto de Dependienta en Getafe, nos gustaría proponerte el de Cajera en nuestra tienda de Leganés. Si te interesa, responde a este correo.

Equipo de Talento""", company="Mercados Olmeda", role="Dependienta")

rare("Sobre tu proceso de Data Engineer", "Sara Quintana <sara.quintana@nexodigital.example>",
    """Hola Candela,

Tras las entrevistas hemos visto que no eres la persona que buscamos para Data Engineer Senior, pero creemos que encajarías muy bien en una posición de Data Engineer Mid que abriremos en enero. ¿Te gustaría que te tuviéramos en cuenta?

Un saludo,
Sara""", company="Nexo Digital", role="Data Engineer Senior", contact="Sara Quintana")

rare("No seleccionada", "RRHH Bazar Chen <rrhh@bazarchen.example>",
    """No seleccionada para el puesto de dependienta. Gracias por su interés.

Bazar Chen""", company="Bazar Chen", role="Dependienta")

rare("Re: CV", "Germán Ibarra <german.ibarra@taller-ibarra.example>",
    """No buscamos a nadie ahora mismo, gracias. Ya tenemos el puesto de recepción cubierto.

Germán""", company="Taller Ibarra", role="Recepción", contact="Germán Ibarra")

rare("Prácticas de Ingeniería", "Aeronáutica Meseta <practicas@aeromeseta.example>",
    """Hola Candela,

Gracias por tu candidatura a nuestras prácticas de Ingeniería de Fabricación. Este año no podremos incorporarte al programa.

Un saludo,
Aeronáutica Meseta""", company="Aeronáutica Meseta", role="Prácticas de Ingeniería de Fabricación")

rare("Candidatura", "Logística Tajo <rrhh@logisticatajo.example>",
    """Estimada Candela:

Se ha resuelto no continuar con su candidatura al puesto de Planificador/a de Transporte.

Atentamente,
RRHH""", company="Logística Tajo", role="Planificador/a de Transporte")

rare("Puesto de Analista", "Seguros Pampa <seleccion@pampa.example>",
    """Hola Candela:

Te informamos que la búsqueda de Analista de Siniestros quedó cerrada con otro perfil.

Gracias por participar,
Seguros Pampa""", company="Seguros Pampa", role="Analista de Siniestros")

rare("re: vacante", "Lucía <lucia@panaderialucia.example>",
    """Hola guapa, al final no te cogemos, lo siento mucho. Nos hacía falta alguien con más horas disponibles para el obrador. Un beso y suerte!

Lucía (Panadería Lucía)""", company="Panadería Lucía", role=None, contact="Lucía")

rare("Respuesta de Viña Los Aromos", "Reclutamiento Viña Los Aromos <reclutamiento@losaromos.example>",
    """Hola Candela:

Agradecemos mucho tu interés. Te comentamos que hemos cerrado el proceso para Enóloga Asistente y hemos contratado a otra persona.

Saludos cordiales,
Viña Los Aromos""", company="Viña Los Aromos", role="Enóloga Asistente")

rare("Tu candidatura a Customer Success", "Estudio Lumbre <no-reply@lumbre.personio.example>",
    """Hola Candela,

Te escribimos porque la posición de Customer Success a la que aplicaste ha sido cancelada. Por tanto, el proceso queda cerrado y no podremos avanzar con tu candidatura.

Disculpa las molestias,
Estudio Lumbre""", company="Estudio Lumbre", role="Customer Success", fmt="alt")

rare("Respuesta", "Despacho Fuentes & Oria <administracion@fuentesoria.example>",
    """Estimada Sra. Ríos:

Nos vemos en la obligación de declinar su candidatura para el puesto de Abogada Junior, dado que en este momento buscamos un perfil con colegiación en Madrid.

Atentamente,
Despacho Fuentes & Oria""", company="Despacho Fuentes & Oria", role="Abogada Junior")

rare("Gracias", "Rosa Gil <rosa.gil@librerialaluna.example>",
    """Hola Candela, muchas gracias por interesarte por el puesto de librera. Te cuento que la persona con la que nos quedamos ya empezó el lunes. Te deseo mucha suerte!

Rosa
Librería La Luna""", company="Librería La Luna", role="Librera", contact="Rosa Gil")

rare("Proceso Asistente Contable", "Contadores Asociados del Bajío <rh@contadoresbajio.example>",
    """Estimada Candela:

Agradecemos su tiempo. En esta ocasión usted no resultó elegida para la vacante de Asistente Contable.

Atte.
Recursos Humanos""", company="Contadores Asociados del Bajío", role="Asistente Contable")

rare("Fwd: Respuesta del cliente - Técnica de Selección", "Ana Robles <ana.robles@talentia.example>",
    """Candela, te paso lo que me dice el cliente. Lo siento mucho, de verdad. Hablamos esta semana.

Ana""", company="Talentia Consultores", role="Técnica de Selección", contact="Ana Robles",
    fwd=("Jaime Prado <jprado@cliente-retail.example>", "mar, 17 nov 2026 18:40",
         "RE: Candidata Técnica de Selección", "Ana Robles <ana.robles@talentia.example>",
         "Ana,\n\nCon Candela no vamos a seguir. Buen perfil pero nos quedamos con el otro finalista, que viene del sector.\n\nSaludos,\nJaime"))

rare("Estado de candidatura: Cerrada", "Workday - Laboratorios Quimera <quimera@myworkday-mail.example>",
    """Estimada Candela Ríos:

El estado de su candidatura para Especialista en Asuntos Regulatorios (R-3302) ha cambiado a: No seleccionado.

Gracias por su interés en Laboratorios Quimera.""", company="Laboratorios Quimera", role="Especialista en Asuntos Regulatorios", fmt="html")

rare("Tu proceso", "Florencia Paz <florencia.paz@pampa.example>",
    """Candela, ¿cómo andás? Te escribo corto: no vamos a seguir con vos para la posición de Analista de Datos. Quedaste muy bien en la entrevista pero elegimos a alguien con más seniority. Abrazo!

Flor""", company="Seguros Pampa", role="Analista de Datos", contact="Flor Paz",
    cemail="florencia.paz@pampa.example")

rare("Proceso Ejecutiva de Ventas - Cierre", "Grupo Alimentos Sierra Madre <reclutamiento@sierramadre.example>",
    """Estimada Candela:

Por este medio le notificamos el cierre del proceso de Ejecutiva de Ventas. Le comunicamos que su perfil no fue considerado para la contratación final.

Atentamente,
Reclutamiento""", company="Alimentos Sierra Madre", role="Ejecutiva de Ventas")

rare("Convocatoria de prácticas", "Instituto de Biomedicina del Ebro <convocatorias@ibebro.example>",
    """Estimada Candela:

Le informamos que no figura entre las personas seleccionadas en la convocatoria de contratos de Técnico/a de Apoyo a la Investigación. El listado definitivo se ha publicado en la web.

Atentamente,
Instituto de Biomedicina del Ebro""", company="Instituto de Biomedicina del Ebro", role="Técnico/a de Apoyo a la Investigación")

rare("Tu candidatura", "Editorial Peñalara <rrhh@penalara.example>",
    """Hola Candela:

Gracias por presentarte al puesto de Editora de mesa. Hemos preferido no avanzar con tu candidatura porque buscamos a alguien con más años en no ficción.

Un saludo,
Editorial Peñalara""", company="Editorial Peñalara", role="Editora de mesa")

rare("Feedback entrevista", "Pablo Herrero <pablo.herrero@nexodigital.example>",
    """Hola Candela,

Gracias por la entrevista de ayer. Te soy sincero: no vemos encaje para el rol de Sales Development Representative, sobre todo por la parte de prospección en frío. No vamos a contar contigo en esta ocasión, pero te deseo lo mejor.

Pablo""", company="Nexo Digital", role="Sales Development Representative", contact="Pablo Herrero")

rare("Prueba práctica", "Restaurante El Trébol <trebol@eltrebol.example>",
    """Hola Candela,

Gracias por hacer la prueba en cocina el jueves. El chef ha decidido que no sigues en el proceso; buscamos a alguien con más rodaje en partida de caliente.

Un saludo,
Restaurante El Trébol""", company="Restaurante El Trébol", role=None)

rare("Su candidatura", "Clínica San Rafael <seleccion@clinicasanrafael.example>",
    """<p>Estimada Sra. Ríos:</p><p>Le agradecemos su interés en el puesto de Celadora. Tras valorar su candidatura, lamentamos informarle que <b>no ha sido</b>
<span>seleccionada</span> para continuar en el proceso.</p><p>Atentamente,<br>Recursos Humanos</p>""",
    company="Clínica San Rafael", role="Celadora", fmt="rawhtml")

rare("Tu candidatura para Responsable de Operaciones", "Grupo Almendral <no-reply@almendral.example>",
    """<table><tr><td><p>Hola Candela,</p><p>Gracias por tu interés en Grupo Almendral. Tras revisar tu perfil, hemos decidido</p></td></tr>
<tr><td><p>no continuar con tu candidatura para Responsable de Operaciones en esta ocasión.</p><p>Equipo de Selección</p></td></tr></table>""",
    company="Grupo Almendral", role="Responsable de Operaciones", fmt="rawhtml")

rare("Re: Re: Auxiliar de clínica veterinaria", "Clínica Veterinaria Ronda <hola@vetronda.example>",
    """Hola Candela,

Sí, perdona, ya lo hemos decidido: nos quedamos con la otra candidata porque tiene más experiencia en exóticos. Muchas gracias por tu interés.

Un saludo,
Inés Ronda""", company="Clínica Veterinaria Ronda", role="Auxiliar de clínica veterinaria", contact="Inés Ronda",
    cemail="hola@vetronda.example",
    quote=("El 18 nov 2026, a las 10:02, Candela Ríos <candela.rios@correo.example> escribió:",
           "Hola Inés, ¿ya habéis decidido algo sobre el puesto? Sigo muy interesada.\n\n> El 12 nov 2026 Inés Ronda escribió:\n> Hola Candela, te confirmamos la entrevista el viernes a las 11."))

# ---------------------------------------------------------------------------
# Hard look-alikes (60)
# ---------------------------------------------------------------------------

# received / under review, with conditional "if you hear nothing..."
look("Hemos recibido tu candidatura", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Gracias por inscribirte en la oferta de Técnico/a de Tesorería. Hemos recibido tu candidatura correctamente y nuestro equipo la revisará en los próximos días.

Si no recibes noticias nuestras en un plazo de 30 días, entiende que en esta ocasión tu candidatura no ha sido seleccionada.

Equipo de Selección""", fmt="alt")

look("Confirmación de postulación", "Constructora Andina <no-reply@andina.computrabajo-mail.example>",
    """Hola Candela,

Tu postulación a la vacante Inspectora de Calidad fue recibida. En caso de que tu perfil no sea seleccionado, no recibirás una nueva comunicación; si avanzas, te contactaremos por teléfono.

Gestión Humana""", fmt="html")

look("Candidatura recibida - Ref. 5521", "Clínica San Rafael <seleccion@clinicasanrafael.example>",
    """Estimada Candela:

Confirmamos la recepción de su candidatura. Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas seleccionadas para la fase de entrevista. Si no ha sido contactada en tres semanas, podrá considerar que no ha sido seleccionada.

Recursos Humanos""")

look("Estado de tu candidatura: en revisión", "InfoJobs <noreply@infojobs-mail.example>",
    """Hola Candela,

Logística Tajo ha leído tu CV para la oferta Técnica de Compras. Estado: En proceso.

Te avisaremos cuando la empresa actualice tu candidatura.""", fmt="html")

# delays, not yet decided
look("Re: Proceso Analista de Riesgos", "Laura Espejo <laura.espejo@cordillera.example>",
    """Hola Candela:

Gracias por escribir. Todavía no hemos avanzado con tu candidatura porque el gerente del área ha estado de viaje. Aún no se ha tomado ninguna decisión; te escribo en cuanto sepa algo, probablemente la próxima semana.

Saludos,
Laura""")

look("Retraso en el proceso de selección", "Paula Méndez <paula.mendez@horizonteverde.example>",
    """Hola Candela:

Te escribo para contarte que el proceso para la plaza de Técnica de Evaluación se va a retrasar unas semanas. No hemos descartado ninguna candidatura todavía y la tuya sigue en valoración.

Gracias por tu paciencia,
Paula""")

look("Tu proceso con Nexo Digital", "Sara Quintana <sara.quintana@nexodigital.example>",
    """Hola Candela,

Quería decirte que aún no hemos decidido nada sobre el puesto de Frontend Developer. Seguimos entrevistando a algunas personas y no queremos cerrar el proceso sin verlas a todas. Tu candidatura sigue abierta.

Un saludo,
Sara""")

look("Sin novedades por ahora", "Carla Domínguez <carla.dominguez@talentia.example>",
    """Hola Candela:

El cliente no ha tomado todavía una decisión final sobre el puesto de Controller. No es que hayan elegido a otra persona: simplemente están con el cierre trimestral. Te mantengo informada.

Carla""")

look("Proceso en pausa", "Estudio Lumbre <no-reply@lumbre.personio.example>",
    """Hola Candela,

Te escribimos para informarte de que hemos puesto en pausa temporalmente el proceso de selección para Product Designer. Tu candidatura no ha sido descartada: retomaremos el proceso en enero y te contactaremos.

El equipo de Estudio Lumbre""", fmt="alt")

# conditionals
look("Prueba técnica pendiente", "Equipo de Selección <no-reply@penalara.smartrecruiters-mail.example>",
    """Hola Candela,

Te recordamos que tienes pendiente la prueba técnica para el puesto de QA Engineer. Si no la completas antes del viernes 20 de noviembre, no podremos continuar con tu candidatura.

Accede aquí: https://penalara.smartrecruiters-mail.example/prueba

Equipo de Selección""", fmt="alt")

look("Documentación pendiente", "Grupo Alimentos Sierra Madre <reclutamiento@sierramadre.example>",
    """Estimada Candela:

Para continuar con su proceso para la vacante de Ejecutiva de Cuentas, necesitamos su constancia de situación fiscal. En caso de no recibirla antes del lunes, lamentablemente su postulación no podrá continuar en el proceso.

Atentamente,
Reclutamiento""")

look("Confirma tu interés", "Seguros Pampa <seleccion@pampa.example>",
    """Hola Candela:

¿Seguís interesada en la posición de Analista de Marketing? Si no nos respondés en 48 horas, entenderemos que no querés continuar y cerraremos tu postulación.

Saludos,
Equipo de Talento""")

look("Disponibilidad para incorporación", "Hotel Bahía Clara <empleo@bahiaclara.example>",
    """Hola Candela:

Antes de seguir, necesitamos confirmar que puedes incorporarte el 1 de diciembre. Si no fuera posible, no podríamos seguir adelante con tu candidatura, así que dinos algo cuanto antes.

RRHH Hotel Bahía Clara""")

# interviews, assessments, reschedules
look("Invitación a entrevista - Técnica de Calidad", "Textiles Albufera <seleccion@albufera.example>",
    """Estimada Candela:

Nos complace comunicarle que su candidatura ha sido seleccionada para la fase de entrevistas del puesto de Técnica de Calidad. Le proponemos el martes 24 a las 10:00 en nuestras oficinas.

Atentamente,
Departamento de Personas""", fmt="alt")

look("Siguiente fase: entrevista con el equipo", "Laboratorios Quimera <no-reply@quimera.greenhouse-mail.example>",
    """Hola Candela,

¡Buenas noticias! Has superado la primera fase del proceso de Data Analyst y nos gustaría invitarte a una entrevista con el equipo. Elige un hueco aquí: https://quimera.greenhouse-mail.example/agenda

Equipo de Talent Acquisition""", fmt="html")

look("Cambio de fecha de la entrevista", "Jorge Alcalde <jorge.alcalde@mercadosolmeda.example>",
    """Hola Candela,

Lo siento mucho, pero no vamos a poder hacer la entrevista el jueves: la directora de zona tiene un imprevisto. ¿Te vendría bien el lunes a la misma hora? No te preocupes, tu candidatura sigue adelante.

Un saludo,
Jorge""")

look("Entrevista cancelada - reprogramación", "Banco Cordillera <no-reply@cordillera.successfactors.example>",
    """Hola Candela:

Lamentablemente debemos cancelar la entrevista agendada para mañana. Te contactaremos para reprogramarla en los próximos días. Tu postulación continúa en el proceso.

Gerencia de Personas""", fmt="alt")

look("Evaluación online - Programa Graduados", "Programa Graduados <graduados@cordillera.example>",
    """Hola Candela,

Has avanzado a la etapa de evaluaciones online del Programa de Graduados 2027. Tienes 5 días para completar las pruebas de razonamiento. Los candidatos que no las completen no continuarán en el proceso.

Equipo Programa Graduados""", fmt="html")

look("Resultado de la prueba técnica", "Iván Serrano <ivan.serrano@penalara.example>",
    """Hola Candela,

¡Enhorabuena! No solo has superado la prueba técnica, sino que ha sido de las mejores que hemos visto. No vamos a continuar buscando más perfiles hasta hablar contigo: ¿te viene bien una llamada el miércoles?

Iván""")

# offers and next steps
look("Oferta de empleo - Técnico/a de Nóminas", "Marta Cifuentes <mcifuentes@logisticatajo.example>",
    """Estimada Candela,

Nos complace ofrecerle el puesto de Técnico/a de Nóminas en Logística Tajo. Adjuntamos la carta oferta con las condiciones. Hemos decidido no continuar con el resto de candidatos, así que esperamos su respuesta.

Atentamente,
Marta Cifuentes""")

look("¡Bienvenida a Nexo Digital!", "Pablo Herrero <pablo.herrero@nexodigital.example>",
    """Hola Candela,

¡Qué alegría que hayas aceptado la oferta! Te esperamos el lunes 1 a las 9:30. Ya hemos cerrado el proceso con el resto de candidatos y comunicado la decisión.

Un abrazo,
Pablo""")

look("Próximos pasos", "Carla Domínguez <carla.dominguez@talentia.example>",
    """Hola Candela,

El cliente quiere avanzar contigo a la entrevista final para Jefe/a de Almacén. Han descartado a los demás finalistas y solo quedas tú. ¿Qué disponibilidad tienes la semana que viene?

Carla""")

# owner withdraws / owner declines the offer
look("Confirmación de retirada de candidatura", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Confirmamos que has retirado tu candidatura para el puesto de Analista de Pricing. Lamentamos que hayas decidido no continuar en el proceso y te deseamos suerte.

Equipo de Selección""", fmt="alt")

look("Re: Oferta", "Héctor Valls <hector@estudiolumbre.example>",
    """Hola Candela,

Qué pena que hayas decidido no aceptar nuestra oferta, pero entendemos perfectamente tus motivos. Si en algún momento cambias de idea, aquí estaremos.

Un abrazo,
Héctor""",
    quote=("El vie, 20 nov 2026 a las 9:12, Candela Ríos escribió:",
           "Hola Héctor,\n\nMuchas gracias por la oferta. Después de pensarlo mucho, he decidido no seguir adelante con el proceso y declinarla.\n\nCandela"))

look("Baja en el proceso", "Constructora Andina <talento@constructoraandina.example>",
    """Cordial saludo Candela,

Hemos recibido tu solicitud de no continuar en el proceso para Residente de Obra. Tu postulación ha quedado retirada según lo solicitado.

Gestión Humana""")

# decisions about other people (owner is a manager / recruiter / friend)
look("Candidatos no seleccionados - Administrativo/a", "Marta Cifuentes <mcifuentes@logisticatajo.example>",
    """Hola Candela,

Como responsable del área, te paso el resumen: hemos decidido no continuar con Luis Ortega ni con Sonia Prieto para el puesto de Administrativo/a; ya les he enviado el correo de rechazo. El finalista es Daniel Vega.

Marta""", to="Candela Ríos <candela.rios@logisticatajo.example>")

look("Plantilla de rechazo para revisar", "Beatriz Nieto <bnieto@almendral.example>",
    """Hola Candela,

¿Puedes revisar esta plantilla antes de enviarla a los candidatos descartados?

"Lamentamos comunicarte que en esta ocasión no has sido seleccionado para el puesto. Hemos decidido continuar con otros candidatos."

Gracias!
Bea""", to="Candela Ríos <candela.rios@almendral.example>")

look("Mi hermano y la entrevista", "Elena Ríos <elena.rios@correo.example>",
    """Hola Cande,

Al final a Mario no lo han cogido en el banco, le dijeron que habían decidido seguir con otros candidatos. Está un poco de bajón, llámale si puedes.

Besos,
Elena""")

look("Re: Feedback de candidata", "Sara Quintana <sara.quintana@nexodigital.example>",
    """Hola Candela,

De acuerdo con tu valoración: no seguimos adelante con la candidata de Backend, su prueba no llegó al nivel. Le escribo yo hoy mismo.

Sara""", to="Candela Ríos <candela.rios@nexodigital.example>")

look("Resolución definitiva - listado de aprobados", "Sede electrónica Ayto. Villalba del Río <no-reply@sede.villalbadelrio.example>",
    """Notificación:

Se ha publicado la resolución definitiva del proceso selectivo de Auxiliar Administrativo. Usted figura en la lista de aspirantes aprobados con una puntuación de 8,45 y ha sido propuesta para el nombramiento. Los aspirantes que no han superado el proceso quedan excluidos de la bolsa.

Ayuntamiento de Villalba del Río""")

# advice columns, newsletters, quotes
look("10 frases que significan que no te han elegido (y qué hacer)", "Blog Empleo Hoy <boletin@empleohoy.example>",
    """Boletín semanal de Empleo Hoy

"Lamentamos comunicarte que no has sido seleccionado", "hemos decidido continuar con otros candidatos" o "tu perfil no se ajusta a lo que buscamos": todos hemos recibido alguno de estos correos. Hoy te contamos cómo responder a un rechazo y pedir feedback.

Leer el artículo: https://empleohoy.example/rechazos

Darse de baja""", fmt="html")

look("Consultorio: ¿por qué nunca me responden?", "Revista Talento <newsletter@revistatalento.example>",
    """Pregunta de una lectora: "Me escribieron diciendo que mi candidatura no había prosperado, ¿debo volver a aplicar?"

Respuesta de nuestra experta: Un correo de rechazo no cierra la puerta para siempre. Espera seis meses y vuelve a intentarlo con un CV actualizado.

Revista Talento · Edición de noviembre""", fmt="html")

look("Webinar: gestionar el rechazo en la búsqueda de empleo", "Colegio de Economistas <formacion@colegioeco.example>",
    """Estimada colegiada:

Te invitamos al webinar "No has sido seleccionado: cómo convertir un no en tu próxima oportunidad", el jueves 3 de diciembre a las 18:00.

Inscripción gratuita para colegiados.""")

# rejections of non-job things
look("Decisión editorial - Manuscrito REV-2026-338", "Revista de Estudios Sociales <editor@res.example>",
    """Estimada Dra. Ríos:

Tras recibir los informes de los evaluadores, lamentamos comunicarle que su artículo no ha sido aceptado para su publicación en la Revista de Estudios Sociales.

Atentamente,
Consejo Editorial""")

look("Resolución de la convocatoria de ayudas", "Agencia de Investigación Autonómica <ayudas@agenciainv.example>",
    """Sra. Candela Ríos:

Se le comunica que su solicitud de ayuda para proyectos de investigación ha sido desestimada por no alcanzar la puntuación mínima. Podrá interponer recurso en el plazo de un mes.

Agencia de Investigación Autonómica""")

look("Tu solicitud de préstamo", "Banco Cordillera <no-reply@cordillera.example>",
    """Hola Candela:

Hemos revisado tu solicitud de crédito de consumo. Lamentamos informarte que en esta ocasión no ha sido aprobada. Puedes volver a solicitarlo en 90 días.

Banco Cordillera""", fmt="alt")

look("Piso en calle Toledo", "Inmobiliaria Centro <alquileres@inmocentro.example>",
    """Hola Candela,

Gracias por tu interés en el piso de la calle Toledo. El propietario ha decidido seguir adelante con otra candidatura, que presentaba un aval bancario. Te avisaremos de nuevos pisos en la zona.

Inmobiliaria Centro""")

look("Admisión Máster en Dirección de RRHH", "Universidad de Valdecastro - Posgrado <posgrado@uvaldecastro.example>",
    """Estimada Candela:

Le comunicamos que su solicitud de admisión al Máster en Dirección de Recursos Humanos no ha sido seleccionada, al haberse cubierto las plazas ofertadas. Queda en lista de espera en la posición 14.

Secretaría de Posgrado""")

look("Propuesta de charla - Congreso de Diseño", "Congreso DiseñaMad <programa@disenamad.example>",
    """Hola Candela,

Gracias por enviar tu propuesta de charla. Este año hemos recibido más de 300 y, lamentablemente, la tuya no ha sido seleccionada para el programa. ¡Esperamos verte entre el público!

Comité de programa""")

look("Licitación 2026/118 - Resolución", "Ayuntamiento de Villalba del Río - Contratación <contratacion@villalbadelrio.example>",
    """Estimada empresa licitadora:

Le comunicamos que su oferta para el contrato de servicios de limpieza no ha resultado adjudicataria. La adjudicación se ha realizado a favor de otra empresa con mayor puntuación.

Servicio de Contratación""")

look("Solicitud de voluntariado", "Banco de Alimentos Comarcal <voluntariado@bancoalimentos.example>",
    """Hola Candela,

Gracias por ofrecerte como voluntaria para la campaña de Navidad. Ya hemos completado todos los turnos, así que esta vez no podremos contar contigo. ¡Te escribiremos para la próxima!

Banco de Alimentos""")

look("Tu pedido #44817", "Tienda Online Hogar <pedidos@hogar.example>",
    """Hola Candela,

Lamentamos comunicarte que no podemos continuar con tu pedido porque el producto está agotado. Te hemos devuelto el importe.

Atención al cliente""")

look("Solicitud de cambio de turno", "Recursos Humanos <rrhh@mercadosolmeda.example>",
    """Hola Candela,

Hemos revisado tu solicitud de cambio al turno de mañana y, de momento, no es posible aceptarla porque no hay plazas libres en ese turno. Volveremos a valorarla en enero.

RRHH Mercados Olmeda""", to="Candela Ríos <candela.rios@mercadosolmeda.example>")

look("Solicitud de teletrabajo", "Nuria Galán <ngalan@quimera.example>",
    """Hola Candela:

Tu solicitud de teletrabajo dos días por semana ha sido rechazada por el comité, ya que tu puesto requiere presencia en laboratorio. Puedes pedir una revisión en seis meses.

Nuria""", to="Candela Ríos <candela.rios@quimera.example>")

# another role, without rejecting the first
look("Otra vacante que podría interesarte", "Talento Nexo Digital <notificaciones@nexodigital.example>",
    """Hola Candela,

Tu candidatura para Diseñadora UX/UI sigue en proceso. Mientras tanto, hemos abierto una vacante de UX Researcher que encaja con tu perfil. ¿Quieres que te inscribamos también?

El equipo de Talento""", fmt="html")

# recruiter outreach, job alerts, status pages
look("Oportunidad: Responsable de Administración", "Álex Moreno <alex.moreno@headhunters.example>",
    """Hola Candela,

He visto tu perfil y creo que podrías encajar en una posición de Responsable de Administración para una empresa industrial en Valencia. No te preocupes si ahora no es el momento; si no te interesa, no volveré a escribirte.

Un saludo,
Álex Moreno
Headhunters Levante""")

look("Nuevas ofertas para ti", "InfoJobs <noreply@infojobs-mail.example>",
    """Hola Candela,

Estas ofertas encajan con tu perfil:
- Técnico/a de Nóminas - Grupo Almendral - Madrid
- Administrativo/a contable - Logística Tajo - Toledo
- Auxiliar de RRHH - Mercados Olmeda - Getafe

No te quedes sin tu próximo empleo.""", fmt="html")

look("Resumen de tus candidaturas", "Computrabajo <notificaciones@computrabajo-mail.example>",
    """Hola Candela,

Así van tus postulaciones esta semana:
Auxiliar Contable - Café Montaña Azul: En proceso
Analista de Costos - Constructora Andina: Hoja de vida vista
Asistente Administrativa - Textiles Albufera: Postulación enviada

Recuerda que las empresas que no seleccionan tu hoja de vida no siempre envían aviso.""", fmt="html")

look("Alerta de empleo: Técnica de Calidad", "Portal Empleo Público <alertas@empleopublico.example>",
    """Se han publicado 3 nuevas convocatorias que coinciden con tu alerta "Técnica de Calidad":
- Diputación Provincial de Somontano - plazo hasta 15/12
- Hospital Comarcal del Valle - plazo hasta 20/12
- Consorcio de Aguas del Jarama - plazo hasta 22/12""")

# negated negation and questions
look("Re: ¿me habéis descartado?", "Jorge Alcalde <jorge.alcalde@mercadosolmeda.example>",
    """Hola Candela,

¡No, para nada! No hemos descartado tu candidatura, simplemente la directora de tienda está de vacaciones hasta el lunes. En cuanto vuelva, te llamamos para la segunda entrevista.

Jorge""",
    quote=("El 16/11/2026 Candela Ríos escribió:", "Hola Jorge, no he tenido noticias, ¿me habéis descartado para el puesto de Responsable de Tienda?"))

look("Pregunta sobre el proceso", "Laura Espejo <laura.espejo@cordillera.example>",
    """Hola Candela:

Una consulta rápida: ¿te llegó el correo automático que dice que no continuabas en el proceso? Fue un error del sistema, tu postulación sigue activa y estás citada para la entrevista del jueves.

Disculpa la confusión,
Laura""")

look("Corrección de un correo anterior", "Selección Grupo Almendral <no-reply@almendral.example>",
    """Hola Candela:

Hace unos minutos te hemos enviado por error un mensaje indicando que no habías sido seleccionada. Por favor, ignóralo: tu candidatura para Gestor/a Comercial sigue en proceso.

Disculpa las molestias,
Equipo de Selección""", fmt="alt")

look("¿Qué tal la entrevista?", "Pilar Sanz <pilar.sanz@correo.example>",
    """Cande! ¿Qué tal fue la entrevista? Si te dicen que no has sido seleccionada no te rayes, que tienes un currículum buenísimo. Ya me contarás.

Pili""")

look("Tu evaluación de desempeño", "Nuria Galán <ngalan@quimera.example>",
    """Hola Candela:

Te adjunto el resumen de la evaluación anual. No hemos decidido todavía las promociones; el comité se reúne en diciembre y tu caso está sobre la mesa.

Nuria""", to="Candela Ríos <candela.rios@quimera.example>")

look("Proceso interno - Jefatura de equipo", "Recursos Humanos <rrhh@logisticatajo.example>",
    """Hola Candela:

Gracias por presentarte a la convocatoria interna de Jefatura de equipo. Queremos aclararte que la publicación externa de la vacante no significa que hayamos descartado las candidaturas internas: seguimos valorando la tuya.

RRHH""", to="Candela Ríos <candela.rios@logisticatajo.example>")

look("Gracias por tu feedback", "Equipo de Talento <talento@mercadosolmeda.example>",
    """Hola Candela:

Gracias por contestar nuestra encuesta sobre la experiencia de candidatura. Tu opinión nos ayuda a mejorar cómo comunicamos las decisiones a las personas que no continúan en nuestros procesos.

Equipo de Talento""")

look("Ayuda para tu CV", "Servicio de Orientación Laboral <orientacion@villalbadelrio.example>",
    """Hola Candela:

En la sesión del martes revisaremos juntas tu CV y cómo responder cuando una empresa te dice que ha optado por otro candidato. Trae las ofertas a las que te has presentado.

Servicio de Orientación Laboral""")

look("Proceso de Diseñadora de Producto", "Héctor Valls <hector@estudiolumbre.example>",
    """Hola Candela,

Queríamos contarte que el puesto de Diseñadora de Producto no se ha cubierto todavía y tu candidatura sigue siendo de las favoritas. No hemos elegido a nadie aún; te escribo antes del viernes con una decisión.

Héctor""")

look("Solicitud de certificado de empresa", "Textiles Albufera <seleccion@albufera.example>",
    """Estimada Candela:

Hemos recibido su solicitud de certificado de empresa. No podemos emitirlo hasta que la gestoría cierre la nómina de noviembre; se lo enviaremos la próxima semana.

Departamento de Personas""")

look("Entrevista confirmada", "Clínica Dental Sonrisa <clinica@sonrisa.example>",
    """Hola Candela,

Te confirmamos la entrevista para el puesto de recepcionista el lunes a las 17:00. Hemos descartado otras fechas por el horario de la clínica, espero que te venga bien.

Dra. Elena Marín""")

# ---------------------------------------------------------------------------
# Ordinary mail with job-ish words (20)
# ---------------------------------------------------------------------------
ME = "Candela Ríos <candela.rios@logisticatajo.example>"

ordi("Nómina de noviembre disponible", "Portal del Empleado <no-reply@logisticatajo.example>",
     "Hola Candela:\n\nYa puedes descargar tu nómina de noviembre desde el portal del empleado.\n\nRecursos Humanos", to=ME)
ordi("Vacaciones de Navidad", "Marta Cifuentes <mcifuentes@logisticatajo.example>",
     "Hola equipo,\n\nRecordad que antes del día 30 tenéis que pedir las vacaciones de Navidad en la aplicación. Si dos personas del mismo puesto coinciden, lo hablamos.\n\nMarta", to=ME)
ordi("Bienvenida a Daniel Vega", "Recursos Humanos <rrhh@logisticatajo.example>",
     "Hola a todos:\n\nEl lunes se incorpora Daniel Vega como Administrativo contable. Tras un proceso de selección muy completo, estamos encantados de tenerle en el equipo.\n\nRRHH", to=ME)
ordi("Formación obligatoria de prevención", "Prevención <prevencion@logisticatajo.example>",
     "Hola Candela:\n\nTienes pendiente el curso de prevención de riesgos de tu puesto de trabajo. El plazo termina el 15 de diciembre.\n\nServicio de Prevención", to=ME)
ordi("Cena de empresa", "Comité de Empresa <comite@logisticatajo.example>",
     "¡Hola! Este año la cena de empresa será el 18 de diciembre en el Restaurante El Trébol. Confirmad asistencia antes del viernes.", to=ME)
ordi("Actualización del convenio", "Recursos Humanos <rrhh@logisticatajo.example>",
     "Estimada Candela:\n\nTe informamos de que la subida salarial del nuevo convenio se aplicará en la nómina de enero con efectos retroactivos.\n\nRRHH", to=ME)
ordi("Reunión de equipo del lunes", "Iván Serrano <ivan.serrano@penalara.example>",
     "Hola, muevo la reunión de equipo del lunes a las 11. Revisaremos los candidatos para la vacante de QA y el plan del trimestre.\n\nIván")
ordi("Tu pedido ha sido enviado", "Tienda Online Hogar <pedidos@hogar.example>",
     "Hola Candela, tu pedido #45102 ya está en camino. Llegará el jueves.\n\nAtención al cliente")
ordi("Cambio de horario de la oficina", "Oficina Madrid <oficina@nexodigital.example>",
     "Hola a todos, desde el 1 de diciembre la oficina abrirá a las 8:00. El puesto de recepción estará cubierto de 8 a 18.", to=ME)
ordi("Certificado de retenciones", "Gestoría Llanes <info@gestoriallanes.example>",
     "Hola Candela, te adjunto el certificado de retenciones de tu anterior empleo para la declaración de la renta.\n\nUn saludo,\nGestoría Llanes")
ordi("Tu cita en el SEPE", "Cita Previa SEPE <no-reply@citaprevia-empleo.example>",
     "Su cita para la renovación de la demanda de empleo ha sido confirmada para el día 2 de diciembre a las 9:40 en la oficina de Getafe.")
ordi("Enhorabuena por el aniversario", "Recursos Humanos <rrhh@logisticatajo.example>",
     "¡Hola Candela! Hoy hace tres años que te incorporaste al equipo. ¡Gracias por tu trabajo!", to=ME)
ordi("Evaluación del periodo de prueba de Daniel", "Marta Cifuentes <mcifuentes@logisticatajo.example>",
     "Hola Candela, ¿me mandas antes del viernes tu valoración del periodo de prueba de Daniel? Yo lo veo muy bien.\n\nMarta", to=ME)
ordi("Newsletter interna - noviembre", "Comunicación Interna <comunicacion@logisticatajo.example>",
     "En este número: nuevo centro logístico en Illescas, entrevistamos al equipo de tráfico y publicamos las vacantes internas del mes.", to=ME)
ordi("Firma del contrato de alquiler", "Inmobiliaria Centro <alquileres@inmocentro.example>",
     "Hola Candela, te esperamos el jueves a las 12 para firmar el contrato del piso. Trae tu última nómina y el DNI.")
ordi("Plan de carrera 2027", "Nuria Galán <ngalan@quimera.example>",
     "Hola Candela, adjunto el borrador del plan de carrera que hablamos. Lo revisamos en la próxima reunión.\n\nNuria", to="Candela Ríos <candela.rios@quimera.example>")
ordi("Solicitud de referencias", "Carla Domínguez <carla.dominguez@talentia.example>",
     "Hola Candela, una excandidata, Sonia Prieto, te ha dado como referencia. ¿Tendrías diez minutos esta semana para una llamada?\n\nCarla")
ordi("Renovación del contrato", "Recursos Humanos <rrhh@logisticatajo.example>",
     "Hola Candela:\n\nTe confirmamos la conversión de tu contrato en indefinido a partir del 1 de enero. Pasa por RRHH para firmarlo.\n\nRRHH", to=ME)
ordi("Jornada de puertas abiertas", "Universidad de Valdecastro <comunicacion@uvaldecastro.example>",
     "Te invitamos a la jornada de empleo y prácticas del 10 de diciembre, con más de 40 empresas que buscan talento.")
ordi("Turnos de la semana", "Jorge Alcalde <jorge.alcalde@mercadosolmeda.example>",
     "Hola Candela, te paso los turnos de la semana. El sábado cubres tú la caja 3 por la mañana.\n\nJorge", to="Candela Ríos <candela.rios@mercadosolmeda.example>")


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
ENCODINGS = [("utf-8", "quoted-printable"), ("utf-8", "base64"), ("iso-8859-1", "quoted-printable"),
             ("utf-8", "8bit"), ("windows-1252", "quoted-printable"), ("iso-8859-1", "base64"),
             ("windows-1252", "8bit")]
BASE_DATE = datetime(2026, 11, 2, 8, 30, tzinfo=timezone(timedelta(hours=1)))


def _wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append(textwrap.fill(line, 72, break_long_words=False) if len(line) > 76 else line)
    return "\n".join(out)


def _html(text: str, footer: bool = True) -> str:
    import html as h
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join("<p style=\"margin:0 0 12px 0\">" + "<br>\n".join(h.escape(x) for x in p.split("\n")) + "</p>"
                     for p in paras)
    foot = ("<p style=\"font-size:11px;color:#888\">Este mensaje se ha generado automáticamente. "
            "Por favor, no respondas a este correo.</p>") if footer else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
            "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:24px\">\n"
            + body + "\n</td></tr><tr><td style=\"padding:0 24px\">" + foot + "</td></tr></table></body></html>\n")


def _pick(text: str, i: int):
    cs, cte = ENCODINGS[i % len(ENCODINGS)]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return cs, cte


def render(i: int, m: dict) -> bytes:
    text = m["body"]
    if m["fwd"]:
        f_from, f_date, f_subj, f_to, f_body = m["fwd"]
        text += ("\n\n---------- Mensaje reenviado ---------\n"
                 f"De: {f_from}\nFecha: {f_date}\nAsunto: {f_subj}\nPara: {f_to}\n\n{f_body}\n")
    if m["quote"]:
        attribution, old = m["quote"]
        text += "\n\n" + attribution + "\n" + "\n".join("> " + x if x else ">" for x in old.split("\n"))
    msg = EmailMessage()
    msg["From"] = m["sender"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * i % 60))
    msg["Message-ID"] = f"<dev7es.{i:04d}@mail.example>"
    if m["quote"]:
        msg["In-Reply-To"] = f"<dev7es.prev{i:04d}@mail.example>"
    fmt = m["fmt"]
    if fmt == "rawhtml":
        html = "<html><body>\n" + text + "\n</body></html>\n"
        cs, cte = _pick(html, i)
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    elif fmt == "html":
        html = _html(text)
        cs, cte = _pick(html, i)
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        plain = _wrap(text)
        cs, cte = _pick(plain, i)
        msg.set_content(plain, charset=cs, cte=cte)
        if fmt == "alt":
            html = _html(text)
            cs2, cte2 = _pick(html, i + 3)
            msg.add_alternative(html, subtype="html", charset=cs2, cte=cte2)
    return msg.as_bytes(policy=policy.SMTP)


def label(i: int, m: dict) -> dict:
    rej_ = m["kind"] == "rejection"
    return {"file": f"{i:04d}.eml", "is_rejection": rej_,
            "company": m["company"] if rej_ else None, "role": m["role"] if rej_ else None,
            "contact_name": m["contact"] if rej_ else None, "contact_email": m["cemail"] if rej_ else None,
            "careers_url": m["url"] if rej_ else None, "lang": "es", "kind": m["kind"],
            **({"tier": m["tier"]} if rej_ else {})}


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(MSGS, 1):
        (out / f"{i:04d}.eml").write_bytes(render(i, m))
        lines.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(MSGS)} messages")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if sorted(x["file"] for x in labels) != files or len(set(files)) != len(labels):
        errors.append("labels and messages do not match 1:1")
    for lab in labels:
        with open(HERE / "messages" / lab["file"], "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        part = msg.get_body(("plain", "html"))
        if part is None or not part.get_content().strip():
            errors.append(f"{lab['file']}: no readable body")
        if not msg["Subject"] or not msg["From"]:
            errors.append(f"{lab['file']}: missing headers")
        if lab["is_rejection"] != (lab["kind"] == "rejection"):
            errors.append(f"{lab['file']}: kind/is_rejection mismatch")
    kinds = {}
    for lab in labels:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"{len(labels)} messages: {kinds}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
