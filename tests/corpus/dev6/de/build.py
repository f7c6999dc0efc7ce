# ruff: noqa: E501  (the material is whole letters, one per line)
"""Build the dev6/de corpus: 150 German rejections (each around a different decision
sentence), 70 hard look-alikes and 30 ordinary work mails.

    python build.py          # writes messages/NNNN.eml and labels.jsonl
    python build.py --check  # parses everything back and checks labels 1:1

Everything is invented (people, companies, .example/.test domains). Deterministic.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGS = HERE / "messages"

PEOPLE = [
    ("Anna", "Lindqvist", "f"), ("Jonas", "Brückner", "m"), ("Miriam", "Özdemir", "f"),
    ("Felix", "Hartmannsberger", "m"), ("Lea", "Kowalczyk", "f"), ("Tobias", "Reinholz", "m"),
    ("Sophie", "Wendelin", "f"), ("Lukas", "Amsel", "m"), ("Clara", "Dietrichstein", "f"),
    ("Matthias", "Grünwald", "m"), ("Hannah", "Pfeiffer", "f"), ("Daniel", "Szabo", "m"),
    ("Nora", "Eschbach", "f"), ("Paul", "Vogelsang", "m"), ("Elif", "Aydın", "f"),
    ("Simon", "Kästner", "m"), ("Lena", "Moosbrugger", "f"), ("Julian", "Fässler", "m"),
]

SIGNERS = [
    ("Katrin", "Ohlendorf"), ("Bernd", "Schwarzkopf"), ("Julia", "Mertens"), ("Ralf", "Immendorf"),
    ("Svenja", "Bauknecht"), ("Marco", "Tiedemann"), ("Petra", "Lauterbach"), ("Yusuf", "Demir"),
    ("Ines", "Fröhlich"), ("Stefan", "Wallner"), ("Doris", "Huber"), ("Reto", "Zürcher"),
    ("Carina", "Maurer"), ("Oliver", "Strasser"), ("Aylin", "Kaya"), ("Thorsten", "Bleek"),
    ("Melanie", "Rothe"), ("Urs", "Gerber"), ("Franziska", "Egli"), ("Henrik", "Sommerfeld"),
    ("Bettina", "Kranz"), ("Gregor", "Pichler"),
]

STEMS = [
    "Falkenried", "Mühlbach", "Nordlicht", "Alpenglanz", "Brennwald", "Seefeldt", "Kranich",
    "Lindenhof", "Steinbrück", "Weißdorn", "Rabenau", "Talwerk", "Funkenflug", "Hagebutte",
    "Eichgrund", "Sonnhalde", "Kiesel", "Wolkenbruch", "Ostwind", "Grauburg", "Zinnober",
    "Blaufeld", "Moorland", "Quellgrund", "Bergkristall", "Fuchsbau", "Hellweg", "Silberdistel",
    "Tannreuth", "Wegwarte", "Ammerland", "Goldach", "Lärchenhain", "Rosengart", "Schwanthal",
    "Vierlinden", "Hopfenau", "Ebersberg", "Kupferhammer", "Nebelhorn", "Ulmenried", "Pfauenau",
    "Drosselgasse", "Brunnwiese", "Sandgrube", "Holderbusch", "Fichtenkamm", "Heidekraut",
    "Klausenhof", "Mistelbach",
]
KINDS = [
    "GmbH", "AG", "Logistik GmbH", "Software GmbH", "Bau GmbH & Co. KG", "Versicherung AG",
    "Consulting GmbH", "Medien GmbH", "Handel GmbH", "Technik AG", "Digital GmbH",
    "Maschinenbau GmbH", "Energie AG", "Finanz AG", "Foods GmbH",
]
ROLES = [
    "Projektmanagerin", "Werkstudent im Marketing", "Java-Entwickler", "Sachbearbeiterin Buchhaltung",
    "Pflegefachkraft", "Data Analyst", "UX Designerin", "Fachkraft für Lagerlogistik",
    "Praktikant im Controlling", "Elektroniker für Betriebstechnik", "Mitarbeiterin Vertriebsinnendienst",
    "Junior Consultant", "Steuerfachangestellte", "Backend Engineer", "Product Owner", "Einkäufer",
    "HR Business Partnerin", "Filialleitung", "Kundenberater Privatkunden", "Systemadministrator",
    "Marketing Manager", "Bauingenieurin", "Rechtsanwaltsfachangestellte", "Trainee Finance",
    "Mediengestalter Digital", "Servicetechniker", "Teamleitung Kundenservice", "Qualitätsingenieur",
    "Office Managerin", "Frontend-Entwicklerin", "Lohnbuchhalter", "Key Account Manager",
    "Produktionsplaner", "Referentin Unternehmenskommunikation", "DevOps Engineer",
    "Assistenz der Geschäftsführung", "Logistikplaner", "Content Creator", "IT-Supporter",
    "Kauffrau für Büromanagement",
]

BASE = datetime(2026, 9, 1, 8, 30, tzinfo=timezone(timedelta(hours=2)))


def slug(s: str) -> str:
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ı", "i"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --------------------------------------------------------------------------------------
# Rejections. Each: (decision text, flags, overrides). Flags: du (informal), ch/at (region),
# noreply (unsigned), agency, html, subj (decision only in subject), long, quote, fwd,
# norole, url. Overrides: company, role, subject, intro.
# --------------------------------------------------------------------------------------
R = [
    ("leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.", "", {}),
    ("Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für eine andere Kandidatin entschieden.", "url", {}),
    ("Wir haben die Stelle inzwischen mit einer internen Bewerberin besetzt.", "", {}),
    ("Die Position wurde bereits anderweitig vergeben.", "noreply", {}),
    ("Ihre Bewerbung konnte im weiteren Verfahren leider nicht berücksichtigt werden.", "", {}),
    ("Wir werden Ihre Kandidatur nicht weiterverfolgen.", "ch", {}),
    ("Ihr Profil passt derzeit leider nicht zu unseren Anforderungen.", "", {}),
    ("Wir haben uns entschlossen, mit anderen Bewerbern in die nächste Runde zu gehen.", "", {}),
    ("Sie sind leider nicht in die engere Auswahl gekommen.", "noreply", {}),
    ("Wir können Sie leider nicht zu einem Vorstellungsgespräch einladen.", "", {}),
    ("Nach unserem Gespräch haben wir entschieden, den Prozess mit dir nicht fortzusetzen.", "du", {}),
    ("Der Fachbereich hat sich gegen Ihre Bewerbung entschieden.", "", {}),
    ("Unser Kunde hat sich für einen anderen Kandidaten entschieden.", "agency", {}),
    ("Die Wahl fiel auf eine Bewerberin, deren Erfahrung noch besser zu unserem Team passt.", "", {}),
    ("Andere Bewerberinnen und Bewerber entsprachen dem Anforderungsprofil noch genauer.", "at", {}),
    ("Wir müssen Ihnen für diese Stelle leider eine Absage erteilen.", "", {}),
    ("Heute müssen wir dir leider absagen.", "du", {}),
    ("Das Auswahlverfahren ist für Sie damit leider beendet.", "noreply", {}),
    ("Sie haben den Online-Test leider nicht bestanden, daher können wir Ihre Bewerbung nicht weiter berücksichtigen.", "noreply", {}),
    ("Im Assessment-Center wurde die erforderliche Punktzahl leider nicht erreicht, sodass wir Ihnen keine Stelle anbieten können.", "", {}),
    ("Wir haben uns entschieden, Ihnen kein Angebot zu unterbreiten.", "", {}),
    ("Wir sehen leider keine Möglichkeit, Sie in unserem Team einzusetzen.", "", {}),
    ("Leider fällt unsere Entscheidung diesmal nicht zu Ihren Gunsten aus.", "", {}),
    ("Leider hat es diesmal nicht geklappt.", "du", {}),
    ("Es hat leider nicht ganz gereicht – wir haben uns für jemand anderen entschieden.", "du", {}),
    ("Wir gehen mit anderen Kandidat:innen weiter.", "du", {}),
    ("Wir haben uns für jemanden mit mehr Erfahrung in der Prozessautomatisierung entschieden.", "", {}),
    ("Wir bedauern, Ihnen keine Stelle anbieten zu können.", "ch", {}),
    ("Wir bedauern, Ihnen mitteilen zu müssen, dass Sie für die Stelle nicht ausgewählt wurden.", "", {}),
    ("Sie wurden für die nächste Runde nicht nominiert.", "", {}),
    ("Ihre Bewerbung wurde abgelehnt.", "noreply", {}),
    ("Der Arbeitgeber hat Ihre Bewerbung leider abgelehnt.", "noreply", {"intro": "platform"}),
    ("Status Ihrer Bewerbung: Nicht erfolgreich.", "noreply html", {}),
    ("Ihre Bewerbung war leider nicht erfolgreich.", "", {}),
    ("Ihr Ansuchen um Aufnahme wurde negativ beschieden.", "at", {"company": "Magistrat der Stadt Hollerbrunn"}),
    ("Leider können wir Ihre Bewerbung nicht positiv beantworten.", "", {}),
    ("Wir haben die Stelle intern nachbesetzt.", "", {}),
    ("Die ausgeschriebene Stelle ist zwischenzeitlich besetzt.", "noreply", {}),
    ("Wir müssen Ihnen leider einen negativen Bescheid geben.", "", {}),
    ("Wir haben uns nach reiflicher Überlegung gegen eine Zusammenarbeit entschieden.", "", {}),
    ("Eine Zusammenarbeit kommt derzeit leider nicht zustande.", "ch", {}),
    ("Wir möchten das Bewerbungsverfahren mit Ihnen nicht weiterführen.", "", {}),
    ("Im weiteren Auswahlprozess werden wir Sie nicht mehr berücksichtigen.", "", {}),
    ("Sie kommen für die Position leider nicht in Frage.", "", {}),
    ("Sie sind nicht unter den Kandidaten, die wir zum Gespräch einladen.", "", {}),
    ("Ihr Profil deckt sich nicht ausreichend mit dem, was das Team braucht.", "", {}),
    ("Ihre Qualifikationen entsprechen nicht ganz dem, was wir suchen.", "", {}),
    ("Die Entscheidung ist zugunsten einer anderen Person gefallen.", "", {}),
    ("Wir haben einer Mitbewerberin den Vorzug gegeben.", "", {}),
    ("Andere Bewerbungen haben uns in diesem Fall mehr überzeugt.", "", {}),
    ("Wir konnten Sie leider nicht in den engeren Kreis aufnehmen.", "", {}),
    ("Du hast es leider nicht auf die Shortlist geschafft.", "du", {}),
    ("Du bist leider nicht mehr im Rennen.", "du", {}),
    ("Wir müssen dir leider einen Korb geben.", "du", {}),
    ("Unsere Wahl ist auf jemand anderen gefallen.", "", {}),
    ("Zu unserem Bedauern können wir Ihnen keine positive Rückmeldung geben.", "", {}),
    ("Wir haben beschlossen, die Stelle nicht mit Ihnen zu besetzen.", "", {}),
    ("Die Berufungskommission hat Sie nicht in die Berufungsliste aufgenommen.", "", {"company": "Hochschule Grauburg", "role": "W2-Professur Angewandte Informatik"}),
    ("Die Auswahlkommission hat sich für eine andere Bewerbung entschieden.", "", {"company": "Landratsamt Oberhollern"}),
    ("Sie werden nicht zum Auswahlgespräch eingeladen.", "noreply", {"company": "Stadt Wenningen"}),
    ("Wir werden Ihre Bewerbung nicht weiter bearbeiten.", "", {}),
    ("Ihre Bewerbung wird nicht weiter verfolgt.", "noreply", {}),
    ("Wir verzichten auf eine zweite Gesprächsrunde mit Ihnen.", "", {}),
    ("Wir haben uns dazu entschieden, die Rolle mit einem Profil zu besetzen, das mehr Branchenerfahrung mitbringt.", "", {}),
    ("Nach dem Probearbeiten müssen wir dir leider sagen, dass es nicht passt.", "du", {}),
    ("Nach dem Probetag haben wir entschieden, dich nicht einzustellen.", "du", {}),
    ("Eine Einstellung ist leider nicht möglich.", "", {}),
    ("Eine Anstellung können wir Ihnen nicht anbieten.", "ch", {}),
    ("Die Stelle wurde gestrichen; daher kann Ihre Bewerbung nicht weiter berücksichtigt werden.", "", {}),
    ("Unser Kunde möchte Ihr Profil nicht weiter betrachten.", "agency", {}),
    ("Der Kunde hat sich gegen ein Gespräch mit Ihnen entschieden.", "agency", {}),
    ("Ich habe leider keine guten Nachrichten: Das Team hat sich für eine andere Richtung entschieden und geht ohne dich weiter.", "du", {}),
    ("Die Fachabteilung sieht keine ausreichende Übereinstimmung mit dem Anforderungsprofil.", "", {}),
    ("Wir sind zu dem Ergebnis gekommen, dass andere Kandidaten besser passen.", "", {}),
    ("Nach Abwägung aller Bewerbungen sind wir zu dem Schluss gekommen, Sie nicht weiter zu berücksichtigen.", "", {}),
    ("Dieses Mal reicht es leider nicht für eine Zusage.", "", {}),
    ("Wir haben die Plätze im Traineeprogramm an andere Bewerber vergeben.", "", {"role": "Traineeprogramm Einkauf"}),
    ("Ihre Bewerbung um einen Ausbildungsplatz können wir leider nicht berücksichtigen.", "", {"role": "Ausbildung zum Industriekaufmann"}),
    ("Alle Ausbildungsplätze für das kommende Jahr sind bereits vergeben, deshalb müssen wir Ihnen absagen.", "", {"role": "Ausbildung zur Zahnmedizinischen Fachangestellten"}),
    ("Wir ziehen Ihre Bewerbung nicht weiter in Betracht.", "", {}),
    ("Ihre Bewerbung ist im Auswahlverfahren leider ausgeschieden.", "noreply", {}),
    ("Nach dem Eignungstest sind Sie leider ausgeschieden.", "noreply", {}),
    ("Wir hätten Ihnen gern eine bessere Nachricht überbracht, doch die Stelle geht an eine andere Person.", "", {}),
    ("Mit dieser Nachricht schließen wir Ihre Bewerbung ohne Zusage ab.", "noreply", {}),
    ("Ihr Bewerbungsstatus wurde auf „Abgelehnt“ gesetzt.", "noreply html", {}),
    ("Wir können Ihre Bewerbung für diese Stelle nicht weiter berücksichtigen, würden Sie aber gern für unsere offene Stelle im Einkauf vormerken.", "", {}),
    ("Sie haben im Gespräch einen guten Eindruck hinterlassen; dennoch haben wir einer Kollegin aus dem Haus den Zuschlag gegeben.", "", {}),
    ("Wir werden die Stelle nicht mit Ihnen besetzen können.", "", {}),
    ("Das Team konnte sich am Ende nicht für Ihre Bewerbung entscheiden.", "", {}),
    ("Die Hiring Managerin hat entschieden, nicht weiter mit Ihnen in den Prozess zu gehen.", "", {}),
    ("Wir kommen leider nicht zusammen.", "du", {}),
    ("Wir müssen dir sagen, dass wir dich für den Job nicht nehmen können.", "du", {}),
    ("leider wird das nix mit uns beiden, wir haben uns für wen anders entschieden 🙈", "du", {}),
    ("Ihr Werdegang passt leider nicht zu dem Profil, das wir für diese Aufgabe suchen.", "", {}),
    ("Wir würden uns freuen, wenn Sie sich wieder bewerben, doch für diese Stelle kommen Sie nicht in Betracht.", "", {}),
    ("Ihre Bewerbung hat es nicht in die zweite Runde geschafft.", "", {}),
    ("Wir werden Ihnen leider kein Vertragsangebot machen.", "", {}),
    ("Das Angebot ging an einen anderen Bewerber.", "", {}),
    ("Die Vakanz konnte bereits geschlossen werden.", "ch", {}),
    ("Sie erfüllen die in der Ausschreibung genannten Voraussetzungen nicht; Ihre Bewerbung kann deshalb nicht berücksichtigt werden.", "", {"company": "Bezirksamt Lindenfels"}),
    ("Ihre Bewerbung wurde aus formalen Gründen vom weiteren Verfahren ausgeschlossen.", "noreply", {"company": "Landesamt für Vermessung Nordmark"}),
    ("Wir mussten Ihre Bewerbung zurückweisen.", "", {}),
    ("Wir werden von einer Einladung zum Interview absehen.", "", {}),
    ("Wir sehen von einer weiteren Berücksichtigung Ihrer Bewerbung ab.", "", {}),
    ("Ihre Bewerbung konnte sich im Vergleich leider nicht durchsetzen.", "", {}),
    ("Sie konnten sich gegen die starke Konkurrenz leider nicht durchsetzen.", "", {}),
    ("Eine andere Kandidatin war im Prozess schon weiter und hat die Stelle angenommen.", "", {}),
    ("Wir haben jemanden gefunden, der etwas besser auf die Stelle passt.", "du", {}),
    ("Wir haben entschieden, die Suche ohne Sie fortzusetzen.", "", {}),
    ("Es tut mir leid, aber wir haben uns anders entschieden.", "du", {}),
    ("Leider ist die Antwort diesmal Nein.", "du", {}),
    ("Wir müssen Ihnen hiermit einen abschlägigen Bescheid erteilen.", "at", {}),
    ("Wir planen, die Position mit einer Person aus dem eigenen Haus zu besetzen, und können Ihre Bewerbung daher nicht berücksichtigen.", "", {}),
    ("Wir haben für die Stelle eine interne Lösung gefunden.", "", {}),
    ("Das Projekt wurde gestoppt, und die Stelle entfällt ersatzlos, sodass wir Ihre Bewerbung nicht weiterführen.", "", {}),
    ("Sie stehen nicht mehr im Auswahlverfahren.", "noreply", {}),
    ("Ihre Teilnahme am weiteren Verfahren ist nicht vorgesehen.", "noreply", {"company": "Universitätsklinikum Moorbach"}),
    ("Sie wurden in der Vorauswahl nicht berücksichtigt.", "", {}),
    ("Ihre Bewerbung hat die Vorauswahl leider nicht überstanden.", "", {}),
    ("Auf unserer Rangliste liegen Sie nicht unter den ersten drei Plätzen, daher endet das Verfahren für Sie hier.", "at", {"company": "Gemeinde Sankt Ulrichsberg"}),
    ("Es wird für Sie leider keine Zusage geben.", "", {}),
    ("Leider müssen wir dir mitteilen, dass du nicht weitergekommen bist.", "du", {}),
    ("Wir können Sie leider nicht ins Team holen.", "", {}),
    ("Wir können dich leider nicht an Bord holen.", "du", {}),
    ("Für dieses Mal klappt es nicht mit einem Platz in unserem Team.", "du", {}),
    ("Sie wurden für diese Stelle als nicht geeignet eingestuft.", "noreply", {}),
    ("Wir halten Sie für die Position nicht für ausreichend qualifiziert.", "", {}),
    ("Für die Position sind Sie überqualifiziert, weshalb wir uns gegen Ihre Einstellung entschieden haben.", "", {}),
    ("Ihre Gehaltsvorstellungen liegen außerhalb unseres Rahmens, daher können wir den Prozess nicht fortsetzen.", "", {}),
    ("Leider müssen wir den Bewerbungsprozess an dieser Stelle beenden.", "", {}),
    ("Hiermit beenden wir Ihr Bewerbungsverfahren.", "noreply", {}),
    ("Die Rückmeldung der Fachabteilung zu Ihrer Bewerbung ist leider negativ.", "", {}),
    ("Das Feedback des Teams fiel leider nicht positiv aus.", "du", {}),
    ("Wir nehmen von einer Einstellung Abstand.", "", {}),
    ("Da müssen wir leider passen.", "du", {}),
    ("", "subj", {"subject": "Absage – Ihre Bewerbung als {role}"}),
    ("", "subj noreply", {"subject": "Ihre Bewerbung bei {company}: leider keine Zusage"}),
    ("Wir haben Sie nicht auf die Liste der Gesprächskandidaten gesetzt.", "", {}),
    ("Für die ausgeschriebene Stelle haben wir bereits jemanden gefunden.", "", {}),
    ("Die Auswahl ist abgeschlossen, wir haben eine Kollegin mit Schwerpunkt Tarifrecht eingestellt.", "long", {}),
    ("Wir müssen Ihnen leider mitteilen, dass wir Ihr Dossier nicht weiter berücksichtigen können.", "ch", {}),
    ("Wir dürfen Ihnen mitteilen, dass Ihre Bewerbung nicht in die engere Wahl gezogen wurde.", "at", {}),
    ("Wir werden Ihr Profil dem Kunden nicht vorstellen.", "agency", {}),
    ("Der Kunde hat Ihr Profil nach Durchsicht abgelehnt.", "agency", {}),
    ("Wir haben entschieden, nicht mit Ihnen weiterzumachen.", "quote", {}),
    ("Die Stelle ist vergeben, wir haben uns für eine Bewerberin mit Laborerfahrung entschieden.", "fwd", {}),
    ("Leider konnten wir Sie für die Stelle nicht berücksichtigen, da wir uns für stärkere Profile entschieden haben.", "html", {}),
    ("Die Personalabteilung und die Fachabteilung haben gemeinsam entschieden, Ihre Kandidatur nicht weiterzuführen.", "long", {}),
    ("Wir haben uns nach der zweiten Runde für eine andere Person entschieden.", "quote du", {}),
    ("Ihre Bewerbung wurde von uns nicht ausgewählt.", "fwd noreply", {}),
]

OPEN_FORMAL = [
    "vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der {company}.",
    "herzlichen Dank für Ihr Interesse an der Position {role} bei {company}.",
    "wir danken Ihnen für die Zusendung Ihrer Unterlagen für die Stelle als {role}.",
    "danke, dass Sie sich die Zeit für Ihre Bewerbung als {role} genommen haben.",
    "wir haben Ihre Unterlagen zur Ausschreibung {role} mit Interesse gelesen.",
    "zunächst vielen Dank für das angenehme Gespräch zur Stelle {role}.",
    "Sie hatten sich bei uns für die Tätigkeit als {role} beworben.",
    "danke für Ihr Vertrauen und die Bewerbung um die Stelle als {role}.",
]
OPEN_DU = [
    "danke dir für deine Bewerbung als {role} bei {company}!",
    "danke nochmal für das nette Gespräch zur Rolle als {role}.",
    "schön, dass du dich für den Job als {role} bei uns interessiert hast.",
    "vielen Dank für deine Zeit und dein Interesse an {company}.",
]
CLOSE_FORMAL = [
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
    "Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
    "Wir danken Ihnen für Ihr Interesse und wünschen Ihnen alles Gute.",
    "Bitte verstehen Sie diese Entscheidung nicht als Urteil über Ihre Person.",
    "",
    "Ihre Unterlagen löschen wir gemäß den geltenden Datenschutzbestimmungen.",
]
CLOSE_DU = [
    "Wir drücken dir die Daumen für die weitere Suche!",
    "Alles Gute für dich und vielleicht bis bald.",
    "Mach's gut und viel Erfolg!",
    "",
]
SIGNOFF_FORMAL = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Mit besten Grüßen"]
SIGNOFF_CH = ["Freundliche Grüsse", "Beste Grüsse"]
SIGNOFF_AT = ["Mit freundlichen Grüßen", "Liebe Grüße aus Wien"]
SIGNOFF_DU = ["Viele Grüße", "Liebe Grüße", "LG", "Beste Grüße"]
ATS = ["Personio", "Greenhouse", "SmartRecruiters", "Workday", "softgarden"]
AGENCIES = ["Kaminski Personalberatung", "TalentBrücke Recruiting", "Hirschfeld Executive Search",
            "Perlgrund Personal", "Brückenkopf Staffing"]

LONG_NEWS = (
    "bevor ich zur eigentlichen Sache komme, ein paar Neuigkeiten aus unserem Haus: Wir sind im "
    "Sommer in das neue Bürogebäude am Hafen umgezogen, unser Betriebsrat wurde neu gewählt und "
    "wir haben die Vier-Tage-Woche in zwei Abteilungen eingeführt. Außerdem konnten wir drei "
    "neue Kunden aus der Medizintechnik gewinnen, was uns viel Arbeit, aber auch viel Freude "
    "bringt. Viele Bewerberinnen und Bewerber haben uns in den letzten Wochen gefragt, wie der "
    "Stand der Auswahl ist, und wir möchten uns für die lange Wartezeit entschuldigen.\n\n"
    "Nun zu Ihrer Bewerbung als {role}: "
)


def greeting(p, flags, i):
    first, last, g = p
    if "du" in flags:
        return ["Hallo {f},", "Hi {f},", "Liebe {f},", "Hey {f},"][i % 4].format(f=first) if g == "f" else \
            ["Hallo {f},", "Hi {f},", "Lieber {f},", "Servus {f},"][i % 4].format(f=first)
    anrede = "Frau" if g == "f" else "Herr"
    if "ch" in flags:
        return f"Grüezi {anrede} {last}"
    if "noreply" in flags and i % 3 == 0:
        return "Guten Tag,"
    opts = [f"Sehr geehrte{'' if g == 'f' else 'r'} {anrede} {last},", f"Guten Tag {anrede} {last},",
            f"Hallo {anrede} {last},", f"Sehr geehrte{'' if g == 'f' else 'r'} {anrede} {last},"]
    return opts[i % len(opts)]


def attach_text(msg: EmailMessage, text: str, i: int, html: bool = False):
    sub = "html" if html else "plain"
    if html:
        paras = "".join(f"<p>{line.replace(chr(10), '<br>')}</p>" for line in text.split("\n\n"))
        text = f"<html><body style=\"font-family:Arial\">{paras}</body></html>"
    choice = i % 4
    if choice == 0:
        msg.set_content(text, subtype=sub, charset="utf-8", cte="quoted-printable")
    elif choice == 1:
        msg.set_content(text, subtype=sub, charset="utf-8", cte="base64")
    elif choice == 2:
        try:
            text.encode("iso-8859-1")
            msg.set_content(text, subtype=sub, charset="iso-8859-1", cte="quoted-printable")
        except UnicodeEncodeError:
            msg.set_content(text, subtype=sub, charset="utf-8", cte="8bit")
    else:
        msg.set_content(text, subtype=sub, charset="utf-8", cte="8bit")


def build_rejection(i: int, n: int, entry):
    sent, flags, ov = entry
    flags = set(flags.split())
    p = PEOPLE[i % len(PEOPLE)]
    stem = STEMS[i % len(STEMS)]
    company = ov.get("company") or f"{stem} {KINDS[(i * 7) % len(KINDS)]}"
    role = ov.get("role", ROLES[(i * 3) % len(ROLES)])
    dom = slug(stem) + (".test" if i % 2 else ".example")
    signer = SIGNERS[i % len(SIGNERS)]
    agency = AGENCIES[i % len(AGENCIES)] if "agency" in flags else None
    if agency:
        dom = slug(agency.split()[0]) + ".example"
        company = agency
    url = f"https://karriere.{dom}/jobs" if "url" in flags or i % 9 == 4 else None
    du = "du" in flags
    fmt = {"role": role, "company": company}

    if "noreply" in flags:
        from_name = f"{company} Recruiting" if i % 2 else f"{company} via {ATS[i % len(ATS)]}"
        from_addr = f"no-reply@{dom}" if i % 2 else f"noreply@{slug(ATS[i % len(ATS)])}.example"
        contact, cmail = None, None
        sig = ["Ihr Recruiting-Team", "Ihr HR-Team", "Personalabteilung"][i % 3] + f"\n{company}"
    else:
        contact = f"{signer[0]} {signer[1]}"
        cmail = f"{slug(signer[0])}.{slug(signer[1])}@{dom}"
        from_name, from_addr = contact, cmail
        title = ["Recruiterin", "Talent Acquisition", "Personalreferent", "Leitung Personal",
                 "HR Business Partner", "Teamlead"][i % 6]
        sig = f"{contact}\n{title}\n{company}"
        if agency:
            sig = f"{contact}\nSenior Consultant\n{agency}"
    if url:
        sig += f"\n{url}"

    signoff = (SIGNOFF_DU if du else SIGNOFF_CH if "ch" in flags else SIGNOFF_AT if "at" in flags
               else SIGNOFF_FORMAL)[i % 2 if ("ch" in flags or "at" in flags) else i % 4]

    if ov.get("intro") == "platform":
        opening = f"es gibt Neuigkeiten zu Ihrer Bewerbung auf die Stelle {role} bei {company}."
    elif agency:
        opening = f"ich hatte Ihr Profil für die Position {role} bei einem unserer Kunden vorgestellt."
    elif role is None or "norole" in flags:
        opening = f"vielen Dank für Ihr Interesse an {company}."
    else:
        opening = (OPEN_DU if du else OPEN_FORMAL)[i % (4 if du else 8)].format(**fmt)
    close = (CLOSE_DU if du else CLOSE_FORMAL)[i % (4 if du else 6)]

    if "subj" in flags:
        subject = ov["subject"].format(**fmt)
        body_core = ("anbei erhalten Sie unsere Rückmeldung zu Ihrer Bewerbung als {role}. "
                     "Wir danken Ihnen für die Mühe und wünschen Ihnen alles Gute.").format(**fmt)
        parts = [greeting(p, flags, i), body_core]
    else:
        subject = ov.get("subject") or [
            "Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "Ihre Bewerbung bei {company}",
            "Bewerbung {role}", "Update zu deiner Bewerbung" if du else "Ihre Kandidatur",
            "{role} – Rückmeldung", "Unsere Entscheidung", "Re: Bewerbung als {role}",
        ][i % 8].format(**fmt)
        if du and "Ihre" in subject:
            subject = subject.replace("Ihre", "deine").replace("Ihrer", "deiner")
        if "long" in flags:
            parts = [greeting(p, flags, i), LONG_NEWS.format(**fmt) + sent]
        else:
            parts = [greeting(p, flags, i), opening, sent]
        if close:
            parts.append(close)
    parts.append(f"{signoff}\n{sig}")
    text = "\n\n".join(parts) + "\n"

    if "quote" in flags:
        old_when = "Am 12.09.2026 um 10:14 schrieb"
        old = (f"{'Hallo' if du else 'Guten Tag'} {p[0] if du else ('Frau ' if p[2] == 'f' else 'Herr ') + p[1]},\n\nwir laden "
               f"{'dich' if du else 'Sie'} herzlich zu einem zweiten Gespräch für die Stelle als {role} ein. "
               "Bitte bestätigen Sie den Termin am Dienstag um 14 Uhr.\n\nViele Grüße\n" + (contact or "HR"))
        quoted = "\n".join("> " + line if line else ">" for line in old.split("\n"))
        text = text + f"\n{old_when} {from_name} <{from_addr}>:\n{quoted}\n"
        subject = "Re: Einladung zum Zweitgespräch"
    owner_addr = f"{slug(p[0])}.{slug(p[1])}@mailbox.example"
    if "fwd" in flags:
        fwd_head = (f"---------- Weitergeleitete Nachricht ---------\nVon: {from_name} <{from_addr}>\n"
                    f"Datum: Mo., 14. Sept. 2026 um 09:02\nBetreff: {subject}\nAn: <{slug(p[0])}@alt-postfach.test>\n\n")
        text = "Weitergeleitet von meiner alten Adresse.\n\n" + fwd_head + text
        subject = "Fwd: " + subject
        from_name, from_addr = f"{p[0]} {p[1]}", f"{slug(p[0])}@alt-postfach.test"

    msg = EmailMessage()
    msg["From"] = f"{from_name} <{from_addr}>"
    msg["To"] = f"{p[0]} {p[1]} <{owner_addr}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE + timedelta(hours=7 * n))
    msg["Message-ID"] = make_msgid(idstring=f"r{n}", domain=dom)
    msg["Content-Language"] = "de-CH" if "ch" in flags else "de-AT" if "at" in flags else "de-DE"
    attach_text(msg, text, i, html="html" in flags)
    mentions_role = role is not None and role in text + subject
    label = {
        "is_rejection": True, "company": company, "role": role if mentions_role else None,
        "contact_name": contact, "contact_email": cmail if contact else None,
        "careers_url": url, "lang": "de", "kind": "rejection",
    }
    return msg, label


# --------------------------------------------------------------------------------------
# Look-alikes: (from, subject, body). Bodies are complete (greeting to sign-off).
# --------------------------------------------------------------------------------------
L = [
    ("Recruiting Falkenried <jobs@falkenried.example>", "Eingangsbestätigung Ihrer Bewerbung",
     "Guten Tag Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung als Projektmanagerin. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"),
    ("Personio <noreply@personio.example>", "Wir haben Ihre Bewerbung erhalten",
     "Hallo Herr Brückner,\n\nIhre Bewerbung ist bei uns eingegangen. Sollten wir Sie im weiteren Verfahren nicht berücksichtigen können, erhalten Sie selbstverständlich eine Nachricht von uns.\n\nBeste Grüße\nMühlbach GmbH"),
    ("Julia Mertens <julia.mertens@nordlicht.test>", "Verzögerung im Auswahlprozess",
     "Sehr geehrte Frau Özdemir,\n\nleider dauert die Auswahl für die Stelle als Data Analyst länger als geplant. Eine Entscheidung ist noch nicht gefallen; wir bitten um etwas Geduld bis Ende Oktober.\n\nFreundliche Grüße\nJulia Mertens"),
    ("Ralf Immendorf <ralf.immendorf@alpenglanz.example>", "Einladung zum Vorstellungsgespräch",
     "Sehr geehrter Herr Hartmannsberger,\n\nIhre Bewerbung hat uns überzeugt. Wir möchten Sie gern zu einem Vorstellungsgespräch am 3. November um 10 Uhr einladen. Bitte bestätigen Sie den Termin kurz.\n\nMit freundlichen Grüßen\nRalf Immendorf"),
    ("Svenja Bauknecht <svenja.bauknecht@brennwald.test>", "Terminverschiebung: Ihr Interview",
     "Hallo Frau Kowalczyk,\n\nleider müssen wir den Termin am Donnerstag absagen, da die Fachbereichsleitung erkrankt ist. Können Sie stattdessen am Montag um 15 Uhr? Ihre Bewerbung ist davon natürlich nicht betroffen.\n\nBeste Grüße\nSvenja Bauknecht"),
    ("SmartRecruiters <noreply@smartrecruiters.example>", "Einladung zum Online-Assessment",
     "Guten Tag,\n\nim nächsten Schritt bitten wir Sie, unseren Online-Test bis zum 20.10. zu absolvieren. Bitte beachten Sie: Ohne abgeschlossenen Test können wir Ihre Bewerbung leider nicht weiter berücksichtigen.\n\nIhr Recruiting-Team der Seefeldt AG"),
    ("Marco Tiedemann <marco.tiedemann@kranich.example>", "Ihr Vertragsangebot",
     "Lieber Herr Reinholz,\n\nwir freuen uns sehr, Ihnen die Stelle als Backend Engineer anbieten zu können! Anbei finden Sie den Vertragsentwurf.\n\nHerzliche Grüße\nMarco Tiedemann"),
    ("Petra Lauterbach <petra.lauterbach@lindenhof.test>", "Gute Nachrichten",
     "Liebe Frau Wendelin,\n\nnach den Gesprächen mit mehreren Bewerberinnen haben wir uns für Sie entschieden. Wir würden Sie gern ab Januar als Office Managerin in unserem Team begrüßen.\n\nViele Grüße\nPetra Lauterbach"),
    ("Yusuf Demir <yusuf.demir@steinbrueck.example>", "Nächste Runde",
     "Hallo Lukas,\n\nglückwunsch, du bist in die nächste Runde gekommen! Wir haben uns gegen eine reine Telefonrunde entschieden und laden dich direkt zum Fachgespräch ein.\n\nLG Yusuf"),
    ("Ines Fröhlich <ines.froehlich@weissdorn.test>", "Shortlist",
     "Sehr geehrte Frau Dietrichstein,\n\nSie haben es auf unsere Shortlist für die Position Referentin Unternehmenskommunikation geschafft. Von ursprünglich 80 Bewerbungen sind noch vier im Rennen.\n\nFreundliche Grüße\nInes Fröhlich"),
    ("Jobagent <alerts@jobboerse.example>", "12 neue Jobs für Sie: Controlling",
     "Hallo Matthias,\n\nwir haben 12 neue Stellenangebote gefunden, die zu Ihrem Suchprofil passen. Nicht das Richtige dabei? Passen Sie Ihr Suchprofil an.\n\n- Controller (m/w/d), Rabenau AG\n- Referent Controlling, Talwerk GmbH\n\nIhr Jobagent"),
    ("Stefan Wallner <s.wallner@headhunt.test>", "Spannende Position als Head of IT",
     "Guten Tag Frau Pfeiffer,\n\nich bin auf Ihr Profil aufmerksam geworden und hätte eine spannende Position für Sie. Hätten Sie diese Woche Zeit für ein kurzes Telefonat?\n\nBeste Grüße\nStefan Wallner"),
    ("Karrierebrief <newsletter@karrierebrief.example>", "Newsletter: Wie Sie mit Absagen umgehen",
     "Liebe Leserinnen und Leser,\n\n„Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können“ – diesen Satz kennt fast jede Jobsuchende. In unserem Schwerpunkt erklären wir, wie Sie nach einer Absage um Feedback bitten.\n\nIhre Redaktion"),
    ("Kolumne Beruf <kolumne@tagblatt.test>", "Ihre Frage an die Karriereberaterin",
     "Liebe Frau Eschbach,\n\nSie schreiben, dass Ihnen ein Unternehmen nach dem dritten Gespräch abgesagt hat und Sie nicht wissen, warum. Das ist frustrierend. Fragen Sie ruhig nach: Viele Personaler geben gern Auskunft.\n\nHerzlich\nDoris Huber"),
    ("Hausverwaltung Kiesel <vermietung@kiesel.example>", "Ihre Anfrage zur Wohnung Gartenstraße 4",
     "Sehr geehrter Herr Vogelsang,\n\nvielen Dank für Ihr Interesse an der Wohnung. Leider haben wir uns für andere Mietinteressenten entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung Kiesel"),
    ("Bank Ostwind <kredit@ostwind-bank.test>", "Ihr Kreditantrag",
     "Sehr geehrte Frau Aydın,\n\nnach Prüfung Ihrer Unterlagen müssen wir Ihren Antrag auf einen Ratenkredit leider ablehnen.\n\nMit freundlichen Grüßen\nIhre Bank Ostwind"),
    ("Stiftung Zinnober <foerderung@zinnober.example>", "Entscheidung über Ihren Förderantrag",
     "Sehr geehrter Herr Kästner,\n\nder Stiftungsrat hat Ihren Antrag auf Projektförderung nicht bewilligt. Die Zahl der Anträge übersteigt unsere Mittel bei weitem.\n\nMit freundlichen Grüßen\nStiftung Zinnober"),
    ("Redaktion Zeitschrift für Logistik <editor@zfl.test>", "Entscheidung zu Manuskript ZFL-2026-118",
     "Sehr geehrte Frau Moosbrugger,\n\nnach Begutachtung müssen wir Ihnen mitteilen, dass Ihr Beitrag nicht zur Veröffentlichung angenommen wurde. Die Gutachten finden Sie anbei.\n\nMit freundlichen Grüßen\nProf. Dr. Henrik Sommerfeld"),
    ("Gymnasium am Blaufeld <sekretariat@blaufeld-gym.example>", "Aufnahme zum Schuljahr 2027/28",
     "Sehr geehrter Herr Fässler,\n\nleider können wir Ihrem Sohn keinen Platz an unserer Schule anbieten, da die Zahl der Anmeldungen die Kapazität übersteigt.\n\nMit freundlichen Grüßen\nSchulleitung"),
    ("Kita Sonnhalde <kita@sonnhalde.test>", "Betreuungsplatz",
     "Liebe Frau Lindqvist,\n\nfür das kommende Kita-Jahr konnten wir Ihre Anmeldung leider nicht berücksichtigen. Sie bleiben auf unserer Warteliste.\n\nViele Grüße\nKita Sonnhalde"),
    ("Konferenz-Team <team@devtage.example>", "Ihre Anmeldung zu den DevTagen",
     "Hallo Jonas,\n\ndie DevTage sind ausgebucht, daher konnte deine Anmeldung nicht berücksichtigt werden. Du stehst auf der Warteliste.\n\nDein DevTage-Team"),
    ("Ruderclub Moorland <vorstand@rc-moorland.test>", "Ihr Aufnahmeantrag",
     "Sehr geehrte Frau Özdemir,\n\nder Vorstand hat Ihren Aufnahmeantrag beraten. Leider ist unsere Mitgliederzahl derzeit begrenzt, sodass wir Sie nicht aufnehmen können.\n\nSportliche Grüße\nDer Vorstand"),
    ("Quellgrund Versicherung <antrag@quellgrund.example>", "Ihr Antrag auf Berufsunfähigkeitsversicherung",
     "Sehr geehrter Herr Hartmannsberger,\n\nnach Prüfung der Gesundheitsangaben können wir Ihren Antrag leider nicht annehmen.\n\nMit freundlichen Grüßen\nQuellgrund Versicherung AG"),
    ("Shop Bergkristall <service@bergkristall-shop.test>", "Ihre Bestellung 448812 wurde storniert",
     "Hallo Lea,\n\nleider mussten wir deine Bestellung stornieren, weil der Artikel nicht mehr lieferbar ist. Der Betrag wird dir erstattet.\n\nDein Bergkristall-Team"),
    ("Carina Maurer <carina.maurer@fuchsbau.example>", "Rücknahme Ihrer Bewerbung",
     "Sehr geehrter Herr Reinholz,\n\nwir bestätigen, dass Sie Ihre Bewerbung als Produktionsplaner zurückgezogen haben. Schade, wir wünschen Ihnen für die neue Stelle alles Gute.\n\nFreundliche Grüße\nCarina Maurer"),
    ("Oliver Strasser <oliver.strasser@hellweg.test>", "Schade, dass Sie abgesagt haben",
     "Liebe Frau Wendelin,\n\nschade, dass Sie unser Angebot abgelehnt haben. Wir respektieren Ihre Entscheidung und würden uns freuen, wenn wir in Kontakt bleiben.\n\nBeste Grüße\nOliver Strasser"),
    ("Aylin Kaya <aylin.kaya@silberdistel.example>", "Kandidat Herr Neubauer – Entscheidung",
     "Hallo Lukas,\n\nnach deinem Interview mit Herrn Neubauer haben wir uns gegen ihn entschieden. Kannst du ihm bis Freitag die Absage schicken? Die Vorlage liegt im Laufwerk.\n\nDanke!\nAylin"),
    ("Thorsten Bleek <thorsten.bleek@tannreuth.test>", "Absagen an Bewerber verschicken",
     "Hallo Clara,\n\nbitte sende den abgelehnten Bewerbern für die Stelle Lohnbuchhalter heute noch die Standardabsage. Frau Ritter bekommt das Angebot.\n\nGruß\nThorsten"),
    ("Melanie Rothe <melanie.rothe@wegwarte.example>", "Ihr Profil – andere Stelle",
     "Sehr geehrter Herr Grünwald,\n\nIhr Profil passt sehr gut zu unserer neuen Stelle im Einkauf. Wir haben Ihre Bewerbung daher intern an die Kollegen weitergeleitet, die sich in Kürze bei Ihnen melden.\n\nFreundliche Grüße\nMelanie Rothe"),
    ("Ammerland Foods <feedback@ammerland.test>", "Wie war Ihr Bewerbungsprozess?",
     "Guten Tag,\n\nSie haben sich kürzlich bei uns beworben. Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert zwei Minuten.\n\nIhr Team von Ammerland Foods"),
    ("Workday <noreply@workday.example>", "Passwort zurücksetzen – Karriereportal",
     "Hallo,\n\nSie haben angefordert, Ihr Passwort für das Karriereportal zurückzusetzen. Klicken Sie auf den Link, um ein neues Passwort zu vergeben.\n\nGoldach AG Karriere"),
    ("Karriereportal Lärchenhain <jobs@laerchenhain.example>", "Ihre Bewerbung ist noch nicht abgeschlossen",
     "Guten Tag Frau Pfeiffer,\n\nSie haben begonnen, sich als Assistenz der Geschäftsführung zu bewerben, die Bewerbung aber noch nicht abgeschickt. Sie können sie jederzeit fortsetzen.\n\nIhr Lärchenhain-Team"),
    ("Franziska Egli <franziska.egli@rosengart.test>", "Fehlende Unterlagen",
     "Grüezi Herr Szabo\n\nIhre Bewerbung ist noch unvollständig. Bitte reichen Sie Ihre Arbeitszeugnisse bis zum 15. nach, andernfalls können wir Ihr Dossier nicht berücksichtigen.\n\nFreundliche Grüsse\nFranziska Egli"),
    ("Bettina Kranz <bettina.kranz@schwanthal.example>", "Ihre Vertragsunterlagen",
     "Liebe Frau Eschbach,\n\nanbei erhalten Sie Ihren Arbeitsvertrag in doppelter Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar zurück.\n\nHerzliche Grüße\nBettina Kranz"),
    ("Gregor Pichler <gregor.pichler@vierlinden.test>", "Dein erster Arbeitstag",
     "Servus Paul,\n\nwir freuen uns auf deinen Start am 1. Dezember! Komm bitte um 9 Uhr an den Empfang, dort holt dich dein Buddy ab.\n\nLG Gregor"),
    ("Henrik Sommerfeld <henrik.sommerfeld@hopfenau.example>", "Stand Ihrer Bewerbung",
     "Sehr geehrte Frau Aydın,\n\nwir haben uns noch nicht entschieden. Derzeit führen wir noch Gespräche und melden uns spätestens in zwei Wochen mit einer Entscheidung.\n\nMit freundlichen Grüßen\nHenrik Sommerfeld"),
    ("Doris Huber <doris.huber@ebersberg.test>", "Referenzauskunft",
     "Sehr geehrter Herr Kästner,\n\nim Rahmen Ihrer Bewerbung möchten wir gern eine Referenz einholen. Dürfen wir Ihren früheren Vorgesetzten kontaktieren?\n\nMit freundlichen Grüßen\nDoris Huber"),
    ("Kaminski Personalberatung <info@kaminski.example>", "Position vorübergehend pausiert",
     "Hallo Frau Moosbrugger,\n\nunser Kunde hat die Besetzung der Stelle bis Januar pausiert. Ihre Bewerbung bleibt im Prozess, und ich melde mich, sobald es weitergeht.\n\nViele Grüße\nReto Zürcher"),
    ("Makler Kupferhammer <termine@kupferhammer.test>", "Besichtigung abgesagt",
     "Sehr geehrter Herr Fässler,\n\nleider müssen wir die Besichtigung am Samstag absagen, weil die Wohnung bereits vergeben ist.\n\nFreundliche Grüße\nKupferhammer Immobilien"),
    ("Personalabteilung <personal@nebelhorn.example>", "Ihr Urlaubsantrag",
     "Hallo Frau Lindqvist,\n\nIhr Urlaubsantrag für die Woche 52 wurde leider abgelehnt, da bereits zu viele Kolleginnen im Team Urlaub haben. Bitte sprechen Sie mit Ihrer Teamleitung.\n\nIhre Personalabteilung"),
    ("Reisekosten <reisekosten@ulmenried.test>", "Reisekostenabrechnung abgelehnt",
     "Hallo Jonas,\n\ndeine Reisekostenabrechnung für Oktober wurde abgelehnt: Es fehlen die Belege für das Hotel. Bitte reiche sie nach.\n\nBuchhaltung"),
    ("Julia Mertens <julia.mertens@pfauenau.example>", "Kandidatin hat abgesagt",
     "Hallo Miriam,\n\ndie Kandidatin für die Teamleitung hat uns heute abgesagt, sie hat ein anderes Angebot angenommen. Wir müssen also weitersuchen; ich schicke dir neue Profile.\n\nViele Grüße\nJulia"),
    ("Marco Tiedemann <marco.tiedemann@drosselgasse.test>", "Angebot abgelehnt",
     "Hi Felix,\n\nHerr Sander hat unser Angebot abgelehnt. Sollen wir der Zweitplatzierten ein Angebot machen?\n\nGruß Marco"),
    ("Universität Brunnwiese <zulassung@uni-brunnwiese.example>", "Zulassungsbescheid Masterstudium",
     "Sehr geehrte Frau Kowalczyk,\n\nleider können wir Ihnen keinen Studienplatz im Masterstudiengang Wirtschaftsinformatik anbieten. Den Bescheid finden Sie im Portal.\n\nStudierendensekretariat"),
    ("Stipendienwerk Sandgrube <stipendium@sandgrube.test>", "Ihre Stipendienbewerbung",
     "Lieber Herr Reinholz,\n\nleider wurden Sie nicht in die Förderung aufgenommen. Der Auswahlausschuss hatte sehr viele starke Bewerbungen.\n\nHerzliche Grüße\nStipendienwerk Sandgrube"),
    ("Programmkomitee <cfp@datenfest.example>", "Ihr Vortragsvorschlag",
     "Hallo Sophie,\n\ndanke für deine Einreichung! Leider wurde dein Vortrag nicht ins Programm aufgenommen. Wir hatten 300 Einreichungen für 40 Plätze.\n\nDas Programmkomitee"),
    ("Wettbewerbsbüro <jury@designpreis.test>", "Ergebnis Designpreis 2026",
     "Sehr geehrter Herr Amsel,\n\ndie Jury hat sich für andere Arbeiten entschieden; Ihr Entwurf ist nicht unter den Preisträgern.\n\nMit freundlichen Grüßen\nDas Wettbewerbsbüro"),
    ("Kammerchor Holderbusch <chor@holderbusch.example>", "Vorsingen",
     "Liebe Clara,\n\nvielen Dank fürs Vorsingen. Leider können wir dich in dieser Saison nicht in den Chor aufnehmen, die Altstimmen sind voll besetzt.\n\nMusikalische Grüße\nDie Chorleitung"),
    ("Vergabestelle Fichtenkamm <vergabe@fichtenkamm.test>", "Vergabeverfahren 2026-14: Information nach § 134 GWB",
     "Sehr geehrter Herr Grünwald,\n\nwir teilen Ihnen mit, dass Ihr Angebot im Vergabeverfahren nicht berücksichtigt werden kann. Der Zuschlag soll an einen anderen Bieter erteilt werden.\n\nMit freundlichen Grüßen\nVergabestelle"),
    ("Karriere-Blog <blog@jobglueck.example>", "So reagierst du auf eine Absage",
     "Hallo Hannah,\n\n„Wir haben uns für einen anderen Kandidaten entschieden“ – das tut weh. In unserem neuen Artikel zeigen wir dir fünf Schritte, wie du nach einer Absage motiviert bleibst.\n\nDein Jobglück-Team"),
    ("Jobbörse Heidekraut <alerts@heidekraut-jobs.test>", "Neue Stellen in Ihrer Nähe",
     "Guten Tag,\n\nleider gab es diese Woche keine neuen Stellen, die genau passen. Hier sind ähnliche Angebote: Sachbearbeiter Einkauf, Disponent, Lagerleitung.\n\nIhre Jobbörse"),
    ("Ines Fröhlich <ines.froehlich@klausenhof.example>", "Feedback zum Gespräch",
     "Sehr geehrter Herr Szabo,\n\ndas Team war von Ihrem Gespräch begeistert. Als nächsten Schritt möchten wir Sie zu einem Probetag einladen.\n\nFreundliche Grüße\nInes Fröhlich"),
    ("Bewerberportal Mistelbach <noreply@mistelbach.test>", "Status Ihrer Bewerbung: In Prüfung",
     "Guten Tag,\n\nder Status Ihrer Bewerbung als Logistikplaner hat sich geändert: In Prüfung. Sie werden informiert, sobald eine Entscheidung vorliegt.\n\nMistelbach AG"),
    ("Assessment-Team <assessment@falkenried.test>", "Ergebnis Ihres Online-Tests",
     "Hallo Frau Eschbach,\n\nherzlichen Glückwunsch, Sie haben den Online-Test bestanden und sind damit im nächsten Schritt des Auswahlverfahrens.\n\nIhr Assessment-Team"),
    ("Svenja Bauknecht <svenja.bauknecht@muehlbach.test>", "Stelle neu ausgeschrieben",
     "Guten Tag Herr Vogelsang,\n\ndie Stelle als Bauingenieur wurde mit geändertem Profil neu ausgeschrieben. Ihre Bewerbung bleibt gültig, Sie müssen nichts weiter tun.\n\nBeste Grüße\nSvenja Bauknecht"),
    ("Yusuf Demir <yusuf.demir@nordlicht.example>", "Zweites Gespräch",
     "Hallo Frau Aydın,\n\nwir haben uns entschieden, Sie zu einem zweiten Gespräch mit der Geschäftsführung einzuladen. Passt Ihnen der 12. November?\n\nViele Grüße\nYusuf Demir"),
    ("Ralf Immendorf <ralf.immendorf@alpenglanz.test>", "Rückruf",
     "Sehr geehrter Herr Kästner,\n\nleider konnten wir Sie telefonisch nicht erreichen. Bitte rufen Sie uns wegen Ihrer Bewerbung zurück, wir möchten einen Termin vereinbaren.\n\nMit freundlichen Grüßen\nRalf Immendorf"),
    ("Ausländerbehörde Rabenau <auslaenderbehoerde@rabenau.example>", "Ihr Antrag auf Aufenthaltstitel",
     "Sehr geehrte Frau Aydın,\n\nIhr Antrag auf Verlängerung des Aufenthaltstitels kann in der vorliegenden Form nicht bewilligt werden. Bitte reichen Sie den Arbeitsvertrag nach.\n\nMit freundlichen Grüßen\nAusländerbehörde"),
    ("Ordnungsamt Talwerk <parken@talwerk.test>", "Bewohnerparkausweis",
     "Sehr geehrter Herr Amsel,\n\nIhr Antrag auf einen Bewohnerparkausweis wurde abgelehnt, da Ihr Wohnsitz außerhalb der Parkzone liegt.\n\nOrdnungsamt"),
    ("Anna Lindqvist <anna.lindqvist@mailbox.example>", "FYI: Absage an Bewerber",
     "Hi Tobias,\n\nnur zur Info: Wir haben dem Bewerber für die Werkstudentenstelle heute abgesagt. Die Stelle bekommt Frau Yilmaz.\n\nLG Anna"),
    ("Bernd Schwarzkopf <bernd.schwarzkopf@funkenflug.example>", "Stelle besetzt – danke an alle Interviewer",
     "Liebe Kolleginnen und Kollegen,\n\ndie Stelle Key Account Manager wurde mit Frau Lorenz besetzt. Danke an alle, die bei den Interviews mitgemacht haben!\n\nBernd"),
    ("Empfehlungsprogramm <referral@hagebutte.test>", "Update zu deiner Empfehlung",
     "Hallo Simon,\n\ndanke, dass du Max Berger empfohlen hast. Leider haben wir uns gegen seine Bewerbung entschieden. Die Prämie entfällt damit, aber empfiehl uns gern weiter!\n\nDein People-Team"),
    ("Eichgrund Sportverein <trainer@eichgrund-sv.example>", "Kader Saison 2026/27",
     "Hallo Julian,\n\ndu bist für den Kader der ersten Mannschaft leider nicht nominiert. Wir freuen uns, wenn du in der Zweiten weiter Gas gibst!\n\nDein Trainerteam"),
    ("Katrin Ohlendorf <katrin.ohlendorf@wolkenbruch.test>", "Re: Ihre Bewerbung als Content Creator",
     "Liebe Frau Moosbrugger,\n\ndanke für Ihre Rückmeldung. Wir haben inzwischen eine neue Stelle als Social Media Managerin ausgeschrieben, die gut zu Ihnen passen könnte. Hätten Sie Interesse?\n\nBeste Grüße\nKatrin Ohlendorf\n\nAm 02.09.2026 schrieb Katrin Ohlendorf:\n> Liebe Frau Moosbrugger,\n> leider haben wir uns für eine andere Bewerberin entschieden.\n> Beste Grüße"),
    ("Thorsten Bleek <thorsten.bleek@grauburg.example>", "Ihre Bewerbung – Termin verschoben",
     "Sehr geehrte Frau Pfeiffer,\n\nunser Gesprächstermin kann leider nicht wie geplant stattfinden. Wir haben uns entschieden, die Gespräche um eine Woche zu verschieben, und schlagen Ihnen den 18. vor.\n\nMit freundlichen Grüßen\nThorsten Bleek"),
    ("Hochschule Grauburg <berufung@hs-grauburg.test>", "Einladung zum Probevortrag",
     "Sehr geehrte Frau Dr. Dietrichstein,\n\ndie Berufungskommission hat beschlossen, Sie zu einem Probevortrag einzuladen. Nicht alle Bewerbungen konnten berücksichtigt werden; Ihre gehört zu den sechs ausgewählten.\n\nMit freundlichen Grüßen\nDie Vorsitzende der Berufungskommission"),
    ("Gemeinde Sankt Ulrichsberg <personal@ulrichsberg.example>", "Ausschreibung verlängert",
     "Sehr geehrter Herr Grünwald,\n\ndie Bewerbungsfrist für die Stelle im Bauamt wurde bis 30. November verlängert. Eine Entscheidung über die Besetzung wird daher erst im Dezember getroffen.\n\nMit freundlichen Grüßen\nGemeindeamt"),
    ("TalentBrücke Recruiting <team@talentbruecke.test>", "Ihr Profil bei TalentBrücke",
     "Hallo Herr Szabo,\n\nich melde mich, weil Ihre letzte Bewerbung über uns nicht geklappt hat – aber wir haben zwei neue Mandate, die besser passen könnten. Sollen wir telefonieren?\n\nViele Grüße\nAylin Kaya"),
    ("Urs Gerber <urs.gerber@goldach.example>", "Ihre Absage",
     "Grüezi Frau Wendelin\n\nwir haben Ihre Absage erhalten und bedauern, dass Sie sich gegen unser Angebot entschieden haben. Wir wünschen Ihnen viel Erfolg in der neuen Position.\n\nFreundliche Grüsse\nUrs Gerber"),
    ("Stefan Wallner <stefan.wallner@kiesel.test>", "Zusage",
     "Sehr geehrter Herr Vogelsang,\n\nich freue mich, Ihnen mitteilen zu dürfen, dass die Wahl auf Sie gefallen ist. Wir möchten Ihnen die Stelle als Servicetechniker anbieten.\n\nMit freundlichen Grüßen\nStefan Wallner"),
]

ORDINARY = [
    ("Lohnbüro <lohn@falkenried.example>", "Ihre Gehaltsabrechnung Oktober", "Hallo Frau Lindqvist,\n\nIhre Gehaltsabrechnung für Oktober steht im Mitarbeiterportal bereit. Die Auszahlung erfolgt am 28.\n\nIhr Lohnbüro"),
    ("Katrin Ohlendorf <katrin.ohlendorf@mailbox.example>", "Teamlunch Freitag", "Hallo zusammen,\n\nam Freitag gehen wir zum Teamlunch ins Lindenhof. Wer ist dabei? Bitte bis Donnerstag Bescheid geben.\n\nKatrin"),
    ("Personalabteilung <hr@nordlicht.example>", "Urlaubsplanung 2027", "Liebe Kolleginnen und Kollegen,\n\nbitte tragt eure Urlaubswünsche für 2027 bis Ende November in das Portal ein.\n\nEure Personalabteilung"),
    ("Betriebsrat <br@alpenglanz.test>", "Einladung zur Betriebsversammlung", "Liebe Kolleginnen und Kollegen,\n\nam 4. Dezember findet die Betriebsversammlung in der Kantine statt. Themen: Tarifverhandlung, Homeoffice, Arbeitszeit.\n\nEuer Betriebsrat"),
    ("Bernd Schwarzkopf <bernd.schwarzkopf@mailbox.example>", "Willkommen, Frau Kessler!", "Hallo Team,\n\nab Montag verstärkt Frau Kessler unseren Vertrieb als Key Account Managerin. Bitte heißt sie herzlich willkommen.\n\nBernd"),
    ("IT-Service <it@brennwald.example>", "Wartungsfenster Samstag", "Hallo,\n\nam Samstag zwischen 8 und 12 Uhr ist das Mitarbeiterportal wegen Wartung nicht erreichbar.\n\nIT-Service"),
    ("Weiterbildung <akademie@seefeldt.test>", "Ihre Schulung Excel für Fortgeschrittene", "Guten Tag Herr Brückner,\n\nIhre Anmeldung zur Schulung am 15.11. ist bestätigt. Der Raum ist 2.14.\n\nIhre Akademie"),
    ("Zeiterfassung <noreply@zeit.kranich.example>", "Fehlende Buchung", "Hallo Miriam,\n\nfür den 23.10. fehlt eine Kommen-Buchung. Bitte korrigiere den Eintrag bis Monatsende.\n\nDein Zeiterfassungssystem"),
    ("People Team <people@lindenhof.test>", "JobRad jetzt beantragen", "Hallo zusammen,\n\nab sofort könnt ihr wieder ein JobRad über Gehaltsumwandlung beantragen. Alle Infos im Intranet.\n\nEuer People Team"),
    ("Festkomitee <feier@steinbrueck.example>", "Weihnachtsfeier", "Liebe Kolleginnen und Kollegen,\n\nunsere Weihnachtsfeier findet am 12. Dezember im Brauhaus statt. Bitte meldet euch bis zum 1. an.\n\nEuer Festkomitee"),
    ("Julia Mertens <julia.mertens@weissdorn.test>", "Jahresgespräch", "Hallo Felix,\n\nlass uns dein Jahresgespräch für nächste Woche planen. Passt dir Dienstag 10 Uhr?\n\nJulia"),
    ("Personal <personal@rabenau.example>", "Ihr Arbeitszeugnis", "Sehr geehrte Frau Kowalczyk,\n\nanbei erhalten Sie das gewünschte Zwischenzeugnis. Das Original schicken wir per Post.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    ("HR Service <hr@talwerk.test>", "Elternzeit – Bestätigung", "Hallo Tobias,\n\nwir bestätigen deine Elternzeit vom 1. März bis 31. Mai. Melde dich gern bei Fragen.\n\nHR Service"),
    ("Geschäftsführung <gf@funkenflug.example>", "Neue Homeoffice-Regelung", "Liebe Mitarbeitende,\n\nab Januar gilt: bis zu drei Tage Homeoffice pro Woche nach Absprache im Team.\n\nDie Geschäftsführung"),
    ("Reisestelle <reise@hagebutte.test>", "Ihre Dienstreise nach Hamburg", "Hallo Frau Wendelin,\n\nIhre Bahnfahrt und das Hotel für die Dienstreise am 20.11. sind gebucht. Die Tickets hängen an.\n\nReisestelle"),
    ("Lukas Amsel <lukas.amsel@eichgrund.example>", "Krankmeldung", "Hallo Clara,\n\nich bin heute krank und melde mich morgen, ob ich wieder da bin. Den Termin mit dem Lieferanten übernimmt Simon.\n\nLukas"),
    ("Kantine <kantine@sonnhalde.test>", "Speiseplan KW 47", "Guten Appetit!\n\nMontag: Linsensuppe, Dienstag: Käsespätzle, Mittwoch: Fischfilet. Der Speiseplan hängt auch am Schwarzen Brett.\n\nIhr Kantinenteam"),
    ("Interne Kommunikation <news@kiesel.example>", "Mitarbeiter-Newsletter November", "Liebe Kolleginnen und Kollegen,\n\nin dieser Ausgabe: unser neues Werk in Linz, die Gewinner des Ideenwettbewerbs und drei neue Auszubildende.\n\nInterne Kommunikation"),
    ("Personalentwicklung <pe@wolkenbruch.test>", "Weiterbildungsbudget 2027", "Hallo Matthias,\n\ndein Weiterbildungsbudget für 2027 beträgt 1.500 Euro. Anträge bitte über das Portal stellen.\n\nPersonalentwicklung"),
    ("Intranet <intranet@ostwind.example>", "Interne Stellenausschreibung: Teamleitung Einkauf", "Liebe Kolleginnen und Kollegen,\n\nwir suchen intern eine Teamleitung für den Einkauf. Interessierte bewerben sich bis 30.11. bei der Personalabteilung.\n\nHR"),
    ("Petra Lauterbach <petra.lauterbach@mailbox.example>", "Interviews nächste Woche", "Hallo Hannah,\n\nkannst du mich bei den Interviews für die Werkstudentenstelle am Mittwoch unterstützen? Die Lebensläufe schicke ich dir vorab.\n\nPetra"),
    ("Mitarbeiterbefragung <umfrage@zinnober.test>", "Ihre Meinung zählt", "Guten Tag,\n\nbitte nehmen Sie bis Freitag an unserer anonymen Mitarbeiterbefragung teil. Die Teilnahme dauert zehn Minuten.\n\nIhr HR-Team"),
    ("Onboarding <onboarding@blaufeld.example>", "Dein Buddy", "Hallo Daniel,\n\ndein Onboarding-Buddy ist Nora aus dem Controlling. Sie meldet sich in deiner ersten Woche bei dir.\n\nOnboarding-Team"),
    ("Betriebsarzt <arzt@moorland.test>", "Termin Vorsorgeuntersuchung", "Hallo Frau Eschbach,\n\nIhr Termin zur arbeitsmedizinischen Vorsorge ist am 3.12. um 9:30 Uhr.\n\nBetriebsärztlicher Dienst"),
    ("Yusuf Demir <yusuf.demir@mailbox.example>", "Übergabe Projekt Quellgrund", "Hallo Paul,\n\nanbei die Übergabenotizen zum Projekt. Die offenen Punkte besprechen wir am Montag im Jour fixe.\n\nYusuf"),
    ("Lohnbüro <lohn@bergkristall.test>", "Änderung Steuerklasse", "Hallo Elif,\n\nwir haben deine neue Steuerklasse übernommen. Sie gilt ab der Dezember-Abrechnung.\n\nLohnbüro"),
    ("Recruiting <recruiting@fuchsbau.example>", "Bewerbungsunterlagen für Ihre Gespräche", "Hallo Simon,\n\nfür die Gespräche am Donnerstag findest du die Unterlagen der drei Kandidatinnen im Bewerbermanagement.\n\nRecruiting"),
    ("Sicherheitsbeauftragter <sicherheit@hellweg.test>", "Brandschutzübung", "Liebe Kolleginnen und Kollegen,\n\nam Dienstag um 11 Uhr findet eine Brandschutzübung statt. Bitte verlassen Sie das Gebäude über die markierten Wege.\n\nArbeitssicherheit"),
    ("Ines Fröhlich <ines.froehlich@mailbox.example>", "Glückwunsch zum Jubiläum", "Liebe Lena,\n\nherzlichen Glückwunsch zu zehn Jahren bei uns! Wir feiern am Freitag mit Kuchen im Besprechungsraum.\n\nInes"),
    ("Personalabteilung <hr@silberdistel.example>", "Neue Gleitzeitregelung", "Hallo Julian,\n\nab 1. Januar gilt die neue Betriebsvereinbarung zur Gleitzeit. Die Kernarbeitszeit entfällt.\n\nHR"),
]


def build_plain(i: int, n: int, entry, kind: str):
    frm, subject, body = entry
    p = PEOPLE[(i * 5) % len(PEOPLE)]
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = f"{p[0]} {p[1]} <{slug(p[0])}.{slug(p[1])}@mailbox.example>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE + timedelta(hours=7 * n + 3))
    msg["Message-ID"] = make_msgid(idstring=f"{kind[0]}{n}", domain="mailbox.example")
    attach_text(msg, body + "\n", i + 1, html=(kind == "lookalike" and i % 11 == 5))
    label = {"is_rejection": False, "company": None, "role": None, "contact_name": None,
             "contact_email": None, "careers_url": None, "lang": "de", "kind": kind}
    return msg, label


def all_messages():
    items = []
    for i, e in enumerate(R):
        items.append(("r", i, e))
    for i, e in enumerate(L):
        items.append(("l", i, e))
    for i, e in enumerate(ORDINARY):
        items.append(("o", i, e))
    # deterministic interleave so kinds are mixed
    items.sort(key=lambda t: ((t[1] * 7919 + ord(t[0]) * 31) % 251, t[0], t[1]))
    out = []
    for n, (k, i, e) in enumerate(items, start=1):
        if k == "r":
            msg, label = build_rejection(i, n, e)
        else:
            msg, label = build_plain(i, n, e, "lookalike" if k == "l" else "ordinary")
        # stable Message-ID (make_msgid adds time/pid otherwise)
        del msg["Message-ID"]
        msg["Message-ID"] = f"<dev6de.{n:04d}@mailbox.example>"
        out.append((f"{n:04d}.eml", msg, label))
    return out


def write():
    MSGS.mkdir(exist_ok=True)
    for old in MSGS.glob("*.eml"):
        old.unlink()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for name, msg, label in all_messages():
            (MSGS / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
            fh.write(json.dumps({"file": name, **label}, ensure_ascii=False) + "\n")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in MSGS.glob("*.eml"))
    errors = []
    if sorted(lab["file"] for lab in labels) != files:
        errors.append("labels and messages differ")
    kinds = {}
    for lab in labels:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        raw = (MSGS / lab["file"]).read_bytes()
        msg = message_from_bytes(raw, policy=policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part else ""
        if not text.strip():
            errors.append(f"{lab['file']}: empty body")
        if lab["is_rejection"] != (lab["kind"] == "rejection"):
            errors.append(f"{lab['file']}: kind/is_rejection mismatch")
        if lab["is_rejection"]:
            hay = text + str(msg["Subject"]) + str(msg["From"])
            for field in ("company", "role", "contact_name", "contact_email"):
                if lab[field] and lab[field] not in hay:
                    errors.append(f"{lab['file']}: {field} {lab[field]!r} not in message")
    print(kinds, len(errors), "errors")
    for e in errors:
        print(" ", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
    sys.exit(check())
