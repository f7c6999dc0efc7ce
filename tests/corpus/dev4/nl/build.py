# ruff: noqa: E501  (the material is whole paragraphs, one per line)
"""Build the dev4/nl labelled corpus: 100 Dutch/Flemish messages (rejections, hard look-alikes, ordinary mail).

Usage: ``python build.py`` writes ``messages/NNNN.eml`` and ``labels.jsonl`` (deterministic);
``python build.py --check`` parses every file back and checks the labels 1:1.

All people, companies and domains are invented (``.example`` / ``.test``); ATS vendor names are real.
The mailbox owner is Sanne Vermeulen <sanne.vermeulen@postvak.example>.
"""

from __future__ import annotations

import html
import json
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
OWNER = "Sanne Vermeulen <sanne.vermeulen@postvak.example>"
MESSAGES: list[dict] = []

LEGAL = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. "
    "Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de afzender hiervan op de hoogte te "
    "stellen en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend. "
    "Ingeschreven bij de Kamer van Koophandel onder nummer 00000000."
)


def add(kind: str, rejection: bool, sender: str, subject: str, body: str, *, fmt: str = "plain",
        company: str | None = None, role: str | None = None, contact_name: str | None = None,
        contact_email: str | None = None, careers_url: str | None = None, wrap: int = 0,
        footer: str = "", brand: str = "", reply_to: str | None = None) -> None:
    """fmt: plain | qp | b64 | latin1 | cp1252 | html | alt | htmlb64."""
    MESSAGES.append(dict(kind=kind, rejection=rejection, sender=sender, subject=subject, body=body, fmt=fmt,
                         company=company, role=role, contact_name=contact_name, contact_email=contact_email,
                         careers_url=careers_url, wrap=wrap, footer=footer, brand=brand, reply_to=reply_to))


def wrapped(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def to_html(text: str, brand: str, footer: str) -> str:
    paras = [p for p in text.strip().split("\n\n")]
    parts = []
    for p in paras:
        esc = html.escape(p).replace("\n", "<br>\n")
        for word in esc.split():
            if word.startswith("https://"):
                url = word.rstrip(".,)")
                esc = esc.replace(url, f'<a href="{url}">{url}</a>', 1)
        parts.append(f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px">{esc}</p>')
    head = (f'<tr><td style="background:#1d3557;color:#fff;padding:16px;font-size:18px">{html.escape(brand)}</td></tr>'
            if brand else "")
    foot = (f'<tr><td style="color:#888;font-size:11px;padding:16px">{html.escape(footer)}</td></tr>'
            if footer else "")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bericht</title>"
            "<style>p{line-height:1.4}</style></head><body>"
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
            f'{head}<tr><td style="padding:24px">{"".join(parts)}</td></tr>{foot}</table></body></html>')


def build_one(i: int, m: dict) -> bytes:
    msg = EmailMessage()
    msg["From"] = m["sender"]
    msg["To"] = OWNER
    msg["Subject"] = m["subject"]
    when = datetime(2026, 9, 1, 8, 30, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=7 * i + (i * 37) % 11)
    msg["Date"] = format_datetime(when)
    domain = m["sender"].rsplit("@", 1)[-1].rstrip(">")
    msg["Message-ID"] = f"<dev4nl.{i:04d}@{domain}>"
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    text = m["body"].strip("\n") + "\n"
    if m["wrap"]:
        text = wrapped(text, m["wrap"])
    if m["footer"] and m["fmt"] not in ("html", "alt", "htmlb64"):
        text += "\n--\n" + m["footer"] + "\n"
    fmt = m["fmt"]
    if fmt == "plain":
        msg.set_content(text)
    elif fmt == "qp":
        msg.set_content(text, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(text, cte="base64")
    elif fmt == "latin1":
        msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "cp1252":
        msg.set_content(text, charset="windows-1252", cte="quoted-printable")
    elif fmt == "html":
        msg.set_content(to_html(text, m["brand"], m["footer"]), subtype="html", cte="quoted-printable")
    elif fmt == "htmlb64":
        msg.set_content(to_html(text, m["brand"], m["footer"]), subtype="html", cte="base64")
    elif fmt == "alt":
        plain = text + ("\n--\n" + m["footer"] + "\n" if m["footer"] else "")
        msg.set_content(plain, cte="quoted-printable")
        msg.add_alternative(to_html(text, m["brand"], m["footer"]), subtype="html", cte="quoted-printable")
        msg.set_boundary(f"=_dev4nl_{i:04d}_alt")  # a fixed boundary keeps the build deterministic
    else:
        raise ValueError(fmt)
    return bytes(msg)


def label(i: int, m: dict) -> dict:
    rej = m["rejection"]
    return {"file": f"{i:04d}.eml", "is_rejection": rej,
            "company": m["company"] if rej else None, "role": m["role"] if rej else None,
            "contact_name": m["contact_name"] if rej else None,
            "contact_email": m["contact_email"] if rej else None,
            "careers_url": m["careers_url"] if rej else None, "lang": "nl", "kind": m["kind"]}


def order() -> list[dict]:
    """Interleave the three groups deterministically so a file's number says nothing about its label."""
    groups = [[m for m in MESSAGES if m["kind"].startswith(p)] for p in ("rejection", "lookalike", "ordinary")]
    out, idx = [], [0, 0, 0]
    pattern = [0, 1, 0, 2, 1, 0, 1, 0, 2, 0]
    k = 0
    while any(idx[g] < len(groups[g]) for g in range(3)):
        g = pattern[k % len(pattern)]
        k += 1
        if idx[g] < len(groups[g]):
            out.append(groups[g][idx[g]])
            idx[g] += 1
    return out


def body_text(msg) -> str:
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def check() -> int:
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (HERE / "messages").glob("*.eml"))
    errors = []
    if files != [lab["file"] for lab in labels]:
        errors.append("labels and messages/*.eml do not match 1:1")
    if len({lab["file"] for lab in labels}) != len(labels):
        errors.append("duplicate file in labels")
    for lab in labels:
        path = HERE / "messages" / lab["file"]
        if not path.exists():
            continue
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        text = body_text(msg)
        whole = (str(msg["From"]) + "\n" + str(msg["Subject"]) + "\n" + html.unescape(text)).lower()
        if not text.strip() or not msg["Subject"]:
            errors.append(f"{lab['file']}: empty")
        if lab["lang"] != "nl" or not isinstance(lab["is_rejection"], bool):
            errors.append(f"{lab['file']}: bad label")
        for field in ("company", "contact_email", "careers_url", "contact_name"):
            value = lab[field]
            if value and value.lower() not in " ".join(whole.split()):
                errors.append(f"{lab['file']}: {field} {value!r} not in message")
        if lab["is_rejection"] and not lab["company"]:
            errors.append(f"{lab['file']}: rejection without company")
    n = len(labels)
    kinds = {k: sum(1 for lab in labels if lab["kind"].startswith(k)) for k in ("rejection", "lookalike", "ordinary")}
    print(f"{n} messages, {kinds}, {len(errors)} problems")
    for e in errors:
        print("  ", e)
    return 1 if errors or n != 100 else 0


# ---------------------------------------------------------------------------------------------------------------
# True rejections (45). Every decision sentence uses a different construction.
# ---------------------------------------------------------------------------------------------------------------

add("rejection/ats-workday-html", True, "Nordvaart Logistiek <nordvaart@myworkday.example>",
    "Uw sollicitatie bij Nordvaart Logistiek - Supply Chain Analist (R-20417)", """\
Beste Sanne,

Hartelijk dank voor je interesse in Nordvaart Logistiek en voor de tijd die je hebt genomen om te solliciteren op de functie Supply Chain Analist (R-20417).

We hebben een groot aantal sterke reacties ontvangen. Na zorgvuldige beoordeling is besloten je kandidatuur niet verder mee te nemen in de selectieprocedure.

We wensen je veel succes bij je verdere zoektocht en nodigen je van harte uit om een kijkje te blijven nemen op https://werkenbij.nordvaart.example voor toekomstige vacatures.

Met vriendelijke groet,
Team Talent Acquisition
Nordvaart Logistiek

Dit is een automatisch gegenereerd bericht. Reageren op deze e-mail is niet mogelijk.
Privacyverklaring: https://www.nordvaart.example/privacy | Afmelden: https://nordvaart.myworkday.example/unsubscribe?t=8841
""", fmt="html", brand="Nordvaart Logistiek", footer=LEGAL, company="Nordvaart Logistiek",
    role="Supply Chain Analist", careers_url="https://werkenbij.nordvaart.example")

add("rejection/ats-greenhouse-after-interview", True, "Femke Bakker <femke.bakker@kwikstaart.example>",
    "Jouw sollicitatie voor Backend Developer (Go) bij Kwikstaart", """\
Hoi Sanne,

Nogmaals bedankt voor de gesprekken van afgelopen week met Joris en het platformteam. We vonden het erg leuk om je te leren kennen en je technische case zat goed in elkaar.

We hebben besloten om met een andere kandidaat verder te gaan, iemand die al een paar jaar ervaring heeft met gedistribueerde systemen op grote schaal. Dat was voor deze rol net doorslaggevend.

Mocht je feedback willen over de case, laat het me weten, dan plannen we een kort belletje in.

Alle goeds!

Femke Bakker
Talent Partner | Kwikstaart Software
femke.bakker@kwikstaart.example
""", fmt="alt", brand="Kwikstaart", footer="Sent via Greenhouse | https://www.kwikstaart.example/privacy",
    company="Kwikstaart Software", role="Backend Developer (Go)", contact_name="Femke Bakker",
    contact_email="femke.bakker@kwikstaart.example")

add("rejection/small-firm-personio-filled", True, "Bakkerij Van Gool <jobs@bakkerijvangool.jobs.personio.example>",
    "Je sollicitatie als Verkoopmedewerker (parttime)", """\
Hallo Sanne,

Leuk dat je wilde komen werken in onze winkel aan de Markt! Helaas moeten we je laten weten dat de functie van Verkoopmedewerker (parttime) inmiddels is vervuld.

We bewaren je gegevens nog vier weken, daarna worden ze automatisch verwijderd.

Hartelijke groet,
Marieke van Gool
Bakkerij Van Gool
""", company="Bakkerij Van Gool", role="Verkoopmedewerker (parttime)", contact_name="Marieke van Gool")

add("rejection/agency-relays-client", True, "Jeroen Smit <jeroen@flexwerknoord.example>",
    "Terugkoppeling Hoekstra Transport", """\
Hoi Sanne,

Ik had je beloofd deze week terug te koppelen hoe het staat met de functie Planner binnendienst bij Hoekstra Transport.

Ik heb vanochtend de hiring manager gesproken. Hoekstra heeft laten weten dat zij niet verder gaan met je kandidatuur; ze twijfelden vooral aan de ervaring met ritplanning in TMS-software.

Vervelend nieuws, dat snap ik. Ik heb wel nog twee andere opdrachtgevers in de regio die op zoek zijn naar planners. Zal ik je daarvoor voorstellen? Bel me gerust.

Groet,
Jeroen Smit
Intercedent | Flexwerk Noord
06-00000000 | jeroen@flexwerknoord.example
""", wrap=72, company="Hoekstra Transport", role="Planner binnendienst", contact_name="Jeroen Smit",
    contact_email="jeroen@flexwerknoord.example")

add("rejection/hiring-manager-informal", True, "Bram Verhoef <bram@studiolintjes.example>",
    "Re: UX designer bij Studio Lintjes", """\
Hoi Sanne,

Bedankt nog voor het leuke gesprek van vorige week en voor je portfolio, vooral het onderzoek voor de fietsapp vond ik sterk.

Ik heb er best lang over getwijfeld, maar ik ga toch voor iemand anders. Zij heeft al wat meer ervaring met klanten direct aan tafel, en dat is in zo'n klein team als het onze nu echt nodig.

Ik hou je zeker in gedachten als er later iets voorbijkomt.

Groetjes,
Bram

Op wo 14 okt. 2026 om 21:03 schreef Sanne Vermeulen <sanne.vermeulen@postvak.example>:
> Hoi Bram,
> Dank voor het fijne gesprek vandaag! Ik ben nog steeds erg enthousiast over de functie.
> Groet, Sanne
""", company="Studio Lintjes", role="UX designer", contact_name="Bram Verhoef",
    contact_email="bram@studiolintjes.example")

add("rejection/public-sector-formal-latin1", True, "Gemeente Heuvelrand <p.degraaf@heuvelrand.example>",
    "Uw sollicitatie naar de functie Beleidsmedewerker duurzaamheid (vacaturenummer 2026-114)", """\
Geachte mevrouw Vermeulen,

Op 2 september jl. ontvingen wij uw sollicitatie naar de functie van Beleidsmedewerker duurzaamheid (vacaturenummer 2026-114). Wij danken u voor de belangstelling die u daarmee voor onze organisatie heeft getoond.

De selectiecommissie heeft alle brieven zorgvuldig gelezen en vergeleken met het functieprofiel. Wij moeten u helaas mededelen dat u niet bent uitgenodigd voor een eerste gesprek. Andere kandidaten sloten naar het oordeel van de commissie beter aan bij de gevraagde ervaring met gebiedsgerichte energieprojecten.

Wij wensen u veel succes in uw verdere loopbaan. Onze actuele vacatures vindt u op https://www.werkenbijheuvelrand.example.

Met vriendelijke groet,

P. de Graaf
HR-adviseur, Gemeente Heuvelrand
p.degraaf@heuvelrand.example
""", fmt="latin1", company="Gemeente Heuvelrand", role="Beleidsmedewerker duurzaamheid",
    contact_name="P. de Graaf", contact_email="p.degraaf@heuvelrand.example",
    careers_url="https://www.werkenbijheuvelrand.example")

add("rejection/university-committee", True, "Prof. dr. H. Mulder <h.mulder@uzuidhaven.example>",
    "Vacature promovendus Computationele Linguïstiek", """\
Geachte mevrouw Vermeulen,

Namens de benoemingsadviescommissie dank ik u voor uw sollicitatie op de positie van promovendus Computationele Linguïstiek en voor het gesprek op 3 november.

De commissie heeft na ampele overweging een voorkeur uitgesproken voor andere kandidaten. Uw sollicitatie zal daarom niet verder in behandeling worden genomen.

Ik realiseer mij dat dit teleurstellend nieuws is, zeker gezien de zorg waarmee u uw onderzoeksvoorstel had uitgewerkt.

Hoogachtend,

Prof. dr. H. Mulder
Voorzitter benoemingsadviescommissie
Faculteit der Letteren, Universiteit van Zuidhaven
""", footer="Universiteit van Zuidhaven | Postbus 0000 | https://www.uzuidhaven.example",
    company="Universiteit van Zuidhaven", role="promovendus Computationele Linguïstiek",
    contact_name="H. Mulder", contact_email="h.mulder@uzuidhaven.example")

add("rejection/internship-no-place", True, "Yara El Idrissi <yara@groenlicht.example>",
    "Stage marketing voorjaar 2027", """\
Hi Sanne,

Dank je wel voor je enthousiaste motivatie voor een marketingstage bij Groenlicht Energie!

We krijgen elk semester veel meer aanmeldingen dan we stagiairs kunnen begeleiden. Voor het voorjaar hebben we helaas geen stageplek meer voor jou: alle plekken zijn inmiddels vergeven aan studenten die eerder hadden gereageerd.

Probeer het gerust nog eens voor het najaar, de nieuwe stageplekken staan vanaf maart op https://www.groenlicht.example/stages.

Zonnige groet,
Yara El Idrissi
HR & Stagecoördinator
""", company="Groenlicht Energie", role="marketingstage", contact_name="Yara El Idrissi",
    contact_email="yara@groenlicht.example", careers_url="https://www.groenlicht.example/stages")

add("rejection/apprenticeship-bbl-wrapped", True, "Henk Koster <henk@kosterinstallatie.example>",
    "BBL plek leerling monteur", """\
Beste Sanne,

Bedankt voor je bezoek aan onze werkplaats vorige week en voor het meelopen met Gijs op de bouwplaats in Kampen. Je hebt laten zien dat je handig bent en zin hebt om het vak te leren, dat hebben we gezien.

We hebben voor de BBL-plek als leerling monteur uiteindelijk gekozen voor een andere leerling, die al in het tweede jaar van de opleiding zit en daardoor sneller zelfstandig kan werken.

Ik zou je willen aanraden om bij het leerbedrijvenloket van je school te vragen naar andere installatiebedrijven, er is genoeg werk in de regio.

Met vriendelijke groet,

Henk Koster
Installatiebedrijf Koster
""", wrap=66, company="Installatiebedrijf Koster", role="leerling monteur", contact_name="Henk Koster",
    contact_email="henk@kosterinstallatie.example")

add("rejection/flemish-student-job-cp1252", True, "Ilse Claes <ilse.claes@verhelst.example>",
    "Je kandidatuur als jobstudent", """\
Beste Sanne,

Bedankt voor je kandidatuur als jobstudent in onze winkel in Roeselare voor de zomermaanden. We kregen dit jaar meer dan tweehonderd reacties, en dat had niemand van ons verwacht.

Jammer genoeg werd je kandidatuur niet weerhouden. We hebben vooral gekeken naar studenten die de volledige maanden juli én augustus beschikbaar zijn.

We wensen je nog een fijne zomer en veel succes met je studies!

Vriendelijke groeten,
Ilse Claes
HR – Verhelst Retail
""", fmt="cp1252", company="Verhelst Retail", role="jobstudent", contact_name="Ilse Claes",
    contact_email="ilse.claes@verhelst.example")

add("rejection/ats-smartrecruiters-screening", True,
    "Zorggroep De Linde <noreply@smartrecruiters.example>", "Update over je sollicitatie: Teamleider verpleging", """\
Beste Sanne Vermeulen,

Dank voor je sollicitatie op de vacature Teamleider verpleging bij Zorggroep De Linde.

Na een eerste screening van je cv hebben we vastgesteld dat je profiel onvoldoende aansluit bij de eisen die we aan deze functie stellen, met name de gevraagde BIG-registratie en leidinggevende ervaring in de ouderenzorg.

We moedigen je aan om regelmatig te kijken op https://werkenbij.zorggroepdelinde.example/vacatures. Wie weet zit er binnenkort een functie tussen die beter past.

Met vriendelijke groet,
Recruitment Zorggroep De Linde
""", fmt="alt", brand="Zorggroep De Linde",
    footer="Powered by SmartRecruiters. Je ontvangt deze e-mail omdat je hebt gesolliciteerd. Privacy: https://www.zorggroepdelinde.example/privacy",
    company="Zorggroep De Linde", role="Teamleider verpleging",
    careers_url="https://werkenbij.zorggroepdelinde.example/vacatures")

add("rejection/teamtailor-talentpool-soft", True, "Noor Hendriks <noreply@teamtailor-mail.example>",
    "Content Marketeer bij Trapkracht", """\
Hey Sanne!

Wat tof dat je wilde meebouwen aan het merk Trapkracht. We hebben je case over de lancering van de cargofiets met veel plezier gelezen.

Voor de rol van Content Marketeer gaan we het samen helaas niet doen. We hebben een kandidaat gevonden die al jaren in de fietsbranche werkt.

Omdat je aangaf dat dat goed is, bewaren we je cv in onze talentpool. Komt er een rol voorbij die bij je past, dan hoor je van ons.

Fietsgroet,
Noor Hendriks
People & Culture, Trapkracht
""", fmt="html", brand="Trapkracht", footer="Verzonden met Teamtailor · Afmelden · Privacybeleid",
    company="Trapkracht", role="Content Marketeer", contact_name="Noor Hendriks")

add("rejection/hiring-freeze", True, "Esther Brouwer <esther@brouwerzn.example>",
    "Vacature Financieel Controller", """\
Beste mevrouw Vermeulen,

Allereerst excuses dat u zo lang op een reactie heeft moeten wachten.

Door een reorganisatie binnen ons kantoor is in oktober een vacaturestop afgekondigd. De procedure voor de functie Financieel Controller wordt daarom beëindigd, en daarmee helaas ook uw sollicitatie. Wij hebben op dit moment geen zicht op wanneer de functie opnieuw wordt opengesteld.

Wij waarderen de tijd die u in de gesprekken heeft gestoken.

Met vriendelijke groet,
Esther Brouwer
Brouwer & Zn Accountants
""", company="Brouwer & Zn Accountants", role="Financieel Controller", contact_name="Esther Brouwer",
    contact_email="esther@brouwerzn.example")

add("rejection/role-cancelled-lever", True, "Tim de Boer <tim@datahaven.example>",
    "Je sollicitatie voor Data Engineer", """\
Hallo Sanne,

Een vervelende update: de vacature Data Engineer is ingetrokken, omdat het klantproject waarvoor we deze rol zochten niet doorgaat.

Dit betekent helaas dat wij jouw sollicitatie niet verder kunnen behandelen. Dat heeft dus niets met jou te maken; je gesprek met Lieke was echt positief.

Mocht de rol in het nieuwe jaar terugkomen, dan neem ik als eerste contact met je op.

Groeten,
Tim de Boer
Engineering Manager, Datahaven
""", fmt="qp", footer="Sent with Lever", company="Datahaven", role="Data Engineer", contact_name="Tim de Boer",
    contact_email="tim@datahaven.example")

add("rejection/recruitee-no-match", True, "Veldwerk Media <no-reply@recruitee-mail.example>",
    "Accountmanager - Veldwerk Media", """\
Beste Sanne,

Dank voor je sollicitatie als Accountmanager bij Veldwerk Media.

Op dit moment zien we helaas geen match tussen jouw profiel en wat deze functie vraagt. We zoeken iemand met een bestaand netwerk in de regionale media en dat kwam in je cv minder naar voren.

Nieuwe vacatures vind je altijd op https://veldwerkmedia.recruitee.example.

Groet,
Team Veldwerk
""", fmt="alt", brand="Veldwerk Media", footer="Je ontvangt dit bericht via Recruitee. Uitschrijven: https://recruitee-mail.example/u/88",
    company="Veldwerk Media", role="Accountmanager", careers_url="https://veldwerkmedia.recruitee.example")

add("rejection/nominal-formal-letter", True, "Anouk Wagenmakers <anouk.wagenmakers@wagenmakersgroep.example>",
    "Reactie op uw sollicitatie", """\
Geachte mevrouw Vermeulen,

Hartelijk dank voor uw brief en cv naar aanleiding van onze advertentie voor de functie van Medewerker Salarisadministratie.

Tot onze spijt moeten wij u een afwijzing sturen. Gezien het grote aantal reacties zijn wij niet in staat een persoonlijke toelichting te geven.

Wij danken u voor uw belangstelling voor de Wagenmakers Groep.

Met vriendelijke groet,

A. Wagenmakers
Personeelszaken
""", fmt="latin1", company="Wagenmakers Groep", role="Medewerker Salarisadministratie", contact_name="Anouk Wagenmakers",
    contact_email="anouk.wagenmakers@wagenmakersgroep.example")

add("rejection/buried-after-other-business-reply", True, "Wouter Lindeman <wouter@koekoekreclame.example>",
    "Re: nog nieuws?", """\
Hoi Sanne,

Dank voor je mail en sorry voor de late reactie, het was een chaotische week met de verhuizing naar ons nieuwe pand aan de Havenkade. De helft van de dozen staat nog in de gang.

Je vroeg ook nog naar de parkeerregeling: die is er niet meer, iedereen komt op de fiets of met de trein.

Over de copywritersfunctie zelf: we hebben de knoop doorgehakt en zijn met een andere kandidaat in zee gegaan. Hij heeft veel ervaring met radiospots, en daar hebben we komend jaar veel van op de planning.

Ik vond je proefopdracht echt grappig, dus wie weet in de toekomst.

Groet,
Wouter

Koekoek Reclame

Op ma 19 okt. 2026 om 10:12 schreef Sanne Vermeulen <sanne.vermeulen@postvak.example>:
> Hoi Wouter,
> Is er al nieuws over de vacature voor copywriter? En is er eigenlijk een parkeerregeling bij jullie?
> Groet, Sanne
""", company="Koekoek Reclame", role="copywriter", contact_name="Wouter Lindeman",
    contact_email="wouter@koekoekreclame.example")

add("rejection/agency-forward-third-person", True, "Kim Peeters <kim@talentbrug.example>",
    "Fwd: kandidaat inkoper", """\
Hoi Sanne,

Hieronder de reactie van de opdrachtgever. Helaas geen goed nieuws, het spijt me echt. Zullen we morgen even bellen om de volgende stappen door te nemen?

Kim Peeters | Talentbrug Werving & Selectie | kim@talentbrug.example

---------- Doorgestuurd bericht ---------
Van: Lars van Rijn <lars@vanrijntechniek.example>
Datum: di 20 okt. 2026 om 16:40
Onderwerp: kandidaat inkoper
Aan: Kim Peeters <kim@talentbrug.example>

Hoi Kim,

Dank voor het voorstellen van Sanne voor de functie Inkoper. We hebben haar cv met het team doorgenomen, maar we gaan haar niet uitnodigen. We zoeken toch echt iemand die al met SAP heeft gewerkt.

Groet,
Lars van Rijn
Van Rijn Techniek
""", company="Van Rijn Techniek", role="Inkoper", contact_name="Kim Peeters",
    contact_email="kim@talentbrug.example")

add("rejection/join-html-base64", True, "Bistro De Waag via JOIN <noreply@join-mail.example>",
    "Je sollicitatie als Zelfstandig werkend kok", """\
Hallo Sanne,

Bedankt voor je sollicitatie als Zelfstandig werkend kok bij Bistro De Waag. Je proefdag-aanbod vonden we erg sympathiek.

We hebben alle sollicitaties zorgvuldig bekeken en kiezen ervoor om niet met jou verder te gaan. We zoeken iemand die al in een à-la-cartekeuken met Franse basis heeft gestaan.

Veel succes met je zoektocht!

Ruud Mertens
Eigenaar Bistro De Waag
""", fmt="htmlb64", brand="JOIN", footer="Deze e-mail is verstuurd via JOIN namens Bistro De Waag.",
    company="Bistro De Waag", role="Zelfstandig werkend kok", contact_name="Ruud Mertens")

add("rejection/softgarden-no-position", True, "Mühlberg Automotive <no-reply@softgarden-mail.example>",
    "Ihre Bewerbung / Uw sollicitatie: Servicemonteur", """\
Geachte mevrouw Vermeulen,

Hartelijk dank voor uw interesse in Mühlberg Automotive Nederland en uw sollicitatie voor de functie Servicemonteur in Venlo.

Wij hebben uw documenten met aandacht bekeken. Helaas kunnen wij u op dit moment geen positie binnen ons serviceteam aanbieden.

Wij slaan uw gegevens conform de AVG zes maanden op. Actuele vacatures: https://karriere.muhlberg.example/nl

Met vriendelijke groet,
HR Mühlberg Automotive Nederland

Dit is een automatisch verzonden bericht.
""", fmt="html", brand="Mühlberg Automotive", footer="softgarden e-recruiting GmbH · Datenschutz · Impressum. " + LEGAL,
    company="Mühlberg Automotive Nederland", role="Servicemonteur", careers_url="https://karriere.muhlberg.example/nl")

add("rejection/after-assessment-impersonal", True, "Jolien Visser <jolien.visser@lagepolders.example>",
    "Uitslag assessment Adviseur waterkwaliteit", """\
Beste Sanne,

Vorige week heb je het assessment gedaan voor de functie Adviseur waterkwaliteit bij Waterschap Lage Polders. Inmiddels hebben we de rapportage van het assessmentbureau ontvangen en met de commissie besproken.

Uit de resultaten blijkt dat je profiel op een aantal kerncompetenties, met name omgevingsbewustzijn en overtuigingskracht, onvoldoende aansluit. De commissie ziet daarom geen basis om de procedure met jou voort te zetten.

Je kunt het rapport opvragen bij het assessmentbureau; ik licht het ook graag telefonisch toe.

Met vriendelijke groet,
Jolien Visser
Recruiter | Waterschap Lage Polders
""", company="Waterschap Lage Polders", role="Adviseur waterkwaliteit", contact_name="Jolien Visser",
    contact_email="jolien.visser@lagepolders.example")

add("rejection/informal-not-through", True, "Sven Dekker <sven@pixelbrouwerij.example>",
    "Update over je sollicitatie", """\
Hey Sanne,

Kort bericht want ik wil je niet langer laten wachten: je bent helaas niet door naar de laatste ronde voor de frontend developer plek. Je React-opdracht was netjes, maar de andere finalisten hadden meer ervaring met toegankelijkheid, en daar draait ons werk voor overheidsklanten om.

Mocht je willen sparren over de opdracht, ik maak graag tijd.

Cheers,
Sven
Pixelbrouwerij
""", company="Pixelbrouwerij", role="frontend developer", contact_name="Sven Dekker",
    contact_email="sven@pixelbrouwerij.example")

add("rejection/choice-not-on-you", True, "Mirjam Koops <m.koops@zonnestraal.example>",
    "Sollicitatie pedagogisch medewerker", """\
Beste Sanne,

Fijn dat je de tijd nam om bij ons op locatie De Vlinder kennis te komen maken. De kinderen vonden het ook leuk dat je meedeed met de kring!

We hebben met het team alle gesprekken besproken, en de keuze is uiteindelijk niet op jou gevallen. Dat lag niet aan je enthousiasme, maar we zochten iemand met meer ervaring op de babygroep.

Hartelijke groet,
Mirjam Koops
Locatiemanager, Stichting Kinderopvang Zonnestraal
""", company="Stichting Kinderopvang Zonnestraal", role="pedagogisch medewerker", contact_name="Mirjam Koops",
    contact_email="m.koops@zonnestraal.example")
add("rejection/flemish-formal-passive", True, "Kathleen De Smet <kathleen.desmet@vandenbroucke.example>",
    "Uw kandidatuur voor de functie van boekhouder", """\
Geachte mevrouw Vermeulen,

Wij danken u voor uw kandidatuur voor de functie van boekhouder binnen ons kantoor te Gent en voor uw aanwezigheid op het sollicitatiegesprek van 8 oktober.

Wij betreuren u te moeten meedelen dat uw kandidatuur niet in aanmerking werd genomen voor de verdere selectie. Wij hebben geopteerd voor een profiel met meer ervaring in de vennootschapsfiscaliteit.

Wij wensen u veel succes in uw verdere zoektocht. Onze openstaande jobs vindt u op https://www.vandenbroucke.example/jobs.

Met vriendelijke groeten,

Kathleen De Smet
HR Manager
Vandenbroucke & Co
""", fmt="cp1252", company="Vandenbroucke & Co", role="boekhouder", contact_name="Kathleen De Smet",
    contact_email="kathleen.desmet@vandenbroucke.example", careers_url="https://www.vandenbroucke.example/jobs")

add("rejection/conditional-politeness", True, "Hotel De Gouden Leeuw <personeelszaken@goudenleeuw.example>",
    "Uw sollicitatie als receptionist", """\
Geachte mevrouw Vermeulen,

Wij danken u hartelijk voor uw sollicitatie op de functie van receptionist in ons hotel.

Wij hadden u graag een positiever bericht gestuurd, maar wij zullen uw sollicitatie niet verder in overweging nemen. Voor deze functie is vloeiende beheersing van het Duits en het Frans een vereiste.

Met gastvrije groet,

Carla Timmerman
Afdeling Personeelszaken
Hotel De Gouden Leeuw
""", fmt="qp", company="Hotel De Gouden Leeuw", role="receptionist", contact_name="Carla Timmerman",
    contact_email="personeelszaken@goudenleeuw.example")

add("rejection/decision-before-reason", True, "Lisa Brandsma <lisa@alpenreizen.example>",
    "Reisadviseur", """\
Hoi Sanne,

We gaan niet verder met je sollicitatie voor de functie van reisadviseur. De reden is eigenlijk simpel: we zoeken voor deze rol echt iemand die vloeiend Duits spreekt, omdat de helft van onze partners in Oostenrijk en Zwitserland zit.

Verder vonden we je motivatie heel leuk om te lezen. Succes!

Groetjes,
Lisa Brandsma
Alpenreizen
""", company="Alpenreizen", role="reisadviseur", contact_name="Lisa Brandsma", contact_email="lisa@alpenreizen.example")

add("rejection/ats-status-blunt", True, "Schoonmaakbedrijf Helder <no-reply@helder-werkenbij.example>",
    "Statuswijziging sollicitatie Objectleider", """\
Beste kandidaat,

De status van je sollicitatie voor de vacature Objectleider (regio Utrecht) is gewijzigd.

Nieuwe status: afgewezen

Je sollicitatie is helaas afgewezen. Je kunt je overige sollicitaties bekijken in je kandidatenportaal.

Schoonmaakbedrijf Helder
Dit bericht is automatisch verstuurd, je kunt hier niet op reageren.
""", fmt="html", footer=LEGAL, company="Schoonmaakbedrijf Helder", role="Objectleider")

add("rejection/hiring-manager-i-hired-someone", True, "Gerrit Jan Bos <gj@groenehart-tuincentrum.example>",
    "Re: Medewerker tuinafdeling", """\
Beste Sanne,

Dank voor je aardige bedankje na het gesprek.

Ik heb uiteindelijk iemand aangenomen die de afgelopen twee seizoenen al als oproepkracht bij ons heeft gewerkt. Die kent de planten en de klanten al, en dat gaf voor mij de doorslag.

Ik wens je het beste, en wie weet zien we je nog eens in de winkel.

Gerrit Jan Bos
Tuincentrum Het Groene Hart

-----Oorspronkelijk bericht-----
Van: Sanne Vermeulen <sanne.vermeulen@postvak.example>
Verzonden: vrijdag 9 oktober 2026 17:22
Aan: Gerrit Jan Bos
Onderwerp: Medewerker tuinafdeling

Beste Gerrit Jan, bedankt voor het prettige gesprek vanmiddag over de vacature op de tuinafdeling. Ik hoor graag van u!
""", company="Tuincentrum Het Groene Hart", role="Medewerker tuinafdeling", contact_name="Gerrit Jan Bos",
    contact_email="gj@groenehart-tuincentrum.example")

add("rejection/workday-preference-multipart", True, "Pharmalink Benelux <pharmalink@myworkday.example>",
    "Regulatory Affairs Officer - update", """\
Beste Sanne,

Bedankt voor je sollicitatie voor de functie Regulatory Affairs Officer (JR-5521) bij Pharmalink Benelux.

Wij hebben besloten de voorkeur te geven aan kandidaten met een achtergrond in de farmacie en aantoonbare ervaring met registratiedossiers bij het CBG.

We danken je voor de tijd en moeite die je in je sollicitatie hebt gestoken en wensen je veel succes.

Met vriendelijke groet,
Talent Acquisition Team
Pharmalink Benelux

Bekijk andere vacatures: https://pharmalink.myworkdayjobs.example/careers
""", fmt="alt", brand="Pharmalink Benelux", footer=LEGAL + " Privacyverklaring: https://www.pharmalink.example/privacy",
    company="Pharmalink Benelux", role="Regulatory Affairs Officer",
    careers_url="https://pharmalink.myworkdayjobs.example/careers")

add("rejection/subjunctive-no-offer", True, "Annemiek Stol <annemiek@bureaukompas.example>",
    "Projectleider - onze beslissing", """\
Beste Sanne,

Je hebt al een paar weken geduld moeten hebben, en daarvoor mijn excuses. Het zou niet eerlijk zijn je nog langer in onzekerheid te laten: we zullen je geen aanbod doen voor de functie van projectleider.

We hebben veel waardering voor je ervaring in de bouw, maar voor onze adviesopdrachten in de zorg zochten we toch een ander profiel.

Ik wens je alle succes.

Hartelijke groet,
Annemiek Stol
Directeur, Bureau Kompas
""", company="Bureau Kompas", role="projectleider", contact_name="Annemiek Stol",
    contact_email="annemiek@bureaukompas.example")

add("rejection/typographic-quotes-cp1252", True, "Daan Verbeek <daan@kaasmakerij.example>",
    "Je sollicitatie bij De Kaasmakerij", """\
Hoi Sanne,

Bedankt dat je vorige week ’s ochtends vroeg al in de makerij stond voor de kennismaking, dat waarderen we!

We hebben alle gesprekken voor de vacature productiemedewerker besproken, en voor jou is het helaas dit keer een ‘nee’ geworden. We hebben de plek gegeven aan iemand die al kan werken met de kaasvaten en het pekelbad.

Hou onze site in de gaten, in het voorjaar zoeken we weer mensen.

Groeten,
Daan Verbeek
De Kaasmakerij
""", fmt="cp1252", company="De Kaasmakerij", role="productiemedewerker", contact_name="Daan Verbeek",
    contact_email="daan@kaasmakerij.example")

add("rejection/team-appointed-someone", True, "Fatima Ouali <f.ouali@buurtkracht.example>",
    "Sollicitatie buurtwerker Wijkteam Oost", """\
Beste Sanne,

Dank je wel dat je langs bent gekomen voor het gesprek over de functie buurtwerker in Wijkteam Oost.

Het team heeft na de gesprekken besloten iemand anders aan te stellen, een kandidaat die de wijk al goed kent via haar vrijwilligerswerk.

Met vriendelijke groet,
Fatima Ouali
Teamleider, Stichting Buurtkracht
""", wrap=70, company="Stichting Buurtkracht", role="buurtwerker", contact_name="Fatima Ouali",
    contact_email="f.ouali@buurtkracht.example")

add("rejection/agency-internal-candidate", True, "Rick Jansen <rick.jansen@werkwijzer.example>",
    "Schadebehandelaar bij Lindeboom Verzekeringen", """\
Hallo Sanne,

Even een update over de vacature Schadebehandelaar bij Lindeboom Verzekeringen, waarvoor ik je vorige maand heb voorgedragen.

De opdrachtgever kiest ervoor om een medewerker van de klantenservice intern te laten doorgroeien naar deze functie, waardoor de vacature voor externe kandidaten vervalt. Voor jou betekent dat helaas dat deze sollicitatie stopt.

Ik heb je cv wel in ons systeem gezet voor soortgelijke functies. Ik bel je volgende week.

Met vriendelijke groet,
Rick Jansen
Consultant Finance | Werkwijzer Uitzendbureau
""", company="Lindeboom Verzekeringen", role="Schadebehandelaar", contact_name="Rick Jansen",
    contact_email="rick.jansen@werkwijzer.example")

add("rejection/bulk-ats-qp-long-lines", True, "Bouwmarkt Klusmaat <vacatures@noreply.klusmaat.example>",
    "Je sollicitatie bij Klusmaat", """\
Beste Sanne,

Hartelijk dank voor je sollicitatie als Verkoopadviseur in onze vestiging Amersfoort. Omdat we op deze vacature erg veel reacties hebben ontvangen, hebben we een strenge selectie moeten maken op basis van ervaring in de bouwmaterialenhandel. Je sollicitatie wordt niet verder in behandeling genomen. We begrijpen dat dit een teleurstelling kan zijn en bedanken je voor de moeite die je hebt genomen.

Kijk voor alle vacatures op https://werkenbij.klusmaat.example en maak een vacaturealert aan.

Met vriendelijke groet,
Team Recruitment Klusmaat
""", fmt="qp", footer="Klusmaat B.V. · Afmelden voor e-mails: https://mail.klusmaat.example/unsub · " + LEGAL,
    company="Klusmaat", role="Verkoopadviseur", careers_url="https://werkenbij.klusmaat.example")

add("rejection/flemish-informal", True, "Jens Maes <jens.maes@drielinden.example>",
    "Sales medewerker horeca", """\
Dag Sanne,

Merci om langs te komen in de brouwerij en voor de babbel bij een glas van onze tripel.

Spijtig genoeg moeten we je laten weten dat we jouw profiel niet verder meenemen in de selectie voor de job van sales medewerker horeca. We zoeken iemand met een rijbewijs C en ervaring met leveringen aan cafés.

Nog veel succes en misschien tot op een van onze proeverijen!

Groetjes,
Jens Maes
Brouwerij De Drie Linden
""", fmt="cp1252", company="Brouwerij De Drie Linden", role="sales medewerker horeca", contact_name="Jens Maes",
    contact_email="jens.maes@drielinden.example")

add("rejection/postdoc-offered-to-other", True, "Dr. Eva Smits <e.smits@zeeonderzoek.example>",
    "Postdoc oceanografie – uitkomst", """\
Beste Sanne,

Hartelijk dank voor je presentatie en het gesprek met de commissie vorige week. Je werk over interne golven in de Noordzee werd erg gewaardeerd.

Helaas hebben we besloten de positie aan een andere kandidaat aan te bieden, wiens modelleerervaring nauwer aansluit bij het project.

Ik hoop dat we elkaar op conferenties blijven tegenkomen. Nieuwe posities plaatsen we op https://www.zeeonderzoek.example/vacatures.

Met hartelijke groet,
Eva Smits
Instituut voor Zeeonderzoek
""", company="Instituut voor Zeeonderzoek", role="Postdoc oceanografie", contact_name="Eva Smits",
    contact_email="e.smits@zeeonderzoek.example", careers_url="https://www.zeeonderzoek.example/vacatures")

add("rejection/open-application", True, "Marco Pels <marco@drukkerijpels.example>",
    "Uw open sollicitatie", """\
Geachte mevrouw Vermeulen,

Dank voor uw open sollicitatie bij Drukkerij Pels. Wij waarderen het dat u aan ons heeft gedacht.

Wij kunnen u op dit moment echter geen functie aanbieden. Het drukwerk loopt terug en we hebben de komende tijd geen ruimte om het team uit te breiden.

Met vriendelijke groet,
Marco Pels
Drukkerij Pels
""", fmt="latin1", company="Drukkerij Pels", contact_name="Marco Pels", contact_email="marco@drukkerijpels.example")

add("rejection/government-next-phase", True, "Dienst Publieke Netwerken <noreply@werving.dpn.example>",
    "Uitslag selectie vacature Jurist omgevingsrecht", """\
Geachte mevrouw Vermeulen,

U heeft gesolliciteerd op de vacature Jurist omgevingsrecht (schaal 11) bij de Dienst Publieke Netwerken. Hartelijk dank daarvoor.

De selectiecommissie heeft alle sollicitaties beoordeeld aan de hand van de functie-eisen. Helaas bent u niet geselecteerd voor de volgende fase van de procedure.

Heeft u vragen over deze beslissing, dan kunt u binnen twee weken contact opnemen met de recruiter via het nummer in de vacaturetekst.

Met vriendelijke groet,
Dienst Publieke Netwerken

Dit is een automatisch gegenereerd bericht. Reacties op dit e-mailadres worden niet gelezen.
""", fmt="html", brand="Dienst Publieke Netwerken", footer=LEGAL + " " + LEGAL,
    company="Dienst Publieke Netwerken", role="Jurist omgevingsrecht")

add("rejection/falls-short-leave-it", True, "Merel Kok <merel@loodsvijf.example>",
    "je sollicitatie eventmanager", """\
Hoi Sanne!

Leuk dat je zo snel reageerde op onze vacature. We hebben je cv en je brief met z'n drieën doorgenomen.

Eerlijk is eerlijk: je komt qua ervaring nog net iets tekort voor deze rol, want je zou vanaf dag één festivals van tienduizend bezoekers draaien. Dus we laten het voor nu hierbij.

Als we weer een assistent-rol hebben, laat ik het je weten!

Liefs,
Merel
Loods Vijf Events
""", company="Loods Vijf Events", role="eventmanager", contact_name="Merel Kok", contact_email="merel@loodsvijf.example")

add("rejection/impersonal-passive-preference", True, "S. Hermans <s.hermans@hydrotech.example>",
    "Sollicitatie Technisch Tekenaar", """\
Geachte mevrouw Vermeulen,

Naar aanleiding van uw sollicitatie en ons gesprek van 12 oktober berichten wij u als volgt.

Na overleg met de afdeling Engineering is besloten dat de voorkeur uitgaat naar een kandidaat met een afgeronde technische opleiding op hbo-niveau.

Wij danken u voor de getoonde belangstelling en wensen u succes.

Met vriendelijke groet,
S. Hermans
P&O, Hydrotech Pompen
""", company="Hydrotech Pompen", role="Technisch Tekenaar", contact_name="S. Hermans",
    contact_email="s.hermans@hydrotech.example")

add("rejection/greenhouse-final-round", True, "Iris de Vries <no-reply@us.greenhouse-mail.example>",
    "Product Manager bij Tulpwerk", """\
Hi Sanne,

Wat een proces! Dank je wel voor alle energie die je in de gesprekken en de productcase hebt gestoken.

Het was een nek-aan-nekrace tussen de laatste twee kandidaten, maar uiteindelijk hebben we de andere finalist een aanbod gedaan. Diegene heeft net wat meer ervaring met B2B-marktplaatsen.

Ik zou het leuk vinden om in contact te blijven. Zie je bij een volgende kans!

Iris de Vries
Senior Recruiter, Tulpwerk
""", fmt="alt", brand="Tulpwerk", footer="Powered by Greenhouse",
    company="Tulpwerk", role="Product Manager", contact_name="Iris de Vries")

add("rejection/very-short-colloquial", True, "Koen Willems <koen@bonenstaak.example>",
    "Re: Vacature barista", """\
Hoi Sanne, helaas, het is hem niet geworden. We hebben iemand gevonden die ook in het weekend kan. Dank voor je tijd en wie weet tot een volgende keer!

Groet, Koen
Koffiebar De Bonenstaak

Op 28 sep. 2026 om 14:02 schreef Sanne Vermeulen <sanne.vermeulen@postvak.example>:
> Hallo, ik zag jullie vacature voor een barista (20 uur) en wil graag solliciteren. Mijn cv zit in de bijlage.
> Groetjes, Sanne
""", company="Koffiebar De Bonenstaak", role="barista", contact_name="Koen Willems",
    contact_email="koen@bonenstaak.example")

add("rejection/flemish-negative-decision-nominal", True, "Nathalie Goossens <nathalie.goossens@leiebrug.example>",
    "Selectieprocedure administratief medewerker", """\
Beste Sanne,

Met deze mail bevestigen we de negatieve beslissing over je sollicitatie voor de functie van administratief medewerker bij Stad Leiebrug, zoals telefonisch al besproken.

Conform het selectiereglement ontvang je binnenkort ook je scores van de schriftelijke proef. Je kan inzage vragen in je dossier tot dertig dagen na deze mail.

Vriendelijke groeten,
Nathalie Goossens
Dienst Personeel en Organisatie, Stad Leiebrug
""", company="Stad Leiebrug", role="administratief medewerker", contact_name="Nathalie Goossens",
    contact_email="nathalie.goossens@leiebrug.example")

add("rejection/filled-internally-housing-employer", True, "Ellen Pauw <ellen.pauw@thuisvast.example>",
    "Vacature wijkconsulent", """\
Beste Sanne,

Dank voor je sollicitatie als wijkconsulent bij Woningcorporatie Thuisvast. Je hebt ons een mooie brief gestuurd over je ervaring met huurders in Zuid.

Inmiddels is de vacature intern ingevuld door een collega van de afdeling Verhuur die doorgroeit. Daarmee komt er ook voor jou een einde aan de procedure.

Dank voor je interesse en succes met je zoektocht.

Met vriendelijke groet,
Ellen Pauw
HR-adviseur Woningcorporatie Thuisvast
""", company="Woningcorporatie Thuisvast", role="wijkconsulent", contact_name="Ellen Pauw",
    contact_email="ellen.pauw@thuisvast.example")

add("rejection/job-board-relay-not-hired", True, "Werkzoeker.nl.example <berichten@werkzoeker.example>",
    "Bericht van DC Rivierenland over je sollicitatie", """\
Hallo Sanne,

Je hebt een nieuw bericht ontvangen van DC Rivierenland over je sollicitatie op de vacature Magazijnmedewerker (ploegendienst).

"Beste Sanne, voor de functie Magazijnmedewerker ben je helaas niet aangenomen. We hebben gekozen voor kandidaten met een heftruckcertificaat. Succes verder! Groet, DC Rivierenland"

Bekijk het bericht in je account of zoek verder tussen ruim 12.000 vacatures.

Werkzoeker
Je ontvangt deze mail omdat je via Werkzoeker hebt gesolliciteerd. Meldingen beheren: https://www.werkzoeker.example/instellingen
""", company="DC Rivierenland", role="Magazijnmedewerker (ploegendienst)")
# ---------------------------------------------------------------------------------------------------------------
# Hard look-alikes (35): not a rejection of one of the owner's job applications.
# ---------------------------------------------------------------------------------------------------------------

add("lookalike/received-with-conditional-silence", False, "Nordvaart Logistiek <nordvaart@myworkday.example>",
    "Bevestiging van je sollicitatie - Douanedeclarant (R-20533)", """\
Beste Sanne,

Bedankt voor je sollicitatie op de functie Douanedeclarant (R-20533). We hebben je gegevens in goede orde ontvangen.

Onze recruiters bekijken alle sollicitaties binnen tien werkdagen. Heb je na drie weken niets van ons gehoord, dan ben je helaas niet geselecteerd voor een gesprek.

Met vriendelijke groet,
Team Talent Acquisition
Nordvaart Logistiek
""", fmt="html", brand="Nordvaart Logistiek", footer=LEGAL)

add("lookalike/incomplete-application", False, "Gemeente Heuvelrand <vacatures@heuvelrand.example>",
    "Uw sollicitatie is nog niet compleet", """\
Geachte mevrouw Vermeulen,

Wij hebben uw sollicitatie op de vacature Medewerker Burgerzaken ontvangen. Uw motivatiebrief ontbreekt echter.

Zonder motivatiebrief kunnen wij uw sollicitatie helaas niet in behandeling nemen. Wilt u deze uiterlijk vrijdag 6 november via het sollicitatieportaal uploaden?

Met vriendelijke groet,
Team Werving, Gemeente Heuvelrand
""", fmt="latin1")

add("lookalike/interview-invitation", False, "Femke Bakker <femke.bakker@kwikstaart.example>",
    "Uitnodiging kennismakingsgesprek - Platform Engineer", """\
Hoi Sanne,

Leuk nieuws: we willen je graag uitnodigen voor een eerste kennismakingsgesprek voor de rol van Platform Engineer!

Zou donderdag 12 november om 14:00 uur schikken? Het gesprek is op ons kantoor in Utrecht. Helaas kunnen we geen reiskosten vergoeden voor het eerste gesprek, maar parkeren kan gratis.

Tot snel,
Femke Bakker
Talent Partner | Kwikstaart Software
""", fmt="alt", brand="Kwikstaart")

add("lookalike/assessment-invitation", False, "Waterschap Lage Polders <noreply@lagepolders.example>",
    "Volgende stap: online capaciteitentest", """\
Beste Sanne,

Je sollicitatie voor de functie Beleidsadviseur klimaatadaptatie is positief beoordeeld. De volgende stap in de procedure is een online capaciteitentest en een persoonlijkheidsvragenlijst.

Je ontvangt binnen twee werkdagen een link van ons assessmentbureau. Let op: kandidaten die de test niet binnen zeven dagen afronden, kunnen we helaas niet meenemen in de vervolgprocedure.

Met vriendelijke groet,
Recruitment Waterschap Lage Polders
""")

add("lookalike/rescheduled-interview", False, "Mirjam Koops <m.koops@zonnestraal.example>",
    "Verplaatsen gesprek donderdag", """\
Beste Sanne,

Helaas moeten we je gesprek van donderdag verplaatsen, omdat de teamleider van de peutergroep ziek is geworden. Het spijt me voor het ongemak.

Zou maandag 16 november om 10:30 uur voor jou kunnen? Dan schuift ook de pedagogisch coach aan.

Hartelijke groet,
Mirjam Koops
Stichting Kinderopvang Zonnestraal
""")

add("lookalike/offer", False, "Annemiek Stol <annemiek@bureaukompas.example>",
    "Aanbod functie adviseur", """\
Beste Sanne,

Na de gesprekken met jou en de andere kandidaten hebben we de knoop doorgehakt: we hebben gekozen voor jou! We bieden je graag de functie van adviseur aan, per 1 januari, voor 32 uur per week.

In de bijlage vind je het voorstel met de arbeidsvoorwaarden. Laat je uiterlijk volgende week weten of je akkoord gaat?

Hartelijke groet,
Annemiek Stol
Bureau Kompas
""")

add("lookalike/next-round", False, "Sven Dekker <sven@pixelbrouwerij.example>",
    "Goed nieuws: door naar ronde twee", """\
Hey Sanne,

Goed nieuws! Je bent door naar de tweede ronde voor de rol van Design Engineer. Niet iedereen heeft het gehaald, we hebben een flink aantal kandidaten moeten afwijzen, maar jij bent er nog bij.

In de tweede ronde doe je een pair-programming sessie met twee van onze developers. Kies hier een tijdslot dat je past.

Cheers,
Sven
""")

add("lookalike/job-alert", False, "Werkzoeker <alerts@werkzoeker.example>",
    "5 nieuwe vacatures die bij je passen", """\
Hallo Sanne,

Op basis van je zoekopdracht "marketing Utrecht" hebben we 5 nieuwe vacatures voor je gevonden:

- Online Marketeer – Trapkracht – Utrecht – 32-40 uur
- Marketing Coördinator – Veldwerk Media – Amersfoort
- Junior Brand Manager – De Kaasmakerij – Woerden
- Content Specialist – Tulpwerk – Utrecht
- Campagnemanager – Gemeente Heuvelrand

Helaas zijn sommige vacatures snel gesloten, dus wacht niet te lang met solliciteren!

Werkzoeker
Alerts beheren: https://www.werkzoeker.example/instellingen
""", fmt="html", brand="Werkzoeker")

add("lookalike/recruiter-outreach", False, "Thijs Mol <thijs@headhuntmol.example>",
    "Interessante rol als Product Owner?", """\
Hoi Sanne,

Ik kwam je profiel tegen en was onder de indruk van je ervaring met klantreizen. Ik werk voor een snelgroeiende scale-up in Amsterdam die een Product Owner zoekt.

Misschien is het niet het juiste moment voor je, en dan hoor ik dat ook graag. Heb je zin om volgende week vrijblijvend te bellen?

Groet,
Thijs Mol
Executive Search
""")

add("lookalike/newsletter-career-advice", False, "Carrièrekompas <nieuwsbrief@carrierekompas.example>",
    "Afgewezen? Zo ga je ermee om", """\
Carrièrekompas – nieuwsbrief november

"Helaas hebben wij gekozen voor een andere kandidaat." Het is een zin die niemand graag leest na een sollicitatie. Toch krijgt vrijwel iedereen een afwijzing in zijn loopbaan.

In dit nummer:
1. Waarom bedrijven zo vaak schrijven dat je profiel niet aansluit – en wat ze eigenlijk bedoelen.
2. Vraag altijd om feedback: zo doe je dat.
3. Column: 'Ik ben twaalf keer afgewezen en nu ben ik directeur.'

Lees verder op onze site.

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Uitschrijven kan altijd.
""", fmt="html", brand="Carrièrekompas")

add("lookalike/housing-candidate-tenant", False, "Woningnet Rivierenland <noreply@woonruimte-rivierenland.example>",
    "Uitslag reactie woning Lindelaan 12", """\
Geachte mevrouw Vermeulen,

U heeft gereageerd op de woning aan de Lindelaan 12 in Tiel. Helaas bent u niet geselecteerd als kandidaat-huurder. De woning is toegewezen aan een woningzoekende met een langere inschrijfduur.

U kunt uw positie bij andere woningen bekijken via uw account.

Met vriendelijke groet,
Woningnet Rivierenland
""", fmt="html", footer=LEGAL)

add("lookalike/mortgage-employer-statement", False, "Hypotheekdesk Zuid <advies@hypotheekdeskzuid.example>",
    "Uw hypotheekaanvraag", """\
Geachte mevrouw Vermeulen,

Wij hebben uw hypotheekaanvraag bij de geldverstrekker ingediend, samen met uw werkgeversverklaring en loonstroken.

Helaas moeten wij u mededelen dat de aanvraag is afgewezen. De geldverstrekker gaat niet akkoord omdat uw arbeidscontract voor bepaalde tijd nog geen intentieverklaring bevat.

Wij bekijken graag samen met u welke andere mogelijkheden er zijn.

Met vriendelijke groet,
R. Vink, Hypotheekadviseur
""")

add("lookalike/paper-rejected-labour-journal", False, "Tijdschrift voor Arbeidsvraagstukken <redactie@tva.example>",
    "Beslissing over uw manuscript TVA-2026-041", """\
Beste dr. Vermeulen,

Dank voor het indienen van uw manuscript "Flexibele arbeid en baanzekerheid onder jongeren" bij het Tijdschrift voor Arbeidsvraagstukken.

Op basis van de reviews heeft de redactie besloten uw artikel niet te accepteren voor publicatie. De reviewers waarderen het onderwerp, maar vinden de steekproef te klein.

Met vriendelijke groet,
Namens de redactie,
prof. dr. K. Hoving
""")

add("lookalike/grant-not-awarded", False, "Onderzoeksfonds Noord <subsidies@onderzoeksfondsnoord.example>",
    "Besluit op uw subsidieaanvraag", """\
Geachte mevrouw Vermeulen,

De beoordelingscommissie heeft uw aanvraag voor de Talentbeurs (dossier 26-118) besproken. Het spijt ons u te moeten meedelen dat uw aanvraag niet is gehonoreerd. De commissie heeft gekozen voor voorstellen die hoger scoorden op maatschappelijke impact.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Onderzoeksfonds Noord
""", fmt="latin1")

add("lookalike/school-place", False, "Schoolwijzer Heuvelrand <aanmelden@schoolwijzer.example>",
    "Plaatsingsbesluit voortgezet onderwijs", """\
Geachte ouder/verzorger van Lotte Vermeulen,

Uw kind is helaas niet geplaatst op de school van uw eerste voorkeur, het Heuvelrandcollege. Door het grote aantal aanmeldingen is er geloot. Lotte is geplaatst op de school van uw tweede voorkeur.

Met vriendelijke groet,
Schoolwijzer Heuvelrand
""")

add("lookalike/order-cancelled", False, "Boekenparadijs <service@boekenparadijs.example>",
    "Je bestelling 3381-20 is geannuleerd", """\
Hoi Sanne,

Helaas kunnen we je bestelling "Solliciteren voor dummies" niet leveren; de uitgever heeft de herdruk uitgesteld. We hebben je bestelling daarom geannuleerd en het bedrag teruggestort.

Sorry voor het ongemak!
Klantenservice Boekenparadijs
""")

add("lookalike/job-fair-waitlist", False, "Banenmarkt Techniek <info@banenmarkttechniek.example>",
    "Je aanmelding voor de Banenmarkt Techniek", """\
Beste Sanne,

Dank voor je aanmelding voor de Banenmarkt Techniek op 21 november. Helaas zijn alle plaatsen voor de speeddates met werkgevers al vergeven, dus je aanmelding kunnen we op dit moment niet honoreren. Je staat op de wachtlijst.

De algemene beursvloer is wel vrij toegankelijk.

Tot dan!
Organisatie Banenmarkt Techniek
""")

add("lookalike/insurance-declined", False, "Verzekeraar De Zekerheid <polis@dezekerheid.example>",
    "Uw aanvraag arbeidsongeschiktheidsverzekering", """\
Geachte mevrouw Vermeulen,

Wij hebben uw aanvraag voor een arbeidsongeschiktheidsverzekering voor zelfstandigen beoordeeld, inclusief de gezondheidsverklaring en uw beroepsgegevens.

Helaas kunnen wij u geen verzekering aanbieden. Op basis van de medische beoordeling valt het risico buiten onze acceptatiegrenzen.

Met vriendelijke groet,
Afdeling Acceptatie, De Zekerheid
""", fmt="qp")

add("lookalike/own-withdrawal-confirmation", False, "Tulpwerk <no-reply@us.greenhouse-mail.example>",
    "Je sollicitatie is ingetrokken", """\
Hi Sanne,

Hierbij bevestigen we dat je je sollicitatie voor de functie Growth Marketeer hebt ingetrokken. Jammer dat je niet verder wilt in de procedure, maar we respecteren je keuze natuurlijk.

Mocht je in de toekomst weer interesse hebben, dan ben je van harte welkom.

Iris de Vries
Tulpwerk
""", fmt="alt", brand="Tulpwerk")

add("lookalike/owner-declined-offer", False, "Gerrit Jan Bos <gj@groenehart-tuincentrum.example>",
    "Re: aanbod", """\
Beste Sanne,

Jammer dat je ons aanbod niet aanneemt, maar ik begrijp goed dat de reisafstand voor jou te groot is. We respecteren je besluit en wensen je veel plezier bij je nieuwe werkgever.

Gerrit Jan Bos
Tuincentrum Het Groene Hart

> Beste Gerrit Jan, na lang nadenken heb ik besloten de functie toch niet aan te nemen.
""")

add("lookalike/owner-as-interviewer", False, "Hanneke Wit <hanneke.wit@ons-bedrijf.example>",
    "Kandidaat Thomas - vervolg", """\
Hoi Sanne,

Dank voor het afnemen van het gesprek met Thomas gisteren. Zoals we na afloop bespraken gaan we niet verder met hem: hij mist de ervaring met budgetverantwoordelijkheid die we voor deze functie nodig hebben.

Ik stuur hem morgen de afwijzing. Wil jij in het ATS je scorekaart nog even afronden?

Groet,
Hanneke
HR Business Partner
""")

add("lookalike/colleague-not-selected", False, "Intranet Nieuws <nieuws@ons-bedrijf.example>",
    "Benoeming teamleider Klantenservice", """\
Beste collega's,

Met plezier maken we bekend dat Ayla Demir per 1 december de nieuwe teamleider Klantenservice wordt.

Voor deze functie hadden ook twee collega's gesolliciteerd. Pieter en Mohammed zijn helaas niet geselecteerd, maar we zijn hen dankbaar voor hun inzet en blijven met hen in gesprek over hun ontwikkeling.

Feliciteer Ayla gerust!

Namens het MT
""", fmt="html", brand="Intranet")

add("lookalike/still-in-process", False, "Esther Brouwer <esther@brouwerzn.example>",
    "Stand van zaken sollicitatie", """\
Beste mevrouw Vermeulen,

Wij willen u laten weten dat u nog volop in beeld bent voor de functie van Senior Accountant. Helaas duurt de procedure langer dan gepland, omdat een van de partners op vakantie is.

Wij verwachten u eind volgende week een definitief antwoord te kunnen geven.

Met vriendelijke groet,
Esther Brouwer
""")

add("lookalike/no-decision-yet", False, "Jolien Visser <jolien.visser@lagepolders.example>",
    "Nog geen besluit", """\
Beste Sanne,

Je zult ongetwijfeld benieuwd zijn. Helaas kunnen we je nog geen definitieve beslissing geven: de tweede gesprekken met de andere kandidaten lopen nog tot en met woensdag.

Je hoort uiterlijk vrijdag van ons. Je sollicitatie is dus zeker niet afgewezen!

Groet,
Jolien
""")

add("lookalike/talentpool-signup-no-vacancy", False, "Datahaven Careers <talent@datahaven.example>",
    "Welkom in de talentpool van Datahaven", """\
Hoi Sanne,

Bedankt voor je aanmelding voor onze talentpool! Op dit moment hebben we geen vacature die bij jouw profiel past, maar zodra er een rol vrijkomt die aansluit, nemen we contact met je op.

Je kunt je gegevens altijd aanpassen of verwijderen in je profiel.

Team Datahaven
""")

add("lookalike/reference-request", False, "Ruben Smeets <ruben.smeets@logistiekplus.example>",
    "Referentie voor Lars Hoekman", """\
Beste mevrouw Vermeulen,

Lars Hoekman heeft bij ons gesolliciteerd op de functie van teamleider en heeft u opgegeven als referentie. Hij is helaas niet de enige sterke kandidaat, dus een referentie weegt zwaar mee.

Zou u deze week tien minuten tijd hebben voor een telefoongesprek over zijn functioneren?

Met vriendelijke groet,
Ruben Smeets
Logistiek Plus
""")

add("lookalike/conference-talk-rejected", False, "DevDagen <cfp@devdagen.example>",
    "Je voorstel voor DevDagen 2027", """\
Hoi Sanne,

Dank voor het insturen van je talk "Toegankelijke formulieren in de praktijk". We kregen dit jaar meer dan 400 voorstellen voor 40 plekken.

Helaas is je voorstel niet geselecteerd voor het programma. We hopen je wel als bezoeker te zien; met de code SPEAKER26 krijg je korting op je ticket.

Het programmateam
""")

add("lookalike/tender-not-awarded", False, "Inkoop Gemeente Heuvelrand <inkoop@heuvelrand.example>",
    "Gunningsbeslissing opdracht communicatieadvies", """\
Geachte mevrouw Vermeulen,

Op 1 oktober heeft u namens uw bureau een offerte ingediend voor de opdracht Communicatieadvies Omgevingswet (kenmerk INK-2026-77).

Helaas moeten wij u mededelen dat de opdracht niet aan u wordt gegund. Na beoordeling van de inschrijvingen is gekozen voor een andere partij met de economisch meest voordelige inschrijving.

De opschortende termijn bedraagt twintig kalenderdagen.

Met vriendelijke groet,
Afdeling Inkoop
""", fmt="latin1")

add("lookalike/saved-vacancy-closed", False, "Werkzoeker <alerts@werkzoeker.example>",
    "Een vacature die je bewaarde is gesloten", """\
Hallo Sanne,

De vacature Office Manager bij Bureau Kompas, die je had opgeslagen, is gesloten. Solliciteren is helaas niet meer mogelijk.

Bekijk vergelijkbare vacatures in jouw regio.

Werkzoeker
""")

add("lookalike/study-programme-not-selected", False, "Universiteit van Zuidhaven <toelating@uzuidhaven.example>",
    "Uitslag decentrale selectie Geneeskunde", """\
Beste Sanne,

Je hebt deelgenomen aan de decentrale selectie voor de bacheloropleiding Geneeskunde. Helaas ben je niet geselecteerd: je rangnummer valt buiten het aantal beschikbare plaatsen.

Je kunt volgend jaar opnieuw deelnemen aan de selectieprocedure.

Met vriendelijke groet,
Bureau Toelating
""")

add("lookalike/benefit-refused", False, "Uitkeringsinstantie <berichten@uitkering.example>",
    "Besluit over uw aanvraag WW-uitkering", """\
Geachte mevrouw Vermeulen,

U heeft een WW-uitkering aangevraagd na het einde van uw dienstverband bij uw vorige werkgever. Wij hebben uw aanvraag afgewezen, omdat u zelf ontslag heeft genomen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Afdeling Uitkeringen
""")

add("lookalike/sports-team-selection", False, "Hockeyclub De Meeuwen <trainer@demeeuwen.example>",
    "Selectie Dames 1 seizoen 2026-2027", """\
Hoi Sanne,

Dank voor je inzet tijdens de selectietrainingen. Het was een lastige keuze voor de technische staf, maar je bent helaas niet geselecteerd voor Dames 1. We zien je graag in Dames 2, waar je een belangrijke rol kunt spelen.

Sportieve groet,
Trainer Dames 1
""")

add("lookalike/salary-request-offer-stands", False, "Femke Bakker <femke.bakker@kwikstaart.example>",
    "Re: arbeidsvoorwaarden", """\
Hoi Sanne,

Dank voor je tegenvoorstel. Helaas kunnen we niet ingaan op je verzoek voor een hoger startsalaris, omdat we vastzitten aan ons salarishuis. Ons aanbod voor de functie Backend Developer blijft natuurlijk gewoon staan, en we bieden je wel een extra opleidingsbudget aan.

Laat je weten wat je besluit?

Femke
""")

add("lookalike/reopened-after-earlier-rejection", False, "Lisa Brandsma <lisa@alpenreizen.example>",
    "Toch nog een kans?", """\
Hoi Sanne,

Vorige maand lieten we je weten dat we niet verder gingen met je sollicitatie voor de functie van reisadviseur. Inmiddels is de situatie veranderd: de kandidaat die we hadden gekozen heeft zich teruggetrokken.

We willen je daarom alsnog uitnodigen voor een gesprek. Heb je nog interesse?

Groetjes,
Lisa
""")

add("lookalike/status-forwarded-to-manager", False, "Veldwerk Media <no-reply@recruitee-mail.example>",
    "Je sollicitatie is doorgestuurd", """\
Beste Sanne,

Goed nieuws: je sollicitatie voor Traffic Manager is doorgestuurd naar de hiring manager. Zij beoordeelt je cv deze week. Helaas kunnen we niet iedereen persoonlijk terugkoppelen over de tussenstand, maar je hoort binnen twee weken van ons.

Team Veldwerk
""", fmt="alt", brand="Veldwerk Media")
# ---------------------------------------------------------------------------------------------------------------
# Ordinary mail with job-ish words (20).
# ---------------------------------------------------------------------------------------------------------------

add("ordinary/payslip", False, "Salarisadministratie <salaris@ons-bedrijf.example>",
    "Je loonstrook van oktober staat klaar", """\
Beste Sanne,

Je loonstrook over oktober 2026 staat klaar in het personeelsportaal. De uitbetaling volgt op 25 oktober.

Let op: vanaf januari ontvang je je jaaropgave ook digitaal.

Salarisadministratie
""", fmt="html", brand="Personeelsportaal")

add("ordinary/team-meeting-vacancy-mention", False, "Joost Hermsen <joost.hermsen@ons-bedrijf.example>",
    "Agenda teamoverleg dinsdag", """\
Hoi allemaal,

Agenda voor dinsdag:
1. Planning Q1
2. Vacature tweede planner: we hebben nog geen geschikte kandidaat gevonden, ken je iemand, stuur dan het cv door.
3. Kerstborrel

Groet,
Joost
""")

add("ordinary/network-profile-views", False, "Netwerkly <meldingen@netwerkly.example>",
    "Je profiel is 12 keer bekeken", """\
Hallo Sanne,

Deze week hebben 12 mensen je profiel bekeken, onder wie 3 recruiters. Bekijk wie er interesse in je heeft en ontdek vacatures die bij je passen.

Netwerkly
Meldingen beheren
""", fmt="html", brand="Netwerkly")

add("ordinary/pension-statement", False, "Pensioenfonds Zorg en Welzijn <info@pensioen-zw.example>",
    "Uw Uniform Pensioenoverzicht 2026", """\
Geachte mevrouw Vermeulen,

Uw nieuwe pensioenoverzicht staat voor u klaar. Hierin ziet u hoeveel pensioen u via uw werkgever heeft opgebouwd en wat u kunt verwachten als u stopt met werken.

Met vriendelijke groet,
Pensioenfonds Zorg en Welzijn
""", fmt="latin1")

add("ordinary/application-training-confirmed", False, "Werkplein Heuvelrand <cursussen@werkplein.example>",
    "Bevestiging inschrijving workshop Sollicitatiebrief schrijven", """\
Beste Sanne,

Je bent ingeschreven voor de workshop "Sollicitatiebrief schrijven" op dinsdag 17 november van 13:00 tot 16:00 uur. Neem een vacature mee waarop je wilt solliciteren, dan oefenen we met je eigen brief.

Tot dan!
Werkplein Heuvelrand
""")

add("ordinary/company-newsletter-vacancies", False, "Interne Communicatie <nieuwsbrief@ons-bedrijf.example>",
    "Nieuwsbrief week 46", """\
In deze nieuwsbrief:

- De nieuwe kantine opent op 1 december.
- Interne vacatures: Teamleider Logistiek, Medewerker Inkoop (32 uur). Solliciteren kan tot 30 november via het intranet.
- Terugblik op de teamuitjes.

Veel leesplezier!
""", fmt="html", brand="Ons Bedrijf")

add("ordinary/leave-approved", False, "HR Portaal <noreply@hr.ons-bedrijf.example>",
    "Verlofaanvraag goedgekeurd", """\
Beste Sanne,

Je verlofaanvraag voor 21 t/m 31 december is goedgekeurd door je leidinggevende.

Fijne feestdagen alvast!
HR Portaal
""")

add("ordinary/expense-paid", False, "Financiële Administratie <finance@ons-bedrijf.example>",
    "Declaratie uitbetaald", """\
Beste Sanne,

Je declaratie van de reiskosten voor het sollicitatiegesprek dat je namens ons team hebt gevoerd in Eindhoven is goedgekeurd en wordt met de volgende salarisrun uitbetaald.

Groet,
Financiële Administratie
""")

add("ordinary/farewell-drinks", False, "Ingrid Pool <ingrid.pool@ons-bedrijf.example>",
    "Afscheidsborrel Marcel", """\
Lieve collega's,

Na 23 jaar gaat Marcel met pensioen! Op vrijdag 4 december om 16:00 uur proosten we in de kantine op zijn loopbaan. Zijn opvolger, die vorige week is aangenomen, is er ook.

Groetjes,
Ingrid
""")

add("ordinary/workday-password-reset", False, "Workday <noreply@myworkday.example>",
    "Wachtwoord opnieuw instellen", """\
Hallo,

We hebben een verzoek ontvangen om het wachtwoord van je kandidaataccount opnieuw in te stellen. Klik op de onderstaande link; deze is 24 uur geldig.

Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.

Workday
""", fmt="html", brand="Workday")

add("ordinary/performance-review", False, "Joost Hermsen <joost.hermsen@ons-bedrijf.example>",
    "Planning jaargesprek", """\
Hoi Sanne,

Zullen we je jaargesprek plannen in week 49? Neem je ontwikkelwensen mee, dan kijken we ook naar de functie van senior planner die volgend jaar openkomt.

Groet,
Joost
""")

add("ordinary/benefit-agency-reminder", False, "Werkplein Heuvelrand <berichten@werkplein.example>",
    "Herinnering: geef uw sollicitatieactiviteiten door", """\
Geachte mevrouw Vermeulen,

Vergeet u niet uw sollicitatieactiviteiten van de afgelopen vier weken door te geven via uw digitale werkmap? U moet minimaal vier sollicitaties doorgeven.

Met vriendelijke groet,
Werkplein Heuvelrand
""", fmt="latin1")

add("ordinary/friend-asks-advice", False, "Roos <roos.jacobs@postvak.example>",
    "vraagje over je oude werkgever", """\
Hé Sanne!

Ik wil solliciteren bij Kwikstaart, daar heb jij toch ook gesprekken gehad? Hoe vond je de sfeer? En weet je of ze een case geven in de tweede ronde?

Kusjes,
Roos
""")

add("ordinary/meetup-invitation", False, "HR Tech Meetup Utrecht <meetup@hrtechutrecht.example>",
    "Uitnodiging: HR Tech Meetup – AI in werving en selectie", """\
Hallo Sanne,

Op 3 december organiseren we weer een HR Tech Meetup. Thema: hoe gebruiken recruiters AI bij het screenen van kandidaten, en wat betekent dat voor sollicitanten?

Aanmelden is gratis, pizza inbegrepen.

Tot dan!
""", fmt="html", brand="HR Tech Meetup")

add("ordinary/candidate-experience-survey", False, "Pixelbrouwerij <survey@pixelbrouwerij.example>",
    "Hoe heb je onze sollicitatieprocedure ervaren?", """\
Hoi Sanne,

Je hebt onlangs bij ons gesolliciteerd. Wil je ons helpen onze procedure te verbeteren? Het invullen van de vragenlijst kost twee minuten en is anoniem.

Bedankt!
Team Pixelbrouwerij
""")

add("ordinary/agency-invoice-owner-hiring", False, "Talentbrug Werving & Selectie <facturen@talentbrug.example>",
    "Factuur 2026-318 werving en selectie", """\
Geachte mevrouw Vermeulen,

Bijgaand ontvangt u de factuur voor de plaatsing van kandidaat J. de Lange in de functie van Projectassistent bij uw afdeling. De betalingstermijn is dertig dagen.

Met vriendelijke groet,
Talentbrug Werving & Selectie
""")

add("ordinary/interviewer-calendar", False, "Agenda <agenda@ons-bedrijf.example>",
    "Uitnodiging: Sollicitatiegesprek kandidaat M. Yilmaz – do 19 nov 10:00", """\
Je bent uitgenodigd als interviewer voor het sollicitatiegesprek met kandidaat M. Yilmaz voor de functie van Planner.

Wanneer: donderdag 19 november 10:00–11:00
Waar: vergaderruimte De Brug

Accepteren | Misschien | Weigeren
""")

add("ordinary/bank-salary", False, "Bank Noord <meldingen@banknoord.example>",
    "Bijschrijving ontvangen", """\
Er is een bedrag bijgeschreven op uw rekening: salaris november van uw werkgever.

Bekijk de details in de app.
Bank Noord
""")

add("ordinary/webinar-salary-negotiation", False, "Carrièrekompas <events@carrierekompas.example>",
    "Webinar: salarisonderhandeling in 5 stappen", """\
Beste Sanne,

Heb je een jobaanbieding op zak of een sollicitatiegesprek op de planning? In ons gratis webinar leer je hoe je je salaris onderhandelt zonder de relatie met je toekomstige werkgever te schaden.

Donderdag 20:00 uur, live.
""", fmt="cp1252")

add("ordinary/onboarding-first-day", False, "Ayla Demir <ayla.demir@ons-bedrijf.example>",
    "Welkom! Informatie over je eerste werkdag", """\
Hoi Sanne,

Wat leuk dat je bij ons komt werken! Op maandag 4 januari verwachten we je om 9:00 uur bij de receptie. Je krijgt een laptop, een toegangspas en je gaat lunchen met het team.

Tot dan!
Ayla
""")


def main() -> int:
    if "--check" in sys.argv:
        return check()
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(order(), 1):
        (out / f"{i:04d}.eml").write_bytes(build_one(i, m))
        rows.append(json.dumps(label(i, m), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} messages")
    return check()


if __name__ == "__main__":
    sys.exit(main())
