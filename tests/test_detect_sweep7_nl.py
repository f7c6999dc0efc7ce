"""Sweep 7, Dutch: a new writer's shapes. Very formal public letters (ministry, municipality, province, water board,
police, Defence: "delen wij u mede", "niet voor een benoeming in aanmerking", "is de keuze niet op u gevallen", "moeten
wij u teleurstellen"), university and UMC selection committees, staffing agencies relaying a client's choice ("de
opdrachtgever heeft gekozen voor een andere kandidaat", "je profiel is niet doorgezet"), curt shop and restaurant
notes, Flemish VDAB/Jobat relays ("spijtig genoeg"), a vacancy filled or withdrawn, passive and inverted word order,
and an English ATS frame around a Dutch body. The look-alikes use the same words of something else: a permit, a
subsidy, a tender, a house, a course, a colleague, the reader's own choice, or a next step still open.
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Hanneke de Wit <h.dewit@werving.example>"

REJECTIONS = [
    # --- formal public letters
    ('Uw sollicitatie naar de functie van beleidsmedewerker',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie naar de functie van beleidsmedewerker '
     'omgevingswet delen wij u mede dat u niet voor een benoeming in aanmerking komt.\n\nHoogachtend,\n'
     'namens burgemeester en wethouders,\nafdeling P&O'),
    ('Sollicitatie senior adviseur',
     'Geachte heer Rivera,\n\nHierbij delen wij u mede dat de sollicitatiecommissie heeft besloten u niet voor de '
     'functie van senior adviseur in aanmerking te laten komen.\n\nMet vriendelijke groet,\nProvincie Gelderland'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nU heeft gesolliciteerd naar de functie van projectsecretaris. Na zorgvuldige '
     'afweging is de keuze niet op u gevallen.\n\nMet vriendelijke groet,\nMinisterie van Financiën'),
    ('Sollicitatie jurist',
     'Geachte heer Rivera,\n\nDank voor uw belangstelling voor de functie van jurist. Wij moeten u helaas '
     'teleurstellen: de commissie heeft een andere kandidaat geselecteerd.\n\nMet vriendelijke groet,\n'
     'Waterschap Rivierenland'),
    ('Uw sollicitatie bij de politie',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie moeten wij u helaas mededelen dat u niet '
     'geselecteerd bent voor de volgende fase van de selectieprocedure.\n\nMet vriendelijke groet,\nPolitie, '
     'Werving en Selectie'),
    ('Uw sollicitatie bij Defensie',
     'Geachte heer Rivera,\n\nHelaas moeten wij u mededelen dat u op grond van de uitslag van de keuring niet '
     'geschikt bent bevonden voor een functie bij Defensie.\n\nMet vriendelijke groet,\nDefensie Werving en '
     'Selectie'),
    ('Functie medewerker burgerzaken',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie zorgvuldig bekeken, maar wij hebben besloten u niet uit '
     'te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nGemeente Zwolle'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nHet aantal reacties op de vacature van toezichthouder was groot. U behoort niet tot de '
     'kandidaten die wij uitnodigen voor een eerste gesprek.\n\nMet vriendelijke groet,\nGemeente Almere'),
    ('Vacature adviseur',
     'Geachte heer Rivera,\n\nWij hebben uw brief met belangstelling gelezen. Tot onze spijt moeten wij u berichten '
     'dat uw sollicitatie niet tot een uitnodiging heeft geleid.\n\nHoogachtend,\nRijkswaterstaat'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nIn de selectieprocedure voor de functie van handhaver is uw sollicitatie afgewezen. '
     'Andere kandidaten sloten beter aan bij het functieprofiel.\n\nMet vriendelijke groet,\nGemeente Breda'),
    ('Vacature 2024-118',
     'Geachte heer Rivera,\n\nUw sollicitatie op vacature 2024-118 is door de selectiecommissie beoordeeld. Tot onze '
     'spijt bent u niet geselecteerd voor een gesprek.\n\nMet vriendelijke groet,\nRijksoverheid, P-Direkt'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nGaarne berichten wij u dat de procedure voor de functie van griffier is afgerond. '
     'Wij hebben een andere kandidaat benoemd.\n\nHoogachtend,\nDe griffie'),
    # --- universities and UMCs
    ('Application PhD position',
     'Beste Sam,\n\nDank voor je sollicitatie voor de promotieplaats. De selectiecommissie heeft besloten je niet '
     'uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nUniversiteit Utrecht'),
    ('Sollicitatie universitair docent',
     'Beste heer Rivera,\n\nDe benoemingsadviescommissie heeft de sollicitaties besproken. Helaas is uw '
     'sollicitatie niet geselecteerd voor de eerste ronde.\n\nMet vriendelijke groet,\nFaculteit der Letteren'),
    ('Vacature verpleegkundige IC',
     'Beste Sam,\n\nWij hebben je sollicitatie zorgvuldig bekeken, maar we hebben gekozen voor kandidaten met '
     'meer IC-ervaring.\n\nMet vriendelijke groet,\nRecruitment Amsterdam UMC'),
    ('Sollicitatie onderzoeker',
     'Beste Sam,\n\nNa de gesprekken heeft de commissie besloten de positie aan een andere kandidaat aan te '
     'bieden.\n\nMet vriendelijke groet,\nRadboudumc'),
    ('Postdoc', 'Beste Sam,\n\nWe hebben de vacature inmiddels vervuld. Dank voor je interesse en succes met je '
     'verdere zoektocht.\n\nGroet,\nProf. dr. A. Visser'),
    # --- staffing agencies
    ('Update sollicitatie', 'Hoi Sam,\n\nIk heb net gehoord van de opdrachtgever: ze hebben gekozen voor een andere '
     'kandidaat. Jammer! Ik hou je op de hoogte van nieuwe vacatures.\n\nGroetjes,\nLisa, Randstad'),
    ('Je sollicitatie', 'Hoi Sam,\n\nBedankt voor je reactie. Helaas is je profiel niet doorgezet naar de '
     'opdrachtgever, omdat je rijbewijs ontbreekt.\n\nGroet,\nTeam Tempo-Team'),
    ('Sollicitatie orderpicker', 'Hey Sam!\n\nJe matcht onvoldoende met het profiel van deze vacature, dus we '
     'gaan je helaas niet voorstellen.\n\nSucces!\nYoungCapital'),
    ('Terugkoppeling', 'Hoi Sam,\n\nDe klant heeft je cv bekeken maar kiest ervoor om niet met je verder te gaan. '
     'Ik zoek verder naar iets passends.\n\nGroet,\nDaan, Start People'),
    ('Update', 'Hoi Sam,\n\nWe kiezen ervoor om niet met je verder te gaan in deze procedure.\n\nGroet,\nRecruitment'),
    ('Vacature administratief medewerker', 'Beste Sam,\n\nDe opdrachtgever heeft na het gesprek laten weten '
     'dat ze niet met je verder gaan. Ze kozen voor iemand die direct kon beginnen.\n\nGroet,\nMaaike, Olympia'),
    ('Feedback klant', 'Hoi Sam,\n\nJammer genoeg heeft de opdrachtgever een andere kandidaat aangenomen.\n\n'
     'Groet,\nBas, Adecco'),
    ('Je sollicitatie via Werkzoeken', 'Hoi Sam,\n\nJe bent helaas niet voorgedragen bij de klant. Er waren '
     'kandidaten met meer ervaring in de logistiek.\n\nGroet,\nLogistiekUitzendbureau'),
    # --- curt retail / hospitality
    ('Re: bijbaan', 'Hoi Sam, de vacature is al vervuld. Succes!\nJumbo Kerkstraat'),
    ('Re: bediening', 'Hee Sam, we hebben al genoeg mensen voor de zomer. Sorry! Gr Mo'),
    ('Re: sollicitatie', 'Hoi Sam, helaas gaan we niet verder met je sollicitatie. Succes, Anouk'),
    ('Re: vakkenvuller', 'Hoi Sam, jammer genoeg hebben we iemand anders aangenomen. Groetjes, Kim'),
    ('Re: afwasser', 'Sam, de plek is vergeven. Sorry man. Gr Joep'),
    ('Re: sollicitatie kassa', 'Hoi Sam,\nDank voor je sollicitatie, maar we zoeken iemand die ook doordeweeks '
     'kan. We gaan dus niet verder met je.\nGroet, Linda'),
    # --- Flemish
    ('Uw sollicitatie via VDAB', 'Beste Sam,\n\nSpijtig genoeg moeten wij u meedelen dat wij een andere kandidaat '
     'hebben gekozen voor de functie van magazijnier.\n\nMet vriendelijke groeten,\nBouwmaterialen Peeters'),
    ('Je kandidatuur via Jobat', 'Dag Sam,\n\nBedankt voor je kandidatuur. Spijtig genoeg past je profiel niet '
     'bij wat we zoeken.\n\nVriendelijke groeten,\nHR Team'),
    ('Kandidatuur boekhouder', 'Beste Sam,\n\nNa grondige analyse van uw cv hebben wij beslist om niet verder te '
     'gaan met uw kandidatuur.\n\nMet vriendelijke groeten,\nFiduciaire Claes'),
    ('Uw kandidatuur', 'Geachte heer,\n\nWij hebben de vacature ondertussen ingevuld met een interne kandidaat.\n\n'
     'Met vriendelijke groeten,\nStad Leuven'),
    ('Sollicitatie via VDAB', 'Dag Sam,\n\nWe hebben je sollicitatie goed ontvangen en bekeken. Spijtig genoeg '
     'kunnen we je niet uitnodigen voor een gesprek.\n\nGroeten,\nTeam Vlaams Bouwbedrijf'),
    ('Je kandidatuur', 'Dag Sam,\n\nJe kandidatuur werd niet weerhouden. We kozen voor een profiel met meer '
     'ervaring.\n\nGroeten,\nHR'),
    # --- passive, inverted, past tense
    ('Je sollicitatie', 'Beste Sam,\n\nEr is gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nNa de gesprekken is besloten om niet met jou verder te gaan.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nAan de gesprekken deelnemen kun je helaas niet: je sollicitatie is niet '
     'geselecteerd.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nDe functie is inmiddels ingevuld door een andere kandidaat.\n\nGroet,\nHR'),
    ('Sollicitatie marketeer', 'Beste Sam,\n\nTen aanzien van je sollicitatie hebben wij besloten hier geen '
     'vervolg aan te geven.\n\nMet vriendelijke groet,\nMarketingbureau Plus'),
    ('Sollicitatie', 'Beste Sam,\n\nUit alle sollicitanten zijn er drie uitgenodigd; jij bent daar helaas niet '
     'bij.\n\nGroet,\nHR'),
    ('Je sollicitatie', 'Beste Sam,\n\nWe hebben je sollicitatie met interesse gelezen. Toch hebben we besloten '
     'een andere kandidaat aan te nemen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nDe vacature is ingetrokken. Je sollicitatie wordt daarom niet verder in '
     'behandeling genomen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nOnze voorkeur ging uit naar een kandidaat met meer ervaring.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nHelaas kunnen wij je sollicitatie niet in overweging nemen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nWij zullen je sollicitatie helaas niet honoreren.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nIn de eerste selectieronde ben je helaas afgevallen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nWij hebben helaas moeten besluiten je niet aan te nemen.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nJouw sollicitatie heeft niet geleid tot een uitnodiging.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nWe hebben iemand gevonden die beter past bij het team.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nHelaas zien wij geen match tussen jouw profiel en de functie.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nUw sollicitatie komt helaas niet in aanmerking voor verdere '
     'behandeling.\n\nGroet,\nHR'),
    # --- English ATS frame, Dutch body
    ('Your application at Coolblue', 'Hi Sam,\n\nBedankt voor je sollicitatie. Na zorgvuldige overweging hebben '
     'we besloten om verder te gaan met andere kandidaten.\n\nKind regards,\nCoolblue Recruitment\n\n'
     'This email was sent via Greenhouse. Please do not reply.'),
    ('Application update', 'Dear Sam,\n\nHelaas moeten we je laten weten dat we je sollicitatie niet verder in '
     'behandeling nemen.\n\nBest,\nTalent team\nPowered by Workday'),
    ('Your application: Data Analyst', 'Hello Sam,\n\nWe hebben je profiel vergeleken met de eisen van de '
     'functie en helaas sluit het onvoldoende aan.\n\nRegards,\nRecruitment\nSent with Lever'),
    ('Update on your application', 'Hi Sam,\n\nDank je wel voor je tijd. We gaan helaas niet door met je '
     'sollicitatie voor de rol van product owner.\n\nCheers,\nThe hiring team (via Personio)'),
    ('Re: Sollicitatie', 'Beste Sam,\n\nJe sollicitatie is afgewezen op basis van de knock-outvragen.\n\nGroet,\n'
     'Teamtailor'),
]

# More shapes a public body, an agency or a shop uses, each said once.
MORE_REJECTIONS = [
    ('Sollicitatie beleidsadviseur', 'Geachte heer Rivera,\n\nDe selectiecommissie heeft besloten dat u niet in '
     'aanmerking komt voor de functie van beleidsadviseur.\n\nHoogachtend,\nGemeente Tilburg'),
    ('Sollicitatie', 'Geachte heer Rivera,\n\nHet spijt ons u te moeten mededelen dat wij u niet voor de vacature '
     'van toezichthouder in aanmerking kunnen laten komen.\n\nMet vriendelijke groet,\nProvincie Utrecht'),
    ('Je sollicitatie bij Intertemps', 'Hoi Sam,\n\nJe ervaring matcht onvoldoende met wat de klant vraagt. We '
     'houden je cv wel in ons bestand.\n\nGroet,\nIntertemps'),
    ('Vacature chauffeur', 'Hoi Sam,\n\nWe gaan je helaas niet voordragen voor deze functie: een groot rijbewijs is '
     'vereist.\n\nGroet,\nTransportuitzendbureau Noord'),
    ('Sollicitatie', 'Beste Sam,\n\nNa overleg met het team gaan wij niet door met jouw sollicitatie.\n\nGroet,\nHR'),
    ('Sollicitatie', 'Beste Sam,\n\nWij zullen helaas niet door met u, omdat de functie een BIG-registratie '
     'vraagt.\n\nGroet,\nHR'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nTot onze spijt moeten wij u teleurstellen. Wij hebben een kandidaat '
     'gevonden die beter aansluit bij het profiel.\n\nHoogachtend,\nGemeente Venlo'),
    ('Je sollicitatie', 'Dag Sam,\n\nSpijtig genoeg werd je niet geselecteerd voor de volgende ronde.\n\nGroetjes,\n'
     'HR Brouwerij'),
    ('Uw kandidatuur', 'Geachte,\n\nWij hebben uw kandidatuur met aandacht gelezen. Wij kunnen u echter geen '
     'gesprek aanbieden.\n\nMet vriendelijke groeten,\nProvincie Antwerpen'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nMet dank voor uw brief berichten wij u dat wij u helaas niet in de '
     'selectieprocedure kunnen opnemen.\n\nHoogachtend,\nGemeente Ede'),
    ('Sollicitatie kok', 'Hoi Sam,\n\nDe functie is vorige week al aan iemand anders toegezegd. Succes!\n\nGroet,\n'
     'Brasserie Het Plein'),
    ('Stage', 'Beste Sam,\n\nDe stageplek hebben we helaas toegezegd aan een andere student.\n\nGroet,\nHR'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nGezien het grote aantal reacties moesten wij streng selecteren. U '
     'behoort helaas niet tot de geselecteerden.\n\nHoogachtend,\nGemeente Deventer'),
    ('Uw kandidatuur', 'Geachte heer Rivera,\n\nNa vergelijking van de titels en verdiensten werd uw kandidatuur niet '
     'als meest geschikt gerangschikt.\n\nMet vriendelijke groeten,\nProvinciebestuur Limburg'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nWij betreuren het u te moeten meedelen dat uw sollicitatie geen '
     'doorgang vindt.\n\nHoogachtend,\nWaterschap Aa en Maas'),
    ('Je sollicitatie', 'Beste Sam,\n\nNa de gesprekken zijn we tot de conclusie gekomen dat er een betere match is '
     'met een andere kandidaat.\n\nGroet,\nHR'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nDe commissie heeft besloten niet over te gaan tot een benoeming van '
     'u.\n\nHoogachtend,\nDe rector magnificus'),
]

LOOKALIKES = [
    # --- "niet voor ... in aanmerking" of a benefit, a permit, a subsidy, a colleague, or still open
    ('Leaseregeling', 'Hoi Sam,\n\nIn je huidige functie kom je niet voor een leaseauto in aanmerking. Als '
     'accountmanager straks wel.\n\nGroet,\nHR'),
    ('Subsidieaanvraag', 'Geachte heer Rivera,\n\nHierbij delen wij u mede dat u niet voor de subsidie '
     'duurzame energie in aanmerking komt, omdat uw woning na 2015 is gebouwd.\n\nHoogachtend,\nGemeente Zwolle'),
    ('Vergunning', 'Geachte heer Rivera,\n\nUw aanvraag komt niet voor een parkeervergunning in aanmerking: u '
     'heeft al een eigen oprit.\n\nMet vriendelijke groet,\nGemeente Breda'),
    ('Benoeming collega', 'Beste Sam,\n\nZoals je weet kwam Pieter niet voor een benoeming in aanmerking. Jij begint '
     'maandag als zijn opvolger.\n\nGroet,\nDirectie'),
    ('Jubileumuitkering', 'Hoi Sam,\n\nOmdat je nog geen 25 jaar in dienst bent, kom je niet voor de '
     'jubileumuitkering in aanmerking.\n\nGroet,\nSalarisadministratie'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nWij delen u mede dat u voor een benoeming in aanmerking komt. '
     'Wij nodigen u uit voor een gesprek met de burgemeester.\n\nHoogachtend,\nGemeente Almere'),
    ('Interne vacature', 'Hoi Sam,\n\nMedewerkers in hun proeftijd komen niet voor een interne vacature in '
     'aanmerking; jij bent al vast, dus je kunt gewoon reageren.\n\nGroet,\nHR'),
    # --- "matcht onvoldoende" of a design, a colour, a product
    ('Feedback logo', 'Hoi Sam,\n\nHet nieuwe logo matcht onvoldoende met onze huisstijl. Kun je het groen iets '
     'donkerder maken?\n\nGroet,\nMarketing'),
    ('Retour', 'Beste klant,\n\nDe kleur van de bank matcht onvoldoende met de foto? Stuur hem gratis terug.\n\n'
     'Groet,\nMeubelshop'),
    ('Datingapp', 'Hoi Sam,\n\nJe matcht onvoldoende met mensen in je buurt? Vergroot dan je zoekgebied.\n\n'
     'Groet,\nHet team van de app'),
    ('Je profiel', 'Hoi Sam,\n\nJe profiel matcht goed met de vacature van planner. Ik stuur het vandaag naar de '
     'klant.\n\nGroet,\nLisa, Randstad'),
    # --- "niet voorstellen / voordragen" of something else, or the reader put forward
    ('Je voorstelronde', 'Hoi Sam,\n\nWe gaan je niet voorstellen in de teamvergadering: dat mag je maandag zelf '
     'doen.\n\nGroet,\nManon'),
    ('Voordracht', 'Hoi Sam,\n\nIk ga je voordragen voor deze vacature bij onze klant. Je hoort morgen meer.\n\n'
     'Groet,\nDaan, Start People'),
    ('Kandidaat voor de teamleidersrol', 'Hoi Sam,\n\nWe gaan Ahmed niet voordragen voor deze functie; jij '
     'wel. Gefeliciteerd!\n\nGroet,\nDaan'),
    ('Ondernemingsraad', 'Beste Sam,\n\nWe zullen je niet voordragen voor de ondernemingsraad, omdat je al in de '
     'personeelsvereniging zit.\n\nGroet,\nHR'),
    ('Imagine', 'Hoi Sam,\n\nIk kan me niet voorstellen dat je deze baan niet krijgt. Succes morgen!\n\n'
     'Groetjes,\nOma'),
    # --- "niet door met" of an order, a renovation, a collaboration, the reader's own step
    ('Je bestelling', 'Hoi Sam,\n\nWe gaan niet door met je bestelling, want het artikel is uitverkocht. Je krijgt '
     'je geld terug.\n\nGroet,\nWebshop'),
    ('Verbouwing', 'Beste Sam,\n\nWe gaan niet door met de verbouwing van je keuken tot de vergunning er is.\n\n'
     'Groet,\nAannemersbedrijf Smit'),
    ('Je sollicitatie', 'Hoi Sam,\n\nJammer dat je niet door wilt met je sollicitatie. We respecteren je keuze.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe gaan graag door met je sollicitatie! Kun je dinsdag om 10 uur?\n\n'
     'Groet,\nHR'),
    ('Samenwerking', 'Beste Sam,\n\nWe gaan niet door met u als leverancier van ons drukwerk.\n\n'
     'Met vriendelijke groet,\nInkoop'),
    ('Je sollicitatie', 'Hoi Sam,\n\nWe gaan niet door met je sollicitatie tot je diploma binnen is; stuur het '
     'ons zodra je het hebt.\n\nGroet,\nHR'),
    # --- "niet in de procedure opnemen" held back, another taken up; "toegezegd" of a holiday or a day
    ('Je diploma', 'Hoi Sam,\n\nWe kunnen je nog niet in de procedure opnemen tot je diploma binnen is.\n\nGroet,\nHR'),
    ('Collega', 'Hoi Sam,\n\nKun je Fatima niet in de procedure opnemen? Ze is heel geschikt.\n\nGroet,\nManon'),
    ('Vakantie', 'Hoi Sam,\n\nDe week in juli is al aan een andere collega toegezegd; jij kunt in augustus.\n\n'
     'Groet,\nPlanning'),
    ('Je sollicitatie', 'Hoi Sam,\n\nDe functie is je toegezegd! Het contract volgt morgen.\n\nGroet,\nHR'),
    # --- "geen doorgang", a ranking, a better match, an appointment: of a meeting, another person, a product
    ('Je gesprek', 'Hoi Sam,\n\nJe sollicitatiegesprek van dinsdag vindt geen doorgang; we plannen een nieuwe '
     'datum.\n\nGroet,\nHR'),
    ('Ranking', 'Beste Sam,\n\nIn de jury werd Ahmed niet als meest geschikt gerangschikt; jij staat op de eerste '
     'plaats.\n\nGroeten,\nHR'),
    ('Leverancier', 'Hoi Sam,\n\nVoor je nieuwe team zie ik een betere match met een andere leverancier van '
     'laptops.\n\nGroet,\nIT'),
    ('Directie', 'Beste Sam,\n\nDe raad van toezicht gaat niet over tot de benoeming van een nieuwe directeur.'
     '\n\nGroet,\nSecretariaat'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nU behoort tot de geselecteerden voor de tweede ronde. Gefeliciteerd!'
     '\n\nHoogachtend,\nGemeente Deventer'),
    # --- "geen gesprek aanbieden" of a day, or with an offer after all
    ('Planning', 'Hoi Sam,\n\nWe kunnen je helaas geen gesprek aanbieden op vrijdag; maandag kan wel.\n\nGroet,\n'
     'HR'),
    ('Uitnodiging', 'Beste Sam,\n\nWe kunnen je echter geen gesprek aanbieden voor de functie van planner, '
     'maar wel voor die van teamleider.\n\nGroet,\nHR'),
    # --- formal letters that are news, not a no
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie delen wij u mede dat de '
     'selectiegesprekken op 12 maart plaatsvinden. U bent van harte uitgenodigd.\n\nHoogachtend,\nGemeente '
     'Zwolle'),
    ('Benoeming', 'Geachte heer Rivera,\n\nHet doet ons genoegen u mede te delen dat de keuze op u is gevallen. '
     'Wij bieden u de functie van jurist aan.\n\nHoogachtend,\nWaterschap Rivierenland'),
    ('Uw sollicitatie', 'Geachte heer Rivera,\n\nWij hebben uw sollicitatie zorgvuldig bekeken en nodigen u uit '
     'voor een eerste gesprek.\n\nMet vriendelijke groet,\nPolitie'),
    ('Keuring Defensie', 'Geachte heer Rivera,\n\nU bent geschikt bevonden voor de functie. De keuring vindt '
     'plaats op 4 april in Amersfoort.\n\nMet vriendelijke groet,\nDefensie Werving en Selectie'),
    ('Bezwaar', 'Geachte heer Rivera,\n\nWij moeten u teleurstellen: uw bezwaar tegen de WOZ-waarde is '
     'ongegrond verklaard.\n\nHoogachtend,\nGemeente Venlo'),
    # --- agencies and shops with good or neutral news
    ('Update', 'Hoi Sam,\n\nDe opdrachtgever heeft gekozen voor jou! Je begint op 1 mei.\n\nGroetjes,\n'
     'Lisa, Randstad'),
    ('Je profiel', 'Hoi Sam,\n\nJe profiel is doorgezet naar de opdrachtgever. Ik laat het je weten zodra ik iets '
     'hoor.\n\nGroet,\nTempo-Team'),
    ('Re: bijbaan', 'Hoi Sam, de vacature bij de kassa is al vervuld, maar we zoeken nog iemand voor de '
     'broodafdeling. Interesse? Jumbo'),
    ('Vacature', 'Hoi Sam,\n\nDe vacature van je collega Joris is inmiddels vervuld; je nieuwe buurman begint '
     'maandag.\n\nGroet,\nHR'),
    # --- Flemish good news and others' news
    ('Je kandidatuur via VDAB', 'Dag Sam,\n\nSpijtig genoeg kunnen we het gesprek van dinsdag niet laten '
     'doorgaan. Kan je donderdag om 14 uur?\n\nGroeten,\nHR Team'),
    ('Jobat', 'Dag Sam,\n\nSpijtig genoeg is de vacature die je bewaarde verlopen. Bekijk gelijkaardige '
     'jobs in je buurt.\n\nJobat'),
    ('Je kandidatuur', 'Dag Sam,\n\nJe kandidatuur werd weerhouden! We nodigen je uit voor een gesprek op 5 '
     'juni.\n\nGroeten,\nHR'),
    # --- the reader hires or decides
    ('Kandidaten planner', 'Hoi Sam,\n\nVoor jouw vacature van planner kiezen we ervoor om niet met Ahmed verder '
     'te gaan. Wil je Fatima nog spreken?\n\nGroet,\nDaan, Start People'),
    ('Je besluit', 'Hoi Sam,\n\nJammer dat je ervoor kiest om niet met ons verder te gaan. Succes in je nieuwe '
     'baan!\n\nGroet,\nHR'),
    ('English frame', 'Hi Sam,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek.\n\n'
     'Kind regards,\nCoolblue Recruitment\n\nThis email was sent via Greenhouse.'),
]

# A curt "we zitten al vol" is said of a restaurant's tables as often as of its staff: left to the subject line.
KNOWN_GAPS = [
    ('Re: vacature', 'Hoi Sam, we zitten al vol voor het seizoen, sorry! Strandtent De Golf'),
]


test_rejection_found = letters_test(REJECTIONS + MORE_REJECTIONS, SENDER, rejection=True)
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
