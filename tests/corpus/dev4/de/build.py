"""Build the dev4/de corpus: 100 German mails (rejections, hard look-alikes, ordinary job-ish mail).

Deterministic: ``python build.py`` rewrites messages/NNNN.eml and labels.jsonl;
``python build.py --check`` parses every file back and checks the labels 1:1.
All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html import unescape
from pathlib import Path

HERE = Path(__file__).parent
OWNER = "Lena Hoffmann <lena.hoffmann@postfach.example>"
START = datetime(2026, 2, 2, 8, 15, tzinfo=timezone(timedelta(hours=1)))

MESSAGES: list[dict] = []


def add(kind, rejection, sender, subject, body, *, html=None, html_only=False, charset="utf-8", cte=None,
        company=None, role=None, contact_name=None, contact_email=None, careers_url=None, reply_to=None,
        to=OWNER):
    MESSAGES.append(dict(kind=kind, is_rejection=rejection, sender=sender, subject=subject, body=body, html=html,
                         html_only=html_only, charset=charset, cte=cte, company=company, role=role,
                         contact_name=contact_name, contact_email=contact_email, careers_url=careers_url,
                         reply_to=reply_to, to=to))


def rej(kind, sender, subject, body, **kw):
    add(kind, True, sender, subject, body, **kw)


def neg(kind, sender, subject, body, **kw):
    add(kind, False, sender, subject, body, **kw)


def page(paragraphs: list[str], footer: str = "", brand: str = "") -> str:
    """A table-based ATS template (what big-company systems send)."""
    cells = "".join(f'<tr><td style="padding:6px 24px;font:14px Arial">{p}</td></tr>\n' for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + brand + "</title></head>"
        '<body style="margin:0;background:#f3f3f3"><table width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:#123456;color:#fff;padding:18px 24px;font:bold 18px Arial">{brand}</td></tr>\n'
        + cells
        + f'<tr><td style="padding:18px 24px;font:11px Arial;color:#777">{footer}</td></tr>'
        "</table></body></html>"
    )


LEGAL = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
         "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
         "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
         "Mail ist nicht gestattet.")

# ---------------------------------------------------------------------------------------------------------
# Rejections (45)
# ---------------------------------------------------------------------------------------------------------

rej("ats-html-after-applying",
    "Nordwerk Energie Talent Acquisition <nordwerk@myworkday.example>",
    "Ihre Bewerbung: Senior Data Engineer (m/w/d) – R-004217",
    None, html_only=True,
    html=page([
        "Sehr geehrte Frau Hoffmann,",
        "vielen Dank für Ihr Interesse an der Nordwerk Energie AG und an der Position "
        "<b>Senior Data Engineer (m/w/d)</b> (Referenz R-004217).",
        "Nach eingehender Prüfung Ihrer Unterlagen haben wir entschieden, im weiteren Verlauf andere "
        "Kandidatinnen und Kandidaten zu berücksichtigen, deren Profil den Anforderungen der Position "
        "noch näher kommt.",
        "Wir würden uns freuen, wenn Sie sich auch künftig auf passende Stellen bei uns bewerben. Aktuelle "
        'Angebote finden Sie unter <a href="https://karriere.nordwerk.example/stellen">karriere.nordwerk.example</a>.',
        "Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team der Nordwerk Energie AG",
    ], footer="Nordwerk Energie AG · Sitz: Hannover · Registergericht Hannover HRB 99871 · Vorstand: "
       "Dr. Ines Falkner (Vors.), Bernd Olek · Aufsichtsratsvorsitzender: Hartmut Kleve<br>" + LEGAL +
       '<br><a href="https://www.nordwerk.example/datenschutz">Datenschutzhinweise</a> · '
       '<a href="https://nordwerk.myworkday.example/unsubscribe?u=8812">Benachrichtigungen abbestellen</a>',
       brand="Nordwerk Energie"),
    company="Nordwerk Energie AG", role="Senior Data Engineer (m/w/d)",
    careers_url="https://karriere.nordwerk.example/stellen")

rej("small-firm-after-interview",
    "Michael Brandl <m.brandl@tischlerei-brandl.example>",
    "Ihre Bewerbung als Projektleiter Innenausbau",
    """Sehr geehrte Frau Hoffmann,

vielen Dank nochmals für Ihren Besuch bei uns in der Werkstatt und das offene Gespräch
am vergangenen Donnerstag. Wir haben uns die Entscheidung wirklich nicht leicht gemacht.

Am Ende haben wir uns für einen Bewerber entschieden, der bereits mehrere Jahre im
Messebau tätig war und dadurch sofort bei unseren laufenden Projekten einsteigen kann.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Michael Brandl
Tischlerei Brandl GmbH
Am Sägewerk 4, 83022 Rosenheim
Tel. 08031 555 210
""",
    company="Tischlerei Brandl", role="Projektleiter Innenausbau", contact_name="Michael Brandl",
    contact_email="m.brandl@tischlerei-brandl.example")

rej("agency-relays-client",
    "Sandra Yilmaz <s.yilmaz@talentbruecke.example>",
    "Feedback Kessler Hydraulik – Teamleiter Vertrieb Innendienst",
    """Hallo Frau Hoffmann,

ich hoffe, Sie hatten ein schönes Wochenende!

Heute habe ich die Rückmeldung von Kessler Hydraulik zu Ihrem Zweitgespräch bekommen, und
sie ist leider nicht so ausgefallen, wie wir beide es uns gewünscht hätten: Der Kunde hat
sich für eine Kandidatin entschieden, die den Innendienst dort bereits kommissarisch leitet.

Ihr Auftreten kam sehr gut an, das soll ich Ihnen ausdrücklich ausrichten. Ich melde mich,
sobald ich ein anderes Mandat habe, das zu Ihnen passt.

Viele Grüße
Sandra Yilmaz
Senior Consultant | Talentbrücke Personalberatung
s.yilmaz@talentbruecke.example | +49 211 555 8830
""",
    company="Kessler Hydraulik", role="Teamleiter Vertrieb Innendienst", contact_name="Sandra Yilmaz",
    contact_email="s.yilmaz@talentbruecke.example")

rej("startup-informal-du",
    "Timo Albers <timo@flinkwerk.example>",
    "Kurzes Update zu deiner Bewerbung",
    """Hey Lena,

ich wollte dir persönlich Bescheid geben, bevor die automatische Mail aus dem System rausgeht:
wir gehen für die Rolle als Product Designer mit jemand anderem weiter. Das war ehrlich gesagt
richtig knapp, dein Case zur Onboarding-Strecke hat uns allen gefallen.

Wenn du magst, gebe ich dir gern in einem kurzen Call Feedback.

Liebe Grüße
Timo
Head of Design, Flinkwerk
""",
    company="Flinkwerk", role="Product Designer", contact_name="Timo Albers",
    contact_email="timo@flinkwerk.example")

rej("public-sector-latin1-qp",
    "Stadtverwaltung Lindenau - Personal <personal@lindenau.example>",
    "Ihre Bewerbung - Sachbearbeitung Bauordnung (EG 9b TVöD), Kennziffer 14/2026",
    """Sehr geehrte Frau Hoffmann,

für Ihre Bewerbung auf die o. g. Stelle und das Interesse an einer Tätigkeit bei der
Stadtverwaltung Lindenau bedanken wir uns.

Nach Abschluss des Auswahlverfahrens muss ich Ihnen leider mitteilen, dass die Auswahl nicht
auf Sie gefallen ist.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten unter Beachtung der
datenschutzrechtlichen Bestimmungen sowie der Fristen des Allgemeinen
Gleichbehandlungsgesetzes (AGG) vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Petra Kownatzki
Fachbereich Personal und Organisation
Stadtverwaltung Lindenau
Telefon 03421 555-114
p.kownatzki@lindenau.example
""",
    charset="iso-8859-1", cte="quoted-printable",
    company="Stadtverwaltung Lindenau", role="Sachbearbeitung Bauordnung", contact_name="Petra Kownatzki",
    contact_email="p.kownatzki@lindenau.example")

rej("university-committee",
    "Prof. Dr. Heike Rauter <rauter@uni-rabenfels.example>",
    "Ausschreibung Wiss. Mitarbeiter/in (Post-Doc), Lehrstuhl für Umweltökonomik",
    """Sehr geehrte Frau Hoffmann,

haben Sie vielen Dank für Ihre Bewerbung auf die Stelle einer wissenschaftlichen
Mitarbeiterin bzw. eines wissenschaftlichen Mitarbeiters (Post-Doc) an unserem Lehrstuhl.

Die Auswahlkommission hat sich in ihrer Sitzung am 4. März für eine andere Bewerbung
ausgesprochen. Angesichts der sehr hohen Qualität der eingegangenen Bewerbungen ist uns
diese Entscheidung nicht leichtgefallen.

Ich wünsche Ihnen für Ihre weitere wissenschaftliche Laufbahn viel Erfolg.

Mit besten Grüßen
Heike Rauter

--
Prof. Dr. Heike Rauter
Lehrstuhl für Umweltökonomik
Universität Rabenfels
""",
    company="Universität Rabenfels", role="Wiss. Mitarbeiter/in (Post-Doc)",
    contact_name="Heike Rauter", contact_email="rauter@uni-rabenfels.example")

rej("apprenticeship",
    "Ausbildung Autohaus Wendler <ausbildung@autohaus-wendler.example>",
    "Ihre Bewerbung um einen Ausbildungsplatz",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz zur Kauffrau für Büromanagement in
unserem Autohaus.

Leider können wir Ihnen für das Ausbildungsjahr 2026 keinen Ausbildungsplatz anbieten, da
alle Plätze bereits vergeben sind. Bitte sehen Sie dies nicht als Urteil über Ihre Eignung.

Freundliche Grüße
Sabine Wendler
Autohaus Wendler GmbH & Co. KG
""",
    company="Autohaus Wendler", role="Kauffrau für Büromanagement", contact_name="Sabine Wendler",
    contact_email="ausbildung@autohaus-wendler.example")

rej("internship-personio-du",
    "Grünkern Foods <noreply@personio.example>",
    "Deine Bewerbung für das Praktikum Marketing",
    """Liebe Lena,

danke für dein Interesse an einem Praktikum im Marketing bei Grünkern Foods und die Zeit,
die du in deine Bewerbung gesteckt hast.

Wir haben lange überlegt, können dir für dieses Praktikum aber leider keine Zusage geben.
Schau gern ab und zu auf https://gruenkern.jobs.personio.example vorbei, dort findest du
neue Ausschreibungen.

Sonnige Grüße
Dein People-Team von Grünkern

Diese Nachricht wurde über Personio versendet. Datenschutz: https://www.personio.example/privacy
""",
    company="Grünkern Foods", role="Praktikum Marketing", careers_url="https://gruenkern.jobs.personio.example")

rej("student-job-join",
    "Hafenblick Logistik via JOIN <noreply@join.example>",
    "Update zu deiner Bewerbung: Werkstudent Controlling (m/w/d)",
    """Hallo Lena,

vielen Dank für deine Bewerbung als Werkstudent Controlling (m/w/d) bei Hafenblick Logistik.

Leider passt dein Profil aktuell nicht zu den Anforderungen dieser Stelle, daher verfolgen
wir deine Bewerbung nicht weiter.

Wir wünschen dir viel Erfolg bei der Suche!
Hafenblick Logistik

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast. Abmelden: https://join.example/u/77a1
""",
    company="Hafenblick Logistik", role="Werkstudent Controlling (m/w/d)")

rej("ats-multipart-passive",
    "Vandera Pharma Careers <careers@smartrecruiters.example>",
    "Clinical Trial Manager – Ihre Bewerbung",
    """Sehr geehrte Frau Hoffmann,

wir bedanken uns für Ihre Bewerbung als Clinical Trial Manager bei Vandera Pharma.

Ihre Unterlagen wurden von unserem Fachbereich sorgfältig geprüft. Leider wurde Ihre Bewerbung
nicht für den nächsten Schritt des Auswahlprozesses ausgewählt.

Unsere offenen Stellen: https://jobs.vandera.example/

Freundliche Grüße

Katrin Oelschläger
Talent Acquisition Partner
Vandera Pharma GmbH | k.oelschlaeger@vandera.example
""",
    html=page(["Sehr geehrte Frau Hoffmann,",
               "wir bedanken uns für Ihre Bewerbung als Clinical Trial Manager bei Vandera Pharma.",
               "Ihre Unterlagen wurden von unserem Fachbereich sorgfältig geprüft. Leider wurde Ihre "
               "Bewerbung nicht für den nächsten Schritt des Auswahlprozesses ausgewählt.",
               'Unsere offenen Stellen: <a href="https://jobs.vandera.example/">jobs.vandera.example</a>',
               "Freundliche Grüße<br><br>Katrin Oelschläger<br>Talent Acquisition Partner<br>"
               "Vandera Pharma GmbH | k.oelschlaeger@vandera.example"],
              footer="Powered by SmartRecruiters", brand="Vandera Pharma"),
    company="Vandera Pharma", role="Clinical Trial Manager", contact_name="Katrin Oelschläger",
    contact_email="k.oelschlaeger@vandera.example", careers_url="https://jobs.vandera.example/")

rej("position-filled-talent-pool",
    "Dirk Menzel <dirk.menzel@solvana.example>",
    "Ihre Bewerbung als Aktuar (m/w/d)",
    """Sehr geehrte Frau Hoffmann,

danke für Ihre Bewerbung und Ihre Geduld in den letzten Wochen.

Die ausgeschriebene Position konnte inzwischen besetzt werden. Ihr Profil hat uns dennoch
angesprochen: Gerne würden wir Ihre Unterlagen in unserem Talentpool speichern, um bei
künftigen Vakanzen auf Sie zuzukommen. Sind Sie damit einverstanden? Eine kurze Antwort
auf diese Mail genügt.

Beste Grüße
Dirk Menzel
Personalreferent
Solvana Versicherung AG
""",
    company="Solvana Versicherung", role="Aktuar (m/w/d)", contact_name="Dirk Menzel",
    contact_email="dirk.menzel@solvana.example")

rej("hiring-freeze-greenhouse",
    "Anna Petrović <no-reply@greenhouse.example>",
    "Cloud Security Architect bei Teralink Systems",
    """Hallo Frau Hoffmann,

vielen Dank für Ihr Interesse an Teralink Systems und die Gespräche mit unserem Security-Team.

Aufgrund einer unternehmensweiten Einstellungspause haben wir entschieden, die Stelle als
Cloud Security Architect vorerst nicht zu besetzen. Wir schließen den Prozess für diese
Position daher, auch für Ihre Bewerbung. Das hat ausdrücklich nichts mit Ihrer Qualifikation
zu tun.

Sobald wir wieder einstellen, finden Sie die Stellen unter https://teralink.example/careers.

Viele Grüße
Anna Petrović
Recruiting, Teralink Systems
""",
    reply_to="anna.petrovic@teralink.example",
    company="Teralink Systems", role="Cloud Security Architect", contact_name="Anna Petrović",
    contact_email="anna.petrovic@teralink.example", careers_url="https://teralink.example/careers")

rej("role-cancelled",
    "Frank Ehlers <f.ehlers@ostwind-medien.example>",
    "Redakteur Digital – Stand des Verfahrens",
    """Sehr geehrte Frau Hoffmann,

ich muss Ihnen heute leider eine unerfreuliche Nachricht überbringen. Im Zuge der Neuordnung
unserer Onlineredaktion wurde die ausgeschriebene Stelle als Redakteur Digital gestrichen.
Das Bewerbungsverfahren endet damit ohne Besetzung, und wir können es auch mit Ihnen nicht
fortführen.

Ich bedaure das sehr, zumal Ihre Arbeitsproben einen ausgezeichneten Eindruck gemacht haben.

Mit freundlichen Grüßen
Frank Ehlers
Chef vom Dienst, Ostwind Medien
""",
    company="Ostwind Medien", role="Redakteur Digital", contact_name="Frank Ehlers",
    contact_email="f.ehlers@ostwind-medien.example")

rej("not-a-match-teamtailor",
    "Lumeo <lumeo@teamtailor-mail.example>",
    "Deine Bewerbung als Frontend Engineer",
    None,
    html=page(["Hallo Lena,",
               "wir haben deine Bewerbung mit großem Interesse gelesen – danke dafür!",
               "Zum jetzigen Zeitpunkt sehen wir jedoch keine ausreichende Übereinstimmung zwischen deinem "
               "Profil und den Anforderungen der Stelle, weshalb wir dir keine positive Rückmeldung geben können.",
               "Alles Gute und bis vielleicht bald,<br>Sofie Brandt<br>Talent Team, Lumeo",
               '<a href="https://lumeo.teamtailor.example/jobs">Alle Jobs bei Lumeo</a>'],
              footer="Gesendet mit Teamtailor · <a href=\"https://lumeo.teamtailor.example/privacy\">Datenschutz</a>",
              brand="Lumeo"),
    html_only=True,
    company="Lumeo", role="Frontend Engineer", contact_name="Sofie Brandt",
    careers_url="https://lumeo.teamtailor.example/jobs")

rej("went-with-someone-experience",
    "Medivio Recruiting <recruiting@medivio.example>",
    "Regulatory Affairs Specialist",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für die guten Gespräche mit Herrn Dr. Krause und mir.

Den Zuschlag hat eine Kandidatin erhalten, deren Erfahrung in regulierten Märkten außerhalb
der EU etwas besser zu dem passt, was unser Team gerade am dringendsten braucht.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Johanna Weidlich
Medivio GmbH
""",
    company="Medivio", role="Regulatory Affairs Specialist", contact_name="Johanna Weidlich",
    contact_email="recruiting@medivio.example")

rej("buried-after-business",
    "Gerlinde Voss <g.voss@brueckner-sohn.example>",
    "Reisekosten und Rückmeldung",
    """Sehr geehrte Frau Hoffmann,

zunächst zum Organisatorischen: Die Reisekosten für Ihre Anreise zum Vorstellungsgespräch
erstatten wir selbstverständlich. Bitte senden Sie uns dazu noch Ihre Bankverbindung und die
Bahntickets als PDF. Die Überweisung erfolgt dann innerhalb von zwei Wochen.

Was die Stelle als Konstrukteur Sondermaschinen betrifft, so müssen wir Ihnen leider eine
Absage erteilen. Unsere Fachabteilung hat sich für eine Person mit mehr Erfahrung in der
Steuerungstechnik entschieden.

Mit freundlichen Grüßen

Gerlinde Voss
Personalabteilung
Brückner & Sohn Maschinenbau GmbH
""",
    company="Brückner & Sohn Maschinenbau", role="Konstrukteur Sondermaschinen", contact_name="Gerlinde Voss",
    contact_email="g.voss@brueckner-sohn.example")

rej("reply-quoting-status-request",
    "Claudia Reuter <c.reuter@kanzlei-reuter.example>",
    "AW: Nachfrage zu meiner Bewerbung als Rechtsanwaltsfachangestellte",
    """Hallo Frau Hoffmann,

danke für Ihre Nachfrage und entschuldigen Sie bitte die späte Antwort, bei uns war in den
letzten Wochen Land unter. Die Stelle ist mittlerweile anderweitig vergeben.

Alles Gute für Sie!
Claudia Reuter
Kanzlei Reuter & Partner

Am 09.02.2026 um 18:42 schrieb Lena Hoffmann <lena.hoffmann@postfach.example>:
> Sehr geehrte Frau Reuter,
>
> vor drei Wochen habe ich mich bei Ihnen als Rechtsanwaltsfachangestellte beworben und
> wollte mich freundlich erkundigen, ob es schon einen Zwischenstand gibt. Ich würde mich
> sehr über eine Einladung zum Gespräch freuen.
>
> Mit freundlichen Grüßen
> Lena Hoffmann
""",
    company="Kanzlei Reuter & Partner", role="Rechtsanwaltsfachangestellte", contact_name="Claudia Reuter",
    contact_email="c.reuter@kanzlei-reuter.example")

rej("owner-forward",
    "Lena Hoffmann <lena.hoffmann@postfach.example>",
    "WG: Ihre Bewerbung bei Alpenblick Hotels",
    """fürs Archiv

---------- Weitergeleitete Nachricht ----------
Von: Martina Egger <m.egger@alpenblick-hotels.example>
Datum: Mi., 11. Feb. 2026 um 09:12
Betreff: Ihre Bewerbung bei Alpenblick Hotels
An: <lena.hoffmann@altmail.example>

Sehr geehrte Frau Hoffmann,

wir bedanken uns für Ihr Interesse an der Position Front Office Manager in unserem Haus am
Wolfgangsee.

Bedauerlicherweise müssen wir Ihnen mitteilen, dass Ihre Bewerbung in diesem Auswahlverfahren
nicht weiter berücksichtigt werden kann.

Mit herzlichen Grüßen aus dem Salzkammergut
Martina Egger
HR Managerin | Alpenblick Hotels
""",
    company="Alpenblick Hotels", role="Front Office Manager", contact_name="Martina Egger",
    contact_email="m.egger@alpenblick-hotels.example")

rej("hard-wrapped",
    "Rainer Kolb <r.kolb@stadtwerke-erlenbach.example>",
    "Bewerbung Elektroniker für Betriebstechnik",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Elektroniker für
Betriebstechnik und Ihr Interesse an den Stadtwerken
Erlenbach.

Wir bedauern, dass wir Ihnen nach Abwägung aller
eingegangenen Bewerbungen keine
Zusage erteilen können.

Mit freundlichen Grüßen
i. A. Rainer Kolb
Stadtwerke Erlenbach GmbH
Personalwesen
""",
    company="Stadtwerke Erlenbach", role="Elektroniker für Betriebstechnik", contact_name="Rainer Kolb",
    contact_email="r.kolb@stadtwerke-erlenbach.example")

rej("swiss-typographic",
    "Reto Imhof <reto.imhof@bergquell.example>",
    "Deine Bewerbung als UX Researcher",
    """Hoi Lena

Merci vielmals für die spannenden Gespräche – es hat Spass gemacht, dich kennenzulernen.

Leider hat’s diesmal nicht geklappt: Wir haben die Stelle an jemanden vergeben, der schon
länger im Gesundheitsbereich forscht. Das war für uns der „Tie-Breaker“.

Ich wünsche dir nur das Beste und hoffe, man sieht sich wieder.

Liebe Grüsse
Reto Imhof
Lead UX, Bergquell AG
""",
    company="Bergquell AG", role="UX Researcher", contact_name="Reto Imhof",
    contact_email="reto.imhof@bergquell.example")

rej("cp1252-base64-unsigned",
    "Lagerhaus Nord Personal <personal@lagerhaus-nord.example>",
    "Absage – Ihre Bewerbung als Fachkraft für Lagerlogistik",
    """Sehr geehrte Frau Hoffmann,

wir danken Ihnen für Ihre Bewerbung als „Fachkraft für Lagerlogistik“ an unserem Standort
Bremen – und für die Zeit, die Sie investiert haben.

Nach Prüfung aller Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiter zu
verfolgen.

Freundliche Grüße
Ihr Personalteam
Lagerhaus Nord GmbH
""",
    charset="windows-1252", cte="base64",
    company="Lagerhaus Nord", role="Fachkraft für Lagerlogistik")

rej("ats-status-change",
    "Quantara Solar Bewerberportal <jobs@softgarden-mail.example>",
    "Statusänderung Ihrer Bewerbung",
    """Guten Tag Lena Hoffmann,

der Status Ihrer Bewerbung auf die Stelle „Servicetechniker Photovoltaik (m/w/d)“ bei
Quantara Solar hat sich geändert.

Neuer Status: Abgelehnt

Weitere Informationen finden Sie in Ihrem Bewerberkonto:
https://quantara.softgarden.example/account

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
    company="Quantara Solar", role="Servicetechniker Photovoltaik (m/w/d)")

rej("recruitee-du-active",
    "Mehmet Aydın <mehmet@kiezkueche.example>",
    "Deine Bewerbung als Sous-Chef",
    """Hallo Lena,

danke, dass du beim Probekochen dabei warst und dir so viel Mühe gegeben hast!

Wir müssen dir heute leider sagen, dass wir uns gegen deine Bewerbung entschieden haben. Uns
hat am Ende die Erfahrung mit großen Brigaden gefehlt.

Bleib dran, du kochst wirklich gut.
Mehmet
Kiezküche Berlin

Gesendet über Recruitee
""",
    company="Kiezküche", role="Sous-Chef", contact_name="Mehmet Aydın", contact_email="mehmet@kiezkueche.example")

rej("subjunctive-internal-candidate",
    "Ulrike Brenner <brenner@hanse-treuhand.example>",
    "Ihre Bewerbung als Steuerberater (m/w/d)",
    """Sehr geehrte Frau Hoffmann,

gerne hätten wir Ihnen eine positivere Nachricht überbracht. Wir werden die Position jedoch
mit einer Kollegin aus unserem Hamburger Büro besetzen, die sich intern beworben hat.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen beruflich wie privat alles Gute.

Mit freundlichen Grüßen
Ulrike Brenner
Partnerin
Hanse Treuhand Steuerberatungsgesellschaft mbH
""",
    company="Hanse Treuhand", role="Steuerberater (m/w/d)", contact_name="Ulrike Brenner",
    contact_email="brenner@hanse-treuhand.example")

rej("decision-before-reason-impersonal",
    "Julian Hartmann <julian.hartmann@velora-consulting.example>",
    "Bewerbung Junior Consultant",
    """Sehr geehrte Frau Hoffmann,

es wird uns leider nicht möglich sein, Sie in die nächste Phase unseres
Bewerbungsprozesses aufzunehmen. Grund dafür ist die außergewöhnlich hohe Zahl an
Bewerbungen mit direkter Branchenerfahrung im Energiesektor.

Wir danken Ihnen für Ihr Interesse an Velora Consulting.

Beste Grüße
Julian Hartmann
Recruiting Lead
""",
    company="Velora Consulting", role="Junior Consultant", contact_name="Julian Hartmann",
    contact_email="julian.hartmann@velora-consulting.example")

rej("team-subject-after-interview",
    "Nina Oberle <nina.oberle@datenfluss.example>",
    "Data Scientist – Ergebnis der Fachgespräche",
    """Liebe Frau Hoffmann,

vielen Dank für Ihre Zeit in den beiden Fachgesprächen und für die sorgfältig vorbereitete
Fallstudie.

Das Team hat nach den Gesprächen beschlossen, den Prozess mit Ihnen nicht fortzusetzen. Den
Ausschlag gab am Ende die fehlende Praxis mit Zeitreihenmodellen im Produktionsbetrieb.

Ich wünsche Ihnen viel Erfolg und alles Gute!

Nina Oberle
Teamlead Data Science
Datenfluss GmbH
""",
    company="Datenfluss", role="Data Scientist", contact_name="Nina Oberle",
    contact_email="nina.oberle@datenfluss.example")

rej("agency-client-nominal",
    "Patrick Sommer <sommer@sommer-keil.example>",
    "Ihre Kandidatur – Leitung Schadenregulierung bei Alvent Versicherung",
    """Guten Morgen Frau Hoffmann,

ich hatte Ihnen versprochen, mich bis Ende der Woche zu melden.

Leider hat sich die Alvent Versicherung nach Rücksprache mit dem Vorstand gegen Ihre Kandidatur
ausgesprochen. Man sucht doch jemanden, der bereits ein Team von über 30 Personen geführt hat.

Ich behalte Sie auf dem Schirm und melde mich mit neuen Mandaten.

Freundliche Grüße
Patrick Sommer
Partner | Sommer & Keil Personalberatung
Königsallee 12, 40212 Düsseldorf
""",
    company="Alvent Versicherung", role="Leitung Schadenregulierung", contact_name="Patrick Sommer",
    contact_email="sommer@sommer-keil.example")

rej("lever-not-successful",
    "Jana Wiegand <no-reply@hire.lever.example>",
    "Parcelio | Operations Manager",
    """Hallo Lena,

herzlichen Dank für deine Bewerbung als Operations Manager bei Parcelio.

Deine Bewerbung war dieses Mal leider nicht erfolgreich. Wir haben sehr viele Bewerbungen
erhalten und mussten uns auf wenige Profile konzentrieren.

Neue Stellen findest du immer unter https://jobs.lever.example/parcelio

Viele Grüße
Jana Wiegand
People & Culture, Parcelio
""",
    html=page(["Hallo Lena,", "herzlichen Dank für deine Bewerbung als Operations Manager bei Parcelio.",
               "Deine Bewerbung war dieses Mal leider nicht erfolgreich. Wir haben sehr viele Bewerbungen "
               "erhalten und mussten uns auf wenige Profile konzentrieren.",
               'Neue Stellen findest du immer unter <a href="https://jobs.lever.example/parcelio">'
               "jobs.lever.example/parcelio</a>",
               "Viele Grüße<br>Jana Wiegand<br>People &amp; Culture, Parcelio"], brand="Parcelio"),
    company="Parcelio", role="Operations Manager", contact_name="Jana Wiegand",
    careers_url="https://jobs.lever.example/parcelio")

rej("nicht-zum-zug",
    "Ole Petersen <ole@speiche-manufaktur.example>",
    "Re: Bewerbung als Zweiradmechatronikerin",
    """Moin Frau Hoffmann,

danke für Ihre Bewerbung und den netten Probetag in der Werkstatt.

Diesmal sind Sie leider nicht zum Zug gekommen – wir hatten nur eine Stelle und einen
Mitbewerber mit E-Bike-Zertifizierung.

Schöne Grüße aus Kiel
Ole Petersen
Fahrradmanufaktur Speiche
""",
    company="Fahrradmanufaktur Speiche", role="Zweiradmechatronikerin", contact_name="Ole Petersen",
    contact_email="ole@speiche-manufaktur.example")

rej("public-sector-uebertragen",
    "Landesamt für Geoinformation Nordmark <bewerbung@lgn-nordmark.example>",
    "Besetzung des Dienstpostens Referent/in Datenanalyse (Az. P 2-0315/26)",
    """Sehr geehrte Frau Hoffmann,

im Ergebnis des durchgeführten Auswahlverfahrens wurde entschieden, den Dienstposten
Referent/in Datenanalyse einer anderen Bewerberin zu übertragen.

Ich bedanke mich für Ihr Interesse an einer Tätigkeit in der Landesverwaltung. Ihre
Unterlagen werden nach Ablauf der Frist von sechs Monaten datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Torsten Schenk
Referat Z 2 – Personal
""",
    company="Landesamt für Geoinformation Nordmark", role="Referent/in Datenanalyse",
    contact_name="Torsten Schenk", contact_email="bewerbung@lgn-nordmark.example")

rej("austrian-keine-positive-rueckmeldung",
    "Elisabeth Huber <e.huber@donaublick.example>",
    "Ihre Bewerbung Restaurantleitung",
    """Sehr geehrte Frau Hoffmann,

Ihre Bewerbung hat uns sehr gefreut, und wir danken Ihnen für das Vertrauen in unser Haus.
Nach eingehender Durchsicht aller Bewerbungen bedauern wir, Ihnen keine positive Rückmeldung
geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Mag. Elisabeth Huber
Personalleitung
Donaublick Gastronomie GmbH, Linz
""",
    company="Donaublick Gastronomie", role="Restaurantleitung", contact_name="Elisabeth Huber",
    contact_email="e.huber@donaublick.example")

rej("denglisch-no-offer",
    "Chris Nowak <chris@stackwerk.example>",
    "Dein Interview bei Stackwerk",
    """Hi Lena,

vielen Dank für dein Interview mit uns am Dienstag und die Zeit fürs Pairing.

Nach dem Debrief im Team haben wir uns dazu entschlossen, dir für die Rolle als Backend Engineer
(Go) kein Offer zu machen. Im System Design hätten wir uns mehr Tiefe bei verteilten
Transaktionen gewünscht.

Cheers
Chris
Engineering Manager @ Stackwerk
""",
    company="Stackwerk", role="Backend Engineer (Go)", contact_name="Chris Nowak",
    contact_email="chris@stackwerk.example")

rej("dual-study-test-failed",
    "Mainwerk Bahntechnik Ausbildung <noreply@mainwerk-bahntechnik.example>",
    "Ihre Bewerbung für ein Duales Studium Elektrotechnik",
    """Sehr geehrte Frau Hoffmann,

wir freuen uns über Ihr Interesse an einem Dualen Studium Elektrotechnik bei der Mainwerk
Bahntechnik.

Im Online-Test haben Sie die erforderliche Punktzahl leider nicht erreicht, sodass wir Sie im
weiteren Auswahlverfahren nicht berücksichtigen können.

Mit freundlichen Grüßen
Ihr Ausbildungsteam
Mainwerk Bahntechnik GmbH
""",
    company="Mainwerk Bahntechnik", role="Duales Studium Elektrotechnik")

rej("hospital-beschieden",
    "Andrea Lutz <andrea.lutz@klinikum-auenfeld.example>",
    "Bewerbung Gesundheits- und Krankenpflegerin Intensivstation",
    """Sehr geehrte Frau Hoffmann,

wir haben Ihre Bewerbung für unsere Intensivstation erhalten und sorgfältig geprüft.

Ihre Bewerbung konnte leider nicht positiv beschieden werden, da für die Stelle die
Fachweiterbildung Intensivpflege zwingend vorausgesetzt wird.

Freundliche Grüße
Andrea Lutz
Pflegedirektion
Klinikum Auenfeld
""",
    company="Klinikum Auenfeld", role="Gesundheits- und Krankenpflegerin Intensivstation",
    contact_name="Andrea Lutz", contact_email="andrea.lutz@klinikum-auenfeld.example")

rej("internal-succession",
    "Stefan Kern <kern@kern-immobilien.example>",
    "Assistenz der Geschäftsführung",
    """Guten Tag Frau Hoffmann,

kurze Rückmeldung zu Ihrer Bewerbung als Assistenz der Geschäftsführung: Die Position wird
durch eine Kollegin aus den eigenen Reihen nachbesetzt, sodass eine externe Besetzung für uns
nicht mehr in Frage kommt.

Vielen Dank für Ihr Interesse und alles Gute!
Stefan Kern
Geschäftsführer, Kern Immobilien
""",
    company="Kern Immobilien", role="Assistenz der Geschäftsführung", contact_name="Stefan Kern",
    contact_email="kern@kern-immobilien.example")

rej("mobile-short",
    "Jule Kramer <jule@cafe-milchzahn.example>",
    "Re: Bewerbung Barista",
    """Hallo Frau Hoffmann,
leider wird das nichts mit uns – wir haben schon jemanden gefunden. Trotzdem danke und alles Gute!
Jule
Café Milchzahn

Gesendet von meinem iPhone
""",
    company="Café Milchzahn", role="Barista", contact_name="Jule Kramer", contact_email="jule@cafe-milchzahn.example")

rej("wahl-gefallen",
    "Hannes Falk <falk@ib-falk.example>",
    "Ihre Bewerbung als Bauzeichnerin",
    """Sehr geehrte Frau Hoffmann,

besten Dank für Ihre Bewerbung und die Mappe mit Ihren Arbeiten.

Unsere Wahl ist auf einen Mitbewerber gefallen, der bereits mit unserer CAD-Software arbeitet.
Ihre Unterlagen senden wir Ihnen mit separater Post zurück.

Mit freundlichen Grüßen
Dipl.-Ing. Hannes Falk
Ingenieurbüro Falk
""",
    company="Ingenieurbüro Falk", role="Bauzeichnerin", contact_name="Hannes Falk",
    contact_email="falk@ib-falk.example")

rej("final-round-board",
    "Viktoria Lenz <viktoria.lenz@pallas-bank.example>",
    "Head of Compliance – Rückmeldung nach dem Vorstandsgespräch",
    """Sehr geehrte Frau Hoffmann,

ich danke Ihnen sehr für die Zeit, die Sie in unseren mehrstufigen Prozess investiert haben,
zuletzt im Gespräch mit unserem Vorstand.

Nach der finalen Runde muss ich Ihnen leider sagen, dass wir die Position nicht mit Ihnen
besetzen werden. Die Entscheidung war äußerst knapp.

Mit freundlichen Grüßen

Dr. Viktoria Lenz
Bereichsleiterin Personal
Pallas Bank AG
Neue Mainzer Straße 80 · 60311 Frankfurt am Main
Vorstand: Karl Degen (Sprecher), Dr. Mirja Holt · Vorsitzender des Aufsichtsrats: Udo Ferch
Sitz der Gesellschaft: Frankfurt am Main · Amtsgericht Frankfurt HRB 55402

""" + LEGAL + "\n",
    company="Pallas Bank", role="Head of Compliance", contact_name="Viktoria Lenz",
    contact_email="viktoria.lenz@pallas-bank.example")

rej("kein-angebot-unterbreiten",
    "Melanie Sauer <melanie.sauer@aurum-retail.example>",
    "Store Manager Dresden",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für das aufschlussreiche Gespräch in unserer Filiale in Dresden.

Wir können Ihnen für die Position als Store Manager leider kein Angebot unterbreiten. Sehr
gern gebe ich Ihnen telefonisch ein ausführlicheres Feedback, wenn Sie das möchten.

Herzliche Grüße
Melanie Sauer
Regional HR Business Partner, Aurum Retail
""",
    company="Aurum Retail", role="Store Manager", contact_name="Melanie Sauer",
    contact_email="melanie.sauer@aurum-retail.example")

rej("ats-inclusive-selected-others",
    "Finora Talent <no-reply@finora.example>",
    "Ihre Bewerbung als Payments Analyst",
    None,
    html=page(["Hallo Lena Hoffmann,",
               "danke, dass Sie sich für die Position <i>Payments Analyst</i> bei Finora beworben haben.",
               "Bedauerlicherweise haben wir für diese Stelle Kandidat:innen ausgewählt, deren Profile "
               "besser zu den aktuellen Anforderungen passen.",
               'Entdecken Sie weitere Möglichkeiten auf <a href="https://finora.example/karriere">'
               "unserer Karriereseite</a>.",
               "Ihr Finora Talent Team"],
              footer='<a href="https://finora.example/datenschutz">Datenschutz</a> · Finora GmbH, Berlin',
              brand="Finora"),
    html_only=True,
    company="Finora", role="Payments Analyst", careers_url="https://finora.example/karriere")

rej("subject-absage-body-negativ",
    "Georg Sonnleitner <georg@weingut-sonnleitner.example>",
    "Absage Kellermeister-Assistenz",
    """Grüß Gott Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Assistenz unseres Kellermeisters und Ihr Interesse am
Weingut.

Leider ist unsere Rückmeldung diesmal negativ. Wir haben uns für eine Bewerberin aus der Region
entschieden, die die Lese bei uns schon mehrfach begleitet hat.

Herzliche Grüße aus der Wachau
Georg Sonnleitner
Weingut Sonnleitner
""",
    company="Weingut Sonnleitner", role="Kellermeister-Assistenz", contact_name="Georg Sonnleitner",
    contact_email="georg@weingut-sonnleitner.example")

rej("impersonal-erfolgt-absage",
    "Birgit Neumann <neumann@apotheke-am-markt.example>",
    "Ihre Bewerbung als Apothekerin",
    """Sehr geehrte Frau Hoffmann,

nach Prüfung Ihrer Unterlagen erfolgt leider eine Absage, da die deutsche Approbation für die
Stelle zwingend erforderlich ist und diese noch nicht vorliegt.

Sollte sich daran etwas ändern, freuen wir uns über eine erneute Bewerbung.

Mit freundlichen Grüßen
Birgit Neumann
Inhaberin, Apotheke am Markt
""",
    company="Apotheke am Markt", role="Apothekerin", contact_name="Birgit Neumann",
    contact_email="neumann@apotheke-am-markt.example")

rej("nicht-in-betracht-talentpool",
    "Lars Engel <lars.engel@meridian-logistics.example>",
    "Supply Chain Planner – Ihre Bewerbung",
    """Sehr geehrte Frau Hoffmann,

danke für Ihre aussagekräftige Bewerbung.

Für die aktuelle Position als Supply Chain Planner kommen Sie zu unserem Bedauern nicht in
Betracht, da wir fundierte SAP-IBP-Kenntnisse benötigen. Wir würden Sie aber gern in unseren
Talentpool aufnehmen und bei passenden Stellen auf Sie zukommen.

Freundliche Grüße
Lars Engel
Meridian Logistics
""",
    company="Meridian Logistics", role="Supply Chain Planner", contact_name="Lars Engel",
    contact_email="lars.engel@meridian-logistics.example")

rej("first-person-trial-day",
    "Katja Lange <praxis@physio-lange.example>",
    "Probearbeit",
    """Liebe Frau Hoffmann,

danke, dass Sie sich letzte Woche einen ganzen Tag Zeit für das Probearbeiten in unserer
Praxis genommen haben.

Ich habe lange überlegt, mich aber letztlich gegen eine Einstellung entschieden, weil ich
für die Stelle als Physiotherapeutin jemanden mit Lymphdrainage-Zertifikat brauche.

Herzliche Grüße
Katja Lange
Praxis für Physiotherapie Lange
""",
    company="Praxis für Physiotherapie Lange", role="Physiotherapeutin", contact_name="Katja Lange",
    contact_email="praxis@physio-lange.example")

rej("bilingual-template",
    "Helvion Robotics Recruiting <recruiting-noreply@helvion.example>",
    "Ihre Bewerbung / Your application – Embedded Software Engineer",
    """(English version below)

Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Embedded Software Engineer. Wir haben Ihre Unterlagen
sorgfältig gesichtet, bedauern jedoch, Ihnen mitteilen zu müssen, dass wir uns für andere
Bewerber entschieden haben.

Mit freundlichen Grüßen
Helvion Robotics Recruiting

---

Dear Ms Hoffmann,

thank you for applying for the Embedded Software Engineer role. Having carefully reviewed your
documents, we regret to tell you that we have decided to move forward with other candidates.

Kind regards
Helvion Robotics Recruiting
https://helvion.example/jobs
""",
    company="Helvion Robotics", role="Embedded Software Engineer", careers_url="https://helvion.example/jobs")

# ---------------------------------------------------------------------------------------------------------
# Hard look-alikes (35)
# ---------------------------------------------------------------------------------------------------------

neg("received-with-conditional-rejection",
    "Orbis Versand Karriere <karriere@orbis-versand.example>",
    "Eingangsbestätigung Ihrer Bewerbung – Teamleitung Kundenservice",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice. Ihre Unterlagen sind vollständig
bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig; das kann zwei bis drei Wochen dauern. Sollten wir Sie
nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Orbis Versand
""")

neg("incomplete-application",
    "Kreisverwaltung Hohenstein <personal@kreis-hohenstein.example>",
    "Ihre Bewerbung ist unvollständig",
    """Sehr geehrte Frau Hoffmann,

bei Durchsicht Ihrer Bewerbung auf die Stelle Sachbearbeitung Elterngeld haben wir
festgestellt, dass das Abschlusszeugnis fehlt.

Leider können wir unvollständige Bewerbungen im Auswahlverfahren nicht berücksichtigen. Bitte
reichen Sie das Zeugnis bis zum 27.02.2026 über das Bewerberportal nach, damit Ihre Bewerbung
weiter bearbeitet werden kann.

Mit freundlichen Grüßen
Im Auftrag
Jürgen Maaß
""")

neg("interview-invitation",
    "Sophie Reinhardt <s.reinhardt@kaltenbach-werke.example>",
    "Einladung zum Vorstellungsgespräch",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Qualitätsingenieurin. Ihre Unterlagen haben uns überzeugt,
und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 17.02.2026, um 10:00 Uhr
in unser Werk in Ulm ein. Leider können wir keine Parkplätze auf dem Gelände anbieten.

Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen
Sophie Reinhardt
Kaltenbach Werke
""")

neg("assessment-invitation",
    "Talent Acquisition Cordex <assessment@cordex.example>",
    "Einladung zum Online-Assessment",
    """Hallo Lena,

gute Nachrichten: Du bist im Auswahlprozess für unser Traineeprogramm eine Runde weiter!

Im nächsten Schritt bitten wir dich, bis Freitag unseren Online-Test zu absolvieren (ca. 45
Minuten). Den Link findest du unten. Kandidat:innen, die den Test nicht bis zur Frist
abschließen, können wir leider nicht weiter berücksichtigen.

Test starten: https://cordex.assessment.example/start/91f2

Viel Erfolg!
Dein Talent Acquisition Team
""")

neg("interview-rescheduled",
    "Moritz Graf <moritz.graf@lichtblau-software.example>",
    "Verschiebung unseres Gesprächs",
    """Hallo Frau Hoffmann,

leider muss ich unseren Termin am Donnerstag absagen, da ich kurzfristig auf eine Dienstreise
muss. Das tut mir sehr leid!

Ihre Bewerbung ist davon natürlich nicht betroffen. Passt Ihnen alternativ Montag, 14 Uhr,
oder Dienstag, 9:30 Uhr?

Viele Grüße
Moritz Graf
Lichtblau Software
""")

neg("offer",
    "Henrike Lamprecht <h.lamprecht@sternbach.example>",
    "Ihr Vertragsangebot",
    """Sehr geehrte Frau Hoffmann,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Gerne
bieten wir Ihnen die Position als Produktmanagerin an.

Anbei erhalten Sie unser Vertragsangebot. Wir haben uns gegen eine Probezeit von sechs Monaten
entschieden und schlagen drei Monate vor.

Mit herzlichen Grüßen
Henrike Lamprecht
Sternbach GmbH
""")

neg("next-round",
    "Benedikt Auer <b.auer@quellmann.example>",
    "Nächste Runde – Bewerbung Controller",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für das erste Gespräch. Wir haben uns entschieden, den Prozess mit Ihnen
fortzusetzen, und möchten Sie zu einem Zweitgespräch mit der Geschäftsführung einladen.

Andere Bewerber haben wir bereits abgesagt, Sie sind also in der engeren Auswahl.

Beste Grüße
Benedikt Auer
""")

neg("job-alert",
    "Jobbörse Rheinland <alerts@jobboerse-rheinland.example>",
    "5 neue Jobs für „Data Analyst“ in Köln",
    """Hallo Lena,

zu deinem Suchauftrag „Data Analyst, Köln, 25 km“ gibt es neue Stellenangebote:

- Data Analyst (m/w/d) – Kölner Versorgungswerke – Köln
- Junior Data Analyst – Bluehaus Media – Hürth
- BI Analyst Vertrieb – Ostermann Handel – Köln-Porz
- Data Analyst Marketing – Nettokauf – Leverkusen
- Werkstudent Datenanalyse – Uni-Klinik – Köln

Nicht das Richtige dabei? Passe deinen Suchauftrag an.
Suchauftrag löschen: https://jobboerse-rheinland.example/alerts/delete
""")

neg("recruiter-outreach",
    "Vanessa Kühn <v.kuehn@headhunt-nord.example>",
    "Spannende Position als Head of Analytics",
    """Hallo Frau Hoffmann,

ich bin auf Ihr Profil gestoßen und bin beeindruckt von Ihrem Werdegang. Aktuell suche ich
für einen Kunden aus dem E-Commerce eine Head of Analytics.

Hätten Sie Lust auf ein unverbindliches Telefonat? Falls kein Interesse besteht, ist das
natürlich auch völlig in Ordnung – dann sehen Sie meine Nachricht einfach als erledigt an.

Viele Grüße
Vanessa Kühn
""")

neg("newsletter-career-advice",
    "Karrierebrief <newsletter@karrierebrief.example>",
    "Was Absage-Formulierungen wirklich bedeuten",
    """Der Karrierebrief – Ausgabe 7/2026

„Leider haben wir uns für einen anderen Kandidaten entschieden“ – diesen Satz hat fast jeder
schon einmal gelesen. Doch was steckt dahinter? Unsere Autorin erklärt, warum Absagen oft so
formuliert sind und wie Sie nachfragen können.

Außerdem: „Ihre Bewerbung konnte nicht berücksichtigt werden“ – wann lohnt sich eine
erneute Bewerbung?

Weiterlesen: https://karrierebrief.example/absagen-verstehen

Newsletter abbestellen: https://karrierebrief.example/abmelden
""")

neg("housing-rejection",
    "Hausverwaltung Wiesner <vermietung@hv-wiesner.example>",
    "Ihre Anfrage zur Wohnung Lindenstraße 12",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenstraße 12 und die
vollständigen Unterlagen inklusive Arbeitgeberbescheinigung.

Leider haben wir uns für andere Mietinteressenten entschieden.

Mit freundlichen Grüßen
Hausverwaltung Wiesner
""")

neg("loan-rejection",
    "Nordbank Direkt <service@nordbank-direkt.example>",
    "Ihr Kreditantrag Nr. 48812",
    """Sehr geehrte Frau Hoffmann,

wir haben Ihren Antrag auf einen Ratenkredit über 15.000 EUR geprüft. Leider können wir
Ihrem Antrag nicht entsprechen. Die Entscheidung beruht unter anderem auf Ihrer
Einkommenssituation und der Dauer Ihres aktuellen Arbeitsverhältnisses.

Mit freundlichen Grüßen
Ihre Nordbank Direkt
""")

neg("paper-rejection",
    "Zeitschrift für Regionalforschung <editor@zfr-journal.example>",
    "Entscheidung zu Ihrem Manuskript ZFR-2026-031",
    """Sehr geehrte Frau Hoffmann,

nach Eingang der Gutachten hat die Redaktion entschieden, Ihr Manuskript „Pendelströme und
Arbeitsmarktregionen“ nicht zur Veröffentlichung anzunehmen. Die Gutachten finden Sie
anbei.

Mit freundlichen Grüßen
Prof. Dr. Walter Eck
Herausgeber
""")

neg("grant-rejection",
    "Stiftung Forschungsraum <foerderung@forschungsraum.example>",
    "Ihr Förderantrag „Arbeit im Wandel“",
    """Sehr geehrte Frau Hoffmann,

das Kuratorium hat in seiner Sitzung über die eingegangenen Anträge beraten. Leider konnte Ihr
Antrag in dieser Förderrunde nicht berücksichtigt werden. Wir haben uns für andere Projekte
entschieden, die stärker dem Förderschwerpunkt entsprechen.

Mit freundlichen Grüßen
Stiftung Forschungsraum
""")

neg("school-place",
    "Grundschule am Lindenpark <sekretariat@gs-lindenpark.example>",
    "Aufnahme zum Schuljahr 2026/27",
    """Sehr geehrte Frau Hoffmann,

leider können wir Ihr Kind Mila zum kommenden Schuljahr nicht an unserer Schule aufnehmen, da
die Zahl der Anmeldungen die Aufnahmekapazität übersteigt. Die Schulplatzvergabe erfolgte nach
Geschwisterkindern und Schulweglänge.

Mit freundlichen Grüßen
Schulleitung
""")

neg("order-cancelled",
    "Büroprofi Shop <bestellung@bueroprofi.example>",
    "Stornierung Ihrer Bestellung 2026-44781",
    """Hallo Lena Hoffmann,

leider müssen wir Ihre Bestellung des Bürostuhls „ErgoPlus Work“ stornieren, da der Artikel
beim Hersteller nicht mehr lieferbar ist. Der Betrag wird Ihnen innerhalb von 5 Werktagen
erstattet.

Ihr Büroprofi-Team
""")

neg("career-fair-registration",
    "Karrieremesse Mitteldeutschland <info@karrieremesse-md.example>",
    "Ihre Anmeldung zur Karrieremesse",
    """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Anmeldung zum Bewerbungsmappen-Check auf der Karrieremesse
Mitteldeutschland. Leider sind alle Termine bereits vergeben, sodass wir Ihre Anmeldung nicht
berücksichtigen können. Die Messe selbst können Sie selbstverständlich kostenlos besuchen.

Viele Grüße
Ihr Messeteam
""")

neg("insurance-rejection",
    "Vitalis Versicherung <antrag@vitalis.example>",
    "Ihr Antrag auf Berufsunfähigkeitsversicherung",
    """Sehr geehrte Frau Hoffmann,

nach Prüfung Ihrer Gesundheitsangaben müssen wir Ihnen leider mitteilen, dass wir Ihren Antrag
auf eine Berufsunfähigkeitsversicherung nicht annehmen können.

Mit freundlichen Grüßen
Vitalis Versicherung AG, Antragsabteilung
""")

neg("own-withdrawal-confirmed",
    "Eva Schuster <eva.schuster@lorenz-gruppe.example>",
    "Re: Rückzug meiner Bewerbung",
    """Liebe Frau Hoffmann,

schade, aber natürlich verstehe ich Ihre Entscheidung. Ich habe Ihre Bewerbung als
Key Account Managerin im System zurückgezogen und gratuliere Ihnen herzlich zur neuen Stelle!

Viele Grüße
Eva Schuster

Am 12.02.2026 um 08:03 schrieb Lena Hoffmann:
> Liebe Frau Schuster,
> ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung
> daher zurück. Vielen Dank für die angenehmen Gespräche!
""")

neg("owner-sent-withdrawal",
    "Lena Hoffmann <lena.hoffmann@postfach.example>",
    "Bewerbung Projektmanagerin – Rückzug",
    """Sehr geehrter Herr Baltes,

vielen Dank für die Einladung zum zweiten Gespräch. Ich habe mich allerdings entschieden,
meine Bewerbung zurückzuziehen, da ich ein Angebot angenommen habe, das besser zu meiner
familiären Situation passt.

Mit freundlichen Grüßen
Lena Hoffmann
""", to="Ralf Baltes <r.baltes@baltes-bau.example>")

neg("hr-to-interviewer",
    "Carina Vogt <c.vogt@mein-arbeitgeber.example>",
    "Kandidat Felix Brenner – Absage",
    """Hi Lena,

kurze Info zur Stelle Junior Analyst: Nach eurem Feedback aus dem Interview haben wir uns
gegen Herrn Brenner entschieden, ich schicke ihm morgen die Absage. Kannst du mir bis heute
Abend noch zwei Sätze Begründung für das Feedbackgespräch schicken?

Danke dir!
Carina
HR Business Partner
""")

neg("colleague-not-selected",
    "Anja Berthold <anja.berthold@mein-arbeitgeber.example>",
    "Teamleitung Einkauf",
    """Hallo zusammen,

wie ihr vielleicht schon gehört habt, wurde Tobias für die Teamleitung im Einkauf leider nicht
ausgewählt; die Stelle übernimmt ab April Frau Kessler aus Stuttgart. Lasst uns Tobias
trotzdem am Freitag auf ein Feierabendbier einladen, er hat sich die Sache sehr zu Herzen
genommen.

Anja
""")

neg("keep-in-process",
    "Dominik Seiler <dominik.seiler@varianta.example>",
    "Zwischenstand zu Ihrer Bewerbung",
    """Sehr geehrte Frau Hoffmann,

leider verzögert sich unsere Entscheidung, weil noch zwei Gespräche mit dem Fachbereich
ausstehen. Ihre Bewerbung ist weiterhin im Rennen, und wir möchten Sie unbedingt im Prozess
behalten. Wir melden uns spätestens Ende des Monats.

Mit freundlichen Grüßen
Dominik Seiler
""")

neg("talent-pool-data-expiry",
    "Helmreich Karriere <noreply@helmreich.example>",
    "Ihre Daten in unserem Talentpool",
    """Sehr geehrte Frau Hoffmann,

Sie sind seit zwölf Monaten Mitglied im Talentpool der Helmreich Gruppe. Gemäß unseren
Datenschutzbestimmungen löschen wir Ihr Profil in 30 Tagen, sofern Sie der weiteren
Speicherung nicht zustimmen.

Zustimmen: https://helmreich.example/talentpool/verlaengern

Ihr Helmreich Recruiting
""")

neg("holiday-request-denied",
    "HR-Portal <hr-portal@mein-arbeitgeber.example>",
    "Urlaubsantrag abgelehnt",
    """Hallo Lena Hoffmann,

Ihr Urlaubsantrag vom 02.03.2026 bis 13.03.2026 wurde von Ihrer Führungskraft abgelehnt.
Kommentar: „Leider fällt der Zeitraum in den Quartalsabschluss, bitte verschieben.“

Sie können im Personalportal einen neuen Antrag stellen.
""")

neg("expense-claim-rejected",
    "Spesen-Workflow <noreply@mein-arbeitgeber.example>",
    "Reisekostenabrechnung RK-2026-118 zurückgewiesen",
    """Ihre Reisekostenabrechnung RK-2026-118 wurde zurückgewiesen.
Grund: Beleg für die Hotelübernachtung fehlt.

Bitte ergänzen Sie den Beleg und reichen Sie die Abrechnung erneut ein.
""")

neg("scholarship-rejection",
    "Studienstiftung Nordlicht <auswahl@nordlicht-stiftung.example>",
    "Ergebnis des Auswahlverfahrens",
    """Sehr geehrte Frau Hoffmann,

wir danken Ihnen für Ihre Bewerbung um ein Promotionsstipendium und Ihre Teilnahme am
Auswahlseminar. Leider müssen wir Ihnen mitteilen, dass wir Sie nicht in die Förderung
aufnehmen können. Die Zahl der Bewerbungen übersteigt die verfügbaren Stipendien deutlich.

Mit freundlichen Grüßen
Auswahlausschuss der Studienstiftung Nordlicht
""")

neg("university-admission",
    "Hochschule Talheim Studierendenservice <zulassung@hs-talheim.example>",
    "Bescheid über Ihre Bewerbung um einen Studienplatz",
    """Sehr geehrte Frau Hoffmann,

Ihre Bewerbung um einen Studienplatz im Masterstudiengang Wirtschaftsinformatik zum
Sommersemester 2026 konnte leider nicht berücksichtigt werden, da die Zahl der Bewerbungen die
der verfügbaren Studienplätze übersteigt. Den Ablehnungsbescheid finden Sie im Portal.

Mit freundlichen Grüßen
Studierendenservice
""")

neg("tender-rejection",
    "Vergabestelle Stadt Moorbach <vergabe@moorbach.example>",
    "Vergabeverfahren 2026/07 – Information nach § 134 GWB",
    """Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass Ihr Angebot im Vergabeverfahren „Reinigung städtischer
Gebäude“ nicht berücksichtigt werden kann. Der Zuschlag soll auf das Angebot der Firma
Glanzwerk Dienstleistungen erteilt werden.

Mit freundlichen Grüßen
Vergabestelle
""")

neg("satisfaction-survey",
    "Candidate Experience <survey@brightlane.example>",
    "Wie war Ihr Bewerbungsprozess bei Brightlane?",
    """Sehr geehrte Frau Hoffmann,

Sie haben sich vor Kurzem bei uns beworben. Unabhängig vom Ergebnis interessiert uns Ihre
Meinung: Wie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert drei
Minuten.

Zur Umfrage: https://brightlane.example/survey/cx
""")

neg("status-in-review",
    "Stellenportal Altmark <noreply@stellenportal-altmark.example>",
    "Ihre Bewerbung ist in Prüfung",
    """Hallo Lena Hoffmann,

der Status Ihrer Bewerbung „Verwaltungsfachangestellte (m/w/d)“ hat sich geändert.

Neuer Status: In Prüfung durch die Fachabteilung

Sie werden informiert, sobald eine Entscheidung gefallen ist.
""")

neg("owner-declined-offer-acknowledged",
    "Tobias Riedl <t.riedl@seidenberg.example>",
    "Schade!",
    """Liebe Frau Hoffmann,

schade, dass Sie unser Angebot für die Stelle als Einkäuferin abgelehnt haben – aber ich kann
Ihre Gründe gut nachvollziehen. Sollten Sie es sich anders überlegen, ist unsere Tür offen.

Herzliche Grüße
Tobias Riedl
Seidenberg Textil
""")

neg("ticket-lottery",
    "Festival Heideklang <tickets@heideklang.example>",
    "Ergebnis der Ticketverlosung",
    """Hallo Lena,

danke für deine Teilnahme an der Verlosung der Crew-Tickets. Leider wurdest du diesmal nicht
ausgewählt. Alle Bewerberinnen und Bewerber haben wir per Los gezogen.

Bis bald auf dem Festival!
""")

neg("cc-candidate-rejection-as-hiring-manager",
    "Recruiting Kalmar Systems <recruiting@kalmar.example>",
    "WG: Ihre Bewerbung als Werkstudent IT-Support – zur Kenntnis",
    """Hallo Lena,

zur Info, die Absage an den Kandidaten aus deinem Team-Interview ist raus, siehe unten.

Gruß, Recruiting

---------- Weitergeleitete Nachricht ----------
Von: Recruiting Kalmar Systems <recruiting@kalmar.example>
An: Jan Wolter <jan.wolter@mail.example>
Betreff: Ihre Bewerbung als Werkstudent IT-Support

Sehr geehrter Herr Wolter,

leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Mit freundlichen Grüßen
Recruiting Kalmar Systems
""")

neg("delay-no-decision-yet",
    "Marlene Hoch <m.hoch@fernwerk.example>",
    "Ihre Bewerbung – wir brauchen noch etwas Zeit",
    """Sehr geehrte Frau Hoffmann,

leider konnten wir noch keine Entscheidung treffen, da sich die Abstimmung mit der
Geschäftsleitung verzögert. Wir haben noch keine Absage erteilt und auch niemanden eingestellt;
Sie hören spätestens nächste Woche von uns.

Freundliche Grüße
Marlene Hoch
Fernwerk GmbH
""")

# ---------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words (20)
# ---------------------------------------------------------------------------------------------------------

neg("payslip", "Lohnbüro <lohn@mein-arbeitgeber.example>", "Ihre Gehaltsabrechnung Januar 2026",
    """Hallo Lena Hoffmann,

Ihre Gehaltsabrechnung für Januar 2026 steht im Mitarbeiterportal zum Download bereit.

Ihr Lohnbüro
""")

neg("team-lunch", "Jonas Pfeiffer <jonas.pfeiffer@mein-arbeitgeber.example>", "Teamessen Freitag",
    """Hi zusammen,

am Freitag gehen wir mit dem ganzen Team zum Italiener, um die neuen Kolleginnen zu begrüßen,
die wir eingestellt haben. Wer ist dabei? Bitte bis Mittwoch Bescheid geben.

Jonas
""")

neg("reference-letter", "Personalabteilung Brunnhuber <personal@brunnhuber.example>", "Ihr Arbeitszeugnis",
    """Sehr geehrte Frau Hoffmann,

anbei erhalten Sie Ihr qualifiziertes Arbeitszeugnis sowie die Arbeitsbescheinigung. Das
Original geht Ihnen in den nächsten Tagen per Post zu.

Wir wünschen Ihnen für Ihre neue Stelle alles Gute.

Personalabteilung Brunnhuber
""")

neg("onboarding", "Onboarding <onboarding@mein-arbeitgeber.example>", "Willkommen an Bord – Ihr erster Arbeitstag",
    """Liebe Frau Hoffmann,

wir freuen uns auf Ihren ersten Arbeitstag am 1. März! Bitte bringen Sie Ihren Personalausweis
und Ihre Steuer-ID mit. Um 9 Uhr holt Sie Ihre Buddy-Kollegin am Empfang ab.

Ihr Onboarding-Team
""")

neg("network-newsletter", "Karrierenetz <news@karrierenetz.example>", "Ihre Woche im Karrierenetz",
    """Hallo Lena,

12 Personen haben Ihr Profil angesehen. 3 neue Kontakte aus Ihrer Branche. Ihr Kontakt
Martin Krebs hat eine neue Position als Teamleiter bei Sonnwerk angetreten – gratulieren Sie!

Einstellungen ändern: https://karrierenetz.example/settings
""")

neg("employee-survey", "Interne Kommunikation <intern@mein-arbeitgeber.example>", "Mitarbeiterbefragung 2026",
    """Liebe Kolleginnen und Kollegen,

unsere jährliche Mitarbeiterbefragung startet heute. Ihre Antworten sind anonym und helfen uns,
Arbeitsplatz und Führungskultur weiterzuentwickeln. Teilnahme bis 28.02.

Ihre Interne Kommunikation
""")

neg("training-course", "Akademie Weiterbildung <kurse@akademie-wb.example>", "Anmeldebestätigung: Excel für Controller",
    """Sehr geehrte Frau Hoffmann,

hiermit bestätigen wir Ihre Anmeldung zum Seminar „Excel für Controller“ am 10. und 11. März.
Die Kosten übernimmt laut Angabe Ihr Arbeitgeber; die Rechnung geht an die Personalabteilung.

Akademie Weiterbildung
""")

neg("salary-report", "Gehaltsreport <report@gehaltscheck.example>", "Ihr persönlicher Gehaltsreport",
    """Hallo Lena,

auf Basis Ihrer Angaben (Data Analyst, 4 Jahre Berufserfahrung, Köln) liegt das mittlere
Gehalt bei 58.500 EUR. Nutzen Sie den Report für Ihre nächste Gehaltsverhandlung oder
Bewerbung.

Ihr Gehaltscheck-Team
""")

neg("job-fair-invite", "Hochschule Talheim Career Service <career@hs-talheim.example>", "Jobmesse am 5. März",
    """Liebe Studierende und Alumni,

am 5. März findet unsere Jobmesse mit über 60 Arbeitgebern statt. Bringt eure Lebensläufe mit,
viele Unternehmen führen vor Ort erste Bewerbungsgespräche.

Euer Career Service
""")

neg("photo-studio-ad", "Fotostudio Lichtblick <hallo@lichtblick-foto.example>", "Bewerbungsfotos zum Aktionspreis",
    """Hallo Lena,

im Februar gibt es professionelle Bewerbungsfotos inklusive Retusche zum Aktionspreis von
49 EUR. Jetzt Termin buchen und mit dem perfekten Foto in die nächste Bewerbung starten!

Fotostudio Lichtblick
""")

neg("job-agency-appointment", "Agentur für Arbeit Erlenbach <erlenbach@arbeitsagentur.example>",
    "Ihr Beratungstermin",
    """Sehr geehrte Frau Hoffmann,

Ihr Termin bei Ihrer Arbeitsvermittlerin Frau Okafor findet am 19.02.2026 um 10:30 Uhr statt.
Bitte bringen Sie Ihre aktuellen Bewerbungsunterlagen mit.

Mit freundlichen Grüßen
Agentur für Arbeit Erlenbach
""")

neg("portal-password-reset", "Jobportal Süd <noreply@jobportal-sued.example>", "Passwort zurücksetzen",
    """Hallo Lena Hoffmann,

Sie haben angefordert, Ihr Passwort für Ihr Bewerberkonto zurückzusetzen. Klicken Sie auf den
folgenden Link (gültig für 24 Stunden): https://jobportal-sued.example/reset/3321

Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.
""")

neg("friend-referral", "Sarah Kunz <sarah.kunz@mail.example>", "Stelle bei uns?",
    """Hey Lena,

bei uns im Team wird gerade eine Stelle als Analystin frei. Soll ich dich intern empfehlen?
Dann schick mir einfach deinen Lebenslauf, ich leite ihn an unsere Personalerin weiter.

Liebe Grüße
Sarah
""")

neg("invoice-job-board", "Stellenmarkt Pro <rechnung@stellenmarkt-pro.example>", "Rechnung 2026-0212",
    """Sehr geehrte Frau Hoffmann,

anbei erhalten Sie die Rechnung für Ihre Stellenanzeige „Aushilfe im Büro (Minijob)“,
Laufzeit 30 Tage. Betrag: 199,00 EUR.

Stellenmarkt Pro
""")

neg("contract-documents", "Personalabteilung Sternbach <personal@sternbach.example>",
    "Ihre Vertragsunterlagen",
    """Sehr geehrte Frau Hoffmann,

anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 20.02. zurück.

Mit freundlichen Grüßen
Personalabteilung Sternbach GmbH
""")

neg("company-newsletter-hiring", "Gruber Kommunikation <newsletter@gruber-kom.example>", "Neues aus der Agentur",
    """Liebe Freundinnen und Freunde der Agentur,

wir wachsen weiter! Im Frühjahr suchen wir eine Texterin und einen Art Director. Außerdem
haben wir den Deutschen Kommunikationspreis in Silber gewonnen.

Karriere bei uns: https://gruber-kom.example/karriere
""")

neg("mentoring-programme", "Frauen in Führung e. V. <mentoring@fif.example>", "Mentoring-Programm startet",
    """Liebe Lena,

herzlich willkommen im Mentoring-Programm! Deine Mentorin ist Dr. Claudia Beck, Leiterin
Personalentwicklung bei einem Energieversorger. Das Kick-off findet am 3. März online statt.

Dein FiF-Team
""")

neg("works-council", "Betriebsrat <betriebsrat@mein-arbeitgeber.example>", "Betriebsversammlung",
    """Liebe Kolleginnen und Kollegen,

die nächste Betriebsversammlung findet am 26. Februar statt. Themen: Arbeitszeitmodelle,
mobiles Arbeiten und die geplanten Neueinstellungen im Vertrieb.

Euer Betriebsrat
""")

neg("tax-office-employer", "Steuerberatung Pohl <kanzlei@pohl-steuer.example>", "Lohnsteuerbescheinigung",
    """Sehr geehrte Frau Hoffmann,

für Ihre Einkommensteuererklärung benötigen wir noch die Lohnsteuerbescheinigung Ihres
Arbeitgebers sowie die Nachweise über Ihre Bewerbungskosten (Fahrten, Porto, Fotos).

Mit freundlichen Grüßen
Steuerberatung Pohl
""")

neg("linkedin-style-application-viewed", "Karrierenetz Jobs <jobs@karrierenetz.example>",
    "Ihre Bewerbung wurde angesehen",
    """Hallo Lena,

gute Neuigkeiten: Ihre Bewerbung als Business Analyst bei Westfeld Energie wurde vom
Arbeitgeber angesehen. Weitere Stellen, die zu Ihnen passen könnten, finden Sie unten.

Karrierenetz Jobs
""")


# ---------------------------------------------------------------------------------------------------------


def build_message(i: int, m: dict) -> bytes:
    msg = EmailMessage()
    msg["From"] = m["sender"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(START + timedelta(hours=7 * i, minutes=13 * i))
    msg["Message-ID"] = f"<dev4-de-{i:04d}@corpus.example>"
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["MIME-Version"] = "1.0"
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        kwargs = {"charset": m["charset"]}
        if m["cte"]:
            kwargs["cte"] = m["cte"]
        elif m["charset"] == "utf-8":
            kwargs["cte"] = "quoted-printable" if i % 3 else "8bit"
        msg.set_content(m["body"], **kwargs)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
            msg.set_boundary(f"==dev4-de-{i:04d}==")  # deterministic output
    return bytes(msg)


def label(i: int, m: dict) -> dict:
    keys = ("company", "role", "contact_name", "contact_email", "careers_url")
    out = {"file": f"{i:04d}.eml", "is_rejection": m["is_rejection"]}
    out.update({k: (m[k] if m["is_rejection"] else None) for k in keys})
    out.update(lang="de", kind=m["kind"])
    return out


def order() -> list[dict]:
    """Interleave the three groups deterministically so files are not grouped by kind."""
    return sorted(MESSAGES, key=lambda m: (hash_key(m["kind"]), m["kind"]))


def hash_key(text: str) -> int:
    h = 2166136261
    for ch in text.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def text_of(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    parts = [str(msg["From"]), str(msg["Subject"]), str(msg.get("Reply-To", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if part.get_content_subtype() == "html":
                content = unescape(re.sub(r"<[^>]+>", " ", content.replace('href="', '> ')))
            parts.append(content)
    return " ".join(" ".join(parts).split())


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for i, m in enumerate(order(), 1):
        (out / f"{i:04d}.eml").write_bytes(build_message(i, m))
        labels.append(label(i, m))
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels),
                                       encoding="utf-8")


def check() -> int:
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    problems = []
    if files != sorted(x["file"] for x in labels):
        problems.append("files and labels differ")
    if len({x["file"] for x in labels}) != len(labels):
        problems.append("duplicate labels")
    expected = {f"{i:04d}.eml": label(i, m) for i, m in enumerate(order(), 1)}
    for x in labels:
        if expected.get(x["file"]) != x:
            problems.append(f"{x['file']}: label differs from build.py")
        raw = (HERE / "messages" / x["file"]).read_bytes()
        text = text_of(raw).casefold()
        for key in ("company", "role", "contact_name", "contact_email", "careers_url"):
            value = x[key]
            if value and value.casefold().rstrip("/") not in text:
                problems.append(f"{x['file']}: {key} {value!r} not in the message")
    counts = {k: sum(1 for x in labels if x["is_rejection"] == k) for k in (True, False)}
    for p in problems:
        print(p)
    print(f"{len(labels)} messages, {counts[True]} rejections, {counts[False]} not; "
          f"{'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
    sys.exit(check())
