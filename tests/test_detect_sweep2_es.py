"""Sweep 2, Spanish: rejections by writers the development sets and the first sweep did not have, and look-alikes
next to them that must stay non-rejections.

Written before the Spanish rules were read (then a second and a third batch after the first fixes, to check that they
transfer): job boards relaying the employer (Latin American and Spanish ones: "no continuarás en el proceso", "no
eligió tu perfil", "tu postulación ya no está activa"), agencies and temp agencies ("la empresa a la que presentamos tu
perfil prefiere a alguien con...", "la empresa usuaria no ha aceptado tu perfil"), public bodies in the nominal style
("la resolución desfavorable de su solicitud", "no ha sido admitido en la bolsa de empleo", "lamentamos informarle que
no ha sido el candidato elegido"), hiring freezes said as decisions ("hemos decidido no contratar a nadie más", "decidió
no cubrir la vacante, así que cerramos el proceso", "la posición fue dada de baja"), curt tú/vos notes ("no estamos
tomando gente", "al final seguimos con otro perfil", "vamos a ir con alguien más senior", "ya no tenemos plazas de
prácticas"), a full team for the season, a formal "no ha resultado posible incluirle". The look-alikes sit next to
them: acknowledgements, invitations, offers, the reader's own withdrawal, a freeze that pauses, a colleague chosen, a
process that closes on a date, a course with no places left, a volunteers' team complete, an agency's question, a
grant's or a rent aid's unfavourable resolution, an application inactive until documents are uploaded.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

# The sender shells the mails come in: a person, an agency's consultant, a job board's no-reply notifications, an ATS's
# no-reply address with a reply-to at the employer, and a public body's personnel office.
SENDERS = {
    "p": ("Katrin Vogel <k.vogel@firma-beispiel.example>", None),
    "ag": ("Markus Feld <m.feld@personalwerk.example>", None),
    "plat": ("Team Jobportal <noreply@jobportal.example>", None),
    "ats": ("Recruiting <no-reply@ats.hireflow.example>", "bewerbung@firma-beispiel.example"),
    "pub": ("Personalamt <personal@stadt-beispiel.example>", None),
}


def letter(subject: str, body: str, kind: str) -> bytes:
    sender, reply_to = SENDERS[kind]
    return mail(body, subject, sender, reply_to)


REJECTIONS = [
    # platform relays
    ('Novedades sobre tu postulación en Ferretería El Clavo',
     'Hola Sam,\n\nFerretería El Clavo revisó tu postulación para Vendedor de Mostrador y decidió no '
     'avanzar con tu perfil.\n\nEl equipo de PortalEmpleo', 'plat'),
    ('Actualización de tu candidatura',
     'Hola Sam,\n\nLa empresa Lácteos del Valle ha descartado tu candidatura para la oferta de Técnico '
     'de Calidad.\n\nSigue buscando en PortalEmpleo', 'plat'),
    ('Tu postulación fue revisada',
     'Hola Sam:\n\nTu postulación al aviso Cajero/a en Supermercados Andinos fue revisada y no fue '
     'seleccionada para continuar.\n\nEquipo Bumerango', 'plat'),
    ('Estado de tu candidatura: Descartado',
     'Hola Sam,\n\nEl estado de tu candidatura en Hotel Brisa Marina ha cambiado a: '
     'Descartado.\n\n¡Mucha suerte en tu búsqueda!', 'plat'),
    ('La empresa Constructora Sur respondió',
     'Hola Sam, Constructora Sur finalizó el proceso de selección y eligió a otro postulante.\n\nEquipo '
     'TrabajoYa', 'plat'),
    ('Mensaje de Clínica San Rafael',
     'Hola Sam,\n\nClínica San Rafael te ha enviado un mensaje: "Gracias por tu interés. En esta '
     'oportunidad no continuarás en el proceso."\n\nPortalEmpleo', 'plat'),
    ('Tu CV no fue seleccionado',
     'Hola Sam,\n\nLamentamos informarte que la empresa Textiles Norte no seleccionó tu CV para la '
     'vacante de Operario.\n\nComputrabajo Equipo', 'plat'),
    ('Actualización sobre tu solicitud en Mueblería Roble',
     'Hola Sam,\n\nMueblería Roble ha cerrado tu solicitud. La empresa ha decidido seguir con otros '
     'candidatos.\n\nEl equipo de InfoEmpleo', 'plat'),
    ('Proceso finalizado',
     'Hola Sam:\n\nEl proceso para Repartidor en Logística Veloz finalizó y tu postulación no avanzó a '
     'la siguiente etapa.\n\nBumerango', 'plat'),
    ('Información sobre tu candidatura',
     'Estimado Sam Rivera,\n\nEn nombre de Grupo Hotelero Sol le informamos que su candidatura no ha '
     'sido seleccionada en esta ocasión.\n\nEste es un mensaje automático, por favor no responda.', 'ats'),
    # agencies
    ('Feedback del cliente',
     'Hola Sam,\n\nTe escribo porque ya tengo respuesta de mi cliente: ha optado por otro candidato con '
     'más experiencia en exportación.\n\nUn abrazo,\nMarcos, consultora Talento+', 'ag'),
    ('Proceso Jefe de Planta',
     'Estimado Sam:\n\nNuestro cliente ha decidido no avanzar con su candidatura. Agradecemos su '
     'confianza en nuestra consultora.\n\nSaludos cordiales,\nMarcos Feld', 'ag'),
    ('Respuesta de la empresa',
     'Hola Sam, la empresa a la que presentamos tu perfil nos dijo que prefiere a alguien con inglés '
     'avanzado. Lo siento mucho.\n\nMarcos', 'ag'),
    ('Posición Director Financiero',
     'Estimado Sam:\n\nLamento comunicarle que nuestro mandante ha elegido a otro '
     'finalista.\n\nAtentamente,\nMarcos Feld, Executive Search', 'ag'),
    ('Misión temporal',
     'Hola Sam:\n\nLa empresa usuaria no ha aceptado tu perfil para la misión de mozo de almacén.\n\nTu '
     'ETT', 'ag'),
    ('Tras la entrevista con el cliente',
     'Hola Sam,\n\nEl cliente me ha dado feedback tras la entrevista: no seguirá adelante contigo. Te '
     'tendré en cuenta para otras posiciones.\n\nMarcos', 'ag'),
    # after interview/test
    ('Resultado de la prueba técnica',
     'Hola Sam,\n\nHemos revisado tu prueba técnica. Lamentablemente el resultado no nos permite '
     'avanzar contigo.\n\nEl equipo de selección', 'p'),
    ('Entrevista final',
     'Estimado Sam:\n\nLuego de la entrevista final, el comité ha resuelto no continuar con su '
     'postulación.\n\nSaludos cordiales', 'p'),
    ('Evaluación psicotécnica',
     'Estimado postulante:\n\nLe comunicamos que no ha superado la evaluación psicotécnica, por lo que '
     'queda fuera del proceso.\n\nRecursos Humanos', 'p'),
    ('Tu entrevista',
     'Hola Sam, nos encantó conocerte pero nos decantamos por otra persona. ¡Mucho éxito!\n\nLaura', 'p'),
    # public sector / nominal
    ('Resolución del proceso selectivo',
     'Estimado Sr. Rivera:\n\nPor la presente se le notifica la resolución desfavorable de su solicitud '
     'en el proceso selectivo de auxiliar administrativo.\n\nAtentamente,\nEl Tribunal Calificador', 'pub'),
    ('Bolsa de empleo',
     'Sr. Rivera:\n\nLe comunicamos que no ha sido admitido en la bolsa de empleo temporal por no '
     'reunir los requisitos exigidos.\n\nAyuntamiento de Valdemora', 'pub'),
    ('Concurso de méritos',
     'Estimado Sr. Rivera:\n\nLe informamos que su postulación no resultó seleccionada en el concurso '
     'de méritos para el cargo de Analista.\n\nMunicipalidad de San Martín', 'pub'),
    ('Plaza de profesor ayudante',
     'Estimado Dr. Rivera:\n\nLa comisión de selección ha resuelto adjudicar la plaza a otra '
     'candidata.\n\nVicerrectorado de Profesorado', 'pub'),
    ('Hospital - Convocatoria',
     'Estimado Sr. Rivera:\n\nLamentamos comunicarle que su solicitud para el puesto de enfermero no ha '
     'prosperado.\n\nDirección de Enfermería', 'pub'),
    # hiring freeze
    ('Sobre la vacante de Analista',
     'Hola Sam,\n\nPor recortes presupuestarios, la vacante ha quedado cancelada y no seguiremos con el '
     'proceso. Lamentamos no poder avanzar contigo.\n\nUn saludo', 'p'),
    ('Congelación de contrataciones',
     'Estimado Sam:\n\nDebido a una congelación de contrataciones en toda la compañía, hemos cerrado la '
     'búsqueda para el puesto de Coordinador. Su candidatura no continuará.\n\nAtentamente', 'p'),
    ('Vacante suspendida',
     'Hola Sam,\n\nLa empresa decidió no cubrir finalmente la vacante, así que cerramos el proceso. '
     'Gracias por postularte.\n\nLaura', 'p'),
    # curt / tú / vos
    ('Re: postulación',
     'Hola Sam, gracias por escribirnos pero por ahora no estamos tomando gente.\n\nSaludos', 'p'),
    ('Tu postulación',
     'Che Sam, gracias por postularte. Al final seguimos con otro perfil, pero te tenemos en '
     'cuenta.\n\nAbrazo', 'p'),
    ('Re: prácticas',
     'Hola Sam,\n\nLamentablemente ya no tenemos plazas de prácticas para este semestre.\n\nSaludos', 'p'),
    # formal / passive / impersonal
    ('Su candidatura',
     'Estimado Sr. Rivera:\n\nTras estudiar detenidamente su candidatura, lamentamos comunicarle que no '
     'ha sido seleccionado para el puesto.\n\nAtentamente', 'p'),
    ('Proceso de selección',
     'Estimado candidato:\n\nSe ha tomado la decisión de continuar con otros perfiles que se ajustan '
     'mejor a los requisitos.\n\nUn cordial saludo', 'p'),
    ('Candidatura',
     'Estimado Sam:\n\nLa posición ha sido cubierta internamente.\n\nSaludos', 'p'),
    ('Respuesta a su postulación',
     'Estimado Sam:\n\nLe agradecemos su interés; sin embargo, su perfil no se ajusta a lo que buscamos '
     'en este momento.\n\nCordialmente', 'p'),
    ('Puesto de Contador',
     'Estimado Sr. Rivera:\n\nNos es grato saludarlo. Por medio del presente le comunicamos que la '
     'empresa ha seleccionado a otro postulante para el cargo.\n\nAtentamente,\nGerencia de Personas', 'p'),
    ('Postulación Analista',
     'Estimado Sam:\n\nHemos decidido no avanzar con su postulación en esta oportunidad.\n\nSaludos', 'p'),
    ('Vacante de Cocinero',
     'Hola Sam,\n\nDespués de revisar todas las solicitudes, nos hemos quedado con un candidato que '
     'vive más cerca del restaurante.\n\nUn saludo', 'p'),
    # decision after other business
    ('Devolución de documentos y respuesta',
     'Hola Sam,\n\nTe devuelvo los documentos originales por correo certificado. En cuanto al puesto, '
     'al final nos hemos inclinado por otro candidato.\n\nUn saludo,\nLaura', 'p'),
    ('Gastos de viaje',
     'Estimado Sr. Rivera:\n\nLe reembolsaremos los gastos del viaje a la entrevista. Respecto al '
     'resultado, lamentamos informarle que no ha sido el candidato elegido.\n\nAtentamente', 'p'),
    # other sectors
    ('Aprendiz',
     'Hola Sam,\n\nEste año ya completamos los cupos de aprendices del taller, así que no podremos '
     'incorporarte.\n\nTaller Mecánico Ruiz', 'p'),
    ('Temporada de verano',
     'Hola Sam,\n\nYa tenemos completo el personal para la temporada. Guardamos tu currículum para el '
     'próximo año.\n\nChiringuito La Ola', 'p'),
    ('Tu candidatura en la startup',
     'Hey Sam!\n\nGracias por aplicar. Nos encantó tu perfil, pero vamos a ir con alguien más senior '
     'para este rol.\n\nUn abrazo del equipo', 'p'),
    ('Puesto de dependienta',
     'Hola Sam,\n\nLo siento, pero hemos decidido no contratar a nadie más por ahora, las ventas han '
     'bajado.\n\nTienda Lunares', 'p'),
    ('Su candidatura',
     'Estimado Sr. Rivera:\n\nNo ha resultado posible incluirle en la siguiente fase del proceso.\n\nUn '
     'saludo', 'p'),
    ('Su postulación',
     'Estimado Sam:\n\nEl comité evaluador optó por un perfil con mayor experiencia en el sector '
     'público.\n\nAtentamente', 'pub'),
    ('Candidatura a Dependiente',
     'Hola Sam:\n\nGracias por tu interés en trabajar con nosotros. Te comunicamos que no has sido '
     'seleccionado/a.\n\nEquipo de Tienda', 'p'),
    ('Resultado',
     'Estimado postulante:\n\nUsted no ha clasificado a la siguiente etapa del proceso.\n\nÁrea de '
     'Selección', 'p'),
    ('Proceso de Asistente',
     'Estimada/o Sam:\n\nQueremos agradecerte. Te informamos que en esta oportunidad no continuarás en '
     'el proceso de selección.\n\nSaludos cordiales', 'p'),
    ('Vacante Conductor',
     'Buen día Sam,\n\nLe informamos que la vacante ya fue ocupada. Le agradecemos su '
     'tiempo.\n\nTransportes Cóndor', 'p'),
    ('Solicitud de empleo',
     'Estimado Sr. Rivera:\n\nNos vemos en la obligación de declinar su solicitud de '
     'empleo.\n\nAtentamente', 'p'),
    ('Respuesta',
     'Hola Sam,\n\nNo vamos a poder ofrecerte el puesto. Gracias por tu paciencia.\n\nLaura', 'p'),
    ('Candidatura',
     'Estimado Sam:\n\nHemos recibido muchas candidaturas y lamentablemente la tuya no ha pasado el '
     'primer filtro.\n\nSaludos', 'p'),
    ('Puesto de Recepcionista',
     'Hola Sam:\n\nLa gerencia prefirió a una persona con experiencia en hotelería. Te deseamos '
     'éxito.\n\nHotel Mirador', 'p'),
    # --- written after the first fixes, to check they transfer: a platform message, an agency, a public pool, a freeze,
    # "al final", no places left, a nominal decision, "no estamos tomando", a full staff, "vamos a ir con otra persona"
    ('Tu postulación',
     'Hola Sam,\n\nLa empresa Panadería Trigo te ha enviado un mensaje: "No seguirás en el proceso, '
     'gracias por tu interés."\n\nPortalEmpleo', 'plat'),
    ('Feedback',
     'Hola Sam,\n\nEl cliente al que presentamos tu candidatura prefiere a alguien con más experiencia '
     'en ventas. Lo siento.\n\nMarcos', 'ag'),
    ('Proceso',
     'Hola Sam,\n\nHemos decidido no cubrir la vacante este año, así que cerramos el proceso. Gracias '
     'por participar.\n\nLaura', 'p'),
    ('Vacante',
     'Hola Sam,\n\nAl final nos quedamos con otro candidato que ya conocía el sector.\n\nLaura', 'p'),
    ('Prácticas',
     'Hola Sam,\n\nYa no quedan plazas de prácticas para este verano, lo siento.\n\nRRHH', 'p'),
    ('Resolución',
     'Estimado Sr. Rivera:\n\nSe le comunica la decisión desfavorable sobre su candidatura al puesto de '
     'técnico.\n\nAtentamente', 'pub'),
    ('Su candidatura',
     'Estimado Sr. Rivera:\n\nLe comunicamos que no ha sido la persona seleccionada para el '
     'puesto.\n\nAtentamente', 'p'),
    ('Tu candidatura',
     'Hola Sam,\n\nVamos a ir con otra persona para este puesto. ¡Gracias!\n\nLaura', 'p'),
    ('Proceso de selección',
     'Estimado Sam:\n\nNo ha resultado posible considerarle para la entrevista final.\n\nSaludos', 'p'),
    # --- a platform relaying the employer (es)
    ('Actualización de tu postulación',
     'Hola Sam,\n\nQueremos contarte que Tienda Azul ya no sigue con tu postulación para '
     'Vendedor.\n\nEquipo Bumerango', 'plat'),
    ('Tu postulación en Clínica Norte',
     'Hola Sam,\n\nLa empresa revisó tu CV y no continuarás en el proceso de selección de '
     'Recepcionista.\n\nComputrabajo', 'plat'),
    ('Respuesta de la empresa',
     'Hola Sam:\n\nLogística Sur cerró la vacante de Auxiliar de Bodega. Tu postulación ya no está '
     'activa.\n\nEquipo TrabajoYa', 'plat'),
    ('Estado de tu postulación',
     'Hola Sam,\n\nTu postulación a Analista Contable en Grupo Delta pasó a estado: No '
     'seleccionado.\n\nPortalEmpleo', 'plat'),
    ('Novedades de tu candidatura',
     'Hola Sam,\n\nLa empresa Seguros Andes ha decidido no avanzar con tu candidatura para la oferta '
     'Ejecutivo Comercial.\n\nInfoEmpleo', 'plat'),
    ('Tu postulación',
     'Hola Sam,\n\nLamentablemente, Farmacia Central no eligió tu perfil para esta vacante. ¡Sigue '
     'postulando!\n\nEl equipo de Bumerango', 'plat'),
    ('Actualización',
     'Hola Sam,\n\nEl reclutador de Hotel Sol marcó tu postulación como descartada.\n\nComputrabajo', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nTu candidatura a Mozo de Almacén en Distribuciones Ebro ha sido rechazada por la '
     'empresa.\n\nInfoEmpleo', 'plat'),
    ('Gracias por postularte',
     'Hola Sam,\n\nConstructora Andina agradece tu interés, pero ha seleccionado a otros candidatos '
     'para la vacante de Capataz.\n\nEquipo TrabajoYa', 'plat'),
    ('La vacante ha sido cerrada',
     'Hola Sam,\n\nLa vacante Cajero en Supermercado Pampa ha sido cerrada por la empresa y tu '
     'postulación no continuará.\n\nBumerango', 'plat'),
    # --- a platform relaying the employer (es)
    ('Tu candidatura en Grupo Faro',
     'Hola Sam,\n\nGrupo Faro ha finalizado el proceso de selección para la oferta Técnico de '
     'Mantenimiento. Tu candidatura no ha sido seleccionada.\n\nInfoEmpleo', 'plat'),
    ('Estado: Finalizada',
     'Hola Sam,\n\nTu candidatura a la oferta Camarero/a en Bar Marea ha pasado a estado '
     '«Finalizada».\n\nInfoEmpleo', 'plat'),
    ('La oferta ha sido cerrada',
     'Hola Sam,\n\nHotel Río ha cerrado la oferta a la que te inscribiste (Recepcionista '
     'nocturno).\n\nInfoEmpleo', 'plat'),
    ('Novedades',
     'Hola Sam,\n\nAgro Sur ya encontró a su candidato ideal para la vacante de Tractorista. ¡Sigue '
     'buscando!\n\nComputrabajo', 'plat'),
    ('Tu postulación',
     'Hola Sam:\n\nLa empresa Metalúrgica Lara contrató a otro candidato para el puesto de '
     'Soldador.\n\nBumerango', 'plat'),
    ('Actualización',
     'Hola Sam,\n\nTu postulación a Ayudante de Cocina fue descartada por el restaurante.\n\nTrabajoYa', 'plat'),
    ('Tu perfil',
     'Hola Sam,\n\nTransportes Cima indicó que tu perfil no cumple con los requisitos de la vacante '
     'Chofer.\n\nComputrabajo', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nLa empresa decidió seguir con otros perfiles para Analista de Datos.\n\nPortalEmpleo', 'plat'),
    ('Resultado de tu postulación',
     'Hola Sam,\n\nNo fuiste seleccionado/a para continuar en el proceso de Vendedor en Tienda '
     'Norte.\n\nBumerango', 'plat'),
    # --- platforms relaying the employer (es), Spain and Latin America
    ('Tu candidatura en Óptica Sol',
     'Hola Sam,\n\nÓptica Sol ha descartado tu candidatura para Óptico/a Optometrista. No te '
     'desanimes.\n\nInfoEmpleo', 'plat'),
    ('Respuesta a tu postulación',
     'Hola Sam,\n\nLa empresa Andes Tech respondió a tu postulación: No continuarás en el '
     'proceso.\n\nBumerango', 'plat'),
    ('Proceso finalizado',
     'Hola Sam,\n\nEl proceso de selección para Auxiliar Contable en Grupo Río finalizó. En esta '
     'oportunidad no fuiste seleccionado.\n\nComputrabajo', 'plat'),
    ('Actualización de tu proceso',
     'Hola Sam,\n\nTe informamos que la empresa Pinturas Lux ha cerrado tu proceso de '
     'selección.\n\nTrabajoYa', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nLamentablemente la empresa Ferretería Sur ha decidido no continuar contigo en el '
     'proceso para Dependiente.\n\nInfoEmpleo', 'plat'),
    ('Novedad de tu postulación',
     'Hola Sam,\n\nTu CV fue revisado por Hospital Central y no avanzó a la siguiente '
     'etapa.\n\nBumerango', 'plat'),
    ('Resultado',
     'Hola Sam,\n\nEl reclutador de Banco Austral eligió a otros postulantes para esta '
     'búsqueda.\n\nBumerango', 'plat'),
    ('Sobre tu candidatura',
     'Hola Sam,\n\nGracias por inscribirte en la oferta de Repartidor. La empresa ha cubierto la '
     'vacante con otro candidato.\n\nInfoEmpleo', 'plat'),
    # --- platforms relaying the employer (es)
    ('Tu postulación',
     'Hola Sam,\n\nTu postulación a Operario de Producción no fue exitosa.\n\nBumerango', 'plat'),
    ('Candidatura desestimada',
     'Hola Sam,\n\nTu candidatura ha sido desestimada por Lácteos Prado.\n\nInfoEmpleo', 'plat'),
    ('Tu postulación',
     'Hola Sam,\n\nTu postulación para Cajero en Banco Plata quedó fuera del proceso.\n\nBumerango', 'plat'),
    # --- platforms relaying the employer (es), other words
    ('Tu candidatura',
     'Hola Sam,\n\nLa empresa Ebro Foods te agradece tu interés, pero ha decidido continuar con otros '
     'candidatos.\n\nInfoEmpleo', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nTu candidatura para Mozo/a de almacén no ha sido preseleccionada.\n\nInfoEmpleo', 'plat'),
    ('Tu solicitud',
     'Hola Sam,\n\nTu solicitud para el puesto de Administrativo/a ha sido declinada.\n\nInfoEmpleo', 'plat'),
    ('Oferta cerrada',
     'Hola Sam,\n\nHotel Plaza ha cerrado esta oferta y no ha seleccionado tu '
     'candidatura.\n\nInfoEmpleo', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nTu candidatura para Camarero ha sido marcada como «No apta».\n\nInfoEmpleo', 'plat'),
    ('Tu postulación',
     'Hola Sam,\n\nEl empleador eligió a otro candidato para Analista Jr.\n\nBumerango', 'plat'),
    ('Tu postulación',
     'Hola Sam,\n\nEsta vez no fue posible avanzar con tu postulación a Recepcionista.\n\nBumerango', 'plat'),
    # (a chat after an interview: found since the not-a-job veto reads only a talk as one)
    ('Después de la entrevista',
     'Hola Sam,\n\nGracias de nuevo por la charla del jueves. Lo hemos pensado mucho y finalmente no '
     'vamos a seguir contigo en el proceso.\n\nUn saludo,\nLaura', 'p'),
]

KNOWN_GAPS = [
    # Left, by cause: no job word at all in a curt note ("elegimos a otra persona", "ya conseguimos a alguien para el
    # turno", "su solicitud no ha podido ser atendida"), a post state with only a job word ("ya cubrimos el puesto", "la
    # posición fue dada de baja"), a short formal letter whose language is guessed wrong, a staff word ("personal",
    # "plantilla") that names no post, a job board's note with no job word ("no seguirá con tu proceso", "la siguiente
    # fase": a loan or a contest too).
    ('Proceso cancelado',
     'Hola Sam,\n\nLa posición fue dada de baja por reestructuración interna. Te agradecemos tu '
     'tiempo.\n\nRRHH', 'p'),
    ('Re: CV',
     'Hola, ya cubrimos el puesto. Gracias igual.', 'p'),
    ('Re: Mesero',
     'Qué tal Sam, ya conseguimos a alguien para el turno de noche, disculpa. Saludos', 'p'),
    ('Re: búsqueda',
     'Hola Sam, te cuento que elegimos a otra persona. ¡Suerte!', 'p'),
    ('Su solicitud',
     'Estimado Sr. Rivera:\n\nSu solicitud no ha podido ser atendida '
     'favorablemente.\n\nAtentamente,\nLa Dirección', 'p'),
    ('Bolsa de trabajo',
     'Sr. Rivera:\n\nLe comunicamos que no ha sido admitido en la bolsa de trabajo de '
     'auxiliares.\n\nAyuntamiento', 'pub'),
    ('Re: trabajo',
     'Hola Sam, por ahora no estamos tomando personal, disculpá. Saludos', 'p'),
    ('Temporada',
     'Hola Sam,\n\nYa tenemos completa la plantilla para este verano.\n\nHotel Playa', 'p'),
    ('Oferta cubierta',
     'Hola Sam,\n\nLa oferta Dependiente/a en Zapatería Paso ha sido cubierta.\n\nInfoEmpleo', 'plat'),
    ('Tu proceso',
     '¡Hola Sam! Te contamos que la empresa Vidrios Cruz no seguirá con tu proceso.\n\nComputrabajo', 'plat'),
    ('Siguiente fase',
     'Hola Sam,\n\nLa empresa Aromas SA no te ha seleccionado para la siguiente fase.\n\nInfoEmpleo', 'plat'),
    ('Tu perfil',
     'Hola Sam,\n\nTextil Mar decidió no avanzar con tu perfil en esta ocasión.\n\nComputrabajo', 'plat'),
]

NON_REJECTIONS = [
    ('Hemos recibido tu candidatura',
     'Hola Sam,\n\nGracias por postularte. Revisaremos tu perfil y te contactaremos pronto.\n\nEl '
     'equipo', 'p'),
    ('Invitación a entrevista',
     'Hola Sam,\n\nNos gustaría conocerte el martes a las 10. ¿Te va bien?\n\nLaura', 'p'),
    ('Prueba técnica',
     'Hola Sam,\n\nTe enviamos la prueba técnica; tienes hasta el viernes para entregarla.\n\nSaludos', 'p'),
    ('Oferta de empleo',
     'Hola Sam,\n\n¡Nos alegra ofrecerte el puesto! Te mando el contrato mañana.\n\nLaura', 'p'),
    ('Retiro de candidatura',
     'Estimado Sam:\n\nConfirmamos el retiro de su candidatura. Lamentamos su decisión.\n\nRRHH', 'p'),
    ('Tu respuesta',
     'Hola Sam,\n\nQué pena que hayas rechazado nuestra oferta, respetamos tu decisión.\n\nLaura', 'p'),
    ('Pausa temporal',
     'Hola Sam,\n\nPor una congelación temporal de contrataciones, el proceso queda en pausa hasta '
     'marzo. Tu candidatura sigue activa.\n\nSaludos', 'p'),
    ('Nuevo compañero',
     'Hola equipo,\n\nHemos elegido a Pedro como nuevo jefe de ventas. ¡Dadle la '
     'bienvenida!\n\nDirección', 'p'),
    ('Licitación',
     'Estimados señores:\n\nSu oferta no ha resultado adjudicataria en la licitación 26/04.\n\nMesa de '
     'contratación', 'pub'),
    ('Presupuesto',
     'Hola,\n\nGracias por el presupuesto, pero hemos optado por otro proveedor.\n\nUn saludo', 'p'),
    ('Curso',
     'Hola Sam,\n\nEl curso de inglés está completo; quedas en lista de espera.\n\nAcademia', 'p'),
    ('Piso',
     'Hola Sam,\n\nEl propietario ha elegido a otros inquilinos para el piso.\n\nInmobiliaria', 'p'),
    ('Préstamo',
     'Estimado cliente:\n\nSu solicitud de préstamo no ha sido aprobada.\n\nSu banco', 'p'),
    ('Beca',
     'Estimado Sr. Rivera:\n\nSu solicitud de beca ha sido denegada.\n\nFundación', 'pub'),
    ('Nuevas ofertas para ti',
     'Hola Sam,\n\n10 nuevas ofertas de empleo coinciden con tu búsqueda: cajero, '
     'repartidor.\n\nPortalEmpleo', 'plat'),
    ('Oportunidad laboral',
     'Hola Sam,\n\nSoy headhunter y tengo una posición que podría interesarte. ¿Hablamos?\n\nMarcos', 'ag'),
    ('Boletín',
     'Hola,\n\nEste mes: cómo superar un rechazo y preparar tu entrevista.\n\nRevista Empleo', 'plat'),
    ('Siguiente etapa',
     'Hola Sam,\n\n¡Pasaste a la siguiente etapa! Te esperamos en la entrevista con el '
     'gerente.\n\nLaura', 'p'),
    ('Feedback del cliente',
     'Hola Sam,\n\nMi cliente quiere entrevistarte la semana próxima.\n\nMarcos', 'ag'),
    ('Cambio de horario',
     'Hola Sam,\n\nLamentablemente tengo que cancelar nuestra entrevista de mañana. ¿Podemos moverla al '
     'lunes?\n\nLaura', 'p'),
    ('Estado de tu candidatura',
     'Hola Sam,\n\nEl estado de tu candidatura en Hotel Brisa Marina ha cambiado a: En '
     'revisión.\n\nPortalEmpleo', 'plat'),
    ('Descartar candidatos',
     'Hola Laura,\n\n¿Puedes avisar al resto de candidatos que no siguen? Ya elegimos a Sam.\n\nGracias', 'p'),
    ('Postulación enviada',
     'Hola Sam,\n\nTu postulación a Ferretería El Clavo fue enviada con éxito.\n\nPortalEmpleo', 'plat'),
    ('Baja',
     'Hola,\n\nConfirmamos la baja de tu suscripción al gimnasio.\n\nGimnasio', 'p'),
    ('Artículo',
     'Estimado Sr. Rivera:\n\nSu artículo no será publicado en el próximo número.\n\nLa redacción', 'p'),
    ('Subvención',
     'Estimado Sr. Rivera:\n\nResolución desfavorable de su solicitud de subvención.\n\nConsejería', 'pub'),
    ('Club',
     'Hola Sam,\n\nEl equipo ya está completo esta temporada; no podemos inscribirte.\n\nClub deportivo', 'p'),
    ('Su renuncia',
     'Estimado Sam:\n\nAcusamos recibo de su renuncia y le deseamos éxito.\n\nRRHH', 'p'),
    ('Candidatura de tu recomendado',
     'Hola Sam,\n\nGracias por recomendar a Julia. Lamentablemente no seguiremos con su '
     'candidatura.\n\nLaura', 'p'),
    ('Entrevista confirmada',
     'Hola Sam,\n\nTras la entrevista telefónica, te confirmo la segunda entrevista el '
     'viernes.\n\nLaura', 'p'),
    ('Traslado',
     'Estimado Sr. Rivera:\n\nSu solicitud de traslado no ha podido ser atendida este '
     'año.\n\nConsejería de Educación', 'pub'),
    # --- next to the widened rules: a process closing on a date, a course full, volunteers complete, an agency's
    # question, a post left empty until the reader trains, interviews that go on, rent aid and a grant refused
    ('Proceso',
     'Hola Sam,\n\nCerramos el proceso el viernes y te contamos algo la semana que viene.\n\nLaura', 'p'),
    ('Curso',
     'Hola Sam,\n\nYa no quedan plazas para el curso de verano de inglés.\n\nAcademia', 'p'),
    ('Voluntariado',
     'Hola Sam,\n\nYa tenemos completo el equipo de voluntarios para el festival.\n\nLa organización', 'p'),
    ('Perfil',
     'Hola Sam,\n\nMi cliente prefiere a alguien con inglés, ¿qué nivel tienes?\n\nMarcos', 'ag'),
    ('Vacante',
     'Hola Sam,\n\nHemos decidido no cubrir la vacante hasta que termine tu formación; después será '
     'tuya.\n\nLaura', 'p'),
    ('Proceso',
     'Hola Sam,\n\nSeguimos con otros candidatos esta semana y el lunes te llamamos para la segunda '
     'entrevista.\n\nLaura', 'p'),
    ('Subvención',
     'Estimado Sr. Rivera:\n\nLe notificamos la resolución desfavorable de su solicitud de ayuda al '
     'alquiler.\n\nConsejería', 'pub'),
    ('Beca',
     'Estimado Sr. Rivera:\n\nLamentamos informarle que no ha sido el candidato elegido para la beca de '
     'investigación.\n\nFundación', 'pub'),
    ('Inscripción',
     'Hola Sam,\n\nCerramos el proceso de inscripción el día 5.\n\nPortalEmpleo', 'plat'),
    ('Bolsa',
     'Sr. Rivera:\n\nHa sido admitido en la bolsa de empleo. Le llamaremos cuando haya una '
     'vacante.\n\nAyuntamiento', 'pub'),
    ('Tu postulación',
     'Hola Sam,\n\nTu postulación ya no está activa porque faltan documentos. Súbelos para '
     'reactivarla.\n\nPortalEmpleo', 'plat'),
    ('Vacante',
     'Hola Sam,\n\nLa empresa no eligió todavía; tu postulación sigue activa.\n\nPortalEmpleo', 'plat'),
    # --- next to the fourth batch's rules (es): a status that moves on, an offer still open, the reader found
    ('Estado',
     'Hola Sam,\n\nTu candidatura ha pasado a estado «En entrevista». ¡Suerte!\n\nInfoEmpleo', 'plat'),
    ('Oferta',
     'Hola Sam,\n\nLa oferta a la que te inscribiste cierra el viernes; aún puedes completar tu '
     'perfil.\n\nInfoEmpleo', 'plat'),
    ('Candidato ideal',
     'Hola Sam,\n\n¡Ya encontramos a nuestro candidato ideal para la vacante: tú! Te enviamos el '
     'contrato.\n\nLaura', 'p'),
    # --- next to the fifth round's rules: a clitic that stands for a date or an idea, thanks for the reader's time
    # before good news
    ('Entrevista',
     'Hola Sam,\n\nSobre la segunda entrevista del martes, hemos decidido descartarla y hacer solo una '
     'videollamada el jueves.\n\nLaura', 'p'),
    ('Fecha del evento',
     'Hola Sam,\n\nLa fecha que propusiste para la cena de equipo la hemos valorado, pero hemos '
     'decidido descartarla.\n\nLaura', 'p'),
    ('Bienvenido',
     'Hola Sam,\n\nGracias por tu tiempo durante el proceso. ¡Nos alegra contar contigo en el '
     'equipo!\n\nLaura', 'p'),
    ('La prueba',
     'Hola Sam,\n\nLa prueba técnica era muy larga, así que hemos decidido descartarla: pasas '
     'directamente a la entrevista final.\n\nLaura', 'p'),
    # --- next to the fifth batch (es): a stage passed, a process ended with the reader chosen
    ('Proceso',
     'Hola Sam,\n\nLa empresa Andes Tech revisó tu postulación y avanzaste a la siguiente '
     'etapa.\n\nBumerango', 'plat'),
    ('Proceso finalizado',
     'Hola Sam,\n\nEl proceso de selección para Auxiliar Contable finalizó y fuiste seleccionado. '
     '¡Felicidades!\n\nComputrabajo', 'plat'),
    # --- an agency's client and its supplier (es)
    ('Formación',
     'Hola Sam,\n\nSomos una consultora de selección; el cliente eligió a otro proveedor para la '
     'formación de sus mandos.\n\nMarcos', 'ag'),
    # --- (es): the reader selected, a process that goes on
    ('Siguiente fase',
     'Hola Sam,\n\nLa empresa Aromas SA te ha seleccionado para la siguiente fase. '
     '¡Felicidades!\n\nInfoEmpleo', 'plat'),
    ('Tu candidatura',
     'Hola Sam,\n\nTu candidatura ha sido preseleccionada. Te llamaremos pronto.\n\nInfoEmpleo', 'plat'),
]


@pytest.mark.parametrize(("subject", "body", "kind"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep2_es_rejection_found(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.xfail(reason="a known gap of the Spanish rules (see KNOWN_GAPS)", strict=True)
@pytest.mark.parametrize(("subject", "body", "kind"), KNOWN_GAPS, ids=ids(KNOWN_GAPS))
def test_sweep2_es_known_gap(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep2_es_look_alike_is_no_rejection(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))
