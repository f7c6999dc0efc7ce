from common import L, O, R

LANG = "de"
OWNERS = [("Jonas Albrecht", "jonas.albrecht@postfach.example"),
          ("Svenja Köhler", "svenja.koehler@webpost.test"),
          ("Mehmet Yıldız", "m.yildiz@briefkasten.example")]
COMPANIES = [("Kesselbach Messtechnik GmbH", "kesselbach-messtechnik.example"),
             ("Nordlicht Versicherung AG", "nordlicht-vers.example"), ("Brückner & Söhne", "brueckner-soehne.test"),
             ("Lindenhof Software", "lindenhof-software.example"), ("Auenwald Mobility", "auenwald-mobility.test"),
             ("Rheintal Pharma", "rheintalpharma.example"), ("Falkenstein Logistik", "falkenstein-log.test"),
             ("Sonnenberg Energie", "sonnenberg-energie.example")]
ROLES = ["Softwareentwickler (m/w/d) Java", "Projektmanagerin Digitalisierung", "Data Scientist (w/m/d)",
         "Werkstudent Controlling", "Teamleitung Kundenservice", "DevOps Engineer", "Produktmanager Mobile Apps",
         "Sachbearbeiter Einkauf", "UX Designer (m/w/d)", "Senior Backend-Entwickler"]
SIGNERS = [("Katrin Vogelsang", "Recruiterin"), ("Florian Weißmüller", "Talent Acquisition Manager"),
           ("Anja Brandstätter", "Personalreferentin"), ("Tobias Reinhold", "Head of HR"),
           ("Lea Schwarzkopf", "HR Business Partner")]
AGENCIES = [("Dominik Hartl", "Senior Consultant", "Hartl & Pauly Personalberatung", "hartl-pauly.example"),
            ("Sabine Ortmann", "Personalberaterin", "Talentbrücke GmbH", "talentbruecke.test")]
VENDOR_PREF = ["Personio", "Personio", "SmartRecruiters", "Workday", "Greenhouse", "Recruitee", "Teamtailor",
               "Workable"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
TZ_OFFSETS = [60, 120]
RE = "AW: "
WROTE = "Am {date} schrieb {owner} <{owner_email}>:"
OUTLOOK = ("Von:", "Gesendet:", "An:", "Betreff:")
QUOTE = ("Hallo {signer_first},\n\nvielen Dank nochmal für das angenehme Gespräch. Ich freue mich, von Ihnen zu "
         "hören,\nund stehe für Rückfragen gern zur Verfügung.\n\nViele Grüße\n{first}")
LABELS = dict(phone="Tel.:", careers="Karriere", open_roles="Unsere offenen Stellen:",
              sent_by="Diese Nachricht wurde im Auftrag von {company} über {vendor} versendet.",
              privacy="Datenschutz", unsubscribe="Abmelden", preferences="Benachrichtigungen verwalten",
              platform_jobs="Weitere Jobs bei {company}:")
ATS_DISPLAY = ["{company}", "{company} Recruiting", "{company} Personalabteilung", "{company} Karriere"]


def phone(rng):
    return rng.choice(["+49 30 ", "+49 89 ", "+49 221 "]) + f"{rng.randrange(1000000, 9999999)}"


def fmt_date(d):
    return d.strftime("%d.%m.%Y")


REJ = [
    R("person", "Ihre Bewerbung als {role}",
      "Sehr geehrte/r {owner},\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an {company}.\n\n"
      "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben, dessen "
      "Profil noch besser zu unseren Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.\n\n"
      "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen"),
    R("person", "Rückmeldung zu unserem Gespräch",
      "Hallo {first},\n\ndanke dir für das offene Gespräch am {weekday}. Ich möchte dir ehrlich und schnell "
      "Bescheid geben: Wir werden den Prozess mit dir nicht fortsetzen. Das Team sucht jemanden mit mehr "
      "Erfahrung in der Führung verteilter Teams.\n\nIch drücke dir die Daumen für die weitere Suche!\n\nLiebe Grüße"),
    R("person", "{role} – Ihre Unterlagen",
      "Sehr geehrte/r {owner},\n\nnach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihnen leider "
      "keine positive Rückmeldung geben. Ihre Bewerbungsunterlagen löschen wir gemäß DSGVO nach sechs "
      "Monaten.\n\nMit freundlichen Grüßen"),
    R("person", "Zwischenstand und Entscheidung",
      "Guten Tag {first},\n\nzunächst möchten wir uns für die lange Wartezeit entschuldigen. Durch die "
      "Umstrukturierung unserer IT-Abteilung hat sich der Auswahlprozess deutlich verzögert.\n\n"
      "Außerdem haben wir Ihre Fallstudie im Team ausführlich besprochen – die Präsentation war sehr "
      "strukturiert.\n\nLetztlich haben wir uns aber entschieden, die Position als {role} anderweitig zu "
      "besetzen. Wir hoffen auf Ihr Verständnis.\n\nBeste Grüße"),
    R("person", "Stelle {role} vorerst gestoppt",
      "Hallo {first},\n\nleider muss ich Ihnen mitteilen, dass die ausgeschriebene Stelle {role} bis auf "
      "Weiteres nicht besetzt wird. Ihre Bewerbung ist damit abgeschlossen. Sollte die Stelle neu "
      "ausgeschrieben werden, melde ich mich gern bei Ihnen.\n\nViele Grüße"),
    R("reply", "Nachfrage zum Stand meiner Bewerbung",
      "Hallo {first},\n\ndanke für Ihre Nachfrage. Leider haben wir uns nach den Zweitgesprächen gegen eine "
      "Zusammenarbeit entschieden. Den Ausschlag gab am Ende die Erfahrung mit SAP S/4HANA.\n\n"
      "Gern gebe ich Ihnen telefonisch detaillierteres Feedback.\n\nViele Grüße"),
    R("reply", "Vielen Dank für das Interview",
      "Lieber {first},\n\nvielen Dank für deine nette Nachricht. Es tut mir leid, dass ich dir keine besseren "
      "Nachrichten überbringen kann: Wir haben die Stelle an eine interne Kandidatin vergeben.\n\n"
      "Alles Gute und bis hoffentlich bald"),
    R("agency", "Feedback von {company}",
      "Hallo {first},\n\nich habe heute mit {company} telefoniert. Leider wird der Kunde Ihre Kandidatur "
      "für die Position {role} nicht weiter verfolgen – man hat sich für einen Bewerber mit "
      "Branchenerfahrung in der Medizintechnik entschieden.\n\nIch habe aber schon zwei neue Mandate, die gut "
      "passen könnten. Sollen wir am Donnerstag telefonieren?\n\nBeste Grüße"),
    R("agency", "WG: Rückmeldung Kandidat",
      "Hallo {first},\n\nanbei die Rückmeldung des Kunden. Schade – melden Sie sich gern, wenn Sie darüber "
      "sprechen möchten.\n\n---------- Weitergeleitete Nachricht ----------\nVon: {signer} <{signer_email}>\n"
      "Datum: {date_prev}\nBetreff: Rückmeldung Kandidat\n\nHallo {agent_first},\n\ndanke für den Vorschlag. "
      "Nach dem Fachinterview haben wir entschieden, nicht mit {first} weiterzumachen.\n\nGruß\n{signer}\n"
      "{company}\n\nViele Grüße"),
    R("ats", "Ihre Bewerbung bei {company}",
      "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nherzlichen Dank für Ihr Interesse an einer Tätigkeit "
      "bei {company} und die Zusendung Ihrer Bewerbungsunterlagen für die Position {role}.\n\n"
      "Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht "
      "berücksichtigen können.\n\nWir bedanken uns für Ihr Vertrauen.\n\nIhr Recruiting-Team von {company}"),
    R("ats", "Absage: {role}",
      "Hallo {first},\n\nwir haben uns deine Bewerbung genau angeschaut. Leider passt dein Profil aktuell "
      "nicht zu dem, was wir für diese Rolle suchen – deshalb sagen wir dir heute ab.\n\n"
      "Bleib uns gewogen und schau ab und zu auf unserer Karriereseite vorbei: {careers}\n\n"
      "Dein {company} People-Team"),
    R("ats", "Update zu Ihrer Bewerbung",
      "Guten Tag {first},\n\nwir bedanken uns für die Teilnahme am Online-Assessment. Auf Basis der Ergebnisse "
      "können wir Sie im weiteren Auswahlverfahren leider nicht berücksichtigen.\n\nFreundliche Grüße\n"
      "{company} Personalabteilung", html="only"),
    R("ats_signed", "Ihre Bewerbung – {company}",
      "Guten Tag {first},\n\nwir haben uns sehr über Ihre Bewerbung gefreut. Nach reiflicher Überlegung "
      "haben wir uns jedoch dafür entschieden, mit anderen Bewerberinnen und Bewerbern fortzufahren, deren "
      "Qualifikationen unseren Anforderungen näher kommen.\n\nHerzliche Grüße"),
    R("ats_replyto", "Ihre Bewerbung als {role}",
      "Hallo {first},\n\ndanke, dass Sie sich Zeit für unsere Interviews genommen haben. Wir haben uns "
      "entschieden, Ihnen kein Angebot zu machen. Wenn Sie Feedback möchten, antworten Sie einfach auf "
      "diese E-Mail.\n\nIhr Team von {company}"),
    R("platform", "Neuigkeiten zu Ihrer Bewerbung",
      "Hallo {first},\n\n{company} hat Ihre Bewerbung auf die Stelle {role} geprüft und sich gegen eine "
      "Einladung entschieden.\n\nNicht aufgeben: Wir haben neue passende Jobs für Sie gefunden.",
      platform="StepStone"),
    R("platform", "Status Ihrer Bewerbung: {role}",
      "Bewerbungsstatus: Nicht mehr in Betracht gezogen\n\n{company} hat die Besetzung der Stelle {role} "
      "weiter vorangetrieben, Ihre Bewerbung wird nicht weiter berücksichtigt.", platform="LinkedIn"),
    R("person", "Absage",
      "Hallo {owner},\n\nkurz und knapp: Es hat leider nicht geklappt. Wir haben uns für jemand anderen "
      "entschieden. Danke trotzdem für Ihre Zeit!\n\nGruß"),
    R("ats", "Rückmeldung zu Ihrer Bewerbung bei {company}",
      "Liebe/r {first},\n\nvielen Dank für das Bearbeiten der Probeaufgabe. Unser Fachbereich hat sich Ihre "
      "Lösung angesehen und ist zu dem Schluss gekommen, dass wir den Bewerbungsprozess an dieser Stelle "
      "beenden möchten.\n\nWir wünschen Ihnen viel Erfolg!\n\n{company} Talent Acquisition"),
]

LOOK = [
    L("received", "ats", "Eingangsbestätigung Ihrer Bewerbung",
      "Guten Tag {first},\n\nvielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns "
      "eingegangen. Leider kann die Prüfung aufgrund der hohen Anzahl an Bewerbungen bis zu drei Wochen "
      "dauern.\n\nIhr Recruiting-Team von {company}"),
    L("interview", "person", "Einladung zum Vorstellungsgespräch",
      "Hallo {first},\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle {role} einzuladen. "
      "Leider ist der {weekday} bei uns schon voll – passt Ihnen der Donnerstag um 10 Uhr?\n\nViele Grüße"),
    L("offer", "person", "Vertragsangebot",
      "Hallo {first},\n\nich freue mich sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden "
      "haben! Den Vertragsentwurf schicke ich Ihnen morgen zu.\n\nHerzliche Grüße"),
    L("wohnung", "raw", "Ihre Anfrage zur Wohnung Lindenstraße 12",
      "Guten Tag {owner},\n\nleider müssen wir Ihnen mitteilen, dass sich der Vermieter für andere "
      "Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.\n\n"
      "Immobilien Kranich", sender="Immobilien Kranich <vermietung@kranich-immo.example>"),
    L("kredit", "raw", "Ihr Kreditantrag",
      "Sehr geehrter Kunde,\n\nleider können wir Ihren Antrag auf einen Ratenkredit nicht annehmen. Die "
      "Entscheidung beruht auf unserer internen Bonitätsprüfung.\n\nIhre Nordlicht Bank",
      sender="Nordlicht Bank <service@nordlicht-bank.example>"),
    L("paper", "raw", "Entscheidung zu Ihrem Beitrag",
      "Guten Tag {owner},\n\nleider wurde Ihr Beitrag für die Tagung „Digitale Verwaltung 2024“ nicht "
      "angenommen. Die Gutachten finden Sie im Anhang.\n\nDas Programmkomitee",
      sender="Tagungsbüro <programm@dv-tagung.example>"),
    L("friend", "raw", "Lena hat die Absage bekommen",
      "Hey {first},\n\nLena hat gestern die Absage von der Agentur bekommen, nach drei Runden! Sie ist echt "
      "fertig. Wollen wir am Wochenende was mit ihr machen?\n\nLG Ines", sender="Ines <ines.b@webpost.test>"),
    L("withdrawal", "raw", "Rückzug meiner Bewerbung",
      "Hallo {signer_first},\n\nvielen Dank für die bisherigen Gespräche. Ich habe mich leider entschieden, "
      "meine Bewerbung als {role} zurückzuziehen, da ich ein anderes Angebot angenommen habe.\n\n"
      "Beste Grüße\n{first}", sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Kandidat Schubert – Entscheidung",
      "Hallo {first},\n\ndanke für dein Feedback zum Interview mit Herrn Schubert. Wir haben entschieden, ihm "
      "abzusagen. Katrin schickt die Absage heute raus.\n\nGruß, Tobias",
      sender="Tobias Reinhold <tobias.reinhold@lindenhof-software.example>"),
    L("assessment", "ats", "Einladung zum Online-Test",
      "Hallo {first},\n\nIhre Bewerbung als {role} hat uns überzeugt! Im nächsten Schritt laden wir Sie zu "
      "einem Online-Test ein. Leider ist der Link nur 7 Tage gültig.\n\n{company} Recruiting"),
    L("job_alert", "platform", "Neue Jobs für Sie",
      "Hallo {first},\n\n8 neue Stellen passen zu Ihrem Suchauftrag:\n\n{role} – {company} – Berlin\n"
      "Backend-Entwickler – Lindenhof Software – Hamburg", platform="StepStone"),
    L("visa", "raw", "Ablehnung Ihres Antrags auf Parkausweis",
      "Sehr geehrte Damen und Herren,\n\nIhr Antrag auf einen Bewohnerparkausweis wurde leider abgelehnt, da "
      "der Hauptwohnsitz nicht im Parkgebiet liegt.\n\nBürgeramt",
      sender="Bürgeramt <buergeramt@stadt.example>"),
    L("outreach", "person", "Spannende Position bei {company}",
      "Hallo {first},\n\nich bin auf Ihr Profil gestoßen und denke, Sie könnten gut zu unserer Stelle als "
      "{role} passen. Leider steht nicht alles in der Anzeige – lassen Sie uns kurz telefonieren?\n\nBeste Grüße"),
]

ORD = [
    O("newsletter", "raw", "Unser Newsletter im März",
      "Liebe Leserinnen und Leser,\n\nleider mussten wir die Lesung im Februar absagen. Dafür haben wir "
      "entschieden, im April zwei Termine anzubieten. Bewerbungen für das Stipendium sind bis 30.4. möglich.",
      sender="Buchhandlung Seitenwind <news@seitenwind.example>", footer=True),
    O("versand", "raw", "Ihr Paket kommt später",
      "Hallo {first},\n\nleider verzögert sich die Zustellung Ihrer Sendung um einen Tag.\n\n"
      "Sendungsverfolgung: https://paket.blitzpost.example/track/{ref}",
      sender="BlitzPost <noreply@blitzpost.example>", footer=True),
    O("rechnung", "raw", "Ihre Rechnung Nr. {ref}",
      "Guten Tag,\n\nanbei Ihre Rechnung. Position 1: Mobilfunk-Tarif 19,99 €, Position 2: Datenoption 5,00 €.\n"
      "Leider können wir Papierrechnungen nicht mehr versenden.", sender="Funkwelle <rechnung@funkwelle.example>"),
    O("privat", "raw", "Sonntag",
      "Hallo Schatz,\n\nOma hat sich entschieden, doch zum Geburtstag zu kommen. Leider regnet es, also "
      "grillen wir nicht. Bringst du den Kuchen mit?\n\nMama", sender="Mama <gabi.albrecht@webpost.test>"),
    O("kalender", "raw", "Einladung: Teammeeting Do 10:00",
      "Sie wurden eingeladen: Teammeeting\nWann: Donnerstag 10:00–11:00\nAgenda: offene Stellen, "
      "Kandidatenpipeline, Urlaubsplanung\n\nZusagen | Absagen | Vielleicht",
      sender="Kalender <kalender@workspace.example>"),
    O("spam", "raw", "Sie haben gewonnen!!!",
      "Herzlichen Glückwunsch! Leider konnten wir Sie telefonisch nicht erreichen. Bestätigen Sie Ihre "
      "Bewerbung für den Hauptgewinn jetzt.", sender="Gewinnservice <info@gewinn-sofort.test>"),
    O("passwort", "raw", "Passwort zurücksetzen",
      "Hallo {first},\n\nSie haben angefordert, Ihr Passwort zurückzusetzen. Falls nicht, ignorieren Sie "
      "diese E-Mail. Leider ist der Link nur 30 Minuten gültig.\n\nhttps://konto.wolkenbox.example/reset/{ref}",
      sender="Wolkenbox <sicherheit@wolkenbox.example>"),
    O("github", "raw", "Re: [lindenhof/app] Bewerbungsformular: falsche Position des Buttons (#{ref})",
      "@jalbrecht leider tritt der Fehler weiterhin auf. Ich habe entschieden, das Layout neu zu bauen.\n\n"
      "https://github.com/lindenhof/app/issues/{ref}", sender="mkrause <notifications@github.com>"),
    O("schule", "raw", "Elternbrief: Klassenfahrt",
      "Liebe Eltern,\n\nleider fehlen noch einige Zahlungen für die Klassenfahrt. Wir haben entschieden, die "
      "Frist bis Freitag zu verlängern.\n\nFrau Hansen", sender="Grundschule Am Park <sekretariat@gs-ampark.example>"),
    O("verein", "raw", "Mannschaftsaufstellung Samstag",
      "Moin zusammen,\n\nleider fällt unser Torwart aus. Wer kann die Position übernehmen? Der Trainer hat "
      "sich für die Aufstellung entschieden, siehe Anhang.\n\nJens", sender="TSV Lindental <jugend@tsv-lindental.example>"),
    O("mailingliste", "raw", "[rust-de] Stammtisch Köln",
      "Hi,\n\nleider ist die Location für den Stammtisch abgesprungen. Wir haben entschieden, in die "
      "Stadtbibliothek auszuweichen. Kandidaten für Vorträge bitte melden.\n\nAlex",
      sender="Alex Brandt <alex@listen.example>"),
    O("quittung", "raw", "Ihre Bestellung im Café Morgenrot",
      "Vielen Dank! 2x Cappuccino 7,20 €, 1x Franzbrötchen 3,10 €. Leider konnten wir Ihre Bonuspunkte heute "
      "nicht gutschreiben.", sender="Café Morgenrot <bon@morgenrot.example>"),
    O("it", "raw", "Wartung der Urlaubsantrags-Anwendung",
      "Hallo zusammen,\n\ndie Anwendung für Urlaubsanträge ist heute Abend leider nicht erreichbar.\n\nIT-Service",
      sender="IT-Service <it@kesselbach-messtechnik.example>"),
]
