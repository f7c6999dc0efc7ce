"""Build the dev8/nl labelled corpus: Dutch (NL + Flemish) rejections, hard look-alikes and ordinary mail.

Deterministic: ``python build.py`` rewrites ``messages/NNNN.eml`` and ``labels.jsonl``;
``python build.py --check`` parses everything back and checks the labels match the messages 1:1.
All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "messages"

OWNERS = [
    ("Iris Mulder", "iris.mulder@mailbox.example"),
    ("Thijs Peeters", "thijs.peeters@telenet.example"),
    ("Yasmina Ouali", "y.ouali@post.example"),
    ("Ruben de Graaf", "ruben.degraaf@mailbox.example"),
    ("Elke Wouters", "elke.wouters@skynet.example"),
    ("Joris Hendriks", "joris.h@post.example"),
]

MESSAGES: list[dict] = []

FORMATS = [("utf-8", "base64"), ("windows-1252", "quoted-printable"), ("iso-8859-15", "8bit"),
           ("utf-8", "quoted-printable"), ("iso-8859-1", "base64"), ("utf-8", "8bit"), ("windows-1252", "base64")]


def add(kind, subject, body, *, frm, rej=None, company=None, role=None, contact=None, email=None, url=None,
        fmt="plain", html=None, quote=None, fwd=None, owner=None):
    """Register one message. ``body`` is plain text (paragraphs split by blank lines).

    fmt: plain | html (HTML only, generated from body unless ``html`` is given) | alt (text + HTML).
    quote: (who-wrote-it line, quoted text) appended as a quoted reply below the new text.
    fwd: (new text on top, header block of the forwarded mail) for forwards; ``body`` is then the forwarded body.
    """
    if rej is None:
        rej = kind == "rejection"
    MESSAGES.append(dict(kind=kind, subject=subject, body=body, frm=frm, rej=rej, company=company, role=role,
                         contact=contact, email=email, url=url, fmt=fmt, html=html, quote=quote, fwd=fwd,
                         owner=owner))


def to_html(text: str) -> str:
    paras = [p.strip() for p in text.strip().split("\n\n")]
    inner = "\n".join("<p style=\"margin:0 0 12px 0\">" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bericht</title></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<table role=\"presentation\" width=\"100%\"><tr><td style=\"padding:24px\">\n"
            f"{inner}\n</td></tr></table>\n</body></html>\n")


def addressee(m: dict, i: int) -> tuple[str, str]:
    """The owner the mail is written to (by the name in its greeting), else one in turn."""
    if m["owner"] is not None:
        return m["owner"]
    head = ((m["fwd"][0] if m["fwd"] else "") + (m["html"] or m["body"]))[:400].lower()
    for name, addr in OWNERS:
        first, last = name.lower().split(" ", 1)
        if re.search(rf"\b({first}|{last})\b", head):
            return name, addr
    return OWNERS[i % len(OWNERS)]


def render(i: int, m: dict) -> bytes:
    owner_name, owner_addr = addressee(m, i)
    charset, cte = FORMATS[i % len(FORMATS)]
    text = m["body"].strip("\n") + "\n"
    if m["fwd"]:
        top, header = m["fwd"]
        text = top.strip("\n") + "\n\n---------- Doorgestuurd bericht ---------\n" + header.strip("\n") + "\n\n" + text
    if m["quote"]:
        who, quoted = m["quote"]
        lines = quoted.strip("\n").split("\n")
        text += "\n" + who + "\n" + "\n".join("> " + line if line else ">" for line in lines) + "\n"
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = f"{owner_name} <{owner_addr}>"
    subject = m["subject"]
    if m["quote"] and not subject.lower().startswith("re:"):
        subject = "Re: " + subject
    if m["fwd"] and not subject.lower().startswith("fwd:"):
        subject = "Fwd: " + subject
    msg["Subject"] = subject
    date = datetime(2026, 10, 5, 9, 10, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=7 * i, minutes=13 * i)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<dev8nl.{i:04d}@{m['frm'].split('@')[-1].rstrip('>')}>"
    msg["MIME-Version"] = "1.0"
    html = m["html"]
    if m["fmt"] == "plain":
        msg.set_content(text, charset=charset, cte=cte)
    elif m["fmt"] == "html":
        msg.set_content(html or to_html(text), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html or to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(f"=_dev8nl_{i:04d}_alt")  # deterministic, unlike the default random boundary
    return msg.as_bytes(policy=policy.SMTP)


def label(i: int, m: dict) -> dict:
    rej = m["rej"]
    return {"file": f"{i:04d}.eml", "is_rejection": rej, "kind": m["kind"],
            "company": m["company"] if rej else None, "role": m["role"] if rej else None,
            "contact_name": m["contact"] if rej else None, "contact_email": m["email"] if rej else None,
            "careers_url": m["url"] if rej else None, "lang": "nl"}


R = "rejection"

# ----------------------------------------------------------------------------------------------------------
# Rejections. Aim: phrasings an earlier author may not have used (rarer verbs and nouns for the decision,
# indirect "the process is closed" decisions, buried verdicts, passive/nominal style, Flemish, typos, chat).
# ----------------------------------------------------------------------------------------------------------

# --- Flemish public sector / large employers: "kandidatuur niet weerhouden" ------------------------------
add(R, "Uw kandidatuur - Projectingenieur Wegenbouw", """
Geachte heer Peeters,

Wij danken u voor uw kandidatuur voor de functie van Projectingenieur Wegenbouw bij Vandenbroucke Infra.

Na grondig onderzoek van alle dossiers moeten wij u meedelen dat uw kandidatuur niet werd weerhouden voor de
volgende fase van de selectie.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
Dienst Rekrutering Vandenbroucke Infra
""", frm="Vandenbroucke Infra <jobs@vandenbroucke-infra.example>", company="Vandenbroucke Infra",
    role="Projectingenieur Wegenbouw")

add(R, "Selectieprocedure Beleidsmedewerker Cultuur", """
Beste mevrouw Wouters,

U nam deel aan de schriftelijke proef voor de functie Beleidsmedewerker Cultuur bij de stad Kortrijkstede.
De jury heeft alle proeven beoordeeld. U behaalde niet het vereiste minimum van 60% en bent bijgevolg niet
geslaagd voor deze selectieprocedure. U wordt dan ook niet opgenomen in de wervingsreserve.

Wenst u feedback, dan kunt u die aanvragen bij de personeelsdienst.

Hoogachtend,
Griet Vermeulen
Personeelsdienst Stad Kortrijkstede
""", frm="Personeelsdienst Kortrijkstede <personeel@kortrijkstede.example>", company="Stad Kortrijkstede",
    role="Beleidsmedewerker Cultuur", contact="Griet Vermeulen")

add(R, "Uw sollicitatie", """
Beste Thijs,

Spijtig genoeg moeten we je laten weten dat we geopteerd hebben voor een andere kandidaat voor de job van
magazijnverantwoordelijke. Je profiel sprak ons wel aan, maar de keuze is uiteindelijk op iemand met meer
ervaring in heftrukbeheer gevallen.

We houden je cv graag bij voor toekomstige vacatures.

Groetjes,
Katrien - Logistiek Maes & Zonen
""", frm="Katrien Maes <katrien@maesenzonen.example>", company="Maes & Zonen", role="magazijnverantwoordelijke",
    contact="Katrien Maes", email="katrien@maesenzonen.example")

add(R, "Kandidatuur verpleegkundige", """
Dag Elke,

Bedankt om te solliciteren bij AZ Sint-Rembert. Ge hebt een mooi parcours afgelegd, maar we hebben gemerkt dat
uw profiel niet goed overeenstemt met wat we zoeken op de afdeling intensieve zorgen. We gaan uw kandidatuur
daarom niet verder opvolgen.

Vele groeten,
Bart Claes, HR AZ Sint-Rembert
""", frm="HR AZ Sint-Rembert <hr@azsintrembert.example>", company="AZ Sint-Rembert", role="verpleegkundige",
    contact="Bart Claes")

add(R, "Resultaat selectiegesprek", """
Geachte mevrouw Wouters,

Hierbij bezorgen wij u het resultaat van het selectiegesprek van 14 oktober voor de betrekking van
administratief medewerker. De selectiecommissie heeft u niet geschikt bevonden voor de functie.

Met de meeste hoogachting,
Het OCMW-secretariaat Zonnegem
""", frm="OCMW Zonnegem <secretariaat@ocmw-zonnegem.example>", company="OCMW Zonnegem",
    role="administratief medewerker")

# --- indirect: the process is finished / the post is filled -----------------------------------------------
add(R, "Vacature Data Engineer", """
Hallo Ruben,

Even een update over de vacature Data Engineer waar je op hebt gereageerd: die is inmiddels vervuld. We willen je
bedanken voor je interesse in Nordwind Analytics en wensen je veel succes met je zoektocht.

Groet,
Mirjam Koster
Talent Acquisition
""", frm="Mirjam Koster <mirjam.koster@nordwind.example>", company="Nordwind Analytics", role="Data Engineer",
    contact="Mirjam Koster", email="mirjam.koster@nordwind.example")

add(R, "Stand van zaken werving teamleider", """
Geachte heer Hendriks,

De werving voor de functie van teamleider klantenservice is afgerond. De functie is vergeven aan een kandidaat
die in het verleden al bij ons heeft gewerkt. Wij danken u voor de getoonde interesse.

Met vriendelijke groet,
Afdeling P&O, Woonstede Drechtoever
""", frm="P&O Woonstede <po@woonstede.example>", company="Woonstede Drechtoever", role="teamleider klantenservice")

add(R, "Je sollicitatie bij Bakkerij Van Wijk", """
Hoi Iris,

We hebben de afgelopen weken veel leuke gesprekken gevoerd en zijn eruit: de plek in de winkel op zaterdag is
opgevuld. Bedankt dat je langs wilde komen!

Liefs,
Henny van Wijk
""", frm="Henny van Wijk <henny@bakkerijvanwijk.example>", company="Bakkerij Van Wijk",
    contact="Henny van Wijk", email="henny@bakkerijvanwijk.example")

add(R, "Update: Product Owner Payments", """
Beste Yasmina,

De selectieprocedure voor de rol Product Owner Payments hebben we vandaag afgesloten; we hebben een kandidaat
aangesteld. Dat betekent dat we jouw sollicitatie hiermee ook afsluiten.

Dank voor de prettige kennismaking en succes.

Met vriendelijke groet,
Sander Brouwer | Recruiter | Kassapunt B.V.
""", frm="Sander Brouwer <sander.brouwer@kassapunt.example>", company="Kassapunt", role="Product Owner Payments",
    contact="Sander Brouwer", email="sander.brouwer@kassapunt.example")

add(R, "Vacature intern ingevuld", """
Beste kandidaat,

Wij hebben de vacature Jurist Omgevingsrecht intern kunnen invullen. Om die reden nemen wij externe
sollicitaties, waaronder die van u, niet verder in behandeling.

Met vriendelijke groet,
Gemeente Lingewaard-Oost, team Werving
""", frm="Werving Lingewaard-Oost <werving@lingewaard-oost.example>", company="Gemeente Lingewaard-Oost",
    role="Jurist Omgevingsrecht")

add(R, "Vacature ingetrokken", """
Geachte mevrouw Ouali,

Door een herziening van onze begroting komt de vacature Communicatieadviseur te vervallen. Wij hebben daarom
besloten de wervingsprocedure stop te zetten en alle sollicitaties, ook de uwe, te beëindigen. Wij betreuren dit
en danken u voor uw belangstelling.

Met vriendelijke groet,
Stichting Welzijn Heuvelrug
""", frm="Stichting Welzijn Heuvelrug <hr@welzijnheuvelrug.example>", company="Stichting Welzijn Heuvelrug",
    role="Communicatieadviseur")

# --- unusual verbs/nouns for the decision ------------------------------------------------------------------
add(R, "Terugkoppeling sollicitatie Accountmanager", """
Beste Joris,

Dank voor je tijd vorige week. We hebben je gesprek besproken met het team. De uitkomst is dat we je niet
kunnen plaatsen in de rol van Accountmanager; de andere finalist sloot net wat beter aan bij onze klanten in de
zorg.

Hartelijke groet,
Esther de Bruin
Verkoopleider, Medisupply
""", frm="Esther de Bruin <e.debruin@medisupply.example>", company="Medisupply", role="Accountmanager",
    contact="Esther de Bruin", email="e.debruin@medisupply.example")

add(R, "Jouw sollicitatie - Junior UX Designer", """
Hey Iris,

We hebben de knoop doorgehakt en het is helaas een andere kandidaat geworden voor de plek als Junior UX
Designer. Je portfolio was echt sterk, dus laat je vooral niet ontmoedigen.

Groetjes,
Floor | Studio Pixelpoort
""", frm="Floor Jansen <floor@pixelpoort.example>", company="Studio Pixelpoort", role="Junior UX Designer",
    contact="Floor Jansen", email="floor@pixelpoort.example")

add(R, "Uitslag selectie", """
Geachte heer De Graaf,

Wij hebben alle sollicitaties voor de functie Beleidsadviseur Energie beoordeeld. De uitslag van de
voorselectie is voor u negatief uitgevallen.

Wij danken u voor uw belangstelling voor de provincie.

Met vriendelijke groet,
Provincie Zeeveld, Cluster HRM
""", frm="Provincie Zeeveld <hrm@provincie-zeeveld.example>", company="Provincie Zeeveld",
    role="Beleidsadviseur Energie")

add(R, "Sollicitatie Monteur Installatietechniek", """
Beste Joris,

Bedankt voor je reactie op onze vacature Monteur Installatietechniek. Je ervaring ligt vooral in de
utiliteitsbouw, terwijl wij iemand zoeken die thuis is in woningbouw. Om die reden zien wij af van een
vervolggesprek.

Met vriendelijke groet,
Installatiebedrijf Korteweg
""", frm="Installatiebedrijf Korteweg <info@korteweg-installatie.example>", company="Installatiebedrijf Korteweg",
    role="Monteur Installatietechniek")

add(R, "Re: sollicitatie stage marketing", """
Hoi Yasmina,

Sorry voor de late reactie! We hebben voor dit semester al een stagiair gevonden, dus voor jou hebben we helaas
geen stageplek meer.

Succes met zoeken!
Tim van Erp
Marketing, Fietsfabriek Zuid
""", frm="Tim van Erp <tim@fietsfabriekzuid.example>", company="Fietsfabriek Zuid", role="stage marketing",
    contact="Tim van Erp", email="tim@fietsfabriekzuid.example")

add(R, "Uw sollicitatie", """
Geachte heer Hendriks,

Uw sollicitatie naar de functie van Hoofd Financiën is door de selectiecommissie besproken. Gelet op het grote
aantal geschikte kandidaten heeft de commissie u helaas niet op de shortlist geplaatst.

Met vriendelijke groet,
namens de selectiecommissie,
Marloes Vink
Waterschap Aa en Linge
""", frm="Marloes Vink <m.vink@waterschap-aalinge.example>", company="Waterschap Aa en Linge",
    role="Hoofd Financiën", contact="Marloes Vink", email="m.vink@waterschap-aalinge.example")

add(R, "Je sollicitatie", """
Hoi Ruben,

Dankjewel voor je sollicitatie als barista. Eerlijk gezegd zoeken we iemand die ook doordeweeks overdag kan,
en dat past niet bij jouw rooster. Daarom laten we het hierbij.

Fijne dag nog,
Koffiebar De Boon
""", frm="Koffiebar De Boon <hallo@deboon.example>", company="Koffiebar De Boon", role="barista")

add(R, "Sollicitatie Medewerker Inkoop", """
Beste mevrouw Mulder,

U heeft gesolliciteerd naar de functie Medewerker Inkoop. Bij de beoordeling van de sollicitaties is uw brief
afgevallen, omdat de gevraagde MBO-4 opleiding in de logistiek ontbreekt.

Met vriendelijke groet,
Lindeboom Groothandel
""", frm="Lindeboom Groothandel <vacatures@lindeboom.example>", company="Lindeboom Groothandel",
    role="Medewerker Inkoop")

add(R, "Sollicitatie docent wiskunde", """
Beste Thijs,

Na de proefles en het gesprek hebben we de afweging gemaakt. We gaan de vacature docent wiskunde niet aan jou
aanbieden. Ik vond je les prettig om te zien, maar voor de bovenbouw kiezen we voor een eerstegraads docent.

Vriendelijke groet,
Hanneke Smulders
Teamleider bovenbouw, Het Baken College
""", frm="Hanneke Smulders <h.smulders@hetbaken.example>", company="Het Baken College", role="docent wiskunde",
    contact="Hanneke Smulders", email="h.smulders@hetbaken.example")

add(R, "Sollicitatie", """
Geachte heer Peeters,

In antwoord op uw sollicitatie van 2 oktober delen wij u mede dat wij geen gebruik zullen maken van uw
aanbod om bij ons in dienst te treden.

Hoogachtend,
Notariskantoor Verbeke & De Wilde
""", frm="Notariskantoor Verbeke <kantoor@verbeke-dewilde.example>", company="Notariskantoor Verbeke & De Wilde")

add(R, "Sollicitatie Software Tester", """
Beste Joris,

We hebben je cv besproken met onze klant. De opdrachtgever heeft besloten jou niet uit te nodigen en zet de
procedure voort met kandidaten die meer ervaring hebben met testautomatisering.

Ik houd je op de hoogte als er een andere passende opdracht voorbijkomt.

Groet,
Wouter Dekker
Consultant, TalentBrug Detachering
""", frm="Wouter Dekker <wouter@talentbrug.example>", company="TalentBrug Detachering", role="Software Tester",
    contact="Wouter Dekker", email="wouter@talentbrug.example")

add(R, "Open sollicitatie", """
Beste Yasmina,

Dank voor je open sollicitatie. We hebben op dit moment geen passende functie voor jou binnen ons bureau en
kunnen dus helaas niets voor je betekenen. Je mag het over een halfjaar gerust nog eens proberen.

Met vriendelijke groet,
Architectenbureau Luyten
""", frm="Architectenbureau Luyten <info@luyten-architecten.example>", company="Architectenbureau Luyten")

add(R, "Je sollicitatie bij Greenpoint", """
Hoi Iris,

Jammer genoeg moeten we je teleurstellen: je bent niet door naar de volgende ronde voor de functie
Office Manager.

Groetjes,
Team Greenpoint
""", frm="Team Greenpoint <jobs@greenpoint.example>", company="Greenpoint", role="Office Manager")

add(R, "Vacature Projectleider", """
Geachte heer De Graaf,

Hartelijk dank voor uw belangstelling. Uw ervaring is indrukwekkend, maar wij zijn van mening dat een andere
kandidaat beter bij het profiel past. Wij hebben daarom de voorkeur gegeven aan deze kandidaat.

Met vriendelijke groet,
Bouwbedrijf Hoogland
""", frm="Bouwbedrijf Hoogland <pz@bouwhoogland.example>", company="Bouwbedrijf Hoogland", role="Projectleider")

add(R, "Sollicitatie postdoc", """
Beste Ruben,

Bedankt voor je sollicitatie op de postdocpositie in computationele biologie. De benoemingsadviescommissie heeft
alle kandidaten besproken en heeft besloten jou niet voor te dragen voor benoeming.

Met vriendelijke groet,
prof. dr. Annelies Dijkstra
Universiteit van Oostzaan
""", frm="Annelies Dijkstra <a.dijkstra@uvo.example>", company="Universiteit van Oostzaan",
    role="postdocpositie in computationele biologie", contact="Annelies Dijkstra", email="a.dijkstra@uvo.example")

add(R, "Promotieplaats Sociologie", """
Geachte mevrouw Ouali,

Namens de selectiecommissie laat ik u weten dat u niet bent uitgekozen voor een gesprek voor de promotieplaats
Sociologie. Het aantal sterke aanmeldingen was dit jaar uitzonderlijk groot.

Met vriendelijke groet,
dr. Koen Verhagen
Radboud-Zuid Universiteit
""", frm="Koen Verhagen <k.verhagen@rzu.example>", company="Radboud-Zuid Universiteit",
    role="promotieplaats Sociologie", contact="Koen Verhagen", email="k.verhagen@rzu.example")

# --- nominal / passive -----------------------------------------------------------------------------------------
add(R, "Afwijzing sollicitatie Vrachtwagenchauffeur CE", """
Geachte heer Hendriks,

Hierbij ontvangt u de afwijzing op uw sollicitatie voor de functie Vrachtwagenchauffeur CE.

Met vriendelijke groet,
Transportbedrijf Van der Heijden
""", frm="Van der Heijden Transport <personeel@vdheijden.example>", company="Transportbedrijf Van der Heijden",
    role="Vrachtwagenchauffeur CE")

add(R, "Besluit sollicitatie", """
Geachte mevrouw Mulder,

Op uw sollicitatie naar de functie van Griffiemedewerker is afwijzend beslist.

Met vriendelijke groet,
Rechtbank Midden-Holland, afdeling HRM
""", frm="HRM Rechtbank <hrm@rechtbank-mh.example>", company="Rechtbank Midden-Holland", role="Griffiemedewerker")

add(R, "Your application update", """
Beste Thijs,

Er is een besluit genomen over je sollicitatie voor de functie Cloud Engineer: je bent niet geselecteerd.

We bewaren je gegevens nog vier weken, daarna worden ze verwijderd.

Kind regards,
Talent Acquisition Team | Lumenra
https://careers.lumenra.example
""", frm="Lumenra Careers <no-reply@lumenra.example>", company="Lumenra", role="Cloud Engineer",
    url="https://careers.lumenra.example")

add(R, "Status sollicitatie gewijzigd", """
Beste Iris,

De status van je sollicitatie voor Junior Accountant (vacaturenummer 2026-114) is gewijzigd naar: Afgewezen.

Log in op je kandidaatprofiel voor meer informatie: https://werkenbij.fintaxx.example/mijn-profiel

Dit bericht is automatisch verstuurd.
""", frm="Fintaxx Werken Bij <noreply@werkenbij.fintaxx.example>", company="Fintaxx", role="Junior Accountant",
    url="https://werkenbij.fintaxx.example")

add(R, "Sollicitatie beëindigd", """
Geachte heer Peeters,

Uw sollicitatie werd na de eerste screening beëindigd. Wij danken u voor uw interesse in Brouwerij Den Hoek.

Met vriendelijke groeten,
HR Brouwerij Den Hoek
""", frm="Brouwerij Den Hoek <hr@denhoek.example>", company="Brouwerij Den Hoek")

add(R, "Sollicitatie Beveiliger", """
Beste Joris,

Helaas is je sollicitatie voor de functie van Beveiliger niet succesvol geweest. Je voldoet niet aan de eis van
een geldig diploma Beveiliger 2.

Met vriendelijke groet,
SecuPlus Beveiliging
""", frm="SecuPlus <werving@secuplus.example>", company="SecuPlus Beveiliging", role="Beveiliger")

# --- decision buried after news / long pleasantries --------------------------------------------------------------
add(R, "Groeten uit Zwolle en nieuws over je sollicitatie", """
Beste Ruben,

Wat een drukke maanden hebben we achter de rug! We zijn verhuisd naar ons nieuwe pand aan de Hanzelaan, hebben
twee nieuwe klanten in de energiesector binnengehaald en ons team is gegroeid naar veertig mensen. Op vrijdag
hebben we inmiddels een vaste borrel en ja, de nieuwe koffiemachine is een succes.

Je hebt ons in september een mooie brief gestuurd voor de functie van Frontend Developer. We hebben er lang over
nagedacht, maar uiteindelijk een andere collega aangenomen die al met ons framework werkte.

Mocht je in de buurt zijn, kom gerust een keer langs voor koffie.

Hartelijke groet,
Gijs Bosman
Oprichter, Softwarehuis Hanze
""", frm="Gijs Bosman <gijs@softwarehuishanze.example>", company="Softwarehuis Hanze", role="Frontend Developer",
    contact="Gijs Bosman", email="gijs@softwarehuishanze.example", fmt="alt")

add(R, "Bedankt voor je bezoek", """
Beste Yasmina,

Nogmaals bedankt dat je vorige week naar ons kantoor in Gent kwam. Het was fijn om je te ontmoeten en we hebben
genoten van je presentatie over duurzame verpakkingen. Ook de vragen die je stelde over onze productielijn
werden erg gewaardeerd door het team.

We hebben intussen met alle kandidaten gesproken en het team heeft de balans opgemaakt. Voor de functie van
Duurzaamheidsconsultent gaan we in zee met een kandidaat die al ervaring heeft binnen de voedingsindustrie.

We wensen je alle succes en hopen je in de toekomst nog eens tegen te komen.

Vriendelijke groeten,
Lies Janssens
PackVerde
""", frm="Lies Janssens <lies.janssens@packverde.example>", company="PackVerde", role="Duurzaamheidsconsultent",
    contact="Lies Janssens", email="lies.janssens@packverde.example")

# --- very short -----------------------------------------------------------------------------------------------------
add(R, "Sollicitatie kok", """
Hoi Joris, we hebben al een kok gevonden. Bedankt en succes! Groet, Remco (Eetcafé De Waag)
""", frm="Remco <remco@eetcafedewaag.example>", company="Eetcafé De Waag", role="kok", contact="Remco",
    email="remco@eetcafedewaag.example")

add(R, "re: vacature chauffeur", """
Helaas, niet aangenomen. Gr. Jan
Taxi Centrale Oss
""", frm="Jan Verhoeven <jan@taxioss.example>", company="Taxi Centrale Oss", role="chauffeur",
    contact="Jan Verhoeven", email="jan@taxioss.example")

add(R, "Sollicitatie", """
Beste Iris,

Helaas moeten we je afwijzen voor de functie van receptioniste.

Hotel De Gouden Leeuw
""", frm="Hotel De Gouden Leeuw <info@goudenleeuw.example>", company="Hotel De Gouden Leeuw", role="receptioniste")

# --- subject-only verdicts ------------------------------------------------------------------------------------------
add(R, "Afwijzing: Junior Data Analist", """
Beste Ruben,

In de bijlage vind je onze brief over je sollicitatie.

Met vriendelijke groet,
Databuro Oost
""", frm="Databuro Oost <hr@databuro-oost.example>", company="Databuro Oost", role="Junior Data Analist")

add(R, "Sollicitatie Kassamedewerker - niet geselecteerd", """
Hallo Yasmina,

Bedankt voor het invullen van ons sollicitatieformulier. Bekijk ook onze andere vacatures op
https://werkenbij.superdekker.example.

Groet,
Superdekker
""", frm="Superdekker <werkenbij@superdekker.example>", company="Superdekker", role="Kassamedewerker",
    url="https://werkenbij.superdekker.example")

# --- typos, missing accents, informal chat register ---------------------------------------------------------------
add(R, "je sollicatie", """
hoi iris

ff kort: we hebben gekozen voor iemand anders voor de bijbaan in de bediening, sorry!! wel heel leuk dat je
gereageerd had

groetjes sanne
strandpaviljoen Zilt
""", frm="Sanne <sanne@zilt-strand.example>", company="Strandpaviljoen Zilt", role="bediening",
    contact="Sanne", email="sanne@zilt-strand.example")

add(R, "Solicitatie verkoopadviseur", """
Beste Joris,

Bedankt voor je solicitatie. helaas hebben we besloten om niet verder te gaan met jou, we zochten iemand met
meer ervaring in de keukenbranche.

mvg
Peter
Keukenstudio Brabant
""", frm="Peter Aarts <peter@keukenstudiobrabant.example>", company="Keukenstudio Brabant",
    role="verkoopadviseur", contact="Peter Aarts", email="peter@keukenstudiobrabant.example")

add(R, "Sollicitatie Coordinator Evenementen", """
Beste Ruben,

Bedankt voor je sollicitatie als Coordinator Evenementen. Na overleg met het team hebben we besloten je niet
uit te nodigen voor een gesprek, omdat je ervaring met grote festivals beperkt is. We waarderen je interesse
en wensen je succes.

Groeten,
Feestfabriek Events
""", frm="Feestfabriek <jobs@feestfabriek.example>", company="Feestfabriek Events",
    role="Coordinator Evenementen")

add(R, "whatsapp-achtig berichtje over je sollicitatie", """
Hee Thijs! Balen, maar het wordt em niet deze keer. We gaan voor een andere kandidaat voor de
fietsenmaker-job. Hou je taai 👍

Dirk - Fietsenwinkel Spaak
""", frm="Dirk <dirk@fietsspaak.example>", company="Fietsenwinkel Spaak", role="fietsenmaker",
    contact="Dirk", email="dirk@fietsspaak.example")

add(R, "Je sollicitatie", """
Hoi Yasmina,

Ik heb slecht nieuws: je bent net buiten de boot gevallen voor de rol van HR-adviseur. Het was echt heel
close tussen jou en de andere kandidaat.

Groet,
Nadia - Personeelszaken Tuinland
""", frm="Nadia Yilmaz <nadia@tuinland.example>", company="Tuinland", role="HR-adviseur",
    contact="Nadia Yilmaz", email="nadia@tuinland.example")

# --- HTML-only templates with tables ----
HTML_TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#00476b;padding:20px"><img src="https://cdn.{dom}/logo.png" alt="{co}"></td></tr>
<tr><td style="padding:24px;font-family:Verdana">
<p>Beste {name},</p>
<p>{p1}</p>
<table cellpadding="4"><tr><td><b>Functie</b></td><td>{role}</td></tr>
<tr><td><b>Status</b></td><td>{status}</td></tr></table>
<p>{p2}</p>
<p>Met vriendelijke groet,<br>{sig}</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:12px">&copy; {co} &middot; <a href="https://{dom}/privacy">Privacy</a></td></tr>
</table></body></html>
"""

add(R, "Update over je sollicitatie", "(html)", frm="Hollands Zuivel <noreply@hollandszuivel.example>",
    company="Hollands Zuivel", role="Procesoperator", fmt="html",
    html=HTML_TABLE.format(dom="hollandszuivel.example", co="Hollands Zuivel", name="Joris", role="Procesoperator",
                           status="Procedure afgerond",
                           p1="Bedankt voor je interesse in Hollands Zuivel. Na zorgvuldige afweging hebben wij "
                              "besloten je kandidatuur niet mee te nemen naar de volgende stap.",
                           p2="Wij wensen je veel succes met je verdere loopbaan.", sig="Team Recruitment"))

add(R, "Je sollicitatie bij Veldhuis Mobiliteit", "(html)", frm="Veldhuis Mobiliteit <careers@veldhuis.example>",
    company="Veldhuis Mobiliteit", role="Planner", fmt="html",
    html=HTML_TABLE.format(dom="veldhuis.example", co="Veldhuis Mobiliteit", name="Iris", role="Planner",
                           status="Niet weerhouden",
                           p1="Dank je wel voor je sollicitatie. We hebben alle kandidaturen bekeken en brengen je "
                              "op de hoogte van de status hieronder.",
                           p2="We hopen je in de toekomst terug te zien bij een andere vacature.",
                           sig="HR Veldhuis Mobiliteit"))

add(R, "Uw sollicitatie bij Dekkers Advocaten", "(html)", frm="Dekkers Advocaten <hr@dekkers-advocaten.example>",
    company="Dekkers Advocaten", role="Advocaat-stagiaire", fmt="html",
    html="""<html><body><div style="font-family:Georgia">
<p>Geachte mevrouw Ouali,</p>
<p>Hartelijk dank voor uw sollicitatie naar de positie van <strong>Advocaat-stagiaire</strong>.</p>
<p>Wij hebben uw brief en cv met belangstelling gelezen. Tot onze spijt <span>moeten wij u berichten dat wij
uw sollicitatie</span> <span>niet in</span> overweging zullen nemen voor een eerste gesprek.</p>
<p>Met vriendelijke groet,<br>mr. Pieter Dekkers</p></div></body></html>
""", contact="Pieter Dekkers")

# --- quoted-reply threads and forwards ----
add(R, "sollicitatie Applicatiebeheerder", """
Hoi Ruben,

Goed dat je het vraagt. Nee, helaas: het team heeft iemand anders gekozen, die begint per 1 december.
Sorry dat je zo lang moest wachten.

Groet,
Ilse
""", frm="Ilse Vos <ilse.vos@zorgnetict.example>", company="ZorgNet ICT", role="Applicatiebeheerder",
    contact="Ilse Vos", email="ilse.vos@zorgnetict.example",
    quote=("Op 20 okt. 2026 om 10:02 schreef Ruben de Graaf <ruben.degraaf@mailbox.example>:",
           "Hoi Ilse,\n\nIs er al nieuws over de vacature Applicatiebeheerder bij ZorgNet ICT? Ik hoor graag "
           "hoe het ervoor staat.\n\nGroet,\nRuben"))

add(R, "Sollicitatie Logistiek Medewerker", """
Beste Elke,

Ter info hieronder de reactie van de klant. Ze kiezen niet voor jou; jammer! Ik zoek verder voor je.

Groeten,
Sofie - Uitzendbureau Werkplus
""", frm="Sofie Lambrechts <sofie@werkplus.example>", company="Uitzendbureau Werkplus",
    role="Logistiek Medewerker", contact="Sofie Lambrechts", email="sofie@werkplus.example",
    quote=("Van: Dirk Segers <dirk.segers@distrinet.example>",
           "Dag Sofie,\n\nWe hebben het cv van Elke bekeken maar we gaan haar niet uitnodigen; we zoeken iemand "
           "met een heftruckattest.\n\nMvg, Dirk"))

add(R, "Reactie op je sollicitatie", """
Beste Iris, ik stuur je door wat ik van de afdeling kreeg. Sorry!

Groet, Marco (recruiter)
""", frm="Marco Pauwels <marco@recruitwise.example>", company="Recruitwise", role="Teamassistent",
    contact="Marco Pauwels", email="marco@recruitwise.example",
    fwd=("Beste Iris, ik stuur je door wat ik van de afdeling kreeg. Sorry!\n\nGroet, Marco (recruiter)",
         "Van: Afdeling Secretariaat <secretariaat@ziekenhuisrivierenland.example>\n"
         "Datum: 21 oktober 2026\nOnderwerp: Kandidaat Teamassistent"))
MESSAGES[-1]["body"] = """
Beste Marco,

Bedankt voor het cv. De kandidaat voor de functie Teamassistent wordt door ons niet uitgenodigd; wij hebben
inmiddels iemand uit het eigen netwerk aangenomen.

Met vriendelijke groet,
Secretariaat
"""

# --- mixed language ----
add(R, "Your application for Backend Developer at Qubitly", """
Hi Thijs,

Bedankt voor je sollicitatie voor de rol van Backend Developer. We zijn onder de indruk van je ervaring met Go,
maar we hebben besloten de rol niet aan jou aan te bieden.

Best regards,
Hannah Lee
Talent Partner | Qubitly
""", frm="Hannah Lee <hannah@qubitly.example>", company="Qubitly", role="Backend Developer", contact="Hannah Lee",
    email="hannah@qubitly.example")

add(R, "Application status - Sales Development Representative", """
Beste Joris,

Dank je voor je interesse in SalesNest. Na een zorgvuldige review van je profiel gaan we helaas niet verder in het
proces voor de rol Sales Development Representative.

Cheers,
The SalesNest Recruiting Team
https://jobs.salesnest.example
""", frm="SalesNest Recruiting <no-reply@jobs.salesnest.example>", company="SalesNest",
    role="Sales Development Representative", url="https://jobs.salesnest.example")

# --- more variety ----
add(R, "Sollicitatie Junior Controller", """
Beste Yasmina,

Je hebt het assessment afgerond. Op basis van de uitslag kunnen we je helaas geen aanbod doen voor de functie
Junior Controller.

Met vriendelijke groet,
Recruitment Kroonbank
""", frm="Kroonbank Recruitment <recruitment@kroonbank.example>", company="Kroonbank", role="Junior Controller")

add(R, "Sollicitatie Medewerker Klantcontact", """
Beste Ruben,

Op basis van je antwoorden op de screeningsvragen voldoe je niet aan de minimale eisen voor de functie
Medewerker Klantcontact. Je sollicitatie wordt daarom niet verder verwerkt.

Team Werving, Belnet Services
""", frm="Belnet Werving <werving@belnet-services.example>", company="Belnet Services",
    role="Medewerker Klantcontact")

add(R, "Uw sollicitatie", """
Geachte heer De Graaf,

Uw brief heeft ons bereikt en is met aandacht gelezen. Wij hebben echter een kandidaat benoemd wiens ervaring
nauwer aansluit bij de eisen van de functie Directiesecretaris.

Hoogachtend,
Raad van Bestuur, Zorggroep Eemland
""", frm="Zorggroep Eemland <rvb@zorggroep-eemland.example>", company="Zorggroep Eemland",
    role="Directiesecretaris")

add(R, "sollicitatie vakkenvuller", """
hey joris
je bent helaas niet aangenomen als vakkenvuller, we hebben genoeg mensen voor de avonden
gr. manager Plus Verbeek
""", frm="Plus Verbeek <filiaal@plusverbeek.example>", company="Plus Verbeek", role="vakkenvuller")

add(R, "Terugkoppeling gesprek", """
Beste Iris,

Dank voor het gesprek van dinsdag. We hebben het goed overwogen, maar we zien je niet in de rol van
Teamcoach. We missen de leidinggevende ervaring die we nodig hebben.

Groet,
Arjen Wolters
Zorgboerderij De Hoeve
""", frm="Arjen Wolters <arjen@zorgboerderijdehoeve.example>", company="Zorgboerderij De Hoeve",
    role="Teamcoach", contact="Arjen Wolters", email="arjen@zorgboerderijdehoeve.example")

add(R, "Freelance opdracht Copywriter", """
Hoi Thijs,

Dank voor je offerte en portfolio voor de copywritingklus. We hebben besloten de samenwerking niet met jou aan te
gaan en het werk bij een ander bureau neer te leggen.

Groet,
Merel - Reclamebureau Vonk
""", frm="Merel Kuiper <merel@bureauvonk.example>", company="Reclamebureau Vonk", role="Copywriter",
    contact="Merel Kuiper", email="merel@bureauvonk.example")

add(R, "Sollicitatie Verkoopmedewerker", """
Beste Yasmina,

We hebben je sollicitatie ontvangen en bekeken. Er is onvoldoende match tussen jouw profiel en de functie,
dus we ronden het hier af.

Met vriendelijke groet,
Modehuis Sterk
""", frm="Modehuis Sterk <vacatures@modehuissterk.example>", company="Modehuis Sterk", role="Verkoopmedewerker")

add(R, "Je sollicitatie als Data Scientist", """
Hoi Ruben,

We willen eerlijk zijn: je bent als goede tweede geëindigd. De rol van Data Scientist hebben we aan de andere
finalist aangeboden en zij heeft ja gezegd.

We houden graag contact.

Groet,
Lars van Leeuwen, Head of Data, Graanstat
""", frm="Lars van Leeuwen <lars@graanstat.example>", company="Graanstat", role="Data Scientist",
    contact="Lars van Leeuwen", email="lars@graanstat.example")

add(R, "Sollicitatie", """
Beste Joris,

Wij hebben je cv niet doorgestuurd naar onze opdrachtgever, omdat je ervaring niet aansluit bij de gevraagde
functie van Werkvoorbereider. We nemen contact op als er iets passends langskomt.

Groet,
Anouk | Bouwtalent Werving & Selectie
""", frm="Anouk Schouten <anouk@bouwtalent.example>", company="Bouwtalent Werving & Selectie",
    role="Werkvoorbereider", contact="Anouk Schouten", email="anouk@bouwtalent.example")

add(R, "Sollicitatie Medewerker Backoffice", """
Beste mevrouw Mulder,

Bij de beoordeling van de sollicitaties voor de functie Medewerker Backoffice is uw sollicitatie helaas niet in
aanmerking gekomen voor een uitnodiging.

Met vriendelijke groet,
Verzekeraar Eendracht
""", frm="Eendracht HR <hr@eendracht-verzekeringen.example>", company="Verzekeraar Eendracht",
    role="Medewerker Backoffice")

add(R, "Je sollicitatie als Tuinman", """
Dag Thijs,

Merci voor je kandidatuur als tuinman. We hebben intussen iemand aangeworven en de vacature is afgesloten.

Groetjes,
Groendienst Van Damme
""", frm="Groendienst Van Damme <info@groendienstvandamme.example>", company="Groendienst Van Damme",
    role="Tuinman")

add(R, "Sollicitatie IT-auditor", """
Beste Yasmina,

Wij hebben je sollicitatie zorgvuldig bekeken. Hoewel je achtergrond interessant is, hebben we besloten om de
procedure met jou niet voort te zetten.

Met vriendelijke groet,
Recruitmentteam Kiemer Audit
""", frm="Kiemer Audit <recruitment@kiemer.example>", company="Kiemer Audit", role="IT-auditor")

add(R, "Je sollicitatie", """
Hoi Iris,

Wat leuk dat je wilde komen werken bij onze kinderboekwinkel! We hebben er echter voor gekozen om iemand aan te
nemen die meer uren beschikbaar is. Het is dus geen ja geworden.

Liefs,
Marjolein, Boekhandel Het Uilennest
""", frm="Marjolein <marjolein@uilennest.example>", company="Boekhandel Het Uilennest",
    contact="Marjolein", email="marjolein@uilennest.example")

add(R, "Sollicitatie Engineer Waterbouw", """
Geachte heer Hendriks,

Wij danken u voor uw sollicitatie. Het spijt ons u te moeten melden dat de keuze niet op u is gevallen.

Met vriendelijke groet,
Deltabouw Ingenieurs
""", frm="Deltabouw Ingenieurs <hr@deltabouw.example>", company="Deltabouw Ingenieurs", role="Engineer Waterbouw")

add(R, "Uw sollicitatie - Operator", """
Beste heer Peeters,

Na afweging van alle kandidaturen voor de vacature Operator hebben wij beslist om u geen contract aan te
bieden. Wij bedanken u voor de moeite.

Met vriendelijke groeten,
Chemiepark Antwerpen-Noord, HR
""", frm="Chemiepark HR <hr@chemiepark-an.example>", company="Chemiepark Antwerpen-Noord", role="Operator")

add(R, "Sollicitatie", """
Hallo Ruben,

Leuk dat je hebt gesolliciteerd bij Hoveniersbedrijf Groen. Helaas past je profiel niet helemaal in het plaatje
dat we voor ogen hebben, dus we nodigen je niet uit.

Groeten,
Hoveniersbedrijf Groen
""", frm="Hoveniersbedrijf Groen <info@hoveniergroen.example>", company="Hoveniersbedrijf Groen")

add(R, "Sollicitatie Laborant", """
Beste Yasmina,

Bedankt voor het sollicitatiegesprek. Wij hebben besloten om je niet aan te stellen als Laborant. Je kennis van
HPLC was voor ons net niet toereikend.

Met vriendelijke groet,
Biolabs Leiden, afdeling HR
""", frm="Biolabs HR <hr@biolabs-leiden.example>", company="Biolabs Leiden", role="Laborant")

add(R, "Je kandidatuur", """
Dag Elke,

We hebben je kandidatuur als grafisch vormgever bekeken. Jammer genoeg kunnen we er geen gevolg aan geven.

Vriendelijke groeten,
Drukkerij Van Hecke
""", frm="Drukkerij Van Hecke <jobs@drukkerijvanhecke.example>", company="Drukkerij Van Hecke",
    role="grafisch vormgever")

add(R, "Vacature Servicemonteur", """
Beste Joris,

Wij hebben de sollicitatieprocedure voor de vacature Servicemonteur afgerond met de aanstelling van een
kandidaat uit de regio. Je ontvangt dit bericht omdat je sollicitatie daarmee is komen te vervallen.

Groet,
Liftservice Noord
""", frm="Liftservice Noord <hr@liftservicenoord.example>", company="Liftservice Noord", role="Servicemonteur")

add(R, "Sollicitatie Junior Recruiter", """
Beste Iris,

Bedankt voor je komst naar het tweede gesprek. Hoe graag we ook met je hadden willen werken, we hebben uiteindelijk
een kandidaat met meer bureau-ervaring verkozen.

Hartelijke groet,
Joyce Verbeek, Hoofd Recruitment, Flexwerk
""", frm="Joyce Verbeek <joyce@flexwerk.example>", company="Flexwerk", role="Junior Recruiter",
    contact="Joyce Verbeek", email="joyce@flexwerk.example")

add(R, "Sollicitatie Jurist", """
Geachte mevrouw Ouali,

Het doet ons leed u te moeten berichten dat uw sollicitatie naar de functie van Jurist niet tot een
aanstelling zal leiden.

Met vriendelijke groet,
Stichting Rechtshulp Noord
""", frm="Rechtshulp Noord <p-o@rechtshulpnoord.example>", company="Stichting Rechtshulp Noord", role="Jurist")

add(R, "Sollicitatie", """
Beste Thijs,

Dank voor je sollicitatie als onderhoudstechnicus. We hebben het aantal kandidaten teruggebracht tot vijf en jij
hoort daar niet bij.

Groet,
HR Zuivelfabriek De Kempen
""", frm="Zuivelfabriek De Kempen <hr@zuiveldekempen.example>", company="Zuivelfabriek De Kempen",
    role="onderhoudstechnicus")

add(R, "Je sollicitatie via Indeed", """
Hoi Ruben,

We hebben je sollicitatie voor Magazijnmedewerker bekeken en hebben besloten deze te laten rusten. We zijn
op zoek naar iemand die direct fulltime kan beginnen.

Groetjes, Team DistriFlex
""", frm="DistriFlex via Indeed <noreply@indeedemail.example>", company="DistriFlex", role="Magazijnmedewerker")

add(R, "Sollicitatie beleidsmedewerker", """
Geachte heer De Graaf,

Op 12 oktober heeft u een gesprek gehad met de selectiecommissie. De commissie heeft besloten een andere
kandidaat voor te dragen voor benoeming. Hiermee is uw sollicitatie afgehandeld.

Met vriendelijke groet,
Ministerie van Waterbeheer en Ruimte, P-Direkt Werving
""", frm="Werving Ministerie <werving@mwr.example>", company="Ministerie van Waterbeheer en Ruimte",
    role="beleidsmedewerker")

add(R, "Bevestiging telefoongesprek", """
Beste Ruben,

Zoals vanmiddag telefonisch besproken, bevestig ik hierbij dat we het sollicitatietraject voor de functie
Adviseur Subsidies met jou niet voortzetten. Nogmaals dank voor je openheid in het gesprek.

Met vriendelijke groet,
Evelien Post
Senior Recruiter, Fondsenhuis
""", frm="Evelien Post <evelien.post@fondsenhuis.example>", company="Fondsenhuis", role="Adviseur Subsidies",
    contact="Evelien Post", email="evelien.post@fondsenhuis.example", fmt="alt")

add(R, "Traineeship 2027", """
Hoi Yasmina,

Dank je wel voor je deelname aan de selectiedag van het Groeipad Traineeship. Er waren dit jaar ruim 900
aanmeldingen voor twaalf plekken. Je hebt helaas geen plek bemachtigd in de lichting van 2027.

We hopen dat je de dag als leerzaam hebt ervaren!

Team Groeipad | Nedvorm Groep
""", frm="Groeipad Traineeship <traineeship@nedvorm.example>", company="Nedvorm Groep", role="Traineeship")

add(R, "Uitkomst assessment", """
Geachte heer Hendriks,

Het assessmentbureau heeft ons zijn rapportage gestuurd. Het advies is negatief ten aanzien van de functie
Vestigingsmanager, en wij hebben besloten dat advies te volgen. Uw sollicitatie eindigt daarmee.

U kunt het rapport desgewenst met de assessor bespreken.

Met vriendelijke groet,
Marieke Brands
HR-manager, Autobedrijf Lindhout
""", frm="Marieke Brands <m.brands@lindhout-auto.example>", company="Autobedrijf Lindhout",
    role="Vestigingsmanager", contact="Marieke Brands", email="m.brands@lindhout-auto.example")

add(R, "Niet weerhouden - kandidatuur Boekhouder", """
Dag Thijs,

Bedankt voor je interesse in ons kantoor. Wie weet tot een volgende keer.

Boekhoudkantoor Claeys
""", frm="Boekhoudkantoor Claeys <info@claeys-boekhouding.example>", company="Boekhoudkantoor Claeys",
    role="Boekhouder")

add(R, "Re: Application Marketing Manager", """
Hoi Iris,

Thanks voor je berichtje. Ik had je eerder moeten laten weten dat we de rol aan iemand anders hebben gegeven,
sorry daarvoor! Het was een lastige keuze.

Groetjes,
Julia
--
Julia Smeets | People & Culture | Roastery Collective
""", frm="Julia Smeets <julia@roasterycollective.example>", company="Roastery Collective",
    role="Marketing Manager", contact="Julia Smeets", email="julia@roasterycollective.example",
    quote=("Iris Mulder schreef op 3 nov. 2026 09:14:",
           "Hoi Julia,\n\nIk heb een paar weken geleden gesolliciteerd als Marketing Manager. Weet je al "
           "iets meer?\n\nGroet, Iris"))

add(R, "Uw sollicitatie bij de gemeente", """
Geachte heer Peeters,

Uw sollicitatie voor de functie Toezichthouder Bouw- en Woningtoezicht kwam niet in aanmerking om verder
te worden behandeld. Gelet op de hoeveelheid reacties kunnen wij u geen persoonlijke toelichting geven.

Tegen dit besluit staat geen bezwaar of beroep open, omdat het geen besluit is in de zin van de Algemene wet
bestuursrecht.

Met vriendelijke groet,
Het college van burgemeester en wethouders van Waalbergen
""", frm="Gemeente Waalbergen <p-o@waalbergen.example>", company="Gemeente Waalbergen",
    role="Toezichthouder Bouw- en Woningtoezicht")

add(R, "Je sollicitatie", """
Hallo Joris,

Je sollicitatie heeft ons jammer genoeg niet voldoende overtuigd om je uit te nodigen voor een kennismaking.
Mocht je feedback willen, stuur dan gerust een mailtje.

Groet,
Bas | Lokaal Brouwhuis
""", frm="Bas Koning <bas@lokaalbrouwhuis.example>", company="Lokaal Brouwhuis", contact="Bas Koning",
    email="bas@lokaalbrouwhuis.example")

# ----------------------------------------------------------------------------------------------------------
# Hard look-alikes: job mail that is not a rejection, and rejections of things that are not jobs.
# ----------------------------------------------------------------------------------------------------------
L = "lookalike"

add(L, "Ontvangstbevestiging sollicitatie Adviseur Duurzaamheid", """
Beste Iris,

Wij hebben je sollicitatie voor de functie Adviseur Duurzaamheid in goede orde ontvangen. Binnen twee weken
laten we je weten of je wordt uitgenodigd. Hoor je niets, dan is dat geen afwijzing: neem dan gerust contact op.

Met vriendelijke groet,
Recruitment Energiek Oost
""", frm="Energiek Oost <werkenbij@energiekoost.example>")

add(L, "Vertraging in de selectie", """
Beste Joris,

De selectie voor de functie Werkvoorbereider loopt vertraging op doordat de hiring manager ziek is. We hebben nog
geen beslissing genomen over je sollicitatie en verwachten je eind volgende week meer te kunnen vertellen.

Groet,
Sanne Hofman
""", frm="Sanne Hofman <sanne.hofman@bouwcombinatie.example>")

add(L, "Ontbrekende documenten", """
Geachte heer Peeters,

Voor uw kandidatuur ontbreekt nog een kopie van uw diploma. Indien wij dit document niet vóór 30 oktober
ontvangen, kunnen wij uw kandidatuur helaas niet weerhouden.

Met vriendelijke groeten,
Dienst Rekrutering, Provincie West-Vlaanderland
""", frm="Rekrutering Provincie <rekrutering@westvlaanderland.example>")

add(L, "Uitnodiging tweede gesprek", """
Hoi Yasmina,

Goed nieuws: je bent door naar de tweede ronde voor de rol van HR-adviseur! Helaas kan onze directeur niet op
dinsdag, dus zou donderdag 10:00 uur ook kunnen?

Groet,
Nadia
""", frm="Nadia Yilmaz <nadia@tuinland.example>")

add(L, "Aanbod: Junior Data Analist", """
Beste Ruben,

Gefeliciteerd! We bieden je graag de functie van Junior Data Analist aan. De andere kandidaten hebben we
vandaag laten weten dat ze niet zijn gekozen. In de bijlage vind je het arbeidscontract.

Hartelijke groet,
Databuro Oost
""", frm="Databuro Oost <hr@databuro-oost.example>")

add(L, "Volgende stap in je sollicitatie", """
Beste Thijs,

Bedankt voor het eerste gesprek. De volgende stap is een online capaciteitentest. Je ontvangt vandaag een link;
rond de test binnen vijf dagen af, anders kunnen we je helaas niet meenemen in de volgende ronde.

Groet,
Recruitment Lumenra
""", frm="Lumenra Careers <no-reply@lumenra.example>")

add(L, "Nieuwe vacatures voor jou", """
Hallo Iris,

Er zijn 6 nieuwe vacatures die passen bij je zoekopdracht 'marketing Utrecht'. Let op: de vacature 'Content
Marketeer' die je had bewaard, is gesloten en niet meer beschikbaar.

Bekijk alle vacatures op https://www.werkzoeker.example/alerts

Je ontvangt deze e-mail omdat je een vacaturealert hebt ingesteld.
""", frm="Werkzoeker <alerts@werkzoeker.example>")

add(L, "Nieuwe kans: Lead Engineer", """
Hoi Joris,

Ik kwam je profiel tegen op LinkedIn. Voor een klant zoeken we opnieuw een Lead Engineer, omdat de vorige
kandidaat op het laatste moment heeft afgezegd. Zou je openstaan voor een kort belletje?

Groet,
Tom Willems, TechRecruit
""", frm="Tom Willems <tom@techrecruit.example>")

add(L, "Nieuwsbrief: omgaan met afwijzing", """
Beste lezer,

Deze maand in onze nieuwsbrief: hoe ga je om met een afwijzing? Zinnen als "we hebben gekozen voor een andere
kandidaat" of "helaas gaan we niet verder met je sollicitatie" komen hard binnen. Loopbaancoach Ellen deelt vijf
tips om terug te veren.

Verder: de tien beste vragen voor je volgende sollicitatiegesprek.

Veel leesplezier,
Redactie CarrièreKompas
""", frm="CarrièreKompas <nieuwsbrief@carrierekompas.example>")

add(L, "Intrekking sollicitatie bevestigd", """
Beste Yasmina,

Je hebt aangegeven dat je je sollicitatie voor de functie Laborant wilt intrekken, omdat je elders een baan hebt
aangenomen. Dat hebben we verwerkt: we sluiten je sollicitatie op jouw verzoek af. Gefeliciteerd met je nieuwe
baan!

Met vriendelijke groet,
Biolabs Leiden, afdeling HR
""", frm="Biolabs HR <hr@biolabs-leiden.example>")

add(L, "Woning Kastanjelaan 14", """
Beste woningzoekende,

U heeft gereageerd op de woning aan de Kastanjelaan 14. Helaas bent u niet geselecteerd voor een bezichtiging;
de woning is toegewezen aan een kandidaat met een langere inschrijfduur.

Met vriendelijke groet,
WoonNet Regio Rijnmond
""", frm="WoonNet <noreply@woonnet-rijnmond.example>")

add(L, "Uw aanvraag persoonlijke lening", """
Geachte heer Hendriks,

Wij hebben uw aanvraag voor een persoonlijke lening beoordeeld. Helaas moeten wij u meedelen dat wij uw
aanvraag hebben afgewezen op basis van de toetsing bij het BKR.

Met vriendelijke groet,
Kredietbank Holland
""", frm="Kredietbank Holland <klantenservice@kredietbank.example>")

add(L, "Besluit subsidieaanvraag", """
Geachte mevrouw Ouali,

De beoordelingscommissie heeft uw subsidieaanvraag 'Buurtkeuken Noord' besproken. Tot onze spijt is uw aanvraag
niet gehonoreerd, omdat het budget voor deze ronde is uitgeput.

Met vriendelijke groet,
Fonds Sociaal Initiatief
""", frm="Fonds Sociaal Initiatief <subsidies@fsi.example>")

add(L, "Decision on your manuscript", """
Beste dr. De Graaf,

Dank voor het indienen van uw manuscript bij het Tijdschrift voor Arbeidsvraagstukken. Na beoordeling door twee
reviewers heeft de redactie besloten uw artikel niet te accepteren voor publicatie.

Met vriendelijke groet,
De redactie
""", frm="TvA Redactie <redactie@tva-journal.example>")

add(L, "Uitslag decentrale selectie Geneeskunde", """
Beste Iris,

Je hebt deelgenomen aan de selectie voor de bacheloropleiding Geneeskunde. Helaas ben je niet geplaatst: je
rangnummer valt buiten het aantal beschikbare plaatsen.

Met vriendelijke groet,
Studentenservice, Universiteit van Oostzaan
""", frm="Studentenservice <studentenservice@uvo.example>")

add(L, "Gunningsbeslissing aanbesteding schoonmaak", """
Geachte heer Peeters,

Hierbij delen wij u mee dat uw inschrijving voor de aanbesteding Schoonmaakdiensten 2027 niet als economisch
meest voordelige inschrijving is aangemerkt. Wij zijn voornemens de opdracht te gunnen aan een andere inschrijver.

Hoogachtend,
Inkoopbureau Stad Zonnegem
""", frm="Inkoopbureau Zonnegem <inkoop@zonnegem.example>")

add(L, "Je aanmelding voor Hack de Haven", """
Hoi Joris,

Bedankt voor je aanmelding voor de hackathon Hack de Haven. Helaas zat het vol en heb je geen plek gekregen.
Je staat op de wachtlijst.

Team Hack de Haven
""", frm="Hack de Haven <team@hackdehaven.example>")

add(L, "Bestelling 448812 geannuleerd", """
Beste klant,

Uw bestelling 448812 (bureaustoel ErgoFlex) is geannuleerd, omdat het artikel niet meer leverbaar is. Het bedrag
wordt binnen drie werkdagen teruggestort.

Met vriendelijke groet,
Kantoorshop.example
""", frm="Kantoorshop <service@kantoorshop.example>")

add(L, "Kandidaat afgewezen: Pieter Jansen", """
Beste Ruben,

Je hebt kandidaat Pieter Jansen afgewezen voor de vacature Accountmanager Zuid. Hij ontvangt morgen automatisch
het standaardbericht. Vergeet niet je beoordeling in te vullen in het systeem.

Recruitee-melding
""", frm="Recruitee <notifications@recruitee.example>")

add(L, "Stand van zaken", """
Beste Thijs,

Je vroeg of het uitblijven van nieuws betekent dat we je niet willen aannemen. Dat is zeker niet zo: we zijn nog
in gesprek met de directie over het budget en je bent nog volop in de race.

Groet,
Hannah
""", frm="Hannah Lee <hannah@qubitly.example>")

add(L, "Excuses voor ons vorige bericht", """
Beste Yasmina,

Gisteren ontving je per vergissing een bericht dat je sollicitatie was afgewezen. Dat klopt niet: je
sollicitatie is nog in behandeling en we nemen volgende week contact op.

Onze excuses voor de verwarring.

Recruitment Kroonbank
""", frm="Kroonbank Recruitment <recruitment@kroonbank.example>")

add(L, "Verkiezing bestuur tennisvereniging", """
Beste leden,

De uitslag van de bestuursverkiezing is bekend. Iris Mulder is helaas niet gekozen als penningmeester; Karel
de Wit neemt die taak over. Bedankt aan alle kandidaten!

Bestuur TV De Lob
""", frm="TV De Lob <bestuur@tvdelob.example>")

add(L, "Aanvraag parkeervergunning", """
Geachte heer De Graaf,

Uw aanvraag voor een bewonersparkeervergunning is afgewezen, omdat op uw adres al twee vergunningen zijn
verstrekt.

Met vriendelijke groet,
Gemeente Lingewaard-Oost
""", frm="Gemeente Lingewaard-Oost <parkeren@lingewaard-oost.example>")

add(L, "Je talk-voorstel voor DevDag 2027", """
Hoi Joris,

Bedankt voor je voorstel 'Go in productie'. We kregen meer dan 300 inzendingen en helaas is jouw talk niet
geselecteerd voor het programma. Je krijgt wel korting op een ticket.

Groet,
Programmacommissie DevDag
""", frm="DevDag <cfp@devdag.example>")

add(L, "Gesprek morgen verzet", """
Beste Iris,

Helaas moeten we ons gesprek van morgen verzetten, omdat de teamleider onverwacht afwezig is. Past maandag om
14:00 uur voor jou?

Met vriendelijke groet,
Hanneke Smulders
""", frm="Hanneke Smulders <h.smulders@hetbaken.example>")

add(L, "balen", """
Hoi Ruben,

Ik ben afgewezen bij die bank waar ik had gesolliciteerd, echt balen. Zullen we vrijdag een biertje doen? Dan
kan ik even klagen.

Groetjes,
Mark
""", frm="Mark Tielen <mark.tielen@mailbox.example>")

add(L, "Update over je cv", """
Hoi Thijs,

Ik heb je cv vorige week naar de klant gestuurd, maar zij hebben nog niet gereageerd. Zodra ik iets hoor, laat
ik het je weten. Geen nieuws is hier nog geen slecht nieuws!

Groet,
Wouter Dekker
""", frm="Wouter Dekker <wouter@talentbrug.example>")

add(L, "Sollicitatie ontvangen - wat gebeurt er nu?", """
Beste Elke,

Bedankt voor je kandidatuur. Onze werkwijze: we bekijken elke sollicitatie binnen tien dagen. Word je niet
weerhouden, dan krijg je van ons een e-mail. Word je wel weerhouden, dan bellen we je voor een eerste gesprek.

Met vriendelijke groeten,
HR AZ Sint-Rembert
""", frm="HR AZ Sint-Rembert <hr@azsintrembert.example>")

add(L, "Afwijzing verlofaanvraag", """
Hoi Joris,

Je verlofaanvraag voor de kerstweek heb ik helaas moeten afwijzen: er zijn al drie collega's van het team vrij.
Kun je een andere week kiezen?

Groet,
Monique (teamleider)
""", frm="Monique Bos <monique.bos@liftservicenoord.example>")

add(L, "Jouw reactie op de vacature", """
Beste Yasmina,

Leuk dat je hebt gereageerd! Voordat we een beslissing nemen, willen we je graag nog wat vragen stellen over je
beschikbaarheid. Kun je deze week even bellen? Het is dus nog geen afwijzing, maar ook nog geen ja.

Groet,
Marjolein
""", frm="Marjolein <marjolein@uilennest.example>")

add(L, "Je hebt afgezegd voor het gesprek", """
Beste Iris,

We hebben je afmelding ontvangen: je ziet af van de functie van Office Manager omdat de reisafstand te groot is.
Jammer, maar we begrijpen het. We sluiten je dossier.

Team Greenpoint
""", frm="Team Greenpoint <jobs@greenpoint.example>")

# ----------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words.
# ----------------------------------------------------------------------------------------------------------
OR = "ordinary"

add(OR, "Loonstrook oktober beschikbaar", """
Beste Joris,

Je loonstrook van oktober staat klaar in het personeelsportaal. Let op: de eindejaarsuitkering wordt in
december uitbetaald.

Salarisadministratie Liftservice Noord
""", frm="Salarisadministratie <salaris@liftservicenoord.example>")

add(OR, "Teamuitje vrijdag", """
Hoi allemaal,

Vrijdag gaan we met het hele team suppen op de Vecht. Nieuwe collega's zijn ook van harte welkom. Wie niet kan,
graag even afmelden bij mij.

Groet,
Lotte
""", frm="Lotte Meijer <lotte.meijer@kassapunt.example>")

add(OR, "Inschrijving training Feedback geven", """
Beste Iris,

Je bent ingeschreven voor de training 'Feedback geven' op 12 november. De training is onderdeel van ons
leiderschapsprogramma voor nieuwe teamleiders.

L&D-team
""", frm="L&D <leren@flexwerk.example>")

add(OR, "Referentie voor Sanne", """
Hoi Ruben,

Sanne heeft jou opgegeven als referentie voor haar sollicitatie bij ons. Heb je deze week tien minuten om te
bellen over haar werk als projectleider?

Groet,
Esther de Bruin
""", frm="Esther de Bruin <e.debruin@medisupply.example>")

add(OR, "Je profiel is 14 keer bekeken", """
Hallo Thijs,

Je profiel is deze week 14 keer bekeken door recruiters. Werk je cv bij om nog beter gevonden te worden.

Werkzoeker
""", frm="Werkzoeker <info@werkzoeker.example>")

add(OR, "Ondertekening arbeidscontract", """
Beste Yasmina,

Welkom bij Graanstat! Wil je je arbeidscontract digitaal ondertekenen vóór vrijdag? Je eerste werkdag is
1 december; je laptop ligt klaar bij de receptie.

Groet,
Lars van Leeuwen
""", frm="Lars van Leeuwen <lars@graanstat.example>")


def main() -> None:
    if "--check" in sys.argv:
        check()
        return
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    lines = []
    for i, m in enumerate(MESSAGES, start=1):
        (OUT / f"{i:04d}.eml").write_bytes(render(i, m))
        lines.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for m in MESSAGES:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print(f"wrote {len(MESSAGES)} messages: {kinds}")


def check() -> None:
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == [lab["file"] for lab in labels], "labels and messages differ"
    assert len(labels) == len(MESSAGES), "labels out of date: rerun build.py"
    for lab, m in zip(labels, MESSAGES, strict=True):
        raw = (OUT / lab["file"]).read_bytes()
        msg = message_from_bytes(raw, policy=policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        assert part is not None and part.get_content().strip(), lab["file"]
        assert msg["Subject"], lab["file"]
        assert lab["is_rejection"] == m["rej"] and lab["kind"] == m["kind"], lab["file"]
        if lab["is_rejection"]:
            assert lab["company"], lab["file"]
    print(f"ok: {len(labels)} messages parse and match their labels")


if __name__ == "__main__":
    main()
