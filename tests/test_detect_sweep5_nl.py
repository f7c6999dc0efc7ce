"""Sweep 5, Dutch: a new writer's rejections (curt two-line notes without a job word, "niet geselecteerd voor de
volgende ronde", "je valt af", "de keuze is op een ander gevallen", "je komt niet in aanmerking", a letter not taken
into consideration, a post filled internally, a verdict after an assessment, a no after a paragraph of pleasantries,
ATS and job-board templates in plain text and HTML, a verdict in the subject only, Flemish "kandidatuur" letters, a
reply above a quoted earlier mail) and, beside them, look-alikes that say "niet verder", "geen doorgang", "afgewezen",
"niet gekozen", "niet in aanmerking" or "de keuze is gevallen op" of anything but the reader's own application: a
project, a tender or a quote, a subsidy, a mortgage or a loan, a rental flat, a sports team, a course, a leave request,
the reader as a hiring manager, the reader's own withdrawal, a friend's or a colleague's rejection, a hiring freeze in
a newsletter, an invitation to the next round that mentions the others, a job alert, an offer and "we gaan graag
verder met jou". Found while probing: "niet verder met je vraag / uw oude e-mailadres / je opleiding", the reader as a
supplier, a "niet" that negates another verb ("om niet te wachten en je uit te nodigen"), a step not needed ("je hoeft
... niet door te zetten"), a form that hangs, a cost not counted, "niet zomaar afwijzen", the reader's own choice ("je
hebt niet gekozen voor ..."), an election at work, a friend's sympathy, a coach retelling the reader's news, a pause
"tot je terug bent", an old no recalled beside a new post; and on the rejection side "we kunnen niets met je
sollicitatie", "niets voor u betekenen", "af te zien van uw kandidatuur", "voor jou eindigt de procedure hier". All
texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Jeroen Verbeek <jeroen.verbeek@dekoepel-groep.example>"


# the sender of the HTML-only letters: an ATS (no plain-text alternative)
HTML_SENDER = "Werken bij Zorggroep Oost <noreply@werkenbij.example>"


REJECTIONS = [
    # --- curt notes after a meeting, no job word at all
    ('Re: gesprek',
     'Hoi Sanne,\n\nWe gaan voor iemand anders. Succes!\n\nJoost'),
    ('Re: dinsdag',
     'Hé Sam, we hebben gekozen voor een andere kandidaat. Bedankt voor je tijd en succes verder!\nFemke'),
    ('Re: kennismaking',
     'Hoi Sam, na ons gesprek hebben we toch voor iemand anders gekozen. Veel succes! Lotte'),
    ('Re: afspraak van maandag',
     'Beste Sam,\n\nWe kiezen voor een andere kandidaat. Bedankt voor je interesse.\n\nMvg,\nPeter'),
    ('Re: proefdag',
     'hoi sam, jammer maar je bent niet gekozen. succes verder!\ngr anouk'),
    # --- "niet geselecteerd voor de volgende ronde", "je valt af", the selection not passed
    ('Je sollicitatie bij Fietsfabriek Zwolle',
     'Hoi Sam,\n\nBedankt voor het invullen van onze vragenlijst. We hebben je helaas niet geselecteerd voor de '
     'volgende ronde.\n\nGroeten,\nTeam Fietsfabriek'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDank je voor je reactie op de vacature Buitendienst Monteur. Na de eerste selectie val je helaas '
     'af. Er kwamen ruim tweehonderd reacties binnen.\n\nSucces met solliciteren!\n\nChantal'),
    ('Sollicitatie callcentermedewerker',
     'Beste Sam,\n\nJammer genoeg ben je in de eerste selectieronde afgevallen. We wensen je succes bij je verdere '
     'zoektocht.\n\nMet vriendelijke groet,\nKlantcontact Noord'),
    ('Uitslag selectie',
     'Beste Sam,\n\nHelaas moeten we je teleurstellen: je bent niet door de eerste selectie gekomen voor de functie '
     'van projectleider.\n\nGroet,\nHR Bouwbedrijf Smit'),
    ('Je sollicitatie als chauffeur',
     'Hoi Sam,\n\nJammer genoeg heb je de selectie niet gehaald. De kandidaten die we uitnodigen hebben allemaal een '
     'C-rijbewijs.\n\nGroet,\nTransport Veenstra'),
    # --- the procedure not continued with the reader
    ('Sollicitatie projectsecretaris',
     'Beste Sam,\n\nDank voor je sollicitatie. We zetten het sollicitatieproces niet met je voort: andere kandidaten '
     'sluiten beter aan bij wat we zoeken.\n\nVriendelijke groet,\nMonique'),
    ('Je sollicitatie bij Groenrijk',
     'Hoi Sam,\n\nWe hebben besloten de procedure met jou niet voort te zetten. Bedankt voor je moeite!\n\n'
     'Groet,\nTeam Groenrijk'),
    # --- the choice fell on another
    ('Sollicitatie leerkracht groep 5',
     'Beste Sam,\n\nDank voor het gesprek en de proefles. Uiteindelijk is onze keuze op een andere kandidaat '
     'gevallen.\n\nHartelijke groet,\nRenate Kok, directeur OBS De Regenboog'),
    ('Sollicitatie doktersassistent',
     'Beste Sam,\n\nNa de gesprekken is de keuze gevallen op iemand anders. Wij danken je hartelijk voor je '
     'tijd.\n\nGroet,\nHuisartsenpraktijk De Linde'),
    # --- "niet in aanmerking", not taken into consideration
    ('Je sollicitatie',
     'Hoi Sam,\n\nOp basis van je cv kom je helaas niet in aanmerking voor deze functie. We zoeken iemand met '
     'een afgeronde hbo-opleiding.\n\nGroet,\nRecruitment Vonk'),
    ('Uw sollicitatie doktersassistente',
     'Geachte heer Rivera,\n\nU komt niet in aanmerking voor de functie van doktersassistente, omdat u niet over '
     'het vereiste diploma beschikt.\n\nMet vriendelijke groet,\nGezondheidscentrum Oost'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nUw sollicitatie wordt niet in behandeling genomen, omdat deze na de sluitingsdatum '
     'bij ons binnenkwam.\n\nHoogachtend,\nGemeente Lochem, team HRM'),
    ('Sollicitatie verpleegkundige',
     'Geachte heer Rivera,\n\nWij nemen uw sollicitatie niet in behandeling omdat u niet beschikt over een '
     'BIG-registratie.\n\nMet vriendelijke groet,\nAfdeling Werving, Ziekenhuis Rivierenland'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe zullen je sollicitatie niet verder in behandeling nemen. Dank voor je interesse in '
     'Bakkerij Vos.\n\nGroet,\nEls'),
    # --- the post filled internally
    ('Vacature administratief medewerker',
     'Beste Sam,\n\nDe functie is inmiddels intern ingevuld. Dank voor je sollicitatie en je geduld.\n\nMet '
     'vriendelijke groet,\nP&O'),
    ('Je sollicitatie: Coördinator',
     'Beste Sam,\n\nWe hebben besloten de vacature met een interne kandidaat in te vullen. Bedankt voor je '
     'sollicitatie.\n\nGroet,\nIrene'),
    # --- after an assessment or a test
    ('Uitslag assessment',
     'Beste Sam,\n\nNa afloop van het assessment hebben we besloten niet met je verder te gaan.\n\nMet vriendelijke '
     'groet,\nRecruitment Waterschap Rijn'),
    ('Vervolg sollicitatie',
     'Beste Sam,\n\nOp basis van de uitkomsten van het assessment hebben we besloten je niet uit te nodigen voor '
     'het tweede gesprek.\n\nMet vriendelijke groet,\nDaphne'),
    ('Resultaat capaciteitentest',
     'Beste Sam,\n\nDe resultaten van de capaciteitentest waren helaas niet voldoende om je verder mee te nemen in '
     'de procedure.\n\nGroet,\nSelectieteam'),
    ('Na de praktijkopdracht',
     'Hoi Sam,\n\nHelaas heb je het niet gehaald. De andere kandidaat scoorde beter op de praktijkopdracht.\n\n'
     'Groet,\nMark'),
    # --- a no after pleasantries
    ('Bedankt voor dinsdag',
     'Hoi Sam,\n\nAllereerst nogmaals dank voor het leuke gesprek van dinsdag. We vonden het erg gezellig en je '
     'vertelde enthousiast over je tijd in Gent. Ook de rondleiding door de werkplaats was leuk, hopelijk vond jij '
     'dat ook.\n\nToch hebben we na lang wikken en wegen gekozen voor een andere kandidaat, die net wat meer '
     'ervaring heeft met CNC-machines.\n\nWe wensen je het allerbeste.\n\nGroet,\nHenk'),
    ('Je sollicitatie bij De Groene Vork',
     'Hoi Sam,\n\nWat leuk dat je bij ons langs bent geweest! Het hele team vond het gezellig en je had goede '
     'ideeën over de menukaart. We hebben er lang over getwijfeld, maar we hebben uiteindelijk toch iemand anders '
     'aangenomen.\n\nJe bent altijd welkom om te komen eten!\n\nGroetjes,\nNoor'),
    # --- agencies and job boards
    ('Terugkoppeling opdrachtgever',
     'Hoi Sam,\n\nIk heb je profiel voorgelegd aan mijn opdrachtgever, maar zij hebben aangegeven niet verder te '
     'willen met je.\n\nIk houd je op de hoogte van andere vacatures.\n\nGroet,\nKevin, Talentbureau Oost'),
    ('Vacature inkoper',
     'Hoi Sam,\n\nDe opdrachtgever heeft helaas voor een andere kandidaat gekozen. Ik houd je cv bij de hand.\n\n'
     'Groet,\nLinda, Randgroep Detachering'),
    ('Update over je sollicitatie',
     'Hallo Sam,\n\nDe werkgever heeft je sollicitatie voor Magazijnmedewerker bekeken en heeft besloten je niet '
     'uit te nodigen voor een gesprek.\n\nBekijk meer vacatures op Nationale Vacaturebank.'),
    ('Je sollicitatie voor Verkoopmedewerker',
     'Hoi Sam,\n\nHelaas heeft Modehuis Lente besloten niet verder te gaan met je sollicitatie voor '
     'Verkoopmedewerker.\n\nBlijf zoeken op Indeed.'),
    ('Je sollicitatie bij Zorggroep Oost',
     'Beste Sam,\n\nHelaas sluit je ervaring niet genoeg aan bij wat we voor deze rol zoeken.\n\nWe wensen je veel '
     'succes.\n\nWerken bij Zorggroep Oost'),
    # --- a verdict in the subject, the body only points to the account
    ('Update sollicitatie: afgewezen',
     'Beste Sam,\n\nEr is een update over je sollicitatie voor de functie Klantenservicemedewerker. Log in op je '
     'account om de details te bekijken.\n\nMet vriendelijke groet,\nWerken bij Energie Noord'),
    ('Status van je sollicitatie: niet geselecteerd',
     'Hoi Sam,\n\nDe status van je sollicitatie is gewijzigd. Je kunt alles terugvinden in je persoonlijke '
     'omgeving.\n\nTeam Recruitment'),
    ('Je sollicitatie als Kok is afgewezen',
     'Hoi Sam,\n\nBekijk je sollicitaties in je account.\n\nIndeed'),
    # --- Flemish letters
    ('Uw kandidatuur',
     'Geachte heer Rivera,\n\nNa grondige overweging hebben we beslist om niet verder te gaan met uw kandidatuur.'
     '\n\nMet vriendelijke groeten,\nDienst HR, Stad Lier'),
    ('Uw kandidatuur onthaalmedewerker',
     'Geachte heer Rivera,\n\nUw kandidatuur werd niet weerhouden voor de functie van onthaalmedewerker. Wij danken '
     'u voor uw interesse.\n\nMet vriendelijke groeten,\nAZ Sint-Jozef'),
    ('Kandidatuur magazijnier',
     'Beste Sam,\n\nSpijtig genoeg moeten we u laten weten dat we voor een ander profiel gekozen hebben.\n\n'
     'Vriendelijke groeten,\nLogistiek Decock'),
    ('Uw sollicitatie',
     'Beste meneer Rivera,\n\nUw profiel werd niet geselecteerd voor de volgende fase van de selectie.\n\n'
     'Met vriendelijke groeten,\nHR Brouwerij Van Eecke'),
    ('Uw kandidatuur',
     'Beste Sam,\n\nWe hebben ons uiteindelijk voor een andere kandidaat beslist. Dank voor uw tijd.\n\n'
     'Met vriendelijke groet,\nGert'),
    ('Kandidatuur',
     'Geachte heer Rivera,\n\nWij betreuren u te moeten meedelen dat uw kandidatuur werd afgewezen.\n\n'
     'Hoogachtend,\nDe selectiecommissie'),
    # --- a reply above a quoted earlier mail
    ('Re: sollicitatie',
     'Hoi Sam,\n\nHelaas gaan we niet verder met je sollicitatie. We hebben iemand gevonden die beter aansluit.\n\n'
     'Groet,\nIris\n\n-----Oorspronkelijk bericht-----\nVan: Sam Rivera\nVerzonden: maandag 3 juni 2024 10:12\n'
     'Aan: Iris\nOnderwerp: sollicitatie\n\nBeste Iris,\n\nHierbij stuur ik mijn cv. Ik hoor graag of er een '
     'gesprek mogelijk is.\n\nGroet,\nSam'),
    ('Re: vacature',
     'Nee helaas, we hebben voor iemand anders gekozen. Succes!\n\nOp di 4 jun 2024 om 09:30 schreef Sam Rivera '
     '<sam@example.net>:\n> Hoi Frank,\n> Is er al nieuws over de vacature?\n> Groet, Sam'),
    # --- hospitals, schools, public bodies
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nNa het selectiegesprek heeft de commissie besloten u niet aan te stellen.\n\n'
     'Hoogachtend,\nRaad van Bestuur, Zorgcentrum Waalzicht'),
    ('Sollicitatie docent Engels',
     'Beste Sam,\n\nNa de proefles hebben wij besloten een andere kandidaat te benoemen.\n\nMet vriendelijke groet,'
     '\nCollege van Bestuur'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nHelaas moeten we je afwijzen voor deze functie. We wensen je veel succes.\n\nGroet,\nTom'),
    ('Sollicitatie',
     'Beste Sam,\n\nJe sollicitatie is helaas niet succesvol geweest. Bedankt voor je interesse.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nDe uitkomst van de selectie is voor jou helaas negatief. Dank voor je deelname.\n\nGroet,\n'
     'Ellen'),
    ('Vacature',
     'Hoi Sam,\n\nWe hebben iemand gevonden voor de plek. Toch bedankt voor je reactie!\n\nGroet,\nBram'),
    # --- found while probing: the outcome as a noun, "met elkaar", "we laten het voor nu hierbij"
    ('Sollicitatie',
     'Beste Sam,\n\nHet is helaas een afwijzing geworden. Dank voor je tijd en je enthousiasme.\n\nGroet,\nAnne'),
    ('Na ons gesprek',
     'Beste Sam,\n\nDe uitkomst van het gesprek is dat we niet verder met elkaar gaan. We wensen je succes.\n\n'
     'Groet,\nAnne'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe laten het voor nu hierbij. Dank voor je interesse en veel succes!\n\nGroet,\nAnne'),
    ('Re: sollicitatie',
     'Dag Sam,\n\nMerci voor uw mail. We zijn ondertussen voorzien, we hebben iemand gevonden. Nog veel succes!\n\n'
     'Groetjes,\nAn\n\nOp 3 juni 2024 schreef Sam Rivera:\n> Dag An, is de job van verkoopster nog vrij?'),
    ('Je sollicitatie bij Kinderopvang Zonnetje',
     'Hoi Sam,\n\nWat fijn dat je interesse hebt in werken bij Kinderopvang Zonnetje! We kregen maar liefst 80 '
     'reacties op deze vacature, wat we geweldig vinden. Ons team bestaat uit 25 enthousiaste pedagogisch '
     'medewerkers en we zijn trots op onze groene buitenruimte.\n\nHelaas hebben we je niet geselecteerd voor een '
     'gesprek. We houden je cv graag een half jaar in portefeuille.\n\nLiefs,\nTeam Zonnetje'),
    ('Afgewezen: Medewerker Klantenservice',
     'Beste Sam,\n\nBekijk de status van je sollicitatie in je account op werkenbij.example.\n\nMet vriendelijke '
     'groet,\nWerken bij Energie Noord'),
    ('Uw kandidatuur: niet weerhouden',
     'Geachte heer Rivera,\n\nMeer informatie vindt u in uw persoonlijke dossier op de website.\n\nMet vriendelijke '
     'groeten,\nJobdienst Stad Gent'),
    ('Proefdag',
     'Hoi Sam,\n\nBedankt voor je komst naar onze proefdag. We merkten dat het werk toch niet helemaal bij je past, '
     'daarom stoppen we hier.\n\nGroet,\nAnne'),
    ('Vakantiejob',
     'Dag Sam,\n\nAlle vakantiejobs zijn al ingevuld voor deze zomer. Spijtig!\n\nGroetjes,\nDe Zeebries'),
    ('Uitslag',
     'Geachte heer Rivera,\n\nDe selectiecommissie heeft unaniem voor een andere kandidaat gekozen.\n\nHoogachtend,'
     '\nDe secretaris'),
    # --- nothing done with the application, nothing to offer, no place it led to, the other one it became
    ('Re: sollicitatie',
     'Hoi Sam, we kunnen helaas niets met je sollicitatie. Succes ermee!\nGroet, Joke'),
    ('Re: open sollicitatie',
     'Beste Sam,\n\nWij kunnen op dit moment helaas niets voor u betekenen. Wij bewaren uw gegevens niet.\n\n'
     'Met vriendelijke groet,\nUitzendbureau Flex'),
    ('Sollicitatie bezorger',
     'Beste Sam,\n\nWe doen niets met je sollicitatie, omdat je geen rijbewijs B hebt.\n\nGroet,\nJoke'),
    ('Je open sollicitatie',
     'Beste Sam,\n\nWe kunnen momenteel niets met je open sollicitatie. Kijk gerust af en toe op onze site.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nHelaas heeft je sollicitatie niet tot een plek in de volgende ronde geleid.\n\nGroet,\nJoke'),
    ('Je sollicitatie',
     'Beste Sam,\n\nJe sollicitatie is helaas op niets uitgedraaid. Dank voor je moeite.\n\nGroet,\nJoke'),
    ('Na de gesprekken',
     'Beste Sam,\n\nWe hebben twee goede gesprekken gevoerd. Het werd uiteindelijk de andere kandidaat.\n\nGroet,\n'
     'Joke'),
    # --- refraining from the application, a profile that does not match (verb last), the procedure ending here
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nNaar aanleiding van uw brief delen wij u mee dat wij hebben besloten af te zien van uw '
     'kandidatuur.\n\nHoogachtend,\nGemeente Tiel'),
    ('Uw sollicitatie',
     'Geachte heer Rivera,\n\nNa beraad is de commissie tot de conclusie gekomen dat uw profiel onvoldoende '
     'overeenkomt met het gevraagde.\n\nHoogachtend,\nDe selectiecommissie'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDank voor je tijd en je energie. Dit is helaas het einde van de procedure voor jou.\n\nGroet,\n'
     'Team Recruitment'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nJe reis bij ons stopt hier helaas. We wensen je alle goeds.\n\nGroet,\nTeam Talent'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nNa de casusopdracht hebben we de scores vergeleken. Voor jou eindigt de procedure hier.\n\nGroet,\n'
     'Daphne'),
    # --- Flemish: all student-job places taken, the verb first
    ('Kandidatuur jobstudent',
     'Dag Sam,\n\nMerci voor uw kandidatuur. Spijtig genoeg zijn alle plaatsen voor jobstudenten deze zomer al '
     'ingevuld.\n\nMet vriendelijke groeten,\nSupermarkt Peeters'),
    # a school as employer under a teacher's title: "belangstelling voor onze school" is no admission
    ('Vacature docent wiskunde',
     'Beste Sam,\n\nDe keus is gevallen op een kandidaat met meer ervaring in de bovenbouw. Dank voor je '
     'belangstelling voor onze school.\n\nMet vriendelijke groet,\nSectie wiskunde, Het Baken'),
]

HTML_REJECTIONS = [
    ('Je sollicitatie bij Zorggroep Oost',
     '<html><body><table><tr><td><h2>Bedankt voor je sollicitatie</h2><p>Beste Sam,</p><p>We hebben je helaas '
     'niet geselecteerd voor de volgende ronde.</p><p>Met vriendelijke groet,<br>Werken bij Zorggroep Oost</p>'
     '</td></tr></table></body></html>'),
    ('Update sollicitatie',
     '<html><body><p>Hoi Sam,</p><p>Bedankt voor het leuke gesprek. Uiteindelijk is de keuze gevallen op een '
     'andere kandidaat.</p><p>Groetjes,<br>Team Recruitee</p></body></html>'),
    ('Uw kandidatuur',
     '<html><body><div>Geachte heer Rivera,</div><div><br></div><div>Uw kandidatuur werd niet weerhouden.'
     '</div><div><br></div><div>Met vriendelijke groeten,<br>Jobdienst</div></body></html>'),
    ('Je sollicitatie',
     '<html><body><p>Hallo&nbsp;Sam,</p><p>Op basis van je cv kom je helaas niet in&nbsp;aanmerking voor deze '
     'functie.</p><p>Team Homerun</p></body></html>'),
]

# Rejections still missed, each for a reason outside the Dutch phrase lists (strict: a case that starts passing moves
# up into REJECTIONS).
KNOWN_GAPS = [
    # no job word at all: "we found someone else" and "it won't be it" are also said of a flat, a sale or a quote
    ('Terugkoppeling',
     'Beste Sam,\n\nHelaas, we hebben iemand anders gevonden. Dank voor je komst vorige week.\n\nGroet,\nWouter'),
    ('Re: vrijdag',
     'Hoi Sam, sorry, het gaat hem niet worden. Dank je wel voor je tijd!\nGroet, Marloes'),
]

LOOKALIKES = [
    # --- "niet verder" of a project, a pilot, a building, a collaboration
    ('Project Klantportaal',
     'Beste Sam,\n\nDe stuurgroep heeft besloten niet verder te gaan met het project Klantportaal. Het budget '
     'gaat naar de migratie.\n\nGroet,\nMarieke'),
    ('Evaluatie pilot',
     'Beste Sam,\n\nNa evaluatie van de pilot hebben we besloten niet verder te gaan met jullie software. Bedankt '
     'voor de prettige samenwerking.\n\nGroet,\nAfdeling ICT'),
    ('Verbouwing',
     'Hoi Sam,\n\nDe verbouwing kan voorlopig niet verder: de aannemer wacht op de vergunning.\n\nGroet,\nKees'),
    ('Samenwerking uitzendbureau',
     'Collega\'s,\n\nWe gaan niet verder met uitzendbureau Flex. Vanaf januari werven we zelf.\n\nGroet,\nHR'),
    ('Re: aangifte',
     'Hoi Sam, ik kom niet verder met mijn belastingaangifte, kun jij even kijken? Groetjes, mam'),
    ('Storing',
     'Beste klant,\n\nDoor een storing kunnen we niet verder met uw aanvraag. Probeer het later opnieuw.\n\n'
     'Klantenservice'),
    ('Opleiding',
     'Beste Sam,\n\nDe opleiding Facilitair Management wordt volgend jaar niet verder aangeboden. Lopende studenten '
     'ronden hun studie gewoon af.\n\nStudentenzaken'),
    # --- a tender, a quote, a supplier
    ('Aanbesteding schoonmaakdiensten',
     'Geachte heer Rivera,\n\nUw inschrijving op de aanbesteding schoonmaakdiensten is niet als winnaar gekozen. '
     'De opdracht wordt gegund aan een andere inschrijver.\n\nHoogachtend,\nInkoop Gemeente Ede'),
    ('Uw offerte',
     'Beste Sam,\n\nBedankt voor uw offerte. We hebben gekozen voor een andere leverancier.\n\nGroet,\nFacilitair '
     'Bedrijf'),
    ('Re: offerte dakkapel',
     'Hoi Sam, voor de verbouwing gaan we toch voor een andere aannemer. Bedankt voor je offerte!\nGroet, Eva'),
    ('Keuze leverancier',
     'Beste Sam,\n\nDe keuze is gevallen op de offerte van Bouwbedrijf Smit. Dank voor uw moeite.\n\nGroet,\nAnja'),
    # --- a subsidy, a mortgage, a loan, a payment, a benefit
    ('Uw subsidieaanvraag',
     'Geachte heer Rivera,\n\nUw subsidieaanvraag voor het buurtfestival is afgewezen. De aanvraag voldoet niet '
     'aan de criteria.\n\nHoogachtend,\nGemeente Zwolle'),
    ('Hypotheekaanvraag',
     'Beste Sam,\n\nHelaas gaat de geldverstrekker niet verder met je hypotheekaanvraag. We bekijken samen de '
     'andere mogelijkheden.\n\nGroet,\nJe hypotheekadviseur'),
    ('Uw kredietaanvraag',
     'Geachte heer Rivera,\n\nUw kredietaanvraag is afgewezen op basis van de BKR-toetsing.\n\nMet vriendelijke '
     'groet,\nKredietbank'),
    ('Betaling mislukt',
     'Hoi Sam,\n\nJe betaling is afgewezen door je bank. Probeer een andere betaalmethode.\n\nTeam Webshop'),
    ('Huurtoeslag',
     'Geachte heer Rivera,\n\nU komt niet in aanmerking voor huurtoeslag, omdat uw inkomen te hoog is.\n\n'
     'Dienst Toeslagen'),
    ('Uw bezwaar',
     'Geachte heer Rivera,\n\nUw bezwaar tegen de aanslag is ongegrond verklaard.\n\nBelastingdienst'),
    # --- a rental flat, a house
    ('Woning Dorpsstraat 12',
     'Beste Sam,\n\nHelaas is de woning aan de Dorpsstraat toegewezen aan een andere kandidaat-huurder. Je komt '
     'niet in aanmerking voor deze woning.\n\nWoonstichting Thuis'),
    ('Bezichtiging',
     'Beste Sam,\n\nU bent niet als eerste kandidaat geselecteerd voor de woning aan de Kerkstraat. U blijft '
     'ingeschreven.\n\nMet vriendelijke groet,\nVerhuurmakelaar'),
    ('Bod op de woning',
     'Hoi Sam,\n\nDe verkoper heeft helaas een ander bod geaccepteerd. De koop gaat dus niet door.\n\nGroet,\n'
     'Makelaardij Jansen'),
    # --- a sports team, a choir, a race, a school place, a study
    ('Selectie eerste team',
     'Hoi Sam,\n\nBij de selectie voor het eerste team ben je helaas niet gekozen. Je speelt dit seizoen in het '
     'tweede.\n\nTrainer Ruud'),
    ('Auditie',
     'Beste Sam,\n\nNa de auditie hebben we besloten je niet toe te laten tot het koor. Volgend jaar is er een '
     'nieuwe auditie.\n\nGroet,\nHet bestuur'),
    ('Loting marathon',
     'Beste Sam,\n\nJe bent helaas niet ingeloot voor de marathon van Rotterdam.\n\nDe organisatie'),
    ('Plaatsing',
     'Beste ouders,\n\nUw kind is helaas uitgeloot voor het Stedelijk Gymnasium. U ontvangt bericht over de '
     'tweede ronde.\n\nCentrale aanmelding'),
    ('Cursus Italiaans',
     'Beste Sam,\n\nHelaas is er geen plek meer in de cursus Italiaans voor beginners. Je staat op de '
     'wachtlijst.\n\nVolksuniversiteit'),
    ('Onderzoek',
     'Beste deelnemer,\n\nU komt helaas niet in aanmerking voor deelname aan het onderzoek naar slaap.\n\n'
     'Onderzoeksteam'),
    ('Je abstract',
     'Beste Sam,\n\nJe abstract is niet geselecteerd voor een presentatie op het congres. Je bent wel welkom als '
     'bezoeker.\n\nProgrammacommissie'),
    ('Verkiezing ondernemingsraad',
     'Beste Sam,\n\nDe stemmen zijn geteld. Je bent helaas niet gekozen in de ondernemingsraad.\n\nDe '
     'verkiezingscommissie'),
    # --- "geen doorgang", "gaat niet door" of an event
    ('Teamdag',
     'Hoi allemaal,\n\nDe teamdag van vrijdag kan geen doorgang vinden vanwege de storm.\n\nGroet,\nSandra'),
    ('Training leidinggeven',
     'Beste Sam,\n\nDe training Leidinggeven gaat wegens te weinig aanmeldingen niet door.\n\nHR Academy'),
    ('Sollicitatiegesprek donderdag',
     'Beste Sam,\n\nHet sollicitatiegesprek van donderdag kan helaas geen doorgang vinden; de manager is ziek. '
     'We plannen zo snel mogelijk een nieuwe datum.\n\nGroet,\nRecruitment'),
    ('Personeelsfeest',
     'Beste collega\'s,\n\nHet personeelsfeest vindt dit jaar geen doorgang.\n\nDe personeelsvereniging'),
    # --- requests at work: leave, expenses, parking
    ('Verlofaanvraag',
     'Hoi Sam,\n\nJe verlofaanvraag voor 12 t/m 16 augustus is afgewezen. Er zijn te veel collega\'s weg.\n\n'
     'Groet,\nPlanning'),
    ('Declaratie',
     'Beste Sam,\n\nJe declaratie is afgewezen: het bonnetje ontbreekt.\n\nFinanciële administratie'),
    ('Thuiswerkplek',
     'Beste Sam,\n\nJe aanvraag voor een tweede beeldscherm is niet goedgekeurd.\n\nFacilitair'),
    # --- the reader is the hiring manager
    ('Kandidaat Jeroen',
     'Hoi Sam,\n\nZal ik Jeroen de afwijzing sturen? We gaan niet verder met hem, toch?\n\nGroet,\nMaaike (HR)'),
    ('Procedure teamleider',
     'Beste Sam,\n\nDank voor je beoordeling. Ik heb de drie kandidaten die niet verder gaan een afwijzing '
     'gestuurd en de andere twee uitgenodigd voor de tweede ronde.\n\nGroet,\nMaaike'),
    ('Sollicitant afgewezen',
     'Sollicitant Jeroen Bakker is afgewezen door Sam Rivera voor de vacature Office Manager. Er is automatisch '
     'een afwijzingsmail verstuurd.\n\nRecruitee'),
    ('Re: kandidaten',
     'Hoi Sam, ik heb de kandidaat van gisteren laten weten dat we voor iemand anders gaan. Zal ik de nummer twee '
     'bellen?\nGr, Ilse'),
    ('Nieuwe sollicitatie',
     'Hoi Sam,\n\nEr is een nieuwe sollicitatie binnengekomen voor Office Manager. Bekijk de kandidaat in '
     'Homerun.\n\nHomerun'),
    # --- the reader withdrew or declined
    ('Re: intrekken kandidatuur',
     'Beste Sam,\n\nBedankt voor je bericht dat je je kandidatuur intrekt. We sluiten je dossier af en wensen je '
     'veel succes in je nieuwe job.\n\nGroet,\nHR'),
    ('Re: sollicitatie',
     'Beste Sam,\n\nJammer dat je je sollicitatie intrekt. We respecteren je keuze en gaan dus niet verder met de '
     'procedure.\n\nGroet,\nMonique'),
    ('Re: aanbod',
     'Hoi Sam,\n\nJammer dat je ons aanbod hebt afgewezen. We respecteren je keuze en wensen je succes.\n\n'
     'Groet,\nThijs'),
    # --- a friend's or a colleague's rejection
    ('Balen',
     'Hoi Sam,\n\nMijn sollicitatie bij de politie is afgewezen. Zullen we vrijdag een biertje drinken?\n\nTim'),
    ('Pieter',
     'Hoi Sam,\n\nWist je dat Pieter is afgewezen voor die functie bij de gemeente? Hij baalt enorm.\n\nGroet,\n'
     'Linda'),
    ('Je voordracht',
     'Hoi Sam,\n\nDe kandidaat die jij had voorgedragen is helaas niet aangenomen. Bedankt voor het doorsturen!\n\n'
     'Groet,\nHR'),
    # --- a newsletter about a hiring freeze, a reorganisation to staff
    ('Nieuwsbrief november',
     'Beste collega\'s,\n\nVanwege de onzekere economie nemen we voorlopig geen nieuwe mensen aan. Openstaande '
     'vacatures worden niet verder ingevuld. Voor jullie eigen functie verandert er niets.\n\nDe directie'),
    ('Reorganisatie',
     'Beste Sam,\n\nWe hebben besloten de functie van teamleider te laten vervallen. Voor jouw eigen functie '
     'verandert er niets.\n\nGroet,\nManagement'),
    # --- invitations to the next round, offers, "we gaan graag verder met jou"
    ('Tweede ronde',
     'Hoi Sam,\n\nGoed nieuws! Je bent door naar de tweede ronde. Van de twaalf kandidaten gaan er maar drie '
     'verder; de anderen hebben we helaas moeten afwijzen.\n\nGroet,\nEsther'),
    ('Gefeliciteerd',
     'Beste Sam,\n\nGefeliciteerd, je bent geselecteerd voor de volgende ronde! Niet alle kandidaten zijn '
     'doorgegaan, maar jij wel.\n\nGroet,\nRecruitment'),
    ('Je bent het geworden!',
     'Hoi Sam,\n\nWe hebben voor jou gekozen boven de andere kandidaten. Welkom in het team!\n\nGroet,\nRoel'),
    ('Vervolg',
     'Hoi Sam,\n\nNa het gesprek van gisteren gaan we graag verder met jou! Kun je volgende week langskomen voor '
     'een tweede gesprek?\n\nGroet,\nAnnelies'),
    ('Aanbod',
     'Beste Sam,\n\nWe doen je graag een aanbod voor de functie van planner. De andere kandidaten krijgen vandaag '
     'een afwijzing.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe willen graag met je verder in de procedure en nodigen je uit voor een assessment.\n\nGroet,\n'
     'Daphne'),
    # --- job alerts, ATS receipts, recruiters
    ('Vacaturemelding',
     'Hoi Sam,\n\nEr zijn 5 nieuwe vacatures die bij je passen. Let op: de vacature Verkoper bij Modehuis Lente is '
     'gesloten.\n\nNationale Vacaturebank'),
    ('Je sollicitatie is verzonden',
     'Hoi Sam,\n\nJe sollicitatie voor Magazijnmedewerker is verzonden naar Logistiek Noord. De werkgever heeft '
     'je sollicitatie bekeken.\n\nIndeed'),
    ('Interessante functie',
     'Hoi Sam,\n\nIk zag je profiel op LinkedIn. Mijn opdrachtgever zoekt een controller. Heb je interesse in een '
     'kennismaking?\n\nGroet,\nRick, Finance Recruiters'),
    # --- a shop, an order, a volunteer evening
    ('Je bestelling',
     'Hoi Sam,\n\nHelaas kunnen we je bestelling niet verder verwerken, het artikel is uitverkocht.\n\nWebshop'),
    ('Vrijwilligersavond',
     'Beste vrijwilligers,\n\nWe gaan niet verder met de vrijwilligersavond op woensdag.\n\nGroet,\nBuurthuis'),
    ('Laptop',
     'Hoi Sam,\n\nWe gaan niet verder met de oude laptop; je krijgt maandag een nieuwe.\n\nGroet,\nIT'),
    ('Bedrijfsuitje',
     'Hoi allemaal,\n\nOnze keuze is op een andere locatie gevallen voor het bedrijfsuitje.\n\nGroet,\nSandra'),
    ('Logo',
     'Hoi Sam,\n\nDe keuze voor het nieuwe logo is gevallen op ontwerp B. Dank voor je schetsen!\n\nGroet,\nRob'),
    # --- "niet verder" in job mail that rejects nothing: advice, a newsletter, a calendar, a temp's colleague
    ('Kom je niet verder met solliciteren?',
     'Hoi Sam,\n\nKom je niet verder dan het eerste gesprek? Veel werkzoekenden lopen daartegenaan. In onze gratis '
     'workshop leer je hoe je een sollicitatiegesprek voorbereidt.\n\nTot dan!\nWerkplein Regio Oost'),
    ('5 tips voor je sollicitatie',
     'Hoi Sam,\n\nVeel kandidaten komen niet verder dan de eerste selectie. Met deze vijf tips valt jouw brief wel '
     'op bij recruiters.\n\nJe wekelijkse carrièrenieuwsbrief'),
    ('Uitnodiging afgewezen: Sollicitatiegesprek',
     'Sam Rivera heeft deze uitnodiging afgewezen.\n\nSollicitatiegesprek Office Manager\ndinsdag 4 juni 2024 '
     '10:00 - 11:00\n\nUitnodiging van Google Agenda'),
    ('Je sollicitatiegesprek',
     'Hoi Sam,\n\nIk kan helaas niet verder met ons gesprek van vandaag, mijn dochter is ziek. Zullen we het '
     'verzetten naar donderdag?\n\nGroet,\nKarin'),
    ('Procedure controller',
     'Hoi Sam,\n\nDe andere kandidaat gaat niet verder in de procedure, dus jij bent de enige die overblijft. We '
     'nodigen je graag uit voor het laatste gesprek.\n\nGroet,\nMarco'),
    ('Overdracht',
     'Beste collega\'s,\n\nLisa gaat niet verder bij ons; haar contract loopt af. Haar taken neemt Sam over.\n\n'
     'Groet,\nTeamleider'),
    ('Vacature on hold',
     'Hoi Sam,\n\nDe vacature bij mijn opdrachtgever ligt even stil, maar ik heb een andere functie die goed bij '
     'je past. Zullen we morgen bellen?\n\nGroet,\nKevin, Talentbureau Oost'),
    ('Sollicitatietraining',
     'Beste deelnemer,\n\nVanwege te weinig aanmeldingen vindt de sollicitatietraining van 14 maart geen '
     'doorgang. Je ontvangt je inschrijfgeld terug.\n\nUWV WERKbedrijf'),
    ('Open dag traineeship',
     'Hoi Sam,\n\nDe open dag voor ons traineeship gaat geen doorgang vinden. In plaats daarvan organiseren we een '
     'online sessie waarvoor je je kunt aanmelden.\n\nTeam Traineeships'),
    ('Re: sollicitatie',
     'Hoi Sam,\n\nJe gaf aan niet verder te willen met de procedure omdat je een andere baan hebt. Jammer, maar '
     'begrijpelijk! Veel succes.\n\nGroet,\nMaud'),
    ('Kandidaten Office Manager',
     'Hoi Sam,\n\nWelke kandidaten gaan niet verder? Laat het me vandaag weten, dan stuur ik de afwijzingen.\n\n'
     'Groet,\nMaaike (HR)'),
    ('Vacature planner',
     'Hoi Sam,\n\nWe hebben nog niet gekozen tussen jou en één andere kandidaat. Volgende week hoor je meer.\n\n'
     'Groet,\nRoel'),
    ('Pensioenregeling',
     'Beste Sam,\n\nJe hebt niet gekozen voor extra pensioensparen. Je kunt je keuze tot 1 december '
     'aanpassen.\n\nHR Service'),
    ('Je uitzendopdracht',
     'Hoi Sam,\n\nDe klant gaat niet verder met de nachtdienst, dus vanaf maandag werk je in de dagdienst. Je '
     'opdracht loopt gewoon door.\n\nGroet,\nUitzendbureau Flex'),
    ('Nieuwsbrief HR',
     'Beste collega\'s,\n\nIn deze nieuwsbrief: het project Nieuwe Werken gaat niet verder, de vacatures voor het '
     'magazijn zijn ingevuld en we verwelkomen drie nieuwe collega\'s.\n\nHR'),
    ('Je kandidaat Tom',
     'Hoi Sam,\n\nDank je voor het doorsturen van Tom. Helaas hebben we voor iemand anders gekozen voor de functie. '
     'Je krijgt de bonus dus niet, maar bedankt voor het meedenken!\n\nGroet,\nHR'),
    ('Re: mijn sollicitatie bij de gemeente',
     'Hoi Sam,\n\nVervelend dat je bent afgewezen voor die functie bij de gemeente! Zal ik je cv eens naar mijn '
     'manager sturen? We zoeken nog iemand.\n\nGroet,\nRoos'),
    # --- "niet verder met je/uw ..." of a matter that is no application, the reader as a supplier
    ('Je sollicitatie',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. Helaas kunnen we niet verder met je vraag over parkeren; daarvoor '
     'moet je bij facilitair zijn. Je gesprek staat gepland op dinsdag.\n\nGroet,\nAnne'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nWe gaan niet verder met uw oude e-mailadres; we sturen alles naar het nieuwe adres. Je gesprek '
     'staat op dinsdag.\n\nGroet,\nAnne'),
    ('Opleiding',
     'Beste Sam,\n\nWe gaan niet verder met je opleiding tot verpleegkundige bij ons, omdat je de functie van '
     'teamleider hebt aangenomen. Gefeliciteerd!\n\nHR'),
    ('Samenwerking',
     'Beste Sam,\n\nWij gaan niet verder met u als leverancier van uitzendkrachten. Onze vacatures vullen we '
     'voortaan zelf in.\n\nGroet,\nInkoop'),
    # --- another candidate who does not go on, the reader kept
    ('Sollicitatie',
     'Hoi Sam,\n\nDe kandidaat die niet verder ging in de procedure heeft bezwaar gemaakt. Jij bent als '
     'vertrouwenspersoon aangewezen.\n\nGroet,\nHR'),
    ('Vacature',
     'Hoi Sam,\n\nMet de andere kandidaat gaan we niet verder, dus we willen graag met jou in gesprek over het '
     'aanbod.\n\nGroet,\nRoel'),
    # --- a pause until a document comes, the verb before the object
    ('Je sollicitatie',
     'Hoi Sam,\n\nBedankt voor je sollicitatie. We nemen je sollicitatie niet in behandeling zolang we je cv niet '
     'hebben ontvangen. Wil je het nog sturen?\n\nGroet,\nAnne'),
    # --- "niet gekozen" of the reader's own choice or of an election at work
    ('Sollicitatie',
     'Hoi Sam,\n\nJe hebt vorige keer niet gekozen voor een ochtendafspraak, dus ik heb 14:00 voor je '
     'gereserveerd voor het gesprek.\n\nGroet,\nAnne'),
    ('Online test',
     'Hoi Sam,\n\nJe hebt voor de online test bij je sollicitatie niet gekozen voor de Nederlandse versie. Klopt '
     'dat? Dan zet ik hem om.\n\nGroet,\nAnne'),
    ('Personeelsvereniging',
     'Hoi Sam,\n\nJe bent niet gekozen als voorzitter van de personeelsvereniging, maar wel als penningmeester. '
     'Fijn dat je je als medewerker zo inzet!\n\nGroet,\nHR'),
    # --- a "niet" that negates something else: waiting, a step not needed, a form, a cost, a no ruled out
    ('Sollicitatie',
     'Hoi Sam,\n\nWe besloten om niet te wachten en je meteen uit te nodigen voor een tweede gesprek!\n\nGroet,\n'
     'Anne'),
    ('Sollicitatie',
     'Hoi Sam,\n\nJe hoeft de online test niet af te ronden of door te zetten: we nodigen je direct uit.\n\n'
     'Groet,\nAnne'),
    ('Sollicitatieformulier',
     'Hoi Sam,\n\nJe kunt niet verder in het sollicitatieformulier omdat je cv te groot is. Probeer een pdf kleiner '
     'dan 5 MB.\n\nGroet,\nAnne'),
    ('Reiskosten',
     'Hoi Sam,\n\nWe nemen je reiskosten niet mee in de vergoeding, want je woont binnen 10 km. Tot dinsdag bij het '
     'gesprek!\n\nGroet,\nAnne'),
    ('Sollicitatie',
     'Hoi Sam,\n\nNatuurlijk kunnen we je sollicitatie niet zomaar afwijzen zonder gesprek! Kom je dinsdag langs?'
     '\n\nGroet,\nAnne'),
    ('Re: kandidatuur',
     'Hoi Sam,\n\nOmdat jij je kandidatuur niet wilde doorzetten, hebben we je dossier gesloten. Succes in je nieuwe '
     'job!\n\nGroet,\nAnne'),
    ('Bijbaan',
     'Hoi Sam,\n\nJouw broertje is helaas niet aangenomen voor de bijbaan, we hebben al genoeg mensen.\n\nGroet,\n'
     'Anne'),
    ('Vergadering',
     'Beste collega\'s,\n\nWe laten het hierbij voor vandaag; de sollicitatiegesprekken plannen we volgende week.'
     '\n\nGroet,\nAnne'),
    # --- the reader's own words about another employer's no, told back by a coach
    ('Coaching',
     'Hoi Sam,\n\nJe schreef dat ze bij de gemeente niet verder met je gaan. Vervelend! Laten we donderdag je brief '
     'nog eens doornemen, dan maken we hem sterker voor de volgende vacature.\n\nGroet,\nIngrid (loopbaancoach)'),
    # --- nothing done with the application yet, or not without consent or a condition
    ('Privacy',
     'Beste Sam,\n\nWe doen niets met je cv zonder jouw toestemming. Je sollicitatie bewaren we vier weken.\n\n'
     'Groet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe kunnen nog niets met je sollicitatie: de vacature opent pas in september. Je hoort dan van '
     'ons.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe doen voorlopig niets met je sollicitatie, want de manager is op vakantie. Volgende week hoor '
     'je meer.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Beste Sam,\n\nWe kunnen niets met je sollicitatie als je niet in Nederland mag werken. Stuur je je '
     'verblijfsvergunning?\n\nGroet,\nHR'),
    ('Je gesprek',
     'Beste Sam,\n\nWe kunnen niets voor je doen aan de reistijd, maar het gesprek is om 11 uur zodat je de spits '
     'mist.\n\nGroet,\nHR'),
    # --- the reader refrains, a procedure's end date, the end of a procedure that hires the reader
    ('Re: intrekken kandidatuur',
     'Beste Sam,\n\nJammer dat u heeft besloten af te zien van uw kandidatuur. We wensen u succes.\n\nGroet,\nHR'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDe procedure eindigt op 1 mei; daarna hoor je of je bent aangenomen.\n\nGroet,\nAnne'),
    ('Je sollicitatie',
     'Hoi Sam,\n\nDit is het einde van de procedure: je bent aangenomen! Gefeliciteerd.\n\nGroet,\nAnne'),
    # --- the procedure paused until the reader is back
    ('Tweede gesprek',
     'Hoi Sam,\n\nOmdat je tweede gesprek samenvalt met je vakantie, zetten we de procedure niet voort tot je terug '
     'bent. Geniet ervan!\n\nGroet,\nAnne'),
    # --- Flemish good news that names the others not kept
    ('Uitnodiging tweede ronde',
     'Dag Sam,\n\nProficiat, ge zijt weerhouden voor de volgende ronde! De andere kandidaten hebben we niet '
     'weerhouden.\n\nMet vriendelijke groeten,\nHR'),
    # --- an earlier no recalled for a new post, a survey open "ook als je niet verder bent gekomen"
    ('Nieuwe kans',
     'Hoi Sam,\n\nJe was vorig jaar net niet door naar de laatste ronde. Nu hebben we een vergelijkbare vacature '
     'open. Wil je opnieuw solliciteren?\n\nGroet,\nAnne'),
    ('Hoe was je sollicitatie?',
     'Hoi Sam,\n\nJe deed mee aan onze procedure voor Office Manager. Hoe heb je het ervaren? Vul de enquête in, '
     'ook als je niet verder bent gekomen.\n\nTeam Recruitment'),
]


test_rejection_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_html_rejection_found = letters_test(HTML_REJECTIONS, HTML_SENDER, rejection=True, subtype="html")
test_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_known_gap = letters_test(KNOWN_GAPS, SENDER, rejection=True, known_gap="known gap: see KNOWN_GAPS")
