"""Spanish: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidatura no seleccionada", 4.0, ('seleccionad', 'elegid', 'aceptad', 'avanzad', 'prosperad', 'descartad', 'desestimad', 'rechazad'),
        r"\bno (?:has|ha|hemos|han|fue|fuiste|ha resultado|has resultado) (?:sido |resultado )?(?:seleccionad|elegid|aceptad|preseleccionad)",
        rf"\b(?:candidatura|postulacion|solicitud|perfil)\b{S}\bno (?:ha |fue |sera |va a ser )?(?:sido )?(?:seleccionad|elegid|aceptad|avanzad|prosperad)",
        r"\b(?:candidatura|postulacion) (?:ha sido|fue|queda) (?:descartad|desestimad|rechazad)"),
    fam("no seguir adelante", 4.0, ('no ',),
        rf"\bno{S}\b(?:seguir|seguiremos|seguimos|continuar|continuaremos|continuamos|avanzar|avanzaremos|avanzamos|proseguir|continuara|seguira|avanzara|sigue)\b{S}(?:adelante )?{S}\b(?:con (?:tu|su) (?:candidatura|postulacion|proceso|solicitud)|contigo|con usted|con ella|con el proceso|en el proceso)",
        r"\b(?:decidido|optado por|decision (?:final )?ha sido) no (?:seguir|continuar|avanzar|proseguir)",
        r"\b(?:candidatura|proceso|postulacion)\b[^.!?;]{0,30}\bno (?:sigue|seguira|continuara|avanzara) adelante"),
    fam("otros candidatos", 4.0, ('otr', 'un candidat', 'una candidat', 'un perfil', 'una persona'),
        rf"\b(?:continuar|seguir|avanzar|proseguir|optado|optar|elegido|elegir|escogido|seleccionado|decantado|quedarnos|apostar|apostado|contratado|incorporar)\b{G}\b(?:con|por|a|en)? ?(?:otros?|otras?) (?:candidat|perfil|person|aspirant|postulant)\w*",
        rf"\b(?:continuar|seguir|avanzar|proseguir)\b{S}\bcon (?:un|una) (?:candidat|perfil|person)\w* (?:que|cuya|con)"),
    fam("puesto cubierto", 3.5, ('cubiert', 'ocupad'),
        r"\b(?:puesto|vacante|posicion|plaza|oferta)\w*\b[^.!?;]{0,30}\b(?:ha sido|ya ha sido|esta|ya esta|fue|se ha|han sido|quedo|ha quedado) (?:ya )?(?:cubiert|ocupad)"),
    fam("congelacion de contrataciones", 3.5, ('congel', 'cerrado', 'cancelado', 'suspendido'),
        r"\bcongel\w* (?:temporalmente )?(?:de )?(?:las |todas las )?(?:nuevas )?(?:contrataciones|incorporaciones)",
        r"\bproceso\b[^.!?;]{0,40}\b(?:queda|ha quedado|ha sido|fue|se ha) (?:cerrado|cancelado|suspendido)"),
    fam("perfil no encaja", 3.0, ('encaja', 'perfil no'),
        r"\bperfil no (?:encaja|se ajusta|coincide|cumple|corresponde)", r"\bno encajas? con (?:lo que|el perfil)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
    fam("gramática: no ofrecer el puesto", 4.0, ("no ",),
        r"\bno (?:podemos|podremos|vamos a|es posible) (?:ofrecerte|ofrecerle|ofrecer|proponerte|darte) (?:el|la|una) "
        r"(?:puesto|plaza|posicion|oferta|vacante)",
        r"\bno (?:pasaras|pasara|pasas|continuaras|avanzaras|seguiras) (?:a|en)\b",
        r"\bno\b[^.!?;]{0,25}\b(?:ofrecerte|ofrecerle|proponerte|proponerle|darte)\b[^.!?;]{0,10}\b(?:el|la|una|un) "
        r"(?:puesto|plaza|posicion|oferta|vacante|contrato)"),
    fam("gramática: perfil no encaja", 4.0, ("no ",),
        r"\b(?:perfil|experiencia)\b[^.!?;]{0,20}\bno (?:encaja|se ajusta|coincide|corresponde|cumple)",
        r"\bno (?:encajas|te ajustas|cumples)\b"),
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
             r"seleccionaron|optad\w*|optamos|opto|optaron|decantad\w*|decantamos|decanto|resolvi\w*|decidi\w*|"
             r"decidid\w*|quedamos|quedado|quedo|recaido|recayo|contratad\w*|contratamos|contrato|preferid\w*|"
             r"asignad\w*|asigno|asignamos|cubrir|cubierto|cubrimos)")

_ES_OTHER = (r"(?:otr[oa]s?(?:\((?:a|as|os)\))?(?: de (?:los|las)(?:\((?:a|as|os)\))?)? ?(?:candidat|aspirant|persona|perfil|"
             r"postulant|finalist|profesional)|otra persona|alguien (?:que|con|de|mas)|"
             r"un[ao]? (?:candidat|persona|perfil|aspirant|profesional)\w* (?:que|con|cuy|del propio|de la propia|intern)|"
             r"candidat\w*(?: y candidat\w*)? (?:cuy|que|con (?:mas|mayor|experiencia))|promocion interna)")

DECISIONS += [
    fam("gramática: la decisión recayó en otra persona", 4.0, ("otr", "alguien", "un candidat", "una candidat", "un perfil", "una persona", "un aspirant", "una aspirant",
                                                           "un profesional", "una profesional", "candidat", "interna"),
        rf"\b{_ES_CHOSE}\b{G}\b{_ES_OTHER}"),
    fam("gramática: no continuar con la candidatura", 4.0, ("no ",),
        r"\bno (?!olvides|dudes|te preocupes|pierdas|te pierdas|hace falta)(?:(?:te|le|lo|la|les|nos|vamos a|vas a|va a|van a|"
        r"podemos|podremos|poder|podra|podras|es posible|sera posible|a|ha|han|esta|estamos|estan)\b ?){0,3}"
        r"(?:continu|segu|sigu|avanz|prosegu|pasar|pasas|contar|consider)\w*"
        rf"\b{G}\b(?:contigo|con usted|con vos|(?:tu|su) (?:candidatura|postulacion|perfil|cv|hoja de vida|solicitud|proceso)|"
        r"(?:a|en) la (?:siguiente|proxima|entrevista|fase|etapa)|(?:a |para )?(?:las|los) (?:siguientes?|proximas?) (?:fases|etapas|pasos)|"
        r"en (?:el|este) proceso|para (?:este|el|esta|la) (?:puesto|cargo|empleo|rol|trabajo|plaza|vacante))"),
    fam("gramática: no figura entre los elegidos", 4.0, ("no ",),
        r"\bno\b[^.!?;]{0,30}\bentre (?:los|las) (?:personas )?(?:elegid|seleccionad|aspirantes|candidat|finalist|propuest|aprobad)",
        r"\bno (?:ha sido|fue|es|resulto) favorable\b",
        r"\b(?:estado|status|estatus)\b[^.!?;]{0,60}\bno seleccionad"),
    fam("gramática: fin de la participación", 4.0, ("termin", "conclu", "finaliz", "acab", "excluid"),
        r"\b(?:damos|da|dan) por (?:concluida|finalizada|terminada) (?:su|tu) participacion",
        r"\b(?:proceso|participacion|camino)\b[^.!?;]{0,20}\b(?:termina|finaliza|concluye|acaba) (?:aqui|aca)",
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
        r"\b(?:hemos|han|ha) (?:ya )?cubierto (?:el|la|ese|esa|este|esta) (?:puesto|plaza|vacante|posicion)",
        rf"\b(?:adjudicad\w*|adjudico|adjudicamos)\b{G}\b{_ES_OTHER}",
        r"\bno estamos (?:contratando|seleccionando|incorporando)\b",
        r"\boferta\b[^.!?;]{0,40}\b(?:queda |ha sido |fue )(?:retirada|revocada|anulada)"),
]
