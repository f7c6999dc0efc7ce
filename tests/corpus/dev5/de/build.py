"""Build the dev5/de labelled corpus (fifth independent German author).

Writes deterministic ``messages/NNNN.eml`` and ``labels.jsonl`` next to this file.
``python build.py --check`` parses every message back and checks labels 1:1.

All people, companies and domains are invented (.example / .test).
kind: rejection (true rejection), lookalike (shares the vocabulary, not a
rejection of the owner's job application), ordinary (job-ish everyday mail).
"""

from __future__ import annotations

import html as htmlmod
import json
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"

ENTRIES: list[dict] = []


def _add(kind, rej, frm, to, subj, body, fmt="plain", company=None, role=None,
         contact=None, email=None, url=None, html=None, attach=None, extra=None):
    ENTRIES.append(dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body,
                        fmt=fmt, company=company, role=role, contact=contact,
                        email=email, url=url, html=html, attach=attach,
                        extra=extra or {}))


def R(frm, to, subj, body, **kw):
    _add("rejection", True, frm, to, subj, body, **kw)


def L(frm, to, subj, body, **kw):
    _add("lookalike", False, frm, to, subj, body, **kw)


def Ord(frm, to, subj, body, **kw):
    _add("ordinary", False, frm, to, subj, body, **kw)


LENA = ("Lena Brandt", "lena.brandt@posteo.test")
JONAS = ("Jonas Keller", "jonas.keller@mailbox.test")
MIRIAM = ("Miriam Özdemir", "m.oezdemir@web.test")
TOBIAS = ("Tobias Wimmer", "tobias.wimmer@gmx.test")
ANNA = ("Anna Gruber", "anna.gruber@aon.test")
LUCA = ("Luca Meier", "luca.meier@bluewin.test")
SARAH = ("Sarah Lindqvist", "sarah.lindqvist@mail.test")

# --------------------------------------------------------------------------
# True rejections
# --------------------------------------------------------------------------

R(("Stadt Kornfeld – Personalamt", "personalamt@kornfeld.example"), LENA,
  "Stellenbesetzungsverfahren Nr. 2026/114 – Sachbearbeitung Bauordnung (EG 9b TVöD)",
  """Sehr geehrte Frau Brandt,

wir nehmen Bezug auf Ihre Bewerbung im oben genannten Stellenbesetzungsverfahren.

Das Verfahren ist zwischenzeitlich abgeschlossen. Nach Durchführung der Auswahlgespräche
und unter Beteiligung des Personalrats sowie der Gleichstellungsbeauftragten ist die
Entscheidung zugunsten einer Mitbewerberin ausgefallen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Ihre Bewerbungsunterlagen
werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen vernichtet.

Im Auftrag

Gerlinde Hofbauer
Stadt Kornfeld | Fachbereich 10 – Personal und Organisation
Rathausplatz 1, 36999 Kornfeld
Telefon 06699 120-314
Aktuelle Stellenangebote: https://www.kornfeld.example/rathaus/stellenangebote
""", company="Stadt Kornfeld", role="Sachbearbeitung Bauordnung", contact="Gerlinde Hofbauer",
  email="personalamt@kornfeld.example", url="https://www.kornfeld.example/rathaus/stellenangebote")

R(("Mia von Krautpixel", "mia@krautpixel.example"), JONAS, "kurzes update",
  """Hey Jonas,

kurzes Update von uns: wir sind jetzt mit jemand anderem weitergegangen 🙈 sorry!!
Hat echt Spaß gemacht mit dir zu quatschen.

lg Mia
Krautpixel – Design & Code
""", company="Krautpixel", role=None, contact="Mia", email="mia@krautpixel.example")

R(("Landesamt für Statistik Nordsaar", "bewerbung@statistik-nordsaar.example"), TOBIAS,
  "Mitteilung über den Ausgang des Auswahlverfahrens – Kennziffer LfS-23/26",
  """Sehr geehrter Herr Wimmer,

in dem Auswahlverfahren zur Besetzung der Stelle einer Referentin / eines Referenten für
Bevölkerungsstatistik (Kennziffer LfS-23/26) ergeht folgende Mitteilung:

Eine Berücksichtigung Ihrer Bewerbung war nach Abschluss der Bestenauslese gemäß Art. 33
Abs. 2 GG nicht möglich. Die Stelle soll mit einer Bewerberin besetzt werden, die nach
dem Ergebnis der strukturierten Auswahlgespräche am besten geeignet ist.

Gegen diese Entscheidung können Sie innerhalb von zwei Wochen nach Zugang dieses Schreibens
einstweiligen Rechtsschutz beim zuständigen Verwaltungsgericht beantragen.

Mit freundlichen Grüßen
Im Auftrag
Dr. Reinhard Pfisterer
Referat Z 2 – Personal
""", fmt="latin1", company="Landesamt für Statistik Nordsaar",
  role="Referentin / Referent für Bevölkerungsstatistik", contact="Reinhard Pfisterer",
  email="bewerbung@statistik-nordsaar.example")

R(("Henrike Sander", "h.sander@brauhaus-elbwinkel.example"), MIRIAM,
  "Ihre Bewerbung als Teamleitung Vertrieb",
  """Liebe Frau Özdemir,

danke noch einmal für das offene Gespräch letzte Woche. Wir möchten Ihnen transparent sagen,
wie es ausgegangen ist: Die Position ging an eine Kollegin aus unserem bestehenden Team, die
intern in den Vertrieb wechselt.

Das hat nichts mit Ihrer Qualifikation zu tun – Sie haben uns mit Ihrem Gespür für den
Handel wirklich beeindruckt.

Herzliche Grüße aus Hamburg
Henrike Sander
Personal | Brauhaus Elbwinkel GmbH
""", fmt="alt", company="Brauhaus Elbwinkel", role="Teamleitung Vertrieb", contact="Henrike Sander",
  email="h.sander@brauhaus-elbwinkel.example")

R(("Recruiting Fahrwerk Logistik", "jobs@fahrwerk-logistik.example"), TOBIAS,
  "Rückmeldung zu Ihrer Bewerbung – SAP Key User Logistik",
  """Hallo Herr Wimmer,

vielen Dank für Ihr Interesse an Fahrwerk Logistik und die Zeit, die Sie sich für unser
Videointerview genommen haben.

Wir haben die Stelle inzwischen einem Kandidaten angeboten, der noch mehr Praxiserfahrung
mit SAP EWM mitbringt, und er hat zugesagt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Beste Grüße
Kerstin Vollmer
Talent Acquisition
""", fmt="b64", company="Fahrwerk Logistik", role="SAP Key User Logistik", contact="Kerstin Vollmer",
  email="jobs@fahrwerk-logistik.example")

R(("Feinkost Aurelia", "karriere@feinkost-aurelia.example"), ANNA,
  "Ihre Bewerbung: Filialleitung Graz",
  """Sehr geehrte Frau Gruber,

Ihre Bewerbung war für uns keineswegs uninteressant, und die Entscheidung ist uns nicht
leichtgefallen. Am Ende fiel unsere Wahl jedoch auf eine Bewerberin, die bereits eine
Filiale im Lebensmittelhandel geführt hat.

Ihre Unterlagen nehmen wir gerne in Evidenz und kommen auf Sie zu, sobald sich eine passende
Gelegenheit ergibt.

Mit freundlichen Grüßen
Ing. Bernhard Kollmann
Feinkost Aurelia Handels GmbH, Graz
""", company="Feinkost Aurelia", role="Filialleitung Graz", contact="Bernhard Kollmann",
  email="karriere@feinkost-aurelia.example")

R(("Universität Talheim – Dekanat", "berufungen@uni-talheim.example"), SARAH,
  "Berufungsverfahren W2-Professur „Computational Linguistics“ (Verf.-Nr. 07/2026)",
  """Sehr geehrte Frau Dr. Lindqvist,

die Berufungskommission für die oben genannte Professur hat in ihrer Sitzung am
12. November 2026 die eingegangenen Bewerbungen eingehend beraten.

Ich muss Ihnen leider mitteilen, dass die Kommission Sie nicht in den Kreis der zu den
Probevorträgen eingeladenen Personen aufgenommen hat. Dies ist angesichts der sehr hohen
Zahl hervorragender Bewerbungen keine Bewertung Ihrer wissenschaftlichen Leistungen.

Mit freundlichen Grüßen
Prof. Dr. Anselm Kretschmar
Vorsitzender der Berufungskommission
Philosophische Fakultät, Universität Talheim
""", fmt="alt", company="Universität Talheim", role="W2-Professur „Computational Linguistics“",
  contact="Anselm Kretschmar", email="berufungen@uni-talheim.example")

R(("Klinikum Sankt Irmgard", "pflegedirektion@st-irmgard.example"), MIRIAM,
  "Ihre Hospitation auf Station 4B",
  """Liebe Frau Özdemir,

herzlichen Dank, dass Sie am Dienstag bei uns auf Station 4B hospitiert haben.

Nach Rücksprache mit der Stationsleitung hat sich das Team für eine andere Kollegin
entschieden, die bereits Erfahrung in der Intensivpflege hat. Wir können Ihnen daher keine
Stelle als Gesundheits- und Krankenpflegerin auf dieser Station anbieten.

Alles Gute für Ihren weiteren Weg!

Schwester Maren Tiedemann
Pflegedienstleitung
Klinikum Sankt Irmgard gGmbH
""", fmt="plain", company="Klinikum Sankt Irmgard", role="Gesundheits- und Krankenpflegerin",
  contact="Maren Tiedemann", email="pflegedirektion@st-irmgard.example")

R(("Bergmann & Roth Steuerberatung", "kanzlei@bergmann-roth.example"), JONAS,
  "Bewerbung Steuerfachangestellte/r",
  """Sehr geehrter Herr Keller,

wir haben alle Bewerbungen für die ausgeschriebene Stelle gesichtet. Sie gehören leider nicht
zu dem Kreis der Bewerberinnen und Bewerber, die wir zu einem persönlichen Gespräch einladen.

Wir danken Ihnen für Ihr Interesse an unserer Kanzlei.

Freundliche Grüße
Ute Bergmann
""", company="Bergmann & Roth Steuerberatung", role="Steuerfachangestellte/r", contact="Ute Bergmann",
  email="kanzlei@bergmann-roth.example")

R(("Omnivia Careers", "no-reply@omnivia.smartrecruiters.test"), LENA,
  "Statusänderung Ihrer Bewerbung",
  "",
  fmt="html",
  html="""<html><body style="font-family:Arial">
<div style="display:none;max-height:0;overflow:hidden">Es gibt Neuigkeiten zu Ihrer Bewerbung bei Omnivia</div>
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://cdn.omnivia.example/logo.png" alt="Omnivia">
<p>Hallo Lena,</p>
<p>der Status Ihrer Bewerbung hat sich geändert.</p>
<table border="1" cellpadding="6">
<tr><td><b>Stelle</b></td><td>Junior Product Owner (w/m/d)</td></tr>
<tr><td><b>Standort</b></td><td>Leipzig</td></tr>
<tr><td><b>Status</b></td><td>Nicht weiter berücksichtigt</td></tr>
</table>
<p>Danke, dass Sie sich für Omnivia interessiert haben. Schauen Sie gern wieder auf
<a href="https://jobs.omnivia.example/offene-stellen">unserer Karriereseite</a> vorbei.</p>
<p>Ihr Omnivia Talent Team</p>
</td></tr></table>
<p style="font-size:10px;color:#999">Diese E-Mail wurde automatisch über SmartRecruiters versendet.
<a href="https://omnivia.smartrecruiters.test/unsubscribe?c=88123">Abmelden</a> |
<a href="https://www.omnivia.example/datenschutz">Datenschutz</a> |
Omnivia SE, Karl-Heine-Str. 9, 04229 Leipzig, Registergericht Leipzig HRB 99123</p>
</body></html>""", company="Omnivia", role="Junior Product Owner (w/m/d)", contact=None, email=None,
  url="https://jobs.omnivia.example/offene-stellen")

R(("Personalmarketing Vendura Versicherung", "azubi@vendura.example"), TOBIAS,
  "Ergebnis Ihres Online-Einstellungstests",
  """Hallo Tobias,

vielen Dank, dass Du unseren Online-Einstellungstest für die Ausbildung zum Kaufmann für
Versicherungen und Finanzanlagen gemacht hast.

Leider hast Du die für die nächste Auswahlstufe erforderliche Punktzahl nicht erreicht.
Deshalb können wir Deine Bewerbung im weiteren Auswahlverfahren nicht mehr berücksichtigen.

Wir drücken Dir die Daumen für Deinen Start ins Berufsleben!
Dein Ausbildungsteam der Vendura
""", fmt="alt", company="Vendura Versicherung",
  role="Ausbildung zum Kaufmann für Versicherungen und Finanzanlagen", contact=None, email=None)

R(("Anselm Gärtner", "a.gaertner@moorland-energie.example"), LUCA,
  "Stelle Projektingenieur Netzanschluss",
  """Grüezi Herr Meier

Ich melde mich wie versprochen zum Stand der Dinge. Der Auswahlprozess für die Stelle als
Projektingenieur Netzanschluss ist abgeschlossen und die Stelle ist mittlerweile besetzt.

Wir haben Ihr Dossier mit Interesse gelesen und danken Ihnen für das Vertrauen.

Freundliche Grüsse
Anselm Gärtner
Leiter Human Resources
Moorland Energie AG, Winterthur
""", fmt="latin1", company="Moorland Energie", role="Projektingenieur Netzanschluss",
  contact="Anselm Gärtner", email="a.gaertner@moorland-energie.example")

R(("Fenja Brodersen", "fenja@kuestenkombuese.example"), JONAS,
  "Re: Bewerbung Souschef",
  """Moin Jonas,

danke dir fürs Probekochen am Samstag, das Lamm war top. Dieses Mal hat es trotzdem nicht
gepasst – wir brauchen jemanden, der sofort die Abendschicht allein schmeißen kann.

Wenn du nächstes Jahr wieder Lust hast, melde dich gern!

Fenja
Küstenkombüse Husum
""", company="Küstenkombüse", role="Souschef", contact="Fenja Brodersen",
  email="fenja@kuestenkombuese.example")

R(("Noah Petersen", "noah.petersen@gridwell.example"), SARAH,
  "Neuigkeiten von Gridwell + Ihre Bewerbung",
  """Hallo Frau Lindqvist,

bevor ich zu Ihrer Bewerbung komme, ein paar Neuigkeiten aus dem Haus: Wir haben im Oktober
unsere Series-B-Finanzierung abgeschlossen, ziehen im Januar in das neue Büro am Hafen und
haben unser Produktteam auf 40 Personen verdoppelt.

Gerade wegen dieses Wachstums haben wir uns die Besetzung der Rolle als Data Engineer sehr
genau überlegt. Wir werden den Prozess mit Ihnen nicht fortsetzen, da wir für diese Rolle
tiefere Erfahrung mit Streaming-Architekturen brauchen.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Noah Petersen
People & Culture | Gridwell GmbH
https://gridwell.example/careers
""", fmt="alt", company="Gridwell", role="Data Engineer", contact="Noah Petersen",
  email="noah.petersen@gridwell.example", url="https://gridwell.example/careers")

R(("Clara Wendt", "clara.wendt@lumenhaus.example"), MIRIAM,
  "Feedback zu Ihrem Interview – UX Researcher",
  """Liebe Miriam,

danke für das Gespräch mit Tim und mir am Donnerstag. Wir haben uns nach reiflicher Überlegung
gegen eine Zusammenarbeit in dieser Rolle entschieden. Weil Du um Feedback gebeten hast,
hier die wichtigsten Punkte:

• Deine Methodenkenntnis ist sehr solide, besonders bei qualitativen Interviews.
• Uns fehlte Erfahrung mit quantitativen Verfahren (Umfragen, A/B-Tests).
• Die Präsentation der Fallstudie war gut strukturiert, aber etwas lang.

Ich hoffe, das hilft Dir weiter.

Liebe Grüße
Clara Wendt
Head of Design, Lumenhaus
""", fmt="b64", company="Lumenhaus", role="UX Researcher", contact="Clara Wendt",
  email="clara.wendt@lumenhaus.example")

R(("Druckhaus Lenzing – Personalabteilung", "personal@druckhaus-lenzing.example"), JONAS,
  "Absage – Ihre Bewerbung als Mediengestalter Digital und Print (m/w/d)",
  """Guten Tag Herr Keller,

im Anhang erhalten Sie unser Schreiben zu Ihrer Bewerbung.

Freundliche Grüße
Personalabteilung
Druckhaus Lenzing GmbH & Co. KG
""", attach=("Schreiben_Keller.pdf", b"%PDF-1.4\n% invented placeholder\n%%EOF\n"),
  company="Druckhaus Lenzing", role="Mediengestalter Digital und Print (m/w/d)", contact=None,
  email=None)

R(("Tessaro Talent Team", "talent@tessaro.example"), LENA,
  "Deine Bewerbung bei Tessaro",
  "",
  fmt="html",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head><body>
<span style="display:none!important;opacity:0;color:transparent">Danke für Deine Geduld – hier ist unser Update.</span>
<div style="max-width:560px;margin:auto">
<p>Hi Lena,</p>
<p>vielen Dank für Deine Bewerbung als <strong>Customer Success Manager:in</strong> und Dein Interesse an Tessaro.</p>
<p>Wir haben uns alle Profile genau angeschaut und uns in diesem Fall für Kandidat:innen entschieden,
deren Erfahrung noch näher an unseren aktuellen Anforderungen liegt.</p>
<p>Wir wissen, dass das nicht die Nachricht ist, auf die Du gehofft hast.</p>
<p>Alles Gute,<br>Dein Tessaro Talent Team</p>
<hr>
<p style="font-size:11px">Tessaro GmbH · Schanzenstraße 12 · 20357 Hamburg · Geschäftsführung: P. Laub<br>
Du erhältst diese E-Mail, weil Du Dich über Personio beworben hast.
<a href="https://tessaro.jobs.personio.test/privacy">Datenschutzerklärung</a> ·
<a href="https://tessaro.example/jobs">Alle Jobs</a> ·
<a href="https://click.personio.test/track?id=ab12">Bewerbung ansehen</a></p>
</div></body></html>""", company="Tessaro", role="Customer Success Manager:in", contact=None,
  email=None, url="https://tessaro.example/jobs")

R(("Dr. Ilka Sommer", "ilka.sommer@vitameda.example"), LENA,
  "AW: Danke für das Gespräch!",
  """Hallo Frau Brandt,

danke für Ihre nette Nachricht und Ihre Geduld. Ich habe leider keine guten Nachrichten:
Die Fachabteilung hat sich für eine Kandidatin entschieden, die bereits Erfahrung mit der
Zulassung von Medizinprodukten der Klasse III mitbringt.

Es tut mir wirklich leid – Sie waren bis zuletzt in der engeren Wahl.

Beste Grüße
Ilka Sommer
Vitameda Medical GmbH | HR Business Partner

Von: Lena Brandt <lena.brandt@posteo.test>
Gesendet: Montag, 2. November 2026 18:12
An: Ilka Sommer <ilka.sommer@vitameda.example>
Betreff: Danke für das Gespräch!

Liebe Frau Sommer,

ich möchte mich noch einmal herzlich für das tolle Gespräch bedanken! Ich bin nach wie vor
total begeistert von der Stelle als Regulatory Affairs Specialist und würde mich riesig
freuen, wenn es mit dem nächsten Schritt klappt. Ich bin mir sicher, dass ich gut ins Team passe.

Viele Grüße
Lena Brandt
""", company="Vitameda Medical", role="Regulatory Affairs Specialist", contact="Ilka Sommer",
  email="ilka.sommer@vitameda.example")

R(("Max Vogt | Talentbrücke Personalberatung", "max.vogt@talentbruecke.example"), JONAS,
  "WG: Kandidatenvorschlag Jonas Keller – Leitung Disposition",
  """Hi Jonas,

leider keine guten News vom Kunden – hier die Rückmeldung ungekürzt. Lass uns morgen kurz
telefonieren, ich habe schon zwei andere Mandate im Kopf.

Gruß
Max

---------- Weitergeleitete Nachricht ---------
Von: Petra Haas <p.haas@nordwerk-logistik.example>
Datum: Di., 3. Nov. 2026 um 16:40 Uhr
Betreff: RE: Kandidatenvorschlag Jonas Keller – Leitung Disposition
An: Max Vogt <max.vogt@talentbruecke.example>

Hallo Herr Vogt,

danke für den Vorschlag. Herr Keller ist fachlich stark, für die Leitung Disposition suchen wir
aber jemanden mit mehr Führungserfahrung. Wir werden ihn daher im weiteren Prozess nicht
berücksichtigen.

Viele Grüße
Petra Haas
Nordwerk Logistik GmbH
""", company="Nordwerk Logistik", role="Leitung Disposition", contact="Max Vogt",
  email="max.vogt@talentbruecke.example")

R(("Halvorsen Maschinenbau", "halvorsen@myworkday.test"), MIRIAM,
  "Update on your application: Controller (m/w/d) – R-10442",
  """Dear Miriam,

Thank you for your interest in Halvorsen Maschinenbau. This is an update regarding your
application for Controller (m/w/d), requisition R-10442.

Nachricht des Recruiting-Teams:
Liebe Frau Özdemir, nach sorgfältiger Prüfung haben wir uns für Bewerbende entschieden, deren
Profil den Anforderungen der Stelle noch näher kommt. Wir bedanken uns für Ihr Interesse.

You can review the status of your applications at any time in your Candidate Home.

This email was sent by Workday on behalf of Halvorsen Maschinenbau AG. Please do not reply.
""", company="Halvorsen Maschinenbau", role="Controller (m/w/d)", contact=None, email=None)

R(("Café Grünspan", "hallo@gruenspan-cafe.example"), SARAH, "Barista-Job",
  """Moin Sarah!

Danke fürs Bewerben 🙏 Für den Barista-Job haben wir jetzt leider schon jemanden gefunden.
Komm trotzdem mal auf nen Kaffee vorbei ☕

Ole vom Grünspan
""", company="Café Grünspan", role="Barista", contact="Ole", email="hallo@gruenspan-cafe.example")

R(("Tom Reichert", "tom@hafenrad.example"), LENA, "stelle werkstatt",
  """hi lena,
sorry für die späte antwort – die stelle in der werkstatt ist leider schon weg. falls sich
was ändert melde ich mich.
vg tom

Gesendet von meinem iPhone
""", company=None, role=None, contact="Tom Reichert", email="tom@hafenrad.example")

R(("Assessment Center Team Kronwald Bank", "ac@kronwald-bank.example"), TOBIAS,
  "Ihr Assessment-Center am 28.10.2026",
  """Sehr geehrter Herr Wimmer,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center für das Traineeprogramm
Firmenkundengeschäft.

Im Rahmen der Übungen konnten Sie uns leider nicht in allen Kompetenzfeldern überzeugen,
insbesondere in der Gruppendiskussion und der Verhandlungssimulation. Wir können Ihnen daher
keinen Platz im Traineeprogramm anbieten.

Auf Wunsch erhalten Sie ein ausführliches telefonisches Feedback.

Mit freundlichen Grüßen
Johanna Weyrich
Kronwald Bank AG – Personalentwicklung
""", fmt="alt", company="Kronwald Bank", role="Traineeprogramm Firmenkundengeschäft",
  contact="Johanna Weyrich", email="ac@kronwald-bank.example")

R(("Paul Hennig", "paul.hennig@stratoflux.example"), SARAH,
  "Case Study – Product Analyst",
  """Hallo Sarah,

danke für die Mühe, die Du in die Case Study gesteckt hast. Sie hat uns aber nicht ganz
überzeugt, vor allem bei der Priorisierung der Metriken. Wir werden Dich daher nicht in die
nächste Runde einladen.

Viel Erfolg weiterhin!
Paul
Stratoflux
""", company="Stratoflux", role="Product Analyst", contact="Paul Hennig",
  email="paul.hennig@stratoflux.example")

R(("Sabine Krüger", "s.krueger@hollerbach-bau.example"), JONAS,
  "Ihre Bewerbung als Bauleiter Tiefbau",
  """Sehr geehrter Herr Keller,

nach Einholung der Referenzen haben wir entschieden, das Einstellungsverfahren mit Ihnen nicht
weiterzuführen. Wir bitten um Verständnis, dass wir hierzu keine weiteren Angaben machen.

Mit freundlichen Grüßen
Sabine Krüger
Personalleitung
Hollerbach Bau GmbH
""", fmt="b64", company="Hollerbach Bau", role="Bauleiter Tiefbau", contact="Sabine Krüger",
  email="s.krueger@hollerbach-bau.example")

R(("Praktikumsbüro Aventis Mediengruppe", "praktikum@aventis-medien.example"), MIRIAM,
  "Pflichtpraktikum Redaktion – Sommersemester 2027",
  """Liebe Frau Özdemir,

danke für Ihr Interesse an einem Pflichtpraktikum in unserer Online-Redaktion.

Für das Sommersemester 2027 sind alle Praktikumsplätze bereits vergeben. Ihre Bewerbung für
diesen Zeitraum können wir deshalb leider nicht berücksichtigen.

Freundliche Grüße
Ihr Praktikumsbüro
""", company="Aventis Mediengruppe", role="Pflichtpraktikum Redaktion", contact=None, email=None)

R(("Autohaus Ritter", "ausbildung@autohaus-ritter.example"), TOBIAS,
  "Ausbildungsplatz Kfz-Mechatroniker 2027",
  """Hallo Tobias,

danke für deine Bewerbung und dass du zum Kennenlerntag in die Werkstatt gekommen bist.

Wir haben uns die Entscheidung nicht leicht gemacht. Einen Ausbildungsplatz können wir dir für
2027 aber leider nicht geben – wir hatten nur zwei Plätze und sehr viele Bewerbungen.

Viele Grüße
Jürgen Ritter
Autohaus Ritter e.K.
""", fmt="cp1252", company="Autohaus Ritter", role="Kfz-Mechatroniker", contact="Jürgen Ritter",
  email="ausbildung@autohaus-ritter.example")

R(("Nele Hartwig", "nele.hartwig@quellwerk.example"), SARAH,
  "Werkstudentin Marketing",
  """Hi Sarah,

danke für deine Bewerbung als Werkstudentin im Marketing! Die Stelle haben wir inzwischen
vergeben. Drück dir die Daumen für die Suche 🍀

Nele
Quellwerk
""", company="Quellwerk", role="Werkstudentin Marketing", contact="Nele Hartwig",
  email="nele.hartwig@quellwerk.example")

R(("Team Freiklang Festival", "crew@freiklang.example"), LENA,
  "Deine Bewerbung als Volunteer-Teamleitung",
  """Hey Lena,

danke, dass du dich als Teamleitung für unsere Volunteer-Crew beworben hast! Wir hatten über
300 Bewerbungen auf 12 Teamleitungen.

Diesmal konnten wir dich leider nicht für eine Teamleitung auswählen. Du kannst dich aber
jederzeit als normales Crew-Mitglied anmelden.

Bis bald auf dem Acker!
Dein Freiklang-Crewbüro
""", company="Freiklang Festival", role="Volunteer-Teamleitung", contact=None, email=None)

R(("Stefanie Lorenz", "s.lorenz@optikon-systems.example"), JONAS,
  "Ihre Initiativbewerbung",
  """Sehr geehrter Herr Keller,

vielen Dank für Ihre Initiativbewerbung und das damit verbundene Interesse an Optikon Systems.

Derzeit haben wir keine Vakanz, die zu Ihrem Profil passt. Wir haben uns daher entschieden,
Ihre Unterlagen nicht weiter zu berücksichtigen, und löschen Ihre Daten gemäß DSGVO nach
sechs Monaten.

Aktuelle Ausschreibungen finden Sie unter https://optikon-systems.example/karriere.

Mit freundlichen Grüßen
Stefanie Lorenz
""", company="Optikon Systems", role=None, contact="Stefanie Lorenz",
  email="s.lorenz@optikon-systems.example", url="https://optikon-systems.example/karriere")

R(("Alpenblick Hotels Personalbüro", "jobs@alpenblick-hotels.example"), ANNA,
  "Initiativbewerbung Rezeption",
  """Sehr geehrte Frau Gruber,

wir danken für Ihre Initiativbewerbung. Leider ist bei uns momentan keine Stelle frei, die
Ihrem Profil entspricht, und auch für die Wintersaison sind alle Posten an der Rezeption
bereits besetzt.

Eine Evidenzhaltung Ihrer Unterlagen ist nicht vorgesehen.

Mit freundlichen Grüßen
Mag. Verena Pichler
Alpenblick Hotels GmbH, Kitzbühel
""", fmt="latin1", company="Alpenblick Hotels", role="Rezeption", contact="Verena Pichler",
  email="jobs@alpenblick-hotels.example")

R(("Rechtsanwälte Brüggemann Frey", "bewerbung@brueggemann-frey.example"), LUCA,
  "Ihre Kandidatur als Rechtsanwalt Wirtschaftsrecht",
  """Sehr geehrter Herr Meier

Wir haben Ihr Dossier sorgfältig geprüft. Nach eingehender Abwägung haben wir uns für eine
andere Kandidatur entschieden. Ihre Unterlagen retournieren wir Ihnen in den nächsten Tagen
per Post.

Freundliche Grüsse

Beatrice Frey
Partnerin
""", company="Brüggemann Frey", role="Rechtsanwalt Wirtschaftsrecht", contact="Beatrice Frey",
  email="bewerbung@brueggemann-frey.example")

R(("Sozialverein Lebenswert", "personal@lebenswert.example"), ANNA,
  "Bewerbung Sozialarbeiterin Wohnungslosenhilfe",
  """Sehr geehrte Frau Gruber,

wir dürfen Ihnen mitteilen, dass die Stelle in unserer Wohnungslosenhilfe zwischenzeitlich
nachbesetzt wurde. Wir bedanken uns für das nette Gespräch und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
DSA Herbert Lechner
Bereichsleitung
""", company="Sozialverein Lebenswert", role="Sozialarbeiterin Wohnungslosenhilfe",
  contact="Herbert Lechner", email="personal@lebenswert.example")

R(("Personalstelle Stadtwerke Oberau", "personal@stadtwerke-oberau.example"), TOBIAS,
  "Ihre Bewerbung – Elektroniker für Betriebstechnik",
  """Sehr geehrter Herr Wimmer,

die Entscheidung über die Besetzung der Stelle wurde zugunsten einer anderen Bewerbung
getroffen. Für Ihr Interesse an den Stadtwerken Oberau danken wir Ihnen.

Mit freundlichen Grüßen
Personalstelle
""", company="Stadtwerke Oberau", role="Elektroniker für Betriebstechnik", contact=None, email=None)

R(("Julian Brenner", "julian@kesselhaus-games.example"), JONAS,
  "Re: Bewerbung Level Designer",
  """Hey Jonas,

puh, war echt knapp diesmal – am Ende hatte jemand anderes die Nase vorn. Dein Portfolio ist
stark, bleib dran!

Cheers
Julian // Kesselhaus Games
""", company="Kesselhaus Games", role="Level Designer", contact="Julian Brenner",
  email="julian@kesselhaus-games.example")

R(("Recruiting Merkur Pharma", "recruiting@merkur-pharma.example"), MIRIAM,
  "Ihre Bewerbung als Clinical Research Associate",
  """Sehr geehrte Frau Özdemir,

leider müssen wir Ihnen heute eine Absage erteilen. Für die ausgeschriebene Position suchen wir
Bewerbende mit mindestens drei Jahren Monitoring-Erfahrung.

Freundliche Grüße
Merkur Pharma Recruiting
""", fmt="alt", company="Merkur Pharma", role="Clinical Research Associate", contact=None, email=None)

R(("Bundesamt für Wasserstraßenplanung", "auswahl@bawp.example"), SARAH,
  "Auswahlverfahren 41/2026 – Ingenieurin / Ingenieur (Bachelor) Wasserbau",
  """Sehr geehrte Frau Lindqvist,

Ihre Bewerbung wurde im Rahmen des o. g. Auswahlverfahrens sorgfältig geprüft. Auf Grundlage
des Anforderungsprofils wurden Sie jedoch nicht in die engere Auswahl einbezogen.

Wir danken Ihnen für Ihr Interesse an einer Tätigkeit in der Bundesverwaltung.

Mit freundlichen Grüßen
Im Auftrag
Kaiser
""", fmt="plain", company="Bundesamt für Wasserstraßenplanung",
  role="Ingenieurin / Ingenieur (Bachelor) Wasserbau", contact="Kaiser", email="auswahl@bawp.example")

R(("Hannah Scholz", "hannah.scholz@cervino-software.example"), LENA,
  "Update zu Ihrer Bewerbung",
  """Hallo Lena,

danke für das Gespräch mit unserem Engineering-Team. Leider bist du nicht in die nächste Runde
gekommen – das Team hat sich bei der Live-Coding-Aufgabe mehr Tiefe bei Testing gewünscht.

Beste Grüße
Hannah Scholz
Recruiterin, Cervino Software
https://cervino-software.example/jobs
""", company="Cervino Software", role=None, contact="Hannah Scholz",
  email="hannah.scholz@cervino-software.example", url="https://cervino-software.example/jobs")

R(("Katalysa Careers", "noreply@katalysa.example"), TOBIAS,
  "Ihre Bewerbung: Chemielaborant (m/w/d)",
  """Sehr geehrter Herr Wimmer,

nach eingehender Prüfung Ihrer Unterlagen sehen wir von einer weiteren Berücksichtigung Ihrer
Bewerbung ab.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Katalysa AG – Human Resources
Dies ist eine automatisch erzeugte Nachricht.
""", company="Katalysa", role="Chemielaborant (m/w/d)", contact=None, email=None)

R(("Wiebke Carstens", "w.carstens@hansekontor.example"), MIRIAM,
  "Bewerbung Office Managerin",
  """Liebe Frau Özdemir,

Ihre Bewerbung kommt für uns nach nochmaliger Durchsicht leider nicht in Betracht, weil wir
für die Stelle verhandlungssicheres Dänisch benötigen.

Viele Grüße
Wiebke Carstens
Hansekontor Reederei
""", company="Hansekontor Reederei", role="Office Managerin", contact="Wiebke Carstens",
  email="w.carstens@hansekontor.example")

R(("Personalabteilung Kaltenbach Armaturen", "hr@kaltenbach-armaturen.example"), JONAS,
  "Ihre Bewerbung vom 14.10.2026",
  """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung als Konstrukteur Sondermaschinenbau.

Wir haben die Vakanz mittlerweile anderweitig besetzt. Für Ihre Bemühungen danken wir Ihnen
und senden Ihnen Ihre Unterlagen anbei zurück.

Mit freundlichen Grüßen
i. A. Doris Henning
""", fmt="cp1252", company="Kaltenbach Armaturen", role="Konstrukteur Sondermaschinenbau",
  contact="Doris Henning", email="hr@kaltenbach-armaturen.example")

R(("Landratsamt Wendelfurt", "stellen@lk-wendelfurt.example"), LENA,
  "Stellenausschreibung 2026-31 Sachbearbeitung Jugendamt",
  """Sehr geehrte Frau Brandt,

die ausgeschriebene Stelle wird aufgrund einer haushaltsrechtlichen Stellensperre vorerst nicht
besetzt. Das Stellenbesetzungsverfahren wird daher eingestellt. Ihre Bewerbung kann in diesem
Verfahren nicht weiter berücksichtigt werden.

Sollte die Stelle erneut ausgeschrieben werden, steht es Ihnen frei, sich wieder zu bewerben.

Mit freundlichen Grüßen
Landratsamt Wendelfurt – Sachgebiet Personal
""", company="Landkreis Wendelfurt", role="Sachbearbeitung Jugendamt", contact=None, email=None)

R(("Greta Ahlers", "greta@ahlers-floristik.example"), SARAH, "deine Bewerbung",
  """Liebe Sarah,

ich muss dir leider absagen. Ich habe mich für jemanden entschieden, der schon Erfahrung mit
Hochzeitsfloristik hat.

Alles Liebe
Greta
""", company="Ahlers Floristik", role=None, contact="Greta Ahlers", email="greta@ahlers-floristik.example")

R(("Recruiting Team Varion", "jobs@varion.example"), MIRIAM,
  "Ihre Bewerbung bei Varion",
  """Hallo Miriam,

danke für Ihre Bewerbung als Sales Development Representative.

Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen, da für diese Rolle
Deutsch und Niederländisch auf C1-Niveau Voraussetzung sind.

Viele Grüße
Ihr Recruiting Team Varion
""", company="Varion", role="Sales Development Representative", contact=None, email=None)

R(("Eva Kunkel", "eva.kunkel@stadtsparkasse-lohe.example"), TOBIAS,
  "Ihre Bewerbung als Teamleitung Privatkunden",
  """Sehr geehrter Herr Wimmer,

für die Stelle als Teamleitung Privatkunden haben wir uns anders entschieden. Ihr Gespräch hat
uns aber gezeigt, dass Sie sehr gut in unsere Vermögensberatung passen könnten: Hätten Sie
Interesse, dass wir Sie für die Position als Vermögensberater kennenlernen? Dann melden Sie
sich gern bei mir.

Mit freundlichen Grüßen
Eva Kunkel
Stadtsparkasse Lohe
""", company="Stadtsparkasse Lohe", role="Teamleitung Privatkunden", contact="Eva Kunkel",
  email="eva.kunkel@stadtsparkasse-lohe.example")

R(("Lukas Wendler", "lukas.wendler@ferrox.example"), SARAH,
  "Ihre Bewerbung bei Ferrox – Solution Architect",
  """Hallo Frau Lindqvist,

vielen Dank für das Interview mit unserem CTO. Anbei eine kurze Nachricht von ihm:

"Hi Sarah, thanks a lot for your time. Unfortunately we decided to go with another candidate
whose background is closer to our on-prem stack. All the best!"

Wir bedanken uns für Ihr Interesse und wünschen Ihnen viel Erfolg.

Viele Grüße
Lukas Wendler
People Team, Ferrox GmbH
""", fmt="alt", company="Ferrox", role="Solution Architect", contact="Lukas Wendler",
  email="lukas.wendler@ferrox.example")

R(("Ingrid Mahler", "i.mahler@kita-sonnenberg.example"), ANNA,
  "Bewerbung als Elementarpädagogin",
  """Liebe Frau Gruber,

herzlichen Dank für Ihre Bewerbung und den Schnuppertag in unserer Gruppe. Wir haben uns nach
langem Überlegen für eine Pädagogin entschieden, die bereits in einer Krippengruppe gearbeitet
hat.

Liebe Grüße
Ingrid Mahler
Leitung Kindergarten Sonnenberg
""", company="Kindergarten Sonnenberg", role="Elementarpädagogin", contact="Ingrid Mahler",
  email="i.mahler@kita-sonnenberg.example")

R(("Bewerbermanagement Nordlicht Versand", "bewerbermanagement@nordlicht-versand.example"), JONAS,
  "Information zu Ihrer Bewerbung (Referenz 2026-0815)",
  """Guten Tag Herr Keller,

zu Ihrer Bewerbung als Lagerlogistiker (Referenz 2026-0815) teilen wir Ihnen mit:

Status: Absage
Grund: Die Position wurde besetzt.

Ihre Daten werden nach 6 Monaten automatisch gelöscht.

Nordlicht Versand GmbH – Bewerbermanagement
""", company="Nordlicht Versand", role="Lagerlogistiker", contact=None, email=None)

R(("Selina Brauer", "selina.brauer@kraftwerk-studio.example"), MIRIAM,
  "Illustratorin (Freelance → Festanstellung)",
  """Hi Miriam,

ehrlich gesagt: Dein Stil ist toll, aber er passt nicht so richtig zu unserem Kinderbuch-Programm.
Wir gehen deshalb mit einer anderen Illustratorin in die Festanstellung.

Danke dir und viel Glück!
Selina
Kraftwerk Studio
""", company="Kraftwerk Studio", role="Illustratorin", contact="Selina Brauer",
  email="selina.brauer@kraftwerk-studio.example")

R(("Diakoniewerk Am Steinberg", "bewerbung@diakonie-steinberg.example"), JONAS,
  "Ihre Bewerbung als Heilerziehungspfleger (Wohngruppe Lindenhof)",
  """Sehr geehrter Herr Keller,

wir danken Ihnen für Ihre Bewerbung und Ihren Besuch in der Wohngruppe Lindenhof.

Die Stelle wird mit einer Bewerberin besetzt, die bereits in unserer Einrichtung tätig ist; die
Mitarbeitervertretung hat der Einstellung zugestimmt. Wir hoffen auf Ihr Verständnis.

Gottes Segen und alles Gute für Ihren weiteren Weg
Diakon Matthias Roloff
Einrichtungsleitung
""", company="Diakoniewerk Am Steinberg", role="Heilerziehungspfleger", contact="Matthias Roloff",
  email="bewerbung@diakonie-steinberg.example")

# --------------------------------------------------------------------------
# Hard look-alikes
# --------------------------------------------------------------------------

L(("Recruiting Brenntal Chemie", "recruiting@brenntal-chemie.example"), LENA,
  "Ihre Bewerbung – Zwischenstand",
  """Sehr geehrte Frau Brandt,

wir bitten vielmals um Entschuldigung, dass Sie so lange nichts von uns gehört haben. Leider
hat sich der Auswahlprozess durch Urlaubszeiten verzögert.

Ihre Bewerbung als Laborleiterin ist weiterhin im Verfahren, eine Entscheidung ist noch nicht
gefallen. Wir melden uns spätestens bis Ende November bei Ihnen.

Mit freundlichen Grüßen
Recruiting Brenntal Chemie
""")

L(("Tanja Reuter", "tanja.reuter@solvana.example"), JONAS,
  "Verschiebung Ihres Vorstellungsgesprächs",
  """Hallo Herr Keller,

leider müssen wir Ihr Vorstellungsgespräch am Donnerstag absagen, da unser Bereichsleiter
kurzfristig erkrankt ist. Das tut uns sehr leid!

Können Sie stattdessen am Dienstag, 17.11., um 10:00 Uhr? Ihre Bewerbung bleibt selbstverständlich
im Rennen.

Viele Grüße
Tanja Reuter
Solvana Energy
""")

L(("Marlene Fuchs", "m.fuchs@heliotec.example"), MIRIAM,
  "Ihre Bewerbung bei Heliotec",
  """Liebe Frau Özdemir,

kurze Info: Die Stelle als Teamleitung Qualitätssicherung wurde intern besetzt. Wie am Telefon
besprochen, haben wir Ihre Bewerbung aber für die Stelle Qualitätsingenieurin übernommen – dort
läuft sie ganz normal weiter, und die Fachabteilung möchte Sie gern kennenlernen.

Ich schicke Ihnen morgen Terminvorschläge.

Herzliche Grüße
Marlene Fuchs
""")

L(("Dr. Katja Lenz", "katja.lenz@aerolith.example"), TOBIAS,
  "Vertragsangebot Systemingenieur",
  """Sehr geehrter Herr Wimmer,

wir freuen uns sehr, Ihnen die Stelle als Systemingenieur anbieten zu können! Anbei erhalten Sie
den Vertragsentwurf.

Leider konnten wir Ihrem Wunsch nach einem früheren Eintrittstermin nicht entsprechen – wir
schlagen den 1. Februar vor. Bitte geben Sie uns bis zum 20.11. Bescheid.

Mit freundlichen Grüßen
Katja Lenz
Aerolith Aerospace GmbH
""", fmt="alt")

L(("Jobfinder Jobalarm", "alarm@jobfinder.test"), SARAH,
  "7 neue Jobs für „Data Analyst“ in Hamburg",
  "",
  fmt="html",
  html="""<html><body>
<div style="display:none">Diese Jobs passen zu Ihrer Suche</div>
<h2>Ihr Jobalarm: 7 neue Stellen</h2>
<ul>
<li><a href="https://jobfinder.test/job/1">Data Analyst (m/w/d) – Hafenlogik GmbH</a></li>
<li><a href="https://jobfinder.test/job/2">Junior Data Analyst – Stadtwerke Nord</a></li>
<li><a href="https://jobfinder.test/job/3">BI Analyst:in – Polarkreis Retail</a></li>
</ul>
<p>Tipp der Woche: Eine Absage ist kein Weltuntergang – so bleiben Sie motiviert.</p>
<p style="font-size:10px">Sie erhalten diesen Jobalarm, weil Sie ihn abonniert haben.
<a href="https://jobfinder.test/unsubscribe">Jobalarm abbestellen</a></p>
</body></html>""")

L(("Benedikt Amann | Headhunter", "b.amann@amann-executive.example"), JONAS,
  "Spannende Position als Head of Logistics",
  """Hallo Herr Keller,

ich bin über Ihr Profil gestolpert und hätte eine vertrauliche Position als Head of Logistics bei
einem Mittelständler im Raum Bremen. Leider kann ich den Namen des Kunden noch nicht nennen.

Falls Sie kein Interesse haben, ist das natürlich völlig in Ordnung – dann sehen Sie mir die
Nachricht bitte nach. Hätten Sie diese Woche 15 Minuten für ein Telefonat?

Beste Grüße
Benedikt Amann
Amann Executive Search
""")

L(("Karriere-Kompass Newsletter", "newsletter@karriere-kompass.test"), LENA,
  "Absagen richtig lesen: Was hinter den Floskeln steckt",
  """Karriere-Kompass – Ausgabe 46/2026

Absagen richtig lesen
„Leider haben wir uns für einen anderen Kandidaten entschieden“ – diesen Satz kennen viele.
Doch was bedeutet „Ihre Bewerbung konnte nicht berücksichtigt werden“ wirklich? Wir haben
zehn Personalerinnen gefragt, wie sie Absagen formulieren und warum.

Außerdem: Gehaltsverhandlung im Vorstellungsgespräch – fünf Fehler, die Sie vermeiden sollten.

Zum Artikel: https://karriere-kompass.test/absagen-lesen
Newsletter abbestellen: https://karriere-kompass.test/abmelden
""")

L(("Hausverwaltung Kirchberg", "vermietung@hv-kirchberg.example"), MIRIAM,
  "Ihre Anfrage zur Wohnung Lindenstraße 8, 2. OG",
  """Sehr geehrte Frau Özdemir,

vielen Dank für Ihr Interesse an der Wohnung und Ihre vollständige Selbstauskunft. Leider haben
wir uns für andere Mietinteressenten entschieden. Wir wünschen Ihnen viel Erfolg bei der
weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Kirchberg
""")

L(("Volksbank Mittelsee", "kredit@vb-mittelsee.example"), TOBIAS,
  "Ihr Kreditantrag Nr. 55-20931",
  """Sehr geehrter Herr Wimmer,

wir haben Ihren Antrag auf ein Ratendarlehen sorgfältig geprüft. Leider können wir den Kredit
nicht bewilligen, da Ihr derzeitiges Arbeitsverhältnis noch in der Probezeit ist.

Gern beraten wir Sie nach Ablauf der Probezeit erneut.

Mit freundlichen Grüßen
Ihre Volksbank Mittelsee eG
""")

L(("Schulamt Hellingen", "anmeldung@schulamt-hellingen.example"), ANNA,
  "Aufnahme an der Wunschschule – Bescheid",
  """Sehr geehrte Frau Gruber,

für Ihr Kind Emil konnte an der Mittelschule Am Anger leider kein Platz vergeben werden, da die
Zahl der Anmeldungen die Aufnahmekapazität übersteigt. Ihr Kind wurde der Mittelschule
Hellingen-Süd zugewiesen.

Mit freundlichen Grüßen
Bildungsdirektion – Schulamt Hellingen
""")

L(("Tagungsbüro DGKL 2027", "programm@dgkl-tagung.example"), SARAH,
  "Entscheidung über Ihren Beitrag #217",
  """Sehr geehrte Frau Dr. Lindqvist,

das Programmkomitee hat über die Einreichungen entschieden. Ihr Beitrag „Morphologische Analyse
niederdeutscher Dialekte“ konnte leider nicht für das Tagungsprogramm berücksichtigt werden.
Wir haben in diesem Jahr nur 28 % der Beiträge angenommen.

Gutachten finden Sie im Konferenzsystem.

Mit freundlichen Grüßen
Das Programmkomitee
""")

L(("Stiftung Forschergeist", "foerderung@forschergeist.example"), SARAH,
  "Ihr Antrag auf Projektförderung (Az. FG-2026-118)",
  """Sehr geehrte Frau Dr. Lindqvist,

der Stiftungsrat hat in seiner Herbstsitzung über Ihren Förderantrag beraten. Wir bedauern,
Ihnen mitteilen zu müssen, dass Ihr Antrag nicht zur Förderung ausgewählt wurde. Die Stelle einer
wissenschaftlichen Mitarbeiterin, die Sie beantragt haben, kann daher nicht finanziert werden.

Mit freundlichen Grüßen
Stiftung Forschergeist – Geschäftsstelle
""")

L(("Karrieretag Rhein-Main", "team@karrieretag-rm.example"), LENA,
  "Warteliste für den Karrieretag",
  """Hallo Lena,

vielen Dank für deine Anmeldung zum Karrieretag Rhein-Main! Leider sind alle Plätze für die
CV-Checks und Speed-Interviews bereits vergeben. Wir haben dich auf die Warteliste gesetzt und
melden uns, sobald ein Platz frei wird.

Dein Karrieretag-Team
""")

L(("Aurum Lebensversicherung", "antrag@aurum-leben.example"), JONAS,
  "Ihr Antrag auf Berufsunfähigkeitsversicherung",
  """Sehr geehrter Herr Keller,

nach Prüfung der Gesundheitsangaben müssen wir Ihren Antrag auf eine
Berufsunfähigkeitsversicherung für Ihren Beruf als Dachdecker leider ablehnen. Ein Angebot mit
Leistungsausschluss können wir Ihnen ebenfalls nicht unterbreiten.

Mit freundlichen Grüßen
Aurum Lebensversicherung AG – Antragsabteilung
""")

L(("Golfclub Schloss Wernau", "sekretariat@gc-wernau.example"), TOBIAS,
  "Ihr Aufnahmeantrag",
  """Sehr geehrter Herr Wimmer,

der Vorstand hat über Ihren Aufnahmeantrag beraten. Da unsere Mitgliederzahl für 2027 bereits
ausgeschöpft ist, können wir Sie leider nicht als ordentliches Mitglied aufnehmen. Gern setzen wir
Sie auf die Warteliste.

Mit sportlichen Grüßen
Sekretariat Golfclub Schloss Wernau e.V.
""")

L(("Recruiting Lichtwerk Solar", "jobs@lichtwerk-solar.example"), MIRIAM,
  "Bestätigung: Rückzug Ihrer Bewerbung",
  """Liebe Frau Özdemir,

hiermit bestätigen wir, dass Sie Ihre Bewerbung als Projektmanagerin zurückgezogen haben. Schade,
dass Sie sich gegen uns entschieden haben – wir respektieren Ihre Entscheidung natürlich.

Ihre Daten werden wir entsprechend löschen.

Viele Grüße
Recruiting Lichtwerk Solar
""")

L(("Florian Abt", "florian.abt@mercata.example"), SARAH,
  "Re: Ihr Angebot",
  """Liebe Frau Lindqvist,

schade! Vielen Dank für Ihre offene Rückmeldung, dass Sie unser Angebot als Produktmanagerin
nicht annehmen werden. Wir bedauern Ihre Entscheidung, verstehen aber, dass das andere Angebot
besser zu Ihrer Lebenssituation passt.

Vielleicht kreuzen sich unsere Wege ja noch einmal.

Beste Grüße
Florian Abt
Mercata GmbH
""")

L(("Petra Lutz", "petra.lutz@eisenhut-it.example"), LENA,
  "Interviewer-Feedback bis Freitag – Backend-Entwickler",
  """Hallo Lena,

danke, dass du in der Interviewrunde für die Stelle Backend-Entwickler (Java) dabei warst. Kandidat
B haben wir gestern abgesagt, Kandidatin C ist weiter im Prozess.

Bitte trag dein Feedback zu Kandidatin C bis Freitag im Bewerbermanagement ein, damit wir nächste
Woche entscheiden können.

Danke dir!
Petra
People Team Eisenhut IT
""")

L(("Sven Hagedorn", "sven.hagedorn@eisenhut-it.example"), LENA,
  "Absage an Herrn Brückner – bitte raussenden",
  """Hi Lena,

kannst du als Hiring Managerin bitte die Absage an Herrn Brückner freigeben? Hier der Entwurf:

„Sehr geehrter Herr Brückner, leider müssen wir Ihnen mitteilen, dass wir uns für eine andere
Kandidatin entschieden haben. Wir wünschen Ihnen alles Gute.“

Wenn das so passt, schicke ich sie morgen früh raus.

Danke & Gruß
Sven
""")

L(("Recruiting Polaris Medien", "karriere@polaris-medien.example"), JONAS,
  "Ihre Bewerbung als Onlineredakteur – noch keine Entscheidung",
  """Sehr geehrter Herr Keller,

leider können wir Ihnen noch keine abschließende Rückmeldung geben, da noch Gespräche mit
weiteren Bewerberinnen und Bewerbern ausstehen. Wir haben Ihre Bewerbung nicht vergessen.

Wir rechnen mit einer Entscheidung in der 48. Kalenderwoche.

Freundliche Grüße
Polaris Medien
""")

L(("Theresa Holm", "theresa.holm@vireo-labs.example"), TOBIAS,
  "Einladung zum Kennenlernen – Embedded Developer",
  """Hallo Herr Wimmer,

vielen Dank für Ihre Bewerbung! Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem
Gespräch am 19.11. um 14 Uhr in unser Büro ein.

Leider gibt es bei uns keine Parkplätze – am besten kommen Sie mit der S-Bahn.

Viele Grüße
Theresa Holm
Vireo Labs
""")

L(("Assessment Team Quadra Consulting", "assessment@quadra-consulting.example"), SARAH,
  "Einladung Assessment Center am 02.12.",
  """Hallo Sarah,

herzlichen Glückwunsch, Du hast die erste Runde geschafft! Wir laden Dich zu unserem Assessment
Center am 2. Dezember in Frankfurt ein.

Leider können wir Reisekosten nicht erstatten, Übernachtungen organisieren wir jedoch für Dich.

Bis bald
Dein Quadra Assessment Team
""")

L(("Bewerbermanagement Stadt Lemberg", "bewerbung@lemberg.example"), MIRIAM,
  "Eingangsbestätigung Ihrer Bewerbung",
  """Sehr geehrte Frau Özdemir,

Ihre Bewerbung für die Stelle Sachbearbeitung Bürgeramt ist bei uns eingegangen.

Bitte sehen Sie von Nachfragen zum Sachstand ab. Sollten wir Ihre Bewerbung im weiteren Verfahren
nicht berücksichtigen können, erhalten Sie selbstverständlich eine schriftliche Mitteilung.

Mit freundlichen Grüßen
Stadt Lemberg – Personal
""")

L(("HR Tannhof Kliniken", "bewerbung@tannhof-kliniken.example"), ANNA,
  "Fehlende Unterlagen zu Ihrer Bewerbung",
  """Sehr geehrte Frau Gruber,

danke für Ihre Bewerbung als Diplomierte Gesundheits- und Krankenpflegerin. Uns fehlt noch Ihr
Berufsberechtigungsnachweis. Ohne diesen Nachweis können wir Ihre Bewerbung leider nicht
berücksichtigen – bitte laden Sie ihn bis zum 30.11. im Bewerberportal hoch.

Mit freundlichen Grüßen
Tannhof Kliniken – Personalabteilung
""")

L(("Ruben Krause", "ruben.krause@pixelfarm.example"), JONAS,
  "Stelle Frontend-Entwickler vorerst pausiert",
  """Hi Jonas,

ehrliche Info: Wir haben die Stelle als Frontend-Entwickler wegen einer Budgetrunde vorübergehend
auf Eis gelegt. Du bist nicht raus – dein Profil bleibt bei uns im Prozess, und sobald es
weitergeht, bist du der Erste, den ich anrufe.

Sorry fürs Warten!
Ruben
Pixelfarm
""")

L(("Jule Berger", "jule.berger@mail.test"), LENA,
  "absage 😩",
  """Hey Lena,

ich hab heute von der Agentur in Köln ne Absage bekommen. Die haben sich für jemand anderen
entschieden, angeblich „mehr Erfahrung mit Kampagnen“. Naja. Wie lief dein Gespräch bei Tessaro?

Lass mal am Wochenende telefonieren!
Jule
""")

L(("Vergabestelle Stadt Dornfeld", "vergabe@dornfeld.example"), TOBIAS,
  "Vergabeverfahren 2026-V-77 – Information nach § 134 GWB",
  """Sehr geehrter Herr Wimmer,

im o. g. Vergabeverfahren (Ausschreibung IT-Dienstleistungen Schulen) teilen wir Ihnen mit, dass
Ihr Angebot nicht berücksichtigt werden kann. Der Zuschlag soll auf das Angebot der Firma Netzwerk
Süd GmbH erteilt werden, da dieses das wirtschaftlichste Angebot ist.

Der Vertragsschluss erfolgt frühestens am 10. Tag nach Absendung dieser Information.

Mit freundlichen Grüßen
Vergabestelle Stadt Dornfeld
""")

L(("Personio Benachrichtigung", "noreply@personio.test"), MIRIAM,
  "Dein Abwesenheitsantrag wurde abgelehnt",
  """Hallo Miriam,

dein Abwesenheitsantrag (Urlaub, 22.12.–02.01.) wurde von Jan Hollmann abgelehnt.
Kommentar: „Leider ist das Team in diesem Zeitraum schon zu dünn besetzt – lass uns reden.“

Du kannst einen neuen Antrag im Personio-Konto stellen.
""")

L(("Studienstiftung Lindenhain", "auswahl@lindenhain-stiftung.example"), SARAH,
  "Ergebnis des Auswahlgesprächs",
  """Liebe Frau Lindqvist,

vielen Dank für Ihre Teilnahme am Auswahlseminar. Die Auswahlkommission hat sich nach intensiver
Beratung leider gegen eine Aufnahme in die Förderung entschieden. Ihr Stipendienantrag ist damit
abgeschlossen.

Mit freundlichen Grüßen
Studienstiftung Lindenhain
""")

L(("Jana Seidl", "jana.seidl@brixwerk.example"), ANNA,
  "Sie sind in der nächsten Runde!",
  """Liebe Frau Gruber,

von über 200 Bewerbungen haben wir nur acht für die zweite Runde ausgewählt – und Sie sind
dabei! Leider konnten wir vielen tollen Kandidat:innen nicht zusagen, umso mehr freuen wir uns
auf das Gespräch mit Ihnen am 25.11.

Herzliche Grüße
Jana Seidl
Brixwerk
""")

# --------------------------------------------------------------------------
# Ordinary mail with job-ish words
# --------------------------------------------------------------------------

Ord(("Lohnbüro Hafenstern", "lohn@hafenstern.example"), JONAS,
  "Ihre Gehaltsabrechnung Oktober 2026",
  """Hallo Herr Keller,

Ihre Gehaltsabrechnung für Oktober 2026 steht ab sofort im Mitarbeiterportal bereit.

Ihr Lohnbüro
""")

Ord(("Katrin Pohl", "katrin.pohl@eisenhut-it.example"), LENA,
  "Teammeeting Recruiting-Prozess Q1",
  """Hallo zusammen,

am Mittwoch um 10 Uhr besprechen wir die Stellenplanung für Q1 und den neuen Bewerbungsprozess.
Bitte bringt eure Ideen zu den Stellenanzeigen mit.

Katrin
""")

Ord(("Netzwerk.test", "benachrichtigung@netzwerk.test"), TOBIAS,
  "3 Personen haben Ihr Profil angesehen",
  """Hallo Tobias,

Ihr Profil wurde diese Woche 3-mal angesehen, u. a. von einer Recruiterin bei Vireo Labs.
Vervollständigen Sie Ihren Lebenslauf, um mehr Sichtbarkeit zu erhalten.

Benachrichtigungen verwalten: https://netzwerk.test/settings
""")

Ord(("Arbeitgeberbewertung.test", "feedback@arbeitgeberbewertung.test"), MIRIAM,
  "Wie war Ihr Vorstellungsgespräch?",
  """Hallo,

Sie hatten kürzlich ein Vorstellungsgespräch? Bewerten Sie den Bewerbungsprozess anonym und
helfen Sie anderen Jobsuchenden.

Jetzt bewerten: https://arbeitgeberbewertung.test/review
""")

Ord(("Akademie Berufsweg", "webinar@berufsweg.example"), SARAH,
  "Webinar: Bewerben in der IT – heute 18 Uhr",
  """Liebe Teilnehmerin,

heute um 18 Uhr startet unser Webinar „Bewerben in der IT“. Themen: Lebenslauf, Anschreiben,
technische Interviews. Ihr Zugangslink: https://berufsweg.example/live

Bis später!
""")

Ord(("Stellenwerk Newsletter", "news@stellenwerk.test"), LENA,
  "Die Woche im Stellenmarkt",
  """Stellenwerk – Ihr Wochenrückblick

• Fachkräftemangel: 40 % mehr Stellenanzeigen in der Pflege
• Gehaltsstudie 2026: Was Berufseinsteiger verdienen
• Remote-Jobs: Diese Branchen stellen ein

Abmelden: https://stellenwerk.test/abmelden
""", fmt="alt")

Ord(("Personalabteilung Hafenstern", "personal@hafenstern.example"), JONAS,
  "Ihr Arbeitszeugnis liegt zur Abholung bereit",
  """Sehr geehrter Herr Keller,

Ihr qualifiziertes Arbeitszeugnis ist fertig und liegt ab Montag am Empfang zur Abholung bereit.
Auf Wunsch senden wir es Ihnen auch per Post.

Freundliche Grüße
Personalabteilung
""")

Ord(("Dirk Lambrecht", "dirk.lambrecht@vireo-labs.example"), TOBIAS,
  "Mein letzter Arbeitstag",
  """Liebe Kolleginnen und Kollegen,

heute ist mein letzter Arbeitstag bei Vireo Labs. Nach sechs Jahren wechsle ich zu einem neuen
Arbeitgeber. Danke für alles!

Dirk
""")

Ord(("Fotostudio Lichtblick", "termine@lichtblick-foto.example"), MIRIAM,
  "Professionelle Bewerbungsfotos – 20 % Rabatt",
  """Hallo Miriam,

neue Jobsuche? Mit professionellen Bewerbungsfotos punkten Sie bei jeder Bewerbung. Nur im
November: 20 % Rabatt auf unser Bewerbungspaket.

Ihr Fotostudio Lichtblick
""", fmt="alt")

Ord(("Kalender Eisenhut IT", "calendar@eisenhut-it.example"), LENA,
  "Einladung: Interview Kandidatin C (Backend) – Do 14:00",
  """Sie wurden als Interviewerin eingeladen.

Interview Kandidatin C – Backend-Entwickler (Java)
Donnerstag, 19.11.2026, 14:00–15:00
Raum Elbe / Videocall

Teilnehmende: Petra Lutz, Lena Brandt
""")

Ord(("Agentur für Arbeit Kornfeld", "kornfeld.termine@arbeitsagentur.test"), TOBIAS,
  "Terminerinnerung Beratungsgespräch",
  """Sehr geehrter Herr Wimmer,

wir erinnern Sie an Ihren Termin zur Berufsberatung am 24.11.2026 um 9:30 Uhr. Bitte bringen
Sie Ihren Lebenslauf und aktuelle Bewerbungsunterlagen mit.

Ihre Agentur für Arbeit
""")

Ord(("Karriereportal Omnivia", "no-reply@omnivia.smartrecruiters.test"), LENA,
  "Passwort zurücksetzen",
  """Hallo Lena,

Sie haben das Zurücksetzen Ihres Passworts für das Bewerberportal angefordert. Klicken Sie auf den
folgenden Link: https://omnivia.smartrecruiters.test/reset?t=xyz

Falls Sie das nicht waren, ignorieren Sie diese Nachricht.
""")

Ord(("Hochschule Talheim – Studierendenservice", "service@hs-talheim.example"), SARAH,
  "Anmeldung Modul „Personalmanagement“ bestätigt",
  """Liebe Studierende,

Ihre Anmeldung zum Modul „Personalmanagement und Recruiting“ im Wintersemester ist bestätigt.
Die erste Sitzung findet am 2.11. statt.

Studierendenservice
""")

Ord(("Finanzamt Kornfeld", "poststelle@fa-kornfeld.test"), JONAS,
  "Ihre Einkommensteuererklärung 2025",
  """Sehr geehrter Herr Keller,

Ihr Einkommensteuerbescheid 2025 steht in ELSTER zum Abruf bereit. Werbungskosten für Ihre
Bewerbungen wurden in voller Höhe anerkannt.

Ihr Finanzamt
""")

Ord(("Paula Winter", "paula.winter@mail.test"), MIRIAM, "Glückwunsch zum neuen Job!!",
  """Miri!!

Hab gerade gesehen, dass du die Stelle bei Heliotec bekommen hast 🎉 Glückwunsch, das hast du
dir so verdient! Wann feiern wir?

Paula
""")

Ord(("Betriebsrat Hafenstern", "betriebsrat@hafenstern.example"), JONAS,
  "Einladung Weihnachtsfeier",
  """Liebe Kolleginnen und Kollegen,

unsere Weihnachtsfeier findet am 11.12. ab 18 Uhr in der Kantine statt. Neue Mitarbeitende sind
besonders herzlich eingeladen!

Euer Betriebsrat
""")

Ord(("Weiterbildungszentrum Süd", "kurse@wbz-sued.example"), ANNA,
  "Anmeldebestätigung: Lehrgang Personalverrechnung",
  """Sehr geehrte Frau Gruber,

wir bestätigen Ihre Anmeldung zum Lehrgang Personalverrechnung (Beginn 12.01.2027). Die Rechnung
folgt separat.

Mit freundlichen Grüßen
Weiterbildungszentrum Süd
""")

Ord(("Jobmesse Connect", "info@jobmesse-connect.example"), LUCA,
  "Jobmesse Connect Zürich – Ihr Ticket",
  """Grüezi Herr Meier

Ihr Ticket für die Jobmesse Connect am 3. Dezember in Zürich ist angehängt. Über 80 Arbeitgeber
freuen sich auf Ihre Bewerbungsunterlagen.

Freundliche Grüsse
Ihr Connect-Team
""")

Ord(("Personio Benachrichtigung", "noreply@personio.test"), MIRIAM,
  "Neue Bewerbung eingegangen: Werkstudent Controlling",
  """Hallo Miriam,

für die Stelle Werkstudent Controlling ist eine neue Bewerbung eingegangen. Bitte prüfe die
Unterlagen im Personio-Konto.
""")

Ord(("Robert Hain", "robert.hain@mail.test"), TOBIAS, "Referenz für dich",
  """Hi Tobias,

klar, ich gebe dir gern eine Referenz für deine Bewerbung bei Vireo Labs. Die Personalerin kann
mich jederzeit anrufen.

Gruß
Robert
""")

# --------------------------------------------------------------------------


def _html_from_text(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return f"<html><body style=\"font-family:Helvetica,Arial\">\n{body}</body></html>"


LEGACY = str.maketrans({"\u2013": "-", "\u201e": '"', "\u201c": '"', "\u2019": "'"})


def build_message(i: int, e: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(e["frm"])
    msg["To"] = formataddr(e["to"])
    msg["Subject"] = e["subj"]
    day = 2 + i % 24
    msg["Date"] = f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][i % 7]}, {day:02d} Nov 2026 " \
                  f"{8 + i % 10:02d}:{(i * 7) % 60:02d}:00 +0100"
    msg["Message-ID"] = f"<dev5-de-{i:04d}@{e['frm'][1].split('@')[1]}>"
    fmt = e["fmt"]
    if fmt == "plain":
        msg.set_content(e["body"], charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(e["body"], charset="utf-8", cte="base64")
    elif fmt == "latin1":
        legacy = e["body"].translate(LEGACY)
        msg.set_content(legacy, charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "cp1252":
        msg.set_content(e["body"], charset="windows-1252", cte="8bit")
    elif fmt == "alt":
        msg.set_content(e["body"], charset="utf-8", cte="quoted-printable")
        msg.add_alternative(e["html"] or _html_from_text(e["body"]), subtype="html",
                            charset="utf-8", cte="quoted-printable")
    elif fmt == "html":
        msg.set_content(e["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        raise ValueError(fmt)
    if e["attach"]:
        name, data = e["attach"]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"=_dev5-de-{i:04d}")  # deterministic output (the default boundary is random)
    return msg


def label(i: int, e: dict) -> dict:
    rej = e["rej"]
    return {
        "file": f"{i:04d}.eml",
        "is_rejection": rej,
        "company": e["company"] if rej else None,
        "role": e["role"] if rej else None,
        "contact_name": e["contact"] if rej else None,
        "contact_email": e["email"] if rej else None,
        "careers_url": e["url"] if rej else None,
        "lang": "de",
        "kind": e["kind"],
    }


def build() -> None:
    MSG_DIR.mkdir(parents=True, exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    lines = []
    for i, e in enumerate(ENTRIES, start=1):
        msg = build_message(i, e)
        (MSG_DIR / f"{i:04d}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
        lines.append(json.dumps(label(i, e), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text("utf-8").splitlines() if x]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    names = [x["file"] for x in labels]
    errors = []
    if sorted(names) != files or len(set(names)) != len(names):
        errors.append("labels and messages do not match 1:1")
    for x in labels:
        p = MSG_DIR / x["file"]
        if not p.exists():
            continue
        msg = BytesParser(policy=policy.default).parsebytes(p.read_bytes())
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None or not part.get_content().strip():
            errors.append(f"{x['file']}: empty body")
        if x["kind"] not in ("rejection", "lookalike", "ordinary"):
            errors.append(f"{x['file']}: bad kind")
        if x["is_rejection"] != (x["kind"] == "rejection"):
            errors.append(f"{x['file']}: kind/is_rejection mismatch")
    kinds = {k: sum(1 for x in labels if x["kind"] == k) for k in ("rejection", "lookalike", "ordinary")}
    print(f"{len(labels)} messages, {kinds}; {len(errors)} errors")
    for err in errors:
        print("  " + err)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
    sys.exit(check())
