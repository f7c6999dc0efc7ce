"""Company extraction, sweep 21b: rejections by new writers, in batches each measured before any fix, to estimate how
often the employer is read right on writing the rules were not tuned on.

The angles: the big ATS products as they render (Workday's "Thank you for your interest in X", SuccessFactors, Taleo,
iCIMS, Greenhouse, Lever, Ashby, Personio, SmartRecruiters, Teamtailor, Recruitee, JOIN, softgarden, Gupy, InfoJobs,
Welcome to the Jungle, Indeed, LinkedIn), the employer in the subject, display, first line, an HTML header, a vendor's
account mailbox or the vendor's footer sentence ("sent by X via Greenhouse", "X uses Workable"), the vendor's own legal
footer beside it; one employer written three ways; country units ("X Deutschland GmbH", "X Benelux B.V."); names with a
leading article ("La Poste", "O Boticário"); two-word names with a common noun; hospitals, universities and towns;
a person's signature with the employer only in a logo's alt text or the footer's address line; run-together domains
the letter writes out somewhere; sending services' domains with the employer only in the display; legal forms of
smaller firms (EURL, SELARL, AöR, CIC, PLLC, CRL, C.B., U.A., gGmbH, mbH, eG); a group named in brackets. Six
languages; all texts are written for this file.

Measured before each batch's fixes (wrong of letters; B5 on, after the fixes of the batches before it): B1 0/30,
B2 1/26, B3 4/23, B4 2/21, B5 2/28, B6 5/26, B7 0/24, B8 0/18, B9 1/20, B10 2/18 (one my own unquoted "@" in a display
name), B11 0/21, B12 4/14, B13 0/18, B14 8/16, B15 2/12, B16 2/14, B17 1/12, B18 3/10, B19 3/10, B20 2/10: 42/371 wrong
on first sight (88.7% right). The code before this sweep reads 46/371 of them wrong; after it, 2/371 (the known gaps).
"""

from __future__ import annotations

import pytest
from labelled import ids
from test_extract_company import same  # the scorer's comparison
from test_extract_company_s15 import company
from test_extract_company_s19 import called_rejection, gap_params  # (the same tables' runners)

# (subject, sender, body, the company a person would write)
B1 = [
    # --- the big ATS products as they render: the employer in the subject, display name or first line -------------
    ("Thank you for your interest in Northbeam",
     "Northbeam <northbeam@myworkday.com>",
     "Dear Sam Rivera,\n\nThank you for your interest in the Senior Financial Analyst position (R-0044871) at "
     "Northbeam. After careful review of your application, we have decided to move forward with other candidates "
     "whose experience more closely matches our needs.\n\nWe encourage you to visit our careers site for future "
     "opportunities.\n\nSincerely,\nNorthbeam Talent Acquisition\n\nThis email was sent from an unmonitored mailbox. "
     "Please do not reply.\n",
     "Northbeam"),
    ("Your application for Requisition 18832 - Logistics Planner",
     "Careers <noreply@successfactors.eu>",
     "Dear Sam,\n\nThank you for applying to Halvorsen Group and for taking the time to go through our application "
     "process. We have reviewed your profile against the requirements of the Logistics Planner role and regret to "
     "inform you that we will not be taking your application further.\n\nKind regards,\n\nTalent Acquisition Team\n"
     "Halvorsen Group\n\nPlease do not reply to this message. Data privacy statement: "
     "careers.halvorsen.example/privacy\n",
     "Halvorsen Group"),
    ("Brightline Energy - Application Status",
     "Brightline Energy Careers <brightline@tbe.taleo.net>",
     "Dear Sam,\n\nThank you for your recent application for Job Number 2600154, Field Service Technician.\n\n"
     "We have carefully reviewed your qualifications and unfortunately we will not be moving forward with your "
     "candidacy for this position.\n\nBest regards,\n\nBrightline Energy Recruitment\n",
     "Brightline Energy"),
    ("Update on your application",
     "Careers at Redfern Health <careers-redfernhealth@icims.com>",
     "Hi Sam,\n\nThank you for your interest in the Patient Access Representative opening. We received many "
     "applications and after careful consideration have selected candidates whose background more closely aligns "
     "with the position.\n\nWe wish you the best in your search.\n\nRedfern Health Talent Team\n\n"
     "Powered by iCIMS\n",
     "Redfern Health"),
    ("Thank you for applying to Fernbank",
     "Hiring Team <no-reply@us.greenhouse-mail.io>",
     "Hi Sam,\n\nThanks for your interest in Fernbank! We've reviewed your application for the Backend Engineer, "
     "Payments role and unfortunately we won't be moving forward at this time.\n\nWe really appreciate you taking "
     "the time to apply and wish you the best.\n\nCheers,\nFernbank Recruiting\n",
     "Fernbank"),
    ("Your application to Tallow",
     "Tallow <no-reply@hire.lever.co>",
     "Hi Sam,\n\nThanks so much for applying to the Product Designer role at Tallow. We've decided to pursue other "
     "candidates whose experience is a closer fit for the role right now.\n\nAll the best,\nThe Tallow Team\n\n"
     "Sent via Lever\n",
     "Tallow"),
    ("Quillmate | Application update",
     "Quillmate Hiring Team <no-reply@ashbyhq.com>",
     "Hi Sam,\n\nThank you for taking the time to apply for the Growth Marketer position. After reviewing your "
     "application, we've decided not to move forward with your candidacy.\n\nBest,\nQuillmate\n\n"
     "Powered by Ashby\n",
     "Quillmate"),
    ("Your application to Data Analyst at Brightfield Labs",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Your update from Brightfield Labs\n\nThank you for your interest in the Data Analyst position at Brightfield "
     "Labs in Leeds, England. Unfortunately, Brightfield Labs has decided not to move forward with your "
     "application at this time.\n\nWe encourage you to keep applying.\n\nThis email was intended for Sam Rivera. "
     "You are receiving LinkedIn notification emails.\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, "
     "Sunnyvale, CA 94085.\n",
     "Brightfield Labs"),
    # --- de
    ("Ihre Bewerbung als Konstrukteur (m/w/d)",
     "Kranzberg Maschinenbau GmbH <noreply@personio.de>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) und Ihr Interesse an "
     "der Kranzberg Maschinenbau GmbH. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie "
     "im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Personalteam\n\n"
     "Kranzberg Maschinenbau GmbH · Industriestraße 4 · 85368 Moosburg\n",
     "Kranzberg Maschinenbau"),
    ("Ihre Bewerbung bei den Stadtwerken Talheim",
     "Stadtwerke Talheim - Bewerbermanagement <noreply@softgarden.io>",
     "Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre Bewerbung als Netzmonteur. Leider müssen wir Ihnen "
     "mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben.\n\nFür Ihren weiteren "
     "Berufsweg wünschen wir Ihnen alles Gute.\n\nFreundliche Grüße\nStadtwerke Talheim GmbH\nPersonalabteilung\n\n"
     "Diese E-Mail wurde über softgarden versendet.\n",
     "Stadtwerke Talheim"),
    ("Deine Bewerbung bei Bergsee Outdoor",
     "JOIN <noreply@join.com>",
     "Hallo Sam,\n\ndanke für deine Bewerbung als Verkäufer (m/w/d) bei Bergsee Outdoor. Leider haben wir uns "
     "entschieden, deine Bewerbung nicht weiterzuverfolgen.\n\nViel Erfolg weiterhin!\nDas Team von Bergsee Outdoor\n\n"
     "Diese Nachricht wurde im Auftrag von Bergsee Outdoor über JOIN versendet.\n",
     "Bergsee Outdoor"),
    ("Ihre Bewerbung – Sachbearbeiter Einkauf",
     "Lorenz Hebetechnik Recruiting <recruiting@lorenz-hebetechnik.smartrecruiters-mail.com>",
     "Guten Tag Herr Rivera,\n\nwir bedanken uns für Ihre Bewerbung. Nach eingehender Prüfung Ihrer Unterlagen "
     "haben wir uns für eine andere Bewerberin entschieden.\n\nBeste Grüße\n\nJana Ostermann\nHR Business Partner\n"
     "Lorenz Hebetechnik GmbH & Co. KG\n",
     "Lorenz Hebetechnik"),
    ("Absage: Werkstudent Marketing",
     "Team Lichtwerk <lichtwerk@teamtailor-mail.com>",
     "Hi Sam,\n\nvielen Dank für dein Interesse an Lichtwerk und die Zeit, die du in deine Bewerbung gesteckt hast. "
     "Wir haben uns leider für jemand anderen entschieden.\n\nLiebe Grüße\nMira vom Lichtwerk-Team\n",
     "Lichtwerk"),
    # --- fr
    ("Votre candidature chez Maison Calade",
     "Welcome to the Jungle <no-reply@welcometothejungle.com>",
     "Bonjour Sam,\n\nMaison Calade a bien étudié votre candidature au poste de Chef de projet e-commerce. "
     "Malheureusement, ils ont décidé de ne pas poursuivre avec votre profil.\n\nNe vous découragez pas !\n"
     "L'équipe Welcome to the Jungle\n",
     "Maison Calade"),
    ("Votre candidature - Technicien de maintenance H/F",
     "Recrutement Vellan Industries <noreply@successfactors.eu>",
     "Bonjour Monsieur Rivera,\n\nNous vous remercions de l'intérêt que vous portez à Vellan Industries. Après "
     "étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été "
     "retenue.\n\nCordialement,\n\nLa Direction des Ressources Humaines\nVellan Industries France SAS\n",
     ("Vellan Industries", "Vellan Industries France")),
    ("Suite à votre candidature",
     "Opaline Cosmétiques <opaline-cosmetiques@jobs.recruitee.com>",
     "Bonjour Sam,\n\nMerci d'avoir postulé au poste d'assistant marketing. Nous avons reçu de nombreuses "
     "candidatures et nous avons le regret de vous annoncer que nous ne donnerons pas suite à la vôtre.\n\n"
     "Belle journée,\nClémence\nTalent Acquisition, Opaline\n",
     ("Opaline Cosmétiques", "Opaline")),
    ("Mise à jour concernant votre candidature chez Boulangeries Fournil",
     "Indeed <noreply@indeed.com>",
     "Bonjour Sam,\n\nBoulangeries Fournil a consulté votre candidature pour le poste de Vendeur en boulangerie et "
     "a décidé de ne pas donner suite.\n\nContinuez vos recherches sur Indeed.\n\nIndeed Ireland Operations Ltd.\n",
     "Boulangeries Fournil"),
    ("Candidature Contrôleur de gestion",
     "Talents <talents@groupe-morvan.example>",
     "Bonjour Sam,\n\nNous avons bien reçu votre candidature et nous vous en remercions. Nous ne sommes "
     "malheureusement pas en mesure d'y donner une suite favorable.\n\nBien cordialement,\n\nAnne Lefort\n"
     "Chargée de recrutement\nDirection des Talents\n\nGroupe Morvan · 12 rue des Tanneurs · 21000 Dijon\n",
     "Groupe Morvan"),
    # --- es
    ("Tu candidatura en Transportes Lérida",
     "InfoJobs <noreply@infojobs.net>",
     "Hola Sam,\n\nLa empresa Transportes Lérida ha revisado tu candidatura a la oferta Conductor de reparto y "
     "ha decidido descartarla.\n\nSigue buscando en InfoJobs: ¡hay miles de ofertas esperándote!\n\n"
     "El equipo de InfoJobs\n",
     "Transportes Lérida"),
    ("Actualización de tu candidatura",
     "Brisamar Hoteles <noreply@smartrecruiters.com>",
     "Hola Sam:\n\nGracias por tu interés en formar parte de Brisamar Hoteles. Tras revisar tu perfil, hemos "
     "decidido continuar con otras candidaturas que se ajustan más a los requisitos del puesto de Recepcionista.\n\n"
     "Un saludo,\nEquipo de Talento\nBrisamar Hoteles\n",
     "Brisamar Hoteles"),
    ("Proceso de selección - Técnico de calidad",
     "Selección <seleccion@alimentaria-duero.example>",
     "Estimado Sam:\n\nLe agradecemos su participación en el proceso de selección para el puesto de Técnico de "
     "calidad. Lamentamos comunicarle que su candidatura no ha sido seleccionada para la siguiente fase.\n\n"
     "Atentamente,\n\nDepartamento de Recursos Humanos\nAlimentaria del Duero, S.A.\n",
     "Alimentaria del Duero"),
    ("Tu candidatura para Cloud Engineer",
     "Nubaria <nubaria@teamtailor-mail.com>",
     "¡Hola Sam!\n\nMil gracias por presentar tu candidatura a Nubaria. Hemos decidido seguir con otros perfiles "
     "en esta ocasión, pero guardaremos tus datos para futuras vacantes.\n\nUn abrazo,\nEl equipo de People de "
     "Nubaria\n",
     "Nubaria"),
    # --- nl
    ("Je sollicitatie bij Fietsfabriek Oost",
     "Fietsfabriek Oost <noreply@recruitee.com>",
     "Hoi Sam,\n\nBedankt voor je sollicitatie als monteur. We hebben veel reacties ontvangen en hebben besloten "
     "om niet verder te gaan met jouw sollicitatie.\n\nGroetjes,\nTeam Fietsfabriek Oost\n",
     "Fietsfabriek Oost"),
    ("Update over je sollicitatie",
     "Werken bij Duinzicht Zorg <noreply@hr-duinzicht.example>",
     "Beste Sam,\n\nHartelijk dank voor je interesse in de functie van verpleegkundige bij Duinzicht Zorg. Na "
     "zorgvuldige afweging hebben we besloten andere kandidaten uit te nodigen.\n\nMet vriendelijke groet,\n\n"
     "Afdeling HR\nDuinzicht Zorg\n",
     "Duinzicht Zorg"),
    ("Sollicitatie Data Engineer",
     "Kanaalpunt Talent <no-reply@ashbyhq.com>",
     "Hi Sam,\n\nBedankt voor je sollicitatie bij Kanaalpunt. Na zorgvuldige overweging gaan we helaas niet verder "
     "met je sollicitatie.\n\nSucces met je zoektocht!\nKanaalpunt\n",
     "Kanaalpunt"),
    ("Reactie op je sollicitatie",
     "Hendriks Installatietechniek <werkenbij@hendriks-it.example>",
     "Beste Sam,\n\nWij danken je voor je sollicitatie naar de functie van servicemonteur. Helaas moeten wij je "
     "mededelen dat wij je niet uitnodigen voor een gesprek.\n\nMet vriendelijke groet,\nHendriks "
     "Installatietechniek B.V.\nAfdeling P&O\n",
     "Hendriks Installatietechniek"),
    # --- pt
    ("Atualização do processo seletivo - Casa Aurora",
     "Gupy <naoresponda@gupy.com.br>",
     "Olá Sam,\n\nAgradecemos sua participação no processo seletivo para a vaga de Analista de Compras na Casa "
     "Aurora. Infelizmente seu perfil não seguirá para a próxima etapa.\n\nDesejamos sucesso em sua jornada!\n"
     "Equipe Casa Aurora\n\nEste e-mail foi enviado pela Gupy.\n",
     "Casa Aurora"),
    ("A sua candidatura",
     "Recrutamento Lusovia <noreply@smartrecruiters.com>",
     "Olá Sam,\n\nObrigado pelo seu interesse na Lusovia. Após analisarmos a sua candidatura para a função de "
     "Técnico de Redes, decidimos avançar com outros candidatos.\n\nCom os melhores cumprimentos,\n"
     "Equipa de Talento Lusovia\n",
     "Lusovia"),
    ("Sua candidatura para Desenvolvedor(a) Backend",
     "Trilha Pagamentos <trilha@hire.lever.co>",
     "Oi Sam,\n\nMuito obrigado por se candidatar à vaga de Desenvolvedor(a) Backend na Trilha. Depois de "
     "analisar seu perfil, decidimos seguir com outras pessoas candidatas neste momento.\n\nUm abraço,\n"
     "Time de Talentos da Trilha\n",
     ("Trilha Pagamentos", "Trilha")),
    ("Processo seletivo - Auxiliar Administrativo",
     "RH Cerâmica Serrana <rh@ceramicaserrana.example>",
     "Prezado(a) Sam,\n\nAgradecemos o seu interesse em fazer parte da nossa equipe. Informamos que, neste "
     "momento, o seu perfil não foi selecionado para a vaga de Auxiliar Administrativo.\n\nAtenciosamente,\n"
     "Recursos Humanos\nCerâmica Serrana Ltda.\n",
     "Cerâmica Serrana"),
]



B2 = [
    # --- one employer written three ways (subject / body / signature) -------------------------------------------
    ("ACME - your application",
     "Acme Careers <careers@acme-corp.example>",
     "Dear Sam,\n\nThanks for applying to work at acme. We've looked closely at your application for the Sales "
     "Coordinator job and we won't be inviting you to interview.\n\nRegards,\nRecruitment\nAcme Corp.\n",
     "Acme"),
    ("KALDERA: Bewerbung Projektleitung",
     "Kaldera Recruiting <jobs@kaldera.example>",
     "Hallo Sam,\n\ndanke für deine Bewerbung bei kaldera. Wir haben uns für jemanden mit mehr Erfahrung in der "
     "Projektleitung entschieden.\n\nViele Grüße\nTeam People & Culture\nKaldera Software GmbH\n",
     ("Kaldera", "Kaldera Software")),
    ("VERANO - candidatura",
     "Verano Moda <empleo@verano-moda.example>",
     "Hola Sam,\n\nGracias por tu candidatura para dependiente en la tienda de Valencia. Esta vez no podemos "
     "seguir adelante con tu candidatura.\n\nUn saludo,\nRRHH · VERANO MODA S.L.\n",
     "Verano Moda"),
    # --- multinationals signing with a country unit ---------------------------------------------------------------
    ("Ihre Bewerbung als Key Account Manager",
     "Tessaro Deutschland <karriere@tessaro.example>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an Tessaro. Leider müssen wir Ihnen mitteilen, "
     "dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\n\nHuman Resources\n"
     "Tessaro Deutschland GmbH\nKönigsallee 12, 40212 Düsseldorf\n",
     ("Tessaro", "Tessaro Deutschland")),
    ("Votre candidature - Acheteur junior",
     "Marlow Foods <recrutement@marlowfoods.example>",
     "Bonjour,\n\nNous vous remercions pour votre candidature au poste d'Acheteur junior. Nous sommes au regret de "
     "vous informer que nous ne pouvons pas y donner une suite favorable.\n\nCordialement,\n\nService Recrutement\n"
     "Marlow Foods France SAS\n",
     ("Marlow Foods", "Marlow Foods France")),
    ("Candidatura - Analista de datos",
     "Orvik Iberia <talento@orvik.example>",
     "Hola Sam,\n\nGracias por tu interés en Orvik. Hemos revisado tu candidatura y no vamos a continuar con ella "
     "en este proceso.\n\nSaludos cordiales,\nTalento · Orvik Iberia\n",
     ("Orvik", "Orvik Iberia")),
    ("Sollicitatie Supply Chain Analyst",
     "Castellan Benelux <recruitment@castellan.example>",
     "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten om je niet uit te nodigen voor een "
     "eerste gesprek.\n\nMet vriendelijke groet,\n\nRecruitment\nCastellan Benelux B.V.\n",
     ("Castellan", "Castellan Benelux")),
    ("Candidatura - Analista Financeiro",
     "Veltra Brasil <vagas@veltra.example>",
     "Olá Sam,\n\nAgradecemos o seu interesse em trabalhar na Veltra. Após análise, informamos que sua candidatura "
     "não seguirá no processo.\n\nAtenciosamente,\nGente & Gestão\nVeltra Brasil Ltda.\n",
     ("Veltra", "Veltra Brasil")),
    ("Your application - Warehouse Supervisor",
     "Kessler Logistics UK <careers.uk@kesslerlogistics.example>",
     "Dear Sam,\n\nThank you for applying to Kessler Logistics. Unfortunately, we will not be taking your "
     "application forward on this occasion.\n\nKind regards,\nHR Team\nKessler Logistics UK Ltd\n",
     ("Kessler Logistics", "Kessler Logistics UK")),
    # --- names with a leading article in their own language ------------------------------------------------------
    ("Sollicitatie uitvoerder",
     "De Vries Bouw <vacatures@devriesbouw.example>",
     "Beste Sam,\n\nDank voor je sollicitatie als uitvoerder. We hebben gekozen voor een andere kandidaat.\n\n"
     "Met vriendelijke groet,\nMarijke de Vries\nDe Vries Bouw\n",
     "De Vries Bouw"),
    ("Votre candidature - Facteur",
     "La Poste Recrutement <recrutement@laposte.example>",
     "Bonjour,\n\nNous vous remercions d'avoir postulé au poste de facteur. Après examen, nous ne sommes pas en "
     "mesure de retenir votre candidature.\n\nCordialement,\nLa Poste - Direction des Ressources Humaines\n",
     "La Poste"),
    ("Tu candidatura",
     "El Corte Inglés - Empleo <empleo@elcorteingles.example>",
     "Hola Sam:\n\nTe agradecemos el interés mostrado en formar parte de El Corte Inglés. Lamentamos comunicarte "
     "que en esta ocasión no has sido seleccionado para el puesto de Vendedor.\n\nUn cordial saludo,\n"
     "Departamento de Selección\nEl Corte Inglés\n",
     "El Corte Inglés"),
    ("Ihre Bewerbung",
     "Die Mobiliar <jobs@mobiliar.example>",
     "Guten Tag Herr Rivera\n\nBesten Dank für Ihre Bewerbung als Schadenexperte. Leider müssen wir Ihnen "
     "mitteilen, dass wir uns für eine andere Kandidatur entschieden haben.\n\nFreundliche Grüsse\n"
     "Die Mobiliar\nHR Services\n",
     "Die Mobiliar"),
    ("Processo seletivo - Consultora de Beleza",
     "O Boticário <vagas@boticario.example>",
     "Olá Sam,\n\nObrigado por se candidatar para trabalhar n'O Boticário. Nesse momento seu perfil não foi "
     "selecionado para a próxima etapa.\n\nUm beijo,\nTime de Gente O Boticário\n",
     "O Boticário"),
    ("Your application",
     "The Lantern Group <hr@lanterngroup.example>",
     "Dear Sam,\n\nThank you for applying for the Events Assistant role. We regret that your application has not "
     "been successful this time.\n\nKind regards,\nHR\nThe Lantern Group\n",
     "The Lantern Group"),
    ("Candidatura - Stagista",
     "Les Ateliers Vauban <rh@ateliers-vauban.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature spontanée. Nous ne pouvons malheureusement pas y répondre "
     "favorablement.\n\nBien à vous,\nLes Ateliers Vauban\n",
     "Les Ateliers Vauban"),
    ("Candidatura",
     "Los Olivos Residencia <rrhh@losolivos-residencia.example>",
     "Hola Sam,\n\nGracias por enviarnos tu currículum para el puesto de gerocultor. Hemos cubierto ya la vacante, "
     "por lo que no continuaremos con tu candidatura.\n\nUn saludo,\nResidencia Los Olivos\n",
     ("Residencia Los Olivos", "Los Olivos Residencia")),
    # --- two-word names where one word is a common noun ---------------------------------------------------------
    ("Your application to Blue Harbor",
     "Blue Harbor <jobs@blueharbor.example>",
     "Hi Sam,\n\nThanks for applying. We've decided to move ahead with another applicant for the Deckhand role.\n\n"
     "Fair winds,\nThe crew at Blue Harbor\n",
     "Blue Harbor"),
    ("Candidatura - Grupo Sol",
     "Recursos Humanos <rrhh@gruposol.example>",
     "Estimado Sam:\n\nGracias por tu interés en Grupo Sol. Tras valorar tu candidatura, hemos decidido no "
     "continuar con ella.\n\nAtentamente,\nRecursos Humanos\n",
     "Grupo Sol"),
    ("Bewerbung als Gärtner",
     "Grüne Wiese <info@gruene-wiese-gartenbau.example>",
     "Hallo Sam,\n\ndanke für deine Bewerbung. Wir haben die Stelle schon vergeben und können dir daher leider "
     "keine Zusage machen.\n\nGrüße\nKatrin\nGrüne Wiese Gartenbau\n",
     ("Grüne Wiese Gartenbau", "Grüne Wiese")),
    ("Sollicitatie barista",
     "Koffie & Ko <hallo@koffieenko.example>",
     "Hey Sam!\n\nThanks voor je sollicitatie. We hebben iemand anders aangenomen, dus helaas gaat het deze keer "
     "niet door.\n\nLiefs,\nIris\nKoffie & Ko\n",
     "Koffie & Ko"),
    ("Candidature",
     "Petit Pont <contact@petitpont-librairie.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature. Nous avons déjà trouvé quelqu'un pour le poste de libraire et "
     "nous ne pourrons donc pas la retenir.\n\nBonne continuation,\nHélène, librairie Petit Pont\n",
     ("Petit Pont", "Librairie Petit Pont")),
    ("Candidatura - Operador de armazém",
     "Porto Seguro Logística <rh@portoseguro-log.example>",
     "Caro Sam,\n\nAgradecemos a sua candidatura. Informamos que não foi selecionado para a função de operador de "
     "armazém.\n\nCumprimentos,\nRecursos Humanos\nPorto Seguro Logística\n",
     "Porto Seguro Logística"),
    ("Application - Line Cook",
     "Iron Kettle <kitchen@ironkettle.example>",
     "Hey Sam,\n\nThanks for coming by. We've decided not to move forward with your application for the line cook "
     "spot.\n\nTake care,\nMarcus\nHead Chef, Iron Kettle\n",
     "Iron Kettle"),
    ("Bewerbung",
     "Rote Rose Apotheke <apotheke@roterose.example>",
     "Sehr geehrter Herr Rivera,\n\nwir danken Ihnen für Ihre Bewerbung als PTA. Leider haben wir uns für eine "
     "andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nApotheke Rote Rose\nDr. Ilse Brandt\n",
     ("Apotheke Rote Rose", "Rote Rose Apotheke")),
    ("Sollicitatie medewerker bediening",
     "Gouden Leeuw <info@goudenleeuw.example>",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We hebben inmiddels iemand gevonden en gaan dus niet verder met je "
     "sollicitatie.\n\nGroet,\nBart\nEetcafé De Gouden Leeuw\n",
     ("Eetcafé De Gouden Leeuw", "De Gouden Leeuw", "Gouden Leeuw")),
]

B3 = [
    # --- hospitals, universities and towns in formal letters ----------------------------------------------------
    ("Application for Staff Nurse, Ward 7 (Ref 334-22-A)",
     "NHS Jobs <noreply@jobs.nhs.example>",
     "Dear Sam Rivera,\n\nThank you for your application for the above post at St Aldhelm's Hospital NHS "
     "Foundation Trust. The shortlisting panel has now met and I regret to inform you that on this occasion you "
     "have not been shortlisted for interview.\n\nYours sincerely,\n\nRecruitment Team\nSt Aldhelm's Hospital NHS "
     "Foundation Trust\n",
     ("St Aldhelm's Hospital NHS Foundation Trust", "St Aldhelm's Hospital")),
    ("Lecturer in Economics (Ref. AC2291)",
     "HR Recruitment <hr-recruitment@wessex-uni.example>",
     "Dear Dr Rivera,\n\nThank you for your interest in the above post. I am writing to let you know that the "
     "selection panel has now considered all applications and unfortunately you have not been selected for "
     "interview.\n\nYours sincerely,\n\nHuman Resources\nUniversity of Wessex\n",
     "University of Wessex"),
    ("Ihre Bewerbung als Sachbearbeiter/in Bürgerservice (Kennziffer 14/2026)",
     "Stadt Lindenau - Personalamt <personalamt@lindenau.example>",
     "Sehr geehrter Herr Rivera,\n\nfür Ihre Bewerbung und das damit gezeigte Interesse an einer Tätigkeit bei der "
     "Stadtverwaltung Lindenau danken wir Ihnen. Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider "
     "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nIhre Unterlagen werden nach Ablauf "
     "der gesetzlichen Frist vernichtet.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nK. Wendt\nStadt Lindenau\n"
     "Haupt- und Personalamt\n",
     ("Stadt Lindenau", "Stadtverwaltung Lindenau")),
    ("Votre candidature au poste d'agent administratif",
     "Mairie de Saint-Aubin-sur-Loire <rh@saintaubin-loire.example>",
     "Madame, Monsieur,\n\nVous avez bien voulu faire acte de candidature au poste d'agent administratif et je vous "
     "en remercie. J'ai le regret de vous informer que votre candidature n'a pas été retenue.\n\nJe vous prie "
     "d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nLe Maire,\nJean-Paul Morin\n",
     ("Mairie de Saint-Aubin-sur-Loire", "Saint-Aubin-sur-Loire")),
    ("Proceso de selección - Auxiliar de enfermería",
     "Hospital Virgen de la Vega <seleccion@hvvega.example>",
     "Estimado/a Sam:\n\nLe agradecemos el interés mostrado en nuestro centro. Una vez finalizado el proceso de "
     "selección, lamentamos comunicarle que su candidatura no ha resultado seleccionada.\n\nAtentamente,\n\n"
     "Unidad de Selección\nDirección de Recursos Humanos\nHospital Virgen de la Vega\n",
     "Hospital Virgen de la Vega"),
    ("Sollicitatie beleidsmedewerker",
     "Gemeente Westerkade <noreply@werkenvoorwesterkade.example>",
     "Geachte heer Rivera,\n\nOnlangs solliciteerde u naar de functie van beleidsmedewerker. De "
     "selectiecommissie heeft alle brieven zorgvuldig bekeken. Helaas moeten wij u meedelen dat u niet bent "
     "uitgenodigd voor een gesprek.\n\nMet vriendelijke groet,\n\nnamens het college van burgemeester en "
     "wethouders,\nTeam Werving & Selectie\n",
     "Gemeente Westerkade"),
    ("Concurso - Técnico Superior",
     "Universidade do Alto Minho <rh@ualtominho.example>",
     "Exmo. Senhor Sam Rivera,\n\nAgradecemos a sua candidatura ao concurso para Técnico Superior. Informamos que "
     "a sua candidatura não foi selecionada para a fase de entrevistas.\n\nCom os melhores cumprimentos,\n"
     "Serviços de Recursos Humanos\nUniversidade do Alto Minho\n",
     "Universidade do Alto Minho"),
    # --- a person with a title and a department: the company only in the footer address or a logo's alt ---------
    ("Your application",
     "Fiona Clarke <fiona.clarke@hm-partners.example>",
     "<html><body><p>Dear Sam,</p><p>Thank you for applying for the trainee surveyor role. I'm sorry to say we "
     "will not be progressing your application.</p><p>Kind regards,</p><p>Fiona Clarke<br>Senior Recruiter<br>"
     "People &amp; Talent</p><p><img src='cid:logo' alt='Hartley Moss Partners'></p><p style='font-size:10px'>"
     "Hartley Moss Partners LLP, 20 King Street, Bristol BS1 4EF. Registered in England OC301122.</p>"
     "</body></html>",
     "Hartley Moss Partners"),
    ("Bewerbung Vertriebsinnendienst",
     "Thomas Keller <t.keller@wkt.example>",
     "Sehr geehrter Herr Rivera,\n\nbesten Dank für Ihre Bewerbung. Leider können wir Ihnen keine positive "
     "Rückmeldung geben.\n\nMit freundlichen Grüßen\n\nThomas Keller\nLeiter Personal\nBereich Human Resources\n\n"
     "Wendel Kältetechnik GmbH | Am Kanal 8 | 28217 Bremen | Amtsgericht Bremen HRB 12345\n",
     "Wendel Kältetechnik"),
    ("Votre candidature",
     "Sophie Marchand <s.marchand@ctn-groupe.example>",
     "<html><body><p>Bonjour Sam,</p><p>Je vous remercie pour votre candidature au poste de comptable. Je suis au "
     "regret de vous annoncer que nous ne la retiendrons pas.</p><p>Bien cordialement,<br>Sophie Marchand<br>"
     "Responsable RH<br>Direction des Ressources Humaines</p><img src='https://ctn-groupe.example/logo.png' "
     "alt='Logo Compagnie des Transports du Nord'><p><small>Compagnie des Transports du Nord – 4 place de la Gare – "
     "59000 Lille</small></p></body></html>",
     "Compagnie des Transports du Nord"),
    ("Candidatura",
     "Marta Gil <mgil@ebr.example>",
     "Hola Sam,\n\nGracias por tu candidatura. Siento comunicarte que no vamos a continuar con tu proceso.\n\n"
     "Saludos,\n\nMarta Gil\nTalent Acquisition Specialist\nDepartamento de Personas\n\nEstudio Barceló Ruiz "
     "Arquitectos · C/ Mallorca 214, 08008 Barcelona\n",
     "Estudio Barceló Ruiz Arquitectos"),
    ("Sollicitatie",
     "Anouk Smit <a.smit@vdl-advies.example>",
     "Beste Sam,\n\nDank voor je sollicitatie. Helaas hebben we gekozen voor een andere kandidaat.\n\nMet "
     "vriendelijke groet,\n\nAnouk Smit\nHR-adviseur | Afdeling HR\n\nVan der Linden Advies · Stationsplein 3 · "
     "3511 ED Utrecht · KvK 30123456\n",
     "Van der Linden Advies"),
    ("Candidatura - Contabilista",
     "Joana Pires <joana.pires@mfc.example>",
     "Caro Sam,\n\nObrigada pela sua candidatura. Lamentamos informar que não foi selecionado para a próxima "
     "fase.\n\nCumprimentos,\n\nJoana Pires\nTécnica de Recursos Humanos\nDireção de Pessoas\n\n"
     "Martins, Fonseca & Coelho, Sociedade de Revisores · Av. da Liberdade 110, 1250-146 Lisboa\n",
     ("Martins, Fonseca & Coelho", "Martins, Fonseca & Coelho, Sociedade de Revisores")),
    # --- a run-together domain the letter writes in full somewhere ---------------------------------------------
    ("Your application",
     "Hiring <hiring@wrenandsparrow.example>",
     "Hi Sam,\n\nThanks for your application for the junior copywriter job. We've chosen to go with someone else "
     "this time.\n\nAll best,\nJules\n\n--\nWren & Sparrow · creative studio · 3 Mill Lane, Norwich\n",
     "Wren & Sparrow"),
    ("Bewerbung",
     "Bewerbung <bewerbung@hausundhof-immobilien.example>",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir haben die Stelle inzwischen anderweitig "
     "besetzt.\n\nViele Grüße\nSabine Kurz\n\nHaus & Hof Immobilien · Lindenstraße 2 · 79098 Freiburg\n",
     "Haus & Hof Immobilien"),
    ("Candidature",
     "Recrutement <recrutement@pierreetsel.example>",
     "Bonjour,\n\nMerci pour votre candidature. Nous avons retenu un autre profil pour le poste de cuisinier.\n\n"
     "Bonne journée,\nLucas\n\nPierre et Sel — restaurant — 8 quai des Chartrons, Bordeaux\n",
     "Pierre et Sel"),
    # --- a run-together domain the letter never writes out: read it, but no invented split -----------------------
    ("Your application",
     "Jo <jo@lumenfold.example>",
     "Hi Sam,\n\nThanks for your application. We won't be moving forward with it, sorry.\n\nJo\n",
     "Lumenfold"),
    # --- a sending service: the employer only in the display name -------------------------------------------------
    ("Your application for Barista",
     "Copperline Coffee <hello@mail.copperline-careers.example>",
     "Hi Sam,\n\nThank you for applying. We've filled the barista role and won't be taking your application "
     "further.\n\nWarmly,\nThe team\n",
     "Copperline Coffee"),
    ("Deine Bewerbung",
     "Holzwerk Brandt <bounce-4471@em.sendgrid-relay.example>",
     "Hallo Sam,\n\nvielen Dank für deine Bewerbung. Leider müssen wir dir mitteilen, dass wir uns für jemand "
     "anderen entschieden haben.\n\nViele Grüße\nDein Team\n",
     "Holzwerk Brandt"),
    ("Tu candidatura",
     "Vinos Azahar <notificaciones@mg.azahar-empleo.example>",
     "Hola Sam,\n\nGracias por tu candidatura. Hemos decidido continuar con otras personas candidatas.\n\n"
     "Un saludo,\nEl equipo\n",
     "Vinos Azahar"),
    ("Votre candidature",
     "Atelier Brume <ne-pas-repondre@mailer.ab-recrutement.example>",
     "Bonjour Sam,\n\nMerci d'avoir postulé. Nous ne donnerons pas suite à votre candidature.\n\nL'équipe\n",
     "Atelier Brume"),
    ("A sua candidatura",
     "Sabores do Douro <noreply@bounce.mailrelay-pt.example>",
     "Olá Sam,\n\nObrigado pela candidatura. Infelizmente decidimos avançar com outro candidato.\n\n"
     "A equipa\n",
     "Sabores do Douro"),
    ("Je sollicitatie",
     "Bakkerij Mout <info@em1234.mout-bakkerij.example>",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We hebben helaas iemand anders gekozen.\n\nGroetjes,\n"
     "Het team\n",
     ("Bakkerij Mout", "Mout")),
]

B4 = [
    # --- ATS mails whose display name is the vendor or a generic mailbox: the employer in the text --------------
    ("Application Update",
     "Workday <donotreply@myworkday.com>",
     "Hello Sam,\n\nThank you for applying for the position of Customer Success Manager with Pellham Insurance. "
     "While your experience is impressive, we have decided to proceed with other candidates at this time.\n\n"
     "Regards,\nPellham Insurance Recruiting\n",
     "Pellham Insurance"),
    ("Regarding your application for Mechanical Engineer II",
     "do-not-reply@ats.rec.pro.ukg.net",
     "Sam,\n\nThank you for your interest in career opportunities with Corvane Aerospace. We have reviewed your "
     "background and have decided not to proceed with your candidacy for this role.\n\nWe wish you success.\n\n"
     "Corvane Aerospace Human Resources\n",
     "Corvane Aerospace"),
    ("Thanks for applying!",
     "no-reply@greenhouse.io",
     "Hi Sam,\n\nThanks again for your interest in joining us here at Parcelwise. Unfortunately, we've decided to "
     "move forward with other candidates for the Senior Data Engineer role.\n\nBest of luck in your search!\n\n"
     "— The Parcelwise Talent Team\n",
     "Parcelwise"),
    ("Following up on your application",
     "Recruiting Team <jobs@ashbyhq.com>",
     "Hi Sam,\n\nThank you for your interest in Ondine Health and for applying to the Clinical Operations Lead "
     "position. After careful consideration, we will not be moving forward with your application at this time.\n\n"
     "Best,\nOndine Health Recruiting\n\nPowered by Ashby\n",
     "Ondine Health"),
    ("Your application status",
     "Careers <careers@myworkday.com>",
     "Dear Sam,\n\nThank you for your interest in Glenmore. We appreciate the time you took to apply for the Retail "
     "Store Manager opening.\n\nWe regret to inform you that we have selected another candidate for this "
     "position.\n\nKind regards,\nGlenmore Talent Acquisition\nGlenmore Retail Group plc\n",
     ("Glenmore", "Glenmore Retail Group")),
    # --- de: SuccessFactors, Softgarden, Personio in a company's name --------------------------------------------
    ("Ihre Bewerbung auf die Position Controller (m/w/d) - Req ID 50213",
     "SAP SuccessFactors <noreply@successfactors.com>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit bei der Aurex Chemie AG. "
     "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht "
     "berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Aurex Chemie AG\n",
     "Aurex Chemie"),
    ("Ihre Bewerbung",
     "bewerbermanagement@softgarden.io",
     "Sehr geehrter Herr Rivera,\n\nwir haben Ihre Bewerbungsunterlagen sorgfältig geprüft. Leider müssen wir "
     "Ihnen mitteilen, dass wir Sie bei der Besetzung der Stelle nicht berücksichtigen können.\n\nMit freundlichen "
     "Grüßen\n\nIhr Team der Personalabteilung\nKlinikum Rheinhöhe gGmbH\n",
     "Klinikum Rheinhöhe"),
    ("Rückmeldung zu Ihrer Bewerbung",
     "Personio <no-reply@personio.de>",
     "Hallo Sam,\n\nvielen Dank für deine Bewerbung bei uns. Wir haben uns nach reiflicher Überlegung für eine "
     "andere Person entschieden.\n\nBeste Grüße\nLeonie Hartmann\nPeople Lead | fernweh.digital GmbH\n",
     "fernweh.digital"),
    ("Deine Bewerbung bei der Spedition Hagedorn",
     "Spedition Hagedorn <noreply@jobs.personio.de>",
     "Hallo Sam,\n\nvielen Dank für deine Bewerbung als Disponent. Leider müssen wir dir absagen.\n\nBeste Grüße\n"
     "Personalabteilung\n",
     "Spedition Hagedorn"),
    # --- fr: Taleo, Flatchr-like, a group and its brand ----------------------------------------------------------
    ("Votre candidature au poste de Conseiller clientèle",
     "Recrutement <noreply@taleo.net>",
     "Madame, Monsieur,\n\nNous vous remercions de l'intérêt que vous portez à la Caisse d'Épargne Val de Saône et "
     "de votre candidature au poste de Conseiller clientèle. Nous sommes au regret de vous informer que celle-ci "
     "n'a pas été retenue.\n\nCordialement,\nLe service Recrutement\n",
     "Caisse d'Épargne Val de Saône"),
    ("Réponse à votre candidature",
     "Talent Acquisition <noreply@smartrecruiters.com>",
     "Bonjour Sam,\n\nToute l'équipe de Norel Énergies vous remercie pour votre candidature. Après une étude "
     "attentive, nous avons choisi de poursuivre avec un autre candidat.\n\nNous vous souhaitons pleine réussite.\n"
     "\nL'équipe Talent Acquisition\n",
     "Norel Énergies"),
    ("Votre candidature",
     "Hôtel des Cèdres <recrutement@hoteldescedres.example>",
     "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste de réceptionniste de nuit. Nous avons "
     "le regret de ne pouvoir y donner suite.\n\nCordialement,\nLa Direction\nHôtel des Cèdres ****\n",
     "Hôtel des Cèdres"),
    # --- es
    ("Actualización sobre tu candidatura",
     "Equipo de Selección <no-reply@gupy.io>",
     "Hola Sam,\n\nAgradecemos tu participación en el proceso de selección de Frigoríficos Almonte para la vacante "
     "de Operario de producción. Lamentablemente, tu perfil no avanzará a la siguiente etapa.\n\n¡Éxito!\n"
     "Equipo de Selección\n",
     "Frigoríficos Almonte"),
    ("Información sobre tu candidatura",
     "Kalma Seguros <kalma-seguros@jobs.workable.com>",
     "Hola Sam,\n\nGracias por el interés en Kalma. Tras revisar tu candidatura, hemos decidido no avanzar en el "
     "proceso.\n\nSaludos,\nEquipo de Personas\n",
     ("Kalma Seguros", "Kalma")),
    ("Candidatura Jefe/a de Obra",
     "Construcciones Arnedo <rrhh@arnedo-construcciones.example>",
     "Estimado Sam:\n\nHemos recibido su candidatura, que agradecemos. Le informamos de que el puesto ya ha sido "
     "cubierto.\n\nAtentamente,\nDpto. RRHH\n",
     "Construcciones Arnedo"),
    # --- nl
    ("Update: je sollicitatie bij Noordlicht",
     "Noordlicht <noreply@homerun.co>",
     "Hoi Sam,\n\nBedankt voor je sollicitatie! We hebben je profiel met veel aandacht bekeken, maar we gaan niet "
     "verder met je sollicitatie.\n\nGroetjes,\nNoordlicht\n",
     "Noordlicht"),
    ("Je sollicitatie",
     "Werving & Selectie <noreply@connexys.nl>",
     "Beste Sam,\n\nHartelijk dank voor je sollicitatie op de vacature Teamleider bij Stichting Zorggroep "
     "Lindehof. Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek.\n\nMet vriendelijke "
     "groet,\nWerving & Selectie\n",
     ("Zorggroep Lindehof", "Stichting Zorggroep Lindehof")),
    ("Terugkoppeling sollicitatie",
     "Marloes <marloes@gmail.com>",
     "Hoi Sam,\n\nDank je wel voor je sollicitatie bij onze kapsalon. We hebben gekozen voor iemand met meer "
     "ervaring.\n\nGroetjes,\nMarloes\nKapsalon Knipwerk\n",
     "Kapsalon Knipwerk"),
    # --- pt
    ("Sobre sua candidatura",
     "Solides <naoresponda@solides.com.br>",
     "Olá Sam,\n\nA empresa Distribuidora Ipê agradece seu interesse na vaga de Assistente de Logística. "
     "Infelizmente, seu perfil não foi selecionado para esta vaga.\n\nBoa sorte!\n",
     "Distribuidora Ipê"),
    ("Candidatura - Técnico de Manutenção",
     "Talento <noreply@myworkday.com>",
     "Caro Sam,\n\nAgradecemos o interesse demonstrado na Navegadora Atlântica. Após uma análise cuidada, "
     "informamos que decidimos não avançar com a sua candidatura.\n\nCom os melhores cumprimentos,\n"
     "Equipa de Recrutamento\n",
     "Navegadora Atlântica"),
    ("Processo seletivo",
     "Recrutamento <recrutamento@padariaestrela.example>",
     "Olá Sam,\n\nObrigado pela candidatura. Já preenchemos a vaga de padeiro, por isso não vamos avançar com a "
     "sua candidatura.\n\nCumprimentos,\nPadaria Estrela\n",
     "Padaria Estrela"),
]

B5 = [
    # --- the vendor's own legal footer beside the employer ------------------------------------------------------
    ("Ihre Bewerbung bei Feldmann Elektro",
     "Feldmann Elektro GmbH <jobs@feldmann-elektro.jobs.personio.de>",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Elektroniker. Wir haben uns nach reiflicher "
     "Überlegung für einen anderen Bewerber entschieden.\n\nViele Grüße\nIhr Team von Feldmann Elektro\n\n"
     "Personio SE & Co. KG · Seidlstraße 3 · 80335 München\nDiese E-Mail wurde mit Personio versendet.\n",
     "Feldmann Elektro"),
    ("Your application at Harlow & Finch",
     "Harlow & Finch <no-reply@smartrecruiters.com>",
     "Dear Sam,\n\nWe appreciate your interest in the Store Manager position. After reviewing your application, we "
     "have decided to pursue other candidates.\n\nSincerely,\nHarlow & Finch Hiring Team\n\nPowered by SmartRecruiters"
     "\nSmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104\n",
     "Harlow & Finch"),
    ("Update zu deiner Bewerbung",
     "Nachtigall Kaffee über softgarden <noreply@softgarden.io>",
     "Hallo Sam,\n\nvielen Dank für dein Interesse. Leider können wir dir für die Position Barista keine Zusage "
     "geben.\n\nHerzliche Grüße\nDein Nachtigall-Team\n\nsoftgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 "
     "Berlin\n",
     "Nachtigall Kaffee"),
    ("Votre candidature",
     "Ardoise Conseil | Recrutement <noreply@flatchr.io>",
     "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de Consultant junior. Nous ne pourrons "
     "malheureusement pas y donner suite.\n\nBien à vous,\nL'équipe Ardoise Conseil\n\nEnvoyé avec Flatchr - "
     "Flatchr SAS, 10 rue de Penthièvre, 75008 Paris\n",
     "Ardoise Conseil"),
    ("Sua candidatura na Ipê Saúde",
     "Gupy <naoresponda@gupy.com.br>",
     "Olá Sam!\n\nPassando para dar um retorno sobre sua candidatura na vaga de Enfermeiro(a) da empresa Ipê "
     "Saúde. Neste momento, optamos por seguir com outros candidatos.\n\nAbraços,\nTime Gupy\n\nGupy Tecnologia em "
     "Recrutamento e Seleção Ltda. · Av. Paulista, 1000 · São Paulo\n",
     "Ipê Saúde"),
    # --- the display name carries the vendor or a unit after a separator ---------------------------------------
    ("Your application",
     "Saltmarsh Bakery | Recruitee <notifications@mail.recruitee.com>",
     "Hi Sam,\n\nThank you for applying for the Baker role. We've decided to continue with other applicants.\n\n"
     "Best,\nSaltmarsh Bakery\n\nSent with Recruitee\n",
     "Saltmarsh Bakery"),
    ("Your application for Support Engineer",
     "Vireo (via Workable) <noreply@candidates.workablemail.com>",
     "Hi Sam,\n\nThank you for your interest in Vireo. Unfortunately, we will not be moving forward with your "
     "application for the Support Engineer role.\n\nKind regards,\nVireo Hiring Team\n",
     "Vireo"),
    ("Candidatura - Ingeniero de procesos",
     "Aceros Bidasoa - Talent Acquisition <talent@acerosbidasoa.example>",
     "Hola Sam,\n\nGracias por tu candidatura. Te comunicamos que hemos seleccionado a otra persona para el "
     "puesto.\n\nSaludos,\nTalent Acquisition\n",
     "Aceros Bidasoa"),
    ("Sollicitatie Accountmanager",
     "Recruitment | Polder Energie <recruitment@polderenergie.example>",
     "Beste Sam,\n\nDank voor je interesse in Polder Energie. We hebben besloten je niet uit te nodigen voor een "
     "gesprek.\n\nMet vriendelijke groet,\nRecruitment\n",
     "Polder Energie"),
    # --- one name three ways ---------------------------------------------------------------------------------------
    ("NORDWIND LOGISTIK – Ihre Bewerbung",
     "Karriere <karriere@nordwind-logistik.example>",
     "Sehr geehrter Herr Rivera,\n\nwir danken Ihnen für Ihre Bewerbung bei nordwind. Leider müssen wir Ihnen "
     "mitteilen, dass wir uns anderweitig entschieden haben.\n\nMit freundlichen Grüßen\n\nNordwind Logistik GmbH\n"
     "Personalabteilung\n",
     ("Nordwind Logistik", "Nordwind")),
    ("BRISA CAPITAL | candidatura",
     "brisa capital <people@brisacapital.example>",
     "Olá Sam,\n\nObrigado pela candidatura à Brisa. Decidimos não avançar com o seu processo.\n\nAbraço,\n"
     "Equipa de Pessoas\nBrisa Capital, SGPS, S.A.\n",
     ("Brisa Capital", "Brisa")),
    ("Votre candidature chez LUMIÈRE",
     "lumière <jobs@lumiere-studio.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature chez Lumière. Nous avons choisi un autre profil pour ce "
     "poste.\n\nÀ bientôt,\nLumière Studio\n",
     ("Lumière", "Lumière Studio")),
    # --- Indeed / LinkedIn relays in other languages -----------------------------------------------------------------
    ("Ihre Bewerbung bei Gartenbau Wessel",
     "Indeed <donotreply@indeed.com>",
     "Gartenbau Wessel hat Ihre Bewerbung für Gärtner (m/w/d) geprüft und sich entschieden, nicht mit Ihnen "
     "fortzufahren.\n\nViel Erfolg bei Ihrer weiteren Jobsuche.\nDas Indeed-Team\n",
     "Gartenbau Wessel"),
    ("Votre candidature pour Assistant RH chez Maison Ferrand",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Votre candidature pour Assistant RH chez Maison Ferrand\n\nMerci de l'intérêt que vous portez à Maison "
     "Ferrand. Malheureusement, ils ont décidé de ne pas donner suite à votre candidature.\n\nCet e-mail est "
     "destiné à Sam Rivera.\n© 2026 LinkedIn Ireland Unlimited Company\n",
     "Maison Ferrand"),
    ("Tu solicitud para Analista de Riesgos en Banca Levante",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Gracias por tu interés en Banca Levante. Lamentablemente, Banca Levante ha decidido no seguir adelante con "
     "tu solicitud.\n\nEste correo está destinado a Sam Rivera.\n© 2026 LinkedIn Ireland Unlimited Company\n",
     "Banca Levante"),
    ("Je sollicitatie voor Projectleider bij Duinrand Vastgoed",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Bedankt voor je interesse in Duinrand Vastgoed. Helaas heeft Duinrand Vastgoed besloten niet verder te gaan "
     "met je sollicitatie.\n\nDeze e-mail is bedoeld voor Sam Rivera.\n© 2026 LinkedIn Ireland Unlimited Company\n",
     "Duinrand Vastgoed"),
    ("Sua candidatura para Analista de Dados na Cobalto",
     "LinkedIn <jobs-noreply@linkedin.com>",
     "Obrigado pelo seu interesse na Cobalto. Infelizmente, a Cobalto decidiu não seguir com a sua candidatura.\n\n"
     "Este e-mail foi enviado para Sam Rivera.\n© 2026 LinkedIn Ireland Unlimited Company\n",
     "Cobalto"),
    ("Update on your application",
     "Indeed Apply <indeedapply@indeed.com>",
     "Hi Sam,\n\nAn update from Marigold Care Homes: thank you for applying for Care Assistant. They have decided "
     "not to move forward with your application.\n\nKeep searching on Indeed.\n",
     "Marigold Care Homes"),
    # --- ATS team sign-offs with "Your X Recruiting Team" ------------------------------------------------------------
    ("Job Req 40021 - Plant Engineer",
     "Do Not Reply <donotreply@successfactors.com>",
     "Dear Sam,\n\nThank you for applying for Job Req 40021 with us. We have carefully reviewed your experience and "
     "have decided not to proceed with your application.\n\nBest regards,\nYour Oakridge Materials Recruiting Team\n",
     "Oakridge Materials"),
    ("Ihre Bewerbung (Ref. 8812)",
     "Nicht antworten <nicht-antworten@successfactors.eu>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir "
     "Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Wertheim "
     "Gruppe\n",
     "Wertheim Gruppe"),
    ("Tu candidatura (Ref. 2231)",
     "No responder <noreply@taleo.net>",
     "Estimado/a Sam:\n\nGracias por participar en nuestro proceso. Lamentamos informarte de que no continuarás en "
     "el proceso de selección.\n\nAtentamente,\nEl equipo de Selección de Seguros Albufera\n",
     "Seguros Albufera"),
    ("Candidature - Chef de rayon",
     "Ne pas répondre <ne-pas-repondre@talent-soft.example>",
     "Madame, Monsieur,\n\nNous accusons réception de votre candidature et vous en remercions. Après étude, nous ne "
     "pouvons y donner une suite favorable.\n\nCordialement,\nLe service recrutement de Primeur & Cie\n",
     "Primeur & Cie"),
    ("Sollicitatie winkelmedewerker",
     "Niet beantwoorden <no-reply@recruitee.com>",
     "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas gaan we niet verder met je sollicitatie.\n\nMet "
     "vriendelijke groet,\nHet recruitmentteam van Tuincentrum De Linde\n",
     ("Tuincentrum De Linde", "De Linde")),
    ("Candidatura n.º 5512",
     "Não responder <naoresponder@myworkday.com>",
     "Caro Sam,\n\nAgradecemos a sua candidatura. Lamentamos informar que não foi selecionado para a fase "
     "seguinte.\n\nCom os melhores cumprimentos,\nA Equipa de Recrutamento da Autoestradas do Sul\n",
     "Autoestradas do Sul"),
    # --- the employer only in the first line -------------------------------------------------------------------------
    ("Application update",
     "Notifications <notifications@app.ashbyhq.com>",
     "Thank you for applying to Cinder & Sage.\n\nWe've reviewed your application for Pastry Chef and decided not to "
     "move forward at this time.\n\nBest wishes\n",
     "Cinder & Sage"),
    ("Bewerbung",
     "Notification <notification@dvinci-mail.com>",
     "Vielen Dank für Ihr Interesse an der Stadtbibliothek Ahrenfeld.\n\nLeider müssen wir Ihnen mitteilen, dass "
     "wir Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalservice\n",
     "Stadtbibliothek Ahrenfeld"),
    ("Tu candidatura",
     "Notificaciones <notificaciones@bizneo.com>",
     "Gracias por tu interés en Clínica Dental Arroyo.\n\nTras revisar tu perfil, hemos decidido no continuar con "
     "tu candidatura para el puesto de Higienista.\n\nUn saludo\n",
     "Clínica Dental Arroyo"),
    ("Candidature",
     "Notifications <notifications@welcomekit.co>",
     "Merci d'avoir postulé chez Pavillon Ouest.\n\nAprès étude de votre profil, nous ne retenons pas votre "
     "candidature pour le poste de Serveur.\n\nBonne continuation\n",
     "Pavillon Ouest"),
]

B6 = [
    # --- the employer only in the mailbox at its vendor (Workday's tenant, Teamtailor's account) --------------------
    ("Your Application",
     "harbourview@myworkday.com",
     "Dear Sam,\n\nThank you for your interest in the Operations Analyst role. After careful consideration, we have "
     "decided to move forward with other candidates.\n\nRegards,\nTalent Acquisition\n",
     "Harbourview"),
    ("Deine Bewerbung",
     "kornblume@teamtailor-mail.com",
     "Hallo Sam,\n\ndanke für deine Bewerbung! Wir haben uns für andere Bewerber:innen entschieden.\n\n"
     "Liebe Grüße\nDein People-Team\n",
     "Kornblume"),
    # --- a country unit beside its group -----------------------------------------------------------------------------
    ("Ihre Bewerbung",
     "Recruiting Velmora Schweiz <jobs.ch@velmora.example>",
     "Guten Tag Herr Rivera\n\nBesten Dank für Ihre Bewerbung. Leider können wir Sie nicht berücksichtigen.\n\n"
     "Freundliche Grüsse\nVelmora Schweiz AG\nHuman Resources\n",
     ("Velmora", "Velmora Schweiz")),
    ("Su candidatura",
     "Talento Corvia <talento@corvia.example>",
     "Estimado Sam:\n\nAgradecemos su interés en Corvia. Lamentamos comunicarle que su candidatura no ha sido "
     "seleccionada.\n\nAtentamente,\nCorvia España, S.A.U.\n",
     ("Corvia", "Corvia España")),
    ("Candidatura",
     "Recrutamento <recrutamento@marvela.example>",
     "Caro Sam,\n\nObrigado pelo seu interesse. Infelizmente, decidimos não avançar com a sua candidatura.\n\n"
     "Cumprimentos,\nEquipa de Recrutamento\nMarvela Portugal, Unipessoal Lda.\n",
     ("Marvela", "Marvela Portugal")),
    ("Sollicitatie",
     "Werken bij Arcona <werkenbij@arcona.example>",
     "Beste Sam,\n\nDank voor je sollicitatie. Helaas hebben we besloten niet verder te gaan.\n\nMet vriendelijke "
     "groet,\nRecruitment\nArcona Nederland B.V., onderdeel van Arcona Group\n",
     ("Arcona", "Arcona Nederland")),
    ("Your application",
     "Talent <talent@fenwick-ai.example>",
     "Hi Sam,\n\nThanks for applying. We won't be moving forward with your application.\n\nBest,\nTalent team\n"
     "Fenwick AI UK & Ireland\n",
     ("Fenwick AI", "Fenwick AI UK & Ireland")),
    ("Candidature - Responsable d'agence",
     "Ressources Humaines <rh@solvane.example>",
     "Bonjour Sam,\n\nNous vous remercions de votre candidature. Nous ne pouvons malheureusement pas y donner "
     "suite.\n\nCordialement,\nDirection des Ressources Humaines\nSolvane France, filiale du groupe Solvane\n",
     ("Solvane", "Solvane France")),
    # --- hospitals and universities ---------------------------------------------------------------------------------
    ("Votre candidature - Infirmier(e) de bloc",
     "Direction des Ressources Humaines <drh@ch-vallee-doree.example>",
     "Madame, Monsieur,\n\nJ'ai bien reçu votre candidature et vous en remercie. Je suis au regret de vous informer "
     "qu'elle n'a pas été retenue.\n\nVeuillez agréer mes salutations distinguées.\n\nLa Directrice des Ressources "
     "Humaines\nCentre Hospitalier de la Vallée Dorée\n",
     "Centre Hospitalier de la Vallée Dorée"),
    ("Candidatura - Enfermeiro",
     "Serviço de Gestão de Recursos Humanos <sgrh@chmondego.example>",
     "Exmo. Senhor,\n\nInformamos que a sua candidatura não foi selecionada.\n\nCom os melhores cumprimentos,\n"
     "Serviço de Gestão de Recursos Humanos\nCentro Hospitalar do Mondego, E.P.E.\n",
     "Centro Hospitalar do Mondego"),
    ("Proceso de selección",
     "Servicio de Personal <personal@huvalle.example>",
     "Estimado Sr. Rivera:\n\nLe informamos de que su candidatura no ha sido seleccionada en el proceso.\n\n"
     "Atentamente,\nServicio de Personal\nHospital Universitario del Valle\n",
     "Hospital Universitario del Valle"),
    ("Ihre Bewerbung",
     "Personalabteilung <personal@klinikum-seefeld.example>",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht "
     "berücksichtigen können.\n\nMit freundlichen Grüßen\nGeschäftsbereich Personal\nKlinikum Seefeld\n"
     "Akademisches Lehrkrankenhaus der Universität Rostock\n",
     "Klinikum Seefeld"),
    ("Sollicitatie verpleegkundige",
     "Recruitment <recruitment@zgt-oost.example>",
     "Beste Sam,\n\nHelaas hebben wij besloten je niet uit te nodigen.\n\nMet vriendelijke groet,\nAfdeling "
     "Recruitment\nZiekenhuisgroep Twente-Oost\n",
     "Ziekenhuisgroep Twente-Oost"),
    ("Postdoctoral Research Associate (Ref 4410)",
     "Recruitment <recruitment@ebor.example>",
     "Dear Dr Rivera,\n\nThank you for your application. I regret to inform you that you have not been shortlisted."
     "\n\nYours sincerely,\n\nProf. Helen Marsh\nHead of Department\nDepartment of Chemistry\nUniversity of Ebor\n",
     "University of Ebor"),
    # --- the logo's alt text names the employer; the letter is a person's --------------------------------------------
    ("Ihre Bewerbung",
     "Katrin Schulte <k.schulte@sgh.example>",
     "<html><body><img src='cid:logo1' alt='Schulte &amp; Götz Haustechnik'><p>Sehr geehrter Herr Rivera,</p>"
     "<p>vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen absagen.</p><p>Mit freundlichen Grüßen<br>"
     "Katrin Schulte<br>Assistenz der Geschäftsleitung</p></body></html>",
     "Schulte & Götz Haustechnik"),
    ("Tu candidatura",
     "Lucía Prieto <lprieto@gvc.example>",
     "<html><body><table><tr><td><img src='https://gvc.example/img/logo.png' alt='Grupo Vidal Castro'></td></tr>"
     "<tr><td><p>Hola Sam:</p><p>Gracias por tu interés. Hemos decidido continuar con otros candidatos.</p><p>"
     "Un saludo,<br>Lucía Prieto<br>Responsable de Selección<br>Dirección de Personas</p></td></tr></table>"
     "</body></html>",
     "Grupo Vidal Castro"),
    ("Sollicitatie",
     "Pieter Mulder <p.mulder@bkm.example>",
     "<html><body><p>Beste Sam,</p><p>Helaas moeten wij je laten weten dat we niet verder gaan met je sollicitatie."
     "</p><p>Met vriendelijke groet,<br>Pieter Mulder<br>Manager HR</p><img src='cid:x' alt='Logo Bakker Koeltechniek"
     " Mulder'></body></html>",
     "Bakker Koeltechniek Mulder"),
    ("Candidatura",
     "Inês Correia <ines.correia@lsr.example>",
     "<html><body><p>Caro Sam,</p><p>Agradecemos a sua candidatura. Informamos que não foi selecionado.</p><p>"
     "Cumprimentos,<br>Inês Correia<br>Gestora de Talento</p><img src='cid:a' alt='Logótipo Lusorail'></body></html>",
     "Lusorail"),
    # --- a run-together domain the letter writes in full ---
    ("Sollicitatie",
     "Info <info@schaapenwolf.example>",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We hebben iemand anders gevonden.\n\nGroet,\nTom\nSchaap & Wolf "
     "ontwerpstudio\n",
     "Schaap & Wolf"),
    ("Candidatura",
     "Info <info@casadoslimoes.example>",
     "Olá Sam,\n\nObrigado pela candidatura. Já preenchemos a vaga.\n\nCumprimentos,\nRui\nCasa dos Limões, "
     "Alojamento Local\n",
     "Casa dos Limões"),
    ("Candidatura",
     "Contacto <contacto@lacasadelte.example>",
     "Hola Sam,\n\nGracias por tu candidatura. Ya hemos cubierto el puesto.\n\nUn saludo,\nMarta\nLa Casa del Té\n",
     "La Casa del Té"),
    # --- a sending service: the employer only in the display ----------------------------------------------------------
    ("Your application",
     "Brightwater Dental <careers@em7731.brightwater-hiring.example>",
     "Hi Sam,\n\nThank you for applying for the dental nurse role. We have decided to proceed with other "
     "candidates.\n\nKind regards,\nPractice Manager\n",
     "Brightwater Dental"),
    ("Ihre Bewerbung",
     "Metzgerei Auer <mailer@mg.auer-jobs.example>",
     "Hallo Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle bereits besetzt ist.\n\nViele Grüße\n"
     "Ihr Team\n",
     "Metzgerei Auer"),
    ("Sollicitatie",
     "Fietsenmaker Jansen <bounces+8812@sendgrid-mail.example>",
     "Hoi Sam,\n\nDank je wel voor je sollicitatie. We hebben helaas iemand anders gekozen.\n\nGroetjes\n",
     "Fietsenmaker Jansen"),
    ("Votre candidature",
     "Fromagerie Lescure <postmaster@mta.lescure-recrute.example>",
     "Bonjour,\n\nMerci pour votre candidature. Le poste a été pourvu.\n\nCordialement\n",
     "Fromagerie Lescure"),
    ("Candidatura",
     "Óptica Mirante <envios@mkt.mirante-vagas.example>",
     "Olá,\n\nObrigado pela candidatura. Decidimos avançar com outro candidato.\n\nCumprimentos\n",
     "Óptica Mirante"),
]

B7 = [
    # --- the display name's unit words around the employer --------------------------------------------------------
    ("Application update",
     "Thornbury People Team <people@thornbury.example>",
     "Hi Sam,\n\nThank you for applying for the Finance Assistant role. We've now reviewed all applications and "
     "unfortunately we won't be taking yours forward.\n\nBest wishes,\nPeople Team\n",
     "Thornbury"),
    ("Ihre Bewerbung",
     "Jobs bei Sonnentor Küchen <jobs@sonnentor-kuechen.example>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir müssen Ihnen leider mitteilen, dass wir "
     "uns für einen anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\n\nSonnentor Küchen GmbH\n"
     "Hauptstraße 12\n10115 Berlin\nGeschäftsführer: Max Brenner\nAmtsgericht Charlottenburg HRB 123456\n",
     "Sonnentor Küchen"),
    ("Votre candidature",
     "Carrières Alvéole <carrieres@alveole.example>",
     "Bonjour Sam,\n\nNous vous remercions pour l'intérêt porté à notre entreprise. Après examen de votre dossier, "
     "nous ne sommes pas en mesure de donner une suite favorable à votre candidature.\n\nCordialement,\n"
     "L'équipe Carrières\n",
     "Alvéole"),
    ("Tu candidatura",
     "Empleo Nortesur <empleo@nortesur.example>",
     "Hola Sam,\n\nMuchas gracias por enviarnos tu candidatura. En esta ocasión no vamos a continuar contigo en el "
     "proceso.\n\nUn saludo,\nEquipo de Empleo\n",
     "Nortesur"),
    ("Sollicitatie",
     "HR Vlinderhof <hr@vlinderhof.example>",
     "Beste Sam,\n\nBedankt voor je interesse in onze organisatie. We hebben besloten niet met je verder te gaan in "
     "de procedure.\n\nMet vriendelijke groet,\nHR\n",
     "Vlinderhof"),
    ("A sua candidatura",
     "Vagas Maré Alta <vagas@marealta.example>",
     "Olá Sam,\n\nObrigado pela sua candidatura. Infelizmente não vamos avançar com o seu perfil nesta fase.\n\n"
     "Cumprimentos,\nEquipa de Recrutamento\n",
     "Maré Alta"),
    ("Your application",
     "Talent | Kestrel & Vine <talent@kestrelvine.example>",
     "Hi Sam,\n\nThanks for applying. We're not moving forward with your application this time.\n\nBest,\nTalent\n",
     "Kestrel & Vine"),
    # --- an "Impressum" block under the letter ----------------------------------------------------------------------
    ("Absage",
     "Anja Reuter <a.reuter@hbm.example>",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns für einen anderen Bewerber "
     "entschieden.\n\nBeste Grüße\nAnja Reuter\nPersonal\n\nHeinrich Brandt Metallbau GmbH & Co. KG\n"
     "Industriering 7\n33602 Bielefeld\nRegistergericht Bielefeld HRA 5566\n",
     "Heinrich Brandt Metallbau"),
    ("Candidature",
     "Julie Moreau <j.moreau@bvf.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature. Nous ne pouvons malheureusement pas y donner suite.\n\n"
     "Cordialement,\nJulie Moreau\nRH\n\nBrasserie du Vieux Fort SARL\n14 quai Duguay-Trouin\n35400 Saint-Malo\n"
     "SIRET 812 345 678 00012\n",
     "Brasserie du Vieux Fort"),
    ("Candidatura",
     "Pablo Ruiz <pruiz@tmc.example>",
     "Hola Sam,\n\nGracias por tu candidatura. Hemos decidido seguir con otros perfiles.\n\nSaludos,\nPablo Ruiz\n"
     "Recursos Humanos\n\nTalleres Mecánicos del Cinca, S.L.\nPolígono Valcorba, nave 4\n22300 Barbastro\n"
     "CIF B-22123456\n",
     "Talleres Mecánicos del Cinca"),
    # --- an ATS's equal-opportunity line or copyright names the employer ---
    ("Thank you for your application",
     "Recruiting <no-reply@greenhouse.io>",
     "Hi Sam,\n\nThanks for your interest. After reviewing your application, we've decided to move forward with "
     "other candidates.\n\nBest,\nRecruiting Team\n\nHollis Biotech is an equal opportunity employer.\n",
     "Hollis Biotech"),
    ("Your application",
     "Careers <no-reply@myworkday.com>",
     "Dear Sam,\n\nThank you for applying. Unfortunately, we will not be progressing your application.\n\n"
     "Regards,\nTalent Acquisition\n\n© 2026 Redwater Utilities plc. All rights reserved.\n",
     "Redwater Utilities"),
    # --- the English letter of a company from another language ---
    ("Your application - Backend Developer",
     "Recruiting <recruiting@kranich-software.example>",
     "Dear Sam,\n\nThank you for applying to Kranich Software. Unfortunately we have decided to continue with "
     "other candidates.\n\nKind regards,\nRecruiting Team\nKranich Software GmbH | Friedrichstraße 88 | 10117 Berlin\n",
     "Kranich Software"),
    ("Your application",
     "Recrutement <recrutement@atelier-sauge.example>",
     "Dear Sam,\n\nThank you for your application. We regret to inform you that we will not be moving forward.\n\n"
     "Best regards,\nL'équipe Atelier Sauge\n",
     "Atelier Sauge"),
    ("Your application",
     "Selección <seleccion@viajesmarina.example>",
     "Dear Sam,\n\nThanks for applying to Viajes Marina. We have decided not to continue with your application.\n\n"
     "Best regards,\nEquipo de Selección\n",
     "Viajes Marina"),
    # --- relays of job boards ---
    ("Reactie op je sollicitatie bij Timmerbedrijf Hoek",
     "Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
     "Beste Sam,\n\nTimmerbedrijf Hoek heeft gereageerd op je sollicitatie: helaas gaan ze niet verder met je "
     "sollicitatie.\n\nSucces met zoeken!\nNationale Vacaturebank\n",
     "Timmerbedrijf Hoek"),
    ("Resposta à sua candidatura",
     "Net-Empregos <noreply@net-empregos.com>",
     "Olá Sam,\n\nA empresa Serralharia Vouga respondeu à sua candidatura: infelizmente o seu perfil não foi "
     "selecionado.\n\nBoa sorte,\nNet-Empregos\n",
     "Serralharia Vouga"),
    ("La empresa ha cerrado el proceso",
     "InfoJobs <noreply@infojobs.net>",
     "Hola Sam,\n\nLa empresa Jardinería Zafra ha cerrado el proceso de selección de la oferta Jardinero y tu "
     "candidatura no ha sido seleccionada.\n\nEl equipo de InfoJobs\n",
     "Jardinería Zafra"),
    ("Neuigkeiten zu Ihrer Bewerbung",
     "StepStone <noreply@stepstone.de>",
     "Hallo Sam,\n\nDie Firma Elektro Rademacher hat Ihre Bewerbung als Elektriker abgelehnt.\n\nIhr StepStone-Team"
     "\n",
     "Elektro Rademacher"),
    ("Une réponse à votre candidature",
     "HelloWork <noreply@hellowork.com>",
     "Bonjour Sam,\n\nL'entreprise Menuiserie Caradec a répondu à votre candidature : elle ne donnera pas suite.\n"
     "\nL'équipe HelloWork\n",
     "Menuiserie Caradec"),
    # --- two-word names with a common noun ---
    ("Your application",
     "Open Door <jobs@opendoor-housing.example>",
     "Hi Sam,\n\nThank you for applying to Open Door. We have decided not to progress your application.\n\n"
     "Best,\nOpen Door Housing Association\n",
     ("Open Door", "Open Door Housing Association")),
    ("Candidatura",
     "Casa Nova <geral@casanova-moveis.example>",
     "Olá Sam,\n\nObrigado pela candidatura. De momento não vamos avançar.\n\nCumprimentos,\nCasa Nova Móveis\n",
     ("Casa Nova", "Casa Nova Móveis")),
    ("Bewerbung",
     "Weiße Feder <post@weisse-feder.example>",
     "Hallo Sam,\n\nleider müssen wir dir absagen, wir haben jemanden gefunden.\n\nGrüße\nWeiße Feder Verlag\n",
     ("Weiße Feder", "Weiße Feder Verlag")),
    ("Sollicitatie",
     "Rode Draad <info@rodedraad.example>",
     "Hoi Sam,\n\nDank voor je sollicitatie. We kiezen voor een andere kandidaat.\n\nGroet,\nTeam Rode Draad\n",
     "Rode Draad"),
]

B8 = [
    # --- long letters that name other organisations: the board applied through, a parent, a data controller ---------
    ("Your application via Indeed",
     "Sarah Bell <sarah.bell@greystonehomes.example>",
     "Dear Sam,\n\nThank you for applying through Indeed for the Site Administrator position with Greystone Homes. "
     "We received a very high number of applications and, having reviewed yours carefully, we will not be "
     "taking it further.\n\nWe will keep your details on file for six months in line with our privacy notice.\n\n"
     "Kind regards,\n\nSarah Bell\nHR Advisor\nGreystone Homes Ltd, part of the Ashford Living Group\n"
     "Registered office: 2 Wharf Road, Leeds LS1 4AB. Registered in England No. 04455667.\n\n"
     "This email and any attachments are confidential. If you have received it in error please notify the sender.\n",
     "Greystone Homes"),
    ("Ihre Bewerbung über StepStone",
     "Bewerbermanagement <bewerbung@moellerfrisch.example>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung über StepStone als Lagerist bei der Möller "
     "Frischdienst GmbH. Nach sorgfältiger Prüfung haben wir uns für andere Bewerber entschieden.\n\n"
     "Ihre Daten werden gemäß DSGVO nach sechs Monaten gelöscht. Verantwortlich: Möller Frischdienst GmbH, "
     "Datenschutzbeauftragter: datenschutz@moellerfrisch.example\n\nMit freundlichen Grüßen\n\nIhr Möller-Team\n",
     "Möller Frischdienst"),
    ("Candidature reçue via Welcome to the Jungle",
     "Nina Lambert <nina@sillon.example>",
     "Bonjour Sam,\n\nMerci d'avoir postulé chez Sillon via Welcome to the Jungle. On a pris le temps de lire ton "
     "profil, mais on a choisi d'avancer avec d'autres candidats pour le poste de Product Owner.\n\nBelle suite à "
     "toi,\n\nNina Lambert\nHead of People @ Sillon\n\nSuivez-nous sur LinkedIn et Instagram !\n",
     "Sillon"),
    ("Tu candidatura a través de LinkedIn",
     "Carlos Méndez <cmendez@ribera-tech.example>",
     "Hola Sam,\n\nGracias por aplicar a través de LinkedIn a la posición de QA Engineer en Ribera Tech. "
     "Lamentablemente hemos decidido avanzar con otros perfiles.\n\nTus datos serán tratados por Ribera Tech "
     "Solutions, S.L. conforme al RGPD.\n\nSaludos,\nCarlos Méndez\nTalent Acquisition | Ribera Tech\n",
     ("Ribera Tech", "Ribera Tech Solutions")),
    ("Je sollicitatie via Werk.nl",
     "Monique de Graaf <m.degraaf@hoogland-groen.example>",
     "Beste Sam,\n\nBedankt voor je reactie via Werk.nl op onze vacature voor hovenier. Helaas moeten we je laten "
     "weten dat we een andere kandidaat hebben gekozen.\n\nMet vriendelijke groet,\n\nMonique de Graaf\n"
     "Hoogland Groenvoorziening\nonderdeel van Hoogland Groep\n",
     "Hoogland Groenvoorziening"),
    ("Candidatura via Net-Empregos",
     "Ana Lopes <ana.lopes@farmaciacentral.example>",
     "Olá Sam,\n\nRecebemos a sua candidatura através do Net-Empregos para a vaga de Técnico de Farmácia. "
     "Agradecemos o interesse, mas optámos por outro candidato.\n\nCom os melhores cumprimentos,\nAna Lopes\n"
     "Diretora Técnica\nFarmácia Central de Aveiro\n",
     "Farmácia Central de Aveiro"),
    # --- a client of the employer or a competitor named in the text ---
    ("Your application - Account Executive",
     "Ollie Grant <ollie@flintworks.example>",
     "Hi Sam,\n\nThanks for taking the time to talk to us about the Account Executive role. We were impressed by "
     "your time at Salesforce, but we've decided to go with a candidate who has more agency-side experience.\n\n"
     "Cheers,\nOllie Grant\nCo-founder, Flintworks\n",
     "Flintworks"),
    ("Rückmeldung Bewerbung",
     "Lena Vogel <l.vogel@sternwerk.example>",
     "Hallo Sam,\n\ndanke für das nette Gespräch. Ihre Erfahrung bei Siemens hat uns beeindruckt, aber wir haben "
     "uns für eine andere Kandidatin entschieden.\n\nViele Grüße\nLena Vogel\nSternwerk Studios\n",
     "Sternwerk Studios"),
    ("Suite à notre entretien",
     "Paul Renaud <p.renaud@calvi-ingenierie.example>",
     "Bonjour Sam,\n\nMerci pour notre échange. Votre parcours chez Vinci est solide, mais nous avons retenu un "
     "autre candidat pour ce poste.\n\nBien cordialement,\nPaul Renaud\nDirecteur technique\nCalvi Ingénierie\n",
     "Calvi Ingénierie"),
    ("Tras la entrevista",
     "Elena Soto <esoto@quesosvaldeon.example>",
     "Hola Sam,\n\nGracias por venir a la entrevista. Tu experiencia en Mercadona es muy valiosa, pero hemos "
     "elegido a otra persona.\n\nUn saludo,\nElena Soto\nQuesos Valdeón\n",
     "Quesos Valdeón"),
    ("Na ons gesprek",
     "Rik Visser <rik@dijkstra-bouw.example>",
     "Hoi Sam,\n\nBedankt voor het gesprek van dinsdag. Je ervaring bij BAM is mooi, maar we hebben gekozen voor "
     "iemand met meer ervaring in de utiliteitsbouw.\n\nGroet,\nRik Visser\nDijkstra Bouw\n",
     "Dijkstra Bouw"),
    ("Após a entrevista",
     "Tiago Marques <tiago@adega-serra.example>",
     "Olá Sam,\n\nObrigado pela entrevista. A tua experiência na Sonae é interessante, mas escolhemos outro "
     "candidato.\n\nAbraço,\nTiago Marques\nAdega da Serra\n",
     "Adega da Serra"),
    # --- a mail sent from a phone: the name only in the display or the sender's domain ---
    ("Re: Kitchen assistant",
     "Mario Conti <mario@contistrattoria.example>",
     "Hi Sam, sorry we've given the job to someone else. Thanks for coming in.\nMario\n\nSent from my iPhone\n",
     ("Conti's Trattoria", "Contistrattoria", "Conti Strattoria")),
    ("Re: Aushilfe",
     "Bäckerei Lang <info@baeckerei-lang.example>",
     "Hallo Sam, tut mir leid, die Stelle ist schon weg. LG Petra\n\nVon meinem iPhone gesendet\n",
     "Bäckerei Lang"),
    ("RE: Candidature serveur",
     "Le Comptoir <lecomptoir.lyon@gmail.com>",
     "Bonjour, désolé le poste est déjà pris. Bonne chance ! Karim\n\nEnvoyé de mon iPhone\n",
     "Le Comptoir"),
    ("RE: Camarero",
     "Bar El Faro <barelfaro@gmail.com>",
     "Hola Sam, lo siento, ya hemos cogido a alguien. Suerte!\n\nEnviado desde mi iPhone\n",
     ("Bar El Faro", "El Faro")),
    ("Re: Vakantiewerk",
     "IJssalon Venezia <info@ijssalonvenezia.example>",
     "Hoi Sam, helaas hebben we al genoeg mensen voor de zomer. Groetjes, Gianna\n\nVerstuurd vanaf mijn iPhone\n",
     "IJssalon Venezia"),
    ("Re: Empregado de mesa",
     "Tasca do Zé <tascadoze@gmail.com>",
     "Olá Sam, já temos pessoa para a vaga, desculpa. Obrigado!\n\nEnviado do meu iPhone\n",
     "Tasca do Zé"),
]

B9 = [
    # --- name shapes: a person's name as a brand, apostrophes, CamelCase, a lower-case first letter, digits ---
    ("Your application to Ted Harlan",
     "Ted Harlan Careers <careers@tedharlan.example>",
     "Dear Sam,\n\nThank you for your interest in joining Ted Harlan as a Visual Merchandiser. Unfortunately, your "
     "application has not been successful on this occasion.\n\nKind regards,\nTed Harlan Recruitment\n",
     "Ted Harlan"),
    ("Ihre Bewerbung",
     "Paul Kessler AG <karriere@paul-kessler.example>",
     "Sehr geehrter Herr Rivera,\n\nwir danken Ihnen für Ihre Bewerbung. Leider können wir Ihnen keine Zusage "
     "geben.\n\nMit freundlichen Grüßen\nPaul Kessler AG\nPersonalwesen\n",
     "Paul Kessler"),
    ("Candidature",
     "Jean Lerouge SA - Recrutement <recrutement@jeanlerouge.example>",
     "Bonjour,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,\n"
     "Le service recrutement\nJean Lerouge SA\n",
     "Jean Lerouge"),
    ("Application update",
     "O'Malley's Bar & Grill <jobs@omalleysbar.example>",
     "Hi Sam,\n\nThanks for applying to O'Malley's. We've filled the bartender position, so we won't be taking your "
     "application further.\n\nCheers,\nThe O'Malley's crew\n",
     ("O'Malley's Bar & Grill", "O'Malley's")),
    ("Ta candidature",
     "L'Orangerie <jobs@lorangerie.example>",
     "Bonjour Sam,\n\nMerci pour ta candidature chez L'Orangerie. Nous ne pouvons pas y donner suite cette fois-ci."
     "\n\nÀ bientôt,\nL'équipe de L'Orangerie\n",
     "L'Orangerie"),
    ("Your application",
     "BrightPath Hiring <hiring@brightpath.example>",
     "Hi Sam,\n\nThanks for applying to BrightPath. We've decided not to move forward with your application.\n\n"
     "Best,\nBrightPath Talent\n",
     "BrightPath"),
    ("Deine Bewerbung bei eKlima",
     "eKlima Team <team@eklima.example>",
     "Hi Sam,\n\nvielen Dank für deine Bewerbung bei eKlima. Leider müssen wir dir absagen.\n\nBeste Grüße\n"
     "Dein eKlima Team\n",
     "eKlima"),
    ("Tu candidatura en iMedia",
     "iMedia Selección <seleccion@imedia.example>",
     "Hola Sam:\n\nGracias por tu candidatura. Lamentamos informarte de que no ha sido seleccionada.\n\n"
     "Un saludo,\nEquipo de Selección de iMedia\n",
     "iMedia"),
    ("Sollicitatie",
     "2Bike Recruitment <werken@2bike.example>",
     "Beste Sam,\n\nBedankt voor je sollicitatie bij 2Bike. Helaas gaan we niet verder met je sollicitatie.\n\n"
     "Groet,\nTeam 2Bike\n",
     "2Bike"),
    ("Candidatura",
     "Recrutamento 360 Imobiliária <rh@360imobiliaria.example>",
     "Olá Sam,\n\nObrigado pela candidatura à 360 Imobiliária. Informamos que não vamos avançar com o seu "
     "processo.\n\nCumprimentos,\nRecursos Humanos\n360 Imobiliária\n",
     "360 Imobiliária"),
    ("Your application",
     "Hiring at Fig & Thistle <hiring@figandthistle.example>",
     "Hi Sam,\n\nThank you for applying. We've chosen another candidate.\n\nWarmly,\nFig & Thistle\n",
     "Fig & Thistle"),
    ("Bewerbung",
     "Müller & Söhne Zimmerei <info@mueller-soehne.example>",
     "Hallo Herr Rivera,\n\ndanke für Ihre Bewerbung. Wir haben die Lehrstelle schon vergeben.\n\nGruß\n"
     "Müller & Söhne Zimmerei\n",
     ("Müller & Söhne Zimmerei", "Müller & Söhne")),
    ("Candidatura",
     "Hermanos Ortiz e Hijos <rrhh@ortizehijos.example>",
     "Estimado Sam:\n\nGracias por su candidatura. Lamentamos comunicarle que el puesto ya está cubierto.\n\n"
     "Atentamente,\nHermanos Ortiz e Hijos, S.L.\n",
     "Hermanos Ortiz e Hijos"),
    ("Sollicitatie",
     "Van 't Hof Installatie <info@vanthof.example>",
     "Beste Sam,\n\nDank voor je sollicitatie. We hebben gekozen voor een andere kandidaat.\n\nMvg,\nVan 't Hof "
     "Installatie\n",
     "Van 't Hof Installatie"),
    ("Candidature - Vendeur",
     "Maison Dupont-Ferrand <contact@dupontferrand.example>",
     "Bonjour,\n\nNous vous remercions pour votre candidature. Nous avons retenu un autre profil.\n\nCordialement,\n"
     "Maison Dupont-Ferrand\n",
     "Maison Dupont-Ferrand"),
    ("Your application",
     "Careers at J.R. Whitlock & Co. <careers@jrwhitlock.example>",
     "Dear Sam,\n\nThank you for applying. We regret that we are unable to offer you an interview.\n\nYours "
     "sincerely,\nJ.R. Whitlock & Co.\n",
     ("J.R. Whitlock & Co.", "J.R. Whitlock")),
    ("Bewerbung",
     "Rhein-Main Verkehrsbetriebe <karriere@rmvb.example>",
     "Sehr geehrter Herr Rivera,\n\nwir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht "
     "berücksichtigen können.\n\nMit freundlichen Grüßen\nRhein-Main Verkehrsbetriebe\n",
     "Rhein-Main Verkehrsbetriebe"),
    ("A sua candidatura",
     "Pão de Açúcar & Cia <rh@paodeacucar-cia.example>",
     "Olá Sam,\n\nObrigado pela candidatura. Infelizmente não foi selecionado.\n\nCumprimentos,\n"
     "Pão de Açúcar & Cia\n",
     "Pão de Açúcar & Cia"),
    ("Your application",
     "no-reply <no-reply@hollowayandgrey.example>",
     "Dear Sam,\n\nThank you for applying to Holloway and Grey. We will not be progressing your application.\n\n"
     "Regards,\nHR\n",
     "Holloway and Grey"),
    ("Tu candidatura",
     "no-reply <no-reply@lopezyvega.example>",
     "Hola Sam,\n\nGracias por tu candidatura a López y Vega Abogados. No vamos a continuar con ella.\n\nSaludos\n",
     ("López y Vega Abogados", "López y Vega")),
]

B10 = [
    # --- a person's display name with the employer beside it ---
    ("Re: Marketing Manager - Ref 1123",
     "Jane Porter (Alderbrook) <jane.porter@alderbrook-hq.example>",
     "Hi Sam,\n\nThank you for your patience. We've now completed the first round and I'm sorry to say we won't "
     "be inviting you to interview.\n\nBest,\nJane\n",
     "Alderbrook"),
    ("Ihre Bewerbung",
     "Miriam Koch | Falkenrot <m.koch@falkenrot.example>",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen absagen.\n\nViele Grüße\nMiriam\n",
     "Falkenrot"),
    ("Votre candidature",
     "Fauve Conseil - Claire Petit <claire@fauve-conseil.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature. Nous ne la retiendrons pas.\n\nBelle journée,\nClaire\n",
     "Fauve Conseil"),
    ("Tu candidatura",
     "Irene de Cierzo Energía <irene@cierzo-energia.example>",
     "Hola Sam,\n\nGracias por tu candidatura. No vamos a seguir adelante con ella.\n\nUn abrazo,\nIrene\n",
     "Cierzo Energía"),
    ("Je sollicitatie",
     "\"Lotte @ Zeefdruk Zuid\" <lotte@zeefdrukzuid.example>",
     "Hoi Sam,\n\nDank je voor je sollicitatie. We gaan helaas niet verder.\n\nGroetjes,\nLotte\n",
     "Zeefdruk Zuid"),
    ("Candidatura",
     "Beatriz da Tinturaria Real <beatriz@tinturariareal.example>",
     "Olá Sam,\n\nObrigada pela candidatura. Infelizmente não vamos avançar.\n\nBeijinhos,\nBeatriz\n",
     "Tinturaria Real"),
    # --- the signature on one line, or only a website -----------------------------------------------------------------
    ("Your application",
     "Tom Hale <tom@quayside.example>",
     "Hi Sam,\n\nThanks for applying. We've decided not to take your application forward.\n\nTom Hale, Quayside "
     "Kayaks\n",
     "Quayside Kayaks"),
    ("Bewerbung",
     "Jonas Pohl <jonas@fahrradhaus-pohl.example>",
     "Hallo Sam,\n\nleider haben wir uns für jemand anderen entschieden.\n\nJonas Pohl – Inhaber – Fahrradhaus Pohl\n",
     "Fahrradhaus Pohl"),
    ("Your application",
     "Rachel <rachel@ivyandoak.example>",
     "Hi Sam,\n\nThanks for getting in touch. I'm afraid we've filled the role.\n\nRachel\nwww.ivyandoak.example\n",
     "Ivyandoak"),
    ("Candidature",
     "Sophie <sophie@boulangerie-arnaud.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature, mais le poste est pourvu.\n\nSophie\n"
     "www.boulangerie-arnaud.example\n",
     "Boulangerie Arnaud"),
    ("Candidatura",
     "Pilar <pilar@vinoteca-ebro.example>",
     "Hola Sam,\n\nGracias, pero ya hemos encontrado a alguien.\n\nPilar\nT. 976 123 456\nvinoteca-ebro.example\n",
     "Vinoteca Ebro"),
    ("Sollicitatie",
     "Joost <joost@kaasboerderij-hoeve.example>",
     "Hoi Sam,\n\nDank je, maar we hebben al iemand gevonden.\n\nJoost\n06-12345678\n",
     "Kaasboerderij Hoeve"),
    # --- a recruiter's personal signature with several lines of title, team and phone ---
    ("Your application for Data Engineer",
     "Priya Nair <priya.nair@lumenhealth.example>",
     "Hi Sam,\n\nThank you for your application for the Data Engineer role. After reviewing it against the other "
     "applications we received, I'm sorry to let you know we won't be progressing it.\n\nBest wishes,\n\n"
     "Priya Nair (she/her)\nSenior Talent Partner, Engineering\nPeople & Culture\nLumen Health\nM: +44 7700 900123\n",
     "Lumen Health"),
    ("Ihre Bewerbung",
     "Stefan Roth <stefan.roth@bergmann-logistik.example>",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber "
     "entschieden haben.\n\nMit freundlichen Grüßen\n\nStefan Roth\nTeamleiter Recruiting\nHR Services\n"
     "Bergmann Logistik\nTel.: +49 40 123456-0\n",
     "Bergmann Logistik"),
    ("Votre candidature",
     "Amélie Girard <a.girard@mistral-assurances.example>",
     "Bonjour Sam,\n\nNous vous remercions pour votre candidature. Nous ne pouvons pas y donner suite.\n\n"
     "Bien cordialement,\n\nAmélie Girard\nChargée de recrutement\nDirection des Ressources Humaines\n"
     "Mistral Assurances\nTél. : 01 23 45 67 89\n",
     "Mistral Assurances"),
    ("Tu candidatura",
     "Jorge Blanco <jblanco@olivares-hnos.example>",
     "Hola Sam,\n\nGracias por tu interés. Hemos decidido no seguir con tu candidatura.\n\nSaludos,\n\n"
     "Jorge Blanco\nTécnico de Selección\nDepartamento de RRHH\nOlivares Hermanos\nTel. 91 123 45 67\n",
     "Olivares Hermanos"),
    ("Je sollicitatie",
     "Femke Bos <femke.bos@dekroon-zorg.example>",
     "Beste Sam,\n\nHelaas gaan we niet verder met je sollicitatie.\n\nMet vriendelijke groet,\n\nFemke Bos\n"
     "Recruiter\nTeam P&O\nZorggroep De Kroon\nT 010 123 4567\n",
     ("Zorggroep De Kroon", "De Kroon")),
    ("A sua candidatura",
     "Marta Reis <marta.reis@atlanticopescas.example>",
     "Olá Sam,\n\nInformamos que não vamos avançar com a sua candidatura.\n\nCumprimentos,\n\nMarta Reis\n"
     "Técnica de Recrutamento\nDireção de Recursos Humanos\nAtlântico Pescas\nTel. +351 21 123 4567\n",
     "Atlântico Pescas"),
]

B11 = [
    # --- other markets' recruiting software ---
    ("Your application for Warehouse Operative",
     "Pinewood Freight <notifications@pinewoodfreight.bamboohr.com>",
     "Hi Sam,\n\nThank you for your interest in the Warehouse Operative position at Pinewood Freight. We have "
     "decided to move forward with other candidates.\n\nBest regards,\nPinewood Freight\n",
     "Pinewood Freight"),
    ("Update from Marlowe Studio",
     "Marlowe Studio <noreply@app.breezy.hr>",
     "Hi Sam,\n\nThanks for applying for the Junior Animator role. While your reel was lovely, we've decided not to "
     "move forward at this time.\n\nMarlowe Studio\n",
     "Marlowe Studio"),
    ("Application status",
     "Hiring Team <hiring@pinpointhq.com>",
     "Dear Sam,\n\nThank you for applying to Ferncliff Schools Trust for the Teaching Assistant vacancy. On this "
     "occasion you have not been shortlisted.\n\nKind regards,\nFerncliff Schools Trust HR\n",
     "Ferncliff Schools Trust"),
    ("Ihre Bewerbung bei der Brauerei Hoflinger",
     "Brauerei Hoflinger <bewerbung@dvinci-hr.com>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Wir bedauern, Ihnen mitteilen zu müssen, dass "
     "wir Sie nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nBrauerei Hoflinger GmbH\n",
     "Brauerei Hoflinger"),
    ("Ihre Bewerbung",
     "noreply@rexx-recruitment.com",
     "Sehr geehrter Herr Rivera,\n\nwir bedanken uns für Ihr Interesse an der Stadtsparkasse Ellerau. Leider "
     "müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen "
     "Grüßen\nStadtsparkasse Ellerau\nPersonal\n",
     "Stadtsparkasse Ellerau"),
    ("Votre candidature",
     "Jobaffinity <noreply@jobaffinity.fr>",
     "Bonjour,\n\nLa société Transports Kerhervé vous remercie de votre candidature au poste de Chauffeur PL. "
     "Nous ne pouvons pas y donner une suite favorable.\n\nCordialement\n",
     "Transports Kerhervé"),
    ("Réponse à votre candidature",
     "Verrerie d'Arlon <no-reply@taleez.com>",
     "Bonjour Sam,\n\nMerci pour l'intérêt porté à la Verrerie d'Arlon. Nous avons décidé de ne pas poursuivre.\n\n"
     "Cordialement,\nL'équipe RH\n",
     "Verrerie d'Arlon"),
    ("Actualización de tu candidatura",
     "Bizneo <noreply@bizneo.com>",
     "Hola Sam,\n\nTe escribimos de parte de Almazara Guadalquivir. Tras revisar tu candidatura, hemos decidido "
     "no continuar.\n\nUn saludo\n",
     "Almazara Guadalquivir"),
    ("Je sollicitatie",
     "Carerix <noreply@carerix.com>",
     "Beste Sam,\n\nNamens Bouwbedrijf Kampen laten we je weten dat we niet verder gaan met je sollicitatie.\n\n"
     "Met vriendelijke groet,\nBouwbedrijf Kampen\n",
     "Bouwbedrijf Kampen"),
    ("Retorno sobre sua candidatura",
     "Kenoby <noreply@kenoby.com>",
     "Olá Sam,\n\nA Sorveteria Jambo agradece sua participação. Infelizmente seu perfil não foi aprovado para a "
     "próxima etapa.\n\nAbraços,\nSorveteria Jambo\n",
     "Sorveteria Jambo"),
    # --- public bodies in formal letters ---
    ("Ihre Bewerbung als Verwaltungsfachangestellte/r",
     "Landratsamt Oberwald <personal@lra-oberwald.example>",
     "Sehr geehrter Herr Rivera,\n\nnach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir uns für "
     "eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nIm Auftrag\nSachgebiet Personal\n"
     "Landratsamt Oberwald\n",
     "Landratsamt Oberwald"),
    ("Proceso selectivo - Auxiliar administrativo",
     "Ayuntamiento de Valdemora <rrhh@valdemora.example>",
     "Estimado Sr. Rivera:\n\nLe comunicamos que no ha superado el proceso de selección.\n\nAtentamente,\n"
     "Área de Recursos Humanos\nAyuntamiento de Valdemora\n",
     "Ayuntamiento de Valdemora"),
    ("Sollicitatie docent",
     "Hogeschool Lindeveld <hr@hs-lindeveld.example>",
     "Geachte heer Rivera,\n\nWij hebben besloten u niet uit te nodigen voor een gesprek.\n\nMet vriendelijke "
     "groet,\nDienst HRM\nHogeschool Lindeveld\n",
     "Hogeschool Lindeveld"),
    ("Procedimento concursal",
     "Câmara Municipal de Vila Serra <rh@cm-vilaserra.example>",
     "Exmo. Senhor,\n\nInformamos que a sua candidatura foi excluída do procedimento.\n\nCom os melhores "
     "cumprimentos,\nDivisão de Recursos Humanos\nCâmara Municipal de Vila Serra\n",
     "Câmara Municipal de Vila Serra"),
    ("Votre candidature",
     "Conseil départemental de la Varenne <recrutement@varenne.example>",
     "Madame, Monsieur,\n\nJ'ai le regret de vous informer que votre candidature n'a pas été retenue.\n\nLe "
     "Président du Conseil départemental\n",
     "Conseil départemental de la Varenne"),
    ("Your application - Planning Officer",
     "Recruitment <recruitment@eastvale.gov.example>",
     "Dear Mr Rivera,\n\nThank you for your application. I regret to inform you that you have not been shortlisted."
     "\n\nYours sincerely,\nHR Services\nEastvale District Council\n",
     "Eastvale District Council"),
    # --- a leading article in the name ---
    ("Sollicitatie",
     "Het Zeilhuis <info@hetzeilhuis.example>",
     "Hoi Sam,\n\nWe hebben iemand anders gekozen. Succes!\n\nGroet,\nHet Zeilhuis\n",
     "Het Zeilhuis"),
    ("Candidature",
     "Les Jardins de Lucie <contact@jardinsdelucie.example>",
     "Bonjour Sam,\n\nMerci pour votre candidature. Le poste est déjà pourvu.\n\nBien à vous,\nLes Jardins de "
     "Lucie\n",
     "Les Jardins de Lucie"),
    ("Candidatura",
     "A Padaria do Bairro <geral@padariadobairro.example>",
     "Olá Sam,\n\nObrigado, mas já contratámos alguém.\n\nCumprimentos,\nA Padaria do Bairro\n",
     ("A Padaria do Bairro", "Padaria do Bairro")),
    ("Candidatura",
     "Los Tilos <empleo@lostilos.example>",
     "Hola Sam,\n\nGracias por tu interés. Ya hemos cubierto la vacante.\n\nSaludos,\nRestaurante Los Tilos\n",
     ("Los Tilos", "Restaurante Los Tilos")),
    ("Bewerbung",
     "Der Kleine Prinz <info@kleiner-prinz-kita.example>",
     "Hallo Sam,\n\nleider haben wir die Stelle bereits besetzt.\n\nViele Grüße\nKita Der Kleine Prinz\n",
     ("Kita Der Kleine Prinz", "Der Kleine Prinz")),
]

B12 = [
    # --- the employer only in the vendor's footer sentence -----------------------------------------------------------
    ("Your application",
     "Hiring Team <no-reply@us.greenhouse-mail.io>",
     "Hi Sam,\n\nThank you for applying. Unfortunately we have decided not to move forward with your application."
     "\n\nBest,\nThe Hiring Team\n\nThis message was sent by Quarrybank via Greenhouse.\n",
     "Quarrybank"),
    ("Application update",
     "Recruiting <noreply@candidates.workablemail.com>",
     "Hi Sam,\n\nThanks for your interest. We won't be moving forward with your application at this time.\n\n"
     "Best regards\n\nMeridale Travel uses Workable to manage its hiring. Privacy policy\n",
     "Meridale Travel"),
    ("Your application",
     "no-reply@hire.lever.co",
     "Hi Sam,\n\nThank you for taking the time to apply. After careful consideration we've decided to move forward "
     "with other candidates.\n\nAll the best\n\nSent on behalf of Copperfield Analytics by Lever.\n",
     "Copperfield Analytics"),
    ("Ihre Bewerbung",
     "noreply@personio.de",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir "
     "uns für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\n"
     "Diese E-Mail wurde im Auftrag der Lindenhof Brotmanufaktur über Personio versendet.\n",
     "Lindenhof Brotmanufaktur"),
    ("Votre candidature",
     "noreply@teamtailor-mail.com",
     "Bonjour Sam,\n\nMerci pour votre candidature. Nous ne donnerons pas suite cette fois-ci.\n\nBien cordialement"
     "\n\nEnvoyé par Atelier Mirabelle via Teamtailor\n",
     "Atelier Mirabelle"),
    ("Tu candidatura",
     "no-reply@smartrecruiters.com",
     "Hola Sam:\n\nGracias por presentar tu candidatura. Hemos decidido seguir con otros candidatos.\n\n"
     "Saludos cordiales\n\nEste correo te lo ha enviado Grupo Hostelero Malvarrosa a través de SmartRecruiters.\n",
     "Grupo Hostelero Malvarrosa"),
    ("Je sollicitatie",
     "noreply@recruitee.com",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We gaan helaas niet verder met je sollicitatie.\n\nGroeten\n\n"
     "Fietsenfabriek Spaak gebruikt Recruitee voor het werven van nieuwe collega's.\n",
     "Fietsenfabriek Spaak"),
    ("A sua candidatura",
     "naoresponda@gupy.com.br",
     "Olá Sam,\n\nAgradecemos sua candidatura. Infelizmente você não seguirá no processo.\n\nAbraços\n\n"
     "Este e-mail foi enviado em nome de Cervejaria Araucária pela Gupy.\n",
     "Cervejaria Araucária"),
    ("Your application",
     "no-reply@ashbyhq.com",
     "Hi Sam,\n\nThank you for your application. We've decided to pursue other candidates for this role.\n\nThanks"
     "\n\nYou received this email because you applied for a job at Tidewell.\n",
     "Tidewell"),
    ("Bewerbung",
     "noreply@join.com",
     "Hallo Sam,\n\nleider müssen wir dir mitteilen, dass wir deine Bewerbung nicht weiter berücksichtigen.\n\n"
     "Viele Grüße\n\nDu erhältst diese E-Mail, weil du dich bei Kletterhalle Nordwand beworben hast.\n",
     "Kletterhalle Nordwand"),
    ("Candidature",
     "noreply@welcomekit.co",
     "Bonjour Sam,\n\nNous ne retenons pas votre candidature pour ce poste.\n\nCordialement\n\nVous recevez cet "
     "e-mail car vous avez postulé chez Librairie Sirène.\n",
     "Librairie Sirène"),
    ("Tu candidatura",
     "noreply@bizneo.com",
     "Hola Sam,\n\nHemos decidido no continuar con tu candidatura.\n\nUn saludo\n\nRecibes este correo porque te "
     "inscribiste en una oferta de Hornos Castellanos.\n",
     "Hornos Castellanos"),
    ("Sollicitatie",
     "noreply@homerun.co",
     "Hoi Sam,\n\nHelaas gaan we niet verder met je sollicitatie.\n\nGroetjes\n\nJe ontvangt deze e-mail omdat je "
     "hebt gesolliciteerd bij Studio Walvis.\n",
     "Studio Walvis"),
    ("Candidatura",
     "noreply@recrutei.com.br",
     "Olá Sam,\n\nSeu perfil não foi selecionado para esta vaga.\n\nAtenciosamente\n\nVocê está recebendo este "
     "e-mail porque se candidatou a uma vaga na Tecelagem Serra Azul.\n",
     "Tecelagem Serra Azul"),
]

B13 = [
    # --- the subject names the employer, the display and the signature do not ---------------------------------------
    ("Northbeam: Application Update",
     "iCIMS <careers@icims.com>",
     "Dear Sam,\n\nThank you for applying. We have reviewed your application and will not be moving forward.\n\n"
     "Sincerely,\nTalent Acquisition\n",
     "Northbeam"),
    ("Thank you for your application at Velthaus AG",
     "SAP SuccessFactors <noreply@successfactors.eu>",
     "Dear Sam,\n\nWe regret to inform you that your application was not successful.\n\nBest regards\n",
     "Velthaus"),
    ("Calloway Foods - Job Application Status",
     "Do Not Reply <noreply@taleo.net>",
     "Dear Sam,\n\nWe have filled the position of Shift Supervisor. Thank you for your interest.\n\nRegards\n",
     "Calloway Foods"),
    ("Update: Brisk Mobility - Fleet Coordinator",
     "no-reply@teamtailor.com",
     "Hi Sam,\n\nThank you for applying. We've decided to continue with other candidates.\n\nKind regards\n",
     "Brisk Mobility"),
    ("Absage - Ihre Bewerbung bei Hallwerk",
     "Bewerbermanagement <noreply@softgarden.io>",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
     "berücksichtigen.\n\nMit freundlichen Grüßen\n",
     "Hallwerk"),
    ("Candidature chez Ombelle – suite donnée",
     "Recrutement <no-reply@flatchr.io>",
     "Bonjour,\n\nNous sommes au regret de ne pas pouvoir donner suite à votre candidature.\n\nCordialement\n",
     "Ombelle"),
    ("Tu candidatura en Calzados Ibarra - Actualización",
     "Notificaciones <no-reply@bizneo.com>",
     "Hola Sam,\n\nLamentamos comunicarte que no continúas en el proceso de selección.\n\nUn saludo\n",
     "Calzados Ibarra"),
    ("Je sollicitatie bij Kroonvast - update",
     "noreply@recruitee.com",
     "Hoi Sam,\n\nHelaas gaan we niet verder met je sollicitatie.\n\nGroeten\n",
     "Kroonvast"),
    ("Atualização: candidatura na Mobilize Seguros",
     "naoresponda@gupy.com.br",
     "Olá Sam,\n\nInfelizmente seu perfil não seguirá para a próxima etapa.\n\nAbraços\n",
     "Mobilize Seguros"),
    # --- a legal name on the display, the brand in the letter ------------------------------------------------------
    ("Your application",
     "Northbeam Holdings, Inc. <northbeam@myworkday.com>",
     "Dear Sam,\n\nThank you for your interest in Northbeam. We have decided to move forward with other "
     "candidates.\n\nNorthbeam Talent Acquisition\n",
     ("Northbeam", "Northbeam Holdings")),
    ("Ihre Bewerbung",
     "Kranwerk Service GmbH & Co. KG <bewerbung@kranwerk.example>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an Kranwerk. Leider haben wir uns anders "
     "entschieden.\n\nIhr Kranwerk-Team\n",
     ("Kranwerk", "Kranwerk Service")),
    ("Candidatura",
     "Lumbre Energía, S.L.U. <rrhh@lumbre.example>",
     "Hola Sam,\n\nGracias por tu interés en Lumbre. No vamos a continuar con tu candidatura.\n\nEquipo Lumbre\n",
     ("Lumbre", "Lumbre Energía")),
    # --- a store or a hotel of a group signs ---
    ("Your application - Store 214",
     "Calloway Retail Careers <careers@callowayretail.example>",
     "Hi Sam,\n\nThank you for your interest in Calloway. Unfortunately we won't be progressing your application "
     "for Sales Assistant at our Leeds store.\n\nKind regards,\nStore Manager\nCalloway – Store 214, Leeds "
     "Trinity\n",
     ("Calloway", "Calloway Retail")),
    ("Votre candidature",
     "Hôtel Miramar <rh@hotelmiramar.example>",
     "Bonjour,\n\nMerci pour votre candidature au poste de réceptionniste. Nous ne pouvons pas y donner suite.\n"
     "\nCordialement,\nHôtel Miramar\nUn établissement du groupe Soleil Hôtels\n",
     "Hôtel Miramar"),
    ("Bewerbung Filiale Köln",
     "Backstube Sommer <filiale.koeln@backstube-sommer.example>",
     "Hallo Sam,\n\nleider haben wir die Stelle in unserer Filiale Köln-Ehrenfeld bereits besetzt.\n\n"
     "Viele Grüße\nBackstube Sommer – Filiale Köln-Ehrenfeld\n",
     "Backstube Sommer"),
    ("Candidatura - Loja Braga",
     "Sapataria Lusa <loja.braga@sapatarialusa.example>",
     "Olá Sam,\n\nAgradecemos a candidatura, mas já preenchemos a vaga na loja de Braga.\n\nCumprimentos,\n"
     "Sapataria Lusa – Loja Braga Parque\n",
     "Sapataria Lusa"),
    ("Sollicitatie filiaal Zwolle",
     "Boekhandel Lettervorm <zwolle@lettervorm.example>",
     "Hoi Sam,\n\nWe hebben voor ons filiaal in Zwolle iemand anders gekozen.\n\nGroet,\nBoekhandel Lettervorm "
     "Zwolle\n",
     ("Boekhandel Lettervorm", "Lettervorm")),
    ("Candidatura - Tienda Gran Vía",
     "Perfumerías Alba <tienda.granvia@perfumeriasalba.example>",
     "Hola Sam,\n\nYa hemos cubierto el puesto en nuestra tienda de Gran Vía. Gracias por tu interés.\n\n"
     "Un saludo,\nPerfumerías Alba · Tienda Gran Vía\n",
     "Perfumerías Alba"),
]

B14 = [
    # --- legal forms the rules may not know, in a footer or a signature -----------------------------------------------
    ("Votre candidature",
     "Contact <contact@menuiserie-arvel.example>",
     "Bonjour,\n\nMerci pour votre candidature. Nous avons retenu un autre candidat.\n\nCordialement,\n"
     "Menuiserie Arvel EURL\n",
     "Menuiserie Arvel"),
    ("Candidature - Assistante dentaire",
     "Secrétariat <secretariat@cabinet-dentaire-loire.example>",
     "Madame, Monsieur,\n\nNous ne pouvons donner une suite favorable à votre candidature.\n\nCordialement,\n"
     "Cabinet Dentaire de la Loire SELARL\n",
     "Cabinet Dentaire de la Loire"),
    ("Candidature",
     "Garage Perrot <garage.perrot@orange.fr>",
     "Bonjour,\n\nLe poste de mécanicien est pourvu, désolé.\n\nGarage Perrot & Fils SNC\n",
     ("Garage Perrot & Fils", "Garage Perrot")),
    ("Candidatura",
     "Cooperativa Olivarera <admin@olivarera-sansebastian.example>",
     "Estimado Sam:\n\nLe informamos de que el puesto ya ha sido cubierto.\n\nAtentamente,\nCooperativa "
     "Olivarera San Sebastián, S.Coop.And.\n",
     "Cooperativa Olivarera San Sebastián"),
    ("Candidatura",
     "Hermanos Gil <hermanosgil@gmail.com>",
     "Hola Sam, ya tenemos a alguien para el puesto. Gracias.\n\nTalleres Hermanos Gil, C.B.\n",
     "Talleres Hermanos Gil"),
    ("Candidatura",
     "Adega Cooperativa <geral@adegavale.example>",
     "Caro Sam,\n\nInformamos que a vaga já foi preenchida.\n\nCumprimentos,\nAdega Cooperativa do Vale, CRL\n",
     "Adega Cooperativa do Vale"),
    ("Sollicitatie",
     "Zuivelcoöperatie Noord <hr@zuivelnoord.example>",
     "Beste Sam,\n\nWe hebben besloten niet verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\n"
     "Zuivelcoöperatie Noord U.A.\n",
     "Zuivelcoöperatie Noord"),
    ("Ihre Bewerbung",
     "Personal <personal@stadtwerke-erlenau.example>",
     "Sehr geehrter Herr Rivera,\n\nwir haben uns für eine andere Bewerberin entschieden.\n\nMit freundlichen "
     "Grüßen\nKommunalunternehmen Erlenau AöR\n",
     "Kommunalunternehmen Erlenau"),
    ("Your application",
     "Jobs <jobs@greenspace-cic.example>",
     "Dear Sam,\n\nThank you for applying. Unfortunately you have not been shortlisted.\n\nBest wishes,\n"
     "Greenspace Growers CIC\n",
     "Greenspace Growers"),
    ("Your application",
     "HR <hr@bakerwhite-law.example>",
     "Dear Sam,\n\nWe regret that we are unable to offer you an interview.\n\nSincerely,\nBaker White PLLC\n",
     "Baker White"),
    ("Your application",
     "Careers <careers@ironbridge-capital.example>",
     "Dear Sam,\n\nThank you for your interest. We will not be proceeding with your application.\n\nRegards,\n"
     "Ironbridge Capital Partners, L.P.\n",
     "Ironbridge Capital Partners"),
    ("Bewerbung",
     "Sekretariat <info@moeller-rechtsanwaelte.example>",
     "Sehr geehrter Herr Rivera,\n\nwir haben die Stelle bereits besetzt.\n\nMit freundlichen Grüßen\n"
     "Möller & Partner Rechtsanwälte PartGmbB\n",
     ("Möller & Partner Rechtsanwälte", "Möller & Partner")),
    ("Candidature",
     "RH <rh@brasserie-nord.example>",
     "Bonjour,\n\nVotre candidature n'a pas été retenue.\n\nCordialement,\nBrasserie du Nord SAS au capital de "
     "10 000 €\n",
     "Brasserie du Nord"),
    ("Sollicitatie",
     "Administratie <info@bakkerij-smits.example>",
     "Beste Sam,\n\nDe vacature is helaas al vervuld.\n\nMet vriendelijke groet,\nBakkerij Smits V.O.F.\n",
     "Bakkerij Smits"),
    ("Candidatura",
     "Contabilidade <geral@marques-contas.example>",
     "Caro Sam,\n\nNão vamos avançar com a sua candidatura.\n\nCumprimentos,\nMarques & Contas - Contabilidade, "
     "Unipessoal Lda.\n",
     ("Marques & Contas", "Marques & Contas - Contabilidade")),
    ("Candidatura",
     "RH <rh@padaria-trigo.example>",
     "Olá Sam,\n\nA vaga já foi preenchida.\n\nAtenciosamente,\nPadaria Trigo Dourado ME\n",
     "Padaria Trigo Dourado"),
]

B15 = [
    # --- an address block under the signature, no legal form --------------------------------------------------------
    ("Bewerbung",
     "Jana Wolff <jana@kd-kaffee.example>",
     "Hallo Sam,\n\nleider haben wir uns für jemand anderen entschieden.\n\nViele Grüße\nJana Wolff\n\n"
     "Kaffeehaus Dreiklang\nLange Straße 14\n26122 Oldenburg\n",
     "Kaffeehaus Dreiklang"),
    ("Sollicitatie",
     "Mark de Wit <mark@vhz.example>",
     "Beste Sam,\n\nWe gaan niet verder met je sollicitatie.\n\nMet vriendelijke groet,\nMark de Wit\n\n"
     "Verhuisbedrijf Zwaluw\nIndustrieweg 22\n8912 AB Leeuwarden\n",
     "Verhuisbedrijf Zwaluw"),
    ("Candidature",
     "Hugo Bernard <hugo@atelier-b.example>",
     "Bonjour Sam,\n\nNous n'avons pas retenu votre candidature.\n\nCordialement,\nHugo Bernard\n\n"
     "Atelier Bernard Ébénisterie\n7 rue des Artisans\n69003 Lyon\n",
     "Atelier Bernard Ébénisterie"),
    ("Candidatura",
     "Rosa Medina <rosa@ctm.example>",
     "Hola Sam,\n\nNo vamos a seguir con tu candidatura.\n\nSaludos,\nRosa Medina\n\nClínica Veterinaria "
     "Triana\nC/ Pureza 31\n41010 Sevilla\n",
     "Clínica Veterinaria Triana"),
    ("Candidatura",
     "Paulo Neves <paulo@mcn.example>",
     "Olá Sam,\n\nNão vamos avançar com a sua candidatura.\n\nCumprimentos,\nPaulo Neves\n\nMarcenaria "
     "Neves & Filhos\nRua do Souto 12\n4700-329 Braga\n",
     "Marcenaria Neves & Filhos"),
    ("Your application",
     "Ellie Ward <ellie@wh.example>",
     "Hi Sam,\n\nWe won't be taking your application further.\n\nThanks,\nEllie Ward\n\nWillow House Nursery\n"
     "14 Church Road\nYork YO1 7HH\n",
     "Willow House Nursery"),
    # --- the employer's earlier mail quoted under its answer ---
    ("Re: Interview invitation - Data Analyst",
     "Grace Kim <grace.kim@outlook.com>",
     "Hi Sam,\n\nFollowing your interview, I'm sorry to say we've decided to offer the role to another candidate."
     "\n\nGrace\n\nOn Mon, 2 Mar 2026, Grace Kim wrote:\n> Hi Sam, we'd love to invite you to interview for the "
     "Data Analyst role at Orchard Metrics. Would Thursday work?\n> Grace, Orchard Metrics\n",
     "Orchard Metrics"),
    ("AW: Einladung zum Vorstellungsgespräch",
     "Tim Becker <tim.becker@gmx.de>",
     "Hallo Sam,\n\nnach dem Gespräch haben wir uns leider für einen anderen Bewerber entschieden.\n\nTim\n\n"
     "-----Ursprüngliche Nachricht-----\nVon: Tim Becker\nBetreff: Einladung zum Vorstellungsgespräch\n\n"
     "Hallo Sam, wir möchten Sie gern zu einem Gespräch bei der Tischlerei Eichenholz einladen.\n",
     "Tischlerei Eichenholz"),
    ("RE: Entretien",
     "Léa Martin <lea.martin@free.fr>",
     "Bonjour Sam,\n\nSuite à notre entretien, nous avons choisi un autre candidat.\n\nLéa\n\n"
     "De : Léa Martin\nObjet : Entretien\n\nBonjour Sam, je vous propose un entretien mardi chez Fleurs de "
     "Saison, place du marché.\n",
     "Fleurs de Saison"),
    # --- the name in quotes, or in a greeting from the business -----------------------------------------------------
    ("Your application",
     "Bean There <hello@beanthere.example>",
     "Hi Sam,\n\nGreetings from everyone at \"Bean There\"! Thanks for applying to be a barista, but we've found "
     "someone.\n\nCheers\n",
     "Bean There"),
    ("Bewerbung",
     "Gasthaus <info@gasthaus-zur-linde.example>",
     "Hallo Sam,\n\nherzliche Grüße aus dem Gasthaus \"Zur Linde\". Leider ist die Stelle als Koch schon "
     "vergeben.\n\nFamilie Huber\n",
     ("Gasthaus Zur Linde", "Zur Linde")),
    ("Candidatura",
     "Restaurante <reservas@elrincondepaco.example>",
     "Hola Sam,\n\nUn saludo desde el restaurante «El Rincón de Paco». Ya hemos cubierto el puesto de camarero."
     "\n\nPaco\n",
     ("El Rincón de Paco", "Restaurante El Rincón de Paco")),
]

B16 = [
    # --- an employer whose name holds a vendor's word -----------------------------------------------------------------
    ("Your application",
     "Greenhouse Gardens <jobs@greenhousegardens.example>",
     "Hi Sam,\n\nThanks for applying to work at Greenhouse Gardens. We've filled the weekend role and won't take "
     "your application further.\n\nBest,\nThe Greenhouse Gardens team\n",
     "Greenhouse Gardens"),
    ("Your application",
     "Lever & Pulley <careers@leverandpulley.example>",
     "Dear Sam,\n\nThank you for applying to Lever & Pulley Engineering. We regret to say you have not been "
     "shortlisted.\n\nKind regards,\nLever & Pulley Engineering\n",
     ("Lever & Pulley Engineering", "Lever & Pulley")),
    ("Bewerbung",
     "Join Kaffeebar <hallo@join-kaffeebar.example>",
     "Hallo Sam,\n\ndanke für deine Bewerbung. Wir haben schon jemanden gefunden.\n\nLiebe Grüße\nJoin Kaffeebar\n",
     "Join Kaffeebar"),
    # --- initials beside a word ---
    ("Ihre Bewerbung",
     "KMB Logistik <bewerbung@kmb-logistik.example>",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nKMB Logistik GmbH\n",
     "KMB Logistik"),
    ("Sollicitatie",
     "ABC Zorg <werving@abczorg.example>",
     "Beste Sam,\n\nWe gaan niet verder met je sollicitatie.\n\nGroet,\nABC Zorg\n",
     "ABC Zorg"),
    ("Candidatura",
     "GHL Ingeniería <rrhh@ghl-ingenieria.example>",
     "Hola Sam,\n\nNo vamos a seguir con tu candidatura.\n\nSaludos,\nGHL Ingeniería\n",
     "GHL Ingeniería"),
    # --- the employer only in a reply's subject ---
    ("Re: Ihre Bewerbung bei der Schreinerei Holzapfel",
     "Martin Holzapfel <m.holzapfel@t-online.de>",
     "Hallo Herr Rivera,\n\nleider habe ich die Stelle schon vergeben.\n\nGruß\nMartin Holzapfel\n",
     "Schreinerei Holzapfel"),
    ("Re: Candidature - Boulangerie Tessier",
     "Marc Tessier <marc.tessier@orange.fr>",
     "Bonjour,\n\nLe poste est déjà pris, désolé.\n\nMarc\n",
     "Boulangerie Tessier"),
    ("RE: Solicitud de empleo - Carpintería Ruiz",
     "Antonio Ruiz <antonioruiz64@hotmail.com>",
     "Hola,\n\nYa hemos cogido a otra persona. Gracias.\n\nAntonio\n",
     "Carpintería Ruiz"),
    ("Re: Sollicitatie Bloemenhuis Iris",
     "Iris Jansen <irisjansen@hotmail.com>",
     "Hoi Sam,\n\nSorry, ik heb al iemand gevonden.\n\nIris\n",
     "Bloemenhuis Iris"),
    ("Re: Your application to Harbour Lights Café",
     "Beth Cole <bethcole77@gmail.com>",
     "Hi Sam, sorry, the job's gone. Beth\n",
     "Harbour Lights Café"),
    # --- a former name beside the new ---
    ("Your application",
     "Careers <careers@northlight-energy.example>",
     "Dear Sam,\n\nThank you for applying to Northlight Energy (formerly Baxter Power). Unfortunately we won't be "
     "progressing your application.\n\nKind regards,\nNorthlight Energy Talent Team\n",
     "Northlight Energy"),
    ("Ihre Bewerbung",
     "Karriere <karriere@valtera.example>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Valtera AG (ehemals Hofmann Technik). "
     "Leider können wir Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\nValtera AG\n",
     "Valtera"),
    ("Candidature",
     "Recrutement <recrutement@aubrac-mutuelle.example>",
     "Bonjour,\n\nMerci de votre intérêt pour Aubrac Mutuelle (ex-Mutuelle du Rouergue). Nous ne donnerons pas "
     "suite à votre candidature.\n\nCordialement,\nAubrac Mutuelle\n",
     "Aubrac Mutuelle"),
]

B17 = [
    # --- a run-together domain whose name the letter writes once, somewhere ------------------------------------------
    ("Your application",
     "Jobs <jobs@fishandfig.example>",
     "Hi Sam,\n\nThanks for applying to Fish & Fig. We've filled the commis chef role.\n\nBest,\nOwen\n",
     "Fish & Fig"),
    ("Sollicitatie",
     "Info <info@peperenzout.example>",
     "Hoi Sam,\n\nWe hebben iemand anders gevonden.\n\nGroetjes,\nTeam Peper en Zout\n",
     "Peper en Zout"),
    ("Candidatura",
     "Empleo <empleo@panyvino.example>",
     "Hola Sam,\n\nGracias por escribir a Pan y Vino. Ya hemos cubierto el puesto.\n\nUn saludo,\nLuis\n",
     "Pan y Vino"),
    ("Candidatura",
     "Geral <geral@paoecafe.example>",
     "Olá Sam,\n\nJá encontrámos alguém, obrigado.\n\nCumprimentos,\nAna\nPão e Café\n",
     "Pão e Café"),
    ("Candidature chez Sel & Poivre",
     "Contact <contact@seletpoivre.example>",
     "Bonjour,\n\nLe poste est pourvu, merci de votre intérêt.\n\nÉmilie\n",
     "Sel & Poivre"),
    ("Bewerbung",
     "Team <team@kornundkrume.example>",
     "<html><body><img src='cid:logo' alt='Korn &amp; Krume Backstube'><p>Hallo Sam,</p><p>leider ist die Stelle "
     "schon vergeben.</p><p>Viele Grüße<br>Lea</p></body></html>",
     ("Korn & Krume Backstube", "Korn & Krume")),
    ("Your application",
     "Hello <hello@threebirdsdesign.example>",
     "Hi Sam,\n\nThanks for applying to Three Birds Design. We've chosen someone else this time.\n\nMia\n",
     "Three Birds Design"),
    ("Sollicitatie",
     "Werk <werk@degroenevlinder.example>",
     "Hoi Sam,\n\nBedankt voor je brief aan De Groene Vlinder. We gaan niet verder met je sollicitatie.\n\n"
     "Groet,\nSanne\n",
     "De Groene Vlinder"),
    ("Candidatura",
     "Rrhh <rrhh@lacasaazul.example>",
     "Hola Sam,\n\nGracias por tu interés en La Casa Azul. No seguiremos con tu candidatura.\n\nSaludos,\nMarta\n",
     "La Casa Azul"),
    ("Bewerbung",
     "Jobs <jobs@diekleinewerkstatt.example>",
     "Hallo Sam,\n\ndanke für deine Bewerbung bei der Kleinen Werkstatt. Wir haben uns für jemand anderen "
     "entschieden.\n\nGrüße\nPaul\n",
     ("Die Kleine Werkstatt", "Kleine Werkstatt")),
    # --- never written: the domain's word, as it is ------------------------------------------------------------------
    ("Candidatura",
     "Rui <rui@ondamar.example>",
     "Olá Sam,\n\nObrigado, mas não vamos avançar.\n\nRui\n",
     "Ondamar"),
    ("Bewerbung",
     "Kai <kai@holzwurm.example>",
     "Hallo Sam,\n\nleider nein, die Stelle ist weg.\n\nKai\n",
     "Holzwurm"),
]

B18 = [
    # --- ATS mails as HTML: headers, bold names, tables, footers ---
    ("Your application",
     "Careers <no-reply@myworkday.com>",
     "<html><head><title>Kestrel Aviation</title></head><body><table width='100%'><tr><td style='background:#003'>"
     "<h1 style='color:#fff'>Kestrel Aviation</h1></td></tr><tr><td><p>Dear Sam,</p><p>Thank you for applying for "
     "the Aircraft Technician position. After careful review we have decided to pursue other candidates.</p><p>"
     "Sincerely,<br>Talent Acquisition</p></td></tr><tr><td style='font-size:10px'>This is an automated message. "
     "<a href='https://kestrel.wd3.myworkdayjobs.com'>Careers site</a></td></tr></table></body></html>",
     "Kestrel Aviation"),
    ("Thanks for applying",
     "no-reply@us.greenhouse-mail.io",
     "<html><body><p>Hi Sam,</p><p>Thanks for your interest in <strong>Tallis Robotics</strong>! Unfortunately, we "
     "won't be moving forward with your application for Controls Engineer.</p><p>Best,<br>Recruiting</p>"
     "</body></html>",
     "Tallis Robotics"),
    ("Update zu Ihrer Bewerbung",
     "no-reply@smartrecruiters.com",
     "<html><body><div style='text-align:center'><img src='https://c.smartrecruiters.com/logo/123.png' "
     "alt='Ostwind Maschinenbau'></div><p>Sehr geehrter Herr Rivera,</p><p>leider müssen wir Ihnen mitteilen, "
     "dass wir Ihre Bewerbung nicht berücksichtigen können.</p><p>Mit freundlichen Grüßen</p><p style='color:#999'>"
     "Powered by SmartRecruiters</p></body></html>",
     "Ostwind Maschinenbau"),
    ("Votre candidature",
     "noreply@teamtailor-mail.com",
     "<html><body><table><tr><td><b>Maison Verdier</b></td></tr><tr><td>Bonjour Sam,<br><br>Merci pour votre "
     "candidature. Nous ne donnerons pas suite.<br><br>L'équipe</td></tr></table></body></html>",
     "Maison Verdier"),
    ("Tu candidatura",
     "no-reply@workablemail.com",
     "<html><body><h2>Cerámicas Lorca</h2><p>Hola Sam,</p><p>Gracias por tu candidatura. Lamentablemente no "
     "continuaremos con ella.</p><p>Saludos</p><hr><p style='font-size:11px'>Enviado con Workable</p></body></html>",
     "Cerámicas Lorca"),
    ("Je sollicitatie",
     "noreply@recruitee.com",
     "<html><body><table width='600'><tr><td align='center'><img src='logo.png' alt='Logo Waddenvis'></td></tr>"
     "<tr><td><p>Hoi Sam,</p><p>Helaas gaan we niet verder met je sollicitatie.</p><p>Groetjes</p></td></tr>"
     "</table></body></html>",
     "Waddenvis"),
    ("A sua candidatura",
     "naoresponda@gupy.com.br",
     "<html><body><p>Olá Sam,</p><p>Agradecemos seu interesse em fazer parte da <b>Construtora Ipanema</b>. "
     "Infelizmente, seu perfil não avançará nesta vaga.</p><p>Abraços,<br>Time de Recrutamento</p></body></html>",
     "Construtora Ipanema"),
    ("Your application",
     "Talent <no-reply@ashbyhq.com>",
     "<html><body><p>Hi Sam,</p><p>Thank you for applying. We have decided not to move forward.</p><p>Best,</p>"
     "<p>The team at <a href='https://quillwork.example'>Quillwork</a></p></body></html>",
     "Quillwork"),
    ("Ihre Bewerbung",
     "noreply@personio.de",
     "<html><body><p>Hallo Sam,</p><p>leider haben wir uns für andere Kandidat:innen entschieden.</p><p>Viele "
     "Grüße</p><p><strong>Brotzeit Manufaktur GmbH</strong><br>Am Markt 3<br>80331 München</p></body></html>",
     "Brotzeit Manufaktur"),
    ("Candidature",
     "noreply@jobaffinity.fr",
     "<html><body><p>Bonjour,</p><p>Nous vous informons que votre candidature n'a pas été retenue.</p><p>"
     "Cordialement,</p><p>Le service RH<br><b>Clinique des Tilleuls</b></p></body></html>",
     "Clinique des Tilleuls"),
]

B19 = [
    # --- footers in other shapes: a registered office, a phone line, a company number --------------------------------
    ("Your application",
     "Hannah Reid <h.reid@ptl.example>",
     "Dear Sam,\n\nThank you for your application. Unfortunately you have not been successful on this occasion."
     "\n\nKind regards,\nHannah Reid\nHR Coordinator\n\nRegistered office: Pennine Textiles Ltd, Mill Street, "
     "Halifax HX1 2AB. Company no. 01234567.\n",
     "Pennine Textiles"),
    ("Your application",
     "Omar Shah <omar@bcl.example>",
     "Hi Sam,\n\nWe won't be progressing your application, sorry.\n\nOmar Shah | Operations Director | "
     "Brookfield Courier Logistics | 0161 555 0199\n",
     "Brookfield Courier Logistics"),
    ("Bewerbung",
     "Eva Lang <e.lang@hzw.example>",
     "Sehr geehrter Herr Rivera,\n\nleider können wir Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\n"
     "Eva Lang\nPersonalreferentin\n\nHotel Zum Wilden Mann · Marktplatz 1 · 91541 Rothenburg · Tel. 09861 12345\n",
     "Hotel Zum Wilden Mann"),
    ("Candidature",
     "Nadia Roux <n.roux@cdl.example>",
     "Bonjour,\n\nVotre candidature n'a pas été retenue.\n\nCordialement,\nNadia Roux\nAssistante RH\n\n"
     "Caves de Loire | 12 route de Saumur, 49400 Chacé | 02 41 00 00 00\n",
     "Caves de Loire"),
    ("Candidatura",
     "Lucas Vidal <lvidal@tdn.example>",
     "Hola Sam,\n\nNo continuaremos con tu candidatura.\n\nSaludos,\nLucas Vidal\nResponsable de Personas\n\n"
     "Transportes del Norte · Av. de la Industria 5 · 33400 Avilés · Tel. 985 000 000\n",
     "Transportes del Norte"),
    ("Sollicitatie",
     "Bas Kok <bas@tbh.example>",
     "Beste Sam,\n\nWe gaan niet verder met je sollicitatie.\n\nGroet,\nBas Kok\nTeamleider\n\nTuinbouw "
     "Hoogeveen | Veenweg 8 | 7901 AA Hoogeveen | 0528 123 456\n",
     "Tuinbouw Hoogeveen"),
    ("Candidatura",
     "Sofia Matos <sofia@qpm.example>",
     "Olá Sam,\n\nNão vamos avançar com a sua candidatura.\n\nCumprimentos,\nSofia Matos\nRecursos Humanos\n\n"
     "Quinta do Pinhal Manso · Estrada Nacional 2, km 40 · 5050-000 Peso da Régua\n",
     "Quinta do Pinhal Manso"),
    ("Your application",
     "Leo Park <leo@gsd.example>",
     "Hi Sam,\n\nThanks, but we've gone with another candidate.\n\nLeo\n--\nLeo Park · Studio Lead\n"
     "Gridshift Design · 44 Canal Walk, Manchester M1 3LF\n",
     "Gridshift Design"),
    ("Bewerbung",
     "Anna Berg <a.berg@wmk.example>",
     "Hallo Sam,\n\nleider müssen wir dir absagen.\n\nViele Grüße\nAnna\n\nWeingut Mühlental KG · "
     "Weinbergstraße 3 · 67146 Deidesheim\n",
     "Weingut Mühlental"),
    ("Candidature",
     "Paul Martin <p.martin@ebl.example>",
     "Bonjour,\n\nNous ne retiendrons pas votre candidature.\n\nPaul Martin\nGérant\n\nÉlectricité Bastien "
     "Lefèvre - 3 impasse des Lilas - 35000 Rennes - SIRET 123 456 789 00010\n",
     "Électricité Bastien Lefèvre"),
]

B20 = [
    # --- mixed: regions, brands of a group, an ATS's account name with digits, an assistant's signature -------------
    ("Your application",
     "Talent Acquisition EMEA <ta-emea@norvane.example>",
     "Dear Sam,\n\nThank you for your interest in Norvane. We will not be progressing your application.\n\n"
     "Kind regards,\nTalent Acquisition | Norvane EMEA\n",
     ("Norvane", "Norvane EMEA")),
    ("Ihre Bewerbung",
     "Karriere <karriere@alpenmilch.example>",
     "Sehr geehrter Herr Rivera,\n\nleider können wir Sie nicht berücksichtigen.\n\nMit freundlichen Grüßen\n"
     "Alpenmilch – eine Marke der Bergland Molkerei eG\n",
     "Alpenmilch"),
    ("Candidature",
     "Recrutement <recrutement@biscuiterie-dorée.example>",
     "Bonjour,\n\nNous ne retenons pas votre candidature.\n\nCordialement,\nBiscuiterie Dorée, une marque du "
     "groupe Farinel\n",
     "Biscuiterie Dorée"),
    ("Tu candidatura",
     "Selección <seleccion@aguasclaras.example>",
     "Hola Sam,\n\nNo continuaremos con tu candidatura.\n\nSaludos,\nAguas Claras (Grupo Hidronor)\n",
     "Aguas Claras"),
    ("Sollicitatie",
     "Werving <werving@stroopwafelfabriek.example>",
     "Beste Sam,\n\nWe gaan niet verder met je sollicitatie.\n\nGroet,\nDe Stroopwafelfabriek, onderdeel van "
     "Zoetwaren Groep Noord\n",
     ("De Stroopwafelfabriek", "Stroopwafelfabriek")),
    ("A sua candidatura",
     "RH <rh@sumosdovale.example>",
     "Olá Sam,\n\nNão vamos avançar com a sua candidatura.\n\nCumprimentos,\nSumos do Vale – uma empresa do "
     "Grupo Frutalusa\n",
     "Sumos do Vale"),
    ("Your application",
     "bluepeak2@myworkday.com",
     "Dear Sam,\n\nThank you for applying to Bluepeak. We have decided to move forward with other candidates."
     "\n\nBluepeak Talent Acquisition\n",
     "Bluepeak"),
    ("Your application",
     "Executive Assistant to the CEO <ea@marrowfield.example>",
     "Dear Sam,\n\nOn behalf of our CEO, thank you for your application for the Chief of Staff role. We will not "
     "be taking it further.\n\nKind regards,\nLaura Finch\nExecutive Assistant to the CEO\nMarrowfield\n",
     "Marrowfield"),
    ("Bewerbung als Assistenz der Geschäftsführung",
     "Sekretariat der Geschäftsführung <sekretariat@vogtland-textil.example>",
     "Sehr geehrter Herr Rivera,\n\nim Auftrag unserer Geschäftsführung teile ich Ihnen mit, dass wir uns für "
     "eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nSekretariat der Geschäftsführung\n"
     "Vogtland Textil\n",
     "Vogtland Textil"),
    ("Votre candidature",
     "Assistante de direction <direction@cabinet-moreau.example>",
     "Madame, Monsieur,\n\nMaître Moreau m'a chargée de vous informer que votre candidature n'a pas été retenue."
     "\n\nCordialement,\nL'assistante de direction\nCabinet Moreau Avocats\n",
     ("Cabinet Moreau Avocats", "Cabinet Moreau")),
]

CASES = B1 + B2 + B3 + B4 + B5 + B6 + B7 + B8 + B9 + B10 + B11 + B12 + B13 + B14 + B15 + B16 + B17 + B18 + B19 + B20

# the letters whose employer no rule reads yet, each with its cause (strict: take one off when it passes)
GAPS = {
    "Die Kleine Werkstatt": "written declined after 'bei der' ('der Kleinen Werkstatt'): the domain spells the "
                            "nominative; undoing German adjective endings is not worth a rule",
    "Bloemenhuis Iris": "only in a reply's subject after 'Sollicitatie' with no separator: the words after it are the "
                        "position as often ('Sollicitatie Medewerker Bediening'), and '-huis' is no sector ending "
                        "(surnames end so)",
}
# letters the rules do not call rejections (a detection gap, not a company one): their company is still read
NOT_CALLED = {
    "360 Imobiliária": "'Informamos que não vamos avançar com o seu processo' (no 'candidatura' in the sentence)",
    "Harbour Lights Café": "'sorry, the job's gone' in a one-line reply",
}


@pytest.mark.parametrize(("subject", "sender", "body", "want"), gap_params(CASES, NOT_CALLED), ids=ids(CASES))
def test_each_is_called_a_rejection(subject: str, sender: str, body: str, want: str | tuple[str, ...]) -> None:
    assert called_rejection(subject, sender, body)


# (a tuple: the ways a person writes the same employer, "Tessaro" and "Tessaro Deutschland": either is right)
@pytest.mark.parametrize(("subject", "sender", "body", "want"), gap_params(CASES, GAPS), ids=ids(CASES))
def test_the_employer_is_read(subject: str, sender: str, body: str, want: str | tuple[str, ...]) -> None:
    got = company(body, sender, subject)
    assert any(same(got, w) for w in (want if isinstance(want, tuple) else (want,))), got


# the recruiting software's own legal footer is never the employer, however like a company's line it reads
@pytest.mark.parametrize(("sender", "footer"), [
    ("Hiring <noreply@personio.de>", "Personio SE & Co. KG · Seidlstraße 3 · 80335 München"),
    ("Gupy <naoresponda@gupy.com.br>", "Gupy Tecnologia em Recrutamento e Seleção Ltda. · Av. Paulista, 1000 "
     "· São Paulo"),
    ("Recruiting <no-reply@smartrecruiters.com>", "SmartRecruiters Inc. | 225 Bush Street | San Francisco, CA 94104"),
    ("Bewerbermanagement <noreply@softgarden.io>", "softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin"),
])
def test_the_vendors_legal_footer_is_no_employer(sender: str, footer: str) -> None:
    body = f"Hi Sam,\n\nWe have decided not to move forward with your application.\n\nThe Hiring Team\n\n{footer}\n"
    got = company(body, sender, "Your application")
    assert got is None or footer.split()[0].lower() not in got.lower(), got


# a vendor's role mailbox or its own name in the mailbox names no employer (only an account name does)
@pytest.mark.parametrize("sender", ["jobs-noreply@linkedin.com", "indeedapply@indeed.com",
                                    "candidates@workable.com", "notifications@app.ashbyhq.com",
                                    "recruiting-team@myworkday.com"])
def test_a_vendors_own_mailbox_is_no_employer(sender: str) -> None:
    body = "Hi Sam,\n\nWe have decided not to move forward with your application.\n\nThe Hiring Team\n"
    assert company(body, sender, "Your application") is None


# a thanks that opens a short reply ("Dank je, maar ...") is no signature line; a trade first is a job title
@pytest.mark.parametrize(("subject", "body", "not_it"), [
    ("Sollicitatie", "Hoi Sam,\n\nDank je, maar we hebben al iemand gevonden.\n\nJoost\n", "Dank je"),
    ("Bewerbung", "Hallo Sam,\n\nVielen Dank, aber die Stelle ist schon weg.\n\nJonas\n", "Vielen Dank"),
    ("Candidatura", "Hola Sam,\n\nMuchas gracias, pero ya hemos encontrado a alguien.\n\nPilar\n", "Muchas gracias"),
    ("Application - Bakery Assistant", "Hi Sam,\n\nSorry, the job's gone to someone else now.\n\nDev\n",
     "Bakery Assistant"),
])
def test_a_thanks_or_a_title_is_no_employer(subject: str, body: str, not_it: str) -> None:
    assert not same(company(body, "Someone <someone.1987@gmail.com>", subject), not_it)
