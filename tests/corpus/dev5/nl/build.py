"""Build the dev5/nl labelled corpus (fifth independent Dutch author).

Writes deterministic ``messages/NNNN.eml`` and ``labels.jsonl`` next to this file.
Run ``python build.py`` to (re)write, ``python build.py --check`` to parse every
message back and check that labels and messages match 1:1.

All people, companies and domains are invented (``.example`` / ``.test``).
Kinds: ``rejection`` (is_rejection true), ``lookalike`` and ``ordinary`` (false).
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = ("Sanne Verbeek", "sanne.verbeek@mailbox.test")

MESSAGES: list[dict] = []


def add(kind, sender, subject, text=None, *, html=None, fmt="plain", to=OWNER,
        company=None, role=None, contact_name=None, contact_email=None,
        careers_url=None, charset="utf-8", headers=None, note=""):
    """Register one message. fmt: plain | qp | b64 | html | html-b64 | alt | alt-qp."""
    MESSAGES.append(dict(kind=kind, sender=sender, subject=subject, text=text, html=html,
                         fmt=fmt, to=to, company=company, role=role,
                         contact_name=contact_name, contact_email=contact_email,
                         careers_url=careers_url, charset=charset,
                         headers=headers or {}, note=note))


def html_page(body_html, preheader="", footer=""):
    pre = ""
    if preheader:
        pre = ('<div style="display:none;max-height:0;overflow:hidden;opacity:0;'
               f'mso-hide:all">{preheader}</div>')
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title>"
        "<style>td{font-family:Arial,sans-serif;font-size:14px}</style></head>"
        f"<body>{pre}<table width=\"100%\" role=\"presentation\"><tr><td>"
        f"{body_html}</td></tr>"
        f"<tr><td style=\"font-size:11px;color:#888\">{footer}</td></tr></table>"
        "</body></html>"
    )


def paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + block.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# True rejections
# ---------------------------------------------------------------------------

add("rejection", ("Gemeente Oosterwolde - Team Werving", "werving@oosterwolde.example"),
    "Uw sollicitatie Beleidsmedewerker Wonen (vacaturenummer 2026-114)",
    html=html_page(paras("""Geachte mevrouw Verbeek,

Op 3 november 2026 ontvingen wij uw sollicitatiebrief voor de functie van Beleidsmedewerker Wonen (vacaturenummer 2026-114) bij de afdeling Ruimte.

De selectiecommissie heeft alle brieven beoordeeld aan de hand van het functieprofiel. Hierbij deel ik u mede dat de commissie heeft besloten u niet uit te nodigen voor een kennismakingsgesprek.

Wij danken u voor de getoonde belangstelling voor onze gemeente.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
drs. H.J. (Henk) Roelofsen
Teamleider HRM"""), footer="Gemeente Oosterwolde | Postbus 40 | www.oosterwolde.example/werkenbij"),
    fmt="html", company="Gemeente Oosterwolde", role="Beleidsmedewerker Wonen",
    contact_name="Henk Roelofsen", contact_email=None,
    careers_url="https://www.oosterwolde.example/werkenbij")

add("rejection", ("Ministerie van Waterbeheer en Delta", "noreply-werving@mwd.example"),
    "Bericht over uw sollicitatie - vacature MWD-26-0871",
    """Geachte heer/mevrouw Verbeek,

Uw sollicitatie op de vacature Senior jurist omgevingsrecht (MWD-26-0871) is zorgvuldig beoordeeld.

Op basis van de in de vacaturetekst gestelde functie-eisen is besloten uw sollicitatie niet in de verdere procedure te betrekken. Er waren meer kandidaten van wie de ervaring nauwer aansloot bij de gevraagde specialisatie.

Uw gegevens worden vier weken na afronding van de procedure verwijderd, tenzij u toestemming geeft om ze een jaar te bewaren.

Hoogachtend,

Dienst Werving & Selectie
Ministerie van Waterbeheer en Delta

Dit bericht is automatisch verzonden; antwoorden op dit adres worden niet gelezen.""",
    fmt="qp", company="Ministerie van Waterbeheer en Delta", role="Senior jurist omgevingsrecht")

add("rejection", ("Selectiebureau Vlaamse Overheid", "noreply@selectie-vlaanderen.example"),
    "Resultaat computergestuurde test - selectie ANW2611",
    """Beste kandidaat,

U nam op 14 november deel aan de computergestuurde test (redeneervermogen) voor de selectie ANW2611 - Dossierbeheerder (m/v/x) bij het Agentschap Natuur en Wonen.

Uw resultaat: 9/20. De minimumscore om te slagen bedraagt 12/20.

U heeft de vereiste score niet behaald en kan bijgevolg niet verder deelnemen aan deze selectieprocedure. Uw deelname aan andere lopende selecties blijft ongewijzigd.

U kan inzage in uw test aanvragen binnen de 15 kalenderdagen via uw kandidatendossier op www.selectie-vlaanderen.example/jobs.

Met vriendelijke groeten,
Het selectieteam""",
    company="Agentschap Natuur en Wonen", role="Dossierbeheerder",
    careers_url="https://www.selectie-vlaanderen.example/jobs")

add("rejection", ("Prof. dr. Marieke Doornbos", "m.doornbos@uni-lelystrand.example"),
    "Vacature universitair docent Sociologie (vac. 26.338)",
    """Beste mevrouw Verbeek,

Hartelijk dank voor uw interesse in de functie van universitair docent Sociologie (vacature 26.338).

De benoemingsadviescommissie heeft inmiddels haar voordracht aan het faculteitsbestuur gedaan. Uw kandidatuur is daarbij, na zorgvuldige afweging tegen een zeer sterk veld van 61 sollicitanten, niet meegenomen.

Ik besef dat dit een teleurstellend bericht is en wens u veel succes met uw verdere loopbaan.

Met vriendelijke groet,
Prof. dr. Marieke Doornbos
Voorzitter benoemingsadviescommissie
Faculteit Sociale Wetenschappen, Universiteit Lelystrand""",
    company="Universiteit Lelystrand", role="universitair docent Sociologie",
    contact_name="Marieke Doornbos", contact_email="m.doornbos@uni-lelystrand.example")

add("rejection", ("AZ Sint-Remigius HR", "jobs@azremigius.example"),
    "Uw kandidatuur als verpleegkundige intensieve zorg",
    """Geachte mevrouw Verbeek,

Wij danken u voor uw kandidatuur voor de functie van verpleegkundige intensieve zorg (voltijds, contract onbepaalde duur) in onze campus Zelzate.

Na grondige analyse van de ontvangen kandidaturen moeten wij u helaas meedelen dat uw kandidatuur niet weerhouden werd voor de volgende stap van de selectieprocedure.

Wij houden uw cv graag bij in onze wervingsreserve en contacteren u indien er zich een passende vacature voordoet. Onze openstaande jobs vindt u op www.azremigius.example/jobs.

Met vriendelijke groeten,

Griet Vandenbussche
HR-medewerker rekrutering
AZ Sint-Remigius""",
    fmt="b64", charset="utf-8",
    company="AZ Sint-Remigius", role="verpleegkundige intensieve zorg",
    contact_name="Griet Vandenbussche", contact_email="jobs@azremigius.example",
    careers_url="https://www.azremigius.example/jobs")

add("rejection", ("Bo | Kraakvers", "bo@kraakvers.example"),
    "design rol",
    """hey Sanne, we gaan voor iemand anders voor de design rol 🙈 thx voor je tijd en die leuke case!! x Bo""",
    company="Kraakvers", role="design", contact_name="Bo", contact_email="bo@kraakvers.example")

add("rejection", ("Mo Haddouchi", "mo@fietsenhaddouchi.example"),
    "bijbaan",
    """Hoi! Kort berichtje: de bijbaan in de winkel is al vergeven, sorry!! Wel bedankt dat je langs kwam. Groetjes Mo
Fietsen Haddouchi""",
    company="Fietsen Haddouchi", role="bijbaan in de winkel",
    contact_name="Mo Haddouchi", contact_email="mo@fietsenhaddouchi.example")

add("rejection", ("Jeroen Klaassen", "jeroen.klaassen@stroomlijn-energie.example"),
    "Teamlead Customer Care",
    """Hoi Sanne,

Dank nog voor het fijne gesprek van vorige week en de tijd die je in de voorbereiding hebt gestoken.

Na lang wikken en wegen is de rol van teamlead Customer Care naar een collega uit het eigen team gegaan, die het werk het afgelopen halfjaar al waarnam. Ik had je graag beter nieuws gebracht.

Mocht er binnen Stroomlijn iets vrijkomen wat bij je past, dan laat ik het je weten.

Groet,
Jeroen Klaassen
Manager Klantenservice | Stroomlijn Energie""",
    company="Stroomlijn Energie", role="Teamlead Customer Care",
    contact_name="Jeroen Klaassen", contact_email="jeroen.klaassen@stroomlijn-energie.example")

add("rejection", ("Zorggroep De Linde", "recruitment@zorggroepdelinde.example"),
    "Terugkoppeling functie Praktijkbegeleider",
    """Beste Sanne,

Bedankt voor je sollicitatie en voor het gesprek op dinsdag. We hebben de gesprekken met vier kandidaten afgerond.

Uiteindelijk hebben we de functie van Praktijkbegeleider aangeboden aan een kandidaat met meer ervaring in de ouderenzorg, en die heeft het aanbod inmiddels aangenomen.

We wensen je alle goeds.

Vriendelijke groet,
Astrid Meulenbelt
Recruiter Zorggroep De Linde
www.zorggroepdelinde.example/vacatures""",
    fmt="alt", company="Zorggroep De Linde", role="Praktijkbegeleider",
    contact_name="Astrid Meulenbelt", contact_email="recruitment@zorggroepdelinde.example",
    careers_url="https://www.zorggroepdelinde.example/vacatures")

add("rejection", ("Team Pixelpoort", "team@pixelpoort.example"),
    "Re: Frontend developer",
    """Hey Sanne,

We hebben je portfolio en opdracht met het hele team bekeken. Er zat echt mooi werk tussen! Toch valt het kwartje deze keer niet jouw kant op: we hebben gekozen voor iemand die al jaren met Vue werkt.

Blijf vooral bouwen, en wie weet tot een volgende keer.

Groetjes,
Lieke namens Pixelpoort""",
    company="Pixelpoort", role="Frontend developer", contact_name="Lieke",
    contact_email="team@pixelpoort.example")

add("rejection", ("Werken bij Havenbedrijf Noordkust", "no-reply@werkenbijnoordkust.example"),
    "Update over je sollicitatie",
    """Beste Sanne,

Hieronder vind je de stand van zaken van je sollicitatie.

Vacature:      Planner Scheepvaartverkeer (ref. HN-4471)
Datum:         18-11-2026
Status:        Afgewezen
Toelichting:   Onvoldoende aansluitende werkervaring in de nautische sector

Je kunt de status ook altijd bekijken in je account op werkenbijnoordkust.example/mijn-sollicitaties.

Met vriendelijke groet,
Recruitment Havenbedrijf Noordkust""",
    fmt="alt", company="Havenbedrijf Noordkust", role="Planner Scheepvaartverkeer")

add("rejection", ("Maaike de Graaf", "maaike.degraaf@klaverblad-verzekeringen.example"),
    "Afwijzing sollicitatie Junior Data-analist",
    """Beste Sanne,

Zie onderwerp: helaas. Dank voor je tijd en inzet, en succes met je zoektocht.

Maaike de Graaf
Talent Acquisition | Klaverblad Verzekeringen""",
    company="Klaverblad Verzekeringen", role="Junior Data-analist",
    contact_name="Maaike de Graaf", contact_email="maaike.degraaf@klaverblad-verzekeringen.example")

add("rejection", ("Groenveld Tuinen via Workday", "groenveld@myworkday.example"),
    "Je sollicitatie bij Groenveld Tuinen",
    html=html_page(
        "<p>Hallo Sanne,</p>"
        "<p>Bedankt voor je interesse in Groenveld Tuinen en voor de tijd die je hebt genomen om te solliciteren "
        "op de functie <b>Hovenier Onderhoud (R-20931)</b>.</p>"
        "<p>We hebben alle sollicitaties zorgvuldig bekeken. Na afweging hebben we besloten andere kandidaten "
        "te kiezen, van wie het profiel beter aansluit bij wat we voor deze functie zoeken.</p>"
        "<p>Houd onze <a href=\"https://werkenbij.groenveldtuinen.example/vacatures\">vacaturepagina</a> in de gaten "
        "voor nieuwe kansen.</p>"
        "<p>Met groene groet,<br>Het recruitmentteam van Groenveld Tuinen</p>",
        preheader="Een update over je sollicitatie bij Groenveld Tuinen",
        footer="Je ontvangt deze e-mail omdat je een account hebt bij ons kandidatenportaal. "
               "<a href=\"https://groenveld.myworkday.example/unsubscribe?u=88\">Afmelden</a> | "
               "<a href=\"https://www.groenveldtuinen.example/privacy\">Privacyverklaring</a> | "
               "Groenveld Tuinen B.V., Kwekerijweg 12, Boskoop-Zuid. KvK 00000000. "
               "Powered by Workday."),
    fmt="html-b64", company="Groenveld Tuinen", role="Hovenier Onderhoud",
    careers_url="https://werkenbij.groenveldtuinen.example/vacatures")

add("rejection", ("Ruben Stam", "ruben@deleeuwbouw.example"),
    "Re: Sollicitatie werkvoorbereider",
    """Hoi Sanne,

Dank je voor je enthousiaste mail, leuk om te lezen dat je er zo'n zin in hebt. Ik moet je alleen eerlijk zeggen dat we gisteren de knoop hebben doorgehakt: de plek van werkvoorbereider gaat naar een kandidaat die direct kan starten en al met BIM werkt.

Ik had het je liever persoonlijk gezegd. Veel succes!

Ruben Stam
De Leeuw Bouw

Op 20 nov. 2026 om 21:14 schreef Sanne Verbeek <sanne.verbeek@mailbox.test>:
> Hoi Ruben,
>
> Nogmaals dank voor het gesprek! Ik ben echt enthousiast over de functie en het team,
> en ik kijk uit naar de volgende stap. Laat maar weten als jullie nog iets nodig hebben.
>
> Groet, Sanne""",
    company="De Leeuw Bouw", role="werkvoorbereider", contact_name="Ruben Stam",
    contact_email="ruben@deleeuwbouw.example")

add("rejection", ("Dewi Kartosen | Brugwerk Recruitment", "dewi@brugwerk.example"),
    "Fwd: terugkoppeling Logistiek coördinator",
    """Hoi Sanne,

Helaas, ik kreeg net onderstaande reactie van de klant. Ik had je echt een kans gegeven, maar zij kiezen anders. Ik bel je morgen even om het te bespreken en kijk ondertussen verder voor je.

Groet,
Dewi Kartosen
Brugwerk Recruitment

---------- Doorgestuurd bericht ---------
Van: Frank Odink <f.odink@transportodink.example>
Datum: do 19 nov. 2026 om 16:02
Onderwerp: terugkoppeling Logistiek coördinator
Aan: Dewi Kartosen <dewi@brugwerk.example>

Hoi Dewi,

Dank voor het voorstellen van Sanne. We hebben besloten niet verder te gaan met haar voor de rol van Logistiek coördinator; we missen ervaring met planning in de koelketen.

Gr. Frank
Transport Odink""",
    company="Transport Odink", role="Logistiek coördinator",
    contact_name="Dewi Kartosen", contact_email="dewi@brugwerk.example")

add("rejection", ("Lindwater via Greenhouse", "no-reply@greenhouse.example"),
    "Your application to Lindwater",
    """Hi Sanne,

Thank you for your interest in Lindwater and for applying to the Customer Success Manager (Benelux) position.

---
Persoonlijke noot van Tessa:
Sanne, ik wil je ook nog even persoonlijk laten weten dat we niet verder gaan met je kandidatuur. Je gesprek was prettig, maar we zoeken iemand met meer ervaring in SaaS-verkoop. Succes!
---

We encourage you to keep an eye on lindwater.example/careers for future openings.

Best regards,
Tessa Hoogland
Talent Team Lindwater""",
    company="Lindwater", role="Customer Success Manager (Benelux)",
    contact_name="Tessa Hoogland", contact_email=None,
    careers_url="https://lindwater.example/careers")

add("rejection", ("Kobalt Software", "jobs@kobaltsoftware.example"),
    "Tweede gesprek - Backend engineer",
    """Beste Sanne,

Nogmaals dank voor het eerste gesprek met Ilse en mij. We vonden het een open en leuk gesprek.

We hebben de afweging gemaakt welke kandidaten we uitnodigen voor de tweede ronde. Jij bent daar helaas niet bij: bij de technische vragen over gedistribueerde systemen zagen we te weinig diepgang voor het niveau van deze rol.

Dank voor je tijd, en veel succes.

Hartelijke groet,
Niels Bosman
Engineering Manager, Kobalt Software""",
    company="Kobalt Software", role="Backend engineer",
    contact_name="Niels Bosman", contact_email="jobs@kobaltsoftware.example")

add("rejection", ("Selectie & Assessment | Vennix Groep", "selectie@vennixgroep.example"),
    "Uitslag capaciteitentest",
    """Beste Sanne,

Je hebt afgelopen week de online capaciteitentest gemaakt voor de traineeship Finance. Dank daarvoor.

Je score op het onderdeel numeriek redeneren ligt onder de grens die we voor deze functie hanteren. Daarom kunnen we je helaas niet verder meenemen in de selectie.

Je kunt de uitgebreide rapportage opvragen bij het assessmentbureau.

Met vriendelijke groet,
Team Selectie & Assessment
Vennix Groep""",
    fmt="qp", company="Vennix Groep", role="traineeship Finance")

add("rejection", ("Karin Smeets", "k.smeets@provincie-maasland.example"),
    "Uitkomst assessment teamleider Vergunningen",
    """Geachte mevrouw Verbeek,

Op 12 november heeft u het assessment voor de functie van teamleider Vergunningen doorlopen. Het rapport van het assessmentbureau is met u besproken.

Het assessment heeft uitgewezen dat uw profiel op de competenties 'sturen op resultaat' en 'verbinden' nog onvoldoende aansluit bij wat deze functie vraagt. De commissie zet de procedure met u daarom niet voort.

Wij danken u voor de inzet en openheid gedurende de procedure.

Met vriendelijke groet,

Karin Smeets
Secretaris selectiecommissie
Provincie Maasland""",
    company="Provincie Maasland", role="teamleider Vergunningen",
    contact_name="Karin Smeets", contact_email="k.smeets@provincie-maasland.example")

add("rejection", ("Brasserie 't Pakhuys", "info@pakhuys.example"),
    "proefdag",
    """Hoi Sanne,

Bedankt voor je inzet tijdens de proefdag in de keuken zaterdag, je hebt hard gewerkt!
We hebben besloten om iemand anders aan te nemen als zelfstandig werkend kok, iemand met wat meer ervaring op de grill.

Succes en misschien tot ziens als gast :)

Groeten, Wouter
Brasserie 't Pakhuys""",
    company="Brasserie 't Pakhuys", role="zelfstandig werkend kok",
    contact_name="Wouter", contact_email="info@pakhuys.example")

add("rejection", ("Femke Lodewijks", "femke@strateegs.example"),
    "Je uitwerking van de case",
    """Hoi Sanne,

Dank voor je presentatie van de businesscase afgelopen donderdag. Je uitwerking was degelijk en goed onderbouwd, maar op het gebied van commerciële vertaling niet onderscheidend genoeg ten opzichte van de andere finalisten.

We kiezen er daarom voor het traject voor de functie van junior consultant met jou hier af te ronden.

Ik geef je graag nog telefonisch feedback als je dat wilt.

Groet,
Femke Lodewijks
Strateegs Consultancy""",
    company="Strateegs Consultancy", role="junior consultant",
    contact_name="Femke Lodewijks", contact_email="femke@strateegs.example")

add("rejection", ("Personeelszaken Vervoersbedrijf Rijnmond-Oost", "pz@vro.example"),
    "Referentieonderzoek functie Coördinator Dienstregeling",
    """Geachte mevrouw Verbeek,

Zoals besproken hebben wij, met uw toestemming, contact opgenomen met de door u opgegeven referenten.

Na afronding van het referentieonderzoek hebben wij besloten u de functie van Coördinator Dienstregeling niet aan te bieden. Wij begrijpen dat dit in deze late fase van de procedure teleurstellend is.

Met vriendelijke groet,

mr. T. (Tom) Verhagen
Hoofd Personeelszaken
Vervoersbedrijf Rijnmond-Oost""",
    company="Vervoersbedrijf Rijnmond-Oost", role="Coördinator Dienstregeling",
    contact_name="Tom Verhagen", contact_email="pz@vro.example")

add("rejection", ("Stagebureau Optica Delft-Noord", "stages@opticadn.example"),
    "Afstudeerstage Optical Engineering",
    """Beste Sanne,

Dank voor je motivatie voor een afstudeerstage bij Optica Delft-Noord in het voorjaar van 2027.

Er waren dit semester veel sterke aanmeldingen. Voor de afstudeerplek in de groep Laserbewerking hebben we een andere student gekozen, van wie het onderzoeksvoorstel nauwer aansloot bij ons lopende project.

Je bent van harte welkom om volgend semester opnieuw te reageren.

Met vriendelijke groet,
Jolien Peeters
Stagecoördinator""",
    company="Optica Delft-Noord", role="Afstudeerstage Optical Engineering",
    contact_name="Jolien Peeters", contact_email="stages@opticadn.example")

add("rejection", ("Installatiebedrijf Van Lier", "opleidingen@vanlier-installatie.example"),
    "Je aanmelding voor de BBL-opleiding",
    """Hoi Sanne,

Leuk dat je je hebt aangemeld voor de BBL-opleiding Monteur Elektrotechniek bij Van Lier.

We hebben dit schooljaar vijf leerwerkplekken en daarvoor meer dan veertig aanmeldingen gekregen. Na de kennismakingsdag kunnen we je helaas geen leerwerkplek aanbieden.

Kijk voor andere leerbedrijven eens op de site van je school. Veel succes!

Groet,
Hans van Lier
Installatiebedrijf Van Lier""",
    company="Installatiebedrijf Van Lier", role="BBL-opleiding Monteur Elektrotechniek",
    contact_name="Hans van Lier", contact_email="opleidingen@vanlier-installatie.example")

add("rejection", ("Pretpark De Wielewaal - Jobstudenten", "jobstudent@wielewaal.example"),
    "Jouw kandidatuur vakantiejob zomer",
    """Dag Sanne,

Bedankt om te solliciteren voor een vakantiejob in De Wielewaal.

We kregen dit jaar enorm veel kandidaturen. Jouw kandidatuur voor een vakantiejob als attractiebegeleider werd jammer genoeg niet geselecteerd. We hopen je wel als bezoeker te mogen verwelkomen!

Groetjes,
Het jobstudententeam van De Wielewaal""",
    company="De Wielewaal", role="attractiebegeleider")

add("rejection", ("Voedselbank Kempenland", "vrijwilligers@voedselbankkempen.example"),
    "Je aanmelding als coördinator vrijwilligers",
    """Beste Sanne,

Wat fijn dat je je wilt inzetten voor de Voedselbank Kempenland. Voor de vrijwillige functie van coördinator uitgiftepunt hebben we met drie mensen een gesprek gevoerd.

Na afloop van de gesprekken hebben we iemand anders gevraagd die al langer bij ons meedraait. We hebben je dus helaas niet kunnen plaatsen op deze rol. Als gewone vrijwilliger ben je natuurlijk altijd welkom!

Hartelijke groet,
Anja Verstappen
Vrijwilligerscoördinator""",
    company="Voedselbank Kempenland", role="coördinator uitgiftepunt",
    contact_name="Anja Verstappen", contact_email="vrijwilligers@voedselbankkempen.example")

add("rejection", ("Reclamebureau Zwaluw", "hallo@zwaluw.example"),
    "Re: open sollicitatie",
    """Hoi Sanne,

Dank voor je open sollicitatie en je leuke portfolio. Op dit moment hebben we geen vacatures die aansluiten bij je profiel, en we verwachten de komende maanden ook geen uitbreiding van het copyteam.

We houden je gegevens niet aan, dus voel je vrij om het over een half jaar nog eens te proberen.

Groet,
Mirjam
Reclamebureau Zwaluw""",
    company="Reclamebureau Zwaluw", role=None, contact_name="Mirjam",
    contact_email="hallo@zwaluw.example")

add("rejection", ("Brouwerij Het Gulden Vat", "hr@guldenvat.example"),
    "Uw spontane kandidatuur",
    """Geachte mevrouw Verbeek,

Wij danken u voor uw spontane kandidatuur en de interesse die u toont in onze brouwerij.

Op uw spontane kandidatuur kunnen wij momenteel helaas niet ingaan, aangezien er binnen onze kwaliteitsafdeling geen openstaande functies zijn.

Wij wensen u veel succes in uw verdere zoektocht.

Met vriendelijke groeten,
Katrien Goossens
HR Manager - Brouwerij Het Gulden Vat""",
    fmt="plain", charset="cp1252",
    company="Brouwerij Het Gulden Vat", role=None, contact_name="Katrien Goossens",
    contact_email="hr@guldenvat.example")

add("rejection", ("Lisa van Dam", "lisa@opdekaart.example"),
    "Even een update",
    """Hoi Sanne!

Het werd echt een spannende race tussen de laatste twee, maar we hebben de selectie afgerond en je bent er als kandidaat voor de rol van community manager niet uitgekomen. Ik vond het echt een leuk gesprek, dus dit voelt een beetje rot om te sturen.

Liefs, Lisa
Op de Kaart""",
    company="Op de Kaart", role="community manager", contact_name="Lisa van Dam",
    contact_email="lisa@opdekaart.example")

add("rejection", ("Arjen Wolters", "arjen@wolterswebwinkel.example"),
    "Onze paden kruisen later vast nog",
    """Hoi Sanne,

Bedankt voor je reactie op de vacature marketingmedewerker. Wie weet kruisen onze paden in de toekomst nog, want je hebt een mooi profiel, maar voor nu is het antwoord helaas nee.

Groet,
Arjen
Wolters Webwinkel""",
    company="Wolters Webwinkel", role="marketingmedewerker", contact_name="Arjen Wolters",
    contact_email="arjen@wolterswebwinkel.example")

add("rejection", ("Roos Hendriks", "roos.hendriks@fluxmobility.example"),
    "Feedback na je gesprek",
    """Hoi Sanne,

Zoals beloofd stuur ik je de feedback van het panel na je gesprek voor de functie van Product Owner.

Wat we sterk vonden:
- heldere manier van communiceren
- je aanpak van stakeholdermanagement
- de voorbeelden uit je huidige baan

Waar we minder van zagen:
- ervaring met het prioriteren van een technische backlog
- affiniteit met mobiliteit en data

Op basis hiervan hebben we besloten je niet aan te nemen voor deze functie. Ik hoop dat de feedback je helpt bij je volgende stap.

Groet,
Roos Hendriks
Recruiter | Flux Mobility""",
    fmt="alt-qp", company="Flux Mobility", role="Product Owner", contact_name="Roos Hendriks",
    contact_email="roos.hendriks@fluxmobility.example")

add("rejection", ("Koninklijke Kleipijp", "talent@kleipijp.example"),
    "Nieuws van Kleipijp en je sollicitatie",
    """Beste Sanne,

Wat een jaar! Kleipijp bestaat dit jaar 150 jaar en dat hebben we in september met alle medewerkers gevierd in de oude ovenhal. Ook openden we onze nieuwe fabriek in Tiel, waar we voortaan op waterstof bakken.

Daarnaast hebben we de afgelopen maanden veel nieuwe collega's mogen verwelkomen en is onze afdeling Inkoop flink gegroeid.

Je solliciteerde onlangs op de vacature Inkoper Grondstoffen. We hebben veel reacties ontvangen en alle cv's met aandacht gelezen.

Na zorgvuldige afweging zijn er kandidaten die beter aansluiten bij het gevraagde profiel, en gaan we met hen verder. Je sollicitatie nemen we daarom niet verder in behandeling.

Dank voor je interesse in Koninklijke Kleipijp!

Met vriendelijke groet,
Team Talent Kleipijp
www.kleipijp.example/werken-bij""",
    fmt="alt", company="Koninklijke Kleipijp", role="Inkoper Grondstoffen",
    careers_url="https://www.kleipijp.example/werken-bij")

add("rejection", ("Recruitment Bibliotheek Westhoek", "sollicitaties@bibwesthoek.example"),
    "Eerste gespreksronde Informatiespecialist",
    """Beste Sanne,

Dank voor je sollicitatie als informatiespecialist jeugd. We ontvingen 48 reacties.

Helaas behoor je niet tot de kandidaten die we uitnodigen voor de eerste gespreksronde. De keuze was lastig; we hebben vooral gelet op ervaring met leesbevordering in het onderwijs.

Vriendelijke groeten,
Sofie Claeys
Bibliotheek Westhoek""",
    company="Bibliotheek Westhoek", role="informatiespecialist jeugd",
    contact_name="Sofie Claeys", contact_email="sollicitaties@bibwesthoek.example")

add("rejection", ("Interimkantoor Dijlestad", "kandidaten@dijlestad-interim.example"),
    "Uw profiel voor de functie boekhouder",
    """Beste mevrouw Verbeek,

U stelde zich kandidaat voor de functie van boekhouder bij een van onze klanten in de regio Leuven.

Na vergelijking van alle profielen werd uw profiel niet weerhouden voor de volgende fase van de selectie. Uw dossier blijft wel actief in onze databank voor andere opdrachten.

Met vriendelijke groeten,
Pieter Wouters
Consultant Finance
Interimkantoor Dijlestad""",
    company="Interimkantoor Dijlestad", role="boekhouder", contact_name="Pieter Wouters",
    contact_email="kandidaten@dijlestad-interim.example")

add("rejection", ("Politieacademie Selectie", "selectie@politie-werving.example"),
    "Uitslag fysieke vaardigheidstoets",
    """Geachte mevrouw Verbeek,

Op 16 november 2026 heeft u de fysieke vaardigheidstoets afgelegd in het kader van uw sollicitatie voor de opleiding tot Agent van politie.

U heeft de toets niet gehaald. Daarmee eindigt uw selectieprocedure. U kunt zich op zijn vroegst over zes maanden opnieuw aanmelden.

Met vriendelijke groet,

Bureau Selectie en Keuring""",
    fmt="qp", company="Politie", role="Agent van politie")

add("rejection", ("Yara Mulder", "yara@kookstudiodepan.example"),
    "👋",
    """Heej! Helaas is het 'm niet geworden deze keer 😕 We hebben iemand gevonden die al wat meer ervaring met Shopify heeft voor de webshop-baan. Superbedankt voor je reactie en veel succes! Yara - Kookstudio De Pan""",
    company="Kookstudio De Pan", role=None, contact_name="Yara Mulder",
    contact_email="yara@kookstudiodepan.example")

add("rejection", ("Notariskantoor Van Oordt & Scheltema", "secretariaat@vanoordt-notarissen.example"),
    "Uw sollicitatie kandidaat-notaris",
    """Geachte mevrouw Verbeek,

Tot onze spijt moeten wij u mededelen dat uw sollicitatie naar de functie van kandidaat-notaris niet tot een aanstelling zal leiden.

Wij danken u voor het in ons kantoor gestelde vertrouwen.

Hoogachtend,

mr. W.F. van Oordt
notaris""",
    fmt="qp", charset="iso-8859-1",
    company="Van Oordt & Scheltema", role="kandidaat-notaris",
    contact_name="W.F. van Oordt", contact_email="secretariaat@vanoordt-notarissen.example")

add("rejection", ("Noordstern via SmartRecruiters", "noreply@smartrecruiters.example"),
    "Noordstern - je sollicitatie voor Medewerker Klantcontact",
    html=html_page(
        "<p>Hoi Sanne,</p>"
        "<p>Bedankt voor je sollicitatie voor de functie <strong>Medewerker Klantcontact (32 uur)</strong> "
        "bij Noordstern.</p>"
        "<p>We hebben je sollicitatie bekeken en helaas ben je niet geselecteerd voor de volgende stap in "
        "het proces.</p>"
        "<p>Op <a href=\"https://jobs.noordstern.example\">jobs.noordstern.example</a> vind je al onze "
        "vacatures.</p><p>Groet,<br>Recruitment Noordstern</p>",
        preheader="Bedankt voor je interesse in Noordstern",
        footer="Verzonden via SmartRecruiters namens Noordstern. "
               "<a href=\"https://www.smartrecruiters.example/privacy\">Privacy</a>"),
    fmt="html-b64", company="Noordstern", role="Medewerker Klantcontact",
    careers_url="https://jobs.noordstern.example")

add("rejection", ("Sem Vos | TalentBrug", "sem@talentbrug.example"),
    "Update Accountmanager bij je klant",
    """Hi Sanne,

Ik heb helaas geen goed nieuws. De klant (Bakkerij Koolhoven) heeft besloten om met een andere kandidaat in zee te gaan voor de functie van Accountmanager Retail. Jouw gesprek was volgens hen goed, maar de andere kandidaat kende de retailkanalen net iets beter.

Ik houd je op de hoogte van nieuwe opdrachten!

Groet,
Sem Vos
TalentBrug""",
    company="Bakkerij Koolhoven", role="Accountmanager Retail", contact_name="Sem Vos",
    contact_email="sem@talentbrug.example")

add("rejection", ("Karolien Maes", "karolien.maes@jobtoren-interim.example"),
    "Opdracht magazijnmedewerker",
    """Dag Sanne,

Jammer genoeg is de opdracht als magazijnmedewerker bij onze klant in Genk intussen ingevuld door een andere kandidaat. Ik hou je zeker op de hoogte als er iets anders vrijkomt.

Groetjes,
Karolien
Jobtoren Interim Genk""",
    company="Jobtoren Interim", role="magazijnmedewerker", contact_name="Karolien Maes",
    contact_email="karolien.maes@jobtoren-interim.example")

add("rejection", ("Stichting Museum Kaap Noord", "p&o@museumkaapnoord.example"),
    "Besluit inzake uw sollicitatie",
    """Geachte mevrouw Verbeek,

Wij hebben uw sollicitatie voor de functie van Conservator Maritieme Geschiedenis in behandeling genomen. Na zorgvuldig beraad zijn wij genoodzaakt uw sollicitatie af te wijzen.

Wij danken u voor uw belangstelling voor ons museum.

Met vriendelijke groet,

Drs. A.M. Kroon-Tuinstra
Directeur""",
    company="Museum Kaap Noord", role="Conservator Maritieme Geschiedenis",
    contact_name="A.M. Kroon-Tuinstra", contact_email="p&o@museumkaapnoord.example")

add("rejection", ("Bas Jongeling", "bas@veldlab.example"),
    "jouw sollicitatie",
    """Beste Sanne,

We hebben je sollicitatie gelezen. Je cv is sterk, maar het past niet bij wat we nu zoeken voor de rol van lab-technicus: we hebben echt iemand nodig met ervaring in PCR-diagnostiek. We nemen je daarom niet mee in de volgende ronde.

Groet,
Bas Jongeling
VeldLab""",
    company="VeldLab", role="lab-technicus", contact_name="Bas Jongeling",
    contact_email="bas@veldlab.example")

add("rejection", ("Defensie Werving - regio Zuid", "noreply@werkenbijdefensie-zuid.example"),
    "Uitslag medische keuring",
    """Geachte mevrouw Verbeek,

Naar aanleiding van de medische keuring op 10 november 2026 delen wij u mee dat u op medische gronden niet geschikt bent bevonden voor de functie van Monteur Voertuigen.

Dit besluit betekent dat uw sollicitatie niet verder wordt behandeld. Tegen dit besluit kunt u binnen zes weken bezwaar aanmaken via uw kandidaatportaal.

Met vriendelijke groet,
Werving & Selectie, Defensie""",
    company="Defensie", role="Monteur Voertuigen")

add("rejection", ("Hanneke Postma", "h.postma@talentuin.example"),
    "Niet door naar de tweede ronde",
    """Beste Sanne,

Bedankt voor het prettige eerste gesprek voor de functie van HR-adviseur.

Wij zien helaas geen mogelijkheid om je door te laten gaan naar de tweede ronde. Andere kandidaten hadden meer ervaring met arbeidsrecht en verzuimbegeleiding.

Succes met je verdere zoektocht.

Hartelijke groet,
Hanneke Postma
Talentuin""",
    company="Talentuin", role="HR-adviseur", contact_name="Hanneke Postma",
    contact_email="h.postma@talentuin.example")

add("rejection", ("Iris Bakker", "iris.bakker@velosysteem.example"),
    "Functie Teamleider Assemblage en een ander idee",
    """Hoi Sanne,

Dank voor je sollicitatie op de functie van Teamleider Assemblage. Voor die functie ben je niet geselecteerd; we hebben gekozen voor een kandidaat met meer leidinggevende ervaring in productie.

Wel zagen we in je cv veel ervaring met procesverbetering. We hebben binnenkort een vacature voor Lean-specialist en zouden je daarvoor graag uitnodigen voor een kennismakingsgesprek. Heb je daar interesse in?

Groet,
Iris Bakker
Recruiter, VeloSysteem""",
    company="VeloSysteem", role="Teamleider Assemblage", contact_name="Iris Bakker",
    contact_email="iris.bakker@velosysteem.example",
    note="not selected for this role, invited for another: the application for this role ends")

add("rejection", ("Stichting Jeugdwerk Oost", "vacatures@jeugdwerkoost.example"),
    "Vacature jongerenwerker geannuleerd",
    """Beste Sanne,

Bedankt voor je sollicitatie op de vacature jongerenwerker.

Door een onverwacht besluit van de gemeente over onze subsidie is de vacature komen te vervallen en hebben we de werving stopgezet. Je sollicitatie wordt daarom niet verder in behandeling genomen. Het spijt ons dat we je dit moeten melden.

Met vriendelijke groet,
Ahmed El Amrani
Teamleider Jongerenwerk, Stichting Jeugdwerk Oost""",
    company="Stichting Jeugdwerk Oost", role="jongerenwerker", contact_name="Ahmed El Amrani",
    contact_email="vacatures@jeugdwerkoost.example")

add("rejection", ("Recruitment Hogeschool Zeeland-West", "recruitment@hzw.example"),
    "Uw sollicitatie docent Verpleegkunde",
    """Geachte mevrouw Verbeek,

Dank voor uw sollicitatie naar de functie van docent Verpleegkunde. De sollicitatiecommissie heeft de brieven beoordeeld.

U bent helaas afgevallen in de preselectie. De commissie heeft de voorkeur gegeven aan kandidaten met een afgeronde master en didactische bevoegdheid.

Met vriendelijke groet,
Ellen de Bruijn
Recruiter Hogeschool Zeeland-West
www.hzw.example/werkenbij""",
    company="Hogeschool Zeeland-West", role="docent Verpleegkunde", contact_name="Ellen de Bruijn",
    contact_email="recruitment@hzw.example", careers_url="https://www.hzw.example/werkenbij")

add("rejection", ("Lotte", "lotte@studiomos.example"),
    "Re: stage",
    """hi! helaas hebben we geen stageplek meer vrij dit semester, ze zijn allemaal al bezet. probeer het in maart gerust nog eens! groetjes lotte, studio mos""",
    company="Studio Mos", role="stage", contact_name="Lotte", contact_email="lotte@studiomos.example")

add("rejection", ("Gemeente Brugmolen - Personeelsdienst", "personeel@brugmolen.example"),
    "Selectieprocedure administratief medewerker burgerzaken (ref. 2026/47)",
    """Geachte mevrouw Verbeek,

In het kader van de selectieprocedure voor de functie van administratief medewerker burgerzaken (C1-C3, ref. 2026/47) legde u op 7 november het schriftelijk gedeelte af.

Wij delen u mee dat u voor dit gedeelte 42,5 % behaalde, terwijl minimaal 50 % vereist is. Bijgevolg bent u niet geslaagd en wordt u niet toegelaten tot het mondelinge gedeelte.

Met vriendelijke groeten,

Namens het college van burgemeester en schepenen,
De algemeen directeur, E. Van Damme
De burgemeester, L. Peeters""",
    company="Gemeente Brugmolen", role="administratief medewerker burgerzaken",
    contact_name="E. Van Damme", contact_email="personeel@brugmolen.example")

add("rejection", ("Software Atelier Zuidas", "careers@swatelier.example"),
    "Je sollicitatie bij Software Atelier",
    """Hoi Sanne,

Bedankt voor je tijd de afgelopen weken en je enthousiasme voor Software Atelier. We hebben een beslissing genomen over de functie van QA engineer en hebben gekozen voor een andere richting. We gaan deze keer niet met je verder.

We houden je cv graag in ons bestand.

Groet,
Team Software Atelier""",
    company="Software Atelier", role="QA engineer")


# ---------------------------------------------------------------------------
# Hard look-alikes (is_rejection false)
# ---------------------------------------------------------------------------

add("lookalike", ("Chantal Verschuren", "c.verschuren@delta-logistiek.example"),
    "Excuses voor de vertraging",
    """Beste Sanne,

Excuses dat je nog niets van ons hebt gehoord over de functie van Supply Chain Analist. Helaas loopt het proces vertraging op door ziekte in het team.

Je bent nog volop in beeld en we verwachten je uiterlijk volgende week uit te nodigen voor een tweede gesprek.

Met vriendelijke groet,
Chantal Verschuren
Delta Logistiek""")

add("lookalike", ("Marco Visser", "marco.visser@koelwerk.example"),
    "Gesprek donderdag verzet",
    """Hoi Sanne,

Helaas moeten we het gesprek van donderdag 14.00 uur voor de functie servicemonteur verzetten: onze technisch directeur is onverwacht afwezig. Zou maandag 10.00 uur je ook schikken?

Sorry voor het ongemak.

Groet,
Marco Visser
Koelwerk Nederland""")

add("lookalike", ("Recruitment Vosbergen", "recruitment@vosbergen.example"),
    "Update over de vacatures",
    """Beste Sanne,

Je gaf in je gesprek aan dat je ook interesse had in de functie van teamleider Advies. Die functie is inmiddels intern ingevuld door een collega.

Je sollicitatie voor de functie van senior adviseur loopt gewoon door; we nodigen je binnenkort uit voor het vervolggesprek.

Met vriendelijke groet,
Recruitment Vosbergen""")

add("lookalike", ("Joost Hermans", "joost@bureauhermans.example"),
    "Aanbod functie projectleider",
    """Beste Sanne,

Met veel plezier bieden we je de functie van projectleider bij Bureau Hermans aan. Bijgevoegd vind je het aanbod.

Helaas kunnen we niet ingaan op je verzoek om vier dagen te werken in de eerste maanden; we starten met 36 uur over vijf dagen. Daarna kijken we graag samen naar de mogelijkheden.

Laat je uiterlijk vrijdag weten of je akkoord bent?

Hartelijke groet,
Joost Hermans""")

add("lookalike", ("Vacaturemelder", "alerts@vacaturemelder.example"),
    "5 nieuwe vacatures voor 'beleidsmedewerker'",
    html=html_page(
        "<p>Hoi Sanne,</p><p>Er zijn 5 nieuwe vacatures die passen bij je zoekopdracht <b>beleidsmedewerker</b> "
        "in de regio Utrecht.</p><ul><li>Beleidsmedewerker Mobiliteit - Gemeente Veenhoven</li>"
        "<li>Beleidsadviseur Energie - Provincie Maasland</li><li>Beleidsmedewerker Onderwijs - "
        "Stichting Leerkracht</li></ul>"
        "<p>Helaas: de vacature 'Beleidsmedewerker Cultuur' die je had opgeslagen is verlopen en niet meer "
        "beschikbaar.</p><p><a href=\"https://www.vacaturemelder.example/zoek\">Bekijk alle vacatures</a></p>",
        preheader="Nieuwe banen in jouw regio",
        footer="<a href=\"https://www.vacaturemelder.example/afmelden\">Afmelden voor deze e-mail</a>"),
    fmt="html")

add("lookalike", ("Daan Overbeek", "daan.overbeek@headhunt-zuid.example"),
    "Interessante rol als Head of Finance?",
    """Hoi Sanne,

Ik kwam je profiel tegen en werd enthousiast. Voor een groeiende scale-up in Eindhoven zoek ik een Head of Finance. Ik denk dat jouw achtergrond goed aansluit.

Heb je deze week tijd voor een kort belletje? Geen interesse of niet het juiste moment? Geen probleem, laat het me gerust weten.

Groet,
Daan Overbeek
Headhunt Zuid""")

add("lookalike", ("Loopbaanblad", "redactie@loopbaanblad.example"),
    "Nieuwsbrief: van afwijzing naar nieuwe kans",
    """Beste lezer,

"Helaas hebben we gekozen voor een andere kandidaat." Wie heeft die zin nooit gelezen? In deze editie van Loopbaanblad vertellen drie lezers hoe zij een afwijzing ombogen tot een nieuwe baan.

Ook: waarom je sollicitatie niet door de eerste selectie komt, en wat je daaraan doet.

Ga naar www.loopbaanblad.example voor de volledige artikelen.

Redactie Loopbaanblad
Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Afmelden kan onderaan de pagina.""")

add("lookalike", ("Woningstichting Eemhoven", "verhuur@eemhoven.example"),
    "Uw reactie op de woning Lindelaan 14",
    """Geachte mevrouw Verbeek,

U heeft gereageerd op de woning aan de Lindelaan 14. Na controle van de gegevens is de woning toegewezen aan een andere kandidaat-huurder met een langere inschrijfduur.

Wij danken u voor uw reactie en wensen u succes met uw zoektocht naar een woning.

Met vriendelijke groet,
Team Verhuur
Woningstichting Eemhoven""")

add("lookalike", ("Hypotheekbank Vastgoed", "noreply@hypobank.example"),
    "Besluit over uw hypotheekaanvraag",
    """Geachte mevrouw Verbeek,

Wij hebben uw hypotheekaanvraag beoordeeld. Helaas moeten wij u meedelen dat wij uw aanvraag hebben afgewezen. Uw inkomen uit uw huidige dienstverband (tijdelijk contract) is onvoldoende om de gevraagde lening te verstrekken.

Met vriendelijke groet,
Hypotheekbank Vastgoed""")

add("lookalike", ("Selectie Geneeskunde - Universiteit Lelystrand", "selectie-gnk@uni-lelystrand.example"),
    "Uitslag decentrale selectie Geneeskunde",
    """Beste Sanne,

Je hebt deelgenomen aan de selectieprocedure voor de bacheloropleiding Geneeskunde. Op basis van je resultaten op de selectietoetsen ben je helaas niet geplaatst voor de opleiding in het studiejaar 2027-2028.

Je rangnummer was 612; er waren 410 plaatsen. Je kunt je volgend jaar opnieuw aanmelden.

Met vriendelijke groet,
Selectiecommissie Geneeskunde""")

add("lookalike", ("Editorial Office - Tijdschrift voor Arbeidsvraagstukken", "editor@tva-journal.example"),
    "Besluit manuscript TVA-2026-0193",
    """Beste dr. Verbeek,

Dank voor het indienen van uw manuscript 'Flexibele arbeid en baanzekerheid bij jongeren' bij het Tijdschrift voor Arbeidsvraagstukken.

Op basis van de beoordelingen van twee reviewers heeft de redactie besloten uw manuscript niet te accepteren voor publicatie. U vindt het commentaar van de reviewers hieronder.

Met vriendelijke groet,
Prof. dr. K. Wijnberg, hoofdredacteur""")

add("lookalike", ("Fonds voor Cultuurparticipatie Zuid", "subsidies@fcpz.example"),
    "Besluit subsidieaanvraag 2026-0412",
    """Geachte mevrouw Verbeek,

U heeft op 1 september een aanvraag ingediend voor de regeling Talentontwikkeling. De adviescommissie heeft uw aanvraag beoordeeld. Helaas is uw aanvraag niet gehonoreerd, omdat het budget ontoereikend was voor alle positief beoordeelde aanvragen.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Fonds voor Cultuurparticipatie Zuid""")

add("lookalike", ("Programmacommissie DataDag 2027", "cfp@datadag.example"),
    "Je talk-voorstel voor DataDag 2027",
    """Hoi Sanne,

Bedankt voor het insturen van je voorstel 'Van spreadsheet naar pipeline'. We kregen dit jaar meer dan 300 inzendingen voor 40 plekken.

Helaas is je talk niet geselecteerd voor het programma. We hopen je wel als bezoeker te zien; met deze code krijg je 20% korting.

Groet,
De programmacommissie""")

add("lookalike", ("Schadeafdeling Dekker Verzekeringen", "schade@dekkerverzekeringen.example"),
    "Uw schademelding 88-22914",
    """Geachte mevrouw Verbeek,

Wij hebben uw schademelding over de waterschade in uw woning beoordeeld. Helaas valt de schade niet onder de dekking van uw inboedelverzekering. Wij wijzen uw claim daarom af.

Met vriendelijke groet,
Team Schade""")

add("lookalike", ("Hockeyclub De Kievit", "ledenadministratie@hcdekievit.example"),
    "Loting wachtlijst seniorenteams",
    """Beste Sanne,

Voor de seniorenteams hadden we dit seizoen 85 aanmeldingen voor 20 plekken, dus er is geloot. Helaas ben je niet ingeloot. Je staat nu op de wachtlijst en we laten het weten zodra er een plek vrijkomt.

Sportieve groet,
Ledenadministratie HC De Kievit""")

add("lookalike", ("Werken bij Rabarber Retail", "no-reply@rabarber-retail.example"),
    "Bevestiging: je sollicitatie is ingetrokken",
    """Hoi Sanne,

We hebben je verzoek ontvangen: je sollicitatie voor de functie van Filiaalmanager Amersfoort is ingetrokken. Jammer dat je afhaakt, maar we respecteren je keuze.

Wil je in de toekomst opnieuw solliciteren? Je bent altijd welkom.

Groet,
Recruitment Rabarber Retail""")

add("lookalike", ("Evelien Brand", "evelien.brand@zonnedak.example"),
    "Jammer!",
    """Hoi Sanne,

Dank voor je telefoontje van vanochtend. Jammer dat je ons aanbod voor de functie van projectcoördinator niet aanneemt, al begrijp ik je keuze voor de andere werkgever heel goed.

Mocht het daar toch anders lopen, dan weet je ons te vinden.

Hartelijke groet,
Evelien Brand
Zonnedak""")

add("lookalike", ("HR Meridiaan Zorg", "hr@meridiaanzorg.example"),
    "Beoordeling kandidaten vacature teamcoach",
    """Hoi Sanne,

Dank dat je in de sollicitatiecommissie voor de vacature teamcoach wilt zitten. Wil je vóór vrijdag je beoordelingsformulier voor kandidaat J. de Wit invullen?

Na de eerste ronde hebben we besloten de twee andere kandidaten af te wijzen; zij krijgen vandaag bericht. Jij hoeft daarvoor niets te doen.

Groet,
Priscilla Jansen
HR-adviseur""",
    note="owner is on the hiring panel")

add("lookalike", ("Werken bij Meander Bank", "no-reply@meanderbank.example"),
    "We hebben je sollicitatie ontvangen",
    """Beste Sanne,

Bedankt voor je sollicitatie op de vacature Compliance Officer. We hebben je cv en motivatie in goede orde ontvangen.

We streven ernaar binnen drie weken te reageren. Heb je na drie weken niets van ons gehoord, dan ben je helaas niet geselecteerd voor een gesprek.

Met vriendelijke groet,
Team Recruitment Meander Bank""")

add("lookalike", ("Selectiebureau Vlaamse Overheid", "noreply@selectie-vlaanderen.example"),
    "Resultaat selectie ANW2598 - Projectmedewerker",
    """Beste kandidaat,

Wij hebben het genoegen u mee te delen dat u geslaagd bent voor de selectie ANW2598 - Projectmedewerker.

U bent gerangschikt op plaats 4 en wordt opgenomen in de wervingsreserve, die twee jaar geldig is. Kandidaten die niet geslaagd zijn, ontvangen een aparte brief. Het agentschap contacteert u zodra een betrekking vrijkomt.

Met vriendelijke groeten,
Het selectieteam""")

add("lookalike", ("Aanbestedingen Gemeente Veenhoven", "inkoop@veenhoven.example"),
    "Gunningsbeslissing meervoudig onderhandse aanbesteding communicatieadvies",
    """Geachte mevrouw Verbeek,

Namens de gemeente Veenhoven deel ik u mee dat uw offerte voor de opdracht Communicatieadvies Omgevingswet niet is gegund. De opdracht wordt voorlopig gegund aan Bureau Helder, dat de hoogste score behaalde op het gunningscriterium kwaliteit.

U heeft tot 20 dagen na dagtekening de gelegenheid bezwaar te maken.

Met vriendelijke groet,
Afdeling Inkoop, Gemeente Veenhoven""")

add("lookalike", ("Martijn de Ruiter", "martijn@groeihaven.example"),
    "Re: Sollicitatie accountmanager",
    """Hoi Sanne,

Goed nieuws: de kandidaat voor wie we in eerste instantie hadden gekozen, heeft zich teruggetrokken. Zou je alsnog willen komen praten over de functie van accountmanager? Volgende week dinsdag of woensdag zou goed uitkomen.

Groet,
Martijn

Op 2 nov. 2026 om 09:12 schreef Martijn de Ruiter <martijn@groeihaven.example>:
> Beste Sanne,
>
> Helaas hebben we gekozen voor een andere kandidaat voor de functie van accountmanager.
> We wensen je veel succes.
>
> Martijn de Ruiter, Groeihaven""")

add("lookalike", ("Candidate Experience | Hofstede Advies", "survey@hofstede-advies.example"),
    "Hoe heb je onze sollicitatieprocedure ervaren?",
    """Hoi Sanne,

Je hebt onlangs een sollicitatieprocedure bij Hofstede Advies doorlopen. Wij zijn benieuwd naar je ervaring, ongeacht de uitkomst.

Wil je onze korte enquête invullen? Het kost je maximaal drie minuten.

Alvast bedankt!
Team Candidate Experience""")

add("lookalike", ("Annelies Kuipers", "annelies.kuipers@tulpgroep.example"),
    "Door naar de volgende ronde!",
    """Hoi Sanne,

Goed nieuws: je bent door naar de volgende ronde voor de functie van Marketing Lead! Helaas hebben we nog niet van alle panelleden de agenda rond, dus de precieze datum volgt later deze week.

Tot snel,
Annelies Kuipers
Tulpgroep""")

add("lookalike", ("Talentpool Stadsbank", "talentpool@stadsbank.example"),
    "Blijf je in onze talentpool?",
    """Beste Sanne,

Je gegevens staan sinds een jaar in de talentpool van Stadsbank. Volgens de AVG mogen we ze niet langer bewaren zonder je toestemming.

Wil je in de talentpool blijven, zodat we je kunnen benaderen voor passende vacatures? Bevestig dit dan via de knop hieronder. Doe je niets, dan verwijderen we je gegevens over 14 dagen.

Met vriendelijke groet,
Team Talentpool Stadsbank""")

add("lookalike", ("Kinderopvang Het Vlindertje", "plaatsing@vlindertje.example"),
    "Plaatsingsverzoek dagopvang",
    """Beste mevrouw Verbeek,

Dank voor uw aanvraag voor een plaats op de babygroep vanaf maart 2027. Helaas kunnen we u op dit moment geen plaats aanbieden; alle plekken op de groep zijn vergeven. Uw kind staat op de wachtlijst.

Met vriendelijke groet,
Afdeling Plaatsing""")

add("lookalike", ("Werkgeversportaal Banenplein", "noreply@banenplein.example"),
    "Je hebt een kandidaat afgewezen",
    """Hoi Sanne,

Je hebt in het werkgeversportaal de kandidaat R. Yilmaz afgewezen voor je vacature Medewerker Bediening. De kandidaat ontvangt automatisch de afwijzingsmail die je hebt ingesteld.

Wil je de tekst van je afwijzingsmail aanpassen? Ga naar Instellingen > Berichten.

Team Banenplein""",
    note="owner is the employer on a job board")

add("lookalike", ("HR Servicedesk Stroomlijn", "hr-servicedesk@stroomlijn-energie.example"),
    "Je aanvraag thuiswerkvergoeding",
    """Beste Sanne,

Je aanvraag voor een extra thuiswerkdag per week is door je leidinggevende niet goedgekeurd, vanwege de bezetting op de afdeling in het eerste kwartaal. Bespreek het gerust opnieuw in je volgende functioneringsgesprek.

Met vriendelijke groet,
HR Servicedesk""")

add("lookalike", ("Olga Timmers", "olga.timmers@kustzorg.example"),
    "Uitnodiging tweede gesprek",
    """Beste Sanne,

Je hebt de vaardigheidstest voor de functie van doktersassistente gehaald, gefeliciteerd! Helaas zijn we er nog niet in geslaagd een datum te prikken met de huisarts, maar we willen je zeker uitnodigen voor een tweede gesprek. Ik bel je morgen om een moment af te spreken.

Met vriendelijke groet,
Olga Timmers
Kustzorg Huisartsen""")

add("lookalike", ("Vacatureservice Bouwnet", "service@bouwnet.example"),
    "De vacature die je volgt is niet meer beschikbaar",
    """Hoi Sanne,

De vacature 'Calculator Utiliteitsbouw' bij Aannemersbedrijf Rijsdijk, die je in je favorieten had gezet, is gesloten en niet meer beschikbaar.

Bekijk hieronder vergelijkbare vacatures in jouw regio.

Team Bouwnet""")


# ---------------------------------------------------------------------------
# Ordinary mail with job-ish words (is_rejection false)
# ---------------------------------------------------------------------------

add("ordinary", ("Interne Communicatie Stroomlijn", "intern@stroomlijn-energie.example"),
    "Stroomlijn Weekbericht 47",
    """Beste collega's,

Deze week in het Weekbericht: de nieuwe kantine opent op 1 december, we verwelkomen zeven nieuwe collega's bij Klantenservice en de interne vacaturebank heeft drie nieuwe functies.

Ook herinneren we je aan de kerstborrel op 18 december.

Team Interne Communicatie""")

add("ordinary", ("Salarisadministratie", "salaris@stroomlijn-energie.example"),
    "Je loonstrook van november staat klaar",
    """Beste Sanne,

Je loonstrook van november 2026 staat klaar in het personeelsportaal. Het salaris wordt op 25 november op je rekening gestort.

Salarisadministratie""")

add("ordinary", ("Banenmarkt Regio Gelderland", "info@banenmarkt-gelderland.example"),
    "Uitnodiging Banenmarkt 2027",
    """Beste werkzoekende,

Op 15 januari 2027 vindt de Banenmarkt Regio Gelderland plaats in de Expohal. Meer dan 80 werkgevers presenteren hun vacatures en je kunt ter plekke solliciteren.

Neem je cv mee! Aanmelden is gratis.

Tot dan,
Organisatie Banenmarkt""")

add("ordinary", ("Werkpunt", "noreply@werkpunt.example"),
    "Herinnering: geef je sollicitatieactiviteiten door",
    """Beste mevrouw Verbeek,

Vergeet niet om vóór het einde van de maand uw sollicitatieactiviteiten door te geven via Mijn Werkpunt. U moet minimaal vier sollicitaties per vier weken doorgeven.

Met vriendelijke groet,
Werkpunt""")

add("ordinary", ("Thomas Willems", "thomas.willems@stroomlijn-energie.example"),
    "Tot ziens!",
    """Beste collega's,

Na zes jaar bij Stroomlijn is het tijd voor iets nieuws: per 1 december begin ik als teamleider bij een netbeheerder. Ik heb hier enorm veel geleerd en ga jullie missen.

Op vrijdag 27 november trakteer ik op taart in de kantine.

Hartelijke groet,
Thomas""")

add("ordinary", ("Opleidingscentrum Stroomlijn", "academy@stroomlijn-energie.example"),
    "Inschrijving bevestigd: training Feedback geven",
    """Beste Sanne,

Je inschrijving voor de training 'Feedback geven' op 9 december is bevestigd. De training vindt plaats in zaal 3.

Academy Stroomlijn""")

add("ordinary", ("Netwerkplatform Connectz", "notificaties@connectz.example"),
    "Je profiel is 12 keer bekeken",
    """Hoi Sanne,

Je profiel is deze week 12 keer bekeken, onder andere door recruiters van Vennix Groep en Kobalt Software. Vul je vaardigheden aan om vaker gevonden te worden voor vacatures.

Team Connectz""")

add("ordinary", ("Wendy Smits", "wendy.smits@stroomlijn-energie.example"),
    "Agenda teamoverleg donderdag",
    """Hoi allemaal,

Agenda voor het teamoverleg van donderdag:
1. Bezetting december
2. Werving twee nieuwe medewerkers: stand van zaken vacatures
3. Rondvraag

Groet, Wendy""")

add("ordinary", ("Loopbaanhuis", "events@loopbaanhuis.example"),
    "Webinar: solliciteren in 2027",
    """Beste Sanne,

Op 12 januari organiseren we het webinar 'Solliciteren in 2027': hoe werken recruiters met AI, hoe schrijf je een motivatiebrief die opvalt en hoe bereid je je voor op een sollicitatiegesprek?

Meld je gratis aan via de website.

Team Loopbaanhuis""")

add("ordinary", ("Pensioenfonds Energie", "noreply@pfenergie.example"),
    "Uw pensioenoverzicht 2026",
    """Geachte mevrouw Verbeek,

Uw jaarlijkse pensioenoverzicht staat klaar in Mijn Pensioen. Hierin ziet u hoeveel pensioen u bij uw huidige werkgever hebt opgebouwd.

Met vriendelijke groet,
Pensioenfonds Energie""")

add("ordinary", ("HR Servicedesk Stroomlijn", "hr-servicedesk@stroomlijn-energie.example"),
    "Verlofaanvraag goedgekeurd",
    """Beste Sanne,

Je verlofaanvraag voor 28 december tot en met 2 januari is goedgekeurd door je leidinggevende.

HR Servicedesk""")

add("ordinary", ("Agenda Kobalt Software", "agenda@kobaltsoftware.example"),
    "Bevestiging sollicitatiegesprek",
    """Beste Sanne,

Hierbij bevestigen we je sollicitatiegesprek voor de functie van Backend engineer op woensdag 25 november om 13.30 uur, op ons kantoor aan de Stationsweg 8. Meld je bij de receptie.

Tot dan!
Kobalt Software""")

add("ordinary", ("Noor Jacobs", "noor.jacobs@mailbox.test"),
    "Mag ik jou als referentie opgeven?",
    """Hoi Sanne!

Ik solliciteer op een functie als teamleider bij een zorginstelling en ze vragen om twee referenties. Mag ik jou opgeven? Ze bellen je misschien volgende week.

Dikke kus, Noor""")

add("ordinary", ("Interne Vacaturebank", "vacatures@stroomlijn-energie.example"),
    "Nieuwe interne vacatures week 48",
    """Beste collega,

Deze week zijn er drie nieuwe interne vacatures: Data Engineer, Teamlead Facturatie en Adviseur Duurzaamheid. Interne kandidaten krijgen voorrang; solliciteren kan tot 7 december.

Team Recruitment""")

add("ordinary", ("Uitzendbureau Werkstroom", "welkom@werkstroom.example"),
    "Welkom bij Werkstroom!",
    """Hoi Sanne,

Welkom bij Werkstroom! Je inschrijving is compleet. Je intercedent neemt binnen twee werkdagen contact met je op om je wensen en de beschikbare vacatures te bespreken.

Team Werkstroom""")

add("ordinary", ("Marloes Jansen", "marloes.jansen@stroomlijn-energie.example"),
    "Verlenging arbeidsovereenkomst",
    """Beste Sanne,

Goed nieuws: we verlengen je arbeidsovereenkomst met een jaar, tot 1 januari 2028. Je ontvangt het nieuwe contract volgende week ter ondertekening.

Groet,
Marloes Jansen, HR""")

add("ordinary", ("Uitzendbureau Werkstroom", "uren@werkstroom.example"),
    "Vergeet je uren niet in te vullen",
    """Hoi Sanne,

Je hebt je uren van week 47 nog niet ingevuld in de Werkstroom-app. Doe dit vóór maandag 12.00 uur, anders kunnen we je salaris niet op tijd uitbetalen.

Team Werkstroom""")

add("ordinary", ("Loopbaancoach Ingrid Dekker", "ingrid@loopbaankompas.example"),
    "Onze afspraak volgende week",
    """Hoi Sanne,

Fijn dat we volgende week verder gaan met je loopbaantraject. Neem je je cv en de vacatures mee die je interessant vindt? Dan oefenen we ook een sollicitatiegesprek.

Tot dinsdag!
Ingrid""")

add("ordinary", ("Alumnivereniging Lelystrand", "alumni@uni-lelystrand.example"),
    "Alumni Jobboard: december",
    """Beste alumnus,

In het Alumni Jobboard van december vind je 24 nieuwe vacatures van alumni-werkgevers, van traineeships tot directiefuncties. Ook: een carrièrecafé over overstappen naar het onderwijs.

Alumnivereniging Universiteit Lelystrand""")

add("ordinary", ("CV-Atelier", "facturen@cvatelier.example"),
    "Factuur 2026-1184",
    """Beste Sanne,

Bedankt voor je bestelling. In de bijlage vind je de factuur voor het herschrijven van je cv en motivatiebrief (EUR 89,00). Succes met solliciteren!

CV-Atelier""")


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

BASE_DATE = datetime(2026, 11, 2, 8, 30, tzinfo=timezone(timedelta(hours=1)))


def make(i: int, m: dict) -> EmailMessage:
    msg = EmailMessage()
    name, addr = m["sender"]
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = f"{m['to'][0]} <{m['to'][1]}>"
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(BASE_DATE + timedelta(hours=7 * i, minutes=13 * i))
    msg["Message-ID"] = f"<dev5nl-{i:04d}@{addr.split('@')[1]}>"
    for k, v in m["headers"].items():
        msg[k] = v
    fmt, charset = m["fmt"], m["charset"]
    text, html = m["text"], m["html"]
    if fmt in ("plain", "qp", "b64"):
        cte = {"plain": "8bit" if charset.lower() != "utf-8" else None,
               "qp": "quoted-printable", "b64": "base64"}[fmt]
        if cte is None:
            try:
                text.encode("ascii")
                cte = "7bit"
            except UnicodeEncodeError:
                cte = "8bit"
        msg.set_content(text, charset=charset, cte=cte)
    elif fmt in ("html", "html-b64"):
        msg.set_content(html, subtype="html", charset=charset,
                        cte="base64" if fmt == "html-b64" else "quoted-printable")
    elif fmt in ("alt", "alt-qp"):
        cte = "quoted-printable" if fmt == "alt-qp" else "8bit"
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html or html_page(paras(text)), subtype="html",
                            charset=charset, cte="quoted-printable")
    else:
        raise ValueError(fmt)
    return msg


def label(i: int, m: dict) -> dict:
    rej = m["kind"] == "rejection"
    return {
        "file": f"{i:04d}.eml",
        "is_rejection": rej,
        "company": m["company"] if rej else None,
        "role": m["role"] if rej else None,
        "contact_name": m["contact_name"] if rej else None,
        "contact_email": m["contact_email"] if rej else None,
        "careers_url": m["careers_url"] if rej else None,
        "lang": "nl",
        "kind": m["kind"],
    }


def build() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(MESSAGES, 1):
        (out / f"{i:04d}.eml").write_bytes(bytes(make(i, m)))
        lines.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check() -> int:
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text("utf-8").splitlines() if x]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if sorted(x["file"] for x in labels) != files:
        errors.append("labels and messages differ")
    if len({x["file"] for x in labels}) != len(labels):
        errors.append("duplicate label")
    for x in labels:
        p = HERE / "messages" / x["file"]
        if not p.exists():
            continue
        msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            errors.append(f"{x['file']}: no body")
        if x["is_rejection"] != (x["kind"] == "rejection"):
            errors.append(f"{x['file']}: kind/label mismatch")
    kinds = {}
    for x in labels:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(f"{len(labels)} messages, kinds {kinds}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
    sys.exit(check())
