"""Handgeschriebenes deutsches Material für Korpus-Set 1.  DEV und HELDOUT teilen nichts."""

OWNERS = {
    "dev": [("Lena Hoffmann", "lena.hoffmann@example.net"), ("Jonas Weißenberg", "jonas.w@posteo.test"),
            ("Felix Brandt", "felix.brandt@mail.test")],
    "heldout": [("Miriam Özdemir", "m.oezdemir@example.net"), ("Katharina Lüders", "k.lueders@postfach.test"),
                ("Benedikt Rauh", "bene.rauh@example.org")],
}

DEV = {
    "companies": [
        ("Brückner Messtechnik GmbH", "brueckner-mt.example", "https://brueckner-mt.example/karriere"),
        ("Lindenhof Versicherung AG", "lindenhof-vers.example"),
        ("Nordwerk Software", "nordwerk.example", "https://nordwerk.example/jobs"),
        ("Stadtwerke Hallstein", "sw-hallstein.example", "https://sw-hallstein.example/stellenangebote"),
        ("Kranich Logistik", "kranich-logistik.example"),
        ("Fährmann & Söhne", "faehrmann-soehne.example", "https://faehrmann-soehne.example/karriere/"),
        ("Gletscherblau Studios", "gletscherblau.example"),
        ("Ostwind Energie GmbH", "ostwind-energie.example", "https://karriere.ostwind-energie.example/"),
        ("Holunder Pharma", "holunder-pharma.example"),
    ],
    "roles": ["Softwareentwickler (m/w/d) Java", "Data Analyst (w/m/d)", "Projektmanagerin Vertrieb",
              "Werkstudent Marketing (m/w/d)", "Teamleitung Kundenservice", "DevOps Engineer (m/w/d)",
              "Sachbearbeiter Buchhaltung", "UX Designer (m/w/d)", "Produktmanager E-Mobilität"],
    "people": [("Sabine", "Krüger"), ("Matthias", "Vogel"), ("Anja", "Schröder"), ("Tobias", "Lehmann"),
               ("Julia", "Märtens"), ("Stefan", "Bauer"), ("Ayşe", "Yıldız"), ("Jörg", "Wendt")],
    "titles": ["Recruiterin", "HR Business Partner", "Personalreferentin", "Talent Acquisition Specialist",
               "Leitung Personal"],
    "phones": ["+49 30 5550 {n}", "+49 89 555 {n}", "040 5550{n}"],
    "phone_line": ["Tel.: $phone", "Telefon: $phone", "T $phone"],
    "careers_line": ["Karriere: $careers", "Offene Stellen: $careers", "Jobs bei uns: $careers"],
    "team_sign": ["Ihr Recruiting-Team der $co", "Personalabteilung $co", "Das $co Talent-Team"],
    "noreply_names": ["$co Karriere", "$co Bewerbermanagement"],
    "ats": ["personio", "greenhouse", "workday"],
    "footer": {"powered": "Bereitgestellt von $vendor", "privacy": "Datenschutz", "unsub": "Abmelden",
               "view": "Im Browser ansehen"},
    "days": ["Montag", "Dienstag", "Donnerstag"],
    "parts": {
        "subj": ["Ihre Bewerbung als $role", "Ihre Bewerbung bei $co", "Rückmeldung zu Ihrer Bewerbung",
                 "Absage: $role", "Bewerbung $role – Rückmeldung"],
        "greet": ["Sehr geehrte/r $O,", "Hallo $o,", "Liebe/r $o,", "Guten Tag $O,"],
        "open": [
            "vielen Dank für Ihre Bewerbung als $role und das Interesse an $co.",
            "herzlichen Dank für Ihr Interesse an der Position $role.",
            ("vielen Dank für das angenehme Gespräch zur Stelle $role.", "post-interview-rejection"),
            "wir haben Ihre Unterlagen für die Position $role sorgfältig geprüft.",
        ],
        "decide": [
            ("Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.", "soft-rejection"),
            ("Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
             "soft-rejection"),
            ("Die Stelle ist inzwischen besetzt.", "position-filled"),
            ("Wir können Ihnen leider keine positive Rückmeldung geben.", "blunt-rejection"),
            ("Aufgrund eines Einstellungsstopps wurde die Position gestrichen, daher können wir Ihre Bewerbung "
             "nicht weiterführen.", "hiring-freeze"),
            ("Wir haben uns für Bewerberinnen und Bewerber entschieden, deren Profil besser zu unseren Anforderungen passt.",
             "soft-rejection"),
        ],
        "soft": [
            "Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf.",
            "Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.",
            "Bitte haben Sie Verständnis dafür, dass wir keine individuelle Begründung geben können.",
            "Wir würden uns freuen, wenn Sie sich bei passenden Stellen erneut bewerben.",
        ],
        "close": ["Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen",
                  "Viel Erfolg weiterhin!\n\nBeste Grüße", "Freundliche Grüße"],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "subj": "Nachgang zu unserem Gespräch", "body": """Hallo $o,

nochmals vielen Dank, dass Sie am $day extra zu uns nach Hamburg gekommen sind. Ich hoffe, die Rückfahrt war entspannt – die Bahn hatte an dem Tag ja wieder ordentlich Verspätung.

Vorab ein paar organisatorische Dinge: Ihre Reisekosten haben wir freigegeben, die Erstattung erfolgt in den nächsten zwei Wochen. Die Präsentation, die Sie uns gezeigt haben, haben wir wie besprochen nicht weitergegeben und gelöscht. Außerdem hat unser Teamleiter gefragt, ob er Ihnen den Artikel über unsere Datenplattform schicken darf, über den Sie gesprochen hatten – er liegt dieser Mail nicht bei, kommt aber separat.

Nun zur eigentlichen Entscheidung. Wir haben uns im Team lange beraten und uns am Ende für eine andere Kandidatin entschieden, die bereits Erfahrung mit unserer Branche mitbringt. Für die Stelle $role können wir Ihnen daher leider kein Angebot machen. Das fällt uns wirklich nicht leicht.

Wenn Sie möchten, gebe ich Ihnen gern telefonisch ein ausführlicheres Feedback.

Herzliche Grüße
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "nowrap": True, "fmt": "plain",
         "subj": "AW: Nachfrage zum Stand meiner Bewerbung", "body": """Hallo $o,

danke für Ihre Nachfrage und entschuldigen Sie die lange Wartezeit. Die Fachabteilung hat
inzwischen entschieden: Wir werden Ihre Bewerbung als $role leider nicht weiterverfolgen.

Viele Grüße
$sig

Am $qdate schrieb $O <$oe>:
> Guten Tag $cn,
>
> ich habe mich vor vier Wochen als $role beworben und wollte höflich
> nachfragen, ob es schon einen Zwischenstand gibt.
>
> Mit freundlichen Grüßen
> $O
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "personio", "fmt": "html", "careers": False,
         "subj": "Ihre Bewerbung bei $co", "body": "", "html": """<p>Hallo $o,</p>
<p>vielen Dank für Ihre Bewerbung als <b>$role</b>. Wir haben uns Ihre Unterlagen genau angeschaut.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können.</p>
<p>Schauen Sie gern regelmäßig auf unserer <a href="$careers">Karriereseite</a> vorbei.</p>
<p>Viele Grüße<br>Ihr Team von $co</p>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "alt", "careers": False,
         "from": ("StepStone", "noreply@stepstone.de"), "subj": "Neuigkeiten zu Ihrer Bewerbung bei $co",
         "body": """Hallo $O,

es gibt ein Update zu Ihrer Bewerbung:

$role
$co

Status: Abgesagt – das Unternehmen hat sich gegen eine weitere Berücksichtigung Ihrer Bewerbung entschieden.

Nicht aufgeben! Passende Jobs für Sie: https://www.stepstone.de/jobs/empfehlungen?utm_source=statusmail

Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Abmelden: https://www.stepstone.de/benachrichtigungen/abmelden
"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "greenhouse", "subj": "$co – Ihre Bewerbung",
         "body": """Hallo $o,

danke für Ihre Bewerbung als $role bei $co.

Wir haben uns nach reiflicher Überlegung für eine andere Person entschieden. Ich wünsche Ihnen auf Ihrem weiteren Weg viel Erfolg.

Beste Grüße
$sig
"""},
        {"kind": "hiring-freeze", "mode": "person", "subj": "Information zur ausgeschriebenen Stelle $role", "body": """Sehr geehrte/r $O,

wir möchten Sie darüber informieren, dass die Stelle $role aufgrund eines unternehmensweiten Einstellungsstopps nicht besetzt wird. Das Auswahlverfahren ist damit beendet und Ihre Bewerbung wird nicht weiter bearbeitet.

Wir bedauern das sehr und bitten um Ihr Verständnis.

Mit freundlichen Grüßen
$sig
"""},
        {"kind": "unsolicited-rejection", "mode": "person", "subj": "Ihre Initiativbewerbung", "body": """Sehr geehrte/r $O,

vielen Dank für Ihre Initiativbewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir derzeit keine passende Position für Sie haben und Ihre Bewerbung daher nicht berücksichtigen können.

Mit freundlichen Grüßen
$sig
"""},
        {"kind": "blunt-short", "mode": "person", "careers": False, "subj": "Absage", "body": """Hallo $o, die Stelle als $role ist vergeben. Danke trotzdem für Ihre Bewerbung! Gruß $cn, $co
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "workday", "subj": "Status Ihrer Bewerbung – R$ref",
         "body": """Sehr geehrte/r $O,

vielen Dank für Ihr Interesse an $co und an der Position $role (R$ref).

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung nicht weiter berücksichtigen werden.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

$sig
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "personio", "company_label": True,
         "subj": "Eingangsbestätigung Ihrer Bewerbung", "body": """Hallo $o,

vielen Dank für Ihre Bewerbung als $role! Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihre Bewerbung und melden uns innerhalb von drei Wochen bei Ihnen. Leider kann es in
Ausnahmefällen etwas länger dauern.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "subj": "Einladung zum Vorstellungsgespräch",
         "body": """Hallo $o,

Ihre Bewerbung als $role hat uns überzeugt! Wir möchten Sie gern am $day um $time Uhr zu einem persönlichen
Gespräch in unser Büro einladen. Bitte bestätigen Sie den Termin kurz per E-Mail.

Wir freuen uns auf Sie!
$sig
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "subj": "Vertragsangebot $role",
         "attach": [("Arbeitsvertrag_Entwurf.pdf", "application/pdf", "%PDF-1.4\n% Platzhalter\n%%EOF\n")],
         "body": """Liebe/r $o,

wir freuen uns sehr, Ihnen die Stelle als $role anbieten zu können. Im Anhang finden Sie den Vertragsentwurf.
Bitte geben Sie uns bis Ende nächster Woche Bescheid.

Herzliche Grüße
$sig
"""},
        {"kind": "job-alert", "mode": "platform", "from": ("StepStone Job-Agent", "jobagent@stepstone.de"), "fmt": "alt",
         "subj": "5 neue Jobs für „$role“", "body": """Ihr Job-Agent hat neue Stellen gefunden:

$role – $co – Berlin – Jetzt bewerben
Senior $role – Hasenkamp Consulting – Köln – Jetzt bewerben
$role – Weidenbach GmbH – Remote – Schnellbewerbung

Alle Treffer ansehen: https://www.stepstone.de/jobagent/treffer
Job-Agent abbestellen: https://www.stepstone.de/jobagent/abmelden
"""},
        {"kind": "recruiter-outreach", "mode": "platform", "from": ("Anja Vollmer über XING", "mailrobot@mail.xing.com"),
         "subj": "Anja Vollmer hat Ihnen eine Nachricht geschickt", "body": """Hallo $o,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang sehr spannend. Für einen Kunden suche ich derzeit eine/n
$role. Wären Sie offen für einen unverbindlichen Austausch?

Viele Grüße
Anja Vollmer
"""},
        {"kind": "paper-rejection", "mode": "other", "from": ("Zeitschrift für Angewandte Geodäsie", "redaktion@zag-journal.example"),
         "subj": "Entscheidung zu Ihrem Manuskript ZAG-$ref", "body": """Sehr geehrte/r $O,

vielen Dank für die Einreichung Ihres Beitrags bei der Zeitschrift für Angewandte Geodäsie. Leider müssen wir
Ihnen mitteilen, dass Ihr Manuskript nach Begutachtung nicht zur Veröffentlichung angenommen wurde.

Die Gutachten finden Sie im Anhang.

Mit freundlichen Grüßen
Die Redaktion
"""},
        {"kind": "flat-rejection", "mode": "other", "from": ("Hausverwaltung Steinbrecher", "vermietung@steinbrecher-hv.example"),
         "subj": "Ihre Mietanfrage – Gartenstraße 14", "body": """Guten Tag $O,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Gartenstraße 14. Leider hat sich der Eigentümer
für einen anderen Mietinteressenten entschieden. Wir behalten Ihre Selbstauskunft gern für weitere Angebote.

Freundliche Grüße
Hausverwaltung Steinbrecher
"""},
        {"kind": "loan-rejection", "mode": "other", "from": ("Sparkasse Mühlental", "kredit@sparkasse-muehlental.example"),
         "subj": "Ihr Kreditantrag Nr. $ref", "body": """Sehr geehrte/r $O,

leider können wir Ihrem Antrag auf einen Ratenkredit derzeit nicht entsprechen. Gerne beraten wir Sie in einem
persönlichen Gespräch zu Alternativen.

Ihre Sparkasse Mühlental
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "Rückzug meiner Bewerbung",
         "body": """Sehr geehrte/r $cn,

vielen Dank für die freundlichen Gespräche. Da ich mich inzwischen für ein anderes Angebot entschieden habe,
ziehe ich meine Bewerbung als $role hiermit zurück.

Mit freundlichen Grüßen
$O
"""},
        {"kind": "withdrawal-ack", "mode": "person", "company_label": True, "subj": "AW: Rückzug meiner Bewerbung",
         "body": """Hallo $o,

schade, aber natürlich verstehen wir Ihre Entscheidung. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen und
Ihre Daten gelöscht. Alles Gute für die neue Stelle!

$sig
"""},
        {"kind": "personal", "mode": "other", "from": ("Oma Gisela", "gisela.brandt@t-online.example"),
         "subj": "Sonntag", "body": """Hallo mein Schatz,

leider kann Opa am Sonntag nicht mitkommen, sein Rücken. Hast du schon was von der Bewerbung gehört? Ich drücke
dir die Daumen!

Deine Oma
"""},
        {"kind": "mailing-list", "mode": "other", "from": ("Karsten Pohl", "karsten@pohl-net.example"),
         "headers": [("List-Id", "<debian-user-german.lists.example.org>")],
         "subj": "Re: Postfix lehnt Mails ab (reject)", "body": """Hallo,

leider hat das bei mir auch nicht geholfen, Postfix weist die Mails weiterhin mit "554 reject" ab. Die
Anwendung selbst läuft, es liegt wohl an der Position der Regel in main.cf.

Gruß, Karsten
"""},
        {"kind": "next-steps", "mode": "person", "company_label": True, "subj": "Nächste Schritte – $role",
         "body": """Hallo $o,

danke für das Gespräch! Wir würden gern mit Ihnen in die nächste Runde gehen: ein Fachgespräch mit dem Team
und eine kleine Fallstudie. Leider ist $day schon voll – passt Ihnen auch Freitag?

$sig
"""},
        {"kind": "order-cancelled", "mode": "other", "from": ("Bücherhaus Lenz", "shop@buecherhaus-lenz.example"),
         "subj": "Stornierung Ihrer Bestellung $ref", "body": """Hallo $o,

leider ist der bestellte Titel nicht mehr lieferbar, daher mussten wir Ihre Bestellung $ref stornieren. Der Betrag
wird Ihnen erstattet.

Ihr Bücherhaus Lenz
"""},
    ],
}

HELDOUT = {
    "companies": [
        ("Eisvogel Medizintechnik GmbH", "eisvogel-med.test", "https://eisvogel-med.test/de/karriere/stellen"),
        ("Rheinauen Bank eG", "rheinauen-bank.test"),
        ("Quellwerk Digital", "quellwerk.test", "https://jobs.quellwerk.test/"),
        ("Zimmermann Bauplanung", "zimmermann-bau.test"),
        ("Talstrom Verkehrsbetriebe", "talstrom-vb.test", "https://talstrom-vb.test/arbeiten-bei-uns"),
        ("Kornblume Naturkost AG", "kornblume-natur.test"),
        ("Wolkenpfad Software", "wolkenpfad.test", "https://wolkenpfad.recruitee.com/"),
    ],
    "roles": ["Fullstack-Entwicklerin (m/w/d)", "Controller (w/m/d)", "Bauingenieur Tiefbau", "Key Account Manager DACH",
              "IT-Systemadministrator (m/w/d)", "Referentin Unternehmenskommunikation", "Data Scientist (m/w/d)"],
    "people": [("Ulrike", "Brandstätter"), ("Henrik", "Solms"), ("Dilara", "Kaya"), ("Moritz", "Engel"),
               ("Friederike", "Haas"), ("Nils", "Görtz")],
    "titles": ["People & Culture", "Senior Recruiter (m/w/d)", "Abteilungsleiter", "Personalleitung"],
    "phones": ["+49 221 555 {n}", "+49 711 5550{n}"],
    "phone_line": ["Mobil: $phone", "Fon $phone"],
    "careers_line": ["Aktuelle Jobs: $careers", "Karriereportal: $careers"],
    "team_sign": ["Dein Recruiting-Team von $co", "People Team | $co"],
    "noreply_names": ["Jobs bei $co", "$co (keine Antwort)"],
    "ats": ["recruitee", "smartrecruiters", "teamtailor"],
    "footer": {"powered": "Versendet über $vendor", "privacy": "Datenschutzhinweise", "unsub": "E-Mail-Einstellungen",
               "view": "Webversion"},
    "days": ["Mittwoch", "Freitag"],
    "parts": {
        "subj": ["Deine Bewerbung bei $co", "$role – Entscheidung", "Rückmeldung $co", "Danke für deine Bewerbung"],
        "greet": ["Hi $o,", "Moin $o,", "Hallo $O,"],
        "open": [
            "danke, dass du dich für $role bei uns interessierst.",
            ("schön, dass wir uns letzte Woche im Interview zu $role kennenlernen durften.", "post-interview-rejection"),
            "wir melden uns heute mit einer Entscheidung zu deiner Bewerbung für $role.",
        ],
        "decide": [
            ("Leider passt dein Profil aktuell nicht ganz zu dem, was wir suchen, deshalb können wir dir keine Zusage geben.",
             "soft-rejection"),
            ("Wir haben die Position mit jemand anderem besetzt.", "position-filled"),
            ("Nach vielen Gesprächen mussten wir uns leider gegen dich entscheiden.", "blunt-rejection"),
            ("Bedauerlicherweise wird dein Bewerbungsprozess an dieser Stelle beendet.", "blunt-rejection"),
            ("Da die Stelle aus Budgetgründen eingefroren wurde, schließen wir alle laufenden Bewerbungen, auch deine.",
             "hiring-freeze"),
        ],
        "soft": [
            "Wir würden dich gern für zukünftige Positionen im Hinterkopf behalten.",
            "Uns ist bewusst, dass das nicht die Nachricht ist, auf die du gehofft hast.",
            "Falls du Feedback möchtest, antworte einfach auf diese Mail.",
        ],
        "close": ["Alles Gute und liebe Grüße", "Viele Grüße und bis bald vielleicht", "Herzlich"],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "fmt": "alt", "subj": "Danke für deinen Besuch bei uns",
         "body": """Hallo $o,

ich wollte mich nach deinem Besuch bei uns noch einmal ausführlich melden.

Zuerst das Praktische: Dein Parkticket vom Besuchertag haben wir erstattet, und die Fotos vom Teamfrühstück, auf die du neugierig warst, findest du jetzt auch auf unserem Blog. Außerdem lässt dich unser CTO grüßen – er fand deine Frage zur Migration der Altsysteme richtig gut und hat sie gleich in sein nächstes Architektur-Meeting mitgenommen.

Zum Auswahlprozess für $role: Wir haben alle Gespräche ausgewertet und uns schließlich für jemanden entschieden, der schon mehrere Jahre im Gesundheitswesen gearbeitet hat. Eine Zusage können wir dir deshalb leider nicht geben. Ich weiß, wie viel Energie du in die Aufgabe gesteckt hast, und es tut mir ehrlich leid.

Gerne erkläre ich dir in einem kurzen Telefonat, wie die Entscheidung zustande kam.

Viele Grüße
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "nowrap": True, "fmt": "plain",
         "subj": "Re: Rückfrage Bewerbung $role", "body": """Hallo $o,

gut, dass du nachfragst. Leider muss ich dir mitteilen, dass wir uns nach den
Zweitgesprächen für eine andere Kandidatin entschieden haben.

Alles Gute,
$sig

-------- Ursprüngliche Nachricht --------
Von: $O <$oe>
Gesendet: $qdate
An: $cn
Betreff: Rückfrage Bewerbung $role

Hallo $cf, gibt es schon Neuigkeiten zu meiner Bewerbung? Danke und Grüße, $o
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "recruitee", "fmt": "html", "careers": False,
         "subj": "Update zu deiner Bewerbung – $co", "body": "", "html": """<div style="font-family:sans-serif">
<p>Hi $o,</p>
<p>vielen Dank für deine Zeit und dein Interesse an der Rolle <em>$role</em>.</p>
<p>Wir haben uns entschieden, den Prozess mit anderen Bewerber:innen fortzusetzen, deren Erfahrung n&auml;her an unseren aktuellen Anforderungen liegt.</p>
<p>Neue Stellen findest du jederzeit unter <a href="$careers">unseren offenen Jobs</a>.</p>
<p>Liebe Grüße<br>Team $co</p></div>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "plain", "careers": False,
         "from": ("XING Stellenmarkt", "noreply@xing.com"), "subj": "Status-Update: $role bei $co",
         "body": """Hallo $o,

$co hat den Status Ihrer Bewerbung auf „Absage“ geändert.

Stelle: $role
Arbeitgeber: $co

Ähnliche Jobs entdecken: https://www.xing.com/jobs/recommendations
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "smartrecruiters", "subj": "Deine Bewerbung als $role",
         "body": """Moin $o,

ich habe mir deine Bewerbung persönlich angesehen. Für die Rolle suchen wir aber jemanden mit
mehr Führungserfahrung, daher geht es für dich in diesem Prozess leider nicht weiter.

Beste Grüße
$sig
"""},
        {"kind": "hiring-freeze", "mode": "noreply", "subj": "Ausschreibung $role zurückgezogen", "body": """Hallo $O,

die Ausschreibung für $role wurde intern zurückgezogen; wegen eines Einstellungsstopps besetzen wir die Stelle in diesem Jahr nicht mehr. Alle eingegangenen Bewerbungen, auch Ihre, werden daher geschlossen.

$sig
"""},
        {"kind": "agency-relay", "mode": "agency", "careers": False, "ctx": {"ce": "$cfs@brueckenbauer-personal.test"},
         "subj": "Feedback von $co", "body": """Hallo $o,

kurzes Update: $co hat sich leider gegen Sie entschieden, die Stelle $role geht an einen internen Kandidaten.
Ich melde mich, sobald ich etwas Passendes habe.

Gruß
$cn
Brückenbauer Personalberatung (im Auftrag von $co)
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "teamtailor", "company_label": True, "fmt": "alt",
         "subj": "Danke für deine Bewerbung!", "body": """Hi $o,

super, deine Bewerbung für $role ist angekommen! Wir schauen sie uns in den nächsten Tagen an. Leider dauert es
manchmal etwas, bis alle im Team Zeit haben – wir melden uns aber auf jeden Fall.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "subj": "Lass uns sprechen!",
         "body": """Hi $o,

wir würden dich gern kennenlernen! Hast du am $day um $time Uhr Zeit für ein 30-minütiges Video-Call zu $role?
Hier der Link: https://meet.$cod/r/$ref

Bis bald
$sig
"""},
        {"kind": "assessment-invite", "mode": "ats", "vendor": "recruitee", "company_label": True,
         "subj": "Nächster Schritt: Online-Test", "body": """Hallo $o,

als nächsten Schritt bitten wir dich, einen kurzen Online-Test zu bearbeiten (ca. 40 Minuten). Leider können wir
die Frist nicht verlängern – bitte schließe ihn bis Sonntag ab: https://test.$cod/start/$ref

$sig
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "subj": "Zusage – willkommen an Bord!",
         "body": """Hallo $o,

wir freuen uns riesig: Wir möchten dich als $role einstellen! Den Vertrag schicken wir dir morgen per Post.

$sig
"""},
        {"kind": "recruiter-outreach", "mode": "person", "company_label": True, "subj": "Offen für Neues?",
         "body": """Hallo $o,

ich bin Recruiterin bei $co und über LinkedIn auf dich aufmerksam geworden. Wir suchen gerade eine/n $role –
wärst du offen für ein erstes Gespräch?

$sig
"""},
        {"kind": "newsletter", "mode": "noreply", "company_label": True, "fmt": "alt", "subj": "$co Newsletter März",
         "body": """Hallo $o,

in dieser Ausgabe: unser neuer Standort in Leipzig, Einblicke in die Ausbildung und – leider – der Abschied von
unserem Gründer in den Ruhestand. Wir stellen ein! Alle Stellen auf unserer Website.

Newsletter abbestellen: https://$cod/newsletter/abmelden
"""},
        {"kind": "talk-rejection", "mode": "other", "from": ("FrOSCon Programmkomitee", "cfp@froscon-orga.test"),
         "subj": "Dein Vortragsvorschlag", "body": """Hallo $o,

danke für deine Einreichung „Reproduzierbare Builds im Alltag“. Leider konnten wir den Vortrag dieses Jahr nicht
ins Programm aufnehmen – wir hatten dreimal so viele Einreichungen wie Slots.

Wir sehen uns hoffentlich trotzdem!
Das Programmkomitee
"""},
        {"kind": "grant-rejection", "mode": "other", "from": ("Stiftung Lichtblick", "foerderung@stiftung-lichtblick.test"),
         "subj": "Ihr Stipendienantrag", "body": """Sehr geehrte/r $O,

die Auswahlkommission hat über Ihren Antrag auf ein Promotionsstipendium beraten. Leider können wir Ihnen keine
Förderung gewähren.

Mit freundlichen Grüßen
Stiftung Lichtblick
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "Bewerbung $role – Rückzug",
         "body": """Hallo $cf,

leider muss ich meine Bewerbung als $role zurückziehen, da ich aus familiären Gründen nicht umziehen kann.
Danke für Ihr Verständnis!

Viele Grüße
$o
"""},
        {"kind": "withdrawal-ack", "mode": "ats", "vendor": "smartrecruiters", "company_label": True,
         "subj": "Bestätigung: Bewerbung zurückgezogen", "body": """Hallo $o,

hiermit bestätigen wir, dass du deine Bewerbung für $role zurückgezogen hast. Deine Daten werden gemäß
unserer Datenschutzerklärung gelöscht.

$sig
"""},
        {"kind": "personal", "mode": "other", "from": ("Tim", "tim.hagedorn@mailbox.test"),
         "subj": "Umzug", "body": """Hey,

leider ist der Transporter für Samstag abgesagt worden, die Vermietung hat unsere Reservierung abgelehnt. Kannst du
am Sonntag? Und wie lief eigentlich deine Bewerbung?

Tim
"""},
        {"kind": "event-rejection", "mode": "other", "from": ("Ticketzentrale Nord", "info@ticketzentrale-nord.test"),
         "subj": "Ihre Ticketanfrage", "body": """Guten Tag,

leider konnten wir Ihre Anfrage für das Konzert am 14. Juni nicht berücksichtigen, die Veranstaltung ist
ausverkauft. Sie stehen auf der Warteliste.

Ticketzentrale Nord
"""},
        {"kind": "visa-refusal", "mode": "other", "from": ("Ausländerbehörde", "abh@stadt-beispiel.test"),
         "subj": "Bescheid zu Ihrem Antrag", "body": """Sehr geehrte/r $O,

Ihr Antrag auf Verlängerung des Visums für Ihre Schwester wurde abgelehnt. Den Bescheid erhalten Sie per Post.

Ihre Ausländerbehörde
"""},
    ],
}
