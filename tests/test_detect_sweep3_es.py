"""Sweep 3, Spanish: a new writer, from Spain and Latin America, in shapes the earlier sweeps lack.

Rejections from job boards (InfoJobs, Computrabajo, Bumeran, OCC relays), public selections and "oposiciones",
internships ("prácticas"), agencies, terse chat-like notes; "tú", "usted" and "vos"; a decision after paragraphs of
feedback; a subject-only verdict. They come as plain text, as long HTML (a header, a table, a footer of links), as
replies above the reader's quoted message, with an English copy, and in ISO-8859-1 / windows-1252 with
quoted-printable or 8-bit bodies. Look-alikes next to them: acknowledgements, interview invitations, offers, job
alerts and newsletters, a failed driving test, a loan, a flat, an article or an order turned down, the reader's own
withdrawal, the reader as interviewer, a friend's news. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, shell_letter

# The sender shells: a person at a firm (Spain, Latin America), a public body, job boards (no-reply sender), an
# agency, a shop or bank, a friend.
SENDERS = {
    "p": ("Lucía Ortega <lucia.ortega@conservasdelnorte.example>", None),
    "la": ("Valentina Ríos <vrios@logisticaandina.example>", None),
    "pub": ("Tribunal de Selección <rrhh@ayto-villanueva.example>", None),
    "infojobs": ("InfoJobs <noreply@infojobs.example>", None),
    "computrabajo": ("Computrabajo <notificaciones@computrabajo.example>", None),
    "bumeran": ("Bumeran <no-reply@bumeran.example>", None),
    "occ": ("OCC Mundial <avisos@occ.example>", None),
    "ag": ("Martín Suárez <msuarez@talentoplus.example>", None),
    "co": ("Atención al cliente <clientes@servicios.example>", None),
    "friend": ("Pablo Gil <pablo.gil@mail.example>", None),
}

QUOTE = ("\n\nEl mar, 3 mar 2026 a las 9:14, Sam Rivera (<sam@example.net>) escribió:\n"
         "> Hola, buenas tardes.\n> Quería saber si hay novedades sobre mi candidatura.\n> Gracias, Sam")
HTML_FOOT = ("</td></tr><tr><td><p><a href='https://example/ofertas'>Ver más ofertas</a> | "
             "<a href='https://example/perfil'>Editar perfil</a> | <a href='https://example/baja'>Darse de baja</a></p>"
             "<p>Recibes este correo porque estás registrado en nuestra plataforma. Política de privacidad.</p>"
             "</td></tr></table></body></html>")


letter = shell_letter(SENDERS, HTML_FOOT, QUOTE)


REJECTIONS = [
    # --- Spain: InfoJobs, direct, public
    ("Tu inscripción ha cambiado de estado",
     "Hola Sam,\n\nTu inscripción en la oferta \"Camarero/a de sala\" de Restaurante El Puerto ha pasado a "
     "estado: Descartado/a.\n\n¡Sigue buscando! Tienes nuevas ofertas que encajan contigo.\n\nInfoJobs",
     "infojobs", "html"),
    ("Proceso de selección - Dependiente/a",
     "Hola Sam:\n\nSentimos comunicarte que en esta ocasión no has sido seleccionado/a para el puesto de "
     "Dependiente/a en nuestra tienda de Zaragoza.\n\nUn saludo,\nConservas del Norte", "p", "latin1"),
    ("Candidatura - Técnico de Calidad",
     "Hola Sam,\n\nGracias por tu interés en Conservas del Norte. Tras valorar todas las candidaturas, hemos "
     "decidido seguir adelante con otros perfiles que se ajustan más a los requisitos del puesto.\n\nTe "
     "deseamos mucha suerte.\n\nLucía", "p", "html"),
    ("Proceso selectivo Auxiliar Administrativo - exclusión",
     "Sr. Rivera:\n\nLe informamos de que ha sido excluido definitivamente del proceso selectivo para la plaza "
     "de Auxiliar Administrativo por no acreditar la titulación exigida en las bases.\n\nEl Tribunal de "
     "Selección", "pub", "cp1252"),
    ("Oposición Técnico de Administración General",
     "Sr. Rivera:\n\nLe comunicamos que no ha superado el primer ejercicio del proceso selectivo para Técnico "
     "de Administración General, por lo que queda eliminado del mismo.\n\nEl Tribunal", "pub", "latin1"),
    ("Prácticas de Marketing",
     "Hola Sam,\n\nTe escribimos para contarte que la plaza de prácticas en Marketing ya ha sido asignada a "
     "otro estudiante. ¡Gracias por tu interés!\n\nLucía", "p", "plain"),
    ("Su candidatura",
     "Estimado Sr. Rivera:\n\nLamentamos comunicarle que su candidatura no ha sido seleccionada para continuar "
     "en el proceso de selección.\n\nAtentamente,\nDepartamento de Personas", "p", "cp1252"),
    ("Feedback de tu entrevista",
     "Hola Sam,\n\nQueríamos agradecerte la entrevista del jueves y darte algo de feedback.\n\nNos gustó mucho "
     "tu manera de explicar los proyectos y tu conocimiento del sector conservero.\n\nEchamos en falta más "
     "experiencia en la gestión de proveedores internacionales, que es el centro del puesto.\n\nPor ello, hemos "
     "decidido no continuar con tu candidatura. Esperamos coincidir en el futuro.\n\nLucía", "p", "html"),
    ("Re: Candidatura Mozo de almacén",
     "Hola Sam, gracias por escribir. El puesto ya está cubierto, lo siento.\n\nLucía", "p", "reply"),
    ("Candidatura | Application",
     "Hola Sam,\n\nLamentablemente no seguiremos adelante con tu candidatura para el puesto de Analista de "
     "Datos.\n\nHi Sam,\n\nUnfortunately we will not be moving forward with your application for the Data "
     "Analyst role.\n\nTalent Team", "p", "plain"),
    ("Una vez finalizado el proceso",
     "Estimado Sr. Rivera:\n\nUna vez finalizado el proceso de selección para Jefe de Turno, le comunicamos que "
     "no ha resultado seleccionado.\n\nReciba un cordial saludo,\nRecursos Humanos", "p", "latin1"),
    ("Vacante de Administrativo/a",
     "Hola Sam,\n\nTe informamos de que hemos cubierto la vacante con un candidato interno. Gracias por "
     "participar.\n\nLucía", "p", "plain"),
    ("Prueba técnica",
     "Hola Sam,\n\nNo has superado la prueba técnica, por lo que no continuarás en el proceso para "
     "Desarrollador/a Backend.\n\nEl equipo de Talento", "p", "html"),
    ("Bolsa de trabajo",
     "Hola Sam,\n\nTu CV quedará en nuestra bolsa de trabajo, pero en esta ocasión no has sido seleccionado "
     "para el puesto de Recepcionista.\n\nHotel Mirador", "p", "plain"),
    ("Beca de prácticas",
     "Hola Sam,\n\nLa empresa ha seleccionado a otro alumno para la plaza de prácticas en Contabilidad.\n\n"
     "Servicio de Prácticas", "co", "plain"),
    # --- Latin America: Computrabajo, Bumeran, OCC, direct
    ("Actualización de tu postulación",
     "Hola Sam,\n\nLa empresa Distribuidora Lima finalizó el proceso de selección para la oferta Asistente "
     "Contable y tu hoja de vida no fue seleccionada.\n\nComputrabajo", "computrabajo", "html"),
    ("Tu postulación a Analista de Sistemas",
     "Hola Sam,\n\nTu postulación a Analista de Sistemas fue descartada por la empresa.\n\n¡Mucho éxito en tu "
     "búsqueda!\n\nBumeran", "bumeran", "html"),
    ("La vacante ya fue cubierta",
     "Hola Sam,\n\nLa vacante Ejecutivo de Ventas a la que te postulaste ya fue cubierta.\n\nOCC Mundial",
     "occ", "plain"),
    ("Proceso de selección",
     "Hola Sam, te cuento que no vas a seguir en el proceso. Elegimos a alguien con más experiencia en "
     "logística. ¡Gracias por tu tiempo!\n\nValentina", "la", "plain"),
    ("Vacante Auxiliar Contable",
     "Hola Sam,\n\nPor el momento no continuarás en el proceso de selección para la vacante de Auxiliar "
     "Contable.\n\nAgradecemos tu interés.\n\nLogística Andina", "la", "latin1"),
    ("Tu postulación",
     "Hola Sam,\n\nTe informamos que tu postulación no avanzará a la siguiente etapa del proceso para "
     "Supervisor de Bodega.\n\nValentina Ríos", "la", "html"),
    ("Re: vacante",
     "Hola Sam, ya cubrimos la vacante, gracias igual", "la", "reply"),
    ("No seleccionado - Vacante Recepcionista",
     "Gracias por participar.\n\nOCC Mundial", "occ", "plain"),
    ("Retroalimentación de su proceso",
     "Estimado Sam:\n\nAgradecemos el tiempo dedicado a las entrevistas. Valoramos su experiencia en atención "
     "al cliente y su disposición.\n\nLamentablemente, su perfil no se ajusta a lo que requerimos en este "
     "momento para la posición de Coordinador de Servicio.\n\nSaludos cordiales,\nValentina", "la", "cp1252"),
    ("Su postulación - Técnico de Mantenimiento",
     "Estimado Sr. Rivera:\n\nLe informamos que la vacante para la que se postuló ha sido cancelada y el "
     "proceso de selección se da por concluido.\n\nAtentamente,\nRecursos Humanos", "la", "latin1"),
    ("Re: entrevista",
     "Che Sam, al final el puesto se lo dieron a otro chico. Perdón, ¡suerte con lo demás!", "la", "reply"),
    ("Tu proceso con Talento Plus",
     "Hola Sam,\n\nTe cuento que el cliente revisó tu perfil para la posición de Analista de Compras y decidió "
     "avanzar con otros candidatos.\n\nSaludos,\nMartín - Talento Plus", "ag", "plain"),
    ("Postulación - Cajero",
     "Hola Sam,\n\nGracias por postularte. Después de revisar tu perfil, decidimos no seguir adelante con tu "
     "postulación para Cajero.\n\nSupermercados Andinos", "computrabajo", "plain"),
    ("Tu candidatura en Ferretería Central",
     "Hola Sam,\n\nFerretería Central ha revisado tu candidatura para Vendedor/a y ha decidido no continuar "
     "contigo en el proceso.\n\nInfoJobs", "infojobs", "plain"),
    ("Resultado de la entrevista",
     "Hola Sam:\n\nGracias por venir a la entrevista. Vos tenés muy buen perfil, pero esta vez elegimos a otra "
     "persona para el puesto. Te vamos a tener en cuenta para próximas búsquedas.\n\nValentina", "la", "html"),
    ("Convocatoria de prácticas 2026",
     "Estimado/a estudiante:\n\nLe comunicamos que su solicitud para el programa de prácticas remuneradas no ha "
     "sido seleccionada en esta convocatoria.\n\nDepartamento de Recursos Humanos", "pub", "cp1252"),
    ("Puesto de Conductor/a",
     "Hola Sam,\n\nLamentamos informarte que el puesto de Conductor/a ya ha sido ocupado.\n\nTransportes "
     "Ebro", "p", "latin1"),
    ("Re: Postulación Diseñador",
     "Sam, buenas. Ya elegimos a alguien para la vacante de diseño, mil disculpas por la demora.", "la",
     "reply"),
    ("Candidatura no seleccionada",
     "Hola Sam,\n\nGracias por inscribirte en la oferta de Teleoperador/a.\n\nInfoJobs", "infojobs", "plain"),
    ("Proceso de selección Analista",
     "Estimado Sam,\n\nLe agradecemos su participación en nuestro proceso de selección. En esta ocasión hemos "
     "optado por un candidato cuyo perfil se ajusta mejor a las necesidades del puesto.\n\nAtentamente,\nRRHH",
     "la", "html"),
    ("Oferta de empleo - Mozo/a",
     "Hola Sam,\n\nNo pasaste el filtro de la primera etapa, así que no avanzarás en el proceso para Mozo/a.\n\n"
     "Bumeran", "bumeran", "plain"),
    ("Tu postulación fue vista",
     "Hola Sam,\n\nLa empresa Textiles Andes vio tu postulación para Operario de Producción y decidió no "
     "seleccionarte en esta oportunidad.\n\nComputrabajo", "computrabajo", "html"),
    ("Contratación de temporada",
     "Hola Sam,\n\nTe agradecemos el interés en trabajar con nosotros. Lamentablemente no podemos ofrecerte el "
     "puesto de ayudante de cocina esta temporada.\n\nLucía", "p", "plain"),
    ("Solicitud de empleo",
     "Estimado Sr. Rivera:\n\nEn respuesta a su solicitud de empleo, lamentamos comunicarle que no disponemos "
     "de ninguna vacante acorde a su perfil.\n\nAtentamente,\nLa Gerencia", "p", "cp1252"),
    ("Re: Puesto de dependienta",
     "Hola Sam, gracias por tu interés en el puesto. La persona que contratamos ya empezó el lunes, perdona "
     "que no te avisara antes.", "p", "reply"),
    ("Tu postulación - Mesero",
     "Hola Sam,\n\nGracias por postularte. El chico con el que nos quedamos ya está trabajando desde la semana "
     "pasada. ¡Suerte!\n\nValentina", "la", "plain"),
    # --- the outcome said by its decider, a post gone, closed with someone else, not called on, "no quedaste"
    ("Resultado de la terna",
     "Hola Sam,\n\nQuedaste en segundo lugar en el proceso de Jefe de Compras y el puesto fue para la otra "
     "finalista. Fue una decisión muy reñida.\n\nLucía", "p", "html"),
    ("Tu entrevista con Dirección",
     "Hola Sam,\n\nLamento contarte que el feedback del director sobre tu entrevista para Controller fue "
     "negativo.\n\nUn abrazo,\nLucía", "p", "latin1"),
    ("Tu proceso con Talento Plus - Analista de Riesgos",
     "Hola Sam,\n\nLa respuesta del cliente sobre tu perfil para Analista de Riesgos ha sido negativa. Sigo "
     "buscando otras opciones para ti.\n\nMartín", "ag", "cp1252"),
    ("Re: puesto de analista",
     "Che Sam, el puesto de analista lo cerramos con una chica que ya laburaba acá. Perdón!", "la", "reply"),
    ("Proceso Técnico de Soporte",
     "Hola Sam,\n\nNo vamos a poder convocarte a la siguiente fase del proceso de Técnico de Soporte. Gracias "
     "por tu tiempo.\n\nLucía", "p", "plain"),
    ("Vacante de Vendedor",
     "Hola Sam, lamentablemente no quedaste para el puesto de vendedor. Te deseo lo mejor.\n\nValentina",
     "la", "plain"),
    ("Re: trabajo de verano",
     "Hola Sam! Ya completamos el equipo de socorristas para este verano, lo siento mucho.", "p", "reply"),
]

# Known gaps (strict xfails): "la vacante ya no está disponible" to an applicant, which a job board's notice of a
# closed posting says to every applicant. (A full team named only by its trade, "socorristas", is read since round 20.)
KNOWN_GAPS = [
    ("Re: Postulación Analista de Crédito",
     "Hola Sam,\n\nGracias por tu interés, pero la vacante de Analista de Crédito ya no está disponible.\n\n"
     "Valentina", "la", "reply"),
]

LOOK_ALIKES = [
    ("Hemos recibido tu postulación",
     "Hola Sam,\n\nGracias por postularte a Asistente Contable. Si no tienes noticias en 15 días, entenderás "
     "que no has sido seleccionado.\n\nComputrabajo", "computrabajo", "html"),
    ("Invitación a entrevista",
     "Hola Sam,\n\nHas superado el primer filtro y nos gustaría invitarte a una entrevista el martes a las "
     "10:00. Los candidatos no seleccionados recibirán un aviso.\n\nLucía", "p", "plain"),
    ("Nuevas vacantes para ti",
     "Hola Sam,\n\nTenemos 15 vacantes que coinciden con tu perfil. Algunas vacantes ya fueron cubiertas, "
     "¡postúlate pronto!\n\nOCC Mundial", "occ", "html"),
    ("Newsletter: cómo superar un rechazo laboral",
     "Hola Sam,\n\nEn este número: qué hacer cuando no te seleccionan en un proceso, y cómo pedir "
     "retroalimentación al reclutador.\n\nBlog Empleo", "bumeran", "html"),
    ("Resultado del examen de manejo",
     "Hola Sam,\n\nReprobaste el examen práctico de manejo. Puedes agendar una nueva fecha en 15 días.\n\n"
     "Autoescuela Ruta", "co", "latin1"),
    ("Solicitud de préstamo",
     "Estimado cliente:\n\nSu solicitud de préstamo personal ha sido denegada tras el análisis de riesgo. No "
     "seguiremos adelante con la operación.\n\nBanco Sur", "co", "cp1252"),
    ("Piso en calle Mayor",
     "Hola Sam,\n\nEl propietario ha elegido a otro inquilino para el piso de la calle Mayor. Tenemos otros "
     "pisos en la zona.\n\nInmobiliaria Centro", "co", "plain"),
    ("Su artículo",
     "Estimado Sr. Rivera:\n\nLamentamos comunicarle que su artículo no ha sido aceptado para publicación en la "
     "Revista de Economía.\n\nEl Comité Editorial", "co", "latin1"),
    ("Pedido cancelado",
     "Hola Sam,\n\nTu pedido n.º 77120 ha sido cancelado por falta de stock.\n\nTienda Online", "co", "html"),
    ("Retiro del proceso",
     "Hola Sam,\n\nHemos registrado tu retiro del proceso de selección para Analista de Compras. ¡Mucho éxito "
     "en tu nuevo trabajo!\n\nMartín - Talento Plus", "ag", "reply"),
    ("Oferta de trabajo",
     "Hola Sam,\n\nNos complace ofrecerte el puesto de Técnico de Calidad. Lamentablemente no podemos igualar "
     "el salario que pediste, pero añadimos un bono anual.\n\nLucía", "p", "plain"),
    ("Lista de admitidos",
     "Sr. Rivera:\n\nHa sido admitido en el proceso selectivo para Auxiliar Administrativo. Los aspirantes "
     "excluidos disponen de 10 días para subsanar.\n\nEl Tribunal de Selección", "pub", "cp1252"),
    ("Qué tal",
     "Hola Sam!\n\nNo me cogieron en la entrevista de la cadena de supermercados, eligieron a otra persona, pero "
     "el lunes tengo otra. ¿Quedamos el finde?\n\nPablo", "friend", "plain"),
    ("Candidato entrevistado",
     "Hola Sam,\n\nEl candidato que entrevistaste el lunes no fue seleccionado por el comité. ¿Le escribes tú o "
     "le escribo yo?\n\nLucía", "p", "plain"),
    ("Solicitud de beca",
     "Estimado/a solicitante:\n\nSu solicitud de beca de estudios ha sido denegada por superar el umbral de "
     "renta.\n\nMinisterio de Educación", "pub", "latin1"),
    ("Tu proceso sigue activo",
     "Hola Sam,\n\nSeguimos revisando candidaturas para el puesto de Analista. No te preocupes: tu candidatura "
     "sigue activa y te escribiremos la próxima semana.\n\nLucía", "p", "plain"),
    ("Admisión escolar",
     "Estimada familia:\n\nSu hijo no ha obtenido plaza en el colegio solicitado en primera opción. Ha sido "
     "asignado al colegio de segunda opción.\n\nConsejería de Educación", "pub", "html"),
    ("Documentación pendiente",
     "Hola Sam,\n\nTu candidatura a las prácticas no podrá ser evaluada hasta que subas tu certificado de "
     "matrícula.\n\nServicio de Prácticas", "co", "plain"),
    ("Encuesta",
     "Hola Sam,\n\nHace poco participaste en un proceso de selección. ¿El reclutador te avisó si no fuiste "
     "seleccionado? Cuéntanos en 1 minuto.\n\nInfoJobs", "infojobs", "html"),
    ("Tu vacante publicada",
     "Hola Sam,\n\nTu vacante de Ayudante de Cocina recibió 40 postulaciones. 25 candidatos fueron descartados "
     "por el filtro automático.\n\nComputrabajo Empresas", "computrabajo", "html"),
    ("Re: vacante",
     "Hola Sam, la vacante sigue abierta. ¿Puedes venir mañana a las 5?", "la", "reply"),
    ("Compañera nueva",
     "Hola Sam,\n\nLa persona que contratamos para recepción ya empezó; pásate a saludarla cuando "
     "puedas.\n\nLucía", "p", "plain"),
    # --- a saved posting gone, a lab result, a sales pitch, a garage space, a condition, advice, team news, good news
    ("Vacante guardada",
     "Hola Sam,\n\nLa vacante de Analista Contable que guardaste ya no está disponible. Mira estas "
     "ofertas similares.\n\nComputrabajo", "computrabajo", "html"),
    ("Resultados de laboratorio",
     "Hola Sam,\n\nEl resultado de tu prueba fue negativo. No necesitas hacer nada más.\n\nClínica Norte",
     "co", "plain"),
    ("Propuesta comercial",
     "Hola Sam,\n\nLa respuesta del cliente a nuestra propuesta comercial fue negativa; seguimos con la "
     "siguiente cuenta.\n\nLucía", "p", "plain"),
    ("Plaza de garaje",
     "Hola Sam,\n\nLa plaza de garaje la cerramos con otro vecino del edificio, lo "
     "siento.\n\nInmobiliaria Centro", "co", "plain"),
    ("Documentación",
     "Hola Sam,\n\nNo vamos a poder convocarte a la siguiente fase hasta que nos envíes tu título "
     "escaneado.\n\nLucía", "p", "plain"),
    ("Newsletter de empleo",
     "Hola Sam,\n\nQué hacer cuando el feedback del reclutador es negativo: cinco consejos en el blog de "
     "esta semana.\n\nBumeran", "bumeran", "html"),
    ("Comunicado interno",
     "Hola equipo,\n\nEl puesto de coordinación lo cerramos con una compañera de la oficina de Sevilla "
     "que se incorpora el lunes. ¡Bienvenida, Marta!\n\nLucía", "p", "plain"),
    ("Tu entrevista",
     "Hola Sam,\n\n¡Quedaste seleccionado para el puesto de Analista! Te enviamos la oferta "
     "mañana.\n\nLucía", "p", "plain"),
    ("Tu postulación a Cajero/a",
     "Hola Sam,\n\nGracias por postularte desde nuestra web. La vacante de Cajero/a ya no está disponible, "
     "pero aquí tienes ofertas parecidas cerca de ti.\n\nOCC Mundial", "occ", "html"),
    ("Tu entrevista del jueves",
     "Hola Sam,\n\nLa respuesta de la dirección sobre la nueva oficina fue negativa, pero tu entrevista para "
     "Analista sigue en pie el jueves a las 10.\n\nLucía", "p", "plain"),
]


@pytest.mark.parametrize(("subject", "body", "kind", "shape"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep3_es_rejection_found(subject: str, body: str, kind: str, shape: str) -> None:
    assert found(letter(subject, body, kind, shape))


@pytest.mark.parametrize(("subject", "body", "kind", "shape"), LOOK_ALIKES, ids=ids(LOOK_ALIKES))
def test_sweep3_es_look_alike_is_no_rejection(subject: str, body: str, kind: str, shape: str) -> None:
    assert not found(letter(subject, body, kind, shape))


@pytest.mark.xfail(strict=True, reason="known gap: no job context the rules can see")
@pytest.mark.parametrize(("subject", "body", "kind", "shape"), KNOWN_GAPS, ids=ids(KNOWN_GAPS))
def test_sweep3_es_known_gap(subject: str, body: str, kind: str, shape: str) -> None:
    assert found(letter(subject, body, kind, shape))
