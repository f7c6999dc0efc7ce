from common import L, O, R

LANG = "nl"
OWNERS = [("Daan de Vries", "daan.devries@postbus.example"),
          ("Sanne Bakker", "sanne.bakker@mijnmail.test"),
          ("Youssef El Amrani", "y.elamrani@postbus.example")]
COMPANIES = [("Polderlicht B.V.", "polderlicht.example"), ("Grachtwerk Digital", "grachtwerk.test"),
             ("Zeeduin Verzekeringen", "zeeduin.example"), ("Molenaar & Kuipers", "molenaarkuipers.test"),
             ("Tulpenveld Logistiek", "tulpenveld.example"), ("Bruggehoofd Software", "bruggehoofd.test"),
             ("Dijkgraaf Energie", "dijkgraaf-energie.example")]
ROLES = ["Medior Java Developer", "Marketing Manager", "Data Engineer", "Klantenservicemedewerker",
         "Projectleider Infra", "Stagiair HR", "Financieel Controller", "UX Researcher"]
SIGNERS = [("Femke Jansen", "Recruiter"), ("Bram Visser", "Talent Acquisition Specialist"),
           ("Lotte Smit", "HR-adviseur"), ("Ruben van Leeuwen", "Teamlead Engineering")]
AGENCIES = [("Mirjam Hoekstra", "Senior Consultant", "Werving Noord", "wervingnoord.example"),
            ("Koen Brouwer", "Recruitment Consultant", "Talentbrug", "talentbrug.test")]
VENDOR_PREF = ["Recruitee", "Recruitee", "Teamtailor", "Greenhouse", "Workday", "Lever",
               "Workable"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
TZ_OFFSETS = [60, 120]
RE = "Re: "
WROTE = "Op {date} schreef {owner} <{owner_email}>:"
OUTLOOK = ("Van:", "Verzonden:", "Aan:", "Onderwerp:")
QUOTE = ("Hoi {signer_first},\n\nNogmaals bedankt voor het fijne gesprek. Als je nog iets nodig hebt, hoor ik\n"
         "het graag.\n\nGroet,\n{first}")
LABELS = dict(phone="T:", careers="Vacatures", open_roles="Bekijk onze vacatures:",
              sent_by="Dit bericht is namens {company} verstuurd via {vendor}.", privacy="Privacyverklaring",
              unsubscribe="Afmelden", preferences="E-mailvoorkeuren", platform_jobs="Meer vacatures bij {company}:")
ATS_DISPLAY = ["{company}", "{company} Recruitment", "{company} Werken bij", "HR {company}"]


def phone(rng):
    return rng.choice(["+31 20 ", "+31 6 ", "+31 10 "]) + f"{rng.randrange(1000000, 9999999)}"


def fmt_date(d):
    maanden = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    return f"{d.day} {maanden[d.month - 1]} {d.year}"


REJ = [
    R("person", "Je sollicitatie als {role}",
      "Hoi {first},\n\nBedankt voor je sollicitatie en je interesse in {company}.\n\nHelaas moeten we je "
      "laten weten dat we niet verder gaan met je sollicitatie. We hebben gekozen voor een kandidaat "
      "wiens ervaring beter aansluit bij wat we nu nodig hebben.\n\nVeel succes met je zoektocht!\n\nGroet,"),
    R("person", "Terugkoppeling gesprekken",
      "Beste {first},\n\nDank voor de tijd die je in de gesprekken hebt gestoken. Na lang wikken en wegen "
      "hebben we besloten een andere kandidaat aan te nemen. Het was echt een lastige keuze.\n\nAls je "
      "feedback wilt, bel me gerust.\n\nHartelijke groet,"),
    R("person", "Je thuisopdracht",
      "Hoi {first},\n\nBedankt voor het maken van de thuisopdracht. We vonden de code netjes, maar we nemen "
      "je helaas niet mee naar de volgende ronde voor {role}. Het datamodel miste diepgang.\n\nSucces verder,"),
    R("person", "Vacature {role} ingetrokken",
      "Beste {first},\n\nDe vacature {role} is door een reorganisatie voorlopig on hold gezet. Daarmee is "
      "ook je sollicitatie afgesloten. Vervelend, zeker na twee rondes; mijn excuses.\n\nMet vriendelijke groet,"),
    R("reply", "Stand van zaken sollicitatie",
      "Hoi {first},\n\nDank voor je bericht en sorry voor de stilte. We gaan helaas niet verder met jou; de "
      "functie is intern ingevuld.\n\nGroet,"),
    R("reply", "Bedankt voor het gesprek",
      "Beste {first},\n\nDank voor je vriendelijke mail. Ik moet je helaas laten weten dat we na de laatste "
      "ronde voor iemand anders hebben gekozen.\n\nAlle goeds,"),
    R("agency", "Terugkoppeling {company}",
      "Hoi {first},\n\nIk heb net {company} gesproken. Helaas gaan ze niet verder met je voor de rol van "
      "{role}; ze zoeken iemand met meer leidinggevende ervaring.\n\nIk heb nog twee andere opdrachten die "
      "goed bij je passen. Even bellen donderdag?\n\nGroet,"),
    R("agency", "Fwd: Kandidaat terugkoppeling",
      "Hoi {first},\n\nHieronder de reactie van de klant. Balen, sorry.\n\n---------- Doorgestuurd bericht "
      "----------\nVan: {signer} <{signer_email}>\nDatum: {date_prev}\nOnderwerp: Kandidaat terugkoppeling\n\n"
      "Hoi {agent_first},\n\nDank voor het voorstellen van {first}. We hebben besloten niet verder te gaan.\n\n"
      "{signer}\n{company}\n\nGroet,"),
    R("ats", "Je sollicitatie bij {company}",
      "Beste {first},\n\nHartelijk dank voor je sollicitatie op de functie {role} bij {company}.\n\nNa "
      "zorgvuldige overweging hebben we besloten je niet uit te nodigen voor een gesprek. We ontvingen "
      "veel sterke reacties.\n\nMet vriendelijke groet,\nTeam Recruitment {company}"),
    R("ats", "Update over je sollicitatie",
      "Hoi {first},\n\nDank je wel voor het maken van het online assessment. Op basis van de uitslag kunnen we "
      "je sollicitatie helaas niet verder in behandeling nemen.\n\nKijk gerust op {careers} voor andere "
      "vacatures.\n\nHR {company}", html=True),
    R("ats", "{role}: de vacature is vervuld",
      "Beste {first},\n\nDe vacature {role} is inmiddels vervuld. Je sollicitatie wordt daarom niet verder "
      "meegenomen. We bewaren je gegevens vier weken.\n\nTeam {company}", html="only"),
    R("ats_signed", "Je sollicitatie – {company}",
      "Hoi {first},\n\nDank voor de prettige gesprekken. We hebben uiteindelijk besloten je geen aanbod te "
      "doen voor de rol van {role}.\n\nHartelijke groet,"),
    R("ats_replyto", "Sollicitatie {role}",
      "Beste {first},\n\nWe hebben je profiel goed bekeken, maar het sluit helaas niet genoeg aan. Wil je "
      "meer toelichting? Beantwoord dan deze e-mail.\n\nTeam Werving {company}"),
    R("platform", "Update over je sollicitatie bij {company}",
      "Status: Niet meer in overweging\n\n{first}, {company} heeft besloten verder te gaan met andere "
      "kandidaten voor {role}.", platform="LinkedIn"),
    R("platform", "Je Indeed-sollicitatie",
      "Hallo {first},\n\n{company} heeft je sollicitatie voor {role} bekeken en besloten voor andere kandidaten "
      "te kiezen.\n\nGeef niet op! Bekijk vergelijkbare vacatures.", platform="Indeed"),
    R("person", "Kort bericht",
      "Hoi {first}, we hebben gekozen voor iemand anders. Dus helaas, het wordt hem niet. Bedankt voor je "
      "tijd en veel succes!\n\nGr."),
]

LOOK = [
    L("received", "ats", "Ontvangstbevestiging sollicitatie",
      "Beste {first},\n\nBedankt voor je sollicitatie op {role}. We hebben je gegevens ontvangen. Helaas "
      "duurt de beoordeling door de vele reacties zo'n drie weken.\n\nTeam Recruitment {company}"),
    L("interview", "person", "Uitnodiging sollicitatiegesprek",
      "Hoi {first},\n\nWe willen je graag uitnodigen voor een gesprek voor de functie {role}. Helaas kan "
      "{weekday} niet meer; past donderdag om 10:00 ook?\n\nGroet,"),
    L("offer", "person", "Aanbod",
      "Hoi {first},\n\nGoed nieuws: we hebben besloten je een aanbod te doen! Het contractvoorstel volgt "
      "morgen.\n\nHartelijke groet,"),
    L("woning", "raw", "Reactie op woning Keizersgracht",
      "Beste {first},\n\nHelaas heeft de verhuurder voor een andere kandidaat gekozen. We houden je op de "
      "hoogte van nieuw aanbod.\n\nMakelaardij Waterland", sender="Waterland Makelaars <verhuur@waterland-mak.example>"),
    L("lening", "raw", "Uw aanvraag persoonlijke lening",
      "Geachte klant,\n\nHelaas kunnen wij uw aanvraag voor een persoonlijke lening niet goedkeuren.\n\n"
      "Zeeduin Bank", sender="Zeeduin Bank <service@zeeduin.example>"),
    L("subsidie", "raw", "Besluit subsidieaanvraag",
      "Geachte heer/mevrouw,\n\nUw aanvraag voor de cultuursubsidie is helaas afgewezen. Het besluit vindt u "
      "in de bijlage.\n\nGemeente Waterstad", sender="Gemeente <subsidies@gemeente.example>"),
    L("friend", "raw", "Arme Joris",
      "Hé {first},\n\nJoris is afgewezen bij dat bureau, na drie rondes nog wel. Hij baalt enorm. Zullen we "
      "zaterdag iets met hem doen?\n\nXx Eva", sender="Eva <eva.m@mijnmail.test>"),
    L("withdrawal", "raw", "Intrekken sollicitatie",
      "Hoi {signer_first},\n\nBedankt voor de gesprekken. Helaas trek ik mijn sollicitatie voor {role} in, "
      "omdat ik een ander aanbod heb aangenomen.\n\nGroet,\n{first}", sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Kandidaat Mulder",
      "Hoi {first},\n\nDank voor je interviewnotities. We hebben besloten niet verder te gaan met mevrouw "
      "Mulder. Femke stuurt haar vandaag de afwijzing.\n\nRuben",
      sender="Ruben van Leeuwen <ruben.vanleeuwen@grachtwerk.test>"),
    L("job_alert", "platform", "Nieuwe vacatures voor jou",
      "Hoi {first},\n\n7 nieuwe vacatures passen bij je zoekopdracht:\n{role} – {company} – Utrecht\n"
      "Data Engineer – Polderlicht – Amsterdam", platform="Indeed"),
    L("bestelling", "raw", "Je bestelling is geannuleerd",
      "Hoi {first},\n\nHelaas is je betaling geweigerd en is bestelling {ref} geannuleerd.\n\nKlantenservice",
      sender="Fietsplein <bestelling@fietsplein.example>"),
    L("next_steps", "reply", "Volgende stap",
      "Hoi {first},\n\nGoed nieuws: je gaat door naar de laatste ronde! Helaas is de directeur op reis, dus "
      "het wordt volgende week.\n\nGroet,"),
]

ORD = [
    O("nieuwsbrief", "raw", "Nieuwsbrief april",
      "Hallo,\n\nHelaas gaat de workshop in april niet door. We hebben besloten hem naar mei te verplaatsen. "
      "Aanmeldingen voor de zomercursus zijn open.", sender="Buurthuis De Linde <nieuws@delinde.example>", footer=True),
    O("verzending", "raw", "Je pakket is onderweg",
      "Hoi {first},\n\nJe pakket is verzonden. Helaas kan de bezorging een dag later zijn.\n\n"
      "Volg je pakket: https://volg.snelpost.example/{ref}", sender="SnelPost <noreply@snelpost.example>", footer=True),
    O("factuur", "raw", "Je factuur staat klaar",
      "Hallo,\n\nJe factuur staat klaar. Helaas is de automatische incasso mislukt.",
      sender="Dijkgraaf Energie <factuur@dijkgraaf-energie.example>"),
    O("persoonlijk", "raw", "Zondag",
      "Hoi lieverd,\n\nOma heeft besloten toch te komen. Helaas gaat het regenen, dus we eten binnen. Neem "
      "jij het toetje mee?\n\nMam", sender="Mam <ria.devries@postbus.example>"),
    O("agenda", "raw", "Uitnodiging: Teamoverleg do 10:00",
      "Je bent uitgenodigd: Teamoverleg\nWanneer: donderdag 10:00–11:00\nAgenda: openstaande functies, "
      "kandidaten, vakantieplanning.", sender="Agenda <agenda@workspace.example>"),
    O("spam", "raw", "U bent geselecteerd!",
      "Gefeliciteerd! U bent geselecteerd voor een thuiswerkbaan. Helaas zijn er nog maar 3 plekken: stuur "
      "vandaag uw sollicitatie.", sender="Snel Geld <info@snelgeld.test>"),
    O("wachtwoord", "raw", "Wachtwoord opnieuw instellen",
      "Hoi {first},\n\nJe hebt gevraagd je wachtwoord opnieuw in te stellen. Helaas is de link maar 30 "
      "minuten geldig.\n\nhttps://account.wolkje.example/reset/{ref}", sender="Wolkje <security@wolkje.example>"),
    O("github", "raw", "Re: [bruggehoofd/app] Verkeerde positie van knop (#{ref})",
      "@ddevries helaas nog steeds reproduceerbaar. Ik heb besloten het component te herschrijven.\n\n"
      "https://github.com/bruggehoofd/app/issues/{ref}", sender="tvdberg <notifications@github.com>"),
    O("school", "raw", "Schoolreisje groep 6",
      "Beste ouders,\n\nHelaas is het schoolreisje verplaatst. We hebben besloten in juni te gaan.\n\n"
      "De directie", sender="Basisschool De Regenboog <info@deregenboog.example>"),
    O("club", "raw", "Opstelling zaterdag",
      "Hoi allemaal,\n\nHelaas is onze keeper geblesseerd. Wie kan die positie overnemen? De trainer heeft "
      "de opstelling al besloten.\n\nSander", sender="VV Polderboys <jeugd@polderboys.example>"),
    O("lijst", "raw", "[python-nl] Meetup Rotterdam",
      "Hoi,\n\nHelaas is de locatie afgevallen. We hebben besloten naar de bibliotheek te gaan. Kandidaten "
      "voor een talk kunnen reageren.\n\nWouter", sender="Wouter Peters <wouter@lijsten.example>"),
    O("bon", "raw", "Je kassabon",
      "Bedankt voor je aankoop: 2x koffie, 1x appeltaart. Totaal € 9,10. Helaas konden we je spaarpunten "
      "niet bijschrijven.", sender="Koffiehuis Anker <bon@koffiehuisanker.example>"),
]
