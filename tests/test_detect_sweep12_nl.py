"""Sweep 12, Dutch: a twelfth writer. Flemish public-sector selection procedures (a score under the bar, "niet
geslaagd voor de selectie"; being put on a reserve list is NOT a no, not being put on it is); staffing agencies and
secondment firms writing about their client ("de opdrachtgever heeft gekozen voor", "we stellen je niet voor");
assessment and test results; traineeships, internships, side jobs and student jobs; ATS templates in Dutch with
English footers; "de keuze is niet op jou gevallen", "de voorkeur gegeven aan", "je profiel sluit onvoldoende aan",
"niet door naar de volgende ronde", "we laten het hierbij", "we zien geen match"; Belgian formal letters ("tot ons
spijt"); letters where the no follows a long story on the number of applicants; WhatsApp-style notes from a small
business; a verdict in the subject alone; a wish to find a post "elders" under a subject naming the application; and
ATS templates sent as HTML only.
The look-alikes use the same words for something else: "afgewezen" for a permit, a subsidy, a visa, a claim or a
loan; a study place "uitgeloot"; a tender not won; a rescheduled interview; the reader declining; an agency telling
the reader (a hiring manager) that another candidate was turned down; a job alert on a filled vacancy; a newsletter
on handling rejection; a colleague's farewell; being put on a reserve list; passing a test; a board seat (an elected,
unpaid seat: not a job); a candidate who did not choose the reader's company; a relative's application the reader
asked about; a course group or a shift the reader cannot be put in.
Two gaps are in other files (KNOWN_GAPS): a capital "Jij" read as a name, and an internship "bij de redactie".
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Joke Vermeulen <joke@selectie-vlaanderen.example>"

REJECTIONS = [
    # --- Flemish public-sector selection procedures
    ('Resultaat selectieprocedure',
     'Beste Sam,\n\nU nam deel aan de selectieprocedure voor de functie van administratief medewerker. Helaas bent u '
     'niet geslaagd voor de selectie.\n\nMet vriendelijke groeten,\nSelectiedienst Stad Gent'),
    ('Uitslag computergestuurde test',
     'Beste Sam,\n\nVoor de schriftelijke proef van de selectie voor dossierbeheerder behaalde u niet de vereiste '
     'score van 60%. U kunt daarom niet deelnemen aan het mondelinge gedeelte.\n\nMet vriendelijke groet,\nHR'),
    ('Selectie deskundige ruimtelijke ordening',
     'Geachte heer Rivera,\n\nWij delen u mee dat u voor de selectie van deskundige ruimtelijke ordening niet '
     'geslaagd bent. U wordt bijgevolg niet opgenomen in de wervingsreserve.\n\nHoogachtend,\nHet college'),
    ('Resultaat jurygesprek',
     'Beste Sam,\n\nNa het jurygesprek voor de functie van teamcoach heeft de jury beslist dat u niet geslaagd bent. '
     'Uw punten vindt u in bijlage.\n\nVriendelijke groeten,\nPersoneelsdienst OCMW'),
    ('Uw deelname aan de selectie',
     'Beste kandidaat,\n\nU behaalde onvoldoende punten op de preselectietest voor de functie van '
     'bibliotheekassistent en bent dus niet geslaagd. Wij danken u voor uw deelname.\n\nDienst Personeel'),
    ('Selectieprocedure maatschappelijk werker',
     'Beste Sam,\n\nHelaas scoorde u op het onderdeel casus onder de minimumnorm. Hierdoor wordt u niet '
     'toegelaten tot het vervolg van de selectieprocedure voor maatschappelijk werker.\n\nMet vriendelijke groeten,\n'
     'Personeelsdienst'),
    ('Resultaat selectie',
     'Beste Sam,\n\nU bent helaas niet geslaagd voor de selectie van ploegbaas groendienst. Wij wensen u veel succes '
     'bij een volgende selectie.\n\nGroeten,\nGemeente Lede'),
    # --- staffing agencies and secondment firms about their client
    ('Update over je sollicitatie',
     'Hoi Sam,\n\nIk heb net gebeld met onze opdrachtgever. Zij hebben gekozen voor een andere kandidaat voor de '
     'functie van orderpicker. Ik houd je op de hoogte van nieuwe vacatures.\n\nGroet,\nJoke, Randstad'),
    ('Terugkoppeling opdrachtgever',
     'Beste Sam,\n\nDe opdrachtgever heeft je cv bekeken, maar heeft besloten niet met je verder te gaan voor de '
     'opdracht als projectcontroller.\n\nMet vriendelijke groet,\nJoke Vermeulen, detacheringsconsultant'),
    ('Je sollicitatie via ons bureau',
     'Beste Sam,\n\nNa een goede vergelijking stellen we je niet voor bij onze klant voor de vacature van '
     'salesmanager. Je ervaring in B2B sluit te weinig aan.\n\nGroet,\nJoke'),
    ('Vacature heftruckchauffeur',
     'Hoi Sam,\n\nDe klant heeft helaas een andere kandidaat aangenomen voor de functie van heftruckchauffeur. '
     'Balen! Ik zoek verder voor je.\n\nGroetjes,\nJoke, uitzendbureau'),
    ('Detachering bij de provincie',
     'Beste Sam,\n\nDe provincie heeft na het kennismakingsgesprek gekozen voor een kandidaat met meer ervaring in '
     'aanbestedingen. De detachering gaat voor jou dus niet door.\n\nMet vriendelijke groet,\nJoke Vermeulen'),
    ('Je profiel',
     'Beste Sam,\n\nWe hebben je profiel goed bekeken, maar we gaan je niet voorstellen aan de opdrachtgever voor de '
     'rol van scrum master. De klant vraagt iemand met SAFe-ervaring.\n\nGroet,\nJoke'),
    # --- assessment and test results
    ('Uitslag capaciteitentest',
     'Beste Sam,\n\nJe hebt de capaciteitentest voor de functie van analist niet gehaald. Daarom kunnen we je niet '
     'verder meenemen in de procedure.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Resultaat assessment',
     'Beste Sam,\n\nOp het assessment scoorde je onder de norm die we voor deze functie hanteren. We gaan daarom '
     'niet verder met je sollicitatie als accountmanager.\n\nGroet,\nHR'),
    ('Online test',
     'Beste Sam,\n\nBedankt voor het maken van de online test. Helaas was je score niet voldoende om door te gaan '
     'naar de gespreksronde voor de functie van controller.\n\nMet vriendelijke groet,\nTalent Acquisition'),
    ('Uitslag praktijkproef',
     'Beste Sam,\n\nDe praktijkproef voor de functie van lasser hebt u niet met goed gevolg afgelegd. Wij kunnen u '
     'helaas geen arbeidsovereenkomst aanbieden.\n\nMet vriendelijke groeten,\nMetaalbouw NV'),
    ('Assessmentuitslag',
     'Beste Sam,\n\nUit het assessment blijkt dat je profiel onvoldoende aansluit bij de competenties voor de rol '
     'van teamleider. We zetten de procedure met jou daarom niet voort.\n\nGroet,\nHR'),
    # --- traineeships, internships, side jobs, student jobs
    ('Traineeship 2025',
     'Beste Sam,\n\nDank voor je sollicitatie voor ons traineeship. Er waren ruim 800 aanmeldingen voor 12 '
     'plekken; je bent helaas niet door naar de volgende ronde.\n\nMet vriendelijke groet,\nTraineeteam'),
    ('Stage marketing',
     'Hoi Sam,\n\nBedankt voor je interesse in een stage bij ons marketingteam. De stageplek is inmiddels vergeven '
     'aan een andere student.\n\nGroetjes,\nJoke'),
    ('Studentenjob zomer',
     'Hey Sam,\n\nBedankt voor je kandidatuur voor de studentenjob in onze winkel. We hebben alle plaatsen voor deze '
     'zomer al ingevuld met andere studenten.\n\nGroetjes,\nJoke'),
    ('Bijbaan bezorger',
     'Hoi Sam,\n\nLeuk dat je wilt bezorgen! We hebben voor de bijbaan helaas al genoeg mensen aangenomen, dus we '
     'kunnen je op dit moment niet plaatsen.\n\nGroet,\nJoke'),
    ('Afstudeerstage',
     'Beste Sam,\n\nWe hebben je aanvraag voor een afstudeerstage bij de afdeling data besproken. Helaas kunnen we je '
     'geen stageplaats aanbieden.\n\nMet vriendelijke groet,\nStagecoordinator'),
    ('Vakantiejob',
     'Dag Sam,\n\nDank je voor je sollicitatie voor een vakantiejob. Helaas hebben we je niet weerhouden.\n\n'
     'Vriendelijke groeten,\nJoke'),
    # --- ATS templates in Dutch with English footers
    ('Je sollicitatie bij Fietsfabriek',
     'Hoi Sam,\n\nBedankt voor je sollicitatie als productiemedewerker. Na zorgvuldige overweging hebben we besloten '
     'om niet met je verder te gaan.\n\nGroet,\nTeam Fietsfabriek\n\n--\nSent with Recruitee. Powered by Recruitee.'
     '\nUnsubscribe from these emails.'),
    ('Update: Medewerker klantenservice',
     'Beste Sam,\n\nDe keuze is niet op jou gevallen. We danken je voor je tijd en wensen je veel succes.\n\nTeam HR'
     '\n\nThis email was sent by Homerun on behalf of Klantgroep. Privacy policy.'),
    ('Sollicitatie: Backend developer',
     'Beste Sam,\n\nWe hebben de voorkeur gegeven aan een kandidaat met meer ervaring in Go. Bedankt voor je '
     'interesse in Codehuis.\n\nGroet,\nCodehuis\n\nYou received this email because you applied for a job at Codehuis.'
     ' Manage your data.'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe profiel sluit onvoldoende aan bij de functie van HR-adviseur. We nemen je sollicitatie daarom '
     'niet verder in behandeling.\n\nMet vriendelijke groet,\nRecruitment\n\nPowered by Werkzoeken. Do not reply to '
     'this message.'),
    ('Sollicitatie verkoper binnendienst',
     'Hi Sam,\n\nNa het eerste gesprek zien we geen match voor de rol van verkoper binnendienst. We wensen je veel '
     'succes bij je zoektocht.\n\nGroet,\nTeam Sales\n\nSent via our applicant tracking system.'),
    # --- choice phrasings
    ('Sollicitatie projectsecretaris',
     'Beste Sam,\n\nBedankt voor je sollicitatie. De keuze is helaas niet op jou gevallen; we hebben iemand gevonden '
     'die al ervaring heeft met gemeentelijke projecten.\n\nMet vriendelijke groet,\nJoke'),
    ('Vacature payroll specialist',
     'Beste Sam,\n\nWij hebben de voorkeur gegeven aan een kandidaat die direct beschikbaar is. Wij danken u voor uw '
     'belangstelling voor de functie van payroll specialist.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie als docent',
     'Beste Sam,\n\nOnze voorkeur gaat uit naar een andere kandidaat voor de functie van docent wiskunde. Dank voor '
     'het fijne gesprek.\n\nGroet,\nSchoolleiding'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe profiel sluit helaas niet voldoende aan op het profiel dat we zoeken voor de functie van '
     'inkoper. Daarom nodigen we je niet uit voor een gesprek.\n\nGroet,\nHR'),
    ('Sollicitatie beveiliger',
     'Beste Sam,\n\nHelaas ga je niet door naar de volgende ronde van de sollicitatieprocedure voor beveiliger.\n\n'
     'Met vriendelijke groet,\nSecurity BV'),
    ('Re: sollicitatie grafisch ontwerper',
     'Hoi Sam,\n\nNa ons gesprek hebben we alles nog eens op een rij gezet. We laten het hierbij; een andere '
     'kandidaat past beter bij de studio.\n\nGroet,\nJoke'),
    ('Je gesprek van dinsdag',
     'Hoi Sam,\n\nDank voor het gesprek. Eerlijk gezegd zien we geen match tussen jouw ervaring en de functie van '
     'teamlead, dus we stoppen hier.\n\nGroet,\nJoke'),
    ('Sollicitatie',
     'Hoi Sam,\n\nWe hebben er goed over nagedacht, maar we gaan het niet doen met jou als nieuwe barista. Succes '
     'met zoeken!\n\nGroet,\nJoke'),
    # --- Belgian formal letters
    ('Uw kandidatuur',
     'Geachte heer,\n\nTot ons spijt moeten wij u meedelen dat uw kandidatuur voor de functie van juridisch '
     'adviseur niet weerhouden werd.\n\nHoogachtend,\nDe personeelsdirecteur'),
    ('Uw sollicitatie',
     'Geachte heer/mevrouw,\n\nTot onze spijt kunnen wij niet ingaan op uw sollicitatie voor de betrekking van '
     'magazijnier. Wij bewaren uw gegevens niet.\n\nMet de meeste hoogachting,\nDe directie'),
    ('Kandidatuur boekhouder',
     'Geachte mevrouw,\n\nWij betreuren u te moeten melden dat wij een andere kandidaat hebben aangeworven voor de '
     'functie van boekhouder.\n\nMet vriendelijke groeten,\nDe zaakvoerder'),
    ('Uw kandidaatstelling',
     'Geachte heer Rivera,\n\nNa grondig onderzoek van alle kandidaatstellingen heeft het directiecomite beslist '
     'uw kandidatuur niet te weerhouden voor de betrekking van directiesecretaris.\n\nHoogachtend,\nDe voorzitter'),
    # --- a long story on the number of applicants first
    ('Sollicitatie communicatieadviseur',
     'Beste Sam,\n\nOp onze vacature voor communicatieadviseur kregen we maar liefst 312 reacties. Dat hadden we niet '
     'verwacht, en het heeft ons veel tijd gekost om alle brieven met aandacht te lezen. We hebben uiteindelijk acht '
     'mensen uitgenodigd voor een gesprek. Jij hoort daar helaas niet bij.\n\nMet vriendelijke groet,\nJoke'),
    ('Vacature office assistant',
     'Beste Sam,\n\nDe afgelopen weken hebben we meer dan tweehonderd sollicitaties ontvangen voor de functie van '
     'office assistant. Veel kandidaten hadden een sterk profiel, en de keuze was moeilijk. Uiteindelijk hebben we '
     'gekozen voor kandidaten van wie de ervaring nog beter aansluit. We nemen jouw sollicitatie dus niet mee in de '
     'volgende fase.\n\nGroet,\nHR'),
    ('Je reactie op onze vacature',
     'Hoi Sam,\n\nWat een respons! Meer dan honderd mensen wilden bij ons komen werken als kok. We konden helaas maar '
     'met een handvol in gesprek, en jij zat daar niet bij.\n\nGroet,\nJoke, Brasserie Bram'),
    # --- WhatsApp-style notes from a small business
    ('Re: bijbaan',
     'hoi! we hebben al iemand gevonden hoor, sorry. succes!!\n\nJoke'),
    ('Re: vacature winkelmedewerker',
     'Hey Sam, de plek in de winkel is al ingevuld. Sorry dat ik het nu pas laat weten! Groetjes Joke'),
    ('Re: sollicitatie',
     'Hoi Sam, we gaan voor iemand anders, maar dank je wel voor je berichtje en je cv!\n\nJoke'),
    ('Re: bediening',
     'hey, sorry we hebben de baan in de bediening al aan iemand anders gegeven. fijne dag!'),
    ('Re: kapsalon',
     'Hoi Sam! Dank voor je sollicitatie. We hebben inmiddels een nieuwe collega aangenomen, dus het wordt helaas '
     'niks. Succes!\n\nGroetjes, Joke'),
    # --- the verdict in the subject, little in the body
    ('Afwijzing sollicitatie logistiek medewerker',
     'Beste Sam,\n\nBedankt voor je interesse in onze organisatie. In de bijlage vind je onze toelichting.\n\nGroet,\n'
     'HR'),
    ('Je sollicitatie is afgewezen',
     'Beste Sam,\n\nDank voor de tijd die je in je sollicitatie hebt gestoken. We wensen je veel succes.\n\nGroet,\n'
     'Team Recruitment'),
    ('Niet geselecteerd: Medewerker finance',
     'Beste Sam,\n\nBedankt voor je sollicitatie. We bewaren je gegevens nog vier weken.\n\nGroet,\nHR'),
    # --- more plain no's in new words
    ('Sollicitatie logopedist',
     'Beste Sam,\n\nWe hebben een andere kandidaat de voorkeur gegeven voor de functie van logopedist. Wij danken je '
     'voor je belangstelling.\n\nMet vriendelijke groet,\nPraktijk De Stem'),
    ('Je sollicitatie als verpleegkundige',
     'Beste Sam,\n\nJe staat niet op de shortlist voor de functie van verpleegkundige. Bedankt voor je tijd.\n\n'
     'Groet,\nHR Ziekenhuis'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben besloten om de vacature van conciërge in te vullen met een kandidaat uit onze eigen '
     'wervingsreserve. Je sollicitatie nemen we daarom niet verder mee.\n\nGroet,\nHR'),
    ('Selectie',
     'Beste Sam,\n\nJe hoort niet bij de kandidaten die we uitnodigen voor de tweede ronde voor de functie van '
     'productowner.\n\nMet vriendelijke groet,\nJoke'),
    ('Je sollicitatie bij ons',
     'Beste Sam,\n\nWe kunnen je helaas geen plaats aanbieden in ons traineeprogramma van september.\n\nMet '
     'vriendelijke groet,\nTraineeteam'),
    ('Sollicitatie chauffeur',
     'Beste Sam,\n\nWe hebben voor de functie van chauffeur een kandidaat gevonden die beter bij het profiel past. '
     'Wij wensen je veel succes met je zoektocht.\n\nGroet,\nTransport BV'),
    ('Sollicitatie',
     'Beste Sam,\n\nNa het tweede gesprek hebben we besloten de functie van adviseur niet aan jou aan te bieden. '
     'Het verschil met de gekozen kandidaat was klein.\n\nGroet,\nJoke'),
    ('Sollicitatie junior ontwikkelaar',
     'Beste Sam,\n\nBedankt voor je sollicitatie. Helaas valt de keuze niet op jou: we zoeken iemand die al met React '
     'heeft gewerkt.\n\nGroet,\nHR'),
    ('Re: gesprek',
     'Dag Sam,\n\nDe selectiecommissie heeft beslist om met een andere kandidaat verder te gaan. Bedankt voor uw '
     'deelname aan de procedure.\n\nVriendelijke groeten,\nJoke'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben uw sollicitatie voor de functie van kassamedewerker niet kunnen honoreren.\n\nMet '
     'vriendelijke groet,\nSupermarkt'),
    ('Sollicitatie teamassistent',
     'Beste Sam,\n\nJe bent niet doorgegaan naar de gespreksronde voor de functie van teamassistent. Dank voor je '
     'interesse.\n\nGroet,\nHR'),
    ('Vacature medewerker bediening',
     'Beste Sam,\n\nWe hebben het team voor dit seizoen rond en hebben voor jou helaas geen plek meer.\n\nGroet,\n'
     'Joke, Strandpaviljoen'),
    ('Sollicitatie',
     'Beste Sam,\n\nNa lang wikken en wegen is het niet jij geworden voor de functie van recruiter. Dat is vast '
     'teleurstellend om te lezen.\n\nGroet,\nJoke'),
    ('Kandidatuur',
     'Dag Sam,\n\nJammer genoeg kunnen we niet ingaan op je kandidatuur als verkoopster. We hebben iemand gevonden.'
     '\n\nGroetjes,\nJoke'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe moeten je helaas laten weten dat de opdrachtgever niet voor jou heeft gekozen voor de '
     'interim-opdracht als financieel controller.\n\nGroet,\nJoke, Interim Partners'),
    # --- the new families in a second writer's words
    ('Selectieproef magazijnier',
     'Dag Sam,\n\nGe zijt jammer genoeg niet geslaagd voor de selectie van magazijnier. Bedankt voor uw deelname.\n\n'
     'Groeten,\nPersoneelsdienst'),
    ('Resultaat schriftelijke proef',
     'Beste Sam,\n\nU hebt onvoldoende punten behaald voor de schriftelijke proef van de functie van '
     'diensthoofd. Wij danken u voor uw interesse.\n\nMet vriendelijke groeten,\nSelectiedienst'),
    ('Uitslag selectietest',
     'Beste Sam,\n\nJe haalde helaas niet de vereiste score op de selectietest voor de functie van klantadviseur.\n\n'
     'Groet,\nHR'),
    ('Je testresultaten',
     'Beste Sam,\n\nJouw resultaat op de cognitieve test was te laag om je uit te nodigen voor een gesprek voor de '
     'vacature van data-analist.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Sollicitatie accountant',
     'Hoi Sam,\n\nHet is uiteindelijk niet jij geworden voor de functie van accountant. Dank voor de fijne '
     'gesprekken.\n\nGroet,\nJoke'),
    ('Terugkoppeling klant',
     'Hoi Sam,\n\nOnze klant heeft na het gesprek helaas niet voor jou gekozen voor de functie van '
     'inkoopmedewerker.\n\nGroet,\nJoke, uitzendbureau'),
    ('Inschrijving uitzendbureau',
     'Beste Sam,\n\nBedankt voor je reactie op de vacature van productiemedewerker. We kunnen je helaas op dit '
     'moment niet plaatsen, omdat je geen VCA-diploma hebt.\n\nGroet,\nJoke, uitzendbureau'),
    ('Vakantiewerk',
     'Hoi Sam,\n\nDank voor je reactie op ons vakantiewerk. Wij hebben inmiddels voldoende vakantiekrachten '
     'gevonden voor deze zomer.\n\nGroet,\nJoke'),
    # --- a third writer: public selections, agencies, small posts, formal letters, long stories
    ('Selectieprocedure',
     'Beste Sam,\n\nU werd niet weerhouden voor de volgende proef van de selectieprocedure voor administratief '
     'assistent.\n\nGroeten,\nHR'),
    ('Uw resultaat',
     'Beste Sam,\n\nUw resultaat voor de selectie van technicus HVAC: niet geslaagd.\n\nVriendelijke groeten'),
    ('Uw kandidatuur',
     'Beste Sam,\n\nU bent niet doorgestoten naar de volgende fase van de selectie voor '
     'beleidsmedewerker.\n\nMvg,\nHR'),
    ('Je kandidatuur',
     'Dag Sam,\n\nJe bent helaas niet bij de laureaten van de selectie voor medewerker onthaal.\n\nGroeten'),
    ('Voorstel kandidaat',
     'Hoi Sam,\n\nIk heb je cv doorgestuurd, maar de opdrachtgever wil je niet uitnodigen voor een gesprek. Ze '
     'zoeken iemand met meer leidinggevende ervaring.\n\nGroet,\nPieter'),
    ('Opdracht Rabobank',
     'Beste Sam,\n\nDe opdrachtgever heeft voor de functie van projectleider gekozen voor een andere consultant. Ik '
     'laat je weten wanneer er een '
     'nieuwe opdracht voorbijkomt.\n\nGroet,\nPieter, Yacht'),
    ('Voorstel',
     'Hoi Sam,\n\nHelaas heeft de klant besloten je niet uit te nodigen. Ze zijn met twee andere kandidaten in '
     'gesprek.\n\nGroet,\nPieter'),
    ('Je aanmelding',
     'Hoi Sam,\n\nWe hebben besloten je niet voor te dragen bij de opdrachtgever voor de functie van '
     'monteur.\n\nGroet,\nPieter'),
    ('Stage',
     'Beste Sam,\n\nHelaas hebben we dit semester geen stageplek meer voor je.\n\nGroet,\nPieter'),
    ('Traineeship',
     'Beste Sam,\n\nJe bent niet geselecteerd voor het traineeship Young Professionals 2025.\n\nGroet,\nTraineeteam'),
    ('Bijbaan',
     'hey sam, we hebben al een zaterdagkracht gevonden, sorry! groetjes pieter'),
    ('Re: vakantiebaan',
     'Hoi Sam, helaas zijn de vakantiebaantjes al vergeven dit jaar. Volgend jaar weer proberen?'),
    ('Re: cv',
     'Hi Sam! Dank voor je cv, maar we hebben de plek inmiddels aan iemand anders gegeven. Succes!'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij zijn tot de conclusie gekomen dat je profiel onvoldoende aansluit bij de '
     'functie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe keus is op een andere kandidaat gevallen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben voor een andere kandidaat gekozen wiens ervaring beter aansluit.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben besloten de voorkeur te geven aan een kandidaat met meer ervaring.\n\nGroet,\nHR'),
    ('Geachte heer Rivera',
     'Geachte heer Rivera,\n\nTot ons spijt moeten wij u berichten dat wij uw sollicitatie niet in aanmerking '
     'kunnen nemen.\n\nHoogachtend,\nDirectie'),
    ('Uw brief',
     'Geachte heer,\n\nIn antwoord op uw sollicitatiebrief van 3 maart laten wij u weten dat wij '
     'geen gebruik zullen maken van uw diensten als boekhouder.\n\nHoogachtend'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe kregen 150 reacties. We hebben tien mensen gesproken. Uiteindelijk valt de keuze op '
     'iemand die al in de regio woont. Dat ben jij helaas niet.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nHet aantal sollicitanten was overweldigend. Na een eerste selectie op cv ben je helaas '
     'afgevallen.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Hoi Sam, is helaas niks geworden, we hebben iemand met meer ervaring gekozen. Groetjes'),
    ('Re: sollicitatie',
     'Sam, we gaan het niet met je doen. Succes verder.'),
    ('Assessment',
     'Beste Sam,\n\nDe uitkomst van het assessment is negatief. Daarmee komt je sollicitatie te '
     'vervallen.\n\nGroet,\nHR'),
    ('Testresultaten',
     'Beste Sam,\n\nJe scoorde onder de norm op de capaciteitentest. We kunnen je daarom niet uitnodigen voor '
     'een gesprek.\n\nGroet'),
    ('Assessment',
     'Beste Sam,\n\nHet advies van het assessmentbureau is negatief uitgevallen. We zetten de '
     'sollicitatieprocedure daarom niet voort.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nNiet door naar de volgende ronde: dat is helaas de uitkomst voor jouw sollicitatie als '
     'marketeer.\n\nGroet,\nHR'),
    ('Studentenjob',
     'Dag Sam,\n\nWe hebben voor deze zomer geen studentenjob meer vrij.\n\nGroetjes,\nPieter'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe zien helaas onvoldoende match tussen je ervaring en de functie.\n\nGroet,\nHR'),
    ('Kandidatuur',
     'Geachte mevrouw,\n\nWij moeten u tot onze spijt meedelen dat wij niet op uw kandidatuur kunnen '
     'ingaan.\n\nHoogachtend'),
    # --- a wish to find a post elsewhere, under a subject naming the application
    ('Re: je sollicitatie',
     'Hoi Sam,\n\nDank voor je tijd. We wensen je veel succes met het vinden van een leuke baan elders!\n\nGroet,\nHR'),
    ('Uw kandidatuur magazijnier',
     'Beste Sam,\n\nDank u voor uw interesse. Wij wensen u alle succes bij uw zoektocht naar een job '
     'elders.\n\nGroeten'),
    ('Uitslag',
     'Beste Sam,\n\nHelaas is het niet u geworden voor de functie van secretaris.\n\nMet vriendelijke groet'),
    # --- a fourth writer: a rank too low for the reserve list, a trial day, the last three, an open application
    ('Resultaat selectie',
     'Beste Sam,\n\nU bent geslaagd voor de selectie, maar gezien uw rangschikking wordt u niet opgenomen in '
     'de wervingsreserve.\n\nGroeten,\nSelectiedienst'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben besloten de functie van boekhouder aan een andere kandidaat toe te kennen.\n\nGroet'),
    ('Proefdag',
     'Hoi Sam,\n\nNa de proefdag hebben we besloten dat het niet de juiste match is. Dank voor je '
     'inzet!\n\nGroet, Lies'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe staat helaas niet bij de laatste drie kandidaten voor de functie van coordinator.\n\nGroet'),
    ('Jobstudent',
     'Dag Sam,\n\nJe bent helaas niet geselecteerd voor de functie van jobstudent in ons magazijn.\n\nGroeten'),
    ('Open sollicitatie',
     'Beste Sam,\n\nWij hebben uw cv met interesse gelezen, maar zien op dit moment geen mogelijkheden binnen '
     'onze organisatie.\n\nGroet'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nEr is op dit moment geen plek voor je in het team van de keuken. Succes!\n\nGroet, Lies'),
    ('Betrekking archivaris',
     'Geachte heer,\n\nTot onze spijt delen wij u mee dat u niet in aanmerking komt voor de betrekking van '
     'archivaris.\n\nHoogachtend'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben besloten de procedure voor jou hier te stoppen. Dank voor je interesse.\n\nGroet'),
    ('Sollicitatie niet succesvol',
     'Beste Sam,\n\nBedankt voor je tijd en interesse in de functie van adviseur.\n\nGroet,\nHR'),
    ('Opdracht',
     'Hoi Sam,\n\nDe klant heeft de vacature on hold gezet, dus je sollicitatie voor de functie van tester '
     'loopt niet verder.\n\nGroet, Lies, detacheerder'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben de knoop doorgehakt: we gaan verder met een andere kandidaat. Bedankt voor je '
     'tijd!\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nGezien het grote aantal reacties hebben we een strenge eerste selectie moeten maken, en '
     'jouw sollicitatie is daar helaas niet doorheen gekomen.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe kiezen voor een kandidaat die al een rijbewijs C heeft. Veel succes verder.\n\nGroet'),
    # --- a fifth writer: a care group's everyday templates ("met anderen verder", no offer after salary talks)
    ('Je sollicitatie bij Zorggroep',
     'Beste Sam,\n\nHartelijk dank voor je sollicitatie en de tijd die je hebt genomen. We hebben je '
     'sollicitatie zorgvuldig bekeken en met de vacature vergeleken. Op basis daarvan hebben we besloten je '
     'niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Terugkoppeling',
     'Beste Sam,\n\nHelaas moeten we je laten weten dat je sollicitatie niet heeft geleid tot een '
     'vervolgstap.\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben veel sterke kandidaten gesproken. Uiteindelijk hebben we een aanbod gedaan aan '
     'een kandidaat die net iets beter aansluit.\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nIn deze ronde ben je helaas niet verder gekomen.\n\nGroet'),
    ('Update',
     'Beste Sam,\n\nNa rijp beraad hebben wij besloten uw sollicitatie niet te honoreren.\n\nMet vriendelijke groet'),
    ('Sollicitatie',
     'Beste Sam,\n\nHet spijt ons je te moeten melden dat we voor deze functie een andere richting hebben '
     'gekozen en je sollicitatie niet verder in overweging nemen.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben besloten om andere kandidaten uit te nodigen wier profiel beter aansluit bij de '
     'functie-eisen.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe hebt het net niet gehaald. We hadden een sterke groep finalisten.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nOp basis van je cv en motivatie zien we onvoldoende aanknopingspunten om verder met je in '
     'gesprek te gaan.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij nemen je sollicitatie niet mee in de volgende fase van de procedure.\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben inmiddels een geschikte kandidaat gevonden voor de functie van verzorgende IG.\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben de vacature inmiddels kunnen invullen.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe voorkeur is uitgegaan naar een kandidaat met meer ervaring in de ouderenzorg.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas ben je niet geselecteerd voor een gesprek.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben ervoor gekozen om met anderen verder te gaan.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas past je profiel op dit moment niet bij wat we zoeken.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe zijn na het gesprek tot de conclusie gekomen dat er onvoldoende klik is.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe moeten je helaas teleurstellen: de functie is aan iemand anders gegund.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nOndanks je mooie ervaring hebben wij je sollicitatie moeten afwijzen.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nJammer genoeg ben je niet de kandidaat geworden die we zochten.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe zijn niet tot overeenstemming gekomen over het salaris en zien daarom af van een '
     'aanbod.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben besloten de vacature niet open te stellen voor externe kandidaten. Je '
     'sollicitatie vervalt daarmee.\n\nGroet'),
    # (was a known gap: a capital "Jij" read as a name; reading.py's _NO_NAME now lists jij, jou, jouw, gij)
    ('Selectie planner',
     'Beste Sam,\n\nDe hiring manager heeft de cv\'s beoordeeld en gekozen voor andere profielen. Jij gaat helaas '
     'niet verder in het proces voor de functie van planner.\n\nGroet,\nJoke'),
]

LOOKALIKES = [
    # --- reserve lists and tests passed
    ('Resultaat selectieprocedure',
     'Beste Sam,\n\nProficiat! U bent geslaagd voor de selectie van administratief medewerker en wordt opgenomen in '
     'de wervingsreserve, die twee jaar geldig is.\n\nMet vriendelijke groeten,\nSelectiedienst'),
    ('Wervingsreserve',
     'Beste Sam,\n\nU staat op plaats 4 van de wervingsreserve voor de functie van dossierbeheerder. Zodra er een '
     'betrekking vrijkomt, nemen wij contact met u op.\n\nGroeten,\nPersoneelsdienst'),
    ('Uitslag capaciteitentest',
     'Beste Sam,\n\nJe hebt de capaciteitentest gehaald! We nodigen je uit voor het assessment op 12 maart.\n\nMet '
     'vriendelijke groet,\nRecruitment'),
    ('Uitslag preselectie',
     'Beste Sam,\n\nU behaalde de vereiste score op de preselectietest en mag deelnemen aan het jurygesprek.\n\n'
     'Vriendelijke groeten,\nDienst Personeel'),
    ('Herkansing test',
     'Beste Sam,\n\nDoor een storing is je online test niet goed opgeslagen. Je mag de test deze week opnieuw '
     'maken.\n\nGroet,\nTalent Acquisition'),
    # --- "afgewezen" for something that is not a job
    ('Omgevingsvergunning',
     'Geachte heer Rivera,\n\nUw aanvraag voor een omgevingsvergunning voor de aanbouw is afgewezen. U kunt binnen '
     'zes weken bezwaar maken.\n\nHoogachtend,\nGemeente'),
    ('Subsidieaanvraag',
     'Beste Sam,\n\nHelaas is uw subsidieaanvraag voor zonnepanelen afgewezen, omdat het budget op is.\n\nMet '
     'vriendelijke groet,\nRVO'),
    ('Uw visumaanvraag',
     'Geachte heer Rivera,\n\nTot onze spijt moeten wij u meedelen dat uw visumaanvraag niet werd goedgekeurd.\n\n'
     'Hoogachtend,\nAmbassade'),
    ('Schadeclaim',
     'Beste Sam,\n\nWe hebben je schadeclaim voor de waterschade beoordeeld. De claim is afgewezen, want de schade '
     'valt niet onder de dekking.\n\nGroet,\nVerzekeraar'),
    ('Parkeervergunning',
     'Beste Sam,\n\nUw aanvraag voor een tweede parkeervergunning is niet toegekend.\n\nMet vriendelijke groet,\n'
     'Parkeerbeheer'),
    ('Persoonlijke lening',
     'Beste Sam,\n\nWe hebben besloten de lening niet te verstrekken. Uw inkomen is te laag voor dit bedrag.\n\nGroet,'
     '\nKredietbank'),
    ('Studieplek geneeskunde',
     'Beste Sam,\n\nJe bent helaas uitgeloot voor de opleiding geneeskunde. Je staat op de wachtlijst.\n\nMet '
     'vriendelijke groet,\nStudentenadministratie'),
    ('Cursus Excel',
     'Beste Sam,\n\nDe cursus Excel voor gevorderden is vol. Je staat op de wachtlijst en we laten het weten als er '
     'een plek vrijkomt.\n\nGroet,\nOpleidingen'),
    # --- a tender, a volunteer seat, a board seat
    ('Gunning aanbesteding schoonmaak',
     'Geachte heer Rivera,\n\nHierbij delen wij u mee dat wij voornemens zijn de opdracht te gunnen aan een andere '
     'inschrijver. Uw inschrijving is niet als economisch meest voordelig beoordeeld.\n\nHoogachtend,\nInkoop'),
    ('Offerte',
     'Beste Sam,\n\nDank voor je offerte voor de nieuwe website. We hebben gekozen voor een ander bureau.\n\nGroet,\n'
     'Joke'),
    ('Bestuursfunctie',
     'Beste Sam,\n\nDe ledenvergadering heeft gekozen voor een andere kandidaat als penningmeester van de '
     'vereniging.\n\nGroet,\nHet bestuur'),
    ('Vrijwilligerswerk',
     'Hoi Sam,\n\nLeuk dat je wilt helpen bij de voedselbank! We hebben op dit moment genoeg vrijwilligers, maar we '
     'zetten je op de lijst.\n\nGroet,\nJoke'),
    # --- rescheduled interviews, invitations
    ('Verzetten gesprek',
     'Beste Sam,\n\nHelaas moet ons gesprek van donderdag verzet worden. Kun je ook maandag om 10 uur?\n\nGroet,\n'
     'Joke'),
    ('Uitnodiging tweede ronde',
     'Beste Sam,\n\nGoed nieuws: je gaat door naar de volgende ronde! We plannen graag een tweede gesprek.\n\nGroet,\n'
     'Joke'),
    ('Uitnodiging jurygesprek',
     'Beste Sam,\n\nU bent geslaagd voor de schriftelijke proef. Wij nodigen u uit voor het jurygesprek op 3 mei.'
     '\n\nMet vriendelijke groeten,\nSelectiedienst'),
    ('De keuze is gevallen',
     'Beste Sam,\n\nDe keuze is op jou gevallen! We bieden je graag de functie van planner aan.\n\nGroet,\nJoke'),
    ('Je profiel',
     'Hoi Sam,\n\nJe profiel sluit goed aan bij een opdracht bij een van onze klanten. Heb je tijd voor een '
     'belletje?\n\nGroet,\nJoke, recruiter'),
    # --- the reader declines
    ('Re: aanbod',
     'Beste Joke,\n\nDank voor het aanbod. Na lang nadenken heb ik besloten het niet aan te nemen.\n\nGroet,\nSam'),
    ('Re: je sollicitatie',
     'Beste Sam,\n\nJammer dat je je kandidatuur intrekt. Veel succes bij je nieuwe werkgever!\n\nGroet,\nJoke'),
    # --- the reader hires: an agency reports on ITS candidate, or a candidate the reader turned down
    ('Kandidaat voor uw vacature',
     'Beste Sam,\n\nIk heb kandidaat Pieter laten weten dat u niet met hem verder gaat. Ik stuur u morgen twee nieuwe '
     'profielen.\n\nMet vriendelijke groet,\nJoke, recruitmentbureau'),
    ('Terugkoppeling kandidaten',
     'Beste Sam,\n\nDe twee kandidaten die u heeft afgewezen, heb ik vandaag gebeld. Zij namen het sportief op.\n\n'
     'Groet,\nJoke'),
    ('Update vacature teamleider',
     'Hoi Sam,\n\nOnze kandidaat voor jouw vacature heeft zich teruggetrokken; ze heeft elders getekend. Ik zoek '
     'verder.\n\nGroet,\nJoke'),
    ('Afwijzingen versturen',
     'Hoi Sam,\n\nKun jij de afwijzingen voor de vacature van controller vandaag versturen? De keuze is gevallen op '
     'Eva.\n\nGroet,\nJoke'),
    # --- job alerts and newsletters
    ('Vacaturealert: deze vacature is vervuld',
     'Beste Sam,\n\nDe vacature die je bewaarde, Medewerker administratie bij Bakkerij Smit, is vervuld. Bekijk 24 '
     'nieuwe vacatures die bij je passen.\n\nJe vacaturemelding'),
    ('Nieuwsbrief: afwijzing verwerken',
     'Beste lezer,\n\nDeze maand: hoe verwerk je een afwijzing na een sollicitatie? Tien tips om weer op te '
     'krabbelen en door te gaan.\n\nHet redactieteam'),
    ('Webinar',
     'Hoi Sam,\n\nNiet door naar de volgende ronde? In ons gratis webinar leer je hoe je feedback vraagt na een '
     'afwijzing.\n\nGroet,\nLoopbaancoach'),
    # --- colleagues, friends
    ('Afscheid Joke',
     'Lieve collega\'s,\n\nNa twaalf jaar neem ik afscheid. Ik heb gekozen voor een nieuwe uitdaging elders. '
     'Bedankt voor alles!\n\nJoke'),
    ('Re: hoe ging het?',
     'Hoi Sam, balen dat ze voor iemand anders gingen bij jouw sollicitatie! Zullen we vrijdag wat drinken?\n\nJoke'),
    ('Re: feestje',
     'hoi! we hebben al iemand gevonden hoor om de taart te bakken, maar kom je wel gewoon?\n\nJoke'),
    ('Re: kamer',
     'Hey Sam, de kamer is al aan iemand anders gegeven, sorry! Succes met zoeken.\n\nJoke'),
    # --- ordinary HR traffic near the words
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben meer dan 200 reacties ontvangen op de vacature van communicatieadviseur. Het kan daarom '
     'tot twee weken duren voor je van ons hoort.\n\nGroet,\nHR'),
    ('Selectieprocedure',
     'Beste Sam,\n\nDe selectieprocedure voor de functie van teamcoach bestaat uit een schriftelijke proef en een '
     'jurygesprek. U vindt het reglement in bijlage.\n\nGroeten,\nSelectiedienst'),
    ('Je sollicitatie via ons bureau',
     'Hoi Sam,\n\nIk heb je vandaag voorgesteld bij onze opdrachtgever voor de functie van orderpicker. Ik verwacht '
     'eind van de week reactie.\n\nGroet,\nJoke, uitzendbureau'),
    ('Opdracht',
     'Beste Sam,\n\nDe opdrachtgever heeft gekozen voor jou! Je start op 1 maart bij de provincie.\n\nGroet,\nJoke'),
    ('Stage',
     'Hoi Sam,\n\nWe hebben je stageaanvraag ontvangen en nemen binnen twee weken contact met je op.\n\nGroetjes,\n'
     'Stagecoordinator'),
    ('Studentenjob',
     'Dag Sam,\n\nWelkom in ons team voor de zomer! Je eerste shift is op zaterdag 5 juli.\n\nGroetjes,\nJoke'),
    ('Re: planning',
     'Hoi Sam, we laten het hierbij voor vandaag, morgen gaan we verder met de planning. Groet Joke'),
    ('Samenwerking',
     'Beste Sam,\n\nNa ons gesprek over de samenwerking tussen onze bureaus zien we geen match in de doelgroep. We '
     'blijven elkaar natuurlijk volgen.\n\nGroet,\nJoke'),
    ('Re: verbouwing',
     'Hoi Sam, we gaan het niet doen met die aannemer, veel te duur. Ik bel je vanavond.\n\nJoke'),
    ('Voorkeur vergaderdatum',
     'Beste Sam,\n\nDe meeste collega\'s hebben de voorkeur gegeven aan dinsdag 14 mei voor de heidag.\n\nGroet,\n'
     'Joke'),
    ('Huurwoning',
     'Beste Sam,\n\nTot onze spijt moeten wij u meedelen dat de woning aan een andere kandidaat-huurder is '
     'toegewezen.\n\nMet vriendelijke groet,\nWoningcorporatie'),
    ('Inschrijving marathon',
     'Beste Sam,\n\nJe bent helaas niet ingeloot voor de marathon van Rotterdam. Volgend jaar een nieuwe kans!\n\n'
     'Groet,\nOrganisatie'),
    ('Selectie jeugdteam',
     'Beste ouders,\n\nNa de selectietrainingen is Sam niet geselecteerd voor het JO13-1 team. Hij speelt volgend '
     'seizoen in JO13-2.\n\nGroet,\nJeugdcommissie'),
    ('Artikel',
     'Beste Sam,\n\nDank voor het insturen van je artikel. De redactie heeft besloten het niet te plaatsen.\n\n'
     'Groet,\nRedactie'),
    # --- near the new families
    ('Update vacature',
     'Beste Sam,\n\nHelaas heeft de kandidaat uiteindelijk niet voor u gekozen; hij tekent bij een andere '
     'werkgever. Ik stuur u volgende week nieuwe profielen voor de functie van engineer.\n\nGroet,\nJoke, recruiter'),
    ('Juryverslag',
     'Beste jurylid,\n\nIn bijlage vindt u de lijst van de kandidaten die niet geslaagd zijn voor de selectie van '
     'ploegbaas groendienst.\n\nGroeten,\nSelectiedienst'),
    ('Planning december',
     'Hoi Sam,\n\nWe hebben al genoeg oproepkrachten aangenomen voor december, dus je hoeft geen extra diensten te '
     'draaien.\n\nGroet,\nJoke, teamleider'),
    ('Theorie-examen',
     'Beste Sam,\n\nU bent helaas niet geslaagd voor het theorie-examen. U kunt online een nieuw examen '
     'reserveren.\n\nCBR'),
    ('Samenwerking',
     'Beste Sam,\n\nBedankt voor het gesprek over een samenwerking tussen onze bedrijven. We zien voorlopig geen '
     'match, maar houden contact.\n\nGroet,\nJoke'),
    ('Selectie dossierbeheerder',
     'Beste Sam,\n\nU bent geslaagd voor de selectie voor dossierbeheerder. Wij nodigen u uit voor een '
     'kennismaking met het team.\n\nMet vriendelijke groeten,\nSelectiedienst'),
    ('Re: plaatsing',
     'Hoi Sam,\n\nWe kunnen je advertentie voor de fiets helaas niet plaatsen: er staat geen prijs bij.\n\nGroet,\n'
     'Marktplaats'),
    # --- a third writer's look-alikes: a grant, a tender, a hiring manager's news, a board seat, volunteers
    ('Uw aanvraag',
     'Geachte heer,\n\nTot onze spijt moeten wij u meedelen dat uw aanvraag voor een bouwpremie niet werd '
     'goedgekeurd.\n\nHoogachtend'),
    ('Gunningsbeslissing',
     'Geachte heer,\n\nWij delen u mee dat de opdracht niet aan uw firma werd gegund. U kunt het verslag van '
     'nazicht opvragen.\n\nHoogachtend,\nAankoopdienst'),
    ('Kandidaten',
     'Hoi Sam,\n\nIk heb kandidaat Jan laten weten dat hij niet door is naar de volgende ronde. Eva nodigen we '
     'wel uit.\n\nGroet,\nPieter'),
    ('Re: aanbod',
     'Beste Pieter,\n\nIk heb besloten jullie aanbod niet aan te nemen. Ik ga voor een andere '
     'werkgever.\n\nGroet,\nSam'),
    ('Vacature vervuld',
     'Beste Sam,\n\nJe volgde deze vacature: Kok bij Brasserie Noord. Deze vacature is vervuld. Bekijk '
     'vergelijkbare vacatures.\n\nNationale Vacaturebank'),
    ('Afscheid',
     'Hoi allemaal,\n\nVrijdag is mijn laatste werkdag. Ik heb gekozen voor een baan dichter bij '
     'huis.\n\nGroet,\nPieter'),
    ('Uitgeloot',
     'Beste Sam,\n\nJe bent uitgeloot voor de numerus fixus-opleiding Fysiotherapie.\n\nStudielink'),
    ('Hypotheek',
     'Beste Sam,\n\nDe geldverstrekker heeft uw hypotheekaanvraag afgewezen.\n\nGroet'),
    ('Gesprek verplaatst',
     'Beste Sam,\n\nWe moeten je gesprek helaas verplaatsen naar volgende week. De functie is nog niet '
     'ingevuld.\n\nGroet,\nHR'),
    ('Bestuur',
     'Beste Sam,\n\nDe algemene vergadering heeft niet voor u gekozen als voorzitter van de '
     'vereniging.\n\nGroet,\nSecretaris'),
    ('Vrijwilliger',
     'Beste Sam,\n\nWe hebben al genoeg vrijwilligers voor de braderie gevonden. Bedankt!\n\nGroet'),
    ('Selectie',
     'Beste Sam,\n\nU staat in de wervingsreserve op plaats 7. De reserve is twee jaar '
     'geldig.\n\nGroeten,\nSelectiedienst'),
    ('Capaciteitentest',
     'Beste Sam,\n\nJe capaciteitentest staat klaar. Je hebt een week om de test te maken.\n\nGroet,\nHR'),
    ('Nieuwsbrief',
     'Beste lezer,\n\nDe keuze is niet op jou gevallen? Zo ga je om met een afwijzing.\n\nRedactie Intermediair'),
    ('Re: team',
     'Hoi Sam, de kandidaat die jij hebt afgewezen heeft gebeld. Kun jij haar terugbellen?\n\nPieter'),
    # --- the same wish to a colleague who leaves or whose post is cut, or about another candidate
    ('Afscheid',
     'Hoi Sam,\n\nJammer dat je vertrekt! Wij wensen je veel succes bij het vinden van een functie elders.\n\nGroet'),
    ('Reorganisatie',
     'Beste Sam,\n\nDoor de reorganisatie vervalt je functie. Wij wensen je veel succes bij het vinden van een '
     'functie elders.\n\nHR'),
    ('Sollicitatie Eva',
     'Hoi Sam,\n\nIk heb Eva gebeld en haar succes gewenst bij het vinden van een baan elders.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe contract wordt niet verlengd. We wensen je succes bij het vinden van een baan elders.\n\nHR'),
    # --- near the new families: a colleague's award, a course group, a shift, a draw, a relative's application, a
    # jury member, a quiz
    ('Medewerker van de maand',
     'Hoi allemaal,\n\nWie is de medewerker van de maand? Het is niet jij geworden, Sam, maar Eva! Taart in de '
     'kantine.\n\nPieter'),
    ('VCA-examen',
     'Beste Sam,\n\nJe bent helaas niet geslaagd voor het VCA-examen. We plannen als werkgever een herexamen '
     'voor je in.\n\nGroet,\nPieter, teamleider'),
    ('Cursusgroep',
     'Beste Sam,\n\nWe kunnen u helaas niet plaatsen in de cursusgroep van dinsdag. Woensdag is nog plek.\n\nGroet'),
    ('Rooster',
     'Hoi Sam,\n\nWe kunnen je volgende week niet plaatsen op de avonddienst, die is al vol. Wel op de '
     'ochtend.\n\nGroet, Pieter, teamleider'),
    ('Uitslag loting',
     'Beste Sam,\n\nHet is niet jij geworden bij de loting voor de kaarten van het concert.\n\nGroet'),
    ('Re: vacature',
     'Hoi Sam,\n\nJe vroeg naar de vacature voor je neef. We hebben al genoeg mensen aangenomen, zeg hem maar '
     'dat het niet doorgaat.\n\nPieter'),
    ('Selectie voor teamleider',
     'Hoi Sam,\n\nJij zit in de jury voor de selectie van teamleider. De kandidaat die niet geslaagd is, bel '
     'ik zelf.\n\nPieter'),
    ('Je score',
     'Hoi Sam,\n\nJe score op de quiz was niet hoog genoeg voor de volgende ronde, maar het was gezellig! Tot '
     'de volgende teamuitje.\n\nPieter'),
    # --- a fourth writer's look-alikes: a reserve list joined, the last three reached, staff matters, a survey
    ('Resultaat selectie',
     'Beste Sam,\n\nU bent geslaagd en opgenomen in de wervingsreserve op plaats 3.\n\nGroeten,\nSelectiedienst'),
    ('Sollicitatie',
     'Beste Sam,\n\nGoed nieuws: je staat bij de laatste drie kandidaten voor de functie van coordinator!\n\nGroet'),
    ('Salaris',
     'Beste Sam,\n\nWe zien op dit moment geen mogelijkheden om je salaris te verhogen. Laten we in juni '
     'opnieuw kijken.\n\nGroet, je leidinggevende'),
    ('Parkeren',
     'Beste Sam,\n\nEr is op dit moment geen plek voor je auto in de parkeergarage van kantoor.\n\nFacilitair'),
    ('Onderzoek',
     'Beste Sam,\n\nJe bent niet geselecteerd voor de steekproef van ons klantonderzoek.\n\nGroet'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben de knoop doorgehakt: je bent aangenomen! Welkom in het team.\n\nGroet'),
    ('Proefdag',
     'Hoi Sam,\n\nHelaas gaat je proefdag van morgen niet door, de chef is ziek. Kun je volgende week '
     'dinsdag?\n\nGroet, Lies'),
    ('Loopbaangesprek',
     'Beste Sam,\n\nWe zien op dit moment geen mogelijkheden binnen onze organisatie voor een promotie, maar '
     'wel voor een opleiding.\n\nGroet, je leidinggevende'),
    ('Contract',
     'Beste Sam,\n\nOm de sollicitatieprocedure met u af te ronden, nodigen wij u uit om het contract te '
     'tekenen.\n\nGroet,\nHR'),
    # --- a fifth writer's look-alikes: a supplier's offer, the reader's own no to an offer, a project team
    ('Offerte',
     'Beste Sam,\n\nNa vergelijking zien we af van het aanbod van de leverancier voor nieuwe '
     'laptops.\n\nGroet, inkoop'),
    ('Re: aanbod',
     'Beste HR,\n\nNa lang nadenken zie ik af van het aanbod. Dank voor het vertrouwen.\n\nGroet, Sam'),
    ('Project',
     'Hoi Sam,\n\nWe hebben besloten om met de anderen verder te gaan aan het project en jij pakt de planning '
     'op.\n\nGroet'),
]

# ATS templates sent as HTML only, each line a paragraph, an English footer under the Dutch decision
HTML_REJECTIONS = [
    ('Je sollicitatie bij Bouwgroep',
     '<p>Beste Sam,</p><p>Helaas ben je niet door naar de volgende ronde voor de functie van werkvoorbereider.</p>'
     '<p>Groet, HR</p><p style="font-size:10px">Powered by Recruitee - Unsubscribe</p>'),
    ('Update: Stage communicatie',
     '<table><tr><td>Hoi Sam,</td></tr><tr><td>De keuze is niet op jou gevallen voor de stage communicatie. Dank voor '
     'je interesse!</td></tr><tr><td>This email was sent by Homerun. Privacy policy.</td></tr></table>'),
    ('Uitslag selectie',
     '<div>Beste Sam,</div><div>U bent helaas niet geslaagd voor de selectie van administratief medewerker.</div>'
     '<div>Vriendelijke groeten, Selectiedienst</div><div>You are receiving this message because you applied.</div>'),
]

KNOWN_GAPS = [
    # an internship "bij de redactie": the shared not-a-job words (phrases.NOT_A_JOB) read "redactie" as a paper
    # submitted, over the trainee named
    ('Sollicitatie stage',
     'Beste Sam,\n\nDank voor je motivatie. We hebben besloten je niet aan te nemen als stagiair bij de redactie.\n\n'
     'Groet,\nHoofdredactie'),
]

test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_html_rejection_found = letters_test(HTML_REJECTIONS, SENDER, rejection=True, subtype="html")
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
