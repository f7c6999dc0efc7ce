# ruff: noqa: E501  (the material is whole sentences and signature lines, one per line)
#!/usr/bin/env python3
"""Write the extract1 corpus: 150 true rejections built for extraction variety (not for detection difficulty).

    .venv/bin/python tests/corpus/extract1/build.py            # (re)writes messages/ and labels.jsonl
    .venv/bin/python tests/corpus/extract1/build.py --check    # parses every message back and checks the labels

Written independently of core/detect/extract.py. Each message is put together from four choices that rotate
independently (so no field predicts another):

- where the employer is named: signature only, subject only, sender display name ("Jobs at X", "X Talent Team",
  "X via Workday", "X Recruiting <no-reply@myworkday.com>"), one body phrase only, the sender's domain only, or
  by an agency relaying its client's decision (the company is then the client);
- how the role is given: in quotes, after "for the position of", in the subject behind a reference number, with a
  gender marker ((m/w/d), (H/F), (m/v/x), (a)...), or not at all (role null);
- who signs: a person with a title, "i.A."/"p.p.", an initial-only first name, a signature after "-- ", a person
  whose Reply-To differs from the From, a team (contact null), a no-reply sender signed by a person (email only if
  the signature gives one);
- the careers link: none, the employer's page among tracking/unsubscribe/privacy/social links, an HTML anchor
  ("Browse open roles"), or an ATS-hosted board (Greenhouse, Lever, Personio, SmartRecruiters).

Bodies are plain, HTML-only or both; charsets and transfer encodings rotate (utf-8 QP/base64/8bit, latin-1,
windows-1252) and display names/subjects use RFC 2047 words. Labels give the company without legal suffix.
All people, companies and domains are invented. Same input, same bytes.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import unicodedata
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = ("Robin Aldana", "robin.aldana@inbox.example")
COUNTS = {"en": 40, "de": 25, "fr": 25, "es": 20, "nl": 20, "pt": 20}

# (name, legal suffix, domain, board slug)
COMPANIES = {
    "en": [("Harrow & Finch", "Ltd", "harrowfinch.example", "harrowfinch"),
           ("Bluepine Analytics", "Inc.", "bluepine-data.example", "bluepine"),
           ("O'Malley Freight", "", "omf-logistics.example", "omalleyfreight"),
           ("northwind labs", "", "nwlabs.example", "northwindlabs"),
           ("Castellan Health Partners", "LLC", "castellanhp.example", "castellan"),
           ("Tidewater Mutual", "plc", "twmutual.example", "tidewater"),
           ("Kestrel Robotics", "", "kestrel-rb.example", "kestrelrobotics"),
           ("Saffron & Sage Hospitality", "", "saffronsage.example", "saffronsage")],
    "de": [("Müller & Söhne Präzisionstechnik", "GmbH", "ms-praezision.example", "muellersoehne"),
           ("Hanseatische Werft", "AG", "hanse-werft.example", "hansewerft"),
           ("Weißdorn Apotheken", "", "wd-apotheken.example", "weissdorn"),
           ("kuchenwerk", "", "kuchen-werk.example", "kuchenwerk"),
           ("Alpenrot Versicherungen", "AG", "alpenrot-vers.example", "alpenrot"),
           ("Schäfer IT-Services", "GmbH", "schaefer-its.example", "schaeferit")],
    "fr": [("Maison Lefèvre & Fils", "SAS", "lefevre-fils.example", "lefevrefils"),
           ("Groupe Atlantis Énergie", "S.A.", "gae-energie.example", "atlantisenergie"),
           ("L'Atelier Numérique", "", "atelier-num.example", "ateliernumerique"),
           ("Bréguet Conseil", "SARL", "breguet-cs.example", "breguet"),
           ("datavive", "", "dtv-data.example", "datavive"),
           ("Caisse Solidaire du Rhône", "", "csrhone.example", "csrhone")],
    "es": [("Construcciones Peñalara", "S.L.", "cpenalara.example", "penalara"),
           ("Grupo Alcázar Seguros", "S.A.", "gaseguros.example", "alcazar"),
           ("Viñedos del Duero", "", "vduero.example", "vinedosduero"),
           ("Ágora Digital", "", "agora-dgt.example", "agoradigital"),
           ("Laboratorios Cierzo", "S.A.", "labcierzo.example", "labcierzo")],
    "nl": [("Van der Linden & Zn.", "B.V.", "vdlinden.example", "vanderlinden"),
           ("Polderwerk Installatietechniek", "B.V.", "pw-installatie.example", "polderwerk"),
           ("Zorggroep De Linde", "", "zgdelinde.example", "zorggroepdelinde"),
           ("bolwerk", "", "bolwerk-studio.example", "bolwerk"),
           ("Koninklijke Haverkamp", "N.V.", "khaverkamp.example", "haverkamp")],
    "pt": [("Sousa & Pereira Engenharia", "Lda.", "spengenharia.example", "sousapereira"),
           ("Banco Atlântida", "S.A.", "batlantida.example", "atlantida"),
           ("Conceição Têxtil", "", "ctextil.example", "conceicaotextil"),
           ("ondazul", "", "ondazul-mar.example", "ondazul"),
           ("Grupo Jacarandá", "Ltda.", "gjacaranda.example", "jacaranda")],
}
# companies that are named only by their domain: the name a person would write is the domain's label
DOMAIN_ONLY = {"en": [("Quillory", "quillory.example"), ("Zentrik", "zentrik.example")],
               "de": [("Lumetra", "lumetra.example")], "fr": [("Vernalis", "vernalis.example")],
               "es": [("Tramonta", "tramonta.example")], "nl": [("Skaldi", "skaldi.example")],
               "pt": [("Maresia", "maresia.example")]}
AGENCIES = {"en": [("Meridian Talent Partners", "meridiantalent.example"), ("Fieldstone Search", "fieldstonesearch.example")],
            "de": [("Hartmann Personalberatung", "hartmann-pb.example")],
            "fr": [("Talentis Recrutement", "talentis-rh.example")],
            "es": [("Selecta Talento", "selectatalento.example")],
            "nl": [("Oranjeboog Werving & Selectie", "oranjeboog.example")],
            "pt": [("Horizonte RH", "horizonterh.example")]}
ROLES = {
    "en": ["Senior Data Engineer", "Product Designer, Payments", "Customer Success Manager",
           "Staff Software Engineer (Platform)", "Junior Accountant", "Warehouse Operations Lead",
           "Marketing Coordinator", "Site Reliability Engineer"],
    "de": ["Sachbearbeiterin Buchhaltung", "Teamleitung Kundenservice", "Industriemechaniker",
           "Referentin Personalentwicklung", "Senior Controller"],
    "fr": ["Contrôleur de gestion", "Chef de projet digital", "Assistante RH", "Responsable logistique",
           "Juriste droit social"],
    "es": ["Analista de Riesgos", "Jefe de Obra", "Responsable de Compras", "Técnico de Nóminas"],
    "nl": ["Medewerker Klantenservice", "Senior Projectleider Infra", "Financieel Controller",
           "Teamleider Logistiek"],
    "pt": ["Analista de Dados Sênior", "Técnico de Manutenção", "Gestora de Conta", "Assistente Administrativo"],
}
GENDER_ROLES = {
    "en": ["Backend Developer (m/f/d)", "Frontend Engineer (f/m/d)", "Sales Executive (m/f/d)"],
    "de": ["Projektleiter Vertrieb (m/w/d)", "Senior Java-Entwickler (w/m/d)", "Werkstudent Marketing (m/w/d)",
           "Data Engineer (all genders)"],
    "fr": ["Chargé de clientèle (H/F)", "Développeur Full Stack (F/H)", "Ingénieur d'études (H/F)"],
    "es": ["Programador(a) Backend", "Diseñador(a) UX", "Técnico/a de Laboratorio"],
    "nl": ["Data-analist (m/v/x)", "Verpleegkundige (m/v)", "Backend Developer (m/v/x)"],
    "pt": ["Desenvolvedor(a) Front-end", "Engenheiro(a) de Software", "Analista de RH (m/f)"],
}
PEOPLE = {
    "en": [("Dana Whitfield", "Talent Acquisition Partner"), ("Marcus Oyelaran", "Senior Recruiter"),
           ("Priya Natarajan", "Recruiting Coordinator"), ("Ciarán O'Brien", "Head of People"),
           ("Hannah Lindqvist", "People Operations Lead")],
    "de": [("Jana Krüger", "Personalreferentin"), ("Tobias Weißmann", "Recruiter"),
           ("Mehmet Yıldız", "Talent Acquisition Specialist"), ("Sophie Brandtner", "HR Business Partner")],
    "fr": [("Camille Rousseau", "Chargée de recrutement"), ("Étienne Marchand", "Talent Acquisition Manager"),
           ("Inès Belkacem", "Responsable RH"), ("Anne-Sophie Perrin", "Chargée de recrutement")],
    "es": [("Lucía Herrero", "Técnica de Selección"), ("Álvaro Sanz", "Talent Acquisition"),
           ("Marta Quiroga", "Responsable de RR. HH."), ("Nerea Etxeberria", "Recruiter")],
    "nl": [("Sanne de Vries", "Corporate Recruiter"), ("Bram van Dijk", "HR-adviseur"),
           ("Fleur Janssen", "Talent Acquisition Specialist"), ("Joris ter Horst", "Recruiter")],
    "pt": [("Inês Carvalho", "Técnica de Recrutamento"), ("João Mendes", "Talent Acquisition"),
           ("Mariana Tavares", "Recrutadora"), ("Rui Gonçalves", "Gestor de RH")],
}

GREET = {"en": ["Dear Robin,", "Hi Robin,"], "de": ["Guten Tag Robin Aldana,", "Hallo Robin,"],
         "fr": ["Bonjour Robin,", "Madame, Monsieur,"], "es": ["Hola Robin:", "Estimado/a Robin:"],
         "nl": ["Beste Robin,", "Geachte heer/mevrouw Aldana,"], "pt": ["Olá Robin,", "Caro(a) Robin,"]}
SIGNOFF = {"en": ["Kind regards,", "Best wishes,", "All the best,"],
           "de": ["Mit freundlichen Grüßen", "Beste Grüße", "Viele Grüße"],
           "fr": ["Cordialement,", "Bien cordialement,", "Bien à vous,"],
           "es": ["Un saludo,", "Atentamente,", "Saludos cordiales,"],
           "nl": ["Met vriendelijke groet,", "Hartelijke groet,", "Groeten,"],
           "pt": ["Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,"]}
# the employer named once in the body
COMPANY_BODY = {
    "en": ["Thank you for your interest in joining {c}.", "Thank you for considering a career at {c}."],
    "de": ["vielen Dank für Ihr Interesse an einer Tätigkeit bei {c}.", "danke, dass du dich bei {c} beworben hast."],
    "fr": ["Nous vous remercions de l'intérêt que vous portez à {c}.", "Merci d'avoir pensé à {c} pour la suite de votre carrière."],
    "es": ["Gracias por tu interés en formar parte de {c}.", "Le agradecemos su interés en trabajar en {c}."],
    "nl": ["Bedankt voor je interesse in {c}.", "Hartelijk dank voor uw belangstelling voor een baan bij {c}."],
    "pt": ["Obrigado pelo interesse em fazer parte da {c}.", "Agradecemos o interesse demonstrado em trabalhar na {c}."],
}
# how the body names the role: {quote} and {position} forms; {rp} goes into the application sentence
ROLE_PHRASE = {
    "en": {"quoted": ' for the "{r}" role', "position": " for the position of {r}"},
    "de": {"quoted": " als „{r}“", "position": " für die Position {r}"},
    "fr": {"quoted": " pour le poste « {r} »", "position": " au poste de {r}"},
    "es": {"quoted": ' a la vacante "{r}"', "position": " para el puesto de {r}"},
    "nl": {"quoted": " voor de vacature ‘{r}’", "position": " voor de functie {r}"},
    "pt": {"quoted": ' para a vaga "{r}"', "position": " para a posição de {r}"},
}
APPLICATION = {
    "en": ["Thank you for your application{rp}.", "We have now carefully reviewed your application{rp}."],
    "de": ["vielen Dank für Ihre Bewerbung{rp}.", "Wir haben Ihre Bewerbung{rp} sorgfältig geprüft."],
    "fr": ["Nous vous remercions pour votre candidature{rp}.", "Nous avons étudié avec attention votre candidature{rp}."],
    "es": ["Gracias por enviarnos tu candidatura{rp}.", "Hemos revisado con atención tu candidatura{rp}."],
    "nl": ["Bedankt voor je sollicitatie{rp}.", "Wij hebben je sollicitatie{rp} zorgvuldig bekeken."],
    "pt": ["Agradecemos a sua candidatura{rp}.", "Analisámos com atenção a sua candidatura{rp}."],
}
DECISION = {
    "en": ["After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.",
           "Unfortunately, we will not be progressing your application any further.",
           "I'm sorry to let you know that we have decided not to proceed with your application.",
           "We regret to inform you that you have not been selected for the next stage of the process.",
           "On this occasion we have decided to pursue other applicants."],
    "de": ["Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
           "Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht berücksichtigen.",
           "Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
           "Leider haben wir uns gegen deine Bewerbung entschieden."],
    "fr": ["Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
           "Après étude attentive de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
           "Nous avons décidé de poursuivre avec d'autres candidats dont le profil correspond davantage à nos besoins.",
           "Malheureusement, nous ne donnerons pas suite à votre candidature."],
    "es": ["Lamentablemente, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a nuestras necesidades.",
           "Sentimos comunicarte que no has sido seleccionado para la siguiente fase del proceso.",
           "Lamentamos informarle de que su candidatura no ha sido seleccionada.",
           "En esta ocasión no vamos a seguir adelante con tu candidatura."],
    "nl": ["Helaas moeten we je laten weten dat we hebben besloten niet verder te gaan met je sollicitatie.",
           "Na zorgvuldige overweging hebben wij gekozen voor een andere kandidaat.",
           "Wij hebben besloten uw sollicitatie niet verder in behandeling te nemen.",
           "Helaas ben je niet geselecteerd voor de volgende ronde."],
    "pt": ["Infelizmente, decidimos avançar com outros candidatos cujo perfil se alinha melhor com as nossas necessidades.",
           "Lamentamos informar que a sua candidatura não foi selecionada para a próxima fase.",
           "Após análise cuidadosa, optámos por não dar seguimento à sua candidatura.",
           "Neste momento não vamos prosseguir com a sua candidatura."],
}
AGENCY = {
    "en": ["I've now had feedback from my client, {c}, on your application{rp}. Unfortunately they have decided not to progress your application any further.",
           "{c} have come back to me about your application{rp}, and I'm sorry to say they will not be moving forward with your application."],
    "de": ["inzwischen habe ich eine Rückmeldung unseres Mandanten {c} zu Ihrer Bewerbung{rp} erhalten. Leider hat sich das Unternehmen entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen."],
    "fr": ["Notre client, {c}, nous a fait part de sa décision concernant votre candidature{rp} : malheureusement, votre candidature n'a pas été retenue."],
    "es": ["Nuestro cliente, {c}, nos ha comunicado su decisión sobre tu candidatura{rp}: lamentablemente, tu candidatura no ha sido seleccionada."],
    "nl": ["Onze opdrachtgever {c} heeft een besluit genomen over je sollicitatie{rp}. Helaas hebben ze besloten niet verder te gaan met je sollicitatie."],
    "pt": ["O nosso cliente, {c}, deu-nos o retorno sobre a sua candidatura{rp}. Infelizmente, a sua candidatura não foi selecionada."],
}
CLOSING = {
    "en": ["We wish you every success in your job search.", "Thank you again for your time, and good luck."],
    "de": ["Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.", "Für deinen weiteren Weg wünschen wir dir viel Erfolg."],
    "fr": ["Nous vous souhaitons pleine réussite dans vos recherches.", "Avec nos meilleurs vœux pour la suite."],
    "es": ["Te deseamos mucha suerte en tu búsqueda.", "Le deseamos éxito en sus próximos proyectos."],
    "nl": ["We wensen je veel succes met je verdere zoektocht.", "Wij wensen u veel succes in uw loopbaan."],
    "pt": ["Desejamos-lhe os maiores sucessos profissionais.", "Boa sorte na sua procura."],
}
SUBJECT = {
    "en": ["Your application", "Update on your application", "Your recent application"],
    "de": ["Ihre Bewerbung", "Rückmeldung zu Ihrer Bewerbung"],
    "fr": ["Votre candidature", "Suite à votre candidature"],
    "es": ["Tu candidatura", "Actualización sobre tu candidatura"],
    "nl": ["Je sollicitatie", "Terugkoppeling op je sollicitatie"],
    "pt": ["A sua candidatura", "Atualização sobre a sua candidatura"],
}
SUBJECT_COMPANY = {
    "en": ["Your application at {c}", "{c} – your application", "Update from {c}"],
    "de": ["Ihre Bewerbung bei {c}", "{c}: Rückmeldung zu Ihrer Bewerbung"],
    "fr": ["Votre candidature chez {c}", "{c} – suite à votre candidature"],
    "es": ["Tu candidatura en {c}", "{c} – tu candidatura"],
    "nl": ["Je sollicitatie bij {c}", "{c} | terugkoppeling sollicitatie"],
    "pt": ["A sua candidatura na {c}", "{c} – a sua candidatura"],
}
SUBJECT_REF = {
    "en": ["Req #{n} – {r}", "[JR-{n}] {r} – application update", "Application update: {r} (Ref. {n})"],
    "de": ["Ref. {n}: {r}", "Ihre Bewerbung – Kennziffer {n} – {r}"],
    "fr": ["Réf. {n} - {r}", "Votre candidature – {r} (réf. {n})"],
    "es": ["Ref. {n} · {r}", "Tu candidatura – {r} (ref. {n})"],
    "nl": ["Vacature {n} | {r}", "Je sollicitatie – {r} (ref. {n})"],
    "pt": ["Vaga {n} – {r}", "A sua candidatura – {r} (ref. {n})"],
}
TEAM = {  # (team line naming the employer, team line without it)
    "en": ("The {c} Talent Team", "The Recruiting Team"), "de": ("Ihr Recruiting-Team der {c}", "Ihr Recruiting-Team"),
    "fr": ("L'équipe Talents de {c}", "L'équipe Recrutement"), "es": ("El equipo de Selección de {c}", "Equipo de Talento"),
    "nl": ("Het recruitmentteam van {c}", "Team Recruitment"), "pt": ("Equipa de Recrutamento {c}", "Equipa de Recrutamento"),
}
PROXY = {"en": "p.p.", "de": "i.A.", "fr": "P.O.", "nl": "p.p."}  # es/pt rarely sign for someone else
BROWSE = {"en": "Browse open roles", "de": "Offene Stellen ansehen", "fr": "Voir nos offres d'emploi",
          "es": "Ver ofertas abiertas", "nl": "Bekijk onze vacatures", "pt": "Ver vagas abertas"}
SITE_LINE = {"en": "Our current openings are listed at {u}", "de": "Unsere aktuellen Stellenangebote finden Sie unter {u}",
             "fr": "Retrouvez nos offres sur {u}", "es": "Puedes consultar nuestras ofertas en {u}",
             "nl": "Onze vacatures vind je op {u}", "pt": "Consulte as nossas vagas em {u}"}
PRIVACY = {"en": "Privacy notice", "de": "Datenschutzhinweise", "fr": "Politique de confidentialité",
           "es": "Política de privacidad", "nl": "Privacyverklaring", "pt": "Política de privacidade"}
UNSUB = {"en": "Unsubscribe", "de": "Abmelden", "fr": "Se désabonner", "es": "Darse de baja", "nl": "Afmelden",
         "pt": "Cancelar subscrição"}
SIGNED_EMAIL = {"en": "Email", "de": "E-Mail", "fr": "Courriel", "es": "Correo", "nl": "E-mail", "pt": "Email"}

ATS_SENDERS = [("no-reply@us.greenhouse-mail.io", "Greenhouse"), ("no-reply@hire.lever.co", "Lever"),
               ("noreply@myworkday.com", "Workday"), ("noreply@smartrecruiters.com", "SmartRecruiters"),
               ("no-reply@personio.de", "Personio")]
GENERIC_DISPLAY = ["Recruiting Team", "Talent Acquisition", "Careers", ""]

COMPANY_STYLES = ["signature", "subject", "display", "body", "domain", "agency"]
CONTACTS_FOR = {
    "signature": ["titled", "proxy", "initial", "dashdash", "team", "noreply_person"],
    "subject": ["replyto", "team", "noreply_person"],
    "display": ["noreply_person", "team", "replyto"],
    "body": ["team", "replyto", "noreply_person"],
    "domain": ["titled", "initial", "dashdash"],
    "agency": ["titled", "dashdash", "proxy", "initial"],
}
ROLE_STYLES = ["quoted", "position", "subject_ref", "gender", "none"]
CAREERS_STYLES = ["none", "site", "anchor", "ats"]
FORMATS = ["plain", "both", "html"]
ENCODINGS = [("utf-8", QP), ("utf-8", BASE64), ("utf-8", None), ("iso-8859-1", QP), ("windows-1252", None)]


def ascii_local(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch in " .-").replace(" ", ".")


def person_email(name: str, domain: str, initial: bool = False) -> str:
    parts = ascii_local(name).split(".")
    local = parts[0][0] + parts[-1] if initial else ".".join(parts)
    return f"{local.replace('-', '')}@{domain}"


def initial_name(name: str) -> str:
    first, *rest = name.split(" ")
    first = "-".join(p[0] + "." for p in first.split("-"))
    return " ".join([first, *rest])


def board_url(slug: str, k: int) -> str:
    return [f"https://boards.greenhouse.io/{slug}", f"https://jobs.lever.co/{slug}",
            f"https://{slug}.jobs.personio.de/", f"https://careers.smartrecruiters.com/{slug.capitalize()}"][k % 4]


def site_url(domain: str, k: int) -> str:
    return [f"https://www.{domain}/careers", f"https://careers.{domain}/jobs?utm_source=email&utm_medium=rejection",
            f"https://{domain}/en/jobs", f"https://jobs.{domain}/"][k % 4]


def build_one(lang: str, i: int, serial: int) -> tuple[bytes, dict]:
    cstyle = COMPANY_STYLES[i % 6]
    options = CONTACTS_FOR[cstyle]
    contact_style = options[(i // 6) % len(options)]
    if contact_style == "proxy" and lang not in PROXY:
        contact_style = "titled"
    rstyle = ROLE_STYLES[(i + i // 6) % 5]
    kstyle = CAREERS_STYLES[(i // 2 + i) % 4]
    fmt = FORMATS[(i + i // 3) % 3]
    charset, body_enc = ENCODINGS[(serial * 3) % 5]

    name, suffix, domain, slug = COMPANIES[lang][(i * 3 + i // 5) % len(COMPANIES[lang])]
    legal = f"{name} {suffix}".strip()
    if cstyle == "domain":
        name, domain = DOMAIN_ONLY[lang][i // 6 % len(DOMAIN_ONLY[lang])]
        slug, legal = domain.split(".")[0], ""
    agency = AGENCIES[lang][i // 6 % len(AGENCIES[lang])] if cstyle == "agency" else None
    person, title = PEOPLE[lang][(i * 5 + i // 4) % len(PEOPLE[lang])]
    if rstyle == "gender":
        role = GENDER_ROLES[lang][i // 5 % len(GENDER_ROLES[lang])]
    elif rstyle == "none":
        role = None
    else:
        role = ROLES[lang][(i * 7 + i // 3) % len(ROLES[lang])]
    k = i // 4
    ref = 1000 + (serial * 7919) % 9000

    # subject
    if cstyle == "subject" and rstyle == "subject_ref":
        subject = f"{name} | " + SUBJECT_REF[lang][k % len(SUBJECT_REF[lang])].format(n=ref, r=role)
    elif cstyle == "subject":
        subject = SUBJECT_COMPANY[lang][k % len(SUBJECT_COMPANY[lang])].format(c=name)
    elif rstyle == "subject_ref":
        subject = SUBJECT_REF[lang][k % len(SUBJECT_REF[lang])].format(n=ref, r=role)
    else:
        subject = SUBJECT[lang][k % len(SUBJECT[lang])]

    # body
    rp = ""
    if rstyle in ("quoted", "position") or (rstyle == "gender" and i % 2):
        rp = ROLE_PHRASE[lang]["quoted" if rstyle == "quoted" else "position"].format(r=role)
    elif rstyle == "gender":  # even: the gendered title goes to the subject instead
        subject = SUBJECT[lang][0] + (" – " if lang != "nl" else ": ") + role
    paragraphs = [GREET[lang][i % 2]]
    company_label = name
    if agency:
        client = legal if i % 2 else name
        paragraphs.append(AGENCY[lang][k % len(AGENCY[lang])].format(c=client, rp=rp))
    else:
        first = []
        if cstyle == "body":
            first.append(COMPANY_BODY[lang][k % 2].format(c=legal if k % 3 == 2 else name))
        first.append(APPLICATION[lang][(i // 2) % 2].format(rp=rp))
        paragraphs.append(" ".join(first))
        paragraphs.append(DECISION[lang][(i * 3 + k) % len(DECISION[lang])])
    paragraphs.append(CLOSING[lang][i % 2])

    # sender, signature, contact
    org_line = legal if cstyle == "signature" else (agency[0] if agency else None)
    from_domain = agency[1] if agency else domain
    ats_addr, ats_name = ATS_SENDERS[serial % len(ATS_SENDERS)]
    signoff = SIGNOFF[lang][i % 3]
    reply_to = None
    contact_name: str | None = person
    contact_email: str | None = person_email(person, from_domain)
    sig: list[str] = []
    dashed: list[str] = []
    if contact_style == "titled":
        sender = formataddr((person, contact_email), charset="utf-8" if i % 2 else "iso-8859-1")
        sig = [signoff, person if i % 3 else f"{person} | {title}", *([] if not i % 3 else [title])]
        sig += [org_line] if org_line else []
    elif contact_style == "proxy":
        sender = formataddr((person, contact_email))
        sig = [signoff, *([org_line, ""] if org_line else []), f"{PROXY[lang]} {person}", title]
    elif contact_style == "initial":
        contact_name = initial_name(person)
        contact_email = person_email(person, from_domain, initial=True)
        sender = formataddr((contact_name, contact_email))
        sig = [signoff, contact_name, f"{title}, {org_line}" if org_line else title]
    elif contact_style == "dashdash":
        sender = formataddr((person, contact_email))
        sig = [signoff, person.split(" ")[0]]
        dashed = [person, title, *([org_line] if org_line else []), f"T +{30 + i} {100 + serial} {4400 + i * 13}"]
    elif contact_style == "replyto":
        reply_to = formataddr((person, person_email(person, domain)))
        contact_email = person_email(person, domain)
        sender = formataddr((GENERIC_DISPLAY[i % 3], f"careers@{domain}"))
        sig = [signoff, person, title]
    elif contact_style == "team":
        contact_name = contact_email = None
        team_named, team_plain = TEAM[lang]
        sender = formataddr(("", f"no-reply@{domain}")) if i % 2 else formataddr(("Recruiting", f"jobs@{domain}"))
        sig = [signoff, team_named.format(c=name) if cstyle == "signature" else team_plain]
    else:  # noreply_person
        sender = formataddr((GENERIC_DISPLAY[i % 4], ats_addr))
        sig = [signoff, person, title] + ([org_line] if org_line else [])
        if i % 2:
            sig.append(f"{SIGNED_EMAIL[lang]}: {contact_email}")
        else:
            contact_email = None
    if cstyle == "display":
        kind = (i // 6) % 4
        display = [f"Jobs at {name}", f"{name} Talent Team", f"{name} via Workday", f"{name} Recruiting"][kind]
        addr = [f"jobs@{domain}" if contact_style != "noreply_person" else ats_addr, ats_addr,
                f"{slug}@myworkday.com", "no-reply@myworkday.com"][kind]
        sender = formataddr((display, addr), charset="utf-8")
    elif cstyle in ("subject", "body") and contact_style == "team":
        sender = formataddr((GENERIC_DISPLAY[i % 4], ats_addr))

    # careers link and footer distractors
    careers = None
    links: list[tuple[str, str]] = []  # (anchor text, url) in the footer
    tracking = f"https://links.{from_domain}/ls/click?upn={serial:04d}x{ref}"
    if kstyle == "site":
        careers = site_url(domain, k)
    elif kstyle == "anchor":
        careers = site_url(domain, k + 1)
    elif kstyle == "ats":
        careers = board_url(slug, i // 4 + serial)
    footer_links = [(PRIVACY[lang], f"https://www.{from_domain}/privacy"),
                    (UNSUB[lang], f"https://links.{from_domain}/unsubscribe?u={serial}"),
                    ("LinkedIn", f"https://www.linkedin.com/company/{from_domain.split('.')[0] if agency else slug}")]
    if serial % 3 == 0:
        footer_links.insert(0, ("", tracking))
    if kstyle == "none" and i % 2:
        footer_links = footer_links[:1]
    links = footer_links

    label = {"file": f"{lang}-x{i + 1:03d}.eml", "is_rejection": True, "company": company_label, "role": role,
             "contact_name": contact_name, "contact_email": contact_email, "careers_url": careers, "lang": lang,
             "company_in": cstyle, "role_in": rstyle, "contact_kind": contact_style, "careers_kind": kstyle,
             "format": fmt}

    # plain text
    text_parts = list(paragraphs)
    if careers and kstyle == "anchor":
        text_parts.append(f"{BROWSE[lang]}: {careers}")
    elif careers:
        text_parts.append(SITE_LINE[lang].format(u=careers) if kstyle == "site" else f"{BROWSE[lang]}: {careers}")
    text = "\n\n".join(text_parts) + "\n\n" + "\n".join(sig) + "\n"
    if dashed:
        text += "\n-- \n" + "\n".join(dashed) + "\n"
    text += "\n" + " | ".join(f"{t}: {u}" if t else u for t, u in links) + "\n"

    # html
    esc = html.escape
    hp = [f"<p>{esc(p)}</p>" for p in paragraphs]
    if careers and kstyle == "site":
        before, _, after = SITE_LINE[lang].partition("{u}")
        hp.append(f'<p>{esc(before)}<a href="{esc(careers)}">{esc(careers)}</a>{esc(after)}</p>')
    elif careers:
        hp.append(f'<p><a href="{esc(careers)}" style="color:#0a5">{esc(BROWSE[lang])}</a></p>')
    hp.append("<p>" + "<br>".join(esc(s) for s in sig) + "</p>")
    if dashed:
        hp.append("<p>-- <br>" + "<br>".join(esc(s) for s in dashed) + "</p>")
    foot = " &middot; ".join(f'<a href="{esc(u)}">{esc(t) if t else "&nbsp;"}</a>' for t, u in links)
    body_html = ('<!DOCTYPE html><html><head><meta charset="' + charset + '"><style>p{margin:0 0 12px}</style></head>'
                 f'<body><table width="600"><tr><td>{"".join(hp)}</td></tr><tr><td style="font-size:11px">{foot}'
                 f'<img src="https://links.{from_domain}/open.gif?m={serial}" width="1" height="1" alt=""></td></tr>'
                 '</table></body></html>\n')

    cs = charset
    try:
        (text + body_html).encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    cset = Charset(cs)
    cset.body_encoding = body_enc if not (cs != "utf-8" and body_enc is BASE64) else QP
    if fmt == "plain":
        msg = MIMEText(text, "plain", cset)
    elif fmt == "html":
        msg = MIMEText(body_html, "html", cset)
    else:
        msg = MIMEMultipart("alternative", boundary=f"=_extract1_{serial:04d}")  # fixed: same input, same bytes
        msg.attach(MIMEText(text, "plain", cset))
        msg.attach(MIMEText(body_html, "html", cset))
    msg["From"] = sender
    msg["To"] = formataddr(OWNER)
    if reply_to:
        msg["Reply-To"] = reply_to
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, "iso-8859-1" if serial % 2 and _latin(subject) else "utf-8")
    msg["Date"] = f"Tue, {3 + serial % 25:02d} Nov 2026 {8 + serial % 10:02d}:{serial * 7 % 60:02d}:00 +0100"
    msg["Message-ID"] = f"<x1.{serial:04d}.{lang}@{from_domain if contact_style != 'noreply_person' else ats_addr.split('@')[1]}>"
    return msg.as_bytes(), label


def _latin(text: str) -> bool:
    try:
        text.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def build() -> list[tuple[bytes, dict]]:
    out = []
    serial = 0
    for lang, count in COUNTS.items():
        for i in range(count):
            out.append(build_one(lang, i, serial))
            serial += 1
    return out


def write() -> None:
    folder = HERE / "messages"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    lines = []
    for raw, label in build():
        (folder / label["file"]).write_bytes(raw)
        lines.append(json.dumps(label, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} messages to {folder}")


def check() -> int:
    """Parse each message back; every non-null label value must occur in what a reader of the mail can see."""
    import email
    import email.policy

    bad = 0
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for label in labels:
        raw = (HERE / "messages" / label["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        seen = [str(msg.get(h, "")) for h in ("From", "Reply-To", "Subject")]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                seen.append(part.get_content())
        blob = html.unescape("\n".join(seen)).casefold()
        for field in ("company", "role", "contact_name", "contact_email", "careers_url"):
            value = label[field]
            if value is not None and value.casefold() not in blob:
                print(f"{label['file']}: {field} {value!r} not in the mail")
                bad += 1
        if not label["is_rejection"]:
            bad += 1
    print(f"checked {len(labels)} messages: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
