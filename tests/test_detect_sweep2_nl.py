"""Second Dutch sweep: short rejection mails from writers the first sweep (test_detect_sweep_nl.py) did not have
(West-Flemish and spoken notes, trades and shops, schools and public bodies with formal letters, selection tests,
agencies relaying a client, platforms relaying an employer, curt replies, the decision buried after other business),
next to look-alikes most of which carry "verder" and reject nothing of the reader's: a paused or delayed process, a
document still missing, the reader's own withdrawal, silence or signature elsewhere, a decision about a colleague or an
agency's candidate, a process that continues, a survey about a closed process, and refusals of things that are no job.
All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Noor Jacobs <noor.jacobs@jacobs-bouw.example>"


# Real rejections, by register and decision (greeting and sign-off are part of each text).
REJECTIONS = [
    # --- West/East Flemish casual, dialect-coloured
    ("kandidatuur",
     "Hey Sander,\n"
     "\n"
     "Ik zal eerlijk zijn: 't is nie gelukt deze keer. De baas heeft iemand anders gepakt voor de"
     " toog.\n"
     "Merci om langs te komen!\n"
     "\n"
     "Groetjes, Nele"),
    ("Re: job",
     "Dag Joke,\n"
     "\n"
     "Spijtig, mor we hebben iemand anders gevonden voor de studentenjob deze zomer.\n"
     "Veel succes nog he!\n"
     "\n"
     "Kris"),
    ("vakantiejob",
     "Hallo Lotte,\n"
     "\n"
     "Bedankt voor je interesse in een vakantiejob bij ons. Alle plaatsen zijn al ingenomen, dus we"
     " kunnen je deze zomer niet inschakelen.\n"
     "\n"
     "Groetjes\n"
     "Het team van De Zwaan"),
    ("sollicitatie",
     "Dag Wim,\n"
     "\n"
     "We hebben het besproken met de ploeg en we gaan het niet doen met jou. Niks persoonlijks, we"
     " zoeken iemand die ook in het weekend kan.\n"
     "\n"
     "Mvg\n"
     "Peter"),
    ("Re: uw kandidatuur",
     "Dag mevrouw Claes,\n"
     "\n"
     "Ik moet u spijtig genoeg melden dat we een andere kandidate verkozen hebben voor de functie"
     " van verpleegkundige.\n"
     "\n"
     "Met vriendelijke groeten\n"
     "Directie WZC Ter Linde"),
    ("job magazijn",
     "Yo Dries,\n"
     "\n"
     "Sorry makker, de plek in 't magazijn is al vergeven. Houd je goed!\n"
     "\n"
     "Stijn"),
    ("kandidatuur",
     "Dag Ellen,\n"
     "\n"
     "We hebben gisteren de laatste gesprekken gehad. Uiteindelijk is het een andere kandidaat"
     " geworden, iemand die dichter bij Gent woont.\n"
     "Bedankt voor je tijd!\n"
     "\n"
     "An"),
    ("Re: kandidatuur kassa",
     "Hallo Robbe,\n"
     "\n"
     "Ik heb je cv doorgegeven aan de winkelverantwoordelijke maar ze ziet het niet zitten. Spijtig!\n"
     "\n"
     "Groeten, Ilse"),
    ("kandidatuur",
     "Hoi Jana,\n"
     "\n"
     "'t Is een nee geworden, jammer. We hebben voor een ervaren kracht gekozen.\n"
     "\n"
     "X Liesbeth"),
    ("Re: job als chauffeur",
     "Dag Kevin,\n"
     "\n"
     "Ik heb slecht nieuws: de zaakvoerder heeft beslist om iemand anders aan te werven. Veel geluk"
     " verder.\n"
     "\n"
     "Marc"),
    ("kandidatuur",
     "Beste Yana,\n"
     "\n"
     "Uw kandidatuur is goed ontvangen en bekeken, maar we zijn tot het besluit gekomen dat uw"
     " profiel niet overeenstemt met wat we zoeken.\n"
     "\n"
     "Mvg\n"
     "HR Deprez bv"),
    ("Kandidatuur onthaal",
     "Goedemiddag Sofie,\n"
     "\n"
     "We hebben besloten om de selectieprocedure met u niet voort te zetten.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Dienst Personeel Gemeente Zonnebeke"),
    ("jobstudent",
     "Hoi Lars,\n"
     "\n"
     "Dit jaar nemen we geen jobstudenten meer aan, alle weekends zijn bezet. Probeer volgend jaar"
     " gerust opnieuw!\n"
     "\n"
     "Bakkerij Vandekerckhove"),
    ("kandidatuur",
     "Dag Tom,\n"
     "\n"
     "Onze keuze is gevallen op een andere persoon. Bedankt om te solliciteren en veel succes.\n"
     "\n"
     "Groeten\n"
     "Nathalie"),
    ("RE: interview dinsdag",
     "Hey Seppe,\n"
     "\n"
     "Nogmaals merci voor het gesprek van dinsdag. We hebben er lang over nagedacht, maar we gaan"
     " voor een andere kandidaat. Ik hoop dat je snel iets vindt!\n"
     "\n"
     "Groetjes, Hanne"),
    # --- Dutch informal / chat-like
    ("sollicitatie",
     "Hi Jesse,\n"
     "\n"
     "Baal ervan, maar we hebben de functie aan iemand anders gegeven.\n"
     "Succes!\n"
     "\n"
     "Roel"),
    ("vacature barista",
     "He Noor,\n"
     "\n"
     "We hebben al iemand gevonden, dus helaas geen plekje voor jou. Veel succes met zoeken!\n"
     "\n"
     "Team Koffiebar De Boon"),
    ("Re: sollicitatie",
     "Hoi Bas,\n"
     "\n"
     "Kort berichtje: je bent helaas niet door naar de tweede ronde.\n"
     "\n"
     "Gr, Maaike"),
    ("Re: Re: sollicitatie",
     "Ha Lisa,\n"
     "\n"
     "Helaas, deze keer niet. De keuze viel op een andere kandidaat.\n"
     "\n"
     "Groet\n"
     "Sandra"),
    ("sollicitatie",
     "Hey Thijs,\n"
     "\n"
     "Ik had graag beter nieuws gehad, maar je valt af voor de functie van monteur. Er waren"
     " kandidaten met een rijbewijs C.\n"
     "\n"
     "Groet,\n"
     "Henk"),
    ("Re: functie",
     "Hoi Fleur,\n"
     "\n"
     "We hebben intern iemand gevonden voor de functie, dus de vacature gaat niet meer door. Sorry!\n"
     "\n"
     "Liefs, Annemiek"),
    ("je sollicitatie",
     "Hoi Daan,\n"
     "\n"
     "Dank voor je sollicitatie! We hebben er even naar gekeken, maar het past niet helemaal bij wat"
     " we zoeken. Succes!\n"
     "\n"
     "Groetjes,\n"
     "Iris"),
    ("bijbaan",
     "Hoi Sem,\n"
     "\n"
     "Helaas hebben we op dit moment geen ruimte voor een extra bijbaner. Succes met zoeken.\n"
     "\n"
     "Groetjes Esther"),
    ("Re: bezorger",
     "Hoi Ruben,\n"
     "\n"
     "We hebben genoeg bezorgers op dit moment dus we kunnen je helaas niet aannemen.\n"
     "\n"
     "Pizzeria Napoli"),
    ("sollicitatie",
     "Hey Anouk,\n"
     "\n"
     "Na het proefdraaien hebben we besloten dat het niet de juiste match is. Bedankt dat je er was.\n"
     "\n"
     "Groetjes Kim"),
    ("sollicitatie",
     "Dag Milan,\n"
     "\n"
     "We gaan niet met je verder. Er was iemand die beter paste.\n"
     "\n"
     "Groet, Jeroen"),
    ("je sollicitatie",
     "Hoi Sara,\n"
     "\n"
     "Je sollicitatie is niet succesvol geweest deze keer.\n"
     "\n"
     "Groetjes,\n"
     "Team Bloemen Bakker"),
    ("Re: vacature",
     "Hi Femke, ff kort: de vacature is al ingevuld. Sorry! Gr Tim"),
    ("Re: sollicitatie",
     "Nee helaas, we hebben al iemand. Succes!\n"
     "\n"
     "Verstuurd vanaf mijn iPhone"),
    ("stage",
     "Hoi Emma,\n"
     "\n"
     "Voor je stageaanvraag hebben we helaas geen plek meer dit semester, alle stageplekken zijn"
     " bezet.\n"
     "\n"
     "Groet,\n"
     "Coördinator stages"),
    # --- formal NL corporate, passive / impersonal
    ("Uw sollicitatie",
     "Geachte heer De Vries,\n"
     "\n"
     "Naar aanleiding van uw sollicitatie delen wij u mede dat is besloten u niet uit te nodigen"
     " voor een gesprek.\n"
     "\n"
     "Hoogachtend,\n"
     "P&O afdeling"),
    ("Uw sollicitatie",
     "Geachte mevrouw Visser,\n"
     "\n"
     "De selectiecommissie heeft uw brief met belangstelling gelezen. Er is echter gekozen voor"
     " kandidaten wier achtergrond beter aansluit bij de functie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Afdeling HRM"),
    ("Sollicitatie beleidsmedewerker",
     "Geachte heer Bakker,\n"
     "\n"
     "Hierbij berichten wij u dat uw sollicitatie niet in behandeling wordt genomen, daar deze na de"
     " sluitingsdatum werd ontvangen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gemeente Zwolle"),
    ("Uw sollicitatie",
     "Geachte mevrouw Smit,\n"
     "\n"
     "Wij moeten u berichten dat uw sollicitatie niet tot een uitnodiging heeft geleid.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Geachte heer Mulder,\n"
     "\n"
     "Op basis van de ontvangen brieven is een selectie gemaakt. U behoort helaas niet tot de"
     " kandidaten die worden uitgenodigd.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "afdeling Personeelszaken"),
    ("Uw sollicitatie",
     "Geachte mevrouw Bos,\n"
     "\n"
     "Wij hebben uw sollicitatie zorgvuldig gelezen. Tot onze spijt moeten wij u meedelen dat wij"
     " geen gebruik zullen maken van uw aanbod.\n"
     "\n"
     "Hoogachtend,\n"
     "De directie"),
    ("Terugkoppeling",
     "Geachte heer Peters,\n"
     "\n"
     "Uw kandidatuur is afgewezen, omdat u niet voldoet aan de minimale opleidingseis (hbo werk- en"
     " denkniveau).\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Selectieteam"),
    ("Sollicitatie",
     "Geachte heer Hendriks,\n"
     "\n"
     "Afgelopen week zijn de gesprekken gevoerd. De commissie is tot de conclusie gekomen u niet"
     " voor te dragen voor benoeming.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "de voorzitter van de benoemingsadviescommissie"),
    ("Uw sollicitatie naar de functie van docent",
     "Geachte mevrouw Dekker,\n"
     "\n"
     "Na afweging van alle kandidaten heeft de sollicitatiecommissie besloten u niet te benoemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "College van Bestuur"),
    ("Sollicitatie",
     "Geachte heer Van Dijk,\n"
     "\n"
     "Graag bedanken wij u voor de getoonde interesse. Bij de beoordeling is gebleken dat andere"
     " kandidaten beter aan het profiel voldoen. Wij zien daarom af van een vervolg.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw sollicitatie",
     "Geachte mevrouw Jansen,\n"
     "\n"
     "Uw sollicitatie is met zorg bekeken. Wij zijn helaas niet in de gelegenheid u een functie aan"
     " te bieden.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Werving en selectie"),
    ("Sollicitatie",
     "Geachte heer Vermeulen,\n"
     "\n"
     "Hierbij delen wij u mee dat de procedure voor u is beëindigd.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("Uitslag selectie",
     "Geachte mevrouw Willems,\n"
     "\n"
     "U bent niet geslaagd voor de selectie voor de functie van administratief medewerker. Uw"
     " resultaat bedroeg 48%, de slaagdrempel was 60%.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Selectiedienst"),
    ("Resultaat schriftelijke proef",
     "Beste kandidaat,\n"
     "\n"
     "U behaalde niet het vereiste minimum op de schriftelijke proef. U kan dus niet deelnemen aan"
     " het mondelinge gedeelte.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Personeelsdienst Stad Brugge"),
    ("Assessment",
     "Beste Niels,\n"
     "\n"
     "De uitslag van het assessment is binnen. Helaas voldoe je niet aan de norm en kunnen we je"
     " niet verder meenemen in de procedure.\n"
     "\n"
     "Groet,\n"
     "Recruitmentteam"),
    ("Uitslag capaciteitentest",
     "Beste Youssef,\n"
     "\n"
     "Je score op de capaciteitentest ligt onder de grens die we voor deze functie hanteren. Daarom"
     " stopt je sollicitatie hier.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Talent Acquisition"),
    ("online test",
     "Beste Lisa,\n"
     "\n"
     "Bedankt voor het maken van de online test. Op basis van de resultaten kunnen we je helaas niet"
     " uitnodigen voor de volgende stap.\n"
     "\n"
     "Groeten,\n"
     "Recruitment"),
    ("Na het gesprek",
     "Beste Jasper,\n"
     "\n"
     "Dank voor het gesprek van vorige week. We hebben alle gesprekken tegen elkaar afgewogen en"
     " zijn tot de beslissing gekomen dat we je geen aanbod gaan doen.\n"
     "\n"
     "Vriendelijke groet,\n"
     "Marloes"),
    ("Terugkoppeling gesprek",
     "Beste Nina,\n"
     "\n"
     "We hebben je gesprek als prettig ervaren. Toch gaat onze voorkeur uit naar een kandidaat met"
     " meer leidinggevende ervaring.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "René"),
    ("tweede gesprek",
     "Hoi Bram,\n"
     "\n"
     "Na het tweede gesprek hebben we moeten kiezen tussen jou en één andere kandidaat. Het is de"
     " ander geworden. Ik vind het echt jammer.\n"
     "\n"
     "Groet, Paula"),
    ("uitkomst",
     "Beste Merel,\n"
     "\n"
     "Je was een sterke kandidaat en het scheelde weinig, maar we hebben een ander de baan"
     " aangeboden.\n"
     "\n"
     "Groeten, Wouter"),
    ("Sollicitatie",
     "Beste Kees,\n"
     "\n"
     "We hebben je cv met interesse bekeken. We zoeken voor deze rol echter iemand met ervaring in"
     " SAP, en die missen we in je profiel. Om die reden gaan we niet over tot een gesprek.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Update",
     "Beste Hugo,\n"
     "\n"
     "Ik wil je laten weten dat je helaas niet bent geselecteerd voor de functie van data-analist.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Sarah"),
    ("Sollicitatie",
     "Beste Eva,\n"
     "\n"
     "Ons antwoord is helaas negatief: we gaan je niet uitnodigen.\n"
     "\n"
     "Groet,\n"
     "Linda"),
    ("Sollicitatie",
     "Beste Joost,\n"
     "\n"
     "Helaas moeten wij u een negatief bericht sturen. Uw sollicitatie heeft niet geleid tot een"
     " uitnodiging voor een kennismakingsgesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Ortec"),
    # --- vacancy filled / cancelled / freeze
    ("Vacature vervallen",
     "Beste Tessa,\n"
     "\n"
     "De vacature waarop je hebt gereageerd is komen te vervallen wegens een reorganisatie. We nemen"
     " je sollicitatie daarom niet verder in behandeling.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Vacature ingetrokken",
     "Beste Rik,\n"
     "\n"
     "De vacature voor projectleider is ingetrokken. Om die reden kunnen we je sollicitatie niet"
     " verder behandelen.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Vacaturestop",
     "Beste Marieke,\n"
     "\n"
     "Vanwege een vacaturestop in de hele organisatie kunnen we je sollicitatie niet in behandeling"
     " nemen. Onze excuses hiervoor.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("Aanwervingsstop",
     "Beste Jonas,\n"
     "\n"
     "Door een aanwervingsstop moeten we alle lopende selecties afsluiten, ook die waarvoor je"
     " kandidaat was.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR Vlaanderen"),
    ("personeelsstop",
     "Beste Laura,\n"
     "\n"
     "We hebben helaas een personeelsstop afgekondigd. De functie waarop je solliciteerde wordt"
     " voorlopig niet ingevuld en de procedure wordt stopgezet.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Functie vervuld",
     "Beste Sven,\n"
     "\n"
     "De functie van accountmanager is inmiddels vervuld. Dank voor je interesse.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("vacature",
     "Beste Julia,\n"
     "\n"
     "De positie is intussen ingevuld door een interne kandidaat.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Carla"),
    ("Sollicitatie",
     "Beste Mark,\n"
     "\n"
     "We hebben besloten de functie niet open te stellen na een herziening van het budget. Je"
     " sollicitatie wordt daarom afgesloten.\n"
     "\n"
     "Mvg,\n"
     "HR"),
    ("vacature geannuleerd",
     "Beste Kim,\n"
     "\n"
     "De vacature is geannuleerd. We zetten de werving voor deze functie niet voort.\n"
     "\n"
     "Groet, HR"),
    ("Sollicitatie",
     "Beste Dewi,\n"
     "\n"
     "De opdracht waarvoor wij mensen zochten gaat niet door, waardoor de functie vervalt. Helaas"
     " betekent dit het einde van je sollicitatie bij ons.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    # --- keep CV on file
    ("Sollicitatie",
     "Beste Lotte,\n"
     "\n"
     "Op dit moment hebben wij geen passende functie voor je. Wel bewaren wij je cv graag een jaar"
     " in ons bestand.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uw kandidatuur",
     "Beste Arne,\n"
     "\n"
     "Uw kandidatuur kwam niet in aanmerking voor deze vacature. We houden uw cv wel bij in onze"
     " databank voor toekomstige functies.\n"
     "\n"
     "Mvg\n"
     "HR"),
    ("Open sollicitatie",
     "Beste Yara,\n"
     "\n"
     "Dank voor je open sollicitatie. Momenteel hebben wij geen vacatures die aansluiten bij je"
     " profiel. Je gegevens bewaren we in onze kandidatenpool.\n"
     "\n"
     "Groet, HR"),
    ("Spontane sollicitatie",
     "Beste Gilles,\n"
     "\n"
     "Wij danken u voor uw spontane kandidatuur. Momenteel is er geen openstaande functie voor uw"
     " profiel. Wij nemen uw cv op in onze werfreserve.\n"
     "\n"
     "HR"),
    ("open sollicitatie",
     "Hoi Lars,\n"
     "\n"
     "Leuk dat je een open sollicitatie stuurde, maar we hebben nu echt geen ruimte in het team. Ik"
     " zet je in onze lijst voor later.\n"
     "\n"
     "Groet, Mieke"),
    # --- agency relaying client
    ("Terugkoppeling opdrachtgever",
     "Hoi Stefan,\n"
     "\n"
     "Ik heb net gebeld met de opdrachtgever. Zij hebben gekozen voor een andere kandidaat. Balen,"
     " maar ik ga voor je verder zoeken!\n"
     "\n"
     "Groet,\n"
     "Melissa | Uitzendbureau Flex"),
    ("Update sollicitatie",
     "Hi Kevin,\n"
     "\n"
     "De klant heeft besloten om niet verder te gaan met jouw profiel. Ze zochten toch iemand met"
     " meer ervaring in de logistiek.\n"
     "\n"
     "Groet,\n"
     "Dennis, recruiter"),
    ("Feedback klant",
     "Beste Ilse,\n"
     "\n"
     "Mijn klant heeft aangegeven dat ze je niet uitnodigen voor een tweede gesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Robin – Werving & Selectie"),
    ("Re: functie controller",
     "Hoi Noah,\n"
     "\n"
     "De opdrachtgever geeft de voorkeur aan een kandidaat die al in de zorg werkzaam was. Je bent"
     " dus helaas afgevallen.\n"
     "\n"
     "Groet,\n"
     "Joyce"),
    ("Feedback",
     "Dag Lore,\n"
     "\n"
     "Het bedrijf waar je op gesprek was, heeft laten weten dat het niet verder met jou gaat. Ik"
     " zoek verder voor je.\n"
     "\n"
     "Groetjes,\n"
     "Katrien (interimkantoor)"),
    ("Update vacature",
     "Hey Bart,\n"
     "\n"
     "Slecht nieuws van de klant: ze hebben de functie intern ingevuld. Jouw kandidatuur is dus van"
     " tafel.\n"
     "\n"
     "Groetjes,\n"
     "Jolien"),
    ("Terugkoppeling",
     "Beste Ahmed,\n"
     "\n"
     "De werkgever heeft je cv bekeken maar ziet onvoldoende aansluiting bij de functie. Ik stel je"
     " niet verder voor.\n"
     "\n"
     "Groet,\n"
     "Ingrid, consultant"),
    ("Update",
     "Hi Eline,\n"
     "\n"
     "Helaas heeft mijn opdrachtgever de voorkeur gegeven aan een andere kandidaat voor de rol van"
     " office manager.\n"
     "\n"
     "Hartelijke groet,\n"
     "Monique"),
    ("feedback",
     "Beste Jelle,\n"
     "\n"
     "De klant heeft je profiel afgewezen.\n"
     "\n"
     "Groet, Stijn (recruiter)"),
    # --- platform / ATS relay
    ("Update over je sollicitatie bij Bouwbedrijf Hoekstra",
     "Hallo Jan,\n"
     "\n"
     "Bouwbedrijf Hoekstra heeft je sollicitatie bekeken en heeft besloten je niet uit te nodigen.\n"
     "\n"
     "Succes met zoeken,\n"
     "Het team van WerkVinder"),
    ("Je sollicitatie: status gewijzigd",
     "Hoi Ayla,\n"
     "\n"
     "De status van je sollicitatie voor Medewerker klantenservice bij TelNet is gewijzigd naar:"
     " Afgewezen.\n"
     "\n"
     "Groet,\n"
     "JobPlatform"),
    ("Statusupdate",
     "Beste Rutger,\n"
     "\n"
     "De werkgever heeft laten weten dat je sollicitatie voor de vacature Junior developer niet"
     " verder gaat.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "VacatureSite.nl"),
    ("Nieuws over je sollicitatie",
     "Hallo Zoë,\n"
     "\n"
     "Het bedrijf heeft besloten om met andere kandidaten verder te gaan.\n"
     "\n"
     "Groeten,\n"
     "Het JobMatch-team"),
    ("Je sollicitatie bij Zorggroep Noord",
     "Beste Linde,\n"
     "\n"
     "Zorggroep Noord heeft je sollicitatie gesloten. Dit betekent dat je niet meer in aanmerking"
     " komt voor deze vacature.\n"
     "\n"
     "Team Werkzoeken"),
    ("Je sollicitatie",
     "Hi Ferdi,\n"
     "\n"
     "Helaas: je sollicitatie bij Kapsalon Chic is niet geselecteerd. Bekijk andere vacatures in je"
     " buurt!\n"
     "\n"
     "Studentjob"),
    ("Status sollicitatie",
     "Status: niet geselecteerd\n"
     "Vacature: Heftruckchauffeur\n"
     "Werkgever: Logistiek Oost\n"
     "\n"
     "Bedankt voor je sollicitatie via ons platform."),
    ("sollicitatie update",
     "Beste kandidaat,\n"
     "\n"
     "De recruiter heeft je sollicitatie beoordeeld en deze is niet doorgezet naar de volgende fase.\n"
     "\n"
     "Dit is een automatisch bericht."),
    ("Je sollicitatie",
     "Hallo Ivo,\n"
     "\n"
     "De werkgever heeft gekozen voor een andere kandidaat. Je sollicitatie is daarom gearchiveerd.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Werkenbij-portaal"),
    ("Update",
     "Beste Lieke,\n"
     "\n"
     "We informeren je dat de werkgever je sollicitatie heeft afgewezen. Je kunt de status altijd"
     " bekijken in je account.\n"
     "\n"
     "Groeten,\n"
     "Jobbird-team"),
    # --- curt two-liners
    ("Re: sollicitatie",
     "Helaas afgewezen. Succes verder.\n"
     "\n"
     "HR"),
    ("Re: cv",
     "Geen interesse, bedankt.\n"
     "\n"
     "J. Koster"),
    ("Re: vacature",
     "Vacature is al vervuld. Gr."),
    ("Re: sollicitatie",
     "Dank, maar we kiezen voor iemand anders.\n"
     "\n"
     "Mvg Ria"),
    ("Re: sollicitatie",
     "Je profiel past niet. Groet, Anja"),
    # --- buried after other business
    ("Re: reiskosten",
     "Beste Joris,\n"
     "\n"
     "Je reiskosten voor het gesprek van 12 maart zijn overgemaakt. Verder moet ik je helaas laten"
     " weten dat we voor een andere kandidaat hebben gekozen.\n"
     "\n"
     "Groet,\n"
     "Sylvia"),
    ("Re: vraag",
     "Hoi Nadia,\n"
     "\n"
     "Op je vraag over de parkeerplek: die is achter het gebouw. Maar dat is nu helaas niet meer"
     " nodig, want we hebben besloten je niet aan te nemen.\n"
     "\n"
     "Groet,\n"
     "Eric"),
    ("Re: referenties",
     "Hoi Mila,\n"
     "\n"
     "We hebben je referenties gebeld, dank daarvoor. Uiteindelijk hebben we toch besloten een ander"
     " aan te nemen.\n"
     "\n"
     "Groeten,\n"
     "Thomas"),
    ("bedankt",
     "Dag Ben,\n"
     "\n"
     "Bedankt voor de leuke proefdag, de collega's waren enthousiast. Toch hebben we uiteindelijk"
     " beslist om niet met jou in zee te gaan.\n"
     "\n"
     "Groeten,\n"
     "Veerle"),
    ("Re: laptop terug",
     "Hoi Sam,\n"
     "\n"
     "De laptop van de proefopdracht mag je bij de receptie afgeven. Zoals ik aan de telefoon zei:"
     " we gaan helaas niet verder met je.\n"
     "\n"
     "Groet, Koen"),
    ("Re: agenda",
     "Beste Anna,\n"
     "\n"
     "De afspraak van vrijdag kan vervallen. We hebben namelijk een kandidaat aangenomen, en helaas"
     " ben jij het niet geworden.\n"
     "\n"
     "Groet, Jet"),
    ("Feedback",
     "Beste Frank,\n"
     "\n"
     "Je vroeg om feedback, hier is het. Je presentatie was goed, maar bij de casus miste ik"
     " diepgang. Daarom hebben we je niet gekozen voor de functie.\n"
     "\n"
     "Groet,\n"
     "Marleen"),
    # --- verb-first / odd shapes / diminutives / typos / missing accents
    ("Re: sollicitatie",
     "Hoi Kim,\n"
     "\n"
     "Moet je helaas teleurstellen: we hebben iemand aangenomen.\n"
     "\n"
     "Groetjes Lies"),
    ("Sollicitatie",
     "Beste Tim,\n"
     "\n"
     "Had je graag beter nieuws gegeven, maar je bent het niet geworden.\n"
     "\n"
     "Gr, Nicole"),
    ("solicitatie",
     "Hoi Jamie,\n"
     "\n"
     "helaas hebben we besloten niet met je verder te gaan voor de functie.ik wens je succes.\n"
     "\n"
     "gr Ronald"),
    ("sollicitiatie",
     "hoi anouk, helaas ben je niet aangenomen voor het vakantiewerk. fijne zomer nog! gr mieke"),
    ("Re: sollicitatie",
     "Beste Wessel,\n"
     "\n"
     "We hebben gekozen voor een kandidaat die al ervaring heeft met ons kassasysteem.Sorry dat het"
     " zolang duurde.\n"
     "\n"
     "mvg Erik"),
    ("Re: sollicitatie",
     "Beste Julian,\n"
     "\n"
     "Zonet besloten: het wordt niet jij. Dank voor je tijd.\n"
     "\n"
     "Harm"),
    ("Sollicitatie",
     "Beste Roos,\n"
     "\n"
     "Een briefje om je te laten weten dat je niet door bent naar de volgende ronde.\n"
     "\n"
     "Liefs, het team van Kinderdagverblijf Knuffel"),
    ("je sollicitatie",
     "Hoi Max,\n"
     "\n"
     "Even een mailtje: het werkje als hulpkok gaat helaas naar iemand anders.\n"
     "\n"
     "Groetjes Bianca"),
    ("Sollicitatie",
     "Beste Dirk,\n"
     "\n"
     "Helaas kunnen wij u niet in dienst nemen, omdat het aantal uren dat u beschikbaar bent niet"
     " aansluit bij de planning.\n"
     "\n"
     "Mvg\n"
     "Transport Kuipers"),
    ("Re: sollicitatie",
     "beste pieter,\n"
     "\n"
     "we hebben je sollicitatie ontvangen maar helaas ben je niet geschikt voor deze functie ivm"
     " ontbreken vca diploma.\n"
     "\n"
     "mvg planning"),
    ("Re: sollicitatie",
     "Dag Ines,\n"
     "\n"
     "De functie van kapster werd al toegewezen aan een andere persoon. Veel succes.\n"
     "\n"
     "Salon Nathalie"),
    ("sollicitatie",
     "Beste Yusuf, wij hebben op dit moment geen behoefte aan extra personeel. Met vriendelijke"
     " groet, Garage Van Leeuwen"),
    ("sollicitatie",
     "Beste Olga,\n"
     "\n"
     "Wegens het grote aantal reacties hebben wij een strenge selectie moeten maken. Helaas bent u"
     " daarbij afgevallen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw reactie op onze vacature",
     "Geachte heer Kok,\n"
     "\n"
     "Ondanks uw ruime ervaring hebben wij gemeend andere kandidaten voorrang te geven.\n"
     "\n"
     "Hoogachtend,\n"
     "Directie"),
    ("Sollicitatie",
     "Beste Iris,\n"
     "\n"
     "Wij zijn van mening dat uw profiel onvoldoende matcht met de gevraagde competenties en zullen"
     " uw sollicitatie dan ook niet verder in behandeling nemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("RE: sollicitatie",
     "Beste Lucas,\n"
     "\n"
     "Ik ben bang dat ik je moet teleurstellen. De keuze is op een collega van een ander filiaal"
     " gevallen.\n"
     "\n"
     "Groet,\n"
     "Michiel"),
    ("Sollicitatie",
     "Beste Nora,\n"
     "\n"
     "Je sollicitatie heeft ons niet kunnen overtuigen. Bedankt voor de moeite.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("sollicitatie",
     "Beste Karin,\n"
     "\n"
     "Na rijp beraad kiezen we ervoor een andere richting in te slaan met deze functie, zonder jou."
     " Dank je wel voor het vertrouwen.\n"
     "\n"
     "Hartelijke groet,\n"
     "Esmee"),
    ("Sollicitatie",
     "Beste Koen,\n"
     "\n"
     "De vacature is gesloten en jouw sollicitatie is daarbij niet uitgekozen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Lara,\n"
     "\n"
     "Bij deze laten we je weten dat we je niet kunnen aannemen als leerling-verpleegkundige.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Opleidingsbureau Ziekenhuis"),
    ("Sollicitatie",
     "Beste Matthijs,\n"
     "\n"
     "Wij hebben na lang twijfelen een andere kandidaat aangesteld.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Hoi Bo,\n"
     "\n"
     "Helaas zien wij geen mogelijkheden om je in ons team op te nemen.\n"
     "\n"
     "Groet,\n"
     "Praktijk De Linde"),
    ("Sollicitatie",
     "Beste Stan,\n"
     "\n"
     "De gesprekken hebben ons doen besluiten met een andere kandidaat in zee te gaan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Beste Jeroen,\n"
     "\n"
     "Uw dossier werd niet weerhouden voor de volgende fase.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR-dienst"),
    ("Sollicitatie",
     "Beste Anne,\n"
     "\n"
     "Helaas sluit je ervaring onvoldoende aan. We ronden je sollicitatie daarom af.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Wout,\n"
     "\n"
     "Wij gaan uw sollicitatie niet honoreren.\n"
     "\n"
     "Mvg, HR"),
    ("Re: kandidatuur",
     "Dag Kato,\n"
     "\n"
     "Uiteindelijk is onze keuze niet op jou gevallen, maar het was nipt.\n"
     "\n"
     "Groetjes,\n"
     "Sien"),
    ("vakantiewerk",
     "Hoi Lina,\n"
     "\n"
     "Voor vakantiewerk in de fabriek zijn we volzet. Jammer, misschien volgend jaar!\n"
     "\n"
     "Personeelsdienst"),
    ("uw kandidatuur",
     "Geachte heer Wouters,\n"
     "\n"
     "Tot onze spijt delen wij u mee dat uw kandidatuur geen gunstig gevolg kreeg.\n"
     "\n"
     "Met de meeste hoogachting,\n"
     "De secretaris"),
    ("Sollicitatie",
     "Beste Hanna,\n"
     "\n"
     "Wij bedanken je hartelijk voor het sollicitatiegesprek. Wij hebben besloten de functie aan te"
     " bieden aan een andere sollicitant.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("sollicitatie",
     "Beste Finn,\n"
     "\n"
     "Je hebt helaas de proefperiode-sollicitatie niet doorstaan; we kiezen voor een andere"
     " invaller.\n"
     "\n"
     "Groet,\n"
     "Schoolleider"),
    ("Sollicitatie",
     "Beste Mats,\n"
     "\n"
     "Helaas, we hebben je niet weten te plaatsen in deze ronde van het traineeship.\n"
     "\n"
     "Groet,\n"
     "Traineeship-team"),
    ("Sollicitatie traineeship",
     "Beste Saar,\n"
     "\n"
     "Je hebt het niet gehaald tot de finale selectiedag van ons traineeprogramma.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Talent Team"),
    ("Sollicitatie",
     "Beste Rens,\n"
     "\n"
     "We vonden je motivatie mooi, maar we kunnen je geen contract aanbieden.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Vera,\n"
     "\n"
     "Ik moet je helaas mededelen dat we niet met jou doorgaan.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Hi Jill, thanks nog voor je reactie. Unfortunately not this time: we hebben iemand anders"
     " gekozen. Cheers, Mark"),
    ("sollicitatie",
     "Beste Gijs,\n"
     "\n"
     "Wij kunnen je sollicitatie geen vervolg geven.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw sollicitatie",
     "Geachte mevrouw Hermans,\n"
     "\n"
     "Met deze brief laten wij u weten dat de functie aan een andere kandidaat is gegund.\n"
     "\n"
     "Hoogachtend,\n"
     "Gemeente"),
    ("Uw sollicitatie",
     "Geachte heer Brouwer,\n"
     "\n"
     "U bent niet op de shortlist geplaatst.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Selectiecommissie"),
    ("sollicitatie",
     "Beste Maud,\n"
     "\n"
     "Na de eerste selectieronde ben je niet doorgegaan.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Beste Jente,\n"
     "\n"
     "Spijtig genoeg is het antwoord negatief.\n"
     "\n"
     "Groeten,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Floor,\n"
     "\n"
     "Wij zijn genoodzaakt je sollicitatie af te wijzen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("uw kandidatuur",
     "Geachte mevrouw Maes,\n"
     "\n"
     "Wij hebben beslist uw kandidatuur niet te behouden.\n"
     "\n"
     "Mvg\n"
     "HR"),
    ("Re: sollicitatie",
     "Hoi Luuk,\n"
     "\n"
     "De baan is weg, helaas. Iemand was je voor.\n"
     "\n"
     "Groet, Annet"),
    ("Re: kandidatuur",
     "Dag Febe,\n"
     "\n"
     "Wij zien jammer genoeg geen match tussen je profiel en de openstaande functie.\n"
     "\n"
     "Groetjes,\n"
     "Els"),
    ("Sollicitatie",
     "Beste Tara,\n"
     "\n"
     "Je bent helaas niet de geschikte kandidaat voor deze vacature.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Emiel,\n"
     "\n"
     "Ik laat u weten dat we onze keuze gemaakt hebben, en die is niet op u gevallen.\n"
     "\n"
     "Groeten,\n"
     "Lien"),
    ("Sollicitatie",
     "Hoi Yente,\n"
     "\n"
     "Wij hebben besloten je sollicitatie niet door te zetten naar de afdeling.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Beste Brent,\n"
     "\n"
     "We hebben uw kandidatuur bekeken en we gaan er niet op verder.\n"
     "\n"
     "Groeten,\n"
     "Karolien"),
    ("RE: sollicitatie",
     "Beste Jorn,\n"
     "\n"
     "Jij bent niet geselecteerd voor de functie van lasser. Er zijn andere kandidaten met meer"
     " ervaring aangenomen.\n"
     "\n"
     "Groet,\n"
     "Metaalbedrijf Smits"),
    ("Sollicitatie",
     "Beste Noa,\n"
     "\n"
     "Het spijt me, maar de functie is naar een andere sollicitant gegaan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Jip,\n"
     "\n"
     "We hebben je uitgebreid gesproken en zijn tot de conclusie gekomen dat deze functie niet bij"
     " je past.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Otto,\n"
     "\n"
     "Naar aanleiding van het gesprek: het is helaas geen ja geworden.\n"
     "\n"
     "Groet,\n"
     "Martijn"),
    ("proefopdracht",
     "Beste Pleun,\n"
     "\n"
     "Dank voor je uitwerking van de proefopdracht. Die was niet sterk genoeg om je verder mee te"
     " nemen in de procedure.\n"
     "\n"
     "Groet,\n"
     "Design team"),
    ("Sollicitatie",
     "Beste Ward,\n"
     "\n"
     "Helaas ben je afgewezen voor de functie van buschauffeur na de medische keuring.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: kandidatuur",
     "Hallo Xander,\n"
     "\n"
     "We hebben u niet geselecteerd voor de vacature. Wij wensen u veel succes.\n"
     "\n"
     "Groeten, Team Horeca Gent"),
    ("Sollicitatie",
     "Beste Amber,\n"
     "\n"
     "Uit de vele brieven hebben wij een kleine groep gekozen. U bent daar niet bij.\n"
     "\n"
     "Mvg, HR"),
    ("Sollicitatie",
     "Beste Derk,\n"
     "\n"
     "Wij moeten u teleurstellen: de functie is reeds bezet.\n"
     "\n"
     "Mvg, HR"),
    ("Sollicitatie",
     "Beste Loes,\n"
     "\n"
     "Je sollicitatie is helaas niet doorgegaan naar de gespreksronde.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Hoi Kai,\n"
     "\n"
     "Ik heb me even vergist: je was niet door naar het gesprek, de uitnodiging was voor iemand"
     " anders. Excuus. Je sollicitatie is helaas afgewezen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Ruben,\n"
     "\n"
     "Ge zijt een toffe gast, maar we gaan ervoor iemand anders nemen.\n"
     "\n"
     "Groetjes,\n"
     "Steven"),
    ("kandidatuur",
     "Beste Manon,\n"
     "\n"
     "We hebben uw kandidatuur geëvalueerd en moeten u melden dat ze niet aansluit bij onze noden.\n"
     "\n"
     "Groeten,\n"
     "HR"),
    ("vraag",
     "Beste Hilde,\n"
     "\n"
     "U had gevraagd of er nog kans was op de functie. Helaas niet: die is inmiddels aan iemand"
     " anders toegekend.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("sollicitatie",
     "Beste Bob,\n"
     "\n"
     "We hebben uw sollicitatie gelezen maar we zoeken iemand die vloeiend Frans spreekt. We nodigen"
     " u daarom niet uit.\n"
     "\n"
     "Groet,\n"
     "HR"),
]

# A second batch written after the fixes: Flemish notes, verb-first and verb-last orders, agencies.
REJECTIONS_LATER = [
    # --- written after the first fixes, to test them on new wording
    ("kandidatuur",
     "Hey Bert,\n"
     "\n"
     "Effe laten weten: we hebben nen andere gast gepakt voor de keuken. Merci voor je tijd!\n"
     "\n"
     "Groetjes, Dirk"),
    ("Re: job",
     "Dag Lotte,\n"
     "\n"
     "Allee, slecht nieuws: de job is naar iemand anders gegaan. Succes he!\n"
     "\n"
     "An"),
    ("studentenjob",
     "Hoi Tibo,\n"
     "\n"
     "Voor de zomer zijn al onze studentenjobs al ingevuld. Jammer!\n"
     "\n"
     "Groeten, Team Zwembad"),
    ("kandidatuur",
     "Dag Febe,\n"
     "\n"
     "We hebben beslist om u niet aan te werven. Bedankt om te solliciteren.\n"
     "\n"
     "Groeten\n"
     "De zaakvoerder"),
    ("Re: kandidatuur",
     "Hoi Jarne,\n"
     "\n"
     "Ik heb het met mijn vennoot besproken en we gaan jou niet nemen, sorry. We zoeken iemand"
     " voltijds.\n"
     "\n"
     "Mvg, Pieter"),
    ("kandidatuur",
     "Dag Emma,\n"
     "\n"
     "Spijtig genoeg hebben we iemand anders aangeworven voor de job in de winkel.\n"
     "\n"
     "Groetjes, Sofie"),
    ("sollicitatie",
     "Hoi Lieke,\n"
     "\n"
     "We hebben helaas geen plek voor je in het team op dit moment. Veel succes met zoeken!\n"
     "\n"
     "Groetjes, Anja"),
    ("sollicitatie",
     "Hoi Tom,\n"
     "\n"
     "Bedankt voor je reactie op de vacature. Helaas ben je niet uitgekozen voor een gesprek.\n"
     "\n"
     "Groet, Ellen"),
    ("Re: vacature",
     "Beste Ilse,\n"
     "\n"
     "We hebben inmiddels een nieuwe collega aangenomen, dus de vacature is gesloten. Dank voor je"
     " reactie!\n"
     "\n"
     "Groet, Marco"),
    ("Uw sollicitatie",
     "Geachte heer Jansen,\n"
     "\n"
     "Wij hebben besloten om u niet in de selectie op te nemen.\n"
     "\n"
     "Hoogachtend,\n"
     "P&O"),
    ("Uw sollicitatie",
     "Geachte mevrouw Koster,\n"
     "\n"
     "Het spijt ons u te moeten mededelen dat u niet bent uitgenodigd voor de tweede ronde.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw sollicitatie",
     "Geachte heer Wit,\n"
     "\n"
     "Uw brief heeft onze aandacht gehad. Wij zijn echter tot de conclusie gekomen dat uw ervaring"
     " onvoldoende aansluit bij de functie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Rob,\n"
     "\n"
     "De vacature waarop je reageerde wordt niet meer ingevuld. Daarom beëindigen we de procedure.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Lies,\n"
     "\n"
     "Wij zijn niet in de gelegenheid om u een aanstelling aan te bieden.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Marit,\n"
     "\n"
     "Helaas is de keuze op een andere sollicitante gevallen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("vakantiewerk",
     "Dag Kobe,\n"
     "\n"
     "Alle plaatsen voor vakantiewerk zijn al weg, we kunnen je deze zomer niet inzetten.\n"
     "\n"
     "Personeelsdienst"),
    ("Re: cv",
     "Hi Dewi,\n"
     "\n"
     "We nemen op dit moment geen nieuwe mensen aan. Sorry!\n"
     "\n"
     "Groeten, Studio Licht"),
    ("Re: sollicitatie",
     "Beste Frits,\n"
     "\n"
     "Wij zien geen mogelijkheid om u een contract aan te bieden.\n"
     "\n"
     "Mvg, Directie"),
    ("feedback klant",
     "Hi Joyce,\n"
     "\n"
     "De opdrachtgever wilde niet door na het tweede gesprek. Sorry!\n"
     "\n"
     "Groet, Linda (recruiter)"),
    ("Sollicitatie",
     "Beste Sanne,\n"
     "\n"
     "Ik moet je laten weten dat het niet jij wordt. De keuze viel op iemand met meer ervaring.\n"
     "\n"
     "Groet,\n"
     "Karel"),
    ("sollicitatie",
     "Hoi Jelle,\n"
     "\n"
     "Het bijbaantje bij de bakker gaat naar een ander meisje uit de buurt. Sorry!\n"
     "\n"
     "Groetjes Mien"),
    ("Sollicitatie",
     "Beste Wendy,\n"
     "\n"
     "Na afloop van het assessment ben je helaas niet geschikt bevonden voor de functie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Gert,\n"
     "\n"
     "De commissie heeft andere kandidaten voorrang gegeven.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("uw kandidatuur",
     "Geachte mevrouw Peeters,\n"
     "\n"
     "Uw kandidatuur werd niet gunstig beoordeeld door de selectiecommissie.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Anouk,\n"
     "\n"
     "We hebben besloten om niet met je in gesprek te gaan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Jef,\n"
     "\n"
     "Gij zijt niet gekozen, 't spijt me. De job ging naar een collega van mijn broer.\n"
     "\n"
     "Groeten, Frans"),
    ("Re: solli",
     "Hoi Gwen,\n"
     "\n"
     "Nee sorry, de baan is al aan iemand gegeven.\n"
     "\n"
     "Gr Bas"),
    ("Sollicitatie",
     "Beste Sil,\n"
     "\n"
     "Uw profiel komt niet overeen met het gevraagde profiel.\n"
     "\n"
     "Mvg HR"),
    ("proefdag",
     "Hoi Fenna,\n"
     "\n"
     "Dank voor je inzet tijdens de proefdag. We hebben gekozen voor een ander.\n"
     "\n"
     "Groetjes, Lisa"),
    ("Sollicitatie",
     "Beste Hidde,\n"
     "\n"
     "Helaas heeft de selectiecommissie je niet geselecteerd voor de laatste ronde.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Marloes,\n"
     "\n"
     "Gezien het grote aantal sollicitanten ben je helaas niet doorgegaan naar de volgende ronde.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Joris,\n"
     "\n"
     "Wij hebben een kandidaat benoemd die beter aansluit bij het team.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Ria,\n"
     "\n"
     "Je bent niet door de eerste selectie gekomen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    # --- spoken Flemish: 'nie', 'nen anderen', 'de plaats', 'ge zijt er nie door'
    ("kandidatuur",
     "Dag Jens,\n"
     "\n"
     "Efkes laten weten: ge zijt er nie door, we hebben iemand anders genomen. Merci en succes!\n"
     "\n"
     "Groetjes, Sofie"),
    ("job",
     "Hey Lien,\n"
     "\n"
     "Amai, veel reacties gehad. Spijtig genoeg hebben we u nie kunnen weerhouden.\n"
     "\n"
     "Groetjes, Tom"),
    ("Re: kandidatuur",
     "Dag Ward,\n"
     "\n"
     "'t Zal voor een volgende keer zijn, de job is naar iemand anders gegaan.\n"
     "\n"
     "Groeten, Kathy"),
    ("sollicitatie",
     "Hoi Nele,\n"
     "\n"
     "Ik moet u jammer genoeg teleurstellen: we zijn voor iemand anders gegaan.\n"
     "\n"
     "Groetjes, Jan"),
    ("kandidatuur",
     "Dag Robbe,\n"
     "\n"
     "We kunnen u nie aannemen, den baas wil iemand met een rijbewijs C.\n"
     "\n"
     "Groeten, Marleen"),
    ("Re: job",
     "Dag Tine,\n"
     "\n"
     "Sorry, de plaats is al ingevuld. Ge moogt altijd opnieuw proberen!\n"
     "\n"
     "Groetjes, Bakkerij Dewulf"),
    ("kandidatuur",
     "Hallo Stijn,\n"
     "\n"
     "We hebben onze keuze gemaakt en 't is iemand anders geworden. Bedankt voor uw kandidatuur!\n"
     "\n"
     "Groeten, Ann"),
    ("interim",
     "Dag Yannick,\n"
     "\n"
     "De klant heeft laten weten dat ge nie weerhouden zijt voor de job als heftruckchauffeur.\n"
     "\n"
     "Groetjes, Interimkantoor Start"),
    ("kandidatuur",
     "Hoi Emma,\n"
     "\n"
     "Het is jammer genoeg nie gelukt: we hebben een andere kandidaat gekozen.\n"
     "\n"
     "Groetjes, Evelien"),
    ("Re: sollicitatie",
     "Dag Lotte,\n"
     "\n"
     "Ik heb het met de ploeg besproken, maar we gaan nie verder met u. Veel succes nog!\n"
     "\n"
     "Groetjes, Dries"),
    ("job",
     "Dag Milan,\n"
     "\n"
     "Merci voor je kandidatuur. We hebben al iemand gevonden voor de job, sorry!\n"
     "\n"
     "Groeten, Sarah"),
    ("kandidatuur",
     "Dag Hanne,\n"
     "\n"
     "Spijtig, maar ge zijt nie geselecteerd voor een gesprek.\n"
     "\n"
     "Groeten, HR"),
    ("Re: kandidatuur",
     "Hey Kobe,\n"
     "\n"
     "We hebben beslist om nie met u verder te gaan. Veel succes!\n"
     "\n"
     "Groetjes, Wout"),
    ("kandidatuur",
     "Dag Elke,\n"
     "\n"
     "We hebben nen anderen gekozen, sorry. Houd u goed!\n"
     "\n"
     "Groetjes, Peter"),
    ("kandidatuur",
     "Hallo Sander,\n"
     "\n"
     "De job is vergeven aan iemand die al bij ons werkte. Bedankt om te solliciteren.\n"
     "\n"
     "Groeten, An"),
    # --- a third batch: a startup in Dutch-English, a hospital, a public selection, a school, a family business, an ATS
    ("Je sollicitatie bij Pixelfabriek",
     "Hi Sam,\n"
     "\n"
     "Thanks voor je application! We hebben je portfolio met plezier bekeken, maar we gaan voor een"
     " developer met meer React-ervaring. Good luck!\n"
     "\n"
     "Cheers,\n"
     "Team Pixelfabriek"),
    ("Sollicitatie verpleegkundige",
     "Beste Sam,\n"
     "\n"
     "Dank voor je komst naar het ziekenhuis. Het team was onder de indruk, maar we hebben de vaste"
     " aanstelling gegeven aan een collega die al bij ons invalt.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Zorgmanager"),
    ("Uw kandidatuur bij Jobpunt",
     "Geachte,\n"
     "\n"
     "U nam deel aan de selectieprocedure voor de functie van administratief medewerker. U behaalde"
     " niet de vereiste score en wordt niet opgenomen in de wervingsreserve.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Jobpunt"),
    ("Sollicitatie leerkracht",
     "Beste Sam,\n"
     "\n"
     "Bedankt voor je sollicitatie voor de vacature leerkracht groep 5. Inmiddels hebben we een"
     " leerkracht benoemd. We wensen je veel succes.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Directeur basisschool De Regenboog"),
    ("sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Sorry dat het zo lang duurde. Ik heb je cv aan de eigenaar laten zien, en die heeft"
     " uiteindelijk iemand uit de familie aangenomen. Vervelend voor je!\n"
     "\n"
     "Groetjes,\n"
     "Ria"),
    ("Sollicitatie",
     "Hoi Sam,\n"
     "\n"
     "Eerst even over je vraag over de parkeerkosten: die vergoeden we niet. Maar goed, dat maakt"
     " helaas niet meer uit: we hebben de functie aan een andere kandidaat gegeven.\n"
     "\n"
     "Groet,\n"
     "Edwin"),
    ("Je sollicitatie",
     "Hoi Sam,\n"
     "\n"
     "We kunnen je helaas geen baan aanbieden. We zoeken nu echt iemand met een horecadiploma.\n"
     "\n"
     "Groetjes,\n"
     "Café De Hoek"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je bent niet door de selectie heen gekomen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na het bekijken van alle sollicitaties moeten we je helaas laten weten dat je niet in de"
     " laatste selectie zit.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Sam,\n"
     "\n"
     "Ik heb slecht nieuws, de job gaat niet door voor u. We hebben gekozen voor een interne"
     " verschuiving.\n"
     "\n"
     "Groeten,\n"
     "Kristof"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Helaas kunnen we je niet verwelkomen in ons team. Er is gekozen voor iemand anders.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uitslag",
     "Beste Sam,\n"
     "\n"
     "Je hebt voor het assessment een onvoldoende gescoord op het onderdeel rekenen. Helaas eindigt"
     " daarmee je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "De functie wordt niet aan jou gegund.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je gesprek besproken in het team en besloten je geen contract aan te bieden.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Hoi Sam,\n"
     "\n"
     "Helaas, het is een andere kandidaat geworden voor de bijbaan in de supermarkt.\n"
     "\n"
     "Groetjes,\n"
     "Afdelingsmanager"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Dank voor je interesse. We zijn helaas niet overtuigd dat je past bij de functie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan geen gesprek met je plannen, omdat je profiel niet aansluit.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Je sollicitatie",
     "Hallo Sam,\n"
     "\n"
     "De werkgever heeft je sollicitatie bekeken en is niet verder gegaan met je profiel.\n"
     "\n"
     "Groet,\n"
     "JobPlatform"),
    # --- spoken Flemish again, 'nie' in any decision ('da gaat nie lukken', 'ge past nie in ons team')
    ("job",
     "Hey Sam,\n"
     "\n"
     "'k Moet u teleurstellen zenne, we hebben al iemand voor de zaterdagen. Merci voor uw"
     " interesse!\n"
     "\n"
     "Groetjes, Jolien"),
    ("kandidatuur",
     "Hallo Sam,\n"
     "\n"
     "Da was een fijne babbel gisteren. Maar we hebben beslist om voor iemand anders te gaan, sorry"
     " he.\n"
     "\n"
     "Groetjes, Inge"),
    ("Re: job",
     "Sam,\n"
     "\n"
     "De job is al weg, sorry. Nen andere keer misschien!\n"
     "\n"
     "Koen"),
    ("kandidatuur",
     "Hoi Sam,\n"
     "\n"
     "Ik heb uw kandidatuur doorgestuurd naar de baas maar hij heeft al iemand anders op het oog."
     " Spijtig!\n"
     "\n"
     "Groetjes, Els"),
    ("job",
     "Dag Sam,\n"
     "\n"
     "Ge hebt de job nie gekregen, 't spijt me. Er waren veel kandidaten.\n"
     "\n"
     "Groeten, Bart"),
    ("kandidatuur",
     "Dag Sam,\n"
     "\n"
     "We gaan u nie aanwerven, we zoeken iemand die Frans spreekt. Veel succes nog!\n"
     "\n"
     "Groeten, Dirk"),
    ("Re: sollicitatie",
     "Hey Sam,\n"
     "\n"
     "Amai, sorry voor het late antwoord! Ge zijt het nie geworden, we hebben een ervaren kok"
     " gevonden.\n"
     "\n"
     "Groetjes, Tim"),
    ("job",
     "Dag Sam,\n"
     "\n"
     "Ik ga eerlijk zijn: ge past nie echt in ons team. Veel geluk verder!\n"
     "\n"
     "Groeten, Patrick"),
    # --- beside the earlier-decision look-alikes: an old application, a message, data, a call
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Vorig jaar solliciteerde je ook al bij ons, en helaas gaan we ook nu niet verder met je"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je ontving eerder een bericht dat je sollicitatie in behandeling was. Helaas hebben we"
     " besloten niet verder te gaan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Helaas gaan we niet verder met je sollicitatie. Je gegevens worden na vier weken verwijderd.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Zoals eerder telefonisch besproken gaan we niet verder met je sollicitatie. Bedankt voor je"
     " tijd.\n"
     "\n"
     "Groet,\n"
     "HR"),
    # --- agencies and job sites relaying the employer
    ("Update",
     "Dag Sam,\n"
     "\n"
     "Ik kreeg net feedback van de klant: ze gaan niet verder met uw kandidatuur. Ik zoek verder"
     " voor u!\n"
     "\n"
     "Groeten,\n"
     "Sofie, consultant"),
    ("Feedback",
     "Hallo Sam,\n"
     "\n"
     "Onze klant heeft uw cv bekeken maar vindt uw ervaring te beperkt voor deze job. We stellen u"
     " dus niet voor.\n"
     "\n"
     "Groeten, Interim Plus"),
    ("Je sollicitatie bij Bakkerij Peeters",
     "Hallo Sam,\n"
     "\n"
     "Bakkerij Peeters heeft je sollicitatie bekeken. Helaas heeft de werkgever voor een andere"
     " kandidaat gekozen.\n"
     "\n"
     "Team Jobsite"),
    ("Je sollicitatie",
     "Hallo Sam,\n"
     "\n"
     "Helaas: de werkgever heeft laten weten dat je niet bent geselecteerd voor een gesprek.\n"
     "\n"
     "Team Vacaturebank"),
    ("Status",
     "Hallo Sam,\n"
     "\n"
     "Je sollicitatie voor Verkoper heeft de status 'Niet weerhouden' gekregen.\n"
     "\n"
     "Jobplatform"),
    ("Update",
     "Hoi Sam,\n"
     "\n"
     "Ik heb je voorgesteld, maar de klant koos voor iemand die al in de regio woont. Balen!\n"
     "\n"
     "Groet, Bas (recruiter)"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Onze opdrachtgever heeft besloten de vacature intern in te vullen. Daarmee komt er een einde"
     " aan je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "Werving & Selectie"),
    ("Terugkoppeling",
     "Hoi Sam,\n"
     "\n"
     "Het bedrijf is na het gesprek voor een andere kandidaat gegaan. Niet getreurd, ik heb nog twee"
     " andere opties voor je.\n"
     "\n"
     "Groet, Melissa"),
    ("kandidatuur",
     "Dag Sam,\n"
     "\n"
     "De klant heeft laten weten dat ze u nie weerhouden. Spijtig!\n"
     "\n"
     "Groetjes, Katrien (interimkantoor)"),
    ("Je sollicitatie",
     "Hallo Sam,\n"
     "\n"
     "De werkgever heeft je sollicitatie afgesloten omdat de vacature is vervuld.\n"
     "\n"
     "Team Jobsite"),
    # --- personal letters: filled differently, placed with another, nothing to offer, a relative hired
    ("Re: je brief",
     "Beste Sam,\n"
     "\n"
     "Wat leuk dat je zo'n uitgebreide brief schreef over je tijd in Australië, daar heb ik echt van"
     " genoten. Ik heb er lang over nagedacht en met mijn compagnon overlegd. Uiteindelijk denken we"
     " dat iemand met meer ervaring in de administratie beter bij ons kleine bedrijf past, dus we"
     " gaan het anders invullen. Ik hoop dat je snel een mooie plek vindt.\n"
     "\n"
     "Hartelijke groet,\n"
     "Marjolein"),
    ("sollicitatie",
     "Hoi Sam,\n"
     "\n"
     "Ik weet niet zo goed hoe ik dit moet zeggen, maar we hebben uiteindelijk mijn neef aangenomen"
     " voor de zomer. Hij kende de zaak al. Sorry, ik had het je eerder moeten laten weten.\n"
     "\n"
     "Groetjes,\n"
     "Henk"),
    ("Re: gesprek",
     "Beste Sam,\n"
     "\n"
     "Het was fijn om je te spreken. Na lang wikken en wegen heb ik besloten dat ik de functie bij"
     " een ander onderbreng. Dat heeft niets met jouw kwaliteiten te maken.\n"
     "\n"
     "Vriendelijke groet,\n"
     "Gerard"),
    ("Re: sollicitatie",
     "Dag Sam,\n"
     "\n"
     "Ik heb uw cv doorgelezen en het ziet er goed uit, maar ik kan u op dit moment niets aanbieden."
     " Misschien later in het jaar, dan neem ik contact op.\n"
     "\n"
     "Mvg,\n"
     "Luc"),
    ("sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Ik schrijf je persoonlijk omdat ik vind dat je dat verdient. We hebben de knoop doorgehakt en"
     " het is een andere kandidaat geworden.\n"
     "\n"
     "Met hartelijke groet,\n"
     "Esther"),
    ("Re: kennismaking",
     "Hoi Sam,\n"
     "\n"
     "Leuk dat je langskwam in de winkel. Ik heb er een nachtje over geslapen, maar ik ga je niet"
     " aannemen: ik zoek toch iemand die ook op zondag kan.\n"
     "\n"
     "Groetjes,\n"
     "Monique"),
    ("Re: vacature",
     "Hey Sam,\n"
     "\n"
     "Sorry voor de stilte. De plek is inmiddels opgevuld door een oud-collega van me. Ik hou je in"
     " gedachten voor later!\n"
     "\n"
     "Gr,\n"
     "Bas"),
    ("sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na ons telefoongesprek heb ik erover nagedacht. Ik denk niet dat je op je plek zou zijn in ons"
     " team, dus ik ga niet verder met je sollicitatie.\n"
     "\n"
     "Groeten,\n"
     "Frank"),
    ("Re: stage",
     "Hoi Sam,\n"
     "\n"
     "Helaas kan ik je dit jaar geen stageplek bieden, ik heb al twee stagiairs. Volgend jaar mag je"
     " het zeker weer proberen.\n"
     "\n"
     "Groet,\n"
     "Willem"),
    # --- 'niet verder' said by the employer, beside the look-alikes below ('met jou', 'liever', 'zonder', 'via')
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na het gesprek met jou hebben we besloten niet verder te gaan. Bedankt voor je tijd.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan liever verder met een kandidaat die meer ervaring heeft in de zorg.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je wilt graag fulltime werken, maar we zoeken iemand voor twee dagen. Daarom gaan we niet"
     " verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je proefopdracht bekeken. Helaas gaan we niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt een mooi cv, maar we kiezen ervoor om niet verder te gaan met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Wij hebben ervoor gekozen om niet met jou verder te gaan in de procedure.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Zonder de vereiste ervaring in de bouw kunnen we helaas niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je sollicitatie via e-mail ontvangen en bekeken. Helaas gaan we niet verder met je"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Vanwege het grote aantal reacties gaan we niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na overleg met het team hebben we besloten niet verder te gaan met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Ik had je graag beter nieuws gegeven, maar we gaan niet verder met je. Mijn collega neemt"
     " contact op als je feedback wilt.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben ons best gedaan, maar kunnen niet verder met je sollicitatie omdat je geen"
     " werkvergunning hebt.\n"
     "\n"
     "Groet,\n"
     "HR"),
]

# Look-alikes: the same words (mostly "verder"), no rejection of the reader's application.
NON_REJECTIONS = [
    # --- paused / postponed
    ("Sollicitatie",
     "Beste Lotte,\n"
     "\n"
     "De procedure staat even on hold door de vakantieperiode. We gaan in september verder met je"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vertraging",
     "Hoi Sem,\n"
     "\n"
     "Helaas kunnen we deze week niet verder met de gesprekken omdat de manager ziek is. We laten je"
     " volgende week weten wanneer het wel kan.\n"
     "\n"
     "Groet, Iris"),
    ("Update procedure",
     "Beste Jan,\n"
     "\n"
     "We zijn nog niet verder gekomen met de selectie, er waren veel reacties. Je hoort uiterlijk"
     " vrijdag van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Lien,\n"
     "\n"
     "De procedure ligt even stil, we gaan na de bouwverlof verder. Je kandidatuur blijft lopen.\n"
     "\n"
     "Groetjes,\n"
     "An"),
    ("Uitstel",
     "Beste Tom,\n"
     "\n"
     "Door een interne reorganisatie gaan we pas in februari verder met de werving. Je sollicitatie"
     " blijft in behandeling.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("sollicitatie",
     "Hoi Noor,\n"
     "\n"
     "Ik kan nu nog niet verder met je sollicitatie, want mijn collega moet je cv nog lezen. Ik kom"
     " er begin volgende week op terug!\n"
     "\n"
     "Groetjes, Kim"),
    ("Update",
     "Beste Mark,\n"
     "\n"
     "Helaas kunnen we nog geen beslissing nemen: we gaan verder met de gesprekken en verwachten"
     " eind maand uitsluitsel.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("planning",
     "Beste Eva,\n"
     "\n"
     "De tweede ronde wordt uitgesteld. Helaas kunnen we pas over twee weken verder. Excuses voor"
     " het wachten.\n"
     "\n"
     "Groet,\n"
     "Linda"),
    # --- reader's own withdrawal / decline / silence
    ("Re: intrekking",
     "Beste Joost,\n"
     "\n"
     "Jammer dat je je sollicitatie intrekt. We gaan dus niet verder met de procedure voor jou."
     " Succes bij je nieuwe werkgever!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: aanbod",
     "Hoi Bram,\n"
     "\n"
     "Wat jammer dat je ons aanbod niet aanneemt. Ik begrijp je keuze. We gaan verder met een andere"
     " kandidaat, maar de deur blijft open.\n"
     "\n"
     "Groet,\n"
     "Paula"),
    ("Re: sollicitatie",
     "Hey Jesse,\n"
     "\n"
     "Je gaf aan dat je niet verder wilt in de procedure omdat de reistijd te lang is. Helemaal"
     " goed, bedankt voor je eerlijkheid.\n"
     "\n"
     "Groet, Roel"),
    ("Geen reactie",
     "Beste Thijs,\n"
     "\n"
     "We hebben geprobeerd je te bereiken voor een gesprek. Kun je laten weten of je nog verder wilt"
     " met je sollicitatie? Dan plannen we een afspraak.\n"
     "\n"
     "Groet,\n"
     "Henk"),
    ("Re: kandidatuur",
     "Dag Jana,\n"
     "\n"
     "Ik heb je bericht goed ontvangen: ge wilt niet verder met uw kandidatuur omdat ge elders"
     " getekend hebt. Proficiat en veel succes!\n"
     "\n"
     "Groetjes, Liesbeth"),
    ("Re: afzegging gesprek",
     "Beste Merel,\n"
     "\n"
     "Bedankt voor het laten weten dat je niet verder wilt gaan. Jammer! We hebben je gegevens"
     " verwijderd zoals gevraagd.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Wouter"),
    ("Re: bedenktijd",
     "Hoi Nina,\n"
     "\n"
     "Neem gerust de tijd om te bedenken of je verder wilt. We horen het graag voor vrijdag.\n"
     "\n"
     "Groet, René"),
    ("Re: voorstel",
     "Beste Kees,\n"
     "\n"
     "Je hebt ons salarisvoorstel afgewezen. Als je toch nog verder wilt praten, hoor ik het graag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: withdrawal",
     "Beste Hugo,\n"
     "\n"
     "We respecteren je besluit om niet verder te gaan met de sollicitatie voor data-analist en"
     " sluiten je dossier.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Sarah"),
    ("Re: Re: sollicitatie",
     "Hoi Daan,\n"
     "\n"
     "Ok, helder dat je de baan toch niet wilt en niet verder gaat. Veel succes met je studie!\n"
     "\n"
     "Iris"),
    # --- missing documents / question
    ("Ontbrekende documenten",
     "Beste Tessa,\n"
     "\n"
     "We kunnen niet verder met je sollicitatie zolang we je diploma niet hebben ontvangen. Wil je"
     " dat nog uploaden?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("VOG",
     "Beste Rik,\n"
     "\n"
     "Voor we verder kunnen met je aanstelling hebben we een VOG nodig. Vraag die zo snel mogelijk"
     " aan.\n"
     "\n"
     "Groet,\n"
     "P&O"),
    ("Vraag",
     "Beste Marieke,\n"
     "\n"
     "Voordat we verder gaan met je sollicitatie: klopt het dat je pas per 1 mei beschikbaar bent?\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("cv ontbreekt",
     "Hoi Jonas,\n"
     "\n"
     "In je sollicitatie ontbrak je cv, daardoor kunnen we niet verder. Stuur je het nog even?\n"
     "\n"
     "Groet, Laura"),
    ("formulier",
     "Beste Sven,\n"
     "\n"
     "Helaas kunnen we je sollicitatie pas verder behandelen als je het intakeformulier volledig"
     " invult.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vraagje",
     "Dag Arne,\n"
     "\n"
     "Ik ga verder met je kandidatuur, maar ik heb nog een vraagje over je rijbewijs. Kan je me even"
     " bellen?\n"
     "\n"
     "Groeten, Karolien"),
    # --- process continues
    ("Uitnodiging tweede ronde",
     "Beste Julia,\n"
     "\n"
     "Goed nieuws: we gaan graag verder met je sollicitatie en nodigen je uit voor een tweede"
     " gesprek op dinsdag om 10 uur.\n"
     "\n"
     "Groet,\n"
     "Carla"),
    ("Testresultaat",
     "Beste Youssef,\n"
     "\n"
     "Je hebt de capaciteitentest gehaald. We gaan verder met het assessment.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Talent Acquisition"),
    ("Volgende stap",
     "Hoi Ilse,\n"
     "\n"
     "De klant wil graag verder met jou! Ze willen je volgende week spreken.\n"
     "\n"
     "Groet, Robin"),
    ("Referenties",
     "Beste Mila,\n"
     "\n"
     "We gaan verder met de laatste stap: het referentieonderzoek. Kun je twee referenties opgeven?\n"
     "\n"
     "Groeten,\n"
     "Thomas"),
    ("Re: gesprek",
     "Hoi Kevin,\n"
     "\n"
     "Na ons gesprek wil ik graag verder met je. Helaas heeft de manager pas tijd op de 20ste; past"
     " dat?\n"
     "\n"
     "Groet, Dennis"),
    ("Aanbod",
     "Beste Anna,\n"
     "\n"
     "We gaan niet verder zoeken: we willen jou graag aannemen! In de bijlage vind je het aanbod.\n"
     "\n"
     "Groet, Jet"),
    ("Proefdag",
     "Hey Anouk,\n"
     "\n"
     "We willen graag verder kennismaken: kom je een dagje meedraaien? We hebben helaas nog geen"
     " vaste datum.\n"
     "\n"
     "Groetjes, Kim"),
    ("Verdere procedure",
     "Beste Frank,\n"
     "\n"
     "Hierbij de verdere procedure: na het gesprek volgt een assessment en daarna een"
     " arbeidsvoorwaardengesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Marleen"),
    # --- decision about someone else (reader is recruiter / manager / colleague)
    ("Kandidaat Pieter de Groot",
     "Hoi Melissa,\n"
     "\n"
     "We gaan niet verder met jouw kandidaat Pieter; hij mist ervaring met heftrucks. Heb je nog"
     " iemand anders?\n"
     "\n"
     "Groet,\n"
     "Logistiek Oost"),
    ("Feedback kandidaat",
     "Beste Ingrid,\n"
     "\n"
     "Dank voor het voorstellen van mevrouw Aydin. Helaas gaan wij niet verder met haar profiel.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Zorggroep"),
    ("Intern: kandidaten",
     "Hoi team,\n"
     "\n"
     "Korte update: met kandidaat 3 (Van Leeuwen) gaan we niet verder, kandidaat 1 en 2 nodigen we"
     " uit voor een tweede ronde.\n"
     "\n"
     "Groet, Sanne"),
    ("Re: referral",
     "Hoi Jeroen,\n"
     "\n"
     "Bedankt voor je tip over je neef. We hebben hem gesproken maar gaan niet verder met zijn"
     " sollicitatie. Leuke jongen trouwens!\n"
     "\n"
     "Groet, Michiel"),
    ("Gesprek ronde 1",
     "Beste Wouter,\n"
     "\n"
     "Jij hebt maandag met kandidaat Smit gesproken. Zullen we niet verder gaan met haar? Laat je"
     " mening weten voor woensdag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: je collega",
     "Hoi Lars,\n"
     "\n"
     "Je collega Femke solliciteerde ook bij ons; met haar gaan we helaas niet verder. Maar jou"
     " willen we wel graag spreken!\n"
     "\n"
     "Groet, Mieke"),
    ("Stagiair",
     "Beste Nicole,\n"
     "\n"
     "Met de stagiair die jij begeleidt gaan we niet verder na de zomer. Wil je dat met hem"
     " bespreken?\n"
     "\n"
     "Groet,\n"
     "Teamleider"),
    # --- agency: client stopped a vacancy the reader never applied for / outreach
    ("Vacature Controller",
     "Hoi Tamara,\n"
     "\n"
     "Ik had je vorige week benaderd voor een functie als controller. Mijn klant gaat helaas niet"
     " verder met die vacature. Zodra ik iets anders heb, bel ik je!\n"
     "\n"
     "Groet,\n"
     "Bart"),
    ("Nieuwe kans",
     "Beste Dirk,\n"
     "\n"
     "De vacature waar ik je over mailde is door de klant stopgezet, maar ik heb een nieuwe functie"
     " die misschien nog beter past. Zin om te bellen?\n"
     "\n"
     "Groet, Monique"),
    ("Interesse?",
     "Hi Eline,\n"
     "\n"
     "We gaan verder met het uitbreiden van ons team en zoeken een office manager. Zou je interesse"
     " hebben?\n"
     "\n"
     "Groet,\n"
     "Werving & Selectie"),
    # --- survey / talent pool / newsletter
    ("Enquête sollicitatieproces",
     "Beste kandidaat,\n"
     "\n"
     "Ongeacht of je verder bent gegaan in onze procedure of niet, horen we graag hoe je het"
     " sollicitatieproces hebt ervaren. Vul onze korte enquête in.\n"
     "\n"
     "HR"),
    ("Talentpool",
     "Hoi Yara,\n"
     "\n"
     "Je bent toegevoegd aan onze talentpool. Zodra er een passende functie is, gaan we verder met"
     " je. Geen actie nodig!\n"
     "\n"
     "Groet, HR"),
    ("Nieuwsbrief",
     "Hallo Ivo,\n"
     "\n"
     "In deze nieuwsbrief: 5 tips om na een afwijzing verder te gaan met solliciteren, en hoe je"
     " niet verder uit het oog verliest wat je wilt.\n"
     "\n"
     "JobPlatform"),
    ("Vacaturealert",
     "Hallo Zoë,\n"
     "\n"
     "Nieuwe vacatures die passen bij je zoekprofiel. Wil je niet verder zoeken? Pas je alert aan.\n"
     "\n"
     "VacatureSite"),
    ("Je account",
     "Hallo Linde,\n"
     "\n"
     "Je hebt al een tijdje niet ingelogd. Wil je verder met je sollicitaties? Log in en update je"
     " profiel.\n"
     "\n"
     "Team Werkzoeken"),
    # --- non-job refusals with verder
    ("Offerte schilderwerk",
     "Beste Rens,\n"
     "\n"
     "Dank voor je offerte. We hebben besloten niet verder te gaan met jouw voorstel, een andere"
     " schilder was goedkoper.\n"
     "\n"
     "Groet,\n"
     "VvE De Linde"),
    ("Aanbesteding",
     "Geachte heer Kok,\n"
     "\n"
     "Uw inschrijving voor de aanbesteding schoonmaakdiensten is niet gegund. Wij gaan verder met"
     " een andere leverancier.\n"
     "\n"
     "Hoogachtend,\n"
     "Inkoop Gemeente"),
    ("Freelance opdracht",
     "Hoi Sjoerd,\n"
     "\n"
     "Bedankt voor je voorstel voor het website-project. We gaan er niet verder mee, het budget is"
     " naar een ander bureau gegaan.\n"
     "\n"
     "Groet,\n"
     "Marketing"),
    ("Huurwoning",
     "Beste Vera,\n"
     "\n"
     "Helaas gaan we niet verder met uw inschrijving voor de woning aan de Kerkstraat; de woning is"
     " aan een andere kandidaat-huurder toegewezen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Makelaardij"),
    ("Aanmelding opleiding",
     "Beste Lara,\n"
     "\n"
     "Helaas ben je niet toegelaten tot de opleiding verpleegkunde. We gaan niet verder met je"
     " aanmelding.\n"
     "\n"
     "Studentenadministratie"),
    ("Lening",
     "Beste Bob,\n"
     "\n"
     "Uw aanvraag voor een persoonlijke lening is afgewezen. We kunnen niet verder met uw dossier.\n"
     "\n"
     "Uw bank"),
    ("Subsidie",
     "Geachte mevrouw Hermans,\n"
     "\n"
     "Uw subsidieaanvraag is niet gehonoreerd. Wij gaan niet verder met de behandeling.\n"
     "\n"
     "Fonds Cultuur"),
    ("Vrijwilligerswerk",
     "Hoi Hanna,\n"
     "\n"
     "Dank voor je aanmelding als vrijwilliger bij het festival. We hebben genoeg mensen en gaan"
     " niet verder met nieuwe aanmeldingen.\n"
     "\n"
     "Groetjes, Organisatie"),
    ("Samenwerking",
     "Beste Koen,\n"
     "\n"
     "Na het pilotproject gaan we niet verder met de samenwerking met jullie bureau.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Inkoop"),
    ("Kinderopvang",
     "Beste ouders,\n"
     "\n"
     "Helaas is er geen plek voor uw dochter op de groep. We gaan verder met de wachtlijst.\n"
     "\n"
     "Kinderopvang Knuffel"),
    ("Verbouwing",
     "Hoi Jip,\n"
     "\n"
     "We gaan niet verder met de verbouwing van de keuken dit jaar. Je kunt je planning vrijmaken.\n"
     "\n"
     "Groet, Otto"),
    ("Abonnement",
     "Beste klant,\n"
     "\n"
     "U heeft aangegeven dat u niet verder wilt met uw abonnement. Uw opzegging is verwerkt.\n"
     "\n"
     "Klantenservice"),
    ("Sportclub",
     "Beste Finn,\n"
     "\n"
     "Helaas is je aanmelding voor het selectieteam niet gelukt. Je gaat niet verder naar de tweede"
     " trainingsronde, maar bent welkom in de recreantengroep.\n"
     "\n"
     "Trainer"),
    ("Lidmaatschap",
     "Beste Saar,\n"
     "\n"
     "Je aanvraag voor lidmaatschap van de vereniging is niet goedgekeurd. We gaan hier niet verder"
     " op in.\n"
     "\n"
     "Bestuur"),
    # --- contract / employment of the reader continues or ends not as an application
    ("Contract",
     "Beste Mats,\n"
     "\n"
     "Je tijdelijke contract loopt af op 31 mei en we gaan niet verder met verlenging. Dank voor je"
     " inzet de afgelopen maanden.\n"
     "\n"
     "HR"),
    ("Re: project",
     "Hoi Pleun,\n"
     "\n"
     "De klant gaat niet verder met het project waar je als freelancer op zat. Je laatste factuur"
     " mag je nu sturen.\n"
     "\n"
     "Groet, Design team"),
    # --- without "verder": received, invitations, offers, a colleague's or a drafted decision, non-job refusals, alerts
    ("Ontvangstbevestiging",
     "Beste Lotte,\n"
     "\n"
     "Bedankt voor je sollicitatie. We hebben hem in goede orde ontvangen en laten je binnen twee"
     " weken weten of je door bent.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uitnodiging gesprek",
     "Beste Sven,\n"
     "\n"
     "Graag nodigen we je uit voor een kennismakingsgesprek op donderdag 14:00.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uitnodiging test",
     "Beste Noah,\n"
     "\n"
     "Je bent uitgenodigd voor de online capaciteitentest. Je hebt 5 dagen om hem te maken.\n"
     "\n"
     "Talent Acquisition"),
    ("Aanbod",
     "Hoi Kevin,\n"
     "\n"
     "Gefeliciteerd! We willen je graag aannemen als magazijnmedewerker. Het contract volgt.\n"
     "\n"
     "Groet, Dennis"),
    ("kandidatuur",
     "Dag Robbe,\n"
     "\n"
     "Ge zijt weerhouden voor het tweede gesprek! Tot dinsdag.\n"
     "\n"
     "Groetjes, Ilse"),
    ("Re: afwijzing",
     "Beste Nadia,\n"
     "\n"
     "Je vroeg waarom we de andere kandidaat afwezen. Dat kan ik helaas niet delen vanwege privacy."
     " Jouw sollicitatie loopt gewoon door.\n"
     "\n"
     "Groet,\n"
     "Eric"),
    ("Nieuwsbrief",
     "Beste lezer,\n"
     "\n"
     "Deze maand: waarom afwijzingen bij solliciteren geen reden zijn om op te geven. Plus: helaas"
     " is ons evenement geannuleerd.\n"
     "\n"
     "Carrièreblad"),
    ("Re: offerte",
     "Beste Ruud,\n"
     "\n"
     "Helaas hebben we gekozen voor een andere aannemer voor het dak. Bedankt voor de offerte.\n"
     "\n"
     "Groet,\n"
     "Familie De Wit"),
    ("Woning",
     "Beste Mila,\n"
     "\n"
     "Helaas bent u niet geselecteerd voor de bezichtiging van de woning.\n"
     "\n"
     "Woningcorporatie"),
    ("Toelating",
     "Beste Ben,\n"
     "\n"
     "Helaas ben je uitgeloot voor de opleiding geneeskunde.\n"
     "\n"
     "Studielink"),
    ("Re: vacature",
     "Hoi Sam,\n"
     "\n"
     "Ik heb jouw vacature voor een junior developer gezien, maar ik heb besloten niet te"
     " solliciteren. Toch bedankt!\n"
     "\n"
     "Koen"),
    ("Selectie",
     "Beste Jet,\n"
     "\n"
     "Jij zit in de selectiecommissie. Wil je de afwijzingsbrieven voor de kandidaten die niet door"
     " zijn vóór vrijdag versturen?\n"
     "\n"
     "HR"),
    ("conceptbrief",
     "Hoi Marleen,\n"
     "\n"
     "Hierbij het concept voor de afwijzing van kandidaat Dekker: 'Helaas hebben wij besloten u niet"
     " uit te nodigen.' Graag je akkoord.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Hoi Kim,\n"
     "\n"
     "Je bent aangenomen! Helaas moeten we de startdatum een week opschuiven.\n"
     "\n"
     "Groetjes Lies"),
    ("Beurs",
     "Beste Olga,\n"
     "\n"
     "Uw aanvraag voor de studiebeurs is afgewezen.\n"
     "\n"
     "Studiefinanciering"),
    ("Cursus",
     "Beste Lucas,\n"
     "\n"
     "De cursus Excel voor gevorderden gaat helaas niet door wegens te weinig aanmeldingen.\n"
     "\n"
     "Opleidingscentrum"),
    ("Vacatures deze week",
     "Hallo Nora,\n"
     "\n"
     "12 nieuwe vacatures voor jou: Magazijnmedewerker, Chauffeur, ... Niet geselecteerd wat je"
     " zocht? Pas je filters aan.\n"
     "\n"
     "JobAlert"),
    ("Jouw profiel",
     "Beste Karin,\n"
     "\n"
     "Je profiel is bekeken door 3 recruiters deze week. Vervolledig je profiel voor meer kansen.\n"
     "\n"
     "JobPlatform"),
    ("Sollicitatie ontvangen",
     "Beste Koen,\n"
     "\n"
     "We hebben je sollicitatie ontvangen. Door de grote aantallen reacties reageren we alleen als"
     " je door bent naar de volgende ronde.\n"
     "\n"
     "HR"),
    ("Re: kandidatuur collega",
     "Dag Kato,\n"
     "\n"
     "Uw collega Bert is jammer genoeg niet weerhouden. Kunt gij hem dat laten weten? Uw eigen"
     " kandidatuur loopt nog.\n"
     "\n"
     "Groetjes, Sien"),
    ("Feedback gevraagd",
     "Beste Bavo,\n"
     "\n"
     "U nam deel aan onze selectieprocedure. Ongeacht de uitkomst horen we graag uw mening.\n"
     "\n"
     "HR"),
    ("Re: aanbod",
     "Beste Ward,\n"
     "\n"
     "We hebben je tegenvoorstel besproken en kunnen helaas niet hoger gaan dan het oorspronkelijke"
     " bod. Het aanbod blijft staan tot vrijdag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Interne vacature",
     "Beste collega's,\n"
     "\n"
     "De vacature teamleider is ingevuld door Sanne de Boer. Wij wensen haar veel succes!\n"
     "\n"
     "HR"),
    ("Re: interview",
     "Hoi Amber,\n"
     "\n"
     "Helaas moet ik ons gesprek van morgen verzetten; kan het donderdag?\n"
     "\n"
     "Groet, Derk"),
    # --- more, written after the fixes
    ("Re: kandidatuur",
     "Dag Bert,\n"
     "\n"
     "Ge wilt dus niet verder in de procedure, dat begrijp ik. Veel succes in uw nieuwe job!\n"
     "\n"
     "Groetjes, Dirk"),
    ("Re: sollicitatie",
     "Hoi Tom,\n"
     "\n"
     "We gaan verder met je sollicitatie! Kun je volgende week dinsdag langskomen?\n"
     "\n"
     "Groet, Ellen"),
    ("Sollicitatie",
     "Beste Rob,\n"
     "\n"
     "We kunnen nog niet verder omdat de hiring manager op vakantie is. Je hoort begin volgende"
     " maand van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("documenten",
     "Beste Lies,\n"
     "\n"
     "Het kopie van je rijbewijs ontbreekt nog. Zonder dat kunnen we niet verder met de aanstelling.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: kandidaat",
     "Hoi Joyce,\n"
     "\n"
     "De opdrachtgever wilde niet door met je kandidaat Mark. Heb je nog iemand?\n"
     "\n"
     "Groet, Linda"),
    ("Re: gesprek",
     "Beste Sanne,\n"
     "\n"
     "Het wordt niet jij die het gesprek leidt, maar Karel. Tot donderdag!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: offerte",
     "Beste Gert,\n"
     "\n"
     "We gaan niet verder met uw offerte voor de schoonmaak. Bedankt.\n"
     "\n"
     "Facilitair bedrijf"),
    ("Re: cursus",
     "Beste Ria,\n"
     "\n"
     "Je bent niet geselecteerd voor de leergang leiderschap van dit jaar.\n"
     "\n"
     "Opleidingen"),
    ("Re: afspraak",
     "Hoi Fenna,\n"
     "\n"
     "De proefdag van morgen gaat niet door, kunnen we een nieuwe datum plannen?\n"
     "\n"
     "Lisa"),
    ("Enquête",
     "Beste Hidde,\n"
     "\n"
     "Of je nu verder bent gegaan of niet, we horen graag je mening over ons sollicitatieproces.\n"
     "\n"
     "HR"),
    ("Re: Mark",
     "Beste Joris,\n"
     "\n"
     "Jouw collega Mark is niet aangenomen; laat hem maar weten dat we het waardeerden. Jouw gesprek"
     " staat nog voor vrijdag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vacature",
     "Beste Marloes,\n"
     "\n"
     "De vacature waar ik je over belde gaat niet door, de klant heeft hem ingetrokken. Ik heb wel"
     " iets anders voor je!\n"
     "\n"
     "Groet, Recruiter"),
    ("huur",
     "Beste Sil,\n"
     "\n"
     "We gaan niet verder met uw huuraanvraag; de verhuurder heeft iemand anders gekozen.\n"
     "\n"
     "Makelaar"),
    ("Re: sollicitatie",
     "Hoi Gwen,\n"
     "\n"
     "Je bent door naar de volgende ronde! Helaas kunnen we pas over twee weken verder.\n"
     "\n"
     "Gr Bas"),
    ("Talentpool",
     "Beste Wendy,\n"
     "\n"
     "We gaan verder met je in onze talentpool. Geen actie nodig.\n"
     "\n"
     "HR"),
]

# The "niet verder met je sollicitatie" class, one sentence shape each: the reader withdrew, asked, signed
# elsewhere or went silent; a test or document still owed; a delay told afterwards; another post or a wish to
# meet given as the reason; a survey about a process already closed; a third person's application; a draft not
# sent, a step not finished, a broken link, the sender handing the application over to a colleague.
NON_REJECTIONS_NOT_GOING_ON = [
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je liet weten dat je niet verder gaat met je sollicitatie omdat je een andere baan hebt. Dank"
     " voor het laten weten en veel succes!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Begrepen dat je niet verder wilt gaan met je sollicitatie. We sluiten je dossier.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Jammer dat je hebt besloten om niet verder te gaan met je sollicitatie bij ons. Mocht je van"
     " gedachten veranderen, dan hoor ik het graag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Bevestiging",
     "Beste Sam,\n"
     "\n"
     "Hierbij bevestigen we dat je sollicitatie op jouw verzoek is ingetrokken. We gaan dus niet"
     " verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Omdat we niets meer van je hebben gehoord, gaan we ervan uit dat je niet verder wilt. Laat het"
     " gerust weten als dat niet klopt.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Herinnering",
     "Beste Sam,\n"
     "\n"
     "We hebben nog geen reactie op onze uitnodiging ontvangen. Laat je voor vrijdag weten of je"
     " verder wilt met je sollicitatie?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vraag",
     "Beste Sam,\n"
     "\n"
     "Wil je nog verder met je sollicitatie? Je hebt de online test nog niet gemaakt.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Herinnering test",
     "Beste Sam,\n"
     "\n"
     "Zonder de ingevulde test kunnen we helaas niet verder met je sollicitatie. Je hebt nog tot"
     " zondag.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Update",
     "Beste Sam,\n"
     "\n"
     "We zijn helaas nog niet verder met de selectie: de gesprekken lopen nog. Bedankt voor je"
     " geduld!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Update",
     "Beste Sam,\n"
     "\n"
     "Onze excuses: we konden de afgelopen weken niet verder met je sollicitatie door drukte. Je"
     " hoort deze week van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Intern",
     "Hoi Sam,\n"
     "\n"
     "Ik heb de cv's bekeken. Met Jansen en De Boer gaan we niet verder met de sollicitatie, Pieters"
     " wil ik graag spreken.\n"
     "\n"
     "Groet, Anne"),
    ("Re: kandidaat",
     "Hoi Sam,\n"
     "\n"
     "Dank voor het voorstel. We gaan niet verder met de sollicitatie van meneer Yilmaz, maar stuur"
     " gerust nieuwe profielen.\n"
     "\n"
     "Groet, Anne"),
    ("Enquête",
     "Beste Sam,\n"
     "\n"
     "Onlangs besloten we niet verder te gaan met je sollicitatie. We horen graag hoe je het proces"
     " hebt ervaren in een korte enquête.\n"
     "\n"
     "HR"),
    ("Talentpool",
     "Beste Sam,\n"
     "\n"
     "Je staat in onze talentpool. Wil je daar niet verder in blijven? Meld je dan af via de link.\n"
     "\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Eerder liet ik weten dat we niet verder gaan met je sollicitatie. Goed nieuws: de functie is"
     " opnieuw opengesteld en we willen je alsnog uitnodigen!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Goed nieuws! We gaan verder met je sollicitatie en nodigen je uit voor de tweede ronde. Helaas"
     " kan het pas over drie weken.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je sollicitatie als verkoper gaat niet verder, want je bent al door naar de functie van"
     " teamleider waarvoor we je volgende week spreken.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vacature ingetrokken",
     "Beste Sam,\n"
     "\n"
     "Je reageerde op onze vacature. Die is tijdelijk ingetrokken; we gaan in maart verder met de"
     " sollicitaties, ook met die van jou.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uitzendbureau",
     "Hoi Sam,\n"
     "\n"
     "De opdrachtgever heeft de vacature waar ik je over had gebeld op hold gezet. Ik kan er dus"
     " even niet verder mee. Ik houd je op de hoogte!\n"
     "\n"
     "Groet, Melissa"),
    ("Uitzendbureau",
     "Hoi Sam,\n"
     "\n"
     "Je had je ingeschreven bij ons bureau. Zonder geldig ID-bewijs kunnen we je inschrijving niet"
     " verder afronden.\n"
     "\n"
     "Groet, Melissa"),
    ("Re: referentie",
     "Beste Sam,\n"
     "\n"
     "U staat als referentie op het cv van Pieter. We gaan niet verder met zijn sollicitatie, dus we"
     " hoeven u niet meer te bellen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Wij gaan niet verder met het gesprek van morgen omdat de manager ziek is; we plannen een"
     " nieuwe afspraak.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na je gesprek willen we graag verder met je. We kunnen helaas nog niet zeggen wanneer het"
     " contract klaar is.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Studie",
     "Beste Sam,\n"
     "\n"
     "Je kunt niet verder met je studie zonder de verplichte stage af te ronden. Meld je aan bij het"
     " stagebureau.\n"
     "\n"
     "Studieadviseur"),
    ("Stage",
     "Beste Sam,\n"
     "\n"
     "Je stagebedrijf gaat niet verder met stagiairs van onze school. We zoeken samen een nieuwe"
     " stageplek voor je.\n"
     "\n"
     "Stagecoördinator"),
    ("Bedrijf",
     "Beste Sam,\n"
     "\n"
     "Als jouw werkgever gaan we niet verder met de vestiging in Tilburg. Je functie blijft"
     " behouden; je gaat over naar Breda.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We willen je graag aannemen. Helaas kunnen we niet verder gaan dan het salaris in het aanbod.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Ik kom er helaas niet verder mee: je cv is in een formaat dat ik niet kan openen. Kun je het"
     " als pdf sturen?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We sturen je sollicitatie niet verder door naar de vestiging in Gent, want we willen je zelf"
     " spreken!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: vraag",
     "Beste Sam,\n"
     "\n"
     "Je vraagt of je niet verder kunt met je sollicitatie als je nog geen diploma hebt. Jawel:"
     " stuur het later na.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Uitnodiging",
     "Beste Sam,\n"
     "\n"
     "We hebben besloten met jou verder te gaan. Helaas waren andere kandidaten niet sterk genoeg;"
     " jij wel!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: uitstel",
     "Beste Sam,\n"
     "\n"
     "Geen probleem dat je pas later kunt starten. We gaan niet verder zoeken en houden de plek voor"
     " je vrij.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "De andere kandidaat heeft zich teruggetrokken. We willen dus toch verder met je sollicitatie!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je was in de veronderstelling dat we niet verder gaan met je sollicitatie, maar dat klopt"
     " niet: je bent nog in de race.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Vergeet niet je referenties te sturen, anders kunnen we niet verder.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je gaf aan niet verder te willen met de sollicitatie. We hebben je gegevens verwijderd.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Nu je elders hebt getekend, gaan we niet verder met je sollicitatie. Gefeliciteerd!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Omdat je liever parttime wilt werken en dat bij ons niet kan, heb jij besloten niet verder te"
     " gaan. Dat respecteren we.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Verzoek",
     "Beste Sam,\n"
     "\n"
     "Je vroeg ons om niet verder te gaan met je sollicitatie. Dat hebben we gedaan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt ons aanbod afgeslagen, dus we gaan niet verder met je sollicitatie. Bedankt voor je"
     " tijd!\n"
     "\n"
     "Groet,\n"
     "HR"),
    # --- a draft not sent, a test not finished, a broken link, a handover, a pointless step skipped
    ("Vacature",
     "Hoi Sam,\n"
     "\n"
     "Ik had je nog niet voorgesteld bij de klant, maar die gaat niet verder met de vacature. Ik hou"
     " je op de hoogte van nieuwe functies.\n"
     "\n"
     "Groet, Melissa"),
    ("Overzicht",
     "Hoi Sam,\n"
     "\n"
     "Kandidaat Jansen: niet verder. Kandidaat De Vries: tweede gesprek. Kun jij de agenda regelen?\n"
     "\n"
     "Groet, Anne"),
    ("Voicemail",
     "Beste Sam,\n"
     "\n"
     "Helaas kwam ik niet verder dan je voicemail. Kun je me terugbellen over je sollicitatie?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Planning",
     "Beste Sam,\n"
     "\n"
     "We gaan niet verder met de sollicitatierondes tot januari. Je sollicitatie blijft staan.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Student",
     "Beste Sam,\n"
     "\n"
     "Omdat je nog student bent, kunnen we nog niet verder met je sollicitatie. Zodra je"
     " afgestudeerd bent, nemen we contact op.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Link verlopen",
     "Beste Sam,\n"
     "\n"
     "Je kunt niet verder in de online sollicitatie omdat de link is verlopen. Hierbij een nieuwe"
     " link.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Hulp nodig?",
     "Beste Sam,\n"
     "\n"
     "Kom je niet verder met het sollicitatieformulier? Bel ons gerust, we helpen je.\n"
     "\n"
     "Recruitment"),
    ("Concept",
     "Beste Sam,\n"
     "\n"
     "Je sollicitatie is niet verder gekomen dan de conceptstatus: je hebt hem nog niet verstuurd."
     " Rond hem af voor vrijdag!\n"
     "\n"
     "Werkenbij"),
    ("Bestand",
     "Beste Sam,\n"
     "\n"
     "We konden je sollicitatie niet verder verwerken omdat het bestand beschadigd was. Wil je je cv"
     " opnieuw uploaden?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Je account",
     "Beste Sam,\n"
     "\n"
     "Wil je niet verder met je sollicitatie? Dan wordt je account na 30 dagen verwijderd.\n"
     "\n"
     "Werkenbij"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt aangegeven de functie niet te willen aanvaarden; daarmee gaan we niet verder met je"
     " sollicitatie. Succes!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan niet verder met de telefonische screening, want je bent meteen uitgenodigd voor een"
     " gesprek op locatie!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt de online test nog niet afgerond. Zolang die open staat, kunnen we niet verder met je"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Stage",
     "Beste Sam,\n"
     "\n"
     "Je stagebegeleider gaf aan dat je niet verder wilt bij ons na de stage. Jammer, maar"
     " begrijpelijk.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Ik werk niet meer bij dit bedrijf en kan dus niet verder met je sollicitatie. Mijn collega"
     " Petra neemt het over.\n"
     "\n"
     "Groet,\n"
     "Jan"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je sollicitatie is doorgestuurd naar de afdeling Finance; ik kan er zelf niet verder mee. Zij"
     " nemen contact met je op.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Nieuwsbrief",
     "Beste lezer,\n"
     "\n"
     "Niet verder gekomen met je sollicitatie? Lees onze tips om je cv sterker te maken.\n"
     "\n"
     "Carrièreblog"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "De werkgever gaat niet verder met de vacature voor nachtdienst, maar wel met die voor"
     " dagdienst waarop je solliciteerde. Je hoort snel meer.\n"
     "\n"
     "Groet,\n"
     "JobPlatform"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan niet verder met een assessment: op basis van je gesprekken willen we je direct een"
     " aanbod doen!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Stagiair",
     "Beste Sam,\n"
     "\n"
     "Je stagiair Tom heeft aangegeven niet verder te willen. Kun je het stagecontract beëindigen?\n"
     "\n"
     "Stagebureau"),
    # --- the reader chose, changed their mind or agreed; a channel or a consent missing; the employer changed its mind
    ("Bevestiging",
     "Beste Sam,\n"
     "\n"
     "Hierbij bevestigen wij dat je ervoor hebt gekozen om niet verder te gaan met je sollicitatie."
     " Veel succes!\n"
     "\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Jammer dat je niet verder gaat met je sollicitatie, maar we begrijpen het.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Goed dat je het laat weten. Je kiest ervoor om niet verder te gaan met je sollicitatie; dat"
     " respecteren we.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Fwd: kandidaat",
     "Hoi Sam,\n"
     "\n"
     "Zie hieronder. We hebben besloten niet verder te gaan met zijn sollicitatie. Wil jij het hem"
     " laten weten?\n"
     "\n"
     "Groet, Anne"),
    ("Sollicitatie via e-mail",
     "Beste Sam,\n"
     "\n"
     "Helaas kunnen we niet verder met je sollicitatie via e-mail. Wil je opnieuw solliciteren via"
     " de link op onze website?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Dubbele sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt twee keer gesolliciteerd. We gaan verder met je meest recente sollicitatie en sluiten"
     " de andere af.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Dubbele sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan niet verder met je sollicitatie voor Utrecht, omdat je ook voor Amsterdam hebt"
     " gesolliciteerd; die sollicitatie loopt gewoon door.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Werkvergunning",
     "Beste Sam,\n"
     "\n"
     "We kunnen niet verder met je sollicitatie zonder bewijs van je werkvergunning. Stuur je een"
     " kopie?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "In overleg met jou gaan we niet verder met je sollicitatie, want je wilt liever fulltime"
     " werken. Succes!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Omdat je je bedacht hebt, gaan we niet verder met je sollicitatie. Je bent altijd welkom om"
     " later opnieuw te solliciteren.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Vervelend dat je verhinderd bent. Zonder gesprek kunnen we niet verder met je sollicitatie;"
     " laat je weten wanneer het wel kan?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Interne vacature",
     "Beste Sam,\n"
     "\n"
     "Als leidinggevende van Pieter laat ik je weten dat we niet verder gaan met zijn interne"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We wilden eigenlijk niet verder met je sollicitatie, maar na je sterke proefopdracht hebben we"
     " ons bedacht: je bent uitgenodigd!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je hebt ons laten weten dat je ervoor kiest niet verder te gaan. Dank voor je eerlijkheid!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Reactie",
     "Beste Sam,\n"
     "\n"
     "Naar aanleiding van je telefoontje: prima dat je niet verder wilt gaan met je sollicitatie nu"
     " je zwanger bent. Gefeliciteerd!\n"
     "\n"
     "Groet,\n"
     "HR"),
    # --- a deadline with silence, a handover, a delay, the reader's own view of the post
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je afmelding ontvangen en gaan niet verder met je sollicitatie. Bedankt voor het"
     " laten weten.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: gesprek",
     "Beste Sam,\n"
     "\n"
     "Je gaf aan dat de functie toch niet bij je past. Dan gaan we niet verder; succes met je"
     " zoektocht!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Bedankt voor je eerlijke mail dat je een tegenbod van je werkgever hebt aangenomen. We gaan"
     " dus niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Helder, je trekt je terug. We zullen niet verder gaan met de procedure.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je drie keer proberen te bellen. Als we voor vrijdag niets horen, gaan we niet"
     " verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Overdracht",
     "Beste Sam,\n"
     "\n"
     "Ik ga met verlof en kan niet verder met je sollicitatie. Mijn collega Karin neemt het over en"
     " belt je volgende week.\n"
     "\n"
     "Groet,\n"
     "Jan"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "De hiring manager is nog niet verder gekomen met het beoordelen van de cv's. Je hoort"
     " uiterlijk volgende week van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We willen graag verder met je sollicitatie, maar hebben eerst je salarisindicatie nodig.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vraag collega",
     "Hoi Sam,\n"
     "\n"
     "Jij sprak gisteren met kandidaat Fleur. Gaan we verder met haar of niet? Ik wil haar vandaag"
     " laten weten of we niet verder gaan.\n"
     "\n"
     "Groet, Anne"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Omdat je minderjarig bent, kunnen we niet verder met je sollicitatie zonder toestemming van je"
     " ouders. Stuur je het formulier ondertekend terug?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Inschrijving",
     "Beste Sam,\n"
     "\n"
     "Je inschrijving bij ons uitzendbureau is nog niet compleet. Zonder je BSN kunnen we niet"
     " verder.\n"
     "\n"
     "Groet,\n"
     "Uitzendbureau"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Vanwege de feestdagen gaan we pas in januari verder met de gesprekken. We laten snel weten"
     " wanneer je gesprek is.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je vroeg of we al verder zijn. Nog niet helaas: de gesprekken met de andere kandidaten lopen"
     " nog.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je liet weten dat je verhuist en daarom niet verder wilt. Heel begrijpelijk, veel geluk in je"
     " nieuwe woonplaats!\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Na ons telefoongesprek begrijp ik dat je ervan afziet. We gaan dus niet verder met je"
     " sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    # --- the new families' words elsewhere: a hiring rule, a newsletter, a table booked, a rejection denied
    ("Workshop",
     "Beste Sam,\n"
     "\n"
     "Alle plaatsen voor de sollicitatietraining zijn al weg. Je staat op de wachtlijst.\n"
     "\n"
     "Loopbaancentrum"),
    ("Vacature",
     "Beste Sam,\n"
     "\n"
     "Let op: we nemen geen mensen aan zonder geldige VOG. Stuur die mee met je sollicitatie.\n"
     "\n"
     "HR"),
    ("Nieuwsbrief",
     "Beste lezer,\n"
     "\n"
     "Veel bedrijven hebben geen behoefte aan extra personeel, blijkt uit onderzoek. Toch zijn er"
     " 2000 vacatures in de zorg.\n"
     "\n"
     "Vacatureblad"),
    ("Personeelsblad",
     "Beste collega's,\n"
     "\n"
     "Inmiddels is er een nieuwe directeur benoemd voor de vestiging Gent. Vacatures volgen.\n"
     "\n"
     "HR"),
    ("Uitnodiging",
     "Beste Sam,\n"
     "\n"
     "In de tweede ronde gaan we voor een gesprek met meer diepgang. Je bent uitgenodigd op dinsdag.\n"
     "\n"
     "HR"),
    ("Overdracht",
     "Beste Sam,\n"
     "\n"
     "De presentatie over de vacature is gegeven aan een collega die het team leidt.\n"
     "\n"
     "HR"),
    ("Selectie",
     "Beste Sam,\n"
     "\n"
     "Helaas zit Pieter niet in de laatste selectie, maar jij wel! Tot donderdag.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je zit nog niet in de laatste ronde, maar je bent wel door naar het tweede gesprek.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben inmiddels een datum gevonden voor je gesprek: 14 maart.\n"
     "\n"
     "HR"),
    ("Restaurant",
     "Beste Sam,\n"
     "\n"
     "Voor het diner na je sollicitatiegesprek: we zijn helaas volzet om 19 uur, maar om 20 uur kan"
     " het.\n"
     "\n"
     "Restaurant Zeezicht"),
    ("Job",
     "Dag Sam,\n"
     "\n"
     "Goed nieuws, ge zijt niet afgevallen! Ge zijt door naar de volgende ronde.\n"
     "\n"
     "Groetjes, Lien"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "De vacature is nog niet vervuld; we gaan graag met je in gesprek.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We hebben je sollicitatie niet afgewezen, zoals je dacht: hij was alleen nog niet bekeken. Je"
     " hoort snel meer.\n"
     "\n"
     "HR"),
    ("Team",
     "Hoi Sam,\n"
     "\n"
     "We hebben geen ruimte in het team-overleg van maandag; kunnen we je kennismaking naar dinsdag"
     " verzetten?\n"
     "\n"
     "Groet, Anne"),
    ("Team",
     "Hoi Sam,\n"
     "\n"
     "Volgende week hebben we een nieuwe collega aangenomen voor jouw team; wil jij haar inwerken?\n"
     "\n"
     "Groet, Manager"),
    # --- statuses listed in an account notice, advice about rejections in general
    ("Je account",
     "Hallo Sam,\n"
     "\n"
     "Afgewezen, geannuleerd of verlopen sollicitaties worden na 30 dagen uit je account verwijderd.\n"
     "\n"
     "JobPlatform"),
    ("Status",
     "Hallo Sam,\n"
     "\n"
     "Niet geselecteerd? Dan kun je feedback vragen aan de werkgever. Je sollicitatie is nog in"
     " behandeling.\n"
     "\n"
     "JobPlatform"),
    ("Tips",
     "Beste Sam,\n"
     "\n"
     "Afgewezen. Wat nu? In dit artikel lees je hoe je na een afwijzing sterker terugkomt bij je"
     " volgende sollicitatie.\n"
     "\n"
     "Carrièretips"),
    # --- the personal-letter words elsewhere: a raise, a parking place, an interview rearranged, a relative's hire
    ("Re: vraag",
     "Beste Sam,\n"
     "\n"
     "Ik kan je op dit moment niets aanbieden qua salarisverhoging, maar je functie blijft gewoon"
     " bestaan.\n"
     "\n"
     "Groet, manager"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We kunnen je helaas geen parkeerplek aanbieden, maar de baan is van jou! Welkom.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan het gesprek anders invullen dan gepland: eerst een rondleiding.\n"
     "\n"
     "HR"),
    ("Nieuws",
     "Beste Sam,\n"
     "\n"
     "Mijn neef heeft gisteren een nieuwe stagiair aangenomen in zijn bakkerij, misschien iets voor"
     " jou om ook te solliciteren?\n"
     "\n"
     "Groet, oom Kees"),
    # --- spoken Flemish 'nie' in look-alikes: the reader's step, good news, a post still open
    ("Re: kandidatuur",
     "Dag Bert,\n"
     "\n"
     "Ge wilt dus nie verder in de procedure, dat begrijp ik. Veel succes in uw nieuwe job!\n"
     "\n"
     "Groetjes, Dirk"),
    ("Re: job",
     "Dag Sam,\n"
     "\n"
     "Ge zijt nie afgewezen hoor, ge zijt door naar de volgende ronde! Tot dinsdag.\n"
     "\n"
     "Groetjes, Lien"),
    ("Re: job",
     "Dag Sam,\n"
     "\n"
     "De vacature is nog nie ingevuld, dus kom gerust langs voor een gesprek.\n"
     "\n"
     "Groetjes, Lien"),
    ("Re: job",
     "Dag Sam,\n"
     "\n"
     "We gaan nie met iemand anders verder, gij zijt het geworden! Proficiat.\n"
     "\n"
     "Groetjes, Lien"),
    ("Re: job",
     "Dag Sam,\n"
     "\n"
     "Als ge nie meer wilt, laat het dan gewoon weten. Anders zien we u maandag voor de proefdag.\n"
     "\n"
     "Groetjes, Lien"),
    ("Re: kandidatuur",
     "Dag Sam,\n"
     "\n"
     "Uw collega Jens is nie weerhouden, maar gij wel! Kunt ge maandag beginnen?\n"
     "\n"
     "Groetjes, Lien"),
    # --- an earlier decision referred to: feedback on it, an appeal, a message already received, data deleted
    ("Je mening",
     "Beste Sam,\n"
     "\n"
     "Je ontving onlangs bericht dat we niet verder gaan met je sollicitatie. Graag horen we je"
     " mening over het proces.\n"
     "\n"
     "HR"),
    ("Nieuwe vacature",
     "Beste Sam,\n"
     "\n"
     "Vorig jaar zijn we niet verder gegaan met je sollicitatie. Nu hebben we een nieuwe vacature"
     " die goed bij je past! Interesse?\n"
     "\n"
     "HR"),
    ("Feedback",
     "Beste Sam,\n"
     "\n"
     "Je vroeg om feedback op ons besluit om niet verder te gaan met je sollicitatie. Hierbij de"
     " punten van de commissie.\n"
     "\n"
     "HR"),
    ("Bezwaar",
     "Beste Sam,\n"
     "\n"
     "We hebben je bezwaar tegen de beslissing om niet verder te gaan met je sollicitatie ontvangen."
     " De commissie beoordeelt het binnen zes weken.\n"
     "\n"
     "HR"),
    ("Gegevens verwijderd",
     "Beste Sam,\n"
     "\n"
     "Aangezien we eerder besloten niet verder te gaan met je sollicitatie, hebben we je gegevens nu"
     " verwijderd conform de AVG.\n"
     "\n"
     "HR"),
    # --- others' applications, a newsletter, two posts, a sick day, nothing decided, a wait, a handover
    ("Update kandidaten",
     "Hoi Sam,\n"
     "\n"
     "Ik heb de overige kandidaten laten weten dat we niet verder gaan met hun sollicitatie. Jij"
     " kunt maandag beginnen!\n"
     "\n"
     "Groet, Anne"),
    ("Nieuwsbrief",
     "Beste lezer,\n"
     "\n"
     "De helft van de sollicitanten hoort nooit waarom een bedrijf niet verder gaat met hun"
     " sollicitatie. Wij zochten uit hoe dat beter kan.\n"
     "\n"
     "Carrièreblad"),
    ("Kandidaat",
     "Beste Sam,\n"
     "\n"
     "De kandidaat heeft laten weten niet verder te willen met haar sollicitatie. Wil je de vacature"
     " opnieuw plaatsen?\n"
     "\n"
     "JobPlatform"),
    ("Twee functies",
     "Beste Sam,\n"
     "\n"
     "Je solliciteerde op twee functies. Met de functie van teamleider gaan we verder, dus die voor"
     " medewerker sluiten we af.\n"
     "\n"
     "HR"),
    ("Re: gesprek",
     "Beste Sam,\n"
     "\n"
     "Omdat je ziek bent, kunnen we niet verder met het gesprek van morgen. Laat je weten wanneer je"
     " beter bent?\n"
     "\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Geen zorgen: we zijn nog niet verder gegaan met andere kandidaten. Je sollicitatie ligt nog op"
     " tafel.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We kunnen pas verder met je sollicitatie als de vacature officieel is goedgekeurd. Dat"
     " verwachten we volgende maand.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Ik zou je graag verder helpen, maar ik ga niet over die vacature. Ik stuur je sollicitatie"
     " door naar mijn collega in Utrecht.\n"
     "\n"
     "HR"),
    # --- the new families' words in good news or in a hiring manager's mail; 'niet alleen ... maar ook'
    ("Nieuwe collega",
     "Hoi Sam,\n"
     "\n"
     "We hebben inmiddels een nieuwe collega aangenomen voor jouw team; ze begint maandag. Wil jij"
     " haar inwerken?\n"
     "\n"
     "Groet, HR"),
    ("Teamnieuws",
     "Beste collega's,\n"
     "\n"
     "Intussen hebben we een nieuwe teamleider benoemd: Sam! Gefeliciteerd met je nieuwe functie.\n"
     "\n"
     "HR"),
    ("Re: sollicitatie",
     "Beste Sam,\n"
     "\n"
     "We gaan voor iemand met meer ervaring? Nee hoor, we gaan voor jou! Je bent aangenomen.\n"
     "\n"
     "HR"),
    ("Stage",
     "Hoi Sam,\n"
     "\n"
     "Alle stageplaatsen voor volgend jaar zijn al weg, maar jij hebt er gelukkig al een: welkom!\n"
     "\n"
     "Stagebureau"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Je profiel past niet alleen bij deze functie, maar ook bij onze vacature in Gent. We nodigen"
     " je voor beide uit.\n"
     "\n"
     "HR"),
    ("Sollicitatie",
     "Beste Sam,\n"
     "\n"
     "Het wordt niet jij die de presentatie geeft, dat doet de teamleider. Jij hoeft alleen vragen"
     " te beantwoorden.\n"
     "\n"
     "HR"),
    ("Vacature",
     "Beste Sam,\n"
     "\n"
     "Je collega Tom past niet in het profiel van deze vacature, maar jij wel. Solliciteer je?\n"
     "\n"
     "Recruiter"),
    ("Jobstudent",
     "Hoi Sam,\n"
     "\n"
     "We nemen dit jaar geen jobstudenten meer aan zonder werkvergunning, dus stuur die zeker mee."
     " Je contract is klaar.\n"
     "\n"
     "HR"),
    # --- rules for applications in general in a receipt or an advert; an outcome with its condition after
    ("Ontvangstbevestiging",
     "Beste Sam,\n"
     "\n"
     "Bedankt voor je sollicitatie. Let op: onvolledige sollicitaties worden niet in behandeling"
     " genomen. Stuur dus ook je cv mee.\n"
     "\n"
     "HR"),
    ("Ontvangstbevestiging",
     "Beste Sam,\n"
     "\n"
     "We hebben je sollicitatie ontvangen. Sollicitaties via e-mail worden niet in behandeling"
     " genomen, dus gebruik het formulier.\n"
     "\n"
     "HR"),
    ("Vacature",
     "Beste Sam,\n"
     "\n"
     "Hierbij de vacature waar je om vroeg. Reacties van bureaus worden niet in behandeling genomen."
     " Acquisitie wordt niet op prijs gesteld.\n"
     "\n"
     "HR"),
    ("Vacature",
     "Beste Sam,\n"
     "\n"
     "Sollicitaties die na 1 mei binnenkomen nemen we niet mee. Je sollicitatie kwam op tijd binnen,"
     " dus je hoort snel van ons.\n"
     "\n"
     "HR"),
    ("Veelgestelde vragen",
     "Beste Sam,\n"
     "\n"
     "Waarom is mijn sollicitatie afgewezen? Wat gebeurt er als we niet verder gaan met je"
     " sollicitatie? Lees het in onze veelgestelde vragen.\n"
     "\n"
     "Werkenbij"),
    ("Ontvangstbevestiging",
     "Beste Sam,\n"
     "\n"
     "We hebben je sollicitatie ontvangen. Kandidaten die niet worden uitgenodigd, ontvangen binnen"
     " twee weken bericht.\n"
     "\n"
     "HR"),
    ("Ontvangstbevestiging",
     "Beste Sam,\n"
     "\n"
     "Bedankt voor je sollicitatie! Houd er rekening mee dat we je niet uitnodigen als je niet in"
     " Nederland mag werken.\n"
     "\n"
     "HR"),
    # --- an agency's 'niet voorstellen' that is no verdict
    ("Kennismaking",
     "Hoi Sam,\n"
     "\n"
     "We stellen je niet voor aan de klant voordat we elkaar gesproken hebben. Kun je dinsdag?\n"
     "\n"
     "Groet, Bas"),
    ("Team",
     "Hoi Sam,\n"
     "\n"
     "Ik stel je niet voor in de teamvergadering, dat doet je manager zelf.\n"
     "\n"
     "Groet, HR"),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS + REJECTIONS_LATER, ids=ids(REJECTIONS + REJECTIONS_LATER))
def test_sweep2_nl_rejection_found(subject: str, body: str) -> None:
    assert found(mail(body, subject, SENDER))


@pytest.mark.parametrize(("subject", "body"), NON_REJECTIONS + NON_REJECTIONS_NOT_GOING_ON,
                         ids=ids(NON_REJECTIONS + NON_REJECTIONS_NOT_GOING_ON))
def test_sweep2_nl_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))
