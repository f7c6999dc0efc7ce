"""German: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam

# Some of many posts, not the reader's: a job portal's "einige Stellen auf Ihrer Merkliste sind bereits vergeben"
_DE_NOT_SOME = r"(?<!einige )(?<!mehrere )(?<!manche )(?<!viele )(?<!\d )"

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("Bewerbung wird nicht weiter berücksichtigt", 4.0, ('nicht', 'gegen'),
        r"\bnicht (?:mehr |weiter |weiterhin |langer )?(?:zu )?(?:beruck|berueck)sichtig",
        # (the infinitive too: "hat sich entschieden, Ihr Profil nicht weiter zu betrachten")
        r"\bnicht (?:weiter|langer|mehr) (?:zu )?(?:verfolg|weiterverfolg|fuhr|fuehr|bearbeit|betracht|in betracht)",
        r"\bnicht weiter(?:verfolg|fuhr|fuehr|bearbeit|gefuhrt|gefuehrt|zu verfolgen|zu fuhren|zu bearbeiten)",
        rf"\bbewerbung{G}\bnicht (?:weiter )?(?:in betracht|ziehen|fortsetzen|fortfuhren|fortfuehren)",
        rf"\bgegen(?<!nicht gegen)(?<!keineswegs gegen) (?:eine |die )?(?:weitere )?(?:beruck|berueck|zusammenarbeit|sie\b|ihre (?:bewerbung|kandidatur)){G}entschieden",
        r"\bnicht (?:in die|fur die|fuer die) (?:engere|nachste|naechste|weitere) (?:auswahl|runde|phase)"),
    fam("für andere Kandidaten entschieden", 4.0, ('entschieden',),
        rf"\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?|weitere[nrs]?|passendere[nrs]?|eine? andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber|kolleg)\w*{G}\bentschieden",
        rf"\bentschieden{G}\b(?:fur|fuer) (?:eine?n? )?(?:andere[nrs]?) (?:kandidat|bewerber|person|profil|mitbewerber)"),
    fam("keine positive Rückmeldung / Absage", 3.5, ('kein', 'absag', 'abgelehnt', 'abgesagt'),
        r"\bkeine (?:positive|gute|erfreuliche|positiven) (?:ruckmeldung|rueckmeldung|nachricht|antwort|nachrichten)",
        r"\bkein(?:e|en)? (?:zusage|angebot|stellenangebot|vertragsangebot)\w* (?:machen|geben|unterbreiten|anbieten)",
        r"\bkeine (?:stelle|position) (?:anbieten|geben)",
        r"\bstatus: ?(?:abgesagt|absage|abgelehnt)", r"\b(?:ihre|deine) bewerbung (?:wurde|ist|wird) (?:leider )?(?:abgelehnt|abgesagt)",
        r"\babsage\b[^.!?;]{0,40}\b(?:bewerbung|stelle|position)|\b(?:bewerbung|stelle|position)\b[^.!?;]{0,40}\babsage\b",
        # (not an acknowledgement's condition: "im Falle einer Absage senden wir Ihnen Ihre Unterlagen zurück")
        r"\b(?:ihnen|dir|euch)\b[^.!?;]{0,30}\b(?<!falle einer )(?<!fall einer )(?<!bei einer )absage|"
        r"\b(?<!falle einer )(?<!fall einer )(?<!bei einer )absage\b[^.!?;]{0,30}\b(?:ihnen|dir|erteilen)\b",
        # a subject line: "Absage: Vertriebsingenieur (m/w/d) - Referenz FT-3381" (not "Absage: Termin ...", "Absage des Gesprächs")
        r"\babsage ?(?::|-) ?(?!(?:termin|ihre[sr]?|deine[sr]?|des|der|unser\w*|zum|fur|vorstellungs|gesprach|interview|event|veranstaltung)\w*\b)"
        r"[^.!?;]{0,60}\b(?:m/w/d|w/m/d|m/w/x|m/f/d|d/m/w|w/m/x)\b",
        # the whole subject is the verdict ("Absage", a body that only thanks): at the text's start, so not
        # "Re: Absage";
        # not when the body calls off an appointment or answers the reader's own "Absage"
        r"^absage \. (?!.{0,400}\b(?:termin\w*|\w*gesprach\w*|interview\w*|absagen|ihre absage|deine absage|zuruck\w*|"
        r"ziehe)\b)"),
    fam("Stelle ist vergeben", 3.5, ('vergeben', 'besetzt', 'vakant', 'gefill'),
        # the Swiss word for the post, filled in the past ("die Funktion konnte intern besetzt werden"; not "die
        # Funktion wird im Januar besetzt", "soll noch besetzt werden")
        rf"{_DE_NOT_SOME}\bfunktion\b(?![^.!?;]{{0,40}}\b(?:wird|soll|sollte|voraussichtlich|erst|noch)\b)[^.!?;]{{0,40}}"
        r"(?<!nicht )\b(?:intern |anderweitig |bereits |inzwischen |mittlerweile )?(?:besetzt|vergeben)\b",
        # an employer's word for it: "die Stelle ist nicht mehr vakant"
        r"\b(?:stelle|position|vakanz|rolle)\b[^.!?;]{0,30}\bnicht mehr vakant\b",
        rf"{_DE_NOT_SOME}\b(?:stelle|position|vakanz|job|posten|planstelle)\w*\b[^.!?;]{{0,40}}\b(?:ist|wurde|wurden|sind|"
        r"haben wir)\b[^.!?;]{0,25}(?<!ist nicht )(?<!sind nicht )(?<!war nicht )(?<!noch nicht )(?<!bisher nicht )"
        r"(?<!nie )\b(?:vergeben|(?:nach)?besetzt|anderweitig besetzt|gefilled|gefillt)",
        # (the sentence names no "einige / mehrere / manche" posts: a job portal's list, not the reader's)
        # (nor an appointment, a flat or a table: "der gewünschte Termin für die Werksbesichtigung ist bereits vergeben")
        r"(?:^|(?<=[.!?;:\n]))(?![^.!?;]*\b(?:einige|mehrere|manche|termin\w*|\w*besichtigung|wohnung\w*|zimmer|tisch\w*)\b)"
        r"[^.!?;]*?\b(?:bereits|inzwischen|mittlerweile|schon|anderweitig) "
        r"(?:vergeben|besetzt|gefilled|gefillt)\b"),
    fam("Einstellungsstopp beendet das Verfahren", 3.5,
        ("einstellungsst", "einstellungssperre", "recruiting", "rekrutierungsst", "personalst", "gestrichen", "zuruckgezogen", "zurueckgezogen", "besetzt", "auswahlverfahren", "freeze",
         "entfallt", "fallt die", "fallt unsere", "fallt weg", "fallt leider", "fallt damit", "fallt somit", "gecancelt", "gestoppt",
         "eingefroren", "storniert", "zum opfer",
         "bewerbungsverfahren", "bewerbungsprozess", "besetzungsverfahren", "auswahlprozess"),
        # (sweep 2: the anglicism "Hiring Freeze"; "die Rolle wird daher nicht mehr besetzt")
        # (sweep 2) the post falls away or is cancelled ("wegen Sparmaßnahmen fällt die Stelle weg", "wurde gecancelt")
        r"\b(?:fallt|entfallt) (?:\w+ ){0,2}(?:stelle|position|rolle|vakanz)\w*\b(?: (?:\w+ ){0,3}weg\b)?|"
        # "die Stelle ist dem Rotstift zum Opfer gefallen"
        r"\b(?:stelle|position|rolle|vakanz)\w*\b[^.!?;]{0,30}\b(?:dem rotstift|de[rnm] (?:spar|kurzungs)\w*|de[nr] kurzungen) zum opfer "
        r"gefallen\b|"
        r"\b(?:stelle|position|rolle|vakanz)\w*\b[^.!?;]{0,30}\b(?:(?:fallt|entfallt)\b(?:[^.!?;]{0,20}\bweg\b)?|"
        r"(?:wurde|ist|wird) (?:\w+ ){0,2}(?:gecancelt|gestoppt|eingefroren|storniert|ersatzlos gestrichen))|"
        r"\b(?:(?:(?:einstellungs|recruiting|rekrutierungs)[- ]?|personal)(?:stopps?|stops?|sperre)|hiring[- ]?freeze)\b(?![^.!?;]{0,60}\b(?:nicht betrifft|nicht betroffen|keine auswirkung\w*|unberuhrt|aufgehoben|betrifft (?:\w+ ){0,5}nicht)\b)|\b(?:stelle|position|rolle|vakanz)\w*\b[^.!?;]{0,30}\b(?:gestrichen|zuruckgezogen|zurueckgezogen|nicht (?:nach)?besetzt wird|nicht besetzt werden|wird (?:daher |deshalb |somit |leider |vorerst )*nicht mehr (?:nach)?besetzt)",
        # (not the happy end: "das Auswahlverfahren ist abgeschlossen und wir freuen uns, Ihnen die Stelle anzubieten")
        r"\bauswahlverfahren (?:ist |wurde )?(?:damit |leider )?(?:beendet|eingestellt|abgeschlossen)\b"
        r"(?![^.!?;]{0,80}\b(?:freuen|gluckwunsch|willkommen|anbieten|anzubieten|einladen|einzuladen|zusagen)\w*)",
        # any selection procedure for a post named in between: "unser Bewerbungsprozess für die Position X ist beendet"
        # (a past state only: not "wird im Januar abgeschlossen", "ist noch nicht / erst dann abgeschlossen"; not an
        # offer:
        # "unser Auswahlprozess ist beendet und wir möchten Ihnen ein Angebot machen")
        r"\b(?:auswahl|bewerbungs|besetzungs|stellenbesetzungs)(?:verfahren|prozess)\b (?:fur|zur|um|"
        r"auf) [^.!?;,]{0,50}? "
        r"(?:ist|wurde|war) (?:\w+ ){0,2}(?<!nicht )(?<!noch )(?<!erst )(?:beendet|eingestellt|abgeschlossen)\b"
        r"(?![^.!?;]{0,80}\b(?:freuen|gluckwunsch|willkommen|anbieten|anzubieten|einladen|einzuladen|zusagen|sobald|"
        r"wenn|angebot|vertrag|arbeitsvertrag)\w*)"),
    fam("passt nicht", 3.0, ('nicht', 'keine'),
        # (round 21b: any adjective, and a research group's "Schwerpunkte": "passt nicht zu den methodischen
        # Schwerpunkten des Projekts")
        r"\b(?:profil|qualifikation|erfahrung)\w*\b[^.!?;]{0,30}\bnicht (?:ganz |ausreichend |genug )?(?:zu unseren|zu den|mit unseren|unseren) "
        r"(?:\w+ )?(?:anforderungen|erwartungen|schwerpunkt\w*|vorstellungen)",
        r"\bkeine (?:passende |offene |freie |geeignete |vakante |entsprechende )?(?:position|stelle|vakanz) (?:fur|fuer) (?:sie|dich)\b"
        r"(?! (?:\w+ ){0,3}(?:gefunden|finden|dabei|im angebot))",
        # "keine Vakanz, die Ihrem Profil entspricht", "keine offene Stelle, die zu Ihrem Profil passt"
        r"\bkeine (?:\w+ )?(?:stelle|position|vakanz)\b,? (?:die|welche) (?:\w+ ){0,2}(?:zu )?(?:ihrem|deinem|ihren|deinen) (?:profil|qualifikation\w*|"
        r"erfahrung\w*|vorstellungen|kenntnissen)\b (?:\w+ )?(?:entspricht|passt|entsprechen|passen)\b"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_DE_VERB = alt("fortzusetzen", "fortsetzen", "fortfuhren", "fortzufuhren", "weiterverfolgen", "weiterzuverfolgen",
               "weiterfuhren", "weiterzufuhren", "berucksichtigen", "zu berucksichtigen", "einladen", "einzuladen",
               "bearbeiten", "weiterleiten", "anbieten", "unterbreiten")

DECISIONS += [
    fam("Grammatik: Prozess wird nicht fortgesetzt", 4.0, ("nicht",),
        # (the gap stays inside one clause: "nicht verloren gegangen, wir bearbeiten sie noch" is no decision)
        rf"\bnicht[^.!?;,]{{0,25}}?\b(?:weiter |mehr |langer )?{_DE_VERB}\b",
        r"\bnicht (?:in die |fur die )?engere (?:wahl|auswahl)\b",
        r"\bnicht (?:in die |fur die )?(?:nachste|weitere) (?:runde|phase|auswahlrunde)",
        # ("noch nicht weitergekommen" is a delay; "nicht abgelehnt, wir sind weiterhin interessiert" is no decision)
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,60}(?<!noch )(?<!bisher )(?<!leider noch )\bnicht\b[^.!?;,]{0,30}\b(?:geschafft|weiter(?!hin)|beruck)"),
    fam("Grammatik: andere Bewerber gewählt", 4.0, ("andere", "entschieden", "gewahlt", "ausgewahlt"),
        rf"\b(?:entschieden|gewahlt|ausgewahlt|entschlossen|festgelegt|berucksichtigt)\b{G}\bandere[nr]?\b{S}(?:kandidat|bewerber|person|profil)",
        rf"\bandere[nr]? (?:kandidat|bewerber|person|profil|besetzung)\w*{G}\b(?:zu berucksichtigen|"
        rf"zu beruecksichtigen|ausgewahlt|gewahlt|entschieden|"
        r"eingeladen)"),
    fam("Grammatik: kein Angebot / Mitbewerber gewählt", 3.5, ("kein", "entschieden"),
        # (a trainee's contract or place too: "dir keinen Ausbildungsvertrag anzubieten", "keinen Praktikumsplatz anbieten")
        r"\bkein(?:e|en)? (?:angebot|zusage|stelle|position|(?:arbeits|anstellungs|ausbildungs|praktikums)?vertrag|"
        r"(?:ausbildungs|praktikums)(?:platz|stelle))\b[^.!?;]{0,50}\b"
        r"(?:unterbreiten|zu unterbreiten|machen|zu machen|anbieten|anzubieten|geben|zu geben)\b",
        r"\b(?:fur|fuer) (?:eine?n? )?(?:andere[nr]? )?(?:mitbewerber\w*|kandidat\w*|bewerber\w*)\b[^.!?;]{0,30}\bentschieden"),
    fam("Grammatik: Stelle nicht mehr offen", 3.5, ("besetzt", "gestrichen", "zuruckgezogen", "vergeben"),
        # (not a date to come: "die Stelle wird voraussichtlich im Januar besetzt")
        rf"{_DE_NOT_SOME}\b(?:stelle|position|vakanz)\w*\b(?![^.!?;]{{0,60}}\b(?:voraussichtlich|erst|bald|demnachst|spater|fruhestens|noch|zum \d|ab dem|"
        r"im (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|fruhjahr|sommer|herbst|winter|laufe))\b)"
        r"[^.!?;]{0,60}(?<!ist nicht )(?<!sind nicht )(?<!war nicht )(?<!noch nicht )(?<!bisher nicht )(?<!nie )\b(?:intern |anderweitig |bereits |inzwischen )?(?:besetzt|vergeben|gestrichen|zuruckgezogen)"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("Grammatik: ohne Sie weiter", 4.0, ("ohne", "nicht", "anders", "andere",
                                          # the dative without "andere": "die Stelle mit einer Bewerberin besetzt"
                                          "einer bewerberin", "einem bewerber", "einer kandidatin", "einem kandidat"),
        r"\bohne (?:sie|dich)\b[^.!?;]{0,40}\b(?:fortzu\w*|fortsetzen|fortfuhren|weiter\w*)",
        r"\bnicht in die (?:finale|nachste|zweite|dritte|letzte|engere|weitere|entscheidende) (?:runde|auswahl\w*|phase|stufe)",
        r"\bnicht\b[^.!?;]{0,30}\b(?:runde|auswahl\w*|phase|stufe)\b[^.!?;]{0,20}\bgeschafft",
        r"\b(?:jemand(?:en)? (?:anders|anderen)|eine andere person|einen anderen bewerber|eine andere bewerberin|"
        r"(?:einer|einem) (?:anderen )?(?:bewerberin|bewerber|kandidat\w*))\b[^.!?;]{0,60}\b(?:entschieden|besetzt|vergeben|"
        r"ausgewahlt|eingestellt|gewahlt)"),
]


# who decides on the employer's side (the subject of "hat abgewunken", "winkt ab")
_DECIDER = (r"(?:kunde|kundin|mandant\w*|auftraggeber\w*|unternehmen|arbeitgeber\w*|fachabteilung|fachbereich|firma|"
            r"geschaftsfuhrung|"
            r"geschaftsleitung|abteilung|leitung|chef\w*|vorstand|klient\w*|kundenbetrieb|kundenunternehmen|entleiher|"
            # (sweep 2) a craft business, a practice or a law firm the agency placed the reader with
            r"betrieb|kanzlei|praxis)")

# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("Grammatik: Absage / negative Rückmeldung", 4.0,
        ("absag", "ruckmeldung", "entscheid", "geklappt", "gegen", "abgesagt", "abgewunken", "winkt", "sagen wir", "kein interesse", "ein nein",
         "ein klares nein",
         "keine interesse", "keinen interesse",
         "sage ich",
         "wir sagen", "ich sage"),
        # the separable verb in second place: "hiermit sagen wir Ihnen ab", "wir sagen Ihnen für die Stelle leider ab"
        # (not an appointment: "wir sagen Ihnen den Termin ab"; the clause ends at "ab": not "ab Montag")
        r"\b(?:(?:sagen|sage) (?:wir|ich)|(?:wir|ich) (?:sagen|sage))\b (?:\w+ )?(?:ihnen|dir|euch)\b (?:(?!\w*"
        r"(?:termin|gesprach|event|"
        r"veranstaltung|meeting|feier|sitzung|treffen|interview|call|besuch|probetag|lieferung|auftrag|"
        r"bestellung))\w+ ){0,5}"
        r"(?<!oder )(?<!zu )ab(?= ?[.!;:-]|$|, )",
        # "wir melden uns heute leider mit einer Absage"
        r"\b(?:(?:melden|wenden) (?:wir|ich) (?:uns|mich)|(?:wir|ich) (?:melden|melde|wenden|wende) (?:uns|mich))\b "
        # (only adverbs of now and regret between: not "wir melden uns auf jeden Fall, auch mit einer Absage")
        r"(?:heute |leider |nun |jetzt |hiermit |daher |deshalb |also |bei ihnen |bei dir )*mit (?:einer|unserer|der) "
        r"absage\b",
        # the deciding side's wave-off: "die Geschäftsführung hat nach dem Zweitgespräch abgewunken", "der Kunde winkt
        # leider ab"
        # (not "wir haben beim Umzugsangebot abgewunken", nor a candidate who waved off an offer)
        rf"(?:\b{_DECIDER}\b[^.!?;]{{0,60}}\b(?:hat|haben|hatte|hatten)\b|\b(?:hat|haben|hatte|hatten) "
        rf"(?:\w+ ){{0,3}}{_DECIDER}\b) "
        r"(?:(?!bei\w*\b|was\b|hinsichtlich\b|bezuglich\b)\w+ ){0,4}abgewunken\b"
        r"(?!,? (?:was|beim|bei|hinsichtlich|bezuglich)\b)|"
        rf"\b{_DECIDER}\b (?:\w+ ){{0,3}}winkt (?:\w+ ){{0,3}}ab\b|\bwinkt (?:\w+ ){{0,3}}{_DECIDER}\b "
        rf"(?:\w+ ){{0,3}}ab\b",
        r"\b(?:(?:erhalten|bekommen) (?:sie|du)|(?:sie|du) (?:erhalten|erhaltst|bekommen|bekommst))\b (?:\w+ ){0,2}(?:unsere|eine|die) absage\b"
        r"(?![^.!?;]{0,40}\b(?:sobald|falls|wenn|sofern|oder|ob)\b)",
        r"\b(?:kunde|kundin|mandant|mandantin|auftraggeber\w*|unternehmen|arbeitgeber|fachabteilung|fachbereich|firma) (?:hat|hatte) (?:ihnen |dir |uns )?"
        # (sweep 2: up to five words between, "der Kunde hat nach Sichtung Ihres Lebenslaufs abgesagt")
        r"(?:(?!\w*(?:termin|gesprach|interview|treffen|meeting|call|besuch))\w+ ){0,5}abgesagt(?= ?[.!;,]|$)",
        r"\b(?:hat|hatte) (?:unser |der |die |ihr |dein |mein |das )?(?:kunde|kundin|mandant|mandantin|auftraggeber\w*|unternehmen|arbeitgeber|"
        r"fachabteilung|fachbereich|firma) (?:ihnen |dir |uns )?(?:leider |nun |jetzt |inzwischen )*abgesagt(?= ?[.!;,]|$)",
        r"\b(?:eine |keine |leider )?(?:negative|abschlagige) (?:ruckmeldung|nachricht|antwort|entscheidung)\b",
        # (sweep 2) the deciding side, not the reader, has no interest in meeting the reader or in the profile
        # (a B2B customer may have no interest "an einem Gespräch über das Angebot": only an interview or the reader)
        rf"\b{_DECIDER}\b (?:\w+ ){{0,3}}kein(?:e|en)? interesse (?:an|fur) (?:einem (?:vorstellungs|bewerbungs|kennenlern)gesprach|"
        r"einem gesprach mit (?:ihnen|dir)|einem kennenlernen|ihnen|dir|"
        r"ihrem profil|deinem profil|ihrer (?:bewerbung|kandidatur)|deiner (?:bewerbung|kandidatur))\b",
        # (sweep 2) an agency relays the client's word: "von Kundenseite kam leider eine Absage", "vom Kunden gab es eine Absage"
        r"\b(?:vom kunden|von kundenseite|von seiten des kunden|vom unternehmen|vom arbeitgeber|von (?:meinem|unserem) (?:kunden|"
        r"mandanten|auftraggeber)) (?:kam|kommt|gab es|gibt es|haben wir|habe ich) (?:\w+ ){0,2}(?:eine absage|absage|ein (?:klares )?nein)\b",
        r"\b(?:kam|kommt|gab es|gibt es) (?:leider )?(?:vom kunden|von kundenseite|vom unternehmen|vom arbeitgeber|von (?:meinem|unserem) "
        r"(?:kunden|mandanten|auftraggeber)) (?:leider )?(?:eine absage|ein (?:klares )?nein)\b",
        r"\bkeine (?:positive|gute|erfreuliche) (?:ruckmeldung|nachricht|antwort|entscheidung)\b",
        r"\b(?:ihnen|dir|euch) (?:leider )?(?:eine )?absage (?:erteilen|geben|mitteilen|schicken|senden)|\b(?:ihnen|dir) (?:leider )?absagen\b",
        r"\bdass es (?:(?!\w*(?:termin|gesprach|lieferung|paket|zahlung|uberweisung|upload|login|anmeldung|"
        r"telefonat))\w+ ){0,3}"
        r"nicht (?:geklappt hat|klappt|geklappt)\b",
        r"\bleider (?:hat es|hat's|hats) (?:diesmal |dieses mal |dieses mal leider |in diesem jahr |dieses jahr |heuer |bei uns |"
        r"mit (?:der|dieser|ihrer|deiner) (?:stelle|position|rolle|bewerbung) )?nicht geklappt",
        # the bare closing verb: "für heuer müssen wir leider absagen", "wir müssen dir leider absagen, ..."
        # (any words but an appointment between: "müssen wir dir für den Sommer absagen", not "müssen wir das Teamevent absagen")
        r"\b(?:(?:mussen|muss|musste|mussten) (?:wir|ich)|(?:wir|ich) (?:mussen|muss|musste|mussten)) (?:(?!\w*(?:termin|gesprach|event|veranstaltung|"
        r"meeting|feier|sitzung|workshop|kurs|schulung|treffen|interview|call|besuch|webinar|probetag|teilnahme|einladung|lieferung|auftrag|bestellung)"
        r")\w+ ){0,4}absagen(?= ?[.,!;:-]|$)",
        r"\b(?:uns|wir) (?:leider )?gegen (?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b[^.!?;]{0,20}\bentschieden|"
        r"\bgegen (?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur) entschieden"),
    fam("Grammatik: nicht berücksichtigt / nicht anbieten", 4.0, ("nicht", "kein"),
        r"\b(?:bewerbung|sie|dich|unterlagen)\b[^.!?;]{0,60}\bnicht (?:weiter |mehr |langer )?(?:berucksichtig\w*|beruecksichtig\w*)",
        r"\b(?:keine|nicht die) (?:stelle|position|anstellung|beschaftigung)\b[^.!?;]{0,40}\b(?:anbieten|geben|offerieren)",
        r"\bnicht in die (?:engere|nachste|finale|weitere) (?:wahl|auswahl|runde)\b[^.!?;]{0,20}\b(?:gekommen|genommen|aufgenommen|gelangt)",
        r"\b(?:entspricht|entsprechen|passt|passen|deckt|decken)\b[^.!?;]{0,30}\bnicht\b[^.!?;]{0,30}\b(?:anforderung\w*|stelle|position|profil|suchen|vorstellungen)"),
    fam("Grammatik: jemand anderes / anderweitig", 4.0, ("anderweitig", "jemand", "andere", "kandidat", "bewerber",
                                                         # "für eine Person mit mehr Erfahrung entschieden" (no "andere")
                                                         "fur eine person", "fuer eine person"),
        r"\banderweitig (?:besetzt|vergeben|entschieden)",
        # (and the inclusive "für eine:n Kandidat:in", "eine*n Bewerber*in", "eine/n Mitbewerber/in")
        r"\b(?:fur|fuer) (?:jemand(?:en)?|eine(?:[nr]|[/:*_][nr])? (?:andere(?:[nr]|[/:*_][nr])? )?(?:bewerber\w*|kandidat\w*|person|"
        r"mitbewerber\w*)|andere (?:kandidat\w*|bewerber\w*))"
        r"\b[^.!?;]{0,80}\b(?:entschieden|ausgesprochen|entschlossen)\b",
        r"\b(?:bewerber|bewerberin|kandidat\w*|person)\b[^.!?;]{0,15}\b(?:entschieden|ausgewahlt|eingestellt), (?:de[rsmn]|die|deren|dessen) ",
        # a student job or internship ("für eine andere Studentin entschieden"); only "andere": "für weitere
        # Praktikanten entschieden" adds places
        r"\b(?:fur|fuer) (?:eine?n? )?andere[nrs]? (?:student\w*|studierende\w*|praktikant\w*|absolvent\w*)\b[^.!?;]{0,60}"
        r"\b(?:entschieden|ausgesprochen|entschlossen)\b"),
    # The old-school letter's closing act: the paper application goes back to the sender ("Ihre Unterlagen erhalten
    # Sie anbei zurück", "senden wir Ihnen mit separater Post zurück"). Only the act done now (anbei, beiliegend, mit
    # gleicher Post, hiermit): an acknowledgement's promise "erhalten Sie nach Abschluss des Verfahrens zurück", a
    # condition ("falls", "im Falle einer Absage") or a request ("senden Sie uns die Unterlagen unterschrieben zurück")
    # says nothing yet.
    fam("Grammatik: Bewerbungsunterlagen gehen zurück", 4.0, ("unterlagen", "bewerbungsmappe"),
        # one sentence with the papers, the act done now and "zurück", in any order ("anbei erhalten Sie Ihre
        # Unterlagen zurück", "Ihre Unterlagen senden wir Ihnen mit gleicher Post zurück")
        r"(?:^|(?<=[.!?;:\n]))(?![^.!?;]*\b(?:abschluss|beendigung|ende des|ende der|falls|falle|sobald|wenn|nachdem|bitte|"
        r"unterschrieben|unterzeichnet|ausgefullt|erganzt|vervollstandigt|(?:sie|du) (?:uns|an uns)|an uns zuruck)\b)"
        r"(?=[^.!?;]*\b(?:bewerbungs)?(?:unterlagen|mappe)\b)"
        r"(?=[^.!?;]*\b(?:anbei|beiliegend|in der anlage|als anlage|mit (?:gleicher|separater|getrennter|der) post|mit diesem "
        r"schreiben|hiermit|auf dem postweg|per post)\b)"
        r"[^.!?;]*\b(?:zuruck|retour)\b"),
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
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,100}\bnicht erfolgreich\b(?! (?:\w+ )?(?:ubermittelt|hochgeladen|gesendet|versendet|abgeschickt|"
        r"eingereicht|gespeichert|zugestellt|ubertragen|angelegt|registriert))|\bandere bewerbungen entsprachen\b",
        r"\b(?:erforderliche|notwendige) (?:bewertung|punktzahl|ergebnis)\w*\b[^.!?;]{0,20}\bnicht erreicht",
        r"\b(?:nachste|weitere|folgende|zweite|dritte|finale)n? (?:auswahl|bewerbungs)?(?:stufe|runde|phase)\b[^.!?;]{0,20}\bnicht erreicht",
        r"\b(?:mindestpunkte?zahl|mindestpunkte|mindestergebnis|mindestanforderung\w*|bestehensgrenze|mindestnote)\b[^.!?;]{0,40}\bnicht (?:\w+ )?erreicht",
        r"\b(?:hat es|hat's|hats|reicht es|es hat)\b[^.!?;]{0,30}\bnicht gereicht\b",
        r"\bmit uns (?:beiden )?wird (?:das|es) (?:\w+ ){0,3}nichts\b",
        r"\b(?:konnten|haben|hatten) wir die stelle (?:\w+ ){0,2}(?:nach)?besetz\w*|\bdie stelle (?:\w+ ){0,2}(?<!ist nicht )(?<!sind nicht )(?<!war nicht )(?<!noch nicht )(?<!bisher nicht )(?<!nie )(?:nach)?besetzt\b",
        r"\b(?:weitere )?berucksichtigung (?:ihrer|deiner) bewerbung\b[^.!?;]{0,30}\bnicht (?:moglich|erfolgen)",
        r"\bkeine (?:ausreichende )?ubereinstimmung\b",
        r"\b(?:verfahren|prozess|auswahlverfahren)\b[^.!?;]{0,20}\b(?:endet|beendet)\b[^.!?;]{0,20}\b(?:fur sie|fur dich|an dieser stelle)",
        r"\bvon einer (?:einladung|weiteren berucksichtigung|beschaftigung|einstellung|anstellung|zusammenarbeit)\w*\b"
        r"[^.!?;]{0,45}\bab\b",
        r"\bkommen (?:sie|du)\b[^.!?;]{0,40}\bnicht in (?:betracht|frage)",
        r"\bkeine\b[^.!?;]{0,40}\bmit (?:ihnen|dir) (?:weiter|fortzu)\w*",
        r"\bkein(?:e|en)? (?:vertrags|stellen|job)?angebot\w*\b[^.!?;]{0,30}\b(?:unterbreiten|machen|geben)"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("Grammatik: nicht mit Ihnen weiter / Ergebnis reicht nicht", 4.0, ("nicht", "andere", "niemand"),
        r"\bnicht (?:mehr )?mit (?:dir|ihnen|euch) (?:weiter|fort)",
        # the separable verb's second place: "deshalb machen wir mit dir nicht weiter"
        r"\bmit (?:dir|ihnen|euch) (?:leider |also |daher |deshalb |dann |jetzt |nun )*nicht (?:mehr )?(?:weiter|"
        r"fort)\b",
        # nobody is needed any more: "wir suchen doch niemanden mehr für die Wochenenden"
        # (or "niemanden" ending the clause: "wir suchen gerade doch niemanden.")
        r"\b(?:suchen|brauchen|benotigen)\b (?:\w+ ){0,4}niemand(?:en)?(?: (?:\w+ )?mehr\b(?! zu\b)|(?= ?[.!;:-]|$))",
        r"\b(?:ergebnis|gesamtergebnis|leistung\w*|punktzahl|punkte|qualifikation\w*|erfahrung)\b[^.!?;]{0,40}\bnicht\b[^.!?;]{0,60}\b(?:aus)?gereicht",
        rf"\b(?:fur|fuer) (?:eine?n? )?andere[nr]? (?:bewerbung|bewerbungen|profile)\b{G}\bentschieden",
        r"\bangebot\b[^.!?;]{0,60}\b(?:zuruckgezogen|zuruckziehen|widerrufen)",
        r"\bstellen (?:wir )?(?:derzeit |aktuell |momentan |zurzeit |im moment |vorerst |leider |bis auf weiteres )*"
        r"(?:niemanden|keine\w*) (?:\w+ )?ein\b",
        r"\bstellen (?:wir )?(?:derzeit |aktuell |momentan |zurzeit |leider |im moment |vorerst |bis auf weiteres )+nicht (?:mehr )?ein\b"),
]


# --- sixth layer: constructions of an independent author (dev4/de) ------------------------------------------
# Word classes, not sentences: [against] [hiring / continuing / the candidacy] [decided / spoke out / resolved];
# [the choice / the award / the race] went to [someone else]; [the post] [is refilled / will not be filled] by
# [a colleague / nobody]; [not possible / no chance] [to take you on / invite you]; [no offer / acceptance]
# [granted / made]; nominal and idiomatic forms ("nicht zum Zug", "nicht positiv beschieden", "anders entschieden").
# (inclusive spellings too: "eine/n andere/n Bewerber/in", "eine(n) andere(n)", and the gender colon, star and gap
# "eine:n andere:n", "eine*n andere*n", "eine_n andere_n")
_OTHER = r"(?:andere|weitere|externe|interne|passendere)(?:[nrs]|[/:*_][nrs]|\([nrs]\))?"
_ART = r"(?:eine?(?:[nrs]|[/:*_][nrs]|\([nrs]\))? |die |den |der |des )"
_SOMEONE = (r"(?:mitbewerbe\w*|bewerbe[nr]\w*|bewerbende\w*|kandidierende\w*|kandidat\w*|weg|richtung|variante|person(?:en)?|kolleg\w*|nachfolger\w*|mitarbeiter\w*|"
            r"azubi\w*|auszubildende\w*|\w*(?:fach|pflege|lehr)kraft|"
            r"jemand(?:en|em)?|profil\w*|bewerbung(?:en)?|kandidatur|losung|besetzung|finalist\w*|teilnehmer\w*|teilnehmend\w*|leute\w*|nachfolge\w*|"
            # (sweep 3) start-up German borrows the English word: "mit anderen Candidates weitermachen"
            r"candidates?)")
_DECIDED = r"(?:entschieden|entscheiden|ausgesprochen|aussprechen|entschlossen|beschlossen|votiert|gestimmt)"
_TAKE_ON = (r"(?:aufzunehmen|einzuladen|einzustellen|zu berucksichtigen|anzubieten|fortzusetzen|fortzufuhren|fortzufahren|"
            r"einzusetzen|zu unterbreiten|"
            r"einzubinden|mitzunehmen|"
            r"weiterzu\w+|zu ubernehmen|zu beschaftigen|zu besetzen|zu gewinnen|an bord zu holen|zu begleiten)")

DECISIONS += [
    fam("Entscheidung gegen Einstellung oder Kandidatur", 4.0, ("gegen",),
        rf"\bgegen(?<!nicht gegen)(?<!keineswegs gegen) (?:eine |die |ihre |deine |einen |den |ein )?(?:weitere[ns]? |eine )?(?:einstellung|anstellung|zusammenarbeit|"
        # (sweep 3) the interview by its kind: "gegen ein Vorstellungsgespräch entschieden"
        rf"(?:vorstellungs|bewerbungs|kennenlern|zweit|fach|auswahl|telefon)?gesprach\w*|interview|vorstellung (?:ihres|deines) profils|"
        rf"weiterfuhrung|fortsetzung|fortfuhrung|berucksichtigung|zusage|besetzung|bewerbung|kandidatur|sie|dich|einladung|"
        rf"weiterbeschaftigung|ubernahme|"
        rf"ihr profil|dein profil|ihre person|uns)\b{G}\b{_DECIDED}",
        r"\bgegen(?<!nicht gegen) (?:sie|dich) und (?:fur|zugunsten)\b"),
    fam("Wahl oder Zuschlag ging an jemand anderen", 4.0, ("wahl", "zuschlag", "rennen", "entscheidung"),
        rf"\b(?:wahl|auswahl|entscheidung|auswahlentscheidung|personalentscheidung|besetzungsentscheidung)\b[^.!?;]{{0,30}}\b(?:ist|fiel|war|ging)\b[^.!?;]{{0,20}}\bauf (?:eine?n?r? |die |den )?"
        rf"(?:{_OTHER} )?{_SOMEONE}",
        r"\b(?:wahl|auswahl|entscheidung|auswahlentscheidung|personalentscheidung|besetzungsentscheidung|"
        r"personalauswahl)\b[^.!?;]{0,40}"
        r"\bnicht (?:\w+ )?auf (?:sie|dich)\b",
        # (the verb first: "am Ende fiel unsere Wahl jedoch auf eine Bewerberin", "ist die Entscheidung auf einen Kollegen gefallen")
        rf"\b(?:fiel|fielen|ging|ist|war)\b (?:\w+ ){{0,2}}(?:wahl|auswahl|entscheidung|auswahlentscheidung|personalentscheidung|besetzungsentscheidung)\b (?:\w+ ){{0,3}}auf (?:eine?n?r? |die |den )?"
        rf"(?:{_OTHER} )?{_SOMEONE}",
        rf"\bden zuschlag\b{G}\b(?:{_SOMEONE}|an )|\b{_SOMEONE}\b{G}\bden zuschlag (?:erhalten|bekommen|bekam|erhielt|gegeben|erteilt)",
        rf"\b{_SOMEONE}\b{G}\bdas rennen (?:gemacht|machte)|\bdas rennen (?:hat|machte|gemacht)\b{G}\b{_SOMEONE}",
        rf"\b(?:wahl|auswahl|entscheidung|auswahlentscheidung|personalentscheidung|besetzungsentscheidung)\b (?:\w+ ){{0,2}}auf (?:eine?n?r? |die |den )?(?:{_OTHER} )?{_SOMEONE}\b[^.!?;]{{0,40}}\b(?:fiel|gefallen)\b"),
    fam("für eine andere Bewerbung ausgesprochen", 4.0, ("andere", "weitere", "externe", "interne", "passendere", "anders", "mitbewerb",
                                                        "bewerbende", "kandidierend"),
        rf"\b(?:fur|zugunsten) {_ART}?{_OTHER} {_SOMEONE}\b{G}\b{_DECIDED}",
        rf"\b(?:fur|zugunsten) {_ART}?(?:mitbewerbe\w*|andere bewerbende\w*|bewerbende|kandidierende)\b{G}\b(?:entschieden|ausgesprochen|entschlossen)\b",
        r"\b(?:uns|mich|wir|ich|team|unternehmen|kunde|mandant|firma)\b[^.!?;]{0,30}\banders (?:entschieden|entschlossen)\b",
        # ...or the deciding side named: "unsere Fachabteilung hat sich letztlich anders entschieden"
        rf"\b{_DECIDER}\b[^.!?;]{{0,45}}\banders (?:entschieden|entschlossen)\b",
        r"\b(?:mussten|musste|mussen|muss) (?:wir |ich )?(?:uns|mich) (?:\w+ ){0,3}anders entscheiden\b"),
    fam("Stelle wird anders oder nicht besetzt", 4.0, ("besetz",),
        rf"\b(?:stelle|position|vakanz|rolle|dienstposten|planstelle|posten)\w*\b{G}\bmit (?:einer?m?r? |jemand\w* )"
        rf"(?:\w+ ){{0,3}}?"
        rf"(?:kolleg\w*|kandidat\w*|bewerber\w*|mitbewerber\w*|person|mitarbeiter\w*|nachfolger\w*|profil\w*|"
        rf"auszubildende\w*|azubi\w*|anderen|"
        rf"anders)\b{G}\b(?:zu )?(?:nach)?besetz\w*",
        r"\b(?:stelle|position|vakanz|rolle|dienstposten)\w*\b[^.!?;]{0,60}\bnicht mit (?:ihnen|dir)\b[^.!?;]{0,25}\b(?:zu )?(?:nach)?besetz\w*",
        r"\b(?:stelle|position|vakanz|rolle|dienstposten)\w*\b[^.!?;]{0,50}\b(?:wird|wurde|ist|werden)\b"
        r"(?![^.!?;]{0,40}\b(?:erst|noch nicht|fruhestens|spater|demnachst|voraussichtlich)\b)[^.!?;]{0,60}\b(?:nach|neu|wieder|intern )besetzt\b",
        r"\b(?:stelle|position|vakanz|rolle)\w*\b[^.!?;]{0,50}\b(?:vorerst |vorlaufig |derzeit |zunachst |nun |doch |leider |gar )*"
        r"nicht (?:neu |mehr |wieder )?(?:zu )?(?:nach)?besetzen\b",
        # left unfilled: "die Stelle vorerst unbesetzt zu lassen", "soll unbesetzt bleiben"
        r"\b(?:stelle|position|vakanz|rolle)\w*\b[^.!?;]{0,40}\bunbesetzt (?:zu )?(?:lassen|bleiben)\b"),
    fam("Verfahren für Sie geschlossen", 3.5,
        ("schliessen", "ohne besetzung", "abgebrochen", "eingestellt", "einstellungspause", "beenden wir", "beende ich",
         "stoppen wir"),
        # the consequence of a reason: "daher beenden wir den Prozess" (not "sobald ..., beenden wir den Prozess")
        r"\b(?:daher|deshalb|deswegen|somit|damit|hiermit|leider|also) (?:beenden|schliessen|stoppen|beende) (?:wir|"
        r"ich) (?:\w+ )?"
        r"(?:den|das|unseren|unser|ihren|deinen) (?:\w+ )?(?:prozess|verfahren|auswahlverfahren|bewerbungsprozess)\b",
        r"\b(?:schliessen|beenden|stoppen) (?:den|das|unseren|unser) (?:\w+ )?(?:prozess|verfahren|auswahlverfahren|bewerbungsprozess)\b(?![^.!?;]{0,40}\bab\b)",
        r"\b(?:prozess|verfahren|auswahlverfahren|bewerbungsverfahren|besetzungsverfahren)\b[^.!?;]{0,40}\b(?:ohne besetzung|abgebrochen|eingestellt|gestoppt)\b",
        r"\beinstellungspause\b[^.!?;]{0,80}\b(?:nicht|kein\w*|vorerst|ausgesetzt)\b"),
    fam("nicht möglich, Sie aufzunehmen / keine Zusage erteilen", 4.0, ("moglich", "machbar", "in der lage", "chance", "option",
                                                                    "perspektive", "zusage", "angebot", "offer"),
        rf"\bnicht (?:\w+ ){{0,2}}(?:moglich|machbar|in der lage)\b{G}\b(?:sie|dich|ihnen|dir|ihre bewerbung|deine bewerbung)\b{G}\b{_TAKE_ON}\b",
        rf"\bkeine (?:moglichkeit|chance|option|perspektive)\b{G}\b(?:sie|dich|ihnen|dir)\b{G}\b{_TAKE_ON}\b",
        r"\bkein(?<!noch kein)(?:e|en)? (?:zusage|angebot|stellenangebot|vertragsangebot|jobangebot|offer|einstellungszusage)\b[^.!?;]{0,60}\b"
        r"(?:erteilen|machen|geben|unterbreiten|aussprechen|vorlegen|anbieten|schicken|senden|zukommen lassen)\b"),
    # (split by gate: each pattern runs only when its own closing verb occurs)
    fam("Auswahl und nächster Schritt verneint", 4.0, ("nicht fur d", "nicht in d"),
        r"\bnicht (?:fur|in) (?:den|die|das) (?:nachst|weiter|folgend|final|zweit|dritt|engere)\w* (?:schritt|runde|phase|stufe|gesprach|interview|auswahl)\w*\b"
        r"[^.!?;]{0,60}\b(?:ausgewahlt|berucksichtigt|vorgesehen|eingeladen|aufgenommen|qualifiziert|weitergeleitet)\b"),
    fam("Auswahl verneint: Bewerbung nicht ausgewählt", 4.0, ("ausgewahlt", "angenommen", "weitergeleitet", "vorgesehen"),
        r"\b(?:(?:ihre|deine) (?:bewerbung|kandidatur|unterlagen)|(?:ihr|dein) (?:profil|dossier|lebenslauf))\b[^.!?;]{0,60}\bnicht (?:\w+ ){0,5}"
        r"(?:ausgewahlt|angenommen|weitergeleitet|vorgesehen)\b"),
    fam("Auswahl verneint: Sie nicht ausgewählt / eingestellt", 4.0, ("ausgewahlt", "auswahlen", "auszuwahlen", "weiterkomm", "weitergekommen", "eingestellt",
                                                                   "einstellen", "anstellen", "ubernehmen", "beschaftigen", "einzustellen",
                                                                   "anzustellen"),
        r"\b(?:sie|du|dich)\b[^.!?;]{0,40}\bnicht (?:\w+ ){0,3}(?:ausgewahlt|auswahlen|auszuwahlen|weitergekommen|weiterkommst|weiterkommen|eingestellt|"
        r"einstellen|anstellen|ubernehmen|beschaftigen|einzustellen|anzustellen|zu ubernehmen|zu beschaftigen)\b"),
    fam("Auswahl verneint: Sie nicht eingeladen / aufgenommen", 4.0,
        ("einzuladen", "einladen", "eingeladen", "aufnehmen", "aufgenommen", "einbezogen", "einbeziehen", "aufzunehmen",
         "einzubeziehen", "zulassen", "zugelassen", "zuzulassen"),
        # not admitted to a stage of the process (a bare "nicht zugelassen" may be a club's or a course's)
        r"\b(?:sie|dich|(?:ihre|deine) (?:bewerbung|kandidatur))\b (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:zum|zur|zu dem|"
        r"zu der|fur das|fur die|"
        r"in das|ins) (?:\w+ ){0,2}(?:auswahlverfahren|verfahren|auswahl\w*|gesprach\w*|vorstellungsgesprach\w*|"
        r"test\w*|assessment\w*|"
        r"interview\w*|eignungstest\w*) (?:\w+ )?(?:zulassen|zugelassen|zuzulassen)\b",
        r"\b(?:sie|dich)\b (?:leider |werden |wurden |diesmal |dieses mal |daher |deshalb |also )*nicht (?:\w+ ){0,5}(?:einzuladen|einladen|eingeladen)\b",
        r"\b(?:sie|dich|(?:ihr|dein) (?:profil|dossier|lebenslauf))\b[^.!?;]{0,30}\bnicht (?:in den|in die|in das|in unseren|in unsere|ins) "
        r"(?!(?:\w+ ){0,2}(?:talentpool|talent-pool|bewerberpool|pool|datenbank|kartei|newsletter|verteiler)\b)(?:\w+ ){0,4}(?:aufnehmen|aufzunehmen|aufgenommen|"
        r"einbeziehen|einzubeziehen|einbezogen)\b"),
    fam("Idiome: nicht zum Zug / nicht positiv beschieden / ohne Erfolg", 4.0,
        ("zum zug", "nicht positiv", "erfolglos", "ohne erfolg", "keinen erfolg", "nichts mit", "gefunden", "gereicht",
         "anderen entscheidung", "anderslautenden", "negativen", "anderen ergebnis", "anderen schluss",
         "keine berucksichtigung", "keine weitere berucksichtigung", "nichtberucksichtigung", "nicht-berucksichtigung",
         "schon jemand", "bereits jemand", "inzwischen jemand", "mittlerweile jemand", "schon wen", "bereits wen"),
        r"\bnicht zum zuge? (?:gekommen|kommen|kam\w*|kommt)\b",
        r"\bnicht positiv (?:beschieden|bescheiden|beantwortet|beantworten|entschieden|bewertet|bewerten|beurteilt|beurteilen|ausgefallen|aus)\b",
        r"\b(?:hat es|hat's|hats|reicht es|es hat)\b[^.!?;]{0,30}\bnicht\b[^.!?;]{0,40}\bgereicht\b",
        r"\bzu (?:einer|einem) (?:anderen|anderslautenden|negativen) (?:entscheidung|ergebnis|schluss|entschluss)\b",
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b[^.!?;]{0,30}\b(?:fand|findet|hat)\b[^.!?;]{0,20}\bkeine berucksichtigung\b|"
        r"\bkeine berucksichtigung (?:mehr )?(?:gefunden|fand)\b|\bkeine berucksichtigung mehr finden\b|\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b[^.!?;]{0,40}\bkeine berucksichtigung (?:finden|fand)\b",
        # the nominal style: "teilen wir Ihnen die Nichtberücksichtigung Ihrer Bewerbung mit", "es erfolgt keine weitere
        # Berücksichtigung Ihrer Bewerbung"
        # the subject line: "Ihre Bewerbung: leider keine Berücksichtigung"
        r"\b(?:ihre|deine) (?:bewerbung|kandidatur)\b[^.!?;:]{0,40}: (?:leider )?keine (?:weitere )?berucksichtigung\b",
        r"\b(?:nicht-?berucksichtigung|keine (?:weitere )?berucksichtigung) (?:ihrer|deiner) (?:(?:initiativ|blind|"
        r"spontan|online)?bewerbung|"
        r"kandidatur|unterlagen)\b",
        # "dass Ihre Bewerbung auf die ausgeschriebene Stelle als Erzieher im Kinderhaus X erfolglos war" (one clause)
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b[^.!?;,]{0,90}\b(?:erfolglos|"
        r"ohne erfolg) "
        r"(?:war|ist|blieb|geblieben|verlaufen)\b",
        # the short note: "wir haben schon jemanden." (the clause ends there, or "gefunden" follows; at a clause's
        # start: "für die Übersetzung haben wir schon jemanden" is help on the day, not the post)
        r"(?:(?<![a-z0-9] )|(?<=aber )|(?<=doch )|(?<=leider )|(?<=nur ))\bwir haben (?:\w+ )?"
        r"(?:schon|bereits|inzwischen|mittlerweile) (?:jemand(?:en)?|wen)(?= ?[.!;:-]|$|"
        r" gefunden\b)",
        # (a "previous" application that failed is spam's hook, not news about this one)
        # (sweep 2: up to 100 characters, for the post named at length in between: "Ihre Bewerbung um die Stelle einer
        # Sachbearbeiterin/eines Sachbearbeiters keinen Erfolg hatte")
        r"\b(?:bewerbung|kandidatur)\b(?<!vorherige bewerbung)(?<!fruhere bewerbung)(?<!letzte bewerbung)[^.!?;]{0,100}\b(?:erfolglos|ohne erfolg|keinen erfolg)\b",
        r"\bwird (?:das|es) (?:\w+ ){0,2}nichts mit (?:uns|ihnen|dir)\b",
        r"\bwird (?:das|es) (?:\w+ ){0,2}(?:nichts|nix) mit (?:der|dieser|ihrer|deiner) (?:stelle|bewerbung|anstellung|position|"
        r"job)\b",
        r"\b(?:haben|hatten) (?!(?:\w+ ){0,6}?(?:noch nicht|noch kein\w*|bisher nicht|bisher kein\w*|in ihnen|in dir|mit ihnen|mit dir)\b)(?:\w+ ){0,7}"
        r"(?:jemand(?:en)? (?:anderen |anderes |\w+(?:eren|eres) )?|wen (?:anders |anderen )?|eine[nr]? "
        r"(?:andere[nrs]? |passende[nr]? |geeignete[nr]? |ideale[nr]? |"
        r"richtige[nr]? )?(?:kandidat|bewerber|person|nachfolger|besetzung)\w* |die (?:passende|richtige|geeignete|ideale)n? (?:person|besetzung|kandidat\w*) "
        r"(?:\w+ ){0,6}|eine (?:interne|hausinterne|interne personelle) (?:losung|besetzung) )(?:bereits |schon |"
        r"inzwischen )?gefunden\b"),
]

# --- eighth layer: idioms and separable verbs ("dagegen entschieden", "sehen von ... ab", "kommen nicht zusammen") ----
_DE_NOUN = (r"(?:einstellung|anstellung|zusammenarbeit|weiterfuhrung|fortsetzung|fortfuhrung|berucksichtigung|zusage|besetzung|"
            r"bewerbung|kandidatur|einladung|weiterbeschaftigung|ubernahme)")
DECISIONS += [
    fam("dagegen / zu Ungunsten / andere Wahl getroffen", 4.0, ("dagegen", "ungunsten", "getroffen", "gegen"),
        r"\bdagegen (?:\w+ )?(?:entschieden|entschlossen|ausgesprochen|entscheiden)\b",
        r"\bzu ?(?:ihren |deinen )?ungunsten\b",
        r"\b(?:eine |die )?andere (?:wahl|entscheidung|auswahl) getroffen\b",
        rf"\b(?:entschieden|entscheiden|entschlossen|aussprechen|ausgesprochen)\b (?:uns |mich )?(?:\w+ ){{0,3}}gegen (?:eine |die |ihre |deine )?"
        rf"(?:weitere )?(?:{_DE_NOUN}|sie\b|dich\b)"),
    fam("von einer Einladung abgesehen / Sie nicht vorgesehen", 4.0, ("abgesehen", "absehen", "vorge", "vorsehen", "vormerken", "erwagung", "nominier"),
        rf"\bvon einer (?:weiteren )?{_DE_NOUN}\w*\b[^.!?;]{{0,40}}\b(?:abgesehen|absehen)\b",
        r"\b(?:sie|dich)\b[^.!?;]{0,40}\bnicht (?:\w+ ){0,3}(?:vorsehen|vorgesehen|vormerken|vorgemerkt|in erwagung ziehen|vorgeschlagen|"
        r"vorschlagen|nominiert)\b"),
    fam("anderweitig besetzen / Stelle ist weg / jemand anderen nehmen", 4.0, ("anderweitig", "weg", "nehmen", "holen", "angeboten", "zugesagt",
                                                                              "ubertragen", "anvertraut", "vergeben", "zugunsten",
                                                                              "besetzung"),
        # (sweep 2: the participle, "mein Kunde hat die Position inzwischen anderweitig besetzt")
        r"\banderweitig (?:zu )?(?:besetzen|besetzt|vergeben|nachbesetzen|nachbesetzt|nachzubesetzen)\b",
        r"\b(?:stelle|position|\w*job(?:chen)?|rolle|platz)\b(?: (?:\w+ ){0,4}?)? ?(?:ist|war) (?:\w+ ){0,3}weg\b",
        r"\b(?:ist|war) (?:die|der|das) (?:stelle|position|\w*job(?:chen)?|rolle)\b (?:\w+ ){0,2}weg\b",
        r"\b(?:nehmen|nahmen|holen|holten) (?:\w+ ){0,2}(?:jemand(?:en)? (?:anderen|anderes|anders)|eine[nr]? andere[nrs]? (?:kandidat|bewerber|person)\w*)\b",
        # ...or one who already has more: "wir nehmen für die Stelle als X einen Bewerber, der schon den Meister hat"
        r"\b(?:nehmen|nahmen|holen|holten) (?:wir )?(?:\w+ ){0,6}?eine[nr]? (?:\w+ )?(?:kandidat|bewerber|person|"
        r"gesell|fachkraft)\w*, "
        r"(?:der|die|dessen|deren) (?:\w+ ){0,3}?(?:schon|bereits|mehr|besser|langer)\b",
        rf"\b(?:stelle|position|rolle|vertrag|angebot|zusage)\b[^.!?;]{{0,30}}\b(?:einer|einem) (?:{_OTHER} )?{_SOMEONE}\b[^.!?;]{{0,30}}\b"
        r"(?:angeboten|zugesagt|gegeben|gemacht|erteilt|unterbreitet|ubertragen|anvertraut|vergeben)\b",
        rf"\bzugunsten (?:eine?s?r? |de[rs] )?(?:{_OTHER} )?{_SOMEONE}\b",
        rf"\bbesetzung\b[^.!?;]{{0,30}}\bmit (?:einer?m?r? )(?:{_OTHER} )?{_SOMEONE}\b"),
    fam("negativ beschieden / keine erhoffte Nachricht", 4.0, ("negativ", "erhofft", "gewunscht", "bessere", "erfreulicher", "positiver",
                                                            "gunstigere", "angenehmere", "schonere"),
        r"\bnegativ (?:beantworten|beantwortet|bescheiden|beschieden|beurteilt|bewertet|entschieden|ausgefallen|aus)\b",
        r"\b(?:ruckmeldung|entscheidung|antwort|feedback|ergebnis|bescheid)\b[^.!?;]{0,40}\b(?:ist|war|fallt|fiel)\b[^.!?;]{0,20}(?<!nicht )\bnegativ\b",
        r"\b(?:nicht die|keine) (?:gewunschte|erhoffte|bessere|erfreulichere|positivere|gunstigere|angenehmere|"
        r"schonere)n? (?:nachricht|ruckmeldung|antwort|nachrichten|neuigkeiten|"
        r"mitteilung|bescheid)\b"),
    fam("keine Zusammenarbeit / kein Platz / nicht zusammengekommen", 3.5, ("zusammen", "platz", "zustande", "sollen sein", "nicht sein"),
        r"\bkeine (?:zusammenarbeit|anstellung|einstellung|beschaftigung)\b[^.!?;]{0,30}\b(?:geben|zustande|kommen|moglich)\b",
        r"\b(?:zusammenarbeit|anstellung|einstellung|beschaftigung|besetzung|vermittlung|arbeitsverhaltnis|vertragsabschluss|"
        r"einsatz)\b[^.!?;]{0,40}"
        r"\bnicht zustande\b",
        r"\bkeinen platz\b[^.!?;]{0,40}\b(?:team|unternehmen|firma|haus|abteilung|fur sie|fur dich)\b",
        r"\bnicht zusammen(?:gekommen|kommen|finden|gefunden|passen|gepasst)\b|\b(?:kommen|kamen|finden|fanden) wir (?:\w+ ){0,3}nicht zusammen\b|"
        r"\bwir (?:kommen|kamen|finden|fanden) (?:\w+ ){0,3}nicht zusammen\b",
        r"\bnicht sollen sein\b|\bsollte (?:es |das )?(?:\w+ ){0,2}nicht sein\b"),
    fam("Profil entspricht nicht den Vorstellungen", 3.5, ("vorstellungen", "anforderung", "erwartungen", "bedarf", "profil"),
        r"\b(?:profil|qualifikation\w*|erfahrung\w*|kenntnisse|unterlagen|bewerbung)\b[^.!?;]{0,30}\bnicht (?:ganz |ausreichend |genug |vollstandig )?"
        r"(?:zu )?(?:unseren|den|dem|unserem) (?:\w+ )?(?:vorstellungen|anforderungen|erwartungen|bedarf|anforderungsprofil|stellenprofil|vakanzen|offenen stellen|"
        r"offenen positionen)\b"),
    fam("keine guten Nachrichten", 3.0, ("nachricht", "neuigkeit"),
        r"\bkeine (?:gute|guten|positive|positiven|erfreuliche|erfreulichen|bessere|besseren) (?:nachricht|nachrichten|neuigkeiten)\b"
        # (bad news about an appointment is a rescheduling, not a decision)
        r"(?![^.!?;]{0,80}\b(?:termin\w*|verschoben|verschieben|verlegt|verlegen|krank\w*)\b)"),
    fam("passt nicht zum Bedarf", 3.5, ("passt", "passen", "entspricht", "entsprechen", "deckt", "decken", "match", " fit "),
        # the role as subject: "wir glauben nicht, dass die Rolle zu Ihnen passt", "die Stelle passt leider nicht zu dir"
        r"(?<!wenn die )(?<!falls die )(?<!ob die )(?<!sollte die )\b(?:rolle|stelle|position|aufgabe)\b (?:\w+ ){0,3}nicht (?:\w+ )?zu (?:ihnen|dir) "
        r"(?:passt|passen)\b|"
        r"\bnicht, dass (?:die|diese|unsere) (?:rolle|stelle|position|aufgabe)\b (?:\w+ ){0,3}zu (?:ihnen|dir) (?:passt|passen)\b",
        r"\b(?:passt|passen|entspricht|entsprechen|deckt|decken)\b[^.!?;]{0,30}\bnicht\b[^.!?;]{0,30}\b(?:bedarf|anforderungsprofil|erwartungen|"
        r"bedurfnisse|suche|rolle|aufgabe|team|vakanz|aufgabenprofil|stellenprofil)\b",
        # verb-last: "dass es (Ihr Profil) nicht zur Stelle passt"
        r"\bnicht (?:ganz |wirklich |so recht )?(?:zur|zu der|zu dieser|zu unserer) (?:stelle|position|rolle|vakanz|"
        r"aufgabe|ausschreibung)\b "
        r"(?:\w+ )?(?:passt|passen|passte)\b",
        # (sweep 2) the English loan word: "dort sieht man leider keinen Match mit den Anforderungen"
        r"\bkeine[nm]? (?:match|fit)\b (?:\w+ ){0,2}(?:mit|zu|zwischen) (?:den|der|dem|ihrem|deinem|ihren|deinen|unseren|unserer) "
        r"(?:\w+ )?(?:anforderung|stelle|position|profil|rolle|erwartung|vorstellung|bedarf)\w*"),
]

_POST = r"(?:die stelle|den job|die position|die rolle|den platz|den ausbildungsplatz|den praktikumsplatz|die zusage|das angebot)"
DECISIONS += [
    fam("Sie bekommen die Stelle nicht / nicht mehr dabei", 4.0, ("bekommen", "bekommst", "erhalten", "erhaltst", "dabei", "weitermachen",
                                                               "weitergehen", "fortfahren", "weiterarbeiten", "fortsetzen"),
        rf"\b(?:sie|du)\b (?:\w+ ){{0,3}}{_POST}\b (?:\w+ ){{0,2}}nicht (?:bekommen|bekommst|erhalten|erhaltst)\b",
        rf"\b(?:bekommen|bekommst|erhalten|erhaltst) (?:sie|du) (?:\w+ ){{0,2}}{_POST} (?:\w+ ){{0,2}}nicht\b",
        r"\b(?:sie sind|du bist|bist du|sind sie)\b (?:\w+ ){0,2}nicht mehr dabei\b",
        r"\b(?:sie sind|du bist|bist du|sind sie) (?:leider |diesmal |dieses mal |also |damit )*nicht dabei"
        r"(?= ?[.!;:)-]|$|, (?:wir|da|weil|denn|aber|doch|leider|sorry)\b)",
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b[^.!?;]{0,40}\bnicht (?:mehr )?dabei\b",
        r"\bmit (?:ihnen|dir)\b (?:\w+ ){0,2}nicht (?:mehr )?(?:weitermachen|weitergehen|fortfahren|weiterarbeiten|"
        r"fortsetzen)\b",
        # the consequence of a reason: "..., weshalb wir nicht weitermachen können"
        r"\b(?:weshalb|weswegen|daher|deshalb|deswegen|sodass|so dass) (?:wir|ich) (?:\w+ ){0,2}nicht (?:mehr )?"
        r"(?:weitermachen|weitergehen|fortfahren)\b(?![^.!?;]{0,40}\b(?:bis|solange|sobald|bevor|ohne)\b)"),
    fam("Stelle haben wir besetzt / es wird nichts", 3.5,
        ("besetzt", "vergeben", "nichts", "besetzen konnen", "besetzen durfen"),
        r"\b(?:haben|hatten|konnten) (?:wir )?(?:\w+ ){0,2}?(?:(?:die|diese|unsere) (?:\w*stellen?|positionen|position|rolle|"
        r"vakanz)|"
        r"(?:den|diesen) (?:job|posten))\b "
        r"(?:\w+ ){0,3}(?:nach|neu |intern |anderweitig )?(?:besetzt|vergeben|(?<!nicht )(?:nach)?besetzen (?:konnen|"
        r"durfen))\b",
        r"\b(?:wird|wurde) (?:es|das) (?:leider |diesmal |dieses mal |also |nun )*(?:mit (?:\w+ ){1,3})?nichts(?: werden)?(?= ?[.!?;,-])",
        # the same, verb-last after "dass": "ich muss dir leider sagen, dass es mit dem Job nichts wird"
        r"\bdass (?:es|das) (?:leider |diesmal |dieses mal |also |nun )*mit (?:dem|der|einer|einem|unserer|unserem) "
        r"(?:\w+ )?(?:job|stelle|position|zusammenarbeit|anstellung|praktikum|ausbildung|ausbildungsplatz|praktikumsplatz)\b "
        r"(?:leider |diesmal |dieses mal |also |nun )*nichts (?:wird|werden wird)\b"),
    fam("nicht weiter mit Ihrer Bewerbung / entscheiden uns für andere", 4.0, ("weiter mit", "voran mit", "entscheiden"),
        r"\bnicht (?:mehr )?(?:weiter|voran) mit (?:ihrer|deiner|ihnen|dir)\b",
        rf"\bentscheiden (?:uns|wir uns)\b (?:\w+ ){{0,3}}(?:fur|zugunsten) (?:eine?n?r?s? |die )?{_OTHER} {_SOMEONE}"),
]

DECISIONS += [
    fam("keine Einladung / Bewerbung nicht entsprechen / keine Grundlage", 4.0,
        ("einladung", "entsprechen", "grundlage", "basis", "vergeben", "gefallen", "getroffen", "besetzt",
         "entsprochen", "ausgefallen", "praktikumsplatze", "ausbildungsplatze",
         "stattgegeben", "stattgeben"),
        r"\bkeine einladung\b[^.!?;]{0,50}\b(?:aussprechen|geben|schicken|senden|zukommen lassen|aussenden)\b",
        r"\b(?:(?:ihrer|deiner) (?:bewerbung|kandidatur)|(?:ihrem|deinem) (?:bewerbungsgesuch|einstellungsgesuch|"
        r"stellengesuch|"
        r"bewerbungsansuchen|ansuchen))\b[^.!?;]{0,30}\bnicht (?:\w+ )?(?:entsprechen|entsprochen|stattgeben|"
        r"stattgegeben)\b",
        r"\bkeine (?:grundlage|basis|moglichkeit|perspektive) (?:fur|zu) (?:eine |einer )?(?:zusammenarbeit|anstellung|einstellung|beschaftigung)\b",
        r"\b(?:alle )?(?<!nicht alle )(?<!nicht )(?:ausbildungsplatze|praktikumsplatze|ausbildungsstellen|"
        r"praktikumsstellen)\b[^.!?;]{0,40}\b(?:bereits |schon |inzwischen )?(?:alle )?(?<!nicht )(?<!nicht alle )"
        r"(?:vergeben|besetzt|belegt|weg)\b",
        r"\b(?:ausbildungsjahr|praktikum\w*|ausbildung)\b[^.!?;]{0,60}\balle platze\b[^.!?;]{0,20}\bvergeben\b",
        r"\b(?:entscheidung|wahl)\b[^.!?;]{0,30}\b(?:gefallen|getroffen)\b[^.!?;]{0,20}\bnicht (?:fur|auf|zugunsten) (?:sie|dich)\b",
        # the relative clause: "eine knappe Entscheidung, die leider nicht für Sie ausgefallen ist"
        r"\b(?:entscheidung|wahl)\b[^.!?;]{0,30}\bnicht (?:fur|zugunsten) (?:sie|dich) (?:ausgefallen|gefallen)\b"),
]

# Words that name a post unmistakably (job context even beside a weaker decision): an internship, a training
# place, an apprentice, a named kind of post ("Vertretungsstelle", "Lehrstelle"; not "Haltestelle" or "Baustelle").
STRONG_WORDS = (r"praktikum\w*|ausbildung\w*|azubis?|assessment[- ]?cent\w*|"
                # (sweep 2) the reader presented to an agency's client ("ich habe Ihr Profil beim Kunden vorgestellt")
                r"(?:beim|dem|unserem|meinem) (?:kunden|mandanten|auftraggeber) (?:\w+ )?(?:vorgestellt|prasentiert|vorgeschlagen)|"
                # (sweep 3) ...or not: "unser Kunde hat sich gegen eine Vorstellung Ihres Profils entschieden"
                r"(?:kunde|mandant|auftraggeber)\w*\b[^.!?;]{0,40}\bvorstellung (?:ihres|deines) profils|"
                # (sweep 2) an agency naming itself (it only places people: "Markus Feld, Personalberatung")
                r"personalberatung\w*|personalvermittlung\w*|personaldienstleist\w*|executive search|headhunt\w*|"
                # (sweep 3) a temp agency by its trade ("Zeitarbeit Nord"), which places nothing but people
                r"zeitarbeit\w*|"
                # (sweep 2) the advertised post ("in der ausgeschriebenen Rolle"), a choice against the reader's profile
                r"ausgeschriebene[nr]? (?:stelle|position|rolle|vakanz)|(?:gegen|fur) (?:ihr|dein) (?:profil|dossier) (?:\w+ )?entschieden|"
                r"(?:vertretungs|aushilfs|teilzeit|vollzeit|lehr|plan|projekt|doktoranden|promotions|postdoc|assistenz|"
                r"hiwi|werkstudenten|praktikanten|referendariats|elternzeitvertretungs|leitungs|fuhrungs|"
                r"praktikums|ausbildungs)stelle\w*")
# Words that make a mail job mail (German only) and ways of naming the reader's own application.
JOB_WORDS = (r"fachgesprach\w*|bewerbungsgesprach\w*|zweitgesprach\w*|auswahlgesprach\w*|kennenlerngesprach\w*|"
             r"auswahlprozess\w*|bewerbungsprozess\w*|einstellungsprozess\w*|auswahlverfahren\w*|probetag\w*|"
             r"ausbildungsplatz\w*|ausbildungsstelle\w*|praktikum|praktikums\w*|werkstudent\w*|dienstposten|bewerber\w*|lebenslauf\w*|"
             r"anstellung|vakanz\w*|rolle|ausschreibung\w*|arbeitgeber\w*|ausbildung\w*|gesprach(?:e|en|s)?|"
             r"auswahl(?:verfahren|prozess|kommission|runde|gesprach)\w*|einstellungs(?:verfahren|prozess|stopp)\w*|"
             # the gender note of every German job title: "Buchhalter (m/w/d)"
             r"m/w/d|w/m/d|m/w/x|m/f/d|d/m/w|w/m/x|beworben|bewirbt|bewerben|tatigkeit|volontariat\w*|festanstellung|"
             r"(?:voll|teil)zeitstelle\w*|nebenjob|studentenjob|ferienjob|aushilfs?\w*|karriereseite|karriereportal|"
             # seasonal and everyday job compounds: "Saisonstelle", "Re: Trainerjob", "Minijob"
             r"saison(?:stelle|kraft|krafte|job|arbeit|mitarbeit)\w*|(?:mini|sommer|trainer|kellner|buro|wochenend|schuler|teilzeit|vollzeit)jobs?|"
             # trial days and selection tests by their German names
             r"probe(?:kochen|arbeiten|schicht|backen|unterricht|lektion)|hospitation|schnuppertag\w*|kennenlerntag\w*|"
             r"einstellungstest\w*|eignungstest\w*|fallstudie|case study|coding challenge|testaufgabe|probeaufgabe|"
             # an application named by its kind: "Ihre Initiativbewerbung"
             r"(?:initiativ|blind|spontan)bewerbung\w*|"
             # (sweep 2) the Swiss word for the application file ("Ihr Dossier"), an agency's process "mit Ihnen"
             r"(?:ihr|dein)(?:e[mnrs]?)? (?:bewerbungs)?dossier|(?:bewerbungs|auswahl)?prozess mit (?:ihnen|dir)|"
             # (sweep 2) a freeze in English, a rejection "für Sie"
             r"hiring[- ]?freeze|(?:eine|die) absage (?:fur|an) (?:sie|dich)\b|"
             r"assessment[- ]?cent\w*|entleiher\w*|einsatzbetrieb\w*|zeitarbeit\w*|arbeitnehmeruberlassung|berufungs(?:verfahren|kommission|liste)\w*|"
             # (sweep 3) the public service as an employer ("Ihr Interesse am öffentlichen Dienst", "Aufnahme in den Landesdienst")
             r"offentliche[nmr]? dienst\w*|(?:verwaltungs|landes|bundes|staats|gemeinde|justiz|polizei|schul)dienst(?:es)?\b|"
             + STRONG_WORDS)
YOURS_WORDS = (r"dein(?:e[mnr]?)? (?:interesse|profil|unterlagen|kandidatur|lebenslauf|bewerbungsunterlagen)|"
               r"ihr(?:e[mnrs]?)? (?:dossier|lebenslauf\w*|bewerbungsunterlagen)|(?:dich|du (?:hattest |hast )?dich)\b[^.!?;]{0,90}\bbeworben|sie (?:hatten |haben )?sich\b[^.!?;]{0,90}\bbeworben|"
               r"gesprach (?:zur|zu der|uber die|fur die|zu ihrer|zu deiner) (?:stelle|rolle|position|bewerbung|vakanz)|"
               r"(?:ihre|deine) (?:zeit|teilnahme) (?:\w+ ){0,3}(?:an|in|bei|fur|am|im|beim|zum) (?:\w+ ){0,2}(?:fach|vorstellungs|bewerbungs|zweit)?"
               r"(?:gesprach|interview|assessment|auswahl)\w*|(?:prozess|verfahren|gesprach\w*) mit (?:ihnen|dir)|"
               # "danke nochmal für Ihre Zeit und die spannenden Gespräche"
               r"(?:ihre|deine) zeit und (?:\w+ ){0,2}(?:gesprach|interview|austausch)\w*|"
               # (sweep 2) the reader's travel costs for the interview, refunded in the letter that decides
               r"(?:fahrt|reise)kosten\w* (?:fur|zum|zu) (?:das|ihr|dein|dem|unser) (?:\w+ )?(?:gesprach|interview|vorstellungsgesprach)\w*|"
               # (sweep 2) an agency's client decided after "den Gesprächen" (interviews)
               r"nach (?:den|unseren|ihren|deinen) (?:\w+ )?gesprachen|"
               r"(?:sie sind|du bist) (?:\w+ ){0,2}nicht (?:in die|fur die|zum|weiter)|"
               # thanks for the reader's own trial day, shadowing shift or interview ("danke dir fürs Probekochen"; good luck wishes
               # for it are not thanks), the reader's own work samples
               r"(?:ihre|deine) anfrage (?:nach|fur|wegen|bezuglich|auf) (?:einem|einer|einen|ein|eine|dem|der|den|die"
               r"|das) (?:\w+ )?"
               r"(?:praktikum|praktikumsplatz|stelle|job|ausbildungsplatz|ausbildung|nebenjob|aushilfsjob|"
               r"volontariat)\b|"
               r"dank\w* (?:\w+ ){0,4}?(?:furs|fur das|fur den|fur ihr|fur dein|fur ihren|fur deinen) (?:\w+ )?"
               r"(?:probe(?:arbeiten|arbeit|kochen|tag|schicht|backen|unterricht)\w*|"
               r"hospitation|hospitieren|schnuppertag|kennenlerntag|vorstellungsgesprach|bewerbungsgesprach|gesprach|"
               r"interview|kennenlernen)|"
               r"(?:dein|ihr)(?:e[mnrs]?)? (?:portfolio|arbeitsprobe\w*|bewerbungsmappe|mappe|fallstudie|case study)|"
               # the reader's own interview or selection test, once held: "nach unserem Vorstellungsgespräch", "das
               # Ergebnis Ihres Eignungstests", "Ihre Lösung der Coding Challenge" (a good-luck wish for "dein
               # Vorstellungsgespräch" is not: the decision beside it may be a relative's); the agency's "Ihre Kandidatur"
               r"(?:nach|in|im|bei) (?:dem|unserem|ihrem|deinem) (?:\w+ )?(?:vorstellungs|bewerbungs|auswahl|zweit|kennenlern)?"
               r"gesprach\w*|"
               r"(?:unser\w*|das|dem) (?:\w+ )?(?:vorstellungs|bewerbungs|auswahl|zweit|kennenlern)gesprach\w*|"
               r"(?:ergebnis|auswertung) (?:ihres|deines|des) (?:\w+ )?(?:eignungs|einstellungs|online-|auswahl)test\w*|"
               r"(?:bearbeitung|losung|abgabe) (?:ihrer|deiner|der) (?:\w+ )?(?:testaufgabe|probeaufgabe|coding challenge|"
               r"case study|fallstudie)|"
               r"(?:sie haben|du hast|haben sie|hast du) (?:\w+ ){0,6}(?:auswahlverfahren|eignungstest|einstellungstest|"
               r"auswahltest|online-test|assessment)\w* (?:\w+ )?nicht bestanden|"
               r"ihre kandidatur|(?:ihr|dein) (?:bewerbungs|kandidaten)status|(?:ihre|deine)r? (?:initiativ|blind|spontan)bewerbung|einladung zu(?:m|r)? (?:\w+ )?(?:vorstellungs|bewerbungs|kennenlern)?gesprach")

LOOKALIKES: list[Family] = [
    # "The post is not filled yet", "no decision so far": the process is still open.
    fam("look-alike: nothing decided yet (de)", -4.0, ("noch", "bisher", "erst"),
        r"\b(?:noch nicht|noch keine?[nmr]?|bisher nicht|bisher keine?[nmr]?)\b (?:\w+ ){0,2}(?:besetzt|vergeben|entschieden|entscheidung|"
        r"zugesagt|abgesagt|absage|zusage|(?:nach)?besetzen (?:konnen|durfen))\b|"
        # (the choice not made yet, its object spelled out: "uns noch nicht für eine Kandidatin entschieden")
        r"\b(?:noch nicht|bisher nicht) (?:fur|fuer|gegen) (?:\w+ ){0,3}(?:entschieden|ausgesprochen|entschlossen)\b|"
        r"\b(?:wird|werden)\b (?:\w+ ){0,2}erst\b (?:\w+ ){0,4}(?:neu |nach)?(?:besetzt|vergeben|entschieden)\b"),
    # "Should we not be able to consider you, you will hear from us": a promise about the future, not a decision.
    fam("look-alike: a conditional decision (de)", -4.0, ("sollte", "falls", "sofern", "wenn", "sonst", "andernfalls"),
        r"(?:\b(?:sollten|sollte|falls|sofern|wenn(?<!auch wenn)) (?:wir|sie|du|ihre bewerbung|deine bewerbung)|\b(?:sonst|andernfalls|ansonsten))"
        # (the gap ends at a contrast: "wir freuen uns, wenn Sie sich wieder bewerben, doch für diese Stelle kommen Sie nicht in Betracht")
        r"\b(?:(?!, (?:doch|aber|jedoch|allerdings|dennoch|trotzdem|nur)\b)[^.!?;]){0,80}\bnicht (?:\w+ ){0,3}(?:berucksichtig\w*|ausgewahlt|"
        r"in betracht|in frage|eingeladen|einladen|weiter bearbeit\w*|kreis|bestanden)",
        # the consequence after the condition: "falls du den Test nicht abschliesst, müssen wir deine Bewerbung leider ablehnen"
        r"\b(?:sollten|sollte|falls|sofern|wenn(?<!auch wenn)) (?:wir|sie|du|ihre bewerbung|deine bewerbung|ihr profil|dein profil)\b[^.!?;]{0,80}, "
        r"(?:mussen|musste|mussten|konnten|werden|wurden) (?:wir|ich)\b[^.!?;]{0,50}\b(?:ablehnen|absagen|abzulehnen|abzusagen|ausschliessen|"
        r"zuruckziehen|schliessen|beenden|aussortieren)\b",
        r"\b(?:wenn|falls|sofern|sollten|sollte)(?<!auch wenn) (?:wir|ich) (?:ihnen |dir |euch )?(?:\w+ ){0,3}(?:absagen|absage)\w*\b",
        # how the process works: "wenn wir uns gegen eine Kandidatur entscheiden, sagen wir ab"
        r"\b(?:wenn|sobald|falls|sofern) (?:wir|ich) (?:uns |mich )?[^.!?;]{0,40}\b(?:gegen|fur)\b[^.!?;]{0,40}\b(?:entscheiden|aussprechen|entschliessen)\b",
        r"\b(?:sollten|sollte|falls|sofern) (?:wir|sie|du)\b[^.!?;]{0,60}\b(?:entscheiden|entschliessen|besetzen|vergeben)\b(?! haben| hat)",
        r"\b(?:sollten|sollte|falls|sofern|wenn) (?:sie|du)\b[^.!?;]{0,60}\bkeine (?:\w+ )?(?:einladung|ruckmeldung|nachricht|zusage|antwort)\b",
        r"\b(?:sollten|sollte|falls|sofern|wenn) (?:sie|du)\b (?:\w+ ){0,6}nichts (?:\w+ ){0,3}(?:horen|gehort|horst|erhalten|bekommen)\b",
        # (its tail alone, after a date's dot: "bis zum 15. nichts von uns hören, haben wir uns ... entschieden")
        r"\b(?:nichts|keine (?:\w+ )?(?:nachricht|antwort|ruckmeldung|einladung))\b (?:\w+ ){0,4}(?:horen|horst|erhalten|erhaltst|bekommen|bekommst),? "
        r"(?:haben|hatten|ist|sind|wurde|wird) (?:wir|ich|die stelle|die position|sie)\b",
        r"\b(?:sollten|sollte|falls|sofern|wenn(?<!auch wenn)) (?:die|diese|unsere) (?:stelle|position|vakanz|rolle)\b[^.!?;]{0,40}\b"
        r"(?:besetzt|vergeben|gestrichen|zuruckgezogen) (?:wird|werden|sein|ist|wurde)\b"),
    # Missing documents requested by a deadline: the application is still open.
    fam("look-alike: documents requested (de)", -4.0, ("reichen ", "senden ", "schicken ", "laden ", "nachreich", "nachzureich", "damit ",
                                                       "ohne "),
        r"\bohne (?:diese[nrs]?|den|das|die|ihre[nr]?|deine[nr]?|ihr|dein) (?:\w+ )?\w*(?:nachweis|zeugnis|dokument|unterlage|beleg|zertifikat|"
        r"lebenslauf|anerkennung|berufsberechtigung)\w*|\bbitte (?:laden|reichen) (?:sie|du)\b",
        r"\b(?:reichen|senden|schicken|laden) (?:sie|du)\b[^.!?;]{0,60}\bnach\b(?=[^.!?;]{0,30}[.!?;,])|\bnachzureichen\b|\bnachreichen\b|"
        r"\bdamit (?:ihre|deine) bewerbung\b[^.!?;]{0,30}\b(?:weiter )?(?:bearbeitet|berucksichtigt)"),
    fam("look-alike: good news, a round further (de)", -3.0, ("runde weiter",),
        r"\beine runde weiter\b(?<!nicht eine runde weiter)"),
    fam("look-alike: registration for an event or appointment (de)", -5.0, ("anmeldung", "teilnahme", "termin"),
        r"\b(?:ihre|deine|die) (?:anmeldung|teilnahme|reservierung|buchung)\b[^.!?;]{0,50}\bnicht (?:\w+ )?(?:berucksichtig|annehmen|bestatig)\w*|"
        r"\balle termine (?:sind )?(?:bereits |leider |schon )*(?:vergeben|ausgebucht)|"
        r"\b(?:der|dieser|ihr|dein|den|diesen) (?:\w+)?termin\b[^.!?;]{0,30}\b(?:bereits |leider |schon )*(?:vergeben|belegt|ausgebucht)\b"),
    fam("look-alike: the reader is the interviewer, the decision is about a candidate", -5.0, ("absage an", "aus deinem", "aus ihrem",
                                                                                              "hiring manager", "freigeben", "freigabe"),
        r"\babsage an (?:(?:den|die|der|dem) )?(?:kandidat|bewerber|herrn|frau)\w*|"
        r"\b(?:du|sie) als (?:hiring[- ]manager\w*|interviewer\w*|personalverantwortliche\w*|fuhrungskraft)\b|"
        r"\babsage\w*\b[^.!?;]{0,40}\b(?:freigeben|freigabe)\b|\b(?:freigeben|freigabe)\b[^.!?;]{0,40}\babsage|"
        r"\b(?:kandidat\w*|bewerber\w*) aus (?:deinem|ihrem|eurem) (?:team-?)?(?:interview|gesprach)"),
]


# --- seventh layer: more word classes of the same ideas (probed with reworded sentences, see test_detect_dev4_LC) --
_GIVEN = (r"(?:angeboten|zugesagt|zugesprochen|gegeben|vergeben|ubertragen|anvertraut|"
          r"zusage (?:gegeben|erteilt|gemacht))")
DECISIONS += [
    fam("nicht überzeugt / nicht durchgesetzt / andere passen besser", 3.5,
        ("uberzeug", "durchsetz", "durchgesetzt", "besser", "gewonnen"),
        rf"(?<!gegen )\b(?:eine?[rnm]? {_OTHER} {_SOMEONE}|eine?[rnm]? mitbewerbe\w*|jemand(?:e[nm])? (?:anders|"
        rf"anderes))\b (?:\w+ ){{0,3}}"
        r"(?:durchgesetzt|gewonnen)\b",
        r"\b(?:bewerbung|unterlagen|profil|sie|du|dich)\b[^.!?;]{0,40}\bnicht (?:\w+ ){0,4}(?:uberzeugt|uberzeugen)\b",
        r"\bnicht (?:\w+ ){0,4}(?:durchsetzen|durchgesetzt)\b",
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,80}}\b(?:besser|starker uberzeugt)\b"),
    fam("negative Antwort / negativer Bescheid", 4.0, ("negativ", "abschlagig"),
        r"\b(?:negativ\w*|abschlagig\w*) (?:ruckmeldung|nachricht|antwort|entscheidung|entscheid|bescheid|mitteilung|"
        r"feedback)\b"),
    fam("reicht nicht / passt nicht (es)", 3.5, ("reicht", "reichen", "gepasst", "passt"),
        # (a compound's "erfahrung"/"kenntnisse" found as a literal, not by \w* tried at every word: the same mail
        # matches, the match starting at the literal inside "Berufserfahrung" rather than at the word's start)
        r"(?:erfahrung\w*|kenntnisse|\b(?:qualifikation\w*|profil|ergebnis\w*|leistung\w*|punktzahl))\b[^.!?;]{0,40}"
        r"\b(?:reicht|reichen)\b"
        r"[^.!?;]{0,40}\bnicht (?:\w+ )?aus\b",
        r"\b(?:reicht|reichen)\b[^.!?;]{0,40}\b(?:\w*erfahrung|qualifikation|\w*kenntnisse|profil|ergebnis|leistung)\w*\b[^.!?;]{0,40}\bnicht (?:\w+ )?aus\b",
        r"\b(?:hat es|es hat|hat's|hats|dass es|das es)\b[^.!?;]{0,30}\bnicht (?:\w+ )?(?:gepasst|passt|zusammengepasst)\b"),
    fam("mit anderen Kandidaten weiter / ohne Sie fort", 4.0, ("andere", "weitere", "ubrigen", "verbleibenden", "externe", "interne",
                                                            "ohne sie", "ohne dich", "besser", "genauer", "starker", "naher"),
        rf"\bauf (?:die )?(?:{_OTHER} |ubrigen |verbleibenden ){_SOMEONE}\b (?:zu )?(?:konzentrieren|fokussieren|beschranken)\b",
        # (not the order of things: "erst mit anderen Bewerbern fortfahren und Sie danach einladen")
        rf"(?<!erst )(?<!zunachst )\bmit (?:den )?(?:{_OTHER} |ubrigen |verbleibenden ){_SOMEONE}\b"
        rf"(?![^.!?;]{{0,60}}\b(?:erst|noch nicht|zunachst)\b){G}\b"
        r"(?:fortsetzen|fortfuhren|weiterfuhren|weitermachen|weitergehen|fortzusetzen|fortzufuhren|weiterzufuhren|weiterzumachen|weiterzugehen|"
        r"weitergegangen|weitergemacht|fortgefahren|fortgesetzt|fortfahren|fortzufahren)\b",
        r"\bohne (?:sie|dich)\b[^.!?;]{0,10}\bfort\b",
        # no "andere", but a relative clause that ranks them above the reader ("den Prozess mit Kandidaten
        # fortzusetzen, deren Profil besser passt"); not candidates who "also" or "first" go on
        rf"\bmit (?:den )?(?:kandidat\w*|kandidierende\w*|bewerbe[nr]\w*|bewerbende\w*|personen|profilen)\b{G}\b"
        r"(?:fortsetzen|fortfuhren|weiterfuhren|weitermachen|weitergehen|fortzusetzen|fortzufuhren|weiterzufuhren|weiterzumachen|"
        r"weiterzugehen|fortfahren|fortzufahren)\b,? (?:deren|die|welche)\b[^.!?;]{0,50}\b(?:besser|genauer|starker|mehr|naher)\b"),
    fam("Stelle jemand anderem angeboten / zugesagt", 4.0, ("jemand", "ander", "intern", "extern", "weitere"),
        rf"\b(?:jemand(?:em)? (?:anderem|anders)|(?:einer|einem) {_OTHER} {_SOMEONE}|an (?:eine[nr]? |einen |die )?{_OTHER} {_SOMEONE})\b{G}\b{_GIVEN}\b",
        # "wir haben die Stelle leider schon jemandem zugesagt"
        rf"\b(?:stelle|position|rolle|job|platz)\b (?:\w+ ){{0,3}}jemandem (?:\w+ ){{0,4}}{_GIVEN}\b",
        rf"\b(?:fur|fuer) (?:jemand(?:en)? (?:anderen|anderes|anders)|eine[nr]? {_OTHER} {_SOMEONE}|{_OTHER} {_SOMEONE})\b{G}\b"
        r"(?:entscheiden mussen|entscheiden musste\w*)\b",
        rf"\b(?:mussten|musste|konnten)\b[^.!?;]{{0,40}}\b(?:fur|fuer) (?:jemand(?:en)? (?:anderen|anderes|anders)|eine[nr]? {_OTHER} {_SOMEONE}|"
        rf"{_OTHER} {_SOMEONE})\b{G}\bentscheiden\b"),
    fam("nicht die richtige Besetzung / nicht zu Ihren Gunsten / ausgeschieden", 4.0,
        ("richtig", "passend", "gunsten", "geschieden", "gefallen", "scheidet", "scheiden"),
        # the present of "ausscheiden": "Ihre Bewerbung scheidet daher aus", "damit scheiden Sie aus dem Verfahren aus"
        # (each subject with its own verb form: "sie scheidet zum Jahresende aus" is a colleague who leaves)
        r"\b(?:(?:ihre|deine) (?:bewerbung|kandidatur) (?:\w+ ){0,3}scheidet|sie (?:\w+ ){0,3}scheiden|du "
        r"(?:\w+ ){0,3}scheidest) "
        r"(?:\w+ ){0,3}aus\b|\b(?:scheidet (?:ihre|deine) (?:bewerbung|kandidatur)|scheiden sie|scheidest du)\b "
        r"(?:\w+ ){0,4}aus\b",
        r"\bnicht (?:die|der|das) (?:richtige|passende)\w* (?:besetzung|kandidat\w*|person|wahl|match)\b",
        r"\bnicht (?:\w+ )?zu ?(?:ihren|deinen|ihrem|deinem) gunsten\b",
        r"\b(?:(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)|sie sind|sind sie|du bist|bist du)\b[^.!?;]{0,40}\b(?<!nicht )(?:ausgeschieden|rausgefallen|herausgefallen)\b"),
    fam("Einstellung nicht möglich / Bewerbung ablehnen", 4.0,
        ("moglich", "ablehn", "abzulehnen", "abgelehnt", "absagen", "abzusagen", "zuruck", "aussortier"),
        r"\b(?:einstellung|anstellung|beschaftigung|zusammenarbeit|berucksichtigung|weiterfuhrung|ubernahme)\b[^.!?;]{0,40}\bnicht (?:\w+ )?"
        r"(?:moglich|realisierbar|machbar)\b",
        # (a negated negation is no decision: "Ihre Bewerbung ist nicht abgelehnt")
        rf"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b{G}(?<!nicht )(?<!keineswegs )(?<!nie )\b(?:abzulehnen|ablehnen|abgelehnt|absagen|abzusagen|zuruckweisen|"
        r"zuruckzuweisen|zuruckgewiesen|aussortiert|aussortieren)\b",
        rf"\b(?:ihr|dein)(?:e[nms]?)? (?:profil|unterlagen|dossier|lebenslauf|bewerbungsunterlagen)\b{G}\b(?:abzulehnen|ablehnen|abgelehnt|"
        r"zuruckzuweisen|zuruckgewiesen)\b"),
    fam("nicht mehr im Rennen / Auswahlprozess", 4.0, ("rennen", "auswahl", "prozess", "verfahren"),
        r"\b(?:sie|du)\b (?:[\w-]+ ){0,4}nicht (?:mehr |weiter |langer )(?:im|in der|in dem) (?:rennen|auswahl\w*|prozess|verfahren|"
        r"bewerbungsprozess|bewerbungsverfahren)\b"),
    fam("Ausschreibung zurückgenommen", 3.5,
        ("zuruck", "storniert", "aufgehoben", "annulliert", "entfall", "gestoppt", "gestrichen"),
        r"\b(?:ausschreibung|stellenausschreibung|stellenanzeige|vakanz|stelle|position|rolle|suchauftrag|suchmandat)\w*\b"
        r"[^.!?;]{0,40}\b(?:zuruckgenommen|zuruckgezogen|"
        r"storniert|aufgehoben|annulliert|entfallt|entfallen|gestoppt|gestrichen)\b",
        # the separable verb: "wir ziehen die Stellenausschreibung leider zurück", "... ziehen unser Angebot zurück"
        r"\bziehen (?:wir )?(?:\w+ ){0,2}(?:ausschreibung|stellenausschreibung|stellenanzeige|stelle|position|"
        r"vakanz|angebot|stellenangebot|jobangebot|vertragsangebot)\w* (?:\w+ ){0,3}zuruck\b"),
]


# --- look-alikes of ordinary mail (bench/ordinary.py): the same decision words, said by or to someone else ------------
# Classes, not sentences: the reader runs the hiring (tells the agency, files or turns down the other candidates,
# judges a third person "er/sie passt", verb in the third person singular, never the formal "Sie passen"); an unpaid
# volunteering place; a careers column that discusses what a company may write; a flat, a room, an adoption or a
# city's bid; a merge request or tracker ticket that is not pursued.
_THIRD = r"(?:kandidat(?:in)?|bewerber(?:in)?|finalist(?:in)?|interessent(?:in)?)"
_AGENCY = (r"(?:agentur(?! fur arbeit)|headhunter\w*|personalberat\w*|personalvermittl\w*|personaldienstleister\w*|recruiter\w*|"
           r"vermittler\w*|zeitarbeitsfirma|dienstleister)")
_ARTEFACT = (r"(?:merge[- ]request|pull[- ]request|patch(?:es|set)?|commit|branch|feature[- ]?(?:request|wunsch)|ticket|issue|"
             r"(?:job-?)?migration|refactoring|(?:job-?)?runner|pipeline|(?:diese[rn]?|deine[rn]?|die) anderung(?:en)? (?:am|an|im|in)\b)")
LOOKALIKES += [
    fam("look-alike: the reader runs the hiring, the decision is about a candidate (de)", -5.0,
        ("agentur", "headhunter", "personalberat", "personalvermittl", "recruiter", "vermittler", "dienstleister", "zeitarbeit", "ubrigen",
         "restlichen", "bitte", "sag",
         "verbleibenden", "absage", "absagen", "dass er", "dass sie", "ob er", "ob sie", "seine", "sein "),
        # telling the agency or recruiter, by the side that decides
        r"\b(?:sage|sag|sagen|gebe|geb|geben|melde|melden|informiere|informieren|schreibe|schreiben|rufe|ruf)\b (?:\w+ ){0,3}"
        rf"(?:beim |bei der |bei dem |bei unserer |bei unserem |der |dem |die |den |unserer |unserem |unsere |unseren ){_AGENCY}\b",
        rf"\b(?:der|dem|unserer|unserem) {_AGENCY}\b (?:\w+ ){{0,2}}bescheid\b",
        # asked to turn a candidate down ("kannst du dem Bewerber Herrn Kaya bitte absagen?")
        r"\b(?:kannst du|konnen sie|konntest du|konnten sie|bitte)\b[^.!?;]{0,40}\b(?:dem|der|den) (?:bewerber\w*|kandidat\w*)\b"
        r"[^.!?;]{0,40}\babsagen\b",
        # turning a candidate down, said to a colleague ("sag ihr ab", "sagst du ihm ab?")
        rf"\b(?:sag|sage|sagst du|sagen sie) (?:ihm|ihr|de[mr] {_THIRD}) (?:\w+ ){{0,3}}ab\b",
        # filing or turning down the remaining candidates
        r"\b(?:ubrigen|restlichen|verbleibenden|sonstigen) (?:bewerbungen|bewerber\w*|kandidat\w*|unterlagen|profile|cvs)\b[^.!?;]{0,40}"
        r"\b(?:archivier\w*|ablegen|abzulegen|absagen|abzusagen|ablehnen|abzulehnen|loschen|zu loschen|schliessen|zu schliessen|aussortieren|"
        r"deaktivieren|zuruckschicken|zuruckzuschicken|(?:auf|als) (?:abgelehnt|absage|archiviert|geschlossen) (?:setzen|stellen|markieren))\b",
        r"\bbitte (?:die|alle|diese) (?:\w+ ){0,2}(?:bewerbungen|bewerbungsunterlagen|profile|cvs|lebenslaufe)\b[^.!?;]{0,20}"
        r"\b(?:archivier\w*|schliessen|aussortieren|deaktivieren|ablehnen|absagen)\b",
        # sending a candidate the rejection (imperative to a colleague, or to "him / her / all the others")
        r"\b(?:schick|schicke|sende|schreib|schreibe|verschick|verschicke|bitte schickt|bitte sendet|bitte verschickt)\b (?:\w+ ){0,6}"
        r"(?:die|eine|deren|seine) absage\w*\b",
        rf"\b(?:ihm|ihr) (?:bitte |noch |heute |morgen |gleich )?(?:die|eine) absage\b|"
        rf"\b(?:ihm|de[mnr] {_THIRD}|den {_THIRD}nen)\b (?:\w+ ){{0,2}}(?:die |eine )?(?:absage|absagen)\b",
        # judging a third person's fit with the team ("dass er / sie ins Team passt": 3rd person singular, a person,
        # never the formal "Sie passen"; the chosen candidate "passt besser" is left alone), "seine Erfahrung ... nicht"
        r"\b(?:dass|ob|weil|da|wie) (?:er|sie) (?:\w+ ){0,3}(?:ins|in das|in unser|zu unserem|zum) team (?:\w+ )?(?:passt|reinpasst|hineinpasst)\b",
        r"\b(?:dass|ob|weil|da|wie) er (?:\w+ ){0,3}nicht (?:\w+ ){0,3}(?:passt|reinpasst|hineinpasst|uberzeugt)\b",
        r"\bsein(?:e[mnrs]?)? (?:erfahrung\w*|qualifikation\w*|kenntnisse|profil|lebenslauf|unterlagen|gehaltsvorstellung\w*|arbeitsprobe\w*)\b"
        r"[^.!?;]{0,40}\bnicht\b"),
    fam("look-alike: a volunteering place, not a job (de)", -5.0, ("ehrenamt", "freiwillig"),
        # (the place asked for is the unpaid one: "als Ehrenamtliche", "Interesse am Ehrenamt", "ehrenamtliche Helferin";
        # a job rejection that points to "unser Ehrenamtsprogramm" is still a rejection)
        # (the asked-for place or request is the unpaid one; a candidate's past "Erfahrung als ehrenamtliche Trainerin" is not)
        r"\b(?:stelle|platz|anfrage|anmeldung|bewerbung|interesse|einsatz|mithilfe|mitarbeit|schicht)\w* (?:als|am|fur (?:ein|das|unser|unsere)|zum) "
        r"(?:ehrenamt|ehrenamtlich|freiwillig)\w*|\b(?:ehrenamts|freiwilligen)(?:koordination|team|borse|agentur)\w*"),
    fam("look-alike: a careers column discusses what a company may write (de)", -5.0,
        ("wenn", "falls", "sobald", "leser", "soll ich", "\"", "angemeldet", "abonniert"),
        r"\b(?:wenn|falls|sobald) (?:ein|eine|der|die|das|man|ihnen|dir|ihr|dein) (?:\w+ ){0,2}(?:schreibt|sagt|mitteilt|antwortet|absagt|meldet|"
        r"erklart|formuliert)\b",
        r"\bleser(?:in|innen)?(?:frage|brief|post)\w*\b|\b(?:eine leserin|ein leser) (?:fragt|schreibt)\b|\bsoll ich mich (?:\w+ ){0,2}bewerben\b",
        # (a question word just before a quotation: the column asks what a standard phrase means)
        r"\b(?:was(?: (?:bedeutet|heisst|steckt hinter|tun))?|warum|wieso|weshalb)\b[^.!?;\"]{0,25}\"",
        # (the footer of a subscribed newsletter; an ATS footer says "beworben", not "angemeldet / abonniert")
        r"\b(?:erhalten|bekommen) (?:diese[nr]? )?(?:e-mail|email|mail|nachricht|newsletter)\b"
        r"(?![^.!?;]{0,60}(?:bewerb|karriere|talent|portal|job|stelle))[^.!?;]{0,50}\b(?:angemeldet|abonniert)\b"),
    fam("look-alike: an application for a flat, a room, an adoption, a city's bid, a prize or a scholarship (de)", -5.0,
        ("vermieter", "wohnheim", "wg", "zimmer", "adopt", "gastgeber", "austragung", "ausrichter", "mietinteress",
         "kita", "kleingarten", "platz", "parzelle", "wunschschule", "antrag", "preis", "award", "stipendi", "semester",
         "show", "staffel", "casting", "wettbewerb", "wohnberechtigung", "sozialwohnung"),
        # (what the application is for: "Ihre Bewerbung für ein Auslandssemester / um ein Deutschlandstipendium / für
        # den Gründerpreis / für die Quizshow"; a job rejection that mentions a prize or a semester elsewhere is
        # untouched)
        r"\b(?:bewerbung|kandidatur|teilnahme)\w* (?:fur|um|auf|bei) (?:ein|einen|eine|den|das|die|der|dem|unseren|"
        r"unser|unsere|unserem) "
        r"(?:\w+ )?\w*(?:preis|award|stipendium|semester|show|staffel|casting|wettbewerb)\b",
        r"\bvermieter(?:in|innen)?\b|\b(?:platz|zimmer|apartment|appartement) im (?:studenten|studierenden)?wohnheim\b|\bwg-?zimmer\b|\bzimmer in (?:der|unserer|einer) wg\b|\badopti(?:on|eren|ert)\w*|"
        r"\bmietinteress\w*|\bkita-?platz\w*|\bkleingarten\w*|\bwohnberechtigungsschein\w*|\bsozialwohnung\w*|"
        r"\bals (?:gastgeber\w*|austragungsort\w*|ausrichter\w*|gastgeberstadt)\b",
        # (a place that is no post: parking, school, study, nursery; a Training or an "Ausbildungsplatz" stays job mail)
        r"\b(?:stellplatz|parkplatz|garagenplatz|tiefgaragenplatz|schulplatz|studienplatz|krippenplatz|hortplatz|wohnheimplatz|"
        r"kleingartenparzelle|parzelle|wunschschule)\w*",
        # (an administrative request the office will not process: "Ihren Antrag auf ... nicht weiter bearbeiten")
        r"\b(?:ihr|ihren|dein|deinen|den|der|diesen|dieser) (?:\w+)?antrag(?:es|s)? (?:auf|zur|zum|fur|um|vom)\b"
        r"(?! (?:\w+ )?(?:ubernahme|versetzung|einstellung|weiterbeschaftigung|entfristung|anstellung))[^.!?;]{0,80}\bnicht\b"),
    fam("look-alike: a merge request or ticket not pursued (de)", -5.0,
        ("request", "patch", "commit", "branch", "feature", "ticket", "issue", "migration", "refactoring", "runner", "pipeline", "anderung",
         "status von"),
        rf"\b{_ARTEFACT}\b[^.?;]{{0,60}}\b(?:nicht (?:mehr |weiter )?(?:weiter(?:zu)?verfolg\w*|verfolg\w*|mergen|ubernehmen|bearbeit\w*)|abgelehnt|geschlossen)\b",
        r"\bstatus von (?:\w+ ){1,3}auf (?:\w+ ){1,2}geandert\b"),
]


# --- ninth layer: constructions of a fifth independent author (dev5/de) ---------------------------------------
# Word classes again: [the post] went to [someone else]; the reader is [not in the circle] of those invited;
# [someone else] [had the edge] ("die Nase vorn"); [this time / in the end] it [did not fit]; [the post] was
# [refilled] in a subordinate clause (verb last); [chose a <person noun>] who [already / more] ...; [went on with
# another <person noun>]. Person nouns are open ("Pädagogin", "Illustratorin"), so the relative clause or the
# "other" carries the meaning. (Families are split by gate: each runs only when its own rare word occurs.)
_NOT_AFTER = r"(?<!nicht )(?<!noch )"
DECISIONS += [
    fam("Stelle ging an jemand anderen / Kreis / Nase vorn", 4.0, ("ging", "geht an", "gingen", "gegangen", "kreis", "nase"),
        rf"\b(?:stelle|position|rolle|job|zusage|vakanz|posten|platz|angebot|vertrag|vertragsangebot|jobangebot)\b[^.!?;]{{0,30}}\b(?:ging|geht|gingen)\b (?:\w+ ){{0,3}}an "
        rf"(?:eine?n?r? |die |den )?(?:{_OTHER} )?{_SOMEONE}",
        rf"\b(?:stelle|position|rolle|job|zusage|vakanz|posten|platz)\b[^.!?;]{{0,30}}\ban (?:eine?n?r? |die |den )?(?:{_OTHER} )?{_SOMEONE}\b"
        r"[^.!?;]{0,30}\bgegangen\b",
        r"\bnicht (?:\w+ ){0,2}(?:zum|zu dem|in den|im|in dem) (?:engeren |engsten |erweiterten |ausgewahlten )?kreis\b",
        rf"\b(?:jemand(?:e[mn])? (?:anderes|anders|andere[rsnm]?)|(?:eine?[rnm]?|die|der|den) {_OTHER} {_SOMEONE}|mitbewerbe\w*)\b{G}"
        r"\bdie nase (?:vorn|vorne)\b",
        rf"\bdie nase (?:vorn|vorne)\b{S}\b(?:jemand(?:e[mn])? (?:anderes|anders|andere[rsnm]?)|(?:eine?[rnm]?|die|der|den) {_OTHER} {_SOMEONE})"),
    fam("diesmal nicht gepasst", 4.0, ("gepasst", "geklappt", "gestimmt"),
        r"\b(?:diesmal|dieses mal|am ende|letztlich|letzten endes|unterm strich|in diesem jahr|dieses jahr|heuer|in dieser runde|"
        r"bei (?:uns|dieser stelle|dieser position|dieser bewerbung)|mit (?:der|dieser|ihrer|deiner) (?:stelle|position|rolle|bewerbung)|"
        # an agency's client: "leider hat es beim Kunden nicht geklappt"
        r"(?:beim|bei (?:dem|unserem|meinem)) (?:kunden|auftraggeber|mandanten))\b (?:\w+ ){0,4}"
        r"(?<!terminlich )(?<!zeitlich )nicht (?:ganz )?(?:gepasst|geklappt)\b",
        # "am Ende hat der Culture Fit nicht ganz gepasst", "die Chemie hat leider nicht gestimmt"
        r"\b(?:culture[- ]?fit|kulturelle passung|chemie)\b (?:\w+ ){0,3}?nicht (?:ganz |so |hundertprozentig )?"
        r"(?:gepasst|gestimmt)\b"),
    fam("Stelle zwischenzeitlich nachbesetzt", 4.0, ("nachbesetzt", "neu besetzt", "wieder besetzt", "anderweitig besetzt"),
        rf"\b(?:stelle|position|vakanz|rolle|posten)\w*\b[^.!?;]{{0,50}}{_NOT_AFTER}\b(?:nach|neu |wieder |anderweitig )besetzt "
        r"(?:wurde|worden|ist|war)\b"),
    fam("für eine Person entschieden, die bereits ...", 4.0, ("entschieden, d",),
        r"\b(?:fur|zugunsten) (?:eine|einen) \w+ entschieden, (?:die|der|deren|dessen) (?:\w+ ){0,4}?(?:bereits|schon|mehr|besser|eher|genauer|starker|naher|passender|langere\w*|umfangreiche\w*|"
        r"tiefere\w*|fundierte\w*|direkte\w*|einschlagige\w*)\b"),
    fam("mit einer anderen Person weiter", 4.0, ("mit einer anderen", "mit einem anderen", "mit einer weiteren", "mit einem weiteren"),
        r"\bmit (?:einer|einem) (?:anderen|weiteren) \w+(?:in|er|ist|ent|ant|eur)\b[^.!?;]{0,30}\b(?:in die festanstellung|"
        r"weiter(?:gehen|machen|arbeiten)?\b|zusammen(?:arbeiten)?\b)"),
    fam("kein Platz anzubieten", 4.0, ("platz",),
        r"\bkeinen (?:ausbildungs|praktikums|trainee|volontariats|studien)?platz\b[^.!?;]{0,40}\b(?:anbieten|geben|vergeben|zusagen)\b",
        r"\b(?:einen|den) (?:ausbildungs|praktikums|trainee|volontariats)?platz\b[^.!?;]{0,40}\bnicht (?:\w+ )?(?:geben|anbieten|zusagen|vergeben)\b"),
    fam("eine Stelle können wir nicht anbieten", 4.0, ("konnen wir", "werden wir"),
        r"\b(?:eine|die) (?:stelle|position|anstellung)\b[^.!?;]{0,40}\b(?:konnen|werden) wir (?:\w+ ){0,4}nicht (?:\w+ )?(?:anbieten|geben)\b"),
    fam("Zusage einem anderen erteilt", 4.0, ("erteilt", "unterbreitet", "gegeben", "gemacht", "ausgesprochen"),
        # "wir haben eine Zusage an eine andere Kandidatin ausgesprochen"
        rf"\bzusage\b[^.!?;]{{0,20}}\ban (?:eine?n?r? |die |den )?{_OTHER} {_SOMEONE}\b[^.!?;]{{0,20}}\b"
        r"(?:ausgesprochen|erteilt|gegeben|gemacht|geschickt|verschickt)\b",
        rf"\b(?:stelle|position|rolle|vertrag|angebot|zusage)\b[^.!?;]{{0,30}}\b(?:einer|einem) {_OTHER} {_SOMEONE}\b[^.!?;]{{0,30}}\b"
        r"(?:erteilt|unterbreitet|gegeben|gemacht)\b"),
]

# The application goes on (for another post, after a delay), the reader only waits for a place, an appointment is off.
LOOKALIKES += [
    fam("look-alike: the application goes on (de)", -4.0, ("weiter", "im verfahren", "im prozess", "im rennen", "nicht raus", "ubernommen"),
        r"\b(?:bewerbung|kandidatur|profil)\b(?:(?!\bnicht\b)[^.!?;]){0,50}\b(?:bleibt|bleiben|lauft|laufen|geht)\b(?:(?!\bnicht\b)[^.!?;]){0,40}"
        r"\b(?:weiter(?= ?[.!?;,)-]|$| (?:im|in der|in dem|bei)\b)|im (?:verfahren|prozess|rennen|auswahlprozess|auswahlverfahren|bewerbungsprozess)\b)",
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,40}\b(?:fur|auf) (?:die|eine) (?:andere |offene )?(?:stelle|position|rolle)\b[^.!?;]{0,40}"
        r"\b(?:ubernommen|umgeleitet)\b",
        r"\b(?:du bist|sie sind|bist du|sind sie) (?:\w+ )?nicht raus\b"),
    fam("look-alike: on a waiting list (de)", -3.0, ("warteliste",),
        r"\bauf (?:die|der|unsere|unserer) warteliste\b"),
    # an appointment called off ("Absage des Termins am Montag"), not the application
    fam("look-alike: an appointment called off (de)", -3.0, ("absage d", "absage i", "absage u"),
        r"\babsage (?:des|ihres|deines|unseres) (?:\w+)?(?:termin|gesprach|interview|telefonat|call)\w*"),
    # an earlier rejection recalled in a new invitation ("vor zwei Jahren mussten wir Ihnen leider absagen")
    fam("look-alike: an earlier rejection recalled (de)", -4.0, ("vor ", "damals", "seinerzeit", "letztes jahr", "letzten jahr"),
        r"\b(?:damals|seinerzeit|(?:im )?letzten jahr|letztes jahr|(?<!bereits )(?<!schon )vor (?:einem|einer|zwei|"
        r"drei|vier|einigen|ein paar|mehreren|\d+) "
        r"(?:jahr|jahren|monat|monaten|wochen))\b[^.!?;]{0,60}\b(?:absag\w*|abgesagt|abgelehnt|ablehnen|nicht berucksichtig\w*|"
        r"gegen (?:sie|dich)|anders entschieden|(?:fur|fuer) (?:eine?n? )?andere\w* \w+ entschieden)"),
    # a decision denied or contrasted ("nicht für einen anderen Bewerber entschieden, sondern für Sie", "es ist nicht so, dass ...",
    # "bitte ignorieren Sie die Absage"), and a counterfactual ("hätten wir uns für jemand anderen entschieden, hätten wir ...")
    fam("look-alike: a negated or counterfactual decision (de)", -5.0, ("sondern", "nicht so", "nicht, dass", "hatten wir", "waren wir",
                                                                        "wurden wir", "ignorieren", "besser", "versehen", "irrtumlich",
                                                                        "falschlicherweise", ", ohne"),
        r"\bnicht (?:\w+ ){0,2}(?:fur|gegen) (?:\w+ ){0,6}(?:entschieden|ausgesprochen|entschlossen)\b,? sondern\b",
        r"\b(?:es ist|das ist|das heisst|das bedeutet|heisst das|bedeutet das|ist es) (?:\w+ )?nicht (?:so,? )?,? ?dass\b",
        r"\b(?:hatten|waren|wurden) (?:wir|ich) (?:uns |mich )?[^.!?;]{0,60}\b(?:entschieden|besetzt|vergeben|abgesagt|abgelehnt)\b, "
        r"(?:hatten|waren|wurden|dann)\b",
        r"\bignorieren (?:sie|du) (?:\w+ ){0,3}(?:absage|ablehnung|nachricht|e-mail|mail)\b",
        # others may fit better, *but* the reader convinced: "andere passen vielleicht besser, aber Ihr Profil hat uns überzeugt"
        r"\bbesser\b[^.!?;]{0,20}, (?:aber|doch|jedoch) (?:\w+ ){0,4}(?:uberzeugt|gewonnen)\b",
        # an error corrected: "versehentlich zurückgezogen", "die Absage wurde irrtümlich verschickt"
        r"\b(?:versehentlich|irrtumlich|aus versehen|falschlicherweise)\b[^.!?;]{0,40}\b(?:zuruckgezogen|abgesagt|abgelehnt|gestrichen|versendet|"
        r"verschickt|geschlossen|archiviert)\b",
        # a condition: "wir können Ihnen die Stelle nicht anbieten, ohne vorher Ihre Referenzen zu prüfen"
        r"\bnicht\b[^.!?;]{0,50}, ohne (?:\w+ ){0,5}zu \w+"),
    # the reader's own "no": "wir haben Ihre Absage erhalten", "wir respektieren Ihre Entscheidung"
    fam("look-alike: the reader's own withdrawal (de)", -5.0, ("ihre absage", "deine absage", "ihre entscheidung", "deine entscheidung",
                                                             "rucknahme", "ruckzug", "zuruckgezogen"),
        r"\b(?:ihre|deine) (?:absage|entscheidung)\b[^.!?;]{0,30}\b(?:erhalten|bekommen|zur kenntnis|bedauern|respektieren|akzeptieren|"
        r"verstehen|nachvollziehen)\b",
        # the withdrawal confirmed, the papers sent back with it ("wir bestätigen die Rücknahme Ihrer Bewerbung. Ihre
        # Unterlagen erhalten Sie anbei zurück"; "da Sie Ihre Bewerbung zurückgezogen haben")
        r"\b(?:rucknahme|ruckzug) (?:ihrer|deiner) (?:bewerbung|kandidatur)\b",
        r"\b(?:sie|du) (?:ihre|deine) (?:bewerbung|kandidatur) (?:\w+ ){0,2}zuruckgezogen (?:haben|hast|hatten|hattest)\b",
        r"\b(?:erhalten|bekommen|bedauern|respektieren|akzeptieren|verstehen) (?:\w+ ){0,2}(?:ihre|deine) (?:absage|entscheidung)\b"),
    # somebody else's application: "Ihr Bruder hat sich bei uns beworben", "bitte informieren Sie sie"
    fam("look-alike: the decision is about a third person (de)", -5.0, ("beworben", "informieren sie", "benachrichtigen sie",
                                                                        "teilen sie ihm", "teilen sie ihr", "empfohlen",
                                                                        "vorgeschlagen", "vermittelt"),
        r"\b(?:ihr|ihre|dein|deine) (?:bruder|schwester|sohn|tochter|kind|mann|ehemann|ehefrau|partner\w*|kolleg\w*|freund\w*|mitarbeiter\w*|"
        r"bekannte\w*|schuler\w*|student\w*|mandant\w*|klient\w*|azubi\w*|auszubildende\w*)\b (?:\w+ ){0,4}(?:hat|hatte) sich\b[^.!?;]{0,40}\bbeworben",
        r"\b(?:informieren|benachrichtigen|verstandigen) sie (?:sie|ihn)\b(?: (?:bitte|entsprechend|daruber|dazu|heute|morgen|zeitnah))?(?= ?[.!;,]|$)|"
        r"\bteilen sie (?:ihm|ihr) (?:bitte )?(?:\w+ ){0,3}mit\b",
        # a candidate the reader put forward ("der Bewerber, den Sie uns empfohlen haben, hat leider keine Zusage")
        r"\b(?:bewerber\w*|kandidat\w*|person|profil)\b,? (?:den|die|das) (?:sie|du) (?:uns )?(?:\w+ )?(?:empfohlen|"
        r"vorgeschlagen|vermittelt)\b"),
    # the post goes to the reader ("die Stelle ist besetzt – mit dir!")
    fam("look-alike: the post is filled by the reader (de)", -5.0,
        ("mit dir", "mit ihnen", "an dich", "an sie", "arbeitsvertrag", "arbeitstag", "arbeitsbeginn", "start bei uns",
         "anbieten"),
        # the post now offered to the reader ("eine Bewerberin hat abgelehnt, daher möchten wir nun Ihnen die Stelle
        # anbieten"; no negation or regret in between: "können wir Ihnen die Stelle leider nicht anbieten" decides)
        r"\b(?:mochten|wollen|konnen|durfen|werden) (?:wir )?(?:(?!nicht\b|leider\b|kein)\w+ ){0,2}(?:ihnen|dir) "
        r"(?:(?!nicht\b|leider\b|kein)\w+ ){0,2}(?:die|diese|eine|unsere) (?:stelle|position|rolle)\b "
        r"(?:(?!nicht\b|leider\b|kein)\w+ ){0,2}anbieten\b",
        # the reader is hired: "den Arbeitsvertrag senden wir Ihnen per Post", "Ihr erster Arbeitstag ist der 1. März"
        r"\b(?:ihren|deinen|den|ihr|dein) (?:\w+ )?arbeitsvertrag\w*\b[^.!?;]{0,40}\b(?:senden|schicken|erhalten|"
        r"erhaltst|anbei|"
        r"unterschreiben|unterzeichnen|zukommen|zusenden)\b|\b(?:ihr|dein|ihren|deinen|ihrem|deinem) (?:erster? |"
        r"ersten )?"
        r"(?:arbeitstag|arbeitsbeginn|start bei uns)\b",
        r"\b(?:besetzt|vergeben)\b ?(?:-|:|,)? ?(?:und zwar )?(?:mit|an|durch) (?:dir|ihnen|dich|sie)\b(?! (?:\w+ )?(?:nicht|leider)\b)",
        r"\b(?:mit|durch)(?<!nicht mit)(?<!nicht durch) (?:dir|ihnen)\b (?:\w+ )?(?:besetzt|nachbesetzt)\b(?! (?:\w+ )?(?:nicht|leider)\b)"),
]


# --- tenth layer: more word classes, probed with rewordings in no corpus (tests/test_detect_dev5_de.py) ----------
# [chose / agreed on] [a <person> with ...]; [the contract] [closed] with [someone else]; [someone else] [got] the post /
# the preference; [the reader] [not on the list] / [failed the test] / [out]; [the process with you] [ended];
# [refrain] from [hiring]; [hiring] [not in question]; colloquial "wird nix", "hat nicht gereicht", "es ist eine Absage".
_PROC = r"(?:prozess|verfahren|bewerbungsverfahren|auswahlverfahren|bewerbungsprozess|auswahlprozess|besetzungsverfahren)"
# (sweep 2) a process ended "with you" and an offer in the same sentence is the happy end ("... beendet und freuen uns,
# Ihnen die Stelle anzubieten")
_DE_NO_OFFER_AFTER = r"(?![^.!?;]{0,80}\b(?:freuen|anbieten|anzubieten|angebot|willkommen|gluckwunsch)\w*)"
DECISIONS += [
    fam("für eine Person mit ... ausgesprochen / auf jemand anderen geeinigt", 4.0,
        ("ausgesprochen", "entschieden", "entschlossen", "geeinigt", "verstandigt", "festgelegt"),
        rf"\b(?:fur|zugunsten) (?:eine?n?r? |eine[/:*_][nr] ){_SOMEONE}(?:[/:*_]in(?:nen)?)?\b (?:mit|aus|von)\b{G}\b(?:ausgesprochen|"
        r"entschieden|entschlossen|geeinigt)\b",
        rf"\bauf (?:eine?n?r? |die |den )?{_OTHER} {_SOMEONE}\b{G}\b(?:geeinigt|verstandigt|festgelegt)\b",
        rf"\b(?:geeinigt|verstandigt)\b{S}\bauf (?:eine?n?r? )?{_OTHER} {_SOMEONE}"),
    fam("Vertrag mit jemand anderem geschlossen", 4.0, ("geschlossen",),
        rf"\bmit (?:eine?[mr]) {_OTHER} {_SOMEONE}\b{G}\b(?:arbeits)?vertrag\w*\b{G}\b(?:ab)?geschlossen\b",
        rf"\b(?:arbeits)?vertrag\w*\b{G}\bmit (?:eine?[mr]) {_OTHER} {_SOMEONE}\b{G}\b(?:ab)?geschlossen\b"),
    fam("jemand anderes bekam die Stelle / den Vorzug", 4.0, ("jemand", "andere", "weitere", "externe", "interne", "passendere",
                                                            "vorzug"),
        rf"\b(?:jemand(?:e[nm])? (?:anders|anderes)|eine?[rnm]? {_OTHER} {_SOMEONE})\b{G}\b(?:bekommen|erhalten|gekriegt|bekam|erhielt)\b",
        rf"\b(?:{_OTHER} )?{_SOMEONE}\b{G}\bden vorzug (?:erhalten|bekommen|erhielt|bekam)\b"),
    fam("Sie nicht auf der Liste", 4.0, ("liste", "shortlist"),
        r"\b(?:sie|du|ihre bewerbung|deine bewerbung|ihr name|dein name)\b[^.!?;]{0,30}\bnicht (?:\w+ )?auf (?:der|die|unsere[r]?) "
        r"\w*(?:liste|shortlist)\b"),
    fam("Test nicht bestanden", 4.0, ("nicht bestanden", "durchgefallen"),
        r"\b(?:sie|du)\b[^.!?;]{0,30}\b(?:test|eignungstest|einstellungstest|auswahltest|onlinetest|online-test|sporttest|assessment\w*|"
        r"prufung|eignungsprufung|aufnahmeprufung)\b[^.!?;]{0,30}\bnicht bestanden\b",
        # any test or task by its compound ("die Probezeit-Aufgabe"), and the colloquial "durchgefallen"
        r"\b(?:sie|du)\b[^.!?;]{0,30}\b[\w-]*(?:test|aufgabe|prufung|"
        r"assessment)[\w-]*\b[^.!?;]{0,30}\bnicht bestanden\b",
        r"\b(?:sie sind|du bist|sind sie|bist du)\b[^.!?;]{0,40}(?<!nicht )\bdurchgefallen\b"),
    fam("Sie sind raus / nicht weiter", 4.0, (" raus", "nicht weiter"),
        r"\b(?:du bist|sie sind|bist du|sind sie) (?:diesmal |dieses mal |leider |damit |jetzt |also )*raus\b(?! aus)",
        r"\b(?:du bist|sie sind) (?:leider |diesmal |damit )*nicht weiter(?= ?[.!,;]| gekommen\b)"),
    fam("Verfahren mit Ihnen beendet", 4.0, ("beende", "schliessen", "stoppen", "einstellen", "eingestellt", "abgeschlossen"),
        # ("das Verfahren mit Ihnen zügig abschließen" before an offer is no end: "abgeschlossen" only "für Sie")
        rf"\b{_PROC}\b (?:mit (?:ihnen|dir)|fur (?:sie|dich))\b[^.!?;]{{0,30}}\b(?:beenden|beendet|schliessen|einstellen|eingestellt)\b"
        + _DE_NO_OFFER_AFTER,
        rf"\b{_PROC}\b (?:\w+ )?fur (?:sie|dich)\b (?:\w+ ){{0,2}}(?<!erfolgreich )abgeschlossen\b",
        rf"\b(?:beenden|schliessen|stoppen) wir (?:den|das|unseren|unser) (?:\w+ )?{_PROC}\b (?:mit (?:ihnen|dir)|fur (?:sie|dich))\b",
        # (sweep 2) a job board relays it with the post named between: "X hat den Bewerbungsprozess für die Stelle Y mit
        # Ihnen beendet"
        rf"\b(?:hat|haben|hatte|hatten) (?:den|das|ihren|seinen) {_PROC}\b[^.!?;]{{0,60}}?\bmit (?:ihnen|dir) (?:beendet|eingestellt|"
        r"abgebrochen)\b" + _DE_NO_OFFER_AFTER),
    fam("von Einstellung Abstand / ohne Berücksichtigung", 4.0, ("abstand", "ohne beruck"),
        rf"\bvon (?:einer|ihrer|deiner|der) (?:weiteren )?{_DE_NOUN}\w*\b[^.!?;]{{0,40}}\babstand\b",
        rf"\babstand (?:nehmen|genommen)\b{S}\bvon (?:einer|ihrer|deiner|der) (?:weiteren )?{_DE_NOUN}",
        r"\bohne berucksichtigung (?:ihrer|deiner) (?:bewerbung|kandidatur)\b"),
    fam("kommt nicht in Frage / Betracht", 4.0, ("in frage", "in betracht", "in erwagung"),
        r"\b(?:sie|du|einstellung|anstellung|beschaftigung|zusammenarbeit|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b (?:\w+ )?"
        r"(?:kommen|kommt|kommst|kamen|kam)\b[^.!?;]{0,40}\bnicht (?:\w+ )?in (?:betracht|frage)\b",
        r"\b(?:kommt|kam|kommen|kamen) (?:eine |ihre |deine )?(?:einstellung|anstellung|beschaftigung|zusammenarbeit|"
        r"bewerbung|"
        r"kandidatur|sie|du)\b (?:\w+ )?nicht (?:\w+ )?in (?:betracht|frage)\b",
        r"\b(?:sie|du|(?:ihre|deine) (?:bewerbung|kandidatur))\b[^.!?;]{0,50}\bnicht (?:\w+ )?in (?:betracht|frage) "
        r"(?:kommen|kommt|kommst|kamen|kam)\b",
        # the reader as object: "können wir Sie für die Position nicht in Betracht ziehen"
        r"\b(?:sie|dich|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b[^.!?;]{0,40}\bnicht (?:mehr |weiter |langer )?in (?:betracht|erwagung) "
        r"(?:ziehen|gezogen)\b"),
    # ("the post is no longer available" stays out: job boards say it of postings the reader never applied to)
    fam("entschieden, die Stelle intern zu besetzen", 3.5, ("besetzen",),
        r"\b(?:entschieden|entschlossen|beschlossen)\b[^.!?;]{0,60}\b(?:stelle|position|vakanz|rolle)\b[^.!?;]{0,30}\b"
        r"(?:intern|anderweitig|extern|aus den eigenen reihen) (?:zu |nachzu)?(?:nach)?besetzen\b",
        # the present: "es hat sich ergeben, dass wir die Stelle intern besetzen", "wir besetzen die Position
        # anderweitig"
        r"\bwir (?:\w+ ){0,2}(?:die|diese) (?:stelle|position|vakanz|rolle)\b (?:\w+ )?(?:intern|anderweitig|"
        r"aus den eigenen reihen) "
        r"(?:nach)?besetzen\b|\bbesetzen wir (?:die|diese) (?:stelle|position|vakanz|rolle) (?:\w+ )?(?:intern|"
        r"anderweitig)\b"),
    fam("umgangssprachlich: wird nix", 4.0, ("nix", "nichts"),
        r"\b(?:wird|wirds|wird's) (?:das |es )?(?:\w+ ){0,2}(?:nichts|nix)\b(?: mit (?:uns|ihnen|dir|euch)\b)?"
        r"(?= ?[.!?;,)-]|$| mit (?:uns|ihnen|dir))",
        r"\b(?:wird|wirds|wird's) (?:das |es )?(?:leider |also |diesmal )*mit (?:dem|der|einem|einer|ihrem|deinem|"
        r"ihrer|deiner) (?:\w+ ){1,4}?"
        r"(?:nichts|nix)(?= ?[.!?;,)-]|$)",
        r"\bdaraus wird (?:\w+ ){0,2}(?:nichts|nix)\b(?! (?:gutes|anderes|neues|besseres|schlimmes|draus)\b)"),
    fam("umgangssprachlich: hat nicht gereicht / es ist eine Absage / passt es nicht", 4.0,
        ("gereicht", "eine absage", "passt es", "es passt"),
        r"\bes passt (?:leider|diesmal|einfach|halt)(?: (?:leider|diesmal|einfach|halt|also))* nicht\b(?! nur| so)"
        r"(?![^.!?;]{0,60}\b(?:termin\w*|datum|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|"
        r"zeitlich)\b)",
        r"\bhat (?:leider |diesmal |dieses mal |knapp |einfach |halt |am ende )*nicht gereicht\b",
        r"\b(?:es|das) ist (?:leider |diesmal |also )*(?:eine|leider eine) absage(?= ?[.!?;,:)-]|$| (?:fur|an) (?:sie|dich)\b)",
        r"\b(?:deshalb|daher|darum|deswegen|leider) passt es (?:\w+ ){0,2}nicht\b(?! nur| so)"),
    fam("nicht in die Vorauswahl aufgenommen / abschlägig beschieden", 4.0,
        ("aufgenommen", "einbezogen", "vertreten", "abschlagig", "aufnehmen", "einbeziehen", "aufzunehmen",
         "einzubeziehen"),
        r"\b(?:ihre|deine) (?:bewerbung|kandidatur|unterlagen)\b[^.!?;]{0,60}\bnicht (?:\w+ ){0,4}(?:aufgenommen|"
        r"einbezogen|aufnehmen|"
        r"einbeziehen|aufzunehmen|einzubeziehen)\b",
        r"\b(?:engeren|naheren|finalen) (?:auswahl|wahl|runde)\b[^.!?;]{0,20}\bnicht (?:mehr )?vertreten\b",
        r"\babschlagig (?:beschieden|beantwortet|entschieden|bescheiden|beantworten)\b"),
]


# --- eleventh layer: breadth of phrasing (dev6/de, 150 decision sentences of one author) -------------------------
# Constructions, each with its verb class, word orders and both address forms:
#   [we end] [your process] [here / hereby / for you]; [you] [not onto] [the shortlist / next round] [made it];
#   [the stage] [not passed / survived]; [you] [not into the team / on board] [bring / take]; [you] [judged] [not
#   suitable / qualified]; [you are] [not among] [those invited]; [not] [for you] [decided]; [others] [matched /
#   convinced] [more closely]; [excluded] from [the process]; an agency [will not present] [your profile]; [your
#   participation] in [the next stage] [not planned]; [we forgo] [a second round] [with you]; idioms ("einen Korb
#   geben", "leider passen", "die Antwort ist nein", "diesmal klappt es nicht", "reicht es nicht für eine Zusage");
#   [we hired] [a colleague / someone] for [the post]; [someone else] [accepted] [the offer].
_PROC_ALL = r"(?:prozess|verfahren|bewerbungsverfahren|auswahlverfahren|bewerbungsprozess|auswahlprozess|besetzungsverfahren|rekrutierungsprozess)"
_STAGE = (r"(?:shortlist|short-list|longlist|liste|auswahl\w*|runde|endrunde|finalrunde|finale|vorauswahl|gesprach\w*|interview\w*|kreis|"
          r"phase|stufe|top)")
_NOT_ABOUT_A_DATE = (r"(?![^.!?;]{0,60}\b(?:termin\w*|datum|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|"
                     r"telefonat|call|treffen|zeitlich|terminlich|lieferung|paket|urlaub)\b)")
DECISIONS += [
    fam("Verfahren endet hier / hiermit beendet", 4.0, ("beende", "endet", "schliessen wir", "ohne zusage", "ohne angebot",
                                                        "ohne einstellung", "zu ende", "vorbei", "abgeschlossen", "stoppen",
                                                        "schliessen alle", "schliessen samtliche"),
        # (sweep 2) a freeze that closes every running process, the reader's too ("schließen alle laufenden
        # Bewerbungsprozesse, auch Ihren")
        rf"\b(?:schliessen|beenden|stoppen) (?:wir )?(?:alle|samtliche) (?:laufenden |offenen )?(?:\w+ )?{_PROC_ALL}\w*\b"
        r"(?![^.!?;]{0,40}\b(?:ausser|bis auf|nicht (?:ihren|deinen))\b)",
        rf"\b(?:beenden|schliessen|stoppen) (?:wir|ich) (?:hiermit |damit |leider |nun |jetzt |heute |an dieser stelle )*(?:ihr|ihren|dein|deinen) "
        rf"(?:\w+ )?(?:{_PROC_ALL}|bewerbung|kandidatur)\b(?![^.!?;]{{0,40}}\bab\b)",
        rf"\b(?:hiermit|an dieser stelle|damit) (?:\w+ ){{0,2}}(?:beenden|schliessen|stoppen) (?:wir|ich) (?:\w+ ){{0,2}}"
        rf"(?:den|das|ihr|ihren|dein|deinen|unser|unseren) (?:\w+ )?{_PROC_ALL}\b",
        rf"\b{_PROC_ALL}\b (?:\w+ ){{0,3}}(?:an dieser stelle|hiermit|fur sie|fur dich|mit ihnen|mit dir)\b (?:\w+ ){{0,2}}"
        r"(?:beenden|beendet|abbrechen|abgebrochen|einstellen|stoppen)\b" + _DE_NO_OFFER_AFTER,
        rf"\b{_PROC_ALL}\b (?:ist|wird|wurde|war) (?:\w+ ){{0,3}}(?:fur sie|fur dich|mit ihnen|mit dir) (?:\w+ ){{0,4}}"
        r"(?<!erfolgreich )(?:beendet|zu ende|vorbei|abgeschlossen)\b",
        rf"\bendet (?:\w+ ){{0,2}}{_PROC_ALL} (?:fur (?:sie|dich) )?(?:hier|an dieser stelle|damit|leider|bereits|mit dieser (?:nachricht|mail))\b",
        rf"\b{_PROC_ALL} endet (?:\w+ ){{0,2}}(?:fur (?:sie|dich) )?(?:hier|an dieser stelle|damit|leider|bereits)\b",
        rf"\b(?:bewerbung|kandidatur|{_PROC_ALL})\b[^.!?;]{{0,40}}\bohne (?:zusage|angebot|einstellung)\b"),
    fam("nicht auf die Shortlist geschafft / Stufe nicht überstanden", 4.0, ("geschafft", "uberstanden", "passiert", "durchlaufen",
                                                                             "bestanden", "gekommen", "gelangt"),
        # (said of the reader: "Sie / du / Ihre Bewerbung ... nicht"; "allen, die es nicht ... geschafft haben" is about others)
        rf"\b(?:sie|du|dich|(?:ihre|deine) (?:bewerbung|kandidatur|unterlagen)|(?:ihr|dein) profil)\b (?:\w+ ){{0,3}}nicht (?!nur\b)(?:\w+ ){{0,2}}"
        rf"(?:auf|in|ins|unter|zum|zur|bis in|bis zur|bis zum) (?:die |den |das |der |unsere |unseren )?(?:\w+ )?"
        rf"{_STAGE}\b[^.!?;]{{0,20}}\b(?:geschafft|gekommen|gelangt)\b",
        r"\b(?:sie|du|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b (?:\w+ ){0,3}nicht (?:\w+ ){0,2}unter die (?:letzten|besten|ersten|top|finalen|"
        r"engsten)\b[^.!?;]{0,25}\b(?:geschafft|gekommen|gelangt)\b",
        r"\b(?:sie|du|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b[^.!?;]{0,40}\b"
        r"(?:vorauswahl|auswahl\w*|runde|stufe|phase|test|online-test|onlinetest|assessment\w*|screening|eignungstest|einstellungstest|"
        r"eignungsprufung|auswahlprufung)\b[^.!?;]{0,30}\bnicht (?:\w+ )?(?:uberstanden|passiert|bestanden|geschafft|durchlaufen)\b"),
    fam("Sie nicht ins Team holen / nicht nehmen", 4.0, ("holen", " nehmen", "genommen", "aufnehmen"),
        r"\b(?:sie|dich)\b (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:ins|in das|in unser|in unsere|an bord|zu uns|mit an bord)\b (?:\w+ ){0,2}"
        r"(?:holen|nehmen|aufnehmen|dazuholen)\b",
        r"\b(?:wir|ich)\b (?:\w+ ){0,2}(?:dich|sie)\b (?:\w+ ){0,4}nicht (?!ubel|personlich|krumm|schwer|ernst)(?:\w+ )?(?:nehmen|genommen)\b"),
    fam("Sie als nicht geeignet / qualifiziert eingestuft", 4.0, ("geeignet", "qualifiziert", "passend"),
        # "Ihre Bewerbung wurde als nicht passend eingestuft"
        r"\b(?:sie|dich|(?:ihre|deine) bewerbung|(?:ihr|dein) profil)\b[^.!?;]{0,50}\bals (?:leider )?nicht "
        r"(?:ganz )?passend "
        r"(?:eingestuft|bewertet|beurteilt|eingeschatzt|angesehen)\b",
        r"\b(?:(?:ihre|deine) bewerbung|(?:ihr|dein) profil)\b[^.!?;]{0,50}\bals [\"']?(?:nicht (?:ganz )?(?:passend|geeignet)|"
        r"ungeeignet|abgelehnt)[\"']? (?:markiert|eingestuft|gekennzeichnet|bewertet|gesetzt)\b",
        r"\b(?:sie|dich|du|(?:ihre|deine) bewerbung|(?:ihr|dein) profil)\b[^.!?;]{0,50}\b(?:als |fur )?nicht (?!nur\b)(?:\w+ )?"
        r"(?:ausreichend |hinreichend |genugend )?(?:qualifiziert|geeignet)\b",
        r"\b(?:sie|dich|(?:ihre|deine) bewerbung|(?:ihr|dein) profil)\b[^.!?;]{0,50}\b(?:als|fur) (?:leider )?(?:ungeeignet|unpassend)\b"),
    fam("Sie sind nicht unter den Ausgewählten", 4.0, ("nicht unter", "nicht bei den"),
        r"\b(?:sie sind|du bist|sind sie|bist du|(?:ihre|deine) bewerbung ist|(?:ihr|dein) name ist)\b (?:\w+ ){0,2}nicht (?:unter|bei) "
        r"(?:den|denjenigen|der gruppe|jenen)\b",
        r"\b(?:liegen|liegt|landen|landeten|sind|waren) (?:sie|du|(?:ihre|deine) bewerbung)\b (?:\w+ ){0,2}nicht unter den (?:ersten|besten|top)\b"),
    fam("nicht für Sie entschieden", 4.0, ("entscheiden", "entschieden", "aussprechen", "ausgesprochen"),
        r"(?<!noch )\bnicht (?:\w+ ){0,2}(?:fur|zugunsten) (?:sie|dich|(?:ihre|deine)(?: (?:bewerbung|kandidatur|person))?)\b "
        r"(?:\w+ ){0,2}"
        r"(?:entscheiden|entschieden|aussprechen|ausgesprochen)\b"),
    fam("andere entsprachen genauer / überzeugten mehr", 4.0, ("uberzeug", "entsprach", "passten", "deckten", "brachten", "genauer",
                                                             "eher", "mehr", "naher", "starker", "langere", "umfangreichere", "bessere"),
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\b(?:entsprachen|entsprach|entsprechen|passten|passte|passen|deckten|deckte|"
        r"uberzeugten|uberzeugte)\b[^.!?;]{0,50}\b(?:genauer|besser|eher|mehr|naher|starker|passender|umfassender|deutlicher)\b",
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\b(?:haben|hat|hatten|hatte) uns\b[^.!?;]{{0,40}}\b(?:mehr|starker|eher|besser|deutlicher) "
        r"(?:uberzeugt|angesprochen|beeindruckt|uberzeugen)\b",
        # (other candidates "brought more experience": what they had, never "more documents")
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\b(?:brachten|bringen|brachte|bringt|verfugen|verfugten|hatten|haben)\b[^.!?;]{{0,20}}"
        r"\b(?:mehr|langere|umfangreichere|einschlagigere|tiefere|passendere|bessere|fundiertere) (?:\w+ )?(?:erfahrung|berufserfahrung|"
        r"kenntnisse|qualifikation|praxis|expertise)\w*"),
    fam("vom Verfahren ausgeschlossen", 4.0, ("ausgeschlossen", "ausschliessen", "auszuschliessen"),
        rf"\b(?:bewerbung|kandidatur|sie|dich|du)\b[^.!?;]{{0,50}}\b(?:vom|von dem|aus dem) (?:weiteren |laufenden )?(?:{_PROC_ALL}|auswahl\w*)\b"
        r"[^.!?;]{0,20}\b(?:ausgeschlossen|ausschliessen|auszuschliessen)\b(?! (?:werden|wird)\b[^.!?;]{0,5}(?:wenn|falls|sofern|sollte))"),
    fam("Profil dem Kunden nicht vorgestellt", 4.0, ("vorstell", "vorgestellt", "vorschlag", "vorgeschlagen", "prasentier", "empfehl",
                                                     "empfohlen"),
        r"\b(?:ihr|dein)(?:e[nms]?)? (?:profil|bewerbung|unterlagen|kandidatur|lebenslauf|cv|dossier)\b(?:(?!\bohne\b)[^.!?;]){0,40}\bnicht "
        r"(?:mehr |weiter )?(?:vorstellen|vorschlagen|prasentieren|empfehlen|vorgestellt|vorgeschlagen|prasentiert|empfohlen)\b"
        r"(?! (?:ohne|bevor|solange)\b)",
        r"\b(?:sie|dich)\b (?:\w+ ){0,3}(?:dem|unserem|beim) (?:kunden|mandanten|auftraggeber)\b (?:\w+ ){0,2}nicht (?:\w+ )?"
        r"(?:vorstellen|vorschlagen|prasentieren|empfehlen)\b"),
    fam("Teilnahme am weiteren Verfahren nicht vorgesehen", 4.0, ("teilnahme",),
        rf"\b(?:ihre|deine|eine) (?:weitere )?teilnahme (?:am|an der|an dem|an den) (?:weiteren |nachsten |folgenden |weiterfuhrenden )?"
        rf"(?:{_PROC_ALL}|auswahl\w*|runde|gesprach\w*|interview\w*|assessment\w*|stufe|schritt\w*)\b(?:(?!\bohne\b)[^.!?;]){{0,30}}"
        r"\bnicht (?:mehr )?(?:vorgesehen|moglich)\b"),
    fam("verzichten auf eine weitere Runde mit Ihnen", 4.0, ("verzicht",),
        r"\bverzicht\w* (?:wir )?(?:\w+ ){0,2}auf (?:eine[n]? |die |den |das |ein )?(?:weitere[ns]? |zweite[ns]? |nachste[ns]? |erneute[ns]? )?"
        r"(?:gesprach\w*|interview\w*|runde|einladung|zusammenarbeit|vorstellung\w*)\b[^.!?;]{0,20}\bmit (?:ihnen|dir)\b"
        r"(?![^.!?;]{0,60}\b(?:angebot|anbieten|vertrag|zusage)\b)",
        r"\bverzicht\w* (?:wir )?(?:\w+ ){0,2}auf (?:ihre|deine) (?:bewerbung|kandidatur|mitarbeit|mitwirkung)\b",
        r"\bverzicht\w* (?:wir )?(?:\w+ ){0,2}auf (?:eine |die )?(?:weitere )?berucksichtigung (?:ihrer|deiner) (?:bewerbung|kandidatur|"
        r"unterlagen)\b"),
    fam("Idiome: Korb / leider passen / Antwort nein / keine Zusage", 4.0, ("korb", "passen", "nein", "negativ", "keine zusage"),
        r"\b(?:einen|den) korb (?:geben|gegeben|erteilen|erteilt|verpassen)\b",
        r"\b(?:mussen|musste|mussten) (?:wir|ich) (?:(?:hier|da|diesmal|also) )?leider passen(?= ?[.!,;]|$)",
        r"\b(?:ist|lautet|war|lautete|bleibt) (?:\w+ ){0,2}(?:die|unsere|meine|unser) (?:antwort|entscheidung|ruckmeldung|ergebnis) (?:\w+ ){0,3}"
        r"(?:nein|negativ)\b",
        r"\b(?:unsere|die|meine) (?:antwort|entscheidung|ruckmeldung) (?:\w+ ){0,2}(?:ist|lautet|war|lautete) (?:\w+ ){0,3}(?:nein|negativ)\b",
        r"\b(?:leider|diesmal|dieses mal|also|daher|deshalb) (?:(?!noch\b)\w+ )?keine zusage\b(?! (?:erhalten|bekommen) haben)"),
    fam("diesmal klappt es nicht / reicht es nicht für eine Zusage", 4.0, ("klappt", "reicht es", "reicht das"),
        rf"\b(?:diesmal|dieses mal|fur dieses mal|am ende|letztlich|leider)\b (?:\w+ ){{0,3}}(?:klappt|klappte)\b (?:es|das) (?:\w+ ){{0,2}}"
        rf"nicht\b{_NOT_ABOUT_A_DATE}",
        rf"\b(?:es|das) klappt (?:diesmal|dieses mal|leider|also)\b (?:\w+ ){{0,2}}nicht\b{_NOT_ABOUT_A_DATE}",
        r"\b(?:es|das) mit (?:der|dieser|ihrer|deiner|einer) (?:stelle|position|rolle|bewerbung|zusammenarbeit|"
        r"anstellung)\b (?:\w+ ){0,2}"
        r"nicht (?:klappt|klappen wird|geklappt hat)\b",
        r"\breicht (?:es|das) (?:\w+ ){0,3}nicht (?:\w+ )?fur (?:eine[n]? |die |den |das )?(?:zusage|stelle|position|job|rolle|einladung|runde|"
        r"nachste\w*|zweite\w*|finale\w*|einstellung|platz|anstellung)\b",
        # (the goal first, verb second: "für die nächste Runde reicht es diesmal nicht")
        r"\bfur (?:eine[n]? |die |den |das )?(?:\w+ )?(?:zusage|stelle|position|job|rolle|einladung|runde|einstellung|platz|anstellung|"
        r"shortlist|auswahl)\b (?:\w+ ){0,2}reicht (?:es|das) (?:\w+ ){0,3}nicht\b"),
    fam("Stelle bereits geschlossen", 3.5, ("geschlossen",),
        r"\b(?:stelle|position|vakanz|rolle|ausschreibung)\w*\b[^.!?;]{0,30}\b(?:bereits|inzwischen|schon|zwischenzeitlich|mittlerweile) "
        r"(?:erfolgreich )?geschlossen\b"),
    fam("für die Stelle jemanden eingestellt / Angebot angenommen", 4.0, ("eingestellt", "verpflichtet", "gewonnen", "angenommen"),
        r"\b(?:stelle|position|rolle|auswahl|vakanz)\w*\b[^.!?;]{0,60}\b(?:wir haben|haben wir|hatten wir|wir hatten) (?:\w+ ){0,2}"
        r"(?:eine[nr]?|jemand\w*) (?:\w+ ){0,3}?(?:kolleg\w*|kandidat\w*|bewerber\w*|person|mitarbeiter\w*|nachfolger\w*|fachkraft|jemand\w*)\b"
        r"[^.!?;]{0,50}\b(?:eingestellt|verpflichtet|gewonnen)\b",
        rf"\b(?:jemand(?:e[nm])? (?:anders|anderes)|eine?[rnm]? {_OTHER} {_SOMEONE})\b[^.!?;]{{0,60}}\b(?:die stelle|das angebot|die position|"
        r"die rolle|den job|unser angebot|das stellenangebot)\b (?:\w+ )?angenommen\b"),
    fam("mit anderen Kandidat:innen weiter", 4.0, ("andere", "weitere", "externe", "interne", "ubrigen", "verbleibenden"),
        rf"\b(?:gehen|machen|arbeiten) (?:wir|ich) (?:\w+ ){{0,3}}mit (?:den )?(?:{_OTHER}|ubrigen|verbleibenden) {_SOMEONE}\S* (?:\w+ ){{0,2}}weiter\b",
        rf"\bwir (?:gehen|machen|arbeiten) (?:(?!erst|noch|zunachst)\w+ ){{0,3}}mit (?:den |einem |einer )?(?:{_OTHER}|ubrigen|verbleibenden) {_SOMEONE}\S* "
        r"(?:\w+ ){0,2}weiter\b"),
]

LOOKALIKES += [
    # "Without a finished test / the certificates we cannot consider your application": a condition, not a decision
    fam("look-alike: a condition to go on, without the test or documents (de)", -4.0, ("ohne ",),
        r"\bohne (?:\w+ ){0,2}(?:test|online-test|onlinetest|assessment\w*|eignungstest\w*|nachweis\w*|zeugnis\w*|unterlagen|dokument\w*|"
        r"lebenslauf|anschreiben|bestatigung|ruckmeldung|antwort|upload|teilnahme)\b[^.!?;]{0,80}\bnicht (?:\w+ ){0,3}"
        r"(?:berucksichtig|bearbeit|weiterfuhr|fortsetz|fortfahr|prufen|gepruft|beurteil|weiter|zulass|zuzulass|"
        r"aufnehm|aufzunehm|einbezieh|"
        r"einzubezieh)"),
    # a note to colleagues ("Liebe Kolleginnen und Kollegen, die Stelle wurde mit Frau X besetzt"), not to an applicant
    fam("look-alike: a note to colleagues about a filled post (de)", -3.0, ("kolleginnen und kollegen", "liebes team", "zusammen",
                                                                          "hallo team", "hi team", "hallo ihr", "danke an alle",
                                                                          "allerseits", "mit frau ", "mit herrn "),
        r"\b(?:liebe|hallo) kolleginnen und kollegen\b|\bliebes team\b|\b(?:hallo|hi|hey|moin|servus) (?:zusammen|team|ihr lieben|allerseits)\b|"
        r"\bdanke an alle\b|\bmit (?:frau|herrn|herr) [a-z]+ (?:nach|neu )?besetzt\b"),
]

# (second probe of the same author: rewordings that are in no corpus, see tests/test_detect_dev6_de.py)
_POSTS = r"(?:stelle|position|anstellung|beschaftigung|einstellung|rolle|job|vertrag|arbeitsvertrag|zusage|ausbildungsplatz|praktikumsplatz)"
_PERSON = r"(?:bewerber\w*|kandidat\w*|mitbewerber\w*|person|kolleg\w*|fachkraft|interessent\w*)"
_NEXT_STEP = (r"(?:gesprach\w*|vorstellungsgesprach\w*|interview\w*|zusammenarbeit|einstellung|anstellung|zusage|einladung|vertragsabschluss|"
              r"beschaftigung)")
_NOT_A_DATE_AHEAD = r"(?![^.!?;]{0,80}\b(?:termin|woche|heute|morgen|verschieb|verleg|montag|dienstag|mittwoch|donnerstag|freitag)\w*)"
DECISIONS += [
    fam("die Stelle einer anderen Person geben / anbieten", 4.0, ("gegeben", "angeboten", "vergeben", "zugesagt", "ubertragen", " an"),
        rf"\b(?:stelle|position|rolle|job|zusage|vertrag|angebot)\b (?:\w+ ){{0,3}}(?:einer|einem) (?:\w+ )?{_PERSON}\b[^.!?;]{{0,50}}"
        r"\b(?:gegeben|angeboten|vergeben|zugesagt|ubertragen|anvertraut)\b",
        rf"\b(?:stelle|position|rolle|job|zusage|vertrag|angebot)\b (?:bieten|geben|vergeben|ubertragen) wir (?:\w+ )?(?:einer|einem) (?:\w+ )?"
        rf"{_PERSON}\b (?:\w+ ){{0,4}}?an\b",
        rf"\b(?:einer|einem) (?:\w+ )?{_PERSON}\b[^.!?;]{{0,60}}\b(?:die|diese|unsere) (?:stelle|position|rolle)\b "
        rf"(?:\w+ ){{0,2}}"
        r"(?:gegeben|angeboten|vergeben|zugesagt|ubertragen|anvertraut)\b"),
    fam("die Stelle Ihnen nicht anbieten / geben", 4.0, ("nicht",),
        rf"\b{_POSTS}\b[^.!?;]{{0,40}}\b(?:ihnen|dir)\b[^.!?;]{{0,30}}\bnicht (?:\w+ )?(?:anbieten|angeboten|geben|gegeben|zusagen|zugesagt|an)\b",
        rf"\b(?:ihnen|dir)\b (?:\w+ ){{0,3}}(?:die|eine|diese) {_POSTS}\b (?:\w+ ){{0,2}}nicht (?:\w+ ){{0,2}}(?:anbieten|geben|an)\b"),
    fam("Sie sehen wir nicht in der Rolle / nicht die richtige Person", 4.0, ("sehen", "nicht"),
        r"\b(?:sehen|sieht|sahen|sah) (?:wir |ich )?(?:sie|dich)\b (?:\w+ ){0,2}nicht (?!nur\b)(?:\w+ ){0,2}(?:(?:in|als|fur) (?:der|dieser|die|diese|unserer|"
        r"unserem|einer|dem) |im |ins )(?:\w+ )?(?:rolle|position|stelle|aufgabe|funktion|team)\b(?![^.!?;]{0,40}, sondern\b)",
        r"\b(?:sie sind|du bist|sind sie|bist du|(?:ihr|dein) profil ist|(?:ihre|deine) bewerbung ist)\b (?:\w+ ){0,3}nicht (?:\w+ )?"
        r"(?:die richtige|der richtige|die passende|der passende|das richtige|das passende|die person|der kandidat|die kandidatin|passend)\b"
        r"(?! (?:ansprechpartner\w*|ansprechperson|kontakt\w*|adressat\w*|weg|zeitpunkt|ort)\b)"),
    fam("nicht das, was wir suchen", 3.5, ("was wir", "wonach", "was das", "was der", "was unser"),
        r"\b(?:profil|sie|du|qualifikation\w*|erfahrung\w*|bewerbung|werdegang|lebenslauf|kenntnisse)\b[^.!?;]{0,40}\bnicht\b[^.!?;]{0,20}"
        r"\b(?:dem|zu dem|das),? (?:was|wonach)\b[^.!?;]{0,40}\b(?:suchen|brauchen|benotigen|erwarten|wunschen|vorstellen|vorgestellt|"
        r"gesucht|benotigt)\b"),
    fam("jemand anderen einstellen / anders besetzen", 4.0, ("ander", "interne", "externe", "weitere"),
        rf"\b(?:jemand(?:en)? (?:anderen|anderes|anders)|eine[nr]? {_OTHER} {_SOMEONE})\b (?:\w+ ){{0,2}}"
        r"(?:einzustellen|einstellen|anzustellen|zu nehmen|zu holen)\b",
        rf"\bstellen (?:wir )?(?:\w+ ){{0,4}}(?:jemand(?:en)? (?:anderen|anderes|anders)|"
        rf"eine[nr]? {_OTHER} {_SOMEONE})\b (?:\w+ ){{0,3}}ein\b",
        r"\banders (?:zu )?(?:nach)?(?:besetzen|besetzt|vergeben)\b"),
    fam("Bewerbung nicht mehr im Rennen / Verfahren", 4.0, ("nicht mehr", "engere", "engste", "nahere", "finale", "platz", "rang"),
        # the others went on: "dass wir andere Bewerberinnen in die engere Wahl gezogen haben"
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,20}}\bin die (?:engere|engste|nachste|finale|weitere) (?:wahl|auswahl|runde)\b[^.!?;]{{0,20}}"
        r"\b(?:gezogen|genommen|aufgenommen|eingeladen|einbezogen)\b",
        r"\b(?:sie sind|sind sie|du bist|bist du|(?:ihre|deine) bewerbung ist)\b (?:\w+ ){0,2}nicht (?:mehr )?(?:in der|in die|im) "
        r"(?:engeren|engsten|naheren|finalen) (?:auswahl|wahl|runde|kreis)\b",
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,30}}\bauf (?:den )?(?:(?:platz|rang|listenplatz) (?:1|eins)|ersten (?:platz|rang|listenplatz))\b",
        rf"\b(?:sie|du|dich|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)|(?:ihr|dein) profil)\b[^.!?;]{{0,40}}\bnicht mehr (?:im|in der|in dem) "
        rf"(?:laufenden |weiteren )?(?:rennen|auswahl\w*|{_PROC_ALL})\b"),
    fam("keine Verwendung für Ihr Profil", 4.0, ("verwendung",),
        r"\b(?:ihr|dein|sie|dich)\w*\b[^.!?;]{0,40}\bkeine (?:\w+ )?verwendung\b|"
        r"\bkeine (?:\w+ )?verwendung\b[^.!?;]{0,30}\b(?:ihr|dein|sie|dich)\w*\b"),
    fam("keine Einladung aussprechen / es kommt nicht zum Gespräch", 4.0, ("einladung", "kommen"),
        r"\b(?:eine|keine) einladung\b[^.!?;]{0,60}\bnicht (?:\w+ )?(?:aussprechen|geben|schicken|senden|zukommen lassen|anbieten|machen)\b",
        rf"{_NOT_A_DATE_AHEAD}\bzu (?:einer?m?|der|dem) (?:\w+ )?{_NEXT_STEP}\b (?:\w+ ){{0,4}}nicht (?:\w+ )?kommen\b",
        rf"{_NOT_A_DATE_AHEAD}\bnicht zu (?:einer?m?|der|dem) (?:\w+ )?{_NEXT_STEP} (?:\w+ )?kommen\b"),
    fam("Bewerbung lehnen wir ab", 4.0, ("lehne", "lehnt"),
        r"\b(?:(?:lehnen|lehnten|lehne|lehnte) (?:wir|ich)|(?:wir|ich) (?:lehnen|lehnten|lehne|lehnte)) (?:\w+ ){0,3}(?:ihre|deine) "
        r"(?:bewerbung|kandidatur)\b (?:\w+ ){0,3}(?<!nicht )ab\b",
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b (?:\w+ ){0,4}(?:lehnen|lehnten|lehnt|lehnte|lehne) (?:wir|ich|die|der|das|unser\w*)\b"
        r"[^.!?;]{0,30}(?<!nicht )\bab\b"),
    fam("Wunsch nach Anstellung nicht entsprochen / gegenstandslos / zu den Akten", 4.0,
        ("entsprechen", "nachkommen", "gegenstandslos", "hinfallig", "akten", "erledigt", "retourn", "antrag", "gesuch",
         "ansuchen", "zuruck"),
        # the documents sent back, the postal way: "anbei erhalten Sie Ihre Bewerbungsunterlagen zurück" (only words of
        # enclosure between: not "Ihre Unterlagen erhalten Sie nach dem Gespräch zurück")
        r"\b(?:(?:erhalten|bekommen) (?:sie|du)|(?:senden|schicken|reichen|geben) (?:wir|ich) (?:ihnen|dir)|"
        r"(?:wir|ich) (?:senden|schicken|reichen|geben) (?:ihnen|dir))\b "
        r"(?:hiermit |anbei |beiliegend |daher |deshalb |leider |somit )*(?:ihre|deine) (?:bewerbungsunterlagen|"
        r"bewerbungsmappe|"
        r"unterlagen|bewerbungsdossier|dossier) (?:anbei |beiliegend |hiermit |in der anlage |"
        r"mit gleicher post )?zuruck\b|"
        r"\b(?:ihre|deine) (?:bewerbungsunterlagen|bewerbungsmappe|unterlagen|bewerbungsdossier|dossier) (?:erhalten|"
        r"bekommen) "
        r"(?:sie|du) (?:anbei |beiliegend |hiermit |in der anlage |mit gleicher post |daher |deshalb |"
        r"leider )*zuruck\b",
        # the dossier sent back, the Swiss way: "gerne retournieren wir Ihnen Ihr Dossier"
        r"\bretournieren (?:wir )?(?:ihnen |dir )?(?:\w+ )?(?:ihr|ihre|dein|deine) (?:bewerbungs)?(?:dossier|"
        r"unterlagen)\b|"
        r"\b(?:ihr|ihre|dein|deine) (?:bewerbungs)?(?:dossier|unterlagen)\b[^.!?;]{0,30}\bretourn(?:iert|ieren)\b",
        # a formal request for employment turned down: "Ihr Antrag auf Einstellung wurde abgelehnt"
        r"\b(?:ihr|dein|ihren|deinen|ihrem|deinem) (?:antrag|gesuch|ansuchen) (?:auf|um) (?:eine )?(?:einstellung|"
        r"anstellung|"
        r"beschaftigung|aufnahme)\b[^.!?;]{0,40}\b(?:abgelehnt|ablehnen|abzulehnen|nicht (?:\w+ )?(?:entsprechen|"
        r"entsprochen|"
        r"stattgeben|stattgegeben))\b",
        r"\b(?:ihrem|deinem) (?:wunsch|anliegen|gesuch|ansuchen)\b (?:nach|auf|um) (?:einer?m? |die |der )?(?:anstellung|einstellung|"
        r"beschaftigung|stelle|position|mitarbeit|ubernahme|aufnahme)\b[^.!?;]{0,40}\bnicht (?:\w+ )?(?:entsprechen|nachkommen|stattgeben)\b",
        r"\b(?:bewerbung|kandidatur)\b[^.!?;]{0,40}\b(?:gegenstandslos|hinfallig)\b",
        r"\b(?:bewerbung|unterlagen|kandidatur)\b[^.!?;]{0,30}\bzu den akten (?:gelegt|genommen|legen)\b",
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b (?:hat sich|ist) "
        r"(?:\w+ ){0,5}erledigt\b",
        r"\b(?:die|diese) (?:stelle|position|vakanz|rolle)\b (?:hat sich|ist) (?:\w+ ){0,2}erledigt\b"),
    fam("aus der Zusammenarbeit wird nichts", 4.0, ("nichts", "nix"),
        r"\bwird (?:\w+ ){0,2}aus (?:der|einer|unserer) (?:\w+ )?(?:zusammenarbeit|anstellung|einstellung|stelle|bewerbung)\b (?:\w+ ){0,2}"
        r"(?:nichts|nix)\b",
        r"\baus (?:der|einer|unserer) (?:zusammenarbeit|anstellung|einstellung|stelle)\b (?:\w+ ){0,2}wird (?:\w+ ){0,2}(?:nichts|nix)\b"),
    fam("Erfahrung reicht nicht / fehlt Ihnen leider", 3.5, ("reicht", "reichen", "fehlt", "fehlen"),
        r"\b(?:\w*erfahrung\w*|qualifikation\w*|\w*kenntnisse|profil|ergebnis\w*|leistung\w*|punktzahl)\b (?:\w+ ){0,3}(?:reicht|reichen|reichte|reichten) "
        r"(?:\w+ ){0,3}nicht(?! nur)(?: aus)?(?= ?[.!?;,]|$| fur)",
        # verb-last: "dass Ihre Erfahrungen nicht ausreichen"
        r"\b(?:\w*erfahrung\w*|qualifikation\w*|\w*kenntnisse|ergebnis\w*|leistung\w*|punktzahl)\b (?:\w+ ){0,4}nicht "
        r"(?:ganz )?"
        r"(?:ausreichen|ausreicht|ausreichten|ausreichte)\b",
        r"\b(?:(?:fehlt|fehlen|fehlte|fehlten) (?:ihnen|dir) (?:\w+ )?leider|(?:ihnen|dir) (?:fehlt|fehlen|fehlte|fehlten) leider|"
        r"leider (?:fehlt|fehlen|fehlte|fehlten) (?:ihnen|dir)(?! noch\b))\b[^.!?;]{0,40}"
        r"\b(?:\w*erfahrung|qualifikation|ausbildung|\w*kenntnisse|voraussetzung|abschluss|praxis|zertifizierung)\w*"),
    fam("Bewerbung geschlossen / Status abgelehnt", 3.5, ("geschlossen", "archiviert", "status", "inaktiv"),
        # the ATS's word for it: "Ihre Bewerbung wurde in unserem System auf inaktiv gesetzt"
        r"\b(?:ihre|deine) (?:bewerbung|kandidatur|kandidatenprofil)\b[^.!?;]{0,40}\bauf [\"']?inaktiv[\"']? "
        r"(?:gesetzt|gestellt)\b",
        r"\b(?:haben|hatten) (?:wir )?(?:\w+ )?(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur)\b (?:\w+ ){0,3}(?:geschlossen|archiviert)\b",
        r"\b(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur) (?:wurde|ist) (?:\w+ ){0,3}(?:geschlossen|archiviert)\b",
        # (the status line may name the application again: "Status: Bewerbung abgelehnt")
        r"\b(?:bewerbungs|kandidaten)?status(?: (?:ihrer|deiner) bewerbung)?:? (?:wurde (?:auf |zu )?|ist |lautet )?"
        r"(?:(?:bewerbung|kandidatur) )?(?:abgesagt|absage|abgelehnt|"
        r"nicht erfolgreich|nicht berucksichtigt|nicht ausgewahlt)\b",
        # (sweep 2) a job board's status change: "der Status Ihrer Bewerbung bei X hat sich geändert: Abgesagt"
        r"\bstatus (?:ihrer|deiner) bewerbung\b[^.!?;]{0,60}\b(?:wurde|ist|hat sich geandert:?) (?:auf |zu |in )?[\"'(]?(?:abgesagt|absage|abgelehnt|nicht erfolgreich|"
        r"nicht berucksichtigt|nicht ausgewahlt)\b"),
    fam("von Ihrer Bewerbung trennen / Entscheidung gegen Sie ausgefallen", 4.0, ("trennen", "gegen"),
        r"\btrennen (?:wir )?uns\b[^.!?;]{0,30}\bvon (?:ihrer|deiner) (?:bewerbung|kandidatur)\b",
        r"\b(?:entscheidung|wahl|auswahl)\b (?:\w+ ){0,3}gegen (?:sie|dich|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b (?:\w+ )?"
        r"(?:ausgefallen|gefallen|getroffen)\b"),
]

# (third probe: preferred / given priority; continuing with others "whose experience fits better"; nominal "the hiring of
# another applicant has taken place"; "remains unconsidered"; "it has become a no")
DECISIONS += [
    fam("andere Bewerbung vorgezogen / Vorrang gegeben", 4.0, ("vorgezogen", "vorrang", "richtung"),
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\bvorgezogen\b",
        r"\b(?:den )?vorrang (?:gegeben|geben|eingeraumt|einraumen)\b",
        r"\b(?:stelle|position|rolle|suche|besetzung)\b[^.!?;]{0,30}\bin eine andere richtung\b|"
        r"\bin eine andere richtung\b[^.!?;]{0,30}\b(?:stelle|position|rolle|suche|besetzung)\b"),
    fam("mit Kandidaten fort, deren Erfahrung besser passt", 4.0, (" fort, d", " weiter, d"),
        rf"\bmit (?:den |einigen |zwei |drei |anderen )?(?:\w+ )?{_SOMEONE}\b[^.!?;]{{0,20}}\b(?:fort|weiter), (?:die|deren|der|dessen)\b"
        r"[^.!?;]{0,40}\b(?:besser|mehr|eher|genauer|starker|naher|bereits|schon)\b"),
    fam("Profil kommt nicht in Frage / nehmen Bewerbung nicht an", 4.0, ("in frage", "in betracht", "nicht an"),
        r"\b(?:ihr|dein) (?:profil|dossier|lebenslauf)\b (?:\w+ )?(?:kommt|kam)\b[^.!?;]{0,40}\bnicht (?:\w+ )?in (?:betracht|frage)\b",
        r"\b(?:nehmen (?:wir )?|wir nehmen )(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur) (?:\w+ ){0,2}nicht an\b"),
    fam("Einstellung eines anderen erfolgt / unberücksichtigt", 4.0, ("erfolgt", "unberucksichtigt"),
        rf"\b(?:einstellung|besetzung|auswahl|entscheidung)\b (?:eines|einer|zugunsten (?:eines|einer)) {_OTHER} {_SOMEONE}\b[^.!?;]{{0,30}}"
        r"\b(?:erfolgt|abgeschlossen|gefallen)\b",
        r"\b(?:(?:ihre|deine) (?:bewerbung|kandidatur|unterlagen)|(?:ihr|dein) (?:dossier|profil))\b[^.!?;]{0,40}\bunberucksichtigt\b"
        r"(?![^.!?;]{0,40}\b(?:falls|wenn|sofern|solange|sollte)\b)"),
    fam("es ist eine Absage geworden", 4.0, ("geworden",),
        r"\b(?:(?:es|das) (?:ist|wurde)|(?:ist|wurde) (?:es|das)) (?:leider |diesmal |also |nun )*(?:eine absage|ein nein|nichts|nix) geworden\b",
        # the chosen one is somebody else: "wir haben entschieden, wer den Laden leitet - Sie sind es leider nicht
        # geworden"
        r"\b(?:sie sind|du bist|sind sie|bist du) es (?:\w+ ){0,2}nicht geworden\b",
        r"\b(?:(?:es|das) (?:ist|wurde)|(?:ist|wurde) (?:es|das)) (?:leider |diesmal |also |nun )*jemand(?:e[nm])? "
        r"(?:anderes|anders|andere[rs]?)\b "
        r"(?:\w+ )?geworden\b",
        # (at a sentence's start only: "aus dem Umzug ist leider nichts geworden" is no verdict)
        r"(?<![a-z0-9] )\bist (?:leider |diesmal |also |nun )+(?:nichts|nix) geworden(?= ?[.!;:)-]|$|,)",
        r"\b(?:ist es|es ist) (?:leider )?(?:fur |fuer )?(?:diesmal|dieses mal|heuer|dieses jahr) (?:leider )?(?:nichts|nix) geworden\b",
        r"\b(?:(?:es|das) (?:ist|wurde)|(?:ist|wurde) (?:es|das)) (?:leider |diesmal |also )*nicht (?:die|der|das) (?:\w+ )?(?:stelle|job|rolle|position)\b[^.!?;]{0,20}"
        r"\bgeworden\b"),
]

# (fourth probe: formal letters of public bodies and start-ups alike)
_FIRM_OTHER = r"(?:andere[nr]?|externe[nr]?|interne[nr]?)"
DECISIONS += [
    fam("kein positiver Bescheid / nicht zum Erfolg geführt", 4.0, ("keine", "gefuhrt", "fuhren"),
        r"\bkeine[n]? (?:positive[n]?|gute[n]?|erfreuliche[n]?|zusagende[n]?) (?:ruckmeldung|nachricht|antwort|entscheidung|bescheid|ergebnis)\b",
        r"\bnicht (?:zu[mr]?|zu einer|zu einem) (?:gewunschten |erhofften |erwunschten )?(?:erfolg|ergebnis|zusage|"
        r"einstellung)\b (?:\w+ )?"
        r"(?:gefuhrt|fuhren)\b"),
    fam("entschlossen, die Zusammenarbeit nicht einzugehen", 4.0, ("entschieden", "entschlossen", "beschlossen", "entscheiden"),
        rf"\b(?:entschieden|entschlossen|beschlossen|entscheiden|entschliessen)\b[^.!?;]{{0,60}}\bnicht (?!nur\b)(?:\w+ )?(?:mehr |weiter )?"
        rf"(?:{_TAKE_ON}|einzugehen|zu vergeben|auszusprechen)\b"),
    fam("eine Kandidatin mit mehr Erfahrung gewählt / vorgeschlagen", 4.0, ("gewahlt", "eingestellt", "genommen", "berufen",
                                                                            "vorgeschlagen", "nominiert", "benannt"),
        rf"\b(?:haben|hatten) (?:wir )?(?:\w+ ){{0,2}}(?:eine[nr]?|jemand\w*) (?:\w+ )?{_PERSON}\b (?:mit|aus|von)\b[^.!?;]{{0,50}}"
        r"\b(?:gewahlt|ausgewahlt|eingestellt|genommen|berufen)\b",
        # ...or the person's merit in a relative clause: "wir haben eine Person eingestellt, die schon im Unternehmen
        # arbeitet"
        rf"\b(?:haben|hatten) (?:wir )?(?:\w+ ){{0,2}}(?:eine[nr]?|jemand\w*) (?:\w+ )?{_PERSON} (?:\w+ ){{0,2}}"
        rf"(?:eingestellt|genommen|"
        r"gewahlt|ausgewahlt), (?:die|der|deren|dessen) (?:\w+ ){0,3}(?:schon|bereits|mehr|langer|besser)\b",
        rf"\b{_FIRM_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\b(?:vorgeschlagen|nominiert|berufen|benannt)\b",
        r"\bjemand(?:en)? (?:anderen|anderes|anders|internes|externes|intern|extern)\b (?:\w+ ){0,2}(?:genommen|geholt|eingestellt|gewahlt|"
        r"ausgewahlt)\b",
        r"\b(?:(?:haben|hatten) (?:wir|ich)|(?:wir|ich) (?:haben|hatten)) (?:\w+ )?jemanden (?:(?:mit|aus|von|vom|fur|der|die|den) [^.!?;,]{0,40})?(?:eingestellt|genommen|gewahlt|"
        r"ausgewahlt)\b"),
    fam("gegen eine weitere Runde entschieden / anders orientiert", 4.0, ("gegen", "orientiert"),
        r"\bgegen (?:eine |die )?(?:weitere |nachste |zweite |dritte )(?:runde|gesprachsrunde|stufe|phase|auswahlrunde)\b[^.!?;]{0,30}"
        r"\b(?:entschieden|ausgesprochen|entschlossen)\b(?![^.!?;]{0,60}\b(?:angebot|anbieten|zusage|vertrag|einladen|direkt)\w*)",
        r"\b(?:uns|wir)\b[^.!?;]{0,20}\b(?:anders|anderweitig|neu) orientiert\b"),
    fam("Stelle von einem anderen übernommen / Einstellung einer anderen", 4.0, ("ubernommen", "ubernimmt", "ubernahm", "einstellung",
                                                                              "besetzung", "berufung", "auswahl"),
        rf"\b(?:stelle|rolle|position|aufgabe)\b[^.!?;]{{0,30}}\bvon (?:einer?m?) (?:\w+ )?{_PERSON}\b[^.!?;]{{0,30}}\bubernommen\b",
        rf"\b(?:stelle|rolle|position)\b (?:ubernimmt|ubernahm)\b (?:\w+ ){{0,2}}(?:eine?r?) (?:\w+ )?{_PERSON}\b",
        rf"\b(?:einstellung|anstellung|besetzung|berufung|auswahl) (?:eines|einer) {_FIRM_OTHER} {_SOMEONE}\b"),
    fam("nicht in die nächste Stufe übernommen / Prozess beendet", 4.0, ("ubernommen", "ubernehmen", "beendet", "abgebrochen",
                                                                         "eingestellt"),
        r"\b(?:sie|dich|(?:ihre|deine) (?:(?:initiativ|blind|spontan|online)?bewerbung|kandidatur))\b[^.!?;]{0,30}\bnicht (?:in den|in die|in das|ins) (?:\w+ ){0,5}"
        r"(?:ubernommen|ubernehmen)\b",
        rf"\b(?:ihr|dein) (?:\w+ )?{_PROC_ALL}\b (?:wurde|ist|wird) (?:\w+ ){{0,2}}(?:beendet|abgebrochen|eingestellt)\b"),
    fam("kein Vorstellungsgespräch / Sie sind raus", 4.0, ("kein", " raus"),
        # (said to the reader: "Bewerberinnen, die keine Einladung erhalten, informieren wir ..." is about others)
        r"(?<!die )(?<!der )(?<!denen )(?<!welche )\bkein(?:e|en)? (?:\w+ )?(?:vorstellungsgesprach|gesprach|interview|einladung|probetag|"
        r"zweitgesprach)\w*\b[^.!?;]{0,40}\b(?:anbieten|geben|aussprechen|machen|schicken|senden|vereinbaren|fuhren)\b",
        r"\b(?:sie erhalten|du erhaltst|sie bekommen|du bekommst|erhalten sie|bekommen sie)\b (?:\w+ ){0,2}keine (?:\w+ )?(?:einladung|zusage)\b"
        r"(?! (?:per|mit der|auf dem) )",
        r"\b(?:du bist|sie sind|bist du|sind sie)\b (?:\w+ ){0,4}(?<!nicht )raus\b(?! aus| (?:gegangen|gekommen))"),
    fam("Kandidatur hat nicht überzeugt", 3.5, ("uberzeug",),
        r"\b(?:kandidatur|dossier|lebenslauf|auftritt|leistung|arbeitsprobe|fallstudie|prasentation|gesamteindruck|"
        r"ergebnis|"
        r"referenz\w*|gesprach\w*|interview\w*|probe(?:arbeit|tag)\w*)\b[^.!?;]{0,40}"
        r"\bnicht (?!nur\b)(?:\w+ ){0,3}(?:uberzeugt|uberzeugen)\b"),
]

# (fifth probe: start-up and agency register: no match / fit; preferred; "there were applicants who fit better")
_BETTER_FIT = (r"(?:besser|mehr|eher|genauer|starker|naher) (?:\w+ ){0,3}?(?:passen|passten|gepasst|uberzeugt|uberzeugen|uberzeugten|"
               r"entsprechen|entsprachen|erfahrung|mitbringen|mitbrachten|qualifiziert|geeignet)\b")
DECISIONS += [
    fam("kein Match / Fit, andere bevorzugt, es gab Bewerber, die besser passen", 4.0, ("match", "fit", "bevorzugt", "es gab", "gab es",
                                                                                      "es gibt", "gibt es", "vorgehen", "weitermachen",
                                                                                      "bewerbung einer", "profil einer",
                                                                                      "bewerbung eines", "profil eines"),
        r"\b(?:ist es|es ist|war es|es war|sehen wir|gibt es|es gibt|sehe ich) (?:\w+ ){0,2}kein(?:en)? (?:richtigen |passenden |perfekten )?"
        r"(?:match|fit)\b",
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\bbevorzugt\b",
        rf"\b(?:es gab|gab es|es gibt|gibt es)\b (?:\w+ ){{0,3}}(?:bewerbe\w*|bewerbung\w*|kandidat\w*|profile|personen)\b,? (?:die|deren|welche)\b"
        rf"[^.!?;]{{0,40}}\b{_BETTER_FIT}",
        r"\bgegen (?:eine |ein |die |das )?(?:weitere[ns]? )?(?:vorgehen|weitermachen|weiterkommen)\b[^.!?;]{0,40}\b(?:entschieden|ausgesprochen|"
        r"entschlossen)\b",
        rf"\b(?:fur|zugunsten) (?:die|das) (?:bewerbung|profil|kandidatur) (?:einer|eines) (?:\w+ )?{_PERSON}\b[^.!?;]{{0,40}}"
        r"\b(?:entschieden|ausgesprochen|entschlossen)\b"),
]

# --- round 7 (dev7/de): frequent template wordings still missing -----------------------------------------------------
# [the reader] [does not meet / does not have] [the requirements / qualification]; [no need] for [the reader's profile];
# the public-sector notice to competitors: [the post] [is to be / shall be] filled [with Ms X / another applicant].
DECISIONS += [
    fam("Voraussetzungen nicht erfüllt / kein Bedarf an Ihrem Profil", 3.5, ("erfull", "verfug", "bringen", "bringst", "bedarf"),
        # (either order of subject and verb: "Sie erfüllen ... nicht", "leider erfüllen Sie nicht alle Voraussetzungen")
        r"\b(?:(?:sie|du)\b (?:\w+ ){0,3}(?:erfullen|erfullst|erfullten|erfulltest)|(?:erfullen|erfullst|erfullten|erfulltest) (?:sie|du))\b "
        r"(?:\w+ ){0,5}?(?:voraussetzung|anforderung|kriterien|bedingung)\w*\b(?: (?:\w+ ){0,6}?)? ?(?<!und )nicht\b"
        r"(?! nur\b)",
        r"\b(?:(?:sie|du)\b (?:\w+ ){0,3}(?:erfullen|erfullst|erfullten|erfulltest)|(?:erfullen|erfullst|erfullten|erfulltest) (?:sie|du))\b "
        r"(?:\w+ )?nicht (?:\w+ ){0,6}?(?:voraussetzung|anforderung|kriterien|bedingung)\w*",
        # the profile or the application as the subject: "Ihr Profil erfüllt leider nicht alle Anforderungen der Stelle"
        r"\b(?:(?:ihr|dein) (?:profil|lebenslauf|dossier)|(?:ihre|deine) (?:bewerbung|qualifikation\w*|unterlagen)) "
        r"(?:\w+ ){0,2}erfullt (?:\w+ )?nicht "
        r"(?:\w+ ){0,3}(?:voraussetzung|anforderung|kriterien)\w*|\berfullt (?:ihr|dein) (?:profil|lebenslauf|"
        r"dossier) (?:\w+ )?nicht (?:\w+ ){0,3}"
        r"(?:voraussetzung|anforderung|kriterien)\w*",
        # a test's result as the subject, the negation last: "Ihr Assessment-Ergebnis erfüllt die Anforderungen leider nicht"
        r"\b(?:ihr|dein) (?:[\w-]*ergebnis|[\w-]*resultat|profil|lebenslauf|dossier) (?:\w+ ){0,2}?erfullt (?:\w+ ){0,4}?"
        r"(?:voraussetzung|anforderung|kriterien|erwartung)\w* (?:\w+ ){0,2}?nicht\b(?! nur\b)",
        r"\b(?:(?:sie|du)\b (?:\w+ ){0,2}(?:verfugen|verfugst|verfugten|bringen|bringst|brachten)|(?:verfugen|verfugst|verfugten|bringen|bringst|brachten) "
        r"(?:sie|du))\b (?:\w+ ){0,2}nicht (?:uber )?(?:die |alle |das |den )?(?:\w+ )?(?:qualifikation|berufserfahrung|erfahrung|kenntnisse|"
        r"voraussetzung|abschluss|ausbildung|anerkennung)\w*",
        r"\bkeinen (?:\w+ )?(?:personal)?bedarf\b[^.!?;]{0,30}\b(?:an|fur) (?:ihr\w*|dein\w*) (?:profil|mitarbeit|unterstutzung|qualifikation\w*|"
        r"bewerbung|person|arbeitskraft)\b",
        r"\b(?:an|fur) (?:ihr\w*|dein\w*) (?:profil|mitarbeit|bewerbung|qualifikation\w*)\b[^.!?;]{0,40}\bkeinen (?:\w+ )?bedarf\b",
        r"\bwir (?:derzeit |aktuell |momentan |zurzeit |leider |im moment )+keinen (?:personal|einstellungs)?bedarf (?:haben|hatten|sehen)\b"),
    fam("Stelle soll mit einer anderen Person besetzt werden (Konkurrentenmitteilung)", 4.0, ("besetzt werden", "zu besetzen"),
        r"\b(?:stelle|position|dienstposten|planstelle|vakanz)\b (?:\w+ ){0,3}(?:soll|sollen|wird|werden)\b (?:\w+ ){0,3}mit (?:frau|herrn|herr|"
        r"einer?m? (?:\w+ )?(?:mitbewerber|bewerber|kandidat|person)\w*)\b(?:[^.!?;]|\b(?:dr|prof|mag|dipl|ing)\.){0,40}\bbesetzt werden\b",
        r"\b(?:beabsichtigt|vorgesehen|geplant|entschieden|entschlossen|beschlossen)\b[^.!?;]{0,30}\b(?:stelle|position|dienstposten|planstelle)\b "
        r"(?:\w+ ){0,2}mit (?:frau|herrn|herr|jemandem|einer?m? (?:\w+ )?(?:mitbewerber|bewerber|kandidat|person)\w*)\b(?:[^.!?;]|\b(?:dr|prof|mag|dipl|ing)\.){0,40}\bzu besetzen\b"),
    # (each idea gated by its own rare word, so the broad families above keep their cheap gates)
    fam("Ihr Weg endet hier / nicht geschafft / keine Perspektive", 4.0,
        ("ihr weg", "dein weg", "schluss", "geschafft", "perspektive", "zukunft", "moglichkeit zur",
         "moglichkeit einer", "keine stelle", "stelle anbieten", "position anbieten", "anstellung", "beschaftigung",
         "einsatzmoglichkeit", "einstiegsmoglichkeit", "keine moglichkeit"),
        # "dass Ihr Weg bei uns hier endet" (not "endet hier noch nicht")
        r"\b(?:ihr|dein) (?:weg|bewerbungsweg)\b (?:\w+ ){0,3}(?:hier |an dieser stelle |damit |leider |nun )*(?:endet|beendet|zu ende)\b"
        r"(?! (?:\w+ ){0,2}nicht\b)",
        # "leider ist für Sie hier Schluss" (not the end of a working day: "für Sie ist um 16 Uhr Schluss")
        r"\b(?:fur (?:sie|dich) (?:ist|war)|(?:ist|war) (?:\w+ )?fur (?:sie|dich)) (?:\w+ )?(?:hier|an dieser stelle|damit|leider) (?:\w+ )?schluss\b",
        # "Sie haben es leider nicht geschafft." (the clause ends there: not "..., den Test hochzuladen")
        r"\b(?:sie haben|haben sie|du hast|hast du) es (?:\w+ ){0,2}nicht geschafft(?= ?[.!;]|$| -)",
        # "wir können Ihnen bei uns keine Perspektive bieten" (not "keine Perspektive auf einen Dienstwagen")
        r"\b(?:ihnen|dir)\b (?:\w+ ){0,4}keine (?:\w+ )?(?:perspektive|zukunft|anstellung|beschaftigung|\w*stelle|"
        r"position)\b "
        r"(?:(?:bei|in|im|hier|mit|als)\b[^.!?;,]{0,25} )?(?:bieten|anbieten|geben)\b",
        # "wir sehen keine Möglichkeit einer Zusammenarbeit"
        r"\bkeine moglichkeit (?:zur|einer) (?:weiteren )?(?:zusammenarbeit|anstellung|einstellung|beschaftigung)\b",
        # "wir sehen keine Möglichkeit, Sie in die engere Wahl einzubeziehen" (not a day: "Sie am Freitag einzuladen")
        r"\bkeine moglichkeit,? (?:sie|dich) (?!(?:\w+ ){0,5}?(?:am|um|heute|morgen|montag|dienstag|mittwoch|donnerstag|"
        r"freitag|termin\w*)\b)(?:\w+ ){0,5}?(?:einzubeziehen|einzuladen|einzustellen|zu berucksichtigen|aufzunehmen|"
        r"zu beschaftigen)\b",
        r"\bkeine moglichkeit,? (?:ihnen|dir) (?:ein |eine |einen )?(?:\w+ )?(?:angebot|stelle|position|zusage|vertrag)\w* "
        r"(?:anzubieten|zu machen|zu unterbreiten|zu geben)\b",
        r"\b(?:sehen|haben|gibt es|finden)\b (?:\w+ ){0,3}keine (?:\w+ )?(?:einsatzmoglichkeit(?:en)?|perspektive)\b"
        r"(?! auf\b)|"
        r"\bkeine (?:\w+ )?(?:einsatz|einstiegs)moglichkeit(?:en)? (?:fur (?:sie|dich)|bei uns)\b"),
]

# --- round 8 (a sweep of registers in no corpus, see tests/test_detect_sweep_de.py) --------------------------------
# [decided] to give [the post] to [someone else / a student]; [posts / the search] [frozen / put on ice]; [we must]
# [end / abort] [the process]; [profile] does not [agree] with the requirements / [no fit]; [no free places / posts]
# [left]; [no need] for [more staff]; verb-first and object-first orders ("Entschieden wurde sich für ...", "In die
# engere Auswahl wurden Sie nicht aufgenommen"); the process [goes on] with [other candidates]; "eine Absage für Sie";
# a team that is [already] full. Each idea is gated by its own rare word.
_PROCESS_ANY = (r"(?:prozess|verfahren|\w*(?:auswahl|bewerbungs|besetzungs|rekrutierungs|einstellungs)(?:verfahren|"
                r"prozess))")
_REST = r"(?:leider |also |daher |deshalb |diesmal |dieses mal |heute |nun |jetzt )*"
_WE_MUST = r"(?:(?:mussen|muss|mussten|musste) (?:wir|ich)|(?:wir|ich) (?:mussen|muss|mussten|musste))"
DECISIONS += [
    fam("entschieden, die Stelle einer anderen Person zu geben", 4.0,
        ("anzubieten", "zu geben", "zu vergeben", "zu ubertragen", "zuzusagen"),
        r"\b(?:entschieden|entschlossen|beschlossen)\b[^.!?;]{0,20}\b(?:die|diese|unsere) (?:stelle|position|rolle|job|platz)\b "
        r"(?:\w+ ){0,2}?(?:an )?(?:jemand(?:en|em)? (?:anderen|anderem|anders)|(?:einem|einer) (?:\w+ ){0,2}?(?:student\w*|"
        r"bewerber\w*|kandidat\w*|person|kolleg\w*|mitarbeiter\w*|absolvent\w*|fachkraft))\b[^.!?;]{0,40}"
        r"\b(?:zu geben|zu vergeben|anzubieten|zu ubertragen|zuzusagen)\b"),
    # a hiring freeze in other words: "wir haben alle offenen Stellen eingefroren", "die Suche auf Eis gelegt"
    # ...and recruiting itself stopped: "alle laufenden Rekrutierungen wurden gestoppt", "die Rekrutierung wurde
    # ausgesetzt", "die Ausschreibung beendet, ohne die Stelle zu besetzen"
    fam("Stellen eingefroren / Suche auf Eis gelegt", 3.5, ("eingefroren", "einfrieren", "auf eis", "gestoppt",
                                                            "ausgesetzt", "abgebrochen", "zu besetzen", "zuruckgestellt"),
        r"\b(?:stelle|stellen|position\w*|vakanz\w*|suche|rekrutierung\w*|besetzung|einstellungen|neueinstellungen|"
        rf"{_PROCESS_ANY})\b[^.!?;]{{0,60}}(?<!nicht )\b(?:eingefroren|einfrieren|auf eis (?:gelegt|legen|liegt|liegen))\b",
        r"\b(?:rekrutierung\w*|recruiting\w*|stellenbesetzung\w*|personalsuche|ausschreibung\w*|besetzung der stelle)\b"
        r"[^.!?;]{0,50}(?<!nicht )\b(?:gestoppt|ausgesetzt|abgebrochen|zuruckgestellt)\b",
        r"\bohne (?:die|diese|unsere) (?:stelle|position|vakanz|rolle) (?:\w+ )?zu besetzen\b"),
    # the process ended with a modal: "leider müssen wir den Rekrutierungsprozess aus budgetären Gründen abbrechen",
    # "wir müssen Ihre Kandidatur daher leider schliessen"; the compound noun: "das Stellenbesetzungsverfahren wurde
    # eingestellt"
    fam("Verfahren müssen wir abbrechen / wurde eingestellt", 3.5,
        ("abbrechen", "beenden", "stoppen", "schliessen", "eingestellt", "abgebrochen", "gestoppt"),
        rf"\b{_WE_MUST} (?:\w+ ){{0,3}}(?:den|das|unseren|unser|ihren|deinen|ihr|dein) "
        rf"(?:\w+ )?{_PROCESS_ANY}\b (?:\w+ ){{0,6}}(?:abbrechen|beenden|einstellen|stoppen)\b",
        rf"\b{_WE_MUST} (?:\w+ ){{0,3}}(?:ihre|deine) (?:(?:initiativ|online)?bewerbung|"
        r"kandidatur) (?:\w+ ){0,3}(?:schliessen|archivieren|beenden)\b",
        r"\b\w*(?:stellenbesetzungs|besetzungs|bewerbungs|rekrutierungs)(?:verfahren|prozess)\b (?:\w+ ){0,2}(?:wurde|ist) "
        r"(?:\w+ ){0,2}(?:eingestellt|abgebrochen|gestoppt)\b"),
    # "Ihre Qualifikation stimmt nicht mit den Anforderungen überein", "keine ausreichende Passung für die Rolle"
    fam("Profil stimmt nicht überein / keine Passung", 4.0, ("uberein", "passung"),
        r"\b(?:profil|qualifikation\w*|erfahrung\w*|kenntnisse|werdegang|unterlagen)\b[^.!?;]{0,40}\bnicht (?:\w+ ){0,6}?"
        r"(?:ubereinstimm\w*|uberein)\b",
        r"\bkeine (?:ausreichende |echte |wirkliche |hinreichende |genugende )?passung\b"),
    # no place left: "keine Praktikumsplätze mehr frei", "keine freie Stelle, die zu dir passt"
    fam("keine freien Plätze / keine Stelle, die zu Ihnen passt", 3.5, ("frei", "verfugbar", "zu vergeben", "passt", "passen"),
        r"\bkeine (?:\w+ )?(?:praktikums|ausbildungs|lehr|werkstudenten|trainee)?(?:platze|stellen|vakanzen|"
        r"(?:praktikums|ausbildungs|lehr)platz) (?:\w+ )?(?:mehr )?(?:frei|verfugbar|zu vergeben)\b",
        r"\bkeine (?:\w+ )?(?:stelle|position|vakanz)\b,? (?:die|welche) (?:\w+ ){0,2}zu (?:ihnen|dir|ihrem profil|"
        r"deinem profil) (?:passt|passen)\b"),
    # no need of more staff: "keinen Bedarf an Verstärkung", "leider haben wir keinen Bedarf mehr"
    fam("kein Bedarf an Verstärkung", 3.5, ("bedarf",),
        r"\bkeinen (?:\w+ )?bedarf (?:mehr )?(?:an|fur) (?:\w+ )?(?:verstarkung|personal|mitarbeiter\w*|aushilfe\w*|"
        r"fachkraft\w*|arbeitskraft\w*|kolleg\w*)\b",
        r"\b(?:haben|hatten) (?:wir )?(?:leider |aktuell |derzeit |momentan )*keinen (?:\w+ )?bedarf mehr(?= ?[.!;,]|$)"),
    # verb first or object first: "Entschieden wurde sich für eine Kandidatin", "In die engere Auswahl wurden Sie
    # leider nicht aufgenommen", "wir nehmen Sie nicht."
    fam("Wortstellung: entschieden wurde sich für ... / in die engere Auswahl nicht", 4.0,
        ("entschieden wurde", "entschieden haben", "entschieden hat", "in die", "in den", "nehmen sie", "nehmen dich"),
        r"\bentschieden (?:wurde sich|haben wir uns|hat sich(?: \w+){1,3}?) (?:\w+ )?(?:fur|zugunsten) (?:eine?n?r?s? )?"
        r"(?:\w+ )?(?:kandidat|bewerber|mitbewerber|person)\w*",
        r"\bin (?:die|den) (?:engere|engsten|nachste|weitere|finale|zweite)\w* (?:wahl|auswahl|runde|kreis|phase|stufe)\b "
        r"(?:\w+ ){0,3}(?:sie|du|dich)\b (?:\w+ ){0,2}nicht (?:\w+ )?(?:aufgenommen|gekommen|genommen|einbezogen|"
        r"eingeladen|gelangt)\b",
        rf"\b(?:wir|ich) nehmen (?:sie|dich) {_REST}nicht(?= ?[.!;,]|$)"),
    # the process goes on with others, the verb split: "wir setzen den Prozess mit anderen Kandidatinnen fort"
    fam("Prozess mit anderen fortgesetzt (trennbares Verb)", 4.0,
        ("mit anderen", "mit den anderen", "mit weiteren", "mit den ubrigen", "mit den verbleibenden", "mit ubrigen"),
        rf"\b(?:setzen|fuhren|machen|gehen) (?:wir )?(?:(?:den|das|unseren|unser|die) (?:\w+ )?(?:{_PROCESS_ANY}|"
        rf"auswahl|gesprache|suche) )?(?:\w+ ){{0,2}}mit (?:den )?(?:{_OTHER} |ubrigen |verbleibenden ){_SOMEONE}\b"
        # (not the order of things: "mit den anderen erst nächste Woche weiter und laden Sie danach ein")
        r"(?![^.!?;]{0,60}\b(?:erst|noch nicht|zunachst|zuerst)\b)[^.!?;]{0,60}\b(?:fort|weiter)\b"),
    # "wir haben leider eine Absage für Sie", "wir haben das Team(chen) schon voll"
    fam("eine Absage für Sie / Team schon voll", 3.5, ("absage f", "voll", "komplett"),
        r"(?<!keine )\babsage (?:fur|fuer) (?:sie|dich)\b",
        r"\b(?:team\w*|stellen|platze)\b (?:\w+ ){0,2}(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ )?(?:voll|"
        r"komplett)(?= ?[.!;,]|$)"),
    # every open application closed, the reader's among them: "wir schliessen alle offenen Bewerbungen, auch Ihre"
    fam("alle Bewerbungen geschlossen, auch Ihre", 4.0, ("auch ihre", "auch deine", "so auch", "einschliesslich"),
        r"\b(?:bewerbungen|rekrutierungen|bewerbungsverfahren|verfahren|prozesse)\b[^.!?;]{0,50}\b(?:gestoppt|geschlossen|"
        r"schliessen|abgebrochen|beendet|eingestellt|archiviert)\b[^.!?;]{0,20}\b(?:so auch|auch|einschliesslich) "
        r"(?:ihre|deine|ihr|dein)\b",
        r"\b(?:schliessen|stoppen|beenden|archivieren) (?:wir )?(?:\w+ ){0,3}alle (?:\w+ )?(?:bewerbungen|verfahren|"
        r"bewerbungsverfahren|prozesse)\b,? (?:so auch|auch|einschliesslich) (?:ihre|deine|ihr|dein)\b"),
    # the last round named otherwise: "nicht in die Endauswahl gekommen"; one of few, not the reader: "Sie gehören
    # leider nicht dazu"; dropped out, verb last: "dass Sie im Bewerbungsverfahren ausgeschieden sind"
    fam("nicht in die Endauswahl / gehören nicht dazu / im Verfahren ausgeschieden", 4.0,
        ("endauswahl", "endrunde", "finalrunde", "shortlist", "gehor", "ausgeschieden"),
        r"\bnicht in die (?:\w+ )?(?:endauswahl|endrunde|finalrunde|shortlist|auswahlrunde|gesprachsrunde)\b[^.!?;]{0,20}"
        r"\b(?:gekommen|aufgenommen|genommen|gelangt|eingeladen|geschafft)\b",
        r"\b(?:sie gehoren|gehoren sie|du gehorst|gehorst du) (?:\w+ ){0,2}nicht (?:dazu\b|zu (?:den|diesen) (?:\w+ )?"
        r"(?:kandidat|bewerber|ausgewahlt|personen|eingeladen)\w*)",
        r"\b(?:sie|du)\b (?:\w+ )?(?:im|aus dem) (?:\w+ )?(?:verfahren|prozess|auswahlverfahren|bewerbungsverfahren|"
        r"bewerbungsprozess|auswahlprozess)\b (?:\w+ ){0,2}ausgeschieden\b"),
    # the post taken meanwhile by a named kind of person: "wir haben inzwischen eine Physiotherapeutin eingestellt";
    # nobody needed any more: "wir brauchen leider doch keine Aushilfe mehr"
    fam("inzwischen jemanden eingestellt / keine Aushilfe mehr gebraucht", 3.5, ("eingestellt", "mehr"),
        r"\b(?:haben|hatten) (?:wir )?(?:inzwischen|bereits|schon|mittlerweile|zwischenzeitlich) (?:eine[nr]?|jemand\w*) "
        r"(?:\w+ )?(?:\w+(?:in|er|ent|ant|eur|ist|kraft)|person|kandidat\w*|bewerber\w*) eingestellt\b",
        r"\b(?:suchen|brauchen|benotigen)\b (?:\w+ ){0,3}(?:keine[nr]?|niemand\w*) (?:\w+ )?(?:aushilfe\w*|verstarkung|"
        r"mitarbeiter\w*|\w*krafte?|personal|kolleg\w*|leute) mehr\b"),
    # (third batch) the post went to a named kind of person, or enough people were found: "die Stelle an einen
    # Bewerber aus der Umgebung vergeben", "schon eine neue Kollegin gefunden", "bereits genügend Pflegekräfte
    # gefunden"; the reader left off a list: "hat Sie nicht in die Liste der einzuladenden Personen aufgenommen"
    fam("Stelle an eine Person vergeben / schon jemanden gefunden / nicht auf die Liste", 4.0,
        ("vergeben", "gegeben", "zugesagt", "gefunden", "aufgenommen"),
        r"\b(?:stelle|position|rolle|job|platz)\b (?:\w+ ){0,3}an (?:eine[nr]?|jemand\w*) (?:\w+ ){0,2}?(?:bewerber\w*|"
        r"kandidat\w*|person|kolleg\w*|mitarbeiter\w*|\w+(?:in|ent|ant))\b[^.!?;]{0,50}\b(?:vergeben|gegeben|zugesagt|"
        r"ubertragen)\b",
        r"\b(?:haben|hatten) (?:sich |wir )?(?:\w+ ){0,3}(?:schon|bereits|inzwischen|mittlerweile) (?:(?:eine[nr]?|jemand\w*) "
        r"(?:neue[nr]? |passende[nr]? |andere[nr]? )?|genug |genugend |ausreichend )(?:kolleg\w*|mitarbeiter\w*|verstarkung|"
        r"\w*krafte?|bewerber\w*|kandidat\w*|person|nachfolger\w*|leute)\b (?:\w+ ){0,3}?gefunden\b",
        r"\b(?:sie|dich)\b (?:\w+ ){0,3}nicht in die (?:\w+ )?liste\b[^.!?;]{0,60}\baufgenommen\b"),
    # the ATS names the post at length: "Ihre Bewerbung für die Stelle Bürokaufmann bei Hansen & Söhne wurde vom
    # Arbeitgeber abgelehnt"; the application sent back: "wir müssen Ihre Bewerbung daher leider zurücksenden"; the
    # process ended as a consequence: "wir haben das Verfahren deshalb beendet"
    fam("Bewerbung (lang benannt) abgelehnt / zurückgesandt / Verfahren deshalb beendet", 4.0,
        ("abgelehnt", "abgesagt", "zuruckgewiesen", "zurucksenden", "zuruckschicken", "retournieren", "beendet",
         "abgebrochen"),
        r"\b(?:ihre|deine) (?:bewerbung|kandidatur)\b[^.!?;]{0,100}\b(?:wurde|ist) "
        r"(?:(?!nicht\b|nie\b|keineswegs\b|keinesfalls\b|noch\b)\w+ ){0,3}(?:abgelehnt|abgesagt|zuruckgewiesen)\b",
        rf"\b{_WE_MUST} (?:ihnen |dir )?(?:ihre|deine) (?:bewerbung|unterlagen|bewerbungsunterlagen) "
        r"(?:(?!nicht\b|noch\b)\w+ ){0,3}(?:zurucksenden|zuruckschicken|zuruckgeben|retournieren)\b",
        r"\b(?:haben|hatten) (?:wir )?(?:das|den|unser|unseren) (?:\w+ )?(?:verfahren|prozess|auswahlverfahren|"
        r"bewerbungsverfahren|bewerbungsprozess)\b (?:deshalb |daher |deswegen |somit |nun |leider |also )+"
        r"(?:beendet|abgebrochen|eingestellt|gestoppt)\b"),
    # (fourth batch) the decision to end it in the infinitive: "beschlossen, ... das Verfahren zu beenden",
    # "entschieden, derzeit keine neuen Mitarbeitenden einzustellen"; the consequence: "damit endet leider auch Ihr
    # Prozess", "wir schliessen Ihre Bewerbung daher"
    fam("beschlossen, das Verfahren zu beenden / niemanden einzustellen / Ihr Prozess endet", 4.0,
        ("zu beenden", "abzubrechen", "einzustellen", "endet", "schliessen"),
        rf"\b(?:entschieden|entschlossen|beschlossen)\b[^.!?;]{{0,60}}\b(?:das|den|unser|unseren) (?:\w+ )?{_PROCESS_ANY}\b "
        r"(?:\w+ )?(?:zu beenden|abzubrechen|einzustellen|zu stoppen)\b",
        r"\b(?:entschieden|entschlossen|beschlossen)\b[^.!?;]{0,40}\b(?:keine[nr]? (?:\w+ )?(?:mitarbeit\w*|personal|leute|"
        r"kolleg\w*|krafte|fachkrafte|beschaftigte\w*)|niemanden) (?:\w+ )?einzustellen\b",
        r"\b(?:damit|somit|hiermit|daher|deshalb) endet (?:\w+ ){0,2}(?:ihr|dein) (?:\w+ )?(?:prozess|verfahren|"
        r"bewerbungsprozess|bewerbungsverfahren|auswahlverfahren)\b(?! (?:\w+ )?nicht\b)",
        rf"\bschliessen (?:wir )?(?:ihre|deine) (?:(?:initiativ|online)?bewerbung|kandidatur) {_REST}(?:daher|deshalb|deswegen|"
        r"somit|hiermit)\b(?![^.!?;]{0,30}\b(?:ab|nicht)\b)|\b(?:daher|deshalb|deswegen|somit|hiermit) schliessen wir "
        r"(?:\w+ )?(?:ihre|deine) (?:(?:initiativ|online)?bewerbung|kandidatur)\b(?![^.!?;]{0,30}\b(?:ab|nicht)\b)"),
    # others advance, said of the deciding side: "der Kunde geht mit zwei anderen Kandidaten in die nächste Runde";
    # others proved better: "die anderen Bewerberinnen haben sich als passender erwiesen" (an open trade noun, "für
    # einen anderen Fotografen entschieden", is left out: a band's new drummer or a family's plumber reads the same)
    fam("andere gehen in die nächste Runde / erwiesen sich als passender", 4.0,
        ("nachste runde", "finale runde", "zweite runde", "engere", "passender", "geeigneter", "qualifizierter",
         "uberzeugender"),
        rf"\b(?:{_DECIDER}|wir)\b (?:\w+ ){{0,2}}(?:geht|gehen|gingen|ging) (?:\w+ ){{0,2}}mit (?:\w+ )?{_OTHER} {_SOMEONE}\b"
        r"[^.!?;]{0,20}\bin die (?:nachste|finale|zweite|dritte|weitere|engere)\b",
        rf"\b{_OTHER} {_SOMEONE}\b[^.!?;]{{0,40}}\bals (?:\w+ )?(?:passender|geeigneter|qualifizierter|uberzeugender)\b"),
    # enough people already: "wir haben schon genug Leute im Service"; "nicht mit Ihnen zusammenarbeiten werden"
    fam("schon genug Leute / werden nicht zusammenarbeiten", 3.5, ("genug", "ausreichend", "zusammenarbeiten"),
        r"\b(?:haben|hatten) (?:wir )?(?:\w+ ){0,3}(?:schon|bereits|inzwischen) (?:genug|genugend|ausreichend) (?:leute|personal|"
        r"mitarbeiter\w*|krafte|aushilfen)\b",
        r"\bnicht (?:mit (?:ihnen|dir) )?zusammenarbeiten (?:werden|konnen|wollen|mochten)\b|\bmit (?:ihnen|dir) "
        r"(?:\w+ )?nicht zusammenarbeiten\b"),
    # (fifth batch) the post no longer needed: "die Stelle wird nicht mehr benötigt"; "wir sind schon versorgt" ("die
    # Stelle ist nicht mehr frei / verfügbar" is left out: a job board says it of every expired posting)
    fam("Stelle nicht mehr benötigt / schon versorgt", 3.5, ("nicht mehr", "versorgt", "voll", "komplett", "ausgebucht"),
        r"\b(?:stelle|position|rolle)\b (?:\w+ ){0,2}(?:wird|wurde) (?:leider |inzwischen )*"
        r"nicht mehr (?:benotigt|gebraucht)\b",
        r"\b(?:wir sind|sind wir) (?:leider |aber |personell |also )*(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ )?"
        r"versorgt(?= ?[.!;,]|$)",
        # full up with trainees or helpers ("für dieses Jahr sind wir schon voll, was Praktikanten angeht"); the trainees
        # named in the same sentence, so no course, hotel or calendar that is full
        r"\b(?:wir sind|sind wir) (?:\w+ ){0,3}(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ )?(?:voll|komplett|ausgebucht)\b"
        r"(?=[^.!?;]{0,60}\b(?:praktik|azubi|auszubild|aushilf|werkstud|ausbildungspl|saisonkr)\w*)",
        r"\b(?:praktik|azubi|auszubild|aushilf|werkstud|saisonkr)\w*\b[^.!?;]{0,40}\b(?:wir sind|sind wir) (?:\w+ ){0,3}"
        r"(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ )?(?:voll|komplett|ausgebucht)\b"),
    # the reader's profile judged short: "der Fachbereich sieht Ihre Qualifikation nicht als ausreichend an"; no
    # invitation possible; no post offered in the zu-infinitive: "entschlossen, Ihnen keine Stelle anzubieten"
    fam("Qualifikation nicht ausreichend / Einladung nicht möglich / keine Stelle anzubieten", 4.0,
        ("ausreichend", "einladung", "anzubieten", "zu unterbreiten", "zu machen"),
        r"\b(?:ihre|deine|ihr|dein)\w* (?:qualifikation\w*|erfahrung\w*|kenntnisse|profil)\b[^.!?;]{0,30}\bnicht (?:als )?"
        r"(?:ausreichend|hinreichend)\b",
        r"\beinladung\b[^.!?;]{0,40}\b(?:ist|war|wird) (?:\w+ )?nicht (?:\w+ )?moglich\b",
        r"\b(?:ihnen|dir) (?:\w+ ){0,2}kein(?:e|en)? (?:\w+ )?(?:stelle|position|angebot|zusage|vertrag)\w* "
        r"(?:anzubieten|zu unterbreiten|zu machen|zu geben)\b"),
    # the platform's relay: "Nordlicht AG hat sich entschieden, nicht mit deiner Bewerbung fortzufahren"
    fam("entschieden, nicht mit Ihrer Bewerbung fortzufahren", 4.0,
        ("fortzufahren", "fortfahren", "weiterzumachen", "weitermachen", "fortzusetzen", "weiterzugehen"),
        r"\bnicht (?:mehr |weiter )?mit (?:ihrer|deiner|der) (?:(?:initiativ|online)?bewerbung|kandidatur) (?:\w+ )?"
        r"(?:fortzufahren|fortfahren|weiterzumachen|weitermachen|fortzusetzen|weiterzugehen)\b"),
]

# Look-alikes of the sweep: the reader's own withdrawal confirmed, a referral or friend told through the reader, the
# reader's team gets a new colleague, the reader's firm as a supplier, an invitation in the same mail.
LOOKALIKES += [
    fam("look-alike: the reader withdrew or lost interest, the company confirms (de)", -5.0,
        ("interessiert", "interesse mehr", "ruckzug", "zuruckgezogen", "zuruckziehen"),
        r"\b(?:dass|weil|da) (?:sie|du) (?:\w+ ){0,4}(?:nicht mehr|kein (?:\w+ )?interesse mehr)\b[^.!?;]{0,30}"
        r"(?:interessiert|interesse|zur verfugung)",
        r"\b(?:ihren|deinen|den) ruckzug\b",
        r"\b(?:sie|du) (?:haben|hast|hatten|hattest) (?:ihre|deine) (?:bewerbung|kandidatur) (?:\w+ )?zuruckgezogen\b",
        r"\b(?:dass|weil|da|wenn) (?:sie|du) (?:\w+ )?(?:ihre|deine) (?:bewerbung|kandidatur) (?:\w+ ){0,2}(?:zuruckziehen|"
        r"zuruckzuziehen)\b"),
    fam("look-alike: a referral or friend is told through the reader (de)", -5.0,
        ("bescheid", "richte", "freundes", "freundin", "bekannten"),
        r"\b(?:sag|sage|sagst du|gib|gibst du|richte|richtest du) (?:\w+ )?(?:ihm|ihr) (?:\w+ ){0,2}(?:bescheid|aus)\b",
        r"\b(?:deines|deiner|ihres|ihrer) (?:freundes|freundin|bekannten|bruders|schwester|sohnes|tochter)\b"),
    fam("look-alike: the reader's team gets a new colleague (de)", -4.0,
        ("neue kolleg", "neuer kolleg", "neue mitarbeiter", "neuer mitarbeiter", "deinem team", "eurem team", "dein team"),
        r"\b(?:der|die|dein|deine|euer|eure) neuen? (?:kolleg\w*|mitarbeiter\w*) (?:\w+ ){0,2}(?:beginnt|fangt|startet)\b",
        r"\b(?:stelle|position|vakanz)\w* (?:in|fur) (?:deinem|eurem|dein|euer) team\b"),
    fam("look-alike: the reader's firm as a supplier (de)", -5.0, ("lieferant", "zulieferer", "anbieter", "dienstleister"),
        r"\b(?:ihr(?:em|er|e)?|deine[mr]?) (?:unternehmen|firma|agentur|buro) als (?:\w+ )?(?:lieferant|zulieferer|anbieter|"
        r"dienstleister)\w*|\bals (?:\w+ )?(?:lieferant|zulieferer)\w*"),
    # the reader is the agency and the candidate is theirs: "Ihr Kandidat Herr Yildiz hat uns nicht überzeugt"
    fam("look-alike: the reader's candidate (de)", -5.0, ("kandidat", "bewerber"),
        r"\b(?:ihr|ihre|dein|deine|euer|eure|ihren|deinen) (?:kandidat(?:in|en)?|bewerber(?:in)?) (?:herr|herrn|frau)\b"),
    # the team completed by the reader: "mit dir ist das Team jetzt komplett"
    fam("look-alike: the team is complete with the reader (de)", -5.0, ("komplett", "vollstandig"),
        r"\bmit (?:dir|ihnen|euch) (?:ist|sind|wird|waren|war) (?:\w+ ){0,3}(?:komplett|vollstandig)\b"),
    # a bid or a quote of the reader's firm weighed by a buyer: "Ihr Angebot wurde bei der Wertung nicht berücksichtigt"
    fam("look-alike: the reader's bid or quote (de)", -5.0, ("angebot", "gebot", "offerte", "kostenvoranschlag"),
        r"\b(?:ihr|dein)(?:e[mns]?)? (?:angebot|gebot|offerte|kostenvoranschlag)\b[^.!?;]{0,60}\b(?:wertung|vergabe|"
        r"zuschlag|auftrag|budget|preis|frist|bieter|ausschreibung|lieferung|lieferant|leistungsverzeichnis)\w*"),
    # the reader's complaint or objection, not their application: "Ihre Beschwerde über die Wartezeit wurde leider
    # nicht berücksichtigt"
    fam("look-alike: the reader's complaint or objection (de)", -4.0, ("beschwerde", "einwand", "einwendung",
                                                                      "widerspruch", "reklamation", "anregung"),
        r"\b(?:ihr|ihre|dein|deine)[mnrs]? (?:beschwerde|einwand|einwendung(?:en)?|widerspruch|reklamation|anregung(?:en)?)\b"
        r"[^.!?;]{0,60}\bnicht (?:\w+ )?(?:berucksichtigt|berucksichtigen|stattgegeben|stattgeben)\b"),
    # the freeze named but said not to touch the reader: "der Einstellungsstopp betrifft Ihre Bewerbung nicht"
    fam("look-alike: a hiring freeze that spares the reader (de)", -4.0, ("betrifft", "betraf", "betroffen"),
        r"\b(?:einstellungs|recruiting|rekrutierungs)-?(?:stopp|stop|sperre)\w*\b[^.!?;]{0,40}\b(?:betrifft|betraf) "
        r"(?:\w+ ){0,3}nicht\b|\bnicht (?:vom|von dem|von einem) (?:\w+ )?(?:einstellungs|recruiting)-?(?:stopp|stop)\w* "
        r"betroffen\b"),
    fam("look-alike: an invitation to an interview in the same mail (de)", -4.0, ("einladen",),
        r"\b(?:mochten|wurden|wollen) (?:wir )?(?:sie|dich) (?:(?!nicht\b|leider\b|kein)\w+ ){0,8}(?:zu einem|zum) (?:\w+ )?"
        r"(?:gesprach|vorstellungsgesprach|interview|kennenlernen|kennenlerngesprach)\w* (?:\w+ )?einladen\b"),
]

# (sweep 2) an agency or a company tells the reader one post is gone *and* offers another in the same breath ("die
# Position bei meinem Kunden ist schon besetzt, aber ich habe eine spannende neue Rolle für Sie"): outreach, no verdict.
LOOKALIKES += [
    fam("look-alike: a post gone, another offered (de)", -4.0, ("aber", "jedoch", "dafur", "allerdings"),
        r"\b(?:besetzt|vergeben|weg)\b[^.!?;]{0,20}\b(?:aber|jedoch|dafur|allerdings)\b[^.!?;]{0,40}\b(?:habe|haben|hatte|hatten|hat) "
        r"(?:ich|wir|er|sie)? ?(?:\w+ ){0,3}(?:eine |einen |ein )?(?:neue|andere|weitere|spannende|interessante|passende)\w* "
        r"(?:\w+ )?(?:stelle|position|rolle|vakanz|job|aufgabe|projekt)\w*"),
]

# News of the reader's application heard second-hand (see en.py): a friend passes on what they picked up ("ich hab von
# Lisa gehört, dass die Firma sich für einen anderen entschieden hat. Deren Pech!"). Not a relay that names its source.
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (de)", -4.5,
        ("gehort", "angeblich", "anscheinend", "wie ich hore", "pech", "selbst schuld", "offiziell", "meinte",
         "erzahlt", "gesteckt", "fluster", "buschfunk"),
        r"\b(?:ich )?(?:hab|habe|hatte) (?:(?:grad|gerade|heute|gestern|schon|eben) )?(?:von \w+(?: \w+)? |uber \w+(?: \w+)? )?"
        r"(?:gehort|erfahren|mitbekommen),? (?:dass|die|der|sie|er)\b",
        r"\b(?:angeblich|anscheinend|wie ich hore|hab ich gehort),? (?:haben|hat|sind|ist) (?:die|sie|der|er)\b|"
        r"\b(?:angeblich|anscheinend) (?:die|sie|der|er) (?:haben|hat)\b",
        r"\b(?:deren|ihr|sein) pech\b|\bselbst schuld\b|\bbuschfunk\b|"
        r"\b(?:wird|werden) es dir (?:noch )?offiziell\b|\boffiziell (?:erfahrst|horst|bekommst) du\b",
        r"\b(?:mein|meine) (?:freund|freundin|kumpel|cousin|cousine|schwester|bruder|onkel|tante|nachbar|nachbarin|"
        r"ex-kollege|ex-kollegin|alte kollegin|alter kollege) (?:bei|von|aus) [\w&'.-]+(?: [\w&'.-]+)? "
        r"(?:sagt|meinte|hat erzahlt|erzahlte|hat mir gesteckt|schreibt)\b"),
]

# A job portal about a posting the reader only saved or looked at ("die Stelle, die du gemerkt hast, ist bereits besetzt",
# "ein Job auf Ihrer Merkliste"): no application of theirs
LOOKALIKES += [
    fam("look-alike: a posting the reader saved or viewed (de)", -4.0, ("gemerkt", "merkliste", "gespeichert", "angesehen",
                                                                         "angeschaut"),
        r"\b(?:stellen?|jobs?|anzeigen?|stellenanzeigen?|angebote?|stellenangebote?)\b[^.!?;]{0,60}\b(?:die|den|das) "
        r"(?:du|sie) (?:dir |sich )?(?:\w+ ){0,2}(?:gemerkt|gespeichert|angesehen|angeschaut) (?:hast|haben|hattest|hatten)\b",
        r"\b(?:auf|von) (?:deiner|ihrer) merkliste\b|\b(?:gemerkte|gespeicherte)n? (?:stellen?|jobs?|anzeigen?)\b"),
]

# --- sweep 3 (tests/test_detect_sweep3_de.py): a rival who convinced, a client who will not meet the reader, a
# selection stage not reached; and the look-alikes beside them (the writer's own withdrawal, a candidate by label) ----
_RIVAL = r"(?:bewerber(?:in)?|kandidat(?:in)?|mitbewerber(?:in)?|bewerbende[nr]?|kandidierende[nr]?|person|finalist(?:in)?)"
DECISIONS += [
    # a rival convinced, said with a "but" or a comparison ("in der Abwägung hat jedoch eine Bewerberin überzeugt, die
    # ...", "eine andere Kandidatin hat uns mehr überzeugt"); "Sie haben uns überzeugt" names the reader, and a plain "im
    # Finale hat uns eine Bewerberin überzeugt" is the reader's own hiring told to a colleague
    fam("eine Mitbewerberin hat überzeugt", 4.0, ("uberzeugt",),
        rf"\b(?:jedoch|aber|leider|letztlich|allerdings|schliesslich|doch)\b[^.!?;]{{0,40}}?\beine?r? (?:{_OTHER} )?{_RIVAL}\b"
        r"[^.!?;]{0,30}?(?<!nicht )(?<!nicht mehr )(?<!kein )\buberzeugt\b",
        rf"\beine?r? (?:{_OTHER} )?{_RIVAL}\b[^.!?;]{{0,30}}?\b(?:jedoch|aber|leider|letztlich|allerdings|schliesslich|doch)\b"
        r"[^.!?;]{0,20}?(?<!nicht )(?<!nicht mehr )\buberzeugt\b",
        rf"\beine?r? {_OTHER} {_RIVAL}\b[^.!?;]{{0,30}}?\b(?:mehr|starker|besser|deutlicher) uberzeugt\b"),
    # an agency's client will not meet the reader ("möchte der Kunde mit Ihrem Profil nicht in die Gespräche gehen",
    # "mein Mandant möchte Sie nicht kennenlernen"); "nicht nur kennenlernen" is more, not less
    fam("der Kunde möchte Sie nicht kennenlernen", 4.0, ("kennenlern", "kennen lern", "einladen", "gesprach", "interview"),
        rf"\b{_DECIDER}\b[^.!?;]{{0,40}}\b(?:ihnen|dir|sie|dich|(?:ihrem|deinem|ihr|dein) profil)\b[^.!?;]{{0,20}}?\bnicht "
        r"(?!nur\b)(?:\w+ )?(?:in (?:die|das|ein|ein weiteres) (?:\w+ )?(?:gesprach|interview)\w* (?:gehen|einsteigen)|"
        r"kennenlernen|kennen lernen|einladen)\b"),
    # a post named by its kind, given away ("die Saisonstelle ist leider schon an einen Kollegen vergeben", "der
    # Praktikumsplatz wurde bereits besetzt"); "noch nicht vergeben" is open
    fam("Saisonstelle / Praktikumsplatz vergeben", 3.5, ("vergeben", "besetzt"),
        rf"{_DE_NOT_SOME}\b(?:saison|aushilfs|teilzeit|vollzeit|werkstudenten|praktikums|praktikanten|ausbildungs|lehr|vertretungs|"
        r"assistenz|minijob|nebenjob|ferienjob|studenten|azubi)(?:stelle|platz|job)\w*\b[^.!?;]{0,40}?\b(?:ist|wurde|sind|wurden|war)\b"
        r"[^.!?;]{0,40}?(?<!nicht )(?<!nie )\b(?:vergeben|besetzt|nachbesetzt)\b"),
    # the next round without the reader ("wir gehen leider nicht mit dir in die nächste Runde")
    fam("nicht mit Ihnen in die nächste Runde", 4.0, ("runde", "phase", "stufe"),
        r"\b(?:gehen|geht|ziehen) (?:\w+ ){0,2}nicht mit (?:dir|ihnen|euch) in die (?:nachste|weitere|zweite|dritte|finale|"
        r"letzte) (?:\w+ )?(?:runde|phase|stufe)\b"),
    # the post itself gone, in a small employer's words ("die Stelle hat sich zwischenzeitlich erledigt", "ist leider nicht
    # mehr frei / zu haben"; a job portal's "nicht mehr verfügbar" is a stale link), or filled from inside ("wir besetzen
    # die Stelle intern")
    fam("Stelle erledigt / nicht mehr frei / intern besetzt", 3.5, ("erledigt", "nicht mehr", "intern", "eigenen reihen"),
        r"\b(?:stelle|position|vakanz|ausschreibung|rolle|job|ausbildungsplatz|praktikumsplatz)\b (?:hat sich|hatte sich) "
        r"(?:\w+ ){0,2}erledigt\b|\bhat sich (?:die|diese|unsere) (?:stelle|position|vakanz|ausschreibung|rolle) (?:\w+ ){0,2}"
        r"erledigt\b",
        r"\b(?:stelle|position|job|ausbildungsplatz|praktikumsplatz|praktikum)\b (?:ist|war) (?:\w+ ){0,2}nicht mehr (?:zu haben|"
        r"frei)\b",
        r"\bbesetzen (?:wir )?(?:die|diese) (?:stelle|position|rolle|vakanz) (?:\w+ )?(?:intern|anderweitig|aus den eigenen "
        r"reihen)\b"),
    # the deciding side wants no talk, or said no ("leider hat die Fachabteilung kein Interesse an einem Gespräch",
    # "leider hat der Betrieb abgesagt"; not "hat der Kunde den Termin abgesagt")
    fam("kein Interesse an einem Gespräch / der Betrieb hat abgesagt", 4.0, ("interesse", "abgesagt", "abgewunken"),
        rf"\b{_DECIDER}\b[^.!?;]{{0,30}}\bkein (?:weiteres )?interesse an (?:einem|einer|ihrer|deiner|ihrem|deinem) (?:\w+ )?"
        # (a talk "über die Position 3 des Angebots" is a sales topic, not the reader)
        r"(?:gesprach|kennenlernen|vorstellung|bewerbung|profil|kandidatur)\w*(?! (?:uber|zu[mr]?|bezuglich|wegen)\b)",
        rf"\bhat (?:\w+ )?(?:der|die|das|unser|mein|unsere|meine) {_DECIDER}\b (?:leider |nun |jetzt |inzwischen |doch )*"
        r"(?:abgesagt|abgewunken)\b"),
    # an agency could not place the reader ("leider konnte ich Sie beim Kunden nicht platzieren")
    fam("beim Kunden nicht platziert", 4.0, ("platzieren", "vermitteln", "unterbringen"),
        r"\b(?:konnte|konnten|kann|konnen) (?:ich|wir) (?:sie|dich|ihr profil|dein profil) (?:\w+ ){0,3}nicht (?:\w+ )?"
        r"(?:platzieren|vermitteln|unterbringen)\b"),
    # no place for the reader ("wir haben keinen passenden Ausbildungsplatz für dich", "derzeit keine Stelle frei")
    # (one post, said by the employer; a job alert's "heute keine passende Stelle für Sie gefunden" is a search result)
    fam("keinen Platz / keine Stelle für Sie", 3.5, ("keine",),
        r"\b(?:wir haben|haben wir|wir hatten|hatten wir) (?:(?:leider|derzeit|aktuell|momentan|zurzeit|diesmal|nun|jetzt|also) )*"
        r"(?:keinen|keine|kein) (?:passenden? |freien? )?(?:ausbildungsplatz|praktikumsplatz|stelle|job|praktikum|position) "
        r"(?:mehr )?(?:fur (?:dich|sie)\b|frei\b)(?! (?:gefunden|finden|ergeben)\b)"),
    # it did not work out with the post ("leider hat es mit dem Ausbildungsplatz nicht geklappt")
    fam("mit der Stelle hat es nicht geklappt", 4.0, ("geklappt",),
        r"\bhat es (?:\w+ ){0,2}mit (?:dem|der|ihrer|deiner|ihrem|deinem) (?:ausbildungsplatz|praktikum|stelle|job|bewerbung|"
        r"position|einstellung|zusage)\w* (?:\w+ )?nicht geklappt\b",
        r"\bmit (?:dem|der|ihrer|deiner|ihrem|deinem) (?:ausbildungsplatz|praktikum|stelle|job|bewerbung|position|einstellung|"
        r"zusage)\w* hat es (?:\w+ ){0,2}nicht geklappt\b"),
    # Austria's ranking and contract wording ("hat einen anderen Bewerber gereiht", "das Dienstverhältnis wird mit einer
    # anderen Bewerberin begründet")
    fam("anders gereiht / Dienstverhältnis mit einer anderen", 4.0, ("gereiht", "verhaltnis", "vertrag"),
        rf"\b(?:einen|eine) {_OTHER} (?:bewerber\w*|kandidat\w*|person) (?:\w+ ){{0,2}}(?:erst)?gereiht\b",
        rf"\b(?:dienstverhaltnis|arbeitsverhaltnis|beschaftigungsverhaltnis|arbeitsvertrag|vertrag)\b[^.!?;]{{0,30}}\bmit "
        rf"(?:einer|einem) {_OTHER} {_SOMEONE}"),
    # a decision to fill the post with someone else ("wir haben entschieden, die Rolle mit jemandem mit mehr
    # Senior-Erfahrung zu besetzen"); a job advert's "wir möchten die Stelle mit jemandem ... besetzen" decided nothing
    fam("entschieden, die Stelle mit jemandem zu besetzen", 4.0, ("besetzen",),
        r"\b(?:entschieden|beschlossen|entschlossen)\b[^.!?;]{0,30}\b(?:stelle|position|vakanz|rolle)\w*\b mit jemand(?:em|en)?\b"
        r"[^.!?;]{0,60}?\bzu besetzen\b"),
    # the fit or match not there ("leider war der Fit nicht gegeben"), the process ended for the reader ("haben den
    # Prozess an dieser Stelle leider für dich beendet"), the reader over- or under-qualified ("dein Profil ist für diese
    # Rolle leider zu junior", "Sie sind für die Position überqualifiziert")
    fam("Fit nicht gegeben / Prozess für Sie beendet / überqualifiziert", 3.5, ("gegeben", "vorhanden", "beendet", "qualifiziert",
                                                                              "zu junior", "zu senior"),
        r"\b(?:(?:fit|match|passung|ubereinstimmung)\b (?:war|ist)|(?:war|ist) (?:der|die|das) (?:fit|match|passung|ubereinstimmung)\b)"
        r" (?:\w+ ){0,2}?nicht (?:ganz |ausreichend |wirklich )?(?:gegeben|vorhanden)\b",
        r"\b(?:prozess|verfahren|bewerbungsprozess|auswahlprozess|bewerbungsverfahren|auswahlverfahren)\b[^.!?;]{0,40}?\bfur "
        r"(?:dich|sie) (?:\w+ )?beendet\b",
        r"\b(?:sie sind|du bist|bist du|sind sie|ihr profil ist|dein profil ist) (?:(?!nicht\b|kein\w*\b)\w+ ){0,4}"
        r"(?:uberqualifiziert|unterqualifiziert|zu junior|zu senior)\b"),
    # a selection stage not reached ("dass Sie die nächste Stufe unseres Auswahlverfahrens nicht erreicht haben");
    # "noch nicht erreicht" is a stage still ahead
    fam("nächste Stufe nicht erreicht", 4.0, ("erreicht",),
        r"\b(?:sie|du)\b[^.!?;]{0,40}?\b(?:die|den|das) (?:nachste|weitere|folgende|zweite|dritte|finale|entscheidende)n? "
        r"(?:\w+ )?(?:stufe|runde|phase|etappe|auswahlstufe|auswahlrunde)\w*\b[^.!?;]{0,40}?(?<!noch )\bnicht (?:\w+ )?erreicht\b"),
]

LOOKALIKES += [
    # the writer withdraws their own application ("leider muss ich Ihnen absagen: ich habe mich für ein anderes Angebot
    # entschieden und ziehe meine Bewerbung zurück"), the reader's side of a rejection letter
    fam("look-alike: the writer withdraws their own application (de)", -5.0, ("meine bewerbung", "meine kandidatur",
                                                                            "anderes angebot", "andere stelle",
                                                                            "andere position", "anderen job"),
        r"\b(?:ziehe|ziehen) (?:ich |wir )?(?:hiermit |daher |deshalb |somit |leider )?(?:meine|unsere) (?:bewerbung|kandidatur)\b"
        r"[^.!?;]{0,40}\bzuruck\b",
        r"\b(?:ich habe|habe ich) mich (?:\w+ ){0,2}fur (?:ein anderes angebot|eine andere (?:stelle|position)|einen anderen job) "
        r"(?:\w+ )?entschieden\b"),
    # a candidate named by a label or a rank in the reader's own hiring ("für Kandidatin B haben wir uns schon gegen eine
    # Einstellung entschieden", "bei der zweiten Bewerberin"); "bei den anderen Bewerbern" of a rejection is no rank
    fam("look-alike: a candidate by label or rank (de)", -5.0, ("kandidat", "bewerber"),
        r"\b(?:fur|bei|zu|von|uber|an) (?:den |die |der |dem )?(?:kandidat(?:in|en)?|bewerber(?:in|n)?) (?:[a-e]|nr\.? ?\d+|"
        r"nummer \d+|\d)\b(?![.-]\w)",
        r"\b(?:fur|bei|zu|von|uber|an) (?:den|die|der|dem) (?:ersten|zweiten|dritten|vierten|funften|letzten) "
        r"(?:kandidat\w*|bewerber\w*)"),
]

# (session 18) the post free again and offered back to the reader ("wir hatten uns zunächst für einen anderen
# Kandidaten entschieden, aber die Stelle ist wieder frei. Hätten Sie noch Interesse?"): good news that tells the old
# decision; not a rejection's "sollte die Stelle wieder frei werden, melden wir uns"
LOOKALIKES += [
    fam("Doppelgänger: die Stelle ist wieder frei (de)", -5.0, ("wieder", "erneut"),
        r"\b(?:stelle|position|job|vakanz|anstellung)\b (?:(?:ist|wurde) (?:nun |jetzt |inzwischen |leider )?(?:wieder|erneut) "
        r"(?:frei|offen|verfugbar|vakant|zu besetzen|ausgeschrieben)|(?:ist|wurde) (?:nun |jetzt )?neu ausgeschrieben)\b"
        r"[^?]{0,160}?\b(?:noch interesse|weiterhin interesse|interesse (?:daran )?haben|(?:hatten|haben|hattest|hast) "
        r"(?:sie|du) (?:noch |weiterhin )?(?:lust|interesse))\b"),
]

# (session 18) the reader recommended someone, and that person was turned down ("danke für die Empfehlung von Alex.
# Leider haben wir uns für einen anderen Kandidaten entschieden"): a referral's outcome, not the reader's application
LOOKALIKES += [
    fam("Doppelgänger: eine Empfehlung des Lesers (de)", -5.0, ("empfehlung", "empfohlen"),
        r"\b(?:fur (?:die|ihre|deine) empfehlung (?:von|des|der)|(?:dass|weil) (?:sie|du) (?:uns )?[a-z]+ empfohlen "
        r"(?:haben|hast)|(?:ihre|deine) (?:mitarbeiter)?empfehlung (?:von|fur) [a-z]+ [a-z]+)\b"),
]

# (session 19) a friend's mail about their own rejection ("die haben sich für jemand anderen entschieden. Ich bin echt
# traurig. Bier heute?"): the writer's own feelings or "mir abgesagt", not aimed at the reader ("ich bin traurig, dir
# absagen zu müssen" stays a rejection); thanks for the reader's recommendation after a decision about the one
# recommended; an interview slot given to another candidate ("der Termin am Dienstag ist schon an einen anderen
# Bewerber vergeben. Kannst du am Donnerstag?")
LOOKALIKES += [
    fam("Doppelgänger: der Absender erzählt von der eigenen Absage (de)", -4.5,
        ("ich bin", "mir abgesagt", "mich abgelehnt", "mich nicht"),
        r"\bich bin (?:echt |total |so |ziemlich |voll |richtig |einfach |gerade |ganz schon |sehr )*(?:traurig|enttauscht|"
        r"fertig|am boden|geknickt|niedergeschlagen|frustriert|gefrustet|bedient)\b"
        r"(?![^.!?;]{0,40}\b(?:dir|dich|ihnen|euch|sie|du)\b)",
        r"\b(?:haben|hat) mir (?:\w+ )?abgesagt\b|\bmich (?:\w+ )?(?:abgelehnt|nicht genommen|nicht eingestellt)\b"),
    fam("Doppelgänger: Dank für die Empfehlung (de)", -5.0, ("empfehlung", "vermittlung", "empfohlen"),
        r"\b(?:danke|dank|bedanke|bedanken)\b[^.!?;]{0,30}\bfur (?:die|deine|ihre|eure) (?:weiter)?(?:empfehlung|vermittlung)\b",
        # "die Stelle, für die du Lisa empfohlen hast, ist besetzt"
        r"\b(?:fur|auf) (?:die|den|das|welche) (?:sie|du) (?:uns )?[a-z]+ (?:\w+ )?empfohlen (?:haben|hast|hatten|hattest)\b"),
    fam("Doppelgänger: ein Termin an einen anderen Bewerber vergeben (de)", -4.5, ("termin", "zeitfenster", "slot", "uhrzeit"),
        r"\b(?:\w*termin|zeitfenster|slot|uhrzeit)\b[^.!?;]{0,40}\ban (?:einen|eine|einem) (?:anderen?|weitere[nr]?) "
        r"(?:bewerber\w*|kandidat\w*|interessent\w*)\b[^.!?;]{0,15}\b(?:vergeben|gegangen|gebucht)\b"),
]

# (session 19) our trainee or seasonal hire already found: the search is over ("wir haben unseren Praktikanten für
# diesen Sommer schon gefunden"), as French's "on a trouvé notre stagiaire"; not "... gefunden: dich!"
DECISIONS += [
    fam("Grammatik: unseren Praktikanten schon gefunden", 4.0, ("gefunden",),
        r"\b(?:haben|hat) (?:wir |ich )?(?:unseren|unsere|unser) (?:neuen |neue |neues )?(?:praktikant(?:in|en|innen)?|azubis?|"
        r"auszubildenden?|aushilfen?|werkstudent(?:in|en|innen)?|saisonkrafte?|ferienjobber(?:in)?|kandidat(?:in|en)?|"
        r"nachfolger(?:in)?|verstarkung)\b(?: \w+){0,5} (?:schon |bereits |inzwischen |mittlerweile |leider )*gefunden\b"
        r"(?![^.!?;]{0,20}\b(?:dich|sie|in dir|in ihnen)\b)"),
]

_CONTRAST = r"\b(?:aber|jedoch|trotzdem|dennoch|allerdings)\b"
_UNNEGATED = r"(?:(?!\bnicht\b|\bkein)[^.!?;])"
_FOR_A_POST = r"\b(?:fur|als|auf|um) (?:die|eine|unsere|einer|der|unserer|den) (?:\w+ )?\w*(?:stelle|position|rolle|vakanz)\w*\b"

# (session 19) this post is filled, but the reader is invited for another in the same breath ("die Stelle in Berlin ist
# schon besetzt, aber wir möchten dich gern zum Gespräch für die Stelle in Hamburg einladen"): the candidacy goes on,
# as Dutch and Portuguese already read it; not "aber wir würden uns freuen, Sie künftig zu berücksichtigen"
LOOKALIKES += [
    fam("Doppelgänger: eine andere Stelle im selben Atemzug (de)", -4.0, ("aber", "jedoch", "trotzdem", "dennoch", "allerdings"),
        r"\baber (?:wir )?(?:mochten|wurden|wollen) (?:dich|sie|dir|ihnen) (?:\w+ ){0,8}?(?:fur|als|auf) (?:die|eine|unsere|einer|"
        r"der|unserer) (?:andere |anderen |weitere |weiteren |neue |neuen )?(?:stelle|position|vakanz|rolle)\b(?: \w+){0,5} "
        r"(?:einladen|kennenlernen|treffen|interviewen|sprechen)\b",
        r"\baber (?:wir )?(?:mochten|wurden|wollen) (?:dich|sie) (?:\w+ ){0,3}?(?:gern |gerne )?(?:einladen|kennenlernen|"
        r"treffen|interviewen)\b[^.!?;]{0,15}\b(?:fur|als|auf) (?:die|eine|unsere|einer|der|unserer) (?:andere |anderen |"
        r"weitere |weiteren |neue |neuen )?(?:stelle|position|vakanz|rolle)\b",
        # (round 20) the invitation with the contrast word anywhere in its sentence and the post after it: "laden Sie
        # aber gern zum Gespräch für die Stelle als Analyst ein", "möchten Sie aber zu einem Gespräch für die
        # Analystenstelle einladen" (nothing negated between: not "aber für die Stelle leider nicht einladen")
        rf"(?:{_CONTRAST}[^.!?;]{{0,30}}\b(?:laden|lade)\b|\b(?:laden|lade)\b[^.!?;]{{0,30}}{_CONTRAST}){_UNNEGATED}{{0,80}}"
        rf"{_FOR_A_POST}{_UNNEGATED}{{0,40}}\bein\b",
        rf"{_CONTRAST}{_UNNEGATED}{{0,80}}{_FOR_A_POST}{_UNNEGATED}{{0,40}}\b(?:einladen|kennenlernen|interviewen)\b",
        # (round 21b) another post offered in so many words: "im Tagdienst hätten wir aber ab Januar eine Stelle für
        # Sie", or an agency's other client: "aber ein anderer Kunde in Baunatal sucht genau Ihr Profil"
        r"\b(?:hatten|haben) wir (?:aber|jedoch|allerdings) (?:\w+ ){0,4}eine (?:\w+ )?(?:stelle|position)\b (?:\w+ ){0,2}"
        r"(?:fur (?:sie|dich)|frei)\b",
        rf"{_CONTRAST} (?:ein|eine) (?:andere[rs]?|weitere[rs]?) (?:kunde|kundin|auftraggeber\w*|mandant\w*|standort)\b"
        r"[^.!?;]{0,40}\b(?:sucht|interessiert sich fur) (?:genau |auch )?(?:ihr|dein|sie|dich)\b"),
]

# (session 19) the reader took another offer, and the company closes the application: the reader's own withdrawal
# ("danke für deine Nachricht, dass du ein anderes Angebot angenommen hast. Wir haben deine Bewerbung geschlossen")
LOOKALIKES += [
    fam("Doppelgänger: der Leser hat ein anderes Angebot angenommen (de)", -5.0, ("angenommen", "zugesagt", "gefunden",
                                                                                "entschieden", "unterschrieben"),
        r"\b(?:du|sie) (?:\w+ ){0,2}(?:ein anderes (?:angebot|jobangebot|stellenangebot)|eine andere (?:stelle|position|"
        r"anstellung)|einen anderen (?:job|arbeitgeber|vertrag)) (?:\w+ )?(?:angenommen|zugesagt|gefunden|unterschrieben)\b",
        r"\b(?:du dich|sie sich) (?:\w+ ){0,2}fur (?:ein anderes (?:angebot|unternehmen)|eine andere (?:stelle|position|firma)|"
        r"einen anderen (?:job|arbeitgeber)) entschieden\b"),
]

# (round 20) others stood out ("andere Kandidaten haben sich stärker hervorgetan"); "Sie werden leider nicht Teil
# unseres Teams"; the process closed "ohne dass Ihre Bewerbung ausgewählt wurde"
DECISIONS += [
    fam("andere haben sich stärker hervorgetan", 3.5, ("hervorgetan", "profiliert"),
        rf"(?<!wenn )(?<!obwohl )(?<!obgleich )\b{_OTHER} {_SOMEONE}\b (?:\w+ ){{0,6}}(?:starker|mehr|deutlicher|klarer|besser) "
        r"(?:hervorgetan|profiliert)\b"),
    fam("nicht Teil unseres Teams", 3.5, ("teil",),
        r"(?<!\bwenn )\b(?:sie|du) (?:werden|wirst) (?:\w+ )?nicht teil (?:unseres|unserer|des|der) (?:teams|belegschaft|"
        r"mannschaft|firma|unternehmens)\b(?! (?:\w+ )?(?:bevor|bis|solange|ohne)\b)"),
    fam("ohne dass Ihre Bewerbung ausgewählt wurde", 4.0, ("ohne dass",),
        r"\bohne dass (?:ihre|deine) (?:bewerbung|kandidatur|unterlagen|profil)\b (?:\w+ ){0,2}(?:ausgewahlt|berucksichtigt|"
        r"gewahlt|ausgesucht) (?:wurde|werden konnte)\b"),
]

# (round 20) the reader's own candidate named ("zu deinem Kandidaten Herrn Weber: wir haben einem anderen Kandidaten
# ein Angebot gemacht"): the reader is the agency, not the applicant
LOOKALIKES += [
    fam("look-alike: the reader's own candidate named (de)", -5.0, ("kandidat", "bewerber"),
        r"\b(?:dein|deinem|deinen|ihrem|ihren|eurem|euren) (?:kandidat(?:en|in)?|bewerber(?:in)?)\b(?!-)"),  # (not "Ihren
        # Bewerber-Account")
]

# (round 20, start-up register) an offer made to another, "nicht der richtige Fit", no further interviews, another
# direction, "hier endet der Weg für deine Bewerbung", feedback "nicht positiv genug, um weiterzumachen"
DECISIONS += [
    fam("Angebot an einen anderen Kandidaten", 4.0, ("angebot",),
        rf"\b(?:einer|einem) {_OTHER} {_SOMEONE}\b (?:\w+ )?(?:ein|das|unser) (?:angebot|vertragsangebot|jobangebot) "
        r"(?:gemacht|unterbreitet|ausgesprochen)\b(?![^.!?;]{0,60}\b(?:abgesagt|abgelehnt|ausgeschlagen|nicht angenommen)\b)"),
    fam("nicht der richtige Fit", 3.0, ("fit", "match"),
        r"\bnicht (?:ganz )?(?:der|die|das) (?:richtige|passende) (?:fit|match)\b"),
    fam("keine weiteren Interviews", 3.5, ("weitere",),
        r"\bweitere (?:interviews|gesprache|termine|runden) (?:werden|wird) (?:wir|es) (?:\w+ )?nicht (?:\w+ )?(?:ansetzen|planen|"
        r"vereinbaren|fuhren|anbieten|geben)\b(?!,? (?:\w+ ){0,3}(?:vor|bis|erst|bevor|solange)\b)",
        r"\bkeine weiteren (?:interviews|gesprache|termine|runden) (?:mit (?:dir|ihnen) )?(?:ansetzen|planen|vereinbaren|fuhren|"
        r"anbieten)\b(?!,? (?:\w+ ){0,3}(?:vor|bis|bevor|solange)\b)"),
    fam("in eine andere Richtung", 3.5, ("richtung",),
        r"\bin eine andere richtung (?:zu )?(?:gehen|entwickeln|orientieren)\b"),
    fam("hier endet der Weg für Sie", 3.5, ("endet", "enden"),
        r"\b(?:endet|enden) (?:hier |an dieser stelle |damit )?(?:leider )?(?:der weg|die reise|unser weg|unsere gemeinsame reise)\b"
        r"[^.!?;]{0,30}\b(?:fur (?:dich|sie|deine bewerbung|ihre bewerbung)|mit (?:dir|ihnen))\b"),
    fam("nicht positiv genug, um weiterzumachen", 3.5, ("genug",),
        r"\bnicht (?:positiv|gut|stark|uberzeugend|eindeutig) genug\b[^.!?;]{0,20}\bum (?:\w+ ){0,3}(?:weiterzumachen|fortzufahren|"
        r"weiterzugehen|weiterzukommen|fortzusetzen|einzuladen)\b"),
]

# (round 20) the post went to another, who turned it down, and the reader is asked back ("wir hatten die Stelle einer
# anderen Kandidatin angeboten, sie hat aber abgesagt. Bist du noch interessiert?"): the reader's candidacy goes on
LOOKALIKES += [
    fam("Doppelgänger: die andere hat abgesagt, der Leser wird gefragt (de)", -5.0, ("abgesagt", "abgelehnt", "ausgeschlagen",
                                                                                    "zuruckgezogen"),
        r"\b(?:abgesagt|abgelehnt|ausgeschlagen|zuruckgezogen)\b[^?]{0,120}\b(?:noch|weiterhin|nach wie vor) (?:\w+ )?"
        r"(?:interessiert|interesse)\b[^.!]{0,40}\?"),
]

# (round 20, small employers) the owner's short note that the place is taken, with no "Bewerbung" wording: "wir sind
# voll besetzt", "hab schon jemanden gefunden", "wir haben schon einen Koch gefunden", "ich brauche gerade keine
# Aushilfe", "wir haben für die Lese schon genug Helfer", "wir sind für den Sommer schon komplett". Job context comes
# from the classifier; the phrases name staff (not a buyer, a tenant or a tradesman) or the team.
_DE_WORKER = (r"(?:aushilf\w*|koch|kochin|kellner\w*|helfer\w*|erntehelfer\w*|mitarbeiter\w*|lehrling\w*|azubis?|"
              r"auszubildende\w*|praktikant\w*|servicekraft|servicekrafte|saisonkraft|saisonkrafte|kuchenhilfe\w*|"
              r"verkaufer\w*|fahrer\w*|spuler\w*|thekenkraft|bedienung\w*|personal|leute|verstarkung|nachfolger\w*|"
              # (a craft firm's staff; not "Handwerker" or "Installateur": those a household hires)
              r"gesell\w*|facharbeiter\w*)")
DECISIONS += [
    fam("Kleinbetrieb: schon jemanden / voll besetzt", 4.0, ("besetzt", "komplett", "jemand", "gefunden", "eingestellt",
                                                            "brauche", "suchen", "genug", "personell",
                                                            "stelle", "haben", "bedarf", "teams"),
        # (the staff or the team only, not "am Samstag sind wir komplett ausgebucht")
        r"\bwir sind (?:jetzt |nun |leider |schon |bereits |inzwischen |personell |mit (?:dem )?personal )*"
        r"(?:voll|vollstandig|komplett) besetzt\b"
        # (not a worker let off: "wir sind voll besetzt, du kannst heute früher gehen")
        r"(?![^.!?;]{0,40}\b(?:du|sie) (?:kannst|konnen|darfst|durfen|brauchst|brauchen)\b)",
        r"\bwir sind (?:fur|in) (?:den|die|diese[nr]?) (?:sommer|winter|saison|lese|ernte|weinlese|spargelzeit|"
        r"erntezeit|ferien)\w* (?:leider |schon |bereits |jetzt |auch )*komplett\b(?! (?:ausgebucht|belegt|gebucht|reserviert))",
        r"\b(?:unser|das) (?:team|personal) (?:ist|steht) (?:jetzt |nun |leider |schon |bereits |inzwischen )*"
        r"(?:komplett|vollstandig|voll)\b",
        # "hab schon jemanden gefunden", "ich habe inzwischen jemanden" (the sender alone: the plural is read above)
        r"(?:(?<![a-z0-9] )|(?<=aber )|(?<=doch )|(?<=leider )|(?<=nur ))\b(?:ich habe|ich hab|hab|habe|haben|haben wir) (?:\w+ )?"
        r"(?:schon|bereits|inzwischen|mittlerweile) (?:jemand(?:en)?|wen)(?= ?[.!;:,-]|$| (?:gefunden|eingestellt)\b)",
        # "wir haben schon einen Koch gefunden", "ich habe bereits eine Aushilfe eingestellt"
        rf"\b(?:wir haben|ich habe|ich hab|hab|habe) (?:\w+ )?(?:schon|bereits|inzwischen|mittlerweile) (?:eine[nr]? |nen |ne |die |den )?"
        rf"(?:neue[nrs]? |andere[nrs]? )?{_DE_WORKER} (?:\w+ ){{0,4}}?(?:gefunden|eingestellt)\b"
        # (not the happy end: "wir haben schon einen neuen Koch gefunden: dich!")
        r"(?![^.!?;]{0,40}(?::|\b(?:bist|sind|ist)) (?:du|dich|sie)\b)",
        rf"\b(?:ich brauche|wir brauchen|ich suche|wir suchen) (?:\w+ )?(?:gerade|momentan|zurzeit|derzeit|aktuell|im moment|"
        rf"dieses jahr|diese saison|diesen sommer|erstmal|vorerst) (?:leider )?(?:keine[nr]? (?:weitere[n]? |neue[n]? )?"
        rf"{_DE_WORKER}|niemanden|niemand)\b",
        rf"\b(?:wir haben|ich habe|ich hab|hab) (?:\w+ ){{0,4}}(?:schon|bereits|inzwischen) genug {_DE_WORKER}\b",
        # at the clause's end: "wir haben genug Leute.", "wir haben inzwischen eine Aushilfe."
        rf"\b(?:wir haben|ich habe|ich hab|hab) (?:leider |jetzt |nun )?genug {_DE_WORKER}(?= ?[.!;,]|$| fur (?:die|den|diese[nr]?) "
        r"(?:saison|sommer|winter|lese|ernte)\b)",
        rf"(?:\b(?:wir haben|ich habe|ich hab|hab)|(?<![a-z0-9] )\bhaben) (?:leider )?(?:schon|bereits|inzwischen|mittlerweile) "
        r"(?:eine[nr]? )(?:neue[nr]? )?"
        rf"{_DE_WORKER}(?= ?[.!;,]|$)",
        r"\bwir sind (?:\w+ )?(?:personell|mit personal) (?:gut|ausreichend|voll|bestens) (?:aufgestellt|versorgt|besetzt)\b",
        rf"\bwir sind (?:\w+ )?mit (?:\w+ )?{_DE_WORKER} (?:\w+ )?(?:komplett|vollstandig|eingedeckt)\b",
        rf"\b(?:wir stellen|ich stelle) (?:gerade|momentan|zurzeit|derzeit|aktuell|im moment|dieses jahr|diese saison) (?:leider )?"
        rf"(?:niemanden|keine[nr]? (?:neue[n]? )?(?:{_DE_WORKER}|\w*angestellte\w*|\w*kraft|\w*krafte|\w*mitarbeitende\w*)) ein\b",
        # an unsolicited application's answer: "aktuell besteht bei uns leider kein Personalbedarf"
        r"\b(?:besteht|haben wir|gibt es)\b (?:\w+ ){0,3}kein(?:en)? (?:personal|einstellungs)bedarf\b",
        r"\bunsere (?:teams|abteilungen) sind (?:jetzt |nun |leider |derzeit |aktuell |schon |bereits |inzwischen )*"
        r"(?:komplett|vollstandig|voll) besetzt\b"),
]

# (round 21b, template probes) the application that convinced no one or led to nothing, the agency that cannot put
# the reader forward, the requirement the reader does not meet, the process ended with another finalist.
DECISIONS += [
    fam("Bewerbung konnte nicht überzeugen / führte zu keiner Einladung", 4.0, ("uberzeug", "gefuhrt"),
        # "Ihre Bewerbung konnte im Vergleich mit den übrigen leider nicht überzeugen" (not "nicht nur überzeugen")
        r"\b(?:ihre|deine) (?:bewerbung|unterlagen|kandidatur)\b (?:konnte|konnten|hat|haben) (?:uns )?"
        r"(?!(?:\w+ ){0,8}?(?:nicht nur|aber)\b)(?:\w+ ){0,8}?nicht (?:ganz |restlos |vollends |vollstandig )?uberzeugen\b"
        r"(?![^.!?;]{0,80}\b(?:aber|jedoch|doch|dann|inzwischen|mittlerweile)\b)",
        # "nach dem Tech-Call waren wir leider nicht ganz überzeugt" (not "nicht überzeugt, dass der Termin passt")
        # (nor the doubt overcome: "zuerst waren wir nicht ganz überzeugt, aber nach dem Zweitgespräch ...")
        r"(?<!zuerst )(?<!zunachst )(?<!anfangs )(?<!erst )\b(?:waren wir|wir waren)\b (?:[\w-]+ ){0,5}?nicht "
        r"(?:ganz |restlos |vollends |vollstandig |hundertprozentig )?uberzeugt\b(?!,? (?:davon|dass|ob)\b)"
        r"(?![^.!?;]{0,80}\b(?:aber|jedoch|doch|dann|inzwischen|mittlerweile)\b)",
        r"\b(?:bewerbung|kandidatur|unterlagen)\b[^.!?;]{0,40}\bnicht zu (?:einer|einem) (?:\w+ )?(?:einladung|einstellung|"
        r"zusage|anstellung|vorstellungsgesprach|gesprach)\w* (?:\w+ ){0,3}gefuhrt\b"),
    fam("Agentur kann nicht vorstellen / Anforderungsprofil nicht erfüllt", 3.5, ("vorstellen", "vorschlagen", "erfull"),
        # an agency's "daher kann ich Sie leider nicht (beim Kunden) vorstellen"
        r"\b(?:kann|konnen|werde|werden) (?:ich|wir) (?:sie|dich) (?:leider |daher |deshalb |somit |also )*"
        r"(?:(?:dem|unserem|meinem|beim) (?:kunden|auftraggeber|mandanten) )?(?:leider )?nicht (?:vorstellen|vorschlagen|"
        r"prasentieren)\b",
        # a statement, not a question or an advert's condition: "Sie erfüllen das Anforderungsprofil (...) nicht."
        r"(?:^|(?<=[.!;:\n] ))(?:sie erfullen|du erfullst) (?:\w+ ){0,3}(?:anforderungsprofil|anforderungen|voraussetzungen|"
        r"einstellungsvoraussetzungen|kriterien)\b[^.!?;]{0,60}\bnicht\b(?! nur\b)(?![^.!;]*\?)"),
    fam("Prozess mit einem anderen Finalisten abgeschlossen", 4.0, ("abzuschliessen", "abschliessen", "abgeschlossen",
                                                                     "beenden"),
        # the end given as the consequence: "Ihre Gehaltsvorstellung passt nicht zu unserem Budget, weshalb wir den
        # Prozess beenden" (a causal clause: not "bevor wir den Prozess abschließen", "wenn wir ... beenden")
        r"\b(?:weshalb|weswegen|sodass|so dass) (?:wir|ich) (?:den|das|unseren?) (?:\w+ )?(?:prozess|\w*verfahren|\w*prozess)\b "
        r"(?:mit (?:ihnen|dir) )?(?:hiermit |an dieser stelle |hier |leider )*(?:beenden|abschliessen)\b",
        # "wir haben entschieden, den Prozess mit einem anderen Finalisten abzuschließen"
        rf"\b(?:prozess|verfahren|\w*(?:auswahl|bewerbungs|besetzungs)(?:verfahren|prozess))\b (?:\w+ ){{0,2}}mit "
        rf"(?:eine[mr]? |den |dem |der )?{_OTHER} {_SOMEONE}\b (?:\w+ ){{0,2}}(?:abzuschliessen|abschliessen|abgeschlossen)\b"),
    fam("Einstellung nicht möglich / Verfahren mit einer Kandidatin, die ...", 4.0, ("nicht moglich", "fortsetzen",
                                                                                  "fortfuhren", "weiterfuhren"),
        # "eine Einstellung ist aufgrund Ihrer fehlenden Anerkennung derzeit leider nicht möglich" (not a date in
        # between: "zum 1. Dezember leider nicht möglich, aber zum 1. Januar")
        r"\b(?:eine |ihre |deine )?(?:einstellung|anstellung|beschaftigung|ubernahme)\b (?:ist|ware) "
        r"(?!(?:\w+ ){0,6}?(?:zum|ab|vor|bis|am|im|erst)\b)(?:\w+ ){0,6}?nicht (?:moglich|realisierbar|darstellbar)\b"
        r"(?![^.!?;]{0,30}\b(?:aber|jedoch|sondern)\b)",
        # someone else, described: "wir werden das Verfahren mit einer Kandidatin fortsetzen, die mehr ... mitbringt"
        r"\b(?:verfahren|prozess)\b (?:\w+ )?mit (?:einer|einem) (?:\w+ )?(?:kandidat|bewerber|person|finalist)\w* "
        r"(?:fortsetzen|fortfuhren|weiterfuhren)\b,? (?:die|der)\b"),
    fam("colloquial: für nen anderen entschieden", 4.0, ("nen ander", "ne ander", "n ander"),
        # (a person, not "für ne andere Firma entschieden": the sender's own choice of employer)
        r"\b(?:fur|fuer) (?:nen|ne|n) andere[nr]? (?:(?:bewerber\w*|kandidat\w*|person|typ|gesell\w*|azubi\w*) )?"
        r"(?:leider |jetzt |nun |dann |halt )?entschieden\b"),
]


# --- probe 9 (tests/test_detect_probe9_nlde.py) ---------------------------------------------------------------
# The post given to "jemandem" described by a relative clause, as the decision taken ("wir haben uns entschieden, die
# Stelle mit jemandem zu besetzen, der schon mit Kotlin gearbeitet hat"; the family above needs a person noun or
# "anderen"), and "it won't work out with us" ("deshalb wird es mit uns leider nicht klappen", "mit uns klappt es
# leider nicht", "dass es mit uns nicht klappt"): "mit uns" is the reader and the firm, not an appointment (no date
# word between, none after).
_PROBE9_ADV = r"(?:(?:leider|wohl|also|dann|diesmal|dieses mal|definitiv|halt|einfach|doch|jetzt|nun|aber|daher|deshalb|somit) )*"
DECISIONS += [
    fam("Grammatik: Stelle mit jemandem besetzt, der ...", 4.0, ("jemand",),
        # (decided, or done: not an advert's "wir möchten die Stelle mit jemandem besetzen, der ..."; not the reader as
        # that someone, "... und das bist du", nor someone the reader recommended)
        r"\b(?:entschieden|entschlossen|beschlossen)\b,? (?:\w+ ){0,3}?(?:die|diese|unsere) (?:\w+ )?(?:stelle|position|rolle|vakanz|"
        r"funktion)\b[^.!?;]{0,60}?\bmit jemandem (?:anderem |anders )?(?:\w+ ){0,2}?(?:zu )?(?:nach)?besetzen\b,? (?:der|die)\b"
        r"(?![^.!?;]{0,80}\b(?:das bist du|das sind sie|empfohlen|vorgeschlagen|vermittelt)\b)",
        r"\b(?:haben|hatten) (?:wir |ich )?(?:\w+ ){0,3}?(?:die|diese|unsere) (?:\w+ )?(?:stelle|position|rolle|vakanz|funktion)\b"
        r"[^.!?;]{0,60}?\bmit jemandem (?:anderem |anders )?(?:\w+ ){0,2}?(?:nach)?besetzt\b,? (?:der|die)\b"
        r"(?![^.!?;]{0,80}\b(?:das bist du|das sind sie|empfohlen|vorgeschlagen|vermittelt)\b)"),
    fam("Grammatik: es wird mit uns nicht klappen", 4.0, ("mit uns",),
        # (the verb second after the sentence's start or a linking adverb: not "am Dienstag wird es mit uns nicht klappen")
        rf"(?:(?:^|(?<=[.!?;:,] ))|\b(?:deshalb|daher|darum|leider|also|somit|dann|insofern|folglich|aber|doch|nun|jetzt|"
        rf"schade|am ende|letztlich|diesmal|dieses mal|aus diesem grund) )"
        rf"(?:(?:wird (?:es|das)|(?:es|das) wird) {_PROBE9_ADV}mit uns (?:beiden |zweien )?{_PROBE9_ADV}nicht (?:mehr )?klappen|"
        rf"(?:klappt|klappte) (?:es|das) {_PROBE9_ADV}mit uns (?:beiden |zweien )?{_PROBE9_ADV}nicht|"
        rf"hat (?:es|das) {_PROBE9_ADV}mit uns (?:beiden |zweien )?{_PROBE9_ADV}nicht geklappt)\b{_NOT_ABOUT_A_DATE}",
        rf"\bmit uns (?:beiden |zweien )?(?:wird|klappt|klappte|hat) (?:es|das) {_PROBE9_ADV}nicht(?: klappen| geklappt)?\b"
        rf"{_NOT_ABOUT_A_DATE}",
        rf"\b(?:dass|da|weil) (?:es|das) {_PROBE9_ADV}mit uns (?:beiden |zweien )?{_PROBE9_ADV}nicht (?:klappt|klappen wird|"
        rf"geklappt hat)\b{_NOT_ABOUT_A_DATE}"),
]

# (probe 9) an applicant-tracking notice to the reader as one of the hiring team: "Du erhältst diese Benachrichtigung
# als Mitglied der Hiring-Team-Gruppe", "Svenja Koch hat den Status von Kevin Nowak auf "Abgelehnt" gesetzt" (a
# named candidate's status, not "der Status Ihrer Bewerbung"), the form field "Absage-E-Mail gesendet: Ja"
_HIRING_GROUP = (r"(?:hiring|recruiting|einstellungs|auswahl|interview|besetzungs|berufungs)(?:[ -]?[a-z-]*)?"
                 r"(?:team|gruppe|kommission|gremium|panel|komitee)\w*")
LOOKALIKES += [
    fam("look-alike: the reader runs the hiring, an ATS notice to the hiring team (de)", -5.0,
        ("mitglied", "teil des", "teil der", "status von", "status des", "status der", "gesendet", "versendet", "verschickt"),
        rf"\b(?:du erhaltst|sie erhalten|du bekommst|sie bekommen) diese (?:benachrichtigung|e-mail|email|mail|nachricht)\b"
        rf"[^.!?;]{{0,40}}\b(?:mitglied|teil) (?:des|der|eines|einer|im|in der) {_HIRING_GROUP}\b",
        rf"\b(?:du bist|sie sind) (?:\w+ ){{0,2}}(?:mitglied|teil) (?:des|der|im|in der) {_HIRING_GROUP}\b",
        # someone set a named candidate's status (not the reader's own: "den Status Ihrer Bewerbung")
        r"\bhat den status (?:von|des kandidaten|der kandidatin|des bewerbers|der bewerberin) "
        r"(?!(?:ihrer|deiner|ihre|deine|ihrem|deinem|ihnen|dir|dich)\b)[^.!?;]{0,60}?\bauf \"?(?:\w+\"? ){1,2}"
        r"(?:gesetzt|geandert|gestellt|verschoben)\b",
        r"\babsage-?(?:e-?mail|mail|schreiben|nachricht) (?:wurde )?(?:gesendet|versendet|verschickt) ?: ?(?:ja|nein)\b"),
]

# (probe 10) indirect decisions: the other shortlisted person judged the closer match ("das Gremium war der Meinung,
# dass die andere Kandidatin ... besser zu den Projekten passt"; no "Sie" in between: not "..., dass Sie besser
# passen"); the post offered to a named third person ("dass der Träger ihr die unbefristete Stelle angeboten hat");
# a terse "wir haben die Stelle inzwischen mit einem Polier aus dem eigenen Haus besetzt"; "wir sehen leider keine
# Möglichkeit, das weiterzuverfolgen"; candidates invited on "deren Erfahrung besser passt"; an informal "wir machen
# es mit der Resi, die schon bei uns im Service ist".
_P10_OTHER_ONE = (r"(?:der|die|den|dem) (?:andere[nrm]?|zweite[nrm]?|verbliebene[nrm]?|ubrige[nrm]?) "
                  r"(?:kandidat\w*|bewerber\w*|finalist\w*|mitbewerber\w*|person|interessent\w*)\b")
_P10_NO_READER = r"(?:(?!\b(?:sie|du|ihnen|dir|dich|euch|abgesagt|zuruckgezogen|nicht)\b)[^.!?;])"
DECISIONS += [
    fam("Grammatik: die andere Kandidatin passt besser", 4.0, ("andere", "zweite", "verbliebene", "ubrige"),
        rf"\b{_P10_OTHER_ONE}{_P10_NO_READER}{{0,120}}?\b(?:besser|eher|genauer|starker|naher|passender) "
        r"(?:\w+ ){0,5}?(?:passt|passte|passen|passten|geeignet|entspricht|entsprach|entsprechen|deckt|deckte|ins profil)\b"),
    fam("Grammatik: die Stelle ihr / ihm angeboten", 4.0, ("angeboten", "ubertragen", "gegeben", "zugesagt"),
        # (a third person: "ihr" / "ihm", never "Ihnen"; not a question to a colleague, which the '?' rule drops)
        r"\b(?:ihr|ihm) (?:\w+ ){0,2}(?:die|diese|eine|den|das) (?:\w+ ){0,2}(?:stelle|position|rolle|posten|planstelle|"
        r"vertrag|arbeitsvertrag|anstellung|festanstellung)\b (?:\w+ )?(?:angeboten|ubertragen|gegeben|zugesagt)\b"
        # (not the team's news: "... haben wir ihr die unbefristete Stelle angeboten. Bitte gratuliert ihr!")
        r"(?!.{0,200}\b(?:gratulier\w*|gluckwunsch\w*|gluckwunsche)\b)"),
    fam("Grammatik: wir haben die Stelle mit einer Person besetzt", 4.0, ("besetzt",),
        # someone named by kind ("mit einem Polier aus dem eigenen Haus", "mit einer internen Kollegin"); not the reader
        r"\b(?:wir|ich) (?:\w+ ){0,2}?(?:haben|hatten|habe) (?:\w+ ){0,2}?(?:die|diese|unsere|eure|ihre) (?:\w+ )?"
        r"(?:stelle|position|rolle|vakanz|funktion)\b[^.!?;]{0,40}?\bmit (?:einem|einer|jemandem)\b(?! von ihnen)"
        r"[^.!?;]{0,60}?\b(?:nach|neu )?besetzt\b"),
    fam("Grammatik: keine Möglichkeit, das weiterzuverfolgen", 4.0, ("moglichkeit", "chance", "option", "perspektive", "grundlage"),
        r"\bkeine (?:moglichkeit|chance|option|perspektive|grundlage)\b,? (?:\w+ ){0,3}?(?:weiterzuverfolgen|weiter zu verfolgen|"
        r"fortzusetzen|fortzufuhren|weiterzufuhren|weiterzugehen|weiterzumachen|weiter zu gehen|voranzubringen|"
        r"zu berucksichtigen)\b"),
    fam("Grammatik: entschieden, Kandidaten einzuladen, deren Erfahrung besser passt", 4.0, ("entschieden", "entschlossen"),
        r"\b(?:entschieden|entschlossen),? (?:\w+ ){0,2}?(?:kandidat\w*|bewerber\w*|personen|profile)\b[^.!?;]{0,60}?"
        r"\b(?:einzuladen|vorzustellen|weiterzugehen|weiterzuverfolgen|fortzufahren|weiterzumachen|zu berucksichtigen)\b,? "
        r"(?:deren|die|welche|bei denen)\b[^.!?;]{0,80}\b(?:besser|starker|genauer|naher|eher|mehr|passender)\b"),
    fam("Grammatik: wir machen es mit der Kollegin, die schon ...", 4.0, ("machen es", "machen das", "machen's", "machens"),
        r"\bwir machen (?:es|das|'s|s)\b (?:\w+ ){0,2}?mit (?:der|dem|einer|einem|unserer|unserem) \w+(?: \w+)?,? "
        r"(?:die|der) (?:\w+ )?(?:schon|bereits|seit)\b"),
]

# ...and another date offered within the next sentences (a rejection that only calls the date off offers none)
_P10_OTHER_DATE = (r"(?=.{0,250}?(?:\b\d{1,2}(?:[:.]\d\d)? uhr\b|\b(?:alternativ\w*|stattdessen|ausweichtermin\w*|"
                   r"(?:einen |den )?(?:anderen|neuen) termin|ware (?:ihnen|dir)|passt (?:ihnen|dir)|ginge)\b))")
# (probe 10) the date the reader proposed for the interview is not possible, another offered: "den von Ihnen
# vorgeschlagenen Termin am 17. Februar können wir leider nicht anbieten"; "Ihren Wunschtermin können wir nicht
# einrichten" (not "einen Termin für ein Vorstellungsgespräch können wir Ihnen nicht anbieten": a no)
LOOKALIKES += [
    fam("look-alike: the reader's proposed date is not possible (de)", -5.0,
        ("vorgeschlagen", "wunschtermin", "gewunscht", "genannte", "angefragte", "angegebene"),
        r"\b(?:vorgeschlagene[nmr]?|gewunschte[nmr]?|genannte[nmr]?|angefragte[nmr]?|angegebene[nmr]?) "
        r"(?:\w+ )?(?:termin|datum|zeitpunkt|zeitfenster|uhrzeit|tag|slot)\w*\b[^.!?;]{0,80}\bnicht\b" + _P10_OTHER_DATE + "|"
        r"\bwunschtermin\w*\b[^.!?;]{0,80}\bnicht\b" + _P10_OTHER_DATE),
]
