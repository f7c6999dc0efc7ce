"""Builds the dev7/de corpus: 120 German rejections, 60 hard look-alikes, 20 ordinary mails.

Written as a seventh independent author (round 7), with an emphasis on the phrasings that real senders in
Germany, Austria and Switzerland use most (ATS default templates, HR departments, public sector, universities,
agencies, hospitals, retail, founders) and on look-alikes that share the vocabulary.

Run:   .venv/bin/python tests/corpus/dev7/de/build.py           (writes messages/*.eml + labels.jsonl)
       .venv/bin/python tests/corpus/dev7/de/build.py --check   (parses everything back, checks labels 1:1)

Deterministic: no randomness, fixed dates. All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

READERS = [
    ("Lena", "Hoffmann", "f"), ("Jonas", "Becker", "m"), ("Miriam", "Aydin", "f"), ("Felix", "Wagner", "m"),
    ("Sophie", "Krüger", "f"), ("David", "Nowak", "m"), ("Anna", "Schulze", "f"), ("Tobias", "Lang", "m"),
    ("Elif", "Yılmaz", "f"), ("Maximilian", "Brandt", "m"), ("Clara", "Vogt", "f"), ("Niklas", "Haas", "m"),
]

ENCODINGS = [
    ("utf-8", "quoted-printable"), ("utf-8", "base64"), ("iso-8859-1", "quoted-printable"), ("utf-8", "8bit"),
    ("windows-1252", "quoted-printable"), ("iso-8859-15", "8bit"), ("utf-8", "quoted-printable"),
]

THANKS_SIE = [
    "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
    "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei {company} und die Zusendung Ihrer Unterlagen.",
    "wir bedanken uns für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegengebracht haben.",
    "vielen Dank für Ihre Bewerbung auf die Position {role}. Wir haben uns sehr darüber gefreut.",
    "nochmals herzlichen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben.",
    "vielen Dank für Ihr Interesse an der ausgeschriebenen Stelle und Ihre Geduld während unseres Auswahlprozesses.",
    "zunächst möchten wir uns für Ihre Bewerbung und Ihr Interesse an {company} bedanken.",
]
THANKS_DU = [
    "danke dir für deine Bewerbung als {role} und dein Interesse an {company}!",
    "vielen Dank, dass du dir die Zeit für das Gespräch mit uns genommen hast.",
    "erst mal danke für deine Bewerbung und die Mühe, die du dir gemacht hast.",
]
WISH_SIE = [
    "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
    "Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.",
    "Wir danken Ihnen nochmals für Ihr Interesse und wünschen Ihnen weiterhin viel Erfolg bei der Stellensuche.",
    "Ihre Daten werden wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten löschen. "
    "Für Ihre Zukunft wünschen wir Ihnen alles Gute.",
    "Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl der Bewerbungen keine individuellen Gründe "
    "nennen können. Wir wünschen Ihnen viel Erfolg.",
    "Wir würden uns freuen, wenn Sie uns weiterhin verbunden bleiben. Alles Gute für Sie!",
]
WISH_DU = [
    "Wir wünschen dir alles Gute für deinen weiteren Weg!",
    "Mach's gut und viel Erfolg bei der Suche!",
    "Bleib gern mit uns in Kontakt – alles Gute!",
]
SIGNOFF = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße", "Mit besten Grüßen",
           "Herzliche Grüße"]
SIGNOFF_DU = ["Viele Grüße", "Liebe Grüße", "Beste Grüße", "Cheers"]

BASE = datetime(2026, 9, 1, 9, 12, tzinfo=timezone(timedelta(hours=2)))

records: list[dict] = []


def R(company, domain, role, contact, subject, decision, **kw):
    """One rejection. ``company``/``role``/``contact`` are the labels; ``decision`` is the deciding text."""
    records.append(dict(kind="rejection", company=company, domain=domain, role=role, contact=contact,
                        subject=subject, decision=decision, **kw))


def L(subject, body, sender, kind="lookalike", **kw):
    """One look-alike or ordinary mail (full body given, greeting/sign-off included by the author)."""
    records.append(dict(kind=kind, subject=subject, body=body, sender=sender, **kw))


# ---------------------------------------------------------------------------------------------------------------
# Rejections, common template phrasings (each with a few realistic variants)
# ---------------------------------------------------------------------------------------------------------------

# "nicht berücksichtigen" family
R("Nordlicht Energie GmbH", "nordlicht-energie.example", "Werkstudent Controlling", "Jana Petersen",
  "Ihre Bewerbung als Werkstudent Controlling (m/w/d)",
  "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können. Diese Entscheidung "
  "ist uns angesichts Ihres guten Profils nicht leicht gefallen.", careers="https://karriere.nordlicht-energie.example/jobs")
R("Brauhaus Kessler AG", "brauhaus-kessler.example", "Sachbearbeiter Einkauf", None,
  "Ihre Bewerbung - Sachbearbeiter Einkauf (m/w/d) - Ref. 2026-0418",
  "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im "
  "weiteren Auswahlverfahren nicht berücksichtigen konnten.", noreply=True, html=True)
R("Hanseatische Logistik Partner", "hlp-logistik.example", "Disponent Nahverkehr", "Katrin Meyer",
  "Rückmeldung zu Ihrer Bewerbung",
  "Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung für die Position als Disponent Nahverkehr "
  "nicht berücksichtigt werden konnte.")
R("Stadtwerke Lindenau", "stadtwerke-lindenau.example", "Elektroniker für Betriebstechnik", "Frank Ulrich",
  "Ihre Bewerbung als Elektroniker für Betriebstechnik",
  "Ihre Bewerbung konnten wir im Rahmen unseres Auswahlverfahrens leider nicht weiter berücksichtigen.", wrap=True)
R("Kanzlei Brenner & Roth", "brenner-roth.example", "Rechtsanwaltsfachangestellte", "Dr. Carola Brenner",
  "Ihre Bewerbung vom 14.09.",
  "Zu unserem Bedauern können wir Ihre Bewerbung nicht berücksichtigen, da wir uns für eine Bewerberin "
  "entschieden haben, die über mehr Erfahrung im Notariat verfügt.")
R("Vireo Software GmbH", "vireo-software.example", "Frontend Developer", None,
  "Update zu deiner Bewerbung bei Vireo",
  "Leider können wir deine Bewerbung diesmal nicht weiter berücksichtigen. Wir haben sehr viele "
  "Bewerbungen erhalten und uns für Profile entschieden, die noch näher an unseren Anforderungen liegen.",
  du=True, noreply=True, html=True, careers="https://vireo-software.example/careers")

# "andere Bewerber / für andere entschieden" family
R("Meridian Versicherung AG", "meridian-versicherung.example", "Aktuar", "Stefanie Albrecht",
  "Ihre Bewerbung als Aktuar (w/m/d)",
  "Nach eingehender Prüfung haben wir uns für andere Bewerberinnen und Bewerber entschieden, deren Profil "
  "noch besser zu den Anforderungen der Stelle passt.", html=True, careers="https://jobs.meridian-versicherung.example")
R("Falkenstein Medizintechnik", "falkenstein-mt.example", "Qualitätsmanager", "Oliver Franke",
  "Ihre Bewerbung bei Falkenstein Medizintechnik",
  "Wir haben uns nach reiflicher Überlegung für einen anderen Kandidaten entschieden.")
R("Grünwerk Landschaftsbau", "gruenwerk.example", "Bauleiter GaLaBau", "Thomas Grün",
  "Bauleiter GaLaBau",
  "Nach mehreren Gesprächen haben wir uns letztendlich für eine Kandidatin entschieden, deren Erfahrung "
  "noch etwas besser zu unserem Projektgeschäft passt.")
R("Alpina Touristik GmbH", "alpina-touristik.example", "Reiseverkehrskauffrau", "Sabine Huber",
  "Ihre Bewerbung",
  "Unsere Wahl ist leider auf eine andere Bewerberin gefallen.", careers="https://www.alpina-touristik.example/karriere")
R("Dataforge Analytics", "dataforge.example", "Data Engineer", None,
  "Your application / Deine Bewerbung als Data Engineer",
  "Wir haben uns entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung besser zu den "
  "aktuellen Anforderungen passt.", du=True, noreply=True)
R("Klinikum Oberhavel-Süd", "klinikum-ohs.example", "Gesundheits- und Krankenpfleger", "Petra Lindner",
  "Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d) - Intensivstation",
  "Nach Sichtung aller Unterlagen haben wir uns für Bewerber/innen entschieden, die dem Anforderungsprofil "
  "besser entsprechen.", wrap=True)
R("Luftwerk Consulting", "luftwerk-consulting.example", "Junior Consultant", "Marc Seidel",
  "Ihr Gespräch bei Luftwerk Consulting",
  "Wir haben uns nach den Gesprächen dazu entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten "
  "fortzusetzen.")
R("Bäckerei Sonnenkorn", "sonnenkorn.example", "Filialleitung", "Ute Sommer",
  "Ihre Bewerbung als Filialleitung",
  "Wir haben uns für eine interne Lösung entschieden und die Filialleitung mit einer langjährigen Mitarbeiterin "
  "besetzt.")
R("Fenwick Retail Deutschland", "fenwick-retail.example", "Verkäufer", None,
  "Deine Bewerbung bei Fenwick",
  "Leider müssen wir dir mitteilen, dass wir uns für andere Bewerber*innen entschieden haben.",
  du=True, noreply=True, html=True)

# "Absage erteilen / absagen" family
R("Ostwind Maschinenbau GmbH", "ostwind-maschinenbau.example", "Konstrukteur", "Heike Lorenz",
  "Ihre Bewerbung als Konstrukteur",
  "Leider müssen wir Ihnen heute eine Absage erteilen.")
R("Tannhaus Immobilien", "tannhaus-immobilien.example", "Immobilienkaufmann", "Ralf Tannhaus",
  "Bewerbung Immobilienkaufmann",
  "Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider absagen.")
R("Sparkasse Rabenfels", "sparkasse-rabenfels.example", "Kundenberater", "Monika Engel",
  "Absage",
  "Wir bedauern, Ihnen auf Ihre Bewerbung als Kundenberater eine Absage geben zu müssen.")
R("Helix Pharma Services", "helix-pharma.example", "Clinical Research Associate", None,
  "Ihre Bewerbung: Clinical Research Associate (m/w/d)",
  "Leider können wir Ihnen keine positive Rückmeldung geben und müssen Ihnen absagen.", noreply=True, html=True)
R("Weinhaus Kieferle", "kieferle-wein.example", "Sommelier", "Georg Kieferle",
  "Deine Bewerbung",
  "Ich muss dir leider absagen – wir haben die Stelle schon vergeben.", du=True)

# "keine positive Rückmeldung / keinen positiven Bescheid" family
R("Rheinblick Hotels", "rheinblick-hotels.example", "Front Office Manager", "Isabel Krämer",
  "Ihre Bewerbung als Front Office Manager",
  "Leider können wir Ihnen keinen positiven Bescheid geben.")
R("Holzner Baustoffe", "holzner-baustoffe.example", "Lagerist", "Anton Holzner",
  "Ihre Bewerbung",
  "Leider können wir Ihnen diesmal keine positive Nachricht überbringen.", austria=True)
R("Quanto Bank AG", "quanto-bank.example", "Compliance Officer", None,
  "Ihre Bewerbung: Compliance Officer",
  "Wir bedauern, Ihnen keine positivere Rückmeldung geben zu können: Ihre Bewerbung wird im weiteren "
  "Prozess nicht berücksichtigt.", noreply=True, html=True, careers="https://careers.quanto-bank.example")
R("Gärtnerei Blumenthal", "blumenthal-gaertnerei.example", "Gärtner Zierpflanzenbau", "Erika Blumenthal",
  "Ihre Bewerbung",
  "Leider haben wir keine guten Nachrichten für Sie: Die Stelle ist inzwischen besetzt.")

# "Stelle besetzt / vergeben" family
R("Tierarztpraxis am Mühlbach", "tierarzt-muehlbach.example", "Tiermedizinische Fachangestellte", "Dr. Jan Roeder",
  "Ihre Bewerbung",
  "Die ausgeschriebene Stelle wurde bereits anderweitig besetzt.")
R("Elbufer Verlag", "elbufer-verlag.example", "Volontär Lektorat", "Nina Hartwig",
  "Volontariat Lektorat",
  "Wir haben die Stelle inzwischen vergeben und können Ihre Bewerbung daher leider nicht mehr berücksichtigen.")
R("Autohaus Pfeiffer", "autohaus-pfeiffer.example", "Kfz-Mechatroniker", "Bernd Pfeiffer",
  "Ihre Bewerbung als Kfz-Mechatroniker",
  "Die Position ist zwischenzeitlich besetzt worden.")
R("Schulverein Lindenhof", "lindenhof-schule.example", "Erzieherin", "Gudrun Wendt",
  "Ihre Bewerbung als Erzieherin",
  "Leider müssen wir Ihnen mitteilen, dass die Stelle bereits intern nachbesetzt wurde.", austria=True)

# "nicht in die engere Auswahl / nicht zum Gespräch einladen" family
R("Mosaik Marketing GmbH", "mosaik-marketing.example", "Social Media Manager", "Lea Ostermann",
  "Ihre Bewerbung als Social Media Manager",
  "Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Auswahl gekommen sind.")
R("Technische Werke Talheim", "tw-talheim.example", "Ingenieur Wasserwirtschaft", "Markus Jansen",
  "Ihre Bewerbung als Ingenieur Wasserwirtschaft",
  "Nach sorgfältiger Prüfung haben wir entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen.", wrap=True)
R("Pixelhain Studios", "pixelhain.example", "Game Designer", None,
  "Deine Bewerbung bei Pixelhain",
  "Wir haben uns entschieden, dich nicht in die nächste Runde einzuladen.", du=True, noreply=True)
R("Nordkap Reederei", "nordkap-reederei.example", "Nautischer Offizier", "Henrik Claussen",
  "Ihre Bewerbung",
  "Ihre Bewerbung wurde leider nicht in die engere Wahl einbezogen.")
R("Kronberg Consulting Group", "kronberg-cg.example", "Senior Associate", "Valerie Stein",
  "Ihre Bewerbung - Senior Associate",
  "Wir müssen Ihnen leider mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen werden.", html=True)

# "nicht weiterverfolgen / nicht weiterführen" family
R("Cobalt Systems AG", "cobalt-systems.example", "IT-Administrator", None,
  "Ihre Bewerbung als IT-Administrator (m/w/d)",
  "Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiterzuverfolgen.",
  noreply=True, html=True, careers="https://cobalt-systems.example/de/karriere")
R("Eichenhof Pflegeheim", "eichenhof-pflege.example", "Pflegedienstleitung", "Renate Kolb",
  "Ihre Bewerbung",
  "Wir werden Ihre Bewerbung nicht weiter verfolgen.")
R("Zephyr Mobility GmbH", "zephyr-mobility.example", "Product Owner", "Kai Brandner",
  "Deine Bewerbung als Product Owner",
  "Nach dem zweiten Gespräch haben wir entschieden, den Prozess mit dir nicht weiterzuführen.", du=True)
R("Lumen Optik", "lumen-optik.example", "Augenoptiker", None,
  "Ihre Bewerbung bei Lumen Optik",
  "Leider haben wir uns dazu entschieden, Ihre Kandidatur nicht weiter zu verfolgen.", noreply=True)
R("Seidel & Partner Steuerberater", "seidel-stb.example", "Steuerfachangestellte", "Birgit Seidel",
  "Bewerbung Steuerfachangestellte",
  "Wir haben uns entschieden, das Bewerbungsverfahren mit Ihnen nicht fortzusetzen.")

# "keine Stelle anbieten / kein Angebot" family
R("Lichtblick Kita gGmbH", "lichtblick-kita.example", "Kinderpfleger", "Sandra Voss",
  "Ihre Bewerbung",
  "Wir können Ihnen derzeit leider kein Angebot machen.")
R("Autohaus Graf Ausbildungszentrum", "graf-ausbildung.example", "Ausbildung Kaufmann für Büromanagement",
  "Silke Graf",
  "Ihre Bewerbung um einen Ausbildungsplatz",
  "Leider können wir Ihnen keinen Ausbildungsplatz anbieten, da alle Plätze für 2027 bereits vergeben sind.")
R("Heliant Energy Solutions", "heliant.example", "Projektingenieur Photovoltaik", "Dennis Wolff",
  "Ihre Bewerbung als Projektingenieur Photovoltaik",
  "Nach reiflicher Überlegung sehen wir leider keine Möglichkeit, Sie in unserem Team einzusetzen.")

# "Profil passt nicht / entspricht nicht" family
R("Ambra Fashion Group", "ambra-fashion.example", "Buyer", None,
  "Ihre Bewerbung als Buyer",
  "Leider entspricht Ihr Profil nicht ganz unseren Anforderungen an diese Position.", noreply=True, html=True)
R("Talsperre Consult", "talsperre-consult.example", "Technischer Zeichner", "Wolfgang Reich",
  "Ihre Bewerbung",
  "Nach Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass Ihr Profil leider nicht zu unseren "
  "aktuellen Anforderungen passt.", wrap=True)
R("Blauwal Digital", "blauwal-digital.example", "UX Researcher", "Mia Lorenzen",
  "Deine Bewerbung als UX Researcher",
  "So ehrlich möchten wir sein: Dein Profil passt aktuell leider nicht zu dem, was wir für die Rolle suchen.",
  du=True)

# "Entscheidung nicht zu Ihren Gunsten" family
R("Berghoff Lebensmittel", "berghoff-lebensmittel.example", "Produktionsleiter", "Ingrid Berghoff",
  "Ihre Bewerbung als Produktionsleiter",
  "Leider ist die Entscheidung nicht zu Ihren Gunsten ausgefallen.")
R("Aurelia Kosmetik", "aurelia-kosmetik.example", "Key Account Manager", "Tanja Weber",
  "Ihre Bewerbung als Key Account Manager",
  "Die Entscheidung ist zugunsten einer anderen Kandidatin gefallen.", html=True)
R("Delta Sicherheitsdienst", "delta-sicherheit.example", "Fachkraft für Schutz und Sicherheit", "Uwe Brandt",
  "Ihre Bewerbung",
  "Wir haben uns gegen Ihre Bewerbung entschieden.")

# "gegen Sie / anders entschieden" & ATS default (Personio / SuccessFactors / Workday / Greenhouse style)
R("Kieler Werft Technik", "kwt.example", "Schweißer", None,
  "Ihre Bewerbung als Schweißer (m/w/d) bei Kieler Werft Technik",
  "Nach sorgfältiger Prüfung Ihrer Bewerbungsunterlagen müssen wir Ihnen leider mitteilen, dass wir uns für "
  "andere Kandidaten entschieden haben.", noreply=True, ats="personio", careers="https://kwt.example/jobs")
R("Brightline Payments", "brightline.example", "Backend Engineer", None,
  "Deine Bewerbung bei Brightline Payments",
  "leider haben wir uns entschieden, deine Bewerbung nicht weiter zu berücksichtigen.",
  du=True, noreply=True, ats="greenhouse")
R("Vossberg Chemie AG", "vossberg-chemie.example", "Laborant", None,
  "Ihre Bewerbung bei Vossberg Chemie - Laborant (m/w/d) - JR-10442",
  "Wir danken Ihnen für Ihre Bewerbung. Nach sorgfältiger Prüfung haben wir uns entschieden, andere "
  "Kandidaten weiter im Auswahlprozess zu berücksichtigen.", noreply=True, ats="workday", html=True)
R("Trivium Handelsgesellschaft", "trivium-handel.example", "Assistenz der Geschäftsführung", None,
  "Status Ihrer Bewerbung",
  "Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung für die Position Assistenz der Geschäftsführung nicht "
  "erfolgreich war.", noreply=True, ats="successfactors", html=True)
R("Arvato Nord Services", "arvato-nord.example", "Teamleiter Kundenservice", None,
  "Ihre Bewerbung: Teamleiter Kundenservice",
  "Wir haben Ihre Bewerbung sorgfältig geprüft und uns entschieden, sie nicht weiter zu verfolgen.",
  noreply=True, ats="smartrecruiters")
R("Fjord Games", "fjordgames.example", "QA Tester", None,
  "Fjord Games - deine Bewerbung",
  "Wir haben uns leider anders entschieden.", du=True, noreply=True, ats="join")

# agency relays (contact = the recruiter who writes)
R("Caldera Automotive", "hirewise-personal.example", "Einkäufer Elektronik", "Patrick Sommer",
  "Rückmeldung Caldera Automotive",
  "ich habe heute Feedback von Caldera Automotive bekommen – leider keine guten Nachrichten: Der Kunde hat sich "
  "für einen anderen Kandidaten entschieden, der schon Erfahrung mit Halbleiter-Lieferanten mitbringt.",
  agency="HireWise Personalberatung", thanks=False)
R("Norder Bank", "kaiser-executive.example", "Leiter Risikocontrolling", "Dr. Claudia Kaiser",
  "Ihre Kandidatur Leiter Risikocontrolling",
  "unser Mandant hat sich nach den Zweitgesprächen entschieden, den Prozess mit Ihnen nicht fortzusetzen.",
  agency="Kaiser Executive Search", thanks=False)
R("Lindqvist Elektro", "talentbruecke.example", "Elektroniker", "Serkan Öztürk",
  "Lindqvist Elektro",
  "kurze Info: Lindqvist hat sich gegen eine Weiterführung des Prozesses entschieden. Ich melde mich, sobald "
  "ich etwas Passendes für dich habe.", agency="Talentbrücke", du=True, thanks=False)
R("Vantis Insurance", "prime-staffing.example", "Schadenregulierer", "Laura Fink",
  "Feedback zu Ihrer Vorstellung bei Vantis",
  "leider hat mir Vantis eine Absage für Sie übermittelt.", agency="Prime Staffing", thanks=False)

# quoted-reply threads: the new text decides
R("Marienhof Apotheke", "marienhof-apotheke.example", "PTA", "Christiane Lehmann",
  "Re: Nachfrage zu meiner Bewerbung",
  "danke für Ihre Nachfrage. Wir haben uns inzwischen für eine andere Bewerberin entschieden.",
  reply=True, thanks=False)
R("Nova Robotics", "nova-robotics.example", "Embedded Software Engineer", "Philipp Graf",
  "AW: Bewerbung Embedded Software Engineer",
  "entschuldigen Sie die späte Antwort. Leider haben wir uns entschieden, mit einer anderen Person weiterzugehen.",
  reply=True, thanks=False)
R("Atelier Kornblume", "kornblume-atelier.example", "Grafikdesignerin", "Jule Martens",
  "Re: Bewerbung Grafikdesign",
  "sorry, dass es so lange gedauert hat! Wir haben uns leider für jemand anderen entschieden.",
  reply=True, du=True, thanks=False)
R("Hofmann Spedition", "hofmann-spedition.example", "Berufskraftfahrer", "Dieter Hofmann",
  "AW: Bewerbung",
  "vielen Dank für Ihren Anruf. Wie besprochen bestätige ich Ihnen hiermit, dass wir Sie leider nicht einstellen "
  "können.", reply=True, thanks=False)

# forwards
R("Graupner Verwaltung", "graupner-verwaltung.example", "Buchhalter", "Ines Graupner",
  "WG: Ihre Bewerbung als Buchhalter",
  "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht in die engere Auswahl aufnehmen konnten.",
  fwd=True)
R("Universität Kaltenbach", "uni-kaltenbach.example", "Wissenschaftlicher Mitarbeiter", "Prof. Dr. Ulrike Sand",
  "Fwd: Ihre Bewerbung - Kennziffer W-2026-117",
  "Die Auswahlkommission hat nach sorgfältiger Prüfung entschieden, Ihre Bewerbung nicht weiter zu "
  "berücksichtigen.", fwd=True)

# Swiss (no ß, Dossier, Grüsse)
R("Alpenbank Zürich AG", "alpenbank-zh.example", "Kundenberater Private Banking", "Martina Keller",
  "Ihre Bewerbung als Kundenberater Private Banking",
  "Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir uns für eine andere "
  "Kandidatur entschieden haben.", swiss=True, careers="https://alpenbank-zh.example/karriere")
R("Spital Seeland", "spital-seeland.example", "Pflegefachfrau HF", "Regula Brunner",
  "Ihre Bewerbung",
  "Leider können wir Ihr Dossier nicht weiter berücksichtigen.", swiss=True)
R("Gemeinde Oberwil", "oberwil-gemeinde.example", "Sachbearbeiterin Einwohnerdienste", "Peter Zbinden",
  "Ihre Bewerbung als Sachbearbeiterin Einwohnerdienste",
  "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.", swiss=True)
R("Bergbahnen Flimsalp", "flimsalp.example", "Mitarbeiter Pistendienst", None,
  "Deine Bewerbung",
  "Leider müssen wir dir eine Absage erteilen.", swiss=True, du=True, noreply=True)

# Austrian
R("Wiener Stadtbau GmbH", "wiener-stadtbau.example", "Projektleiter Hochbau", "Mag. Elisabeth Auer",
  "Ihre Bewerbung als Projektleiter Hochbau",
  "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben. Gerne halten "
  "wir Ihre Unterlagen in Evidenz.", austria=True)
R("Tiroler Landeskliniken", "tirol-kliniken.example", "Assistenzarzt Innere Medizin", "Dr. Florian Gruber",
  "Ihre Bewerbung",
  "Wir können Ihre Bewerbung bei der Besetzung dieser Stelle leider nicht berücksichtigen.", austria=True)

# public sector (common legalistic templates)
R("Landratsamt Weidental", "lra-weidental.example", "Sachbearbeiter Bauaufsicht", "Frau Schreiber",
  "Stellenbesetzungsverfahren Sachbearbeiter Bauaufsicht - Kennziffer 34/2026",
  "im oben genannten Stellenbesetzungsverfahren konnte Ihre Bewerbung leider nicht berücksichtigt werden.",
  thanks=False)
R("Bezirksregierung Hohenstein", "br-hohenstein.example", "Verwaltungsfachangestellte", "Herr Knoll",
  "Ihre Bewerbung - Az. 12.3-118/26",
  "nach Abschluss des Auswahlverfahrens teile ich Ihnen mit, dass die Auswahl auf eine andere Bewerberin gefallen "
  "ist.", thanks=False)
R("Bundesamt für Küstenschutz", "bakueste.example", "Referent Haushalt", None,
  "Ihre Bewerbung auf die Stellenausschreibung BAK-2026-044",
  "Die Auswahlentscheidung ist nicht zu Ihren Gunsten ausgefallen. Ihre Bewerbungsunterlagen werden nach Ablauf "
  "der Frist nach dem AGG vernichtet.", noreply=True, html=True)
R("Stadt Rosenheide", "rosenheide.example", "Erzieher", "Personalamt",
  "Ihre Bewerbung als Erzieher",
  "leider müssen wir Ihnen mitteilen, dass wir Sie bei der Besetzung der Stelle nicht berücksichtigen konnten.",
  thanks=False)

# universities, hospitals, retail chains
R("Hochschule Weserau", "hs-weserau.example", "Professur Wirtschaftsinformatik", "Prof. Dr. Andreas Möller",
  "Berufungsverfahren Professur Wirtschaftsinformatik",
  "die Berufungskommission hat in ihrer Sitzung beschlossen, Sie nicht zu einem Probevortrag einzuladen.",
  thanks=False)
R("Drogeriemarkt Hellweg", "hellweg-drogerie.example", "Verkäuferin", None,
  "Deine Bewerbung bei Hellweg",
  "Leider können wir dir keine Zusage geben.", du=True, noreply=True, html=True)
R("Institut für Angewandte Geodäsie", "iag-geo.example", "Doktorand Fernerkundung", "Dr. Katharina Pohl",
  "Ihre Bewerbung auf die Doktorandenstelle",
  "Wir haben uns nach den Interviews für eine andere Bewerberin entschieden.")

# multi-sentence buried / connectors
R("Sternwarte Events", "sternwarte-events.example", "Eventmanager", "Julia Roth",
  "Ihre Bewerbung als Eventmanager",
  "Wir haben uns viel Zeit für die Auswahl genommen und alle Bewerbungen sorgfältig gelesen. Am Ende mussten "
  "wir uns zwischen vielen guten Profilen entscheiden, und leider ist die Wahl nicht auf Sie gefallen.")
R("Nordstern Pflegedienst", "nordstern-pflege.example", "Altenpfleger", "Heike Möller",
  "Ihre Bewerbung",
  "Trotz Ihrer interessanten Qualifikationen können wir Sie leider nicht berücksichtigen.")

# ---------------------------------------------------------------------------------------------------------------
# Rejections, rarer phrasings (curt, texting, impersonal, subject-only, legalistic, buried)
# ---------------------------------------------------------------------------------------------------------------
R("Kaffeerösterei Bohnenglück", "bohnenglueck.example", "Barista", "Finn",
  "Barista-Job",
  "kurz und ehrlich: wird leider nix mit dem Job bei uns, wir haben jemanden gefunden. Sorry!",
  du=True, thanks=False, curt=True)
R("Startup Kiwano", "kiwano.example", "Working Student Marketing", "Tim",
  "Working Student Marketing",
  "hey, hat diesmal leider nicht gepasst – wir gehen mit jemand anderem weiter.", du=True, thanks=False, curt=True)
R("Druckerei Feldmann", "feldmann-druck.example", "Drucker", "K. Feldmann",
  "Absage",
  "Absage. Wir haben die Stelle besetzt.", thanks=False, curt=True)
R("Gestüt Weidenhof", "weidenhof-gestuet.example", "Pferdewirt", None,
  "Absage Ihrer Bewerbung als Pferdewirt",
  "Wir danken für Ihr Interesse und wünschen Ihnen alles Gute für Ihren weiteren Weg.", noreply=True, thanks=False)
R("Ferrotec Industrieanlagen", "ferrotec.example", "Vertriebsingenieur", None,
  "Absage: Vertriebsingenieur (m/w/d) - Referenz FT-3381",
  "vielen Dank für Ihr Interesse an Ferrotec. Für Ihre Zukunft wünschen wir Ihnen alles Gute.",
  noreply=True, thanks=False)
R("Polizeipräsidium Eschental", "pp-eschental.example", "Tarifbeschäftigte Verwaltung", "Personalstelle",
  "Ihre Bewerbung - Stellenausschreibung 2026/31",
  "hiermit teile ich Ihnen mit, dass Sie im Rahmen der Bestenauslese gemäß Art. 33 Abs. 2 GG nicht "
  "ausgewählt wurden. Es ist beabsichtigt, die Stelle mit einer Mitbewerberin zu besetzen. Diese Entscheidung "
  "wird frühestens zwei Wochen nach Zugang dieser Mitteilung vollzogen.", thanks=False)
R("Finanzamt Wiesenbach", "fa-wiesenbach.example", "Sachbearbeiterin Veranlagung", "Herr Ostrowski",
  "Mitteilung über das Ergebnis des Auswahlverfahrens",
  "das Auswahlverfahren für die o. g. Stelle ist abgeschlossen. Ihre Bewerbung blieb leider ohne Erfolg.",
  thanks=False)
R("Deutsches Zentrum für Küstenforschung", "dzk-forschung.example", "Postdoc Meeresökologie", None,
  "Ihre Bewerbung (Kennziffer 2026/KF-19)",
  "Ihre Bewerbung kam im Auswahlverfahren leider nicht in Betracht.", noreply=True)
R("Galerie Weißbach", "galerie-weissbach.example", "Galerieassistenz", "Marie Weißbach",
  "Ihre Bewerbung",
  "Ihre Unterlagen haben uns gut gefallen, dennoch haben wir uns am Ende anders entschieden.")
R("Ingenieurbüro Kranz", "kranz-ing.example", "Statiker", "Dipl.-Ing. Oskar Kranz",
  "Bewerbung Statiker",
  "Ich habe mich leider für einen Mitbewerber entschieden.")
R("Zahnarztpraxis Weiss", "zahnarzt-weiss.example", "ZFA", "Dr. Simone Weiss",
  "Ihre Bewerbung",
  "Es tut mir leid, aber wir werden Sie nicht einstellen.", thanks=False)
R("Bio-Hof Sonnenwiese", "sonnenwiese.example", "Saisonkraft", "Rike",
  "Saisonstelle",
  "wir haben leider schon genug Leute für die Saison und müssen dir absagen.", du=True, thanks=False)
R("Codewerk Kollektiv", "codewerk.example", "Fullstack Developer", "Sam",
  "Re: Fullstack Developer",
  "danke nochmal für den Call. Wir haben intern lange diskutiert und uns entschieden, die Rolle anders zu "
  "besetzen. Das hat nichts mit dir zu tun, eher mit dem Timing.", du=True, reply=True, thanks=False)
R("Vitalis Reha-Zentrum", "vitalis-reha.example", "Physiotherapeut", "Anja Rehberg",
  "Ihre Bewerbung als Physiotherapeut",
  "Gute Neuigkeiten zuerst: Unser Team wächst weiter und wir eröffnen im Frühjahr einen zweiten Standort. Für die "
  "ausgeschriebene Stelle haben wir uns allerdings für einen anderen Bewerber entschieden.")
R("Hansa Marine Insurance", "hansa-marine.example", "Underwriter", None,
  "Ihre Bewerbung wurde abgelehnt",
  "Ihre Bewerbung für die Stelle Underwriter (m/w/d) wurde abgelehnt. Diese Nachricht wurde automatisch erstellt.",
  noreply=True, thanks=False, ats="successfactors")
R("Orbis Reisen", "orbis-reisen.example", "Reiseleiter", "Tom Richter",
  "Ihre Bewerbung",
  "Wir müssen Ihnen leider eine negative Rückmeldung geben.")
R("Weberei Kallmann", "kallmann-weberei.example", "Textiltechniker", "Norbert Kallmann",
  "Ihre Bewerbung",
  "Wir sind zu dem Ergebnis gekommen, dass wir Ihnen keine Stelle anbieten können.")
R("Fahrschule Tempo", "fahrschule-tempo.example", "Fahrlehrer", "Heinz Brauer",
  "Fahrlehrer-Stelle",
  "Die Stelle hat sich leider erledigt, wir haben jemanden aus der Region eingestellt.", thanks=False)
R("Staatstheater Ahornburg", "theater-ahornburg.example", "Regieassistenz", "Dramaturgie",
  "Ihre Bewerbung um die Regieassistenz",
  "Leider hat es in diesem Jahr nicht geklappt.")
R("Consilio IT-Beratung", "consilio-it.example", "SAP-Berater", "Yvonne Berg",
  "Ihre Bewerbung als SAP-Berater",
  "Wir haben die Ausschreibung zurückgezogen, da die Stelle aus budgetären Gründen nicht besetzt wird. Ihre "
  "Bewerbung können wir daher leider nicht weiter berücksichtigen.")
R("Rotor Aviation Services", "rotor-aviation.example", "Fluggerätmechaniker", "Lars Engström",
  "Ihr Eignungstest",
  "leider haben Sie die erforderliche Punktzahl im Eignungstest nicht erreicht, sodass wir Ihre Bewerbung nicht "
  "weiter berücksichtigen können.", thanks=False)
R("Mainfranken Versorgung", "mainfranken-versorgung.example", "Trainee Energiewirtschaft", None,
  "Ihr Assessment Center am 03.11.",
  "vielen Dank für Ihre Teilnahme am Assessment Center. Leider müssen wir Ihnen mitteilen, dass Sie nicht zu den "
  "ausgewählten Teilnehmenden gehören.", noreply=True, thanks=False)
R("Ludwig & Söhne Bau", "ludwig-soehne.example", "Polier", "Hans Ludwig",
  "Bewerbung",
  "Nach dem Telefonat haben wir beschlossen, die Zusammenarbeit nicht einzugehen.")
R("Kleeblatt Kindergarten", "kleeblatt-kiga.example", "Kinderpflegerin", "Leitung Kleeblatt",
  "Ihre Initiativbewerbung",
  "Leider haben wir derzeit keine passende Stelle frei und können Ihre Initiativbewerbung daher nicht "
  "berücksichtigen.", thanks=False)
R("Gravis Legal Tech", "gravis-legal.example", "Legal Engineer", "Nora Hein",
  "Deine Bewerbung als Legal Engineer",
  "Wir haben uns dazu entschieden, dir kein Angebot zu machen.", du=True)
R("Panorama Bergführer", "panorama-berg.example", "Bergführer", "Sepp Moser",
  "Bewerbung Sommersaison",
  "Für heuer müssen wir leider absagen, wir sind voll besetzt.", austria=True, du=True, thanks=False)
R("Wendeltreppe Antiquariat", "wendeltreppe.example", "Buchhändlerin", "Gisela Brandt",
  "Ihre Bewerbung",
  "Ihre Bewerbung hat uns gefreut. Leider müssen wir Ihnen absagen, so schwer es uns fällt.")
R("Rotkehlchen Verlag", "rotkehlchen-verlag.example", "Lektor", None,
  "Ihre Bewerbung",
  "Leider können wir Sie für die Position nicht in Betracht ziehen.", noreply=True)
R("Orion Personalservice", "orion-personal.example", "Lagerhelfer", "Sven Orth",
  "Einsatz Lagerhelfer",
  "leider wurde der Einsatz beim Kunden storniert, daher kommt eine Besetzung mit Ihnen nicht zustande.",
  thanks=False)
R("Sonnenberg Hotel & Spa", "sonnenberg-spa.example", "Kosmetikerin", "Daniela Kurz",
  "Ihre Bewerbung",
  "Leider müssen wir Ihnen mitteilen, dass wir andere Bewerberinnen in die engere Wahl gezogen haben.")
R("Limes Verwaltungsgesellschaft", "limes-vg.example", "Buchhalter", None,
  "Ihre Bewerbung",
  "Wir müssen Ihnen mitteilen, dass Ihre Bewerbung im Auswahlprozess ausgeschieden ist.", noreply=True, html=True)
R("Kunstmuseum Elbtal", "kunstmuseum-elbtal.example", "Kuratorische Assistenz", "Dr. Vera Lindholm",
  "Ihre Bewerbung",
  "Ihre Bewerbung war leider nicht erfolgreich. Wir haben uns für eine Person entschieden, die bereits "
  "Erfahrung mit Sammlungsdatenbanken hat.", html=True)
R("Solvara Energie", "solvara.example", "Werkstudent Data Science", None,
  "Deine Bewerbung als Werkstudent Data Science",
  "Du bist leider nicht weiter im Auswahlprozess.", du=True, noreply=True, ats="personio")
R("Helios Gebäudetechnik", "helios-gt.example", "Servicetechniker", "Anke Helm",
  "Absage - Servicetechniker",
  "Wir teilen Ihnen mit, dass wir Ihre Bewerbung ablehnen müssen.")
R("Seehafen Terminal GmbH", "seehafen-terminal.example", "Hafenarbeiter", None,
  "Ihr Bewerbungsstatus hat sich geändert",
  "Der Status Ihrer Bewerbung als Hafenarbeiter wurde auf \"Abgesagt\" gesetzt. Wir danken Ihnen für Ihr "
  "Interesse.", noreply=True, thanks=False, ats="softgarden")
R("Wüstenrot Baufinanz Service", "wrbs.example", "Sachbearbeiter Kreditprüfung", "Cornelia Strauß",
  "Ihre Bewerbung",
  "Wir haben uns entschlossen, die Stelle vorerst nicht zu besetzen. Ihre Bewerbung ist damit leider "
  "gegenstandslos.")
R("Fitnesswerk Pulse", "pulse-fitness.example", "Trainer", "Kevin Schmitz",
  "Re: Trainerjob",
  "hi, leider ist es nichts geworden, wir haben uns für einen anderen Trainer entschieden. Trotzdem danke!",
  du=True, reply=True, thanks=False, curt=True)
R("Amselweg Hausverwaltung", "amselweg-hv.example", "Objektbetreuer", "Klaus Amsel",
  "Objektbetreuer",
  "Wir nehmen von Ihrer Bewerbung Abstand.", thanks=False)

# "not this role, but another one" (a rejection of this application IS a rejection)
R("Meridian Logistik", "meridian-logistik.example", "Teamleiter Lager", "Saskia Bauer",
  "Ihre Bewerbung als Teamleiter Lager",
  "Für die Stelle als Teamleiter Lager haben wir uns für einen anderen Bewerber entschieden. Ihr Profil passt "
  "aber sehr gut zu einer Stelle als Schichtkoordinator – hätten Sie Interesse?")
R("Quellwerk Software", "quellwerk.example", "Senior Java Developer", "Ole Petersen",
  "Deine Bewerbung als Senior Java Developer",
  "Für die Senior-Rolle haben wir uns leider gegen dich entschieden. Wir würden dich aber gern für unsere "
  "Mid-Level-Stelle ins Gespräch bringen, falls du magst.", du=True)

# HTML template with a sentence split by tags
R("Rhenus Maschinenpark", "rhenus-mp.example", "Technischer Einkäufer", None,
  "Ihre Bewerbung als Technischer Einkäufer",
  "Leider müssen wir Ihnen mitteilen, dass wir uns <b>für eine andere Kandidatin</b> entschieden haben.",
  noreply=True, html=True, raw_html=True)
R("Kaiserhof Gastronomie", "kaiserhof-gastro.example", "Koch", None,
  "Ihre Bewerbung als Koch",
  "Leider können wir Ihre Bewerbung<br>\nnicht weiter berücksichtigen.", noreply=True, html=True, raw_html=True)

# ---------------------------------------------------------------------------------------------------------------
# Hard look-alikes (60)
# ---------------------------------------------------------------------------------------------------------------
HR = "Personalabteilung <personal@{d}>"
L("Eingangsbestätigung Ihrer Bewerbung",
  "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d). Wir haben Ihre Unterlagen "
  "erhalten und werden sie sorgfältig prüfen. Leider kann dies aufgrund der Vielzahl an Bewerbungen einige Wochen "
  "dauern.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team", "Recruiting <noreply@ostwind-maschinenbau.example>")
L("Zwischenstand zu Ihrer Bewerbung",
  "Sehr geehrter Herr Becker,\n\nleider konnten wir Ihre Bewerbung noch nicht abschließend bearbeiten. Wir haben "
  "noch keine Entscheidung getroffen und melden uns spätestens Ende des Monats bei Ihnen.\n\nFreundliche Grüße\n"
  "Katrin Meyer", "Katrin Meyer <k.meyer@hlp-logistik.example>")
L("Ihre Bewerbung - Verzögerung",
  "Sehr geehrte Frau Aydin,\n\nleider sind wir mit Ihrer Bewerbung noch nicht weitergekommen, da sich das "
  "Auswahlverfahren intern verzögert. Bitte haben Sie noch etwas Geduld.\n\nBeste Grüße\nJana Petersen",
  "Jana Petersen <jana.petersen@nordlicht-energie.example>")
L("Unterlagen unvollständig",
  "Guten Tag Herr Wagner,\n\nohne Ihr Abschlusszeugnis können wir Ihre Bewerbung leider nicht berücksichtigen. "
  "Bitte laden Sie das Dokument bis zum 30.11. in unserem Portal hoch.\n\nMit freundlichen Grüßen\nIhr HR-Team",
  "HR <jobs@cobalt-systems.example>")
L("Erinnerung: Online-Test",
  "Hallo Sophie,\n\nfalls du den Online-Test nicht bis Freitag abschließt, müssen wir deine Bewerbung leider "
  "ablehnen. Der Link ist noch 3 Tage gültig.\n\nViele Grüße\nDein Talent-Team", "Talent <talent@brightline.example>")
L("Einladung zum Vorstellungsgespräch",
  "Sehr geehrter Herr Nowak,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position "
  "Konstrukteur einzuladen. Leider können wir Ihnen nur Termine am Vormittag anbieten.\n\nMit freundlichen Grüßen\n"
  "Heike Lorenz", "Heike Lorenz <h.lorenz@ostwind-maschinenbau.example>")
L("Terminabsage - Ihr Gespräch am Dienstag",
  "Sehr geehrte Frau Schulze,\n\nleider müssen wir den für Dienstag vereinbarten Gesprächstermin absagen, da "
  "Herr Stein erkrankt ist. Wir schlagen Ihnen Donnerstag, 14 Uhr, als Ersatztermin vor.\n\nFreundliche Grüße\n"
  "Valerie Stein", "Valerie Stein <v.stein@kronberg-cg.example>")
L("Verschiebung Assessment Center",
  "Hallo Herr Lang,\n\nunser Assessment Center am 12.12. muss leider verschoben werden. Ihre Bewerbung ist davon "
  "nicht betroffen, Sie bleiben selbstverständlich im Verfahren.\n\nBeste Grüße\nRecruiting Mainfranken",
  "Recruiting <recruiting@mainfranken-versorgung.example>")
L("Ihr Vertragsangebot",
  "Liebe Frau Yılmaz,\n\nwir freuen uns sehr, Ihnen die Stelle als Data Engineer anbieten zu können! Andere "
  "Kandidaten hatten leider keine Chance gegen Ihr Profil. Anbei finden Sie den Vertragsentwurf.\n\nHerzliche "
  "Grüße\nMia Lorenzen", "Mia Lorenzen <mia@blauwal-digital.example>")
L("Zusage",
  "Hallo Max,\n\nwir haben uns für dich entschieden! Wir haben uns zwar auch andere Bewerber angeschaut, aber du "
  "hast uns am meisten überzeugt.\n\nLiebe Grüße\nJule", "Jule Martens <jule@kornblume-atelier.example>")
L("Nächste Schritte",
  "Sehr geehrte Frau Vogt,\n\nSie haben die erste Runde erfolgreich gemeistert. Im nächsten Schritt laden wir Sie "
  "zu einem Fachgespräch ein. Bitte wählen Sie einen Termin über den Link.\n\nMit freundlichen Grüßen\nMarc Seidel",
  "Marc Seidel <marc.seidel@luftwerk-consulting.example>")
L("Weitere Stelle für Sie",
  "Sehr geehrter Herr Haas,\n\nIhre Bewerbung als Projektleiter ist weiterhin im Verfahren. Zusätzlich würden wir "
  "Sie gern auch für eine zweite Stelle als Bauleiter berücksichtigen, wenn Sie einverstanden sind.\n\nBeste "
  "Grüße\nMag. Elisabeth Auer", "Elisabeth Auer <e.auer@wiener-stadtbau.example>")
L("Spannende Position bei einem Mandanten",
  "Hallo Frau Hoffmann,\n\nich bin auf Ihr Profil gestoßen und glaube, dass eine Position als Head of Finance bei "
  "einem meiner Mandanten gut passen könnte. Hätten Sie Zeit für ein kurzes Telefonat?\n\nViele Grüße\nPatrick "
  "Sommer\nHireWise Personalberatung", "Patrick Sommer <p.sommer@hirewise-personal.example>")
L("Absagen richtig deuten – unser Karriere-Newsletter",
  "Liebe Leserinnen und Leser,\n\n„Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
  "entschieden haben“ – wer kennt diesen Satz nicht? In dieser Ausgabe erklären wir, was hinter typischen "
  "Absageformulierungen steckt und wie Sie nachfragen können.\n\nIhre Redaktion Karrierekompass\n\n"
  "Abmelden: https://karrierekompass.example/abmelden", "Karrierekompass <newsletter@karrierekompass.example>")
L("Ratgeber: Was tun nach einer Absage?",
  "Hallo Jonas,\n\nSätze wie „Ihre Bewerbung konnte leider nicht berücksichtigt werden“ tun weh. Unser Coach "
  "erklärt im Video, wie du daraus lernst und deine nächste Bewerbung verbesserst.\n\nDein Jobcoach-Team",
  "Jobcoach <info@jobcoach-plus.example>")
L("Neue Jobs für dich: Controller in Hamburg",
  "Hallo Miriam,\n\nwir haben 5 neue Stellen gefunden, die zu deinem Suchauftrag passen:\n- Controller (m/w/d), "
  "Nordlicht Energie\n- Financial Analyst, Quanto Bank\n- Junior Controller, Alpina Touristik\n\nNicht das "
  "Richtige dabei? Passe deinen Suchauftrag an.\n\nDein Jobfinder", "Jobfinder <alerts@jobfinder.example>")
L("Job-Alarm: 12 neue Stellen",
  "Guten Tag,\n\nfür Ihren Suchauftrag \"Projektleiter\" wurden 12 neue Stellenanzeigen veröffentlicht. Leider "
  "wurden 3 Stellen, die Sie gemerkt hatten, bereits besetzt und sind nicht mehr verfügbar.\n\nIhr Stellenportal",
  "Stellenportal <alarm@stellenportal.example>")
L("Ihr Bewerbungsstatus",
  "Guten Tag Frau Krüger,\n\nder Status Ihrer Bewerbung wurde aktualisiert: In Prüfung.\n\nMögliche Status: "
  "Eingegangen – In Prüfung – Gespräch – Zusage – Absage.\n\nSie können den Status jederzeit in Ihrem "
  "Kandidatenportal einsehen.", "Karriereportal <noreply@vossberg-chemie.example>")
L("Bestätigung: Bewerbung zurückgezogen",
  "Guten Tag Herr Nowak,\n\nhiermit bestätigen wir, dass Sie Ihre Bewerbung als IT-Administrator zurückgezogen "
  "haben. Ihre Daten werden gelöscht. Schade, dass es nicht geklappt hat – wir würden uns über eine erneute "
  "Bewerbung freuen.\n\nIhr Recruiting-Team", "Recruiting <noreply@cobalt-systems.example>")
L("Re: Rückzug meiner Bewerbung",
  "Sehr geehrte Frau Schulze,\n\nwir bedauern Ihre Entscheidung sehr, nehmen Ihre Absage aber natürlich zur "
  "Kenntnis. Wir haben Ihre Bewerbung aus dem Verfahren genommen.\n\nMit freundlichen Grüßen\nStefanie Albrecht\n\n"
  "Am 02.10.2026 schrieb Anna Schulze:\n> Sehr geehrte Frau Albrecht,\n> ich habe mich für ein anderes Angebot "
  "entschieden und ziehe meine Bewerbung zurück.\n> Viele Grüße, Anna Schulze",
  "Stefanie Albrecht <s.albrecht@meridian-versicherung.example>")
L("Schade, dass Sie abgesagt haben",
  "Lieber Herr Lang,\n\nwir haben Ihre Absage unseres Angebots erhalten. Schade, dass es nicht zusammenpasst – "
  "unsere Tür bleibt offen.\n\nHerzliche Grüße\nKai Brandner", "Kai Brandner <kai@zephyr-mobility.example>")
L("Ihre Wohnungsanfrage",
  "Sehr geehrte Frau Yılmaz,\n\nvielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße. Leider haben "
  "wir uns für einen anderen Mietinteressenten entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung Amselweg",
  "Hausverwaltung <info@amselweg-hv.example>")
L("Ihr Kreditantrag",
  "Sehr geehrter Herr Brandt,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihren Antrag auf einen "
  "Ratenkredit nach eingehender Prüfung nicht bewilligen können.\n\nMit freundlichen Grüßen\nQuanto Bank AG",
  "Quanto Bank <kredit@quanto-bank.example>")
L("Entscheidung über Ihren Beitrag",
  "Sehr geehrte Frau Vogt,\n\nwir bedauern, Ihnen mitteilen zu müssen, dass Ihr Beitrag für die Jahrestagung "
  "nicht angenommen wurde. Das Programmkomitee hat sich für andere Einreichungen entschieden.\n\nMit freundlichen "
  "Grüßen\nDas Programmkomitee", "Tagung Geodäsie <programm@iag-geo.example>")
L("Ihr Stipendienantrag",
  "Lieber Herr Haas,\n\nleider konnten wir Ihren Antrag auf ein Promotionsstipendium in dieser Runde nicht "
  "berücksichtigen. Die Auswahlkommission hat sich für andere Bewerberinnen und Bewerber entschieden.\n\n"
  "Mit freundlichen Grüßen\nStiftung Lernwerk", "Stiftung Lernwerk <stipendien@lernwerk-stiftung.example>")
L("Ihr Angebot - Ausschreibung Reinigungsleistungen",
  "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihr Angebot. Leider müssen wir Ihnen mitteilen, dass wir "
  "uns für einen anderen Anbieter entschieden haben.\n\nMit freundlichen Grüßen\nEinkauf Stadtwerke Lindenau",
  "Einkauf <einkauf@stadtwerke-lindenau.example>")
L("Kita-Platz für Ihr Kind",
  "Sehr geehrte Frau Hoffmann,\n\nleider können wir Ihrem Kind zum 1. August keinen Platz anbieten. Sie bleiben "
  "auf unserer Warteliste.\n\nFreundliche Grüße\nKita Lichtblick", "Kita Lichtblick <kita@lichtblick-kita.example>")
L("Zulassungsbescheid",
  "Sehr geehrter Herr Becker,\n\nleider können wir Ihnen für den Masterstudiengang Informatik keinen Studienplatz "
  "anbieten. Die Zahl der Bewerbungen übersteigt die Zahl der Plätze deutlich.\n\nIhr Studierendensekretariat",
  "Studierendensekretariat <zulassung@uni-kaltenbach.example>")
L("Ihre Bewerbung als Vortragende",
  "Liebe Frau Aydin,\n\nvielen Dank für Ihren Vortragsvorschlag. Leider haben wir uns für andere Beiträge "
  "entschieden und können Ihren Talk nicht ins Programm aufnehmen.\n\nViele Grüße\nDas Orga-Team DevDays",
  "DevDays <cfp@devdays-nord.example>")
L("Kandidat Weber - Absage vorbereiten",
  "Hallo Felix,\n\nwir haben uns gegen Herrn Weber entschieden. Kannst du ihm bitte bis Freitag absagen? Die "
  "Vorlage liegt im Recruiting-Ordner.\n\nDanke und Gruß\nSaskia", "Saskia Bauer <s.bauer@meridian-logistik.example>")
L("Feedback zu den Kandidaten",
  "Hallo Sophie,\n\nfür die Stelle Junior Consultant haben wir uns gegen Frau Koch entschieden; Herrn Demir "
  "würde ich gern zum Zweitgespräch einladen. Kannst du die Termine koordinieren?\n\nViele Grüße\nMarc",
  "Marc Seidel <marc.seidel@luftwerk-consulting.example>")
L("Absage an Bewerberin bitte freigeben",
  "Guten Morgen Herr Wagner,\n\nanbei der Entwurf: „Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung "
  "nicht berücksichtigen können.“ Bitte geben Sie das Schreiben an Frau Kühn frei.\n\nBeste Grüße\nPersonalbüro",
  "Personalbüro <personal@ostwind-maschinenbau.example>")
L("Keine Absage!",
  "Hallo Frau Nowak,\n\nkeine Sorge, das ist keine Absage: Wir benötigen lediglich noch Ihre Gehaltsvorstellung, "
  "um Ihre Bewerbung weiter bearbeiten zu können.\n\nBeste Grüße\nTanja Weber",
  "Tanja Weber <t.weber@aurelia-kosmetik.example>")
L("Frage zu Ihrer Bewerbung",
  "Hallo Herr Lang,\n\nmöchten Sie Ihre Bewerbung zurückziehen, oder sollen wir Sie weiterhin im Verfahren "
  "berücksichtigen? Bitte geben Sie uns bis Montag Bescheid.\n\nViele Grüße\nIsabel Krämer",
  "Isabel Krämer <i.kraemer@rheinblick-hotels.example>")
L("Neue Chance bei uns",
  "Liebe Frau Krüger,\n\nvor zwei Jahren mussten wir Ihnen leider absagen. Heute haben wir eine neue Stelle, die "
  "hervorragend zu Ihnen passt, und laden Sie herzlich zu einem Gespräch ein.\n\nHerzliche Grüße\nNina Hartwig",
  "Nina Hartwig <n.hartwig@elbufer-verlag.example>")
L("Willkommen an Bord!",
  "Hallo David,\n\ndie Stelle ist besetzt – mit dir! Wir freuen uns riesig auf deinen Start am 1. Januar.\n\n"
  "Liebe Grüße\nDein Team von Pixelhain", "Pixelhain <hello@pixelhain.example>")
L("Re: Ihre Bewerbung",
  "Sehr geehrte Frau Schulze,\n\nwir haben unsere Entscheidung noch einmal überdacht und würden Sie doch gern "
  "zu einem Gespräch einladen. Passt Ihnen der 4. Dezember?\n\nMit freundlichen Grüßen\nRalf Tannhaus\n\n"
  "Am 10.11.2026 schrieb Ralf Tannhaus:\n> Sehr geehrte Frau Schulze,\n> leider müssen wir Ihnen mitteilen, dass "
  "wir uns für einen anderen Bewerber entschieden haben.\n> Mit freundlichen Grüßen",
  "Ralf Tannhaus <ralf@tannhaus-immobilien.example>")
L("Ihre Bewerbung ist eingegangen",
  "Hallo Elif,\n\ndanke für deine Bewerbung! Wir schauen sie uns in Ruhe an. Bitte sieh von Nachfragen ab – wir "
  "melden uns in jedem Fall, auch wenn es eine Absage sein sollte.\n\nDein Team von Fjord Games",
  "Fjord Games <jobs@fjordgames.example>")
L("So läuft unser Bewerbungsprozess",
  "Liebe Bewerberin, lieber Bewerber,\n\nbei uns bekommt jede Bewerbung eine Antwort. Wenn wir uns gegen eine "
  "Kandidatur entscheiden, sagen wir innerhalb von zwei Wochen ab. Aktuell ist Ihre Bewerbung noch in "
  "Prüfung.\n\nIhr Recruiting", "Recruiting <jobs@marktplatz-bio.example>")
L("Bewerbung - noch keine Entscheidung",
  "Sehr geehrter Herr Haas,\n\nbisher ist noch keine Entscheidung über die Besetzung der Stelle gefallen. Wir "
  "konnten Ihre Bewerbung deshalb noch nicht abschließend berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalamt",
  "Personalamt <personalamt@rosenheide.example>")
L("Ihre Bewerbung: Rückfrage",
  "Sehr geehrte Frau Vogt,\n\nsollten Sie keine Arbeitserlaubnis besitzen, könnten wir Ihre Bewerbung leider "
  "nicht berücksichtigen. Bitte senden Sie uns einen Nachweis.\n\nFreundliche Grüße\nRegula Brunner",
  "Regula Brunner <regula.brunner@spital-seeland.example>")
L("Einladung Assessment Center",
  "Sehr geehrter Herr Wagner,\n\nnach Prüfung Ihrer Unterlagen haben wir uns entschieden, Sie zu unserem "
  "Assessment Center einzuladen. Leider gibt es nur wenige Plätze, bitte bestätigen Sie daher bis Freitag.\n\n"
  "Mit freundlichen Grüßen\nRecruiting", "Recruiting <ac@mainfranken-versorgung.example>")
L("Probearbeit",
  "Hallo Jonas,\n\nwir haben uns gegen ein zweites Gespräch und stattdessen für einen Probetag entschieden – "
  "hast du am Mittwoch Zeit?\n\nViele Grüße\nFinn", "Finn <finn@bohnenglueck.example>")
L("Ihre Bewerbung liegt uns vor",
  "Sehr geehrte Frau Aydin,\n\nIhre Bewerbung als Buchhalterin liegt uns vor. Da die Stelle noch nicht besetzt "
  "ist, können wir Ihre Bewerbung weiterhin berücksichtigen. Wir melden uns zeitnah.\n\nMit freundlichen Grüßen\n"
  "Ines Graupner", "Ines Graupner <ines@graupner-verwaltung.example>")
L("Talentpool",
  "Sehr geehrter Herr Brandt,\n\nSie haben zugestimmt, dass wir Ihr Profil in unseren Talentpool aufnehmen. Wir "
  "melden uns, sobald eine passende Stelle frei wird.\n\nMit freundlichen Grüßen\nIhr Talent-Team",
  "Talent <talentpool@helix-pharma.example>")
L("Ausschreibung verlängert",
  "Sehr geehrte Bewerberinnen und Bewerber,\n\ndie Bewerbungsfrist für die Stelle Referent Haushalt wurde bis "
  "zum 15.12. verlängert. Eine Auswahlentscheidung ist noch nicht getroffen worden.\n\nBundesamt für "
  "Küstenschutz", "BAK <noreply@bakueste.example>")
L("Ihre Bewerbung: Gespräch verschoben",
  "Sehr geehrter Herr Becker,\n\nleider muss ich unser Gespräch verschieben. Ihre Bewerbung ist nicht abgelehnt, "
  "wir sind weiterhin sehr interessiert.\n\nMit freundlichen Grüßen\nDr. Claudia Kaiser",
  "Claudia Kaiser <c.kaiser@kaiser-executive.example>")
L("Mitarbeiterin des Monats",
  "Liebe Kolleginnen und Kollegen,\n\nMarie hat sich gegen 40 Mitbewerber durchgesetzt und ist unsere "
  "Mitarbeiterin des Monats! Herzlichen Glückwunsch.\n\nEure Unternehmenskommunikation",
  "Kommunikation <intern@fenwick-retail.example>")
L("Re: Bewerbung Grafikdesign",
  "Hallo Jule,\n\ndanke für deine ehrliche Rückmeldung und alles Gute für euer Projekt!\n\nViele Grüße\nClara\n\n"
  "Am 12.10.2026 schrieb Jule Martens:\n> Hallo Clara,\n> wir haben uns leider für jemand anderen entschieden.\n"
  "> Viele Grüße, Jule", "Clara Vogt <clara.vogt@posteo.example>")
L("Absage Teamevent",
  "Hallo zusammen,\n\nleider müssen wir das Teamevent am Freitag absagen, da zu wenige Zusagen kamen. Wir "
  "suchen einen neuen Termin.\n\nViele Grüße\nJulia", "Julia Roth <julia.roth@sternwarte-events.example>")
L("Ihr Urlaubsantrag",
  "Hallo Herr Haas,\n\nIhr Urlaubsantrag für den 22.12. bis 2.1. wurde leider abgelehnt, da bereits zwei "
  "Kollegen im Team abwesend sind.\n\nPersonalabteilung", "Personal <personal@kwt.example>")
L("Interne Stellenausschreibung",
  "Liebe Kolleginnen und Kollegen,\n\nfür die Stelle Teamleitung Einkauf haben wir uns für eine interne "
  "Besetzung entschieden: Frau Demir übernimmt ab 1. Januar. Wir danken allen internen Bewerberinnen und "
  "Bewerbern.\n\nPersonalabteilung", "Personal <personal@brauhaus-kessler.example>")
L("Feedback zu Ihrem Interview",
  "Sehr geehrte Frau Krüger,\n\nwir haben uns entschieden, Sie in die nächste Runde einzuladen! Leider können "
  "wir Ihnen erst im Januar einen Termin anbieten.\n\nMit freundlichen Grüßen\nOliver Franke",
  "Oliver Franke <o.franke@falkenstein-mt.example>")
L("Stellenanzeige offline",
  "Hallo,\n\nIhre Stellenanzeige \"Lagerhelfer (m/w/d)\" ist abgelaufen und wurde offline genommen. Möchten "
  "Sie sie verlängern?\n\nIhr Jobbörsen-Team", "Jobbörse <kunden@jobboerse-nord.example>")
L("Ihre Bewerbung – wir brauchen noch etwas Zeit",
  "Liebe Frau Yılmaz,\n\nwir haben uns noch nicht für eine Kandidatin entschieden und führen derzeit weitere "
  "Gespräche. Ihre Bewerbung ist weiterhin im Rennen.\n\nHerzliche Grüße\nAnja Rehberg",
  "Anja Rehberg <a.rehberg@vitalis-reha.example>")
L("Mitgliedsantrag Ruderclub",
  "Liebe Anna,\n\nleider können wir deinen Aufnahmeantrag derzeit nicht berücksichtigen, da unsere "
  "Mitgliederzahl begrenzt ist. Du stehst auf der Warteliste.\n\nRuderclub Elbtal",
  "RC Elbtal <vorstand@rc-elbtal.example>")
L("Gutachten abgelehnt",
  "Sehr geehrter Herr Wagner,\n\nIhr Manuskript \"Regionale Arbeitsmärkte\" wurde nach dem Review leider "
  "abgelehnt. Die Gutachter sehen die Methodik kritisch.\n\nRedaktion Zeitschrift für Arbeitsmarktforschung",
  "Redaktion <redaktion@zfam.example>")
L("Re: Ihre Anfrage Praktikum",
  "Hallo Niklas,\n\nich kann dir leider nicht sagen, ob wir dich nehmen – das entscheidet die Abteilung erst im "
  "Januar. Eine Absage ist das aber nicht!\n\nGruß\nKevin", "Kevin Schmitz <kevin@pulse-fitness.example>")
L("Ihre Bewerbung: Stelle neu ausgeschrieben",
  "Sehr geehrte Frau Vogt,\n\ndie Stelle wurde mit geänderten Anforderungen neu ausgeschrieben. Ihre Bewerbung "
  "bleibt gültig und wird im neuen Verfahren berücksichtigt.\n\nMit freundlichen Grüßen\nHerr Knoll",
  "Herr Knoll <knoll@br-hohenstein.example>")

L("Sie rücken nach",
  "Sehr geehrter Herr Brandt,\n\neine Kandidatin hat ihre Zusage leider zurückgezogen. Da wir uns bereits knapp "
  "zwischen Ihnen und ihr entschieden hatten, möchten wir Ihnen nun die Stelle anbieten.\n\nMit freundlichen "
  "Grüßen\nWolfgang Reich", "Wolfgang Reich <w.reich@talsperre-consult.example>")

# ---------------------------------------------------------------------------------------------------------------
# Ordinary mails with job-ish words (20)
# ---------------------------------------------------------------------------------------------------------------
ORD = "ordinary"
L("Ihre Gehaltsabrechnung November", "Hallo,\n\nIhre Gehaltsabrechnung für November steht im Mitarbeiterportal "
  "bereit.\n\nIhre Lohnbuchhaltung", "Lohnbuchhaltung <lohn@kwt.example>", kind=ORD)
L("Neue Kollegin im Team", "Liebe alle,\n\nab Montag verstärkt uns Frau Keller als Projektleiterin. Bitte heißt "
  "sie herzlich willkommen!\n\nViele Grüße\nThomas", "Thomas Grün <thomas@gruenwerk.example>", kind=ORD)
L("Zeiterfassung bis Freitag", "Hallo zusammen,\n\nbitte tragt eure Stunden bis Freitag in die Zeiterfassung "
  "ein, sonst kann die Abrechnung nicht erstellt werden.\n\nDanke!\nUte", "Ute Sommer <ute@sonnenkorn.example>",
  kind=ORD)
L("Betriebsversammlung am 3.12.", "Liebe Kolleginnen und Kollegen,\n\nder Betriebsrat lädt zur "
  "Betriebsversammlung ein. Themen: Arbeitszeit, Homeoffice, Stellenplan 2027.\n\nEuer Betriebsrat",
  "Betriebsrat <br@ostwind-maschinenbau.example>", kind=ORD)
L("Onboarding neuer Azubis", "Hallo Felix,\n\nkannst du am 1.9. die drei neuen Auszubildenden durch die "
  "Werkstatt führen? Danke dir!\n\nSilke", "Silke Graf <silke@graf-ausbildung.example>", kind=ORD)
L("Schulung Arbeitssicherheit", "Sehr geehrte Mitarbeitende,\n\ndie jährliche Unterweisung Arbeitssicherheit "
  "findet am 8.12. statt. Die Teilnahme ist Pflicht.\n\nIhre Fachkraft für Arbeitssicherheit",
  "Arbeitssicherheit <sifa@kwn-service.example>", kind=ORD)
L("Weihnachtsfeier", "Hallo Team,\n\nunsere Weihnachtsfeier steigt am 18.12. im Brauhaus. Bitte gebt bis "
  "Freitag Bescheid, ob ihr dabei seid.\n\nLiebe Grüße\nLea", "Lea Ostermann <lea@mosaik-marketing.example>", kind=ORD)
L("Arbeitszeugnis fertig", "Hallo Frau Hoffmann,\n\nIhr Arbeitszeugnis ist fertig und liegt zur Abholung im "
  "Personalbüro bereit.\n\nMit freundlichen Grüßen\nPersonalbüro", "Personalbüro <personal@elbufer-verlag.example>",
  kind=ORD)
L("Bewerbergespräche nächste Woche", "Hi Sophie,\n\nkannst du nächste Woche bei zwei Bewerbergesprächen für "
  "die Werkstudentenstelle dabei sein? Dienstag und Donnerstag jeweils 10 Uhr.\n\nDanke, Marc",
  "Marc Seidel <marc.seidel@luftwerk-consulting.example>", kind=ORD)
L("Dienstplan Dezember", "Liebes Team,\n\nder Dienstplan für Dezember hängt aus. Tauschwünsche bitte bis zum "
  "25.11. an mich.\n\nPetra", "Petra Lindner <p.lindner@klinikum-ohs.example>", kind=ORD)
L("Reisekostenabrechnung", "Hallo Herr Becker,\n\nIhre Reisekostenabrechnung vom Oktober wurde freigegeben und "
  "wird mit dem nächsten Gehalt ausgezahlt.\n\nBuchhaltung", "Buchhaltung <rk@meridian-versicherung.example>", kind=ORD)
L("Stellenplan 2027 – Entwurf", "Hallo Heike,\n\nanbei der Entwurf für den Stellenplan 2027. Wir planen zwei "
  "zusätzliche Stellen in der Konstruktion.\n\nGruß\nJörg", "Jörg Mertens <j.mertens@kwn-service.example>", kind=ORD)
L("Ihre Elternzeit", "Sehr geehrte Frau Aydin,\n\nwir bestätigen Ihre Elternzeit vom 1.3. bis 31.8.2027.\n\n"
  "Mit freundlichen Grüßen\nPersonalabteilung", "Personal <personal@quanto-bank.example>", kind=ORD)
L("Mentoring-Programm", "Liebe Kolleginnen und Kollegen,\n\ndas Mentoring-Programm für Berufseinsteiger startet "
  "im Januar. Interessierte Mentorinnen und Mentoren melden sich bitte bei mir.\n\nNora",
  "Nora Hein <nora@gravis-legal.example>", kind=ORD)
L("Fahrgemeinschaft zur Arbeit", "Hi Jonas,\n\nfährst du morgen wieder mit ins Büro? Ich könnte dich um 7:30 "
  "abholen.\n\nTim", "Tim <tim@kiwano.example>", kind=ORD)
L("Jubiläum 25 Jahre", "Liebe Kolleginnen und Kollegen,\n\nHerr Kallmann feiert sein 25-jähriges "
  "Betriebsjubiläum. Wir stoßen am Freitag um 15 Uhr an.\n\nGeschäftsleitung",
  "GL <gl@kallmann-weberei.example>", kind=ORD)
L("Teammeeting verschoben", "Hallo zusammen,\n\ndas Teammeeting wird auf Donnerstag verschoben, da die "
  "Bewerbungsgespräche länger dauern.\n\nViele Grüße\nYvonne", "Yvonne Berg <y.berg@consilio-it.example>", kind=ORD)
L("Lohnsteuerbescheinigung", "Sehr geehrter Herr Wagner,\n\nIhre Lohnsteuerbescheinigung 2026 wurde an das "
  "Finanzamt übermittelt.\n\nIhre Lohnbuchhaltung", "Lohn <lohn@stadtwerke-lindenau.example>", kind=ORD)
L("Feedbackgespräch", "Hallo Clara,\n\nlass uns nächste Woche dein Jahresgespräch machen – ich schicke dir "
  "eine Einladung.\n\nViele Grüße\nMia", "Mia Lorenzen <mia@blauwal-digital.example>", kind=ORD)
L("Vertretung im Urlaub", "Hallo Herr Lang,\n\nwährend meines Urlaubs vom 20.12. bis 6.1. vertritt mich Frau "
  "Berg in allen Personalangelegenheiten.\n\nBeste Grüße\nAnke Helm", "Anke Helm <a.helm@helios-gt.example>", kind=ORD)


# ---------------------------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------------------------
DEPARTMENTS = {"Personalamt", "Personalstelle", "Dramaturgie", "Leitung Kleeblatt"}


def strip_title(name: str) -> str:
    """The name a person would write: without academic titles (Dr., Prof., Mag., Dipl.-Ing.)."""
    return " ".join(p for p in name.split() if not p.endswith(".") or len(p) <= 2)


def swissify(text: str) -> str:
    return text.replace("ß", "ss")


def person_email(name: str, domain: str) -> str:
    parts = [p for p in name.replace(",", " ").split() if not p.endswith(".") and p not in ("Frau", "Herr")]
    if not parts or name in ("Personalamt", "Personalstelle", "Dramaturgie", "Leitung Kleeblatt"):
        return f"bewerbung@{domain}"
    if len(parts) == 1:
        return f"{parts[0].lower()}@{domain}"
    first, last = parts[0], parts[-1]
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae"})
    return f"{first.lower()}.{last.lower()}@{domain}".translate(table)


ATS_SENDER = {
    "personio": "no-reply@{slug}.jobs.personio.test",
    "greenhouse": "no-reply@us.greenhouse-mail.test",
    "workday": "{slug}@myworkday.test",
    "successfactors": "noreply@successfactors.test",
    "smartrecruiters": "notifications@smartrecruiters.test",
    "join": "noreply@join.test",
    "softgarden": "noreply@softgarden.test",
}


def greeting(i: int, reader, du: bool, swiss: bool) -> str:
    first, last, g = reader
    if du:
        return ["Hallo {f},", "Hi {f},", "Liebe{e} {f},"][i % 3].format(f=first, e="" if g == "f" else "r")
    forms = ["Sehr geehrte{r} {t} {l},", "Guten Tag {t} {l},", "Sehr geehrte{r} {t} {l},", "Hallo {t} {l},",
             "Guten Tag {f} {l},"]
    return forms[i % len(forms)].format(r="" if g == "f" else "r", t="Frau" if g == "f" else "Herr",
                                        l=last, f=first)


def compose_rejection(i: int, rec: dict, reader) -> tuple[str, str | None, str, dict]:
    """(plain body, html body or None, From header, label)."""
    du, swiss = rec.get("du", False), rec.get("swiss", False)
    company, role, contact, domain = rec["company"], rec["role"], rec["contact"], rec["domain"]
    lines = [greeting(i, reader, du, swiss), ""]
    if rec.get("thanks", True):
        pool = THANKS_DU if du else THANKS_SIE
        lines += [pool[i % len(pool)].format(role=role, company=company.split(" GmbH")[0].split(" AG")[0]), ""]
    decision = rec["decision"]
    lines += [decision, ""]
    if not rec.get("curt"):
        pool = WISH_DU if du else WISH_SIE
        lines += [pool[i % len(pool)], ""]
    signer_company = rec.get("agency") or company
    if contact and not rec.get("noreply"):
        so = (SIGNOFF_DU if du else SIGNOFF)[i % (4 if du else 6)]
        if swiss:
            so = "Freundliche Grüsse"
        lines += [so, contact]
        if not rec.get("curt"):
            lines += [signer_company]
            if i % 3 == 0:
                lines += [f"Tel. +49 {30 + i % 60} {100000 + i * 37}"]
        email_addr = person_email(contact, domain)
        sender = f"{contact} <{email_addr}>"
    else:
        lines += ["Dein Recruiting-Team" if du else "Ihr Recruiting-Team", signer_company]
        email_addr = None
        ats = rec.get("ats")
        slug = domain.split(".")[0]
        addr = ATS_SENDER[ats].format(slug=slug) if ats else f"noreply@{domain}"
        sender = f"{company.split(' GmbH')[0]} Recruiting <{addr}>"
    if rec.get("careers"):
        lines += ["", f"Offene Stellen: {rec['careers']}"]
    body = "\n".join(lines) + "\n"
    if rec.get("wrap"):
        body = "\n".join(textwrap.fill(p, 72) if p else p for p in body.split("\n")) + "\n"
    if rec.get("reply"):
        first, last, _ = reader
        body += (f"\nAm {(BASE - timedelta(days=9)).strftime('%d.%m.%Y')} um 18:02 schrieb {first} {last} "
                 f"<{first.lower()}.{last.lower()}@mailbox.example>:\n> Guten Tag,\n> ich wollte mich nach dem Stand "
                 f"meiner Bewerbung erkundigen.\n> Viele Grüße\n> {first} {last}\n")
    if rec.get("fwd"):
        first, last, _ = reader
        body = (f"Zur Info, kam an meine alte Adresse.\n\n---------- Weitergeleitete Nachricht ---------\n"
                f"Von: {sender}\nDatum: Mo., 5. Okt. 2026 um 10:14\nBetreff: {rec['subject'].split(': ', 1)[-1]}\n"
                f"An: {first} {last} <{first.lower()}@uni-alt.example>\n\n" + body)
        sender = f"{first} {last} <{first.lower()}@uni-alt.example>"
    html = None
    if rec.get("html"):
        paras = [p for p in body.split("\n\n")]
        inner = "".join(f"<p style=\"margin:0 0 12px\">{p.replace(chr(10), '<br>')}</p>" for p in paras if p.strip())
        html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Arial}</style></head><body>"
                f"<table width=\"600\" align=\"center\"><tr><td><img src=\"cid:logo\" alt=\"{company}\"></td></tr>"
                f"<tr><td>{inner}</td></tr><tr><td style=\"font-size:10px;color:#888\">Diese E-Mail wurde "
                "automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht. Impressum | Datenschutz"
                "</td></tr></table></body></html>")
        if rec.get("raw_html"):
            body = body.replace("<b>", "").replace("</b>", "").replace("<br>\n", "\n")
    if swiss:
        body = swissify(body)
        html = swissify(html) if html else None
    human = bool(contact) and not rec.get("noreply") and contact not in DEPARTMENTS
    label = dict(is_rejection=True, company=company, role=role,
                 contact_name=strip_title(contact) if human else None,
                 contact_email=email_addr if human else None, careers_url=rec.get("careers"))
    return body, html, sender, label


def build() -> list[tuple[str, bytes, dict]]:
    out = []
    for i, rec in enumerate(records, start=1):
        reader = READERS[i % len(READERS)]
        first, last, _ = reader
        if rec["kind"] == "rejection":
            body, html, sender, label = compose_rejection(i, rec, reader)
            subject = rec["subject"]
        else:
            body, html, sender, subject = rec["body"] + "\n", None, rec["sender"], rec["subject"]
            label = dict(is_rejection=False, company=None, role=None, contact_name=None, contact_email=None,
                         careers_url=None)
        charset, cte = ENCODINGS[i % len(ENCODINGS)]
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = f"{first} {last} <{first.lower()}.{last.lower()}@mailbox.example>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(BASE + timedelta(hours=7 * i, minutes=13 * i))
        msg["Message-ID"] = f"<dev7-de-{i:04d}@corpus.example>"
        if html is not None and i % 2 == 0 and not rec.get("raw_html"):
            # HTML only, as many ATS templates send it
            msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            try:
                body.encode(charset)
                msg.set_content(body, charset=charset, cte=cte)
            except UnicodeEncodeError:
                msg.set_content(body, charset="utf-8", cte=cte)
            if html is not None:
                msg.add_alternative(html, subtype="html", charset="utf-8",
                                    cte="base64" if i % 3 else "quoted-printable")
        if msg.is_multipart():
            msg.set_boundary(f"==dev7de{i:04d}==")
        if label.get("role") and label["role"].lower() not in (subject + "\n" + body + "\n" + (html or "")).lower():
            label["role"] = None  # DESIGN: null when the mail names no role (the thanks line may leave it out)
        name = f"{i:04d}.eml"
        label = {"file": name, **label, "lang": "de", "kind": rec["kind"]}
        out.append((name, bytes(msg), label))
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
