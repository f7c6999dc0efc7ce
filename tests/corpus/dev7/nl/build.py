"""Build the dev7/nl labelled corpus: Dutch (NL + Flemish) rejections, hard look-alikes and ordinary mail.

Deterministic: ``python build.py`` rewrites ``messages/NNNN.eml`` and ``labels.jsonl``;
``python build.py --check`` parses everything back and checks the labels match the messages 1:1.
All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "messages"

OWNERS = [
    ("Lotte van Dijk", "lotte.vandijk@mailbox.example"),
    ("Daan Smit", "daan.smit@post.example"),
    ("Fatima El Idrissi", "f.elidrissi@mailbox.example"),
    ("Bram Jacobs", "bramjacobs@telenet.example"),
    ("Noor Bakker", "noor.bakker@post.example"),
    ("Sven De Smet", "sven.desmet@skynet.example"),
    ("Anouk Visser", "anouk.v@mailbox.example"),
    ("Mohamed Amrani", "m.amrani@post.example"),
]

MESSAGES: list[dict] = []

FORMATS = [("utf-8", "quoted-printable"), ("iso-8859-1", "quoted-printable"), ("utf-8", "base64"),
           ("windows-1252", "8bit"), ("utf-8", "8bit"), ("iso-8859-1", "base64")]


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


def render(i: int, m: dict) -> bytes:
    owner_name, owner_addr = OWNERS[i % len(OWNERS)] if m["owner"] is None else m["owner"]
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
    date = datetime(2026, 9, 1, 8, 30, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=7 * i, minutes=13 * i)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<dev7nl.{i:04d}@{m['frm'].split('@')[-1].rstrip('>')}>"
    msg["MIME-Version"] = "1.0"
    html = m["html"]
    if m["fmt"] == "plain":
        msg.set_content(text, charset=charset, cte=cte)
    elif m["fmt"] == "html":
        msg.set_content(html or to_html(text), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html or to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(f"=_dev7nl_{i:04d}_alt")  # deterministic, unlike the default random boundary
    return msg.as_bytes(policy=policy.SMTP)


def label(i: int, m: dict) -> dict:
    rej = m["rej"]
    return {"file": f"{i:04d}.eml", "is_rejection": rej, "kind": m["kind"],
            "company": m["company"] if rej else None, "role": m["role"] if rej else None,
            "contact_name": m["contact"] if rej else None, "contact_email": m["email"] if rej else None,
            "careers_url": m["url"] if rej else None, "lang": "nl"}


NOREPLY = "noreply"

# ----------------------------------------------------------------------------------------------------------
# Rejections: the common template phrasings (each with a few variants), then the rarer ones.
# ----------------------------------------------------------------------------------------------------------

# --- "niet verder gaan met je/uw sollicitatie" -------------------------------------------------------------
add("rejection", "Uw sollicitatie bij Rabelink Groep", """
Geachte heer Smit,

Hartelijk dank voor uw sollicitatie naar de functie van Financieel Controller bij Rabelink Groep en de tijd die u
hierin heeft gestoken.

Wij hebben uw sollicitatie met veel aandacht gelezen. Helaas moeten wij u mededelen dat wij niet verder gaan met uw
sollicitatie.

Wij wensen u veel succes bij uw verdere zoektocht naar een nieuwe uitdaging.

Met vriendelijke groet,

Team Recruitment Rabelink Groep
https://werkenbij.rabelink.example

Dit is een automatisch gegenereerd bericht. U kunt niet reageren op deze e-mail.
""", frm="Rabelink Groep <no-reply@myworkday.rabelink.example>", company="Rabelink Groep",
    role="Financieel Controller", url="https://werkenbij.rabelink.example", fmt="alt")

add("rejection", "Je sollicitatie als Marketing Coördinator", """
Hoi Lotte,

Bedankt voor je sollicitatie als Marketing Coördinator bij Studio Kroes en je enthousiasme voor ons team.

Na zorgvuldige overweging hebben we besloten om niet verder te gaan met jouw sollicitatie. Dit was geen makkelijke
keuze, want we kregen veel sterke reacties.

We wensen je heel veel succes met je zoektocht!

Hartelijke groet,
Sanne Kuipers
Office & People Manager | Studio Kroes
sanne@studiokroes.example
""", frm="Sanne Kuipers <sanne@studiokroes.example>", company="Studio Kroes", role="Marketing Coördinator",
    contact="Sanne Kuipers", email="sanne@studiokroes.example")

add("rejection", "Update over je sollicitatie - Medior Java Developer", """
Hi Fatima,

Dank je wel voor je interesse in de rol van Medior Java Developer bij Tulpwerk Software.

We gaan helaas niet verder met je sollicitatie. We hebben gemerkt dat er veel ervaring met Kotlin en Kubernetes
gevraagd wordt in dit team, en die zagen we net onvoldoende terug in je cv.

Heel veel succes de komende tijd.

Groetjes,
Jesse van Rooij
Talent Acquisition, Tulpwerk Software
""", frm="Jesse van Rooij via Greenhouse <no-reply@greenhouse.tulpwerk.example>", company="Tulpwerk Software",
    role="Medior Java Developer", contact="Jesse van Rooij")

add("rejection", "Sollicitatie Teamleider Klantenservice", """
Beste meneer Jacobs,

Bedankt voor uw sollicitatie op de vacature Teamleider Klantenservice. Wij hebben uw brief en cv zorgvuldig
bekeken.

Wij hebben besloten uw sollicitatie niet verder in behandeling te nemen. Wij hebben namelijk een groot aantal
reacties ontvangen van kandidaten die beter aansluiten bij het gevraagde profiel.

Wij danken u voor uw interesse in Hanze Energie en wensen u veel succes.

Met vriendelijke groet,

Marloes Dekker
Recruiter
Hanze Energie
""", frm="Marloes Dekker <m.dekker@hanze-energie.example>", company="Hanze Energie",
    role="Teamleider Klantenservice", contact="Marloes Dekker", email="m.dekker@hanze-energie.example")

add("rejection", "Uw sollicitatie – Logistiek Planner (vacaturenummer 26-0412)", """
Geachte mevrouw Bakker,

Onlangs solliciteerde u naar de functie van Logistiek Planner bij Van Oord Transport. Hartelijk dank voor uw
interesse.

Na een zorgvuldige beoordeling van alle sollicitaties moeten wij u helaas laten weten dat wij niet met u verder
kunnen in de sollicitatieprocedure.

Wij wensen u veel succes bij het vinden van een passende baan.

Met vriendelijke groet,
Afdeling HR
Van Oord Transport
""", frm="HR Van Oord Transport <vacatures@vanoordtransport.example>", company="Van Oord Transport",
    role="Logistiek Planner", fmt="html")

add("rejection", "Uw kandidatuur voor de functie Boekhouder", """
Beste heer De Smet,

Wij danken u voor uw kandidatuur voor de functie van Boekhouder bij Accountancy Verbeke & Partners.

Na grondige analyse van uw dossier hebben wij beslist om niet verder te gaan met uw kandidatuur. Uw profiel sluit
op dit moment onvoldoende aan bij de noden van ons kantoor.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
Kathleen Peeters
HR-verantwoordelijke
""", frm="Kathleen Peeters <kathleen.peeters@verbeke-partners.example>", company="Accountancy Verbeke & Partners",
    role="Boekhouder", contact="Kathleen Peeters", email="kathleen.peeters@verbeke-partners.example")

add("rejection", "Je sollicitatie bij Koffiebranderij De Gouden Boon", """
Hoi Anouk,

Leuk dat je wilde komen werken als barista in onze branderij in Utrecht!

We hebben alle reacties doorgenomen en hebben besloten om de procedure met jou niet voort te zetten. We kregen
erg veel reacties en hebben moeten kiezen.

Hopelijk zien we je nog eens als gast :)

Liefs,
Roos
De Gouden Boon
""", frm="Roos Verhoeven <roos@goudenboon.example>", company="De Gouden Boon", role="barista",
    contact="Roos Verhoeven", email="roos@goudenboon.example")

add("rejection", "Terugkoppeling sollicitatie Servicemonteur", """
Beste Mohamed,

Dank voor je sollicitatie als Servicemonteur bij Klimaattechniek Oost.

Helaas hebben we moeten besluiten dat we niet verder gaan met jouw sollicitatie. We zoeken voor deze functie
iemand met een afgeronde MBO 4-opleiding koudetechniek en een F-gassen certificaat.

Bedankt voor je interesse en succes!

Met vriendelijke groet,
Gert-Jan Wolters
Bedrijfsleider
Klimaattechniek Oost B.V.
06-12345678
""", frm="Gert-Jan Wolters <gj.wolters@klimaatoost.example>", company="Klimaattechniek Oost",
    role="Servicemonteur", contact="Gert-Jan Wolters", email="gj.wolters@klimaatoost.example")

# --- "andere kandidaten" -------------------------------------------------------------------------------------
add("rejection", "Uw sollicitatie bij Gemeente Veldhoven-Noord", """
Geachte heer Smit,

Hartelijk dank voor uw sollicitatie naar de functie van Beleidsadviseur Wonen.

Na zorgvuldige afweging hebben wij besloten andere kandidaten uit te nodigen voor een gesprek. Wij hebben veel
reacties ontvangen en de keuze is ons niet gemakkelijk gevallen.

Wij danken u voor de getoonde belangstelling en wensen u succes bij uw verdere loopbaan.

Met vriendelijke groet,

namens de selectiecommissie,
Ingrid Hoekstra
HR-adviseur
Gemeente Veldhoven-Noord
""", frm="Gemeente Veldhoven-Noord <werkenbij@veldhoven-noord.example>", company="Gemeente Veldhoven-Noord",
    role="Beleidsadviseur Wonen", contact="Ingrid Hoekstra", fmt="alt")

add("rejection", "Sollicitatie Product Owner – uitslag", """
Beste Daan,

Dank voor je sollicitatie als Product Owner bij Fietsdelen Nederland. We vonden het leuk om je brief te lezen.

Helaas moeten we je laten weten dat we hebben gekozen voor kandidaten van wie het profiel beter aansluit bij de
functie-eisen.

We wensen je veel succes met je verdere zoektocht.

Vriendelijke groet,
Team Recruitment
Fietsdelen Nederland
werkenbij.fietsdelen.example
""", frm="Fietsdelen Nederland <jobs@fietsdelen.example>", company="Fietsdelen Nederland", role="Product Owner",
    url="https://werkenbij.fietsdelen.example")

add("rejection", "Je sollicitatie bij Bloei Kinderopvang", """
Beste Noor,

Bedankt voor je sollicitatie als Pedagogisch Medewerker op locatie De Vlinder.

We hebben de keuze gemaakt om verder te gaan met een andere kandidaat. Dit zegt niets over jouw kwaliteiten; we
hadden simpelweg één plek en heel veel goede reacties.

Mocht er in de toekomst een nieuwe vacature komen, dan nodigen we je van harte uit om opnieuw te reageren.

Hartelijke groet,

Esther Mulder
Locatiemanager De Vlinder
Bloei Kinderopvang
""", frm="Esther Mulder <e.mulder@bloeikinderopvang.example>", company="Bloei Kinderopvang",
    role="Pedagogisch Medewerker", contact="Esther Mulder", email="e.mulder@bloeikinderopvang.example")

add("rejection", "Uitslag selectieprocedure Adviseur Informatiebeveiliging", """
Geachte mevrouw El Idrissi,

Op 4 september sprak u met onze selectiecommissie over de functie van Adviseur Informatiebeveiliging. Wij danken u
voor het prettige gesprek.

De keuze is uiteindelijk gevallen op een andere kandidaat, wiens ervaring beter aansluit bij de huidige opgaven
van ons team.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groet,

Drs. P.J. (Pieter) Brouwer
Manager Informatievoorziening
Waterschap Groene Delta
""", frm="P.J. Brouwer <p.brouwer@groenedelta.example>", company="Waterschap Groene Delta",
    role="Adviseur Informatiebeveiliging", contact="Pieter Brouwer", email="p.brouwer@groenedelta.example")

add("rejection", "Je sollicitatie als Sales Development Representative", """
Hi Bram,

Thanks voor je sollicitatie! We hebben veel reacties gehad op deze vacature en hebben alle cv's zorgvuldig
bekeken.

Er waren kandidaten die beter aansloten bij wat we op dit moment zoeken, en daarom nodigen we je helaas niet uit
voor een gesprek.

Succes met je zoektocht en wie weet tot ziens!

Cheers,
Milan
Head of Sales, Loopbaan Labs
""", frm="Milan Hendriks <milan@loopbaanlabs.example>", company="Loopbaan Labs",
    role="Sales Development Representative", contact="Milan Hendriks", email="milan@loopbaanlabs.example")

add("rejection", "Jouw sollicitatie bij Zorggroep Meander", """
Beste Anouk,

Nogmaals bedankt voor je sollicitatie voor de functie Verzorgende IG.

We hebben besloten verder te gaan met kandidaten van wie de werkervaring nauwer aansluit bij de zorg op onze
afdeling psychogeriatrie.

We wensen je veel succes en bewaren je gegevens graag nog vier weken, tenzij je dat niet wilt.

Met vriendelijke groet,
Recruitment Zorggroep Meander
""", frm="Zorggroep Meander <recruitment@zorggroepmeander.example>", company="Zorggroep Meander",
    role="Verzorgende IG", fmt="html")

add("rejection", "Uw kandidatuur bij Stad Mechelgem", """
Geachte heer Jacobs,

Wij danken u voor uw deelname aan de selectieprocedure voor de functie van Deskundige Communicatie.

Na afloop van de gesprekken heeft de jury een andere kandidaat verkozen. U bent dus niet geslaagd voor deze
selectie.

Wij danken u voor uw interesse in een loopbaan bij Stad Mechelgem.

Met vriendelijke groeten,
Dienst Personeel & Organisatie
Stad Mechelgem
""", frm="Stad Mechelgem <jobs@mechelgem.example>", company="Stad Mechelgem", role="Deskundige Communicatie")

# --- "niet geleid tot een uitnodiging" / "niet uitnodigen" ---------------------------------------------------
add("rejection", "Uw sollicitatie naar de functie Jurist Arbeidsrecht", """
Geachte mevrouw Visser,

Wij hebben uw sollicitatie naar de functie van Jurist Arbeidsrecht in goede orde ontvangen en met belangstelling
gelezen.

Helaas moeten wij u mededelen dat uw sollicitatie niet heeft geleid tot een uitnodiging voor een
sollicitatiegesprek.

Wij danken u voor uw belangstelling voor ons kantoor.

Met vriendelijke groet,

Van der Meulen Advocaten
Mr. J. (Joost) Kramer
""", frm="Joost Kramer <kramer@vdmeulenadvocaten.example>", company="Van der Meulen Advocaten",
    role="Jurist Arbeidsrecht", contact="Joost Kramer", email="kramer@vdmeulenadvocaten.example")

add("rejection", "Sollicitatie Stagiair HR", """
Beste Mohamed,

Bedankt voor je reactie op onze vacature voor een Stagiair HR (afstudeerstage).

We hebben besloten je niet uit te nodigen voor een kennismakingsgesprek. We zoeken een student die in februari kan
starten en minimaal vijf maanden beschikbaar is.

Veel succes met het vinden van een leuke stageplek!

Groet,
Linda Bos
HR Business Partner
Bouwbedrijf Hazelaar
""", frm="Linda Bos <l.bos@hazelaarbouw.example>", company="Bouwbedrijf Hazelaar", role="Stagiair HR",
    contact="Linda Bos", email="l.bos@hazelaarbouw.example")

add("rejection", "Uw sollicitatie: uitslag briefselectie", """
Geachte heer Amrani,

Wij danken u voor uw sollicitatie op de functie van Senior Beleidsmedewerker Jeugd (vacaturenummer 2026-331).

De selectiecommissie heeft alle brieven beoordeeld. Op basis van deze briefselectie heeft de commissie besloten
u niet uit te nodigen voor een gesprek.

Wij wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,

Team Werving & Selectie
Provincie Noord-Overmaas
""", frm="Provincie Noord-Overmaas <werving@noordovermaas.example>", company="Provincie Noord-Overmaas",
    role="Senior Beleidsmedewerker Jeugd", fmt="alt")

add("rejection", "Re: Sollicitatie Frontend Developer", """
Hey Sven,

Dank voor je mail en je portfolio. Leuk werk!

We nodigen je helaas niet uit voor een eerste gesprek: we zoeken nu echt iemand met meer senioriteit in React en
design systems.

Succes!
Kim
CTO, Pixelpier
""", frm="Kim de Graaf <kim@pixelpier.example>", company="Pixelpier", role="Frontend Developer",
    contact="Kim de Graaf", email="kim@pixelpier.example",
    quote=("Op 2 sep. 2026 om 21:14 schreef Sven De Smet <sven.desmet@skynet.example>:",
           "Beste Kim,\n\nHierbij stuur ik mijn cv en portfolio voor de functie Frontend Developer.\n"
           "Ik hoop op een uitnodiging voor een gesprek.\n\nGroet,\nSven"))

# --- profile fit -------------------------------------------------------------------------------------------
add("rejection", "Jouw sollicitatie - Allround Administratief Medewerker", """
Beste Lotte,

Bedankt voor je sollicitatie voor de functie Allround Administratief Medewerker.

Wij hebben je cv en motivatie zorgvuldig doorgenomen. Je profiel sluit helaas onvoldoende aan bij wat wij voor
deze functie zoeken. We wensen je veel succes bij je verdere zoektocht.

Met vriendelijke groet,
HR-team Dakwerken Hofstra
""", frm="Dakwerken Hofstra <hr@dakwerkenhofstra.example>", company="Dakwerken Hofstra",
    role="Allround Administratief Medewerker")

add("rejection", "Uw sollicitatie bij Kraan & Co", """
Geachte heer Smit,

Hartelijk dank voor uw interesse in de functie van Projectleider Infra.

Na bestudering van uw cv zijn wij tot de conclusie gekomen dat uw ervaring onvoldoende past bij het profiel dat wij
voor ogen hebben. Wij zullen uw sollicitatie daarom niet verder in behandeling nemen.

Met vriendelijke groet,
Kraan & Co Infra
Personeelszaken
""", frm="Kraan & Co <personeelszaken@kraanco.example>", company="Kraan & Co Infra", role="Projectleider Infra")

add("rejection", "Je sollicitatie bij Noordzee Media", """
Hoi Fatima,

Bedankt voor je sollicitatie als Videoredacteur.

We hebben er goed naar gekeken, maar zien helaas onvoldoende match tussen je ervaring en deze functie. Daarom
gaan we niet met je in gesprek.

Veel succes!

Groet,
Thomas Willems
Eindredacteur Noordzee Media
""", frm="Thomas Willems <thomas@noordzeemedia.example>", company="Noordzee Media", role="Videoredacteur",
    contact="Thomas Willems", email="thomas@noordzeemedia.example")

add("rejection", "Sollicitatie Data Engineer", """
Beste Bram,

Hartelijk dank voor je sollicitatie voor de rol van Data Engineer bij Polderdata.

Helaas komt je profiel niet voldoende overeen met de functie-eisen, met name op het gebied van Spark en cloud
data warehousing. We hebben daarom besloten je sollicitatie niet verder mee te nemen.

Met vriendelijke groet,
Polderdata Recruitment
https://polderdata.example/vacatures
""", frm="Polderdata via SmartRecruiters <noreply@smartrecruiters.polderdata.example>", company="Polderdata",
    role="Data Engineer", url="https://polderdata.example/vacatures", fmt="html")

add("rejection", "Uw sollicitatie Verpleegkundige Cardiologie", """
Geachte mevrouw Bakker,

Dank voor uw sollicitatie naar de functie van Verpleegkundige Cardiologie in het Sint Lucas Ziekenhuis.

Helaas sluit uw profiel niet aan bij de gestelde functie-eisen. Voor deze functie is een afgeronde
vervolgopleiding CCU vereist.

Wij wensen u veel succes.

Met vriendelijke groet,
Team Recruitment Sint Lucas Ziekenhuis
werkenbij.sintlucas.example
""", frm="Sint Lucas Ziekenhuis <werkenbij@sintlucas.example>", company="Sint Lucas Ziekenhuis",
    role="Verpleegkundige Cardiologie", url="https://werkenbij.sintlucas.example", fmt="alt")

# --- vacancy filled ----------------------------------------------------------------------------------------
add("rejection", "Uw sollicitatie als Chauffeur C/E", """
Beste heer Jacobs,

Bedankt voor uw sollicitatie als Chauffeur C/E.

Inmiddels hebben wij een geschikte kandidaat gevonden en is de vacature vervuld. Wij kunnen u daarom helaas geen
gesprek aanbieden.

Met vriendelijke groet,
Wim Postma
Planning Postma Transport
""", frm="Wim Postma <planning@postmatransport.example>", company="Postma Transport", role="Chauffeur C/E",
    contact="Wim Postma", email="planning@postmatransport.example")

add("rejection", "Vacature Receptioniste", """
Beste Noor,

Dank je wel voor je sollicitatie op de vacature van Receptioniste bij Hotel Duinzicht.

De functie is inmiddels ingevuld. We houden je cv graag in ons bestand voor een eventuele toekomstige vacature.

Vriendelijke groet,
Hotel Duinzicht
Marieke de Boer, Front Office Manager
""", frm="Marieke de Boer <frontoffice@hotelduinzicht.example>", company="Hotel Duinzicht", role="Receptioniste",
    contact="Marieke de Boer", email="frontoffice@hotelduinzicht.example")

add("rejection", "Sollicitatie Junior Accountmanager", """
Beste Daan,

Bedankt voor je interesse in de functie van Junior Accountmanager.

We hebben de vacature intern kunnen invullen. Daarom kunnen we je sollicitatie helaas niet verder oppakken.

Succes met je zoektocht!

Met vriendelijke groet,
Eline Jansen
Recruiter - Drukkerij Van Gelder
""", frm="Eline Jansen <eline.jansen@vangelderdruk.example>", company="Drukkerij Van Gelder",
    role="Junior Accountmanager", contact="Eline Jansen", email="eline.jansen@vangelderdruk.example")

add("rejection", "Update: Medewerker Klantcontact (32 uur)", """
Hoi Anouk,

Even een update over je sollicitatie voor Medewerker Klantcontact. We hebben inmiddels iemand aangenomen
voor deze functie, dus de vacature is gesloten.

Bedankt voor je tijd en interesse!

Groetjes,
Team HR Energiek Thuis
""", frm="Energiek Thuis <hr@energiekthuis.example>", company="Energiek Thuis", role="Medewerker Klantcontact")

# --- niet geselecteerd / afgevallen / volgende ronde ---------------------------------------------------------
add("rejection", "Je sollicitatie voor Traineeship Finance", """
Beste Mohamed,

Bedankt voor je deelname aan de eerste selectieronde van het Traineeship Finance 2027.

Helaas ben je niet geselecteerd voor de volgende ronde. We kregen dit jaar meer dan 900 aanmeldingen voor 20
plekken.

We wensen je veel succes met de start van je carrière.

Met vriendelijke groet,
Recruitment Team, Noorder Bank
""", frm="Noorder Bank Careers <careers@noorderbank.example>", company="Noorder Bank", role="Traineeship Finance",
    fmt="html")

add("rejection", "Uitslag eerste gesprek", """
Hoi Sven,

Nog bedankt voor het leuke gesprek van dinsdag over de functie Customer Success Manager.

We hebben alle gesprekken geëvalueerd en je bent helaas niet door naar de tweede ronde. We zochten net wat meer
ervaring met enterprise klanten.

Succes verder!

Groet,
Julia Verbruggen
People Team, Kaasbox
""", frm="Julia Verbruggen <julia@kaasbox.example>", company="Kaasbox", role="Customer Success Manager",
    contact="Julia Verbruggen", email="julia@kaasbox.example")

add("rejection", "Sollicitatieprocedure Politie-aspirant", """
Beste Lotte,

Je hebt onlangs deelgenomen aan de selectieprocedure. Helaas ben je afgevallen in de selectieprocedure op het
onderdeel fysieke vaardigheden.

Je kunt over twaalf maanden opnieuw solliciteren.

Met vriendelijke groet,
Selectiecentrum Veiligheidsregio Midden
""", frm="Selectiecentrum <selectie@veiligheidmidden.example>", company="Veiligheidsregio Midden",
    role="Politie-aspirant")

add("rejection", "Uw sollicitatie – Manager Operations", """
Geachte heer Smit,

Hartelijk dank voor uw sollicitatie en het eerste gesprek met ons.

Na afweging van alle kandidaten moeten wij u helaas berichten dat u niet behoort tot de kandidaten die wij
uitnodigen voor de tweede ronde.

Wij wensen u veel succes.

Met vriendelijke groet,
Hans Kok
Directeur Operations, Wielink Machinebouw
""", frm="Hans Kok <h.kok@wielink.example>", company="Wielink Machinebouw", role="Manager Operations",
    contact="Hans Kok", email="h.kok@wielink.example")

add("rejection", "Resultaat online assessment", """
Beste Fatima,

Bedankt voor het maken van de online assessments voor de functie van Junior Consultant.

Op basis van de resultaten ben je helaas niet doorgegaan naar de volgende fase van de selectieprocedure.

We wensen je veel succes bij je verdere loopbaan.

Met vriendelijke groet,
Campus Recruitment
Brightlane Consulting
""", frm="Brightlane Consulting <campus@brightlane.example>", company="Brightlane Consulting",
    role="Junior Consultant", fmt="alt")

add("rejection", "Uw kandidatuur – Projectingenieur", """
Geachte heer De Smet,

Wij danken u voor uw kandidatuur voor de functie Projectingenieur.

Wij moeten u helaas meedelen dat uw kandidatuur niet weerhouden werd.

Wij wensen u veel succes bij uw verdere zoektocht.

Met vriendelijke groeten,
An Claes
Talent Acquisition - Bouwgroep Vandamme
""", frm="An Claes <an.claes@vandamme-bouw.example>", company="Bouwgroep Vandamme", role="Projectingenieur",
    contact="An Claes", email="an.claes@vandamme-bouw.example")

add("rejection", "Selectieprocedure Administratief Medewerker", """
Beste mevrouw Visser,

Bedankt voor uw deelname aan de schriftelijke proef voor de functie van Administratief Medewerker (C-niveau).

Uw kandidatuur werd helaas niet weerhouden voor de volgende fase. U behaalde 48% op de proef, terwijl 60% vereist
was.

Met vriendelijke groeten,
Selectiedienst OCMW Lindeveld
""", frm="OCMW Lindeveld <selectie@ocmw-lindeveld.example>", company="OCMW Lindeveld",
    role="Administratief Medewerker")

# --- geen positief bericht / niet succesvol ----------------------------------------------------------------
add("rejection", "Uw sollicitatie bij Verzekeraar Hollandia", """
Geachte heer Amrani,

Hartelijk dank voor uw sollicitatie naar de functie van Schadebehandelaar.

Helaas kunnen wij u geen positief bericht geven. Wij hebben gekozen voor een kandidaat met meer ervaring in de
afhandeling van letselschade.

Met vriendelijke groet,
Recruitment Hollandia Verzekeringen
""", frm="Hollandia Verzekeringen <recruitment@hollandia.example>", company="Hollandia Verzekeringen",
    role="Schadebehandelaar", fmt="html")

add("rejection", "Sollicitatie Inkoper", """
Beste Lotte,

Het spijt ons je te moeten mededelen dat je sollicitatie voor de functie van Inkoper niet succesvol was.

We waarderen de tijd en moeite die je in je sollicitatie hebt gestoken en wensen je veel succes.

Met vriendelijke groet,
HR Afdeling - De Vries Bouwmaterialen
""", frm="De Vries Bouwmaterialen <hr@devriesbouw.example>", company="De Vries Bouwmaterialen", role="Inkoper")

add("rejection", "Jouw sollicitatie bij Groenrijk Tuinen", """
Hi Daan,

Helaas hebben we geen goed nieuws voor je. We hebben besloten om voor de functie Hovenier een andere kandidaat aan
te nemen.

Bedankt voor je interesse in Groenrijk!

Groeten,
Koen
""", frm="Koen Vermeulen <koen@groenrijktuinen.example>", company="Groenrijk Tuinen", role="Hovenier",
    contact="Koen Vermeulen", email="koen@groenrijktuinen.example")

# --- afgewezen / afwijzen ----------------------------------------------------------------------------------
add("rejection", "Afwijzing sollicitatie Medewerker Financiële Administratie", """
Geachte mevrouw El Idrissi,

Wij hebben uw sollicitatie voor de functie van Medewerker Financiële Administratie ontvangen en beoordeeld.

Uw sollicitatie is afgewezen. Wij hebben gezocht naar kandidaten met aantoonbare ervaring in Exact Online.

Met vriendelijke groet,
Administratiekantoor Veenstra
""", frm="Administratiekantoor Veenstra <info@veenstra-admin.example>", company="Administratiekantoor Veenstra",
    role="Medewerker Financiële Administratie")

add("rejection", "Sollicitatie Magazijnmedewerker", """
Beste Bram,

Bedankt voor je sollicitatie als Magazijnmedewerker in de avondploeg.

Voor deze functie is een geldig heftruckcertificaat een harde eis. Dat heb je (nog) niet, en daarom wijzen we je
sollicitatie af.

Met vriendelijke groet,
Sandra Meijer
Teamleider Logistiek, Distributiecentrum Zuidpoort
""", frm="Sandra Meijer <s.meijer@dczuidpoort.example>", company="Distributiecentrum Zuidpoort",
    role="Magazijnmedewerker", contact="Sandra Meijer", email="s.meijer@dczuidpoort.example")

add("rejection", "Besluit op uw sollicitatie", """
Geachte heer Jacobs,

Naar aanleiding van uw sollicitatie naar de functie van Toezichthouder Bouw- en Woningtoezicht delen wij u mee dat
wij hebben besloten uw sollicitatie af te wijzen.

Met vriendelijke groet,

Het college van burgemeester en wethouders van de gemeente Oosterwaard,
namens dezen,
R. Dijkstra
Teammanager HRM
""", frm="Gemeente Oosterwaard <hrm@oosterwaard.example>", company="Gemeente Oosterwaard",
    role="Toezichthouder Bouw- en Woningtoezicht", contact="R. Dijkstra")

# --- after an interview ------------------------------------------------------------------------------------
add("rejection", "Na ons gesprek", """
Hoi Noor,

Dank je wel voor het gesprek van afgelopen dinsdag, we vonden het echt leuk om je te leren kennen.

We hebben lang getwijfeld, maar hebben besloten niet met je verder te gaan voor de functie UX Researcher. De
doorslag gaf uiteindelijk de ervaring met kwantitatief onderzoek.

Ik wens je alle succes, en als je feedback wilt, bel me gerust.

Groet,
Femke Schouten
Design Lead, Appelflap Digital
06 87654321
""", frm="Femke Schouten <femke@appelflap.example>", company="Appelflap Digital", role="UX Researcher",
    contact="Femke Schouten", email="femke@appelflap.example")

add("rejection", "Terugkoppeling gesprekken", """
Beste Mohamed,

Nogmaals dank voor je komst vorige week. We hebben de gesprekken intern besproken en gaan niet verder met jou
voor de functie Technisch Tekenaar.

Je presentatie was sterk, maar we kiezen voor iemand met meer ervaring in Revit.

Met vriendelijke groet,
Ruben van Leeuwen
Ingenieursbureau Dijkhuis
""", frm="Ruben van Leeuwen <ruben@dijkhuis-ib.example>", company="Ingenieursbureau Dijkhuis",
    role="Technisch Tekenaar", contact="Ruben van Leeuwen", email="ruben@dijkhuis-ib.example")

add("rejection", "Laatste ronde – Head of Finance", """
Beste Anouk,

Hartelijk dank voor de gesprekken en de case die je hebt uitgewerkt voor de rol van Head of Finance.

Na de laatste ronde hebben we een moeilijke keuze moeten maken. We kunnen je helaas geen aanbod doen.

Ik waardeer je inzet in dit proces enorm en wens je het allerbeste.

Hartelijke groet,
Maarten Hoekstra
CEO, Zonnepark Partners
""", frm="Maarten Hoekstra <maarten@zonneparkpartners.example>", company="Zonnepark Partners",
    role="Head of Finance", contact="Maarten Hoekstra", email="maarten@zonneparkpartners.example")

add("rejection", "Je sollicitatie bij Lindeboom Apotheek", """
Hoi Lotte,

Bedankt voor je komst en het meedraaien op de apotheek vorige week.

We hebben een kandidaat gekozen met meer ervaring als apothekersassistent, dus het is voor jou helaas geen ja
geworden.

Groetjes van het hele team,
Ilse (apotheker)
""", frm="Ilse Meijer <ilse@lindeboomapotheek.example>", company="Lindeboom Apotheek",
    role="apothekersassistent", contact="Ilse Meijer", email="ilse@lindeboomapotheek.example")

# --- agencies -----------------------------------------------------------------------------------------------
add("rejection", "Terugkoppeling opdrachtgever – Controller", """
Hoi Daan,

Ik heb terugkoppeling gekregen van mijn opdrachtgever over de functie van Controller bij een
productiebedrijf in Apeldoorn.

De opdrachtgever heeft aangegeven niet verder te willen gaan met je profiel. Ze zoeken toch iemand met meer
ervaring in een IFRS-omgeving.

Ik houd je uiteraard op de hoogte van andere passende vacatures!

Groet,
Stijn Bosman
Senior Consultant Finance | Vlinder Werving & Selectie
stijn.bosman@vlinderws.example
""", frm="Stijn Bosman <stijn.bosman@vlinderws.example>", company="Vlinder Werving & Selectie",
    role="Controller", contact="Stijn Bosman", email="stijn.bosman@vlinderws.example")

add("rejection", "Je sollicitatie via Flexpunt", """
Hoi Fatima,

Je hebt via Flexpunt gesolliciteerd op de vacature Orderpicker bij een klant in Tilburg.

De klant heeft gekozen voor een andere kandidaat. Dat is jammer! We hebben wel meer werk in de regio; kijk op
onze site of bel ons.

Groetjes,
Jolien
Flexpunt Uitzendbureau Tilburg
""", frm="Flexpunt Tilburg <tilburg@flexpunt.example>", company="Flexpunt", role="Orderpicker",
    contact="Jolien")

add("rejection", "Update sollicitatie Office Manager", """
Beste Bram,

Zoals beloofd een update over de functie van Office Manager.

Helaas heeft de werkgever besloten je niet uit te nodigen voor een gesprek. Ze hebben een shortlist gemaakt van
drie kandidaten met meer ervaring in een internationale omgeving.

Ik blijf voor je uitkijken!

Met vriendelijke groet,
Yara Mertens
Recruiter, Talentkamer
""", frm="Yara Mertens <yara@talentkamer.example>", company="Talentkamer", role="Office Manager",
    contact="Yara Mertens", email="yara@talentkamer.example")

add("rejection", "Jouw kandidatuur bij onze klant", """
Hallo Sven,

Ik heb je cv voorgesteld aan onze klant voor de functie van Elektromecanicien, maar de klant gaat helaas niet
verder met jouw kandidatuur. Ze zoeken iemand die in ploegen kan werken.

Ik hou je op de hoogte van nieuwe jobs!

Groetjes,
Lien Desmet
Jobconsultant | StartWerk Interim Gent
""", frm="Lien Desmet <lien.desmet@startwerk.example>", company="StartWerk Interim", role="Elektromecanicien",
    contact="Lien Desmet", email="lien.desmet@startwerk.example")

add("rejection", "Vacature Projectsecretaresse", """
Hoi Petra,

Bedankt voor het voorstellen van Noor Bakker voor de functie Projectsecretaresse. We hebben haar cv bekeken, maar
we gaan niet verder met haar: we zoeken toch iemand met ervaring in de bouw.

Groet,
Gerrit Huisman
""", frm="Petra Willemsen <petra@secretaressepool.example>", company="Secretaressepool", role="Projectsecretaresse",
    contact="Petra Willemsen", email="petra@secretaressepool.example",
    fwd=("Hoi Noor,\n\nZie hieronder de reactie van de opdrachtgever. Jammer! Ik bel je morgen even over twee andere"
         " opdrachten.\n\nGroet,\nPetra\nSecretaressepool",
         "Van: Gerrit Huisman <g.huisman@bouwcombinatie-noord.example>\nDatum: ma 14 sep. 2026 16:02\n"
         "Onderwerp: RE: kandidaat projectsecretaresse\nAan: Petra Willemsen <petra@secretaressepool.example>"))

# --- public sector / universities / hospitals --------------------------------------------------------------
add("rejection", "Uw sollicitatie naar de functie van Universitair Docent", """
Geachte heer Smit,

De benoemingsadviescommissie voor de functie van Universitair Docent Bestuurskunde (vacature 26-118) heeft alle
sollicitaties zorgvuldig beoordeeld.

Helaas bent u niet geselecteerd voor de shortlist. Gezien het grote aantal sterke sollicitaties was dit geen
eenvoudige keuze.

Wij danken u voor uw belangstelling voor de Universiteit van Noordhaven.

Met vriendelijke groet,

Prof. dr. E.M. (Els) van den Berg
Voorzitter benoemingsadviescommissie
""", frm="Universiteit van Noordhaven <vacatures@uni-noordhaven.example>", company="Universiteit van Noordhaven",
    role="Universitair Docent Bestuurskunde", contact="Els van den Berg", fmt="alt")

add("rejection", "Reactie op uw sollicitatie", """
Geachte mevrouw Visser,

Op 12 augustus jl. ontvingen wij uw sollicitatie voor de functie van Medewerker Burgerzaken.

Wij hebben uw sollicitatie met belangstelling gelezen. Uw sollicitatie is echter niet meegenomen in de verdere
procedure, omdat andere kandidaten beter voldeden aan de functie-eisen.

Wij wensen u veel succes bij het vinden van een passende functie.

Met vriendelijke groet,

J. de Haan
Adviseur P&O
Gemeente Rietveen
""", frm="Gemeente Rietveen <po@rietveen.example>", company="Gemeente Rietveen", role="Medewerker Burgerzaken",
    contact="J. de Haan")

add("rejection", "Sollicitatie Beleidsmedewerker Duurzaamheid", """
Geachte heer Amrani,

Hartelijk dank voor uw sollicitatie naar de functie van Beleidsmedewerker Duurzaamheid.

Tot onze spijt moeten wij u mededelen dat wij uw sollicitatie niet hebben kunnen honoreren.

Wij danken u voor de belangstelling voor onze organisatie.

Met vriendelijke groet,
Omgevingsdienst Kop van Overmaas
Afdeling P&O
""", frm="Omgevingsdienst Kop van Overmaas <sollicitaties@odkvo.example>", company="Omgevingsdienst Kop van Overmaas",
    role="Beleidsmedewerker Duurzaamheid", fmt="html")

add("rejection", "Sollicitatie Leraar Wiskunde", """
Beste Anouk,

Dank voor je sollicitatie als Leraar Wiskunde (0,6 fte) bij het Erasmus College.

Na het bekijken van alle brieven moeten we je helaas laten weten dat je niet in aanmerking komt voor deze
functie, omdat een eerstegraads bevoegdheid vereist is voor de bovenbouw vwo.

Met vriendelijke groet,
Karin Lammers
Teamleider Bovenbouw, Erasmus College
""", frm="Karin Lammers <k.lammers@erasmuscollege.example>", company="Erasmus College", role="Leraar Wiskunde",
    contact="Karin Lammers", email="k.lammers@erasmuscollege.example")

add("rejection", "Uw sollicitatie Medisch Secretaresse", """
Geachte mevrouw El Idrissi,

Wij danken u voor uw sollicitatie naar de functie van Medisch Secretaresse bij de polikliniek Orthopedie.

Na zorgvuldige beoordeling hebben wij besloten u niet op te nemen in de verdere selectie.

Met vriendelijke groet,

Afdeling Werving & Selectie
Ziekenhuis Rijnvliet
https://werkenbij.rijnvliet.example
""", frm="Ziekenhuis Rijnvliet <noreply@werkenbij.rijnvliet.example>", company="Ziekenhuis Rijnvliet",
    role="Medisch Secretaresse", url="https://werkenbij.rijnvliet.example", fmt="alt")

# --- assessment --------------------------------------------------------------------------------------------
add("rejection", "Uitslag capaciteitentest", """
Beste Bram,

Je hebt de capaciteitentest gemaakt voor de functie Verkeersleider. De uitslag is helaas negatief: je score ligt
onder de norm die voor deze functie geldt. Daarom kunnen we de procedure niet met je vervolgen.

Met vriendelijke groet,
Selectieteam Spoorlijn Beheer
""", frm="Spoorlijn Beheer <selectie@spoorlijnbeheer.example>", company="Spoorlijn Beheer", role="Verkeersleider")

add("rejection", "Resultaat assessment Accountmanager", """
Beste Sven,

Bedankt voor je deelname aan het assessment voor de rol van Accountmanager.

De uitkomst van het assessment is helaas negatief. We stoppen daarom de procedure.

Met vriendelijke groet,
Hilde Wouters
HR Manager, Printline
""", frm="Hilde Wouters <hilde.wouters@printline.example>", company="Printline", role="Accountmanager",
    contact="Hilde Wouters", email="hilde.wouters@printline.example")

# --- keep on file / geen plek ----------------------------------------------------------------------------
add("rejection", "Je sollicitatie bij Waddenwind", """
Beste Noor,

Bedankt voor je sollicitatie als Projectmanager Offshore.

We hebben ervoor gekozen je sollicitatie niet verder mee te nemen in deze procedure. Wel zouden we je gegevens
graag een jaar bewaren, zodat we je kunnen benaderen als er een passende functie vrijkomt. Geef je daar
toestemming voor? Reageer dan op deze mail.

Met vriendelijke groet,
Talent Team Waddenwind
https://waddenwind.example/werken-bij
""", frm="Waddenwind Talent <talent@waddenwind.example>", company="Waddenwind", role="Projectmanager Offshore",
    url="https://waddenwind.example/werken-bij")

add("rejection", "Open sollicitatie", """
Beste Mohamed,

Dank voor je open sollicitatie. We hebben je cv met interesse bekeken.

Helaas is er op dit moment geen passende plek voor je binnen ons bedrijf. We hebben je gegevens niet bewaard.

Succes!

Met vriendelijke groet,
Nienke van Wijk
Office Manager, Architectenbureau Meerzicht
""", frm="Nienke van Wijk <nienke@meerzicht-architecten.example>", company="Architectenbureau Meerzicht",
    role=None, contact="Nienke van Wijk", email="nienke@meerzicht-architecten.example")

# --- niet in behandeling (definitive) ----------------------------------------------------------------------
add("rejection", "Sollicitatie Verpleegkundige Thuiszorg", """
Beste Lotte,

Dank voor je sollicitatie voor de functie Wijkverpleegkundige.

Omdat je niet over een BIG-registratie beschikt, kunnen wij je sollicitatie niet in behandeling nemen.

Met vriendelijke groet,
Thuiszorg De Linde
""", frm="Thuiszorg De Linde <vacatures@thuiszorgdelinde.example>", company="Thuiszorg De Linde",
    role="Wijkverpleegkundige")

add("rejection", "Uw sollicitatie Griffiemedewerker", """
Geachte heer Jacobs,

Wij ontvingen uw sollicitatie voor de functie van Griffiemedewerker op 3 oktober. De sluitingsdatum van deze
vacature was 30 september. Wij nemen uw sollicitatie daarom niet in behandeling.

Met vriendelijke groet,
Rechtbank Zuidwest-Holland, afdeling HRM
""", frm="HRM Rechtbank <hrm@rechtbank-zwh.example>", company="Rechtbank Zuidwest-Holland", role="Griffiemedewerker")

# --- vacancy cancelled --------------------------------------------------------------------------------------
add("rejection", "Vacature Communicatieadviseur vervallen", """
Beste Daan,

Je hebt gesolliciteerd op de functie van Communicatieadviseur. Door een reorganisatie is de vacature helaas komen
te vervallen. Daarom kunnen we de procedure niet voortzetten en sluiten we je sollicitatie af.

Excuses voor het ongemak.

Met vriendelijke groet,
Eveline Smits
HR, Woningstichting Ons Dak
""", frm="Eveline Smits <e.smits@onsdak.example>", company="Woningstichting Ons Dak",
    role="Communicatieadviseur", contact="Eveline Smits", email="e.smits@onsdak.example")

add("rejection", "Je sollicitatie: Business Analyst", """
Hoi Fatima,

Helaas hebben we besloten de vacature van Business Analyst voorlopig niet in te vullen. Dat betekent dat we alle
lopende sollicitaties afsluiten, ook die van jou.

Sorry dat het zo moet lopen. Houd onze site in de gaten!

Groet,
Team Recruitment Vrieskist
""", frm="Vrieskist Recruitment <jobs@vrieskist.example>", company="Vrieskist", role="Business Analyst")

# --- more common sentences ------------------------------------------------------------------------------------
add("rejection", "Sollicitatieprocedure Adviseur Subsidies", """
Geachte mevrouw Bakker,

Na het tweede gesprek hebben wij besloten de sollicitatieprocedure met u te beëindigen. Wij danken u voor uw inzet
en de prettige gesprekken.

Met vriendelijke groet,

Hester Koning
Afdelingshoofd Financiën, Stichting Cultuurfonds Rivierenland
""", frm="Hester Koning <h.koning@cultuurfonds-rl.example>", company="Stichting Cultuurfonds Rivierenland",
    role="Adviseur Subsidies", contact="Hester Koning", email="h.koning@cultuurfonds-rl.example")

add("rejection", "Uw sollicitatie", """
Geachte heer Amrani,

Hartelijk dank voor uw sollicitatie naar de functie van Kwaliteitsmedewerker Food.

Wij hebben alle sollicitaties zorgvuldig bekeken en hebben besloten de voorkeur te geven aan andere kandidaten.

Wij wensen u veel succes bij uw verdere zoektocht.

Met vriendelijke groet,
Versland Foods
Human Resources
""", frm="Versland Foods HR <hr@verslandfoods.example>", company="Versland Foods", role="Kwaliteitsmedewerker Food",
    fmt="html")

add("rejection", "Je sollicitatie Software Tester", """
Hoi Anouk,

Dank voor je sollicitatie. Er zijn kandidaten die beter aansluiten bij de functie van Software Tester, dus we gaan
niet met je in gesprek.

Succes en groetjes,
Lars
Testlab Zeeland
""", frm="Lars Jansen <lars@testlabzeeland.example>", company="Testlab Zeeland", role="Software Tester",
    contact="Lars Jansen", email="lars@testlabzeeland.example")

add("rejection", "Shortlist Senior Adviseur", """
Beste Sven,

Dank je voor je interesse in de rol van Senior Adviseur Duurzame Mobiliteit.

Je staat helaas niet op de shortlist. We hebben vier kandidaten geselecteerd voor gesprekken.

Vriendelijke groeten,
Nele Van den Broeck
Mobiliteitsbureau Schelde
""", frm="Nele Van den Broeck <nele@mobiliteitschelde.example>", company="Mobiliteitsbureau Schelde",
    role="Senior Adviseur Duurzame Mobiliteit", contact="Nele Van den Broeck", email="nele@mobiliteitschelde.example")

add("rejection", "Jouw sollicitatie bij Kappersgroep Knip", """
Hoi Noor,

Bedankt voor je sollicitatie als Kapper (32 uur) in onze salon in Breda.

Je sollicitatie heeft helaas niet tot een volgende stap geleid. We zochten iemand met meer ervaring in kleuren.

Liefs, team Knip Breda
""", frm="Knip Breda <breda@kappersgroepknip.example>", company="Kappersgroep Knip", role="Kapper")

add("rejection", "Uw kandidatuur als Verkoopadviseur", """
Beste heer De Smet,

Wij danken u voor uw interesse in de functie van Verkoopadviseur in onze showroom te Kortrijk.

Helaas kunnen wij uw kandidatuur niet positief beantwoorden. Wij wensen u alle succes toe.

Met vriendelijke groeten,
Bart Maes
Zaakvoerder Keukens Maes
""", frm="Bart Maes <bart@keukensmaes.example>", company="Keukens Maes", role="Verkoopadviseur",
    contact="Bart Maes", email="bart@keukensmaes.example")

add("rejection", "Sollicitatie Elektricien", """
Beste Mohamed,

Bedankt voor je sollicitatie en je komst naar onze werkplaats.

Helaas moeten wij je berichten dat wij je niet kunnen aannemen als Elektricien. We hebben gekozen voor iemand met
een NEN 3140 certificaat.

Met vriendelijke groet,
Installatiebedrijf Kuiper & Zn
Rob Kuiper
""", frm="Rob Kuiper <rob@kuiperinstallatie.example>", company="Installatiebedrijf Kuiper & Zn",
    role="Elektricien", contact="Rob Kuiper", email="rob@kuiperinstallatie.example")

add("rejection", "Selectieprocedure Verpleegkundig Specialist", """
Geachte mevrouw Visser,

Het selectiecomité heeft beslist om een andere kandidaat aan te werven voor de functie van Verpleegkundig
Specialist Oncologie.

Wij danken u voor uw kandidatuur en uw interesse in AZ Sint-Rembert.

Met vriendelijke groeten,
Dienst HR AZ Sint-Rembert
""", frm="AZ Sint-Rembert <jobs@azsintrembert.example>", company="AZ Sint-Rembert",
    role="Verpleegkundig Specialist Oncologie", fmt="alt")

add("rejection", "Je sollicitatie voor Junior Recruiter", """
Hey Lotte!

Thanks voor je sollicitatie voor de rol van Junior Recruiter. We nemen je helaas niet mee in de volgende stap van
het proces. Er was veel concurrentie.

Succes met alles!
Team People @ Bolderwerk
""", frm="Bolderwerk People <people@bolderwerk.example>", company="Bolderwerk", role="Junior Recruiter")

add("rejection", "Sollicitatie Werkvoorbereider", """
Beste Daan,

Dank voor het gesprek en je interesse in de functie van Werkvoorbereider.

Wij hebben je sollicitatie beoordeeld en besloten dat je niet verder gaat in de procedure.

Met vriendelijke groet,
Joris Peters
Bedrijfsbureau Aannemersbedrijf Peters
""", frm="Joris Peters <joris@peters-aannemers.example>", company="Aannemersbedrijf Peters",
    role="Werkvoorbereider", contact="Joris Peters", email="joris@peters-aannemers.example")

add("rejection", "Sollicitatie Productontwerper", """
Beste Fatima,

Bedankt voor je inzending en de ontwerpopdracht.

Helaas ben je niet uitgekozen voor de functie van Productontwerper. We waren onder de indruk van je schetsen, maar
hebben gekozen voor een ontwerper met meer ervaring in spuitgieten.

Groet,
Evi Koster
Ontwerpstudio Lijn & Vorm
""", frm="Evi Koster <evi@lijnenvorm.example>", company="Ontwerpstudio Lijn & Vorm", role="Productontwerper",
    contact="Evi Koster", email="evi@lijnenvorm.example")

add("rejection", "Re: Gesprek Accountmanager Zakelijk", """
Hoi Bram,

We hebben er even over nagedacht en hebben besloten niet met je in zee te gaan. Niet omdat je geen goede
verkoper bent, maar de klik met het team was er nog niet helemaal.

Succes!
Peter
Zakelijke Telecom Zuid
""", frm="Peter Aalbers <peter@zakelijketelecom.example>", company="Zakelijke Telecom Zuid",
    role="Accountmanager Zakelijk", contact="Peter Aalbers", email="peter@zakelijketelecom.example",
    quote=("Op vr 18 sep. 2026 om 09:02 schreef Bram Jacobs <bramjacobs@telenet.example>:",
           "Hoi Peter,\n\nBedankt voor het gesprek gisteren! Ik hoor graag of we verder gaan.\n\nGroet, Bram"))

add("rejection", "Uw sollicitatie bij Notariskantoor Reijnders", """
Geachte mevrouw Bakker,

Wij danken u hartelijk voor uw sollicitatie voor de functie van Kandidaat-notaris.

Na zorgvuldige overweging zijn wij tot de conclusie gekomen dat andere kandidaten beter passen bij onze praktijk.
Wij gaan dan ook niet verder met uw sollicitatie.

Met vriendelijke groet,
mr. C.A. Reijnders
""", frm="Notariskantoor Reijnders <secretariaat@reijnders-notaris.example>",
    company="Notariskantoor Reijnders", role="Kandidaat-notaris", contact="C.A. Reijnders")

add("rejection", "Sollicitatie via Indeed: Vakkenvuller", """
Hoi Mohamed,

Bedankt voor je sollicitatie als Vakkenvuller bij Supermarkt Bolwerk Haarlem via Indeed.

Helaas hebben we je sollicitatie afgewezen. We zoeken op dit moment alleen mensen die ook op zaterdag kunnen.

Groet,
Bedrijfsleider Supermarkt Bolwerk Haarlem
""", frm="Supermarkt Bolwerk via Indeed <noreply@indeedemail.example>", company="Supermarkt Bolwerk",
    role="Vakkenvuller")

add("rejection", "Terugkoppeling op je sollicitatie – Scrum Master", """
Hoi Sven,

Bedankt voor je sollicitatie als Scrum Master bij Zeeuwse Data Coöperatie. We hebben je sollicitatie met interesse
gelezen.

Helaas sluit je ervaring op dit moment niet goed genoeg aan op wat we zoeken. We gaan daarom niet verder met je.

Met vriendelijke groet,
Team Zeeuwse Data Coöperatie
Powered by Recruitee
""", frm="Zeeuwse Data Coöperatie <no-reply@recruitee.zdc.example>", company="Zeeuwse Data Coöperatie",
    role="Scrum Master", fmt="html")

add("rejection", "Je sollicitatie bij Fietsfabriek Vos", """
Hallo Noor,

Bedankt voor je sollicitatie als Productiemedewerker Assemblage.

Na zorgvuldige overweging hebben wij besloten je sollicitatie niet verder te behandelen. Deze beslissing is geen
oordeel over je kwaliteiten, maar is gebaseerd op de specifieke eisen van de functie.

Met vriendelijke groet,
Je team bij Fietsfabriek Vos
""", frm="Fietsfabriek Vos <jobs@fietsfabriekvos.example>", company="Fietsfabriek Vos",
    role="Productiemedewerker Assemblage", fmt="alt")

add("rejection", "Uw sollicitatie – Adviseur Pensioenen", """
Geachte heer Smit,

Dank u voor het gesprek van 22 september. Wij hebben uw kandidatuur nogmaals zorgvuldig afgewogen tegen die van
de andere kandidaten. Wij hebben moeten besluiten u niet aan te nemen voor deze functie.

Met vriendelijke groet,
Pensioenfonds Metaal Noord
Afdeling HR
Gerda Kamphuis
""", frm="Gerda Kamphuis <g.kamphuis@pfmetaalnoord.example>", company="Pensioenfonds Metaal Noord",
    role="Adviseur Pensioenen", contact="Gerda Kamphuis", email="g.kamphuis@pfmetaalnoord.example")

add("rejection", "Update: Engineer Embedded Software", """
Dear Anouk,

Bedankt voor je sollicitatie bij Halvemaan Robotics. Helaas hebben wij besloten om verder te gaan met andere
kandidaten voor de positie van Embedded Software Engineer.

We waarderen je interesse in Halvemaan Robotics en wensen je veel succes bij je verdere carrière.

Met vriendelijke groet,
Halvemaan Robotics Talent Acquisition
""", frm="Halvemaan Robotics <no-reply@lever.halvemaan.example>", company="Halvemaan Robotics",
    role="Embedded Software Engineer", fmt="html")

add("rejection", "Sollicitatie - Medewerker Bediening", """
Hoi Lotte,

Bedankt voor je reactie op onze vacature voor de bediening. We hebben de plekken inmiddels vergeven, dus we
kunnen je helaas niet aannemen deze zomer.

Groetjes,
Strandpaviljoen Zilt
""", frm="Strandpaviljoen Zilt <info@zilt-strand.example>", company="Strandpaviljoen Zilt",
    role="Medewerker Bediening")

add("rejection", "Uw sollicitatie bij Van Houten Vastgoed", """
Geachte heer Jacobs,

Wij danken u voor uw sollicitatie naar de functie van Vastgoedbeheerder.

Wij betreuren het u te moeten meedelen dat wij hebben besloten uw sollicitatie niet in overweging te nemen
voor deze functie.

Met vriendelijke groet,
Van Houten Vastgoed
""", frm="Van Houten Vastgoed <vacatures@vanhoutenvastgoed.example>", company="Van Houten Vastgoed",
    role="Vastgoedbeheerder")

add("rejection", "Uw sollicitatie als Laborant", """
Geachte mevrouw El Idrissi,

Dank voor uw sollicitatie naar de functie van Laborant Microbiologie.

Helaas moeten wij u teleurstellen: u bent niet geselecteerd voor een gesprek.

Met vriendelijke groet,
Stichting Labnoord
""", frm="Stichting Labnoord <hr@labnoord.example>", company="Stichting Labnoord", role="Laborant Microbiologie")

add("rejection", "Jouw sollicitatie Copywriter", """
Hoi Daan,

Dank je voor je sollicitatie als Copywriter bij Bureau Vonk.

Helaas kunnen we je geen plek bieden in ons team. We zijn gegaan voor een copywriter met meer B2B-ervaring.

Groetjes,
Mirthe
Bureau Vonk
""", frm="Mirthe Hoogland <mirthe@bureauvonk.example>", company="Bureau Vonk", role="Copywriter",
    contact="Mirthe Hoogland", email="mirthe@bureauvonk.example")

# --- HTML templates where the sentence is split over tags / line wraps ----------------------------------------
add("rejection", "Je sollicitatie bij Drogisterij Vitaalplein", "", html="""<!DOCTYPE html>
<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:13px">
<tr><td style="background:#e30613;color:#fff;padding:16px"><b>Drogisterij Vitaalplein</b></td></tr>
<tr><td style="padding:24px">
<p>Beste Fatima,</p>
<p>Bedankt voor je sollicitatie als <strong>Verkoopmedewerker Drogisterij</strong> in onze winkel in Zwolle.</p>
<p>We hebben je sollicitatie zorgvuldig bekeken. Helaas hebben we <span style="font-weight:bold">besloten</span>
om<br>niet verder te gaan met je sollicitatie.</p>
<p>We wensen je veel succes!</p>
<p>Met vriendelijke groet,<br>Team Werving Drogisterij Vitaalplein</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:16px">Dit bericht is verstuurd via Workday. Je kunt niet reageren
op deze e-mail. <a href="https://werkenbij.vitaalplein.example">werkenbij.vitaalplein.example</a></td></tr>
</table></td></tr></table></body></html>
""", frm="Drogisterij Vitaalplein <vitaalplein@myworkday.example>", company="Drogisterij Vitaalplein",
    role="Verkoopmedewerker Drogisterij", url="https://werkenbij.vitaalplein.example", fmt="html")

add("rejection", "Update over je sollicitatie", "", html="""<html><body>
<div style="font-family:Helvetica">
<div>Hoi Bram,</div><div><br></div>
<div>Hartelijk dank voor je interesse in de functie <b>Monteur Elektrotechniek</b> bij Netwerk Oost.</div>
<div><br></div>
<div>Na zorgvuldige overweging hebben we besloten om andere</div>
<div>kandidaten uit te nodigen voor de volgende stap.</div>
<div><br></div>
<div>Met vriendelijke groet,</div>
<div>Recruitment Netwerk Oost</div>
</div></body></html>
""", frm="Netwerk Oost <werkenbij@netwerkoost.example>", company="Netwerk Oost", role="Monteur Elektrotechniek",
    fmt="html")

add("rejection", "Uw sollicitatie bij Brandweer Regio Kempenland", "", html="""<html><head><style>p{margin:0}</style>
</head><body>
<p>Geachte heer Amrani,</p><p>&nbsp;</p>
<p>Hartelijk dank voor uw sollicitatie naar de functie van Adviseur Risicobeheersing.</p><p>&nbsp;</p>
<p>Wij moeten u helaas mededelen dat wij</p>
<p>uw sollicitatie niet verder in behandeling nemen. Uw opleiding en werkervaring sluiten onvoldoende aan op
het functieprofiel.</p><p>&nbsp;</p>
<p>Met vriendelijke groet,</p>
<p>Ellen van Dam<br>HR-adviseur<br>Veiligheidsregio Kempenland</p>
</body></html>
""", frm="Ellen van Dam <e.vandam@vrkempenland.example>", company="Veiligheidsregio Kempenland",
    role="Adviseur Risicobeheersing", contact="Ellen van Dam", email="e.vandam@vrkempenland.example", fmt="html")

add("rejection", "Terugkoppeling sollicitatie Installatiemonteur", """
Beste Sven,

Hartelijk dank voor je sollicitatie voor de functie Installatiemonteur. We hebben je
sollicitatie met aandacht bekeken maar hebben helaas moeten besluiten om je niet
uit te nodigen voor een gesprek.

Met vriendelijke groet,
Installatiegroep Zuidwest
""", frm="Installatiegroep Zuidwest <hr@igzuidwest.example>", company="Installatiegroep Zuidwest",
    role="Installatiemonteur", fmt="alt")

# ----- rarer: curt, texting, impersonal, subject-only, legalistic, buried --------------------------------
add("rejection", "sollicitatie", """
hoi! helaas gaan we t niet doen, we kiezen voor iemand anders. succes!!

groetjes Demi
Ijssalon Bellissimo
""", frm="Demi <demi.bellissimo@mailbox.example>", company="Ijssalon Bellissimo", role=None, contact="Demi",
    email="demi.bellissimo@mailbox.example")

add("rejection", "Bijbaan afwas", """
Hey Daan, kort berichtje: het wordt helaas niks met de bijbaan in de afwas. Sorry!
Gr Mehmet
Eetcafé De Kade
""", frm="Mehmet Yilmaz <mehmet@eetcafedekade.example>", company="Eetcafé De Kade", role="afwas",
    contact="Mehmet Yilmaz", email="mehmet@eetcafedekade.example")

add("rejection", "Re: Sollicitatie magazijnmedewerker", """
Geen interesse, we hebben al iemand.

Dennis
Boer Pallets
""", frm="Dennis Boer <dennis@boerpallets.example>", company="Boer Pallets", role="magazijnmedewerker",
    contact="Dennis Boer", email="dennis@boerpallets.example",
    quote=("Op 3 okt. 2026 om 10:11 schreef Mohamed Amrani <m.amrani@post.example>:",
           "Goedemorgen,\n\nIk wil graag solliciteren als magazijnmedewerker. Mijn cv zit in de bijlage.\n\n"
           "Met vriendelijke groet,\nMohamed Amrani"))

add("rejection", "Statuswijziging sollicitatie REQ-20931 Teamleider Productie", """
Sollicitatie: REQ-20931 Teamleider Productie
Status: Niet geselecteerd
Datum: 06-10-2026

Deze sollicitatie is gesloten. Je kunt de status bekijken in je kandidaatportaal.

Kaaspakhuis Groep
""", frm="Kaaspakhuis Groep <noreply@kaaspakhuis.example>", company="Kaaspakhuis Groep",
    role="Teamleider Productie")

add("rejection", "Afwijzing: uw sollicitatie naar Beleidsmedewerker Sport (ref. 2026-114)", """
Geachte heer Smit,

In de bijlage vindt u onze brief naar aanleiding van uw sollicitatie.

Met vriendelijke groet,
Team P&O gemeente Brinkhorst
""", frm="Gemeente Brinkhorst <po@brinkhorst.example>", company="Gemeente Brinkhorst",
    role="Beleidsmedewerker Sport")

add("rejection", "Sollicitatie Kok – helaas geen vervolg", """
Hoi Fatima,

Zie onderwerp. Dank voor je tijd en veel succes!

Gr,
Ruud
Restaurant Het Veerhuis
""", frm="Ruud Sanders <ruud@hetveerhuis.example>", company="Restaurant Het Veerhuis", role="Kok",
    contact="Ruud Sanders", email="ruud@hetveerhuis.example")

add("rejection", "Besluit inzake uw sollicitatie", """
Geachte heer Jacobs,

Hierbij deel ik u mede dat, gelet op het advies van de selectiecommissie, is besloten u niet te benoemen in de
functie van Juridisch Medewerker Bezwaar en Beroep.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college.

Hoogachtend,

namens de secretaris-generaal,
mr. drs. T. Wijnberg
Directeur Bedrijfsvoering
""", frm="Ministerie van Waterbouw <p-o@waterbouw-ministerie.example>", company="Ministerie van Waterbouw",
    role="Juridisch Medewerker Bezwaar en Beroep", contact="T. Wijnberg")

add("rejection", "Uw sollicitatie (vacaturenummer 2026/078)", """
Geachte mevrouw Bakker,

Gelet op het advies van de selectiecommissie is besloten uw sollicitatie niet verder in procedure te nemen.

Met vriendelijke groet,

Afdeling Personeel, Organisatie en Informatie
Waterschap Hunzedal
""", frm="Waterschap Hunzedal <poi@hunzedal.example>", company="Waterschap Hunzedal", role=None)

add("rejection", "Nieuws van Boomkwekerij Vermeer", """
Hoi Anouk,

Wat een drukke weken bij ons! De nieuwe kas is klaar, we hebben twee nieuwe collega's in de verkoop en volgende maand
staan we op de Plantarium-beurs. Je bent van harte welkom om langs te komen.

Wat jouw sollicitatie als Kwekerijmedewerker betreft: we hebben uiteindelijk iemand anders aangenomen, die al
ervaring had met de oppotmachine.

Bedankt en hopelijk tot ziens op de beurs!

Groet,
Jan Vermeer
""", frm="Jan Vermeer <jan@vermeerboomkwekerij.example>", company="Boomkwekerij Vermeer",
    role="Kwekerijmedewerker", contact="Jan Vermeer", email="jan@vermeerboomkwekerij.example")

add("rejection", "Je sollicitatie", """
Hoi Noor,

Je bent het net niet geworden. Het was heel close tussen jou en de andere kandidaat, maar we hebben gekozen voor
iemand met meer ervaring in de horeca.

Bedankt voor je enthousiasme!

Groetjes,
Ellis
Lunchroom Het Zonnetje
""", frm="Ellis Vos <ellis@hetzonnetje.example>", company="Lunchroom Het Zonnetje", role=None, contact="Ellis Vos",
    email="ellis@hetzonnetje.example")

add("rejection", "Vacature 24-0193", """
Beste Mohamed,

We hebben besloten om je niet uit te nodigen. Dank voor je reactie.

Met vriendelijke groet,
Bert Vink
Vink Hoveniers
""", frm="Bert Vink <bert@vinkhoveniers.example>", company="Vink Hoveniers", role=None, contact="Bert Vink",
    email="bert@vinkhoveniers.example")

add("rejection", "Vacature Commis de cuisine", """
Hoi Sven,

Het is helaas een nee. We zoeken iemand die direct fulltime kan beginnen.

Succes!
Chef Ward
Brasserie De Oude Waag
""", frm="Ward Claes <ward@oudewaag.example>", company="Brasserie De Oude Waag", role="Commis de cuisine",
    contact="Ward Claes", email="ward@oudewaag.example")

add("rejection", "Sollicitatie Grafisch Vormgever", """
Hi Lotte,

Bedankt voor je portfolio. We gaan voor een ander profiel: meer motion design en minder print.

Succes!
Sam
Studio Lichtbak
""", frm="Sam Verkerk <sam@lichtbak.example>", company="Studio Lichtbak", role="Grafisch Vormgever",
    contact="Sam Verkerk", email="sam@lichtbak.example")

add("rejection", "Functie Adviseur Klantbeleving", """
Beste Daan,

Dank voor je geduld. Uiteindelijk is de keuze niet op jou gevallen. We vonden je gesprek sterk, maar een
andere kandidaat had net meer ervaring met klantreizen in de zorg.

Met vriendelijke groet,
Sophie Kramer
Zorgverzekeraar Samen
""", frm="Sophie Kramer <sophie.kramer@zvsamen.example>", company="Zorgverzekeraar Samen",
    role="Adviseur Klantbeleving", contact="Sophie Kramer", email="sophie.kramer@zvsamen.example")

add("rejection", "Sollicitatie Teamleider Finance", """
Beste Fatima,

Bedankt voor je sollicitatie voor de functie van Teamleider Finance.

Wij hebben de voorkeur gegeven aan een interne kandidaat. We wensen je veel succes in je zoektocht.

Met vriendelijke groet,
Recruitment Stadsbank Rotterdam
""", frm="Stadsbank Rotterdam <recruitment@stadsbank.example>", company="Stadsbank Rotterdam",
    role="Teamleider Finance", fmt="html")

add("rejection", "Na je proefdag", """
Hoi Bram,

Dankjewel voor je proefdag afgelopen zaterdag! Het was gezellig, maar we gaan het niet samen doen. We zoeken
iemand met iets meer ervaring achter de bar.

Groeten van het team van Café Lantaarn
""", frm="Café Lantaarn <werken@cafelantaarn.example>", company="Café Lantaarn", role=None)

add("rejection", "Je sollicitatie als Docent Nederlands", """
Beste Noor,

Hartelijk dank voor het gesprek en je proefles. Helaas heeft het deze keer niet zo mogen zijn: we hebben gekozen
voor een collega met een eerstegraads bevoegdheid.

Met vriendelijke groet,
Sandra Bosch
Afdelingsleider, Het Baken Lyceum
""", frm="Sandra Bosch <s.bosch@hetbaken.example>", company="Het Baken Lyceum", role="Docent Nederlands",
    contact="Sandra Bosch", email="s.bosch@hetbaken.example")

add("rejection", "Traineeprogramma ICT 2027", """
Beste Sven,

Bedankt voor je aanmelding voor het Traineeprogramma ICT 2027. Er is helaas geen plaats voor jou in het
programma van dit jaar.

Met vriendelijke groet,
Trainee Office Rijksdienst Digitale Zaken
""", frm="Trainee Office <trainees@rdz-overheid.example>", company="Rijksdienst Digitale Zaken",
    role="Traineeprogramma ICT 2027")

add("rejection", "Jouw kandidatuur voor Junior Data Scientist", """
Hallo Anouk,

Wij laten je graag weten dat we je kandidatuur voor de functie Junior Data Scientist niet weerhouden. Je
ervaring met machine learning in productie was te beperkt voor dit team.

Veel succes!
Wouter Jacobs
Data Lead, Vlaamse Verkeerscentrale
""", frm="Wouter Jacobs <wouter.jacobs@verkeerscentrale.example>", company="Vlaamse Verkeerscentrale",
    role="Junior Data Scientist", contact="Wouter Jacobs", email="wouter.jacobs@verkeerscentrale.example")

add("rejection", "Sollicitatie Chauffeur Personenvervoer", """
Beste heer Smit,

Op uw sollicitatie naar de functie van Chauffeur Personenvervoer moeten wij helaas negatief antwoorden.

Met vriendelijke groet,
Taxicentrale Vlietland
""", frm="Taxicentrale Vlietland <info@taxivlietland.example>", company="Taxicentrale Vlietland",
    role="Chauffeur Personenvervoer")

add("rejection", "Re: Open sollicitatie", """
Beste Lotte,

Dank voor je open sollicitatie. Ons antwoord is helaas nee: we hebben de komende maanden geen ruimte voor een
nieuwe collega.

Groet,
Hidde
Hidde Brink Fotografie
""", frm="Hidde Brink <hidde@hiddebrink.example>", company="Hidde Brink Fotografie", role=None,
    contact="Hidde Brink", email="hidde@hiddebrink.example",
    quote=("Op 12 okt. 2026 om 20:40 schreef Lotte van Dijk <lotte.vandijk@mailbox.example>:",
           "Hoi Hidde,\n\nIk ben erg fan van je werk en wil graag als assistent bij je komen werken. Is daar ruimte"
           " voor?\n\nGroetjes,\nLotte"))

add("rejection", "Uw open sollicitatie", """
Geachte heer Amrani,

Hartelijk dank voor uw open sollicitatie. Helaas kunnen wij uw open sollicitatie niet honoreren, omdat er op dit
moment geen passende vacatures binnen onze organisatie zijn.

Met vriendelijke groet,
Woonzorgcentrum Het Anker
""", frm="Woonzorgcentrum Het Anker <po@hetanker-zorg.example>", company="Woonzorgcentrum Het Anker", role=None)

add("rejection", "Vacature Adviseur Grondzaken", """
Beste Daan,

We hebben besloten de vacature opnieuw uit te zetten met een aangepast profiel. We gaan daarom niet verder met
de huidige kandidaten, en dus helaas ook niet met jou.

Met vriendelijke groet,
Evert Mol
Teamleider Vastgoed, Gemeente Westerzand
""", frm="Evert Mol <e.mol@westerzand.example>", company="Gemeente Westerzand", role="Adviseur Grondzaken",
    contact="Evert Mol", email="e.mol@westerzand.example")

add("rejection", "Re: Sollicitatie Planner", """
Hoi Fatima,

Ja, er is nieuws, maar helaas geen goed nieuws: we hebben voor een andere kandidaat gekozen.

Groeten,
Nadia Bouzid
HR, Koeltransport Maasdelta
""", frm="Nadia Bouzid <nadia@koeltransport-md.example>", company="Koeltransport Maasdelta", role="Planner",
    contact="Nadia Bouzid", email="nadia@koeltransport-md.example",
    quote=("Op ma 19 okt. 2026 om 08:55 schreef Fatima El Idrissi <f.elidrissi@mailbox.example>:",
           "Beste Nadia,\n\nIs er al nieuws over mijn sollicitatie voor de functie Planner?\n\nGroet,\nFatima"))

add("rejection", "Re: Bedankt voor het gesprek", """
Beste Bram,

Leuk om van je te horen. Ik moet je helaas laten weten dat we niet verder gaan met je sollicitatie voor
Teamcoach Wonen. We hebben gekozen voor iemand die al in de wijk werkt.

Hartelijke groet,
Ans de Wit
Stichting Buurtkracht
""", frm="Ans de Wit <ans.dewit@buurtkracht.example>", company="Stichting Buurtkracht", role="Teamcoach Wonen",
    contact="Ans de Wit", email="ans.dewit@buurtkracht.example",
    quote=("Op 20 okt. 2026 om 17:30 schreef Bram Jacobs <bramjacobs@telenet.example>:",
           "Beste Ans,\n\nBedankt voor het fijne gesprek vandaag. Ik kijk uit naar jullie besluit en eventueel een"
           " tweede gesprek.\n\nGroet,\nBram"))

add("rejection", "Re: Uitnodiging tweede gesprek Business Controller", """
Beste Noor,

Excuses voor de late reactie. Na het tweede gesprek hebben wij toch besloten om de procedure met een andere
kandidaat af te ronden.

Met vriendelijke groet,
Caroline Smeets
HR Manager Meubelfabriek Eikenhout
""", frm="Caroline Smeets <c.smeets@eikenhout.example>", company="Meubelfabriek Eikenhout",
    role="Business Controller", contact="Caroline Smeets", email="c.smeets@eikenhout.example",
    quote=("Op 1 okt. 2026 om 11:00 schreef Caroline Smeets <c.smeets@eikenhout.example>:",
           "Beste Noor,\n\nGraag nodigen wij je uit voor een tweede gesprek op dinsdag 6 oktober om 14.00 uur.\n"
           "Wij kijken ernaar uit je te spreken.\n\nMet vriendelijke groet,\nCaroline Smeets"))

add("rejection", "Sollicitatie Teamleider Horeca", """
Hoi Lisa,

Ik heb beide gesprekken nog eens doorgenomen. We nemen Mohamed Amrani niet aan als Teamleider Horeca; we gaan
voor de interne kandidaat. Wil jij hem dat laten weten?

Frank
""", frm="Lisa Brouwer <lisa.brouwer@parkhotelzeist.example>", company="Parkhotel Zeist", role="Teamleider Horeca",
    contact="Lisa Brouwer", email="lisa.brouwer@parkhotelzeist.example",
    fwd=("Hoi Mohamed,\n\nZie hieronder het besluit van de manager. Sorry, ik had het je graag anders verteld.\n\n"
         "Groet,\nLisa (HR)",
         "Van: Frank Meijer <f.meijer@parkhotelzeist.example>\nDatum: do 22 okt. 2026 15:12\n"
         "Onderwerp: Kandidaat Amrani\nAan: Lisa Brouwer <lisa.brouwer@parkhotelzeist.example>"))

add("rejection", "Proefdag Verkoper", """
Hoi Sven,

Bedankt voor je inzet tijdens de proefdag. Helaas is de proefdag niet goed genoeg verlopen om je aan te nemen
als verkoper.

Groetjes,
Fietsenwinkel Tweewieler
""", frm="Tweewieler <info@tweewieler.example>", company="Tweewieler", role="verkoper")

add("rejection", "Sollicitatie Kassamedewerker", """
Hoi Anouk,

De functie gaat naar iemand anders. Bedankt voor je sollicitatie en succes!

Groet,
Bouwmarkt Plankje Zuid
""", frm="Bouwmarkt Plankje <zuid@plankje.example>", company="Bouwmarkt Plankje", role="Kassamedewerker")

add("rejection", "Vacature Promovendus Hydrologie", """
Geachte heer Smit,

De sollicitatieprocedure voor de promotieplaats Hydrologie (vacature AT-26-044) is afgerond. De commissie
heeft een andere kandidaat voorgedragen voor benoeming.

Wij danken u voor uw belangstelling.

Met vriendelijke groet,
dr. M. Hofman
Faculteit Aardwetenschappen, Technische Universiteit Lagewaard
""", frm="M. Hofman <m.hofman@tu-lagewaard.example>", company="Technische Universiteit Lagewaard",
    role="Promovendus Hydrologie", contact="M. Hofman", email="m.hofman@tu-lagewaard.example")

add("rejection", "Uw sollicitatie Lector Zorginnovatie", """
Geachte mevrouw Visser,

De selectiecommissie heeft u niet voorgedragen voor benoeming tot lector Zorginnovatie.

Met vriendelijke groet,
College van Bestuur Hogeschool Oostkust
""", frm="Hogeschool Oostkust <cvb@hs-oostkust.example>", company="Hogeschool Oostkust", role="lector Zorginnovatie")

add("rejection", "Je profiel voor de functie Servicedesk Medewerker", """
Hoi Lotte,

Bedankt voor je reactie op de vacature Servicedesk Medewerker. Na beoordeling van je cv heb ik besloten je
profiel niet door te zetten naar de opdrachtgever. Je mist helaas de gevraagde ITIL-certificering.

Groet,
Tim Kok
Recruiter IT | Kok ICT Detachering
""", frm="Tim Kok <tim@kokict.example>", company="Kok ICT Detachering", role="Servicedesk Medewerker",
    contact="Tim Kok", email="tim@kokict.example")

add("rejection", "Sollicitatie Data-analist", """
Beste Daan,

Dank voor je sollicitatie als Data-analist. Voor die functie gaan we niet verder met je, maar we denken dat je
goed zou passen bij onze vacature voor Junior BI Developer. Zou je daarvoor in gesprek willen? Laat het weten!

Met vriendelijke groet,
Chantal Verhoef
Recruiter, Energiedata Noord
""", frm="Chantal Verhoef <chantal@energiedatanoord.example>", company="Energiedata Noord", role="Data-analist",
    contact="Chantal Verhoef", email="chantal@energiedatanoord.example")

add("rejection", "Jouw sollicitatie Marketeer", """
Hoi Fatima,

Je sollicitatie voor de rol van Performance Marketeer sluiten we helaas af: we hebben iemand gevonden. We denken
wel dat je goed past bij een andere rol die we binnenkort openen, Content Marketeer. Zal ik je een seintje
geven als die online staat?

Groet,
Bas
Zuiver Webshops
""", frm="Bas Kooistra <bas@zuiverwebshops.example>", company="Zuiver Webshops", role="Performance Marketeer",
    contact="Bas Kooistra", email="bas@zuiverwebshops.example")

add("rejection", "Referentie 2026-VAC-0871", """
Geachte mevrouw Bakker,

Hartelijk dank voor uw belangstelling. Wij hebben uw sollicitatie zorgvuldig beoordeeld en hebben besloten u
niet uit te nodigen voor de selectiegesprekken.

Met vriendelijke groet,
Team Recruitment
""", frm="Recruitment Hoogheemraadschap Lek <recruitment@hhslek.example>", company="Hoogheemraadschap Lek",
    role=None)

add("rejection", "Vacature Bezorger", """
hoi bram, we hebben genoeg bezorgers op dit moment dus je kan helaas niet beginnen. misschien in de zomer weer.
groet pizzeria napoli
""", frm="Pizzeria Napoli <napoli.pizza@mailbox.example>", company="Pizzeria Napoli", role="Bezorger")

add("rejection", "Uw sollicitatie", """
Geachte heer De Smet,

Wij hebben uw sollicitatie voor de functie van Magazijnverantwoordelijke goed ontvangen. Na een eerste screening
hebben wij beslist om uw kandidatuur niet verder op te volgen.

Vriendelijke groeten,
Distributie Vanneste
""", frm="Distributie Vanneste <hr@vanneste-distributie.example>", company="Distributie Vanneste",
    role="Magazijnverantwoordelijke")

add("rejection", "Sollicitatie HR Adviseur", """
Beste Noor,

Hartelijk dank voor je sollicitatie. Je motivatie sprak ons aan. We moeten je echter teleurstellen: we hebben een
kandidaat gevonden die beter past bij de functie van HR Adviseur.

Met vriendelijke groet,
Petra Stam
Manager HR, Stichting Welzijn Plus
""", frm="Petra Stam <p.stam@welzijnplus.example>", company="Stichting Welzijn Plus", role="HR Adviseur",
    contact="Petra Stam", email="p.stam@welzijnplus.example")

add("rejection", "Sollicitatie Fysiotherapeut", """
Hoi Mohamed,

Bedankt voor je sollicitatie en het gesprek. We hebben lang getwijfeld, maar we kiezen voor een fysiotherapeut met
een master manuele therapie. Daarom valt de keuze niet op jou.

Sportieve groet,
Jeroen en Marit
Fysio Aan Zee
""", frm="Jeroen de Vos <jeroen@fysioaanzee.example>", company="Fysio Aan Zee", role="Fysiotherapeut",
    contact="Jeroen de Vos", email="jeroen@fysioaanzee.example")

add("rejection", "Je sollicitatie bij Kunstmuseum Dordwijk", """
Beste Sven,

We hebben je sollicitatie voor de functie van Rondleider goed ontvangen, waarvoor dank. Jammer genoeg moeten we
je laten weten dat je sollicitatie niet is geselecteerd.

Met vriendelijke groet,
Afdeling Educatie, Kunstmuseum Dordwijk
""", frm="Kunstmuseum Dordwijk <educatie@kmdordwijk.example>", company="Kunstmuseum Dordwijk", role="Rondleider",
    fmt="alt")

add("rejection", "Uw sollicitatie bij Teuntje Zorg", """
Beste mevrouw Visser,

Dank voor het gesprek. Wij hebben besloten geen gebruik te maken van uw diensten als Helpende Plus.

Met vriendelijke groet,
Teuntje Zorg
Marjan
""", frm="Teuntje Zorg <info@teuntjezorg.example>", company="Teuntje Zorg", role="Helpende Plus", contact="Marjan")

add("rejection", "Sollicitatie Accountant", """
Beste Daan,

Naar aanleiding van je sollicitatie hebben we je cv besproken met de partners. Ze hebben besloten dat ze op dit
moment geen plek voor je hebben binnen het team Controle.

Met vriendelijke groet,
Inge Kaptein
Office Manager, Kaptein & De Lange Accountants
""", frm="Inge Kaptein <inge@kdl-accountants.example>", company="Kaptein & De Lange Accountants",
    role="Accountant", contact="Inge Kaptein", email="inge@kdl-accountants.example")

add("rejection", "Sollicitatie Onderhoudsmonteur", """
Beste Fatima,

Helaas! Je sollicitatie voor Onderhoudsmonteur is niet doorgegaan naar de gespreksronde.

Met vriendelijke groet,
Recruitment Windpark Zeedijk
""", frm="Windpark Zeedijk <werken@windparkzeedijk.example>", company="Windpark Zeedijk",
    role="Onderhoudsmonteur", fmt="html")

add("rejection", "Uw sollicitatie – Secretaris Raad van Toezicht", """
Geachte heer Amrani,

Ik bericht u namens de selectiecommissie. Na ampele overweging is de commissie tot de slotsom gekomen dat uw
kandidatuur niet zal worden meegenomen naar de volgende fase.

Met vriendelijke groet,
drs. H. Vermaat
Partner, Vermaat Executive Search
""", frm="H. Vermaat <h.vermaat@vermaat-search.example>", company="Vermaat Executive Search",
    role="Secretaris Raad van Toezicht", contact="H. Vermaat", email="h.vermaat@vermaat-search.example")

# ----------------------------------------------------------------------------------------------------------
# Hard look-alikes: same vocabulary, no decision against the reader's application.
# ----------------------------------------------------------------------------------------------------------
LK = "lookalike"

add(LK, "Ontvangstbevestiging sollicitatie Financieel Analist", """
Beste Lotte,

Bedankt voor je sollicitatie als Financieel Analist bij Rabelink Groep. We hebben je sollicitatie in goede orde
ontvangen.

We bekijken alle sollicitaties zorgvuldig. Binnen twee weken laten we je weten of je door bent naar de volgende
ronde.

Met vriendelijke groet,
Team Recruitment Rabelink Groep
""", frm="Rabelink Groep <no-reply@myworkday.rabelink.example>", fmt="alt")

add(LK, "Wij hebben je sollicitatie ontvangen", """
Beste Daan,

Dank voor je sollicitatie op de functie van Medewerker Inkoop. Wij nemen binnen drie weken contact met je op.
Heb je na drie weken niets van ons gehoord, dan is je sollicitatie helaas niet geselecteerd voor een gesprek.

Met vriendelijke groet,
HR Van Oord Transport
""", frm="HR Van Oord Transport <vacatures@vanoordtransport.example>")

add(LK, "Stand van zaken sollicitatie", """
Hoi Fatima,

Je hoort nog van ons! We zijn nog niet verder gekomen met je sollicitatie, omdat de selectie langer duurt dan
gepland. De hiring manager is twee weken op vakantie.

We verwachten je begin volgende maand meer te kunnen vertellen.

Groet,
Jesse van Rooij
Tulpwerk Software
""", frm="Jesse van Rooij <jesse@tulpwerk.example>")

add(LK, "Je sollicitatie Projectleider", """
Beste Bram,

Even een tussenbericht: we hebben nog geen besluit genomen over je sollicitatie. Er zijn nog twee gesprekken
gepland en daarna maken we de keuze.

Met vriendelijke groet,
Marloes Dekker
Hanze Energie
""", frm="Marloes Dekker <m.dekker@hanze-energie.example>")

add(LK, "Vertraging in de selectieprocedure", """
Geachte mevrouw Bakker,

Helaas duurt de selectieprocedure voor de functie van Beleidsadviseur langer dan gepland. Wij hopen u eind volgende
week uitsluitsel te kunnen geven. Onze excuses voor het wachten.

Met vriendelijke groet,
Gemeente Veldhoven-Noord
""", frm="Gemeente Veldhoven-Noord <werkenbij@veldhoven-noord.example>", fmt="html")

add(LK, "Ontbrekende VOG bij je sollicitatie", """
Beste Sven,

Bedankt voor je sollicitatie als Pedagogisch Medewerker. Zonder geldige VOG kunnen wij je sollicitatie niet in
behandeling nemen. Wil je die binnen tien dagen uploaden in je kandidaatportaal?

Met vriendelijke groet,
Bloei Kinderopvang
""", frm="Bloei Kinderopvang <werving@bloeikinderopvang.example>")

add(LK, "Diploma nodig", """
Hoi Anouk,

Als we je diploma niet voor vrijdag ontvangen, kunnen we helaas niet verder met je sollicitatie. Stuur je het even
door? Dan plannen we daarna het gesprek in.

Groet,
Linda Bos
Bouwbedrijf Hazelaar
""", frm="Linda Bos <l.bos@hazelaarbouw.example>")

add(LK, "Bevestiging sollicitatie Verpleegkundige", """
Geachte mevrouw El Idrissi,

Wij hebben uw sollicitatie ontvangen. Mocht u niet worden uitgenodigd voor een gesprek, dan bewaren wij uw gegevens
met uw toestemming een jaar in ons bestand.

Met vriendelijke groet,
Sint Lucas Ziekenhuis
""", frm="Sint Lucas Ziekenhuis <werkenbij@sintlucas.example>", fmt="alt")

add(LK, "Uitnodiging sollicitatiegesprek", """
Beste Mohamed,

Bedankt voor je sollicitatie als Servicemonteur. Graag nodigen we je uit voor een gesprek op woensdag 16 september
om 10.00 uur op ons kantoor in Deventer.

Laat je weten of dat past?

Met vriendelijke groet,
Gert-Jan Wolters
Klimaattechniek Oost
""", frm="Gert-Jan Wolters <gj.wolters@klimaatoost.example>")

add(LK, "Uitnodiging online assessment", """
Beste Noor,

Gefeliciteerd, je bent door naar de volgende fase van de selectieprocedure voor het Traineeship Finance! De
volgende stap is een online assessment. Je ontvangt de link binnen 24 uur.

Met vriendelijke groet,
Recruitment Team, Noorder Bank
""", frm="Noorder Bank Careers <careers@noorderbank.example>", fmt="html")

add(LK, "Gesprek donderdag verzetten", """
Hoi Lotte,

Helaas moet ik ons gesprek van donderdag verzetten, ik ben ziek. Kan je ook maandag om 11.00 uur?

Sorry voor het ongemak!
Femke Schouten
Appelflap Digital
""", frm="Femke Schouten <femke@appelflap.example>")

add(LK, "Aanbod: Head of Finance", """
Beste Anouk,

Na de laatste ronde hebben we besloten je een aanbod te doen! In de bijlage vind je het arbeidsvoorwaardenvoorstel.
We zijn heel blij en hopen dat je ja zegt.

Hartelijke groet,
Maarten Hoekstra
Zonnepark Partners
""", frm="Maarten Hoekstra <maarten@zonneparkpartners.example>")

add(LK, "Tweede ronde!", """
Hoi Daan,

Goed nieuws: je bent door naar de tweede ronde voor de functie Customer Success Manager. We plannen het gesprek
graag volgende week.

Groet,
Julia Verbruggen
Kaasbox
""", frm="Julia Verbruggen <julia@kaasbox.example>")

add(LK, "Je sollicitatie", """
Beste Fatima,

Na zorgvuldige overweging hebben we besloten je uit te nodigen voor een tweede gesprek. De andere kandidaten
hebben we inmiddels laten weten dat we niet verder met hen gaan.

Met vriendelijke groet,
Caroline Smeets
Meubelfabriek Eikenhout
""", frm="Caroline Smeets <c.smeets@eikenhout.example>")

add(LK, "Kandidaat afgewezen: Teamleider Productie", """
Hallo Bram,

Kandidaat P. de Wit is afgewezen voor de vacature Teamleider Productie (REQ-20931). De kandidaat heeft een
automatische afwijzingsmail ontvangen.

Je bent deze melding ontvangen omdat je hiring manager bent voor deze vacature.

Kaaspakhuis Groep - Recruitment
""", frm="Kaaspakhuis Groep <noreply@kaaspakhuis.example>")

add(LK, "Afwijzingen versturen", """
Hoi Noor,

Kun jij vandaag de afwijzingsmails sturen naar de kandidaten die niet door zijn naar de tweede ronde? De
template staat in Teams. Bij de drie kandidaten op de shortlist bellen we zelf.

Dank!
Esther
""", frm="Esther Mulder <e.mulder@bloeikinderopvang.example>")

add(LK, "Loopbaanvraag van de week", """
Lezersvraag van de week

"Ik kreeg vorige week te horen: 'Helaas moeten wij je mededelen dat we niet verder gaan met je sollicitatie.'
Ik was zo teleurgesteld. Wat doe ik nu?" - Kim (29)

Loopbaancoach Henk antwoordt: een afwijzing is nooit leuk. Vraag altijd om feedback en bedank de werkgever
voor de kans. Kijk daarna kritisch naar je cv.

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld bij Carrièrekompas.
""", frm="Carrièrekompas <nieuwsbrief@carrierekompas.example>", fmt="alt")

add(LK, "5 manieren om te reageren op een afwijzing", """
Hoi Sven,

Iedere werkzoekende kent ze: mails als "Na zorgvuldige overweging hebben wij besloten andere kandidaten uit te
nodigen" of "Je profiel sluit onvoldoende aan bij de functie". In dit blog lees je hoe je er sterker uitkomt.

1. Vraag om feedback.
2. Blijf netwerken.
3. Solliciteer door.

Veel leesplezier,
Team Vacaturewijzer
""", frm="Vacaturewijzer <blog@vacaturewijzer.example>", fmt="html")

add(LK, "Uw hypotheekaanvraag", """
Geachte heer Amrani,

Wij hebben uw aanvraag voor een hypotheek beoordeeld. Helaas moeten wij u mededelen dat uw aanvraag is afgewezen,
omdat uw inkomen uit uw huidige baan onvoldoende is voor het gevraagde bedrag.

Met vriendelijke groet,
Hypotheekbank Noord
""", frm="Hypotheekbank Noord <service@hypotheeknoord.example>")

add(LK, "Reactie op uw inschrijving woning Kerkstraat 12", """
Beste Lotte,

Bedankt voor je reactie op de woning aan de Kerkstraat 12. Na bezichtiging hebben we de woning toegewezen aan een
andere kandidaat. We gaan dus niet verder met je inschrijving voor deze woning.

Met vriendelijke groet,
Makelaardij Het Sleutelhuis
""", frm="Het Sleutelhuis <verhuur@sleutelhuis.example>")

add(LK, "Besluit over uw manuscript", """
Beste dr. Smit,

Dank voor het indienen van uw artikel bij het Tijdschrift voor Arbeidsvraagstukken. Na beoordeling door twee
reviewers heeft de redactie besloten uw artikel niet te accepteren voor publicatie.

Met vriendelijke groet,
De redactie
""", frm="Tijdschrift voor Arbeidsvraagstukken <redactie@tva-journal.example>")

add(LK, "Besluit subsidieaanvraag Open Competitie", """
Geachte mevrouw Visser,

Uw aanvraag in de ronde Open Competitie 2026 is beoordeeld door de commissie. Helaas wordt uw aanvraag niet
gehonoreerd. De commissie heeft andere aanvragen hoger gerangschikt.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Fonds voor Wetenschappelijk Onderzoek Lagelanden
""", frm="FWOL <subsidies@fwol.example>", fmt="alt")

add(LK, "Uw aanvraag creditcard", """
Geachte heer Jacobs,

Wij hebben uw aanvraag voor een creditcard niet kunnen goedkeuren. Uw werkgever en inkomen zijn wel bij ons bekend,
maar de kredietregistratie staat een positief besluit in de weg.

Met vriendelijke groet,
Kaartservice Polderbank
""", frm="Polderbank <kaartservice@polderbank.example>")

add(LK, "Je talkvoorstel voor Devdag 2026", """
Hoi Daan,

Bedankt voor je voorstel voor een talk op Devdag 2026. We kregen 340 voorstellen voor 30 plekken. Helaas is je
voorstel niet geselecteerd. Je bent natuurlijk van harte welkom als bezoeker!

Groet,
Programmacommissie Devdag
""", frm="Devdag <programma@devdag.example>")

add(LK, "Uitslag toelating master", """
Beste Noor,

Je hebt je aangemeld voor de master Arbeids- en Organisatiepsychologie. Helaas ben je niet toegelaten tot de
opleiding, omdat je niet voldoet aan de eisen voor statistiek.

Met vriendelijke groet,
Toelatingscommissie, Universiteit van Noordhaven
""", frm="Universiteit van Noordhaven <toelating@uni-noordhaven.example>")

add(LK, "Intrekking sollicitatie", """
Beste Fatima,

Bedankt voor je bericht dat je je sollicitatie voor Data-analist intrekt omdat je elders hebt getekend. Jammer!
Conform je verzoek gaan we niet verder met je sollicitatie en verwijderen we je gegevens.

Veel succes bij je nieuwe werkgever.

Groet,
Chantal Verhoef
Energiedata Noord
""", frm="Chantal Verhoef <chantal@energiedatanoord.example>")

add(LK, "Re: Terugtrekken kandidatuur", """
Beste Sven,

Dank om ons te laten weten dat je je kandidatuur terugtrekt. We respecteren je beslissing en sluiten je dossier.

Vriendelijke groeten,
An Claes
Bouwgroep Vandamme
""", frm="An Claes <an.claes@vandamme-bouw.example>",
    quote=("Op 14 okt. 2026 om 09:12 schreef Sven De Smet <sven.desmet@skynet.example>:",
           "Beste An,\n\nIk heb besloten mijn kandidatuur voor Projectingenieur terug te trekken. Ik heb intussen"
           " een andere job aanvaard.\n\nGroeten,\nSven"))

add(LK, "Overzicht van je sollicitaties", """
Hoi Anouk,

Hier is een overzicht van je lopende sollicitaties:

- Verkoopmedewerker, Drogisterij Vitaalplein: In behandeling
- Medewerker Klantcontact, Energiek Thuis: Ontvangen
- Administratief Medewerker, Dakwerken Hofstra: Gesprek gepland

Bekijk je profiel voor meer details.

Team Werkzoeker.example
""", frm="Werkzoeker <noreply@werkzoeker.example>", fmt="html")

add(LK, "12 nieuwe vacatures voor jou", """
Hoi Mohamed,

Op basis van je zoekopdracht 'magazijn Haarlem' hebben we 12 nieuwe vacatures gevonden:

- Magazijnmedewerker, Distributiecentrum Zuidpoort (Haarlem) - 38 uur
- Orderpicker, Flexpunt (Haarlem) - via uitzendbureau
- Heftruckchauffeur, Boer Pallets - fulltime

Solliciteer direct met je profiel.

Je ontvangt deze vacaturealert omdat je die hebt ingesteld. Afmelden kan via je account.
""", frm="Vacaturebank Noord <alerts@vacaturebanknoord.example>", fmt="alt")

add(LK, "De vacature die je volgde is gesloten", """
Hoi Bram,

De vacature 'Monteur Elektrotechniek bij Netwerk Oost' die je had opgeslagen is niet meer beschikbaar: de
vacature is vervuld. Bekijk hieronder vergelijkbare vacatures bij jou in de buurt.

Team Banenradar
""", frm="Banenradar <alerts@banenradar.example>")

add(LK, "Interessante rol: Lead Developer", """
Hi Lotte,

Ik kwam je profiel tegen op LinkedIn en denk dat je perfect past bij een rol als Lead Developer bij een scale-up
in Amsterdam. Heb je deze week tijd voor een kort belletje?

Groet,
Yara Mertens
Recruiter, Talentkamer
""", frm="Yara Mertens <yara@talentkamer.example>")

add(LK, "Nieuwsbrief Werken bij Zorggroep Meander - oktober", """
Werken bij Zorggroep Meander - nieuwsbrief oktober

In deze editie: onze nieuwe afdeling revalidatie, een interview met een leerling-verpleegkundige, en 24 nieuwe
vacatures. Ben je afgewezen bij een eerdere sollicitatie? Solliciteer gerust opnieuw, onze teams groeien!

Afmelden? Klik hier.
""", frm="Zorggroep Meander <nieuwsbrief@zorggroepmeander.example>", fmt="html")

add(LK, "Je sollicitatie is nog in behandeling", """
Beste Daan,

Je vroeg of het uitblijven van een reactie betekent dat we niet verder gaan met je sollicitatie. Dat is niet zo,
integendeel: je staat nog volop in de race. We hebben alleen wat meer tijd nodig.

Met vriendelijke groet,
Eline Jansen
Drukkerij Van Gelder
""", frm="Eline Jansen <eline.jansen@vangelderdruk.example>")

add(LK, "Excuses: onterechte afwijzing", """
Beste Fatima,

Gisteren ontving je per abuis een e-mail waarin stond dat we niet verder gaan met je sollicitatie. Dat bericht was
niet voor jou bedoeld. Je sollicitatie voor Junior Consultant is nog gewoon in behandeling en we nodigen je graag
uit voor de volgende ronde.

Onze excuses voor de verwarring!

Met vriendelijke groet,
Campus Recruitment Brightlane Consulting
""", frm="Brightlane Consulting <campus@brightlane.example>", fmt="alt")

add(LK, "Ben je nog beschikbaar?", """
Hoi Noor,

We willen graag een gesprek plannen voor de functie UX Researcher. Ben je nog beschikbaar? Laat je het voor
vrijdag weten? Zo niet, dan gaan we niet verder met je sollicitatie en sluiten we je dossier.

Groet,
Femke Schouten
""", frm="Femke Schouten <femke@appelflap.example>")

add(LK, "Je verlofaanvraag", """
Hoi Sven,

Je verlofaanvraag voor 21 t/m 28 december is afgewezen, omdat er in die week al drie collega's van je team vrij
zijn. Overleg even met je leidinggevende over een andere week.

Groet,
HR Servicedesk
""", frm="HR Servicedesk <hrservice@printline.example>")

add(LK, "Declaratie afgekeurd", """
Beste Anouk,

Je declaratie van 14 september (reiskosten sollicitatiegesprek kandidaat) is afgekeurd: de bonnen ontbreken.
Wil je ze alsnog uploaden in het personeelsportaal?

Met vriendelijke groet,
Financiële Administratie
""", frm="Financiële Administratie <fa@zonneparkpartners.example>")

add(LK, "Vacature Business Controller tijdelijk on hold", """
Beste Mohamed,

Helaas moeten we de vacature van Business Controller tijdelijk on hold zetten vanwege een budgetherziening. Je
sollicitatie blijft staan; we nemen contact op zodra we de procedure hervatten.

Met vriendelijke groet,
Caroline Smeets
""", frm="Caroline Smeets <c.smeets@eikenhout.example>")

add(LK, "Procedure gepauzeerd", """
Beste Lotte,

We hebben besloten de selectieprocedure voor de functie Jurist twee weken te pauzeren. Dit heeft niets met jou te
maken: de partner die de gesprekken voert is met spoed opgenomen. We komen zo snel mogelijk bij je terug.

Met vriendelijke groet,
Joost Kramer
""", frm="Joost Kramer <kramer@vdmeulenadvocaten.example>")

add(LK, "Referentiecheck", """
Beste Daan,

Zoals besproken nemen we contact op met je twee referenties. Als dat goed is afgerond, sturen we je het
contractvoorstel.

Groet,
Milan Hendriks
Loopbaan Labs
""", frm="Milan Hendriks <milan@loopbaanlabs.example>")

add(LK, "Welkom bij Bureau Vonk!", """
Hoi Fatima,

Welkom! Je eerste werkdag is maandag 2 november. Je laptop ligt klaar en je buddy is Mirthe. We beginnen om 9.00
uur met koffie.

Tot maandag!
Team Bureau Vonk
""", frm="Bureau Vonk <hallo@bureauvonk.example>")

add(LK, "Uitslag winactie", """
Hoi Bram,

Bedankt voor je deelname aan onze winactie 'Win een dag meelopen met de chef'. Helaas ben je niet geselecteerd als
winnaar. Volgende maand is er weer een nieuwe actie!

Team Brasserie De Oude Waag
""", frm="De Oude Waag <acties@oudewaag.example>")

add(LK, "Selectie eerste elftal", """
Hoi Sven,

Na de trainingen van deze maand heeft de trainer besloten je niet te selecteren voor het eerste elftal. Je speelt
dit seizoen in het tweede.

Sportieve groet,
Bestuur VV De Zwaluwen
""", frm="VV De Zwaluwen <bestuur@vvdezwaluwen.example>")

add(LK, "Gunning aanbesteding schoonmaakdiensten", """
Geachte heer Amrani,

Wij delen u mede dat uw inschrijving voor de aanbesteding Schoonmaakdiensten 2027 niet als economisch meest
voordelige inschrijving is beoordeeld. Wij zijn voornemens de opdracht te gunnen aan een andere inschrijver.

Met vriendelijke groet,
Inkoop gemeente Rietveen
""", frm="Inkoop Rietveen <inkoop@rietveen.example>", fmt="alt")

add(LK, "Nieuwe uitnodiging", """
Beste Noor,

We hebben je vanochtend gemist bij het gesprek voor de functie Receptioniste. Misschien is er iets tussengekomen?
Wil je een nieuwe afspraak inplannen via de link?

Met vriendelijke groet,
Hotel Duinzicht
""", frm="Hotel Duinzicht <frontoffice@hotelduinzicht.example>")

add(LK, "Feedback opdrachtgever", """
Hoi Lotte,

Goed nieuws! De opdrachtgever wil je graag spreken voor de functie van Controller. Ze stellen dinsdag of woensdag
voor. Wat past jou?

Groet,
Stijn Bosman
Vlinder Werving & Selectie
""", frm="Stijn Bosman <stijn.bosman@vlinderws.example>")

add(LK, "Nog geen nieuws van de klant", """
Hoi Fatima,

Ik heb nog geen terugkoppeling van de klant over de functie van Orderpicker. Zodra ik iets weet, bel ik je. Ze
hebben nog geen keuze gemaakt.

Groetjes,
Jolien, Flexpunt
""", frm="Flexpunt Tilburg <tilburg@flexpunt.example>")

add(LK, "Je sollicitatie is nog niet compleet", """
Hoi Daan,

Je sollicitatie voor Copywriter is nog niet compleet: we missen je motivatiebrief. Zonder motivatie kunnen we je
niet meenemen in de selectie. Upload hem voor zondag via de link in je account.

Groet,
Bureau Vonk
""", frm="Bureau Vonk <jobs@bureauvonk.example>")

add(LK, "Bedankt voor je aanbeveling", """
Hoi Bram,

Bedankt dat je Lisa hebt aanbevolen voor de functie van Planner! Helaas hebben we besloten niet met haar verder te
gaan, maar we waarderen je referral enorm. Je aanbrengpremie geldt natuurlijk voor een volgende kandidaat.

Groet,
Nadia Bouzid
HR, Koeltransport Maasdelta
""", frm="Nadia Bouzid <nadia@koeltransport-md.example>")

add(LK, "Hoe was je sollicitatie bij ons?", """
Beste Anouk,

Je hebt onlangs gesolliciteerd bij Hollandia Verzekeringen. Of je nu bent aangenomen of niet, we horen graag hoe
je onze sollicitatieprocedure hebt ervaren. Het invullen van de enquête duurt vijf minuten.

Met vriendelijke groet,
Recruitment Hollandia Verzekeringen
""", frm="Hollandia Verzekeringen <enquete@hollandia.example>", fmt="html")

add(LK, "Aanvraag scholingsbudget", """
Beste Mohamed,

Je aanvraag om de opleiding Projectmanagement via je scholingsbudget te volgen is afgewezen, omdat de opleiding
niet aansluit bij je functie. Bespreek andere opties met je leidinggevende.

Met vriendelijke groet,
HR Opleidingen
""", frm="HR Opleidingen <opleidingen@pfmetaalnoord.example>")

add(LK, "Je aanmelding als vrijwilliger bij het festival", """
Hoi Lotte,

Leuk dat je je hebt aangemeld als vrijwilliger voor het Zomerfestival! Alle plekken bij de bar zijn helaas al
vergeven, maar we hebben nog plek bij de kaartcontrole. Interesse?

Groetjes,
Vrijwilligerscoördinatie Zomerfestival
""", frm="Zomerfestival <vrijwilligers@zomerfestival.example>")

add(LK, "Kandidaten Office Manager", """
Hoi Sven,

De klant heeft de drie kandidaten voor Office Manager gesproken. Twee van hen gaan niet verder; Mirjam gaat door
naar de tweede ronde. Kun jij de andere twee vandaag bellen?

Groet,
Yara
""", frm="Yara Mertens <yara@talentkamer.example>")

add(LK, "Voorlopige uitslag", """
Beste mevrouw Visser,

De selectiecommissie heeft nog geen besluit genomen. Wij verwachten u in week 44 te informeren of u wordt
uitgenodigd voor de tweede ronde.

Met vriendelijke groet,
Gemeente Rietveen
""", frm="Gemeente Rietveen <po@rietveen.example>")

add(LK, "Je sollicitatie bij Tulpwerk Software", """
Hi Daan,

Nogmaals bedankt voor je sollicitatie. We zijn er nog niet uit: er zijn meerdere sterke kandidaten en we willen
zorgvuldig kiezen. We zijn helaas nog niet verder met je sollicitatie dan de eerste ronde, maar je hoort uiterlijk
vrijdag van ons.

Groet,
Jesse
""", frm="Jesse van Rooij <jesse@tulpwerk.example>")

add(LK, "Wijziging locatie gesprek", """
Beste Fatima,

Helaas kunnen we het gesprek niet op ons kantoor in Utrecht houden vanwege een verbouwing. We ontvangen je in
plaats daarvan in ons pand in Nieuwegein, zelfde tijd.

Met vriendelijke groet,
Sanne Kuipers
Studio Kroes
""", frm="Sanne Kuipers <sanne@studiokroes.example>")

add(LK, "Contractvoorstel", """
Beste Noor,

Wat fijn dat je bij ons komt werken als Pedagogisch Medewerker! In de bijlage vind je het contractvoorstel. De
andere kandidaten hebben we afgewezen, dus de plek is van jou.

Hartelijke groet,
Esther Mulder
""", frm="Esther Mulder <e.mulder@bloeikinderopvang.example>")

add(LK, "Re: Afwijzing sollicitatie?", """
Hoi Bram,

Nee hoor, je bent niet afgewezen! Het automatische bericht ging over een andere vacature waarop je ooit reageerde.
Voor deze functie sta je nog gewoon in de procedure.

Groet,
Sandra Meijer
""", frm="Sandra Meijer <s.meijer@dczuidpoort.example>",
    quote=("Op 2 nov. 2026 om 19:03 schreef Bram Jacobs <bramjacobs@telenet.example>:",
           "Hoi Sandra,\n\nIk kreeg vandaag een afwijzing, klopt dat? Ik dacht dat we volgende week een gesprek"
           " hadden.\n\nGroet,\nBram"))

add(LK, "Wat te doen na 'helaas'?", """
Webinar: Van afwijzing naar aanname

Vaak staat er in een afwijzing iets als "uw profiel sluit helaas niet aan bij de functie-eisen". Wat betekent dat
eigenlijk? In dit gratis webinar leer je afwijzingen lezen en gebruiken.

Aanmelden via de link. Tot dan!
Werkplein Regio Zuid
""", frm="Werkplein Regio Zuid <webinars@werkpleinzuid.example>", fmt="alt")

add(LK, "Planning sollicitatiegesprekken", """
Hoi Anouk,

Voor de vacature Medewerker Klantcontact hebben we vier kandidaten uitgenodigd. De overige sollicitanten heb ik
vanochtend een afwijzing gestuurd. Kun jij dinsdag aanschuiven bij de gesprekken?

Groet,
Team HR Energiek Thuis
""", frm="Energiek Thuis HR <hr@energiekthuis.example>")

# ----------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words.
# ----------------------------------------------------------------------------------------------------------
OR = "ordinary"

add(OR, "Je loonstrook van oktober staat klaar", """
Beste medewerker,

Je loonstrook van oktober staat klaar in het personeelsportaal. Let op: dit is de maand van de uitbetaling van je
vakantiedagen die je niet hebt opgenomen.

Salarisadministratie
""", frm="Salarisadministratie <salaris@hanze-energie.example>")

add(OR, "Planning jaargesprekken", """
Hoi allemaal,

De jaargesprekken staan gepland in week 47 en 48. Vul vooraf het formulier in over je functie, je ontwikkeling
en je doelen voor volgend jaar.

Groet,
Marloes
""", frm="Marloes Dekker <m.dekker@hanze-energie.example>")

add(OR, "Even voorstellen: onze nieuwe collega", """
Hoi team,

Vanaf maandag versterkt Jesse ons team als Medior Java Developer. Hij komt van een bank en heeft veel ervaring met
Kotlin. Heet hem welkom!

Groet,
Sanne
""", frm="Sanne Kuipers <sanne@studiokroes.example>")

add(OR, "Teamuitje 14 november", """
Hoi allemaal,

Het teamuitje is op vrijdag 14 november. We gaan suppen en daarna eten bij De Kade. Geef je dieetwensen door
vóór vrijdag.

Groetjes,
Roos
""", frm="Roos Verhoeven <roos@goudenboon.example>", fmt="html")

add(OR, "Ken jij een goede planner?", """
Hoi Lotte,

We hebben een vacature voor een Planner op de afdeling Transport. Ken jij iemand die past? Bij een aanname
ontvang je een aanbrengpremie van 500 euro.

Groet,
Nadia
""", frm="Nadia Bouzid <nadia@koeltransport-md.example>")

add(OR, "Sollicitatiegesprekken volgende week", """
Hoi Daan,

Wil jij volgende week dinsdag aanschuiven bij de sollicitatiegesprekken voor de vacature Data Engineer? Ik stuur
je de cv's van de drie kandidaten vooraf.

Dank!
Kim
""", frm="Kim de Graaf <kim@pixelpier.example>")

add(OR, "Wijziging pensioenregeling 2027", """
Beste deelnemer,

Per 1 januari 2027 verandert je pensioenregeling. Je werkgever en het pensioenfonds hebben afspraken gemaakt over
de overgang naar het nieuwe stelsel. Lees de brochure in de bijlage.

Met vriendelijke groet,
Pensioenfonds Metaal Noord
""", frm="Pensioenfonds Metaal Noord <info@pfmetaalnoord.example>", fmt="alt")

add(OR, "Nieuwe laptop ophalen", """
Hoi Sven,

Je nieuwe laptop staat klaar bij de IT-balie op de 2e verdieping. Neem je oude laptop mee, dan zetten we je
bestanden over.

Groet,
IT Servicedesk
""", frm="IT Servicedesk <it@printline.example>")

add(OR, "Verlof goedgekeurd", """
Hoi Anouk,

Je verlofaanvraag voor 2 t/m 6 november is goedgekeurd. Fijne vakantie!

HR Servicedesk
""", frm="HR Servicedesk <hrservice@zonneparkpartners.example>")

add(OR, "Je onboardingbuddy", """
Hoi Mohamed,

Welkom bij de afdeling! Je onboardingbuddy is Femke. Zij laat je de eerste weken alles zien en helpt je met vragen
over je functie.

Groet,
Team HR
""", frm="Team HR <hr@appelflap.example>")

add(OR, "Training Effectief Feedback Geven", """
Beste collega's,

Op 19 november is er een training Effectief Feedback Geven voor alle leidinggevenden die sollicitatiegesprekken
voeren. Aanmelden via het leerplatform.

Met vriendelijke groet,
Afdeling Opleidingen
""", frm="Opleidingen <opleidingen@veldhoven-noord.example>", fmt="html")

add(OR, "Nieuws over de cao", """
Beste medewerkers,

De onderhandelingen over de nieuwe cao zijn afgerond. De salarissen stijgen per 1 januari met 3,5%. Ook komen er
extra afspraken over thuiswerken.

De directie
""", frm="Directie Wielink <directie@wielink.example>")

add(OR, "Verhuizing kantoor", """
Hoi allemaal,

Vanaf 1 december werken we vanuit ons nieuwe kantoor aan de Havenkade 8. Pak je spullen in de verhuisdozen die
vrijdag worden uitgedeeld.

Groet,
Facilitaire Dienst
""", frm="Facilitair <facilitair@kaasbox.example>")

add(OR, "Update reorganisatie", """
Beste collega's,

Zoals aangekondigd wordt de afdeling Klantenservice opnieuw ingericht. Niemand verliest zijn baan; wel veranderen
enkele functies. Je leidinggevende bespreekt dit de komende weken met je.

Met vriendelijke groet,
Directie Energiek Thuis
""", frm="Directie Energiek Thuis <directie@energiekthuis.example>", fmt="alt")

add(OR, "Interne vacature: Teamleider Planning", """
Beste collega's,

Er is een interne vacature voor Teamleider Planning. Solliciteren kan tot 20 november via het intranet. De
gesprekken vinden plaats in week 49.

Met vriendelijke groet,
Recruitment Postma Transport
""", frm="Recruitment Postma <recruitment@postmatransport.example>")

add(OR, "Ziekmelding", """
Hoi Petra,

Ik meld me vandaag ziek, ik heb koorts. De gesprekken met de kandidaten van vanmiddag moeten we verzetten; wil
jij ze bellen?

Groet,
Noor
""", frm="Noor Bakker <noor.bakker@post.example>")

add(OR, "Rooster december", """
Hoi allemaal,

Het rooster voor december staat online. Ruilen kan tot 1 december via de app. Let op: op kerstavond zijn we om
16.00 uur dicht.

Groetjes,
Ilse
""", frm="Ilse Meijer <ilse@lindeboomapotheek.example>")

add(OR, "Uitnodiging eindejaarsfeest", """
Beste collega's,

Graag nodigen wij jullie uit voor het eindejaarsfeest op 18 december in De Oude Waag. Partners zijn welkom.

Met vriendelijke groeten,
Personeelsvereniging
""", frm="Personeelsvereniging <pv@vandamme-bouw.example>", fmt="html")

add(OR, "Bedankt voor de aanbeveling op LinkedIn", """
Hoi Bram,

Dank je wel voor je aanbeveling op LinkedIn! Dat helpt enorm nu ik op zoek ben naar een nieuwe baan. Zullen we
binnenkort koffie drinken?

Groet,
Jesse
""", frm="Jesse van Rooij <jesse.vr@mailbox.example>")

add(OR, "Voorbereiding functioneringsgesprek", """
Hoi Fatima,

Ons functioneringsgesprek staat voor donderdag. Wil je vooraf nadenken over wat goed ging dit jaar en waar je
je verder in wilt ontwikkelen?

Groet,
Chantal
""", frm="Chantal Verhoef <chantal@energiedatanoord.example>")


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
    kinds = {}
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
