from common import L, O, R

LANG = "es"
OWNERS = [("Lucía Martín Ortega", "lucia.martin@correo.example"),
          ("Andrés Villalba", "andres.villalba@buzon.test"),
          ("Marta Quiñones", "marta.quinones@correo.example")]
COMPANIES = [("Grupo Almendro", "grupoalmendro.example"), ("Telar Digital", "telardigital.test"),
             ("Faro Sur Seguros", "farosur.example"), ("Cierzo Ingeniería S.L.", "cierzo-ing.test"),
             ("Brisa Mediterránea Hoteles", "brisamed.example"), ("Nubecilla Software", "nubecilla.test"),
             ("Olivar Analytics", "olivar-analytics.example")]
ROLES = ["Desarrollador/a Backend", "Técnico de Selección", "Analista de Datos", "Responsable de Marketing Digital",
         "Ingeniera de Calidad", "Becario/a de Finanzas", "Diseñador/a de Producto", "Jefe de Proyecto TI"]
SIGNERS = [("Carmen Iglesias", "Técnica de Selección"), ("Javier Montes", "Talent Acquisition Partner"),
           ("Nuria Salcedo", "Directora de Personas"), ("Pablo Arrieta", "Responsable de RR. HH.")]
AGENCIES = [("Irene Castaño", "Consultora Senior", "Búsqueda Norte Consultores", "busquedanorte.example"),
            ("Diego Ferrer", "Headhunter", "Talento Plus", "talentoplus.test")]
VENDOR_PREF = ["SmartRecruiters", "Workday", "Greenhouse", "Lever", "Teamtailor", "Workable", "Recruitee"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes"]
TZ_OFFSETS = [60, 120, -300, -180]
RE = "RE: "
WROTE = "El {date}, {owner} <{owner_email}> escribió:"
OUTLOOK = ("De:", "Enviado:", "Para:", "Asunto:")
QUOTE = ("Hola {signer_first}:\n\nMuchas gracias de nuevo por la entrevista. Quedo a vuestra disposición para\n"
         "cualquier cosa que necesitéis.\n\nUn saludo,\n{first}")
LABELS = dict(phone="Tel.:", careers="Empleo", open_roles="Consulta nuestras ofertas:",
              sent_by="Este mensaje ha sido enviado por {vendor} en nombre de {company}.",
              privacy="Política de privacidad", unsubscribe="Darse de baja", preferences="Preferencias de correo",
              platform_jobs="Más ofertas de {company}:")
ATS_DISPLAY = ["{company}", "{company} Selección", "{company} Talento", "Equipo de RR. HH. de {company}"]


def phone(rng):
    return rng.choice(["+34 91 ", "+34 6", "+34 93 "]) + f"{rng.randrange(1000000, 9999999)}"


def fmt_date(d):
    meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    return f"{d.day} {meses[d.month - 1]} {d.year}"


REJ = [
    R("person", "Tu candidatura para {role}",
      "Hola {first}:\n\nGracias por tu interés en {company} y por presentar tu candidatura al puesto de "
      "{role}.\n\nLamentablemente, hemos decidido continuar el proceso con otros candidatos cuyo perfil se "
      "ajusta más a lo que buscamos en este momento.\n\nTe deseamos mucha suerte en tu búsqueda.\n\nUn saludo,"),
    R("person", "Resultado de las entrevistas",
      "Hola {first}:\n\nTe agradezco mucho el tiempo que dedicaste a las entrevistas. Tras valorarlo con el "
      "equipo, hemos optado por otra persona con más experiencia en entornos regulados. No ha sido una "
      "decisión fácil.\n\nSi quieres, te cuento el feedback por teléfono.\n\nUn abrazo,"),
    R("person", "Prueba técnica",
      "Hola {first}:\n\nGracias por entregar la prueba técnica. Nos gustó la documentación, pero no vamos a "
      "seguir adelante con tu candidatura para {role}: buscábamos más profundidad en el diseño de la base "
      "de datos.\n\nMucho ánimo,"),
    R("person", "Proceso de selección {role}",
      "Estimada/o {first}:\n\nTe escribo para informarte de que el proceso para {role} ha quedado en pausa "
      "por decisión de dirección y, por tanto, tu candidatura queda cerrada. Siento no traer mejores "
      "noticias.\n\nSaludos cordiales,"),
    R("reply", "Seguimiento de mi candidatura",
      "Hola {first}:\n\nGracias por escribir y perdona la tardanza. Finalmente no vamos a avanzar contigo en "
      "el proceso; la posición se ha cubierto internamente.\n\nUn saludo,"),
    R("reply", "Gracias por la entrevista",
      "Hola {first}:\n\nMuchas gracias por tu mensaje. Siento comunicarte que, después de la última ronda, "
      "nos hemos decantado por otro candidato.\n\nMucha suerte,"),
    R("agency", "Novedades de {company}",
      "Hola {first}:\n\nHe hablado con {company} esta mañana. Lamentablemente el cliente ha decidido no "
      "continuar con tu candidatura para {role}; prefieren a alguien que haya liderado un equipo más grande.\n\n"
      "Tengo otras dos posiciones que te pueden encajar. ¿Hablamos el jueves?\n\nSaludos,"),
    R("agency", "RV: Feedback candidatura",
      "Hola {first}:\n\nTe reenvío la respuesta del cliente. Lo siento mucho.\n\n---------- Mensaje "
      "reenviado ----------\nDe: {signer} <{signer_email}>\nFecha: {date_prev}\nAsunto: Feedback candidatura\n\n"
      "Hola {agent_first}:\n\nGracias por presentarnos a {first}. Hemos decidido no seguir adelante con su "
      "candidatura.\n\n{signer}\n{company}\n\nUn saludo,"),
    R("ats", "Tu candidatura en {company}",
      "Estimado/a {first}:\n\nQueremos agradecerte el interés mostrado en formar parte de {company} y en el "
      "puesto de {role}.\n\nTras analizar detenidamente tu candidatura, lamentamos comunicarte que no has "
      "sido seleccionado/a para continuar en el proceso.\n\nAtentamente,\nEl equipo de Selección de {company}"),
    R("ats", "Actualización sobre tu proceso",
      "Hola {first}:\n\nGracias por completar la evaluación online. En esta ocasión tu candidatura no seguirá "
      "adelante.\n\nPuedes ver otras vacantes aquí: {careers}\n\nEquipo de Talento de {company}", html=True),
    R("ats", "{company}: respuesta a tu solicitud",
      "Hola {first}:\n\nLa vacante de {role} ya ha sido cubierta, por lo que no podremos tener en cuenta tu "
      "solicitud. Guardaremos tu CV en nuestra base de datos durante un año.\n\nRecursos Humanos\n{company}",
      html="only"),
    R("ats_signed", "Tu proceso con {company}",
      "Hola {first}:\n\nQueremos darte las gracias por el tiempo dedicado. Después de mucho pensarlo, hemos "
      "decidido no ofrecerte el puesto de {role}.\n\nUn cordial saludo,"),
    R("ats_replyto", "Candidatura {role}",
      "Hola {first}:\n\nHemos revisado tu perfil con atención y, por desgracia, no encaja con las "
      "necesidades actuales. Si quieres más detalles, responde a este correo.\n\nEquipo de Personas, {company}"),
    R("platform", "Actualización de tu candidatura",
      "Hola {first}:\n\n{company} ha revisado tu candidatura a {role} y ha decidido descartarla.\n\n"
      "Hay otras ofertas que te pueden interesar.", platform="InfoJobs",
      sender_name="InfoJobs"),
    R("platform", "Tu solicitud para {role} en {company}",
      "Estado: Ya no se tiene en cuenta\n\n{first}, {company} ha decidido seguir con otros candidatos para "
      "este puesto.", platform="LinkedIn"),
    R("person", "Lo siento",
      "{first}, te escribo rápido: no ha salido. Nos quedamos con otra persona. Gracias por todo, de verdad.\n\n"
      "Saludos,"),
]

LOOK = [
    L("received", "ats", "Hemos recibido tu candidatura",
      "Hola {first}:\n\nGracias por inscribirte en la oferta de {role}. Hemos recibido tu candidatura. "
      "Lamentablemente, por el volumen, no podemos responder a todos de forma individual antes de dos semanas.\n\n"
      "Equipo de Selección de {company}"),
    L("interview", "person", "Invitación a entrevista",
      "Hola {first}:\n\n¡Nos gustaría conocerte! Te invitamos a una entrevista para {role}. Lamentablemente el "
      "{weekday} ya no tenemos hueco; ¿te viene bien el jueves a las 11?\n\nUn saludo,"),
    L("offer", "person", "Oferta de trabajo",
      "Hola {first}:\n\n¡Enhorabuena! Hemos decidido ofrecerte el puesto. Te adjunto la carta de oferta.\n\n"
      "Un abrazo,"),
    L("piso", "raw", "Solicitud de alquiler",
      "Hola {first}:\n\nLamentablemente el propietario ha elegido a otro inquilino para el piso de la calle "
      "Mayor. Te avisaremos si hay otros disponibles.\n\nInmobiliaria Sol", sender="Inmobiliaria Sol <alquiler@inmosol.example>"),
    L("prestamo", "raw", "Su solicitud de préstamo",
      "Estimado cliente:\n\nLamentamos comunicarle que su solicitud de préstamo personal ha sido denegada.\n\n"
      "Faro Sur Banca", sender="Faro Sur Banca <avisos@farosur.example>"),
    L("beca", "raw", "Resolución de la convocatoria de becas",
      "Estimada {first}:\n\nLamentamos informarle de que su solicitud de beca no ha sido concedida en esta "
      "convocatoria.\n\nVicerrectorado de Estudiantes", sender="Universidad <becas@universidad.example>"),
    L("friend", "raw", "Pobre Álvaro",
      "Hola {first}:\n\nA Álvaro le han rechazado en la empresa esa después de tres entrevistas. Está "
      "hecho polvo. ¿Quedamos el sábado con él?\n\nBesos, Sara", sender="Sara <sara.g@correo.example>"),
    L("withdrawal", "raw", "Retiro mi candidatura",
      "Hola {signer_first}:\n\nGracias por todo. Lamentablemente he aceptado otra oferta y retiro mi "
      "candidatura a {role}.\n\nUn saludo,\n{first}", sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Candidata Sra. Robles",
      "Hola {first}:\n\nGracias por tus notas de la entrevista. Hemos decidido no continuar con la Sra. "
      "Robles. Carmen le enviará la respuesta hoy.\n\nPablo", sender="Pablo Arrieta <pablo.arrieta@telardigital.test>"),
    L("job_alert", "platform", "Nuevas ofertas para ti",
      "Hola {first}:\n\n5 nuevas ofertas coinciden con tu alerta:\n{role} – {company} – Madrid\n"
      "Analista de Datos – Olivar Analytics – Sevilla", platform="InfoJobs"),
    L("pedido", "raw", "No hemos podido procesar tu pedido",
      "Hola {first}:\n\nLamentablemente tu pago ha sido rechazado y el pedido {ref} no se ha completado.\n\n"
      "Tienda Telar", sender="Tienda Telar <pedidos@telardigital.test>"),
    L("next_steps", "reply", "Siguientes pasos",
      "Hola {first}:\n\nBuenas noticias: pasas a la fase final. Lamentablemente el director está de viaje, "
      "así que será la semana que viene.\n\nSaludos,"),
]

ORD = [
    O("newsletter", "raw", "Boletín de abril",
      "Hola:\n\nLamentablemente el taller de cerámica se cancela. Hemos decidido reprogramarlo en mayo. "
      "Abiertas las solicitudes para el curso de verano.", sender="Casa del Barrio <boletin@casabarrio.example>", footer=True),
    O("envio", "raw", "Tu paquete está en camino",
      "Hola {first}:\n\nTu pedido ha salido. Lamentablemente la entrega puede retrasarse un día.\n\n"
      "Seguimiento: https://envios.rayo.example/{ref}", sender="Rayo Envíos <noreply@rayo.example>", footer=True),
    O("factura", "raw", "Tu factura de abril",
      "Hola,\n\nYa está disponible tu factura. Lamentablemente no hemos podido cobrar el recibo; revisa tu "
      "cuenta.", sender="Luzmar Energía <facturas@luzmar.example>"),
    O("personal", "raw", "Comida del domingo",
      "Hola cariño:\n\nLa abuela ha decidido venir el domingo. Lamentablemente va a llover, así que "
      "comeremos dentro. ¿Traes el postre?\n\nMamá", sender="Mamá <rosa.ortega@buzon.test>"),
    O("calendario", "raw", "Invitación: Reunión semanal jue 10:00",
      "Te han invitado: Reunión semanal\nCuándo: jueves 10:00–11:00\nOrden del día: vacantes abiertas, "
      "candidatos, vacaciones.", sender="Calendario <calendario@workspace.example>"),
    O("spam", "raw", "¡Has sido seleccionado!",
      "Enhorabuena, has sido seleccionado para un puesto desde casa con 3000 € a la semana. "
      "Lamentablemente las plazas se agotan: envía tu solicitud hoy.", sender="Empleo Fácil <rrhh@dinero-ya.test>"),
    O("password", "raw", "Restablece tu contraseña",
      "Hola {first}:\n\nHemos recibido una solicitud para restablecer tu contraseña. Lamentablemente el "
      "enlace caduca en 30 minutos.\n\nhttps://cuenta.nubecilla.test/reset/{ref}",
      sender="Nubecilla <seguridad@nubecilla.test>"),
    O("github", "raw", "Re: [nubecilla/app] Posición incorrecta del botón (#{ref})",
      "@lmartin lamentablemente sigue pasando en main. He decidido reescribir el componente.\n\n"
      "https://github.com/nubecilla/app/issues/{ref}", sender="jruiz <notifications@github.com>"),
    O("colegio", "raw", "Excursión de 4.º",
      "Estimadas familias:\n\nLamentablemente la excursión se aplaza. Hemos decidido hacerla en junio.\n\n"
      "La dirección", sender="CEIP Los Olivos <secretaria@ceiplosolivos.example>"),
    O("club", "raw", "Convocatoria del sábado",
      "Hola a todos:\n\nLamentablemente el portero está lesionado. ¿Quién puede jugar en esa posición? El "
      "entrenador ya ha decidido la alineación.\n\nToni", sender="CD Ribera <club@cdribera.example>"),
    O("lista", "raw", "[python-es] Quedada en Valencia",
      "Hola:\n\nLamentablemente el local nos ha fallado. Hemos decidido ir a la biblioteca. Candidatos para "
      "charlas, escribidme.\n\nMiguel", sender="Miguel Roca <miguel@listas.example>"),
    O("recibo", "raw", "Tu recibo",
      "Gracias por tu compra: 2 cafés, 1 tostada. Total 5,60 €. Lamentablemente no hemos podido sumar tus "
      "puntos.", sender="Café Alba <recibos@cafealba.example>"),
]
