"""Sweep 11, Dutch: an eleventh writer. The decision with "helaas" far from its verb; modal turns ("we zullen je niet
verder kunnen meenemen", "we gaan niet met je verder"); an internal candidate; a vacancy withdrawn or left unfilled
for budget ("de vacature komt te vervallen", "de functie wordt niet ingevuld"); idioms ("je valt buiten de boot", "je
hebt het niet gehaald"); "Afwijzing" as the subject with the decision in the body; a recruitment agency writing
about its client; Surinamese and Flemish turns; English/Dutch mixed ATS templates; very short replies from a phone;
voicemail transcriptions; short notes that the post "is al vervuld"; long letters with the decision in the third
paragraph; and plain no's from two more probes ("keus", "we ronden de procedure daarom af", "de functie wordt niet
ingevuld", "Sollicitatie - afwijzing" as the subject).
The look-alikes use the same words for something else: a "helaas" about a date in an invitation, a rescheduling, a
recruiter's holiday auto-reply, the reader turning the company down, "afgewezen" for a parking permit, a mortgage, a
visa or an insurance claim, a job alert telling a subscriber that a vacancy "is vervuld", a newsletter on dealing
with rejection, a friend's story, and outreach that tells of last year's applicants before inviting the reader.
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Marloes de Wit <marloes@werkenbij-haven.example>"

REJECTIONS = [
    # --- "helaas" far from the verb it softens
    ('Je sollicitatie als planner',
     'Beste Sam,\n\nHelaas, en dat vinden we echt jammer na zo\'n prettig gesprek, hebben we besloten de functie '
     'van planner aan een andere kandidaat aan te bieden.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Terugkoppeling sollicitatie',
     'Beste Sam,\n\nHelaas moeten we je, na alle gesprekken van de afgelopen twee weken en een lange bespreking in '
     'het team, laten weten dat we niet met je verdergaan voor de functie van projectleider.\n\nGroet,\nMarloes'),
    ('Uitslag selectie',
     'Beste Sam,\n\nWe hebben alle sollicitaties voor de functie van boekhouder met veel aandacht gelezen en '
     'vergeleken. Jouw ervaring in de zorg spreekt ons aan, maar helaas is die voor deze rol minder relevant, '
     'zodat we je niet uitnodigen voor een gesprek.\n\nMet vriendelijke groet,\nHR'),
    # --- modal phrasings
    ('Je sollicitatie bij Havenbedrijf Noord',
     'Beste Sam,\n\nDank voor je sollicitatie als havenmeester. Na zorgvuldige vergelijking zullen we je helaas niet '
     'verder kunnen meenemen in de procedure.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Sollicitatie data-analist',
     'Hoi Sam,\n\nBedankt voor het gesprek van dinsdag. We gaan niet met je verder voor de rol van data-analist; '
     'we zoeken iemand met meer ervaring in Python.\n\nGroet,\nMarloes'),
    ('Je kandidatuur',
     'Beste Sam,\n\nWij zullen uw kandidatuur voor de functie van logistiek medewerker niet verder in overweging '
     'kunnen nemen.\n\nMet vriendelijke groeten,\nPersoneelsdienst'),
    ('Vacature magazijnchef',
     'Beste Sam,\n\nWe willen je laten weten dat we je sollicitatie niet verder zullen oppakken. Andere kandidaten '
     'sloten beter aan bij wat we zoeken.\n\nGroet,\nTeam Werving'),
    ('Sollicitatie monteur',
     'Beste heer Rivera,\n\nNaar aanleiding van uw sollicitatie moeten wij u helaas mededelen dat wij u niet kunnen '
     'meenemen naar de volgende ronde.\n\nMet vriendelijke groet,\nTechniek BV'),
    # --- an internal candidate
    ('Sollicitatie teamleider',
     'Beste Sam,\n\nBedankt voor je belangstelling voor de functie van teamleider. We hebben gekozen voor een interne '
     'kandidaat.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Vacature coordinator',
     'Beste Sam,\n\nDe vacature van coordinator facilitair is intern ingevuld door een collega die al jaren bij ons '
     'werkt. Daarom gaan we niet verder met je sollicitatie.\n\nGroet,\nHR'),
    ('Functie beleidsmedewerker',
     'Geachte heer Rivera,\n\nDe functie van beleidsmedewerker is vervuld door een interne kandidaat. Wij danken u '
     'voor uw sollicitatie.\n\nHoogachtend,\nGemeente Zeewolde'),
    ('Sollicitatie accountmanager',
     'Hoi Sam,\n\nKort bericht: de rol van accountmanager gaat naar iemand van binnen de organisatie. Bedankt voor '
     'je tijd en succes met zoeken.\n\nGroet,\nMarloes'),
    # --- a vacancy withdrawn or not filled (budget, reorganisation)
    ('Vacature financieel adviseur',
     'Beste Sam,\n\nDoor een reorganisatie komt de vacature van financieel adviseur te vervallen. Je sollicitatie '
     'nemen we daarom niet verder in behandeling.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe moeten je teleurstellen: de functie van marketeer wordt dit jaar niet ingevuld, omdat het '
     'budget is ingetrokken. Daarmee vervalt ook je sollicitatie.\n\nGroet,\nMarloes'),
    ('Vacature ingetrokken',
     'Beste Sam,\n\nDe vacature waarop je hebt gesolliciteerd, is ingetrokken. We stoppen daarom de procedure en '
     'verwijderen je gegevens.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Sollicitatie office manager',
     'Beste Sam,\n\nWegens een vacaturestop kunnen we de functie van office manager voorlopig niet invullen. We '
     'sluiten je sollicitatie daarom af.\n\nMet vriendelijke groet,\nHR'),
    # --- idioms
    ('Re: sollicitatie',
     'Hoi Sam,\n\nHet was een nek-aan-nekrace, maar je valt helaas buiten de boot voor de functie van '
     'verkoopadviseur.\n\nGroet,\nMarloes'),
    ('Uitslag assessment',
     'Beste Sam,\n\nJe hebt het assessment voor de functie van verkeersleider helaas niet gehaald. Daarmee stopt de '
     'procedure voor jou.\n\nMet vriendelijke groet,\nSelectieteam'),
    ('Je sollicitatie als chauffeur',
     'Hoi Sam,\n\nJe bent het net niet geworden voor de baan als chauffeur. Het scheelde echt weinig.\n\nGroet,\n'
     'Marloes'),
    ('Sollicitatie kok',
     'Hoi Sam,\n\nHet is een ander geworden voor de baan als kok, sorry! Bedankt voor het proefkoken.\n\nGroetjes,\n'
     'Marloes'),
    ('Sollicitatie',
     'Hoi Sam,\n\nJe hebt de laatste ronde voor de functie van projectcontroller helaas niet gehaald. De keuze is '
     'gevallen op een kandidaat met meer ervaring.\n\nGroet,\nMarloes'),
    # --- "Afwijzing" as the subject, the decision in the body
    ('Afwijzing',
     'Beste Sam,\n\nBedankt voor je sollicitatie op de functie van receptionist. We hebben gekozen voor een andere '
     'kandidaat.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Afwijzing sollicitatie',
     'Beste Sam,\n\nNa het eerste gesprek hebben we besloten je niet uit te nodigen voor het tweede gesprek.\n\n'
     'Met vriendelijke groet,\nHR'),
    ('Afwijzing vacature 2024-113',
     'Geachte heer Rivera,\n\nWij hebben uw brief in goede orde ontvangen. Na beoordeling moeten wij u helaas '
     'mededelen dat u niet in aanmerking komt voor de functie.\n\nMet vriendelijke groet,\nP&O'),
    # --- a recruitment agency about its client
    ('Update over de functie bij onze opdrachtgever',
     'Hoi Sam,\n\nIk heb vanochtend gebeld met onze opdrachtgever. Ze hebben helaas gekozen voor een andere '
     'kandidaat voor de functie van inkoper.\n\nGroet,\nMarloes, Haven Recruitment'),
    ('Terugkoppeling klant',
     'Hoi Sam,\n\nDe klant heeft je cv goed bekeken, maar nodigt je niet uit voor een gesprek. Ze zoeken iemand met '
     'ervaring in de voedingsmiddelenindustrie.\n\nGroeten,\nMarloes\nHaven Detachering'),
    ('Functie bij Logistiek Oost',
     'Beste Sam,\n\nLogistiek Oost heeft laten weten dat ze niet verder gaan met jouw kandidatuur voor de functie van '
     'teamleider. Ik blijf natuurlijk voor je uitkijken naar andere functies.\n\nGroet,\nMarloes, intercedent'),
    ('Feedback opdrachtgever',
     'Hoi Sam,\n\nHelaas, de opdrachtgever heeft de voorkeur gegeven aan een kandidaat die direct beschikbaar is. '
     'Jij valt daarmee af voor deze opdracht.\n\nGroet,\nMarloes\nInterim Haven'),
    ('Re: functie controller',
     'Hoi Sam,\n\nNet nieuws van de klant binnen: de functie van controller is ingevuld met een andere kandidaat. '
     'Baalt, ik had een goed gevoel bij jou.\n\nGroet,\nMarloes'),
    # --- Surinamese and Flemish turns
    ('Sollicitatie administratief bediende',
     'Beste Sam,\n\nWij danken u voor uw kandidatuur. Spijtig genoeg moeten wij u meedelen dat uw kandidatuur niet '
     'weerhouden werd voor de functie van administratief bediende.\n\nMet vriendelijke groeten,\nHR-dienst'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nDe selectiecommissie heeft beslist om niet verder te gaan met uw kandidatuur. Wij '
     'wensen u veel succes in uw verdere loopbaan.\n\nMet vriendelijke groeten,\nStad Mechelen'),
    ('Job als magazijnier',
     'Dag Sam,\n\nMerci voor je kandidatuur als magazijnier. We hebben een andere kandidaat gevonden die beter '
     'aansluit, dus we gaan er niet op in.\n\nGroetjes,\nPersoneelsdienst'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je brief voor de functie van leerkracht goed ontvangen. Spijtig is de job ondertussen '
     'al ingevuld.\n\nVriendelijke groeten,\nDirectie'),
    ('Sollicitatie bij Ministerie',
     'Beste heer Rivera,\n\nWij hebben uw sollicitatie voor de functie van beleidsmedewerker ontvangen. Wij moeten u '
     'meedelen dat u niet bent geselecteerd. Wij wensen u veel sterkte.\n\nMet vriendelijke groet,\nMinisterie van '
     'Arbeid, Paramaribo'),
    # --- English/Dutch mixed ATS templates
    ('Update on your application / Update over je sollicitatie',
     'Dear Sam / Beste Sam,\n\nThank you for applying. Bedankt voor je sollicitatie. Unfortunately we will not be '
     'moving forward. Helaas gaan we niet verder met je sollicitatie.\n\nKind regards / Met vriendelijke groet,\n'
     'Talent Team'),
    ('Je sollicitatie: Software Engineer',
     'Hi Sam,\n\nBedankt voor je application voor de rol van Software Engineer. Na review van je profiel hebben we '
     'besloten om niet door te gaan met je application.\n\nBest,\nTalent Acquisition'),
    ('Your application status',
     'Beste Sam,\n\nStatus: Not selected / Niet geselecteerd\nVacature: Customer Success Manager\n\nWe danken je '
     'voor je interesse in onze organisatie.\n\nTalent Team'),
    ('Sollicitatie - Product Owner',
     'Hoi Sam,\n\nThanks voor je tijd in de interviews. We hebben uiteindelijk gekozen voor een andere candidate '
     'voor de Product Owner rol.\n\nCheers,\nMarloes'),
    # --- very short replies from a phone
    ('Re: baan als bezorger',
     'Hoi, die baan is al vervuld. Succes!\n\nVerstuurd vanaf mijn Samsung-telefoon'),
    ('Re: sollicitatie',
     'De functie is inmiddels ingevuld. Dank voor je reactie.\n\nMarloes\nVerzonden vanaf mijn iPhone'),
    ('Re: de plek in de keuken',
     'Helaas Sam, de plek is al weg. Gr Marloes\n\nVerstuurd vanaf mijn mobiel'),
    ('Re: vacature verkoopmedewerker',
     'Sorry, we hebben al iemand. Bedankt voor je sollicitatie!\n\nVerzonden met Outlook voor Android'),
    # --- voicemail transcriptions
    ('Voicemail van 020 123 4567',
     'Transcriptie voicemail (bèta):\n\n"Ja hallo Sam, met Marloes van Haven Recruitment. Ik bel even over je '
     'sollicitatie voor de functie van planner. Ze hebben helaas gekozen voor een andere kandidaat. Bel me gerust '
     'terug als je vragen hebt. Doei."'),
    ('Nieuwe voicemail (0:42)',
     'Transcriptie:\nHoi Sam met Marloes van de Havenwinkel. Even over de vacature hè. We hebben iemand anders '
     'aangenomen dus het gaat helaas niet door voor jou. Succes verder.'),
    # --- long letters with the decision in the third paragraph
    ('Je sollicitatie als projectmanager',
     'Beste Sam,\n\nAllereerst hartelijk dank voor de tijd en energie die je hebt gestoken in de sollicitatie voor de '
     'functie van projectmanager. We hebben twee goede gesprekken met je gevoerd en je casus was sterk uitgewerkt.\n\n'
     'De afgelopen weken hebben we met zeven kandidaten gesproken. Het niveau was hoog en de keuze is ons zwaar '
     'gevallen. We hebben de kandidaten vergeleken op ervaring, stijl van leidinggeven en kennis van de sector.\n\n'
     'Uiteindelijk hebben we besloten een andere kandidaat de functie aan te bieden. Die heeft meer ervaring met '
     'grote infrastructurele projecten.\n\nWe wensen je veel succes.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Sollicitatie communicatieadviseur',
     'Beste Sam,\n\nDank je wel voor je sollicitatie en het gesprek van vorige week. We vonden het leuk je te '
     'ontmoeten en te horen hoe je bij je huidige werkgever de interne communicatie hebt opgezet.\n\nIn onze '
     'organisatie ligt de nadruk de komende jaren op externe campagnes en persvoorlichting. Daarvoor zoeken we '
     'iemand met ervaring in woordvoering.\n\nOm die reden hebben we besloten je niet uit te nodigen voor een tweede '
     'gesprek. We wensen je veel succes bij het vinden van een nieuwe baan.\n\nHartelijke groet,\nMarloes'),
    ('Reactie op je sollicitatie',
     'Beste Sam,\n\nWat leuk dat je hebt gereageerd op onze vacature voor een verpleegkundige. Ons team werkt in '
     'een kleinschalige woonvorm met twaalf bewoners, en we zijn altijd blij met mensen die het verschil willen '
     'maken.\n\nWe hebben alle reacties besproken met de teamleiders en bewonersvertegenwoordigers. Daarbij hebben '
     'we vooral gekeken naar ervaring in de ouderenzorg.\n\nJouw sollicitatie is helaas niet doorgegaan naar de '
     'gespreksronde. We hopen dat je een mooie plek vindt.\n\nMet warme groet,\nWoonzorg De Linde'),
    # --- short notes that the post is already filled
    ('Re: vacature schoonmaker',
     'Beste Sam,\n\nDank voor je reactie, maar die vacature is al vervuld.\n\nGroet,\nMarloes'),
    ('Re: sollicitatie magazijnmedewerker',
     'Hoi Sam,\n\nDe functie is inmiddels ingevuld, dus ik kan je helaas niet uitnodigen.\n\nGroet,\nMarloes'),
    ('Re: openstaande vacature',
     'Beste Sam,\n\nDank je voor je interesse. De plaats is intussen ingenomen door een andere kandidaat.\n\n'
     'Groet,\nMarloes'),
    ('Re: je open sollicitatie',
     'Hoi Sam,\n\nDank je voor je open sollicitatie. We hebben op dit moment geen plek voor je en nemen je '
     'sollicitatie niet in behandeling.\n\nGroet,\nMarloes'),
    # --- more plain variants
    ('Uitkomst gesprek',
     'Beste Sam,\n\nNa het gesprek van donderdag hebben wij de knoop doorgehakt. Wij gaan verder met een andere '
     'kandidaat voor de functie van jurist.\n\nMet vriendelijke groet,\nMarloes de Wit'),
    ('Sollicitatie werkvoorbereider',
     'Beste Sam,\n\nWij hebben je sollicitatie besproken. Je profiel sluit onvoldoende aan op de functie-eisen, '
     'daarom nemen wij je niet mee in de selectie.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie bij Haven',
     'Beste Sam,\n\nWe hebben je sollicitatie zorgvuldig gelezen. We kiezen ervoor om andere kandidaten uit te '
     'nodigen, omdat hun ervaring dichter bij de functie ligt.\n\nMet vriendelijke groet,\nMarloes'),
    ('Functie servicemonteur',
     'Beste Sam,\n\nHelaas ben je niet door de eerste selectie gekomen voor de functie van servicemonteur.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben meer dan honderd reacties ontvangen op de vacature van secretaresse. Jij behoort '
     'helaas niet tot de kandidaten die we uitnodigen.\n\nMet vriendelijke groet,\nMarloes'),
    ('Sollicitatie docent Engels',
     'Beste Sam,\n\nDe sollicitatiecommissie heeft een voorkeurskandidaat gekozen voor de vacature docent Engels. Je '
     'bent dus niet geselecteerd.\n\nMet vriendelijke groet,\nRector'),
    ('Terugkoppeling proefdag',
     'Hoi Sam,\n\nDank voor de proefdag. Het team vond je heel aardig, maar we bieden je geen contract aan.\n\n'
     'Groet,\nMarloes'),
    ('Sollicitatie stage',
     'Beste Sam,\n\nVoor de stageplek bij de afdeling communicatie hebben we een andere student aangenomen.\n\nMet '
     'vriendelijke groet,\nMarloes'),
    ('Vacature klantadviseur',
     'Beste Sam,\n\nJe sollicitatie is niet succesvol geweest. We wensen je veel succes met je verdere zoektocht.\n\n'
     'Met vriendelijke groet,\nHR'),
    ('Sollicitatie medewerker bediening',
     'Beste Sam,\n\nBedankt voor je sollicitatie. Jammer genoeg moeten we je vertellen dat we voor iemand anders '
     'hebben gekozen.\n\nGroet,\nMarloes'),
    ('Je sollicitatie',
     'Beste Sam,\n\nNa een zorgvuldige afweging is de keuze niet op jou gevallen. We bedanken je voor je '
     'interesse in de functie van adviseur.\n\nMet vriendelijke groet,\nMarloes'),
    ('Je sollicitatie (ref. 4471)',
     'Beste Sam,\n\nWe hebben goed naar je sollicitatie gekeken, maar we zien op dit moment geen match met de '
     'functie van inkoper. We gaan daarom niet verder met je sollicitatie.\n\nMet vriendelijke groet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe was een van de laatste twee kandidaten. Uiteindelijk hebben we de andere kandidaat de baan '
     'aangeboden.\n\nMet vriendelijke groet,\nMarloes'),
    ('Vacature verzorgende IG',
     'Beste Sam,\n\nOmdat je nog geen diploma verzorgende IG hebt, komen wij niet tot een uitnodiging voor een '
     'gesprek.\n\nMet vriendelijke groet,\nZorggroep Haven'),
    ('Re: sollicitatie barista',
     'Hoi Sam,\n\nWe hebben het team inmiddels rond. Bedankt voor je sollicitatie en veel succes!\n\nGroetjes,\n'
     'Marloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nHoewel je profiel interessant is, hebben we besloten je sollicitatie voor de functie van '
     'ontwerper af te wijzen.\n\nMet vriendelijke groet,\nMarloes'),
    ('Je sollicitatie als docent',
     'Beste Sam,\n\nDe benoemingsadviescommissie heeft besloten een andere kandidaat voor te dragen voor benoeming.'
     '\n\nMet vriendelijke groet,\nSecretaris BAC'),
    ('Kandidatuur projectingenieur',
     'Beste Sam,\n\nUw kandidatuur werd grondig bekeken. Wij hebben echter gekozen voor een profiel met meer '
     'ervaring en zullen uw kandidatuur dan ook niet weerhouden.\n\nMet vriendelijke groeten,\nHR'),
    # --- more writers: plain no's in words the sweeps did not use
    ('Je sollicitatie als beleidsadviseur',
     'Beste Sam,\n\nWij kunnen uw sollicitatie helaas niet honoreren. De functie vraagt om meer ervaring met '
     'wetgeving.\n\nMet vriendelijke groet,\nP&O'),
    ('Shortlist projectleider',
     'Hoi Sam,\n\nJe staat helaas niet op de shortlist voor de functie van projectleider. Bedankt voor je '
     'sollicitatie.\n\nGroet,\nMarloes'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nIk moet je helaas teleurstellen wat betreft de functie van lasser: die hebben we aan iemand anders '
     'gegeven.\n\nGroet,\nMarloes'),
    ('Uitslag eerste ronde',
     'Beste Sam,\n\nJe bent in de eerste ronde afgevallen voor de functie van stewardess. We danken je voor je '
     'deelname aan de selectiedag.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Sollicitatie medewerker klantenservice',
     'Beste Sam,\n\nWij zien op dit moment geen mogelijkheden om u een functie aan te bieden.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Vacature administratief medewerker',
     'Beste Sam,\n\nWe hebben besloten de functie voorlopig niet in te vullen. Dat betekent dat we je sollicitatie '
     'niet verder behandelen.\n\nMet vriendelijke groet,\nHR'),
    ('Re: gesprek vorige week',
     'Hoi Sam,\n\nVoor de baan als planner is het in jouw geval helaas een nee geworden. Bedankt voor het fijne '
     'gesprek.\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nJammer genoeg ben je niet doorgegaan naar de volgende stap in de procedure voor de functie van '
     'designer.\n\nMet vriendelijke groet,\nTalent Team'),
    ('Kandidatuur',
     'Beste Sam,\n\nNa de gesprekken hebben we beslist om iemand anders aan te werven voor de job van '
     'onthaalmedewerker.\n\nVriendelijke groeten,\nHR'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw brief hebben wij met belangstelling gelezen. Wij hebben echter gemeend u niet in de '
     'verdere procedure te betrekken.\n\nHoogachtend,\nDe directie'),
    # --- an earlier no recalled beside a no given now (not the outreach look-alike below)
    ('Je sollicitatie',
     'Beste Sam,\n\nNet als vorig jaar hebben we ook nu voor een andere kandidaat gekozen. Mocht er een nieuwe '
     'vacature komen, dan laten we het je weten.\n\nMet vriendelijke groet,\nMarloes'),
    ('Sollicitatie planner',
     'Beste Sam,\n\nVorig jaar solliciteerde je ook al bij ons. Helaas hebben we ook nu gekozen voor een andere '
     'kandidaat. Solliciteer gerust opnieuw op een nieuwe vacature.\n\nMet vriendelijke groet,\nHR'),
    ('Re: tweede poging',
     'Hoi Sam,\n\nVorige ronde viel je net af, en helaas is het ook deze keer niet gelukt: we gaan niet verder met je '
     'sollicitatie.\n\nGroet,\nMarloes'),
    # --- more plain no's: the client or the manager as the subject, "keus", the post the reader applied for gone
    ('Je sollicitatie',
     'Beste Sam,\n\nJe hebt goed gesolliciteerd, maar voor deze functie ben je helaas net niet de juiste '
     'persoon.\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben besloten de procedure met een andere kandidaat af te ronden.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas hebben we voor de functie van analist iemand gevonden die net iets beter '
     'aansluit bij het team.\n\nGroet,\nHR'),
    ('Vacature',
     'Beste Sam,\n\nWe zetten je sollicitatie niet door naar de hiring manager.\n\nGroet,\nRecruitment'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben de vacature anders ingevuld. Bedankt voor je sollicitatie.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nHet antwoord is helaas nee. We hebben iemand met meer ervaring in de logistiek '
     'gekozen.\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe moeten je helaas mededelen dat de vacature waarop je reageerde niet meer '
     'beschikbaar is.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nNa het bekijken van je cv hebben we geconcludeerd dat je niet voldoet aan de minimale '
     'eisen voor de functie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe manager heeft je profiel bekeken en ziet helaas geen match.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben uw sollicitatie zorgvuldig beoordeeld en moeten u helaas berichten dat wij '
     'u geen functie kunnen aanbieden.\n\nHoogachtend,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nUiteindelijk is de keus gevallen op een ander.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe gaan in zee met een andere kandidaat.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben een kandidaat aangenomen wiens ervaring beter aansluit.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nOp basis van de online test kunnen we je helaas niet verder laten gaan in de '
     'selectie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nJouw sollicitatie is op dit moment niet weerhouden. We wensen je veel '
     'succes.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe bent niet verder gegaan in de procedure. Bedankt voor je interesse.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie met interesse gelezen. Je kwalificaties zijn mooi, maar '
     'niet wat we nu zoeken.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben geen vervolg kunnen geven aan je sollicitatie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nIk heb je sollicitatie voorgelegd aan de teamleider. Zij wil niet met je '
     'verder.\n\nGroet,\nMarloes'),
    # --- old formal letters, a half-English ATS, a texted note, a work permit
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie in overweging genomen, doch moeten u mededelen '
     'dat de functie reeds is bezet.\n\nHoogachtend,\nDirectie'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij berichten u dat uw sollicitatie voor de functie van kassier niet is '
     'gehonoreerd.\n\nMet vriendelijke groet,\nHR'),
    ('Kandidatuur',
     'Beste Sam,\n\nUw kandidatuur komt niet in aanmerking voor de volgende fase. Wij wensen u veel '
     'succes.\n\nGroeten,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe vacature is gesloten en we hebben een geschikte kandidaat gevonden. Bedankt voor '
     'je sollicitatie.\n\nGroet,\nHR'),
    ('Update: Sales Representative',
     'Hi Sam,\n\nThank you for your interest. Helaas hebben we besloten om verder te gaan met kandidaten '
     'die beter matchen met de functie.\n\nBest regards,\nTalent Team'),
    ('Sollicitatie',
     'Beste Sam,\n\nIn het gesprek werd duidelijk dat de functie en jouw wensen te ver uit elkaar liggen. '
     'We stoppen daarom de procedure.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Ha Sam, ff laten weten: t is iemand anders geworden. Sorry!\n\nVerzonden vanaf mijn iPhone'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie afgewezen omdat je nog geen werkvergunning '
     'hebt.\n\nGroet,\nHR'),
    ('Re: vacature schoonmaker',
     'Hoi Sam,\n\nDie vacature is al vervuld, maar voor de vacature van glazenwasser ben je welkom om te '
     'solliciteren via onze site.\n\nGroet,\nMarloes'),
    # --- a procedure closed subject first, a post left unfilled, a selection not passed, someone described hired,
    # the reader not seen in the post, and plain no's of a second probe
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie op de functie van tekenaar ontvangen en bekeken. Op basis '
     'van je cv zien we onvoldoende aanknopingspunten voor een gesprek.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas moeten wij je berichten dat je niet bent doorgegaan naar de volgende '
     'ronde.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij hebben helaas geen positief bericht voor je: je sollicitatie is niet verder in '
     'behandeling genomen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nHet spijt ons je te moeten melden dat we je niet kunnen aannemen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nNa rijp beraad hebben we gekozen voor een kandidaat die direct inzetbaar '
     'is.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nIk heb slecht nieuws: de functie is naar een andere kandidaat '
     'gegaan.\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben ervoor gekozen om de functie intern in te vullen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDoor een interne verschuiving is de vacature niet meer nodig. We ronden de procedure '
     'daarom af.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe functie wordt om budgettaire redenen niet ingevuld. We danken je voor je '
     'sollicitatie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nHet management heeft besloten de vacature on hold te zetten. Daarom kunnen we je '
     'sollicitatie niet verder oppakken.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe hebt het selectietraject niet succesvol doorlopen.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nSorry, wordt m niet. We hebben iemand met rijbewijs C genomen.\n\nGr,\nMarloes'),
    ('Re: sollicitatie',
     'Hoi Sam, helaas ben je niet door. Succes verder!\n\nVerzonden vanaf mijn iPhone'),
    ('Sollicitatie',
     'Beste Sam,\n\nU bent helaas niet de geschikte kandidaat voor deze functie.\n\nGroet,\nHR'),
    ('Voicemail',
     'Transcriptie:\nJa goedemiddag met Marloes van Haven. Ik bel over uw sollicitatie. We hebben '
     'besloten niet verder te gaan, dus ik wilde het u even persoonlijk laten weten. Fijne dag.'),
    ('Sollicitatie',
     'Beste Sam,\n\nOnze opdrachtgever heeft aangegeven dat jouw profiel niet aansluit op de '
     'wensen.\n\nGroet,\nMarloes, Haven Werving'),
    ('Sollicitatie',
     'Beste Sam,\n\nUw sollicitatie heeft niet geleid tot een uitnodiging.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nJammer genoeg moeten we je laten weten dat de vacature is komen te '
     'vervallen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWij zien af van een verdere kennismaking.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie gelezen, maar we zien je niet terug in deze '
     'rol.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nTot onze spijt kunnen wij u niet aannemen voor de functie van chauffeur.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe commissie heeft u niet op de voordracht geplaatst.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nIn deze procedure ben je helaas afgevallen.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je niet geselecteerd voor de functie van data engineer. Dank voor je '
     'tijd.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben de functie niet aan jou gegund.\n\nGroet,\nHR'),
    # --- "afwijzing" at the end of the subject, Flemish reserve lists and hires, short notes, a list of the chosen
    ('Afwijzing sollicitatie',
     'Beste Sam,\n\nBedankt voor je sollicitatie voor de functie van planner. We wensen je veel succes '
     'bij het vinden van een andere baan.\n\nGroet,\nHR'),
    ('Sollicitatie - afwijzing',
     'Beste Sam,\n\nBedankt voor je sollicitatie. We wensen je veel succes met je verdere '
     'zoektocht.\n\nGroet,\nHR'),
    ('Uw kandidatuur',
     'Beste Sam,\n\nUw profiel werd niet weerhouden voor de functie van boekhouder.\n\nGroeten,\nHR'),
    ('Uw kandidatuur',
     'Beste Sam,\n\nWij hebben een andere kandidaat aangeworven voor deze functie.\n\nGroeten,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nU werd niet opgenomen in de wervingsreserve.\n\nGroeten,\nSelectiedienst'),
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas!\n\nNa een lange dag gesprekken hebben we voor iemand anders '
     'gekozen.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nwe hebben al iemand voor de zaterdag, sorry!\n\nGroetjes,\nMarloes'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nde baan is al gegeven aan iemand anders, sorry.\n\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nGezien het grote aantal sollicitanten hebben wij een selectie moeten maken. U behoort '
     'niet tot de geselecteerde kandidaten.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben besloten je niet aan te nemen na de proeftijd-sollicitatie.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je gegevens uit ons systeem verwijderd, omdat er geen passende functie voor '
     'je is.\n\nGroet,\nHR'),
    # (moved from KNOWN_GAPS, session 20: the wish under a subject naming the application)
    ('Sollicitatie',
     'Beste Sam,\n\nWij wensen u veel succes bij het vinden van een passende functie elders.\n\nGroet,\nHR'),
    # (moved from KNOWN_GAPS, round 21: a chat line that is only "al vergeven" is read where the mail has job context,
    # here the subject's vacancy; a room or a ticket's "is al vergeven" has none, a moved slot asks a question after it)
    ('Re: vacature',
     'Sorry Sam, is al vergeven.\n\nVerzonden vanaf mijn iPhone'),
]

LOOKALIKES = [
    # --- "helaas" about a date in an invitation, a rescheduling
    ('Uitnodiging gesprek',
     'Hoi Sam,\n\nLeuk dat je wilt komen praten over de functie van planner. Helaas kan ik dinsdag niet, kan het '
     'woensdag om 10 uur?\n\nGroet,\nMarloes'),
    ('Gesprek verzet',
     'Beste Sam,\n\nHelaas moeten we het gesprek van donderdag verzetten, omdat de teamleider ziek is. Kun je '
     'volgende week maandag om 14 uur?\n\nMet vriendelijke groet,\nMarloes'),
    ('Re: sollicitatiegesprek',
     'Hoi Sam,\n\nHelaas gaat het gesprek van vrijdag niet door wegens ziekte. We plannen het graag opnieuw in; welke '
     'dag komt jou uit?\n\nGroet,\nMarloes'),
    ('Uitnodiging tweede gesprek',
     'Beste Sam,\n\nHelaas konden we niet alle kandidaten uitnodigen, maar jij bent door naar het tweede gesprek. '
     'Wil je een tijd kiezen?\n\nMet vriendelijke groet,\nHR'),
    ('Verplaatsing assessment',
     'Beste Sam,\n\nHet assessment van maandag komt te vervallen door een storing. We sturen je een nieuwe datum.'
     '\n\nMet vriendelijke groet,\nSelectieteam'),
    # --- a recruiter's auto-reply
    ('Automatisch antwoord: sollicitatie planner',
     'Bedankt voor je bericht. Ik ben helaas afwezig tot en met 2 september en heb beperkt toegang tot mijn mail. '
     'Voor dringende zaken kun je contact opnemen met recruitment@haven.example.\n\nMarloes de Wit'),
    ('Afwezig: Re: vacature',
     'Helaas ben ik op vakantie. Je sollicitatie wordt na mijn terugkomst behandeld.\n\nGroet,\nMarloes'),
    # --- the reader turning the company down
    ('Re: aanbod functie planner',
     'Beste Sam,\n\nJammer dat je ons aanbod niet aanneemt. We respecteren je keuze en wensen je veel succes bij '
     'je nieuwe werkgever.\n\nMet vriendelijke groet,\nMarloes'),
    ('Re: intrekken sollicitatie',
     'Hoi Sam,\n\nDank voor je bericht dat je je sollicitatie intrekt. We vinden het jammer, maar begrijpen het. '
     'Succes!\n\nGroet,\nMarloes'),
    # --- "afgewezen" for something else
    ('Uw aanvraag parkeervergunning',
     'Geachte heer Rivera,\n\nUw aanvraag voor een bewonersparkeervergunning is afgewezen, omdat er op uw adres al '
     'twee vergunningen zijn verleend.\n\nMet vriendelijke groet,\nGemeente Haarlem'),
    ('Hypotheekaanvraag',
     'Beste Sam,\n\nHelaas heeft de geldverstrekker je hypotheekaanvraag afgewezen. Ik bel je morgen om de '
     'alternatieven te bespreken.\n\nGroet,\nMarloes, hypotheekadviseur'),
    ('Besluit visumaanvraag',
     'Geachte heer Rivera,\n\nUw aanvraag voor een visum kort verblijf is afgewezen. U kunt binnen vier weken '
     'bezwaar maken.\n\nMet vriendelijke groet,\nIND'),
    ('Uw schademelding',
     'Beste Sam,\n\nWij hebben uw schadeclaim beoordeeld. Helaas kunnen wij de schade niet vergoeden, omdat '
     'waterschade door lekkage niet is gedekt.\n\nMet vriendelijke groet,\nVerzekeraar Haven'),
    ('Aanvraag toeslag',
     'Beste Sam,\n\nUw aanvraag voor huurtoeslag wordt niet in behandeling genomen, want er ontbreken stukken.\n\n'
     'Met vriendelijke groet,\nDienst Toeslagen'),
    ('Verzoek uitstel betaling',
     'Beste Sam,\n\nWe hebben uw verzoek om uitstel van betaling afgewezen. Het bedrag wordt op 1 mei '
     'afgeschreven.\n\nMet vriendelijke groet,\nKlantenservice'),
    ('Inschrijving woning',
     'Beste Sam,\n\nDe woning aan de Havenstraat is toegewezen aan een andere kandidaat. Je blijft ingeschreven voor '
     'andere woningen.\n\nMet vriendelijke groet,\nWoningcorporatie'),
    # --- job alerts
    ('Vacature-update: deze vacature is vervuld',
     'Hoi Sam,\n\nDe vacature Planner bij Haven Logistiek die je had opgeslagen, is vervuld. Bekijk hieronder '
     'vergelijkbare vacatures in jouw regio.\n\nJe ontvangt deze mail omdat je een vacature-alert hebt ingesteld.'),
    ('Nieuwe vacatures voor jou',
     'Hoi Sam,\n\nDrie nieuwe vacatures die passen bij je zoekopdracht "planner". Let op: de vacature bij Haven is '
     'inmiddels ingevuld.\n\nAfmelden voor deze alert'),
    # --- newsletters
    ('Nieuwsbrief: omgaan met afwijzing',
     'Hoi Sam,\n\nEen afwijzing na een sollicitatie is nooit leuk. In deze nieuwsbrief vijf tips: vraag om feedback, '
     'neem even rust en kijk waar je volgende kans ligt.\n\nTeam Carrierecoach'),
    ('Blog: waarom je niet werd uitgenodigd',
     'Hoi Sam,\n\nVeel sollicitanten horen "we hebben gekozen voor een andere kandidaat". Wat zit daarachter? In '
     'onze nieuwe blog leggen recruiters het uit.\n\nLees verder'),
    # --- a friend's story
    ('Re: hoe gaat het',
     'Hoi Sam!\n\nIk ben afgewezen voor die baan bij de gemeente, balen. Ze hebben gekozen voor een interne '
     'kandidaat. Zullen we zaterdag koffie drinken?\n\nXx Marloes'),
    ('Nieuws',
     'Hey Sam,\n\nMijn broer is het niet geworden bij de brandweer, hij valt buiten de boot. Hoe ging jouw '
     'gesprek?\n\nGroetjes,\nMarloes'),
    # --- outreach that tells of last year's applicants before inviting
    ('Vacature planner - iets voor jou?',
     'Hoi Sam,\n\nVorig jaar hadden we voor deze functie sollicitanten die beter pasten bij het team van toen. Dit '
     'jaar zoeken we juist iemand zoals jij, met ervaring in de haven. Heb je zin in een kop koffie?\n\nGroet,\n'
     'Marloes, recruiter'),
    ('Nieuwe kans bij Haven',
     'Beste Sam,\n\nEerder dit jaar hebben we voor een andere kandidaat gekozen, maar er is nu een nieuwe vacature '
     'die goed bij je past. Mag ik je bellen?\n\nGroet,\nMarloes'),
    ('Opnieuw solliciteren?',
     'Hoi Sam,\n\nVorig jaar viel je net buiten de boot, maar we hebben nu weer een vacature voor een planner. '
     'Solliciteer je opnieuw?\n\nGroet,\nMarloes'),
    # --- acknowledgements and next steps
    ('Ontvangstbevestiging',
     'Beste Sam,\n\nWe hebben je sollicitatie ontvangen. Helaas duurt de selectie wat langer dan gepland; uiterlijk '
     '15 mei hoor je van ons.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe vacature blijft nog twee weken open staan. Daarna beslissen we wie we uitnodigen. Je hoort '
     'in elk geval van ons.\n\nMet vriendelijke groet,\nMarloes'),
    ('Goed nieuws',
     'Hoi Sam,\n\nJe hebt het assessment gehaald! We nodigen je uit voor het laatste gesprek.\n\nGroet,\nMarloes'),
    ('Aanbod',
     'Beste Sam,\n\nWe hebben gekozen voor jou! Je ontvangt deze week het contract voor de functie van planner.\n\n'
     'Met vriendelijke groet,\nMarloes'),
    ('Re: vacature',
     'Hoi Sam, de vacature is nog open hoor. Stuur je cv maar!\n\nVerzonden vanaf mijn iPhone'),
    ('Intern nieuws: nieuwe teamleider',
     'Beste collega\'s,\n\nDe functie van teamleider is vervuld door een interne kandidaat: Joost begint op 1 juni. '
     'Welkom Joost!\n\nHR'),
    # --- the reader on the hiring side
    ('Re: kandidaten planner',
     'Hoi Sam,\n\nZoals besproken gaan we niet verder met kandidaat B. Wil jij haar vandaag bellen?\n\nGroet,\n'
     'Marloes'),
    ('Afwijzingsbrieven',
     'Hoi Sam,\n\nKun jij de afwijzingsbrieven voor de vacature planner versturen? De functie is ingevuld.\n\n'
     'Groet,\nMarloes'),
    # --- voicemail that is not a decision
    ('Voicemail van 020 123 4567',
     'Transcriptie voicemail:\n"Hoi Sam, met Marloes van Haven Recruitment. Ik bel over je sollicitatie, de klant '
     'wil je graag spreken. Bel me even terug. Doei."'),
    ('Nieuwe voicemail',
     'Transcriptie:\nHallo Sam, met de tandarts. Helaas moeten we je afspraak van morgen verzetten. Wil je ons '
     'terugbellen?'),
    # --- a vacancy withdrawn when the reader is not the applicant
    ('Vacature vervalt',
     'Beste collega\'s,\n\nDoor de bezuinigingen komt de vacature van de tweede secretaresse te vervallen. De taken '
     'worden verdeeld binnen het team.\n\nGroet,\nDirectie'),
    ('Budget 2025',
     'Hoi Sam,\n\nDe functie van junior marketeer wordt niet ingevuld, het budget gaat naar campagnes. Kun jij dat '
     'aan je team laten weten?\n\nGroet,\nMarloes'),
    # --- a short note from the phone that is not about the reader
    ('Re: bijbaan',
     'Sorry, ik kan zaterdag niet werken. Kan iemand anders?\n\nVerzonden vanaf mijn iPhone'),
    ('Re: auto te koop',
     'Sorry Sam, de auto is al verkocht. Succes!\n\nVerzonden vanaf mijn iPhone'),
    ('Re: kamer te huur',
     'Hoi, die kamer is al vergeven. Succes met zoeken!\n\nVerstuurd vanaf mijn Samsung-telefoon'),
    ('Re: kaartjes',
     'Helaas Sam, de kaartjes zijn al weg. Gr Marloes\n\nVerstuurd vanaf mijn mobiel'),
    # --- sports, exams, contests
    ('Uitslag selectie eerste elftal',
     'Hoi Sam,\n\nJe hebt de selectie voor het eerste elftal helaas niet gehaald. Je blijft welkom in het tweede.\n\n'
     'Sportieve groet,\nTrainer'),
    ('Uitslag examen',
     'Beste Sam,\n\nJe hebt het theorie-examen helaas niet gehaald. Je kunt een herexamen aanvragen.\n\nCBR'),
    ('Mixed: your order / je bestelling',
     'Dear Sam / Beste Sam,\n\nUnfortunately your order could not be delivered. Helaas kon je bestelling niet '
     'worden bezorgd.\n\nCustomer Service'),
    ('Subsidieaanvraag',
     'Beste Sam,\n\nDe commissie heeft besloten niet verder te gaan met uw projectaanvraag. U kunt in de volgende '
     'ronde opnieuw indienen.\n\nMet vriendelijke groet,\nFonds'),
    ('Re: offerte',
     'Beste Sam,\n\nWe hebben gekozen voor een andere aannemer voor de verbouwing. Dank voor je offerte.\n\nGroet,\n'
     'Marloes'),
    # --- more look-alikes close to the new words
    ('Uitnodiging gesprek',
     'Beste Sam,\n\nHelaas is er geen parkeerplek bij ons kantoor, maar je bent van harte welkom voor het gesprek op '
     'dinsdag om 10 uur.\n\nMet vriendelijke groet,\nMarloes'),
    ('Vacature planner',
     'Hoi Sam,\n\nDeze vacature komt te vervallen op 30 juni. Solliciteer dus snel!\n\nGroet,\nWerken bij Haven'),
    ('Actie',
     'Hoi Sam,\n\nJe valt helaas buiten de boot voor de kortingsactie, die liep tot gisteren.\n\nGroet,\nWebshop'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe functie wordt niet ingevuld voordat we jou gesproken hebben. Wanneer kun je langskomen?\n\n'
     'Groet,\nMarloes'),
    ('Marathon',
     'Hoi Sam,\n\nJe hebt het niet gehaald binnen de tijdslimiet, maar je krijgt wel je medaille!\n\n'
     'Organisatie Havenloop'),
    ('Re: je keuze',
     'Beste Sam,\n\nDank voor je bericht dat je kiest voor een andere werkgever. We wensen je veel succes.\n\n'
     'Met vriendelijke groet,\nMarloes'),
    ('Goed nieuws van de opdrachtgever',
     'Hoi Sam,\n\nOnze opdrachtgever heeft gekozen voor jou! Ze willen je een contract aanbieden.\n\nGroet,\n'
     'Marloes, Haven Recruitment'),
    ('Stand van zaken',
     'Hoi Sam,\n\nDe opdrachtgever heeft nog geen keuze gemaakt. Ze spreken volgende week nog een andere kandidaat. '
     'Ik hou je op de hoogte.\n\nGroet,\nMarloes'),
    ('Uw kandidatuur',
     'Beste Sam,\n\nUw kandidatuur werd weerhouden voor de volgende selectieproef op 12 maart.\n\nMet '
     'vriendelijke groeten,\nSelectiedienst'),
    ('Loting opleiding',
     'Beste Sam,\n\nJe bent helaas niet ingeloot voor de opleiding geneeskunde. Je kunt volgend jaar opnieuw '
     'meedoen.\n\nDUO'),
    ('Onderzoek',
     'Beste Sam,\n\nU bent niet geselecteerd voor ons panelonderzoek. Dank voor uw aanmelding.\n\nPanel Haven'),
    # --- staff news and project teams in the words of the new rules
    ('Nieuwe teamleider',
     'Beste collega\'s,\n\nDe rol van teamleider gaat naar een interne kandidaat; de naam maken we volgende week '
     'bekend.\n\nGroet,\nDirectie'),
    ('Project Kade',
     'Hoi Sam,\n\nWe hebben het team rond voor project Kade: jij, Joost en Fatima. De kick-off is maandag.\n\n'
     'Groet,\nMarloes'),
    ('Re: je vacature',
     'Hoi Sam,\n\nDe klant nodigt je nog niet uit; eerst wil ze je cv in het Engels zien. Kun je dat sturen?\n\n'
     'Groet,\nMarloes, Haven Recruitment'),
    ('Nieuwe vacature voor jou',
     'Hoi Sam,\n\nVorig jaar kozen we voor een andere kandidaat, maar nu hebben we een nieuwe vacature voor een '
     'senior planner. Heb je interesse?\n\nGroet,\nMarloes'),
    ('Nog steeds op zoek?',
     'Beste Sam,\n\nEen tijd geleden ben je net niet aangenomen als monteur. Inmiddels is er een nieuwe functie in '
     'onze werkplaats. Mag ik je bellen?\n\nGroet,\nMarloes'),
    # --- a no about a permit, the reader's own no, an outing, a next round, a course, a leave request
    ('Afwijzing parkeervergunning',
     'Beste Sam,\n\nUw aanvraag is afgewezen. U kunt bezwaar maken.\n\nGemeente'),
    ('Re: aanbod',
     'Hoi Marloes,\n\nIk heb besloten het aanbod niet aan te nemen. Bedankt voor alles.\n\nSam'),
    ('Teamuitje',
     'Hoi Sam,\n\nHelaas gaat het teamuitje niet door. Volgende maand nieuwe kans!\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe gaan graag met je verder! Je bent uitgenodigd voor het tweede '
     'gesprek.\n\nGroet,\nHR'),
    ('Vacature',
     'Beste Sam,\n\nDe vacature is niet meer beschikbaar via deze link; gebruik de nieuwe link op onze '
     'site om te solliciteren.\n\nGroet,\nHR'),
    ('Je hulpvraag',
     'Beste Sam,\n\nDe manager heeft je verzoek om thuis te werken bekeken en ziet helaas geen '
     'mogelijkheid.\n\nGroet,\nHR'),
    ('Re: referentie',
     'Hoi Sam,\n\nJouw oud-collega is het helaas niet geworden bij ons. Dank voor je '
     'referentie.\n\nGroet,\nMarloes'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben besloten de procedure met jou voort te zetten. Je hoort snel '
     'meer.\n\nGroet,\nHR'),
    ('Cursus',
     'Beste Sam,\n\nJe aanmelding voor de cursus Excel is niet weerhouden: de cursus is '
     'vol.\n\nGroet,\nOpleidingen'),
    ('Ontvangen',
     'Beste Sam,\n\nWe hebben je sollicitatie ontvangen. Je hoort binnen twee weken of je door bent naar '
     'de volgende ronde. Helaas kunnen we niet iedereen uitnodigen.\n\nGroet,\nHR'),
    # --- good news and staff news in the words of the new rules
    ('Vacature planner',
     'Hoi Sam,\n\nGoed nieuws: we hebben voor de functie van planner iemand gevonden: jij! Het contract volgt deze '
     'week.\n\nGroet,\nMarloes'),
    ('Vacature planner',
     'Hoi Sam,\n\nFijn nieuws voor je team: we hebben voor de vacature van planner iemand gevonden. Ze begint maandag, '
     'wil jij haar inwerken?\n\nGroet,\nMarloes'),
    ('Je reactie',
     'Hoi Sam,\n\nDe vacature waarop je reageerde is nog open. We nemen snel contact op.\n\nGroet,\nMarloes'),
    ('Teamuitje',
     'Hoi Sam,\n\nUiteindelijk is de keus gevallen op een ander restaurant voor het teamuitje.\n\nGroet,\nMarloes'),
    ('Goed nieuws',
     'Hoi Sam,\n\nDe klant nodigt je niet uit voor een gesprek, maar wil je meteen een contract aanbieden!\n\n'
     'Groet,\nMarloes, Haven Recruitment'),
    ('Welkom',
     'Hoi Sam,\n\nOns team is compleet: welkom! Je begint maandag om negen uur.\n\nGroet,\nMarloes'),
    # --- a claim and a visa refused, an auto-reply, an acknowledgement, the reader's own no, another post offered
    ('Afwijzing schadeclaim',
     'Beste Sam,\n\nUw claim is afgewezen omdat de schade buiten de dekking valt.\n\nVerzekeraar'),
    ('Afwijzing visumaanvraag',
     'Beste Sam,\n\nUw visumaanvraag is afgewezen. U kunt in bezwaar gaan.\n\nAmbassade'),
    ('Automatisch antwoord: Re: sollicitatie',
     'Dank voor je bericht. Helaas ben ik tot 5 augustus afwezig. Sollicitaties worden na mijn vakantie '
     'behandeld; je hoort dan van ons.\n\nMarloes de Wit, recruiter'),
    ('Thank you for applying / Bedankt voor je sollicitatie',
     'Hi Sam / Hoi Sam,\n\nWe have received your application. We hebben je sollicitatie ontvangen. Helaas '
     'kunnen we niet iedereen persoonlijk antwoorden; we laten binnen twee weken weten of je door '
     'bent.\n\nTalent Team'),
    ('Re: sollicitatie',
     'Hoi Marloes,\n\nDank voor het aanbod, maar ik heb besloten voor een andere werkgever te '
     'kiezen.\n\nGroet,\nSam'),
    ('Re: vacature schoonmaker',
     'Hoi Sam,\n\nDie vacature is al vervuld, maar voor de vacature van glazenwasser ben je welkom op '
     'gesprek. Kun je dinsdag?\n\nGroet,\nMarloes'),
    ('Vacatures in jouw buurt',
     'Hoi Sam,\n\nDe vacature Magazijnmedewerker bij Haven is vervuld. Andere vacatures voor jou: '
     'Orderpicker, Chauffeur.\n\nJe ontvangt deze alert omdat je je hebt ingeschreven.'),
    ('Mijn verhaal',
     'Hoi Sam,\n\nWeet je nog dat ik solliciteerde bij de bank? Ik ben het niet geworden, ze kozen een '
     'interne kandidaat. Maar ik heb nu een andere baan gevonden!\n\nLiefs,\nMarloes'),
    # --- an interview that goes on, the reader's own no, a membership, childcare, a timeline, staff news
    ('Sollicitatie',
     'Beste Sam,\n\nWe gaan een andere richting op met de website, dus je portfolio past daar niet meer '
     'bij. Je gesprek gaat wel gewoon door.\n\nGroet,\nHR'),
    ('Sollicitatie',
     'Beste Sam,\n\nDe vacature staat on hold tot januari. We houden je sollicitatie aan en laten van ons '
     'horen.\n\nGroet,\nHR'),
    ('Re: aanbod',
     'Beste Marloes,\n\nHelaas moet ik jullie aanbod afslaan; ik heb voor een andere werkgever '
     'gekozen.\n\nMet vriendelijke groet,\nSam'),
    ('Re: aanbod',
     'Beste Sam,\n\nWat jammer dat je ons aanbod afslaat. Succes bij je nieuwe '
     'werkgever!\n\nGroet,\nMarloes'),
    ('Lidmaatschap',
     'Beste Sam,\n\nUw aanvraag voor het lidmaatschap van de golfclub is helaas afgewezen wegens de '
     'wachtlijst.\n\nBestuur'),
    ('Kinderopvang',
     'Beste Sam,\n\nHelaas hebben we geen plek voor uw dochter op de kinderopvang.\n\nGroet'),
    ('Je sollicitatie',
     'Beste Sam,\n\nBedankt voor je sollicitatie. We ronden de sollicitatieprocedure eind mei af. Je '
     'hoort dan van ons.\n\nGroet,\nHR'),
    ('Vacature planner',
     'Hoi Sam,\n\nWe hebben iemand met veel ervaring aangenomen voor de vacature in jouw team. Ze begint '
     'maandag, wil jij haar inwerken?\n\nGroet,\nMarloes'),
    ('Formatie 2025',
     'Beste Sam,\n\nDe functie van teamleider wordt niet meer ingevuld; de taken gaan naar jouw team. Kun '
     'jij dat bespreken?\n\nGroet,\nMarloes'),
    # --- a farewell joke, a train, a reserve list joined, data deleted on request
    ('Afscheid',
     'Beste Sam,\n\nWe wensen je veel succes bij het vinden van een andere baan na je pensioen... grapje! '
     'Fijne laatste werkdag.\n\nJe collega\'s'),
    ('Re: vraag',
     'Helaas, nee. De trein rijdt vandaag niet.\n\nVerzonden vanaf mijn iPhone'),
    ('Sollicitatie',
     'Beste Sam,\n\nU werd opgenomen in de wervingsreserve. Wij nemen contact op zodra er een functie '
     'vrijkomt.\n\nGroeten,\nSelectiedienst'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe hebben je gegevens op jouw verzoek uit ons systeem verwijderd.\n\nGroet,\nHR'),
    ('Afscheid',
     'Hoi Sam,\n\nJammer dat je vertrekt! Veel succes met een nieuwe baan elders.\n\nGroet,\nMarloes'),
    ('Hypotheekaanvraag - afgewezen',
     'Beste Sam,\n\nDe bank heeft je aanvraag afgewezen. Ik bel je morgen.\n\nGroet,\nMarloes, adviseur'),
]

KNOWN_GAPS = [
    # "een andere richting op met deze functie" with no word of the reader: a team or a website goes another way in
    # the same words (an interview that "gaat wel gewoon door" beside it is a look-alike)
    ('Sollicitatie',
     'Beste Sam,\n\nHelaas. Na overleg met het team is besloten dat we een andere richting op gaan met deze '
     'functie.\n\nGroet,\nHR'),
    # "helaas, nee" and a wish alone: the reader's question is not in the note (a train, a ticket or a room get it too)
    ('Re: sollicitatie',
     'Helaas, nee. Succes!\n\nVerzonden vanaf mijn iPhone'),
    # "niet verder helpen in deze procedure": "we kunnen je niet verder helpen" is a helpdesk's phrase, and a redirect
    # ("... helpen met je sollicitatie, die loopt via het uitzendbureau") says it too
    ('Sollicitatie',
     'Beste Sam,\n\nDe functie vereist een rijbewijs B, dat je niet hebt. Daarom kunnen we je helaas niet '
     'verder helpen in deze procedure.\n\nGroet,\nHR'),
]

test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
