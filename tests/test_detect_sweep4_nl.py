"""Sweep 4, Dutch: rejections in shapes the earlier sweeps lack (ATS templates in plain text and HTML only, formal
municipal and government letters, one-line notes, "niet door naar de volgende ronde", "intern ingevuld", "komen te
vervallen", "de procedure niet voortzetten", lines wrapped mid-sentence, typographic quotes) and, beside them,
look-alikes that say "niet verder", "stoppen", "afronden" or "gekozen" but reject nothing of the reader: onboarding
waiting for a document, the reader hiring or referring someone, a supplier's quote or a tender, a pilot stopped, a
course, a sports club, a volunteer place, a flat, a loan, a mortgage, a subsidy, a webinar, adverts, a recruiter's
cold mail, the reader's own withdrawal, a job alert, a process on hold, customer service, a friend's news; and, found
while probing, "met je zoon / je voorstel" (someone or something of the reader's), a salary limit ("niet verder dan"), a
term of an offer refused ("niet parttime aanbieden"), an earlier no taken back, a thing refused ("je vakantiedagen
niet meenemen"), the reader already hired (a buddy, the offer), an HTML mail's non-breaking spaces. All texts are
written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Marieke de Boer <marieke.deboer@linde-zorg.example>"


# the sender of the HTML-only letters: an ATS (no plain-text alternative)
HTML_SENDER = "Bloei Recruitment <no-reply@recruitee.example>"


REJECTIONS = [
    # --- ATS templates (Recruitee, Homerun, Werkzoeken-like), plain text
    ('Je sollicitatie bij Bloei',
     'Hoi Sam,\n\nBedankt voor je sollicitatie op de vacature Marketing Manager bij Bloei. We hebben je cv en '
     'motivatie met aandacht gelezen.\n\nHelaas ben je niet door naar de volgende ronde. We kregen veel reacties '
     'en hebben een keuze moeten maken.\n\nVeel succes met je zoektocht!\n\nTeam Bloei'),
    ('Update over je sollicitatie',
     'Hi Sam,\n\nDank je wel voor je interesse in Studio Noord en de rol van UX designer. Na het bekijken van je '
     'portfolio hebben we besloten de procedure met andere kandidaten voort te zetten.\n\nWe wensen je veel succes.'
     '\n\nGroet,\nHet team van Studio Noord'),
    ('Sollicitatie Accountmanager',
     'Beste Sam,\n\nOnlangs solliciteerde je naar de functie van accountmanager. We hebben besloten de vacature '
     'intern in te vullen. Daarom zetten we de procedure niet voort.\n\nMet vriendelijke groet,\n\nAnouk Smit\n'
     'HR-adviseur'),
    ('Vacature Teamleider Logistiek',
     'Beste Sam,\n\nJe hebt gereageerd op onze vacature Teamleider Logistiek. Door een reorganisatie is de '
     'vacature komen te vervallen. Je sollicitatie nemen we daarom niet verder in behandeling.\n\nMet vriendelijke '
     'groet,\nP&O Transportbedrijf Kuipers'),
    ('Reactie op je sollicitatie',
     'Beste Sam,\n\nDank voor je sollicitatie als data-analist. Je profiel sluit onvoldoende aan bij de eisen '
     'die we aan deze functie stellen, vooral wat betreft ervaring met SQL.\n\nSucces!\n\nRecruitment Veldkamp'),
    ('Je sollicitatie: Junior Developer',
     'Hallo Sam,\n\nWe hebben de vacature intern ingevuld: een collega van het supportteam stapt over naar '
     'development.\n\nBedankt voor je tijd en je sollicitatie.\n\nGroeten,\nBas van Dijk'),
    ('Sollicitatie verkoopmedewerker',
     'Beste Sam,\n\nNa zorgvuldige overweging zetten we de sollicitatieprocedure met jou niet voort.\n\n'
     'Met vriendelijke groet,\nModehuis Jansen'),
    ('Status sollicitatie',
     'Beste kandidaat,\n\nDe status van je sollicitatie voor de functie Magazijnmedewerker is gewijzigd naar: '
     'niet weerhouden.\n\nBekijk je overzicht op werkzoeken.example.\n\nMet vriendelijke groet,\nWerkzoeken'),
    ('Je sollicitatie bij Homerun Coffee',
     'Hey Sam!\n\nSuper bedankt voor je sollicitatie als barista. We hebben heel veel leuke reacties gehad en '
     'het was echt kiezen. Deze keer ben je het niet geworden.\n\nHopelijk tot ziens in de zaak!\n\nTeam Homerun '
     'Coffee'),
    ('Sollicitatie Office Manager',
     'Beste Sam,\n\nWij danken je voor je sollicitatie. Na het eerste gesprek hebben we besloten om met twee '
     'andere kandidaten door te gaan naar de tweede ronde.\n\nSucces met je verdere zoektocht.\n\nGroeten,\n'
     'Nadia Bakker'),
    # --- formal municipal / government / public sector letters
    ('Uw sollicitatie naar de functie van beleidsmedewerker',
     'Geachte heer Rivera,\n\nOp 3 maart ontvingen wij uw sollicitatiebrief voor de functie van beleidsmedewerker '
     'Wonen. De selectiecommissie heeft alle brieven beoordeeld en heeft besloten u niet uit te nodigen voor een '
     'gesprek.\n\nWij danken u voor uw belangstelling voor onze gemeente.\n\nHoogachtend,\n\nnamens het college '
     'van burgemeester en wethouders,\nmevrouw J. Hendriks\nteamleider HRM'),
    ('Selectieprocedure administratief medewerker',
     'Geachte heer,\n\nWij delen u mee dat uw kandidatuur niet werd weerhouden voor de volgende selectiefase. '
     'De kandidaten die verder gaan, scoorden hoger op de schriftelijke proef.\n\nMet de meeste hoogachting,\n\n'
     'Dienst Personeel, Stad Mechelen'),
    ('Uitslag selectieproef',
     'Geachte heer Rivera,\n\nHet spijt ons u te moeten meedelen dat u niet geslaagd bent voor de selectieproef '
     'van 12 mei. U kunt niet verder deelnemen aan deze selectieprocedure.\n\nHoogachtend,\nHR-dienst OCMW'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nNa grondige analyse van uw dossier moeten wij u meedelen dat uw profiel niet '
     'beantwoordt aan de vereisten van de functie van dossierbeheerder.\n\nMet vriendelijke groeten,\n'
     'Selor-selectieteam'),
    ('Besluit sollicitatieprocedure',
     'Geachte heer Rivera,\n\nHierbij delen wij u mee dat de benoemingsadviescommissie een voorkeur heeft '
     'uitgesproken voor een andere kandidaat. Uw sollicitatie wordt hiermee afgesloten.\n\nHoogachtend,\n\n'
     'drs. M. Vermeer\nsecretaris'),
    ('Vacature medewerker burgerzaken',
     'Geachte heer Rivera,\n\nU hebt gesolliciteerd naar de vacature medewerker burgerzaken. Het college heeft '
     'besloten de vacature niet in te vullen. Daarmee komt uw sollicitatie te vervallen.\n\nMet vriendelijke groet,'
     '\nGemeente Zuidplas'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nWij hebben uw sollicitatie ontvangen en beoordeeld. Wij zijn tot de conclusie '
     'gekomen dat andere kandidaten beter voldoen aan het gevraagde profiel. Wij zullen u daarom niet uitnodigen '
     'voor een gesprek.\n\nHoogachtend,\nProvincie Utrecht, afdeling P&O'),
    # --- short notes, informal
    ('Re: sollicitatie barista',
     'Hoi Sam, helaas is het niet gelukt voor de baan. Succes!\nLies'),
    ('Re: bijbaan',
     'hoi sam, jammer genoeg gaat het niet door met de bijbaan, we hebben al iemand. groetjes, Ilse'),
    ('Re: vakantiewerk',
     'Dag Sam, jammer genoeg gaat het niet door voor u, de plaatsen zijn allemaal vergeven. Groeten, Jan'),
    ('Re: sollicitatie',
     'Sam, kort: het wordt iemand anders. Sorry en succes. Mvg, Rik'),
    ('Re: sollicitatie kok',
     'Hoi Sam,\n\nDit keer zit het er helaas niet in voor de functie van kok. We hebben gekozen voor iemand met '
     'meer ervaring in de keuken.\n\nGroet,\nRuud'),
    ('Re: open sollicitatie',
     'Beste Sam,\n\nDank voor je open sollicitatie. We hebben op dit moment geen plek voor je in ons team en '
     'nemen je sollicitatie daarom niet in behandeling.\n\nGroet,\nMila'),
    ('Sollicitatie',
     'Hoi Sam,\n\nJe valt helaas buiten de boot voor de functie van receptionist. Er waren sterkere kandidaten.'
     '\n\nGroetjes,\nEmma'),
    ('Re: stage',
     'Beste Sam,\n\nWe hebben je stageaanvraag bekeken maar helaas hebben we dit semester geen stageplek meer. '
     'Alle plekken zijn al vergeven.\n\nSucces met zoeken,\nKarin'),
    # --- the reader passed over in other words
    ('Je sollicitatie',
     'Beste Sam,\n\nHartelijk dank voor je sollicitatie. Helaas moeten we je laten weten dat je niet bent '
     'doorgegaan naar de volgende ronde.\n\nMet vriendelijke groet,\nRecruitmentteam'),
    ('Je sollicitatie als verpleegkundige',
     'Beste Sam,\n\nWe hebben ervoor gekozen om andere kandidaten uit te nodigen voor een gesprek.\n\n'
     'Met vriendelijke groet,\nLinde Zorg'),
    ('Sollicitatie projectleider',
     'Beste Sam,\n\nUw sollicitatie heeft helaas niet tot een uitnodiging voor een gesprek geleid.\n\n'
     'Met vriendelijke groet,\nIngenieursbureau Dekker'),
    ('Functie controller',
     'Beste Sam,\n\nWe hebben een kandidaat gevonden die beter aansluit bij het profiel van de functie. '
     'Dank voor je tijd en de prettige gesprekken.\n\nGroet,\nFleur'),
    ('Na ons gesprek',
     'Beste Sam,\n\nNa de tweede gespreksronde hebben we de knoop doorgehakt: we bieden de functie aan een '
     'andere kandidaat aan.\n\nNogmaals dank voor je tijd.\n\nHartelijke groet,\nJeroen'),
    ('Je sollicitatie bij Vos',
     'Hoi Sam,\n\nHelaas moeten we je laten weten dat we je niet verder meenemen in de selectie voor de functie '
     'van monteur.\n\nGroeten,\nVos Installatietechniek'),
    ('Traineeship',
     'Beste Sam,\n\nJe bent helaas niet geselecteerd voor ons traineeship. We kregen ruim 300 sollicitaties.'
     '\n\nSucces!\nTraineeteam'),
    ('Assessment',
     'Beste Sam,\n\nJe hebt het assessment helaas niet gehaald. Daarom kunnen we je sollicitatie niet verder in '
     'behandeling nemen.\n\nMet vriendelijke groet,\nHR'),
    ('Uitslag eerste ronde',
     'Beste Sam,\n\nHelaas ben je afgevallen na de eerste selectieronde voor de functie van jurist.\n\n'
     'Met vriendelijke groet,\nAdvocatenkantoor Terpstra'),
    ('Procedure medewerker klantenservice',
     'Beste Sam,\n\nWe hebben gekozen om de procedure niet met jou voort te zetten. We wensen je succes.\n\n'
     'Groet,\nKlantenservice Noord'),
    ('Sollicitatie Business Controller',
     'Geachte heer Rivera,\n\nWij hebben besloten de positie intern in te vullen. Wij danken u voor uw '
     'belangstelling.\n\nHoogachtend,\nAfdeling HR'),
    ('Functie docent Engels',
     'Beste Sam,\n\nDe functie van docent Engels is inmiddels aan een interne collega gegund. Bedankt voor je '
     'sollicitatie.\n\nGroet,\nde schoolleiding'),
    ('Sollicitatie',
     'Beste Sam,\n\nOnze keuze is niet op jou gevallen. Bedankt voor je interesse in de functie.\n\nGroet,\n'
     'Maaike'),
    ('Sollicitatie',
     'Beste Sam,\n\nBij deze laten we je weten dat we helaas niet met je verdergaan voor de functie van '
     'medewerker bediening.\n\nGroet,\nRestaurant De Haven'),
    ('Functie teamleider',
     'Beste Sam,\n\nWij hebben voor deze functie een andere kandidaat aangetrokken.\n\nMet vriendelijke groet,\n'
     'Directie'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe moeten je helaas afwijzen voor de functie van administratief medewerker.\n\n'
     'Groet,\nKantoor Visser'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHiermee sluiten we de procedure voor jou af. Dank voor je interesse in de functie.\n\n'
     'Groet,\nRecruitment'),
    ('Je kandidatuur',
     'Dag Sam,\n\nUw sollicitatie voor de functie van boekhouder is niet succesvol geweest.\n\nMet vriendelijke '
     'groeten,\nFiduciaire Peeters'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe zijn niet verder gegaan met jouw profiel voor de vacature van planner.\n\nGroet,\nLisa'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe komt niet in aanmerking voor de functie, omdat je geen BIG-registratie hebt.\n\n'
     'Met vriendelijke groet,\nZorggroep Oost'),
    # --- agencies relaying the client
    ('Update sollicitatie',
     'Hoi Sam,\n\nIk heb je cv voorgesteld aan de klant, maar zij kiezen voor een andere kandidaat. Ik houd je '
     'op de hoogte van nieuwe vacatures.\n\nGroet,\nTim\nConsultant, Randstad'),
    ('Terugkoppeling opdrachtgever',
     'Hoi Sam,\n\nMijn opdrachtgever heeft besloten niet met je verder te gaan voor de functie van planner. '
     'Ze zochten toch iemand met meer ervaring in de bouw.\n\nGroet,\nMirjam\nIntercedent'),
    ('Terugkoppeling',
     'Hoi Sam,\n\nDe hiring manager ziet helaas onvoldoende aansluiting met het team en gaat niet verder met je '
     'sollicitatie.\n\nGroet,\nSander'),
    # --- wrapped lines, typographic quotes, extra white space
    ('Je sollicitatie',
     'Beste Sam,\n\nNa zorgvuldige afweging hebben we besloten om niet\nverder te gaan met jouw sollicitatie '
     'voor de functie\nvan projectassistent.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben gekozen voor een kandidaat met meer \u2018hands-on\u2019 ervaring voor de '
     '\u201cmonteur\u201d-functie.\n\nGroet,\nHenk'),
    ('Sollicitatie',
     'Beste  Sam,\n\nHelaas  hebben  we  de  vacature  intern  ingevuld.\n\nGroet,\nAnne'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe hebben je sollicitatie\nzorgvuldig bekeken. Je\nprofiel sluit\nhelaas onvoldoende aan bij\n'
     'wat we zoeken.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHelaas: we hebben de vacature ingevuld met een kandidaat die al in de regio woont.\n\n'
     'Groet,\nMarco'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe zetten de procedure met jou helaas niet voort, omdat andere kandidaten beter aansloten '
     'bij de functie.\n\nGroet,\nHR'),
    # --- more formal and stage-bound wordings
    ('Uw kandidatuur voor de functie van dossierbeheerder',
     'Geachte heer Rivera,\n\nNa controle van de toelatingsvoorwaarden werd uw kandidatuur onontvankelijk verklaard, '
     'omdat het vereiste diploma ontbreekt.\n\nMet vriendelijke groeten,\nde selectieverantwoordelijke'),
    ('Na ons gesprek',
     'Hoi Sam,\n\nNa overleg met het team hebben we besloten om je geen aanbieding te doen voor de functie van '
     'junior consultant.\n\nGroet,\nWillem'),
    ('Uitslag assessment',
     'Beste Sam,\n\nJe hebt de eindronde van het traineeship helaas niet gehaald. Dank voor je inzet tijdens de '
     'assessmentdag.\n\nGroet,\nTraineeteam'),
    ('Na de tweede ronde',
     'Hoi Sam,\n\nHet was heel close, maar je kwam als tweede uit de bus voor de functie van coordinator. '
     'Succes!\n\nGroet,\nIris'),
    ('Vacature beleidsadviseur',
     'Beste Sam,\n\nDank voor je sollicitatie. Door een bezuiniging wordt de vacature niet meer ingevuld. '
     'We hadden je graag anders bericht.\n\nMet vriendelijke groet,\nWaterschap Rijn'),
    ('Na je proefdag',
     'Hoi Sam,\n\nNa de proefdag en de training van zaterdag hebben we besloten je niet aan te nemen. Het tempo '
     'lag te laag.\n\nGroet,\nRestaurant De Haven'),
    ('Sollicitatie',
     'Beste Sam,\n\nWe geven de baan aan iemand anders, iemand die al in de regio werkt. Dank voor je '
     'sollicitatie.\n\nGroet,\nBakkerij Smit'),
]

# The same decisions as the reader sees them in an ATS's HTML-only mail.
HTML_REJECTIONS = [
    ('Je sollicitatie bij Bloei',
     '<html><body><p>Hoi Sam,</p><p>Bedankt voor je sollicitatie als <b>Marketing Manager</b>.</p>'
     '<p>Helaas ben je niet door naar de volgende ronde.</p><p>Team Bloei</p></body></html>'),
    ('Je sollicitatie als Office Manager',
     '<html><body><div>Beste Sam,</div><div><br></div><div>We hebben besloten de procedure met andere '
     'kandidaten voort te zetten.</div><div><br></div><div>Met vriendelijke groet,<br>Homerun namens Studio Noord'
     '</div></body></html>'),
    ('Sollicitatie Teamleider',
     '<html><body><table><tr><td><p>Beste Sam,</p><p>De vacature Teamleider is komen te vervallen. Je '
     'sollicitatie nemen we daarom niet verder in behandeling.</p></td></tr></table></body></html>'),
    ('Sollicitatie',
     '<html><body><p>Beste Sam,</p><p>We hebben de vacature&nbsp;intern ingevuld. Dank voor je sollicitatie.</p>'
     '</body></html>'),
    ('Je sollicitatie bij Vos',
     '<html><body><p>Beste Sam,</p><p>Je profiel sluit helaas onvoldoende aan bij de functie. We wensen je '
     '&eacute;&eacute;n ding: veel succes!</p></body></html>'),
    ('Je sollicitatie',
     '<html><body><p>Beste Sam,</p><p>Helaas hebben we besloten om niet<br>verder te gaan met jouw sollicitatie.</p>'
     '</body></html>'),
    ('Je sollicitatie',
     '<html><body><p>Beste Sam,</p><p>De status van je sollicitatie is gewijzigd naar &lsquo;niet weerhouden&rsquo;.'
     '</p><p>Werkzoeken</p></body></html>'),
    ('Sollicitatie',
     '<html><body><p>Beste Sam,</p><p>We hebben de vacature intern in&shy;gevuld.</p></body></html>'),
]

# Look-alikes: the same words, nothing of the reader's own application rejected.
LOOKALIKES = [
    # --- onboarding: a document missing, no decision
    ('Je contract',
     'Hoi Sam,\n\nWelkom bij het team! We kunnen niet verder zonder je getekende contract. Wil je het voor vrijdag '
     'terugsturen, zodat je op 1 maart kunt starten in je nieuwe functie?\n\nGroet,\nHR'),
    ('Startdatum',
     'Hoi Sam,\n\nWe kunnen niet verder met je indiensttreding zolang we je kopie ID missen. Upload die in het '
     'portaal, dan plannen we je eerste werkdag.\n\nGroet,\nMarieke'),
    ('VOG',
     'Beste Sam,\n\nVoor je aanstelling als begeleider hebben we nog je VOG nodig. Zonder VOG kunnen we niet '
     'verder met de procedure. Je aanvraag loopt via Justis.\n\nGroet,\nLinde Zorg'),
    # --- the reader hires or refers: a decision about someone else
    ('Kandidaat accountmanager',
     'Hoi Sam,\n\nNa het tweede gesprek gaan we niet verder met Jeroen de Vries voor de functie van '
     'accountmanager. Kun jij hem vandaag bellen?\n\nGroet,\nNadia'),
    ('De kandidaat die je aandroeg',
     'Hoi Sam,\n\nDank voor je tip! We hebben Pieter gesproken, de kandidaat die je aandroeg, maar we gaan niet '
     'verder met hem: hij zoekt een fulltime functie.\n\nGroet,\nBas'),
    ('Referral',
     'Hoi Sam,\n\nOver je doorverwijzing voor de vacature developer: we hebben voor een andere kandidaat gekozen '
     'dan je kennis. Jij krijgt geen referralbonus deze keer.\n\nGroet,\nHR'),
    ('Kandidaten planner',
     'Hoi Sam,\n\nVan de drie kandidaten die jij voorstelde nodigen we er twee uit. Met kandidaat 3 gaan we '
     'niet verder in de procedure.\n\nGroet,\nMirjam'),
    ('Re: vacature magazijn',
     'Hoi Sam,\n\nWe hebben besloten niet verder te gaan met de sollicitant die jij als manager had '
     'voorgedragen. Stuur jij hem een afwijzing?\n\nGroet,\nHR'),
    # --- a supplier, a quote, a tender: a business deal
    ('Offerte kantoorinrichting',
     'Beste Sam,\n\nDank voor jullie offerte. We gaan niet verder met jullie offerte; we hebben gekozen voor een '
     'andere leverancier.\n\nMet vriendelijke groet,\nInkoop Gemeente Zuidplas'),
    ('Aanbesteding schoonmaak',
     'Geachte heer Rivera,\n\nUw inschrijving op de aanbesteding schoonmaakdiensten is niet als economisch '
     'meest voordelige inschrijving beoordeeld. De opdracht wordt gegund aan een andere inschrijver.\n\n'
     'Hoogachtend,\nAfdeling Inkoop'),
    ('Samenwerking',
     'Hoi Sam,\n\nWe stoppen de pilot met jullie platform per 1 juni en gaan niet verder met de samenwerking. '
     'Dank voor de fijne projectleider die jullie leverden.\n\nGroet,\nKoen'),
    ('Offerte recruitmentcampagne',
     'Beste Sam,\n\nWe gaan niet verder met jullie voorstel voor de recruitmentcampagne voor onze vacatures. '
     'Het budget is naar een ander bureau gegaan.\n\nGroet,\nManager HR'),
    # --- a course, a school, an internship office, a club, a volunteer place
    ('Aanmelding opleiding Verpleegkunde',
     'Beste Sam,\n\nJe aanmelding voor de opleiding Verpleegkunde is helaas niet geplaatst: je bent uitgeloot. '
     'Je kunt je volgend jaar opnieuw aanmelden.\n\nStudentenbalie'),
    ('Training leidinggeven',
     'Beste Sam,\n\nDe training Leidinggeven gaat niet door wegens te weinig aanmeldingen. We hebben je '
     'medewerker en je manager ingelicht.\n\nGroet,\nHR Academy'),
    ('Selectie eerste elftal',
     'Hoi Sam,\n\nDe trainer heeft gekozen voor een andere keeper in het eerste elftal. Je blijft welkom bij de '
     'selectie van het tweede.\n\nGroet,\nvoetbalvereniging'),
    ('Vrijwilligers kerstmarkt',
     'Hoi Sam,\n\nDank voor je aanmelding als vrijwilliger. We gaan niet verder met jou als standhouder, we '
     'hebben genoeg vrijwilligers.\n\nGroet,\nStichting Kerstmarkt'),
    ('Stage',
     'Beste Sam,\n\nJe stageplek bij Vos is goedgekeurd door de stagecoordinator. We gaan niet verder met de '
     'andere stageaanvragen van je.\n\nGroet,\nStagebureau'),
    # --- a flat, a loan, a mortgage, a subsidy, an insurance claim
    ('Woning Kerkstraat 12',
     'Beste Sam,\n\nHelaas is de woning aan de Kerkstraat toegewezen aan een andere kandidaat-huurder. We gaan '
     'niet verder met je inschrijving voor deze woning.\n\nWoonstichting Eigen Haard'),
    ('Kredietaanvraag',
     'Geachte heer Rivera,\n\nWij kunnen uw kredietaanvraag niet verder in behandeling nemen, omdat uw inkomen '
     'uit uw huidige functie te laag is.\n\nMet vriendelijke groet,\nKredietbank'),
    ('Hypotheekaanvraag',
     'Beste Sam,\n\nDe geldverstrekker gaat niet verder met je hypotheekaanvraag: je werkgeversverklaring is '
     'niet volledig.\n\nGroet,\nje hypotheekadviseur'),
    ('Subsidieaanvraag',
     'Geachte heer Rivera,\n\nUw subsidieaanvraag voor het project Werkervaring voor jongeren is afgewezen. '
     'Tegen dit besluit kunt u bezwaar maken.\n\nHoogachtend,\nRVO'),
    # --- events, adverts, newsletters
    ('Webinar solliciteren',
     'Hoi Sam,\n\nHet webinar Solliciteren in 2025 gaat niet door. We hebben een nieuwe datum gekozen: 12 '
     'juni.\n\nGroet,\nTeam Carriere'),
    ('Nieuwe baan?',
     'Hoi Sam,\n\nOp zoek naar een nieuwe baan? U hoeft niet verder te zoeken: bij ons vindt u honderden '
     'vacatures in de zorg.\n\nSolliciteer direct!'),
    ('Vacaturealert',
     'Hoi Sam,\n\nHeb je al een nieuwe functie gevonden? Lees dan niet verder. Zo niet, bekijk dan deze 12 '
     'nieuwe vacatures in Utrecht.\n\nJe vacaturealert'),
    ('Reiskosten',
     'Hoi Sam,\n\nDe reiskostenvergoeding bij je nieuwe functie gaat niet verder dan 40 kilometer enkele reis. '
     'Dat staat ook in je contract.\n\nGroet,\nHR'),
    ('Vacaturealert: 3 nieuwe vacatures',
     'Beste Sam,\n\nDe vacature Magazijnmedewerker bij Kuipers is gesloten. Bekijk deze vergelijkbare '
     'vacatures:\n- Orderpicker, Tilburg\n- Heftruckchauffeur, Breda\n\nJe jobalert'),
    ('Nieuwsbrief',
     'Hoi Sam,\n\nUit ons onderzoek blijkt: veel werkgevers gaan niet verder met een sollicitant die geen '
     'motivatiebrief meestuurt. Lees onze tips!\n\nTeam Werkzoeken'),
    # --- a recruiter's cold mail, the reader's own withdrawal, a process update
    ('Interessante rol',
     'Hoi Sam,\n\nIk zag je profiel op LinkedIn. Mocht je niet verder willen zoeken: ik heb een mooie functie '
     'als teamleider voor je. Zullen we bellen?\n\nGroet,\nRecruiter Tim'),
    ('Je terugtrekking',
     'Hoi Sam,\n\nJammer dat je niet verder wilt in de procedure voor de functie van planner. We respecteren je '
     'keuze en wensen je succes in je nieuwe baan.\n\nGroet,\nHR'),
    ('Re: mijn sollicitatie',
     'Hoi Sam,\n\nHelder, je stopt met de procedure omdat je een andere baan hebt aangenomen. We sluiten je '
     'sollicitatie af.\n\nGroet,\nAnouk'),
    ('Update procedure',
     'Hoi Sam,\n\nWe kunnen nog niet verder, de manager is met vakantie. Na 15 augustus hoor je meer over de '
     'volgende ronde.\n\nGroet,\nHR'),
    ('Stand van zaken',
     'Beste Sam,\n\nDe procedure voor de functie van jurist loopt vertraging op. We hebben nog niet gekozen en '
     'nemen uiterlijk 1 juli een besluit.\n\nMet vriendelijke groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe ronden de eerste gespreksronde deze week af. Jij bent door naar de tweede ronde en we '
     'gaan niet verder met de andere kandidaten.\n\nGroet,\nFleur'),
    ('Aanbod',
     'Beste Sam,\n\nGoed nieuws: we hebben gekozen! Het team heeft voor jou gekozen en we bieden je de functie '
     'van planner aan.\n\nGroet,\nJeroen'),
    ('Referenties',
     'Beste Sam,\n\nWe kunnen niet verder met de procedure totdat we je referenties hebben ontvangen. Wil je twee '
     'namen sturen?\n\nGroet,\nHR'),
    ('Gesprek verzet',
     'Beste Sam,\n\nHet gesprek van dinsdag voor de functie van monteur gaat helaas niet door, de manager is '
     'ziek. Kun je donderdag om 10 uur?\n\nGroet,\nVos'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nIk stop per 1 mei bij Bloei. Mijn collega Anouk neemt je sollicitatie over en belt je '
     'volgende week voor het tweede gesprek.\n\nGroet,\nLisa'),
    # --- customer service and orders
    ('Uw bestelling',
     'Geachte klant,\n\nHelaas kunnen we u niet verder helpen met uw bestelling 48213; neem contact op met de '
     'verkoper.\n\nKlantenservice'),
    ('Retour',
     'Beste Sam,\n\nWe stoppen de verwerking van je retour, omdat het pakket niet compleet was. Je ontvangt '
     'geen terugbetaling.\n\nKlantenservice'),
    # --- a friend's news, forwarded
    ('Fw: nieuws van Anouk',
     'Hoi Sam,\n\nAnouk kreeg vandaag te horen dat ze niet verder gaat in de procedure bij de gemeente. Ze is '
     'er kapot van. Bel je haar even?\n\nLiefs,\nMam'),
    ('Re: hoe ging het?',
     'Hoi Sam,\n\nMijn sollicitatie bij Vos is afgewezen, ze hebben iemand anders gekozen. Hoe gaat het bij '
     'jou?\n\nGroet,\nDaan'),
    # --- more with "niet verder", "stoppen", "afronden", "gekozen" in other senses
    ('Project',
     'Hoi Sam,\n\nDe opdrachtgever gaat niet verder met het project; we ronden het af en je gaat per 1 juni naar '
     'het team van Marco. Je functie blijft gewoon bestaan.\n\nGroet,\nje manager'),
    ('Re: vacature',
     'Hoi Sam,\n\nWe hebben de vacature voor de planner ingevuld: jij begint op 1 maart! Welkom!\n\nGroet,\n'
     'Nadia'),
    ('Proeftijd',
     'Beste Sam,\n\nJe proeftijd is voorbij en we zijn blij met je. We gaan niet verder met de zoektocht naar '
     'een tweede planner.\n\nGroet,\nHR'),
    ('Afronding sollicitatie',
     'Beste Sam,\n\nWe willen de procedure graag volgende week afronden met een aanbod. Heb je dinsdag tijd?'
     '\n\nGroet,\nFleur'),
    ('Opzegging',
     'Beste Sam,\n\nWe hebben je opzegging ontvangen. Je arbeidsovereenkomst eindigt op 31 maart. We gaan '
     'niet verder met de vacature voor je opvolger voor april.\n\nGroet,\nHR'),
    ('Open sollicitatie',
     'Beste Sam,\n\nJe open sollicitatie is ontvangen. We nemen die mee als er een passende vacature is; we gaan '
     'niet verder dan een eerste selectie op cv, dus je hoort van ons als er iets is.\n\nGroet,\nHR'),
    ('Huurwoning',
     'Hoi Sam,\n\nWe hebben voor een andere huurder gekozen. De werkgeversverklaring die je stuurde, hebben we '
     'vernietigd.\n\nGroet,\nMakelaar Jansen'),
    ('Sportschool',
     'Hoi Sam,\n\nWe stoppen met de groepsles op dinsdag. Je abonnement loopt gewoon door, en je trainer blijft '
     'dezelfde medewerker.\n\nGroet,\nFitClub'),
    ('Vacature gesloten',
     'Beste Sam,\n\nDe vacature waarop je wilde reageren is gesloten voordat je sollicitatie binnen was; je '
     'kunt wel reageren op de nieuwe vacature die volgende week online komt.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nGoed dat je het laat weten! We zetten de procedure even stil tot je terug bent van vakantie, '
     'daarna plannen we het tweede gesprek.\n\nGroet,\nRik'),
    ('Uitnodiging',
     'Beste Sam,\n\nJe bent door naar de volgende ronde. De andere kandidaten zijn afgevallen, dus we gaan '
     'verder met jou.\n\nGroet,\nEmma'),
    # --- an earlier no taken back, a limit ("niet verder dan"), benefits, grants and fairs, a colleague's news
    ('Vacature opnieuw open',
     'Hoi Sam,\n\nEerder lieten we je weten dat we niet verder gingen met je sollicitatie, maar de functie is '
     'opnieuw vrijgekomen. Heb je nog interesse?\n\nGroet,\nNadia'),
    ('Nieuwe kans',
     'Beste Sam,\n\nVorige maand moesten we je afwijzen, maar de gekozen kandidaat is afgehaakt. Wil je alsnog '
     'op gesprek komen voor de functie van planner?\n\nGroet,\nHR'),
    ('Re: salarisvoorstel',
     'Hoi Sam,\n\nWe kunnen qua salaris niet verder gaan dan het bod in ons aanbod voor de functie. Het aanbod '
     'blijft staan tot vrijdag.\n\nGroet,\nJeroen'),
    ('Contractverlenging',
     'Hoi Sam,\n\nWe kunnen je in je huidige functie niet verder aannemen dan tot 1 juli, daarna loopt je '
     'contract af en start de vaste aanstelling.\n\nGroet,\nHR'),
    ('Procedure teamleider',
     'Hoi Sam,\n\nJe collega Pieter is helaas niet verder gekomen in de procedure voor de functie van '
     'teamleider. Wil je hem bijstaan?\n\nGroet,\nHR'),
    ('Jobbeurs',
     'Beste Sam,\n\nWe gaan niet verder met je aanmelding voor de jobbeurs, de stands voor werkzoekenden zijn '
     'vol.\n\nGroet,\nhet beursteam'),
    ('Talentpool',
     'Beste Sam,\n\nJe staat in onze talentpool. Er is op dit moment geen vacature, dus we gaan niet verder met je '
     'open sollicitatie tot er iets vrijkomt.\n\nGroet,\nHR'),
    ('Je terugtrekking',
     'Hoi Sam,\n\nJe gaf aan niet verder te willen in de procedure; we sluiten je sollicitatie daarom af.\n\n'
     'Groet,\nAnouk'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe sollicitatie gaat niet verder via mij, maar via mijn collega Anouk van het team '
     'Finance.\n\nGroet,\nLisa'),
    ('Vacature monteur',
     'Hoi Sam,\n\nGoed nieuws: jouw vacature is ingevuld! We hebben een kandidaat voor je gevonden die maandag '
     'kan beginnen.\n\nGroet,\nTim, Randstad'),
    ('Thuiswerkvergoeding',
     'Hoi Sam,\n\nJe komt niet in aanmerking voor thuiswerkvergoeding in je huidige functie, omdat je minder dan '
     'twee dagen thuiswerkt.\n\nGroet,\nHR'),
    # --- "met je ..." naming someone or something of the reader's: a son, a proposal, a team
    ('Bijbaan Daan',
     'Beste Sam,\n\nDank voor het aanmelden van je zoon voor de bijbaan in de winkel. We gaan niet verder met je '
     'zoon: hij kan op zaterdag niet werken.\n\nGroet,\nSupermarkt Hoek'),
    ('Vacaturetekst',
     'Hoi Sam,\n\nWe gaan niet verder met je voorstel voor de nieuwe vacaturetekst van de functie van planner; '
     'de directie houdt de oude.\n\nGroet,\nHR'),
    ('Re: je neef',
     'Hoi Sam,\n\nWe hebben je neef gesproken voor de functie van monteur, maar hebben besloten niet verder te '
     'gaan met je neef. Hij heeft te weinig ervaring.\n\nGroet,\nKoen'),
    # --- replies to the reader's own withdrawal, an earlier no superseded, an HTML mail's non-breaking spaces
    ('Re: Intrekken sollicitatie',
     'Hoi Sam,\n\nDank voor je eerlijkheid. Natuurlijk begrijpen we dat je kiest voor de andere baan; we gaan niet '
     'verder met je kandidatuur.\n\nElke'),
    ('Re: Intrekken van mijn sollicitatie',
     'Hoi Sam,\n\nJammer! We gaan niet verder met je sollicitatie en verwijderen je gegevens.\n\nElke'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nIn je eerdere sollicitatie gingen we niet verder, maar nu zien we een betere match met de nieuwe '
     'functie van teamleider. Zullen we bellen?\n\nLisa'),
    ('Sollicitant afgewezen',
     'Hoi Sam,\n\nTer info: de sollicitatie van\u00a0Dennis is afgewezen, hij krijgt vandaag bericht van '
     'ons.\n\nGroet,\nLaura'),
    ('We hebben je sollicitatie ontvangen',
     'Hoi Sam,\n\nBedankt voor je sollicitatie als filiaalmanager. We bekijken je cv de komende dagen. Sluit je '
     'profiel niet aan, dan gaan we niet verder met je sollicitatie en laten we je dat weten.\n\nTeam Recruitment'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nOmdat je sollicitatie niet compleet is, kunnen we niet verder. Wil je je cv nog sturen?\n\n'
     'Ingrid'),
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nUw kandidatuur voor UX Researcher wordt niet verder behandeld door ons, want de '
     'procedure is overgedragen aan onze dochteronderneming. Zij nemen contact met u op voor een gesprek.\n\n'
     'Met vriendelijke groeten,\nElke'),
    ('Re: parttime',
     'Hoi Sam,\n\nDe functie kunnen we helaas niet parttime aanbieden. Wil je nog steeds fulltime starten? Dan '
     'sturen we het contract.\n\nJeroen'),
    ('Vacature planner',
     'Hoi Sam,\n\nDe vacature voor planner kunnen we niet in Utrecht aanbieden, alleen in Breda. Wil je daar nog '
     'steeds voor gaan? Dan plannen we het gesprek.\n\nLisa'),
    # --- "niet aanbieden / meenemen / voortzetten / aannemen" of a thing or of another person
    ('Verlofdagen',
     'Hoi Sam,\n\nJe kunt je vakantiedagen helaas niet meenemen naar volgend jaar. Dat staat ook in je '
     'arbeidsovereenkomst voor je functie.\n\nHR'),
    ('Cursus',
     'Hoi Sam,\n\nDe cursus die bij je functie hoort, kunnen we dit jaar niet aanbieden. We zoeken een '
     'alternatief.\n\nHR'),
    ('Re: vacature planner',
     'Hoi Sam,\n\nJe vriend Tom kunnen we helaas niet aannemen voor de vacature planner, hij mist het diploma. '
     'Bedankt voor het doorsturen!\n\nLisa'),
    ('Reorganisatie',
     'Hoi Sam,\n\nZoals besproken gaan we de functie van je teamlid niet voortzetten na de reorganisatie. Jij '
     'blijft gewoon teamleider.\n\nLisa'),
    ('Open dag',
     'Hoi Sam,\n\nVoor de open dag kunnen we je niet uitnodigen, die is vol. Je gesprek voor de functie van planner '
     'staat nog op dinsdag.\n\nLisa'),
    # --- the reader already hired or chosen: a buddy, a trainer for the traineeship, the offer itself
    ('Je buddy',
     'Hoi Sam,\n\nWe hebben een andere kandidaat gekozen als buddy voor je eerste weken: Tom in plaats van Lisa.'
     '\n\nHR'),
    ('Re: sollicitatie planner',
     'Hoi Sam,\n\nJe bent de andere kandidaat een stap voor: we hebben voor jou gekozen! Het contract volgt.\n\n'
     'Lisa'),
    ('Traineeship',
     'Hoi Sam,\n\nWe hebben gekozen voor een andere opleider voor je traineeship, het programma blijft hetzelfde.'
     '\n\nLisa'),
    ('Interviewplanning',
     'Hoi Sam,\n\nWil je morgen met mij de gesprekken doen? We hebben besloten niet verder te gaan met de kandidaat '
     'uit Gent, dus er zijn er nog twee.\n\nLisa'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nWat jammer dat je hebt besloten om je sollicitatie niet voort te zetten. We respecteren dat '
     'natuurlijk.\n\nElke'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe hebben besloten niet verder te gaan met telefonische screenings. Je sollicitatie gaat door '
     'naar een video-interview; je krijgt een link.\n\nElke'),
    # --- the decision lies with someone else, an insurance, a mortgage waiting for a statement
    ('Je sollicitatie is doorgestuurd',
     'Beste Sam,\n\nJe sollicitatie voor de functie van planner is doorgestuurd naar de afdelingsmanager. Wij kunnen '
     'zelf niet verder met je sollicitatie: de manager beslist. Je hoort binnen twee weken van ons.\n\nMet '
     'vriendelijke groet,\nHR'),
    ('Verzekering',
     'Beste Sam,\n\nWe gaan niet verder met je aanvraag voor een arbeidsongeschiktheidsverzekering, omdat je beroep '
     'een verhoogd risico heeft.\n\nGroet,\nVerzekeraar'),
    ('Werkgeversverklaring',
     'Beste Sam,\n\nDe hypotheekverstrekker kan niet verder met je aanvraag zonder een getekende '
     'werkgeversverklaring van je nieuwe werkgever.\n\nGroet,\nje adviseur'),
    ('Onboarding',
     'Hoi Sam,\n\nDe opleiding die bij je nieuwe functie hoort gaat niet door; we zoeken een andere training '
     'voor je.\n\nGroet,\nHR'),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, HTML_SENDER, rejection=True, subtype="html")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
