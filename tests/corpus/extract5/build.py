"""Build the extract5 corpus: 180 true rejection mails written by a new author.

Deterministic: `python build.py` rewrites messages/ and labels.jsonl;
`python build.py --check` parses every message back and verifies that each
non-null label value occurs in the decoded mail (headers + text/HTML bodies).

Each language has a handful of templates (ATS relays, founders, agencies,
public bodies, HTML newsletters, one-line notes, long mails with the decision
buried) and data tables; message i of a language uses template i mod n and
the i-th company/role/person, so each template meets several data rows.
All people, companies and domains are invented.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"
OWNER = ("Robin Vale", "robin.vale@mailbox.example")

# (charset, content-transfer-encoding) cycled per message
ENCODINGS = [
    ("utf-8", "quoted-printable"),
    ("utf-8", "base64"),
    ("utf-8", "8bit"),
    ("iso-8859-1", "quoted-printable"),
    ("windows-1252", "8bit"),
    ("utf-8", "quoted-printable"),
]


# ---------------------------------------------------------------- data
# company: (name as written, domain, careers path or None, legal suffix)
EN_COMPANIES = [
    ("Lantern Works", "lanternworks.example", "/careers", "Ltd"),
    ("Harbor", "harborhq.example", "/jobs", "Inc."),
    ("Studio 42", "studio42.example", "/join-us", ""),
    ("4Sight Labs", "4sightlabs.example", "/careers/open-roles", "LLC"),
    ("Quillfeather Insurance", "quillfeather.example", "/careers", "plc"),
    ("Brightloom Analytics", "brightloom.example", None, "Inc."),
    ("Northwind Freight", "northwindfreight.example", "/work-with-us", ""),
    ("Cobalt & Rye", "cobaltrye.example", "/careers", "LLP"),
    ("Meridian Health Partners", "meridianhp.example", "/jobs", ""),
    ("Pinecrest", "pinecrest.example", None, "Corp."),
    ("Tessellate", "tessellate.example", "/careers", "Ltd"),
    ("Orbitra Systems", "orbitra.example", "/careers", "Inc."),
    ("Fernhill Bank", "fernhillbank.example", "/careers", "plc"),
    ("Kiteline", "kiteline.example", "/jobs", ""),
    ("Granite Peak Software", "granitepeak.example", "/careers", "Inc."),
    ("Bluewater Robotics", "bluewater-robotics.example", None, ""),
    ("Signal & Stone", "signalstone.example", "/careers", ""),
    ("Amberfield Foods", "amberfield.example", "/careers", "Ltd"),
    ("Lumen Nine", "lumennine.example", "/jobs", ""),
    ("Oakridge Logistics", "oakridge-log.example", "/careers", "LLC"),
    ("Vantage Point Media", "vantagepoint.example", None, ""),
    ("Copperleaf", "copperleaf.example", "/careers", "Inc."),
    ("Redwood Clinical", "redwoodclinical.example", "/careers", ""),
    ("Sparrow", "sparrowapp.example", "/jobs", ""),
    ("Halcyon Energy", "halcyon-energy.example", "/careers", "Ltd"),
]
EN_ROLES = [
    "Senior Backend Engineer",
    "Product Designer",
    "Data Analyst, Payments",
    "Customer Success Manager (EMEA)",
    "Junior Frontend Developer",
    "Head of Finance",
    "Site Reliability Engineer II",
    "Marketing Coordinator",
    "Staff Software Engineer - Platform",
    "Technical Writer",
    "Operations Associate",
    "Clinical Research Coordinator",
    "Machine Learning Engineer",
    "Account Executive, Mid-Market",
    "UX Researcher",
    "Warehouse Shift Supervisor",
    "Graduate Software Developer",
    "Senior Product Manager, Growth",
    "Legal Counsel",
    "QA Engineer / Test Automation",
    "Sales Development Representative",
    "Principal Data Scientist",
    "People Partner",
    "iOS Developer",
    "Project Manager",
]
EN_PEOPLE = [
    ("Maya Okafor", "maya"), ("Daniel Reyes", "daniel.reyes"), ("Priya Nair", "p.nair"),
    ("Owen Fitzgerald", "owen"), ("Hannah Cole", "hannah.cole"), ("Luis Navarro", "lnavarro"),
    ("Grace Whitfield", "grace.w"), ("Tobias Lind", "tobias"), ("Aisha Bello", "aisha.bello"),
    ("Connor Walsh", "cwalsh"), ("Yuki Tanaka", "yuki.tanaka"), ("Fiona Marsh", "fiona"),
]
EN_AGENCIES = [("Tom Hale", "tom.hale", "Peak Talent Partners", "peaktalent.example"),
               ("Sara Lindqvist", "sara", "Bridgeway Recruitment", "bridgeway-rec.example"),
               ("Jamal Price", "jamal.price", "Kestrel Search", "kestrelsearch.example")]
EN_INSTITUTIONS = [("University of Eastmoor", "eastmoor.ac.example", "/jobs"),
                   ("Westbrook City Council", "westbrook.gov.example", "/careers"),
                   ("National Archive of Corrinth", "archive-corrinth.example", "/vacancies")]

DE_COMPANIES = [
    ("Falkenried Logistik", "falkenried-logistik.example", "/karriere", "GmbH"),
    ("Nordwind", "nordwind.example", "/jobs", "AG"),
    ("Bergmann & Söhne", "bergmann-soehne.example", "/karriere", "KG"),
    ("Zahnrad Digital", "zahnrad.example", "/karriere", "GmbH"),
    ("Lichtblick Solar", "lichtblick-solar.example", None, "GmbH"),
    ("Brücke", "bruecke-app.example", "/jobs", "GmbH"),
    ("Weißdorn Versicherung", "weissdorn.example", "/karriere", "AG"),
    ("Hafenblick Medien", "hafenblick.example", "/jobs", ""),
    ("Kranich Software", "kranich-software.example", "/karriere", "GmbH"),
    ("Sieben Linden Pflege", "siebenlinden.example", None, "gGmbH"),
    ("Tannhaus Bau", "tannhaus-bau.example", "/karriere", "GmbH & Co. KG"),
    ("Quelle 3", "quelle3.example", "/jobs", "GmbH"),
    ("Rheinfels Energie", "rheinfels-energie.example", "/karriere", "AG"),
    ("Mühlental Foods", "muehlental.example", "/karriere", "GmbH"),
    ("Sternwarte Labs", "sternwarte-labs.example", "/jobs", "GmbH"),
]
DE_ROLES = [
    "Softwareentwickler (m/w/d)",
    "Sachbearbeiterin Buchhaltung",
    "Werkstudent Marketing (w/m/d)",
    "Projektleiter Hochbau (m/w/d)",
    "Senior Data Engineer (all genders)",
    "Personalreferent/in",
    "Vertriebsmitarbeiter Innendienst (m/w/d)",
    "Pflegefachkraft (m/w/d) Intensivstation",
    "Teamleitung Kundenservice",
    "Junior Controller (m/w/d)",
    "Elektroniker für Betriebstechnik",
    "Produktmanagerin Mobile Apps",
    "IT-Systemadministrator (m/w/d)",
    "Lagerlogistiker (m/w/d)",
    "UX Designer (m/w/d)",
]
DE_PEOPLE = [("Jana Hoffmann", "j.hoffmann"), ("Markus Brandt", "markus.brandt"),
             ("Leonie Wagner", "leonie"), ("Stefan Krüger", "s.krueger"),
             ("Aylin Demir", "aylin.demir"), ("Felix Neumann", "felix")]
DE_INSTITUTIONS = [("Stadt Falkenried", "falkenried.de.example", "/stellen"),
                   ("Technische Hochschule Ostmark", "th-ostmark.example", "/karriere")]

FR_COMPANIES = [
    ("Maison Verlaine", "maison-verlaine.example", "/carrieres", "SAS"),
    ("Azurine", "azurine.example", "/recrutement", "SA"),
    ("Groupe Belcourt", "belcourt.example", "/carrieres", ""),
    ("Atelier Numérique 7", "atelier7.example", "/jobs", "SARL"),
    ("Lumière Énergies", "lumiere-energies.example", None, "SA"),
    ("Cap Horizon Conseil", "caphorizon.example", "/nous-rejoindre", ""),
    ("Boulangeries Roux", "roux-boulangeries.example", "/recrutement", "SAS"),
    ("Solvane", "solvane.example", "/carrieres", "SAS"),
    ("Transports Marchal", "marchal-transports.example", None, ""),
    ("Octave Santé", "octave-sante.example", "/carrieres", "SA"),
    ("Pixelune", "pixelune.example", "/jobs", ""),
    ("Banque du Littoral", "banquelittoral.example", "/carrieres", "SA"),
]
FR_ROLES = [
    "Chargé de communication (H/F)",
    "Développeur Full Stack",
    "Responsable des ressources humaines",
    "Comptable fournisseurs (F/H)",
    "Chef de projet digital",
    "Assistante de direction",
    "Ingénieur DevOps (H/F)",
    "Technicien de maintenance industrielle",
    "Juriste droit social",
    "Data Scientist confirmé",
    "Conseiller clientèle bancaire (H/F)",
    "Stagiaire marketing produit",
]
FR_PEOPLE = [("Camille Laurent", "c.laurent"), ("Julien Moreau", "julien.moreau"),
             ("Élodie Garnier", "elodie"), ("Nicolas Petit", "npetit"),
             ("Sophie Mercier", "sophie.mercier")]
FR_INSTITUTIONS = [("Université de Valmont", "univ-valmont.example", "/emplois"),
                   ("Mairie de Saint-Aubrac", "saint-aubrac.example", "/emploi")]

ES_COMPANIES = [
    ("Grupo Albarán", "albaran.example", "/empleo", "S.A."),
    ("Luzverde", "luzverde.example", "/trabaja-con-nosotros", "S.L."),
    ("Ferrovías del Norte", "ferrovias-norte.example", None, "S.A."),
    ("Cielo Azul Software", "cieloazul.example", "/empleo", "S.L."),
    ("Olivar", "olivar.example", "/careers", ""),
    ("Clínica Santa Brígida", "santabrigida.example", "/empleo", ""),
    ("Nube 9", "nube9.example", "/jobs", "S.L."),
    ("Aceros Montalvo", "montalvo.example", "/empleo", "S.A."),
    ("Brisa Seguros", "brisaseguros.example", "/trabaja-con-nosotros", ""),
    ("Estudio Calma", "estudiocalma.example", None, ""),
    ("Pescados Ribeira", "ribeira.example", "/empleo", "S.L."),
    ("Datalia", "datalia.example", "/empleo", "S.L."),
]
ES_ROLES = [
    "Desarrollador Backend Senior",
    "Técnico de Recursos Humanos",
    "Analista de Datos",
    "Responsable de Marketing Digital",
    "Administrativo/a contable",
    "Ingeniero/a de Calidad",
    "Diseñadora UX/UI",
    "Jefe de Obra",
    "Comercial B2B (Madrid)",
    "Enfermero/a de quirófano",
    "Becario de Comunicación",
    "Product Owner",
]
ES_PEOPLE = [("Lucía Fernández", "lucia.fernandez"), ("Javier Morales", "jmorales"),
             ("Carmen Ruiz", "carmen"), ("Diego Castillo", "d.castillo"),
             ("Marta Iglesias", "marta.iglesias")]
ES_INSTITUTIONS = [("Universidad de Valdeluz", "uvaldeluz.example", "/empleo"),
                   ("Ayuntamiento de Sierra Alta", "sierra-alta.example", "/empleo-publico")]

NL_COMPANIES = [
    ("Dijkstra Bouw", "dijkstrabouw.example", "/werken-bij", "B.V."),
    ("Zeewind", "zeewind.example", "/vacatures", "B.V."),
    ("Molenaar & Kok Advocaten", "molenaarkok.example", "/werkenbij", ""),
    ("Tulp Digital", "tulpdigital.example", "/jobs", "B.V."),
    ("Polderzorg", "polderzorg.example", "/werken-bij", ""),
    ("Brouwerij De Gouden Haan", "goudenhaan.example", None, ""),
    ("Kanaal 5 Media", "kanaal5.example", "/vacatures", "B.V."),
    ("Fietsfabriek Noord", "fietsfabriek.example", "/werken-bij", "B.V."),
    ("Helder", "helder-energie.example", "/vacatures", "N.V."),
    ("Van Rijn Logistiek", "vanrijn-logistiek.example", "/werken-bij", "B.V."),
    ("Klaver Software", "klaversoftware.example", "/careers", ""),
    ("Duinzicht Hotels", "duinzicht.example", None, "B.V."),
]
NL_ROLES = [
    "Medior Java Developer",
    "Financieel Administratief Medewerker",
    "Verpleegkundige (32-36 uur)",
    "Projectleider Infra",
    "Junior Accountmanager",
    "Teamleider Klantenservice",
    "Beleidsmedewerker Duurzaamheid",
    "Data Engineer",
    "Marketingcommunicatieadviseur",
    "Logistiek Planner",
    "HR Business Partner",
    "Front Office Medewerker",
]
NL_PEOPLE = [("Sanne de Vries", "sanne.devries"), ("Bram Jansen", "bram"),
             ("Eva Bakker", "e.bakker"), ("Thijs van Dam", "thijs.vandam"),
             ("Noor El Amrani", "noor")]
NL_INSTITUTIONS = [("Gemeente Westerveen", "westerveen.example", "/vacatures"),
                   ("Hogeschool Lindenburg", "hs-lindenburg.example", "/werkenbij")]

PT_COMPANIES = [
    ("Grupo Marés", "mares.example", "/carreiras", "S.A."),
    ("Ipê Tecnologia", "ipetec.example", "/vagas", "Ltda."),
    ("Farol", "farol-app.example", "/carreiras", ""),
    ("Construtora Serra Verde", "serraverde.example", None, "Ltda."),
    ("Banco Atlântida", "atlantida.example", "/carreiras", "S.A."),
    ("Casa Jacarandá", "jacaranda.example", "/trabalhe-conosco", ""),
    ("Nuvem 8", "nuvem8.example", "/vagas", ""),
    ("Vinhos do Douro Alto", "douroalto.example", "/carreiras", "Lda."),
    ("Lince Logística", "lince-log.example", "/trabalhe-conosco", "Ltda."),
    ("Saúde Mais", "saudemais.example", "/carreiras", ""),
    ("Tapete Voador", "tapetevoador.example", None, ""),
    ("Oceânica Energia", "oceanica.example", "/carreiras", "S.A."),
]
PT_ROLES = [
    "Desenvolvedor Front-end Pleno",
    "Analista de Recursos Humanos",
    "Engenheiro(a) de Dados",
    "Assistente Administrativo",
    "Gerente de Projetos",
    "Designer de Produto Sênior",
    "Técnico de Manutenção",
    "Analista Financeiro Jr.",
    "Coordenadora de Marketing",
    "Estagiário de Engenharia Civil",
    "Enfermeiro(a) UTI",
    "Consultor Comercial",
]
PT_PEOPLE = [("Ana Carvalho", "ana.carvalho"), ("Rafael Souza", "rsouza"),
             ("Beatriz Lima", "beatriz"), ("Tiago Pereira", "t.pereira"),
             ("Mariana Costa", "mariana.costa")]
PT_INSTITUTIONS = [("Universidade de Vale Claro", "uvaleclaro.example", "/concursos"),
                   ("Prefeitura de Águas Belas", "aguasbelas.example", "/oportunidades")]

CANDIDATES = ["Robin", "Robin", "Robin Vale"]


# ---------------------------------------------------------------- helpers
def url_of(dom: str, path: str | None) -> str | None:
    if path is None:
        return None
    return f"https://www.{dom}{path}"


def html_page(title: str, paras: list[str], links: list[tuple[str, str]] | None = None,
              footer: list[tuple[str, str]] | None = None) -> str:
    """A table-layout newsletter style template."""
    body = "".join(f'<tr><td style="padding:8px 24px;font-family:Arial">{p}</td></tr>' for p in paras)
    if links:
        body += "".join(
            f'<tr><td style="padding:8px 24px"><a href="{h}" style="color:#2a6">{t}</a></td></tr>'
            for h, t in links)
    foot = ""
    if footer:
        foot = " &middot; ".join(f'<a href="{h}">{t}</a>' for h, t in footer)
        foot = f'<tr><td style="font-size:11px;color:#999;padding:16px 24px">{foot}</td></tr>'
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            f"{htmllib.escape(title)}</title></head><body style=\"margin:0\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\">"
            f"{body}{foot}</table></td></tr></table></body></html>")


def para(text: str) -> str:
    return htmllib.escape(text).replace("\n", "<br>")


SOCIAL = [("https://www.linkedin.example/company/x", "LinkedIn"),
          ("https://twitter.example/x", "Twitter")]


class Mail:
    def __init__(self, lang, subject, display, addr, text=None, html=None, reply_to=None,
                 company=None, role=None, contact_name=None, contact_email=None,
                 careers_url=None, construction=""):
        self.__dict__.update(locals())
        del self.__dict__["self"]


# ---------------------------------------------------------------- English
def en_mail(i: int) -> Mail:
    co, dom, cpath, legal = EN_COMPANIES[i % len(EN_COMPANIES)]
    role = EN_ROLES[(i * 7) % len(EN_ROLES)]
    pname, plocal = EN_PEOPLE[(i * 5) % len(EN_PEOPLE)]
    pfirst = pname.split()[0]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    cand = CANDIDATES[i % 3]
    t = i % 17
    if t == 0:  # Greenhouse, team-signed no-reply, role after "interest in the X role at Co"
        text = (f"Hi {cand},\n\nThank you for your interest in the {role} role at {co}. We truly "
                "appreciate the time you invested in our process.\n\nAfter careful consideration, "
                "we have decided to move forward with other candidates whose experience more closely "
                "matches what we need right now.\n\n"
                + (f"New roles are posted regularly at {url} if you'd like to keep an eye out.\n\n" if url else "")
                + f"All the best,\nThe {co} Recruiting Team\n")
        return Mail("en", f"Your application to {co}", f"{co} Recruiting",
                    "no-reply@us.greenhouse-mail.example", text=text, company=co, role=role,
                    careers_url=url, construction="greenhouse; company in subject+body 'role at X'+team sign-off; "
                    "role 'interest in the X role'; unsigned no-reply")
    if t == 1:  # Lever: display "Person from Co", reply-to person
        text = (f"Hi {cand},\n\nThanks for applying for the {role} position and for your patience while "
                "we reviewed applications. Unfortunately, we won't be moving forward with your candidacy at "
                "this time.\n\nWe wish you every success in your search.\n\n"
                f"{pname}\nTalent Acquisition | {co}\n")
        return Mail("en", f"{role} at {co}", f"{pname} from {co}", "no-reply@hire.lever.example",
                    text=text, reply_to=pmail, company=co, role=role, contact_name=pname,
                    contact_email=pmail, construction="lever; subject 'ROLE at CO'; display 'P from CO'; "
                    "reply-to is the signer; role 'applying for the X position'")
    if t == 2:  # founder plain note, role only in subject "Re: X"
        text = (f"Hi {cand.split()[0]},\n\nThank you again for the conversation last week. I've thought "
                "about it a lot, and we've decided not to move ahead with your application. It was a close "
                "call, and this is no reflection on your abilities.\n\nGood luck with everything,\n"
                f"{pfirst}\n\n--\n{pname}\nFounder & CEO, {co}\n{dom}\n")
        return Mail("en", f"Re: {role}", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="founder; role only in subject 'Re: X'; company in signature title line")
    if t == 3:  # agency relays client decision
        an, al, agency, adom = EN_AGENCIES[i % len(EN_AGENCIES)]
        amail = f"{al}@{adom}"
        text = (f"Hi {cand.split()[0]},\n\nI hope you're well. I've now had feedback from my client, "
                f"{co}, on the {role} opportunity. Unfortunately they have decided not to progress your "
                "application to the next stage; they went with someone with more direct sector experience.\n\n"
                "I'll be in touch as soon as something else suitable comes in.\n\n"
                f"Kind regards,\n{an}\nSenior Consultant\n{agency}\nT: +44 20 7946 0{i:03d}\n{amail}\n")
        return Mail("en", f"Feedback - {role}", an, amail, text=text, company=co, role=role,
                    contact_name=an, contact_email=amail,
                    construction="agency relays client 'my client, X'; role 'on the X opportunity'; "
                        "subject 'Feedback - ROLE'")
    if t == 4:  # university/public sector, reference number next to the title
        inst, idom, ipath = EN_INSTITUTIONS[i % len(EN_INSTITUTIONS)]
        ref = f"REQ{2026000 + i * 13}"
        iurl = f"https://{idom}{ipath}"
        text = (f"Dear {cand},\n\nPost: {role}\nReference: {ref}\n\nThank you for your application for "
                f"the above post. The shortlisting panel has now met and I regret to inform you that on "
                "this occasion you have not been shortlisted for interview.\n\nDue to the number of "
                "applications received we are unable to provide individual feedback.\n\nYou can view "
                f"other vacancies at {iurl}\n\nYours sincerely,\n\nHR Recruitment Team\n{inst}\n")
        return Mail("en", f"Application outcome: {role} ({ref})", f"{inst} Recruitment",
                    f"recruitment@{idom}", text=text, company=inst, role=role, careers_url=iurl,
                    construction="public body; 'Post: X / Reference:' block; subject 'outcome: ROLE (REF)'; "
                        "team-signed")
    if t == 5:  # Workday relay, display "Co via Workday"
        text = (f"Dear {cand},\n\nThank you for applying to {co}. We have reviewed your application for "
                f"{role} (Job ID R-{40000 + i}) and have decided not to proceed with your application "
                "at this time.\n\nWe encourage you to continue to explore opportunities with us.\n\n"
                f"Sincerely,\n{co} Talent Acquisition\n\nThis is an automated message; please do not reply.\n")
        return Mail("en", "Update on your application", f"{co} via Workday",
                    f"{dom.split('.')[0]}@myworkday.example", text=text, company=co, role=role,
                    construction="workday relay 'X via Workday'; role 'application for X (Job ID ...)'; "
                        "generic subject")
    if t == 6:  # HTML-only newsletter style template
        paras = [f"<b>{co.upper()}</b>",
                 para(f"Hello {cand},"),
                 para(f"Thank you for taking the time to apply for our {role} opening. We received a "
                      "large number of strong applications."),
                 para("Regrettably, we have decided not to pursue your application further."),
                 para(f"Warm regards,\nPeople Team, {co}")]
        links = [(url, "See our open positions")] if url else None
        h = html_page(f"{co} - application update", paras, links,
                      footer=SOCIAL + [(f"https://{dom}/privacy", "Privacy"),
                                       (f"https://mail.{dom}/unsubscribe?u={i}", "Unsubscribe")])
        return Mail("en", f"{co} | Application update", f"Careers at {co}", f"careers@{dom}",
                    html=h, company=co, role=role, careers_url=url,
                    construction="html-only table template; company caps banner + 'Careers at X' display; "
                    "role 'apply for our X opening'; social/privacy/unsubscribe links")
    if t == 7:  # long mail with decision buried, person signs with email in sig
        text = (f"Dear {cand},\n\nI'm writing to follow up on your recent application to {co}. Over the "
                "past few weeks our hiring team has reviewed more than three hundred applications, and we "
                "held two rounds of calibration to make sure every profile received a fair look. We want to "
                "be transparent about how we work: each application is read by at least two people, and we "
                "compare experience against the responsibilities listed in the advert.\n\n"
                f"For the {role} vacancy we were looking for someone who had already led similar work at a "
                "comparable scale. While your background is impressive, we have decided to pursue other "
                "candidates for this role.\n\nWe also run a quarterly open day and publish a newsletter "
                "about the team's work; you're very welcome to join either.\n\n"
                f"Best wishes,\n\n{pname}\nRecruitment Lead\n{co} {legal}\n{pmail}\n")
        return Mail("en", "Your application", f"{co} Hiring", pmail, text=text, company=co,
                    role=role, contact_name=pname, contact_email=pmail,
                    construction="long mail, decision buried; role 'For the X vacancy'; "
                        "company + legal suffix in signature")
    if t == 8:  # role in subject only "ROLE - Co"; body names no role
        text = (f"Hi {cand.split()[0]},\n\nThank you for applying. We've reviewed your profile and unfortunately "
                "we will not be moving forward with your application.\n\nBest,\n"
                f"{pname}\n")
        return Mail("en", f"{role} - {co}", f"{pname} ({co})", pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="role only in subject 'ROLE - CO'; company in display parentheses + domain")
    if t == 9:  # no role at all, company from domain+display "Talent at Co"
        text = (f"Dear applicant,\n\nThank you for your application to {co}. After reviewing it carefully, "
                "we regret to let you know that we will not be taking it further.\n\n"
                "With best wishes for your future career,\nTalent Team\n")
        return Mail("en", "Thank you for your application", f"Talent at {co}", f"talent@{dom}",
                    text=text, company=co, role=None,
                    construction="no role named; display 'Talent at X'; unsigned team")
    if t == 10:  # SmartRecruiters with requisition code before title
        code = f"REF-{3100 + i}"
        text = (f"Dear {cand},\n\nWe appreciate your interest in {co} and the position of {role}.\n\n"
                "Unfortunately, we have decided to move on with other applicants who more closely match "
                "the requirements of the position.\n\nPlease feel free to apply for other openings "
                + (f"on our careers site: {url}\n\n" if url else "in the future.\n\n")
                + f"Kind regards,\n{co} Recruiting\n")
        return Mail("en", f"{code} {role}: your application", co, "noreply@smartrecruiters.example",
                    text=text, company=co, role=role, careers_url=url,
                    construction="smartrecruiters; subject 'CODE ROLE: your application'; "
                        "role 'position of X'; display bare company")
    if t == 11:  # several titles: applied role + other team mentioned
        other = EN_ROLES[(i * 7 + 3) % len(EN_ROLES)]
        text = (f"Hi {cand.split()[0]},\n\nThank you for applying for the {role} role with us. Our "
                f"{other} team also had a look at your CV, as you mentioned an interest in their work.\n\n"
                f"Unfortunately we have decided not to take your application for the {role} role any "
                "further.\n\nWarm regards,\n"
                f"{pname}\nHiring Manager, {co}\n")
        return Mail("en", "Your application with us", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="two titles named, applied one repeated; company in 'Hiring Manager, X' line")
    if t == 12:  # Teamtailor, display "Person at Co"
        text = (f"Hi {cand.split()[0]}!\n\nThanks so much for your application for {role} here at {co}. "
                "We've now reviewed everything and sadly we've chosen to go ahead with another candidate.\n\n"
                + (f"Follow us on {url} to hear about future openings.\n\n" if url else "")
                + f"Cheers,\n{pfirst}\n")
        return Mail("en", f"Your application for {role}", f"{pname} at {co}",
                    f"{plocal}@{dom.split('.')[0]}.teamtailor-mail.example", reply_to=pmail, text=text,
                    company=co, role=role, contact_name=pname, contact_email=pmail, careers_url=url,
                    construction="teamtailor relay; display 'P at CO'; reply-to signer; first-name sign-off; "
                    "subject 'Your application for ROLE'")
    if t == 13:  # group vs brand: display group, signature brand (the employer)
        text = (f"Dear {cand},\n\nThanks for applying to be our next {role}. We have carefully reviewed your "
                "application and we're sorry to say that you have not been selected for the next stage.\n\n"
                f"Best wishes,\nThe {co} team\n\n{co} is part of the Halvard Holdings group.\n")
        return Mail("en", f"{co}: {role}", "Halvard Holdings Careers", "careers@halvard-holdings.example",
                    text=text, company=co, role=role,
                    construction="brand vs group: display/domain are the parent, subject+team sign-off the brand; "
                    "role 'to be our next X'; subject 'CO: ROLE'")
    if t == 14:  # "X's hiring team", role "for the X post"
        text = (f"Hello {cand},\n\nMany thanks for your application for the {role} post. Having reviewed "
                "all applications, we're afraid we won't be inviting you to interview on this occasion.\n\n"
                f"Regards,\n{co}'s hiring team\n")
        return Mail("en", "Application update", f"{co} Jobs", f"jobs@{dom}", text=text, company=co,
                    role=role, construction="possessive team 'X's hiring team'; role 'the X post'; display 'X Jobs'")
    if t == 15:  # recruiter in-house, role with location in subject, "at X" in body
        text = (f"Hi {cand.split()[0]},\n\nI wanted to personally let you know that we've decided to go in a "
                f"different direction for the {role} position here at {co}.\n\nThanks again for your time,\n"
                f"{pname}\nRecruiter\n")
        return Mail("en", f"{role} (London, hybrid)", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="in-house recruiter; 'the X position here at CO'; "
                        "subject role + location parenthetical")
    # t == 16: Recruitee style with display "Co Careers", no role, careers link
    text = (f"Dear {cand},\n\nThank you for your interest in joining {co}. Unfortunately, we have "
            "decided not to continue with your application.\n\n"
            + (f"Our other vacancies: {url}\n\n" if url else "")
            + f"Kind regards,\n{pname}\n{co}\n")
    return Mail("en", f"Your application at {co}", f"{co} Careers",
                f"{dom.split('.')[0]}@recruitee-mail.example", reply_to=pmail, text=text, company=co,
                role=None, contact_name=pname, contact_email=pmail, careers_url=url,
                construction="recruitee relay; no role; 'X Careers' display; signer + company line")


# ---------------------------------------------------------------- German
def de_mail(i: int) -> Mail:
    co, dom, cpath, legal = DE_COMPANIES[i % len(DE_COMPANIES)]
    role = DE_ROLES[(i * 4) % len(DE_ROLES)]
    pname, plocal = DE_PEOPLE[(i * 5) % len(DE_PEOPLE)]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    t = i % 10
    if t == 0:  # Personio, "Bewerbung als X" in subject and body
        text = ("Sehr geehrte Frau Vale,\n\nvielen Dank für Ihre Bewerbung als " + role + " bei " + co
                + " und das damit verbundene Interesse an unserem Unternehmen.\n\nLeider müssen wir Ihnen "
                "mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidat:innen entschieden "
                "haben.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
                f"Mit freundlichen Grüßen\n\n{pname}\nPeople & Culture\n{co} {legal}\n")
        return Mail("de", f"Ihre Bewerbung als {role}", f"{co} Recruiting",
                    f"jobs@{dom.split('.')[0]}.jobs.personio.example", reply_to=pmail, text=text,
                    company=co, role=role, contact_name=pname, contact_email=pmail,
                    construction="personio; 'Bewerbung als X bei CO'; signer via reply-to; legal suffix signature")
    if t == 1:  # informal du startup, role in subject "Deine Bewerbung: X"
        text = (f"Hey Robin,\n\ndanke dir für deine Bewerbung und dein Interesse an {co}! Wir haben uns "
                "alles genau angeschaut, uns am Ende aber leider für eine andere Person entschieden.\n\n"
                + (f"Schau gern ab und zu auf {url} vorbei.\n\n" if url else "")
                + f"Liebe Grüße\n{pname.split()[0]} vom {co}-Team\n")
        return Mail("de", f"Deine Bewerbung: {role}", f"{pname.split()[0]} von {co}", pmail, text=text,
                    company=co, role=role, contact_name=pname.split()[0], contact_email=pmail,
                    careers_url=url, construction="du-form startup; role only in subject 'Deine Bewerbung: X'; "
                    "'X-Team' compound sign-off; display 'P von CO'")
    if t == 2:  # public sector with Kennziffer
        inst, idom, ipath = DE_INSTITUTIONS[i % len(DE_INSTITUTIONS)]
        kz = f"{10 + i}/2026"
        text = (f"Sehr geehrte Damen und Herren,\n\nStellenausschreibung: {role}, Kennziffer {kz}\n\n"
                "für Ihre Bewerbung auf die oben genannte Stelle danken wir Ihnen. Nach Abschluss des "
                "Auswahlverfahrens teilen wir Ihnen mit, dass wir Ihre Bewerbung leider nicht "
                "berücksichtigen konnten.\n\nIhre Unterlagen werden nach Ablauf der gesetzlichen Fristen "
                f"gelöscht.\n\nMit freundlichen Grüßen\nIm Auftrag\n{pname}\nPersonalamt\n{inst}\n")
        return Mail("de", f"Ihre Bewerbung - Kennziffer {kz}", f"{inst} Personalamt",
                    f"{plocal}@{idom}", text=text, company=inst, role=role, contact_name=pname,
                    contact_email=f"{plocal}@{idom}",
                    construction="public sector; 'Stellenausschreibung: X, Kennziffer' line; subject only Kennziffer")
    if t == 3:  # StepStone relay
        text = (f"Guten Tag Robin Vale,\n\nSie haben sich über StepStone bei {co} auf die Position "
                f"„{role}“ beworben. Das Unternehmen hat Ihre Bewerbung geprüft und sich leider gegen eine "
                "weitere Berücksichtigung entschieden.\n\nIhr StepStone-Team\n")
        return Mail("de", f"Statusänderung Ihrer Bewerbung bei {co}", "StepStone",
                    "noreply@stepstone-mail.example", text=text, company=co, role=role,
                    construction="job board relay; employer 'bei CO'; role in German quotes after 'Position'")
    if t == 4:  # HTML-only, Join relay display "Co via JOIN"
        paras = [para("Hallo Robin,"),
                 para(f"vielen Dank für deine Bewerbung auf unsere Stelle {role}."),
                 para("Nach reiflicher Überlegung haben wir uns entschieden, deine Bewerbung nicht weiter "
                      "zu verfolgen."),
                 para(f"Viele Grüße\nDein Recruiting-Team von {co}")]
        h = html_page("Bewerbung", paras, [(url, "Weitere Jobs")] if url else None,
                      footer=[("https://join.example/datenschutz", "Datenschutz")])
        return Mail("de", f"Update zu deiner Bewerbung bei {co}", f"{co} via JOIN",
                    "notifications@join-mail.example", html=h, company=co, role=role, careers_url=url,
                    construction="join relay, html-only; 'Stelle X'; 'Recruiting-Team von X'")
    if t == 5:  # agency, client decides
        text = (f"Hallo Herr Vale,\n\nich habe heute Rückmeldung von unserem Kunden {co} zur Position "
                f"{role} erhalten. Leider hat sich der Kunde für einen anderen Kandidaten entschieden.\n\n"
                "Ich melde mich, sobald ich eine passende Vakanz habe.\n\nBeste Grüße\n"
                "Tim Albers\nSenior Consultant | Brückner Personalberatung\ntim.albers@brueckner-pb.example\n")
        return Mail("de", f"Rückmeldung {role}", "Tim Albers", "tim.albers@brueckner-pb.example",
                    text=text, company=co, role=role, contact_name="Tim Albers",
                    contact_email="tim.albers@brueckner-pb.example",
                    construction="agency; 'unserem Kunden X'; role 'zur Position X'; subject 'Rückmeldung ROLE'")
    if t == 6:  # all-caps brand, no role, company only via "bei X" and domain
        text = (f"Sehr geehrter Herr Vale,\n\nherzlichen Dank für Ihr Interesse an einer Mitarbeit bei "
                f"{co.upper()}. Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider eine "
                "Absage erteilen.\n\nMit freundlichen Grüßen\nIhr Personalteam\n")
        return Mail("de", "Ihre Bewerbung", "Personalabteilung", f"bewerbung@{dom}", text=text,
                    company=co.upper(), role=None,
                    construction="no role; company all-caps only 'bei X'; display generic department")
    if t == 7:  # decision buried, role in body with "für die Position"
        text = ("Sehr geehrte Frau Vale,\n\nzunächst möchten wir uns herzlich für Ihre Geduld bedanken. "
                "Auf unsere Ausschreibung haben sich in diesem Jahr außergewöhnlich viele Menschen beworben, "
                "und wir haben uns für jede Bewerbung Zeit genommen. Unser Auswahlprozess umfasst eine "
                "Vorauswahl durch die Fachabteilung und ein Gespräch mit der Personalabteilung.\n\n"
                f"Für die Position {role} haben wir uns jedoch für eine Kandidatin entschieden, deren "
                "Profil noch besser zu den Anforderungen passt. Wir bedauern, Ihnen keine positivere "
                "Nachricht geben zu können.\n\n"
                f"Freundliche Grüße\n{pname}\nTalent Acquisition\n{co} {legal}\nTel. +49 30 1234{i:02d}\n{pmail}\n")
        return Mail("de", f"{co} – Ihre Bewerbung", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="long, decision buried; 'Für die Position X'; subject 'CO – Ihre Bewerbung'")
    if t == 8:  # Workday German, role with ref number in subject
        rid = f"JR-{5000 + i * 3}"
        text = (f"Guten Tag Robin Vale,\n\nvielen Dank für Ihre Bewerbung für die Stelle {role} ({rid}). "
                "Wir haben uns entschieden, andere Bewerber:innen in die engere Auswahl zu nehmen.\n\n"
                f"Freundliche Grüße\nIhr {co} Recruiting Team\n")
        return Mail("de", f"{rid} {role} – Ihre Bewerbung", f"{co} über Workday",
                    f"{dom.split('.')[0]}@myworkday.example", text=text, company=co, role=role,
                    construction="workday de 'X über Workday'; subject 'REQID ROLE – Ihre Bewerbung'; "
                    "'Stelle X (REQID)'")
    # t == 9: plain short note, role "als X", "Team X"
    text = (f"Hallo Robin,\n\nleider können wir deine Bewerbung als {role} nicht berücksichtigen. "
            "Danke trotzdem für dein Interesse!\n\nViele Grüße\n" + f"{pname}\n{co}\n")
    return Mail("de", "Absage", f"Team {co}", pmail, text=text, company=co, role=role,
                contact_name=pname, contact_email=pmail,
                construction="one-line note; 'Bewerbung als X'; display 'Team X'; subject 'Absage'")


# ---------------------------------------------------------------- French
def fr_mail(i: int) -> Mail:
    co, dom, cpath, legal = FR_COMPANIES[i % len(FR_COMPANIES)]
    role = FR_ROLES[(i * 5) % len(FR_ROLES)]
    pname, plocal = FR_PEOPLE[(i * 3) % len(FR_PEOPLE)]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    t = i % 8
    if t == 0:
        text = ("Madame, Monsieur,\n\nNous avons bien reçu votre candidature pour le poste de "
                f"{role} et nous vous remercions de l'intérêt que vous portez à {co}.\n\nAprès étude "
                "attentive de votre dossier, nous sommes au regret de vous informer que votre candidature "
                "n'a pas été retenue.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\n"
                f"Cordialement,\n{pname}\nChargée de recrutement\n{co}\n")
        return Mail("fr", f"Candidature : {role}", f"Recrutement {co}", pmail, text=text, company=co,
                    role=role, contact_name=pname, contact_email=pmail,
                    construction="'pour le poste de X'; subject 'Candidature : X'; display 'Recrutement X'")
    if t == 1:  # Welcome to the Jungle relay, chez X
        text = (f"Bonjour Robin,\n\nMerci pour votre candidature chez {co} pour l'offre « {role} ».\n\n"
                "Malheureusement, l'équipe a décidé de ne pas donner suite à votre candidature.\n\n"
                "L'équipe Welcome to the Jungle\n")
        return Mail("fr", f"{co} a répondu à votre candidature", "Welcome to the Jungle",
                    "no-reply@welcometothejungle.example", text=text, company=co, role=role,
                    construction="job board relay; 'chez X'; role in guillemets after 'l'offre'")
    if t == 2:  # university
        inst, idom, ipath = FR_INSTITUTIONS[i % len(FR_INSTITUTIONS)]
        iurl = f"https://www.{idom}{ipath}"
        text = (f"Madame, Monsieur,\n\nVous avez fait acte de candidature sur l'emploi de {role} "
                f"(réf. 2026-{i:03d}). Nous avons le regret de vous informer que votre candidature n'a pas "
                "été retenue par la commission.\n\nLes offres d'emploi sont publiées sur " + iurl + "\n\n"
                f"Le service des ressources humaines\n{inst}\n")
        return Mail("fr", f"Votre candidature - réf. 2026-{i:03d}", f"DRH {inst}", f"drh@{idom}",
                    text=text, company=inst, role=role, careers_url=iurl,
                    construction="public institution; 'sur l'emploi de X (réf.)'; subject ref only; unsigned service")
    if t == 3:  # HTML-only template with caps banner
        paras = [f"<h2>{co.upper()}</h2>", para("Bonjour,"),
                 para(f"Nous vous remercions pour votre candidature au poste de {role}."),
                 para("Nous avons le regret de vous annoncer que nous ne pouvons pas y donner une suite "
                      "favorable."),
                 para(f"L'équipe RH de {co}")]
        h = html_page("Candidature", paras, [(url, "Nos offres")] if url else None,
                      footer=SOCIAL + [(f"https://{dom}/desinscription", "Se désinscrire")])
        return Mail("fr", f"Votre candidature chez {co}", f"{co} Carrières", f"carrieres@{dom}",
                    html=h, company=co, role=role, careers_url=url,
                    construction="html-only; 'au poste de X'; 'L'équipe RH de X'; display 'X Carrières'")
    if t == 4:  # agency cabinet
        text = (f"Bonjour Robin,\n\nJe reviens vers vous concernant le poste de {role} chez notre client "
                f"{co}. Après échange avec eux, ils ont choisi de poursuivre avec un autre profil.\n\n"
                "Je garde bien sûr votre CV pour de prochaines opportunités.\n\nBien à vous,\n"
                "Hugo Bernard\nConsultant, Cabinet Altamira RH\nhugo.bernard@altamira-rh.example\n")
        return Mail("fr", f"Re: {role}", "Hugo Bernard", "hugo.bernard@altamira-rh.example", text=text,
                    company=co, role=role, contact_name="Hugo Bernard",
                    contact_email="hugo.bernard@altamira-rh.example",
                    construction="agency; 'chez notre client X'; role 'le poste de X chez'")
    if t == 5:  # no role, short
        text = (f"Bonjour,\n\nMerci de l'intérêt porté à {co}. Nous ne sommes malheureusement pas en mesure "
                "de donner une suite favorable à votre candidature.\n\nBonne continuation,\n"
                f"{pname}\n")
        return Mail("fr", "Votre candidature", f"{pname} - {co}", pmail, text=text, company=co,
                    role=None, contact_name=pname, contact_email=pmail,
                    construction="no role; display 'P - CO'; 'l'intérêt porté à X'")
    if t == 6:  # buried decision, role in subject with (H/F) and location
        text = ("Bonjour Robin,\n\nTout d'abord, merci pour le temps consacré à nos échanges et pour la "
                "qualité de votre dossier. Nous avons rencontré de nombreux profils intéressants et le "
                "processus a pris plus de temps que prévu, ce dont nous nous excusons.\n\nAprès réflexion, "
                "nous avons décidé de ne pas retenir votre candidature pour ce poste. Ce choix a été "
                "difficile.\n\n"
                f"Bien cordialement,\n\n{pname}\nResponsable recrutement | {co} {legal}\n{pmail}\n")
        return Mail("fr", f"{role} - Lyon", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="role only in subject 'X - City'; company in 'Responsable recrutement | X SA'")
    # t == 7 Talentsoft-like relay with display "X via Talentsoft"
    text = (f"Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste « {role} » et vous "
            "en remercions. Après examen, nous regrettons de ne pouvoir y donner suite.\n\n"
            + (f"Consultez nos offres : {url}\n\n" if url else "")
            + f"La Direction des Ressources Humaines\n{co}\n")
    return Mail("fr", f"Réponse à votre candidature – {role}", f"{co} via Talentsoft",
                "noreply@talentsoft-mail.example", text=text, company=co, role=role, careers_url=url,
                construction="relay 'X via Talentsoft'; subject 'Réponse à votre candidature – X'")


# ---------------------------------------------------------------- Spanish
def es_mail(i: int) -> Mail:
    co, dom, cpath, legal = ES_COMPANIES[i % len(ES_COMPANIES)]
    role = ES_ROLES[(i * 5) % len(ES_ROLES)]
    pname, plocal = ES_PEOPLE[(i * 3) % len(ES_PEOPLE)]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    t = i % 8
    if t == 0:
        text = (f"Hola Robin:\n\nGracias por tu interés en la vacante de {role} en {co}.\n\nTras revisar "
                "tu candidatura con detenimiento, lamentamos comunicarte que hemos decidido continuar el "
                "proceso con otros candidatos.\n\nTe deseamos mucho éxito.\n\n"
                f"Un saludo,\n{pname}\nEquipo de Talento | {co}\n")
        return Mail("es", f"Tu candidatura: {role}", f"{co} Talento", pmail, text=text, company=co,
                    role=role, contact_name=pname, contact_email=pmail,
                    construction="'la vacante de X en CO'; subject 'Tu candidatura: X'")
    if t == 1:  # InfoJobs relay
        text = (f"Hola Robin,\n\nLa empresa {co} ha revisado tu inscripción en la oferta «{role}» y ha "
                "decidido descartarla en esta ocasión.\n\nSigue buscando: hay miles de ofertas esperándote.\n\n"
                "El equipo de InfoJobs\n")
        return Mail("es", f"Novedades sobre tu candidatura en {co}", "InfoJobs",
                    "noreply@infojobs-mail.example", text=text, company=co, role=role,
                    construction="job board relay; 'La empresa X'; role in «» after 'oferta'")
    if t == 2:  # public institution
        inst, idom, ipath = ES_INSTITUTIONS[i % len(ES_INSTITUTIONS)]
        iurl = f"https://www.{idom}{ipath}"
        text = (f"Estimado/a candidato/a:\n\nEn relación con su solicitud para la plaza de {role} "
                f"(expediente {i:02d}/2026), le comunicamos que no ha sido seleccionado/a para la siguiente "
                f"fase del proceso.\n\nPuede consultar otras convocatorias en {iurl}\n\n"
                f"Atentamente,\nServicio de Recursos Humanos\n{inst}\n")
        return Mail("es", f"Resolución proceso selectivo exp. {i:02d}/2026", f"RRHH {inst}",
                    f"rrhh@{idom}", text=text, company=inst, role=role, careers_url=iurl,
                    construction="public body; 'la plaza de X (expediente)'; unsigned service")
    if t == 3:  # html-only
        paras = [para("Hola Robin,"),
                 para(f"Gracias por postularte al puesto de {role}."),
                 para("Lamentablemente, en esta ocasión no vamos a continuar con tu candidatura."),
                 para(f"Saludos,\nEl equipo de Personas de {co}")]
        h = html_page("Actualización", paras, [(url, "Ver ofertas")] if url else None,
                      footer=SOCIAL + [(f"https://{dom}/baja", "Darse de baja")])
        return Mail("es", f"{co} – actualización de tu proceso", f"Empleo {co}", f"empleo@{dom}",
                    html=h, company=co, role=role, careers_url=url,
                    construction="html-only; 'al puesto de X'; 'El equipo de Personas de X'")
    if t == 4:  # agency consultora
        text = (f"Hola Robin,\n\nTe escribo en relación al proceso de {role} para nuestro cliente {co}. "
                "Finalmente el cliente ha optado por otro perfil, por lo que no seguiremos adelante con tu "
                "candidatura.\n\nUn abrazo,\nPaula Ortega\nConsultora Senior - Talentia Partners\n"
                "paula.ortega@talentia-partners.example\n")
        return Mail("es", f"Proceso {role}", "Paula Ortega", "paula.ortega@talentia-partners.example",
                    text=text, company=co, role=role, contact_name="Paula Ortega",
                    contact_email="paula.ortega@talentia-partners.example",
                    construction="agency; 'nuestro cliente X'; role 'proceso de X para'")
    if t == 5:  # no role
        text = (f"Estimado Robin:\n\nLe agradecemos el interés mostrado en formar parte de {co}. "
                "Lamentamos informarle de que su candidatura no ha sido seleccionada.\n\nAtentamente,\n"
                f"{pname}\nDepartamento de Selección\n")
        return Mail("es", "Su candidatura", pname, pmail, text=text, company=co, role=None,
                    contact_name=pname, contact_email=pmail,
                    construction="no role; company only 'formar parte de X' + domain")
    if t == 6:  # role only in subject with code
        text = ("Hola Robin,\n\nMuchas gracias por tu tiempo durante el proceso. Hemos decidido avanzar con "
                "otra persona cuyo perfil se ajusta más a lo que buscamos.\n\n"
                f"Un saludo,\n{pname.split()[0]}\n{co}\n")
        return Mail("es", f"[Ref. ES-{200 + i}] {role}", f"{pname} | {co}", pmail, text=text,
                    company=co, role=role, contact_name=pname, contact_email=pmail,
                    construction="role only in subject '[Ref. CODE] X'; display 'P | CO'; first-name sign-off "
                    "(full name from display)")
    # t == 7 Personio in Spanish
    text = (f"Hola Robin,\n\nmuchas gracias por tu candidatura como {role} en {co}. Después de valorar "
            "todos los perfiles, sentimos comunicarte que no seguiremos adelante con tu proceso.\n\n"
            + (f"Nuevas vacantes: {url}\n\n" if url else "")
            + f"Saludos cordiales,\nEquipo de Selección de {co}\n")
    return Mail("es", f"Tu candidatura como {role}", f"{co} (vía Personio)",
                f"jobs@{dom.split('.')[0]}.jobs.personio.example", text=text, company=co, role=role,
                careers_url=url, construction="personio es; 'candidatura como X en CO'; display 'X (vía Personio)'")


# ---------------------------------------------------------------- Dutch
def nl_mail(i: int) -> Mail:
    co, dom, cpath, legal = NL_COMPANIES[i % len(NL_COMPANIES)]
    role = NL_ROLES[(i * 5) % len(NL_ROLES)]
    pname, plocal = NL_PEOPLE[(i * 3) % len(NL_PEOPLE)]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    t = i % 8
    if t == 0:
        text = (f"Beste Robin,\n\nBedankt voor je sollicitatie voor de functie van {role} bij {co}.\n\n"
                "We hebben je cv en motivatie met aandacht gelezen. Helaas moeten we je laten weten dat we "
                "niet verder gaan met je sollicitatie.\n\nWe wensen je veel succes.\n\n"
                f"Met vriendelijke groet,\n{pname}\nRecruiter | {co}\n")
        return Mail("nl", f"Je sollicitatie als {role}", f"{co} Recruitment", pmail, text=text,
                    company=co, role=role, contact_name=pname, contact_email=pmail,
                    construction="'de functie van X bij CO'; subject 'Je sollicitatie als X'")
    if t == 1:  # Recruitee relay, u-form
        text = (f"Geachte heer Vale,\n\nHartelijk dank voor uw sollicitatie op de vacature {role}. Na "
                "zorgvuldige overweging hebben wij besloten u niet uit te nodigen voor een gesprek.\n\n"
                + (f"Bekijk onze andere vacatures op {url}\n\n" if url else "")
                + f"Met vriendelijke groet,\nTeam HR {co}\n")
        return Mail("nl", f"Uw sollicitatie bij {co}", f"{co} via Recruitee",
                    f"{dom.split('.')[0]}@recruitee-mail.example", text=text, company=co, role=role,
                    careers_url=url, construction="recruitee relay u-form; 'de vacature X'; 'Team HR X'")
    if t == 2:  # gemeente
        inst, idom, ipath = NL_INSTITUTIONS[i % len(NL_INSTITUTIONS)]
        vn = f"V2026-{30 + i}"
        text = (f"Geachte heer Vale,\n\nU heeft gesolliciteerd naar de functie {role} (vacaturenummer {vn}). "
                "De selectiecommissie heeft alle brieven beoordeeld. Wij moeten u helaas meedelen dat uw "
                "sollicitatie niet is geselecteerd voor de eerste gespreksronde.\n\n"
                f"Met vriendelijke groet,\n{pname}\nAdviseur P&O\n{inst}\n")
        return Mail("nl", f"Sollicitatie vacaturenummer {vn}", f"{inst}", f"{plocal}@{idom}", text=text,
                    company=inst, role=role, contact_name=pname, contact_email=f"{plocal}@{idom}",
                    construction="public body; 'naar de functie X (vacaturenummer)'; subject ref only")
    if t == 3:  # html-only
        paras = [para("Hoi Robin,"),
                 para(f"Dank je wel voor je interesse in de rol van {role}."),
                 para("Helaas hebben we besloten om met een andere kandidaat verder te gaan."),
                 para(f"Groeten,\nHet {co} team")]
        h = html_page("Update", paras, [(url, "Werken bij " + co)] if url else None,
                      footer=SOCIAL + [(f"https://{dom}/afmelden", "Afmelden")])
        return Mail("nl", f"Update over je sollicitatie bij {co}", f"Werken bij {co}", f"jobs@{dom}",
                    html=h, company=co, role=role, careers_url=url,
                    construction="html-only; 'de rol van X'; display 'Werken bij X'; 'Het X team'")
    if t == 4:  # agency bureau
        text = (f"Hoi Robin,\n\nIk heb terugkoppeling gekregen van mijn opdrachtgever {co} over de positie "
                f"{role}. Helaas hebben ze gekozen voor een kandidaat met meer ervaring.\n\n"
                "Ik houd je op de hoogte van nieuwe kansen!\n\nGroet,\nMilan Visser\nIntercedent | "
                "Oranjepoort Werving\nmilan@oranjepoort.example\n")
        return Mail("nl", f"Terugkoppeling {role}", "Milan Visser", "milan@oranjepoort.example", text=text,
                    company=co, role=role, contact_name="Milan Visser",
                    contact_email="milan@oranjepoort.example",
                    construction="agency; 'mijn opdrachtgever X'; role 'de positie X'")
    if t == 5:  # no role
        text = (f"Beste Robin,\n\nBedankt voor je interesse in {co}. We hebben besloten je sollicitatie niet "
                "verder in behandeling te nemen.\n\nSucces!\n" + f"{pname}\n")
        return Mail("nl", "Je sollicitatie", f"{pname} | {co}", pmail, text=text, company=co, role=None,
                    contact_name=pname, contact_email=pmail, construction="no role; display 'P | CO'")
    if t == 6:  # role in subject with hours and dash company
        text = ("Beste Robin,\n\nNa ons gesprek van vorige week hebben we lang getwijfeld, maar we hebben "
                "uiteindelijk voor een andere kandidaat gekozen. Dit heeft niets te maken met je kwaliteiten.\n\n"
                f"Hartelijke groet,\n{pname}\n{co} {legal}\n")
        return Mail("nl", f"{role} - {co}", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="role only in subject 'X - CO'; company + legal suffix in signature")
    # t == 7 buried
    text = ("Beste Robin,\n\nAllereerst bedankt voor je geduld. We kregen veel reacties op onze vacature en "
            "wilden iedereen zorgvuldig beoordelen. Ons team groeit snel en we zoeken mensen die zich thuis "
            "voelen in een dynamische omgeving.\n\n"
            f"Voor de vacature {role} hebben we helaas besloten je niet mee te nemen in de volgende ronde.\n\n"
            f"Met vriendelijke groet,\n{pname}\nTalent Acquisition {co}\n{pmail}\n")
    return Mail("nl", "Je sollicitatie bij ons", f"{co} Careers", pmail, text=text, company=co, role=role,
                contact_name=pname, contact_email=pmail,
                construction="long, decision buried; 'Voor de vacature X'; 'Talent Acquisition X'")


# ---------------------------------------------------------------- Portuguese
def pt_mail(i: int) -> Mail:
    co, dom, cpath, legal = PT_COMPANIES[i % len(PT_COMPANIES)]
    role = PT_ROLES[(i * 5) % len(PT_ROLES)]
    pname, plocal = PT_PEOPLE[(i * 3) % len(PT_PEOPLE)]
    pmail = f"{plocal}@{dom}"
    url = url_of(dom, cpath)
    t = i % 8
    if t == 0:
        text = (f"Olá Robin,\n\nAgradecemos o seu interesse na posição de {role} na {co}.\n\nApós uma "
                "análise cuidadosa, informamos que decidimos seguir com outros candidatos neste momento.\n\n"
                f"Desejamos sucesso na sua carreira.\n\nAtenciosamente,\n{pname}\nRecrutamento | {co}\n")
        return Mail("pt", f"Processo seletivo: {role}", f"{co} Recrutamento", pmail, text=text,
                    company=co, role=role, contact_name=pname, contact_email=pmail,
                    construction="'a posição de X na CO'; subject 'Processo seletivo: X'")
    if t == 1:  # Gupy relay
        text = (f"Olá, Robin!\n\nObrigado por participar do processo seletivo para a vaga {role} da "
                f"{co}. Infelizmente, neste momento, você não foi selecionado(a) para as próximas etapas.\n\n"
                + (f"Confira outras vagas: {url}\n\n" if url else "")
                + f"Equipe de Recrutamento {co}\n")
        return Mail("pt", f"Atualização sobre a vaga {role}", f"{co} via Gupy", "noreply@gupy-mail.example",
                    text=text, company=co, role=role, careers_url=url,
                    construction="gupy relay; 'a vaga X da CO'; 'Equipe de Recrutamento X'")
    if t == 2:  # university/public
        inst, idom, ipath = PT_INSTITUTIONS[i % len(PT_INSTITUTIONS)]
        iurl = f"https://www.{idom}{ipath}"
        text = (f"Prezado(a) candidato(a),\n\nReferente à sua inscrição para o cargo de {role} "
                f"(edital nº {i:02d}/2026), informamos que a sua candidatura não foi aprovada nesta etapa.\n\n"
                f"Novas oportunidades em {iurl}\n\nAtenciosamente,\nDepartamento de Recursos Humanos\n{inst}\n")
        return Mail("pt", f"Resultado - edital {i:02d}/2026", f"RH {inst}", f"rh@{idom}", text=text,
                    company=inst, role=role, careers_url=iurl,
                    construction="public body; 'o cargo de X (edital)'; unsigned department")
    if t == 3:  # html-only
        paras = [para("Olá Robin,"),
                 para(f"Muito obrigado pela sua candidatura para a vaga de {role}."),
                 para("Infelizmente, não vamos avançar com o seu perfil neste processo."),
                 para(f"Um abraço,\nTime de Pessoas {co}")]
        h = html_page("Candidatura", paras, [(url, "Outras vagas")] if url else None,
                      footer=SOCIAL + [(f"https://{dom}/descadastrar", "Descadastrar")])
        return Mail("pt", f"Sua candidatura na {co}", f"Carreiras {co}", f"carreiras@{dom}", html=h,
                    company=co, role=role, careers_url=url,
                    construction="html-only; 'a vaga de X'; 'Time de Pessoas X'; display 'Carreiras X'")
    if t == 4:  # agency
        text = (f"Oi Robin, tudo bem?\n\nTive retorno do nosso cliente {co} sobre a vaga de {role}. "
                "Infelizmente eles optaram por seguir com outro candidato.\n\nSigo com seu currículo para "
                "futuras oportunidades.\n\nAbraço,\nCamila Rocha\nHunter | Ponte Talentos\n"
                "camila.rocha@pontetalentos.example\n")
        return Mail("pt", f"Retorno - {role}", "Camila Rocha", "camila.rocha@pontetalentos.example",
                    text=text, company=co, role=role, contact_name="Camila Rocha",
                    contact_email="camila.rocha@pontetalentos.example",
                    construction="agency; 'nosso cliente X'; role 'a vaga de X'; subject 'Retorno - X'")
    if t == 5:  # no role
        text = (f"Olá Robin,\n\nAgradecemos o seu interesse em fazer parte da {co}. Após analisarmos o seu "
                "perfil, decidimos não avançar com a sua candidatura.\n\nCumprimentos,\n" + f"{pname}\n")
        return Mail("pt", "A sua candidatura", f"{pname} ({co})", pmail, text=text, company=co, role=None,
                    contact_name=pname, contact_email=pmail, construction="no role; 'fazer parte da X'")
    if t == 6:  # role in subject only with (a) gender marker
        text = ("Olá Robin,\n\nObrigada pela conversa da semana passada. Depois de muita reflexão, decidimos "
                "seguir com outra pessoa para esta posição.\n\n"
                f"Um abraço,\n{pname}\n{co} {legal}\n")
        return Mail("pt", f"{role} | {co}", pname, pmail, text=text, company=co, role=role,
                    contact_name=pname, contact_email=pmail,
                    construction="role only in subject 'X | CO'; company in signature with legal suffix")
    # t == 7 buried
    text = ("Prezado Robin,\n\nAntes de tudo, agradecemos a paciência. O nosso processo seletivo recebeu um "
            "número muito elevado de candidaturas e levamos tempo para analisar cada perfil com atenção. "
            "Valorizamos a transparência e por isso queremos explicar a nossa decisão.\n\n"
            f"Para a vaga de {role}, optamos por não dar continuidade à sua candidatura, pois procuramos "
            "alguém com mais experiência no setor.\n\n"
            f"Atenciosamente,\n{pname}\nAquisição de Talentos - {co}\n{pmail}\n")
    return Mail("pt", "Retorno do processo seletivo", f"{co}", pmail, text=text, company=co, role=role,
                contact_name=pname, contact_email=pmail,
                construction="long, decision buried; 'Para a vaga de X'; 'Aquisição de Talentos - X'")


PLAN = [("en", en_mail, 50), ("de", de_mail, 30), ("fr", fr_mail, 25), ("es", es_mail, 25),
        ("nl", nl_mail, 25), ("pt", pt_mail, 25)]


def build_message(m: Mail, n: int) -> EmailMessage:
    charset, cte = ENCODINGS[n % len(ENCODINGS)]
    msg = EmailMessage()
    msg["From"] = Address(display_name=m.display, addr_spec=m.addr)
    msg["To"] = formataddr(OWNER)
    msg["Subject"] = m.subject
    when = datetime(2026, 10, 1, 9, 0, tzinfo=UTC) + timedelta(hours=7 * n)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<x5-{n:04d}@{m.addr.split('@')[1]}>"
    if m.reply_to:
        msg["Reply-To"] = m.reply_to

    def fits(s: str) -> bool:
        try:
            s.encode(charset)
            return True
        except UnicodeEncodeError:
            return False

    cs = charset if fits((m.text or "") + (m.html or "")) else "utf-8"
    if cte == "8bit" and cs != "utf-8" and cs != charset:
        cte = "quoted-printable"
    if m.text is not None:
        msg.set_content(m.text, charset=cs, cte=cte)
        if m.html is not None:
            msg.add_alternative(m.html, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(m.html, subtype="html", charset=cs, cte=cte)
    return msg


def all_mails():
    n = 0
    for _lang, fn, count in PLAN:
        for i in range(count):
            n += 1
            yield n, fn(i)


def labels_of(n: int, m: Mail) -> dict:
    return {"file": f"{n:04d}.eml", "is_rejection": True, "company": m.company, "role": m.role,
            "contact_name": m.contact_name, "contact_email": m.contact_email,
            "careers_url": m.careers_url, "lang": m.lang, "construction": m.construction}


def build() -> None:
    MSG_DIR.mkdir(exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    rows = []
    for n, m in all_mails():
        (MSG_DIR / f"{n:04d}.eml").write_bytes(build_message(m, n).as_bytes())
        rows.append(labels_of(n, m))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def decoded(path: Path) -> str:
    msg = BytesParser(policy=policy.default).parse(path.open("rb"))
    parts = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Reply-To", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            body = part.get_content()
            if part.get_content_subtype() == "html":
                parts.append(body)  # keeps hrefs
                body = htmllib.unescape(re.sub(r"<[^>]+>", " ", body))
            parts.append(body)
    return squash("\n".join(parts))


def check() -> int:
    bad = 0
    rows = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in rows:
        text = decoded(MSG_DIR / r["file"])
        for k in ("company", "role", "contact_name", "contact_email", "careers_url"):
            v = r[k]
            if v is not None and squash(v) not in text:
                print(f"{r['file']}: {k}={v!r} not found")
                bad += 1
    print(f"checked {len(rows)} messages, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
