"""Sweep, Dutch: short rejection mails in registers our corpus writers did not use (Flemish letters and casual
notes with "kandidatuur", "weerhouden", "ge/gij", "jammer genoeg"; hurried two-liners; agencies relaying a client;
platforms relaying an employer; public bodies; decisions after a test, an interview or a hiring freeze; the decision
buried after other business), next to look-alikes that carry the same words and reject no application of the
reader: the reader's own withdrawal and the employer's confirmation of it, the reader declining, a decision about
someone else (the reader's candidate, referral, relative or vacancy), a draft rejection sent for review, another post
offered in the same breath, an earlier decision explained, a document still missing, a talent-pool sign-up, good
news, and refusals of things that are no job. All texts are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

SENDER = "Lotte Peeters <lotte.peeters@vanhove.example>"


# Real rejections, by class of wording (the greeting and the sign-off are part of each text).
REJECTIONS = [
    # --- Flemish casual / informal
    ("Re: kandidatuur",
     "Dag Jens,\n"
     "\n"
     "Bedankt om te komen praten vorige week. We hebben beslist om met iemand anders verder te "
     "gaan.\n"
     "Veel succes nog!\n"
     "\n"
     "Groetjes,\n"
     "Lotte"),
    ("je kandidatuur",
     "Hey Sam,\n"
     "\n"
     "Jammer genoeg ben je niet weerhouden voor de functie van magazijnier. We hebben veel "
     "kandidaturen gekregen.\n"
     "Nog veel succes met je zoektocht.\n"
     "\n"
     "Groeten\n"
     "Bram"),
    ("Uw kandidatuur - boekhouder",
     "Beste mevrouw Peeters,\n"
     "\n"
     "Wij danken u voor uw kandidatuur als boekhouder. Na grondige analyse van alle dossiers "
     "moeten wij u helaas\n"
     "meedelen dat uw kandidatuur niet weerhouden werd.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR-dienst Vanhove NV"),
    ("kandidatuur",
     "Hallo Wout,\n"
     "\n"
     "Ge hebt een sterk profiel, maar we hebben gekozen voor iemand met meer ervaring in de "
     "horeca.\n"
     "Jammer genoeg dus geen goed nieuws deze keer.\n"
     "\n"
     "Groetjes,\n"
     "Ine van Brasserie 't Pleintje"),
    ("update sollicitatie",
     "Dag Femke,\n"
     "\n"
     "Ik moet je jammer genoeg laten weten dat we voor een andere kandidaat gekozen hebben.\n"
     "Bedankt voor je tijd en je enthousiasme!\n"
     "\n"
     "Mvg,\n"
     "Tom"),
    ("Kandidatuur verkoopmedewerker",
     "Beste Kobe,\n"
     "\n"
     "Bedankt voor uw interesse in onze winkel. Wij hebben besloten om niet in te gaan op uw "
     "kandidatuur.\n"
     "We houden uw gegevens wel bij voor toekomstige vacatures.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Winkelteam Dekeyser"),
    ("RE: jobaanbieding",
     "Hoi Lien,\n"
     "\n"
     "Sorry voor het late antwoord. We gaan met iemand anders in zee voor de job als "
     "receptioniste.\n"
     "Nog veel succes gewenst!\n"
     "\n"
     "Karen"),
    ("Uw sollicitatie",
     "Beste,\n"
     "\n"
     "Na het gesprek van dinsdag hebben we beslist om de procedure niet verder met u te zetten.\n"
     "Wij wensen u veel succes toe.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Stijn De Wolf\n"
     "Zaakvoerder"),
    ("kandidatuur",
     "Dag Arne,\n"
     "\n"
     "Uw kandidatuur werd aandachtig bekeken, doch wij kunnen er jammer genoeg niet op ingaan.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Personeelsdienst Gemeente Zwalm"),
    ("selectieprocedure",
     "Beste Nele,\n"
     "\n"
     "Je bent helaas niet geslaagd voor de schriftelijke proef en kan dus niet deelnemen aan de "
     "volgende fase\n"
     "van de selectieprocedure.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Selectiecommissie"),
    ("job als chauffeur",
     "Salut Dries,\n"
     "\n"
     "Allez, slecht nieuws: ze hebben iemand anders genomen voor de job. Spijtig!\n"
     "Ik hou je op de hoogte als er iets anders vrijkomt.\n"
     "\n"
     "Gr, Nico (Uitzendbureau Flex)"),
    ("sollicitatie",
     "Dag Ellen,\n"
     "\n"
     "We hebben uw cv goed bekeken maar uw profiel sluit niet genoeg aan bij wat we zoeken.\n"
     "We wensen je veel succes verder.\n"
     "\n"
     "HR Mertens & Co"),
    ("kandidatuur junior developer",
     "Hey Lars,\n"
     "\n"
     "Bedankt voor de leuke babbel! Na lang twijfelen kiezen we toch voor een andere kandidaat.\n"
     "Ge moogt zeker opnieuw solliciteren in de toekomst.\n"
     "\n"
     "Groetjes,\n"
     "Jolien"),
    ("antwoord kandidatuur",
     "Goeiedag,\n"
     "\n"
     "Bij deze laten wij u weten dat uw kandidatuur voor de functie van poetshulp niet in "
     "aanmerking komt.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Dienstencheques Zonnig"),
    ("Re: vacature",
     "Dag Jana,\n"
     "\n"
     "We gaan niet verder met jouw kandidatuur. Succes nog!\n"
     "\n"
     "Wim"),
    # --- Formal NL, classic
    ("Uw sollicitatie bij Bakker Logistiek",
     "Geachte heer De Vries,\n"
     "\n"
     "Hartelijk dank voor uw sollicitatie. Wij hebben uw brief en cv met belangstelling gelezen.\n"
     "Helaas moeten wij u mededelen dat wij u niet uitnodigen voor een gesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Afdeling P&O Bakker Logistiek"),
    ("Sollicitatie medewerker klantenservice",
     "Beste Anouk,\n"
     "\n"
     "Dank je wel voor je sollicitatie. Na zorgvuldige afweging hebben we besloten om andere "
     "kandidaten uit te nodigen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    ("Reactie op uw sollicitatie",
     "Geachte mevrouw Jansen,\n"
     "\n"
     "Na het bestuderen van alle reacties is de keuze op een andere kandidaat gevallen.\n"
     "\n"
     "Wij wensen u succes in uw verdere loopbaan.\n"
     "\n"
     "Hoogachtend,\n"
     "Directie Stichting Welzijn Oost"),
    ("Uw sollicitatie",
     "Geachte heer Bos,\n"
     "\n"
     "De selectiecommissie heeft uw sollicitatie besproken. Zij heeft besloten u niet op te "
     "nemen in de selectie\n"
     "voor de eerste gespreksronde.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "namens de commissie,\n"
     "R. Visser"),
    ("Sollicitatie",
     "Beste Thijs,\n"
     "\n"
     "Je sollicitatie is helaas afgewezen. De functie vraagt om meer ervaring met SAP dan je nu "
     "hebt.\n"
     "\n"
     "Groet,\n"
     "Team HR"),
    ("Terugkoppeling sollicitatie",
     "Beste Mirjam,\n"
     "\n"
     "Bedankt voor je belangstelling voor de vacature Teamleider Zorg. Wij hebben inmiddels een "
     "geschikte kandidaat gevonden.\n"
     "We bewaren je cv graag, met je toestemming, een jaar in onze database.\n"
     "\n"
     "Groet,\n"
     "Marieke van Zorggroep De Linde"),
    ("Vacature Data Analist",
     "Beste Youssef,\n"
     "\n"
     "Wij hebben je sollicitatie met interesse bekeken. Op basis van je cv zien we onvoldoende "
     "aansluiting op het gevraagde profiel.\n"
     "Daarom nemen we je sollicitatie niet verder in behandeling.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Talent Acquisition"),
    ("uw brief",
     "Geachte heer Mulder,\n"
     "\n"
     "In antwoord op uw schrijven van 3 maart delen wij u mede dat wij van uw diensten geen "
     "gebruik zullen maken\n"
     "voor de functie van conciërge.\n"
     "\n"
     "Hoogachtend,\n"
     "De rector"),
    ("Sollicitatie Accountmanager",
     "Beste Rick,\n"
     "\n"
     "Het is een lastige keuze geweest, maar we hebben besloten een andere kandidaat de functie "
     "aan te bieden.\n"
     "\n"
     "Hartelijke groet,\n"
     "Esther"),
    ("Je sollicitatie",
     "Hoi Daan,\n"
     "\n"
     "We hebben gekozen voor iemand die beter past bij het team. Dus deze keer helaas niet.\n"
     "\n"
     "Groet, Mark"),
    ("sollicitatie",
     "Beste Lisa,\n"
     "\n"
     "Wij zijn genoodzaakt je af te wijzen voor de functie van stagiair marketing, omdat je "
     "studie niet aansluit.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Stagebureau"),
    ("Update over je sollicitatie",
     "Hoi Kim,\n"
     "\n"
     "Helaas, je bent niet door naar de volgende ronde. We wensen je veel succes!\n"
     "\n"
     "Team Werving"),
    ("Sollicitatie",
     "Geachte mevrouw Smits,\n"
     "\n"
     "Wij hebben besloten de vacature intern in te vullen. Uw sollicitatie kunnen wij daarom "
     "niet honoreren.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gemeente Woudendijk"),
    ("Vacature Kok",
     "Beste Joost,\n"
     "\n"
     "De vacature waarop je hebt gereageerd is inmiddels vervuld. Bedankt voor je reactie.\n"
     "\n"
     "Groeten,\n"
     "Restaurant De Gouden Leeuw"),
    ("Vacature vervallen",
     "Geachte heer Kramer,\n"
     "\n"
     "Door een interne reorganisatie komt de vacature Projectleider te vervallen. Wij kunnen uw "
     "sollicitatie daarom niet in behandeling nemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HRM"),
    ("Sollicitatie - vacaturestop",
     "Beste Sarah,\n"
     "\n"
     "Vanwege een vacaturestop kunnen wij op dit moment niemand aannemen. Wij ronden de "
     "procedure voor deze functie daarom af zonder aanstelling.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Team"),
    ("Re: sollicitatie",
     "Hoi Niels,\n"
     "\n"
     "Bedankt voor je mail. De functie is intussen ingevuld, dus we kunnen je helaas niet verder"
     " helpen.\n"
     "\n"
     "Gr, Petra"),
    ("Uw sollicitatie",
     "Geachte heer Van Dam,\n"
     "\n"
     "Na de assessmentdag hebben wij moeten besluiten dat u niet doorgaat in de procedure.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Selectieteam Politie Academie"),
    ("Resultaat assessment",
     "Beste Iris,\n"
     "\n"
     "De uitslag van het assessment past helaas niet bij het profiel van de functie. Daarom "
     "stopt de procedure hier voor jou.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitmentteam"),
    ("Resultaat case",
     "Beste Bart,\n"
     "\n"
     "Bedankt voor het maken van de case. Helaas was de uitwerking niet voldoende om je uit te "
     "nodigen voor een tweede gesprek.\n"
     "\n"
     "Groet,\n"
     "Pieter"),
    ("Terugkoppeling gesprek",
     "Beste Eline,\n"
     "\n"
     "Bedankt voor het prettige gesprek van gisteren. Hoewel we onder de indruk waren van je "
     "ervaring,\n"
     "hebben we besloten niet met je verder te gaan.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Hanneke"),
    ("na ons gesprek",
     "Beste Robin,\n"
     "\n"
     "Na het tweede gesprek hebben we intern overlegd. We kiezen ervoor om de functie niet aan "
     "jou aan te bieden.\n"
     "\n"
     "Groet,\n"
     "Jeroen"),
    # --- agency relaying client
    ("Update vacature bij onze opdrachtgever",
     "Hoi Sven,\n"
     "\n"
     "Ik heb terugkoppeling gekregen van de opdrachtgever. Zij hebben besloten met een andere "
     "kandidaat verder te gaan.\n"
     "Ik hou je cv bij de hand voor nieuwe opdrachten.\n"
     "\n"
     "Groet,\n"
     "Linda | Brightwork Detachering"),
    ("Feedback klant",
     "Beste Ahmed,\n"
     "\n"
     "Helaas heeft de klant aangegeven dat ze niet verder willen met jouw profiel. Ze zoeken "
     "iemand met meer ervaring in de bouw.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Ruben - Bouwtalent Werving"),
    ("Terugkoppeling opdrachtgever",
     "Hey Jesse,\n"
     "\n"
     "Net gehoord van de opdrachtgever: ze gaan voor een andere kandidaat. Balen! Volgende keer "
     "beter, ik zoek verder voor je.\n"
     "\n"
     "Sjoerd"),
    ("Re: voorstel kandidatuur",
     "Dag Hanne,\n"
     "\n"
     "Onze klant heeft uw profiel bekeken maar heeft beslist om u niet uit te nodigen voor een "
     "gesprek.\n"
     "We blijven uiteraard zoeken naar een passende job voor u.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Katrien, Select Interim"),
    ("Terugkoppeling",
     "Hoi Maud,\n"
     "\n"
     "Mijn contactpersoon bij de klant liet weten dat de rol inmiddels is ingevuld door een "
     "interne kandidaat.\n"
     "\n"
     "Groet,\n"
     "Tess (recruiter)"),
    ("Uw voorstel bij klant",
     "Beste Olaf,\n"
     "\n"
     "De opdrachtgever heeft gekozen voor een kandidaat met meer branchekennis. Je bent dus "
     "helaas afgevallen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment Partners"),
    # --- platform / ATS relay
    ("Update over je sollicitatie bij Koopman BV",
     "Hallo Noah,\n"
     "\n"
     "Koopman BV heeft je sollicitatie voor Medewerker Inkoop bekeken en heeft besloten niet "
     "verder te gaan met je sollicitatie.\n"
     "\n"
     "Dit bericht is verstuurd via Werkplein.example. Bekijk meer vacatures in de app."),
    ("Je sollicitatie voor Sales Executive",
     "Hoi Julia,\n"
     "\n"
     "Het bedrijf heeft besloten om je sollicitatie niet verder te brengen in het proces.\n"
     "\n"
     "Blijf solliciteren! Er staan nieuwe vacatures klaar.\n"
     "Het Vacatureplatform"),
    ("Status van je sollicitatie",
     "Beste kandidaat,\n"
     "\n"
     "De status van je sollicitatie bij Grafisch Atelier Blok is gewijzigd naar: Afgewezen.\n"
     "\n"
     "Je ontvangt dit bericht omdat je via ons platform hebt gesolliciteerd."),
    ("Nieuws over je sollicitatie",
     "Hallo Fenna,\n"
     "\n"
     "Helaas. De werkgever heeft laten weten dat je niet bent geselecteerd voor de functie "
     "Office Manager.\n"
     "\n"
     "Groeten,\n"
     "Team BanenBank"),
    ("Je sollicitatie",
     "Hoi Milan,\n"
     "\n"
     "De recruiter van TechForce heeft jouw sollicitatie beoordeeld. Ze gaan deze keer niet met "
     "je verder.\n"
     "\n"
     "Bekijk vergelijkbare vacatures."),
    ("Sollicitatie bijgewerkt",
     "Hallo,\n"
     "\n"
     "Het bedrijf heeft uw kandidatuur voor de functie Lasser afgesloten. U komt niet in "
     "aanmerking voor deze vacature.\n"
     "\n"
     "Jobbeurs.example"),
    # --- curt
    ("Re: sollicitatie",
     "Helaas, we gaan niet met je verder.\n"
     "\n"
     "Gr HR"),
    ("Re: cv",
     "Geen match helaas. Succes!\n"
     "\n"
     "Frank"),
    ("Re: vacature",
     "Sorry, de plek is al weg.\n"
     "Mvg Dennis"),
    ("Re: Solliciatie",
     "Dank voor je reactie, maar we hebben al iemand gevonden.\n"
     "\n"
     "Groet,\n"
     "Ilse"),
    ("Re: functie",
     "Nee helaas, we kiezen voor een ander.\n"
     "\n"
     "Henk"),
    ("RE: open sollicitatie",
     "Wij hebben op dit moment geen passende vacature voor u en bewaren uw gegevens niet.\n"
     "\n"
     "Met vr gr,\n"
     "Secretariaat"),
    # --- keep cv on file
    ("Open sollicitatie",
     "Beste Emma,\n"
     "\n"
     "Dank voor je open sollicitatie. Op dit moment hebben we geen vacature die bij je profiel "
     "past.\n"
     "Met jouw toestemming houden we je cv zes maanden in portefeuille.\n"
     "\n"
     "Hartelijke groet,\n"
     "HR Van Loon"),
    ("Open sollicitatie",
     "Geachte heer Claes,\n"
     "\n"
     "Wij hebben momenteel geen openstaande functies die aansluiten bij uw kandidatuur. Wij "
     "bewaren uw cv in onze wervingsreserve.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Personeelsdienst"),
    # --- not this time
    ("Sollicitatie",
     "Hoi Luuk,\n"
     "\n"
     "Deze keer is het helaas niet gelukt. We zijn voor een andere kandidaat gegaan.\n"
     "\n"
     "Groet,\n"
     "Sanne"),
    ("Sollicitatie Stagiair",
     "Beste Roos,\n"
     "\n"
     "Voor nu moeten we je helaas teleurstellen: de stageplaats is aan iemand anders gegund.\n"
     "\n"
     "Groet,\n"
     "Marit"),
    # --- buried decision after other business
    ("Re: je vraag over parkeren + sollicitatie",
     "Hoi Bas,\n"
     "\n"
     "Over je vraag: je mag bij ons op het terrein parkeren, geen probleem. Ook de "
     "onkostenvergoeding voor het gesprek\n"
     "is overgemaakt. Dan het lastigere deel: we hebben na het gesprek besloten om met een "
     "andere kandidaat door te gaan.\n"
     "Ik vond het echt leuk je te spreken.\n"
     "\n"
     "Groet,\n"
     "Willem"),
    ("Reiskosten en uitslag",
     "Beste Merel,\n"
     "\n"
     "De reiskosten voor je bezoek worden deze week vergoed. Wat betreft de functie: helaas "
     "hebben we iemand anders aangenomen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gerda"),
    # --- diminutives / missing accents / typos
    ("sollicitatie",
     "Hoi Sophie,\n"
     "\n"
     "Even een kort mailtje: we hebben helaas besloten om jou niet aan te nemen. Het was een "
     "lastige keus!\n"
     "\n"
     "Grtjs,\n"
     "Anne"),
    ("Re: sollicitatie",
     "hoi,\n"
     "\n"
     "sorry maar we hebben gekozen voor n andere kandidaat, je profiel was net niet wat we "
     "zochten.\n"
     "\n"
     "gr jan"),
    ("sollicitatie",
     "Beste Tim,\n"
     "\n"
     "Helaas hebben wij besloten om niet verder te gaan met je sollicitatie. we wensen je succes"
     " met je zoektoch.\n"
     "\n"
     "mvg\n"
     "HR"),
    ("kandidatuur",
     "Dag Seppe,\n"
     "\n"
     "Wij hebben uw kandidatuur grondig bekeken maar we hebben beslist om een andere kandidaat "
     "aan te werven.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Ann"),
    ("sollicitatie",
     "Beste Jeroen,\n"
     "\n"
     "We hebben heel wat sollicitaties ontvangen en hebben moeite moeten doen om te kiezen. "
     "Uiteindelijk is het niet jouw sollicitatie geworden.\n"
     "\n"
     "Groet,\n"
     "Team De Kroon"),
    ("Sollicitatie",
     "Hi Milou,\n"
     "\n"
     "Helaas, we hebben je niet geselecteerd voor een gesprek. Succes verder!\n"
     "\n"
     "Groeten,\n"
     "Recruitment"),
    ("Uw sollicitatie",
     "Geachte mevrouw De Graaf,\n"
     "\n"
     "Wij zullen uw sollicitatie niet in overweging nemen, omdat deze na de sluitingsdatum werd "
     "ontvangen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("sollicitatie",
     "beste Kees,\n"
     "\n"
     "na overleg met t team hebben we besloten de vacature aan een andere sollicitant te geven.\n"
     "\n"
     "mvg Hans"),
    # --- passive/impersonal
    ("Uw sollicitatie",
     "Geachte heer Willems,\n"
     "\n"
     "Er is gekozen voor een kandidaat wiens ervaring beter aansluit bij de gestelde eisen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "De directie"),
    ("Sollicitatie",
     "Beste Lieke,\n"
     "\n"
     "Er is besloten om je sollicitatie niet verder te behandelen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw sollicitatie",
     "Geachte heer Peters,\n"
     "\n"
     "Uw sollicitatie is niet gehonoreerd. Wij danken u voor de getoonde belangstelling.\n"
     "\n"
     "Hoogachtend,\n"
     "Secretariaat"),
    ("Uw sollicitatie",
     "Geachte mevrouw Hendriks,\n"
     "\n"
     "U bent niet geselecteerd voor de volgende ronde van de procedure voor de functie "
     "beleidsmedewerker.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Team Werving & Selectie"),
    # --- long subordinate clauses
    ("Sollicitatie Financieel Adviseur",
     "Beste Floor,\n"
     "\n"
     "Nadat we alle sollicitaties, waaronder die van jou, zorgvuldig naast het functieprofiel "
     "hebben gelegd en daarover\n"
     "met de afdeling hebben overlegd, zijn we tot de conclusie gekomen dat andere kandidaten "
     "beter aansluiten bij wat we zoeken.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Elske"),
    ("Sollicitatie",
     "Beste Dirk,\n"
     "\n"
     "Omdat we voor deze functie iemand zoeken die direct kan starten en de benodigde "
     "certificaten al heeft, hebben we\n"
     "ervoor gekozen je niet uit te nodigen voor een kennismakingsgesprek.\n"
     "\n"
     "Groet,\n"
     "Aart"),
    # --- position cancelled
    ("Vacature ingetrokken",
     "Beste Tessa,\n"
     "\n"
     "De vacature voor Communicatieadviseur is ingetrokken. We zetten de werving stop en kunnen "
     "je sollicitatie daarom niet verder in behandeling nemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gemeente Holtland"),
    ("Update vacature",
     "Hoi Gijs,\n"
     "\n"
     "We hebben besloten de vacature voorlopig niet in te vullen vanwege een budgetbevriezing. "
     "Daarmee stopt ook je sollicitatieprocedure.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vacature",
     "Dag Ruben,\n"
     "\n"
     "De functie waarvoor u kandideerde wordt niet langer ingevuld. Wij sluiten daarom de "
     "procedure af.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Personeelsdienst Stad Halle"),
    # --- more Flemish variants
    ("kandidatuur",
     "Dag Jolien,\n"
     "\n"
     "We hebben er lang over nagedacht, maar we gaan voor een ander profiel. Spijtig genoeg dus "
     "geen match.\n"
     "\n"
     "Groetjes,\n"
     "Sofie"),
    ("Re: kandidatuur",
     "Dag Pieter-Jan,\n"
     "\n"
     "Bedankt voor je kandidatuur. We hebben beslist om je niet uit te nodigen voor een gesprek.\n"
     "\n"
     "Vriendelijke groet,\n"
     "Evelien"),
    ("antwoord op uw kandidatuur",
     "Geachte heer Maes,\n"
     "\n"
     "Wij moeten u jammer genoeg melden dat wij voor deze vacature een andere kandidaat hebben "
     "geselecteerd.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Dienst Personeel"),
    ("Kandidatuur leerkracht",
     "Beste mevrouw Wouters,\n"
     "\n"
     "Bedankt voor uw interesse in onze school. Voor de vacature leerkracht lager onderwijs werd"
     " uiteindelijk een andere kandidaat aangesteld.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "De directie"),
    ("kandidatuur",
     "Hallo Matthias,\n"
     "\n"
     "Spijtig, maar we zijn met iemand anders verder gegaan voor de rol van projectleider.\n"
     "\n"
     "Groeten,\n"
     "Klaas"),
    ("sollicitatie",
     "Dag Emma,\n"
     "\n"
     "Gij zijt een sterke kandidaat, maar we hebben gekozen voor iemand die al in de sector "
     "werkt.\n"
     "Houd ons zeker in 't oog voor later.\n"
     "\n"
     "Groetjes,\n"
     "Marc"),
    ("Kandidatuur",
     "Dag Ward,\n"
     "\n"
     "Bedankt om te solliciteren. Helaas kunnen we u geen job aanbieden op dit moment.\n"
     "\n"
     "Groeten,\n"
     "Zaakvoerder Bakkerij Vermeulen"),
    ("uw kandidatuur",
     "Beste,\n"
     "\n"
     "Wij hebben uw kandidatuur ontvangen en bestudeerd. Jammer genoeg beantwoordt uw profiel "
     "niet aan de vereisten van de functie.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Recruitment"),
    ("Uw kandidatuur",
     "Beste mevrouw Janssens,\n"
     "\n"
     "We hebben beslist om de selectieprocedure voor u stop te zetten.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR"),
    ("Onze beslissing",
     "Beste Stefan,\n"
     "\n"
     "Ik wil je persoonlijk laten weten dat we de functie aan een andere kandidaat hebben "
     "gegeven. Ik had je graag\n"
     "een positiever bericht gestuurd.\n"
     "\n"
     "Warme groet,\n"
     "Paul"),
    ("Je sollicitatie",
     "Hoi Lotte,\n"
     "\n"
     "Het spijt me je te moeten vertellen dat het deze keer niet doorgaat. We zijn voor een "
     "collega met meer\n"
     "leidinggevende ervaring gegaan.\n"
     "\n"
     "Groetjes,\n"
     "Annemiek"),
    ("gesprek",
     "Beste Vincent,\n"
     "\n"
     "Ik bel je liever, maar ik krijg je niet te pakken: we gaan helaas niet met je verder. Wil "
     "je feedback, bel me gerust.\n"
     "\n"
     "Groet, Erik"),
    ("sollicitatie",
     "Hoi Jasper,\n"
     "\n"
     "Ik had je beloofd voor vrijdag te laten weten hoe het zit. Het is helaas een nee geworden.\n"
     "\n"
     "Groetjes,\n"
     "Evi"),
    ("Je sollicitatie",
     "Beste Pim,\n"
     "\n"
     "Het spijt ons, maar je bent niet aangenomen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Bakkerij Stam"),
    # --- after test
    ("Uitslag capaciteitentest",
     "Beste Bram,\n"
     "\n"
     "Je hebt de capaciteitentest gemaakt. Je score ligt helaas onder de grens die we hanteren, "
     "dus we kunnen je sollicitatie niet verder in behandeling nemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Assessment Team"),
    ("Resultaat proefopdracht",
     "Hi Yara,\n"
     "\n"
     "Dank voor je proefopdracht. We hebben besloten dat we niet verder gaan met je in deze "
     "procedure.\n"
     "\n"
     "Groet,\n"
     "Design Lead"),
    ("Uitslag proefdag",
     "Beste Mohamed,\n"
     "\n"
     "Bedankt voor je inzet tijdens de proefdag. We hebben besloten je geen contract aan te "
     "bieden.\n"
     "\n"
     "Groet,\n"
     "Filiaalmanager"),
    ("Resultaat selectietest",
     "Beste kandidaat,\n"
     "\n"
     "U bent niet geslaagd voor de online selectietest. Hierdoor kunt u niet deelnemen aan de "
     "volgende stap van de selectie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Selectiebureau Overheid"),
    # --- profile mismatch
    ("Sollicitatie Verpleegkundige",
     "Beste Chantal,\n"
     "\n"
     "Voor deze functie is een BIG-registratie vereist. Aangezien je die niet hebt, kunnen we je"
     " helaas niet aannemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Ziekenhuis Noord"),
    ("Reactie sollicitatie",
     "Geachte heer Hoekstra,\n"
     "\n"
     "Uw ervaring ligt te ver af van de gevraagde werkzaamheden. Wij zien daarom geen basis voor"
     " een gesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Hoi Lars,\n"
     "\n"
     "Je cv ziet er goed uit, maar voor deze rol zoeken we echt iemand met een technische "
     "achtergrond. We gaan daarom niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "Rik"),
    ("Sollicitatie Junior Jurist",
     "Beste Laura,\n"
     "\n"
     "Je profiel past op dit moment niet bij de functie. We zoeken iemand met een afgeronde "
     "master.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Advocatenkantoor Roelofs"),
    ("Sollicitatie",
     "Geachte mevrouw Kok,\n"
     "\n"
     "Hoewel uw sollicitatie er verzorgd uitzag, sluit uw achtergrond onvoldoende aan bij het "
     "profiel. Om die reden zullen wij u niet uitnodigen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Personeelszaken"),
    # --- various verb shapes
    ("Re: Sollicitatie Barista",
     "Hoi Mila,\n"
     "\n"
     "Bedankt voor je sollicitatie! We hebben inmiddels genoeg mensen aangenomen voor de zomer, "
     "dus we hebben geen plek meer.\n"
     "\n"
     "Groetjes,\n"
     "Koffiebar Bonen"),
    ("sollicitatie",
     "Beste Koen,\n"
     "\n"
     "Wij kunnen je op dit moment geen functie aanbieden. Bedankt voor je interesse.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Vos Installatietechniek"),
    ("Sollicitatie",
     "Beste Joyce,\n"
     "\n"
     "Jouw sollicitatie heeft het helaas niet gehaald. Er waren veel sterke kandidaten.\n"
     "\n"
     "Groet,\n"
     "Team Werving"),
    ("Sollicitatie Monteur",
     "Hallo Mats,\n"
     "\n"
     "We zijn niet verder gegaan met je sollicitatie omdat je geen rijbewijs C hebt.\n"
     "\n"
     "Groet,\n"
     "Planning"),
    ("Uw sollicitatie",
     "Geachte heer Dekker,\n"
     "\n"
     "Tot onze spijt kunnen wij uw sollicitatie niet in aanmerking nemen.\n"
     "\n"
     "Hoogachtend,\n"
     "Afdeling Personeel"),
    ("Uw sollicitatie",
     "Geachte heer Brouwer,\n"
     "\n"
     "Wij hebben besloten u niet aan te stellen in de functie van docent wiskunde.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "College van Bestuur"),
    ("Vacature Administratief Medewerker",
     "Beste Nina,\n"
     "\n"
     "Na afweging van alle kandidaten valt de keuze niet op jou. Dank voor je interesse.\n"
     "\n"
     "Groet,\n"
     "Kantoor Verhoeven"),
    ("sollicitatie",
     "Beste Jorrit,\n"
     "\n"
     "We hebben een andere kandidaat geselecteerd die iets beter aansluit bij de functie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Sollicitatie",
     "Hoi Eva,\n"
     "\n"
     "We hebben de vacature inmiddels ingevuld met een andere kandidaat. Succes met je "
     "zoektocht!\n"
     "\n"
     "Team Oranje Media"),
    ("Re: Sollicitatie",
     "Beste Tom,\n"
     "\n"
     "Je bent helaas afgevallen in de eerste selectieronde.\n"
     "\n"
     "Groet,\n"
     "Anouk"),
    ("Sollicitatie",
     "Geachte mevrouw Vos,\n"
     "\n"
     "Met spijt laten wij u weten dat wij uw sollicitatie hebben afgewezen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Personeelsdienst"),
    ("Uw sollicitatie",
     "Beste meneer Smit,\n"
     "\n"
     "Wij gaan niet over tot een uitnodiging voor een sollicitatiegesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Uw sollicitatie",
     "Geachte heer Lammers,\n"
     "\n"
     "Uw sollicitatie heeft niet geleid tot een uitnodiging voor een gesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Beste Noa,\n"
     "\n"
     "We moeten je helaas laten weten dat je niet door bent naar de gesprekken.\n"
     "\n"
     "Groet, Team HR"),
    ("sollicitatie",
     "Beste Kevin,\n"
     "\n"
     "Wij hebben een kandidaat aangenomen die al ervaring heeft in onze branche. Bedankt voor je"
     " tijd.\n"
     "\n"
     "Groet,\n"
     "Garage Hendriks"),
    ("Update",
     "Hoi Lynn,\n"
     "\n"
     "Kort bericht: je bent helaas niet gekozen voor de functie. Ik wens je het beste.\n"
     "\n"
     "Esmee"),
    ("Sollicitatie",
     "Beste Niek,\n"
     "\n"
     "De functie is vergeven. Dank voor je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "Hotel Zeezicht"),
    ("Sollicitatie",
     "Beste Sanne,\n"
     "\n"
     "Wij hebben de sollicitatieprocedure afgerond en kunnen je helaas geen aanbod doen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Team"),
    ("sollicitatie",
     "Beste Lucas,\n"
     "\n"
     "We hebben je sollicitatie bekeken, maar we zien je niet in deze rol.\n"
     "\n"
     "Groet,\n"
     "Hidde"),
    ("Je sollicitatie",
     "Hoi Zoë,\n"
     "\n"
     "We hebben goed gekeken, maar het wordt een nee. Veel succes.\n"
     "\n"
     "Marloes"),
    ("Sollicitatie",
     "Beste Roel,\n"
     "\n"
     "Wij hebben ons voor een andere kandidaat uitgesproken.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Bestuur Vereniging Eendracht"),
    ("Uw sollicitatie",
     "Geachte mevrouw Bakker,\n"
     "\n"
     "Wij hebben gemeend uw sollicitatie niet in aanmerking te laten komen voor een gesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Afdeling HRM"),
    ("Sollicitatie",
     "Beste Fleur,\n"
     "\n"
     "Je bent helaas niet uitgekozen voor een gesprek. De concurrentie was groot.\n"
     "\n"
     "Groet,\n"
     "Team Vacatures"),
    ("Re: Sollicitatie Magazijn",
     "Hoi Rens,\n"
     "\n"
     "Je bent helaas niet aangenomen, we zochten iemand voor fulltime.\n"
     "\n"
     "Groet, Arjan"),
    ("sollicitatie",
     "Beste Sem,\n"
     "\n"
     "Wij gaan voor een andere sollicitant.\n"
     "\n"
     "Groet,\n"
     "Martin"),
    # --- ATS formal
    ("Uw sollicitatie bij Meijer Bouw",
     "Beste Jan,\n"
     "\n"
     "Dank voor je sollicitatie op de vacature Uitvoerder. Na zorgvuldige beoordeling hebben we "
     "besloten je sollicitatie\n"
     "niet verder in behandeling te nemen.\n"
     "\n"
     "Dit is een automatisch bericht; reageren is niet mogelijk.\n"
     "Meijer Bouw Careers"),
    ("Je sollicitatie bij Bloem & Co",
     "Hoi Lisa,\n"
     "\n"
     "We hebben je sollicitatie zorgvuldig bekeken. Helaas ben je op dit moment niet "
     "geselecteerd voor de volgende stap.\n"
     "\n"
     "Dit bericht kun je niet beantwoorden.\n"
     "Team Talent Bloem & Co"),
    ("Sollicitatie 12345 - Analist",
     "Beste kandidaat,\n"
     "\n"
     "Uw sollicitatie (ref. 12345) is beoordeeld. Wij gaan niet verder met uw kandidatuur voor "
     "deze functie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment Portal"),
    ("Status sollicitatie",
     "Beste Tim,\n"
     "\n"
     "Je sollicitatie voor de functie Teamlead is afgesloten. Je bent niet geselecteerd.\n"
     "\n"
     "Team Werving"),
    # --- freeze
    ("Stop werving",
     "Beste Marloes,\n"
     "\n"
     "Door de onzekere economische situatie hebben we besloten om voorlopig niemand aan te "
     "nemen. Dat betekent dat we je sollicitatie niet verder kunnen oppakken.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Procedure stopgezet",
     "Dag Elien,\n"
     "\n"
     "Wegens een aanwervingsstop wordt de procedure voor de functie van administratief "
     "medewerker stopgezet. Uw kandidatuur kan dus niet verder behandeld worden.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR-dienst"),
    ("Vacature on hold",
     "Hoi Bas,\n"
     "\n"
     "De vacature is on hold gezet door het management. We gaan daarom niet verder met de "
     "sollicitaties, ook niet met die van jou.\n"
     "\n"
     "Groet, Laura"),
    # --- more agency, platform
    ("Je kandidaatstelling",
     "Hoi Demi,\n"
     "\n"
     "Ik heb je cv doorgestuurd naar mijn klant, maar zij geven de voorkeur aan een kandidaat "
     "met een HBO-diploma. Voor deze rol houdt het helaas op.\n"
     "\n"
     "Groet,\n"
     "Stefan | Talentbureau"),
    ("Feedback",
     "Beste Wesley,\n"
     "\n"
     "De klant heeft je na het gesprek laten afvallen. Ze vonden je ervaring te beperkt voor de "
     "functie.\n"
     "\n"
     "Groet,\n"
     "Recruitment Nederland"),
    ("Je reactie op de vacature",
     "Hallo,\n"
     "\n"
     "De werkgever heeft je reactie gelezen en gekozen om een andere kandidaat uit te nodigen.\n"
     "\n"
     "Werkzoeken.example"),
    # --- more Flemish, various
    ("selectie",
     "Beste Nathalie,\n"
     "\n"
     "Na de jury-gesprekken werd beslist om u niet op te nemen in de wervingsreserve.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Selectiedienst OCMW"),
    ("Uw kandidatuur",
     "Beste meneer Verbeke,\n"
     "\n"
     "Helaas hebben we voor een andere kandidaat geopteerd.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "HR"),
    ("kandidatuur",
     "Dag Tine,\n"
     "\n"
     "We hebben ondertussen iemand aangeworven voor de job. Bedankt om te reageren!\n"
     "\n"
     "Groetjes,\n"
     "Jan"),
    ("uw kandidatuur",
     "Geachte,\n"
     "\n"
     "Wij betreuren u te moeten meedelen dat uw kandidatuur niet werd geselecteerd voor de "
     "volgende ronde.\n"
     "\n"
     "Met de meeste hoogachting,\n"
     "Directie"),
    ("kandidatuur",
     "hoi Senne,\n"
     "\n"
     "sorry, we gaan met iemand anders verder. je was wel in de laatste twee!\n"
     "\n"
     "groeten\n"
     "Kris"),
    ("Re: studentenjob",
     "Dag Louise,\n"
     "\n"
     "Voor de studentenjob deze zomer zijn alle plaatsen ondertussen ingevuld. Jammer genoeg "
     "kunnen we je dus niet meer inplannen.\n"
     "\n"
     "Groetjes,\n"
     "Zwembad Ter Ham"),
    ("Sollicitatie",
     "Dag Robbe,\n"
     "\n"
     "We gaan uw kandidatuur niet weerhouden. Succes nog met de zoektocht.\n"
     "\n"
     "Jan"),
    ("Kandidatuur",
     "Beste Charlotte,\n"
     "\n"
     "Je kandidatuur werd niet weerhouden voor het vervolg van de selectie.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Recruitment"),
    ("kandidatuur",
     "Dag Lucas,\n"
     "\n"
     "We hebben beslist om niet verder te gaan met uw kandidatuur. Bedankt voor uw interesse.\n"
     "\n"
     "Mvg,\n"
     "Els"),
    ("Beslissing",
     "Hallo Jonas,\n"
     "\n"
     "Ik laat u weten dat we voor een andere kandidaat hebben gekozen. Hopelijk tot een volgende"
     " keer.\n"
     "\n"
     "Groet,\n"
     "Bart"),
    ("Re: sollicitatie",
     "Hey Lore,\n"
     "\n"
     "Het is hem niet geworden deze keer, we zijn voor een ander profiel gegaan.\n"
     "\n"
     "Groetjes\n"
     "Hannelore"),
    ("Re: sollicitatie",
     "Dag Karel,\n"
     "\n"
     "Bedankt voor uw kandidatuur, maar we hebben al iemand gevonden.\n"
     "\n"
     "Groeten,\n"
     "Chris"),
    # --- more NL assorted
    ("Vacature Schoonmaker",
     "Beste Peter,\n"
     "\n"
     "De vacature is niet meer beschikbaar, we hebben al iemand. Succes!\n"
     "\n"
     "Groet,\n"
     "Schoonmaakbedrijf Glans"),
    ("sollicitatie",
     "Hoi Thomas,\n"
     "\n"
     "Na de kennismaking hebben we besloten niet verder met je in gesprek te gaan.\n"
     "\n"
     "Groet,\n"
     "Ilona"),
    ("Sollicitatie Verkoper",
     "Beste Dewi,\n"
     "\n"
     "Dank voor je sollicitatie. Je komt helaas niet in aanmerking voor deze functie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Sollicitatie",
     "Hoi Sara,\n"
     "\n"
     "We hebben intern iemand gevonden voor deze rol, dus we sluiten de vacature. Bedankt voor "
     "je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Beste Bart,\n"
     "\n"
     "Uw sollicitatie is zorgvuldig bekeken, maar wij hebben een sterkere kandidaat gevonden.\n"
     "\n"
     "Groet,\n"
     "Directie"),
    ("Sollicitatie",
     "Hi Jurre,\n"
     "\n"
     "Jammer, maar je bent niet door naar de volgende ronde.\n"
     "\n"
     "Team Hiring"),
    ("Sollicitatie bij ons",
     "Beste Maartje,\n"
     "\n"
     "We hebben ervoor gekozen een kandidaat aan te nemen met meer ervaring in het onderwijs.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Schoolleiding"),
    ("Uw sollicitatie",
     "Geachte heer Van Leeuwen,\n"
     "\n"
     "De procedure is afgerond; u bent helaas niet de geselecteerde kandidaat.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("Sollicitatie",
     "Beste Rutger,\n"
     "\n"
     "Helaas zien wij onvoldoende match tussen jouw ervaring en de functie. Wij gaan dan ook "
     "niet verder met je.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Hoi Babette,\n"
     "\n"
     "Helaas moeten we je afwijzen. De andere kandidaat had net wat meer ervaring.\n"
     "\n"
     "Groet,\n"
     "Mirjam"),
    ("Sollicitatie",
     "Beste Hugo,\n"
     "\n"
     "We hebben je graag gesproken maar je bent het helaas niet geworden.\n"
     "\n"
     "Groet,\n"
     "Lars"),
    ("Re: interesse",
     "Beste Stijn,\n"
     "\n"
     "Op dit moment nemen wij geen nieuwe medewerkers aan. Bedankt voor je interesse in ons "
     "bedrijf.\n"
     "\n"
     "Groet,\n"
     "Kantoor"),
    ("Sollicitatie",
     "Beste Wendy,\n"
     "\n"
     "Wij hebben besloten u niet uit te nodigen voor een sollicitatiegesprek.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Afdeling"),
    ("Sollicitatie",
     "Hallo Jelle,\n"
     "\n"
     "Je sollicitatie is niet succesvol geweest. Dank voor de moeite.\n"
     "\n"
     "HR"),
]

# A second batch, written after the first fixes to test them on new wording: Flemish and person-written notes,
# agencies, public bodies, other candidates named or reached an agreement with, the post covered.
REJECTIONS_LATER = [
    ("Re: kandidatuur",
     "Dag Bert,\n"
     "\n"
     "Merci voor je kandidatuur en het fijne gesprek. Na rijp beraad hebben we beslist om met "
     "een andere kandidaat in zee te gaan.\n"
     "Ik wens je nog veel succes.\n"
     "\n"
     "Groetjes,\n"
     "Veerle"),
    ("Kandidatuur",
     "Hoi Jef,\n"
     "\n"
     "Kort: we hebben voor iemand anders gekozen. Sorry dat het zo lang geduurd heeft!\n"
     "\n"
     "Groeten,\n"
     "Dieter"),
    ("uw kandidatuur",
     "Beste heer Goossens,\n"
     "\n"
     "Uw kandidatuur kwam niet in aanmerking voor de functie van technicus. We danken u voor het"
     " vertrouwen.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR Van Damme NV"),
    ("kandidatuur magazijn",
     "Dag Yannick,\n"
     "\n"
     "Jammer genoeg gaan we niet verder met jou. De job vraagt een heftruckattest dat je nog "
     "niet hebt.\n"
     "\n"
     "Groeten,\n"
     "Kevin"),
    ("job",
     "Hallo Sien,\n"
     "\n"
     "Ge zijt het helaas niet geworden. We hebben iemand genomen met wat meer ervaring in de "
     "zorg.\n"
     "\n"
     "Groetjes,\n"
     "Leen"),
    ("Re: sollicitatie kelner",
     "Dag Robin,\n"
     "\n"
     "Voor de job van kelner zijn we ondertussen voorzien. Bedankt om te solliciteren!\n"
     "\n"
     "Groeten,\n"
     "Brasserie De Kaai"),
    ("Uw kandidatuur",
     "Geachte mevrouw Claeys,\n"
     "\n"
     "Wij hebben uw kandidatuur met aandacht gelezen. Helaas kunnen wij u geen plaats aanbieden "
     "in onze organisatie.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Dienst HR"),
    ("kandidatuur",
     "Dag Lotte,\n"
     "\n"
     "We zijn blij met je interesse, maar we gaan je kandidatuur niet verder opvolgen.\n"
     "\n"
     "Vriendelijke groet,\n"
     "Joke"),
    ("selectie",
     "Beste Pieter,\n"
     "\n"
     "Je hebt de selectieproef jammer genoeg niet gehaald. Daarmee eindigt je deelname aan deze "
     "selectie.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Selectiebureau"),
    ("uw kandidatuur",
     "Beste,\n"
     "\n"
     "Wij hebben besloten uw kandidatuur niet te weerhouden. Wij wensen u veel succes in uw "
     "verdere loopbaan.\n"
     "\n"
     "HR"),
    ("Re: vacature",
     "Hey Tom,\n"
     "\n"
     "Sorry maat, ze hebben de plek al aan iemand anders gegeven. Volgende keer beter.\n"
     "\n"
     "Gr, Joris (Uitzendbureau Top)"),
    ("Sollicitatie",
     "Hoi Marit,\n"
     "\n"
     "Helaas heb je het niet gehaald deze keer. We hebben een kandidaat met meer ervaring "
     "aangenomen.\n"
     "\n"
     "Groet,\n"
     "Annelies"),
    ("Re: sollicitatie",
     "Beste Dennis,\n"
     "\n"
     "We hebben intern een oplossing gevonden voor deze functie, dus voor jou is er helaas geen "
     "plek.\n"
     "\n"
     "Groet,\n"
     "Yvonne"),
    ("Sollicitatie",
     "Beste Stan,\n"
     "\n"
     "Wij zijn niet verder gegaan met je sollicitatie, omdat de functie een andere invulling "
     "krijgt.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("Update",
     "Hoi Imke,\n"
     "\n"
     "Helaas ben je niet doorgegaan naar de volgende ronde. We hadden veel goede kandidaten.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Sollicitatie medewerker",
     "Beste Ron,\n"
     "\n"
     "De functie is helaas niet meer beschikbaar voor jou, we hebben iemand anders aangenomen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Reactie",
     "Geachte heer Mertens,\n"
     "\n"
     "Helaas moeten wij u berichten dat u niet voor de functie in aanmerking komt.\n"
     "\n"
     "Hoogachtend,\n"
     "De directie"),
    ("Je sollicitatie",
     "Hoi Tara,\n"
     "\n"
     "We gaan niet met je verder. Bedankt voor je interesse en succes!\n"
     "\n"
     "Team HR"),
    ("Uitslag gesprek",
     "Beste Koen,\n"
     "\n"
     "Bedankt voor het gesprek van vorige week. De commissie heeft besloten een andere kandidaat"
     " voor te dragen voor benoeming.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Secretaris benoemingscommissie"),
    ("Sollicitatie",
     "Beste Femke,\n"
     "\n"
     "Na je proefdag hebben we besloten je niet aan te nemen. Bedankt voor je inzet!\n"
     "\n"
     "Groet,\n"
     "Bakkerij Van Dijk"),
    ("Re: functie",
     "Hi Leon,\n"
     "\n"
     "Helaas, we gaan het niet met jou doen. We kiezen voor een kandidaat die direct kan "
     "starten.\n"
     "\n"
     "Groet,\n"
     "Chris"),
    ("Uw sollicitatie",
     "Geachte mevrouw Pauwels,\n"
     "\n"
     "Helaas hebben wij moeten vaststellen dat uw profiel niet voldoet aan de vereisten van de "
     "functie.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "HR"),
    ("Sollicitatie",
     "Hallo Lars,\n"
     "\n"
     "We hebben de vacature ingetrokken, dus we kunnen niet verder met je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("kandidatuur",
     "Dag Ruth,\n"
     "\n"
     "Spijtig genoeg is het niet gelukt deze keer. We hebben voor een ander profiel gekozen.\n"
     "\n"
     "Vriendelijke groet,\n"
     "An"),
    ("Sollicitatie",
     "Beste Bob,\n"
     "\n"
     "Wij kunnen helaas niet met je verder. Je ervaring sluit niet goed aan bij wat het team "
     "nodig heeft.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    ("Sollicitatie",
     "Beste Nadia,\n"
     "\n"
     "Wij hebben de functie inmiddels aan iemand anders gegeven.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Sollicitatie",
     "Hoi Bas,\n"
     "\n"
     "Na veel wikken en wegen is onze keuze op een andere kandidaat gevallen.\n"
     "\n"
     "Groetjes,\n"
     "Leonie"),
    ("kandidatuur",
     "Dag Tim,\n"
     "\n"
     "We hebben beslist: we gaan voor een andere kandidaat. Veel succes nog.\n"
     "\n"
     "Groeten,\n"
     "Hilde"),
    ("sollicitatie",
     "Dag Anke,\n"
     "\n"
     "Wij zijn na de gesprekken tot het besluit gekomen om met een andere sollicitant verder te "
     "gaan.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Directeur"),
    ("kandidatuur",
     "Beste Mathias,\n"
     "\n"
     "We hebben er uiteindelijk voor gekozen om iemand met meer ervaring aan te werven.\n"
     "\n"
     "Groeten,\n"
     "HR"),
    ("sollicitatie",
     "hoi Jasmijn,\n"
     "\n"
     "balen, maar we hebben iemand anders gevonden voor de bijbaan. succes!\n"
     "\n"
     "gr Mees"),
    ("Vacature",
     "Geachte heer Smeets,\n"
     "\n"
     "De vacature is komen te vervallen. Wij danken u voor uw belangstelling.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gemeente"),
    ("uw kandidatuur",
     "Beste mevrouw Leclercq,\n"
     "\n"
     "De aanwerving voor deze functie werd stopgezet. Uw kandidatuur wordt bijgevolg niet verder"
     " behandeld.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Personeelsdienst"),
    ("Sollicitatie",
     "Hoi Pien,\n"
     "\n"
     "We hebben gekozen voor een kandidaat die al bij ons werkt. Voor jou dus helaas geen "
     "vervolg.\n"
     "\n"
     "Groet,\n"
     "Team HR"),
    ("kandidatuur",
     "Dag Jonas,\n"
     "\n"
     "Het is jammer genoeg een neen geworden. We hebben een kandidaat gevonden die al jaren in "
     "de sector werkt.\n"
     "\n"
     "Groetjes,\n"
     "Griet"),
    ("kandidatuur",
     "Hey Noor,\n"
     "\n"
     "We zijn rond met iemand anders voor de job, sorry! Bedankt voor je tijd.\n"
     "\n"
     "Groeten,\n"
     "Jelle"),
    ("Re: kandidatuur",
     "Dag Sander,\n"
     "\n"
     "We zijn tot een akkoord gekomen met een andere kandidaat. Bedankt voor je interesse en nog"
     " veel succes.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Evy"),
    ("kandidatuur",
     "Dag Marie,\n"
     "\n"
     "Ge moogt het ons niet kwalijk nemen, maar we hebben iemand anders vastgelegd voor de "
     "zomerjob.\n"
     "\n"
     "Groetjes,\n"
     "Patrick"),
    ("kandidatuur",
     "Beste Stefaan,\n"
     "\n"
     "Uw kandidatuur heeft het jammer genoeg niet gehaald. We wensen u het beste.\n"
     "\n"
     "Groeten,\n"
     "HR"),
    ("kandidatuur",
     "Dag Karen,\n"
     "\n"
     "We hebben de knoop doorgehakt en gekozen voor een kandidaat met meer ervaring in de "
     "boekhouding.\n"
     "\n"
     "Groetjes,\n"
     "Dirk"),
    ("Re: kandidatuur",
     "Dag Inge,\n"
     "\n"
     "Spijtig genoeg is de job niet voor u. We zijn met een andere kandidaat verder gegaan.\n"
     "\n"
     "Groeten,\n"
     "Paul"),
    ("kandidatuur",
     "Dag Wim,\n"
     "\n"
     "Uw profiel strookt niet met wat we zoeken voor deze functie. We wensen u veel succes.\n"
     "\n"
     "Vriendelijke groeten,\n"
     "Hilde"),
    ("kandidatuur",
     "Dag Ann,\n"
     "\n"
     "We moeten u helaas een negatief antwoord geven op uw kandidatuur.\n"
     "\n"
     "Groeten,\n"
     "Directie"),
    ("kandidatuur",
     "Hallo Bjorn,\n"
     "\n"
     "Onze keuze is niet op u gevallen. Bedankt voor uw interesse in de job.\n"
     "\n"
     "Groeten,\n"
     "Liesbeth"),
    ("Re: job",
     "Dag Femke,\n"
     "\n"
     "Ik moet je helaas zeggen dat het niet gelukt is. We hebben voor Tom gekozen, die al bij "
     "ons werkte als student.\n"
     "\n"
     "Groetjes,\n"
     "Kathleen"),
    ("Re: job",
     "Hey Arno,\n"
     "\n"
     "Slecht nieuws, ze hebben iemand anders aangenomen voor de plaats van monteur. Ik zoek "
     "verder voor jou!\n"
     "\n"
     "Groeten,\n"
     "Tine (interimkantoor)"),
    ("kandidatuur",
     "Dag Ilse,\n"
     "\n"
     "We hebben beslist uw kandidatuur niet te behouden voor de volgende selectieronde.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Selectieteam"),
    ("Re: sollicitatie",
     "Hoi Joost,\n"
     "\n"
     "Ik ga er niet omheen draaien: je bent het niet geworden. We hebben iemand gevonden die "
     "beter past.\n"
     "\n"
     "Groet,\n"
     "Sanne"),
    ("Re: kandidatuur",
     "Dag Kobe,\n"
     "\n"
     "We hebben veel kandidaturen ontvangen en we zijn met iemand anders verder gegaan. Nog veel"
     " succes!\n"
     "\n"
     "Groetjes,\n"
     "Nele"),
    ("kandidatuur",
     "Dag Sofie,\n"
     "\n"
     "De plaats is jammer genoeg al ingenomen. Merci voor je kandidatuur.\n"
     "\n"
     "Groetjes,\n"
     "Tom"),
    ("kandidatuur",
     "Dag Jan,\n"
     "\n"
     "Na de gesprekken hebben we gekozen om verder te gaan met een andere kandidaat. Bedankt en "
     "succes.\n"
     "\n"
     "Groeten,\n"
     "Marc"),
    ("Re: vacature",
     "Hoi Tess,\n"
     "\n"
     "We hebben besloten om iemand anders de kans te geven. Heel veel succes met je zoektocht!\n"
     "\n"
     "Liefs,\n"
     "Mieke"),
]


# Look-alikes: the same words, no rejection of the reader's application.
NON_REJECTIONS = [
    # --- application received / process continues
    ("Ontvangstbevestiging sollicitatie",
     "Beste Tim,\n"
     "\n"
     "Bedankt voor je sollicitatie. We hebben hem in goede orde ontvangen en laten binnen twee "
     "weken van ons horen.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Je kandidatuur",
     "Dag Sofie,\n"
     "\n"
     "We hebben je kandidatuur goed ontvangen. We bekijken alle kandidaturen na de deadline en "
     "laten je zeker iets weten.\n"
     "\n"
     "Groetjes,\n"
     "Jan"),
    ("Update sollicitatie",
     "Hoi Lars,\n"
     "\n"
     "We hebben nog geen beslissing genomen. De gesprekken lopen nog en we laten je volgende "
     "week weten hoe het zit.\n"
     "\n"
     "Groet,\n"
     "Anne"),
    ("Vertraging",
     "Beste Femke,\n"
     "\n"
     "Het duurt iets langer dan gepland, maar je bent nog zeker in beeld. We gaan graag verder "
     "met je sollicitatie.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Recruitment"),
    # --- invitations / next steps / offers
    ("Uitnodiging gesprek",
     "Beste Daan,\n"
     "\n"
     "Graag nodigen we je uit voor een gesprek op dinsdag 14 mei om 10:00 uur.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Marja"),
    ("Uitnodiging test",
     "Beste Eline,\n"
     "\n"
     "Je bent door naar de volgende ronde! Je ontvangt een link voor de online test.\n"
     "\n"
     "Groet,\n"
     "Team HR"),
    ("kandidatuur",
     "Dag Jens,\n"
     "\n"
     "We hebben beslist om met jou verder te gaan naar de tweede ronde. Kan je volgende week "
     "langskomen?\n"
     "\n"
     "Groetjes,\n"
     "Lotte"),
    ("Aanbod",
     "Beste Robin,\n"
     "\n"
     "Goed nieuws: we willen je graag de functie aanbieden. In de bijlage vind je het voorstel.\n"
     "\n"
     "Groet,\n"
     "Jeroen"),
    ("Volgende stap",
     "Hoi Kim,\n"
     "\n"
     "We gaan graag verder met je sollicitatie en plannen een tweede gesprek in.\n"
     "\n"
     "Groet,\n"
     "Esther"),
    ("Je kandidatuur",
     "Hey Lars,\n"
     "\n"
     "We hebben beslist om niet met iemand anders verder te gaan: jij bent het geworden! "
     "Proficiat!\n"
     "\n"
     "Groetjes,\n"
     "Jolien"),
    # --- reader withdraws / declines, and company confirms withdrawal
    ("Intrekking sollicitatie",
     "Beste Ilse,\n"
     "\n"
     "Ik heb besloten om niet verder te gaan met mijn sollicitatie, omdat ik een andere baan heb"
     " aangenomen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Tom"),
    ("Re: intrekking sollicitatie",
     "Beste Tom,\n"
     "\n"
     "Jammer dat je je sollicitatie intrekt. Zoals gevraagd gaan we niet verder met je "
     "sollicitatie en verwijderen we je gegevens.\n"
     "Veel succes bij je nieuwe werkgever!\n"
     "\n"
     "Groet,\n"
     "Ilse"),
    ("Re: kandidatuur intrekken",
     "Dag Wout,\n"
     "\n"
     "Bedankt om ons te verwittigen. We gaan op jouw vraag niet verder met je kandidatuur. Veel "
     "succes met de nieuwe job!\n"
     "\n"
     "Groetjes,\n"
     "Ine"),
    ("Bevestiging terugtrekking",
     "Beste kandidaat,\n"
     "\n"
     "Je hebt je sollicitatie ingetrokken. Wij bevestigen dat we niet verder gaan met je "
     "sollicitatie voor de functie Analist.\n"
     "\n"
     "Team Recruitment"),
    ("Re: aanbod",
     "Beste Jeroen,\n"
     "\n"
     "Bedankt voor het aanbod, maar ik heb besloten het niet aan te nemen. Ik ga niet verder met"
     " de procedure.\n"
     "\n"
     "Groet,\n"
     "Robin"),
    ("Re: aanbod",
     "Beste Robin,\n"
     "\n"
     "Jammer dat je ons aanbod afslaat. We respecteren je keuze en gaan dus niet verder met je "
     "sollicitatie. Wie weet in de toekomst!\n"
     "\n"
     "Groet,\n"
     "Jeroen"),
    ("Re: uitnodiging",
     "Beste Marja,\n"
     "\n"
     "Dank voor de uitnodiging. Na wat nadenken wil ik me terugtrekken uit de procedure, de "
     "functie past toch niet bij mij.\n"
     "\n"
     "Groet,\n"
     "Daan"),
    ("Re: terugtrekken",
     "Beste Daan,\n"
     "\n"
     "Dank voor je bericht. We hebben je afmelding ontvangen en zullen je kandidatuur niet "
     "verder behandelen, zoals je vroeg.\n"
     "\n"
     "Groet,\n"
     "Marja"),
    # --- decision about someone else
    ("Kandidaat Jansen",
     "Hoi Pieter,\n"
     "\n"
     "Dank voor je input als tweede interviewer. We hebben besloten niet verder te gaan met de "
     "sollicitatie van mevrouw Jansen.\n"
     "Kun jij haar vandaag bellen?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: je referentie",
     "Hoi Mark,\n"
     "\n"
     "Bedankt dat je Sander had aangedragen. Helaas gaan we niet verder met zijn sollicitatie, "
     "hij had te weinig ervaring.\n"
     "Je referral-bonus vervalt dus.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Afwijzen kandidaat 3",
     "Hoi Anouk,\n"
     "\n"
     "Wil jij kandidaat 3 (Bakker) laten weten dat we niet verder met haar sollicitatie gaan? De"
     " andere twee nodigen we uit.\n"
     "\n"
     "Thanks,\n"
     "Rik"),
    ("collega",
     "Hoi team,\n"
     "\n"
     "Helaas heeft onze collega Wim zijn sollicitatie voor de interne functie niet gekregen. "
     "Laten we hem even steunen.\n"
     "\n"
     "Groet,\n"
     "Manager"),
    ("Kandidaten teamleider",
     "Beste selectiecommissie,\n"
     "\n"
     "Hierbij het verslag: met kandidaat A gaan we niet verder, met kandidaat B en C plannen we "
     "een tweede gesprek.\n"
     "\n"
     "Groet,\n"
     "Secretaris"),
    # --- vacancy changes but process continues
    ("Wijziging vacature",
     "Beste Sarah,\n"
     "\n"
     "We gaan niet verder met de vacature zoals die nu is, maar we passen het profiel aan naar "
     "een parttime functie. Ben je nog geïnteresseerd?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Herziening functie",
     "Hoi Bas,\n"
     "\n"
     "We hebben de vacature even gepauzeerd tot januari. Je sollicitatie blijft gewoon lopen, we"
     " nemen dan contact op.\n"
     "\n"
     "Groet,\n"
     "Laura"),
    # --- supplier / tender / quote / freelance
    ("Offerteaanvraag",
     "Beste heer De Wit,\n"
     "\n"
     "Dank voor uw offerte voor de schoonmaak van ons kantoor. Wij hebben gekozen voor een "
     "andere leverancier.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Facilitair Bureau"),
    ("Aanbesteding",
     "Geachte inschrijver,\n"
     "\n"
     "Uw inschrijving op de aanbesteding ICT-beheer is niet als economisch meest voordelige "
     "beoordeeld. De opdracht wordt gegund aan een andere partij.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Inkoop Gemeente"),
    ("Voorstel opdracht",
     "Hoi Dirk,\n"
     "\n"
     "Dank voor je voorstel voor het fotografieproject. We hebben besloten om met een andere "
     "fotograaf verder te gaan.\n"
     "\n"
     "Groet,\n"
     "Marketing Team"),
    ("Freelance opdracht",
     "Beste Emma,\n"
     "\n"
     "Bedankt voor je pitch voor de website-redesign. We gaan niet verder met je offerte, het "
     "budget is te beperkt.\n"
     "\n"
     "Groet,\n"
     "Studio Blauw"),
    ("Offerte",
     "Dag Koen,\n"
     "\n"
     "We hebben beslist om met iemand anders verder te gaan voor de verbouwing van onze keuken.\n"
     "\n"
     "Groetjes,\n"
     "Familie Claes"),
    ("Samenwerking",
     "Beste partner,\n"
     "\n"
     "Na evaluatie hebben wij besloten de samenwerking met uw bureau niet te verlengen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Inkoop"),
    # --- course / school / flat / loan / grant / volunteer
    ("Aanmelding opleiding",
     "Beste Noa,\n"
     "\n"
     "Helaas ben je niet toegelaten tot de opleiding Geneeskunde. Je lotnummer was te hoog.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Studentenadministratie"),
    ("Inschrijving",
     "Beste ouders,\n"
     "\n"
     "Jammer genoeg is er geen plaats meer voor uw kind in onze school voor het volgende "
     "schooljaar.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Directie Basisschool De Klimop"),
    ("Woning Kerkstraat",
     "Beste Lynn,\n"
     "\n"
     "Bedankt voor je interesse in de woning aan de Kerkstraat. De verhuurder heeft gekozen voor"
     " een andere huurder.\n"
     "\n"
     "Groet,\n"
     "Makelaardij Zuid"),
    ("kot",
     "Dag Seppe,\n"
     "\n"
     "Het kot is al verhuurd aan iemand anders, sorry!\n"
     "\n"
     "Groetjes,\n"
     "Marleen"),
    ("Aanvraag lening",
     "Geachte heer Peters,\n"
     "\n"
     "Wij hebben uw aanvraag voor een persoonlijke lening beoordeeld. Helaas kunnen wij u geen "
     "krediet verstrekken.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Klantenservice Bank"),
    ("Subsidieaanvraag",
     "Geachte mevrouw Visser,\n"
     "\n"
     "De commissie heeft besloten uw subsidieaanvraag niet te honoreren.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Fonds Cultuur"),
    ("Vrijwilligerswerk",
     "Hoi Mila,\n"
     "\n"
     "Dank voor je aanmelding als vrijwilliger. Alle plekken op het festival zijn helaas al "
     "gevuld.\n"
     "\n"
     "Groetjes,\n"
     "Festivalcrew"),
    ("Beurs",
     "Beste Julia,\n"
     "\n"
     "Je aanvraag voor de studiebeurs is helaas afgewezen, omdat het inkomen boven de grens "
     "ligt.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Dienst Studietoelagen"),
    ("Lidmaatschap",
     "Beste Jasper,\n"
     "\n"
     "Helaas kunnen we je niet toelaten tot de tennisclub, de wachtlijst is vol.\n"
     "\n"
     "Groet,\n"
     "Bestuur"),
    ("Manuscript",
     "Beste auteur,\n"
     "\n"
     "Dank voor het insturen van uw manuscript. Helaas past het niet in ons fonds en zullen we "
     "het niet uitgeven.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Uitgeverij Pen"),
    ("Abstract congres",
     "Beste Dr. Smit,\n"
     "\n"
     "Uw abstract is helaas niet geselecteerd voor een presentatie op het congres.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Programmacommissie"),
    # --- job alerts / outreach / newsletters
    ("Nieuwe vacatures voor jou",
     "Hoi Tim,\n"
     "\n"
     "Er zijn 12 nieuwe vacatures die passen bij je zoekprofiel. Bekijk ze nu!\n"
     "\n"
     "Werkplein.example"),
    ("Interessante functie",
     "Beste Lars,\n"
     "\n"
     "Ik kwam je profiel tegen op LinkedIn. Ik heb een mooie rol als projectleider, heb je tijd "
     "voor een belletje?\n"
     "\n"
     "Groet,\n"
     "Sjoerd, recruiter"),
    ("Nieuwsbrief maart",
     "Beste lezer,\n"
     "\n"
     "In deze nieuwsbrief: tips voor je sollicitatiebrief, hoe ga je om met een afwijzing, en de"
     " nieuwste vacatures.\n"
     "\n"
     "Team CarrièreTips"),
    ("Tips",
     "Hoi!\n"
     "\n"
     "Afgewezen na een sollicitatie? Geen zorgen: in dit artikel lees je hoe je feedback vraagt "
     "en sterker terugkomt.\n"
     "\n"
     "De redactie"),
    ("Webinar",
     "Beste kandidaat,\n"
     "\n"
     "Kom naar ons webinar 'Werken bij de overheid'. Je leert er alles over de "
     "selectieprocedure.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Werving Rijk"),
    # --- ordinary / internal
    ("Vergadering",
     "Hoi allen,\n"
     "\n"
     "We gaan niet verder met het project Alfa zoals gepland; de planning wordt herzien. Meer "
     "info morgen.\n"
     "\n"
     "Groet,\n"
     "Projectleider"),
    ("Zaterdag",
     "Hey,\n"
     "\n"
     "Jammer genoeg kan ik zaterdag niet komen, we hebben beslist om met de familie naar zee te "
     "gaan.\n"
     "\n"
     "Groetjes,\n"
     "Evi"),
    ("Bestelling",
     "Beste klant,\n"
     "\n"
     "Uw bestelling kan helaas niet worden geleverd omdat het artikel is uitverkocht.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Webshop"),
    ("Re: verzoek",
     "Beste heer Jansen,\n"
     "\n"
     "Uw verzoek om restitutie is helaas afgewezen.\n"
     "\n"
     "Klantenservice"),
    # --- HR internal about the reader's own reply to reject someone
    ("Kandidaat voor jouw team",
     "Hoi Femke,\n"
     "\n"
     "Jij had kandidaat Jansen gesproken. Zullen we besluiten om niet verder te gaan met haar? "
     "Laat maar weten.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: sollicitant Pieters",
     "Hoi Tom,\n"
     "\n"
     "Eens, we gaan niet verder met Pieters. Ik stuur hem morgen de afwijzing.\n"
     "\n"
     "Groet,\n"
     "Linda"),
    # --- reader is the hiring manager sending a rejection (draft / forward for review)
    ("Concept afwijzing",
     "Hoi Anne,\n"
     "\n"
     "Kun je deze tekst checken voordat ik hem verstuur? \"Beste Koen, helaas gaan we niet verder"
     " met je sollicitatie.\"\n"
     "\n"
     "Groet,\n"
     "Rik"),
    # --- platform: someone else / you rejected candidate
    ("Je hebt een kandidaat afgewezen",
     "Hallo recruiter,\n"
     "\n"
     "Je hebt kandidaat J. de Boer afgewezen voor de vacature Kok. De kandidaat ontvangt "
     "automatisch een bericht.\n"
     "\n"
     "Werkplein voor Werkgevers"),
    ("Reminder",
     "Beste Sanne,\n"
     "\n"
     "Vergeet niet je sollicitatie af te ronden: je hebt nog geen cv toegevoegd.\n"
     "\n"
     "Banenbank"),
    ("Bedankt voor je sollicitatie",
     "Hoi Noor,\n"
     "\n"
     "Leuk dat je hebt gesolliciteerd! We nemen alle sollicitaties door en je hoort uiterlijk "
     "vrijdag of je door bent.\n"
     "\n"
     "Groetjes,\n"
     "Team"),
    ("Reactie",
     "Beste Sven,\n"
     "\n"
     "De opdrachtgever is enthousiast over je profiel en wil graag kennismaken. Schikt "
     "donderdag?\n"
     "\n"
     "Groet,\n"
     "Linda"),
    ("Feedback klant",
     "Beste Ahmed,\n"
     "\n"
     "De klant heeft positief gereageerd en wil je graag uitnodigen voor een tweede gesprek.\n"
     "\n"
     "Ruben"),
    ("Je sollicitatie",
     "Hallo Noah,\n"
     "\n"
     "Koopman BV heeft je sollicitatie bekeken en wil graag verder met je. Je wordt binnenkort "
     "gebeld.\n"
     "\n"
     "Werkplein.example"),
    ("Stand van zaken",
     "Beste Iris,\n"
     "\n"
     "We zitten nog midden in de selectie. We gaan niet verder met de gesprekken tot na de "
     "vakantie, maar je bent nog in de race.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("kandidatuur",
     "Dag Hanne,\n"
     "\n"
     "Ge zijt geselecteerd voor de volgende ronde! We verwachten u op maandag.\n"
     "\n"
     "Groeten,\n"
     "Katrien"),
    ("Vacature",
     "Beste Peter,\n"
     "\n"
     "De vacature is verlengd tot eind van de maand. Je sollicitatie blijft in behandeling.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("sollicitatie",
     "Hoi Jan,\n"
     "\n"
     "We hebben je sollicitatie doorgestuurd naar de afdelingsmanager. Je hoort snel van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("contract",
     "Dag Femke,\n"
     "\n"
     "We hebben beslist om je contract te verlengen met een jaar! Proficiat.\n"
     "\n"
     "Groeten,\n"
     "HR"),
    ("Feedback gevraagd",
     "Beste Lisa,\n"
     "\n"
     "Je vroeg om feedback op je afwijzing van vorige maand. Hieronder mijn punten: meer "
     "voorbeelden in je brief, en kortere zinnen.\n"
     "\n"
     "Groet,\n"
     "Marit"),
    ("sollicitatie collega",
     "Hoi Erik,\n"
     "\n"
     "Mijn collega Tom solliciteerde ook bij jullie maar hij is afgewezen. Is er misschien nog "
     "een andere plek voor hem?\n"
     "\n"
     "Groet,\n"
     "Kees"),
    ("Jammer",
     "Hoi Sanne,\n"
     "\n"
     "Jammer dat je niet kon komen op de borrel. We hebben beslist om hem te verplaatsen naar "
     "volgende week.\n"
     "\n"
     "Groet,\n"
     "Team"),
    ("Afmelding gesprek",
     "Beste Hanneke,\n"
     "\n"
     "Helaas moet ik ons gesprek van morgen afzeggen, ik ben ziek. Kunnen we een nieuwe datum "
     "prikken?\n"
     "\n"
     "Groet,\n"
     "Eline"),
    ("Re: Afmelding gesprek",
     "Beste Eline,\n"
     "\n"
     "Geen probleem, beterschap! Het gesprek wordt verzet naar volgende week dinsdag.\n"
     "\n"
     "Groet,\n"
     "Hanneke"),
    ("Offerte vertaling",
     "Beste vertaler,\n"
     "\n"
     "Wij hebben besloten niet in te gaan op uw offerte voor de vertaling van onze website.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Marketing"),
    ("Stageaanvraag school",
     "Beste docent,\n"
     "\n"
     "Helaas kunnen wij dit jaar geen stagiairs van jullie school plaatsen. Voor de studenten is"
     " dat jammer.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Je vraag",
     "Hoi Bram,\n"
     "\n"
     "Je verzoek om thuis te werken op vrijdag is helaas niet goedgekeurd door je "
     "leidinggevende.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Verlofaanvraag",
     "Beste Kees,\n"
     "\n"
     "Uw verlofaanvraag voor week 32 is afgewezen wegens onderbezetting.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Personeelszaken"),
    ("Functioneringsgesprek",
     "Beste Mats,\n"
     "\n"
     "Je aanvraag voor promotie naar senior wordt dit jaar niet toegekend. Laten we het in het "
     "functioneringsgesprek bespreken.\n"
     "\n"
     "Groet,\n"
     "Manager"),
    ("Kandidatuur gemeenteraad",
     "Beste partijgenoot,\n"
     "\n"
     "Het bestuur heeft beslist om u niet op de kandidatenlijst voor de gemeenteraad te "
     "plaatsen.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Partijbestuur"),
    ("Auditie",
     "Hoi Lynn,\n"
     "\n"
     "Je bent helaas niet door naar de volgende auditieronde van het koor.\n"
     "\n"
     "Groetjes,\n"
     "Dirigent"),
    ("Re: mijn sollicitatie",
     "Beste Wim,\n"
     "\n"
     "Ik trek mijn kandidatuur in, ik heb gekozen voor een job dichter bij huis. Bedankt voor de"
     " kans.\n"
     "\n"
     "Groeten,\n"
     "Jana"),
    ("Re: Re: mijn sollicitatie",
     "Dag Jana,\n"
     "\n"
     "Begrepen, we zetten uw kandidatuur op non-actief en gaan er niet verder mee. Veel succes!\n"
     "\n"
     "Wim"),
    ("Sollicitant afgewezen",
     "Hoi Marloes,\n"
     "\n"
     "Ter info: de sollicitatie van Dennis is afgewezen, hij krijgt vandaag bericht van ons.\n"
     "\n"
     "Groet,\n"
     "Laura"),
    ("Re: sollicitatie",
     "Beste Esther,\n"
     "\n"
     "Bedankt voor het gesprek, maar ik heb besloten om niet verder te gaan met mijn "
     "sollicitatie. Ik blijf bij mijn huidige werkgever.\n"
     "\n"
     "Groet,\n"
     "Rick"),
    ("Re: Re: sollicitatie",
     "Hoi Rick,\n"
     "\n"
     "Jammer, maar begrijpelijk. Dan gaan we niet verder met jouw sollicitatie. Succes bij je "
     "huidige werkgever!\n"
     "\n"
     "Esther"),
    ("Sollicitatie van je zoon",
     "Beste mevrouw De Boer,\n"
     "\n"
     "Uw zoon heeft gesolliciteerd bij ons. We hebben besloten om hem uit te nodigen voor een "
     "gesprek.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Cursus",
     "Beste cursist,\n"
     "\n"
     "De cursus Excel gevorderd gaat helaas niet door wegens te weinig inschrijvingen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Opleidingscentrum"),
    ("Huurwoning",
     "Beste heer Mulder,\n"
     "\n"
     "Er is gekozen voor een andere kandidaat-huurder voor de woning aan de Dorpsstraat.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Woningcorporatie"),
    ("Pitch",
     "Beste oprichter,\n"
     "\n"
     "Wij investeren niet in uw startup. Het past niet in onze portefeuille.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Fonds Zuid"),
]

# The "niet verder met je sollicitatie" class: the reader withdrew or declined and the employer confirms, the reader's
# candidate or vacancy, another post offered, a document missing, an earlier decision explained, a contract or an
# assignment ended, a decision about a flat, a course or a quote.
NON_REJECTIONS_NOT_GOING_ON = [
    # withdrawal confirmations
    ("Re: terugtrekking",
     "Beste Sanne,\n"
     "\n"
     "Naar aanleiding van je telefoontje van vanochtend gaan we niet verder met je sollicitatie."
     " Gefeliciteerd met je nieuwe baan!\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Re: sollicitatie intrekken",
     "Beste Bas,\n"
     "\n"
     "Zoals je vroeg, gaan we niet verder met jouw sollicitatie voor de functie van "
     "Accountmanager. We respecteren je keuze.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Hanneke"),
    ("Re: kandidatuur",
     "Dag Lien,\n"
     "\n"
     "Spijtig dat ge afhaakt, maar we begrijpen het. We gaan dan niet verder met uw kandidatuur."
     " Veel succes in uw nieuwe job!\n"
     "\n"
     "Groetjes,\n"
     "Karen"),
    ("Bevestiging",
     "Beste mevrouw Kok,\n"
     "\n"
     "Hierbij bevestigen wij dat uw kandidatuur op uw verzoek is ingetrokken. Wij zullen uw "
     "sollicitatie niet verder in behandeling nemen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "P&O"),
    ("Re: mijn sollicitatie",
     "Hoi Milan,\n"
     "\n"
     "Helemaal goed. Je hebt een andere baan gevonden, dus we gaan niet verder met je "
     "sollicitatie. Wie weet later nog eens!\n"
     "\n"
     "Groet,\n"
     "Linda"),
    ("Re: afzeggen tweede gesprek",
     "Beste Dirk,\n"
     "\n"
     "Dank voor je eerlijke bericht. Omdat je liever bij je huidige werkgever blijft, zetten we "
     "de procedure niet voort.\n"
     "\n"
     "Groet,\n"
     "Aart"),
    ("Re: Re: vacature",
     "Beste Nina,\n"
     "\n"
     "Je gaf aan dat de reisafstand te groot is. Begrijpelijk! We stoppen dan je sollicitatie.\n"
     "\n"
     "Groet,\n"
     "Kantoor Verhoeven"),
    ("Re: afmelding",
     "Hoi Jesse,\n"
     "\n"
     "Bedankt voor het laten weten. We halen je uit de procedure en gaan niet verder met je "
     "sollicitatie. Succes bij je nieuwe werkgever.\n"
     "\n"
     "Sjoerd"),
    # reader declines offer
    ("Re: contractvoorstel",
     "Beste Koen,\n"
     "\n"
     "Jammer dat je het contractvoorstel niet aanneemt. We gaan dus niet verder met je "
     "sollicitatie, maar houden contact.\n"
     "\n"
     "Groet,\n"
     "Vos Installatietechniek"),
    # decision about reader's candidate (reader is an agency)
    ("Re: kandidaat voorstel",
     "Hoi Linda,\n"
     "\n"
     "Bedankt voor het cv. We gaan niet verder met je kandidaat, hij heeft te weinig ervaring "
     "met SAP.\n"
     "\n"
     "Groet,\n"
     "Peter (Bakker Logistiek)"),
    ("Re: voorgestelde kandidaten",
     "Beste Ruben,\n"
     "\n"
     "Van de drie kandidaten die je voorstelde gaan we niet verder met jouw tweede kandidaat. De"
     " andere twee nodigen we uit.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: je zoon",
     "Beste mevrouw Jansen,\n"
     "\n"
     "Helaas gaan we niet verder met de sollicitatie van uw zoon. Hij mag het volgend jaar "
     "opnieuw proberen.\n"
     "\n"
     "Groet,\n"
     "Garage Hendriks"),
    # reader is hiring manager / internal
    ("Vacature Junior Developer",
     "Hoi Mark,\n"
     "\n"
     "Na overleg met de directie gaan we niet verder met jouw vacature voor een junior "
     "developer. Het budget is geschrapt.\n"
     "\n"
     "Groet,\n"
     "HR Business Partner"),
    ("Sollicitanten week 12",
     "Hoi Tom,\n"
     "\n"
     "Met de sollicitant uit Utrecht gaan we niet verder, zijn salariswens is te hoog. Met de "
     "andere plannen we een gesprek.\n"
     "\n"
     "Groet,\n"
     "Linda"),
    # process continues / redirect
    ("Andere functie",
     "Beste Lars,\n"
     "\n"
     "We gaan niet verder met je sollicitatie voor Teamleider, maar we willen je graag "
     "uitnodigen voor een gesprek over de functie Coördinator.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Update vacature",
     "Beste Sarah,\n"
     "\n"
     "We hebben besloten niet verder te gaan met de vacature zoals die nu is, maar we passen hem"
     " aan. Je sollicitatie blijft in behandeling.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Goed nieuws",
     "Beste Iris,\n"
     "\n"
     "Eerder lieten we je weten dat we niet verder gingen met je sollicitatie. Inmiddels is er "
     "een nieuwe plek vrijgekomen en willen we je alsnog uitnodigen.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Feedback op je sollicitatie",
     "Beste Youssef,\n"
     "\n"
     "Je vroeg waarom we vorige maand niet verder zijn gegaan met je sollicitatie. Hieronder "
     "lees je onze feedback.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Talent Acquisition"),
    # vacancy changed, the reader asked if still interested
    ("Wijziging functie",
     "Hoi Noor,\n"
     "\n"
     "De vacature verandert van fulltime naar parttime. Wil je nog verder met je sollicitatie? "
     "Laat het ons weten.\n"
     "\n"
     "Groet,\n"
     "Marja"),
    ("Vervolg",
     "Beste Anouk,\n"
     "\n"
     "We gaan graag verder met je sollicitatie en hebben nog een paar vragen over je "
     "beschikbaarheid.\n"
     "\n"
     "Groet,\n"
     "Esther"),
    ("Ontbrekende documenten",
     "Beste Lisa,\n"
     "\n"
     "Zonder kopie van je diploma kunnen we niet verder met je sollicitatie. Stuur je die nog "
     "even op?\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Ontbrekend cv",
     "Beste Emma,\n"
     "\n"
     "We kunnen niet verder met je sollicitatie omdat je cv ontbreekt. Stuur het ons voor "
     "vrijdag toe.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    # someone else, the reader as referrer
    ("Je referral",
     "Hoi Kees,\n"
     "\n"
     "Dank voor je tip! We gaan helaas niet verder met de kandidaat die je aandroeg, maar houd "
     "ons vooral op de hoogte.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    # reader declines, in first person, to the company
    ("Mijn sollicitatie",
     "Beste heer Willems,\n"
     "\n"
     "Na lang nadenken ga ik niet verder met mijn sollicitatie. Ik heb een aanbod elders "
     "aangenomen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Jan Bos"),
    ("Re: positief nieuws!",
     "Dag Femke,\n"
     "\n"
     "Ik heb goed nieuws: we hebben beslist om met jou verder te gaan! Kan je maandag tekenen?\n"
     "\n"
     "Groetjes,\n"
     "Tom"),
    ("Re: kandidatuur",
     "Dag Arne,\n"
     "\n"
     "We hebben beslist om niet met de andere kandidaten verder te gaan, maar met u. Proficiat!\n"
     "\n"
     "Groeten,\n"
     "Personeelsdienst"),
    ("Re: gesprek",
     "Beste Robin,\n"
     "\n"
     "Het tweede gesprek gaat niet door met Jeroen, maar met Esther. Verder blijft alles "
     "hetzelfde.\n"
     "\n"
     "Groet,\n"
     "Secretariaat"),
    ("Re: overdracht",
     "Hoi Kim,\n"
     "\n"
     "Ik ga met verlof; je gaat met iemand anders verder in de procedure. Mijn collega Pieter "
     "neemt contact op.\n"
     "\n"
     "Groet,\n"
     "Sanne"),
    ("Stand van zaken",
     "Beste Fleur,\n"
     "\n"
     "We gaan nog niet verder met de sollicitaties tot de nieuwe manager start. Daarna hoor je "
     "van ons.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: mijn kandidatuur",
     "Dag Veerle,\n"
     "\n"
     "Ik laat u weten dat ik mijn kandidatuur wil stopzetten. Ik heb intussen een andere job "
     "aanvaard.\n"
     "\n"
     "Groeten,\n"
     "Bert"),
    ("Re: Re: mijn kandidatuur",
     "Dag Bert,\n"
     "\n"
     "Dank u om het te laten weten. We stoppen uw kandidatuur dan en wensen u veel succes in uw "
     "nieuwe job.\n"
     "\n"
     "Groetjes,\n"
     "Veerle"),
    ("Re: afzeggen",
     "Beste Tara,\n"
     "\n"
     "Fijn dat je het eerlijk laat weten. We zetten je sollicitatie stop, zoals je wenste.\n"
     "\n"
     "Groet,\n"
     "Team HR"),
    ("Re: aanbod",
     "Hoi Leon,\n"
     "\n"
     "Wat jammer dat je het aanbod niet aanneemt! We sluiten je sollicitatie af. Heel veel "
     "succes bij je huidige werkgever, en wie weet tot later.\n"
     "\n"
     "Chris"),
    ("Re: vacature",
     "Hoi Joris,\n"
     "\n"
     "Geef maar door aan Tom dat we niet verder gaan met hem. Ik bel hem zelf niet.\n"
     "\n"
     "Groet,\n"
     "Yvonne"),
    ("Kandidaat Peeters",
     "Hey Saskia,\n"
     "\n"
     "We gaan niet verder met jullie kandidaat Peeters. Heb je nog andere profielen?\n"
     "\n"
     "Groeten,\n"
     "Kevin"),
    ("Kandidatenoverzicht",
     "Hoi Wouter,\n"
     "\n"
     "Ter info: we gaan niet verder met de kandidaat die je maandag sprak. Kun jij haar de "
     "afwijzing sturen?\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Jouw vacature",
     "Hoi Marloes,\n"
     "\n"
     "De vacature voor jouw team gaat niet door: er is geen budget meer. Ik heb de sollicitanten"
     " al bericht.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Vervolg",
     "Beste Sam,\n"
     "\n"
     "We gaan verder met je sollicitatie! Je bent uitgenodigd voor de tweede ronde op 4 juni.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Gesprek",
     "Beste Ilse,\n"
     "\n"
     "We hebben besloten om met jou en nog één andere kandidaat verder te gaan naar de laatste "
     "ronde.\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Uitnodiging",
     "Hoi Sven,\n"
     "\n"
     "Je bent niet afgewezen, hoor! We hebben alleen nog even tijd nodig. Je hoort eind van de "
     "week van ons.\n"
     "\n"
     "Groet,\n"
     "Linda"),
    ("Offerte schilderwerk",
     "Beste schilder,\n"
     "\n"
     "Bedankt voor uw offerte. We hebben besloten met iemand anders verder te gaan voor het "
     "schilderwerk.\n"
     "\n"
     "Groet,\n"
     "Familie Mertens"),
    ("Stage school",
     "Beste student,\n"
     "\n"
     "We hebben beslist om je niet toe te laten tot de opleiding verpleegkunde.\n"
     "\n"
     "Met vriendelijke groeten,\n"
     "Hogeschool"),
    ("Appartement",
     "Dag Jens,\n"
     "\n"
     "Voor het appartement hebben we beslist om met iemand anders verder te gaan. Bedankt voor "
     "je interesse.\n"
     "\n"
     "Groeten,\n"
     "Immo Zuid"),
    ("Nieuwsbrief",
     "Beste lezer,\n"
     "\n"
     "Deze week: wat doe je als een werkgever besluit niet verder te gaan met je sollicitatie? "
     "Onze coach geeft tips.\n"
     "\n"
     "Team Loopbaan"),
    ("Je account",
     "Hallo,\n"
     "\n"
     "Je hebt je account verwijderd. We gaan niet verder met je sollicitaties via ons platform "
     "en wissen je gegevens.\n"
     "\n"
     "Werkplein.example"),
    ("Re: collega",
     "Hoi Mark,\n"
     "\n"
     "Jammer van je collega, maar we gaan niet verder met hem. Jij bent overigens nog wel in "
     "beeld voor de andere rol!\n"
     "\n"
     "Groet,\n"
     "Peter"),
    ("Bevestiging",
     "Beste Lotte,\n"
     "\n"
     "Je hebt aangegeven dat je niet meer beschikbaar bent. We sluiten daarom je sollicitatie "
     "af. Bedankt voor je interesse.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Re: later starten",
     "Beste Nick,\n"
     "\n"
     "Omdat je pas in september kunt starten, zetten we je sollicitatie even on hold. We nemen "
     "in augustus contact op.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Je contract",
     "Beste Mats,\n"
     "\n"
     "Helaas hebben we besloten je tijdelijke contract niet te verlengen. Je laatste werkdag is "
     "31 maart.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Proeftijd",
     "Beste Eva,\n"
     "\n"
     "We hebben besloten de samenwerking na de proeftijd niet voort te zetten. Je ontvangt de "
     "eindafrekening per post.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Afdeling HR"),
    ("Opdracht",
     "Hoi Dirk,\n"
     "\n"
     "We gaan na 1 april niet verder met jou als interim-projectleider; het project is afgerond."
     " Dank voor je inzet!\n"
     "\n"
     "Groet,\n"
     "Marieke"),
    ("Samenwerking wervingsbureau",
     "Beste Ruben,\n"
     "\n"
     "Na evaluatie gaan we niet verder met jullie bureau voor onze vacatures. De kandidaten "
     "sloten te weinig aan.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR Bakker Logistiek"),
    ("Re: voorstel kandidaat",
     "Beste Linda,\n"
     "\n"
     "We hebben besloten niet verder te gaan met de kandidaat die u voorstelde voor de functie "
     "van boekhouder.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "HR"),
    ("Sollicitatie ingetrokken",
     "Beste recruiter,\n"
     "\n"
     "Kandidaat Jan de Vries heeft zijn sollicitatie voor de vacature Magazijnmedewerker "
     "ingetrokken. Je hoeft niets te doen.\n"
     "\n"
     "Werkplein voor Werkgevers"),
    ("Jobbeurs",
     "Beste Femke,\n"
     "\n"
     "De jobbeurs is volzet. We kunnen je inschrijving niet verder behandelen, maar je staat op "
     "de wachtlijst.\n"
     "\n"
     "Groeten,\n"
     "Organisatie Jobdag"),
    ("Re: salaris",
     "Beste Youssef,\n"
     "\n"
     "We kunnen helaas niet verder gaan dan het salaris dat we je boden. Het aanbod blijft staan"
     " tot vrijdag.\n"
     "\n"
     "Groet,\n"
     "Talent Acquisition"),
    ("Interne vacature",
     "Hoi team,\n"
     "\n"
     "We gaan niet verder met de interne vacature voor teamleider; de functie wordt opgenomen in"
     " de nieuwe structuur.\n"
     "\n"
     "Groet,\n"
     "Management"),
    ("Referentie",
     "Beste Jeroen,\n"
     "\n"
     "Bedankt voor de referentie over Sanne. We gaan verder met haar in de procedure, niet "
     "verder met de andere kandidaat.\n"
     "\n"
     "Groet,\n"
     "HR"),
    ("Stagebegeleiding",
     "Beste mentor,\n"
     "\n"
     "We gaan niet verder met de stage van Tom bij jullie; hij heeft een andere stageplek "
     "gekozen.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Stagebureau Hogeschool"),
    ("Sollicitatietraining",
     "Hoi Lisa,\n"
     "\n"
     "De sollicitatietraining van donderdag gaat niet door, we plannen hem opnieuw. Je "
     "aanmelding blijft staan.\n"
     "\n"
     "Groet,\n"
     "UWV Werkplein"),
    ("Heropend",
     "Beste Kim,\n"
     "\n"
     "Eerder hebben we laten weten dat we niet verder gingen met je sollicitatie. De vacature is"
     " heropend: wil je alsnog op gesprek komen?\n"
     "\n"
     "Groet,\n"
     "Recruitment"),
    ("Re: Uitnodiging",
     "Beste Esther,\n"
     "\n"
     "Dank voor de uitnodiging, maar ik ga niet verder met de procedure. Ik heb elders getekend.\n"
     "\n"
     "Groet,\n"
     "Bas"),
    ("Re: Re: Uitnodiging",
     "Beste Bas,\n"
     "\n"
     "Dank voor je bericht. Jammer dat je niet verder gaat met de procedure, maar gefeliciteerd "
     "met je nieuwe werkgever!\n"
     "\n"
     "Groet,\n"
     "Esther"),
    ("Vacature magazijn",
     "Hoi Peter,\n"
     "\n"
     "De kandidaat van vanochtend past niet bij het team. We gaan niet verder met hem; kun jij "
     "de volgende inplannen?\n"
     "\n"
     "Groet,\n"
     "Teamleider"),
    ("Uitkering",
     "Beste heer Smit,\n"
     "\n"
     "Omdat u een baan heeft gevonden, gaan wij niet verder met uw WW-uitkering per 1 mei.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "UWV"),
    ("Werkervaringsplek",
     "Beste mevrouw Kok,\n"
     "\n"
     "U hebt aangegeven dat u niet verder wilt met de werkervaringsplek. We sluiten uw traject "
     "daarom af.\n"
     "\n"
     "Met vriendelijke groet,\n"
     "Gemeente, afdeling Werk"),
]


# One sentence each, inside a short Flemish note about the reader's candidacy (see ``note``): the Flemish and
# informal ways of saying "another person", "not retained", "you are out" ...
SENTENCE_REJECTIONS = [
    "We zijn voor een ander profiel gegaan.",
    "Ge zijt niet weerhouden.",
    "Jammer genoeg hebben we beslist om niet met u verder te gaan.",
    "We hebben beslist om iemand anders aan te nemen.",
    "We hebben ons oog laten vallen op iemand anders.",
    "We hebben iemand gevonden die beter in het team past.",
    "Uw kandidatuur wordt niet weerhouden.",
    "We gaan u niet uitnodigen voor een gesprek.",
    "We zijn niet verder gegaan met uw kandidatuur.",
    "We gaan niet in op uw kandidatuur.",
    "Het is een andere kandidaat geworden.",
    "We hebben uiteindelijk een ander gekozen.",
    "De job is naar iemand anders gegaan.",
    "We hebben de job aan iemand anders gegeven.",
    "We nemen iemand met meer ervaring.",
    "We gaan de vacature niet invullen.",
    "Ge past niet helemaal in het plaatje.",
    "Spijtig genoeg zijt ge niet geselecteerd.",
    "We kunnen u jammer genoeg niet verder helpen voor deze job.",
    "We hebben iemand anders in dienst genomen.",
    "De vacature is ondertussen ingevuld.",
    "Helaas is de keuze op iemand anders gevallen.",
    "We gaan met een andere kandidaat verder.",
    "We hebben beslist om verder te gaan met iemand anders.",
    "We hebben ervoor gekozen om met iemand anders door te gaan.",
    "We hebben een andere kandidaat aangeworven.",
    "Je bent niet meer in de running.",
    "Je valt helaas uit de boot.",
    "We hebben een geschiktere kandidaat gevonden.",
    "Jammer genoeg hebben we voor iemand anders gekozen.",
    "Je kandidatuur is niet weerhouden, we hebben voor iemand met ervaring gekozen.",
    "Het spijt me, maar het wordt iemand anders.",
    "We hebben een andere keuze gemaakt.",
    "Het is iemand anders geworden.",
    "We kiezen voor een andere kandidaat.",
    "We hebben iemand anders kunnen vinden.",
    "Onze voorkeur gaat uit naar een andere kandidaat.",
    "Uw kandidatuur past niet in wat we zoeken.",
    "We zijn al voorzien van iemand.",
    "We hebben de job ondertussen aan een andere kandidaat toegekend.",
    "Jammer genoeg is er geen plaats voor u.",
    "We hebben beslist om met een ander verder te gaan.",
    "We gaan het met iemand anders proberen.",
    "We hebben besloten om in zee te gaan met iemand anders.",
    "We hebben iemand anders aangesproken.",
    "We hebben uw kandidatuur naast ons neergelegd.",
    "Het zal niet voor deze keer zijn.",
    "We hebben iemand gekozen die dichter bij de winkel woont.",
    "Uiteindelijk hebben we na lang wikken en wegen beslist om met iemand anders verder te gaan.",
    "We hebben beslist om verder te gaan met iemand anders.",
    "We hebben beslist om voort te gaan met iemand anders.",
    "We gaan voort met een andere kandidaat.",
    "Jammer genoeg hebben we beslist om met een andere kandidaat verder te gaan.",
    "We hebben beslist om met een ander profiel verder te gaan.",
    "We zijn verder gegaan met iemand anders.",
    "We gaan verder met iemand anders.",
    "We hebben ervoor gekozen om met iemand anders in zee te gaan.",
    "We hebben beslist om de job aan iemand anders te geven.",
    "Na de tweede ronde hebben we beslist om met iemand anders door te gaan.",
    "We hebben beslist om met iemand anders verder te gaan, jammer genoeg.",
    "Jammer genoeg, we hebben beslist om met iemand anders verder te gaan.",
    "We hebben na rijp beraad en veel twijfel uiteindelijk toch beslist om met iemand anders verder te gaan.",
    "We hebben beslist dat we met iemand anders verder gaan.",
    "We hebben beslist om iemand anders te nemen.",
    "We gaan met iemand anders verder voor deze job.",
    "Het team heeft beslist om met iemand anders verder te gaan.",
    "Het is beslist: we gaan met iemand anders verder.",
    "We hebben besloten om verder te gaan met een kandidaat die meer ervaring heeft.",
    "We zijn met een andere kandidaat verder gegaan.",
    "We hebben gekozen om met een andere persoon verder te gaan.",
    "We hebben beslist uw kandidatuur niet te weerhouden.",
    "We hebben uw kandidatuur niet weerhouden.",
    "Uw kandidatuur is niet weerhouden voor de volgende fase.",
    "We hebben beslist om u niet te weerhouden.",
    "Gij zijt niet weerhouden, jammer genoeg.",
    "Jammer genoeg zijt ge niet weerhouden.",
    "Ge zijt er jammer genoeg niet bij.",
    "We gaan niet verder met uw kandidatuur.",
    "We hebben beslist om uw kandidatuur niet verder te zetten.",
    "We hebben beslist om niet verder te gaan met u.",
    "We zetten uw kandidatuur niet verder.",
    "Helaas ga ik niet verder met jouw sollicitatie.",
    "Ik heb besloten om niet verder te gaan met je sollicitatie.",
    "Ik kies voor iemand anders.",
    "Ik heb iemand anders aangenomen.",
    "Ik ga voor een andere kandidaat.",
    "We hebben uw kandidatuur niet kunnen weerhouden.",
    "Na rijp beraad hebben we een andere kandidaat weerhouden.",
    "Er werd een andere kandidaat aangeworven.",
    "We zijn overgegaan tot de aanwerving van een andere kandidaat.",
    "We gaan u niet verder opnemen in de selectie.",
    "We moeten u jammer genoeg teleurstellen.",
    "We zijn genoodzaakt u af te wijzen.",
    "Helaas werd er voor een andere kandidaat gekozen.",
    "Ge hebt het net niet gehaald.",
    "Je eindigde als tweede, maar we kiezen voor de andere kandidaat.",
    "We hebben iemand met meer ervaring gekozen.",
    "Jammer genoeg is de job al ingevuld.",
    "Uw kandidatuur werd niet behouden.",
    "Er is beslist om niet verder te gaan met uw kandidatuur.",
    "We hebben een andere kandidaat geselecteerd voor de job.",
    "Uw sollicitatie wordt niet weerhouden.",
    "Wij hebben gekozen voor een kandidaat met een diploma verkoop.",
    "We hebben beslist de job niet aan u te geven.",
    "Ik heb jammer genoeg geen goed nieuws: we kiezen voor iemand anders.",
    "Ge zijt niet de persoon die we zoeken.",
    "We hebben al iemand gevonden, sorry.",
    "We nemen iemand anders aan.",
    "De job is ondertussen vergeven.",
    "We gaan er niet op in.",
    "Ik heb er lang over nagedacht, maar ik ga een andere kant op.",
    "Ik heb besloten om iemand anders de baan te geven.",
    "Ik kan je helaas geen baan aanbieden.",
    "Ik heb voor een andere kandidaat gekozen.",
    "Ik moet je helaas teleurstellen.",
    "Ik bel je liever, maar het wordt helaas niks.",
    "Ik heb je niet gekozen.",
    "Jammer genoeg heb ik iemand anders gevonden.",
    "Ik ben met iemand anders in zee gegaan.",
    "Ik denk niet dat het een match is.",
    "Ik zie je niet in deze rol.",
    "Mijn keuze is op een ander gevallen.",
    "Ik neem iemand aan met meer ervaring.",
    "Ik heb de plek aan een oud-collega gegeven.",
    "Ik heb iemand aangenomen die al in de buurt woont.",
    "Ik ga niet verder met je sollicitatie, sorry.",
    "Het spijt me, maar ik heb voor iemand anders gekozen.",
    "Ik heb besloten de vacature zelf niet in te vullen.",
    "We hebben beslist om verder te gaan met iemand met meer ervaring.",
    "We hebben beslist om verder te gaan met een kandidaat die al in de sector werkt.",
    "We hebben beslist om te kiezen voor iemand die al ervaring heeft.",
    "We hebben beslist om met een ander profiel verder te gaan.",
    "We hebben beslist voor een andere kandidaat te gaan.",
    "We hebben beslist om verder te gaan met een ander profiel.",
    "We hebben beslist om een andere kandidaat aan te werven.",
    "We hebben beslist om iemand met meer ervaring aan te nemen.",
    "We hebben beslist om de job aan een andere kandidaat te geven.",
    "Er werd beslist om met een andere kandidaat verder te gaan.",
    "We hebben beslist om voor een interne kandidaat te gaan.",
    "We hebben beslist om niet met u verder te gaan.",
    "We hebben beslist om uw kandidatuur niet verder te zetten.",
    "We hebben beslist om met iemand met meer ervaring verder te gaan.",
    "We hebben beslist om met iemand die meer ervaring heeft verder te gaan.",
    "We hebben beslist om iemand anders te kiezen.",
    "We hebben beslist om met een andere persoon in zee te gaan.",
    "We hebben besloten om met je niet verder te gaan.",
    "We hebben besloten om met jouw sollicitatie niet verder te gaan.",
]


# ...and, in the same note, the same words about a handover, a third person the reader is to tell, the reader's own
# step, the reader's client or agency, a pause, or good news.
SENTENCE_LOOK_ALIKES = [
    "Vanaf maandag is jullie team voorzien van een nieuwe collega.",
    "Onze helpdesk kan u niet verder helpen bij deze vraag.",
    "We zijn voorzien van koffie en broodjes tijdens het gesprek.",
    "Het zal niet voor deze keer zijn dat we elkaar zien, maar volgende week wel!",
    "Ben je niet meer in de running?",
    "We gaan de vacature niet invullen voordat we jou gesproken hebben.",
    "We hebben beslist om met jou verder te gaan, niet met iemand anders.",
    "We gaan niet in op uw vraag over het salaris, dat bespreken we in het gesprek.",
    "We hebben al een nieuwe afspraak voor je ingepland.",
    "Je bent nog volop in de running!",
    "De vacature gaat niet weg, je hebt tot vrijdag om te reageren.",
    "We hebben beslist om niet met een ander verder te gaan: jij bent het geworden!",
    "Je collega valt uit de boot, maar jij bent door naar de volgende ronde.",
    "Je tweede gesprek is met iemand anders: we gaan verder met iemand anders van het team omdat ik op va"
    "kantie ben.",
    "We hebben beslist om niet met iemand anders verder te gaan, maar met jou!",
    "Ik geef het dossier aan iemand anders door, mijn collega neemt contact op.",
    "Zijn ervaring ligt te ver af van wat we zoeken, ik bel hem morgen.",
    "Haar profiel strookt niet met de functie; wil jij haar bellen?",
    "Hij is het niet geworden, we gaan met iemand anders verder. Laat jij hem het weten?",
    "Voor Jasper is er helaas geen plek; kun jij hem informeren?",
    "Ze heeft de selectieproef niet gehaald. Wil jij haar dat laten weten?",
    "We hebben besloten om met iemand anders verder te gaan dan Pieter. Kun jij hem bellen?",
    "Je hebt ons laten weten dat je niet verder gaat met de procedure. Dan sluiten we je sollicitatie af.",
    "Je liet weten dat je niet verder wilt, dus we gaan niet verder met je sollicitatie.",
    "We gaan niet verder met je cliënt, meneer De Boer; zijn rijbewijs ontbreekt.",
    "We gaan niet verder met jouw sollicitant, ze heeft te weinig ervaring.",
    "We gaan niet verder met je leerling voor de stageplek, hij past niet in het team.",
    "Hierbij laat ik weten dat ik niet verder ga in de procedure, ik heb een andere baan.",
    "Ik ga niet verder met de sollicitatieprocedure, want ik blijf bij mijn werkgever.",
    "We hebben besloten niet verder te gaan met de werving via jullie bureau.",
    "Je gaf aan dat je niet verder wilt met de procedure. We respecteren dat.",
    "We gaan u niet opnemen in de selectie zolang uw diploma ontbreekt, stuur het ons dus nog even toe.",
    "Wij zijn genoodzaakt uw aanvraag voor een parkeerplaats af te wijzen.",
    "Ge zijt niet de enige kandidaat die we uitnodigen, maar we zien u graag op dinsdag.",
    "Je bent aangenomen! We gaan dus niet verder met de andere kandidaten.",
    "We gaan niet verder met je sollicitatie voor de functie van kassier, omdat je al bent aangenomen als"
    " teamleider.",
    "Bedankt voor je reactie op ons eerdere bericht. Ik begrijp dat het jammer is dat we niet verder gaan"
    " met je sollicitatie; hieronder wat feedback.",
    "Dank voor je vraag over ons besluit van vorige week om niet verder te gaan met je sollicitatie. Graa"
    "g licht ik het toe.",
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS + REJECTIONS_LATER, ids=ids(REJECTIONS + REJECTIONS_LATER))
def test_sweep_nl_rejection_found(subject: str, body: str) -> None:
    assert found(mail(body, subject, SENDER))


@pytest.mark.parametrize(("subject", "body"), NON_REJECTIONS + NON_REJECTIONS_NOT_GOING_ON,
                         ids=ids(NON_REJECTIONS + NON_REJECTIONS_NOT_GOING_ON))
def test_sweep_nl_look_alike_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))


def note(sentence: str) -> bytes:
    body = f"Dag Jana,\n\nBedankt voor je kandidatuur voor de job van verkoopster.\n{sentence}\n\nGroetjes,\nAn"
    return mail(body, "je kandidatuur", "An Peeters <an@winkel.example>")


@pytest.mark.parametrize("sentence", SENTENCE_REJECTIONS)
def test_sweep_nl_sentence_rejection_found(sentence: str) -> None:
    assert found(note(sentence))


@pytest.mark.parametrize("sentence", SENTENCE_LOOK_ALIKES)
def test_sweep_nl_sentence_look_alike_is_no_rejection(sentence: str) -> None:
    assert not found(note(sentence))
