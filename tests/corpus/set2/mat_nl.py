"""Dutch material (Netherlands and Flanders). Dev and heldout are written separately."""
from common import C, T

LANG = "nl"

# =============================================================================== DEV
DEV_CASTS = [
    C("Polderwind Energie", "polderwind.example", "Data Engineer", "Sanne Kuipers",
      "Corporate Recruiter", "+31 20 555 0142", "https://werkenbij.polderwind.example/",
      slug="polderwind"),
    C("Brouwerij De Gouden Haan", "goudenhaan.example", "Marketingcoördinator", "Pieter Jansen",
      "HR-adviseur", "+31 30 555 0177", "https://www.goudenhaan.example/vacatures"),
    C("Tulpstad Zorggroep", "tulpstadzorg.example", "Verpleegkundige Interne Geneeskunde",
      "Ingrid Bakker", "Recruiter Zorg", "+31 71 555 0190", "https://www.tulpstadzorg.example/werken-bij",
      slug="tulpstad"),
    C("Kanaal Logistiek B.V.", "kanaallogistiek.example", "Teamleider Warehouse", "Mark de Wit",
      "Talent Acquisition Specialist", "+31 10 555 0112", "https://kanaallogistiek.example/werken-bij",
      slug="kanaal"),
    C("Fietsfabriek Sprint", "sprintfietsen.example", "Backend Developer (Go)", "Lotte Verbeek",
      "People Partner", "+31 6 5555 0133", "https://jobs.sprintfietsen.example", slug="sprint"),
    C("Gemeente Duinkerk", "duinkerk.example", "Beleidsmedewerker Wonen", "Hans Vermeulen",
      "Adviseur Werving & Selectie", "+31 72 555 0101", "https://www.duinkerk.example/vacatures",
      slug="duinkerk"),
    C("Schelde Software", "scheldesoftware.example", "UX Researcher", "Elke Peeters",
      "Talent Manager", "+32 3 555 01 88", "https://scheldesoftware.example/jobs", slug="schelde"),
    C("Noordzee Verzekeringen", "noordzeeverz.example", "Actuarieel Analist", "Ruben Smit",
      "Recruitment Consultant", "+31 50 555 0166", "https://werkenbij.noordzeeverz.example/",
      slug="noordzee"),
    C("Boekhandel Het Leesvenster", "leesvenster.example", "Filiaalmanager", "Marieke Dekker",
      "Eigenaar", "+31 26 555 0123", "https://leesvenster.example/werken-bij"),
    C("Molenaar & Co Advocaten", "molenaaradvocaten.example", "Juridisch Medewerker",
      "Joost Molenaar", "Office Manager", "+31 70 555 0155",
      "https://www.molenaaradvocaten.example/carriere"),
]

DEV_OWNERS = [
    dict(name="Daan Visser", email="daan.visser@mailbox.example"),
    dict(name="Sanne de Boer", email="sannedeboer@post.test"),
    dict(name="Wouter Claes", email="wouter.claes@telenet.test"),
]

DEV_QUOTES = [
    "Hoi {rfirst},\n\nIk was benieuwd of er al nieuws is over de vacature {role}. "
    "Ik ben nog steeds erg geïnteresseerd.\n\nGroet,\n{owner_full}",
    "Beste {rfirst},\n\nHet gesprek van vorige week is me goed bevallen. "
    "Weten jullie al wanneer er een beslissing valt?\n\nMet vriendelijke groet,\n{owner}",
]

DEV = [
    # ---------------------------------------------------------------- rejections
    T("soft-rejection", True, "Je sollicitatie als {role}",
      """
      Beste {owner},

      Hartelijk dank voor je sollicitatie op de functie {role} bij {company} en voor de tijd die je erin hebt gestoken.

      We hebben alle sollicitaties zorgvuldig bekeken. Helaas hebben we besloten om niet verder te gaan met je sollicitatie; andere kandidaten sloten beter aan bij het profiel.

      We wensen je veel succes bij je verdere zoektocht.

      Met vriendelijke groet,
      {sigc}
      """, n=2),
    T("ats-noreply", True, "Update over je sollicitatie bij {company}",
      """
      Hoi {owner},

      Bedankt voor je interesse in de rol van {role}. Na zorgvuldige overweging hebben we besloten om andere kandidaten uit te nodigen voor de volgende ronde.

      We houden je cv graag in ons bestand en nemen contact op als er een passende vacature vrijkomt.

      Hartelijke groet,
      Team Recruitment {company}
      """, sender="ats:recruitee", n=2),
    T("blunt-rejection", True, "Sollicitatie {role}",
      """
      Geachte heer/mevrouw {owner_full},

      Wij delen u mede dat uw sollicitatie niet in behandeling wordt genomen.

      {company}
      Dit bericht is automatisch verzonden.
      """, sender="noreply"),
    T("post-interview", True, "Terugkoppeling gesprek {role}",
      """
      Hoi {owner},

      Allereerst nogmaals bedankt voor je komst naar ons kantoor vorige week en voor de rondleiding die je geduldig met ons hebt meegelopen. Het team vond je vragen over de planningssoftware erg scherp, en Jeroen heeft het nog steeds over je voorbeeld uit je vorige baan.

      Ook even praktisch: je reiskosten (2e klas retour Utrecht) zijn goedgekeurd en worden deze maand uitbetaald.

      Dan het lastige deel. We hebben na lang wikken en wegen gekozen voor een andere kandidaat voor de functie van {role}, iemand die al ervaring heeft met onze software en processen. Dat is geen oordeel over jouw kwaliteiten, maar een kwestie van timing en ervaring.

      Als je het goed vindt, houd ik graag contact. Nieuwe vacatures zie je altijd als eerste op onze site.

      Hartelijke groet,
      {sigc}
      """, mime="plain", wrap=False),
    T("hiring-freeze", True, "Vacature {role} gesloten",
      """
      Beste {owner},

      Door een herziening van de begroting heeft {company} besloten tot een tijdelijke vacaturestop. De vacature {role} wordt daarom gesloten en we kunnen je sollicitatie helaas niet verder in behandeling nemen.

      Onze excuses voor het ongemak. Als de functie opnieuw opengaat, publiceren we hem opnieuw.

      Met vriendelijke groet,
      {rname}
      {rtitle}
      """, sender="ats:workday", signed=True),
    T("reply-quoted", True, "Re: Vacature {role}",
      """
      Hoi {owner},

      Sorry voor de late reactie. Inmiddels is er een besluit: helaas gaan we niet verder met jou voor deze functie. We hebben gekozen voor iemand met meer leidinggevende ervaring.

      Dank voor je geduld en je interesse in ons.

      {sig}
      """, quote=True, typo=True),
    T("platform-relay", True, "Status van je sollicitatie bij {company}",
      """
      Hallo {owner},

      {company} heeft de status van je sollicitatie voor "{role}" bijgewerkt.

      Status: Afgewezen

      De werkgever heeft je profiel bekeken en gaat niet verder met je sollicitatie. Er staan vandaag 2.431 nieuwe vacatures voor je klaar.

      Bekijk vacatures: https://www.nationalevacaturebank.nl/vacatures

      Nationale Vacaturebank
      """, sender="platform:nvb", mime="alt"),
    T("agency-forward", True, "FW: Terugkoppeling {role}",
      """
      Hoi {owner},

      Hieronder de terugkoppeling van {company}. Jammer dat het deze keer niet gelukt is; ik blijf voor je uitkijken.

      Groet,
      Niels Bos
      Senior Consultant · Oranje Werving & Selectie
      +31 20 555 0199

      ---------- Doorgestuurd bericht ---------
      Van: {rname} <{remail}>
      Aan: Niels Bos <niels.bos@oranjewerving.example>
      Onderwerp: Terugkoppeling {role}

      Hoi Niels, bedankt voor het voorstellen van {owner}. We hebben besloten de kandidatuur niet door te zetten; we zoeken iemand met meer sectorervaring. Groet.
      """, sender="raw", from_=("Niels Bos", "niels.bos@oranjewerving.example"),
      contact=("Niels Bos", "niels.bos@oranjewerving.example")),
    T("html-template", True, "Je sollicitatie bij {company}",
      """
      Hoi {owner},

      Wat leuk dat je wilt werken bij {company}!

      We hebben je sollicitatie voor {role} bekeken en moeten je helaas laten weten dat we je niet uitnodigen voor een gesprek. We ontvingen veel sterke reacties en de keuze was niet makkelijk.

      Blijf vooral onze vacatures volgen: {careers}

      Hartelijke groet,
      Team Talent
      """, sender="ats:smartrecruiters", mime="html", skin=0),
    T("position-filled", True, "Over de vacature {role}",
      """
      Beste {owner},

      Dank je wel voor je reactie op de vacature {role}. De vacature is inmiddels vervuld, dus we sluiten de procedure af voor alle overige kandidaten.

      Nogmaals bedankt voor je interesse in {company}.

      {rname}
      """, sender="ats:lever", signed=True, n=2),
    T("not-a-match", True, "{company}: je aanvraag",
      """
      Hoi {owner},

      Bedankt voor je aanvraag voor {role}. We hebben je ervaring bekeken en op dit moment is er helaas geen match met wat we zoeken voor dit team.

      Dat zegt niets over je kwaliteiten. Solliciteer vooral opnieuw als je een andere rol ziet die je aanspreekt.

      Groetjes,
      {rname}, {rtitle}
      """, sender="ats:ashby", signed=True, mime="alt", n=2),
    T("flemish-formal", True, "Uw kandidatuur voor {role}",
      """
      Geachte {owner_full},

      Wij danken u voor uw kandidatuur voor de functie van {role}.

      Na grondige analyse van alle kandidaturen moeten wij u helaas meedelen dat wij uw kandidatuur niet weerhouden. Uw gegevens bewaren wij, met uw toestemming, voor toekomstige vacatures.

      Met vriendelijke groeten,

      {sigc}
      """, n=2),
    T("soft-rejection", True, "Bedankt voor je sollicitatie, {owner}",
      """
      Hoi {owner}!

      Super bedankt voor je interesse in {company}. We hebben goed naar je sollicitatie gekeken maar hebben besloten om niet verder te gaan met je sollicitatie voor {role}.

      Kijk gerust eens naar onze andere vacatures op {careers} — misschien zit er iets voor je tussen.

      Veel succes!
      Team {company}
      """, sender="ats:teamtailor"),
    # ---------------------------------------------------------------- hard negatives
    T("application-received", False, "We hebben je sollicitatie ontvangen - {role}",
      """
      Hoi {owner},

      Bedankt voor je sollicitatie voor {role} bij {company}. Ons team gaat je cv en motivatie de komende dagen bekijken.

      Helaas kunnen we door het grote aantal reacties niet iedereen persoonlijk te woord staan. Als je profiel aansluit, nemen we contact met je op voor een eerste gesprek.

      Team Recruitment {company}
      """, sender="ats:greenhouse"),
    T("interview-invite", False, "Uitnodiging sollicitatiegesprek {role}",
      """
      Hoi {owner},

      Goed nieuws: we willen je graag leren kennen! Past woensdag om 11.00 uur voor een videogesprek? De agenda-uitnodiging zit in de bijlage.

      Het gesprek duurt ongeveer 45 minuten, met de teamleider en mij.

      {sig}
      """, attach=["ics"]),
    T("assessment-invite", False, "Online assessment - {role}",
      """
      Hoi {owner},

      Bedankt voor je geduld. Helaas was de link die we gisteren stuurden door een storing al verlopen, dus hierbij een nieuwe link voor het assessment:

      https://assessment.{domain}/s/q7Lm2

      Je hebt 72 uur om hem af te ronden. Laat het weten als er iets misgaat.

      {sig}
      """),
    T("offer", False, "Aanbod: {role} bij {company}",
      """
      Beste {owner},

      Met veel plezier bieden we je de functie van {role} aan. In de bijlage vind je het aanbod met salaris, startdatum en secundaire arbeidsvoorwaarden.

      Zou je ons voor vrijdag willen laten weten of je akkoord gaat? Bel me gerust bij vragen.

      {sig}
      """, attach=["pdf"], mime="alt"),
    T("next-steps", False, "Volgende stap in je sollicitatie",
      """
      Hoi {owner},

      Na het gesprek van vorige week hebben we besloten om met je door te gaan naar de volgende ronde. Sorry dat het even duurde: een deel van het team was op vakantie.

      De volgende stap is een gesprek met de afdelingsdirecteur. Ik stuur je morgen een paar data.

      {sig}
      """, typo=True),
    T("job-alert", False, "15 nieuwe vacatures voor Data Engineer in Amsterdam",
      """
      Hallo {owner},

      Dit zijn de nieuwste vacatures die passen bij je zoekopdracht "Data Engineer - Amsterdam":

      - Senior Data Engineer · Grachtenbank · Amsterdam · € 5.000 - € 6.500
      - Data Engineer · Retailgroep Noord · hybride
      - Analytics Engineer · Adviesbureau Kompas · remote

      Mis niets: zet meldingen aan in de app.

      Zoekopdrachten beheren: https://www.nationalevacaturebank.nl/mijn/zoekopdrachten
      """, sender="platform:nvb", nocast=True, mime="html"),
    T("recruiter-outreach", False, "Vacature {role} bij {company}",
      """
      Hoi {owner},

      Ik kwam je profiel tegen en denk dat je goed zou passen bij een rol als {role} bij {company}. Misschien ben je niet actief op zoek, maar heb je deze week een kwartiertje voor een kennismaking?

      {sigc}
      """),
    T("newsletter", False, "Nieuws van {company} | oktober",
      """
      Hoi {owner},

      Deze maand bij {company}: we openen een nieuwe vestiging in Zwolle, publiceren ons duurzaamheidsverslag en starten het traineeprogramma.

      Helaas gaat de open dag van de 14e niet door vanwege organisatorische redenen. We laten de nieuwe datum zo snel mogelijk weten.

      Op zoek naar een nieuwe uitdaging? Bekijk onze vacatures op {careers}

      Je ontvangt deze e-mail omdat je je hebt aangemeld voor onze nieuwsbrief.
      """, sender="noreply", mime="html", skin=1),
    T("paper-rejection", False, "Besluit over uw manuscript TVL-2025-0142",
      """
      Geachte {owner_full},

      Na beoordeling door de reviewers moet ik u helaas meedelen dat de redactie heeft besloten uw manuscript "Fietsgebruik en stedelijke dichtheid" af te wijzen voor publicatie in het Tijdschrift voor Verkeerskunde.

      De commentaren van de reviewers vindt u hieronder; hopelijk zijn ze nuttig.

      Met vriendelijke groet,
      prof. dr. Anneke Veldhuis
      Hoofdredacteur
      """, sender="raw", from_=("Tijdschrift voor Verkeerskunde", "redactie@tvverkeer.example"),
      nocast=True),
    T("grant-rejection", False, "Uitslag subsidieronde Open Competitie 2025",
      """
      Geachte aanvrager,

      Hierbij informeren wij u dat uw aanvraag met dossiernummer OC-25-0981 na beoordeling niet is gehonoreerd. De commissie heeft de beschikbare middelen toegekend aan hoger gerangschikte voorstellen.

      U kunt binnen zes weken bezwaar maken via het portaal.

      Fonds voor Wetenschap en Samenleving
      """, sender="raw", from_=("Fonds Wetenschap", "subsidies@fws-fonds.example"), nocast=True),
    T("loan-rejection", False, "Uw aanvraag persoonlijke lening",
      """
      Geachte klant,

      Wij hebben uw aanvraag voor een persoonlijke lening van € 15.000 beoordeeld. Helaas kunnen wij deze aanvraag op dit moment niet goedkeuren.

      Dit besluit is gebaseerd op onze acceptatiecriteria en heeft geen gevolgen voor uw huidige producten.

      Met vriendelijke groet,
      Klantenservice Noordzee Bank
      """, sender="raw", from_=("Noordzee Bank", "service@noordzeebank.example"), nocast=True),
    T("rental-rejection", False, "Woning Kanaalstraat 12 - je inschrijving",
      """
      Hoi {owner},

      Bedankt voor de bezichtiging zaterdag en voor het aanleveren van alle documenten. De verhuurder heeft gekozen voor een andere kandidaat die eerder kon intrekken, dus helaas gaat het voor jou niet door.

      We hebben volgende week een vergelijkbaar appartement in Lombok; laat het weten als je interesse hebt.

      Groet,
      Bas — Makelaardij Kanaal
      """, sender="raw", from_=("Bas Hoekstra", "bas@makelaardijkanaal.example"), nocast=True),
    T("order-cancelled", False, "Je bestelling 2024-88131 is geannuleerd",
      """
      Hoi {owner},

      Helaas moesten we je bestelling 2024-88131 (Koptelefoon X200) annuleren omdat het product niet meer leverbaar is.

      We storten € 59,90 binnen 3 tot 5 werkdagen terug via dezelfde betaalmethode.

      Excuses voor het ongemak.
      Klantenservice Winkelpunt
      """, sender="raw", from_=("Winkelpunt", "bestellingen@winkelpunt.example"), nocast=True,
      mime="alt"),
    T("event-rejection", False, "Je talkvoorstel voor DevDays Utrecht",
      """
      Hoi {owner},

      Bedankt voor het insturen van je voorstel "Datapijplijnen zonder hoofdpijn". We kregen dit jaar meer dan 300 voorstellen voor 24 plekken en helaas is het jouwe niet geselecteerd.

      We hopen je wel in het publiek te zien! Met code SPREKER20 krijg je 20% korting.

      Programmacommissie DevDays Utrecht
      """, sender="raw", from_=("DevDays Utrecht", "cfp@devdays-utrecht.example"), nocast=True),
    T("admission-rejection", False, "Toelating masteropleiding Data Science",
      """
      Beste {owner_full},

      De toelatingscommissie van de master Data Science heeft je aanvraag beoordeeld. Helaas moeten we je meedelen dat je niet bent toegelaten, omdat je vooropleiding niet voldoet aan de ingangseisen voor statistiek.

      Studentenbalie
      Hogeschool Amstelland
      """, sender="raw", from_=("Studentenbalie", "toelating@hs-amstelland.example"), nocast=True),
    T("withdrawal", False, "Intrekken sollicitatie {role}",
      """
      Hoi {rfirst},

      Bedankt voor het prettige contact en jullie tijd. Ik laat je weten dat ik mijn sollicitatie voor {role} intrek: ik heb inmiddels een ander aanbod aangenomen.

      Het was leuk jullie te leren kennen, hopelijk komen we elkaar nog eens tegen.

      Groet,
      {owner_full}
      """, sender="owner"),
    T("withdrawal-ack", False, "Re: Intrekken sollicitatie",
      """
      Hoi {owner},

      Dank voor je bericht. We hebben genoteerd dat je je sollicitatie voor {role} intrekt en sluiten je dossier. Veel succes en plezier in je nieuwe baan!

      {sig}
      """),
    T("personal", False, "Zaterdag",
      """
      Hoi {owner}!

      Helaas kan ik zaterdag toch niet mee naar het verjaardagsfeestje, ik moet onverwacht werken. Zullen we volgende week iets drinken?

      Trouwens, hoe ging het met die vacature bij dat energiebedrijf? Laat je het weten als je iets hoort?

      Liefs,
      Noor
      """, sender="raw", from_=("Noor Hendriks", "noor.hendriks@post.test"), nocast=True,
      mime="plain"),
    T("mailing-list", False, "[pug-nl] Re: Locatie meetup december",
      """
      Hallo allemaal,

      Helaas is ons voorstel om de meetup bij de bibliotheek te houden afgewezen: de zaal is al verhuurd. We gaan verder met de kandidaat-locatie in het centrum.

      Vacature gezien? Er staat ook een vacature op het prikbord van de wiki.

      Groet,
      Thijs

      _______________________________________________
      pug-nl mailinglijst
      https://lists.pug-nl.example/listinfo/pug-nl
      """, sender="raw", from_=("Thijs Koster", "thijs@koster.test"),
      to="pug-nl <pug-nl@lists.pug-nl.example>", nocast=True),
    T("referral-update", False, "Update over je doorverwijzing",
      """
      Hoi {owner},

      Bedankt dat je Femke Jacobs hebt aangedragen voor de functie van {role}. Na de gesprekken heeft het team besloten niet verder te gaan met haar sollicitatie.

      Fijn dat je aan {company} denkt voor je netwerk: blijf vooral mensen doorverwijzen!

      Referral-programma · {company}
      """, sender="noreply"),
    T("spam", False, "Gefeliciteerd! U bent geselecteerd voor thuiswerk",
      """
      GEFELICITEERD!!

      Uw profiel is GESELECTEERD voor een thuiswerkbaan. Geen ervaring nodig, 2 uur per dag, tot € 3.000 per maand.

      Beperkte plaatsen, bevestig VANDAAG uw bankgegevens: http://snel-thuiswerk.test/aanmelden

      Geen berichten meer? Antwoord STOP.
      """, sender="raw", from_=("Afdeling HR", "hr@snel-thuiswerk.test"), nocast=True),
    T("shipping", False, "Je pakket wordt morgen bezorgd",
      """
      Hoi {owner},

      Je pakket 3STXYZ1234567 wordt morgen tussen 09:00 en 13:00 bezorgd.

      Niet thuis? Wijzig de bezorging hier: https://volg.pakketsnel.example/3STXYZ1234567

      PakketSnel
      """, sender="raw", from_=("PakketSnel", "noreply@pakketsnel.example"), nocast=True),
]

# =============================================================================== HELDOUT
HELD_CASTS = [
    C("Waddenhaven Groep", "waddenhaven.example", "Havenplanner", "Gerrit Zijlstra",
      "Recruiter", "+31 58 555 0140", "https://www.waddenhaven.example/werkenbij"),
    C("Klaverblad ICT", "klaverblad.test", "Senior Java Ontwikkelaar", "Yasmina El Amrani",
      "Talent Partner", "+31 6 5555 0188", "https://careers.klaverblad.test/", slug="klaverblad"),
    C("Stichting Groene Long", "groenelong.example", "Projectleider Natuurbeheer", "Kees Mulder",
      "HR-manager", "+31 55 555 0161", "https://groenelong.example/vacatures"),
    C("Bakkerij Van Rijn", "vanrijnbakkerij.example", "Productieleider", "Anouk van Rijn",
      "Personeelszaken", "+31 40 555 0104", "https://vanrijnbakkerij.example/werken-bij",
      slug="vanrijn"),
    C("Limburgse Lijnen", "limburgselijnen.example", "Planner Dienstregeling", "Bram Hermans",
      "Recruitmentadviseur", "+31 43 555 0117", "https://www.limburgselijnen.example/vacatures",
      slug="limlijnen"),
    C("Atelier Lieve Smet", "ateliersmet.example", "Grafisch Ontwerper", "Lieve Smet",
      "Oprichter", "+32 9 555 02 31", "https://ateliersmet.example/jobs"),
    C("Robotica Delta", "robodelta.test", "Embedded Software Engineer", "Tim Verhoeven",
      "Head of People", "+31 15 555 0199", "https://robodelta.test/careers", slug="robodelta"),
    C("Zilverstroom Pensioenen", "zilverstroom.example", "Junior Actuaris", "Esther Brouwer",
      "Recruiter Finance", "+31 35 555 0128", "https://werkenbij.zilverstroom.example/"),
]

HELD_OWNERS = [
    dict(name="Joris van Dijk", email="joris.vandijk@mailbox.example"),
    dict(name="Femke Mulder", email="femke.mulder@kpn.test"),
]

HELD_QUOTES = [
    "Van: {owner_full} <{owner_email}>\nVerzonden: {date}\nAan: {rname} <{remail}>\n"
    "Onderwerp: {subject}\n\nGeachte {rfirst}, mag ik vragen of er al een besluit is genomen over "
    "de functie? Ik lever graag nog aanvullende stukken aan.\nVriendelijke groet, {owner}",
]

HELD = [
    T("reply-outlook", True, "RE: Stand van zaken procedure",
      """
      Goedemorgen {owner},

      Excuses dat u zo lang op antwoord heeft moeten wachten. Na afweging van alle kandidaten is de uitkomst voor u niet positief: voor de functie {role} hebben wij de voorkeur gegeven aan een kandidaat met directe havenervaring.

      Wij danken u voor uw belangstelling en wensen u veel succes.

      {sig}
      """, quote=True, mime="alt"),
    T("post-interview", True, "Je gesprekken bij {company}",
      """
      Hey {owner},

      Ik wilde je persoonlijk mailen na de laatste ronde. Je maakte het ons echt niet makkelijk: het panel was onder de indruk van je systeemontwerp-opdracht. Uiteindelijk is de keus gevallen op iemand met meer ervaring in het aansturen van een team, dus we kunnen je voor {role} geen aanbod doen.

      Wil je de feedback nog uitgebreider horen? Dan plannen we een belletje van tien minuten. Ik houd je in beeld voor toekomstige rollen.

      Groet,
      {sigc}
      """, wrap=58),
    T("ats-noreply", True, "Jouw sollicitatie bij {company}",
      """
      Beste {owner},

      Dank voor je tijd en je belangstelling voor de functie {role}.

      Deze keer kunnen we je de functie helaas niet aanbieden. We hebben veel sterke profielen ontvangen en moesten een moeilijke keuze maken.

      Het allerbeste,
      Afdeling HR
      {company}
      """, sender="ats:personio", n=2),
    T("html-only", True, "Dank je wel voor je interesse in {company}",
      """
      Hoi {owner},

      We willen je hartelijk bedanken dat je hebt meegedaan aan onze procedure voor {role}.

      Deze keer hebben we gekozen voor kandidaten die nog beter aansluiten bij de functie-eisen. We horen in de toekomst graag weer van je.

      Ontdek andere kansen op {careers}

      Groet,
      {rname}
      {rtitle}
      """, sender="ats:workable", signed=True, mime="html", n=2),
    T("hiring-freeze", True, "Procedure {role} stopgezet",
      """
      Hoi {owner},

      Ik heb onverwacht nieuws: door een interne reorganisatie heeft de directie de functie van {role} geschrapt. We sluiten de procedure zonder iemand aan te nemen, wat betekent dat jouw sollicitatie ook stopt.

      Heel vervelend, zeker omdat je in de laatste fase zat. Ik bewaar je gegevens voor het geval de rol terugkomt.

      {sig}
      """),
    T("blunt-rejection", True, "Sollicitatieprocedure - ref. 7731",
      """
      Geachte {owner_full},

      Uw sollicitatie is afgewezen.

      Afdeling Personeelszaken
      {company}
      """, sender="noreply", mime="plain", charset="iso-8859-1"),
    T("flemish-casual", True, "Nieuws over je kandidatuur: {role}",
      """
      Dag {owner},

      We laten je weten dat je op dit moment niet verder gaat in de selectie voor {role}. We beseffen dat dit niet het antwoord is waarop je hoopte, en we zijn je heel dankbaar voor je tijd.

      Hou onze jobpagina zeker in de gaten.

      Vriendelijke groeten,
      Het team van {company}
      """, sender="ats:recruitee", n=2),
    T("platform-relay", True, "Wijziging in je sollicitatie - {role}",
      """
      Hallo {owner},

      Er is een wijziging in je sollicitaties:

      Werkgever: {company}
      Vacature: {role}
      Status: Procedure beëindigd - niet geselecteerd

      Tip: houd je profiel actueel om vaker gevonden te worden.

      Indeed
      """, sender="platform:indeed", mime="html"),
    T("buried-decision", True, "Declaratie en uitslag procedure",
      """
      Hoi {owner},

      Twee dingen.

      Eerst het administratieve: om je treinkaartjes van het gesprek te vergoeden hebben we een declaratieformulier met je IBAN nodig. Dan wordt het bedrag met de betaalrun van de 25e overgemaakt.

      Dan de procedure voor {role}. We hebben het laatste overleg gehad en hoewel je gesprek heel goed is ontvangen, hebben we de functie ingevuld met iemand die onze interne systemen al kende. Vervelend om dit per mail te moeten melden.

      Ik zie het formulier graag tegemoet. Nogmaals dank voor alles.

      {sigc}
      """, typo=True),
    # ---------------------------------------------------------------- hard negatives
    T("interview-confirm", False, "RE: Tweede gesprek",
      """
      Hoi {owner},

      Bevestigd: dinsdag om 10.30 uur op ons kantoor aan de Stationsweg. Meld je bij de receptie. Helaas is er geen parkeerplek voor bezoekers, dus kom liever met de trein.

      {sig}
      """, quote="Van: {owner_full}\nVerzonden: {date}\nAan: {rname}\nOnderwerp: Tweede gesprek\n\nKomt dinsdagochtend jullie uit?"),
    T("status-in-review", False, "Je sollicitatie is nog in behandeling",
      """
      Hallo {owner},

      Je sollicitatie voor {role} bij {company} wordt nog beoordeeld. Er is nog geen besluit genomen; we laten het je weten zodra er nieuws is.

      Status: In behandeling
      """, sender="platform:indeed", mime="alt"),
    T("offer-negotiation", False, "Aangepast voorstel",
      """
      Goedemiddag {owner},

      We hebben je tegenvoorstel besproken. De € 5.400 bruto per maand lukt niet, maar we kunnen naar € 5.100 en een extra opleidingsbudget van € 2.000. Zullen we morgen even bellen?

      {sig}
      """),
    T("job-recommendations", False, "Aanbevolen vacatures voor jou",
      """
      {owner}, deze vacatures passen misschien bij je

      Planner Dienstregeling - Vervoerder Zuid - Maastricht
      Medewerker Planning - Logistiek Oost - remote

      Deze aanbevelingen zijn gebaseerd op je recente zoekopdrachten, niet op afgewezen sollicitaties.

      Voorkeuren aanpassen
      """, sender="platform:indeed", nocast=True, mime="html", skin=2),
    T("headhunter", False, "Vertrouwelijke positie - CFO",
      """
      Goedemorgen {owner},

      Ik werk bij een executive-searchbureau en begeleid een vertrouwelijke opdracht voor een industrieel bedrijf in het oosten van het land. Gezien je achtergrond lijkt het me zinvol om eens te praten. Heb je donderdag tijd?

      Met vriendelijke groet,
      Maarten Tromp
      Partner · Tromp Executive Search
      """, sender="raw", from_=("Maarten Tromp", "m.tromp@trompsearch.example"), nocast=True),
    T("journal-rejection", False, "Beoordeling van uw artikel",
      """
      Geachte auteur,

      Na ontvangst van de beoordelingen delen wij u mee dat uw artikel "Slimme irrigatie in veenweidegebieden" niet is geaccepteerd voor publicatie in Landbouwkundig Tijdschrift. De opmerkingen van de beoordelaars staan hieronder.

      Met vriendelijke groet,
      Redactiesecretariaat
      """, sender="raw", from_=("Landbouwkundig Tijdschrift", "redactie@lbt-tijdschrift.example"),
      nocast=True),
    T("scholarship-rejection", False, "Beurs buitenlandstage - besluit",
      """
      Beste {owner_full},

      Je aanvraag voor een beurs voor je buitenlandstage is afgewezen, omdat het budget voor dit studiejaar al is toegekend. Je kunt binnen zes weken bezwaar indienen.
      """, sender="raw", from_=("Internationaal Bureau", "beurzen@hogeschool-rijnland.example"),
      nocast=True, mime="plain", charset="windows-1252"),
    T("card-denied", False, "Aanvraag creditcard",
      """
      Hoi {owner},

      We hebben je aanvraag voor de Gold creditcard bekeken en kunnen hem op dit moment helaas niet verstrekken. Over zes maanden kun je opnieuw aanvragen.

      Digitale Bank Zilverstroom
      """, sender="raw", from_=("Digitale Bank", "berichten@digibank.example"), nocast=True),
    T("rental-taken", False, "Appartement Oudegracht is verhuurd",
      """
      Hoi {owner}, dank voor je interesse. Het appartement is inmiddels verhuurd aan andere huurders, dus we kunnen je inschrijving niet verder behandelen. Ik stuur je graag andere opties in de buurt.

      Groetjes, Miriam
      """, sender="raw", from_=("Miriam de Graaf", "miriam@verhuur-oudegracht.example"), nocast=True),
    T("press-accreditation", False, "Persaccreditatie - Festival Zeezicht",
      """
      Hoi {owner},

      Je aanvraag voor een persaccreditatie voor Festival Zeezicht is afgewezen: dit jaar is er heel beperkt plek voor pers. Bedankt voor je interesse.

      Team Communicatie
      """, sender="raw", from_=("Festival Zeezicht", "pers@festivalzeezicht.example"), nocast=True),
    T("offer-declined-by-owner", False, "Over het aanbod voor {role}",
      """
      Hoi {rfirst},

      Heel erg bedankt voor het aanbod. Ik heb er lang over nagedacht en besloten het niet aan te nemen: mijn huidige werkgever heeft me een tegenbod gedaan.

      Ik hoop dat jullie snel de juiste persoon vinden.

      Hartelijke groet,
      {owner}
      """, sender="owner"),
    T("withdrawal-ack", False, "Bevestiging: je hebt je teruggetrokken",
      """
      Hallo {owner},

      Jammer dat je hebt besloten je terug te trekken uit de procedure voor {role}. We hebben je sollicitatie op jouw verzoek gesloten. Mocht je van gedachten veranderen, dan ben je altijd welkom.

      Groet,
      {company}
      """, sender="ats:personio"),
    T("family", False, "Oma",
      """
      Hoi lieverd,

      Helaas moet oma van de dokter nog een paar dagen in het ziekenhuis blijven. Niets ernstigs, maar ze kan zondag niet mee-eten.

      Is dat sollicitatiegesprek nog wat geworden? Papa zegt dat je niks verteld hebt.

      Mama
      """, sender="raw", from_=("Mama", "ria.vandijk@kpn.test"), nocast=True, mime="plain"),
    T("mailing-digest", False, "[ux-nederland] Digest, Vol 31, Nummer 7",
      """
      Onderwerpen van vandaag:

         1. Vacature: UX-designer gezocht in Arnhem (Ilse Wouters)
         2. Re: Ervaring met het assessment van Robotica Delta? (Sjoerd)

      ----------------------------------------------------------------------

      Bericht: 1
      Van: Ilse Wouters
      Bij ons zoeken we een UX-designer met ervaring in toegankelijkheid. Stuur me een privébericht.

      Bericht: 2
      Van: Sjoerd
      Ik heb het vorig jaar gedaan. Ik werd na het assessment afgewezen, maar de procedure was netjes en ik kreeg goede feedback. Succes!
      """, sender="raw", from_=("ux-nederland", "ux-nederland-request@lijsten.example"), nocast=True),
    T("phishing", False, "Let op: uw rekening wordt geblokkeerd",
      """
      Beste klant,

      Wij hebben ongebruikelijke activiteit gezien. Helaas wordt uw rekening binnen 24 uur geblokkeerd als u uw gegevens niet hier bevestigt: http://bank-verificatie.test/inloggen

      Veiligheidsdienst
      """, sender="raw", from_=("Veiligheid", "support@bank-verificatie.test"), nocast=True),
]

SPLITS = {
    "dev": dict(casts=DEV_CASTS, owners=DEV_OWNERS, templates=DEV, quotes=DEV_QUOTES,
                sig="{rname}\n{rtitle} | {company}\nT {rphone}",
                attrib="Op {date} schreef {owner_full} <{owner_email}>:"),
    "heldout": dict(casts=HELD_CASTS, owners=HELD_OWNERS, templates=HELD, quotes=HELD_QUOTES,
                    sig="--\n{rname}\n{rtitle}\n{company}\nM: {rphone}",
                    attrib="________________________________"),
}
