"""Spanish material (Spain and Latin America). Dev and heldout are written separately."""
from common import C, T

LANG = "es"

# =============================================================================== DEV
DEV_CASTS = [
    C("Solaria Renovables", "solaria-renovables.example", "Ingeniera/o de Datos", "Marta Ruiz Campos",
      "Talent Acquisition Partner", "+34 912 345 678",
      "https://www.solaria-renovables.example/trabaja-con-nosotros", slug="solaria"),
    C("Grupo Ferrán Logística", "ferranlogistica.example", "Jefe de Almacén", "Jordi Puig Soler",
      "Responsable de Selección", "+34 934 112 200", "https://empleo.ferranlogistica.example/",
      slug="ferran"),
    C("Nubeclara Software", "nubeclara.example", "Desarrollador Backend (Python)", "Irene Castaño",
      "Técnica de RRHH", "+34 600 123 456", "https://nubeclara.example/empleo"),
    C("Banco Meridiano", "bancomeridiano.example", "Analista de Riesgos", "Álvaro Domínguez",
      "HR Business Partner", "+34 915 000 321", "https://www.bancomeridiano.example/es/carreras",
      slug="meridiano"),
    C("Andina Telecom", "andinatelecom.example", "Product Manager", "Camila Restrepo",
      "Reclutadora Senior", "+57 601 555 0199", "https://andinatelecom.example/carreras",
      slug="andinatelecom"),
    C("Editorial Almendro", "almendro.example", "Editor/a de mesa", "Pilar Ortega Vidal",
      "Directora de Personas", "+34 954 220 118", "https://almendro.example/empleo"),
    C("Laboratorios Ebro", "labebro.example", "Técnico de Calidad", "Sergio Navarro",
      "Selección y Desarrollo", "+34 976 300 412", "https://www.labebro.example/unete",
      slug="labebro"),
    C("Hoteles Brisamar", "brisamar.example", "Recepcionista bilingüe", "Nuria Gil Ferrer",
      "Coordinadora de Talento", "+34 971 880 045", "https://brisamar.example/es/empleo"),
    C("Cervecería Pampa", "pampa.example", "Diseñador/a UX", "Lucas Benítez",
      "People & Culture", "+54 11 5555 0178", "https://pampa.example/sumate"),
    C("Zeta Movilidad", "zetamovilidad.example", "Data Scientist", "Elena Sáez Molina",
      "Talent Manager", "+34 911 777 090", "https://jobs.zetamovilidad.example", slug="zeta"),
]

DEV_OWNERS = [
    dict(name="Lucía Fernández Ortega", email="lucia.fernandez@correo.example"),
    dict(name="Javier Morales", email="jmorales@buzon.test"),
    dict(name="Ana Belén Quiroga", email="anabelen.q@mimail.example"),
]

DEV_QUOTES = [
    "Hola {rfirst}:\n\nQuería saber si hay novedades sobre el proceso de {role}. "
    "Sigo muy interesada en la posición.\n\nUn saludo,\n{owner_full}",
    "Buenas tardes,\n\n¿Podríais confirmarme en qué punto está mi candidatura? "
    "Hicimos la entrevista hace dos semanas.\n\nGracias,\n{owner}",
]

DEV = [
    # ---------------------------------------------------------------- rejections
    T("soft-rejection", True, "Tu candidatura para {role} en {company}",
      """
      Hola {owner}:

      Muchas gracias por tu interés en {company} y por el tiempo que has dedicado a la candidatura para el puesto de {role}.

      Hemos revisado tu perfil con detenimiento y, aunque tiene puntos muy interesantes, hemos decidido continuar con otros candidatos cuya experiencia se ajusta más a lo que necesitamos ahora mismo.

      Te deseamos mucha suerte en tu búsqueda.

      Un saludo,
      {sigc}
      """, n=2),
    T("ats-noreply", True, "{company} - Actualización sobre tu candidatura",
      """
      Hola {owner},

      Gracias por postularte a {role}. Después de revisar todas las solicitudes recibidas, lamentamos comunicarte que no vamos a seguir adelante con tu candidatura.

      Guardaremos tu CV en nuestra base de datos y te tendremos en cuenta para futuros procesos que encajen con tu perfil.

      Atentamente,
      El equipo de Talento de {company}
      """, sender="ats:greenhouse", n=2),
    T("blunt-rejection", True, "Proceso de selección {role}",
      """
      {owner_full}:

      Le informamos de que no ha sido seleccionado/a para el puesto de {role}.

      {company}
      Este es un mensaje automático, por favor no responda.
      """, sender="noreply"),
    T("post-interview", True, "Gracias por la entrevista, {owner}",
      """
      Hola {owner},

      Antes de nada, quería agradecerte de nuevo la conversación del jueves con el equipo de producto y conmigo. Nos gustó mucho cómo planteaste el caso práctico y la forma en que explicaste tu proyecto anterior; Pablo comentó después que tu análisis del embudo de conversión fue de lo mejor que habíamos visto en este proceso.

      También te comento que ya hemos tramitado el reembolso del billete de tren que nos enviaste; debería llegarte en la próxima transferencia, en unos cinco días hábiles.

      Dicho esto, y siendo sincera contigo, la decisión final ha sido avanzar con otra persona para el puesto de {role}, principalmente por su experiencia previa en nuestro sector, que era un requisito muy importante para este equipo.

      Sé que no es la noticia que esperabas. Si te parece bien, me encantaría seguir en contacto: a lo largo del año abriremos más posiciones y pienso que podrías encajar. Puedes ver lo que tenemos abierto en cualquier momento en nuestra web.

      Un abrazo,
      {sigc}
      """, mime="plain", wrap=False),
    T("hiring-freeze", True, "Cierre del proceso: {role}",
      """
      Estimada/o {owner}:

      Te escribimos para informarte de que, debido a un cambio en la planificación presupuestaria, {company} ha congelado temporalmente las nuevas contrataciones. Como consecuencia, el proceso para {role} queda cerrado y no podremos continuar con tu candidatura.

      Sentimos mucho las molestias. Si la posición se reabre, publicaremos la oferta de nuevo.

      Saludos cordiales,
      {rname}
      {rtitle}
      """, sender="ats:workday", signed=True),
    T("reply-quoted", True, "Re: Proceso {role}",
      """
      Hola {owner},

      Perdona la tardanza en responder. Ya tenemos una decisión: lamentablemente no vamos a avanzar con tu candidatura en esta ocasión. El equipo ha elegido un perfil con más experiencia en gestión de equipos.

      Muchas gracias por tu paciencia y por tu interés.

      {sig}
      """, quote=True, typo=True),
    T("platform-relay", True, "Tu candidatura en {company} ha cambiado de estado",
      """
      Hola {owner},

      La empresa {company} ha actualizado el estado de tu candidatura a la oferta "{role}".

      Estado actual: Descartado

      La empresa ha revisado tu CV y ha decidido no continuar contigo en este proceso. No te desanimes: hay miles de ofertas nuevas cada día.

      Ver más ofertas: https://www.infojobs.net/ofertas-trabajo

      InfoJobs
      """, sender="platform:infojobs", mime="alt"),
    T("agency-forward", True, "RV: Feedback candidatura {role}",
      """
      Hola {owner}:

      Te reenvío la respuesta que nos ha dado {company} sobre tu candidatura. Siento que no haya salido esta vez; seguimos buscando contigo.

      Un saludo,
      Rocío Alarcón
      Consultora Senior · Talentia Search
      +34 913 456 700

      ---------- Mensaje reenviado ---------
      De: {rname} <{remail}>
      Para: Rocío Alarcón <rocio.alarcon@talentia-search.example>
      Asunto: Feedback candidatura {role}

      Hola Rocío, gracias por presentarnos a {owner}. Hemos decidido no seguir adelante con su candidatura: buscamos a alguien con más experiencia en el sector. Un saludo.
      """, sender="raw", from_=("Rocío Alarcón", "rocio.alarcon@talentia-search.example"),
      contact=("Rocío Alarcón", "rocio.alarcon@talentia-search.example")),
    T("html-template", True, "Tu proceso con {company}",
      """
      Hola {owner},

      ¡Gracias por tu interés en formar parte de {company}!

      Tras analizar tu candidatura para la posición de {role}, te comunicamos que en esta ocasión no seguiremos adelante con ella. Recibimos un número muy elevado de solicitudes y la decisión no ha sido fácil.

      Te animamos a que sigas atento/a a nuestras vacantes: {careers}

      Un cordial saludo,
      Equipo de Selección
      """, sender="ats:smartrecruiters", mime="html", skin=0),
    T("position-filled", True, "Sobre la vacante de {role}",
      """
      Hola {owner}:

      Gracias por presentarte a la vacante de {role}. Te escribimos para contarte que la vacante ya ha sido cubierta, por lo que cerramos el proceso para el resto de candidaturas.

      Gracias otra vez por pensar en {company}.

      {rname}
      """, sender="ats:lever", signed=True, n=2),
    T("not-a-match", True, "{company}: tu solicitud",
      """
      Hola {owner},

      Gracias por solicitar el puesto de {role}. Hemos revisado tu experiencia y, por ahora, tu perfil no encaja con lo que buscamos en este momento para este equipo.

      Esto no es un juicio sobre tu valía profesional. Nos encantaría que volvieras a aplicar en el futuro.

      Un saludo,
      {rname}, {rtitle}
      """, sender="ats:ashby", signed=True, mime="alt", n=2),
    T("formal-latam", True, "Resultado de su postulación",
      """
      Estimado(a) {owner_full}:

      Agradecemos sinceramente su participación en el proceso de selección para el cargo de {role}.

      Lamentamos informarle que su postulación no fue seleccionada para continuar a la siguiente etapa. Su hoja de vida quedará registrada en nuestra base de datos.

      Cordialmente,

      {sigc}
      """, n=2),
    T("soft-rejection", True, "Candidatura a {role}",
      """
      ¡Hola {owner}!

      Queremos agradecerte el interés que has mostrado en {company}. Tras estudiar tu candidatura con atención, hemos decidido no avanzar con tu candidatura para {role}.

      Si quieres, echa un vistazo a nuestras otras ofertas en {careers} — es posible que haya algo para ti.

      ¡Mucho ánimo!
      El equipo de {company}
      """, sender="ats:teamtailor"),
    # ---------------------------------------------------------------- hard negatives
    T("application-received", False, "Hemos recibido tu candidatura - {role}",
      """
      Hola {owner},

      Gracias por enviar tu candidatura para {role} en {company}. Nuestro equipo la revisará en los próximos días.

      Lamentablemente, debido al volumen de solicitudes, no siempre podemos responder de forma personalizada a todas las personas. Si tu perfil encaja, te contactaremos para concertar una entrevista.

      Equipo de Talento de {company}
      """, sender="ats:greenhouse"),
    T("interview-invite", False, "Entrevista para {role} - {company}",
      """
      Hola {owner}:

      ¡Enhorabuena! Nos ha gustado mucho tu perfil y nos gustaría conocerte. ¿Te viene bien una videollamada el miércoles a las 11:00? Te adjunto la invitación.

      La entrevista durará unos 45 minutos, con el responsable del equipo y conmigo.

      {sig}
      """, attach=["ics"]),
    T("assessment-invite", False, "Prueba técnica - {role}",
      """
      Hola {owner},

      Gracias por tu paciencia. Desafortunadamente, el enlace que te enviamos ayer caducó antes de tiempo por un error de la plataforma, así que te envío uno nuevo para la prueba técnica:

      https://assess.{domain}/t/8fk2q

      Tienes 72 horas para completarla. Si tienes cualquier problema, escríbeme.

      {sig}
      """),
    T("offer", False, "Oferta de empleo - {role}",
      """
      Hola {owner}:

      Es un placer comunicarte que queremos ofrecerte el puesto de {role} en {company}. Adjuntamos la carta de oferta con las condiciones (salario, fecha de incorporación y beneficios).

      Te agradeceríamos una respuesta antes del viernes. Cualquier duda, llámame.

      {sig}
      """, attach=["pdf"], mime="alt"),
    T("next-steps", False, "Siguientes pasos en tu proceso",
      """
      Hola {owner},

      Tras la entrevista de la semana pasada hemos decidido avanzar con tu candidatura a la siguiente fase. Lamentamos el retraso en darte noticias: ha habido vacaciones en el equipo.

      La siguiente fase es una conversación con la directora del área. Te propondré fechas mañana.

      {sig}
      """, typo=True),
    T("job-alert", False, "12 nuevas ofertas de Data Scientist en Madrid",
      """
      Hola {owner},

      Estas son las ofertas más recientes que coinciden con tu alerta "Data Scientist - Madrid":

      - Data Scientist Senior · Fintech Ocaso · Madrid · 45.000-55.000 €
      - Científico/a de datos · Grupo Retail Norte · Híbrido
      - Analista de datos · Consultora Vértice · Teletrabajo

      No te pierdas ninguna: activa las notificaciones en la app.

      Gestionar mis alertas: https://www.infojobs.net/alertas
      """, sender="platform:infojobs", nocast=True, mime="html"),
    T("recruiter-outreach", False, "Oportunidad: {role} en {company}",
      """
      Hola {owner},

      He visto tu perfil y creo que podrías encajar en una posición de {role} que estamos buscando en {company}. Sé que quizá no estás buscando activamente, pero ¿tendrías 15 minutos esta semana para charlar?

      {sigc}
      """),
    T("newsletter", False, "Noticias de {company} | Octubre",
      """
      Hola {owner},

      Este mes en {company}: inauguramos nueva oficina en Valencia, presentamos el informe de sostenibilidad y lanzamos el programa de prácticas.

      Lamentablemente, el evento de puertas abiertas del día 14 se aplaza por motivos organizativos. Os informaremos de la nueva fecha.

      ¿Buscas nuevos retos? Consulta las posiciones abiertas en {careers}

      Recibes este correo porque te suscribiste a nuestro boletín.
      """, sender="noreply", mime="html", skin=1),
    T("paper-rejection", False, "Decisión sobre su manuscrito RIC-2024-0381",
      """
      Estimada Dra. {owner_full}:

      Tras la evaluación por pares de su manuscrito "Modelos de demanda eléctrica con redes bayesianas", lamento comunicarle que el comité editorial ha decidido rechazarlo para su publicación en la Revista Iberoamericana de Computación.

      Adjuntamos los comentarios de los revisores, que esperamos le resulten útiles.

      Atentamente,
      Prof. Ramón Echeverría
      Editor Jefe
      """, sender="raw", from_=("Revista Iberoamericana de Computación", "editor@ric-revista.example"),
      nocast=True),
    T("grant-rejection", False, "Resolución convocatoria Ayudas a la Investigación 2025",
      """
      Estimado/a solicitante:

      Le comunicamos que, una vez finalizada la evaluación, su solicitud con referencia AYI-2025-1177 no ha resultado seleccionada para financiación en esta convocatoria.

      Puede consultar la resolución completa y presentar alegaciones en el plazo de diez días hábiles en la sede electrónica.

      Fundación Horizonte para la Ciencia
      """, sender="raw", from_=("Fundación Horizonte", "convocatorias@fhorizonte.example"),
      nocast=True),
    T("loan-rejection", False, "Su solicitud de préstamo personal",
      """
      Estimado cliente:

      Tras analizar su solicitud de préstamo personal por importe de 12.000 €, lamentamos comunicarle que en este momento no podemos aprobar la operación.

      Esta decisión se basa en nuestros criterios de riesgo y no afecta a sus productos actuales.

      Atentamente,
      Banco Meridiano - Servicio de Atención al Cliente
      """, sender="raw", from_=("Banco Meridiano", "avisos@bancomeridiano.example"), nocast=True),
    T("rental-rejection", False, "Piso en calle Zurbano - solicitud",
      """
      Hola {owner},

      Gracias por venir a ver el piso el sábado y por mandar toda la documentación. El propietario ha decidido continuar con otro candidato que podía entrar a vivir antes, así que lamentablemente tu solicitud no sigue adelante.

      Si te interesa, tenemos otro piso similar en Chamberí que sale la semana que viene.

      Saludos,
      Gonzalo — Inmobiliaria Zurbano
      """, sender="raw", from_=("Gonzalo Marín", "gonzalo@inmozurbano.example"), nocast=True),
    T("order-cancelled", False, "Tu pedido #40-1183-22 ha sido cancelado",
      """
      Hola {owner},

      Lamentablemente hemos tenido que cancelar tu pedido #40-1183-22 (Auriculares inalámbricos X200) porque el producto ya no está disponible.

      Te devolveremos 59,90 € en el mismo método de pago en un plazo de 3 a 5 días.

      Sentimos las molestias.
      Atención al cliente de TiendaPunto
      """, sender="raw", from_=("TiendaPunto", "pedidos@tiendapunto.example"), nocast=True,
      mime="alt"),
    T("event-rejection", False, "Tu propuesta de charla para DevFest Sevilla",
      """
      Hola {owner}:

      Gracias por enviar tu propuesta "Pipelines de datos sin dolor". Este año hemos recibido más de 300 propuestas para solo 24 huecos y, lamentablemente, la tuya no ha sido seleccionada.

      ¡Esperamos verte igualmente entre el público! Tienes un 20% de descuento con el código PONENTE20.

      Comité de programa de DevFest Sevilla
      """, sender="raw", from_=("DevFest Sevilla", "cfp@devfest-sevilla.example"), nocast=True),
    T("admission-rejection", False, "Admisión Máster en Ciencia de Datos",
      """
      Estimado/a {owner_full}:

      La Comisión Académica del Máster en Ciencia de Datos ha resuelto el proceso de admisión para el curso 2025/26. Lamentamos comunicarle que su solicitud no ha sido admitida por haberse cubierto todas las plazas. Ha quedado en la posición 14 de la lista de espera.

      Secretaría de Posgrado
      Universidad de Castilla Central
      """, sender="raw", from_=("Secretaría de Posgrado", "posgrado@ucc-universidad.example"),
      nocast=True),
    T("withdrawal", False, "Retirada de mi candidatura - {role}",
      """
      Hola {rfirst}:

      Muchas gracias por el proceso y por vuestro tiempo. Te escribo para comunicarte que he decidido retirar mi candidatura al puesto de {role}, ya que he aceptado otra oferta.

      Ha sido un placer conoceros y espero que coincidamos en el futuro.

      Un saludo,
      {owner_full}
      """, sender="owner"),
    T("withdrawal-ack", False, "Re: Retirada de candidatura",
      """
      Hola {owner},

      Gracias por avisarnos. Hemos registrado que retiras tu candidatura para {role}, así que cerramos tu proceso. ¡Mucha suerte en tu nuevo trabajo!

      {sig}
      """),
    T("personal", False, "Cena del sábado",
      """
      Hola {owner}!!

      Lamentablemente al final no puedo ir a la cena del sábado, me ha salido un viaje de trabajo. ¿Lo movemos a la semana que viene?

      Por cierto, ¿qué tal va lo de tu candidatura en la empresa de energía? Cuéntame cuando sepas algo, que tengo ganas de saberlo.

      Besos,
      Clara
      """, sender="raw", from_=("Clara Hidalgo", "clarahidalgo@buzon.test"), nocast=True,
      mime="plain"),
    T("mailing-list", False, "[python-es] Re: Sede PyConES 2026",
      """
      Hola a todos,

      Lamentablemente la candidatura de Zaragoza no ha sido elegida como sede para la próxima PyConES; el comité ha decidido seguir adelante con la propuesta de Granada. Gracias a todas las personas que ayudaron a preparar el dossier.

      Seguiremos organizando meetups mensuales.

      Saludos,
      Nacho

      _______________________________________________
      python-es mailing list
      https://lists.python-es.example/listinfo/python-es
      """, sender="raw", from_=("Nacho Lahoz", "nacho@lahoz.test"),
      to="python-es <python-es@lists.python-es.example>", nocast=True),
    T("referral-update", False, "Actualización sobre tu referido",
      """
      Hola {owner},

      Gracias por recomendar a Daniel Ríos para la posición de {role}. Queríamos contarte que, tras las entrevistas, el equipo ha decidido no avanzar con su candidatura.

      Te agradecemos mucho que pienses en {company} para tus contactos: ¡sigue refiriendo!

      Programa de Referidos · {company}
      """, sender="noreply"),
    T("spam", False, "¡Has sido seleccionado! Gana 3.000€ al mes desde casa",
      """
      ENHORABUENA!!

      Tu perfil ha sido SELECCIONADO para un puesto de trabajo desde casa. Sin experiencia. Solo necesitas 2 horas al día.

      Plazas limitadas, confirma HOY tus datos bancarios: http://empleo-facil-ya.test/alta

      Si no deseas recibir más correos responde BAJA.
      """, sender="raw", from_=("Departamento RRHH", "rrhh@empleo-facil-ya.test"), nocast=True),
    T("shipping", False, "Tu paquete llegará mañana",
      """
      Hola {owner},

      Tu envío 7734 0021 5589 está en reparto y llegará mañana entre las 9:00 y las 14:00.

      Si no vas a estar en casa, puedes cambiar la entrega aquí: https://seguimiento.envia-rapido.example/7734002155

      Envía Rápido
      """, sender="raw", from_=("Envía Rápido", "noreply@envia-rapido.example"), nocast=True),
]

# =============================================================================== HELDOUT
HELD_CASTS = [
    C("Construcciones Peñalara", "penalara.example", "Jefa de Obra", "Beatriz Lozano",
      "Técnica de Selección", "+34 918 555 321", "https://www.penalara.example/empleo"),
    C("Fintech Ocelote", "ocelote.test", "Ingeniero de Software Sr.", "Mariana Téllez",
      "Talent Partner", "+52 55 5555 0142", "https://careers.ocelote.test/", slug="ocelote"),
    C("Fundación Arrecife", "arrecife.example", "Coordinador/a de Proyectos", "Tomás Alcaraz",
      "Responsable de Personas", "+34 922 410 377", "https://arrecife.example/trabaja"),
    C("Tiendas Olmo", "tiendasolmo.example", "Responsable de Tienda", "Raúl Esteban",
      "Reclutador", "+34 983 120 560", "https://trabajaconnosotros.tiendasolmo.example",
      slug="tiendasolmo"),
    C("Aerolíneas Cóndor", "condor-air.example", "Analista de Operaciones", "Francisca Muñoz",
      "Jefa de Reclutamiento", "+56 2 2555 0100", "https://www.condor-air.example/trabaja-con-nosotros",
      slug="condor"),
    C("Bodegas Rioja Altura", "riojaaltura.example", "Técnico/a de Marketing", "Itziar Goñi",
      "RRHH", "+34 941 330 221", "https://riojaaltura.example/empleo"),
    C("Robótica Kibo", "kibo.test", "Ingeniero/a de Visión Artificial", "Óscar Villalba",
      "Head of Talent", "+34 644 210 987", "https://kibo.test/careers", slug="kibo"),
    C("Seguros Atalaya", "atalaya.example", "Actuario Junior", "Lorena Prieto",
      "Analista de Selección", "+34 915 440 902", "https://www.atalaya.example/empleo"),
]

HELD_OWNERS = [
    dict(name="Carmen Iglesias", email="carmen.iglesias@mimail.example"),
    dict(name="Andrés Peña Robles", email="andres.pena@post.test"),
]

HELD_QUOTES = [
    "De: {owner_full} <{owner_email}>\nEnviado: {date}\nPara: {rname} <{remail}>\n"
    "Asunto: {subject}\n\nEstimada {rfirst}, le escribo para preguntar si ya se ha tomado una "
    "decisión respecto al puesto. Quedo a su disposición para cualquier documento adicional.\n"
    "Saludos cordiales, {owner}",
]

HELD = [
    T("reply-outlook", True, "RE: Consulta estado proceso",
      """
      Buenos días, {owner}:

      Disculpe que no le hayamos contestado antes. Una vez valoradas todas las candidaturas, la decisión no ha sido favorable a su perfil para el puesto de {role}; nos hemos inclinado por una persona con experiencia directa en obra civil.

      Le agradecemos el interés mostrado y le deseamos éxito profesional.

      {sig}
      """, quote=True, mime="alt"),
    T("post-interview", True, "Tu entrevista con {company}",
      """
      {owner}, ¿qué tal?

      Quería escribirte personalmente después de la última ronda. Nos lo pusiste muy difícil: el panel valoró mucho tu presentación sobre arquitectura de pagos. Al final hemos optado por otro perfil con más recorrido liderando equipos, así que no te vamos a poder hacer una oferta para {role}.

      Si te sirve, te cuento con más detalle el feedback en una llamada de 10 minutos. Y estaré pendiente para futuras posiciones.

      Saludos,
      {sigc}
      """, wrap=58),
    T("ats-noreply", True, "Tu solicitud en {company}",
      """
      Hola {owner}:

      Gracias por tu tiempo y por tu interés en {role}.

      Lamentablemente, en esta ocasión no podremos ofrecerte el puesto. Hemos recibido perfiles muy completos y hemos tenido que tomar una decisión difícil.

      Te deseamos lo mejor,
      Equipo de Recursos Humanos
      {company}
      """, sender="ats:personio", n=2),
    T("html-only", True, "Gracias por tu interés en {company}",
      """
      Hola {owner},

      Queremos agradecerte sinceramente que hayas participado en nuestro proceso para {role}.

      En esta ocasión nos hemos decantado por candidaturas que se ajustan más a los requisitos del puesto. No obstante, nos encantaría volver a saber de ti.

      Descubre otras oportunidades en {careers}

      Saludos,
      {rname}
      {rtitle}
      """, sender="ats:workable", signed=True, mime="html", n=2),
    T("hiring-freeze", True, "Proceso {role} cancelado",
      """
      Hola {owner},

      Te escribo con una noticia que no esperábamos: por una reestructuración interna, la dirección ha decidido cancelar la posición de {role}. Cerramos el proceso sin incorporar a nadie y, por tanto, tu candidatura no seguirá adelante.

      Lo siento mucho, sobre todo porque estabas en la fase final. Guardo tus datos por si se reabre.

      {sig}
      """),
    T("blunt-rejection", True, "Proceso de selección - Ref. 2291",
      """
      Sr./Sra. {owner_full}

      Su candidatura ha sido desestimada.

      Departamento de Recursos Humanos
      {company}
      """, sender="noreply", mime="plain", charset="iso-8859-1"),
    T("mx-rejection", True, "Actualización de tu proceso: {role}",
      """
      ¡Hola, {owner}!

      Te platicamos que, por el momento, no continuarás en el proceso para la vacante de {role}. Sabemos que esto no es lo que esperabas y agradecemos muchísimo tu tiempo.

      Te invitamos a seguir pendiente de nuevas vacantes.

      Con cariño,
      El equipo de {company}
      """, sender="ats:recruitee", n=2),
    T("platform-relay", True, "Estado de tu inscripción - {role}",
      """
      Hola {owner},

      Te informamos de un cambio en tus procesos:

      Empresa: {company}
      Oferta: {role}
      Estado: Finalizado - no seleccionado

      Recuerda mantener tu perfil actualizado para aparecer en más búsquedas.

      Tecnoempleo
      """, sender="platform:tecnoempleo", mime="html"),
    T("buried-decision", True, "Gastos de desplazamiento y resultado del proceso",
      """
      Hola {owner}:

      Te escribo por dos temas.

      Primero, lo administrativo: para reembolsarte el vuelo de la entrevista presencial necesitamos que nos envíes la factura a nombre de la empresa y tu IBAN. Con eso, el pago sale en la remesa del día 25.

      Segundo, sobre el proceso de {role}. Hemos tenido una última reunión del comité y, aunque tu entrevista fue muy bien valorada, hemos decidido cubrir la posición con otra persona que ya conocía nuestros sistemas internos. Siento darte esta noticia por correo.

      Quedo pendiente de la factura. Gracias de nuevo por todo.

      {sigc}
      """, typo=True),
    # ---------------------------------------------------------------- hard negatives
    T("interview-confirm", False, "RE: Segunda entrevista",
      """
      Hola {owner},

      Confirmado: nos vemos el martes a las 10:30 en nuestras oficinas de la calle Alcalá. Pregunta en recepción por mí. Lamentablemente no hay parking para visitas, te recomiendo venir en metro.

      {sig}
      """, quote="De: {owner_full}\nEnviado: {date}\nPara: {rname}\nAsunto: Segunda entrevista\n\n¿Os viene bien el martes por la mañana?"),
    T("status-in-review", False, "Tu candidatura sigue en proceso",
      """
      Hola {owner},

      Tu candidatura para {role} en {company} sigue en revisión. Todavía no se ha tomado ninguna decisión y te avisaremos en cuanto haya novedades.

      Estado: En proceso
      """, sender="platform:tecnoempleo", mime="alt"),
    T("offer-negotiation", False, "Propuesta actualizada",
      """
      {owner}, buenas tardes:

      Hemos revisado tu contrapropuesta. No podemos llegar a los 62.000 € de fijo, pero sí subir a 58.000 € y añadir un bonus del 10%. ¿Lo hablamos mañana por teléfono?

      {sig}
      """),
    T("job-recommendations", False, "Empleos recomendados para ti",
      """
      {owner}, estas vacantes te pueden interesar

      Analista de Operaciones - Aerolínea regional - Santiago
      Especialista en Planificación - Logística Sur - Remoto

      No estás recibiendo esta alerta por haber sido descartado en ningún proceso: se basa en tus búsquedas recientes.

      Ajustar preferencias
      """, sender="platform:indeed", nocast=True, mime="html", skin=2),
    T("headhunter", False, "Posición confidencial - Director/a Financiero/a",
      """
      Buenos días {owner}:

      Trabajo en una firma de búsqueda de directivos y estoy llevando un proceso confidencial para una empresa industrial del norte. Por tu trayectoria, creo que merece la pena que lo hablemos. ¿Tienes disponibilidad el jueves?

      Un saludo,
      Íñigo Larrea
      Socio · Larrea & Asociados Executive Search
      """, sender="raw", from_=("Íñigo Larrea", "ilarrea@larrea-asociados.example"), nocast=True),
    T("journal-rejection", False, "Dictamen de su artículo",
      """
      Estimado autor:

      Tras recibir los dictámenes, le informamos que su artículo "Sistemas de riego inteligente en climas semiáridos" no ha sido aceptado para su publicación en Cuadernos de Ingeniería Agraria. Los comentarios de los evaluadores se incluyen abajo.

      Atentamente,
      Secretaría de Redacción
      """, sender="raw", from_=("Cuadernos de Ingeniería Agraria", "redaccion@cia-revista.example"),
      nocast=True),
    T("scholarship-rejection", False, "Beca de movilidad - resolución",
      """
      Estimada/o {owner_full}:

      Le comunicamos que su solicitud de beca de movilidad internacional ha sido denegada por no alcanzar la nota de corte. Puede presentar recurso de alzada en el plazo de un mes.
      """, sender="raw", from_=("Oficina de Becas", "becas@universidad-levante.example"), nocast=True,
      mime="plain", charset="windows-1252"),
    T("card-denied", False, "Solicitud de tarjeta de crédito",
      """
      Hola {owner},

      Hemos estudiado tu solicitud de la tarjeta Oro y, por ahora, no podemos concedértela. Puedes volver a solicitarla dentro de seis meses.

      Banca Digital Atalaya
      """, sender="raw", from_=("Banca Digital", "notificaciones@bancadigital.example"), nocast=True),
    T("rental-taken", False, "La vivienda de la calle Ribera ya está alquilada",
      """
      Hola {owner}, gracias por tu interés. Te aviso de que la vivienda ya ha sido alquilada a otros inquilinos, así que no podremos seguir con tu solicitud. Te mando otras opciones en la zona si quieres.

      Un saludo, Merche
      """, sender="raw", from_=("Merche Alonso", "merche@alquileresribera.example"), nocast=True),
    T("press-accreditation", False, "Acreditación de prensa - Festival Sonora",
      """
      Hola {owner}:

      Tu solicitud de acreditación de prensa para el Festival Sonora ha sido rechazada: este año el aforo de prensa es muy limitado. Gracias por tu interés.

      Equipo de Comunicación
      """, sender="raw", from_=("Festival Sonora", "prensa@festivalsonora.example"), nocast=True),
    T("offer-declined-by-owner", False, "Sobre la oferta de {role}",
      """
      Hola {rfirst},

      Muchísimas gracias por la oferta. Lo he pensado mucho y he decidido no aceptarla: al final me quedo en mi empresa actual, que me ha hecho una contraoferta.

      Espero que encontréis pronto a la persona adecuada.

      Un abrazo,
      {owner}
      """, sender="owner"),
    T("withdrawal-ack", False, "Confirmación: te has retirado del proceso",
      """
      Hola {owner},

      Lamentamos que hayas decidido retirarte del proceso de {role}. Hemos cerrado tu candidatura tal como nos pediste. Si cambias de opinión, las puertas siguen abiertas.

      Saludos,
      {company}
      """, sender="ats:personio"),
    T("family", False, "Lo de la abuela",
      """
      Hola cariño,

      Lamentablemente el médico dice que la abuela tiene que quedarse unos días más en el hospital. Nada grave, pero no podrá venir a la comida del domingo.

      ¿Te salió lo de la entrevista? Tu padre dice que no le has contado nada.

      Mamá
      """, sender="raw", from_=("Mamá", "rosario.robles@correo.test"), nocast=True, mime="plain"),
    T("mailing-digest", False, "[comunidad-ux] Resumen diario, Vol 48, Número 12",
      """
      Temas de hoy:

         1. Oferta: se busca diseñador/a UX en Bilbao (Ane Zubiri)
         2. Re: ¿Alguien ha hecho la prueba de Kibo? (Pedro M.)

      ----------------------------------------------------------------------

      Mensaje: 1
      De: Ane Zubiri
      Hola, en mi empresa buscamos diseñador/a UX con experiencia en accesibilidad. Contactadme por privado.

      Mensaje: 2
      De: Pedro M.
      Yo la hice el año pasado. Me descartaron después de la prueba, pero el proceso fue muy correcto y me dieron feedback. ¡Suerte!
      """, sender="raw", from_=("comunidad-ux", "comunidad-ux-request@listas.example"), nocast=True),
    T("phishing", False, "Aviso: su cuenta será suspendida",
      """
      Estimado usuario,

      Hemos detectado actividad inusual. Lamentablemente su cuenta será suspendida en 24 horas si no verifica sus datos aquí: http://verificacion-segura.test/login

      Servicio de Seguridad
      """, sender="raw", from_=("Seguridad Cuenta", "soporte@verificacion-segura.test"), nocast=True),
]

SPLITS = {
    "dev": dict(casts=DEV_CASTS, owners=DEV_OWNERS, templates=DEV, quotes=DEV_QUOTES,
                sig="{rname}\n{rtitle} | {company}\nTel. {rphone}",
                attrib="El {date}, {owner_full} <{owner_email}> escribió:"),
    "heldout": dict(casts=HELD_CASTS, owners=HELD_OWNERS, templates=HELD, quotes=HELD_QUOTES,
                    sig="--\n{rname}\n{rtitle}\n{company}\nM: {rphone}",
                    attrib="________________________________"),
}
