"""Sweep 10, Dutch: writers none of the nine sweeps imitated. A small business owner or a shop writing informally
("we hebben iemand gevonden"); horeca managers after a trial evening; a sports club hiring a paid coach; a church or
an NGO; a startup founder writing half in English; an interim-management bureau relaying its client; a recruiter's
LinkedIn InMail as the notification mail carries it; a Rijksoverheid letter; Belgian bilingual (nl/fr) headers; a
decision that comes only after two paragraphs of feedback; internships, traineeships, working students and holiday
jobs; "na de kennismaking", "na het tweede gesprek", "na zorgvuldige afweging"; decisions in the passive voice; a
portal notice that speaks of the reader in the third person ("de kandidaat is niet geselecteerd"); the decision in
the subject only; and the same in long HTML templates with an English footer or a quoted earlier mail (Outlook's
"Van: ... Verzonden:" block, Gmail's "Op ... schreef"), a church's call, old-style formal letters ("hebben wij gemeend
u niet te moeten uitnodigen") and a post withdrawn after the reader applied.
The look-alikes use the same writers and words for something else: an invitation, an acknowledgement, a next step,
an offer, the reader rejecting someone else or withdrawing, job alerts, newsletters, and a no about a rented house,
a loan, a subsidy, an article, a quote, a membership, childcare or a school place. All texts are written for this
file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Hanneke Smit <hanneke@smitenzo.example>"

REJECTIONS = [
    # --- a small business owner or a shop, writing informally
    ('Re: bijbaan in de winkel',
     'Hoi Sam,\n\nBedankt dat je zaterdag even langskwam. We hebben inmiddels iemand gevonden voor de zaterdagen, dus '
     'voor jou wordt het helaas niks.\n\nGroetjes,\nIngrid\nBloemenhuis Ingrid'),
    ('Even laten weten',
     'Hoi Sam,\n\nIk wilde je even laten weten dat we voor de plek in de werkplaats iemand anders hebben genomen. '
     'Niks persoonlijks hoor, hij had gewoon meer ervaring met houtbewerking.\n\nGroet,\nBart\nMeubelmakerij Bart'),
    ('Re: vacature bezorger',
     'Hey Sam,\n\nSorry dat je zo lang moest wachten. De bezorgbaan is al weg, de zoon van een vaste klant is vorige '
     'week begonnen.\n\nGroeten,\nAhmed\nPizzeria Da Ahmed'),
    ('Je reactie op onze advertentie',
     'Hoi Sam,\n\nLeuk dat je reageerde op onze advertentie voor een administratieve kracht. We hebben de gesprekken '
     'gehad en de keus is op iemand uit het dorp gevallen.\n\nSucces verder!\nJolanda\nInstallatiebedrijf Kok'),
    ('Re: sollicitatie kapster',
     'Hoi Sam,\n\nIk heb lang getwijfeld, maar ik neem toch iemand aan die al een eigen klantenkring heeft. Ik hoop '
     'dat je snel iets vindt!\n\nLiefs,\nNoor\nKapsalon Noor'),
    ('Re: Re: vacature verkoper',
     'Hoi Sam,\n\nWe zijn eruit: we gaan niet met jou in zee. We zochten toch iemand met meer verkoopervaring.\n\n'
     'Groet,\nRuud\nFietsenzaak Ruud'),
    ('Even een berichtje',
     'Hoi Sam,\n\nWe hebben iemand gevonden voor achter de kassa. Bedankt voor je sollicitatie en succes met '
     'zoeken!\n\nGroetjes,\nMieke\nBakkerij Mieke'),
    ('Re: parttime baan',
     'Hoi Sam,\n\nHelaas, de parttime baan is naar een oud-medewerker gegaan die graag terug wilde komen.\n\n'
     'Groetjes,\nPetra'),
    ('Re: sollicitatie monteur',
     'Beste Sam,\n\nDank voor je brief. Ik heb eerlijk gezegd al een monteur aangenomen voordat je brief binnenkwam. '
     'Mocht er weer iets vrijkomen, dan denk ik aan je.\n\nGroet,\nHenk\nAutobedrijf Henk'),
    # --- horeca managers
    ('Je sollicitatie als kelner',
     'Hey Sam,\n\nBedankt voor het proefdraaien vrijdagavond. We hebben besloten het team aan te vullen met iemand '
     'die al barervaring heeft, dus jij bent het niet geworden.\n\nGroeten,\nDennis, bedrijfsleider\nCafe De '
     'Gouden Leeuw'),
    ('Re: meelopen in de keuken',
     'Hallo Sam,\n\nNa het meelopen in de keuken hebben we het met de brigade besproken. We zien je helaas niet als '
     'souschef bij ons.\n\nGroet,\nChef Marco\nBrasserie Het Veerhuis'),
    ('Zomerpersoneel strandpaviljoen',
     'Hoi Sam,\n\nBedankt voor je sollicitatie! Ons zomerteam is helaas al compleet, dus we hebben dit seizoen '
     'geen plek meer voor je.\n\nGroetjes,\nStrandpaviljoen Zee en Zo'),
    ('Sollicitatie receptionist',
     'Beste Sam,\n\nDank voor je sollicitatie als receptionist bij Hotel Parkzicht. We hebben gekozen voor een '
     'kandidaat die vloeiend Duits spreekt, wat voor onze gasten belangrijk is.\n\nMet vriendelijke groet,\nFront '
     'Office Manager'),
    ('Sollicitatie sous-chef',
     'Geachte heer Rivera,\n\nNa het kookgesprek en de proefdienst is onze keuze helaas niet op u gevallen.\n\nMet '
     'vriendelijke groet,\nRestaurant Duinzicht'),
    ('Job als zaalmedewerker',
     'Dag Sam,\n\nMerci om langs te komen voor de job. We hebben intussen iemand anders vastgelegd voor de '
     'weekends.\n\nGroetjes,\nTaverne De Kroon'),
    # --- a sports club, a church, an NGO hiring a paid post
    ('Vacature hoofdtrainer JO19',
     'Beste Sam,\n\nNamens het bestuur dank ik je voor je sollicitatie als hoofdtrainer van JO19-1. Na de gesprekken '
     'met de technische commissie hebben we besloten een andere trainer aan te stellen.\n\nSportieve groet,\n'
     'Secretaris v.v. Zuidwijk'),
    ('Zwemtrainer (betaalde functie)',
     'Hoi Sam,\n\nDe sollicitatiecommissie heeft gekozen voor een kandidaat met een diploma Zwemtrainer 3. We houden '
     'je cv graag bij de hand voor een volgende vacature.\n\nGroet,\nZwemvereniging De Dolfijn'),
    ('Functie clubcoach',
     'Beste Sam,\n\nHelaas gaan we de functie van clubcoach niet met jou invullen. Bedankt voor je tijd en het goede '
     'gesprek.\n\nMet sportieve groet,\nHockeyclub Rood-Wit, bestuur'),
    ('Trainer-coach turnen',
     'Dag Sam,\n\nNa je proeftraining en het gesprek met de ouderraad heeft het bestuur beslist om niet met jou '
     'verder te gaan als trainer.\n\nSportieve groeten,\nTurnkring Eendracht'),
    ('Vacature kerkelijk werker',
     'Beste Sam,\n\nDe beroepingscommissie heeft haar werk afgerond. Zij heeft de kerkenraad voorgesteld een andere '
     'kandidaat te benoemen als kerkelijk werker, en de kerkenraad heeft dat voorstel overgenomen.\n\nMet hartelijke '
     'groet,\nscriba Protestantse Gemeente Oosterhout'),
    ('Je sollicitatie bij Stichting Vluchtelingenhulp',
     'Beste Sam,\n\nWat fijn dat je je voor onze doelgroep wilt inzetten. Voor de betaalde functie van '
     'projectcoordinator hebben we echter iemand gekozen met meer ervaring in fondsenwerving.\n\nMisschien wil je '
     'als vrijwilliger aan de slag? Laat het ons weten.\n\nHartelijke groet,\nStichting Vluchtelingenhulp'),
    ('Functie fondsenwerver',
     'Geachte heer Rivera,\n\nNa zorgvuldige afweging heeft het selectiepanel besloten u niet voor te dragen bij de '
     'directie.\n\nMet vriendelijke groet,\nHR, Natuurfonds Nederland'),
    ('Vacature jongerenwerker',
     'Beste Sam,\n\nBedankt voor je motivatie en het fijne gesprek. We moeten je laten weten dat je niet bent '
     'doorgegaan naar de tweede ronde.\n\nHartelijke groet,\nJongerenwerk De Brug'),
    # --- a startup founder writing half in English
    ('Re: Frontend role',
     'Hi Sam,\n\nThanks voor de goede chat vorige week! We hebben intern gesproken en besloten om voor een meer senior '
     'profiel te gaan. Hopelijk kruisen onze paden later nog eens.\n\nCheers,\nDaan\nFounder, Plantly'),
    ('Quick update',
     'Hey Sam,\n\nJust a quick update: we gaan niet door met jou voor de growth rol. Het was echt close, maar een '
     'andere kandidaat had meer B2B-ervaring.\n\nBest,\nLotte, co-founder Swiftr'),
    ('Update over de vacature',
     'Hey Sam,\n\nHonestly, het was een lastige keuze. Uiteindelijk hebben we de offer naar iemand anders gestuurd.\n\n'
     'Thanks voor je tijd!\nMilan, CEO Bytebakery'),
    ('Product Designer @ Swapr',
     'Hi Sam,\n\nWe hebben je case bekeken en het team was impressed, maar we gaan toch niet verder met je '
     'application. We zoeken iemand met meer ervaring in mobile.\n\nCheers,\nThe Swapr team'),
    ('Re: intro call',
     'Hoi Sam,\n\nNa onze intro call hebben we besloten de rol niet met jou in te vullen: we zoeken toch meer een '
     'hands-on engineer. Ik hou je in gedachten voor later.\n\nGroet,\nRoel, CTO'),
    # --- an interim-management bureau relaying its client
    ('Opdracht interim-manager Financien',
     'Beste heer Rivera,\n\nDank voor uw beschikbaarheid voor de interimopdracht bij een zorginstelling in Utrecht. '
     'De opdrachtgever heeft na de kennismaking gekozen voor een andere interim-manager.\n\nMet vriendelijke groet,\n'
     'Partner, Interim Partners'),
    ('Interimopdracht programmamanager',
     'Geachte heer Rivera,\n\nUw cv is door ons aan de opdrachtgever voorgelegd. Zij hebben aangegeven u niet uit te '
     'nodigen, omdat zij zoeken naar iemand met ervaring in de publieke sector.\n\nMet vriendelijke groet,\nBureau '
     'Interim Management Noord'),
    ('Terugkoppeling opdracht',
     'Beste Sam,\n\nJammer genoeg is de opdracht gegund aan een andere interim-professional. Ik neem contact op '
     'zodra er een passende opdracht voorbijkomt.\n\nGroet,\nAnouk, accountmanager interim'),
    ('Kandidaatstelling interim HR-directeur',
     'Geachte heer Rivera,\n\nDe klant heeft de shortlist voor de functie van interim HR-directeur beoordeeld; u '
     'maakt daar helaas geen deel van uit.\n\nHoogachtend,\nExecutive Interim'),
    # --- a recruiter's LinkedIn InMail as the notification mail carries it
    ('Eva heeft je een bericht gestuurd',
     'Eva Jansen\nRecruiter bij Hoogland Techniek\n\nHoi Sam, dank voor je interesse in de rol van servicemonteur. '
     'Na overleg met de teamleider hebben we besloten met een andere kandidaat verder te gaan. Succes!\n\nBekijk '
     'bericht\n\nJe ontvangt InMail-meldingen. Afmelden | Help'),
    ('Nieuw bericht van Thomas Bakker',
     'Thomas Bakker heeft je een bericht gestuurd:\n\n"Hoi Sam, ik heb net teruggehoord van de klant: ze gaan helaas '
     'niet verder met je voor de rol van Data Engineer. Ze zochten meer Azure-ervaring."\n\nAntwoorden\n\nDit is '
     'een e-mail van LinkedIn. Afmelden'),
    # --- a Rijksoverheid letter
    ('Uw sollicitatie op vacature 24-117 (senior beleidsmedewerker)',
     'Geachte heer Rivera,\n\nOnlangs heeft u gesolliciteerd op de vacature senior beleidsmedewerker bij het '
     'ministerie. De selectiecommissie heeft alle sollicitaties beoordeeld. Uw sollicitatie is niet gekozen voor '
     'een gesprek.\n\nHet is niet mogelijk op dit bericht te reageren.\n\nMet vriendelijke groet,\nnamens de '
     'selectiecommissie'),
    ('Bericht over uw sollicitatie',
     'Geachte heer Rivera,\n\nU heeft gesolliciteerd op de functie van inspecteur (vacaturenummer 2024-117). Na '
     'beoordeling van de brieven is besloten dat u niet wordt uitgenodigd voor een eerste gesprek.\n\nWij danken u '
     'voor uw belangstelling voor werken bij het Rijk.\n\nMet vriendelijke groet,\nInspectie Leefomgeving'),
    ('Selectiedag Rijkstraineeprogramma',
     'Geachte heer Rivera,\n\nDank voor uw deelname aan de selectiedag van het traineeprogramma. Op basis van de '
     'resultaten van die dag kunnen wij u geen traineeplaats aanbieden.\n\nMet vriendelijke groet,\n'
     'Programmabureau Rijkstrainees'),
    ('Uitslag gesprek',
     'Geachte heer Rivera,\n\nHierbij bevestig ik het telefonische bericht van vandaag: de commissie heeft na het '
     'tweede gesprek besloten de functie aan een andere kandidaat aan te bieden.\n\nHoogachtend,\nDirectie '
     'Personeel'),
    # --- Belgian bilingual (nl/fr) headers
    ('Selectie / Selection - administratief medewerker / collaborateur administratif',
     'Geachte heer Rivera,\n\nUw kandidatuur werd na de preselectie niet behouden.\n\nHoogachtend,\nFOD Financien - '
     'SPF Finances\nPersoneel en Organisatie - Personnel et Organisation'),
    ('Ref. 2024/118 - uw sollicitatie / votre candidature',
     'Geachte heer Rivera,\n\nIn antwoord op uw sollicitatie voor de functie van juridisch adviseur (ref. 2024/118) '
     'delen wij u mee dat wij beslist hebben een andere kandidaat aan te werven.\n\nMet de meeste hoogachting,\n'
     'Directie Human Resources / Direction des Ressources humaines\nBrussel - Bruxelles'),
    ('Uw kandidatuur - Votre candidature',
     'Nederlandse tekst hieronder - Texte francais ci-dessous\n\nGeachte heer Rivera,\n\nNa analyse van de '
     'kandidaturen delen wij u mee dat uw profiel niet werd geselecteerd voor de volgende fase van de procedure.\n\n'
     'Met vriendelijke groeten,\nDienst HR - Service RH'),
    # --- the decision only after two paragraphs of feedback
    ('Terugkoppeling gesprek',
     'Beste Sam,\n\nNogmaals dank voor het gesprek van donderdag. We vonden het prettig om je te spreken en je verhaal '
     'over je tijd in Berlijn maakte indruk. Je hebt een heldere visie op klantcontact en je legt goed uit hoe je '
     'prioriteiten stelt.\n\nTegelijk zagen we dat je nog weinig ervaring hebt met het aansturen van een team, en '
     'dat is in deze functie vanaf dag een nodig. Ook het financiele deel van de rol bleef in het gesprek wat '
     'onderbelicht.\n\nAlles afwegend hebben we daarom gekozen voor een kandidaat die al leidinggevende ervaring '
     'heeft.\n\nMet vriendelijke groet,\nMarjolein'),
    ('Onze beslissing',
     'Beste Sam,\n\nEerst wat feedback, zoals beloofd. Je presentatie was goed opgebouwd en je beantwoordde de vragen '
     'van het panel rustig. Het technische deel was sterk.\n\nWel misten we concrete voorbeelden van projecten die '
     'je zelf hebt geleid, en je beeld van onze markt was nog wat algemeen.\n\nOnze conclusie is dat we je niet '
     'aannemen voor deze functie.\n\nHartelijke groet,\nTeam HR'),
    ('Feedback na het tweede gesprek',
     'Hoi Sam,\n\nWat een leuk tweede gesprek was het. Je energie viel bij iedereen op, en je ideeen over '
     'onboarding nemen we zeker mee.\n\nWe hebben wel getwijfeld over je ervaring met Salesforce, die voor deze '
     'functie erg belangrijk is. Uiteindelijk heeft dat de doorslag gegeven: we bieden de functie aan iemand '
     'anders aan.\n\nGroet,\nIris'),
    ('Je sollicitatie bij Studio Vorm',
     'Beste Sam,\n\nDank voor je uitgebreide brief en je portfolio. Je werk voor de bibliotheek in Delft vonden we '
     'mooi, vooral de huisstijl.\n\nVoor deze vacature zoeken we echter iemand die zelfstandig animaties maakt, en '
     'dat zagen we niet terug. Daarom nemen we je sollicitatie niet mee naar de gespreksronde.\n\nGroet,\nStudio '
     'Vorm'),
    # --- internships, traineeships, working students, holiday jobs
    ('Werkstudent marketing',
     'Hoi Sam,\n\nBedankt voor je sollicitatie als werkstudent. We hebben gekozen voor een student die meer uren per '
     'week beschikbaar is.\n\nGroetjes,\nMarketingteam'),
    ('Vakantiejob zomer',
     'Dag Sam,\n\nMerci voor je interesse in een vakantiejob bij ons. Jammer genoeg zijn alle vakantiejobs voor juli '
     'en augustus al ingevuld.\n\nGroeten,\nHR supermarkt Gent-Zuid'),
    ('Traineeship Young Professionals',
     'Beste Sam,\n\nBedankt voor je deelname aan de online assessments voor ons traineeship. Op basis van de '
     'uitkomsten nodigen we je niet uit voor de assessmentdag.\n\nMet vriendelijke groet,\nTraineeship Team'),
    ('Meewerkstage',
     'Beste Sam,\n\nNa de kennismaking hebben we besloten je geen stageplek aan te bieden. We denken dat een stage bij '
     'een kleiner bureau beter bij je past.\n\nMet vriendelijke groet,\nArchitectenbureau Lijn'),
    ('Stage HR',
     'Hoi Sam,\n\nDe stageplek bij HR is helaas naar een andere student gegaan. Succes met je zoektocht!\n\nGroet,\n'
     'HR-afdeling'),
    ('Werkstudent data',
     'Hi Sam,\n\nNa het kennismakingsgesprek hebben we besloten om de werkstudentpositie niet met jou in te vullen.\n\n'
     'Groeten,\nTeam Data'),
    ('Jobstudent weekend',
     'Dag Sam,\n\nBedankt voor je kandidatuur als jobstudent. We hebben voor de weekends al voldoende studenten '
     'gevonden en kunnen je dus geen contract geven.\n\nGroetjes,\nTuincentrum Groenhof'),
    # --- after the first meeting, the second interview, careful weighing
    ('Uitkomst tweede gesprek',
     'Beste Sam,\n\nNa het tweede gesprek is de keuze gevallen op een kandidaat die beter past bij de samenstelling '
     'van het team.\n\nMet vriendelijke groet,\nAfdeling P&O'),
    ('Je sollicitatie',
     'Beste Sam,\n\nNa zorgvuldige afweging zijn we tot de conclusie gekomen dat we je geen aanbod gaan doen.\n\n'
     'Met vriendelijke groet,\nRecruitment'),
    ('Na ons gesprek',
     'Beste Sam,\n\nNa zorgvuldige afweging moeten wij je helaas laten weten dat je niet doorgaat naar de laatste '
     'ronde.\n\nMet vriendelijke groet,\nHR'),
    ('Re: kennismaking',
     'Hoi Sam,\n\nLeuk dat we elkaar spraken. Na de kennismaking hadden we allebei het gevoel dat de klik er niet '
     'helemaal was, dus we stoppen hier met de sollicitatieprocedure.\n\nGroet,\nKim'),
    ('Na het tweede gesprek',
     'Beste Sam,\n\nNa het tweede gesprek hebben we de knoop doorgehakt. We hebben de baan aangeboden aan een '
     'kandidaat met meer ervaring in de zorg, en zij heeft ja gezegd.\n\nMet vriendelijke groet,\nThuiszorg Anders'),
    # --- decisions in the passive voice
    ('Uw sollicitatie bij de afdeling Inkoop',
     'Geachte heer Rivera,\n\nUw sollicitatie is zorgvuldig beoordeeld. Besloten is om u niet uit te nodigen voor '
     'een gesprek.\n\nMet vriendelijke groet,\nAfdeling HRM'),
    ('Uw sollicitatie als verpleegkundige',
     'Geachte heer Rivera,\n\nDe vacature waarop u solliciteerde is toegekend aan een interne kandidaat.\n\nMet '
     'vriendelijke groet,\nWerving en Selectie, Zorggroep Rijnmond'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nDoor de selectiecommissie werd geoordeeld dat uw kandidatuur minder aansluit bij het '
     'gevraagde profiel dan die van andere kandidaten. U wordt daarom niet uitgenodigd voor het selectiegesprek.\n\n'
     'Hoogachtend,\nPersoneelsdienst'),
    ('Sollicitatie beleidsadviseur',
     'Geachte heer Rivera,\n\nBedankt voor uw sollicitatie. Er is gekozen voor een kandidaat die meer ervaring heeft '
     'in de gemeentelijke praktijk.\n\nMet vriendelijke groet,\nGemeente Heusden'),
    ('Uw sollicitatie voor de functie van planner',
     'Geachte heer Rivera,\n\nDe functie zal worden ingevuld door een andere kandidaat. Uw gegevens worden na vier '
     'weken verwijderd.\n\nMet vriendelijke groet,\nHR'),
    ('Uw sollicitatie voor de functie van laborant',
     'Geachte heer Rivera,\n\nEr is door de commissie besloten de procedure met u niet voort te zetten.\n\nMet '
     'vriendelijke groet,\nHR Laboratorium Oost'),
    # --- a portal notice that speaks of the reader in the third person
    ('Statusupdate sollicitatie 48213',
     'Statusupdate\n\nKandidaat: S. Rivera\nVacature: Medewerker klantenservice\n\nDe kandidaat is niet '
     'geselecteerd voor de volgende ronde.\n\nDit bericht is automatisch gegenereerd.'),
    ('Wijziging in uw sollicitatie',
     'Beste Sam Rivera,\n\nEr is een wijziging in de status van uw sollicitatie.\n\nVacature: Logistiek medewerker\n'
     'Nieuwe status: kandidaat niet geselecteerd\n\nLog in op het kandidatenportaal voor meer informatie.'),
    ('Uw sollicitatie: update',
     'Sollicitant S. Rivera is voor de vacature Teamleider Planning niet doorgegaan naar de gespreksronde.\n\nU '
     'ontvangt dit bericht omdat u een sollicitatie heeft ingediend via ons werkenbij-portaal.'),
    # --- the decision in the subject only
    ('Afwijzing sollicitatie Projectleider',
     'Beste Sam,\n\nBedankt voor je interesse in onze organisatie.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Helaas geen uitnodiging voor een gesprek',
     'Beste Sam,\n\nBedankt voor je sollicitatie en je interesse in ons bedrijf. We wensen je veel succes.\n\nGroet,\n'
     'HR'),
    ('Niet geselecteerd: vacature Financieel Adviseur',
     'Beste Sam,\n\nDank voor je tijd en moeite.\n\nMet vriendelijke groet,\nHR Team'),
    ('Uw sollicitatie als accountmanager: negatief besluit',
     'Geachte heer Rivera,\n\nIn de bijlage vindt u onze brief.\n\nMet vriendelijke groet,\nSecretariaat'),
    # --- a reply above a quoted earlier mail
    ('Re: sollicitatie magazijnmedewerker',
     'Hoi Sam,\n\nHelaas hebben we iemand anders aangenomen. Succes!\n\nGroet,\nWouter\n\nOp 3 maart schreef Sam '
     'Rivera:\n> Beste Wouter,\n> Hierbij solliciteer ik naar de functie van magazijnmedewerker. Ik kan direct '
     'beginnen.\n> Groet, Sam'),
    # --- old-style formal letters, a church's call, small shops, a shortlist, a status line, a verdict in the subject
    # only, a post withdrawn, and an agency's assignment cancelled
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie delen wij u mee dat wij hebben besloten de '
     'vacature niet in te vullen. De functie komt door een reorganisatie te vervallen.\n\nMet vriendelijke '
     'groet,\nHR'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nWij hebben besloten uw sollicitatie niet verder in procedure te '
     'nemen.\n\nHoogachtend,\nDienst Personeel'),
    ('Uw brief van 3 mei',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw brief van 3 mei, waarin u solliciteert naar de functie van '
     'administrateur, hebben wij gemeend u niet te moeten uitnodigen voor een gesprek.\n\nHoogachtend,\nDe directie'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nIn de eerste selectieronde is uw brief helaas niet gekozen. Wij danken u voor uw '
     'belangstelling.\n\nMet vriendelijke groet,\nSelectiecommissie'),
    ('Beroepingswerk',
     'Beste Sam,\n\nDe gemeente heeft besloten een beroep uit te brengen op een andere kandidaat. Wij danken je '
     'hartelijk voor je openheid in de gesprekken.\n\nNamens de beroepingscommissie,\nscriba'),
    ('Re: zaterdagwerk',
     'Hoi Sam,\n\nWe hebben iemand aangenomen die al als vakantiekracht in het team meedraaide. '
     'Sorry!\n\nGroetjes,\nAnnemiek\nSlagerij Annemiek'),
    ('Re: open sollicitatie',
     'Hoi Sam,\n\nLeuk dat je aan ons dacht! Op dit moment nemen we geen nieuwe mensen aan, het is te '
     'rustig.\n\nGroet,\nErik\nSchildersbedrijf Erik'),
    ('Shortlist',
     'Beste Sam,\n\nWe hebben een sterke shortlist samengesteld voor de functie van teamleider, en jij staat daar '
     'helaas niet op.\n\nGroet,\nRecruitment'),
    ('Update vacature',
     'Beste Sam,\n\nWe gaan door met twee andere kandidaten voor de laatste ronde.\n\nMet vriendelijke groet,\nHR'),
    ('Na het gesprek',
     'Beste Sam,\n\nHet was een nipte beslissing, maar die is uitgevallen in het voordeel van een andere '
     'kandidaat.\n\nMet vriendelijke groet,\nTeam P&O'),
    ('Terugkoppeling',
     'Beste Sam,\n\nWe hebben een kandidaat gevonden die net iets beter aansluit bij het team.\n\nMet vriendelijke '
     'groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHet is een andere kandidaat geworden. Bedankt voor je tijd en energie.\n\nGroet,\nIris'),
    ('Re: vacature chauffeur',
     'Hoi Sam,\n\nWe kiezen voor iemand die dichter bij de zaak woont, dat scheelt veel met de vroege '
     'ritten.\n\nGroet,\nTransportbedrijf Vos'),
    ('Statusupdate',
     'Sollicitatie: Medewerker financiele administratie\nStatus kandidaat: afgewezen\nReden: profiel sluit '
     'onvoldoende aan\n\nDit is een automatisch bericht.'),
    ('Resultaat sollicitatie',
     'Vacature: Servicedesk medewerker\nUitkomst: niet door naar de volgende fase\n\nBedankt voor je '
     'interesse.\nWerken bij Gemeente Oss'),
    ('Geen vervolg op je sollicitatie',
     'Beste Sam,\n\nDank voor je interesse.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Terugkoppeling: helaas geen match',
     'Beste Sam,\n\nBedankt voor het gesprek van dinsdag.\n\nGroet,\nTalent Team'),
    ('Je sollicitatie bij Trivo',
     'Hoi Sam,\n\nWe hebben besloten de positie voorlopig niet in te vullen, dus we sluiten de procedure. Sorry dat '
     'het zo loopt.\n\nGroet,\nTrivo'),
    ('Opdracht controller',
     'Beste Sam,\n\nDe opdrachtgever heeft de aanvraag ingetrokken; de opdracht gaat niet door. Je kandidatuur '
     'vervalt daarmee.\n\nGroet,\nInterim Partners'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nWe hebben de knoop doorgehakt en gaan het niet met jou doen. Succes!\n\nGroet,\nMarco'),
    ('Je sollicitatie',
     'Beste Sam,\n\nMet pijn in het hart laten we je weten dat we voor een andere kandidaat hebben '
     'gekozen.\n\nHartelijke groet,\nTeam'),
    ('Terugkoppeling sollicitatie',
     'Beste Sam,\n\nNa rijp beraad zijn we tot de conclusie gekomen dat je profiel niet past bij wat we voor deze '
     'functie zoeken.\n\nGroet,\nHR'),
    ('Je kandidatuur',
     'Dag Sam,\n\nWij zijn voor deze functie op zoek naar iemand met meer ervaring in de bouw en gaan daarom niet '
     'verder met je kandidatuur.\n\nMet vriendelijke groeten,\nHR'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nHet spijt ons u te moeten berichten dat uw sollicitatie niet heeft geleid tot een '
     'uitnodiging voor een gesprek.\n\nMet vriendelijke groet,\nP-Direkt'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe waren onder de indruk van je cv, maar we nemen toch iemand die meteen kan '
     'beginnen.\n\nGroet,\nLotte'),
    ('Update',
     'Hi Sam,\n\nSorry, we hebben gekozen om met een andere kandidaat in zee te gaan.\n\nCheers,\nDaan'),
    ('Je sollicitatie als verkoopmedewerker',
     'Hoi Sam,\n\nWe hebben inmiddels een nieuwe verkoopmedewerker gevonden, dus voor jou is er helaas geen '
     'plek.\n\nGroet,\nWinkel'),
    ('Re: vacature',
     'Beste Sam,\n\nWe hebben de functie aan een interne kandidaat gegeven. Dank voor je interesse.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe ervaring is waardevol, maar niet genoeg toegespitst op deze rol. We gaan daarom niet met je '
     'verder.\n\nGroet,\nHR'),
    # --- the reader not through to the last round, the others who fitted better as the whole decision
    ('Vacature medewerker klantenservice',
     'Beste Sam,\n\nJe bent helaas niet doorgedrongen tot de laatste ronde van de selectie.\n\nMet vriendelijke '
     'groet,\nHR'),
    ('Vacature medewerker klantenservice',
     'Beste Sam,\n\nEr waren veel kandidaten met een profiel dat beter aansloot.\n\nMet vriendelijke groet,\nHR'),
    # --- a reply above an Outlook or Gmail quote of the reader's own mail, a disclaimer in English, feedback first at a
    # selection day, a bilingual letter with both languages, an ice-cream parlour's warm note, a swimming pool's post
    ('RE: Sollicitatie administratief medewerker',
     'Beste Sam,\n\nDank voor je geduld. We hebben besloten de functie aan een andere kandidaat te geven.\n\nMet '
     'vriendelijke groet,\nHanneke Smit\nHR-adviseur\n\nVan: Sam Rivera <sam@example.net>\nVerzonden: maandag 4 '
     'maart 2024 10:12\nAan: Hanneke Smit\nOnderwerp: Sollicitatie administratief medewerker\n\nBeste '
     'Hanneke,\n\nIs er al nieuws over mijn sollicitatie? Ik hoor graag of ik word uitgenodigd.\n\nGroet,\nSam'),
    ('Re: Vacature kok',
     'Hoi Sam,\n\nSorry voor de late reactie. We hebben iemand anders gevonden.\n\nGr,\nMarco\n\nOp ma 4 mrt 2024 '
     'om 10:12 schreef Sam Rivera <sam@example.net>:\n> Hallo Marco,\n> Ik wil graag solliciteren als kok. Wanneer '
     'kan ik langskomen?\n> Sam'),
    ('Re: Kennismaking',
     'Hi Sam,\n\nNa ons gesprek hebben we toch besloten niet met je verder te gaan voor de '
     'functie.\n\nGroeten,\nDaan\n\nOn Mon, Mar 4, 2024 at 10:12 AM Sam Rivera <sam@example.net> wrote:\n> Hi '
     'Daan, thanks for the chat today! Looking forward to hearing from you.'),
    ('Vacature stagiair communicatie',
     'Beste Sam,\n\nBedankt voor je interesse in een stage bij ons. Na het lezen van alle brieven hebben we een '
     'stagiair gekozen die al ervaring heeft met video.\n\nVeel succes met je zoektocht naar een '
     'stageplek!\n\nGroet,\nAfdeling Communicatie\n\n---\nDit bericht kan vertrouwelijke informatie bevatten. This '
     'message may contain confidential information.'),
    ('Sollicitatie traineeship',
     'Beste Sam,\n\nJe hebt meegedaan aan de selectiedag van ons traineeship. De assessoren waren positief over je '
     'analytische vaardigheden. In de groepsopdracht liet je echter weinig van je eigen inbreng zien. Ook in het '
     'interview bleef je antwoord over samenwerken algemeen.\n\nOp basis van het totaalbeeld ben je niet '
     'geselecteerd voor het traineeship.\n\nMet vriendelijke groet,\nTraineeship Team'),
    ('Votre candidature / Uw kandidatuur',
     'Geachte heer Rivera,\nMonsieur,\n\nUw kandidatuur voor de functie van logistiek medewerker werd niet '
     "weerhouden.\nVotre candidature pour le poste de collaborateur logistique n'a pas ete retenue.\n\nMet "
     'vriendelijke groeten,\nCordialement,\nHR'),
    ('Jouw sollicitatie',
     'Hoi Sam!\n\nSuper bedankt voor je leuke sollicitatie en de filmpjes. We hebben heel lang getwijfeld, echt. '
     'Maar we gaan toch voor iemand die vaker in het weekend kan.\n\nHeel veel liefs,\nTeam IJssalon Bella'),
    ('Sollicitatie zwemonderwijzer',
     'Beste Sam,\n\nDank voor je komst naar de proefles. De keuze is gevallen op een zwemonderwijzer die ook de '
     "diploma's B en C kan afnemen.\n\nMet sportieve groet,\nZwembad De Wetering"),
    # --- a portal's result as a label and its value, a verdict alone in the subject, the other candidate put forward in
    # the passive, the procedure carried on with the other candidate (object first), a stage not reached
    ('Update over je sollicitatie',
     'Beste Sam,\n\nEr is een update over je sollicitatie voor Medewerker klantenservice.\n\nStatus: kandidaat '
     'afgewezen\n\nLog in op je account voor meer informatie.\n\nWerken bij Klantzorg'),
    ('Je sollicitatie: Servicedesk medewerker',
     'Hallo Sam,\n\nBedankt voor je sollicitatie.\n\nVacature: Servicedesk medewerker\nResultaat: afgewezen\n\n'
     'Met vriendelijke groet,\nRecruitment'),
    ('Beoordeling sollicitatie',
     'Beste Sam,\n\nJe sollicitatie voor de functie van planner is beoordeeld.\n\nUitkomst beoordeling: negatief\n\n'
     'Met vriendelijke groet,\nHR'),
    ('Wijziging in je sollicitatie',
     'Hoi Sam,\n\nJe sollicitatie voor Junior Accountant is bijgewerkt.\n\nFase: Afgewezen\n\nBekijk je overzicht in '
     'het portaal.'),
    ('Uitslag sollicitatie: negatief',
     'Geachte heer Rivera,\n\nHierbij ontvangt u de uitslag van uw sollicitatie. Wij danken u voor uw '
     'belangstelling.\n\nMet vriendelijke groet,\nGemeente Oss'),
    ('Geen uitnodiging: vacature 2024-31',
     'Geachte heer Rivera,\n\nWij danken u voor uw sollicitatie en uw belangstelling voor onze organisatie.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Uw sollicitatie beleidsmedewerker',
     'Geachte heer Rivera,\n\nBedankt voor uw sollicitatie. Door de commissie is een andere kandidaat voorgedragen '
     'voor benoeming.\n\nMet vriendelijke groet,\nSecretariaat'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nBedankt voor uw sollicitatie. Met een andere kandidaat wordt de procedure '
     'voortgezet.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nBedankt voor je sollicitatie. Je sollicitatie is niet in de selectie meegenomen, omdat we veel '
     'reacties kregen van mensen met een HBO-diploma.\n\nGroet,\nHR'),
    # --- Flemish schools, a detachment firm, a chip shop's misspelt note, a care home, a building firm, a bike rental
    ('Vacature leerkracht Frans',
     'Dag Sam,\n\nWe hebben voor de opdracht Frans gekozen voor een kandidate met een lerarendiploma. Veel succes '
     'nog!\n\nDe directie'),
    ('Je kandidatuur als consultant',
     'Dag Sam,\n\nOnze klant heeft gekozen voor een andere consultant die al ervaring heeft met SAP. We houden je '
     'cv bij voor een volgende opdracht.\n\nGroeten,\nTeam Detachering'),
    ('Kandidatuur magazijnier',
     'Dag Sam,\n\nWe hebben de job aan iemand anders gegeven. Bedankt voor uw interesse en nog veel '
     'succes.\n\nMvg,\nLogistiek Verhaeghe'),
    ('Solicitatie',
     'Hallo Sam,\n\nwe hebben jouw solicitatie bekeken maar we hebben al iemand. sorry!\n\ngroetjes\nfrituur Ons '
     'Huis'),
    ('Job in de winkel',
     'Dag Sam,\n\nSpijtig, maar we gaan voor een andere kandidaat die direct kan starten. Bedankt om langs te '
     'komen!\n\nGroetjes,\nBakkerij Peeters'),
    ('Uw kandidatuur',
     'Beste heer Rivera,\n\nNa het sollicitatiegesprek hebben wij beslist om de voorkeur te geven aan een '
     'kandidaat met meer ervaring in de zorgsector.\n\nMet vriendelijke groeten,\nWoonzorgcentrum Sint-Anna'),
    ('Sollicitatie werfleider',
     'Beste Sam,\n\nWe hebben jouw profiel bekeken, maar voor deze functie zoeken we iemand met minstens vijf jaar '
     'ervaring als werfleider. We gaan dus niet verder met jouw kandidatuur.\n\nGroeten,\nBouwbedrijf Maes'),
    ('Re: vacature',
     'Hey Sam,\n\nSorry man, de plek is al ingenomen. Volgend seizoen misschien!\n\nTom\nFietsverhuur De Kust'),
    ('Je sollicitatie als chauffeur',
     'Hoi Sam,\n\nWe hebben je sollicitatie goed bekeken, maar je hebt geen rijbewijs C, en dat is voor deze baan '
     'een harde eis. We kunnen je dus niet aannemen.\n\nGroet,\nTransport Bakker'),
    # --- stiff and plain variants: another hired after "overgegaan tot", the profile sought too far from the reader's,
    # not the candidate sought, a goodbye as a candidate, the post awarded to a candidate described
    ('Uw sollicitatie als data-analist',
     'Geachte heer Rivera,\n\nBedankt voor uw sollicitatie. Wij zijn overgegaan tot het aannemen van een andere '
     'kandidaat.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Je sollicitatie als data-analist',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. Het profiel dat we zoeken wijkt te veel af van jouw ervaring, dus we '
     'stoppen hier.\n\nGroet,\nRecruitment'),
    ('Je sollicitatie als data-analist',
     'Hoi Sam,\n\nBedankt voor je sollicitatie en je enthousiasme. Helaas ben je niet de kandidaat die we zoeken voor '
     'deze rol.\n\nGroet,\nRecruitment'),
    ('Je sollicitatie als data-analist',
     'Hoi Sam,\n\nNa het gesprek van vorige week nemen we afscheid van je als kandidaat. Dank voor je tijd!\n\nGroet,\n'
     'Recruitment'),
    ('Je sollicitatie als data-analist',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. De functie is aan een kandidaat met meer ervaring in Python gegund.\n\n'
     'Groet,\nRecruitment'),
    # (was a known gap: a Flemish school's signature read as a pupil's admission)
    ('Interim leerkracht L4',
     'Dag Sam,\n\nBedankt om je kandidaat te stellen voor de interim in het vierde leerjaar. De uren zijn '
     'toegekend aan een leerkracht die al in onze scholengroep werkt.\n\nVriendelijke groeten,\nDirectie '
     'basisschool De Regenboog'),
]

# Gaps left open: each reads the same as a mail that is no rejection of the reader, with nothing else in it to tell.
KNOWN_GAPS = [
    # a post given in object-first order ("het bijbaantje heeft mijn nichtje gekregen"): "mijn dochter heeft de
    # bijbaan gekregen" is a parent's good news in the same words
    ('Re: bijbaantje',
     'Hoi Sam,\n\nHet bijbaantje heeft mijn nichtje gekregen, sorry! Bedankt voor je reactie.\n\nGroet,\nMarja'),
    # "proefavond" is a tasting evening as often as a trial shift: no job word is left in the note
    ('Proefavond bar',
     'Hoi Sam,\n\nDe proefavond ging best goed, maar het team heeft voor iemand gekozen die ook overdag kan '
     'werken.\n\nGroet,\nJoris, cafe Het Hoekje'),
    # a board filling its post with a member ("besloten de functie van penningmeester te vervullen met iemand uit de
    # leden") writes the same sentence to a fellow board member; only the subject names the application
    ('Sollicitatie koster',
     'Beste heer Rivera,\n\nHet kerkbestuur heeft in zijn vergadering van dinsdag besloten de functie van koster te '
     'vervullen met iemand uit de eigen parochie.\n\nMet vriendelijke groet,\nParochie Sint-Jan'),
    # the reader named in the third person by full name: the rules do not know the reader's name, and a hiring
    # manager's ATS writes the same notice about a candidate
    ('Kandidatuur afgesloten',
     'Beste kandidaat,\n\nDe kandidatuur van Sam Rivera voor de functie magazijnier (ref. 3341) werd afgesloten. '
     'Reden: de vacature werd ingevuld.\n\nJobportaal'),
    # a first meeting with no job word in the new text ("na de kennismaking ... niet met je verder"): a therapist, a
    # childminder's family or a date say it too; the quoted invitation is not read
    ('Re: uitnodiging kennismaking',
     'Beste Sam,\n\nNa de kennismaking van gisteren hebben we besloten niet met je verder te gaan.\n\nGroet,\nLieke\n'
     '\n-----Oorspronkelijk bericht-----\nVan: Lieke\nOnderwerp: uitnodiging kennismaking\n\nBeste Sam, we nodigen '
     'je graag uit voor een kennismaking op dinsdag om 10 uur.'),
    # a bare "Helaas:" before a title in the subject and a thank-you below: "Helaas: vacature gesloten" or "Helaas:
    # uitverkocht" head news and shops' mail in the same form
    ('Helaas: Junior Developer',
     'Hoi Sam,\n\nBedankt voor je tijd. We wensen je veel succes.\n\nGroet,\nHR'),
    # an agency's assignment "ingevuld met een kandidaat": a state of the assignment, with no word of the reader's
    # application in the letter
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nDe opdracht is ingevuld met een kandidaat uit ons eigen netwerk.\n\nMet vriendelijke '
     'groet,\nExecutive Interim'),
]

# Long HTML templates: a header, a footer in English, a quoted earlier mail, a table.
_HEAD = ('<html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head><body style="background:#f4f4f4">'
         '<table role="presentation" width="100%"><tr><td align="center"><table width="640" style="background:#fff">'
         '<tr><td style="padding:24px"><img src="https://assets.example/brand.png" alt="Werken bij" width="120">'
         '</td></tr><tr><td style="padding:0 24px">')
_EN_FOOT = ('</td></tr><tr><td style="padding:24px;font-size:11px;color:#999"><p>This email was sent to you on behalf '
            'of the hiring company by our recruiting platform. Please do not reply to this email. Manage your '
            'notification settings or read our privacy policy.</p><p>Powered by Hirefly | Unsubscribe</p></td></tr>'
            '</table></td></tr></table></body></html>')
HTML_REJECTIONS = [
    ('Je sollicitatie bij Groenland Bouw',
     _HEAD + '<p>Beste Sam,</p><p>Bedankt voor je sollicitatie op de functie <strong>Werkvoorbereider</strong>.</p>'
     '<p>Na zorgvuldige afweging hebben we besloten een kandidaat aan te nemen die meer ervaring heeft met BIM.</p>'
     '<p>Met vriendelijke groet,<br>Team HR, Groenland Bouw</p>' + _EN_FOOT),
    ('Update: Werkstudent Finance',
     _HEAD + '<h1 style="font-size:20px">Update over je sollicitatie</h1><p>Hoi Sam,</p><p>Het team heeft je '
     'sollicitatie voor de werkstudentfunctie besproken. Er is gekozen voor een andere kandidaat.</p><p>Groetjes,'
     '<br>Finance Team</p>' + _EN_FOOT),
    ('Statusupdate sollicitatie',
     _HEAD + '<table><tr><td>Kandidaat</td><td>S. Rivera</td></tr><tr><td>Vacature</td><td>Teamleider '
     'Klantenservice</td></tr><tr><td>Status</td><td>Niet geselecteerd</td></tr></table><p>U kunt dit bericht '
     'niet beantwoorden.</p>' + _EN_FOOT),
    ('Re: Sollicitatie barista',
     '<html><body><div>Hoi Sam,<br><br>Sorry, we hebben de plek al aan iemand anders gegeven.<br><br>Groetjes,<br>'
     'Koffiebar Bonen</div><div><br>Op 12 april schreef Sam Rivera:<br><blockquote type="cite">Hoi! Ik zag de '
     'vacature voor barista in jullie raam. Ik kan in het weekend werken.</blockquote></div></body></html>'),
    ('Je sollicitatie',
     _HEAD + '<p>Beste Sam,</p><p>Dank voor het gesprek en de case die je voor ons uitwerkte. Je analyse was '
     'grondig en je presentatie helder.</p><p>We misten wel ervaring met internationale klanten, en dat weegt voor '
     'deze rol zwaar.</p><p>Daarom hebben we na het tweede gesprek besloten om niet met je verder te gaan.</p>'
     '<p>Hartelijke groet,<br>Recruitment</p>' + _EN_FOOT),
    ('Uw sollicitatie bij de Rijksoverheid',
     _HEAD + '<p>Geachte heer Rivera,</p><p>U solliciteerde op de vacature <b>Adviseur informatiebeveiliging</b> '
     '(vacaturenummer 2024-09876).</p><p>De selectiecommissie heeft besloten u niet uit te nodigen voor een '
     'gesprek.</p><p>Met vriendelijke groet,<br>namens de selectiecommissie</p>' + _EN_FOOT),
    ('Uw sollicitatie',
     '<html><body><div style="font-family:Calibri"><p>Geachte heer Rivera,</p><p>Hartelijk dank voor uw '
     'sollicitatie naar de functie van <b>Beleidsadviseur</b>.</p><p>Wij hebben uw brief en cv met belangstelling '
     'gelezen. Helaas zijn wij tot de conclusie gekomen dat andere kandidaten beter aansluiten bij de '
     'functie-eisen. Wij nodigen u daarom niet uit voor een gesprek.</p><p>Wij wensen u veel succes bij het vinden '
     'van een passende functie.</p><p>Met vriendelijke groet,</p><p>Afdeling HRM<br>Gemeente Zeist</p><hr><p '
     'style="font-size:9px">Disclaimer: This e-mail and any attachments are confidential and intended solely for '
     'the addressee. If you have received this e-mail in error, please notify the sender and delete '
     'it.</p></div></body></html>'),
    ('Je sollicitatie bij Kreato',
     '<html><body><table><tr><td><h2>Bedankt voor je sollicitatie</h2></td></tr><tr><td>Hoi Sam,<br><br>We hebben '
     'je sollicitatie voor <b>Content Marketeer</b> zorgvuldig bekeken. We hebben besloten om verder te gaan met '
     'kandidaten die meer ervaring hebben met SEO.<br><br>We bewaren je gegevens zes maanden in onze talentpool, '
     'tenzij je dat niet wilt.<br><br>Groetjes,<br>Team Kreato</td></tr><tr><td '
     'style="color:#999;font-size:10px">Sent with Recruitee. Kreato B.V., Keizersgracht 1, Amsterdam. <a '
     'href="#">Unsubscribe</a></td></tr></table></body></html>'),
]

LOOKALIKES = [
    # --- the same small employers with an invitation, an offer or a wait
    ('Re: bijbaan in de winkel',
     'Hoi Sam,\n\nBedankt dat je zaterdag even langskwam. We hebben nog niemand gevonden voor de zaterdagen, dus kom '
     'gerust nog een keer meedraaien!\n\nGroetjes,\nIngrid\nBloemenhuis Ingrid'),
    ('Re: sollicitatie kapster',
     'Hoi Sam,\n\nIk heb lang getwijfeld, maar ik neem jou aan! Kun je maandag beginnen?\n\nLiefs,\nNoor\nKapsalon '
     'Noor'),
    ('Even laten weten',
     'Hoi Sam,\n\nWe hebben iemand gevonden voor je kapotte fiets: mijn buurman repareert hem zaterdag.\n\nGroet,\n'
     'Bart'),
    ('Je sollicitatie als kelner',
     'Hey Sam,\n\nBedankt voor het proefdraaien vrijdagavond. Je bent het geworden! We zien je volgende week '
     'vrijdag om vijf uur.\n\nGroeten,\nDennis, bedrijfsleider'),
    ('Reservering zaterdag',
     'Beste Sam,\n\nHelaas zijn we zaterdag volgeboekt en hebben we geen tafel meer voor acht personen. Zondag kan '
     'wel.\n\nMet vriendelijke groet,\nRestaurant Duinzicht'),
    ('Proefavond bar',
     'Hoi Sam,\n\nDe proefavond is verplaatst naar donderdag: het team heeft voor iemand anders op vrijdag al een '
     'proefavond gepland.\n\nGroet,\nJoris'),
    # --- clubs, churches, NGOs about something other than the reader's job
    ('Selectie JO19',
     'Hoi Sam,\n\nDe technische commissie heeft de selectie voor JO19-1 gemaakt. Je bent niet geselecteerd en speelt '
     'komend seizoen in JO19-2.\n\nSportieve groet,\nv.v. Zuidwijk'),
    ('Vacature hoofdtrainer JO19',
     'Beste Sam,\n\nJe bent lid van de sollicitatiecommissie. We hebben drie kandidaten gesproken en besloten een '
     'andere trainer dan Peter aan te stellen. Wil jij Peter bellen?\n\nSportieve groet,\nSecretaris v.v. Zuidwijk'),
    ('Lidmaatschap tennisclub',
     'Beste Sam,\n\nUw aanvraag voor het lidmaatschap is helaas afgewezen: er geldt een ledenstop tot januari. We '
     'hebben u op de wachtlijst gezet.\n\nMet vriendelijke groet,\nLedenadministratie TC De Baan'),
    ('Vrijwilligers collecteweek',
     'Beste Sam,\n\nWat fijn dat je wilt helpen! Voor de collecteweek hebben we inmiddels genoeg collectanten, maar '
     'we bellen je graag voor de kerstmarkt.\n\nHartelijke groet,\nStichting Vluchtelingenhulp'),
    ('Aanvraag subsidie jongerenproject',
     'Beste Sam,\n\nNa zorgvuldige afweging heeft het fonds besloten uw aanvraag niet te honoreren. Er is gekozen '
     'voor projecten die beter aansluiten bij de doelen van dit jaar.\n\nMet vriendelijke groet,\nNatuurfonds '
     'Nederland'),
    # --- a startup founder, an interim bureau, a recruiter with good news or a next step
    ('Re: Frontend role',
     'Hi Sam,\n\nThanks voor de goede chat! We hebben intern gesproken en besloten om met jou verder te gaan. Ik stuur '
     'je morgen het contract.\n\nCheers,\nDaan\nFounder, Plantly'),
    ('Quick update',
     'Hey Sam,\n\nJust a quick update: we hebben nog geen beslissing genomen voor de growth rol. Volgende week weet '
     'ik meer.\n\nBest,\nLotte'),
    ('Opdracht interim-manager Financien',
     'Beste heer Rivera,\n\nDe opdrachtgever heeft na de kennismaking gekozen voor u. Kunt u op 1 mei starten?\n\nMet '
     'vriendelijke groet,\nPartner, Interim Partners'),
    ('Nieuw bericht van Thomas Bakker',
     'Thomas Bakker heeft je een bericht gestuurd:\n\n"Hoi Sam, ik zag je profiel en heb een mooie rol als Data '
     'Engineer bij een klant in Utrecht. Heb je deze week tijd om te bellen?"\n\nAntwoorden\n\nDit is een e-mail '
     'van LinkedIn. Afmelden'),
    # --- acknowledgements and next steps from government and portals
    ('Ontvangstbevestiging sollicitatie',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie op de vacature senior beleidsmedewerker ontvangen. Na '
     'zorgvuldige afweging van alle sollicitaties laten wij u uiterlijk 12 mei weten of u wordt uitgenodigd voor '
     'een gesprek.\n\nMet vriendelijke groet,\nnamens de selectiecommissie'),
    ('Statusupdate sollicitatie 48213',
     'Statusupdate\n\nKandidaat: S. Rivera\nVacature: Medewerker klantenservice\n\nDe kandidaat is geselecteerd '
     'voor de volgende ronde. U ontvangt binnenkort een uitnodiging.\n\nDit bericht is automatisch gegenereerd.'),
    ('Uw kandidatuur / Votre candidature',
     'Geachte heer Rivera,\n\nUw kandidatuur werd na de preselectie weerhouden. U wordt uitgenodigd voor het '
     'selectiegesprek op 4 juni.\n\nHoogachtend,\nFOD Financien - SPF Finances'),
    ('Uitnodiging tweede gesprek',
     'Beste Sam,\n\nNa de kennismaking willen we je graag uitnodigen voor een tweede gesprek met de directeur.\n\n'
     'Met vriendelijke groet,\nHR'),
    ('Onze beslissing',
     'Beste Sam,\n\nEerst wat feedback. Je presentatie was goed opgebouwd, al misten we concrete voorbeelden van '
     'projecten die je zelf hebt geleid.\n\nToch hebben we na zorgvuldige afweging besloten je de functie aan te '
     'bieden. Gefeliciteerd!\n\nHartelijke groet,\nTeam HR'),
    ('Besluit na tweede gesprek',
     'Geachte heer Rivera,\n\nNa het tweede gesprek is besloten u uit te nodigen voor een arbeidsvoorwaardengesprek.'
     '\n\nMet vriendelijke groet,\nAfdeling HRM'),
    ('Wijziging in uw sollicitatie',
     'Beste Sam Rivera,\n\nEr is een wijziging in de status van uw sollicitatie.\n\nVacature: Logistiek medewerker\n'
     'Nieuwe status: in behandeling\n\nLog in op het kandidatenportaal voor meer informatie.'),
    ('Werkstudent data',
     'Hi Sam,\n\nNa het kennismakingsgesprek hebben we besloten om je de werkstudentpositie aan te bieden. Welkom!\n\n'
     'Groeten,\nTeam Data'),
    # --- the reader hires or rejects someone else
    ('Kandidaat voor de werkplaats',
     'Hoi Sam,\n\nZoals besproken heb ik de andere kandidaat gebeld en gezegd dat we niet met hem verder gaan. Jij '
     'kunt de nieuwe collega maandag inwerken.\n\nGroet,\nBart'),
    ('Actie vereist: kandidaat afwijzen',
     'Beste Sam,\n\nDe kandidaat J. de Vries is niet geselecteerd voor de vacature Planner. Wil je de afwijzing nog '
     'vandaag versturen vanuit het systeem?\n\nRecruitmentsysteem'),
    ('Je vacature op onze site',
     'Beste Sam,\n\nJe vacature voor een zaterdaghulp is afgewezen door onze moderatoren, omdat er geen salaris in '
     'staat. Pas de tekst aan en plaats hem opnieuw.\n\nVacaturesite Werkhier'),
    # --- the reader's own withdrawal, a second-hand or a friend's rejection
    ('Je sollicitatie ingetrokken',
     'Hoi Sam,\n\nJammer dat je je sollicitatie intrekt, maar we begrijpen het. We hebben je kandidatuur '
     'afgesloten en wensen je veel plezier in je nieuwe baan.\n\nGroet,\nHR'),
    ('Balen',
     'Hoi Sam,\n\nIk ben afgewezen voor die baan bij de gemeente, ze kozen voor een interne kandidaat. Balen! Zin in '
     'een biertje vanavond?\n\nGroet,\nJesse'),
    # --- job alerts and newsletters
    ('Nieuwe vacatures voor jou',
     'Hoi Sam,\n\nDeze vacatures passen bij je zoekprofiel:\n- Werkstudent Marketing, Utrecht\n- Stage HR, '
     'Amersfoort\n- Vakantiejob magazijn, Gent\n\nBekijk alle vacatures\nJe ontvangt deze mail omdat je een '
     'jobalert hebt ingesteld.'),
    ('Nieuwsbrief: afgewezen na het tweede gesprek?',
     'Hoi Sam,\n\nIn deze nieuwsbrief: afgewezen na het tweede gesprek? Zo vraag je om feedback. En: vijf fouten '
     'in je motivatiebrief.\n\nLees verder op onze site.\n\nCarrierecoach Nieuwsbrief'),
    ('Blog: waarom kiest een werkgever voor een andere kandidaat?',
     'Beste lezer,\n\nWaarom kiest een werkgever voor een andere kandidaat, terwijl jouw gesprek goed ging? In onze '
     'nieuwe blog leggen drie recruiters het uit.\n\nLees de blog\n\nAfmelden voor deze nieuwsbrief'),
    # --- a no about something other than a job
    ('Uw inschrijving voor de woning Dorpsstraat 12',
     'Geachte heer Rivera,\n\nHelaas bent u niet geselecteerd voor de woning aan de Dorpsstraat 12. De woning is '
     'toegewezen aan een andere kandidaat met een langere inschrijfduur.\n\nMet vriendelijke groet,\nWoningstichting '
     'Thuis'),
    ('Uw kredietaanvraag',
     'Geachte heer Rivera,\n\nNa zorgvuldige afweging hebben wij besloten uw kredietaanvraag niet toe te kennen.\n\n'
     'Met vriendelijke groet,\nAfdeling Kredieten'),
    ('Uw artikel voor het tijdschrift',
     'Beste Sam,\n\nNa zorgvuldige afweging heeft de redactie besloten uw artikel niet te plaatsen. Het sloot '
     'onvoldoende aan bij het thema van dit nummer.\n\nMet vriendelijke groet,\nRedactie'),
    ('Uw offerte voor het dak',
     'Beste Sam,\n\nBedankt voor uw offerte. We hebben gekozen voor een andere aannemer, die eerder kan '
     'beginnen.\n\nMet vriendelijke groet,\nFamilie de Boer'),
    ('Plaatsing kinderopvang',
     'Beste Sam,\n\nHelaas kunnen we op de gewenste dagen geen plek aanbieden voor uw dochter. We hebben haar op de '
     'wachtlijst gezet.\n\nMet vriendelijke groet,\nKinderopvang Het Nest'),
    ('Aanmelding brugklas',
     'Geachte ouder,\n\nUw kind is bij de loting helaas niet geplaatst op onze school. U ontvangt een brief over de '
     'tweede ronde van de aanmelding.\n\nMet vriendelijke groet,\nStedelijk Lyceum'),
    ('Toelating masteropleiding',
     'Beste Sam,\n\nDe toelatingscommissie heeft besloten u niet toe te laten tot de masteropleiding, omdat u niet '
     'aan de vooropleidingseisen voldoet.\n\nMet vriendelijke groet,\nStudentenadministratie'),
    ('Afwijzing verzoek om uitstel van betaling',
     'Geachte heer Rivera,\n\nUw verzoek om uitstel van betaling is afgewezen. Het openstaande bedrag moet voor 1 '
     'juni zijn voldaan.\n\nMet vriendelijke groet,\nGemeentelijke Belastingen'),
    ('Je stageverslag',
     'Hoi Sam,\n\nJe stageverslag is niet voldoende beoordeeld: de reflectie ontbreekt. Lever voor vrijdag een '
     'nieuwe versie in.\n\nGroet,\nStagebegeleider'),
    ('Plek op de volkstuin',
     'Beste Sam,\n\nDe vrijgekomen tuin is toegewezen aan iemand die al langer op de wachtlijst staat. Je blijft '
     'gewoon op de lijst.\n\nGroet,\nVolkstuinvereniging'),
    ('Uw huurwoning',
     'Beste heer Rivera,\n\nNa de bezichtiging heeft de verhuurder gekozen voor een andere huurder. Bedankt voor uw '
     'interesse in de woning.\n\nMet vriendelijke groet,\nMakelaardij Centrum'),
    # --- an internal announcement to the reader as an employee
    ('Nieuwe teamleider',
     'Beste collega\'s,\n\nDe vacature van teamleider is ingevuld door Petra de Wit. Zij begint op 1 mei. Heet haar '
     'welkom!\n\nMet vriendelijke groet,\nDirectie'),
    # --- close to this sweep's rules: a track or a desk gone, a friend's news, a new hire announced to the team, a
    # board's post, an advert's profile, an offer on a house, a tender, a club's team with a vacancy in a P.S., a
    # membership, an offer sent to the wrong person, a stand-in for a shift
    ('Reservering tennisbaan',
     'Hoi Sam,\n\nDe baan is om 19 uur al weg, maar om 20 uur is baan 3 nog vrij.\n\nGroet,\nTC De Baan'),
    ('Je werkplek',
     'Hoi Sam,\n\nDe werkplek bij het raam is al weg, kies een andere in het boekingssysteem. Succes met je '
     'sollicitatiegesprekken vandaag!\n\nGroet,\nFacilitair'),
    ('Lisa',
     'Hoi Sam,\n\nWeet je nog dat Lisa bij de bakkerij had gesolliciteerd? Ik hoorde dat ze daar iemand anders '
     'hebben aangenomen. Lisa baalt er flink van.\n\nGroet,\nMarja'),
    ('Werkplaats',
     'Beste Sam,\n\nGoed nieuws voor de werkplaats: we hebben inmiddels een monteur aangenomen na de '
     'sollicitatiegesprekken, hij begint maandag. Kun jij hem inwerken?\n\nGroet,\nHenk'),
    ('Penningmeester',
     'Beste Sam,\n\nHet bestuur heeft besloten de functie van penningmeester te vervullen met iemand uit de leden. '
     'Wil jij de kandidaten voorstellen op de ledenvergadering?\n\nGroet,\nvoorzitter'),
    ('Vacaturetekst',
     'Hoi Sam,\n\nWe hebben besloten voor een meer senior profiel te gaan, dus ik pas de vacaturetekst aan. Kun jij '
     'de advertentie vandaag online zetten?\n\nGroet,\nRoel'),
    ('Woning Kerkstraat',
     'Beste Sam,\n\nDe verkoper heeft gekozen: het aanbod van iemand anders is geaccepteerd. Wilt u op de hoogte '
     'blijven van nieuwe woningen?\n\nMakelaardij Centrum'),
    ('Schilderwerk',
     'Geachte heer Rivera,\n\nDe opdracht voor het schilderwerk is gegund aan een andere partij. Uw offerte was '
     'hoger.\n\nVve De Linden'),
    ('Selectie heren',
     'Beste Sam,\n\nDe trainers hebben de selectie gemaakt: je bent niet geselecteerd voor het eerste team en speelt '
     'in het tweede. Ps: we hebben een vacature voor een betaalde clubcoach, zie de site!\n\nSportieve '
     'groet,\nHockeyclub Rood-Wit'),
    ('Lidmaatschap',
     'Hoi Sam,\n\nWe zien je helaas niet als lid bij ons: de vereniging zit vol en de wachtlijst is lang. Na je '
     'sollicitatie bij de gemeente heb je het vast druk genoeg!\n\nGroet,\nLedenadministratie'),
    ('Offerte aanbod',
     'Beste Sam,\n\nWe hebben het aanbod naar iemand anders gestuurd, sorry: het was voor Peter bedoeld. Jouw '
     'contract voor de functie komt morgen.\n\nGroet,\nHR'),
    ('Rooster',
     'Hoi Sam,\n\nOmdat je ziek bent, hebben we voor zaterdag iemand anders aangenomen als invaller. '
     'Beterschap!\n\nGroet,\nTeamleider'),
    # --- the second pass's writers with good news or about others: a post not filled but taken over by the reader, a
    # shortlist the reader is on, the one described being the reader, a church's call, a candidate list for the
    # hiring reader, a rent allowance, a new colleague, volunteers
    ('Vacature',
     'Beste Sam,\n\nWe hebben besloten de vacature voor de receptie niet in te vullen; jij neemt die taken erbij tot '
     'de zomer. Je krijgt er een toeslag voor.\n\nGroet,\nManager'),
    ('Re: open sollicitatie',
     'Hoi Sam,\n\nLeuk dat je aan ons dacht! We nemen weer nieuwe mensen aan in het voorjaar, ik bel je in '
     'maart.\n\nGroet,\nErik'),
    ('Shortlist',
     'Beste Sam,\n\nWe hebben een sterke shortlist samengesteld voor de functie van teamleider, en jij staat erop! '
     'We nodigen je uit voor een gesprek.\n\nGroet,\nRecruitment'),
    ('Update vacature',
     'Beste Sam,\n\nWe gaan door met jou en een andere kandidaat voor de laatste ronde.\n\nMet vriendelijke '
     'groet,\nHR'),
    ('Re: vacature chauffeur',
     'Hoi Sam,\n\nWe kiezen voor iemand die dichter bij de zaak woont, en dat ben jij! Kun je maandag '
     'beginnen?\n\nGroet,\nTransportbedrijf Vos'),
    ('Beroepingswerk',
     'Beste Sam,\n\nDe gemeente heeft besloten een beroep op je uit te brengen. Wij hopen dat je het in overweging '
     'neemt.\n\nNamens de beroepingscommissie,\nscriba'),
    ('Opdracht controller',
     'Beste Sam,\n\nDe opdrachtgever wil je graag spreken over de opdracht. Ben je dinsdag '
     'beschikbaar?\n\nGroet,\nInterim Partners'),
    ('Status kandidaten',
     'Beste Sam,\n\nOverzicht vacature Servicedesk medewerker:\nJ. Bakker - status kandidaat: afgewezen\nM. Smit - '
     'uitgenodigd\n\nGraag je akkoord.\nRecruitmentsysteem'),
    ('Je aanvraag huurtoeslag',
     'Beste Sam,\n\nHet spijt ons u te moeten berichten dat uw aanvraag niet heeft geleid tot een toekenning van '
     'huurtoeslag.\n\nBelastingdienst/Toeslagen'),
    ('Nieuwe collega',
     "Beste collega's,\n\nWe hebben inmiddels een nieuwe verkoopmedewerker gevonden: Ahmed begint maandag. Sam, wil "
     'jij hem inwerken?\n\nGroet,\nWinkel'),
    ('Vrijwilligerswerk',
     'Hoi Sam,\n\nVoor het vrijwilligerswerk bij de voedselbank nemen we op dit moment geen nieuwe mensen '
     'aan.\n\nGroet,\nVoedselbank'),
    # --- rejection words in mail that is no rejection of the reader: silence as the only no, the others not invited,
    # a decision not yet taken, job alerts and HR newsletters quoting a rejection, the reader relaying one or
    # withdrawing, an internship approved, a permit, a course, a moved interview, an election, a home-working request,
    # childcare, a quote, a column, an internal appointment, a son's application, a supplier, a friend's new job
    ('Ontvangstbevestiging',
     'Beste Sam,\n\nBedankt voor je sollicitatie als werkstudent. We bekijken alle sollicitaties na de '
     'sluitingsdatum. Krijg je binnen drie weken niets van ons te horen, dan ben je helaas niet '
     'geselecteerd.\n\nGroet,\nHR'),
    ('Uitnodiging gesprek',
     'Beste Sam,\n\nWe hebben veel sollicitaties ontvangen en helaas konden we niet iedereen uitnodigen. Jij bent '
     'wel door naar de eerste ronde! Kies een tijdstip in de agenda.\n\nGroet,\nRecruitment'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw sollicitatie is compleet. De selectiecommissie heeft nog geen besluit genomen over '
     'wie worden uitgenodigd. Kandidaten die niet worden uitgenodigd, ontvangen uiterlijk 20 mei bericht.\n\nMet '
     'vriendelijke groet,\nP-Direkt'),
    ('Vacatures deze week',
     'Hoi Sam,\n\nNieuw deze week: Souschef bij Brasserie Het Veerhuis, Kelner in Zandvoort, Werkstudent data. Niet '
     'wat je zoekt? Pas je jobalert aan.\n\nWerkzoeken.nl'),
    ('Nieuwsbrief HR',
     'Beste lezer,\n\nIn deze editie: hoe wijs je een kandidaat netjes af? Vijf voorbeeldzinnen, zoals "we hebben '
     'gekozen voor een andere kandidaat". En: de nieuwe regels voor proeftijd.\n\nHR Vakblad'),
    ('Terugkoppeling kandidaten',
     'Hoi Sam,\n\nJij hebt de gesprekken gevoerd. Wil je de twee kandidaten die niet door zijn laten weten dat we '
     'voor een andere kandidaat hebben gekozen? Dank!\n\nGroet,\nRecruiter'),
    ('Je intrekking',
     'Beste Sam,\n\nWe hebben je bericht ontvangen dat je je kandidatuur intrekt omdat je voor een andere werkgever '
     'hebt gekozen. Jammer, maar veel succes!\n\nGroet,\nHR'),
    ('Stageaanvraag',
     'Hoi Sam,\n\nJe stageaanvraag is goedgekeurd door de stagecommissie. Je mag beginnen bij het bedrijf van je '
     'keuze.\n\nGroet,\nStagebureau'),
    ('Uw aanvraag',
     'Geachte heer Rivera,\n\nUw aanvraag voor een parkeervergunning is afgewezen, omdat er geen plek meer '
     'beschikbaar is in uw wijk.\n\nMet vriendelijke groet,\nGemeente'),
    ('Inschrijving cursus',
     'Beste Sam,\n\nDe cursus Excel voor gevorderden is vol. Helaas kunnen we je niet plaatsen; we hebben je op de '
     'wachtlijst gezet.\n\nGroet,\nOpleidingscentrum'),
    ('Gesprek',
     'Beste Sam,\n\nHelaas moeten we het gesprek van morgen verzetten; de manager is ziek. We gaan niet verder met '
     'de planning voor deze week en bellen je maandag.\n\nGroet,\nHR'),
    ('Uitslag verkiezing',
     'Beste Sam,\n\nDe leden hebben gekozen: je bent niet verkozen als voorzitter van de personeelsvereniging. Dank '
     'voor je kandidatuur!\n\nHet bestuur'),
    ('Je aanvraag',
     'Hoi Sam,\n\nJe aanvraag voor thuiswerken op vrijdag is afgewezen door je leidinggevende, omdat het team dan '
     'onderbezet is.\n\nGroet,\nHR-portaal'),
    ('Kinderopvang',
     'Beste ouder,\n\nHelaas is er geen plek voor uw zoon op de BSO. We hebben gekozen voor kinderen met een '
     'broertje of zusje op de groep.\n\nMet vriendelijke groet,\nKinderopvang Zonnetje'),
    ('Re: offerte website',
     'Hoi Sam,\n\nBedankt voor je offerte. We hebben besloten om met een ander bureau verder te gaan, dat goedkoper '
     'was.\n\nGroet,\nBakkerij Mieke'),
    ('Artikel',
     'Beste Sam,\n\nDank voor het insturen van je column. Helaas past hij niet in het thema van dit nummer; we '
     'plaatsen hem niet.\n\nRedactie'),
    ('Intern',
     "Beste collega's,\n\nVoor de vacature teamleider is gekozen voor een externe kandidaat, Marloes de Boer. Zij "
     'begint op 1 juni.\n\nDirectie'),
    ('Re: sollicitatie van mijn zoon',
     'Beste Sam,\n\nUw zoon heeft bij ons gesolliciteerd als vakkenvuller. Helaas hebben we voor iemand anders '
     'gekozen; wilt u hem dat laten weten?\n\nGroet,\nSupermarkt'),
    ('Leverancier',
     'Beste Sam,\n\nWe hebben besloten niet verder te gaan met uw bedrijf als schoonmaakleverancier. Het contract '
     'loopt af per 1 juli.\n\nFacilitair'),
    ('Bijbaan',
     'Hoi Sam,\n\nIk heb de bijbaan bij de bakker gekregen! Mijn eerste dienst is zaterdag. Jij ook nog '
     'gesolliciteerd?\n\nLiefs, Noor'),
    # --- the others who fitted better, and the last round, in an invitation, a contest and good news
    ('Uitnodiging',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. Er waren kandidaten die op papier beter aansloten, maar jij viel op '
     'door je motivatie. We nodigen je graag uit voor een gesprek.\n\nGroet,\nHR'),
    ('Fotowedstrijd',
     'Beste Sam,\n\nJe bent helaas niet doorgedrongen tot de laatste ronde van de fotowedstrijd. Bedankt voor je '
     'inzending!\n\nDe jury'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe bent wel doorgedrongen tot de laatste ronde! We zien je dinsdag.\n\nGroet,\nHR'),
    # --- the quote holds the no, a friend's forwarded letter, a swimming lesson's group, a sold-out cake, a service's
    # pick of a cook or a trainer
    ('RE: Sollicitatie administratief medewerker',
     'Beste Sam,\n\nDank voor je geduld. We nodigen je graag uit voor een gesprek op dinsdag.\n\nMet vriendelijke '
     'groet,\nHanneke Smit\n\nVan: Hanneke Smit\nVerzonden: maandag 4 maart 2024 10:12\nAan: Sam '
     'Rivera\nOnderwerp: Sollicitatie administratief medewerker\n\nBeste Sam,\n\nHelaas hebben we besloten de '
     'functie aan een andere kandidaat te geven. Mocht die kandidaat afhaken, dan laten we het je weten.'),
    ('Fwd: je sollicitatie',
     'Hoi Sam, kijk, dit kreeg Lisa vandaag. Balen voor haar!\n\n---------- Doorgestuurd bericht ---------\nVan: '
     'HR <hr@bedrijf.example>\nAan: Lisa\n\nBeste Lisa,\n\nHelaas hebben we besloten niet verder te gaan met je '
     'sollicitatie.\n\nGroet,\nHR'),
    ('Zwemles',
     'Beste ouder,\n\nDe keuze is gevallen op een andere groep: uw dochter blijft nog een blok in groep 2 voordat '
     'ze diploma B gaat halen.\n\nMet sportieve groet,\nZwembad De Wetering'),
    ('Jouw bestelling',
     'Hoi Sam!\n\nSuper bedankt voor je bestelling. Helaas gaan we niet verder met de levering van de '
     'aardbeientaart, die is uitverkocht.\n\nLiefs,\nTeam IJssalon Bella'),
    ('Personeelsfeest',
     'Hoi Sam,\n\nVoor het personeelsfeest is de keuze gevallen op een kok die ook vegetarisch kookt. Jij regelt '
     'de muziek, toch?\n\nGroet,\nPersoneelsvereniging'),
    ('Sollicitatietraining',
     'Beste Sam,\n\nVoor de sollicitatietraining van volgende week is de keuze gevallen op een trainer met veel '
     'ervaring in gesprekstechnieken. Je bent van harte welkom.\n\nGroet,\nLoopbaancentrum'),
    # --- a label and a value for leave or a test, a confidant appointed, the reader beside the other candidate, a
    # portal's legend, a question about a missing invitation
    ('Verlofaanvraag 12-15 mei',
     'Beste Sam,\n\nVerlofaanvraag: 12 tot 15 mei\nResultaat: afgewezen\nToelichting: te veel medewerkers van je '
     'team zijn dan afwezig.\n\nHR-portaal'),
    ('Uitslag test',
     'Beste Sam,\n\nUitslag: negatief. Je kunt gewoon naar je werk en naar je sollicitatiegesprek van '
     'morgen.\n\nGGD'),
    ('Vertrouwenspersoon',
     'Beste Sam,\n\nOmdat je met verlof gaat, is iemand anders aangesteld als vertrouwenspersoon voor de '
     'medewerkers.\n\nGroet,\nHR'),
    ('Laatste ronde',
     'Beste Sam,\n\nMet een andere kandidaat gaan we ook nog door naar de laatste ronde, samen met jou. We bellen '
     'je voor een afspraak.\n\nGroet,\nHR'),
    ('FAQ sollicitatieportaal',
     'Beste Sam,\n\nIn je portaal zie je per sollicitatie de fase. Fase: afgewezen betekent dat de werkgever niet '
     'verder gaat; fase: gesprek betekent dat je wordt uitgenodigd.\n\nJobportaal'),
    ('Geen uitnodiging ontvangen?',
     'Beste Sam,\n\nHeb je nog geen uitnodiging voor het sollicitatiegesprek ontvangen? Kijk dan in je spam of bel '
     'ons.\n\nGroet,\nHR'),
    # --- a candidate the reader referred or proposed, the reader declining an offer, a benefit and the duty to apply,
    # an old no recalled for a new post, a missing letter asked for
    ('Je aanbeveling',
     'Hoi Sam,\n\nBedankt voor het aandragen van Piet voor de functie van planner. Helaas hebben we voor iemand '
     'anders gekozen; wil je hem dat laten weten?\n\nGroet,\nRecruitment'),
    ('Jammer!',
     'Hoi Sam,\n\nJammer dat je ons aanbod niet aanneemt, maar we begrijpen je keuze. We gaan nu verder met een '
     'andere kandidaat. Veel succes bij je nieuwe werkgever!\n\nGroet,\nHR'),
    ('Uw WW-uitkering',
     'Geachte heer Rivera,\n\nUw aanvraag voor een WW-uitkering is afgewezen, omdat u in de afgelopen periode niet '
     'genoeg heeft gesolliciteerd.\n\nMet vriendelijke groet,\nUWV'),
    ('Sollicitatieplicht',
     'Geachte heer Rivera,\n\nU heeft niet voldaan aan uw sollicitatieplicht. Uw uitkering wordt daarom een maand '
     'verlaagd.\n\nMet vriendelijke groet,\nUWV'),
    ('Vacature recruiter',
     'Hoi Sam,\n\nVorig jaar ben je bij ons afgewezen voor de functie van recruiter, maar we hebben nu een nieuwe '
     'vacature die beter bij je past. Zin in een kop koffie?\n\nGroet,\nTalent Team'),
    ('Kandidaat voor jullie vacature',
     'Hoi Sam,\n\nDe kandidaat die jij voorstelde voor de vacature van monteur hebben we niet aangenomen; we zijn '
     'gegaan voor iemand met meer ervaring. Stuur gerust nieuwe profielen!\n\nGroet,\nHenk'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe sollicitatie is ontvangen. Let op: sollicitaties zonder motivatiebrief worden niet in '
     'behandeling genomen. Stuur je brief nog na?\n\nGroet,\nHR'),
    # --- extra hours given to a colleague, a misspelt application invited
    ('Extra uren zomer',
     'Beste Sam,\n\nJe vroeg om extra uren in de zomer. Die uren zijn toegekend aan een collega die nog geen '
     'vakantie heeft opgenomen. In september kijken we opnieuw naar het rooster.\n\nGroet,\nTeamleider'),
    ('Re: solicitatie',
     'Hoi Sam,\n\nwe hebben jouw solicitatie bekeken en we willen je graag uitnodigen! kan je '
     'dinsdag?\n\ngroetjes\nfrituur Ons Huis'),
    # --- a new colleague hired, a vacancy to share, a prize awarded, another vacancy offered in the same breath
    ('Nieuwe collega',
     'Hoi Sam,\n\nWe zijn overgegaan tot het aannemen van een nieuwe collega voor het magazijn; jij kunt hem '
     'maandag inwerken.\n\nGroet,\nTeamleider'),
    ('Vacature delen',
     'Hoi Sam,\n\nBen je niet de kandidaat die we zoeken, maar ken je iemand die het wel is? Deel dan onze '
     'vacature voor een planner!\n\nGroet,\nRecruitment'),
    ('Prijsvraag',
     'Beste Sam,\n\nBedankt voor je inzending. De prijs is aan een kandidaat met meer stemmen toegekend. Je '
     'sollicitatie bij ons loopt gewoon door!\n\nGroet,\nPersoneelsblad'),
    ('Andere vacature',
     'Beste Sam,\n\nDe functie van planner wijkt te veel af van je profiel, maar we hebben een andere vacature die '
     'wel past: teamleider logistiek. Zullen we bellen?\n\nGroet,\nRecruiter'),
]

HTML_LOOKALIKES = [
    ('Je sollicitatie bij Groenland Bouw',
     _HEAD + '<p>Beste Sam,</p><p>Bedankt voor je sollicitatie op de functie <strong>Werkvoorbereider</strong>.</p>'
     '<p>We nemen je sollicitatie in behandeling en laten binnen twee weken weten of je wordt uitgenodigd.</p>'
     '<p>Met vriendelijke groet,<br>Team HR</p>' + _EN_FOOT),
    ('Re: Sollicitatie barista',
     '<html><body><div>Hoi Sam,<br><br>Leuk! Kom zaterdag om tien uur proefdraaien.<br><br>Groetjes,<br>Koffiebar '
     'Bonen</div><div><br>Op 12 april schreef Koffiebar Bonen:<br><blockquote type="cite">Helaas hebben we de plek '
     'al aan iemand anders gegeven, maar er komt misschien een tweede plek vrij.</blockquote></div></body></html>'),
    ('Statusupdate sollicitatie',
     _HEAD + '<table><tr><td>Kandidaat</td><td>S. Rivera</td></tr><tr><td>Vacature</td><td>Teamleider '
     'Klantenservice</td></tr><tr><td>Status</td><td>Uitgenodigd voor gesprek</td></tr></table>' + _EN_FOOT),
    ('Update sollicitatie',
     _HEAD + '<p>Hoi Sam,</p><p>Goed nieuws! Je bent door naar de volgende ronde voor <b>Werkvoorbereider</b>. '
     'Helaas konden we niet alle kandidaten uitnodigen, maar jij bent erbij.</p>'
     + _EN_FOOT),
    ('Ontvangen',
     _HEAD + '<p>Beste Sam,</p><p>We hebben je sollicitatie ontvangen. Helaas kunnen we niet iedereen persoonlijk '
     'antwoorden; binnen twee weken hoor je of je wordt uitgenodigd.</p>'
     + _EN_FOOT),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, SENDER, rejection=True, subtype="html")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_html_lookalike_not_found = letters_test(HTML_LOOKALIKES, SENDER, rejection=False, subtype="html")
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
