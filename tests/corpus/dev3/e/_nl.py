"""Dutch messages for dev3/e."""
LANG = "nl"

SANNE = ("Sanne de Groot", "sanne.degroot@ziggo.example")
BRAM = ("Bram Verhoeven", "bram.verhoeven@kpnmail.example")
FATIMA = ("Fatima El Amrani", "f.elamrani@outlook.example")


def M(kind, rej, frm, to, subj, body, **kw):
    d = dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body)
    d.update(kw)
    return d


MESSAGES = [
    # ---------------- rejections (14) ----------------
    M("rejection-gemeente", True, ("Gemeente Dijkveld", "werkenbij@dijkveld.example"), SANNE,
      "Uw sollicitatie naar de functie Beleidsmedewerker Wonen (vacaturenummer 2024-031)",
      """Geachte mevrouw De Groot,

Hartelijk dank voor uw sollicitatie naar de functie van beleidsmedewerker Wonen bij de gemeente Dijkveld.

De selectiecommissie heeft alle brieven zorgvuldig gelezen en vergeleken met het functieprofiel. Wij moeten u helaas laten weten dat uw profiel onvoldoende aansluit bij wat wij voor deze functie zoeken. Wij nodigen u daarom niet uit voor een gesprek.

Wij danken u voor uw belangstelling voor onze organisatie en wensen u veel succes bij het vinden van een passende baan.

Met vriendelijke groet,

namens de selectiecommissie,
Henk Brouwer
Teamleider Wonen en Ruimte""",
      company="Gemeente Dijkveld", role="Beleidsmedewerker Wonen",
      contact=("Henk Brouwer", None), fmt="a"),

    M("rejection-continue-others", True, ("Recruitment Tandem Logistics", "recruitment@tandem-logistics.example"), BRAM,
      "Update sollicitatie Supply Chain Analyst",
      """Beste Bram,

Bedankt voor je interesse in de rol van Supply Chain Analyst en voor het eerste gesprek met Mirjam en Koen.

Na een goede afweging hebben we besloten de procedure met andere kandidaten voort te zetten. Zij hebben meer ervaring met voorraadoptimalisatie in een multi-warehouse omgeving, en dat gaf uiteindelijk de doorslag.

We houden je cv graag nog een jaar in ons bestand, tenzij je aangeeft dat je dat niet wilt.

Veel succes met je zoektocht!

Groeten,
Mirjam Smit
Talent Acquisition | Tandem Logistics B.V.""",
      company="Tandem Logistics", role="Supply Chain Analyst",
      contact=("Mirjam Smit", "recruitment@tandem-logistics.example"), qp=True),

    M("rejection-university", True, ("Prof. dr. Willem Ketelaar", "w.ketelaar@uni-maasland.example"), FATIMA,
      "Vacature promovendus Computationele Taalkunde",
      """Beste Fatima,

Dank voor je sollicitatie en voor het gesprek van vorige week. We hebben het zeer gewaardeerd dat je de tijd nam om je onderzoeksvoorstel zo uitgebreid toe te lichten.

De commissie heeft na lang beraad een andere kandidaat de positie aangeboden, en die heeft inmiddels geaccepteerd. Het spijt me je dit te moeten berichten, want het was een sterk veld.

Ik wens je veel succes, en aarzel niet om te reageren op toekomstige vacatures in onze groep.

Hartelijke groet,
Willem Ketelaar
Universiteit Maasland, Faculteit der Letteren""",
      company="Universiteit Maasland", role="Promovendus Computationele Taalkunde",
      contact=("Willem Ketelaar", "w.ketelaar@uni-maasland.example")),

    M("rejection-hospital", True, ("Werving & Selectie Ziekenhuis Rivierenland-Oost", "sollicitaties@zro.example"), SANNE,
      "Uitslag sollicitatie Verpleegkundige IC",
      """Beste mevrouw De Groot,

U heeft gesolliciteerd naar de vacature Verpleegkundige Intensive Care. Daarvoor onze dank.

Helaas hebben wij besloten u niet verder mee te nemen in de selectieprocedure. Voor deze vacature is de afgeronde IC-vervolgopleiding een harde eis, en die kunnen wij in uw cv niet terugvinden.

Bekijk onze overige vacatures op https://werkenbij.zro.example/vacatures; wellicht zit daar iets voor u bij.

Met vriendelijke groet,
Afdeling HR, Ziekenhuis Rivierenland-Oost""",
      company="Ziekenhuis Rivierenland-Oost", role="Verpleegkundige Intensive Care",
      url="https://werkenbij.zro.example/vacatures", fmt="h", cs="iso-8859-1"),

    M("rejection-startup-informal", True, ("Daan | Fietsflits", "daan@fietsflits.example"), BRAM,
      "Even over je sollicitatie",
      """Hoi Bram,

Ik wilde je even laten weten hoe het ervoor staat. We vonden je een erg leuke kandidaat, maar we hebben de knoop doorgehakt en gaan voor iemand die al eerder een growth team heeft opgezet. Dus helaas, dit keer geen match voor de Growth Lead-rol.

Balen, ik weet het. Als je feedback wilt, bel me gerust even.

Groetjes,
Daan
co-founder Fietsflits""",
      company="Fietsflits", role="Growth Lead",
      contact=("Daan", "daan@fietsflits.example")),

    M("rejection-agency-client", True, ("Esther Jansen – Noordkaap Recruitment", "esther@noordkaap-recruitment.example"), FATIMA,
      "Terugkoppeling opdrachtgever – Data Engineer bij Polderwater",
      """Hoi Fatima,

Zoals beloofd de terugkoppeling van mijn opdrachtgever, waterschap Polderwater. Ze waren positief over je technische kennis, maar de hiring manager heeft uiteindelijk gekozen voor een kandidaat met meer ervaring in de publieke sector. Ze gaan in deze procedure dus niet met jou verder.

Ik vind het jammer, want ik dacht echt dat het een goede match was. Ik heb binnenkort een vergelijkbare rol bij een netbeheerder; zal ik je daarvoor voorstellen?

Groet,
Esther Jansen
Noordkaap Recruitment
06-55501234""",
      company="Polderwater", role="Data Engineer",
      contact=("Esther Jansen", "esther@noordkaap-recruitment.example"), fmt="a"),

    M("rejection-platform-status", True, ("WerkRadar", "notificaties@werkradar.example"), SANNE,
      "De status van je sollicitatie bij Groenhuys Hoveniers is gewijzigd",
      """Hallo Sanne,

Er is een update over je sollicitatie.

Functie: Projectcoördinator Groenbeheer
Werkgever: Groenhuys Hoveniers
Status: Niet geselecteerd

De werkgever heeft laten weten dat je dit keer niet door bent naar de volgende ronde. Op WerkRadar staan vandaag 42 nieuwe vacatures die bij je profiel passen.

Team WerkRadar
Meldingen aanpassen: https://www.werkradar.example/instellingen/meldingen""",
      company="Groenhuys Hoveniers", role="Projectcoördinator Groenbeheer", fmt="a", qp=True),

    M("rejection-two-line", True, ("Pieter Zwart", "pieter@zwart-architecten.example"), BRAM,
      "Re: Open sollicitatie",
      """Beste Bram, dank voor je mail, maar we hebben op dit moment geen plek voor een junior tekenaar. Succes!

Pieter

Op 4 mrt. 2024 schreef Bram Verhoeven:
> Beste heer Zwart, graag solliciteer ik open naar een functie als junior tekenaar...""",
      company="Zwart Architecten", role="Junior tekenaar",
      contact=("Pieter Zwart", "pieter@zwart-architecten.example")),

    M("rejection-buried", True, ("HR Servicecentrum Provincie Zuidwaard", "hr-servicecentrum@zuidwaard.example"), FATIMA,
      "Stand van zaken werving Adviseur Mobiliteit",
      """Geachte mevrouw El Amrani,

Allereerst willen wij onze excuses aanbieden voor het lange uitblijven van een reactie. Door een herijking van de formatie binnen het cluster Mobiliteit heeft de procedure langer stilgelegen dan wij hadden voorzien.

De provincie Zuidwaard werkt aan een ambitieuze opgave op het gebied van bereikbaarheid en duurzaam vervoer. Wij zoeken daarvoor collega's die zowel beleidsmatig als in de uitvoering sterk zijn, en de belangstelling voor deze vacature was overweldigend: er reageerden ruim 180 mensen.

Na de herijking is besloten om de functie op schaal 11 in te vullen in plaats van schaal 12, en om bij de selectie de nadruk te leggen op ervaring met concessieverlening in het openbaar vervoer. Op basis van die aangescherpte eisen hebben wij u helaas niet kunnen selecteren voor de gespreksronde.

Wij hopen u met deze uitleg voldoende te hebben geïnformeerd en danken u nogmaals voor uw geduld.

Met vriendelijke groet,
HR Servicecentrum
Provincie Zuidwaard""",
      company="Provincie Zuidwaard", role="Adviseur Mobiliteit", cs="iso-8859-1", qp=True),

    M("rejection-ats-noreply", True, ("Van Lier Voedingsmiddelen", "no-reply@vanlier.recruitee.example"), SANNE,
      "Je sollicitatie voor Kwaliteitsmedewerker Food Safety",
      """Beste Sanne,

Bedankt voor je sollicitatie bij Van Lier Voedingsmiddelen.

We hebben je gegevens zorgvuldig bekeken. Hoewel je achtergrond interessant is, kiezen we ervoor om je niet uit te nodigen voor een kennismakingsgesprek.

We wensen je veel succes met je verdere loopbaan.

Met vriendelijke groet,
Team HR Van Lier

Deze e-mail is verzonden via Recruitee.""",
      company="Van Lier Voedingsmiddelen", role="Kwaliteitsmedewerker Food Safety", fmt="h"),

    M("rejection-after-interview-formal", True, ("Marloes Hendriks", "m.hendriks@bouwmaatschappij-ijsselkant.example"), BRAM,
      "Reactie op uw sollicitatie – Calculator Utiliteitsbouw",
      """Geachte heer Verhoeven,

Graag bedanken wij u voor het prettige tweede gesprek op donderdag jongstleden.

Wij hebben u met aandacht vergeleken met de andere finalist. Hoewel het verschil klein was, heeft de voorkeur van het managementteam uiteindelijk een andere kandidaat gekregen. Wij zullen u daarom geen aanbod doen voor de functie van calculator utiliteitsbouw.

Wij vinden het jammer u dit te moeten melden en hopen dat u deze beslissing niet als een oordeel over uw kwaliteiten opvat.

Met vriendelijke groet,
Marloes Hendriks
HR-adviseur
Bouwmaatschappij IJsselkant""",
      company="Bouwmaatschappij IJsselkant", role="Calculator Utiliteitsbouw",
      contact=("Marloes Hendriks", "m.hendriks@bouwmaatschappij-ijsselkant.example"), fmt="a"),

    M("rejection-vacancy-withdrawn", True, ("Stichting Kinderopvang De Vlinderhof", "personeelszaken@vlinderhof.example"), FATIMA,
      "Vacature Pedagogisch Medewerker BSO",
      """Beste Fatima,

Dank je wel voor je reactie op onze vacature voor pedagogisch medewerker bij BSO De Vlinderhof.

Door een teruglopend aantal inschrijvingen hebben we helaas moeten besluiten de vacature in te trekken. Dat betekent dat we je sollicitatie niet verder in behandeling nemen. We vinden het vervelend dat je dit nu pas van ons hoort.

Hartelijke groet,
Ilse van Dam
Personeelszaken""",
      company="Stichting Kinderopvang De Vlinderhof", role="Pedagogisch Medewerker BSO",
      contact=("Ilse van Dam", "personeelszaken@vlinderhof.example")),

    M("rejection-gemeente-intern", True, ("Gemeente Westerbroek – P&O", "p-en-o@westerbroek.example"), BRAM,
      "Sollicitatie Medewerker Vergunningen",
      """Geachte heer Verhoeven,

Wij hebben uw sollicitatie voor de functie medewerker Vergunningen in goede orde ontvangen.

Inmiddels is er binnen de eigen organisatie een geschikte kandidaat gevonden die de functie per 1 mei gaat vervullen. De vacature is daarmee vervuld en uw sollicitatie wordt niet meegenomen in de verdere procedure.

Met vriendelijke groet,
Afdeling P&O
Gemeente Westerbroek""",
      company="Gemeente Westerbroek", role="Medewerker Vergunningen", cs="iso-8859-1"),

    M("rejection-belgian", True, ("Jobs Brouwerij Kasteelhoeve", "jobs@kasteelhoeve.example"), SANNE,
      "Uw kandidatuur als Marketing Manager",
      """Beste mevrouw De Groot,

Wij danken u voor uw kandidatuur voor de functie van Marketing Manager en voor uw enthousiasme voor onze brouwerij.

Na grondige analyse van alle kandidaturen moeten wij u meedelen dat wij uw kandidatuur niet weerhouden hebben voor de volgende fase van de selectie.

Wij bewaren uw gegevens in onze wervingsreserve en contacteren u graag opnieuw indien een passende functie vrijkomt.

Met vriendelijke groeten,
Ann Claes
HR Business Partner""",
      company="Brouwerij Kasteelhoeve", role="Marketing Manager",
      contact=("Ann Claes", "jobs@kasteelhoeve.example"), fmt="a", qp=True),

    # ---------------- look-alikes (11) ----------------
    M("ack", False, ("Werken bij Waterschap Polderwater", "no-reply@polderwater.example"), FATIMA,
      "Ontvangstbevestiging sollicitatie Data Engineer",
      """Beste Fatima El Amrani,

Bedankt voor je sollicitatie naar de functie Data Engineer. Hierbij bevestigen we dat we je brief en cv hebben ontvangen.

Helaas kunnen we niet direct reageren op iedere sollicitatie. Uiterlijk binnen drie weken na de sluitingsdatum hoor je van ons of je wordt uitgenodigd voor een gesprek.

Met vriendelijke groet,
Waterschap Polderwater""",
      company="Polderwater", role="Data Engineer", qp=True),

    M("interview-invite", False, ("Joost Kramer", "joost.kramer@hollandsch-verzekerd.example"), BRAM,
      "Uitnodiging eerste gesprek – Business Analyst",
      """Beste Bram,

Leuk dat je hebt gesolliciteerd! We willen graag kennis met je maken.

Zou je op woensdag 20 maart om 15.00 uur langs kunnen komen op ons kantoor aan de Stationsweg? Het gesprek duurt ongeveer een uur en je spreekt met mij en de teamleider Data.

Laat je even weten of dit schikt?

Groet,
Joost Kramer
Recruiter, Hollandsch Verzekerd""",
      company="Hollandsch Verzekerd", role="Business Analyst",
      contact=("Joost Kramer", "joost.kramer@hollandsch-verzekerd.example"), fmt="a"),

    M("reschedule-helaas", False, ("Annelies Bos", "a.bos@uni-maasland.example"), SANNE,
      "Verplaatsing sollicitatiegesprek",
      """Beste mevrouw De Groot,

Helaas moeten wij het gesprek voor de functie Studieadviseur van maandag a.s. verplaatsen, omdat een van de commissieleden verhinderd is. Onze excuses voor het ongemak.

Wij kunnen u een nieuw moment aanbieden op donderdag 28 maart om 11.00 uur. Wilt u laten weten of dit uitkomt?

Met vriendelijke groet,
Annelies Bos
Secretaris selectiecommissie""",
      company="Universiteit Maasland", role="Studieadviseur",
      contact=("Annelies Bos", "a.bos@uni-maasland.example"), cs="iso-8859-1"),

    M("manager-candidate-declined", False, ("Recruitment Tandem Logistics", "recruitment@tandem-logistics.example"), FATIMA,
      "Afwijzing kandidaat S. Visser – Teamleider Warehouse",
      """Hoi Fatima,

Ter info: op basis van jouw evaluatie na het gesprek van dinsdag hebben we kandidaat Sjoerd Visser vandaag afgewezen voor de rol van teamleider warehouse. Hij heeft de afwijzing telefonisch gekregen en gaf aan het jammer maar begrijpelijk te vinden.

Er staan nog twee kandidaten in de pipeline. Kun jij donderdag tussen 13 en 15 uur voor het volgende gesprek?

Groet,
Mirjam""",
      company="Tandem Logistics", role="Teamleider Warehouse",
      contact=("Mirjam", "recruitment@tandem-logistics.example")),

    M("friend-rejection", False, ("Lotte", "lotte.meijer@kpnmail.example"), BRAM,
      "afgewezen :(",
      """Hee Bram,

Net een mail gekregen van die reclamebureau in Utrecht: ik ben niet door naar de tweede ronde. "Je profiel sluit onvoldoende aan", schreven ze. Lekker vaag.

Zin om vanavond een biertje te doen om mijn verdriet weg te drinken? ;)

Lotte"""),

    M("housing-rejection", False, ("Woningstichting Eemhof", "verhuur@eemhof.example"), SANNE,
      "Uitslag toewijzing huurwoning Kastanjelaan 8",
      """Beste mevrouw De Groot,

U heeft gereageerd op de huurwoning aan de Kastanjelaan 8. Er waren 312 reacties op deze woning.

Helaas is de woning aan een andere woningzoekende toegewezen, omdat deze een langere inschrijfduur had. Uw inschrijving blijft gewoon actief en u kunt blijven reageren op ons aanbod.

Met vriendelijke groet,
Woningstichting Eemhof""", fmt="h"),

    M("loan-rejection", False, ("Hypotheekbank Delta", "klantenservice@hypotheekbank-delta.example"), BRAM,
      "Besluit over uw aanvraag persoonlijke lening",
      """Geachte heer Verhoeven,

Wij hebben uw aanvraag voor een persoonlijke lening van € 12.000 beoordeeld.

Helaas kunnen wij u deze lening niet verstrekken. Uit de toetsing bij het BKR en op basis van uw inkomen en vaste lasten blijkt dat de lening niet verantwoord is. Wij willen overkreditering voorkomen.

Met vriendelijke groet,
Hypotheekbank Delta""", fmt="a", qp=True),

    M("offer", False, ("Ruud Peeters", "ruud.peeters@kaasmakerij-oudland.example"), FATIMA,
      "Aanbod functie Financieel Controller",
      """Beste Fatima,

Wat fijn om je te laten weten: we willen je graag de functie van financieel controller aanbieden!

In de bijlage vind je het arbeidsvoorwaardenvoorstel. Helaas kunnen we bij de leaseauto niet aan je wens voor een elektrisch model tegemoetkomen, maar we bieden wel een mobiliteitsbudget. Laat je uiterlijk vrijdag weten wat je ervan vindt?

Hartelijke groet,
Ruud Peeters
Directeur, Kaasmakerij Oudland""",
      company="Kaasmakerij Oudland", role="Financieel Controller",
      contact=("Ruud Peeters", "ruud.peeters@kaasmakerij-oudland.example")),

    M("document-request", False, ("Gemeente Dijkveld", "werkenbij@dijkveld.example"), BRAM,
      "Aanvullende documenten nodig – Medewerker Burgerzaken",
      """Geachte heer Verhoeven,

Bedankt voor uw sollicitatie naar de functie Medewerker Burgerzaken. Uw sollicitatie is helaas nog niet compleet: wij missen een kopie van uw diploma en een Verklaring Omtrent het Gedrag (VOG).

Wilt u deze documenten binnen tien werkdagen uploaden via het sollicitatieportaal? Daarna nemen wij uw sollicitatie verder in behandeling.

Met vriendelijke groet,
Team Werving
Gemeente Dijkveld""",
      company="Gemeente Dijkveld", role="Medewerker Burgerzaken", cs="iso-8859-1", qp=True),

    M("newsletter", False, ("Carrièrekompas", "nieuwsbrief@carrierekompas.example"), SANNE,
      "Nieuwsbrief maart: zo ga je om met een afwijzing",
      """Carrièrekompas – nieuwsbrief maart

In deze editie:
- Afgewezen na een sollicitatiegesprek? Zo vraag je om bruikbare feedback.
- "Wij hebben besloten met andere kandidaten verder te gaan": wat betekent dat eigenlijk?
- Salarisonderhandeling voor starters.

Lees alle artikelen: https://www.carrierekompas.example/blog?utm_campaign=maart

Je ontvangt deze mail omdat je je hebt aangemeld. Afmelden: https://www.carrierekompas.example/afmelden?u=8812""", fmt="h"),

    M("ticket-rejection", False, ("Festival Zomerzand", "tickets@zomerzand.example"), FATIMA,
      "Uitslag ticketloting Zomerzand 2024",
      """Hoi Fatima,

Bedankt voor je deelname aan de ticketloting voor Zomerzand 2024. Helaas ben je dit keer niet ingeloot. De vraag was ruim vijf keer groter dan het aantal beschikbare kaarten.

Via onze officiële ticketswap kun je alsnog kaarten bemachtigen.

Tot op het strand!
Team Zomerzand""", fmt="a"),
]
