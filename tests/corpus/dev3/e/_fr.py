"""French messages for dev3/e."""
LANG = "fr"

CLAIRE = ("Claire Dubois-Lefèvre", "claire.dl@orange.example")
KARIM = ("Karim Benali", "karim.benali@laposte.example")


def M(kind, rej, frm, to, subj, body, **kw):
    d = dict(kind=kind, rej=rej, frm=frm, to=to, subj=subj, body=body)
    d.update(kw)
    return d


MESSAGES = [
    # ---------------- rejections (11) ----------------
    M("rejection-public-sector", True, ("Conseil départemental de la Haute-Vallée", "recrutement@cd-hautevallee.example"), CLAIRE,
      "Votre candidature au poste de chargé(e) de mission insertion – réf. CD-2024-112",
      """Madame,

Vous avez bien voulu faire acte de candidature au poste de chargé(e) de mission insertion au sein de la Direction de la solidarité, et nous vous en remercions.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue de la phase de présélection sur dossier.

Nous conservons toutefois vos coordonnées et vous souhaitons pleine réussite dans vos démarches.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Président et par délégation,
La Directrice des ressources humaines
Sophie Marchal""",
      company="Conseil départemental de la Haute-Vallée", role="Chargé(e) de mission insertion",
      contact=("Sophie Marchal", None), cs="iso-8859-1", qp=True),

    M("rejection-privileged", True, ("Élodie Garnier", "elodie.garnier@maison-verlaine.example"), KARIM,
      "Suite à notre entretien – Responsable logistique",
      """Bonjour Karim,

Je vous remercie encore pour le temps que vous nous avez accordé lors de notre entretien du 7 mars.

Après réflexion, nous avons privilégié un profil disposant d'une expérience plus longue dans la logistique du luxe, ce qui correspond davantage aux enjeux actuels de l'entrepôt de Reims. Nous ne donnerons donc pas suite à votre candidature pour le poste de responsable logistique.

Votre parcours est néanmoins très intéressant et je me permettrai de revenir vers vous si une opportunité se présente.

Bien cordialement,
Élodie Garnier
Chargée de recrutement – Maison Verlaine""",
      company="Maison Verlaine", role="Responsable logistique",
      contact=("Élodie Garnier", "elodie.garnier@maison-verlaine.example"), fmt="a"),

    M("rejection-university", True, ("Service RH – Université de Rivemont", "drh-recrutement@univ-rivemont.example"), CLAIRE,
      "Concours ITRF – Ingénieur d'études en analyse de données – résultats d'admissibilité",
      """Madame,

Le jury du concours externe d'ingénieur d'études, BAP E, emploi-type « ingénieur en analyse de données », s'est réuni le 14 mars 2024.

Nous avons le regret de vous faire savoir que vous n'avez pas été déclarée admissible. Les résultats complets sont consultables sur le site de l'université.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service des concours
Université de Rivemont""",
      company="Université de Rivemont", role="Ingénieur d'études en analyse de données", cs="iso-8859-1"),

    M("rejection-hospital", True, ("Centre hospitalier de Saint-Aubin-les-Pins", "drh@ch-saintaubin.example"), KARIM,
      "Candidature – Infirmier de bloc opératoire",
      """Monsieur Benali,

Nous accusons réception de votre candidature spontanée pour un poste d'infirmier de bloc opératoire diplômé d'État et vous remercions de l'intérêt porté à notre établissement.

Malheureusement, nous ne sommes pas en mesure d'y répondre favorablement : l'ensemble des postes IBODE est actuellement pourvu et aucun recrutement n'est prévu d'ici la fin de l'année.

Nos offres sont publiées régulièrement sur https://www.ch-saintaubin.example/recrutement

Cordialement,
La Direction des ressources humaines""",
      company="Centre hospitalier de Saint-Aubin-les-Pins", role="Infirmier de bloc opératoire",
      url="https://www.ch-saintaubin.example/recrutement", fmt="h"),

    M("rejection-startup-informal", True, ("Hugo de chez Pastèque", "hugo@pasteque.example"), CLAIRE,
      "On te fait un retour",
      """Salut Claire,

Merci encore pour le cas pratique, on a vraiment apprécié ta façon de structurer le problème.

On a toutefois décidé de continuer avec un·e autre candidat·e pour le poste de Product Designer, quelqu'un qui a déjà bossé sur une app B2C à grande échelle. C'était serré, sincèrement.

Si tu veux en discuter, je suis dispo pour un petit call.

À bientôt j'espère,
Hugo
Head of Design, Pastèque""",
      company="Pastèque", role="Product Designer",
      contact=("Hugo", "hugo@pasteque.example")),

    M("rejection-agency-client", True, ("Nathalie Rousseau | Cabinet Altitude RH", "n.rousseau@altitude-rh.example"), KARIM,
      "Retour de notre client – Contrôleur de gestion industriel",
      """Bonjour Monsieur Benali,

Je reviens vers vous concernant le poste de contrôleur de gestion industriel chez notre client, les Fonderies Marcillac.

Le comité de direction a rencontré les trois finalistes et a finalement arrêté son choix sur un autre candidat, dont l'expérience en coûts standards dans la métallurgie a fait la différence. Je suis donc au regret de vous annoncer que le processus s'arrête là pour vous.

Je garde votre dossier en tête pour de prochaines missions.

Bien à vous,
Nathalie Rousseau
Consultante senior – Cabinet Altitude RH""",
      company="Fonderies Marcillac", role="Contrôleur de gestion industriel",
      contact=("Nathalie Rousseau", "n.rousseau@altitude-rh.example"), fmt="a", qp=True),

    M("rejection-platform-status", True, ("Emploi Pilote", "ne-pas-repondre@emploipilote.example"), CLAIRE,
      "Mise à jour de votre candidature chez Bouvier Assurances",
      """Bonjour Claire,

Bouvier Assurances a mis à jour le statut de votre candidature au poste de Gestionnaire sinistres (H/F).

Statut : Candidature non retenue

Ne baissez pas les bras : 18 nouvelles offres correspondent à votre profil.

L'équipe Emploi Pilote
Gérer mes alertes : https://www.emploipilote.example/compte/alertes
Se désinscrire : https://www.emploipilote.example/desinscription?id=90c1""",
      company="Bouvier Assurances", role="Gestionnaire sinistres (H/F)", fmt="a"),

    M("rejection-two-line", True, ("Marc Lemoine", "marc@lemoine-menuiserie.example"), KARIM,
      "RE: Candidature apprenti",
      """Bonjour, merci pour votre candidature mais nous avons déjà pris notre apprenti pour cette année. Bonne continuation.

M. Lemoine""",
      company="Lemoine Menuiserie", role="Apprenti",
      contact=("Marc Lemoine", "marc@lemoine-menuiserie.example"), cs="iso-8859-1"),

    M("rejection-buried", True, ("Talents Groupe Armorique Énergies", "talents@armorique-energies.example"), CLAIRE,
      "Votre parcours de candidature – Armorique Énergies",
      """Madame,

Nous tenons tout d'abord à vous remercier pour l'intérêt que vous portez au Groupe Armorique Énergies et pour votre participation à notre journée de recrutement du 2 mars.

Cette journée a réuni plus de 90 candidats autour de nos métiers de la transition énergétique, et nous avons été ravis de constater l'enthousiasme suscité par nos projets éoliens en mer. Vos échanges avec nos équipes ont été appréciés.

Comme annoncé lors de cette journée, chaque candidature a ensuite fait l'objet d'un examen conjoint par les managers et l'équipe RH. S'agissant du poste d'ingénieure raccordement réseau, nous avons choisi de poursuivre avec des candidatures plus proches des besoins immédiats du service.

Nous vous invitons à suivre notre actualité et à rejoindre notre communauté de talents sur notre site.

Avec nos salutations distinguées,
L'équipe Talents
Groupe Armorique Énergies""",
      company="Armorique Énergies", role="Ingénieure raccordement réseau", fmt="a", qp=True),

    M("rejection-ats-noreply", True, ("Carrières Lactalis-Morvan", "no-reply@morvan-laitier.smartrecruiters.example"), KARIM,
      "Votre candidature : Technicien maintenance (H/F) – Autun",
      """Bonjour Karim Benali,

Nous vous remercions pour votre candidature au poste de Technicien maintenance (H/F) sur notre site d'Autun.

Après une étude attentive de votre profil, nous sommes au regret de vous informer qu'il ne correspond pas aux critères recherchés pour ce poste.

Nous vous souhaitons une bonne continuation.

L'équipe Recrutement
Laiterie du Morvan""",
      company="Laiterie du Morvan", role="Technicien maintenance (H/F)", fmt="h"),

    M("rejection-swiss-formal", True, ("Office du personnel – Canton de Vaudreuil", "personnel@vd-reuil.example"), CLAIRE,
      "Postulation : Juriste à 80 %",
      """Madame,

Nous accusons réception de votre dossier de postulation pour le poste de juriste à 80 % au Service des affaires communales, et vous en remercions.

Après examen attentif des nombreuses offres reçues, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature, d'autres profils correspondant mieux aux exigences du poste.

Nous vous retournons ci-joint votre dossier et vous présentons, Madame, nos salutations les meilleures.

Jean-Daniel Perrin
Chef de l'Office du personnel""",
      company="Canton de Vaudreuil", role="Juriste à 80 %",
      contact=("Jean-Daniel Perrin", "personnel@vd-reuil.example"), cs="iso-8859-1"),

    # ---------------- look-alikes (9) ----------------
    M("ack", False, ("Recrutement Maison Verlaine", "ne-pas-repondre@maison-verlaine.example"), KARIM,
      "Accusé de réception de votre candidature",
      """Bonjour Karim,

Nous avons bien reçu votre candidature pour le poste de Responsable logistique et nous vous en remercions.

Malheureusement, en raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement avant trois semaines. Si votre profil est retenu pour la suite, un membre de l'équipe vous contactera.

L'équipe Recrutement""",
      company="Maison Verlaine", role="Responsable logistique", qp=True),

    M("interview-invite", False, ("Thomas Perret", "t.perret@mutuelle-ligerienne.example"), CLAIRE,
      "Convocation à un entretien – Chargée de communication",
      """Madame,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien le mardi 26 mars à 14 h 30, dans nos locaux du 12 quai de la Fosse, Nantes.

Vous rencontrerez la responsable communication et moi-même. Merci de nous confirmer votre présence.

Cordialement,
Thomas Perret
Responsable RH – Mutuelle Ligérienne""",
      company="Mutuelle Ligérienne", role="Chargée de communication",
      contact=("Thomas Perret", "t.perret@mutuelle-ligerienne.example"), fmt="a"),

    M("reschedule-malheureusement", False, ("Élodie Garnier", "elodie.garnier@maison-verlaine.example"), KARIM,
      "Report de notre entretien",
      """Bonjour Karim,

Malheureusement, je dois reporter notre entretien prévu jeudi : le directeur logistique sera en déplacement à Milan. Toutes mes excuses.

Seriez-vous disponible lundi 25 mars à 10 h ou mardi 26 mars à 16 h ? Votre candidature reste bien entendu d'actualité.

Bien cordialement,
Élodie Garnier""",
      company="Maison Verlaine", role="Responsable logistique",
      contact=("Élodie Garnier", "elodie.garnier@maison-verlaine.example"), cs="iso-8859-1", qp=True),

    M("manager-candidate-declined", False, ("Équipe Talent Acquisition", "talent@verdure-bio.example"), CLAIRE,
      "Candidat refusé : Julien Moreau – Chef de projet digital",
      """Bonjour Claire,

Pour information : suite à votre évaluation après l'entretien que vous avez mené le 11 mars, nous avons informé Julien Moreau que sa candidature au poste de chef de projet digital n'était pas retenue.

Le prochain candidat de la short-list, Inès Faure, est disponible vendredi après-midi pour vous rencontrer. Pouvez-vous nous confirmer un créneau ?

Merci,
Manon Leroy
Talent Acquisition – Verdure Bio""",
      company="Verdure Bio", role="Chef de projet digital",
      contact=("Manon Leroy", "talent@verdure-bio.example")),

    M("housing-rejection", False, ("Agence Immobilière du Vieux Port", "location@immo-vieuxport.example"), KARIM,
      "Votre dossier de location – T2 rue Sainte",
      """Bonjour Monsieur Benali,

Nous vous remercions pour votre dossier concernant le T2 situé rue Sainte.

Malheureusement, le propriétaire a choisi un autre candidat locataire dont les garanties correspondaient davantage à ses attentes. Votre dossier n'a donc pas été retenu pour ce logement.

N'hésitez pas à consulter nos autres biens disponibles.

Cordialement,
Agence Immobilière du Vieux Port""", fmt="h"),

    M("loan-rejection", False, ("Crédit Mutualiste du Bocage", "conseil@cm-bocage.example"), CLAIRE,
      "Réponse à votre demande de prêt travaux",
      """Madame,

Nous avons étudié avec attention votre demande de prêt personnel destiné à financer vos travaux de rénovation.

Nous sommes au regret de ne pas pouvoir y donner une suite favorable, votre taux d'endettement dépassant le seuil prévu par nos règles d'octroi.

Votre conseiller se tient à votre disposition pour étudier d'autres solutions.

Crédit Mutualiste du Bocage""", cs="iso-8859-1"),

    M("friend-rejection", False, ("Amandine", "amandine.roux@free.example"), KARIM,
      "TR: Votre candidature chez Bouvier Assurances",
      """Coucou Karim,

Bon ben c'est mort pour Bouvier... je te transfère le mail, tu me diras si je dois demander un retour ou laisser tomber.

Bises,
Amandine

-------- Message transféré --------
De : Bouvier Assurances <rh@bouvier-assurances.example>
Objet : Votre candidature

Madame Roux, nous avons le regret de vous informer que votre candidature n'a pas été retenue.""",
      fmt="a"),

    M("offer", False, ("Direction générale – Atelier Corvin", "direction@atelier-corvin.example"), CLAIRE,
      "Proposition d'embauche – Cheffe d'atelier",
      """Chère Claire,

J'ai le grand plaisir de vous confirmer notre proposition d'embauche pour le poste de cheffe d'atelier, en CDI, à compter du 2 avril.

Malheureusement, nous ne pourrons pas aller au-delà de 42 000 euros bruts annuels pour le fixe, mais nous ajoutons une prime d'objectifs. Je vous remercie de nous faire part de votre réponse d'ici le 20 mars.

Bien à vous,
Olivier Corvin
Gérant, Atelier Corvin""",
      company="Atelier Corvin", role="Cheffe d'atelier",
      contact=("Olivier Corvin", "direction@atelier-corvin.example"), qp=True),

    M("visa-rejection", False, ("Consulat – Section visas", "visas@consulat-aurelia.example"), KARIM,
      "Décision concernant votre demande de visa",
      """Monsieur,

Nous vous informons que votre demande de visa de court séjour (dossier n° AUR-55821) a fait l'objet d'une décision de refus.

Les motifs sont indiqués sur le formulaire joint. Vous disposez d'un délai de deux mois pour former un recours.

Section consulaire""", fmt="h"),
]
