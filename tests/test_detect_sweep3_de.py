"""Sweep 3, German: rejections from writers the earlier sweeps did not have (Swiss "Bewerbungsdossier" letters,
Austrian public bodies with "Auswahlverfahren" and "Stellenbesetzung", gendered forms with colon, star, underscore and
Binnen-I, du-notes from start-ups, trainee, Werkstudent and Minijob replies, recruiters and Xing/StepStone relays, a
decision after paragraphs of feedback, replies above a quoted mail, bilingual letters, subject-only notes, HTML layouts,
Windows-1252 and quoted-printable bodies), and look-alikes close to them: acknowledgements, invitations, offers, next
steps, an "Absage" of a flat, a loan, an event, an article or a Kita place, and the reader's own "Absage". A second
batch of each was written after the first fixes, to check that they transfer. All texts are written for this file;
none is in a corpus.
"""

from __future__ import annotations

from labelled import legacy_encoding_test, letters_test

SENDER = "Franziska Huber <f.huber@alpenwerk.example>"

REJECTIONS = [
    # --- Swiss letters: the "Dossier", "leider müssen wir Ihnen mitteilen"
    ('Ihre Bewerbung als Sachbearbeiterin Debitoren',
     'Sehr geehrte Frau Rivera\n\n'
     'Wir danken Ihnen für Ihr Bewerbungsdossier und das Interesse an unserer Firma. Leider müssen wir Ihnen '
     'mitteilen, '
     'dass wir Ihr Dossier im weiteren Auswahlverfahren nicht berücksichtigen können.\n\n'
     'Ihre Unterlagen senden wir Ihnen in der Beilage zurück.\n\n'
     'Freundliche Grüsse\nFranziska Huber\nPersonalabteilung'),
    ('Bewerbung Logistiker EFZ',
     'Grüezi Herr Rivera\n\n'
     'Vielen Dank für Ihr Dossier. Nach sorgfältiger Prüfung haben wir uns für eine:n andere:n Kandidat:in '
     'entschieden, '
     'deren Profil noch besser auf die Stelle passt.\n\n'
     'Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüsse\nFranziska Huber'),
    ('Absage - Stelle 2024-117',
     'Sehr geehrter Herr Rivera\n\n'
     'Sie haben sich bei uns als Projektleiter Hochbau beworben. Wir müssen Ihnen leider eine Absage erteilen, da sich '
     'eine Bewerberin mit mehr Erfahrung im Spitalbau beworben hat.\n\nFreundliche Grüsse'),
    ('Ihr Bewerbungsdossier',
     'Guten Tag Herr Rivera\n\n'
     'Besten Dank für die Zustellung Ihres Bewerbungsdossiers. Wir haben uns entschieden, Ihre Bewerbung nicht weiter '
     'zu verfolgen. Wir bitten Sie um Verständnis und wünschen Ihnen viel Erfolg.\n\nMit freundlichen Grüssen'),
    # --- Austrian public bodies: Auswahlverfahren, Stellenbesetzung, Reihungsliste
    ('Stellenbesetzung Referent:in Förderwesen',
     'Sehr geehrter Herr Rivera!\n\n'
     'Wir bedanken uns für Ihre Teilnahme am Auswahlverfahren. Die Stellenbesetzung ist nun abgeschlossen; die '
     'Entscheidung fiel auf eine andere Bewerberin.\n\nMit freundlichen Grüßen\nAmt der Landesregierung'),
    ('Ihre Bewerbung – Auswahlverfahren 12/2024',
     'Sehr geehrter Herr Rivera!\n\n'
     'Das Auswahlverfahren für die ausgeschriebene Planstelle ist abgeschlossen. Leider konnten wir Sie bei der '
     'Besetzung nicht berücksichtigen.\n\nMit freundlichen Grüßen\nMagistrat der Stadt'),
    ('Aufnahmeverfahren Verwaltungsdienst',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir teilen Ihnen mit, dass Sie im Aufnahmeverfahren nicht in die engere Wahl gekommen sind. Wir danken für Ihr '
     'Interesse am öffentlichen Dienst.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung um die Stelle als Sachbearbeiter (m/w/d)',
     'Sehr geehrter Herr Rivera,\n\n'
     'nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass die Wahl nicht auf Sie gefallen '
     'ist.\n\nIhre Unterlagen werden nach Ablauf der Fristen gemäß AGG vernichtet.\n\nMit freundlichen Grüßen\n'
     'Landratsamt, Sachgebiet Personal'),
    # --- gendered forms: colon, star, underscore, Binnen-I
    ('Rückmeldung zu deiner Bewerbung',
     'Hallo Sam,\n\n'
     'danke für deine Bewerbung als UX Designer*in. Wir haben uns für eine*n andere*n Bewerber*in entschieden.\n\n'
     'Alles Gute und liebe Grüße\nFranzi'),
    ('Bewerbung Sozialarbeiter_in',
     'Liebe*r Sam Rivera,\n\n'
     'vielen Dank für dein Interesse. Leider haben wir uns für eine_n andere_n Kandidat_in entschieden.\n\n'
     'Solidarische Grüße\nVerein Nachbarschaftshilfe'),
    ('Ihre Bewerbung',
     'Sehr geehrte:r Sam Rivera,\n\n'
     'wir haben alle BewerberInnen sorgfältig verglichen und uns für eine/n andere/n KandidatIn entschieden.\n\n'
     'Mit freundlichen Grüßen'),
    ('Ihre Bewerbung als Pflegefachkraft',
     'Guten Tag Sam Rivera,\n\n'
     'wir mussten uns zwischen vielen qualifizierten Bewerber:innen entscheiden und haben die Stelle an eine '
     'Kolleg:in mit Intensiverfahrung vergeben.\n\nFreundliche Grüße\nKlinikum Nord, Pflegedirektion'),
    # --- du-notes from start-ups, terse
    ('Re: Frontend Rolle',
     'Hi Sam, kurze Info: wir haben die Rolle inzwischen besetzt. Sorry, dass es diesmal nicht geklappt hat! '
     'LG Mia'),
    ('Deine Bewerbung bei Lumio',
     'Hi Sam,\n\n'
     'wir haben uns lange Gedanken gemacht, aber wir werden dir leider kein Angebot machen. Für die Rolle suchen wir '
     'jemanden mit mehr Erfahrung in Go.\n\nViel Erfolg weiterhin!\nLeon, Co-Founder'),
    ('Feedback Case Study',
     'Hallo Sam,\n\n'
     'danke für die Case Study. Die Marktanalyse war sauber aufgebaut und die Präsentation klar. Bei der '
     'Priorisierung der Features hätten wir uns mehr Begründung gewünscht, und die Zahlen zur Monetarisierung waren '
     'uns zu optimistisch.\n\n'
     'Unterm Strich haben wir uns deshalb entschieden, den Prozess mit dir nicht weiterzuführen.\n\n'
     'Danke und alles Gute\nKatharina'),
    # --- trainee, Werkstudent, Minijob, Ausbildungsplatz
    ('Deine Bewerbung als Werkstudent',
     'Hallo Sam,\n\n'
     'danke für deine Bewerbung als Werkstudent im Controlling. Leider können wir dir keine Werkstudentenstelle '
     'anbieten, da wir uns für einen Studenten aus einem höheren Semester entschieden haben.\n\nViele Grüße'),
    ('Minijob Aushilfe Wochenende',
     'Hallo Sam,\n\n'
     'danke für deine Nachricht wegen dem Minijob. Wir haben schon eine Aushilfe gefunden, die Stelle ist also weg.\n\n'
     'Gruß Bäckerei Lindner'),
    ('Ausbildungsplatz Mechatroniker',
     'Sehr geehrter Herr Rivera,\n\n'
     'vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz zum Mechatroniker. Alle Ausbildungsplätze für das '
     'kommende Ausbildungsjahr sind bereits vergeben, sodass wir Ihnen leider absagen müssen.\n\nMit freundlichen '
     'Grüßen'),
    ('Praktikum Sommer',
     'Liebe:r Sam,\n\n'
     'wir freuen uns über dein Interesse an einem Praktikum. Leider sind wir für den Sommer schon komplett besetzt und '
     'können keine weiteren Praktikant:innen aufnehmen.\n\nHerzliche Grüße\nDas Team vom Kulturhaus'),
    ('Duales Studium 2025',
     'Sehr geehrter Herr Rivera,\n\n'
     'nach Auswertung des Online-Tests müssen wir Ihnen leider mitteilen, dass Sie die nächste Stufe unseres '
     'Auswahlverfahrens nicht erreicht haben.\n\nMit freundlichen Grüßen\nAusbildungsteam'),
    # --- recruiters and Personalvermittler
    ('Ihr Profil bei meinem Kunden',
     'Hallo Herr Rivera,\n\n'
     'ich habe heute Rückmeldung von meinem Kunden bekommen. Leider möchte der Kunde mit Ihrem Profil nicht in die '
     'Gespräche gehen, man sucht jemanden mit SAP-Erfahrung.\n\nBeste Grüße\nPhilipp Brandt, Personalvermittlung'),
    ('Update zur Position Teamleitung',
     'Hallo Sam,\n\n'
     'kurzes Update von meiner Seite: mein Auftraggeber hat sich nach den Zweitgesprächen für einen anderen '
     'Finalisten entschieden. Ich melde mich, sobald ich etwas Passendes habe.\n\nViele Grüße\nSandra'),
    ('Rückmeldung des Unternehmens',
     'Guten Tag Herr Rivera,\n\n'
     'das Unternehmen hat uns mitgeteilt, dass Ihre Kandidatur nicht weiterverfolgt wird.\n\n'
     'Freundliche Grüße\nIhr Team der Personalberatung'),
    # --- Xing / StepStone / job portal relays
    ('Statusänderung Ihrer Bewerbung',
     'Hallo Sam Rivera,\n\n'
     'es gibt Neuigkeiten zu Ihrer Bewerbung über StepStone bei der Firma Breuer GmbH: Das Unternehmen hat sich '
     'gegen Ihre Bewerbung entschieden.\n\nIhr StepStone-Team'),
    ('Neue Nachricht auf XING',
     'Hallo Sam,\n\n'
     'Petra Lenz hat dir eine Nachricht geschickt:\n\n'
     '"Hallo Sam, danke für deine Bewerbung über XING. Wir haben die Position leider bereits mit einer internen '
     'Kandidatin besetzt. Viele Grüße, Petra"\n\nAntworte direkt auf XING.'),
    ('Ihre Bewerbung über Indeed',
     'Hallo Sam,\n\n'
     'Ihre Bewerbung als Lagerhelfer bei Spedition Kranz wurde vom Arbeitgeber abgelehnt.\n\n'
     'Bewerben Sie sich weiter auf ähnliche Jobs.'),
    # --- replies above quoted text
    ('AW: Bewerbung als Koch',
     'Hallo Herr Rivera,\n\n'
     'wir haben die Stelle leider schon vergeben. Trotzdem danke.\n\nGruß\nRestaurant Seeblick\n\n'
     '-----Ursprüngliche Nachricht-----\n'
     'Von: Sam Rivera\nGesendet: Montag, 4. März\nBetreff: Bewerbung als Koch\n\n'
     'Sehr geehrte Damen und Herren, ich möchte mich als Koch bewerben. Über eine Einladung würde ich mich freuen.'),
    ('Re: Nachfrage Bewerbungsstand',
     'Hallo Sam,\n\n'
     'sorry für die späte Antwort. Wir haben uns gegen eine Einstellung entschieden, der Bedarf im Team hat sich '
     'geändert.\n\nViele Grüße\nTim\n\n'
     'Am 12.02. schrieb Sam Rivera:\n'
     '> Hallo Tim, gibt es schon einen Stand zu meiner Bewerbung? Ich würde mich über eine Rückmeldung freuen.'),
    # --- bilingual
    ('Your application / Ihre Bewerbung',
     'Dear Sam,\n\nthank you for your interest. Unfortunately we will not move forward with your application.\n\n'
     '---\n\nLieber Sam,\n\nvielen Dank für dein Interesse. Leider werden wir deine Bewerbung nicht weiter '
     'berücksichtigen.\n\nBest regards / Viele Grüße\nPeople Team'),
    # --- decision after a long first part
    ('Ihre Bewerbung als Account Manager',
     'Sehr geehrter Herr Rivera,\n\n'
     'zunächst möchten wir uns für das angenehme Gespräch am Dienstag bedanken. Ihre Erfahrung im Vertrieb von '
     'Softwarelösungen hat uns ebenso beeindruckt wie Ihre strukturierte Vorbereitung. Auch die Gesprächspartner aus '
     'der Fachabteilung haben das Gespräch als sehr offen erlebt.\n\n'
     'Wir haben in den letzten Wochen mit zahlreichen Interessentinnen und Interessenten gesprochen. In der '
     'abschließenden Abwägung hat jedoch eine Bewerberin überzeugt, die bereits Kunden aus dem Mittelstand betreut '
     'hat.\n\nWir wünschen Ihnen für Ihre weitere Suche viel Erfolg.\n\nMit freundlichen Grüßen'),
    # --- other phrasings
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'leider können wir Ihnen keine positive Nachricht geben: Ihre Bewerbung konnte im Auswahlprozess nicht '
     'berücksichtigt werden.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung vom 3. Mai',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\n'
     'Mit freundlichen Grüßen'),
    ('Stelle als Elektroniker',
     'Hallo Herr Rivera,\n\n'
     'wir haben uns Ihre Unterlagen angeschaut. Ihr Profil passt leider nicht zu dem, was wir aktuell suchen.\n\n'
     'Mit freundlichen Grüßen\nElektro Maier'),
    ('Bewerbung Buchhaltung',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir haben uns nach reiflicher Überlegung dazu entschlossen, die Stelle mit einer Bewerberin zu besetzen, die '
     'über DATEV-Kenntnisse verfügt.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'hiermit müssen wir Ihnen leider eine Absage auf Ihre Bewerbung als Disponent erteilen.\n\n'
     'Mit freundlichen Grüßen'),
    ('Bewerbung',
     'Hallo Sam, danke für dein Interesse! Wir haben uns aber anders entschieden. Viele Grüße, Lea'),
    ('Rückmeldung Bewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'leider ist Ihre Bewerbung diesmal nicht erfolgreich gewesen. Wir haben uns für Kandidat:innen entschieden, deren '
     'Profil besser zur Position passt.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung als Lehrer',
     'Sehr geehrter Herr Rivera,\n\n'
     'die Schulleitung hat sich bei der Stellenbesetzung für eine Kollegin mit den Fächern Mathematik und Physik '
     'entschieden. Ihre Bewerbung kann daher nicht berücksichtigt werden.\n\nMit freundlichen Grüßen\nSekretariat'),
    ('Bewerbung Verkäufer',
     'Hallo Herr Rivera,\n\n'
     'wir müssen Ihnen leider absagen. Wir haben intern eine Lösung gefunden.\n\nMit freundlichen '
     'Grüßen\nModehaus Berger'),
    ('Ihre Initiativbewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'vielen Dank für Ihre Initiativbewerbung. Derzeit haben wir keine passende Vakanz und können Ihnen daher leider '
     'keine Stelle anbieten.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir haben Ihre Bewerbung geprüft und sind zu dem Entschluss gekommen, dass wir Sie nicht zu einem '
     'Vorstellungsgespräch einladen werden.\n\nMit freundlichen Grüßen'),
    ('Ergebnis Assessment Center',
     'Sehr geehrter Herr Rivera,\n\n'
     'vielen Dank für Ihre Teilnahme am Assessment Center. Leider haben Sie die erforderliche Punktzahl nicht '
     'erreicht, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen'),
    ('Bewerbung Erzieherin',
     'Liebe Frau Rivera,\n\n'
     'nach den Hospitationstagen haben wir im Team entschieden, die Stelle anderweitig zu besetzen. Wir danken Ihnen '
     'für Ihren Einsatz.\n\nHerzliche Grüße\nKita Sonnenschein'),
    ('Ihre Bewerbung bei uns',
     'Hallo Sam,\n\n'
     'nach dem Probetag haben wir uns leider gegen dich entschieden. Trotzdem danke fürs Mitarbeiten!\n\n'
     'Grüße aus der Küche\nMarco'),
    ('Bewerbung IT-Support',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir bedanken uns für Ihre Bewerbung. Wir haben uns leider für andere Bewerbende entschieden.\n\n'
     'Mit freundlichen Grüßen'),
    ('Bewerbung Kundenservice',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir möchten Ihnen mitteilen, dass wir Ihre Bewerbung leider nicht in die engere Auswahl genommen haben.\n\n'
     'Mit freundlichen Grüßen'),
    ('Ihre Bewerbung als Fahrer',
     'Servus Herr Rivera,\n\n'
     'leider wird es mit der Stelle nix, wir haben schon einen Fahrer eingestellt.\n\nPfiat di\nTransporte Gruber'),
    ('Ihre Bewerbung – Ergebnis',
     'Sehr geehrter Herr Rivera,\n\n'
     'zu unserem Bedauern müssen wir Ihnen mitteilen, dass wir uns gegen Ihre Bewerbung entschieden haben.\n\n'
     'Mit freundlichen Grüßen'),
    ('Bewerbung Grafikdesign',
     'Hallo Sam,\n\n'
     'wir haben leider keinen Bedarf mehr, die Stelle wurde intern nachbesetzt.\n\nLG\nAgentur Farbwerk'),
    # --- second batch, written after the first fixes (to check they transfer)
    ('Ihre Bewerbung als Laborant/in',
     'Sehr geehrter Herr Rivera,\n\n'
     'für Ihr Interesse an einer Tätigkeit in unserem Labor danken wir Ihnen. Nach eingehender Durchsicht aller '
     'Unterlagen haben wir uns für einen Bewerber entschieden, dessen Ausbildungsschwerpunkt näher an unseren '
     'Analysen liegt.\n\nMit freundlichen Grüßen\nPersonalwesen'),
    ('Bewerbung – Referent:in Kommunikation',
     'Liebe:r Sam Rivera,\n\n'
     'wir haben deine Unterlagen mit großem Interesse gelesen. Leider können wir dich im weiteren Prozess nicht '
     'berücksichtigen.\n\nHerzliche Grüße\nStiftung Zukunft'),
    ('Ihre Bewerbung als Kellner/in',
     'Servus Sam,\n\n'
     'die Saisonstelle ist leider schon an einen Kollegen vergeben, der letztes Jahr auch bei uns war.\n\n'
     'Liebe Grüße vom Berghof'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\n'
     'wir haben Ihre Bewerbung geprüft. Ihre Qualifikation entspricht leider nicht dem Anforderungsprofil der '
     'ausgeschriebenen Stelle.\n\nMit freundlichen Grüßen'),
    ('Dein Probearbeiten',
     'Hi Sam,\n\n'
     'danke fürs Probearbeiten am Samstag! Wir haben uns im Team besprochen und werden dich nicht '
     'übernehmen. Für die Bar brauchen wir jemanden mit mehr Routine.\n\nCiao\nDavide'),
    ('Bewerbung Werkstudent Data',
     'Hallo Sam,\n\n'
     'leider müssen wir dir mitteilen, dass die Werkstudentenstelle inzwischen vergeben ist.\n\n'
     'Beste Grüße\nRecruiting'),
    ('Auswahlverfahren Justizwachtmeister',
     'Sehr geehrter Herr Rivera,\n\n'
     'Sie haben am schriftlichen Test teilgenommen. Leider haben Sie die Mindestpunktzahl nicht erreicht und '
     'scheiden damit aus dem Auswahlverfahren aus.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung als Sachbearbeiter*in',
     'Sehr geehrte*r Sam Rivera,\n\n'
     'die Stelle konnte zwischenzeitlich besetzt werden. Wir bedanken uns für Ihr Interesse.\n\nMit freundlichen '
     'Grüßen'),
    ('Bewerbung Praktikum Marketing',
     'Hallo Sam,\n\n'
     'danke für deine Bewerbung. Wir haben uns für eine Praktikantin entschieden, die schon Erfahrung mit Social Media '
     'mitbringt.\n\nViele Grüße\nTeam Marketing'),
    ('Ihre Bewerbung – Ergebnis des Gesprächs',
     'Sehr geehrter Herr Rivera,\n\n'
     'vielen Dank für das freundliche Gespräch. Wir haben uns die Entscheidung nicht leicht gemacht, werden Ihnen aber '
     'kein Angebot unterbreiten.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung bei der Gemeinde',
     'Sehr geehrter Herr Rivera,\n\n'
     'der Gemeinderat hat in seiner Sitzung vom 14. Mai über die Besetzung der Stelle des Bauhofmitarbeiters '
     'entschieden. Die Wahl fiel auf einen anderen Bewerber.\n\nMit freundlichen Grüßen\nGemeindeamt'),
    ('Deine Bewerbung über StepStone',
     'Hallo Sam,\n\n'
     'die Firma Kessler hat deine Bewerbung als Lagerist gesichtet und sich leider gegen ein Vorstellungsgespräch '
     'entschieden.\n\nDein StepStone-Team'),
    ('Rückmeldung',
     'Sehr geehrter Herr Rivera,\n\n'
     'leider müssen wir Ihnen mitteilen, dass wir die ausgeschriebene Position nicht mit Ihnen besetzen werden.\n\n'
     'Mit freundlichen Grüßen'),
    ('Ihre Bewerbung als Bürokraft (Minijob)',
     'Guten Tag Herr Rivera,\n\n'
     'wir haben uns für eine Bewerberin aus dem Ort entschieden. Trotzdem vielen Dank für Ihre Bewerbung.\n\n'
     'Gruß\nSteuerbüro Keller'),
    # --- third batch: phrasings probed after the second
    ('Bewerbung Projektassistenz',
     'Hallo Sam,\n\ndanke für das Gespräch am Montag. Wir haben uns für eine*n Kandidat*in mit Branchenerfahrung '
     'entschieden.\n\nBeste Grüße\nNina'),
    ('Update von Personalwerk',
     'Hallo Herr Rivera,\n\nunser Kunde hat sich leider gegen eine Vorstellung Ihres Profils entschieden. Ich halte '
     'Sie über neue Projekte auf dem Laufenden.\n\nGrüße\nMarkus Feld'),
    ('Deine Bewerbung als Junior Designer',
     'Hey Sam,\n\nwir gehen leider nicht mit dir in die nächste Runde. Danke für deine Mühe mit der Aufgabe!\n\n'
     'Liebe Grüße\nTom'),
    ('Ihre Bewerbung – Stand',
     'Sehr geehrter Herr Rivera,\n\nIhre Bewerbung ist in der engeren Auswahl leider nicht mehr dabei. Wir danken '
     'Ihnen für Ihr Interesse.\n\nMit freundlichen Grüßen'),
    ('Re: Bewerbung Servicekraft',
     'Hallo Herr Rivera,\n\nleider hat sich die Stelle zwischenzeitlich erledigt. Danke trotzdem für Ihre '
     'Bewerbung.\n\nGruß\nCafé am Markt'),
    ('Ihre Bewerbung als Buchhalter',
     'Guten Tag Herr Rivera,\n\nwir haben uns umentschieden und besetzen die Stelle intern. Vielen Dank für Ihr '
     'Interesse.\n\nFreundliche Grüße'),
    ('Rückmeldung zu Ihrem Profil',
     'Hallo Herr Rivera,\n\nich habe Ihr Profil weitergeleitet, aber leider hat die Fachabteilung kein Interesse an '
     'einem Gespräch.\n\nViele Grüße\nSandra, Personalvermittlung'),
    ('Update Einsatz',
     'Hallo Sam,\n\nleider hat der Betrieb abgesagt, der Einsatz als Lagerhelfer kommt nicht zustande. Ich melde '
     'mich mit neuen Angeboten.\n\nGruß\nZeitarbeit Nord'),
    ('Ihre Bewerbung über uns',
     'Hallo Herr Rivera,\n\nleider konnte ich Sie beim Kunden nicht platzieren. Ich behalte Ihr Profil im Blick.'
     '\n\nBeste Grüße\nPhilipp Brandt, Personalvermittlung'),
    ('Deine Bewerbung',
     'Hallo Sam,\n\nleider hat es mit dem Ausbildungsplatz nicht geklappt. Wir wünschen dir viel Glück bei der '
     'Suche.\n\nDein Ausbildungsteam'),
    ('Bewerbung Referent Bürgerservice',
     'Sehr geehrter Herr Rivera!\n\nDie Personalkommission hat einen anderen Bewerber erstgereiht. Wir danken für '
     'Ihre Bewerbung.\n\nMit freundlichen Grüßen\nMagistrat'),
    ('Dein Interview bei Kiwi Labs',
     'Hi Sam,\n\nnach dem Interview haben wir uns entschieden, mit anderen Candidates weiterzumachen. Danke für deine '
     'Zeit!\n\nBest\nLena'),
    ('Deine Bewerbung als Product Owner',
     'Hi Sam,\n\nwir haben intern entschieden, die Rolle mit jemandem mit mehr Senior-Erfahrung zu besetzen.\n\n'
     'Viele Grüße\nLena'),
    ('Deine Bewerbung – Feedback',
     'Hallo Sam,\n\ndanke für die Gespräche. Leider war der Fit mit dem Team nicht gegeben, daher endet der Prozess '
     'hier.\n\nBeste Grüße\nLena'),
    ('Bewerbung Teamassistenz',
     'Hallo Sam,\n\nwir haben den Prozess an dieser Stelle leider für dich beendet. Danke für dein Interesse!\n\n'
     'Viele Grüße\nPeople Team'),
    ('Ihre Bewerbung als Sachbearbeiter',
     'Sehr geehrter Herr Rivera,\n\nmit Ihrem Studium sind Sie für die Position leider überqualifiziert. Wir '
     'wünschen Ihnen viel Erfolg bei der weiteren Suche.\n\nMit freundlichen Grüßen'),
]

# Rejections still missed: nothing in them says it is about a job (a "call", a "Nein" with thanks for the time, a
# decision "nicht zu Ihren Gunsten" in reply to an unnamed enquiry), so the decision stands without job context;
# strict xfails, to move up when they start passing.
KNOWN_GAPS = [
    ('Re: Nachfrage',
     'Hallo Herr Rivera,\n\n'
     'zu Ihrer Nachfrage: die Entscheidung ist leider nicht zu Ihren Gunsten ausgefallen.\n\nBeste '
     'Grüße\nFranziska Huber'),
    ('kurzes Update',
     'Hey Sam,\n\n'
     'danke nochmal für den Call letzte Woche! Wir haben uns im Team abgestimmt und gehen mit jemand anderem '
     'weiter. War echt knapp.\n\nCheers\nJonas'),
    ('Absage',
     'Hi Sam, leider ein Nein von uns diesmal. Danke für deine Zeit! Anna'),
]

# Subject-only notes: an empty or near-empty body (a mobile client, an ATS that puts the decision in the subject).
SUBJECT_ONLY = [
    ('Absage auf Ihre Bewerbung als Mediengestalter', '\n'),
    ('Leider Absage – Ihre Bewerbung bei Nordlicht GmbH', 'Gesendet von meinem iPhone'),
]

_HEAD = ('<html><head><style>p{font-family:Arial;font-size:14px}</style></head><body><table width="600"><tr><td>'
         '<img src="https://cdn.example/logo.png" alt="Logo"></td></tr><tr><td>')
_FOOT = ('</td></tr><tr><td><p style="font-size:10px;color:#999">Diese E-Mail wurde automatisch erstellt. '
         'Datenschutz | Impressum | Karriere</p></td></tr></table></body></html>')

HTML_REJECTIONS = [
    ('Ihre Bewerbung als Controller (m/w/d)',
     _HEAD + '<p>Sehr geehrter Herr Rivera,</p><p>vielen Dank für Ihre Bewerbung und das damit verbundene '
     'Vertrauen.</p><p>Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden '
     'haben.</p><p>Wir wünschen Ihnen alles Gute.</p><p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>' + _FOOT),
    ('Update zu Ihrer Bewerbung',
     _HEAD + '<h2>Ihre Bewerbung</h2><p>Hallo&nbsp;Sam,</p><p>nach eingehender Prüfung können wir Ihre Bewerbung '
     '<b>leider nicht weiter berücksichtigen</b>.</p><p>Besuchen Sie gern wieder unser Karriereportal.</p>' + _FOOT),
    ('Ihre Bewerbung bei der Stadtverwaltung',
     _HEAD + '<p>Sehr geehrter Herr Rivera,</p><p>das Stellenbesetzungsverfahren für die Stelle '
     '<i>Sachbearbeiter/in Bürgerbüro</i> ist abgeschlossen.</p><p>Wir bedauern, Ihnen mitteilen zu müssen, dass '
     'Ihre Bewerbung nicht berücksichtigt werden konnte.</p>' + _FOOT),
]

# Bodies in the legacy encodings of Windows and older mail servers (each encoded by ``legacy_mail``).
LEGACY_REJECTIONS = [
    ('Ihre Bewerbung', 'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung '
     'nicht berücksichtigen können. Wir haben uns für einen Mitbewerber entschieden, der über mehr Erfahrung '
     'verfügt.\n\nMit freundlichen Grüßen', 'cp1252', 'quoted-printable'),
    ('Absage – Ausbildungsplatz', 'Sehr geehrter Herr Rivera,\n\nwir bedauern, dass wir Ihnen keinen '
     'Ausbildungsplatz anbieten können. Alle Plätze für 2025 sind vergeben.\n\nMit freundlichen Grüßen',
     'iso-8859-1', '8bit'),
    ('Ihre Bewerbung als Schreiner', 'Grüezi Herr Rivera\n\nLeider müssen wir Ihnen eine Absage erteilen. Die Stelle '
     'wurde bereits besetzt.\n\nFreundliche Grüsse', 'iso-8859-1', 'quoted-printable'),
]

LOOKALIKES = [
    # acknowledgements, invitations, offers, next steps
    ('Eingangsbestätigung Ihrer Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nwir bestätigen den Eingang Ihres Bewerbungsdossiers. Das Auswahlverfahren dauert '
     'erfahrungsgemäß drei bis vier Wochen. Sie erhalten von uns in jedem Fall eine Zu- oder Absage.\n\n'
     'Freundliche Grüsse'),
    ('Einladung zum Vorstellungsgespräch',
     'Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen. Bitte teilen Sie uns '
     'mit, falls Sie den Termin absagen müssen.\n\nMit freundlichen Grüßen'),
    ('Zusage',
     'Hallo Sam,\n\nwir haben uns für dich entschieden! Wir freuen uns sehr, dir die Stelle als Werkstudent anbieten '
     'zu können. Den Vertrag schicken wir dir diese Woche.\n\nViele Grüße\nJonas'),
    ('Nächste Schritte',
     'Hallo Sam,\n\ndu bist eine Runde weiter! Als nächstes folgt ein Gespräch mit dem Team. Leider können wir dir '
     'noch keinen festen Termin nennen.\n\nLG Mia'),
    ('Ihre Bewerbung – Zwischenstand',
     'Sehr geehrter Herr Rivera,\n\ndas Auswahlverfahren ist noch nicht abgeschlossen. Wir haben noch keine '
     'Entscheidung getroffen und melden uns bis Ende des Monats.\n\nMit freundlichen Grüßen'),
    ('Ihre Bewerbung ist unvollständig',
     'Sehr geehrter Herr Rivera,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen, solange das '
     'Abschlusszeugnis fehlt. Bitte reichen Sie es bis Freitag nach.\n\nMit freundlichen Grüßen'),
    ('Stellenbesetzung abgeschlossen – willkommen!',
     'Lieber Sam,\n\ndie Stellenbesetzung ist abgeschlossen und wir freuen uns, dich ab 1. April im Team zu '
     'begrüßen. Die anderen Bewerber:innen haben heute ihre Absage erhalten.\n\nHerzliche Grüße'),
    # Absage for other things
    ('Ihre Anfrage zur Wohnung Lindenstraße 4',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Wohnung. Leider müssen wir Ihnen mitteilen, '
     'dass wir uns für andere Mietinteressenten entschieden haben.\n\nMit freundlichen Grüßen\nHausverwaltung Stein'),
    ('Ihr Kreditantrag',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihrem Kreditantrag nicht entsprechen '
     'können. Die Prüfung Ihrer Bonität ergab kein ausreichendes Ergebnis.\n\nIhre Sparkasse'),
    ('Absage Sommerfest',
     'Liebe Nachbarn,\n\nleider müssen wir das Sommerfest wegen des Wetters absagen. Wir haben uns entschieden, es im '
     'September nachzuholen.\n\nEuer Festkomitee'),
    ('Ihr Artikelvorschlag',
     'Hallo Sam,\n\ndanke für deinen Artikelvorschlag. Leider passt er nicht in unsere nächste Ausgabe, wir haben uns '
     'für ein anderes Thema entschieden.\n\nBeste Grüße\nRedaktion'),
    ('Kita-Platz Absage',
     'Sehr geehrte Familie Rivera,\n\nleider können wir Ihnen für Ihr Kind zum August keinen Betreuungsplatz anbieten. '
     'Alle Plätze sind vergeben.\n\nMit freundlichen Grüßen\nKita Regenbogen'),
    ('Ihre Bewerbung um einen Kleingarten',
     'Sehr geehrter Herr Rivera,\n\nauf Ihre Bewerbung um eine Parzelle müssen wir Ihnen leider mitteilen, dass alle '
     'Gärten vergeben sind.\n\nKleingartenverein Am Bach'),
    ('Ihre Reservierung',
     'Hallo Sam,\n\nleider müssen wir deine Reservierung für Samstag absagen, da wir eine geschlossene Gesellschaft '
     'haben.\n\nDein Team vom Gasthaus Krone'),
    ('Absage Zahnarzttermin',
     'Sehr geehrter Herr Rivera,\n\nIhr Termin am 14.05. muss leider abgesagt werden. Bitte vereinbaren Sie einen '
     'neuen Termin.\n\nPraxis Dr. Vogt'),
    # the reader's own Absage, the reader deciding
    ('Absage Vorstellungsgespräch',
     'Sehr geehrte Frau Huber,\n\nleider muss ich Ihnen eine Absage erteilen: Ich habe mich für ein anderes Angebot '
     'entschieden und ziehe meine Bewerbung zurück.\n\nMit freundlichen Grüßen\nSam Rivera'),
    ('Re: Ihre Absage',
     'Hallo Herr Rivera,\n\nschade, dass Sie sich gegen uns entschieden haben. Wir respektieren Ihre Entscheidung und '
     'wünschen Ihnen bei Ihrem neuen Arbeitgeber alles Gute.\n\nViele Grüße\nFranziska Huber'),
    ('Bewerber:innen für die Teamleitung',
     'Hallo Sam,\n\nanbei die Unterlagen der drei Bewerber:innen. Kannst du bitte bis Freitag entscheiden, wem wir '
     'absagen? Für Kandidatin B haben wir uns ja schon gegen eine Einstellung entschieden.\n\nDanke, Franzi'),
    # job-ish mail that is no decision
    ('Neue Jobs für dich auf StepStone',
     'Hallo Sam,\n\n12 neue Jobs passen zu deinem Profil. Diese Stelle ist leider nicht mehr verfügbar: Controller '
     '(m/w/d). Sieh dir ähnliche Angebote an.\n\nDein StepStone-Team'),
    ('XING: Jemand hat dein Profil besucht',
     'Hallo Sam,\n\neine Recruiterin von Personalwerk hat dein Profil angesehen. Leider kannst du ohne Premium nicht '
     'sehen, wer es war.\n\nDein XING-Team'),
    ('Ihr Weiterbildungsantrag',
     'Sehr geehrter Herr Rivera,\n\nIhr Antrag auf Bildungsurlaub wurde leider abgelehnt, da die Frist überschritten '
     'war.\n\nPersonalabteilung'),
    ('Förderantrag Kulturprojekt',
     'Sehr geehrter Herr Rivera,\n\nder Beirat hat sich gegen eine Förderung Ihres Projekts entschieden. Die Mittel '
     'waren diesmal stark überzeichnet.\n\nKulturamt'),
    ('Stipendium',
     'Lieber Sam,\n\nleider können wir dir das Stipendium nicht gewähren. Wir haben uns für andere Bewerbende '
     'entschieden.\n\nStiftung Lernen'),
    ('Ihr Angebot Malerarbeiten',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Angebot. Wir haben uns für einen anderen Handwerksbetrieb '
     'entschieden.\n\nMit freundlichen Grüßen\nFamilie Sommer'),
    ('Re: Probetraining',
     'Hallo Sam,\n\ndanke fürs Probetraining! Leider ist die erste Mannschaft voll, wir haben uns für andere Spieler '
     'entschieden. Du kannst gern in der Zweiten mitspielen.\n\nTrainer Uwe'),
    ('Absage Ihrer Bestellung',
     'Hallo Sam Rivera,\n\nleider müssen wir Ihre Bestellung 44812 stornieren, der Artikel ist nicht mehr '
     'lieferbar.\n\nIhr Shop-Team'),
    ('Nachfrage zur Bewerbung von Herrn Keller',
     'Hallo Sam,\n\nwir haben Herrn Keller eine Absage geschickt, er hat sich für die Stelle als Disponent beworben. '
     'Falls er bei dir anruft, weißt du Bescheid.\n\nGruß Franzi'),
    ('Feedback zum Vorstellungsgespräch',
     'Hallo Sam,\n\ndanke für das Gespräch gestern. Wir sind noch in der Abstimmung und haben uns noch nicht '
     'entschieden. Ich melde mich Anfang nächster Woche.\n\nViele Grüße\nLeon'),
    ('Deine Bewerbung als Werkstudent',
     'Hallo Sam,\n\nvielen Dank für deine Bewerbung! Wir haben sie erhalten und schauen sie uns in den nächsten '
     'Tagen an. Bitte hab etwas Geduld.\n\nViele Grüße\nPeople Team'),
    # --- second batch
    ('Ihre Bewerbung – Rückfrage',
     'Sehr geehrter Herr Rivera,\n\nbevor wir über Ihre Bewerbung entscheiden, benötigen wir noch Ihr Arbeitszeugnis. '
     'Ohne das Zeugnis können wir Sie leider nicht berücksichtigen.\n\nMit freundlichen Grüßen'),
    ('Absage Ihrer Teilnahme am Workshop',
     'Hallo Sam,\n\nder Workshop am Freitag ist leider ausgebucht, wir haben uns für die ersten zwanzig Anmeldungen '
     'entschieden.\n\nViele Grüße'),
    ('Ihre Mietbewerbung',
     'Hallo Herr Rivera,\n\nder Vermieter hat sich für einen anderen Bewerber entschieden. Die Wohnung ist '
     'vergeben.\n\nGruß Immobilien Hartmann'),
    ('Einladung zum Zweitgespräch',
     'Hallo Sam,\n\nwir haben uns gegen eine Absage entschieden und möchten dich gern zum Zweitgespräch einladen!\n\n'
     'Viele Grüße\nLeon'),
    ('Ihr Antrag auf Elternzeit',
     'Sehr geehrter Herr Rivera,\n\nIhr Antrag auf Teilzeit während der Elternzeit kann leider nicht genehmigt werden.'
     '\n\nPersonalabteilung'),
    ('Re: Absage',
     'Hallo Franziska,\n\nschade, dass es nicht geklappt hat, aber danke für die offene Rückmeldung. Ich wünsche euch '
     'viel Erfolg mit der neuen Kollegin!\n\nSam'),
    ('Dein Praktikum startet bald',
     'Hallo Sam,\n\nwir haben uns für dich entschieden und freuen uns, dass du im Juli startest. Die anderen '
     'Bewerber*innen haben bereits eine Absage erhalten.\n\nLiebe Grüße'),
    ('Bewerbung Ihres Sohnes',
     'Sehr geehrter Herr Rivera,\n\nIhr Sohn hat sich bei uns um einen Ausbildungsplatz beworben. Leider können wir '
     'ihm keinen Platz anbieten.\n\nMit freundlichen Grüßen'),
    # --- third batch: next to the families added for this sweep
    ('Ihre Bewerbung – Einladung',
     'Sehr geehrter Herr Rivera,\n\nvon den Bewerbungen hat uns Ihre am meisten überzeugt; eine Bewerberin hat uns '
     'nicht überzeugt. Wir möchten Sie daher gern zum Gespräch einladen.\n\nMit freundlichen Grüßen'),
    ('Ihr Profil bei meinem Kunden',
     'Hallo Herr Rivera,\n\nmein Kunde möchte Sie nicht nur kennenlernen, sondern Ihnen gleich das Team vorstellen. '
     'Passt Ihnen Dienstag?\n\nBeste Grüße\nPhilipp Brandt, Personalvermittlung'),
    ('Ergebnis Online-Test',
     'Sehr geehrter Herr Rivera,\n\nherzlichen Glückwunsch: Sie haben die nächste Stufe unseres Auswahlverfahrens '
     'erreicht.\n\nMit freundlichen Grüßen\nAusbildungsteam'),
    ('Praktikum',
     'Hallo Sam,\n\ndie Praktikumsstelle ist noch nicht vergeben, wir freuen uns auf deine Unterlagen.\n\n'
     'Viele Grüße'),
    ('Terminverschiebung',
     'Hallo Herr Rivera,\n\nleider hat der Kunde den Termin am Dienstag abgesagt. Passt Ihnen Donnerstag um 10 '
     'Uhr?\n\nBeste Grüße\nPhilipp Brandt, Personalvermittlung'),
    ('Gute Nachrichten',
     'Hallo Herr Rivera,\n\nich konnte Sie beim Kunden platzieren, herzlichen Glückwunsch! Der Vertrag folgt.\n\n'
     'Beste Grüße\nPhilipp Brandt, Personalvermittlung'),
    ('Ihre Bewerbung als Buchhalter',
     'Guten Tag Herr Rivera,\n\ndie Stelle ist noch frei, wir freuen uns auf Ihren Anruf.\n\nFreundliche Grüße'),
    ('Ihre Bewerbung als Sachbearbeiter',
     'Sehr geehrter Herr Rivera,\n\nSie sind nicht überqualifiziert, keine Sorge: wir freuen uns auf das Gespräch am '
     'Montag.\n\nMit freundlichen Grüßen'),
    ('Finale Runde Controller (m/w/d)',
     'Hallo Sam,\n\nim Finale hat uns eine Bewerberin überzeugt, die bereits Konzernerfahrung hat. Ich schlage vor, '
     'wir machen ihr ein Angebot.\n\nGruß\nFranzi'),
    ('Rückruf wegen Minijob',
     'Hallo Sam,\n\ndie Aushilfsstelle ist noch frei. Kannst du am Samstag zum Probearbeiten kommen?\n\n'
     'Gruß Bäckerei Lindner'),
]

HTML_LOOKALIKES = [
    ('Ihre Bewerbung ist eingegangen',
     _HEAD + '<p>Hallo&nbsp;Sam,</p><p>vielen Dank für Ihre Bewerbung als <b>Controller (m/w/d)</b>. Wir prüfen Ihre '
     'Unterlagen und melden uns, sobald wir eine Entscheidung getroffen haben.</p>' + _FOOT),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_subject_only_rejection_found = letters_test(SUBJECT_ONLY, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, SENDER, rejection=True, subtype="html")
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_html_lookalike_not_found = letters_test(HTML_LOOKALIKES, SENDER, rejection=False, subtype="html")

test_legacy_encoding_rejection_found = legacy_encoding_test(LEGACY_REJECTIONS, SENDER)
