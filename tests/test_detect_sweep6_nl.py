"""Sweep 6, Dutch: structure over examples. A "niet verder", "niet voortzetten", "niet doorzetten", "niet meenemen",
"niet in behandeling" or "niet weerhouden" is a rejection only when it is said of the reader or the reader's own
application (named after the verb, inside the gap or before "niet"), or when no noun is named at all; the same words
said of a re-integration "traject" with the municipality, a pilot, a supplier, a tender, a course, a study
programme's numerus fixus, a house, a mortgage, a claim, a webshop order, a trial period, a volunteer spot, a
colleague, a candidate the reader hires, a council seat or the reader's child are no rejection of the reader, and
neither is the reader's own decision ("goed dat je besloten hebt niet verder te gaan"), the others not going on
while the reader does, a pause ("de procedure stopt even tot half mei"), not going into a question further ("we gaan
hier niet verder op in") or being stuck in a form ("je komt niet verder zonder de inlogcode"). On the rejection
side: curt notes, Flemish public letters (a kandidatuur "niet weerhouden", a selectieproef not passed, a candidacy
that "kan niet aanvaard worden"), a vacancy not filled after all, "niet door naar de volgende ronde", "jouw profiel
sluit onvoldoende aan", "gekozen voor een kandidaat met meer ervaring", HTML templates, ATS relays (Recruitee,
Homerun, Werkzoeken.nl, Indeed), a long friendly preamble and a quote of the reader's application below the reply.
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Marloes Jansen <marloes.jansen@hetanker-groep.example>"


# the sender of the HTML-only letters: an ATS (no plain-text alternative)
HTML_SENDER = "Werken bij <noreply@werkenbij.example>"


REJECTIONS = [
    # --- curt notes
    ('Re: sollicitatie', 'Hoi Sam, helaas, het wordt iemand met meer ervaring. Succes!\nMarco'),
    ('Re: vacature kok', 'Sam, we hebben de plek aan iemand anders gegeven. Groet, Ron'),
    # (moved from KNOWN_GAPS, round 21: "we houden het bij de kandidaten die al in gesprek zijn" is read)
    ('Je sollicitatie',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. We houden het bij de kandidaten die al in gesprek zijn.\n\nGroet,\nHR'),
    ('Re: je cv', 'Hoi Sam,\n\nDank voor je cv. Je profiel sluit onvoldoende aan bij wat we zoeken.\n\nGr, Ilse'),
    ('Re: barista', 'Hey Sam! Sorry, we hebben al iemand. Succes met zoeken\nKoffiebar Bonen'),
    ('Re: sollicitatie magazijn', 'Hoi Sam,\nHelaas ben je niet door naar de volgende ronde.\nGroet, Peter'),
    ('Re: vacature', 'Beste Sam,\n\nWe hebben gekozen voor een kandidaat met meer ervaring in de '
     'zorg.\n\nGroet,\nMirjam'),
    ('Re: open sollicitatie', 'Hoi Sam, we hebben op dit moment geen plek voor je. Succes!\nGroet, Fleur'),
    # --- Flemish administration, Selor/Jobpunt-like
    ('Uw kandidatuur voor de functie van administratief medewerker',
     'Geachte heer Rivera,\n\nWij danken u voor uw kandidatuur voor de functie van administratief medewerker '
     '(niveau C). '
     'Na screening van uw cv moeten wij u meedelen dat uw kandidatuur niet werd weerhouden voor de volgende fase '
     'van de '
     'selectieprocedure.\n\nMet vriendelijke groeten,\nHet selectieteam\nJobpunt Vlaanderen'),
    ('Resultaat selectieproef',
     'Geachte heer Rivera,\n\nU nam op 14 maart deel aan de schriftelijke selectieproef voor de functie van '
     'deskundige personeel. Wij moeten u helaas meedelen dat u niet geslaagd bent voor deze proef. U behaalde 48 op '
     '100; de minimumscore was 60.\n\nMet vriendelijke groeten,\nDienst Selectie'),
    ('Selectieprocedure financieel expert',
     'Geachte,\n\nIn het kader van de selectieprocedure voor financieel expert (ref. AFG24012) werd uw dossier '
     'onderzocht. U voldoet niet aan de deelnemingsvoorwaarden: het gevraagde diploma ontbreekt. Uw kandidatuur kan '
     'bijgevolg niet aanvaard worden.\n\nMet vriendelijke groeten,\nSelectiebureau van de Federale Overheid'),
    ('Uitslag computergestuurde test',
     'Beste kandidaat,\n\nU heeft de computergestuurde test voor de selectie Administratief assistent afgelegd. Uw '
     'resultaat is onvoldoende, waardoor u niet verder kan in deze selectie.\n\nMet vriendelijke '
     'groeten,\nSelectieteam'),
    ('Uw sollicitatie bij de stad Gent',
     'Beste Sam,\n\nDank voor uw interesse in de functie van parkwachter bij de stad. Na de preselectie op basis '
     'van de '
     'cv\'s hebben wij beslist om uw kandidatuur niet te weerhouden.\n\nMet vriendelijke groeten,\nDienst HR, Stad '
     'Gent'),
    ('Kandidatuur leerkracht lager onderwijs',
     'Dag Sam,\n\nBedankt voor je kandidatuur voor de interim-opdracht in het 3de leerjaar. We hebben intussen een '
     'andere leerkracht aangesteld.\n\nMet vriendelijke groeten,\nDirectie Basisschool De Linde'),
    ('Resultaat jurygesprek',
     'Geachte heer Rivera,\n\nNa het jurygesprek van 3 mei heeft de selectiecommissie u niet geschikt bevonden voor de '
     'functie van teamverantwoordelijke.\n\nMet vriendelijke groeten,\nOCMW'),
    # --- vacancy withdrawn
    ('Vacature office manager',
     'Beste Sam,\n\nDank voor je sollicitatie op de vacature van office manager. Door een interne reorganisatie hebben '
     'we besloten de vacature niet in te vullen. Je sollicitatie nemen we daarom niet verder mee.\n\nGroet,\nHR'),
    ('Vacature projectleider',
     'Beste Sam,\n\nWe hebben besloten de vacature voor projectleider voorlopig niet in te vullen. Daarmee stopt '
     'ook de '
     'procedure waaraan je deelnam. Excuses voor het ongemak.\n\nMet vriendelijke groet,\nAnnemiek Boer, HR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe vacature waarop je reageerde, wordt niet meer ingevuld: het budget is geschrapt. Daarom kunnen we '
     'je geen gesprek aanbieden.\n\nGroet,\nTeam HR'),
    # --- next round
    ('Update over je sollicitatie',
     'Hoi Sam,\n\nBedankt voor de video-opdracht. Helaas ben je niet door naar de volgende ronde. We hadden veel '
     'sterke '
     'kandidaten.\n\nSucces,\nRecruitment Team'),
    ('Je sollicitatie als verkoper',
     'Hoi Sam,\n\nJe hebt het niet gehaald tot de tweede ronde. Dank voor je tijd!\n\nGroet,\nWinkel Noord'),
    # --- profile
    ('Je sollicitatie bij Datahuis',
     'Hoi Sam,\n\nDank voor je sollicitatie als data engineer. Jouw profiel sluit onvoldoende aan bij de '
     'functie-eisen, '
     'vooral op het gebied van cloud. We gaan daarom niet met je in gesprek.\n\nGroet,\nTalent Team Datahuis'),
    ('Sollicitatie accountmanager',
     'Beste Sam,\n\nWe hebben je cv met interesse gelezen. Jouw ervaring past op dit moment niet goed genoeg bij '
     'wat we '
     'voor deze rol zoeken.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe kozen uiteindelijk voor een kandidaat met meer ervaring in B2B-sales. Bedankt voor het fijne '
     'gesprek.\n\nGroet,\nMark'),
    ('Je sollicitatie voor Junior Controller',
     'Hoi Sam,\n\nHet was een lastige keuze, maar we gaan verder met een kandidaat die meer ervaring heeft met '
     'consolidatie.\n\nHartelijke groet,\nEsther'),
    # --- long friendly preamble
    ('Bedankt voor je tijd',
     'Hoi Sam,\n\nAllereerst nogmaals dank voor je bezoek vorige week. Het was leuk om je te ontmoeten en je rond te '
     'leiden door de werkplaats; het team vond je verhaal over je reis door Zuid-Amerika prachtig. We hebben daarna '
     'alle gesprekken met elkaar besproken en daar ruim de tijd voor genomen. Dat heeft even geduurd, excuses '
     'daarvoor. '
     'Uiteindelijk hebben we besloten een andere kandidaat de functie aan te bieden.\n\nWe wensen je veel succes.\n\n'
     'Groet,\nJasper, werkplaatsleider'),
    ('Terugkoppeling',
     'Beste Sam,\n\nWat een week was het: de verhuizing naar ons nieuwe pand, de open dag en daarnaast de gesprekken '
     'voor de functie van marketingassistent. Fijn dat je de tijd nam om langs te komen, en dank voor de mooie '
     'portfolio. Na veel wikken en wegen gaan we niet met je verder in de procedure.\n\nGroet,\nSanne'),
    # --- quote of the reader's application below
    ('Re: Sollicitatie medewerker klantenservice',
     'Hoi Sam,\n\nDank voor je reactie. We hebben helaas voor een andere kandidaat gekozen.\n\nGroet,\nKim\n\n'
     'Op 3 mei 2026 schreef Sam Rivera:\n> Beste Kim,\n> Hierbij solliciteer ik naar de functie van medewerker '
     'klantenservice. Ik heb drie jaar ervaring in een callcenter en ben beschikbaar per juni.\n> Groet, Sam'),
    ('Re: Open sollicitatie',
     'Beste Sam,\n\nWe hebben geen vacature die bij je past en nemen je open sollicitatie niet verder in '
     'behandeling.\n\n'
     'Met vriendelijke groet,\nHR\n\n-----Oorspronkelijk bericht-----\nVan: Sam Rivera\nOnderwerp: Open '
     'sollicitatie\n\n'
     'Beste lezer,\nGraag stuur ik u mijn open sollicitatie. Ik hoop op een gesprek.\nSam'),
    # --- ATS relays in plain text
    ('Update over je sollicitatie bij Bakkerij Wolf',
     'Hoi Sam,\n\nBedankt voor je interesse in Bakkerij Wolf en de vacature Bakker (32 uur). We hebben je sollicitatie '
     'zorgvuldig bekeken, maar hebben besloten om met andere kandidaten verder te gaan.\n\nVeel succes!\nBakkerij '
     'Wolf\n\n'
     'Verzonden via Recruitee'),
    ('Je sollicitatie voor Front-end Developer',
     'Hi Sam,\n\nBedankt voor je sollicitatie bij Pixelwerk. Na het bekijken van je portfolio hebben we besloten '
     'dat je '
     'niet doorgaat naar de volgende stap.\n\nGroeten,\nTeam Pixelwerk\n\nPowered by Homerun'),
    ('Reactie op je sollicitatie via Werkzoeken.nl',
     'Beste Sam,\n\nDe werkgever heeft je reactie op de vacature Chauffeur C (Zwolle) bekeken en heeft aangegeven dat '
     'je sollicitatie niet geschikt is bevonden.\n\nSucces met zoeken!\nWerkzoeken.nl'),
    ('Een update over je sollicitatie bij Hotel Zee',
     'Hallo Sam,\n\nDank voor je sollicitatie op de functie Receptionist via Indeed. Helaas heeft Hotel Zee besloten '
     'om niet verder te gaan met jouw sollicitatie.\n\nDit bericht is verzonden via Indeed namens Hotel Zee.'),
    ('Status sollicitatie gewijzigd',
     'Beste Sam,\n\nDe status van je sollicitatie voor Logistiek Planner is gewijzigd naar: Niet weerhouden.\n\n'
     'Log in op je kandidatenportaal voor meer informatie.'),
    # --- other wordings
    ('Je sollicitatie',
     'Beste Sam,\n\nHelaas moeten we je meedelen dat we je niet kunnen plaatsen in deze functie.\n\nGroet,\nHR'),
    ('Sollicitatie monteur',
     'Hoi Sam,\n\nBedankt voor het proefdraaien. Het klikte goed, maar we gaan het toch niet samen doen. Het ga je '
     'goed!\n\nGroet,\nErik'),
    ('Uitslag assessment',
     'Beste Sam,\n\nDe uitslag van het assessment is binnen. Op basis daarvan zien we helaas geen mogelijkheid om je '
     'verder mee te nemen in de procedure.\n\nGroet,\nRecruiter'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben de sollicitaties beoordeeld. De commissie heeft anderen uitgenodigd voor een gesprek.\n\n'
     'Groet,\nHR'),
    ('Sollicitatie beleidsadviseur',
     'Geachte heer Rivera,\n\nDe selectiecommissie heeft uw brief besproken. Wij hebben andere kandidaten geselecteerd '
     'voor de eerste gespreksronde.\n\nMet vriendelijke groet,\nGemeente Zuidhaven'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nEerlijk gezegd missen we in je sollicitatie de ervaring met leidinggeven die de functie vraagt. '
     'Daarom laten we het hierbij.\n\nGroet,\nAnne'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe sollicitatie heeft het niet gehaald. We kregen meer dan honderd reacties.\n\nGroet,\nHR'),
    ('Je sollicitatie bij Groenrijk',
     'Hoi Sam,\n\nWe hebben de knoop doorgehakt: de functie gaat naar een interne kandidaat.\n\nGroet,\nTeam '
     'Groenrijk'),
    ('Kandidatuur',
     'Beste Sam,\n\nUw kandidatuur werd niet weerhouden.\n\nMet vriendelijke groeten,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe gaan je helaas niet uitnodigen voor een gesprek. Je motivatie was te algemeen.\n\nGroet,\nHR'),
    # --- more relays and Flemish letters
    ('Re: Sollicitatie',
     'Dag Sam,\n\nBedankt voor uw kandidatuur. Na de eerste screening is beslist uw kandidatuur niet verder te '
     'zetten.\n\n'
     'Vriendelijke groeten,\nHR-dienst'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben besloten de vacature niet in te vullen en je sollicitatie dus niet verder te behandelen. '
     'Bedankt voor je interesse!\n\nGroet,\nHR'),
    ('Je sollicitatie bij Koffiebranderij Noord',
     'Hi Sam,\n\nLeuk dat je wilde komen werken bij Koffiebranderij Noord. We hebben er lang over nagedacht, maar jouw '
     'profiel sluit net niet genoeg aan bij de rol. We wensen je veel succes met je zoektocht!\n\nTeam '
     'Koffiebranderij\n\n'
     '— Verstuurd met Recruitee'),
    ('Uitslag selectie',
     'Beste Sam,\n\nHelaas ben je niet door naar de volgende ronde van de selectie voor de functie van '
     'wijkverpleegkundige.\n\nMet vriendelijke groet,\nZorggroep Oost'),
    # --- one-line verdicts in many constructions (the choice, the step, the post, the procedure)
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben een andere kandidaat aangenomen die beter aansluit bij het team.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nNa zorgvuldige afweging hebben we besloten de functie aan een andere kandidaat te '
     'gunnen.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJouw sollicitatie is helaas niet geselecteerd voor een gesprek.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe keuze is helaas niet op jou gevallen.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie naast de functie-eisen gelegd en moeten concluderen dat er '
     'onvoldoende match is.\n\nGroet,\nHR'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nHelaas moeten wij u berichten dat uw sollicitatie niet tot een uitnodiging heeft '
     'geleid.\n\nMet vriendelijke groet,\nHR'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw kandidatuur werd niet in aanmerking genomen voor deze functie.\n\nMet '
     'vriendelijke groeten,\nHR'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nWij zullen uw kandidatuur niet verder opvolgen.\n\nMet vriendelijke groeten,\nHR'),
    ('Je kandidatuur',
     'Dag Sam,\n\nWe hebben besloten om je niet aan te werven voor deze job.\n\nGroeten,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe staat helaas niet op de shortlist voor de functie van adviseur.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe gaan met deze functie een andere richting uit en nemen je sollicitatie niet mee.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe komt helaas niet in aanmerking voor een vervolggesprek.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe functie is intussen ingevuld door een interne collega.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nNa overleg met het team kiezen we voor een andere kandidaat.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben de rol aan iemand anders aangeboden en die heeft het aanbod aangenomen.\n\nGroet,\nHR'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw sollicitatie is niet weerhouden voor verdere selectie.\n\nMet vriendelijke '
     'groeten,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben gekozen voor een profiel dat dichter aansluit bij de vacature.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe zit helaas niet bij de kandidaten die we uitnodigen voor een gesprek.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nHet is helaas een nee geworden.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben de sollicitatieprocedure afgesloten en een geschikte kandidaat gevonden.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nOndanks je sterke cv is er iemand anders gekozen.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nHelaas heb je de assessmentfase niet doorstaan.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe zien geen match tussen je profiel en de vacature.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe bent helaas afgevallen na de eerste ronde.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben besloten je sollicitatie niet te honoreren.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nHelaas is de vacature vervallen, en daarmee ook je sollicitatie.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWij hebben uiteindelijk iemand anders de baan gegeven.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe nodigen je helaas niet uit voor een gesprek: andere kandidaten hadden meer '
     'ervaring.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nUit de gesprekken is een andere kandidaat als beste naar voren gekomen.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJammer genoeg ben je niet geselecteerd voor de volgende stap.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe sluiten de procedure voor jou hierbij af.\n\nGroet,\nHR'),
]

HTML_REJECTIONS = [
    ('Update over je sollicitatie',
     '<html><body><table><tr><td><h2>Update over je sollicitatie</h2><p>Beste Sam,</p><p>Bedankt voor je sollicitatie '
     'op de functie <b>Medewerker Inkoop</b>. We hebben alle reacties zorgvuldig bekeken. Helaas ben je niet door naar '
     'de volgende ronde.</p><p>Met vriendelijke groet,<br>Recruitment</p></td></tr></table></body></html>'),
    ('Je sollicitatie bij Tuinland',
     '<html><body><div style="font-family:Arial"><p>Hoi Sam,</p><p>Dank voor je interesse in Tuinland. Na zorgvuldige '
     'overweging hebben we gekozen voor een kandidaat met meer ervaring.</p><p>Veel succes!<br>Team Tuinland</p>'
     '<p style="font-size:10px">Verzonden via Homerun</p></div></body></html>'),
    ('Uw kandidatuur',
     '<html><body><p>Geachte heer Rivera,</p><p>Wij danken u voor uw kandidatuur voor de functie van '
     '<i>boekhouder</i>. '
     'Helaas moeten wij u meedelen dat uw kandidatuur niet werd weerhouden.</p><p>Met vriendelijke groeten,<br>HR</p>'
     '</body></html>'),
    ('Je sollicitatie',
     '<html><body><p>Hoi Sam,</p><p>Jouw profiel sluit onvoldoende aan bij de vacature <b>Accountmanager</b>.</p>'
     '<p>Groet,<br>Team HR</p></body></html>'),
    ('Vacature Teamleider',
     '<html><body><p>Beste Sam,</p><p>We hebben besloten de vacature Teamleider niet in te vullen. Daarmee komt ook je '
     'sollicitatie te vervallen.</p><p>Met vriendelijke groet,<br>HR</p></body></html>'),
    ('Je sollicitatie bij Studio Veld',
     '<html><body><div><p>Hoi Sam,</p><p>Bedankt voor je sollicitatie als <b>Grafisch ontwerper</b>. We hebben '
     'besloten '
     'om niet met je verder te gaan in de procedure.</p><p>Groet,<br>Studio Veld</p><p><small>Powered by '
     'Homerun</small>'
     '</p></div></body></html>'),
]

# A "niet verder", "geen vervolg" or "stopt" said of anything but the reader's own application.
LOOKALIKES = [
    # --- the municipality, UWV, re-integration, inburgering
    ('Uw aanvraag bijzondere bijstand',
     'Geachte heer Rivera,\n\nWij hebben uw aanvraag voor bijzondere bijstand bekeken. Omdat uw inkomen boven de grens '
     'ligt, gaan wij niet verder met uw aanvraag. Tegen dit besluit kunt u binnen zes weken bezwaar maken.\n\n'
     'Met vriendelijke groet,\nGemeente Zuidhaven, afdeling Werk en Inkomen'),
    ('Re-integratietraject',
     'Beste Sam,\n\nZoals besproken in ons gesprek van dinsdag stopt je re-integratietraject bij ons per 1 maart, '
     'omdat '
     'je een baan hebt gevonden. Gefeliciteerd! Het UWV krijgt van ons een eindrapport.\n\nGroet,\nMarleen, '
     'jobcoach Werkfit'),
    ('Uw WW-uitkering',
     'Geachte heer Rivera,\n\nU heeft ons laten weten dat u per 1 april weer aan het werk gaat. Uw WW-uitkering stopt '
     'daarom op die datum. Wij gaan niet verder met de sollicitatieplicht-controle.\n\nMet vriendelijke groet,\nUWV'),
    ('Traject werkfit',
     'Hoi Sam,\n\nNa ons laatste gesprek heeft de gemeente besloten het traject bij ons niet voort te zetten. Je '
     'klantmanager neemt contact met je op over wat er nu komt.\n\nGroet,\nKarim, re-integratiecoach'),
    ('Inburgering',
     'Beste meneer Rivera,\n\nU heeft het examen Spreken gehaald. Daarom gaat u niet verder met de lessen Spreken '
     'bij ons. De lessen Schrijven lopen gewoon door.\n\nGroeten,\nTaalcentrum Noord'),
    ('Uw aanvraag participatiebaan',
     'Beste Sam,\n\nIn het gesprek met uw consulent bleek dat u liever een opleiding volgt. Wij zetten de aanvraag '
     'voor een participatieplek daarom niet door. Uw consulent helpt u verder met de opleiding.\n\nGroet,\n'
     'Gemeente Zuidhaven'),
    ('Loopbaanbegeleiding',
     'Hoi Sam,\n\nJe tegoed voor loopbaanbegeleiding is op. We gaan dus niet verder met de sessies, tenzij je zelf '
     'wilt bijbetalen. Veel succes met solliciteren!\n\nGroet,\nIngrid, loopbaancoach'),
    ('Jobcoaching',
     'Dag Sam,\n\nVDAB heeft laten weten dat je begeleiding bij ons stopt, omdat je nu een vaste job hebt. Proficiat '
     'en veel succes in je nieuwe functie!\n\nMet vriendelijke groeten,\nEls, trajectbegeleider'),
    # --- a volunteer spot, a club, a committee
    ('Vrijwilligerswerk voedselbank',
     'Hoi Sam,\n\nBedankt voor je aanmelding als vrijwilliger. Helaas gaan we niet verder met nieuwe vrijwilligers '
     'op zaterdag: die ploeg zit vol. Op dinsdag is nog wel een plek.\n\nGroet,\nAnja, coordinator vrijwilligers'),
    ('Selectie jeugdteam',
     'Beste ouders,\n\nNa de trainingen hebben we de selectie voor JO13-1 gemaakt. Jullie zoon gaat niet door naar '
     'de selectie en speelt volgend seizoen in JO13-3. Hij heeft het goed gedaan.\n\nSportieve groet,\nTechnische '
     'commissie VV Zuidhaven'),
    ('Koor',
     'Hoi Sam,\n\nNa de stemtest kunnen we je helaas niet plaatsen bij de tenoren; die groep is vol. We gaan niet '
     'verder met de stemtests tot na de zomer.\n\nMuzikale groet,\nHet bestuur'),
    ('Je rol in de commissie',
     'Hoi Sam,\n\nOp de ledenvergadering is besloten niet verder te gaan met de feestcommissie; het zomerfeest '
     'vervalt dit jaar. Dank voor je inzet in die rol!\n\nGroet,\nBestuur tennisvereniging'),
    # --- a school, a study programme, a course place
    ('Decentrale selectie Geneeskunde',
     'Beste Sam,\n\nJe hebt deelgenomen aan de decentrale selectie voor Geneeskunde. Helaas ga je niet door naar de '
     'tweede ronde. Je kunt volgend jaar opnieuw deelnemen aan de selectie.\n\nStudentenbalie'),
    ('Numerus fixus Fysiotherapie',
     'Beste Sam,\n\nJe rangnummer voor de opleiding Fysiotherapie is 412. Je bent helaas niet geplaatst en gaat niet '
     'verder in de selectieprocedure voor dit studiejaar.\n\nMet vriendelijke groet,\nHogeschool Zuidhaven'),
    ('Je inschrijving voor de cursus',
     'Hoi Sam,\n\nDe cursus Excel voor gevorderden gaat niet door: er waren te weinig aanmeldingen. Je inschrijfgeld '
     'krijg je binnen tien dagen terug.\n\nGroet,\nVolksuniversiteit'),
    ('Toelating master',
     'Beste Sam,\n\nDe toelatingscommissie heeft je dossier bekeken. Je gaat niet verder in de procedure voor de '
     'master Data Science, omdat je statistiekvakken ontbreken. Een schakeljaar is '
     'mogelijk.\n\nGroet,\nOnderwijsbureau'),
    ('Studiekeuzeadvies',
     'Hoi Sam,\n\nUit het matchingsgesprek bleek dat de opleiding niet goed aansluit bij wat je zoekt. Het is een '
     'advies: je mag je gewoon inschrijven.\n\nGroet,\nStudieadviseur'),
    ('Leerlingenraad',
     'Beste ouder,\n\nUw dochter is niet gekozen voor de leerlingenraad; er waren zes kandidaten voor twee plekken. '
     'Ze mag volgend jaar weer meedoen.\n\nGroet,\nMentor klas 2b'),
    ('Bijlessen',
     'Hoi Sam,\n\nIk stop met de bijlessen wiskunde na de zomer, want ik begin aan een nieuwe baan. Ik stuur je '
     'de naam van een collega die het wil overnemen.\n\nGroet,\nMeester Bart'),
    # --- a house, a landlord, a mortgage, a bank, insurance
    ('Woning Lindelaan 14',
     'Beste Sam,\n\nBedankt voor je reactie op de woning aan de Lindelaan. De verhuurder heeft voor een andere '
     'kandidaat gekozen, dus we gaan niet verder met jouw inschrijving.\n\nGroet,\nMakelaardij Dijk'),
    ('Hypotheekofferte',
     'Geachte heer Rivera,\n\nNa beoordeling van uw gegevens gaan wij niet verder met uw hypotheekaanvraag. Uw '
     'adviseur bespreekt graag andere mogelijkheden.\n\nMet vriendelijke groet,\nHypotheekbank Noord'),
    ('Uw schademelding',
     'Geachte heer Rivera,\n\nWij hebben uw schademelding beoordeeld. De schade valt niet onder de dekking, dus wij '
     'nemen de claim niet verder in behandeling.\n\nMet vriendelijke groet,\nZuidhaven Verzekeringen'),
    ('Je kredietaanvraag',
     'Hoi Sam,\n\nJe aanvraag voor een doorlopend krediet kunnen we niet verder in behandeling nemen. Je inkomen is '
     'te laag voor het gevraagde bedrag.\n\nGroet,\nKlantenservice'),
    ('Huurcontract',
     'Beste Sam,\n\nDe eigenaar heeft besloten het huurcontract niet te verlengen en gaat niet verder met de '
     'verhuur. Je kunt tot 1 juni blijven.\n\nMet vriendelijke groet,\nBeheerder Vastgoed Oost'),
    # --- a webshop, an order, a trial period, a subscription
    ('Je bestelling 48213',
     'Hoi Sam,\n\nHelaas kunnen we je bestelling niet verder verwerken: het artikel is uitverkocht. Het bedrag is '
     'teruggestort.\n\nGroet,\nTeam Fietsonderdelen.nl'),
    ('Proefperiode Pro',
     'Hoi Sam,\n\nJe proefperiode van Planner Pro loopt morgen af. Als je niets doet, gaat je account niet verder als '
     'Pro-account en stopt de functie teamplanning.\n\nGroet,\nPlanner'),
    ('Je abonnement',
     'Beste Sam,\n\nJe hebt je abonnement opgezegd. Je lidmaatschap stopt op 31 maart en we schrijven daarna niets '
     'meer af. Jammer dat je gaat!\n\nSportschool Fit'),
    ('Retour',
     'Hoi Sam,\n\nJe retour is binnen, maar de schoenen zijn gedragen. We kunnen de retour daarom niet verder '
     'afhandelen. Neem contact op als je vragen hebt.\n\nKlantenservice'),
    # --- a project, a tender, a supplier, a quote
    ('Offerte website',
     'Hoi Sam,\n\nDank voor je offerte en het fijne gesprek. We hebben besloten niet verder te gaan met jouw voorstel; '
     'een ander bureau past beter bij ons budget.\n\nGroet,\nLinda, marketing Bakkerij Wolf'),
    ('Aanbesteding schoonmaak',
     'Geachte heer Rivera,\n\nUw inschrijving op de aanbesteding schoonmaakdiensten is beoordeeld. Uw inschrijving '
     'gaat niet door naar de tweede fase, omdat de prijs hoger ligt dan die van andere inschrijvers.\n\n'
     'Met vriendelijke groet,\nInkoop Gemeente Zuidhaven'),
    ('Pilot',
     'Hoi Sam,\n\nHet management heeft besloten niet verder te gaan met de pilot thuiswerken. Vanaf maandag werkt '
     'iedereen weer op kantoor. Vragen? Spreek je leidinggevende aan.\n\nGroet,\nHR'),
    ('Samenwerking',
     'Beste Sam,\n\nNa ons gesprek van vorige week hebben we besloten niet verder te gaan met de samenwerking met '
     'jullie drukkerij. De laatste order leveren jullie nog wel.\n\nMet vriendelijke groet,\nInkoop Groenrijk'),
    ('Project Noordkade',
     'Hallo allemaal,\n\nDe opdrachtgever heeft laten weten dat het project Noordkade niet doorgaat. We stoppen '
     'per direct met het ontwerp. Uren op dit project kunnen niet meer geschreven worden.\n\nGroet,\nProjectleider'),
    ('Je freelance opdracht',
     'Hoi Sam,\n\nDe klant heeft het budget geschrapt, dus de opdracht stopt na deze week. Je facturen tot en met '
     'vrijdag worden gewoon betaald.\n\nGroet,\nMaarten'),
    ('Leverancier',
     'Beste collega\'s,\n\nWe gaan niet verder met Koffie Express als leverancier. Vanaf 1 mei komt de koffie van '
     'een nieuwe partij.\n\nFacilitair'),
    # --- a colleague, the reader as a manager, an intern the reader offers a place to
    ('Overdracht',
     'Hoi Sam,\n\nIk stop per 1 juli bij het bedrijf en ga niet verder als teamleider. Vanaf volgende week draag ik '
     'mijn taken aan jou over.\n\nGroet,\nRonald'),
    ('Afscheid Petra',
     'Beste collega\'s,\n\nPetra heeft besloten niet verder te gaan in haar functie en vertrekt eind deze maand. We '
     'nemen vrijdag afscheid met een borrel.\n\nGroet,\nManagementteam'),
    ('Stagiair',
     'Hoi Sam,\n\nDe stagiair die je zou begeleiden gaat niet door met de opleiding, dus de stage bij jouw afdeling '
     'vervalt. Dank voor je bereidheid!\n\nGroet,\nStagecoordinator'),
    ('Proeftijd nieuwe collega',
     'Hoi Sam,\n\nJe vroeg naar de nieuwe collega op de administratie: we hebben besloten niet met hem verder te '
     'gaan na de proeftijd. De vacature gaat volgende week weer open.\n\nGroet,\nHR'),
    ('Stageplek aangeboden',
     'Beste Sam,\n\nBedankt dat je een stageplek op je afdeling aanbiedt. De school heeft echter geen student '
     'beschikbaar en gaat niet verder met de plaatsing dit semester.\n\nGroet,\nStagebureau ROC'),
    ('Vacature teamleider',
     'Hoi Sam,\n\nJe vroeg of je de vacature voor teamleider intern mag verspreiden. We gaan daar voorlopig niet '
     'mee verder: de functie wordt eerst herzien.\n\nGroet,\nHR'),
    # --- the reader's own job, a contract extended, an appraisal
    ('Je contract',
     'Beste Sam,\n\nGoed nieuws: we verlengen je contract met een jaar. Je gaat dus gewoon verder in je huidige '
     'functie. Gefeliciteerd!\n\nGroet,\nHR'),
    ('Scholing',
     'Hoi Sam,\n\nJe aanvraag voor de opleiding projectmanagement is niet goedgekeurd door het opleidingsbudget. We '
     'gaan er dit jaar niet mee verder; volgend jaar kun je het opnieuw aanvragen.\n\nGroet,\nAnne, HR'),
    ('Thuiswerkverzoek',
     'Hoi Sam,\n\nJe verzoek om drie dagen thuis te werken gaat niet door; het team heeft je op kantoor nodig. Twee '
     'dagen is wel goed.\n\nGroet,\nJe leidinggevende'),
    ('Overplaatsing',
     'Beste Sam,\n\nJe verzoek om overplaatsing naar de vestiging Utrecht zetten we niet door, omdat daar geen plek '
     'is in je functie. Je blijft in Amersfoort.\n\nGroet,\nHR'),
    ('Functioneringsgesprek',
     'Hoi Sam,\n\nIk moet ons functioneringsgesprek van donderdag helaas verzetten; het gaat niet door. Ik stuur je '
     'een nieuwe uitnodiging.\n\nGroet,\nJoyce'),
    # --- a coach, a friend, family
    ('Even bijpraten',
     'Hoi Sam,\n\nMijn broer had toch die sollicitatie bij de bank? Ze gaan niet verder met hem. Balen, hij had er '
     'echt zin in.\n\nLiefs,\nNina'),
    ('Coachgesprek',
     'Hoi Sam,\n\nFijn gesprek gisteren. Goed dat je besloten hebt niet verder te gaan met je sollicitatie bij de '
     'verzekeraar en je op het onderwijs richt.\n\nGroet,\nIngrid, loopbaancoach'),
    ('Mijn sollicitatie',
     'Hoi Sam,\n\nIk heb net gehoord dat ze niet verder met mij gaan bij de gemeente. Jammer, maar ik solliciteer '
     'gewoon verder. Drinken we vrijdag wat?\n\nGroet,\nTim'),
    ('Oppas',
     'Hoi Sam,\n\nWe gaan niet verder met de oppas op woensdag, want de kinderen gaan naar de naschoolse opvang. '
     'Bedankt voor alles!\n\nGroet,\nMarieke'),
    # --- newsletters and news
    ('Nieuwsbrief juni',
     'In deze nieuwsbrief: de gemeente gaat niet verder met het plan voor een nieuw zwembad. Ook: tien vacatures in '
     'de regio en tips voor je sollicitatiegesprek.\n\nAfmelden? Klik hier.'),
    ('Vakbondsnieuws',
     'Beste lid,\n\nDe werkgevers gaan niet verder met het cao-overleg. We beraden ons op acties. Uw functie en '
     'salaris blijven voorlopig gelijk.\n\nFNV'),
    ('Update sollicitatie-app',
     'Hoi Sam,\n\nWe stoppen met de functie \'Vacature-alert via sms\'. Je ontvangt je alerts voortaan per mail. Je '
     'sollicitaties in de app blijven gewoon bewaard.\n\nTeam Jobapp'),
    # --- the reader decides
    ('Re: Uitnodiging gesprek',
     'Hoi Sam,\n\nJammer dat je besloten hebt niet verder te gaan in de procedure. We respecteren je keuze en wensen '
     'je veel succes in je nieuwe baan!\n\nGroet,\nRecruitment Vonk'),
    ('Je afmelding',
     'Beste Sam,\n\nWe hebben je bericht ontvangen dat je je kandidatuur intrekt en niet verder wilt in de '
     'procedure. Dank voor je eerlijkheid.\n\nMet vriendelijke groeten,\nHR'),
    # --- a procedure that stops for a reason that is not a no
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe procedure voor de functie van planner ligt even stil omdat de manager ziek is. We gaan niet '
     'verder tot half mei; daarna plannen we je tweede gesprek.\n\nGroet,\nAnne'),
    ('Je sollicitatie',
     'Beste Sam,\n\nOm verder te gaan met je sollicitatie hebben we nog je diploma nodig. Zonder diploma kunnen we '
     'niet verder; stuur het voor vrijdag.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nGoed nieuws: je gaat door naar de tweede ronde! De andere kandidaten gaan niet verder in de '
     'procedure, jij wel.\n\nGroet,\nRecruitment'),
    ('Referentie',
     'Hoi Sam,\n\nJe gaf mij op als referentie voor Bouwbedrijf Smit. Ze belden vandaag; ik heb alleen goede dingen '
     'gezegd. Ik weet niet of ze verder gaan, maar duimen!\n\nGroet,\nHenk'),
    ('Vacature gesloten',
     'Beste Sam,\n\nJe vroeg naar de vacature voor marketeer die je had opgeslagen. Die vacature is gesloten; we gaan '
     'er niet verder mee. Je hebt er niet op gesolliciteerd, dus er verandert niets voor je.\n\nGroet,\nJobsite'),
    # --- a medical trial, a patient, a doctor
    ('Deelname onderzoek',
     'Beste meneer Rivera,\n\nUit de screening blijkt dat u niet verder kunt in het onderzoek naar het nieuwe '
     'medicijn, vanwege uw bloeddruk. Dank voor uw interesse in deelname.\n\nOnderzoeksteam UMC'),
    ('Fysiotherapie',
     'Hoi Sam,\n\nDe verzekeraar vergoedt geen extra behandelingen, dus we gaan na deze week niet verder met de '
     'fysio. Oefen thuis gewoon door!\n\nGroet,\nPraktijk Beweeg'),
    # --- Flemish admin and life
    ('Uw aanvraag groeipakket',
     'Geachte heer Rivera,\n\nUw aanvraag voor de schooltoeslag werd niet weerhouden, omdat uw inkomen boven de grens '
     'ligt. U kan bezwaar indienen.\n\nMet vriendelijke groeten,\nGroeipakket'),
    ('Kandidatuur jeugdraad',
     'Dag Sam,\n\nUw kandidatuur voor de jeugdraad werd niet weerhouden: er waren meer kandidaten dan zitjes. Bedankt '
     'voor uw engagement!\n\nDe schepen van jeugd'),
    ('Sociale woning',
     'Geachte heer Rivera,\n\nUw kandidatuur voor de sociale woning in de Kerkstraat werd niet weerhouden; een '
     'andere kandidaat stond hoger op de lijst.\n\nMet vriendelijke groeten,\nWoonmaatschappij Leie'),
    ('Premie-aanvraag',
     'Beste,\n\nUw aanvraag voor de renovatiepremie wordt niet verder behandeld, omdat de facturen ontbreken. Gelieve '
     'een nieuwe aanvraag in te dienen.\n\nMet vriendelijke groeten,\nMijn VerbouwPremie'),
    ('Jeugdbeweging',
     'Dag Sam,\n\nWe gaan niet verder met de leidingploeg van vorig jaar voor het kamp; er is een nieuwe hoofdleiding. '
     'Je rol als kookouder blijft wel!\n\nGroetjes,\nDe Chiro'),
    ('Kinderopvang',
     'Beste ouders,\n\nWe hebben uw aanvraag voor een plaats in de kinderopvang bekeken. Helaas gaat uw aanvraag niet '
     'verder: er is geen plek op maandag.\n\nMet vriendelijke groet,\nKinderopvang Zonnebloem'),
    # --- a competition, a prize, a grant
    ('Wedstrijd',
     'Hoi Sam,\n\nBedankt voor je inzending voor de fotowedstrijd. Je foto gaat helaas niet door naar de finale. '
     'Doe volgend jaar weer mee!\n\nDe jury'),
    ('Subsidieaanvraag',
     'Geachte heer Rivera,\n\nUw subsidieaanvraag voor het buurtfeest nemen wij niet verder in behandeling, omdat '
     'het budget op is.\n\nMet vriendelijke groet,\nGemeente Zuidhaven'),
    ('Pitch',
     'Hoi Sam,\n\nDank voor je pitch op de startup-avond. De jury heeft besloten niet verder te gaan met jouw idee '
     'in het programma. Veel succes met je start-up!\n\nGroet,\nIncubator Noord'),
    # --- work related but not the reader's application
    ('Uitzendkracht',
     'Hoi Sam,\n\nDe uitzendkracht die bij jou op de afdeling werkt, gaat niet verder na vrijdag. Kun je zijn '
     'uren nog aftekenen?\n\nGroet,\nUitzendbureau Flex'),
    ('Vacature magazijn',
     'Hoi Sam,\n\nDie kandidaat voor het magazijn die je had voorgedragen: we gaan niet verder met haar, ze had geen '
     'heftruckcertificaat. Heb je nog iemand anders?\n\nGroet,\nPeter'),
    ('Je kandidaten',
     'Beste Sam,\n\nVan de drie cv\'s die je als recruiter stuurde, gaan we niet verder met de eerste twee. De derde '
     'nodigen we uit.\n\nGroet,\nTeamleider Logistiek'),
    ('Overname',
     'Beste medewerkers,\n\nDe koper heeft besloten niet verder te gaan met de overname van ons bedrijf. Voor jullie '
     'functies verandert er niets.\n\nDirectie'),
    ('Sollicitatietraining',
     'Hoi Sam,\n\nDe sollicitatietraining van donderdag gaat niet door: de trainer is ziek. We plannen een nieuwe '
     'datum.\n\nGroet,\nBibliotheek Zuidhaven'),
    ('Banenmarkt',
     'Beste Sam,\n\nJe aanmelding als bezoeker van de banenmarkt is binnen. Let op: de workshop cv schrijven gaat niet '
     'verder na 15 uur.\n\nGroet,\nOrganisatie Banenmarkt'),
    ('Werkervaringsplek',
     'Hoi Sam,\n\nJe werkervaringsplek bij de kringloopwinkel stopt per 1 juni, omdat het traject van zes maanden '
     'dan om is. Je krijgt een certificaat.\n\nGroet,\nKarim, re-integratiecoach'),
    ('Tijdelijk contract',
     'Beste Sam,\n\nZoals afgesproken loopt je tijdelijke contract op 30 juni af en gaat het niet verder. Dank voor '
     'je inzet in deze functie; we geven je graag een referentie.\n\nGroet,\nHR'),
    ('Vrijwilligersvacature',
     'Hoi Sam,\n\nJe reageerde op onze vacature voor vrijwillige voorlezer. Het project stopt helaas door gebrek aan '
     'subsidie, dus we gaan niet verder met de werving.\n\nGroet,\nBibliotheek'),
    ('Mentorprogramma',
     'Hoi Sam,\n\nJe mentee heeft laten weten dat ze niet verder wil met het mentorprogramma. Dank voor je tijd! Wil '
     'je een nieuwe mentee?\n\nGroet,\nProgrammateam'),
    ('Nieuwe stagiair',
     'Beste Sam,\n\nWe hebben jouw stagevacature gelezen. Onze student gaat niet verder met een stage bij jullie, ze '
     'heeft al een plek. Bedankt!\n\nStagecoordinator Hogeschool'),
    # --- work and job words all around, the thing that stops is not the reader's application
    ('Je vacature op Werkzoeken',
     'Beste Sam,\n\nJe vacature voor een magazijnmedewerker staat nu dertig dagen online. Wil je hem verlengen? Zo '
     'niet, '
     'dan gaat de vacature niet verder en ontvang je geen sollicitaties meer.\n\nTeam Werkzoeken'),
    ('Samenwerking recruitmentbureau',
     'Hoi Sam,\n\nWe hebben besloten niet verder te gaan met jullie als recruitmentpartner voor de functie van '
     'accountmanager; we werven voortaan zelf.\n\nGroet,\nHR Bouwbedrijf Smit'),
    ('Sollicitatiegesprek kandidaat',
     'Hoi Sam,\n\nDank voor het meekijken bij het gesprek. Wij zetten de procedure met de kandidaat uit Gent niet '
     'voort. '
     'Wil jij haar bellen?\n\nGroet,\nRecruitment'),
    ('Proeftijd',
     'Beste Sam,\n\nJe proeftijd is goed verlopen: we zetten je arbeidsovereenkomst gewoon voort. Welkom in het '
     'team!\n\nGroet,\nHR'),
    ('Je functie',
     'Hoi Sam,\n\nDe functie van teamcoördinator wordt opgeheven; we zetten die rol niet voort na de reorganisatie. '
     'Jij krijgt een nieuwe functie als planner, met behoud van salaris.\n\nGroet,\nHR'),
    ('Vervolgtraject',
     'Hoi Sam,\n\nDe opleiding die je via ons volgt stopt na dit blok, omdat de aanbieder failliet is. Je krijgt een '
     'vervangende cursus aangeboden.\n\nGroet,\nHR'),
    ('Je klant',
     'Hoi Sam,\n\nDe klant waar je als consultant zit, gaat niet verder met het project na de zomer. We zoeken een '
     'nieuwe opdracht voor je; je blijft gewoon in dienst.\n\nGroet,\nManager Consultancy'),
    ('Interim opdracht',
     'Hoi Sam,\n\nDe opdrachtgever heeft besloten de opdracht niet voort te zetten na 1 juni. Je interimcontract '
     'loopt dus tot dan. Ik zoek alvast een volgende klus voor je.\n\nGroet,\nBemiddelaar Flexpool'),
    ('Sollicitatiecoaching',
     'Hoi Sam,\n\nWe stoppen na vandaag met de sollicitatiecoaching, je hebt een baan! Gefeliciteerd met je nieuwe '
     'functie.\n\nGroet,\nIngrid'),
    ('Je kandidaat',
     'Beste Sam,\n\nBedankt voor het voorstellen van Tom. De klant gaat niet verder met zijn sollicitatie. Heb je nog '
     'andere kandidaten?\n\nGroet,\nAccountmanager'),
    ('Geen vervolg',
     'Hoi Sam,\n\nHet gesprek met de leverancier van de nieuwe software krijgt geen vervolg; ze konden niet leveren '
     'wat we vroegen. Jij hoeft dus niets voor te bereiden.\n\nGroet,\nJoyce'),
    ('Workshop',
     'Hoi Sam,\n\nDe workshop solliciteren met LinkedIn krijgt geen vervolg dit najaar, er waren te weinig '
     'aanmeldingen.\n\nGroet,\nBibliotheek'),
    ('Mentoraat',
     'Dag Sam,\n\nWe zetten het mentoraat voor nieuwe collega\'s niet verder na deze ronde. Bedankt voor je rol als '
     'mentor het afgelopen jaar!\n\nMet vriendelijke groeten,\nHR'),
    ('Jouw idee',
     'Hoi Sam,\n\nBedankt voor je voorstel in het teamoverleg. Het management gaat niet verder met je idee voor een '
     'vierdaagse werkweek.\n\nGroet,\nJe teamleider'),
    ('Stage',
     'Hoi Sam,\n\nJe stagiair heeft besloten niet verder te gaan met de stage bij jouw afdeling. Kun je de '
     'beoordeling nog invullen?\n\nGroet,\nStagebureau'),
    ('Bijscholing',
     'Hoi Sam,\n\nJe aanvraag voor bijscholing gaat niet verder in de procedure: het budget is op. Volgend jaar '
     'kun je het opnieuw proberen.\n\nGroet,\nHR'),
    ('Interne vacature',
     'Hoi Sam,\n\nJe vroeg naar de interne vacature voor teamleider. Die procedure loopt nog; we stoppen alleen met '
     'de externe werving. Je kunt gewoon solliciteren.\n\nGroet,\nHR'),
    ('Flexpool',
     'Hoi Sam,\n\nDe flexpool stopt per 1 mei. Je rol als oproepkracht bij de kinderopvang vervalt dus niet: je krijgt '
     'een vast contract aangeboden.\n\nGroet,\nHR'),
    ('Je cv-check',
     'Hoi Sam,\n\nIk heb je cv bekeken voor de cv-check. Je profiel is sterk, maar ik ga niet verder met de check: de '
     'dienst is per deze maand gestopt.\n\nGroet,\nCarrièrecoach'),
    ('Vacature ingetrokken door klant',
     'Hoi Sam,\n\nJe had interesse in de functie bij de bank, maar je had nog niet gesolliciteerd. De klant stopt met '
     'de werving; ik hou je op de hoogte van andere vacatures.\n\nGroet,\nRecruiter'),
    ('Wervingsactie',
     'Beste collega\'s,\n\nDe actie "Collega werft collega" gaat niet verder in 2027. Aangebrachte kandidaten tot '
     '31 december krijgen nog wel de bonus.\n\nHR'),
    ('Je afspraak',
     'Hoi Sam,\n\nJe afspraak bij de jobcoach op dinsdag gaat niet door. We gaan verder met je sollicitatieplan op '
     'donderdag.\n\nGroet,\nWerkplein'),
    ('Teamuitje',
     'Hoi allemaal,\n\nHet teamuitje gaat niet door wegens te weinig aanmeldingen. De nieuwe collega\'s maken we op '
     'een andere manier welkom.\n\nGroet,\nHR'),
    ('Re: vakantieaanvraag',
     'Hoi Sam,\n\nJe vakantieaanvraag voor augustus kan ik niet verder in behandeling nemen zonder akkoord van je '
     'teamleider. Vraag je het even aan?\n\nGroet,\nPersoneelszaken'),
    ('Detachering',
     'Beste Sam,\n\nDe gemeente heeft besloten de detachering niet te verlengen. Je gaat per 1 juli niet verder bij de '
     'gemeente, maar je blijft in dienst bij ons. We zoeken een nieuwe plek.\n\nGroet,\nDetacheerder'),
    # --- look-alikes of this sweep's new rejection wordings
    ('Nieuwe teamleider',
     'Beste collega\'s,\n\nDe functie van teamleider gaat naar een interne kandidaat. Vanaf 1 mei is Petra jullie '
     'nieuwe leidinggevende. Welkom Petra!\n\nGroet,\nManagementteam'),
    ('Je tweede gesprek',
     'Hoi Sam,\n\nWe kunnen je geen gesprek aanbieden op vrijdag, maar maandag om 10 uur kan wel. Past dat?\n\nGroet,\n'
     'Recruitment'),
    ('Uitnodiging gesprek',
     'Hoi Sam,\n\nGoed nieuws: we hebben je samen met twee anderen uitgenodigd voor een tweede gesprek op dinsdag.\n\n'
     'Groet,\nHR'),
    ('Vervanging',
     'Hoi Sam,\n\nVoor je vervanging tijdens je verlof: het wordt iemand met meer ervaring in de planning, zodat jij '
     'rustig kunt overdragen.\n\nGroet,\nJe leidinggevende'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe procedure voor de functie van planner stopt even tot half mei, de manager is ziek. Daarna '
     'plannen we '
     'je tweede gesprek.\n\nGroet,\nAnne'),
    ('Je vacature',
     'Hoi Sam,\n\nVoor jouw vacature als teamleider hebben we drie kandidaten. De commissie heeft anderen uitgenodigd '
     'dan jij had voorgesteld; ik stuur je hun cv\'s.\n\nGroet,\nRecruiter'),
    # --- not going into a question, stuck in a form
    ('Je vraag over het salaris',
     'Hoi Sam,\n\nBedankt voor je vraag over het salaris bij je sollicitatie. We gaan hier niet verder op in tot het '
     'tweede gesprek; dan bespreken we het arbeidsvoorwaardenpakket.\n\nGroet,\nHR'),
    ('Sollicitatieportaal',
     'Hoi Sam,\n\nJe schreef dat je niet verder komt in het sollicitatieportaal. Je komt niet verder zonder de '
     'inlogcode uit je eerste mail. Lukt het niet, bel ons dan.\n\nGroet,\nHR'),
    ('Coaching',
     'Hoi Sam,\n\nMet alleen je cv opsturen kom je niet verder; je moet ook bellen. Daar ga ik donderdag verder op in, '
     'tijdens ons gesprek over je sollicitaties.\n\nGroet,\nIngrid'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDank voor je sollicitatie. Over je vraag of je eerst een proefdag kunt doen: daar gaan we nu niet '
     'verder op in, dat bespreken we in het gesprek.\n\nGroet,\nHR'),
    ('Je inschrijving',
     'Hoi Sam,\n\nJe bent ingeschreven voor onze vacaturebank. Zonder cv kun je niet verder met het profiel; upload je '
     'cv om te beginnen.\n\nGroet,\nJobsite'),
    ('Klacht over de sollicitatieprocedure',
     'Geachte heer Rivera,\n\nUw klacht over de sollicitatieprocedure hebben wij ontvangen. Omdat de termijn '
     'verstreken '
     'is, nemen wij de klacht niet in behandeling.\n\nMet vriendelijke groet,\nKlachtencommissie'),
    ('Vacature doorgestuurd',
     'Hoi Sam,\n\nIk heb de vacature van de bank aan je doorgestuurd. Ik ga niet verder met zoeken voor jou tot je '
     'terug bent van vakantie. Fijne reis!\n\nGroet,\nRecruiter'),
    ('Je tweede gesprek',
     'Hoi Sam,\n\nHet tweede gesprek van dinsdag gaat niet door: de manager is ziek. We gaan verder met je '
     'sollicitatie zodra ze terug is.\n\nGroet,\nHR'),
    # --- a follow-up, a contest, a product's feature, a carpenter's order, a coaching traject, a pause, a condition
    ('Pilot flexibel werken',
     'Beste collega\'s,\n\nNa de evaluatie geven we geen vervolg aan de pilot flexibel werken. De functie van '
     'coördinator vervalt niet; Sam blijft aanspreekpunt.\n\nHR'),
    ('Project Noordkade',
     'Hoi Sam,\n\nHet project zal geen vervolg krijgen na de zomer. Je functie blijft gewoon bestaan; we zoeken een '
     'nieuw project voor je.\n\nGroet,\nManager'),
    ('Uw klacht',
     'Geachte heer Rivera,\n\nWij kunnen geen vervolg geven aan uw klacht over de sollicitatieprocedure, omdat u de '
     'klacht anoniem indiende.\n\nMet vriendelijke groet,\nKlachtencoördinator'),
    ('Gesprek met de leverancier',
     'Hoi Sam,\n\nDe kennismaking met de nieuwe schoonmaakpartij krijgt geen vervolg. Wil jij als teamleider de '
     'huidige '
     'partij laten weten dat ze blijven?\n\nGroet,\nFacilitair'),
    ('Traject',
     'Beste Sam,\n\nHet UWV heeft besloten dat je re-integratietraject niet wordt voortgezet, omdat je weer '
     'volledig aan '
     'het werk bent in je eigen functie.\n\nMet vriendelijke groet,\nArbodienst'),
    ('Je stage',
     'Hoi Sam,\n\nJe stage bij ons wordt niet verlengd na juni, omdat je opleiding dan klaar is. Je krijgt een '
     'stageverklaring en we hopen je later als collega terug te zien.\n\nGroet,\nStagebegeleider'),
    ('Proefabonnement',
     'Hoi Sam,\n\nJe proefabonnement op de vacaturebank stopt vandaag en wordt niet voortgezet. Wil je doorgaan? '
     'Kies een abonnement.\n\nTeam Vacaturebank'),
    ('Sollicitatie Tom',
     'Hoi Sam,\n\nJe vroeg naar de sollicitatie van je neef Tom. We zetten zijn sollicitatie niet door, helaas. Hij '
     'hoort het vandaag van ons.\n\nGroet,\nHR'),
    ('Je abonnement',
     'Hoi Sam,\n\nHelaas kunnen we de functie \'gedeelde agenda\' niet langer aanbieden in het gratis abonnement. '
     'Wil je de functie houden, kies dan Plus.\n\nTeam Planner'),
    ('Verbouwing keuken',
     'Beste Sam,\n\nHelaas kunnen we uw opdracht voor de keuken niet aannemen: onze planning zit tot de zomer vol. '
     'Onze vakman in de functie van planner belt u voor een latere datum.\n\nMet vriendelijke '
     'groet,\nTimmerbedrijf Hout'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. Er is nog geen gesprek gepland; je hoort binnen twee weken van '
     'ons.\n\nGroet,\nHR'),
    ('Uw bezwaar',
     'Geachte heer Rivera,\n\nU heeft uw bezwaar tegen de beslissing over uw uitkering ingetrokken. De procedure voor '
     'uw bezwaar wordt daarom beëindigd. Uw functie bij uw werkgever blijft buiten deze zaak.\n\nUWV'),
    ('Offerte schoonmaak',
     'Hoi Sam,\n\nHet gesprek met de schoonmaakpartij heeft niet tot een vervolg geleid. Jij hoeft als teamleider '
     'niets te regelen.\n\nGroet,\nFacilitair'),
    ('Jobcoach',
     'Beste Sam,\n\nWe zetten het traject met de jobcoach niet voort, omdat je nu een vaste functie hebt. '
     'Gefeliciteerd!\n\nMet vriendelijke groet,\nGemeente Zuidhaven, Werk en Inkomen'),
    ('Traject',
     'Beste Sam,\n\nHet traject bij Werkfit wordt niet voortgezet, want je hebt een baan als monteur gevonden. '
     'Veel succes in je nieuwe functie!\n\nGroet,\nKlantmanager'),
    ('Coaching',
     'Hoi Sam,\n\nHet coachingstraject zullen we na dit gesprek niet vervolgen; je hebt je doelen bereikt en je nieuwe '
     'rol bevalt goed.\n\nGroet,\nIngrid'),
    ('Fotowedstrijd',
     'Hoi Sam,\n\nJe foto gaat helaas niet door naar de volgende ronde van de wedstrijd. Het thema was "werk": veel '
     'inzendingen lieten een functie of beroep zien.\n\nDe jury'),
    ('Kennismaking',
     'Hoi Sam,\n\nDe kennismaking met de nieuwe leverancier heeft niet geleid tot een samenwerking. Als teamleider '
     'hoef '
     'je niets te doen.\n\nGroet,\nInkoop'),
    ('Je vraag',
     'Beste Sam,\n\nJe vroeg of we de training voor nieuwe medewerkers nog aanbieden. Die kunnen we dit jaar niet '
     'aanbieden, de trainer is met pensioen.\n\nGroet,\nHR'),
    ('Afronding coaching',
     'Hoi Sam,\n\nDit is helaas het einde van het traject: je gemeente vergoedt geen extra sessies. Succes met je '
     'sollicitaties, je cv is sterk!\n\nGroet,\nIngrid, loopbaancoach'),
    ('Re-integratie',
     'Beste Sam,\n\nJe traject bij ons eindigt hier, want je bent aangenomen als planner. Gefeliciteerd met je nieuwe '
     'functie!\n\nGroet,\nWerkfit'),
    ('Nieuwjaarsreceptie',
     'Hoi Sam,\n\nLeuk dat je volgende maand begint in je nieuwe functie! Voor de nieuwjaarsreceptie kunnen we je '
     'helaas niet uitnodigen, die is alleen voor huidige medewerkers.\n\nGroet,\nHR'),
    ('Verhuizing kantoor',
     'Beste collega\'s,\n\nDe verhuizing naar het nieuwe kantoor gaat niet door. Het project stopt hiermee. Voor '
     'jullie '
     'functies verandert niets.\n\nDirectie'),
    ('Cursus leidinggeven',
     'Hoi Sam,\n\nJe inschrijving voor de cursus leidinggeven is ontvangen, maar de cursus wordt helaas beëindigd. We '
     'kunnen je geen nieuwe datum aanbieden. Je functie als teamleider blijft natuurlijk '
     'gewoon.\n\nGroet,\nHR-academie'),
    ('Huurwoning',
     'Beste Sam,\n\nHelaas, de verhuurder heeft gekozen voor een andere kandidaat met een vaste baan. We gaan niet '
     'verder met je.\n\nGroet,\nWoonbemiddeling'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe gaan niet verder met je sollicitatie via het uitzendbureau, maar nemen je rechtstreeks in '
     'dienst. Je contract volgt deze week!\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe gaan niet verder met je sollicitatie in deze vorm: stuur ons nog een motivatiebrief, dan '
     'plannen we daarna het gesprek.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nOok als we niet verder gaan met je sollicitatie, krijg je altijd persoonlijk bericht. Nu loopt de '
     'procedure nog; je hoort vrijdag meer.\n\nGroet,\nHR'),
    ('Tips',
     'Hoi Sam,\n\nWat doe je als een werkgever niet verder gaat met je sollicitatie? Vraag om feedback! In deze '
     'nieuwsbrief: vijf tips voor je volgende sollicitatiegesprek.\n\nTeam Carrièretips'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe gaan niet verder met je sollicitatie voor de functie van planner, maar wel voor de functie van '
     'teamleider: die past beter. Heb je dinsdag tijd voor een gesprek?\n\nGroet,\nHR'),
    ('Je kandidaat',
     'Hoi Sam,\n\nDe klant gaat niet verder met je kandidaat voor de functie van monteur. Heb je nog iemand?\n\n'
     'Groet,\nAccountmanager'),
    ('Gesprek vrijdag',
     'Hoi Sam,\n\nWe kunnen pas verder met je sollicitatie als je referenties binnen zijn. Tot die tijd gaan we niet '
     'verder met je.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nIk heb je sollicitatie doorgestuurd naar de teamleider; ik zelf ga er niet verder mee, want ik ben '
     'vanaf morgen met verlof. Mijn collega Anne neemt het over.\n\nGroet,\nPeter, HR'),
    # --- a separable verb around a thing, a post given to a colleague in an announcement
    ('Bedrijfsuitje',
     'Hoi Sam,\n\nJe bent nog in je proeftijd, dus we nemen je niet mee naar het bedrijfsuitje in Parijs. Volgend jaar '
     'wel! Je functie blijft natuurlijk gewoon.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe sollicitatie ligt bij de manager. We nemen je cv niet mee in deze ronde omdat je al een gesprek '
     'hebt gehad: je gaat direct door naar de laatste ronde!\n\nGroet,\nHR'),
    ('Teamleider',
     'Beste collega\'s,\n\nWe hebben iemand anders de functie van teamleider gegeven: welkom aan Petra! Sam blijft '
     'onze planner.\n\nManagementteam'),
    ('Verhuizing',
     'Hoi Sam,\n\nWe nemen je bureaustoel niet mee naar het nieuwe kantoor; je krijgt daar een nieuwe. Je functie '
     'en je team blijven gelijk.\n\nFacilitair'),
    # --- the reader as the employer or the candidate's manager, an old no, a salary ceiling, an event or a volunteer
    # sign-up, a benefit or an insurance
    ('Re: salarisvoorstel',
     'Hoi Sam,\n\nDank voor je tegenvoorstel. We kunnen helaas niet verder gaan dan 3.800 euro bruto. Ons aanbod '
     'voor de '
     'functie blijft staan; laat je het vrijdag weten?\n\nGroet,\nHR'),
    ('Kandidaat planner',
     'Hoi Sam,\n\nDe kandidaat voor jouw vacature planner heeft laten weten dat ze niet verder wil in de '
     'procedure. Zal '
     'ik de nummer twee bellen?\n\nGroet,\nRecruiter'),
    ('Nieuwe kans',
     'Hoi Sam,\n\nIn maart lieten we je weten dat we niet verder gingen met je sollicitatie. De vacature is opnieuw '
     'open en we willen je graag uitnodigen voor een gesprek.\n\nGroet,\nHR'),
    ('Je collega',
     'Hoi Sam,\n\nJe collega Tom gaat niet verder in de procedure voor teamleider. Wil jij het hem vertellen of doe '
     'ik het?\n\nGroet,\nHR'),
    ('Banenmarkt',
     'Hoi Sam,\n\nWe gaan niet verder met je aanmelding voor de banenmarkt als standhouder: alle stands zijn vol. '
     'Bezoekers zijn wel welkom.\n\nGroet,\nOrganisatie'),
    ('Uw aanvraag',
     'Geachte heer Rivera,\n\nUw aanvraag voor een WW-uitkering na het einde van uw functie wordt niet in behandeling '
     'genomen, omdat u te laat bent.\n\nUWV'),
    ('Workshop',
     'Hoi Sam,\n\nWe kunnen je aanmelding voor de workshop sollicitatiebrief schrijven niet verder verwerken: de '
     'workshop '
     'is vol.\n\nGroet,\nBibliotheek'),
    ('Verzekering',
     'Geachte heer Rivera,\n\nWe gaan niet verder met uw aanvraag voor een arbeidsongeschiktheidsverzekering, omdat uw '
     'functie als dakdekker een te hoog risico heeft.\n\nMet vriendelijke groet,\nVerzekeraar'),
    ('Je aanmelding',
     'Hoi Sam,\n\nDank voor je aanmelding als vrijwilliger bij het festival. We gaan helaas niet verder met je '
     'aanmelding: alle plekken in de ploeg zijn vol.\n\nGroet,\nFestivalteam'),
    # --- "niet in aanmerking" for a benefit, an allowance, a bonus, a lease car (not for a post or a step)
    ('Uw WW-aanvraag',
     'Geachte heer Rivera,\n\nU komt niet in aanmerking voor een WW-uitkering, omdat u in uw laatste functie te kort '
     'heeft gewerkt. Tegen dit besluit kunt u bezwaar maken.\n\nUWV'),
    ('Thuiswerkvergoeding',
     'Hoi Sam,\n\nOmdat je minder dan twee dagen thuiswerkt, kom je niet in aanmerking voor een vergoeding. Dit '
     'geldt voor '
     'alle functies.\n\nGroet,\nHR'),
    ('Opleidingsbudget',
     'Hoi Sam,\n\nJe komt dit jaar niet in aanmerking voor een opleiding via het budget, omdat je functie pas drie '
     'maanden bestaat.\n\nGroet,\nHR'),
    ('Huurtoeslag',
     'Beste Sam,\n\nJe komt niet in aanmerking voor een toeslag, want je inkomen uit je nieuwe functie is te hoog.\n\n'
     'Groet,\nBelastingdienst'),
    ('Bonus',
     'Hoi Sam,\n\nNieuwe medewerkers in hun eerste jaar komen niet in aanmerking voor de bonus. Je rol als planner '
     'telt '
     'volgend jaar wel mee.\n\nGroet,\nHR'),
    ('Leaseauto',
     'Hoi Sam,\n\nIn je huidige functie kom je niet in aanmerking voor een leaseauto. Bij promotie naar teamleider '
     'wel.\n\nGroet,\nHR'),
    # --- "geen plek / ruimte voor" a thing, not for the reader or a person
    ('Salarisgesprek',
     'Hoi Sam,\n\nDank voor het gesprek over je functie. Er is dit jaar helaas geen ruimte voor een loonsverhoging; in '
     'maart kijken we opnieuw.\n\nGroet,\nJe leidinggevende'),
    ('Huurtoeslag',
     'Beste Sam,\n\nNu je een vaste baan hebt, kom je niet langer in aanmerking voor huurtoeslag. Je toeslag stopt per '
     '1 juli.\n\nBelastingdienst'),
    ('Parkeren',
     'Hoi Sam,\n\nWelkom in je nieuwe functie! Er is helaas geen plek voor een extra auto in de garage; je kunt op de '
     'P+R parkeren.\n\nGroet,\nFacilitair'),
    ('Thuiswerkdag',
     'Hoi Sam,\n\nIn het rooster is geen ruimte voor je extra thuiswerkdag. Als teamleider moet je op dinsdag op '
     'kantoor '
     'zijn.\n\nGroet,\nHR'),
    ('Kinderopvang',
     'Beste Sam,\n\nEr is op de groep geen plaats voor je zoon op woensdag. Maandag en vrijdag kan wel; fijn met je '
     'nieuwe baan!\n\nGroet,\nBSO'),
]

# A vacancy withdrawn with no word for the reader's application (by design a state of the post, 3.5 and -2.0), and
# "alle plaatsen ... zijn al ingevuld" of plural places (a course or an event says it too).
KNOWN_GAPS = [
    ('Vacature verpleegkundige',
     'Beste Sam,\n\nWe hebben de vacature ingetrokken en gaan de functie voorlopig niet invullen. We bewaren je '
     'gegevens '
     'niet.\n\nGroet,\nZorggroep'),
    ('Vakantiejob',
     'Dag Sam,\n\nBedankt voor je kandidatuur voor een vakantiejob. Alle plaatsen voor deze zomer zijn al ingevuld.\n\n'
     'Groetjes,\nHR Pretpark'),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, HTML_SENDER, rejection=True, subtype="html")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
