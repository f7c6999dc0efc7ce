"""Builds the dev8/de corpus: ~100 German rejections, ~40 hard look-alikes, ~10 ordinary mails.

Written as an eighth independent author (round 8) before reading the detector or any other corpus, aiming at
phrasing the earlier authors may lack: unusual verbs and nouns for the decision, decisions said indirectly
("Verfahren abgeschlossen", "Stelle besetzt"), decisions buried after news or long pleasantries, passive and
nominal styles, very short and very long letters, HTML-only table templates (some with HTML entities),
quoted-reply threads and forwards, Austrian and Swiss letters, typos and missing umlauts, chat register,
subject-only verdicts, German bodies with English subjects or signatures.

Run:   .venv/bin/python tests/corpus/dev8/de/build.py           (writes messages/*.eml + labels.jsonl)
       .venv/bin/python tests/corpus/dev8/de/build.py --check   (parses everything back, checks labels 1:1)

Deterministic: no randomness, fixed dates. All people, companies and domains are invented.
"""

from __future__ import annotations

import html as htmllib
import json
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

# (first name, last name, "f"/"m"): the mailbox owners, one per message in turn
READERS = [
    ("Katharina", "Albers", "f"), ("Moritz", "Engelhardt", "m"), ("Selin", "Kaya", "f"), ("Paul", "Reinholz", "m"),
    ("Johanna", "Streit", "f"), ("Lukas", "Obermaier", "m"), ("Greta", "Wendland", "f"), ("Emil", "Sauter", "m"),
    ("Mara", "Lindqvist", "f"), ("Benedikt", "Fuchs", "m"),
]

ENCODINGS = [
    ("utf-8", "quoted-printable"), ("iso-8859-1", "8bit"), ("utf-8", "base64"), ("windows-1252", "quoted-printable"),
    ("iso-8859-15", "quoted-printable"), ("utf-8", "8bit"), ("iso-8859-1", "base64"),
]

BASE = datetime(2026, 10, 5, 8, 41, tzinfo=timezone(timedelta(hours=2)))

records: list[dict] = []


def R(subject, sender, body, company, role, contact=None, careers=None, **kw):
    """One rejection. ``contact`` is the human signer (label); its address is the From address unless given."""
    records.append(dict(kind="rejection", subject=subject, sender=sender, body=body, company=company, role=role,
                        contact=contact, careers=careers, **kw))


def L(subject, sender, body, kind="lookalike", **kw):
    """One look-alike (or ordinary mail with ``kind="ordinary"``)."""
    records.append(dict(kind=kind, subject=subject, sender=sender, body=body, **kw))


# Placeholders in bodies: {FH} Frau/Herr, {N} last name, {V} first name, {r} "r" for men (Sehr geehrte{r}),
# {Liebe} Liebe/Lieber.

# ---------------------------------------------------------------------------------------------------------------
# Rejections: unusual verbs and nouns for the decision
# ---------------------------------------------------------------------------------------------------------------
R("Ihre Bewerbung als Produktionsplaner", "Ingrid Pohl <ingrid.pohl@kalbach-armaturen.example>",
  "Sehr geehrte{r} {FH} {N},\n\nhaben Sie vielen Dank für Ihre Bewerbung als Produktionsplaner. Nach Abwägung aller "
  "Unterlagen müssen wir Ihre Bewerbung leider abschlägig bescheiden.\n\nWir wünschen Ihnen für Ihre weitere "
  "Suche viel Glück.\n\nMit freundlichen Grüßen\nIngrid Pohl\nPersonalreferentin\nKalbach Armaturen GmbH",
  "Kalbach Armaturen GmbH", "Produktionsplaner", "Ingrid Pohl")
R("Bewerbung Mediengestalter Digital", "Holger Weiß <h.weiss@druckhaus-amsel.example>",
  "Guten Tag {FH} {N},\n\nfür Ihre Bewerbung als Mediengestalter Digital danken wir Ihnen. Wir haben uns jedoch "
  "gegen eine Weiterführung Ihrer Bewerbung entschieden, da wir für die Stelle mehr Erfahrung im Bereich "
  "Packaging benötigen.\n\nAlles Gute\nHolger Weiß\nDruckhaus Amsel", "Druckhaus Amsel", "Mediengestalter Digital",
  "Holger Weiß")
R("Ihre Kandidatur – Senior Buyer", "Talent Acquisition <careers@vonhagen-retail.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir danken Ihnen für Ihre Kandidatur als Senior Buyer. Ihre Kandidatur wird im "
  "laufenden Verfahren nicht weiterverfolgt.\n\nFreundliche Grüße\nTalent Acquisition\nVon Hagen Retail Group",
  "Von Hagen Retail Group", "Senior Buyer", html="only")
R("Rückmeldung Werkstudentenstelle HR", "Charlotte Brix <charlotte.brix@seeblick-software.example>",
  "Hallo {V},\n\ndanke für deine Bewerbung als Werkstudentin HR und das nette Telefonat letzte Woche! Leider "
  "müssen wir dir eine negative Rückmeldung geben: Wir brauchen jemanden, der mindestens 20 Stunden pro Woche "
  "arbeiten kann.\n\nViele Grüße\nCharlotte\n\nCharlotte Brix | People & Culture | Seeblick Software",
  "Seeblick Software", "Werkstudentin HR", "Charlotte Brix")
R("Ihre Bewerbung bei der Lemberger Mühle", "Familie Lemberger <info@lemberger-muehle.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider fällt unsere Rückmeldung auf Ihre Bewerbung als Müller nicht positiv aus. "
  "Wir haben einer Bewerberin aus der Region den Vorzug gegeben.\n\nMit freundlichen Grüßen\nKarl Lemberger",
  "Lemberger Mühle", "Müller", "Karl Lemberger", contact_email="info@lemberger-muehle.example")
R("Ihre Bewerbung – Referenz 88213", "Recruiting <no-reply@talentos-ats.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank für Ihr Interesse an der Position Fachinformatiker "
  "Systemintegration bei der Brückner Datentechnik GmbH.\n\nDie Fachabteilung hat Ihre Unterlagen eingehend "
  "geprüft und hat sich gegen eine weitere Berücksichtigung ausgesprochen.\n\nWir wünschen Ihnen alles Gute.\n\n"
  "Ihr Personalteam der Brückner Datentechnik GmbH\nhttps://karriere.brueckner-datentechnik.example",
  "Brückner Datentechnik GmbH", "Fachinformatiker Systemintegration",
  careers="https://karriere.brueckner-datentechnik.example", html="table")
R("Bewerbung Sachbearbeiterin Rechnungswesen", "Petra Jankowski <jankowski@rheintal-spedition.example>",
  "Sehr geehrte{r} {FH} {N},\n\nmit Bedauern teilen wir Ihnen die Nichtberücksichtigung Ihrer Bewerbung als "
  "Sachbearbeiterin Rechnungswesen mit.\n\nIhre Unterlagen werden nach Ablauf der gesetzlichen Frist vernichtet."
  "\n\nMit freundlichen Grüßen\ni. A. Petra Jankowski\nRheintal Spedition KG", "Rheintal Spedition KG",
  "Sachbearbeiterin Rechnungswesen", "Petra Jankowski")
R("Ihre Bewerbung um die Stelle als Laborant", "Dr. Volker Nies <v.nies@biolumen-labs.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung als Laborant ist im Auswahlverfahren leider nicht zum Erfolg "
  "gekommen. Die Entscheidung ist zugunsten einer Mitbewerberin ausgefallen, die bereits Erfahrung mit "
  "Zellkulturen mitbringt.\n\nMit besten Grüßen\nDr. Volker Nies\nBiolumen Labs", "Biolumen Labs", "Laborant",
  "Volker Nies")
R("Ihre Bewerbung als Kundenservice-Mitarbeiter", "Servicecenter Bewerbermanagement <bewerbung@teleway.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbezugnehmend auf Ihre Bewerbung als Kundenservice-Mitarbeiter teilen wir Ihnen "
  "mit, dass Ihre Bewerbung leider erfolglos geblieben ist.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement\n"
  "Teleway Service GmbH", "Teleway Service GmbH", "Kundenservice-Mitarbeiter")
R("Ihre Bewerbung", "Sandra Oltmanns <oltmanns@friesenhof-pflege.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank, dass Sie sich bei uns als Pflegefachkraft beworben haben. Leider "
  "kommen Sie für die Position nicht in Frage, da uns die Anerkennung Ihres Abschlusses noch nicht vorliegt.\n\n"
  "Sobald Sie die Anerkennung haben, dürfen Sie sich gern erneut melden.\n\nFreundliche Grüße\nSandra Oltmanns\n"
  "Pflegedienstleitung Friesenhof", "Friesenhof", "Pflegefachkraft", "Sandra Oltmanns")
R("Ihre Bewerbung als Junior Key Account Manager", "Markus Drewes <markus.drewes@pelikan-foods.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir haben die Gespräche für die Position Junior Key Account Manager "
  "abgeschlossen. Es war denkbar knapp, doch am Ende haben wir einem Kandidaten mit Erfahrung im "
  "Lebensmitteleinzelhandel die Stelle zugesagt.\n\nWir würden Ihr Profil gern für künftige Vakanzen "
  "vormerken, wenn Sie einverstanden sind.\n\nBeste Grüße\nMarkus Drewes\nPelikan Foods", "Pelikan Foods",
  "Junior Key Account Manager", "Markus Drewes")
R("Ihre Bewerbung", "Personalabteilung <personal@hochrhein-klinik.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnach eingehender Prüfung Ihrer Unterlagen sehen wir leider keine Einsatzmöglichkeit "
  "für Sie in unserem Haus. Wir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
  "Hochrhein-Klinik", "Hochrhein-Klinik", None)
R("Initiativbewerbung", "Anke Möller <a.moeller@kuestenwerft.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndanke für Ihre Initiativbewerbung. Zurzeit haben wir keine offene Stelle, die zu "
  "Ihrem Profil passt, und können Ihnen daher leider keine Anstellung anbieten.\n\nMit freundlichen Grüßen\n"
  "Anke Möller\nKüstenwerft Brake", "Küstenwerft Brake", None, "Anke Möller")
R("Absage", "Stefan Rauch <rauch@glaserei-rauch.example>",
  "Hallo {FH} {N},\n\ndanke für die Bewerbung. Wir haben uns für jemanden entschieden, der schon länger im "
  "Fensterbau ist.\n\nGruß\nStefan Rauch\nGlaserei Rauch", "Glaserei Rauch", None, "Stefan Rauch", curt=True)
R("Ihre Bewerbung als Redakteur Online", "Redaktion Personal <jobs@weserblatt.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir bedanken uns für Ihr Interesse am Weserblatt. Wir haben uns entschlossen, die "
  "Stelle als Redakteur Online mit einer Kollegin aus dem eigenen Haus zu besetzen.\n\nMit freundlichen Grüßen\n"
  "Ulrike Hansen\nChefredaktion Weserblatt", "Weserblatt", "Redakteur Online", "Ulrike Hansen",
  contact_email="jobs@weserblatt.example")
R("Ihre Bewerbung bei uns", "noreply@jobs.mangold-versand.example",
  "Hallo {V},\n\nschön, dass du dich als Lagermitarbeiter beworben hast! Leider hat es diesmal nicht gereicht – "
  "andere Bewerbungen haben besser gepasst.\n\nWir wünschen dir alles Gute!\nDein Mangold-Team",
  "Mangold Versand", "Lagermitarbeiter", html="alt")
R("Ihre Bewerbung: Ergebnis des Online-Tests", "Auswahlverfahren <auswahl@nordbahn-ausbildung.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank für Ihre Teilnahme am Online-Test für den Ausbildungsberuf "
  "Eisenbahner im Betriebsdienst. Leider haben Sie die erforderliche Punktzahl nicht erreicht, sodass wir Ihre "
  "Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nTeam Ausbildung\nNordbahn",
  "Nordbahn", "Eisenbahner im Betriebsdienst")
R("Einstellungstest", "Bewerberbüro <einstellung@polizei-hafenland.example>",
  "Sehr geehrte{r} {FH} {N},\n\nSie haben am Einstellungstest für den Polizeivollzugsdienst teilgenommen. Ihre "
  "Ergebnisse im Sporttest erfüllen die Mindestanforderungen nicht; Sie sind damit aus dem Auswahlverfahren "
  "ausgeschieden.\n\nEine erneute Bewerbung ist zum nächsten Einstellungstermin möglich.\n\nIm Auftrag\n"
  "Bewerberbüro der Polizei Hafenland", "Polizei Hafenland", "Polizeivollzugsdienst")
R("Ihre Bewerbung – Stelle Hausmeister", "Wohnbau Kranichfeld <verwaltung@wohnbau-kranichfeld.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider konnten Sie sich gegen die zahlreichen Mitbewerber nicht durchsetzen. "
  "Die Stelle als Hausmeister ist vergeben.\n\nMit freundlichen Grüßen\nWohnbau Kranichfeld eG",
  "Wohnbau Kranichfeld eG", "Hausmeister")
R("Deine Bewerbung als Barista", "Lotte <lotte@kaffeerausch.example>",
  "Hey {V},\n\nsorry, dass es so lange gedauert hat! Wir haben inzwischen jemanden gefunden, der direkt "
  "anfangen kann. Falls wir im Frühjahr wieder suchen, melde ich mich.\n\nLiebe Grüße\nLotte vom Kaffeerausch",
  "Kaffeerausch", "Barista", "Lotte", curt=True)
R("AW: Bewerbung Tischler", "Jürgen Wolff <wolff@holzwerkstatt-wolff.example>",
  "Moin {FH} {N},\n\ndie Stelle ist weg, tut mir leid. Hab mich für einen Gesellen aus dem Dorf entschieden.\n\n"
  "Gruß Jürgen Wolff\n\n-----Ursprüngliche Nachricht-----\nVon: {V} {N}\nGesendet: Montag, 12. Oktober 2026 "
  "19:40\nAn: wolff@holzwerkstatt-wolff.example\nBetreff: Bewerbung Tischler\n\nSehr geehrter Herr Wolff,\nanbei "
  "meine Bewerbung als Tischler. Ich freue mich auf Ihre Antwort.\n", "Holzwerkstatt Wolff", "Tischler",
  "Jürgen Wolff", curt=True)

# Decisions said indirectly ("process completed", "position filled", "closed")
R("Besetzung der Stelle Teamleitung Buchhaltung", "Heike Brandes <heike.brandes@elbkontor.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir möchten Sie darüber informieren, dass das Auswahlverfahren für die Stelle "
  "Teamleitung Buchhaltung inzwischen abgeschlossen ist und die Position besetzt wurde.\n\nWir danken Ihnen für "
  "Ihr Interesse und wünschen Ihnen beruflich alles Gute.\n\nMit freundlichen Grüßen\nHeike Brandes\nElbkontor AG",
  "Elbkontor AG", "Teamleitung Buchhaltung", "Heike Brandes")
R("Stellenausschreibung Sachbearbeitung Wohngeld – Abschluss des Verfahrens",
  "Personalservice <personalservice@kreis-mittelland.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndas Stellenbesetzungsverfahren für die Sachbearbeitung Wohngeld "
  "(Kennziffer 44/2026) ist abgeschlossen. Die Wahl fiel auf eine andere Bewerberin.\n\nIhre "
  "Bewerbungsunterlagen werden nach Ablauf von drei Monaten datenschutzgerecht vernichtet.\n\nMit freundlichen "
  "Grüßen\nIm Auftrag\nKreisverwaltung Mittelland – Personalservice", "Kreisverwaltung Mittelland",
  "Sachbearbeitung Wohngeld")
R("Vakanz Projektingenieur geschlossen", "Dirk Albrecht <d.albrecht@talwind-engineering.example>",
  "Hallo {FH} {N},\n\nkurze Info: Die Vakanz Projektingenieur ist seit gestern geschlossen, wir haben die Rolle "
  "besetzt. Danke nochmal für Ihre Zeit und die spannenden Gespräche.\n\nViele Grüße\nDirk Albrecht\nTalwind "
  "Engineering", "Talwind Engineering", "Projektingenieur", "Dirk Albrecht", curt=True)
R("Ihre Bewerbung als Assistenz der Geschäftsführung", "Lena Krohn <l.krohn@hafenstadt-immobilien.example>",
  "Sehr geehrte{r} {FH} {N},\n\nunser Bewerbungsprozess für die Position Assistenz der Geschäftsführung ist "
  "beendet. Die Stelle ist nicht mehr vakant.\n\nMit freundlichen Grüßen\nLena Krohn\nHafenstadt Immobilien",
  "Hafenstadt Immobilien", "Assistenz der Geschäftsführung", "Lena Krohn")
R("Ihre Bewerbung", "HR Team <hr@quantamed.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndie Position als Regulatory Affairs Specialist, auf die Sie sich beworben haben, "
  "wird aus budgetären Gründen vorerst nicht besetzt. Wir haben die Ausschreibung daher zurückgezogen und "
  "können das Verfahren mit Ihnen nicht fortsetzen.\n\nWir bedauern das sehr.\n\nFreundliche Grüße\nHR Team "
  "QuantaMed", "QuantaMed", "Regulatory Affairs Specialist")
R("Information zu Ihrer Bewerbung", "Personalentwicklung <jobs@stadtbibliothek-auenfeld.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndas Bewerbungsverfahren für die Stelle Bibliotheksassistenz wurde eingestellt, "
  "da die Stelle im Zuge der Haushaltskonsolidierung entfällt.\n\nWir bedanken uns für Ihr Interesse.\n\n"
  "Mit freundlichen Grüßen\nStadtbibliothek Auenfeld", "Stadtbibliothek Auenfeld", "Bibliotheksassistenz")
R("Ihr Praktikumswunsch", "Birgit Sommerfeld <sommerfeld@museum-lindenhaus.example>",
  "{Liebe} {FH} {N},\n\nvielen Dank für Ihre Anfrage nach einem Praktikum im Sommer. Unsere Praktikumsplätze für "
  "2027 sind leider schon alle vergeben.\n\nMit herzlichen Grüßen\nBirgit Sommerfeld\nMuseum Lindenhaus",
  "Museum Lindenhaus", None, "Birgit Sommerfeld")
R("Ausbildungsplatz Bankkaufmann", "Ausbildung <ausbildung@volksbank-talgrund.example>",
  "Sehr geehrte{r} {FH} {N},\n\nalle Ausbildungsplätze zum Bankkaufmann für das Jahr 2027 sind bereits vergeben. "
  "Wir können Ihre Bewerbung daher nicht mehr berücksichtigen.\n\nMit freundlichen Grüßen\nIhre Volksbank "
  "Talgrund eG", "Volksbank Talgrund eG", "Bankkaufmann")
R("Deine Bewerbung bei Funkloch Studios", "Nils <nils@funkloch-studios.example>",
  "Hi {V},\n\nwir haben die richtige Person für die Rolle als Motion Designer gefunden und den Job vergeben. Hat "
  "großen Spaß gemacht, dich kennenzulernen!\n\nCheers\nNils\nFunkloch Studios",
  "Funkloch Studios", "Motion Designer", "Nils")
R("Ihre Bewerbung – Controller", "Frank Behrendt <behrendt@westfalia-kunststoff.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwie Sie wissen, hatten wir Sie im September zu einem Gespräch eingeladen. "
  "Zwischenzeitlich haben wir einen Arbeitsvertrag mit einem anderen Kandidaten geschlossen.\n\n"
  "Mit freundlichen Grüßen\nFrank Behrendt\nWestfalia Kunststofftechnik", "Westfalia Kunststofftechnik",
  "Controller", "Frank Behrendt")

# Decisions buried after news or long pleasantries
R("Neuigkeiten aus dem Recruiting und Ihre Bewerbung", "Svenja Lorenz <svenja.lorenz@greenvolt.example>",
  "{Liebe} {FH} {N},\n\nzunächst möchten wir uns für Ihre Geduld bedanken. Die letzten Wochen waren bei uns "
  "turbulent: Wir sind in unser neues Büro am Hafen gezogen, haben zwei neue Windparks ans Netz gebracht und "
  "unser Team ist auf über 120 Menschen gewachsen. Das hat leider auch dazu geführt, dass sich die Rückmeldungen "
  "an unsere Bewerberinnen und Bewerber verzögert haben.\n\nIhr Gespräch für die Position Projektcontroller hat "
  "uns sehr gefallen – Ihre Fragen zu unserem Finanzierungsmodell waren genau die richtigen. Umso schwerer fällt "
  "es uns, Ihnen mitzuteilen, dass wir die Stelle einer Kandidatin angeboten haben, die bereits mehrere "
  "Energieprojekte begleitet hat und das Angebot auch angenommen hat.\n\nWir würden uns freuen, wenn Sie unsere "
  "Karriereseite im Blick behalten: https://greenvolt.example/karriere\n\nSonnige Grüße aus Husum\nSvenja Lorenz\n"
  "Talent Partner | Greenvolt", "Greenvolt", "Projektcontroller", "Svenja Lorenz",
  careers="https://greenvolt.example/karriere")
R("Ihre Bewerbung", "Prof. Dr. Anselm Reuter <reuter@inst-geo.uni-hollberg.example>",
  "Sehr geehrte{r} {FH} {N},\n\nich hoffe, Sie hatten einen guten Start ins Wintersemester. Bei uns ist viel "
  "passiert: Das DFG-Projekt wurde verlängert, und wir haben zwei neue Messgeräte bekommen. Für die "
  "ausgeschriebene Doktorandenstelle hatten wir über 60 Bewerbungen, viele davon sehr stark.\n\nNach "
  "ausführlicher Beratung im Team ist unsere Entscheidung auf einen Kandidaten mit Vorerfahrung in der "
  "Fernerkundung gefallen. Ich hätte Ihnen gern etwas anderes geschrieben.\n\nMit besten Grüßen\nAnselm Reuter\n"
  "Institut für Geographie, Universität Hollberg", "Universität Hollberg", "Doktorandenstelle", "Anselm Reuter")
R("Danke für Ihren Besuch bei uns!", "Tanja Voigt <tanja.voigt@kiesel-spielwaren.example>",
  "Guten Tag {FH} {N},\n\nes war schön, Sie letzte Woche bei uns in Fürth begrüßen zu dürfen. Wir hoffen, die "
  "Führung durch die Produktion und das Mittagessen in unserer Kantine haben Ihnen gefallen – unser Koch ist "
  "zu Recht stolz auf seine Schäufele.\n\nWir haben nach Ihrem Besuch noch lange diskutiert und uns letztlich "
  "für einen anderen Weg entschieden: Die Stelle als Produktmanager wird mit einer Person besetzt, die "
  "schon im Spielwarenhandel gearbeitet hat.\n\nWir wünschen Ihnen nur das Beste und bedanken uns für die "
  "Offenheit in den Gesprächen.\n\nHerzliche Grüße aus Franken\nTanja Voigt\nKiesel Spielwaren",
  "Kiesel Spielwaren", "Produktmanager", "Tanja Voigt")
R("Ein Update von Lumina Health", "Lumina Health Careers <talent@lumina-health.example>",
  "{Liebe} {FH} {N},\n\nwir möchten Ihnen zunächst von unserem Jahr erzählen: Unsere App hat die Marke von "
  "einer Million Nutzerinnen geknackt, wir haben eine Series-B-Finanzierung abgeschlossen und eröffnen im "
  "Frühjahr ein Büro in Wien.\n\nIn Bezug auf Ihre Bewerbung als Product Owner haben wir schlechtere "
  "Nachrichten: Wir werden Ihnen kein Angebot unterbreiten. Ihr Profil war stark, doch ein anderes hat noch "
  "besser zu unserem Team gepasst.\n\nBleiben Sie uns gewogen!\nIhr Lumina Talent Team\n\nhttps://lumina-health"
  ".example/jobs", "Lumina Health", "Product Owner", careers="https://lumina-health.example/jobs", html="only")
R("Rückblick auf unseren Kennenlerntag", "Kerstin Dahl <k.dahl@hofgut-steinbach.example>",
  "{Liebe} {FH} {N},\n\nwas für ein Tag! Trotz Regen haben alle Bewerberinnen und Bewerber beim Ernteeinsatz "
  "mit angepackt, und die Kürbissuppe am Abend war ein Gedicht. Herzlichen Dank, dass Sie dabei waren.\n\n"
  "Wir haben uns inzwischen entschieden, wer ab Januar unseren Hofladen leiten wird. Sie sind es leider nicht "
  "geworden – es war eine wirklich schwere Wahl.\n\nAlles Liebe vom Hofgut\nKerstin Dahl", "Hofgut Steinbach",
  None, "Kerstin Dahl")
R("Ihre Bewerbung und ein paar Worte zum Schluss", "Bernhard Ilg <ilg@ilg-steuerberatung.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbevor ich zur Sache komme, möchte ich mich bedanken: Ihre Unterlagen gehörten zu "
  "den sorgfältigsten, die uns je erreicht haben, und Ihr Anschreiben hat uns wirklich gefreut. Auch Ihre "
  "Arbeitsprobe zur Umsatzsteuer war tadellos.\n\nGleichwohl haben wir uns nach langem Abwägen gegen Sie und für "
  "eine Steuerfachangestellte mit Erfahrung in der Landwirtschaftsberatung entschieden, weil unser Mandantenstamm "
  "sehr stark landwirtschaftlich geprägt ist.\n\nIch bin mir sicher, dass Sie bald eine passende Stelle finden."
  "\n\nMit freundlichen Grüßen\nBernhard Ilg\nSteuerberater", "Ilg Steuerberatung", "Steuerfachangestellte",
  "Bernhard Ilg")

# Passive and nominal styles
R("Ergebnis des Auswahlverfahrens – Sachbearbeiter Geoinformation (m/w/d)",
  "Personalreferat <personal@landesamt-vermessung.example>",
  "Sehr geehrte{r} {FH} {N},\n\nim Auswahlverfahren für die Besetzung der Stelle einer Sachbearbeiterin / eines "
  "Sachbearbeiters Geoinformation konnte Ihre Bewerbung keine Berücksichtigung finden. Es wurde eine Bewerberin "
  "ausgewählt, die nach Eignung, Befähigung und fachlicher Leistung am besten geeignet ist.\n\n"
  "Rechtsbehelfsbelehrung: "
  "Gegen diese Mitteilung kann innerhalb eines Monats Widerspruch erhoben werden.\n\nIm Auftrag\nPersonalreferat\n"
  "Landesamt für Vermessung", "Landesamt für Vermessung", "Sachbearbeiter Geoinformation")
R("Ihre Bewerbung Nr. 2026-1187", "Bewerbermanagement <karriere@sanitas-kliniken.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvon einer Einstellung muss leider abgesehen werden. Die Auswahl ist auf Bewerber "
  "gefallen, deren Qualifikation dem Anforderungsprofil der Stelle Medizinischer Dokumentar in höherem Maße "
  "entspricht.\n\nMit freundlichen Grüßen\nSanitas Kliniken – Bewerbermanagement",
  "Sanitas Kliniken", "Medizinischer Dokumentar", html="alt")
R("Betr.: Ihre Bewerbung vom 02.09.2026", "Kanzlei Oberndorfer <office@oberndorfer-recht.example>",
  "Sehr geehrte{r} {FH} {N},\n\nin obiger Angelegenheit ist eine Entscheidung zu Ihren Ungunsten getroffen "
  "worden. Eine Einstellung als Rechtsanwaltsfachangestellte ist nicht möglich.\n\nHochachtungsvoll\n"
  "RA Dr. Theresa Oberndorfer", "Kanzlei Oberndorfer", "Rechtsanwaltsfachangestellte", "Theresa Oberndorfer",
  contact_email="office@oberndorfer-recht.example", curt=True)
R("Ablehnung Ihrer Bewerbung", "Bewerbungsportal <noreply@karriere-stadtwerke-hainfeld.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung auf die Stelle Netzmonteur wurde abgelehnt.\n\nDiese Nachricht wurde "
  "automatisch erstellt.\n\nStadtwerke Hainfeld", "Stadtwerke Hainfeld", "Netzmonteur", curt=True)
R("Zwischenstand und Entscheidung", "Ralf Jessen <jessen@nordkap-reisen.example>",
  "Sehr geehrte{r} {FH} {N},\n\nes erfolgt keine weitere Berücksichtigung Ihrer Bewerbung für die Position "
  "Reiseleiter Skandinavien. Ausschlaggebend war die fehlende Erfahrung mit Gruppenreisen.\n\nMit freundlichen "
  "Grüßen\nRalf Jessen\nNordkap Reisen", "Nordkap Reisen", "Reiseleiter Skandinavien", "Ralf Jessen")
R("Ihre Unterlagen", "Sekretariat <sekretariat@gymnasium-am-rosenhag.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung als Vertretungslehrkraft für Chemie wird nicht weiter verfolgt, da "
  "der Vertretungsbedarf inzwischen durch eine Abordnung gedeckt wird. Ihre Unterlagen erhalten Sie in der Anlage "
  "zurück.\n\nMit freundlichen Grüßen\nDr. Monika Hegel\nSchulleiterin", "Gymnasium am Rosenhag",
  "Vertretungslehrkraft für Chemie", "Monika Hegel", contact_email="sekretariat@gymnasium-am-rosenhag.example")
R("Entscheidung im Bewerbungsverfahren", "Personalamt <personalamt@stadt-birkenau.example>",
  "Sehr geehrte{r} {FH} {N},\n\nhiermit teilen wir Ihnen mit, dass Ihre Bewerbung auf die ausgeschriebene Stelle "
  "als Erzieher im Kinderhaus Sonnenberg erfolglos war. Wir bitten, von Rückfragen abzusehen.\n\n"
  "Mit freundlichen Grüßen\nStadt Birkenau – Personalamt", "Stadt Birkenau", "Erzieher")
R("Bewerbungsverfahren W2-Professur Werkstoffmechanik", "Berufungsbeauftragte <berufung@hs-suedwald.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndie Berufungskommission für die W2-Professur Werkstoffmechanik hat in ihrer "
  "Sitzung vom 14. Oktober 2026 beschlossen, Sie nicht zu einem Vortrag einzuladen. Wir danken Ihnen für Ihre "
  "Bewerbung und bitten um Verständnis, dass wir die Gründe nicht im Einzelnen darlegen.\n\nMit freundlichen "
  "Grüßen\nProf. Dr. Hanna Vogler\nVorsitzende der Berufungskommission\nHochschule Südwald",
  "Hochschule Südwald", "W2-Professur Werkstoffmechanik", "Hanna Vogler",
  contact_email="berufung@hs-suedwald.example")
R("Ihre Bewerbung um Zulassung zum Vorbereitungsdienst", "Zentrale Auswahlstelle <zast@justiz-beispielland.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung um Einstellung in die Ausbildung zum Justizfachwirt für den "
  "mittleren Justizdienst kann nicht berücksichtigt werden, weil die geforderte Abschlussnote nicht "
  "nachgewiesen wurde.\n\nMit freundlichen Grüßen\nZentrale Auswahlstelle der Justiz",
  "Justiz Beispielland", "Justizfachwirt")

# Very short letters and subject-only verdicts
R("Absage: Ihre Bewerbung als Fahrer Nahverkehr", "Disposition <dispo@maier-logistik.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir danken Ihnen für Ihre Bewerbung und wünschen Ihnen für die Zukunft alles "
  "Gute.\n\nMaier Logistik", "Maier Logistik", "Fahrer Nahverkehr", curt=True)
R("Ihre Bewerbung – leider eine Absage", "Yvonne Kurz <y.kurz@agentur-kurzweil.example>",
  "Hallo {FH} {N},\n\nvielen Dank für Ihr Interesse an einem Volontariat bei uns. Alles Gute für Sie!\n\n"
  "Yvonne Kurz\nAgentur Kurzweil", "Agentur Kurzweil", "Volontariat", "Yvonne Kurz", curt=True)
R("Negativer Bescheid – Bewerbung Verwaltungsfachangestellter", "Amt Lindow <personal@amt-lindow.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir bedanken uns für Ihre Bewerbung.\n\nMit freundlichen Grüßen\nAmt Lindow",
  "Amt Lindow", "Verwaltungsfachangestellter", curt=True)
R("Re: Bewerbung", "Olaf Brink <olaf@brink-gartenbau.example>",
  "Nein, leider nicht. Stelle ist besetzt.\n\nOlaf\n\nAm 03.10.2026 schrieb {V} {N}:\n> Hallo Herr Brink, "
  "ist die Stelle als Gärtner noch frei?\n", "Brink Gartenbau", "Gärtner", "Olaf Brink", curt=True)
R("Bewerbung Servicekraft", "Gasthaus Zum Schwan <schwan@gasthaus-schwan.example>",
  "Hallo,\nwir haben schon jemanden. Trotzdem danke!\nGasthaus Zum Schwan", "Gasthaus Zum Schwan",
  "Servicekraft", curt=True)
R("Stelle vergeben", "Monika Franz <monika.franz@praxis-franz.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndanke für Ihre Bewerbung als Medizinische Fachangestellte.\n\nFreundliche Grüße\n"
  "Monika Franz\nZahnarztpraxis Dr. Franz", "Zahnarztpraxis Dr. Franz", "Medizinische Fachangestellte",
  "Monika Franz", curt=True)

# Agencies and recruiters (the client decided)
R("Update zu Ihrer Bewerbung bei unserem Kunden", "Jan Ostermann <jan.ostermann@brightpath-personal.example>",
  "Hallo {FH} {N},\n\nich habe heute Feedback von unserem Kunden, der Falkner Automotive GmbH, erhalten. Man hat "
  "sich dort leider für einen anderen Kandidaten entschieden, der mehr Erfahrung mit AUTOSAR mitbringt.\n\nIch "
  "halte weiter die Augen für Sie offen.\n\nViele Grüße\nJan Ostermann\nSenior Consultant | Brightpath Personal",
  "Falkner Automotive GmbH", None, "Jan Ostermann")
R("Feedback Falkenried Logistik", "Miriam Tews <tews@hanse-headhunting.example>",
  "Guten Tag {FH} {N},\n\nleider habe ich keine guten Neuigkeiten: Die Geschäftsführung von Falkenried Logistik "
  "hat nach dem Zweitgespräch abgewunken. Man sucht doch jemanden mit mehr Führungserfahrung für die Position "
  "Niederlassungsleiter.\n\nBeste Grüße\nMiriam Tews\nHanse Headhunting", "Falkenried Logistik",
  "Niederlassungsleiter", "Miriam Tews")
R("Ihre Vorstellung bei der Ornstein Bank", "Carsten Pfahl <cpfahl@meridian-executive.example>",
  "Sehr geehrte{r} {FH} {N},\n\nmein Mandant, die Ornstein Bank, hat sich entschieden, Ihr Profil für die Rolle "
  "Leiter Treasury nicht weiter zu betrachten. Ich bedaure das, denn ich war von Ihrer Eignung überzeugt.\n\n"
  "Mit freundlichen Grüßen\nCarsten Pfahl\nPartner, Meridian Executive Search", "Ornstein Bank",
  "Leiter Treasury", "Carsten Pfahl")
R("Kunde hat sich gemeldet", "Nicole Baum <nicole@jobwerk-zeitarbeit.example>",
  "Hi {V},\n\nder Kunde (Sommer Elektrotechnik) möchte dich leider nicht kennenlernen – die suchen doch eher "
  "jemanden mit SPS-Kenntnissen. Ich hab aber schon was anderes im Blick und ruf dich morgen an.\n\nLG Nicole\n"
  "Jobwerk Zeitarbeit", "Sommer Elektrotechnik", None, "Nicole Baum")

# Austria
R("Ihre Bewerbung als Bürokauffrau", "Mag. Elke Brunner <elke.brunner@steirerholz.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir dürfen uns für Ihre Bewerbung als Bürokauffrau herzlich bedanken. Leider "
  "konnte Ihre Bewerbung diesmal nicht zum Zug kommen, da wir uns für eine Kandidatin aus dem Bezirk entschieden "
  "haben.\n\nWir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.\n\nMit freundlichen Grüßen aus Graz\n"
  "Mag. Elke Brunner\nSteirerholz GmbH", "Steirerholz GmbH", "Bürokauffrau", "Elke Brunner")
R("Ihre Bewerbung – Jänner 2027", "Personalabteilung <bewerbung@tiroler-seilbahnen.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbezüglich Ihrer Bewerbung als Liftwart für die Wintersaison ab Jänner 2027 "
  "müssen wir Ihnen mitteilen, dass alle Posten bereits vergeben sind.\n\nFreundliche Grüße\nTiroler Seilbahnen "
  "AG – Personal", "Tiroler Seilbahnen AG", "Liftwart")
R("Ihre Bewerbung beim Magistrat", "Magistrat Kleinwies <personal@kleinwies.gv.example>",
  "Sehr geehrte{r} {FH} {N},\n\nim Aufnahmeverfahren für den Posten einer Verwaltungsassistentin wurde Ihre "
  "Bewerbung nicht in die engere Wahl gezogen. Wir ersuchen um Kenntnisnahme.\n\nMit freundlichen Grüßen\n"
  "Für den Bürgermeister\nMagistrat Kleinwies", "Magistrat Kleinwies", "Verwaltungsassistentin")
R("Bewerbung Kellner Sommersaison", "Hotel Alpenrose <office@alpenrose-hotel.example>",
  "Servus {V},\n\ndanke für deine Bewerbung! Heuer sind wir für den Sommer leider schon komplett, die Stelle ist "
  "vergeben. Probier's gern nächstes Jahr wieder.\n\nLiebe Grüße\nSepp Hinterberger\nHotel Alpenrose",
  "Hotel Alpenrose", "Kellner", "Sepp Hinterberger", contact_email="office@alpenrose-hotel.example")
R("Ihre Bewerbung bei der Donaupark Versicherung", "Recruiting <karriere@donaupark-versicherung.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbedauerlicherweise können wir Ihrer Bewerbung als Schadenreferent nicht "
  "näher treten. Wir haben uns für eine Bewerberin entschieden, deren Erfahrung besser passt.\n\nMit freundlichen "
  "Grüßen\nDonaupark Versicherung AG\nhttps://www.donaupark-versicherung.example/karriere",
  "Donaupark Versicherung AG", "Schadenreferent", careers="https://www.donaupark-versicherung.example/karriere",
  html="only", entities=True)

# Switzerland (no ß, Swiss words)
R("Ihre Bewerbung als Fachfrau Betreuung", "Kita Sonnenstrahl <leitung@kita-sonnenstrahl.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbesten Dank für Ihr Dossier. Wir haben uns für eine andere Kandidatur "
  "entschieden und retournieren Ihnen Ihre Unterlagen.\n\nFreundliche Grüsse\nBeatrice Zürcher\nKita Sonnenstrahl "
  "Winterthur", "Kita Sonnenstrahl", "Fachfrau Betreuung", "Beatrice Zürcher",
  contact_email="leitung@kita-sonnenstrahl.example", swiss=True)
R("Ihre Bewerbung", "Personaldienst <personal@gemeinde-ruetiberg.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider können wir Ihnen keinen positiven Entscheid mitteilen. Der Gemeinderat hat "
  "die Stelle als Leiter Steueramt an einen anderen Bewerber vergeben.\n\nFreundliche Grüsse\nGemeinde Rütiberg\n"
  "Personaldienst", "Gemeinde Rütiberg", "Leiter Steueramt", swiss=True)
R("Bewerbung Polymechaniker", "Reto Gasser <reto.gasser@gasser-praezision.example>",
  "Grüezi {FH} {N},\n\nmerci für Ihre Bewerbung als Polymechaniker. Wir haben die Stelle inzwischen intern "
  "besetzen können. Ich wünsche Ihnen viel Glück bei der Stellensuche.\n\nFreundliche Grüsse\nReto Gasser\n"
  "Gasser Präzision AG", "Gasser Präzision AG", "Polymechaniker", "Reto Gasser", swiss=True)
R("Absage Ihrer Bewerbung", "HR Services <hr@alpenfirn-pharma.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir bedauern, Ihnen mitteilen zu müssen, dass wir Ihr Dossier für die Stelle "
  "Quality Assurance Specialist nicht weiter berücksichtigen werden. Die Anzahl qualifizierter Bewerbungen "
  "war ausserordentlich gross.\n\nFreundliche Grüsse\nHR Services\nAlpenfirn Pharma AG\n"
  "https://jobs.alpenfirn-pharma.example", "Alpenfirn Pharma AG", "Quality Assurance Specialist",
  careers="https://jobs.alpenfirn-pharma.example", swiss=True, html="table")
R("Ihre Bewerbung als Sachbearbeiter Zoll", "Simone Frei <simone.frei@rheinport-basel.example>",
  "Guten Tag {FH} {N},\n\nnach dem Schnuppertag mussten wir leider feststellen, dass die Anforderungen der "
  "Stelle nicht mit Ihren Vorstellungen übereinstimmen. Wir werden das Verfahren deshalb nicht weiterführen.\n\n"
  "Freundliche Grüsse\nSimone Frei\nRheinport Basel AG", "Rheinport Basel AG", "Sachbearbeiter Zoll",
  "Simone Frei", swiss=True)

# Typos and missing umlauts
R("Ihre Bewerbung", "Detlef Kramer <kramer@kramer-dachbau.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider muessen wir Ihnen mitteilen das wir uns fuer einen anderen Bewerber "
  "entschieden haben. Die Stelle als Dachdecker ist damit besetzt.\n\nMit freundlichen Gruessen\nDetlef Kramer\n"
  "Kramer Dachbau", "Kramer Dachbau", "Dachdecker", "Detlef Kramer", ascii=True)
R("bewerbung", "Sabine Ertl <ertl.sabine@reinigungsdienst-ertl.example>",
  "Hallo {FH} {N}\n\nleider müssen wir ihnen eine absage erteilen wir haben die stelle schon vergebn.\n"
  "alles gute\n\nSabine Ertl\nReinigungsdienst Ertl", "Reinigungsdienst Ertl", None, "Sabine Ertl", curt=True)
R("Ihre Bewerbung als Elektriker", "Thomas Graf <graf@elektro-graf.example>",
  "Hallo {FH} {N},\n\nvielen dank fur Ihre Bewerbung. Wir haben uns leider anderweitig entscheiden und werden "
  "Ihnen keine Zusage geben konnen.\n\nGruss\nThomas Graf\nElektro Graf", "Elektro Graf", "Elektriker",
  "Thomas Graf", ascii=True, curt=True)
R("Ihre Bewerbung fuer die Position Data Analyst", "Recruiting Team <jobs@zahlenwerk-analytics.example>",
  "Guten Tag {FH} {N},\n\nwir haben uns nach reiflicher Ueberlegung gegen Ihre Bewerbung entschieden. Andere "
  "Kandidaten passten besser zum Anforderungsprofil.\n\nBeste Gruesse\nRecruiting Team\nZahlenwerk Analytics",
  "Zahlenwerk Analytics", "Data Analyst", ascii=True)

# Chat register
R("kurzes Update", "Ben <ben@pixelpilot.example>",
  "hey {V}, kurz und knapp: wir gehen mit jemand anderem weiter für die Dev-Stelle. sorry!! fand dich echt "
  "sympathisch, vllt passts ja ein andermal :)\n\nben // pixelpilot", "Pixelpilot", None, "Ben", curt=True)
R("Deine Bewerbung", "Alina <alina@tonstudio-feldweg.example>",
  "Hi {V}! 🙂\n\nIch wollte mich melden, bevor du noch länger wartest: Wir haben uns für jemanden entschieden, "
  "der schon Erfahrung mit Live-Mixing hat. Die Tontechniker-Stelle ist also leider weg.\n\nDrück dir die Daumen "
  "für alles Weitere!\nAlina\nTonstudio Feldweg", "Tonstudio Feldweg", None, "Alina")
R("Praktikum", "Marlene <marlene@zeitlos-magazin.example>",
  "Hallo {V},\n\nleider wird's mit dem Praktikum bei uns nix – wir sind für das Frühjahr schon voll. Sorry und "
  "alles Gute!\n\nMarlene\nzeitlos Magazin", "zeitlos Magazin", None, "Marlene", curt=True)
R("Bewerbung als Aushilfe", "Kiosk am Park <kioskampark@mailbox-kiosk.example>",
  "Hallo {V}, tut mir leid, wir suchen doch niemanden mehr für die Wochenenden. LG Hakan", "Kiosk am Park",
  "Aushilfe", "Hakan", curt=True)

# Mixed language: English subject or signature with a German body
R("Your application for Backend Engineer", "Talent Team <talent@cloudkraft.example>",
  "{Liebe} {FH} {N},\n\nvielen Dank für Ihre Bewerbung als Backend Engineer bei Cloudkraft. Wir haben uns "
  "entschieden, mit anderen Profilen weiterzugehen, deren Erfahrung mit Kubernetes tiefer ist.\n\nBest regards\n"
  "Cloudkraft Talent Team\nhttps://cloudkraft.example/careers", "Cloudkraft", "Backend Engineer",
  careers="https://cloudkraft.example/careers", html="only")
R("Application update – UX Researcher", "Greta Holm <greta.holm@nordlys-games.example>",
  "Hallo {V},\n\ndanke für dein Interesse an der Stelle als UX Researcher. Wir haben intern viel diskutiert und "
  "uns am Ende leider gegen dich entschieden.\n\nAll the best,\nGreta Holm\nTalent Acquisition Lead | Nordlys "
  "Games", "Nordlys Games", "UX Researcher", "Greta Holm")
R("Regarding your application", "Recruiting <noreply@vantage-consulting.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider müssen wir Ihnen mitteilen, dass wir mit anderen Kandidatinnen und "
  "Kandidaten fortfahren werden.\n\nKind regards\nThe Vantage Consulting Recruiting Team\nThis is an automated "
  "message, please do not reply.", "Vantage Consulting", None, html="alt")
R("Ihre Bewerbung / your application – Working Student Marketing", "Maya Schenk <maya@kiwi-labs.example>",
  "Hi {V},\n\nthank you for applying! / danke für deine Bewerbung als Working Student Marketing. Wir haben uns "
  "jedoch für eine Kandidatin entschieden, die schon Erfahrung mit Performance Marketing hat.\n\nBest,\nMaya Schenk"
  "\nPeople Ops @ Kiwi Labs", "Kiwi Labs", "Working Student Marketing", "Maya Schenk")

# ATS templates (HTML tables, entities)
R("Status Ihrer Bewerbung aktualisiert", "Karriereportal <no-reply@vereinigte-muehlen.jobportal.example>",
  "Sehr geehrte{r} {FH} {N},\n\nder Status Ihrer Bewerbung für die Stelle Schichtleiter Produktion hat sich "
  "geändert.\n\nNeuer Status: Absage\n\nBei Fragen wenden Sie sich bitte an unser Recruiting.\n\nVereinigte "
  "Mühlen AG\nhttps://karriere.vereinigte-muehlen.example", "Vereinigte Mühlen AG", "Schichtleiter Produktion",
  careers="https://karriere.vereinigte-muehlen.example", html="table")
R("Bewerbung: IT-Security Analyst (Req-4471)", "Careers <careers@helvetor-gruppe.example>",
  "Guten Tag {FH} {N},\n\nwir haben Ihre Bewerbung als IT-Security Analyst sorgfältig geprüft. Leider müssen wir "
  "Ihnen mitteilen, dass Ihre Bewerbung nicht in die nächste Phase gelangt ist.\n\nWir speichern Ihre Daten "
  "gern in unserem Talentpool, sofern Sie dem zustimmen.\n\nIhr Talent Acquisition Team\nHelvetor Gruppe",
  "Helvetor Gruppe", "IT-Security Analyst", html="table", entities=True)
R("Ihre Bewerbung bei der Rabenhorst Versicherungsgruppe", "no-reply@rabenhorst.jobs-ats.example",
  "Sehr geehrte{r} {FH} {N},\n\nwir danken Ihnen für das Vertrauen, das Sie uns mit Ihrer Bewerbung als "
  "Underwriter Industrie entgegengebracht haben. Nach Prüfung aller Bewerbungen haben wir beschlossen, Sie nicht "
  "in die nächste Runde einzuladen.\n\nMit freundlichen Grüßen\nRabenhorst Versicherungsgruppe\n"
  "Impressum | Datenschutz", "Rabenhorst Versicherungsgruppe", "Underwriter Industrie", html="only", entities=True)
R("Ihre Bewerbung als Kassierer (m/w/d)", "Jobs <noreply@frischemarkt-jobs.example>",
  "Hallo {FH} {N},\n\nvielen Dank für Ihre Bewerbung. Leider sind Sie nicht unter den Kandidatinnen und "
  "Kandidaten, die wir zu einem Vorstellungsgespräch einladen.\n\nIhr Frischemarkt Team", "Frischemarkt",
  "Kassierer", html="only")
R("Eine Nachricht zu Ihrer Bewerbung", "Recruiting <recruiting@aurum-wealth.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir möchten Sie darüber informieren, dass wir den Auswahlprozess für die Position "
  "Relationship Manager mit anderen Bewerbenden fortsetzen.\n\nMit freundlichen Grüßen\nAurum Wealth Management",
  "Aurum Wealth Management", "Relationship Manager", html="alt", entities=True)

# Quoted-reply threads and forwards
R("AW: Nachfrage zum Stand meiner Bewerbung", "Yasemin Korkmaz <y.korkmaz@lichtblick-optik.example>",
  "Guten Tag {FH} {N},\n\ndanke für Ihre Nachfrage. Wir haben uns bereits vor zwei Wochen für eine andere "
  "Bewerberin entschieden – es tut mir leid, dass Sie davon nichts gehört haben.\n\nFreundliche Grüße\nYasemin "
  "Korkmaz\nLichtblick Optik\n\n> Sehr geehrte Frau Korkmaz,\n> ich wollte mich erkundigen, ob es zu meiner "
  "Bewerbung als Augenoptikerin schon Neuigkeiten gibt.\n> Mit freundlichen Grüßen\n> {V} {N}\n",
  "Lichtblick Optik", "Augenoptikerin", "Yasemin Korkmaz")
R("WG: Ihre Bewerbung", "{V} {N} <{v}.{n}@alte-uni.example>",
  "Hab ich gerade in meinem alten Postfach gefunden. Schade.\n\n-----Ursprüngliche Nachricht-----\nVon: Heiko "
  "Lindemann <lindemann@mosaik-architekten.example>\nGesendet: Dienstag, 6. Oktober 2026 11:02\nAn: {V} {N}\n"
  "Betreff: Ihre Bewerbung\n\nSehr geehrte{r} {FH} {N},\n\nwir haben Ihre Bewerbung als Architekt sorgfältig "
  "geprüft, können Ihnen aber leider keine Stelle anbieten.\n\nMit freundlichen Grüßen\nHeiko Lindemann\nMosaik "
  "Architekten", "Mosaik Architekten", "Architekt", "Heiko Lindemann",
  contact_email="lindemann@mosaik-architekten.example")
R("Fwd: Rückmeldung", "{V} {N} <{v}{n}@freemail.example>",
  "\n\n---------- Forwarded message ---------\nFrom: Recruiting Solara <jobs@solara-energie.example>\nDate: Wed, "
  "7 Oct 2026 at 09:15\nSubject: Rückmeldung\nTo: <{v}.{n}@studi.example>\n\n"
  "Sehr geehrte{r} {FH} {N},\n\nwir bedanken uns für Ihre Bewerbung als Projektassistenz. Leider wird es mit einer "
  "Zusammenarbeit nichts, da wir uns für eine andere Kandidatin entschieden haben.\n\nViele Grüße\nIhr Recruiting "
  "Team\nSolara Energie", "Solara Energie", "Projektassistenz")
R("Re: Re: Termin für das Zweitgespräch?", "Florian Maurer <florian.maurer@bergwerk-verlag.example>",
  "Hallo {FH} {N},\n\nes tut mir leid, aber das Zweitgespräch wird nicht stattfinden: Die Verlagsleitung hat "
  "sich in der Zwischenzeit für eine andere Bewerberin als Lektorin entschieden.\n\nHerzliche Grüße\nFlorian Maurer"
  "\n\nAm 01.10.2026 um 08:12 schrieb {V} {N}:\n> Hallo Herr Maurer, passt Ihnen ein Termin nächste Woche?\n>\n"
  "> Am 28.09.2026 schrieb Florian Maurer:\n>> Wir würden Sie gern zu einem zweiten Gespräch einladen.\n",
  "Bergwerk Verlag", "Lektorin", "Florian Maurer")
R("AW: Bewerbung als Sozialpädagogin", "Claudia Rieger <c.rieger@jugendhilfe-auental.example>",
  "{Liebe} {FH} {N},\n\nich muss Ihnen leider schreiben, dass es mit der Stelle nicht klappt. Wir haben sie "
  "mit einer Kollegin besetzt, die bereits bei uns im Praktikum war.\n\nAlles Gute\nClaudia Rieger\nJugendhilfe "
  "Auental e.V.\n\nVon: {V} {N}\nGesendet: Freitag, 2. Oktober 2026\nBetreff: Bewerbung als Sozialpädagogin\n\n"
  "Sehr geehrte Frau Rieger, anbei sende ich Ihnen meine Unterlagen.\n", "Jugendhilfe Auental e.V.",
  "Sozialpädagogin", "Claudia Rieger")

# Very long letters
R("Ihre Bewerbung als Softwarearchitekt", "Dr. Matthias Kern <matthias.kern@ferrotec-systems.example>",
  "Sehr geehrte{r} {FH} {N},\n\nzuallererst möchte ich mich im Namen des gesamten Teams herzlich für die Zeit "
  "bedanken, die Sie in unser mehrstufiges Auswahlverfahren investiert haben. Sie haben nicht nur das "
  "Erstgespräch, sondern auch die Fallstudie und das Gespräch mit unserem CTO absolviert, und wir wissen, wie "
  "viel Aufwand dahintersteckt.\n\nIhre Präsentation zur Migration unserer Plattform in eine eventgetriebene "
  "Architektur hat uns beeindruckt. Besonders Ihre Überlegungen zur schrittweisen Ablösung des Monolithen und "
  "zur Rolle der Fachbereiche haben im Team noch lange nachgewirkt.\n\nWir haben uns die Entscheidung nicht "
  "leicht gemacht. Am Ende haben wir uns jedoch für einen Kandidaten entschieden, der bereits vergleichbare "
  "Migrationen im Bereich der industriellen Steuerungstechnik verantwortet hat – ein Umfeld, das für unsere "
  "Kunden besonders kritisch ist. Die Stelle als Softwarearchitekt ist damit vergeben.\n\nWir würden uns sehr "
  "freuen, wenn wir in Kontakt bleiben. Sollte sich eine passende Position ergeben, würde ich mich gern bei "
  "Ihnen melden. Unsere offenen Stellen finden Sie jederzeit unter https://ferrotec-systems.example/jobs.\n\n"
  "Für Ihre weitere berufliche Laufbahn wünsche ich Ihnen alles Gute und viel Erfolg.\n\nMit freundlichen "
  "Grüßen\nDr. Matthias Kern\nHead of Engineering\nFerrotec Systems GmbH\nIndustriestraße 12, 70565 Stuttgart",
  "Ferrotec Systems GmbH", "Softwarearchitekt", "Matthias Kern", careers="https://ferrotec-systems.example/jobs")
R("Rückmeldung zu Ihrer Bewerbung – Leitung Kommunikation", "Vorstandsbüro <vorstand@stiftung-wasserwege.example>",
  "Sehr geehrte{r} {FH} {N},\n\nzunächst bitten wir um Entschuldigung dafür, dass Sie so lange auf diese "
  "Nachricht warten mussten. Auf unsere Ausschreibung für die Leitung Kommunikation haben uns mehr als 180 "
  "Bewerbungen erreicht, und der Stiftungsrat hat sich entschieden, das Verfahren in drei Stufen "
  "durchzuführen: eine Vorauswahl nach Unterlagen, strukturierte Telefoninterviews und schließlich "
  "Präsentationen vor dem Gremium.\n\nIhre Unterlagen haben wir mit großem Interesse gelesen. Ihre Arbeit für "
  "die Kampagne zum Gewässerschutz kennen einige von uns sogar aus der Presse. Dennoch sind wir nach der "
  "zweiten Stufe zu dem Ergebnis gekommen, dass andere Bewerbungen dem sehr spezifischen Profil – insbesondere "
  "der Erfahrung mit Stiftungsgremien und Fundraising – noch näher kamen. Wir werden Sie daher nicht zur "
  "Präsentation einladen.\n\nWir wissen, dass eine solche Nachricht enttäuschend ist, zumal nach einem so "
  "langen Verfahren. Wir würden uns freuen, wenn Sie unserer Arbeit verbunden bleiben, etwa über unseren "
  "Newsletter.\n\nMit herzlichen Grüßen\nDr. Annette Lübbers\nVorständin\nStiftung Wasserwege",
  "Stiftung Wasserwege", "Leitung Kommunikation", "Annette Lübbers",
  contact_email="vorstand@stiftung-wasserwege.example")

# More unusual verbs, nouns and constructions
R("Ihre Bewerbung als Einkäufer", "Helga Riedel <h.riedel@sauerland-draht.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir haben Ihre Bewerbung als Einkäufer mit Interesse gelesen. Eine Einstellung "
  "kommt derzeit leider nicht zustande, da wir den Bereich neu strukturieren.\n\nMit freundlichen Grüßen\nHelga "
  "Riedel\nSauerland Draht", "Sauerland Draht", "Einkäufer", "Helga Riedel")
R("Ihre Bewerbung – Physiotherapeut", "Praxis Bewegungsraum <team@bewegungsraum-physio.example>",
  "Hallo {FH} {N},\n\ndanke, dass Sie zum Probearbeiten da waren. Wir haben danach gemerkt, dass es fachlich und "
  "menschlich nicht ganz passt, und möchten Ihnen die Stelle daher nicht anbieten.\n\nViele Grüße\nJonas Imhof\n"
  "Praxis Bewegungsraum", "Praxis Bewegungsraum", "Physiotherapeut", "Jonas Imhof",
  contact_email="team@bewegungsraum-physio.example")
R("Ihr Bewerbungsgespräch am 29.09.", "Sabrina Keil <sabrina.keil@wilhelmi-moebel.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnochmals danke für das offene Gespräch. Leider ist unsere Entscheidung nicht "
  "auf Sie gefallen.\n\nMit freundlichen Grüßen\nSabrina Keil\nWilhelmi Möbel", "Wilhelmi Möbel", None,
  "Sabrina Keil")
R("Ihre Bewerbung bei Ostseeperle Hotels", "Jobs Ostseeperle <jobs@ostseeperle-hotels.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir haben uns die Entscheidung nicht leicht gemacht, doch diesmal hat jemand "
  "anderes das Rennen gemacht. Die Position Rezeptionist haben wir einer Bewerberin mit Erfahrung in der "
  "Luxushotellerie angeboten.\n\nHerzliche Grüße von der Ostsee\nIhr Ostseeperle Team", "Ostseeperle Hotels",
  "Rezeptionist", html="alt")
R("Ihre Bewerbung", "Recruiting <recruiting@carbonis.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider haben wir uns nicht für Sie entschieden. Wir bitten um Ihr Verständnis, dass "
  "wir aufgrund der hohen Zahl an Bewerbungen kein individuelles Feedback geben können.\n\nFreundliche Grüße\n"
  "Carbonis Recruiting", "Carbonis", None)
R("Rückmeldung Trainee-Programm", "Trainee Office <trainee@hellweg-handel.example>",
  "Sehr geehrte{r} {FH} {N},\n\nherzlichen Dank für Ihre Teilnahme an unserem Assessment Center für das "
  "Trainee-Programm Handel. Im Ergebnis können wir Ihnen leider keinen Platz im Programm anbieten.\n\nIhr "
  "Feedbackbogen liegt dieser Nachricht bei.\n\nMit freundlichen Grüßen\nTrainee Office\nHellweg Handel",
  "Hellweg Handel", "Trainee-Programm Handel")
R("Ihre Bewerbung als Disponentin", "Gerda Lutz <g.lutz@spedition-lutz.example>",
  "Guten Tag {FH} {N},\n\nwir müssen Ihnen heute leider eine Absage zukommen lassen. Wir haben uns für eine "
  "Bewerberin entschieden, die bereits bei uns als Aushilfe tätig war.\n\nMit freundlichen Grüßen\nGerda Lutz\n"
  "Spedition Lutz", "Spedition Lutz", "Disponentin", "Gerda Lutz")
R("Ihre Bewerbung", "Personal <personal@seniorenresidenz-am-see.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung als Betreuungskraft müssen wir leider ablehnen, weil die "
  "erforderliche Qualifikation nach § 53c SGB XI fehlt.\n\nMit freundlichen Grüßen\nRenate Ohm\nSeniorenresidenz "
  "am See", "Seniorenresidenz am See", "Betreuungskraft", "Renate Ohm",
  contact_email="personal@seniorenresidenz-am-see.example")
R("Unser Gespräch", "Felix Hartung <felix@hartung-ventures.example>",
  "Hallo {V},\n\nich habe nochmal mit meinen Mitgründern gesprochen. Wir wollen die Rolle als erster Sales-Hire "
  "mit jemandem besetzen, der schon einmal ein Vertriebsteam aufgebaut hat. Deshalb machen wir mit dir nicht "
  "weiter – tut mir leid, ich hätte gern bessere Nachrichten gehabt.\n\nBeste Grüße\nFelix\nFounder, Hartung "
  "Ventures", "Hartung Ventures", None, "Felix Hartung")
R("Ihre Bewerbung als Werkstudent Data Science", "People Team <people@mobilio.example>",
  "Hallo {V},\n\nvielen Dank für deine Bewerbung! Wir haben uns alle Bewerbungen genau angeschaut und sind zu dem "
  "Schluss gekommen, dass wir dich nicht in den weiteren Prozess aufnehmen.\n\nViel Erfolg weiterhin!\n"
  "Dein People Team von Mobilio", "Mobilio", "Werkstudent Data Science", html="only")
R("Bewerbung Erzieherin Kita Wiesenweg", "Träger Kinderwelt <personal@kinderwelt-traeger.example>",
  "Sehr geehrte{r} {FH} {N},\n\nfür die Stelle als Erzieherin in der Kita Wiesenweg haben wir inzwischen eine "
  "Zusage an eine andere Bewerberin gegeben.\n\nGern nehmen wir Ihre Bewerbung für andere Einrichtungen auf, "
  "wenn Sie uns das mitteilen.\n\nFreundliche Grüße\nKinderwelt gGmbH – Personal", "Kinderwelt gGmbH",
  "Erzieherin")
R("Ihr Interesse an Kestrel Robotics", "Kestrel Robotics <jobs@kestrel-robotics.example>",
  "Hallo {V},\n\ndanke für deine Bewerbung als Embedded Engineer. Unser Team hat sich deine Unterlagen angesehen "
  "und wir sind zu dem Ergebnis gekommen, dass dein Profil aktuell nicht zu unseren Anforderungen passt.\n\n"
  "Beste Grüße\nKestrel Robotics\nhttps://kestrel-robotics.example/jobs", "Kestrel Robotics", "Embedded Engineer",
  careers="https://kestrel-robotics.example/jobs")
R("Ihre Bewerbung Nr. 55120", "SmartHire <notifications@smarthire-ats.example>",
  "Sehr geehrte{r} {FH} {N},\n\ndie Tannenberg Gruppe dankt Ihnen für Ihre Bewerbung als Instandhaltungsplaner. "
  "Wir haben uns entschieden, andere Kandidaten in die nächste Phase zu nehmen.\n\nMit freundlichen Grüßen\n"
  "Tannenberg Gruppe\nPowered by SmartHire", "Tannenberg Gruppe", "Instandhaltungsplaner", html="alt")
R("Ihre Bewerbung", "Ines Hübner <ines.huebner@pfalzwein-kellerei.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Unterlagen haben uns gut gefallen, andere Bewerbungen aber noch besser. Wir "
  "können Ihnen daher keine Zusage für die Stelle als Weinküfer machen.\n\nMit freundlichen Grüßen\nInes Hübner\n"
  "Pfalzwein Kellerei", "Pfalzwein Kellerei", "Weinküfer", "Ines Hübner")
R("Bewerbung Sicherheitsmitarbeiter", "Wachschutz Nord <bewerbung@wachschutz-nord.example>",
  "Guten Tag {FH} {N},\n\nleider erfüllen Sie die Voraussetzungen für die Stelle als Sicherheitsmitarbeiter nicht, "
  "da die Sachkundeprüfung nach § 34a GewO fehlt. Ihre Bewerbung scheidet daher aus.\n\nMit freundlichen Grüßen\n"
  "Wachschutz Nord", "Wachschutz Nord", "Sicherheitsmitarbeiter")
R("Stipendiatische Hilfskraft", "Lehrstuhl Sozialpsychologie <sekretariat.sozpsy@uni-erlenbach.example>",
  "{Liebe} {FH} {N},\n\nvielen Dank für Ihre Bewerbung auf die HiWi-Stelle am Lehrstuhl. Wir haben die Stelle "
  "inzwischen an eine Studentin vergeben, die bereits im Projekt mitarbeitet.\n\nViele Grüße\nJulia Brandt\n"
  "Sekretariat Lehrstuhl Sozialpsychologie\nUniversität Erlenbach", "Universität Erlenbach", "HiWi-Stelle",
  "Julia Brandt", contact_email="sekretariat.sozpsy@uni-erlenbach.example")
R("Ihre Bewerbung: Verkäuferin Teilzeit", "Modehaus Kunze <filiale12@modehaus-kunze.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir möchten Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden "
  "haben. Dennoch vielen Dank für Ihr Interesse.\n\nMit freundlichen Grüßen\nIhr Modehaus Kunze", "Modehaus Kunze",
  "Verkäuferin Teilzeit", ascii_accents=True)
R("Absage", "Bauunternehmung Hecht <info@hecht-bau.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir beziehen uns auf Ihr Schreiben vom 20.09.2026. Zu unserem Bedauern können wir "
  "Sie nicht einstellen, da wir derzeit keine Poliere suchen.\n\nMit freundlichen Grüßen\nBauunternehmung Hecht",
  "Bauunternehmung Hecht", None)
R("Ihre Bewerbung", "Friederike Adam <adam@adam-partner-wp.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir haben uns entschlossen, die Stelle als Prüfungsassistent nicht extern zu "
  "besetzen. Ihre Bewerbung können wir daher leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\n"
  "Friederike Adam\nAdam & Partner Wirtschaftsprüfer", "Adam & Partner Wirtschaftsprüfer", "Prüfungsassistent",
  "Friederike Adam")
R("Ihre Bewerbung als Sachbearbeiter Personal", "Bewerbungen <bewerbungen@kreiskrankenhaus-sterntal.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir bedanken uns für Ihre Bewerbung, die wir aufmerksam gelesen haben. Leider "
  "wurden Sie bei der Auswahl nicht berücksichtigt.\n\nMit freundlichen Grüßen\nKreiskrankenhaus Sterntal",
  "Kreiskrankenhaus Sterntal", "Sachbearbeiter Personal", html="only", entities=True)
R("Wie es weitergeht", "Nora Brandl <nora.brandl@hopfenhaus-brauerei.example>",
  "Hallo {V},\n\nlange Rede, kurzer Sinn: Wir stellen für die Brauerstelle jemand anderen ein. Danke dir trotzdem "
  "für den tollen Probetag!\n\nProst und alles Gute\nNora\nHopfenhaus Brauerei", "Hopfenhaus Brauerei", None,
  "Nora Brandl")
R("Bewerbung Projektleitung Digitalisierung", "Ortwin Gerber <o.gerber@kommunal-it-verbund.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank für Ihre Bewerbung. Wir mussten leider feststellen, dass die "
  "formalen Voraussetzungen (abgeschlossenes Hochschulstudium) nicht erfüllt sind. Wir können Sie daher nicht "
  "zum Auswahlverfahren zulassen.\n\nMit freundlichen Grüßen\nOrtwin Gerber\nKommunal-IT-Verbund",
  "Kommunal-IT-Verbund", "Projektleitung Digitalisierung", "Ortwin Gerber")
R("Ihre Bewerbung bei Sternenhof", "Sternenhof Recruiting <noreply@sternenhof-gruppe.example>",
  "Guten Tag {FH} {N},\n\nvielen Dank für Ihre Bewerbung als Küchenchef. Wir freuen uns über jede Bewerbung, "
  "konnten Ihre aber diesmal nicht weiter berücksichtigen. Behalten Sie uns gern im Hinterkopf!\n\n"
  "Sternenhof Gruppe", "Sternenhof Gruppe", "Küchenchef", html="only")
R("Ihre Bewerbung", "Marco Seidl <m.seidl@seidl-kfz.example>",
  "Servus {FH} {N},\n\nI muss Ihnen leider absagen, wir ham die Stelle als Lackierer schon einem anderen gegeben.\n"
  "\nPfiat Ihna\nMarco Seidl\nKfz Seidl", "Kfz Seidl", "Lackierer", "Marco Seidl", curt=True)
R("Bewerbung als Pflegehelfer", "Heimleitung <heimleitung@haus-abendrot.example>",
  "Sehr geehrte{r} {FH} {N},\n\nüber Ihre Bewerbung haben wir uns gefreut. Da wir die Stelle als Pflegehelfer "
  "zwischenzeitlich mit einer internen Auszubildenden nachbesetzt haben, erhalten Sie Ihre Unterlagen "
  "zurück.\n\nMit freundlichen Grüßen\nHeimleitung Haus Abendrot", "Haus Abendrot", "Pflegehelfer")

# More colloquial, procedural and internal phrasings
R("Ihre Bewerbung als Hotelfachfrau", "Rosa Winkler <rosa@landgasthof-winkler.example>",
  "{Liebe} {FH} {N},\n\nich muss Ihnen leider einen Korb geben: Für die Stelle als Hotelfachfrau haben wir schon "
  "jemanden aus dem Ort gefunden.\n\nHerzliche Grüße\nRosa Winkler\nLandgasthof Winkler", "Landgasthof Winkler",
  "Hotelfachfrau", "Rosa Winkler", curt=True)
R("Ihre Bewerbung vom 14. September", "Personalwesen <personal@hansa-stahlhandel.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir haben Ihre Bewerbung als Lagerleiter zur Kenntnis genommen, sehen jedoch von "
  "einer Einladung zu einem Vorstellungsgespräch ab.\n\nMit freundlichen Grüßen\nHansa Stahlhandel GmbH",
  "Hansa Stahlhandel GmbH", "Lagerleiter")
R("Deine interne Bewerbung", "People & Culture <people@fernweh-reisen.example>",
  "Hallo {V},\n\ndanke, dass du dich intern als Teamleiter Kundenservice beworben hast. Deine Bewerbung war "
  "diesmal leider nicht erfolgreich – die Wahl fiel auf eine Kollegin aus dem Vertrieb. Lass uns gern in deinem "
  "nächsten Entwicklungsgespräch darüber sprechen.\n\nViele Grüße\nDein People & Culture Team\nFernweh Reisen",
  "Fernweh Reisen", "Teamleiter Kundenservice")
R("Ihr Bewerbungsprozess bei Orbitwerk", "Orbitwerk Talent <talent@orbitwerk.example>",
  "Guten Tag {FH} {N},\n\nIhr Bewerbungsprozess bei uns endet an dieser Stelle. Wir haben für die Position "
  "Satellitenoperator Kandidatinnen ausgewählt, deren Erfahrung unserem Bedarf noch näher kommt.\n\nMit "
  "freundlichen Grüßen\nOrbitwerk Talent Team", "Orbitwerk", "Satellitenoperator", html="only")
R("Rückmeldung nach dem Zweitgespräch", "Hendrik Sahin <h.sahin@moorland-energie.example>",
  "Hallo {FH} {N},\n\nSie haben leider die zweite Runde nicht überstanden. Die Kommission war sich einig, dass "
  "andere Kandidaten für die Position Netzplaner besser vorbereitet waren.\n\nBeste Grüße\nHendrik Sahin\n"
  "Moorland Energie", "Moorland Energie", "Netzplaner", "Hendrik Sahin")
R("Ihre Bewerbung", "Recruiting <jobs@seidenfaden-textil.example>",
  "Sehr geehrte{r} {FH} {N},\n\nSie wurden für die Position Modedesignerin nicht ausgewählt. Wir danken Ihnen "
  "für Ihr Interesse.\n\nSeidenfaden Textil", "Seidenfaden Textil", "Modedesignerin", curt=True, html="alt")
R("Vertretungsstelle Grundschule", "Schulamt <personal@schulamt-weidental.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwir können Ihnen zum jetzigen Zeitpunkt leider keine Vertretungsstelle anbieten. "
  "Sollte sich der Bedarf ändern, kommen wir unaufgefordert auf Sie zu.\n\nMit freundlichen Grüßen\n"
  "Staatliches Schulamt Weidental", "Staatliches Schulamt Weidental", None)
R("Ihre Anfrage und die Stelle", "Kathrin Eckert <eckert@eckert-design.example>",
  "{Liebe} {FH} {N},\n\ndie Broschüre, nach der Sie gefragt hatten, schicke ich Ihnen gern per Post; unsere "
  "Ausstellung im Dezember ist übrigens öffentlich, Sie sind herzlich eingeladen.\n\nP.S.: Die Stelle als "
  "Grafikerin haben wir inzwischen leider anderweitig vergeben.\n\nHerzlich\nKathrin Eckert\nEckert Design",
  "Eckert Design", "Grafikerin", "Kathrin Eckert")
R("Ihre Bewerbung wurde geschlossen", "Bewerbermanagement <noreply@perlmutt-kosmetik.example>",
  "Hallo {FH} {N},\n\nIhre Bewerbung als Kosmetikerin wurde geschlossen, da wir uns für andere Bewerbende "
  "entschieden haben. Sie können sich jederzeit auf andere Stellen bewerben:\n"
  "https://perlmutt-kosmetik.example/stellen\n\nIhr Perlmutt Team", "Perlmutt Kosmetik", "Kosmetikerin",
  careers="https://perlmutt-kosmetik.example/stellen", html="table")
R("Ausbildung Zimmerer", "Zimmerei Kolb <kolb@zimmerei-kolb.example>",
  "Hallo {V},\n\ndaraus wird leider nichts mit der Ausbildung bei uns – wir haben uns für einen anderen Azubi "
  "entschieden, der schon ein Praktikum bei uns gemacht hat. Viel Glück weiterhin!\n\nGruß\nAndreas Kolb\n"
  "Zimmerei Kolb", "Zimmerei Kolb", "Zimmerer", "Andreas Kolb", curt=True)
R("Ihre Bewerbung", "Martina Vogel <vogel@vogel-partner-hr.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnach Rücksprache mit unserem Auftraggeber, der Kronberg Pharma AG, muss ich Ihnen "
  "mitteilen, dass man sich für einen internen Nachfolger als Leiter Qualitätskontrolle entschieden hat.\n\n"
  "Mit freundlichen Grüßen\nMartina Vogel\nVogel & Partner HR Consulting", "Kronberg Pharma AG",
  "Leiter Qualitätskontrolle", "Martina Vogel")
R("Bewerbung – Stand der Dinge", "Uwe Brenner <brenner@brenner-sanitaer.example>",
  "Hallo {FH} {N},\n\nes hat nicht sollen sein: Wir nehmen für die Stelle als Anlagenmechaniker einen "
  "Bewerber, der schon den Meister hat.\n\nViele Grüße\nUwe Brenner\nBrenner Sanitär", "Brenner Sanitär",
  "Anlagenmechaniker", "Uwe Brenner", curt=True)

# ---------------------------------------------------------------------------------------------------------------
# Hard look-alikes
# ---------------------------------------------------------------------------------------------------------------
L("Eingangsbestätigung Ihrer Bewerbung", "Recruiting <noreply@elbkontor.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung als Teamleitung Buchhaltung ist bei uns eingegangen. Wir prüfen "
  "Ihre Unterlagen und melden uns innerhalb von drei Wochen – unabhängig davon, ob es eine Zusage oder eine "
  "Absage wird.\n\nMit freundlichen Grüßen\nElbkontor AG")
L("Ihre Bewerbung – Verzögerung", "Heike Brandes <heike.brandes@elbkontor.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider verzögert sich das Auswahlverfahren, weil zwei Mitglieder der Kommission "
  "erkrankt sind. Eine Entscheidung ist noch nicht gefallen; Ihre Bewerbung ist weiterhin im Rennen.\n\nMit "
  "freundlichen Grüßen\nHeike Brandes")
L("Einladung zum Vorstellungsgespräch", "Markus Drewes <markus.drewes@pelikan-foods.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Unterlagen haben uns überzeugt! Leider ist der ursprünglich geplante Termin "
  "schon vergeben, daher schlagen wir Ihnen den 21. Oktober um 10 Uhr vor.\n\nBeste Grüße\nMarkus Drewes")
L("Ihr Vertragsangebot", "Svenja Lorenz <svenja.lorenz@greenvolt.example>",
  "{Liebe} {FH} {N},\n\nwir freuen uns, Ihnen die Stelle als Projektcontroller anbieten zu können! Den anderen "
  "Kandidatinnen und Kandidaten haben wir bereits abgesagt. Anbei finden Sie den Vertragsentwurf.\n\nSonnige "
  "Grüße\nSvenja Lorenz")
L("Nächster Schritt: Fallstudie", "Dr. Matthias Kern <matthias.kern@ferrotec-systems.example>",
  "Sehr geehrte{r} {FH} {N},\n\nSie sind eine Runde weiter! Im nächsten Schritt bitten wir Sie, eine kurze "
  "Fallstudie zu bearbeiten. Andere Bewerber haben wir an dieser Stelle nicht weiter berücksichtigt – Sie "
  "schon.\n\nMit freundlichen Grüßen\nDr. Matthias Kern")
L("Wenn es nicht klappt …", "Tanja Voigt <tanja.voigt@kiesel-spielwaren.example>",
  "Guten Tag {FH} {N},\n\nwir entscheiden Ende des Monats. Falls wir uns für jemand anderen entscheiden "
  "sollten, würden wir Sie gern für unseren Talentpool vormerken. Ist das für Sie in Ordnung?\n\nHerzliche Grüße"
  "\nTanja Voigt")
L("Ihre Bewerbung: fehlende Unterlagen", "Personalamt <personalamt@stadt-birkenau.example>",
  "Sehr geehrte{r} {FH} {N},\n\nohne Ihr Abschlusszeugnis kann Ihre Bewerbung nicht berücksichtigt werden. Bitte "
  "reichen Sie es bis zum 30.10. nach, damit wir Sie im Verfahren behalten können.\n\nMit freundlichen Grüßen\n"
  "Stadt Birkenau – Personalamt")
L("Neue Stellenangebote für Sie", "Jobradar <alert@jobradar.example>",
  "Hallo {V},\n\ndiese Woche gibt es 8 neue Jobs für deine Suche „Controller“. Zwei Stellen aus deiner Merkliste "
  "wurden inzwischen besetzt und sind nicht mehr verfügbar.\n\nDein Jobradar\nAbmelden: https://jobradar.example/"
  "abmelden")
L("Spannende Rolle in Hamburg", "Kira Albrecht <kira@talentbruecke.example>",
  "Hallo {V},\n\nich habe gesehen, dass Sie sich beruflich verändern möchten. Für einen Kunden suche ich eine "
  "Teamleitung Controlling – die letzte Besetzung ist leider kurzfristig abgesprungen. Hätten Sie Interesse an "
  "einem Telefonat?\n\nViele Grüße\nKira Albrecht\nTalentbrücke Personalberatung")
L("Karrierebrief: Die zehn häufigsten Absagegründe", "Karrierebrief <redaktion@karrierebrief.example>",
  "Liebe Leserinnen und Leser,\n\n„Wir haben uns für eine andere Kandidatin entschieden“ – dieser Satz steht in "
  "den meisten Absagen. Warum? Wir haben Personalerinnen gefragt, was wirklich hinter einer Ablehnung steckt, "
  "und zehn Gründe gesammelt.\n\nIhre Redaktion\nNewsletter abbestellen: https://karrierebrief.example/abmelden")
L("Bestätigung: Rückzug Ihrer Bewerbung", "Karriereportal <no-reply@vereinigte-muehlen.jobportal.example>",
  "Sehr geehrte{r} {FH} {N},\n\nSie haben Ihre Bewerbung als Schichtleiter Produktion zurückgezogen. Wir bedauern "
  "Ihre Entscheidung und haben Ihre Daten gelöscht.\n\nVereinigte Mühlen AG")
L("Re: Absage meinerseits", "Dirk Albrecht <d.albrecht@talwind-engineering.example>",
  "Hallo {FH} {N},\n\nschade, dass Sie sich gegen uns entschieden haben – aber natürlich respektieren wir das. "
  "Viel Erfolg bei Ihrem neuen Arbeitgeber!\n\nViele Grüße\nDirk Albrecht\n\n> Sehr geehrter Herr Albrecht,\n"
  "> ich habe ein anderes Angebot angenommen und sage daher ab.\n")
L("Ihre Mietanfrage Goethestraße 14", "Hausverwaltung Kranich <vermietung@kranich-hv.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank für Ihre Bewerbung um die Wohnung in der Goethestraße. Der Eigentümer "
  "hat sich leider für andere Mietinteressenten entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung Kranich")
L("Ihre Finanzierungsanfrage", "Baufi-Team <baufi@sparkasse-hollerbach.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnach Prüfung Ihrer Unterlagen können wir Ihre Finanzierungsanfrage für die "
  "Eigentumswohnung leider nicht positiv bescheiden.\n\nMit freundlichen Grüßen\nSparkasse Hollerbach")
L("Entscheidung über Ihren Förderantrag", "Förderprogramme <foerderung@stiftung-forscherdrang.example>",
  "Sehr geehrte{r} {FH} {N},\n\nder Vergabeausschuss hat in seiner Sitzung entschieden, Ihren Antrag auf "
  "Förderung des Projekts „Stadtbäume im Klimawandel“ nicht zu bewilligen. Die Zahl der Anträge überstieg die "
  "Mittel deutlich.\n\nMit freundlichen Grüßen\nStiftung Forscherdrang")
L("Ihr Manuskript ZfS-2026-118", "Redaktion <editor@zeitschrift-stadtsoziologie.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnach Eingang der Gutachten haben die Herausgeber entschieden, Ihr Manuskript nicht "
  "zur Veröffentlichung anzunehmen. Die Gutachten finden Sie im Anhang.\n\nMit freundlichen Grüßen\nDie Redaktion")
L("Ablehnungsbescheid Masterstudiengang", "Studierendenservice <bewerbung@uni-hollberg.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung um einen Studienplatz im Masterstudiengang Stadtplanung wurde "
  "abgelehnt, da die Zahl der Bewerbungen die verfügbaren Plätze übersteigt und Ihre Note nicht für eine "
  "Zulassung ausgereicht hat.\n\nMit freundlichen Grüßen\nStudierendenservice der Universität Hollberg")
L("Vergabeverfahren Winterdienst – Information nach § 134 GWB", "Vergabestelle <vergabe@stadt-birkenau.example>",
  "Sehr geehrte Damen und Herren,\n\nhiermit informieren wir Sie, dass Ihr Angebot im Vergabeverfahren "
  "„Winterdienst 2026/27“ nicht berücksichtigt werden kann. Der Zuschlag soll auf das Angebot eines anderen "
  "Bieters erteilt werden.\n\nMit freundlichen Grüßen\nVergabestelle der Stadt Birkenau")
L("Ihre Anmeldung zum Fachtag", "Fachtag Pflege <anmeldung@fachtag-pflege.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider können wir Ihre Anmeldung zum Fachtag Pflege nicht mehr berücksichtigen – "
  "die Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste.\n\nIhr Orga-Team")
L("Ihre Bestellung 4471-22", "Kundenservice <service@buerobedarf-kraft.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider müssen wir Ihre Bestellung stornieren, da der Artikel nicht mehr lieferbar "
  "ist. Den Betrag erstatten wir Ihnen innerhalb von fünf Werktagen.\n\nIhr Kundenservice")
L("Kandidatin Berger – bitte absagen", "Monika Franz <monika.franz@praxis-franz.example>",
  "Hallo {V},\n\nwir haben uns gegen Frau Berger entschieden. Kannst du ihr bitte heute noch absagen und die "
  "Unterlagen zurückschicken? Die Stelle bekommt Frau Yilmaz.\n\nDanke!\nMonika")
L("Keine Sorge", "Charlotte Brix <charlotte.brix@seeblick-software.example>",
  "Hallo {V},\n\ndas ist keine Absage! Wir brauchen nur noch ein bisschen, weil die Teamleitung im Urlaub ist. "
  "Wir haben uns noch nicht gegen dich entschieden.\n\nViele Grüße\nCharlotte")
L("Ihre Bewerbung ist nicht abgelehnt", "Personalabteilung <personal@hochrhein-klinik.example>",
  "Sehr geehrte{r} {FH} {N},\n\nbitte ignorieren Sie die automatische Nachricht von gestern. Ihre Bewerbung wurde "
  "nicht abgelehnt; die Absage wurde durch einen Systemfehler versendet. Wir melden uns in Kürze mit einem "
  "Gesprächstermin.\n\nMit freundlichen Grüßen\nPersonalabteilung Hochrhein-Klinik")
L("Bewerbung Auslandssemester", "International Office <io@hs-suedwald.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung für ein Auslandssemester an der Universität Uppsala konnte leider "
  "nicht berücksichtigt werden, da alle Plätze vergeben sind. Sie können sich für das Sommersemester erneut "
  "bewerben.\n\nIhr International Office")
L("Ergebnis Gründerwettbewerb", "Jury <jury@gruenderpreis-nord.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung für den Gründerpreis Nord hat es leider nicht ins Finale "
  "geschafft. Die Jury hat sich für zehn andere Teams entschieden.\n\nMit freundlichen Grüßen\nDie Jury")
L("Kündigung in der Probezeit", "Personal <personal@teleway.example>",
  "Sehr geehrte{r} {FH} {N},\n\nhiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis fristgerecht "
  "innerhalb der Probezeit zum 31.10.2026. Wir bedauern, dass die Zusammenarbeit nicht fortgesetzt wird.\n\n"
  "Mit freundlichen Grüßen\nTeleway Service GmbH")
L("Ihr Antrag auf Teilzeit", "Personalabteilung <personal@sauerland-draht.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhrem Antrag auf Reduzierung der Arbeitszeit können wir aus betrieblichen Gründen "
  "leider nicht zustimmen.\n\nMit freundlichen Grüßen\nHelga Riedel")
L("Terminabsage", "Praxis Bewegungsraum <team@bewegungsraum-physio.example>",
  "Hallo {FH} {N},\n\nleider müssen wir Ihren Behandlungstermin am Donnerstag absagen, da die Therapeutin krank "
  "ist. Bitte vereinbaren Sie einen neuen Termin.\n\nViele Grüße\nPraxis Bewegungsraum")
L("Dein Gebot wurde nicht angenommen", "Kleinanzeigen <noreply@kleinanzeigen-markt.example>",
  "Hallo {V},\n\nder Verkäufer hat dein Gebot für „Rennrad Stahlrahmen“ leider abgelehnt. Der Artikel wurde an "
  "jemand anderen verkauft.\n\nDein Kleinanzeigen-Team")
L("Ihre Bewerbung – wir sind noch nicht so weit", "Ulrike Hansen <jobs@weserblatt.example>",
  "Sehr geehrte{r} {FH} {N},\n\nnoch haben wir keine Entscheidung getroffen. Sollten wir uns gegen Sie entscheiden, "
  "erfahren Sie es selbstverständlich als Erste.\n\nMit freundlichen Grüßen\nUlrike Hansen")
L("Die Stelle ist vergeben – an Sie!", "Nils <nils@funkloch-studios.example>",
  "Hi {V},\n\nwir haben die Stelle als Motion Designer vergeben – und zwar an dich! Willkommen im Team, der "
  "Vertrag kommt morgen per Post.\n\nCheers\nNils")
L("Feedback zu Ihrer Absage", "Jan Ostermann <jan.ostermann@brightpath-personal.example>",
  "Hallo {FH} {N},\n\nSie hatten im Frühjahr eine Absage von einem unserer Kunden erhalten. Heute habe ich eine "
  "neue Position, die sehr gut zu Ihnen passen würde. Haben Sie Lust auf ein Gespräch?\n\nViele Grüße\nJan "
  "Ostermann")
L("Kita-Aufnahme 2027", "Kita Sonnenstrahl <leitung@kita-sonnenstrahl.example>",
  "Sehr geehrte{r} {FH} {N},\n\nleider können wir Ihr Kind zum August 2027 nicht aufnehmen. Wir haben uns für "
  "Familien aus dem direkten Einzugsgebiet entschieden.\n\nFreundliche Grüsse\nBeatrice Zürcher", swiss=True)
L("Ihr Status im Bewerbungsprozess", "Careers <careers@helvetor-gruppe.example>",
  "Guten Tag {FH} {N},\n\nSie befinden sich in der finalen Runde für die Position IT-Security Analyst. Nur noch "
  "drei Kandidatinnen und Kandidaten sind im Verfahren, alle anderen haben wir bereits abgelehnt.\n\nIhr Talent "
  "Acquisition Team", html="table")
L("Absage Sommerfest", "Betriebsrat <br@kalbach-armaturen.example>",
  "Liebe Kolleginnen und Kollegen,\n\ndas Sommerfest muss wegen des Unwetters leider abgesagt werden. Ein "
  "Ersatztermin folgt.\n\nEuer Betriebsrat")
L("Re: Absage", "{V} {N} <{v}.{n}@postfach.example>",
  "Hallo Herr Rauch,\n\ndanke für die schnelle Rückmeldung, auch wenn ich mir etwas anderes gewünscht hätte. "
  "Darf ich fragen, was den Ausschlag gegeben hat?\n\nViele Grüße\n{V} {N}")
L("Ihr Leistungsantrag", "Krankenkasse Nordstern <service@nordstern-kk.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhren Antrag auf Kostenübernahme für die Zahnbehandlung müssen wir leider "
  "ablehnen. Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.\n\nMit freundlichen "
  "Grüßen\nIhre Krankenkasse Nordstern")
L("Ihre Bewerbung als Vereinstrainer", "SV Blau-Weiß Erlenbach <vorstand@svbw-erlenbach.example>",
  "Hallo {V},\n\ndanke für deine Bewerbung als Jugendtrainer! Wir würden dich gern zu einem Probetraining am "
  "Samstag einladen. Leider können wir keine Aufwandsentschädigung zahlen, hoffen aber, dass das passt.\n\n"
  "Sportliche Grüße\nDer Vorstand")
L("Anfrage Ferienwohnung", "Ferienhof Brandner <urlaub@ferienhof-brandner.example>",
  "Grüß Gott {FH} {N},\n\nleider ist die Ferienwohnung im gewünschten Zeitraum schon vergeben. Gern bieten wir "
  "Ihnen den Zeitraum ab 14. August an.\n\nLiebe Grüße\nFamilie Brandner")
L("Ihre Bewerbung – Gespräch verschoben", "Yasemin Korkmaz <y.korkmaz@lichtblick-optik.example>",
  "Guten Tag {FH} {N},\n\nleider müssen wir unser Gespräch am Montag absagen. Das bedeutet keine Entscheidung gegen "
  "Sie – wir melden uns mit einem neuen Termin.\n\nFreundliche Grüße\nYasemin Korkmaz")
L("Umfrage zu Ihrer Candidate Experience", "Recruiting <recruiting@carbonis.example>",
  "Sehr geehrte{r} {FH} {N},\n\nSie haben sich kürzlich bei uns beworben. Ganz gleich, ob Sie eine Zusage oder eine "
  "Absage erhalten haben: Ihre Meinung zählt! Die Umfrage dauert drei Minuten.\n\nIhr Carbonis Recruiting",
  html="alt")
L("Mitgliedsantrag Coworking", "Coworking Hafenkante <hallo@hafenkante-cowork.example>",
  "Hallo {V},\n\nleider müssen wir deinen Antrag auf einen festen Schreibtisch ablehnen – wir sind voll belegt. "
  "Flex-Plätze kannst du aber jederzeit buchen.\n\nDein Hafenkante-Team")

L("Bewerbung eingegangen", "Recruiting <jobs@seidenfaden-textil.example>",
  "Sehr geehrte{r} {FH} {N},\n\nvielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von sechs Wochen nichts von "
  "uns hören, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.\n\nSeidenfaden Textil")
L("Wir haben uns entschieden!", "Orbitwerk Talent <talent@orbitwerk.example>",
  "Guten Tag {FH} {N},\n\nwir haben uns entschieden – für Sie! Wir würden Ihnen gern die Stelle als "
  "Satellitenoperator anbieten. Das Angebot erhalten Sie separat.\n\nMit freundlichen Grüßen\nOrbitwerk Talent")
L("Kandidat abgelehnt: Stelle Netzplaner", "ATS Benachrichtigung <noreply@moorland-energie.example>",
  "Hallo {V},\n\nder Kandidat Tim Baumann wurde für die Stelle Netzplaner abgelehnt. Die Absage-E-Mail wurde "
  "automatisch versendet. Verbleibende Kandidaten: 3.\n\nIhr Recruiting-System")
L("Ihre Bewerbung für die Quizshow", "Casting <casting@tv-quizabend.example>",
  "Hallo {V},\n\ndanke für deine Bewerbung als Kandidat bei „Der große Quizabend“. Leider wurdest du für die "
  "nächste Staffel nicht ausgewählt.\n\nDein Casting-Team")
L("Deine Kandidatur für den Vorstand", "Wahlausschuss <wahl@fachschaft-info.example>",
  "Hallo {V},\n\ndeine Kandidatur für den Fachschaftsvorstand konnte leider nicht zugelassen werden, da die "
  "Unterschriften zu spät eingereicht wurden.\n\nDer Wahlausschuss")
L("Digest: Neue Beiträge im Forum Karriere", "Forum <digest@karriereforum.example>",
  "Hallo {V},\n\nneue Beiträge in deinen Themen:\n- „Absage nach dem Zweitgespräch – wie reagieren?“\n"
  "- „Stelle besetzt, aber Anzeige noch online?“\n- „Wir haben uns für einen anderen Kandidaten entschieden – "
  "Standardfloskel?“\n\nDein Karriereforum")
L("Ihre Bewerbung wurde angesehen", "Jobnetz <notify@jobnetz.example>",
  "Hallo {V},\n\ngute Nachrichten: Die Tannenberg Gruppe hat deine Bewerbung als Instandhaltungsplaner angesehen. "
  "Eine Entscheidung steht noch aus.\n\nDein Jobnetz")
L("Deutschlandstipendium", "Stipendienbüro <stipendium@hs-suedwald.example>",
  "Sehr geehrte{r} {FH} {N},\n\nIhre Bewerbung um ein Deutschlandstipendium war in diesem Jahr leider nicht "
  "erfolgreich. Die Auswahlkommission hat sich für andere Bewerbende entschieden.\n\nIhr Stipendienbüro")

# ---------------------------------------------------------------------------------------------------------------
# Ordinary mails with job-ish words
# ---------------------------------------------------------------------------------------------------------------
ORD = "ordinary"
L("Entgeltabrechnung Oktober", "Lohnbüro <lohn@elbkontor.example>",
  "Guten Tag,\n\nIhre Entgeltabrechnung für Oktober liegt im Self-Service-Portal bereit.\n\nIhr Lohnbüro", kind=ORD)
L("Einladung Jobmesse Campus Connect", "Career Service <career@uni-hollberg.example>",
  "Liebe Studierende,\n\nam 12. November findet die Jobmesse Campus Connect statt. Über 80 Arbeitgeber stellen sich "
  "vor, und es gibt einen kostenlosen Bewerbungsmappen-Check.\n\nIhr Career Service", kind=ORD)
L("Dein Bewerbungsfoto", "Fotostudio Lichtwerk <hallo@lichtwerk-foto.example>",
  "Hallo {V},\n\ndeine Bewerbungsfotos sind fertig! Du kannst sie über den Link herunterladen.\n\nLiebe Grüße\n"
  "Fotostudio Lichtwerk", kind=ORD)
L("Arbeitsvertrag – Ihr unterschriebenes Exemplar", "Personal <personal@ferrotec-systems.example>",
  "Sehr geehrte{r} {FH} {N},\n\nanbei erhalten Sie Ihr gegengezeichnetes Exemplar des Arbeitsvertrags. Bitte "
  "bringen Sie zum ersten Arbeitstag Ihre Steuer-ID mit.\n\nMit freundlichen Grüßen\nPersonalabteilung", kind=ORD)
L("Urlaubsplanung 2027", "Team Lead <lead@kiwi-labs.example>",
  "Hi zusammen,\n\nbitte tragt eure Urlaubswünsche für 2027 bis Ende November in den Kalender ein.\n\nDanke!\nMaya",
  kind=ORD)
L("Entwurf Stellenanzeige Buchhaltung", "Heike Brandes <heike.brandes@elbkontor.example>",
  "Hallo {V},\n\nkannst du bitte über den Entwurf der Stellenanzeige für die Buchhaltung schauen? Ich würde sie "
  "gern am Montag veröffentlichen.\n\nDanke und Gruß\nHeike", kind=ORD)
L("Recruiting-Budget Q1", "Controlling <controlling@greenvolt.example>",
  "Hallo {V},\n\ndas Recruiting-Budget für Q1 ist freigegeben: zwei Stellenanzeigen und eine Jobmesse.\n\n"
  "Viele Grüße\nControlling", kind=ORD)
L("IT-Zugänge für den ersten Arbeitstag", "IT-Service <it@seeblick-software.example>",
  "Hallo {V},\n\nwillkommen an Bord! Deine Zugangsdaten bekommst du am Montag um 9 Uhr am Empfang.\n\nDein "
  "IT-Service", kind=ORD)
L("Bescheinigung für die Arbeitsagentur", "Personal <personal@kalbach-armaturen.example>",
  "Sehr geehrte{r} {FH} {N},\n\nwie gewünscht erhalten Sie anbei die Arbeitsbescheinigung für die Agentur für "
  "Arbeit.\n\nMit freundlichen Grüßen\nIngrid Pohl", kind=ORD)
L("Mittagessen Freitag?", "Paula <paula.stern@postfach.example>",
  "Hey {V},\n\nwie lief eigentlich dein Vorstellungsgespräch? Lass uns am Freitag Mittag essen gehen, dann "
  "erzählst du mir alles!\n\nPaula", kind=ORD)
L("Zeugnis-Entwurf zur Abstimmung", "Lena Krohn <l.krohn@hafenstadt-immobilien.example>",
  "Hallo {FH} {N},\n\nanbei der Entwurf Ihres Zwischenzeugnisses. Haben Sie Änderungswünsche?\n\nViele Grüße\n"
  "Lena Krohn", kind=ORD)


# ---------------------------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------------------------
UMLAUT_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
UMLAUT_BARE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Ä": "A", "Ö": "O", "Ü": "U"})


def fill(text: str, reader) -> str:
    first, last, g = reader
    mapping = {"FH": "Frau" if g == "f" else "Herr", "N": last, "V": first, "r": "" if g == "f" else "r",
               "Liebe": "Liebe" if g == "f" else "Lieber", "v": first.lower(), "n": last.lower()}
    return text.format(**mapping)


def to_html(body: str, company: str, table: bool, entities: bool) -> str:
    """An ATS-style HTML rendering: paragraphs, optionally inside a layout table, optionally entity-encoded."""
    paras = [p for p in body.split("\n\n") if p.strip()]

    def esc(p: str) -> str:
        out = htmllib.escape(p, quote=False)
        if entities:
            out = out.translate({ord("ä"): "&auml;", ord("ö"): "&ouml;", ord("ü"): "&uuml;", ord("ß"): "&szlig;",
                                 ord("Ä"): "&Auml;", ord("Ö"): "&Ouml;", ord("Ü"): "&Uuml;", ord("–"): "&ndash;"})
        return out.replace("\n", "<br>\n")

    inner = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if not table:
        return f"<html><body style=\"font-family:Helvetica\">\n{inner}\n</body></html>"
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + htmllib.escape(company) + "</title>"
            "</head><body bgcolor=\"#f2f2f2\">\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\">"
            "<tr><td align=\"center\">\n<table width=\"640\" bgcolor=\"#ffffff\" cellpadding=\"24\">\n"
            f"<tr><td><img src=\"https://cdn.ats-assets.example/logo.png\" alt=\"{htmllib.escape(company)}\" "
            "width=\"160\"></td></tr>\n"
            f"<tr><td style=\"font-family:Arial;font-size:14px;line-height:20px\">\n{inner}\n</td></tr>\n"
            "<tr><td style=\"font-size:11px;color:#999999\">Sie erhalten diese Nachricht, weil Sie sich über unser "
            "Karriereportal beworben haben. Datenschutz | Impressum</td></tr>\n</table></td></tr></table>\n"
            "</body></html>")


def label_for(rec: dict, sender: str, text: str) -> dict:
    if rec["kind"] != "rejection":
        return dict(is_rejection=False, company=None, role=None, contact_name=None, contact_email=None,
                    careers_url=None)
    contact = rec["contact"]
    email_addr = None
    if contact:
        email_addr = rec.get("contact_email") or parseaddr(sender)[1]
    role = rec["role"]
    if role and role.lower() not in text.lower():
        role = None  # DESIGN: null when the mail names no role
    return dict(is_rejection=True, company=rec["company"], role=role, contact_name=contact,
                contact_email=email_addr, careers_url=rec.get("careers"))


def build() -> list[tuple[str, bytes, dict]]:
    out = []
    for i, rec in enumerate(records, start=1):
        reader = READERS[i % len(READERS)]
        first, last, _ = reader
        body = fill(rec["body"], reader) + "\n"
        subject = fill(rec["subject"], reader)
        sender = fill(rec["sender"], reader)
        if rec.get("swiss"):
            body = body.replace("ß", "ss")
        if rec.get("ascii"):
            body, subject = body.translate(UMLAUT_ASCII), subject.translate(UMLAUT_ASCII)
        if rec.get("ascii_accents"):
            body = body.translate(UMLAUT_BARE)
        mode = rec.get("html")
        html = None
        if mode:
            html = to_html(body, rec.get("company") or "", mode == "table", rec.get("entities", False))
        charset, cte = ENCODINGS[i % len(ENCODINGS)]
        if rec.get("ascii"):
            charset, cte = "us-ascii", "7bit"
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = f"{first} {last} <{first.lower()}.{last.lower()}@postfach.example>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(BASE + timedelta(hours=5 * i, minutes=17 * i))
        msg["Message-ID"] = f"<dev8-de-{i:04d}@corpus.example>"
        if mode in ("only", "table"):
            html_cs = "utf-8" if i % 2 else "iso-8859-1"
            try:
                html.encode(html_cs)
            except UnicodeEncodeError:
                html_cs = "utf-8"
            msg.set_content(html, subtype="html", charset=html_cs, cte="quoted-printable" if i % 3 else "base64")
        else:
            try:
                body.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
            msg.set_content(body, charset=charset, cte=cte)
            if html is not None:
                msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        if msg.is_multipart():
            msg.set_boundary(f"--dev8de-{i:04d}--")
        text = subject + "\n" + body + "\n" + (html or "")
        label = label_for(rec, sender, text)
        name = f"{i:04d}.eml"
        out.append((name, bytes(msg), {"file": name, **label, "lang": "de", "kind": rec["kind"]}))
    return out


def main() -> None:
    built = build()
    counts = {k: sum(1 for _, _, lab in built if lab["kind"] == k) for k in ("rejection", "lookalike", "ordinary")}
    if "--check" in sys.argv:
        labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
        files = sorted(p.name for p in OUT.glob("*.eml"))
        assert files == [lab["file"] for lab in labels], "labels and messages differ"
        for (name, raw, label), disk in zip(built, labels, strict=True):
            assert (OUT / name).read_bytes() == raw, name
            assert label == disk, name
            msg = message_from_bytes(raw, policy=policy.default)
            part = msg.get_body(preferencelist=("plain", "html"))
            assert part is not None and part.get_content().strip(), name
            assert "{" not in part.get_content() or "<" in part.get_content(), f"unfilled placeholder in {name}"
            if label["is_rejection"] and label["contact_email"]:
                assert "@" in label["contact_email"], name
        print(f"ok: {len(files)} messages {counts}")
        return
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, raw, _ in built:
        (OUT / name).write_bytes(raw)
    LABELS.write_text("".join(json.dumps(lab, ensure_ascii=False) + "\n" for _, _, lab in built), encoding="utf-8")
    print(f"wrote {len(built)} messages {counts}")


if __name__ == "__main__":
    main()
