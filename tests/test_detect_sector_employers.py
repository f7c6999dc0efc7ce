"""Employers whose own words are the words of something other than a job: schools, nurseries and universities (a
place, an admission), banks and insurers (a loan, a policy), letting agents (a flat), venues (tickets), publishers and
journals (a paper), grant bodies (a grant), clubs (a membership) and shops (an order, a refund). Their rejections of
the reader's application for a post there name the sector word in or near the decision ("the school has appointed",
"le stage a été attribué à une étudiante de ton école", "our lettings team", "the box office"), and must still be
found; the look-alikes are the thing itself refused (the loan, the flat, the child's school place, the paper, the
membership, a refund) and must stay vetoed. Also a real no followed by "your application remains active in our
talent pool", which is no candidacy going on. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Morgan Ellis <morgan@ellis.example>"

REJECTIONS = [
    # --- English: schools, nannies, universities
    ('Year 4 class teacher',
     'Dear Sam,\n\nThank you for applying for the Year 4 class teacher post and for visiting the school last week. '
     'After careful consideration the school has decided to appoint another candidate.\n\nWe wish you every '
     'success.\n\nKind regards,\nHeadteacher'),
    ('Nanny position',
     'Hi Sam,\n\nThank you so much for meeting us about the nanny position. We have decided to go with another '
     'candidate who can also do the school pick-ups on Fridays.\n\nAll the best with your search,\nClaire'),
    ('Teaching assistant vacancy',
     'Dear Sam,\n\nThank you for your application for the teaching assistant vacancy at our school. Unfortunately '
     'you have not been shortlisted for interview on this occasion.\n\nYours sincerely,\nSchool Business Manager'),
    ('Admissions Assistant',
     'Dear Sam,\n\nThank you for your interest in the Admissions Assistant role. The admissions office has reviewed '
     'all applications and regrettably we will not be progressing your application.\n\nBest wishes,\n'
     'People Services, University of Northbridge'),
    ('Your application: Lecturer in Chemistry',
     'Dear Dr Rivera,\n\nThank you for applying for the post of Lecturer in the School of Chemistry. I am sorry to '
     'tell you that the panel has decided not to invite you to interview.\n\nRegards,\nHR Services'),
    # --- English: banks, insurers, letting agents, venues, publishers, grant bodies, clubs, shops
    ('Mortgage Adviser vacancy',
     'Dear Sam,\n\nThank you for applying for the Mortgage Adviser vacancy. Unfortunately we have decided not to take '
     'your application forward.\n\nKind regards,\nTalent Team, Harbour Building Society'),
    ('Your application',
     'Dear Sam,\n\nThank you for your application to join our home insurance claims team as a Claims Handler. '
     'Unfortunately on this occasion your application has been unsuccessful.\n\nKind regards,\nRecruitment'),
    ('Lettings Negotiator',
     'Hi Sam,\n\nThanks for coming in to meet the lettings team on Tuesday. I am sorry to say we have offered the '
     'role to another candidate.\n\nBest,\nJo, Branch Manager'),
    ('Box office assistant',
     'Dear Sam,\n\nThank you for applying to work in our box office selling tickets for the summer season. We received '
     'many strong applications and unfortunately you have not been successful this time.\n\nBest wishes,\n'
     'Front of House Manager'),
    ('Editorial Assistant',
     'Dear Sam,\n\nThank you for your application for the Editorial Assistant position on the journal. I am afraid '
     'we have decided to offer the post to another applicant.\n\nWith best wishes,\nManaging Editor'),
    ('Grants Officer',
     'Dear Sam,\n\nThank you for your interest in the Grants Officer post. Following shortlisting, we regret that your '
     'application will not be taken further.\n\nKind regards,\nHR, Riverside Community Foundation'),
    ('Membership Coordinator',
     'Dear Sam,\n\nThank you for applying for the Membership Coordinator role at the club. After interviews we have '
     'appointed another candidate.\n\nKind regards,\nClub Secretary'),
    ('Customer Service Advisor',
     'Hi Sam,\n\nThanks for applying to be a Customer Service Advisor in our online shop team, handling orders and '
     'refunds. Unfortunately we will not be moving forward with your application.\n\nBest,\nPeople Team'),
    # --- English: a real no, then the talent pool
    ('Your application for Data Analyst',
     'Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be moving forward with '
     'your application. Your application remains active in our talent pool and we may contact you about future '
     'openings.\n\nKind regards,\nTalent Acquisition'),
    ('Update on your application',
     'Hi Sam,\n\nWe have decided to move forward with other candidates for the Support Engineer position. Your '
     'application will remain open in our candidate database for similar roles.\n\nBest,\nRecruiting'),
    # --- German
    ('Ihre Bewerbung als Lehrkraft',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Lehrkraft für Mathematik an unserer Schule. '
     'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n'
     'Mit freundlichen Grüßen\nSchulleitung'),
    ('Ihre Bewerbung als Erzieher',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Erzieher in unserer Kita. Leider haben wir uns '
     'für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\nKita-Leitung'),
    ('Ihre Bewerbung als Kundenberater Baufinanzierung',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Kundenberater im Bereich Darlehen und '
     'Baufinanzierung. Leider können wir Ihnen keine Stelle anbieten.\n\nMit freundlichen Grüßen\nPersonalabteilung'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen '
     'können. Ihr Profil bleibt in unserem Talentpool aktiv, und wir melden uns bei passenden Stellen.\n\n'
     'Mit freundlichen Grüßen\nRecruiting'),
    ('Absage: Redakteur (m/w/d)',
     'Hallo Sam,\n\ndanke für deine Bewerbung als Redakteur für unsere Zeitschrift. Leider haben wir uns für eine '
     'andere Kandidatin entschieden.\n\nViele Grüße\nChefredaktion'),
    ('Ihre Bewerbung Vermietung',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Kundenbetreuer in der Vermietung unserer '
     'Wohnungen. Leider müssen wir Ihnen eine Absage erteilen.\n\nMit freundlichen Grüßen\nPersonalabteilung'),
    # --- French
    ('Votre candidature au stage',
     'Bonjour Sam,\n\nMerci pour ta candidature au stage de communication. Malheureusement le stage a été attribué à '
     'une étudiante de ton école.\n\nBonne continuation,\nClaire'),
    ('Votre candidature - poste de professeur des écoles',
     'Madame, Monsieur,\n\nNous vous remercions de votre candidature au poste de professeur dans notre école. Nous '
     'sommes au regret de vous informer que votre candidature n\'a pas été retenue.\n\nCordialement,\nLa direction'),
    ('Votre candidature',
     'Bonjour,\n\nNous avons le regret de vous informer que votre candidature n\'a pas été retenue. Votre candidature '
     'reste active dans notre vivier et nous reviendrons vers vous si un poste correspond à votre profil.\n\n'
     'Cordialement,\nL\'équipe recrutement'),
    ('Conseiller clientèle crédit',
     'Bonjour Sam,\n\nMerci pour votre candidature au poste de conseiller clientèle en prêt immobilier. Après étude de '
     'votre dossier, nous ne donnerons pas suite à votre candidature.\n\nCordialement,\nRessources humaines'),
    ('Votre candidature - agent de location',
     'Bonjour,\n\nMerci pour votre candidature au poste d\'agent de location de logements. Nous avons retenu un autre '
     'candidat.\n\nCordialement,\nAgence du Parc'),
    # --- Spanish
    ('Tu candidatura como profesor',
     'Hola Sam:\n\nGracias por tu candidatura al puesto de profesor de inglés en nuestro colegio. Lamentablemente '
     'hemos seleccionado a otro candidato.\n\nUn saludo,\nDirección del colegio'),
    ('Tu candidatura',
     'Hola Sam:\n\nLamentablemente no vamos a continuar con tu candidatura. Tu candidatura sigue activa en nuestra '
     'base de datos para futuros procesos.\n\nUn saludo,\nEquipo de Selección'),
    ('Puesto de gestor de préstamos',
     'Hola Sam:\n\nGracias por tu interés en el puesto de gestor de préstamos hipotecarios. Tras revisar tu perfil, '
     'hemos decidido seguir con otros candidatos.\n\nUn saludo,\nRecursos Humanos'),
    # --- Dutch
    ('Vacature leerkraad derde leerjaar',
     'Beste Sam,\n\nBedankt voor je kandidatuur voor de vacature in onze scholengroep voor het derde leerjaar. Na de '
     'gesprekken hebben we gekozen voor een andere kandidaat.\n\nMet vriendelijke groeten,\nDirectie'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHelaas hebben we besloten niet verder te gaan met je sollicitatie. Je sollicitatie blijft actief '
     'in onze talentpool voor toekomstige vacatures.\n\nMet vriendelijke groet,\nTeam Recruitment'),
    ('Sollicitatie hypotheekadviseur',
     'Beste Sam,\n\nDank voor je sollicitatie als adviseur hypotheken en leningen. Helaas hebben we gekozen voor een '
     'andere kandidaat.\n\nMet vriendelijke groet,\nHR'),
    # --- Portuguese
    ('A sua candidatura - professor',
     'Olá Sam,\n\nObrigado pela sua candidatura à vaga de professor na nossa escola. Infelizmente decidimos avançar '
     'com outro candidato.\n\nCumprimentos,\nDireção'),
    ('A sua candidatura',
     'Olá Sam,\n\nInfelizmente não vamos avançar com a sua candidatura. A sua candidatura permanece ativa na nossa '
     'base de dados para futuras oportunidades.\n\nCumprimentos,\nRecrutamento'),
    # --- the reader's own school as their background, the school as where the chosen person works
    ('Graduate trainee',
     'Hi Sam,\n\nThanks for applying for the graduate trainee post. We have chosen another candidate, a graduate from '
     'your school whose project work was closer to what we need.\n\nBest wishes,\nPriya'),
    ('Stage marketing',
     'Bonjour Sam,\n\nMerci pour votre candidature au stage. Nous avons retenu un autre étudiant de votre école pour '
     'cette période.\n\nBien cordialement,\nLéa'),
    ('Praktikum Controlling',
     'Hallo Sam,\n\ndanke für deine Bewerbung um das Praktikum. Leider haben wir uns für eine andere Bewerberin '
     'von deiner Schule entschieden.\n\nViele Grüße\nJonas'),
    ('Interim leerkracht L2',
     'Dag Sam,\n\nBedankt om je kandidaat te stellen voor de interim in het tweede leerjaar. We hebben gekozen voor '
     'een andere kandidaat, een leerkracht die al op onze school werkt.\n\nVriendelijke groeten,\n'
     'Directie basisschool Het Anker'),
    # --- what the job handles, or the team the reader would join
    ('Loan Administrator',
     'Dear Sam,\n\nThank you for applying for our vacancy processing mortgage paperwork for our brokers. We '
     'have decided to proceed with another candidate.\n\nKind regards,\nRecruitment'),
    ('Ticketing assistant',
     'Hi Sam,\n\nThanks for your application for the job issuing tickets at the festival gates. Sadly we have '
     'filled the post.\n\nCheers,\nEvents Team'),
    ('Your application',
     'Dear Sam,\n\nThank you for applying to join our mortgage support team. Unfortunately you have not been '
     'successful on this occasion.\n\nBest regards,\nTalent Team'),
    ('Customer care vacancy',
     'Dear Sam,\n\nThank you for applying for the customer care job handling refunds and returns. After reviewing '
     'your application, we will not be taking it further.\n\nKind regards,\nHR'),
    # --- the application as a named worker at the place
    ('Ihre Bewerbung als Sozialpädagoge',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Sozialpädagoge an unserer Schule. Leider '
     'haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nSchulleitung'),
    ('Candidature animateur',
     'Bonjour Sam,\n\nMerci pour ta candidature comme animateur dans notre école. Malheureusement nous avons choisi '
     'un autre candidat.\n\nBonne journée,\nLa direction'),
    ('Sollicitatie pedagogisch medewerker',
     'Beste Sam,\n\nBedankt voor je sollicitatie als pedagogisch medewerker bij onze kinderopvang. Helaas hebben we '
     'gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nLocatiemanager'),
    ('Candidatura como educador',
     'Hola Sam:\n\nGracias por tu candidatura como educador en nuestra guardería. Lamentablemente hemos elegido a '
     'otra candidata.\n\nUn saludo,\nDirección'),
    # --- the admissions office as the employer, named by a title
    ('Admissions Officer',
     'Dear Sam,\n\nThank you for your interest in the Admissions Officer position. The recruitment panel has now '
     'completed shortlisting and we regret that you have not been shortlisted.\n\nKind regards,\nHR'),
    # --- a real no, then the talent pool (more wordings)
    ('Ihre Bewerbung als Buchhalter',
     'Sehr geehrter Herr Rivera,\n\nleider haben wir uns für einen anderen Bewerber entschieden. Ihre Bewerbung '
     'bleibt weiterhin aktiv in unserem Talentpool.\n\nMit freundlichen Grüßen\nPersonalabteilung'),
    ('Candidatura - Analista',
     'Olá Sam,\n\nDecidimos seguir com outro candidato para a vaga de Analista. A tua candidatura continua ativa na '
     'nossa bolsa de talentos.\n\nAbraço,\nRecrutamento'),
    ('Kandidatuur boekhouder',
     'Beste Sam,\n\nWe hebben gekozen voor een andere kandidaat. Je kandidatuur blijft actief in ons bestand voor '
     'toekomstige vacatures.\n\nVriendelijke groeten,\nHR'),
    ('Postulación analista',
     'Hola Sam:\n\nHemos decidido avanzar con otros candidatos. Tu postulación sigue activa en nuestra bolsa de '
     'talento para futuras vacantes.\n\nSaludos,\nReclutamiento'),
    # --- more sectors: estate agents, customer service for orders and refunds, school staff, a review, a club
    ('Agente comercial',
     'Hola Sam:\n\nGracias por tu candidatura al puesto de agente comercial en nuestra inmobiliaria. Lamentablemente '
     'hemos seleccionado a otra persona.\n\nUn saludo,\nRecursos Humanos'),
    ('Atención al cliente',
     'Hola Sam:\n\nGracias por postularte al puesto de atención al cliente, gestionando el pedido de cada cliente de '
     'principio a fin. Lamentablemente hemos decidido seguir con otros candidatos.\n\nUn saludo,\nSelección'),
    ('Tu candidatura - Secretaría',
     'Hola Sam:\n\nGracias por tu candidatura como administrativo para la secretaría de nuestro colegio. '
     'Lamentablemente hemos elegido a otra candidata.\n\nUn saludo,\nDirección'),
    ('Vaga de assistente comercial',
     'Olá Sam,\n\nObrigado pela tua candidatura à vaga de assistente comercial na nossa imobiliária. Infelizmente '
     'escolhemos outro candidato.\n\nCumprimentos,\nRecursos Humanos'),
    ('Candidatura - apoio ao cliente',
     'Olá Sam,\n\nObrigado pela candidatura para a equipa de apoio ao cliente, para tratar o reembolso das encomendas '
     'dos clientes. Infelizmente decidimos avançar com outros candidatos.\n\nCumprimentos,\nRH'),
    ('Candidatura como educadora',
     'Olá Sam,\n\nObrigado pela tua candidatura como educadora na nossa creche. Infelizmente a vaga foi preenchida por '
     'outra candidata.\n\nCumprimentos,\nDireção'),
    ('Conseiller service client',
     'Bonjour Sam,\n\nMerci pour votre candidature au poste de conseiller chargé du traitement des remboursements. '
     'Nous avons retenu un autre candidat.\n\nCordialement,\nService RH'),
    ('Candidature assistant de rédaction',
     'Bonjour Sam,\n\nMerci pour ta candidature comme assistant de rédaction pour notre revue. Nous avons '
     'malheureusement choisi une autre personne.\n\nBien à toi,\nLa rédaction'),
    ('Bewerbung Sachbearbeiter Reklamationen',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter für die Bearbeitung von '
     'Reklamationen. Leider haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\n'
     'Personalabteilung'),
    ('Bewerbung als Hausmeister',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Hausmeister an unserer Schule. Leider müssen '
     'wir Ihnen mitteilen, dass die Stelle bereits vergeben ist.\n\nMit freundlichen Grüßen\nSchulverwaltung'),
    ('Sollicitatie medewerker verhuur',
     'Beste Sam,\n\nBedankt voor je sollicitatie als medewerker verhuur bij onze makelaardij. Helaas hebben we gekozen '
     'voor een andere kandidaat.\n\nMet vriendelijke groet,\nKantoormanager'),
    ('Sollicitatie klantenservice',
     'Beste Sam,\n\nBedankt voor je sollicitatie voor de klantenservice, waar je retourverzoeken zou afhandelen. '
     'Helaas gaan we niet verder met je sollicitatie.\n\nGroet,\nHR'),
    ('Vacature administratief medewerker',
     'Beste Sam,\n\nBedankt voor je sollicitatie als administratief medewerker in onze basisschool. Helaas hebben '
     'we voor een andere kandidaat gekozen.\n\nMet vriendelijke groeten,\nDirectie'),
    ('Re: Membership Manager',
     'Hi Sam,\n\nThanks again for coming in. We have decided to appoint another candidate to the Membership Manager '
     'role, someone who has run a membership scheme before.\n\nBest wishes,\nChief Executive'),
    ('Lettings Administrator',
     'Dear Sam,\n\nThank you for your application for the post of Lettings Administrator. Unfortunately you have not '
     'been shortlisted.\n\nKind regards,\nOffice Manager'),
    # --- funders, shops, nurseries, magazines and holiday flats as employers
    ('Funding Officer',
     'Dear Sam,\n\nThank you for your application for the Funding Officer role. Unfortunately we will not be '
     'progressing your application.\n\nKind regards,\nHR'),
    ('Grants Assistant',
     'Dear Sam,\n\nThank you for applying to join our funding team as a Grants Assistant. We have appointed another '
     'candidate.\n\nBest wishes,\nHR'),
    ('Vendeur',
     'Bonjour Sam,\n\nMerci pour votre candidature. Nous avons retenu un candidat au profil plus complet pour ce '
     'poste.\n\nCordialement,\nLe magasin'),
    ('Poste de vendeur',
     'Bonjour Sam,\n\nNous avons le regret de vous informer que le poste de vendeur à temps complet a été pourvu par '
     'un autre candidat.\n\nCordialement,\nRH'),
    ('Ihre Bewerbung als Kinderpfleger',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Kinderpfleger in unserem Kindergarten. Leider '
     'haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nKindergartenleitung'),
    ('Tu candidatura - Redactor/a',
     'Hola Sam:\n\nGracias por tu candidatura al puesto de redactor en nuestra revista. Lamentablemente hemos '
     'seleccionado a otra persona.\n\nUn saludo,\nRedacción'),
    ('Sollicitatie redacteur',
     'Beste Sam,\n\nBedankt voor je sollicitatie als redacteur bij ons tijdschrift. Helaas hebben we gekozen voor een '
     'andere kandidaat.\n\nGroet,\nHoofdredactie'),
    ('Vaga de rececionista',
     'Olá Sam,\n\nObrigado pela candidatura à vaga de rececionista no nosso apartamento turístico. Infelizmente '
     'escolhemos outra candidata.\n\nCumprimentos,\nGerência'),
    # --- the word as the field of a named post's title
    ('Coördinator lidmaatschap',
     'Beste Sam,\n\nBedankt voor je sollicitatie voor de functie van coördinator lidmaatschap. Helaas hebben we '
     'gekozen voor een andere kandidaat.\n\nGroet,\nHR'),
    ('Técnico de afiliación',
     'Hola Sam:\n\nGracias por tu candidatura al puesto de técnico de afiliación. Lamentablemente hemos seleccionado a '
     'otra persona.\n\nUn saludo,\nRRHH'),
    ('Responsable des admissions',
     'Bonjour Sam,\n\nMerci pour votre candidature au poste de responsable des admissions. Nous avons retenu un autre '
     'candidat.\n\nCordialement,\nRH'),
    ('Sachbearbeiter Darlehen',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Sachbearbeiter für Darlehen. '
     'Leider haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\nPersonal'),
    ('Membership Officer',
     'Dear Sam,\n\nThank you for applying for the post of Officer for Membership and Events. Unfortunately you have '
     'not been shortlisted.\n\nKind regards,\nHR'),
    ('Gestor de hipotecas',
     'Hola Sam:\n\nGracias por presentarte al puesto de gestor de hipotecas. Hemos decidido seguir con otros '
     'candidatos.\n\nUn saludo,\nBanco'),
    # --- a real no, then the CV kept on file (more wordings)
    ('A sua candidatura',
     'Olá Sam,\n\nInfelizmente decidimos avançar com outro candidato. Manteremos a sua candidatura ativa na nossa '
     'base de dados para futuras oportunidades.\n\nCumprimentos,\nRH'),
    ('Your application',
     'Dear Sam,\n\nUnfortunately you have not been successful on this occasion. We will keep your application active '
     'in our talent pool for future vacancies.\n\nKind regards,\nHR'),
    ('Your application',
     'Dear Sam,\n\nWe have decided not to move forward with your application. Your profile remains active in our '
     'database.\n\nKind regards,\nHR'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen absagen. Ihre Bewerbung bleibt aktiv in unserem '
     'Bewerberpool.\n\nMit freundlichen Grüßen\nHR'),
    ('Tu candidatura',
     'Hola Sam:\n\nHemos decidido seguir con otros candidatos. Mantendremos tu candidatura activa en nuestra base de '
     'datos.\n\nUn saludo,\nRRHH'),
    ('Votre candidature',
     'Bonjour,\n\nNous ne donnerons pas suite à votre candidature. Votre dossier reste actif dans notre vivier de '
     'talents.\n\nCordialement,\nRH'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHelaas hebben we voor een andere kandidaat gekozen. Je profiel blijft actief in onze '
     'talentpool.\n\nGroet,\nHR'),
]

LOOKALIKES = [
    # --- English
    ('Your loan application',
     'Dear Sam,\n\nThank you for your loan application. Unfortunately we are unable to approve your application at '
     'this time.\n\nKind regards,\nHarbour Bank'),
    ('Your mortgage application',
     'Dear Sam,\n\nOur loan officer has reviewed your mortgage application and I am sorry to say it has been '
     'declined.\n\nKind regards,\nLending Team'),
    ('Flat 4, Elm Road',
     'Hi Sam,\n\nThanks for viewing the flat on Saturday. Unfortunately the landlord has decided to go with another '
     'applicant.\n\nBest,\nLettings Team'),
    ('School place for your daughter',
     'Dear Mr Rivera,\n\nThank you for your application for a Reception place at Oakfield Primary School for your '
     'daughter. Unfortunately we are unable to offer a place as the school is full.\n\nAdmissions Team'),
    ('Nursery place',
     'Dear Sam,\n\nThank you for applying for a place at Little Acorns Nursery for your son. I am sorry to say we '
     'have no space for him in September.\n\nKind regards,\nNursery Manager'),
    ('Your application to the MSc',
     'Dear Sam,\n\nThank you for your application to our MSc Data Science programme. After careful review the '
     'admissions committee is unable to offer you a place.\n\nAdmissions Office'),
    ('Manuscript JRN-2291',
     'Dear Dr Rivera,\n\nThank you for submitting your manuscript to the journal. Unfortunately the editors have '
     'decided not to accept it for publication.\n\nEditorial Office'),
    ('Your membership application',
     'Dear Sam,\n\nThank you for applying for membership of Fairway Golf Club. I regret that the committee has not '
     'approved your application this year.\n\nClub Secretary'),
    ('Refund request #44120',
     'Hi Sam,\n\nThanks for contacting us about order #44120. Unfortunately we are unable to approve your refund as '
     'the item was returned after 30 days.\n\nCustomer Service'),
    ('Tickets',
     'Hi Sam,\n\nThank you for your interest in tickets for the summer concert. Unfortunately all tickets are sold '
     'out and we cannot offer you a place.\n\nBox Office'),
    ('Grant application',
     'Dear Sam,\n\nThank you for your grant application to the community fund. Unfortunately the panel decided not '
     'to fund your project this round.\n\nGrants Team'),
    ('Your insurance application',
     'Dear Sam,\n\nThank you for your application for home insurance. Unfortunately we are unable to offer you cover '
     'at this time.\n\nUnderwriting'),
    ('Your application',
     'Dear Sam,\n\nThank you for your application to join the school governing body. Unfortunately you have not been '
     'selected as a parent governor on this occasion, as we had more candidates than places.\n\nClerk to Governors'),
    # --- English: the candidacy still alive (not a rejection)
    ('Your application',
     'Hi Sam,\n\nJust a quick update: your application remains active and under review. We hope to be in touch next '
     'week.\n\nBest,\nRecruiting'),
    ('Your application',
     'Hi Sam,\n\nThe Junior role has been filled by an internal candidate, but your application remains active for '
     'the Senior role and we would like to speak to you.\n\nBest,\nRecruiting'),
    # --- German
    ('Ihr Kreditantrag',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihren Kreditantrag ablehnen.\n\nMit freundlichen Grüßen\n'
     'Ihre Sparkasse'),
    ('Ihre Wohnungsbewerbung',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße. Leider hat sich '
     'der Vermieter für einen anderen Interessenten entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung'),
    ('Kita-Platz',
     'Sehr geehrter Herr Rivera,\n\nleider können wir Ihrem Kind zum August keinen Platz in unserer Kita anbieten.\n\n'
     'Mit freundlichen Grüßen\nKita-Leitung'),
    ('Ihr Manuskript',
     'Sehr geehrter Herr Rivera,\n\nleider haben wir uns entschieden, Ihr Manuskript nicht in unserer Zeitschrift zu '
     'veröffentlichen.\n\nMit freundlichen Grüßen\nRedaktion'),
    ('Ihre Bewerbung',
     'Sehr geehrter Herr Rivera,\n\nIhre Bewerbung ist weiterhin aktiv. Wir melden uns nächste Woche bei Ihnen.\n\n'
     'Mit freundlichen Grüßen\nRecruiting'),
    # --- French
    ('Votre demande de prêt',
     'Bonjour,\n\nNous avons le regret de vous informer que votre demande de prêt n\'a pas été acceptée.\n\n'
     'Cordialement,\nVotre conseiller'),
    ('Inscription de votre enfant',
     'Madame, Monsieur,\n\nNous sommes au regret de vous informer que nous ne pouvons pas accueillir votre enfant dans '
     'notre école à la rentrée.\n\nLa direction'),
    ('Dossier de location',
     'Bonjour,\n\nMerci pour votre dossier de location. Le propriétaire a retenu un autre candidat.\n\nCordialement,\n'
     'Agence du Parc'),
    ('Votre candidature',
     'Bonjour,\n\nVotre candidature reste active et sera étudiée par le manager la semaine prochaine.\n\n'
     'Cordialement,\nL\'équipe recrutement'),
    # --- Spanish
    ('Solicitud de préstamo',
     'Hola Sam:\n\nLamentamos informarte de que tu solicitud de préstamo ha sido rechazada.\n\nUn saludo,\nTu banco'),
    ('Plaza en el colegio',
     'Estimada familia:\n\nLamentamos comunicarles que su hijo no ha obtenido plaza en nuestro colegio para el '
     'próximo curso.\n\nSecretaría del colegio'),
    ('Piso en calle Mayor',
     'Hola Sam:\n\nGracias por tu interés en el piso. El propietario ha elegido a otro candidato.\n\nUn saludo,\n'
     'Inmobiliaria Sol'),
    # --- Dutch
    ('Je aanvraag voor een lening',
     'Beste Sam,\n\nHelaas kunnen we je aanvraag voor een persoonlijke lening niet goedkeuren.\n\nMet vriendelijke '
     'groet,\nKredietafdeling'),
    ('Inschrijving basisschool',
     'Beste ouders,\n\nHelaas kunnen we uw kind geen plaats aanbieden in onze school voor het derde leerjaar.\n\n'
     'Met vriendelijke groeten,\nDirectie'),
    ('Huurwoning Kerkstraat',
     'Beste Sam,\n\nDank voor je interesse in de woning. De verhuurder heeft gekozen voor een andere kandidaat.\n\n'
     'Met vriendelijke groet,\nMakelaar De Vries'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe sollicitatie blijft actief; we nemen volgende week contact met je op.\n\nGroet,\nRecruitment'),
    # --- Portuguese
    ('Pedido de empréstimo',
     'Olá Sam,\n\nInfelizmente o seu pedido de empréstimo não foi aprovado.\n\nCumprimentos,\nO seu banco'),
    ('Vaga na escola',
     'Caros pais,\n\nInfelizmente não há vaga para o vosso filho na nossa escola no próximo ano letivo.\n\n'
     'Cumprimentos,\nDireção'),
    ('Arrendamento',
     'Olá Sam,\n\nObrigado pelo interesse no apartamento. O senhorio escolheu outro candidato.\n\nCumprimentos,\n'
     'Imobiliária Lar'),
    # --- look-alikes of the new exemptions: the reader's school with a pupil, a tenant "as", a task with "your"
    ('Exchange programme',
     'Dear Mr Rivera,\n\nThank you for your application. Unfortunately we have chosen another pupil from your school '
     'for the exchange place.\n\nExchange Coordinator'),
    ('Échange scolaire',
     'Madame, Monsieur,\n\nNous avons le regret de vous informer que votre enfant n\'a pas été retenu. Un autre élève '
     'de votre école a été choisi.\n\nLe coordinateur'),
    ('Ihre Bewerbung für die Wohnung',
     'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Mieter für die Wohnung in der Gartenstraße. '
     'Leider hat sich der Vermieter für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\n'
     'Hausverwaltung'),
    ('Your refund',
     'Hi Sam,\n\nWe are processing refunds for the cancelled event as fast as we can. Unfortunately your refund '
     'request for the parking add-on has been declined.\n\nCustomer Service'),
    ('Membership application',
     'Dear Sam,\n\nThank you for your application to join our membership scheme. Unfortunately your application '
     'has been unsuccessful as the scheme is full.\n\nMembership Team'),
    ('Tenancy application',
     'Dear Sam,\n\nThank you for your application as a tenant at Riverside Court. Unfortunately the landlord has '
     'chosen another applicant for the flat.\n\nLettings'),
    ('Candidature logement',
     'Bonjour,\n\nMerci pour votre candidature comme locataire pour le logement rue Pasteur. Le propriétaire a '
     'retenu un autre candidat.\n\nCordialement,\nAgence'),
    ('Talent pool',
     'Hi Sam,\n\nThe Analyst role has been filled, but your application remains active in our talent pool for the '
     'Senior Analyst role and we would like to invite you to an interview next week.\n\nBest,\nRecruiting'),
    ('Journal editor',
     'Dear Dr Rivera,\n\nAs editor of the journal I regret that your manuscript has not been accepted for '
     'publication.\n\nEditorial Office'),
    ('Kinderopvang',
     'Beste ouders,\n\nHelaas kunnen we uw kind geen plaats aanbieden bij onze kinderopvang. We hebben gekozen voor '
     'kinderen van de wachtlijst.\n\nMet vriendelijke groet,\nLocatiemanager'),
    ('Solicitud de plaza en la guardería',
     'Estimada familia:\n\nLamentamos comunicarles que su hija no ha obtenido plaza en nuestra guardería.\n\n'
     'Dirección'),
    ('Conference talk',
     'Dear Sam,\n\nThank you for your proposal. Unfortunately your talk was not selected for the conference '
     'programme.\n\nProgramme Committee'),
    # a title in the subject names the person, the body refuses the thing
    ('Mortgage Adviser - your appointment',
     'Dear Sam,\n\nThank you for meeting our mortgage adviser about a new position on your home loan. Unfortunately '
     'your mortgage application has been declined by the lender.\n\nKind regards,\nHarbour Bank'),
    # --- an order, a refund, a membership refused (some beside a job word: 'cargo', 'poste', 'job fair')
    ('Pedido 4412',
     'Hola Sam:\n\nLamentablemente no podemos aceptar la devolución de tu pedido porque el plazo ha vencido.\n\n'
     'Atención al cliente'),
    ('Encomenda 2291',
     'Olá Sam,\n\nInfelizmente o reembolso da tua encomenda foi recusado.\n\nApoio ao cliente'),
    ('Votre commande',
     'Bonjour,\n\nNous sommes au regret de vous informer que votre demande de remboursement a été refusée.\n\n'
     'Service client'),
    ('Ihre Reklamation',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihre Reklamation ablehnen, da die Frist abgelaufen ist.\n\n'
     'Kundenservice'),
    ('Je retourverzoek',
     'Beste Sam,\n\nHelaas kunnen we je retourverzoek niet goedkeuren.\n\nKlantenservice'),
    ('Mitgliedsantrag',
     'Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihren Antrag auf Mitgliedschaft in unserem Verein ablehnen.\n\n'
     'Der Vorstand'),
    ('Adhésion',
     'Bonjour,\n\nNous avons le regret de vous informer que votre demande d\'adhésion à l\'association n\'a pas été '
     'retenue.\n\nLe bureau'),
    ('Reembolso',
     'Hola Sam:\n\nLamentablemente no podemos tramitar el reembolso del cargo de 49 euros: la compra tiene más de 30 '
     'días. Sentimos no poder ayudarte esta vez.\n\nAtención al cliente'),
    ('Remboursement',
     'Bonjour,\n\nSuite au traitement des remboursements de la période, nous avons le regret de vous informer que '
     'votre demande a été refusée. Le poste de dépense n\'est pas couvert.\n\nService client'),
    ('Refund',
     'Hi Sam,\n\nOur team has finished handling the refunds for the cancelled job fair. Unfortunately we are unable to '
     'refund your ticket as it was a free booking.\n\nEvents Team'),
    ('Lettings',
     'Hi Sam,\n\nThanks for applying for the flat through our lettings negotiator. Unfortunately the landlord has '
     'chosen another applicant.\n\nBest,\nLettings'),
    # --- a job word or the reader's own school beside the place asked for
    ('Waiting list',
     'Dear Mr Rivera,\n\nYour child\'s position on the waiting list for Oakfield Primary School is now 4. '
     'Unfortunately we cannot offer a place this year.\n\nSchool Admissions'),
    ('Summer school',
     'Dear Sam,\n\nThank you for your application to the Summer School. Unfortunately we have offered the last places '
     'to other candidates from your school.\n\nSummer School Office'),
    ('Re: Membership Secretary',
     'Dear Sam,\n\nThe Membership Secretary has reviewed your membership application and I am sorry to say the '
     'committee has decided not to approve it.\n\nClub Secretary'),
    # --- a title in the subject, the thing refused in the letter
    ('Re: Office Manager',
     'Dear Sam,\n\nOur office manager has reviewed your loan application; unfortunately it has been declined.\n\n'
     'Kind regards,\nHarbour Bank'),
    ('Ihre Bewerbung für die Wohnung',
     'Sehr geehrter Herr Rivera,\n\nder Verwalter der Wohnung hat sich leider für einen anderen Bewerber '
     'entschieden.\n\nMit freundlichen Grüßen\nHausverwaltung'),
    # --- the candidacy still alive, in the same words as a CV kept on file
    ('A sua candidatura',
     'Olá Sam,\n\nA sua candidatura segue em análise; manteremos a sua candidatura ativa até à decisão final.\n\n'
     'Cumprimentos,\nRH'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe vacature voor junior is vervuld, maar je sollicitatie blijft actief voor de functie van '
     'senior; we nodigen je graag uit.\n\nGroet,\nHR'),
]

# Rejections still missed (strict xfails: move a case up when it passes): an association named as the one deciding,
# with the post in the same sentence, still weighs as a membership (classifier's NOT_A_JOB weight inside a decision
# that names a post, -2.5, is outside _not_a_job).
KNOWN_GAPS = [
    ('Vaga de técnica',
     'Olá Sam,\n\nA associação decidiu contratar outra pessoa para a vaga de técnica administrativa.\n\n'
     'Cumprimentos,\nDireção'),
]

test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
