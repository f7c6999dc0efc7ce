"""Sweep 3, Dutch: rejections from writers the earlier sweeps did not have (a shop owner or a friterie after a trial
day, a school head, a hospital, a municipality or an OCMW, an interim office, VDAB/Jobat/Indeed relays, hurried notes
without capitals) and spoken Flemish "ni" beside "nie" ("'t is ni gelukt", "ge zijt ni weerhouden"); next to them
look-alikes with the same words, most with "(niet) verder", that reject nothing of the reader: the reader's own
withdrawal and its confirmation, a pause, a missing document, a question, the process going on, an internal note about
a candidate, an agency's lead that closed, a survey, a talent pool, "verder" in other senses, a coach's advice. All
texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Lotte Peeters <lotte.peeters@vanhove.example>"

# Real rejections, by writer and shape (greeting and sign-off are part of each text).
REJECTIONS = [
    # --- casual Flemish shop owner / small firm, WhatsApp-ish
    ('proefdag',
     'hey kevin,\n'
     'merci voor zaterdag he. ge hebt goed uw best gedaan maar we gaan voor iemand anders, iemand die '
     'al ervaring heeft aan de kassa.\n'
     'succes nog!\n'
     'christel'),
    ('ivm de job',
     'Dag Lien\n'
     "'t is ni gelukt jammer genoeg. We hebben nen anderen gepakt die direct kon starten.\n"
     'Groetjes Marc'),
    ('job bakkerij',
     'hoi jana, spijtig maar we gaan u ni aannemen. da was ni omdat ge het slecht deed he, we zoeken '
     'gewoon iemand voor de vroege shift.\n'
     'groetjes\n'
     'van bakkerij Luc'),
    ('de vacature',
     'Dag Robbe,\n'
     'Ik moet u laten weten dat we voor iemand anders gekozen hebben. Spijtig, ge waart nen goeie '
     'kandidaat.\n'
     'Mvg\n'
     'Koen - zaakvoerder Garage Verhaegen'),
    ('Re: studentenjob',
     'hallo yana,\n'
     'sorry voor het late antwoord. de studentenjob voor de zomer is al ingevuld, dus het gaat ni door'
     ' voor u.\n'
     'misschien volgend jaar?\n'
     'nathalie'),
    ('vakantiejob',
     'Hey Milan, de vakantiejobs zijn allemaal vergeven deze zomer. Spijtig voor u, we hebben uw naam '
     'wel genoteerd voor volgend jaar. gr. Tine'),
    ('meeloopdag',
     'Dag Sofie,\n'
     'Bedankt voor de meeloopdag van dinsdag. We hebben er in het team over gebabbeld en we gaan het '
     'ni doen. Het klikte ni helemaal met de werking in de keuken.\n'
     'Succes verder!\n'
     'Joris'),
    ('sollicitatie',
     'dag arne\n'
     'ge zijt ni weerhouden voor de job als chauffeur. we hebben iemand met rijbewijs CE genomen.\n'
     'groeten\n'
     'dirk transport'),
    ('Re: Re: job',
     'hoi\n'
     'kort: we gaan er ni mee verder met u. ge hebt te weinig ervaring voor wat we zoeken.\n'
     'succes\n'
     'bart'),
    ('interview',
     'Dag Nele,\n'
     'Nogmaals bedankt voor het gesprek. Ik ga eerlijk zijn: we kiezen voor een andere kandidaat. Ge '
     'moet u da ni aantrekken, het was nipt.\n'
     'Groetjes,\n'
     'An'),
    ('job in de winkel',
     'Hallo Ruben,\n'
     'Ik heb nagedacht na ons gesprek en ik denk dat het ni de juiste match is. We gaan voor iemand '
     'die ook zaterdag kan werken.\n'
     'Veel succes\n'
     "Mieke (Mieke's Bloemenatelier)"),
    ('bericht van frituur',
     'hey jonas, we hebben al iemand gevonden voor de weekends. merci om te solliciteren en succes '
     'nog!! grtjs nancy'),
    ('ivm uw cv',
     'Dag Tom\n'
     'Ik heb uw cv gekregen via mijn schoonbroer. Spijtig genoeg hebben we op dit moment geen plaats '
     'voor u in de zaak. Als er iets verandert laat ik het weten.\n'
     'Groeten\n'
     'Patrick'),
    ('Re: sollicitatie keuken',
     'hoi lotte, we hebben gisteren iemand aangenomen voor de keuken, dus het is voor u helaas niks '
     'geworden. sorry! succes nog, grt wim'),
    ('proefdag zaterdag',
     'Dag Kobe,\n'
     'Merci voor uw proefdag. We hebben besloten om u ni aan te nemen. Het tempo lag ons te laag voor '
     'de drukke zaterdagen.\n'
     'Groetjes,\n'
     'Stijn - Bistro De Zwaan'),
    ('uw kandidatuur',
     'Dag Elke,\n'
     'het spijt me maar ge zijt het ni geworden. De keuze is gevallen op iemand anders.\n'
     'Groetjes\n'
     'Greet'),
    ('job',
     'hey,\n'
     'we hebben gekozen, en ge zit er spijtig genoeg ni bij.\n'
     'veel succes nog he\n'
     'steven'),
    ('Re: vacature verkoper',
     'Hallo Ward\n'
     'Ik had u beloofd om te laten weten hoe het zit. We gaan het ni met u doen, we hebben iemand '
     'gevonden die al in de sector werkte.\n'
     'Beste groeten\n'
     'Hilde'),
    ('kandidatuur magazijn',
     'Dag Senne,\n'
     'Ik laat u weten dat we de job aan een andere kandidaat gegeven hebben. Bedankt voor uw interesse'
     ' en veel succes.\n'
     'Vriendelijke groeten,\n'
     'Kris Van Damme, zaakvoerder'),
    # --- Dutch casual, typos, no capitals, haste
    ('re: sollicitatie',
     'hoi daan,\n'
     'sorry dat het zo lang duurde. we hebben iemand anders aangenomen voor de functie. succes met '
     'zoeken!\n'
     'gr, pim'),
    ('gesprek',
     'he sanne, even snel: we gaan niet met je verder helaas. je was goed maar net niet ervaren '
     'genoeg. groet joost'),
    ('functie barista',
     'hey tim,\n'
     'helaas ga je het niet worden bij ons. we zijn voor een andere kandidaat gegaan.\n'
     'groetjes,\n'
     'fleur van koffiebar bonne'),
    ('jouw sollicitatie',
     'Hoi Ilse, dank je voor je sollicitatie. We hebben de plek al vergeven, dus helaas. Succes! '
     'Jeroen'),
    ('Re: proefdag',
     'hoi noah,\n'
     'bedankt voor je inzet gister. we hebben besloten je niet aan te nemen, het team zoekt iemand met'
     ' meer kookervaring.\n'
     'groetjes\n'
     'mark'),
    ('functie',
     'beste lisa\n'
     'helaas ben je niet door naar de volgende ronde. er waren veel sollicitanten.\n'
     'mvg\n'
     'henk'),
    ('sollicitatie bezorger',
     'Hoi Bas,\n'
     'We hebben genoeg bezorgers op dit moment dus we kunnen je helaas niet aannemen. Bedankt voor je '
     'interesse!\n'
     'Groet,\n'
     'Team Pizzeria Napoli'),
    ('je sollicitatie',
     'hoi emma, we zijn eruit en het is helaas iemand anders geworden. bedankt voor je tijd en succes '
     'verder. liefs, claire'),
    ('vacature',
     'dag meneer jansen\n'
     'wij hebben u niet geselecteerd voor een gesprek.\n'
     'met vriendelijke groet\n'
     'r. de boer'),
    ('terugkoppeling',
     'Hi Youssef,\n'
     'Terugkoppeling na het gesprek: we hebben gekozen voor een kandidaat die beter aansluit op het '
     'profiel. Ik had je graag beter nieuws gegeven.\n'
     'Groet,\n'
     'Maartje'),
    ('reactie op sollicitatie',
     'Hallo Kim, helaas moeten we je teleurstellen, de baan is naar een ander gegaan. Groetjes Annet'),
    ('sollicitatie',
     'ha thomas,\n'
     'helaas, we nemen je niet aan. we zoeken toch echt iemand met een rijbewijs.\n'
     'groet\n'
     'frank'),
    ('meeloopdag',
     'Hoi Sem,\n'
     'Leuk dat je kwam meelopen! Na overleg hebben we besloten dat we je geen contract aanbieden. De '
     'klik met het team was er niet helemaal.\n'
     'Groetjes,\n'
     'Marjolein'),
    ('Re: vacature kapster',
     'hoi demi\n'
     'ik heb helaas slecht nieuws, ik heb iemand anders gevonden voor de stoel in de salon.\n'
     'succes meid\n'
     'xx linda'),
    ('je reactie',
     'hey lars, we hebben jouw sollicitatie bekeken maar gaan niet verder met jou. groet, team'),
    ('sollicitatie schoonmaak',
     'goedemiddag mevrouw de vries\n'
     'helaas is de functie vervuld. wij wensen u succes.\n'
     'groet\n'
     'schoonmaakbedrijf klinkers'),
    ('Re: Re: bijbaan',
     'hoi lucas, de bijbaan gaat helaas niet door voor jou, we hebben al een scholier gevonden. '
     'groetjes petra'),
    ('afwijzing',
     'Beste Noor,\n'
     'Jammer genoeg hebben we voor iemand anders gekozen. Bedankt voor het fijne gesprek.\n'
     'Hartelijke groet,\n'
     'Willem'),
    ('terugkoppeling gesprek',
     'hoi jesse,\n'
     'ik zal er niet omheen draaien: je komt niet in aanmerking voor de baan.\n'
     'groet,\n'
     'remco'),
    # --- school / directie
    ('Uw sollicitatie leerkracht',
     'Beste juffrouw Claes,\n'
     'Na de gesprekken heeft de directie beslist om een andere leerkracht aan te stellen voor de '
     'vacature in het derde leerjaar. Wij danken u voor uw interesse in onze school.\n'
     'Met vriendelijke groeten,\n'
     'De directie, Basisschool De Regenboog'),
    ('interimopdracht',
     'Dag meester Wouters,\n'
     'De interim in het vijfde leerjaar is ondertussen ingevuld door een collega uit onze '
     'scholengroep. Ik kan u dus helaas niet aanstellen.\n'
     'Vriendelijke groet,\n'
     'Annemie Goossens, directeur'),
    ('sollicitatie onderwijsassistent',
     'Beste Naomi,\n'
     'Helaas moeten we je laten weten dat je niet bent gekozen als onderwijsassistent. De keuze is '
     'gevallen op een kandidaat met meer ervaring in groep 3.\n'
     'Met vriendelijke groet,\n'
     'Directie OBS De Linde'),
    ('kandidatuur kleuteronderwijzer',
     'Dag Lore,\n'
     'wij hebben uw kandidatuur besproken in de directieraad. Voor dit schooljaar kunnen wij u geen '
     'opdracht aanbieden.\n'
     'Met vriendelijke groeten,\n'
     'Directie Sint-Jozefscollege'),
    # --- hospital
    ('Uw sollicitatie verpleegkundige',
     'Beste mevrouw Hermans,\n'
     'Naar aanleiding van uw sollicitatie voor de functie verpleegkundige op de afdeling geriatrie '
     'laten wij u weten dat wij u niet hebben weerhouden voor de volgende fase.\n'
     'Met vriendelijke groeten,\n'
     'Dienst HR, AZ Sint-Elisabeth'),
    ('gesprek zorgassistent',
     'Beste Ayoub,\n'
     'Bedankt voor het gesprek. Na afweging van alle kandidaten zijn wij tot de conclusie gekomen dat '
     'een andere kandidaat beter aansluit. Wij zullen je daarom geen aanbod doen.\n'
     'Met vriendelijke groet,\n'
     'Afdeling P&O, Ziekenhuis Rivierenland'),
    ('sollicitatie logistiek medewerker',
     'Geachte heer Smit,\n'
     'Helaas hebben wij besloten uw sollicitatie niet in behandeling te nemen. Uw ervaring sluit '
     'onvoldoende aan bij de eisen.\n'
     'Met vriendelijke groet,\n'
     'Recruitment, Medisch Centrum Noord'),
    ('Kandidatuur vroedvrouw',
     'Beste Charlotte,\n'
     'Dank voor uw interesse in onze kraamafdeling. Na de selectiegesprekken hebben we beslist om niet'
     ' op uw kandidatuur in te gaan.\n'
     'Vriendelijke groeten,\n'
     'HR UZ Oostkust'),
    # --- gemeente / OCMW / public
    ('Selectieprocedure administratief medewerker',
     'Geachte mevrouw Declercq,\n'
     'U nam deel aan de selectieprocedure voor administratief medewerker bij het OCMW. Wij delen u mee'
     ' dat u niet geslaagd bent voor het mondelinge gedeelte. U wordt dan ook niet opgenomen in de '
     'wervingsreserve.\n'
     'Met vriendelijke groeten,\n'
     'Personeelsdienst OCMW Lokeren'),
    ('Uitslag examen',
     'Beste kandidaat,\n'
     'Helaas behaalde u niet de vereiste 60% op de schriftelijke proef. U kan bijgevolg niet deelnemen'
     ' aan de volgende proef.\n'
     'Met vriendelijke groeten,\n'
     'Dienst Personeel, Gemeente Zwijndrecht'),
    ('Uw sollicitatie bij de gemeente',
     'Geachte heer Bakker,\n'
     'Wij hebben uw sollicitatie voor de functie van beleidsmedewerker zorgvuldig beoordeeld. Wij '
     'hebben besloten u niet uit te nodigen voor een gesprek.\n'
     'Hoogachtend,\n'
     'namens burgemeester en wethouders,\n'
     'Team Werving'),
    ('wervingsreserve',
     'Geachte,\n'
     'Wij moeten u meedelen dat u niet in aanmerking komt voor de functie van arbeider groendienst, '
     'omdat u niet voldoet aan de diplomavereisten.\n'
     'Met vriendelijke groet,\n'
     'Gemeentebestuur Merelbeke'),
    ('aanwerving',
     'Beste Jonas,\n'
     'Het college van burgemeester en schepenen heeft in zitting van 4 maart een andere kandidaat '
     'aangesteld als technisch assistent. Wij danken u voor uw deelname.\n'
     'Met vriendelijke groeten,\n'
     'HR gemeente Kruibeke'),
    ('Uw kandidatuur - OCMW',
     'Dag mevrouw Peeters,\n'
     'De selectiecommissie heeft u niet geschikt bevonden voor de functie van maatschappelijk werker.\n'
     'Met vriendelijke groeten,\n'
     'OCMW Temse'),
    # --- interim / uitzend
    ('Randstad: update',
     'Hoi Dries,\n'
     'Ik heb net feedback gekregen van de klant in Geel. Ze kiezen voor een andere kandidaat voor de '
     'job als operator. Ik hou u op de hoogte van nieuwe jobs!\n'
     'Groetjes,\n'
     'Elien | Randstad Geel'),
    ('je kandidatuur via Tempo-Team',
     'Dag Hanne,\n'
     'Spijtig genoeg heeft de klant beslist om niet verder te gaan met uw profiel voor de functie van '
     'receptioniste.\n'
     'Ik zoek graag verder met u naar iets anders.\n'
     'Vriendelijke groet,\n'
     'Karolien, Tempo-Team Mechelen'),
    ('Start People - productiemedewerker',
     'Beste Mohamed,\n'
     'Helaas, de werkgever heeft laten weten dat je niet bent geselecteerd voor de functie '
     'productiemedewerker.\n'
     'Groet,\n'
     'Start People Venlo'),
    ('Update functie',
     'Hoi Laura,\n'
     'Het bedrijf heeft je profiel bekeken maar wil je niet uitnodigen voor een gesprek. Ze zoeken '
     'iemand met SAP-ervaring.\n'
     'Groeten,\n'
     'Roos | Olympia Uitzendbureau'),
    ('Feedback klant',
     'Dag Bert,\n'
     'De klant heeft helaas een andere kandidaat weerhouden. Bedankt voor je vertrouwen in ons '
     'kantoor.\n'
     'Groeten,\n'
     'Saar, Accent Jobs'),
    ('Je sollicitatie via Indeed',
     'Beste Robin,\n'
     'Bakkerij Vermeulen heeft je sollicitatie voor Verkoopmedewerker bekeken en besloten niet verder '
     'te gaan.\n'
     'Het Indeed-team'),
    ('VDAB - reactie werkgever',
     'Beste Lisa,\n'
     'De werkgever Schrijnwerkerij Claes heeft gereageerd op uw sollicitatie via VDAB: uw kandidatuur '
     'werd niet weerhouden.\n'
     'Met vriendelijke groeten,\n'
     'VDAB'),
    ('Jobat: update over je sollicitatie',
     'Dag Niels,\n'
     "De werkgever heeft je sollicitatie voor 'Magazijnmedewerker' afgewezen.\n"
     'Succes met je zoektocht,\n'
     'Jobat'),
    ('Nieuws over je sollicitatie',
     'Hoi Sara,\n'
     'Het bedrijf waar je solliciteerde heeft gekozen voor een andere kandidaat.\n'
     'Veel succes,\n'
     'Het team van Werkzoeken.nl'),
    # --- person-written after interview / formal-ish but personal
    ('na ons gesprek',
     'Beste Iris,\n'
     'Ik wil je bedanken voor het open gesprek van vrijdag. Ik heb lang getwijfeld, maar ik ga de '
     'functie aan iemand anders geven. Ik vond het echt een prettige kennismaking.\n'
     'Hartelijke groet,\n'
     'Gerard'),
    ('Re: gesprek dinsdag',
     'Dag Bram,\n'
     'Ik had je beloofd vandaag te bellen, maar ik krijg je niet te pakken. Daarom per mail: het is '
     'helaas een nee geworden.\n'
     'Groet,\n'
     'Monique'),
    ('de functie van administratief bediende',
     'Dag Evi,\n'
     'we hebben ondertussen iemand aangeworven voor deze functie. Ik wens u veel succes in uw verdere '
     'zoektocht.\n'
     'Mvg\n'
     'Jan Maes, zaakvoerder'),
    ('feedback',
     'Dag Tijs,\n'
     'Uw profiel is zeker interessant, maar het past niet bij wat we nu nodig hebben. We gaan dus niet'
     ' verder met uw kandidatuur.\n'
     'Groeten,\n'
     'Liesbeth'),
    ('sollicitatie stage',
     'Hoi Fenna,\n'
     'Helaas hebben we dit jaar geen stageplek meer voor je. Alle plekken zijn bezet.\n'
     'Groetjes,\n'
     'Marieke'),
    ('stageplaats',
     'dag wout, spijtig maar de stageplaats is al naar een andere student gegaan. succes met zoeken, '
     'greetz, tom'),
    ('vacature lasser',
     'Beste Jelle,\n'
     'Na je proefopdracht hebben we beslist dat je niet in aanmerking komt. Je laswerk was nog niet op'
     ' het niveau dat we nodig hebben.\n'
     'Groeten,\n'
     'Filip, Metaalbouw Dewulf'),
    ('functie poetshulp',
     'Dag Fatima,\n'
     'We hebben voor de functie van poetshulp iemand anders genomen die dichter woont. Bedankt voor uw'
     ' kandidatuur.\n'
     'Groeten,\n'
     'Dienstenbedrijf Proper'),
    ('job als kok',
     'hallo,\n'
     'we hebben beslist om u ni aan te werven. de keuken zoekt iemand met meer ervaring op de warme '
     'lijn.\n'
     'vriendelijke groeten\n'
     'chef ronny'),
    ('terugkoppeling sollicitatie',
     'Hoi Jasper,\n'
     'We hebben je brief met plezier gelezen. Toch kiezen we ervoor om andere kandidaten uit te '
     'nodigen.\n'
     'Groet,\n'
     'Sanne'),
    ('Re: vraag over de vacature',
     'Dag Elise,\n'
     'De vacature is intussen ingevuld, dus ik kan je daar helaas niet meer voor overwegen.\n'
     'Groeten,\n'
     'Dirk'),
    ('je sollicitatie bij ons',
     'Hoi Thijs,\n'
     'Wat leuk dat je wilde komen werken bij ons! Helaas past jouw profiel niet goed genoeg bij de '
     'functie, dus we stoppen hier.\n'
     'Groetjes,\n'
     'Ilona'),
    ('reactie',
     'dag ines\n'
     'uw sollicitatie is ni geselecteerd. merci en succes\n'
     'brouwerij het anker'),
    ('Uw sollicitatie',
     'Geachte mevrouw El Amrani,\n'
     'Wij delen u mede dat wij niet op uw sollicitatie ingaan.\n'
     'Hoogachtend,\n'
     'P. Verbeek'),
    ('na de proefdag',
     'Dag Laure,\n'
     'Na de proefdag zijn we tot het besluit gekomen om niet met u in zee te gaan.\n'
     'Groetjes,\n'
     'Bart'),
    ('vakantiejob zwembad',
     'Beste Nina,\n'
     'Dank je voor je kandidatuur voor een vakantiejob als redder. Alle plaatsen zijn ingenomen, je '
     'bent dus niet geselecteerd.\n'
     'Groeten,\n'
     'Sportdienst Gemeente Wetteren'),
    ('studentenjob supermarkt',
     'Hey Seppe,\n'
     'De studentenjobs in onze winkel zijn voor deze zomer volzet. Jammer genoeg kunnen we u niet '
     'inplannen.\n'
     'Groetjes,\n'
     'Delhaize Sint-Amandsberg'),
    ('sollicitatie',
     'Dag Anouk,\n'
     'We hebben jouw sollicitatie besproken met het team, en we kiezen er helaas niet voor.\n'
     'Groet,\n'
     'Niels'),
    ('uw kandidatuur',
     'Dag,\n'
     'We zijn met de selectie rond en ge zijt ni bij de laatste drie.\n'
     'Mvg\n'
     'Kristof'),
    ('kandidatuur',
     "hoi emma, 't is spijtig maar we hebben de knoop doorgehakt en we nemen iemand anders.\n"
     'groetjes\n'
     'katrien'),
    ('job',
     'Dag Jorn,\n'
     'Ik ga u ni aanwerven, sorry. We hebben iemand intern gevonden.\n'
     'Gr\n'
     'Luc'),
    ('na het gesprek',
     'Beste Marit,\n'
     'Na het tweede gesprek hebben we toch gekozen voor een andere richting. We bieden je de functie '
     'daarom niet aan.\n'
     'Groeten,\n'
     'Wendy'),
    ('sollicitatie',
     'hoi\n'
     'helaas, geen baan voor jou bij ons deze keer.\n'
     'grt\n'
     'kees'),
    ('sollicitatie magazijn',
     'hey mo, die job is al weg, we hebben iemand gevonden. sorry man. succes nog. rudi'),
    ('Re: Re: Re: sollicitatie',
     'Dag Joke,\n'
     'Ik kan u helaas geen job aanbieden. We hebben iemand met meer ervaring aangenomen.\n'
     'Vriendelijke groeten,\n'
     'Marleen'),
    ('Re: gesprekje',
     'dag stefanie, het is ni gelukt voor de job als verkoopster. we hebben een collega van de andere '
     'winkel laten overkomen. spijtig! groetjes, veerle'),
    ('bericht',
     'Beste Koen,\n'
     'We hebben je kandidatuur niet weerhouden, omdat je niet voldoet aan de vereiste van 5 jaar '
     'ervaring.\n'
     'Groet,\n'
     'HR Bouwbedrijf Gysels'),
    ('Re: sollicitatie',
     'Beste,\n'
     'We hebben de vacature ingevuld. U hoort dus niet meer van ons voor deze functie.\n'
     'Mvg\n'
     'J. Claes'),
    ('vacature',
     'Dag Yentl,\n'
     'dank u voor uw mail. wij gaan niet op uw kandidatuur in. er zijn kandidaten die beter passen.\n'
     'groetjes\n'
     'nadia'),
    ('feedback proefdag',
     'hoi bo, de proefdag was gezellig maar we kiezen voor een andere kandidaat. bedankt! grtjs vera'),
    ('je cv',
     'Hey Elias,\n'
     'Ik heb je cv doorgestuurd naar de afdelingshoofden, maar niemand heeft een plek voor je. Het '
     'wordt dus helaas niks.\n'
     'Groet,\n'
     'Sylvia'),
    ('Reactie op uw kandidatuur',
     'Geachte mevrouw Vandenberghe,\n'
     'Uw kandidatuur werd niet geselecteerd voor de volgende ronde van de selectieprocedure bij de '
     'Stad Antwerpen.\n'
     'Met vriendelijke groeten,\n'
     'De selectieverantwoordelijke'),
    ('jobstudent',
     'Dag Mats,\n'
     'We hebben genoeg jobstudenten voor de zomer. Jammer genoeg is er geen plaats meer voor u.\n'
     'Groetjes,\n'
     'IJssalon Gelato'),
    ('ivm je sollicitatie',
     'hoi amber,\n'
     'ik moet je teleurstellen. je bent niet door de eerste selectie gekomen.\n'
     'groetjes\n'
     'roos'),
    ('Re: job in het rusthuis',
     'Dag Hatice,\n'
     'Het woonzorgcentrum heeft beslist om een andere zorgkundige aan te nemen. Bedankt voor uw '
     'kandidatuur.\n'
     'Met vriendelijke groeten,\n'
     'Directie WZC Hof ter Linden'),
    ('Re: Re: proefdag',
     'hallo gilles,\n'
     'ik heb slecht nieuws: de chef wil u ni houden na de proefdag. sorry\n'
     'wendy'),
    ('Uitkomst',
     'Hoi Dewi,\n'
     'Je hebt het helaas niet gehaald. We hebben een andere kandidaat gevonden.\n'
     'Groeten,\n'
     'Paul'),
    ('vacature',
     'Beste,\n'
     'u bent helaas afgevallen in de eerste selectieronde.\n'
     'Groet\n'
     'Personeelszaken'),
    ('uw sollicitatie',
     'Dag mevrouw Mertens,\n'
     'Wij willen u bedanken voor uw interesse maar wij gaan niet over tot een aanwerving van uw '
     'persoon.\n'
     'Met vriendelijke groeten,\n'
     'NV De Smet'),
    ('Re: kandidatuur',
     'dag robin\n'
     'de plaats is gegeven aan iemand anders. spijtig he.\n'
     'mvg\n'
     'guido'),
    ('sollicitatie',
     'Hoi Tess,\n'
     'Na rijp beraad gaan we toch niet met jou in zee. Je past net niet in het plaatje.\n'
     'Groetjes,\n'
     'Linda'),
    ('bedankt',
     'Dag Wannes,\n'
     'Bedankt voor uw sollicitatie. Ik heb ondertussen iemand anders aangenomen.\n'
     'Groeten\n'
     'Pieter'),
    ('Jouw sollicitatie bij Albert Heijn',
     'Hoi Luuk,\n'
     'Bedankt voor je sollicitatie als vakkenvuller. Helaas kunnen we je op dit moment geen plek '
     'aanbieden.\n'
     'Groetjes,\n'
     'Team AH Vleuten'),
    ('Sollicitatie chauffeur',
     'Beste heer Wouters,\n'
     'Wij moeten u helaas mededelen dat wij u niet zullen aannemen voor de functie van chauffeur.\n'
     'Met vriendelijke groet,\n'
     'Transport Hendriks BV'),
    ('gesprek',
     'Dag Hanne,\n'
     'Ik vond ons gesprek fijn, maar ik denk dat je beter op je plaats bent in een groter bedrijf. Ik '
     'ga je dus niet aanwerven.\n'
     'Groeten,\n'
     'Evelien'),
    ('kandidatuur',
     'Dag Bjorn,\n'
     'Wij hebben beslist de procedure met u niet verder te zetten.\n'
     'Met vriendelijke groeten,\n'
     'HR Agristo'),
    ('Re: sollicitatie',
     'Hallo Sien,\n'
     'de baas heeft gekozen voor iemand anders. ik vind het zelf ook spijtig.\n'
     'groetjes\n'
     'jolien'),
    ('uw sollicitatie',
     'Dag meneer Desmet,\n'
     'Met spijt laten wij u weten dat uw sollicitatie geen gevolg krijgt.\n'
     'Met vriendelijke groeten,\n'
     'Directie Vrije Basisschool De Klimop'),
    ('Re: job',
     'dag nick, ge zijt ni door de selectie geraakt. succes nog! gr ann'),
    ('sollicitatie',
     'Beste Julie,\n'
     'Ik heb je gegevens bekeken, maar je bent jammer genoeg niet de persoon die we zoeken.\n'
     'Groetjes,\n'
     'Wim'),
    ('je sollicitatie',
     'Dag Tibo,\n'
     'Eerlijk gezegd hebben we iemand gevonden die beter past. We nemen jou niet aan.\n'
     'Groet,\n'
     'Ben'),
    ('Re: job als afwasser',
     'yo milan, sorry, de job is al weg. we hebben nen student van hier uit de straat. grtz kenny'),
    # --- a second and a third batch, written after the fixes to test them on new wording
    ('Re: job',
     'dag sander\n'
     "bedankt voor de babbel gisteren. we hebben lang getwijfeld maar 't wordt toch iemand anders. nog"
     ' veel succes he!\n'
     'groetjes\n'
     'karel'),
    ('uw kandidatuur',
     'Dag Inge,\n'
     'Sorry da ge zo lang moest wachten. We hebben de job aan iemand anders gegeven.\n'
     'Groetjes\n'
     'Rita'),
    ('proefdag',
     'hey thomas, merci om te komen proefdraaien. we gaan u ni vastnemen, ge kent nog te weinig van de'
     ' machines. succes nog! danny'),
    ('kandidatuur chauffeur',
     'dag meneer claes\n'
     'we hebben een andere chauffeur gevonden. bedankt voor uw interesse.\n'
     'mvg\n'
     'transport de wit'),
    ('studentenjob',
     'Hoi Lotte,\n'
     'Alle studentenjobs voor juli en augustus zijn al weg. Spijtig genoeg kunnen we u dus ni '
     'inschakelen.\n'
     'Groetjes,\n'
     'HR Colruyt'),
    ('vakantiejob',
     'dag ward, ge stond op de reservelijst maar er is niemand afgevallen, dus ge kunt deze zomer ni '
     'bij ons beginnen. grtjs, nele'),
    ('sollicitatie',
     'Dag Lien,\n'
     'We hebben uw sollicitatie bekeken, maar we zoeken toch een ander profiel. We gaan er dus niet op'
     ' in.\n'
     'Groeten,\n'
     'Sofie'),
    ('kandidatuur',
     'Dag Kevin,\n'
     'Ik ben eerlijk: ge zijt ni de persoon die we zoeken voor de zaak.\n'
     'Mvg,\n'
     'Erik'),
    ('gesprek',
     'Hallo Mats,\n'
     'Na ons gesprek heb ik besloten om voor een andere jongen te kiezen, die al in een slagerij heeft'
     ' gewerkt.\n'
     'Groeten,\n'
     'Jan'),
    ('interview',
     'Beste Eline,\n'
     'Dank voor je komst vorige week. Helaas heeft het panel unaniem voor een andere kandidaat '
     'gekozen.\n'
     'Met vriendelijke groet,\n'
     'Recruitment Gemeente Utrecht'),
    ('uitslag selectie',
     'Geachte mevrouw Aerts,\n'
     'U bent niet geslaagd voor het assessment. Daardoor kunt u niet verder deelnemen aan de '
     'selectieprocedure voor diensthoofd.\n'
     'Met vriendelijke groeten,\n'
     'Stad Gent, Dienst HR'),
    ('sollicitatie verpleging',
     'Beste Dirk,\n'
     'Wij moeten u helaas meedelen dat wij geen gebruik zullen maken van uw diensten op de afdeling '
     'spoed.\n'
     'Met vriendelijke groet,\n'
     'P&O Ziekenhuis Oost-Limburg'),
    ('OCMW',
     'Geachte heer Wouters,\n'
     'Het vast bureau heeft beslist u niet aan te stellen als begeleider in het dienstencentrum.\n'
     'Met vriendelijke groeten,\n'
     'OCMW Beveren'),
    ('Randstad',
     'Dag Yasmine,\n'
     'De klant heeft laten weten dat uw profiel niet weerhouden is voor de job als orderpicker. Ik '
     'zoek verder voor u!\n'
     'Groetjes,\n'
     'Jana | Randstad'),
    ('Tempo-Team',
     'Hoi Dylan,\n'
     'Jammer genoeg gaat de klant niet verder met jouw kandidatuur voor de functie van lasser.\n'
     'Groeten,\n'
     'Tempo-Team Aalst'),
    ('Indeed',
     'Beste Sven,\n'
     'Uw sollicitatie voor Vrachtwagenchauffeur bij Logistiek Peeters werd door de werkgever niet '
     'weerhouden.\n'
     'Indeed'),
    ('VDAB',
     'Beste mevrouw Nys,\n'
     'De werkgever Bakkerij Smets heeft uw kandidatuur bekeken en beslist u niet uit te nodigen.\n'
     'VDAB'),
    ('je sollicitatie',
     'hoi anne, we hebben iemand gevonden die beter bij het team past. dank je wel en succes! groet, '
     'marit'),
    ('sollicitatie',
     'Beste Ruud,\n'
     'Je bent afgevallen na de eerste gespreksronde. Bedankt voor je tijd.\n'
     'Groet,\n'
     'HR Hanze Logistiek'),
    ('gesprek',
     'Dag Bart, ik heb met de andere zaakvoerder overlegd en we nemen u ni aan. Sorry en nog veel '
     'succes. Gert'),
    ('job',
     'ey rik, de job is voor iemand anders. sorry maat. greetz, joeri'),
    ('uw kandidatuur',
     'Dag,\n'
     'Wij hebben uw kandidatuur ontvangen, maar u voldoet niet aan het gevraagde profiel. Wij gaan '
     'niet verder met uw kandidatuur.\n'
     'Mvg\n'
     'Bouwbedrijf Geerts'),
    ('meeloopdag',
     'Hoi Isa,\n'
     'Na je meeloopdag hebben we besloten dat het niet de juiste plek voor je is. We wensen je veel '
     'succes.\n'
     'Groetjes,\n'
     'Team De Zonnebloem'),
    ('sollicitatie',
     'Goedendag,\n'
     'De functie waarop u solliciteerde is reeds ingevuld.\n'
     'Met vriendelijke groeten,\n'
     'Van Dijk BV'),
    ('sollicitatie',
     'Hallo Fenne,\n'
     'we hebben een andere collega aangenomen voor de balie. bedankt en succes!\n'
     'groet,\n'
     'suzan'),
    ('job als jobstudent',
     'dag milo, we kunnen u deze zomer ni gebruiken als jobstudent, we hebben al genoeg volk. '
     'groetjes, de frituur'),
    ('uw sollicitatie',
     'Beste Kees,\n'
     'Helaas, u bent niet de kandidaat geworden. Een ander had meer ervaring met het vak.\n'
     'Met vriendelijke groet,\n'
     'Meubelmakerij Hout'),
    ('gesprek dinsdag',
     'Hoi Robin,\n'
     'We hebben iemand anders gevraagd voor de job. Bedankt voor het gesprek.\n'
     'Groet,\n'
     'Lies'),
    ('job',
     'dag jonas, ik heb het met mijn vrouw besproken en we gaan toch ni voor u, ge woont te ver van de'
     ' zaak. sorry he. groeten, dirk'),
    ('Re: vacature',
     'hey, bedankt voor je bericht! de plek is ondertussen al ingenomen door iemand die hier vroeger '
     'werkte. succes!! liesbeth'),
    ('sollicitatie',
     'Dag Wout,\n'
     'Ik heb uw cv goed bekeken, maar uw ervaring is te beperkt voor wat we vragen. Ik ga er dus ni op'
     ' ingaan.\n'
     'Mvg\n'
     'Geert'),
    ('proefdag',
     'Dag Amber,\n'
     'Merci voor zaterdag. Eerlijk gezegd was het ni wat we zochten, dus we stoppen hier.\n'
     'Groetjes\n'
     'An'),
    ('je kandidatuur',
     'hallo bram, we hebben veel reacties gehad en we hebben gekozen voor een meisje dat al in de '
     'horeca werkte. bedankt en succes. greet'),
    ('studentenjob',
     'Hey Lisa! Jammer, maar de plaatsen voor de studentenjob zijn allemaal ingevuld. Volgend jaar '
     'opnieuw proberen? Groetjes, Ellen'),
    ('Uw sollicitatie',
     'Beste heer Maes,\n'
     'Na overleg met het team kunnen wij u niet aanwerven als onderhoudstechnieker.\n'
     'Met vriendelijke groeten,\n'
     'Facility NV'),
    ('gesprek',
     'Beste Saar,\n'
     'We hebben de beslissing genomen om met een andere kandidate in zee te gaan. Bedankt voor je tijd'
     ' en enthousiasme.\n'
     'Groetjes,\n'
     'Caroline'),
    ('Re: kandidatuur',
     'Dag Jente,\n'
     'Ik moet u helaas zeggen dat we u ni kunnen aannemen als hulpkok. We hebben iemand met een '
     'diploma nodig.\n'
     'Groeten,\n'
     'Chef Wim'),
    ('sollicitatie',
     'Hoi Dex,\n'
     'Het is helaas niks geworden. We hebben een andere kandidaat aangenomen.\n'
     'Groet,\n'
     'Birgit'),
    ('uw kandidatuur',
     'Geachte mevrouw Willems,\n'
     'Na de eerste selectie op basis van cv werd u niet weerhouden voor een gesprek.\n'
     'Met vriendelijke groet,\n'
     'HR-team Stad Mechelen'),
    ('job interim',
     'Dag Sam, de klant vond uw profiel interessant maar heeft toch voor een andere kandidaat gekozen.'
     ' Ik hou u op de hoogte van andere jobs. Mvg, Lore - Start People'),
    ('feedback',
     'Hoi Joep,\n'
     'Jammer genoeg heb je de praktijkopdracht niet goed genoeg gemaakt om door te gaan.\n'
     'Groet,\n'
     'Frank'),
    ('kandidatuur',
     'Dag Mathias,\n'
     'we hebben beslist om de vacature niet in te vullen met een externe kandidaat. Een collega '
     'schuift door. Bedankt voor uw interesse.\n'
     'Mvg\n'
     'HR'),
    ('sollicitatie',
     'hoi noor\n'
     'ik heb je sollicitatie doorgestuurd naar de manager, maar hij ziet je niet als de juiste persoon'
     ' voor het team.\n'
     'groetjes\n'
     'juul'),
    ('vakantiewerk',
     'Dag Kobe,\n'
     'Voor het vakantiewerk hebben we jongeren gekozen die al vorig jaar bij ons werkten. Er is dus '
     'geen plaats voor u.\n'
     'Groetjes,\n'
     'Gemeente Zele'),
    ('antwoord op je mail',
     'hey sofie, ja ik heb je cv gezien. we zoeken momenteel ni, dus ik kan je niks aanbieden. sorry! '
     'grt, ben'),
    ('sollicitatie',
     'Beste Jasmijn,\n'
     'Je hebt je best gedaan, maar we hebben gemerkt dat je nog niet klaar bent voor deze functie. We '
     'gaan niet met je verder.\n'
     'Groetjes,\n'
     'Irma'),
    ('kandidatuur',
     'dag stijn\n'
     'voor de job als magazijnier zijn we rond. ge zit er ni bij, spijtig genoeg.\n'
     'groeten\n'
     'kurt'),
    ('je sollicitatie',
     'Hey Wouter,\n'
     'Thanks voor je interesse in onze startup! We hebben de rol van junior developer intussen '
     'ingevuld met iemand uit ons netwerk. Good luck verder!\n'
     'Cheers,\n'
     'Pieter-Jan'),
    ('zorgkundige',
     'Dag Emine,\n'
     'Bedankt voor uw sollicitatie als zorgkundige. Na overleg met de hoofdverpleegkundige hebben we '
     'beslist om een andere kandidaat aan te werven.\n'
     'Met vriendelijke groeten,\n'
     'WZC De Linde'),
    ('assistente tandarts',
     'Beste Lore,\n'
     'Ik heb voor de functie van assistente iemand gekozen die al in een praktijk gewerkt heeft. Ik '
     'wens je veel succes.\n'
     'Tandartspraktijk Smile'),
    ('seizoenswerk',
     'dag mohamed, de pluk begint volgende week maar we hebben al genoeg plukkers. sorry, voor u is '
     'het deze keer ni. groeten, fruitbedrijf vermeulen'),
    ('festival jobstudent',
     'Hoi Zoë!\n'
     'Bedankt voor je aanmelding als jobstudent op het festival. Helaas zijn alle shiften al verdeeld '
     'en kunnen we je dit jaar niet inzetten.\n'
     'Groetjes,\n'
     'Crew team'),
    ('fietsenwinkel',
     'hoi lars, we hebben beslist om ni met u verder te gaan na de proefdag. ge kende te weinig van '
     'elektrische fietsen. succes, bert'),
    ('beenhouwerij',
     'Dag Jonas,\n'
     'Wij zoeken toch iemand met een diploma slager. Uw kandidatuur past dus niet bij wat we nodig '
     'hebben.\n'
     'Groeten,\n'
     'Beenhouwerij Claes'),
    ('trainer',
     'Beste Jeroen,\n'
     'Het bestuur heeft gekozen voor een andere trainer voor de U15. Bedankt voor je kandidatuur.\n'
     'Sportieve groeten,\n'
     'KFC Zwarte Leeuw'),
    ('bibliotheek',
     'Geachte mevrouw Dewulf,\n'
     'Na het selectiegesprek voor bibliotheekassistent werd u niet geselecteerd. U wordt ook niet '
     'opgenomen in de wervingsreserve.\n'
     'Met vriendelijke groeten,\n'
     'Personeelsdienst Gemeente Schilde'),
    ('notariaat',
     'Beste heer Van Acker,\n'
     'Wij hebben uw kandidatuur als notarieel medewerker grondig bekeken, maar wij hebben beslist '
     'hierop niet in te gaan.\n'
     'Met vriendelijke groeten,\n'
     'Notariskantoor Goossens'),
    ('sollicitatie',
     'Dag Sander,\n'
     'Jammer genoeg is de keuze gevallen op een andere jongen. Bedankt om te solliciteren en nog veel '
     'succes.\n'
     'Groeten,\n'
     'Herman'),
    ('vacature',
     'Hallo Pieter,\n'
     'Ik heb je cv doorgenomen, maar voor deze functie hebben we iemand nodig die Frans spreekt. Ik ga'
     ' je dus niet uitnodigen.\n'
     'Groet,\n'
     'Marleen'),
    ('kandidatuur',
     'Dag Hannes,\n'
     'Spijtig, maar ge zijt ni geraakt tot de laatste ronde. Merci voor uw tijd.\n'
     'Groetjes,\n'
     'Tine'),
    ('uw sollicitatie',
     'Geachte heer De Smet,\n'
     'Wij moeten u meedelen dat de functie van boekhouder niet aan u wordt toegekend.\n'
     'Met vriendelijke groeten,\n'
     'Directie Boekhoudkantoor Peeters'),
    ('Re: Re: kandidatuur',
     'Dag Valerie,\n'
     'Ik heb er lang over nagedacht, maar we gaan de job aan een interne medewerker geven. Ge waart '
     'een sterke kandidaat.\n'
     'Groeten,\n'
     'Leen'),
    ('job',
     'dag tim, ik ga kort zijn: we nemen iemand die al ervaring heeft met de kassa. merci en succes! '
     'marijke'),
    ('Re: proefdag',
     'Hey Ellen, bedankt voor je inzet. We hebben toch besloten om iemand anders de job te geven. Veel'
     ' succes nog! Groetjes, Kathy'),
    ('kandidatuur',
     'Dag meneer Jacobs,\n'
     'Jammer genoeg moeten we u meedelen dat de job als elektricien naar een andere kandidaat gaat.\n'
     'Mvg\n'
     'Elektro Wouters'),
    ('je sollicitatie',
     'hoi sven, helaas, we hebben gekozen. het is iemand geworden die dichterbij woont. succes! groet,'
     ' ria'),
    ('sollicitatie',
     'Dag Nina,\n'
     'Ik heb je brief gelezen, maar we hebben momenteel niemand nodig. Ik kan je dus geen job geven.\n'
     'Groetjes,\n'
     'Hilde'),
    ('gesprek',
     'Dag Axel, na het gesprek heb ik beslist dat ge ni de juiste persoon zijt voor de functie. Sorry.'
     ' Grtjs, Frank'),
    ('Re: job',
     'Hoi Noor,\n'
     'We hebben je sollicitatie met het team bekeken. Helaas zien we geen match met de functie.\n'
     'Groet,\n'
     'Evi'),
    ('Re: kandidatuur',
     'dag brent\n'
     'uw kandidatuur is afgewezen door de zaakvoerder. sorry\n'
     'mvg\n'
     'secretariaat'),
    ('vacature',
     'Beste Saar,\n'
     'Wij hebben uw sollicitatie ontvangen, maar de functie werd intussen aan iemand anders '
     'toegewezen.\n'
     'Met vriendelijke groet,\n'
     'De Vries & Zn'),
    ('Re: sollicitatie',
     'hoi jamie,\n'
     'het spijt me, maar je komt niet in aanmerking. we zoeken iemand die fulltime kan werken.\n'
     'groet,\n'
     'sanne'),
    ('studentenjob',
     'Dag Arthur, voor deze zomer hebben we geen jobstudenten meer nodig. Spijtig, probeer volgend '
     'jaar opnieuw! Groetjes, Supermarkt Okay'),
    ('sollicitatie bediende',
     'Dag mevrouw Pauwels,\n'
     'Na de gesprekken hebben we een andere bediende aangeworven. Dank u voor uw interesse in ons '
     'bedrijf.\n'
     'Met vriendelijke groeten,\n'
     'Transport Gysen'),
    ('na de proefdag',
     'Dag Yannick,\n'
     'We zijn niet overtuigd na de proefdag, dus we gaan u niet aanwerven. Nog veel succes.\n'
     'Groeten,\n'
     'Restaurant De Kroon'),
    ('jouw sollicitatie',
     'Hoi Mees,\n'
     'Helaas kunnen we je niet aannemen, we hebben al voldoende mensen in de bediening.\n'
     'Groetjes,\n'
     'Café De Hoek'),
    ('Re: vacature',
     'dag elias, de vacature is ondertussen ingevuld, dus we doen niet verder met uw kandidatuur. '
     'groeten, ann'),
    ('kandidatuur',
     'Dag Fien,\n'
     'Bedankt voor je kandidatuur als animator. Spijtig genoeg hebben we je niet kunnen weerhouden.\n'
     'Groetjes,\n'
     'Speelpleinwerking Gemeente Lint'),
    ('Re: Re: job',
     'dag gust, we hebben dat besproken met de ploeg en we zien het ni zitten met u. sorry maat. kurt'),
    ('uw sollicitatie',
     'Beste mevrouw Smits,\n'
     'Uw sollicitatie heeft helaas niet geleid tot een uitnodiging voor een gesprek.\n'
     'Met vriendelijke groet,\n'
     'P&O Gemeente Venlo'),
    ('Re: gesprek',
     'Hoi Luca,\n'
     'Eerlijk is eerlijk: je bent niet door. De andere kandidaten hadden meer ervaring.\n'
     'Groet,\n'
     'Daan'),
    ('job als kuisvrouw',
     'Dag mevrouw, we hebben al een kuisvrouw gevonden. Dank u en succes. Familie Peeters'),
    # --- person-written notes with the decision inside a longer story
    ('ons gesprek van maandag',
     'Beste Lotte,\n'
     'Nogmaals dank voor het fijne gesprek van maandag. Je vertelde enthousiast over je stage in '
     'Leuven en dat heeft indruk gemaakt. We hebben daarna nog met twee andere mensen gesproken. '
     'Uiteindelijk is onze voorkeur uitgegaan naar iemand die al jaren in de sector werkt. Ik hoop dat'
     ' je snel iets vindt dat bij je past.\n'
     'Hartelijke groet,\n'
     'Esther'),
    ('terugkoppeling',
     'Hoi Milan,\n'
     'Ik heb even de tijd genomen om alles op een rij te zetten. Je hebt een mooi cv en je kwam '
     'sympathiek over, maar voor deze rol missen we toch de ervaring met klanten. Daarom laten we het '
     'hierbij voor deze vacature.\n'
     'Groet,\n'
     'Maarten'),
    ('je sollicitatie als kok',
     'Dag Ruben,\n'
     'Dank je voor je interesse in ons restaurant. Het was fijn om je aan het werk te zien tijdens de '
     'proefdag. Na overleg met de chef hebben we beslist dat we de functie niet aan jou geven; we '
     'zoeken iemand die zelfstandig de pass kan leiden.\n'
     'Groetjes,\n'
     'Saskia'),
    ('uw kandidatuur',
     'Geachte heer Mertens,\n'
     'Wij danken u voor uw kandidatuur en het gesprek dat we mochten hebben. Het selectiecomite was '
     'onder de indruk van uw kennis. Toch heeft het uiteindelijk een kandidaat gekozen die meer '
     'ervaring heeft met overheidsopdrachten.\n'
     'Met vriendelijke groeten,\n'
     'Dienst Personeel, Provincie Antwerpen'),
    ('bericht na gesprek',
     'Dag Ellen,\n'
     'Ik wil eerlijk zijn. We hebben lang getwijfeld tussen jou en een andere kandidate, en '
     'uiteindelijk heeft zij de doorslag gekregen omdat ze sneller kan starten.\n'
     'Veel succes,\n'
     'Marc'),
    ('sollicitatie',
     'Hallo Thomas,\n'
     'Bedankt voor je brief. Ik heb hem met plezier gelezen. Op dit moment is er bij ons echter geen '
     'ruimte voor een extra medewerker, dus ik kan je niet aannemen.\n'
     'Met vriendelijke groet,\n'
     'Willem'),
    ('je sollicitatie',
     'Hoi Lisa,\n'
     'We hebben veel reacties gekregen op de vacature, meer dan verwacht. Je motivatie sprak ons aan, '
     'maar je profiel sluit helaas minder goed aan dan dat van de kandidaten die we uitnodigen.\n'
     'Groetjes,\n'
     'Nienke'),
    ('Re: stage',
     'Dag Jelle,\n'
     'Sorry voor mijn late reactie. Ik heb met het team overlegd, maar we hebben dit semester al twee '
     'stagiairs. Er is dus geen plek voor een derde.\n'
     'Groeten,\n'
     'Koen'),
    ('proefperiode',
     'Beste Sara,\n'
     'Na de twee proefdagen zijn we tot de conclusie gekomen dat de samenwerking niet goed genoeg '
     'loopt. We gaan dus geen contract met je tekenen.\n'
     'Groet,\n'
     'Bas'),
    ('vacature',
     'Beste Kim,\n'
     'Dank voor je komst. We hebben intussen een beslissing genomen en die valt helaas niet in jouw '
     'voordeel uit.\n'
     'Groet,\n'
     'Anja'),
    ('Re: functie',
     'Hoi Tom,\n'
     'Je hebt het goed gedaan in het gesprek, echt waar. Maar de andere kandidaat paste net iets beter'
     ' bij het team. We kiezen dus niet voor jou.\n'
     'Groet,\n'
     'Linda'),
    ('sollicitatie',
     'Beste Arne,\n'
     'Hartelijk dank voor je sollicitatie. Na zorgvuldige overweging hebben we besloten om je niet mee'
     ' te nemen naar de volgende ronde.\n'
     'Vriendelijke groet,\n'
     'Talent Acquisition, BelNet'),
    ('na het gesprek',
     'Dag Inge,\n'
     'Ik heb met mijn vennoot overlegd en we zijn het erover eens dat we met een andere kandidaat '
     'verder willen.\n'
     'Groetjes,\n'
     'Steven'),
    ('uw sollicitatie',
     'Geachte mevrouw Van Dam,\n'
     'Na een zorgvuldige afweging hebben wij besloten een andere kandidaat de voorkeur te geven.\n'
     'Met vriendelijke groet,\n'
     'Gemeente Breda'),
    ('Re: Re: sollicitatie',
     'Hoi Dirk,\n'
     'Zoals ik je telefonisch al zei: we gaan voor de andere kandidaat. Bij deze nog even op papier. '
     'Succes!\n'
     'Groet,\n'
     'René'),
    ('jouw kandidatuur',
     'Dag Sanne,\n'
     'Merci om langs te komen. We hebben iemand gevonden die meteen kan starten, dus we gaan niet '
     'verder met jou. Hopelijk tot een volgende keer!\n'
     'Groetjes,\n'
     'Laura'),
    ('vacature winkel',
     'hoi amira, bedankt voor je tijd gisteren! helaas gaan we voor een kandidaat die ook op zondag '
     'kan werken. nog veel succes, groetjes, marleen'),
    ('uw sollicitatie',
     'Beste heer Demir,\n'
     'Wij hebben uw cv met interesse gelezen. Wij kunnen u echter geen functie aanbieden die aansluit '
     'bij uw ervaring.\n'
     'Met vriendelijke groeten,\n'
     'HR Vandemoortele'),
    ('kandidaatstelling',
     'Dag Koen,\n'
     'De raad van bestuur heeft beslist om niet in te gaan op uw kandidaatstelling als coordinator.\n'
     'Met vriendelijke groeten,\n'
     'VZW De Brug'),
    ('job',
     'hey lotte, we hebben iemand anders gevonden voor achter de toog. merci voor uw interesse, succes'
     ' nog! grtjs, jan'),
    ('Re: vacature',
     'Dag Wim,\n'
     'Ik heb uw kandidatuur doorgegeven aan de chef, maar hij kiest voor iemand met een koksdiploma. '
     'Spijtig!\n'
     'Groeten,\n'
     'Nathalie'),
    ('sollicitatie',
     'Beste Anna,\n'
     'Helaas moeten we je laten weten dat je voor deze functie niet in aanmerking komt.\n'
     'Met vriendelijke groet,\n'
     'HR Jumbo'),
    ('proefdag',
     'dag bart, de proefdag was ok maar we hebben toch voor een andere jongen gekozen. sorry! groeten,'
     ' marc'),
    ('uw kandidatuur',
     'Geachte heer Peeters,\n'
     'Wij hebben de vacature inmiddels ingevuld. Wij danken u voor uw kandidatuur.\n'
     'Met vriendelijke groeten,\n'
     'Directie Kapsalon Chic'),
    ('Re: studentenjob',
     'Hoi Jana! Sorry, maar de studentenjobs zijn al allemaal vergeven. Volgend jaar misschien? '
     'Groetjes, Els'),
    ('gesprek',
     'Dag Kobe,\n'
     'Na ons gesprek hebben we besloten om u niet aan te nemen. Uw ervaring sluit niet aan bij de job.\n'
     'Groeten,\n'
     'De Kaasboerderij'),
    ('je sollicitatie',
     'Hoi Sam,\n'
     'We hebben je sollicitatie bekeken en helaas ben je niet geselecteerd voor een gesprek.\n'
     'Groetjes,\n'
     'Team Hema'),
    ('kandidatuur',
     'dag jonas, ik ga u ni aannemen, ge zijt te jong voor de job in de bar. groeten, rudy'),
    ('Re: job',
     'Dag Lore,\n'
     'We hebben de knoop doorgehakt: het wordt een andere kandidate. Bedankt voor alles.\n'
     'Groetjes,\n'
     'Greet'),
    ('sollicitatie',
     'Dag meneer, spijtig genoeg is er voor u geen plaats in ons team. Met vriendelijke groeten, '
     'Garage Vermeulen'),
    ('interview',
     'Hoi Daan,\n'
     'Het was een fijn gesprek, maar we gaan niet met je verder. We kiezen voor iemand met meer '
     'leidinggevende ervaring.\n'
     'Groet,\n'
     'Eva'),
    ('uw sollicitatie',
     'Beste mevrouw Janssens,\n'
     'Uw sollicitatie voor de functie van secretaresse werd helaas niet weerhouden.\n'
     'Met vriendelijke groeten,\n'
     'Advocatenkantoor Lauwers'),
    ('vakantiejob',
     'dag emma, we hebben al genoeg jobstudenten voor juli. ge kunt dus ni komen werken deze zomer. '
     'groetjes, ijsboerke'),
    ('stage',
     'Beste Milan,\n'
     'We hebben je stageaanvraag besproken, maar we kunnen je dit jaar geen stageplaats aanbieden.\n'
     'Groeten,\n'
     'Architectenbureau Hof'),
]

# Look-alikes: "verder" and the other decision words, no rejection of the reader's application.
LOOKALIKES = [
    # --- reader's own withdrawal and confirmation
    ('Re: mijn sollicitatie',
     'Dag Jens,\n'
     'Jammer dat ge niet verder wilt met uw kandidatuur. We respecteren uw keuze natuurlijk. Veel '
     'succes bij uw nieuwe werkgever!\n'
     'Groetjes,\n'
     'Lotte'),
    ('intrekking',
     'Beste Sara,\n'
     'We hebben je bericht ontvangen dat je niet verder wilt gaan in de procedure. We sluiten je '
     'dossier af zoals gevraagd.\n'
     'Groet,\n'
     'HR'),
    ('Re: terugtrekking',
     'hoi mark, helemaal ok dat je niet verder gaat met de sollicitatie nu je die andere job hebt. '
     'succes daar! grt anne'),
    ('bevestiging',
     'Dag Kobe,\n'
     'Bedankt om te laten weten dat ge ni verder wilt doen met de job. Geen probleem, we schrappen de '
     'afspraak van vrijdag.\n'
     'Groetjes\n'
     'Stijn'),
    ('Re: Re: kandidatuur',
     'Beste Lies,\n'
     'Ik begrijp dat u niet verder wenst te gaan omwille van de afstand. Uw kandidatuur wordt op uw '
     'vraag stopgezet.\n'
     'Met vriendelijke groeten,\n'
     'HR-dienst'),
    ('jouw keuze',
     'hey robin, jammer dat je afhaakt! je zei dat je niet verder wilde met ons gesprek. als je je '
     'bedenkt, bel gerust. groetjes nina'),
    # --- paused / postponed
    ('vacature on hold',
     'Dag Tom,\n'
     'De procedure ligt even stil. We kunnen pas na de zomer verder met de gesprekken. Ge hoort zeker '
     'nog van ons.\n'
     'Groeten,\n'
     'Katrien'),
    ('vertraging',
     'Hoi Lisa,\n'
     'We kunnen deze week nog niet verder met je sollicitatie, de manager is ziek. Volgende week nemen'
     ' we contact op.\n'
     'Groet,\n'
     'Marco'),
    ('uitstel',
     'Beste Noah,\n'
     'Door de vakantieperiode gaan we pas in september verder met de selectie. Uw kandidatuur blijft '
     'in behandeling.\n'
     'Met vriendelijke groeten,\n'
     'Dienst Personeel'),
    ('pauze',
     'Dag Evi, de aanwerving staat even op pauze tot het budget rond is. We gaan daarna zeker verder '
     'met u. Groetjes, Jan'),
    ('even geduld',
     'hoi senne, sorry we zijn nog niet verder geraakt met de gesprekken. eind deze maand weet je '
     'meer. gr wim'),
    # --- missing documents
    ('documenten',
     'Beste mevrouw Hermans,\n'
     'We kunnen niet verder zonder uw diploma en uw rijbewijs. Wilt u die nog bezorgen?\n'
     'Met vriendelijke groeten,\n'
     'HR'),
    ('Re: sollicitatie - ontbrekend',
     'Dag Bert,\n'
     'zonder uw getuigschrift goed gedrag kunnen we niet verder met de aanwerving. Kunt ge dat deze '
     'week opsturen?\n'
     'Groeten\n'
     'Saar'),
    ('VOG',
     'Hoi Demi,\n'
     'We kunnen helaas nog niet verder totdat je VOG binnen is. Wil je die zo snel mogelijk aanvragen?\n'
     'Groetjes,\n'
     'Linda'),
    ('ontbrekend cv',
     'Dag Ines,\n'
     'In uw mail zat geen cv. Zonder cv kan ik niet verder met uw kandidatuur. Stuur het gerust nog '
     'door.\n'
     'Mvg\n'
     'Nadia'),
    ('identiteitskaart',
     'Beste,\n'
     'Om verder te kunnen met uw contract hebben wij een kopie van uw identiteitskaart nodig.\n'
     'Met vriendelijke groeten,\n'
     'Randstad'),
    ('Re: stageovereenkomst',
     'hoi fenna, ik kan niet verder met je stagecontract zonder handtekening van school. kun je dat '
     'regelen? groetjes marieke'),
    # --- question
    ('vraag',
     'Dag Ruben,\n'
     'Wil je nog verder in de procedure? We horen graag voor vrijdag of je interesse hebt.\n'
     'Groeten,\n'
     'Hilde'),
    ('nog interesse?',
     'hey kevin, wilt ge nog verder met de job of hebt ge al iets anders? laat iets weten. christel'),
    ('beschikbaarheid',
     'Beste Tijs,\n'
     'Als u verder wilt in de selectie, kunt u dan laten weten wanneer u beschikbaar bent voor een '
     'tweede gesprek?\n'
     'Vriendelijke groeten,\n'
     'Liesbeth'),
    ('vraagje',
     'hoi pim, kunnen we verder met je sollicitatie als je pas in oktober kunt starten? groet daan'),
    # --- process goes on
    ('volgende stap',
     'Dag Nele,\n'
     'Goed nieuws: we gaan verder met de volgende stap. Ge wordt uitgenodigd voor een praktijktest op '
     '12 mei.\n'
     'Groetjes,\n'
     'An'),
    ('uitnodiging',
     'Hoi Sanne,\n'
     'We willen graag verder met jou! Kun je donderdag om 10 uur langskomen voor een tweede gesprek?\n'
     'Groet,\n'
     'Joost'),
    ('proefdag',
     'dag kevin, we gaan verder met u: kunt ge zaterdag nog een proefdag komen doen? groetjes christel'),
    ('selectie',
     'Beste mevrouw Declercq,\n'
     'U bent geslaagd voor het schriftelijke gedeelte en gaat verder naar het mondelinge examen.\n'
     'Met vriendelijke groeten,\n'
     'Personeelsdienst OCMW'),
    ('Randstad: goed nieuws',
     'Hoi Dries,\n'
     'De klant wil verder met u! Ze nodigen u uit voor een rondleiding op maandag.\n'
     'Groetjes,\n'
     'Elien'),
    ('vervolg',
     'Dag Hanne,\n'
     'De klant gaat verder met uw profiel en wil u graag ontmoeten.\n'
     'Vriendelijke groet,\n'
     'Karolien, Tempo-Team'),
    ('contract',
     'hoi noah, super dat je verder gaat met ons. het contract komt deze week in je mailbox. groetjes '
     'mark'),
    ('next',
     'Beste Iris,\n'
     'We gaan graag verder met uw sollicitatie en sturen u een assessment.\n'
     'Hartelijke groet,\n'
     'Gerard'),
    # --- internal note about a candidate the reader interviewed or referred
    ('kandidaat Jonas',
     'Hoi Eva,\n'
     'Na jouw gesprek met Jonas gaan we niet verder met hem. Kun jij hem laten weten dat hij het niet '
     'geworden is?\n'
     'Groet,\n'
     'Marco (HR)'),
    ('Re: jouw kandidaat',
     'Dag Wim,\n'
     'De kandidaat die gij hebt doorgestuurd, gaan we ni verder opvolgen. Hij heeft te weinig '
     'ervaring. Bedankt voor de tip!\n'
     'Groeten\n'
     'Koen'),
    ('referral',
     'Hoi Thomas,\n'
     'Bedankt voor je doorverwijzing van Ayla. Helaas gaan we niet verder met haar sollicitatie. Je '
     'krijgt wel een bedankje voor het aandragen!\n'
     'Groet,\n'
     'Talent team'),
    ('feedback kandidaten',
     'Dag Sofie,\n'
     'Van de drie kandidaten die jij hebt gesproken, gaan we niet verder met Pieter en Lotte. Met '
     'Ahmed plannen we een tweede ronde.\n'
     'Groetjes,\n'
     'HR'),
    ('Re: stagiair',
     'hoi bas, met die stagiair van jou gaan we niet verder, hij komt te laat. kun jij het hem zeggen?'
     ' frank'),
    ('uw kandidaat voor de klant',
     'Beste Roos,\n'
     'De klant gaat niet verder met de kandidaat die u als bureau heeft voorgesteld. Graag een nieuw '
     'profiel.\n'
     'Met vriendelijke groet,\n'
     'Inkoop Deltabouw'),
    ('leverancier',
     'Dag Jan,\n'
     'We gaan niet verder met uw offerte voor de schilderwerken. We kozen een andere aannemer.\n'
     'Groeten,\n'
     'Elke'),
    # --- agency: vacancy closed the reader never applied for / outreach
    ('vacature gesloten',
     'Hoi Laura,\n'
     'Ik had je vorige week gebeld over een job in Roeselare. Die vacature is intussen gesloten, dus '
     'daar gaan we niet verder mee. Ik hou je op de hoogte van nieuwe jobs.\n'
     'Groetjes,\n'
     'Roos'),
    ('Start People - nieuwe jobs',
     'Beste Mohamed,\n'
     'De opdracht bij Bekaert gaat niet door, de klant heeft de vacature ingetrokken. Er zijn wel drie'
     ' nieuwe jobs die bij u passen, zie hieronder.\n'
     'Groet,\n'
     'Start People'),
    ('job alert',
     'Dag Niels,\n'
     'Deze vacature is niet langer beschikbaar. Bekijk verder onze nieuwe vacatures in uw regio.\n'
     'Jobat'),
    ('nieuwe opdracht',
     'hoi gert, die job waar ik u over belde gaat ni door, de klant stopt met de vacature. maar ik heb'
     ' verderop in Herentals iets voor u! bel me. inge'),
    # --- surveys / talent pool
    ('enquête',
     'Beste Sara,\n'
     'U hebt onlangs gesolliciteerd bij ons. Wilt u ons verder helpen door een korte enquête over de '
     'procedure in te vullen?\n'
     'Met vriendelijke groeten,\n'
     'HR'),
    ('talentpool',
     'Hoi Luuk,\n'
     'Je bent toegevoegd aan onze talentpool. We nemen contact op als er verder een passende vacature '
     'komt.\n'
     'Groetjes,\n'
     'Team AH'),
    ('feedback gevraagd',
     'Dag Bjorn,\n'
     'Hoe vond u ons sollicitatieproces? Verder willen we weten of de communicatie duidelijk was.\n'
     'HR Agristo'),
    # --- verder in other senses
    ('praktisch',
     'Dag Senne,\n'
     'Welkom in het team! Verder wil ik je nog laten weten dat je maandag om 8u verwacht wordt aan de '
     'receptie.\n'
     'Groeten,\n'
     'Kris'),
    ('route',
     'Hoi Tess,\n'
     'Het kantoor ligt verderop in de straat, na de bakker. Tot morgen voor je gesprek!\n'
     'Linda'),
    ('info',
     'dag wout, de stage begint op 1 juli. verder moet ge niks meer doen. groetjes tom'),
    ('nog iets',
     'Beste Marit,\n'
     'Bedankt voor uw sollicitatie. Verder heb ik geen vragen, we zien u dinsdag.\n'
     'Groeten,\n'
     'Wendy'),
    ('Re: vraag',
     'Dag Elise,\n'
     'Ik heb uw vraag doorgestuurd naar de afdeling, zij helpen u verder.\n'
     'Groeten,\n'
     'Dirk'),
    ('opleiding',
     'Hoi Jesse,\n'
     'Je kunt je na de zomer verder ontwikkelen via onze interne opleidingen.\n'
     'Groet,\n'
     'Remco'),
    ('verdere info',
     'Beste Julie,\n'
     'Voor verdere informatie over de vacature kunt u mij bellen.\n'
     'Groetjes,\n'
     'Wim'),
    ('loopbaan',
     'Dag Jorn, we zijn blij dat ge verder bij ons blijft werken na uw studentenjob. Gr Luc'),
    # --- not a job, verder
    ('Re: appartement',
     'Dag Tibo,\n'
     'De eigenaar gaat niet verder met uw huurdossier, het appartement is aan iemand anders verhuurd.\n'
     'Groet,\n'
     'Immo Vastgoed'),
    ('lening',
     'Beste heer Bakker,\n'
     'Wij gaan niet verder met uw kredietaanvraag.\n'
     'Met vriendelijke groet,\n'
     'Bank'),
    ('inschrijving',
     'Hoi Fenna,\n'
     'De opleiding gaat niet verder met je inschrijving, de groep is vol.\n'
     'Groetjes,\n'
     'Hogeschool'),
    ('huis',
     'dag jef, de verkoper wil ni verder met uw bod op het huis. groeten eddy van immo'),
    # --- more verder look-alikes: employment of reader continuing, timesheets
    ('werkrooster',
     'hoi mo, volgende week werkt ge verder op de late shift. groeten rudi'),
    ('evaluatie',
     'Dag Hatice,\n'
     'Uw proefperiode is goed verlopen. We gaan graag verder met u met een vast contract.\n'
     'Met vriendelijke groeten,\n'
     'Directie WZC'),
    ('verlenging',
     'Beste Dries,\n'
     'De klant wil uw opdracht verder zetten tot eind december.\n'
     'Groetjes,\n'
     'Elien | Randstad'),
    ('Re: interim',
     'Dag meester Wouters,\n'
     'De interim wordt verder gezet tot de krokusvakantie. Kunt u blijven?\n'
     'Vriendelijke groet,\n'
     'Annemie'),
    ('niet verder vandaag',
     'hoi stefanie, we raken vandaag ni verder met de planning, morgen bel ik u voor uw uren. veerle'),
    ('overleg',
     'Dag Kevin,\n'
     'Ik bespreek uw kandidatuur verder met mijn vennoot en laat u vrijdag iets weten.\n'
     'Groetjes,\n'
     'Els'),
    ('verder met jou',
     'Hoi Emma,\n'
     'We zijn eruit: we willen verder met jou! Het contract volgt.\n'
     'Liefs, Claire'),
    ('Re: beslissing',
     'Dag Tom,\n'
     'Heb ik u gezegd dat we niet verder gaan? Nee hoor, dat was een misverstand. Ge zit nog steeds in'
     ' de procedure.\n'
     'Groeten\n'
     'Patrick'),
    ('procedure',
     'Beste Naomi,\n'
     'We gaan niet verder met de gesprekken in mei maar verschuiven ze naar juni. U blijft kandidaat.\n'
     'Met vriendelijke groet,\n'
     'Directie'),
    ('kandidaat verder',
     'Beste Ayoub,\n'
     'U bent verder in de procedure: gefeliciteerd! Het volgende gesprek is met de afdelingshoofd.\n'
     'Afdeling P&O'),
    # --- non-verder look-alikes
    ('ontvangstbevestiging',
     'Beste Jelle,\n'
     'We hebben je sollicitatie goed ontvangen. Je hoort binnen twee weken van ons.\n'
     'Groeten,\n'
     'Filip'),
    ('ingevuld - andere functie',
     'hoi yana, de studentenjob in juli is ingevuld, maar we hebben nog plaats in augustus. interesse?'
     ' nathalie'),
    ('uitnodiging gesprek',
     'dag arne, ge zijt uitgenodigd voor een gesprek maandag om 9u. groeten dirk transport'),
    ('afwijzing kandidaat',
     'Hoi Marjolein,\n'
     'Kun jij de afwijzing naar Sem sturen? Hij is het niet geworden. Ik heb de tekst al klaargezet.\n'
     'Groet,\n'
     'HR'),
    ('concept afwijzingsmail',
     "Beste collega's,\n"
     "Hieronder het concept: 'Helaas hebben we voor een andere kandidaat gekozen.' Graag jullie "
     'feedback voor ik het verstuur.\n'
     'Esther'),
    ('Re: nieuwe collega',
     'Dag allemaal,\n'
     'We hebben gekozen voor Lien als nieuwe verkoopster. Ze begint maandag. Welkom!\n'
     'Hilde'),
    ('je hebt de job!',
     'hey kevin, we gaan voor u! ge moogt maandag beginnen. christel'),
    ('aanbod',
     'Beste Iris,\n'
     'Ik wil je graag de functie aanbieden. De andere kandidaten heb ik afgewezen.\n'
     'Hartelijke groet,\n'
     'Gerard'),
    ('je afwijzing',
     'Dag Laure,\n'
     'Jammer dat ge ons aanbod afwijst. We respecteren dat natuurlijk.\n'
     'Groetjes,\n'
     'Bart'),
    ('vacature alert',
     'Nieuwe vacatures voor jou: verkoopmedewerker, magazijnier. Helaas zijn sommige vacatures al '
     'ingevuld voor je ze ziet: reageer snel!\n'
     'Indeed'),
    ('nieuwsbrief',
     'Tip van de week: wat doe je als je wordt afgewezen na een proefdag? Lees ons artikel.\n'
     'Jobat nieuwsbrief'),
    ('kinderopvang',
     'Dag mevrouw Peeters,\n'
     'Spijtig genoeg hebben we geen plaats voor uw dochter in de crèche vanaf september.\n'
     'Groeten,\n'
     'Kinderdagverblijf Zonnestraal'),
    ('sportclub',
     'hoi lucas, ge zijt ni geselecteerd voor het eerste elftal dit seizoen. blijf trainen! trainer '
     'petra'),
    ('offerte',
     'Dag Liam,\n'
     'We hebben voor een andere schilder gekozen voor ons huis. Bedankt voor de offerte.\n'
     'Groeten,\n'
     'Familie Vermeire'),
    ('gesprek verzet',
     'Dag Hanne,\n'
     'Ik moet ons gesprek van dinsdag verzetten. Past donderdag?\n'
     'Groeten,\n'
     'Evelien'),
    ('kandidatuur ontvangen',
     'Dag Lore,\n'
     'wij hebben uw kandidatuur goed ontvangen en bespreken ze in de directieraad.\n'
     'Directie'),
    ('Re: jobstudent',
     'Dag Mats,\n'
     'Gij zijt ingepland voor de eerste twee weken van juli. Tot dan!\n'
     'IJssalon Gelato'),
    ('ontslag collega',
     'Hoi team,\n'
     'Joost gaat ons helaas verlaten. We zoeken een vervanger.\n'
     'Maartje'),
    ('Re: stage',
     'hoi wout, ik heb nog geen plaats gevonden voor u, maar ik zoek verder. tom'),
    ('geen gesprek nodig',
     'Beste Rik,\n'
     'Een tweede gesprek is niet nodig: we bieden je de baan meteen aan!\n'
     'Groet,\n'
     'Esther'),
    ('OCMW - resultaat',
     'Geachte mevrouw Declercq,\n'
     'U bent geslaagd en opgenomen in de wervingsreserve voor twee jaar.\n'
     'Personeelsdienst'),
    ('gemeente',
     'Geachte heer Bakker,\n'
     'Uw bezwaar tegen de omgevingsvergunning is niet ontvankelijk verklaard.\n'
     'Gemeente'),
    ('Start People - loonbrief',
     'Beste Mohamed,\n'
     'In de bijlage vindt u uw loonbrief van week 12.\n'
     'Start People'),
    ('sollicitatie collega',
     'Hoi Jasper,\n'
     'Je vriend Daan heeft gesolliciteerd maar we hebben hem niet gekozen. Wil je het hem zelf '
     'vertellen?\n'
     'Sanne'),
    ('Re: vrijwilliger',
     'Dag Julie, we hebben genoeg vrijwilligers voor het festival, dus u moet niet komen. Bedankt! Wim'),
    ('Re: afspraak',
     'dag nick, sorry ik kan ni morgen. kan het volgende week? ann'),
    ('uw aanvraag',
     'Dag Koen,\n'
     'Uw aanvraag voor een parkeerkaart is afgewezen.\n'
     'Gemeente'),
    ('proefdag ingepland',
     'hoi bo, je proefdag staat op zaterdag 9u. neem je schort mee! vera'),
    ('Re: vacature',
     'Dag Yentl,\n'
     'de vacature is nog open, ge kunt nog altijd solliciteren.\n'
     'nadia'),
    ('Re: uitzendwerk',
     'Hoi Gert,\n'
     'U hebt het contract niet ondertekend in de app. Graag vandaag nog, anders kunt u maandag niet '
     'starten.\n'
     'Inge'),
    ('teamuitje',
     'Hoi allemaal, het teamuitje gaat helaas niet door wegens te weinig inschrijvingen. Kees'),
    ('bevestiging afmelding',
     'Beste Sien,\n'
     'Je afmelding voor de jobbeurs is verwerkt.\n'
     'Jolien'),
    ('doorverwijzing',
     'Dag Wannes,\n'
     'Ik heb uw cv doorgegeven aan een collega-zaakvoerder. Hij belt u deze week.\n'
     'Pieter'),
    ('interne vacature',
     "Beste collega's,\n"
     'De interne vacature voor teamleider is ingevuld door Bram. Dank aan alle kandidaten.\n'
     'HR'),
    # --- against the sweep-3 rules: spoken "ni/nie", the new verb shapes, in mail that goes on
    ('planning',
     'hoi kevin, ge moet u ni ongerust maken, we gaan gewoon verder met u. zaterdag om 9u op de '
     'winkel. christel'),
    ('contract',
     'dag lien, we nemen u aan! vergeet ni uw contract te tekenen voor vrijdag. groetjes marc'),
    ('assessment',
     'Beste Tijs,\n'
     'We kiezen er niet voor om nog een assessment te doen: we nodigen u meteen uit voor het '
     'contractgesprek.\n'
     'Groeten,\n'
     'Liesbeth'),
    ('upload',
     'Hoi Sara,\n'
     'Het is niet gelukt met de link voor je sollicitatie. Wil je je cv nog eens per mail sturen?\n'
     'Groet,\n'
     'HR'),
    ('installatie',
     'Beste klant,\n'
     'De leverancier heeft een andere technieker aangesteld voor uw installatie van dinsdag.\n'
     'Met vriendelijke groeten,\n'
     'Service'),
    ('proefdag',
     'dag gilles, de chef wil u ni te lang houden zaterdag, ge moogt om 17u naar huis. wendy'),
    ('Re: kandidaat',
     'Dag Koen,\n'
     'Ik ga de functie aan iemand anders geven dan de kandidaat die jij aanbracht, ik laat het hem '
     'zelf weten.\n'
     'Groeten\n'
     'Marleen'),
    ('verlof',
     'hoi mo, ni vergeten: volgende week zijt ge met verlof. de planning loopt door. rudi'),
    ('stage',
     "dag wout, 't is ni erg da ge te laat waart, we gaan verder met de stage zoals gepland. tom"),
    ('afspraak',
     'hey jonas, da lukt ni op maandag, kunt ge dinsdag komen voor uw gesprek? grtjs nancy'),
    ('Re: job',
     'dag nick, ge zijt ni vergeten he! we bellen u morgen over uw kandidatuur. ann'),
    ('uitnodiging',
     'dag robbe, ge zijt ni de enige kandidaat maar wel onze favoriet. kunt ge maandag starten? koen'),
    ('vraag',
     'hallo yana, is het ni te laat om nog te solliciteren voor de vakantiejob? ge kunt nog altijd uw '
     'cv sturen. nathalie'),
    ('vakantiejob',
     'hey milan, we nemen iemand anders mee naar de beurs, gij blijft in de winkel. gr. tine'),
    ('collega',
     'Dag Jan,\n'
     'We nemen iemand anders voor de nachtshift, dus jij blijft op de dagploeg zoals je vroeg.\n'
     'Groet,\n'
     'Els'),
    ('Re: aanwerving',
     'Beste,\n'
     'Wij gaan over tot de aanwerving van u als poetshulp vanaf 1 maart.\n'
     'Met vriendelijke groeten,\n'
     'Dienstenbedrijf Proper'),
    ('opdracht',
     'Dag meester Wouters,\n'
     'We bieden u de interimopdracht aan in het vijfde leerjaar. Kunt ge maandag beginnen?\n'
     'Annemie'),
    ('volzet',
     'Dag mevrouw Peeters,\n'
     'De infosessie over onze studentenjobs van woensdag is volzet. U kunt zich inschrijven voor de '
     'sessie van vrijdag.\n'
     'Groetjes,\n'
     'Delhaize'),
    ('nie door',
     'dag jef, het gesprek gaat nie door op vrijdag, de baas is ziek. we verzetten het naar maandag. '
     'eddy'),
    ('collega nie',
     'hoi stefanie, uw collega is ni weerhouden voor de job in gent, kunt gij het haar zeggen? veerle'),
    ('doorgestuurd',
     'dag wannes, ik heb uw kandidatuur ni kunnen doorsturen, de mail kwam terug. kunt ge ze opnieuw '
     'sturen? pieter'),
    ('voorkeur',
     'Beste Kevin,\n'
     'We geven de voorkeur aan een gesprek op kantoor in plaats van online.\n'
     'Groetjes,\n'
     'Els'),
    ('Re: uw kandidatuur',
     'Dag Bjorn,\n'
     'Wij hebben beslist de procedure met u verder te zetten. U wordt uitgenodigd voor de tweede '
     'ronde.\n'
     'HR Agristo'),
    ('referentie',
     'Dag Hanne,\n'
     'Uw vorige werkgever heeft ni gereageerd op onze vraag om een referentie. Kunt ge hem eens '
     'aanspreken? We gaan verder zodra we die hebben.\n'
     'Karolien'),
    ('job nie',
     'hey mo, die job is nog ni weg he! kom morgen maar langs. rudi'),
    ('wij kiezen',
     'Hoi Anouk,\n'
     'We hebben jouw sollicitatie besproken met het team en we kiezen voor jou!\n'
     'Groet,\n'
     'Niels'),
    ('gesprek op kantoor',
     'Hoi Tess,\n'
     'We kiezen er niet voor om het gesprek online te doen; kom gerust langs op kantoor.\n'
     'Linda'),
    ('Re: geen job',
     'Dag Liam,\n'
     'Ik heb geen job voor jou bij ons in de zomer, maar wel vanaf september. Interesse?\n'
     'Schilderwerken Vermeire'),
    ('bieden',
     'hoi daan, we bieden je de functie aan en niet alleen dat: ook een leasewagen! gr pim'),
    ('Re: ni',
     'dag arne, ik heb uw rijbewijs nog ni gekregen. kunt ge het doorsturen voor we verder doen met uw'
     ' contract? dirk'),
    # --- the two broad "niet verder" families: a wait, a supplier dropped, advice, another post, a third person
    ('app',
     'Hoi Sara,\n'
     'Je kunt niet verder met je sollicitatie in de app totdat je je e-mailadres hebt bevestigd.\n'
     'Groet,\n'
     'HR'),
    ('uitnodiging',
     'Beste Noor,\n'
     'Helaas konden we je nog niet uitnodigen, de agenda zat vol. Past dinsdag 14u?\n'
     'Willem'),
    ('bureau',
     'Beste Rik,\n'
     'We hebben besloten niet verder te gaan met het selectiebureau. Jouw sollicitatie nemen we zelf '
     'over; je hoort snel van ons.\n'
     'Esther'),
    ('planning',
     'Hoi Marjolein,\n'
     'De kandidaat heeft besloten niet verder te gaan met de sollicitatie. Kun je de planning van '
     'donderdag aanpassen?\n'
     'HR'),
    ('advies',
     'Dag Sofie,\n'
     'Als loopbaancoach raad ik je aan niet verder te gaan met je sollicitatie bij dat bedrijf: de '
     'voorwaarden zijn slecht.\n'
     'Groet,\n'
     'Coach Inge'),
    ('herinnering',
     'Hoi Luuk,\n'
     'Vergeet niet je sollicitatie verder aan te vullen: je cv ontbreekt nog.\n'
     'Team AH'),
    ('afmelden',
     'Beste Julie,\n'
     'Als je niet verder wilt met je sollicitatie, laat het ons dan weten via deze mail.\n'
     'Groet,\n'
     'Wim'),
    ('link',
     'Wil je niet verder met je sollicitatie? Klik dan hier om je af te melden.\n'
     'Recruitment Deltabouw'),
    ('excuses',
     'Beste Iris,\n'
     'Het spijt ons dat we je niet eerder konden uitnodigen. Je bent welkom op dinsdag om 10u.\n'
     'Gerard'),
    ('telefoon',
     'Hoi Jesse,\n'
     'Omdat we telefonisch niet verder kwamen, mailen we: je bent door naar ronde 2!\n'
     'Remco'),
    ('gegevens',
     'Beste Tijs,\n'
     'We kunnen niet verder gaan met je sollicitatie zonder je toestemming om je gegevens te bewaren. '
     'Klik op de link.\n'
     'HR'),
    ('referenties',
     'Dag Hanne,\n'
     'We kunnen je de functie nog niet aanbieden tot de referenties binnen zijn. Nog even geduld.\n'
     'Evelien'),
    ('andere functie',
     'Dag Hanne,\n'
     'De functie van teamleider kunnen we je niet aanbieden, maar wel de functie van verkoper, als je '
     'wilt.\n'
     'Evelien'),
    ('goed nieuws',
     'Hoi Emma,\n'
     'We zijn niet verder gegaan met de andere kandidaten: jij bent het geworden!\n'
     'Claire'),
    ('recruiter',
     'Dag Roos,\n'
     'De klant gaat niet verder met je kandidaat Pieter voor de functie van boekhouder. Heb je nog '
     'andere profielen?\n'
     'Inkoop'),
    ('VDAB',
     'Beste Lisa,\n'
     'Uw trajectbegeleider gaat niet verder met het traject omdat u werk gevonden hebt. Proficiat!\n'
     'VDAB'),
    ('Re: sollicitatie',
     'Dag Bert,\n'
     'Ik heb uw vraag goed ontvangen: u wilt niet verder met uw sollicitatie. Ik zet uw dossier stop.\n'
     'Saar'),
    ('gesprek',
     'Beste Ayoub,\n'
     'We kunnen het gesprek helaas niet laten doorgaan op vrijdag, we verplaatsen het naar maandag.\n'
     'P&O'),
    ('kandidaat bedankt',
     'Hoi Kim,\n'
     'Kandidaat Mark heeft laten weten dat hij niet verder wil met de sollicitatie. Zijn afspraak '
     'vervalt.\n'
     'Annet'),
    ('nog',
     'Hoi Lars,\n'
     'We kunnen nog niet verder met je sollicitatie: de manager is met vakantie tot 20 augustus.\n'
     'Groet, team'),
    ('bevestiging',
     'Dag Lies,\n'
     'Zoals gevraagd gaan we niet verder met uw kandidatuur. Veel succes met uw nieuwe job!\n'
     'HR-dienst'),
    ('interne mail',
     'Team,\n'
     'We gaan niet verder met de vacature voor receptionist: Ilse blijft toch. Graag alle kandidaten '
     'vandaag verwittigen.\n'
     'Manager'),
    ('vraag',
     'Dag Ruben, gaan we verder met je sollicitatie of heb je al iets anders gevonden? Laat het me '
     'weten. Hilde'),
    ('huurwoning',
     'Dag Tibo,\n'
     'Helaas kunnen we niet verder met je aanvraag voor het appartement, er is een andere huurder '
     'gekozen.\n'
     'Immo'),
    ('opleiding',
     'Beste Fenna,\n'
     'Je kunt niet verder met de opleiding tot verpleegkundige omdat je de stage niet hebt afgerond.\n'
     'Hogeschool'),
    ('pauze',
     'Hoi Demi,\n'
     'We zetten je sollicitatie even niet verder tot het nieuwe budget er is. Je hoort in oktober van '
     'ons.\n'
     'Linda'),
    # --- full mails from other writers: a client about the reader's candidate, a reference check, an ATS, a survey
    ('Re: kandidaat voor de functie boekhouder',
     'Dag Roos,\n'
     'Bedankt voor het cv van Pieter. Na het gesprek van dinsdag hebben we besloten niet verder te '
     'gaan met zijn kandidatuur; zijn Frans was te beperkt. Kun je ons nog andere profielen bezorgen?\n'
     'Met vriendelijke groeten,\n'
     'Annick, HR Deltabouw'),
    ('referentie',
     'Beste mevrouw Claes,\n'
     'Mijn naam is Sofie van Recruit & Co. Jens Peeters heeft u opgegeven als referentie voor een '
     'functie bij onze klant. Zou u 10 minuten tijd hebben voor een telefoontje? Zonder uw referentie '
     'kunnen we niet verder met zijn dossier.\n'
     'Met vriendelijke groeten,\n'
     'Sofie'),
    ('Bevestiging intrekking',
     'Beste Sam,\n'
     'Dit is een bevestiging dat je je sollicitatie voor Magazijnmedewerker hebt ingetrokken. We gaan '
     'dus niet verder met je sollicitatie. Je kunt altijd opnieuw solliciteren.\n'
     'Team Werken bij Colruyt'),
    ('stage',
     'Dag Lisa,\n'
     'Ik ben je stagebegeleider van school. Het bedrijf heeft laten weten dat ze graag verder willen '
     'met je stage-aanvraag; je mag je daar maandag voorstellen.\n'
     'Groeten,\n'
     'Mevrouw Jacobs'),
    ('Re: planning',
     'Hoi allemaal,\n'
     'Voor de vacature verkoper: met Ahmed gaan we niet verder, met Lien plannen we een tweede '
     'gesprek. Sam, kun jij Ahmed vandaag nog bellen?\n'
     'Groet,\n'
     'Marco'),
    ('uw aanvraag',
     'Geachte heer Wouters,\n'
     'Wij kunnen uw aanvraag voor een groeipakket niet verder behandelen zonder een kopie van uw '
     'identiteitskaart.\n'
     'Met vriendelijke groeten,\n'
     'FONS'),
    ('ATS',
     'Hallo Sam,\n'
     'Je hebt een concept-sollicitatie voor Onthaalmedewerker die nog niet is verzonden. Je kunt niet '
     'verder met je sollicitatie zolang je cv ontbreekt. Log in om ze af te ronden.\n'
     'Werken bij de Stad'),
    ('feedbackgesprek',
     'Beste Sam,\n'
     'Je vroeg waarom we vorige maand niet verder gegaan zijn met je sollicitatie. Graag leg ik het je'
     ' uit in een kort telefoongesprek. Past donderdag?\n'
     'Groeten,\n'
     'Ilse'),
    ('vakbond',
     'Beste lid,\n'
     'Uw werkgever heeft beslist de onderhandelingen niet verder te zetten. We houden u op de hoogte '
     'van de volgende stappen.\n'
     'ACV'),
    ('klant',
     'Dag Sam,\n'
     'De klant heeft beslist om niet verder te gaan met de opdracht voor de nieuwe website. Je '
     'facturen van vorige maand worden wel betaald.\n'
     'Groeten,\n'
     'Digital Agency'),
    ('Re: vrijwilliger',
     'Dag Sam,\n'
     'We gaan niet verder met de zomerwerking dit jaar, dus we hebben geen vrijwilligers nodig. '
     'Bedankt voor je aanbod!\n'
     'Jeugdhuis Tsjoek'),
    ('sollicitatie collega',
     'Hoi Sam,\n'
     'Je broer heeft bij ons gesolliciteerd, maar we gaan niet verder met zijn sollicitatie. Wil jij '
     'hem dat zeggen? Ik vind het zelf moeilijk.\n'
     'Groetjes,\n'
     'Nathalie'),
    ('talentpool',
     'Dag Sam,\n'
     'Je hebt ervoor gekozen om niet verder te gaan in de procedure maar wel in onze talentpool te '
     'blijven. Top! We houden je op de hoogte van nieuwe vacatures.\n'
     'Team Talent'),
    ('nieuwe vacature',
     'Hoi Sam,\n'
     'Je sollicitatie voor de functie van receptionist stond op pauze. Goed nieuws: we gaan nu verder '
     'met je sollicitatie en nodigen je uit op 3 juni.\n'
     'Groet,\n'
     'HR'),
    ('Re: je vraag',
     'Dag Sam,\n'
     'Nee hoor, we zijn niet gestopt met je sollicitatie. We gaan verder zodra de manager terug is van'
     ' verlof.\n'
     'Groeten,\n'
     'Lies'),
    ('je sollicitatie - documenten',
     'Beste Sam,\n'
     'Om verder te gaan met je sollicitatie hebben we nog je diploma nodig. Kun je het uploaden in je '
     'account?\n'
     'Met vriendelijke groet,\n'
     'Recruitment'),
    ('interne mobiliteit',
     'Beste collega,\n'
     'Je interne sollicitatie voor teamleider loopt nog. We gaan niet verder met externe kandidaten '
     'tot we met jou gesproken hebben.\n'
     'HR'),
    ('proefdag',
     'Dag Sam,\n'
     'De proefdag van zaterdag gaat niet door wegens ziekte van de chef. We verzetten hem naar '
     'volgende week. Gaat dat?\n'
     'Groetjes,\n'
     'Wendy'),
    ('afwijzing kandidaat - te versturen',
     'Hoi Sam,\n'
     "Kun jij de afwijzing naar kandidaat Tom sturen? Tekst: 'Helaas gaan we niet verder met je "
     "sollicitatie.' Graag vandaag nog.\n"
     'Dank je,\n'
     'Marco'),
    ('Enquête',
     'Beste Sam,\n'
     'Onlangs hebben we besloten niet verder te gaan met je sollicitatie. We horen graag hoe je de '
     'procedure ervaren hebt: vul onze enquête in (2 minuten).\n'
     'HR'),
]


def note(sentence: str) -> bytes:
    """A short Flemish note about the reader's candidacy around one sentence."""
    return mail(f"Dag Jens,\n\nMerci voor uw kandidatuur. {sentence}\n\nGroetjes,\nLotte", "uw kandidatuur", SENDER)


# One sentence each, inside ``note``: the spoken Flemish ("ni", "'t is nen anderen geworden", "da gaat hem ni worden")
# and the plain ways of saying "someone else", "not you", "no".
NOTE_REJECTIONS = [
    'We gaan voor iemand anders.',
    'We gaan voor iemand anders, sorry.',
    'We zijn voor iemand anders gegaan.',
    'We hebben voor nen anderen gekozen.',
    "'t Is iemand anders geworden.",
    "'t Is nen anderen geworden, spijtig.",
    'Da gaat hem ni worden, sorry.',
    'Ge zijt het spijtig genoeg ni.',
    'Het is ne nee geworden.',
    'Het wordt een nee, spijtig.',
    'Ge zit ni meer in de selectie.',
    'We doen ni verder met u.',
    'We hebben nen anderen gevonden.',
    'We hebben al iemand.',
    'We hebben al iemand gevonden voor de job.',
    'De job is al weg.',
    'De plaats is al vergeven.',
    'Ge komt ni in aanmerking.',
    'We zien het ni zitten met u.',
    'Het klikte ni, dus we stoppen ermee.',
    'Het is ni voor u deze keer.',
    "Spijtig, maar 't is ni gelukt.",
    'De baas heeft nee gezegd.',
    'De zaakvoerder heeft beslist om iemand anders te nemen.',
    'We gaan ni met u in zee.',
    'Ge zijt ni door naar de volgende ronde.',
    'Ge zijt er ni door.',
    'Ge hebt het ni gehaald.',
    'We kiezen voor een ander.',
    'We hebben een ander gepakt.',
    'Gij zijt het ni geworden.',
    'We hebben beslist om ni met u verder te doen.',
    'Ik moet u teleurstellen: ge zijt ni gekozen.',
    'Sorry, maar ge past ni in het plaatje.',
    'We gaan uw kandidatuur ni weerhouden.',
    'Uw kandidatuur is ni weerhouden.',
    'De job gaat naar iemand anders.',
    'Het is iemand anders geworden.',
    'Ik heb iemand anders aangenomen.',
    'We gaan er ni op in.',
    'Ge moogt ni beginnen, we hebben al iemand.',
    'We hebben de vacature ingevuld met iemand van hier.',
    'Jammer genoeg zijt ge ni geselecteerd.',
    'We hebben u ni gekozen.',
    'We gaan voor iemand met meer ervaring.',
    'We nemen u ni aan.',
    'We werven u ni aan.',
    'We gaan ons niet verder engageren met uw kandidatuur.',
    'We geven de voorkeur aan een andere kandidaat.',
    "Helaas, 't is nie voor deze keer.",
    'We gaan het bij een kennismaking laten.',
    'We hebben al iemand op het oog.',
    'Ge zijt net naast de prijs gevallen.',
    'We kiezen voor een ander profiel.',
    'Ge zijt ni uitgekozen.',
    'We hebben iemand anders vastgenomen.',
    'Ik heb al iemand.',
    'De vacature is al opgevuld.',
    'We hebben uw kandidatuur ni kunnen weerhouden.',
    'Uw profiel beantwoordt ni aan wat we zoeken.',
    'We houden uw cv bij, maar voor nu is het nee.',
    'Voor deze keer is het nee.',
    'Het antwoord is nee.',
    'We zijn tot een andere keuze gekomen.',
    'Gij komt ni in aanmerking.',
    'Ge valt uit de boot.',
    'We hebben iemand gevonden die beter past.',
    'Ge hebt de job ni.',
    'Ge hebt de job spijtig genoeg niet gekregen.',
    'De keuze is ni op u gevallen.',
    'Iemand anders heeft de job gekregen.',
    'We hebben een ander gekozen.',
    'We gaan met iemand anders in zee.',
    'Wij gaan voor een ander.',
    'Ge waart nipt tweede.',
    "'t Is nie gelukt deze keer.",
    'Het zit er ni in.',
    'Ge zijt ni aangenomen.',
    'We hebben besloten u ni in dienst te nemen.',
    'We gaan niet met u verder.',
    'Ge zijt ni meer in de running.',
    'Ik heb iemand anders gevonden voor de job.',
    'De job is vergeven.',
    'De job is al weg.',
    'Het is een andere kandidaat geworden.',
    'We gaan de job ni aan u geven.',
    'Het is jammer genoeg niet doorgegaan voor u.',
    'Ge zijt ni de gelukkige.',
    'We hebben iemand met meer ervaring genomen.',
    'De plaats is naar iemand anders gegaan.',
    'We gaan niet in zee met u.',
    'Het wordt hem ni.',
    'We hebben nee moeten zeggen tegen uw kandidatuur.',
    'We moeten u teleurstellen.',
    'Helaas gaan we niet verder met je sollicitatie. Je ontvangt deze mail via ons platform.',
    'We gaan niet verder met je sollicitatie die je via de website stuurde.',
    'We gaan niet verder met je sollicitatie, maar we houden je cv bij en misschien lukt het wel in de toekomst.',
    'Helaas gaan we niet verder met je sollicitatie; maar wel bedankt voor je tijd.',
    'We hebben besloten om niet verder te gaan met je sollicitatie, omdat je niet voldoet aan de vereisten.',
    'We nemen je sollicitatie niet in behandeling, je voldoet niet aan het profiel.',
    'We kunnen je helaas niet uitnodigen voor een gesprek.',
    'We hebben besloten u niet uit te nodigen, omdat andere kandidaten beter aansloten.',
    'Je sollicitatie is niet weerhouden.',
    'Helaas gaan we niet verder met je sollicitatie via ons uitzendbureau: de klant koos iemand anders.',
    'We gaan niet verder met uw kandidatuur. Wel bedankt om te solliciteren via VDAB.',
    'De vacature stond even stil, maar inmiddels hebben we een andere kandidaat aangenomen.',
    'Ik heb besloten de functie niet aan jou aan te bieden.',
    'Na lang wikken en wegen kies ik voor een andere kandidaat.',
    'Mijn keuze is op iemand anders gevallen.',
    'Ik ga verder met een andere kandidaat.',
    'Ik heb helaas geen plek voor je in mijn team.',
    'Je bent een sterke kandidaat, maar iemand anders past beter in het team.',
    'Ik zal je niet aannemen.',
    'Het spijt me je te moeten laten weten dat ik niet met je verder ga.',
    'Ik heb de vacature inmiddels vergeven.',
    'We hebben elkaar gesproken, maar ik denk niet dat het een match is.',
    'Ik heb gekozen voor een kandidaat die al in de regio woont.',
    'Ik ga het niet met jou doen.',
    'Ik heb de knoop doorgehakt: het wordt iemand anders.',
    'Helaas heb ik voor iemand anders gekozen.',
    'De functie is aan een ander vergeven.',
    'Ik heb het team gevraagd, en we willen niet met je verder.',
    'Ik bied je de functie niet aan.',
    'Je krijgt de baan helaas niet.',
    'Ik neem je niet aan voor deze functie.',
    'Er is gekozen voor een andere kandidaat.',
    'Ik heb mijn keuze gemaakt en die is niet op jou gevallen.',
    'We hebben besloten de vacature intern in te vullen.',
    'Het is een ander geworden.',
    'Wij zien geen plek voor je binnen ons team.',
    'We denken dat je beter tot je recht komt in een andere organisatie.',
    'Je profiel past niet bij wat we zoeken.',
    'Sorry, de baan is weg.',
    'Ik heb je niet gekozen.',
    'Dit keer ben je het niet geworden.',
    'Ik heb het met de eigenaar besproken: we nemen niemand aan.',
    'Je valt helaas af.',
    'We zetten de procedure met jou niet voort.',
    'Ik heb al een nieuwe collega gevonden.',
    'We hebben de functie aan een interne kandidaat gegeven.',
    'De functie is naar een collega gegaan.',
    "'k Heb iemand anders genomen.",
    "'k Moet u teleurstellen, 't is ni gelukt.",
    "'k Ga u ni aannemen.",
    "'k Heb al iemand.",
    "Da's spijtig maar 't is nen anderen geworden.",
    'We hebben ne sterkere kandidaat gevonden.',
    'We zijn met iemand anders in zee gegaan.',
    'Uw kandidatuur werd ni weerhouden.',
    'We gaan u ni kunnen aanwerven.',
    "We hebben onze keuze gemaakt en 't is ni op u gevallen.",
    'Ge moogt zaterdag ni meer komen.',
    'We gaan het met iemand anders proberen.',
    "We hebben beslist om 't ni te doen met u.",
    'We hebben uw plaats aan iemand anders gegeven.',
    'K heb al iemand gevonden voor de job.',
    "'t Is spijtig, maar we gaan verder zonder u.",
    'We gaan voort met nen anderen.',
    'Ge zijt ni weerhouden, sorry.',
    'We gaan verder met iemand anders.',
    'We gaan verder met een andere kandidaat.',
    'We hebben iemand anders aangeworven.',
    'Ulle kandidatuur is ni weerhouden.',
    'We hebben nen anderen vastgenomen.',
    "We hebben voor iemand van 't dorp gekozen.",
    "'t Is ne ander geworden.",
    'Ge zyt nie weerhouden.',
    'Gy zyt het nie geworden.',
    "'k Hè nen anderen gepakt.",
    'Na de proefdag hebben we beslist da ge ni past in de ploeg.',
    'De ploeg ziet het ni zitten.',
    'We hebben u ni geselecteerd.',
    'Sorry, den job is vergeven.',
    'We hebben ondertussen al iemand aangenomen.',
    'Uwe kandidatuur is ni weerhouden.',
    'De job is ni voor u.',
    'De job is ni voor u, sorry.',
    'We gaan u ni nemen.',
    'We nemen iemand anders aan.',
    'We zien u ni zitten voor de job.',
    'We gaan u ni kunnen gebruiken voor de job.',
    'Ge zit ni in de laatste selectie.',
    "We hebben ons keuze gemaakt, en 't is ni op u gevallen.",
    "'t Is een nee geworden voor u.",
    'We hebben beslist om met een ander verder te gaan.',
    'We gaan in zee met iemand anders.',
    'Ge zijt afgevallen.',
    'Ge zijt eruit gevallen.',
    'Ge zijt ni geslaagd voor de test.',
    "Da's spijtig, maar ge hebt de job ni gekregen.",
    "'k Ga u moeten teleurstellen, 't is iemand anders geworden.",
    'We zijn tot de conclusie gekomen dat ge ni in ons team past.',
    'Voor u hebben we geen plaats.',
    'We hebben voor u geen werk.',
    'We gaan uw kandidatuur ni verder behandelen.',
    'De zaakvoerder heeft iemand anders gekozen.',
    'Ge waart ni den eerste keuze.',
]

# ...and in the same note, the same words about a day moved, a third person's step, a supplier, good news, a wait.
NOTE_LOOKALIKES = [
    'Het wordt een andere datum, ik laat het weten.',
    'Is het een nee geworden bij de andere firma? Laat maar weten.',
    'Ge zijt het ni vergeten he, morgen om 9u.',
    'Het klikte ni op de knop van de website, stuur uw cv per mail.',
    'Het klikte meteen tussen ons, welkom in het team!',
    'Het is niet voor u bedoeld, excuses, deze mail was voor een collega.',
    'De klant heeft nee gezegd tegen onze offerte.',
    'De zaakvoerder zegt nee tegen thuiswerk op vrijdag, maar verder is alles ok voor uw start.',
    'Da gaat hem ni worden op maandag, kunt ge dinsdag?',
    'Het gaat hem niet worden voor de planning van mei, we schuiven uw start op naar juni.',
    'We stellen u ni aan als teamleider, maar wel als verkoper.',
    'We werven u aan als verkoper vanaf maandag!',
    'We hebben een ander tijdstip gevonden voor uw gesprek.',
    "Spijtig, maar 't is ni gelukt om u te bellen. Wanneer past het?",
    'Jammer, het is niet gelukt met de upload.',
    "'t Is iemand anders geworden voor de job in Gent, maar voor Brugge zijt gij onze keuze!",
    'Ge zijt het ni, ge zijt de beste! Welkom.',
    'We hebben besloten Pieter niet uit te nodigen voor een tweede gesprek; kun jij hem bellen?',
    'Kandidaat Sanne Vos gaat niet verder in de procedure. Graag haar dossier archiveren.',
    'De sollicitant heeft aangegeven niet verder te willen in de procedure.',
    'Wij hebben besloten de vacature niet opnieuw open te stellen; uw opdracht als interim-manager loopt gewoon door.',
    'We kunnen de samenwerking met het uitzendbureau niet voortzetten; jij blijft gewoon bij ons werken.',
    'Onze klant heeft besloten de kandidaat die u voorstelde niet uit te nodigen.',
    'Het is niet nodig om je cv opnieuw te sturen, we gaan verder in de procedure.',
    'We zullen niet verder in de procedure gaan zonder uw ondertekende toestemming.',
    'Graag hoor ik of je nog verder wilt in de procedure.',
    'De klant wil niet verder met de kandidaat van uw kantoor.',
    'Ik heb de kandidaat niet in aanmerking laten komen voor de functie, zoals je vroeg.',
    'We gaan niet verder met de andere kandidaten: jij krijgt het contract.',
    'Zou je de kandidaten die niet verder gaan in de procedure een mail willen sturen?',
    'Wie niet in aanmerking komt, krijgt vrijdag bericht; jij bent door naar de volgende ronde.',
    'U hoeft niet verder te zoeken: wij bieden u de functie aan!',
    'Vergeet je niet je sollicitatie af te ronden? We kunnen niet verder zonder je motivatiebrief.',
    'Je hoeft niets te doen, we nemen je sollicitatie verder in behandeling.',
    'De kandidaten die we niet uitnodigen, krijgen volgende week bericht. Jij bent uitgenodigd!',
    'We kunnen je helaas niet uitnodigen op maandag, wel op dinsdag om 10 uur.',
    'Uw vraag om uw sollicitatie in te trekken is verwerkt; u gaat dus niet verder in de procedure.',
    'Omdat u op vakantie bent, gaan we pas na 15 augustus verder met de gesprekken; u hoeft niets te doen.',
    'Voor de receptie na je eerste werkdag hebben we gekozen voor een bakker uit de buurt.',
    'We gaan niet voor u beslissen: kies zelf uw startdatum.',
    'De zaal was niet wat we zochten, dus de teambuilding verhuist naar het bos. Jij start gewoon maandag.',
    'Het weer was niet goed genoeg om door te gaan met de opendeurdag; uw gesprek blijft wel staan.',
    'Wij hebben een andere datum gevonden voor uw gesprek: dinsdag 14u.',
    'We hebben voor je startdag gekozen voor een collega die je begeleidt.',
    'We kunnen u niet gebruiken als chauffeur, maar wel als magazijnier. Interesse?',
    'Is het niet wat je zocht? Laat het ons weten, dan zoeken we verder.',
    'We gaan niet voor jou kiezen wat je moet doen; dat beslis je zelf.',
    'De job is voor iemand anders geen goed idee, maar voor jou wel!',
    'Ik heb je cv doorgestuurd; we gaan toch nog niet voor u beslissen vandaag.',
    'Het is niet de juiste plek voor je fiets, zet hem in de stalling. Tot morgen op je eerste werkdag!',
    'Als het een nee is, laat het ons dan weten.',
    'Het is nee voor thuiswerk op vrijdag, de rest van je contract blijft zoals besproken.',
    'Ge hebt de job nog niet, eerst volgt een tweede gesprek.',
    'We zijn tot een andere keuze gekomen voor de locatie van je gesprek: Gent in plaats van Brussel.',
    'We hoeven geen nee te zeggen tegen je kandidatuur: welkom in het team!',
    'Je hebt de job! Iemand anders heeft de functie van teamleider gekregen, maar jij wordt verkoper.',
    'Zeg het maar als het voor jou een nee wordt.',
    'We gaan niet verder met je sollicitatie voor de functie van kassier, maar wel voor die van vakkenvuller.',
    'We kunnen niet verder met je sollicitatie voordat je het formulier invult.',
    'Je kunt niet verder met je sollicitatie: de vacature staat even op pauze.',
    'Niet verder met je sollicitatie? Meld je dan hier af.',
    'Mocht je niet verder willen met je sollicitatie, laat het ons weten.',
    'Heb je besloten niet verder te gaan met je sollicitatie? Geef ons dan feedback.',
    'Mijn collega gaat niet verder met je sollicitatie, ik neem het dossier van haar over.',
    'We gaan niet verder met je sollicitatie via het uitzendbureau, maar rechtstreeks met jou.',
    'Wij willen niet verder met je sollicitatie zonder eerst kennis te maken. Past dinsdag?',
    'We gaan nu niet verder met je sollicitatie voor het magazijn, want je bent al aangenomen voor de winkel.',
    'Je hoeft niet verder te gaan met je sollicitatie voor de zomerjob: je bent al ingepland in juli.',
    'We gaan pas na de vakantie verder met je sollicitatie.',
    'Ik ga niet verder met je sollicitatie zonder je rijbewijs; kan je het doorsturen?',
    'Ik werk niet meer bij het bedrijf, dus ik kan niet verder met je sollicitatie. Mijn collega Tom helpt je.',
    'Uw kandidaat kunnen we niet uitnodigen; heeft u nog andere profielen?',
    'We nemen je sollicitatie niet in behandeling via WhatsApp; solliciteer via de website.',
    'Je sollicitatie is niet in behandeling genomen omdat ze dubbel was: de eerste is wel in behandeling.',
    'We kunnen je sollicitatie niet meenemen in deze vacature, maar we bekijken ze voor de vacature in Gent.',
    'Wij kunnen u niet uitnodigen zolang uw diploma niet erkend is; vraag de gelijkwaardigheid aan.',
    'Iemand anders past beter op je planning voor vrijdag, dus ik wissel je shift.',
    'Je komt beter tot je recht in een andere afdeling, dus we bieden je de functie in Gent aan!',
    'Je krijgt de baan! Het contract volgt deze week.',
    'Iemand anders past beter bij de vacature in Antwerpen; jij bent onze keuze voor Gent.',
    'We gaan verder zonder u vandaag, morgen zijt ge er weer bij.',
    'Ge moogt morgen ni meer komen, want de winkel is dicht voor inventaris.',
    'De klant ziet het ni zitten om op zaterdag te leveren, dus uw eerste werkdag wordt maandag.',
    'We gaan voort met een ander agendapunt op de personeelsvergadering.',
    'We hebben een betere kandidaat gevonden voor de vacature in Gent, maar voor Brugge blijft ge onze eerste keuze!',
    "We hebben beslist om 't ni te doen met u op vrijdag maar op maandag, dan is de zaakvoerder er.",
    'Voor u is het gratis, voor de anderen niet: de opleiding betalen wij.',
    'Ik heb iemand anders voor de late shift gevraagd, gij doet de vroege.',
    'We hebben iemand anders voor de vergadering uitgenodigd; uw gesprek blijft staan.',
    'Het bestuur heeft gekozen voor een andere trainer voor de U15, en jij wordt zijn assistent zoals afgesproken!',
    'We hebben beslist hierop niet in te gaan tot na uw startdatum; welkom in het team.',
    'Ik ben niet de juiste persoon om je vraag over je loon te beantwoorden, mail naar HR.',
    'We hebben al een bakker gevonden voor de receptie op je eerste werkdag.',
    'De taart voor het personeelsfeest gaat naar een andere bakker dan vorig jaar.',
    'We hebben geen extra mensen meer nodig voor de beurs, dus jij kan gewoon op kantoor werken.',
    'De manager twijfelde, maar hij heeft de doorslag gegeven om jou aan te nemen. Welkom!',
    'Je hoeft geen nieuw contract te tekenen, het oude loopt gewoon door.',
    'Je moet geen contract met ons tekenen voor de proefdag, kom gewoon zaterdag om 9u.',
    'Uiteindelijk heeft jouw ervaring de doorslag gegeven: je bent aangenomen!',
    'We hebben beslist om een collega uit het magazijn de uren van de inventaris te geven, jij blijft in de winkel.',
    'We zien je niet zitten achter de balie maar in de keuken: daar is je plaats vanaf maandag!',
    'Voor u hebben we geen werk op vrijdag, dan is de winkel dicht.',
    'Ge waart ni den eerste keuze, maar de eerste heeft afgezegd: de job is voor u!',
    'Die job is niet voor jou bedoeld, het is een interne vacature; de jouwe staat hieronder.',
    'Ge zijt eruit gevallen in het systeem, dus ik heb uw kandidatuur opnieuw ingevoerd. Ge hoort snel van ons.',
    'De chef kiest voor iemand met ervaring om je de eerste week te begeleiden. Tot maandag!',
    'Het wordt een andere kandidaat dan verwacht: jij! Welkom in het team.',
    'Het wordt een andere datum, ik laat het nog weten.',
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_rejection_found(subject: str, body: str) -> None:
    assert found(mail(body, subject, SENDER))


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES, ids=ids(LOOKALIKES))
def test_lookalike_not_found(subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))


@pytest.mark.parametrize("sentence", NOTE_REJECTIONS)
def test_note_rejection_found(sentence: str) -> None:
    assert found(note(sentence))


@pytest.mark.parametrize("sentence", NOTE_LOOKALIKES)
def test_note_lookalike_not_found(sentence: str) -> None:
    assert not found(note(sentence))
