"""Build the dev4/es corpus: 90 hand-written Spanish messages (rejections, hard look-alikes, ordinary mail).

Written by an author who had not read the detector's Spanish rules nor any other corpus message.
Deterministic: ``python build.py`` rewrites messages/NNNN.eml and labels.jsonl; ``python build.py --check``
parses every message back and checks that labels and files match one to one.
"""

from __future__ import annotations

import html
import json
import re
import sys
import textwrap
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime, parseaddr
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
OWNER = ("Lucía Ferrer", "lucia.ferrer@correo.example")
BASE_DATE = datetime(2025, 10, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))

MESSAGES: list[dict] = []


def M(kind: str, rej: bool, subject: str, sender: str, body: str, *, fmt: str = "plain", charset: str = "utf-8",
      cte: str | None = None, wrap: int | None = None, labels: tuple | None = None, to: str | None = None,
      preheader: str | None = None) -> None:
    """Register one message. labels = (company, role, contact_name, contact_email, careers_url)."""
    company, role, cname, cemail, url = labels if labels else (None, None, None, None, None)
    MESSAGES.append({"kind": kind, "rej": rej, "subject": subject, "sender": sender, "body": body.strip("\n"),
                     "fmt": fmt, "charset": charset, "cte": cte, "wrap": wrap, "to": to, "preheader": preheader,
                     "label": {"company": company, "role": role, "contact_name": cname, "contact_email": cemail,
                               "careers_url": url}})


LEGAL = """
---
Este mensaje se ha enviado de forma automática; por favor, no respondas a esta dirección.
Información básica sobre protección de datos. Responsable: {legal}. Finalidad: gestionar los procesos de
selección en los que participas. Legitimación: tu consentimiento. Destinatarios: no se cederán datos a
terceros salvo obligación legal. Derechos: acceso, rectificación, supresión, oposición, limitación y
portabilidad, tal y como se explica en nuestra política de privacidad: {privacy}
Gestionar tus preferencias de correo: {prefs}
"""

# ---------------------------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------------------------

M("rejection/workday_html_only_after_applying", True,
  "Actualización sobre tu candidatura – Analista de Riesgos Junior (REQ-20931)",
  "Grupo Aldebarán Energía <aldebaran@myworkday.example>", """
Hola Lucía:

Gracias por el interés que has mostrado en Grupo Aldebarán Energía y por presentar tu candidatura a la posición Analista de Riesgos Junior (REQ-20931).

Hemos recibido un número muy elevado de solicitudes para esta posición. Tras analizarlas, lamentamos comunicarte que tu candidatura no ha sido seleccionada para continuar en el proceso.

Te animamos a seguir consultando nuestras vacantes en https://empleo.aldebaran-energia.example/ofertas y a inscribirte en aquellas que se ajusten a tu perfil.

Un saludo,
Equipo de Selección
Grupo Aldebarán Energía
""" + LEGAL.format(legal="Aldebarán Energía, S.A.", privacy="https://www.aldebaran-energia.example/privacidad",
                   prefs="https://aldebaran.wd3.myworkday.example/prefs?u=8812"),
  fmt="html", preheader="Información sobre tu proceso",
  labels=("Grupo Aldebarán Energía", "Analista de Riesgos Junior", None, None,
          "https://empleo.aldebaran-energia.example/ofertas"))

M("rejection/greenhouse_alt_moving_on_with_others", True,
  "Tu candidatura en Pixelmar", "Marta Quiroga <no-reply@greenhouse-mail.example>", """
Hola Lucía,

Muchas gracias por tu interés en el puesto de Product Designer y por el tiempo que has dedicado a preparar tu candidatura; se nota el cariño que le has puesto al portfolio.

Tras revisar con detenimiento tu perfil junto al equipo de diseño, hemos decidido avanzar con otras personas cuya trayectoria encaja mejor con lo que necesitamos en este momento.

Sabemos que no es la respuesta que esperabas. Si te apetece, puedes seguir nuestras nuevas posiciones en https://pixelmar.example/careers.

Un abrazo,
Marta Quiroga
Talent Acquisition · Pixelmar
marta.quiroga@pixelmar.example
""", fmt="alt",
  labels=("Pixelmar", "Product Designer", "Marta Quiroga", "marta.quiroga@pixelmar.example",
          "https://pixelmar.example/careers"))

M("rejection/personio_formal_usted_passive", True,
  "Su solicitud como Coordinador/a de Almacén (Zaragoza)",
  "Vollmer Logística Ibérica <jobs@vollmer.jobs.personio.example>", """
Estimada Sra. Ferrer:

Le agradecemos sinceramente su solicitud y la confianza depositada en Vollmer Logística Ibérica.

Después de un análisis minucioso de todas las solicitudes recibidas, le informamos de que su solicitud no podrá ser tenida en cuenta en el presente proceso de selección. Esta decisión no supone una valoración negativa de su trayectoria profesional.

Conservaremos sus datos durante seis meses por si surgiera una vacante adecuada, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Vollmer Logística Ibérica S.L.
Polígono Plaza, calle B, 50197 Zaragoza

Powered by Personio
""", labels=("Vollmer Logística Ibérica", "Coordinador/a de Almacén", None, None, None))

M("rejection/small_firm_informal_after_interview", True,
  "Re: Entrevista desarrollador backend", "Raúl Benítez <raul@tallerdigital.example>", """
Hola Lucía,

Perdona que haya tardado en escribirte, han sido unos días de locos con la entrega del cliente.

Te cuento: al final nos hemos decantado por otra persona para el puesto de desarrollador backend. Fue una decisión complicada porque nos gustó mucho cómo planteaste la prueba, pero buscábamos a alguien con más rodaje en Django.

Si en unos meses volvemos a crecer, me acordaré de ti, de verdad.

Un saludo y mucha suerte,
Raúl
Taller Digital
""", labels=("Taller Digital", "desarrollador backend", "Raúl Benítez", "raul@tallerdigital.example", None))

M("rejection/agency_relays_anonymous_client", True,
  "Proceso Controller Financiero – feedback del cliente",
  "Iñigo Larrañaga <ilarranaga@talentiasearch.example>", """
Buenos días, Lucía:

Espero que estés bien. Como te comenté, quería darte el feedback en cuanto lo tuviera.

Hemos recibido la respuesta de nuestro cliente y, lamentablemente, han optado por no continuar con tu candidatura para la posición de Controller Financiero. Valoran mucho tu experiencia en consolidación, pero el perfil finalista tiene más recorrido en entornos SAP.

Seguiré pendiente de nuevas búsquedas que puedan encajarte y te llamaré si surge algo.

Un abrazo,
Iñigo Larrañaga
Senior Consultant | Talentia Search Partners
+34 600 000 000
""", labels=("Talentia Search Partners", "Controller Financiero", "Iñigo Larrañaga",
             "ilarranaga@talentiasearch.example", None))

M("rejection/university_commission_impersonal", True,
  "Convocatoria TA-14/2025: Técnico/a de Apoyo a la Investigación – comunicación de resultado",
  "Servicio de Personal Investigador <spi@uvaldeluna.example>", """
Estimada Sra. Lucía Ferrer Ortega:

En relación con su participación en la convocatoria TA-14/2025 para la contratación de un/a Técnico/a de Apoyo a la Investigación con cargo al proyecto BIOMAR, se le comunica que, una vez valorados los méritos de las personas aspirantes, la Comisión de Valoración ha acordado proponer para el contrato a otra persona aspirante y, en consecuencia, no formular propuesta de contratación a su favor.

Contra esta resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes a contar desde el día siguiente a su notificación.

Atentamente,

Dra. Elena Sastre Morán
Secretaria de la Comisión de Valoración
Universidad de Valdeluna
""", charset="iso-8859-1", cte="qp",
  labels=("Universidad de Valdeluna", "Técnico/a de Apoyo a la Investigación", "Elena Sastre Morán",
          "spi@uvaldeluna.example", None))

M("rejection/internship_office_relays_company", True,
  "Prácticas en Lumbre Comunicación – resultado de la selección",
  "Oficina de Prácticas y Empleo <practicas@ucostanera.example>", """
Hola Lucía:

Te escribimos desde la Oficina de Prácticas en relación con la oferta de prácticas extracurriculares «Marketing Digital» (ref. 2025-311) de la empresa Lumbre Comunicación.

Sentimos decirte que la empresa no ha elegido tu perfil para esta plaza. Nos comentan que han recibido muchas candidaturas y que valoraban experiencia previa en gestión de campañas de pago.

Recuerda que en el portal tienes nuevas ofertas cada semana: https://empleo.ucostanera.example/practicas

Un saludo,
Oficina de Prácticas y Empleo
Universidad Costanera
""", labels=("Lumbre Comunicación", "Marketing Digital", None, None, None))

M("rejection/position_filled_keep_cv", True,
  "Vacante Técnico de Mantenimiento", "Hidráulicas del Ebro <rrhh@hidraulicasebro.example>", """
Buenas tardes Lucía,

Gracias por enviarnos tu currículum para la vacante de Técnico de Mantenimiento Industrial.

Te escribimos para avisarte de que la vacante ya está cubierta. Guardaremos tu CV en nuestra base de datos por si más adelante sale algo que encaje contigo.

Saludos cordiales,
Pilar Aranda
Administración y RRHH – Hidráulicas del Ebro
""", charset="iso-8859-1", cte="qp",
  labels=("Hidráulicas del Ebro", "Técnico de Mantenimiento Industrial", "Pilar Aranda",
          "rrhh@hidraulicasebro.example", None))

M("rejection/teamtailor_talent_pool_concessive", True,
  "Sobre tu candidatura a Responsable de Sala de Cocción",
  "Cervecera Montaraz <notifications@teamtailor-mail.example>", """
¡Hola Lucía!

Antes de nada, gracias por querer formar parte de la familia Montaraz 🍺.

Aunque en esta ocasión no vamos a seguir adelante con tu candidatura para Responsable de Sala de Cocción, nos ha encantado conocerte y nos gustaría mantener tu perfil en nuestra comunidad de talento para futuras oportunidades.

Si prefieres que eliminemos tus datos, puedes hacerlo aquí: https://montaraz.teamtailor.example/connect/remove?c=44102

¡Salud!
Equipo de Personas · Cervecera Montaraz
https://montaraz.teamtailor.example/jobs
""", fmt="alt",
  labels=("Cervecera Montaraz", "Responsable de Sala de Cocción", None, None,
          "https://montaraz.teamtailor.example/jobs"))

M("rejection/hiring_freeze_closes_process", True,
  "Proceso de selección Actuario/a Senior", "Navalia Seguros – Selección <seleccion@navalia.example>", """
Estimada Lucía:

Queremos agradecerte tu participación en el proceso para la posición de Actuario/a Senior y el tiempo dedicado a las dos entrevistas.

Como consecuencia de una reorganización interna del área técnica, la compañía ha congelado las nuevas incorporaciones hasta el próximo ejercicio. Por este motivo, nos vemos obligados a dar por cerrado el proceso, y tu candidatura no seguirá adelante.

Lamentamos no poder darte mejores noticias. Si el puesto se reabre, volveremos a contactar contigo.

Un cordial saludo,
Álvaro Pineda
Talent Acquisition Partner
Navalia Seguros
""", labels=("Navalia Seguros", "Actuario/a Senior", "Álvaro Pineda", "seleccion@navalia.example", None))

M("rejection/role_cancelled", True,
  "Cancelación de la vacante Jefe/a de Obra – Valencia",
  "Constructora Almagro <empleo@almagro-construccion.example>", """
Hola, Lucía:

Te contactamos en relación con tu candidatura para la vacante de Jefe/a de Obra en Valencia.

Por cambios en la planificación del proyecto, la posición ha sido cancelada y, por consiguiente, damos por finalizado este proceso de selección. Lamentamos las molestias que esto pueda ocasionarte.

Puedes consultar el resto de vacantes en https://almagro-construccion.example/trabaja-con-nosotros

Un saludo,
Departamento de Personas
Constructora Almagro
""", labels=("Constructora Almagro", "Jefe/a de Obra", None, None,
             "https://almagro-construccion.example/trabaja-con-nosotros"))

M("rejection/smartrecruiters_not_a_fit_now", True,
  "Orbe Retail: tu solicitud para Visual Merchandiser", "Orbe Retail <no-reply@smartrecruiters-mail.example>", """
Hola Lucía,

Gracias por postularte a Visual Merchandiser en Orbe Retail.

Hemos revisado tu experiencia con atención. En este momento tu perfil no se ajusta a lo que necesitamos para esta posición, por lo que no pasarás a la fase de entrevistas.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Talento de Orbe Retail

Este correo se ha enviado a través de SmartRecruiters. Política de privacidad: https://www.smartrecruiters.example/privacy
""", fmt="alt", labels=("Orbe Retail", "Visual Merchandiser", None, None, None))

M("rejection/chose_candidate_whose_experience", True,
  "Coordinadora de Enfermería – Clínica Aurora Chamberí", "Clínicas Aurora <personas@clinicasaurora.example>", """
Hola Lucía,

Gracias de nuevo por venir a conocernos el pasado martes.

Finalmente hemos elegido a una candidata cuya experiencia en la gestión de turnos y de equipos grandes se ajusta más a lo que necesita ahora la clínica. Ha sido una elección muy ajustada.

Nos encantaría volver a contar con tu candidatura en futuras vacantes.

Un saludo,
Begoña Ruiz
Responsable de Personas
Clínicas Aurora
""", labels=("Clínicas Aurora", "Coordinadora de Enfermería", "Begoña Ruiz", "personas@clinicasaurora.example",
             None))

M("rejection/buried_after_expenses", True,
  "Gastos del viaje y otras cosas", "Jaime Ribalta <jaime@bodegasribalta.example>", """
Hola Lucía:

Lo primero, ya he pasado a contabilidad el billete de tren y la noche de hotel de tu visita a la bodega; te harán la transferencia esta semana o la siguiente. Si no te llega, avísame.

También te devuelvo el cuaderno que te dejaste en la sala de catas; te lo mando por mensajería.

En cuanto al puesto de Responsable de Exportación, siento decirte que no vas a pasar a la última fase. Hemos preferido seguir con dos perfiles que ya tienen cartera en el mercado asiático.

Ha sido un placer conocerte.

Un abrazo,
Jaime Ribalta
Director Comercial – Bodegas Ribalta
""", labels=("Bodegas Ribalta", "Responsable de Exportación", "Jaime Ribalta", "jaime@bodegasribalta.example",
             None))

M("rejection/reply_quotes_owner_followup", True,
  "RE: ¿Novedades sobre el puesto de QA Engineer?",
  "Sonia Echevarría <sonia.echevarria@kobaltsistemas.example>", """
Hola Lucía,

Disculpa la tardanza en contestar, hemos estado cerrando el trimestre.

Por desgracia, la respuesta del equipo ha sido negativa y no continuaremos con tu proceso para QA Engineer. Te agradezco muchísimo el interés y la paciencia.

Un saludo,
Sonia Echevarría
People & Culture · Kobalt Sistemas

-----Mensaje original-----
De: Lucía Ferrer <lucia.ferrer@correo.example>
Enviado el: lunes, 3 de noviembre de 2025 9:12
Para: Sonia Echevarría
Asunto: ¿Novedades sobre el puesto de QA Engineer?

Hola Sonia:
Te escribo para preguntarte si hay alguna novedad sobre el proceso de QA Engineer. Sigo muy interesada en la posición.
Gracias,
Lucía
""", charset="windows-1252", cte="qp",
  labels=("Kobalt Sistemas", "QA Engineer", "Sonia Echevarría", "sonia.echevarria@kobaltsistemas.example", None))

M("rejection/agency_forwards_client_decision", True,
  "RV: Candidatura Key Account Manager - L. Ferrer", "Carmen Villalobos <carmen@puentetalento.example>", """
Lucía, te reenvío la respuesta que me ha llegado de Grupo Farmadiez. Lo siento mucho, sé que te hacía ilusión. Hablamos mañana y vemos otras opciones.

Carmen Villalobos
Puente Talento Consultores

---------- Mensaje reenviado ---------
De: Marcos Teijeiro <mteijeiro@farmadiez.example>
Fecha: mié, 12 nov 2025 a las 17:40
Asunto: Candidatura Key Account Manager - L. Ferrer
Para: Carmen Villalobos <carmen@puentetalento.example>

Hola Carmen:

Gracias por presentarnos a Lucía. Tras la segunda entrevista, hemos resuelto no avanzar con su candidatura; buscamos a alguien con más experiencia en el canal hospitalario.

Un saludo,
Marcos Teijeiro
Dirección Comercial – Grupo Farmadiez
""", labels=("Grupo Farmadiez", "Key Account Manager", "Carmen Villalobos", "carmen@puentetalento.example", None))

M("rejection/line_wrapped_closed_without_profile", True,
  "Puesto de Editor/a de mesa (ref. ED-07)", "Editorial Brezo <seleccion@editorialbrezo.example>", """
Estimada Lucía Ferrer:

Le escribimos en relación con su candidatura al puesto de Editor/a de mesa (ref. ED-07) publicado en nuestra web el pasado mes de septiembre. Tras completar las entrevistas con las personas preseleccionadas, lamentamos comunicarle que hemos cerrado el proceso sin contar con su perfil. Hemos valorado positivamente su formación en Filología, aunque buscábamos una experiencia más larga en edición de no ficción.

Le deseamos mucho éxito en sus próximos proyectos profesionales.

Un saludo cordial,
Nieves Cardona
Directora Editorial
Editorial Brezo
""", wrap=66, labels=("Editorial Brezo", "Editor/a de mesa", "Nieves Cardona", "seleccion@editorialbrezo.example",
                       None))

M("rejection/cp1252_typographic_quotes_not_prospered", True,
  "Candidatura “Responsable de Compras”",
  "Ferretería Industrial Garmendia <administracion@garmendia.example>", """
Buenos días Lucía:

Tu candidatura para el puesto “Responsable de Compras” no ha prosperado. Nos ha llegado un volumen de currículums muy alto y hemos tenido que ser muy selectivos; la persona que se incorpora tiene experiencia en el sector del suministro industrial.

Te agradecemos el interés y te deseamos lo mejor.

Un saludo,
Koldo Garmendia
Gerente
Ferretería Industrial Garmendia, S.L.
""", charset="windows-1252", cte="qp",
  labels=("Ferretería Industrial Garmendia", "Responsable de Compras", "Koldo Garmendia",
          "administracion@garmendia.example", None))

M("rejection/base64_not_in_position_to_offer", True,
  "Entrevista del jueves", "Mercedes Llorente <mercedes@gestoriallorente.example>", """
Hola Lucía,

Muchas gracias por venir el jueves a la entrevista. Lamentablemente, no estamos en disposición de ofrecerte el puesto de Administrativo/a Contable. Nos ha faltado algo más de experiencia con el programa de nóminas que utilizamos en la gestoría.

Un saludo,
Mercedes Llorente
Gestoría Llorente
""", cte="base64", labels=("Gestoría Llorente", "Administrativo/a Contable", "Mercedes Llorente",
                           "mercedes@gestoriallorente.example", None))

M("rejection/conditional_politeness_not_chosen", True,
  "Proceso de selección – Planificador/a de Rutas", "Transportes Ibarra <rrhh@transportesibarra.example>", """
Estimada Sra. Ferrer:

Agradecemos el interés mostrado por incorporarse a Transportes Ibarra y el tiempo dedicado a las entrevistas.

Nos hubiera gustado poder darle otra respuesta, pero su perfil no ha sido finalmente el elegido para el puesto de Planificador/a de Rutas.

Reciba un cordial saludo,
Gorka Ibarra
Director de Operaciones
Transportes Ibarra
""", charset="iso-8859-1", cte="qp",
  labels=("Transportes Ibarra", "Planificador/a de Rutas", "Gorka Ibarra", "rrhh@transportesibarra.example", None))

M("rejection/join_status_nominal", True,
  "Actualización de tu candidatura: Jefe/a de Sala", "JOIN <no-reply@join-mail.example>", """
Hola Lucía,

Restaurante La Alacena ha actualizado el estado de tu candidatura para Jefe/a de Sala.

Estado: Descartada

Mensaje de la empresa:
«Gracias por tu interés. Hemos cubierto el puesto con una persona de la zona con disponibilidad inmediata. ¡Mucha suerte!»

Ver mis candidaturas: https://join.example/candidate/applications

Este correo ha sido enviado por JOIN en nombre de Restaurante La Alacena.
""", fmt="alt", labels=("Restaurante La Alacena", "Jefe/a de Sala", None, None, None))

M("rejection/temp_agency_client_named", True,
  "Tu candidatura: Mozo/a de almacén – Lidermar Getafe",
  "Eurolabor ETT – Oficina Getafe <getafe@eurolabor.example>", """
Hola Lucía:

Te llamamos ayer pero no pudimos hablar contigo.

Queríamos contarte que el cliente, Lidermar, ha decidido seguir con otros perfiles para las plazas de mozo/a de almacén del turno de noche. Ellos buscaban a gente con carné de carretillero en vigor.

Seguimos teniendo ofertas activas en la zona sur; si te interesa alguna, respóndenos a este correo.

Un saludo,
Rocío Sanz
Técnica de Selección – Eurolabor ETT
""", labels=("Lidermar", "Mozo/a de almacén", "Rocío Sanz", "getafe@eurolabor.example", None))

M("rejection/cto_first_person_direct", True,
  "Sobre lo de la semana pasada", "Dani Ortuño <dani@nubaria.example>", """
¡Hola Lucía!

Gracias otra vez por la charla del viernes, me lo pasé genial hablando de observabilidad.

Te escribo porque prefiero ser directo: he hablado con el equipo y no voy a poder contar contigo para la posición de SRE. Necesitamos a alguien que pueda hacer guardias desde el primer mes y con tu preaviso no nos cuadra.

Lo siento de verdad. Si te apetece, seguimos en contacto.

Dani
CTO @ Nubaria
""", labels=("Nubaria", "SRE", "Dani Ortuño", "dani@nubaria.example", None))

M("rejection/reason_before_decision", True,
  "Recepcionista – temporada 2026", "Hotel Miramar Costa <direccion@hotelmiramarcosta.example>", """
Estimada Lucía:

Gracias por tu solicitud para el puesto de Recepcionista para la temporada 2026.

Como nuestra clientela es mayoritariamente alemana y buscamos a alguien con un nivel C1 de alemán, hemos preferido no seguir adelante con tu solicitud en esta ocasión.

Un saludo cordial,
Ingrid Vázquez
Dirección – Hotel Miramar Costa
""", labels=("Hotel Miramar Costa", "Recepcionista", "Ingrid Vázquez", "direccion@hotelmiramarcosta.example", None))

M("rejection/subjunctive_regret", True,
  "Plaza de Educador/a Infantil", "Escuela Infantil Los Almendros <direccion@losalmendros.example>", """
Hola Lucía:

Te agradecemos de corazón tu candidatura y la visita a la escuela.

Lamentamos que esta vez no hayamos podido contar contigo para la plaza de Educador/a Infantil: la hemos cubierto con una persona que ya había hecho las prácticas con nosotras.

Un saludo muy afectuoso,
Amparo Gil
Directora
Escuela Infantil Los Almendros
""", labels=("Escuela Infantil Los Almendros", "Educador/a Infantil", "Amparo Gil", "direccion@losalmendros.example",
             None))

M("rejection/mexico_postulacion_formal", True,
  "Seguimiento a su postulación – Ingeniero de Calidad",
  "Reclutamiento Grupo Cemtlán <reclutamiento@cemtlan.example>", """
Estimada Lucía:

Agradecemos su interés en formar parte de Grupo Cemtlán y el tiempo que dedicó a su postulación para la vacante de Ingeniero de Calidad en nuestra planta de Querétaro.

Le informamos que, tras una cuidadosa revisión, su postulación no fue considerada para avanzar a la siguiente etapa del proceso.

La invitamos a seguir pendiente de nuestras vacantes en https://cemtlan.example/bolsa-de-trabajo

Saludos cordiales,
Atracción de Talento
Grupo Cemtlán
""", fmt="alt", labels=("Grupo Cemtlán", "Ingeniero de Calidad", None, None, "https://cemtlan.example/bolsa-de-trabajo"))

M("rejection/argentina_voseo_busqueda", True,
  "Búsqueda Analista Contable Sr", "Florencia Bermejo <florencia@estudiobermejo.example>", """
Hola Lucía, ¿cómo estás?

Te escribo por la búsqueda de Analista Contable Sr. Queríamos contarte que en esta oportunidad decidimos seguir con otros postulantes que tienen más experiencia en liquidación de impuestos provinciales.

Gracias por tu tiempo y por la buena onda en la entrevista. Ojalá podamos cruzarnos en futuras búsquedas.

Saludos,
Flor
Estudio Contable Bermejo & Asociados
""", labels=("Estudio Contable Bermejo & Asociados", "Analista Contable Sr", "Florencia Bermejo",
             "florencia@estudiobermejo.example", None))

M("rejection/lever_chile_cargo", True,
  "Tu postulación a Ejecutivo/a Comercial Pymes", "Banco Andino del Sur <no-reply@hire.lever.example>", """
Hola Lucía,

Muchas gracias por postular al cargo de Ejecutivo/a Comercial Pymes en Banco Andino del Sur.

Te informamos que no continuarás en el proceso de selección para este cargo. Recibimos una gran cantidad de postulaciones y tuvimos que tomar decisiones difíciles.

Te invitamos a revisar nuestras otras oportunidades en https://jobs.lever.example/bancoandino

Saludos,
Equipo de Reclutamiento
Banco Andino del Sur
""", fmt="alt", labels=("Banco Andino del Sur", "Ejecutivo/a Comercial Pymes", None, None,
                        "https://jobs.lever.example/bancoandino"))

M("rejection/apprenticeship_places_filled", True,
  "FP Dual Electromecánica – curso 2025/26", "Talleres Urdaneta <formacion@talleresurdaneta.example>", """
Hola Lucía:

Gracias por tu interés en hacer la FP Dual de Electromecánica de Vehículos con nosotros.

Ya hemos cubierto todas las plazas de aprendiz disponibles para este curso, por lo que no podemos incorporarte. Tu instituto ya está informado.

Te deseamos mucha suerte y ánimo con el ciclo.

Un saludo,
Josu Urdaneta
Talleres Urdaneta
""", labels=("Talleres Urdaneta", "aprendiz de Electromecánica de Vehículos", "Josu Urdaneta",
             "formacion@talleresurdaneta.example", None))

M("rejection/student_summer_job_team_complete", True,
  "Monitores verano 2026", "Campamentos Sierra Alta <equipo@sierraalta.example>", """
¡Hola Lucía!

Mil gracias por apuntarte al proceso de selección de monitores de tiempo libre para este verano.

Te contamos: este año el equipo de monitores ya está completo y no podremos ofrecerte plaza en los turnos de julio ni de agosto. Nos quedamos con tu ficha por si hubiera alguna baja de última hora.

¡Un abrazo campamentero!
Equipo de Sierra Alta
""", labels=("Campamentos Sierra Alta", "monitor de tiempo libre", None, None, None))

M("rejection/decision_fell_on_another", True,
  "Proceso de selección Responsable de Siniestros", "Seguros La Previsora <seleccion@laprevisora.example>", """
Estimada Lucía:

Queremos agradecerte el tiempo que dedicaste a las entrevistas para la posición de Responsable de Siniestros. El comité valoró muy positivamente tu perfil; sin embargo, la decisión final ha recaído en otro candidato.

Te animamos a seguir atenta a nuestras ofertas en https://laprevisora.example/empleo.

Un saludo,
Patricia Lozano
Selección y Desarrollo
Seguros La Previsora
""", fmt="alt", labels=("Seguros La Previsora", "Responsable de Siniestros", "Patricia Lozano",
                        "seleccion@laprevisora.example", "https://laprevisora.example/empleo"))

M("rejection/blunt_discarded_requirement", True,
  "Tripulante de Cabina de Pasajeros – estado de tu solicitud",
  "Aerolíneas Brisa Careers <careers@brisa.smartrecruiters-mail.example>", """
Hola Lucía:

Hemos descartado tu candidatura porque no cumples el requisito de altura mínima establecido para el puesto de Tripulante de Cabina de Pasajeros.

Podrás volver a presentarte en futuras convocatorias si se modifican los requisitos.

Aerolíneas Brisa – Talent Acquisition
""", labels=("Aerolíneas Brisa", "Tripulante de Cabina de Pasajeros", None, None, None))

M("rejection/recruitee_process_ends_here", True,
  "Tu proceso con Monedo", "Monedo Finanzas <monedo@recruitee-mail.example>", """
Hola Lucía,

Gracias por todo lo que nos has enseñado en estas semanas: tu prueba de datos fue de las mejores que hemos recibido.

Te escribimos para decirte que tu proceso como Data Analyst con nosotros termina aquí. El equipo ha valorado otra candidatura con más experiencia en riesgo de crédito.

Esperamos cruzarnos de nuevo.

Un saludo,
Nerea Castaño
Talent Team · Monedo
""", fmt="alt", labels=("Monedo Finanzas", "Data Analyst", "Nerea Castaño", "monedo@recruitee-mail.example", None))

M("rejection/failed_technical_test", True,
  "Resultado de la prueba técnica", "Códice Software <rrhh@codicesoftware.example>", """
Hola Lucía,

Gracias por realizar la prueba técnica para el puesto de Desarrollador/a Frontend.

Te comunicamos que no has alcanzado la puntuación mínima, por lo que no podemos seguir con tu candidatura.

Un saludo,
Equipo de RRHH de Códice Software
""", labels=("Códice Software", "Desarrollador/a Frontend", None, None, None))

M("rejection/softgarden_formal_opted_for_others", True,
  "Su candidatura: Ingeniero/a de Ventas Técnicas (m/f/d)",
  "Krämer Ibérica S.A. <jobs@kraemer.softgarden.example>", """
Estimada Sra. Ferrer:

Muchas gracias por su candidatura y por el interés en Krämer Ibérica.

Después de estudiar detenidamente su documentación, sentimos comunicarle que hemos optado por otros perfiles más ajustados a los requisitos del puesto.

Le deseamos mucho éxito en su futuro profesional.

Atentamente,
Sebastián Krämer
Recursos Humanos
Krämer Ibérica S.A. · C/ Industria 12 · 08940 Cornellà de Llobregat

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente por esta misma vía y proceda a su destrucción.
""", fmt="alt", labels=("Krämer Ibérica", "Ingeniero/a de Ventas Técnicas", "Sebastián Krämer",
                        "jobs@kraemer.softgarden.example", None))

M("rejection/html_table_cannot_advance", True,
  "Tu candidatura en Ópticas Visalia", "Ópticas Visalia <talento@visalia.example>", """
Hola Lucía,

Gracias por tu interés en unirte a Ópticas Visalia como Óptico/a Optometrista en nuestra tienda de Málaga.

Después de estudiar todas las candidaturas, no vamos a poder avanzar con la tuya en este proceso.

Te deseamos lo mejor,
El equipo de Talento de Ópticas Visalia

Ver ofertas: https://visalia.example/empleo
""", fmt="html", labels=("Ópticas Visalia", "Óptico/a Optometrista", None, None, "https://visalia.example/empleo"))

M("rejection/town_hall_awarded_to_other", True,
  "Bolsa de empleo temporal – Auxiliar Administrativo",
  "Ayuntamiento de Villanueva del Campo – Personal <personal@villanuevadelcampo.example>", """
Sra. Ferrer:

En relación con su solicitud para el nombramiento interino de Auxiliar Administrativo, le comunicamos que la plaza se ha adjudicado a otro aspirante con mayor puntuación en la bolsa de empleo vigente.

Su posición en la bolsa se mantiene sin cambios para futuros llamamientos.

Negociado de Personal
Ayuntamiento de Villanueva del Campo
""", charset="iso-8859-1", labels=("Ayuntamiento de Villanueva del Campo", "Auxiliar Administrativo", None, None, None))

M("rejection/internal_candidate_no_more_interviews", True,
  "Puesto de Técnico/a de Calidad", "Cooperativa Agraria San Isidro <gerencia@coopsanisidro.example>", """
Buenos días Lucía:

Le escribimos sobre el puesto de Técnico/a de Calidad al que se presentó en octubre.

Finalmente, el consejo rector ha decidido cubrir la vacante con personal de la propia cooperativa, así que no se van a continuar las entrevistas con candidatos externos.

Gracias por su interés y su tiempo.

Atentamente,
Ramón Esteve
Gerente
Cooperativa Agraria San Isidro
""", labels=("Cooperativa Agraria San Isidro", "Técnico/a de Calidad", "Ramón Esteve", "gerencia@coopsanisidro.example",
             None))

M("rejection/offer_went_to_someone_else", True,
  "Re: Arquitecta junior", "Ane Zubiri <ane@zubiriarquitectura.example>", """
Hola Lucía,

Te he intentado llamar dos veces esta mañana pero no te localizo, así que te lo cuento por aquí para no tenerte esperando.

Al final la oferta se la hemos hecho a otra persona y ya la ha aceptado. Me costó mucho decidir entre vosotras dos.

Guardo tu portfolio y, si el estudio crece en primavera, serás la primera a la que llame.

Un beso,
Ane
Zubiri Arquitectura

El 10/11/2025, a las 18:03, Lucía Ferrer <lucia.ferrer@correo.example> escribió:
> Hola Ane, muchas gracias por la entrevista de hoy. Quedo a la espera de vuestras noticias.
> Un saludo, Lucía
""", labels=("Zubiri Arquitectura", "Arquitecta junior", "Ane Zubiri", "ane@zubiriarquitectura.example", None))

M("rejection/graduate_programme_no_place", True,
  "Programa Graduate 2026 – Consultora Vértice", "Consultora Vértice <graduates@greenhouse-mail.example>", """
Hola Lucía,

Gracias por participar en el assessment center del Programa Graduate 2026. Sabemos el esfuerzo que supone una jornada así.

Tras valorar los resultados de todas las pruebas, no podremos ofrecerte una plaza en esta edición del programa. La competencia ha sido muy alta este año.

Puedes volver a presentarte a cualquiera de nuestras vacantes de analista en https://vertice-consultora.example/empleo

Un saludo,
Equipo de Campus Recruiting
Consultora Vértice
""", fmt="html", labels=("Consultora Vértice", "Programa Graduate 2026", None, None,
                         "https://vertice-consultora.example/empleo"))

M("rejection/no_longer_considered_next_phases", True,
  "Tu candidatura para Camarera de Pisos", "Hoteles Candil <seleccion@hotelescandil.example>", """
Hola Lucía:

Te escribimos sobre la oferta de Camarera de Pisos para el Hotel Candil Cádiz.

Hemos revisado tu candidatura con el equipo del hotel y hemos tomado la decisión de no tenerla en cuenta para las siguientes fases. El puesto requiere disponibilidad para turno de tarde y fines de semana.

Gracias por pensar en nosotros.

Un saludo,
Selección · Hoteles Candil
""", labels=("Hoteles Candil", "Camarera de Pisos", None, None, None))

# ---------------------------------------------------------------------------------------------------------------
# Hard look-alikes
# ---------------------------------------------------------------------------------------------------------------

M("lookalike/received_with_silence_hedge", False,
  "Hemos recibido tu candidatura – Técnico/a de Sostenibilidad",
  "Grupo Aldebarán Energía <aldebaran@myworkday.example>", """
Hola Lucía:

Gracias por presentar tu candidatura a Técnico/a de Sostenibilidad (REQ-21107). La hemos recibido correctamente y nuestro equipo la revisará en los próximos días.

Si tu perfil encaja con los requisitos, te contactaremos para los siguientes pasos. En caso de no recibir noticias nuestras en un plazo de 30 días, entenderás que tu candidatura no ha sido seleccionada.

Puedes consultar el estado en cualquier momento desde tu área de candidato.

Un saludo,
Equipo de Selección
Grupo Aldebarán Energía
""" + LEGAL.format(legal="Aldebarán Energía, S.A.", privacy="https://www.aldebaran-energia.example/privacidad",
                   prefs="https://aldebaran.wd3.myworkday.example/prefs?u=8812"), fmt="html")

M("lookalike/incomplete_application", False,
  "Falta documentación en tu candidatura", "Navalia Seguros – Selección <seleccion@navalia.example>", """
Hola Lucía:

Hemos recibido tu solicitud para Analista de Pricing, pero falta el certificado de tu titulación universitaria.

Mientras no lo adjuntes, tu candidatura no podrá ser valorada por el equipo. Tienes hasta el día 28 para subirlo desde el portal de empleo.

Un saludo,
Selección · Navalia Seguros
""")

M("lookalike/interview_invitation_few_pass", False,
  "¡Queremos conocerte! Entrevista Senior Product Designer",
  "Marta Quiroga <no-reply@greenhouse-mail.example>", """
¡Hola Lucía!

¡Buenas noticias! Nos gustaría conocerte en una entrevista para el puesto de Senior Product Designer. No son muchos los perfiles que pasan a esta fase, así que enhorabuena.

¿Te vendría bien el martes 18 a las 10:00 o el miércoles 19 a las 16:30? La entrevista será por videollamada y durará unos 45 minutos.

Un abrazo,
Marta Quiroga
Talent Acquisition · Pixelmar
""", fmt="alt")

M("lookalike/assessment_deadline_conditional", False,
  "Prueba técnica – Desarrollador/a Backend", "Códice Software <rrhh@codicesoftware.example>", """
Hola Lucía,

Gracias por tu interés en el puesto de Desarrollador/a Backend. Como siguiente paso, te enviamos el enlace a la prueba técnica: https://codicesoftware.example/prueba/7781

Dispones de 72 horas para completarla. Si no la entregas dentro del plazo, lamentablemente no podremos continuar con tu candidatura.

¡Mucha suerte!
Equipo de RRHH de Códice Software
""")

M("lookalike/interview_rescheduled_cancelled_slot", False,
  "Cambio en tu entrevista del jueves", "Sonia Echevarría <sonia.echevarria@kobaltsistemas.example>", """
Hola Lucía,

Lo siento mucho, pero el responsable del equipo ha tenido un imprevisto y tenemos que cancelar la entrevista del jueves.

Te propongo moverla al lunes 24 a la misma hora. Disculpa las molestias y dime si te cuadra.

Un saludo,
Sonia Echevarría
People & Culture · Kobalt Sistemas
""")

M("lookalike/offer_with_regret_on_salary", False,
  "Carta de oferta – Supervisora de Enfermería", "Begoña Ruiz <personas@clinicasaurora.example>", """
Hola Lucía,

¡Enhorabuena! Nos complace ofrecerte el puesto de Supervisora de Enfermería en Clínica Aurora Retiro.

Lamentablemente, no podemos mejorar la banda salarial que comentamos en la entrevista, pero sí podemos incluir dos días adicionales de formación al año. Te adjunto la carta de oferta; necesitaríamos tu respuesta antes del viernes.

Un saludo,
Begoña Ruiz
Responsable de Personas
Clínicas Aurora
""")

M("lookalike/next_round_others_discarded", False,
  "Entrevista final – Controller Financiero", "Iñigo Larrañaga <ilarranaga@talentiasearch.example>", """
Hola Lucía:

¡Buenas noticias! El cliente quiere verte en la entrevista final con el CFO. Han descartado al resto de candidatos de la terna y quedáis solo dos.

¿Podrías el miércoles a las 12:00 en sus oficinas de la Castellana?

Un abrazo,
Iñigo Larrañaga
Talentia Search Partners
""")

M("lookalike/job_alert_board", False,
  "12 nuevas ofertas para «administrativa contable» en Bilbao", "EmpleoNorte <alertas@empleonorte.example>", """
Hola Lucía, estas son las ofertas nuevas de hoy que encajan con tu alerta:

Auxiliar Administrativo/a – Gestoría Ansotegui – Bilbao – 18.000-20.000 €
Técnico/a Contable – Grupo Lurra – Barakaldo – 24.000 €
Administrativa de Facturación – Distribuciones Ereño – Bilbao – Según valía

Ver todas las ofertas: https://empleonorte.example/alertas/553

Recibes este correo porque creaste una alerta de empleo. Las ofertas ya cubiertas no se muestran. Darte de baja: https://empleonorte.example/baja?a=553
""", fmt="alt")

M("lookalike/job_recommendations", False,
  "Empleos recomendados para ti: Jefe/a de Producto y 5 más", "Redpro <empleos@redpro.example>", """
Lucía, basándonos en tu perfil hemos encontrado estas oportunidades:

Jefe/a de Producto – Nubaria – Remoto – Solicitud sencilla
Product Owner – Banco Meridiano – Madrid – Hace 2 días
Product Manager Junior – Pixelmar – Barcelona – 34 solicitudes

No te pierdas ninguna: activa las notificaciones de empleo en la app.

Redpro · Cancelar suscripción
""", fmt="html")

M("lookalike/recruiter_outreach", False,
  "Posición Head of Finance – scale-up fintech", "Óscar Medina <omedina@hunterlink.example>", """
Hola Lucía,

He visto tu perfil y creo que podrías encajar muy bien en una posición de Head of Finance que estoy llevando para una scale-up fintech en Madrid.

¿Te apetecería que lo habláramos 15 minutos esta semana? Entiendo perfectamente si ahora no es el momento; en ese caso no te molesto más.

Un saludo,
Óscar Medina
Executive Search · HunterLink
""")

M("lookalike/newsletter_quotes_rejection_phrases", False,
  "Cómo encajar un «no» en tu búsqueda de empleo", "Brújula Empleo <newsletter@brujulaempleo.example>", """
Hola Lucía,

Esta semana hablamos de algo que todos hemos vivido: abrir el correo y leer «lamentamos comunicarte que tu candidatura no ha sido seleccionada».

1. No te lo tomes como algo personal. Un «hemos decidido seguir adelante con otros candidatos» suele tener más que ver con el encaje que con tu valía.
2. Pide feedback. Muchas empresas responden si preguntas con educación.
3. Sigue en contacto. La persona que te dijo «no continuarás en el proceso» puede llamarte en seis meses.

¡Ánimo con la búsqueda!
El equipo de Brújula Empleo

Darte de baja de la newsletter: https://brujulaempleo.example/baja
""", fmt="alt")

M("lookalike/housing_rental_refused", False,
  "Solicitud de alquiler – Piso C/ Alcalá 212", "Inmobiliaria Portal del Sol <alquileres@portaldelsol.example>", """
Estimada Lucía:

Tras estudiar la documentación aportada (contrato de trabajo, tres últimas nóminas y aval bancario), lamentamos comunicarle que el propietario ha decidido alquilar la vivienda a otro solicitante, por lo que su solicitud no ha sido aceptada.

Le seguiremos enviando pisos que encajen con su búsqueda.

Un saludo,
Inmobiliaria Portal del Sol
""")

M("lookalike/loan_refused", False,
  "Respuesta a su solicitud de préstamo personal", "Banco Meridiano <avisos@bancomeridiano.example>", """
Estimada clienta:

Tras analizar su solicitud de préstamo personal y la información facilitada sobre su situación laboral y sus ingresos, lamentamos informarle de que en este momento no podemos concederle la financiación solicitada.

Puede volver a solicitarlo dentro de seis meses o acudir a su oficina para estudiar otras alternativas.

Atentamente,
Banco Meridiano
""", charset="iso-8859-1", cte="qp")

M("lookalike/paper_rejected_hr_journal", False,
  "Decisión editorial – Manuscrito RPTO-2025-118",
  "Revista de Psicología del Trabajo <editorial@rpto.example>", """
Estimada Dra. Ferrer:

En relación con su manuscrito «Sesgos en la selección de personal: evidencia de un experimento de campo», le comunicamos que, tras la evaluación por pares, el comité editorial ha decidido no aceptarlo para su publicación.

Adjuntamos los informes de los revisores, que esperamos le resulten útiles.

Atentamente,
Prof. Tomás Aguirre
Editor jefe
""")

M("lookalike/grant_not_selected", False,
  "Resolución de la convocatoria de becas de movilidad 2026", "Fundación Horizonte <becas@fundacionhorizonte.example>", """
Estimada Lucía:

Le informamos de que se ha publicado la resolución de la convocatoria de becas para prácticas profesionales en el extranjero 2026.

Lamentamos comunicarle que su candidatura no ha resultado seleccionada para recibir la beca. Puede consultar el listado completo y las puntuaciones en nuestra web.

Un saludo,
Fundación Horizonte
""")

M("lookalike/school_place_not_obtained", False,
  "Adjudicación de plazas escolares curso 2026/27", "Consejería de Educación <escolarizacion@educa.example>", """
Estimada familia:

Le comunicamos que su hijo/a no ha obtenido plaza en el centro solicitado en primera opción. Ha sido asignado/a al CEIP Río Tormes, su segunda opción.

Puede presentar reclamación en la secretaría del centro en un plazo de tres días hábiles.

Servicio de Escolarización
""", fmt="alt")

M("lookalike/order_payment_refused", False,
  "Tu pedido #48213 ha sido cancelado", "Librería Pliego <pedidos@libreriapliego.example>", """
Hola Lucía:

Lamentablemente no hemos podido procesar tu pedido #48213 (Cómo superar una entrevista de trabajo, 2.ª ed.) porque el banco ha rechazado el pago.

Puedes volver a intentarlo con otra tarjeta desde tu cuenta.

Gracias,
Librería Pliego
""")

M("lookalike/job_fair_workshop_full", False,
  "Inscripción al taller «Simulación de entrevistas»", "Feria de Empleo UCostanera <feria@ucostanera.example>", """
Hola Lucía:

Gracias por tu interés en la Feria de Empleo Universitario. Tu inscripción en el taller «Simulación de entrevistas» no ha podido ser aceptada porque se ha completado el aforo.

Te hemos añadido a la lista de espera y te avisaremos si queda alguna plaza libre. El resto de actividades de la feria son de acceso libre.

Organización de la Feria de Empleo
""")

M("lookalike/insurance_refused", False,
  "Su solicitud de seguro de salud para autónomos", "Mutua Solana <contratacion@mutuasolana.example>", """
Estimada Sra. Ferrer:

Hemos revisado su solicitud del seguro de salud para profesionales autónomos. Según el cuestionario de salud y la actividad profesional declarada, sentimos comunicarle que no podemos aceptar su solicitud en las condiciones indicadas.

Un agente se pondrá en contacto con usted para proponerle otras modalidades.

Atentamente,
Mutua Solana
""")

M("lookalike/withdrawal_confirmed_by_ats", False,
  "Has retirado tu candidatura", "Orbe Retail <no-reply@smartrecruiters-mail.example>", """
Hola Lucía,

Te confirmamos que has retirado tu candidatura para Visual Merchandiser Senior. Sentimos que no sigas en el proceso; a partir de ahora ya no te tendremos en cuenta para esta posición.

Si cambias de opinión, puedes volver a postularte mientras la oferta siga abierta.

Equipo de Talento de Orbe Retail
""", fmt="alt")

M("lookalike/owner_withdrew_reply", False,
  "Re: Lidermar – viernes", "Rocío Sanz <getafe@eurolabor.example>", """
Entendido, Lucía. Como me pediste, doy de baja tu candidatura para Lidermar y no te enviaremos a la entrevista del viernes. ¡Enhorabuena por el nuevo trabajo!

Un saludo,
Rocío

El mar, 18 nov 2025 a las 8:55, Lucía Ferrer escribió:
> Hola Rocío, te aviso de que he aceptado otra oferta, así que prefiero retirarme del proceso de Lidermar.
> Muchas gracias por todo.
""")

M("lookalike/owner_as_interviewer", False,
  "Panel de ayer – Analista Junior", "Talento Interno · Lumen Analytics <talento@lumenanalytics.example>", """
Hola Lucía,

Gracias por participar en el panel de entrevistas de ayer. Ya le hemos comunicado a Pablo Gil que no continúa en el proceso para Analista Junior.

El jueves a las 11:00 tienes la entrevista con la siguiente candidata; te he enviado la invitación al calendario con su CV.

Gracias,
Irene
Talento Interno · Lumen Analytics
""", to="Lucía Ferrer <lucia.ferrer@lumenanalytics.example>")

M("lookalike/colleague_not_selected", False,
  "Lo de Quique", "Marcos Peral <marcos.peral@correo.example>", """
Oye Lucía,

Al final a Quique no lo cogieron para la plaza de Sevilla, le dijeron que habían elegido a alguien de dentro. Está un poco chof.

¿Quedamos el viernes para tomar algo y animarle?

Marcos
""")

M("lookalike/still_in_process_decision_delayed", False,
  "Actuario/a Senior – próximos pasos", "Álvaro Pineda <seleccion@navalia.example>", """
Hola Lucía:

Quería escribirte para que no te quedaras sin noticias: sigues en el proceso para Actuario/a Senior. La decisión final se retrasa un par de semanas porque el director del área está de viaje.

No hemos descartado a nadie todavía, así que tranquila.

Un saludo,
Álvaro Pineda
Navalia Seguros
""")

M("lookalike/talent_community_signup", False,
  "¡Bienvenida a la comunidad de talento de Montaraz!", "Cervecera Montaraz <notifications@teamtailor-mail.example>", """
¡Hola Lucía!

Gracias por unirte a nuestra comunidad de talento. Aunque ahora mismo no haya vacantes abiertas que encajen contigo, te avisaremos en cuanto publiquemos alguna.

Puedes ver nuestras ofertas en cualquier momento en https://montaraz.teamtailor.example/jobs

¡Salud!
Equipo de Personas · Cervecera Montaraz
""", fmt="alt")

M("lookalike/rejection_template_for_review", False,
  "Plantilla descartes Comercial", "Irene Sáez <irene.saez@lumenanalytics.example>", """
Hola Lucía,

Te paso la plantilla de respuesta para los descartados de la vacante de Comercial, a ver qué te parece:

"Estimado/a [Nombre]: Gracias por tu interés en Lumen Analytics. Lamentamos comunicarte que en esta ocasión no hemos seleccionado tu candidatura. Te deseamos mucha suerte."

¿Cambiamos algo o la mandamos ya desde el ATS?

Irene
""", to="Lucía Ferrer <lucia.ferrer@lumenanalytics.example>")

M("lookalike/owner_job_post_expired", False,
  "Tu oferta «Camarero/a fines de semana» ha caducado", "EmpleoNorte Empresas <empresas@empleonorte.example>", """
Hola Lucía:

Tu oferta «Camarero/a fines de semana» ha caducado y ya no recibirá nuevas candidaturas. En total has recibido 34 candidaturas.

Recuerda informar a los candidatos descartados desde el panel de empresa. Si quieres, puedes republicar la oferta con un clic.

EmpleoNorte Empresas
""", fmt="alt")

M("lookalike/data_retention_consent", False,
  "¿Seguimos guardando tu CV?", "Hidráulicas del Ebro <rrhh@hidraulicasebro.example>", """
Hola Lucía:

Hace doce meses que nos enviaste tu currículum. Según el RGPD, necesitamos tu consentimiento para seguir conservándolo en nuestra base de datos de candidatos.

Si quieres que lo mantengamos, responde «SÍ» a este correo. Si no recibimos respuesta en 15 días, eliminaremos tus datos.

Un saludo,
Administración y RRHH – Hidráulicas del Ebro
""", charset="iso-8859-1", cte="qp")

M("lookalike/owner_declined_offer", False,
  "Re: Oferta SRE", "Dani Ortuño <dani@nubaria.example>", """
Qué pena, Lucía. Entiendo que hayas decidido rechazar nuestra oferta y que la otra propuesta encaje mejor contigo ahora mismo.

Si algún día te apetece volver a hablar, aquí estaremos.

Dani
CTO @ Nubaria
""")

M("lookalike/internal_hiring_freeze_memo", False,
  "Comunicado interno: congelación de contrataciones", "Dirección de Personas <personas@lumenanalytics.example>", """
Hola a todos:

Como se anunció en la reunión trimestral, a partir del lunes se congelan las nuevas contrataciones hasta el segundo trimestre. Las vacantes abiertas quedan en pausa y los procesos de selección en curso se suspenden.

Esto no afecta a ningún puesto actual del equipo. Si tenéis dudas, hablad con vuestro responsable.

Dirección de Personas
Lumen Analytics
""", to="Todo el personal <todos@lumenanalytics.example>")

M("lookalike/masters_admission_waitlist", False,
  "Admisión al Máster en Dirección de Recursos Humanos", "Escuela de Posgrado <admisiones@posgrado-valdeluna.example>", """
Estimada Lucía:

Tras la valoración de las solicitudes, le comunicamos que no ha sido admitida en la primera lista del Máster en Dirección de Recursos Humanos. Queda en lista de espera en la posición 14.

Le informaremos si se liberan plazas antes del 15 de septiembre.

Escuela de Posgrado
Universidad de Valdeluna
""")

M("lookalike/tender_bid_not_awarded", False,
  "Licitación 2025/44 – servicios de traducción", "Contratación Pública <contratacion@diputacion-norte.example>", """
Estimada Sra. Ferrer:

Le notificamos que, en el procedimiento de licitación 2025/44 para la contratación de servicios de traducción, su oferta no ha resultado adjudicataria. El contrato se ha adjudicado a la empresa con mayor puntuación técnica y económica.

Dispone de quince días para presentar recurso especial.

Servicio de Contratación
""")

# ---------------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words
# ---------------------------------------------------------------------------------------------------------------

M("ordinary/payslip_available", False,
  "Tu nómina de noviembre ya está disponible", "Portal del Empleado <noreply@lumenanalytics.example>", """
Hola Lucía,

Ya puedes consultar y descargar tu nómina de noviembre en el Portal del Empleado.

Recuerda que el certificado de retenciones anual estará disponible en enero.

Departamento de Personas
""", fmt="html")

M("ordinary/profile_views", False,
  "3 reclutadores han visto tu perfil esta semana", "Redpro <notificaciones@redpro.example>", """
Lucía, tu perfil está llamando la atención.

3 reclutadores y 12 personas han visto tu perfil esta semana. Añade tus últimas aptitudes para aparecer en más búsquedas de empleo.

Redpro · Cancelar suscripción
""", fmt="alt")

M("ordinary/webinar_interview_prep", False,
  "Webinar gratuito: prepara tu entrevista por competencias", "Brújula Empleo <eventos@brujulaempleo.example>", """
Hola Lucía,

El jueves a las 18:00 celebramos un webinar gratuito sobre cómo preparar una entrevista de trabajo por competencias, con ejemplos reales de preguntas y respuestas.

Reserva tu plaza: https://brujulaempleo.example/webinar

¡Te esperamos!
""")

M("ordinary/team_meeting_agenda", False,
  "Reunión de equipo del lunes – orden del día", "Jorge Salvat <jorge.salvat@lumenanalytics.example>", """
Hola equipo,

Os paso el orden del día para el lunes:
1. Cierre del proyecto de paneles de ventas.
2. Incorporación de la nueva analista en enero.
3. Turnos de vacaciones de Navidad.

Nos vemos a las 9:30 en la sala grande.

Jorge
""", to="Equipo Datos <datos@lumenanalytics.example>")

M("ordinary/course_certificate", False,
  "Tu certificado: Excel avanzado para RR. HH.", "Formación Ágora <cursos@formacionagora.example>", """
¡Enhorabuena, Lucía!

Has completado el curso «Excel avanzado para Recursos Humanos». Puedes descargar tu certificado desde el área de alumno.

Formación Ágora
""")

M("ordinary/job_board_password_reset", False,
  "Restablece tu contraseña", "EmpleoNorte <cuenta@empleonorte.example>", """
Hola Lucía:

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de candidato en EmpleoNorte. Si has sido tú, pulsa en el siguiente enlace (válido durante 1 hora):

https://empleonorte.example/cuenta/restablecer?t=9f3a

Si no lo has solicitado, ignora este mensaje.
""")

M("ordinary/farewell_lunch", False,
  "Comida de despedida de Alberto", "Sara Moliner <sara.moliner@lumenanalytics.example>", """
¡Hola a todos!

Como sabéis, Alberto deja la empresa el día 30 para empezar en su nuevo trabajo. Vamos a hacerle una comida de despedida el jueves 27 en La Tasquita. Apuntaos en la hoja antes del martes.

Sara
""", to="Oficina Madrid <madrid@lumenanalytics.example>")

M("ordinary/vacation_approved", False,
  "Solicitud de vacaciones aprobada", "Portal del Empleado <noreply@lumenanalytics.example>", """
Hola Lucía,

Tu responsable ha aprobado tu solicitud de vacaciones del 22 de diciembre al 2 de enero.

Días restantes este año: 3.

Departamento de Personas
""")

M("ordinary/job_fair_announcement", False,
  "Este jueves: Feria de Empleo Universitario", "Universidad Costanera <comunicacion@ucostanera.example>", """
Hola:

Este jueves y viernes se celebra en el pabellón norte la Feria de Empleo Universitario, con más de 60 empresas que buscan perfiles para prácticas y primer empleo.

Trae tu CV impreso y no olvides inscribirte en las presentaciones de empresa.

Servicio de Comunicación
""")

M("ordinary/reference_request_from_friend", False,
  "¿Me harías de referencia?", "Paula Ordóñez <paula.ordonez@correo.example>", """
Hola Lucía:

Estoy en la fase final de un proceso para un puesto de jefa de proyecto y me piden dos referencias. ¿Te importa que te ponga? Seguramente te llamen la semana que viene, solo para preguntar qué tal trabajamos juntas en Nubaria.

¡Mil gracias!
Paula
""")

M("ordinary/cv_review_request", False,
  "¿Le echas un ojo a mi CV?", "Hugo Ferrer <hugo.ferrer@correo.example>", """
Hola hermanita,

Te adjunto mi currículum para que le eches un vistazo antes de mandarlo a la oferta de becario de ingeniería. ¿Crees que debería quitar lo del trabajo de camarero?

Gracias,
Hugo
""")

M("ordinary/onboarding_first_day", False,
  "Tu primer día en Lumen Analytics", "Sara Moliner <sara.moliner@lumenanalytics.example>", """
¡Hola Lucía!

Te esperamos el lunes 1 a las 9:00 en recepción (planta 4). Ese día firmaremos el contrato, te daremos el portátil y comeremos con el equipo.

Cualquier duda, escríbeme.

¡Bienvenida!
Sara Moliner
Personas · Lumen Analytics
""", fmt="alt")

M("ordinary/contract_to_sign", False,
  "Documentación para firmar – contrato laboral", "Firma Digital <firmas@signaflow.example>", """
Hola Lucía Ferrer,

Lumen Analytics te ha enviado documentos para firmar: Contrato de trabajo indefinido, Anexo de teletrabajo.

Revisar y firmar: https://signaflow.example/s/88ab

Este enlace caduca en 7 días.
""", fmt="html")

M("ordinary/employment_certificate", False,
  "Certificado de empresa solicitado", "Gestoría Llorente <info@gestoriallorente.example>", """
Hola Lucía,

Te adjuntamos el certificado de empresa que nos pediste, con los datos de tu relación laboral anterior. Si el SEPE te pide algo más, avísanos.

Un saludo,
Gestoría Llorente
""", cte="base64")

M("ordinary/candidate_experience_survey", False,
  "¿Qué tal tu experiencia como candidata?", "Pixelmar <encuestas@pixelmar.example>", """
Hola Lucía,

Hace poco participaste en uno de nuestros procesos de selección. Nos encantaría saber qué tal fue tu experiencia como candidata: son solo 4 preguntas.

Responder la encuesta: https://pixelmar.example/encuesta/cx-2025

¡Gracias!
Equipo de Talento de Pixelmar
""", fmt="alt")

M("ordinary/internal_vacancies_newsletter", False,
  "Vacantes internas de diciembre", "Talento Interno · Lumen Analytics <talento@lumenanalytics.example>", """
Hola a todos:

Estas son las vacantes internas abiertas este mes:
- Data Engineer (Barcelona)
- Responsable de Cuentas (Madrid)
- Técnico/a de Soporte (remoto)

Si te interesa alguna, habla con tu responsable y envía tu candidatura antes del 20.

Talento Interno
""", to="Todo el personal <todos@lumenanalytics.example>")

M("ordinary/employment_office_appointment", False,
  "Cita para la renovación de su demanda de empleo", "Servicio Público de Empleo <citas@empleo-publico.example>", """
Estimada usuaria:

Le recordamos que tiene cita el día 9 de diciembre a las 10:20 en su oficina de empleo para la renovación de su demanda de empleo. Traiga su DNI.

Si no puede asistir, puede cambiar la cita en la sede electrónica.

Servicio Público de Empleo
""", charset="iso-8859-1", cte="qp")

# ---------------------------------------------------------------------------------------------------------------


LATIN1_SAFE = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."})


def _charset(name: str, cte: str | None) -> email_charset.Charset:
    cs = email_charset.Charset(name)
    if cte == "qp":
        cs.body_encoding = email_charset.QP
    elif cte == "base64":
        cs.body_encoding = email_charset.BASE64
    elif cte == "8bit" or (cte is None and name == "utf-8"):
        cs.body_encoding = None
    return cs


def _wrap(text: str, width: int) -> str:
    out = []
    for para in text.split("\n\n"):
        if len(para) > width and "\n" not in para:
            out.append(textwrap.fill(para, width))
        else:
            out.append(para)
    return "\n\n".join(out)


def _html(text: str, preheader: str | None) -> str:
    parts = []
    for para in text.split("\n\n"):
        lines = [re.sub(r"(https?://[^\s<]+[^\s<.,])", r'<a href="\1">\1</a>', html.escape(line, quote=False))
                 for line in para.split("\n")]
        parts.append('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px">' + "<br>\n".join(lines) + "</p>")
    hidden = (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>\n'
              if preheader else "")
    return ("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title></title>"
            "<style>a{color:#1a5fb4}</style></head>\n<body style=\"background:#f4f4f4\">\n" + hidden +
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="padding:28px">\n' + "\n".join(parts) +
            "\n</td></tr></table>\n</td></tr></table>\n</body></html>\n")


def _header(value: str, charset: str) -> str | Header:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8")


def _addr(value: str) -> str:
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if name else addr


def build_one(i: int, spec: dict) -> bytes:
    text = spec["body"] + "\n"
    if spec["charset"] == "iso-8859-1":  # what a Latin-1 mail client would have typed
        text = text.translate(LATIN1_SAFE)
    if spec["wrap"]:
        text = _wrap(text, spec["wrap"])
    cs = _charset(spec["charset"], spec["cte"])
    if spec["fmt"] == "plain":
        msg = MIMEText(text, "plain", cs)
    elif spec["fmt"] == "html":
        msg = MIMEText(_html(text, spec["preheader"]), "html", _charset(spec["charset"], spec["cte"] or "qp"))
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(MIMEText(text, "plain", cs))
        msg.attach(MIMEText(_html(text, spec["preheader"]), "html", _charset(spec["charset"], spec["cte"] or "qp")))
        msg.set_boundary(f"==dev4es{i:04d}==")
    msg["From"] = _addr(spec["sender"])
    msg["To"] = _addr(spec["to"]) if spec["to"] else formataddr(OWNER, charset="utf-8")
    msg["Subject"] = _header(spec["subject"], spec["charset"])
    msg["Date"] = format_datetime(BASE_DATE + timedelta(days=i // 2, hours=i % 9, minutes=(7 * i) % 60))
    msg["Message-ID"] = f"<dev4-es-{i:04d}@corpus.example>"
    return msg.as_bytes()


def label_of(i: int, spec: dict) -> dict:
    return {"file": f"{i:04d}.eml", "is_rejection": spec["rej"], **spec["label"], "lang": "es", "kind": spec["kind"],
            "format": spec["fmt"]}


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for i, spec in enumerate(MESSAGES, 1):
        (out / f"{i:04d}.eml").write_bytes(build_one(i, spec))
        lines.append(json.dumps(label_of(i, spec), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if sorted(lab["file"] for lab in labels) != files:
        errors.append("labels and messages/*.eml differ")
    if len({lab["file"] for lab in labels}) != len(labels):
        errors.append("duplicate label lines")
    for lab, (i, spec) in zip(labels, enumerate(MESSAGES, 1)):
        if lab != label_of(i, spec):
            errors.append(f"{lab['file']}: label differs from build spec")
        raw = (HERE / "messages" / lab["file"]).read_bytes()
        if raw != build_one(i, spec):
            errors.append(f"{lab['file']}: not what build.py writes")
        msg = message_from_bytes(raw, policy=policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
        if not content.strip():
            errors.append(f"{lab['file']}: empty body")
        if lab["is_rejection"] and not lab["company"]:
            errors.append(f"{lab['file']}: rejection without company")
        if not lab["is_rejection"] and any(lab[k] for k in ("company", "role", "contact_name", "careers_url")):
            errors.append(f"{lab['file']}: extraction labels on a non-rejection")
    n = len(labels)
    rej = sum(lab["is_rejection"] for lab in labels)
    look = sum(lab["kind"].startswith("lookalike/") for lab in labels)
    print(f"{n} messages: {rej} rejections, {look} look-alikes, {n - rej - look} ordinary")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
    sys.exit(check())
