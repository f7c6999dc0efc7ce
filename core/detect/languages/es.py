"""Spanish: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# Shared pieces: the reader's application named by a noun; a "no" that is not "aún no" / "todavía no"; a decision
# followed by "until / unless / without ..." is a condition, not a decision.
_ES_APP = r"(?:candidatura|postulacion|solicitud|perfil|cv|curriculum|hoja de vida)"
_ES_NO = r"\bno(?<!\baun no)(?<!\btodavia no)"  # "no", but not "aun no" / "todavia no"
_ES_UNLESS = r"(?![^.!?;]{0,30}\b(?:hasta|mientras|sin|antes de|si|salvo|a menos)\b)"

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidatura no seleccionada", 4.0, ('seleccionad', 'finalista', 'favorecid', 'elegid', 'aceptad', 'avanzad', 'prosperad', 'descartad', 'desestimad', 'rechazad'),
        r"\bno (?:(?:te|le|la) )?(?:has|ha|hemos|han|fue|fuiste|ha resultado|has resultado|quedaste|quedo|has quedado|ha quedado|resultaste|resulto) (?:sido |resultado )?(?:seleccionad|elegid|aceptad|preseleccionad|finalista|favorecid)",
        rf"\b(?:candidatura|postulacion|solicitud|perfil)\b{S}\bno (?:ha |fue |sera |va a ser )?(?:sido )?(?:seleccionad|elegid|aceptad|avanzad|prosperad)",
        r"\b(?:candidatura|postulacion) (?:ha sido|fue|queda) (?:descartad|desestimad|rechazad)"),
    fam("no seguir adelante", 4.0, ('no ',),
        rf"\bno{S}\b(?:seguir|seguiremos|seguimos|continuar|continuaremos|continuamos|avanzar|avanzaremos|avanzamos|proseguir|continuara|seguira|avanzara|sigue)\b{S}(?:adelante )?{S}\b(?:con (?:tu|su) (?:candidatura|postulacion|proceso|solicitud)|contigo|con usted|con ella|(?:con|en) el proceso(?: de seleccion)?\b(?! de))",
        r"\b(?:candidatura|proceso|postulacion)\b[^.!?;]{0,30}\bno (?:sigue|seguira|continuara|avanzara) adelante"),
    fam("otros candidatos", 4.0, ('otr', 'un candidat', 'una candidat', 'un perfil', 'una persona'),
        rf"\b(?:continuar|seguir|avanzar|proseguir|optado|optar|elegido|elegir|escogido|seleccionado|decantado|quedarnos|apostar|apostado|contratado|incorporar)\b{G}\b(?:con|por|a|en)? ?(?:otros?|otras?) (?:candidat|perfil|person|aspirant|postulant)\w*",
        rf"\b(?:continuar|seguir|avanzar|proseguir)\b{S}\bcon (?:un|una) (?:candidat|perfil|person)\w* (?:que|cuya|con)"),
    fam("puesto cubierto", 3.5, ('cubiert', 'ocupad'),
        r"\b(?:puesto|vacante|posicion|plaza|oferta)\w*\b[^.!?;]{0,30}\b(?:ha sido|ya ha sido|esta|ya esta|fue|se ha|han sido|quedo|ha quedado) (?:ya )?(?:cubiert|ocupad)"),
    fam("congelacion de contrataciones", 3.5, ('congel', 'cerrad', 'cancelad', 'suspendid', 'anulad', 'paralizad'),
        r"\bcongel\w* (?:temporalmente )?(?:de )?(?:las |todas las )?(?:nuevas )?(?:contrataciones|incorporaciones)",
        r"\b(?:proceso|puesto|vacante|posicion|plaza|busqueda|cargo)\b[^.!?;]{0,40}\b(?:queda|ha quedado|ha sido|fue|se ha|quedo) "
        r"(?:cerrad|cancelad|suspendid|anulad|congelad|paralizad)[oa]"),
    fam("perfil no encaja", 3.0, ('encaja', 'perfil no'),
        r"\bperfil no (?:encaja|se ajusta|coincide|cumple|corresponde)", r"\bno encajas? con (?:lo que|el perfil)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
    fam("gramática: no ofrecer el puesto", 4.0, ("no ",),
        r"\bno(?<!\baun no)(?<!\btodavia no) (?:podemos|podremos|vamos a|es posible) (?:ofrecerte|ofrecerle|ofrecer|proponerte|darte) (?:el|la|una) "
        r"(?:puesto|plaza|posicion|oferta|vacante)(?! (?:todavia|aun)\b)",
        r"\bno(?<!\baun no)(?<!\btodavia no) (?:pasaras|pasara|pasas|continuaras|avanzaras|seguiras) (?:a|en)\b",
        r"\bno(?<!\baun no)(?<!\btodavia no)\b[^.!?;,]{0,40}\b(?:ofrecer|proponer|dar|hacer)(?:te|le|les)\b[^.!?;]{0,10}\b(?:(?:el|la|una|un|ningun|ninguna) )?"
        r"(?:puesto|plaza|posicion|oferta|vacante|contrato|cargo|empleo|trabajo)(?! (?:todavia|aun)\b)"),
    fam("gramática: no te podemos ofrecer", 4.0, ("no ",),
        rf"{_ES_NO} (?:te|le|les|os) (?:podemos|podremos|vamos a|es posible|sera posible|puedo|podre|va a ser posible) "
        r"(?:ofrecer|proponer|dar|hacer) (?:(?:el|la|una|un|ningun|ninguna) )?(?:puesto|plaza|posicion|oferta|vacante|contrato|cargo|empleo|trabajo)(?! (?:todavia|aun)\b)"),
    fam("gramática: perfil no encaja", 4.0, ("no ",),
        r"\b(?:perfil|experiencia)\b[^.!?;]{0,20}\bno (?:encaja|se ajusta|coincide|corresponde|cumple)",
        r"\b(?:perfil|experiencia|candidatura|trayectoria|formacion|cv|curriculum)\b[^.!?;]{0,50}\bno(?<!\bsi no) (?:se corresponde|corresponde|"
        r"se adecua|se adapta|responde|encaja|se ajusta|coincide|es (?:exactamente |del todo )?(?:el|la|lo) (?:que|perfil que|adecuad))\b",
        r"\bno(?<!\bsi no) (?:encaja|se ajusta|se corresponde|se adecua|se adapta) (?:del todo |exactamente |completamente |plenamente )?"
        r"(?:con|a) (?:lo que (?:buscamos|necesitamos|estamos buscando|requiere)|el perfil|los requisitos|las necesidades)",
        r"\bno(?<!\bsi no) (?:encajas|te ajustas|cumples)\b"),
    fam("gramática: candidatura descartada", 4.0, ("descart", "desestim", "cancel", "cerr"),
        r"\bcandidatura\b[^.!?;]{0,30}\b(?:queda|ha quedado|ha sido|fue) (?:descartad|desestimad|cerrad)",
        r"\b(?:cerramos|descartamos|archivamos) tu candidatura",
        r"\bproceso\b[^.!?;]{0,40}\b(?:se ha cancelado|se ha cerrado|ha sido cancelado)"),
    fam("gramática: otra persona elegida", 4.0, ("otr",),
        r"\b(?:seleccionado|elegido|escogido|contratado|optado por|decantado por|quedado con)\b[^.!?;]{0,20}\b(?:a )?(?:otra|otro|otras|otros) "
        r"(?:persona|candidat|perfil|profesional)"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("gramática: no contar contigo", 4.0, ("contar", "sin que", "descart", "desestim", "rechaz"),
        r"\bno (?:vamos a |podemos |podremos |podriamos |va a ser posible )?contar (?:contigo|con usted|con tu perfil|con tu candidatura)",
        r"\bsin que (?:tu|su) candidatura (?:avance|continue|siga|prospere|pase)",
        r"\b(?:candidatura|postulacion|solicitud)\b[^.!?;]{0,60}\b(?:ha sido|fue|queda|ha quedado) (?:descartad|desestimad|rechazad)"),
    fam("gramática: un perfil con más experiencia", 4.0, ("perfil", "candidat", "persona", "profesional", "alguien"),
        r"\b(?:optado|elegido|seleccionado|decantado|escogido|apostado|contratado|quedado)\b (?:por |con )?(?:a )?(?:un|una) "
        r"(?:perfil|candidat\w*|persona|profesional) (?:con|que|mas|cuya|cuyo)\b",
        r"\b(?:optado|elegido|seleccionado|decantado|contratado|escogido)\b[^.!?;]{0,30}\balguien (?:mas|con|que)\b"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("gramática: no superada / no prospera", 4.0, ("no ", "cubiert", "ocupad"),
        r"\bno (?:has|ha|han) (?:superado|pasado|conseguido pasar)\b",
        r"\bno (?:ha|han) (?:prosperado|resultado seleccionad\w*|sido seleccionad\w*|sido elegid\w*)",
        r"\bno (?:continuaras|continuara|seguiras|seguira|avanzaras|avanzara) (?:en|con|adelante)\b",
        r"\bno (?:has|ha) sido (?:seleccionad|elegid|escogid)\w*",
        r"\b(?:vacante|puesto|plaza|posicion)\b[^.!?;]{0,40}\b(?:ha sido|ya ha sido|fue|esta) (?:cubiert|ocupad)\w*",
        r"\bno (?:vamos a |podemos |podremos )?(?:seguir|continuar) (?:adelante )?con (?:tu|su) (?:candidatura|proceso|postulacion|perfil)"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
_ES_CHOSE = (r"(?:eligi\w*|elegid\w*|elegimos|escogi\w*|escogid\w*|escogimos|seleccionad\w*|seleccionamos|selecciono|"
             r"seleccionaron|optad\w*|optamos|opto|optaron|decantad\w*|decantamos|decanto|resolvi\w*|resuelto|decidi\w*|"
             r"decidid\w*|quedamos|quedado|quedo|recaido|recayo|contratad\w*|contratamos|contrato|preferid\w*|"
             r"asignad\w*|asigno|asignamos|cubrir|cubierto|cubrimos|inclinad\w*|inclinamos|inclino|inclinaron|encontrado|encontramos)")

_ES_OTHER = (r"(?:otr[oa]s?(?:\((?:a|as|os)\))?(?: de (?:los|las)(?:\((?:a|as|os)\))?)? ?(?:candidat|aspirant|persona|perfil|"
             r"postulant|finalist|profesional)|otra persona|alguien (?:que|con|de|mas)|"
             r"un[ao]? (?:candidat|persona|perfil|aspirant|profesional)\w* (?:que|con|cuy|mas|del propio|de la propia|intern)|"
             r"(?:la|el) (?:persona|candidat[oa]|perfil|profesional) cuy|"
             r"(?:perfiles|candidat[oa]s|candidaturas|personas|profesionales) (?:mas|que (?:se ajustan|encajan|se adecuan)|cuy)|"
             r"candidat\w*(?: y candidat\w*)? (?:cuy|que|con (?:mas|mayor|experiencia))|promocion interna|"
             r"(?:dos|tres|cuatro|varios|varias|algunos|algunas) (?:candidat|perfil|persona|aspirant|finalist|postulant)\w* (?:que|con|cuy|mas)|"
             r"personal (?:de la propia|del propio|propio|interno|de (?:la )?casa)|(?:candidat|perfil|persona)\w* intern\w*|alguien de (?:dentro|la casa))")

DECISIONS += [
    fam("gramática: la decisión recayó en otra persona", 4.0, ("otr", "alguien", "un candidat", "una candidat", "un perfil", "una persona", "un aspirant", "una aspirant",
                                                           "un profesional", "una profesional", "candidat", "interna",
                                                           "intern", "cuy", "personal", "dos ", "tres ", "varios", "varias", "algunos", "algunas"),
        rf"\b{_ES_CHOSE}\b{G}\b{_ES_OTHER}"),
    fam("gramática: no continuar con la candidatura", 4.0, ("no ",),
        r"\bno(?<!\baun no)(?<!\btodavia no) (?!olvides|dudes|te preocupes|pierdas|te pierdas|hace falta)(?:(?:te|le|lo|la|les|nos|voy a|vamos a|vas a|va a|van a|"
        r"puedo|podemos|podremos|podre|podria|podriamos|poder|podido|podra|podras|pude|pudimos|es posible|sera posible|ha sido posible|"
        r"a|ha|han|he|hemos|hayamos|esta|estamos|estan)\b ?){0,3}"
        r"(?:continu|segu|sigu|avanz|prosegu|pasar|pasas|contar|contamos|contaremos|contariamos|consider|seleccion|preseleccion|eleg|escog)\w*"
        rf"\b{G}\b(?:contigo|con usted|con vos|con (?:la|el) (?:tuya|suya|tuyo|suyo)\b|(?:tu|su) (?:candidatura|postulacion|perfil|cv|hoja de vida|solicitud|proceso)|"
        r"(?:a|en) la (?:siguiente|proxima|entrevista|fase|etapa|(?:ultima|segunda|tercera|nueva|otra) (?:fase|etapa|entrevista|ronda|prueba))|"
        r"(?:al|el) (?:siguiente|proximo|ultimo|segundo) (?:paso|nivel|filtro)|(?:a |para )?(?:las|los) (?:siguientes?|proximas?) (?:fases|etapas|pasos)|"
        r"en (?:el|este) proceso|para (?:este|el|esta|la) (?:puesto|cargo|empleo|rol|trabajo|plaza|vacante))"),
    fam("gramática: no figura entre los elegidos", 4.0, ("no ",),
        r"\bno\b[^.!?;]{0,30}\bentre (?:los|las) (?:personas )?(?:elegid|seleccionad|aspirantes|candidat|finalist|propuest|aprobad)",
        r"\bno (?:ha sido|fue|es|resulto) favorable\b",
        r"\b(?:estado|status|estatus)\b[^.!?;]{0,60}\bno seleccionad"),
    fam("gramática: fin de la participación", 4.0, ("termin", "conclu", "finaliz", "acab", "excluid"),
        r"\b(?:damos|da|dan) por (?:concluida|finalizada|terminada) (?:su|tu) participacion",
        r"\b(?:proceso|participacion|camino)\b[^.!?;]{0,45}\b(?:termina|finaliza|concluye|acaba) (?:aqui|aca)",
        r"\bexcluid[oa] del (?:proceso|concurso)"),
    fam("gramática: la vacante ya se cubrió", 3.5, ("cubri", "cubier", "ocupad"),
        r"\b(?:vacante|puesto|plaza|posicion)s?\b[^.!?;]{0,80}\b(?:ya )?(?:se cubri\w*|(?:ha|han) sido cubiert\w*|fue cubiert\w*|"
        r"fueron cubiert\w*|esta cubiert\w*|estan cubiert\w*|(?:ha|han) sido ocupad\w*)"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("gramática: excluida / estado descartado / puesto cubierto", 4.0, ("excluid", "descart", "cubierto", "adjudic", "no estamos", "retirad"),
        r"\b(?:solicitud|candidatura|postulacion)\b[^.!?;]{0,30}\b(?:figura|queda|consta|aparece) como (?:excluid|descartad|no admitid|no apt)",
        r"\bestado: ?(?:descartad|rechazad|no seleccionad|finalizad|cerrad)",
        r"\b(?:hemos|han|ha) (?:ya )?cubierto (?:(?:todas|todos) )?(?:el|la|los|las|ese|esa|este|esta|estos|estas|dicho|dicha|nuestro|nuestra|nuestros|nuestras) "
        r"(?:(?:\w+ )?(?:puesto|plaza|vacante|posicion|cargo)s?|(?:puesto|plaza|vacante|posicion|cargo)(?:s|es)?)\b",
        rf"\b(?:adjudicad\w*|adjudico|adjudicamos)\b{G}\b{_ES_OTHER}",
        r"\bno estamos (?:contratando|seleccionando|incorporando)\b",
        r"\boferta\b[^.!?;]{0,40}\b(?:queda |ha sido |fue )(?:retirada|revocada|anulada)"),
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
        r"(?! (?:todavia|aun)\b)",
        rf"{_ES_NO} (?:(?:te|le|la|lo|vamos a|voy a|podemos|podremos|poder|es posible|ha sido posible|sera posible)\b ?){{0,3}}"
        r"(?:tener|tomar|tendremos|tenemos|tomaremos)(?:te|le|la|lo)? en (?:cuenta|consideracion)\b(?! (?:todavia|aun)\b)",
        r"\b(?:decidido|decidimos|decidio|resuelto|acordado|optado por|preferido|decision de) no (?:tener|tomar)(?:te|le|la|lo) en (?:cuenta|consideracion)"),
    fam("gramática: decidir no seguir", 4.0, ("no ",),
        r"\b(?:decidido|decidimos|decidio|decidieron|resuelto|resolvimos|resolvio|acordado|acordamos|acordo|optado por|optamos por|"
        r"opto por|preferido|preferimos|prefirio|decision (?:final )?(?:de|es|ha sido|fue)|determinado) no "
        r"(?:seguir|continuar|avanzar|proseguir|contar|incorporar|contratar|ofrecer|pasar|seleccionar|elegir|proponer|formular|incluir|"
        r"mover|invitar|convocar)\w*?(?:(?:te|le|la|lo)\b|\b[^.!?;]{0,40}?\b(?:contigo|con usted|con vos|con ella|(?:la|el) (?:tuya|suya|tuyo|suyo)\b|"
        r"(?:tu|su) (?:candidatura|postulacion|perfil|cv|curriculum|solicitud|proceso|participacion)|"
        r"(?:el|este|dicho) proceso(?: de seleccion)?\b(?! de)|"
        r"(?:a|en) la (?:siguiente|proxima|ultima|nueva)|para (?:el|este|la|esta) (?:puesto|cargo|plaza|vacante|posicion|rol)|"
        r"(?:las|los) (?:siguientes|proximas|proximos) (?:fases|etapas|pasos|entrevistas)))"),
    fam("gramática: proceso cerrado sin el lector", 4.0, ("sin ",),
        r"\b(?:cerrado|cerramos|cerrar|concluido|concluimos|finalizado|finalizamos|terminado|terminamos|resuelto|cubierto|cubrimos)\b"
        r"[^.!?;]{0,50}\bsin (?:contar con|incluir|seleccionar|elegir|tu|su|ti|usted|vos)\b"),
    fam("gramática: proceso dado por cerrado", 3.5, ("por finaliz", "por cerrad", "por conclu", "por terminad", "cerrado el proceso",
                                                   "cancelado el proceso", "finalizado el proceso"),
        r"\b(?:damos|dar|da|dan|doy|hemos dado|han dado) por (?:finalizad|cerrad|concluid|terminad)[oa] (?:el|este|nuestro|dicho|la|esta) "
        r"(?:proceso|busqueda|seleccion|convocatoria)",
        r"\b(?:hemos|han|ha) (?:cerrado|cancelado|finalizado) (?:el|este|nuestro|dicho) proceso\b"),
    fam("gramática: la oferta, a otra persona", 4.0, ("otr",),
        r"\b(?:oferta|propuesta|puesto|plaza|contrato)\b[^.!?;]{0,20}\b(?:se (?:la|lo) )?(?:hemos|han|he|ha|habiamos) "
        r"(?:hecho|dado|ofrecido|extendido|adjudicado|asignado|entregado) a (?:otra|otro|otras|otros)\b",
        r"\b(?:hecho|ofrecido|dado|extendido) (?:la|una|el|nuestra) (?:oferta|propuesta|puesto|plaza)\b[^.!?;]{0,30}\ba (?:otra|otro) "),
    fam("gramática: no ha sido el elegido", 4.0, ("no ",),
        rf"\b(?:{_ES_APP}|usted|vos)\b{S}\bno (?:ha sido|fue|es|era|ha resultado|resulto|sera) (?:\w+ ){{0,2}}(?:el|la) "
        r"(?:(?:perfil|candidat[oa]|persona|opcion) )?(?:elegid|seleccionad|escogid|finalista|ganador)",
        r"\bno (?:has sido|fuiste|eres|has resultado|resultaste) (?:\w+ ){0,2}(?:el|la) (?:(?:perfil|candidat[oa]|persona|opcion) )?"
        r"(?:elegid|seleccionad|escogid|finalista|ganador)"),
    fam("gramática: requisitos no cumplidos", 4.0, ("requisit", "minim"),
        r"\bno(?<!\bsi no) (?:cumples|cumple|reunes|reune|satisfaces|satisface|alcanzas|alcanza|has alcanzado|ha alcanzado) (?:con )?"
        r"(?:los|todos los|el|la|alguno de los|uno de los|tod[oa]s l[oa]s)? ?(?:\w+ )?(?:requisitos?|criterios?|minimos?|puntuacion minima|nivel minimo)"),
    fam("gramática: respuesta negativa", 4.0, ("negativ", "desfavorable", "no favorable"),
        rf"\b(?:respuesta|decision|resolucion|valoracion)\b{S}\b(?:es|ha sido|fue|sea|resulto|ha resultado) "
        r"(?:\w+ )?(?:negativa|desfavorable|no favorable)"),
    fam("gramática: el equipo ya está completo", 3.5, ("complet",),
        r"\b(?:equipo|plantilla|cupo)\b[^.!?;,]{0,35}? (?:ya )?(?:esta|estan|ha quedado|queda|quedo|se ha) complet[oa]"),
    fam("gramática: no podemos incorporarte", 4.0, ("no ",),
        rf"{_ES_NO} (?:(?:vamos a|voy a|podemos|podremos|podre|puedo|poder|es posible|sera posible|ha sido posible|va a ser posible)\b ?){{1,2}}"
        rf"(?:incorporar|contratar|fichar|sumar)(?:te|le|la|lo)\b{_ES_UNLESS}"),
    fam("gramática: ya tenemos a la persona", 4.0, ("encontrado", "dado con", "localizado"),
        r"\b(?:hemos|han|ha|ya) (?:encontrado|dado con|localizado) (?:a )?(?:la|el) (?:persona|candidat[oa]|perfil|profesional) "
        r"(?:que|adecuad|ideal|indicad)[^.!?;]{0,40}\b(?:puesto|vacante|plaza|posicion|cargo|rol|empleo|trabajo|proceso)"),
]

# Words that make a mail job mail in Spanish beyond the shared ones (plural nouns, Latin American usage, trainee
# programmes) and the idiom "to make someone the offer".
JOB_WORDS = (r"posicion(?:es)?|puestos|vacantes|postulant\w*|postulaciones|reclutamiento|reclutador(?:a|es|as)?|"
             r"seleccion de personal|recursos humanos|rrhh|becari[oa]s?|fp dual|aprendiz(?:aje)?|"
             r"practicas (?:profesionales|extracurriculares|curriculares|en empresa|remuneradas)|programa (?:de )?(?:graduates?|trainees?)|"
             r"assessment center|oferta (?:de (?:empleo|trabajo)|laboral)|postular\w*|postulaste|aplicaste|hoja de vida|"
             r"carta de presentacion|entrevist(?:arte|arle|arla|arlo|amos|aron|e|o)|contratarte|contratarle|incorporarte|"
             r"incorporarle|formar parte de (?:nuestro|el|este) equipo|unirte a (?:nuestro|el) equipo|la oferta se la (?:hemos|he|han|habiamos) (?:hecho|dado)|"
             r"hemos (?:hecho|extendido) (?:la|una) oferta a|he (?:hecho|extendido) (?:la|una) oferta a")

# Ways of naming the reader's own application in Spanish (formal "su", Latin American "aplicaste", participation).
YOURS_WORDS = (r"su (?:solicitud|perfil|cv|curriculum|proceso)|tu (?:cv|curriculum|proceso|entrevista|prueba|portfolio|portafolio)|"
               r"te (?:presentaste|inscribiste)|se postulo|aplicaste|tu participacion en (?:el|nuestro|este) proceso|su participacion en (?:el|nuestro|este) proceso")

# Spanish look-alikes: a condition still open (a hedge about future silence, a deadline for a missing document or
# a test) and news about a third person's candidacy ("a Quique no lo cogieron").
LOOKALIKES: list[Family] = [
    fam("look-alike: a condition still open (es)", -4.5, ("si no", "mientras no", "hasta que no", "en caso de no", "de no recibir",
                                                         "de no tener", "si tu ", "si su "),
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
                                                                     "permaneces", "pasas a", "avanzas a", "pasa usted a"),
        r"\b(?:sigues|continuas|sigue usted|continua usted|permaneces)(?<!no sigues)(?<!no continuas)(?<!no permaneces) "
        r"(?:en (?:el|este|nuestro) proceso|en la carrera|siendo (?:candidat|finalist)|en (?:la|nuestra) (?:lista|terna|seleccion))",
        r"\b(?:pasas|avanzas|pasa usted|avanza usted)(?<!no pasas)(?<!no avanzas) a la (?:siguiente|proxima|ultima|segunda|tercera) "
        r"(?:fase|etapa|ronda|entrevista)"),
    # the reader is on the hiring side: asked to interview, call or tell a named candidate, or close the process
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0,
        ("puedes ", "podeis ", "podrias ", "al resto", "a los demas", "a las demas", "candidat", "avisal", "llamal", "escribel",
         "informal", "comunicaselo", "diselo", "entrevistaste"),
        r"\b(?:el|la) candidat[oa] (?!(?:seleccionad|elegid|ideal|que|final|idone|finalista|adecuad)\w*\b)[a-z]+(?: [a-z]+)?,? "
        r"(?:ya )?no (?:ha sido|fue|ha pasado|pasa|continua|sigue|seguira|avanza|avanzara)\b",
        r"\b(?:avisale|avisala|avisalo|llamale|llamala|llamalo|escribele|informale|informala|comunicaselo|diselo|comunicale)\b",
        r"\b(?:lo|la|le) entrevistaste(?:is)?\b",
        r"\b(?:puedes|podeis|podrias|podriais) (?:entrevistarl[oa]s?|llamarl[oa]s?|avisarl[oa]s?|contactarl[oa]s?)\b",
        r"\b(?:puedes|podeis|podrias|podriais) (?:cerrar|archivar|rechazar|descartar) (?:el proceso|la vacante|la oferta|las candidaturas|"
        r"las solicitudes|al resto|a los demas|a las demas)\b",
        r"\b(?:avisa|avisad|avisar|informa|informad|informar|comunica|comunicad|comunicar|escribe|escribid|escribir)(?:le|les)? "
        r"(?:al resto|a los demas|a las demas|a (?:los|las) (?:otros|otras|demas) (?:candidat|finalist|aspirant))"),
]

# --- seventh layer: the chosen other as the subject, dropping the application, others who fit better ----------
DECISIONS += [
    fam("gramática: otra persona ha sido seleccionada", 4.0, ("otr",),
        r"\b(?:otra persona|otr[oa]s? (?:candidat|perfil|aspirant|postulant|profesional)\w*)\b[^.!?;]{0,30}\b(?:ha|han) sido "
        r"(?:seleccionad|elegid|escogid|contratad|preferid)",
        r"\b(?:la persona|el candidato|la candidata|el perfil) (?:seleccionad|elegid|escogid|contratad)[oa] (?:ha sido|es|fue) otr[oa]\b"),
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
    fam("gramática: el puesto fue para otra persona", 4.0, ("otr", "cubierto"),
        r"\b(?:puesto|plaza|vacante|posicion|cargo|oferta|contrato)\b[^.!?;]{0,25}\b(?:ha ido|fue|se ha ido|ha sido|se (?:la|lo) "
        r"(?:ha llevado|llevo)) (?:para |a )(?:otra|otro)\b",
        r"\b(?:lo|la) (?:hemos|han) (?:ya )?cubierto (?:internamente|con (?:otr|personal|un |una |alguien|promocion))"),
    fam("gramática: no es posible seguir adelante", 3.5, ("adelante",),
        rf"{_ES_NO} (?:(?:vamos a|voy a|podemos|podremos|poder|es posible|sera posible|ha sido posible|va a ser posible|seguiremos|"
        r"continuaremos|avanzaremos)\b ?){0,2}(?:seguir|continuar|avanzar|ir|seguiremos|continuaremos|avanzaremos|sigue|continua)? ?adelante\b"
        r"(?! con (?!tu\b|su\b|vuestr|ella\b|usted\b))" + _ES_UNLESS),
    fam("gramática: no has sido tú", 4.0, ("no has sido", "no fuiste", "no ha sido usted"),
        r"\bno (?:has sido|fuiste) (?:tu|vos)\b(?! (?:quien|el que|la que|el unico|la unica))",
        r"\bno ha sido usted\b(?! (?:quien|el que|la que))"),
    fam("gramática: sin respuesta positiva", 3.5, ("positiva", "favorable", "mejores noticias", "buenas noticias"),
        r"\bno (?:poder|podemos|podremos|poderte|poderle) (?:darte|darle|daros|dar|ofrecerte|ofrecerle|trasladarte|trasladarle|comunicarte|"
        r"comunicarle) (?:una )?(?:respuesta|contestacion|noticia)s? (?:positiva|favorable|afirmativa)",
        r"\bno (?:poder|podemos|podremos) (?:darte|darle|daros|dar|traerte|traerle) (?:mejores|buenas) noticias"),
    fam("gramática: decidir no cubrir el puesto", 3.5, ("no cubrir",),
        r"\b(?:decidido|decidimos|decidio|resuelto|acordado|optado por|opto por|preferido) no cubrir (?:el|este|la|esta|dicho|dicha) "
        r"(?:puesto|vacante|plaza|posicion|cargo)" + _ES_UNLESS),
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
         "equipo de", "seleccionad", "convocad", "elegid", "escogid", "partido", "entreno", "entrenamiento"),
        r"\b(?:plaza|plazas|puesto|sitio|hueco|lugar)\b (?:\w+ )?(?:de|en|como|para) (?:el |la |los |las |nuestr[oa]s? |este |esta )?"
        r"(?:voluntari\w*|coro|coral|banda de musica|grupo de teatro|compania de teatro|"
        r"equipo de (?:futbol|baloncesto|balonmano|voleibol|rugby|natacion|hockey|atletismo)|colegio mayor|piso|habitacion|"
        r"garaje|aparcamiento|parking)\b",
        r"\b(?:ofrecerte|ofrecerse|ofrecerle|apuntarte|apuntarse|inscribirte|inscribirse|presentarte) como voluntari[oa]s?\b",
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
