"""Dutch: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, fam

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("niet verder met je sollicitatie", 4.0, ('niet', 'afgewezen', 'afwijzing'),
        rf"\bniet verder{S}\b(?:met (?:je|jouw|uw|u|jou)\b|in (?:de|het) (?:procedure|proces|sollicitatieprocedure))",
        rf"\b(?:sollicitatie|kandidatuur)\b{S}\bniet (?:verder )?(?:in behandeling|meenemen|weerhouden|voortzetten|door)",
        r"\bniet (?:verder )?(?:in behandeling (?:wordt |kunnen |te )?nemen|in behandeling genomen|weerhouden)",
        r"\bniet (?:verder )?(?:uit (?:te )?nodigen|uitnodigen|door naar de volgende ronde)",
        r"\b(?:afgewezen|afwijzing)\b[^.!?;]{0,40}\b(?:sollicitatie|kandidatuur|functie|vacature)|\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,30}\b(?:afgewezen|afgewezen)",
        r"\bstatus: ?afgewezen"),
    fam("andere kandidaat gekozen", 4.0, ('ander', 'iemand', 'sterkere', 'geschikte'),
        rf"\b(?:gekozen|kiezen|besloten|verder|gaan)\b{G}\b(?:voor |met )?(?:een |de )?(?:andere?|meer geschikte|sterkere) (?:kandida|sollicitant|persoon|profiel)",
        rf"\bandere kandidaten\b{G}\b(?:uit te nodigen|uitnodigen|sloten beter aan|beter aan|beter passen|passen beter|gekozen|geselecteerd)",
        r"\bgekozen voor iemand"),
    fam("vacature vervuld", 3.5, ('vervuld', 'ingevuld', 'opgevuld', 'gesloten', 'ingetrokken', 'geschrapt'),
        r"\b(?:vacature|functie|positie|baan)\w*\b[^.!?;]{0,30}\b(?:is|zijn|werd|wordt)\b[^.!?;]{0,20}\b(?:vervuld|ingevuld|opgevuld|gesloten|ingetrokken|geschrapt)"),
    fam("vacaturestop", 3.5, ('stop',), r"\b(?:vacature|personeels|aanname|wervings)stop\b"),
    fam("geen match", 3.0, ('match', 'niet'),
        r"\bgeen (?:goede )?match\b", r"\b(?:sluit|sluiten|past|passen)\b[^.!?;]{0,30}\bniet (?:voldoende |helemaal |goed )?(?:aan|bij)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
DECISIONS += [
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


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
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


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("grammatica: niet door / niet uitnodigen / geen match", 4.0, ("niet", "geen", "afgewezen", "ingevuld", "vervuld"),
        r"\bniet door (?:bent|bent gegaan|gaat|mag|kunt|naar)\b",
        r"\bniet (?:kunnen |willen |zullen )?(?:uitnodigen|uit te nodigen|selecteren|aannemen)\b",
        r"\bgeen (?:match|klik|aansluiting)\b",
        r"\b(?:past|passen|sluit|sluiten)\b[^.!?;]{0,40}\b(?:niet|onvoldoende)\b[^.!?;]{0,25}\b(?:aan|bij)\b",
        r"\b(?:sollicitatie|kandidatuur)\b[^.!?;]{0,40}\b(?:niet|geen)\b[^.!?;]{0,30}\b(?:in behandeling|uitnodiging|gesprek|geleid|verder)",
        r"\b(?:functie|vacature|positie)\b[^.!?;]{0,40}\b(?:is|werd|wordt) (?:inmiddels |al |reeds )?(?:vervuld|ingevuld|vergeven|gesloten)",
        r"\b(?:wij|we) (?:hebben )?(?:helaas )?(?:u|je|jou)\b[^.!?;]{0,20}\bafgewezen|\b(?:u|je|jij) (?:bent|is) (?:helaas )?afgewezen"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
_NL_CHOSE = (r"(?:kiez\w*|kozen|gekozen|koos|selecteer\w*|geselecteerd|aangenomen|aan te nemen|aan te bieden|aangeboden|"
             r"gevonden|vervullen|vervuld|besloten|gegaan|voorkeur)")

_NL_OTHER = (r"(?:iemand (?:die|met|anders)|een andere? (?:kandida\w*|sollicitant\w*|persoon|finalist)|"
             r"(?:de|een) (?:kandida\w*|sollicitant\w*|persoon) (?:die|met|wiens|wier))")

DECISIONS += [
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


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("grammatica: onvoldoende aansluiting / niet uitnodigen / geen plek", 4.0, ("onvoldoende", "niet", "geen", "ander", "ingetrokken"),
        r"\b(?:niet|onvoldoende|minder) (?:goed )?(?:aansluit|aan sluit|aan te sluiten|past|passen)\w*\b",
        r"\bnodigen (?:u|je|jou) (?:\w+ ){0,2}niet uit\b",
        rf"\b{_NL_OTHER}\b{G}\b(?:aangeboden|gekozen|geselecteerd|aangenomen)\b",
        r"\bgeen (?:plek|plaats|vacature|functie|positie|ruimte) (?:\w+ ){0,2}voor (?:een|je|jou|u)\b",
        r"\baanbod\b[^.!?;]{0,40}\bingetrokken",
        r"\b(?:nemen|werven) (?:momenteel |op dit moment |nu )?(?:niemand|geen mensen) aan\b"),
]
