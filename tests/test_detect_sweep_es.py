"""Recall and precision sweep, Spanish: rejections and look-alikes written for this sweep in registers and shapes the
development corpora lack (Spain and Latin America; tú, usted and vos; formal letters, curt replies, agencies
and platforms relaying an employer, decisions after an interview or a test, decisions buried after other business,
missing accents and hurried typing). Each rejection must be found; each look-alike (the reader withdrawing or
declining, a decision about someone else, a supplier, a course, a flat, a loan, a grant, a process that goes on, a
concession before an invitation) must not be called a rejection.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

REJECTIONS = [
    # --- another candidate -------------------------------------------------------------------------------------------
    ('Tu candidatura - Analista', 'Marta Gil <rrhh@finanzas-norte.example>',
     'Hola Sam,\n\nGracias por tu interés en Finanzas Norte. Tras revisar las candidaturas, hemos elegido a '
     'otra persona cuyo perfil se ajusta más al puesto.\n\nUn saludo,\nMarta'),
    ('Proceso de selección', 'RRHH <seleccion@grupo-olivo.example>',
     'Estimado candidato:\n\nLe informamos de que el puesto ha sido cubierto por otro candidato. Le '
     'agradecemos su participación en el proceso.\n\nAtentamente,\nGrupo Olivo'),
    ('Postulación - Vendedor', 'Tienda Sol <empleo@tiendasol.example>',
     'Hola,\n\nNos decidimos por otro postulante para la posición de vendedor. Gracias por tu '
     'tiempo.\n\nTienda Sol'),
    ('Entrevista del jueves', 'Javier Ruiz <javier@estudio-ruiz.example>',
     'Hola Sam,\n\nGracias por venir el jueves. Al final nos hemos quedado con una persona con más '
     'experiencia en obra. Te deseo lo mejor.\n\nJavier'),
    ('Tu postulación', 'Recursos Humanos <rh@clinica-andes.example>',
     'Estimado/a:\n\nLamentamos comunicarle que se seleccionó a otro profesional para la vacante de '
     'enfermería.\n\nClínica Andes'),
    ('Vacante de diseñador', 'Lucía <lucia@agencia-cometa.example>',
     'Hola Sam!\n\nFinalmente contratamos a alguien más para el puesto. Mil gracias por postularte y mucha '
     'suerte!\n\nLucía'),
    ('Candidatura recepcionista', 'Hotel Mar <rrhh@hotelmar.example>',
     'Buenos días,\n\nLe comunicamos que hemos optado por otra candidata para el puesto de '
     'recepcionista.\n\nHotel Mar'),
    ('Proceso Data Engineer', 'Talent <talent@datafy.example>',
     'Hola Sam,\n\nHemos decidido continuar con otros perfiles que encajan mejor con lo que buscamos en '
     'este momento.\n\nEquipo Datafy'),
    ('Tu candidatura', 'Ana <ana@panaderia-ana.example>',
     'Hola,\n\nYa hemos cogido a alguien para la panadería, lo siento mucho.\n\nAna'),
    ('Selección auxiliar', 'Residencia <rrhh@residencia-pinos.example>',
     'Buenas tardes,\n\nLa plaza se ha adjudicado a otra candidata. Gracias por su interés.\n\nResidencia '
     'Los Pinos'),
    # --- profile doesn't match ---------------------------------------------------------------------------------------
    ('Tu candidatura', 'Selección <seleccion@logistica-ebro.example>',
     'Hola,\n\nTu perfil no se ajusta a los requisitos del puesto, por lo que no continuaremos con tu '
     'candidatura.\n\nLogística Ebro'),
    ('Candidatura - Contable', 'RRHH <rrhh@asesoria-vega.example>',
     'Estimado Sr. Rivera:\n\nTras analizar su currículum, consideramos que su experiencia no encaja con '
     'las necesidades actuales de la empresa.\n\nAsesoría Vega'),
    ('Postulación', 'Ingeniería Sur <rrhh@ingsur.example>',
     'Buen día,\n\nLamentablemente tu perfil no cumple con los requisitos mínimos para la '
     'vacante.\n\nSaludos'),
    ('Tu CV', 'Carlos <carlos@taller-mecanico.example>',
     'Hola Sam, he visto tu CV pero buscamos a alguien con carné de camión, así que no va a poder ser. '
     'Suerte.\nCarlos'),
    ('Proceso de selección', 'RRHH <rh@grupo-tajo.example>',
     'Estimada candidata:\n\nSu candidatura no ha resultado seleccionada, ya que otros perfiles se '
     'adecuaban mejor a la posición.\n\nGrupo Tajo'),
    ('Candidatura', 'Selección <seleccion@alfa.example>',
     'Hola,\n\nDespués de valorar tu candidatura, no vamos a seguir adelante con ella.\n\nAlfa'),
    # --- filled / cancelled / freeze ---------------------------------------------------------------------------------
    ('Oferta de empleo', 'RRHH <rrhh@beta.example>',
     'Hola,\n\nLa vacante a la que te postulaste ya ha sido cubierta. Gracias por tu interés.\n\nBeta'),
    ('Proceso cancelado', 'Talento <talento@gamma.example>',
     'Estimado/a:\n\nLe informamos que el proceso de selección ha sido cancelado por reestructuración '
     'interna.\n\nGamma'),
    ('Congelación de contrataciones', 'RRHH <rrhh@delta.example>',
     'Hola Sam,\n\nPor la situación económica hemos congelado todas las contrataciones, así que no podemos '
     'seguir con tu proceso.\n\nDelta'),
    ('Vacante cerrada', 'Épsilon <rh@epsilon.example>',
     'Buenas,\n\nHemos cerrado la vacante sin cubrirla. Lamentamos no poder avanzar contigo.\n\nÉpsilon'),
    ('Puesto de técnico', 'Zeta <rh@zeta.example>',
     'Hola,\n\nEl puesto ya está ocupado, disculpa.\n\nZeta'),
    ('Tu candidatura', 'Eta <rh@eta.example>',
     'Estimado:\n\nLa posición ha quedado desierta por decisión de la dirección y no se va a cubrir este '
     'año.\n\nEta'),
    ('Proceso en pausa', 'Theta <rh@theta.example>',
     'Hola,\n\nHemos suspendido la búsqueda para este puesto y damos por cerrada tu candidatura.\n\nTheta'),
    # --- keep CV / not this time -------------------------------------------------------------------------------------
    ('Tu candidatura', 'Iota <rh@iota.example>',
     'Hola,\n\nEn esta ocasión no podemos ofrecerte el puesto, pero guardaremos tu CV para futuras '
     'vacantes.\n\nIota'),
    ('Candidatura', 'Kappa <rh@kappa.example>',
     'Hola,\n\nEsta vez no ha podido ser. Conservamos tus datos en nuestra base.\n\nKappa'),
    ('Postulación', 'Lambda <rh@lambda.example>',
     'Estimado:\n\nPor ahora no contamos con una vacante acorde a su perfil. Su CV quedará en nuestra base '
     'de datos.\n\nLambda'),
    ('Tu candidatura', 'Mu <rh@mu.example>',
     'Hola Sam,\n\nNo hemos podido seleccionarte esta vez, pero te tendremos en cuenta para próximos '
     'procesos.\n\nMu'),
    # --- after interview ---------------------------------------------------------------------------------------------
    ('Entrevista', 'Nu <rh@nu.example>',
     'Hola Sam,\n\nTras la entrevista con el equipo, hemos decidido no avanzar con tu candidatura.\n\nNu'),
    ('Resultado de la entrevista', 'Xi <seleccion@xi.example>',
     'Estimado Sr. Rivera:\n\nLamentamos informarle que, tras la entrevista final, no ha sido seleccionado '
     'para el puesto.\n\nXi'),
    ('Tu proceso', 'Omicron <rh@omicron.example>',
     'Hola Sam,\n\nGracias por las entrevistas. Lo hemos pensado mucho y no vamos a seguir contigo en el '
     'proceso. No es por tu perfil, sino por el momento del equipo.\n\nOmicron'),
    ('Feedback entrevista', 'Pi <rh@pi.example>',
     'Hola,\n\nDespués de la segunda entrevista, el responsable ha preferido no continuar. Gracias por tu '
     'tiempo.\n\nPi'),
    ('Entrevista', 'Rho <rh@rho.example>',
     'Hola che,\n\nGracias por venir a la entrevista. Te cuento que no quedaste seleccionado esta vez. '
     'Éxitos!\n\nRho'),
    ('Tu entrevista', 'Sigma <rh@sigma.example>',
     'Hola Sam,\n\nVos hiciste una buena entrevista pero elegimos a otra persona. Te deseamos mucha '
     'suerte.\n\nSigma'),
    # --- after test --------------------------------------------------------------------------------------------------
    ('Prueba técnica', 'Tau <tech@tau.example>',
     'Hola,\n\nGracias por hacer la prueba técnica. Lamentablemente los resultados no nos permiten seguir '
     'con tu candidatura.\n\nTau'),
    ('Caso práctico', 'Phi <rh@phi.example>',
     'Hola Sam,\n\nHemos revisado tu caso práctico y no vamos a avanzar a la siguiente fase contigo.\n\nPhi'),
    # --- agency relay ------------------------------------------------------------------------------------------------
    ('Candidatura en nuestro cliente', 'Laura <laura@consultora-talento.example>',
     'Hola Sam,\n\nTe escribo porque mi cliente ya me ha dado respuesta: han decidido no seguir adelante '
     'con tu candidatura para el puesto de controller.\n\nUn abrazo,\nLaura'),
    ('Proceso con cliente', 'Headhunter <pablo@cazatalentos.example>',
     'Hola,\n\nEl cliente ha descartado tu perfil para esta posición; buscaban más experiencia en '
     'retail.\n\nPablo'),
    ('Misión', 'ETT <oficina@ett-rapida.example>',
     'Buenos días,\n\nLa empresa usuaria no ha aceptado su candidatura para el puesto de mozo de '
     'almacén.\n\nETT Rápida'),
    ('Tu candidatura', 'Consultora <selector@recluta.example>',
     'Hola Sam,\n\nLa compañía ha optado por otro candidato. Te aviso en cuanto tenga otra posición para '
     'ti.\n\nRecluta'),
    # --- platform relay ----------------------------------------------------------------------------------------------
    ('Actualización de tu candidatura', 'InfoEmpleo <notificaciones@infoempleo-like.example>',
     'Hola Sam,\n\nLa empresa Construcciones Duero ha descartado tu candidatura para la oferta Jefe de '
     'obra.\n\nSigue buscando en nuestra web.'),
    ('Estado de tu postulación', 'CompuTrabajo-like <avisos@computrabajo-like.example>',
     'Hola Sam,\n\nTu postulación a Auxiliar contable en Distribuidora Andina ha cambiado de estado: '
     'Finalista no seleccionado.\n\nComputrabajo'),
    ('Tu candidatura en Fresco', 'Empleos <no-reply@portal-empleo.example>',
     'Hola,\n\nFresco S.L. revisó tu candidatura y decidió no continuar contigo en el proceso.\n\nPortal '
     'Empleo'),
    ('Novedades de tu candidatura', 'Plataforma <noreply@bumeran-like.example>',
     'Hola Sam,\n\nLa empresa que publicó el aviso Asistente administrativo informó que tu postulación no '
     'avanzó a la siguiente etapa.\n\nBumeran'),
    ('Tu candidatura', 'ATS <noreply@candidatos.example>',
     'Hola Sam Rivera,\n\nDesde Viales Norte nos comunican que su candidatura no continúa en el proceso de '
     'selección.\n\nMensaje automático, no responda.'),
    ('Candidatura descartada', 'Portal <avisos@trabajos.example>',
     'Hola,\n\nTu candidatura a la oferta Camarero ha sido descartada por la empresa.\n\nTrabajos.example'),
    # --- curt --------------------------------------------------------------------------------------------------------
    ('Re: CV', 'Pepe <pepe@bar-pepe.example>',
     'Hola, ya está cogido el puesto. Gracias'),
    ('Re: Candidatura', 'Rosa <rosa@floristeria.example>',
     'Hola\nNo necesitamos a nadie de momento, lo siento.\nRosa'),
    ('Re: puesto', 'Toni <toni@reformas.example>',
     'Buenas, al final no te vamos a llamar. Suerte!'),
    # --- buried ------------------------------------------------------------------------------------------------------
    ('Gastos y respuesta', 'RRHH <rrhh@omega.example>',
     'Hola Sam,\n\nTe reembolsaremos el billete de tren de la entrevista en la próxima transferencia. En '
     'cuanto al puesto, lamentablemente hemos decidido seguir con otra persona.\n\nOmega'),
    ('Documentación', 'Admin <admin@colegio-sanjose.example>',
     'Buenas tardes,\n\nLe devolvemos los títulos que nos dejó en secretaría. Respecto a la plaza de '
     'profesor, la dirección ha optado por no contratarle.\n\nSecretaría'),
    # --- registers / LatAm / vos -------------------------------------------------------------------------------------
    ('Tu postulación', 'RRHH <rrhh@cooperativa.example>',
     'Hola Sam, ¿cómo estás? Te quería avisar que no fuiste seleccionado para el puesto. Gracias por '
     'postularte.\n\nSaludos'),
    ('Búsqueda laboral', 'Recursos Humanos <rrhh@empresa-ar.example>',
     'Hola Sam,\n\nTe agradecemos que te hayas postulado. En esta oportunidad no avanzaremos con tu '
     'perfil.\n\nEquipo de RRHH'),
    ('Vacante', 'Recluta <recluta@co-empresa.example>',
     'Cordial saludo,\n\nNos permitimos informarle que usted no continúa en el proceso de selección para la '
     'vacante.\n\nAtentamente'),
    ('Tu postulación', 'Chile RRHH <rrhh@cl-empresa.example>',
     'Hola Sam,\n\nAgradecemos tu postulación; sin embargo, en esta ocasión no seguiremos adelante '
     'contigo.\n\nSaludos cordiales'),
    ('Vacante', 'Jefe <jefe@almacen.example>',
     'Hola Sam, mirá, la verdad es que tomamos a otro chico para el depósito. Gracias igual.\nJefe'),
    # --- shapes / typos / no accents ---------------------------------------------------------------------------------
    ('candidatura', 'rrhh <rrhh@a1.example>',
     'Hola,\n\nlamentamos informarte que tu candidatura no ha sido seleccionada para el puesto.\n\nsaludos'),
    ('Candidatura', 'RRHH <rrhh@a2.example>',
     'Hola,\n\nsentimos comunicarte que no has sido seleccionado en este proceso.\n\nA2'),
    ('Candidatura', 'RRHH <rrhh@a3.example>',
     'Hola,\n\nno se ha podido seguir adelante con tu candidatura.\n\nA3'),
    ('Candidatura', 'RRHH <rrhh@a4.example>',
     'Hola,\n\nse ha decidido no continuar con tu candidatura.\n\nA4'),
    ('Candidatura', 'RRHH <rrhh@a5.example>',
     'Hola,\n\nlamentablemente no podemos ofrecerte el puesto.\n\nA5'),
    ('Candidatura', 'RRHH <rrhh@a6.example>',
     'Hola,\n\nDado el elevado número de candidaturas recibidas y tras un análisis detallado de todos los '
     'perfiles, que como comprenderás nos ha llevado su tiempo, no podemos continuar con la tuya.\n\nA6'),
    ('Candidatura', 'RRHH <rrhh@a7.example>',
     'Hola,\n\nno has pasado a la siguiente fase del proceso.\n\nA7'),
    ('Candidatura', 'RRHH <rrhh@a8.example>',
     'Hola,\n\nTu candidatura no ha prosperado.\n\nA8'),
    ('Candidatura', 'RRHH <rrhh@a9.example>',
     'Hola,\n\nTu perfil ha sido descartado para esta posicion.\n\nA9'),
    ('Candidatura', 'RRHH <rrhh@a10.example>',
     'Hola,\n\nno vamos a contar contigo para este puesto, lo sentimos.\n\nA10'),
    ('Candidatura', 'RRHH <rrhh@a11.example>',
     'Hola,\n\nLamentamos no poder darte una respuesta positiva.\n\nA11'),
    ('Candidatura', 'RRHH <rrhh@a12.example>',
     'Hola,\n\nDesafortunadamente, no has sido elegido para el puesto.\n\nA12'),
    ('Candidatura', 'RRHH <rrhh@a13.example>',
     'Hola,\n\nla respuesta es negativa, hemos contratado a otra persona.\n\nA13'),
    ('Candidatura', 'RRHH <rrhh@a14.example>',
     'Hola,\n\nhemos decidido no contratarte, disculpa las molestias.\n\nA14'),
    ('Candidatura', 'RRHH <rrhh@a15.example>',
     'Estimado:\n\nNo ha superado el proceso de selección.\n\nA15'),
    ('Candidatura', 'RRHH <rrhh@a16.example>',
     'Estimada:\n\nSu candidatura ha sido desestimada.\n\nA16'),
    ('Candidatura', 'RRHH <rrhh@a17.example>',
     'Hola,\n\nno te hemos elegido para esta vacante, pero gracias por participar.\n\nA17'),
    ('Candidatura', 'RRHH <rrhh@a18.example>',
     'Hola,\n\nQueremos informarte de que no vas a continuar en el proceso.\n\nA18'),
    ('Candidatura', 'RRHH <rrhh@a19.example>',
     'Hola,\n\nnos vemos en la obligación de comunicarte que no seguiremos con tu candidatura.\n\nA19'),
    ('Candidatura', 'RRHH <rrhh@a20.example>',
     'Hola,\n\nYa no estás dentro del proceso de selección para el puesto.\n\nA20'),
    # --- person-written replies, agencies, platforms -----------------------------------------------------------------
    ('Tu entrevista', 'Carmen <carmen@editorial-luna.example>',
     'Hola Sam,\n\nQuería agradecerte la entrevista del martes. Después de darle muchas vueltas, hemos '
     'decidido ofrecer el puesto a una candidata que ya conocía nuestro catálogo.\n\nUn abrazo,\nCarmen'),
    ('Tu postulación a Analista', 'Plataforma <noreply@empleos-latam.example>',
     'Hola Sam,\n\nTe informamos que Grupo Sierra Alta revisó tu postulación y decidió no avanzar con tu '
     'perfil en esta búsqueda.\n\nEquipo de Empleos'),
    ('Novedades sobre tu candidatura', 'Portal <avisos@portal-trabajo.example>',
     'Hola,\n\nLa empresa Distribuciones Ebro ha cerrado el proceso y tu candidatura no ha sido '
     'seleccionada.\n\nPortal de Trabajo'),
    ('Estado de tu candidatura', 'Portal <avisos@empleo.example>',
     'Hola Sam,\n\nTu candidatura para Dependiente/a en Moda Viva ha pasado a estado: '
     'Descartada.\n\nEmpleo.example'),
    ('Tu postulación', 'Portal <noreply@trabajando-like.example>',
     'Hola Sam,\n\nLamentamos informarte que la empresa Minera Norte ha decidido no continuar con tu '
     'postulación al cargo de Ingeniero de procesos.\n\nTrabajando'),
    ('Entrevista', 'Diego <diego@bar-tapas.example>',
     'Hola Sam, gracias por venir ayer. Al final nos quedamos con otro camarero que ya conocía el barrio. '
     'Suerte!\nDiego'),
    ('Tu candidatura', 'Recursos Humanos <rrhh@hospital.example>',
     'Estimado Sr. Rivera:\n\nLa comisión de selección ha acordado no incluirle en la bolsa de '
     'empleo.\n\nRecursos Humanos'),
    ('Proceso de selección', 'Consultora <consultor@talentia.example>',
     'Hola Sam,\n\nMi cliente ha decidido no seguir adelante con tu candidatura; han apostado por un perfil '
     'más técnico.\n\nÁlvaro, Talentia'),
    ('Candidatura espontánea', 'Librería <info@libreria-sol.example>',
     'Hola,\n\nGracias por tu currículum, pero ahora mismo no estamos contratando.\n\nLibrería Sol'),
    ('Tu entrevista', 'Gabriela <gabriela@agencia-mx.example>',
     'Hola Sam,\n\nMuchas gracias por tu tiempo en la entrevista. Lamentablemente, el equipo decidió seguir '
     'con otro candidato cuyo perfil se ajusta más.\n\nSaludos,\nGabriela'),
    ('Resultado del proceso', 'RRHH <rrhh@banco.example>',
     'Estimada candidata:\n\nLe comunicamos que no ha sido seleccionada para continuar en el '
     'proceso.\n\nBanco'),
    ('Vacante', 'Martín <martin@estudio-ar.example>',
     'Hola Sam, ¿todo bien? Te cuento que finalmente la posición la tomó una persona del equipo. Gracias '
     'por tu interés!\nMartín'),
    ('Tu candidatura', 'RRHH <rrhh@hotel.example>',
     'Hola,\n\nLamentamos comunicarte que en esta ocasión tu candidatura no ha resultado elegida.\n\nHotel'),
    ('Puesto de repartidor', 'Logística <rrhh@logistica.example>',
     'Hola,\n\nYa tenemos el equipo completo para la campaña, así que no podemos contar contigo esta '
     'vez.\n\nLogística'),
    ('Postulación', 'Empresa <seleccion@empresa-co.example>',
     'Cordial saludo,\n\nAgradecemos su postulación. Le informamos que su hoja de vida no fue seleccionada '
     'para continuar en el proceso.\n\nSelección'),
    ('Candidatura', 'RRHH <rrhh@supermercado.example>',
     'Hola,\n\nDespués de revisar tu CV, hemos visto que no encaja con lo que necesitamos '
     'ahora.\n\nSupermercado'),
    ('Tu candidatura', 'Recruiting <jobs@tech-es.example>',
     'Hola Sam,\n\nHemos decidido no continuar con tu proceso para la posición de Backend Developer.\n\nTech'),
    ('Entrevista', 'Paula <paula@clinica-dental.example>',
     'Hola Sam,\n\nTe escribo para decirte que no vamos a poder ofrecerte el puesto de higienista.\n\nPaula'),
    ('Actualización', 'ATS <no-reply@ats-es.example>',
     'Hola Sam,\n\nTe informamos que la vacante de Administrativo/a en Ferretería Central ha sido cerrada y '
     'tu candidatura no seguirá adelante.\n\nMensaje automático'),
    ('Proceso', 'Empresa <talento@empresa-cl.example>',
     'Hola Sam,\n\nTe agradecemos el interés en trabajar con nosotros. Te comentamos que optamos por otro '
     'postulante para el cargo.\n\nSaludos'),
    ('Candidatura', 'ETT <oficina@ett.example>',
     'Buenos días,\n\nEl cliente nos ha comunicado que no quiere seguir con su candidatura para el puesto '
     'de carretillero.\n\nETT'),
    ('Tu candidatura', 'RRHH <rrhh@colegio.example>',
     'Hola Sam,\n\nLa plaza de profesor de inglés ya la ha ocupado otra persona. Gracias '
     'igualmente.\n\nColegio'),
    # --- public bodies, platforms, Latin American replies ------------------------------------------------------------
    ('Tu candidatura', 'Selección <seleccion@ayto-valencia.example>',
     'Estimado/a:\n\nLe comunicamos que, tras la valoración de méritos, su solicitud no ha obtenido la '
     'puntuación suficiente para pasar a la fase de entrevista.\n\nServicio de Personal'),
    ('Postulación - Cajero', 'Portal <notificaciones@bolsa-empleo.example>',
     'Hola Sam,\n\nSupermercados La Plaza ha finalizado el proceso de selección. En esta ocasión tu '
     'postulación no fue elegida.\n\nBolsa de Empleo'),
    ('Entrevista', 'Fernanda <fernanda@agencia-digital.example>',
     'Hola Sam,\n\nGracias por tu tiempo la semana pasada. Decidimos avanzar con alguien que tiene más '
     'experiencia en e-commerce. ¡Mucho éxito!\n\nFernanda'),
    ('Tu perfil', 'Reclutadora <andrea@headhunters.example>',
     'Hola Sam,\n\nHablé con el cliente y lamentablemente no van a avanzar con tu perfil. Te tengo en '
     'cuenta para futuras búsquedas.\n\nAndrea'),
    ('Candidatura', 'RRHH <rrhh@constructora.example>',
     'Buenos días,\n\nAgradecemos su interés, pero la vacante de jefe de obra ya fue '
     'ocupada.\n\nConstructora'),
    ('Re: currículum', 'Marisa <marisa@peluqueria.example>',
     'Hola guapa, muchas gracias por traer el currículum pero ya hemos contratado a una chica. Un '
     'beso\nMarisa'),
    ('Proceso de selección', 'Selección <seleccion@energia.example>',
     'Estimado Sam:\n\nTras estudiar detenidamente tu candidatura, hemos decidido no incluirte en la '
     'siguiente fase del proceso.\n\nEnergía'),
    ('Tu postulación', 'Equipo de talento <talento@fintech.example>',
     'Hola Sam,\n\nMuchas gracias por postularte. Por ahora no vamos a seguir con tu proceso, pero nos '
     'encantaría que sigas atento a nuestras búsquedas.\n\nTalento'),
    ('Prueba de nivel', 'Academia <rrhh@academia.example>',
     'Hola,\n\nEl resultado de tu prueba de inglés no alcanza el nivel que pedimos para el puesto de '
     'profesor, así que no seguimos adelante.\n\nAcademia'),
    ('Candidatura', 'RRHH <rrhh@clinica.example>',
     'Hola Sam,\n\nSentimos decirte que el puesto ha sido asignado a otra persona.\n\nClínica'),
    ('Tu candidatura', 'Plataforma <noreply@jobandtalent-like.example>',
     'Hola Sam,\n\nLa empresa ha rechazado tu candidatura para la oferta de mozo de almacén.\n\nPlataforma'),
    ('Vacante', 'Jorge <jorge@restaurante.example>',
     'Qué tal Sam, te escribo para contarte que la vacante ya la cubrimos. Gracias por el interés.\nJorge'),
    ('Tu candidatura', 'RRHH <rrhh@seguros.example>',
     'Hola,\n\nLamentablemente tu perfil no encaja en lo que buscamos para el puesto de agente '
     'comercial.\n\nSeguros'),
    ('Entrevista', 'Sofía <sofia@consultora.example>',
     'Hola Sam,\n\nFue un gusto conocerte. Sin embargo, la dirección ha optado por promocionar a alguien '
     'del equipo.\n\nSofía'),
    ('Solicitud de empleo', 'Ferretería <info@ferreteria.example>',
     'Buenas tardes,\n\nLe agradecemos el envío de su currículum. Actualmente no hay ninguna vacante y no '
     'estamos seleccionando personal.\n\nFerretería'),
    # --- a platform relays the employer in the third person ----------------------------------------------------------
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLa empresa Hoteles Brisa ha marcado tu candidatura como «No seleccionado» para la oferta '
     'de recepcionista.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura a la oferta Administrativo/a ha sido finalizada por la empresa.\n\nEl '
     'equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nEl proceso de selección de la oferta Mozo de almacén ha finalizado y no has sido '
     'seleccionado.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu CV no ha pasado el primer filtro de la empresa Grupo Delta.\n\nEl equipo de Portal '
     'Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLogística Andes descartó tu postulación a la vacante de chofer.\n\nEl equipo de Portal '
     'Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu postulación fue rechazada por Comercial del Sur.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nEsta vez no fuiste seleccionado para la oferta de Vendedor en Tiendas Luna.\n\nEl equipo '
     'de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nConstrucciones Vega ha elegido a otros candidatos para la oferta de peón.\n\nEl equipo '
     'de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura para Auxiliar de enfermería no ha sido preseleccionada por la '
     'empresa.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLa empresa Textil Norte ha revisado tu CV y ha indicado que no encaja con la '
     'vacante.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nEstado de tu candidatura en Seguros Mar: CV descartado.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura ha sido archivada por la empresa Tecnocom para la oferta Técnico de '
     'soporte.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nDistribuidora Sol ha decidido seguir con otros candidatos para el puesto de '
     'repartidor.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu postulación a Asistente contable no quedó seleccionada.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nEn esta oportunidad, la empresa decidió avanzar con otros postulantes.\n\nEl equipo de '
     'Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nFarmacias Centro finalizó tu proceso para la vacante de auxiliar de farmacia.\n\nEl '
     'equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLa empresa ha cerrado la oferta de Cocinero y tu candidatura no ha sido '
     'seleccionada.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nPanadería Trigo ha descartado tu candidatura. ¡No te desanimes, hay muchas más '
     'ofertas!\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura en Call Center Global ha pasado a la fase: Rechazado.\n\nEl equipo de '
     'Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nClínica Salud ha rechazado tu candidatura para la oferta de recepcionista.\n\nEl equipo '
     'de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLa empresa ha decidido no seguir contando con tu perfil para esta vacante.\n\nEl equipo '
     'de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura para Dependiente no continúa: la empresa ha seleccionado a otra '
     'persona.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nAgroalimentaria Ebro no te ha seleccionado para la oferta de operario de '
     'producción.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nInformática Global ha marcado tu candidatura como descartada en el proceso de '
     'Programador junior.\n\nEl equipo de Portal Empleo'),
    # --- set phrases of regret, Latin American letters, subordinate shapes -------------------------------------------
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNos apena comunicarte que no has sido seleccionado para el puesto de '
     'analista.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nPor medio de la presente le informamos que usted no fue seleccionado para el '
     'cargo.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNos inclinamos por otra persona para la vacante de administración.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nSu perfil no resultó favorecido en esta convocatoria.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo fue posible considerarte para esta posición, pero te invitamos a postular a futuras '
     'vacantes.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nCon pesar te contamos que la vacante se asignó a otro postulante.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe informamos que tu candidatura no continuará en el proceso de '
     'selección.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTras valorar todas las candidaturas, no has resultado seleccionada.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nLa decisión ha sido no avanzar con tu perfil para este rol.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nDecidimos cubrir la posición de forma interna.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nLamentamos no poder contar contigo en esta ocasión.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTu candidatura ha sido valorada, pero no cumple con los requisitos del '
     'puesto.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEl comité se decantó por otro candidato con más experiencia.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo podremos seguir adelante con tu postulación en esta etapa.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Buenas Sam,\n\nTe escribo para contarte que al final no te hemos elegido para el '
     'puesto.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nDesafortunadamente la vacante ya no está disponible, la cubrimos con un candidato '
     'interno.\n\nRRHH\nGrupo Aurora'),
    ('Proceso con cliente', 'Laura <laura@consultora.example>',
     'Hola Sam,\n\nEl cliente ha preferido otro perfil para la posición de controller.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nQueremos agradecerte tu tiempo; sin embargo, no serás parte del equipo en esta '
     'ocasión.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nLa posición fue otorgada a otra persona.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEsta vez la suerte no estuvo de tu lado: el puesto se lo llevó otro '
     'candidato.\n\nRRHH\nGrupo Aurora'),
    # --- job boards that call the application an inscripción; professional networks ----------------------------------
    ('Novedades en tu inscripción', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nTu inscripción en la oferta Dependiente/a de Moda Calle ha sido descartada por la '
     'empresa.\n\nRRHH\nGrupo Aurora'),
    ('Tu inscripción', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nLa empresa Seguridad Atalaya ha descartado tu inscripción a la oferta Vigilante de '
     'seguridad.\n\nRRHH\nGrupo Aurora'),
    ('Proceso cerrado', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nProceso cerrado: la empresa ha finalizado el proceso de selección de la oferta Mozo de '
     'almacén en el que estabas inscrito y no has sido seleccionado.\n\nRRHH\nGrupo Aurora'),
    ('Tu solicitud en Nubia Tech', 'Red Profesional <avisos@red-pro.example>',
     'Hola Sam,\n\nTu solicitud para Analista de datos en Nubia Tech: lamentablemente, Nubia Tech ha '
     'decidido no seguir adelante con tu solicitud.\n\nRRHH\nGrupo Aurora'),
    ('Oferta Camarero/a', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nTu inscripción no ha sido seleccionada para la siguiente fase del '
     'proceso.\n\nRRHH\nGrupo Aurora'),
    ('Tu inscripción', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nLa empresa ha rechazado tu inscripción en la oferta de teleoperador.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Oferta Recepcionista', 'Hotel Faro <rrhh@hotelfaro.example>',
     'Hola Sam,\n\nHemos revisado tu inscripción y en esta ocasión no continuarás en el '
     'proceso.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura en Grupo Nerea', 'Red Profesional <avisos@red-pro.example>',
     'Hola Sam,\n\nGrupo Nerea ha visto tu CV y ha decidido no avanzar con tu candidatura.\n\nRRHH\nGrupo '
     'Aurora'),
    # --- public selection, Latin American replies, agencies, a decision after other business -------------------------
    ('Proceso selectivo', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nLe comunicamos que no ha superado el primer ejercicio del proceso '
     'selectivo.\n\nRRHH\nGrupo Aurora'),
    ('Proceso selectivo', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nSu candidatura ha sido valorada negativamente por la comisión.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo quedaste en la terna final para el cargo de supervisor.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe comunicamos que el proceso ya culminó y no fuiste elegido.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTu perfil no calificó para la vacante de asistente administrativo.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo calificaste para el puesto de cajero, te invitamos a postular a otras '
     'vacantes.\n\nRRHH\nGrupo Aurora'),
    ('Proceso con cliente', 'Consultora <consultor@talento.example>',
     'Hola Sam,\n\nEl cliente se ha decantado por otro candidato para la posición de jefe de '
     'tienda.\n\nRRHH\nGrupo Aurora'),
    ('Justificantes y respuesta', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe paso los justificantes del viaje. Por otro lado, respecto al puesto, no vamos a '
     'continuar contigo.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nAgradecemos tu participación. La vacante fue cubierta por otro '
     'postulante.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nDecidimos no continuar con tu postulación en esta oportunidad.\n\nRRHH\nGrupo Aurora'),
    ('Proceso con cliente', 'Consultora <consultor@talento.example>',
     'Hola Sam,\n\nEl cliente ha decidido cerrar la posición, por lo que tu candidatura queda '
     'fuera.\n\nRRHH\nGrupo Aurora'),
    ('Proceso selectivo', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nLamentablemente no resultó usted propuesto para el nombramiento.\n\nRRHH\nGrupo '
     'Aurora'),
    # --- a last mix: the person found, the place taken, out of the process -------------------------------------------
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nFinalmente no has sido la persona seleccionada para el puesto.\n\nRRHH\nGrupo Aurora'),
    ('Vacante', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos dado con la persona adecuada para la vacante, así que cerramos el '
     'proceso.\n\nRRHH\nGrupo Aurora'),
    ('Puesto de recepción', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nYa encontramos a la persona que buscábamos para el puesto de recepción.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo seguirás en el proceso de selección para la posición de analista.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos optado por no avanzar con tu candidatura.\n\nRRHH\nGrupo Aurora'),
    ('Plaza de auxiliar', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nLa plaza se la ha llevado otra persona con más experiencia.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe agradecemos tu interés; sin embargo, en esta ocasión no fuiste '
     'seleccionada.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTu candidatura no ha prosperado en esta ocasión.\n\nRRHH\nGrupo Aurora'),
    ('Proceso', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nQuedas fuera del proceso de selección, lo sentimos.\n\nRRHH\nGrupo Aurora'),
    ('El puesto', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe escribo con malas noticias: no vamos a poder contar contigo para el '
     'puesto.\n\nRRHH\nGrupo Aurora'),
]


NON_REJECTIONS = [
    # --- mixed -------------------------------------------------------------------------------------------------------
    ('Candidatura recibida', 'RRHH <rrhh@a.example>',
     'Hola Sam,\n\nHemos recibido tu candidatura. Te contactaremos si tu perfil encaja.\n\nA'),
    ('Entrevista', 'RRHH <rrhh@b.example>',
     'Hola Sam,\n\nNos gustaría invitarte a una entrevista el martes a las 10.\n\nB'),
    ('Prueba técnica', 'Tech <tech@c.example>',
     'Hola,\n\nTe enviamos la prueba técnica, tienes una semana para entregarla.\n\nC'),
    ('Siguiente fase', 'RRHH <rrhh@d.example>',
     'Hola Sam,\n\nEnhorabuena, has pasado a la siguiente fase del proceso de selección.\n\nD'),
    ('Oferta', 'RRHH <rrhh@e.example>',
     'Hola Sam,\n\nNos complace ofrecerte el puesto de analista. Te adjuntamos la carta oferta.\n\nE'),
    ('Tu candidatura', 'RRHH <rrhh@f.example>',
     'Hola,\n\nTodavía no hemos tomado una decisión; te diremos algo la semana que viene.\n\nF'),
    ('Retirada', 'RRHH <rrhh@g.example>',
     'Hola Sam,\n\nHemos recibido tu solicitud de retirar tu candidatura. Te deseamos suerte en tu nuevo '
     'trabajo.\n\nG'),
    ('Re: oferta', 'RRHH <rrhh@h.example>',
     'Hola,\n\nLamentamos que hayas rechazado nuestra oferta, pero respetamos tu decisión.\n\nH'),
    ('Re: proceso', 'RRHH <rrhh@i.example>',
     'Hola,\n\nEntendemos que has decidido no continuar en el proceso. Gracias por avisarnos.\n\nI'),
    ('Candidato García', 'Jefe <jefe@j.example>',
     'Hola Sam,\n\nNo vamos a seguir con el candidato García. ¿Puedes avisarle tú?\n\nGracias'),
    ('Tu amiga', 'Laura <laura@k.example>',
     'Hola Sam,\n\nLa candidatura de tu amiga Marta no ha sido seleccionada, lo siento. Dile que pruebe en '
     'otra vacante.\n\nLaura'),
    ('Referido', 'RRHH <rrhh@l.example>',
     'Hola Sam,\n\nGracias por referir a Pedro. Su perfil no encaja, así que no seguiremos con él.\n\nRRHH'),
    ('Presupuesto', 'Compras <compras@m.example>',
     'Hola,\n\nGracias por el presupuesto. Hemos elegido a otro proveedor más económico.\n\nCompras'),
    ('Licitación', 'Ayuntamiento <contratacion@n.example>',
     'Estimados:\n\nLes informamos de que su oferta no ha resultado adjudicataria en la licitación de '
     'limpieza.\n\nContratación'),
    ('Propuesta freelance', 'O <o@o.example>',
     'Hola,\n\nGracias por tu propuesta de proyecto freelance, pero no vamos a seguir adelante con '
     'ella.\n\nO'),
    ('Admisión máster', 'Universidad <admisiones@p.example>',
     'Estimada:\n\nSu solicitud de admisión al máster no ha sido seleccionada.\n\nAdmisiones'),
    ('Piso', 'Inmobiliaria <alquiler@q.example>',
     'Hola,\n\nEl propietario ha elegido a otro inquilino para el piso. Lo sentimos.\n\nInmobiliaria'),
    ('Préstamo', 'Banco <creditos@r.example>',
     'Estimado cliente:\n\nLamentamos informarle que su solicitud de préstamo ha sido denegada.\n\nBanco'),
    ('Beca', 'Fundación <becas@s.example>',
     'Hola,\n\nTu solicitud de beca no ha sido seleccionada en esta convocatoria.\n\nFundación'),
    ('Voluntariado', 'ONG <voluntarios@t.example>',
     'Hola,\n\nYa tenemos cubiertas las plazas de voluntariado para el verano, no podremos contar contigo '
     'esta vez.\n\nONG'),
    ('Nuevas ofertas', 'Alertas <alertas@u.example>',
     "Hola Sam,\n\nHay 8 nuevas ofertas de empleo para 'contable Madrid'. ¡Postúlate ya!\n\nU"),
    ('Oportunidad', 'Headhunter <pablo@v.example>',
     'Hola Sam,\n\nTengo una posición de controller que te puede interesar. ¿Hablamos?\n\nPablo'),
    ('Newsletter RRHH', 'Boletín <boletin@w.example>',
     'Este mes: cómo comunicar a un candidato que no ha sido seleccionado sin perder su '
     'confianza.\n\nBoletín RRHH'),
    ('Tu perfil', 'Plataforma <noreply@x.example>',
     'Hola Sam,\n\nTu perfil ha sido visto por 5 empresas esta semana.\n\nX'),
    ('Otra vacante', 'RRHH <rrhh@y.example>',
     'Hola Sam,\n\nAunque el puesto de analista ya está cubierto, nos gustaría entrevistarte para otra '
     'posición de coordinador.\n\nY'),
    ('Entrevista final', 'RRHH <rrhh@z.example>',
     'Hola Sam,\n\nHas sido seleccionado para la entrevista final con la dirección.\n\nZ'),
    ('Bienvenida', 'RRHH <rrhh@aa.example>',
     'Hola Sam,\n\n¡Bienvenido al equipo! Tu primer día es el lunes.\n\nAA'),
    ('Documentación pendiente', 'RRHH <rrhh@bb.example>',
     'Hola,\n\nTu candidatura está incompleta: falta el certificado de estudios.\n\nBB'),
    ('Finalistas', 'RRHH <rrhh@cc.example>',
     'Hola Sam,\n\nSolo hemos seleccionado a tres candidatos para la última fase, entre ellos tú.\n\nCC'),
    ('Pedido', 'Tienda <pedidos@dd.example>',
     'Hola,\n\nLamentablemente tu pedido no ha podido ser procesado por falta de stock.\n\nTienda'),
    ('Proyecto web', 'Compañero <juan@ee.example>',
     'Hola,\n\nLa dirección ha congelado el proyecto de la web, no seguimos adelante por ahora.\n\nJuan'),
    ('Congelación', 'Dirección <dir@ff.example>',
     'Hola a todos,\n\nHemos congelado las contrataciones hasta septiembre. Las vacantes abiertas quedan en '
     'pausa.\n\nDirección'),
    ('Re: oferta', 'RRHH <rrhh@gg.example>',
     'Hola Sam,\n\nHemos recibido tu respuesta declinando la oferta. Te deseamos lo mejor.\n\nGG'),
    ('Candidatura recibida', 'ATS <noreply@hh.example>',
     'Hola Sam,\n\nGracias por postularte en HH. Revisaremos tu candidatura y, si tu perfil encaja, te '
     'contactaremos. En caso contrario, guardaremos tu CV.\n\nHH'),
    ('Concurso', 'Club <club@ii.example>',
     'Hola,\n\nTu fotografía no ha sido seleccionada para la exposición. ¡Gracias por participar!\n\nClub'),
    ('Artículo', 'Revista <redaccion@jj.example>',
     'Hola,\n\nEl comité editorial ha decidido no publicar tu artículo.\n\nRedacción'),
    ('Tu candidatura', 'RRHH <rrhh@kk.example>',
     'Hola,\n\nSeguimos revisando candidaturas y el proceso se ha alargado. Te mantendremos informado.\n\nKK'),
    ('Re: entrevista', 'RRHH <rrhh@ll.example>',
     'Hola Sam,\n\nSin problema, movemos la entrevista al viernes. El puesto sigue abierto.\n\nLL'),
    ('Guardería', 'Ayuntamiento <educacion@mm.example>',
     'Estimada familia:\n\nNo ha sido posible asignar plaza en la escuela infantil para su '
     'hijo.\n\nEducación'),
    ('Curso', 'Academia <cursos@nn.example>',
     'Hola,\n\nTu solicitud para el curso de soldadura no ha sido aceptada, el grupo está '
     'completo.\n\nAcademia'),
    ('Candidatos prácticas', 'Tutor <tutor@oo.example>',
     'Hola Sam,\n\nDe los becarios que entrevistamos, no nos quedamos con ninguno de los dos. ¿Les escribes '
     'tú?\n\nTutor'),
    ('Seguro', 'Aseguradora <siniestros@pp.example>',
     'Estimado cliente:\n\nSu reclamación ha sido rechazada al no estar cubierta por la '
     'póliza.\n\nAseguradora'),
    ('Re: proceso', 'RRHH <rrhh@qq.example>',
     'Hola Sam,\n\nConfirmamos la baja de tu candidatura tal como nos pediste.\n\nQQ'),
    # --- look-alikes: invitations, withdrawals, others, alerts -------------------------------------------------------
    ('Entrevista', 'RRHH <rrhh@a.example>',
     'Hola Sam,\n\nGracias por la entrevista. Hemos decidido invitarte a una segunda ronda con '
     'dirección.\n\nA'),
    ('Tu candidatura', 'RRHH <rrhh@b.example>',
     'Hola Sam,\n\nHemos recibido tu mensaje y retiramos tu candidatura como pediste. Mucha suerte.\n\nB'),
    ('Candidata López', 'Jefa <jefa@c.example>',
     'Hola Sam,\n\nNo quiero seguir con la candidata López, la entrevista no fue buena. ¿Le escribes '
     'tú?\n\nJefa'),
    ('Presupuesto reforma', 'Comunidad <admin@d.example>',
     'Hola,\n\nLa junta de vecinos no ha aceptado tu presupuesto para la fachada.\n\nAdministración'),
    ('Alquiler', 'Inmobiliaria <info@e.example>',
     'Hola,\n\nEl propietario ha decidido alquilar el piso a otra persona.\n\nInmobiliaria'),
    ('Oferta', 'RRHH <rrhh@f.example>',
     'Hola Sam,\n\nRespetamos tu decisión de no aceptar la oferta. Te deseamos lo mejor.\n\nF'),
    ('Entrevista aplazada', 'RRHH <rrhh@g.example>',
     'Hola,\n\nNo podemos verte el jueves; ¿te viene bien el lunes a la misma hora?\n\nG'),
    ('Contrato', 'RRHH <rrhh@h.example>',
     'Hola Sam,\n\nTe confirmamos tu contratación como administrativo. Empiezas el día 3.\n\nH'),
    ('Alerta de empleo', 'Alertas <alertas@i.example>',
     "Hola,\n\nLa oferta 'Camarero' que guardaste ya no está disponible. Mira estas 10 ofertas "
     'parecidas.\n\nI'),
    ('Boletín', 'Boletín <news@j.example>',
     'Cómo superar un rechazo laboral: tres candidatos descartados cuentan su experiencia.\n\nJ'),
    ('Subvención', 'Ayuntamiento <ayudas@k.example>',
     'Estimado:\n\nSu solicitud de subvención no ha sido seleccionada en esta convocatoria.\n\nAyuntamiento'),
    ('Prácticas', 'Compañero <luis@l.example>',
     'Hola Sam,\n\nEste año no cogemos becarios en contabilidad, lo ha decidido dirección. ¿Avisas tú a la '
     'universidad?\n\nLuis'),
    ('Otra posición', 'RRHH <rrhh@m.example>',
     'Hola Sam,\n\nEl puesto ya se cubrió internamente, pero nos gustaría hablar contigo sobre otra '
     'vacante.\n\nM'),
    ('Tu proceso', 'Leo <leo@n.example>',
     'Hola Sam,\n\nTodavía no hemos decidido nada, te digo algo el viernes.\n\nLeo'),
    ('Pedido', 'Tienda <pedidos@o.example>',
     'Hola,\n\nNo hemos podido enviar tu pedido, la dirección no es correcta.\n\nTienda'),
    # --- look-alikes: a candidate the reader saw, suppliers, schools -------------------------------------------------
    ('Candidato Ruiz', 'Jefe <jefe@a.example>',
     'Hola Sam,\n\nEl candidato Ruiz no encaja, no vamos a seguir con él. Escríbele tú, por favor.\n\nJefe'),
    ('Re: oferta', 'Laura <laura@b.example>',
     'Hola Sam,\n\nQué pena que no aceptes nuestra oferta. Si cambias de opinión, aquí estamos.\n\nLaura'),
    ('Proveedor', 'Compras <compras@c.example>',
     'Hola,\n\nHemos optado por otro proveedor de catering para el evento.\n\nCompras'),
    ('Tu entrevista', 'RRHH <rrhh@d.example>',
     'Hola Sam,\n\nAún no hemos terminado las entrevistas; te daremos una respuesta la próxima semana.\n\nD'),
    ('Admisión', 'Universidad <admision@e.example>',
     'Estimada:\n\nSu solicitud de admisión al grado no ha sido aceptada por falta de plazas.\n\nAdmisiones'),
    ('Entrevista final', 'RRHH <rrhh@f.example>',
     'Hola Sam,\n\n¡Enhorabuena! Estás entre los candidatos seleccionados para la entrevista final.\n\nF'),
    ('Becarios', 'Tutora <tutora@g.example>',
     'Hola Sam,\n\nLos dos becarios que entrevistaste no han sido seleccionados. ¿Les mandas un '
     'correo?\n\nTutora'),
    ('Oferta', 'RRHH <rrhh@h.example>',
     'Hola Sam,\n\nLamentamos que hayas elegido otra empresa. Te deseamos mucho éxito.\n\nH'),
    ('Coche', 'Vecino <vecino@i.example>',
     'Hola Sam,\n\nAl final ya hemos encontrado a alguien para compartir coche el lunes, ¡gracias!\n\nI'),
    ('Reestructuración', 'Dirección <dir@j.example>',
     'Hola Sam,\n\nEl puesto de Marta se elimina con la reestructuración; no lo comentes '
     'todavía.\n\nDirección'),
    # --- look-alikes of the platform relays: received, seen, shortlisted, withdrawn ----------------------------------
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nLa empresa Hoteles Brisa ha visto tu candidatura para la oferta de recepcionista.\n\nEl '
     'equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu candidatura a la oferta Administrativo/a ha sido recibida por la empresa.\n\nEl '
     'equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nConstrucciones Vega ha seleccionado tu candidatura para la oferta de peón. ¡Te '
     'contactarán pronto!\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nTu CV ha pasado el primer filtro de la empresa Grupo Delta.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nEstado de tu candidatura en Seguros Mar: En proceso.\n\nEl equipo de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nHay 14 ofertas nuevas que encajan con tu perfil. ¡No dejes pasar la tuya!\n\nEl equipo '
     'de Portal Empleo'),
    ('Tu candidatura', 'Portal Empleo <notificaciones@portal-empleo.example>',
     'Hola Sam,\n\nHas retirado tu candidatura a la oferta de Vendedor en Tiendas Luna.\n\nEl equipo de '
     'Portal Empleo'),
    # --- the same set phrases announcing good news or a date ---------------------------------------------------------
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNos alegra comunicarte que has sido seleccionado para la siguiente fase.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo fue posible llamarte ayer; ¿te va bien mañana a las 10?\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNos inclinamos por tu perfil: queremos hacerte una oferta.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTu candidatura cumple con los requisitos del puesto; te citamos el lunes.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEl comité se decantó por tu propuesta de horario para la entrevista.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos decidido cubrir la posición de forma interna, y queremos que tú la '
     'ocupes.\n\nRRHH\nGrupo Aurora'),
    # --- the decision words about holidays, a date, a missing file, a sign-up, a shift, or the reader ----------------
    ('Tus vacaciones', 'Jefa <jefa@empresa.example>',
     'Hola Sam,\n\nYa hemos encontrado a alguien para cubrir tus vacaciones de agosto, así que puedes irte '
     'tranquilo.\n\nRRHH\nGrupo Aurora'),
    ('Entrevista', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEl martes no puedo hacer la entrevista, así que no va a poder ser; ¿te va bien el '
     'miércoles?\n\nRRHH\nGrupo Aurora'),
    ('Tu proceso', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEntendemos que has preferido no continuar. Gracias por avisarnos y mucha '
     'suerte.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEl sistema no ha aceptado su candidatura porque falta el CV; vuelva a enviarla, por '
     'favor.\n\nRRHH\nGrupo Aurora'),
    ('Evento', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo necesitamos personal adicional para el evento de empresa del viernes.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Registro completado', 'Portal Empleo <no-reply@portal.example>',
     'Hola Sam,\n\nFinalizó tu proceso de inscripción correctamente. Ya puedes postular a las '
     'ofertas.\n\nRRHH\nGrupo Aurora'),
    ('Tu contrato', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo serás parte del equipo de ventas sino del de marketing; tu contrato empieza el '
     'lunes.\n\nRRHH\nGrupo Aurora'),
    ('Prácticas', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nYa tenemos a los becarios de este año: tú y Marta empezáis el lunes.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Promoción', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos decidido cubrir la posición de forma interna, y queremos que seas tú quien la '
     'ocupe.\n\nRRHH\nGrupo Aurora'),
    ('Turnos', 'Diego <diego@bar.example>',
     'Hola Sam,\n\nElegimos a otro camarero para el turno de noche y tú harás el de día, como '
     'hablamos.\n\nRRHH\nGrupo Aurora'),
    # --- more of the same: an interview panel, a salary benchmark, a payment, a shift --------------------------------
    ('Entrevista', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo necesitamos a nadie más en la entrevista; puedes venir tú solo el '
     'lunes.\n\nRRHH\nGrupo Aurora'),
    ('Tu oferta', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTomamos a otro candidato como referencia salarial, pero la oferta es para '
     'ti.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos marcado tu candidatura como favorita: te llamamos esta semana.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu cuenta', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nEstado de tu candidatura: en revisión. Estado de tu pago de la matrícula: '
     'rechazado.\n\nRRHH\nGrupo Aurora'),
    ('Turnos', 'Jefa <jefa@tienda.example>',
     'Hola Sam,\n\nYa se cubrió el turno del sábado con Ana, tú descansas ese día.\n\nRRHH\nGrupo Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nLa vacante ya la cubrimos con tu candidatura: ¡enhorabuena, el puesto es '
     'tuyo!\n\nRRHH\nGrupo Aurora'),
    ('Tu contrato', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nNo fue posible considerarte para el turno de mañana, pero sí para el de tarde, que '
     'empieza el lunes.\n\nRRHH\nGrupo Aurora'),
    ('Entrevista', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nAl final no te vamos a llamar el lunes sino el martes para la entrevista.\n\nRRHH\nGrupo '
     'Aurora'),
    # --- an inscripción made, read, or turned down for a course ------------------------------------------------------
    ('Inscripción realizada', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nTu inscripción en la oferta Dependiente/a de Moda Calle se ha realizado '
     'correctamente.\n\nRRHH\nGrupo Aurora'),
    ('Tu inscripción', 'Empleo Ya <notificaciones@empleoya.example>',
     'Hola Sam,\n\nLa empresa Seguridad Atalaya ha leído tu inscripción a la oferta Vigilante de '
     'seguridad.\n\nRRHH\nGrupo Aurora'),
    ('Curso', 'Academia <cursos@academia.example>',
     'Hola Sam,\n\nTu inscripción al curso de carretillero ha sido descartada porque el grupo está '
     'completo.\n\nRRHH\nGrupo Aurora'),
    # --- passed, shortlisted, qualified, a language course -----------------------------------------------------------
    ('Proceso selectivo', 'RRHH <rrhh@grupo-aurora.example>',
     'Estimado Sam:\n\nLe comunicamos que ha superado el primer ejercicio del proceso '
     'selectivo.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nQuedaste en la terna final para el cargo de supervisor: te llamamos el '
     'lunes.\n\nRRHH\nGrupo Aurora'),
    ('Tu postulación', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTu perfil calificó para la vacante de asistente administrativo.\n\nRRHH\nGrupo Aurora'),
    ('Curso', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nRespecto al curso de inglés, no vamos a continuar contigo el próximo '
     'trimestre.\n\nRRHH\nGrupo Aurora'),
    # --- the same words as good news ---------------------------------------------------------------------------------
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHas sido la persona seleccionada para el puesto, ¡felicidades!\n\nRRHH\nGrupo Aurora'),
    ('Proceso', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nSeguirás en el proceso de selección: te enviamos la prueba técnica.\n\nRRHH\nGrupo Aurora'),
    ('El puesto', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nTe escribo con buenas noticias: vamos a contar contigo para el puesto.\n\nRRHH\nGrupo '
     'Aurora'),
    ('Tu candidatura', 'RRHH <rrhh@grupo-aurora.example>',
     'Hola Sam,\n\nHemos optado por avanzar con tu candidatura a la siguiente fase.\n\nRRHH\nGrupo Aurora'),
]


@pytest.mark.parametrize(("subject", "sender", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep_es_rejection_found(subject: str, sender: str, body: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "sender", "body"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep_es_look_alike_is_no_rejection(subject: str, sender: str, body: str) -> None:
    assert not found(mail(body, subject, sender))
