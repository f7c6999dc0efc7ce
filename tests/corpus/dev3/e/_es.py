"""Spanish messages for dev3/e."""
LANG = "es"

LUCIA = ("Lucía Romero Vidal", "lucia.romero@correo.example")
DIEGO = ("Diego Arriaga", "diego.arriaga@telefonica.example")


def M(kind, rej, frm, to, subj, body, **kw):
    d = dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body)
    d.update(kw)
    return d


MESSAGES = [
    # ---------------- rejections (11) ----------------
    M("rejection-startup-informal", True, ("Marta de Cactus Labs", "marta@cactuslabs.example"), DIEGO,
      "Tu proceso con Cactus Labs",
      """¡Hola, Diego!

Gracias de verdad por la prueba técnica y por la charla del jueves con el equipo.

Te escribo para contarte que hemos decidido avanzar con otra persona para la posición de Frontend Developer. Buscábamos a alguien con más rodaje en React Native y, al final, eso ha pesado mucho.

Sé que no es lo que esperabas. Si te sirve, te paso feedback detallado por llamada cuando quieras.

Un abrazo,
Marta Ibáñez
Talent @ Cactus Labs""",
      company="Cactus Labs", role="Frontend Developer",
      contact=("Marta Ibáñez", "marta@cactuslabs.example")),

    M("rejection-preselection", True, ("Empleo Grupo Hostelero Alcázar", "seleccion@grupo-alcazar.example"), LUCIA,
      "Proceso de selección: Jefa de Recepción – Hotel Alcázar Sevilla",
      """Hola, Lucía:

Gracias por tu interés en formar parte de Grupo Alcázar.

Tras revisar las candidaturas recibidas, te comunicamos que no has sido preseleccionada para la siguiente fase del proceso de Jefa de Recepción. Hemos recibido un volumen muy alto de perfiles y nos hemos centrado en personas con experiencia previa en hoteles de cinco estrellas.

Te animamos a seguir atenta a nuestras vacantes en https://empleo.grupo-alcazar.example

Un saludo,
Equipo de Selección
Grupo Hostelero Alcázar""",
      company="Grupo Hostelero Alcázar", role="Jefa de Recepción",
      url="https://empleo.grupo-alcazar.example", fmt="a"),

    M("rejection-public-sector", True, ("Ayuntamiento de Villaseca del Río – Recursos Humanos", "rrhh@villasecadelrio.example"), DIEGO,
      "Bolsa de empleo de Técnico/a de Medio Ambiente – Resolución provisional",
      """Estimado Sr. Arriaga:

Le comunicamos que, una vez publicada la resolución provisional de admitidos y excluidos en la bolsa de empleo de Técnico/a de Medio Ambiente, su solicitud figura como EXCLUIDA por no acreditar la titulación exigida en la base tercera de la convocatoria.

Dispone de un plazo de diez días hábiles para formular alegaciones o subsanar la documentación.

Atentamente,
Servicio de Recursos Humanos
Ayuntamiento de Villaseca del Río""",
      company="Ayuntamiento de Villaseca del Río", role="Técnico/a de Medio Ambiente",
      cs="iso-8859-1", qp=True),

    M("rejection-university", True, ("Dra. Pilar Echeverría", "pilar.echeverria@unimeseta.example"), LUCIA,
      "Contrato predoctoral – Grupo de Biología Computacional",
      """Estimada Lucía:

Muchas gracias por tu solicitud para el contrato predoctoral asociado a nuestro proyecto y por la entrevista de la semana pasada.

La comisión ha terminado la valoración y, lamentablemente, la plaza se ha adjudicado a otra candidata cuyo máster encaja de forma más directa con la línea de proteómica. Sé que te habías esforzado mucho en la propuesta.

Te deseo lo mejor y no dudes en escribirme si necesitas una carta de referencia para otras convocatorias.

Un cordial saludo,
Pilar Echeverría
Universidad de la Meseta""",
      company="Universidad de la Meseta", role="Contrato predoctoral",
      contact=("Pilar Echeverría", "pilar.echeverria@unimeseta.example")),

    M("rejection-hospital", True, ("Hospital San Rafael de Levante", "seleccion@hsrlevante.example"), DIEGO,
      "Respuesta a su candidatura – Fisioterapeuta",
      """Estimado Diego Arriaga:

Agradecemos sinceramente su interés en el puesto de Fisioterapeuta en nuestra Unidad de Rehabilitación.

Tras la entrevista personal, le informamos de que su candidatura no continuará en el proceso. La dirección del servicio ha optado por un perfil con formación específica en rehabilitación neurológica.

Conservaremos sus datos, con su consentimiento, para futuras necesidades.

Reciba un cordial saludo,
Departamento de Personas
Hospital San Rafael de Levante""",
      company="Hospital San Rafael de Levante", role="Fisioterapeuta", fmt="h", cs="iso-8859-1"),

    M("rejection-agency-client", True, ("Raúl Campos – Lince Talent", "raul.campos@lincetalent.example"), LUCIA,
      "Feedback del cliente – Responsable de Compras",
      """Hola Lucía,

Te escribo con la respuesta de nuestro cliente, Conservas Rías Altas, sobre la posición de Responsable de Compras.

Han valorado mucho tu visión negociadora, pero finalmente se han decantado por un candidato que ya trabajaba con proveedores de pescado en Galicia. Por tanto, no vas a seguir en el proceso.

Ya sabes que cuento contigo para otros proyectos; en cuanto tenga algo alineado con tu perfil te llamo.

Saludos,
Raúl Campos
Consultor, Lince Talent""",
      company="Conservas Rías Altas", role="Responsable de Compras",
      contact=("Raúl Campos", "raul.campos@lincetalent.example"), fmt="a", qp=True),

    M("rejection-platform-status", True, ("TrabajaYa", "notificaciones@trabajaya.example"), DIEGO,
      "Novedades de tu candidatura: Comercial B2B en Distribuciones Tormes",
      """Hola Diego:

La empresa Distribuciones Tormes ha actualizado tu candidatura.

Oferta: Comercial B2B zona centro
Estado: Descartado

¡No te desanimes! Hay nuevas ofertas que encajan contigo.

Equipo TrabajaYa
Configurar avisos: https://www.trabajaya.example/ajustes/avisos?src=mail
Darse de baja: https://www.trabajaya.example/baja?u=3349""",
      company="Distribuciones Tormes", role="Comercial B2B zona centro", fmt="a"),

    M("rejection-two-line", True, ("Jordi Puig", "jordi@puigiassociats.example"), LUCIA,
      "RE: CV administrativa",
      """Hola Lucía, gracias por mandarnos el CV. De momento ya hemos cubierto el puesto, lo siento.

Salut,
Jordi""",
      company="Puig i Associats", role="Administrativa",
      contact=("Jordi Puig", "jordi@puigiassociats.example")),

    M("rejection-buried", True, ("Talento Energías del Cantábrico", "talento@energiascantabrico.example"), DIEGO,
      "Información sobre tu candidatura",
      """Hola, Diego:

Antes de nada, queremos agradecerte la paciencia durante estas semanas. El proceso para nuestro programa de graduados ha sido más largo de lo previsto: recibimos más de 2.300 solicitudes y hemos querido revisarlas todas con el mismo cuidado.

En Energías del Cantábrico apostamos por el talento joven, y este año el programa incluye rotaciones en generación renovable, redes y trading. Además, hemos incorporado un plan de mentoría con directivos de la compañía.

En relación con tu solicitud al Programa Graduados Ingeniería 2024, te informamos de que en esta ocasión no ha sido posible seguir adelante con ella, ya que el número de plazas es muy limitado.

Te invitamos a seguirnos en redes y a participar en nuestros eventos universitarios de otoño.

Un saludo,
Equipo de Talento
Energías del Cantábrico""",
      company="Energías del Cantábrico", role="Programa Graduados Ingeniería 2024", fmt="a", qp=True),

    M("rejection-formal-ats", True, ("Banco Ribera Selección", "no-reply@bancoribera.myworkday.example"), LUCIA,
      "Banco Ribera – Analista de Riesgos (R-20931)",
      """Estimada Lucía Romero Vidal:

Gracias por participar en el proceso de selección para la posición de Analista de Riesgos.

Lamentamos comunicarle que, tras analizar detenidamente su perfil, hemos decidido no continuar con su candidatura.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Selección Banco Ribera""",
      company="Banco Ribera", role="Analista de Riesgos", fmt="h"),

    M("rejection-latam", True, ("Valeria Gutiérrez", "vgutierrez@agromaya.example"), DIEGO,
      "Proceso Gerente de Planta – Agroindustrias Maya",
      """Estimado Diego, buenas tardes.

Le agradezco mucho su disponibilidad para las entrevistas en Mérida. Después de platicarlo con la dirección general, hemos optado por otro candidato que ya radica en la región y puede incorporarse de inmediato. Por ello, no avanzaremos con su postulación para la Gerencia de Planta.

Quedo a sus órdenes para cualquier duda.

Saludos cordiales,
Valeria Gutiérrez
Capital Humano | Agroindustrias Maya""",
      company="Agroindustrias Maya", role="Gerente de Planta",
      contact=("Valeria Gutiérrez", "vgutierrez@agromaya.example"), cs="iso-8859-1"),

    # ---------------- look-alikes (9) ----------------
    M("ack", False, ("Empleo Grupo Hostelero Alcázar", "seleccion@grupo-alcazar.example"), DIEGO,
      "Acuse de recibo de tu candidatura",
      """Hola, Diego:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Maître en Hotel Alcázar Málaga.

Lamentablemente no podemos responder a todas las candidaturas de forma individual en los próximos días, pero te escribiremos en cuanto haya novedades en el proceso.

Equipo de Selección""",
      company="Grupo Hostelero Alcázar", role="Maître", qp=True),

    M("interview-invite", False, ("Sergio Navarro", "snavarro@logisur.example"), LUCIA,
      "Entrevista – Coordinadora de Operaciones",
      """Hola Lucía:

Nos ha gustado mucho tu perfil y queremos conocerte. ¿Te vendría bien una videollamada el miércoles 20 a las 11:00 para la posición de Coordinadora de Operaciones?

Si no te encaja, proponme otro horario esta semana.

Un saludo,
Sergio Navarro
RR. HH. – Logisur""",
      company="Logisur", role="Coordinadora de Operaciones",
      contact=("Sergio Navarro", "snavarro@logisur.example"), fmt="a"),

    M("reschedule-lamentablemente", False, ("Marta Ibáñez", "marta@cactuslabs.example"), DIEGO,
      "Cambio de hora de la entrevista",
      """Hola Diego,

Lamentablemente tenemos que mover la entrevista de mañana: al CTO le ha surgido un viaje. ¡Perdona las molestias!

¿Te iría bien el lunes a las 16:00? Seguimos con muchas ganas de conocerte.

Marta""",
      company="Cactus Labs", role="Frontend Developer",
      contact=("Marta Ibáñez", "marta@cactuslabs.example"), cs="iso-8859-1", qp=True),

    M("manager-candidate-declined", False, ("Selección Banco Ribera", "seleccion@bancoribera.example"), LUCIA,
      "Candidata descartada – Analista de Cumplimiento",
      """Hola Lucía:

Te confirmamos que, según tu valoración tras la entrevista que realizaste el lunes, hemos comunicado a la candidata Noelia Serrano que no continúa en el proceso para Analista de Cumplimiento.

Quedan dos finalistas; te enviaremos sus perfiles mañana para que agendes la última ronda.

Gracias,
Carmen Ortiz
Selección""",
      company="Banco Ribera", role="Analista de Cumplimiento",
      contact=("Carmen Ortiz", "seleccion@bancoribera.example")),

    M("housing-rejection", False, ("Inmobiliaria Puerta del Sol", "alquileres@inmo-puertadelsol.example"), DIEGO,
      "Piso calle Embajadores 31 – solicitud",
      """Buenos días, Diego:

Gracias por tu interés en el piso de la calle Embajadores. Lamentablemente, la propietaria ha elegido a otros inquilinos y el piso ya está reservado.

Te avisaremos si entra algún inmueble parecido en la zona.

Un saludo,
Inmobiliaria Puerta del Sol""", fmt="h"),

    M("loan-rejection", False, ("Caja Rural del Duero", "clientes@cajaduero-rural.example"), LUCIA,
      "Resolución de su solicitud de préstamo personal",
      """Estimada clienta:

Le informamos de que su solicitud de préstamo personal por importe de 9.000 euros ha sido denegada tras el análisis de riesgos.

Puede solicitar información sobre los motivos en cualquiera de nuestras oficinas.

Atentamente,
Caja Rural del Duero""", cs="iso-8859-1"),

    M("offer", False, ("Sergio Navarro", "snavarro@logisur.example"), LUCIA,
      "Oferta – Coordinadora de Operaciones",
      """Hola Lucía:

¡Enhorabuena! Queremos ofrecerte el puesto de Coordinadora de Operaciones. Te adjunto la carta oferta con las condiciones.

Lamentablemente no podemos adelantar la incorporación al 1 de abril como pedías; la fecha sería el 15. Dinos algo antes del viernes.

Un abrazo,
Sergio""",
      company="Logisur", role="Coordinadora de Operaciones",
      contact=("Sergio Navarro", "snavarro@logisur.example"), fmt="a", qp=True),

    M("job-alert", False, ("Alertas InfoTrabajo", "alertas@infotrabajo.example"), DIEGO,
      "5 ofertas nuevas de «fisioterapeuta» en Valencia",
      """Hola Diego,

Estas son las ofertas nuevas de hoy:

- Fisioterapeuta deportivo – Clínica Turia Salud, Valencia
- Fisioterapeuta a domicilio – Rehabilita+, Paterna
- Fisioterapeuta (sustitución) – Hospital San Rafael de Levante

Ver todas: https://www.infotrabajo.example/ofertas?q=fisioterapeuta&utm_medium=email
Dejar de recibir alertas: https://www.infotrabajo.example/alertas/baja?k=1a2b""", fmt="h", qp=True),

    M("withdrawal-confirmation", False, ("Selección Banco Ribera", "no-reply@bancoribera.myworkday.example"), LUCIA,
      "Confirmación: has retirado tu candidatura",
      """Hola Lucía:

Te confirmamos que has retirado tu candidatura al puesto de Analista de Datos (R-21044) desde el portal del candidato. No recibirás más comunicaciones sobre este proceso.

Si ha sido un error, puedes volver a inscribirte mientras la oferta siga publicada.

Selección Banco Ribera""",
      company="Banco Ribera", role="Analista de Datos"),
]
