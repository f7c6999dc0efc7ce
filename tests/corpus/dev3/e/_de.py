"""German messages for dev3/e."""
LANG = "de"

LENA = ("Lena Hartmann", "lena.hartmann@mailbox.example")
TIM = ("Tim Oberländer", "t.oberlaender@posteo.example")
SELIN = ("Selin Aydın", "selin.aydin@gmx.example")


def M(kind, rej, frm, to, subj, body, **kw):
    d = dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body)
    d.update(kw)
    return d


MESSAGES = [
    # ---------------- rejections (14) ----------------
    M("rejection-public-sector", True, ("Landratsamt Oberfeldkreis – Personalamt", "personal@lra-oberfeldkreis.example"), LENA,
      "Ihre Bewerbung um die Stelle Sachbearbeitung Bauordnung (Kennziffer 24/017)",
      """Sehr geehrte Frau Hartmann,

für Ihre Bewerbung auf die Stelle einer Sachbearbeiterin / eines Sachbearbeiters Bauordnung (Kennziffer 24/017) bedanken wir uns.

Nach sorgfältiger Prüfung aller eingegangenen Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen konnten. Ausschlaggebend war der Vergleich mit Bewerberinnen und Bewerbern, deren Qualifikation dem Anforderungsprofil noch besser entsprach.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist gemäß § 15 Abs. 4 AGG datenschutzgerecht vernichtet.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Im Auftrag
Monika Strehle
Personalamt, Sachgebiet Personalgewinnung
Landratsamt Oberfeldkreis""",
      company="Landratsamt Oberfeldkreis", role="Sachbearbeitung Bauordnung",
      contact=("Monika Strehle", None), cs="iso-8859-1"),

    M("rejection-mittelstand", True, ("Kerstin Vogt", "k.vogt@haller-antriebstechnik.example"), TIM,
      "Absage – Konstrukteur Getriebetechnik",
      """Hallo Herr Oberländer,

vielen Dank für das angenehme Gespräch letzte Woche bei uns in Gerlingen und für die Zeit, die Sie sich genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns aber für einen Kandidaten entschieden, der bereits mehrere Jahre Erfahrung mit Planetengetrieben mitbringt – das war für diese Position das entscheidende Kriterium.

Ich hätte Sie gern im Team gesehen und würde mich freuen, wenn Sie bei künftigen Ausschreibungen wieder an uns denken: https://www.haller-antriebstechnik.example/karriere

Viele Grüße aus Gerlingen
Kerstin Vogt
Personalreferentin
Haller Antriebstechnik GmbH & Co. KG""",
      company="Haller Antriebstechnik", role="Konstrukteur Getriebetechnik",
      contact=("Kerstin Vogt", "k.vogt@haller-antriebstechnik.example"),
      url="https://www.haller-antriebstechnik.example/karriere", fmt="a"),

    M("rejection-internal-fill", True, ("Stadtwerke Lindau-Ost Recruiting", "bewerbung@stadtwerke-lindau-ost.example"), SELIN,
      "Ihre Bewerbung als Controllerin (m/w/d)",
      """Sehr geehrte Frau Aydın,

herzlichen Dank für Ihr Interesse an den Stadtwerken Lindau-Ost und für Ihre aussagekräftigen Unterlagen.

Wir möchten Sie darüber informieren, dass wir die Stelle als Controllerin (m/w/d) zwischenzeitlich intern besetzt haben. Eine Fortsetzung des Verfahrens ist daher nicht mehr möglich.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen viel Erfolg.

Freundliche Grüße
Ihr Recruiting-Team der Stadtwerke Lindau-Ost""",
      company="Stadtwerke Lindau-Ost", role="Controllerin (m/w/d)", qp=True),

    M("rejection-university", True, ("Prof. Dr. Henrike Saalfeld", "saalfeld@uni-nordhafen.example"), LENA,
      "Ausschreibung Wiss. Mitarbeiter/in (E 13, 65 %) – Lehrstuhl für Umweltökonomik",
      """Liebe Frau Hartmann,

haben Sie vielen Dank für Ihre Bewerbung auf die Stelle am Lehrstuhl und Ihr Interesse an unserem DFG-Projekt.

Auf die Ausschreibung sind über 60 Bewerbungen eingegangen, viele davon sehr gut. Die Auswahlkommission hat sich nach eingehender Beratung für eine Bewerberin entschieden, deren Promotionsvorhaben sich besonders eng mit dem Projekt verzahnen lässt. Ich kann Ihnen die Stelle daher leider nicht anbieten.

Ihr Exposé zur Bepreisung von Ökosystemleistungen fand ich übrigens sehr lesenswert – vielleicht ergibt sich bei einer Tagung die Gelegenheit zum Austausch.

Mit besten Grüßen
Henrike Saalfeld

--
Prof. Dr. Henrike Saalfeld
Lehrstuhl für Umweltökonomik
Universität Nordhafen""",
      company="Universität Nordhafen", role="Wissenschaftliche Mitarbeiterin (E 13, 65 %)",
      contact=("Henrike Saalfeld", "saalfeld@uni-nordhafen.example")),

    M("rejection-hospital", True, ("Klinikum St. Ansgar – Pflegedirektion", "karriere@klinikum-st-ansgar.example"), SELIN,
      "Rückmeldung zu Ihrer Bewerbung – Stationsleitung Kardiologie",
      """Sehr geehrte Frau Aydın,

wir danken Ihnen für Ihre Bewerbung und das ausführliche Vorstellungsgespräch mit Frau Pflegedirektorin Kessler.

Nach Abschluss aller Gespräche haben wir uns entschieden, die Position der Stationsleitung Kardiologie mit einer anderen Bewerberin zu besetzen. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Kompetenz, die wir sehr schätzen.

Sollten Sie Interesse an einer Tätigkeit als Pflegefachkraft mit Leitungsperspektive haben, finden Sie unsere aktuellen Angebote unter https://karriere.klinikum-st-ansgar.example/stellen

Mit freundlichen Grüßen

i. A. Bernd Ostermann
Personalabteilung
Klinikum St. Ansgar gGmbH""",
      company="Klinikum St. Ansgar", role="Stationsleitung Kardiologie",
      contact=("Bernd Ostermann", None), url="https://karriere.klinikum-st-ansgar.example/stellen", fmt="h"),

    M("rejection-startup-informal", True, ("Jule von Flinkwerk", "jule@flinkwerk.example"), TIM,
      "Dein Gespräch bei Flinkwerk",
      """Hey Tim,

danke dir nochmal für das Gespräch am Dienstag – hat echt Spaß gemacht, mit dir über Event-Sourcing zu fachsimpeln!

Ich will nicht lange drumherum reden: Wir gehen mit der Backend-Stelle nicht mit dir weiter. Uns fehlt aktuell schlicht jemand mit mehr Go-Erfahrung im Produktivbetrieb, und da waren andere im Prozess weiter.

Tut mir leid, dass es diesmal nicht geklappt hat. Wenn du magst, gebe ich dir gern noch ein kurzes Feedback am Telefon.

Liebe Grüße
Jule
People & Culture @ Flinkwerk""",
      company="Flinkwerk", role="Backend Engineer",
      contact=("Jule", "jule@flinkwerk.example")),

    M("rejection-agency-client", True, ("Dr. Markus Pfeiffer | Sternberg Personalberatung", "m.pfeiffer@sternberg-beratung.example"), LENA,
      "Feedback unseres Mandanten – Leitung Finanzbuchhaltung",
      """Sehr geehrte Frau Hartmann,

wie telefonisch angekündigt, möchte ich Ihnen kurz die Rückmeldung unseres Mandanten, der Brauerei Kolbeck, weitergeben.

Man war von Ihrem Auftreten im Zweitgespräch sehr angetan. Letztlich hat sich die Geschäftsführung jedoch für eine Kandidatin aus der Getränkebranche entschieden, die das dortige Umfeld bereits kennt. Für die Position Leitung Finanzbuchhaltung stehen Sie damit leider nicht mehr zur Verfügung.

Ich melde mich gern bei Ihnen, sobald ich ein passendes Mandat auf dem Tisch habe.

Beste Grüße
Dr. Markus Pfeiffer
Sternberg Personalberatung
Tel. +49 89 5550 1234""",
      company="Brauerei Kolbeck", role="Leitung Finanzbuchhaltung",
      contact=("Markus Pfeiffer", "m.pfeiffer@sternberg-beratung.example"), fmt="a", qp=True),

    M("rejection-platform-status", True, ("StellenPortal24", "no-reply@stellenportal24.example"), TIM,
      "Statusänderung Ihrer Bewerbung bei Reisinger Logistik",
      """Hallo Tim Oberländer,

der Status Ihrer Bewerbung hat sich geändert.

Stelle: Disponent Nahverkehr (m/w/d)
Unternehmen: Reisinger Logistik GmbH
Neuer Status: Abgelehnt – das Unternehmen hat sich für andere Bewerber entschieden

Lassen Sie sich nicht entmutigen! Passende Jobs für Sie finden Sie in Ihrem Profil.

Ihr StellenPortal24-Team

E-Mail-Benachrichtigungen verwalten: https://www.stellenportal24.example/konto/benachrichtigungen?t=a91f3
Abmelden: https://www.stellenportal24.example/unsubscribe?u=77121""",
      company="Reisinger Logistik", role="Disponent Nahverkehr (m/w/d)", fmt="a"),

    M("rejection-two-line", True, ("Andreas Kühl", "a.kuehl@kuehl-steuerberatung.example"), SELIN,
      "AW: Bewerbung Steuerfachangestellte",
      """Hallo Frau Aydin,

danke für Ihre Bewerbung - die Stelle ist leider schon vergeben. Alles Gute!

A. Kühl

> Sehr geehrter Herr Kühl,
> anbei sende ich Ihnen meine Bewerbung als Steuerfachangestellte ...""",
      company="Kühl Steuerberatung", role="Steuerfachangestellte",
      contact=("Andreas Kühl", "a.kuehl@kuehl-steuerberatung.example"), cs="iso-8859-1", qp=True),

    M("rejection-buried", True, ("Personalservice Nordlicht Versicherung", "personalservice@nordlicht-versicherung.example"), LENA,
      "Ihre Bewerbung bei der Nordlicht Versicherung AG",
      """Sehr geehrte Frau Hartmann,

zunächst möchten wir uns bei Ihnen für die Geduld bedanken. Durch die Umstellung unseres Bewerbermanagementsystems im Februar kam es bei der Bearbeitung vieler Bewerbungen zu Verzögerungen, die wir ausdrücklich bedauern.

Die Nordlicht Versicherung wächst seit Jahren stetig und hat im vergangenen Geschäftsjahr über 120 neue Kolleginnen und Kollegen begrüßt. Uns ist bewusst, dass eine Bewerbung Zeit und Mühe kostet, und wir nehmen jede einzelne Unterlage ernst. Aus diesem Grund prüfen bei uns jeweils die Fachabteilung und das Personalwesen gemeinsam.

Im Hinblick auf die ausgeschriebene Position als Aktuarin Leben (w/m/d) haben wir uns nach dieser gemeinsamen Prüfung für andere Bewerbungen entschieden, deren Profil näher an den aktuellen Schwerpunkten des Teams liegt.

Wir würden uns dennoch freuen, wenn Sie unser Stellenportal weiterhin im Blick behalten. Außerdem laden wir Sie herzlich zu unserem Karriere-Abend am 18. April ein; die Anmeldung ist bis 10. April möglich.

Mit freundlichen Grüßen
Personalservice
Nordlicht Versicherung AG""",
      company="Nordlicht Versicherung", role="Aktuarin Leben (w/m/d)", fmt="a"),

    M("rejection-ats-noreply", True, ("Gerwig Medizintechnik Karriere", "noreply@gerwig-medtech.jobs.example"), TIM,
      "Gerwig Medizintechnik – Ihre Bewerbung (Req. 10482)",
      """Guten Tag Herr Oberländer,

vielen Dank für Ihre Bewerbung als Qualitätsingenieur Regulatory Affairs.

Wir haben Ihr Profil mit Interesse gelesen. Leider passt es derzeit nicht ausreichend zu den Anforderungen dieser Position, weshalb wir Ihre Bewerbung nicht weiter berücksichtigen werden.

Ihr Kandidatenprofil bleibt in unserem Talentpool gespeichert, sofern Sie dem nicht widersprechen.

Ihr Talent-Acquisition-Team
Gerwig Medizintechnik AG

Diese Nachricht wurde automatisch über Workday versendet. Bitte antworten Sie nicht auf diese E-Mail.""",
      company="Gerwig Medizintechnik", role="Qualitätsingenieur Regulatory Affairs", fmt="h", qp=True),

    M("rejection-after-assessment", True, ("Ministerium für Digitales und Verkehr – Referat Z 2", "z2-auswahl@mdv-land.example"), SELIN,
      "Auswahlverfahren IT-Referent/in (BesGr A 13) – Ergebnis",
      """Sehr geehrte Frau Aydin,

wir beziehen uns auf Ihre Teilnahme am strukturierten Auswahlgespräch am 12. März.

Die Auswahlkommission hat die Leistungen aller Teilnehmenden anhand der vorab festgelegten Kriterien bewertet. Zu unserem Bedauern hat Ihr Gesamtergebnis nicht für die Vergabe der ausgeschriebenen Stelle ausgereicht.

Gegen diese Entscheidung können Sie innerhalb eines Monats Widerspruch erheben.

Mit freundlichen Grüßen
Im Auftrag
Ralf Dümmler""",
      company="Ministerium für Digitales und Verkehr", role="IT-Referent/in (BesGr A 13)",
      contact=("Ralf Dümmler", None), cs="iso-8859-1"),

    M("rejection-agency-pool", True, ("Talentbrücke Recruiting", "team@talentbruecke.example"), LENA,
      "Deine Bewerbung: Junior Produktmanagerin bei Kornblume Naturkost",
      """Hi Lena,

kurzes Update zu deiner Bewerbung bei unserem Kunden Kornblume Naturkost: Das Team hat sich nach den Erstgesprächen entschieden, den Prozess ohne dich fortzusetzen. Grund war vor allem, dass sie jemanden suchen, der schon eine Produkteinführung im Handel verantwortet hat.

Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast. Lass uns gern nächste Woche telefonieren – ich hätte da eventuell noch eine andere Idee für dich.

Viele Grüße
Malte Brosius
Talentbrücke Recruiting""",
      company="Kornblume Naturkost", role="Junior Produktmanagerin",
      contact=("Malte Brosius", "team@talentbruecke.example")),

    M("rejection-formal-short-html", True, ("Bankhaus Wellersdorf", "bewerbermanagement@bankhaus-wellersdorf.example"), TIM,
      "Ihre Bewerbung",
      """Sehr geehrter Herr Oberländer,

wir bedanken uns für Ihre Bewerbung als Kreditanalyst. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keine Zusage geben können.

Mit freundlichen Grüßen
Bankhaus Wellersdorf KGaA
Personal""",
      company="Bankhaus Wellersdorf", role="Kreditanalyst", fmt="h"),

    # ---------------- look-alikes (11) ----------------
    M("ack", False, ("Stadt Hellmersbach – Bewerbungsportal", "no-reply@hellmersbach.example"), SELIN,
      "Eingangsbestätigung: Ihre Bewerbung Verwaltungsfachangestellte Bürgerbüro",
      """Sehr geehrte Frau Aydın,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle Verwaltungsfachangestellte/r im Bürgerbüro.

Bitte haben Sie Verständnis dafür, dass die Auswahl einige Wochen in Anspruch nehmen kann. Leider können wir keine Zwischenstände zu einzelnen Bewerbungen mitteilen. Sobald eine Entscheidung gefallen ist, erhalten Sie von uns Nachricht.

Mit freundlichen Grüßen
Stadt Hellmersbach
Fachbereich Personal""",
      company="Stadt Hellmersbach", role="Verwaltungsfachangestellte/r im Bürgerbüro", qp=True),

    M("interview-invite", False, ("Sabine Mertens", "s.mertens@vollrath-bau.example"), TIM,
      "Einladung zum Vorstellungsgespräch – Bauleiter Tiefbau",
      """Sehr geehrter Herr Oberländer,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 21. März, um 10:30 Uhr in unsere Niederlassung in Weiden ein. Leider steht an diesem Tag kein Parkplatz auf dem Gelände zur Verfügung; bitte nutzen Sie das Parkhaus am Bahnhof.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Freundliche Grüße
Sabine Mertens
Vollrath Bau GmbH""",
      company="Vollrath Bau", role="Bauleiter Tiefbau",
      contact=("Sabine Mertens", "s.mertens@vollrath-bau.example"), fmt="a"),

    M("reschedule-leider", False, ("Katrin Lohse", "katrin.lohse@optivia-software.example"), LENA,
      "Terminverschiebung – unser Gespräch am Freitag",
      """Liebe Frau Hartmann,

leider muss ich unser Gespräch am Freitag absagen, da unser Teamleiter kurzfristig erkrankt ist. Das tut mir sehr leid!

Ihre Bewerbung als UX-Researcherin ist davon natürlich nicht berührt, wir möchten Sie unbedingt kennenlernen. Würde Ihnen Dienstag, 26. März, 14 Uhr oder Mittwoch, 27. März, 9 Uhr passen?

Herzliche Grüße
Katrin Lohse
Optivia Software""",
      company="Optivia Software", role="UX-Researcherin",
      contact=("Katrin Lohse", "katrin.lohse@optivia-software.example"), cs="iso-8859-1"),

    M("manager-candidate-declined", False, ("Recruiting Brandauer Chemie", "recruiting@brandauer-chemie.example"), TIM,
      "Kandidat Dennis Köhler – Absage versendet",
      """Hallo Herr Oberländer,

zur Info für Sie als einstellenden Manager: Dem Kandidaten Dennis Köhler, den Sie am 5. März für die Stelle Laborleiter Analytik interviewt haben, haben wir heute gemäß Ihrer Rückmeldung abgesagt.

Die Absage ging mit dem Standardtext raus; ein persönliches Feedback hat er nicht angefragt. Die Stelle bleibt weiterhin ausgeschrieben, zwei weitere Interviews sind für nächste Woche geplant.

Viele Grüße
Yvonne Gerlach
Recruiting""",
      company="Brandauer Chemie", role="Laborleiter Analytik",
      contact=("Yvonne Gerlach", "recruiting@brandauer-chemie.example")),

    M("friend-rejection", False, ("Nina Falk", "nina.falk@mailbox.example"), LENA,
      "Fwd: Ihre Bewerbung bei Ostsee Reederei",
      """Hi Lena,

schau mal, was ich heute bekommen hab... ich hab die Stelle bei der Reederei nicht bekommen. Ziemlich doof, ich war mir nach dem Gespräch so sicher. Hast du Lust, Samstag was trinken zu gehen?

Nina

---------- Weitergeleitete Nachricht ----------
Von: Ostsee Reederei <karriere@ostsee-reederei.example>
Betreff: Ihre Bewerbung bei Ostsee Reederei

Sehr geehrte Frau Falk,
leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.""",
      qp=True),

    M("housing-rejection", False, ("Wohnungsbaugenossenschaft Am Stadtpark eG", "vermietung@wbg-stadtpark.example"), SELIN,
      "Ihre Anfrage zur Wohnung Lindenallee 14, 2. OG",
      """Sehr geehrte Frau Aydın,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Lindenallee 14 und für Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Aufgrund der sehr hohen Nachfrage konnten wir nur einen Bruchteil der Bewerbungen berücksichtigen.

Gern halten wir Sie für künftige Angebote in unserer Interessentenliste.

Mit freundlichen Grüßen
Vermietungsteam
Wohnungsbaugenossenschaft Am Stadtpark eG""", fmt="a"),

    M("loan-rejection", False, ("Sparkasse Hohenwald", "service@sparkasse-hohenwald.example"), TIM,
      "Ihr Kreditantrag Nr. 2024-88317",
      """Sehr geehrter Herr Oberländer,

wir haben Ihren Antrag auf einen Ratenkredit über 15.000 Euro sorgfältig geprüft.

Leider können wir Ihrem Antrag zum jetzigen Zeitpunkt nicht entsprechen. Die Entscheidung beruht auf unserer internen Bonitätsbewertung. Auf Wunsch erläutern wir Ihnen die wesentlichen Gründe in einem persönlichen Gespräch.

Mit freundlichen Grüßen
Ihre Sparkasse Hohenwald""", cs="iso-8859-1", qp=True),

    M("study-place-rejection", False, ("Hochschule Weserbergland – Studierendenservice", "zulassung@hs-weserbergland.example"), LENA,
      "Zulassungsbescheid Master Wirtschaftspsychologie – Ablehnung",
      """Sehr geehrte Frau Hartmann,

für den Masterstudiengang Wirtschaftspsychologie zum Sommersemester 2024 lagen deutlich mehr Bewerbungen vor, als Studienplätze zur Verfügung stehen.

Mit Ihrer Durchschnittsnote von 2,3 lagen Sie leider unterhalb der Auswahlgrenze von 1,9. Wir müssen Ihren Antrag auf Zulassung daher ablehnen. Den förmlichen Bescheid finden Sie im Bewerbungsportal.

Sie können sich am Nachrückverfahren beteiligen.

Ihr Studierendenservice""", fmt="h"),

    M("offer", False, ("Dr. Carsten Ebeling", "c.ebeling@lumatec-optik.example"), SELIN,
      "Ihr Vertragsangebot – Teamleitung Einkauf",
      """Liebe Frau Aydın,

ich freue mich sehr, Ihnen mitteilen zu können, dass wir Ihnen die Position der Teamleitung Einkauf anbieten möchten!

Anbei finden Sie den Vertragsentwurf. Leider konnten wir Ihrem Wunsch nach einem Start zum 1. April nicht ganz entsprechen; wir schlagen den 15. April vor. Bitte geben Sie uns bis zum 22. März Bescheid.

Herzliche Grüße
Carsten Ebeling
Geschäftsführer, Lumatec Optik GmbH""",
      company="Lumatec Optik", role="Teamleitung Einkauf",
      contact=("Carsten Ebeling", "c.ebeling@lumatec-optik.example"), fmt="a"),

    M("job-alert", False, ("JobRadar", "alerts@jobradar.example"), TIM,
      "7 neue Jobs für „Konstrukteur“ in Stuttgart",
      """Hallo Tim,

es gibt neue Stellen, die zu deinem Suchauftrag passen:

• Konstrukteur Sondermaschinenbau – Feldmann Automation, Esslingen
• CAD-Konstrukteur (m/w/d) – Brixner Fahrzeugtechnik, Stuttgart
• Entwicklungsingenieur Getriebe – Haller Antriebstechnik, Gerlingen

Leider nicht das Richtige dabei? Passe deinen Suchauftrag an.

Alle Jobs ansehen: https://www.jobradar.example/suche?q=konstrukteur&utm_source=alert
Suchauftrag abbestellen: https://www.jobradar.example/unsubscribe?id=5521""", fmt="h", qp=True),

    M("assessment", False, ("Eckhardt & Söhne Talent Team", "talent@eckhardt-soehne.example"), LENA,
      "Nächster Schritt: Online-Assessment für Trainee Vertrieb",
      """Hallo Frau Hartmann,

danke für Ihre Bewerbung als Trainee Vertrieb. Wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Runde erfolgreich gemeistert haben.

Im nächsten Schritt bitten wir Sie, bis zum 20. März unser Online-Assessment (ca. 45 Minuten) zu bearbeiten. Den Zugangslink erhalten Sie in einer separaten E-Mail. Eine Wiederholung ist leider nicht möglich.

Viel Erfolg!
Ihr Talent Team
Eckhardt & Söhne""",
      company="Eckhardt & Söhne", role="Trainee Vertrieb"),
]
