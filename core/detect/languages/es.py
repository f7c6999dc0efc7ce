"""Spanish: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# Shared pieces: the reader's application named by a noun; a "no" that is not "aún no" / "todavía no"; a decision
# followed by "until / unless / without ..." is a condition, not a decision.
_ES_APP = r"(?:candidatura|postulacion|solicitud|perfil|cv|curriculum|hoja de vida)"
_ES_NO = r"\bno(?<!\baun no)(?<!\btodavia no)"  # "no", but not "aun no" / "todavia no"
_ES_UNLESS = r"(?![^.!?;]{0,30}\b(?:hasta|mientras|sin|antes de|si|salvo|a menos)\b)"
# (round 7) the narrower condition for broad families: only "until / unless" ("no pasarás a la entrevista hasta que...")
_ES_UNTIL = r"(?![^.!?;]{0,30}\b(?:hasta que|hasta (?:no|recibir|completar|tener|que)|mientras no|a menos que|salvo que)\b)"
# an imperative or an idiom after "no" ("no dudes en seguir adelante", "no te preocupes, estás entre los finalistas")
_ES_NO_IMP = (r"(?! (?:dudes|dude|duden|dudeis|olvides|olvide|te olvides|se olvide|te preocupes|se preocupe|os preocupeis|temas|"
              r"vaciles|esperes|te lo pienses|lo pienses|pierdas|te pierdas|hace falta|pasa nada)\b)")
# a date or a day after "we can't take you on" is a rescheduling, not a decision ("no podemos incorporarte el lunes")
_ES_WHEN = (r"(?! (?:(?:el|este|esta|la|hasta el|antes del?|para el) )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|"
            r"hoy|dia \d|\d|semana que viene|mes que viene|proxima semana|proximo mes|fecha (?:prevista|acordada|que)))")
# a relative clause about other people, not the reader ("quienes no han sido seleccionadas ya han recibido respuesta",
# "los candidatos que no han resultado elegidos")
_ES_NOT_THOSE = (r"(?<!quienes )(?<!los que )(?<!las que )(?<!aquellos que )(?<!aquellas que )(?<!personas que )"
                 r"(?<!candidatos que )(?<!candidatas que )(?<!aspirantes que )(?<!postulantes que )")
# "no te podemos ofrecer X, pero sí Y" offers something
_ES_BUT_YES = (r"(?![^.!?;]{0,60}\b(?:pero si|sino|aunque si|en cambio|pero (?:podemos|te ofrecemos|te proponemos|le ofrecemos)))"
               r"(?! (?:por|con) (?:mas|menos|un salario|un sueldo|una retribucion|ese salario|ese sueldo|esas condiciones|la retribucion|"
               r"el salario)\b)")
# a task on a day ("no podremos contar contigo el viernes / para la reunión") is about a colleague's diary
_ES_NOT_AN_ERRAND = (r"(?![^.!?;]{0,40}\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|reunion|formacion|cena|"
                     r"guardia|evento|sesion|vacaciones)\b)")

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidatura no seleccionada", 4.0, ('seleccionad', 'finalista', 'favorecid', 'elegid', 'aceptad', 'avanzad', 'prosperad', 'descartad', 'desestimad', 'rechazad',
                                             'ganador', 'adjudicatari', 'retenid', 'escogid', 'exito', 'prosper', 'adelante', 'buen puerto'),
        _ES_NOT_THOSE + r"\bno (?:(?:te|le|la) (?:has|ha|hemos|han) (?:sido |resultado )?|(?:has|ha|hemos|han) (?:sido|resultado) |(?:(?:te|le|la) )?(?:fue|fuiste|ha resultado|has resultado|quedaste|quedo|has quedado|ha quedado|resultaste|resulto) (?:sido |resultado )?)(?:seleccionad|elegid|aceptad|preseleccionad|finalista|favorecid|ganador|adjudicatari|escogid)",
        rf"\b(?:candidatura|postulacion|solicitud|perfil|inscripcion)\b{S}\bno (?:ha |fue |sera |va a ser |ha resultado |resulto )?(?:sido )?(?:seleccionad|elegid|aceptad|avanzad|prosperad|retenid|escogid|preseleccionad|adjudicatari)",
        r"\b(?:candidatura|postulacion) (?:ha sido|fue|queda|quedo|ha quedado|resulto|ha resultado) (?:descartad|desestimad|rechazad)",
        rf"\b(?:candidatura|postulacion|solicitud)\b{S}\bno (?:ha tenido|tuvo|ha podido tener|pudo tener) (?:el )?exito",
        # the application as the object ("la empresa usuaria no ha aceptado su candidatura")
        rf"{_ES_NO} (?:ha|han|hemos) (?:aceptado|aprobado|validado|admitido) (?:su|tu) (?:candidatura|postulacion|perfil|cv)\b"
        r"(?![^.!?;]{0,40}\b(?:porque falta|por falta de|error|vuelv\w*|intent\w*|reenvi\w*|adjunt\w*)\b)",
        rf"\b(?:candidatura|postulacion|solicitud)\b{S}\bno (?:prospero|ha prosperado|pudo prosperar|ha podido prosperar|salio adelante|"
        r"ha salido adelante|llego a buen puerto|ha llegado a buen puerto)"),
    fam("no seguir adelante", 4.0, ('no ',),
        rf"\bno{_ES_NO_IMP}{S}\b(?:seguir|seguiremos|seguimos|continuar|continuaremos|continuamos|avanzar|avanzaremos|avanzamos|proseguir|continuara|seguira|avanzara|sigue)\b{S}(?:adelante )?{S}\b(?:con (?:tu|su) (?:candidatura|postulacion|proceso|solicitud)|contigo|con usted|con ella|(?:con|en) el proceso(?: de seleccion)?\b(?! de))",
        r"\b(?:candidatura|proceso|postulacion|solicitud)\b[^.!?;]{0,50}\bno (?:sigue|seguira|continuara|continua|avanzara|avanza|prosigue|proseguira) "
        r"(?:adelante|avanzando|en el proceso|a la siguiente)"),
    fam("otros candidatos", 4.0, ('otr', 'un candidat', 'una candidat', 'un perfil', 'una persona', ' con los ', ' con las ', ' con aquell'),
        rf"\b(?:continuar|seguir|avanzar|proseguir|seguido|continuado|avanzado|proseguido|optado|optar|elegido|elegir|escogido|seleccionado|decantado|quedarnos|apostar|apostado|contratado|incorporar)\b"
        r"(?! (?:entrevistando|valorando|viendo|conociendo|revisando|hablando|evaluando|analizando|recibiendo|esperando|considerando|estudiando|"
        rf"citando|llamando)\b){G}\b(?:con|por|a|en)? ?(?:otros?|otras?) (?:candidat|perfil|person|aspirant|postulant)\w*",
        rf"\b(?:continuar|seguir|avanzar|proseguir)\b{S}\bcon (?:un|una) (?:candidat|perfil|person)\w* (?:que|cuya|con)",
        # (sweep 2) the present tense after "in the end": "al final seguimos con otro perfil" (a plain "seguimos con otros
        # candidatos" may mean interviews go on)
        r"\b(?:al final|finalmente|esta vez|en esta ocasion),? (?:\w+ )?(?:seguimos|continuamos|avanzamos|vamos|nos quedamos|nos vamos) "
        r"con (?:otr[oa]s?|un[ao]?) (?:candidat|perfil|person|aspirant|postulant|profesional)\w*",
        r"\b(?:continuar|continuaremos|continuamos|seguir|seguiremos|seguimos|avanzar|avanzaremos|avanzamos|proseguir|proseguiremos)\b[^.!?;]{0,40}?"
        r"\bcon (?:los|las|aquellos|aquellas) (?:candidat|perfil|persona|aspirant|postulant|finalist)\w* (?:que "
        r"(?:(?:mejor|mas) (?:se ajustan|se ajustaban|encajan|encajaban|se adecuan|se adaptan|responden|cumplen)|"
        r"(?:tienen|tenian|cuentan con|contaban con|aportan|aportaban|reunen|reunian) (?:mas|mayor)\b)|cuy|"
        r"con (?:mas|mayor))"),
    fam("puesto cubierto", 3.5, ('cubiert', 'ocupad', 'adjudicad', 'asignad'),
        r"\b(?:puesto|vacante|posicion|plaza|oferta)\w*\b[^.!?;]{0,30}\b(?<!\bno )(?:ha sido|ya ha sido|esta|ya esta|fue|se ha|han sido|ya han sido|quedo|ha quedado) "
        r"(?:ya )?(?:cubiert|ocupad|adjudicad)",
        r"\b(?:puesto|vacante|posicion|plaza)\w*\b[^.!?;]{0,30}\b(?:ya (?:ha|han) sido|ya (?:esta|estan)|(?:esta|estan) ya) asignad",
        # said by the employer ("Hemos cubierto ya el puesto de dependienta", "ya hemos ocupado la vacante")
        r"(?<!\bno )\b(?:ya )?hemos (?:ya )?(?:cubierto|ocupado|adjudicado) (?:ya )?(?:el|la|este|esta|dicho|dicha|nuestr[oa]) "
        r"(?:puesto|vacante|plaza|posicion)\b"),
    fam("congelacion de contrataciones", 3.5, ('congel', 'cerrad', 'cancelad', 'suspendid', 'anulad', 'paralizad', 'dada de baja',
                                               'dado de baja'),
        r"\bcongel\w* (?:temporalmente )?(?:de )?(?:las |todas las )?(?:nuevas )?(?:contrataciones|incorporaciones)",
        r"\b(?:proceso|puesto|vacante|posicion|plaza|busqueda|cargo)\b[^.!?;]{0,40}\b(?<!\bno )(?:queda|ha quedado|ha sido|fue|se ha|quedo) "
        r"(?:cerrad|cancelad|suspendid|anulad|congelad|paralizad)[oa](?! (?:a|para) (?:nuevas|mas|otras) (?:candidaturas|inscripciones|solicitudes|postulaciones))",
        # (sweep 2) the post struck off after a restructuring ("la posición fue dada de baja")
        r"\b(?:puesto|vacante|posicion|plaza|cargo)\b[^.!?;]{0,20}\b(?<!\bno )(?:queda|ha quedado|ha sido|fue|quedo) dad[oa] de baja\b"),
    fam("perfil no encaja", 3.0, ('encaja', 'perfil no'),
        r"\bperfil no (?:nos |me )?(?:encaja|se ajusta|coincide|cumple|corresponde)", r"\bno encajas? con (?:lo que|el perfil)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
    fam("gramática: no ofrecer el puesto", 4.0, ("no ",),
        r"\bno(?<!\baun no)(?<!\btodavia no) (?:podemos|podremos|vamos a|vamos a poder|es posible|sera posible|va a ser posible) (?:ofrecer|proponer|dar|formalizar|confirmar|extender|"
        r"mantener)(?:te|le|os)? (?:el|la|una|nuestra|esta|dicha) (?:puesto|plaza|posicion|oferta|vacante|propuesta)(?! (?:todavia|aun)\b)" + _ES_UNLESS + _ES_BUT_YES,
        r"\bno(?<!\baun no)(?<!\btodavia no) (?:pasaras|pasara|pasas|continuaras|avanzaras|seguiras) (?:a|en)\b" + _ES_UNTIL,
        r"\bno(?<!\baun no)(?<!\btodavia no)\b[^.!?;,]{0,40}\b(?:ofrecer|proponer|dar|hacer)(?:te|le|les)\b[^.!?;]{0,10}\b(?:(?:el|la|una|un|ningun|ninguna) )?"
        r"(?:puesto|plaza|posicion|oferta|vacante|contrato|cargo|empleo|trabajo)(?! (?:todavia|aun)\b)" + _ES_BUT_YES),
    fam("gramática: no te podemos ofrecer", 4.0, ("no ",),
        rf"{_ES_NO} (?:te|le|les|os) (?:podemos|podremos|vamos a|es posible|sera posible|puedo|podre|va a ser posible) "
        r"(?:ofrecer|proponer|dar|hacer) (?:(?:el|la|una|un|ningun|ninguna) )?(?:puesto|plaza|posicion|oferta|vacante|contrato|cargo|empleo|trabajo)(?! (?:todavia|aun)\b)" + _ES_BUT_YES,
        rf"{_ES_NO} (?:te|le|os) (?:vamos a|van a|podemos|podremos|voy a) (?:llamar|convocar|citar) (?:\w+ )?(?:para|a) (?:el|la|una|un|otra|la siguiente) "
        r"(?:puesto|plaza|vacante|entrevista|segunda entrevista|siguiente (?:fase|etapa|ronda)|prueba)" + _ES_UNLESS),
    fam("gramática: perfil no encaja", 4.0, ("no ",),
        r"\b(?:perfil|experiencia)\b[^.!?;]{0,20}\bno (?:ha |han )?(?:encaj|se ajust|se ha ajustado|coincid|correspond|cumpl|se adecu|se adapt)\w*",
        r"\b(?:perfil|experiencia|candidatura|trayectoria|formacion|cv|curriculum)\b[^.!?;]{0,50}\bno(?<!\bsi no) (?:se corresponde|corresponde|"
        r"se adecua|se adapta|responde|encaja|se ajusta|coincide|es (?:exactamente |del todo )?(?:el|la|lo) (?:que|perfil que|adecuad)|"
        r"ha encajado|se ha ajustado|se ha adecuado|ha coincidido|ha respondido|"
        r"(?:es|era|ha resultado|resulta|resulto|ha sido|fue) (?:del todo |totalmente |plenamente )?(?:idone|adecuad|apropiad)[oa])\b",
        r"\bno(?<!\bsi no) (?:encaja|se ajusta|se corresponde|se adecua|se adapta) (?:del todo |exactamente |completamente |plenamente )?"
        r"(?:con|a) (?:lo que (?:buscamos|necesitamos|estamos buscando|requiere)|el perfil|los requisitos|las necesidades)",
        r"\bno(?<!\bsi no) (?:encajas|te ajustas|cumples)\b",
        r"\bno(?<!\bsi no) (?:eres|es usted|sois|eras|era usted) (?:exactamente |del todo |realmente )?(?:el|la) (?:perfil|persona|candidat[oa]|profesional) "
        r"(?:que|ideal|adecuad|idone|indicad)"),
    fam("gramática: candidatura descartada", 4.0, ("descart", "desestim", "cancel", "cerr", "rechaz", "archiv", "finaliz", "marca", "marco",
                                                 "ya no esta", "ya no se encuentra", "ya no sigue", "ya no continua"),
        # job boards call the application an "inscripción" ("Tu inscripción en la oferta X ha sido descartada")
        r"\b(?:candidatura|inscripcion)\b[^.!?;]{0,60}?\b(?<!\bno )(?<!\bnunca )(?:queda|ha quedado|ha sido|fue) (?:descartad|desestimad|cerrad)(?![oa] (?:y|e) (?:enviad|registrad|guardad|complet|recibid|presentad))",
        r"\b(?:cerramos|descartamos|archivamos) tu candidatura",
        # (sweep 2) a job board: the employer "ha revisado tu inscripción ... y ha decidido descartarla en esta ocasión"
        # (the clitic stands for the application named before it in the sentence, not for an interview or a test)
        r"\b(?:candidatura|postulacion|inscripcion|solicitud|cv|curriculum|perfil)\b[^.!?;:]{0,120}?\b(?:decidido|decidimos|decidio|"
        r"decidieron|optado por|opto por|optaron por|resuelto|resolvio) (?:finalmente )?(?:descartar|desestimar|rechazar|archivar|declinar)"
        r"(?:la|lo)\b",
        r"\b(?:decidido|decidimos|decidio|decidieron|optado por|opto por|optaron por|resuelto|resolvio) (?:finalmente )?"
        r"(?:descartar|desestimar|rechazar)(?:te|le)\b",
        # (sweep 2) a job board after the employer closed the post: "Tu postulación ya no está activa"
        r"\b(?:tu|su) (?:postulacion|candidatura|solicitud|inscripcion)\b[^.!?;]{0,40}\bya no (?:esta|se encuentra|sigue|continua) "
        r"(?:activa|vigente|en (?:curso|proceso|revision))\b(?! (?:porque|hasta|mientras|ya que|por falta)\b)"
        r"(?![^.!?;]{0,60}\b(?:reactiv|vuelve a|vuelva a|actualiz|complet|sube|suba|renueva|renueve)\w*)",
        # a platform relays the employer in the third person ("X descartó tu postulación", "ha sido finalizada por la empresa")
        r"\b(?:descarto|rechazo|desestimo|descartaron|rechazaron|desestimaron|finalizo|finalizaron) (?:tu|su) (?:candidatura|postulacion|cv|"
        r"perfil|solicitud|curriculum|proceso)\b(?! de (?!seleccion))(?![^.!?;]{0,40}\b(?:correctamente|con exito|satisfactoriamente)\b)",
        r"\b(?:candidatura|postulacion)\b[^.!?;]{0,60}?\b(?:ha sido|fue) (?:finalizad|archivad|cerrad)[oa] por (?:la empresa|el reclutador|"
        r"la reclutadora|el empleador|la compania|el cliente)\b",
        # marked as discarded ("ha marcado tu candidatura como descartada")
        r"\b(?:marcad[oa]|marco|marcaron) (?:tu|su) (?:candidatura|postulacion|cv|perfil) como \W?(?:descartad|rechazad|no seleccionad|"
        r"no apt|desestimad|no valid)",
        # (sweep 2) the passive: "tu candidatura para X ha sido marcada como «No apta»"
        r"\b(?:candidatura|postulacion|solicitud|cv|perfil)\b[^.!?;]{0,60}?\b(?:ha sido|fue|esta|queda) marcad[oa] como \W?(?:descartad|"
        r"rechazad|no seleccionad|no apt|desestimad|no valid)",
        r"(?<!no )(?<!no hemos )(?<!no han )(?<!no ha )\b(?:hemos |han |ha )?(?:descartado|descartamos|desestimado|desestimamos|rechazado|rechazamos|archivado|archivamos) (?:tu|su) "
        r"(?:candidatura|postulacion|solicitud(?! de (?!empleo|trabajo))|perfil|cv|curriculum|inscripcion)\b",
        r"\bproceso\b[^.!?;]{0,40}\b(?:se ha cancelado|se ha cerrado|ha sido cancelado)"),
    fam("gramática: otra persona elegida", 4.0, ("otr",),
        r"\b(?:seleccionado|elegido|escogido|contratado|optado por|decantado por|quedado con)\b[^.!?;]{0,20}\b(?:a )?(?:otra|otro|otras|otros) "
        r"(?:persona|candidat|perfil|profesional)"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("gramática: no contar contigo", 4.0, ("contar", "sin que", "descart", "desestim", "rechaz", "deneg", "declinad"),
        r"\bno (?:vamos a |podemos |podremos |podriamos |va a ser posible )?contar (?:contigo|con usted|con tu perfil|con tu candidatura)" + _ES_NOT_AN_ERRAND,
        r"\bsin que (?:tu|su) candidatura (?:avance|continue|siga|prospere|pase)",
        # (sweep 2: "declinada", a job board's word: "Tu solicitud para el puesto de X ha sido declinada")
        r"\b(?:candidatura|postulacion|solicitud(?! de (?!empleo|trabajo)))\b[^.!?;]{0,60}\b(?<!\bno )(?<!\bnunca )(?:ha sido|fue|queda|ha quedado) (?:descartad|desestimad|rechazad|denegad|declinad)"),
    fam("gramática: un perfil con más experiencia", 4.0, ("perfil", "candidat", "persona", "profesional", "alguien"),
        r"\b(?:optado|elegido|seleccionado|decantado|escogido|apostado|contratado|quedado)\b (?:por |con )?(?:a )?(?:un|una) "
        r"(?:perfil|candidat\w*|persona|profesional) (?:con|que|mas|cuya|cuyo)\b",
        r"\b(?:optado|elegido|seleccionado|decantado|contratado|escogido)\b[^.!?;]{0,30}\balguien (?:mas|con|que)\b"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("gramática: no superada / no prospera", 4.0, ("no ", "cubiert", "ocupad"),
        r"\bno (?:has|ha|han) (?:superado|pasado|conseguido pasar)\b(?! (?:nada|ni|mucho|tanto|todavia|aun|tiempo|suficiente|por|"
        r"(?:dos|tres|cuatro|cinco|seis|unos|unas|varios|varias|algunos|algunas|[0-9]+) (?:dias|semanas|meses|horas|minutos|anos))\b)",
        _ES_NOT_THOSE + r"\bno (?:ha|han) (?:prosperado|resultado seleccionad\w*|sido seleccionad\w*|sido elegid\w*)",
        # no place obtained: said to the reader, or in a selection (a child's school place is not a job)
        r"\bno (?:has obtenido|obtuviste) (?:la |una )?(?:plaza|puesto|vacante)\b(?! en (?:el|la) (?:colegio|centro|escuela|instituto|guarderia|residencia))",
        r"\bno (?:ha|han) obtenido (?:la |una )?(?:plaza|puesto|vacante) (?:en|dentro de) (?:el|la|este|esta|dicho|dicha) "
        r"(?:proceso|convocatoria|concurso|oposicion|seleccion|bolsa)\b",
        r"\bno (?:continuaras|seguiras|avanzaras) (?:en|con|adelante)\b",
        r"\bno (?:continuara|seguira|avanzara) (?:adelante|en (?:curso|marcha|pie)|en (?:el|este|nuestro|dicho) proceso|en la (?:siguiente|proxima|fase|etapa)|"
        r"con (?:el|este|su) proceso|a la (?:siguiente|proxima))\b",
        r"\bno (?:has|ha) sido (?:seleccionad|elegid|escogid)\w*",
        r"\b(?:vacante|puesto|plaza|posicion)\b[^.!?;]{0,40}\b(?<!\bno )(?:ha sido|ya ha sido|fue|esta) (?:cubiert|ocupad)\w*",
        r"\bno (?:vamos a |podemos |podremos )?(?:seguir|continuar) (?:adelante )?con (?:tu|su) (?:candidatura|proceso|postulacion|perfil)"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
# someone else, named by a class: "otro/a ...", "una persona", "un candidato", "una compañera", "alguien"
# (spoken Spain: "hemos cogido a una chica que ya conocía el programa")
_ES_SOMEONE = (r"(?:otr[oa]s?\b|un[ao]? (?:candidat|persona|perfil|profesional|companer|colaborador|aspirant|alumn|estudiant|finalist|postulant|"
               r"chic[oa]\b|muchach)\w*|"
               r"alguien\b)")

_ES_CHOSE = (r"(?:eligi\w*|elegid\w*|elegimos|escogi\w*|escogid\w*|escogimos|seleccionad\w*|seleccionamos|selecciono|"
             r"seleccionaron|optad\w*|optamos|opto|optaron|decantad\w*|decantamos|decanto|resolvi\w*|resuelto|decidi\w*|"
             r"decidid\w*|nos quedamos|(?:nos|se) (?:hemos |han |ha )?quedado|se quedo|se quedaron|recaido|recayo|contratad\w*|contratamos|contrato|preferid\w*|"
             r"cogimos|cogieron|hemos cogido|han cogido|se quedaron con|se (?:han ido|fueron) con|"
             r"asignad\w*|asigno|asignamos|cubrir|cubierto|cubrimos|inclinad\w*|inclinamos|inclino|inclinaron|encontrado|encontramos|"
             r"incorporad\w*|incorporamos|incorporo|adjudicacion|nos (?:fuimos|hemos ido|vamos|iremos)|(?:vamos|van) a ir|"
             # (sweep 2) an agency relays the client's preference ("prefiere a alguien con inglés"); not an advert's "se prefiere"
             r"(?<!se )prefieren? a|"
             r"prefirio|prefirieron|preferimos (?:apostar|optar|quedarnos|seguir|continuar|avanzar)|apostado|apostamos|aposto|apostaron|"
             r"(?:propuesto|propuso|propusieron|proponemos|propone|acordado|acordo|resuelto|resolvio) (?:la|el) (?:contratacion|nombramiento|incorporacion|seleccion))")

_ES_OTHER = (r"(?:otr[oa]s?(?:\((?:a|as|o|os)\)|/(?:a|as|o|os))?(?: de (?:los|las)(?:\((?:a|as|os)\)|/(?:as|os))?)? ?(?:candidat|aspirant|persona|perfil|chic[oa]|muchach|chaval|"
             r"postulant|finalist|profesional|concursant|opositor|alumn|estudiant|companer)|otra (?:persona|opcion|alternativa)|alguien (?:que|con|de|mas)|"
             # another one named by a job title ("nos quedamos con otro camarero", "elegimos a otra enfermera")
             r"otr[oa]s? (?:camarer|cociner|dependient|repartidor|conductor|mecanic|enfermer|profesor|becari|tecnic|ingenier|"
             r"administrativ|comercial|recepcionista|auxiliar|operari|electricista|desarrollador|programador|disenador|abogad|"
             r"contador|contable|cajer|vendedor|educador)\w*|"
             r"una candidatura (?:diferente|distinta)|un perfil (?:diferente|distinto)|una persona (?:diferente|distinta)|"
             r"un[ao]? (?:candidat|persona|perfil|aspirant|profesional|companer|colaborador|alumn|estudiant|chic[oa]\b|muchach)\w* (?:que|con|cuy|mas|del propio|de la propia|"
             r"del (?:equipo|area|departamento)|de (?:la casa|la empresa|nuestro equipo)|intern)|"
             r"(?:la|el) (?:persona|candidat[oa]|perfil|profesional) cuy|"
             r"(?<!eres )(?<!es usted )(?:la|el) (?:persona|candidat[oa]|perfil|profesional) que (?:mejor|mas) (?:se ajusta|se ajustaba|encaja|encajaba|"
             r"se adecua|se adapta|se adaptaba|responde|cumple)\b|"
             r"(?:perfiles|candidat[oa]s|candidaturas|personas|profesionales|postulantes|aspirantes) (?:mas|que (?:se ajustan|encajan|se adecuan)|"
             r"que (?:(?:mejor|mas) (?:se ajustan|se ajustaban|encajan|encajaban|se adecuan|se adaptan|responden|cumplen)|"
             r"(?:tienen|tenian|cuentan con|contaban con|aportan|aportaban|reunen|reunian) (?:mas|mayor)\b)|cuy)|"
             r"candidat\w*(?: y candidat\w*)? (?:cuy|que|con (?:mas|mayor|experiencia))|promocion interna|"
             r"(?:dos|tres|cuatro|varios|varias|algunos|algunas) (?:candidat|perfil|persona|aspirant|finalist|postulant)\w* (?:que|con|cuy|mas)|"
             r"personal (?:de la propia|del propio|propio|interno|de (?:la )?casa)|(?:candidat|perfil|persona)\w* intern\w*|alguien de (?:dentro|la casa))")

DECISIONS += [
    fam("gramática: la decisión recayó en otra persona", 4.0, ("otr", "alguien", "companer", "mejor", "mas ", "colaborador", "alumn", "estudiant", "un candidat", "una candidat", "un perfil", "una persona", "un aspirant", "una aspirant",
                                                           "un profesional", "una profesional", "candidat", "interna", "una chica", "un chico", "muchach",
                                                           "intern", "cuy", "personal", "dos ", "tres ", "varios", "varias", "algunos", "algunas"),
        rf"(?<! te hemos )(?<! te han )(?<! te he )(?<! te ha )\b{_ES_CHOSE}\b{G}\b{_ES_OTHER}"),
    fam("gramática: no continuar con la candidatura", 4.0, ("no ",),
        r"\bno(?<!\baun no)(?<!\btodavia no) (?!olvides|dudes|te preocupes|pierdas|te pierdas|hace falta)(?:(?:te|le|lo|la|les|nos|voy a|vamos a|vas a|va a|van a|"
        r"puedo|podemos|podremos|podre|podria|podriamos|poder|podido|podra|podras|pude|pudimos|es posible|sera posible|ha sido posible|"
        r"a|ha|han|he|hemos|hayamos|esta|estamos|estan)\b ?){0,3}"
        r"(?:continu|segu|sigu|avanz|prosegu|pasar|pasas|contar|contamos|contaremos|contariamos|consider|seleccion|preseleccion|eleg|elig|escog)\w*"
        rf"\b{G}\b(?:(?:contigo|con usted|con vos){_ES_NOT_AN_ERRAND}|con (?:la|el) (?:tuya|suya|tuyo|suyo)\b|(?:tu|su) (?:candidatura|postulacion|perfil|cv|hoja de vida|solicitud|proceso)|"
        r"(?:a|en) la (?:siguiente|proxima|entrevista|fase|etapa|(?:ultima|segunda|tercera|nueva|otra) (?:fase|etapa|entrevista|ronda|prueba))|"
        r"(?:al|el) (?:siguiente|proximo|ultimo|segundo) (?:paso|nivel|filtro)|(?:a |para )?(?:las|los) (?:siguientes?|proximas?) (?:fases|etapas|pasos)|"
        r"en (?:el|este) proceso|para (?:este|el|esta|la) (?:puesto|cargo|empleo|rol|trabajo|plaza|vacante))" + _ES_UNTIL),
    fam("gramática: no figura entre los elegidos", 4.0, ("no ",),
        r"\bno\b(?! te preocupes| se preocupe| dudes)[^.!?;,]{0,30}\bentre (?:los|las) (?:personas )?(?:elegid|seleccionad|aspirantes|candidat|finalist|propuest|aprobad)",
        r"\bno (?:quedaste|quedo|has quedado|ha quedado|entraste|entro|has entrado|ha entrado|estas|esta|figuras|figura|entras|entra) (?:en|entre) "
        r"(?:la|el|los|las) (?:terna|shortlist|lista (?:final|corta|de (?:seleccionad|finalist|preseleccionad))|finalistas|seleccionad|preseleccionad|"
        r"seleccion\b(?! de (?:personal|vinos|productos)))",
        r"\bno (?:calificaste|califico|clasificaste|clasifico|has calificado|ha calificado|has clasificado|ha clasificado) (?:para|a|en)\b",
        r"\bno (?:ha sido|fue|es|resulto) favorable\b",
        r"\b(?:estado|status|estatus)\b[^.!?;]{0,100}\bno seleccionad"),
    fam("gramática: fin de la participación", 4.0, ("termin", "conclu", "finaliz", "acab", "excluid", "cerr", "cierr", "exclusion", "descarte"),
        # (not the exclusion an appeal is against: "se estiman las alegaciones contra su exclusión del proceso", which
        # decides by the appeal's outcome, below)
        r"(?<!contra )(?<!frente a )\b(?:su|tu) (?:exclusion|descarte) (?:del|de la|de este|de esta) (?:proceso|convocatoria|seleccion|"
        r"concurso|bolsa)",
        # ...the appeal denied ("se desestiman las alegaciones contra su exclusión", "... han sido desestimadas")
        r"\b(?:desestima\w*|rechaza\w*|deniega\w*|inadmite\w*)\b[^.!?;]{0,80}?\b(?:contra|frente a) (?:su|tu) (?:exclusion|descarte)\b|"
        r"\b(?:contra|frente a) (?:su|tu) (?:exclusion|descarte)\b[^.!?;]{0,80}?\b(?<!\bno )(?:han|ha) sido (?:desestimad|rechazad|"
        r"denegad|inadmitid)[oa]s?\b",
        r"\b(?:cerramos|cerrar|terminamos|finalizamos|concluimos|damos por (?:cerrado|terminado|finalizado|concluido)) (?:aqui |aca )?(?:el|tu|su|este) "
        r"proceso (?:de seleccion )?(?:contigo|con usted|con vos)\b",
        # (sweep 2) a job board: the employer "ha cerrado tu proceso de selección" (not one finished with a welcome)
        r"\b(?:ha|han) (?:cerrado|finalizado|terminado|concluido|dado por (?:cerrado|finalizado|terminado)) (?:tu|su) proceso"
        r"(?: de seleccion)?\b(?![^.!?;]{0,60}\b(?:exito|bienvenid|felicidades|enhorabuena|contratad|incorporacion)\w*)",
        r"\b(?:tu|su) (?:proceso|participacion|candidatura|postulacion)\b[^.!?;]{0,30}\b(?:concluye|termina|finaliza|acaba|llega a su fin|se cierra|"
        r"(?:ha|han) (?:concluido|terminado|finalizado|llegado a su fin)|concluyo|termino|finalizo|se cerro|se ha cerrado) "
        r"(?:aqui|aca|en (?:esta|la presente) (?:etapa|fase|instancia|ronda))",
        r"\b(?:damos|da|dan) por (?:concluida|finalizada|terminada) (?:su|tu) participacion",
        r"\b(?:proceso|participacion|camino)\b[^.!?;]{0,45}\b(?:termina|finaliza|concluye|acaba) (?:aqui|aca)",
        r"\bexcluid[oa] del (?:proceso|concurso)"),
    fam("gramática: la vacante ya se cubrió", 3.5, ("cubri", "cubier", "ocupad", "adjudicad", "asignad", "dado", "dada", "cogid", "pillad",
                                                      "concedid", "otorgad", "provist", "provey"),
        # (some of many posts, not the reader's: a job board's "algunas vacantes ya fueron cubiertas")
        r"(?<!algunas )(?<!algunos )(?<!varias )(?<!varios )(?<!muchas )(?<!muchos )(?<!otras )(?<!otros )(?<!\d )"
        r"\b(?:vacante|puesto|plaza|posicion|(?<!a )cargo)s?\b[^.!?;]{0,80}\b(?<!\bno )(?<!\btodavia no )(?<!\baun no )(?:ya )?(?:se cubri\w*|(?:ha|han) sido cubiert\w*|fue cubiert\w*|"
        r"fueron cubiert\w*|esta cubiert\w*|estan cubiert\w*|(?:ha|han) sido ocupad\w*|"
        # Chile and other Latin American HR: "el cargo fue provisto", "la vacante ya se proveyó"
        r"(?:(?:ha|han) sido|fue|fueron|esta|estan) provist[oa]s?(?! de\b)|se (?:ha )?provey\w*|se (?:ha )?provisto(?! de\b))",
        r"\b(?:vacante|puesto|plaza|posicion|cargo)s?\b[^.!?;]{0,40}\b(?:la|lo|las|los) (?:hemos|han|ha) (?:ya )?(?:cubierto|ocupado|adjudicado|asignado)\b",
        r"\b(?:ya )?(?:tenemos|tienen|tengo) (?:ya )?(?:el|la|los|las|ese|esa|este|esta|dicho|dicha) (?:puesto|plaza|vacante|posicion|cargo)s?\b[^.!?;]{0,30}\b(?:cubiert|ocupad|adjudicad|asignad)[oa]s?\b",
        r"\b(?:ya )?(?:tenemos|tienen|tengo) (?:ya )?(?:cubiert|ocupad|adjudicad|asignad)[oa]s? (?:el|la|los|las|ese|esa|este|esta|dicho|dicha) (?:puesto|plaza|vacante|posicion|cargo)s?\b",
        r"\b(?:vacante|puesto|plaza|posicion|cargo)\b[^.!?;]{0,10}?\b(?:ya )?(?:esta|ha sido|fue) (?:ya )?(?:dad[oa]|concedid[oa]|otorgad[oa]|cogid[oa]|pillad[oa])\b(?! de (?:alta|baja))",
        # a curt "ya se cubrió." with the post left unsaid
        r"\bya se (?:cubrio|ha cubierto|adjudico)(?= ?(?:[.,;!]|$))"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("gramática: excluida / estado descartado / puesto cubierto", 4.0, ("excluid", "descart", "cubierto", "adjudic", "no estamos", "retir", "revoc",
                                                                          "anul", "no admitid", "no apt", "rechazad", "no seleccionad", "desestimad",
                                                                          "pasado a estado", "paso a estado", "cambiado a estado",
                                                                          "cambio a estado"),
        r"\b(?:solicitud|candidatura|postulacion)\b[^.!?;]{0,30}\b(?<!\bno )(?:figura|queda|consta|aparece) como (?:excluid|descartad|no admitid|no apt)",
        r"\b(?:(?:figura|consta|aparece|queda) usted|figuras|constas|apareces|quedas) como (?:excluid|descartad|no admitid|no apt)",
        # the pronoun first ("Usted figura como EXCLUIDA por el siguiente motivo"), or the list named ("usted figura en la
        # lista provisional de aspirantes excluidos")
        r"(?<!\bsi )\b(?:usted|tu) (?:figura|consta|aparece|queda|figuras|constas|apareces|quedas) como (?:excluid|descartad|"
        r"no admitid|no apt)",
        r"(?<!\bno )(?<!\bsi )\b(?:(?:usted|tu) )?(?:figura|consta|aparece)(?: usted)? (?:en|dentro de) (?:la|el) (?:lista|listado|"
        r"relacion)(?: provisional| definitiv[oa])? de (?:(?:aspirantes|personas|candidat[oa]s|solicitantes) )?(?:excluid|no admitid)",
        r"\bestado: ?(?:descartad|rechazad|no seleccionad|finalizad|cerrad)",
        # (sweep 2) a job board's status change: "tu candidatura ... ha pasado a estado «Finalizada»"
        r"\b(?:candidatura|postulacion|solicitud|inscripcion)\b[^.!?;]{0,80}\b(?:ha pasado|paso|ha cambiado|cambio) a(?: (?:estado|status))?:? "
        r"\W?(?:finalizad|descartad|rechazad|no seleccionad|cerrad|desestimad)[oa]\b",
        r"\b(?:estado|estatus|fase|etapa|situacion|resultado)\b(?:(?!\b(?:pago|pedido|envio|matricula|factura|reembolso|cuenta|tarjeta|"
        r"reserva)\b)[^.!?;:]){0,60}?: ?(?:cv |candidatura |perfil |postulacion )?(?:descartad|"
        r"rechazad|no seleccionad|no apt|desestimad)[oa]s?\b",
        r"(?<!no se )(?<!no )(?<!no lo )(?<!no la )\b(?:hemos|han|ha) (?:ya )?cubierto (?:(?:todas|todos) )?(?:el|la|los|las|ese|esa|este|esta|estos|estas|dicho|dicha|nuestro|nuestra|nuestros|nuestras) "
        r"(?:(?:\w+ )?(?:puesto|plaza|vacante|posicion|cargo)s?|(?:puesto|plaza|vacante|posicion|cargo)(?:s|es)?)\b",
        rf"\b(?:adjudicad\w*|adjudico|adjudicamos)\b{G}\b{_ES_OTHER}",
        r"\bno estamos (?:contratando|seleccionando|incorporando)\b",
        # (sweep 2) spoken Latin American Spanish: "por ahora no estamos tomando gente"
        r"\bno estamos (?:tomando|cogiendo|necesitando) (?:a )?(?:gente|personal|nadie|mas gente)\b",
        r"\boferta\b[^.!?;]{0,40}\b(?<!\bno )(?:queda |ha sido |fue )(?:retirada|revocada|anulada)",
        r"\b(?:retiro|retiramos|retiraron|hemos retirado|ha retirado|han retirado|revocamos|hemos revocado|ha revocado|anulamos|hemos anulado) "
        r"(?:la|nuestra|esta|dicha|su) (?:oferta|propuesta)\b(?! de (?:empleo|trabajo) del portal)"),
]


# --- sixth layer: constructions of an independent author set (dev4/es) -----------------------------------------
# Still one idea per family, written as word classes: the application "not taken into account / considered"
# (passive, any modal), a decision verb governing a negated infinitive with its clitic ("decidido no tenerla en
# cuenta", "resuelto no avanzar"), the process closed without the reader, an offer made to somebody else, a
# nominal "no ha sido el elegido", a requirement not met, a negative answer, a team already complete, and
# "we can't take you on" (incorporarte / contratarte) unless a condition follows.

DECISIONS += [
    fam("gramática: no tenida en cuenta / no considerada", 4.0, ("cuenta", "consider"),
        rf"\b{_ES_APP}\b{G}{_ES_NO} (?:(?:podra|puede|podia|podria|va a|ha|han|fue|sera|ha podido|pudo|es posible|ha sido posible)\b ?){{0,2}}"
        r"(?:ser |sido |resultar )?(?:tenid[oa]s? en (?:cuenta|consideracion)|tomad[oa]s? en (?:cuenta|consideracion)|considerad[oa]s?)"
        r"(?! (?:todavia|aun)\b)" + _ES_UNTIL,
        rf"{_ES_NO} (?:(?:te|le|la|lo|vamos a|voy a|podemos|podremos|poder|es posible|ha sido posible|sera posible)\b ?){{0,3}}"
        r"(?:tener|tomar|tendremos|tenemos|tomaremos)(?:te|le|la|lo)? en (?:cuenta|consideracion)\b(?! (?:todavia|aun)\b)",
        r"\b(?:decidido|decidimos|decidio|resuelto|acordado|optado por|preferido|decision de) no (?:tener|tomar)(?:te|le|la|lo) en (?:cuenta|consideracion)"),
    fam("gramática: decidir no seguir", 4.0, ("no ",),
        # no object, the sentence ends ("Después de la entrevista, el responsable ha preferido no continuar.")
        r"\b(?:decidido|decidimos|decidio|decidieron|preferido|preferimos|prefirio|optado por|optamos por|opto por|resuelto) no "
        r"(?:seguir|continuar|avanzar|proseguir)(?: adelante)?(?= ?(?:[.;!]|$))",
        r"\b(?:decidido|decidimos|decidio|decidieron|resuelto|resolvimos|resolvio|acordado|acordamos|acordo|optado por|optamos por|"
        r"opto por|preferido|preferimos|prefirio|decision (?:final )?(?:de|es|ha sido|fue)|determinado) no "
        r"(?:seguir|continuar|avanzar|proseguir|contar|incorporar|contratar|ofrecer|pasar|seleccionar|elegir|proponer|formular|incluir|"
        r"mover|invitar|convocar|admitir|aceptar|tramitar)\w*?(?:(?:te|le|la|lo)\b|\b[^.!?;]{0,40}?\b(?:contigo|con usted|con vos|con ella|(?:la|el) (?:tuya|suya|tuyo|suyo)\b|"
        r"(?:tu|su) (?:candidatura|postulacion|perfil|cv|curriculum|solicitud|proceso|participacion|contratacion|incorporacion)|"
        r"(?:el|este|dicho) proceso(?: de seleccion)?\b(?! de)|"
        r"(?:a|en) la (?:siguiente|proxima|ultima|nueva)|para (?:el|este|la|esta) (?:puesto|cargo|plaza|vacante|posicion|rol)|"
        r"(?:las|los) (?:siguientes|proximas|proximos) (?:fases|etapas|pasos|entrevistas)))",
        # (sweep 2) a freeze said as a decision: "hemos decidido no contratar a nadie más", "decidió no cubrir finalmente la
        # vacante" (the post left empty ends every application to it)
        r"\b(?:decidido|decidimos|decidio|decidieron|resuelto|resolvio|optado por|opto por) (?:finalmente )?no (?:contratar|incorporar|"
        r"cubrir|ocupar|abrir|mantener) (?:finalmente )?(?:a nadie|(?:el|la|este|esta|dicho|dicha) (?:puesto|vacante|plaza|posicion|cargo)\b)"
        + _ES_UNTIL),
    fam("gramática: proceso cerrado sin el lector", 4.0, ("sin ",),
        r"\b(?:cerrado|cerramos|cerrar|concluido|concluimos|finalizado|finalizamos|terminado|terminamos|resuelto|cubierto|cubrimos)\b"
        r"[^.!?;]{0,50}\bsin (?:contar con|incluir|seleccionar|elegir|(?:tu|su) (?:candidatura|postulacion|perfil|participacion)|ti|usted|vos)\b"),
    fam("gramática: proceso dado por cerrado", 3.5, ("por finaliz", "por cerrad", "por conclu", "por terminad", "cerrado el proceso",
                                                   "cancelado el proceso", "finalizado el proceso", "suspendido el", "anulado el",
                                                   "paralizado el", "congelado el", "cancelado la", "suspendido la",
                                                   "cerramos el", "cancelamos el", "finalizamos el", "suspendemos el",
                                                   "que te inscribiste", "que te postulaste", "que te presentaste",
                                                   "que te apuntaste"),
        r"\b(?:damos|dar|da|dan|doy|hemos dado|han dado) por (?:finalizad|cerrad|concluid|terminad)[oa] (?:el|este|nuestro|dicho|la|esta) "
        r"(?:proceso|busqueda|seleccion|convocatoria)",
        r"(?<!no )\b(?:hemos|han|ha) (?:cerrado|cancelado|finalizado) (?:el|este|nuestro|dicho) proceso\b",
        # (sweep 2) the present tense: "así que cerramos el proceso" (not the sign-up's "cerramos el proceso de inscripción")
        r"(?<!no )\b(?:cerramos|cancelamos|finalizamos|suspendemos) (?:el|este|nuestro|dicho) proceso\b(?! de (?!seleccion))",
        r"\b(?:hemos|han|ha) (?:suspendido|cancelado|anulado|paralizado|congelado) (?:el|este|nuestro|dicho|la|esta|nuestra|dicha) "
        r"(?:proceso|busqueda|seleccion|convocatoria)\b",
        # (sweep 2) a job board: the employer closed the very offer the reader applied to
        r"\b(?:ha|han) (?:cerrado|cancelado|finalizado|retirado) (?:la oferta|el puesto|la vacante|el aviso) (?:a la|al|en la|en el) que "
        r"te (?:inscribiste|postulaste|presentaste|apuntaste)\b"),
    fam("gramática: la oferta, a otra persona", 4.0, ("ofrec", "dado", "dimos", "dio ", "dieron", "asign", "adjudic", "extend", "hecho",
                                                       "entreg"),
        r"\b(?:oferta|propuesta|puesto|plaza|contrato|posicion|vacante|cargo)\b[^.!?;]{0,30}\b(?:se (?:la|lo) )?(?:(?:hemos|han|he|ha|habiamos) "
        r"(?:hecho|dado|ofrecido|extendido|adjudicado|asignado|entregado)|ofrecimos|dimos|asignamos|adjudicamos|ofrecio|dio|asigno|adjudico|"
        rf"ofrecieron|dieron|asignaron) a {_ES_SOMEONE}",
        r"\b(?:hecho|ofrecido|dado|extendido|ofrecimos|dimos|asignado|adjudicado) (?:la|una|el|nuestra) (?:oferta|propuesta|puesto|plaza|posicion|vacante)\b"
        rf"[^.!?;]{{0,30}}\ba {_ES_SOMEONE}"),
    fam("gramática: no ha sido el elegido", 4.0, ("no ",),
        rf"\b(?:{_ES_APP}|usted|vos)\b{S}\bno (?:ha sido|fue|es|era|ha resultado|resulto|sera) (?:\w+ ){{0,2}}(?:el|la) "
        r"(?:(?:perfil|candidat[oa]|persona|opcion) )?(?:elegid|seleccionad|escogid|finalista|ganador)",
        r"\bno (?:has sido|fuiste|eres|has resultado|resultaste) (?:\w+ ){0,2}(?:el|la) (?:(?:perfil|candidat[oa]|persona|opcion) )?"
        r"(?:elegid|seleccionad|escogid|finalista|ganador)",
        # (sweep 2) formal "usted" after the verb of telling: "lamentamos informarle que no ha sido el candidato elegido"
        r"\b(?:informarle|comunicarle|indicarle|decirle|le informamos|le comunicamos|le indicamos) (?:de )?que no (?:ha sido|fue|ha resultado) "
        r"(?:\w+ ){0,2}?(?:el|la) (?:candidat[oa]|persona|perfil|postulante|aspirante) (?:elegid|seleccionad|escogid|finalista)"),
    fam("gramática: requisitos no cumplidos", 4.0, ("requisit", "minim", "requerimient", "perfil requerid", "perfil solicitad", "perfil exigid",
                                                       "perfil buscad"),
        r"\bno(?<!\bsi no) (?:cumples|cumple|cumplia|cumplias|reunes|reune|reunia|reunias|satisfaces|satisface|alcanzas|alcanza|has alcanzado|ha alcanzado|"
        r"cubre|cubres|cubria|cubrias|cumplen|cumplieron|cumplio|cumpliste|han cumplido|ha cumplido|alcanzaron|alcanzo) (?:con )?"
        r"(?:los|todos los|el|la|las|alguno de los|uno de los|tod[oa]s l[oa]s)? ?(?:\w+ )?(?:requisitos?|requerimientos?|criterios?|minimos?|puntuacion minima|"
        r"nivel minimo|perfil (?:requerid|solicitad|exigid|buscad))"),
    fam("gramática: respuesta negativa", 4.0, ("negativ", "desfavorable", "no favorable"),
        rf"\b(?:respuesta|decision|resolucion|valoracion)\b{S}\b(?<!\bno )(?:es|ha sido|fue|sea|resulto|ha resultado) "
        r"(?:\w+ )?(?:negativa|desfavorable|no favorable)",
        # (sweep 2) the nominal style of a tribunal: "se le notifica la resolución desfavorable de su solicitud"
        r"\b(?:resolucion|decision|respuesta|valoracion|informe) (?:negativa|desfavorable|no favorable) (?:de|a|sobre|respecto a) "
        r"(?:su|tu) (?:solicitud|candidatura|postulacion)\b",
        rf"\b{_ES_APP}\b{S}\b(?<!\bno )(?:ha sido|fue|ha resultado|resulto|queda) (?:valorad|evaluad|calificad|considerad|informad)[oa] "
        r"(?:negativamente|desfavorablemente|de forma (?:negativa|desfavorable)|como no apt)"),
    fam("gramática: el equipo ya está completo", 3.5, ("complet",),
        r"\b(?:equipo|plantilla|cupo)\b(?! de (?:entrevistador|seleccion|evaluador|jurado|reclutamiento|rrhh))[^.!?;,]{0,35}? (?:ya )?(?:esta|estan|ha quedado|queda|quedo|se ha) complet[oa]",
        # (sweep 2) the verb first: "ya tenemos completo el personal para la temporada"
        r"\b(?:ya )?(?:tenemos|tienen) (?:ya )?complet[oa]s? (?:el|la|los|las|nuestro|nuestra) (?:personal|equipo|plantilla|cupos?)\b"),
    fam("gramática: no podemos incorporarte", 4.0, ("no ",),
        # "No fue posible considerarte para esta posición"
        rf"{_ES_NO} (?:fue|ha sido|es|sera) posible (?:considerar|seleccionar|elegir|escoger)(?:te|le|la|lo)\b{_ES_UNLESS}{_ES_WHEN}{_ES_BUT_YES}",
        # (sweep 2) the formal "no ha resultado posible incluirle en la siguiente fase"
        rf"{_ES_NO} (?:ha resultado|resulto|resulta) posible (?:considerar|seleccionar|elegir|escoger|incluir|admitir|convocar|pasar)"
        rf"(?:te|le|la|lo)\b{_ES_UNLESS}{_ES_WHEN}{_ES_BUT_YES}",
        # "no serás parte del equipo en esta ocasión"
        rf"{_ES_NO} (?:seras|sera usted|formaras|formara usted) parte (?:del|de nuestro|de este) equipo\b{_ES_UNLESS}{_ES_WHEN}{_ES_BUT_YES}",
        # no one taken on at all, said to one who asked: the reader is not taken on ("No necesitamos a nadie de momento", "este año no cogemos becarios")
        rf"{_ES_NO} (?:necesitamos|buscamos|precisamos|estamos (?:buscando|contratando|cogiendo)|contratamos|cogemos|tomamos|incorporamos) "
        r"(?:a )?(?:nadie|personal|(?:mas )?(?:becari|practicant)\w*)\b(?! (?:de|para) (?:limpieza|mantenimiento|seguridad)\b)(?! mas (?:en|que)\b)"
        r"(?! (?:adicional|extra)\b)" + _ES_UNTIL + _ES_NOT_AN_ERRAND,

        rf"{_ES_NO} (?:(?:vamos a|voy a|podemos|podremos|podre|puedo|poder|es posible|sera posible|ha sido posible|va a ser posible)\b ?){{1,2}}"
        rf"(?:incorporar|contratar|fichar|sumar)(?:te|le|la|lo)\b{_ES_UNLESS}{_ES_WHEN}",
        # (sweep 2) no places of the reader's kind left, said to one who asked ("ya no tenemos plazas de prácticas para este
        # semestre"); a course's places are another thing ("plazas para el curso")
        r"\bya no (?:tenemos|quedan|hay|disponemos de) (?:mas )?(?:plazas|vacantes|puestos|cupos) (?:de|para) (?:practicas|becari|aprendic|"
        r"temporada|verano|personal|trabajo|empleo)"),
    fam("gramática: ya tenemos a la persona", 4.0, ("encontrado", "encontro", "encontraron", "dado con", "dio con", "localizado", "elegido", "contratado", "incorporado",
                                                     "cogid", "pillad", "ya tenemos", "ya contamos"),
        # the trainees or the person already in ("ya tenemos a los becarios de este año")
        r"\bya (?:tenemos|contamos con) (?:a )?(?:los|las|el|la|nuestr[oa]s?) (?:becari|practicant|candidat|persona|trabajador)\w*"
        r"(?= ?(?:[.,;!]|$| (?:de|para) (?:este|esta|el|la) (?:ano|temporada|verano|curso|puesto|plaza|vacante|campana)\b))",
        # spoken, verb first, in a reply: "ya está cogido el puesto" (someone has it; no job board says "cogido")
        r"\bya (?:esta|estan) (?:cogid|pillad)[oa]s? (?:el|la|ese|esa|este|esta) (?:puesto|plaza|vacante|posicion|curro|trabajo)\b",
        r"\b(?:pero|aunque|sin embargo|lamentablemente|desafortunadamente|ya)\b[^.!?;]{0,30}?\b(?:hemos|han) (?:encontrado|dado con|localizado|elegido|"
        r"contratado|incorporado) (?:a )?(?:alguien|otra persona|una persona|un[ao] (?:candidat|perfil|profesional)\w*)\b",
        # (sweep 2: the preterite and "su", as a job board relays it: "X ya encontró a su candidato ideal para la vacante")
        r"\b(?:hemos|han|ha|ya) (?:encontrado|encontro|encontraron|dado con|dio con|localizado) (?:a )?(?:la|el|su) (?:persona|candidat[oa]|perfil|profesional) "
        r"(?:que|adecuad|ideal|indicad)[^.!?;]{0,40}\b(?:puesto|vacante|plaza|posicion|cargo|rol|empleo|trabajo|proceso)"),
]

# --- ninth layer: a fifth author (dev5/es) -------------------------------------------------------------------
# Word classes again: a stage result or status written as a noun ("resultado: no apto", "finalizado - no
# seleccionado", "no continuidad en el proceso"), a public body's resolution that rejects the request to be
# included, a score below the minimum (any verb of reaching, any score noun), the post taken by someone else as the
# subject ("el puesto lo va a ocupar una compañera"), an open application with no matching vacancy, and "no vas a
# seguir con nosotros" when it is tied to this time or this process.
DECISIONS += [
    fam("gramática: resultado no apto / sin continuidad", 4.0, ("no apt", "no continuidad", "no seleccionad", "no superad", "descartad", "excluid"),
        r"\b(?:resultado|calificacion|valoracion|evaluacion|estado|decision|situacion|dictamen)\b[^.!?;:]{0,40}: ?"
        r"(?:no apt[oa]|no seleccionad|no superad|descartad[oa]|excluid[oa]|no continu)",
        r"\bno continuidad (?:en|del) (?:el |este |su |tu )?proceso",
        r"\b(?:declarad|calificad|considerad|valorad)[oa] (?:como )?no apt[oa]\b",
        r"\b(?:finalizad|cerrad|descartad)[oa]s? ?[-:/|] ?no (?:seleccionad|apt)",
        # the subject opens with the verdict, the post after the dash: "No seleccionado - Vacante Recepcionista"
        r"^(?:candidatura |postulacion |candidat[oa] |perfil )?(?:no seleccionad|descartad|excluid)[oa]s?(?:/[oa]|\([oa]\))?"
        r"(?= ?[-|:] )"),
    fam("gramática: resolución que desestima la solicitud", 4.0, ("desestim", "deneg", "rechaz", "exclu", "inadmit", "no procede"),
        r"\bno procede (?:su|tu) (?:incorporacion|contratacion|nombramiento|admision|inclusion|seleccion)\b",
        r"\b(?:resuelve|resuelto|resolvemos|acuerda|acordado|acordamos|decide|decidido|decidimos|procede)\b\W{0,3}(?:\w+ ){0,2}?"
        r"(?:desestimar|denegar|rechazar|excluir|inadmitir)(?:la|le|lo)?\b[^.!?;]{0,20}?\b(?:su|tu|la|dicha) "
        r"(?:solicitud|candidatura|postulacion|instancia)\b"),
    fam("gramática: puntuación por debajo del mínimo", 4.0, ("puntaj", "puntuac", "nivel", "nota", "calificac", "inferior", "debajo"),
        r"\bno (?:alcanz\w*|super\w*|lleg\w* a|(?:ha|has|hayas|haya) obtenido|obtuv\w*|obtien\w*|(?:ha|has) conseguido|consigui\w*|conseguiste) (?:el|la|los|las) (?:puntaje|puntuacion|nota|nivel|calificacion|umbral)(?:es|s)?\b ?(?:minim|requerid|exigid|suficiente|"
        r"necesari|establecid|de corte|que (?:buscamos|buscabamos|necesitamos|se (?:requiere|exige|pide)|requiere|exige|pide))",
        r"\b(?:puntuacion|puntaje|nota|calificacion)\b[^.!?;]{0,50}\b(?:inferior|por debajo) (?:al|del|de la) (?:minim|requerid|exigid|"
        r"nota de corte|umbral|corte)"),
    fam("gramática: el puesto lo ocupa otra persona", 3.5, ("ocup", "cubri", "asum", "llev", "tom"),
        r"\b(?:puesto|plaza|vacante|posicion|cargo|rol)\b[^.!?;]{0,25}\b(?:lo|la) (?:va a |van a |ha |han |hemos |acaba de |acabamos de |"
        r"(?:terminamos|acabamos|hemos terminado|hemos acabado|terminaron|acabaron) )?"
        rf"(?:ocupar|ocupara|ocupado|ocupando|cubrir|cubrira|cubierto|cubriendo|asumir|asumira|asumido|llevar|llevara|llevado|"
        rf"tomar|tomara|tomado|tomo)\w* (?:a |con )?{_ES_SOMEONE}"),
    fam("gramática: sin vacante para la candidatura espontánea", 3.5, ("vacante", "curso", "tramite", "espontanea", "autocandidatura"),
        r"\bno (?:disponemos de|tenemos|contamos con|existe|existen|hay) (?:\w+ ){0,3}?(?:ninguna |ningun |una |un )?"
        r"(?:vacante|posicion|puesto|plaza)(?:es|s)? (?:abiert\w* |disponible\w* )?(?:que (?:encaje|se ajuste|se adecue|corresponda|coincida)|acorde|"
        r"adecuad\w*) (?:con |a )?(?:tu|su) (?:perfil|candidatura|experiencia)",
        r"\bno (?:podemos|podremos|es posible|sera posible|vamos a) dar(?:le|te|la)? (?:curso|tramite|continuidad) (?:a (?:tu|su) (?:candidatura|solicitud|postulacion))?",
        r"\b(?:candidatura|solicitud|postulacion) espontanea\b.{0,250}?\bno (?:disponemos|tenemos|contamos con|existe|existen|hay)\b[^.!?;]{0,30}"
        r"\b(?:vacante|posicion|puesto|plaza)s?\b"),
    fam("gramática: fuera del proceso", 4.0, ("fuera",),
        r"\b(?:(?:se |te |le )?(?:queda|quedas|quedan|quedo|quedaste|quedaron)|(?:se |te |le )?(?:ha|has|han) quedado|(?:la |lo |le |te )(?:hemos|han|ha) dejado|"
        r"(?:la |lo |le |te )dejamos) (?:\w+ ){0,3}?fuera (?:de|del) (?:la |el |este |esta |nuestra |nuestro )?(?:(?:\w+ )?(?:proceso|seleccion|terna|"
        r"shortlist|fase|etapa|convocatoria|busqueda|concurso|ronda)|lista (?:final|corta|de (?:seleccionad|finalist|preseleccionad|admitid|candidat))|"
        r"siguiente|proxima|final)\b",
        r"\b(?:hemos|han|ha) dejado fuera (?:a )?(?:tu|su) (?:candidatura|postulacion|perfil|solicitud|cv)\b"),
    fam("gramática: sin suerte esta vez", 4.0, ("suerte",),
        r"\bno (?:ha habido|hubo|has tenido|tuviste|ha tenido|tuvo) suerte (?:esta vez|en esta ocasion|en esta oportunidad|"
        r"con (?:el|la|tu|su) (?:puesto|plaza|vacante|proceso|candidatura|postulacion|posicion|cargo))",
        r"\b(?:esta vez|en esta ocasion|en esta oportunidad)\b,? no (?:ha habido|hubo|has tenido|tuviste|ha tenido|tuvo) suerte\b"),
    fam("gramática: no seguir con nosotros esta vez", 3.5, ("con nosotros",),
        rf"{_ES_NO} (?:vas a|va a|vais a|podras|podra|podremos) (?:seguir|continuar) con nosotros\b"
        r"(?=[^.!?;]{0,20}\b(?:en esta ocasion|esta vez|por (?:ahora|el momento)|de momento|en (?:el|este) proceso))"),
]


# --- tenth layer: breadth (dev6/es, 150 decision sentences by one more author) ---------------------------------
# Word classes once more, each family one construction: someone else as the subject taking the post or the offer,
# others described as closer / better aligned (any tense of the fit verb), the reader left out of a shortlist
# (terna, lista corta, fase final) with any verb of reaching or including, a passive future or perfect of being
# called or considered ("no serás convocado/a", "no será tenido/a en cuenta"), the impersonal "no se ha
# seleccionado tu candidatura", a modal before a verb of declining ("nos vemos obligados a declinar", "tenemos que
# rechazar", "vamos a cerrar tu candidatura"), an agency not putting the reader forward to its client, "no ha
# podido ser" tied to this time, a post declared void, and the reader's process said to be over.
_ES_SLASH = r"(?:/[oa]|\([oa]\))?"  # "seleccionado/a", "excluido(a)"
_ES_APP2 = (r"(?:candidatura|postulacion|inscripcion|perfil(?! de (?:usuario|cliente|acceso|linkedin|empresa|riesgo|inversor|redes))|cv|curriculum|"
            r"hoja de vida|aplicacion|solicitud(?! de (?!empleo|trabajo)))")
_ES_NOT_YET = r"(?![^.!?;]{0,40}\b(?:todavia|aun|de momento)\b)"

DECISIONS += [
    fam("gramática: otra persona ocupará el puesto", 4.0, ("otr", "alguien", "un candidat", "una candidat", "una persona", "un perfil",
                                                          "un profesional", "una profesional", "companer"),
        rf"\b{_ES_OTHER}\w*{S}\b(?:ocup|cubr|asum|desempen)\w* (?:el|la|este|esta|dicho|dicha|nuestr[oa]) "
        r"(?:puesto|plaza|vacante|posicion|cargo|rol)\b" + _ES_UNLESS),
    fam("gramática: otros perfiles más afines", 4.0, ("mejor", "mas ", "mayor"),
        r"\b(?:otr[oa]s? (?:candidat|perfil|persona|aspirant|postulant|profesional|finalist)\w*|(?:habia|hubo|tuvimos|recibimos|hemos tenido) "
        r"(?:candidat|perfil|persona|aspirant|postulant|profesional)\w*)\b[^.!?;]{0,30}?\b(?:(?:se ajust|encaj|se adecu|se adapt|respond|cumpl|"
        r"se acerc|estaban|estan|eran|son|presentaban|presentan|tenian|tienen|contaban|aportaban|reunian|traian)\w*|con (?:un|una) "
        r"(?:experiencia|trayectoria|perfil|formacion|bagaje))\b[^.!?;]{0,30}?"
        r"\b(?:mejor|mas (?:afin\w*|alinead\w*|cercan\w*|adecuad\w*|idone\w*|ajustad\w*|acorde\w*|experiencia|experimentad\w*|senior|"
        r"solid\w*|complet\w*|a (?:lo que|las necesidades|el perfil|nuestras necesidades))|mayor (?:experiencia|ajuste|encaje|afinidad|adecuacion))"),
    fam("gramática: sin respuesta positiva para ti", 4.0, ("positiva", "favorable", "afirmativa", "mejores noticias", "buenas noticias"),
        rf"{_ES_NO} (?:poder|podemos|podremos|puedo|podre|poderte|poderle) (?:darte|darle|daros|ofrecerte|ofrecerle|trasladarte|trasladarle|"
        r"comunicarte|comunicarle|traerte|traerle|dar) (?:una )?(?:respuesta|contestacion|noticia)s? (?:positiva|favorable|afirmativa)s?\b"
        r"(?! (?:ni|o|todavia|aun)\b)" + _ES_NOT_YET,
        rf"{_ES_NO} (?:poder|podemos|podremos|puedo|podre) (?:darte|darle|daros|traerte|traerle) (?:mejores|buenas) noticias\b"
        r"(?! (?:todavia|aun)\b)" + _ES_NOT_YET),
    fam("gramática: postulación no aprobada / no exitosa", 4.0, ("aprobad", "exitos", "admitid", "aceptad", "estimad", "prosper", "buen puerto", "salido adelante",
                                                                "salio adelante"),
        r"\b(?:candidatura|postulacion|aplicacion|solicitud de empleo|solicitud (?:para|al|a) (?:el |la )?(?:puesto|cargo|rol|empleo|trabajo|plaza|vacante))\b"
        rf"{G}{_ES_NO} (?:ha |fue |sera |ha resultado |resulto )?(?:sido )?(?:aprobad|exitos|admitid|aceptad|estimad)[oa]\b" + _ES_NOT_YET,
        rf"\b(?:candidatura|postulacion|solicitud|aplicacion)\b{G}{_ES_NO} (?:prospero|ha prosperado|pudo prosperar|ha podido prosperar|"
        r"salio adelante|ha salido adelante|llego a buen puerto|ha llegado a buen puerto)"),
    fam("gramática: no es el momento de incorporarte", 4.0, ("momento",),
        r"\bno (?:es|sea|era) (?:el|un|buen) momento (?:de|para) (?:incorporar|contratar|sumar|fichar)(?:te|le|os)\b" + _ES_NOT_YET),
    fam("gramática: fuera de la terna / lista corta", 4.0, ("terna", "lista", "shortlist", "finalist", "preseleccion", "final", "entre "),
        rf"{_ES_NO} (?:(?:te|le|la|lo) )?(?:(?:hemos|han|he|ha|has|hayas|haya) )?(?:podido )?(?:incluir|incluido|incluimos|incluyeron|meter|metido|"
        r"llegad[oa]|llegaste|llego|entrad[oa]|entraste|entro|accedid[oa]|accediste|accedio|pasad[oa]|pasaste|paso|quedad[oa]|quedaste|quedo)"
        r"(?:te|le|la|lo)? (?:a|en|entre) "
        r"(?:la|el|los|las) (?:terna|shortlist|lista (?:final|corta|de (?:seleccionad|finalist|preseleccionad))|finalistas|preseleccion|"
        r"seleccion final|fase final|ronda final|entrevista final|ultima (?:fase|ronda|etapa))",
        r"\bno (?:estas|esta usted|figuras|figura usted|te encuentras|se encuentra usted|apareces|estuviste) entre (?:ellos|ellas|(?:los|las) "
        r"(?:que|seleccionad|elegid|finalist|preseleccionad|candidat))"),
    fam("gramática: tu proceso ha terminado", 4.0, ("finaliz", "termin", "conclu", "cerrad"),
        r"\b(?:damos|da|dan|doy|hemos dado|han dado|ha dado|se da) por (?:concluid|finalizad|terminad|cerrad)[oa]s? (?:su|tu|vuestr[oa]) "
        r"(?:participacion|proceso|candidatura|postulacion)\b",
        r"\b(?:tu|su) (?:proceso (?=(?:de seleccion |selectivo )?(?:con|en|para)\b)|participacion en (?:el|este|nuestro) proceso|candidatura|postulacion)"
        r"(?:(?! y | e | pero | aunque |,)[^.!?;]){0,80}?\b(?:ha|habia|queda|ha quedado) (?:finalizad|terminad|concluid|cerrad)[oa]\b"
        r"(?! (?:y|e) (?:enviad|registrad|guardad|complet|recibid|presentad))"
        r"(?! (?:con exito|correctamente|satisfactoriamente|bien|el registro|la inscripcion))"),
    fam("gramática: otra persona aceptó la oferta", 4.0, ("acept", "hicimos", "hizo", "hicieron", "extendimos", "presentamos", "mandamos",
                                                          "enviamos"),
        rf"\b{_ES_OTHER}\w*{S}\b(?<!\bno )(?<!\bno ha )(?<!\bno han )(?:ha |han )?(?:aceptad[oa]|acepto|aceptaron) (?:la|nuestra|una|el|nuestro) (?:oferta|propuesta|puesto|plaza)\b",
        r"\b(?:hicimos|hizo|hicieron|extendimos|presentamos|mandamos|enviamos) (?:la|una|nuestra) (?:oferta|propuesta)\b[^.!?;]{0,30}?"
        rf"\ba {_ES_SOMEONE}"),
    fam("gramática: declinar la candidatura", 4.0, ("declin", "rechaz", "deneg", "desestim", "descart", "archiv", "cerrar", "dar de baja"),
        r"(?<!no )(?<!no nos )\b(?:(?:nos )?(?:vemos|vimos|hemos visto) (?:obligad[oa]s a|en la obligacion de) |(?:tenemos|tuvimos|hemos tenido) que |debemos |hemos de |vamos a |procedemos a )"
        rf"(?:declinar|rechazar|denegar|desestimar|descartar|archivar|cerrar|dar de baja)(?: (?:tu|su) {_ES_APP2}|(?:la|le|te)\b)" + _ES_UNLESS,
        rf"\b(?:declinamos|hemos declinado|han declinado|ha declinado) (?:tu|su) {_ES_APP2}",
        r"\b(?:tu|su|el) (?:perfil|cv|curriculum|aplicacion|candidatura|postulacion|hoja de vida)\b[^.!?;]{0,40}\b(?<!\bno )(?<!\bnunca )(?:ha sido|fue|queda|ha quedado) "
        r"(?:rechazad|descartad|desestimad|denegad)[oa]\b"),
    fam("gramática: decidir no entrevistar / no ofrecer", 4.0, ("no ",),
        r"\b(?:decidido|decidimos|decidio|decidieron|resuelto|resolvimos|acordado|acordamos|optado por|optamos por|preferido|preferimos|"
        r"decision (?:final )?(?:de|es|ha sido|fue)) no (?:entrevistar|llamar|citar|recomendar|considerar)(?:te|le|os)\b",
        r"\b(?:decidido|decidimos|decidio|decidieron|resuelto|resolvimos|acordado|acordamos|optado por|optamos por|preferido|preferimos|"
        r"decision (?:final )?(?:de|es|ha sido|fue)) no (?:extender|hacer|formular|presentar|enviar)(?:te|le|os)? (?:una|la|ninguna|nuestra) "
        r"(?:oferta|propuesta)\b" + _ES_NOT_YET),
    fam("gramática: no proceder con la contratación", 4.0, ("no ",),
        rf"{_ES_NO} (?:(?:vamos a|podemos|podremos|va a ser posible|es posible|sera posible)\b ?)?(?:procederemos|proceder|procedemos|seguiremos|"
        r"continuaremos|avanzaremos|seguir|continuar|avanzar) (?:adelante )?con (?:tu|su) (?:contratacion|incorporacion|aplicacion|fichaje)\b"
        + _ES_UNLESS),
    fam("gramática: no ha podido ser esta vez", 4.0, ("podido ser", "salido", "funcionado", "cuajado", "podra ser", "pueda ser", "puede ser",
                                                      "pudo ser", "pudiera ser", "poder ser"),
        r"\b(?:esta vez|en esta ocasion|en esta oportunidad|al final|finalmente|lamentablemente|desafortunadamente)\b,? (?:\w+ )?no "
        r"(?:ha podido ser|haya podido ser|podra ser|puede ser|pueda ser|va a poder ser|pudo ser|ha salido|haya salido|ha cuajado|haya cuajado)\b"
        r"(?! (?:de|el|la|del|los|las|todavia|aun)\b)",
        r"\bno (?:ha podido ser|pueda ser|podra ser|pudo ser|va a poder ser) (?:en esta ocasion|esta vez|en esta oportunidad|por esta vez)\b",
        # the consequence of what the post needs, closing a sentence ("buscamos a alguien con carné, así que no va a poder ser.");
        # "el martes no puedo, así que no va a poder ser" is a date
        r"\b(?:buscamos|buscabamos|necesitamos|necesitabamos|requerimos|pedimos|exigimos|el puesto|la vacante|la plaza|tu perfil|"
        r"su perfil|experiencia|titulacion|carne)\b[^.!?;]{0,100}?\b(?:asi que|por lo que|por tanto|por eso) no (?:va a poder ser|podra ser|"
        r"puede ser|ha podido ser|pudo ser)(?= ?(?:[.;!]|$))",
        r"\b(?:siento|sentimos|lamento|lamentamos|(?:es|que) una pena|que pena|lastima) (?:mucho )?que (?:esta vez |al final |finalmente )?"
        r"no (?:(?:haya|ha|hayan|han) (?:salido|podido ser|funcionado|cuajado)|pueda ser|pudiera ser)\b(?! (?:de|el|la|del|los|las|todavia|aun)\b)"),
    fam("gramática: no serás convocado / tenido en cuenta", 4.0, ("no ",),
        rf"{_ES_NO} (?:seras|sera|vas a ser|va a ser|has sido|ha sido|fuiste|fue)(?: usted)? (?:convocad|citad|llamad|invitad)[oa]s?{_ES_SLASH} "
        r"(?:a|para) (?:la|el|una|un|las|los|ninguna|ningun) (?:siguiente|proxim|nuev|entrevista|fase|etapa|ronda|prueba|segund|final|ultim)"
        + _ES_NOT_YET,
        rf"{_ES_NO} (?:seras|sera|vas a ser|va a ser|has sido|ha sido|fuiste|fue)(?: usted)? (?:(?:tenid|tomad)[oa]s?{_ES_SLASH} en "
        rf"(?:cuenta|consideracion)|considerad[oa]s?{_ES_SLASH} (?:para|en))" + _ES_NOT_YET + _ES_UNTIL,
        rf"{_ES_NO} (?:te|le|os) (?:llamaremos|convocaremos|citaremos|invitaremos|entrevistaremos|llamaran|convocaran|citaran) "
        r"(?:\w+ )?(?:para|a) (?:la|el|una|un|las|los|ninguna|otra|segunda)\b" + _ES_UNLESS,
        rf"{_ES_NO} (?:(?:te|le) )?(?:(?:hemos|han|he) )?(?:podido )?(?:contado|contamos|contaremos|contaron|contar) con(?:tigo| usted)\b"
        + _ES_NOT_YET,
        rf"{_ES_NO} (?:hemos|he|han|pudimos) (?:podido )?(?:tener|tomar) en (?:cuenta|consideracion) (?:tu|su) {_ES_APP2}" + _ES_NOT_YET),
    fam("gramática: no se ha seleccionado tu candidatura", 4.0, ("no se ",),
        rf"{_ES_NO} se (?:ha |han |va a |pudo |ha podido )?(?:seleccionad\w*|seleccionar|selecciono|elegid\w*|elegir|eligio|escogid\w*|escogio|"
        r"aceptad\w*|acepto|admitid\w*|admitio|preseleccionad\w*|preselecciono|considerad\w*|considero|(?:tenid\w*|tuvo|tomad\w*|tomo) en cuenta) "
        rf"(?:tu|su) {_ES_APP2}" + _ES_NOT_YET),
    fam("gramática: la agencia no te presenta al cliente", 4.0, ("client", "empresa", "compania"),
        rf"{_ES_NO} (?:te|le|os) (?:voy a |vamos a |podemos |puedo |podremos |podre )?(?:presentar|proponer|enviar|mandar|pasar|recomendar|"
        r"presento|propongo|envio|mando|paso|recomiendo|presentare|presentaremos|propondre|propondremos)\w* (?:a|al|ante) (?:la empresa|el cliente|"
        r"mi cliente|nuestro cliente|cliente|la compania)\b" + _ES_UNLESS,
        rf"{_ES_NO} (?:(?:voy a|vamos a|podemos|puedo|podremos|podre)\b ?)?(?:presentar|proponer|enviar|mandar|pasar|recomendar|presento|propongo|"
        r"envio|mando|paso|presentaremos|propondremos|enviaremos|pasaremos) (?:tu|su) (?:perfil|candidatura|cv|curriculum|postulacion) "
        r"(?:a|al|ante) (?:la empresa|el cliente|mi cliente|nuestro cliente|cliente|la compania)\b" + _ES_UNLESS),
    fam("gramática: excluido/a del proceso", 4.0, ("excluid", "eliminad"),
        # (a final exclusion too, "ha sido excluido definitivamente del proceso"; not a provisional one, which may be
        # put right)
        rf"\b(?:queda|quedas|ha quedado|has quedado|ha sido|has sido|fue|fuiste|resulta|resultas|esta|estas)(?: usted)? (?:excluid|eliminad)[oa]{_ES_SLASH} "
        r"(?:definitivamente )?(?:del|de la|de este|de esta) (?:proceso|concurso|convocatoria|seleccion|bolsa)"),
    fam("gramática: la candidatura no continúa", 4.0, ("no ",),
        r"\b(?:tu|su) (?:candidatura|postulacion|solicitud|proceso)\b[^.!?;]{0,50}\bno (?:continua|sigue|seguira|continuara|prosigue|proseguira|"
        r"avanza|avanzara|avanzo|continuo|siguio|prosiguio|ha avanzado|ha continuado|ha seguido adelante)\b(?= ?(?:[.,;!]|$| (?:en esta|esta vez|por ahora|de momento)))"),
    fam("gramática: plaza declarada desierta", 3.5, ("desiert",),
        r"\b(?<!\bsi la )(?<!\bsi el )(?:plaza|puesto|vacante|convocatoria|proceso|concurso|seleccion|posicion|cargo)\b[^.!?;]{0,40}\b(?:declarad[oa]|queda|quedo|ha quedado|resulta) "
        r"desiert[oa]",
        r"\bdesiert[oa] (?:la|el) (?:plaza|puesto|vacante|convocatoria|proceso|concurso)\b"),
    fam("gramática: seleccionada otra persona, sin ti", 4.0, ("sin que", "lamento", "lamentamos", "siento", "sentimos", "pena", "lastima"),
        r"\bsin que (?:usted |tu |vos )?(?:resultaras|resultara|hayas|haya|fueras|fuera|hubieras|hubiera) (?:usted |tu )?(?:sido |resultado )?"
        r"(?:seleccionad|elegid|escogid|preseleccionad)",
        r"\b(?:lamento|lamentamos|siento|sentimos|(?:es|que) una pena|lastima) (?:mucho )?que no (?:hayas|haya|hayais) (?:sido|resultado|quedado) "
        r"(?:\w+ )?(?:seleccionad|elegid|escogid|finalista|preseleccionad)"),
    fam("gramática: ya no te consideramos", 4.0, ("no ",),
        rf"{_ES_NO} (?:te|le|os) (?:estamos|seguimos|vamos a seguir|podemos seguir) (?:considerando|teniendo en cuenta)\b" + _ES_NOT_YET,
        r"\bya no (?:estas|esta usted|formas parte|forma usted parte|participas|sigues|continuas) (?:en|del|dentro del|dentro de) "
        r"(?:el |este |nuestro )?proceso\b(?! de (?!seleccion))"),
    fam("gramática: contratar a otra persona", 4.0, ("contrat", "incorpor", "fich", "intern", "tom"),
        # Latin American "took" = hired ("tomamos a otro chico para el depósito"); not "como referencia"
        r"\b(?:tomamos|tomaron|hemos tomado|han tomado) a (?:otr[oa]s?|alguien)\b(?![^.!?;]{0,40}\b(?:como (?:referencia|ejemplo|modelo)|"
        r"pero|sino|para ti)\b)",
        # the post filled from inside ("Decidimos cubrir la posición de forma interna"); "... y queremos que tú la ocupes" is
        # the reader chosen
        r"\b(?:decidimos|hemos decidido|optamos por|hemos optado por|preferimos|hemos preferido|se decidio) (?:cubrir|ocupar) "
        r"(?:la|el|esta|este|dicha|dicho) (?:posicion|puesto|vacante|plaza|cargo) (?:de (?:forma|manera) interna|internamente|"
        r"con (?:personal|alguien) (?:interno|de la casa|del equipo))\b(?![^.!?;]{0,40}\b(?:tu|usted|vos)\b)",
        r"\b(?:decidido|decidimos|decidio|optado por|optamos por|preferido|preferimos|finalmente|al final|pero|aunque)\b,? (?:\w+ )?"
        r"(?:contratar|contratado|contratamos|incorporar|incorporado|incorporamos|fichar|fichado|fichamos) (?:finalmente |ya )?a "
        r"(?:otr[oa]s?|alguien)\b"),
    fam("gramática: no te podemos contratar", 4.0, ("no ",),
        # "al final no te vamos a llamar": the call that would have hired the reader will not come
        r"\b(?:al final|finalmente|lamentablemente|esta vez|en esta ocasion) no (?:te|le|os) (?:vamos a|van a) (?:llamar|contratar|coger)\b"
        + _ES_WHEN,
        rf"{_ES_NO} (?:te|le|os) (?:(?:vamos a|voy a|podemos|podremos|podre|puedo|poder|va a ser posible)\b ?){{1,2}}"
        r"(?:incorporar|contratar|fichar|sumar)\b" + _ES_UNLESS + _ES_WHEN),
    fam("gramática: a favor de otra persona", 4.0, ("a favor de", "en favor de"),
        rf"\b(?:decision|eleccion|seleccion|resolucion|propuesta)\b(?: final)?{S}\b(?:a|en) favor de {_ES_OTHER}"),
    fam("gramática: ya tenemos a la persona (elegida)", 4.0, ("ya ", "finalmente", "al final"),
        r"\b(?:ya|finalmente|al final)\b (?:(?:hemos|han|ha) (?:encontrado|dado con|localizado|seleccionado|elegido|escogido|contratado)|"
        r"encontramos|encontraron|dimos con|elegimos|escogimos|seleccionamos|contratamos) "
        r"(?:a la|al|a el|la|el) (?:persona|candidat[oa]|perfil|profesional)(?: (?:adecuad|ideal|idone|indicad)[oa])?"
        r"(?: que (?:buscabamos|necesitabamos|queriamos|esperabamos))?(?= ?(?:[.;!]|$)| para (?:el|la|este|esta|dicho|dicha) "
        r"(?:puesto|vacante|plaza|posicion|cargo|rol)\b)(?![^.!?;]{0,40}\b(?:eres|es usted|sois)\b)"),
    fam("gramática: no te seleccionamos", 4.0, ("no ",),
        rf"{_ES_NO} (?:te|le|os) (?:seleccionamos|elegimos|escogimos|preseleccionamos|seleccionaron|eligieron|escogieron|preseleccionaron|"
        r"cogimos|cogieron|pillaron|contratamos|contrataron|(?:han|hemos) (?:cogido|pillado|contratado)|cogemos|escogemos|pillamos|quedamos contigo)\b(?! (?:el|la|los|las|un|una|tu|su)\b)"
        + _ES_NOT_YET,
        # the clitic on a modal's infinitive ("No hemos podido seleccionarte esta vez")
        rf"{_ES_NO} (?:hemos podido|podemos|podremos|pudimos|vamos a poder|ha sido posible|es posible) (?:seleccionar|elegir|escoger|"
        r"preseleccionar)(?:te|le|la|lo)\b" + _ES_NOT_YET + _ES_UNLESS),
    fam("gramática: no conseguiste la plaza / no pasaste el corte", 4.0, ("no ",),
        rf"{_ES_NO} (?:(?:has|hayas) (?:conseguido|logrado|obtenido)|conseguiste|lograste|obtuviste) (?:la |el |una |un )?(?:plaza|puesto|vacante|empleo|"
        r"trabajo|contrato)\b(?! en (?:el|la) (?:colegio|centro|escuela|instituto|guarderia|residencia))",
        rf"{_ES_NO} (?:pasaste|superaste|aprobaste|paso|supero) (?:el|la|los|las) (?:corte|filtro|prueba|entrevista|examen|test|evaluacion|fase|etapa|"
        r"ejercicio|criba)s?\b",
        rf"{_ES_NO} (?:pasa|avanza|continua|sigue) usted (?:a|en)\b"),
    fam("gramática: cerrar tu candidatura aquí", 4.0, ("cerr", "archiv", "descart", "dej", "par", "deten", "finaliz", "termin", "conclu"),
        r"(?<!no )(?<!no hemos )(?<!no han )\b(?:decidido|decidimos|optado por|optamos por|preferimos|preferido|tenido que|hemos de|debemos|vamos a)\b (?:cerrar|archivar|descartar|"
        r"finalizar|terminar|concluir)(?: aqui| aca)? (?:tu|su) (?:candidatura|postulacion|proceso|participacion)\b" + _ES_UNLESS,
        r"(?<!no )(?<!no hemos )(?<!no han )\b(?:decidido|decidimos|optado por|optamos por|preferimos|preferido|tenido que|hemos de|debemos|vamos a)\b (?:dejar|parar|detener) "
        r"(?:tu|su) (?:candidatura|postulacion|proceso|participacion) (?:aqui|aca|en este punto|en esta fase|en esta etapa)\b",
        r"\b(?:cerramos|terminamos|finalizamos|concluimos|paramos|dejamos|detenemos) (?:aqui |aca )?(?:tu|su) (?:proceso|candidatura|postulacion|"
        r"participacion)(?: de seleccion)? (?:aqui|aca|en este punto|en esta fase|en esta etapa)\b"),
    fam("gramática: no continúas (segunda persona, fin de frase)", 4.0, ("no ",),
        rf"{_ES_NO} (?:continuas|sigues|avanzas|continua usted|sigue usted|avanza usted)\b(?= ?(?:[.,;!]|$| (?:en (?:el|este|nuestro) proceso|adelante|"
        r"con nosotros)\b))"),
    fam("gramática: no te podemos ofrecer (modal)", 4.0, ("no ",),
        rf"{_ES_NO} (?:te|le|os) (?:(?:vamos a|voy a|podemos|podremos|poder|puedo|va a ser posible)\b ?){{1,2}}(?:ofrecer|dar|proponer|hacer) "
        r"(?:(?:el|la|una|un|ningun|ninguna) )?(?:puesto|plaza|posicion|oferta|vacante|contrato|cargo|empleo|trabajo)\b(?! (?:todavia|aun)\b)"
        + _ES_UNLESS + _ES_BUT_YES),
    fam("gramática: descartado continuar", 4.0, ("descart",),
        r"\b(?:descartado|descartamos|descarto) (?:continuar|seguir|avanzar|proseguir) (?:adelante )?con (?:tu|su) (?:candidatura|postulacion|"
        r"solicitud|perfil|proceso)\b"),
    fam("gramática: un perfil distinto al tuyo", 4.0, ("distint", "diferente", "lo que busc", "lo que necesit", "lo que estamos"),
        r"\bperfil\b[^.!?;]{0,40}\b(?:distint[oa]|diferente|muy distint[oa]) (?:al|del) (?:tuyo|suyo)\b",
        r"\bno (?:eres|es usted|sois) (?:exactamente |del todo )?lo que (?:buscamos|buscabamos|necesitamos|necesitabamos|estamos buscando)\b"),
    fam("gramática: ya hemos contratado a alguien", 4.0, ("ya ",),
        r"\bya (?:contratamos|hemos contratado|incorporamos|hemos incorporado|fichamos|hemos fichado|elegimos|hemos elegido|seleccionamos|"
        # spoken Spain and Latin America: "ya hemos cogido a alguien", "ya tomamos a una persona"
        r"hemos seleccionado|cogimos|hemos cogido|hemos pillado|tomamos|hemos tomado|encontramos|hemos encontrado|"
        # ...and a small employer in the first person: "ya he encontrado a alguien para ayudarme en la tienda"
        r"he contratado|he encontrado|he cogido|he elegido|contrate|encontre|elegi) a (?:alguien|otr[oa]s?|"
        r"una persona|un candidat|una candidat|un perfil|una chica|un chico|un muchacho|una muchacha)"
        # (not someone found to help the reader: "ya he encontrado a alguien que te puede ayudar con tu CV")
        r"(?!\w* que (?:te|le|os|les|nos) )"),
    fam("gramática: ya cubrimos el puesto", 3.5, ("cubr", "ocupamos", "adjudic"),
        r"\b(?:ya )?(?:cubrimos|cubrieron|se cubrio|ocupamos|adjudicamos) (?:ya )?(?:el|la|este|esta|dicho|dicha|nuestr[oa]) "
        r"(?:puesto|vacante|plaza|posicion|cargo)\b" + _ES_UNLESS,
        # the post first, then a pronoun ("la vacante ya la cubrimos")
        r"\b(?:vacante|puesto|plaza|posicion|cargo)\b[^.!?;]{0,15}?\bya (?:la|lo) (?:cubrimos|ocupamos|adjudicamos|cubrieron)\b"
        r"(?! con (?:tu|su|vos|usted|ti)\b)"
        + _ES_UNLESS),
    fam("gramática: la respuesta es no", 4.0, ("que no", "es no", "sido no", "fue no"),
        r"\b(?:decir|decirte|decirle|deciros|dicho|decimos)(?:te|le)? que no(?: a (?:tu|su) (?:candidatura|postulacion|solicitud|perfil))?"
        r"(?= ?(?:[.;!]|$)|,(?! ?(?:todavia|aun|de momento|por ahora|no)\b))",
        r"\brespuesta (?:es|ha sido|fue) (?:un )?no(?= ?(?:[.,;!]|$))"),
    fam("gramática: no seguimos (fin de frase)", 3.5, ("no ",),
        rf"{_ES_NO} (?:seguimos|continuamos|avanzamos|seguiremos|continuaremos|avanzaremos)(?: adelante)?(?= ?(?:[.;!]|, (?:lo siento|lo sentimos|perdona|disculpa|"
        r"gracias))| ?$)"),
    fam("gramática: quedas descartado/a", 4.0, ("descartad", "eliminad"),
        rf"\b(?:quedas|queda usted|estas|esta usted|has sido|ha sido usted|fuiste|resultaste)(?: usted)? (?:descartad|eliminad)[oa]s?{_ES_SLASH}"
        r"(?= ?(?:[.,;!]|$| (?:del|de la|de este|de esta) (?:proceso|seleccion|convocatoria|concurso|bolsa)\b| para (?:el|este|la|esta) "
        r"(?:puesto|plaza|vacante|posicion|cargo)\b| en (?:esta|la) (?:fase|etapa|ronda|ocasion)\b))",
        rf"\bha sido (?:descartad|eliminad)[oa]{_ES_SLASH} (?:del proceso|de la seleccion|de la convocatoria|en (?:la|esta) (?:fase|etapa|ronda))"),
    fam("gramática: no apto/a", 4.0, ("apt",),
        rf"{_ES_NO} (?:ha|has) (?:sido|resultado) (?:considerad[oa]|declarad[oa]|calificad[oa])?{_ES_SLASH} ?apt[oa]{_ES_SLASH}\b",
        rf"\b(?:ha|has) resultado no apt[oa]{_ES_SLASH}\b"),
    fam("gramática: no calificas / no reúnes la experiencia", 4.0, ("no ",),
        r"\bno(?<!\bsi no)(?<!aunque no) (?:calificas|califica usted|clasificas|clasifica usted) (?:para|a|en)\b",
        r"\bno(?<!\bsi no)(?<!aunque no) (?:reunes|reune usted|cuentas con|cuenta usted con|tienes|tiene usted|acreditas|acredita usted) "
        r"(?:la|el|los|las) (?:experiencia|formacion|nivel|titulacion|conocimientos?)\b[^.!?;]{0,25}?\b(?:requerid|necesari|minim|exigid|"
        r"que (?:buscamos|pedimos|requerimos|necesitamos|se requiere|se pide|se exige|requiere|exige|pide))"),
    fam("gramática: no propuesto / fuera de la relación de aprobados", 4.0, ("propuest", "relacion", "lista", "listado"),
        rf"{_ES_NO} (?:(?:ha|has) sido|(?:ha|has) resultado|resulto|resultaste|fue|fuiste)(?: usted)? propuest[oa]{_ES_SLASH} (?:para|como) (?:(?:ocupar|cubrir|desempenar) )?(?:el nombramiento|la contratacion|la plaza|el puesto|la adjudicacion|"
        r"la vacante|(?:su|tu) (?:nombramiento|contratacion))\b",
        r"\bno (?:figura|figuras|aparece|apareces|consta|constas|esta|estas)(?: usted)? (?:en|entre) (?:la|el) (?:relacion|lista|listado) "
        r"(?:definitiv[oa] )?de (?:aprobad|seleccionad|aspirantes (?:aprobad|seleccionad|propuest)|personas (?:aprobad|seleccionad))"),
    fam("gramática: solicitud excluida", 4.0, ("excluid", "descartad", "desestimad"),
        rf"\b(?:solicitud|candidatura|postulacion)\b{S}\b(?<!\bno )(?:queda|ha quedado|resulta|ha resultado|ha sido) (?:definitivamente )?"
        r"(?:excluid|descartad|desestimad)[oa]\b"),
    fam("gramática: seguir buscando", 3.5, ("buscando", "busqueda"),
        r"\b(?:pero|aunque|sin embargo|lamentablemente|desafortunadamente|hemos decidido|decidimos)\b,?[^.!?;]{0,20}\b(?:seguir|seguiremos|"
        r"continuar|continuaremos) (?:buscando|con la busqueda)(?= ?(?:[.;!]|$))"),
    fam("gramática: no admitido a una fase del proceso", 4.0, ("admitid",),
        r"\bno (?:ha|has|han) (?:sido|resultado) admitid[oa]s? (?:en|a|al|para) (?:el |la |las |los )?(?:siguiente |proxima |segunda |tercera |ultima )?(?:proceso|fase|"
        # (sweep 2) a public body's employment pool ("no ha sido admitido en la bolsa de empleo temporal")
        r"pruebas?|convocatoria|concurso|oposicion|seleccion|entrevista|bolsa (?:de (?:empleo|trabajo)|de contratacion))\b"),
    fam("gramática: te han descartado", 4.0, ("descartado", "rechazado", "desestimado", "eliminado"),
        # "te" only: "le han descartado" is as often said of a third person (a candidate, a player) as of "usted"
        r"(?<!no )\bte (?:han|ha|hemos) (?:descartado|rechazado|desestimado|eliminado)\b(?! (?:el|la|los|las|un|una|tu|su|del)\b)"),
    fam("gramática: incorporación no aprobada", 4.0, ("aprob", "autoriz", "valid"),
        rf"{_ES_NO} (?:ha|han|hemos) (?:aprobado|autorizado|validado) (?:tu|su) (?:incorporacion|contratacion|candidatura|fichaje)\b" + _ES_NOT_YET,
        rf"\b(?:tu|su) (?:incorporacion|contratacion|fichaje)\b[^.!?;]{{0,30}}{_ES_NO} (?:ha sido|fue) (?:aprobad|autorizad|validad)[oa]\b"
        + _ES_NOT_YET),
]

# Job titles in Spanish letters, after "para" / "como" / "proceso de": they make a mail about a job even when
# no other job noun is there ("tu proceso para Analista de regulación", "la persona elegida para Supervisor").
_ES_TITLE = (r"(?:analista|tecnic[oa]|ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|administrativ[oa]|coordinador(?:a)?|"
             r"responsable de(?! (?:la |los |las )?(?:proteccion|tratamiento|datos|privacidad))|jef[ea] de|gerente|"
             r"director(?:a)? (?:de|comercial|financier[oa]|general|tecnic[oa]|creativ[oa])|operari[oa]|auxiliar|dependient[ea]|camarer[oa]|"
             r"cociner[oa]|chef|recepcionista|comercial|consultor(?:a)?|enfermer[oa]|conductor(?:a)?|repartidor(?:a)?|mecanic[oa]|"
             r"electricista|supervisor(?:a)?|encargad[oa]|asesor(?:a)?|contador(?:a)?|contable|abogad[oa]|disenador(?:a)?|educador(?:a)?|"
             r"profesor(?:a)?|docente|teleoperador(?:a)?|cajer[oa]|vendedor(?:a)?|agente de|gestor(?:a)?|especialista|becari[oa]|"
             r"ejecutiv[oa]|arquitect[oa]|community manager|(?:[a-z]+ )?(?:engineer|developer|designer|manager|analyst|scientist))")


# Words that name a post unmistakably (sweep 2): a traineeship or apprentice place, a public body's employment pool, the
# Latin American word for a candidate ("eligió a otros postulantes", as "candidato" is in the shared list), an agency.
STRONG_WORDS = (r"plazas? de (?:practicas|becari[oa]s?|aprendiz\w*)|bolsa de (?:empleo|trabajo)|postulantes?|"
                # an agency naming itself (it only places people)
                r"consultora de (?:seleccion|rrhh|recursos humanos|talento)|empresa de trabajo temporal|headhunt\w*")

# Words that make a mail job mail in Spanish beyond the shared ones (plural nouns, Latin American usage, trainee
# programmes) and the idiom "to make someone the offer".
JOB_WORDS = STRONG_WORDS + "|" + (r"posicion(?:es)?|puestos|vacantes|postulant\w*|postulaciones|reclutamiento|reclutador(?:a|es|as)?|"
             # a hiring freeze names the hiring ("hemos congelado todas las contrataciones")
             r"congel\w* (?:de )?(?:las |todas las )?(?:nuevas )?contrataciones|"
             r"seleccion de personal|recursos humanos|rrhh|becari[oa]s?|fp dual|aprendiz(?:aje)?|"
             r"practicas (?:profesionales|extracurriculares|curriculares|en empresa|remuneradas)|programa (?:de )?(?:graduates?|trainees?)|"
             r"assessment center|oferta (?:de (?:empleo|trabajo)|laboral)|postular\w*|postulaste|aplicaste|hoja de vida|"
             r"carta de presentacion|entrevist(?:arte|arle|arla|arlo|amos|aron|e|o)|contratarte|contratarle|incorporarte|"
             r"incorporarle|formar parte de (?:nuestro|el|este) equipo|unirte a (?:nuestro|el) equipo|la oferta se la (?:hemos|he|han|habiamos) (?:hecho|dado)|"
             r"hemos (?:hecho|extendido) (?:la|una) oferta a|he (?:hecho|extendido) (?:la|una) oferta a|"
             # stage words of public and private selection, trial days, the reader's hiring, slang for a job,
             # and the seniority comparisons only candidates get
             r"evaluacion curricular|valoracion (?:curricular|de meritos)|concurso-oposicion|oposiciones|tribunal calificador|"
             r"bolsa de trabajo|dias? de prueba|periodo de prueba|(?:tu|su) contratacion|curro|chamba|laburo|"
             r"(?:alguien|perfil|persona|candidat[oa]) (?:(?:bastante|mucho|algo|un poco) )?mas (?:senior|junior|experimentad[oa])|"
             # a job title after "para" / "como" / "proceso de", a shortlist, a selection test, the civil service,
             # hiring someone (a person after "contratar a"), and the reader's own hiring
             r"(?:para|(?:incorporacion|contratacion|candidatura|trabajar|trabajo|empleo) como) (?:(?:el|la) (?:puesto|rol|cargo|posicion|plaza|vacante) de )?"
             r"(?:(?:junior|senior|jr|sr) )?" + _ES_TITLE + "|"
             r"(?:proceso|convocatoria) (?:de|para) (?:seleccion (?:de|para) )?(?:(?:la|el) (?:plaza|puesto) de |(?:contratos?|plazas?|puestos?) de )?(?:(?:junior|senior|jr|sr) )?"
             + _ES_TITLE + "|"
             r"terna (?:final|de candidat\w*|de finalistas)|prueba (?:tecnica|psicotecnica|de codigo)|psicotecnic[oa]s?|funcion publica|"
             r"(?:tu|su) incorporacion|contrat\w* a (?:otr[oa]|un[oa]?|alguien)|(?:te|le) (?:vamos a |podemos |vamos a poder |podremos |puedo )?contratar|"
             # a candidate compared on experience, and the reader's place in a selection process (round 7)
             r"(?:alguien|un perfil|una persona|un candidato|una candidata|un profesional|una profesional) con (?:mas|mayor|menos) "
             r"(?:experiencia|rodaje|seniority|trayectoria|anos de experiencia)|"
             r"(?:no )?(?:sigues|continuas|sigue usted|continua usted|seguiras|continuaras|seguira usted|continuara usted) en (?:el|este|nuestro) "
             r"proceso(?! de (?!seleccion))|"
             # (sweep 2) an agency presenting the reader to its client, a temp agency's client ("la empresa usuaria")
             r"(?:presentamos|presentado|presentar|presentamos a la empresa) (?:tu|su) (?:perfil|candidatura|cv)|empresa usuaria|"
             r"(?:oferta|puesto|vacante|aviso) (?:a la|al|en la|en el) que te (?:inscribiste|postulaste|presentaste|apuntaste)|"
             # a job board's word for an application to an offer: "tu inscripción en la oferta 'Camarero/a'"
             r"(?:tu|su) inscripcion (?:en|a|para) (?:la|esta|dicha) oferta")

# Ways of naming the reader's own application in Spanish (formal "su", Latin American "aplicaste", participation).
YOURS_WORDS = (r"su (?:solicitud|perfil|cv|curriculum|proceso)|tu (?:cv|curriculum|proceso|entrevista|prueba|portfolio|portafolio)|"
               # (sweep 2) thanks for the reader's time in the process ("gracias por tu tiempo durante el proceso")
               r"(?:tu|su) tiempo (?:\w+ ){0,2}(?:durante|en) (?:el|este|todo el|nuestro) proceso|"
               # a job board's word for the reader's application to an offer ("tu inscripción en la oferta ...")
               r"(?:tu|su) inscripcion (?:en|a|para) (?:la|esta|una|dicha) (?:oferta|vacante|posicion)|inscrit[oa] en (?:la|esta) oferta|"
               r"te (?:presentaste|inscribiste)|se postulo|aplicaste|tu participacion en (?:el|nuestro|este) proceso|su participacion en (?:el|nuestro|este) proceso|"
               r"(?:tu|su) contratacion|gracias por el interes|"
               r"gracias por (?:acercarte|apuntarte|inscribirte|interesarte|participar en (?:el|este|nuestro) proceso)|"
               # the reader as the object of a (negated) selection verb or as its subject, addressed as an applicant, or ranked
               r"no te (?:(?:hemos|han|he|vamos a|podemos|podremos|vamos a poder|estamos|seguimos) )?(?:seleccion|eleg|escog|consider|convoc|"
               r"incorpor|contrat|preseleccion|entrevist)\w*|no (?:te|le) (?:hemos|han|he) (?:podido )?contar|"
               r"(?:seleccionar|elegir|escoger|incluir|contratar|incorporar|convocar|entrevistar|considerar|preseleccionar)te|"
               r"no (?:has|hayas|fuiste|resultaste|quedaste|has resultado|has quedado) (?:sido )?(?:seleccionad|elegid|escogid|preseleccionad|"
               r"finalista|convocad)\w*|no (?:avanzaras|pasaras|seguiras|continuaras|seras)|"
               r"(?:seguir|seguimos|seguiremos|continuar|continuamos|continuaremos|avanzar|avanzamos|avanzaremos|contar|contado|contamos|"
               r"contaremos|adelante) contigo|(?:queda|sera|ha sido|fue|resulto|resultara|continuara|seguira) usted|sin que usted|"
               r"estimad[oa](?:/a|\(a\))? (?:aspirante|candidat[oa](?:/a|\(a\))?|postulante)|(?:tu|su) incorporacion|"
               r"(?:quedaste|has quedado|quedo usted|ha quedado usted) (?:en )?(?:segund|tercer|cuart)[oa] (?:lugar|puesto|posicion)|"
               r"(?:eras|fuiste|has sido|era usted) (?:nuestra|la) (?:segunda|tercera) opcion|no (?:has|hayas) (?:superado|pasado|conseguido pasar)|"
               r"(?:tu|su) aplicacion (?:para|al|a la)|(?:ya )?no (?:estas|sigues|continuas|participas) en (?:el|este|nuestro) proceso|"
               # "le informamos que no figura entre...": the reader, addressed, as the subject of the result (round 7)
               r"gracias por (?:el|tu|su) (?:portfolio|portafolio|cv|curriculum|curriculo)|"
               r"(?:(?:figura|consta|aparece|queda) usted|figuras|constas|apareces|quedas) como|"
               r"(?:quedas|queda usted|has quedado|ha quedado usted) (?:excluid|eliminad|descartad)|"
               r"(?:le|te) (?:informamos|comunicamos|notificamos) (?:de )?que no (?:figura|figuras|consta|constas|ha sido|has sido|"
               r"ha resultado|has resultado|ha superado|has superado|ha obtenido|has obtenido)")

# Spanish look-alikes: a condition still open (a hedge about future silence, a deadline for a missing document or
# a test) and news about a third person's candidacy ("a Quique no lo cogieron").
LOOKALIKES: list[Family] = [
    fam("look-alike: a condition still open (es)", -4.5, ("si no", "mientras no", "hasta que no", "en caso de no", "de no recibir",
                                                         "de no tener", "si tu ", "si su ", "no recib", "no tien", "entiend", "consider"),
        r"\bsi\b[^.!?;]{1,40}?\bno (?:(?:te|le|nos|has|ha|hemos) )?(?:recib\w*|tien\w*|tuvieras|tuviera|obtien\w*|hay|tenido) "
        r"(?:\w+ ){0,2}(?:noticias|respuesta|contestacion|novedades|comunicacion)",
        r"\b(?:entiende|entienda|entended|considera|considere|asume|asuma|puedes entender|puede entender|puedes considerar|puede considerar) que "
        r"(?:\w+ ){0,5}?(?:no (?:ha|has|han) sido|no (?:fue|fuiste)|ha sido descartad|ha quedado descartad|no (?:continua|sigue|seguira))\b",
        r"\b(?:en caso de|de) no (?:recibir|tener|obtener) (?:\w+ ){0,2}(?:noticias|respuesta|contestacion|novedades)",
        r"\bsi no (?:(?:te|le|nos|has|ha|hemos) )?(?:recib\w*|tien\w*|tuvieras|tuviera|obtien\w*|hay|tenido|contactado) "
        r"(?:\w+ ){0,2}(?:noticias|respuesta|contestacion|novedades|comunicacion|contactado)",
        r"\bsi no (?:(?:la|lo|las|los|nos) )?(?:entregas|entrega|completas|completa|realizas|realiza|envias|envia|subes|sube|adjuntas|"
        r"adjunta|presentas|presenta|aportas|aporta|confirmas|confirma|respondes|responde|contestas|contesta)\b",
        r"\b(?:mientras|hasta que) no (?:(?:la|lo|las|los|nos|me) )?(?:adjunt|sub|envi|complet|aport|entreg|present|recib|confirm|realic)\w*",
        r"\ben caso de no (?:entregar|completar|presentar|aportar|enviar|subir|confirmar|realizar)",
        r"\bsi (?:tu|su) (?:perfil|experiencia|candidatura|cv|curriculum|solicitud) no\b"),
    fam("look-alike: notice about someone else's candidacy", -4.0, ("no lo ", "no la ", "no le ", "el no ", "ella no ", "mi "),
        r"\b(?:a|al) (?!ti\b|usted\b|vos\b)\w+ (?:\w+ )?no (?:lo|la|le) (?:cogieron|eligieron|seleccionaron|contrataron|escogieron|"
        r"llamaron|han cogido|han elegido|han seleccionado|han contratado|han llamado)\b",
        r"\b(?:el|ella) no (?:ha sido|fue|ha resultado|resulto|ha quedado|quedo) (?:seleccionad|elegid|escogid|contratad)",
        r"\bmi (?:herman|prim|amig|hij|companer|novi|sobrin|vecin|cunad)[oa]s? (?:\w+ )?no (?:ha sido|fue|ha resultado|resulto|ha quedado|"
        r"quedo|(?:la|lo|le) han|(?:la|lo|le) (?:cogieron|eligieron|seleccionaron|contrataron))\b"),
    # the reader's candidacy said to be alive ("sigues en el proceso", "pasas a la siguiente fase"), unless negated
    fam("look-alike: the candidacy is said to be still alive", -4.5, ("sigues", "continuas", "sigue usted", "continua usted",
                                                                     "permaneces", "pasas a", "avanzas a", "pasa usted a", "sigue ",
                                                                     "continua ", "permanece ", "seguira ", "continuara ", "entre ellos",
                                                                     "entre ellas", "uno de ellos", "una de ellas", "entre los", "entre las"),
        r"\b(?:tu|su) (?:candidatura|postulacion|solicitud|proceso)\b[^.!?;]{0,50}?(?<!\bno )\b(?:sigue|continua|permanece|seguira|continuara) "
        r"(?:\w+ )?(?:en curso|activa|abierta|vigente|en pie|adelante|en (?:el )?proceso|en marcha)\b"
        # (not a refused CV kept on file: "sigue activa en nuestra base de datos para futuros procesos")
        r"(?![^.!?;]{0,40}\b(?:base de datos|bolsa de (?:talento|empleo|candidatos)|talent ?pool|futur[oa]s (?:procesos|"
        r"oportunidades|vacantes))\b)",
        r"\b(?:sigues|continuas|sigue usted|continua usted|permaneces)(?<!no sigues)(?<!no continuas)(?<!no permaneces)(?<!no sigue usted)(?<!no continua usted) "
        r"(?:en (?:el|este|nuestro) proceso|en la carrera|siendo (?:candidat|finalist)|en (?:la|nuestra) (?:lista|terna|seleccion)|adelante)",
        r"\b(?:tu|usted|vos) (?:estas|esta|eres|es) (?:entre (?:ellos|ellas)|uno de ellos|una de ellas|"
        r"entre (?:los|las) (?:seleccionad|elegid|finalist|preseleccionad))",
        r"\b(?:pasas|avanzas|pasa usted|avanza usted)(?<!no pasas)(?<!no avanzas)(?<!no pasa usted)(?<!no avanza usted) a la (?:siguiente|proxima|ultima|segunda|tercera) "
        r"(?:fase|etapa|ronda|entrevista)"),
    # the reader is on the hiring side: asked to interview, call or tell a named candidate, or close the process
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        ("puedes ", "podeis ", "podrias ", "al resto", "a los demas", "a las demas", "candidat", "avisal", "llamal", "escribel",
         "informal", "comunicaselo", "diselo", "entrevistaste"),
        r"\b(?:el|la) candidat[oa] (?!(?:seleccionad|elegid|ideal|que|final|idone|finalista|adecuad)\w*\b)[a-z]+(?: [a-z]+)?,? "
        r"(?:ya )?no (?:ha sido|fue|ha pasado|pasa|continua|sigue|seguira|avanza|avanzara)\b",
        r"\b(?:avisale|avisala|avisalo|llamale|llamala|llamalo|escribele|informale|informala|comunicaselo|diselo|comunicale)\b",
        r"\b(?:lo|la|le) entrevistaste(?:is)?\b",
        # the candidate the reader interviewed, referred or sent: "el candidato que entrevistaste el lunes no fue ..."
        r"\b(?:el|la) candidat[oa] (?:que|a quien) (?:tu |usted )?(?:entrevistaste|entrevisto usted|recomendaste|referiste|"
        r"propusiste|nos (?:enviaste|pasaste|recomendaste|presentaste|mandaste))\b",
        r"\b(?:puedes|podeis|podrias|podriais) (?:entrevistarl[oa]s?|llamarl[oa]s?|avisarl[oa]s?|contactarl[oa]s?)\b",
        r"\b(?:puedes|podeis|podrias|podriais) (?:cerrar|archivar|rechazar|descartar) (?:el proceso|la vacante|la oferta|las candidaturas|"
        r"las solicitudes|al resto|a los demas|a las demas)\b",
        r"\b(?:avisa|avisad|avisar|informa|informad|informar|comunica|comunicad|comunicar|escribe|escribid|escribir)(?:le|les)? "
        r"(?:al resto|a los demas|a las demas|a (?:los|las) (?:otros|otras|demas) (?:candidat|finalist|aspirant))"),
]

# --- seventh layer: the chosen other as the subject, dropping the application, others who fit better ----------
DECISIONS += [
    fam("gramática: otra persona ha sido seleccionada", 4.0, ("otr",),
        r"\b(?:otra persona|otr[oa]s? (?:candidat|perfil|aspirant|postulant|profesional)\w*)\b[^.!?;]{0,30}\b(?<!\bno )(?:ha|han) sido "
        r"(?:seleccionad|elegid|escogid|contratad|preferid)",
        r"\b(?:la persona|el candidato|la candidata|el perfil) (?:seleccionad|elegid|escogid|contratad)[oa] (?:ha sido|es|fue) otr[oa]\b",
        r"\b(?:la )?eleccion(?: final)? (?:ha sido|fue|es|ha recaido en|recayo en) otr[oa]\b"),
    fam("gramática: prescindir de la candidatura", 4.0, ("prescind",),
        r"\bprescin\w* de (?:tu|su) (?:candidatura|postulacion|perfil|solicitud)"),
    fam("gramática: otros encajan mejor", 4.0, ("mejor", "mas "),
        r"\b(?:otr[oa]s? (?:candidat|perfil|persona|aspirant|postulant|profesional)\w*|candidat\w* cuy\w*|perfiles cuy\w*)\b[^.!?;]{0,40}\b"
        r"(?:se ajustan?|encajan?|se adecuan?|se adaptan?|responden?|cumplen?|se acercan?) (?:mejor|mas)\b"),
]

# --- eighth layer: the reason as the decision, the position gone to another, object-less "seguir adelante" -----
DECISIONS += [
    fam("gramática: buscábamos otro perfil", 4.0, ("pero", "sin embargo", "aunque", "lamentablemente", "desafortunadamente",
                                                  "en esta ocasion"),
        r"\b(?:pero|sin embargo|aunque|lamentablemente|desafortunadamente|en esta ocasion)\b[^.!?;]{0,40}\b(?:buscamos|buscabamos|"
        r"necesitamos|necesitabamos|requerimos|requeriamos|preferimos|preferiamos) (?:a )?(?:(?:un|una) (?:perfil|candidat[oa]|persona|"
        r"profesional)(?: \w+)? (?:diferente|distint[oa]|con (?:mas|mayor|otra|otro)|mas \w+)|alguien (?:con (?:mas|mayor)|mas|que tenga))"),
    fam("gramática: el puesto fue para otra persona", 4.0, ("otr", "cubierto", "llev", "cerr"),
        r"(?<!no )(?<!no hemos )(?<!no han )(?<!no ha )\b(?:(?:hemos |han |ha )?(?:cerrado|cerramos|cerro|cerraron) (?:el proceso|la seleccion|la busqueda|la vacante|el puesto|la posicion|la plaza)|"
        r"(?:la busqueda|el proceso|la seleccion|la vacante|el puesto|la posicion|la plaza) (?:se cerro|se ha cerrado|quedo cerrad[oa]|ha quedado cerrad[oa]))"
        rf"\b[^.!?;]{{0,30}}\bcon {_ES_SOMEONE}",
        r"\b(?:puesto|plaza|vacante|posicion|cargo|oferta|contrato)\b[^.!?;]{0,25}\b(?<!\bno )(?:ha ido|fue|se ha ido|ha sido|se (?:la|lo) "
        r"(?:ha llevado|llevo)) (?:para |a )(?:la |el )?(?:otra|otro)\b",
        r"\b(?:lo|la) (?:hemos|han) (?:ya )?cubierto (?:internamente|con (?:otr|personal|un |una |alguien|promocion))",
        r"\b(?:puesto|plaza|vacante|posicion|cargo|rol)\b[^.!?;]{0,25}\bse (?:lo|la) (?:ha llevado|han llevado|llevo|llevaron|va a llevar|lleva) "
        rf"{_ES_SOMEONE}"),
    fam("gramática: no es posible seguir adelante", 3.5, ("adelante",),
        rf"{_ES_NO} (?:(?:vamos a|voy a|podemos|podremos|poder|es posible|sera posible|ha sido posible|va a ser posible|seguiremos|"
        r"continuaremos|avanzaremos)\b ?){0,2}(?:seguir|continuar|avanzar|ir|seguiremos|continuaremos|avanzaremos|sigue|continua)? ?adelante\b"
        r"(?! con (?!tu\b|su\b|vuestr|ella\b|usted\b))" + _ES_UNLESS + _ES_WHEN),
    fam("gramática: no has sido tú", 4.0, ("no has sido", "no fuiste", "no ha sido usted"),
        r"\bno (?:has sido|fuiste) (?:tu|vos)\b(?! (?:quien|el que|la que|el unico|la unica))",
        r"\bno ha sido usted\b(?! (?:quien|el que|la que))"),
    fam("gramática: sin respuesta positiva", 3.5, ("positiva", "favorable", "mejores noticias", "buenas noticias"),
        r"\bno (?:poder|podemos|podremos|poderte|poderle) (?:darte|darle|daros|dar|ofrecerte|ofrecerle|trasladarte|trasladarle|comunicarte|"
        r"comunicarle) (?:una )?(?:respuesta|contestacion|noticia)s? (?:positiva|favorable|afirmativa)",
        r"\bno (?:poder|podemos|podremos) (?:darte|darle|daros|dar|traerte|traerle) (?:mejores|buenas) noticias"),
    fam("gramática: decidir no cubrir el puesto", 3.5, ("no cubrir", "a cubrir"),
        r"\b(?:decidido|decidimos|decidio|resuelto|acordado|optado por|opto por|preferido) no cubrir (?:el|este|la|esta|dicho|dicha) "
        r"(?:puesto|vacante|plaza|posicion|cargo)" + _ES_UNLESS,
        r"\bno (?:vamos a|van a|se va a|se van a|podemos|podremos) cubrir(?:lo|la|los|las\b| (?:el|este|la|esta|dicho|dicha) "
        r"(?:puesto|vacante|plaza|posicion|cargo))" + _ES_UNLESS),
]


# --- ordinary mail that borrows a rejection's words (tried on Spanish mail only) -------------------------------
# The hiring side's own mail (the reader passes a rejection on, archives the other applications, tells the agency,
# gives an opinion on a candidate's fit), mail that talks *about* rejection letters (career and HR newsletters,
# advice columns), places that are not jobs (volunteering, a choir, a sports squad, housing) and requests that are
# not job applications (an adoption, a city's bid, a proposal on a project list).
_ES_REJECTION_NOUN = (r"(?:rechazos?|negativas?|respuestas? negativas?|(?:correo|mail|email|carta|mensaje)s? de "
                      r"(?:rechazo|negativa|descarte))")
_ES_THIRD_CANDIDATE = r"(?:al|a la|a los|a las|a el) (?:candidat|aspirant|postulant|finalist|entrevistad)\w*"

LOOKALIKES += [
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        ("rechazo", "negativa", "descarte", "puedes", "podeis", "podrias", "agencia", "headhunter", "consultora", "cazatalentos", "rrhh", "recursos humanos",
         "archiva", "descarta", "rechaza", "cierra", "cerrad", "no creo", "no me parece", "no pienso", "no veo"),
        # send / pass the rejection on (imperative, or a request to the reader), or "the rejection to the candidate"
        r"\b(?:manda|mandale|mandales|mandad|mandadle|envia|enviale|enviales|enviad|enviadle|pasale|pasales|hazle|hacedle|"
        rf"redacta|redactale|prepara|preparale)\b (?:tu |ya |hoy )?(?:el|la|los|las|un|una) {_ES_REJECTION_NOUN}",
        r"\b(?:puedes|podeis|podrias|podriais)\b (?:\w+ ){0,2}?(?:escribir|llamar|avisar|contestar|responder|decir|comunicar|"
        rf"mandar|enviar)(?:le|les|selo)? (?:\w+ ){{0,2}}?{_ES_THIRD_CANDIDATE}",
        r"\b(?:puedes|podeis|podrias|podriais|hay que|tienes que|teneis que|te toca|me toca)\b (?:\w+ ){0,2}?"
        rf"(?:mandar|enviar|pasar|hacer|redactar|preparar|dar)(?:le|les|selo|selos)? (?:el|la|los|las|un|una) {_ES_REJECTION_NOUN}",
        rf"\b{_ES_REJECTION_NOUN} {_ES_THIRD_CANDIDATE}",
        # archive, close or answer the applications that are left
        r"\b(?:archiva|archivad|archivalas|descarta|descartad|rechaza|rechazad|cierra|cerrad|contesta|contestad|responde|"
        r"responded)\b (?:\w+ ){0,3}?(?:candidaturas|solicitudes|postulaciones|cvs?|curriculums|candidat[oa]s|aspirantes)\b"
        r"[^.!?;]{0,12}\b(?:que quedan|restantes|pendientes|que faltan|del resto|sobrantes)",
        r"\b(?:archiva|archivad|descarta|descartad|rechaza|rechazad|cierra|cerrad)\b (?:a )?(?:el|al) resto\b",
        # "I'll tell the agency / HR"
        r"\b(?:aviso|avisare|informo|informare|escribo|escribire|llamo|llamare|(?:se lo|le|les) (?:digo|dire|comunico|cuento))\b "
        r"(?:yo )?(?:a |al )(?:la agencia|el headhunter|la headhunter|la consultora|rrhh|recursos humanos|(?:el|la) reclutador[a]?|"
        r"(?:el|la) cazatalentos|(?:el|la) recruiter)\b",
        # an opinion about a candidate's fit, in the third person
        r"\bno (?:creo|me parece|pienso|veo) (?:claro )?que (?:el |ella |este candidato |esta candidata |la candidata |el candidato )?"
        r"(?!\w+ (?:tu|usted|vos)\b)"
        r"(?:encaje|encajen|sea (?:el|la|un|una) (?:perfil|persona|candidat\w*)|tenga (?:el|la) (?:perfil|experiencia|nivel)|"
        r"cumpla|de el perfil|valga)\b"),
    fam("look-alike: newsletter or article", -5.0,
        ("rechazo", "negativa", "candidat", "aspirant", "postulant", "que hacer", "como ", "cuando te", "si te", "cuando os",
         "si os", "cuando escriben", "cuando dicen", "lo que ", "de un lector", "de una lector", "de un suscriptor",
         "de una suscriptor", "te suscribiste", "se suscribio", "porque estas suscrit", "porque esta suscrit"),
        # rejection letters as a topic: how to write a good one, what one should say to "the candidate"
        r"\b(?:un buen|una buena|el mejor|la mejor|como (?:redactar|escribir|enviar|dar|comunicar)|redactar|escribir|"
        r"plantillas? (?:de|para))\b (?:un |una |el |la |los |las )?(?:correo|carta|mensaje|email|mail|respuesta)s? de "
        r"(?:rechazo|negativa|descarte)",
        r"\b(?:dice|dicen|diga|digan|decir|decirle|comunica|comunican|comunicar|comunicarle|explica|explicar|explicarle|informa|"
        rf"informar|informarle|agradece|agradecer)\b (?:\w+ ){{0,3}}?{_ES_THIRD_CANDIDATE} que\b",
        # advice framing: what to do when they tell you ..., what recruiters really mean when they write this
        r"\b(?:que hacer|como (?:actuar|reaccionar|responder|contestar|gestionar|superar|encajar|afrontar|interpretar)) "
        r"(?:cuando|si|ante|tras|despues de)\b",
        r"\b(?:cuando|si) (?:te|os|nos|le|les) (?:dicen|digan|escriben|escriban|contestan|contesten|responden|respondan|comunican|"
        r"comuniquen) (?:que|esto|eso|con)\b",
        r"\bcuando (?:escriben|dicen|responden|contestan) (?:esto|eso|asi)\b",
        r"\blo que (?:de verdad |realmente |en realidad )?(?:piensan|quieren decir|hay detras|se esconde)\b",
        # a reader's letter, a subscription footer
        r"\b(?:pregunta|consulta|carta|duda) de (?:un|una|nuestr[oa]) (?:lector|lectora|suscriptor|suscriptora|oyente)\b",
        r"\b(?:recibes|recibe|recibe usted) este (?:correo|mensaje|boletin|email|mail) porque (?:te suscribiste|se suscribio|"
        r"estas suscrit|esta suscrit)"),
    fam("look-alike: a place that is not a job (es)", -5.0,
        ("voluntari", "coro", "coral", "banda", "teatro", "colegio mayor", "piso", "habitacion", "garaje", "aparcamiento",
         "parking",
         "equipo de", "seleccionad", "convocad", "elegid", "escogid", "partido", "entreno", "entrenamiento", "curso de",
         "taller de", "cursillo de", "grupo de"),
        r"\b(?:plaza|plazas|puesto|sitio|hueco|lugar)\b (?:\w+ )?(?:de|en|como|para) (?:el |la |los |las |nuestr[oa]s? |este |esta )?"
        r"(?:voluntari\w*|coro|coral|banda de musica|grupo de teatro|compania de teatro|"
        r"equipo de (?:futbol|baloncesto|balonmano|voleibol|rugby|natacion|hockey|atletismo)|colegio mayor|piso|habitacion|"
        r"garaje|aparcamiento|parking)\b",
        r"\b(?:ofrecerte|ofrecerse|ofrecerle|apuntarte|apuntarse|inscribirte|inscribirse|presentarte) como voluntari[oa]s?\b",
        # a course or a class the reader attends ("respecto al curso de inglés, no vamos a continuar contigo")
        r"\b(?:respecto al|sobre el|en cuanto al|del|al|en el) (?:curso|taller|cursillo|grupo) de (?:ingles|frances|aleman|idiomas|yoga|pilates|"
        r"natacion|guitarra|piano|pintura|cocina|baile|teatro|informatica|conducir)\b",
        r"\b(?:candidatura|solicitud|inscripcion|postulacion)(?:es|s)? (?:de|como|para|al|a) (?:\w+ )?voluntari",
        r"\b(?:seleccionad|convocad|elegid|escogid)[oa]s? (?:para|en) (?:la|el) (?:provincial|autonomic[oa]|regional|"
        r"seleccion (?:provincial|autonomica|regional|nacional|absoluta|sub)|partido|torneo|campeonato|liga|alineacion)\b",
        r"\b(?:el|los) (?:partido|entreno|entrenamiento)s? del (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b"),
    fam("look-alike: a request that is not a job application (es)", -5.0,
        ("adopcion", "acogida", "beca", "ayuda", "subvencion", "alquiler", "vivienda", "piso", "habitacion", "residencia",
         "colegio mayor", "garaje", "aparcamiento", "prestamo", "hipoteca", "credito", "ciudad", "sede", "anfitrion",
         "propuesta", "ponencia", "charla", "parche", "pull request", "merge request", "rfc", "mocion", "enmienda",
         "migracion", "incidencia", "ticket", "issue", "despliegue", "pipeline", "build", "job", "commit", "rama",
         "funcionalidad", "feature"),
        r"\b(?:solicitud|peticion|candidatura|oferta|propuesta|inscripcion)(?:es|s)? (?:de|para|a) (?:la |el |una |un |ser )?"
        r"(?:adopcion|acogida|beca|ayuda|subvencion|alquiler|vivienda|piso|habitacion|residencia|colegio mayor|plaza de garaje|"
        r"plaza de aparcamiento|prestamo|hipoteca|credito|ciudad|sede|anfitrion\w*)\b",
        r"\b(?:candidatura|solicitud|propuesta|oferta)\b[^.!?;]{0,40}\b(?:como|para ser|para acoger) (?:la |el )?(?:sede|anfitrion\w*|"
        r"ciudad anfitriona)\b",
        # a proposal, a talk, a patch or a tracker item (a CI "job", a migration) not accepted
        r"\b(?:el|la|tu|su|nuestr[oa]|vuestr[oa]|est[ea]|una|un) (?:propuesta|ponencia|charla|comunicacion|parche|pull request|"
        r"merge request|rfc|mocion|enmienda|migracion|incidencia|ticket|issue|despliegue|pipeline|build|job|commit|rama|"
        r"funcionalidad|feature)\b[^.!?;]{0,50}\bno (?:ha sido |fue |ha resultado |sera |ha quedado )?(?:aceptad|aprobad|"
        r"seleccionad|admitid|elegid|fusionad|integrad)"),
]

# dev6/es: the hiring side asked to write to a candidate it interviewed, or handed a reply template for the
# candidates who were turned down; a volunteering place is not a job.
LOOKALIKES += [
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        ("entrevistaste", "puedes", "podeis", "podrias", "candidat", "aspirant", "postulant", "plantilla"),
        r"\bentrevistaste(?:is)? (?:a|al|a la) (?!ti\b|usted\b)[a-z]+",
        r"\b(?:puedes|podeis|podrias|podriais)\b (?:\w+ ){0,2}?(?:mandar|enviar|escribir|pasar|redactar)(?:le|les|selo|selos) "
        r"(?:tu |vosotros |ya )?(?:el|la|un|una) (?:correo|mail|email|carta|mensaje|respuesta)",
        r"\b(?:responder|contestar|escribir|mandar|enviar|comunicar|avisar|notificar)(?:les)? a (?:los|las) (?:candidat|aspirant|postulant|finalist)\w* "
        r"(?:descartad|rechazad|no seleccionad|que no)",
        r"\bplantilla (?:para|de) (?:responder|contestar|rechazo|descarte|respuesta)"),
    fam("look-alike: someone covers the reader's own post for a while (es)", -5.0, ("mientras", "durante", "ausencia", "cuando "),
        r"\b(?:mientras|durante|en tu ausencia|en su ausencia|cuando (?:estes|este usted|te vayas|se vaya))\b[^.!?;]{0,60}\b"
        r"(?:otra persona|alguien|un companero|una companera|otro companero|otra companera)\b[^.!?;]{0,20}\b(?:ocup|cubr|asum|sustitu)\w*",
        r"\b(?:otra persona|alguien|un companero|una companera|otro companero|otra companera)\b[^.!?;]{0,20}\b(?:ocup|cubr|asum|sustitu)\w*"
        r"[^.!?;]{0,60}\b(?:mientras|durante (?:tu|su) (?:ausencia|baja|permiso|vacaciones))\b"),
    fam("look-alike: the reader is the one chosen (es)", -5.0, ("eres tu", "es usted", "sois vosotr", "eres vos"),
        r"\b(?:persona|candidat[oa]|perfil|profesional)\b[^.!?;]{0,60}\b(?<!no )(?:eres tu|es usted|sois vosotr[oa]s|eres vos)\b"),
    fam("look-alike: a place that is not a job (es)", -5.0, ("voluntari",),
        r"\bplaza\b[^.!?;]{0,40}\bvoluntari"),
]

# --- round 7 (dev7/es): what a mail that decides nothing still says -------------------------------------------
# A silence or a missing document as a condition ("podrá considerar que no ha sido seleccionada", "en caso de no
# recibirla", "si no fuera posible, no podríamos..."), a choice not made yet ("aún no hemos decidido", "no es que
# hayamos elegido a otra persona"), a rule stated for all candidates ("los candidatos que no completen la prueba no
# continuarán"), the reader's own withdrawal, and the hiring side telling the reader it sent the rejections.
LOOKALIKES += [
    fam("look-alike: a condition still open, more forms (es)", -4.5, ("si no", "en caso de no", "que no"),
        r"\b(?:podra|podras|podran|podreis|puedes|puede|podeis|pueden|debera|deberas|deberan) (?:usted )?(?:entender|considerar|asumir|"
        r"dar por (?:hecho|sentado)|suponer) que\b",
        r"\bsi no (?:(?:te|le|nos) )?(?:has|ha|hemos|han|hubieras|hubiera) sido (?:contactad|llamad|convocad|citad)",
        r"\ben caso de no (?:recibir|entregar|completar|presentar|aportar|enviar|subir|confirmar|realizar|responder|contestar|acreditar|superar)",
        r"\bsi no (?:fuera|fuese|fueras|fueses|es|pudieras|pudiera|pudieses|pudiese|puedes|puede|estuvieras|estuviera|tuvieras|tuviera|"
        r"tienes|tiene)\b[^.!?;]{0,50}\bno (?:podriamos|podria|seria posible|podremos|podemos|vamos a poder)\b"),
    fam("look-alike: nothing decided yet (es)", -3.5, ("todavia", "aun", "no es que", "no significa que", "no quiere decir que",
                                                       "no implica que"),
        r"\b(?:todavia|aun) no (?:(?:se )?(?:hemos|ha|han|he) )?(?:tomado|decidido|elegido|seleccionado|escogido|cerrado|resuelto|"
        r"cubierto)\b",
        r"\bno (?:hemos|ha|han|he|se ha) (?:tomado|decidido|elegido|seleccionado|escogido|cerrado|resuelto|cubierto)\b[^.!?;]{0,40}"
        r"\b(?:todavia|aun)\b",
        r"\bno (?:es que|significa que|quiere decir que|implica que)\b[^.!?;]{0,30}\b(?:hay(?:a|amos|an)|hemos|han) (?:elegido|"
        r"seleccionado|descartado|optado|decidido|contratado|escogido|cerrado)\b"),
    fam("look-alike: a rule for candidates in general (es)", -4.5, ("que no", "quienes no"),
        # (a count between: "te paso los tres candidatos que no han pasado el filtro")
        r"\b(?:los|las|aquellos|aquellas) (?:(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) )?(?:candidat|aspirant|postulant|"
        r"participant|personas|empresas|companias|reclutador|empleador|seleccionador)\w* que no\b",
        r"\bquienes no (?:complet|realic|super|entregu|present|envi|respond|confirm|cumpl|acredit)\w*"),
    fam("look-alike: withdrawal by the candidate (es)", -4.0, ("solicitud de", "peticion de", "decision de", "deseo de", "retirad",
                                                               "hayas", "has ", "usted "),
        r"\b(?:tu|su) (?:solicitud|peticion|decision|deseo) de (?:no (?:continuar|seguir|avanzar)|retirar|retirarte|retirarse|abandonar|"
        r"darte de baja|darse de baja|declinar)",
        r"\b(?:candidatura|postulacion|solicitud)\b[^.!?;]{0,30}\b(?:ha quedado|queda|ha sido) retirad[oa]",
        r"\b(?:(?:hayas|has) |(?:haya|ha) usted )(?:decidido|preferido|optado por) (?:no (?:continuar|seguir|aceptar|avanzar)|"
        r"retirar|declinar|rechazar)"),
    # the post filled by the reader ("el puesto ya está cubierto contigo", "la plaza la ocupas tú")
    fam("look-alike: the post is filled by the reader (es)", -5.0, ("contigo", "con usted", "por ti", "por usted"),
        r"\b(?:cubiert|ocupad)[oa]s? (?:(?:ya|finalmente|por fin) )?(?:contigo|con usted|por ti|por usted)\b"),
    fam("look-alike: the reader already sent the candidates their rejection (es)", -5.0, ("les ",),
        r"\b(?:ya )?les (?:he|hemos|ha) (?:enviado|mandado|escrito|comunicado|dado|trasladado)\b[^.!?;]{0,15}\b(?:el|la|los|las|un|una|su|"
        r"sus) (?:correo|mail|email|carta|mensaje|respuesta|comunicacion)(?:es|s)? (?:de (?:rechazo|negativa|descarte)|negativ)"),
]
LOOKALIKES += [
    # "has sido seleccionada junto a otros candidatos para la entrevista final": the reader is among the chosen
    # also "a la entrevista final, a ti y a otro candidato", "la contratación de dos personas: tú y otra candidata"
    fam("look-alike: the reader chosen along with others (es)", -5.0, ("junto", "al igual que", "como ", "con otr", "ti y", "tu y",
                                                                       "usted y", "y a ti", "y tu", "y usted"),
        r"(?<!no )\b(?:has sido|ha sido usted|fuiste|estas|esta usted|quedas|queda usted|resultaste)\b(?: \w+){0,2}? (?:seleccionad|elegid|escogid|"
        r"preseleccionad|convocad|citad|invitad)[oa]s?\b[^.!?;]{0,30}\b(?:junto (?:a|con)|al igual que|como (?:uno|una|otr)|con otr)",
        r"\b(?:a ti|tu|usted) y (?:a )?(?:otr[oa]s?|un[oa]? (?:candidat|persona|perfil|aspirant)|dos|tres)\b",
        r"\b(?:otr[oa]s? (?:candidat|persona|perfil|aspirant)\w*|alguien mas) y (?:a ti|tu|usted)\b"),
    # a meeting with someone else of the team ("una entrevista con otra persona del equipo")
    fam("look-alike: an interview with another interviewer (es)", -4.0, ("con otr",),
        r"\b(?:entrevista|reunion|llamada|videollamada|charla|conversacion|cafe)s?\b[^.!?;]{0,20}\bcon (?:otra persona|"
        r"otr[oa] (?:companer|miembro|responsable|entrevistador|manager|persona))"),
    # the reader on board: someone will train them, their first day
    fam("look-alike: the reader is joining (es)", -4.0, ("que te ", "tu primer", "te incorporas", "empiezas el"),
        r"\b(?:persona|companer[oa]|mentor[a]?|tutor[a]?|responsable)\b[^.!?;]{0,10}\bque te (?:acompanara|ayudara|formara|guiara|"
        r"ensenara|apoyara|acompane|ayude|forme|guie)\b",
        r"\btu (?:primer (?:dia|mes)|primera semana)\b",
        r"\b(?:te incorporas|empiezas) el (?:lunes|martes|miercoles|jueves|viernes|dia|\d)"),
    # a concession before an invitation ("aunque no cumples todos los requisitos, queremos entrevistarte")
    fam("look-alike: a concession before an invitation (es)", -4.5, ("aunque",),
        r"\baunque\b[^.!?;]{0,60}\bno\b[^.!?;]{0,60}?, (?:\w+ ){0,3}?(?<!no )(?:queremos|nos gustaria|nos encantaria|vamos a) (?:conocerte|conocerle|"
        r"entrevistarte|entrevistarle|invitarte|invitarle|seguir|avanzar|contar contigo|hablar contigo|verte|llamarte)\b",
        r"\baunque\b[^.!?;]{0,60}\bno\b[^.!?;]{0,60}?, (?:\w+ ){0,3}?(?<!no )te (?:invitamos|citamos|convocamos|llamamos|esperamos) (?:a|para|el)\b",
        # the post taken, another offered ("Aunque el puesto ya está cubierto, nos gustaría entrevistarte para otra posición")
        r"\baunque\b[^.!?;]{0,60}\b(?:cubiert|ocupad|asignad|adjudicad)[oa]\b[^.!?;]{0,20}?, (?:\w+ ){0,3}?(?<!no )(?:queremos|nos gustaria|"
        r"nos encantaria) (?:conocerte|conocerle|entrevistarte|entrevistarle|invitarte|invitarle|proponerte|proponerle|ofrecerte|ofrecerle)\b"),
    # a candidate the reader referred
    fam("look-alike: a candidate the reader referred (es)", -4.0, ("recomendaste", "referiste", "propusiste", "presentaste",
                                                                   "sugeriste", "recomendo usted", "nos pasaste", "tu candidat",
                                                                   "vuestr", "presentarnos", "recomendarnos", "proponernos",
                                                                   "por referir", "por recomendar"),
        # thanks for a referral ("Gracias por referir a Pedro"); "presentarnos a Candela" is an agency's relay of the reader
        r"\bgracias por (?:referir|referirnos|recomendar|recomendarnos) a [a-z]+\b",
        r"\b(?:candidat[oa]|persona|perfil|amig[oa]|conocid[oa]|chic[oa])\w* que (?:nos )?(?:recomendaste|referiste|propusiste|"
        r"presentaste|sugeriste|recomendo usted|nos pasaste)\b",
        # the reader put a candidate forward: an agency's or a colleague's candidate ("tu candidata", "presentarnos a su
        # candidato"), not the reader's candidacy ("tu candidatura")
        r"\b(?:tu|vuestr[oa]) candidat[oa]s?\b|\b(?:presentarnos|recomendarnos|proponernos) (?:a )?(?:tu|su|este|esta|el|la) "
        r"(?:candidat[oa]|perfil)\b"),
]
LOOKALIKES += [
    # "ya hemos encontrado a la persona ideal para el puesto: ¡tú!"; "otros tenían más experiencia, pero tú encajas mejor"
    fam("look-alike: the reader is the one chosen, revealed (es)", -5.0, ("tu", "usted", "vos"),
        r"\b(?:persona|candidat[oa]|perfil|profesional) (?:ideal|adecuad[oa]|perfect[oa]|indicad[oa]|que buscabamos)\b[^.!?;]{0,40}: "
        r"(?:eres |es )?(?:tu|usted|vos)\b",
        r"\b(?:pero|sin embargo)\b,? (?:tu|usted|vos) (?:(?:encajas|encaja usted|encaja) (?:mejor|mas)|(?:has sido|ha sido usted|fuiste|eres|"
        r"es usted) (?:la|el) (?:elegid|seleccionad|escogid|preferid))"),
]

# News of the reader's application heard second-hand (see en.py): a friend passes on what they picked up ("me dijo mi
# prima que en Textiles Ruiz eligieron a otro. ¡Ellos se lo pierden!"). Not a relay that names its source.
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (es)", -4.5,
        ("me dijo", "me conto", "me comento", "enter", "oido", "oi que", "por lo visto", "se lo pierden", "oficialmente", "dicen que"),
        r"\bme (?:dijo|conto|comento|escribio) (?:mi|un|una|el|la) (?:prima|primo|amigo|amiga|hermano|hermana|tio|tia|"
        r"vecino|vecina|colega|excompanero|excompanera|cunado|cunada|novio|novia)\b",
        r"\b(?:me he enterado|me entere|he oido|oi|escuche) (?:por \w+(?: \w+)? )?(?:de )?que\b|\bpor lo visto\b|"
        r"\bdicen que (?:ellos|ya)\b",
        r"\b(?:ellos|ellas) se lo pierden\b|"
        r"\bte (?:enteraras|lo diran|llegara el correo) oficialmente\b"),
]

# A job board about an offer the reader only saved or viewed ("la oferta que guardaste ya está cubierta", "una oferta
# de tus favoritos"): no application of theirs
LOOKALIKES += [
    fam("look-alike: a posting the reader saved or viewed (es)", -4.0, ("guarda", "favorit", "visto", "viste", "vio "),
        r"\b(?:ofertas?|vacantes?|puestos?|empleos?|anuncios?)\b[^.!?;]{0,60}\bque (?:has|ha|habias|habia) "
        r"(?:guardado|visto|marcado como favorit[oa]|seguido)\b|"
        r"\b(?:ofertas?|vacantes?|puestos?|empleos?|anuncios?)\b[^.!?;]{0,60}\bque (?:guardaste|guardo|viste|vio|seguiste)\b",
        r"\b(?:ofertas?|vacantes?) (?:guardadas?|favoritas?)\b|\ben (?:tus|sus) favoritos\b"),
]

# The post the reader applied for, filled, however long its name ("el puesto de Técnico Senior de Cuentas a Pagar al que
# te postulaste ya ha sido cubierto"); not "aún no ha sido cubierto"
DECISIONS += [
    fam("gramática: el puesto al que te postulaste está cubierto", 4.0, ("cubiert", "ocupad", "asignad"),
        r"\b(?:al|a la|para el|para la|por el|por la) (?:que|cual) (?:te |se )?(?:postulaste|postulo|aplicaste|aplico|"
        r"presentaste|presento|inscribiste|inscribio|has postulado|ha postulado|has aplicado|ha aplicado|te has inscrito|"
        r"se ha inscrito|te postulaste|se postulo)\b[^.!?;]{0,40}?\b(?<!no )(?<!aun )(?<!todavia )(?:ya )?(?:ha sido|fue|esta|"
        r"se ha|se encuentra) (?:ya )?(?:cubiert|ocupad|asignad)[oa]\b"),
]

# Sweep 3: the person chosen already at work ("la persona con la que nos quedamos ya empezó"). Weaker (3.5): said to a
# colleague it is news, so it counts only in mail about the reader's own application.
DECISIONS += [
    fam("gramática: la persona elegida ya empezó", 3.5, ("empez", "comenz", "incorpor", "trabajando", "arranc"),
        r"\b(?:la persona|el candidato|la candidata|el chico|la chica|el muchacho|la muchacha) (?:que|con (?:la|el|quien) que|"
        r"con quien) (?:finalmente |al final )?(?:elegimos|escogimos|seleccionamos|contratamos|nos quedamos|me quede|"
        r"hemos (?:elegido|escogido|seleccionado|contratado))\b[^.!?;]{0,30}?\b(?:ya )?(?:empezo|comenzo|se incorporo|"
        r"ha empezado|ha comenzado|se ha incorporado|empieza|comienza|se incorpora|esta trabajando|arranco)\b"),
]

# Sweep 3, second batch: the outcome as a negative answer from the one who decides ("la respuesta del cliente fue
# negativa"), the post closed with someone else ("lo cerramos con una chica que ..."), not called to
# the next stage, "no quedaste para el puesto".
DECISIONS += [
    # (the decider named: not "el resultado de la prueba fue negativo", which is good news)
    fam("gramática: la respuesta del responsable fue negativa", 4.0, ("negativ",),
        r"\b(?:feedback|respuesta|retroalimentacion|valoracion|evaluacion|decision|devolucion)\b (?:final )?(?:del|de la|de los) "
        r"(?:responsable|cliente|empresa|gerente|director\w*|direccion|reclutador\w*|area|equipo|comite|tribunal|jef[ea])\b"
        # ... about the reader, or about nothing named ("sobre tu entrevista"; not "sobre la nueva oficina")
        r"(?: (?:sobre|acerca de|respecto a|respecto de|en cuanto a) (?:tu|su|ti|usted)\b[^.!?;]{0,50})?,? "
        r"(?:fue|es|ha sido|era) negativ[oa]"),
    fam("gramática: el puesto lo cerramos con otra persona", 4.0, ("cerramos", "cerraron", "cerrado", "cubrimos", "cubrieron"),
        r"\b(?:puesto|vacante|plaza|posicion|cargo)\b[^.!?;]{0,40}\b(?:lo|la) (?:cerramos|cerraron|hemos cerrado|han cerrado|"
        r"cubrimos|cubrieron) con (?:un[ao]? (?:chic[oa]|muchach[oa]|persona|candidat[oa]|pibe|piba|companer[oa]) (?:que|con|de)\b|"
        r"otr[oa]s?\b|alguien\b)"),
    fam("gramática: no te convocamos a la siguiente fase", 4.0, ("no ",),
        r"\bno (?:vamos a poder|podemos|podremos|vamos a|te vamos a|le vamos a) (?:convocar|llamar|citar|invitar)(?:te|le)? "
        r"(?:a|para) (?:la|el) (?:siguiente|proxima|nueva|segunda|ultima) (?:fase|etapa|ronda|entrevista)" + _ES_UNLESS),
    fam("gramática: no quedaste para el puesto", 4.0, ("no ",),
        r"\bno (?:quedaste|has quedado|quedo usted|ha quedado usted) (?:seleccionad[oa] )?(?:para|en) (?:el|la) "
        r"(?:puesto|vacante|plaza|posicion|cargo|trabajo)\b"),
]

# (session 18) the post free again and offered back to the reader after another candidate was first chosen ("al
# principio elegimos a otro candidato, pero el puesto vuelve a estar disponible. ¿Sigues interesado?"), or offered to
# the reader after the other declined it ("lo ha rechazado, así que queremos ofrecértelo a ti"): good news; not "si el
# puesto volviera a quedar libre, te avisaremos", nor "no podemos ofrecerte el puesto"
LOOKALIKES += [
    fam("look-alike: el puesto otra vez disponible (es)", -5.0, ("vuelve", "de nuevo", "otra vez", "reabierto", "reabrir"),
        r"\b(?:puesto|vacante|plaza|posicion)\b (?:vuelve a estar|esta (?:de nuevo|otra vez)|ha vuelto a quedar|ha quedado "
        r"(?:de nuevo|otra vez)|se ha reabierto|ha sido reabiert[oa]) ?(?:disponible|libre|vacante|abiert[oa])?\b"
        r"[^?]{0,160}?\b(?:sigues interesad[oa]|sigue interesad[oa]|(?:aun|todavia) te interesa|te interesaria|le "
        r"interesaria|(?:aun|todavia) (?:estas|esta) interesad[oa])"),
    fam("look-alike: el puesto ofrecido al lector (es)", -5.0, ("ofrecer", "proponer"),
        # (the same post: "ofrecértelo a ti", "ofrecerte el puesto"; not "proponerte el de Cajera", another post
        # offered beside a no)
        r"\b(?<!no )(?:queremos|quisieramos|nos gustaria|podemos|vamos a|nos complace|nos alegra) (?:ahora |por fin |"
        r"finalmente )?(?:ofrecer|proponer)(?:te|le)(?:(?:lo|la)\b(?: a (?:ti|usted)\b)?| (?:el puesto|la plaza|la vacante)"
        r"\b(?! de\b))"),
]

# (session 19) a friend's mail about their own rejection ("han elegido a otra persona. Estoy fatal. ¿Cenamos?"): the
# writer's own feelings or "no me cogieron", not aimed at the reader ("estoy muy triste de tener que decírtelo" stays
# a rejection); and thanks for the reader's recommendation after a decision about the one recommended
LOOKALIKES += [
    fam("look-alike: the sender tells of their own rejection (es)", -4.5, ("estoy", "me han", "no me"),
        r"\bestoy (?:(?:muy|super|tan|bastante|un poco|mega|realmente) )*(?:fatal|hech[oa] polvo|destrozad[oa]|hundid[oa]|"
        r"triste|decepcionad[oa]|chafad[oa]|desanimad[oa]|bajonead[oa]|de bajon)\b"
        r"(?![^.!?;]{0,40}(?:\bpor (?:ti|usted|vos)\b|\bcontigo\b|te\b|le\b|\bvos\b))",
        r"\bme han (?:\w+ )?(?:rechazado|descartado|dicho que no)\b|"
        r"\bno me (?:han )?(?:cogido|cogieron|eligieron|escogieron|seleccionaron|contrataron|llamaron)\b"),
    fam("look-alike: thanks for the reader's recommendation (es)", -5.0, ("recomendacion", "recomendarnos", "recomend", "propusiste"),
        r"\bgracias\b[^.!?;]{0,30}\bpor (?:la|tu|su|esta|vuestra) recomendacion\b|\bgracias\b[^.!?;]{0,30}\bpor recomendarnos\b",
        # "el puesto para el que nos recomendaste a Lucía ya está cubierto"
        r"\b(?:para el|para la|al|a la) (?:que|cual) (?:nos )?(?:recomendaste|recomendo|recomendasteis|habias recomendado|"
        r"habia recomendado|propusiste)\b"),
]

# (session 19) our trainee or seasonal hire already found: the search is over ("ya hemos elegido a nuestro becario para
# este verano"), as French's "on a trouvé notre stagiaire"; not "hemos elegido a nuestro becario: ¡eres tú!"
DECISIONS += [
    fam("gramática: ya tenemos a nuestro becario", 4.0, ("nuestr",),
        r"\bya (?:hemos|he) (?:elegido|escogido|encontrado|seleccionado|contratado|cogido) (?:a )?(?:nuestr[oa]s?) "
        r"(?:nuev[oa]s? )?(?:becari[oa]s?|estudiantes? en practicas|practicantes?|temporer[oa]s?|camarer[oa]s?|"
        r"dependientes?|monitor(?:es|a|as)?|socorristas?|candidat[oa]s?)\b(?![^.!?;]{0,30}\b(?:eres tu|es usted|(?:a|con) "
        r"(?:ti|usted))\b)"),
]

# (session 19) this post is filled, but the reader is invited for another in the same breath ("el puesto en Madrid ya
# está cubierto, pero nos gustaría entrevistarte para el de Sevilla"): the candidacy goes on, as Dutch and Portuguese
# already read it; not "pero nos gustaría tenerte en cuenta para futuras vacantes"
LOOKALIKES += [
    fam("look-alike: another post offered in the same breath (es)", -4.0, ("pero",),
        r"\bpero (?:nos gustaria|queremos|quisieramos|nos encantaria|te proponemos|le proponemos|te invitamos|le invitamos) "
        r"(?:a )?(?:entrevistar(?:te|le)|conocer(?:te|le)|invitar(?:te|le)|ofrecer(?:te|le)|proponer(?:te|le)|hablar contigo|"
        r"una entrevista|charlar contigo)\b[^.!?;]{0,40}\b(?:para|en|a) (?:el|la|otro|otra|un|una|nuestr[oa]) (?:\w+ )?"
        r"(?:puesto|vacante|posicion|plaza|oferta|de)\b"),
]

# (session 19) a small employer's short answer that the place is taken: "de momento no necesitamos a nadie más", "ya
# cerramos la búsqueda", "ya tenemos a alguien", "ya hemos completado el equipo", "ya tenemos camarero"
DECISIONS += [
    fam("gramática: ya tenemos a alguien / no necesitamos a nadie", 4.0, ("ya ", "necesit"),
        r"\b(?:de momento|por ahora|ahora mismo|en este momento|por el momento) no (?:necesitamos|necesito|buscamos|busco) "
        r"(?:a )?(?:nadie|personal|mas (?:gente|personal))\b",
        # (the search for a post, said and done: not "ya hemos cerrado el proceso con el resto de candidatos" of a welcome)
        r"\bya (?:hemos cerrado|cerramos|he cerrado|cerre) (?:la|el) (?:busqueda|proceso|seleccion)(?= de\b| ?[.,;!]|$)",
        r"\bya (?:tenemos|tengo) (?:a )?(?:alguien|otra persona|una persona|el equipo completo|la plantilla completa|"
        r"(?:el|al) (?:nuevo |nueva )?(?:camarer[oa]|dependient[ea]|cociner[oa]|ayudante|repartidor[a]?|becari[oa]))\b"
        r"(?! (?:que|para (?:ti|usted)))",
        r"\bya (?:tenemos|tengo) (?:camarer[oa]|dependient[ea]|cociner[oa]|ayudante|repartidor[a]?|becari[oa])\b",
        r"\bya (?:hemos|he) completado (?:el|nuestro|mi|la) (?:equipo|plantilla)\b"),
]

# (session 19) someone found to help the reader, not hired instead of them: "ya he encontrado a alguien que te puede
# ayudar con tu CV"
LOOKALIKES += [
    fam("look-alike: someone found to help the reader (es)", -5.0, ("ayudar", "echar una mano", "orientar", "asesorar"),
        r"\b(?:alguien|una persona|un contacto|un amigo|una amiga|un companero|una companera) que (?:te|le|os) "
        r"(?:puede|podria|pueda|va a|sabra|podra) (?:ayudar|echar una mano|orientar|asesorar)\b"),
]

# (session 19) the reader took another offer, and the company closes the application: the reader's own withdrawal
LOOKALIKES += [
    fam("look-alike: the reader accepted another offer (es)", -5.0, ("aceptado", "aceptaste", "encontrado", "encontraste"),
        r"\b(?:has|ha|habeis|han) (?:aceptado|encontrado|elegido) (?:otra|otro) (?:oferta|puesto|trabajo|empleo|"
        r"propuesta|oportunidad|empresa)\b|\b(?:aceptaste|encontraste|elegiste) (?:otra|otro) (?:oferta|puesto|trabajo|"
        r"empleo|propuesta|oportunidad|empresa)\b"),
]

# (round 20) constructions the sweeps had not written: the process closed "sin que tu candidatura haya resultado
# elegida"; others stood out or fitted better ("otros candidatos han destacado más"); a cleft verdict ("no es una
# respuesta positiva la que te traemos"); the reader's experience judged short of the post; "no vas a formar parte
# del equipo" (not "hasta enero": a start date)
DECISIONS += [
    fam("gramática: sin que tu candidatura resultara elegida", 4.0, ("sin que",),
        r"\bsin que (?:tu|su) (?:candidatura|perfil|postulacion|solicitud) (?:haya|hubiera|hubiese) (?:sido|resultado) "
        r"(?:elegid|seleccionad|escogid|finalista)\w*"),
    fam("gramática: otros candidatos han destacado más", 3.5, ("destacado", "ajustado", "encajado"),
        r"\botr[oa]s (?:candidat[oa]s|personas|perfiles|postulantes|aspirantes) (?:se )?(?:han|ha|habian) (?:destacado|ajustado|"
        r"encajado)\b[^.!?;]{0,25}?\b(?:mas|mejor)\b"),
    fam("gramática: no es una respuesta positiva la que te traemos", 4.0, ("respuesta",),
        r"\b(?:no es (?:una |la )?respuesta (?:positiva|favorable)|es (?:una |la )?respuesta negativa) (?:la )?que (?:te|le|os) "
        r"(?:traemos|damos|enviamos|escribimos|trasladamos|comunicamos|debemos dar|tenemos que dar)\b"),
    fam("gramática: tu experiencia no es suficiente", 3.0, ("suficiente",),
        r"\b(?:tu|su) (?:experiencia|perfil|formacion|nivel|trayectoria)\b[^.!?;]{0,30}\bno (?:es|resulta|era) (?:lo )?"
        r"(?:suficiente|suficientemente)\b(?![^.!?;]{0,80}\bpero\b)"),
    fam("gramática: no vas a formar parte del equipo", 3.5, ("formar parte", "unirte", "incorporarte"),
        r"(?<!\bsi )\bno (?:vas|va) a (?:formar parte (?:de|del)|unirte a|incorporarte a|incorporarse a) (?:nuestro |el |este )?equipo\b"
        r"(?! (?:hasta|antes|sin|todavia|aun|mientras)\b)"),
]

# (round 20, familiar register) a start-up's letter: feedback "no lo bastante positivo para seguir", a frozen post with
# its applications closed, "no ha habido match", "no el fit adecuado", no more interviews, another direction, "aquí
# termina el camino para tu candidatura", skills that did not fit, "esta vez no ha podido ser", not in the final round
DECISIONS += [
    fam("gramática: no lo bastante positivo para seguir", 3.5, ("bastante", "suficiente"),
        r"\bno (?:ha sido|fue|era|es) (?:lo )?(?:bastante|suficientemente) (?:positiv\w+|buen\w*|fuerte|solid\w*) (?:como )?para "
        r"(?:seguir|continuar|avanzar|pasar)\b"),
    fam("gramática: posición congelada, candidaturas cerradas", 3.5, ("congel", "candidaturas"),
        r"\b(?:hemos|han|ha) congelado (?:la|esta) (?:posicion|vacante|contratacion|plaza|busqueda)\b[^.!?;]{0,60}\b(?:cerrado|"
        r"archivado|cancelado)\b",
        r"\b(?:hemos|han) (?:cerrado|archivado|cancelado) todas las candidaturas\b"),
    fam("gramática: no ha habido match / no el fit adecuado", 3.0, ("match", "encaje", "fit"),
        r"\bno (?:ha habido|hubo) (?:match|encaje)\b",
        r"\bno (?:eres |eras |has sido )?(?:el|la) (?:fit|match|encaje) (?:adecuad[oa]|correct[oa]|idone[oa])\b"),
    fam("gramática: no más entrevistas", 3.5, ("entrevistas",),
        r"\bno (?:vamos a|podemos|podremos|vamos) (?:programar|agendar|organizar|fijar|ofrecerte|proponerte|hacer) (?:mas|otras|"
        r"nuevas) entrevistas\b(?! (?:\w+ )?(?:hasta|antes)\b)"),
    fam("gramática: ir en otra dirección", 3.5, ("direccion",),
        r"\b(?:ir|tirar|avanzar|seguir) (?:en|hacia|por) otra direccion\b(?! (?:con|para) (?:el|la|los|las|nuestro|nuestra) "
        r"(?:proyecto|producto|campana|evento|marca|web|oficina|diseno|formato|presupuesto)\b)"),
    fam("gramática: aquí termina el camino para tu candidatura", 3.5, ("termina", "acaba", "finaliza"),
        r"\b(?:termina|acaba|finaliza) (?:aqui )?(?:el camino|el recorrido|el viaje|el proceso)\b[^.!?;]{0,20}\bpara (?:ti|tu "
        r"candidatura|usted|su candidatura)\b"),
    fam("gramática: tus habilidades no encajaban", 3.0, ("encaj", "se ajust", "se adecu"),
        r"\b(?:tus|sus) (?:habilidades|competencias|experiencias?|conocimientos)\b[^.!?;]{0,20}\bno (?:encaja|encajaba|encajaban|"
        r"encajan|se ajusta\w*|se adecua\w*)\b"),
    fam("gramática: esta vez no ha podido ser", 3.0, ("podido ser", "pudo ser"),
        r"(?:^|[.!?] |\b(?:esta vez|al final|finalmente|pues|lamentablemente|por desgracia|desgraciadamente|en esta ocasion),? )"
        r"no (?:ha podido|pudo) ser\b(?=[ ,]*(?:[.!;]|lo siento|lo sentimos|$))"),
    fam("gramática: no formas parte de la ronda final", 4.0, ("formas parte", "forma parte"),
        r"\bno (?:formas|forma) parte (?:de la ronda final|de los finalistas|de la terna|de la fase final|de la shortlist|"
        r"de la lista (?:corta|de finalistas))\b"),
]

# (round 20) the offer went to another, who turned it down, and the reader is asked back ("hemos hecho una oferta a
# otro candidato, pero la ha rechazado. ¿Sigues interesado?"): the reader's candidacy goes on
LOOKALIKES += [
    fam("look-alike: the offer to another was declined, the reader asked back (es)", -5.0, ("rechaz", "declin", "renunci",
                                                                                          "echado atras"),
        r"\b(?:la ha rechazado|ha rechazado|la rechazo|rechazo la oferta|no la ha aceptado|ha declinado|declino|se ha echado atras|"
        r"renuncio|ha renunciado)\b[^?]{0,120}\b(?:(?:sigues|sigue|seguirias|estarias|estaria) (?:\w+ )?interesad[oa]|(?:te|le) "
        r"(?:sigue )?interesa(?:ria|ndo)?)\b[^.!]{0,40}\?"),
]

# (round 20) the decision "no ha sido a tu favor", told after the travel costs and the pleasantries
DECISIONS += [
    fam("gramática: la decisión no ha sido a tu favor", 4.0, ("favor",),
        r"\b(?:decision|eleccion|resolucion)\b[^.!?;]{0,40}\bno (?:ha sido|fue|ha resultado|resulto|ha salido|salio) "
        r"(?:\w+ )?(?:a|en) (?:tu|su) favor\b"),
]

# (round 20, small employers) the owner's short note that the place is taken, with no "candidatura" wording: "ya
# tenemos camarero", "ya hemos cerrado el equipo para este verano", "ya hemos cogido a un mecánico", "al final hemos
# contratado a una chica del barrio", "ya tenemos a todo el equipo". Job context comes from the classifier; the phrases
# name a worker or the staff (not "ya tenemos mesa", nor a buyer for a second-hand sale).
_ES_WORKER = (r"(?:camarer[oa]s?|cociner[oa]s?|mecanic[oa]s?|aprendic?(?:es|z)|ayudantes?|dependient[ae]s?|becari[oa]s?|"
              r"repartidor(?:a|es|as)?|friegaplatos|pinches?|peon(?:es)?|monitor(?:a|es|as)?|socorristas?|recepcionistas?|"
              r"vendedor(?:a|es|as)?|panader[oa]s?|peluquer[oa]s?|temporer[oa]s?|vendimiador(?:a|es|as)?|"
              r"empleado?a?s?|chica|chico|muchach[oa]|personal|plantilla|gente)")
DECISIONS += [
    fam("pequeño empleador: ya tenemos camarero / equipo cerrado", 4.0, ("ya ", "al final", "finalmente", "equipo",
                                                                                     "personal", "plantilla"),
        # "ya tenemos camarero", "ya hemos cogido a un mecánico", "ya he contratado a una dependienta"
        rf"\bya (?:tenemos|tengo|hemos (?:cogido|contratado|encontrado|fichado|pillado)|he (?:cogido|contratado|encontrado)|"
        rf"cogimos|contratamos|encontramos|fichamos|cogi|contrate|encontre) (?:a )?(?:un |una |el |la |los |las |nuestr[oa]s? |"
        rf"otr[oa] )?(?:nuev[oa] )?{_ES_WORKER}\b(?!\w* que (?:te|le|os|les|nos) )"
        # (not the happy end: "ya tenemos a nuestro nuevo camarero: ¡tú!")
        r"(?![^.!?;]{0,40}(?::|\b(?:eres|es|sera)) [!¡]?(?:tu|usted|vos)\b)",
        rf"\b(?:al final|finalmente) (?:ya )?(?:hemos contratado|contratamos|hemos cogido|cogimos|he contratado|contrate|he cogido|"
        rf"cogi) a (?:alguien|otr[oa]|una persona|un |una )(?:{_ES_WORKER}\b)?",
        # the team closed or complete for the season ("ya hemos cerrado el equipo para este verano", "ya tenemos a todo
        # el equipo")
        r"\b(?:ya )?(?:hemos cerrado|cerramos|tenemos cerrado|tenemos completo|completamos|hemos completado) (?:ya )?"
        r"(?:el|nuestro) (?:equipo|personal|plantilla)\b",
        r"\bya tenemos (?:a )?(?:todo el|el) (?:equipo|personal|plantilla)(?: (?:completo|cubierto|cerrado))?\b"
        r"(?! (?:de (?:futbol|baloncesto|sonido|musica)|para el (?:partido|torneo|viaje)))",
        r"\b(?:ya )?(?:estamos|vamos) (?:ya )?(?:completos|servidos|cubiertos|llenos) (?:de|en) (?:personal|plantilla|gente)\b"),
]

# (round 21, a Mexican corporate letter and a Spanish temp agency) "no pasó a la etapa final", "la empresa no ha
# contado con tu perfil", "no se va a incorporar a nadie" (the request cancelled: every application to it ends)
DECISIONS += [
    fam("gramática: no pasó a la siguiente etapa", 4.0, ("no ",),
        r"(?<!\bsi )\bno (?:paso|pasaste|pasa|pasas|ha pasado|has pasado|avanzo|avanzaste|ha avanzado|has avanzado|accedio|"
        r"accediste|ha accedido|has accedido) a la (?:(?:etapa|fase|ronda|instancia) (?:final|siguiente)|(?:siguiente|proxima|"
        r"ultima) (?:etapa|fase|ronda|instancia))\b(?![^.!?;]*\?)" + _ES_UNTIL),
    fam("gramática: no ha contado con tu perfil", 4.0, ("contado con", "contara con"),
        r"\bno (?:ha|han|hemos) contado con (?:tu|su) (?:perfil|candidatura|postulacion)\b",
        r"\bno (?:contara|contaran|contaremos) con (?:tu|su) (?:perfil|candidatura|postulacion) (?:para|en) (?:el|este|esta|la) "
        r"(?:puesto|vacante|plaza|posicion|proceso|servicio|campana)\b"),
    fam("gramática: no se va a incorporar a nadie", 4.0, ("a nadie", "no se cubrira", "no se va a cubrir"),
        r"\bno (?:se va a|se van a|vamos a|van a|se|va a) (?:poder )?(?:incorporar|contratar|incorporara|contratara|coger|"
        r"seleccionar|acoger) (?:finalmente )?a nadie\b" + _ES_UNTIL,
        # a public call left void: "la convocatoria ha quedado desierta y no se cubrirá la plaza"
        r"\bno se (?:cubrira|va a cubrir) (?:finalmente )?(?:la|el|esta|este|dicha|dicho) (?:plaza|puesto|vacante)\b" + _ES_UNTIL),
    # a public employer's list: "no ha obtenido plaza", the application "declarada no apta"
    fam("gramática: no ha obtenido plaza / declarada no apta", 4.0, ("obtenido plaza", "no apt"),
        # (not a child's school place: "su hijo no ha obtenido plaza en nuestro colegio")
        r"(?<!hijo )(?<!hija )(?<!hijos )(?<!nino )(?<!nina )\bno (?:ha|has) obtenido plaza\b(?! en (?:el|la|nuestro|nuestra|este|"
        r"esta|dicho|dicha) (?:\w+ )?(?:colegio|centro|escuela|instituto|guarderia|residencia|comedor|aparcamiento|parking|"
        r"curso|master|grado|universidad|campamento)\b)",
        r"\b(?:candidatura|solicitud|postulacion)\b (?:ha sido |fue |queda |ha quedado )?(?:declarada )?no apta\b",
        r"\bdeclarad[oa] (?:su|tu) (?:candidatura|solicitud|postulacion) (?:como )?no apta\b"),
]

# (round 21) another post offered now, after the no ("la vacante ha sido cubierta, pero tenemos otra posición de
# Analista Jr. y nos gustaría entrevistarle mañana"), and the other candidate who did not pass ("otro candidato no ha
# superado la prueba, así que tienes la plaza si la quieres")
LOOKALIKES += [
    fam("look-alike: another post offered in the same breath, said with 'tenemos otra' (es)", -4.0, ("pero",),
        r"\bpero (?:ahora |ya |tambien )?(?:tenemos|tengo|hay|ha surgido|se ha abierto|se abrio|contamos con) (?:otr[oa]s?|"
        r"un[oa]? nuev[oa]|una|un) (?:(?:\w+ ){0,2}?(?:puesto|vacante|posicion|plaza|oferta)s?|de \w+)\b(?:[^.!?;]|\b(?:jr|sr|dr|ing|lic)\.){0,80}\b(?:entrevistar(?:te|le)|"
        r"conocer(?:te|le)|hablar contigo|hablar con usted|te encaja|le encaja|hablamos)\b"),
    fam("look-alike: another candidate did not pass, the post is the reader's (es)", -5.0, ("otr", "tienes la plaza",
                                                                                         "la plaza es tuya", "el puesto es tuyo"),
        r"\botr[oa] (?:candidat[oa]|persona|aspirante|chic[oa])\b[^.!?;]{0,20}\bno (?:ha|han) (?:superado|pasado|aceptado|"
        r"sido seleccionad)",
        r"\b(?:tienes|tiene usted|tiene) (?:la plaza|el puesto|la vacante) si (?:la|lo) (?:quieres|quiere|deseas|desea)\b",
        r"\b(?:la plaza|el puesto|la vacante) es (?:tuy[oa]|suy[oa])\b"),
]

# (session 23, probe set roman) the reader's side as the one who chose: a candidate writes to the employer ("entiendo
# que ustedes siguieron con otros candidatos", "vi que ustedes eligieron a otra persona"); no employer says "ustedes" of
# its own choice
LOOKALIKES += [
    fam("look-alike: the reader's side chose another candidate (es)", -5.0, ("ustedes",),
        r"\bustedes (?:(?:ya|entonces|finalmente|al final|tambien|decidieron|optaron por|prefirieron|terminaron|acabaron) )*"
        r"(?:siguieron|seguir|eligieron|elegir|escogieron|escoger|optaron|avanzaron|avanzar|continuaron|continuar|contrataron|"
        r"contratar|seleccionaron|seleccionar|prefirieron|se quedaron|quedarse|cerraron)\b[^.!?;]{0,40}?\b(?:(?:otr[oa]s?|un[ao]?) "
        r"(?:candidat|persona|perfil|profesional|finalista|aspirante)|alguien)"),
]

# (session 23, probe10 roman) a panel's resolution with the infinitive ("el comité acordó seleccionar a otro
# postulante", "la comisión resolvió proponer a otra candidata"); an ATS's "no continuará participando en esta etapa del
# proceso"; a small family business that took a relative or a neighbour ("al final nos quedamos con mi sobrino, que ya
# conocía el negocio", "hemos cogido a la hija de un vecino")
_ES_KIN = (r"(?:(?:mi|su|nuestr[oa]|tu|el|la) (?:sobrin[oa]|hij[oa]|prim[oa]|cunad[oa]|herman[oa]|yerno|nuera|ahijad[oa]|"
           r"vecin[oa])|(?:el|la|un|una) (?:hij[oa]|sobrin[oa]) de (?:un[oa]? |mi |la |el |nuestr[oa] )?\w+)")
DECISIONS += [
    fam("gramática: el comité acordó elegir a otra persona", 4.0, ("otr", "alguien"),
        r"\b(?:acord\w*|decidi\w*|resolvi\w*|resuelto|determin\w*|opt(?:o|aron|amos|ado) por|prefiri\w*|preferido) "
        r"(?:finalmente |por unanimidad |unanimemente |en esta ocasion )?(?:seleccionar|elegir|escoger|contratar|designar|nombrar|"
        r"proponer|incorporar|adjudicar (?:el puesto|la plaza|el cargo) a|quedarse con) (?:a |al |a la )?" + _ES_OTHER),
    fam("gramática: no continuará participando en el proceso", 4.0, ("no ",),
        rf"{_ES_NO} (?:continuara|continuaras|continua|continuas|seguira|seguiras|sigue|sigues|(?:podra|podras|va a|vas a) "
        r"(?:continuar|seguir)) (?:usted )?(?:participando|avanzando|compitiendo|en carrera) (?:en|dentro de|de) (?:el |la |esta |"
        r"este |las |los |nuestro |nuestra )?(?:\w+ ){0,3}?(?:proceso|etapa|fase|seleccion|convocatoria|busqueda|concurso)\b"
        + _ES_UNTIL),
    fam("pequeño empleador: nos quedamos con un familiar", 4.0, ("al final", "finalmente", "ya ", "total"),
        r"\b(?:al final|finalmente|ya|total,?)(?: ya)? (?:nos hemos quedado|nos quedamos|me he quedado|me quede|"
        r"hemos cogido|cogimos|he cogido|cogi|hemos contratado|contratamos|he contratado|contrate|hemos metido|metimos) "
        # (the relative ends the clause or a job follows: not a stay, "nos quedamos con mi prima en Sevilla unos días")
        r"(?:con |a )?" + _ES_KIN + r"\b(?= ?(?:[.,;!]|$| (?:que|quien|porque|pues|ya que)\b| para (?:el|la|este|esta) "
        r"(?:puesto|plaza|trabajo|tienda|obrador|bar|negocio|taller|local|campana|temporada|mostrador|almacen)\b))"),
]

# (session 23, probe10 roman) HR's result of a process, forwarded, names the ones turned down with "cuyas candidaturas"
# ("agradecemos la participación de Alberto Gil y Carlos Pardo, cuyas candidaturas no han sido seleccionadas"): a
# relative clause about named others; no letter to the reader calls its application "cuya"
LOOKALIKES += [
    fam("look-alike: the ones turned down named in a relative clause (es)", -5.0, ("cuy",),
        r"\bcuy[oa]s? (?:candidaturas?|postulacion(?:es)?|solicitud(?:es)?|perfil(?:es)?) no\b"),
]
