"""Build the dev4/fr corpus: 100 French messages (rejections, hard look-alikes, ordinary job-ish mail).

Written from scratch as an independent author before reading the French detector. Deterministic output:
``messages/NNNN.eml`` and ``labels.jsonl`` (DESIGN.md "Labelled corpus format" plus ``kind``).
Run: .venv/bin/python tests/corpus/dev4/fr/build.py [--check]
All people, companies and domains are invented.
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWNER = ("Camille Roussel", "camille.roussel@courriel.example")
MESSAGES: list[dict] = []

FOOTER_GROUPE = (
    "Ce message et toutes les pièces jointes sont établis à l’intention exclusive de leurs destinataires et sont "
    "confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d’en avertir immédiatement "
    "l’expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute "
    "publication, totale ou partielle, est interdite, sauf autorisation expresse. Les données personnelles vous "
    "concernant sont traitées conformément à notre politique de confidentialité ; vous disposez d’un droit "
    "d’accès, de rectification et d’effacement que vous pouvez exercer à l’adresse dpo@{domain}."
)


def add(kind: str, subject: str, sender: tuple[str, str], body: str, *, rej: bool = False, company=None,
        role=None, cname=None, cemail=None, url=None, fmt: str = "plain", charset: str = "utf-8",
        cte: str = "quoted-printable", wrap: int | None = None, reply_to: str | None = None) -> None:
    MESSAGES.append(dict(kind=kind, subject=subject, sender=sender, body=textwrap.dedent(body).strip("\n"),
                         rej=rej, company=company, role=role, cname=cname, cemail=cemail, url=url, fmt=fmt,
                         charset=charset, cte=cte, wrap=wrap, reply_to=reply_to))


def to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        esc = html.escape(p).replace("\n", "<br>\n")
        out.append(f'<p style="font-family:Arial,sans-serif;font-size:14px;color:#333">{esc}</p>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Message</title></head>"
            "<body><table width=\"600\" align=\"center\"><tr><td>\n" + "\n".join(out) + "\n</td></tr></table></body></html>")


def part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    p = MIMENonMultipart("text", subtype, charset=charset)
    if charset == "iso-8859-1":  # no typographic apostrophes, dashes or ligatures in latin-1
        text = text.translate({0x2019: "'", 0x2013: "-", 0x2014: "-", 0x0153: "oe", 0x20AC: "EUR", 0x2022: "*"})
    data = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = quopri.encodestring(data).decode("ascii")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def build_one(n: int, m: dict) -> bytes:
    body = m["body"]
    if m["wrap"]:
        body = "\n\n".join(textwrap.fill(p, m["wrap"]) if not p.startswith((">", "-----", "De :")) else p
                           for p in body.split("\n\n"))
    if m["fmt"] == "plain":
        msg = part(body, "plain", m["charset"], m["cte"])
    elif m["fmt"] == "html":
        msg = part(to_html(body), "html", m["charset"], m["cte"])
    else:
        msg = MIMEMultipart("alternative", boundary=f"=_dev4fr_{n:04d}_alt")
        msg.attach(part(body, "plain", m["charset"], m["cte"]))
        msg.attach(part(to_html(body), "html", m["charset"], m["cte"]))
    name, addr = m["sender"]
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = formataddr(OWNER, charset="utf-8")
    msg["Subject"] = Header(m["subject"], "utf-8")
    when = datetime(2025, 3, 3, 8, 30, tzinfo=timezone(timedelta(hours=1))) + timedelta(hours=7 * n, minutes=13 * n)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<dev4fr.{n:04d}@{addr.split('@')[1]}>"
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes()


def label(n: int, m: dict) -> dict:
    return {"file": f"{n:04d}.eml", "is_rejection": m["rej"], "company": m["company"], "role": m["role"],
            "contact_name": m["cname"], "contact_email": m["cemail"], "careers_url": m["url"], "lang": "fr",
            "kind": m["kind"]}


def text_of(raw: bytes) -> str:
    msg = message_from_bytes(raw, policy=policy.default)
    chunks = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


# --------------------------------------------------------------------------------------------- rejections
add("rejection/ats-html", "Votre candidature – Contrôleur de gestion (H/F)",
    ("Groupe Valmaris Recrutement", "no-reply@myworkdayjobs.valmaris.example"), """
    Bonjour Camille,

    Nous vous remercions pour l’intérêt que vous portez au Groupe Valmaris et pour le temps consacré à votre candidature au poste de Contrôleur de gestion (H/F) – réf. R-20418.

    Après une étude attentive de votre dossier, nous sommes au regret de vous informer que celui-ci n’a pas été retenu.

    Nous vous invitons à consulter régulièrement nos offres sur https://carrieres.valmaris.example/offres et vous souhaitons plein succès dans vos recherches.

    L’équipe Recrutement Groupe Valmaris

    """ + FOOTER_GROUPE.format(domain="valmaris.example"),
    rej=True, company="Groupe Valmaris", role="Contrôleur de gestion", url="https://carrieres.valmaris.example/offres",
    fmt="html")

add("rejection/small-firm-informal-after-interview", "Suite à notre échange de mardi",
    ("Julien Marchetti", "julien@atelier-brunelle.example"), """
    Bonjour Camille,

    Encore merci d'être passée à l'atelier mardi, j'ai vraiment apprécié la discussion et le petit tour de tes maquettes.

    On a beaucoup hésité avec Clara, mais on a finalement choisi quelqu'un de plus senior pour le poste de développeuse front-end, parce qu'on va devoir encadrer deux juniors dès la rentrée. Je suis désolé de ne pas avoir une meilleure nouvelle à t'annoncer.

    Si tu passes par Nantes, n'hésite pas à venir prendre un café.

    Julien
    Atelier Brunelle – studio web
    """, rej=True, company="Atelier Brunelle", role="développeuse front-end", cname="Julien Marchetti",
    cemail="julien@atelier-brunelle.example")

add("rejection/agency-relays-client", "Poste de Responsable d'entrepôt – retour de notre client",
    ("Sandrine Aubert | Talentis Conseil", "s.aubert@talentis-conseil.example"), """
    Bonjour Madame Roussel,

    Je fais suite à votre entretien avec notre client, acteur régional de la logistique du froid, pour le poste de Responsable d’entrepôt basé à Rungis.

    Notre client a pris la décision de ne pas donner suite à votre candidature : il souhaite privilégier un profil ayant déjà piloté une plateforme de plus de 200 personnes.

    Je garde bien entendu votre profil en tête pour d’autres missions et reviendrai vers vous dès qu’une opportunité s’en rapprochera.

    Bien cordialement,

    Sandrine Aubert
    Consultante senior – Supply Chain
    Talentis Conseil
    01 84 00 00 17
    """, rej=True, company="Talentis Conseil", role="Responsable d'entrepôt", cname="Sandrine Aubert",
    cemail="s.aubert@talentis-conseil.example")

add("rejection/public-sector", "Recrutement – Attaché(e) d'administration – Direction des finances",
    ("Mairie de Saint-Aubin-les-Prés – DRH", "drh@saint-aubin-les-pres.example"), """
    Madame,

    Vous avez fait acte de candidature au poste d'attaché(e) d'administration au sein de la Direction des finances de la commune, et je vous en remercie.

    J'ai le regret de vous faire savoir que la commission de recrutement, réunie le 14 mars dernier, n'a pas retenu votre candidature.

    Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

    Pour le Maire et par délégation,
    Nathalie Gervais
    Directrice des ressources humaines
    """, rej=True, company="Mairie de Saint-Aubin-les-Prés", role="attaché(e) d'administration",
    cname="Nathalie Gervais", cemail="drh@saint-aubin-les-pres.example", charset="iso-8859-1")

add("rejection/university-committee", "Campagne de recrutement 2025 – poste MCF 0412",
    ("Université de Valcourt – Service du personnel enseignant", "recrutement-ec@univ-valcourt.example"), """
    Madame,

    Le comité de sélection constitué pour le poste de maître de conférences n° 0412 (section 27, informatique) s’est réuni le 7 avril 2025.

    À l’issue de l’examen des dossiers, votre candidature ne figure pas parmi celles retenues pour l’audition.

    Nous vous remercions de l’intérêt que vous avez porté à notre établissement.

    Le Service du personnel enseignant
    Université de Valcourt
    """, rej=True, company="Université de Valcourt", role="maître de conférences")

add("rejection/internship-tutoiement", "Ta candidature pour le stage Marketing digital",
    ("Emma de Kerhuel – Lumina Cosmétiques", "emma.dekerhuel@lumina-cosmetiques.example"), """
    Hello Camille,

    Merci beaucoup pour ta candidature au stage Marketing digital de 6 mois à partir de septembre.

    On a bien étudié ton dossier, mais malheureusement on ne pourra pas y donner une suite favorable : on cherche cette année quelqu’un de plus orienté acquisition payante.

    On te souhaite de trouver un super stage, et n’hésite pas à suivre nos offres sur https://jobs.lumina-cosmetiques.example !

    Emma
    Talent Acquisition – Lumina Cosmétiques
    """, rej=True, company="Lumina Cosmétiques", role="stage Marketing digital", cname="Emma de Kerhuel",
    cemail="emma.dekerhuel@lumina-cosmetiques.example", url="https://jobs.lumina-cosmetiques.example")

add("rejection/apprenticeship-profile-mismatch", "Alternance Technicien réseaux – réponse",
    ("Recrutement Telvia", "alternance@telvia.example"), """
    Bonjour,

    Nous avons bien pris connaissance de votre candidature pour l’alternance Technicien réseaux (BTS SIO) sur notre site de Lille.

    Malheureusement, votre profil ne correspond pas à nos besoins pour cette rentrée : nous recherchons en priorité des étudiants en option SISR.

    Nous vous souhaitons une bonne continuation dans votre recherche d’entreprise.

    Le service Recrutement – Telvia
    """, rej=True, company="Telvia", role="Technicien réseaux")

add("rejection/position-filled-talent-pool", "Chargé(e) de communication – point sur votre candidature",
    ("Fondation Orméa", "rh@fondation-ormea.example"), """
    Madame Roussel,

    Nous vous remercions sincèrement pour votre candidature au poste de chargé(e) de communication.

    Le poste a depuis été pourvu. Avec votre accord, nous conservons néanmoins votre CV dans notre vivier de candidats pendant deux ans et ne manquerons pas de vous recontacter si un poste correspondant à votre profil venait à se libérer.

    Avec nos salutations les meilleures,

    Aurélie Pasquier
    Responsable RH – Fondation Orméa
    """, rej=True, company="Fondation Orméa", role="chargé(e) de communication", cname="Aurélie Pasquier",
    cemail="rh@fondation-ormea.example")

add("rejection/hiring-freeze", "Votre candidature chez Nordélis",
    ("Nordélis Talent (via Greenhouse)", "no-reply@greenhouse.nordelis.example"), """
    Bonjour Camille,

    Merci d'avoir postulé au poste de Product Manager Data chez Nordélis.

    Compte tenu du gel des recrutements décidé pour le second semestre, ce recrutement est suspendu sans date de reprise et nous clôturons par conséquent l'ensemble des candidatures en cours, dont la vôtre.

    Nous savons que ce n'est pas la réponse espérée et vous remercions de votre compréhension.

    L'équipe Talent de Nordélis
    https://www.nordelis.example/carrieres
    """, rej=True, company="Nordélis", role="Product Manager Data", url="https://www.nordelis.example/carrieres",
    fmt="alt")

add("rejection/role-cancelled", "Poste d'assistant(e) de direction – annulation",
    ("Maître Hélène Carbonnel", "h.carbonnel@carbonnel-avocats.example"), """
    Madame,

    Je reviens vers vous au sujet du poste d'assistant(e) de direction pour lequel vous aviez postulé au cabinet.

    À la suite d'une réorganisation interne, ce poste a été supprimé ; votre candidature ne peut donc malheureusement pas aboutir.

    Je vous remercie de l'intérêt porté au cabinet et vous prie de croire, Madame, à mes sentiments les meilleurs.

    Hélène Carbonnel
    Avocate associée – Carbonnel Avocats
    """, rej=True, company="Carbonnel Avocats", role="assistant(e) de direction", cname="Hélène Carbonnel",
    cemail="h.carbonnel@carbonnel-avocats.example")

add("rejection/other-candidate-experience", "Responsable paie – Hexacore",
    ("Marion Lefebvre", "marion.lefebvre@hexacore.example"), """
    Bonjour Camille,

    Merci pour votre disponibilité lors des deux entretiens et pour la qualité de nos échanges.

    Nous avons retenu une candidate dont l’expérience des conventions collectives du BTP correspond davantage à notre contexte.

    Je vous souhaite une très belle suite.

    Marion Lefebvre
    HR Business Partner
    Hexacore
    """, rej=True, company="Hexacore", role="Responsable paie", cname="Marion Lefebvre",
    cemail="marion.lefebvre@hexacore.example")

add("rejection/nominal-style", "Réponse défavorable – candidature Technicien de maintenance",
    ("Ateliers Dufresne", "contact@ateliers-dufresne.example"), """
    Madame,

    Objet : votre candidature au poste de technicien de maintenance (réf. TM-07).

    Réponse défavorable de notre part à l’issue de l’examen des candidatures, le poste nécessitant une habilitation électrique BR que votre dossier ne mentionne pas.

    Recevez, Madame, nos salutations distinguées.

    Service du personnel
    Ateliers Dufresne
    """, rej=True, company="Ateliers Dufresne", role="technicien de maintenance",
    charset="windows-1252")

add("rejection/impersonal", "Candidature – Juriste droit social",
    ("Recrutement Cabinet Aldéric", "recrutement@alderic.example"), """
    Bonjour Madame Roussel,

    Nous avons bien reçu votre candidature au poste de juriste en droit social et vous en remercions.

    Il ne nous a malheureusement pas été possible de la retenir, au regard du nombre important de dossiers reçus et des profils très expérimentés qui se sont présentés.

    Bien cordialement,

    Thomas Vidal
    Office manager – Cabinet Aldéric
    """, rej=True, company="Cabinet Aldéric", role="juriste en droit social", cname="Thomas Vidal",
    cemail="recrutement@alderic.example")

add("rejection/subjunctive", "Votre candidature – Chef de projet événementiel",
    ("Anaïs Morel – Festivia", "anais.morel@festivia.example"), """
    Chère Camille,

    Merci d’avoir pris le temps de rencontrer l’équipe jeudi dernier.

    Nous regrettons que notre réponse ne puisse être positive cette fois-ci : le poste de chef de projet événementiel demandait une expérience du salon professionnel que nous n’avons pas retrouvée dans votre parcours.

    Au plaisir de croiser à nouveau votre route,

    Anaïs Morel
    Directrice des opérations, Festivia
    """, rej=True, company="Festivia", role="chef de projet événementiel", cname="Anaïs Morel",
    cemail="anais.morel@festivia.example")

add("rejection/conditional-politeness", "Data Analyst – retour après le cas pratique",
    ("Karim Benali", "karim.benali@orbitale-assurances.example"), """
    Bonjour Camille,

    Merci pour le cas pratique rendu la semaine dernière, l’équipe a apprécié la clarté de la restitution.

    Nous aurions aimé vous annoncer une meilleure nouvelle, mais nous ne poursuivrons pas le processus avec vous pour le poste de Data Analyst ; d’autres candidats ont montré une maîtrise plus poussée de la modélisation actuarielle.

    Belle continuation,

    Karim Benali
    Lead Data – Orbitale Assurances
    """, rej=True, company="Orbitale Assurances", role="Data Analyst", cname="Karim Benali",
    cemail="karim.benali@orbitale-assurances.example")

add("rejection/smartrecruiters-next-step", "Mise à jour de votre candidature – Acheteur Projets",
    ("Fermantis via SmartRecruiters", "noreply@smartrecruiters.fermantis.example"), """
    Bonjour Camille Roussel,

    Nous vous remercions d'avoir postulé au poste d'Acheteur Projets (F/H) au sein de Fermantis.

    Nous avons le regret de vous informer que votre candidature n'a pas été sélectionnée pour la suite du processus de recrutement.

    Nous vous encourageons à postuler à d'autres offres qui correspondent à votre profil : https://careers.fermantis.example/fr

    Cordialement,
    L'équipe Acquisition de talents – Fermantis

    Vous recevez cet e-mail car vous avez postulé via notre site carrières. Politique de confidentialité : https://www.fermantis.example/confidentialite
    """, rej=True, company="Fermantis", role="Acheteur Projets", url="https://careers.fermantis.example/fr",
    fmt="alt", cte="base64")

add("rejection/continue-with-others", "Ingénieur QA – Pixelfjord",
    ("Pixelfjord Hiring", "jobs@pixelfjord.example"), """
    Bonjour Camille,

    Merci encore d’avoir échangé avec Hugo et Maëlle la semaine dernière.

    Après en avoir discuté en équipe, nous avons décidé de continuer avec d’autres personnes dont l’expérience en automatisation mobile est plus étendue.

    Nous te souhaitons le meilleur pour la suite.

    Inès Garnier
    People & Culture — Pixelfjord
    """, rej=True, company="Pixelfjord", role="Ingénieur QA", cname="Inès Garnier", cemail="jobs@pixelfjord.example")

add("rejection/decided-not-further", "Re: Candidature spontanée – Commerciale terrain",
    ("Philippe Roche", "p.roche@roche-equipements.example"), """
    Bonjour Madame,

    Après réflexion, nous avons décidé de ne pas aller plus loin avec votre candidature spontanée pour un poste de commerciale terrain : notre secteur Ouest est finalement déjà couvert.

    Cordialement,
    Philippe Roche
    Gérant – Roche Équipements

    Le 02/04/2025 à 09:41, Camille Roussel a écrit :
    > Bonjour Monsieur Roche,
    > Je me permets de vous relancer au sujet de ma candidature spontanée envoyée le mois dernier.
    > Je reste à votre disposition pour un échange.
    > Bien cordialement,
    > Camille Roussel
    """, rej=True, company="Roche Équipements", role="commerciale terrain", cname="Philippe Roche",
    cemail="p.roche@roche-equipements.example")

add("rejection/did-not-succeed", "Candidature n° 58214",
    ("Portail Emploi Territorial", "ne-pas-repondre@emploi-territorial-ouest.example"), """
    Madame Roussel,

    Votre candidature n° 58214 à l’offre « Agent d’accueil polyvalent (H/F) » publiée par la Communauté de communes du Val d’Oust n’a pas abouti.

    Le recruteur a indiqué avoir clôturé ce recrutement.

    Ceci est un message automatique, merci de ne pas y répondre.
    """, rej=True, company="Communauté de communes du Val d’Oust", role="Agent d’accueil polyvalent")

add("rejection/infinitive-regret", "Poste de Gestionnaire ADV",
    ("Brigitte Lemaire", "b.lemaire@semences-arvor.example"), """
    Madame,

    Nous avons bien reçu votre candidature pour le poste de gestionnaire ADV et vous remercions de l’intérêt que vous portez à notre coopérative.

    Nous avons le regret de ne pouvoir la retenir, d’autres candidatures correspondant davantage au profil recherché.

    Veuillez agréer, Madame, nos sincères salutations.

    Brigitte Lemaire
    Assistante RH – Semences Arvor
    """, rej=True, company="Semences Arvor", role="gestionnaire ADV", cname="Brigitte Lemaire",
    cemail="b.lemaire@semences-arvor.example", wrap=72)

add("rejection/present-tense-short", "Votre candidature Teamtailor – Barista",
    ("Café Mirabelle", "no-reply@teamtailor.cafe-mirabelle.example"), """
    Salut Camille,

    Merci pour ta candidature au poste de barista dans notre café de la Croix-Rousse ! Après avoir lu toutes les candidatures, on a le regret de te dire qu’on ne la retient pas cette fois.

    On recrute régulièrement, alors garde un œil sur https://cafe-mirabelle.teamtailor.example/jobs 🙂

    L’équipe Mirabelle
    """, rej=True, company="Café Mirabelle", role="barista", url="https://cafe-mirabelle.teamtailor.example/jobs",
    fmt="html")

add("rejection/after-interview-no-second-round", "Suite à ton entretien",
    ("Lucas Perrin", "lucas@kairn-studio.example"), """
    Salut Camille,

    Merci pour ton temps lundi, c’était un vrai plaisir d’échanger sur ton portfolio.

    Je vais être transparent : on ne va pas te proposer de deuxième entretien pour le poste de motion designer. Ton univers est très illustratif et on cherche quelqu’un de plus à l’aise en 3D.

    Bonne route et à bientôt peut-être,
    Lucas
    Directeur artistique — Kairn Studio
    """, rej=True, company="Kairn Studio", role="motion designer", cname="Lucas Perrin", cemail="lucas@kairn-studio.example")

add("rejection/choice-fell-on-other", "Votre candidature – Comptable fournisseurs",
    ("Cabinet Fidexpert", "recrutement@fidexpert.example"), """
    Madame Roussel,

    Nous vous remercions pour l'entretien que vous nous avez accordé le 18 mars dernier.

    Notre choix s'est finalement porté sur une autre candidature pour le poste de comptable fournisseurs.

    Nous vous souhaitons pleine réussite dans vos démarches.

    Gilles Berthier
    Expert-comptable associé – Fidexpert
    """, rej=True, company="Fidexpert", role="comptable fournisseurs", cname="Gilles Berthier",
    cemail="recrutement@fidexpert.example")

add("rejection/internal-candidate", "Poste de Cheffe de rayon – Marché Frais Bellerive",
    ("Stéphanie Caron", "stephanie.caron@marchefrais-bellerive.example"), """
    Bonjour Camille,

    Comme promis, je reviens vers vous concernant le poste de cheffe de rayon fruits et légumes.

    Nous avons finalement opté pour une promotion interne : une collaboratrice du magasin prendra le poste dès le mois prochain.

    Merci pour votre énergie pendant l’entretien, et bonne continuation.

    Stéphanie Caron
    Directrice de magasin
    """, rej=True, company="Marché Frais Bellerive", role="cheffe de rayon fruits et légumes",
    cname="Stéphanie Caron", cemail="stephanie.caron@marchefrais-bellerive.example")

add("rejection/attributed-to-other", "Offre d'emploi – Bibliothécaire jeunesse",
    ("Médiathèque intercommunale des Trois Rivières", "mediatheque@trois-rivieres.example"), """
    Madame,

    Vous aviez répondu à notre offre de bibliothécaire jeunesse (contrat de 12 mois).

    Nous vous informons que le poste a été attribué à une personne disposant d’une expérience des accueils de classes et vous remercions de la qualité de votre dossier.

    Bien cordialement,
    Véronique Hamon
    Directrice de la médiathèque
    """, rej=True, company="Médiathèque intercommunale des Trois Rivières", role="bibliothécaire jeunesse",
    cname="Véronique Hamon", cemail="mediatheque@trois-rivieres.example")

add("rejection/recruitee-not-retain-profile", "Community Manager – Hublo",
    ("Hublo Recrutement", "hublo@recruitee-mail.example"), """
    Bonjour Camille,

    Merci pour votre intérêt pour Hublo et pour le poste de Community Manager.

    Nous avons examiné votre profil avec attention et sommes désolés de vous annoncer que nous ne le retiendrons pas pour ce poste.

    Toutes nos offres : https://hublo.recruitee.example/ — Politique de confidentialité : https://hublo.example/privacy

    Bonne journée,
    Justine — Hublo
    """, rej=True, company="Hublo", role="Community Manager", cname="Justine", cemail="hublo@recruitee-mail.example",
    url="https://hublo.recruitee.example/", fmt="alt")

add("rejection/student-summer-job", "Jobs d'été 2025 – ta candidature",
    ("Parc aquatique Océalis", "jobsete@ocealis.example"), """
    Bonjour Camille,

    Tu as postulé pour un job d’été comme agent d’accueil au parc Océalis, merci pour ton intérêt !

    Toutes nos places pour la saison 2025 sont désormais attribuées et nous ne pourrons donc pas te proposer de contrat cette année. Tu peux retenter ta chance dès janvier prochain.

    À bientôt au parc,
    L’équipe RH Océalis
    """, rej=True, company="Océalis", role="agent d’accueil")

add("rejection/not-pursued", "Suivi de votre dossier – Chargé d'études statistiques",
    ("INSTITUT RÉGIONAL DE LA STATISTIQUE", "concours@irs-bretagne.example"), """
    Madame,

    Votre candidature au poste de chargé d’études statistiques (catégorie A, contractuel) ne sera pas poursuivie, le jury ayant retenu des candidats dont les travaux en économétrie spatiale étaient plus proches des missions du poste.

    Nous vous remercions pour votre participation au processus de recrutement.

    Le Bureau du recrutement
    """, rej=True, company="Institut régional de la statistique", role="chargé d’études statistiques",
    charset="iso-8859-1")

add("rejection/we-do-not-retain-present", "Candidature – Assistant commercial export",
    ("Maison Verlaine & Fils", "recrutement@maison-verlaine.example"), """
    Bonjour,

    Merci pour votre candidature au poste d’assistant commercial export.

    Les candidatures reçues étaient nombreuses et de grande qualité ; nous ne retenons pas la vôtre pour la suite du recrutement, notre priorité allant à des profils bilingues allemand.

    Avec nos remerciements,
    Maison Verlaine & Fils – Service RH
    """, rej=True, company="Maison Verlaine & Fils", role="assistant commercial export")

add("rejection/forced-to-decline", "Votre candidature à l'offre 2025-114",
    ("Banque Altavia – Recrutement", "recrutement@banque-altavia.example"), """
    Madame,

    Nous avons bien reçu et étudié votre candidature à l’offre n° 2025-114 « Conseiller clientèle particuliers – Bordeaux ».

    Au terme de notre processus de sélection, nous sommes contraints de décliner votre candidature.

    Nous conserverons vos coordonnées dans notre base pendant 24 mois, sauf opposition de votre part.

    Direction des Ressources Humaines
    Banque Altavia

    """ + FOOTER_GROUPE.format(domain="banque-altavia.example"),
    rej=True, company="Banque Altavia", role="Conseiller clientèle particuliers", charset="windows-1252",
    cte="base64")

add("rejection/judged-not-adequate", "Candidature Ingénieur(e) méthodes",
    ("Aéromeca Industries", "talents@aeromeca.example"), """
    Bonjour Madame Roussel,

    Après étude, votre profil n’a pas été jugé en adéquation avec les exigences du poste d’ingénieur(e) méthodes, qui requiert une solide expérience de l’usinage 5 axes.

    Nous vous invitons à consulter nos autres offres : https://www.aeromeca.example/rejoignez-nous

    Cordialement,
    Pauline Sarrazin
    Chargée de recrutement – Aéromeca Industries
    """, rej=True, company="Aéromeca Industries", role="ingénieur(e) méthodes", cname="Pauline Sarrazin",
    cemail="talents@aeromeca.example", url="https://www.aeromeca.example/rejoignez-nous")

add("rejection/prefer-other-candidacies", "Offre Développeur Python – Sylvatech",
    ("Sylvatech via Welcome Jobs", "notifications@welcomejobs.example"), """
    Bonjour Camille,

    Sylvatech vous remercie pour votre candidature au poste de Développeur Python.

    L'entreprise a décidé de privilégier des candidatures plus en adéquation avec ses besoins actuels.

    Découvrez d'autres offres sur Welcome Jobs. Gérer mes notifications : https://www.welcomejobs.example/settings
    """, rej=True, company="Sylvatech", role="Développeur Python", fmt="html")

add("rejection/closed-not-retained", "Recrutement clos – Électricien(ne) bâtiment",
    ("Groupe Bâtir Sud-Ouest", "emploi@batir-so.example"), """
    Bonjour,

    Le recrutement pour le poste d’électricien(ne) bâtiment à Agen est désormais clos, et nous ne vous avons malheureusement pas retenu(e) parmi les candidats.

    Merci de votre intérêt pour notre groupe.

    Le service RH
    """, rej=True, company="Groupe Bâtir Sud-Ouest", role="électricien(ne) bâtiment")

add("rejection/quebec-courriel", "Votre candidature – Conseillère en sécurité de l'information",
    ("Desnoyers Groupe financier – Acquisition de talents", "talents@desnoyers.example"), """
    Bonjour Camille,

    Nous vous remercions de l'intérêt manifesté pour le poste de conseillère en sécurité de l'information.

    Après une analyse attentive, nous avons le regret de vous aviser que nous ne retiendrons pas votre candidature pour la prochaine étape du processus.

    Nous vous souhaitons du succès dans votre recherche d'emploi.

    Geneviève Tremblay
    Conseillère en acquisition de talents
    Desnoyers Groupe financier
    """, rej=True, company="Desnoyers Groupe financier", role="conseillère en sécurité de l'information",
    cname="Geneviève Tremblay", cemail="talents@desnoyers.example")

add("rejection/swiss-consideration", "Votre postulation – Gestionnaire de dossiers sinistres",
    ("Helvétia Mutuelle Romande", "jobs@mutuelle-romande.example"), """
    Madame,

    Nous accusons réception de votre postulation pour le poste de gestionnaire de dossiers sinistres à Lausanne et vous en remercions.

    Après examen approfondi, nous sommes au regret de ne pas pouvoir prendre en considération votre dossier, d'autres personnes correspondant mieux au profil requis.

    Nous vous retournons par courrier séparé vos documents et vous présentons, Madame, nos salutations les meilleures.

    Ressources humaines
    Mutuelle Romande
    """, rej=True, company="Mutuelle Romande", role="gestionnaire de dossiers sinistres")

add("rejection/belgian-negative-answer", "Réponse à votre candidature – Éducatrice spécialisée",
    ("ASBL Les Petits Pas", "direction@lespetitspas.example"), """
    Madame,

    Suite à votre entretien du 3 avril, nous sommes au regret de devoir vous communiquer une réponse négative pour le poste d'éducatrice spécialisée (mi-temps).

    Nous vous souhaitons plein succès pour la suite de votre parcours professionnel.

    Pour l'ASBL,
    Damien Lambotte, directeur
    """, rej=True, company="ASBL Les Petits Pas", role="éducatrice spécialisée", cname="Damien Lambotte",
    cemail="direction@lespetitspas.example")

add("rejection/reply-thread-other-profile", "RE: Poste de Chargée de clientèle B2B – disponibilités",
    ("Cécile Navarro", "cecile.navarro@viatel-pro.example"), """
    Bonjour Camille,

    Je reviens vers vous comme convenu. Nous avons fait le choix d’un autre profil, davantage tourné vers la grande distribution, pour ce poste de chargée de clientèle B2B.

    Merci encore pour votre réactivité tout au long du processus.

    Cécile

    -----Message d'origine-----
    De : Camille Roussel
    Envoyé : mardi 8 avril 2025 17:02
    À : Cécile Navarro
    Objet : Poste de Chargée de clientèle B2B – disponibilités

    Bonjour Cécile,
    Voici mes disponibilités pour un éventuel second entretien : jeudi après-midi ou vendredi matin.
    Belle soirée,
    Camille
    """, rej=True, company="Viatel Pro", role="chargée de clientèle B2B", cname="Cécile Navarro",
    cemail="cecile.navarro@viatel-pro.example")

add("rejection/forwarded-client-answer", "TR: Retour client – candidature Camille Roussel",
    ("Olivier Mercier", "olivier.mercier@cadreo-interim.example"), """
    Bonjour Camille,

    Je vous transfère ci-dessous la réponse du client pour le poste de gestionnaire logistique, malheureusement négative. Je suis désolé, votre entretien s’était pourtant bien passé de mon point de vue.

    Je reste en veille pour vous sur d’autres postes.

    Olivier Mercier
    Chargé de recrutement – Cadréo Intérim

    ---------- Message transféré ---------
    De : Florence Guého <f.gueho@transports-armel.example>
    Date : ven. 11 avr. 2025 à 16:20
    Objet : Retour candidature Camille Roussel
    À : Olivier Mercier <olivier.mercier@cadreo-interim.example>

    Bonjour Olivier,

    Merci pour la présentation de Mme Roussel. Après l'entretien, nous ne souhaitons pas donner suite à son profil, nous cherchons quelqu'un de plus expérimenté sur le transport international.

    Bonne fin de semaine,
    Florence
    """, rej=True, company="Cadréo Intérim", role="gestionnaire logistique", cname="Olivier Mercier",
    cemail="olivier.mercier@cadreo-interim.example")

add("rejection/buried-after-expenses", "Remboursement de vos frais et suite du recrutement",
    ("Agnès Royer", "agnes.royer@cerfontaine-energie.example"), """
    Bonjour Madame Roussel,

    Nous avons bien reçu vos justificatifs de frais de déplacement pour l’entretien du 20 mars à Grenoble ; le virement de 84,60 € sera effectué sous dix jours ouvrés.

    Concernant le poste d’ingénieure d’affaires, le jury a préféré une candidate ayant déjà travaillé sur des projets hydroélectriques. Nous sommes sincèrement désolés de ne pas pouvoir poursuivre avec vous.

    Bien à vous,

    Agnès Royer
    Assistante recrutement – Cerfontaine Énergie
    """, rej=True, company="Cerfontaine Énergie", role="ingénieure d’affaires", cname="Agnès Royer",
    cemail="agnes.royer@cerfontaine-energie.example")

add("rejection/wrapped-qp-latin1", "Votre candidature au poste de Responsable qualité",
    ("Laboratoires Sorbelle", "drh@sorbelle.example"), """
    Madame,

    Nous vous remercions pour votre candidature au poste de responsable qualité de notre site de production d'Évreux et pour l'intérêt que vous portez à notre entreprise.

    Après un examen attentif de l'ensemble des dossiers reçus, nous ne sommes malheureusement pas en mesure de réserver une suite positive à votre candidature, le poste exigeant une expérience confirmée des audits BPF.

    Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

    Dominique Lenoir
    Direction des Ressources Humaines – Laboratoires Sorbelle
    """, rej=True, company="Laboratoires Sorbelle", role="responsable qualité", cname="Dominique Lenoir",
    cemail="drh@sorbelle.example", charset="iso-8859-1", wrap=66)

add("rejection/personio-not-match-now", "Ihre Bewerbung / Votre candidature – Office Manager",
    ("Alpenbrück SA", "jobs@alpenbrueck.jobs.personio.example"), """
    Bonjour Camille,

    Merci pour votre candidature au poste d’Office Manager (80 %) à Fribourg.

    Pour le moment, votre profil ne correspond pas à ce que nous recherchons ; nous avons donc clôturé votre candidature. Cela ne remet aucunement en cause vos compétences.

    Meilleures salutations,
    Ramona Käser
    Human Resources – Alpenbrück SA
    https://alpenbrueck.jobs.personio.example
    """, rej=True, company="Alpenbrück", role="Office Manager", cname="Ramona Käser",
    cemail="jobs@alpenbrueck.jobs.personio.example", url="https://alpenbrueck.jobs.personio.example")

add("rejection/team-decision-lever", "Designer UX – Mobilia",
    ("Mobilia", "no-reply@hire.lever.mobilia.example"), """
    Bonjour Camille,

    Merci pour le temps que vous avez consacré à nos échanges pour le poste de Designer UX.

    L’équipe produit a pris sa décision et ne poursuivra pas avec votre candidature. Nous savons combien ces processus demandent d’investissement, et nous vous en remercions sincèrement.

    L’équipe Mobilia
    """, rej=True, company="Mobilia", role="Designer UX", fmt="alt")

add("rejection/softgarden-unfortunately-end", "Votre candidature en tant que Chargé(e) de mission RSE",
    ("Koralis Group", "koralis@softgarden-mail.example"), """
    Madame Roussel,

    Nous vous remercions pour votre candidature en tant que Chargé(e) de mission RSE.

    Nous avons malheureusement le regret de mettre fin au processus de sélection vous concernant, après avoir comparé attentivement l’ensemble des candidatures reçues.

    Cordialement,
    Léonie Brandt
    Koralis Group – Ressources humaines
    """, rej=True, company="Koralis Group", role="Chargé(e) de mission RSE", cname="Léonie Brandt",
    cemail="koralis@softgarden-mail.example", fmt="html", cte="base64")

add("rejection/join-not-selected-short", "Mise à jour : Commis de cuisine chez Le Comptoir d'Alma",
    ("Le Comptoir d'Alma via JOIN", "noreply@join-mail.example"), """
    Bonjour Camille,

    Votre candidature pour le poste Commis de cuisine chez Le Comptoir d'Alma a été refusée par l'entreprise.

    Continuez votre recherche sur JOIN – de nouvelles offres sont publiées chaque jour.
    """, rej=True, company="Le Comptoir d'Alma", role="Commis de cuisine", fmt="html")

add("rejection/we-I-mixed-hesitation", "Assistante pédagogique – Lycée Saint-Exupère",
    ("Frère Antoine Delval", "direction@lycee-saint-exupere.example"), """
    Chère Madame Roussel,

    Je tenais à vous répondre personnellement. Votre candidature pour le poste d’assistante pédagogique nous a beaucoup intéressés, et la décision a été difficile ; c’est toutefois une autre candidate qui rejoindra l’équipe à la rentrée.

    Je vous remercie chaleureusement pour votre démarche et vous adresse mes vœux de réussite.

    Antoine Delval
    Chef d’établissement
    """, rej=True, company="Lycée Saint-Exupère", role="assistante pédagogique", cname="Antoine Delval",
    cemail="direction@lycee-saint-exupere.example")

# --------------------------------------------------------------------------------------------- look-alikes
add("lookalike/received-conditional-silence", "Accusé de réception de votre candidature",
    ("Recrutement Valmaris", "no-reply@myworkdayjobs.valmaris.example"), """
    Bonjour Camille,

    Nous accusons bonne réception de votre candidature au poste de Trésorier(ère) Groupe et vous remercions de l’intérêt que vous portez au Groupe Valmaris.

    Votre dossier va être étudié avec attention par nos équipes. Si votre profil est retenu, nous vous contacterons dans les prochaines semaines. Sans retour de notre part sous un mois, vous pourrez considérer que votre candidature n’a pas été retenue.

    L’équipe Recrutement
    """, fmt="html")

add("lookalike/incomplete-application", "Action requise : votre dossier de candidature est incomplet",
    ("Région Occitane – Recrutement", "recrutement@region-occitane.example"), """
    Madame,

    Votre candidature au poste de chargé(e) de mission mobilités a bien été enregistrée, mais il manque la copie de votre dernier diplôme.

    Tant que cette pièce n’aura pas été déposée sur la plateforme, votre candidature ne pourra pas être étudiée par le jury. Date limite : 30 avril.

    Le service Recrutement
    """)

add("lookalike/interview-invitation", "Invitation à un entretien – Chargé(e) de recrutement",
    ("Élodie Faure", "elodie.faure@adeo-services.example"), """
    Bonjour Camille,

    Votre candidature a retenu toute notre attention et nous avons le plaisir de vous convier à un premier entretien en visioconférence pour le poste de chargé(e) de recrutement.

    Pourriez-vous m’indiquer vos disponibilités pour la semaine prochaine ?

    Bien à vous,
    Élodie Faure
    """)

add("lookalike/assessment-test", "Étape suivante : test de personnalité en ligne",
    ("Assessfirst pour Cordalis", "noreply@tests-cordalis.example"), """
    Bonjour,

    Dans le cadre de votre candidature chez Cordalis, nous vous invitons à compléter un questionnaire de personnalité (25 minutes) avant le 12 mai.

    Malheureusement, nous ne pourrons pas examiner votre dossier sans ce questionnaire ; pensez à le remplir dès que possible.

    Accéder au test : https://tests-cordalis.example/start
    """)

add("lookalike/rescheduled-interview", "Report de votre entretien de jeudi",
    ("Paul Giraud", "paul.giraud@editions-lacoste.example"), """
    Bonjour Camille,

    Je suis au regret de devoir reporter notre entretien prévu jeudi à 10 h pour le poste d’éditrice junior : la directrice éditoriale est retenue par un salon à l’étranger.

    Nous ne renonçons évidemment pas à votre candidature ! Pourriez-vous vous libérer mardi prochain à la même heure ?

    Paul Giraud
    Éditions Lacoste
    """)

add("lookalike/job-offer", "Proposition d'embauche – Chargée de projet CRM",
    ("Nadia Cherif", "nadia.cherif@vitalis-retail.example"), """
    Bonjour Camille,

    J’ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de chargée de projet CRM en CDI, à compter du 2 juin.

    Vous trouverez en pièce jointe la promesse d’embauche ; je vous remercie de nous la retourner signée sous huit jours.

    Très bonne journée,
    Nadia Cherif
    DRH – Vitalis Retail
    """)

add("lookalike/next-round-retained", "Bonne nouvelle pour votre candidature",
    ("Recrutement Orbitale", "recrutement@orbitale-assurances.example"), """
    Bonjour Camille,

    Votre candidature au poste de Chargée d’études actuarielles a été retenue pour la deuxième étape du processus.

    Vous allez recevoir un lien pour planifier un entretien avec le manager de l’équipe.

    L’équipe Recrutement
    """)

add("lookalike/job-alert", "12 nouvelles offres pour « contrôleur de gestion »",
    ("Alertes Emploi – CadreJobs", "alertes@cadrejobs.example"), """
    Bonjour Camille,

    Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion – Île-de-France » :

    • Contrôleur de gestion industriel (H/F) – Montreuil – CDI
    • Contrôleur financier junior – Paris 9e – CDI
    • Business Controller – Nanterre – CDD 12 mois

    Voir toutes les offres : https://www.cadrejobs.example/alertes/8812
    Se désabonner : https://www.cadrejobs.example/unsubscribe
    """, fmt="html")

add("lookalike/recommendations", "Ces offres pourraient vous intéresser",
    ("Welcome Jobs", "notifications@welcomejobs.example"), """
    Bonjour Camille,

    Vous n'avez pas été retenue pour toutes vos candidatures ? Pas de panique : d'après votre profil, ces entreprises recrutent en ce moment :

    Sylvatech – Développeur Backend
    Hublo – Product Owner
    Pixelfjord – Data Engineer

    Mettre à jour mes préférences : https://www.welcomejobs.example/settings
    """, fmt="html")

add("lookalike/recruiter-outreach", "Opportunité – Responsable contrôle de gestion",
    ("Bastien Morin", "bastien.morin@hunters-partners.example"), """
    Bonjour Camille,

    Votre parcours a retenu mon attention. J’accompagne actuellement un groupe industriel dans le recrutement de son Responsable contrôle de gestion à Lyon.

    Je ne sais pas si vous êtes à l’écoute du marché, mais seriez-vous disponible pour un court échange téléphonique cette semaine ?

    Bastien Morin
    Hunters & Partners
    """)

add("lookalike/newsletter-career-advice", "La lettre Carrière – Rebondir après un refus",
    ("La lettre Carrière", "lettre@carriere-mag.example"), """
    Cette semaine dans la lettre Carrière :

    « Nous sommes au regret de vous informer que votre candidature n’a pas été retenue. » Qui n’a jamais reçu ce message ? Notre coach vous explique comment demander un retour constructif au recruteur, et pourquoi un refus n’est jamais une fin en soi.

    Aussi au sommaire : négocier son salaire en 2025, les métiers qui recrutent dans la transition énergétique.

    Se désinscrire : https://carriere-mag.example/desinscription
    """, fmt="html")

add("lookalike/housing-rejected", "Votre dossier de location – Appartement T2 rue Lamartine",
    ("Agence Immobilière du Parc", "location@immoduparc.example"), """
    Madame Roussel,

    Nous vous remercions pour le dépôt de votre dossier de location pour le T2 situé 14 rue Lamartine.

    Le propriétaire a retenu un autre dossier ; votre candidature n’a donc pas été retenue pour ce logement. Nous restons à votre disposition pour d’autres biens.

    Cordialement,
    Agence Immobilière du Parc
    """)

add("lookalike/loan-refused", "Votre demande de prêt immobilier",
    ("Crédit Ligérien", "conseiller@credit-ligerien.example"), """
    Madame,

    Après étude de votre dossier, et compte tenu de votre taux d’endettement et de votre situation professionnelle (période d’essai en cours), nous ne sommes pas en mesure de donner une suite favorable à votre demande de prêt.

    Votre conseiller reste à votre disposition.

    Crédit Ligérien – Agence de Tours Centre
    """)

add("lookalike/paper-rejected", "Décision concernant votre article – Revue Travail & Sociétés",
    ("Revue Travail & Sociétés", "redaction@travail-societes.example"), """
    Chère collègue,

    Le comité de rédaction a examiné votre article « Le recrutement algorithmique et ses candidats » à partir des deux évaluations reçues.

    Nous avons le regret de vous informer que votre article n’a pas été retenu pour publication. Vous trouverez ci-dessous les commentaires des évaluateurs.

    Le comité de rédaction
    """)

add("lookalike/grant-rejected", "Résultats de l'appel à projets Jeunes Chercheurs 2025",
    ("Fondation pour la recherche régionale", "appels@frr.example"), """
    Madame,

    Nous vous remercions pour le dépôt de votre projet dans le cadre de l’appel Jeunes Chercheurs 2025.

    Le conseil scientifique n’a malheureusement pas retenu votre candidature pour un financement cette année, face à un nombre record de dossiers.

    Le secrétariat des appels à projets
    """)

add("lookalike/school-admission", "Décision d'admission – Master Ressources humaines",
    ("Scolarité IAE de Valcourt", "scolarite-iae@univ-valcourt.example"), """
    Madame,

    La commission pédagogique du Master Gestion des ressources humaines (parcours alternance) a examiné votre dossier de candidature.

    Nous avons le regret de vous informer que votre candidature n’a pas été retenue pour l’année universitaire 2025-2026.

    La scolarité de l’IAE
    """)

add("lookalike/order-cancelled", "Votre commande n° 448120 ne peut être honorée",
    ("Boutique Papeterie Lemoine", "commandes@papeterie-lemoine.example"), """
    Bonjour,

    Nous sommes au regret de vous informer que votre commande n° 448120 (agendas 2025, lot de 3) ne peut être honorée, l’article étant en rupture définitive.

    Le remboursement a été effectué sur votre moyen de paiement.

    Le service client
    """)

add("lookalike/event-exhibitor", "Candidature exposant – Salon de l'emploi vert",
    ("Salon de l'emploi vert", "exposants@salon-emploi-vert.example"), """
    Bonjour,

    Merci pour votre candidature en tant qu’exposante pour votre association au Salon de l’emploi vert du 5 juin.

    Le comité d’organisation n’a malheureusement pas pu retenir votre stand cette année, tous les emplacements étant attribués.

    L’équipe du salon
    """)

add("lookalike/insurance-refusal", "Votre demande d'adhésion – contrat Prévoyance Plus",
    ("Mutuelle des Artisans", "adhesion@mutuelle-artisans.example"), """
    Madame,

    Suite à l’examen de votre questionnaire médical, nous sommes au regret de ne pas pouvoir donner suite à votre demande d’adhésion au contrat Prévoyance Plus.

    Service Adhésions
    """)

add("lookalike/own-withdrawal-ack", "Retrait de votre candidature",
    ("Recrutement Hexacore", "recrutement@hexacore.example"), """
    Bonjour Camille,

    Nous avons bien pris note de votre décision de retirer votre candidature au poste de Responsable paie Groupe, et nous la respectons.

    Nous vous souhaitons une belle réussite dans votre nouveau poste et serions ravis de recevoir à nouveau votre candidature à l’avenir.

    Marion Lefebvre
    """)

add("lookalike/owner-as-interviewer", "Jury – poste de comptable : décision",
    ("Service RH Sorbelle", "rh@sorbelle.example"), """
    Bonjour Camille,

    Merci pour votre participation au jury de mardi pour le poste de comptable général.

    Suite à vos retours et à ceux de Jérôme, nous n’avons pas retenu la candidature de M. Fabien Desmarais ; je lui ai adressé un courrier de refus ce matin. Nous proposerons le poste à Mme Ortiz.

    Pourriez-vous me transmettre votre grille d’évaluation signée ?

    Merci,
    Sophie — RH
    """)

add("lookalike/colleague-news", "Point équipe du lundi",
    ("Hugo Blanchard", "hugo.blanchard@viatel-pro.example"), """
    Salut l’équipe,

    Quelques nouvelles en vrac : le séminaire est confirmé pour le 19 juin. Côté mobilité interne, la candidature de Karine au poste de responsable grands comptes n’a pas été retenue, elle reste donc avec nous (et on s’en réjouit !).

    Pensez à remplir vos notes de frais avant vendredi.

    Hugo
    """)

add("lookalike/kept-in-process", "Votre candidature – suite du processus",
    ("Marion Lefebvre", "marion.lefebvre@hexacore.example"), """
    Bonjour Camille,

    Je voulais vous tenir informée : nous avons reçu beaucoup de candidatures et avons dû faire des choix difficiles, mais nous avons le plaisir de poursuivre le processus avec vous. Nous ne l’avons pas clôturé comme pour d’autres candidats.

    Le prochain entretien aura lieu avec la DAF ; je vous envoie une invitation.

    Marion
    """)

add("lookalike/talent-pool-signup", "Bienvenue dans notre communauté de talents",
    ("Nordélis Talent", "no-reply@greenhouse.nordelis.example"), """
    Bonjour Camille,

    Merci d’avoir rejoint la communauté de talents de Nordélis ! Vous recevrez nos offres correspondant à vos centres d’intérêt.

    Vous n’avez postulé à aucune offre pour le moment : découvrez nos postes ouverts sur https://www.nordelis.example/carrieres
    """, fmt="alt")

add("lookalike/status-pending", "Où en est votre candidature ?",
    ("Banque Altavia – Recrutement", "recrutement@banque-altavia.example"), """
    Madame,

    Nous avons reçu un très grand nombre de candidatures pour l’offre « Analyste risques de crédit » et n’avons malheureusement pas encore pu toutes les examiner.

    Votre candidature est toujours en cours d’étude ; nous vous remercions de votre patience et reviendrons vers vous d’ici la fin du mois.

    Direction des Ressources Humaines
    """, charset="windows-1252")

add("lookalike/onboarding", "Votre arrivée chez Pixelfjord le 2 juin",
    ("Inès Garnier", "ines.garnier@pixelfjord.example"), """
    Bonjour Camille,

    Toute l’équipe a hâte de t’accueillir ! Ton contrat signé a bien été reçu. Ton premier jour commencera à 9 h 30 par un petit-déjeuner d’équipe.

    Pense à apporter ta carte Vitale et un RIB pour le service paie.

    Inès
    """)

add("lookalike/company-regrets-owner-decision", "Re: Proposition de poste",
    ("Karim Benali", "karim.benali@orbitale-assurances.example"), """
    Bonjour Camille,

    Nous regrettons votre décision de ne pas donner suite à notre proposition pour le poste de Data Analyst, mais nous la comprenons tout à fait.

    Notre porte reste ouverte si vous souhaitez nous rejoindre un jour.

    Karim

    Le 14 avr. 2025 à 18:03, Camille Roussel a écrit :
    > Bonjour Karim,
    > Après réflexion, j'ai décidé de décliner votre offre : j'ai accepté un autre poste plus proche de chez moi.
    > Merci encore pour votre confiance.
    > Camille
    """)

add("lookalike/tender-rejected", "Marché n° 2025-07 – lettre de rejet de votre offre",
    ("Communauté d'agglomération du Bocage", "marches@agglo-bocage.example"), """
    Madame,

    Nous vous informons que l’offre présentée par votre société pour le marché de prestations de formation au recrutement (lot 2) n’a pas été retenue. Elle a été classée en 3e position.

    Le service de la commande publique
    """)

add("lookalike/saved-job-closed", "L'offre que vous avez sauvegardée n'est plus disponible",
    ("CadreJobs", "alertes@cadrejobs.example"), """
    Bonjour Camille,

    L’offre « Chef de projet digital – Rennes » que vous aviez sauvegardée a été pourvue ou retirée par le recruteur. Vous n’aviez pas postulé à cette offre.

    Découvrez des offres similaires : https://www.cadrejobs.example/similaires/5521
    """, fmt="html")

add("lookalike/leave-request-refused", "Demande de congés du 12 au 23 août",
    ("Portail RH – Viatel Pro", "portail-rh@viatel-pro.example"), """
    Bonjour Camille,

    Votre demande de congés du 12 au 23 août n’a pas été acceptée par votre manager, Hugo Blanchard.

    Motif indiqué : effectifs insuffisants pendant la période estivale.

    Vous pouvez déposer une nouvelle demande sur le portail RH.
    """)

add("lookalike/reference-request", "Demande de référence – candidature de Julie Marchand",
    ("Cabinet Talentis Conseil", "references@talentis-conseil.example"), """
    Bonjour Madame Roussel,

    Julie Marchand, candidate au poste de responsable administrative chez l’un de nos clients, vous a désignée comme référente.

    Auriez-vous quinze minutes cette semaine pour un échange téléphonique à son sujet ?

    Sandrine Aubert
    """)

add("lookalike/interview-feedback-waiting", "Merci pour l'entretien",
    ("Anaïs Morel", "anais.morel@festivia.example"), """
    Chère Camille,

    Merci pour notre échange de ce matin. Nous rencontrons encore deux personnes cette semaine et ne manquerons pas de revenir vers vous d’ici vendredi, quelle que soit notre décision.

    Anaïs
    """)

add("lookalike/process-paused", "Point sur le processus – poste de Responsable d'entrepôt",
    ("Sandrine Aubert | Talentis Conseil", "s.aubert@talentis-conseil.example"), """
    Bonjour Madame Roussel,

    Notre client a décalé sa décision de quelques semaines en raison d’un audit interne. Votre candidature n’est pas écartée : elle reste active et vous faites toujours partie des deux finalistes.

    Je reviens vers vous dès que j’ai du nouveau.

    Sandrine Aubert
    """)

add("lookalike/volunteer-mentoring-declined", "Parrainage Jeunes Diplômés",
    ("Association Premier Pas Pro", "contact@premier-pas-pro.example"), """
    Bonjour Camille,

    Merci pour votre candidature comme marraine dans notre programme d'accompagnement de jeunes diplômés vers l'emploi.

    Nous avons déjà atteint le nombre de bénévoles pour cette session et ne pouvons malheureusement pas retenir votre candidature de marraine ; nous vous recontacterons pour la session d'automne.

    L'équipe Premier Pas Pro
    """)

add("lookalike/shortlist-positive", "Présélection – Concours d'attaché territorial",
    ("Centre de gestion de la fonction publique", "concours@cdg-ouest.example"), """
    Madame,

    Nous avons le plaisir de vous informer que vous êtes admissible aux épreuves orales du concours d’attaché territorial. Les candidats non admissibles ont été informés par courrier.

    Votre convocation vous parviendra sous quinze jours.

    Le service Concours
    """)

# --------------------------------------------------------------------------------------------- ordinary
add("ordinary/payslip", "Votre bulletin de paie de mars est disponible",
    ("Portail Salarié Viatel Pro", "paie@viatel-pro.example"), """
    Bonjour Camille,

    Votre bulletin de paie de mars 2025 est disponible dans votre coffre-fort numérique. Pour toute question, contactez le service paie.
    """)

add("ordinary/job-fair", "Forum de l'emploi – jeudi 15 mai",
    ("Ville de Saint-Aubin-les-Prés", "evenements@saint-aubin-les-pres.example"), """
    Bonjour,

    Le forum de l'emploi et de l'alternance revient le jeudi 15 mai à la salle des fêtes : plus de 40 employeurs, des ateliers CV et des simulations d'entretien. Entrée libre.
    """)

add("ordinary/farewell-drink", "Pot de départ de Martine",
    ("Hugo Blanchard", "hugo.blanchard@viatel-pro.example"), """
    Coucou à tous,

    Après 22 ans dans la boîte, Martine prend sa retraite ! Pot de départ vendredi à 17 h en salle Jupiter. Participation à la cagnotte : https://cagnotte.example/martine
    """)

add("ordinary/recruiting-meeting-minutes", "Compte rendu – comité recrutement T2",
    ("Sophie Antunes", "sophie.antunes@sorbelle.example"), """
    Bonjour à tous,

    Voici le compte rendu du comité recrutement : 6 postes ouverts au T2, dont 2 en alternance. Budget formation validé. Prochain point le 3 juin.

    Sophie
    """)

add("ordinary/cv-service-receipt", "Votre reçu – Relecture de CV Premium",
    ("CV Parfait", "factures@cvparfait.example"), """
    Merci pour votre achat !

    Relecture de CV Premium + lettre de motivation : 49,00 € TTC. Votre relecteur vous renverra vos documents sous 72 h.
    """, fmt="html")

add("ordinary/health-insurance-employer", "Mutuelle d'entreprise – nouvelles garanties 2025",
    ("Service RH Viatel Pro", "rh@viatel-pro.example"), """
    Chers collaborateurs,

    À compter du 1er janvier, la mutuelle d'entreprise évolue : meilleure prise en charge optique et téléconsultation incluse. La notice est disponible sur l'intranet.
    """)

add("ordinary/password-reset", "Réinitialisation de votre mot de passe",
    ("CadreJobs", "securite@cadrejobs.example"), """
    Bonjour,

    Vous avez demandé la réinitialisation du mot de passe de votre espace candidat. Ce lien est valable 30 minutes : https://www.cadrejobs.example/reset/abc123
    """)

add("ordinary/candidate-survey", "Votre avis sur notre processus de recrutement",
    ("Hexacore", "enquete@hexacore.example"), """
    Bonjour Camille,

    Vous avez récemment participé à un processus de recrutement chez Hexacore. Accepteriez-vous de répondre à 5 questions sur votre expérience candidat ? Vos réponses sont anonymes.
    """)

add("ordinary/webinar", "Webinaire : réussir son entretien d'embauche en visio",
    ("Club Emploi Cadres", "webinaires@club-emploi-cadres.example"), """
    Bonjour,

    Mardi 20 mai à 12 h 30, notre coach vous donne ses conseils pour réussir un entretien d'embauche en visioconférence : cadrage, posture, questions pièges. Inscription gratuite.
    """, fmt="html")

add("ordinary/recommendation-request", "Petite faveur ?",
    ("Romain Gilles", "romain.gilles@courriel.example"), """
    Salut Camille,

    Je postule chez Mobilia pour un poste de chef de produit et ils demandent une recommandation d'un ancien manager. Est-ce que tu accepterais d'écrire quelques lignes ? Ça m'aiderait beaucoup.

    Merci d'avance,
    Romain
    """)

add("ordinary/expense-approved", "Note de frais approuvée",
    ("Portail RH – Viatel Pro", "portail-rh@viatel-pro.example"), """
    Votre note de frais n° 2025-0341 (déplacement client Lyon, 212,40 €) a été approuvée par votre manager. Le remboursement figurera sur votre prochaine paie.
    """)

add("ordinary/cooptation", "On recrute ! Pensez à la cooptation",
    ("Communication interne Viatel Pro", "comm-interne@viatel-pro.example"), """
    Chers collègues,

    Viatel Pro recrute 15 personnes cette année. Vous connaissez un talent ? Cooptez-le : une prime de 800 € est versée après sa période d'essai. Toutes les offres sur l'intranet, rubrique Carrières.
    """, fmt="alt")

add("ordinary/annual-review", "Rappel : entretien annuel d'évaluation",
    ("Hugo Blanchard", "hugo.blanchard@viatel-pro.example"), """
    Bonjour Camille,

    Petit rappel : ton entretien annuel est prévu mercredi 14 h. Pense à remplir ton auto-évaluation sur le portail avant mardi soir.

    Hugo
    """)

add("ordinary/freelance-invoice", "Facture mission de conseil – avril",
    ("Comptabilité Koralis Group", "compta@koralis.example"), """
    Bonjour,

    Nous avons bien reçu votre facture n° F-2025-04 pour la mission de conseil RH d'avril. Elle sera réglée à 30 jours.
    """)

add("ordinary/pension", "Votre relevé de carrière",
    ("Caisse de retraite complémentaire", "contact@retraite-complementaire.example"), """
    Madame,

    Votre relevé de situation individuelle est disponible dans votre espace personnel. Vérifiez que toutes vos périodes d'emploi y figurent.
    """)

add("ordinary/association-volunteers", "Appel à bénévoles – collecte de printemps",
    ("Banque Alimentaire du Val", "benevoles@ba-val.example"), """
    Bonjour,

    Notre collecte de printemps a lieu les 4 et 5 avril. Nous recherchons des bénévoles pour des créneaux de 2 heures. Aucune candidature à remplir, inscrivez-vous simplement en ligne !
    """)

add("ordinary/training-confirmed", "Confirmation d'inscription – Formation Excel avancé",
    ("Organisme de formation ProSkills", "inscriptions@proskills.example"), """
    Bonjour Camille,

    Votre inscription à la formation Excel avancé (2 jours, financée par votre CPF) est confirmée. Rendez-vous le 10 juin à 9 h, 12 rue des Forges.
    """)

add("ordinary/job-board-profile-views", "Votre profil a été consulté 14 fois cette semaine",
    ("CadreJobs", "stats@cadrejobs.example"), """
    Bonjour Camille,

    Votre CV a été consulté 14 fois par des recruteurs cette semaine. Astuce : ajoutez vos compétences clés pour apparaître plus souvent dans les recherches.
    """, fmt="html")

add("ordinary/colleague-lunch", "Déj jeudi ?",
    ("Léa Fontaine", "lea.fontaine@courriel.example"), """
    Hello Camille,

    Ça te dit un déj jeudi près de ton nouveau boulot ? Tu me raconteras comment se passent tes premières semaines dans le poste !

    Léa
    """)

add("ordinary/unemployment-update", "Rappel : actualisez votre situation",
    ("Service régional de l'emploi", "ne-pas-repondre@emploi-regional.example"), """
    Madame,

    Pensez à actualiser votre situation avant le 15 du mois dans votre espace personnel, même si vous avez repris un emploi ou une formation.
    """)


def main() -> None:
    check = "--check" in sys.argv
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    labels = []
    for n, m in enumerate(MESSAGES, start=1):
        raw = build_one(n, m)
        name = f"{n:04d}.eml"
        if not check:
            (out / name).write_bytes(raw)
        labels.append(label(n, m))
    if not check:
        (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels),
                                           encoding="utf-8")
        print(f"wrote {len(labels)} messages to {out}")
        return
    # --check: parse every file back and compare with the labels one to one
    stored = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == [x["file"] for x in stored], "labels and messages differ"
    assert stored == labels, "labels.jsonl is stale: rerun build.py"
    for n, (x, m) in enumerate(zip(stored, MESSAGES, strict=True), start=1):
        raw = (out / x["file"]).read_bytes()
        assert raw == build_one(n, m), f"{x['file']} is stale"
        text = text_of(raw)
        assert text.strip(), x["file"]
        if x["careers_url"]:
            assert x["careers_url"] in text, (x["file"], "careers_url not in text")
        if x["contact_email"]:
            assert x["contact_email"] in raw.decode("ascii", "replace") or x["contact_email"] in text, x["file"]
        if x["contact_name"]:
            sender = str(message_from_bytes(raw, policy=policy.default)["From"])
            assert x["contact_name"].split()[-1] in text + sender, (x["file"], "contact name not in text")
        if not x["is_rejection"]:
            assert not any(x[k] for k in ("company", "role", "contact_name", "contact_email", "careers_url")), x["file"]
    rej = sum(x["is_rejection"] for x in stored)
    look = sum(x["kind"].startswith("lookalike") for x in stored)
    print(f"ok: {len(stored)} messages, {rej} rejections, {look} look-alikes, {len(stored) - rej - look} ordinary")


if __name__ == "__main__":
    main()
