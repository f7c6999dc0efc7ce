from common import L, O, R

LANG = "fr"
OWNERS = [("Camille Lefèvre", "camille.lefevre@courriel.example"),
          ("Théo Marchand", "theo.marchand@laposte-perso.test"),
          ("Inès Belkacem", "ines.belkacem@boite.example")]
COMPANIES = [("Atelier Verlaine", "atelier-verlaine.example"), ("Groupe Beaumarchais SA", "beaumarchais.test"),
             ("Lumière Numérique", "lumiere-numerique.example"), ("Cordée Conseil", "cordee-conseil.test"),
             ("Maison Ardoise", "maison-ardoise.example"), ("Vigne & Data", "vigne-data.test"),
             ("Solvéo Énergies", "solveo-energies.example"), ("Brasserie du Quai", "brasserie-quai.test")]
ROLES = ["Développeur Full Stack H/F", "Chef de projet marketing", "Data Analyst (CDI)",
         "Chargée de recrutement", "Ingénieur DevOps", "Stage – Assistant(e) communication",
         "Responsable comptable", "Product Owner", "Designer UX/UI", "Technicien support N2"]
SIGNERS = [("Aurélie Fontaine", "Chargée de recrutement"), ("Julien Rousseau", "Talent Acquisition Manager"),
           ("Sophie Garnier", "Responsable RH"), ("Maxime Dubreuil", "Directeur technique"),
           ("Élodie Perrin", "Chargée RH")]
AGENCIES = [("Nicolas Faure", "Consultant senior", "Cabinet Horizon RH", "horizon-rh.example"),
            ("Claire Morel", "Consultante en recrutement", "Talentis Partners", "talentis.test")]
VENDOR_PREF = ["SmartRecruiters", "Workday", "Lever", "Teamtailor", "Greenhouse",
               "Workable"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
TZ_OFFSETS = [60, 120]
RE = "RE : "
WROTE = "Le {date}, {owner} <{owner_email}> a écrit :"
OUTLOOK = ("De :", "Envoyé :", "À :", "Objet :")
QUOTE = ("Bonjour {signer_first},\n\nMerci encore pour notre échange. Je reste à votre disposition pour toute\n"
         "information complémentaire.\n\nBien cordialement,\n{first}")
LABELS = dict(phone="Tél. :", careers="Nos offres", open_roles="Découvrez nos offres :",
              sent_by="Ce message vous est envoyé par {vendor} pour le compte de {company}.",
              privacy="Politique de confidentialité", unsubscribe="Se désabonner",
              preferences="Gérer mes préférences", platform_jobs="Toutes les offres de {company} :")
ATS_DISPLAY = ["{company}", "{company} Recrutement", "{company} – Équipe RH", "{company} Carrières"]


def phone(rng):
    return rng.choice(["+33 1 ", "+33 6 ", "+33 4 "]) + " ".join(f"{rng.randrange(10, 99)}" for _ in range(4))


def fmt_date(d):
    mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    return f"{d.day} {mois[d.month - 1]} {d.year}"


REJ = [
    R("person", "Votre candidature – {role}",
      "Bonjour {first},\n\nNous vous remercions pour l'intérêt que vous portez à {company} et pour votre "
      "candidature au poste de {role}.\n\nMalheureusement, nous ne sommes pas en mesure d'y donner une suite "
      "favorable. Nous avons retenu un profil dont l'expérience correspond davantage à nos besoins actuels.\n\n"
      "Nous vous souhaitons pleine réussite dans vos recherches.\n\nBien cordialement,"),
    R("person", "Suite à nos entretiens",
      "Bonjour {first},\n\nMerci pour le temps consacré aux entretiens. Après mûre réflexion, nous avons "
      "décidé de poursuivre avec un autre candidat. Ce fut un choix difficile, votre parcours nous a "
      "beaucoup plu.\n\nJe reste disponible si vous souhaitez un retour plus détaillé.\n\nBelle journée,"),
    R("person", "Retour sur votre cas pratique",
      "Bonjour {first},\n\nMerci d'avoir réalisé le cas pratique. L'équipe a apprécié la clarté de votre "
      "présentation.\n\nCependant, nous ne donnerons pas suite à votre candidature pour le poste de {role} : "
      "la partie modélisation ne correspondait pas à nos attentes.\n\nBonne continuation,"),
    R("person", "Poste de {role}",
      "Bonjour {first},\n\nJe reviens vers vous concernant le poste de {role}. Suite à une réorganisation "
      "interne, le recrutement est gelé et votre candidature est donc clôturée. J'en suis sincèrement "
      "désolée.\n\nCordialement,"),
    R("person", "Des nouvelles de {company}",
      "Bonjour {first},\n\nTout d'abord, merci pour votre patience : notre processus a pris plus de temps que "
      "prévu en raison du salon de septembre.\n\nNous avons aussi beaucoup apprécié votre regard sur notre "
      "application mobile, qui a nourri nos discussions internes.\n\nToutefois, nous avons fait le choix "
      "d'une autre candidature pour ce poste. Nous espérons avoir l'occasion de recroiser votre chemin.\n\n"
      "Très cordialement,"),
    R("reply", "Point sur ma candidature",
      "Bonjour {first},\n\nMerci pour votre relance et pardon pour ce délai. Malheureusement, nous n'allons "
      "pas poursuivre le processus avec vous : nous avons finalement recruté en interne.\n\nBien à vous,"),
    R("reply", "Merci pour l'entretien",
      "Bonjour {first},\n\nMerci pour votre message. Je suis au regret de vous annoncer que votre candidature "
      "n'a pas été retenue à l'issue du dernier tour.\n\nTous mes vœux de réussite,"),
    R("agency", "Retour de {company}",
      "Bonjour {first},\n\nJ'ai eu {company} au téléphone ce matin. Le client a décidé de ne pas retenir "
      "votre candidature pour le poste de {role} : ils recherchent quelqu'un ayant déjà managé une "
      "équipe.\n\nJ'ai d'autres opportunités à vous proposer, on s'appelle cette semaine ?\n\nBien à vous,"),
    R("agency", "TR: Retour candidat",
      "Bonjour {first},\n\nJe vous transfère le retour du client ci-dessous. Désolée, ce n'est pas la "
      "réponse espérée.\n\n-------- Message transféré --------\nDe : {signer} <{signer_email}>\nDate : "
      "{date_prev}\nObjet : Retour candidat\n\nBonjour {agent_first},\n\nMerci pour la présentation de "
      "{first}. Nous avons décidé de ne pas aller plus loin.\n\n{signer}\n{company}\n\nCordialement,"),
    R("ats", "Votre candidature chez {company}",
      "Madame, Monsieur,\n\nNous avons bien étudié votre candidature au poste de {role} et vous remercions "
      "de l'intérêt porté à {company}.\n\nNous sommes toutefois au regret de vous informer que nous ne "
      "pouvons pas y donner une suite favorable.\n\nL'équipe Recrutement de {company}"),
    R("ats", "{company} – réponse à votre candidature",
      "Bonjour {first},\n\nMerci d'avoir postulé ! Nous avons reçu énormément de candidatures et, "
      "malheureusement, la vôtre n'a pas été retenue pour la suite du processus.\n\nN'hésitez pas à "
      "consulter nos autres offres : {careers}\n\nÀ bientôt peut-être,\nLa team {company}", html=True),
    R("ats", "Résultat de votre test en ligne",
      "Bonjour {first},\n\nNous vous remercions d'avoir passé le test d'évaluation. Au vu des résultats, "
      "nous ne pouvons malheureusement pas poursuivre le processus de recrutement avec vous.\n\n"
      "Service Recrutement – {company}", html="only"),
    R("ats_signed", "Votre candidature – {company}",
      "Bonjour {first},\n\nNous vous remercions sincèrement pour les échanges que nous avons eus. Nous "
      "avons toutefois décidé de ne pas vous proposer le poste de {role}.\n\nBien cordialement,"),
    R("ats_replyto", "Candidature {role}",
      "Bonjour {first},\n\nAprès étude attentive de votre profil, nous avons le regret de vous annoncer que "
      "votre candidature n'a pas été retenue. Si vous souhaitez un retour, répondez simplement à ce mail.\n\n"
      "Les équipes de {company}"),
    R("platform", "Mise à jour de votre candidature",
      "Bonjour {first},\n\n{company} a examiné votre candidature pour le poste {role} et a décidé de ne pas "
      "y donner suite.\n\nD'autres offres pourraient vous plaire !", platform="Welcome to the Jungle"),
    R("platform", "Votre candidature pour {role} chez {company}",
      "Statut : Candidature non retenue\n\n{first}, {company} a choisi de poursuivre avec d'autres "
      "candidats pour ce poste.", platform="LinkedIn"),
    R("person", "Réponse",
      "Bonjour,\n\nDésolé {first}, ça ne va pas le faire pour cette fois. On part sur un profil plus senior.\n\n"
      "Merci encore et bon courage !"),
    R("ats", "Votre parcours chez {company}",
      "Bonjour {first},\n\nMerci de votre intérêt pour {company}. Nous avons le regret de vous informer que "
      "le poste de {role} a été pourvu. Votre candidature ne sera donc pas étudiée plus avant.\n\n"
      "Nous conservons votre CV dans notre vivier pour une durée de deux ans, sauf opposition de votre part.\n\n"
      "Direction des Ressources Humaines\n{company}"),
]

LOOK = [
    L("received", "ats", "Accusé de réception de votre candidature",
      "Bonjour {first},\n\nNous accusons réception de votre candidature pour le poste de {role}. "
      "Malheureusement, en raison du volume, nous ne pouvons pas répondre individuellement sous quinze jours.\n\n"
      "L'équipe Recrutement de {company}"),
    L("interview", "person", "Invitation à un entretien",
      "Bonjour {first},\n\nVotre profil a retenu notre attention ! Nous souhaitons vous rencontrer pour un "
      "premier entretien pour le poste de {role}. Malheureusement {weekday} n'est plus possible, seriez-vous "
      "disponible jeudi à 14h ?\n\nBien cordialement,"),
    L("offer", "person", "Proposition d'embauche",
      "Bonjour {first},\n\nJ'ai le plaisir de vous annoncer que nous avons décidé de retenir votre "
      "candidature ! Vous trouverez la promesse d'embauche en pièce jointe.\n\nAu plaisir,"),
    L("logement", "raw", "Dossier de location – Rue des Lilas",
      "Bonjour {first},\n\nMalheureusement, le propriétaire a retenu un autre dossier pour l'appartement. "
      "Nous vous tiendrons informé(e) des prochaines disponibilités.\n\nAgence Saint-Roch",
      sender="Agence Saint-Roch <location@agence-saintroch.example>"),
    L("pret", "raw", "Votre demande de prêt",
      "Madame, Monsieur,\n\nNous sommes au regret de vous informer que votre demande de prêt immobilier n'a "
      "pas reçu un avis favorable.\n\nBanque du Quai",
      sender="Banque du Quai <conseil@banqueduquai.example>"),
    L("article", "raw", "Décision concernant votre article",
      "Chère collègue,\n\nNous avons le regret de vous informer que votre article n'a pas été retenu pour le "
      "numéro spécial. Vous trouverez ci-dessous l'avis des relecteurs.\n\nLe comité de rédaction",
      sender="Revue Territoires <redaction@revue-territoires.example>"),
    L("friend", "raw", "Pauvre Lucas",
      "Coucou {first},\n\nLucas a reçu un refus de la boîte où il avait passé trois entretiens. Il est "
      "dégoûté. On l'invite à dîner samedi ?\n\nBises, Manon", sender="Manon <manon.r@courriel.example>"),
    L("withdrawal", "raw", "Retrait de ma candidature",
      "Bonjour {signer_first},\n\nJe vous remercie pour nos échanges. Malheureusement, j'ai accepté une autre "
      "proposition et je retire donc ma candidature au poste de {role}.\n\nBien cordialement,\n{first}",
      sender="x <x@x.example>", from_owner=True),
    L("manager", "raw", "Candidat M. Girard",
      "Bonjour {first},\n\nMerci pour ton compte-rendu d'entretien. Nous avons décidé de ne pas retenir "
      "M. Girard. Aurélie lui envoie la réponse aujourd'hui.\n\nMaxime",
      sender="Maxime Dubreuil <maxime.dubreuil@lumiere-numerique.example>"),
    L("job_alert", "platform", "Nouvelles offres pour vous",
      "Bonjour {first},\n\n6 nouvelles offres correspondent à votre alerte :\n{role} – {company} – Lyon\n"
      "Data Analyst – Vigne & Data – Bordeaux", platform="Welcome to the Jungle"),
    L("visa", "raw", "Demande de visa – décision",
      "Madame, Monsieur,\n\nVotre demande de visa a été refusée. Les motifs figurent dans la décision "
      "jointe.\n\nConsulat général", sender="Consulat <visas@consulat.test>"),
    L("next_steps", "reply", "Prochaine étape",
      "Bonjour {first},\n\nBonne nouvelle : vous passez à l'étape finale ! Malheureusement le DG est en "
      "déplacement, ce sera donc la semaine prochaine.\n\nCordialement,"),
    L("billets", "raw", "Tirage au sort – Festival des Vieilles Pierres",
      "Bonjour {first},\n\nMalheureusement, votre demande de billets n'a pas été tirée au sort cette année.\n\n"
      "L'équipe du festival", sender="Festival <billetterie@festival-pierres.example>", footer=True),
]

ORD = [
    O("newsletter", "raw", "La lettre du mois",
      "Bonjour,\n\nMalheureusement, l'atelier de mars est annulé. Nous avons décidé de le reporter en mai. "
      "Les candidatures pour la résidence d'artistes sont ouvertes.",
      sender="Le Bocal <lettre@lebocal.example>", footer=True),
    O("livraison", "raw", "Votre colis est en route",
      "Bonjour {first},\n\nVotre colis a quitté notre entrepôt. Malheureusement, la livraison pourrait avoir "
      "un jour de retard.\n\nSuivi : https://suivi.colirapide.example/{ref}",
      sender="ColiRapide <noreply@colirapide.example>", footer=True),
    O("facture", "raw", "Votre facture",
      "Bonjour,\n\nVotre facture est disponible. Malheureusement le prélèvement a échoué ; merci de "
      "mettre à jour vos coordonnées bancaires.", sender="FibreMax <facture@fibremax.example>"),
    O("perso", "raw", "Dimanche",
      "Coucou ma chérie,\n\nMamie a décidé de venir dimanche. Malheureusement il va pleuvoir, on mangera à "
      "l'intérieur. Tu peux apporter le dessert ?\n\nBisous, Papa", sender="Papa <alain.lefevre@boite.example>"),
    O("agenda", "raw", "Invitation : Réunion d'équipe jeu. 10h",
      "Vous êtes invité(e) : Réunion d'équipe\nQuand : jeudi 10h–11h\nOrdre du jour : postes ouverts, "
      "candidats en cours, planning des congés.", sender="Agenda <agenda@workspace.example>"),
    O("spam", "raw", "Félicitations, vous êtes sélectionné !",
      "Vous avez été sélectionné pour recevoir un iPhone ! Malheureusement il ne reste que 2 heures pour "
      "valider votre candidature.", sender="Service Client <promo@cadeaux-gratuits.test>"),
    O("mot_de_passe", "raw", "Réinitialisation du mot de passe",
      "Bonjour {first},\n\nVous avez demandé la réinitialisation de votre mot de passe. Malheureusement, "
      "ce lien expire dans 30 minutes.\n\nhttps://compte.nuagebox.example/reset/{ref}",
      sender="NuageBox <securite@nuagebox.example>"),
    O("github", "raw", "Re: [atelier/site] Mauvaise position du menu (#{ref})",
      "@cleferve malheureusement le bug est toujours là. J'ai décidé de refaire le composant.\n\n"
      "https://github.com/atelier/site/issues/{ref}", sender="pmartin <notifications@github.com>"),
    O("ecole", "raw", "Sortie scolaire",
      "Chers parents,\n\nMalheureusement, la sortie au musée est reportée. Nous avons décidé de la "
      "programmer en juin.\n\nLa directrice", sender="École Jules Ferry <ecole@jferry.example>"),
    O("club", "raw", "Composition de l'équipe",
      "Salut à tous,\n\nMalheureusement notre gardien est blessé. Qui peut jouer à ce poste dimanche ? "
      "Le coach a décidé de la composition.\n\nKarim", sender="AS Belleville <club@asbelleville.example>"),
    O("liste", "raw", "[python-fr] Meetup Nantes",
      "Bonjour,\n\nMalheureusement la salle n'est plus disponible. Nous avons décidé de migrer chez un "
      "sponsor. Les candidats pour un talk peuvent répondre.\n\nPaul", sender="Paul Dumas <paul@listes.example>"),
    O("recu", "raw", "Votre reçu",
      "Merci pour votre achat : 2 cafés, 1 croissant. Total 6,40 €. Malheureusement votre carte fidélité "
      "n'a pas pu être créditée.", sender="Café des Arts <recu@cafedesarts.example>"),
    O("it", "raw", "Maintenance de l'application de notes de frais",
      "Bonjour à tous,\n\nL'application de notes de frais sera malheureusement indisponible ce soir.\n\n"
      "Le support informatique", sender="Support IT <support@beaumarchais.test>"),
    O("assoc", "raw", "AG de l'association",
      "Bonjour,\n\nNous avons décidé de tenir l'AG le 12. Malheureusement le poste de trésorier est toujours "
      "vacant : les candidatures sont les bienvenues !", sender="Les Jardins Partagés <asso@jardins.example>"),
]
