"""Sweep 9, Dutch: writers the earlier sweeps did not have. Flemish public employers and their relays (a city's
personnel service, an OCMW, a selection office, VDAB and job sites passing on an employer's answer) writing
"kandidatuur", "niet weerhouden", "wervingsreserve" and "onontvankelijk"; formal letters from municipalities and
universities (a vacancy number, a selection committee, "de jury heeft beslist"); temp agencies relaying their
client's choice ("de klant heeft gekozen", "de opdrachtgever"); ATS templates translated stiffly from English ("we
hebben besloten om verder te gaan met andere kandidaten", "we gaan niet verder met uw aanvraag"); an application
called "aanvraag" or "inschrijving"; assessment, trial day, selection test and exam results for a post; a portal's
status line (with no colon in an HTML table's cells too); chat-short notes whose lines carry no full stop; and long
HTML templates, one with a footer that offers to withdraw the application. The look-alikes use the same words of
something else: an invitation, an acknowledgement, a next step, a pass into a reserve list, a quote, a rented house, a
subsidy, a loan, a permit, a booking, an article, a study exam, a prize, the reader rejecting a candidate or
withdrawing, job alerts, newsletters about rejection. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Katrien Vermeulen <katrien@vermeulen.example>"

REJECTIONS = [
    # --- Flemish public employers: a city, an OCMW, a province, a selection office
    ('Uw kandidatuur voor de functie van administratief medewerker (C1-C3)',
     'Geachte heer Rivera,\n\nNa afloop van de preselectie op basis van cv delen wij u mee dat uw kandidatuur niet '
     'werd weerhouden voor de verdere selectieprocedure.\n\nWij danken u voor uw interesse in onze organisatie.\n\n'
     'Met vriendelijke groeten,\nDienst Personeel en Organisatie\nStad Lokeren'),
    ('Selectieprocedure deskundige milieu',
     'Geachte heer Rivera,\n\nUit de screening van uw dossier blijkt dat u niet beschikt over het vereiste diploma '
     '(master). Uw kandidatuur is bijgevolg onontvankelijk en kan niet verder worden behandeld.\n\nHoogachtend,\n'
     'Provincie Limburg, dienst Selectie'),
    ('Uitslag selectieprocedure maatschappelijk werker',
     'Geachte heer Rivera,\n\nDe jury heeft beslist u niet op te nemen in de wervingsreserve voor de functie van '
     'maatschappelijk werker.\n\nMet vriendelijke groeten,\nSecretariaat selectiecommissie'),
    ('Uw deelname aan de selectie technisch assistent',
     'Beste heer Rivera,\n\nHelaas bent u niet geslaagd voor de praktische proef. U wordt daarom niet opgenomen in de '
     'wervingsreserve.\n\nWij wensen u veel succes bij uw verdere zoektocht.\n\nPersoneelsdienst Gemeente Zele'),
    ('Selectie diensthoofd financien',
     'Geachte heer Rivera,\n\nDe selectiecommissie heeft na het mondelinge gedeelte beslist om een andere kandidaat '
     'voor te dragen voor aanstelling.\n\nHoogachtend,\nAlgemeen directeur'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nGelet op het grote aantal kandidaturen werd een preselectie op basis van cv '
     'georganiseerd. Uw kandidatuur werd hierbij niet geselecteerd.\n\nMet vriendelijke groeten,\nHR Stad Aalst'),
    ('Resultaat computergestuurde screening',
     'Geachte heer Rivera,\n\nUw resultaat voor de computergestuurde screening (referentie AFG24117): niet '
     'geslaagd. U kunt niet deelnemen aan de volgende stap van deze selectie.\n\nMet vriendelijke groeten,\n'
     'Team Selectie'),
    ('Uw kandidatuur voor vacature 2024-0871',
     'Geachte heer Rivera,\n\nHelaas moeten wij u meedelen dat uw profiel niet voldoende overeenstemt met de '
     'functievereisten. Wij zetten de procedure met u daarom niet verder.\n\nHoogachtend,\nDienst HRM'),
    ('Selectie: uitslag mondelinge proef',
     'Beste kandidaat,\n\nNa het interview heeft de jury beslist dat u niet geslaagd bent voor deze selectie. U '
     'ontvangt binnen twee weken een feedbackverslag.\n\nVriendelijke groeten,\nSelectiebureau'),
    ('Aanwerving poetshulp',
     'Geachte mevrouw,\n\nHet vast bureau heeft beslist om voor deze functie een andere kandidate aan te stellen. '
     'Wij danken u voor uw deelname aan de selectie.\n\nMet vriendelijke groeten,\nOCMW Wetteren'),
    ('Uw kandidatuur - referentie 11823',
     'Beste heer Rivera,\n\nDe werkgever heeft uw kandidatuur, die u via VDAB instuurde, bekeken en heeft laten '
     'weten dat hij niet verder gaat met uw kandidatuur.\n\nWe wensen u veel succes.\n\nVDAB'),
    ('Reactie van de werkgever',
     'Dag Sam,\n\nDe werkgever heeft je sollicitatie via Jobat bekeken en besloot om je niet uit te nodigen voor '
     'een gesprek.\n\nSucces met je verdere zoektocht,\nHet Jobat-team'),
    # --- formal letters from Dutch municipalities and universities
    ('Uw sollicitatie naar vacaturenummer 24-031',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw sollicitatie naar de functie van beleidsmedewerker Wonen '
     '(vacaturenummer 24-031) bericht ik u dat de selectiecommissie u niet heeft uitgekozen voor een eerste '
     'gesprek.\n\nHoogachtend,\nnamens burgemeester en wethouders,\nteamleider P&O'),
    ('Vacature promovendus vakgroep Wiskunde',
     'Beste Sam,\n\nNamens de selectiecommissie van de vakgroep Wiskunde laat ik je weten dat de positie van '
     'doctoraatsbursaal aan een andere kandidaat is toegekend.\n\nMet vriendelijke groeten,\nProf. dr. L. Maes'),
    ('Sollicitatie universitair docent (vacaturenummer 12.345)',
     'Geachte heer Rivera,\n\nDe benoemingsadviescommissie heeft uw sollicitatie zorgvuldig bekeken. Zij heeft '
     'besloten u niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nHR-adviseur faculteit '
     'Gedragswetenschappen'),
    ('Betreft: sollicitatie juridisch adviseur',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie zorgvuldig beoordeeld en vergeleken met het '
     'functieprofiel. Wij zijn tot de conclusie gekomen dat andere kandidaten beter aansluiten bij de gevraagde '
     'ervaring.\n\nHoogachtend,\nGemeente Zaanstad'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nDe commissie heeft, na afweging van alle kandidaten, uw kandidatuur niet weerhouden '
     'voor de tweede ronde.\n\nMet vriendelijke groet,\nHR Universiteit Antwerpen'),
    ('Vacature postdoc (ref. AT-2291)',
     'Dear Sam, beste Sam,\n\nBedankt voor je kandidatuur. Na het interview heeft de jury beslist de postdoc aan te '
     'bieden aan een kandidaat met meer ervaring in massaspectrometrie.\n\nHartelijke groet,\nDe vakgroep Chemie'),
    ('Uw sollicitatie teamleider Openbare Ruimte',
     'Geachte heer Rivera,\n\nIn de tweede gespreksronde is de keuze van de commissie op een andere kandidaat '
     'gevallen. Wij bedanken u voor de tijd die u in uw sollicitatie heeft gestoken.\n\nHoogachtend,\nGemeente '
     'Breda'),
    ('Uitslag selectie',
     'Geachte heer Rivera,\n\nBij deze deel ik u mee dat de benoemingscommissie een voordracht heeft gedaan voor '
     'een andere kandidaat. Daarmee is de procedure voor u afgerond.\n\nMet vriendelijke groet,\nFacultair bureau'),
    # --- temp and staffing agencies relaying their client
    ('Jouw kandidatuur bij onze klant',
     'Hoi Sam,\n\nDe klant heeft gekozen voor een kandidaat met een heftruckattest. Ik hou je profiel actief en '
     'bel je zodra er een nieuwe job is.\n\nGroetjes,\nEls, consultant'),
    ('Update vacature orderpicker',
     'Hoi Sam,\n\nMijn opdrachtgever heeft laten weten dat ze de voorkeur geven aan iemand die al in de regio '
     'woont. Ik kan je dus niet voorstellen voor deze functie.\n\nGroet,\nJeroen, intercedent'),
    ('Feedback na je proefdag',
     'Hoi Sam,\n\nIk heb feedback gekregen van de opdrachtgever: na de proefdag hebben ze besloten je niet aan te '
     'nemen.\n\nIk kijk graag met je naar andere vacatures.\n\nGroet,\nLisa, Uitzendbureau Vooruit'),
    ('Vacature productiemedewerker',
     'Beste Sam,\n\nDe opdrachtgever gaat verder met een andere kandidaat. Bedankt voor je tijd en je flexibele '
     'houding.\n\nMet vriendelijke groet,\nTeam Logistiek, Uitzendbureau Stapstenen'),
    ('Je sollicitatie voor de functie van lasser',
     'Dag Sam,\n\nJammer genoeg heeft onze klant de vacature ingevuld met een kandidaat uit hun eigen netwerk.\n\n'
     'Vriendelijke groeten,\nKantoor Roeselare'),
    ('Opdracht heftruckchauffeur',
     'Hoi Sam,\n\nDe opdracht gaat niet door voor jou: de klant neemt iemand die in ploegen kan werken.\n\nGroeten,\n'
     'Nina, jobconsultant'),
    ('Je kandidatuur als administratief bediende',
     'Dag Sam,\n\nDe klant heeft je cv bekeken maar kiest voor profielen met meer boekhoudkundige ervaring. We '
     'stellen je dus niet verder voor.\n\nGroetjes,\nKantoor Gent-Dampoort'),
    ('Terugkoppeling klant',
     'Hoi Sam,\n\nNa je kennismakingsgesprek heeft de klant aangegeven dat ze niet verder willen met je '
     'kandidatuur.\n\nGroet,\nRecruiter'),
    ('Detacheringsopdracht projectleider',
     'Beste Sam,\n\nOnze opdrachtgever heeft besloten de opdracht aan een andere consultant te gunnen. Bedankt '
     'voor je inzet in het traject.\n\nMet vriendelijke groet,\nAccountmanager'),
    # --- ATS templates translated stiffly from English
    ('Uw sollicitatie bij Nordline',
     'Beste Sam,\n\nBedankt voor uw interesse in de rol van Customer Success Manager. Na zorgvuldige overweging '
     'hebben we besloten om verder te gaan met andere kandidaten wiens ervaring beter aansluit bij de behoeften '
     'van de rol.\n\nWe wensen u het beste in uw zoektocht.\n\nHet Nordline Talent Team'),
    ('Update over uw aanvraag',
     'Beste Sam,\n\nBedankt voor het indienen van uw aanvraag voor de positie van Data Analyst. Helaas gaan wij '
     'op dit moment niet verder met uw aanvraag.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Uw sollicitatie voor Software Engineer II',
     'Hallo Sam,\n\nWe waarderen de tijd die u heeft genomen. Hoewel uw achtergrond indrukwekkend is, hebben we '
     'besloten andere kandidaten na te streven die beter passen bij onze huidige behoeften.\n\nVriendelijke '
     'groeten,\nTalent Acquisition'),
    ('Betreffende uw sollicitatie',
     'Hallo Sam,\n\nNa beoordeling van uw profiel moeten we u helaas laten weten dat uw profiel niet helemaal past '
     'bij wat we zoeken voor deze rol.\n\nWe houden uw gegevens in ons bestand.\n\nGroeten,\nPeople Team'),
    ('Uw aanvraag voor Marketing Lead',
     'Hallo Sam,\n\nWe hebben de positie vervuld met een kandidaat wiens kwalificaties nauwer overeenkomen met de '
     'vereisten.\n\nBedankt voor uw interesse.\n\nRecruiting Team'),
    ('Uw aanvraag',
     'Beste Sam,\n\nUw aanvraag voor de rol van Junior Accountant is niet geselecteerd voor de volgende fase van '
     'ons wervingsproces.\n\nMet vriendelijke groet,\nHet Wervingsteam'),
    ('Bedankt voor uw sollicitatie',
     'Beste Sam,\n\nWe hebben ervoor gekozen om andere sollicitanten te laten doorgaan naar de volgende fase van '
     'het proces.\n\nMet vriendelijke groeten,\nHR'),
    ('Uw sollicitatie bij Brightwave',
     'Beste Sam,\n\nWe zullen uw kandidatuur niet verder in overweging nemen voor deze functie. We moedigen u aan '
     'om in de toekomst opnieuw te solliciteren.\n\nMet vriendelijke groet,\nBrightwave Recruiting'),
    ('Sollicitatie Operations Coordinator',
     'Hallo Sam,\n\nHelaas hebben we besloten om met andere aanvragers verder te gaan voor deze positie.\n\n'
     'Groeten,\nHet recruitmentteam'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nWe hebben besloten om in dit stadium niet verder te gaan met uw aanvraag voor de functie van '
     'Accountmanager.\n\nBedankt,\nRecruitment'),
    ('Uw sollicitatie bij Kestrel',
     'Hallo Sam,\n\nNa zorgvuldige beoordeling gaan we verder met kandidaten van wie de ervaring nauwer aansluit bij '
     'de functie.\n\nMet vriendelijke groet,\nKestrel Talent'),
    ('Uw aanvraag voor Product Designer',
     'Beste Sam,\n\nWe hebben een groot aantal aanvragen ontvangen en hebben besloten uw aanvraag niet verder te '
     'brengen in ons proces.\n\nVriendelijke groeten,\nHet Talent Team'),
    ('Update: uw sollicitatie',
     'Hallo Sam,\n\nWe willen u laten weten dat we de rol niet aan u zullen aanbieden. We stellen de tijd die u '
     'in het proces heeft gestoken zeer op prijs.\n\nGroeten,\nRecruiting'),
    ('Uw sollicitatie bij Veldhuis Group',
     'Hallo Sam,\n\nHelaas zult u niet worden doorgezet naar de volgende stap van het proces voor deze rol.\n\n'
     'Met vriendelijke groet,\nVeldhuis Talent Acquisition'),
    # --- "aanvraag" and "inschrijving" for a post
    ('Je inschrijving voor de functie van seizoenarbeider',
     'Dag Sam,\n\nJe inschrijving voor de functie van seizoenarbeider in de fruitpluk werd niet weerhouden. '
     'Alle plaatsen zijn ingevuld.\n\nGroeten,\nFruitbedrijf Vandenbussche'),
    ('Aanvraag vakantiejob',
     'Beste Sam,\n\nJe aanvraag voor een vakantiejob in onze winkel is helaas afgewezen: we hebben voor deze zomer '
     'voldoende jobstudenten.\n\nGroeten,\nHR'),
    ('Inschrijving vacature magazijnier',
     'Beste Sam,\n\nDe vacature magazijnier waarvoor je je had ingeschreven is ingevuld. Je inschrijving voor deze '
     'vacature is daarom afgesloten.\n\nMet vriendelijke groet,\nLogistiek Centrum Genk'),
    ('Uw aanvraag bij ons bedrijf',
     'Geachte heer Rivera,\n\nUw aanvraag voor de functie van calculator hebben wij helaas niet kunnen honoreren. '
     'Wij hebben gekozen voor een kandidaat met ervaring in de utiliteitsbouw.\n\nMet vriendelijke groet,\n'
     'Bouwbedrijf Jansen'),
    # --- assessment and trial-day outcomes
    ('Uitslag assessment',
     'Beste Sam,\n\nUit het assessment is gebleken dat je competenties op het gebied van leidinggeven onvoldoende '
     'aansluiten bij het functieprofiel. Daarom beeindigen we de procedure.\n\nMet vriendelijke groet,\nHR'),
    ('Capaciteitentest',
     'Beste Sam,\n\nHet resultaat van de capaciteitentest was onvoldoende om door te gaan naar de volgende ronde.\n\n'
     'Met vriendelijke groet,\nRecruitment'),
    ('Je proefdag',
     'Hoi Sam,\n\nBedankt voor je proefdag! Na overleg met het team hebben we besloten je geen contract aan te '
     'bieden.\n\nGroetjes,\nRestaurant De Linde'),
    ('Proefdag keuken',
     'Hoi Sam,\n\nHet team vond dat het niet helemaal klikte tijdens de proefdag, dus we gaan verder met een andere '
     'kandidaat.\n\nSucces!\nChef Ruben'),
    ('Uw assessment',
     'Geachte heer Rivera,\n\nU heeft het assessment helaas niet met een positief resultaat afgerond. Wij kunnen '
     'uw sollicitatie daarom niet verder in behandeling nemen.\n\nMet vriendelijke groet,\nPolitie Nederland, '
     'Werving en Selectie'),
    ('Terugkoppeling case-opdracht',
     'Hoi Sam,\n\nWe hebben je case-opdracht met het team besproken. Helaas was de uitwerking niet sterk genoeg om '
     'je door te laten naar de laatste ronde.\n\nGroet,\nHiring manager'),
    # --- selection tests and exams for a post
    ('Resultaat selectieproef',
     'Beste kandidaat,\n\nResultaat selectieproef brandweerman: niet geslaagd. Je kan je opnieuw kandidaat stellen '
     'bij een volgende selectie.\n\nHulpverleningszone Centrum'),
    ('Uitslag examen',
     'Geachte heer Rivera,\n\nUw score op het examen voor de functie van boekhouder (52%) is lager dan de vereiste '
     '60%. U kunt niet verder deelnemen aan de aanwervingsprocedure.\n\nMet vriendelijke groeten,\nGemeentebestuur'),
    ('Praktijkproef vrachtwagenchauffeur',
     'Dag Sam,\n\nHelaas ben je niet door de praktijkproef gekomen. We kunnen je kandidatuur daarom niet '
     'verder opvolgen.\n\nGroeten,\nTransport Claeys'),
    ('Uitslag vergelijkend examen',
     'Geachte heer Rivera,\n\nU bent niet geslaagd voor het vergelijkend examen voor de functie van '
     'hoofdinspecteur. Uw kandidatuur wordt hiermee afgesloten.\n\nMet vriendelijke groeten,\nSelectiedienst'),
    # --- reserve lists
    ('Wervingsreserve',
     'Geachte heer Rivera,\n\nU hebt niet genoeg punten behaald om in de wervingsreserve te worden opgenomen voor '
     'de functie van bibliotheekassistent.\n\nMet vriendelijke groeten,\nDienst Personeel'),
    ('Uw kandidatuur - wervingsreserve',
     'Geachte heer Rivera,\n\nUw kandidatuur werd niet weerhouden voor opname in de wervingsreserve van '
     'technisch beambte.\n\nHoogachtend,\nGemeente Kapellen'),
    # --- a portal's status line
    ('Nieuwe status voor je sollicitatie',
     'Hallo Sam,\n\nDe status van je sollicitatie (ref. 44821, Verkoopmedewerker) is gewijzigd.\n\nNieuwe status: '
     'Niet weerhouden\n\nLog in op het kandidatenportaal voor meer informatie.\n\nWerken bij Colruyt'),
    ('Je sollicitatie is bijgewerkt',
     'Hoi Sam,\n\nEr is een update voor je sollicitatie als Kassamedewerker.\n\nSollicitatiestatus: afgewezen\n\n'
     'Bekijk je sollicitaties in Mijn Account.'),
    ('Update van je kandidatuur',
     'Dag Sam,\n\nJe kandidatuur voor Magazijnmedewerker (Temse) werd afgesloten. Status: niet geselecteerd.\n\n'
     'Groeten,\nHet recruitmentteam'),
    # --- chat-short notes
    ('Re: job', 'hey sam, de baas heeft iemand anders genomen, sorry! succes nog x'),
    ('Re: proefdag', 'Hoi! Helaas is t een ander geworden. Bedankt voor je hulp zaterdag, succes!'),
    ('Re: vacature', 'Sorry Sam, we gaan het niet met jou doen. Gr Dirk'),
    ('Re: sollicitatie', 'hoi sam, kort berichtje: de job is naar iemand anders gegaan. succes verder! Ann'),
    ('Re: interim job', 'Dag Sam, de klant wil verder met een andere kandidaat. Ik laat iets weten als ik nog iets '
     'heb. Bart'),
    ('Re: gesprek vrijdag', 'Hoi Sam, we hebben gekozen, en helaas niet voor jou. Succes! Groet Mirjam'),
    # --- other shapes of the same writers
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nIn antwoord op uw kandidatuur moeten wij u helaas meedelen dat wij u geen betrekking '
     'kunnen aanbieden binnen onze diensten.\n\nHoogachtend,\nDe personeelsdienst'),
    ('Uw kandidatuur voor de functie van verpleegkundige',
     'Geachte heer Rivera,\n\nWij hebben uw kandidatuur aandachtig bestudeerd, maar hebben beslist hier geen '
     'gevolg aan te geven.\n\nMet vriendelijke groeten,\nAZ Sint-Maria'),
    ('Vacature logistiek medewerker',
     'Beste Sam,\n\nNa de gesprekken is er een kandidaat geselecteerd die beter aansluit bij het profiel. Wij '
     'danken je voor je sollicitatie.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben besloten om de functie aan een interne kandidaat te geven.\n\nMet vriendelijke groet,\n'
     'HR'),
    ('Kandidatuur boekhouder',
     'Beste Sam,\n\nWij hebben uw kandidatuur goed ontvangen en besproken. Jammer genoeg beantwoordt uw profiel '
     'niet aan de vereisten van de functie.\n\nMet vriendelijke groeten,\nFiduciaire Peeters'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nHet spijt ons u te moeten meedelen dat u niet werd geselecteerd voor de functie van '
     'onthaalmedewerker.\n\nMet vriendelijke groeten,\nHR'),
    # --- a second round from the same writers: other verbs for the same outcomes
    ('Uw kandidatuur voor de functie van jurist',
     'Geachte heer Rivera,\n\nDe jury heeft vastgesteld dat uw profiel minder aansluit bij de functie dan dat van '
     'de andere kandidaten.\n\nMet vriendelijke groeten,\nDienst Personeel'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nWij kunnen helaas geen gunstig antwoord geven op uw kandidatuur voor de functie van '
     'archivaris.\n\nHoogachtend,\nStadsarchief'),
    ('Uw kandidatuur voor de functie van stafmedewerker',
     'Geachte heer Rivera,\n\nEr werd beslist uw kandidatuur niet in aanmerking te nemen voor de verdere '
     'procedure.\n\nMet vriendelijke groeten,\nHR-dienst'),
    ('Jouw kandidatuur',
     'Dag Sam,\n\nJe bent bij onze klant helaas niet door de screening gekomen.\n\nGroeten,\nJobconsultant'),
    ('Uw sollicitatie voor Finance Manager',
     'Hallo Sam,\n\nNa beoordeling van alle kandidaten hebben we besloten een andere richting in te slaan met deze '
     'rol.\n\nVriendelijke groeten,\nTalent Acquisition'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nHelaas is uw profiel niet geselecteerd om door te gaan in het proces voor de rol van HR '
     'Business Partner.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Uw sollicitatie bij Meridian',
     'Hallo Sam,\n\nWe kunnen u op dit moment helaas geen aanbod doen voor de functie van Sales Engineer.\n\n'
     'Groeten,\nMeridian Recruiting'),
    ('Assessment',
     'Hoi Sam,\n\nJe bent helaas niet door het assessment gekomen. Daarom stopt je sollicitatie hier.\n\n'
     'Groet,\nHR'),
    ('Re: job', 'hey sam, helaas niks geworden met die job, ze hebben iemand met meer ervaring. sorry! Ilse'),
    ('Statusupdate sollicitatie',
     'Hallo Sam,\n\nVacature: Medewerker Klantenservice\nStatus: Niet geselecteerd\n\nBedankt voor je '
     'interesse.\n\nWerken bij Ziggo'),
    ('Uw sollicitatie - promotieplaats',
     'Geachte heer Rivera,\n\nDe commissie heeft besloten de promotieplaats niet aan u toe te kennen.\n\nMet '
     'vriendelijke groet,\nGraduate School'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw brief is bij de eerste selectie helaas niet doorgekomen. Wij danken u voor uw '
     'belangstelling voor de functie van beleidsadviseur.\n\nHoogachtend,\nProvincie Utrecht'),
    ('Resultaat schriftelijke proef - selectie maatschappelijk assistent',
     'Geachte heer Rivera,\n\nU behaalde 38/100 voor de schriftelijke proef; om te slagen was 50/100 vereist. U kunt '
     'bijgevolg niet deelnemen aan het mondelinge gedeelte.\n\nMet vriendelijke groeten,\nOCMW Temse'),
    ('Resultaat assessment',
     'Geachte heer Rivera,\n\nHet assessment voor de functie van teamleider heeft geleid tot een negatief advies. Wij '
     'zetten de procedure daarom niet voort.\n\nHoogachtend,\nP&O-adviseur'),
    # --- a third round: appointments by merit, statuses in words, relays of job sites, stiff templates, short notes
    ('Vacature assistent vakgroep Geschiedenis',
     'Geachte heer Rivera,\n\nNa vergelijking van de titels en verdiensten van alle kandidaten werd u niet '
     'gerangschikt voor het mandaat van assistent.\n\nMet vriendelijke groeten,\nFaculteitsbestuur'),
    ('Uw kandidatuur voor de functie van administratief assistent',
     'Geachte heer Rivera,\n\nDe beoordeling van uw kandidatuur leverde het resultaat "niet geschikt" op. U wordt '
     'dan ook niet uitgenodigd voor het interview.\n\nMet vriendelijke groeten,\nDienst Selectie'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nWij betreuren u te moeten meedelen dat wij geen gevolg kunnen geven aan uw kandidatuur '
     'voor de functie van technisch medewerker.\n\nHoogachtend,\nIntercommunale'),
    ('Mandaat doctoraatsbursaal',
     'Geachte heer Rivera,\n\nHet faculteitsbestuur heeft beslist het mandaat van doctoraatsbursaal niet aan u toe '
     'te kennen.\n\nMet vriendelijke groeten,\nDecanaat'),
    ('Je sollicitatie via Indeed',
     'Hallo Sam,\n\nJe sollicitatie voor Medewerker Bediening bij Brasserie Noord is niet verder gekomen. Bekijk '
     'vergelijkbare vacatures.\n\nIndeed'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe recruiter heeft je sollicitatie bekeken en beslist dat je profiel niet overeenkomt met de '
     'vacature.\n\nGroeten,\nStepStone'),
    ('Uw sollicitatie bij Arcadis',
     'Hallo Sam,\n\nWe hebben besloten ons te richten op kandidaten van wie de ervaring nauwer aansluit bij de '
     'rol.\n\nMet vriendelijke groet,\nTalent Acquisition'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nUw ervaring komt helaas niet overeen met de vereisten van de rol van Data Engineer.\n\n'
     'Vriendelijke groeten,\nRecruiting'),
    ('Uw sollicitatie voor Project Manager',
     'Hallo Sam,\n\nHelaas zijn we op dit moment niet in staat om u een positie aan te bieden.\n\nGroeten,\n'
     'Talent Team'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nHelaas bent u in deze ronde niet succesvol geweest voor de functie van Consultant.\n\nMet '
     'vriendelijke groet,\nRecruitment'),
    ('Re: job', 'sorry Sam, helaas geen job voor jou deze keer. de baas koos iemand die al kon starten. Greet'),
    ('Re: sollicitatie', 'Hoi Sam, ze hebben intern iemand gevonden voor de functie. Jammer! Groet Lies'),
    ('Uitslag testen',
     'Geachte heer Rivera,\n\nUit de resultaten van de persoonlijkheidsvragenlijst en de capaciteitentest blijkt '
     'dat u onvoldoende aansluit bij het gevraagde profiel. Wij beeindigen daarom uw sollicitatie.\n\n'
     'Hoogachtend,\nDefensie, Werving en Selectie'),
    ('Je proefdag', 'Hoi Sam, na je proefdag hebben we besloten het niet te doen. Bedankt voor je inzet! Groet, Rik'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw kandidatuur voldoet niet aan de gestelde aanwervingsvoorwaarden voor de '
     'functie van ploegbaas.\n\nHoogachtend,\nGemeente Puurs'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw kandidatuur voor de functie van bibliothecaris wordt niet verder behandeld. U '
     'werd bij de preselectie als minder geschikt beoordeeld.\n\nMet vriendelijke groeten,\nPersoneelsdienst'),
    # --- a fourth round: the formulas of formal letters and relays in other words
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie met belangstelling gelezen, maar moeten u helaas '
     'teleurstellen.\n\nMet vriendelijke groet,\nAfdeling P&O'),
    ('Uw sollicitatie naar de functie van controller',
     'Geachte heer Rivera,\n\nWij hebben besloten u niet verder te laten deelnemen aan de selectieprocedure.\n\n'
     'Hoogachtend,\nWaterschap Rivierenland'),
    ('Uw kandidatuur als verkoopadviseur',
     'Geachte heer Rivera,\n\nNa de gesprekken werd er een andere kandidaat aangeduid voor deze functie.\n\nMet '
     'vriendelijke groeten,\nHR'),
    ('Kandidatuur logistiek bediende',
     'Dag Sam,\n\nDe klant heeft na de gesprekken een andere kandidaat aangeduid. Bedankt voor je inzet!\n\n'
     'Groetjes,\nJobconsultant'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nNa het gesprek hebben we beslist dat je niet de juiste persoon bent voor deze functie.\n\nGroet,\n'
     'Teamleider'),
    ('Je sollicitatie via VDAB',
     'Dag Sam,\n\nDe werkgever heeft je sollicitatie voor de vacature Kassamedewerker als "niet geschikt" '
     'gemarkeerd.\n\nVDAB'),
    ('Uitslag capaciteitentest',
     'Beste Sam,\n\nJe scoorde onder de norm op de capaciteitentest voor de functie van planner. Daarom kunnen we je '
     'niet uitnodigen voor een gesprek.\n\nGroet,\nRecruitment'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw sollicitatie heeft ons onvoldoende overtuigd om u uit te nodigen voor een '
     'gesprek.\n\nMet vriendelijke groet,\nHR'),
    ('Uw sollicitatie voor Service Desk Medewerker',
     'Hallo Sam,\n\nWij hebben besloten om de vacature op een andere manier in te vullen. Bedankt voor uw '
     'interesse.\n\nGroeten,\nRecruitment'),
    ('Je kandidatuur', 'Dag Sam, de klant koos voor iemand die al in de sector werkte. Spijtig! Groetjes, Evi'),
    ('Je inschrijving voor de vacature',
     'Beste Sam,\n\nBedankt voor je inschrijving voor de vacature van vrachtwagenchauffeur. Helaas werd je niet '
     'weerhouden.\n\nMet vriendelijke groeten,\nTransport Maes'),
    ('Uw aanvraag',
     'Geachte heer Rivera,\n\nUw aanvraag voor de betrekking van schoolsecretaris werd niet weerhouden.\n\n'
     'Hoogachtend,\nScholengroep Brussel'),
    # --- a fifth round: more of the stiff template verbs and short verdicts
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben je sollicitatie in het team besproken en besloten dat we je niet gaan uitnodigen.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe profiel is sterk, maar niet wat we op dit moment nodig hebben in het team.\n\nGroet,\nLotte'),
    ('Uw sollicitatie voor Office Manager',
     'Beste Sam,\n\nWe hebben besloten om niet door te gaan met uw kandidatuur.\n\nMet vriendelijke groet,\n'
     'Recruitment'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nWe hebben besloten dat we op dit moment niet met uw sollicitatie zullen doorgaan.\n\nMet '
     'vriendelijke groet,\nHet Talent Team'),
    ('Uw sollicitatie voor Growth Marketeer',
     'Beste Sam,\n\nBedankt voor uw interesse. De positie is inmiddels gevuld.\n\nMet vriendelijke groet,\n'
     'Recruitment'),
    ('Uw sollicitatie',
     'Beste Sam,\n\nHoewel uw vaardigheden indrukwekkend zijn, zijn we niet in staat u op dit moment verder te '
     'brengen in het proces.\n\nMet vriendelijke groet,\nTalent Team'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben gekozen voor een kandidaat met meer ervaring in de zorg.\n\nGroet,\nHR\n\nJe '
     'gegevens bewaren we vier weken. Wil je dat we ze eerder verwijderen of je sollicitatie intrekken, stuur dan een '
     'mail naar privacy@zorg.example.'),
    ('Re: sollicitatie', 'hoi sam\nsorry maar we hebben iemand anders\ngroetjes'),
    ('Re: job', 'Hey Sam, we hebben iemand anders voor de job. Succes nog!'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nWij hebben een andere kandidaat gekozen voor de functie van boekhouder. Wij bewaren uw '
     'gegevens een jaar; als u niet meer van ons wilt horen, laat het ons weten.\n\nHoogachtend,\nHR'),
    # --- a sixth round: a Flemish public selection's own words (laureaten, rangschikking, bekwaamheidsproef)
    ('Uitslag selectie',
     'Geachte heer Rivera,\n\nU behoort niet tot de laureaten van de selectie voor de functie van deskundige '
     'ruimtelijke ordening.\n\nHoogachtend,\nSelectiedienst'),
    ('Uitslag selectie',
     'Geachte heer Rivera,\n\nU werd niet opgenomen in de rangschikking van de geslaagde kandidaten voor de functie '
     'van deskundige.\n\nHoogachtend,\nGemeente Dilbeek'),
    ('Uitslag bekwaamheidsproef',
     'Geachte heer Rivera,\n\nU hebt de bekwaamheidsproef voor de functie van technicus niet met succes '
     'afgelegd.\n\nHoogachtend,\nPersoneelsdienst'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw sollicitatie is door de selectiecommissie niet in de eerste selectie '
     'opgenomen.\n\nHoogachtend,\nGemeente Leiden'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUit de resultaten van de geschiktheidsproef blijkt dat u niet over de vereiste '
     'competenties beschikt.\n\nHoogachtend,\nDienst Selectie'),
    ('Proefdag', 'Hoi Sam,\n\nDe proefdag was helaas niet voldoende om je aan te nemen. Bedankt voor je inzet!\n\n'
     'Groet,\nBakkerij Vos'),
    ('Uw kandidatuur voor de functie van coordinator',
     'Geachte heer Rivera,\n\nNa het interview besliste de jury dat u onvoldoende beantwoordt aan het '
     'functieprofiel.\n\nHoogachtend,\nSelectiesecretariaat'),
    ('Uw sollicitatie bij Nordline', 'Beste Sam,\n\nWe hebben de moeilijke beslissing genomen om niet verder te gaan '
     'met uw aanvraag.\n\nMet vriendelijke groet,\nHet Nordline Talent Team'),
    ('Update', 'Beste Sam,\n\nBedankt voor het solliciteren. Helaas gaan we niet verder met je aanvraag.\n\nMet '
     'vriendelijke groet,\nRecruitment'),
    # --- an agency relaying its client in the third person
    ('Je kandidatuur', 'Dag Sam,\n\nDe klant heeft je profiel bekeken maar ziet je niet in deze functie.\n\n'
     'Groetjes,\nEls, Start People'),
    ('Je kandidatuur', 'Dag Sam,\n\nDe opdrachtgever vond je ervaring te beperkt voor deze functie.\n\nGroetjes,\n'
     'Els'),
    ('Je kandidatuur', 'Dag Sam,\n\nDe klant gaat verder met kandidaten die vlot Frans spreken.\n\nGroetjes,\nEls'),
    ('Je kandidatuur', 'Dag Sam,\n\nDe klant heeft laten weten dat het een nee is.\n\nGroetjes,\nEls'),
    ('Je kandidatuur', 'Dag Sam,\n\nDe klant heeft aangegeven dat ze je niet zien zitten voor deze job.\n\nGroetjes,\n'
     'Els'),
    ('Re: job', 'hey, t gaat hem niet worden voor jou, sorry x'),
    ('Update over je sollicitatie', 'Hallo Sam,\n\nDe status van je sollicitatie is gewijzigd.\nNieuwe status\n'
     'Afgewezen\n\nWerken bij Delhaize'),
    ('Update over je sollicitatie', 'Hallo Sam,\n\nVacature - Magazijnmedewerker\nStatus - Niet weerhouden\n\nJobsite'),
    # --- chat notes whose lines carry no full stop: the verdict's clause ends at the line before the sign-off
    ('Re: job', 'hey sam\nhet is helaas niet voor jou geworden\nsucces nog\nAnn'),
    ('Re: proefdag', 'hey sam, we gaan niet voor jou\nsorry!\nMarc'),
    ('Re: sollicitatie', 'hoi\nhelaas geen job voor jou\nsucces\nTom'),
]

# Long HTML templates (an ATS's mail with a header, a button and a footer): the sentence sits among the markup.
_HEAD = ('<html><head><style>td{font-family:Arial}</style></head><body><table width="600" align="center"><tr><td>'
         '<img src="https://cdn.example/logo.png" alt="Logo"></td></tr><tr><td>')
_FOOT = ('</td></tr><tr><td><p style="font-size:11px;color:#888">Deze e-mail is automatisch verzonden. U kunt niet '
         'antwoorden op dit bericht. Bekijk onze <a href="https://example/privacy">privacyverklaring</a> of '
         '<a href="https://example/uit">meld u af</a>.</p></td></tr></table></body></html>')
# ...and an ATS footer that offers to withdraw or delete, under any mail it sends (a rejection's too)
_WITHDRAW_FOOT = ('</td></tr><tr><td><p style="font-size:11px;color:#888">Dit bericht is verzonden via ons '
                  'sollicitatiesysteem. Wil je je sollicitatie intrekken of je gegevens laten verwijderen? Ga dan '
                  'naar je kandidatenportaal.</p></td></tr></table></body></html>')
HTML_REJECTIONS = [
    ('Uw sollicitatie bij Rabo Vastgoed',
     _HEAD + '<p>Beste Sam,</p><p>Hartelijk dank voor uw sollicitatie op de vacature <b>Financieel Controller</b> '
     '(vacaturenummer 3381).</p><p>Wij hebben alle sollicitaties zorgvuldig bekeken. Helaas moeten wij u laten '
     'weten dat wij uw sollicitatie niet verder in behandeling nemen.</p><p>Wij wensen u veel succes.</p>'
     '<p>Met vriendelijke groet,<br>Team Recruitment</p>' + _FOOT),
    ('Update over je kandidatuur',
     _HEAD + '<h2>Update over je kandidatuur</h2><p>Dag Sam,</p><p>Bedankt voor je interesse in de job '
     '<b>Teamleader Productie</b>.</p><p>We hebben besloten om verder te gaan met andere kandidaten.</p>'
     '<p><a href="https://jobs.example/vacatures" style="background:#0a0;color:#fff">Bekijk andere vacatures</a>'
     '</p><p>Vriendelijke groeten,<br>Het HR-team</p>' + _FOOT),
    ('Uw aanvraag voor Business Analyst',
     _HEAD + '<p>Hallo Sam,</p><p>Bedankt voor uw aanvraag voor <b>Business Analyst</b> bij Quantix.</p>'
     '<p>Na zorgvuldige beoordeling hebben we besloten uw aanvraag niet verder te brengen.</p>'
     '<p>We houden uw profiel in onze talentpool.</p><p>Groeten,<br>Quantix Talent Acquisition</p>' + _FOOT),
    ('Je sollicitatie bij Nordline',
     _HEAD + '<p>Beste Sam,</p><p>Bedankt voor je sollicitatie voor de functie van Customer Success Manager.</p><p>Na '
     'zorgvuldige overweging hebben we besloten om verder te gaan met andere kandidaten.</p><p>We wensen je veel '
     'succes.</p><p>Met vriendelijke groet,<br>Het Nordline Talent Team</p>' + _WITHDRAW_FOOT),
    ('Je kandidatuur',
     _HEAD + '<p>Dag Sam,</p><p>De klant heeft gekozen voor een andere kandidaat.</p><p>Groetjes,<br>Je consultant</p>'
     '<p style="font-size:11px">Je kunt je kandidatuur op elk moment intrekken via je account op onze website.</p>'
     + _FOOT),
    ('Update over je sollicitatie',
     _HEAD + '<table><tr><td>Vacature</td><td>Kassamedewerker</td></tr><tr><td>Status</td><td>Afgewezen</td></tr>'
     '</table><p>Bedankt voor je interesse in werken bij ons.</p>' + _FOOT),
]

# Letters with no job context a reader could point to. A selection's result that names no post, no application and no
# employer's word for one (only "de selectie", "het assessment", "de proef"): sports squads, music schools and
# certificates have selections, tests and assessments too, so these words alone are not taken for job context.
KNOWN_GAPS = [
    ('Resultaat schriftelijke proef',
     'Geachte heer Rivera,\n\nU behaalde 41/100 voor de schriftelijke proef. Om te slagen was minimaal 50/100 vereist. '
     'U kunt bijgevolg niet deelnemen aan het mondelinge gedeelte van de selectie.\n\nMet vriendelijke groeten,\n'
     'OCMW Beveren'),
    ('Resultaat assessment',
     'Geachte heer Rivera,\n\nHet assessment heeft geleid tot een negatief advies. Wij zetten de procedure daarom '
     'niet voort.\n\nHoogachtend,\nP&O-adviseur'),
    # an agency consultant's note from a personal address that names no job, no application, no candidate: the
    # sender's address is the only job context such a note has (no agency word in it here)
    ('Terugkoppeling van de klant',
     'Hoi Sam,\n\nDe klant is uiteindelijk voor een ander profiel gegaan. Ik zoek verder voor je!\n\nGroetjes,\n'
     'Sanne, consultant'),
    ('Re: interim magazijn', 'klant zegt nee helaas, ze willen iemand met een heftruckattest. sorry Sam! gr Joke'),
]

HTML_KNOWN_GAPS = [
    ('Uitslag selectieproef',
     _HEAD + '<table><tr><td>Selectie</td><td>Hoofdverpleegkundige</td></tr><tr><td>Proef</td><td>Schriftelijke '
     'proef</td></tr><tr><td>Resultaat</td><td>Niet geslaagd</td></tr></table><p>U kunt niet deelnemen aan de '
     'volgende proef van deze selectie.</p><p>Met vriendelijke groeten,<br>Dienst Selectie</p>' + _FOOT),
]

LOOKALIKES = [
    # --- the same public and academic writers with a good or neutral outcome
    ('Uw kandidatuur voor de functie van administratief medewerker',
     'Geachte heer Rivera,\n\nUw kandidatuur werd weerhouden. Wij nodigen u uit voor de schriftelijke proef op 14 '
     'maart om 9 uur in het stadhuis.\n\nMet vriendelijke groeten,\nDienst Personeel en Organisatie'),
    ('Uitslag selectieprocedure',
     'Geachte heer Rivera,\n\nDe jury heeft beslist: u bent geslaagd en wordt opgenomen in de wervingsreserve, die '
     'twee jaar geldig is. Zodra een betrekking vrijkomt, nemen wij contact met u op.\n\nMet vriendelijke groeten,\n'
     'Secretariaat selectiecommissie'),
    ('Ontvangstbevestiging kandidatuur',
     'Geachte heer Rivera,\n\nWij hebben uw kandidatuur voor vacature 2024-0871 goed ontvangen. De '
     'selectiecommissie beslist na 15 maart welke kandidaten worden uitgenodigd. U hoort van ons, ook als u niet '
     'wordt weerhouden.\n\nHoogachtend,\nDienst HRM'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw kandidatuur is ontvankelijk verklaard. U ontvangt binnenkort de uitnodiging voor '
     'de computergestuurde screening.\n\nMet vriendelijke groeten,\nTeam Selectie'),
    ('Resultaat schriftelijke proef',
     'Geachte heer Rivera,\n\nU behaalde 71/100 voor de schriftelijke proef en bent geslaagd. U wordt uitgenodigd '
     'voor het mondelinge gedeelte op 2 april.\n\nMet vriendelijke groeten,\nOCMW Beveren'),
    ('Uw sollicitatie naar vacaturenummer 24-031',
     'Geachte heer Rivera,\n\nDe selectiecommissie heeft u uitgekozen voor een eerste gesprek. Wilt u een van de '
     'onderstaande tijdstippen kiezen?\n\nHoogachtend,\nteamleider P&O'),
    ('Vacature promovendus',
     'Beste Sam,\n\nDe selectiecommissie heeft haar keuze nog niet gemaakt. We verwachten eind mei te beslissen en '
     'laten het je dan zo snel mogelijk weten.\n\nMet vriendelijke groeten,\nProf. dr. L. Maes'),
    ('Benoeming universitair docent',
     'Geachte heer Rivera,\n\nDe benoemingsadviescommissie heeft besloten u voor te dragen voor benoeming. Het '
     'college van bestuur neemt volgende week het definitieve besluit.\n\nMet vriendelijke groet,\nFacultair '
     'bureau'),
    ('Wervingsreserve bibliotheekassistent',
     'Geachte heer Rivera,\n\nU staat op de tweede plaats in de wervingsreserve. De eerst gerangschikte kandidaat '
     'heeft de betrekking niet aanvaard; wij bieden u daarom de functie aan.\n\nMet vriendelijke groeten,\n'
     'Dienst Personeel'),
    ('Nieuwe vacature via VDAB',
     'Dag Sam,\n\nEr is een nieuwe vacature die past bij je profiel: Logistiek medewerker in Mechelen. Solliciteer '
     'voor 30 april.\n\nVDAB'),
    # --- agencies and their clients, with a good or neutral outcome
    ('Jouw kandidatuur bij onze klant',
     'Hoi Sam,\n\nGoed nieuws: de klant heeft gekozen voor jou! Je start maandag om 7 uur. Vergeet je '
     'veiligheidsschoenen niet.\n\nGroetjes,\nEls, consultant'),
    ('Update vacature orderpicker',
     'Hoi Sam,\n\nMijn opdrachtgever heeft nog geen keuze gemaakt tussen de laatste twee kandidaten. Ik laat het je '
     'weten zodra ik meer hoor.\n\nGroet,\nJeroen, intercedent'),
    ('Vacature productiemedewerker',
     'Beste Sam,\n\nDe opdrachtgever heeft besloten de vacature tijdelijk te pauzeren tot na de bouwvakvakantie. '
     'Je kandidatuur blijft gewoon lopen.\n\nMet vriendelijke groet,\nTeam Logistiek'),
    ('Je inschrijving bij ons kantoor',
     'Dag Sam,\n\nJe inschrijving bij ons kantoor is verlopen omdat je profiel een jaar niet is bijgewerkt. Log in '
     'om je inschrijving te vernieuwen.\n\nGroeten,\nKantoor Roeselare'),
    ('Kandidaat voor uw vacature',
     'Beste Sam,\n\nDe kandidaat die wij u voorstelden heeft zelf afgehaakt. Wij zoeken verder en sturen u deze '
     'week twee nieuwe profielen.\n\nMet vriendelijke groet,\nAccountmanager Stapstenen'),
    ('Uitzendkracht week 12',
     'Beste Sam,\n\nU gaf aan dat u niet verder wilt met de uitzendkracht die wij vorige week stuurden. Wij zoeken '
     'een vervanger.\n\nMet vriendelijke groet,\nPlanning'),
    # --- the reader rejects a candidate or withdraws
    ('Afwijzing kandidaat Peeters',
     'Hoi Sam,\n\nHierbij het concept van de afwijzingsmail aan kandidaat Peeters. Wil jij kijken of je akkoord '
     'bent voordat ik hem verstuur?\n\nGroet,\nKatrien'),
    ('Kandidaat status gewijzigd',
     'Hallo Sam,\n\nJe hebt de status van kandidaat Jan de Vries (vacature Magazijnmedewerker) gewijzigd naar '
     'Afgewezen. De kandidaat ontvangt morgen automatisch een bericht.\n\nRecruitee'),
    ('Intrekking kandidatuur',
     'Beste Sam,\n\nWe hebben je vraag goed ontvangen: je kandidatuur voor de functie van boekhouder is op jouw '
     'verzoek ingetrokken. Veel succes met je nieuwe job!\n\nMet vriendelijke groeten,\nFiduciaire Peeters'),
    ('Je aanbod',
     'Hoi Sam,\n\nBedankt voor je bericht dat je ons aanbod niet aanneemt. Jammer, maar we begrijpen je keuze.\n\n'
     'Groet,\nHR'),
    ('Kandidaten teamleider',
     'Hoi Sam,\n\nVan de vijf kandidaten die je sprak, gaan we met twee verder. De andere drie krijgen morgen een '
     'afwijzing van mij.\n\nGroet,\nKatrien, recruiter'),
    # --- assessments, trial days and tests going on
    ('Uitnodiging assessment',
     'Beste Sam,\n\nAls vervolgstap nodigen we je uit voor een assessment bij ons partnerbureau op 12 juni.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Proefdag zaterdag',
     'Hoi Sam,\n\nWe willen je graag uitnodigen voor een proefdag op zaterdag van 10 tot 16 uur.\n\nGroetjes,\n'
     'Restaurant De Linde'),
    ('Resultaat selectieproef',
     'Beste kandidaat,\n\nResultaat selectieproef brandweerman: geslaagd. Je gaat door naar het medisch '
     'onderzoek.\n\nHulpverleningszone Centrum'),
    ('Assessment verplaatst',
     'Beste Sam,\n\nHelaas kan het assessment van morgen niet doorgaan wegens ziekte van de assessor. We plannen '
     'een nieuwe datum in.\n\nMet vriendelijke groet,\nHR'),
    ('Uitslag capaciteitentest',
     'Beste Sam,\n\nHet resultaat van de capaciteitentest was voldoende om door te gaan naar de volgende ronde. Je '
     'ontvangt morgen de uitnodiging.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe functie is nog niet ingevuld. We verwachten eind mei een beslissing en houden je op de '
     'hoogte.\n\nGroet,\nHR'),
    # --- rejection of something else: a quote, a house, a subsidy, a loan, an article, a permit, a study exam
    ('Uw offerte',
     'Geachte heer Rivera,\n\nNa vergelijking van de offertes hebben we besloten om verder te gaan met een andere '
     'leverancier. Uw offerte werd niet weerhouden.\n\nMet vriendelijke groeten,\nAankoopdienst'),
    ('Huurwoning Kerkstraat 12',
     'Beste Sam,\n\nDe verhuurder heeft gekozen voor een andere kandidaat-huurder. Bedankt voor je interesse in de '
     'woning.\n\nMet vriendelijke groet,\nMakelaardij Van Dam'),
    ('Uw aanvraag sociale huurwoning',
     'Geachte heer Rivera,\n\nUw aanvraag voor een sociale huurwoning is afgewezen, omdat uw inkomen boven de '
     'grens ligt.\n\nHoogachtend,\nWoonmaatschappij'),
    ('Subsidieaanvraag',
     'Geachte heer Rivera,\n\nDe jury heeft beslist uw projectvoorstel niet te selecteren voor subsidie. Er waren '
     'dit jaar veel sterke aanvragen.\n\nMet vriendelijke groeten,\nCultuurfonds'),
    ('Kredietaanvraag',
     'Geachte heer Rivera,\n\nUw kredietaanvraag werd niet goedgekeurd. Wij gaan niet verder met uw aanvraag.\n\n'
     'Met vriendelijke groeten,\nBank Van Breda'),
    ('Uw artikel',
     'Beste Sam,\n\nDe redactie heeft besloten uw artikel niet te publiceren. Het onderwerp sluit niet aan bij ons '
     'themanummer.\n\nMet vriendelijke groet,\nRedactie Tijdschrift Ruimte'),
    ('Omgevingsvergunning',
     'Geachte heer Rivera,\n\nUw aanvraag voor een omgevingsvergunning is onontvankelijk, omdat de bouwplannen '
     'ontbreken.\n\nHoogachtend,\nGemeente Zele'),
    ('Uitslag tentamen Statistiek',
     'Beste student,\n\nUitslag tentamen Statistiek: niet geslaagd (4,8). U kunt zich inschrijven voor de '
     'herkansing.\n\nStudentenadministratie'),
    ('Rijexamen',
     'Beste Sam,\n\nHelaas ben je niet geslaagd voor je praktijkexamen rijbewijs B. Je kan een nieuw examen '
     'reserveren.\n\nExamencentrum'),
    ('Vrijstelling',
     'Beste Sam,\n\nDe examencommissie heeft je verzoek om vrijstelling voor het vak Recht afgewezen.\n\n'
     'Studiebegeleiding'),
    ('Inschrijving cursus Excel',
     'Beste Sam,\n\nJe inschrijving voor de cursus Excel werd niet weerhouden: de cursus is volzet.\n\n'
     'Opleidingscentrum'),
    ('Ouderschapsverlof',
     'Beste Sam,\n\nJe aanvraag voor ouderschapsverlof in juli is afgewezen wegens de bezetting. Kunnen we een '
     'andere periode zoeken?\n\nGroet,\nHR'),
    ('Voetbalselectie',
     'Hoi Sam,\n\nDe trainers hebben beslist: je bent niet geselecteerd voor het eerste elftal. Je speelt dit '
     'seizoen in de beloften.\n\nSportieve groeten,\nKVC Westerlo jeugd'),
    ('Huurwoning',
     'Beste Sam,\n\nUw kandidatuur voor de huurwoning werd niet weerhouden; de eigenaar koos een andere '
     'huurder.\n\nImmo Verlinden'),
    # --- job alerts and newsletters about rejection
    ('5 nieuwe jobs voor jou',
     'Dag Sam,\n\n5 nieuwe jobs als magazijnier in Gent. Tip: werd je kandidatuur niet weerhouden? Vraag dan '
     'altijd om feedback.\n\nJobat'),
    ('Nieuwsbrief: omgaan met afwijzing',
     'Beste lezer,\n\nHoe ga je om met een afwijzing na een sollicitatie? Onze loopbaancoach geeft zeven tips, van '
     'feedback vragen tot opnieuw solliciteren.\n\nVeel leesplezier,\nRedactie Werk & Zo'),
    ('Webinar',
     'Hoi Sam,\n\nJe kandidatuur niet weerhouden of afgewezen na een assessment? In ons gratis webinar leer je hoe '
     'je sterker terugkomt.\n\nSchrijf je in via de link.\n\nLoopbaancentrum'),
    ('Je profiel',
     'Hoi Sam,\n\nPast je profiel niet helemaal bij de vacatures die je zoekt? Ontdek onze gratis opleidingen.\n\n'
     'VDAB'),
    # --- stiff ATS wording with a good outcome
    ('Update over uw aanvraag',
     'Beste Sam,\n\nBedankt voor uw aanvraag. We hebben besloten om verder te gaan met uw aanvraag en nodigen u '
     'uit voor een eerste gesprek.\n\nMet vriendelijke groet,\nRecruitment'),
    ('Uw sollicitatie bij Nordline',
     'Beste Sam,\n\nWe gaan verder met een kleine groep kandidaten, en u bent daar een van. U ontvangt een '
     'uitnodiging voor een video-interview.\n\nHet Nordline Talent Team'),
    ('Uw sollicitatie',
     'Hallo Sam,\n\nUw sollicitatie wordt nog beoordeeld. We verwachten u binnen twee weken te laten weten of we '
     'verder gaan met uw aanvraag.\n\nGroeten,\nRecruiting'),
    ('Vacature gesloten',
     'Hallo Sam,\n\nDe vacature Product Designer waarvoor u een melding had ingesteld is gesloten. Bekijk '
     'vergelijkbare vacatures.\n\nJob alerts'),
    # --- close to this sweep's new rules: "aanvraag" and "inschrijving" of other things, a committee's other choices,
    # an introduction, a glitch, a contest, a squad, a forklift certificate, a school test
    ('Je aanvraag persoonlijke lening',
     'Beste Sam,\n\nOp basis van je inkomensgegevens gaan we niet verder met je aanvraag voor een persoonlijke '
     'lening.\n\nMet vriendelijke groet,\nKlantenservice Krediet'),
    ('Je aanvraag',
     'Hoi Sam,\n\nWe gaan niet verder met je aanvraag zolang de loonstroken ontbreken. Stuur ze ons voor '
     'vrijdag.\n\nGroet,\nHypotheekadviseur'),
    ('Feature request',
     'Hoi Sam,\n\nJe aanvraag voor een nieuwe functie in de planningsmodule is afgewezen door het productteam: '
     'het past niet in de roadmap.\n\nGroet,\nIT-servicedesk'),
    ('Subsidie',
     'Beste Sam,\n\nDe commissie heeft gekozen voor andere aanvragers: je aanvraag voor een startersubsidie is '
     'niet toegekend.\n\nMet vriendelijke groet,\nGemeente Deventer'),
    ('Vacature Logistiek medewerker',
     'Beste Sam,\n\nDe inschrijving voor deze vacature is afgesloten. Bekijk onze andere vacatures in de regio.\n\n'
     'Jobmail'),
    ('Inschrijving opleiding',
     'Beste Sam,\n\nJe inschrijving voor de opleiding heftruckchauffeur werd niet weerhouden: de groep is vol.\n\n'
     'Groeten,\nOpleidingscentrum'),
    ('Schrijfwedstrijd',
     'Beste Sam,\n\nHelaas moeten we je laten weten dat de jury je niet heeft gekozen als winnaar van de '
     'schrijfwedstrijd.\n\nGroeten,\nBibliotheek'),
    ('Ouderraad',
     'Beste Sam,\n\nDe verkiezingscommissie u niet heeft kunnen opnemen op de lijst, omdat uw formulier te laat '
     'was.\n\nSecretariaat Ouderraad'),
    ('Eerste werkdag',
     'Hoi Sam,\n\nIk stel je niet meer voor aan het team op maandag, dat heeft Mark vandaag al gedaan. Welkom!\n\n'
     'Groet,\nKatrien'),
    ('Storing kandidatenportaal',
     'Beste Sam,\n\nDoor een storing is je sollicitatie niet doorgezet naar de volgende stap. We hebben het '
     'hersteld en je sollicitatie staat nu wel bij de recruiter.\n\nGroet,\nHet portaalteam'),
    ('Zwemploeg',
     'Hoi Sam,\n\nResultaat selectiedag zwemploeg: niet geslaagd. Je kan volgend seizoen opnieuw proberen.\n\n'
     'Sportieve groet,\nZwemclub De Dolfijn'),
    ('Heftruckcertificaat',
     'Hoi Sam,\n\nUitslag praktische proef heftruck: niet geslaagd. We plannen een herkansing in voor volgende '
     'week.\n\nGroet,\nUitzendbureau Stapstenen'),
    ('Schriftelijke proef Frans',
     'Beste ouders,\n\nSam heeft niet genoeg punten behaald om te slagen voor de schriftelijke proef Frans. Hij kan '
     'herkansen in juni.\n\nMet vriendelijke groeten,\nKlastitularis'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben gekozen: de baan is voor jou! Welkom bij het team.\n\nGroet,\nHR'),
    ('Je kandidatuur',
     'Dag Sam,\n\nDe werkgever heeft je kandidatuur goed ontvangen en nodigt je uit voor een gesprek op dinsdag.\n\n'
     'Groeten,\nVDAB'),
    ('Opleidingsaanvraag',
     'Beste Sam,\n\nJe aanvraag voor de opleiding projectmanagement is afgewezen, omdat die niet aansluit bij je '
     'functieprofiel.\n\nGroet,\nHR'),
    ('Uitslag selectie',
     'Geachte heer Rivera,\n\nU werd nog niet gerangschikt, omdat het mondelinge gedeelte van de selectie voor de '
     'functie van archivaris pas volgende week plaatsvindt.\n\nMet vriendelijke groeten,\nDienst Selectie'),
    ('Kandidatenportaal',
     'Hoi Sam,\n\nJe bent niet succesvol ingelogd, dus je sollicitatie is nog niet verstuurd. Probeer het '
     'opnieuw.\n\nGroet,\nHet portaalteam'),
    ('Bedrijfsarts',
     'Beste Sam,\n\nJe bent door de bedrijfsarts als niet geschikt beoordeeld voor je huidige functie in de '
     'nachtdienst. We zoeken samen naar een andere functie.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe sollicitatie is nog niet verder gekomen dan de eerste screening; we laten het je volgende week '
     'weten.\n\nGroet,\nRecruitment'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe sollicitatie wordt niet verder behandeld door mij, maar door mijn collega Els. Zij belt je '
     'morgen.\n\nGroet,\nKatrien'),
    ('Je contract',
     'Beste Sam,\n\nWij zijn nog niet in staat om je een contract aan te bieden, omdat het budget pas in maart '
     'wordt goedgekeurd.\n\nMet vriendelijke groet,\nHR'),
    ('Verbouwing',
     'Hoi Sam,\n\nNa het gesprek met de aannemer hebben we besloten het niet te doen. Te duur!\n\nGroetjes,\nMama'),
    ('Prijs Jong Talent',
     'Beste Sam,\n\nDe jury heeft een andere kandidaat aangeduid als laureaat van de Prijs Jong Talent. Proficiat '
     'met je nominatie!\n\nCultuurraad'),
    ('Bestuur',
     'Beste Sam,\n\nHet bestuur heeft besloten de rol van voorzitter op een andere manier in te vullen: we werken '
     'voortaan met een beurtrol.\n\nGroeten,\nSecretaris Tennisclub'),
    ('Sollicitatie gemarkeerd',
     'Hallo Sam,\n\nJe hebt de sollicitatie van Jan Peeters voor je vacature Kassamedewerker als "niet geschikt" '
     'gemarkeerd. De kandidaat ontvangt automatisch een bericht.\n\nVDAB Werkgevers'),
    ('Reservering',
     'Hoi Sam,\n\nBedankt voor je aanvraag, maar moeten je helaas teleurstellen: op 14 februari zijn alle tafels '
     'bezet.\n\nGroet,\nRestaurant De Linde'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe hoeft niet door te gaan met je sollicitatie als je de baan bij je huidige werkgever houdt; laat '
     'het ons gewoon weten.\n\nGroet,\nRecruitment'),
    ('Je cv',
     'Hoi Sam,\n\nJe cv is prima, maar de foto is niet wat we zoeken voor de website. Heb je een andere?\n\nGroet,\n'
     'Communicatie'),
    ('Je kandidatuur',
     'Dag Sam,\n\nJe liet weten dat je je kandidatuur wilt intrekken omdat je een andere job hebt aanvaard. We gaan '
     'dus niet verder met je kandidatuur. Veel succes!\n\nGroeten,\nHR'),
    ('Re: vacature',
     'Hoi Sam, ze hebben iemand anders gevraagd voor de rondleiding op de open dag, dus je hoeft niet te komen. Groet'),
    ('Presentatie',
     'Hoi Sam, voor de presentatie van de vacatures op de jobbeurs hebben we iemand anders nodig, jij mag '
     'thuisblijven. Groet'),
    ('Ontvangstbevestiging',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie ontvangen. Als u niet binnen veertien dagen van ons hoort, is '
     'uw sollicitatie helaas niet weerhouden.\n\nHoogachtend,\nHR'),
    ('Attest', 'Dag Sam,\n\nJe aanvraag voor een studentenjob-attest is afgewezen, omdat je dit jaar al 600 uren hebt '
     'gewerkt.\n\nGroeten,\nHet loket'),
    ('Prijs Jong Ondernemerschap',
     'Geachte heer Rivera,\n\nU behoort niet tot de laureaten van de Prijs Jong Ondernemerschap, maar de jury prees uw '
     'kandidatuur.\n\nHoogachtend,\nKamer van Koophandel'),
    ('Uitslag selectie',
     'Geachte heer Rivera,\n\nU werd opgenomen in de rangschikking van de geslaagde kandidaten voor de functie van '
     'deskundige, op de tweede plaats.\n\nHoogachtend,\nGemeente Dilbeek'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nWij zien dat u nog niet over het vereiste diploma beschikt in uw dossier; gelieve een '
     'kopie te bezorgen voor de functie van verpleegkundige.\n\nHoogachtend,\nHR'),
    ('Stage', 'Beste Sam,\n\nJe hebt je stage niet met succes afgerond en moet ze volgend semester overdoen.\n\n'
     'Groeten,\nStagebegeleider'),
    ('Proefdag', 'Hoi Sam,\n\nEen proefdag is niet voldoende om je aan te nemen, daarom plannen we er nog een op '
     'zaterdag.\n\nGroet,\nBakkerij Vos'),
    ('Je aanvraag', 'Hoi Sam,\n\nWe gaan niet verder met je aanvraag. Je dossier is onvolledig en de termijn is '
     'verstreken.\n\nGroet,\nLoket Wonen'),
    ('Personeelsfeest', 'Hoi Sam,\n\nJe aanvraag voor de rol van Sinterklaas op het personeelsfeest is helaas '
     'afgewezen: Mark doet het weer.\n\nGroet,\nFeestcommissie'),
    ('Vacature-alert', 'Hoi Sam,\n\nJe inschrijving voor de vacature-alert is afgesloten. Je ontvangt geen mails meer.'
     '\n\nGroet,\nJobsite'),
    ('Aanvraag', 'Hoi Sam,\n\nWe hebben besloten je aanvraag niet verder te behandelen, omdat de termijn verstreken '
     'is.\n\nGroet,\nGemeente'),
    ('Re: etentje', 'hoi sam\nwe gaan niet voor jou koken vanavond sorry, we eten buiten\ngroetjes'),
    ('Uw offerte', 'Geachte heer Rivera,\n\nUw offerte beantwoordt onvoldoende aan het bestek en werd daarom niet '
     'weerhouden.\n\nHoogachtend,\nAankoopdienst Stad Gent'),
    ('Je kandidatuur', 'Dag Sam,\n\nDe klant gaat verder met kandidaten die de test haalden, en jij bent daar een '
     'van! Ik bel je morgen.\n\nGroetjes,\nEls'),
    ('Excel', 'Hoi Sam,\n\nJe kennis van Excel is te beperkt voor de nieuwe rapportages; we schrijven je in voor een '
     'cursus.\n\nGroet,\nTeamleider'),
    ('Is het een ja?', 'Hoi Sam,\n\nIk hoorde dat het een nee is voor de barbecue van zaterdag. Jammer!\n\nGroet,\n'
     'Personeelsvereniging'),
    ('Kandidaten', 'Hallo Sam,\n\nKandidaten met status afgewezen ontvangen automatisch een mail van ons.\n\n'
     'Recruitee'),
    ('Je sollicitaties', 'Hallo Sam,\n\nSollicitaties met de status afgewezen worden na 30 dagen verwijderd uit je '
     'account.\n\nJobsite'),
    ('Filter', 'Hallo Sam,\n\nFilter je kandidaten op status afgewezen om ze in een keer te archiveren.\n\n'
     'Recruitee'),
    ('Je lening', 'Beste Sam,\n\nBedankt voor je aanvraag voor een lening bij ons. Helaas gaan we niet verder met je '
     'aanvraag.\n\nMet vriendelijke groet,\nKredietafdeling'),
]

HTML_LOOKALIKES = [
    ('Bevestiging van uw sollicitatie',
     _HEAD + '<p>Beste Sam,</p><p>Hartelijk dank voor uw sollicitatie op de vacature <b>Financieel Controller</b> '
     '(vacaturenummer 3381).</p><p>Wij nemen uw sollicitatie in behandeling en laten binnen twee weken weten of u '
     'wordt uitgenodigd.</p><p>Met vriendelijke groet,<br>Team Recruitment</p>' + _FOOT),
    ('Nieuwsbrief november',
     _HEAD + '<h2>Jobnieuws</h2><p>Afgewezen? Zo vraag je om feedback</p><p>Drie recruiters vertellen wat een '
     'goede vraag na een afwijzing is.</p><p><a href="https://example/lees">Lees meer</a></p>' + _FOOT),
    ('Uitnodiging selectieproef',
     _HEAD + '<table><tr><td>Selectie</td><td>Hoofdverpleegkundige</td></tr><tr><td>Proef</td><td>Mondelinge '
     'proef</td></tr><tr><td>Datum</td><td>3 mei, 10:00</td></tr></table><p>U bent geslaagd voor de schriftelijke '
     'proef. Wij verwachten u voor de mondelinge proef.</p>' + _FOOT),
    ('Intrekking bevestigd',
     _HEAD + '<p>Beste Sam,</p><p>Je sollicitatie voor de functie van Customer Success Manager is op jouw verzoek '
     'ingetrokken. We gaan dus niet verder met je sollicitatie.</p><p>Veel succes!</p>' + _WITHDRAW_FOOT),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, SENDER, rejection=True, subtype="html")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_html_lookalike_not_found = letters_test(HTML_LOOKALIKES, SENDER, rejection=False, subtype="html")
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
test_html_known_gap = letters_test(HTML_KNOWN_GAPS, SENDER, rejection=True, subtype="html",
                                   known_gap="known gap: see KNOWN_GAPS")
