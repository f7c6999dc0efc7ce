"""Build the dev6/nl corpus: 150 Dutch/Flemish rejections, 70 look-alikes, 30 ordinary mails.

Every rejection is built around a different decision sentence (breadth of phrasing).
All people, companies and domains are invented. Run:

    .venv/bin/python tests/corpus/dev6/nl/build.py          # (re)write messages/ and labels.jsonl
    .venv/bin/python tests/corpus/dev6/nl/build.py --check  # parse back, check labels 1:1
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"

READERS = [
    ("Sanne", "Sanne de Wit", "mevrouw De Wit"),
    ("Daan", "Daan Kuipers", "heer Kuipers"),
    ("Femke", "Femke Bosman", "mevrouw Bosman"),
    ("Joris", "Joris van Dam", "heer Van Dam"),
    ("Lotte", "Lotte Verhoeven", "mevrouw Verhoeven"),
    ("Bram", "Bram Claes", "heer Claes"),
    ("Noor", "Noor El Amrani", "mevrouw El Amrani"),
    ("Thijs", "Thijs Maes", "heer Maes"),
    ("Eva", "Eva Hendriks", "mevrouw Hendriks"),
    ("Wout", "Wout Peeters", "heer Peeters"),
    ("Ilse", "Ilse Smulders", "mevrouw Smulders"),
    ("Ruben", "Ruben Jacobs", "heer Jacobs"),
]

CHARSETS = [("utf-8", "quoted-printable"), ("utf-8", "8bit"), ("iso-8859-1", "quoted-printable"),
            ("utf-8", "base64"), ("windows-1252", "8bit")]

RECORDS: list[dict] = []


def R(co, dom, role, who, local, url, subj, body, mode="plain", frm=None, formal=None, sig=True, quoted=None):
    """A rejection. `body` starts after the greeting; {n} = reader's first name, {f} = formal name."""
    RECORDS.append(dict(kind="rejection", co=co, dom=dom, role=role, who=who, local=local, url=url,
                        subj=subj, body=body, mode=mode, frm=frm, formal=formal, sig=sig, quoted=quoted))


def L(kind, subj, body, frm, mode="plain", quoted=None, formal=None, co=None, who=None, sig=True):
    """A look-alike or ordinary mail; `frm` = (display name, address)."""
    RECORDS.append(dict(kind=kind, co=co, dom=frm[1].split("@")[1], role=None, who=who, local=None, url=None,
                        subj=subj, body=body, mode=mode, frm=frm, formal=formal, sig=sig, quoted=quoted))


# ---------------------------------------------------------------------------------------------
# 150 rejections
# ---------------------------------------------------------------------------------------------
R("Bakkerij Hoekstra", "bakkerijhoekstra.example", "winkelmedewerker", "Marieke Hoekstra", "marieke", None,
  "Je sollicitatie als winkelmedewerker",
  "Bedankt voor je sollicitatie als winkelmedewerker. We hebben besloten niet verder te gaan met je sollicitatie.")
R("Gemeente Zuidwold", "zuidwold.example", "beleidsmedewerker wonen", None, None,
  "https://www.zuidwold.example/werkenbij",
  "Uw sollicitatie beleidsmedewerker wonen",
  "Hartelijk dank voor uw belangstelling voor de functie van beleidsmedewerker wonen. Helaas moeten wij u "
  "mededelen dat uw sollicitatie niet is geselecteerd voor de volgende ronde.\n\nOnze vacatures vindt u op "
  "https://www.zuidwold.example/werkenbij.")
R("Klaverveld Logistiek", "klaverveld.example", "planner", "Ahmed Bouzid", "a.bouzid", None,
  "Update sollicitatie planner",
  "Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat voor de rol van planner. Dank voor de "
  "tijd die je erin hebt gestoken.")
R("Studio Fjord", "studiofjord.example", "UX-designer", "Lisa Brink", "lisa", None,
  "UX-designer",
  "Dank je wel voor je interesse in Studio Fjord. De vacature voor UX-designer is inmiddels ingevuld, dus we "
  "nemen je sollicitatie niet verder mee.")
R("Veldkamp Installatietechniek", "veldkamp-it.example", "servicemonteur", "Gert Veldkamp", "gert", None,
  "Sollicitatie servicemonteur",
  "We hebben de voorkeur gegeven aan een kandidaat met meer ervaring in warmtepompen.")
R("Zorggroep De Linde", "delinde.example", "verzorgende IG", None, None, None,
  "Reactie op uw sollicitatie",
  "Wij hebben uw sollicitatie voor de functie verzorgende IG ontvangen en beoordeeld. U komt helaas niet in "
  "aanmerking voor deze functie.", formal=True)
R("Stad Mechelbeek", "mechelbeek.example", "administratief medewerker", None, None, None,
  "Uw kandidatuur administratief medewerker",
  "Wij danken u voor uw kandidatuur voor de functie van administratief medewerker. Na grondige screening "
  "moeten wij u meedelen dat uw kandidatuur niet wordt weerhouden.", formal=True)
R("Brouwerij De Drie Kruiken", "driekruiken.example", "marketeer", "Sophie Lambrechts", "sophie", None,
  "Je sollicitatie",
  "We hebben alle brieven voor de functie van marketeer gelezen. Helaas nodigen we je niet uit voor een gesprek.")
R("Noorderlicht Accountants", "noorderlicht.example", "junior accountant", "Erik Post", "e.post", None,
  "Sollicitatie junior accountant",
  "Je profiel sluit onvoldoende aan bij wat we voor de functie van junior accountant zoeken.")
R("Pixelbaai", "pixelbaai.example", "frontend developer", "Tim", "tim", None,
  "frontend developer",
  "hey {n}! dankjewel voor je sollicitatie als frontend developer. we gaan verder met andere kandidaten, sorry!",
  sig=False)
R("Hotel Duinrand", "duinrand.example", "receptionist", "Carla Meijer", "carla.meijer", None,
  "Receptionist",
  "Wij hebben de functie van receptionist aan iemand anders aangeboden, die deze heeft aanvaard.")
R("Fonteyn Vastgoed", "fonteyn.example", "assetmanager", "Jasper Fonteyn", "jasper", None,
  "Shortlist assetmanager",
  "Vandaag hebben we de shortlist voor de functie van assetmanager opgesteld. Je staat daar helaas niet op.")
R("Waterschap Lage Venen", "lagevenen.example", "hydroloog", None, None,
  "https://www.lagevenen.example/vacatures",
  "Sollicitatie hydroloog",
  "De selectiecommissie heeft alle sollicitaties voor de functie van hydroloog besproken en heeft besloten u "
  "niet uit te nodigen voor een gesprek.", formal=True)
R("Kaasmakerij Ten Bosch", "tenbosch.example", "productiemedewerker", "Anke", "anke", None,
  "Je sollicitatie bij Ten Bosch",
  "Het is dit keer helaas geen match tussen jouw profiel en de functie van productiemedewerker.")
R("Ministerie van Verkeer en Vervoer (fictief)", "vv-fictief.example", "jurist", None, None, None,
  "Sollicitatie jurist",
  "Wij zullen uw sollicitatie voor de functie van jurist niet verder in behandeling nemen.", formal=True)
R("Hoogland Engineering", "hoogland-eng.example", "werktuigbouwkundige", None, None, None,
  "Status van je sollicitatie",
  "Je cv is niet doorgegaan naar de volgende fase van de selectie voor werktuigbouwkundige.",
  frm=("Hoogland Engineering via Recruitee", "no-reply@hoogland.recruitee.test"))
R("Talentbrug", "talentbrug.example", "financieel controller", "Mila Smit", "mila", None,
  "Terugkoppeling financieel controller",
  "Ik heb vandaag de terugkoppeling van de opdrachtgever gekregen: zij hebben aangegeven niet verder te willen "
  "met je profiel voor de rol van financieel controller.")
R("Oranjewoud Software", "oranjewoud.example", "product owner", "Niels de Haan", "niels", None,
  "Product owner",
  "De hiring manager heeft uiteindelijk gekozen voor een interne kandidaat voor de positie van product owner.")
R("Autobedrijf Smeets", "smeets-auto.example", "APK-keurmeester", "Rob Smeets", "rob", None,
  "sollicitatie",
  "We hebben je sollicitatie als APK-keurmeester afgewezen omdat je nog geen geldig certificaat hebt.")
R("Rijnland Ziekenhuis", "rijnland-zh.example", "verpleegkundige", None, None, None,
  "Uw sollicitatie is afgewezen",
  "Uw sollicitatie voor de functie van verpleegkundige op de afdeling cardiologie is helaas afgewezen.",
  formal=True)
R("Deltadata", "deltadata.example", "data-analist", "Yara Hoek", "yara", None,
  "Data-analist: eerste selectie",
  "We hebben veel reacties gehad. Helaas ben je niet door de eerste selectie gekomen.")
R("Vos & Partners", "vospartners.example", "consultant", "Hanna Vos", "hanna", None,
  "Assessment consultant",
  "Je hebt het assessment voor de functie van consultant helaas niet met voldoende resultaat afgerond. Daarom "
  "stopt de procedure voor jou hier.")
R("Codekamer", "codekamer.example", "backend developer", "Pim", "pim", None,
  "Technische test",
  "Je bent niet geslaagd voor de technische test, waardoor we het proces voor de rol van backend developer "
  "beëindigen.")
R("Stichting Kinderopvang Zonnetij", "zonnetij.example", "pedagogisch medewerker", "Ingrid Wolters",
  "i.wolters", None,
  "Sollicitatieprocedure pedagogisch medewerker",
  "Hierbij beëindigen wij de sollicitatieprocedure voor de functie van pedagogisch medewerker met u.",
  formal=True)
R("Groenhof Hoveniers", "groenhof.example", "hovenier", "Kees", "kees", None,
  "Hovenier",
  "We zetten de procedure met jou niet voort. Succes met zoeken!")
R("Lumen Optiek", "lumenoptiek.example", "opticien", "Sara Dekker", "sara", None,
  "Sollicitatie opticien",
  "Er zijn kandidaten die beter aansluiten bij het profiel van opticien, dus wij kiezen niet voor jou.")
R("Bureau Meridiaan", "meridiaan.example", "projectleider", "Olaf Rietveld", "olaf", None,
  "Projectleider",
  "We hebben alle gesprekken gevoerd. Andere kandidaten sloten beter aan bij de functie van projectleider, "
  "daarom gaan we niet met je verder.")
R("Provincie Oostmarke", "oostmarke.example", "adviseur mobiliteit", None, None, None,
  "Sollicitatie adviseur mobiliteit",
  "Uw sollicitatie voor de functie van adviseur mobiliteit heeft helaas niet tot een uitnodiging geleid.",
  formal=True)
R("Koffiebranderij Bonen & Co", "bonenco.example", "barista", "Luuk", "luuk", None,
  "Barista",
  "Na de proefdag hebben we besloten dat we je helaas geen aanbod kunnen doen.")
R("Wolkje Games", "wolkje.example", "game artist", "Fleur Janssen", "fleur", None,
  "Game artist",
  "We kunnen je helaas geen plek aanbieden in ons art-team.")
R("Kantoor Van Rooij Notarissen", "vanrooij-notaris.example", "kandidaat-notaris", "mr. P. van Rooij",
  "p.vanrooij", None,
  "Uw sollicitatie",
  "Wij zien geen mogelijkheden om u een vervolggesprek aan te bieden voor de functie van kandidaat-notaris.",
  formal=True)
R("Scheepswerf Ooster", "ooster-werf.example", "lasser", "Bart", "bart", None,
  "Gesprek lasser",
  "Bedankt voor het gesprek van dinsdag. Er volgt geen tweede gesprek voor de functie van lasser.")
R("Theater De Kroon", "dekroon.example", "technicus", "Rik", "rik", None,
  "Technicus",
  "Jammer genoeg valt de keuze niet op jou.")
R("Huisartsenpraktijk De Esch", "deesch.example", "doktersassistent", "Dr. Anouk Beerens", "a.beerens", None,
  "Sollicitatie doktersassistent",
  "De keuze is gevallen op een andere kandidaat.", formal=True)
R("Sportfondsen Noord", "sfnoord.example", "zweminstructeur", "Marco", "marco", None,
  "Zweminstructeur",
  "We hebben een kandidaat gevonden die nog beter bij het team past.")
R("Tulp & Co", "tulpco.example", "accountmanager", "Evelien", "evelien", None,
  "Accountmanager",
  "Je hebt het helaas net niet gehaald. Het was een lastige keuze.")
R("Zeeuwse Mosselveiling", "mosselveiling.example", "inkoper", "Adri de Kok", "adri", None,
  "Selectie inkoper",
  "In het assessment scoorde je lager dan de andere finalisten, dus we ronden de procedure met jou af.")
R("Netwerk Media", "netwerkmedia.example", "eindredacteur", "Jolien Geerts", "jolien", None,
  "Laatste ronde eindredacteur",
  "Je bent in de laatste ronde afgevallen.")
R("Nationale Bibliotheekdienst (fictief)", "nbd-fictief.example", "informatiespecialist", None, None, None,
  "Uitslag selectie",
  "Uw sollicitatie is niet succesvol geweest.", formal=True)
R("Hogeschool Amstelrand", "amstelrand.example", "docent wiskunde", None, None, None,
  "Sollicitatie docent wiskunde",
  "U behoort niet tot de kandidaten die wij uitnodigen voor een gesprek.", formal=True)
R("Kringloop Tweede Kans", "tweedekans.example", "coördinator", "Hans", "hans", None,
  "Vacature coördinator",
  "Door een reorganisatie hebben we besloten de vacature van coördinator in te trekken. Daarmee komt ook je "
  "sollicitatie te vervallen.")
R("Energiebedrijf Windkracht", "windkracht.example", "netbeheerder", None, None, None,
  "Functie netbeheerder",
  "De functie van netbeheerder komt te vervallen, waardoor we je sollicitatie niet verder behandelen.")
R("Van Leeuwen Transport", "vanleeuwen.example", "planner", "Marjolein", "marjolein", None,
  "Uw sollicitatie",
  "Wij hebben uw sollicitatie naast het functieprofiel gelegd en moeten concluderen dat er onvoldoende match is.",
  formal=True)
R("Groen Kapitaal", "groenkapitaal.example", "investment analyst", "Dirk", "dirk", None,
  "investment analyst",
  "Op basis van je cv zien we onvoldoende aanknopingspunten om je uit te nodigen.")
R("Cateringbedrijf Smaakmakers", "smaakmakers.example", "kok", "Tessa", "tessa", None,
  "Kok",
  "Ik moet je helaas teleurstellen: we hebben voor de functie van kok iemand anders aangenomen.")
R("Advocatenkantoor Stam & Dijk", "stamdijk.example", "advocaat-stagiair", None, None, None,
  "Sollicitatie",
  "Wij gaan niet over tot een uitnodiging voor een kennismakingsgesprek.", formal=True)
R("Museum aan de Vaart", "museumvaart.example", "educatief medewerker", "Nina", "nina", None,
  "Educatief medewerker",
  "De vacature is vervuld.")
R("Boekhandel Het Leesteken", "leesteken.example", "boekverkoper", "Jan", "jan", None,
  "Boekverkoper",
  "We hebben de positie intern ingevuld.")
R("Digitaal Dorp", "digitaaldorp.example", "community manager", "Roos", "roos", None,
  "Community manager",
  "Bedankt voor je geduld. Iemand anders is aangenomen voor de functie van community manager.")
R("Architectenbureau Lijn", "lijn-arch.example", "BIM-modelleur", "Merel", "merel", None,
  "BIM-modelleur",
  "De rol van BIM-modelleur is gegund aan een andere kandidaat.")
R("Zorgverzekeraar Anker", "anker-zorg.example", "klantadviseur", None, None, None,
  "Je sollicitatie bij Anker",
  "Je bent helaas niet door de screening gekomen voor de functie van klantadviseur.",
  frm=("Anker Werving", "werving@anker-zorg.example"))
R("Lichtpunt Energie", "lichtpunt.example", "sales engineer", "Karim", "karim", None,
  "Na ons gesprek",
  "Na het gesprek hebben we besloten je niet verder mee te nemen in het proces.")
R("Vrije School De Horizon", "horizonschool.example", "leerkracht", "Ellen", "ellen", None,
  "Leerkracht groep 5",
  "We nemen je niet mee naar de volgende ronde.")
R("Meubelfabriek Eik", "eik-meubel.example", "meubelmaker", "Henk", "henk", None,
  "Meubelmaker",
  "Wij kiezen ervoor om met een andere kandidaat in zee te gaan.")
R("Snackbar De Vork", "devork.example", "bezorger", "Mo", "mo", None,
  "bezorger",
  "Hoi {n}, het wordt helaas een nee. Groetjes, Mo", sig=False)
R("Dierenkliniek Vier Poten", "vierpoten.example", "dierenartsassistent", "Nadia", "nadia", None,
  "Dierenartsassistent",
  "We moeten je helaas een negatief antwoord geven op je sollicitatie.")
R("Vlaamse Dienst voor Cultuur (fictief)", "vdc-fictief.example", "cultuurconsulent", None, None, None,
  "Beslissing kandidatuur",
  "De jury heeft een negatieve beslissing genomen over uw kandidatuur voor de functie van cultuurconsulent.",
  formal=True)
R("OCMW Westerzele", "westerzele.example", "maatschappelijk werker", None, None, None,
  "Kandidatuur maatschappelijk werker",
  "Uw kandidatuur werd niet positief beoordeeld.", formal=True)
R("Gemeente Oudewater-Zuid (fictief)", "owz-fictief.example", "boekhouder", None, None, None,
  "Resultaat selectieprocedure",
  "U bent niet geslaagd voor de selectieproef en wordt niet opgenomen in de wervingsreserve voor de functie "
  "van boekhouder.", formal=True)
R("Politiezone Kempenland (fictief)", "pzk-fictief.example", "inspecteur", None, None, None,
  "Resultaat eerste proef",
  "U heeft de eerste proef niet gehaald. U kunt bijgevolg niet deelnemen aan de volgende proeven.",
  formal=True)
R("Bloemenhuis Iris", "iris-bloem.example", "bloembinder", "Iris", "iris", None,
  "bloembinder",
  "We hebben je niet gekozen, maar je werk ziet er mooi uit!")
R("Slagerij Vermeulen", "vermeulen.example", "verkoper", "Paul Vermeulen", "paul", None,
  "Sollicitatie",
  "We hebben besloten om je niet aan te nemen.")
R("Uitzendbureau Snelwerk", "snelwerk.example", "orderpicker", "Demi", "demi", None,
  "Orderpicker",
  "De opdrachtgever biedt je geen contract aan.")
R("Nova Biotech", "novabiotech.example", "labanalist", "Dr. Sven Aarts", "s.aarts", None,
  "Labanalist",
  "Jouw profiel is voor deze rol niet sterk genoeg.")
R("Quadrant Consultancy", "quadrant.example", "SAP-consultant", "Tom", "tom", None,
  "SAP-consultant",
  "Je ervaring sluit niet goed aan bij de eisen van de klant.")
R("Vliegschool Wolkenkrabber", "wolkenkrabber.example", "grondinstructeur", "Esther", "esther", None,
  "Grondinstructeur",
  "Je mist de gevraagde ervaring als instructeur, dus helaas.")
R("Rechtbank Midden (fictief)", "rbm-fictief.example", "griffier", None, None, None,
  "Sollicitatie griffier",
  "U voldoet helaas niet aan de functie-eisen die wij voor de functie van griffier hebben gesteld.",
  formal=True)
R("Apotheek De Mortier", "demortier.example", "apothekersassistent", "Vera", "vera", None,
  "Apothekersassistent",
  "Je diploma voldoet niet aan de gestelde eisen, zodat we niet verder kunnen met je sollicitatie.")
R("Tech Harbour", "techharbour.example", "DevOps engineer", "Lars", "lars", None,
  "DevOps engineer",
  "Omdat je geen werkvergunning hebt, kunnen we je sollicitatie niet in overweging nemen.")
R("Werving Oost", "wervingoost.example", "monteur", "Frank", "frank", None,
  "Monteur",
  "Ik heb besloten je sollicitatie niet door te zetten naar de klant.")
R("Interim Plus", "interimplus.example", "interim HR-manager", "Peter", "peter", None,
  "Interim HR-manager",
  "De klant heeft voor een andere kandidaat gekozen.")
R("Jeugdherberg Heide", "heideherberg.example", "gastheer", "Wim", "wim", None,
  "Gastheer",
  "Je bent niet uitgekozen.")
R("Provinciebestuur Limburg-Oost (fictief)", "plo-fictief.example", "dossierbeheerder", None, None, None,
  "Kandidatuur dossierbeheerder",
  "U bent niet weerhouden voor de volgende fase van de selectie.", formal=True)
R("Agentschap Werk en Zorg (fictief)", "awz-fictief.example", "teamcoach", None, None, None,
  "Je kandidatuur",
  "We gaan niet verder met jouw kandidatuur voor de functie van teamcoach.")
R("Bouwcombinatie Dijkstra", "dijkstra-bouw.example", "uitvoerder", "Sjoerd", "sjoerd", None,
  "Uitvoerder",
  "Het team heeft besloten anders te kiezen.")
R("Opera Noord", "operanoord.example", "productieleider", None, None, None,
  "Productieleider",
  "De selectiecommissie heeft zich uitgesproken voor andere kandidaten.", formal=True)
R("Datatuin", "datatuin.example", "data engineer", "Julia", "julia", None,
  "Data engineer",
  "We hebben ervoor gekozen deze rol niet met jou in te vullen.")
R("Recruitly", "recruitly.example", "customer success manager", "Anna", "anna", None,
  "Customer success",
  "Je was een sterke kandidaat, maar we gaan voor iemand anders.")
R("Pizzeria Bella", "bella.example", "pizzabakker", "Marco", "marco", None,
  "pizzabakker",
  "hoi {n}, helaas is het dit keer niet gelukt. groetjes marco", sig=False)
R("Surfschool Golf", "surfgolf.example", "surfleraar", "Jelle", "jelle", None,
  "surfleraar",
  "hee {n}, is helaas niks geworden. volgende zomer weer proberen? jelle", sig=False)
R("Talent Op Maat", "talentopmaat.example", "marketing manager", "Kim", "kim", None,
  "update",
  "Hoi {n}, even snel: ze hebben iemand anders gekozen. Balen! Kim", sig=False)
R("Waterbedrijf Bron", "bron-water.example", "procesoperator", None, None, None,
  "Sollicitatie procesoperator",
  "Uw sollicitatie wordt niet verder behandeld.", formal=True)
R("Verzekeraar Kompas", "kompas-verz.example", "actuaris", None, None, None,
  "Je sollicitatie actuaris",
  "We sluiten je dossier voor de functie van actuaris.")
R("Smart Grid Labs", "smartgrid.example", "embedded engineer", None, None, None,
  "Je sollicitatie",
  "Je staat niet langer in de procedure voor embedded engineer.",
  frm=("Smart Grid Labs via Greenhouse", "no-reply@smartgrid.greenhouse.test"))
R("Universiteit van Dorestad (fictief)", "udorestad.example", "promovendus", "Prof. dr. Karin Wouters",
  "k.wouters", None,
  "PhD-positie",
  "Je maakt geen deel meer uit van de selectieprocedure voor de promotieplaats.")
R("Fitnessclub Kracht", "kracht.example", "personal trainer", "Dennis", "dennis", None,
  "Personal trainer",
  "We hebben de procedure voor jou stopgezet.")
R("Uitgeverij Papier", "papier.example", None, "Marloes", "marloes", None,
  "Open sollicitatie",
  "Je open sollicitatie kunnen we helaas niet honoreren.")
R("Reclamebureau Knal", "knal.example", None, "Stefan", "stefan", "https://knal.example/jobs",
  "Je open sollicitatie",
  "Bedankt voor je open sollicitatie. Op dit moment hebben we geen passende vacature voor je, en we bewaren je "
  "gegevens niet. Kijk af en toe op https://knal.example/jobs.")
R("Tuincentrum Groei", "groei.example", None, "Hilde", "hilde", None,
  "Open sollicitatie",
  "We hebben je open sollicitatie bekeken, maar zien geen plaats voor je binnen ons team.")
R("Laboratorium Kern", "kern-lab.example", "stagiair", "Ruud", "ruud", None,
  "Stageaanvraag",
  "Je stageaanvraag is niet gehonoreerd.")
R("Bank Zilverling", "zilverling.example", "trainee", None, None, None,
  "Traineeship",
  "Je bent niet toegelaten tot het traineeship.",
  frm=("Zilverling Traineeship", "traineeship@zilverling.example"))
R("Rijkstraineeprogramma (fictief)", "rtp-fictief.example", "trainee", None, None, None,
  "Traineeprogramma",
  "Je bent niet geplaatst voor het traineeprogramma.")
R("Spelcomputerwinkel Level", "level.example", "winkelmedewerker", "Robin", "robin", None,
  "Winkelmedewerker",
  "We hebben andere kandidaten uitgenodigd.")
R("Muziekschool Toon", "toon.example", "pianodocent", "Liesbeth", "liesbeth", None,
  "Pianodocent",
  "Er is helaas geen plek voor je in de volgende ronde.")
R("Bureau Jeugdzorg Noord (fictief)", "bjn-fictief.example", "jeugdbeschermer", None, None, None,
  "Sollicitatie",
  "Je bent niet doorgeselecteerd.")
R("Raad van Toezicht Zorgnet (fictief)", "zorgnet-fictief.example", "lid raad van toezicht", None, None,
  None,
  "Werving lid raad van toezicht",
  "De remuneratiecommissie heeft besloten u niet voor te dragen.", formal=True)
R("Universiteit Maaskant (fictief)", "maaskant-fictief.example", "universitair docent", None, None, None,
  "Benoeming universitair docent",
  "De benoemingsadviescommissie heeft een andere kandidaat voorgedragen.", formal=True)
R("Start-up Vonk", "vonk.example", "growth hacker", "Sem", "sem", None,
  "Kennismaking",
  "Leuk dat we elkaar spraken. We hebben besloten het bij deze kennismaking te laten.")
R("Zwerm", "zwerm.example", "full-stack developer", "Olivia", "olivia", None,
  "Full-stack",
  "Na lang nadenken: we gaan het niet samen doen.")
R("Yoga Studio Adem", "adem.example", "yogadocent", "Leonie", "leonie", None,
  "Proefles",
  "Het klikt niet helemaal qua stijl, dus we gaan geen samenwerking aan.")
R("Spoorwerk Techniek", "spoorwerk.example", "monteur bovenleiding", "Bert", "bert", None,
  "Monteur bovenleiding",
  "We denken dat deze rol niet bij je past.")
R("Reisbureau Zon", "zonreizen.example", "reisadviseur", "Sabine", "sabine", None,
  "Reisadviseur",
  "We hadden je graag verwelkomd, maar hebben een kandidaat gekozen die al met ons boekingssysteem werkt.")
R("Verfgroothandel Kleur", "kleur.example", "magazijnmedewerker", None, None, None,
  "Magazijnmedewerker",
  "Mochten er in de toekomst nieuwe vacatures komen, dan horen we graag weer van je. Voor nu zullen we je "
  "sollicitatie niet verder meenemen.")
R("Gemeente Helderburg (fictief)", "helderburg-fictief.example", "ICT-adviseur", None, None, None,
  "Sollicitatie ICT-adviseur",
  "Je sollicitatie zal niet worden doorgezet naar de selectiecommissie.")
R("Zeilmakerij Wind", "zeilwind.example", "zeilmaker", "Douwe", "douwe", None,
  "Zeilmaker",
  "Wij moeten helaas nee zeggen.")
R("Consultancy Helder", "helderconsult.example", "business analyst", "Marit", "marit", None,
  "Business analyst",
  "We hebben ons moeten beperken tot een kleine groep kandidaten, en jij hoort daar helaas niet bij.")
R("Evenementenbureau Feest", "feest.example", "eventmanager", "Chantal", "chantal", None,
  "Eventmanager",
  "Je bent niet bij de laatste drie geëindigd.")
R("Logistiek Hub Venlo (fictief)", "hubvenlo-fictief.example", "teamleider", "Rachid", "rachid", None,
  "Teamleider",
  "Het was een nek-aan-nekrace, maar we kiezen voor de andere finalist.")
R("Bouwbedrijf Steen", "steen-bouw.example", "calculator", "Ton", "ton", None,
  "Calculator",
  "Je hebt je goed gepresenteerd, maar het is de andere kandidaat geworden.")
R("Zeilclub Werkhaven", "werkhaven.example", "havenmeester", "Gerrit", "gerrit", None,
  "Havenmeester",
  "De functie van havenmeester is al vergeven.")
R("Rijksmuseum Twee (fictief)", "rm2-fictief.example", "suppoost", None, None, None,
  "Werving suppoost",
  "We hebben de werving afgerond en een nieuwe collega gevonden. We danken je voor je sollicitatie.")
R("Supermarkt Buurtwinkel", "buurtwinkel.example", "vakkenvuller", None, None, None,
  "Sollicitatie vakkenvuller",
  "Gezien het grote aantal reacties kunnen we niet iedereen uitnodigen, en jij bent helaas niet uitgenodigd.")
R("Havenschap Dordt (fictief)", "dordt-fictief.example", "nautisch adviseur", None, None, None,
  "Reactie op vacature",
  "Uw reactie op de vacature heeft niet tot een vervolg geleid.", formal=True)
R("Zuivelcoöperatie Weide", "weide.example", "kwaliteitsmedewerker", None, None, None,
  "Sollicitatie kwaliteitsmedewerker",
  "Wij zullen geen vervolg geven aan uw sollicitatie.", formal=True)
R("Tandartspraktijk Glimlach", "glimlach.example", "mondhygiënist", "Lara", "lara", None,
  "Mondhygiënist",
  "Helaas hebben we moeten besluiten je af te wijzen.")
R("Parkeerbedrijf Rondom", "rondom.example", "handhaver", None, None, None,
  "Handhaver",
  "Je bent niet aangenomen.")
R("Staalbouw Ijzer", "ijzer.example", "tekenaar", None, None, None,
  "Afwijzing sollicitatie tekenaar",
  "In de bijlage vind je onze reactie op je sollicitatie.", mode="subjonly")
R("Callcenter Stem", "stem.example", "klantenservicemedewerker", None, None, None,
  "Geen uitnodiging voor een gesprek – klantenservicemedewerker",
  "Bedankt voor je sollicitatie. Met vriendelijke groet.", mode="subjonly", sig=False)
R("Zorgpension Rust", "rust.example", "zorgcoördinator", "Anja", "anja", None,
  "Referentiecheck",
  "Na de referentiecheck hebben we besloten het aanbod niet te doen.")
R("Tegelhuis Mozaïek", "mozaiek.example", "verkoopadviseur", "Erwin", "erwin", None,
  "Aanbod verkoopadviseur",
  "Helaas trekken we ons aanbod voor de functie van verkoopadviseur in, omdat de vestiging sluit.")
R("Cloudwerk", "cloudwerk.example", "security engineer", None, None, None,
  "Vacature on hold",
  "We hebben de vacature voor security engineer on hold gezet en sluiten alle lopende sollicitaties, "
  "inclusief die van jou.")
R("Sportbond Oranje (fictief)", "sbo-fictief.example", "bondscoach jeugd", "Ferry", "ferry", None,
  "Bondscoach jeugd",
  "Je bent als tweede geëindigd; we hebben de functie aan de nummer één aangeboden.")
R("Mediahuis Oog (fictief)", "oog-fictief.example", "videomaker", "Samira", "samira", None,
  "Videomaker",
  "We hebben besloten met deze functie een andere richting in te slaan, en daarom gaan we niet verder met jouw "
  "kandidatuur.")
R("Nierstichting Noord (fictief)", "nsn-fictief.example", "fondsenwerver", None, None, None,
  "Fondsenwerver",
  "Er is gekozen voor een kandidaat met een achtergrond in grote giften.")
R("Salon Knip", "knip.example", "kapper", "Nicole", "nicole", None,
  "kapper",
  "Je sollicitatie heeft het niet gehaald, sorry.")
# -- structure variants
R("Energiecoöperatie Zonnedak", "zonnedak.example", "projectmedewerker", "Lies Goossens", "lies", None,
  "Nieuws en je sollicitatie",
  "Wat een drukke maand! We hebben net ons honderdste zonnedak opgeleverd in Ede, onze ledenvergadering was "
  "een groot succes en we verhuizen in januari naar een groter kantoor aan de haven. Ook zijn we gestart met "
  "een pilot voor buurtbatterijen, waar we heel trots op zijn. Over je sollicitatie als projectmedewerker: we "
  "hebben uiteindelijk voor een andere kandidaat gekozen.")
R("Glasvezel Noord", "glasvezel-noord.example", "netwerkengineer", "Patrick", "patrick", None,
  "Re: Stand van zaken sollicitatie",
  "Excuus voor de late reactie. We hebben besloten de rol van netwerkengineer niet aan jou te geven.",
  mode="quote",
  quoted="Beste Patrick,\n\nIk wilde graag even informeren naar de stand van zaken rond mijn sollicitatie.\n\n"
         "Groet,\n{n}")
R("Talentbureau Lente", "lente.example", "HR-adviseur", "Dewi", "dewi", None,
  "Fwd: Terugkoppeling HR-adviseur",
  "Hoi {n}, hieronder de reactie van de werkgever. Jammer! Ik zoek verder voor je.",
  mode="fwd",
  quoted="Beste Dewi,\n\nDank voor het voorstellen van de kandidaat. Wij hebben besloten niet verder te gaan met "
         "deze kandidaat voor de functie van HR-adviseur.\n\nGroet,\nMartin")
R("Parkbos Recreatie", "parkbos.example", "recreatiemedewerker", None, None, None,
  "Je sollicitatie",
  "<p>Beste {n},</p><p>Dank voor je sollicitatie als recreatiemedewerker. Helaas hebben we gekozen voor "
  "kandidaten met meer horeca-ervaring.</p><p>Met sportieve groet,<br>Parkbos Recreatie</p>",
  mode="html", sig=False)
R("Octopus Robotics", "octopus.example", "robotica-ingenieur", None, None, "https://octopus.example/careers",
  "Update over je sollicitatie bij Octopus Robotics",
  "<html><body><table><tr><td><h2>Bedankt, {n}</h2><p>We hebben je sollicitatie voor "
  "<b>robotica-ingenieur</b> zorgvuldig bekeken. We gaan niet verder met je sollicitatie.</p>"
  "<p><a href=\"https://octopus.example/careers\">Bekijk andere vacatures</a></p></td></tr></table>"
  "</body></html>", mode="html", sig=False,
  frm=("Octopus Robotics", "no-reply@octopus.smartrecruiters.test"))
R("Gemeente Lingewaard-Noord (fictief)", "lwn-fictief.example", "communicatieadviseur", "Tineke de Boer",
  "t.deboer", None,
  "Re: Gesprek communicatieadviseur",
  "Naar aanleiding van ons gesprek moet ik u helaas laten weten dat wij u de functie niet kunnen aanbieden.",
  mode="quote", formal=True,
  quoted="Geachte mevrouw De Boer,\n\nHartelijk dank voor de uitnodiging. Ik kom graag op donderdag om 10.00 "
         "uur.\n\nMet vriendelijke groet,\n{n}")
R("Uitzendbureau Vooruit", "vooruit.example", "heftruckchauffeur", "Jeroen", "jeroen", None,
  "FW: heftruckchauffeur",
  "Zie hieronder, helaas. Ik bel je morgen even.",
  mode="fwd",
  quoted="Hoi Jeroen,\n\nWe hebben de kandidaat gesproken maar we laten hem niet starten als heftruckchauffeur; "
         "we nemen iemand met meer ervaring.\n\nGr, Rianne")
R("Scholengroep Polder (fictief)", "polder-fictief.example", "conciërge", None, None, None,
  "Sollicitatie conciërge",
  "<div>Geachte {f},</div><div><br></div><div>Na zorgvuldige afweging is besloten uw sollicitatie voor de "
  "functie van conciërge niet in behandeling te nemen.</div><div><br></div><div>Met vriendelijke groet,</div>"
  "<div>Afdeling P&amp;O</div>", mode="html", sig=False, formal=True)
R("Kustwacht Noordzee (fictief)", "kwn-fictief.example", "radio-operator", None, None, None,
  "Selectie radio-operator",
  "De medische keuring heeft uitgewezen dat u niet geschikt bent voor de functie; de selectieprocedure wordt "
  "daarom beëindigd.", formal=True)
R("Stichting Voedselhulp Samen", "samen-hulp.example", "coördinator vrijwilligers", "Jet", "jet", None,
  "Coördinator vrijwilligers",
  "Het bestuur is unaniem uitgekomen bij een andere kandidaat.")
R("Cultuurhuis Podium", "podium.example", "programmeur", "Ward", "ward", None,
  "Programmeur",
  "Helaas zien wij je niet als onze nieuwe programmeur.")
R("Brandweer Regio Maas (fictief)", "brm-fictief.example", "brandweerman", None, None, None,
  "Fysieke test",
  "Omdat je de fysieke test niet hebt gehaald, kun je niet verder in de selectie.")
R("Tuinarchitect Bloei", "bloei.example", "ontwerper", "Vincent", "vincent", None,
  "Ontwerper",
  "Ik heb je portfolio met plezier bekeken, maar ik ga een andere ontwerper vragen.")
R("Advocatenkantoor Lindeboom", "lindeboom.example", "secretaresse", None, None, None,
  "Sollicitatie",
  "Uw sollicitatie voor de functie van secretaresse heeft ons helaas niet overtuigd.", formal=True)
R("Webwinkel Doosje", "doosje.example", "content marketeer", "Tara", "tara", None,
  "Content marketeer",
  "We hebben alle kandidaten vergeleken en jij viel daarbij helaas buiten de boot.")
R("Gemeente Steenwijk-Oost (fictief)", "swo-fictief.example", "jeugdconsulent", None, None, None,
  "Uitslag",
  "Uw naam staat niet op de lijst van kandidaten die worden uitgenodigd.", formal=True)
R("Studentenhuisvesting Kamer (fictief)", "kamer-fictief.example", "huismeester", None, None, None,
  "Sollicitatie huismeester",
  "Wij hebben besloten om de sollicitatieprocedure met een beperkte groep kandidaten voort te zetten. U maakt "
  "daar geen deel van uit.", formal=True)
R("Orkest De Lier (fictief)", "delier-fictief.example", "altviolist", None, None, None,
  "Proefspel altviool",
  "Na het proefspel heeft de jury besloten u niet toe te laten tot de tweede ronde.", formal=True)
R("Hotelketen Anker Inn", "ankerinn.example", "sous-chef", "Nora", "nora", None,
  "Sous-chef",
  "Jammer genoeg moeten we je laten weten dat je niet de geschikte kandidaat bent voor onze keuken.")
R("Ouderenzorg Avondrood", "avondrood.example", "activiteitenbegeleider", None, None, None,
  "Activiteitenbegeleider",
  "We hebben je aanmelding niet geselecteerd voor een kennismakingsgesprek.")
R("Bureau Vertaalwerk", "vertaalwerk.example", "vertaler", "Elise", "elise", None,
  "Vertaaltoets",
  "Je vertaaltoets voldeed helaas niet aan onze norm, dus we nemen je niet op in ons team.")
R("Onderzoeksinstituut Delta (fictief)", "idelta-fictief.example", "postdoc", "dr. Maria Pauwels",
  "m.pauwels", None,
  "Postdoc-positie",
  "Helaas kunnen we je de postdoc-positie niet toekennen.")
R("Winkelketen Prijsvast", "prijsvast.example", "assistent-filiaalmanager", None, None, None,
  "Je sollicitatie bij Prijsvast",
  "Je sollicitatie is beoordeeld als niet geschikt voor deze vacature.",
  frm=("Prijsvast Werving via Workday", "noreply@prijsvast.myworkday.test"))
R("Catering Smulpaap", "smulpaap.example", "cateringmedewerker", "Lies", "lies", None,
  "Bijbaan",
  "We hebben voor dit seizoen al een volledig team, dus we nemen je helaas niet aan.")
R("Adviesraad Water (fictief)", "arw-fictief.example", "secretaris", None, None, None,
  "Vacature secretaris",
  "Met de benoeming van een nieuwe secretaris is de procedure afgerond; uw sollicitatie heeft niet tot een "
  "benoeming geleid.", formal=True)
assert sum(1 for r in RECORDS if r["kind"] == "rejection") == 150, sum(
    1 for r in RECORDS if r["kind"] == "rejection")

# ---------------------------------------------------------------------------------------------
# 70 look-alikes
# ---------------------------------------------------------------------------------------------
LA = "lookalike"
L(LA, "Ontvangstbevestiging sollicitatie",
  "Bedankt voor je sollicitatie als planner. We hebben deze in goede orde ontvangen en nemen binnen twee weken "
  "contact met je op.", ("Klaverveld Werving", "werving@klaverveld.example"))
L(LA, "Uw sollicitatie is in behandeling",
  "Wij hebben uw sollicitatie ontvangen. De selectiecommissie beoordeelt alle brieven na de sluitingsdatum.",
  ("Gemeente Zuidwold", "noreply@zuidwold.example"), formal=True)
L(LA, "Vertraging in de procedure",
  "Het duurt helaas langer dan gepland voordat we een beslissing nemen. We verwachten je volgende week meer te "
  "vertellen.", ("Deltadata", "yara@deltadata.example"))
L(LA, "Uitnodiging sollicitatiegesprek",
  "Goed nieuws: we willen je graag uitnodigen voor een gesprek op dinsdag 14 oktober om 11.00 uur.",
  ("Studio Fjord", "lisa@studiofjord.example"))
L(LA, "Gesprek verzetten",
  "Helaas moeten we ons gesprek van donderdag verzetten. Kun je maandag om 15.00 uur?",
  ("Oranjewoud Software", "niels@oranjewoud.example"))
L(LA, "Uitnodiging assessment",
  "Je bent door naar de volgende ronde! Je ontvangt een uitnodiging voor een online assessment.",
  ("Vos & Partners", "hanna@vospartners.example"))
L(LA, "Aanbod",
  "We zijn blij je te laten weten dat we voor jou hebben gekozen. In de bijlage vind je het aanbod.",
  ("Codekamer", "pim@codekamer.example"))
L(LA, "Volgende stappen",
  "We gaan graag verder met je sollicitatie. De volgende stap is een gesprek met het team.",
  ("Pixelbaai", "tim@pixelbaai.example"))
L(LA, "Een andere vacature?",
  "Tijdens het lezen van je sollicitatie viel ons op dat je ook goed zou passen bij de functie van teamleider. "
  "Je sollicitatie voor planner loopt gewoon door; wil je ook voor teamleider in aanmerking komen?",
  ("Van Leeuwen Transport", "marjolein@vanleeuwen.example"))
L(LA, "Nieuwe vacatures voor jou",
  "Er zijn 12 nieuwe vacatures die passen bij je zoekprofiel: data-analist, BI-specialist en meer.",
  ("Vacaturebank Noord", "alerts@vacaturebank-noord.example"))
L(LA, "Interessante functie",
  "Ik kwam je profiel tegen en denk dat je perfect past bij een functie als product owner bij een klant van ons. "
  "Heb je deze week tijd voor een belletje?", ("Talentbrug", "mila@talentbrug.example"))
L(LA, "Nieuwsbrief: omgaan met afwijzing",
  "Deze maand in onze nieuwsbrief: 'Helaas hebben we gekozen voor een andere kandidaat.' Hoe ga je om met zo'n "
  "afwijzing? Vijf tips van onze loopbaancoach. Lees verder op onze site.",
  ("Carrièrekompas", "nieuwsbrief@carrierekompas.example"))
L(LA, "Column: de afwijzingsbrief",
  "Iedere werkzoekende kent de zin 'we hebben besloten niet verder te gaan met je sollicitatie'. In deze column "
  "leggen we uit waarom werkgevers zo weinig feedback geven.", ("Werkblad", "redactie@werkblad.example"))
L(LA, "Uw aanvraag voor de huurwoning",
  "Helaas is uw aanvraag voor de woning aan de Dorpsstraat 12 afgewezen. Er is gekozen voor een andere "
  "kandidaat-huurder.", ("Woonstichting Dak", "verhuur@woondak.example"), formal=True)
L(LA, "Hypotheekaanvraag",
  "Wij hebben uw hypotheekaanvraag beoordeeld en moeten u helaas mededelen dat wij deze niet kunnen honoreren.",
  ("Bank Spaarpot", "hypotheken@spaarpot.example"), formal=True)
L(LA, "Subsidieaanvraag",
  "Uw subsidieaanvraag voor het project Groene Daken is niet toegekend. De commissie heeft andere aanvragen "
  "voorrang gegeven.", ("Fonds Stad en Groen", "subsidie@stadgroen.example"), formal=True)
L(LA, "Beslissing over je artikel",
  "Na review hebben we besloten je artikel niet te accepteren voor publicatie in het tijdschrift. De reviewers "
  "waren niet overtuigd.", ("Tijdschrift voor Taal", "redactie@tvtaal.example"))
L(LA, "Plaatsing basisschool",
  "Helaas is er voor uw kind geen plaats op onze school. Uw kind staat op de wachtlijst.",
  ("Basisschool De Regenboog", "admin@regenboog.example"), formal=True)
L(LA, "Loting festivaltickets",
  "Je bent helaas niet ingeloot voor tickets voor het festival. Volgend jaar meer geluk!",
  ("Festival Zomerveld", "tickets@zomerveld.example"))
L(LA, "Lidmaatschap tennisclub",
  "Het bestuur heeft uw aanmelding voor het lidmaatschap niet kunnen accepteren wegens de ledenstop.",
  ("Tennisclub Baseline", "secretaris@baseline.example"), formal=True)
L(LA, "Uw verzekeringsaanvraag",
  "Wij hebben besloten uw aanvraag voor de arbeidsongeschiktheidsverzekering niet te accepteren.",
  ("Verzekeraar Schild", "acceptatie@schild.example"), formal=True)
L(LA, "Bestelling geannuleerd",
  "Je bestelling is helaas afgewezen door de betaalprovider. Probeer het opnieuw met een andere betaalmethode.",
  ("Webwinkel Doosje", "orders@doosje.example"))
L(LA, "Bevestiging intrekking sollicitatie",
  "We hebben je bericht ontvangen dat je je sollicitatie intrekt. Jammer, maar we begrijpen het. Veel succes!",
  ("Noorderlicht Accountants", "e.post@noorderlicht.example"))
L(LA, "Kandidaat Jansen",
  "Hoi {n}, dank voor je notities over kandidaat Jansen. We hebben besloten niet verder met hem te gaan. Wil jij "
  "hem vandaag bellen om het te laten weten?", ("Recruitment Intern", "recruitment@werkgever-intern.example"))
L(LA, "Feedback gevraagd: kandidaten teamleider",
  "Beste {n}, jij was panellid bij de gesprekken. Welke kandidaten wil je afwijzen en wie nodigen we uit voor de "
  "tweede ronde?", ("HR Servicedesk", "hr@werkgever-intern.example"))
L(LA, "Re: Uitnodiging tweede gesprek",
  "Goed nieuws: de klant wil je toch graag spreken! Kun je woensdag?",
  ("Talentbureau Lente", "dewi@lente.example"), mode="quote",
  quoted="Hoi {n},\n\nHelaas heeft de klant gekozen voor een andere kandidaat.\n\nGroet, Dewi")
L(LA, "Nog geen besluit",
  "We hebben nog geen besluit genomen over de vacature. Je hoort uiterlijk vrijdag van ons.",
  ("Museum aan de Vaart", "nina@museumvaart.example"))
L(LA, "Actie vereist: vul je test in",
  "Als je de test niet voor vrijdag invult, kunnen we je sollicitatie niet verder behandelen.",
  ("Smart Grid Labs via Greenhouse", "no-reply@smartgrid.greenhouse.test"))
L(LA, "Ontvangen: je sollicitatie",
  "Bedankt voor je sollicitatie. Heb je binnen vier weken niets van ons gehoord, dan is het helaas niet "
  "gelukt.", ("Supermarkt Buurtwinkel", "noreply@buurtwinkel.example"))
L(LA, "Status update",
  "Je sollicitatie is in behandeling bij de hiring manager.",
  ("Zeefdruk Raster", "noreply@raster.jobs.personio.test"))
L(LA, "Je bent geselecteerd!",
  "Gefeliciteerd, je bent geselecteerd voor het traineeship. We sturen je binnenkort het contract.",
  ("Zilverling Traineeship", "traineeship@zilverling.example"))
L(LA, "Sluitingsdatum verlengd",
  "We hebben besloten de sluitingsdatum van de vacature te verlengen tot 1 december. Je sollicitatie blijft "
  "gewoon in de procedure.", ("Provincie Oostmarke", "werving@oostmarke.example"))
L(LA, "Wervingsreserve",
  "U bent geslaagd voor de selectieproef en wordt opgenomen in de wervingsreserve.",
  ("Stad Mechelbeek", "selectie@mechelbeek.example"), formal=True)
L(LA, "Offerte",
  "Uw offerte voor het schilderwerk is helaas niet gekozen. We hebben de opdracht aan een andere schilder "
  "gegund.", ("VvE De Bongerd", "bestuur@bongerd.example"), formal=True)
L(LA, "Je hebt het aanbod afgewezen",
  "Jammer dat je ons aanbod hebt afgewezen. We wensen je veel succes bij je nieuwe werkgever.",
  ("Hotel Duinrand", "carla.meijer@duinrand.example"))
L(LA, "Profiel bewaren?",
  "Je sollicitatie loopt nog. Mogen we je profiel ook een jaar bewaren voor toekomstige vacatures?",
  ("Deltadata", "yara@deltadata.example"))
L(LA, "Vacature ingevuld? Nee hoor",
  "Je vroeg of de vacature al is ingevuld. Nee, we zijn nog volop aan het selecteren en je sollicitatie is nog "
  "in de race.", ("Groenhof Hoveniers", "kees@groenhof.example"))
L(LA, "Referenties",
  "We zijn bijna rond! Mogen we contact opnemen met je referenties?", ("Zorgpension Rust", "anja@rust.example"))
L(LA, "Contractvoorstel",
  "Hierbij ontvang je het contractvoorstel voor de functie van data engineer. Graag ondertekend retour.",
  ("Datatuin", "julia@datatuin.example"))
L(LA, "Afwijzing verwerkt",
  "Hoi {n}, je hebt in het systeem kandidaat 4471 op afgewezen gezet. De afwijzingsmail wordt morgen verstuurd.",
  ("Workday notificaties", "notifications@werkgever-intern.myworkday.test"))
L(LA, "Training: slecht nieuws brengen",
  "Voor alle recruiters: volgende week een training over het brengen van een afwijzing aan kandidaten.",
  ("HR Academie", "academie@werkgever-intern.example"))
L(LA, "Geen plek op de cursus",
  "De cursus Excel voor gevorderden zit vol; je bent helaas niet ingeschreven. Je staat op de wachtlijst.",
  ("Opleidingscentrum Leer", "info@leercentrum.example"))
L(LA, "Kinderopvang",
  "Helaas kunnen we uw kind per januari geen plaats aanbieden op de groep.",
  ("Kinderopvang Zonnetij", "planning@zonnetij.example"), formal=True)
L(LA, "Aanmelding vrijwilliger evenement",
  "Er hebben zich meer vrijwilligers aangemeld dan nodig voor de marathon, dus we hoeven je dit jaar niet in te "
  "roosteren.", ("Marathon Stadshart", "vrijwilligers@stadshart-marathon.example"))
L(LA, "Jouw sollicitatietips",
  "Vijf dingen die je nooit moet zeggen in een sollicitatiegesprek, en wat te doen als je niet wordt "
  "aangenomen.", ("Werkblad", "redactie@werkblad.example"))
L(LA, "Re: mijn sollicitatie",
  "Beste {n}, dank voor je vraag. We hebben je sollicitatie nog niet beoordeeld; de vacature sluit pas volgende "
  "week.", ("Bakkerij Hoekstra", "marieke@bakkerijhoekstra.example"), mode="quote",
  quoted="Hallo,\n\nIs er al een beslissing over mijn sollicitatie?\n\nGroet, {n}")
L(LA, "Tweede gesprek ingepland",
  "Je tweede gesprek voor de functie van hydroloog is ingepland op 3 november om 9.30 uur.",
  ("Waterschap Lage Venen", "werving@lagevenen.example"))
L(LA, "Geen vacatures op dit moment",
  "Je vroeg of we vacatures hebben. Op dit moment niet, maar houd onze site in de gaten!",
  ("Kaasmakerij Ten Bosch", "anke@tenbosch.example"))
L(LA, "Aanmelding opleiding",
  "Helaas bent u niet toegelaten tot de masteropleiding Bestuurskunde omdat uw vooropleiding niet aansluit.",
  ("Universiteit van Dorestad (fictief)", "admissions@udorestad.example"), formal=True)
L(LA, "Beurs toegekend? Nee",
  "Je aanvraag voor de reisbeurs is niet toegekend.", ("Studiefonds Wereld", "beurzen@studiefonds.example"))
L(LA, "Bezwaar afgewezen",
  "Uw bezwaar tegen de aanslag is ongegrond verklaard.", ("Belastingkantoor Zuid (fictief)",
                                                          "bezwaar@bkz-fictief.example"), formal=True)
L(LA, "Je kandidatuur voor de gemeenteraad",
  "Het partijbestuur heeft besloten je niet op een verkiesbare plek op de kieslijst te zetten.",
  ("Partij Vooruit Lokaal (fictief)", "bestuur@pvl-fictief.example"))
L(LA, "Uw voorstel voor de conferentie",
  "Uw voorstel voor een presentatie op het congres is niet geselecteerd.",
  ("Congres Data Zuid", "programma@datazuid.example"), formal=True)
L(LA, "Herinnering: video-interview",
  "Je hebt je video-interview nog niet opgenomen. Doe dit voor zondag om in de procedure te blijven.",
  ("Recruitee", "no-reply@hoogland.recruitee.test"))
L(LA, "We hebben besloten: jij!",
  "We hebben besloten de functie aan jou aan te bieden. Bel me even voor de details.",
  ("Bureau Meridiaan", "olaf@meridiaan.example"))
L(LA, "Dank voor het gesprek",
  "Bedankt voor het prettige gesprek van vandaag. We spreken nog twee kandidaten en laten je volgende week "
  "weten hoe het verder gaat.", ("Lichtpunt Energie", "karim@lichtpunt.example"))
L(LA, "Jouw kandidaat",
  "Hoi {n}, de kandidaat die jij hebt doorverwezen is helaas niet aangenomen. Bedankt voor de tip!",
  ("Recruitment Intern", "recruitment@werkgever-intern.example"))
L(LA, "Afgewezen declaratie",
  "Je declaratie van 14 september is afgewezen omdat de bon ontbreekt.",
  ("Finance Servicedesk", "finance@werkgever-intern.example"))
L(LA, "Verlofaanvraag afgewezen",
  "Je verlofaanvraag voor 27 t/m 31 december is afgewezen vanwege de bezetting.",
  ("HR Portaal", "hrportaal@werkgever-intern.example"))
L(LA, "Fwd: vacature",
  "Hoi {n}, zag deze vacature en dacht aan jou!", ("Marloes Peters", "marloes.peters@mail.example"),
  mode="fwd",
  quoted="Wij zoeken een enthousiaste planner voor 32-40 uur. Solliciteer voor 1 november via onze site.")
L(LA, "Sollicitatie ontvangen (automatisch bericht)",
  "<p>Beste {n},</p><p>Je sollicitatie voor <b>UX-designer</b> is ontvangen. Wij reageren binnen 10 "
  "werkdagen.</p>", ("Studio Fjord", "no-reply@studiofjord.example"), mode="html", sig=False)
L(LA, "Vacature gesloten",
  "De vacature van receptionist is gesloten voor nieuwe sollicitaties. Sollicitaties die al binnen zijn, zoals "
  "die van jou, worden gewoon beoordeeld.", ("Hotel Duinrand", "carla.meijer@duinrand.example"))
L(LA, "Ook teleurgesteld?",
  "Afgewezen na je sollicitatie? Meld je aan voor onze gratis webinar 'Veerkracht op de arbeidsmarkt'.",
  ("Loopbaancentrum Koers", "info@koers-loopbaan.example"))
L(LA, "Re: afwijzing",
  "Natuurlijk wil ik je feedback geven over je sollicitatie. Zullen we donderdag bellen?",
  ("Noorderlicht Accountants", "e.post@noorderlicht.example"), mode="quote",
  quoted="Beste Erik,\n\nJammer dat ik het niet geworden ben. Zou je me feedback kunnen geven?\n\nGroet, {n}")
L(LA, "Interne vacature",
  "Beste collega's, de vacature voor teamleider logistiek staat open. Interne kandidaten hebben voorrang.",
  ("Interne Communicatie", "intern@werkgever-intern.example"))
L(LA, "Uitnodiging kennismaking",
  "We zijn onder de indruk van je cv en nodigen je uit voor een kennismaking met de klant.",
  ("Headhunters Zuid", "astrid@hhzuid.example"))
L(LA, "Je sollicitatie is bijna compleet",
  "Je sollicitatie is nog niet verstuurd: upload je cv om je sollicitatie af te ronden.",
  ("Prijsvast Werving via Workday", "noreply@prijsvast.myworkday.test"))
L(LA, "Aanvraag huurtoeslag",
  "Uw aanvraag is afgewezen omdat uw inkomen te hoog is.", ("Toeslagenloket (fictief)",
                                                            "post@toeslagen-fictief.example"), formal=True)
L(LA, "Niet doorgegaan: teamuitje",
  "Het teamuitje gaat niet door wegens te weinig aanmeldingen.",
  ("Personeelsvereniging", "pv@werkgever-intern.example"))
L(LA, "Reservering",
  "Helaas kunnen we uw reservering voor zaterdag niet bevestigen; we zitten vol.",
  ("Restaurant De Gouden Lepel", "reserveren@goudenlepel.example"), formal=True)

assert sum(1 for r in RECORDS if r["kind"] == LA) == 70, sum(1 for r in RECORDS if r["kind"] == LA)

# ---------------------------------------------------------------------------------------------
# 30 ordinary mails with job-ish words
# ---------------------------------------------------------------------------------------------
OR = "ordinary"
HRP = ("HR Portaal", "hrportaal@werkgever-intern.example")
L(OR, "Je loonstrook van oktober", "Je loonstrook van oktober staat klaar in het personeelsportaal.", HRP)
L(OR, "Welkom nieuwe collega", "We hebben een nieuwe collega aangenomen: Fatima start maandag bij de afdeling "
  "Inkoop. Geef haar een warm welkom!", ("Teamleider Inkoop", "teamleider@werkgever-intern.example"))
L(OR, "Ken jij iemand?", "We zoeken nog een ervaren developer. Ken jij iemand? Bij een geslaagde aanbreng "
  "ontvang je een bonus.", ("Recruitment Intern", "recruitment@werkgever-intern.example"))
L(OR, "Jaargesprek plannen", "Wil je een moment prikken voor je jaargesprek? Graag voor eind november.",
  ("Manager", "manager@werkgever-intern.example"))
L(OR, "Pensioenoverzicht", "Uw jaarlijkse pensioenoverzicht is beschikbaar.", ("Pensioenfonds Toekomst",
                                                                               "info@pf-toekomst.example"),
  formal=True)
L(OR, "Training timemanagement", "Er zijn nog plekken vrij voor de training timemanagement op 12 december.", HRP)
L(OR, "Contractverlenging", "Goed nieuws: je contract wordt met een jaar verlengd. Het nieuwe contract volgt "
  "per post.", HRP)
L(OR, "Vrijdagmiddagborrel", "Vrijdag borrel op het dakterras om vier uur, nieuwe collega's zijn ook welkom!",
  ("Personeelsvereniging", "pv@werkgever-intern.example"))
L(OR, "Teamnieuws november", "Deze maand: twee nieuwe collega's, de verhuizing van het magazijn en de uitslag "
  "van het medewerkerstevredenheidsonderzoek.", ("Interne Communicatie", "intern@werkgever-intern.example"))
L(OR, "Verlof goedgekeurd", "Je verlofaanvraag voor 2 t/m 6 februari is goedgekeurd.", HRP)
L(OR, "Wijziging reiskostenvergoeding", "Vanaf januari verandert de reiskostenvergoeding naar 23 cent per "
  "kilometer.", HRP)
L(OR, "Vacature plaatsen", "Kun jij de vacature voor de nieuwe stagiair vandaag online zetten op de "
  "werkenbij-site?", ("Sanne Brouwer", "sanne.brouwer@werkgever-intern.example"))
L(OR, "Sollicitatiegesprekken volgende week", "Ik heb je agenda geblokt voor de sollicitatiegesprekken met "
  "de drie kandidaten voor de vacature van analist. Het cv van elke kandidaat staat in de map.",
  ("Recruitment Intern", "recruitment@werkgever-intern.example"))
L(OR, "Afscheid Jan", "Na 25 jaar gaat Jan met pensioen. Het afscheid is op 19 december in de kantine.",
  ("Interne Communicatie", "intern@werkgever-intern.example"))
L(OR, "Ziekmelding", "Ik meld me vandaag ziek. Mijn afspraken van vandaag heb ik verzet.",
  ("Daan Smit", "daan.smit@werkgever-intern.example"))
L(OR, "Werkrooster december", "Het werkrooster voor december staat online. Ruilen kan via de app.",
  ("Planning", "planning@werkgever-intern.example"))
L(OR, "Onboarding", "Welkom bij het team! Hier is je onboardingprogramma voor de eerste week.",
  ("HR Onboarding", "onboarding@werkgever-intern.example"))
L(OR, "Thuiswerkvergoeding", "De thuiswerkvergoeding wordt voortaan maandelijks uitbetaald met je salaris.", HRP)
L(OR, "Beoordelingscyclus", "De beoordelingscyclus start op 1 maart. Bereid je voor met het formulier in de "
  "bijlage.", HRP)
L(OR, "Vacatures in de nieuwsbrief", "In de nieuwsbrief van deze week staan drie interne vacatures: "
  "controller, teamleider en adviseur.", ("Interne Communicatie", "intern@werkgever-intern.example"))
L(OR, "Feedback op je presentatie", "Sterke presentatie gisteren! Eén tip: start met de conclusie.",
  ("Pieter Dekker", "pieter.dekker@werkgever-intern.example"))
L(OR, "Salarisverhoging", "Per 1 januari stijgen alle salarissen met 3 procent volgens de cao.", HRP)
L(OR, "Stagiairs gezocht", "Heb jij een project voor een stagiair in het voorjaar? Laat het weten aan HR.", HRP)
L(OR, "Nieuwe werkplekken", "Vanaf maandag werken we met flexplekken. Reserveer je werkplek via de app.",
  ("Facilitair", "facilitair@werkgever-intern.example"))
L(OR, "Arbodienst", "Je afspraak met de bedrijfsarts is op woensdag om 10.00 uur.", HRP)
L(OR, "Kerstpakket", "Kies voor 1 december je kerstpakket in de webshop.", ("Personeelsvereniging",
                                                                         "pv@werkgever-intern.example"))
L(OR, "Re: overdracht", "Top, dan neem ik de klant over zolang jij op vakantie bent.",
  ("Eva Jansen", "eva.jansen@werkgever-intern.example"), mode="quote",
  quoted="Hoi Eva,\n\nKun jij klant Bakker overnemen tijdens mijn vakantie?\n\nGroet, {n}")
L(OR, "Jubileum", "Gefeliciteerd met je 5-jarig dienstverband! Er staat een attentie voor je klaar.", HRP)
L(OR, "Functieomschrijving bijgewerkt", "Je functieomschrijving is bijgewerkt na de reorganisatie; lees hem "
  "door in het portaal.", HRP)
L(OR, "Sollicitatiebrief nakijken?", "Hoi! Wil jij even naar mijn sollicitatiebrief kijken voor die baan bij de "
  "gemeente? Je bent er goed in :)", ("Roos", "roos.vriendin@mail.example"), sig=False)

assert sum(1 for r in RECORDS if r["kind"] == OR) == 30, sum(1 for r in RECORDS if r["kind"] == OR)

# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------
CLOSINGS_INF = ["Groetjes", "Hartelijke groet", "Veel succes verder", "Groet", "Met vriendelijke groet"]
CLOSINGS_FORM = ["Met vriendelijke groet", "Hoogachtend", "Met vriendelijke groeten", "Met de meeste hoogachting"]


def _formal(r):
    if r["formal"] is not None:
        return r["formal"]
    return False


def render(i: int, r: dict) -> tuple[EmailMessage, dict]:
    first, full, formal_name = READERS[i % len(READERS)]
    to_addr = full.lower().replace(" ", ".") + "@mail.example"
    formal = _formal(r)
    fill = {"n": first, "f": formal_name}
    body = r["body"].replace("{n}", first).replace("{f}", formal_name)
    html = r["mode"] == "html"
    if not html and r["sig"] and not body.lower().startswith(("hoi", "hey", "hee")):
        greet = f"Geachte {formal_name}," if formal else ["Beste {n},", "Hoi {n},", "Hallo {n},", "Dag {n},"][
            i % 4].format(**fill)
        if formal and i % 3 == 0:
            greet = f"Beste {formal_name},"
        body = greet + "\n\n" + body
    if not html and r["sig"]:
        closing = (CLOSINGS_FORM if formal else CLOSINGS_INF)[i % 4]
        who = r["who"] if r["kind"] == "rejection" else r.get("who")
        sender = who or ("Team Recruitment" if r["kind"] == "rejection" else r["frm"][0])
        lines = [closing + ",", "", sender]
        if r["kind"] == "rejection" and who:
            lines.append(r["co"])
        if r["kind"] == "rejection" and r["url"] and r["url"] not in body:
            lines.append(r["url"])
        body = body + "\n\n" + "\n".join(lines)
    quoted = (r["quoted"] or "").replace("{n}", first)
    if r["mode"] == "quote":
        qlines = "\n".join(("> " + ln) if ln else ">" for ln in quoted.split("\n"))
        body += f"\n\nOp ma 6 okt. 2025 om 09:{10 + i % 50:02d} schreef {full} <{to_addr}>:\n{qlines}\n"
    elif r["mode"] == "fwd":
        body += ("\n\n---------- Doorgestuurd bericht ---------\nVan: Opdrachtgever <hr@opdrachtgever.example>\n"
                 "Datum: vr 3 okt. 2025 om 16:02\nOnderwerp: Kandidaat\nAan: " + (r["frm"] or ("", "x@x"))[1]
                 + "\n\n" + quoted + "\n") if r["frm"] else (
            "\n\n---------- Doorgestuurd bericht ---------\nVan: Opdrachtgever <hr@opdrachtgever.example>\n"
            "Datum: vr 3 okt. 2025 om 16:02\nOnderwerp: Kandidaat\n\n" + quoted + "\n")

    if r["kind"] == "rejection":
        if r["frm"]:
            frm_name, frm_addr = r["frm"]
        elif r["local"]:
            frm_name, frm_addr = r["who"], f"{r['local']}@{r['dom']}"
        else:
            frm_name, frm_addr = r["co"], f"noreply@{r['dom']}"
    else:
        frm_name, frm_addr = r["frm"]

    msg = EmailMessage()
    msg["From"] = f'"{frm_name}" <{frm_addr}>'
    msg["To"] = f"{full} <{to_addr}>"
    msg["Subject"] = r["subj"]
    date = datetime(2025, 9, 1, 8, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=7 * i)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<dev6nl.{i:04d}@{frm_addr.split('@')[1]}>"
    charset, cte = CHARSETS[i % len(CHARSETS)]
    if html:
        msg.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable" if i % 2 else "base64")
    else:
        try:
            body.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        msg.set_content(body, charset=charset, cte=cte)
        if i % 9 == 0:  # sometimes a text+html alternative
            paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
            msg.add_alternative(f"<html><body>{paras}</body></html>", subtype="html")
            msg.set_boundary(f"==dev6nl-alt-{i:04d}==")  # deterministic output

    is_rej = r["kind"] == "rejection"
    contact_email = None
    if is_rej and r["who"] and r["local"] and not r["frm"]:
        contact_email = f"{r['local']}@{r['dom']}"
    label = {
        "file": f"{i + 1:04d}.eml",
        "is_rejection": is_rej,
        "company": r["co"] if is_rej else None,
        "role": r["role"] if is_rej else None,
        "contact_name": r["who"] if is_rej and r["sig"] is not None else None,
        "contact_email": contact_email,
        "careers_url": r["url"] if is_rej else None,
        "lang": "nl",
        "kind": r["kind"],
    }
    if is_rej and r["mode"] == "fwd":
        # forwarded by the agency recruiter, who wrote the new text
        label["contact_name"] = r["who"]
    return msg, label


def build() -> None:
    MSG_DIR.mkdir(exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    labels = []
    for i, r in enumerate(RECORDS):
        msg, label = render(i, r)
        (MSG_DIR / label["file"]).write_bytes(msg.as_bytes(policy=policy.SMTP))
        labels.append(label)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages")


def check() -> None:
    labels = [json.loads(ln) for ln in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    assert files == sorted(lab["file"] for lab in labels), "labels and messages differ"
    kinds = {}
    for lab in labels:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        msg = BytesParser(policy=policy.default).parse((MSG_DIR / lab["file"]).open("rb"))
        part = msg.get_body(preferencelist=("plain", "html"))
        assert part is not None and part.get_content().strip(), lab["file"]
        assert msg["Subject"] and msg["From"], lab["file"]
        assert lab["is_rejection"] == (lab["kind"] == "rejection"), lab["file"]
    assert kinds == {"rejection": 150, "lookalike": 70, "ordinary": 30}, kinds
    print("ok", len(labels), kinds)


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        build()
        check()
