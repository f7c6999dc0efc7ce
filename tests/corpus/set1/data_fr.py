"""Matériel français écrit à la main pour le corpus set 1.  DEV et HELDOUT ne partagent rien."""

OWNERS = {
    "dev": [("Camille Lefèvre", "camille.lefevre@example.net"), ("Hugo Marchand", "hugo.marchand@courriel.test"),
            ("Inès Benali", "ines.benali@example.org")],
    "heldout": [("Théo Garnier", "theo.garnier@mail.test"), ("Élodie Rousseau", "elodie.rousseau@example.com"),
                ("Mathis N'Diaye", "mathis.ndiaye@boite.test")],
}

DEV = {
    "companies": [
        ("Vercors Ingénierie", "vercors-ing.example", "https://vercors-ing.example/carrieres"),
        ("Banque Moreau & Fils", "banque-moreau.example"),
        ("Lavandière Cosmétiques SA", "lavandiere.example", "https://lavandiere.example/nous-rejoindre"),
        ("Ondine Numérique", "ondine-num.example", "https://jobs.ondine-num.example/"),
        ("Transports Bréval", "breval-transports.example"),
        ("Atelier Colibri", "atelier-colibri.example", "https://www.welcometothejungle.com/fr/companies/atelier-colibri/jobs"),
        ("Éditions du Phare", "editions-phare.example"),
        ("Cerise Énergie", "cerise-energie.example", "https://cerise-energie.example/emplois"),
    ],
    "roles": ["Développeur Python (H/F)", "Chargée de communication", "Chef de projet digital (F/H)",
              "Comptable fournisseurs", "Ingénieur DevOps (H/F)", "Responsable logistique",
              "Stagiaire marketing (H/F)", "Data scientist junior"],
    "people": [("Sophie", "Durand"), ("Julien", "Lemaire"), ("Aurélie", "Fontaine"), ("Karim", "Haddad"),
               ("Céline", "Perrot"), ("François", "Guérin"), ("Nadia", "Chevalier")],
    "titles": ["Chargée de recrutement", "Responsable RH", "Talent Acquisition Manager", "DRH adjoint"],
    "phones": ["+33 1 55 55 {n}", "+33 6 55 55 {n}", "04 55 55 {n}"],
    "phone_line": ["Tél. : $phone", "Tél : $phone", "$phone"],
    "careers_line": ["Nos offres : $careers", "Carrières : $careers", "Rejoignez-nous : $careers"],
    "team_sign": ["L'équipe recrutement de $co", "Le service RH – $co", "Équipe Talents $co"],
    "noreply_names": ["$co Recrutement", "$co Carrières"],
    "ats": ["workday", "teamtailor", "lever", "greenhouse"],
    "footer": {"powered": "Propulsé par $vendor", "privacy": "Politique de confidentialité",
               "unsub": "Se désabonner", "view": "Voir dans le navigateur"},
    "days": ["lundi", "mardi", "jeudi"],
    "parts": {
        "subj": ["Votre candidature chez $co", "Candidature : $role", "Suite à votre candidature",
                 "Réponse à votre candidature – $role", "$co – votre candidature"],
        "greet": ["Bonjour $o,", "Madame, Monsieur,", "Bonjour $O,", "Chère candidate, cher candidat,"],
        "open": [
            "Nous vous remercions pour l'intérêt que vous portez à $co et pour votre candidature au poste de $role.",
            "Nous avons bien étudié votre candidature pour le poste de $role.",
            ("Merci d'avoir pris le temps d'échanger avec nous lors de l'entretien pour le poste de $role.",
             "post-interview-rejection"),
        ],
        "decide": [
            ("Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
             "soft-rejection"),
            ("Après examen attentif, nous avons décidé de poursuivre avec d'autres candidats dont le profil correspond "
             "davantage à nos besoins.", "soft-rejection"),
            ("Le poste a été pourvu.", "position-filled"),
            ("Nous avons le regret de vous informer que votre candidature n'a pas été retenue.", "blunt-rejection"),
            ("En raison d'un gel des recrutements, le poste est supprimé et nous clôturons votre candidature.",
             "hiring-freeze"),
        ],
        "soft": [
            "Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.",
            "Cette décision ne remet pas en cause la qualité de votre parcours.",
            "Nous vous invitons à consulter régulièrement nos offres.",
        ],
        "close": ["Nous vous souhaitons pleine réussite dans vos recherches.\n\nCordialement,",
                  "Bien cordialement,", "Nous vous prions d'agréer nos salutations distinguées."],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "subj": "Suite à notre rencontre", "body": """Bonjour $o,

Encore merci d'être venu(e) nous rencontrer $day dernier dans nos locaux de Lyon. J'espère que le retour s'est bien passé malgré la grève.

Quelques points pratiques d'abord : vos frais de déplacement ont été validés par la comptabilité et seront remboursés sous quinze jours. Je vous confirme aussi que les documents que vous nous avez transmis (portfolio et étude de cas) ne seront pas conservés au-delà de la durée légale. Enfin, notre directeur technique a beaucoup apprécié votre question sur la dette technique et m'a demandé de vous transmettre ses remerciements.

Concernant le poste de $role : après de longues discussions, nous avons fait le choix d'une autre personne, dont l'expérience dans notre secteur était plus directement applicable. Nous ne pourrons donc pas donner suite à votre candidature, et j'en suis sincèrement désolée.

Je reste volontiers disponible pour un retour plus détaillé par téléphone.

Bien à vous,
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "nowrap": True, "fmt": "plain",
         "subj": "RE: Relance candidature $role", "body": """Bonjour $o,

Merci pour votre message et pardon pour ce délai. Le comité de recrutement s'est réuni : nous
avons malheureusement décidé de ne pas retenir votre candidature pour ce poste.

Cordialement,
$sig

Le $qdate, $O <$oe> a écrit :
> Bonjour,
>
> Je me permets de revenir vers vous concernant ma candidature au poste de
> $role, envoyée il y a trois semaines.
>
> Bien cordialement,
> $O
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "teamtailor", "fmt": "html", "careers": False,
         "subj": "Votre candidature – $co", "body": "", "html": """<p>Bonjour $o,</p>
<p>Merci beaucoup pour votre candidature au poste de <strong>$role</strong>.</p>
<p>Après étude de votre profil, nous avons le regret de vous annoncer que nous ne pourrons pas y donner suite.</p>
<p>N&rsquo;hésitez pas à <a href="$careers">découvrir nos autres offres</a>.</p>
<p>Belle journée,<br>L&rsquo;équipe $co</p>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "alt", "careers": False,
         "from": ("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
         "subj": "Du nouveau sur votre candidature chez $co", "body": """Bonjour $o,

$co a mis à jour le statut de votre candidature pour le poste de $role : l'entreprise a choisi de ne pas poursuivre avec votre candidature.

Ne baissez pas les bras ! Des offres similaires vous attendent : https://www.welcometothejungle.com/fr/jobs?ref=statut

Pour ne plus recevoir ces e-mails : https://www.welcometothejungle.com/fr/me/notifications
"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "lever", "subj": "$co : votre candidature au poste de $role",
         "body": """Bonjour $o,

Merci pour votre candidature. Nous avons décidé de ne pas donner suite, votre profil ne correspondant
pas tout à fait aux besoins actuels de l'équipe.

Bonne continuation,
$sig
"""},
        {"kind": "hiring-freeze", "mode": "person", "subj": "Poste de $role – information importante",
         "body": """Madame, Monsieur,

Nous vous informons que le recrutement pour le poste de $role est suspendu en raison d'un gel des embauches décidé par la direction. Le processus est donc clos et votre candidature ne sera pas poursuivie.

Nous vous prions de nous excuser pour ce contretemps.

Cordialement,
$sig
"""},
        {"kind": "blunt-short", "mode": "person", "careers": False, "subj": "Candidature", "body": """Bonjour, le poste de $role est pourvu, merci pour votre candidature. $cn – $co
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "workday", "subj": "Statut de votre candidature – $role",
         "body": """Bonjour $O,

Nous vous remercions de l'intérêt porté à $co.

Nous avons examiné votre candidature pour le poste de $role et sommes au regret de vous informer
qu'elle n'a pas été retenue pour la suite du processus.

Ceci est un message automatique, merci de ne pas y répondre.

$sig
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "teamtailor", "company_label": True,
         "subj": "Nous avons bien reçu votre candidature", "body": """Bonjour $o,

Merci pour votre candidature au poste de $role ! Elle a bien été enregistrée. Notre équipe l'étudiera dans les
meilleurs délais. Malheureusement, nous ne pouvons pas répondre individuellement à chaque question.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "subj": "Invitation à un entretien",
         "body": """Bonjour $o,

Votre candidature au poste de $role a retenu notre attention. Nous souhaiterions vous rencontrer $day à $time
dans nos locaux. Merci de me confirmer votre disponibilité.

$sig
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "subj": "Proposition d'embauche",
         "body": """Bonjour $o,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de $role ! Vous trouverez la
promesse d'embauche en pièce jointe.

Bien cordialement,
$sig
""", "attach": [("promesse_embauche.pdf", "application/pdf", "%PDF-1.4\n% exemple\n%%EOF\n")]},
        {"kind": "job-alert", "mode": "platform", "from": ("Indeed", "alert@indeed.com"), "fmt": "alt",
         "subj": "Nouvelles offres : $role", "body": """Offres correspondant à votre alerte « $role »

$role – $co – Paris – Postuler maintenant
$role – Groupe Alizé – Nantes – Candidature simplifiée
$role – Pixelbrume – Télétravail – Postuler

Voir toutes les offres : https://fr.indeed.com/emplois?q=alerte
Se désabonner : https://fr.indeed.com/alertes/desabonner
"""},
        {"kind": "recruiter-outreach", "mode": "person", "company_label": True, "subj": "Opportunité chez $co",
         "body": """Bonjour $o,

Votre profil a retenu mon attention. Nous recrutons un(e) $role et je pense que votre expérience serait un vrai
atout. Seriez-vous ouvert(e) à un échange ?

$sig
"""},
        {"kind": "paper-rejection", "mode": "other", "from": ("Revue française de linguistique appliquée", "redaction@rfla.example"),
         "subj": "Décision concernant votre article RFLA-$ref", "body": """Madame, Monsieur,

Nous avons le regret de vous informer que votre article n'a pas été retenu pour publication dans la Revue française
de linguistique appliquée. Vous trouverez ci-dessous les rapports des évaluateurs.

Le comité de rédaction
"""},
        {"kind": "flat-rejection", "mode": "other", "from": ("Agence Immo Saint-Clair", "location@immo-stclair.example"),
         "subj": "Votre dossier de location", "body": """Bonjour $O,

Merci pour votre dossier pour l'appartement de la rue des Tanneurs. Malheureusement, le propriétaire a retenu un
autre dossier. Nous vous tiendrons informé(e) de nos prochaines offres.

Agence Immo Saint-Clair
"""},
        {"kind": "loan-rejection", "mode": "other", "from": ("Crédit Rivage", "ne-pas-repondre@credit-rivage.example"),
         "subj": "Votre demande de prêt", "body": """Bonjour $O,

Après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre demande de prêt
personnel.

Crédit Rivage
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "Retrait de ma candidature",
         "body": """Bonjour $cf,

Je vous remercie pour nos échanges. Ayant accepté une autre proposition, je souhaite retirer ma candidature au
poste de $role.

Bien cordialement,
$O
"""},
        {"kind": "withdrawal-ack", "mode": "person", "company_label": True, "subj": "RE: Retrait de ma candidature",
         "body": """Bonjour $o,

C'est bien noté, nous avons clôturé votre candidature à votre demande. Nous regrettons votre décision mais vous
souhaitons beaucoup de succès dans votre nouveau poste.

$sig
"""},
        {"kind": "personal", "mode": "other", "from": ("Maman", "martine.lefevre@orange.example"),
         "subj": "Dimanche", "body": """Coucou,

Malheureusement on ne pourra pas venir dimanche, ton père a mal au dos. Tu as eu des nouvelles pour ta candidature ?

Bisous
"""},
        {"kind": "mailing-list", "mode": "other", "from": ("Yann Kervella", "yann@kervella.example"),
         "headers": [("List-Id", "<utilisateurs.lists.asso-linux.example>")],
         "subj": "Re: [utilisateurs] rejet des paquets", "body": """Bonjour,

Malheureusement le serveur rejette toujours les paquets (reject) quand l'application tourne en arrière-plan.
Il faut changer la position de la règle dans le pare-feu.

Yann
"""},
        {"kind": "next-steps", "mode": "person", "company_label": True, "subj": "Prochaine étape – $role",
         "body": """Bonjour $o,

Merci pour cet échange ! Nous souhaitons poursuivre le processus avec vous : la prochaine étape est un cas
pratique suivi d'un entretien avec la directrice.

$sig
"""},
        {"kind": "owner-forward", "mode": "owner", "to": ("Claire Dubois", "claire.dubois@amis.example"), "nowrap": True,
         "careers": False, "subj": "TR: Votre candidature chez $co", "body": """Coucou Claire,

Je viens de recevoir ça... Tu crois que ça vaut le coup de leur demander un retour ? Tu connais un peu $co, non ?

Bises,
$o

-------- Message transféré --------
De : $cn <$ce>
Objet : Votre candidature chez $co

Bonjour $o, malheureusement nous ne donnerons pas suite à votre candidature au poste de $role.
Cordialement, $cn
"""},
        {"kind": "order-cancelled", "mode": "other", "from": ("La Boutique du Vélo", "commandes@boutique-velo.example"),
         "subj": "Annulation de votre commande n° $ref", "body": """Bonjour,

Nous sommes désolés : votre commande n° $ref a été annulée car l'article n'est plus disponible. Le remboursement
sera effectué sous 5 jours.

La Boutique du Vélo
"""},
    ],
}

HELDOUT = {
    "companies": [
        ("Mistral Aéronautique", "mistral-aero.test", "https://mistral-aero.test/fr/carrieres/offres"),
        ("Groupe Hermine", "groupe-hermine.test"),
        ("Pâtisseries Lenôtre-Vidal", "lenotre-vidal.test"),
        ("Cartographie Boréale", "boreale-carto.test", "https://boreale-carto.test/recrutement"),
        ("Mutuelle des Cévennes", "mutuelle-cevennes.test", "https://emploi.mutuelle-cevennes.test/"),
        ("Lumière Robotique SAS", "lumiere-robotique.test"),
        ("Clinique du Belvédère", "clinique-belvedere.test", "https://clinique-belvedere.test/travailler-chez-nous"),
    ],
    "roles": ["Ingénieure systèmes embarqués", "Gestionnaire de paie (H/F)", "Product Owner", "Infirmier de bloc",
              "Business developer B2B", "Analyste financier senior", "Technicien de maintenance (H/F)"],
    "people": [("Laurence", "Mercier"), ("Antoine", "Roux"), ("Yasmine", "Belkacem"), ("Grégoire", "Lacoste"),
               ("Maëlle", "Le Gall")],
    "titles": ["Recruteuse", "Responsable du développement RH", "Directeur technique"],
    "phones": ["+33 2 55 55 {n}", "+33 7 55 55 {n}"],
    "phone_line": ["Ligne directe : $phone", "Mobile : $phone"],
    "careers_line": ["Toutes nos offres d'emploi : $careers", "Espace carrières : $careers"],
    "team_sign": ["Direction des ressources humaines – $co", "Toute l'équipe de $co"],
    "noreply_names": ["Recrutement $co (ne pas répondre)", "Emplois $co"],
    "ats": ["smartrecruiters", "workable", "recruitee", "ashby"],
    "footer": {"powered": "Envoyé via $vendor", "privacy": "Vos données personnelles",
               "unsub": "Préférences de communication", "view": "Version en ligne"},
    "days": ["mercredi", "vendredi"],
    "parts": {
        "subj": ["Votre candidature au poste de $role", "Retour de $co", "Notre réponse", "$role – décision"],
        "greet": ["Bonjour,", "Bonjour $o,", "Cher $O,", "Salut $o,"],
        "open": [
            "Merci encore pour le temps consacré à votre candidature ($role).",
            ("Nous tenions à vous remercier pour les entretiens menés ces dernières semaines autour du poste de $role.",
             "post-interview-rejection"),
            "Je reviens vers vous au sujet du poste de $role.",
        ],
        "decide": [
            ("À notre grand regret, nous avons retenu un autre profil pour ce poste.", "soft-rejection"),
            ("Votre candidature ne sera pas retenue pour la suite du processus.", "blunt-rejection"),
            ("Nous ne pourrons malheureusement pas vous proposer ce poste.", "blunt-rejection"),
            ("Le poste ayant été gelé pour des raisons budgétaires, nous mettons fin au processus et à votre candidature.",
             "hiring-freeze"),
            ("Nous avons finalement choisi une personne dont l'expérience est plus proche de nos attentes.", "soft-rejection"),
        ],
        "soft": [
            "Avec votre accord, nous garderons vos coordonnées pour de futurs postes.",
            "Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone.",
            "Nous avons reçu un très grand nombre de candidatures de qualité.",
        ],
        "close": ["Très bonne continuation,", "Avec nos meilleurs vœux de réussite,", "Belle fin de semaine,"],
    },
    "rej": [
        {"kind": "buried-long", "mode": "person", "fmt": "alt", "subj": "Merci pour votre venue – quelques nouvelles",
         "body": """Bonjour $o,

Je souhaitais prendre le temps de vous écrire un vrai message plutôt qu'une réponse type.

Tout d'abord, merci pour la qualité de votre présentation lors de la journée d'immersion. L'équipe a particulièrement apprécié votre analyse du cahier des charges, et notre responsable qualité voudrait même s'en inspirer pour ses formations internes. Ensuite, côté logistique : votre note de frais (train et repas) a été transmise à la comptabilité, le virement devrait arriver d'ici la fin du mois. Nous avons également retrouvé votre écharpe dans la salle de réunion ; dites-moi où vous l'envoyer.

Venons-en à la décision pour le poste de $role. Après de nombreux échanges, le choix s'est porté sur une candidate qui possède déjà une expérience directe de la certification que nous préparons. Je suis donc au regret de vous dire que nous ne vous ferons pas d'offre cette fois-ci.

Je reste à votre disposition pour en parler de vive voix.

Bien amicalement,
$sig
"""},
        {"kind": "thread-reply-rejection", "mode": "person", "thread": True, "nowrap": True, "fmt": "plain",
         "subj": "Re: Candidature $role – des nouvelles ?", "body": """Bonjour $o,

Merci pour votre relance. Je suis désolé de vous l'apprendre par mail, mais le
directeur a tranché en faveur d'un autre candidat ; nous n'irons donc pas plus loin
ensemble sur ce poste.

Bien à vous,
$sig

Le $qdate, $O a écrit :
> Bonjour $cf,
> Auriez-vous des nouvelles suite à notre second entretien ?
> Merci d'avance,
> $o
"""},
        {"kind": "ats-html-only", "mode": "ats", "vendor": "workable", "fmt": "html", "careers": False,
         "subj": "$co – mise à jour de votre candidature", "body": "", "html": """<div>
<p>Bonjour $O,</p>
<p>Nous vous remercions d&#8217;avoir postulé au poste de <b>$role</b> chez $co.</p>
<p>Nous avons pris le temps d&#8217;examiner votre profil et avons le regret de vous informer qu&#8217;il ne sera pas retenu pour ce poste.</p>
<p>Retrouvez toutes nos opportunités sur <a href="$careers">notre page emplois</a>.</p>
<p>Cordialement,<br>Recrutement $co</p></div>"""},
        {"kind": "platform-relay", "mode": "platform", "fmt": "plain", "careers": False,
         "from": ("HelloWork", "notification@hellowork.com"), "subj": "Mise à jour : $role",
         "body": """Bonjour $o,

Le recruteur $co a consulté votre candidature au poste de $role et a indiqué qu'elle n'était pas retenue.

Continuez vos recherches : https://www.hellowork.com/fr-fr/emploi/recherche.html?src=suivi
Gérer mes alertes : https://www.hellowork.com/fr-fr/compte/alertes
"""},
        {"kind": "ats-signed", "mode": "ats-signed", "vendor": "ashby", "subj": "$co | Candidature $role",
         "body": """Bonjour $o,

J'ai personnellement relu votre dossier. Nous cherchons quelqu'un avec davantage d'expérience en
management, donc nous ne poursuivrons pas avec votre candidature.

Merci et bonne continuation,
$sig
"""},
        {"kind": "agency-relay", "mode": "agency", "careers": False, "ctx": {"ce": "$cfs@cabinet-passerelle.test"},
         "subj": "Retour de $co", "body": """Bonjour $o,

J'ai eu le client au téléphone ce matin : $co ne donnera pas suite à votre candidature pour le poste de $role,
ils ont recruté en interne. Je reviens vers vous dès que j'ai une nouvelle mission adaptée.

$cn
Cabinet Passerelle – conseil en recrutement pour $co
"""},
        {"kind": "ats-noreply", "mode": "ats", "vendor": "smartrecruiters", "fmt": "alt", "subj": "Votre candidature chez $co",
         "body": """Bonjour $o,

Merci de l'intérêt que vous avez manifesté pour le poste de $role.

Nous avons reçu de nombreuses candidatures et, après une étude attentive, nous sommes au regret de ne pas pouvoir poursuivre avec la vôtre.

$sig
"""},
    ],
    "non": [
        {"kind": "application-received", "mode": "ats", "vendor": "workable", "company_label": True, "fmt": "alt",
         "subj": "Confirmation de votre candidature", "body": """Bonjour $o,

Nous confirmons la bonne réception de votre candidature pour le poste de $role. Si votre profil correspond, nous
vous contacterons sous quinze jours ; dans le cas contraire, vous recevrez également une réponse.

$sig
"""},
        {"kind": "interview-invite", "mode": "person", "company_label": True, "subj": "Échange téléphonique ?",
         "body": """Bonjour $o,

Votre parcours nous intéresse beaucoup ! Seriez-vous disponible $day à $time pour un premier échange de
30 minutes au sujet du poste de $role ?

$sig
"""},
        {"kind": "assessment-invite", "mode": "ats", "vendor": "recruitee", "company_label": True,
         "subj": "Test technique – $role", "body": """Bonjour $o,

Dans le cadre de votre candidature, nous vous invitons à réaliser un test en ligne (45 minutes). Malheureusement,
le lien expire dans 5 jours : https://test.$cod/c/$ref

$sig
"""},
        {"kind": "offer", "mode": "person", "company_label": True, "subj": "Bonne nouvelle !",
         "body": """Bonjour $o,

Je suis ravie de vous confirmer que vous êtes retenu(e) pour le poste de $role ! Je vous appelle demain pour
parler de la date d'arrivée.

$sig
"""},
        {"kind": "recruiter-outreach", "mode": "platform", "from": ("Antoine Roux via LinkedIn", "messaging-digest-noreply@linkedin.com"),
         "subj": "Antoine vous a envoyé un message", "body": """Bonjour $o,

Je me permets de vous contacter : un de nos clients recherche un(e) $role. Êtes-vous à l'écoute du marché ?

Antoine Roux
"""},
        {"kind": "newsletter", "mode": "noreply", "company_label": True, "fmt": "alt", "subj": "Les actus de $co",
         "body": """Bonjour $o,

Au sommaire : l'inauguration de notre nouvel atelier, le portrait d'une alternante, et nos offres du moment.
Malheureusement, le salon de l'emploi d'avril est annulé.

Se désinscrire : https://$cod/newsletter/desinscription
"""},
        {"kind": "talk-rejection", "mode": "other", "from": ("Comité de programme Paris Web Data", "cfp@pwd-conf.test"),
         "subj": "Votre proposition d'intervention", "body": """Bonjour $o,

Merci pour votre proposition « Qualité des données en production ». Le comité n'a malheureusement pas pu la
retenir pour cette édition.

Le comité de programme
"""},
        {"kind": "grant-rejection", "mode": "other", "from": ("Fondation Aurore", "bourses@fondation-aurore.test"),
         "subj": "Résultat de votre demande de bourse", "body": """Madame, Monsieur,

Nous avons le regret de vous informer que votre demande de bourse de recherche n'a pas été retenue par le jury.

Fondation Aurore
"""},
        {"kind": "withdrawal", "mode": "owner", "company_label": True, "subj": "Ma candidature – $role",
         "body": """Bonjour $cf,

Pour des raisons personnelles, je préfère retirer ma candidature au poste de $role. Merci pour votre compréhension.

Cordialement,
$o
"""},
        {"kind": "withdrawal-ack", "mode": "ats", "vendor": "workable", "company_label": True,
         "subj": "Retrait de candidature confirmé", "body": """Bonjour $o,

Nous confirmons le retrait de votre candidature au poste de $role, à votre demande. Au plaisir de vous
recroiser.

$sig
"""},
        {"kind": "personal", "mode": "other", "from": ("Lucas", "lucas.b@boite.test"),
         "subj": "samedi", "body": """Salut,

Malheureusement le resto a refusé notre réservation pour 12, on se rabat sur chez moi ? Et ta candidature, ça donne quoi ?

Lucas
"""},
        {"kind": "event-rejection", "mode": "other", "from": ("Festival des Lumières", "billetterie@festival-lumieres.test"),
         "subj": "Votre demande de billets", "body": """Bonjour,

Malheureusement, votre demande de billets n'a pas été tirée au sort cette année. Vous êtes inscrit(e) sur la liste
d'attente.

La billetterie
"""},
        {"kind": "hiring-manager-notification", "mode": "ats", "vendor": "smartrecruiters", "company_label": True,
         "subj": "Candidat refusé : Paul Mathieu", "body": """Bonjour $o,

Le candidat Paul Mathieu a été refusé pour le poste de $role par un membre de votre équipe de recrutement.
Un e-mail de refus lui sera envoyé automatiquement.

$sig
"""},
    ],
}
