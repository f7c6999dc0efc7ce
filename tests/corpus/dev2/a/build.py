#!/usr/bin/env python3
"""Build the dev2/a labelled corpus: 60 German and 50 Dutch messages.

Deterministic: running it twice gives byte-identical files.

    python tests/corpus/dev2/a/build.py

writes messages/NNNN.eml and labels.jsonl next to this file, then parses
every message back and checks it against its label.

About 60% are job rejections worded as differently from one another as
possible; the rest are hard look-alikes (acknowledgements, invitations,
offers, rejected flats/loans/papers, newsletters, a candidate turning the
owner down, ...). All people, companies and domains are invented.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

OWNERS = {
    "lena": "Lena Hoffmann <lena.hoffmann@posteo.example>",
    "jonas": "Jonas Weber <jonas.weber@mailbox.example>",
    "aylin": "Aylin Demir <aylin.demir@webpost.example>",
    "sanne": "Sanne de Vries <sanne.devries@ziggo.example>",
    "thijs": "Thijs Bakker <thijs.bakker@kpnmail.example>",
    "noor": "Noor El Amrani <noor.elamrani@xs4all.example>",
}

MESSAGES: list[dict] = []


def add(rej, lang, kind, owner, frm, subject, body, fmt="plain", company=None,
        role=None, cn=None, ce=None, url=None, reply_to=None):
    MESSAGES.append(dict(
        is_rejection=rej, lang=lang, kind=kind, owner=owner, frm=frm,
        subject=subject, body=body.strip("\n") + "\n", fmt=fmt, company=company,
        role=role, contact_name=cn, contact_email=ce, careers_url=url,
        reply_to=reply_to))


def R(*a, **k):
    add(True, *a, **k)


def L(*a, **k):
    add(False, *a, **k)

# ---------------------------------------------------------------------------
# German rejections (36)
# ---------------------------------------------------------------------------

R("de", "rejection:application", "lena",
  "Katrin Voss <k.voss@brenner-logistik.example>",
  "Ihre Bewerbung als Disponent (m/w/d) – Kennziffer BL-2024-17", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung und das Interesse an der Brenner Logistik GmbH.

Wir haben Ihre Unterlagen sorgfältig gesichtet und mit den Anforderungen der Stelle als Disponent (m/w/d) abgeglichen. Im weiteren Auswahlverfahren können wir Sie leider nicht berücksichtigen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Katrin Voss
Personalreferentin
Brenner Logistik GmbH | Hafenstraße 12 | 28197 Bremen
""", company="Brenner Logistik GmbH", role="Disponent (m/w/d)",
  cn="Katrin Voss", ce="k.voss@brenner-logistik.example")

R("de", "rejection:interview-casual-short", "jonas",
  "Felix Amann <felix@kiezkraft.example>",
  "Kurzes Update von Kiezkraft", """
Hey Jonas, danke dir nochmal für das gute Gespräch am Dienstag zur Stelle als Growth Marketing Manager. Wir haben lange hin und her überlegt und machen jetzt mit jemand anderem weiter – tut mir echt leid.

Alles Gute dir!
Felix
""", company="Kiezkraft", role="Growth Marketing Manager",
  cn="Felix Amann", ce="felix@kiezkraft.example")

R("de", "rejection:ats-noreply", "aylin",
  "Stadtwerke Lindenau – Karriere <no-reply@bewerbify.example>",
  "Statusmeldung zu Ihrer Bewerbung: Ingenieur/in Netzplanung Strom", """
Guten Tag Frau Demir,

Sie haben sich bei den Stadtwerken Lindenau als Ingenieur/in Netzplanung Strom (m/w/d) beworben. Dafür danken wir Ihnen herzlich.

Nach einem Abgleich mit dem Stellenprofil müssen wir Ihnen mitteilen, dass Ihr Profil derzeit nicht zu unseren Anforderungen passt. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Aktuelle Ausschreibungen finden Sie jederzeit unter https://karriere.stadtwerke-lindenau.example/stellen

Freundliche Grüße
Ihr Personalservice der Stadtwerke Lindenau

--
Diese E-Mail wurde automatisch über Bewerbify versendet. Bitte antworten Sie nicht auf diese Nachricht.
Benachrichtigungen abbestellen: https://mail.bewerbify.example/unsubscribe?c=sl-7731&t=9f2a
""", fmt="alt", company="Stadtwerke Lindenau", role="Ingenieur/in Netzplanung Strom (m/w/d)",
  url="https://karriere.stadtwerke-lindenau.example/stellen")

R("de", "rejection:interview-long-news-first", "lena",
  "Dr. Henrik Stahl <henrik.stahl@aurelis-medtech.example>",
  "Rückmeldung zu Ihrer Bewerbung – Softwareentwicklung Embedded", """
Sehr geehrte Frau Hoffmann,

seit unserem Gespräch im Februar hat sich bei uns einiges getan: Unser neues Entwicklungszentrum in Jena ist inzwischen bezogen, und mit der Zulassung unseres Infusionssystems der zweiten Generation wächst das Team weiter. Entsprechend viele Bewerbungen haben uns in den letzten Wochen erreicht.

Ihr Werdegang, insbesondere Ihre Arbeit an sicherheitskritischer Firmware, hat uns im Gespräch beeindruckt, und wir haben uns für die Auswertung bewusst Zeit genommen.

Für die Position als Softwareentwickler Embedded C (m/w/d) haben wir uns letztlich für Profile entschieden, die näher an unserem aktuellen Schwerpunkt – Echtzeitbetriebssysteme und IEC 62304 – liegen. Ich hätte Ihnen gern etwas anderes geschrieben.

Sollte sich in Jena eine passende Rolle ergeben, melde ich mich gern erneut bei Ihnen, sofern Sie einverstanden sind.

Mit besten Grüßen
Dr. Henrik Stahl
Leiter Softwareentwicklung
Aurelis Medizintechnik AG
""", fmt="alt", company="Aurelis Medizintechnik AG", role="Softwareentwickler Embedded C (m/w/d)",
  cn="Henrik Stahl", ce="henrik.stahl@aurelis-medtech.example")

R("de", "rejection:public-authority", "jonas",
  "Petra Kühn <petra.kuehn@lvg-nordhessen.example>",
  "Kennziffer 24/031 - Sachbearbeitung Geodatenmanagement", """
Sehr geehrter Herr Weber,

wir beziehen uns auf Ihre Bewerbung vom 12. Januar 2024 auf die oben genannte Stelle (Entgeltgruppe 9b TV-H) beim Landesamt für Vermessung und Geoinformation Nordhessen.

Die Auswahl erfolgte nach dem Grundsatz der Bestenauslese gemäß Artikel 33 Absatz 2 des Grundgesetzes. Nach Abschluss des Verfahrens teile ich Ihnen mit, dass Ihre Bewerbung nicht berücksichtigt werden konnte. Die Entscheidung wurde mit Zustimmung des Personalrats getroffen.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet, sofern Sie sie nicht vorher zurückfordern.

Mit freundlichen Grüßen
Im Auftrag
Petra Kühn
Dezernat Z 2 - Personal
Landesamt für Vermessung und Geoinformation Nordhessen
""", fmt="latin1", company="Landesamt für Vermessung und Geoinformation Nordhessen",
  role="Sachbearbeitung Geodatenmanagement", cn="Petra Kühn", ce="petra.kuehn@lvg-nordhessen.example")

R("de", "rejection:university-interview", "aylin",
  "Prof. Dr. Martina Lorenz <martina.lorenz@uni-rheinfeld.example>",
  "Stelle wiss. Mitarbeiter/in am Lehrstuhl für Wirtschaftsinformatik", """
Liebe Frau Demir,

haben Sie nochmals vielen Dank für Ihren Vortrag und das anregende Gespräch mit der Auswahlkommission am vergangenen Mittwoch zur Stelle als wissenschaftliche Mitarbeiterin (65 %).

Die Kommission hat nach Abschluss aller Gespräche intensiv beraten und sich für eine andere Kandidatin entschieden, deren Forschungsvorhaben sich enger mit unserem laufenden DFG-Projekt verzahnen lässt. Diese Entscheidung ist uns bei der Qualität der Bewerbungen nicht leichtgefallen.

Ich wünsche Ihnen für Ihre Promotionspläne viel Erfolg und würde mich freuen, Sie auf einer der nächsten Tagungen wiederzusehen.

Herzliche Grüße
Martina Lorenz

--
Prof. Dr. Martina Lorenz
Lehrstuhl für Wirtschaftsinformatik
Universität Rheinfeld
""", fmt="qp", company="Universität Rheinfeld", role="wissenschaftliche Mitarbeiterin (65 %)",
  cn="Martina Lorenz", ce="martina.lorenz@uni-rheinfeld.example")

R("de", "rejection:internal-fill-hospital", "jonas",
  "Personalabteilung Klinikum am Südpark <bewerbung@klinikum-suedpark.example>",
  "Ihre Bewerbung Intensivpflege", """
Sehr geehrter Herr Weber,

wir danken Ihnen für Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d) für unsere interdisziplinäre Intensivstation.

Zwischenzeitlich konnten wir die Stelle intern nachbesetzen. Eine weitere Berücksichtigung Ihrer Bewerbung ist deshalb nicht möglich.

Gern können Sie sich auf andere Stellen in unserem Haus bewerben – aktuell suchen wir beispielsweise Verstärkung in der Notaufnahme: https://www.klinikum-suedpark.example/karriere

Mit freundlichen Grüßen
Ihre Personalabteilung
Klinikum am Südpark gGmbH
""", company="Klinikum am Südpark", role="Gesundheits- und Krankenpfleger (m/w/d)",
  url="https://www.klinikum-suedpark.example/karriere")

R("de", "rejection:trial-day-du", "aylin",
  "Marlene Ott <marlene@seitenwind-buch.example>",
  "Samstag", """
Hallo Aylin,

danke, dass du am Samstag bei uns zum Probearbeiten warst – die Kundschaft mochte dich, und die Ecke mit den Reiseführern sieht seitdem ordentlicher aus als je zuvor.

Wir haben uns danach im Team zusammengesetzt und uns am Ende für eine andere Person für den Minijob im Verkauf entschieden, die auch vormittags unter der Woche kann. Das war bei dir ja leider schwierig.

Falls sich an deinen Zeiten etwas ändert, sag gern Bescheid.

Liebe Grüße aus dem Laden
Marlene
Buchhandlung Seitenwind
""", company="Buchhandlung Seitenwind", role="Minijob im Verkauf",
  cn="Marlene Ott", ce="marlene@seitenwind-buch.example")

R("de", "rejection:assessment-center", "lena",
  "Hanseatische Feuerkasse Recruiting <recruiting-noreply@feuerkasse-hh.example>",
  "Ergebnis des Assessment-Centers vom 14. März", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center für das Traineeprogramm Vertrieb in Hamburg.

Die Beobachterinnen und Beobachter haben alle Übungen – Fallstudie, Gruppendiskussion und Kundengespräch – gemeinsam ausgewertet. In der Gesamtschau haben Sie die für die Aufnahme in das Programm erforderliche Bewertung knapp nicht erreicht.

Wenn Sie möchten, erläutern wir Ihnen die Ergebnisse gern in einem kurzen Feedbackgespräch. Schreiben Sie dazu einfach an feedback@feuerkasse-hh.example.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanseatischen Feuerkasse
""", fmt="html", company="Hanseatische Feuerkasse", role="Traineeprogramm Vertrieb")

R("de", "rejection:platform-stepstone", "jonas",
  "StepStone <noreply@stepstone.example>",
  "Neuigkeiten zu Ihrer Bewerbung bei Kranich Elektrotechnik GmbH", """
Hallo Jonas Weber,

es gibt eine Neuigkeit zu einer Ihrer Bewerbungen.

Kranich Elektrotechnik GmbH
Elektroniker für Betriebstechnik (m/w/d)
Status: Nicht weiter berücksichtigt

Das Unternehmen hat den Status Ihrer Bewerbung aktualisiert. Lassen Sie sich davon nicht entmutigen – in Ihrer Region gibt es 214 weitere passende Jobs.

Passende Jobs ansehen: https://www.stepstone.example/r/jobs?src=mail_status&uid=88321

Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Abmelden: https://www.stepstone.example/benachrichtigungen/abmelden?uid=88321
""", fmt="alt", company="Kranich Elektrotechnik GmbH", role="Elektroniker für Betriebstechnik (m/w/d)")

R("de", "rejection:platform-xing-agency", "aylin",
  "Lukas Brandt via XING <mailrelay@xing.example>",
  "Lukas Brandt hat Ihnen eine Nachricht geschickt", """
Lukas Brandt (Senior Consultant, Talentbrücke Personalberatung) hat Ihnen geschrieben:

„Hallo Frau Demir,

danke noch einmal für Ihre Zeit am Telefon. Ich habe inzwischen mit meinem Mandanten, der Solvaro Energy GmbH, gesprochen: Die Position Head of Product ist mit einer Kandidatin besetzt worden, die mehr Erfahrung im B2B-Energiehandel mitbringt. Ihr Profil wird dort also nicht weiter vorgestellt.

Ich behalte Sie für ähnliche Mandate gern im Blick.

Beste Grüße
Lukas Brandt
l.brandt@talentbruecke.example“

Antworten: https://www.xing.example/messages/conv/55120
""", company="Solvaro Energy GmbH", role="Head of Product",
  cn="Lukas Brandt", ce="l.brandt@talentbruecke.example")

R("de", "rejection:platform-indeed", "lena",
  "Indeed <bewerbungen@indeed.example>",
  "Pflegedienst Lebensbaum hat Ihre Bewerbung geprüft", """
Ihre Bewerbung: Pflegefachkraft ambulant (m/w/d) – Teilzeit
Pflegedienst Lebensbaum – Kassel

Der Arbeitgeber hat Ihre Bewerbung geprüft und sich entschieden, sie nicht weiterzuverfolgen.

Arbeitgeber verschicken nicht immer eine eigene Nachricht. Wir dachten, Sie möchten es trotzdem wissen.

Ähnliche Jobs ansehen: https://de.indeed.example/jobs?q=Pflegefachkraft&l=Kassel&from=appstatus
""", fmt="html", company="Pflegedienst Lebensbaum", role="Pflegefachkraft ambulant (m/w/d) – Teilzeit")

R("de", "rejection:platform-linkedin", "jonas",
  "LinkedIn <jobs-noreply@linkedin.example>",
  "Ihre Bewerbung bei Vireo Analytics", """
Hallo Jonas,

vielen Dank für Ihr Interesse an der Stelle Data Analyst (w/m/d) bei Vireo Analytics in Leipzig.

Vireo Analytics zieht für diese Stelle inzwischen andere Bewerber:innen in Betracht als Sie.

Wir wissen, dass das nicht die Nachricht ist, auf die Sie gehofft haben. Hier finden Sie ähnliche Stellen: https://www.linkedin.example/jobs/collections/similar?ref=vireo
""", fmt="alt", company="Vireo Analytics", role="Data Analyst (w/m/d)")

R("de", "rejection:explicit-short", "jonas",
  "Sabine Köhler <koehler@tischlerei-hagedorn.example>",
  "Absage – Bewerbung Tischlergeselle", """
Sehr geehrter Herr Weber,

auf Ihre Bewerbung als Tischlergeselle müssen wir Ihnen heute leider eine Absage erteilen. Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Glück bei der weiteren Suche.

Freundliche Grüße
Sabine Köhler
Tischlerei Hagedorn GmbH & Co. KG
""", company="Tischlerei Hagedorn", role="Tischlergeselle",
  cn="Sabine Köhler", ce="koehler@tischlerei-hagedorn.example")

R("de", "rejection:coding-challenge-du", "lena",
  "Miriam Ebert <m.ebert@fahrwerk-mobility.example>",
  "Deine Bewerbung bei Fahrwerk", """
Hi Lena,

danke für deine Bewerbung als Senior Backend Engineer (Kotlin) und für die Zeit, die du dir für die Coding-Challenge genommen hast.

Wir haben deine Lösung zu dritt angeschaut. Die Struktur war sauber, beim Thema Nebenläufigkeit hatten wir uns allerdings mehr Tiefe gewünscht. Deshalb können wir dir an dieser Stelle leider keine positive Rückmeldung geben.

Wenn du magst, schick ich dir unsere Notizen zur Challenge – einfach kurz antworten.

Viele Grüße
Miriam
Engineering Manager, Fahrwerk Mobility
""", fmt="qp", company="Fahrwerk Mobility", role="Senior Backend Engineer (Kotlin)",
  cn="Miriam Ebert", ce="m.ebert@fahrwerk-mobility.example")

R("de", "rejection:final-round", "aylin",
  "Thomas Reinhardt <thomas.reinhardt@kessler-partner.example>",
  "Ihr Gespräch mit der Geschäftsführung", """
Sehr geehrte Frau Demir,

ich möchte Ihnen persönlich für die beiden Gesprächsrunden und insbesondere für Ihre Präsentation vor unserer Geschäftsführung danken.

Nach reiflicher Überlegung werden wir Ihnen für die Position als Senior Associate Steuerberatung kein Vertragsangebot unterbreiten. Ausschlaggebend war am Ende die Erfahrung im internationalen Konzernsteuerrecht, die für das Mandatsportfolio in Frankfurt besonders wichtig ist.

Ich weiß, dass diese Nachricht nach einem so langen Prozess enttäuschend ist, und danke Ihnen für die Offenheit in unseren Gesprächen.

Mit freundlichen Grüßen
Thomas Reinhardt
Partner | Kessler & Partner Steuerberatungsgesellschaft mbH
""", fmt="alt", company="Kessler & Partner", role="Senior Associate Steuerberatung",
  cn="Thomas Reinhardt", ce="thomas.reinhardt@kessler-partner.example")

R("de", "rejection:casual-portfolio", "jonas",
  "Jana von Nordlicht Games <jana@nordlicht-games.example>",
  "Re: Bewerbung Level Designer", """
Moin Jonas,

ich mach's kurz, weil du eh schon so lange warten musstest: Für die Stelle als Level Designer hat es diesmal nicht gereicht. Dein Portfolio war stark, aber uns fehlte die Erfahrung mit Unreal 5.

Bleib dran, wir schreiben bestimmt bald wieder was aus.

Jana
People & Culture, Nordlicht Games
""", company="Nordlicht Games", role="Level Designer",
  cn="Jana", ce="jana@nordlicht-games.example")

R("de", "rejection:agency-client-declined", "lena",
  "Dominik Haas <d.haas@primus-personal.example>",
  "Ihre Bewerbung über Primus Personal – Finanzbuchhalter/in", """
Guten Tag Frau Hoffmann,

vielen Dank, dass Sie sich über uns für die Stelle als Finanzbuchhalter/in bei unserem Kunden, der Wendt Armaturen GmbH in Gütersloh, beworben haben.

Ich habe Ihre Unterlagen mit dem Fachbereich unseres Kunden besprochen. Da dort sehr kurzfristig jemand mit DATEV-Erfahrung und Bilanzsicherheit gebraucht wird, sieht der Kunde derzeit keine Grundlage, den Prozess mit Ihnen fortzusetzen.

Gerne nehme ich Sie in unseren Kandidatenpool auf, wenn Sie mir dafür kurz Ihr Einverständnis geben.

Freundliche Grüße
Dominik Haas
Personalberater | Primus Personal GmbH
""", company="Wendt Armaturen GmbH", role="Finanzbuchhalter/in",
  cn="Dominik Haas", ce="d.haas@primus-personal.example")

R("de", "rejection:municipal-council", "jonas",
  "Gerhard Brunner <brunner@markt-hollbach.example>",
  "Stellenbesetzung Leitung des Bauhofs", """
Sehr geehrter Herr Weber,

der Marktgemeinderat des Marktes Hollbach hat sich in seiner nichtöffentlichen Sitzung am 21. März mit der Besetzung der Stelle Leitung des Bauhofs befasst.

Bei der Abstimmung ist die Wahl nicht auf Sie gefallen. Wir bedanken uns für Ihre Bewerbung und für Ihre Vorstellung im Rathaus.

Mit freundlichen Grüßen
Gerhard Brunner
Erster Bürgermeister
Markt Hollbach
""", fmt="latin1-8bit", company="Markt Hollbach", role="Leitung des Bauhofs",
  cn="Gerhard Brunner", ce="brunner@markt-hollbach.example")

R("de", "rejection:ats-recruiter-phone-screen", "lena",
  "Greta Lindqvist <notifications@rekrutio.example>",
  "Ihre Bewerbung bei Ostwerk Robotics", """
Hallo Frau Hoffmann,

danke für das nette Telefonat letzte Woche zur Rolle als Produktmanagerin Robotics Software.

Wir haben uns im Hiring-Team abgestimmt und werden den Prozess mit Ihnen nicht fortsetzen. Für diese Rolle benötigen wir mehr Erfahrung mit industriellen Steuerungen, als Ihr bisheriger Werdegang mitbringt.

Ich wünsche Ihnen viel Erfolg für Ihre weitere Suche.

Viele Grüße
Greta Lindqvist
Talent Acquisition | Ostwerk Robotics
greta.lindqvist@ostwerk.example

--
Gesendet mit Rekrutio · Datenschutz: https://rekrutio.example/privacy
""", fmt="alt", company="Ostwerk Robotics", role="Produktmanagerin Robotics Software",
  cn="Greta Lindqvist", ce="greta.lindqvist@ostwerk.example",
  reply_to="Greta Lindqvist <greta.lindqvist@ostwerk.example>")

R("de", "rejection:video-interview", "aylin",
  "Karriere bei Lumen Versand <jobs@lumen-versand.example>",
  "Ihre Bewerbung – Teamleitung Kundenservice", """
Hallo Frau Demir,

herzlichen Dank für Ihr Video-Interview über unsere Bewerbungsplattform für die Stelle Teamleitung Kundenservice.

In der ersten Runde haben sich sehr viele Menschen mit starken Profilen vorgestellt. Sie gehören leider nicht zu den Kandidatinnen und Kandidaten, die wir zur zweiten Runde an unseren Standort in Erfurt einladen.

Wir würden uns freuen, wenn Sie Lumen Versand weiterhin verbunden bleiben: https://www.lumen-versand.example/jobs

Ihr Recruiting-Team von Lumen Versand
""", fmt="html", company="Lumen Versand", role="Teamleitung Kundenservice",
  url="https://www.lumen-versand.example/jobs")

R("de", "rejection:posting-cancelled", "jonas",
  "Oliver Stenzel <oliver.stenzel@brightfield-saas.example>",
  "Update zur Position Frontend Engineer", """
Hallo Herr Weber,

ich muss Ihnen leider eine Nachricht überbringen, die nichts mit Ihnen persönlich zu tun hat: Aufgrund einer Umstrukturierung unseres Produktbereichs wird die Stelle Frontend Engineer (React) in diesem Jahr nicht besetzt. Das Auswahlverfahren ist damit für alle Bewerbenden beendet.

Es tut mir leid, dass Sie sich umsonst die Mühe mit der Probeaufgabe gemacht haben. Sollte die Stelle neu ausgeschrieben werden, melde ich mich bei Ihnen.

Beste Grüße
Oliver Stenzel
Head of Engineering, Brightfield
""", company="Brightfield", role="Frontend Engineer (React)",
  cn="Oliver Stenzel", ce="oliver.stenzel@brightfield-saas.example")

R("de", "rejection:requirement-not-met", "lena",
  "Annette Wiegand <a.wiegand@haus-sonnenhang.example>",
  "Ihre Bewerbung als Einrichtungsleitung", """
Sehr geehrte Frau Hoffmann,

wir haben uns sehr über Ihre Bewerbung als Einrichtungsleitung für unser Seniorenzentrum Haus Sonnenhang gefreut.

Für diese Aufgabe suchen wir jemanden, der bereits eine Einrichtung vergleichbarer Größe mit mehr als 60 Mitarbeitenden geführt hat. Diese Voraussetzung erfüllen Sie nach Ihren Unterlagen noch nicht, weshalb wir Ihre Bewerbung nicht in die engere Wahl nehmen.

Wir wünschen Ihnen auf Ihrem weiteren Weg alles Gute.

Mit freundlichen Grüßen
Annette Wiegand
Geschäftsführerin
Diakonisches Werk Sonnenhang e.V.
""", fmt="qp", company="Diakonisches Werk Sonnenhang", role="Einrichtungsleitung",
  cn="Annette Wiegand", ce="a.wiegand@haus-sonnenhang.example")

R("de", "rejection:two-lines-du", "aylin",
  "Ben Krüger <ben@kaffeerad.example>",
  "Barista-Job", """
Hi Aylin, ich muss dir für den Barista-Job leider absagen, wir haben schon jemanden gefunden. Danke trotzdem fürs Vorbeikommen!
Ben / Kaffeerad
""", company="Kaffeerad", role="Barista",
  cn="Ben Krüger", ce="ben@kaffeerad.example")

R("de", "rejection:interview-close-call", "jonas",
  "Claudia Neumeier <claudia.neumeier@alpenbahn-tourismus.example>",
  "Ihre Bewerbung: Marketing Manager Destination", """
Servus Herr Weber,

vielen Dank für das persönliche Kennenlernen in Garmisch und die Einblicke in Ihre Kampagnen für die Seenregion.

Wir haben es uns nicht leicht gemacht: Die Entscheidung ist am Ende knapp zugunsten eines Mitbewerbers ausgefallen, der die Region und unsere Partnerbetriebe bereits seit Jahren kennt.

Ich hoffe, wir laufen uns in der Branche bald wieder über den Weg.

Herzliche Grüße
Claudia Neumeier
Leitung Marketing, Alpenbahn Tourismus GmbH
""", fmt="alt", company="Alpenbahn Tourismus GmbH", role="Marketing Manager Destination",
  cn="Claudia Neumeier", ce="claudia.neumeier@alpenbahn-tourismus.example")

R("de", "rejection:ats-status-only", "lena",
  "Bewerberportal Helvion Pharma <portal@helvion-pharma.example>",
  "Ihr Bewerbungsstatus hat sich geändert", """
Guten Tag Lena Hoffmann,

der Status Ihrer Bewerbung wurde aktualisiert.

Stelle: Laborant/in Qualitätskontrolle (Ref. HP-4471)
Neuer Status: Abgelehnt

Weitere Details finden Sie in Ihrem Kandidatenkonto: https://portal.helvion-pharma.example/login?redirect=status

Diese Nachricht wurde automatisch erstellt.
""", fmt="html", company="Helvion Pharma", role="Laborant/in Qualitätskontrolle")

R("de", "rejection:talent-pool", "aylin",
  "Jessica Marx <jessica.marx@vantis-bau.example>",
  "Vielen Dank für Ihre Bewerbung als Bauleiter Hochbau", """
Sehr geehrte Frau Demir,

wir danken Ihnen für Ihre Bewerbung als Bauleiter Hochbau (m/w/d) an unserem Standort Dortmund.

Für die aktuell ausgeschriebene Stelle kommen Sie nach unserer Einschätzung nicht in Betracht. Ihr Profil hat uns dennoch angesprochen, und wir würden Ihre Unterlagen mit Ihrer Zustimmung gern zwölf Monate in unserem Talentpool speichern. Bestätigen Sie dies einfach über den folgenden Link: https://karriere.vantis-bau.example/talentpool/zustimmung?id=a81c

Unsere offenen Stellen: https://karriere.vantis-bau.example/

Mit freundlichen Grüßen
Jessica Marx
Recruiting, Vantis Bau GmbH
""", fmt="alt", company="Vantis Bau GmbH", role="Bauleiter Hochbau (m/w/d)",
  cn="Jessica Marx", ce="jessica.marx@vantis-bau.example",
  url="https://karriere.vantis-bau.example/")

R("de", "rejection:blunt-law-office", "jonas",
  "Kanzlei Dr. Ostermann <sekretariat@ostermann-recht.example>",
  "Ihre Bewerbung als Rechtsanwaltsfachangestellter", """
Sehr geehrter Herr Weber,

Ihre Bewerbung als Rechtsanwaltsfachangestellter haben wir erhalten und geprüft. Offen gesagt haben uns Ihre Unterlagen für diese Tätigkeit nicht überzeugt; insbesondere fehlen uns Kenntnisse im Fristenwesen und im beA. Wir sehen daher von einer Einladung zum Gespräch ab.

Da uns Ihre Unterlagen nur digital vorliegen, werden wir sie nach Abschluss des Verfahrens löschen.

Mit freundlichen Grüßen
i. A. Sandra Pohl
Kanzlei Dr. Ostermann
""", company="Kanzlei Dr. Ostermann", role="Rechtsanwaltsfachangestellter",
  cn="Sandra Pohl", ce="sekretariat@ostermann-recht.example")

R("de", "rejection:retail-late-answer", "lena",
  "Nadine Vogt <nadine.vogt@frischemarkt-berger.example>",
  "Rückmeldung Filialleitung Paderborn", """
Hallo Frau Hoffmann,

entschuldigen Sie bitte, dass Sie so lange auf eine Antwort warten mussten.

Nach Rücksprache mit unserer Vertriebsleitung sehen wir zwischen Ihrem Profil und den Anforderungen an die Filialleitung in Paderborn keine ausreichende Übereinstimmung. Deshalb endet das Verfahren für Sie an dieser Stelle.

Viele Grüße
Nadine Vogt
Personalentwicklung Frischemarkt Berger
""", fmt="qp", company="Frischemarkt Berger", role="Filialleitung",
  cn="Nadine Vogt", ce="nadine.vogt@frischemarkt-berger.example")

R("de", "rejection:reply-already-filled", "jonas",
  "Autohaus Keller <info@autohaus-keller.example>",
  "AW: Bewerbung Kfz-Mechatroniker", """
Hallo Herr Weber,
danke für Ihre Mail. Die Stelle als Kfz-Mechatroniker ist bereits vergeben.
Gruß
R. Keller

-----Ursprüngliche Nachricht-----
Von: Jonas Weber <jonas.weber@mailbox.example>
Gesendet: Montag, 8. April 2024 07:52
An: info@autohaus-keller.example
Betreff: Bewerbung Kfz-Mechatroniker

Sehr geehrte Damen und Herren,

auf Ihrer Website habe ich gesehen, dass Sie einen Kfz-Mechatroniker suchen. Meine Unterlagen finden Sie im Anhang. Über eine Rückmeldung würde ich mich freuen.

Viele Grüße
Jonas Weber
""", company="Autohaus Keller", role="Kfz-Mechatroniker",
  cn="R. Keller", ce="info@autohaus-keller.example")

R("de", "rejection:long-corporate-news", "aylin",
  "Meridian Aerospace Careers <careers-de@meridian-aero.example>",
  "Meridian Aerospace – Ihre Bewerbung R-20931", """
Liebe Aylin Demir,

2024 ist für Meridian ein besonderes Jahr: Wir feiern 50 Jahre Flugzeugbau in Bremen, und unser neues Werk für Kabinenmodule in Stade geht in Betrieb. Damit verbunden sind über 300 neue Stellen – und entsprechend viele Bewerbungen.

Wir möchten, dass alle, die sich bei uns bewerben, zügig erfahren, woran sie sind. Deshalb schreiben wir Ihnen heute zu Ihrer Bewerbung als Prüfingenieurin Strukturmechanik (R-20931).

Ihre Bewerbung war in diesem Fall nicht erfolgreich. Andere Bewerbungen entsprachen dem Anforderungsprofil der Fachabteilung genauer.

Bleiben Sie neugierig – neue Ausschreibungen veröffentlichen wir laufend unter https://careers.meridian-aero.example/de

Herzliche Grüße
Talent Acquisition Deutschland
Meridian Aerospace
""", fmt="alt", company="Meridian Aerospace", role="Prüfingenieurin Strukturmechanik",
  url="https://careers.meridian-aero.example/de")

R("de", "rejection:federal-institute", "lena",
  "Referat Personalgewinnung <personalgewinnung@bikf.example>",
  "Ausschreibung 2024-017 - Technische/r Assistent/in Meereschemie", """
Sehr geehrte Frau Hoffmann,

zu Ihrer Bewerbung auf die Ausschreibung 2024-017 (Technische/r Assistent/in Meereschemie) muss ich Ihnen leider einen abschlägigen Bescheid erteilen. Nach Auswertung der Auswahlgespräche wurde einer Mitbewerberin der Vorzug gegeben.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Dr. Sven Möller
Bundesinstitut für Küstenforschung
Referat Z 1 - Personal
""", fmt="latin1", company="Bundesinstitut für Küstenforschung",
  role="Technische/r Assistent/in Meereschemie",
  cn="Sven Möller", ce="personalgewinnung@bikf.example")

R("de", "rejection:trial-day-kita", "aylin",
  "Kita Pusteblume – Leitung <leitung@kita-pusteblume.example>",
  "Deine Hospitation bei uns", """
Liebe Aylin,

schön, dass du am Donnerstag einen Tag in der Igelgruppe mitgemacht hast. Die Kinder reden immer noch von deinem Fingerspiel!

Nach dem Hospitationstag haben wir im Team ausführlich gesprochen. Wir können dir die Stelle als Erzieherin trotzdem nicht anbieten, weil wir für die Krippe dringend jemanden mit Erfahrung im U3-Bereich brauchen.

Ich wünsche dir von Herzen alles Gute und bin sicher, dass du bald eine Kita findest, die zu dir passt.

Herzliche Grüße
Doris Lange
Kita-Leitung
""", company="Kita Pusteblume", role="Erzieherin",
  cn="Doris Lange", ce="leitung@kita-pusteblume.example")

R("de", "rejection:consulting-online-case", "jonas",
  "Talent Team Quantis Consulting <talent@quantis-consulting.example>",
  "Your application | Quantis Consulting – Junior Consultant Digital Strategy", """
Lieber Jonas,

vielen Dank für deine Bewerbung als Junior Consultant Digital Strategy und die Bearbeitung unseres Online-Case.

Diesmal bist du leider nicht in die engere Auswahl gekommen. Bei über 400 Bewerbungen für unser Herbst-Onboarding mussten wir sehr strenge Maßstäbe anlegen, und der Case hat den Ausschlag gegeben.

Du kannst dich frühestens in zwölf Monaten erneut bei uns bewerben. Wir würden uns freuen!

Cheers
Dein Talent Team
Quantis Consulting
""", fmt="alt", company="Quantis Consulting", role="Junior Consultant Digital Strategy")

R("de", "rejection:ngo", "lena",
  "Hilfswerk Brückenbau e.V. <jobs@brueckenbau-hilfswerk.example>",
  "Projektkoordination Ostafrika", """
Liebe Frau Hoffmann,

haben Sie herzlichen Dank für Ihr Engagement und Ihre ausführliche Bewerbung für die Projektkoordination Ostafrika.

Für die weiteren Schritte haben wir andere Bewerberinnen und Bewerber ausgewählt; den Ausschlag gaben Swahili-Kenntnisse und Felderfahrung in der Region.

Vielleicht interessiert Sie unser Ehrenamtsprogramm in Deutschland? Informationen dazu finden Sie auf unserer Website.

Mit herzlichen Grüßen
Tobias Wendland
Personalreferent
Hilfswerk Brückenbau e.V.
""", fmt="qp", company="Hilfswerk Brückenbau", role="Projektkoordination Ostafrika",
  cn="Tobias Wendland", ce="jobs@brueckenbau-hilfswerk.example")

R("de", "rejection:studio-casual-html", "jonas",
  "Pia Sommer <pia@studio-kante.example>",
  "Unser Gespräch letzte Woche", """
Hallo Jonas,

ich hab's dir versprochen, also hier die ehrliche Rückmeldung zur Stelle als Motion Designer: Mit uns beiden wird das diesmal leider nichts. Wir brauchen jemanden, der ab sofort eigenständig Kundenpitches übernimmt, und dafür bist du im Moment noch einen Schritt zu früh dran.

Deine Motion-Arbeiten fand ich richtig gut. Halt mich auf dem Laufenden, wenn du was Neues machst!

Liebe Grüße
Pia
Studio Kante – Büro für Gestaltung
""", fmt="html", company="Studio Kante", role="Motion Designer",
  cn="Pia Sommer", ce="pia@studio-kante.example")

# ---------------------------------------------------------------------------
# German look-alikes (24)
# ---------------------------------------------------------------------------

L("de", "lookalike:received", "jonas",
  "Karriere Orbis Bank <no-reply@orbis-bank.example>",
  "Eingangsbestätigung: Ihre Bewerbung als IT-Security Analyst (m/w/d)", """
Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung als IT-Security Analyst (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen jede Bewerbung sorgfältig. Leider kann das in Zeiten hoher Nachfrage bis zu drei Wochen dauern. Sobald die Fachabteilung Ihre Unterlagen gesichtet hat, melden wir uns bei Ihnen.

Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Orbis Bank AG
""", fmt="alt", company="Orbis Bank AG", role="IT-Security Analyst (m/w/d)")

L("de", "lookalike:interview-invite", "lena",
  "Simone Hartl <simone.hartl@gruenwerk-energie.example>",
  "Einladung zum Vorstellungsgespräch – Projektingenieurin Photovoltaik", """
Sehr geehrte Frau Hoffmann,

Ihre Bewerbung hat uns gefallen, und wir würden Sie gern persönlich kennenlernen. Passt Ihnen Dienstag, der 9. April, um 10:30 Uhr in unserem Büro in Freiburg? Alternativ bieten wir Ihnen ein Gespräch per Video an.

Bitte geben Sie mir bis Freitag kurz Bescheid. Falls Sie den Termin absagen müssen, ist das kein Problem – dann finden wir einen anderen.

Freundliche Grüße
Simone Hartl
HR Business Partner, Grünwerk Energie GmbH
""", company="Grünwerk Energie GmbH", role="Projektingenieurin Photovoltaik",
  cn="Simone Hartl", ce="simone.hartl@gruenwerk-energie.example")

L("de", "lookalike:assessment-invite", "aylin",
  "Recruiting Alvara Versicherung <assessment@alvara.example>",
  "Ihr nächster Schritt: Online-Assessment", """
Guten Tag Frau Demir,

wir freuen uns, Sie zum nächsten Schritt im Auswahlprozess für das Traineeprogramm IT einzuladen: einem Online-Assessment mit Aufgaben zu logischem Denken, Zahlenverständnis und Englisch.

Bitte absolvieren Sie den Test bis zum 18. April über folgenden persönlichen Link: https://assess.alvara.example/start?token=7d2e91

Leider können wir die Frist nicht verlängern. Planen Sie etwa 45 Minuten ungestörte Zeit ein.

Viel Erfolg!
Ihr Recruiting-Team der Alvara Versicherung
""", fmt="html", company="Alvara Versicherung", role="Traineeprogramm IT")

L("de", "lookalike:offer", "jonas",
  "Markus Thiel <markus.thiel@lichtblick-software.example>",
  "Unser Angebot für dich", """
Hi Jonas,

ich freue mich riesig: Wir möchten dich als Platform Engineer in unser Team holen! Im Anhang findest du den Vertragsentwurf mit den besprochenen Konditionen (78.000 € brutto im Jahr, 30 Urlaubstage, Start am 1. Juni).

Schau ihn dir in Ruhe an und melde dich bei Fragen jederzeit. Wir würden uns über deine Zusage bis Ende nächster Woche freuen.

Viele Grüße
Markus
CTO, Lichtblick Software
""", fmt="qp", company="Lichtblick Software", role="Platform Engineer",
  cn="Markus Thiel", ce="markus.thiel@lichtblick-software.example")

L("de", "lookalike:missing-documents", "lena",
  "Personalstelle Stadt Wernau <personal@stadt-wernau.example>",
  "Ihre Bewerbung – fehlende Unterlagen", """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Verwaltungsfachangestellte im Bürgerbüro.

Leider sind Ihre Unterlagen noch nicht vollständig: Es fehlen das Abschlusszeugnis der Ausbildung sowie Ihr letztes Arbeitszeugnis. Ohne diese Nachweise können wir Ihre Bewerbung im Auswahlverfahren nicht berücksichtigen.

Bitte reichen Sie die Dokumente bis zum 30. April nach, gern per E-Mail an diese Adresse.

Mit freundlichen Grüßen
Im Auftrag
Ingrid Maurer
""", company="Stadt Wernau", role="Verwaltungsfachangestellte",
  cn="Ingrid Maurer", ce="personal@stadt-wernau.example")

L("de", "lookalike:reschedule", "aylin",
  "Jan Petersen <jan.petersen@moewe-medien.example>",
  "Leider müssen wir unser Gespräch verschieben", """
Hallo Frau Demir,

leider muss ich unser Gespräch am Donnerstag kurzfristig absagen – unsere Chefredakteurin ist erkrankt, und ohne sie möchten wir das Zweitgespräch nicht führen.

Wäre Ihnen der kommende Montag um 14 Uhr recht? Ich entschuldige mich für die Umstände.

Beste Grüße
Jan Petersen
Möwe Medien
""", company="Möwe Medien", cn="Jan Petersen", ce="jan.petersen@moewe-medien.example")

L("de", "lookalike:owner-is-interviewer", "lena",
  "Stefan Roth <stefan.roth@kontor21.example>",
  "Kandidat Backend – Entscheidung", """
Hi Lena,

kurzes Update zu den Interviews von gestern: Wir haben Herrn Schulze abgesagt. Fachlich war er okay, aber im Pairing hat es nicht gepasst. Die Absage ist heute früh über das Bewerbersystem rausgegangen.

Frau Nowak laden wir zum Zweitgespräch ein. Kannst du am Mittwoch dabei sein?

Danke dir fürs Mitmachen bei den Interviews!
Stefan
""", company="Kontor 21", cn="Stefan Roth", ce="stefan.roth@kontor21.example")

L("de", "lookalike:friend-own-rejection", "jonas",
  "Caro Lehmann <caro.lehmann@gmx.example>",
  "na toll", """
Hey Jonas,

ich hab heute die Absage von der Agentur in Köln bekommen. „Wir haben uns für eine andere Kandidatin entschieden“ – nach drei Runden! Ich bin echt bedient.

Hast du Lust, am Freitag ein Bier trinken zu gehen? Ich brauch Ablenkung. Und wie läuft's eigentlich bei dir mit der Bewerbung bei den Stadtwerken?

Caro
""", cn="Caro Lehmann", ce="caro.lehmann@gmx.example")

L("de", "lookalike:housing", "aylin",
  "Hausverwaltung Brandl <vermietung@hv-brandl.example>",
  "Ihre Anfrage zur Wohnung Lindenstraße 14, 2. OG", """
Sehr geehrte Frau Demir,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenstraße 14 und für Ihre Teilnahme an der Besichtigung.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben. Ihre Selbstauskunft haben wir datenschutzgerecht gelöscht.

Gern informieren wir Sie über künftige Angebote.

Mit freundlichen Grüßen
Melanie Brandl
Hausverwaltung Brandl
""", fmt="alt", cn="Melanie Brandl", ce="vermietung@hv-brandl.example")

L("de", "lookalike:loan", "jonas",
  "Kreditservice Nordsparkasse <kredit@nordsparkasse.example>",
  "Ihr Antrag auf einen Ratenkredit", """
Sehr geehrter Herr Weber,

wir haben Ihren Antrag auf einen Ratenkredit über 15.000 Euro geprüft. Nach Auswertung Ihrer Einkommensnachweise und der Auskunft der Schufa können wir den Kredit in der beantragten Höhe leider nicht bewilligen.

Gern beraten wir Sie zu einer geringeren Kreditsumme oder einer längeren Laufzeit. Vereinbaren Sie dazu einen Termin in Ihrer Filiale.

Mit freundlichen Grüßen
Ihre Nordsparkasse
""", fmt="latin1")

L("de", "lookalike:paper", "aylin",
  "Programmkomitee KI-Tagung 2024 <chairs@kitagung2024.example>",
  "Entscheidung zu Ihrem Beitrag #117", """
Liebe Autorinnen und Autoren,

wir bedauern, Ihnen mitteilen zu müssen, dass Ihr Beitrag „Robuste Entitätserkennung in Verwaltungsdokumenten“ nicht für das Hauptprogramm der KI-Tagung 2024 angenommen wurde. In diesem Jahr wurden 412 Beiträge eingereicht, von denen wir 96 annehmen konnten.

Die Gutachten finden Sie im Einreichungssystem. Wir laden Sie herzlich ein, Ihre Arbeit im Posterformat beim Workshop „Praxisnahe NLP“ einzureichen.

Mit freundlichen Grüßen
Die Vorsitzenden des Programmkomitees
""")

L("de", "lookalike:grant", "lena",
  "Stiftung Lichtenberg <auswahl@stiftung-lichtenberg.example>",
  "Ergebnis Ihrer Bewerbung um ein Promotionsstipendium", """
Sehr geehrte Frau Hoffmann,

der Auswahlausschuss der Stiftung Lichtenberg hat in seiner Frühjahrssitzung über 180 Anträge auf ein Promotionsstipendium beraten. Wir bedauern sehr, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte.

Diese Entscheidung ist keine Bewertung Ihrer wissenschaftlichen Qualifikation; die Zahl der Stipendien ist schlicht begrenzt.

Mit freundlichen Grüßen
Dr. Ursula Brenner
Geschäftsstelle
""", fmt="alt", cn="Ursula Brenner", ce="auswahl@stiftung-lichtenberg.example")

L("de", "lookalike:visa", "aylin",
  "Botschaft der Republik Kandora - Visastelle <visa@kandora-botschaft.example>",
  "Entscheidung über Ihren Visumantrag Nr. KD-2024-55810", """
Sehr geehrte Frau Demir,

Ihr Antrag auf Erteilung eines Geschäftsvisums wurde geprüft. Wir bedauern, Ihnen mitteilen zu müssen, dass das Visum nicht erteilt werden kann, da Zweck und Bedingungen des geplanten Aufenthalts nicht ausreichend begründet wurden.

Sie können innerhalb eines Monats schriftlich Remonstration einlegen. Ihr Reisepass liegt zur Abholung bereit.

Konsularabteilung
Botschaft der Republik Kandora
""", fmt="latin1-8bit")

L("de", "lookalike:tickets", "jonas",
  "Sandufer Festival <tickets@sandufer-festival.example>",
  "Ticketverlosung: Diesmal leider kein Glück", """
Hey Jonas,

die Losfee hat gesprochen – und diesmal war dein Name leider nicht dabei. Für die 2.000 Tickets der zweiten Verkaufsphase hatten sich über 38.000 Leute registriert.

Nicht traurig sein: Am 3. Mai startet der offizielle Ticket-Tausch, bei dem du Karten zum Originalpreis kaufen kannst.

Bis bald am Strand!
Dein Sandufer-Team

Abmelden: https://sandufer-festival.example/newsletter/abmelden?u=jw77
""", fmt="html")

L("de", "lookalike:newsletter", "lena",
  "Karriere-Kompass <newsletter@karriere-kompass.example>",
  "Absage bekommen? So machen Sie weiter", """
Karriere-Kompass – Ihr Newsletter für die Jobsuche | Ausgabe 14/2024

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz trifft Bewerbende so sehr. Dabei ist eine Absage selten ein Urteil über Ihre Person. In dieser Ausgabe:

1. Warum Unternehmen so selten begründen, weshalb sie sich für jemand anderen entschieden haben
2. Drei Fragen, die Sie nach einem abgelehnten Vorstellungsgespräch stellen dürfen
3. Wie Sie nach der fünften Absage motiviert bleiben

Zum Artikel: https://karriere-kompass.example/magazin/absage-umgang?utm_source=newsletter

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example angemeldet haben. Abmelden: https://karriere-kompass.example/abmelden?id=lh-3391
""", fmt="alt")

L("de", "lookalike:candidate-declines-owner-offer", "lena",
  "Paul Schuster <paul.schuster@mail.example>",
  "Re: Angebot Junior Controller", """
Sehr geehrte Frau Hoffmann,

vielen Dank für das Angebot und das Vertrauen, das Sie und Ihr Team mir entgegenbringen.

Nach langer Überlegung habe ich mich leider entschieden, das Angebot nicht anzunehmen. Ich habe eine Zusage von einem Unternehmen in meiner Heimatstadt erhalten, und das hat für meine Familie den Ausschlag gegeben.

Ich hoffe, Sie finden schnell eine passende Besetzung für die Stelle.

Mit freundlichen Grüßen
Paul Schuster
""", role="Junior Controller", cn="Paul Schuster", ce="paul.schuster@mail.example")

L("de", "lookalike:owner-withdrew", "jonas",
  "Bewerbermanagement Weidmann Gruppe <bewerbung@weidmann-gruppe.example>",
  "Bestätigung: Rückzug Ihrer Bewerbung", """
Sehr geehrter Herr Weber,

wie gewünscht haben wir Ihre Bewerbung als Vertriebsingenieur (m/w/d) zurückgezogen. Das Auswahlverfahren ist damit für Sie abgeschlossen, und Ihre Daten werden innerhalb von 30 Tagen gelöscht.

Wir bedauern Ihre Entscheidung, respektieren sie aber selbstverständlich und wünschen Ihnen für Ihre neue Aufgabe viel Erfolg.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Weidmann Gruppe
""", company="Weidmann Gruppe", role="Vertriebsingenieur (m/w/d)")

L("de", "lookalike:school-admission", "aylin",
  "Hochschule Elbtal – Studierendenservice <zulassung@hs-elbtal.example>",
  "Zulassungsbescheid Master Data Science – Wintersemester", """
Sehr geehrte Frau Demir,

vielen Dank für Ihre Bewerbung um einen Studienplatz im Masterstudiengang Data Science zum Wintersemester 2024/25.

Leider können wir Ihnen keinen Studienplatz anbieten. Mit einer Gesamtnote von 2,4 lagen Sie unterhalb der Auswahlgrenze von 1,9 im Hauptverfahren. Sie stehen auf Rangplatz 73 der Nachrückliste; sollten Plätze frei werden, benachrichtigen wir Sie automatisch.

Den vollständigen Bescheid finden Sie in Ihrem Bewerbungsportal.

Mit freundlichen Grüßen
Ihr Studierendenservice
""", fmt="qp")

L("de", "lookalike:job-alert", "jonas",
  "StepStone Jobagent <jobagent@stepstone.example>",
  "12 neue Jobs für „Elektroniker“ in Ihrer Nähe", """
Hallo Jonas Weber,

Ihr Jobagent hat neue Stellenangebote gefunden:

• Elektroniker für Energie- und Gebäudetechnik (m/w/d) – Haustechnik Albers, Kassel
• Servicetechniker Elektro (m/w/d) – Voltline Service GmbH, Göttingen
• Elektroniker Instandhaltung (m/w/d) – Kranich Elektrotechnik GmbH, Baunatal

Alle 12 Jobs ansehen: https://www.stepstone.example/jobagent/results?id=5521

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example/jobagent/settings?id=5521
""", fmt="html")

L("de", "lookalike:next-round", "lena",
  "Katja Beyer <katja.beyer@solmar-hotels.example>",
  "Gute Nachrichten zu Ihrer Bewerbung", """
Liebe Frau Hoffmann,

vielen Dank für das angenehme Erstgespräch zur Stelle als Front Office Managerin. Ich darf Ihnen mitteilen, dass Sie eine Runde weiter sind! Leider konnten wir nicht alle Kandidatinnen und Kandidaten berücksichtigen – umso mehr freuen wir uns, Sie zum zweiten Gespräch mit unserem Regionaldirektor einzuladen.

Den Termin stimmen wir in den nächsten Tagen mit Ihnen ab.

Herzliche Grüße
Katja Beyer
Personalleitung Solmar Hotels
""", fmt="alt", company="Solmar Hotels", role="Front Office Managerin",
  cn="Katja Beyer", ce="katja.beyer@solmar-hotels.example")

L("de", "lookalike:recruiter-outreach", "aylin",
  "Nina Falk via XING <mailrelay@xing.example>",
  "Nina Falk möchte sich mit Ihnen vernetzen", """
Nina Falk (Recruiterin bei Helix Personal) schreibt:

„Hallo Frau Demir, Ihr Profil ist mir bei der Suche nach einer Teamleitung Controlling für einen Kunden in Münster aufgefallen. Die Stelle ist leider nicht remote möglich, aber das Paket ist attraktiv. Hätten Sie Lust auf ein kurzes Telefonat?“

Anfrage annehmen: https://www.xing.example/contacts/requests/88312
""", role="Teamleitung Controlling", cn="Nina Falk")

L("de", "lookalike:childcare-place", "jonas",
  "Kita-Portal Stadt Wernau <kitaportal@stadt-wernau.example>",
  "Ihre Vormerkung für einen Betreuungsplatz", """
Sehr geehrter Herr Weber,

für Ihr Kind Mila Weber konnte im Vergabeverfahren zum 1. August leider kein Betreuungsplatz in den gewünschten Einrichtungen (Kita Pusteblume, Kita Sonnenstrahl) vergeben werden.

Ihre Vormerkung bleibt bestehen und wird bei frei werdenden Plätzen automatisch berücksichtigt. Außerdem können Sie Ihren Rechtsanspruch auf einen Betreuungsplatz beim Jugendamt geltend machen.

Mit freundlichen Grüßen
Ihre Stadtverwaltung Wernau – Kita-Portal
""", fmt="qp")

L("de", "lookalike:trial-day-arranged", "aylin",
  "Restaurant Feldhase <service@feldhase-restaurant.example>",
  "Probetag am Freitag", """
Hallo Aylin,

super, dass das mit dem Probetag klappt! Komm am Freitag um 16 Uhr zum Hintereingang, schwarze Hose und bequeme Schuhe reichen, eine Schürze bekommst du von uns.

Leider können wir den Probetag nicht bezahlen, aber Essen ist natürlich drin. Wenn dir was dazwischenkommt, sag bitte kurz ab.

Bis Freitag!
Tom
Restaurant Feldhase
""", company="Restaurant Feldhase", cn="Tom", ce="service@feldhase-restaurant.example")

L("de", "lookalike:saved-job-expired", "lena",
  "Jobwelt24 <service@jobwelt24.example>",
  "Eine gemerkte Stelle ist nicht mehr verfügbar", """
Hallo Lena,

die folgende Stelle auf deiner Merkliste wurde vom Arbeitgeber deaktiviert und ist nicht mehr verfügbar:

Sachbearbeiterin Lohnbuchhaltung (m/w/d) – Hollmann Spedition, Bielefeld

Du hattest dich auf diese Stelle noch nicht beworben. Ähnliche Angebote findest du hier: https://www.jobwelt24.example/suche?q=Lohnbuchhaltung&ort=Bielefeld

Dein Jobwelt24-Team
Einstellungen: https://www.jobwelt24.example/konto/benachrichtigungen
""", fmt="html", company="Hollmann Spedition", role="Sachbearbeiterin Lohnbuchhaltung (m/w/d)")

# ---------------------------------------------------------------------------
# Dutch rejections (30)
# ---------------------------------------------------------------------------

R("nl", "rejection:municipality", "sanne",
  "Team Werving en Selectie Gemeente Zuiderveen <vacatures@zuiderveen.example>",
  "Uw sollicitatie naar de functie beleidsadviseur duurzaamheid (vacaturenummer 2024-112)", """
Geachte mevrouw De Vries,

Hartelijk dank voor uw sollicitatie naar de functie van beleidsadviseur duurzaamheid bij de gemeente Zuiderveen.

De selectiecommissie heeft alle brieven zorgvuldig beoordeeld. Wij moeten u helaas berichten dat u niet behoort tot de kandidaten die worden uitgenodigd voor een eerste gesprek. Andere kandidaten sloten beter aan op het gevraagde profiel, met name wat betreft ervaring met de Omgevingswet.

Wij wensen u veel succes met uw verdere loopbaan.

Met vriendelijke groet,

namens de selectiecommissie,
Marieke Dijkstra
HR-adviseur
""", company="Gemeente Zuiderveen", role="beleidsadviseur duurzaamheid",
  cn="Marieke Dijkstra", ce="vacatures@zuiderveen.example")

R("nl", "rejection:interview-casual-short", "thijs",
  "Ruben Mulder <ruben@fietsfabriek.example>",
  "Even terugkoppelen", """
Hoi Thijs, dank je voor het leuke gesprek van maandag! We gaan niet verder met jouw sollicitatie voor de rol van sales lead; we hebben iemand gekozen met meer ervaring in B2B-leasing. Succes!
Ruben – De Fietsfabriek
""", company="De Fietsfabriek", role="sales lead",
  cn="Ruben Mulder", ce="ruben@fietsfabriek.example")

R("nl", "rejection:interview", "noor",
  "Eline Smit <eline.smit@havenbedrijf-noord.example>",
  "Terugkoppeling sollicitatiegesprek Data Engineer", """
Beste Noor,

Bedankt voor je tijd en enthousiasme tijdens ons gesprek van afgelopen donderdag. We vonden het prettig om je beter te leren kennen.

Na afloop hebben we alle gesprekken naast elkaar gelegd. Uiteindelijk hebben we voor de functie van Data Engineer gekozen voor een kandidaat die beter aansluit bij onze huidige datastack en het werken met streaming-data. Dat was geen makkelijke keuze.

Wil je feedback, dan bel ik je graag even. Mijn nummer staat hieronder.

Met vriendelijke groet,
Eline Smit
Recruiter | Havenbedrijf Noord
06 - 1234 5678
""", fmt="alt", company="Havenbedrijf Noord", role="Data Engineer",
  cn="Eline Smit", ce="eline.smit@havenbedrijf-noord.example")

R("nl", "rejection:ats-noreply", "sanne",
  "Vandermeer Careers <no-reply@werkenbij-vandermeer.example>",
  "Update over je sollicitatie bij Vandermeer", """
Hoi Sanne,

Bedankt voor je sollicitatie als Assistent Storemanager in onze winkel in Utrecht Hoog Catharijne.

We hebben je cv en motivatie met veel aandacht gelezen. Op dit moment sluit jouw profiel niet aan bij wat we voor deze functie zoeken, en daarom nemen we je sollicitatie niet verder in behandeling.

Blijf vooral kijken op https://www.werkenbij-vandermeer.example/vacatures – er komen elke week nieuwe vacatures bij.

Groet,
Team Recruitment Vandermeer

Je ontvangt deze e-mail omdat je hebt gesolliciteerd via ons sollicitatiesysteem. Uitschrijven: https://mailing.werkenbij-vandermeer.example/unsub?cid=55a1
""", fmt="alt", company="Vandermeer", role="Assistent Storemanager",
  url="https://www.werkenbij-vandermeer.example/vacatures")

R("nl", "rejection:hospital-requirements", "thijs",
  "P&O Ziekenhuis Rijnoever <werving@rijnoever-zkh.example>",
  "Uw sollicitatie IC-verpleegkundige", """
Geachte heer Bakker,

Wij hebben uw sollicitatie voor de functie van IC-verpleegkundige in goede orde ontvangen en met belangstelling gelezen.

Voor deze functie zijn een geldige BIG-registratie als verpleegkundige en een afgeronde IC-vervolgopleiding vereist. Omdat u op dit moment nog niet aan deze eisen voldoet, kunnen wij uw sollicitatie niet in behandeling nemen.

Wellicht is ons opleidingstraject iets voor u. Meer informatie vindt u op https://www.rijnoever-zkh.example/werken-bij/opleidingen

Met vriendelijke groet,
Afdeling P&O
Ziekenhuis Rijnoever
""", fmt="qp", company="Ziekenhuis Rijnoever", role="IC-verpleegkundige",
  url="https://www.rijnoever-zkh.example/werken-bij/opleidingen")

R("nl", "rejection:university", "noor",
  "Prof. dr. Joost van Leeuwen <j.vanleeuwen@uni-lageland.example>",
  "Promotieplaats Computationele Taalkunde", """
Beste Noor,

Nogmaals dank voor je presentatie en het gesprek met de commissie vorige week over de positie van PhD-kandidaat Computationele Taalkunde. We hebben je onderzoeksvoorstel over meertalige spraakherkenning met veel interesse besproken.

De commissie heeft besloten de promotieplaats aan te bieden aan een andere kandidaat, wiens voorstel nauwer aansluit bij het NWO-project waarbinnen de positie gefinancierd wordt. Ik realiseer me dat dit een teleurstelling is.

Ik wens je veel succes en laat het je graag weten als er binnen de vakgroep nieuwe posities vrijkomen.

Hartelijke groet,
Joost van Leeuwen
Hoogleraar Computationele Taalkunde
Universiteit van het Lageland
""", fmt="alt", company="Universiteit van het Lageland",
  role="PhD-kandidaat Computationele Taalkunde",
  cn="Joost van Leeuwen", ce="j.vanleeuwen@uni-lageland.example")

R("nl", "rejection:internal-fill", "thijs",
  "Karin Visser <k.visser@bouwgroep-hoekstra.example>",
  "Vacature werkvoorbereider", """
Beste Thijs,

Dank voor je reactie op onze vacature voor werkvoorbereider. Inmiddels hebben we de functie intern kunnen invullen, waardoor we je sollicitatie niet verder oppakken.

We bewaren je gegevens niet zonder je toestemming. Laat het gerust weten als we je cv een jaar mogen bewaren.

Groeten,
Karin Visser
HR, Bouwgroep Hoekstra
""", company="Bouwgroep Hoekstra", role="werkvoorbereider",
  cn="Karin Visser", ce="k.visser@bouwgroep-hoekstra.example")

R("nl", "rejection:ats-status-only", "sanne",
  "Sollicitatieportaal Medicor <noreply@medicor-portaal.example>",
  "Wijziging in de status van je sollicitatie", """
Beste Sanne de Vries,

De status van je sollicitatie is gewijzigd.

Vacature: Kwaliteitsmedewerker QA/RA (ref. MC-2291)
Status: Afgewezen

Log in op je kandidatenaccount voor meer informatie.

Dit bericht is automatisch verstuurd door Medicor.
""", fmt="html", company="Medicor", role="Kwaliteitsmedewerker QA/RA")

R("nl", "rejection:design-assignment-casual", "noor",
  "Lotte Kramer <lotte@studio-wolk.example>",
  "Re: ontwerpopdracht", """
Hey Noor!

Sorry dat het even duurde. We hebben je ontwerpopdracht met het hele team bekeken en het is helaas een nee geworden voor de plek als UX-designer. Je schetsen waren mooi, maar we zochten iemand die meer met design systems heeft gedaan.

Ik hoop echt dat je snel iets leuks vindt!

Liefs,
Lotte
Studio Wolk
""", company="Studio Wolk", role="UX-designer",
  cn="Lotte Kramer", ce="lotte@studio-wolk.example")

R("nl", "rejection:platform-nvb", "thijs",
  "Nationale Vacaturebank <noreply@nationalevacaturebank.example>",
  "Reactie van Transportbedrijf Van Dam op je sollicitatie", """
Hallo Thijs,

Transportbedrijf Van Dam heeft gereageerd op je sollicitatie voor de vacature Planner Internationaal Transport:

“Bedankt voor je interesse. Na het bekijken van je cv hebben we besloten je niet uit te nodigen voor een gesprek, omdat we iemand zoeken die vloeiend Duits spreekt. Met vriendelijke groet, Anouk de Boer”

Bekijk meer vacatures als planner in jouw regio: https://www.nationalevacaturebank.example/vacatures/planner?utm_campaign=reactie

Je ontvangt deze mail omdat je via Nationale Vacaturebank hebt gesolliciteerd. Afmelden: https://www.nationalevacaturebank.example/afmelden?u=tb901
""", fmt="alt", company="Transportbedrijf Van Dam", role="Planner Internationaal Transport",
  cn="Anouk de Boer")

R("nl", "rejection:platform-werkzoeken", "sanne",
  "Werkzoeken <berichten@werkzoeken.example>",
  "Nieuw bericht over je sollicitatie bij Bakkerij Van Os", """
Hoi Sanne,

Bakkerij Van Os heeft je sollicitatie voor Verkoopmedewerker bakkerij (20 uur) bekeken.

Helaas heeft de werkgever je sollicitatie afgewezen. Niet opgeven: er staan 48 nieuwe vacatures voor verkoopmedewerker in Amersfoort voor je klaar.

Vacatures bekijken: https://www.werkzoeken.example/vacatures/verkoop/amersfoort?ref=mail

Team Werkzoeken
""", fmt="html", company="Bakkerij Van Os", role="Verkoopmedewerker bakkerij (20 uur)")

R("nl", "rejection:platform-linkedin", "noor",
  "LinkedIn <jobs-noreply@linkedin.example>",
  "Je sollicitatie bij Corvus Payments", """
Hoi Noor,

Bedankt voor je interesse in de functie Backend Developer (Go) bij Corvus Payments in Amsterdam.

Corvus Payments heeft je sollicitatie bekeken en wil verder met andere kandidaten.

We weten dat dit niet het nieuws is waarop je hoopte. Bekijk vergelijkbare vacatures: https://www.linkedin.example/jobs/collections/similar?ref=corvus
""", fmt="alt", company="Corvus Payments", role="Backend Developer (Go)")

R("nl", "rejection:platform-indeed", "thijs",
  "Indeed <sollicitaties@indeed.example>",
  "Een update over je sollicitatie bij Groenrijk Hoveniers", """
Je sollicitatie: Hovenier (32-40 uur)
Groenrijk Hoveniers – Zwolle

Groenrijk Hoveniers heeft aangegeven dat je sollicitatie niet is geselecteerd.

Werkgevers sturen niet altijd zelf een bericht. We laten het je weten zodat je verder kunt met je zoektocht.

Soortgelijke vacatures: https://nl.indeed.example/vacatures?q=hovenier&l=Zwolle&from=appstatus
""", company="Groenrijk Hoveniers", role="Hovenier (32-40 uur)")

R("nl", "rejection:agency-client-declined", "sanne",
  "Sven Hendriks <sven.hendriks@flexwerk-uitzend.example>",
  "Je sollicitatie via Flexwerk – Administratief medewerker", """
Hoi Sanne,

Zoals beloofd laat ik je weten hoe het staat met de functie van administratief medewerker bij onze opdrachtgever Pieters Installatietechniek in Nieuwegein.

Ik heb je cv vorige week voorgesteld, maar de opdrachtgever heeft besloten je cv niet verder in behandeling te nemen. Zij geven de voorkeur aan iemand die al met Exact Online heeft gewerkt.

Ik houd je natuurlijk in beeld voor andere administratieve functies in de regio. Heb je vragen, bel me gerust.

Groetjes,
Sven Hendriks
Intercedent Flexwerk Uitzendbureau
""", company="Pieters Installatietechniek", role="administratief medewerker",
  cn="Sven Hendriks", ce="sven.hendriks@flexwerk-uitzend.example")

R("nl", "rejection:assessment", "noor",
  "Selectieteam Waterschap Lage Dijken <selectie@lagedijken.example>",
  "Uitslag assessment traineeship", """
Beste mevrouw El Amrani,

Op 11 april heeft u deelgenomen aan de assessmentdag voor het traineeship Waterbeheer. Dank voor uw inzet gedurende de dag.

De assessoren hebben uw resultaten op de capaciteitentest, de groepsopdracht en het rollenspel beoordeeld. Helaas bieden de uitkomsten onvoldoende basis om u door te laten gaan naar de laatste selectieronde.

U kunt binnen twee weken een toelichting op de resultaten aanvragen via dit e-mailadres.

Met vriendelijke groet,
Selectieteam Traineeship Waterbeheer
Waterschap Lage Dijken
""", fmt="html", company="Waterschap Lage Dijken", role="traineeship Waterbeheer")

R("nl", "rejection:trial-day", "thijs",
  "Jeroen Peters <jeroen@garage-peters.example>",
  "Meeloopdag", """
Hoi Thijs,

Bedankt dat je vrijdag een dag bent komen meedraaien in de werkplaats. Je pakte het goed op en de jongens vonden je een prettige collega.

Toch hebben we besloten het voor de functie van monteur niet met je aan te gaan. We hebben op dit moment echt iemand nodig die zelfstandig APK-keuringen kan doen, en daarvoor mis je nog het certificaat.

Als je dat binnenkort haalt, mag je altijd weer bellen.

Groet,
Jeroen Peters
Garage Peters
""", company="Garage Peters", role="monteur",
  cn="Jeroen Peters", ce="jeroen@garage-peters.example")

R("nl", "rejection:notary-formal", "sanne",
  "Annemarie Kok <a.kok@notariaat-kokmeijer.example>",
  "Sollicitatie kandidaat-notaris", """
Geachte mevrouw De Vries,

Graag dank ik u voor het prettige gesprek van dinsdag jongstleden en voor de tijd die u in uw sollicitatie hebt gestoken.

Na zorgvuldige afweging is de keuze niet op u gevallen. Wij hebben besloten de functie van kandidaat-notaris te vervullen met iemand die reeds ervaring heeft met ondernemingsrecht.

Ik wens u veel succes bij uw verdere zoektocht.

Met vriendelijke groet,

mr. Annemarie Kok
notaris
Notariaat Kok & Meijer
""", fmt="latin1", company="Notariaat Kok & Meijer", role="kandidaat-notaris",
  cn="Annemarie Kok", ce="a.kok@notariaat-kokmeijer.example")

R("nl", "rejection:final-round", "noor",
  "Michiel de Graaf <michiel.degraaf@oranjewoud-verzekeringen.example>",
  "Uw sollicitatie Actuarieel Analist", """
Beste mevrouw El Amrani,

Hartelijk dank voor de twee gesprekken en de case die u voor ons heeft uitgewerkt. Ik heb met plezier met u van gedachten gewisseld over modelvalidatie.

Na de laatste ronde hebben wij besloten u geen aanbod te doen voor de functie van Actuarieel Analist. De andere finalist had net iets meer ervaring met Solvency II-rapportages, en dat heeft uiteindelijk de doorslag gegeven.

Ik zou het waarderen als we in contact blijven, bijvoorbeeld via LinkedIn.

Met hartelijke groet,
Michiel de Graaf
Manager Actuariaat
Oranjewoud Verzekeringen
""", fmt="alt", company="Oranjewoud Verzekeringen", role="Actuarieel Analist",
  cn="Michiel de Graaf", ce="michiel.degraaf@oranjewoud-verzekeringen.example")

R("nl", "rejection:long-news-first", "thijs",
  "People Team Tulpia <people@tulpia.example>",
  "Nieuws van Tulpia – en over je sollicitatie", """
Hoi Thijs,

Wat een paar maanden! Sinds je solliciteerde hebben we onze Series B afgerond, zijn we verhuisd naar een nieuw kantoor aan het IJ en hebben we de app gelanceerd in België en Duitsland. We groeien hard, en dat merken we ook aan het aantal sollicitaties.

Jouw sollicitatie als Customer Success Manager hebben we met het hele team besproken. We waren onder de indruk van je ervaring in de zorg en je heldere manier van communiceren.

Toch hebben we de knoop doorgehakt, en helaas niet in jouw voordeel: we kiezen voor iemand die al klanten in de DACH-regio heeft begeleid.

We houden je graag op de hoogte van nieuwe rollen. Houd https://tulpia.example/careers in de gaten!

Groetjes,
Fleur Jansen
People Team Tulpia
""", fmt="alt", company="Tulpia", role="Customer Success Manager",
  cn="Fleur Jansen", ce="people@tulpia.example", url="https://tulpia.example/careers")

R("nl", "rejection:reply-two-lines", "sanne",
  "Wendy Smits <wendy@bloemerij-zonnig.example>",
  "Re: bijbaan zaterdag", """
Hoi Sanne, het is iemand anders geworden voor de zaterdagbaan, sorry! Bedankt voor je berichtje.
Wendy - Bloemerij Zonnig

Op 3 apr. 2024 om 10:12 schreef Sanne de Vries <sanne.devries@ziggo.example>:
> Hoi! Ik zag jullie briefje op de deur dat jullie iemand zoeken voor
> de zaterdagen. Ik heb vorig jaar bij een tuincentrum gewerkt en zou
> het heel leuk vinden. Groetjes, Sanne
""", company="Bloemerij Zonnig", role="zaterdagbaan",
  cn="Wendy Smits", ce="wendy@bloemerij-zonnig.example")

R("nl", "rejection:school-trial-lesson", "noor",
  "P. Verbeek <p.verbeek@lyceum-dehorst.example>",
  "Sollicitatie docent wiskunde", """
Geachte mevrouw El Amrani,

Namens de sollicitatiecommissie van Lyceum De Horst dank ik u voor uw komst en voor de proefles die u in 4 havo heeft gegeven.

Na afloop van de procedure hebben wij gemeend een andere kandidaat de voorkeur te geven. Deze kandidaat beschikt al over een eerstegraads bevoegdheid, wat voor de bovenbouwlessen noodzakelijk is.

Wij wensen u alle goeds en veel plezier in het onderwijs.

Met vriendelijke groet,
P. Verbeek
Teamleider bovenbouw
Lyceum De Horst
""", fmt="qp", company="Lyceum De Horst", role="docent wiskunde",
  cn="P. Verbeek", ce="p.verbeek@lyceum-dehorst.example")

R("nl", "rejection:video-interview", "sanne",
  "Young Talent @ Kestrel Bank <youngtalent@kestrelbank.example>",
  "Je video-interview voor het Kestrel Traineeship", """
Hi Sanne,

Dank je wel voor het opnemen van je video-interview voor het Kestrel Traineeship. We hebben alle video's inmiddels bekeken.

Je valt helaas af in deze ronde van de selectie. Met ruim 1.100 aanmeldingen voor 25 plekken moesten we lastige keuzes maken.

Volgend jaar kun je je opnieuw aanmelden. Alle info over onze programma's vind je op https://careers.kestrelbank.example/young-talent

Groetjes,
Het Young Talent Team van Kestrel Bank
""", fmt="html", company="Kestrel Bank", role="Kestrel Traineeship",
  url="https://careers.kestrelbank.example/young-talent")

R("nl", "rejection:corporate-formal", "thijs",
  "Talent Acquisition Dijkgraaf Chemie <talent@dijkgraafchemie.example>",
  "Dijkgraaf Chemie – uw sollicitatie (ref. 88410)", """
Geachte heer Bakker,

Dank voor uw interesse in de functie Procesoperator B (ploegendienst) op onze locatie Botlek.

Helaas moeten wij u meedelen dat uw sollicitatie deze keer niet succesvol is geweest. Wij hebben kandidaten geselecteerd met meer ervaring in de continue procesindustrie.

Wij stellen het op prijs als u ons blijft volgen via https://www.dijkgraafchemie.example/werkenbij.

Met vriendelijke groet,
Talent Acquisition
Dijkgraaf Chemie B.V.
""", fmt="alt", company="Dijkgraaf Chemie", role="Procesoperator B (ploegendienst)",
  url="https://www.dijkgraafchemie.example/werkenbij")

R("nl", "rejection:posting-cancelled", "noor",
  "Hanneke Bos <hanneke.bos@sk-rivierenland.example>",
  "Vacature pedagogisch medewerker BSO", """
Beste Noor,

Je hebt gesolliciteerd op de vacature van pedagogisch medewerker op onze BSO De Vlinder. Door een onverwachte daling van het aantal aanmeldingen komt deze vacature helaas te vervallen. Daarmee stopt de procedure voor alle kandidaten.

Het spijt me dat ik je geen beter nieuws kan geven. Als er weer ruimte komt in de formatie, nodig ik je graag alsnog uit.

Hartelijke groet,
Hanneke Bos
Clustermanager, Stichting Kinderopvang Rivierenland
""", company="Stichting Kinderopvang Rivierenland", role="pedagogisch medewerker",
  cn="Hanneke Bos", ce="hanneke.bos@sk-rivierenland.example")

R("nl", "rejection:reply-already-filled", "thijs",
  "Hotel De Zeemeeuw <receptie@hotel-zeemeeuw.example>",
  "RE: Sollicitatie receptionist", """
Beste heer Bakker,

Bedankt voor uw sollicitatie. De functie van receptionist hebben wij inmiddels vergeven.

Met vriendelijke groet,
Gerda Wouters
Hotel De Zeemeeuw

Van: Thijs Bakker <thijs.bakker@kpnmail.example>
Verzonden: dinsdag 9 april 2024 08:41
Aan: receptie@hotel-zeemeeuw.example
Onderwerp: Sollicitatie receptionist

Geachte heer/mevrouw,

Met veel interesse las ik uw vacature voor een receptionist. In de bijlage vindt u mijn cv en motivatiebrief.

Met vriendelijke groet,
Thijs Bakker
""", fmt="latin1-8bit", company="Hotel De Zeemeeuw", role="receptionist",
  cn="Gerda Wouters", ce="receptie@hotel-zeemeeuw.example")

R("nl", "rejection:tech-assignment-feedback", "sanne",
  "Bas Koster <bas@codekraai.example>",
  "Terugkoppeling technische opdracht", """
Hoi Sanne,

Dank voor het inleveren van de technische opdracht. We willen eerlijk zijn: voor deze rol als medior frontend developer kiezen we niet voor jou. De opdracht werkte, maar we misten tests en de structuur van je componenten was lastig te volgen.

Hieronder onze belangrijkste feedbackpunten, hopelijk heb je er iets aan:
- Houd state dichter bij de componenten die hem gebruiken.
- Een paar unit tests voor de filterlogica hadden veel gezegd.
- De README was prima!

Succes met je verdere zoektocht,
Bas Koster
Tech lead, Codekraai
""", fmt="alt", company="Codekraai", role="medior frontend developer",
  cn="Bas Koster", ce="bas@codekraai.example")

R("nl", "rejection:public-agency", "noor",
  "Dienst Wegen en Kanalen Oostland <werving@dwko.example>",
  "Uw sollicitatie: Projectleider infrastructuur (vacature 24-0387)", """
Geachte mevrouw El Amrani,

Wij hebben uw sollicitatie voor de functie Projectleider infrastructuur (schaal 11) ontvangen en beoordeeld aan de hand van de in de vacature genoemde functie-eisen.

Hierbij delen wij u mee dat wij uw sollicitatie niet verder in overweging nemen. Op het punt van aantoonbare ervaring met contractvormen als UAV-GC sloot uw profiel onvoldoende aan.

Dit besluit is genomen door de selectiecommissie en is definitief.

Met vriendelijke groet,
Team Werving & Selectie
Dienst Wegen en Kanalen Oostland
""", company="Dienst Wegen en Kanalen Oostland", role="Projectleider infrastructuur")

R("nl", "rejection:cafe-casual-html", "thijs",
  "Mees van Dijk <mees@koffiebar-devlonder.example>",
  "barista vacature", """
Hey Thijs!

Thanks voor je mailtje en je cv. We hebben intussen iemand gevonden voor de baristaplek, dus die is helaas al weg. Mocht er deze zomer extra hulp nodig zijn, dan app ik je!

Groetjes,
Mees
Koffiebar De Vlonder
""", fmt="html", company="Koffiebar De Vlonder", role="barista",
  cn="Mees van Dijk", ce="mees@koffiebar-devlonder.example")

R("nl", "rejection:ats-recruiter", "noor",
  "Ilse Vermeulen <notificaties@talentlijn.example>",
  "Je sollicitatie bij Windkracht Energie", """
Hallo Noor,

Dank je wel voor je sollicitatie als Financial Controller bij Windkracht Energie.

We hebben veel reacties ontvangen op deze vacature. Jouw sollicitatie heeft helaas niet geleid tot een uitnodiging voor een kennismakingsgesprek.

We wensen je veel succes!

Hartelijke groet,
Ilse Vermeulen
Recruiter | Windkracht Energie
ilse.vermeulen@windkracht-energie.example

--
Verzonden via Talentlijn · https://talentlijn.example/privacy
""", fmt="alt", company="Windkracht Energie", role="Financial Controller",
  cn="Ilse Vermeulen", ce="ilse.vermeulen@windkracht-energie.example")

R("nl", "rejection:after-reference-check", "thijs",
  "Rob Hermans <rob.hermans@zorggroep-ijsselland.example>",
  "Afronding procedure teamleider facilitair", """
Geachte heer Bakker,

Zoals afgesproken hebben wij na ons tweede gesprek contact opgenomen met de referenties die u opgaf.

Op basis van het totaalbeeld hebben wij besloten de procedure met u te beëindigen. Wij hebben de functie van teamleider facilitair aangeboden aan een andere kandidaat, die inmiddels heeft aanvaard.

Ik dank u voor uw openheid en wens u veel succes.

Met vriendelijke groet,
Rob Hermans
Manager Facilitair Bedrijf
Zorggroep IJsselland
""", fmt="qp", company="Zorggroep IJsselland", role="teamleider facilitair",
  cn="Rob Hermans", ce="rob.hermans@zorggroep-ijsselland.example")

# ---------------------------------------------------------------------------
# Dutch look-alikes (20)
# ---------------------------------------------------------------------------

L("nl", "lookalike:received", "noor",
  "Werken bij Gemeente Zuiderveen <vacatures@zuiderveen.example>",
  "Ontvangstbevestiging sollicitatie: Medewerker Burgerzaken", """
Beste mevrouw El Amrani,

Hartelijk dank voor uw sollicitatie op de vacature Medewerker Burgerzaken. Hierbij bevestigen wij de ontvangst.

De selectiecommissie beoordeelt alle sollicitaties na de sluitingsdatum van 26 april. Helaas kunnen wij tot die tijd geen vragen over de stand van zaken beantwoorden. U hoort uiterlijk 3 mei of u wordt uitgenodigd voor een gesprek.

Met vriendelijke groet,
Team Werving en Selectie
Gemeente Zuiderveen
""", fmt="alt", company="Gemeente Zuiderveen", role="Medewerker Burgerzaken")

L("nl", "lookalike:interview-invite", "sanne",
  "Daphne Willems <daphne.willems@lumio-software.example>",
  "Uitnodiging gesprek Product Owner", """
Hoi Sanne,

Leuk dat je hebt gesolliciteerd! We willen je graag uitnodigen voor een eerste gesprek over de rol van Product Owner. Kun je woensdag 17 april om 13:00 uur bij ons op kantoor in Eindhoven zijn?

Laat even weten of dat past. Lukt het niet, dan zoeken we samen een ander moment.

Groeten,
Daphne Willems
Talent Acquisition, Lumio Software
""", company="Lumio Software", role="Product Owner",
  cn="Daphne Willems", ce="daphne.willems@lumio-software.example")

L("nl", "lookalike:assessment-invite", "thijs",
  "Bureau Keuzepad <planning@keuzepad.example>",
  "Uitnodiging capaciteitentest – Dijkgraaf Chemie", """
Geachte heer Bakker,

In opdracht van Dijkgraaf Chemie nodigen wij u uit voor een online capaciteitentest en persoonlijkheidsvragenlijst, als onderdeel van de sollicitatieprocedure voor de functie Shift Supervisor.

U kunt de test maken tot en met 24 april via: https://test.keuzepad.example/start?code=XK4-881

Helaas is het niet mogelijk de test te pauzeren; reserveer daarom ongeveer 90 minuten.

Met vriendelijke groet,
Bureau Keuzepad – planning
""", fmt="html", company="Dijkgraaf Chemie", role="Shift Supervisor")

L("nl", "lookalike:offer", "noor",
  "Annelies Brouwer <annelies.brouwer@groenlinq.example>",
  "Goed nieuws: aanbod voor de functie van Data Scientist", """
Beste Noor,

Wat fijn om je te laten weten dat we je graag willen aannemen als Data Scientist bij GroenLinq! In de bijlage vind je ons aanbod: schaal 10, een bruto maandsalaris van € 4.650, een contract voor een jaar met uitzicht op vast, en een thuiswerkvergoeding.

We plannen graag een arbeidsvoorwaardengesprek om je vragen te bespreken. Laat je weten wanneer het jou schikt?

Hartelijke groet,
Annelies Brouwer
HR-manager GroenLinq
""", fmt="qp", company="GroenLinq", role="Data Scientist",
  cn="Annelies Brouwer", ce="annelies.brouwer@groenlinq.example")

L("nl", "lookalike:missing-documents", "sanne",
  "Personeelszaken SOO Polderland <pz@soo-polderland.example>",
  "Aanvullende documenten nodig", """
Beste mevrouw De Vries,

Bedankt voor uw sollicitatie als leerkracht groep 5 bij OBS De Kiekendief. Helaas ontbreken er nog enkele stukken in uw dossier: een kopie van uw pabo-diploma en een Verklaring Omtrent het Gedrag (VOG) die niet ouder is dan zes maanden.

Zonder deze documenten kunnen wij de procedure helaas niet afronden. Wilt u ze binnen twee weken nasturen?

Met vriendelijke groet,
Jolanda Meijer
Personeelszaken
""", company="OBS De Kiekendief", role="leerkracht groep 5",
  cn="Jolanda Meijer", ce="pz@soo-polderland.example")

L("nl", "lookalike:reschedule", "thijs",
  "Tim van der Linden <tim.vanderlinden@marktplein-online.example>",
  "Helaas: ons gesprek van morgen gaat niet door", """
Hoi Thijs,

Helaas moet ik ons gesprek van morgen afzeggen; ik ben ziek geworden. Vervelend, want ik keek er echt naar uit.

Zullen we het verzetten naar volgende week dinsdag, zelfde tijd? Dan sluit ook onze CTO aan.

Sorry voor het ongemak!
Tim
""", company="Marktplein Online", cn="Tim van der Linden",
  ce="tim.vanderlinden@marktplein-online.example")

L("nl", "lookalike:owner-is-interviewer", "noor",
  "Marloes Hendriks <marloes.hendriks@kantoorpartners.example>",
  "kandidaten controller", """
Hoi Noor,

Even ter info na de gesprekken van vandaag: we hebben besloten Jasper Vos af te wijzen. Zijn ervaring paste gewoon niet bij wat we zoeken. Ik heb hem vanmiddag gebeld, dus dat hoef jij niet meer te doen.

Met Esra plannen we een tweede ronde. Kun jij donderdag aansluiten?

Dank voor je input vandaag!
Marloes
""", company="Kantoorpartners", cn="Marloes Hendriks",
  ce="marloes.hendriks@kantoorpartners.example")

L("nl", "lookalike:friend-own-rejection", "sanne",
  "Femke Postma <femke.postma@mailbox.example>",
  "balen", """
Hee San,

Net een mail gehad van die uitgeverij: “we hebben besloten verder te gaan met een andere kandidaat”. Ik was zó zeker dat het goed zat na dat tweede gesprek.

Zin om zaterdag te gaan wandelen? Kan ik het even van me af praten. En hoe ging jouw gesprek bij Lumio trouwens?

x Femke
""", cn="Femke Postma", ce="femke.postma@mailbox.example")

L("nl", "lookalike:housing", "thijs",
  "Woonstichting Eemland <verhuur@woonstichting-eemland.example>",
  "Uitslag reactie op woning Lindelaan 42", """
Beste heer Bakker,

U heeft gereageerd op de woning aan de Lindelaan 42 in Amersfoort. Helaas is de woning toegewezen aan een andere woningzoekende met een langere inschrijfduur.

Uw positie op de lijst was 14. Blijf reageren op woningen die bij u passen via ons woonportaal.

Met vriendelijke groet,
Team Verhuur
Woonstichting Eemland
""", fmt="alt")

L("nl", "lookalike:loan", "noor",
  "Klantenservice Hollandse Kredietbank <krediet@hkb.example>",
  "Uw aanvraag persoonlijke lening", """
Geachte mevrouw El Amrani,

Wij hebben uw aanvraag voor een persoonlijke lening van 12.000 euro zorgvuldig beoordeeld. Op basis van de toetsing bij het BKR en uw inkomensgegevens kunnen wij u helaas geen lening verstrekken.

U kunt over zes maanden opnieuw een aanvraag indienen. Heeft u vragen over dit besluit? Neem dan contact op met onze klantenservice.

Met vriendelijke groet,
Hollandse Kredietbank
""", fmt="latin1")

L("nl", "lookalike:school-admission", "sanne",
  "Hogeschool Rijnland - Toelatingen <toelating@hs-rijnland.example>",
  "Uitslag selectieprocedure opleiding Fysiotherapie", """
Beste Sanne,

Je hebt deelgenomen aan de selectieprocedure voor de bacheloropleiding Fysiotherapie. Op basis van je scores heb je rangnummer 412 gekregen. Er zijn 180 plaatsen beschikbaar, waardoor we je helaas geen plaats kunnen aanbieden.

Als er plaatsen vrijkomen, krijg je via Studielink automatisch een nieuw aanbod.

Met vriendelijke groet,
Team Toelatingen Hogeschool Rijnland
""")

L("nl", "lookalike:paper", "noor",
  "Programmacomité NCI 2024 <programma@nci2024.example>",
  "Besluit over uw inzending #58", """
Geachte auteurs,

Helaas moeten wij u meedelen dat uw inzending “Meertalige spraakherkenning voor gemeentelijke klantcontacten” niet is geaccepteerd voor NCI 2024. De reviews vindt u onderaan deze e-mail.

Reviewer 1: De vraagstelling is relevant, maar de evaluatie is te beperkt.
Reviewer 2: Interessant werk; vergelijk met recente baselines.

Wij hopen u desondanks te verwelkomen op de conferentie.

Het programmacomité
""", fmt="alt")

L("nl", "lookalike:grant", "thijs",
  "Fonds Cultuur Delta <aanvragen@fondscultuurdelta.example>",
  "Besluit op uw subsidieaanvraag FCD-2024-0211", """
Geachte heer Bakker,

Het bestuur van Fonds Cultuur Delta heeft uw aanvraag voor het project “Dijkverhalen” besproken op basis van het advies van de adviescommissie.

Wij delen u mee dat uw aanvraag niet wordt gehonoreerd. Het beschikbare budget in deze ronde was ruim vier keer overvraagd, en uw aanvraag scoorde lager dan de gehonoreerde projecten op het criterium publieksbereik.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
drs. L. Smeets
directeur Fonds Cultuur Delta
""", cn="L. Smeets", ce="aanvragen@fondscultuurdelta.example")

L("nl", "lookalike:tickets", "sanne",
  "Poppodium De Waag <tickets@dewaag-poppodium.example>",
  "Helaas, je bent niet ingeloot", """
Hoi Sanne,

Je deed mee aan de loting voor de extra show van Lieke Ster op 14 juni. Helaas ben je deze keer niet ingeloot.

Er komen nog kaarten vrij via de officiële doorverkoop. Houd je mail in de gaten!

Muzikale groet,
Team De Waag

Afmelden voor deze mails: https://dewaag-poppodium.example/afmelden?s=sdv2
""", fmt="html")

L("nl", "lookalike:newsletter", "thijs",
  "Loopbaanblad <nieuwsbrief@loopbaanblad.example>",
  "Afgewezen? Zo haal je er toch iets uit", """
Loopbaanblad – week 16

“Helaas hebben we gekozen voor een andere kandidaat.” Wie solliciteert, krijgt die zin vroeg of laat te lezen. Deze week:

• Vraag om feedback: zo doe je dat zonder opdringerig te zijn
• Vijf afwijzingen op rij? Tijd om je cv eens kritisch te bekijken
• Ervaringsverhaal: “Na 23 keer nee kreeg ik mijn droombaan”

Lees verder: https://loopbaanblad.example/artikel/afwijzing?utm_source=nieuwsbrief&utm_medium=email

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Afmelden: https://loopbaanblad.example/afmelden?e=tb
""", fmt="alt")

L("nl", "lookalike:candidate-declines-owner-offer", "noor",
  "Lisa Vermeer <lisa.vermeer@mailbox.example>",
  "Re: aanbod junior analist", """
Beste Noor,

Heel erg bedankt voor het aanbod en voor de fijne gesprekken. Ik heb er lang over nagedacht, maar ik heb besloten het aanbod niet aan te nemen. Een andere werkgever kon me een vast contract bieden, en dat geeft voor mij de doorslag.

Ik vond het echt leuk om jullie team te leren kennen en hoop dat we elkaar nog eens tegenkomen.

Hartelijke groet,
Lisa Vermeer
""", role="junior analist", cn="Lisa Vermeer", ce="lisa.vermeer@mailbox.example")

L("nl", "lookalike:owner-withdrew", "sanne",
  "Recruitment Hollander Groep <recruitment@hollandergroep.example>",
  "Bevestiging intrekking sollicitatie", """
Beste Sanne,

Je hebt aangegeven dat je je sollicitatie voor de functie Marketing Coördinator wilt intrekken. Hierbij bevestigen we dat we je sollicitatie uit de procedure hebben gehaald.

Jammer dat je niet verder wilt, maar we begrijpen het natuurlijk. Veel succes met je nieuwe baan!

Met vriendelijke groet,
Recruitment Hollander Groep
""", company="Hollander Groep", role="Marketing Coördinator")

L("nl", "lookalike:job-alert", "noor",
  "Nationale Vacaturebank <vacaturemail@nationalevacaturebank.example>",
  "8 nieuwe vacatures voor “data engineer”", """
Hallo Noor,

Er zijn nieuwe vacatures die passen bij je zoekopdracht “data engineer” in de omgeving van Rotterdam:

• Data Engineer – Havenbedrijf Noord, Rotterdam
• Medior Data Engineer – Corvus Payments, Amsterdam
• Data Platform Engineer – Netwerkbeheer Zuid, Den Haag

Bekijk alle vacatures: https://www.nationalevacaturebank.example/zoeken?q=data+engineer&l=rotterdam

Vacaturemail aanpassen of stopzetten: https://www.nationalevacaturebank.example/account/vacaturemail
""", fmt="html")

L("nl", "lookalike:next-round", "thijs",
  "Sjoerd Veenstra <sjoerd.veenstra@zuivelhoeve.example>",
  "Tweede ronde", """
Beste Thijs,

Goed nieuws: je bent door naar de tweede ronde voor de functie van Kwaliteitscoördinator! Helaas konden we niet iedereen verder laten gaan, maar jouw gesprek sprong eruit.

In de tweede ronde maak je kennis met de productieleider en krijg je een rondleiding door de fabriek. Ik stuur je morgen een paar data.

Met vriendelijke groet,
Sjoerd Veenstra
HR-adviseur Zuivelhoeve
""", fmt="alt", company="Zuivelhoeve", role="Kwaliteitscoördinator",
  cn="Sjoerd Veenstra", ce="sjoerd.veenstra@zuivelhoeve.example")

L("nl", "lookalike:permit", "sanne",
  "Gemeente Zuiderveen - Parkeren <parkeren@zuiderveen.example>",
  "Besluit op uw aanvraag parkeervergunning", """
Geachte mevrouw De Vries,

Op 2 april heeft u een aanvraag gedaan voor een tweede bewonersparkeervergunning voor het adres Kerkstraat 8. Wij hebben besloten uw aanvraag af te wijzen, omdat in uw vergunningsgebied een wachtlijst geldt voor tweede vergunningen.

U bent op de wachtlijst geplaatst op positie 37. Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Afdeling Parkeren
Gemeente Zuiderveen
""", fmt="latin1")

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

URL_RE = re.compile(r"https?://[^\s<>\"]+")
TRAIL = ".,;:!?)“”"


def _split_addr(s):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", s)
    return (m.group(1), m.group(2)) if m else ("", s)


def _linkify(escaped):
    def sub(m):
        url = m.group(0)
        tail = ""
        while url and url[-1] in TRAIL:
            tail = url[-1] + tail
            url = url[:-1]
        return f'<a href="{url}">{url}</a>{tail}'
    return URL_RE.sub(sub, escaped)


def to_html(text, variant):
    paras = [p for p in text.strip("\n").split("\n\n")]
    parts = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(("• ", "- ")) for ln in lines):
            items = "".join(f"<li>{_linkify(html.escape(ln[2:]))}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
        elif all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(_linkify(html.escape(ln.lstrip("> "))) for ln in lines)
            parts.append(f"<blockquote>{inner}</blockquote>")
        else:
            inner = "<br>\n".join(_linkify(html.escape(ln)) for ln in lines)
            parts.append(f"<p>{inner}</p>")
    body = "\n".join(parts)
    if variant == 0:
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
                "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
                f"{body}\n</body></html>\n")
    return ("<html><body>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
            "cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" style=\"font-family:Helvetica,Arial,sans-serif;"
            "font-size:15px;line-height:1.5\"><tr><td style=\"padding:24px\">\n"
            f"{body}\n</td></tr></table>\n</td></tr></table>\n</body></html>\n")


def build_message(i, m, when):
    from email.headerregistry import Address
    msg = EmailMessage(policy=policy.default)
    name, addr = _split_addr(m["frm"])
    msg["From"] = Address(display_name=name, addr_spec=addr)
    oname, oaddr = _split_addr(OWNERS[m["owner"]])
    msg["To"] = Address(display_name=oname, addr_spec=oaddr)
    if m["reply_to"]:
        rn, ra = _split_addr(m["reply_to"])
        msg["Reply-To"] = Address(display_name=rn, addr_spec=ra)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(when)
    digest = hashlib.sha1(f"{i}|{m['subject']}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}.{i:04d}@{addr.split('@')[1]}>"
    if m["subject"].lower().startswith(("re:", "aw:")):
        msg["In-Reply-To"] = f"<orig-{digest[:10]}@{oaddr.split('@')[1]}>"

    text, fmt = m["body"], m["fmt"]
    if fmt == "plain":
        msg.set_content(text, charset="utf-8", cte="8bit")
    elif fmt == "qp":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif fmt == "latin1":
        msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "latin1-8bit":
        msg.set_content(text, charset="iso-8859-1", cte="8bit")
    elif fmt == "html":
        cte = "base64" if i % 2 else "quoted-printable"
        msg.set_content(to_html(text, i % 2), subtype="html", charset="utf-8", cte=cte)
    elif fmt == "alt":
        msg.set_content(text, charset="utf-8", cte="quoted-printable" if i % 3 == 0 else "8bit")
        msg.add_alternative(to_html(text, i % 2), subtype="html", charset="utf-8",
                            cte="quoted-printable")
        msg.set_boundary(f"----=_dev2a_{digest}")
    else:
        raise ValueError(fmt)
    return msg


def label_for(fname, m):
    return {
        "file": fname, "is_rejection": m["is_rejection"], "company": m["company"],
        "role": m["role"], "contact_name": m["contact_name"],
        "contact_email": m["contact_email"], "careers_url": m["careers_url"],
        "lang": m["lang"], "kind": m["kind"],
    }


# ---------------------------------------------------------------------------
# Verification: parse every file back and check it against its label
# ---------------------------------------------------------------------------

SUFFIX_RE = re.compile(r"\b(gmbh & co\. kg|gmbh|ag|e\.v\.|b\.v\.|bv|ggmbh|mbh)\b\.?", re.I)


def _norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def visible_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    content = part.get_content()
    if part.get_content_type() == "text/html":
        content = re.sub(r"<a href=\"([^\"]+)\">", r" \1 ", content)
        content = html.unescape(re.sub(r"<[^>]+>", " ", content))
    return content, part


def verify(expected):
    problems = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = [json.loads(ln) for ln in LABELS.read_text(encoding="utf-8").splitlines()]
    lab_files = [lb["file"] for lb in labels]
    if len(set(lab_files)) != len(lab_files):
        problems.append("duplicate label rows")
    if sorted(lab_files) != files:
        problems.append("labels and messages are not 1:1")
    parser = BytesParser(policy=policy.default)
    for lb in labels:
        m = expected[lb["file"]]
        raw = (OUT / lb["file"]).read_bytes()
        msg = parser.parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append(f"{lb['file']}: missing {h}")
        if any(d for d in msg.defects):
            problems.append(f"{lb['file']}: defects {msg.defects}")
        text, part = visible_text(msg)
        if m["fmt"].startswith("latin1") and part.get_content_charset() != "iso-8859-1":
            problems.append(f"{lb['file']}: charset {part.get_content_charset()}")
        if m["fmt"] == "alt" and msg.get_content_type() != "multipart/alternative":
            problems.append(f"{lb['file']}: not multipart/alternative")
        if _norm(text) != _norm(m["body"]) and m["fmt"] not in ("html",):
            problems.append(f"{lb['file']}: body does not round-trip")
        if str(msg["Subject"]) != m["subject"]:
            problems.append(f"{lb['file']}: subject does not round-trip")
        if parseaddr(str(msg["To"]))[1] != _split_addr(OWNERS[m["owner"]])[1]:
            problems.append(f"{lb['file']}: To is not the owner")
        hay = _norm(" ".join([str(msg["From"]), str(msg.get("Reply-To", "")),
                              str(msg["Subject"]), text]))
        if lb["contact_email"] and lb["contact_email"].casefold() not in hay:
            problems.append(f"{lb['file']}: contact_email not in message")
        if lb["contact_name"] and _norm(lb["contact_name"]) not in hay:
            problems.append(f"{lb['file']}: contact_name not in message")
        if lb["careers_url"]:
            if lb["careers_url"] not in text:
                problems.append(f"{lb['file']}: careers_url not in body")
            if re.search(r"unsub|abmeld|afmeld|utm_|trk|click", lb["careers_url"]):
                problems.append(f"{lb['file']}: careers_url looks like tracking")
        if lb["is_rejection"]:
            comp = _norm(SUFFIX_RE.sub("", lb["company"] or ""))
            if not comp or comp not in hay:
                problems.append(f"{lb['file']}: company {lb['company']!r} not in message")
            if not lb["role"] or _norm(lb["role"]) not in hay:
                problems.append(f"{lb['file']}: role {lb['role']!r} not in message")
        if lb["lang"] not in ("de", "nl"):
            problems.append(f"{lb['file']}: lang")
    return problems, labels


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    order = list(range(len(MESSAGES)))
    random.Random(20240402).shuffle(order)
    tz = dt.timezone(dt.timedelta(hours=2))
    base = dt.datetime(2024, 4, 2, 8, 13, 5, tzinfo=tz)
    expected, rows = {}, []
    for n, idx in enumerate(order, start=1):
        m = MESSAGES[idx]
        fname = f"{n:04d}.eml"
        when = base + dt.timedelta(minutes=n * 257 + (n * 37) % 50, seconds=(n * 13) % 60)
        msg = build_message(n, m, when)
        (OUT / fname).write_bytes(msg.as_bytes(policy=policy.default))
        expected[fname] = m
        rows.append(json.dumps(label_for(fname, m), ensure_ascii=False))
    LABELS.write_text("\n".join(rows) + "\n", encoding="utf-8")

    problems, labels = verify(expected)
    by = {}
    for lb in labels:
        key = (lb["lang"], "rejection" if lb["is_rejection"] else "look-alike")
        by[key] = by.get(key, 0) + 1
    fmts = {}
    for m in MESSAGES:
        fmts[m["fmt"]] = fmts.get(m["fmt"], 0) + 1
    print(f"wrote {len(labels)} messages to {OUT}")
    for k in sorted(by):
        print(f"  {k[0]} {k[1]}: {by[k]}")
    print("  formats: " + ", ".join(f"{k}={v}" for k, v in sorted(fmts.items())))
    if problems:
        print(f"{len(problems)} PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("verified: every file parses back and matches its label")
    return 0


if __name__ == "__main__":
    sys.exit(main())
