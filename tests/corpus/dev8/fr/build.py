"""Builds the dev8/fr corpus: 70 French rejections, 30 hard look-alikes, 6 ordinary mails.

Written as an eighth independent author (round 8), before reading the detector or any other corpus, with an
emphasis on phrasing that earlier authors may lack: unusual verbs and nouns for the decision, decisions said
indirectly ("le processus est clos", "le poste est pourvu"), decisions buried after news or pleasantries, passive
and nominal styles, very short and very long letters, HTML tables, threads and forwards, Belgian / Swiss /
Québec letters, missing accents and typos, chat register, subject-only verdicts, English subjects or signatures.

Run:   .venv/bin/python tests/corpus/dev8/fr/build.py           (writes messages/*.eml + labels.jsonl)
       .venv/bin/python tests/corpus/dev8/fr/build.py --check   (parses everything back, checks labels 1:1)

Deterministic: no randomness, fixed dates. All people, companies and domains are invented.
"""

from __future__ import annotations

import json
import sys
import textwrap
import unicodedata
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
LABELS = HERE / "labels.jsonl"

READERS = [
    ("Camille", "Lefèvre", "f"), ("Hugo", "Marchand", "m"), ("Inès", "Benali", "f"), ("Théo", "Garnier", "m"),
    ("Chloé", "Roussel", "f"), ("Mathis", "Perrin", "m"), ("Léa", "Fontaine", "f"), ("Antoine", "Collet", "m"),
    ("Yasmine", "Haddad", "f"), ("Nicolas", "Vasseur", "m"), ("Margaux", "Dubois", "f"), ("Julien", "Morel", "m"),
]

ENCODINGS = [
    ("utf-8", "quoted-printable"), ("iso-8859-1", "quoted-printable"), ("utf-8", "base64"),
    ("windows-1252", "8bit"), ("iso-8859-15", "quoted-printable"), ("utf-8", "8bit"), ("windows-1252", "base64"),
]

THANKS_VOUS = [
    "nous vous remercions pour l'intérêt que vous portez à {company} et pour votre candidature au poste de {role}.",
    "merci d'avoir pris le temps de postuler chez {company}.",
    "nous avons bien pris connaissance de votre dossier pour le poste de {role} et vous en remercions.",
    "je reviens vers vous concernant votre candidature au poste de {role}.",
    "merci encore pour nos échanges des dernières semaines et pour votre disponibilité.",
    "c'est avec attention que nous avons étudié votre profil.",
]
THANKS_TU = [
    "merci pour ta candidature pour le job de {role} chez {company} !",
    "merci d'avoir pris le temps d'échanger avec nous la semaine dernière.",
    "un grand merci pour ton intérêt et pour le temps que tu nous as consacré.",
]
WISH_VOUS = [
    "Nous vous souhaitons une pleine réussite dans vos recherches.",
    "Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité "
    "correspondant à votre profil se présentait.",
    "Avec nos meilleurs vœux de succès pour la suite de votre parcours.",
    "Conformément au RGPD, vos données seront supprimées dans un délai de deux ans. Bonne continuation.",
    "N'hésitez pas à consulter régulièrement nos offres.",
    "Nous espérons avoir l'occasion de croiser à nouveau votre route.",
]
WISH_TU = [
    "On te souhaite plein de belles choses pour la suite !",
    "Bonne chance pour la suite, et reste en contact si tu veux.",
    "Belle continuation à toi !",
]
SIGNOFF = ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Je vous prie d'agréer, Madame, Monsieur, "
           "l'expression de mes salutations distinguées.", "Sincères salutations,", "Meilleures salutations,"]
SIGNOFF_TU = ["À bientôt,", "Bises,", "Belle journée,", "Ciao,"]

BASE = datetime(2026, 10, 5, 8, 47, tzinfo=timezone(timedelta(hours=2)))

records: list[dict] = []


def R(company, domain, role, contact, subject, decision, **kw):
    """One rejection. ``company``/``role``/``contact`` are the labels; ``decision`` is the deciding text."""
    records.append(dict(kind="rejection", company=company, domain=domain, role=role, contact=contact,
                        subject=subject, decision=decision, **kw))


def L(subject, body, sender, kind="lookalike", **kw):
    """One look-alike or ordinary mail (full body given, greeting/sign-off included by the author)."""
    records.append(dict(kind=kind, subject=subject, body=body, sender=sender, **kw))


# ---------------------------------------------------------------------------------------------------------------
# Rejections: unusual verbs and nouns for the decision
# ---------------------------------------------------------------------------------------------------------------
R("Ardoise Conseil", "ardoise-conseil.example", "Consultant junior", "Bérénice Laurent",
  "Votre candidature – Consultant junior",
  "Après examen attentif, nous avons le regret de vous informer que votre candidature n'a pas été retenue "
  "pour la suite du processus.")
R("Menuiserie Gauthier", "menuiserie-gauthier.example", "Menuisier poseur", "Pascal Gauthier",
  "Votre candidature",
  "Nous avons décidé d'écarter votre dossier, l'expérience en pose de fenêtres aluminium étant indispensable "
  "sur ce chantier.")
R("Boréal Assurances", "boreal-assurances.example", "Gestionnaire sinistres", None,
  "Suite donnée à votre candidature",
  "Nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.", noreply=True, html=True,
  careers="https://carrieres.boreal-assurances.example")
R("Atelier Kerlann", "kerlann.example", "Graphiste", "Soizic Le Goff",
  "Candidature Graphiste",
  "Votre profil, bien qu'intéressant, ne sera pas retenu pour ce poste.")
R("Cabinet Mercier & Associés", "mercier-avocats.example", "Juriste droit social", "Me Hélène Mercier",
  "Votre candidature spontanée",
  "Il ne nous est malheureusement pas possible de réserver une suite positive à votre démarche.")
R("Groupe Hexalis", "hexalis.example", "Chef de projet MOA", None,
  "Réponse à votre candidature",
  "Votre candidature a fait l'objet d'un examen approfondi ; elle n'a toutefois pas été sélectionnée.",
  noreply=True, ats="workday")
R("Pharmacie du Vieux Port", "pharmacie-vieuxport.example", "Préparateur en pharmacie", "Lucie Anselme",
  "candidature préparateur",
  "Je dois malheureusement décliner votre candidature, nous avons trouvé quelqu'un la semaine dernière.", curt=True,
  named="préparateur")
R("Solvéo Énergies", "solveo.example", "Ingénieur d'affaires", "Romain Delattre",
  "Votre candidature – Ingénieur d'affaires",
  "Nous avons pris la décision de ne pas poursuivre avec votre candidature.")
R("Lumen Biotech", "lumen-biotech.example", "Technicien de laboratoire", None,
  "Votre candidature chez Lumen Biotech",
  "Nous avons choisi d'avancer avec d'autres profils dont l'expérience correspond davantage à nos besoins "
  "actuels.", noreply=True, ats="greenhouse", html=True)
R("Éditions du Chardon", "editions-chardon.example", "Assistant éditorial", "Mathilde Roche",
  "Votre candidature",
  "Votre candidature n'a pas pu aboutir favorablement cette fois-ci.")
R("Transports Vidal", "transports-vidal.example", "Conducteur SPL", "Gérard Vidal",
  "Candidature conducteur SPL",
  "Nous ne donnerons pas suite à votre candidature.", curt=True, thanks=False)
R("Clinique des Tilleuls", "clinique-tilleuls.example", "Infirmier de bloc opératoire",
  "Service des ressources humaines",
  "Votre candidature – IBODE",
  "La commission de recrutement a émis un avis défavorable sur votre candidature au poste d'infirmier de bloc "
  "opératoire.")
R("Nexalto", "nexalto.example", "Product Owner", "Samir Khelifi",
  "Votre candidature Product Owner",
  "Nous avons finalement opté pour une autre candidate, dont le parcours colle au plus près au contexte "
  "de l'équipe.")
R("Brasserie La Gabare", "lagabare.example", "Serveur", "Yann Morvan",
  "ta candidature",
  "on a retenu quelqu'un d'autre pour le poste de serveur, désolé !", tu=True, curt=True)
R("Cofidia Gestion", "cofidia.example", "Analyste crédit", None,
  "Votre candidature – Analyste crédit",
  "Malgré la qualité de votre parcours, votre candidature n'a pas été jugée prioritaire au regard des "
  "besoins du poste.", noreply=True, html=True)
R("Studio Ondine", "studio-ondine.example", "Monteuse vidéo", "Agathe Rivière",
  "Votre candidature Monteuse vidéo",
  "Nous avons fait le choix d'une autre personne pour ce poste.")
R("Valmont Ingénierie", "valmont-ing.example", "Dessinateur projeteur", "Olivier Brun",
  "Votre candidature",
  "Votre candidature ne correspond pas aux critères définis pour ce poste et ne pourra donc pas être "
  "étudiée plus avant.")

# ---------------------------------------------------------------------------------------------------------------
# Rejections: said indirectly (process completed / post filled / closed)
# ---------------------------------------------------------------------------------------------------------------
R("Mairie de Saint-Aubin-des-Prés", "saint-aubin.example", "Agent d'accueil", "Service des ressources humaines",
  "Recrutement agent d'accueil",
  "Le recrutement est désormais clos : le poste a été pourvu par voie de mutation interne. Nous ne pouvons "
  "donc pas retenir votre candidature.")
R("Hôtel Les Genêts", "hotel-genets.example", "Réceptionniste de nuit", "Valérie Combes",
  "Votre candidature – Réceptionniste de nuit",
  "Le poste de réceptionniste de nuit est à présent pourvu.")
R("Lysandre Cosmétiques", "lysandre.example", "Chef de produit junior", "Inès Charpentier",
  "Votre candidature au poste de Chef de produit junior",
  "Nous avons clôturé le processus de recrutement pour ce poste et retenu un autre candidat.")
R("Kalio Software", "kalio.example", "Développeur backend", None,
  "Mise à jour de votre candidature",
  "Le processus de recrutement pour ce poste est désormais terminé et nous ne sommes pas en mesure de "
  "vous proposer la suite.", noreply=True, ats="smartrecruiters", html=True)
R("Ferme Biologique des Combes", "ferme-combes.example", "Ouvrier agricole saisonnier", "Denis Aubry",
  "saison 2027",
  "On a déjà bouclé l'équipe pour la saison, je n'ai plus de place.", thanks=False)
R("Université de Montval", "univ-montval.example", "Ingénieur d'études en statistique",
  "Direction des ressources humaines",
  "Concours externe – Ingénieur d'études en statistique",
  "À l'issue des épreuves d'admissibilité, le jury n'a pas retenu votre candidature pour les épreuves "
  "d'admission.")
R("Fondation Hélia", "fondation-helia.example", "Chargée de mécénat", "Anne-Sophie Lemaire",
  "Chargée de mécénat",
  "Le poste a finalement été attribué à une candidate dont le profil répondait plus précisément à nos "
  "attentes.")
R("Agence Pivot", "agence-pivot.example", "Chargé de communication", "Lina Saïdi",
  "Votre candidature",
  "Le recrutement a été gelé suite à une réorganisation interne ; nous ne pourrons donc pas donner suite "
  "à votre candidature.")
R("Galeries Saint-Clair", "galeries-stclair.example", "Vendeur en prêt-à-porter", None,
  "Offre clôturée – Vendeur en prêt-à-porter",
  "L'offre à laquelle vous avez postulé a été clôturée et votre candidature n'a pas été retenue.",
  noreply=True, html=True)

# ---------------------------------------------------------------------------------------------------------------
# Rejections: decision buried after news / long pleasantries; very long letters
# ---------------------------------------------------------------------------------------------------------------
R("Maison Vernet", "maison-vernet.example", "Responsable boutique", "Claire Vernet",
  "Des nouvelles de votre candidature",
  "Nous avons eu une rentrée particulièrement chargée : ouverture de notre troisième boutique à Lyon, "
  "arrivée de deux nouvelles collections et un salon à Paris qui nous a beaucoup occupés. C'est pourquoi "
  "notre retour a tardé, et nous vous prions de nous en excuser. Nous avons rencontré plusieurs personnes "
  "très motivées et le choix a été difficile. Au terme de cette réflexion, c'est une autre candidature qui "
  "a été privilégiée.", careers="https://maison-vernet.example/recrutement")
R("Observatoire Régional de l'Eau", "ore-eau.example", "Chargé d'études hydrologie", "Frédéric Maillard",
  "Candidature – Chargé d'études hydrologie",
  "Comme vous le savez, notre association traverse une période de transition avec le départ de notre "
  "directrice et la fusion avec l'antenne de Bourgogne. Le conseil d'administration a néanmoins souhaité "
  "maintenir le recrutement. Les entretiens se sont tenus fin septembre et nous avons reçu des profils de "
  "grande qualité, dont le vôtre. Après délibération, le comité n'a pas souhaité donner une suite favorable "
  "à votre candidature.", wrap=True)
R("Tessier Industries", "tessier-ind.example", "Responsable maintenance", "Patrick Tessier",
  "RE: entretien du 12 octobre",
  "J'espère que vous allez bien et que votre déménagement s'est bien passé. De notre côté, l'usine a tourné "
  "à plein régime ces dernières semaines. J'ai pris le temps de relire mes notes et d'en discuter avec "
  "notre directeur de site. Nous avons été sensibles à votre enthousiasme, mais nous nous orientons vers un "
  "profil ayant déjà piloté une GMAO à l'échelle d'un site entier.")
R("Cabinet Dentaire Roux", "dentaire-roux.example", "Assistante dentaire", "Dr Élodie Roux",
  "Votre candidature",
  "Je vous remercie pour votre visite au cabinet et pour votre patience. Nous avons beaucoup apprécié "
  "notre échange, notamment sur la gestion du planning. Malheureusement, notre choix s'est porté sur une "
  "assistante déjà diplômée.")

# ---------------------------------------------------------------------------------------------------------------
# Rejections: passive / nominal styles, very short
# ---------------------------------------------------------------------------------------------------------------
R("Caisse Régionale Mutualiste", "crm-mutualiste.example", "Conseiller clientèle", None,
  "Votre candidature – Conseiller clientèle",
  "Réponse négative de notre part, votre candidature n'ayant pas été retenue à l'issue de la présélection.",
  noreply=True)
R("Aérolis", "aerolis.example", "Ingénieur qualité fournisseurs", "Karine Bompard",
  "Candidature Ingénieur qualité fournisseurs",
  "Décision : candidature non retenue.", curt=True)
R("Restaurant Le Comptoir d'Anaïs", "comptoir-anais.example", "Commis de cuisine", "Anaïs Ferrand",
  "Commis",
  "Désolée, c'est non pour cette fois. Le poste est pris.", curt=True, tu=True, thanks=False)
R("Arcadis Logistique Ouest", "alo-logistique.example", "Cariste", None,
  "Candidature cariste – refus",
  "Votre candidature a fait l'objet d'un refus.", noreply=True, curt=True)
R("Institut Pasteur de Valrose", "ipv.example", "Post-doctorant immunologie", "Pr Jacques Blanchet",
  "Post-doc position",
  "Après audition des candidats, le comité de sélection a classé d'autres candidatures en priorité. Je "
  "suis désolé de ne pas pouvoir vous apporter une meilleure nouvelle.", named="Post-doc")
R("Domaine de Roquebelle", "roquebelle.example", "Caviste", "Thibault Arnaud",
  "Votre candidature",
  "Pas de suite possible pour le moment : la place a été prise.", curt=True)

# ---------------------------------------------------------------------------------------------------------------
# Rejections: regional variants (Belgium, Switzerland, Québec)
# ---------------------------------------------------------------------------------------------------------------
R("Brasseries Van Hove", "vanhove.example", "Délégué commercial", "Sophie Van Damme",
  "Votre candidature – Délégué commercial",
  "Nous sommes au regret de vous faire savoir que nous n'avons pas pu retenir votre candidature pour la "
  "fonction de délégué commercial.", region="be")
R("Commune d'Ixelles-Bois", "ixelles-bois.example", "Employé administratif", "Service du personnel",
  "Sélection – Employé administratif (niveau C)",
  "Nous vous informons que vous n'avez pas réussi l'épreuve écrite et que vous n'êtes dès lors pas repris "
  "dans la réserve de recrutement.", region="be")
R("Horlogerie Favre SA", "favre-horlogerie.example", "Horloger rhabilleur", "Marc-André Rochat",
  "Votre dossier de candidature",
  "Nous avons examiné votre dossier avec soin et sommes au regret de vous informer que nous avons donné "
  "la préférence à une candidature correspondant davantage au profil recherché.", region="ch")
R("Hospice général de Vaulruz", "hg-vaulruz.example", "Assistant social", "Nathalie Berset",
  "Votre postulation",
  "Votre postulation n'a malheureusement pas pu être retenue. Nous vous retournons votre dossier par "
  "courrier séparé.", region="ch")
R("Banque Cantonale du Léman", "bcleman.example", "Conseillère clientèle privée", None,
  "Votre postulation – Conseillère clientèle privée",
  "Nous avons le regret de vous informer que nous ne pouvons pas donner une suite positive à votre "
  "postulation.", region="ch", noreply=True, html=True)
R("Groupe Nordik Québec", "nordik-qc.example", "Analyste en cybersécurité", "Marie-Ève Tremblay",
  "Votre candidature – Analyste en cybersécurité",
  "Nous vous remercions de l'intérêt manifesté envers notre organisation. Après analyse, nous avons "
  "retenu des candidatures dont le profil correspond davantage aux exigences du poste.", region="qc")
R("Coopérative Laitière du Lac", "laiterie-lac.example", "Opérateur de production", "Jean-François Gagnon",
  "Ta candidature",
  "On a décidé d'aller de l'avant avec un autre candidat. C'est plate, mais on garde ton CV en banque.",
  region="qc", tu=True)
R("Centre de services scolaire des Érables", "css-erables.example", "Technicienne en éducation spécialisée",
  "Services des ressources humaines",
  "Affichage 2026-114",
  "Nous tenons à vous informer que votre candidature n'a pas été retenue pour l'affichage mentionné "
  "en objet.", region="qc")

# ---------------------------------------------------------------------------------------------------------------
# Rejections: typos, missing accents, chat register
# ---------------------------------------------------------------------------------------------------------------
R("Garage Lemoine", "garage-lemoine.example", "Mecanicien automobile", "Steve Lemoine",
  "candidature mecanicien",
  "Je vous informe que nous ne retiendrons pas votre candidature, nous avons deja trouve quelqu un.",
  noaccent=True, curt=True)
R("Pixelune", "pixelune.example", "UX designer", "Jade Nguyen",
  "hello",
  "petit message pour te dire qu'on ne va pas poursuivre ensemble sur le poste UX, on part sur un profil "
  "plus senior. vraiment désolée", tu=True, curt=True, thanks=False, named="UX")
R("Boulangerie Maréchal", "boulangerie-marechal.example", "Vendeuse", "Corinne Maréchal",
  "Re: poste de vendeuse",
  "Bonjour, désolé mais on a deja embauché. Bonne continuation", noaccent=True, curt=True, thanks=False,
  nogreet=True)
R("Netsquare", "netsquare.example", "Administrateur systemes", "Kevin Duval",
  "Candidature admin sys",
  "Apres reflexion nous ne donnerons pas suite a votre candidature, le poste demande plus d'experience "
  "en virtualisation.", noaccent=True)
R("Atelier Mosaïk", "mosaik.example", "Stagiaire communication", "Noémie Perret",
  "Ton stage",
  "malheureusement on peut pas te prendre en stage cette année, on a déjà nos deux stagiaires", tu=True,
  thanks=False)
R("Cabinet Ravel Expertise", "ravel-expertise.example", "Assistant comptable", "Sylvie Ravel",
  "Votre candidature",
  "Nous sommes au regret de vous annoncer que votre candidature n a pas été retenue.", typo=True)

# ---------------------------------------------------------------------------------------------------------------
# Rejections: HTML-only ATS templates, English subject / signature, mixed
# ---------------------------------------------------------------------------------------------------------------
R("Altamira Systems", "altamira.example", "Ingénieur DevOps", None,
  "Your application to Altamira Systems",
  "Nous vous informons que nous ne sommes pas en mesure de donner suite à votre candidature pour le "
  "poste d'Ingénieur DevOps.", noreply=True, html=True, ats="greenhouse",
  careers="https://altamira.example/careers")
R("Quintessa Retail", "quintessa.example", "Responsable e-commerce", None,
  "Update on your application",
  "Après une revue attentive de votre profil, nous avons décidé de poursuivre le processus avec d'autres "
  "candidats.", noreply=True, html=True, ats="workday", en_sig=True)
R("Orbis Consulting", "orbis-consulting.example", "Senior Data Scientist", "Emma Clarke",
  "Application – Senior Data Scientist",
  "Je te remercie pour le temps passé sur le cas pratique. L'équipe a estimé que ton approche ne "
  "correspondait pas tout à fait à ce que nous attendons sur ce rôle, nous n'irons donc pas plus loin.",
  tu=True, en_sig=True)
R("Veritas Cloud France", "veritas-cloud.example", "Account Executive", None,
  "Your application status",
  "Nous tenons à vous informer que votre candidature ne sera pas retenue pour le poste d'Account Executive.",
  noreply=True, html=True, ats="smartrecruiters")
R("Lumière Events", "lumiere-events.example", "Chef de projet événementiel", "Aurélie Masson",
  "Candidature – Chef de projet événementiel",
  "Nous avons retenu un autre profil pour ce poste.", html=True, table=True)
R("Groupe Santéa", "santea.example", "Aide-soignant", None,
  "Votre candidature – Aide-soignant",
  "Votre candidature n'a pas été retenue pour ce poste.", html=True, table=True, noreply=True,
  careers="https://santea.example/emploi")

# ---------------------------------------------------------------------------------------------------------------
# Rejections: quoted-reply threads and forwards
# ---------------------------------------------------------------------------------------------------------------
R("Imprimerie Bastide", "imprimerie-bastide.example", "Conducteur offset", "Philippe Bastide",
  "RE: relance candidature conducteur offset",
  "Merci de votre relance. Malheureusement nous n'avons pas retenu votre profil, le poste est pourvu depuis "
  "début octobre.", reply=True, thanks=False)
R("Sylve Architectes", "sylve-archi.example", "Architecte junior", "Baptiste Sylve",
  "Re: Candidature architecte junior",
  "Pour répondre à votre question : non, nous ne poursuivrons pas avec votre candidature, l'agence a "
  "besoin d'un profil maîtrisant Revit dès le premier jour.", reply=True, thanks=False)
R("Horizon Mobilité", "horizon-mobilite.example", "Chargé de mission vélo", "Sarah Nicolas",
  "Votre candidature – Chargé de mission vélo",
  "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.", fwd=True)
R("Cegeval Formation", "cegeval.example", "Formateur bureautique", None,
  "Réponse à votre candidature",
  "Nous ne sommes malheureusement pas en mesure de retenir votre candidature.", fwd=True, noreply=True)
R("Institut Régional des Arts", "ira-arts.example", "Chargé de production", "Hélène Gros",
  "RE: Point sur ma candidature",
  "Je comprends votre impatience et je vous dois une réponse claire : c'est une réponse négative. Le jury "
  "a préféré un candidat ayant déjà travaillé en scène nationale.", reply=True, thanks=False)

# ---------------------------------------------------------------------------------------------------------------
# Rejections: agencies, founders, subject-only verdicts, interns, misc.
# ---------------------------------------------------------------------------------------------------------------
R("Cabinet Talentys", "talentys.example", "Directeur administratif et financier", "Grégoire Lambert",
  "Poste DAF – retour de notre client",
  "Notre client a fait le choix de poursuivre avec un autre candidat pour le poste de DAF. Je vous "
  "remercie pour la qualité de nos échanges.", agency="Cabinet Talentys")
R("Interalia Intérim", "interalia.example", "Préparateur de commandes", "Mélanie Dufour",
  "Mission préparateur de commandes",
  "L'entreprise utilisatrice n'a pas validé votre profil pour cette mission.")
R("Fluxa", "fluxa.example", "Growth marketer", "Adrien Costa",
  "Growth @ Fluxa",
  "En tant que fondateur, je tiens à te répondre personnellement : on ne va pas te faire d'offre pour ce "
  "rôle. On cherche quelqu'un avec plus d'expérience B2B.", tu=True, named="Growth")
R("Cabinet Oriel", "oriel.example", "Auditeur junior", None,
  "Candidature Auditeur junior : non retenue",
  "Vous pouvez consulter le détail dans votre espace candidat.", noreply=True, thanks=False, curt=True)
R("Ville de Beaulieu-sur-Loire", "beaulieu-loire.example", "Éducateur sportif", "Direction des ressources humaines",
  "Avis de non-sélection – Éducateur sportif",
  "Nous vous prions de trouver ci-joint le courrier relatif à votre candidature.", thanks=False)
R("Orféa Recherche", "orfea.example", "Doctorant en chimie", "Pr Isabelle Carré",
  "Contrat doctoral",
  "La commission a examiné les dossiers reçus. Votre candidature n'est pas classée en rang utile et ne "
  "peut donc pas être retenue.")
R("Crèche Les Petits Loups", "petitsloups.example", "Auxiliaire de puériculture", "Fanny Giraud",
  "Votre candidature",
  "Nous vous remercions d'être venue pour la journée d'essai. Nous n'allons cependant pas vous proposer "
  "de contrat.")
R("Stellar Games", "stellar-games.example", "Game designer", None,
  "Votre candidature : Game designer",
  "Votre candidature a été archivée suite à la clôture du recrutement.", noreply=True, html=True,
  ats="smartrecruiters")
R("Rivage Immobilier", "rivage-immo.example", "Négociateur immobilier", "Stéphane Poulain",
  "Votre candidature",
  "Je me permets de revenir vers vous pour vous indiquer que nous ne vous retiendrons pas pour le poste "
  "de négociateur.", named="négociateur")
R("Association Trait d'Union", "traitdunion.example", "Coordinateur bénévoles", "Malika Bensaïd",
  "Poste de coordinateur",
  "Je préfère être transparente avec vous : nous n'avons pas pu retenir votre candidature, votre expérience "
  "ne couvrant pas la gestion budgétaire attendue.", named="coordinateur")
R("Saveurs d'Ici", "saveurs-dici.example", "Commercial terrain", "Loïc Besson",
  "Commercial terrain",
  "Ce ne sera malheureusement pas possible pour nous d'aller plus loin avec vous.")
R("Atlantique Câbles", "atl-cables.example", "Électrotechnicien", None,
  "Votre candidature – Électrotechnicien",
  "Votre candidature n'a pas été retenue. Elle reste toutefois enregistrée dans notre base pour de "
  "futures opportunités.", noreply=True, html=True, ats="workday")
R("Verdance Paysage", "verdance.example", "Paysagiste", "Cédric Vautrin",
  "Paysagiste – candidature",
  "J'ai le regret de vous dire que je ne peux pas vous embaucher pour l'instant : le chantier prévu a été "
  "annulé et l'embauche avec.")

R("Groupe Castellane", "castellane.example", "Responsable achats", "Valentin Roger",
  "Suite à notre entretien",
  "Nous avons arrêté notre choix sur un collaborateur déjà présent dans le groupe, qui prendra ses fonctions "
  "le mois prochain.")
R("Mobilis RH", "mobilis-rh.example", "Assistant RH", None,
  "Refus – Assistant RH (CDD 6 mois)",
  "Cf. objet. Merci de votre intérêt.", noreply=True, thanks=False, curt=True)
R("Cartonnages Rebière", "rebiere.example", "Chef d'équipe production", "Alain Rebière",
  "Votre candidature chef d'équipe",
  "Vous nous avez semblé surqualifié pour ce poste et nous préférons ne pas donner suite, par honnêteté "
  "envers vous.")
R("Ardenne Télécom", "ardenne-telecom.example", "Technicien réseau", "Service du personnel",
  "Candidature – Technicien réseau",
  "Le poste de technicien réseau a été supprimé dans le cadre de notre réorganisation. Votre dossier est "
  "par conséquent classé sans suite.", region="be")
R("Société de transport de Lévis-Nord", "stln.example", "Chauffeur d'autobus", "Geneviève Pelletier",
  "Concours 2026-CH-08",
  "Nous regrettons de vous informer que vous ne figurez pas parmi les candidats retenus pour la suite du "
  "concours.", region="qc")
R("Kelvin Robotique", "kelvin-robotique.example", "Ingénieur vision", None,
  "Statut de votre candidature",
  "Le responsable du recrutement a examiné votre profil.", noreply=True, html=True, table=True,
  status="Non retenue", ats="workday")
R("Librairie Le Vent des Pages", "ventdespages.example", "Libraire", "Odile Marchal",
  "Libraire – votre lettre",
  "Votre lettre m'a beaucoup touchée et je l'ai lue avec plaisir. Hélas, la librairie ne peut pas se "
  "permettre d'embaucher cet hiver, et je préfère vous le dire franchement plutôt que de vous laisser "
  "attendre.")

# ---------------------------------------------------------------------------------------------------------------
# Hard look-alikes
# ---------------------------------------------------------------------------------------------------------------
L("Accusé de réception de votre candidature",
  "Bonjour Camille,\n\nNous accusons réception de votre candidature au poste de Gestionnaire paie. Elle sera "
  "étudiée avec attention. Si votre profil est retenu, nous vous contacterons sous trois semaines ; sans "
  "retour de notre part passé ce délai, vous pourrez considérer que votre candidature n'a pas été retenue.\n\n"
  "L'équipe recrutement\nOptima Paie", "Optima Paie <noreply@optima-paie.example>")
L("Votre candidature est en cours d'examen",
  "Bonjour,\n\nVotre candidature est toujours en cours d'étude. Le processus prend plus de temps que prévu "
  "en raison du grand nombre de dossiers reçus ; aucune décision n'a encore été prise.\n\nCordialement,\n"
  "Service RH – Groupe Valorys", "Groupe Valorys <rh@valorys.example>")
L("Invitation à un entretien",
  "Bonjour Monsieur Marchand,\n\nVotre candidature a retenu toute notre attention et nous souhaiterions "
  "vous rencontrer le jeudi 15 octobre à 14 h dans nos locaux.\n\nBien cordialement,\nAudrey Fleury\n"
  "Chargée de recrutement, Nova Médical", "Audrey Fleury <audrey.fleury@nova-medical.example>")
L("Proposition d'embauche",
  "Bonjour Inès,\n\nJ'ai le plaisir de vous annoncer que nous avons retenu votre candidature ! Vous "
  "trouverez ci-joint notre proposition de contrat. Nous avons écarté les autres dossiers et clôturé le "
  "recrutement.\n\nÀ très vite,\nBenoît Carrel\nAtelier Carrel", "Benoît Carrel <benoit@atelier-carrel.example>")
L("Votre demande de logement",
  "Madame,\n\nNous sommes au regret de vous informer que votre dossier de location pour l'appartement "
  "situé 14 rue des Lilas n'a pas été retenu par le propriétaire.\n\nCordialement,\nAgence Immo Centre",
  "Agence Immo Centre <location@immocentre.example>")
L("Votre demande de prêt immobilier",
  "Bonjour,\n\nAprès étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à "
  "votre demande de financement.\n\nVotre conseiller, Banque Populienne",
  "Banque Populienne <conseiller@populienne.example>")
L("Décision du comité – appel à projets Culture 2027",
  "Madame, Monsieur,\n\nLe comité d'attribution s'est réuni le 2 octobre. Votre projet n'a pas été retenu "
  "pour une subvention cette année.\n\nLa Région Occitane – Direction de la culture",
  "Région Occitane <subventions@region-occ.example>")
L("Décision concernant votre article",
  "Cher auteur,\n\nNous avons le regret de vous informer que votre manuscrit soumis à la Revue de "
  "Sociologie Appliquée n'a pas été accepté pour publication.\n\nLe comité de rédaction",
  "RSA Éditions <redaction@rsa-revue.example>")
L("Parcoursup – résultat de votre vœu",
  "Bonjour,\n\nLa formation BTS Communication du lycée Jean Moulin a refusé votre vœu. Vous pouvez "
  "consulter vos autres propositions sur la plateforme.\n\nL'équipe Parcoursup",
  "Parcoursup <noreply@parcoursup.example>")
L("Résultat de l'appel d'offres 2026-AO-17",
  "Madame, Monsieur,\n\nNous vous informons que votre offre n'a pas été retenue dans le cadre de la "
  "consultation pour l'entretien des espaces verts. Le marché a été attribué à la société Verdi.\n\n"
  "Service des marchés publics", "Marchés publics <marches@ville-exemple.example>")
L("Votre commande n°48213",
  "Bonjour,\n\nNous sommes désolés : votre commande a été annulée car le paiement a été refusé par votre "
  "banque.\n\nLe service client", "Boutique Lumio <commandes@lumio.example>")
L("Inscription au salon Vivatech Jeunes Talents",
  "Bonjour,\n\nVotre demande d'accréditation pour le salon n'a pas pu être acceptée, toutes les places "
  "ayant été attribuées.\n\nL'organisation", "Organisation salon <contact@salon-talents.example>")
L("Re: ma candidature chez Deltaplan",
  "Bonjour Madame Roux,\n\nJe vous remercie pour votre proposition d'entretien. Après réflexion, je "
  "préfère retirer ma candidature, ayant accepté un autre poste entre-temps.\n\nCordialement,\nChloé Roussel",
  "Chloé Roussel <chloe.roussel@mailbox.example>")
L("Candidats non retenus – poste de comptable",
  "Bonjour Mathis,\n\nPeux-tu envoyer un mail aux trois candidats non retenus pour le poste de comptable ? "
  "J'ai choisi Mme Petit. Merci d'utiliser le modèle habituel de refus.\n\nMerci,\nFlorence",
  "Florence Abadie <florence.abadie@cabinet-abadie.example>")
L("Nouvelles offres correspondant à votre recherche",
  "Bonjour,\n\n5 nouvelles offres correspondent à votre alerte « Chef de projet » : Chef de projet web "
  "(Nantes), Chef de projet BTP (Rennes)... Ne ratez pas ces opportunités !\n\nL'équipe EmploiPlus",
  "EmploiPlus <alertes@emploiplus.example>")
L("Une opportunité qui pourrait vous intéresser",
  "Bonjour Antoine,\n\nJe suis chasseuse de têtes chez Kaliste Search et je recrute un Directeur des "
  "opérations pour un client industriel. Votre parcours m'a interpellée. Seriez-vous disponible pour un "
  "échange ?\n\nBien à vous,\nLaure Desmarais", "Laure Desmarais <laure@kaliste-search.example>")
L("La newsletter du candidat – octobre",
  "Au sommaire ce mois-ci : comment rebondir après un refus ? « Nous avons le regret de ne pas donner suite "
  "à votre candidature » : cette phrase, nous l'avons tous reçue. Nos conseils pour transformer un refus en "
  "opportunité.\n\nPour vous désinscrire, cliquez ici.", "Le Mag Carrière <news@magcarriere.example>")
L("Votre candidature – prochaines étapes",
  "Bonjour Yasmine,\n\nBonne nouvelle : vous passez à l'étape suivante. Vous recevrez sous peu un test "
  "technique à réaliser en 48 heures.\n\nBien cordialement,\nL'équipe Talent, Fintrek",
  "Fintrek Talent <talent@fintrek.example>")
L("Report de votre entretien",
  "Bonjour Nicolas,\n\nJe suis contrainte d'annuler notre entretien de demain en raison d'un imprévu. "
  "Pouvons-nous le reporter à mardi prochain ? Votre candidature reste bien sûr d'actualité.\n\n"
  "Cordialement,\nSandrine Pelletier", "Sandrine Pelletier <s.pelletier@oxalia.example>")
L("Votre candidature",
  "Bonjour Margaux,\n\nVotre candidature n'a pas été rejetée, contrairement à ce qu'indiquait par erreur "
  "le message automatique d'hier : elle est toujours en cours d'étude. Veuillez nous excuser.\n\n"
  "Cordialement,\nLe service RH de Sorelis", "Sorelis RH <rh@sorelis.example>")
L("Votre candidature – Technicien support",
  "Bonjour Julien,\n\nSi votre candidature n'est pas retenue pour ce poste, nous la conserverons pour "
  "d'autres opportunités. Nous reviendrons vers vous d'ici fin octobre.\n\nCordialement,\nHelpline Services",
  "Helpline Services <jobs@helpline.example>")
L("Suite de votre candidature",
  "Bonjour Camille,\n\nMalgré le grand nombre de candidatures reçues, nous avons le plaisir de vous informer "
  "que la vôtre a été retenue pour un entretien.\n\nCordialement,\nLa DRH de Vélia",
  "Vélia Recrutement <recrutement@velia.example>")
L("Votre inscription en master",
  "Madame,\n\nLa commission pédagogique a émis un avis défavorable à votre admission en Master 2 "
  "Droit des affaires.\n\nLe secrétariat pédagogique", "Université de Corlay <scolarite@univ-corlay.example>")
L("Your application has been received",
  "Bonjour Hugo,\n\nMerci pour votre candidature au poste de Développeur mobile. Notre équipe l'examine "
  "et reviendra vers vous sous dix jours, que la réponse soit positive ou négative.\n\nThe Talent Team",
  "Brightwave <no-reply@brightwave.example>")
L("Communication de votre proposition – Festival du court",
  "Bonjour,\n\nVotre film n'a pas été sélectionné pour la compétition officielle de cette édition. Merci "
  "pour votre participation.\n\nLe comité de sélection", "Festival du Court <selection@festcourt.example>")
L("Le poste est à vous !",
  "Salut Théo,\n\nLe poste est pourvu… par toi ! On a fini les entretiens et c'est toi qu'on veut. "
  "Je t'appelle demain pour les détails.\n\nLouise", "Louise Caron <louise@kinolab.example>")
L("Mise à jour de votre espace candidat",
  "Bonjour,\n\nLe statut de votre candidature a changé. Connectez-vous à votre espace candidat pour le "
  "consulter.\n\nCe message est automatique.", "Recrutement Alvéa <noreply@alvea.example>")
L("Candidature – poste de serveur",
  "Bonjour Léa,\n\nTon profil ne correspond pas au poste de serveur, mais on aimerait te proposer un "
  "entretien pour le poste de barmaid qui s'ouvre en novembre. Tu es dispo ?\n\nManon, Le Zinc",
  "Manon <manon@lezinc.example>")
L("Demande de congé refusée",
  "Bonjour Hugo,\n\nTa demande de congé du 20 au 24 décembre est refusée : trop d'absences déjà posées "
  "sur cette période.\n\nLe responsable de service", "Planning <planning@logisud.example>")
L("Re: Recommandation pour Paul Simon",
  "Bonjour,\n\nMerci pour votre recommandation. Nous ne retiendrons malheureusement pas la candidature de "
  "Paul pour le poste de commercial, mais nous restons preneurs de vos suggestions.\n\nCordialement,\n"
  "Marion Giraud", "Marion Giraud <marion.giraud@techvolt.example>")

L("Votre candidature – Chargée de clientèle",
  "Bonjour Inès,\n\nAucun candidat n'a été retenu à ce stade et l'annonce est republiée. Votre candidature "
  "reste en lice : nous reviendrons vers vous après les entretiens de novembre.\n\nCordialement,\n"
  "Pauline Texier", "Pauline Texier <p.texier@arvor-energie.example>")
L("Votre candidature – Contrôleur de gestion",
  "Bonjour Monsieur Collet,\n\nAu cas où notre décision ne vous serait pas favorable, sachez que nous "
  "conserverons votre dossier. La décision sera prise au plus tard le 30 octobre.\n\nBien cordialement,\n"
  "Estelle Morin, Groupe Ferral", "Estelle Morin <estelle.morin@ferral.example>")
L("Votre inscription au marathon",
  "Bonjour,\n\nVotre dossard n'a malheureusement pas été retenu lors du tirage au sort. Nous vous "
  "souhaitons une bonne saison de course.\n\nL'organisation", "Marathon de Loire <inscriptions@mdl.example>")

# ---------------------------------------------------------------------------------------------------------------
# Ordinary mails with job-ish words
# ---------------------------------------------------------------------------------------------------------------
L("Bulletin de paie d'octobre",
  "Bonjour,\n\nVotre bulletin de paie d'octobre est disponible dans votre coffre-fort numérique.\n\n"
  "Le service paie", "Service paie <paie@entreprise-sud.example>", kind="ordinary")
L("Arrivée d'une nouvelle collègue",
  "Bonjour à tous,\n\nJ'ai le plaisir de vous annoncer l'arrivée de Sonia au poste de responsable "
  "logistique. Son recrutement s'est terminé la semaine dernière. Pensez à lui faire bon accueil !\n\n"
  "Patrick", "Patrick Lenoir <patrick.lenoir@logisud.example>", kind="ordinary")
L("Entretien annuel – planning",
  "Bonjour,\n\nLes entretiens annuels d'évaluation auront lieu du 2 au 13 novembre. Merci de réserver un "
  "créneau avec votre manager.\n\nLa DRH", "DRH <drh@logisud.example>", kind="ordinary")
L("Élections du CSE",
  "Bonjour,\n\nLes candidatures pour les élections du CSE sont ouvertes jusqu'au 30 octobre. Les listes "
  "retenues seront affichées en salle de pause.\n\nLe CSE", "CSE <cse@logisud.example>", kind="ordinary")
L("Mutuelle : changement de tarif",
  "Bonjour,\n\nÀ compter du 1er janvier, la cotisation mutuelle évolue. Aucune démarche n'est requise de "
  "votre part.\n\nLes ressources humaines", "RH <rh@logisud.example>", kind="ordinary")
L("Pot de départ de Jean-Luc",
  "Coucou l'équipe,\n\nJean-Luc quitte son poste vendredi après vingt ans parmi nous. Pot à 17 h à la "
  "cafétéria, venez nombreux !\n\nSéverine", "Séverine Blanc <severine.blanc@logisud.example>", kind="ordinary")


# ---------------------------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------------------------
DEPARTMENTS = {"Service des ressources humaines", "Direction des ressources humaines", "Service du personnel",
               "Services des ressources humaines"}


def strip_title(name: str) -> str:
    """The name a person would write: without titles (Dr, Pr, Me)."""
    return " ".join(p for p in name.split() if p not in ("Dr", "Pr", "Me", "Dr.", "Pr."))


def no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def person_email(name: str, domain: str) -> str:
    parts = strip_title(name).split()
    if name in DEPARTMENTS:
        return f"recrutement@{domain}"
    first, last = parts[0], parts[-1]
    return no_accents(f"{first.lower()}.{last.lower()}@{domain}").replace("'", "")


ATS_SENDER = {
    "greenhouse": "no-reply@us.greenhouse-mail.test",
    "workday": "{slug}@myworkday.test",
    "smartrecruiters": "notifications@smartrecruiters.test",
}


def greeting(i: int, reader, tu: bool, region: str | None) -> str:
    first, last, g = reader
    if tu:
        return ["Salut {f},", "Hello {f},", "Coucou {f} !"][i % 3].format(f=first)
    if region == "qc":
        return f"Bonjour {first} {last},"
    forms = ["Madame, Monsieur,", "Bonjour {t} {l},", "Chère {f}," if g == "f" else "Cher {f},", "Bonjour {f},",
             "{T},"]
    t = "Madame" if g == "f" else "Monsieur"
    return forms[i % len(forms)].format(t=t, T=t, l=last, f=first)


def compose_rejection(i: int, rec: dict, reader) -> tuple[str, str | None, str, dict]:
    """(plain body, html body or None, From header, label)."""
    tu, region = rec.get("tu", False), rec.get("region")
    company, role, contact, domain = rec["company"], rec["role"], rec["contact"], rec["domain"]
    lines = [] if rec.get("nogreet") else [greeting(i, reader, tu, region), ""]
    if rec.get("thanks", True):
        pool = THANKS_TU if tu else THANKS_VOUS
        line = pool[i % len(pool)].format(role=role, company=company)
        lines += [line[0].upper() + line[1:], ""]
    lines += [rec["decision"], ""]
    if not rec.get("curt"):
        pool = WISH_TU if tu else WISH_VOUS
        lines += [pool[i % len(pool)], ""]
    signer_company = rec.get("agency") or company
    if contact and not rec.get("noreply"):
        so = (SIGNOFF_TU if tu else SIGNOFF)[i % (4 if tu else 6)]
        if region == "ch":
            so = "Meilleures salutations,"
        elif region == "be":
            so = "Veuillez agréer nos salutations distinguées,"
        lines += [so, contact]
        if not rec.get("curt"):
            lines += [signer_company]
            if i % 3 == 0:
                lines += [f"Tél. +33 {1 + i % 5} {10 + i % 80} {20 + i % 70} {30 + i % 60} {40 + i % 50}"]
        email_addr = person_email(contact, domain)
        sender = f"{contact} <{email_addr}>"
    else:
        if rec.get("en_sig"):
            lines += ["Best regards,", f"The {company} Talent Acquisition Team"]
        else:
            lines += ["L'équipe recrutement", signer_company]
        email_addr = None
        ats = rec.get("ats")
        slug = domain.split(".")[0]
        addr = ATS_SENDER[ats].format(slug=slug) if ats else f"noreply@{domain}"
        sender = f"{company} Recrutement <{addr}>"
    if rec.get("en_sig") and contact and not rec.get("noreply"):
        lines += ["Talent Acquisition Partner | We're hiring!"]
    if rec.get("careers"):
        lines += ["", f"Nos offres d'emploi : {rec['careers']}"]
    body = "\n".join(lines) + "\n"
    if rec.get("wrap"):
        body = "\n".join(textwrap.fill(p, 72) if p else p for p in body.split("\n")) + "\n"
    if rec.get("noaccent"):
        body = no_accents(body)
    if rec.get("reply"):
        first, last, _ = reader
        body += (f"\nLe {(BASE - timedelta(days=6)).strftime('%d/%m/%Y')} à 19:41, {first} {last} "
                 f"<{first.lower()}.{last.lower()}@mailbox.example> a écrit :\n> Bonjour,\n> Je me permets "
                 f"de revenir vers vous au sujet de ma candidature pour le poste de {role}.\n> Auriez-vous des "
                 f"nouvelles ?\n> Bien cordialement,\n> {first} {last}\n")
    if rec.get("fwd"):
        first, last, _ = reader
        body = (f"Pour info, reçu ce matin. Dommage !\n\n-------- Message transféré --------\n"
                f"De : {sender}\nDate : lun. 12 oct. 2026 à 09:03\nObjet : {rec['subject']}\n"
                f"À : {first} {last} <{no_accents(first.lower())}@ancienne-adresse.example>\n\n" + body)
        sender = f"{first} {last} <{no_accents(first.lower())}@ancienne-adresse.example>"
    html = None
    if rec.get("html"):
        paras = [p for p in body.split("\n\n")]
        inner = "".join(f"<p style=\"margin:0 0 10px\">{p.replace(chr(10), '<br>')}</p>" for p in paras if p.strip())
        if rec.get("table"):
            inner = ("<table border=\"0\" cellpadding=\"4\"><tr><td><b>Poste</b></td><td>" + role + "</td></tr>"
                     f"<tr><td><b>Statut</b></td><td>{rec.get('status', 'Clôturé')}</td></tr></table>" + inner)
        html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica\">"
                f"<table width=\"640\" align=\"center\"><tr><td><img src=\"cid:logo\" alt=\"{company}\"></td></tr>"
                f"<tr><td>{inner}</td></tr><tr><td style=\"font-size:9px;color:#999\">Ce message a été envoyé "
                "automatiquement, merci de ne pas y répondre. Mentions légales | Confidentialité"
                "</td></tr></table></body></html>")
    if region == "ch":
        body = body.replace("candidature", "postulation") if "postulation" in rec["subject"] else body
    human = bool(contact) and not rec.get("noreply") and contact not in DEPARTMENTS
    label = dict(is_rejection=True, company=company, role=role,
                 contact_name=strip_title(contact) if human else None,
                 contact_email=email_addr if human else None, careers_url=rec.get("careers"))
    return body, html, sender, label


def build() -> list[tuple[str, bytes, dict]]:
    out = []
    for i, rec in enumerate(records, start=1):
        reader = READERS[i % len(READERS)]
        first, last, _ = reader
        if rec["kind"] == "rejection":
            body, html, sender, label = compose_rejection(i, rec, reader)
            subject = rec["subject"]
        else:
            body, html, sender, subject = rec["body"] + "\n", None, rec["sender"], rec["subject"]
            label = dict(is_rejection=False, company=None, role=None, contact_name=None, contact_email=None,
                         careers_url=None)
        charset, cte = ENCODINGS[i % len(ENCODINGS)]
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = f"{first} {last} <{no_accents(first.lower())}.{no_accents(last.lower())}@mailbox.example>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(BASE + timedelta(hours=5 * i, minutes=17 * i))
        msg["Message-ID"] = f"<dev8-fr-{i:04d}@corpus.example>"
        if html is not None and (i % 2 == 0 or rec.get("table")):
            # HTML only, as many ATS templates send it
            msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            try:
                body.encode(charset)
                msg.set_content(body, charset=charset, cte=cte)
            except UnicodeEncodeError:
                msg.set_content(body, charset="utf-8", cte=cte)
            if html is not None:
                msg.add_alternative(html, subtype="html", charset="utf-8",
                                    cte="base64" if i % 3 else "quoted-printable")
        if msg.is_multipart():
            msg.set_boundary(f"==dev8fr{i:04d}==")
        text = (subject + "\n" + body + "\n" + (html or "")).lower()
        if label.get("role") and label["role"].lower() not in text:
            # DESIGN: the role as the mail names it (a short form when only that appears), null when it names none
            label["role"] = rec.get("named") if rec.get("named") and rec["named"].lower() in text else None
        name = f"{i:04d}.eml"
        label = {"file": name, **label, "lang": "fr", "kind": rec["kind"]}
        out.append((name, bytes(msg), label))
    return out


def main() -> None:
    built = build()
    counts = {k: sum(1 for _, _, lab in built if lab["kind"] == k) for k in ("rejection", "lookalike", "ordinary")}
    if "--check" in sys.argv:
        labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
        files = sorted(p.name for p in OUT.glob("*.eml"))
        assert files == [lab["file"] for lab in labels], "labels and messages differ"
        for (name, raw, label), disk in zip(built, labels, strict=True):
            assert (OUT / name).read_bytes() == raw, name
            assert label == disk, name
            msg = message_from_bytes(raw, policy=policy.default)
            part = msg.get_body(preferencelist=("plain", "html"))
            assert part is not None and part.get_content().strip(), name
        print(f"ok: {len(files)} messages {counts}")
        return
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, raw, _ in built:
        (OUT / name).write_bytes(raw)
    LABELS.write_text("".join(json.dumps(lab, ensure_ascii=False) + "\n" for _, _, lab in built), encoding="utf-8")
    print(f"wrote {len(built)} messages {counts}")


if __name__ == "__main__":
    main()
