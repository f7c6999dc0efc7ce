# ruff: noqa: E501  (the material is whole sentences, one per line)
#!/usr/bin/env python3
"""Write the paraphrase corpus: fresh wordings, written for this check, that the dev corpora do not contain.

    .venv/bin/python tests/corpus/paraphrase/build.py    # writes round 1 here, rounds 2-5 in round2/ ... round5/

Per language 10 rejections (decisions phrased in new ways) and 10 hard look-alikes (invitations,
acknowledgements, offers, alerts, non-job refusals, withdrawals, someone else's rejection). Three sender
styles rotate: a named recruiter who signs, "Company via <ATS>" no-reply mail signed by a team, and a
company no-reply address with a careers link and no signature. Same input, same bytes.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import unicodedata
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
OWNER = ("Alex Moreau", "alex.moreau@inbox.example")

# (company, domain, role, recruiter) per language; a rotation keeps the fields independent of the wording
PEOPLE = {
    "en": [("Harbourline Logistics", "harbourline.example", "Operations Analyst", "Maya Okafor"),
           ("Cobalt Ridge Software", "cobaltridge.example", "Backend Developer", "Tom Hadley"),
           ("Fernwood Bank", "fernwoodbank.example", "Risk Modeller", "Priya Raman")],
    "de": [("Lindenhof Maschinenbau", "lindenhof-mb.example", "Projektingenieur", "Katrin Vogel"),
           ("Alpenblick Versicherung", "alpenblick.example", "Datenanalyst", "Jonas Reuter"),
           ("Nordlicht Energie", "nordlicht-energie.example", "Controller", "Miriam Scholz")],
    "fr": [("Batiplus Conseil", "batiplus.example", "Chef de projet digital", "Camille Perrin"),
           ("Maison Verlaine", "maisonverlaine.example", "Analyste financier", "Hugo Lemaire"),
           ("Orbitale Systèmes", "orbitale.example", "Ingénieur DevOps", "Sophie Garnier")],
    "es": [("Grupo Mirasol", "grupomirasol.example", "Analista de datos", "Lucía Navarro"),
           ("Transportes Albatros", "albatros.example", "Jefe de almacén", "Diego Ferrer"),
           ("Clínica Ribera", "clinicaribera.example", "Técnico de sistemas", "Marta Ibáñez")],
    "nl": [("Dijkstra Bouwgroep", "dijkstrabouw.example", "Werkvoorbereider", "Sanne de Wit"),
           ("Polderlicht Energie", "polderlicht.example", "Data-analist", "Bram Visser"),
           ("Grachtzicht Media", "grachtzicht.example", "Contentmarketeer", "Lotte Bakker")],
    "pt": [("Atlântico Seguros", "atlanticoseguros.example", "Analista de sistemas", "Inês Carvalho"),
           ("Cerrado Agro", "cerradoagro.example", "Engenheiro agrônomo", "Rafael Souza"),
           ("Vila Nova Têxteis", "vilanovatexteis.example", "Gestor de produto", "Beatriz Lima")],
}
GREET = {"en": "Hi Alex,", "de": "Hallo Alex,", "fr": "Bonjour Alex,", "es": "Hola Alex:", "nl": "Beste Alex,",
         "pt": "Olá Alex,"}
SIGN = {"en": "Kind regards,", "de": "Beste Grüße", "fr": "Bien à vous,", "es": "Saludos,", "nl": "Groeten,",
        "pt": "Atenciosamente,"}
TEAM = {"en": "The {c} hiring team", "de": "Ihr Recruiting-Team von {c}", "fr": "L'équipe recrutement de {c}",
        "es": "El equipo de selección de {c}", "nl": "Team recruitment {c}", "pt": "Equipa de recrutamento da {c}"}
SUBJ = {"en": "Update on your application - {r}", "de": "Ihre Bewerbung als {r}", "fr": "Votre candidature au poste de {r}",
        "es": "Tu candidatura para el puesto de {r}", "nl": "Je sollicitatie voor de functie {r}",
        "pt": "A sua candidatura à vaga de {r}"}

# Rejections: new wordings. {r} = role, {c} = company.
REJ = {
    "en": [
        "Thanks for the time you put into applying for the {r} role. After weighing every application, we won't be taking yours any further.",
        "I wanted to let you know personally that the panel has settled on another applicant for the {r} opening.",
        "Regretfully, your candidacy for {r} did not make it through to the final round this time.",
        "We've now reviewed the shortlist for {r} and I'm afraid you weren't among those selected for interview.",
        "After a great deal of thought we are going ahead with a candidate whose background lines up more closely with the {r} brief.",
        "The {r} vacancy has since been withdrawn following a budget review, so we are closing all open applications, including yours.",
        "It was a close call, but we will not be extending an offer for the {r} position.",
        "Sadly we've concluded that your profile isn't the right match for {r} at the moment.",
        "Following your interview for {r}, the team has decided to pursue other candidates.",
        "I'm sorry to say we won't be progressing your application for {r} to the next stage.",
    ],
    "de": [
        "vielen Dank für Ihr Interesse an der Position {r}. Nach sorgfältiger Durchsicht aller Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiterverfolgen werden.",
        "leider können wir Sie für die Stelle als {r} nicht in die engere Wahl nehmen.",
        "wir haben uns nach reiflicher Überlegung für einen anderen Bewerber entschieden, dessen Profil besser zur Stelle {r} passt.",
        "die ausgeschriebene Stelle {r} konnte inzwischen intern besetzt werden, daher ist Ihre Bewerbung leider nicht mehr berücksichtigt.",
        "nach dem Gespräch zur Position {r} haben wir entschieden, den Prozess mit Ihnen nicht fortzusetzen.",
        "wir bedauern, Ihnen heute eine Absage für die Stelle {r} geben zu müssen.",
        "Ihre Bewerbung als {r} hat es diesmal leider nicht in die nächste Runde geschafft.",
        "leider müssen wir Ihnen mitteilen, dass wir Ihnen für die Position {r} kein Angebot unterbreiten können.",
        "aufgrund eines Einstellungsstopps wird die Stelle {r} vorerst nicht besetzt; Ihre Bewerbung können wir daher nicht weiter bearbeiten.",
        "wir haben uns entschieden, andere Kandidatinnen und Kandidaten für die Stelle {r} zu berücksichtigen.",
    ],
    "fr": [
        "nous vous remercions de l'intérêt porté au poste de {r}. Après étude attentive, nous sommes au regret de ne pas pouvoir retenir votre candidature.",
        "malheureusement, nous avons choisi de poursuivre le recrutement pour le poste de {r} avec une autre personne.",
        "votre profil, bien qu'intéressant, ne correspond pas tout à fait à ce que nous recherchons pour le poste de {r}.",
        "le poste de {r} vient d'être pourvu en interne ; nous ne pouvons donc pas donner une suite favorable à votre candidature.",
        "après l'entretien pour le poste de {r}, nous avons décidé de ne pas poursuivre le processus avec vous.",
        "nous avons le regret de vous annoncer que votre candidature au poste de {r} n'a pas été sélectionnée pour la suite.",
        "nous avons reçu de nombreuses candidatures pour le poste de {r} et nous avons retenu des profils plus proches de nos besoins.",
        "suite à une réorganisation, le recrutement pour le poste de {r} est suspendu et nous clôturons votre candidature.",
        "nous ne donnerons pas suite à votre candidature pour le poste de {r}.",
        "c'est avec regret que nous vous informons que nous ne sommes pas en mesure de vous proposer le poste de {r}.",
    ],
    "es": [
        "gracias por tu interés en el puesto de {r}. Tras revisar todas las candidaturas, hemos decidido no avanzar con la tuya.",
        "sentimos comunicarte que para el puesto de {r} hemos seleccionado a otra persona cuyo perfil se ajusta mejor.",
        "lamentablemente tu candidatura para el puesto de {r} no ha resultado seleccionada en esta ocasión.",
        "te escribimos para informarte de que el puesto de {r} ya ha sido cubierto, por lo que cerramos tu candidatura.",
        "después de la entrevista para el puesto de {r}, hemos decidido no continuar contigo en el proceso.",
        "tras valorar tu perfil para el puesto de {r}, hemos optado por otros candidatos con más experiencia en el sector.",
        "por desgracia no podemos ofrecerte el puesto de {r}.",
        "te informamos de que el proceso para el puesto de {r} se ha cancelado y tu candidatura queda descartada.",
        "en esta ocasión no vamos a seguir adelante con tu candidatura al puesto de {r}.",
        "tu perfil no encaja con lo que buscamos ahora mismo para el puesto de {r}, así que no pasarás a la siguiente fase.",
    ],
    "nl": [
        "bedankt voor je interesse in de functie {r}. Na zorgvuldige afweging hebben we besloten je niet uit te nodigen voor een gesprek.",
        "helaas moeten we je laten weten dat we voor de functie {r} voor een andere kandidaat hebben gekozen.",
        "de vacature voor {r} is inmiddels vervuld, waardoor we je sollicitatie niet verder kunnen meenemen.",
        "na het gesprek over de functie {r} hebben we besloten het proces met jou niet voort te zetten.",
        "we hebben veel reacties ontvangen op de vacature {r} en jouw profiel sluit helaas minder goed aan dan dat van andere kandidaten.",
        "het spijt ons je te moeten meedelen dat je sollicitatie voor de functie {r} is afgewezen.",
        "we gaan niet verder met jouw sollicitatie voor de functie {r}.",
        "door een interne reorganisatie is de vacature {r} komen te vervallen; we sluiten daarom je sollicitatie af.",
        "je komt helaas niet in aanmerking voor de functie {r}.",
        "na het bekijken van je cv hebben we besloten een andere kandidaat aan te nemen voor de functie {r}.",
    ],
    "pt": [
        "agradecemos o seu interesse na vaga de {r}. Após uma análise cuidadosa, decidimos não prosseguir com a sua candidatura.",
        "infelizmente, optámos por outro candidato para a vaga de {r}.",
        "a sua candidatura à vaga de {r} não foi selecionada para a próxima fase.",
        "a vaga de {r} já foi preenchida internamente, pelo que encerramos o seu processo.",
        "depois da entrevista para a vaga de {r}, decidimos seguir com outros perfis mais alinhados com a função.",
        "lamentamos informar que não vamos avançar com o seu processo para a vaga de {r}.",
        "infelizmente o seu perfil não se enquadra no que procuramos neste momento para a vaga de {r}.",
        "o processo seletivo para a vaga de {r} foi cancelado e, por isso, a sua candidatura não seguirá adiante.",
        "após análise, a sua candidatura para a vaga de {r} não avançará.",
        "queremos informar que escolhemos outra pessoa para a vaga de {r}.",
    ],
}

# Hard look-alikes: same vocabulary, no decision against the reader's application.
LOOK = {
    "en": [
        "Thanks for applying for the {r} role! Your application is in and our team will be in touch within two weeks.",
        "Good news: we'd like you to move forward to a technical interview for {r}. Please pick a slot that suits you.",
        "We're delighted to extend an offer for the {r} position. The contract is attached for your review.",
        "Unfortunately your loan application could not be approved at this time. Our credit team decided against it based on your score.",
        "We regret that your paper was not accepted for the workshop; reviewers felt it was not a fit for this year's programme.",
        "As you requested, we have withdrawn your application for {r}. We wish you the best with your new job.",
        "Your candidate for {r}, Jordan Lee, was not selected to move forward. Please update the scorecard.",
        "New jobs matching your search: {r} and 12 more roles. Unfortunately some postings have already closed.",
        "We regret to inform you that the event is fully booked and we cannot offer you a ticket.",
        "Quick note: the interview for {r} has moved to Thursday. Nothing else changes and we're looking forward to it.",
    ],
    "de": [
        "vielen Dank für Ihre Bewerbung als {r}. Ihre Unterlagen sind bei uns eingegangen und wir melden uns in Kürze.",
        "wir möchten Sie gerne zu einem Vorstellungsgespräch für die Stelle {r} einladen.",
        "wir freuen uns, Ihnen die Position {r} anbieten zu können. Den Vertrag finden Sie im Anhang.",
        "leider können wir Ihren Kreditantrag nicht bewilligen.",
        "leider ist die Wohnung bereits vergeben; wir haben uns für andere Mietinteressenten entschieden.",
        "wie gewünscht haben wir Ihre Bewerbung als {r} zurückgezogen. Alles Gute für Ihren weiteren Weg.",
        "neue Stellenangebote für Sie: {r} und 8 weitere Jobs in Ihrer Nähe.",
        "leider müssen wir den Termin für Ihr Gespräch zur Stelle {r} verschieben. Wir schlagen Donnerstag vor.",
        "Ihr Manuskript wurde leider nicht zur Veröffentlichung angenommen.",
        "gute Nachrichten: Sie sind für die Stelle {r} in der nächsten Runde. Wir schicken Ihnen Terminvorschläge.",
    ],
    "fr": [
        "nous accusons réception de votre candidature au poste de {r}. Nous reviendrons vers vous rapidement.",
        "nous serions ravis de vous rencontrer pour un entretien pour le poste de {r}.",
        "nous avons le plaisir de vous proposer le poste de {r}. Vous trouverez la promesse d'embauche en pièce jointe.",
        "malheureusement votre dossier de location n'a pas été retenu par le propriétaire.",
        "votre article n'a pas été retenu pour la revue ce trimestre.",
        "à votre demande, nous avons bien retiré votre candidature au poste de {r}.",
        "nouvelles offres pour vous : {r} et 5 autres postes correspondent à votre alerte.",
        "nous devons malheureusement reporter l'entretien pour le poste de {r} à la semaine prochaine.",
        "votre demande de prêt personnel n'a malheureusement pas pu aboutir.",
        "bonne nouvelle : votre candidature au poste de {r} passe à l'étape suivante, un test technique vous sera envoyé.",
    ],
    "es": [
        "hemos recibido tu candidatura para el puesto de {r}. Te contactaremos si tu perfil encaja.",
        "nos gustaría invitarte a una entrevista para el puesto de {r}. ¿Qué día te viene bien?",
        "nos alegra ofrecerte el puesto de {r}. Adjuntamos la carta de oferta.",
        "lamentablemente tu solicitud de préstamo no ha sido aprobada.",
        "sentimos comunicarte que el piso ya está alquilado a otra persona.",
        "tal como nos pediste, hemos retirado tu candidatura al puesto de {r}.",
        "nuevas ofertas para ti: {r} y otras 7 vacantes según tu alerta.",
        "tenemos que reprogramar la entrevista del puesto de {r}; te propongo el martes.",
        "tu propuesta de charla no ha sido seleccionada para la conferencia de este año.",
        "¡enhorabuena! pasas a la siguiente fase del proceso para el puesto de {r}.",
    ],
    "nl": [
        "we hebben je sollicitatie voor de functie {r} ontvangen en laten binnen twee weken iets weten.",
        "we nodigen je graag uit voor een gesprek over de functie {r}.",
        "we zijn blij je de functie {r} aan te bieden. Het contract zit in de bijlage.",
        "helaas kunnen we je aanvraag voor een lening niet goedkeuren.",
        "helaas is de woning al aan een andere huurder toegewezen.",
        "zoals gevraagd hebben we je sollicitatie voor de functie {r} ingetrokken.",
        "nieuwe vacatures voor jou: {r} en 6 andere functies die passen bij je zoekopdracht.",
        "we moeten het gesprek voor de functie {r} helaas verzetten naar volgende week.",
        "je artikel is helaas niet geselecteerd voor publicatie in het tijdschrift.",
        "goed nieuws: je gaat door naar de volgende ronde voor de functie {r}.",
    ],
    "pt": [
        "recebemos a sua candidatura à vaga de {r} e entraremos em contacto em breve.",
        "gostaríamos de convidá-lo para uma entrevista para a vaga de {r}.",
        "temos o prazer de lhe oferecer a vaga de {r}. Segue em anexo a proposta de trabalho.",
        "infelizmente o seu pedido de empréstimo não foi aprovado.",
        "infelizmente o apartamento já foi arrendado a outra pessoa.",
        "conforme pediu, retirámos a sua candidatura à vaga de {r}.",
        "novas vagas para si: {r} e mais 4 oportunidades de acordo com o seu alerta.",
        "precisamos de reagendar a entrevista para a vaga de {r}; sugerimos quinta-feira.",
        "o seu artigo não foi aceite para publicação na revista.",
        "boas notícias: a sua candidatura à vaga de {r} avançou para a próxima etapa.",
    ],
}


def build() -> None:
    out = HERE / "messages"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    labels = []
    for lang, people in PEOPLE.items():
        items = [(True, s) for s in REJ[lang]] + [(False, s) for s in LOOK[lang]]
        for i, (is_rej, sentence) in enumerate(items):
            company, domain, role, person = people[i % 3]
            style = i % 3  # 0 recruiter signs, 1 ATS relay signed by a team, 2 company no-reply with careers link
            slug = domain.split(".")[0]
            body = sentence.format(r=role, c=company)
            msg = EmailMessage()
            label = {"file": f"{lang}-p{i + 1:03d}.eml", "is_rejection": is_rej, "company": company, "role": role,
                     "contact_name": None, "contact_email": None, "careers_url": None, "lang": lang}
            if style == 0:
                email = person.lower().replace(" ", ".").replace("í", "i").replace("ú", "u").replace("á", "a") + "@" + domain
                email = email.replace("ê", "e").replace("ñ", "n")
                msg["From"] = formataddr((person, email))
                sig = f"{SIGN[lang]}\n{person}\n{company}"
                label.update(contact_name=person, contact_email=email)
            elif style == 1:
                msg["From"] = formataddr((f"{company} via Greenhouse", "no-reply@greenhouse.io"))
                url = f"https://boards.greenhouse.io/{slug}"
                sig = f"{SIGN[lang]}\n{TEAM[lang].format(c=company)}\n\nOpen roles: {url}"
                label["careers_url"] = url
            else:
                msg["From"] = formataddr((company, f"no-reply@{domain}"))
                url = f"https://www.{domain}/careers"
                sig = f"{TEAM[lang].format(c=company)}\n{url}\nhttps://www.{domain}/privacy"
                label["careers_url"] = url
            msg["To"] = formataddr(OWNER)
            msg["Subject"] = SUBJ[lang].format(r=role)
            msg["Message-ID"] = f"<para-{lang}-{i + 1}@{domain}>"
            msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
            msg.set_content(f"{GREET[lang]}\n\n{body}\n\n{sig}\n")
            (out / label["file"]).write_bytes(bytes(msg))
            labels.append(label)
    (HERE / "labels.jsonl").write_text("".join(json.dumps(lb, ensure_ascii=False) + "\n" for lb in labels),
                                       encoding="utf-8")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", ".")


def build_round2() -> None:
    """Round 2 (material in round2.py): person + title line, Lever relay with a Reply-To person, HTML-only team mail."""
    import round2 as r2

    base = HERE / "round2"
    out = base / "messages"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    labels = []
    for lang, people in r2.PEOPLE.items():
        items = [(True, s) for s in r2.REJ[lang]] + [(False, s) for s in r2.LOOK[lang]]
        for i, (is_rej, sentence) in enumerate(items):
            company, domain, role, person = people[(i + 1) % 3]
            style = i % 3
            slug = domain.split(".")[0]
            body = sentence.format(r=role, c=company)
            email = _ascii(person) + "@" + domain
            msg = EmailMessage()
            label = {"file": f"{lang}-q{i + 1:03d}.eml", "is_rejection": is_rej, "company": company, "role": role,
                     "contact_name": None, "contact_email": None, "careers_url": None, "lang": lang}
            text = f"{r2.GREET[lang]}\n\n{body}\n\n"
            if style == 0:
                msg["From"] = formataddr((person, email))
                text += f"{r2.SIGN[lang]}\n\n{person}\n{r2.TITLE[lang]} | {company}\n"
                label.update(contact_name=person, contact_email=email)
            elif style == 1:
                msg["From"] = formataddr((company, "no-reply@hire.lever.co"))
                msg["Reply-To"] = formataddr((person, email))
                url = f"https://jobs.lever.co/{slug}"
                text += f"{r2.SIGN[lang]}\n{person}\n{r2.TITLE[lang]}, {company}\n\n{url}\n"
                label.update(contact_name=person, contact_email=email, careers_url=url)
            else:
                msg["From"] = formataddr((f"{company} Careers", f"careers@{domain}"))
                url = f"https://{domain}/jobs"
            msg["To"] = formataddr(OWNER)
            msg["Subject"] = r2.SUBJ[lang][i % 3].format(r=role, c=company)
            msg["Message-ID"] = f"<para2-{lang}-{i + 1}@{domain}>"
            msg["Date"] = "Tue, 03 Nov 2026 09:30:00 +0000"
            if style == 2:
                paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.strip().split("\n\n"))
                msg.set_content(
                    f"<html><body>{paras}<p>{html.escape(r2.TEAM[lang].format(c=company))}</p>"
                    f"<p><a href='{url}'>Jobs</a> · <a href='https://t.{domain}/c/x1?u=9'>View online</a> · "
                    f"<a href='https://{domain}/unsubscribe?id=3'>Unsubscribe</a></p></body></html>", subtype="html")
                label["careers_url"] = url
            else:
                msg.set_content(text)
            (out / label["file"]).write_bytes(bytes(msg))
            labels.append(label)
    (base / "labels.jsonl").write_text("".join(json.dumps(lb, ensure_ascii=False) + "\n" for lb in labels),
                                       encoding="utf-8")


def build_round3() -> None:
    """Round 3 (material in round3.py): a recruiter writes from the company domain and links the careers page."""
    import round3 as r3

    base = HERE / "round3"
    out = base / "messages"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    labels = []
    for lang, (company, domain, role, person) in r3.PEOPLE.items():
        items = [(True, s) for s in r3.REJ[lang]] + [(False, s) for s in r3.LOOK[lang]]
        for i, (is_rej, sentence) in enumerate(items):
            email = _ascii(person) + "@" + domain
            url = f"https://www.{domain}/careers"
            msg = EmailMessage()
            msg["From"] = formataddr((person, email))
            msg["To"] = formataddr(OWNER)
            msg["Subject"] = r3.SUBJ[lang].format(r=role)
            msg["Message-ID"] = f"<para3-{lang}-{i + 1}@{domain}>"
            msg["Date"] = "Wed, 04 Nov 2026 14:00:00 +0000"
            msg.set_content(f"{r3.GREET[lang]}\n\n{sentence.format(r=role)}\n\n{r3.SIGN[lang]}\n{person}\n{company}\n"
                            f"{url}\n")
            label = {"file": f"{lang}-r{i + 1:03d}.eml", "is_rejection": is_rej, "company": company, "role": role,
                     "contact_name": person, "contact_email": email, "careers_url": url, "lang": lang}
            (out / label["file"]).write_bytes(bytes(msg))
            labels.append(label)
    (base / "labels.jsonl").write_text("".join(json.dumps(lb, ensure_ascii=False) + "\n" for lb in labels),
                                       encoding="utf-8")


def build_simple(name: str, tag: str, date: str) -> None:
    """Rounds 4 and 5 (material in round4.py, round5.py): one recruiter letter per sentence from the company domain,
    with the company in the signature and the careers page linked."""
    mod = __import__(name)
    base = HERE / name
    out = base / "messages"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    labels = []
    for lang, (company, domain, role, person) in mod.PEOPLE.items():
        items = [(True, s) for s in mod.REJ[lang]] + [(False, s) for s in mod.LOOK[lang]]
        for i, (is_rej, sentence) in enumerate(items):
            email = _ascii(person) + "@" + domain
            url = f"https://www.{domain}/careers"
            msg = EmailMessage()
            msg["From"] = formataddr((person, email))
            msg["To"] = formataddr(OWNER)
            msg["Subject"] = mod.SUBJ[lang].format(r=role, c=company)
            msg["Message-ID"] = f"<{name}-{lang}-{i + 1}@{domain}>"
            msg["Date"] = date
            msg.set_content(f"{mod.GREET[lang]}\n\n{sentence.format(r=role, c=company)}\n\n{mod.SIGN[lang]}\n{person}\n"
                            f"{company}\n{url}\n")
            label = {"file": f"{lang}-{tag}{i + 1:03d}.eml", "is_rejection": is_rej, "company": company, "role": role,
                     "contact_name": person, "contact_email": email, "careers_url": url, "lang": lang}
            (out / label["file"]).write_bytes(bytes(msg))
            labels.append(label)
    (base / "labels.jsonl").write_text("".join(json.dumps(lb, ensure_ascii=False) + "\n" for lb in labels),
                                       encoding="utf-8")


if __name__ == "__main__":
    build()
    build_round2()
    build_round3()
    build_simple("round4", "s", "Thu, 05 Nov 2026 11:00:00 +0000")
    build_simple("round5", "t", "Fri, 06 Nov 2026 16:00:00 +0000")
