"""Build the dev5/fr labelled corpus (fifth independent French author).

Writes deterministic ``messages/NNNN.eml`` and ``labels.jsonl`` next to this file.
All people, companies and domains are invented (``.example`` / ``.test``).

    python build.py          # (re)write messages/ and labels.jsonl
    python build.py --check  # parse every message back, check labels 1:1
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"
LABELS = HERE / "labels.jsonl"

MESSAGES: list[dict] = []


def html_page(body_html: str, preheader: str | None = None, footer: str | None = None) -> str:
    pre = ""
    if preheader:
        pre = (
            '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
            f"{preheader}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>"
        )
    foot = ""
    if footer:
        foot = f'<table width="100%"><tr><td style="font-size:10px;color:#999">{footer}</td></tr></table>'
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Message</title>"
        "<style>p{margin:0 0 12px} .btn{background:#224}</style></head><body>"
        f'{pre}<table width="600" align="center"><tr><td>{body_html}</td></tr></table>{foot}</body></html>'
    )


def add(kind: str, frm: str, subject: str, body: str, *, to: str = "Camille Roux <camille.roux@boite.test>",
        fmt: str = "plain", html: str | None = None, charset: str = "utf-8", cte: str | None = None,
        company: str | None = None, role: str | None = None, contact_name: str | None = None,
        contact_email: str | None = None, careers_url: str | None = None, lang: str = "fr",
        note: str = "", extra_headers: dict | None = None) -> None:
    MESSAGES.append(dict(kind=kind, frm=frm, to=to, subject=subject, body=body, fmt=fmt, html=html,
                         charset=charset, cte=cte, company=company, role=role, contact_name=contact_name,
                         contact_email=contact_email, careers_url=careers_url, lang=lang, note=note,
                         extra_headers=extra_headers or {}))


def R(frm: str, subject: str, body: str, **kw) -> None:
    add("rejection", frm, subject, body, **kw)


def L(frm: str, subject: str, body: str, **kw) -> None:
    add("lookalike", frm, subject, body, **kw)


def Ord(frm: str, subject: str, body: str, **kw) -> None:
    add("ordinary", frm, subject, body, **kw)


# ---------------------------------------------------------------------------
# True rejections
# ---------------------------------------------------------------------------

R("Service du personnel - Commune de Vireux-sur-Lesse <personnel@vireux-lesse.test>",
  "Procédure de recrutement réf. 2026/041 – Attaché(e) spécifique (m/f/x)",
  """Madame,

Nous faisons suite à votre participation à l'épreuve orale de la procédure de recrutement
réf. 2026/041 (attaché spécifique, niveau A1, contrat à durée indéterminée).

Le jury de sélection a arrêté le classement final lors de sa réunion du 14 octobre 2026.
Nous sommes au regret de vous informer que vous ne figurez pas parmi les lauréats de cette
procédure.

Vous pouvez obtenir communication de vos notes sur simple demande écrite adressée au
service du personnel.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Par le Collège,
Le Directeur général, Pierre-Yves Hennart
La Bourgmestre, Anne Delvigne
""", company="Commune de Vireux-sur-Lesse", role="Attaché(e) spécifique", contact_name="Pierre-Yves Hennart",
  contact_email=None, cte="quoted-printable")

R("DRH - Ministère de la Transition des Territoires <recrutement.drh@territoires-gouv.test>",
  "Votre candidature – fiche de poste n° 2026-118-DGT",
  """Madame,

Vous avez bien voulu faire acte de candidature sur le poste de chargée de mission
« politiques de l'habitat » (fiche n° 2026-118-DGT), et je vous en remercie.

Après examen attentif de l'ensemble des dossiers reçus par la commission, j'ai le regret de
vous faire savoir qu'il n'a pas été possible de réserver une suite favorable à votre
candidature.

Je vous prie d'agréer, Madame, l'assurance de ma considération distinguée.

Pour le directeur des ressources humaines et par délégation,
l'adjointe au chef du bureau du recrutement,
Martine Gouzy-Lebas
""", company="Ministère de la Transition des Territoires", role="chargée de mission « politiques de l'habitat »",
  contact_name="Martine Gouzy-Lebas", contact_email=None)

R("Dotation en personnel - Université Laval-Nord <dotation@ulnord.test>",
  "Affichage 26-0412 : agente ou agent de recherche",
  """Bonjour Mme Roux,

Nous vous remercions de l'intérêt que vous avez manifesté envers l'affichage 26-0412
(agente ou agent de recherche, Faculté des sciences de l'éducation).

Après analyse des candidatures, le comité de sélection a arrêté son choix sur une autre
personne dont le profil rejoint davantage les exigences du poste.

Nous vous invitons à consulter régulièrement nos affichages sur
https://emplois.ulnord.test/affichages

Meilleures salutations,

Geneviève Tremblay-Ouellet
Conseillère en dotation
""", company="Université Laval-Nord", role="agente ou agent de recherche", contact_name="Geneviève Tremblay-Ouellet",
  contact_email="dotation@ulnord.test", careers_url="https://emplois.ulnord.test/affichages")

R("Hôpital du Val-de-Brise - RH <rh.soins@hvb.test>",
  "Réf. 26-77 – Infirmier(ère) en soins intensifs",
  """Madame,

Nous avons bien reçu votre dossier pour le poste mis au concours sous la référence 26-77
et vous remercions de l'intérêt porté à notre établissement.

Nous vous informons que le poste a été attribué à une personne travaillant déjà au sein de
notre service des soins intensifs.

Avec nos meilleures salutations.

Service des ressources humaines
Hôpital du Val-de-Brise, Sion
""", company="Hôpital du Val-de-Brise", role="Infirmier(ère) en soins intensifs", charset="iso-8859-1",
  cte="quoted-printable")

R("Théo Marchal <theo@pivotly.example>",
  "Re: poste growth",
  """Hello Camille !

Bon on va pas se mentir, on part sur quelqu'un d'autre pour le poste de growth 😕
Merci pour ton temps en tout cas, vraiment.

Théo
""", company="Pivotly", role="growth", contact_name="Théo Marchal", contact_email="theo@pivotly.example")

R("Marco Lüthi <marco@lepetitzinc.test>",
  "serveur",
  """finalement on a trouvé qqn pour le job de serveur, désolé ! bonne continuation
Marco
""", company="Le Petit Zinc", role="serveur", contact_name="Marco Lüthi", contact_email="marco@lepetitzinc.test")

R("Kelvora Recrutement <notifications@kelvora.smartrecruiters.test>",
  "Mise à jour de votre candidature",
  "Bonjour Camille,\n\nLe statut de votre candidature a été mis à jour.\n\nPoste : Contrôleur de gestion junior\n"
  "Référence : KLV-2211\nStatut : Non retenue\n\nMerci de l'intérêt porté à Kelvora.\n\n"
  "Ceci est un message automatique, merci de ne pas y répondre.\n",
  fmt="alt",
  html=html_page(
      "<p>Bonjour Camille,</p><p>Le statut de votre candidature a été mis à jour.</p>"
      "<table border='1' cellpadding='6'><tr><th>Poste</th><td>Contrôleur de gestion junior</td></tr>"
      "<tr><th>Référence</th><td>KLV-2211</td></tr><tr><th>Statut</th><td><b>Non retenue</b></td></tr></table>"
      "<p>Merci de l'intérêt porté à Kelvora.</p>",
      preheader="Votre candidature a été mise à jour",
      footer="Ceci est un message automatique. Powered by SmartRecruiters. "
             "<a href='https://kelvora.smartrecruiters.test/privacy'>Confidentialité</a>"),
  company="Kelvora", role="Contrôleur de gestion junior")

R("Recrutement Atelier Ferrand <emplois@atelier-ferrand.test>",
  "Votre candidature – Chargé(e) de communication : non retenue",
  """Bonjour,

Merci pour l'intérêt que vous portez à l'Atelier Ferrand.

L'équipe recrutement
""", company="Atelier Ferrand", role="Chargé(e) de communication", note="subject-only signal")

R("Sandrine Voisard <s.voisard@lumenal.example>",
  "Suite à notre entretien – poste de Product Owner",
  """Bonjour Camille,

Merci encore pour l'entretien de mardi avec Paul et moi-même.

Après en avoir discuté en équipe, nous ne donnerons pas suite à votre candidature pour le
poste de Product Owner. Comme promis, voici quelques retours :

- très bonne compréhension des enjeux utilisateurs, vos exemples étaient concrets ;
- en revanche, peu d'expérience de la priorisation sur un backlog technique ;
- la partie estimation de l'exercice était un peu rapide.

Je vous souhaite sincèrement de trouver le bon poste très vite.

Sandrine Voisard
Head of Product, Lumenal
""", company="Lumenal", role="Product Owner", contact_name="Sandrine Voisard",
  contact_email="s.voisard@lumenal.example")

R("Talents Orvane <no-reply@orvane-talents.test>",
  "Résultat de votre test en ligne",
  """Bonjour Camille Roux,

Vous avez passé le 3 novembre le test de raisonnement numérique associé à votre candidature
au poste d'analyste crédit (réf. ORV-5581).

Votre résultat (48 %) n'atteint pas le seuil requis de 60 % pour cette fonction. Votre
candidature ne peut donc pas être poursuivie.

Ce test ne peut pas être repassé avant un délai de six mois.

Orvane Banque – Recrutement
""", company="Orvane Banque", role="analyste crédit", cte="base64")

R("Nadia Benkhaled <nadia.benkhaled@groupe-salvane.example>",
  "Centre d'évaluation du 21 octobre",
  """Chère Madame Roux,

Nous vous remercions pour votre participation au centre d'évaluation organisé le 21 octobre
dans le cadre du programme Graduate Salvane 2027.

À l'issue des mises en situation et de la délibération des évaluateurs, le comité a décidé
de ne pas poursuivre avec votre candidature.

Nous vous souhaitons plein succès dans vos projets.

Nadia Benkhaled
Responsable campus management – Groupe Salvane
""", company="Groupe Salvane", role="programme Graduate Salvane 2027", contact_name="Nadia Benkhaled",
  contact_email="nadia.benkhaled@groupe-salvane.example")

R("Boulangerie Moreau <boulangerie.moreau@mail.test>",
  "journée d'essai",
  """Bonjour Camille,

Merci pour la journée d'essai de samedi. On a bien réfléchi avec Lucie et on ne va pas te
prendre pour la place de vendeuse. Tu as été super avec les clients mais on cherche quelqu'un
qui connaît déjà la caisse.

Bonne chance pour la suite,
Fabrice
""", company="Boulangerie Moreau", role="vendeuse", contact_name="Fabrice",
  contact_email="boulangerie.moreau@mail.test")

R("Jérôme Aubriot <j.aubriot@cabinet-lorns.example>",
  "Votre étude de cas",
  """Bonjour Madame Roux,

Nous avons examiné votre étude de cas avec attention. Elle n'a malheureusement pas convaincu
le jury, notamment sur la partie chiffrage, et nous arrêtons donc là le processus avec vous
pour le poste de consultante junior.

Bien cordialement,

Jérôme Aubriot
Associé – Cabinet Lorns & Associés
""", company="Cabinet Lorns & Associés", role="consultante junior", contact_name="Jérôme Aubriot",
  contact_email="j.aubriot@cabinet-lorns.example")

R("Élodie Fasnacht <elodie.fasnacht@transalp-logistique.example>",
  "Poste de coordinatrice transport",
  """Madame,

Nous revenons vers vous après la prise de références que vous nous aviez autorisée.

Au vu de l'ensemble des éléments recueillis, nous ne sommes pas en mesure de vous proposer
le poste de coordinatrice transport.

Nous vous adressons, Madame, nos meilleures salutations.

Élodie Fasnacht
Ressources humaines, Transalp Logistique SA
""", company="Transalp Logistique", role="coordinatrice transport", contact_name="Élodie Fasnacht",
  contact_email="elodie.fasnacht@transalp-logistique.example", charset="windows-1252", cte="quoted-printable")

R("Stages Biovert <stages@biovert.example>",
  "Demande de stage de fin d'études",
  """Bonjour,

Nous avons bien reçu votre demande de stage de fin d'études (février à juillet 2027) et vous
en remercions.

Malheureusement, votre demande n'a pas pu aboutir : l'ensemble de nos tuteurs est déjà
mobilisé sur cette période.

Cordialement,
Agathe Rimbert, chargée de relations écoles
""", company="Biovert", role="stage de fin d'études", contact_name="Agathe Rimbert", contact_email=None)

R("Recrutement alternance Mecaplast <alternance@mecaplast.test>",
  "Candidature en alternance – Technicien méthodes",
  """Bonjour Camille,

Nous avons étudié votre candidature en alternance pour le poste de technicien méthodes
(BTS CPI, rentrée 2026).

Nous ne pourrons malheureusement pas vous accueillir en contrat d'apprentissage cette
année, les places de notre atelier étant toutes pourvues.

Bonne recherche !
Service RH Mecaplast
""", company="Mecaplast", role="technicien méthodes")

R("Jobs été - Parc Aventura <jobs@parc-aventura.test>",
  "Ta demande de job étudiant",
  """Salut Camille,

Merci pour ta candidature pour un job étudiant cet été au parc !

Toutes les places d'animateur et de caissier sont prises pour juillet et août, on ne peut
donc pas donner une suite favorable à ta demande. Tente ta chance l'an prochain 😉

L'équipe du Parc Aventura
""", company="Parc Aventura", role="job étudiant", fmt="alt",
  html=html_page("<p>Salut Camille,</p><p>Merci pour ta candidature pour un job étudiant cet été au parc !</p>"
                 "<p>Toutes les places d'animateur et de caissier sont prises pour juillet et août, on ne peut "
                 "donc pas donner une suite favorable à ta demande. Tente ta chance l'an prochain 😉</p>"
                 "<p>L'équipe du Parc Aventura</p>",
                 footer="Parc Aventura, route des Étangs 4, Durbuy. "
                        "<a href='https://parc-aventura.test/desinscription'>Se désinscrire</a>"))

R("Volontariat - Solidarités Sans Frontières <volontariat@ssf-ong.test>",
  "Mission de volontariat – Dakar – réf. VSI-2026-09",
  """Bonjour Camille,

Nous avons reçu un très grand nombre de candidatures pour la mission de volontariat de
solidarité internationale « appui à la gestion de projet » à Dakar.

Votre candidature n'a pas été présélectionnée pour les entretiens.

Nous vous remercions pour votre engagement et vous invitons à suivre nos prochaines offres
de missions sur https://ssf-ong.test/engagez-vous/missions

Le pôle volontariat
""", company="Solidarités Sans Frontières", role="appui à la gestion de projet",
  careers_url="https://ssf-ong.test/engagez-vous/missions")

R("Hélène Carrière <h.carriere@etudes-darmont.example>",
  "Votre candidature spontanée",
  """Madame,

Nous avons bien reçu votre candidature spontanée et nous vous remercions de l'intérêt que
vous portez à notre étude.

Nous n'avons actuellement aucun poste vacant correspondant à votre profil et ne sommes donc
pas en mesure d'y donner une suite favorable.

Veuillez agréer, Madame, nos salutations distinguées.

Hélène Carrière
Office notarial Darmont & Carrière
""", company="Office notarial Darmont & Carrière", role=None, contact_name="Hélène Carrière",
  contact_email="h.carriere@etudes-darmont.example")

R("RH Fidorex <rh@fidorex.test>",
  "Candidature spontanée – service comptabilité",
  """Bonjour Madame Roux,

Merci pour l'envoi de votre CV.

Aucune ouverture de poste n'est prévue à court terme dans notre service comptabilité. Nous
ne pouvons par conséquent pas retenir votre candidature spontanée.

Cordialement,
Service RH – Fidorex
""", company="Fidorex", role=None)

R("Laurent Pichon <laurent.pichon@maisons-ardeval.example>",
  "Poste de responsable d'équipe chantier",
  """Bonjour Camille,

Je reviens vers vous concernant le poste de responsable d'équipe chantier. Nous avons
finalement confié ce poste à une collègue qui travaille déjà chez nous depuis plusieurs années
et qui connaît bien nos équipes.

Merci encore pour le temps que vous nous avez consacré.

Laurent Pichon
Maisons Ardeval
""", company="Maisons Ardeval", role="responsable d'équipe chantier", contact_name="Laurent Pichon",
  contact_email="laurent.pichon@maisons-ardeval.example")

R("Banque Haldimand - Recrutement <careers@haldimand-banque.test>",
  "Votre candidature : Chargé(e) de clientèle privée",
  """Madame Roux,

Nous vous remercions de votre candidature au poste de chargé(e) de clientèle privée.

Nous avons proposé le poste à une candidate disposant d'une expérience plus significative
dans la gestion de fortune.

Avec nos salutations distinguées,

Julie Haenni
Talent Acquisition
""", company="Banque Haldimand", role="Chargé(e) de clientèle privée", contact_name="Julie Haenni",
  contact_email=None)

R("Cédric Lemoine <cedric.lemoine@optilux.example>",
  "Recrutement Data Analyst",
  """Bonjour Madame,

Nous vous remercions pour votre candidature au poste de Data Analyst.

Votre candidature n'a pas été jugée prioritaire dans le cadre de ce recrutement, les profils
retenus ayant une expérience plus poussée de la modélisation.

Cordialement,
Cédric Lemoine
""", company="Optilux", role="Data Analyst", contact_name="Cédric Lemoine",
  contact_email="cedric.lemoine@optilux.example")

R("Inès Garnier <ines@maison-garnier-vins.example>",
  "Caviste – saison 2026",
  """Bonjour Camille,

Merci pour votre visite à la cave et pour votre enthousiasme.

Ce ne sera pas pour cette fois : nous avons choisi de travailler avec une personne déjà formée
à la dégustation pour la saison de caviste. J'espère que nos routes se recroiseront.

Belle journée,
Inès Garnier
""", company="Maison Garnier", role="Caviste", contact_name="Inès Garnier",
  contact_email="ines@maison-garnier-vins.example")

R("Workday <verdalis@myworkday.test>",
  "Verdalis – mise à jour concernant votre candidature",
  """Bonjour Camille,

Merci d'avoir pris le temps de postuler chez Verdalis pour le poste de Technicien(ne) de
maintenance (R-10442).

Vous ne faites pas partie des candidats retenus pour la suite du processus.

Nous vous encourageons à postuler à d'autres offres sur https://careers.verdalis.example

L'équipe Talent Acquisition Verdalis
""", company="Verdalis", role="Technicien(ne) de maintenance", careers_url="https://careers.verdalis.example")

R("Recrutement Groupe Mirabelle <recrutement@groupe-mirabelle.test>",
  "Votre candidature - Assistante de direction",
  """Bonjour,

Nous avons pris connaissance de votre candidature au poste d'assistante de direction.
Votre profil n'a pas été retenu pour la phase d'entretiens.

Nous vous souhaitons bonne chance dans vos recherches.

Le service recrutement
""", company="Groupe Mirabelle", role="Assistante de direction")

R("Fondation Clairval <emploi@fondation-clairval.test>",
  "Poste d'éducateur spécialisé – clôture",
  """Madame,

Le processus de recrutement pour le poste d'éducateur spécialisé (foyer Les Tilleuls) est
désormais clôturé et le poste a été pourvu.

Nous vous remercions pour votre candidature et vous adressons nos salutations les meilleures.

Direction des ressources humaines
Fondation Clairval
""", company="Fondation Clairval", role="éducateur spécialisé")

R("Anouk Besson <anouk@studio-kaleo.example>",
  "recrutement UI designer",
  """Hello Camille,

petit message pour te dire qu'on clôture le recrutement UI designer sans donner suite à ton
dossier. Ton portfolio est chouette mais on avait besoin de plus de motion design.

Bonne continuation,
Anouk – Studio Kaléo
""", company="Studio Kaléo", role="UI designer", contact_name="Anouk Besson",
  contact_email="anouk@studio-kaleo.example")

R("Corentin Dubreuil <c.dubreuil@nordel-energie.example>",
  "Poste d'ingénieur(e) électricité",
  """Bonjour Madame Roux,

Merci pour notre échange de la semaine dernière. Nous garderons précieusement votre CV pour
de futures opportunités, mais ce ne sera pas pour ce poste-ci : nous avons retenu un profil
plus expérimenté en haute tension.

Bien à vous,
Corentin Dubreuil
Nordel Énergie
""", company="Nordel Énergie", role="ingénieur(e) électricité", contact_name="Corentin Dubreuil",
  contact_email="c.dubreuil@nordel-energie.example")

R("Verdalis Lyon <rh-lyon@verdalis-agro.test>",
  "Des nouvelles de Verdalis Agro",
  """Bonjour Camille,

Chez Verdalis Agro, l'année 2026 a été riche : ouverture de notre nouveau site de Lyon-Gerland,
lancement de la gamme bio en vrac et arrivée de quarante nouveaux collègues.

Nous avons aussi reçu plus de 900 candidatures depuis janvier, ce qui nous oblige à faire des
choix difficiles.

Concernant votre candidature au poste de technicien qualité, nous sommes au regret de ne pas
pouvoir la retenir.

Nous vous souhaitons bonne réussite.

Marion Estève
Chargée de recrutement
""", company="Verdalis Agro", role="technicien qualité", contact_name="Marion Estève", contact_email=None)

R("Nelvia Assurances <noreply@nelvia-recrutement.test>",
  "Votre candidature chez Nelvia",
  "Bonjour Camille, Merci pour l'intérêt que vous portez à Nelvia. Nous avons examiné votre "
  "candidature pour le poste de Gestionnaire sinistres avec attention. Nous avons décidé de "
  "poursuivre avec d'autres candidats dont l'expérience correspond plus étroitement à nos besoins.",
  fmt="html",
  html=html_page(
      "<p>Bonjour Camille,</p><p>Merci pour l'intérêt que vous portez à Nelvia.</p>"
      "<p>Nous avons examiné votre candidature pour le poste de <b>Gestionnaire sinistres</b> avec attention.</p>"
      "<p>Nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond plus "
      "étroitement à nos besoins.</p><p>Nos offres : <a href='https://nelvia.example/carrieres'>"
      "nelvia.example/carrieres</a></p>",
      preheader="Merci pour votre intérêt pour Nelvia",
      footer="Nelvia Assurances SA – 12 rue des Lices, 49000 Angers. Vous recevez ce message car vous avez "
             "postulé sur notre site. <a href='https://track.nelvia-recrutement.test/u/88a1'>Se désabonner</a> | "
             "<a href='https://nelvia.example/confidentialite'>Politique de confidentialité</a> | "
             "© 2026 Nelvia. Tous droits réservés."),
  company="Nelvia Assurances", role="Gestionnaire sinistres", careers_url="https://nelvia.example/carrieres")

R("Baptiste Olier <baptiste.olier@ferme-olier.example>",
  "Re: Candidature poste de commercial terrain",
  """Merci Camille pour ton message. Malheureusement, l'équipe a choisi un autre profil pour le
poste de commercial terrain. Je te souhaite le meilleur.

Baptiste

Le lun. 9 nov. 2026 à 18:02, Camille Roux <camille.roux@boite.test> a écrit :
> Bonjour Baptiste,
> Je voulais vous remercier pour l'entretien, je suis vraiment très motivée et j'ai hâte
> de rejoindre l'équipe ! J'espère avoir bientôt de vos nouvelles pour la suite.
> Camille
""", company="Ferme Olier", role="commercial terrain", contact_name="Baptiste Olier",
  contact_email="baptiste.olier@ferme-olier.example")

R("Sophie Lamarre <sophie.lamarre@hexa-interim.example>",
  "TR: Votre candidature - Technicienne de laboratoire",
  """Bonjour Camille,

Je vous transfère la réponse de notre client ci-dessous. Je suis désolée, ils ne souhaitent
pas donner suite pour ce poste. Je reviens vers vous dès que j'ai d'autres missions.

Sophie Lamarre
Consultante, Hexa Intérim

-------- Message transféré --------
De : Recrutement Bréval Industries <rh@breval-industries.test>
Date : 12 novembre 2026
Objet : Candidature Mme Roux

Bonjour Sophie,
Merci pour la présentation de Mme Roux. Après réflexion, nous retenons un autre candidat pour
le poste de technicienne de laboratoire.
Cordialement, Service RH Bréval
""", company="Hexa Intérim", role="Technicienne de laboratoire", contact_name="Sophie Lamarre",
  contact_email="sophie.lamarre@hexa-interim.example")

R("Greenhouse <no-reply@greenhouse.test>",
  "Your application to Quillon",
  """Hi Camille,

Thank you for your interest in Quillon and for applying to the Customer Success Manager (Paris)
role.

Petit mot de l'équipe de Paris : malheureusement, nous n'allons pas avancer avec votre
candidature, le poste demandant une expérience SaaS B2B plus longue.

Best,
The Quillon Talent Team
""", company="Quillon", role="Customer Success Manager", note="English ATS frame with French note")

R("Recrutement Carvelle <jobs@carvelle.test>",
  "Votre candidature – Développeur backend",
  """Bonjour Camille,

Merci pour votre candidature au poste de développeur backend. Vous trouverez ci-dessous le
message de notre CTO :

"Hi Camille, thanks a lot for the take-home. We decided not to move forward with your
application for this role. Good luck!"

Cordialement,
L'équipe Carvelle
""", company="Carvelle", role="Développeur backend", lang="fr",
  note="French frame with an English decision")

R("Dotation - CIUSSS de la Vallée-Verte <dotation.cvv@santeqc.test>",
  "Candidature – préposé(e) aux bénéficiaires",
  """Bonjour,

Nous avons bien reçu votre candidature pour le poste de préposé(e) aux bénéficiaires.

Après analyse, nous ne retiendrons pas votre candidature pour la prochaine étape du
processus. Nous conserverons votre curriculum vitae dans notre banque de candidatures pour
une durée de six mois.

Merci de l'intérêt porté à notre organisation.

Service de la dotation
""", company="CIUSSS de la Vallée-Verte", role="préposé(e) aux bénéficiaires")

R("Yann Perret <yann.perret@horlogerie-vallon.example>",
  "Votre postulation – Régleuse",
  """Madame,

Nous accusons réception de votre postulation pour le poste de régleuse et vous en remercions.

Nous sommes au regret de devoir vous communiquer une réponse négative, notre choix s'étant
porté sur une personne au bénéfice d'une plus longue expérience en horlogerie compliquée.

Nous vous présentons, Madame, nos salutations distinguées.

Yann Perret
Responsable RH, Horlogerie du Vallon SA
""", company="Horlogerie du Vallon", role="Régleuse", contact_name="Yann Perret",
  contact_email="yann.perret@horlogerie-vallon.example", charset="iso-8859-1")

R("CPAS de Hautrive <grh@cpas-hautrive.test>",
  "Votre candidature – assistant(e) social(e)",
  """Madame,

Nous accusons bonne réception de votre candidature pour la fonction d'assistant(e) social(e).

Nous ne pouvons malheureusement y réserver une suite favorable, d'autres candidatures
rencontrant davantage le profil recherché.

Nous vous prions de croire, Madame, à l'assurance de notre considération distinguée.

Pour le Conseil de l'action sociale,
La Directrice générale, F. Vanderlinden
""", company="CPAS de Hautrive", role="assistant(e) social(e)", contact_name="F. Vanderlinden")

R("Région Armor-Val - DRH <concours@armorval-region.test>",
  "Sélection – poste de chargé(e) d'opérations FEDER",
  """Madame,

Par la présente, nous vous informons qu'à l'issue de l'examen des dossiers, il a été décidé
de ne pas poursuivre le processus de sélection avec votre candidature pour le poste de
chargé(e) d'opérations FEDER.

Nous vous remercions de l'intérêt que vous avez porté à notre collectivité.

La Direction des ressources humaines
""", company="Région Armor-Val", role="chargé(e) d'opérations FEDER")

R("Plateforme emploi - Ville de Saint-Aubrac <emploi@saint-aubrac.test>",
  "Avis de décision – dossier n° 2026-0387",
  """Dossier n° 2026-0387
Candidat : Camille ROUX
Emploi : Agent(e) d'accueil – Médiathèque
Décision du jury : candidature non retenue

Le présent avis peut faire l'objet d'un recours gracieux dans un délai de deux mois.

Ville de Saint-Aubrac – Direction des ressources humaines
""", company="Ville de Saint-Aubrac", role="Agent(e) d'accueil – Médiathèque", cte="quoted-printable")

R("Nathalie Girod <nathalie.girod@pharma-sorel.example>",
  "Poste d'assistante réglementaire",
  """Bonjour Madame Roux,

Votre candidature n'a malheureusement pas franchi l'étape de la présélection pour le poste
d'assistante réglementaire.

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Sorel.

Nathalie Girod
""", company="Laboratoires Sorel", role="assistante réglementaire", contact_name="Nathalie Girod",
  contact_email="nathalie.girod@pharma-sorel.example")

R("Alexis Morvan <alexis@brasserie-kerlan.example>",
  "Suite à notre rencontre",
  """Bonjour Camille,

Merci pour ta venue à la brasserie jeudi, on a passé un très bon moment.

Nous avons le regret de t'annoncer que nous ne pourrons pas te proposer de poursuivre
l'aventure à nos côtés en tant que responsable de salle.

Belle suite à toi,
Alexis
""", company="Brasserie Kerlan", role="responsable de salle", contact_name="Alexis",
  contact_email="alexis@brasserie-kerlan.example")

R("Léna de Koala Kids <lena@koalakids.example>",
  "ton stage chez Koala Kids",
  """Coucou Camille !

On a adoré discuter avec toi 🙏 mais on a finalement choisi un autre profil pour le stage
marketing. On te souhaite le meilleur pour la suite 💪

Léna
""", company="Koala Kids", role="stage marketing", contact_name="Léna", contact_email="lena@koalakids.example")

R("Mathieu Chevrier <m.chevrier@cabinet-chevrier.example>",
  "Candidature collaborateur comptable",
  """Madame,

Malgré la qualité de votre parcours, notre choix s'est porté sur un autre candidat pour le
poste de collaborateur comptable.

Je vous souhaite une pleine réussite.

Mathieu Chevrier
Expert-comptable
""", company="Cabinet Chevrier", role="collaborateur comptable", contact_name="Mathieu Chevrier",
  contact_email="m.chevrier@cabinet-chevrier.example")

R("RH Altessa <rh@altessa.test>",
  "Poste de chef de projet CRM – information",
  """Bonjour,

Nous vous informons que le poste de chef de projet CRM pour lequel vous aviez postulé ne sera
finalement pas pourvu, à la suite d'une réorganisation interne. Nous clôturons donc l'ensemble
des candidatures reçues, dont la vôtre.

Merci de votre compréhension.

Ressources humaines Altessa
""", company="Altessa", role="chef de projet CRM")

R("Centre de gestion de la fonction publique - Concours <concours@cdg-vexin.test>",
  "Concours de rédacteur territorial – résultats d'admissibilité",
  """Madame,

J'ai le regret de vous informer que, à l'issue de la délibération du jury du 28 octobre 2026,
vous n'avez pas été déclarée admissible aux épreuves orales du concours de rédacteur
territorial (session 2026).

Vos notes sont consultables sur votre espace candidat.

Le Président du Centre de gestion
""", company="Centre de gestion de la fonction publique", role="rédacteur territorial")

R("SPF Mobilité - Sélections <selections@mobilite-fed.test>",
  "Sélection AFG26041 – résultat",
  """Madame,

Nous vous informons du résultat de la sélection AFG26041 (attaché juriste, niveau A).

Vous avez réussi l'épreuve, mais vous n'êtes pas classée en rang utile pour l'un des postes
à pourvoir. Votre candidature n'est donc pas retenue pour cette sélection.

Service sélection
""", company="SPF Mobilité", role="attaché juriste")

R("Hôpital Sainte-Aure - Direction des soins <ds@ch-sainte-aure.test>",
  "Poste de cadre de santé – pôle médecine",
  """Madame,

Suite aux entretiens qui se sont déroulés le 5 novembre, je vous informe que vous n'avez pas
été retenue pour le poste de cadre de santé du pôle médecine.

Je vous remercie pour l'intérêt que vous portez à notre établissement.

Isabelle Maréchal, directrice des soins
""", company="Hôpital Sainte-Aure", role="cadre de santé", contact_name="Isabelle Maréchal", contact_email=None)

R("Agence Tempo Travail <agence.lille@tempo-travail.test>",
  "Mission cariste – Wambrechies",
  """Bonjour Camille,

La mission de cariste chez notre client à Wambrechies a été attribuée à un autre intérimaire
qui était disponible immédiatement.

On garde ton dossier actif et on te rappelle dès qu'une mission correspond.

Kevin, agence Tempo Lille
""", company="Tempo Travail", role="cariste", contact_name="Kevin", contact_email="agence.lille@tempo-travail.test")

R("Manon Rieux <manon@lesbocauxdemanon.example>",
  "Re: poste de préparatrice de commandes",
  """Bonjour Camille, bon j'ai bien réfléchi et on va pas aller plus loin ensemble pour ce poste,
ton profil est top mais trop orienté bureau pour ce qu'on cherche. Bonne route à toi !
Manon
""", company="Les Bocaux de Manon", role="préparatrice de commandes", contact_name="Manon Rieux",
  contact_email="manon@lesbocauxdemanon.example")

R("Talentsoft - Groupe Orliac <ne-pas-repondre@orliac.talentsoft.test>",
  "Suite de votre candidature",
  "Bonjour Camille,\n\nOffre : Acheteur / Acheteuse junior (réf. 2026-0934)\nÉtape : Entretien RH\n"
  "Résultat : Défavorable\n\nNous vous remercions pour votre participation.\n\nGroupe Orliac\n",
  fmt="alt",
  html=html_page(
      "<p>Bonjour Camille,</p><table cellpadding='4'><tr><td>Offre</td><td>Acheteur / Acheteuse junior "
      "(réf. 2026-0934)</td></tr><tr><td>Étape</td><td>Entretien RH</td></tr><tr><td>Résultat</td>"
      "<td style='color:#a00'>Défavorable</td></tr></table><p>Nous vous remercions pour votre participation.</p>"
      "<p>Groupe Orliac</p>",
      footer="Message envoyé via Talentsoft. Ne pas répondre."),
  company="Groupe Orliac", role="Acheteur / Acheteuse junior")

R("Pauline Vasseur <pauline.vasseur@editions-alcyone.example>",
  "Poste d'assistante d'édition",
  """Bonjour Camille,

Je tenais à vous écrire personnellement. Votre candidature au poste d'assistante d'édition ne
sera pas retenue, non par manque de qualités mais parce que nous avons privilégié une personne
ayant déjà travaillé sur des ouvrages jeunesse.

Bien à vous,
Pauline Vasseur
Éditions Alcyone
""", company="Éditions Alcyone", role="assistante d'édition", contact_name="Pauline Vasseur",
  contact_email="pauline.vasseur@editions-alcyone.example")

R("Estelle Noiret <estelle.noiret@ecomarche-rives.example>",
  "Poste de responsable rayon frais / autre opportunité",
  """Bonjour Madame Roux,

Nous ne retenons pas votre candidature pour le poste de responsable rayon frais. En revanche,
votre expérience nous intéresse pour un poste d'adjointe au responsable logistique et nous
aimerions vous rencontrer à ce sujet la semaine prochaine, si vous êtes d'accord.

Estelle Noiret
Ressources humaines
""", company="Écomarché des Rives", role="responsable rayon frais", contact_name="Estelle Noiret",
  contact_email="estelle.noiret@ecomarche-rives.example",
  note="application for this role will not go ahead (DESIGN rule); another role proposed")

R("Service RH - Communauté de communes du Haut-Serein <rh@cc-hautserein.test>",
  "Recrutement agent technique polyvalent",
  """Madame,

Votre candidature au poste d'agent technique polyvalent a retenu toute notre attention.
Toutefois, le jury a porté son choix sur une candidate dont l'expérience en espaces verts
correspond davantage aux besoins du service.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Président, Jean-Marc Buisson
""", company="Communauté de communes du Haut-Serein", role="agent technique polyvalent",
  contact_name="Jean-Marc Buisson")

# ---------------------------------------------------------------------------
# Hard look-alikes (not a rejection of the owner's job application)
# ---------------------------------------------------------------------------

L("Claire Jaquet <claire.jaquet@lumenal.example>",
  "Votre candidature – Product Designer",
  """Bonjour Camille,

Nous vous prions d'excuser le délai de réponse, nous avons reçu énormément de candidatures.
Rassurez-vous : votre candidature est toujours à l'étude et vous faites toujours partie du
processus. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.

Claire Jaquet
""")

L("Romain Desclaux <romain.desclaux@nordel-energie.example>",
  "Report de notre entretien",
  """Bonjour Madame Roux,

Malheureusement, l'entretien prévu jeudi à 14 h doit être déplacé : notre directeur technique
est retenu sur un chantier. Seriez-vous disponible lundi ou mardi matin ?

Toutes mes excuses pour ce contretemps.

Romain Desclaux
""")

L("RH Fidorex <rh@fidorex.test>",
  "Votre question sur le poste de comptable fournisseurs",
  """Bonjour Madame Roux,

Vous nous demandiez si l'annonce de comptable fournisseurs était toujours d'actualité : ce poste
a été pourvu en interne le mois dernier. Votre candidature au poste de contrôleuse de gestion,
en revanche, suit son cours normalement et vous serez contactée pour un entretien.

Cordialement,
Service RH – Fidorex
""")

L("Julie Haenni <julie.haenni@haldimand-banque.test>",
  "Proposition d'embauche",
  """Madame Roux,

Nous avons le plaisir de vous proposer le poste d'assistante de gestion au sein de notre
département crédits, avec une entrée en fonction au 1er février 2027.

Vous trouverez ci-joint la lettre d'offre. Nous vous remercions de nous faire part de votre
décision d'ici au 4 décembre.

Julie Haenni
""")

L("Estelle Noiret <estelle.noiret@ecomarche-rives.example>",
  "Votre candidature – réorientation vers un autre poste",
  """Bonjour Madame Roux,

En étudiant votre candidature pour le poste de caissière, nous avons constaté que votre
expérience correspond mieux à notre poste d'adjointe logistique. Avec votre accord, nous
avons transféré votre dossier sur cette offre et vous proposons un entretien mardi à 10 h.

Estelle Noiret
""")

L("Alertes emploi JobNord <alertes@jobnord.test>",
  "5 nouvelles offres pour « assistante de direction »",
  """Bonjour Camille,

Voici les nouvelles offres correspondant à votre alerte :

- Assistante de direction H/F – Lille – CDI
- Office manager – Roubaix – CDD 6 mois
- Assistante commerciale – Tourcoing – CDI
- Assistante RH – Lens – intérim
- Secrétaire médicale – Arras – CDI

Postulez en un clic avec votre CV enregistré. Vous ne voulez plus recevoir ces alertes ?
Gérez vos alertes depuis votre espace candidat.
""", fmt="alt",
  html=html_page("<p>Bonjour Camille,</p><p>Voici les nouvelles offres correspondant à votre alerte :</p>"
                 "<ul><li>Assistante de direction H/F – Lille – CDI</li><li>Office manager – Roubaix</li>"
                 "<li>Assistante commerciale – Tourcoing</li></ul><p>Postulez en un clic.</p>",
                 preheader="Nouvelles offres pour vous",
                 footer="<a href='https://jobnord.test/alertes'>Gérer mes alertes</a>"))

L("Hugo Tissier <hugo.tissier@talentbridge.example>",
  "Opportunité – Responsable contrôle de gestion (Nantes)",
  """Bonjour Camille,

Je me permets de vous contacter car votre profil LinkedIn a retenu mon attention. Je
recrute pour l'un de mes clients, un industriel nantais, un(e) responsable contrôle de
gestion.

Seriez-vous ouverte à un échange de 15 minutes cette semaine ?

Hugo Tissier
Talent Bridge – cabinet de recrutement
""")

L("Le Mag Carrières <newsletter@lemagcarrieres.test>",
  "Comment rebondir après un refus ?",
  """Le Mag Carrières – numéro 118

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Qui
n'a jamais reçu ce courriel ? Cette semaine, trois lecteurs nous racontent comment ils ont
transformé un refus en nouvelle opportunité.

Au sommaire :
- demander un retour après un entretien raté ;
- relancer un recruteur sans être insistant ;
- les 5 erreurs qui font qu'un CV n'est pas retenu.

Bonne lecture !
La rédaction
""", fmt="html",
  html=html_page("<h1>Le Mag Carrières – n° 118</h1><p>« Nous sommes au regret de vous informer que "
                 "votre candidature n'a pas été retenue. » Qui n'a jamais reçu ce courriel ? Cette semaine, "
                 "trois lecteurs nous racontent comment ils ont transformé un refus en nouvelle opportunité.</p>"
                 "<ul><li>Demander un retour après un entretien raté</li><li>Relancer un recruteur</li>"
                 "<li>Les 5 erreurs qui font qu'un CV n'est pas retenu</li></ul>",
                 footer="Vous recevez cette newsletter car vous êtes inscrit(e) sur lemagcarrieres.test. "
                        "<a href='https://lemagcarrieres.test/desinscription'>Se désinscrire</a>"))

L("Agence Immo Ponant <location@immo-ponant.test>",
  "Votre dossier de location – T3 rue des Capucins",
  """Bonjour Madame Roux,

Nous vous remercions pour votre dossier de location concernant le T3 de la rue des Capucins.

Après étude, le propriétaire n'a pas retenu votre candidature et a choisi un autre locataire.
Nous restons à votre disposition pour d'autres biens.

Agence Immo Ponant
""")

L("Crédit Rivage <conseiller@credit-rivage.test>",
  "Votre demande de prêt personnel",
  """Madame,

Nous avons étudié votre demande de prêt personnel n° PP-55812 avec attention.

Nous sommes au regret de ne pas pouvoir y réserver une suite favorable au regard de votre
taux d'endettement actuel.

Votre conseiller, Stéphane Bourdin
""")

L("eCandidat - Université de Brionne <ecandidat@univ-brionne.test>",
  "Décision sur votre candidature – Master 2 Droit social",
  """Madame,

La commission pédagogique du Master 2 Droit social a examiné votre dossier.

Décision : candidature non retenue (capacité d'accueil atteinte).

Vous pouvez consulter le détail sur la plateforme eCandidat.

Le service de scolarité
""")

L("Comité de programme JFIA 2027 <jfia2027@conf-ia.test>",
  "JFIA 2027 – décision sur votre article n° 84",
  """Chère autrice, cher auteur,

Nous avons le regret de vous informer que votre article n° 84 « Apprentissage frugal pour la
détection d'anomalies » n'a pas été retenu pour la conférence JFIA 2027. Les relectures sont
disponibles sur la plateforme de soumission.

Les présidents du comité de programme
""")

L("Fondation Arcadie <bourses@fondation-arcadie.test>",
  "Appel à projets 2026 – votre demande de subvention",
  """Madame,

Le jury de l'appel à projets 2026 s'est réuni le 18 novembre. Nous avons le regret de vous
informer que votre demande de subvention pour le projet « Jardins partagés du Ponant » n'a
pas été retenue.

La Fondation Arcadie
""")

L("Salon Créateurs & Co <exposants@createurs-co.test>",
  "Votre candidature exposant – édition de printemps",
  """Bonjour,

Merci pour votre candidature en tant qu'exposante au salon Créateurs & Co.

Le comité de sélection n'a malheureusement pas pu retenir votre stand pour cette édition, le
nombre de candidatures ayant largement dépassé les places disponibles.

L'équipe Créateurs & Co
""")

L("Mutuelle Avenir Santé <adhesion@avenir-sante.test>",
  "Votre demande d'adhésion",
  """Madame,

Nous ne pouvons malheureusement pas donner une suite favorable à votre demande d'adhésion au
contrat prévoyance Sérénité, compte tenu des réponses au questionnaire médical.

Service adhésions
""")

L("FC Rives de l'Erdre <secretariat@fc-rives-erdre.test>",
  "Ta demande d'inscription – équipe seniors féminine",
  """Salut Camille,

Merci pour ta demande ! L'équipe seniors féminine est complète pour cette saison, on ne peut
pas retenir ta candidature pour le moment. On te met sur liste d'attente.

Sportivement,
Le secrétariat du club
""")

L("Recrutement Optilux <recrutement@optilux.example>",
  "Confirmation du retrait de votre candidature",
  """Bonjour Madame Roux,

Nous avons bien pris note de votre décision de retirer votre candidature au poste de Data
Analyst. Nous la clôturons donc à votre demande.

Nous vous souhaitons bonne continuation.

Le service recrutement
""")

L("Cédric Lemoine <cedric.lemoine@optilux.example>",
  "Re: Proposition d'embauche",
  """Bonjour Camille,

Nous prenons acte de votre refus de notre proposition d'embauche et le regrettons, mais nous
comprenons votre choix. La porte reste ouverte.

Cédric

Le mar. 17 nov. 2026 à 09:12, Camille Roux <camille.roux@boite.test> a écrit :
> Bonjour Cédric,
> Après mûre réflexion, je ne donnerai pas suite à votre proposition, j'ai accepté un autre
> poste. Merci pour tout.
""")

L("Aline Perrot <aline.perrot@groupe-mirabelle.test>",
  "Candidat Paul Vernier – suite",
  """Bonjour Camille,

Pour info, nous n'avons pas retenu Paul Vernier, le candidat que tu as vu en entretien mardi
pour le poste de comptable. Je lui envoie la réponse aujourd'hui, merci de ne pas lui
répondre directement s'il te recontacte.

Merci pour ton aide sur ce recrutement !

Aline, RH
""")

L("Recrutement Kelvora <recrutement@kelvora.test>",
  "Accusé de réception de votre candidature",
  """Bonjour Camille,

Nous accusons réception de votre candidature au poste de chargée de projet et vous en
remercions.

Votre dossier sera étudié avec attention. Sans réponse de notre part dans un délai de quatre
semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

L'équipe recrutement
""")

L("Manon Lefort <manon.lefort@transalp-logistique.example>",
  "Invitation à un entretien",
  """Madame,

Votre profil a retenu toute notre attention et nous souhaiterions vous rencontrer pour un
entretien le 2 décembre à 9 h 30 dans nos locaux de Monthey.

Merci de nous confirmer votre disponibilité.

Manon Lefort
""")

L("Service RH - Altessa <rh@altessa.test>",
  "Entretien annulé – nouvelle date à venir",
  """Bonjour,

Malheureusement, la responsable du service étant absente, l'entretien de demain est annulé. Il
sera reprogrammé dans les prochains jours ; votre candidature n'est bien sûr pas remise en cause.

Ressources humaines Altessa
""")

L("Nadia Benkhaled <nadia.benkhaled@groupe-salvane.example>",
  "Bonne nouvelle : vous êtes retenue pour le centre d'évaluation",
  """Chère Madame Roux,

Félicitations ! Vous avez été retenue pour la suite du processus et nous avons le plaisir de
vous convier au centre d'évaluation du 21 octobre à La Défense.

Nadia Benkhaled
""")

L("Ville de Saint-Aubrac <emploi@saint-aubrac.test>",
  "Dossier n° 2026-0412 – pièces manquantes",
  """Madame,

Votre dossier de candidature au poste de gestionnaire paie est incomplet : la copie de votre
diplôme n'a pas été jointe. À défaut de réception avant le 12 décembre, votre candidature ne
pourra pas être examinée par le jury.

Direction des ressources humaines
""")

L("Marché public - Département du Vexin <marches@vexin-dept.test>",
  "Appel d'offres n° 2026-AO-117 – information des candidats évincés",
  """Madame,

Dans le cadre de la procédure d'appel d'offres n° 2026-AO-117 (prestations de traduction),
nous vous informons que votre offre n'a pas été retenue. Le marché a été attribué à la société
Lingua Nord, dont l'offre a été jugée économiquement la plus avantageuse.

Le délai de suspension avant signature est de onze jours.

Le service de la commande publique
""")

L("Cooptation Verdalis <cooptation@verdalis.example>",
  "Suivi de votre cooptation",
  """Bonjour Camille,

Merci d'avoir recommandé Lucas Ferrier pour le poste de technicien de maintenance. Après ses
entretiens, sa candidature n'a malheureusement pas été retenue. Nous l'en avons informé.

Continuez à nous recommander des talents !

L'équipe Talent Acquisition
""")

L("Office HLM Val-d'Ardes <attribution@hlm-valdardes.test>",
  "Commission d'attribution des logements",
  """Madame,

La commission d'attribution du 20 novembre a examiné votre demande de logement social. Votre
candidature n'a pas été retenue pour le logement situé 4 allée des Frênes. Votre demande reste
active pour les prochaines attributions.

Le service attribution
""")

L("Services RH - Groupe Orliac <rh@orliac.test>",
  "Votre note de frais de novembre",
  """Bonjour Camille,

Votre note de frais n° NF-2231 a été refusée : le justificatif du déplacement à Lyon est
illisible. Merci de la soumettre à nouveau avec un justificatif lisible.

Service paie et administration du personnel
""")

L("Théo Marchal <theo@pivotly.example>",
  "Re: poste growth",
  """Hello Camille !

Désolé du retard, on a eu une semaine de fou 😅 Pas de décision pour l'instant sur le poste de
growth, on voit encore deux personnes cette semaine, je reviens vers toi lundi au plus tard.

Théo
""")

L("Laurent Pichon <laurent.pichon@maisons-ardeval.example>",
  "Poste de conducteur de travaux",
  """Bonjour Camille,

Le poste de conducteur de travaux dont nous avions parlé ne sera pas ouvert avant mars, le
budget n'étant pas encore validé. Je ne clôture pas votre candidature : je vous recontacte dès
que le recrutement démarre.

Laurent Pichon
""")

# ---------------------------------------------------------------------------
# Ordinary mail with job-ish words
# ---------------------------------------------------------------------------

Ord("Paie - Groupe Orliac <paie@orliac.test>", "Votre bulletin de paie de novembre est disponible",
  """Bonjour,

Votre bulletin de paie du mois de novembre est disponible dans votre coffre-fort numérique.

Service paie
""")

Ord("Agnès Roy <agnes.roy@orliac.test>", "Réunion d'équipe – point recrutements",
  """Bonjour à tous,

Point d'équipe jeudi à 10 h en salle Garonne : planning des recrutements du premier trimestre,
intégration des deux nouveaux alternants et organisation des entretiens annuels.

Agnès
""")

Ord("LinkedOut <notifications@linkedout.test>", "Vous êtes apparue dans 14 recherches cette semaine",
  """Bonjour Camille,

Votre profil est apparu dans 14 recherches cette semaine, dont 3 recruteurs. Mettez à jour
votre titre pour être encore plus visible.

L'équipe LinkedOut
""", fmt="html",
  html=html_page("<p>Bonjour Camille,</p><p>Votre profil est apparu dans <b>14 recherches</b> cette semaine, "
                 "dont 3 recruteurs.</p><p><a href='https://linkedout.test/profil'>Voir qui</a></p>",
                 preheader="14 recherches", footer="<a href='https://linkedout.test/unsub'>Se désabonner</a>"))

Ord("France Travail <ne-pas-repondre@francetravail.test>", "Votre actualisation mensuelle",
  """Bonjour,

Pensez à vous actualiser entre le 28 novembre et le 15 décembre. Vous avez repris un emploi ou
suivi une formation ce mois-ci ? Déclarez-le lors de votre actualisation.

France Travail
""")

Ord("Formations Sécurité Plus <inscriptions@secuplus.test>", "Inscription confirmée – CACES R489",
  """Bonjour,

Votre inscription à la formation CACES R489 catégorie 3 du 8 au 10 décembre est confirmée.
Merci de vous munir de vos chaussures de sécurité.

Sécurité Plus
""")

Ord("Portail RH <portail-rh@orliac.test>", "Demande de congés validée",
  """Bonjour Camille,

Votre demande de congés du 22 décembre au 2 janvier a été validée par votre responsable.

Portail RH Groupe Orliac
""")

Ord("Julien Marty <julien.marty@orliac.test>", "Pot de départ de Sophie",
  """Hello l'équipe,

Sophie quitte son poste vendredi après six ans chez nous 😢 On se retrouve à 17 h à la
cafétéria pour son pot de départ. Cagnotte pour le cadeau dans le lien habituel.

Julien
""")

Ord("Verdalis <news@verdalis.example>", "Nous recrutons ! 15 postes ouverts à Lyon",
  """Bonjour,

Verdalis recrute : 15 postes sont ouverts sur notre nouveau site de Lyon (maintenance,
qualité, logistique). Découvrez nos offres et postulez sur https://careers.verdalis.example

L'équipe Verdalis
""")

Ord("Recrutement Kelvora <recrutement@kelvora.test>", "Merci pour votre candidature",
  """Bonjour Camille,

Nous avons bien reçu votre candidature au poste de chargée de projet. Notre équipe l'étudie
et reviendra vers vous dans les meilleurs délais.

L'équipe recrutement Kelvora
""")

Ord("Manon Lefort <manon.lefort@transalp-logistique.example>", "Invitation : Entretien – Camille Roux",
  """Invitation : Entretien – Camille Roux
Date : mercredi 2 décembre 2026, 09:30 – 10:30 (CET)
Lieu : Transalp Logistique, Monthey, salle 2
Participants : Manon Lefort, Camille Roux

Accepter | Refuser | Peut-être
""")

Ord("Yousign <notifications@yousign.test>", "Votre contrat de travail est prêt à être signé",
  """Bonjour Camille,

Groupe Orliac vous invite à signer le document « Contrat de travail – CDI ».

Signer le document
""")

Ord("Salon Emploi Grand Ouest <contact@salon-emploi-go.test>", "J-7 : Salon de l'emploi de Rennes",
  """Bonjour,

Plus que 7 jours avant le Salon de l'emploi de Rennes ! 80 entreprises, 1 200 offres et des
ateliers CV. Téléchargez votre badge d'entrée.

L'équipe du salon
""")

Ord("Direction - Groupe Orliac <direction@orliac.test>", "Nouvelle charte télétravail",
  """Chers collaborateurs,

La nouvelle charte télétravail entrera en vigueur le 1er janvier : deux jours par semaine pour
tous les postes éligibles, après accord du manager.

La Direction
""")

Ord("Rappel Temps <no-reply@orliac-temps.test>", "Rappel : feuille de temps à valider",
  """Bonjour,

Votre feuille de temps de la semaine 47 n'est pas encore validée. Merci de la compléter avant
vendredi midi.
""")

Ord("Pierre Laval <pierre.laval@mail.test>", "Petit service : lettre de recommandation ?",
  """Salut Camille,

Je postule chez Nordel Énergie pour un poste d'ingénieur et ils demandent une lettre de
recommandation d'un ancien collègue. Tu serais d'accord d'en écrire une ? Ça m'aiderait
beaucoup.

Pierre
""")

Ord("Intégration - Groupe Orliac <onboarding@orliac.test>", "Votre arrivée le 4 janvier : documents à fournir",
  """Bonjour Camille,

Pour préparer votre arrivée, merci de déposer sur le portail : RIB, carte vitale, pièce
d'identité et justificatif de domicile.

L'équipe intégration
""")

Ord("Espace candidat Nelvia <noreply@nelvia-recrutement.test>", "Réinitialisation de votre mot de passe",
  """Bonjour,

Vous avez demandé la réinitialisation du mot de passe de votre espace candidat. Ce lien est
valable 24 heures.

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""")

Ord("Caisse de pension Helvetia-Prévoyance <info@hp-prevoyance.test>", "Votre certificat de prévoyance 2027",
  """Madame,

Votre certificat de prévoyance professionnelle 2027 est disponible. Il tient compte de votre
salaire assuré auprès de votre employeur actuel.

Helvetia-Prévoyance
""", charset="iso-8859-1")

Ord("Sarah Kone <sarah.kone@orliac.test>", "Entretien annuel d'évaluation",
  """Bonjour Camille,

Je te propose de caler ton entretien annuel d'évaluation le 9 décembre à 14 h. Pense à remplir
ta fiche d'auto-évaluation avant.

Sarah
""")

Ord("Welcome to the Jungle Alertes <hello@wttj-alertes.test>", "Votre candidature a été vue",
  """Bonjour Camille,

Bonne nouvelle : Studio Kaléo a consulté votre candidature au poste de UI designer.

À bientôt,
L'équipe
""")


# ---------------------------------------------------------------------------
# Writer / checker
# ---------------------------------------------------------------------------

BASE_DATE = dt.datetime(2026, 10, 5, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def make(m: dict, idx: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(BASE_DATE + dt.timedelta(hours=idx * 9, minutes=idx * 7 % 60))
    msg["Message-ID"] = f"<dev5fr.{idx:04d}@corpus.test>"
    for k, v in m["extra_headers"].items():
        msg[k] = v
    fmt, charset, cte = m["fmt"], m["charset"], m["cte"]
    if fmt == "plain":
        msg.set_content(m["body"], subtype="plain", charset=charset, cte=cte)
    elif fmt == "alt":
        msg.set_content(m["body"], subtype="plain", charset=charset, cte=cte)
        msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary(f"==dev5fr-{idx:04d}==")  # a fixed boundary keeps the build deterministic
    elif fmt == "html":
        msg.set_content(m["html"], subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:  # pragma: no cover
        raise ValueError(fmt)
    return msg


def labels_for(m: dict, name: str) -> dict:
    rej = m["kind"] == "rejection"
    return {
        "file": name,
        "is_rejection": rej,
        "company": m["company"] if rej else None,
        "role": m["role"] if rej else None,
        "contact_name": m["contact_name"] if rej else None,
        "contact_email": m["contact_email"] if rej else None,
        "careers_url": m["careers_url"] if rej else None,
        "lang": m["lang"],
        "kind": m["kind"],
        **({"note": m["note"]} if m["note"] else {}),
    }


def build() -> None:
    MSG_DIR.mkdir(exist_ok=True)
    for old in MSG_DIR.glob("*.eml"):
        old.unlink()
    rows = []
    for i, m in enumerate(MESSAGES, start=1):
        name = f"{i:04d}.eml"
        (MSG_DIR / name).write_bytes(make(m, i).as_bytes(policy=policy.SMTP))
        rows.append(labels_for(m, name))
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    kinds = {k: sum(r["kind"] == k for r in rows) for k in ("rejection", "lookalike", "ordinary")}
    print(f"wrote {len(rows)} messages: {kinds}")


def check() -> int:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted(p.name for p in MSG_DIR.glob("*.eml"))
    errors = []
    if sorted(r["file"] for r in rows) != files:
        errors.append("labels and messages do not match 1:1")
    if len({r["file"] for r in rows}) != len(rows):
        errors.append("duplicate label rows")
    parser = BytesParser(policy=policy.default)
    for r in rows:
        path = MSG_DIR / r["file"]
        if not path.exists():
            continue
        msg = parser.parsebytes(path.read_bytes())
        part = msg.get_body(preferencelist=("plain", "html"))
        text = part.get_content() if part is not None else ""
        if not msg["Subject"] or not text.strip():
            errors.append(f"{r['file']}: empty subject or body")
        if r["is_rejection"] != (r["kind"] == "rejection"):
            errors.append(f"{r['file']}: kind/is_rejection mismatch")
    for e in errors:
        print(e)
    print(f"checked {len(rows)} messages, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
