"""German: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("Bewerbung wird nicht weiter berücksichtigt", 4.0, ('nicht', 'gegen'),
        r"\bnicht (?:mehr |weiter |weiterhin |langer )?(?:zu )?(?:beruck|berueck)sichtig",
        r"\bnicht (?:weiter|langer|mehr) (?:verfolg|weiterverfolg|fuhr|fuehr|bearbeit|betrachtet|in betracht)",
        r"\bnicht weiter(?:verfolg|fuhr|fuehr|bearbeit|gefuhrt|gefuehrt|zu verfolgen|zu fuhren|zu bearbeiten)",
        rf"\bbewerbung{G}\bnicht (?:weiter )?(?:in betracht|ziehen|fortsetzen|fortfuhren|fortfuehren)",
        rf"\bgegen (?:eine |die )?(?:weitere )?(?:beruck|berueck|zusammenarbeit|sie\b|ihre (?:bewerbung|kandidatur)){G}entschieden",
        r"\bnicht (?:in die|fur die|fuer die) (?:engere|nachste|naechste|weitere) (?:auswahl|runde|phase)"),
    fam("für andere Kandidaten entschieden", 4.0, ('entschieden',),
        rf"\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?|weitere[nrs]?|passendere[nrs]?|eine? andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber|kolleg)\w*{G}\bentschieden",
        rf"\bentschieden{G}\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber)"),
    fam("keine positive Rückmeldung / Absage", 3.5, ('kein', 'absag', 'abgelehnt'),
        r"\bkeine (?:positive|gute|erfreuliche|positiven) (?:ruckmeldung|rueckmeldung|nachricht|antwort|nachrichten)",
        r"\bkein(?:e|en)? (?:zusage|angebot|stellenangebot|vertragsangebot)\w* (?:machen|geben|unterbreiten|anbieten)",
        r"\bkeine (?:stelle|position) (?:anbieten|geben)",
        r"\bstatus: ?(?:abgesagt|absage|abgelehnt)", r"\b(?:ihre|deine) bewerbung (?:wurde|ist|wird) (?:leider )?(?:abgelehnt|abgesagt)",
        r"\babsage\b[^.!?;]{0,40}\b(?:bewerbung|stelle|position)|\b(?:bewerbung|stelle|position)\b[^.!?;]{0,40}\babsage\b",
        r"\b(?:ihnen|dir|euch)\b[^.!?;]{0,30}\babsage|\babsage\b[^.!?;]{0,30}\b(?:ihnen|dir|erteilen)\b"),
    fam("Stelle ist vergeben", 3.5, ('vergeben', 'besetzt'),
        r"\b(?:stelle|position|vakanz|job)\w*\b[^.!?;]{0,40}\b(?:ist|wurde|wurden|sind|haben wir)\b[^.!?;]{0,25}\b(?:vergeben|besetzt|anderweitig besetzt)",
        r"\b(?:bereits|inzwischen|schon|anderweitig) (?:vergeben|besetzt)\b"),
    fam("Einstellungsstopp beendet das Verfahren", 3.5, ('einstellungsst', 'gestrichen', 'zuruckgezogen', 'zurueckgezogen', 'besetzt', 'auswahlverfahren'),
        r"\beinstellungs(?:stopp|stop)|\b(?:stelle|position)\w*\b[^.!?;]{0,30}\b(?:gestrichen|zuruckgezogen|zurueckgezogen|nicht (?:nach)?besetzt wird|nicht besetzt werden)",
        r"\bauswahlverfahren (?:ist |wurde )?(?:damit |leider )?(?:beendet|eingestellt|abgeschlossen)"),
    fam("passt nicht", 3.0, ('nicht', 'keine passende'),
        r"\b(?:profil|qualifikation|erfahrung)\w*\b[^.!?;]{0,30}\bnicht (?:ganz |ausreichend |genug )?(?:zu unseren|zu den|mit unseren|unseren) (?:anforderungen|erwartungen)",
        r"\bkeine passende (?:position|stelle|vakanz) (?:fur|fuer) sie"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_DE_VERB = alt("fortzusetzen", "fortsetzen", "fortfuhren", "fortzufuhren", "weiterverfolgen", "weiterzuverfolgen",
               "weiterfuhren", "weiterzufuhren", "berucksichtigen", "zu berucksichtigen", "einladen", "einzuladen",
               "bearbeiten", "weiterleiten", "anbieten", "unterbreiten")

DECISIONS += [
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


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("Grammatik: ohne Sie weiter", 4.0, ("ohne", "nicht", "anders", "andere"),
        r"\bohne (?:sie|dich)\b[^.!?;]{0,40}\b(?:fortzu\w*|fortsetzen|fortfuhren|weiter\w*)",
        r"\bnicht in die (?:finale|nachste|zweite|dritte|letzte|engere|weitere|entscheidende) (?:runde|auswahl\w*|phase|stufe)",
        r"\bnicht\b[^.!?;]{0,30}\b(?:runde|auswahl\w*|phase|stufe)\b[^.!?;]{0,20}\bgeschafft",
        r"\b(?:jemand(?:en)? (?:anders|anderen)|eine andere person|einen anderen bewerber|eine andere bewerberin|"
        r"(?:einer|einem) (?:anderen )?(?:bewerberin|bewerber|kandidat\w*))\b[^.!?;]{0,60}\b(?:entschieden|besetzt|vergeben|"
        r"ausgewahlt|eingestellt|gewahlt)"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
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


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
DECISIONS += [
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
DECISIONS += [
    fam("Grammatik: nicht mit Ihnen weiter / Ergebnis reicht nicht", 4.0, ("nicht", "andere"),
        r"\bnicht (?:mehr )?mit (?:dir|ihnen|euch) (?:weiter|fort)",
        r"\b(?:ergebnis|gesamtergebnis|leistung\w*|punktzahl|punkte|qualifikation\w*|erfahrung)\b[^.!?;]{0,40}\bnicht\b[^.!?;]{0,60}\b(?:aus)?gereicht",
        rf"\b(?:fur|fuer) (?:eine?n? )?andere[nr]? (?:bewerbung|bewerbungen|profile)\b{G}\bentschieden",
        r"\bangebot\b[^.!?;]{0,60}\b(?:zuruckgezogen|zuruckziehen|widerrufen)",
        r"\bstellen (?:derzeit |aktuell |momentan |zurzeit )?(?:niemanden|keine\w*) (?:\w+ )?ein\b"),
]
