"""Probing Dutch by template (round 21): one realistic letter per writer, a slot for the sentence that carries the
decision, and many ways of saying no dropped into it; then the same letter with sentences that share the words but
are no no to the reader's application. Seven writers:

- (a) a Flemish public employer's selection service ("uw kandidatuur", "niet weerhouden", "niet geslaagd");
- (b) a Dutch scale-up with "je" and English loanwords ("geen match", "de rol is ingevuld", "on hold");
- (c) an uitzendbureau or detacheerder writing about its client ("de opdrachtgever kiest voor een ander");
- (d) a hospital and a primary school (the "sollicitatiecommissie", the "benoemingsadviescommissie");
- (e) a terse reply from a small business owner ("Helaas al vergeven hoor", "Is al weg, sorry");
- (f) a letter after an interview, an assessment or a trial day ("na de proefdag hebben we besloten");
- (g) the verdict in the subject, with a line or two of body.

A reserve list the reader IS put on is no no (sweep12_nl's rule); an offer made to another who declined it, with
the reader asked back, is no no either (as in the round-20 probes). Other letters use "helaas" or "afgewezen" for a
permit, a study place, a tender, a flat, a subsidy, an order; or tell a hiring manager that an agency's OTHER
candidate was turned down; or acknowledge the reader's own withdrawal.
All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, letters_test, mail, mails_test, slotted

# --- (a) a Flemish public employer ---------------------------------------------------------------------------------
A_SENDER = "Nele Claes <selectie@stad-lier.example>"
A_SUBJECT = "Uw kandidatuur beleidsmedewerker mobiliteit"
A_LETTER = ("Geachte heer Rivera,\n\nWij danken u voor uw kandidatuur voor de functie van beleidsmedewerker mobiliteit "
            "(niveau A1a) bij Stad Lier. {}\n\nWij danken u nogmaals voor uw interesse in onze organisatie.\n\n"
            "Met vriendelijke groeten,\nNele Claes\nDienst Selectie en Rekrutering\nStad Lier")
A_NO = [
    "Tot onze spijt moeten wij u meedelen dat uw kandidatuur niet werd weerhouden.",
    "Spijtig genoeg bent u niet weerhouden voor de volgende fase van de selectieprocedure.",
    "Uit de resultaten van de schriftelijke proef blijkt dat u niet geslaagd bent.",
    "Uw kandidatuur komt niet in aanmerking, omdat u niet over het vereiste diploma beschikt.",
    "Uw kandidatuur werd niet behouden na de screening van de cv's.",
    "Wij gaan niet verder met uw dossier.",
    "De selectiecommissie heeft beslist uw kandidatuur niet verder in overweging te nemen.",
    "Na een grondige vergelijking van alle kandidaturen werd u niet geselecteerd voor het mondelinge gedeelte.",
    "U voldoet niet aan de deelnemingsvoorwaarden, waardoor uw kandidatuur onontvankelijk is.",
    "Wij moeten u helaas melden dat u niet wordt uitgenodigd voor het selectiegesprek.",
    "Uw kandidatuur werd niet geselecteerd.",
    "U behaalde 48 op 100 voor de schriftelijke proef en bent bijgevolg niet geslaagd.",
    "Wij betreuren u te moeten meedelen dat de jury een andere kandidaat heeft voorgedragen.",
    "Helaas kunnen wij niet op uw kandidatuur ingaan.",
    "Uw kandidatuur werd afgewezen.",
    "Wij hebben beslist uw kandidatuur niet te weerhouden.",
    "Op basis van uw cv en motivatiebrief wordt u niet toegelaten tot de volgende selectieronde.",
    "U wordt niet opgenomen in de wervingsreserve voor deze functie.",
    "De betrekking werd toegekend aan een andere kandidaat.",
    "Wij moeten u meedelen dat uw deelname aan deze selectie hier eindigt.",
    "Het spijt ons u te moeten berichten dat wij aan uw kandidatuur geen gunstig gevolg kunnen geven.",
    "Uw kandidatuur werd door de selectiecommissie ongunstig beoordeeld.",
    "U bent helaas niet in aanmerking gekomen voor een gesprek.",
    "Wij kunnen u in deze functie geen betrekking aanbieden.",
    "U wordt niet uitgenodigd voor de volgende proeven.",
    "Uw profiel beantwoordt onvoldoende aan de vereisten van de functie.",
    "U bent niet als laureaat uit deze selectie gekomen.",
    "Na beraadslaging heeft de jury u niet geschikt bevonden voor de functie.",
    "De vacature werd ondertussen ingevuld door een interne kandidaat.",
    "Wij hebben ervoor gekozen een andere kandidaat aan te werven.",
]
A_LOOK_ALIKES = [
    "De selectiecommissie heeft nog geen beslissing genomen; u ontvangt het resultaat ten laatste op 15 december.",
    "Spijtig genoeg moeten wij het mondelinge gedeelte verplaatsen naar dinsdag 9 december om 10 uur.",
    "U bent geslaagd voor de schriftelijke proef en wordt uitgenodigd voor het jurygesprek.",
    "U bent geslaagd en wordt opgenomen in de wervingsreserve, die twee jaar geldig is.",
    "U staat op de wervingsreserve en wordt uitgenodigd voor een gesprek over de vacante betrekking bij de dienst "
    "Mobiliteit.",
    "Tot onze spijt is het lokaal voor de schriftelijke proef gewijzigd: de proef gaat door in het Stadskantoor.",
    "Uw kandidatuur is volledig en komt in aanmerking voor de selectieprocedure.",
    "Wij bevestigen dat u uw kandidatuur hebt ingetrokken en respecteren uw beslissing.",
    "Wij hebben het genoegen u de functie aan te bieden. Het contract volgt per post.",
    "Uw diploma ontbreekt nog. Bezorg het ons voor 5 december, anders kunnen wij uw kandidatuur niet weerhouden.",
    "Spijtig genoeg moeten wij de selectieprocedure uitstellen tot januari; uw kandidatuur blijft behouden.",
    "Door een technisch probleem werd uw test niet geregistreerd; u mag de proef opnieuw afleggen op 3 december.",
    "Uw kandidatuur werd weerhouden. U wordt uitgenodigd voor het selectiegesprek op 11 december.",
    "U bent de enige laureaat van deze selectie en wij nodigen u uit voor een kennismaking met het diensthoofd.",
    "De jury heeft nog niet alle kandidaten gehoord; de beslissing volgt na 20 december.",
]

# --- (b) a Dutch scale-up ------------------------------------------------------------------------------------------
B_SENDER = "Daan <daan@fluxbase.example>"
B_SUBJECT = "Je sollicitatie als Product Designer"
B_LETTER = ("Hoi Sam,\n\nDank je wel voor je sollicitatie en de tijd die je in de case hebt gestoken. {}\n\n"
            "Fijne dag nog!\n\nCheers,\nDaan\nTalent Team @ Fluxbase")
B_NO = [
    "We gaan niet verder met je.",
    "Je bent helaas niet door naar de volgende ronde.",
    "Eerlijk gezegd zien we geen match tussen je profiel en deze rol.",
    "We kiezen voor een andere kandidaat.",
    "De rol is inmiddels ingevuld.",
    "We hebben de vacature on hold gezet en nemen je sollicitatie niet verder mee.",
    "Het is helaas een no-go geworden.",
    "We hebben besloten om met iemand anders verder te gaan.",
    "Je profiel past net niet bij wat we nu zoeken.",
    "We hebben gekozen voor een kandidaat met meer hands-on ervaring in Figma.",
    "Helaas is het dit keer geen match.",
    "Na veel wikken en wegen is het antwoord helaas nee.",
    "We gaan de next step niet met je zetten.",
    "De culture fit was er voor ons helaas niet.",
    "We hebben de positie intern ingevuld.",
    "We hebben de hiring voor deze rol stopgezet, dus je sollicitatie loopt hier af.",
    "Je valt helaas af voor deze rol.",
    "Helaas moeten we je teleurstellen: je gaat niet door naar de case-fase.",
    "We hebben voor deze rol een andere richting gekozen.",
    "We zoeken toch iemand met meer senioriteit.",
    "Je hebt het helaas net niet gehaald.",
    "We nemen je niet mee in de volgende stap van het proces.",
    "Het team heeft besloten je niet aan te nemen.",
    "We moeten je helaas een afwijzing sturen.",
    "De vacature is gesloten en we hebben iemand aangenomen.",
    "We hebben de knoop doorgehakt en het is iemand anders geworden.",
    "Voor nu is het een nee van ons.",
    "Het krijgt helaas geen vervolg.",
    "Jammer genoeg heb je de shortlist niet gehaald.",
    "We hebben besloten de rol niet in te vullen en sluiten het proces af.",
]
B_LOOK_ALIKES = [
    "We gaan graag verder met je! Kun je volgende week langskomen voor de tweede ronde?",
    "Je bent door naar de volgende ronde: de case-presentatie op 4 december.",
    "De rol staat even on hold tot januari; we laten je dan weten hoe het verder gaat.",
    "We hebben nog geen beslissing genomen, we spreken eerst nog twee andere kandidaten.",
    "Helaas moeten we het gesprek van donderdag verzetten. Past maandag 14:00?",
    "We willen je graag een aanbod doen! Het contract volgt vandaag.",
    "We zien echt een match, dus we nodigen je uit voor een kennismaking met het team.",
    "Jammer dat je je sollicitatie hebt ingetrokken, maar we begrijpen je keuze.",
    "We hebben de knoop doorgehakt: jij bent het geworden!",
    "De rol van frontend developer is ingevuld, maar we willen je graag spreken over de backend rol.",
    "Helaas kon de link naar je case niet geopend worden; kun je hem opnieuw sturen?",
    "De deadline voor de case is verschoven naar vrijdag, dus geen stress.",
    "Je hebt het gehaald! Welkom bij het team.",
    "Is het een no-go als ik pas in maart kan beginnen? Laat het gerust weten, dan denken we mee.",
    "De klik was er nog niet meteen in het eerste gesprek, maar na de case zijn we om: welkom!",
    "We zoeken toch iemand met jouw ervaring: wanneer kun je starten?",
    "Je kennis van Figma is nog wat beperkt, maar dat leer je hier snel. We sturen je het aanbod.",
    "We hebben besloten de rol niet in te vullen voordat de nieuwe CPO er is; je sollicitatie blijft staan.",
    "Het wordt geen aanbod voor een junior rol maar voor een medior rol: gefeliciteerd!",
]

# --- (c) an uitzendbureau about its client -------------------------------------------------------------------------
C_SENDER = "Milan de Wit <milan@tempo-uitzend.example>"
C_SUBJECT = "Terugkoppeling administratief medewerker"
C_LETTER = ("Hoi Sam,\n\nIk heb vanochtend de terugkoppeling gekregen over de functie van administratief medewerker "
            "bij onze opdrachtgever in Zwolle. {}\n\nIk bel je deze week even om de andere vacatures door te nemen.\n\n"
            "Groet,\nMilan de Wit\nIntercedent | Tempo Uitzendbureau")
C_NO = [
    "De opdrachtgever kiest voor een andere kandidaat.",
    "Je wordt helaas niet voorgesteld bij de klant.",
    "De klant heeft afgehaakt en de vacature ingetrokken.",
    "De vacature is intern ingevuld.",
    "Ze hebben gekozen voor iemand die al bij hen werkte als uitzendkracht.",
    "De opdrachtgever ziet je helaas niet zitten voor deze rol.",
    "Ze gaan niet verder met je.",
    "De klant heeft je cv bekeken maar wil je niet uitnodigen.",
    "De klant zoekt toch iemand met meer ervaring in Exact.",
    "Helaas is het voor jou niet doorgegaan.",
    "De opdrachtgever heeft na het gesprek besloten een andere kandidaat aan te nemen.",
    "De plaatsing gaat helaas niet door.",
    "Ze hebben de positie al aan iemand anders gegeven.",
    "Ik moet je helaas vertellen dat het niet gelukt is.",
    "Je komt helaas niet in aanmerking, omdat ze iemand met een rijbewijs zoeken.",
    "Het is een kandidaat van een ander bureau geworden.",
    "De klant heeft de aanvraag geannuleerd, dus de functie vervalt.",
    "Ze hebben je profiel afgewezen.",
    "Je bent niet geselecteerd voor een gesprek.",
    "De opdracht is gegund aan een andere kandidaat.",
    "De klant vond je ervaring te beperkt en gaat daarom niet met je verder.",
    "De opdrachtgever heeft de vacature zelf al ingevuld.",
    "Ze hebben helaas voor iemand anders gekozen.",
    "De klant heeft besloten de functie niet aan jou aan te bieden.",
    "Ze kiezen ervoor het niet met jou te doen.",
]
C_LOOK_ALIKES = [
    "De opdrachtgever wil je graag uitnodigen voor een gesprek op dinsdag om 10:00.",
    "De klant heeft nog geen keuze gemaakt; ze spreken deze week nog twee kandidaten.",
    "Je bent voorgesteld bij de klant en ze zijn enthousiast!",
    "De opdrachtgever kiest voor jou! Je kunt maandag beginnen.",
    "Het gesprek bij de klant is helaas verzet naar donderdag.",
    "Je gaf zelf aan niet verder te willen; dat heb ik aan de klant doorgegeven. Jammer, maar begrijpelijk.",
    "De klant heeft de vacature on hold gezet tot februari; je sollicitatie blijft gewoon lopen.",
    "De opdrachtgever twijfelt nog tussen jou en een andere kandidaat; ik hoor het vrijdag.",
    "De plaatsing gaat niet door op maandag maar op woensdag; de klant moet je pas nog aanmaken.",
    "Je wordt volgende week voorgesteld bij de klant; ze kijken uit naar je cv.",
    "Ik moet je helaas vertellen dat het niet gelukt is om het gesprek deze week in te plannen.",
]
# An agency writing to the reader as a hiring manager about ITS candidates.
C_CLIENT_SIDE = [
    ("Milan de Wit <milan@tempo-uitzend.example>", "Kandidaat voor jullie vacature",
     "Hoi Sam,\n\nOnze kandidaat Jeroen heeft jullie aanbod helaas afgewezen; hij kiest voor een baan dichter bij "
     "huis. Ik stuur je morgen twee nieuwe profielen.\n\nGroet,\nMilan de Wit\nTempo Uitzendbureau"),
    ("Milan de Wit <milan@tempo-uitzend.example>", "Update vacature magazijnmedewerker",
     "Beste Sam,\n\nDe kandidaat die ik vorige week voorstelde, is helaas niet door onze screening gekomen. We gaan "
     "niet verder met hem en zoeken verder voor jullie.\n\nGroet,\nMilan\nTempo Uitzendbureau"),
]

# --- (d) a hospital and a primary school ---------------------------------------------------------------------------
D_SENDER = "Ingrid Bakker <werving@zorggroep-delinde.example>"
D_SUBJECT = "Uw sollicitatie verpleegkundige cardiologie"
D_LETTER = ("Geachte mevrouw Rivera,\n\nHartelijk dank voor uw sollicitatie naar de functie van verpleegkundige op "
            "de afdeling cardiologie van Zorggroep De Linde. {}\n\nMet vriendelijke groet,\nnamens de "
            "sollicitatiecommissie,\nIngrid Bakker\nHR-adviseur")
D_NO = [
    "De sollicitatiecommissie heeft besloten u niet uit te nodigen voor een gesprek.",
    "De benoemingsadviescommissie heeft besloten een andere kandidaat voor te dragen voor benoeming.",
    "Wij nodigen u niet uit voor een gesprek.",
    "Na zorgvuldige afweging heeft de commissie de voorkeur gegeven aan kandidaten met een specialisatie in de "
    "cardiologie.",
    "Uw sollicitatie is helaas niet door de eerste selectie gekomen.",
    "Wij hebben besloten de procedure met u niet voort te zetten.",
    "U bent niet geselecteerd voor de eerste gespreksronde.",
    "De keuze is gevallen op een kandidaat die beter aansluit bij het profiel.",
    "Gezien het grote aantal reacties hebben wij een selectie moeten maken; u behoort daar helaas niet toe.",
    "U valt helaas buiten de selectie.",
    "Uw brief en cv hebben ons onvoldoende overtuigd om u uit te nodigen.",
    "De vacature is ingevuld door een collega uit de eigen organisatie.",
    "Omdat u nog niet BIG-geregistreerd bent, kunnen wij uw sollicitatie niet in behandeling nemen.",
    "Wij moeten u teleurstellen: uw sollicitatie heeft niet tot een uitnodiging geleid.",
    "De commissie heeft unaniem gekozen voor een andere kandidaat.",
    "De raad van bestuur heeft besloten een andere kandidaat te benoemen.",
    "Helaas bent u niet voorgedragen voor benoeming.",
    "Wij zien af van een verdere kennismaking.",
    "Uw sollicitatie wordt hierbij afgesloten.",
    "U bent niet op de shortlist geplaatst.",
    "Wij hebben u helaas niet kunnen selecteren voor deze functie.",
]
D_LOOK_ALIKES = [
    "De sollicitatiecommissie nodigt u uit voor een gesprek op 8 december om 14:00.",
    "De benoemingsadviescommissie heeft besloten u voor te dragen voor benoeming. Gefeliciteerd!",
    "De gesprekken zijn helaas uitgesteld tot na de kerstvakantie, wegens ziekte van een commissielid.",
    "Wij nodigen u niet uit voor de eerste ronde, maar direct voor het tweede gesprek met de teamleider.",
    "De commissie heeft nog geen keuze gemaakt; u hoort uiterlijk vrijdag van ons.",
    "Wij hebben uw intrekking ontvangen en sluiten uw sollicitatie op uw verzoek af.",
    "Helaas is de parkeerplaats bij de hoofdingang tijdens uw gesprek afgesloten; u kunt parkeren in garage P2.",
    "Uw referenties zijn positief en wij bieden u graag de functie aan.",
    "Uw sollicitatie is in goede orde ontvangen en wordt in behandeling genomen.",
]
D2_SENDER = "Marieke Jansen <directie@obs-devlinder.example>"
D2_SUBJECT = "Sollicitatie leerkracht groep 5"
D2_LETTER = ("Beste Sam,\n\nBedankt voor je sollicitatie als leerkracht groep 5 op OBS De Vlinder. {}\n\n"
             "Hartelijke groet,\nnamens de sollicitatiecommissie,\nMarieke Jansen, directeur")
D2_NO = [
    "De sollicitatiecommissie heeft je brief met interesse gelezen, maar nodigt je niet uit voor een gesprek.",
    "We hebben gekozen voor een collega die al op onze school invalt.",
    "De benoemingsadviescommissie heeft besloten een andere kandidaat voor te dragen bij het bestuur.",
    "De commissie heeft gekozen voor een leerkracht met meer ervaring in de middenbouw.",
    "Na de proefles hebben we besloten niet met je verder te gaan.",
    "Helaas ben je na de eerste ronde afgevallen.",
    "We hebben de vacature intern kunnen invullen via de mobiliteitsronde van ons bestuur.",
    "Je behoort helaas niet tot de kandidaten die we uitnodigen.",
    "We hebben een andere kandidaat benoemd.",
    "Helaas heeft de commissie niet voor jou gekozen.",
    "Je bent niet uitgenodigd voor de proefles.",
    "De keuze van de commissie is niet op jou gevallen.",
]
D2_LOOK_ALIKES = [
    "De commissie nodigt je uit voor een proefles op woensdag 10 december.",
    "We hebben je gekozen! Het bestuur stuurt je de benoemingsbrief.",
    "De proefles gaat helaas niet door op woensdag; kun je vrijdag?",
]

# --- (e) a small business owner, in a line ------------------------------------------------------------------------
E_SENDER = "Kees <kees@bakkerij-dehoek.example>"
E_SUBJECT = "Re: vacature verkoopmedewerker zaterdag"
E_LETTER = "Hoi Sam,\n\n{}\n\nGr Kees\nBakkerij De Hoek"
E_NO = [
    "Helaas al vergeven hoor.",
    "Is al weg, sorry.",
    "We hebben al iemand.",
    "Sorry, de plek is al vergeven.",
    "Helaas, we hebben al een nieuwe kracht gevonden.",
    "Nee helaas, de baan is al weg.",
    "Dank voor je reactie maar we zijn al voorzien.",
    "Die vacature is al vervuld, sorry!",
    "We hebben gekozen voor iemand uit het dorp.",
    "Sorry, we zoeken toch iemand met een rijbewijs.",
    "Het is iemand anders geworden, sorry.",
    "Al ingevuld hoor, succes!",
    "We hebben al genoeg mensen voor de zaterdag.",
    "Sorry, de bijbaan is al weg.",
    "Hebben al iemand aangenomen, sorry!",
    "Nee sorry, er is al iemand begonnen.",
    "Is helaas niks geworden, we hebben een ander.",
    "Voorlopig hebben we niemand nodig, sorry.",
    "Sorry Sam, het wordt hem niet.",
    "Helaas, we kiezen voor iemand met horeca-ervaring.",
    "Balen, maar we hebben de plek al aan iemand anders beloofd.",
    "We hebben al iemand op het oog, sorry.",
    "Al iemand gevonden, maar bedankt!",
]
E_LOOK_ALIKES = [
    "Leuk! Kom zaterdag om 10 uur even langs voor een proefdag.",
    "Is nog niet weg hoor, kun je morgen even bellen?",
    "We hebben al iemand voor de ochtend, maar de middagdienst is nog vrij. Interesse?",
    "Sorry voor de late reactie, we waren op vakantie. Kun je donderdag langskomen?",
    "Je bent aangenomen! Wanneer kun je beginnen?",
    "Sorry, ik heb je cv nog niet gelezen, kom ik morgen op terug.",
    "Zaterdagochtend? Is al vergeven, maar kun je zaterdagmiddag om 14 uur?",
    "We hebben al iemand gesproken, maar jij mag ook komen: woensdag om 15:00?",
    "Er is al iemand begonnen aan je rooster voor volgende week, kijk maar even.",
    "Voorlopig hebben we niemand nodig voor de kerstdagen, maar jij kunt zaterdag gewoon beginnen.",
]

# --- (f) after an interview, an assessment or a trial day ---------------------------------------------------------
F_SENDER = "Sanne Vos <sanne.vos@vos-accountants.example>"
F_SUBJECT = "Je sollicitatie junior accountant"
F_LETTER = ("Beste Sam,\n\nNogmaals bedankt voor je komst en het fijne gesprek van afgelopen dinsdag. {}\n\n"
            "Hartelijke groet,\nSanne Vos\nRecruiter, Vos & Partners Accountants")
F_NO = [
    "Na het tweede gesprek hebben we besloten om niet met je verder te gaan.",
    "Na de proefdag hebben we besloten dat de functie niet bij je past.",
    "Het team was positief, maar we hebben uiteindelijk gekozen voor een kandidaat met meer ervaring in de "
    "controlepraktijk.",
    "Op basis van het assessment hebben we besloten je niet aan te nemen.",
    "De uitkomst van het assessment was niet positief genoeg om je een aanbod te doen.",
    "We hebben het tweede gesprek geëvalueerd en het wordt helaas geen aanbod.",
    "Je was een van de twee finalisten, maar de keuze is op de andere kandidaat gevallen.",
    "Het was echt een close call, maar we gaan voor de andere kandidaat.",
    "Helaas kwam de klik die we zoeken er niet voldoende uit.",
    "Na de meeloopdag hebben we toch besloten je geen contract aan te bieden.",
    "Na rijp beraad hebben we besloten de functie aan een andere kandidaat te gunnen.",
    "Je referenties waren goed, maar we kiezen toch voor iemand anders.",
    "We gaan je geen arbeidsovereenkomst aanbieden.",
    "Je hebt ons in de casus net niet weten te overtuigen.",
    "We hebben besloten de procedure na het eerste gesprek met je te beëindigen.",
    "Helaas krijg je geen uitnodiging voor het tweede gesprek.",
    "Na de proefdag zijn we tot de conclusie gekomen dat we niet met je verder gaan.",
    "De uitslag is helaas negatief.",
    "We hebben ons aanbod aan een andere kandidaat gedaan en zij heeft het aangenomen.",
    "Uiteindelijk is het iemand anders geworden.",
    "De tweede ronde heeft niet geleid tot een aanbod.",
    "We hebben besloten dat je niet doorgaat naar de laatste ronde.",
    "We moeten je helaas laten weten dat het assessment negatief is uitgevallen.",
    "Na overleg met de partners is besloten je niet aan te nemen.",
    "Je past goed in het team, maar voor deze functie is je technische kennis nog te beperkt.",
]
F_LOOK_ALIKES = [
    "Na het tweede gesprek hebben we besloten je een aanbod te doen! Het contract volgt vandaag.",
    "Na de proefdag willen we je graag nog een keer spreken over de arbeidsvoorwaarden.",
    "De uitslag van het assessment is positief; we nodigen je uit voor het laatste gesprek.",
    "We hebben nog geen beslissing genomen: de partners willen eerst je referenties nabellen.",
    "Het derde gesprek is helaas verplaatst naar maandag om 10:00.",
    "Je was een van de twee finalisten en de keuze is op jou gevallen!",
    "We begrijpen dat je voor een andere werkgever hebt gekozen; jammer, maar veel succes daar!",
    "Het assessmentbureau stuurt je het rapport binnen vijf werkdagen; daarna bespreken we de uitslag.",
    "Helaas kon het team niet bij de proefdag zijn, dus plannen we een nieuwe datum.",
    "We hebben het aanbod aan een andere kandidaat gedaan, maar zij heeft het afgeslagen. Heb je nog interesse?",
    "De klik was er meteen en het assessment is positief uitgevallen; we bieden je graag een contract aan.",
]

# --- (g) the verdict in the subject --------------------------------------------------------------------------------
G_SENDER = "HR <hr@meridiaan-logistiek.example>"
G_NO = [
    ("Afwijzing sollicitatie planner", "Beste Sam,\n\nZie de bijgevoegde brief.\n\nMet vriendelijke groet,\nHR"),
    ("Uw kandidatuur werd niet weerhouden", "Geachte heer Rivera,\n\nDe motivering vindt u in bijlage.\n\nHR"),
    ("Helaas: je sollicitatie bij Meridiaan", "Hoi Sam,\n\nWe hebben iemand anders gekozen. Succes!\n\nHR"),
    ("Re: sollicitatie", "Al vergeven, sorry.\n\nHR"),
    ("Geen uitnodiging voor een gesprek - vacature planner", "Beste Sam,\n\nBedankt voor je interesse.\n\nHR"),
    ("Negatief bericht op uw sollicitatie", "Geachte heer Rivera,\n\nZie de brief in de bijlage.\n\nHR"),
    ("Vacature planner ingevuld", "Beste Sam,\n\nDank voor je sollicitatie. We wensen je succes.\n\nHR"),
    ("Resultaat selectie: niet geslaagd", "Beste kandidaat,\n\nUw scores vindt u in uw online dossier.\n\nHR"),
    ("Je sollicitatie: helaas geen match", "Hoi Sam,\n\nBedankt voor je tijd!\n\nHR"),
    ("Uitslag sollicitatie: afgewezen", "Beste Sam,\n\nMet vriendelijke groet,\nHR"),
    ("Uw sollicitatie wordt niet verder in behandeling genomen",
     "Geachte heer Rivera,\n\nMet vriendelijke groet,\nHR"),
    ("Terugkoppeling: niet door naar de tweede ronde", "Hoi Sam,\n\nDank voor het gesprek.\n\nHR"),
    ("We gaan niet verder met je sollicitatie", "Hoi Sam,\n\nDank je voor je interesse. Succes!\n\nHR"),
    ("Sollicitatie planner - helaas", "Beste Sam,\n\nhelaas, het is een andere kandidaat geworden.\n\nHR"),
    ("Sollicitatie planner: je bent niet geselecteerd", "Beste Sam,\n\nVeel succes met zoeken.\n\nHR"),
]
G_LOOK_ALIKES = [
    ("Uitnodiging gesprek - vacature planner", "Beste Sam,\n\nZie de bijgevoegde uitnodiging.\n\nHR"),
    ("Resultaat selectie: geslaagd", "Beste kandidaat,\n\nUw scores vindt u in uw online dossier.\n\nHR"),
    ("Re: sollicitatie", "Nog niet vergeven hoor, kom maar langs!\n\nHR"),
    ("Je sollicitatie: het is een match!", "Hoi Sam,\n\nWe bellen je morgen.\n\nHR"),
    ("Sollicitatie planner - ingetrokken", "Beste Sam,\n\nWe hebben je intrekking verwerkt. Succes!\n\nHR"),
    ("Vacature Kok bij Brasserie Noord vervuld", "Beste Sam,\n\nJe volgde deze vacature. Bekijk vergelijkbare "
     "vacatures in je regio.\n\nVacaturebank"),
]

# --- (h) a Dutch insurer, formal ("u") ------------------------------------------------------------------------------
H_SENDER = "Recruitment Noordkust <recruitment@noordkust-verzekeringen.example>"
H_SUBJECT = "Uw sollicitatie Senior Risk Analyst"
H_LETTER = ("Geachte heer Rivera,\n\nHartelijk dank voor uw sollicitatie op de vacature Senior Risk Analyst bij "
            "Noordkust Verzekeringen en voor de tijd die u hierin heeft gestoken. {}\n\nVoor vragen kunt u contact "
            "opnemen met ondergetekende.\n\nMet vriendelijke groet,\n\nDrs. P. van Leeuwen\n"
            "Recruitment Noordkust Verzekeringen")
H_NO = [
    "Wij hebben uw sollicitatie met belangstelling gelezen, maar moeten u helaas berichten dat wij u niet uitnodigen "
    "voor een gesprek.",
    "Na zorgvuldige overweging hebben wij besloten andere kandidaten uit te nodigen voor een eerste gesprek.",
    "Helaas moeten wij u mededelen dat uw profiel niet aansluit op de gestelde functie-eisen.",
    "Wij hebben er helaas voor gekozen uw sollicitatie niet in behandeling te nemen.",
    "Tot onze spijt moeten wij u laten weten dat de selectieprocedure voor u is beëindigd.",
    "Uw kandidatuur is in vergelijking met die van andere sollicitanten minder passend bevonden.",
    "Wij hebben een kandidaat gevonden wiens ervaring nauwer aansluit bij de functie.",
    "Gezien de grote hoeveelheid reacties hebben wij een strenge selectie moeten maken, waarin u helaas niet bent "
    "meegenomen.",
    "Wij zien helaas onvoldoende aanknopingspunten om u uit te nodigen voor een kennismaking.",
    "Wij hebben besloten de vacature intern in te vullen.",
    "Met spijt delen wij u mee dat onze keuze op een andere kandidaat is gevallen.",
    "Helaas behoort u niet tot de kandidaten met wie wij het gesprek aangaan.",
    "Wij moeten u teleurstellen: wij zullen uw sollicitatie niet verder in behandeling nemen.",
    "Uw sollicitatie heeft niet geleid tot een vervolgstap in de procedure.",
    "De vacature is komen te vervallen door een interne reorganisatie.",
    "Er waren kandidaten die beter voldeden aan de gevraagde ervaring met Solvency II.",
    "Daarom zijn wij genoodzaakt u af te wijzen.",
    "Uw sollicitatie heeft het helaas niet tot de gespreksronde gehaald.",
    "Wij hebben moeten besluiten niet verder met u in gesprek te gaan.",
    "Uw ervaring sluit niet voldoende aan om u een plaats in de tweede ronde te bieden.",
    "Helaas is de uitkomst voor u negatief.",
    "Wij kunnen u op dit moment geen functie binnen ons bedrijf aanbieden.",
    "Op grond van de functie-eisen hebben wij u helaas niet kunnen selecteren.",
    "Wij vonden andere kandidaten geschikter voor deze functie.",
    "Uw sollicitatie is niet succesvol geweest.",
    "De functie is vervuld door een kandidaat uit ons eigen talentenprogramma.",
    "U bent helaas niet doorgegaan naar de volgende selectieronde.",
    "Wij hebben gemeend u niet te moeten uitnodigen.",
    "Uw sollicitatie is niet weerhouden en wordt uit ons systeem verwijderd.",
]
H_LOOK_ALIKES = [
    "Wij nodigen u graag uit voor een eerste gesprek op donderdag 11 december om 14:00 uur.",
    "Uw sollicitatie is in behandeling; u ontvangt binnen twee weken bericht.",
    "Helaas hebben wij nog geen beslissing kunnen nemen, omdat de manager ziek is.",
    "Omdat er meer kandidaten zijn dan verwacht, duurt de selectie een week langer.",
    "Wij vragen u een online assessment te maken voordat wij een besluit nemen.",
    "Helaas ontbreekt uw cv in de bijlage; wilt u het nasturen?",
    "Wij hebben besloten u een arbeidsovereenkomst aan te bieden.",
    "Uw profiel sluit goed aan; wij willen u daarom ook spreken over een andere vacature.",
    "Wij hebben uw verzoek om uw sollicitatie in te trekken verwerkt.",
    "Andere kandidaten zijn ook uitgenodigd, maar wij willen u als eerste spreken.",
    "Uw sollicitatie wordt na afloop van de procedure uit ons systeem verwijderd, conform de AVG.",
    "De uitkomst van de referentiecheck is positief; wij sturen u het contract.",
]

# --- (i) an internship at a small studio ----------------------------------------------------------------------------
I_SENDER = "Fleur <fleur@studiozeewind.example>"
I_SUBJECT = "Je aanmelding voor een stage"
I_LETTER = ("Hey Sam!\n\nBedankt voor je sollicitatie voor een stageplek bij ons marketingteam in het voorjaar. {}\n\n"
            "Liefs,\nFleur\nStagecoördinator, Studio Zeewind")
I_NO = [
    "Alle stageplekken voor het voorjaar zijn helaas al vergeven.",
    "We hebben al een stagiair gevonden voor deze periode.",
    "We kunnen je helaas geen stageplek aanbieden.",
    "Je stageperiode past niet bij onze planning, dus we gaan niet verder met je aanmelding.",
    "We hebben gekozen voor een student die vijf dagen per week beschikbaar is.",
    "We nemen dit voorjaar geen stagiairs aan.",
    "Er waren heel veel aanmeldingen en jij zit er helaas niet bij.",
    "Je bent helaas niet gekozen voor de stage.",
    "We hebben voor iemand gekozen die al wat meer ervaring heeft met social media.",
    "Je hoort helaas niet bij de studenten die we uitnodigen.",
    "We hebben onze stageplek aan iemand anders gegeven.",
    "Het is helaas niet gelukt om een plekje voor je te vinden.",
    "Voor deze ronde ben je helaas afgevallen.",
    "We zoeken toch iemand van een hbo-opleiding.",
    "De stage is al ingevuld door een student van de Hogeschool Utrecht.",
    "Jammer genoeg hebben we je niet kunnen selecteren.",
    "We kiezen voor een andere stagiair.",
    "Helaas past je opleiding niet bij deze stage.",
    "We hebben dit jaar geen ruimte voor een extra stagiair.",
    "Je staat niet op ons lijstje voor een kennismaking.",
    "Het antwoord is helaas nee.",
    "We gaan niet met je verder, maar we houden je cv graag.",
    "We hebben de stage geschrapt wegens budget.",
]
I_LOOK_ALIKES = [
    "Je bent door! Kom je maandag kennismaken?",
    "Je stageplek is bevestigd; de stageovereenkomst stuur ik naar school.",
    "Helaas kan ik je school niet bereiken voor de handtekening; kun jij het formulier sturen?",
    "We hebben al een stagiair voor het najaar, maar in het voorjaar is er nog plek voor jou!",
    "Helaas moet ik ons gesprek verzetten naar vrijdag.",
    "Je zit er helemaal bij: we nodigen je uit voor de kennismaking.",
    "De stage begint niet op 1 februari maar op 8 februari.",
]

# --- (j) a Dutch municipality ---------------------------------------------------------------------------------------
J_SENDER = "Gemeente Waterland <hrm@waterland-gemeente.example>"
J_SUBJECT = "Uw sollicitatie beleidsadviseur duurzaamheid"
J_LETTER = ("Geachte heer Rivera,\n\nU heeft gesolliciteerd naar de functie van beleidsadviseur duurzaamheid "
            "(schaal 11) bij de gemeente Waterland. {}\n\nMet vriendelijke groet,\n\nnamens het college van "
            "burgemeester en wethouders,\nA. de Boer\nteamleider HRM")
J_NO = [
    "De selectiecommissie heeft uw brief beoordeeld en besloten u niet uit te nodigen.",
    "Uw sollicitatie is niet in de eerste selectie terechtgekomen.",
    "U bent niet geselecteerd voor de gespreksronde.",
    "De commissie heeft andere kandidaten uitgenodigd die meer ervaring hebben met omgevingsbeleid.",
    "Wij hebben een andere kandidaat benoemd.",
    "Uw sollicitatie heeft helaas niet tot een aanstelling geleid.",
    "Het college heeft besloten niet tot uw benoeming over te gaan.",
    "Er is gekozen voor een kandidaat die beter aansluit bij het functieprofiel.",
    "Na het tweede gesprek is de commissie tot de conclusie gekomen dat u niet de meest geschikte kandidaat bent.",
    "Uw sollicitatie kan daarom niet worden meegenomen in de procedure.",
    "Helaas is de procedure voor u afgesloten.",
    "De vacature is ingetrokken; wij zetten de procedure niet voort.",
    "Wij berichten u dat wij niet met u verder gaan.",
    "Wij hebben besloten u niet in de verdere procedure te betrekken.",
    "Er is een voorkeurskandidaat uit de eigen organisatie benoemd.",
    "U bent als tweede geëindigd; de functie is aan de eerste kandidaat aangeboden.",
    "Het assessment gaf onvoldoende vertrouwen in uw geschiktheid voor deze functie.",
    "Wij moeten u helaas meedelen dat u niet voor de functie in aanmerking komt.",
    "De benoeming is gegaan naar een andere kandidaat.",
    "Omdat er voorrangskandidaten zijn, kunnen wij uw sollicitatie niet in behandeling nemen.",
    "De uitkomst van de procedure is helaas niet in uw voordeel.",
    "Wij hebben gekozen voor een kandidaat met werkervaring bij een andere gemeente.",
    "Het college van B en W heeft iemand anders aangesteld.",
    "U bent helaas niet uitgekozen voor de functie.",
]
J_LOOK_ALIKES = [
    "De selectiecommissie nodigt u uit voor een gesprek op 15 december om 10:00 uur in het gemeentehuis.",
    "Er zijn voorrangskandidaten; pas als zij niet geschikt blijken, nemen wij uw sollicitatie in behandeling.",
    "U bent als eerste geëindigd en wij bieden u de functie graag aan.",
    "Wij zetten de procedure na de zomer voort; uw sollicitatie blijft in behandeling.",
    "Het college heeft besloten tot uw benoeming over te gaan. Gefeliciteerd!",
    "Wij ontvingen uw intrekking en hebben uw sollicitatie uit de procedure gehaald.",
    "De uitkomst van het assessment is in uw voordeel; wij nodigen u uit voor het arbeidsvoorwaardengesprek.",
]

# --- (k) an ATS template in Dutch translated from English, with the platform's English footer ---------------------
K_SENDER = "Team Kleurrijk <no-reply@kleurrijk.recruitee.example>"
K_SUBJECT = "Je sollicitatie voor Customer Success Manager"
K_LETTER = ("Hi Sam,\n\nBedankt voor je interesse in de functie Customer Success Manager bij Kleurrijk. {}\n\n"
            "Met vriendelijke groet,\nTeam Kleurrijk\n\n--\nSent with Recruitee - Unsubscribe from candidate emails")
K_NO = [
    "Na zorgvuldige overweging hebben we besloten om verder te gaan met andere kandidaten.",
    "We hebben besloten om je kandidatuur op dit moment niet verder te zetten.",
    "Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie.",
    "We hebben ervoor gekozen om door te gaan met kandidaten wiens ervaring beter aansluit bij de rol.",
    "We zullen je sollicitatie niet verder in overweging nemen.",
    "Je sollicitatie is niet geselecteerd voor de volgende stap.",
    "Op dit moment zullen we niet verder gaan met je profiel.",
    "We hebben de beslissing genomen om je niet uit te nodigen voor een interview.",
    "Je profiel komt niet overeen met wat we zoeken voor deze rol.",
    "Helaas moeten we je laten weten dat je niet bent doorgegaan naar de volgende fase.",
    "We hebben een kandidaat geselecteerd die beter aansluit bij onze huidige behoeften.",
    "Deze keer ben je niet de kandidaat geworden.",
    "We hebben besloten om met een andere kandidaat in zee te gaan.",
    "Je status in ons systeem is gewijzigd naar 'niet geselecteerd'.",
    "We zijn helaas niet in staat om je een positie aan te bieden.",
    "We gaan niet door met je sollicitatie voor deze positie.",
    "We hebben de positie gesloten zonder een aanbod te doen aan externe kandidaten.",
    "Helaas ben je niet geselecteerd om verder te gaan in het proces.",
    "Het hiring team heeft besloten een andere kandidaat te kiezen.",
    "We hebben besloten dat je niet de juiste match bent voor deze rol.",
    "Je ervaring komt niet helemaal overeen met de vereisten van deze functie.",
    "We hebben besloten de vacature te sluiten en je sollicitatie te archiveren.",
    "Wij zullen je kandidatuur niet doorzetten naar de hiring manager.",
]
K_LOOK_ALIKES = [
    "We willen graag verder met je sollicitatie: plan hier een videocall in.",
    "Je sollicitatie is ontvangen en wordt binnen vijf werkdagen beoordeeld.",
    "Je status in ons systeem is gewijzigd naar 'interview'.",
    "De hiring manager bekijkt je profiel deze week; je hoort snel van ons.",
    "Je hebt je sollicitatie ingetrokken. Wil je je gegevens laten verwijderen? Klik hier.",
    "We willen je graag een aanbod doen voor de positie van Customer Success Manager.",
    "Helaas is de link naar de video-opdracht verlopen; hier is een nieuwe link.",
    "We sluiten de vacature op 15 december; tot die tijd kun je je cv nog aanvullen.",
    "Vul alsjeblieft de vragenlijst in, anders kunnen we je sollicitatie niet verder beoordelen.",
    "We hebben besloten de vacature te sluiten en je sollicitatie door te sturen naar de hiring manager.",
]

# --- (l) a Flemish family firm ("je", "kandidatuur", "aanwerven") -------------------------------------------------
L_SENDER = "Lien Verhelst <lien@verhelst-logistics.example>"
L_SUBJECT = "Je kandidatuur als magazijnier"
L_LETTER = ("Dag Sam,\n\nBedankt voor je kandidatuur als magazijnier bij Verhelst Logistics in Kortrijk. {}\n\n"
            "Nog een fijne dag!\n\nGroetjes,\nLien Verhelst\nHR & administratie")
L_NO = [
    "We hebben beslist om met een andere kandidaat verder te gaan.",
    "Spijtig genoeg ben je niet weerhouden.",
    "We hebben intussen iemand anders aangeworven.",
    "Je profiel past spijtig genoeg niet binnen wat we zoeken.",
    "De job is ondertussen ingevuld.",
    "We gaan niet verder met je kandidatuur.",
    "Jammer genoeg kunnen we je geen job aanbieden.",
    "We hebben gekozen voor iemand met een heftruckattest.",
    "Voor deze vacature kom je helaas niet in aanmerking.",
    "We gaan niet in op je kandidatuur.",
    "Na het gesprek hebben we beslist om je niet aan te werven.",
    "Je kandidatuur werd niet weerhouden voor een gesprek.",
    "De keuze is op een andere kandidaat gevallen.",
    "We hebben al een magazijnier gevonden.",
    "We moeten je helaas teleurstellen.",
    "We hebben beslist de procedure voor jou stop te zetten.",
    "Er is voor een interne kandidaat gekozen.",
    "Je behoort niet tot de geselecteerde kandidaten.",
    "Je hebt de proef in het magazijn niet doorstaan.",
    "We gaan voor een ander profiel.",
    "We zijn voor iemand anders gegaan.",
    "Je komt niet in aanmerking voor een vervolggesprek.",
    "De vacature is geannuleerd.",
    "Spijtig, maar het wordt niet voor jou.",
]
L_LOOK_ALIKES = [
    "We hebben beslist je uit te nodigen voor een gesprek op maandag om 9 uur.",
    "Spijtig genoeg is het gesprek van dinsdag verplaatst naar donderdag.",
    "Je werd weerhouden voor de proefdag in het magazijn.",
    "De vacature is nog open; we bekijken de kandidaturen na 15 december.",
    "Je hebt de proef in het magazijn doorstaan: proficiat!",
    "We gaan voor jou! Wanneer kan je starten?",
    "Spijtig dat je je kandidatuur intrekt; we wensen je veel succes.",
    "Je heftruckattest ontbreekt nog; bezorg het ons, anders kunnen we je niet aanwerven.",
    "De vacature is geannuleerd en opnieuw opengesteld als vaste functie; je kandidatuur loopt gewoon door.",
    "Er is voor een interne kandidaat gekozen als teamleider, dus jij krijgt zijn plek als magazijnier!",
    "Je profiel past niet binnen wat we zoeken voor de ploegbaas, maar we willen je graag spreken over de functie "
    "van magazijnier.",
]

# --- (m) more verdicts in the subject, from several senders -------------------------------------------------------
M_NO = [  # (sender, subject, body)
    ("Team Kleurrijk <jobs@kleurrijk.example>", "Jouw sollicitatie bij Kleurrijk: update",
     "Hoi Sam,\n\nHelaas, we gaan niet verder met je.\n\nTeam Kleurrijk"),
    ("Team Kleurrijk <jobs@kleurrijk.example>", "Afgewezen: Customer Success Manager",
     "Hoi Sam,\n\nDank voor je sollicitatie.\n\nTeam Kleurrijk"),
    ("HR <hr@meridiaan-logistiek.example>", "Status sollicitatie: niet geselecteerd",
     "Beste Sam,\n\nBekijk je status in het kandidatenportaal.\n\nHR"),
    ("Lien Verhelst <lien@verhelst-logistics.example>", "Uw kandidatuur magazijnier - negatief antwoord",
     "Dag Sam,\n\nMeer uitleg vind je in de bijlage.\n\nLien"),
    ("Fleur <fleur@studiozeewind.example>", "Helaas geen stageplek",
     "Hey Sam,\n\nSucces met zoeken!\n\nFleur"),
    ("Kees <kees@bakkerij-dehoek.example>", "Re: open sollicitatie",
     "Hoi Sam, we hebben op dit moment geen plek voor je. Groet, Kees"),
    ("HR <hr@meridiaan-logistiek.example>", "Terugkoppeling sollicitatie",
     "Beste Sam,\n\nDe vacature is ingevuld. Bedankt voor je interesse.\n\nHR"),
    ("HR <hr@meridiaan-logistiek.example>", "Sollicitatie: je bent afgevallen",
     "Hoi Sam,\n\nSucces verder!\n\nHR"),
    ("HR <hr@meridiaan-logistiek.example>", "Sollicitatie planner - geen uitnodiging",
     "Beste Sam,\n\nBedankt voor je brief.\n\nHR"),
    ("Selectiedienst <selectie@stad-lier.example>", "Uitslag selectie: niet weerhouden",
     "Beste kandidaat,\n\nMet vriendelijke groeten,\nSelectiedienst"),
    # (a pointer to other vacancies without a call asked stays the no)
    ("Recruitment <jobs@fluxbase.example>", "Je sollicitatie",
     "Hoi Sam,\n\nDe vacature waar je op reageerde is helaas ingevuld. Maar we hebben een nieuwe vacature online; "
     "kijk gerust op onze site.\n\nTeam"),
]
M_LOOK_ALIKES = [
    ("HR <hr@meridiaan-logistiek.example>", "Status sollicitatie: uitgenodigd",
     "Beste Sam,\n\nBekijk je status in het kandidatenportaal.\n\nHR"),
    ("HR <hr@meridiaan-logistiek.example>", "Niet vergeten: je gesprek morgen om 10 uur",
     "Beste Sam,\n\nTot morgen!\n\nHR"),
    ("Bank <service@bank.example>", "Afgewezen betaling",
     "Beste klant,\n\nJe betaling is afgewezen door je bank. Probeer het opnieuw.\n\nKlantenservice"),
    ("HR <hr@meridiaan-logistiek.example>", "Helaas geen parkeerplek",
     "Beste Sam,\n\nDe parkeergarage is vol tijdens je gesprek; parkeer op P2.\n\nHR"),
]

# --- (n) a headhunter about a senior post at a client ---------------------------------------------------------------
N_SENDER = "Bas Hendriks <bas@hendriks-executive.example>"
N_SUBJECT = "Update: Finance Director bij onze klant"
N_LETTER = ("Hoi Sam,\n\nDank nog voor het goede gesprek van vorige week over de rol van Finance Director bij mijn "
            "klant in Eindhoven. {}\n\nLaten we snel eens bellen.\n\nHartelijke groet,\nBas Hendriks\n"
            "Hendriks Executive Search")
N_NO = [
    "Mijn klant heeft besloten het proces met twee andere kandidaten voort te zetten.",
    "De klant vond je profiel net te senior voor deze rol.",
    "Je salarisindicatie lag te ver boven hun budget, dus ze gaan niet verder met je.",
    "De klant heeft de rol on hold gezet en het proces voor alle kandidaten gestopt.",
    "Ze kiezen voor een kandidaat met meer ervaring in een beursgenoteerde omgeving.",
    "De CFO heeft aangegeven je niet verder mee te nemen in de procedure.",
    "Helaas ben je niet door naar de shortlist die ik aan de klant presenteer.",
    "Na de gesprekken met de raad van bestuur is de keuze op iemand anders gevallen.",
    "Mijn klant ziet je helaas niet als de juiste persoon voor deze rol.",
    "Ze hebben een kandidaat uit hun eigen netwerk aangenomen.",
    "Ik moet je helaas melden dat je niet bent geselecteerd voor de tweede ronde bij de klant.",
    "De klant heeft na het assessment afgezien van een vervolggesprek met jou.",
    "Het is helaas een andere kandidaat geworden.",
    "De klant heeft besloten je niet uit te nodigen voor het gesprek met de aandeelhouders.",
    "Mijn klant heeft gekozen voor iemand die het Duits beter beheerst.",
    "Je kandidatuur wordt door de klant niet verder in overweging genomen.",
    "Je bent helaas afgevallen in de laatste ronde.",
    "Ze hebben het aanbod aan de andere finalist gedaan, en die heeft getekend.",
]
N_LOOK_ALIKES = [
    "Mijn klant wil het proces met jou voortzetten: de tweede ronde is op 9 december.",
    "De klant heeft nog geen besluit genomen; ze willen eerst de referenties nabellen.",
    "Ze hebben voor jou gekozen! Het aanbod komt morgen.",
    "De klant heeft de rol even on hold gezet tot na de jaarcijfers; je blijft in beeld.",
    "De andere kandidaat is afgevallen, dus je bent nu de enige finalist.",
    "De klant vond je profiel sterk en wil je graag de CEO laten ontmoeten.",
    "Ik heb je kandidatuur teruggetrokken zoals je vroeg; jammer, maar begrijpelijk.",
    "Je salarisindicatie past binnen hun budget; ze nodigen je uit voor het tweede gesprek.",
    "Het proces voor alle kandidaten is voorlopig gestopt tot januari; ik houd je op de hoogte.",
    "De klant vond je net te senior voor de rol van controller, maar wil je graag spreken over de CFO-rol.",
]

# --- (o) a retail chain's store manager ------------------------------------------------------------------------------
O_SENDER = "Noor <filiaal042@buurtsuper.example>"
O_SUBJECT = "Je sollicitatie als vakkenvuller"
O_LETTER = ("Hoi Sam,\n\nBedankt voor je sollicitatie bij onze winkel in Amersfoort. {}\n\nGroetjes,\nNoor\n"
            "filiaalmanager")
O_NO = [
    "We hebben besloten om niet met je in zee te gaan.",
    "Je past helaas niet in ons rooster, want we zoeken iemand voor doordeweekse ochtenden.",
    "We hebben op dit moment genoeg weekendkrachten.",
    "We hebben de plek aan een andere sollicitant gegeven.",
    "Helaas, je bent te jong voor de functie, want je moet met de kassa kunnen werken na 22 uur.",
    "We hebben al genoeg vakkenvullers.",
    "Helaas hebben we voor iemand anders gekozen die dichterbij woont.",
    "Je bent niet uitgekozen voor een proefdienst.",
    "We nemen voorlopig geen nieuwe vakkenvullers aan.",
    "Helaas is er geen plek meer voor je in het team.",
    "Er is al iemand anders aangenomen.",
    "De vacature is helaas vervuld.",
    "Je beschikbaarheid sluit niet aan bij wat we nodig hebben.",
    "We hebben iemand gevonden die meer uren kan werken.",
    "Na je proefdienst hebben we besloten het niet te doen.",
    "Sorry, maar we kunnen je geen contract aanbieden.",
    "We houden het bij de mensen die we al hebben.",
    "Het team is compleet.",
    "We hebben de functie intern opgelost.",
    "Je sollicitatie is helaas niet doorgegaan.",
]
O_LOOK_ALIKES = [
    "Kom je zaterdag om 9 uur een proefdienst draaien?",
    "Je past goed in ons rooster; je kunt maandag beginnen.",
    "Het team is compleet voor de kerst, maar vanaf januari hebben we je graag erbij!",
    "Helaas is de kassa-training verplaatst naar dinsdag.",
    "We hebben je contract klaarliggen; kom je het tekenen?",
    "Na je proefdienst willen we je graag aannemen!",
    "We houden het bij de kandidaten die al in gesprek zijn, en jij bent daar een van!",
    "Je bent te jong voor de nachtdienst, maar voor de zaterdag ben je welkom.",
    "Je past niet in ons rooster op dinsdag; kun je woensdag?",
]

# --- (q) an answer to an open application ----------------------------------------------------------------------------
Q_SENDER = "HR Vermeer Techniek <hr@vermeer-techniek.example>"
Q_SUBJECT = "Uw open sollicitatie"
Q_LETTER = ("Beste heer Rivera,\n\nHartelijk dank voor uw open sollicitatie en uw interesse in Vermeer Techniek. {}\n\n"
            "Met vriendelijke groet,\nHR Vermeer Techniek")
Q_NO = [
    "Op dit moment hebben wij helaas geen passende vacature voor u.",
    "Er is momenteel geen plek binnen ons bedrijf die aansluit bij uw profiel.",
    "Wij nemen op dit moment niemand aan.",
    "Helaas hebben wij op dit moment geen mogelijkheden voor u.",
    "Wij hebben uw cv bekeken, maar zien op dit moment geen passende functie.",
    "Er zijn op dit moment geen openstaande vacatures die bij uw ervaring passen.",
    "Wij kunnen u op dit moment helaas geen baan aanbieden.",
    "Wij hebben momenteel geen ruimte voor nieuwe medewerkers in de werkplaats.",
    "Helaas is er binnen onze organisatie geen functie beschikbaar die past bij uw opleiding.",
    "Wij zien op dit moment geen mogelijkheid om u een functie aan te bieden.",
    "Er is bij ons helaas geen werk voor een monteur op uw niveau.",
    "Uw profiel past op dit moment niet binnen onze organisatie.",
    "We hebben een personeelsstop, dus we kunnen niets voor u betekenen.",
    "Helaas sluit uw profiel niet aan op de functies die wij aanbieden.",
    "Wij hebben besloten niet op uw open sollicitatie in te gaan.",
]
Q_LOOK_ALIKES = [
    "Wij hebben op dit moment een passende vacature voor u en nodigen u graag uit.",
    "Wij hebben uw cv bekeken en zien mogelijkheden in de werkplaats. Kunt u dinsdag langskomen?",
    "Helaas kunnen wij uw cv niet openen; wilt u het als pdf sturen?",
    "Er is momenteel geen vacature gepubliceerd, maar wij willen graag kennismaken.",
    "Uw open sollicitatie is doorgestuurd naar de teamleider van de werkplaats; hij neemt contact met u op.",
]

# --- (r) a chat-style answer above the reader's quoted question ---------------------------------------------------
R_SENDER = "Kim <kim@koffiebar-noord.example>"
R_SUBJECT = "Re: vacature barista"
R_LETTER = ("Hoi Sam,\n\n{}\n\nGroet,\nKim\n\nOp ma 3 nov 2026 om 10:12 schreef Sam Rivera <sam@example.net>:\n"
            "> Hoi Kim,\n> Ik zag jullie vacature voor een barista. Is die nog open? Ik heb twee jaar ervaring.\n"
            "> Groet, Sam")
R_NO = [
    "Nee, die is net ingevuld, sorry!",
    "Helaas niet meer, we hebben vorige week iemand aangenomen.",
    "Die plek is helaas niet meer beschikbaar.",
    "De vacature is offline gehaald omdat we iemand hebben.",
    "Nee, we hebben al een barista gevonden.",
    "Helaas, je bent te laat, de plek is weg.",
    "Sorry, we zoeken op dit moment niemand meer.",
    "Jammer, maar de vacature is net dicht.",
    "We hebben iemand met meer ervaring aangenomen, sorry.",
    "Helaas niet, we hebben het intern kunnen oplossen.",
    "Nee, die baan is al vergeven aan een stagiaire van vorig jaar.",
    "We gaan het met een bekende doen, sorry.",
    "We hebben besloten niemand aan te nemen, de zaak gaat in januari dicht.",
    "Helaas niet meer open, succes met je zoektocht!",
    "We hebben al iemand op proef, dus voorlopig niet.",
]
R_LOOK_ALIKES = [
    "Ja, die is nog open! Kom je morgen even langs?",
    "Hij is nog niet ingevuld, stuur je cv maar.",
    "We hebben al iemand voor de ochtend, maar de middag is nog open. Interesse?",
    "Sorry voor de late reactie! Ja, nog open. Bel me even.",
    "De vacature is offline gehaald door een storing op de site, maar hij is nog open!",
    "Nee hoor, je bent niet te laat: kom zaterdag proefdraaien.",
    "We hebben al een barista gevonden voor de zomer, maar voor het najaar zoeken we er nog een. Kom je praten?",
    "De vacature is net dicht, maar voor jou maken we een uitzondering: kom dinsdag langs!",
    "Die is al vergeven, maar de avonddienst is nog vrij: interesse?",
    "De vacature is verwijderd van Indeed, maar je kunt gewoon reageren via de mail.",
]

# --- "helaas", "afgewezen" and "uitgeloot" about something else ---------------------------------------------------
OTHER_NOS = [  # (sender, subject, body)
    ("Parkeren <parkeren@stad-lier.example>", "Uw aanvraag bewonerskaart",
     "Geachte heer Rivera,\n\nSpijtig genoeg kunnen wij uw aanvraag voor een bewonerskaart niet goedkeuren: uw adres "
     "valt buiten de zone.\n\nMet vriendelijke groeten,\nDienst Parkeren"),
    ("Hogeschool <inschrijving@hs-delta.example>", "Uitslag decentrale selectie",
     "Beste Sam,\n\nHelaas ben je uitgeloot voor de opleiding Fysiotherapie. Je staat op de wachtlijst op plaats "
     "41.\n\nStudentenadministratie"),
    ("Inkoop <inkoop@provincie.example>", "Gunningsbeslissing aanbesteding groenonderhoud",
     "Geachte heer Rivera,\n\nTot onze spijt delen wij u mee dat de opdracht niet aan uw onderneming wordt gegund. "
     "De opdracht wordt gegund aan een andere inschrijver.\n\nAfdeling Inkoop"),
    ("Woningnet <info@woonhuis.example>", "Reactie op woning Kerkstraat 12",
     "Beste Sam,\n\nHelaas is de woning aan de Kerkstraat toegewezen aan een andere kandidaat-huurder. Blijf "
     "reageren!\n\nWoonhuis"),
    ("Subsidies <subsidie@fonds.example>", "Besluit op uw subsidieaanvraag",
     "Geachte heer Rivera,\n\nUw aanvraag voor een projectsubsidie is afgewezen, omdat het budget is "
     "uitgeput.\n\nFonds Cultuur"),
    ("Shop <service@webshop.example>", "Je bestelling",
     "Hoi Sam,\n\nHelaas is de jas die je bestelde niet meer op voorraad. We hebben je bestelling geannuleerd en je "
     "geld teruggestort.\n\nKlantenservice"),
    ("Intermediair <nieuws@carrierebrief.example>", "Nieuwsbrief: afgewezen na het laatste gesprek?",
     "Beste lezer,\n\nNiet door naar de volgende ronde of net niet gekozen? Zo verwerk je een afwijzing en vraag je "
     "om feedback.\n\nRedactie"),
    ("Recruitment <jobs@fluxbase.example>", "Je sollicitatie ingetrokken",
     "Hoi Sam,\n\nWe hebben je bericht ontvangen dat je je sollicitatie intrekt. Jammer, maar we wensen je veel "
     "succes bij je nieuwe werkgever!\n\nDaan"),
    ("Sportclub <bestuur@hockeyclub.example>", "Trainersfunctie JO12",
     "Hoi Sam,\n\nDank voor je aanmelding als vrijwillige trainer. We hebben al genoeg trainers voor dit seizoen, "
     "maar je kunt altijd invallen!\n\nBestuur"),
    ("Fietsmarkt <fietsmarkt@zoekertjes.example>", "Re: racefiets",
     "Hoi,\n\nIs al weg, sorry.\n\nGr"),
    ("Talent <talent@fluxbase.example>", "Assessment kandidaat Jansen",
     "Hoi Sam,\n\nHet assessment van kandidaat Jansen is negatief uitgevallen. Zullen we haar afwijzen voor de rol "
     "van analist?\n\nGroet,\nDaan"),
    ("Huisarts <assistente@praktijk.example>", "Uitslag",
     "Beste Sam,\n\nDe uitslag van uw test is negatief uitgevallen. U hoeft niets te doen.\n\nHuisartsenpraktijk"),
    ("Eetcafe <info@eetcafe.example>", "Re: reservering zaterdag",
     "Hoi Sam,\n\nHelaas al vergeven hoor, we zitten vol. Volgende week?\n\nGroet"),
]


# More look-alikes, each from its own writer: an HR request, a leave or an expense refused; a training programme, a
# marathon lottery, a flat, a mortgage, a master's admission, a youth team; the reader as a hiring manager told of
# candidates; a job alert and a newsletter; a sister's own no; the reader's withdrawal; a moved interview; an offer
# that stands; a colleague's promotion; an acknowledgement with a date; a missing cv; a recruiter's outreach after a
# filled post; a shift taken but another free; an agency's extension; a reserve list with an invitation; a farewell;
# a full course; a report not approved; a supplier not chosen.
LOOK_MORE = [
    ('HR <hr@fluxbase.example>', 'Je verlofaanvraag',
     'Hoi Sam,\n\nJe verlofaanvraag voor de kerstweek is helaas afgewezen: het team is dan al te klein. Kies je een '
     'andere week?\n\nHR'),
    ('HR <hr@fluxbase.example>', 'Thuiswerkverzoek',
     'Hoi Sam,\n\nWe gaan niet verder met je verzoek om vier dagen thuis te werken; twee dagen blijft de '
     'regel.\n\nHR'),
    ('Finance <finance@fluxbase.example>', 'Declaratie afgewezen',
     'Hoi Sam,\n\nJe declaratie voor de taxirit is afgewezen omdat de bon ontbreekt.\n\nFinance'),
    ('Academy <academy@fluxbase.example>', 'Leiderschapsprogramma',
     'Hoi Sam,\n\nHelaas ben je niet geselecteerd voor het leiderschapsprogramma van dit jaar. Volgend jaar is er '
     'een nieuwe ronde.\n\nAcademy'),
    ('Marathon <info@marathon.example>', 'Loting',
     'Beste Sam,\n\nHelaas ben je uitgeloot voor de marathon van Rotterdam. Je staat op de '
     'wachtlijst.\n\nOrganisatie'),
    ('Daan <daan@fluxbase.example>', 'Kandidaten voor jouw team',
     'Hoi Sam,\n\nVan de vijf kandidaten voor jouw vacature gaan we met twee verder; de andere drie hebben we '
     'afgewezen. Zullen we de gesprekken volgende week plannen?\n\nDaan'),
    ('Daan <daan@fluxbase.example>', 'Welkom!',
     'Hoi Sam,\n\nWelkom bij Fluxbase! Je eerste werkdag is maandag 5 januari. We hebben al iemand gevonden die je '
     'buddy wordt.\n\nDaan'),
    ('Lotte <lotte@talent.example>', 'Referentie',
     'Hoi Sam,\n\nJouw oud-collega Mark heeft gesolliciteerd bij ons. Mag ik je bellen voor een referentie? Hij is '
     'nog niet afgewezen hoor!\n\nLotte'),
    ('Jobbird <alerts@jobbird.example>', 'Nieuwe vacatures voor jou',
     'Hoi Sam,\n\nDe vacature Product Designer bij Fluxbase is gesloten. Bekijk deze 12 nieuwe vacatures die bij je '
     'passen.\n\nJobbird'),
    ('Intermediair <nieuws@intermediair.example>', 'Nieuwsbrief',
     'Beste lezer,\n\nDeze week: je bent afgewezen na het tweede gesprek. Wat nu? Vijf recruiters geven '
     'tips.\n\nRedactie'),
    ("Sam's zus <zus@gmail.example>", 'Balen',
     'Hoi Sam,\n\nIk ben helaas afgewezen voor die baan bij de gemeente. Zin om vanavond te bellen?\n\nX'),
    ('Daan <daan@fluxbase.example>', 'Re: mijn sollicitatie',
     'Hoi Sam,\n\nJammer dat je je sollicitatie intrekt! We hadden je graag verder gesproken. Succes bij je nieuwe '
     'baan.\n\nDaan'),
    ('Daan <daan@fluxbase.example>', 'Tweede gesprek',
     'Hoi Sam,\n\nHelaas kan de CTO donderdag niet, dus het tweede gesprek schuift naar maandag. Je bent nog steeds '
     'volop in de race!\n\nDaan'),
    ('Daan <daan@fluxbase.example>', 'Je aanbod',
     'Hoi Sam,\n\nWe hebben het salaris niet verder kunnen verhogen, maar het aanbod van vorige week staat nog. '
     'Laat je het weten?\n\nDaan'),
    ('Daan <daan@fluxbase.example>', 'Interne vacature',
     'Hoi Sam,\n\nDe interne vacature teamlead is ingevuld door Eva. Gefeliciteerd met je eigen promotie naar '
     'senior, trouwens!\n\nDaan'),
    ('Gemeente <info@gemeente.example>', 'Uw aanvraag omgevingsvergunning',
     'Geachte heer Rivera,\n\nUw aanvraag voor een dakkapel is niet in behandeling genomen, omdat de tekening '
     'ontbreekt.\n\nGemeente'),
    ('Woningnet <info@woningnet.example>', 'Reactie',
     'Beste Sam,\n\nU bent niet geselecteerd voor de bezichtiging van de woning aan de Dorpsstraat. Er waren 300 '
     'reacties.\n\nWoningnet'),
    ('Bank <hypotheek@bank.example>', 'Hypotheekaanvraag',
     'Beste Sam,\n\nHelaas kunnen wij uw hypotheekaanvraag niet in behandeling nemen; uw contract is '
     'tijdelijk.\n\nBank'),
    ('Uni <phd@uni.example>', 'Masteropleiding',
     'Beste Sam,\n\nDe toelatingscommissie heeft besloten u niet toe te laten tot de masteropleiding Data '
     'Science.\n\nStudentenzaken'),
    ('Voetbalclub <jeugd@club.example>', 'Selectie JO19',
     'Hoi Sam,\n\nJe zoon is helaas niet geselecteerd voor JO19-1; hij speelt volgend seizoen in JO19-2.\n\nTrainer'),
    ('Daan <daan@fluxbase.example>', 'Kandidaat Jansen',
     'Hoi Sam,\n\nNa jouw gesprek met Jansen hebben we besloten niet met hem verder te gaan. Ik laat het hem '
     'vandaag weten.\n\nDaan'),
    ('Recruitment <jobs@fluxbase.example>', 'Je sollicitatie',
     'Hoi Sam,\n\nWe hebben je sollicitatie goed ontvangen. De selectie start na 15 december; tot die tijd hoor je '
     'niets van ons.\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Je sollicitatie',
     'Hoi Sam,\n\nEr zijn veel sollicitaties binnengekomen. We laten je voor 20 december weten of je door bent naar '
     'de eerste ronde.\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Je sollicitatie',
     'Hoi Sam,\n\nLeuk dat je wilt solliciteren! Helaas ontbreekt je cv nog. Upload het alsjeblieft, anders kunnen '
     'we niet verder.\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Andere vacature',
     'Hoi Sam,\n\nDe vacature waar je op reageerde is ingevuld. Maar we hebben een nieuwe, vergelijkbare rol en '
     'denken direct aan jou: heb je tijd voor een belletje?\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Je sollicitatie',
     'Hoi Sam,\n\nWe gaan je niet afwijzen! Je bent door naar de laatste ronde.\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Je sollicitatie',
     'Hoi Sam,\n\nJe bent niet de enige kandidaat, maar wel onze favoriet: we bieden je de baan aan!\n\nTeam'),
    ('Recruitment <jobs@fluxbase.example>', 'Uitnodiging',
     'Hoi Sam,\n\nWe hebben drie kandidaten afgewezen en jou uitgenodigd voor een gesprek op dinsdag.\n\nTeam'),
    ('Kees <kees@bakkerij-dehoek.example>', 'Re: zaterdag',
     'Hoi Sam,\n\nDe zaterdagdienst is al vergeven, maar zondag kun je komen. Lukt dat?\n\nKees'),
    ('Kees <kees@bakkerij-dehoek.example>', 'Rooster',
     'Hoi Sam,\n\nVolgende week hebben we al genoeg vakkenvullers, dus je hoeft niet te komen. Geniet van je vrije '
     'week!\n\nKees'),
    ('Milan <milan@tempo-uitzend.example>', 'Je opdracht',
     'Hoi Sam,\n\nDe klant heeft je opdracht verlengd tot juni! Ze waren erg tevreden.\n\nMilan'),
    ('Milan <milan@tempo-uitzend.example>', 'Je plaatsing',
     'Hoi Sam,\n\nJe plaatsing bij de klant gaat gewoon door; alleen de startdatum schuift een week.\n\nMilan'),
    ('Selectiedienst <selectie@stad.example>', 'Wervingsreserve',
     'Beste Sam,\n\nU staat op de wervingsreserve en wordt uitgenodigd voor een gesprek over de vacature bij de '
     'dienst Financien op 10 januari.\n\nSelectiedienst'),
    ('Selectiedienst <selectie@stad.example>', 'Resultaat',
     'Beste Sam,\n\nU bent geslaagd voor de selectie. Spijtig genoeg is er momenteel geen vacante betrekking, dus u '
     'wordt opgenomen in de wervingsreserve.\n\nSelectiedienst'),
    ('Daan <daan@fluxbase.example>', 'Afscheid',
     'Hoi allemaal,\n\nNa vijf jaar ga ik Fluxbase verlaten. Het is niet gelukt om mijn rol hier te laten groeien, '
     'dus ik kies voor iets nieuws.\n\nDaan'),
    ('Opleiding <info@academie.example>', 'Inschrijving cursus',
     'Beste Sam,\n\nDe cursus Projectmanagement is vol. We hebben al genoeg deelnemers; je staat op de '
     'wachtlijst.\n\nAcademie'),
    ('Fleur <fleur@studiozeewind.example>', 'Stageverslag',
     'Hey Sam,\n\nJe stageverslag is helaas niet goedgekeurd door school; er ontbreekt een reflectie. Lever je hem '
     'opnieuw in?\n\nFleur'),
    ('Daan <daan@fluxbase.example>', 'Offerte',
     'Hoi Sam,\n\nWe hebben gekozen voor een andere leverancier voor de laptops. Bedankt voor je offerte.\n\nDaan, '
     'inkoop'),
]


test_a_flemish_public_no = letters_test(slotted(A_SUBJECT, A_LETTER, A_NO), A_SENDER, rejection=True)
test_a_flemish_public_look_alikes = letters_test(slotted(A_SUBJECT, A_LETTER, A_LOOK_ALIKES), A_SENDER,
                                                 rejection=False)
test_b_scale_up_no = letters_test(slotted(B_SUBJECT, B_LETTER, B_NO), B_SENDER, rejection=True)
test_b_scale_up_look_alikes = letters_test(slotted(B_SUBJECT, B_LETTER, B_LOOK_ALIKES), B_SENDER, rejection=False)
test_c_agency_no = letters_test(slotted(C_SUBJECT, C_LETTER, C_NO), C_SENDER, rejection=True)
test_c_agency_look_alikes = letters_test(slotted(C_SUBJECT, C_LETTER, C_LOOK_ALIKES), C_SENDER, rejection=False)
test_c_agency_about_its_own_candidate = mails_test(C_CLIENT_SIDE, rejection=False)
test_d_hospital_no = letters_test(slotted(D_SUBJECT, D_LETTER, D_NO), D_SENDER, rejection=True)
test_d_hospital_look_alikes = letters_test(slotted(D_SUBJECT, D_LETTER, D_LOOK_ALIKES), D_SENDER, rejection=False)
test_d_school_no = letters_test(slotted(D2_SUBJECT, D2_LETTER, D2_NO), D2_SENDER, rejection=True)
test_d_school_look_alikes = letters_test(slotted(D2_SUBJECT, D2_LETTER, D2_LOOK_ALIKES), D2_SENDER,
                                         rejection=False)
test_e_small_business_no = letters_test(slotted(E_SUBJECT, E_LETTER, E_NO), E_SENDER, rejection=True)
test_e_small_business_look_alikes = letters_test(slotted(E_SUBJECT, E_LETTER, E_LOOK_ALIKES), E_SENDER,
                                                 rejection=False)
test_f_after_interview_no = letters_test(slotted(F_SUBJECT, F_LETTER, F_NO), F_SENDER, rejection=True)
test_f_after_interview_look_alikes = letters_test(slotted(F_SUBJECT, F_LETTER, F_LOOK_ALIKES), F_SENDER,
                                                  rejection=False)
test_g_subject_verdict_no = letters_test(G_NO, G_SENDER, rejection=True)
test_g_subject_verdict_look_alikes = letters_test(G_LOOK_ALIKES, G_SENDER, rejection=False)
test_other_helaas_is_no_rejection = mails_test(OTHER_NOS, rejection=False)
test_h_insurer_no = letters_test(slotted(H_SUBJECT, H_LETTER, H_NO), H_SENDER, rejection=True)
test_h_insurer_look_alikes = letters_test(slotted(H_SUBJECT, H_LETTER, H_LOOK_ALIKES), H_SENDER, rejection=False)
test_i_internship_no = letters_test(slotted(I_SUBJECT, I_LETTER, I_NO), I_SENDER, rejection=True)
test_i_internship_look_alikes = letters_test(slotted(I_SUBJECT, I_LETTER, I_LOOK_ALIKES), I_SENDER, rejection=False)
test_j_municipality_no = letters_test(slotted(J_SUBJECT, J_LETTER, J_NO), J_SENDER, rejection=True)
test_j_municipality_look_alikes = letters_test(slotted(J_SUBJECT, J_LETTER, J_LOOK_ALIKES), J_SENDER,
                                               rejection=False)

test_k_ats_no = letters_test(slotted(K_SUBJECT, K_LETTER, K_NO), K_SENDER, rejection=True)
test_k_ats_look_alikes = letters_test(slotted(K_SUBJECT, K_LETTER, K_LOOK_ALIKES), K_SENDER, rejection=False)
test_l_flemish_firm_no = letters_test(slotted(L_SUBJECT, L_LETTER, L_NO), L_SENDER, rejection=True)
test_l_flemish_firm_look_alikes = letters_test(slotted(L_SUBJECT, L_LETTER, L_LOOK_ALIKES), L_SENDER,
                                               rejection=False)
test_m_subject_verdicts_no = mails_test(M_NO, rejection=True)
test_m_subject_verdicts_look_alikes = mails_test(M_LOOK_ALIKES, rejection=False)
test_n_headhunter_no = letters_test(slotted(N_SUBJECT, N_LETTER, N_NO), N_SENDER, rejection=True)
test_n_headhunter_look_alikes = letters_test(slotted(N_SUBJECT, N_LETTER, N_LOOK_ALIKES), N_SENDER, rejection=False)
test_o_store_no = letters_test(slotted(O_SUBJECT, O_LETTER, O_NO), O_SENDER, rejection=True)
test_o_store_look_alikes = letters_test(slotted(O_SUBJECT, O_LETTER, O_LOOK_ALIKES), O_SENDER, rejection=False)
test_q_open_application_no = letters_test(slotted(Q_SUBJECT, Q_LETTER, Q_NO), Q_SENDER, rejection=True)
test_q_open_application_look_alikes = letters_test(slotted(Q_SUBJECT, Q_LETTER, Q_LOOK_ALIKES), Q_SENDER,
                                                   rejection=False)
test_r_chat_reply_no = letters_test(slotted(R_SUBJECT, R_LETTER, R_NO), R_SENDER, rejection=True)
test_r_chat_reply_look_alikes = letters_test(slotted(R_SUBJECT, R_LETTER, R_LOOK_ALIKES), R_SENDER, rejection=False)
test_more_look_alikes = mails_test(LOOK_MORE, rejection=False)

# Misses left open on purpose (strict xfails): each would need a rule that also reads other mail as a no.
KNOWN_GAPS = [  # (letter, subject, sender, sentence, why)
    (E_LETTER, E_SUBJECT, E_SENDER, "Jammer, maar we gaan het niet doen.",
     "'we gaan het niet doen' answers any proposal (a quote, a plan); read only with a job named in the sentence"),
    (E_LETTER, E_SUBJECT, E_SENDER, "We zitten al vol, sorry!",
     "'we zitten al vol' is a restaurant's, a course's or a campsite's answer as often as an employer's"),
    (H_LETTER, H_SUBJECT, H_SENDER,
     "Wij geven de voorkeur aan kandidaten die reeds werkzaam zijn in de verzekeringsbranche.",
     "the present 'wij geven de voorkeur aan kandidaten die' is a vacancy's requirement as well"),
    (J_LETTER, J_SUBJECT, J_SENDER,
     "U komt niet in aanmerking, omdat u niet voldoet aan de eis van een afgeronde masteropleiding.",
     "'masteropleiding' makes the shared not-a-job rule (phrases.NOT_A_JOB, an admission) read a study place"),
    (N_LETTER, N_SUBJECT, N_SENDER, "Ze hebben uiteindelijk voor een interne oplossing gekozen.",
     "'een interne oplossing' is a supplier's no as often (software, a service); the post must be named with it"),
    (N_LETTER, N_SUBJECT, N_SENDER, "Ze gaan de rol invullen met een interim-manager in plaats van een vaste kracht.",
     "the post filled another way, said of the post only: no wording of a no to tell it from staff news"),
    (R_LETTER, R_SUBJECT, R_SENDER, "Nope, al opgelost, maar dank voor je berichtje!",
     "'al opgelost' and 'al geregeld' answer any request in a thread (a parking place, travel costs)"),
    (R_LETTER, R_SUBJECT, R_SENDER, "Het is al geregeld, bedankt voor je interesse!",
     "'al opgelost' and 'al geregeld' answer any request in a thread (a parking place, travel costs)"),
    (R_LETTER, R_SUBJECT, R_SENDER, "We zijn al rond, sorry.",
     "'we zijn al rond' is a meeting's or a deal's end as well"),
    (R_LETTER, R_SUBJECT, R_SENDER, "Sorry, we nemen geen mensen zonder ervaring aan.",
     "a hiring policy, also a vacancy's requirement in a job alert"),
    (R_LETTER, R_SUBJECT, R_SENDER, "Nee, we zitten goed voor nu.",
     "'we zitten goed' answers any offer (a supplier, a salesman)"),
]


@pytest.mark.parametrize(("letter", "subject", "sender", "sentence"), [
    pytest.param(*case[:4], marks=pytest.mark.xfail(strict=True, reason=case[4]), id=f"{i}:{case[3][:30]}")
    for i, case in enumerate(KNOWN_GAPS)])
def test_known_gaps(letter: str, subject: str, sender: str, sentence: str) -> None:
    assert found(mail(letter.format(sentence), subject, sender))
