"""Probing German by template (round 21, second pass): one realistic letter per writer, a slot for the sentence that
carries the decision, and many ways of saying no dropped into it; then the same letter with sentences that share the
words but are no no to the reader's application. Thirteen writers and registers:

- (a) a Mittelstand manufacturer (Sie, a long formal letter);
- (b) a Berlin start-up writing through Personio (du, English loanwords);
- (c) a Personaldienstleister / Zeitarbeit firm writing about its client;
- (d) a Krankenhaus and (d2) a Pflegeheim;
- (e) a Handwerksbetrieb owner's one-liner (du, WhatsApp tone);
- (f) a letter after a Probearbeit, an Assessment-Center or a Zweitgespräch;
- (g) an Austrian employer ("Dienstgeber", "Jänner", "Bewerbungsunterlagen retour");
- (h) a university chair and (h2) a Behörde ("Auswahlgespräch", "Bestenauslese");
- (i) a Swiss bank (no ß, "Dossier", "Kandidierende");
- (j) an Ausbildung, a duales Studium, a Praktikum;
- (k) the verdict in the subject, with a line or two of body;
- (l) a chat reply above the reader's quoted "Ist die Stelle noch frei?";
- (m) an unsolicited application to a tax firm, answered through its ATS ("kein Personalbedarf").

The look-alikes: a date moved, another interview, the reader still in the running, an offer, an appointment called
off, an Absage for a flat, a Kita place, a study place, a loan, a tender, a supplier's quote, the reader's own Absage
acknowledged, an agency telling that ANOTHER of its candidates was turned down, a newsletter on writing Absagen, a
colleague's farewell. All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, letters_test, mail, mails_test, slotted

# --- (a) a Mittelstand manufacturer --------------------------------------------------------------------------------
A_SENDER = "Sabine Krämer <personal@hofmann-antriebstechnik.example>"
A_SUBJECT = "Ihre Bewerbung als Konstrukteur (m/w/d) – Kennziffer 2026-114"
A_LETTER = ("Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung und das Interesse an unserem "
            "Familienunternehmen. Wir haben Ihre Unterlagen mit großer Sorgfalt geprüft. {}\n\n"
            "Bitte verstehen Sie, dass wir aus Gründen des Datenschutzes keine detaillierten Angaben zu den Gründen "
            "machen können. Ihre Unterlagen werden nach Ablauf von sechs Monaten gelöscht. Für Ihren weiteren "
            "beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Krämer\nPersonalabteilung\nHofmann Antriebstechnik GmbH & Co. KG\n"
            "Industriestraße 12, 74523 Schwäbisch Hall")
# The look-alikes go in the same letter without its farewell paragraph (deleting the documents, wishing luck for the
# road ahead): that paragraph only closes a no, and no writer puts it under an invitation or an offer.
A_LOOK_LETTER = ("Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung und das Interesse an unserem "
                 "Familienunternehmen. {}\n\nBei Fragen erreichen Sie mich unter 0791 4480-212.\n\n"
                 "Mit freundlichen Grüßen\n\nSabine Krämer\nPersonalabteilung\nHofmann Antriebstechnik GmbH & Co. KG\n"
                 "Industriestraße 12, 74523 Schwäbisch Hall")
A_NO = [
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.",
    "Nach eingehender Prüfung haben wir uns für einen anderen Bewerber entschieden.",
    "Wir bedauern, Ihnen keine positive Nachricht geben zu können.",
    "Leider können wir Ihnen keine Stelle in unserem Hause anbieten.",
    "Die Entscheidung ist zugunsten eines Mitbewerbers ausgefallen, dessen Profil unseren Anforderungen noch "
    "etwas näher kommt.",
    "Wir haben die Position inzwischen mit einem Kandidaten besetzt, der über mehr Erfahrung mit SolidWorks verfügt.",
    "Leider fiel unsere Wahl nicht auf Sie.",
    "Wir sehen leider keine Möglichkeit, Sie in die engere Wahl einzubeziehen.",
    "Ihre Qualifikationen entsprechen leider nicht ganz dem Anforderungsprofil der ausgeschriebenen Stelle.",
    "Wir haben uns entschlossen, das Auswahlverfahren mit anderen Bewerberinnen und Bewerbern fortzusetzen.",
    "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keine Zusage erteilen können.",
    "Nach reiflicher Überlegung sind wir zu dem Ergebnis gekommen, dass wir Ihre Bewerbung nicht weiter verfolgen.",
    "Leider konnten Sie sich gegen die starke Konkurrenz nicht durchsetzen.",
    "Ihre Bewerbung konnte im Vergleich mit den übrigen Bewerbungen leider nicht überzeugen.",
    "Es tut uns leid, Ihnen heute eine Absage erteilen zu müssen.",
    "Wir haben uns gegen eine Einladung zu einem Vorstellungsgespräch entschieden.",
    "Andere Bewerber passen besser zu den Anforderungen dieser Stelle.",
    "Leider können wir Ihre Bewerbung in diesem Fall nicht positiv beantworten.",
    "Wir müssen Ihnen leider mitteilen, dass die Wahl auf eine andere Kandidatin gefallen ist.",
    "Nach sorgfältiger Abwägung haben wir uns dazu entschieden, Ihnen keine Stelle anzubieten.",
    "Leider gehören Sie nicht zum Kreis der Bewerber, die wir zu einem Gespräch einladen.",
    "Wir können Sie bei der Besetzung dieser Stelle leider nicht berücksichtigen.",
    "Bedauerlicherweise müssen wir Ihnen eine abschlägige Antwort geben.",
    "Ihre Bewerbung hat es leider nicht in die nächste Auswahlrunde geschafft.",
]
A_LOOK_ALIKES = [
    "Zuerst waren wir nicht ganz überzeugt, aber nach dem Zweitgespräch freuen wir uns, Ihnen die Stelle anzubieten.",
    "Leider müssen wir das für den 3. Dezember vereinbarte Vorstellungsgespräch auf den 10. Dezember verschieben.",
    "Wir freuen uns, Sie zu einem zweiten Gespräch mit unserem Technischen Leiter einzuladen.",
    "Ihre Bewerbung befindet sich noch in der Prüfung; wir melden uns bis Mitte Dezember bei Ihnen.",
    "Wir freuen uns, Ihnen die Stelle als Konstrukteur anbieten zu können. Den Arbeitsvertrag senden wir Ihnen "
    "separat zu.",
    "Leider müssen wir den Termin am Donnerstag absagen, da unser Abteilungsleiter erkrankt ist. Wir schlagen den "
    "Montag, 8. Dezember, um 9 Uhr vor.",
    "Wir bestätigen den Eingang Ihrer Absage und respektieren Ihre Entscheidung für ein anderes Unternehmen.",
    "Sie sind in der engeren Wahl; eine endgültige Entscheidung treffen wir in der kommenden Woche.",
    "Ihre Unterlagen sind leider unvollständig: Bitte reichen Sie das Abschlusszeugnis nach, damit wir Ihre "
    "Bewerbung berücksichtigen können.",
    "Wir haben uns für Sie entschieden und möchten Ihnen gern ein Angebot unterbreiten.",
    "Die Stelle als Konstrukteur ist bereits vergeben, aber wir möchten Sie gern für die Stelle als "
    "Versuchsingenieur zu einem Gespräch einladen.",
    "Leider hat sich die Entscheidung verzögert, da noch zwei Gespräche ausstehen.",
    "Ihr Angebot für die Lieferung der Getriebegehäuse konnten wir leider nicht berücksichtigen; wir haben uns für "
    "einen anderen Lieferanten entschieden.",
    "Leider ist der von Ihnen gewünschte Termin für die Werksbesichtigung bereits vergeben.",
    "Die Entscheidung ist zu Ihren Gunsten ausgefallen: Herzlichen Glückwunsch!",
    "Wir haben keine Absage erteilt: Ihre Bewerbung ist weiterhin im Verfahren.",
]

# --- (b) a Berlin start-up via Personio ----------------------------------------------------------------------------
B_SENDER = "Lea from Kiezkraft <kiezkraft@jobs.personio.example>"
B_SUBJECT = "Deine Bewerbung als Senior Backend Engineer bei Kiezkraft"
B_LETTER = ("Hi Sam,\n\nvielen Dank für deine Bewerbung und die Zeit, die du dir für den Tech-Call genommen hast! {}"
            "\n\nWir wünschen dir alles Gute für deine nächsten Steps und hoffen, dass sich unsere Wege nochmal "
            "kreuzen.\n\nCheers,\nLea\nPeople & Culture @ Kiezkraft\n\nPowered by Personio")
B_NO = [
    "Leider haben wir uns entschieden, nicht mit dir weiterzumachen.",
    "Wir haben uns für jemanden entschieden, der mehr Erfahrung mit Kubernetes mitbringt.",
    "Leider ist es diesmal kein Match.",
    "Wir gehen mit anderen Kandidat:innen in die nächste Runde.",
    "Die Rolle ist mittlerweile gefilled.",
    "Nach langem Hin und Her ist unsere Entscheidung leider gegen dich gefallen.",
    "Wir werden den Prozess mit dir leider nicht fortsetzen.",
    "Leider passt dein Profil gerade nicht zu dem, was wir suchen.",
    "Wir haben die Position intern besetzt.",
    "Am Ende hat leider der Culture Fit nicht ganz gepasst.",
    "Wir haben uns entschieden, die Stelle mit einer Person mit mehr Senior-Level-Erfahrung zu besetzen.",
    "Leider bist du nicht weiter im Prozess.",
    "Wir müssen dir leider absagen.",
    "Ehrlich gesagt waren wir nach dem Tech-Call nicht ganz überzeugt.",
    "Für dieses Mal wird es leider nichts mit uns.",
    "Wir haben einen Hiring Freeze und können die Rolle aktuell nicht besetzen.",
    "Leider hast du es nicht in die finale Runde geschafft.",
    "Wir haben uns gegen eine Zusammenarbeit entschieden.",
    "Das Team hat sich leider für eine:n andere:n Kandidat:in entschieden.",
    "Wir werden dir kein Angebot machen.",
    "Leider müssen wir dir heute eine Absage schicken.",
    "Wir möchten dich nicht in die nächste Phase mitnehmen.",
    "Leider haben wir uns gegen dich entschieden.",
    "Wir haben die Stelle an jemand anderen vergeben.",
]
B_LOOK_ALIKES = [
    'Wir haben uns gegen eine weitere Runde entschieden und möchten dir direkt ein Angebot machen!',
    'Leider ist unser Büro am Freitag wegen Umzug geschlossen, dein Onsite findet deshalb remote statt.',
    'Die Stelle ist noch nicht besetzt, du bist unser Favorit.',
    'Leider konnten wir deine Referenzen noch nicht erreichen; kannst du uns eine andere Nummer schicken?',
    'Wir haben uns für dich und gegen die anderen Finalist:innen entschieden.',
    'Du hast die Challenge mit Bravour gemeistert, wir würden gern weitermachen.',
    "Wir würden gern mit dir weitermachen! Hast du nächste Woche Zeit für das Onsite?",
    "Leider müssen wir den Call am Freitag verschieben. Passt dir Montag um 14 Uhr?",
    "Wir haben noch keine Entscheidung getroffen, da wir noch zwei Kandidat:innen sprechen.",
    "Great news: Wir möchten dir ein Angebot machen! Das Offer Letter kommt heute per DocuSign.",
    "Der Hiring Freeze betrifft deine Rolle nicht, der Prozess geht wie geplant weiter.",
    "Schade, dass du deine Bewerbung zurückgezogen hast, aber wir verstehen deine Entscheidung.",
    "Du bist in der finalen Runde! Wir melden uns bis Freitag.",
    "Leider ist der Link zur Coding Challenge abgelaufen; wir haben dir einen neuen geschickt.",
    "Die Rolle als Frontend Engineer ist gefilled, aber für die Backend-Rolle bist du weiter im Prozess.",
    "Es ist ein Match! Willkommen im Team.",
    "Kein Stress: die Deadline für die Challenge ist auf Sonntag verschoben.",
    "Unser Team-Event am Donnerstag fällt leider aus, deshalb verlegen wir dein Kennenlernen auf Montag.",
    "Wir haben uns für dich entschieden!",
    "Hast du Lust, bei unserem Meetup einen Talk zu halten? Leider können wir kein Honorar zahlen.",
]

# --- (c) a Personaldienstleister about its client ------------------------------------------------------------------
C_SENDER = "Marco Schulz <m.schulz@primus-personal.example>"
C_SUBJECT = "Ihre Bewerbung: Lagerlogistiker (m/w/d) in Kassel"
C_LETTER = ("Hallo Herr Rivera,\n\nvielen Dank für das nette Telefonat letzte Woche und Ihr Interesse an der Stelle "
            "bei unserem Kunden in Kassel. {}\n\nIch melde mich gern, sobald ich etwas Passendes für Sie habe.\n\n"
            "Viele Grüße\nMarco Schulz\nPersonaldisponent\nPrimus Personal GmbH – Niederlassung Kassel")
C_NO = [
    'Der Kunde hat sich entschieden, die Stelle mit einem Bewerber aus der Region zu besetzen.',
    'Für den Einsatz bei unserem Kunden wurden Sie leider nicht berücksichtigt.',
    'Leider hat mir der Kunde heute eine Absage für Sie gegeben.',
    "Leider hat sich unser Kunde für einen anderen Bewerber entschieden.",
    "Unser Kunde hat Ihr Profil geprüft, sich aber gegen ein Vorstellungsgespräch entschieden.",
    "Der Einsatz bei unserem Kunden kommt leider nicht zustande.",
    "Unser Kunde hat die Stelle intern besetzt.",
    "Leider hat der Kunde abgesagt.",
    "Unser Auftraggeber möchte Ihre Bewerbung leider nicht weiter verfolgen.",
    "Der Kunde hat sich nach dem Vorstellungsgespräch leider gegen Sie entschieden.",
    "Leider kam von unserem Kunden eine Absage für Sie.",
    "Der Kunde sucht doch jemanden mit Staplerschein, daher kann ich Sie leider nicht vorstellen.",
    "Unser Kunde hat den Auftrag zurückgezogen, die Stelle wird nicht besetzt.",
    "Ich habe leider eine negative Rückmeldung vom Kunden erhalten.",
    "Der Kunde hat sich für einen Kandidaten eines anderen Dienstleisters entschieden.",
    "Leider wurden Sie vom Kunden nicht für den Einsatz ausgewählt.",
    "Leider hat es beim Kunden nicht geklappt.",
    "Die Vakanz bei unserem Kunden ist inzwischen besetzt.",
    "Der Kunde hat mir mitgeteilt, dass er Sie nicht übernehmen möchte.",
    "Leider kann ich Ihr Profil unserem Kunden nicht vorstellen, da die Anforderungen nicht passen.",
    "Nach dem Probetag hat sich unser Kunde leider gegen eine Zusammenarbeit entschieden.",
    "Unser Kunde hat sich leider anders entschieden.",
    "Leider wird der Kunde Sie nicht einstellen.",
]
C_LOOK_ALIKES = [
    'Der Kunde hat sich entschieden, die Stelle mit Ihnen zu besetzen.',
    'Leider hat mir der Kunde noch keine Rückmeldung gegeben; ich frage morgen nach.',
    'Unser Kunde hat sich noch nicht entschieden; ich hake Ende der Woche nach.',
    'Leider ist mein Kollege krank, deshalb meldet sich Frau Berger wegen Ihres Einsatzes bei Ihnen.',
    'Der Kunde war von Ihnen begeistert und möchte Sie nach dem Probetag übernehmen.',
    'Leider kam Ihr Arbeitsvertrag unterschrieben nicht bei uns an; bitte senden Sie ihn noch einmal.',
    "Unser Kunde möchte Sie gern kennenlernen: Passt Ihnen Dienstag um 10 Uhr?",
    "Der Kunde hat sich für Sie entschieden! Sie können am 1. Dezember starten.",
    "Leider hat der Kunde den Termin am Mittwoch abgesagt; ich melde mich mit einem neuen Termin.",
    "Der Kunde hat noch nicht entschieden und spricht diese Woche mit zwei weiteren Bewerbern.",
    "Ihr Einsatz beim Kunden wird bis März verlängert. Herzlichen Glückwunsch!",
    "Der Kunde hat einen anderen Bewerber abgelehnt und möchte nun Sie kennenlernen.",
    "Schade, dass Sie die Stelle nicht antreten möchten; ich habe dem Kunden Ihre Absage weitergegeben.",
    "Ihre Lohnabrechnung für Oktober ist leider fehlerhaft; wir korrigieren sie bis Freitag.",
    "Der Kunde hat die Stelle intern besetzt, aber ein anderer Kunde in Baunatal sucht genau Ihr Profil.",
    "Ihr Einsatz beim Kunden beginnt nicht am 1., sondern erst am 8. Dezember.",
    "Leider ist Ihr Staplerschein abgelaufen; bitte bringen Sie zum Start eine Kopie des neuen mit.",
]
# To a hiring manager at the client, about the agency's OWN candidate: no no to the reader.
C_CLIENT_SIDE = [
    (C_SENDER, "Kandidatin für Ihre Vakanz Lagerlogistik",
     "Hallo Herr Rivera,\n\nwie besprochen habe ich Frau Yilmaz mitgeteilt, dass Sie sich gegen sie entschieden haben. "
     "Ich stelle Ihnen bis Freitag zwei weitere Profile vor.\n\nViele Grüße\nMarco Schulz"),
    (C_SENDER, "Rückmeldung Bewerber",
     "Hallo Herr Rivera,\n\nleider hat unser Kandidat Herr Brandt Ihr Angebot abgelehnt, da er eine andere Stelle "
     "angenommen hat. Ich suche weiter für Sie.\n\nViele Grüße\nMarco Schulz"),
    (C_SENDER, "Absage an Herrn Keller",
     "Hallo Herr Rivera,\n\ndie Absage an Herrn Keller habe ich heute verschickt. Möchten Sie die beiden anderen "
     "Kandidaten noch diese Woche sehen?\n\nViele Grüße\nMarco Schulz"),
]

# --- (d) a Krankenhaus and a Pflegeheim ----------------------------------------------------------------------------
D_SENDER = "Personalabteilung <bewerbung@klinikum-lindenhof.example>"
D_SUBJECT = "Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d) Station 4B"
D_LETTER = ("Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit "
            "im Klinikum Lindenhof. {}\n\nWir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.\n\n"
            "Mit freundlichen Grüßen\ni. A. Petra Lorenz\nPersonalmanagement\nKlinikum Lindenhof gGmbH")
D_NO = [
    'Wir haben uns für eine Bewerberin mit Fachweiterbildung Intensivpflege entschieden.',
    'Leider müssen wir Ihnen mitteilen, dass die Stelle nicht mit Ihnen besetzt wird.',
    'Eine Einstellung ist aufgrund Ihrer fehlenden Anerkennung derzeit leider nicht möglich.',
    'Nach dem Gespräch mit der Stationsleitung haben wir uns gegen eine Zusammenarbeit entschieden.',
    'Leider kommen Sie für die ausgeschriebene Stelle nicht in Frage.',
    "Nach Rücksprache mit der Pflegedienstleitung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht "
    "berücksichtigen können.",
    "Die Stelle auf Station 4B konnte bereits mit einer internen Bewerberin besetzt werden.",
    "Die Pflegedirektion hat sich für eine andere Bewerberin entschieden.",
    "Leider fehlt Ihnen die in Deutschland anerkannte Berufserlaubnis, sodass wir Sie nicht einstellen können.",
    "Nach Ihrer Hospitation haben wir uns entschieden, die Stelle anderweitig zu besetzen.",
    "Zu unserem Bedauern müssen wir Ihnen eine Absage erteilen.",
    "Leider können wir Ihnen derzeit keine Anstellung anbieten.",
    "Die Chefärztin hat sich nach den Gesprächen für einen anderen Kandidaten ausgesprochen.",
    "Wir haben uns nach dem Hospitationstag gegen eine Einstellung entschieden.",
    "Die ausgeschriebene Stelle wird aus organisatorischen Gründen nicht besetzt.",
    "Leider ist Ihre Bewerbung in diesem Auswahlverfahren nicht erfolgreich gewesen.",
    "Nach Abschluss des Auswahlverfahrens können wir Ihnen leider keine Stelle anbieten.",
    "Der Betriebsrat hat der Einstellung zugestimmt, allerdings für eine andere Bewerberin.",
    "Wir haben Ihre Unterlagen sorgfältig geprüft, können Ihnen aber keine positive Rückmeldung geben.",
    "Ihre Bewerbung kam für die engere Auswahl leider nicht in Betracht.",
]
D_LOOK_ALIKES = [
    'Leider konnten wir Sie telefonisch nicht erreichen: Wir möchten Sie gern zu einem Gespräch einladen.',
    'Ihre Bewerbung wird derzeit von der Pflegedienstleitung geprüft.',
    'Die Station 4B wird im Januar umgebaut; Ihr Arbeitsbeginn verschiebt sich deshalb auf den 1. Februar.',
    'Die Chefärztin hat sich für Sie ausgesprochen; wir senden Ihnen den Vertrag zu.',
    'Für die Fortbildung Praxisanleitung sind leider alle Plätze vergeben; Sie stehen auf der Warteliste.',
    "Gern laden wir Sie zu einem Hospitationstag auf Station 4B am 4. Dezember ein.",
    "Leider müssen wir Ihren Hospitationstag aufgrund eines Norovirus-Ausbruchs auf der Station verschieben.",
    "Wir freuen uns, Ihnen eine Stelle auf Station 4B anbieten zu können.",
    "Bitte reichen Sie noch Ihre Berufserlaubnis ein; ohne sie können wir Ihre Bewerbung nicht berücksichtigen.",
    "Die Stelle auf Station 4B ist vergeben, aber auf Station 2A ist eine Stelle frei: Hätten Sie Interesse?",
    "Die Pflegedienstleitung ist bis 5. Dezember im Urlaub; Ihre Bewerbung wird danach entschieden.",
    "Leider ist Ihr Antrag auf einen Platz in unserer Betriebskita abgelehnt worden, da alle Plätze belegt sind.",
    "Der Betriebsrat hat Ihrer Einstellung zugestimmt. Herzlich willkommen im Team!",
    "Wir bestätigen den Eingang Ihrer Absage. Schade, dass Sie sich für ein anderes Haus entschieden haben.",
    "Ihr Antrag auf Zuschuss zum Jobticket wurde leider abgelehnt.",
]
D2_SENDER = "Haus Abendsonne <verwaltung@haus-abendsonne.example>"
D2_SUBJECT = "Ihre Bewerbung als Pflegefachkraft"
D2_LETTER = ("Liebe Frau Rivera,\n\ndanke für Ihre Bewerbung und das nette Gespräch bei uns im Haus. {}\n\n"
             "Alles Gute für Sie!\n\nHerzliche Grüße\nMonika Albrecht\nHeimleitung Haus Abendsonne")
D2_NO = [
    'Wir haben leider schon eine neue Pflegefachkraft gefunden.',
    'Unsere Entscheidung ist leider nicht auf Sie gefallen.',
    'Sie passen leider nicht in unser Team, das hat uns der Probedienst gezeigt.',
    'Wir haben die Stelle mit einer Kollegin aus der Zeitarbeit besetzt.',
    'Wir haben gemerkt, dass Sie eher eine Stelle im Tagdienst suchen, und haben uns deshalb anders entschieden.',
    'Leider können wir Sie nicht übernehmen, da unsere Stellen im Moment alle besetzt sind.',
    'Wir müssen Ihnen leider absagen, weil wir jemanden mit Erfahrung in der Gerontopsychiatrie brauchen.',
    'Wir haben die Stelle einer Kollegin gegeben, die schon als Aushilfe bei uns war.',
    'Nach dem Probedienst haben wir entschieden, die Zusammenarbeit nicht fortzusetzen.',
    'Unsere Wahl ist auf eine Bewerberin gefallen, die schon in der Palliativpflege gearbeitet hat.',
    'Wir werden Ihnen leider keinen Arbeitsvertrag anbieten.',
    'Wir haben uns gegen Sie entschieden, so leid es mir tut.',
    "Leider haben wir uns für eine andere Pflegefachkraft entschieden, die im Nachtdienst arbeiten kann.",
    "Wir haben die Stelle inzwischen einer Bewerberin aus unserem Haus gegeben.",
    "Leider können wir Sie nicht einstellen, da wir nur Vollzeit anbieten können.",
    "Wir haben uns leider anders entschieden.",
    "Die Stelle ist leider schon weg.",
    "Es tut mir leid, aber es hat diesmal nicht geklappt.",
    "Leider können wir Ihnen keine Zusage geben.",
    "Wir haben uns entschieden, die Stelle nicht mit Ihnen zu besetzen.",
]
D2_LOOK_ALIKES = [
    'Unsere Entscheidung ist auf Sie gefallen! Wann können Sie anfangen?',
    'Wir haben die Nachtdienste mit einer Kollegin aus der Zeitarbeit besetzt, Sie arbeiten also nur im Tagdienst.',
    'Nach dem Probedienst möchten wir Ihnen gern einen Arbeitsvertrag anbieten.',
    'Leider ist die Stelle im Nachtdienst besetzt; im Tagdienst hätten wir aber ab Januar eine Stelle für Sie. '
    'Kommen Sie doch nächste Woche vorbei!',
    'Leider kann ich Ihnen Ihren Wunschurlaub im Dezember nicht geben, da schon zwei Kolleginnen frei haben.',
    'Wir haben uns noch nicht entschieden; ich rufe Sie am Freitag an.',
    "Wir würden Sie gern einstellen! Wann könnten Sie anfangen?",
    "Leider hat es mit dem Termin am Montag nicht geklappt; kommen Sie doch am Mittwoch um 14 Uhr.",
    "Leider ist unser Sommerfest ausgefallen, wir holen es im Frühling nach.",
    "Die Stelle ist noch frei; ich melde mich nach der Teambesprechung am Donnerstag.",
]

# --- (e) a Handwerksbetrieb owner's one-liner ----------------------------------------------------------------------
E_SENDER = "Jürgen Bauer <juergen@bauer-sanitaer.example>"
E_SUBJECT = "Re: Bewerbung Anlagenmechaniker"
E_LETTER = "Hi Sam,\n\n{}\n\nGruß Jürgen\n\nVon meinem iPhone gesendet"
E_NO = [
    "sorry, hab schon jemanden gefunden.",
    "leider schon vergeben, trotzdem danke!",
    "die Stelle ist schon weg, sorry.",
    "wir haben uns für nen anderen entschieden. Trotzdem alles Gute!",
    "passt leider nicht, wir brauchen jemanden mit Führerschein.",
    "hat sich leider erledigt, haben schon jemanden eingestellt.",
    "wird leider nix, sorry.",
    "sorry, aber das wird nichts mit uns.",
    "danke, aber wir nehmen dich nicht.",
    "wir sind voll, sorry. Brauchen grad niemanden mehr.",
    "hab mich für den anderen Bewerber entschieden. Nix für ungut!",
    "leider nein, die Stelle ist schon besetzt.",
    "sorry, brauchen doch keinen mehr.",
    "mein Chef sagt nein, tut mir leid.",
    "leider kann ich dich nicht nehmen, die Auftragslage ist zu schlecht.",
    "wir haben uns anders entschieden, sorry.",
    "ne, leider nicht. Hab schon nen Gesellen gefunden.",
    "sorry, bei uns ist die Stelle schon weg.",
]
E_LOOK_ALIKES = [
    'sorry, hab dich gestern nicht erreicht. Ruf mal zurück wegen der Stelle.',
    'hab schon einen Termin beim Kunden für Montag, komm einfach mit.',
    'wir haben uns für dich entschieden, Vertrag kommt per Post!',
    'leider ist der Transporter kaputt, Probearbeiten dann Donnerstag.',
    "komm am Montag um 7 vorbei, dann schauen wir mal.",
    "passt! Du kannst am 1. anfangen.",
    "sorry, schaff es heute nicht, können wir morgen telefonieren?",
    "die Baustelle in Kirchheim ist leider abgesagt, wir fangen erst nächste Woche an.",
    "hab noch niemanden gefunden, komm gern zum Probearbeiten.",
    "das Angebot für die Heizung ist leider zu teuer, wir nehmen den anderen Installateur.",
    "sorry, der Termin am Freitag fällt aus, machen wir Montag.",
    "leider nein, Samstag arbeiten wir nicht. Komm lieber unter der Woche.",
    "wir sind voll mit Aufträgen bis Januar, deshalb brauchen wir dich dringend!",
    "Bewerbung ist angekommen, ich meld mich nächste Woche.",
    "schade dass du abgesagt hast, vielleicht klappts ja ein andermal.",
]

# --- (f) after a Probearbeit, an Assessment-Center or a Zweitgespräch ----------------------------------------------
F_SENDER = "Julia Brenner <julia.brenner@nordlicht-versicherung.example>"
F_SUBJECT = "Ihr Zweitgespräch für die Position Underwriter (w/m/d)"
F_LETTER = ("Sehr geehrte Frau Rivera,\n\nvielen Dank, dass Sie sich letzte Woche die Zeit für das Assessment-Center "
            "und das anschließende Zweitgespräch mit Herrn Dr. Berg genommen haben. {}\n\nWir bedanken uns für die "
            "offenen Gespräche und wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nJulia Brenner\n"
            "Talent Acquisition\nNordlicht Versicherung AG")
F_NO = [
    'Leider haben wir uns nach dem Assessment-Center gegen Sie entschieden.',
    'Wir werden das Verfahren mit einer Kandidatin fortsetzen, die mehr Erfahrung im Underwriting mitbringt.',
    'Die Rückmeldung der Fachabteilung fiel leider negativ aus.',
    'Nach Ihrem Zweitgespräch müssen wir Ihnen leider mitteilen, dass wir Ihnen keine Zusage geben können.',
    "Nach intensiver Beratung haben wir uns für eine andere Kandidatin entschieden.",
    "Leider haben Sie im Assessment-Center die erforderliche Punktzahl nicht erreicht.",
    "Die Entscheidung ist uns nicht leichtgefallen, letztlich ist sie aber nicht zu Ihren Gunsten ausgefallen.",
    "Wir haben uns entschieden, den Prozess mit einem anderen Finalisten abzuschließen.",
    "Nach dem Zweitgespräch sind wir leider zu dem Schluss gekommen, dass die Position nicht optimal zu Ihnen passt.",
    "Leider können wir Ihnen im Anschluss an das Zweitgespräch kein Vertragsangebot unterbreiten.",
    "Sie waren mit einer weiteren Kandidatin in der finalen Auswahl; die Wahl fiel am Ende auf sie.",
    "Leider hat es am Ende ganz knapp nicht gereicht.",
    "Die Beobachter des Assessment-Centers haben sich gegen eine Einstellung ausgesprochen.",
    "Wir werden die Stelle mit einer Bewerberin besetzen, die bereits Erfahrung im Industriegeschäft hat.",
    "Wir haben uns entschieden, Ihnen die Position nicht anzubieten.",
    "Es tut uns leid, Ihnen nach dem Zweitgespräch keine positive Nachricht überbringen zu können.",
    "Am Ende haben andere Teilnehmende im Assessment-Center stärker überzeugt.",
    "Nach der Probearbeit haben wir festgestellt, dass wir nicht zusammenpassen.",
    "Wir haben uns nach dem Probearbeitstag leider dagegen entschieden, Sie einzustellen.",
    "Leider sind Sie nach dem Assessment-Center nicht weiter im Verfahren.",
]
F_LOOK_ALIKES = [
    'Die Fachabteilung war begeistert; wir möchten Sie gern ein drittes Mal einladen, um die Details zu besprechen.',
    'Leider hat sich der Start der neuen Abteilung verschoben; Ihr Vertragsbeginn ist nun der 1. März.',
    'Die Rückmeldung der Fachabteilung steht noch aus.',
    'Wir würden Sie gern zu einer Probearbeit am 8. Dezember einladen.',
    "Wir freuen uns, Sie zu einem abschließenden Gespräch mit unserem Vorstand einzuladen.",
    "Sie haben im Assessment-Center überzeugt; den Vertrag erhalten Sie in den nächsten Tagen.",
    "Die Entscheidung verzögert sich leider um eine Woche, da Herr Dr. Berg erkrankt ist.",
    "Leider müssen wir Ihr Drittgespräch absagen und schlagen Ihnen stattdessen den 9. Dezember vor.",
    "Sie sind mit einer weiteren Kandidatin in der finalen Auswahl; wir entscheiden bis Freitag.",
    "Die Reisekosten für das Assessment-Center können wir leider nicht erstatten, da die Belege fehlen.",
    "Die Entscheidung ist zu Ihren Gunsten ausgefallen: Wir möchten Ihnen die Position anbieten.",
    "Vielen Dank für Ihre Nachricht, dass Sie Ihre Bewerbung zurückziehen; wir respektieren Ihre Entscheidung.",
    "Die Auswertung des Assessment-Centers liegt noch nicht vor.",
]

# --- (g) an Austrian employer --------------------------------------------------------------------------------------
G_SENDER = "Personalbüro <personal@alpenblick-energie.example>"
G_SUBJECT = "Ihre Bewerbung als Elektrotechniker/in – Standort Linz"
G_LETTER = ("Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre Bewerbung und das Interesse an unserem "
            "Unternehmen als Dienstgeber. {}\n\nIhre Bewerbungsunterlagen senden wir Ihnen beiliegend retour. Wir "
            "wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nMag. Andrea Huber\n"
            "Personalbüro\nAlpenblick Energie GmbH, Linz")
# (the documents sent back "retour" only close a no: the look-alikes go in the letter without that paragraph)
G_LOOK_LETTER = ("Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre Bewerbung und das Interesse an unserem "
                 "Unternehmen als Dienstgeber. {}\n\nFür Rückfragen stehe ich Ihnen gerne zur Verfügung.\n\n"
                 "Mit freundlichen Grüßen\nMag. Andrea Huber\nPersonalbüro\nAlpenblick Energie GmbH, Linz")
G_NO = [
    'Wir mussten uns leider für eine andere Bewerberin entscheiden.',
    'Nach Abschluss des Auswahlverfahrens wurde ein anderer Bewerber gereiht.',
    'Leider ist die Entscheidung nicht zu Ihren Gunsten ausgefallen.',
    'Wir können Ihnen leider keinen Dienstvertrag anbieten.',
    "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.",
    "Die Stelle wurde bereits mit Jänner nachbesetzt.",
    "Wir bedauern, Ihnen keine Zusage geben zu können.",
    "Bei der Vielzahl an Bewerbungen konnten wir Ihre leider nicht berücksichtigen.",
    "Ihre Bewerbung konnte im Auswahlverfahren leider nicht berücksichtigt werden.",
    "Wir haben die Stelle mit einem Mitarbeiter aus dem eigenen Haus besetzt.",
    "Leider entspricht Ihr Profil nicht den Anforderungen der ausgeschriebenen Stelle.",
    "Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.",
    "Nach reiflicher Überlegung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
    "Die Entscheidung fiel zugunsten einer anderen Bewerberin aus.",
    "Wir dürfen Ihnen mitteilen, dass die Stelle bereits vergeben wurde.",
    "Wir können Ihnen leider keine Anstellung in Aussicht stellen.",
    "Leider ist unsere Wahl auf einen anderen Kandidaten gefallen.",
    "Wir haben uns entschlossen, Ihnen keine Stelle anzubieten.",
    "Ihre Bewerbung wurde nach eingehender Prüfung leider abgelehnt.",
]
G_LOOK_ALIKES = [
    'Sie wurden an erster Stelle gereiht; Ihr Dienstvertrag folgt in den nächsten Tagen.',
    'Leider ist uns bei der Terminvereinbarung ein Fehler passiert: Das Gespräch findet am 14. Jänner statt.',
    'Wir haben noch keine Entscheidung getroffen und melden uns Ende Jänner.',
    "Gerne laden wir Sie zu einem Vorstellungsgespräch am 12. Jänner um 10 Uhr ein.",
    "Leider müssen wir das Gespräch auf Mitte Jänner verschieben, da unser Abteilungsleiter auf Urlaub ist.",
    "Wir dürfen Ihnen mitteilen, dass wir Sie als neuen Mitarbeiter begrüßen dürfen. Dienstbeginn ist der 2. Jänner.",
    "Die Entscheidung über die Besetzung fällt erst im Jänner; wir bitten Sie noch um etwas Geduld.",
    "Ihr Ansuchen um Wohnbauförderung wurde leider abgelehnt.",
    "Wir haben Ihre Absage erhalten und senden Ihnen Ihre Bewerbungsunterlagen retour.",
    "Ihr Angebot im Rahmen der Ausschreibung Umspannwerk Linz-Süd konnte leider nicht berücksichtigt werden; der "
    "Zuschlag ging an einen anderen Bieter.",
    "Leider ist Ihr Meldezettel nicht beigelegt; bitte reichen Sie ihn nach.",
]

# --- (h) a university chair and a Behörde --------------------------------------------------------------------------
H_SENDER = "Prof. Dr. Karin Weiß <sekretariat.weiss@uni-hohenheim-nord.example>"
H_SUBJECT = "Ihre Bewerbung: Wissenschaftliche/r Mitarbeiter/in (E 13, 65 %) am Lehrstuhl für Agrarökonomie"
H_LETTER = ("Sehr geehrter Herr Rivera,\n\nhaben Sie vielen Dank für Ihre Bewerbung auf die ausgeschriebene Stelle "
            "am Lehrstuhl. {}\n\nIch wünsche Ihnen für Ihre wissenschaftliche Laufbahn viel Erfolg.\n\n"
            "Mit freundlichen Grüßen\nProf. Dr. Karin Weiß\nLehrstuhl für Agrarökonomie")
H_NO = [
    'Nach Abschluss des Verfahrens hat die Auswahlkommission einer anderen Bewerberin den Vorzug gegeben.',
    'Ihr Profil passt leider nicht zu den methodischen Schwerpunkten des Projekts.',
    'Die Stelle wurde zwischenzeitlich besetzt.',
    'Nach Sichtung aller Unterlagen ist Ihre Bewerbung leider nicht in die engere Auswahl gekommen.',
    'Ich habe mich für eine Bewerberin entschieden, deren Promotionsthema enger an das Projekt anschließt.',
    'Die Stelle wird mit einer Kandidatin aus dem Graduiertenkolleg besetzt.',
    'Die Berufungskommission hat Sie nicht in die engere Wahl einbezogen.',
    'Ihre Bewerbung war leider nicht erfolgreich.',
    'Sie sind leider nicht unter den Kandidierenden, die zu Vorträgen eingeladen werden.',
    'Leider muss ich Ihnen eine Absage erteilen.',
    "Die Berufungskommission hat sich dafür entschieden, Sie nicht zu einem Vortrag einzuladen.",
    "Nach sorgfältiger Prüfung aller Bewerbungen haben wir uns für eine andere Kandidatin entschieden.",
    "Leider konnte ich Sie im Auswahlverfahren nicht berücksichtigen.",
    "Die Stelle wurde inzwischen mit einem Bewerber besetzt, dessen Forschungsprofil enger zum Projekt passt.",
    "Die Kommission hat beschlossen, Sie nicht in die Berufungsliste aufzunehmen.",
    "Leider kann ich Ihnen die Stelle nicht anbieten.",
    "Sie wurden nicht in die engere Wahl genommen.",
    "Ihre Bewerbung hat leider nicht zu einer Einladung zum Vorstellungsgespräch geführt.",
    "Nach den Probevorträgen hat sich die Kommission für andere Kandidierende entschieden.",
    "Ich muss Ihnen leider mitteilen, dass die Auswahl nicht auf Sie gefallen ist.",
    "Das Auswahlverfahren ist abgeschlossen; die Stelle wurde anderweitig vergeben.",
]
H_LOOK_ALIKES = [
    'Die Berufungskommission hat Sie in die engere Wahl einbezogen; der Probevortrag ist am 20. Januar.',
    'Leider kann ich Ihre Reisekosten für das Gespräch nur bis 200 Euro erstatten.',
    'Ihre Bewerbung ist eingegangen; die Kommission tagt am 12. Dezember.',
    'Ihr Antrag auf Verlängerung Ihres Vertrags am Lehrstuhl ist genehmigt.',
    "Die Kommission lädt Sie zu einem Probevortrag am 15. Januar ein.",
    "Leider muss der Probevortrag wegen einer Sitzung des Senats auf den 22. Januar verschoben werden.",
    "Sie stehen auf Platz 1 der Berufungsliste; der Ruf folgt nach Zustimmung des Ministeriums.",
    "Ihr Antrag auf Zulassung zum Masterstudiengang wurde leider abgelehnt, da der Notenschnitt nicht ausreicht.",
    "Ihr Artikel wurde von der Zeitschrift leider abgelehnt; die Gutachten finden Sie im Anhang.",
    "Ihr Drittmittelantrag bei der DFG wurde leider nicht bewilligt.",
    "Das Auswahlverfahren ist noch nicht abgeschlossen; ich melde mich im Januar.",
    "Ich freue mich, Ihnen die Stelle anbieten zu können.",
]
H2_SENDER = "Landratsamt Oberwald – Personal <personal@lra-oberwald.example>"
H2_SUBJECT = "Stellenausschreibung Nr. 47/2026 – Sachbearbeitung Bauordnung (EG 9b TVöD)"
H2_LETTER = ("Sehr geehrter Herr Rivera,\n\nwir danken Ihnen für Ihre Bewerbung. {}\n\nIhre Bewerbungsunterlagen "
             "werden nach Abschluss des Verfahrens unter Beachtung der datenschutzrechtlichen Bestimmungen vernichtet."
             "\n\nMit freundlichen Grüßen\nIm Auftrag\nKlaus Wegner\nSachgebiet Personal")
H2_NO = [
    'Die Auswahl ist auf eine Bewerberin gefallen, die die Anforderungen in höherem Maße erfüllt.',
    'Wir bedauern, Ihnen keinen positiven Bescheid erteilen zu können.',
    'Sie konnten im Auswahlgespräch leider nicht überzeugen.',
    'Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass Ihre Bewerbung nicht '
    'berücksichtigt werden konnte.',
    'Die Stelle soll mit einer Mitbewerberin besetzt werden, die im Auswahlgespräch den besten Eindruck '
    'hinterlassen hat.',
    'Sie sind im Auswahlverfahren leider nicht zum Zuge gekommen.',
    'Die Auswahlentscheidung ist nicht zu Ihren Gunsten ausgefallen.',
    'Aufgrund der Vielzahl an qualifizierten Bewerbungen konnten wir Sie nicht in die engere Wahl einbeziehen.',
    'Wir haben Ihre Bewerbung leider nicht berücksichtigen können.',
    'Nach dem Prinzip der Bestenauslese fiel die Entscheidung zugunsten eines Mitbewerbers.',
    "Im Rahmen der Bestenauslese nach Art. 33 Abs. 2 GG haben wir uns für eine andere Bewerberin entschieden.",
    "Nach Durchführung der Auswahlgespräche wurde die Stelle mit einem anderen Bewerber besetzt.",
    "Sie wurden nicht zum Auswahlgespräch eingeladen, da andere Bewerber das Anforderungsprofil besser erfüllen.",
    "Leider können wir Sie im weiteren Auswahlverfahren nicht berücksichtigen.",
    "Die Auswahlkommission hat sich für einen anderen Bewerber ausgesprochen; der Personalrat hat zugestimmt.",
    "Sie erfüllen das konstitutive Anforderungsprofil (Abschluss als Bauingenieur) nicht.",
    "Ihre Bewerbung blieb leider ohne Erfolg.",
    "Das Stellenbesetzungsverfahren wurde mit der Auswahl einer anderen Bewerberin abgeschlossen.",
    "Aufgrund des Ergebnisses des Auswahlverfahrens müssen wir Ihnen eine Absage erteilen.",
    "Die Stelle wurde an eine Mitbewerberin vergeben.",
]
H2_LOOK_ALIKES = [
    'Sie konnten im Auswahlgespräch überzeugen; die Stelle wird Ihnen zum 1. März übertragen.',
    'Ihre Beschwerde über die Wartezeit in der Zulassungsstelle wurde leider nicht berücksichtigt.',
    'Die Auswahlentscheidung ist zu Ihren Gunsten ausgefallen; bitte melden Sie sich zur Einstellungsuntersuchung.',
    'Ihr Widerspruch gegen den Gebührenbescheid wurde zurückgewiesen.',
    'Der Personalrat muss der Einstellung noch zustimmen; wir informieren Sie Anfang Januar.',
    'Wegen der Vielzahl an Bewerbungen verzögert sich das Auswahlverfahren um etwa drei Wochen.',
    "Wir laden Sie zu einem Auswahlgespräch am 9. Dezember 2026 um 9:30 Uhr, Zimmer 214, ein.",
    "Das Auswahlgespräch muss leider auf den 16. Dezember verlegt werden.",
    "Ihr Antrag auf Baugenehmigung wurde abgelehnt; gegen diesen Bescheid kann Widerspruch eingelegt werden.",
    "Im Rahmen der Bestenauslese haben wir uns für Sie entschieden; der Personalrat hat zugestimmt.",
    "Ihr Angebot im Vergabeverfahren Nr. 2026/113 konnte nicht berücksichtigt werden; der Zuschlag soll auf das "
    "Angebot eines anderen Bieters erteilt werden.",
    "Bitte reichen Sie die fehlende Beurteilung bis zum 5. Dezember nach, sonst kann Ihre Bewerbung nicht "
    "berücksichtigt werden.",
    "Ihr Antrag auf einen Betreuungsplatz in der Kita Sonnenschein wurde leider abgelehnt.",
]

# --- (i) a Swiss bank ----------------------------------------------------------------------------------------------
I_SENDER = "Talent Acquisition <careers@bank-zuerichsee.example>"
I_SUBJECT = "Ihre Bewerbung als Relationship Manager Private Banking (80-100%)"
I_LETTER = ("Grüezi Herr Rivera\n\nBesten Dank für Ihre Bewerbung und das Interesse an der Bank Zürichsee. {}\n\n"
            "Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Zukunft alles Gute.\n\n"
            "Freundliche Grüsse\nCorinne Meier\nTalent Acquisition\nBank Zürichsee AG")
I_NO = [
    'Wir haben entschieden, das Verfahren ohne Sie weiterzuführen.',
    'Ihre Kandidatur wurde nicht für die zweite Runde ausgewählt.',
    'Nach reiflicher Überlegung haben wir entschieden, Ihnen kein Angebot zu unterbreiten.',
    'Wir konnten Sie leider nicht für die weitere Auswahl berücksichtigen.',
    'Andere Kandidierende entsprechen dem Anforderungsprofil noch besser.',
    'Leider können wir Ihr Dossier nicht weiter berücksichtigen.',
    'Die Funktion konnte intern besetzt werden.',
    'Leider müssen wir Ihnen mitteilen, dass Sie nicht in die nächste Runde kommen.',
    'Wir haben uns nach dem Zweitgespräch für eine andere Person entschieden.',
    "Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir Sie nicht weiter "
    "berücksichtigen können.",
    "Wir haben uns für eine Kandidatin entschieden, deren Profil unseren Anforderungen noch besser entspricht.",
    "Leider können wir Ihnen keinen positiven Bescheid geben.",
    "Wir haben uns entschieden, den Prozess mit anderen Kandidierenden weiterzuführen.",
    "Ihr Dossier hat uns überzeugt, dennoch haben wir uns für eine andere Person entschieden.",
    "Leider müssen wir Ihnen eine Absage erteilen.",
    "Die Stelle konnte inzwischen besetzt werden.",
    "Leider passt Ihr Profil nicht genau zu den Anforderungen dieser Funktion.",
    "Wir bedauern, Ihnen keine erfreulichere Mitteilung machen zu können.",
    "Wir haben uns entschieden, Ihre Kandidatur nicht weiterzuverfolgen.",
    "Die Wahl ist auf eine andere Kandidatin gefallen.",
    "Nach den Gesprächen sind wir zum Schluss gekommen, dass wir die Funktion anderweitig besetzen.",
    "Ihr Dossier senden wir Ihnen hiermit zurück, da wir Ihnen leider keine Stelle anbieten können.",
]
I_LOOK_ALIKES = [
    'Andere Kandidierende haben ihre Bewerbung zurückgezogen, daher sind Sie nun in der letzten Runde.',
    'Ihr Konto wird per Ende Jahr saldiert; bitte teilen Sie uns Ihre neue IBAN mit.',
    'Ihre Bewerbung ist bei uns eingegangen; wir melden uns innert zwei Wochen.',
    'Wir freuen uns, Sie zum Assessment in Zürich einzuladen.',
    "Gerne laden wir Sie zu einem Gespräch mit der Teamleitung am 11. Dezember ein.",
    "Leider müssen wir das Gespräch verschieben; Frau Keller meldet sich mit einem neuen Termin.",
    "Ihr Dossier ist noch in Prüfung; wir melden uns bis Ende Dezember.",
    "Wir freuen uns, Ihnen die Funktion anbieten zu dürfen. Den Vertrag erhalten Sie per Post.",
    "Ihr Kreditantrag konnte leider nicht bewilligt werden.",
    "Ihre Hypothekaranfrage müssen wir leider ablehnen, da die Tragbarkeit nicht gegeben ist.",
    "Wir haben Ihre Absage erhalten und bedauern, dass Sie sich für einen anderen Arbeitgeber entschieden haben.",
    "Leider fehlt in Ihrem Dossier das Arbeitszeugnis Ihrer letzten Stelle; bitte reichen Sie es nach.",
]

# --- (j) an Ausbildung, a duales Studium, a Praktikum --------------------------------------------------------------
J_SENDER = "Ausbildung <ausbildung@stadtwerke-bergheim.example>"
J_SUBJECT = "Deine Bewerbung für das duale Studium Elektrotechnik 2027"
J_LETTER = ("Hallo Sam,\n\nvielen Dank für deine Bewerbung um einen Platz im dualen Studium bei den Stadtwerken "
            "Bergheim. {}\n\nWir wünschen dir viel Erfolg für deinen Abschluss und deinen weiteren Weg.\n\n"
            "Viele Grüße\nDein Ausbildungsteam der Stadtwerke Bergheim")
J_NO = [
    'Leider müssen wir dir mitteilen, dass wir dir keinen Ausbildungsplatz anbieten können.',
    'Wir haben uns nach dem Auswahltag für andere Bewerber entschieden.',
    'Für das Praktikum im Sommer haben wir leider schon alle Plätze vergeben.',
    'Leider bist du nicht unter den Bewerbern, die wir zum Auswahltag einladen.',
    'Leider hat es mit dem Ausbildungsplatz diesmal nicht geklappt.',
    'Deine Noten reichen für das duale Studium leider nicht aus.',
    'Leider können wir deine Bewerbung nicht weiter berücksichtigen.',
    'Die Praktikumsstelle im Controlling ist leider schon besetzt.',
    "Leider können wir dir keinen Studienplatz bei uns anbieten.",
    "Die Plätze für 2027 sind leider bereits vergeben.",
    "Leider hast du den Online-Test nicht bestanden.",
    "Wir haben uns für andere Bewerberinnen und Bewerber entschieden.",
    "Leider können wir dich nicht zum Auswahltag einladen.",
    "Nach dem Auswahltag haben wir uns leider gegen dich entschieden.",
    "Leider können wir dir für das duale Studium keine Zusage geben.",
    "Unsere Ausbildungsplätze für dieses Jahr sind leider alle besetzt.",
    "Dein Praktikum können wir dir leider nicht anbieten, da alle Praktikumsplätze belegt sind.",
    "Leider bist du im Auswahlverfahren nicht weitergekommen.",
    "Wir müssen dir leider absagen.",
    "Leider hat es diesmal nicht geklappt.",
]
J_LOOK_ALIKES = [
    'Leider ist das Bewerbungsportal am Wochenende nicht erreichbar; du kannst dich aber per Mail bewerben.',
    'Die Zusage für deinen Ausbildungsplatz ist unterwegs!',
    'Für das Praktikum haben wir noch Plätze frei; melde dich doch!',
    'Leider hat es mit dem Auswahltag am 17. Januar nicht geklappt; wir laden dich zum 24. Januar ein.',
    'Du bist unter den Bewerbern, die wir zum Auswahltag einladen!',
    'Dein Praktikumsbericht ist leider noch nicht vollständig; bitte reiche die Unterschrift nach.',
    "Du hast den Online-Test bestanden! Wir laden dich zum Auswahltag am 17. Januar ein.",
    "Der Auswahltag muss leider verschoben werden; der neue Termin ist der 24. Januar.",
    "Leider hast du keinen Studienplatz an der Hochschule bekommen; bitte schick uns trotzdem die Zulassung, sobald "
    "du sie hast.",
    "Wir freuen uns, dir einen Platz im dualen Studium anbieten zu können!",
    "Dein Antrag auf BAföG wurde leider abgelehnt; wende dich bei Fragen an das Studierendenwerk.",
    "Deine Bewerbung ist vollständig; wir melden uns nach Bewerbungsschluss.",
    "Schade, dass du uns abgesagt hast. Wir wünschen dir viel Erfolg bei deiner Ausbildung in München.",
    "Leider hast du beim Auswahltag dein Zeugnis vergessen. Schick es uns bitte per Mail.",
]

# --- (k) the verdict in the subject --------------------------------------------------------------------------------
K_SENDER = "Recruiting <recruiting@weber-logistik.example>"
K_NO = [
    ('Absage – Ihre Bewerbung als Disponent', 'Sehr geehrter Herr Rivera,\n\n'
     'wir wünschen Ihnen viel Erfolg.\n\nRecruiting'),
    ('Ihre Bewerbung: leider keine Berücksichtigung', 'Sehr geehrter Herr Rivera,\n\n'
     'vielen Dank für Ihr Interesse.\n\nRecruiting'),
    ('Ihre Bewerbung als Disponent – Absage',
     'Sehr geehrter Herr Rivera,\n\nwir haben uns für einen anderen Kandidaten entschieden.\n\nRecruiting'),
    ('Rückmeldung zu Ihrer Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nleider können wir Ihnen keine positive Rückmeldung geben.\n\nRecruiting'),
    ('Ihre Bewerbung vom 3. November',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle bereits besetzt '
     'ist.\n\nRecruiting'),
    ('Absage',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir wünschen Ihnen alles Gute.\n\nRecruiting'),
    ("Absage Ihrer Bewerbung", "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse.\n\nMit freundlichen "
     "Grüßen\nIhr Recruiting-Team"),
    ("Ihre Bewerbung - Rückmeldung", "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir uns "
     "für einen anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nRecruiting"),
    ("Absage: Disponent (m/w/d)", "Hallo Herr Rivera,\n\ndanke für Ihre Bewerbung und alles Gute!\n\nRecruiting"),
    ("Ihre Bewerbung bei Weber Logistik – leider keine Zusage", "Sehr geehrter Herr Rivera,\n\nwir danken Ihnen für "
     "Ihr Interesse und wünschen Ihnen alles Gute.\n\nRecruiting"),
    ("Rückmeldung zu Ihrer Bewerbung", "Sehr geehrter Herr Rivera,\n\nwir haben uns leider gegen Ihre Bewerbung "
     "entschieden.\n\nRecruiting"),
    ("Ihre Bewerbung als Disponent", "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen absagen.\n\nRecruiting"),
    ("Bewerbung Disponent – Absage", "Sehr geehrter Herr Rivera,\n\nwir bedanken uns für Ihr Interesse an Weber "
     "Logistik.\n\nMit freundlichen Grüßen\nRecruiting"),
    ("Leider eine Absage", "Hallo Herr Rivera,\n\nvielen Dank für Ihre Zeit im Gespräch.\n\nRecruiting"),
]
K_LOOK_ALIKES = [
    ('Absage – Ihr Termin am 3. Dezember', 'Sehr geehrter Herr Rivera,\n\n'
     'leider müssen wir das Gespräch verschieben.\n\nRecruiting'),
    ('Ihre Bewerbung: nächste Schritte', 'Sehr geehrter Herr Rivera,\n\n'
     'wir laden Sie zu einem Zweitgespräch ein.\n\nRecruiting'),
    ('Ihre Bewerbung als Disponent – Einladung',
     'Sehr geehrter Herr Rivera,\n\nwir laden Sie am Dienstag um 10 Uhr ein.\n\nRecruiting'),
    ('Absage Firmenlauf', 'Hallo Herr Rivera,\n\nder Firmenlauf am Samstag fällt wegen Sturm aus.\n\nRecruiting'),
    ('Rückmeldung zu Ihrer Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nwir benötigen noch etwas Zeit und melden uns bis 15. Dezember.\n\nRecruiting'),
    ("Absage Termin Vorstellungsgespräch", "Sehr geehrter Herr Rivera,\n\nleider müssen wir den Termin am Dienstag "
     "absagen. Können Sie am Donnerstag um 10 Uhr?\n\nRecruiting"),
    ("Ihre Bewerbung - Rückmeldung", "Sehr geehrter Herr Rivera,\n\nwir möchten Sie gern zu einem Gespräch "
     "einladen.\n\nRecruiting"),
    ("Ihre Absage", "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Nachricht. Schade, dass Sie sich für ein "
     "anderes Unternehmen entschieden haben.\n\nRecruiting"),
    ("Absage Ihrer Wohnungsbewerbung", "Sehr geehrter Herr Rivera,\n\ndie Wohnung in der Lindenstraße 4 wurde "
     "bereits an einen anderen Interessenten vergeben.\n\nHausverwaltung"),
    ("Newsletter: Absagen richtig formulieren", "Liebe HR-Community,\n\nwie schreibt man eine Absage an Bewerber, "
     "die wertschätzend bleibt? Fünf Tipps in unserem neuen Blogartikel.\n\nIhr HR-Team"),
    ("Absage Weihnachtsfeier", "Liebe Kolleginnen und Kollegen,\n\nleider müssen wir die Weihnachtsfeier absagen."
     "\n\nRecruiting"),
    ("Ihre Bewerbung - Eingangsbestätigung", "Sehr geehrter Herr Rivera,\n\nwir haben Ihre Bewerbung erhalten und "
     "melden uns in zwei Wochen.\n\nRecruiting"),
]

# --- (l) a chat reply above the reader's quoted question ------------------------------------------------------------
L_SENDER = "Anja <anja@cafe-kranich.example>"
L_SUBJECT = "Re: Aushilfe gesucht"
L_LETTER = ("Hallo Sam,\n\n{}\n\nLG Anja\n\nAm Mo., 24. Nov. 2026 um 09:14 schrieb Sam Rivera <sam@example.net>:\n"
            "> Hallo, ist die Stelle als Aushilfe im Service noch frei? Ich hätte ab Dezember Zeit.\n"
            "> Viele Grüße, Sam")
L_NO = [
    'ach schade, die Stelle haben wir gestern vergeben.',
    'nein, tut mir leid, wir suchen niemanden mehr.',
    'die Stelle ist leider schon besetzt, aber danke!',
    'leider nein, wir haben uns schon für jemanden entschieden.',
    'leider nein, die ist seit Montag vergeben.',
    'hi, sorry, die Aushilfsstelle haben wir schon besetzt.',
    'leider nicht mehr, haben schon eine neue Kellnerin.',
    'sorry, nein. Wir sind mit Aushilfen komplett.',
    'nein sorry, wir haben schon genug Leute.',
    'leider nicht, wir haben jemanden eingestellt.',
    "nein, leider nicht mehr, ist schon weg.",
    "sorry, haben schon jemanden gefunden.",
    "leider nicht, wir haben die Stelle letzte Woche vergeben.",
    "ne, sorry, ist schon besetzt.",
    "leider schon vergeben, aber danke für dein Interesse!",
    "die Stelle ist leider nicht mehr frei.",
    "leider nein, wir haben schon eine Aushilfe eingestellt.",
    "tut mir leid, die ist schon weg.",
    "nein, leider haben wir schon jemanden.",
    "leider zu spät, wir haben schon jemanden für Dezember.",
]
L_LOOK_ALIKES = [
    'die Stelle haben wir noch nicht vergeben! Komm gern morgen vorbei.',
    'wir suchen noch, schick mir doch kurz ein Foto von deinem Lebenslauf.',
    'leider haben wir morgen Ruhetag, komm doch Donnerstag vorbei.',
    'hi, ja noch frei. Leider kann ich heute nicht telefonieren, schreib mir einfach.',
    'die Stelle ist noch frei, aber nur für Wochenenden. Passt das für dich?',
    'ja, ist noch frei! Wann kannst du zum Probearbeiten kommen?',
    'die Stelle ist noch frei, schick mir einfach deine Verfügbarkeiten.',
    'hi, leider sind wir am Montag geschlossen, komm doch Dienstag um 15 Uhr vorbei.',
    'noch nicht vergeben! Ruf mich einfach kurz an.',
    "ja, die ist noch frei! Komm doch morgen um 10 vorbei.",
    "ja klar! Schick mir mal kurz deinen Lebenslauf.",
    "leider nicht mehr frei am Samstag, aber Sonntag ginge.",
    "die Stelle ist noch frei, aber ich bin bis Freitag im Urlaub. Melde mich dann!",
    "sorry, das Frühstücksbuffet am Sonntag ist schon ausgebucht.",
    "nein, leider haben wir an Heiligabend geschlossen.",
]

# --- (m) an unsolicited application to a tax firm, answered through its ATS ----------------------------------------
M_SENDER = "Bewerbermanagement <noreply@karriere-rexx.example>"
M_SUBJECT = "Ihre Initiativbewerbung bei der Steuerkanzlei Roth & Partner mbB"
M_LETTER = ("Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Initiativbewerbung und das damit verbundene Vertrauen "
            "in unsere Kanzlei. {}\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\n"
            "Ihr Team der Steuerkanzlei Roth & Partner\n\nDiese E-Mail wurde automatisch erstellt.")
M_NO = [
    'Derzeit haben wir leider keine passende Vakanz für Sie.',
    'Wir haben Ihre Unterlagen geprüft, sehen aber aktuell keinen Bedarf an Verstärkung in diesem Bereich.',
    'Eine Beschäftigung in unserer Kanzlei ist derzeit leider nicht möglich.',
    'Ihre Bewerbung können wir leider nicht positiv bescheiden.',
    'Aktuell besteht bei uns leider kein Personalbedarf.',
    'Wir stellen derzeit keine Steuerfachangestellten ein.',
    'Unsere Teams sind derzeit vollständig besetzt.',
    'Leider haben wir uns nach reiflicher Überlegung dazu entschlossen, Ihnen keine Stelle anzubieten.',
    'Wir müssen Ihnen daher leider eine Absage erteilen.',
    'Leider ergibt sich für Sie derzeit keine Einstiegsmöglichkeit bei uns.',
    'Wir möchten Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter verfolgen werden.',
    'Wir haben uns entschieden, Ihre Bewerbung nicht zu berücksichtigen.',
    'Eine Zusammenarbeit kommt derzeit leider nicht in Betracht.',
    'Leider sehen wir aktuell keine Möglichkeit, Ihnen ein Angebot zu machen.',
    'Für Ihr Profil haben wir derzeit leider keine Verwendung.',
    'Ihre Bewerbung entspricht leider nicht unserem derzeitigen Bedarf.',
    'Wir haben Ihre Bewerbung abgelehnt.',
    'Ihre Bewerbung wurde im System als abgelehnt markiert.',
    'Leider passen Ihre Gehaltsvorstellungen nicht zu unserem Budget, weshalb wir den Prozess beenden.',
    'Ihre Gehaltsvorstellung liegt deutlich über unserem Rahmen; wir sehen daher von einer weiteren '
    'Berücksichtigung ab.',
    'Wir haben entschieden, den Bewerbungsprozess an dieser Stelle zu beenden.',
    'Leider fehlt Ihnen der Abschluss als Steuerfachwirt, der für diese Stelle Voraussetzung ist.',
]
M_LOOK_LETTER = ("Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Initiativbewerbung. {}\n\n"
                 "Mit freundlichen Grüßen\nIhr Team der Steuerkanzlei Roth & Partner")
M_LOOK_ALIKES = [
    'Derzeit haben wir keine passende Vakanz, aber eine Stelle als Steuerfachangestellte wird im Februar frei; '
    'wir melden uns dann.',
    'Aktuell prüfen wir Ihre Unterlagen und melden uns innerhalb von zwei Wochen.',
    'Gern möchten wir Sie zu einem Kennenlerngespräch in unsere Kanzlei einladen.',
    'Ihre Gehaltsvorstellung liegt über unserem Rahmen; wären Sie für 52.000 Euro offen? Dann würden wir Sie '
    'gern einladen.',
    'Wir haben Ihre Bewerbung an unsere Niederlassung in Ulm weitergeleitet, die gerade Verstärkung sucht.',
    'Bitte laden Sie noch Ihr letztes Arbeitszeugnis im Portal hoch, damit wir Ihre Bewerbung berücksichtigen '
    'können.',
    'Bevor wir den Prozess abschließen, benötigen wir noch zwei Referenzen von Ihnen.',
    'Im Januar besteht bei uns wieder Personalbedarf; wir melden uns dann bei Ihnen.',
    'Unsere Teams sind derzeit voll besetzt, doch ab März bauen wir die Lohnbuchhaltung aus: Dürfen wir Sie dann '
    'einladen?',
]

# Other "Absagen" and "leider" about something that is no application of the reader's.
OTHER_NOS = [
    ("Stadtwerke Linz <info@stadtwerke-linz.example>", "Ihre Anfrage Fernwärmeanschluss",
     "Sehr geehrter Herr Rivera,\n\nIhre Anfrage zum Fernwärmeanschluss in der Gartenstraße 5 müssen wir leider "
     "abschlägig beantworten, da das Netz dort nicht ausgebaut ist.\n\nMit freundlichen Grüßen\nStadtwerke Linz"),
    ("Hausverwaltung Stein <info@hv-stein.example>", "Ihre Bewerbung für die Wohnung Gartenweg 3",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen "
     "Mietinteressenten entschieden haben.\n\nMit freundlichen Grüßen\nHausverwaltung Stein"),
    ("Kita Pusteblume <leitung@kita-pusteblume.example>", "Ihre Anmeldung für einen Betreuungsplatz",
     "Liebe Familie Rivera,\n\nleider können wir Ihnen zum 1. März keinen Platz anbieten. Ihr Kind bleibt auf der "
     "Warteliste.\n\nHerzliche Grüße\nKita Pusteblume"),
    ("Hochschule Rheinufer <zulassung@hs-rheinufer.example>", "Ihr Zulassungsantrag",
     "Sehr geehrter Herr Rivera,\n\nleider können wir Ihnen keinen Studienplatz im Studiengang Informatik anbieten. "
     "Den Ablehnungsbescheid finden Sie im Portal.\n\nIhr Studierendensekretariat"),
    ("Sparkasse Talgrund <kredit@sparkasse-talgrund.example>", "Ihre Kreditanfrage",
     "Sehr geehrter Herr Rivera,\n\nnach Prüfung Ihrer Unterlagen müssen wir Ihre Anfrage leider ablehnen.\n\n"
     "Mit freundlichen Grüßen\nSparkasse Talgrund"),
    ("Vergabestelle <vergabe@stadt-ahlen.example>", "Information nach § 134 GWB",
     "Sehr geehrte Damen und Herren,\n\nIhr Angebot kann nicht berücksichtigt werden. Der Zuschlag soll auf das "
     "Angebot der Firma Bau & Co. erteilt werden.\n\nVergabestelle"),
    ("Einkauf <einkauf@hofmann-antriebstechnik.example>", "Ihr Angebot Nr. 4471",
     "Sehr geehrter Herr Rivera,\n\nwir haben uns für einen anderen Lieferanten entschieden und danken für Ihr "
     "Angebot.\n\nEinkauf"),
    ("Lea <lea@kiezkraft.example>", "Abschied",
     "Hallo zusammen,\n\nheute ist mein letzter Tag bei Kiezkraft. Ich habe mich für eine neue Herausforderung "
     "entschieden. Danke für alles!\n\nLea"),
    ("HR Weekly <newsletter@hr-weekly.example>", "Wie Sie Bewerbern richtig absagen",
     "Hallo,\n\nleider müssen wir Ihnen mitteilen ... so beginnen viele Absagen. Wir zeigen, wie Sie Bewerbern "
     "wertschätzend absagen.\n\nIhr HR Weekly"),
    ("Primus Personal <m.schulz@primus-personal.example>", "Bewerberin für Ihre Stelle",
     "Hallo Herr Rivera,\n\nunsere Kandidatin Frau Öztürk hat vom Kunden leider eine Absage erhalten. Ich habe sie "
     "informiert.\n\nMarco Schulz"),
    ("Recruiting <recruiting@weber-logistik.example>", "Ihre Absage",
     "Sehr geehrter Herr Rivera,\n\nwir haben Ihre Absage erhalten und bedauern Ihre Entscheidung sehr. Die Stelle "
     "werden wir nun anderweitig besetzen.\n\nRecruiting"),
    ("Sportverein <info@tsv-eichen.example>", "Training fällt aus",
     "Hallo Sam,\n\nleider müssen wir das Training am Donnerstag absagen, die Halle ist belegt.\n\nTSV Eichen"),
    ("Stadt Ahlen <foerderung@stadt-ahlen.example>", "Ihr Förderantrag",
     "Sehr geehrter Herr Rivera,\n\nIhr Antrag auf Förderung der Photovoltaikanlage wurde abgelehnt, da die Mittel "
     "ausgeschöpft sind.\n\nStadt Ahlen"),
]


# Misses left open on purpose (strict xfails): each would need a rule that also reads other mail as a no.
KNOWN_GAPS: list[tuple[str, str, str, str, str]] = [  # (letter, subject, sender, sentence, why)
    (D_LETTER, D_SUBJECT, D_SENDER,
     "Der Betriebsrat hat der Einstellung zugestimmt, allerdings für eine andere Bewerberin.",
     "the works council's consent is procedure; the other applicant hangs on 'allerdings' alone, no verb of choosing"),
    (E_LETTER, E_SUBJECT, E_SENDER, "passt leider nicht, wir brauchen jemanden mit Führerschein.",
     "'passt leider nicht' answers a date or a price as often; 'wir brauchen jemanden mit' is an advert's line"),
    (E_LETTER, E_SUBJECT, E_SENDER, "sorry, brauchen doch keinen mehr.",
     "'keinen mehr' names nothing: a coffee, a quote, a lift; only the quoted question would make it a post"),
    (E_LETTER, E_SUBJECT, E_SENDER, "mein Chef sagt nein, tut mir leid.",
     "a bare 'nein' from a third party answers any request (a day off, a pay rise)"),
    (F_LETTER, F_SUBJECT, F_SENDER,
     "Sie waren mit einer weiteren Kandidatin in der finalen Auswahl; die Wahl fiel am Ende auf sie.",
     "folded text loses the capital: 'die Wahl fiel auf sie' (her) is 'auf Sie' (you), the offer"),
    (J_LETTER, J_SUBJECT, J_SENDER, "Deine Noten reichen für das duale Studium leider nicht aus.",
     "grades not enough for a 'Studium' is a university's admission line too (phrases.NOT_A_JOB)"),
    (J_LETTER, J_SUBJECT, J_SENDER, "Leider können wir dir keinen Studienplatz bei uns anbieten.",
     "'keinen Studienplatz anbieten' is the university's no to a study place, which is not job mail"),
    (L_LETTER, L_SUBJECT, L_SENDER, "leider nein, die ist seit Montag vergeben.",
     "'die ist vergeben' with no noun: an appointment, a table or a flat as well; the post is only in the quote"),
    (L_LETTER, L_SUBJECT, L_SENDER, "nein, leider nicht mehr, ist schon weg.",
     "'ist schon weg' with no noun (a parcel, a letter, a train); the post is only in the quote"),
    (L_LETTER, L_SUBJECT, L_SENDER, "tut mir leid, die ist schon weg.",
     "'ist schon weg' with no noun (a parcel, a letter, a train); the post is only in the quote"),
    (L_LETTER, L_SUBJECT, L_SENDER, "leider zu spät, wir haben schon jemanden für Dezember.",
     "'schon jemanden für X' is help booked for a day or a job at home as often (a babysitter, a mover)"),
]
# Look-alikes still read as a rejection, left open on purpose (strict xfails).
KNOWN_FALSE_ALARMS = [  # (sender, subject, body, why)
    (A_SENDER, A_SUBJECT,
     A_LOOK_LETTER.format("Nach dem ersten Gespräch waren wir nicht ganz überzeugt, doch Ihre Arbeitsprobe hat uns "
                          "umgestimmt: Wir laden Sie zum Zweitgespräch ein."),
     "the older family 'Kandidatur hat nicht überzeugt' reads 'Gespräch ... nicht überzeugt' before the 'doch' that "
     "turns it; the invitation after the colon does not outweigh it"),
    (C_CLIENT_SIDE[0][0], C_CLIENT_SIDE[0][1], C_CLIENT_SIDE[0][2],
     "folded 'dass Sie sich gegen sie entschieden haben' (the reader chose) is also 'dass sie sich gegen Sie "
     "entschieden haben' (the firm chose: a real no); case is gone"),
]
KNOWN_SUBJECT_GAPS = [  # (subject, body, why)
    ("Leider eine Absage", "Hallo Herr Rivera,\n\nvielen Dank für Ihre Zeit im Gespräch.\n\nRecruiting",
     "a subject-only Absage over a body naming a 'Gespräch' may be the Gespräch called off; read only 'Absage' alone"),
]
_OPEN = {case[3] for case in KNOWN_GAPS} | {case[2] for case in KNOWN_FALSE_ALARMS} | {case[1] for case in
                                                                                  KNOWN_SUBJECT_GAPS}


def _passing(cases: list) -> list:
    """The cases that pass: the known gaps above are tested on their own, as strict xfails."""
    return [case for case in cases if (case if isinstance(case, str) else case[-1]) not in _OPEN]


test_a_manufacturer_no = letters_test(slotted(A_SUBJECT, A_LETTER, _passing(A_NO)), A_SENDER, rejection=True)
test_a_manufacturer_look_alikes = letters_test(slotted(A_SUBJECT, A_LOOK_LETTER, A_LOOK_ALIKES), A_SENDER,
                                               rejection=False)
test_b_start_up_no = letters_test(slotted(B_SUBJECT, B_LETTER, _passing(B_NO)), B_SENDER, rejection=True)
test_b_start_up_look_alikes = letters_test(slotted(B_SUBJECT, B_LETTER, B_LOOK_ALIKES), B_SENDER, rejection=False)
test_c_agency_no = letters_test(slotted(C_SUBJECT, C_LETTER, _passing(C_NO)), C_SENDER, rejection=True)
test_c_agency_look_alikes = letters_test(slotted(C_SUBJECT, C_LETTER, C_LOOK_ALIKES), C_SENDER, rejection=False)
test_c_agency_about_its_own_candidate = mails_test(_passing(C_CLIENT_SIDE), rejection=False)
test_d_hospital_no = letters_test(slotted(D_SUBJECT, D_LETTER, _passing(D_NO)), D_SENDER, rejection=True)
test_d_hospital_look_alikes = letters_test(slotted(D_SUBJECT, D_LETTER, D_LOOK_ALIKES), D_SENDER, rejection=False)
test_d_care_home_no = letters_test(slotted(D2_SUBJECT, D2_LETTER, _passing(D2_NO)), D2_SENDER, rejection=True)
test_d_care_home_look_alikes = letters_test(slotted(D2_SUBJECT, D2_LETTER, D2_LOOK_ALIKES), D2_SENDER,
                                            rejection=False)
test_e_craft_business_no = letters_test(slotted(E_SUBJECT, E_LETTER, _passing(E_NO)), E_SENDER, rejection=True)
test_e_craft_business_look_alikes = letters_test(slotted(E_SUBJECT, E_LETTER, E_LOOK_ALIKES), E_SENDER,
                                                 rejection=False)
test_f_after_assessment_no = letters_test(slotted(F_SUBJECT, F_LETTER, _passing(F_NO)), F_SENDER, rejection=True)
test_f_after_assessment_look_alikes = letters_test(slotted(F_SUBJECT, F_LETTER, F_LOOK_ALIKES), F_SENDER,
                                                   rejection=False)
test_g_austrian_no = letters_test(slotted(G_SUBJECT, G_LETTER, _passing(G_NO)), G_SENDER, rejection=True)
test_g_austrian_look_alikes = letters_test(slotted(G_SUBJECT, G_LOOK_LETTER, G_LOOK_ALIKES), G_SENDER, rejection=False)
test_h_university_no = letters_test(slotted(H_SUBJECT, H_LETTER, _passing(H_NO)), H_SENDER, rejection=True)
test_h_university_look_alikes = letters_test(slotted(H_SUBJECT, H_LETTER, H_LOOK_ALIKES), H_SENDER,
                                             rejection=False)
test_h_authority_no = letters_test(slotted(H2_SUBJECT, H2_LETTER, _passing(H2_NO)), H2_SENDER, rejection=True)
test_h_authority_look_alikes = letters_test(slotted(H2_SUBJECT, H2_LETTER, H2_LOOK_ALIKES), H2_SENDER,
                                            rejection=False)
test_i_swiss_bank_no = letters_test(slotted(I_SUBJECT, I_LETTER, _passing(I_NO)), I_SENDER, rejection=True)
test_i_swiss_bank_look_alikes = letters_test(slotted(I_SUBJECT, I_LETTER, I_LOOK_ALIKES), I_SENDER, rejection=False)
test_j_training_no = letters_test(slotted(J_SUBJECT, J_LETTER, _passing(J_NO)), J_SENDER, rejection=True)
test_j_training_look_alikes = letters_test(slotted(J_SUBJECT, J_LETTER, J_LOOK_ALIKES), J_SENDER, rejection=False)
test_k_subject_verdict_no = letters_test(_passing(K_NO), K_SENDER, rejection=True)
test_k_subject_verdict_look_alikes = letters_test(K_LOOK_ALIKES, K_SENDER, rejection=False)
test_l_chat_reply_no = letters_test(slotted(L_SUBJECT, L_LETTER, _passing(L_NO)), L_SENDER, rejection=True)
test_l_chat_reply_look_alikes = letters_test(slotted(L_SUBJECT, L_LETTER, L_LOOK_ALIKES), L_SENDER, rejection=False)
test_m_unsolicited_no = letters_test(slotted(M_SUBJECT, M_LETTER, _passing(M_NO)), M_SENDER, rejection=True)
test_m_unsolicited_look_alikes = letters_test(slotted(M_SUBJECT, M_LOOK_LETTER, M_LOOK_ALIKES), M_SENDER,
                                              rejection=False)
test_other_absagen_are_no_rejection = mails_test(OTHER_NOS, rejection=False)


@pytest.mark.parametrize(("letter", "subject", "sender", "sentence"), [
    pytest.param(*case[:4], marks=pytest.mark.xfail(strict=True, reason=case[4]), id=f"{i}:{case[3][:30]}")
    for i, case in enumerate(KNOWN_GAPS)])
def test_known_gaps(letter: str, subject: str, sender: str, sentence: str) -> None:
    assert found(mail(letter.format(sentence), subject, sender))


@pytest.mark.parametrize(("sender", "subject", "body"), [
    pytest.param(*case[:3], marks=pytest.mark.xfail(strict=True, reason=case[3]), id=f"{i}:{case[1][:30]}")
    for i, case in enumerate(KNOWN_FALSE_ALARMS)])
def test_known_false_alarms(sender: str, subject: str, body: str) -> None:
    assert not found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "body"), [
    pytest.param(*case[:2], marks=pytest.mark.xfail(strict=True, reason=case[2]), id=f"{i}:{case[0][:30]}")
    for i, case in enumerate(KNOWN_SUBJECT_GAPS)])
def test_known_subject_gaps(subject: str, body: str) -> None:
    assert found(mail(body, subject, K_SENDER))
