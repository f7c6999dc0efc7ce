"""Compositional decision grammars: [negation] x [progression verb] x [object] and friends, per language.

The phrase families in ``phrases`` name the common sentences; these grammars cover the many ways of
saying the same thing, by composing small word classes inside one sentence (folded text: lower case,
no accents). Each family is one decision idea, so a reason still reads like a sentence.
"""

from __future__ import annotations

from nextround.detect.phrases import Family, G, S, fam


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


def starts(*words: str) -> str:
    """Word-initial alternatives written so each begins with a plain letter: the regex engine then skips ahead
    to those letters instead of trying every position (about 7x faster than a leading \\b on mail text)."""
    return alt(*(f"{w[0]}(?<![a-z0-9']{w[0]}){w[1:]}" for w in words))


# --- English ---------------------------------------------------------------------------------------------
_EN_NEG = alt(starts(r"not\b", "no longer", "unable to", "cannot", "decided against"), "n't")
# Verbs that mean "take the candidacy on" by themselves; the everyday ones (move, take, put, go, carry, bring)
# only count with "forward/further/ahead", so "I can't take you to the airport" says nothing about a job.
_EN_VERB = alt("proceed", "progress", "advanc", "continu", "pursu", "invit", "shortlist", "select", "consider",
               r"(?:mov|tak|put|push|carr|bring|go)\w* (?:you |yours |your (?:application|candidacy) |it |this |things )?(?:any )?"
               r"(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase))")
_EN_OBJ = alt(r"your (?:application|candidacy|candidature|profile|cv|resume|submission)", r"yours\b", r"you\b(?!')",
              r"with (?:you|it)\b")
_EN_ROLEWORD = alt("role", "position", "job", "post", "vacancy", "opening", "requisition", "posting")
_EN_OTHER = alt("other", "another", "different", "alternative", "stronger", "internal", "more (?:experienced|suitable|qualified)",
                "a different", "an internal", "one other", "a stronger")
_EN_PEOPLE = alt("candidate", "applicant", "person", "profile", "individual", "colleague", "hire", "finalist")

EN = [
    fam("grammar: not taking the application further", 4.0, ("not", "n't", "no longer", "unable", "cannot", "against"),
        rf"{_EN_NEG}{S}\b{_EN_VERB}\w*\b{S}\b{_EN_OBJ}",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* (?:any |it |this )?(?:further|forward|ahead)\b{S}\b(?:with )?(?:your|the) (?:application|candidacy)",
        rf"{_EN_NEG}{S}\b(?:mov|tak|put|push|carr|bring)\w* (?:you|yours|your (?:application|candidacy|candidature|profile)) "
        r"(?:any )?(?:forward|further|ahead|to the (?:next|final|second|last|interview|onsite) (?:stage|round|step|phase))"),
    fam("grammar: no interview will be arranged", 3.5, ("interview",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:arrang|schedul|set\w* up|book|offer|extend)\w*\b{S}\b(?:an? |any |further |the )?interviews?\b"),
    fam("grammar: the profile does not match", 4.0, ("match", "fit", "align"),
        r"\b(?:profile|experience|background|skills?|qualifications?|cv|resume)\b[^.!?;]{0,30}\b(?:doesn't|does not|didn't|did not|"
        r"don't|do not|isn't|is not|aren't|are not)\b (?:quite |fully |entirely |closely |sufficiently |yet )?"
        r"(?:match|fit|align|meet)"),
    fam("grammar: another person was chosen", 4.0, ('candidate', 'applicant', 'person', 'profile', 'individual', 'colleague', 'hire', 'finalist'),
        rf"\b(?:settled|landed|decided|chose|chosen|choose|selected|opted|gone|going|go|went|moving|move|proceed\w*|"
        rf"hired|appointed|recommended|offered|pursue|pursuing|favou?red|prefer\w*|identified)\b{G}\b{_EN_OTHER} {_EN_PEOPLE}s?\b"),
    fam("grammar: the application did not make it", 4.0, ("make it", "through", "among", "successful", "progress", "advance"),
        rf"\b(?:application|candidacy|candidature|you)\b{G}\b(?:did not|didn't|will not|won't|has not|hasn't|have not|haven't) "
        rf"(?:make it|made it|get|got|go|gone|progress|advance|pass|move)\w*\b{S}\b(?:through|to|beyond|past|forward|further)",
        rf"\b(?:were|was|are|is)(?: not|n't) (?:among|one of) (?:those|the|the candidates|the applicants|the people)\b{S}"
        rf"(?:selected|chosen|shortlisted|invited|progress\w*|moving|advanc\w*)"),
    fam("grammar: no offer will be made", 4.0, ("offer",),
        rf"{_EN_NEG}{S}\b(?:be )?(?:extend|mak|offer|present)\w*\b{S}\b(?:an? |the )?(?:offer|{_EN_ROLEWORD})\b"),
    fam("grammar: the role is no longer open", 3.5, ("withdrawn", "cancel", "closed", "hold", "frozen", "eliminated", "no longer", "paused", "filled"),
        rf"\b{_EN_ROLEWORD}s?\b{G}\b(?:has|have|had|was|were|is|are)(?: since| now| also)? (?:been |being )?"
        rf"(?:withdrawn|cancel+ed|closed|put on hold|placed on hold|frozen|eliminated|paused|filled)",
        rf"\b{_EN_ROLEWORD}\b{S}\b(?:is|are) no longer (?:available|open|being recruited)"),
    fam("grammar: not the right match", 4.0, ("match", "fit", "right"),
        rf"\b(?:isn't|wasn't|aren't|not)\b (?:quite |really |necessarily )?(?:the|a|an) ?(?:right|good|close|strong|ideal)? ?(?:match|fit)\b{S}\b(?:for|with)\b",
        r"\b(?:is|was|are)(?:n't| not) (?:quite )?(?:the )?right (?:match|fit)"),
]

# --- German ----------------------------------------------------------------------------------------------
_DE_VERB = alt("fortzusetzen", "fortsetzen", "fortfuhren", "fortzufuhren", "weiterverfolgen", "weiterzuverfolgen",
               "weiterfuhren", "weiterzufuhren", "berucksichtigen", "zu berucksichtigen", "einladen", "einzuladen",
               "bearbeiten", "weiterleiten", "anbieten", "unterbreiten")
DE = [
    fam("Grammatik: Prozess wird nicht fortgesetzt", 4.0, ("nicht",),
        rf"\bnicht{S}\b(?:weiter |mehr |langer )?{_DE_VERB}\b",
        r"\bnicht (?:in die |fur die )?engere (?:wahl|auswahl)\b",
        r"\bnicht (?:in die |fur die )?(?:nachste|weitere) (?:runde|phase|auswahlrunde)",
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,60}\bnicht\b[^.!?;]{0,30}\b(?:geschafft|weiter|beruck)"),
    fam("Grammatik: andere Bewerber gewählt", 4.0, ("andere", "entschieden", "gewahlt", "ausgewahlt"),
        rf"\b(?:entschieden|gewahlt|ausgewahlt|entschlossen|festgelegt|berucksichtigt)\b{G}\bandere[nr]?\b{S}(?:kandidat|bewerber|person|profil)",
        rf"\bandere[nr]? (?:kandidat|bewerber|person|profil)\w*{G}\b(?:zu berucksichtigen|zu beruecksichtigen|ausgewahlt|gewahlt|entschieden|eingeladen)"),
    fam("Grammatik: kein Angebot / Mitbewerber gewählt", 3.5, ("kein", "entschieden"),
        r"\bkein(?:e|en)? (?:angebot|zusage|stelle|position|vertrag)\b[^.!?;]{0,50}\b(?:unterbreiten|machen|anbieten|geben)",
        r"\b(?:fur|fuer) (?:eine?n? )?(?:andere[nr]? )?(?:mitbewerber\w*|kandidat\w*|bewerber\w*)\b[^.!?;]{0,30}\bentschieden"),
    fam("Grammatik: Stelle nicht mehr offen", 3.5, ("besetzt", "gestrichen", "zuruckgezogen", "vergeben"),
        r"\b(?:stelle|position|vakanz)\w*\b[^.!?;]{0,60}\b(?:intern |anderweitig |bereits |inzwischen )?(?:besetzt|vergeben|gestrichen|zuruckgezogen)"),
]

# --- French ----------------------------------------------------------------------------------------------
_FR_VERB = alt("retenir", "poursuivre", "continuer", "donner (?:une )?suite", "donner une suite favorable", "avancer",
               "proposer", "offrir", "selectionner", "aller plus loin", "inviter", "convier")
FR = [
    fam("grammaire : ne pas pouvoir retenir", 4.0, ("pas", "plus"),
        rf"\b(?:ne|n')\b{S}\b(?:pas|plus)\b{S}\b(?:pouvoir |pouvons |pourrons |souhaitons |allons |sommes en mesure de |"
        rf"etre en mesure de )?{_FR_VERB}\b",
        rf"\bpas en mesure de (?:vous |te )?{_FR_VERB}",
        r"\b(?:ne|n')\b ?\w+ (?:pas|plus) suite\b"),
    fam("grammaire : une autre personne", 4.0, ("autre", "profils", "candidat"),
        r"\b(?:avec|pour|par|sur|vers) (?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature)",
        r"\b(?:retenu|choisi|selectionne|privilegie)\w*\b[^.!?;]{0,30}\b(?:des |d'autres |un autre |une autre )?"
        r"(?:profils|candidat\w*|personnes?) (?:plus|dont|qui|correspondant|mieux)"),
    fam("grammaire : ne correspond pas", 4.0, ("correspond",),
        r"\bne correspond\w* pas\b[^.!?;]{0,30}\b(?:a ce que|au profil|a nos|aux|a notre)"),
    fam("grammaire : recrutement arrêté", 3.5, ("suspendu", "annule", "pourvu", "clotur"),
        r"\b(?:poste|recrutement|processus)\b[^.!?;]{0,40}\b(?:suspendu|annule|pourvu|interrompu|cloture)",
        r"\bcloturons (?:votre|ta) candidature"),
]

# --- Spanish ---------------------------------------------------------------------------------------------
ES = [
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

# --- Dutch -----------------------------------------------------------------------------------------------
NL = [
    fam("grammatica: niet verder", 4.0, ("niet", "afgewezen", "aanmerking", "vervallen", "afsluiten", "sluiten"),
        r"\bniet\b[^.!?;]{0,25}\b(?:voort te zetten|voortzetten|door te zetten|doorzetten|verder te gaan|uit te nodigen|"
        r"meenemen|mee te nemen|aannemen|aan te bieden|aanbieden)\b",
        r"\bniet in aanmerking\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,60}\b(?:is|werd|wordt) (?:helaas )?afgewezen",
        r"\b(?:komen te vervallen|is vervallen|geschrapt)\b",
        r"\bsluiten\b[^.!?;]{0,30}\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur) af"),
    fam("grammatica: andere kandidaat gekozen", 4.0, ("ander",),
        r"\b(?:voor|met) (?:een |de )?andere? (?:kandida\w*|sollicitant\w*|persoon|profiel)\b[^.!?;]{0,40}\b"
        r"(?:gekozen|gegaan|besloten|geselecteerd|aangenomen|verder)",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*)\b[^.!?;]{0,20}\baan te nemen",
        r"\bminder goed aan\b[^.!?;]{0,40}\bandere (?:kandidat|sollicitant)"),
]

# --- Portuguese ------------------------------------------------------------------------------------------
PT = [
    fam("gramática: outra pessoa escolhida", 4.0, ("outr",),
        r"\b(?:escolhemos|escolhido|optamos|optado|selecionamos|contratamos|seguir|avancar|prosseguir|continuar)\b"
        r"[^.!?;]{0,30}\b(?:por |com )?(?:outra|outro|outras|outros) (?:pessoa|candidat|perfi|profissiona)"),
    fam("gramática: processo encerrado", 3.5, ("encerr", "preenchid", "cancelad"),
        r"\b(?:encerramos|encerrar) (?:o seu|o teu|a sua|a tua) (?:processo|candidatura)",
        r"\b(?:vaga|processo)\b[^.!?;]{0,40}\b(?:foi|esta|ja foi) (?:encerrad|preenchid|cancelad)"),
    fam("gramática: não avançará", 4.0, ("nao",),
        r"\bnao (?:avancara|seguira|prosseguira|continuara)\b",
        r"\bnao (?:vamos|iremos|podemos|poderemos) (?:avancar|seguir|prosseguir|continuar)\b"),
]

GRAMMAR: dict[str, list[Family]] = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "pt": PT}

# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)

EN += [
    fam("grammar: the application will not go further", 4.0, ("not", "n't", "no longer"),
        starts(r"your (?:application|candidacy|candidature|profile)\b", r"you\b") + r"[^.!?;]{0,25}\b(?:will not|won't|cannot|can't|"
        r"is not|isn't|are not|aren't|has not|hasn't|will no longer|would not|wouldn't|not be)\b[^.!?;]{0,15}?"
        r"\b(?:go|move|progress|proceed|advanc|taken|moved|progressed|considered|continu|carried)\w*\b[^.!?;]{0,15}?"
        r"\b(?:further|forward|ahead|on|beyond)\b",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* it\b{S}\b(?:to the next|further|forward|any further)"),
    fam("grammar: someone better suited was chosen", 4.0, ("candidate", "someone", "somebody", "applicant"),
        rf"\b(?:proceed\w*|moving|move forward|go with|going|gone|went|continu\w*|opted|chose|chosen|selected|decided|hired|"
        rf"offered|pursu\w*)\b{G}\b(?:candidates?|applicants?) (?:who|whose|with)\b[^.!?;]{0,50}\b(?:more|better|closer|stronger|greater|"
        r"deeper|directly|most)\b",
        rf"\b(?:offered|gone|go|going|went|chose|chosen|selected|hired|decided|moving|move|proceed\w*|settled)\b{G}\b(?:someone|somebody) else\b"),
    fam("grammar: not invited to the next round", 4.0, ("not", "n't", "unable"),
        rf"{_EN_NEG}{S}\b(?:be )?(?:invit\w*|progress\w*|advanc\w*|selected|shortlisted|(?:mov|bring|tak|put)\w* you|proceed\w*)\b"
        rf"{G}\b(?:next|final|second|third|onsite|on-site|later|further|interview) (?:round|stage|step|phase|interviews?)\b"),
]
DE += [
    fam("Grammatik: ohne Sie weiter", 4.0, ("ohne", "nicht", "anders", "andere"),
        r"\bohne (?:sie|dich)\b[^.!?;]{0,40}\b(?:fortzu\w*|fortsetzen|fortfuhren|weiter\w*)",
        r"\bnicht in die (?:finale|nachste|zweite|dritte|letzte|engere|weitere|entscheidende) (?:runde|auswahl\w*|phase|stufe)",
        r"\bnicht\b[^.!?;]{0,30}\b(?:runde|auswahl\w*|phase|stufe)\b[^.!?;]{0,20}\bgeschafft",
        r"\b(?:jemand(?:en)? (?:anders|anderen)|eine andere person|einen anderen bewerber|eine andere bewerberin|"
        r"(?:einer|einem) (?:anderen )?(?:bewerberin|bewerber|kandidat\w*))\b[^.!?;]{0,60}\b(?:entschieden|besetzt|vergeben|"
        r"ausgewahlt|eingestellt|gewahlt)"),
]
FR += [
    fam("grammaire : un autre profil retenu", 4.0, ("autre", "profil", "candidat", "personne"),
        r"\b(?:prefere|retenu|choisi|selectionne|privilegie)\w*\b[^.!?;]{0,30}\b(?:un|une) (?:candidat|candidate|profil|personne)\b"
        r"[^.!?;]{0,10}\b(?:dont|qui|plus|davantage|mieux|ayant|avec)\b",
        rf"\b(?:retenu|choisi|selectionne|privilegie|opte pour|oriente\w* vers|engage|recrute|poursuivre avec)\w*\b{G}"
        r"\b(?:(?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature)|quelqu'un d'autre)",
        rf"\b(?:retenu|choisi|opte pour|privilegie|selectionne)\w*\b{G}\b(?:un|une|des) (?:profil|candidat\w*|personne)s? "
        r"(?:plus|mieux|davantage|ayant|avec)\b"),
    fam("grammaire : pas d'offre", 4.0, ("pas", "offre", "proposition"),
        r"\bne pas (?:vous|te) (?:faire|proposer|adresser|transmettre|soumettre) (?:d'|une |de |la )?(?:offre|proposition)",
        r"\b(?:ne|n') ?\w+ (?:pas|plus) (?:en mesure de )?(?:vous|te) (?:faire|proposer) (?:d'|une )?(?:offre|proposition)"),
]
ES += [
    fam("gramática: no contar contigo", 4.0, ("contar", "sin que", "descart", "desestim", "rechaz"),
        r"\bno (?:vamos a |podemos |podremos |podriamos |va a ser posible )?contar (?:contigo|con usted|con tu perfil|con tu candidatura)",
        r"\bsin que (?:tu|su) candidatura (?:avance|continue|siga|prospere|pase)",
        r"\b(?:candidatura|postulacion|solicitud)\b[^.!?;]{0,60}\b(?:ha sido|fue|queda|ha quedado) (?:descartad|desestimad|rechazad)"),
    fam("gramática: un perfil con más experiencia", 4.0, ("perfil", "candidat", "persona", "profesional", "alguien"),
        r"\b(?:optado|elegido|seleccionado|decantado|escogido|apostado|contratado|quedado)\b (?:por |con )?(?:a )?(?:un|una) "
        r"(?:perfil|candidat\w*|persona|profesional) (?:con|que|mas|cuya|cuyo)\b",
        r"\b(?:optado|elegido|seleccionado|decantado|contratado|escogido)\b[^.!?;]{0,30}\balguien (?:mas|con|que)\b"),
]
NL += [
    fam("grammatica: iemand anders / niet geselecteerd", 4.0, ("iemand", "niet", "ander", "kandida", "sollicitant", "persoon"),
        r"\biemand anders\b[^.!?;]{0,40}\b(?:aangenomen|gekozen|geselecteerd|aangesteld|gegaan|benoemd)|"
        r"\b(?:aangenomen|gekozen|geselecteerd|aangesteld|gegaan)\b[^.!?;]{0,20}\biemand anders",
        r"\bniet (?:geselecteerd|gekozen|uitgenodigd|aangenomen|door naar de|doorgegaan naar)\b",
        r"\b(?:gekozen|gegaan|besloten)\b[^.!?;]{0,40}\b(?:een |de )?(?:andere )?(?:kandida\w*|sollicitant\w*|persoon) "
        r"(?:met|die|wiens|wier) (?:meer|betere|ruimere|relevantere|sterkere)",
        r"\bmet andere kandida\w*\b[^.!?;]{0,25}\b(?:voort|verder|door)",
        r"\bkeuze\b[^.!?;]{0,20}\bgevallen op (?:een )?(?:andere|iemand anders|een kandidaat die|een sollicitant die)"),
    fam("grammatica: geen aanbod / past niet", 4.0, ("geen", "niet", "onvoldoende", "minder"),
        r"\bgeen (?:aanbod|contract|arbeidsovereenkomst|baan|plek|plaats) (?:doen|aanbieden|geven|kunnen|te bieden|aan te bieden)",
        r"\b(?:past|passen|sluit|sluiten|aansluit\w*)\b[^.!?;]{0,25}\b(?:niet|onvoldoende|minder goed)\b[^.!?;]{0,25}\b(?:aan|bij)\b",
        r"\bniet (?:mee )?verder (?:met (?:je|jou|jouw|uw|u)\b|in (?:de|het) (?:procedure|proces|sollicitatie))|"
        r"\b(?:hier|daar|hiermee|daarmee) (?:helaas |dus )?niet (?:mee )?verder\b"),
]
PT += [
    fam("gramática: sem continuidade", 4.0, ("nao",),
        r"\bnao (?:daremos|vamos dar|iremos dar|podemos dar|poderemos dar|sera dada|sera possivel dar|sera dado) "
        r"(?:continuidade|seguimento|sequencia|andamento|prosseguimento)",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar)(?:-lhe|-te|-la|-lo)? (?:uma|a|nenhuma) (?:proposta|oferta)"),
    fam("gramática: um perfil mais experiente", 4.0, ("um", "uma", "alguem"),
        r"\b(?:optamos|escolhemos|selecionamos|decidimos seguir|seguiremos|contratamos|optou|escolheu)\b[^.!?;]{0,40}\b(?:por |com )?"
        r"(?:um|uma|alguem) (?:candidat\w*|perfil|pessoa|profissional)? ?(?:com|que|mais)\b"),
]

# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.

EN += [
    fam("grammar: a different direction / not selected", 4.0, ("direction", "not selected", "unsuccessful", "shortlist", "not been"),
        r"\b(?:go|going|gone|went|move|moving|head\w*|take|taking) (?:in )?(?:a )?different direction\b",
        r"\bstatus\b[^.!?;]{0,60}\b(?:not selected|not moving forward|unsuccessful|rejected|declined|closed|archived)\b",
        r"\byou (?:were|have been|are) (?:not|un)(?:successful|selected|shortlisted)\b|\byou were not (?:chosen|shortlisted|selected)\b",
        r"\b(?:on this occasion|this time) you (?:were|have been) unsuccessful\b"),
    fam("grammar: the role went to someone else", 4.0, ("offer", "role", "position", "filled"),
        r"\b(?:offered|given|awarded) (?:the|this) (?:[\w-]+ ){0,3}(?:role|position|job|post) to (?:an?|another|someone|somebody|one)\b",
        r"\bwe have (?:now )?filled the (?:[\w-]+ ){0,3}(?:role|position|vacancy|post)\b"),
    fam("grammar: not the right fit", 3.5, ("fit", "match"),
        r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:you(?:'re| are)|your (?:profile|experience|background) is) "
        r"(?:quite |the |a )*(?:right |good |strong |best )?(?:fit|match)\b"),
]
DE += [
    fam("Grammatik: Absage / negative Rückmeldung", 4.0, ("absag", "ruckmeldung", "entscheid", "geklappt", "gegen"),
        r"\b(?:eine |keine |leider )?(?:negative|abschlagige) (?:ruckmeldung|nachricht|antwort|entscheidung)\b",
        r"\bkeine (?:positive|gute|erfreuliche) (?:ruckmeldung|nachricht|antwort|entscheidung)\b",
        r"\b(?:ihnen|dir|euch) (?:leider )?(?:eine )?absage (?:erteilen|geben|mitteilen|schicken|senden)|\b(?:ihnen|dir) (?:leider )?absagen\b",
        r"\bleider (?:hat es|hat's|hats) (?:diesmal |dieses mal |dieses mal leider )?nicht geklappt",
        r"\b(?:uns|wir) (?:leider )?gegen (?:ihre|deine) (?:bewerbung|kandidatur)\b[^.!?;]{0,20}\bentschieden|"
        r"\bgegen (?:ihre|deine) (?:bewerbung|kandidatur) entschieden"),
    fam("Grammatik: nicht berücksichtigt / nicht anbieten", 4.0, ("nicht", "kein"),
        r"\b(?:bewerbung|sie|dich|unterlagen)\b[^.!?;]{0,60}\bnicht (?:weiter |mehr |langer )?(?:berucksichtig\w*|beruecksichtig\w*)",
        r"\b(?:keine|nicht die) (?:stelle|position|anstellung|beschaftigung)\b[^.!?;]{0,40}\b(?:anbieten|geben|offerieren)",
        r"\bnicht in die (?:engere|nachste|finale|weitere) (?:wahl|auswahl|runde)\b[^.!?;]{0,20}\b(?:gekommen|genommen|aufgenommen|gelangt)",
        r"\b(?:unterlagen|bewerbungsunterlagen)\b[^.!?;]{0,40}\b(?:zuruck|retour)\b",
        r"\b(?:entspricht|entsprechen|passt|passen|deckt|decken)\b[^.!?;]{0,30}\bnicht\b[^.!?;]{0,30}\b(?:anforderung\w*|stelle|position|profil|suchen|vorstellungen)"),
    fam("Grammatik: jemand anderes / anderweitig", 4.0, ("anderweitig", "jemand", "andere", "kandidat", "bewerber"),
        r"\banderweitig (?:besetzt|vergeben|entschieden)",
        r"\b(?:fur|fuer) (?:jemand(?:en)?|eine[nr]? (?:andere[nr]? )?(?:bewerber\w*|kandidat\w*|person|mitbewerber\w*)|andere (?:kandidat\w*|bewerber\w*))"
        r"\b[^.!?;]{0,80}\bentschieden",
        r"\b(?:bewerber|bewerberin|kandidat\w*|person)\b[^.!?;]{0,15}\b(?:entschieden|ausgewahlt|eingestellt), (?:de[rsmn]|die|deren|dessen) "),
]
FR += [
    fam("grammaire : pas de suite / pas abouti", 4.0, ("abouti", "suite", "porte", "pas", "retenu"),
        r"\bcandidature\b[^.!?;]{0,50}\b(?:n'a|n'ont) (?:malheureusement |pas )?(?:pas )?(?:abouti|ete (?:retenue|selectionnee|acceptee|concluante))",
        r"\bnotre choix s'est (?:porte|arrete) sur\b",
        r"\b(?:ne|n') ?(?:\w+ ){0,3}pas (?:y |vous |lui )?donner (?:une )?suite\b",
        r"\bn'est plus (?:a pourvoir|disponible|ouvert)\b|\ba (?:deja )?ete pourvu"),
]
ES += [
    fam("gramática: no superada / no prospera", 4.0, ("no ", "cubiert", "ocupad"),
        r"\bno (?:has|ha|han) (?:superado|pasado|conseguido pasar)\b",
        r"\bno (?:ha|han) (?:prosperado|resultado seleccionad\w*|sido seleccionad\w*|sido elegid\w*)",
        r"\bno (?:continuaras|continuara|seguiras|seguira|avanzaras|avanzara) (?:en|con|adelante)\b",
        r"\bno (?:has|ha) sido (?:seleccionad|elegid|escogid)\w*",
        r"\b(?:vacante|puesto|plaza|posicion)\b[^.!?;]{0,40}\b(?:ha sido|ya ha sido|fue|esta) (?:cubiert|ocupad)\w*",
        r"\bno (?:vamos a |podemos |podremos )?(?:seguir|continuar) (?:adelante )?con (?:tu|su) (?:candidatura|proceso|postulacion|perfil)"),
]
NL += [
    fam("grammatica: niet door / niet uitnodigen / geen match", 4.0, ("niet", "geen", "afgewezen", "ingevuld", "vervuld"),
        r"\bniet door (?:bent|bent gegaan|gaat|mag|kunt|naar)\b",
        r"\bniet (?:kunnen |willen |zullen )?(?:uitnodigen|uit te nodigen|selecteren|aannemen)\b",
        r"\bgeen (?:match|klik|aansluiting)\b",
        r"\b(?:past|passen|sluit|sluiten)\b[^.!?;]{0,40}\b(?:niet|onvoldoende)\b[^.!?;]{0,25}\b(?:aan|bij)\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\b(?:niet|geen)\b[^.!?;]{0,30}\b(?:in behandeling|uitnodiging|gesprek|geleid|verder)",
        r"\b(?:functie|vacature|positie)\b[^.!?;]{0,40}\b(?:is|werd|wordt) (?:inmiddels |al |reeds )?(?:vervuld|ingevuld|vergeven|gesloten)",
        r"\b(?:wij|we) (?:hebben )?(?:helaas )?(?:u|je|jou)\b[^.!?;]{0,20}\bafgewezen|\b(?:u|je|jij) (?:bent|is) (?:helaas )?afgewezen"),
]
PT += [
    fam("gramática: não selecionado / não aprovado", 4.0, ("nao", "preenchid"),
        r"\b(?:voce|candidatura|perfil|curriculo)\b[^.!?;]{0,30}\bnao (?:foi|esta|sera) (?:selecionad|aprovad|aceit|escolhid|bem-sucedid|bem sucedid)\w*",
        r"\bnao (?:vamos|iremos|poderemos|podemos|vai ser possivel)(?: poder)? (?:lhe |te )?oferecer(?:-lhe|-te)?\b",
        r"\bnao (?:seguiremos|avancaremos|prosseguiremos|continuaremos) (?:com|no|na)\b",
        r"\b(?:nao|sem) (?:dar|daremos|vamos dar) (?:continuidade|seguimento|prosseguimento)",
        r"\b(?:perfil|experiencia)\b[^.!?;]{0,30}\bnao (?:esta|se encontra|e) (?:alinhad|adequad|compativel)"),
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
_PT_CHOSE = (r"(?:escolh\w*|optamos|optou|optaram|optado|optamos|selecion\w*|preferi\w*|decidi\w*|decidiu|contrat\w*|"
             r"ficamos|ficou|avancar|avancaremos|vamos avancar|prosseguir|seguir|recaiu|recai)")
_PT_OTHER = (r"(?:outr[oa]s? (?:candidat|pessoa|perfi|profissiona|finalist)|a outra candidata|o outro candidato|"
             r"alguem (?:que|com|mais)|um[a]? (?:pessoa|candidat\w*|perfil|profissional) (?:com|que|cuj|mais)|"
             r"candidat\w* (?:com|que|cuj|mais)|(?:uma )?promocao interna)")

ES += [
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
PT += [
    fam("gramática: a escolha recaiu sobre outra pessoa", 4.0, ("outr", "alguem", "um candidat", "uma candidat", "um perfil", "uma pessoa",
                                                                 "um profissional", "uma profissional", "candidat", "interna"),
        rf"\b{_PT_CHOSE}\b{G}\b(?:por |com |sobre |em )?{_PT_OTHER}"),
    fam("gramática: não seguir com a candidatura", 4.0, ("nao ",),
        r"\bnao (?:(?:te|lhe|o|a|vamos|vai|vao|ser|sera|possivel|podemos|poderemos|poder|ira|iremos|\w+-(?:te|lhe))\b ?){0,3}"
        r"(?:seguir|segu|avanc|prossegu|continu|passar|passa|contar|considerar)\w*(?:-te|-lhe|-la|-lo)?"
        rf"\b{G}\b(?:contigo|consigo|com voce|com (?:a )?(?:sua|tua) candidatura|(?:sua|tua) candidatura|"
        r"(?:para|na|a) (?:a |o )?(?:proxima|etapa|fase|entrevista|equipa|equipe)|n?(?:o|este) processo|"
        r"para (?:o|a|esta|este) (?:lugar|vaga|posicao|funcao|cargo))"),
    fam("gramática: não classificado / excluído", 4.0, ("nao", "exclu", "encerr", "preench"),
        r"\bnao (?:classificad|apt[oa]\b|aprovad)",
        r"\bencerr\w* o processo (?:para|com) (?:todas as|todos os|as|os) (?:pessoas )?candidat",
        r"\bexclu\w* (?:a )?(?:sua|tua) candidatura|\bexcluid[ao] (?:do|da) (?:procedimento|processo|concurso|selecao)",
        r"\bnao\b[^.!?;]{0,30}\bentre (?:os|as) (?:pessoas |candidat\w* )?(?:aprovad|selecionad|escolhid|classificad|finalist)",
        r"\b(?:sua|tua) (?:jornada|participacao)\b[^.!?;]{0,30}\b(?:se )?encerr",
        r"\b(?:vaga|posicao|cargo|funcao)\b[^.!?;]{0,80}\b(?:foi|esta|ja foi|ja esta|encontra-se) (?:preenchid|ocupad)",
        r"\b(?:curriculo|perfil|experiencia|candidatura)\b[^.!?;]{0,30}\bnao (?:atende|corresponde|cumpre|preenche|se enquadra|se adequa)",
        r"\bnao\b[^.!?;]{0,25}\b(?:fazer|apresentar|enviar|oferecer|dar)(?:-lhe|-te)? (?:uma |a |nenhuma )?(?:proposta|oferta)\b"),
]
EN += [
    fam("grammar: others were preferred", 4.0, ("other", "focus", "priorit", "offer", "among", "suitable"),
        r"\bother (?:candidates|applicants|finalists|people)\b[^.!?;]{0,30}\b(?:more closely|better|more fully|more directly)\b",
        r"\b(?:decided|chosen|opted) to (?:focus on|prioriti[sz]e) (?:other |candidates|applicants|people|those)",
        r"\b(?:extended|made|offered|given|awarded) (?:an |the |our )?(?:offer|role|position|job|post)\w* to (?:the other|another|"
        r"a different|an? (?:internal|external)|one of the other)",
        r"\b(?:were|was|are|is)(?: not|n't) among (?:the|those) (?:candidates |applicants )?(?:referred|selected|chosen|shortlisted|"
        r"progress\w*|invited|considered)",
        r"\b(?:assessed|found|deemed|judged) (?:as )?(?:not suitable|unsuitable|not eligible|ineligible)"),
    fam("grammar: the process ends here", 4.0, ("here", "clos", "offer", "interview", "all candidates", "all applicants"),
        r"\b(?:stop|end|close|closing|stopping|ending) (?:the|this|our) (?:process|conversation) here\b",
        r"\bclos\w* (?:out|off) (?:your|the) (?:application|candidacy)",
        r"\b(?:unable|not able|not in a position) to (?:proceed with|extend|make|offer) (?:an|the|our|you an?) offer",
        rf"{_EN_NEG}{S}\b(?:be )?(?:mov|progress|proceed|advanc|tak)\w* (?:you |it )?(?:forward |on )?to (?:an? |the )?interviews?\b",
        r"\b(?:unable|not able|won't be able|will not be able|cannot|can't) to offer you (?:a|an|the) (?:place|position|role|job|spot)\b",
        r"\b(?:clos|end|stop)\w* (?:the|this|our) (?:process|recruitment|search) for all (?:candidates|applicants)"),
    fam("grammar: it does not meet the requirement", 4.0, ("not match", "n't match", "not meet", "n't meet"),
        r"\b(?:it|this|they|which) (?:does not|doesn't|do not|don't) (?:match|meet) (?:our|the) (?:current )?(?:requirement|criteria|needs)"),
]
FR += [
    fam("grammaire : pas parmi les lauréats / poste proposé à un autre", 4.0, ("parmi", "propos", "offert", "statut", "confi", "retenu",
                                                                        "selectionn"),
        r"\bn'(?:avez|as|etes|es) pas ete (?:retenue?s?|selectionnee?s?)\b",
        r"\b(?:ne|n') ?(?:figur|etes|faites|compt)\w* pas parmi (?:les|nos)\b",
        r"\b(?:propose|offert|attribue|confie)\w* (?:le|ce) poste\b[^.!?;]{0,50}\b(?:a|au) (?:cette|une autre|un autre|l'autre|une|un|"
        r"quelqu'un)\b",
        r"\bstatut\b[^.!?;]{0,80}\bnon (?:retenue?|selectionnee?)"),
    fam("grammaire : ne pas pouvoir te garder", 4.0, ("pas", "plus"),
        r"\b(?:ne|n')\b[^.!?;]{0,25}\b(?:pas|plus)\b[^.!?;]{0,25}?\b(?:te|vous) (?:garder|accueillir|engager|embaucher|recruter|integrer)\b"),
]

_NL_CHOSE = (r"(?:kiez\w*|kozen|gekozen|koos|selecteer\w*|geselecteerd|aangenomen|aan te nemen|aan te bieden|aangeboden|"
             r"gevonden|vervullen|vervuld|besloten|gegaan|voorkeur)")
_NL_OTHER = (r"(?:iemand (?:die|met|anders)|een andere? (?:kandida\w*|sollicitant\w*|persoon|finalist)|"
             r"(?:de|een) (?:kandida\w*|sollicitant\w*|persoon) (?:die|met|wiens|wier))")
NL += [
    fam("grammatica: de keuze viel op een ander", 4.0, ("iemand", "ander", "kandida", "sollicitant", "persoon"),
        rf"\b{_NL_CHOSE}\b{G}\b{_NL_OTHER}",
        r"\b(?:kandida\w*|sollicitant\w*) (?:geselecteerd|gekozen|aangenomen) (?:met|die)\b",
        r"\bis iemand anders geworden\b|\b(?:hebben|heeft) (?:intussen |inmiddels |al )?iemand (?:anders )?gevonden",
        r"\bde andere (?:finalist|kandida\w*)\b[^.!?;]{0,60}\bdoorslag",
        r"\b(?:een |de )?andere? (?:kandida\w*|sollicitant\w*) de voorkeur\b"),
    fam("grammatica: niet voor jou gekozen", 4.0, ("niet", "valt", "viel", "vallen", "nee", "beeindig", "vervallen", "vergeven", "geen"),
        r"\bkiez\w* (?:we |wij )?niet voor (?:jou|je|u)\b|\bniet in (?:jouw|je|uw) voordeel\b",
        r"\bkeuze\b[^.!?;]{0,20}\bniet op (?:u|jou|je)\b",
        r"\b(?:je|u) (?:valt|vallen|viel)\b[^.!?;]{0,20}\baf\b",
        r"\bkomt\b[^.!?;]{0,30}\bte vervallen\b|\bstopt de procedure\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\bniet (?:succesvol|geslaagd)\b",
        r"\b(?:sollicitatie|kandidatuur|je|u)\b[^.!?;]{0,20}\bniet (?:is|werd) (?:geselecteerd|gekozen|aangenomen)",
        r"\bgeen (?:aanbod|contract|baan) te doen\b",
        r"\bonvoldoende\b[^.!?;]{0,40}\bdoor te laten gaan|\bniet door te laten gaan",
        r"\b(?:functie|vacature|positie|plek)\b[^.!?;]{0,60}\b(?:hebben|heeft) (?:wij|we) (?:inmiddels |al |reeds )?"
        r"(?:vergeven|ingevuld|vervuld)",
        r"\bprocedure met (?:u|jou|je) te beeindigen|\bbeeindig\w* (?:de|uw|je) (?:sollicitatie)?procedure",
        r"\bis (?:\w+ ){0,2}een nee geworden\b",
        r"\bniet met (?:je|jou|u) (?:aan te gaan|verder|door)\b"),
]
DE += [
    fam("Grammatik: einer Mitbewerberin den Vorzug gegeben", 4.0, ("vorzug", "zugunsten", "bescheid", "betracht", "entschieden",
                                                                  "weiter", "wahl", "nicht zu"),
        r"\bden vorzug (?:gegeben|geben)\b|\bvorzug gegeben\b",
        r"\babschlagige[nr]? bescheid\b",
        r"\bzugunsten (?:eines|einer) (?:anderen )?(?:mitbewerber|bewerber|kandidat|person)",
        r"\bandere (?:bewerber|kandidat|profile|personen)\S* in betracht\b",
        r"\b(?:fur|fuer) (?:profile|kandidat\w*|bewerber\w*|personen)\b[^.!?;]{0,10}\bentschieden, (?:die|deren|der)\b",
        r"\bentschieden\b[^.!?;]{0,10}\b(?:fur|fuer) (?:profile|kandidat\w*|bewerber\w*|personen), (?:die|deren)\b",
        r"\bmit (?:jemand(?:em)? anderem|einer? anderen (?:person|bewerber\w*|kandidat\w*))\b[^.!?;]{0,20}\bweiter",
        r"\bwahl\b[^.!?;]{0,20}\bnicht auf (?:sie|dich)\b",
        r"\bnicht zu (?:den|denjenigen)\b[^.!?;]{0,40}\b(?:kandidat|bewerber|personen|ausgewahlt)"),
    fam("Grammatik: Verfahren endet für Sie", 4.0, ("nicht", "kein", "endet", "beendet", "betracht", "von einer"),
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,40}\bnicht erfolgreich\b|\bandere bewerbungen entsprachen\b",
        r"\b(?:erforderliche|notwendige) (?:bewertung|punktzahl|ergebnis)\w*\b[^.!?;]{0,20}\bnicht erreicht",
        r"\b(?:hat es|hat's|hats|reicht es|es hat)\b[^.!?;]{0,30}\bnicht gereicht\b",
        r"\bmit uns (?:beiden )?wird (?:das|es) (?:\w+ ){0,3}nichts\b",
        r"\b(?:konnten|haben|hatten) wir die stelle (?:\w+ ){0,2}(?:nach)?besetz\w*|\bdie stelle (?:\w+ ){0,2}(?:nach)?besetzt\b",
        r"\b(?:weitere )?berucksichtigung (?:ihrer|deiner) bewerbung\b[^.!?;]{0,30}\bnicht (?:moglich|erfolgen)",
        r"\bkeine (?:ausreichende )?ubereinstimmung\b",
        r"\b(?:verfahren|prozess|auswahlverfahren)\b[^.!?;]{0,20}\b(?:endet|beendet)\b[^.!?;]{0,20}\b(?:fur sie|fur dich|an dieser stelle)",
        r"\bvon einer (?:einladung|weiteren berucksichtigung|beschaftigung)\w*\b[^.!?;]{0,30}\bab\b",
        r"\bkommen (?:sie|du)\b[^.!?;]{0,40}\bnicht in (?:betracht|frage)",
        r"\bkeine\b[^.!?;]{0,40}\bmit (?:ihnen|dir) (?:weiter|fortzu)\w*",
        r"\bkein(?:e|en)? (?:vertrags|stellen|job)?angebot\w*\b[^.!?;]{0,30}\b(?:unterbreiten|machen|geben)"),
]

# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.

_EN_GIVE = r"(?:offer\w*|gave|given|giving|award\w*|fill\w*|recommended|nominated|appointed|allocated|went|gone)"
_EN_ELSE = (r"(?:someone|somebody|another|a different|the other|one of the other|an? (?:internal|external|other|colleague)|"
            r"an(?:other)? (?:\w+ )?candidate)")
EN += [
    fam("grammar: the role went to someone else", 4.0, ("someone", "somebody", "another", "other", "internal", "external", "candidate"),
        rf"\b{_EN_GIVE}\b (?:the|this|that|our|it|your) (?:\w+ ){{0,3}}?(?:position|role|job|post|place|vacancy|spot|opening|"
        rf"assignment|shift|contract)?\b ?(?:to|with) {_EN_ELSE}\b",
        rf"\b(?:recommended|nominated|appointed|put forward|proposed) {_EN_ELSE}\b[^.!?;]{{0,30}}\b(?:for (?:the )?(?:appointment|post|position|role)|"
        r"who has (?:now )?accepted)"),
    fam("grammar: the offer is withdrawn", 4.0, ("offer",),
        r"\boffer\b[^.!?;]{0,80}\b(?:is|has been|was|will be) (?:therefore |now |hereby |formally )?(?:withdrawn|rescinded|revoked|retracted)",
        r"\b(?:unable|not able) to (?:confirm|honou?r|proceed with) (?:the|your|our) (?:conditional |provisional )?offer",
        r"\b(?:withdraw|rescind|revoke)\w* (?:the|your|our) (?:conditional |provisional )?(?:job )?offer"),
    fam("grammar: a pronoun stands for the application", 4.0, ("not", "n't", "yours"),
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* it\b{S}\bto (?:the|our|your|an?) (?:\w+ ){{0,3}}(?:stage|round|step|phase|interviews?|assessment)",
        rf"{_EN_NEG}{S}\b(?:be )?(?:extend|mak|offer|present)\w* one to you\b",
        rf"{_EN_NEG}{S}\b(?:be )?{_EN_VERB}\w* (?:any|all|the remaining) (?:applications|candidacies|candidates)\b[^.!?;]{{0,40}}\bincluding (?:yours|you)\b",
        r"\b(?:application|candidacy|candidature)\b[^.!?;]{0,40}\b(?:will not|won't|is not|isn't|has not|hasn't) (?:be |been )?"
        r"(?:advanced|progressed|moved|taken|considered) (?:further |forward )?(?:in|within|through) (?:the|this|our) (?:process|selection|recruitment)"),
    fam("grammar: the result of a selection stage", 4.0, ("not", "n't", "ineligible", "closed"),
        r"\b(?:you|your (?:application|experience|qualifications|profile)) (?:do|does|did)(?: not|n't) (?:meet|satisfy) (?:the|our) "
        r"(?:minimum |essential |required |basic |stated )?(?:qualifications|requirements|criteria|eligibility)",
        r"\bresult: ?(?:ineligible|not eligible|not qualified|unsuccessful|not selected|fail)",
        r"\b(?:you )?(?:have|has)(?: not|n't) qualified for (?:the )?(?:next|main|final|second|further|written|interview)\b",
        r"\b(?:candidature|candidacy|application)\b[^.!?;]{0,60}\bstands? (?:closed|rejected|cancel+ed)"),
    fam("grammar: not hiring for an open application", 3.5, ("not", "n't"),
        r"\b(?:we are|we're)(?: not|n't) (?:currently |actively |presently )?(?:hiring|recruiting)\b"),
]
DE += [
    fam("Grammatik: nicht mit Ihnen weiter / Ergebnis reicht nicht", 4.0, ("nicht", "andere"),
        r"\bnicht (?:mehr )?mit (?:dir|ihnen|euch) (?:weiter|fort)",
        r"\b(?:ergebnis|gesamtergebnis|leistung\w*|punktzahl|punkte|qualifikation\w*|erfahrung)\b[^.!?;]{0,40}\bnicht\b[^.!?;]{0,60}\b(?:aus)?gereicht",
        rf"\b(?:fur|fuer) (?:eine?n? )?andere[nr]? (?:bewerbung|bewerbungen|profile)\b{G}\bentschieden",
        r"\bangebot\b[^.!?;]{0,60}\b(?:zuruckgezogen|zuruckziehen|widerrufen)",
        r"\bstellen (?:derzeit |aktuell |momentan |zurzeit )?(?:niemanden|keine\w*) (?:\w+ )?ein\b"),
]
FR += [
    fam("grammaire : pas de suite / non admissible / pas de réponse favorable", 4.0, ("pas", "favorable", "pourvu", "recrutons"),
        r"\b(?:ne|n')\b[^.!?;]{0,30}\bdonn\w* (?:donc |pas |plus |malheureusement |helas )+(?:de |une )?suites?\b",
        r"\bn'(?:avez|as|etes|es) pas ete (?:declaree?s? )?(?:admissible|admise?s?|retenue?s?)\b",
        r"\b(?:pas|plus) en mesure d'y (?:repondre|donner suite)|\b(?:pas|plus)\b[^.!?;]{0,30}\brepondre favorablement",
        r"\bpostes?\b[^.!?;]{0,40}\b(?:est|sont) (?:actuellement |deja |desormais )?pourvus?\b",
        r"\b(?:privilegie|retenu|choisi)\w*\b[^.!?;]{0,20}\b(?:un|une) (?:profil|candidat\w*|personne) (?:disposant|possedant|justifiant)\b",
        r"\bne recrutons pas\b|\boffre\b[^.!?;]{0,40}\b(?:retiree|annulee|revoquee)"),
]
ES += [
    fam("gramática: excluida / estado descartado / puesto cubierto", 4.0, ("excluid", "descart", "cubierto", "adjudic", "no estamos", "retirad"),
        r"\b(?:solicitud|candidatura|postulacion)\b[^.!?;]{0,30}\b(?:figura|queda|consta|aparece) como (?:excluid|descartad|no admitid|no apt)",
        r"\bestado: ?(?:descartad|rechazad|no seleccionad|finalizad|cerrad)",
        r"\b(?:hemos|han|ha) (?:ya )?cubierto (?:el|la|ese|esa|este|esta) (?:puesto|plaza|vacante|posicion)",
        rf"\b(?:adjudicad\w*|adjudico|adjudicamos)\b{G}\b{_ES_OTHER}",
        r"\bno estamos (?:contratando|seleccionando|incorporando)\b",
        r"\boferta\b[^.!?;]{0,40}\b(?:queda |ha sido |fue )(?:retirada|revocada|anulada)"),
]
NL += [
    fam("grammatica: onvoldoende aansluiting / niet uitnodigen / geen plek", 4.0, ("onvoldoende", "niet", "geen", "ander", "ingetrokken"),
        r"\b(?:niet|onvoldoende|minder) (?:goed )?(?:aansluit|aan sluit|aan te sluiten|past|passen)\w*\b",
        r"\bnodigen (?:u|je|jou) (?:\w+ ){0,2}niet uit\b",
        rf"\b{_NL_OTHER}\b{G}\b(?:aangeboden|gekozen|geselecteerd|aangenomen)\b",
        r"\bgeen (?:plek|plaats|vacature|functie|positie|ruimte) (?:\w+ ){0,2}voor (?:een|je|jou|u)\b",
        r"\baanbod\b[^.!?;]{0,40}\bingetrokken",
        r"\b(?:nemen|werven) (?:momenteel |op dit moment |nu )?(?:niemand|geen mensen) aan\b"),
]
PT += [
    fam("gramática: status encerrado / desclassificado / sem recrutamento", 4.0, ("status", "desclassific", "minima", "recrut", "contrat", "retirad"),
        r"\bstatus: ?(?:processo encerrado|encerrad|reprovad|nao selecionad|recusad)",
        r"\b(?:foi|foste|esta|ficou) desclassificad",
        r"\bnao (?:atingiu|atingiste|alcancou|obteve) a (?:pontuacao|nota|classificacao) minima",
        r"\bnao estamos (?:a )?(?:recrutar|contratar|recrutando|contratando)\b",
        r"\bproposta\b[^.!?;]{0,40}\b(?:foi |esta )?(?:retirada|cancelada|revogada)"),
]
