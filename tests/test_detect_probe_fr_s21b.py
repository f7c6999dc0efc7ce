"""Probing French by template (round 21, second pass): one realistic letter per writer, a slot for the sentence that
carries the decision, and many ways of saying no dropped into it; then the same letter with sentences that share the
words but are no no to the reader's application. Twelve writers:

- (a) a CAC40-style group writing through its ATS (vous, a long template);
- (b) a Paris start-up on Welcome to the Jungle (tu, English loanwords);
- (c) a recruitment firm or temp agency writing about its client;
- (d) a CHU and an EHPAD;
- (e) a restaurant owner's or an artisan's one-liner (tu);
- (f) a letter after an entretien, a mise en situation or a journee d'immersion;
- (g) a Belgian employer ("candidature spontanee", "septante");
- (h) a Swiss employer in Romandie ("dossier de candidature", "nous vous retournons votre dossier");
- (i) an alternance, stage or apprentissage;
- (j) the fonction publique (concours, jury, liste d'aptitude) and a university (comite de selection, ATER);
- (k) the verdict in the subject, with a line of body;
- (l) a chat reply above the reader's quoted "le poste est-il toujours disponible ?".

The look-alikes use the same words for a date moved, another interview, an offer, a flat, a creche place, a study
place, a loan, a tender, a quote, the reader's own withdrawal acknowledged, an agency's OTHER candidate turned down,
a newsletter on bouncing back after a no, a colleague's farewell drink.
All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

import pytest
from labelled import found, letters_test, mail, mails_test, slotted

# --- (a) a large group through its ATS -----------------------------------------------------------------------------
A_SENDER = "Groupe Valmonde Recrutement <no-reply@valmonde.talent.example>"
A_SUBJECT = "Votre candidature au poste de Contrôleur de gestion H/F - Réf. 24-0871"
A_LETTER = ("Bonjour Sam Rivera,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Valmonde et de votre "
            "candidature au poste de Contrôleur de gestion H/F (réf. 24-0871).\n\nNos équipes ont étudié votre "
            "dossier avec la plus grande attention. {}\n\nNous vous invitons à consulter régulièrement nos offres sur "
            "notre site carrières et vous souhaitons pleine réussite dans vos recherches.\n\nBien cordialement,\n"
            "La Direction des Ressources Humaines\nGroupe Valmonde\n\nCe message est envoyé automatiquement, merci de "
            "ne pas y répondre.")
A_NO = [
    "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    "Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
    "Après examen, votre profil ne correspond pas aux exigences du poste.",
    "Nous avons choisi de poursuivre le processus avec d'autres candidats dont le profil est plus proche de nos "
    "attentes.",
    "Nous avons le regret de vous annoncer que nous ne donnerons pas suite à votre candidature.",
    "Votre candidature n'a pas été sélectionnée pour la suite du processus.",
    "Le poste a été pourvu par un candidat dont l'expérience correspond davantage à nos besoins.",
    "Nous avons décidé de ne pas retenir votre candidature pour ce poste.",
    "En dépit de vos qualités, nous ne pouvons pas vous proposer d'entretien.",
    "Votre candidature n'a malheureusement pas été retenue pour la prochaine étape.",
    "Nous ne sommes malheureusement pas en mesure de vous proposer ce poste.",
    "Le processus de recrutement pour ce poste est désormais clos et votre candidature n'a pas abouti.",
    "Nous avons retenu un profil plus en adéquation avec les attentes du poste.",
    "Nous regrettons de ne pouvoir répondre favorablement à votre candidature.",
    "Il ne nous est pas possible de retenir votre candidature.",
    "Votre candidature n'a pas été jugée prioritaire au regard des autres profils reçus.",
    "Nous ne poursuivrons pas le processus avec vous.",
    "Nous avons finalement décidé de recruter un collaborateur en interne.",
    "Nous avons le regret de vous informer que le poste a été attribué à un autre candidat.",
    "Votre profil, bien qu'intéressant, ne répond pas entièrement aux critères recherchés.",
    "Nous avons le regret de ne pas pouvoir donner suite à votre démarche.",
    "Votre candidature a été classée sans suite.",
    "Il ne nous sera pas possible de poursuivre le processus de recrutement avec vous.",
    "Nous ne retiendrons pas votre candidature à l'issue de cette première sélection.",
]
A_LOOK_ALIKES = [
    "Votre candidature a été retenue pour la prochaine étape : un entretien avec le manager vous sera proposé.",
    "Nous avons le plaisir de vous proposer un entretien le 9 décembre à 10h.",
    "Nous vous informons que l'entretien prévu le 3 décembre est reporté au 10 décembre.",
    "Votre candidature est toujours en cours d'étude ; nous reviendrons vers vous d'ici fin décembre.",
    "Nous avons le plaisir de vous confirmer que votre candidature a été sélectionnée.",
    "Votre candidature est incomplète : merci d'ajouter votre CV, faute de quoi nous ne pourrons pas l'étudier.",
    "Nous accusons réception de votre désistement et respectons votre choix.",
    "Nous avons le plaisir de vous faire une proposition d'embauche, que vous trouverez en pièce jointe.",
    "Le poste de Contrôleur de gestion a été pourvu, mais nous souhaitons vous proposer celui de Contrôleur de "
    "gestion industriel.",
    "Nous avons bien reçu votre candidature et vous répondrons dans un délai de trois semaines.",
    "Nous ne pouvons malheureusement pas vous rembourser vos frais de déplacement avant la fin du mois.",
    "Nous regrettons le retard pris dans notre réponse : le processus reprendra en janvier.",
    "Vous faites partie des trois candidats retenus pour l'entretien final.",
    "Nous ne pourrons malheureusement pas tenir l'entretien dans nos locaux ; il aura lieu en visioconférence.",
    "Le processus est suspendu quelques semaines ; votre candidature reste active.",
    "Malheureusement, le lien vers le test en ligne a expiré ; vous en recevrez un nouveau demain.",
    "Nous ne vous proposerons pas ce poste avant d'avoir reçu vos références.",
    "Nous ne pourrons pas retenir de date d'entretien avant le 5 janvier ; vous recevrez un lien pour choisir un "
    "créneau.",
    "Nous avons le regret de vous informer que le recrutement est suspendu jusqu'en janvier ; votre candidature reste "
    "active.",
    "Votre dossier est complet et il n'existe pas de doublon avec une candidature précédente.",
]

# --- (b) a Paris start-up on Welcome to the Jungle -----------------------------------------------------------------
B_SENDER = "Inès de Pulsio <ines@pulsio.example>"
B_SUBJECT = "Ta candidature Product Designer chez Pulsio"
B_LETTER = ("Hello Sam,\n\nMerci pour ta candidature via Welcome to the Jungle et pour le temps passé sur le case "
            "study. {}\n\nOn te souhaite plein de belles choses pour la suite !\n\nBelle journée,\nInès\nTalent "
            "Acquisition @ Pulsio")
B_NO = [
    "On a décidé de ne pas avancer avec toi pour ce poste.",
    "Malheureusement on ne va pas aller plus loin ensemble.",
    "Ce n'est pas un match cette fois-ci.",
    "On a choisi un·e autre candidat·e dont le profil colle davantage au scope.",
    "Le poste vient d'être pourvu.",
    "On part sur un profil plus senior.",
    "On ne va pas te faire passer au step suivant.",
    "Pour être transparents, on ne retient pas ta candidature.",
    "Après réflexion, on ne poursuit pas le process avec toi.",
    "On a mis le recrutement en stand-by et on clôture ta candidature.",
    "Ton profil ne matche pas tout à fait avec ce qu'on cherche.",
    "On a closé le poste avec quelqu'un d'autre.",
    "La team a tranché et ce sera un non pour cette fois.",
    "On a préféré un profil avec plus d'expérience en B2B SaaS.",
    "Malheureusement tu n'es pas retenu·e pour la suite du process.",
    "On ne va pas donner suite, désolée.",
    "On a finalement recruté quelqu'un qui a déjà scalé un design system.",
    "Le fit n'était pas là pour nous.",
    "Tu n'as pas été sélectionné·e pour l'étape suivante.",
    "On a dû faire un choix et on ne t'a pas retenu.",
    "On ne peut pas te proposer le poste.",
    "On arrête le process ici de notre côté.",
]
B_LOOK_ALIKES = [
    "On avance avec toi ! Tu es dispo mardi pour rencontrer les founders ?",
    "Le poste est en stand-by jusqu'en janvier, on revient vers toi dès que ça bouge.",
    "On a besoin de décaler le call de jeudi à vendredi 14h, ça te va ?",
    "C'est un match ! On t'envoie la proposition d'embauche ce soir.",
    "On n'a pas encore tranché, on voit encore deux personnes cette semaine.",
    "Le lien Figma ne s'ouvre pas de notre côté, tu peux nous le renvoyer ?",
    "Dommage que tu te retires du process, on comprend ton choix.",
    "Tu passes au step suivant : un case study à rendre d'ici lundi.",
    "Le poste de Product Designer junior est pourvu, mais on aimerait te parler du poste senior.",
    "On ne va pas pouvoir faire le call en visio, on se voit au bureau ?",
    "Pas de stress pour le délai, prends le temps qu'il faut sur le case.",
    "On a choisi de te faire rencontrer aussi le CTO avant de décider.",
    "On ne retient pas de date pour l'instant, on t'en propose trois la semaine prochaine.",
    "Bienvenue dans la team ! On t'attend le 6 janvier.",
    "On arrête le process ici pour aujourd'hui, on reprend demain avec le CTO.",
    "Ce n'est pas un match, c'est une évidence : on te fait une offre !",
    "Le fit était clairement là, on veut avancer avec toi.",
    "Le poste est pourvu côté marketing, mais on aimerait te parler du poste design qui s'ouvre.",
]

# --- (c) a recruitment firm or temp agency about its client --------------------------------------------------------
C_SENDER = "Julien Marchal <j.marchal@talentis-conseil.example>"
C_SUBJECT = "Votre candidature - Responsable logistique (client industriel, Lyon)"
C_LETTER = ("Bonjour Monsieur Rivera,\n\nJe vous remercie pour notre échange de la semaine dernière concernant le "
            "poste de Responsable logistique chez notre client. {}\n\nJe garde votre profil en tête pour d'autres "
            "opportunités et n'hésiterai pas à vous recontacter.\n\nBien à vous,\nJulien Marchal\nConsultant "
            "Senior\nTalentis Conseil")
C_NO = [
    "Notre client a fait le choix d'un autre candidat.",
    "Notre client ne souhaite pas donner suite à votre candidature.",
    "Après présentation de votre dossier, le client n'a pas retenu votre profil.",
    "Mon client a finalement privilégié un candidat issu de son secteur.",
    "Le client a décidé de poursuivre avec un profil plus expérimenté en supply chain.",
    "Malheureusement, le client ne souhaite pas vous rencontrer.",
    "Le poste a été pourvu par un candidat présenté par un autre cabinet.",
    "Notre client a décidé de recruter en interne.",
    "Je suis au regret de vous annoncer que votre candidature n'a pas été retenue par notre client.",
    "Le client a choisi de ne pas aller plus loin avec vous.",
    "Votre profil n'a pas été retenu pour la short-list présentée au client.",
    "Le retour du client est négatif.",
    "Le client ne vous a pas retenu à l'issue de l'entretien.",
    "Malheureusement, l'entreprise a choisi un autre profil.",
    "Nous ne pourrons pas présenter votre candidature à notre client.",
    "Le client a mis fin au processus avec vous.",
    "Je n'ai malheureusement pas de bonne nouvelle : le client ne donne pas suite.",
    "L'entreprise utilisatrice n'a pas retenu votre candidature pour cette mission d'intérim.",
    "La mission a été attribuée à un autre intérimaire.",
    "Votre candidature ne sera pas transmise au client, votre expérience en management étant trop courte.",
]
C_LOOK_ALIKES = [
    "Notre client souhaite vous rencontrer le 5 décembre à 14h dans ses locaux.",
    "Le client a retenu votre candidature pour le second entretien.",
    "Le client n'a pas encore pris sa décision ; il rencontre deux autres candidats cette semaine.",
    "Le client a décalé l'entretien au lundi 8 décembre, êtes-vous disponible ?",
    "Bonne nouvelle : le client souhaite vous faire une proposition.",
    "Votre mission d'intérim est prolongée jusqu'au 31 mars.",
    "Le client a décidé de mettre le recrutement en pause jusqu'en janvier ; votre candidature reste en tête de "
    "liste.",
    "J'ai bien noté votre souhait de ne pas poursuivre le processus et je préviens le client.",
    "Le client a fait le choix d'un autre cabinet pour ses prochains recrutements, mais votre candidature reste "
    "chez lui.",
    "Votre dossier est complet et a été transmis au client ce matin.",
    "Je n'ai pas encore de retour du client, je vous tiens informé dès que possible.",
    "Le client a retenu deux candidats dont vous faites partie.",
    "Nous ne pourrons pas présenter votre candidature à notre client sans votre accord écrit.",
    "Mon client a finalement privilégié un candidat : vous ! Il vous appelle demain.",
    "Le retour du client est positif, il souhaite vous revoir jeudi.",
    "Votre candidature ne sera pas transmise au client avant votre confirmation.",
]
C_CLIENT_SIDE = [  # the agency writes to a hiring manager (the reader) about its own candidate
    ("Julien Marchal <j.marchal@talentis-conseil.example>", "Votre recrutement Responsable logistique",
     "Bonjour Sam,\n\nSuite à votre retour, j'ai informé Monsieur Durand que sa candidature n'était pas retenue. "
     "Je vous présente deux nouveaux profils demain.\n\nBien à vous,\nJulien Marchal"),
    ("Julien Marchal <j.marchal@talentis-conseil.example>", "Candidats présentés",
     "Bonjour Sam,\n\nMadame Leroy ne souhaite finalement pas poursuivre le processus : elle a accepté une autre "
     "offre. Je relance la recherche.\n\nJulien Marchal"),
]

# --- (d) a CHU and an EHPAD ----------------------------------------------------------------------------------------
D_SENDER = "Direction des Ressources Humaines <drh@chu-valbois.example>"
D_SUBJECT = "Candidature - Infirmier(e) diplômé(e) d'État - Pôle Urgences"
D_LETTER = ("Madame, Monsieur,\n\nNous avons bien reçu votre candidature pour un poste d'Infirmier(e) diplômé(e) "
            "d'État au sein du Pôle Urgences du CHU de Valbois, et nous vous en remercions. {}\n\nNous vous prions "
            "d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLa Directrice des "
            "Ressources Humaines\nCHU de Valbois")
D_NO = [
    "Nous sommes au regret de ne pouvoir donner une suite favorable à votre demande.",
    "Après avis du cadre de santé, votre candidature n'a pas été retenue.",
    "Il n'existe pas actuellement de poste vacant correspondant à votre profil.",
    "Nous ne sommes pas en mesure de vous proposer un poste dans ce service.",
    "Le poste a été pourvu par une mobilité interne.",
    "Votre candidature n'a pas pu être retenue, le poste requérant une expérience en réanimation.",
    "Nous ne pouvons pas donner suite à votre demande d'emploi.",
    "La commission de recrutement a émis un avis défavorable à votre candidature.",
    "Nous ne disposons d'aucun poste d'infirmier(e) à pourvoir en ce moment.",
    "À l'issue des entretiens, le choix de l'établissement s'est porté sur une autre candidate.",
    "Votre candidature n'a pas été retenue par la direction des soins.",
    "Nous regrettons de ne pouvoir vous proposer d'emploi au sein de notre établissement.",
    "Les effectifs du pôle étant complets, nous ne pouvons retenir votre candidature.",
    "Nous avons le regret de vous informer que le recrutement a été effectué.",
]
D_LOOK_ALIKES = [
    "Nous vous proposons un entretien avec la cadre de santé le mardi 9 décembre à 14h.",
    "Votre candidature a reçu un avis favorable de la direction des soins.",
    "Nous avons le plaisir de vous proposer un contrat à durée déterminée de six mois.",
    "Votre visite médicale d'embauche est reportée au 12 décembre.",
    "Il manque votre diplôme d'État à votre dossier ; sans ce document nous ne pourrons pas l'étudier.",
    "Nous regrettons que vous ayez renoncé au poste et vous souhaitons une bonne continuation.",
    "Le poste du Pôle Urgences est pourvu, mais un poste est vacant en cardiologie : êtes-vous intéressé(e) ?",
    "Votre demande de mutation vers le service de pédiatrie a reçu un avis défavorable de la commission.",
    "Votre demande de formation a malheureusement été refusée faute de budget.",
    "Nous avons le regret de vous informer que votre demande de place en crèche hospitalière n'a pu aboutir.",
]
D2_SENDER = "EHPAD Les Tilleuls <direction@ehpad-tilleuls.example>"
D2_SUBJECT = "Votre candidature aide-soignant(e)"
D2_LETTER = ("Bonjour,\n\nMerci pour votre candidature au poste d'aide-soignant(e) de nuit. {}\n\nBonne continuation "
             "dans vos recherches.\n\nMme Girard\nDirectrice, EHPAD Les Tilleuls")
D2_NO = [
    "Nous avons recruté une personne, le poste n'est donc plus disponible.",
    "Nous ne retenons pas votre candidature pour le moment.",
    "Nous avons choisi une candidate déjà diplômée.",
    "Nous ne pouvons malheureusement pas donner suite.",
    "Le poste est pourvu depuis la semaine dernière.",
    "Votre candidature ne correspond pas à nos besoins actuels.",
    "Nous n'avons pas de poste à vous proposer.",
]
D2_LOOK_ALIKES = [
    "Pouvez-vous venir jeudi pour une journée d'observation avec l'équipe de nuit ?",
    "Nous ne pouvons pas vous recevoir mardi ; pouvez-vous venir mercredi à 15h ?",
    "La chambre de votre mère n'est plus disponible ; nous vous proposons une autre chambre au premier étage.",
    "Le poste vous est proposé à partir du 1er janvier.",
    "L'équipe de nuit est au complet pour Noël, mais nous avons besoin de vous en journée.",
]

# --- (e) a restaurant owner or an artisan (tu) ---------------------------------------------------------------------
E_SENDER = "Marco <marco@trattoria-delponte.example>"
E_SUBJECT = "Re: serveur"
E_LETTER = "Salut Sam,\n\n{}\n\nMarco"
E_NO = [
    "Désolé, on a déjà trouvé quelqu'un pour le poste de serveur.",
    "Merci pour ton CV mais on n'embauche pas en ce moment.",
    "On a déjà pris quelqu'un, bonne chance pour ta recherche.",
    "Merci d'être passé mais on ne va pas te prendre.",
    "On a embauché un autre serveur la semaine dernière, désolé.",
    "Pas de place pour l'instant en salle, désolé.",
    "Le poste est déjà pris, merci quand même.",
    "Je ne vais pas te garder après l'essai, ça ne colle pas.",
    "On ne cherche plus personne, merci.",
    "Finalement on ne recrute plus, désolé pour le dérangement.",
    "On ne va pas pouvoir te prendre, on cherche quelqu'un avec de l'expérience.",
    "Désolé mais c'est non pour cette fois.",
]
E_LOOK_ALIKES = [
    "Tu peux passer demain à 15h pour un essai ?",
    "C'est bon pour moi, tu commences samedi !",
    "Désolé, je suis à Rome jusqu'à lundi, on se voit mardi.",
    "On a déjà trouvé quelqu'un pour le soir, mais il me faut quelqu'un le midi : ça t'intéresse ?",
    "C'est pris pour samedi, viens plutôt dimanche.",
    "La table de 20h est déjà prise, je te mets à 21h.",
    "Merci pour le coup de main hier, tu as assuré.",
    "Désolé pour le retard de ta paie, le virement part demain.",
    "On a déjà pris la commande de légumes chez l'autre fournisseur, désolé.",
    "Le devis de ton cousin n'est pas retenu, on part sur une autre entreprise pour la cuisine.",
    "On ne va pas te prendre en cuisine mais en salle, ça te va ?",
    "Je ne peux pas te prendre demain, viens mercredi pour l'essai.",
]
E2_SENDER = "Patrice Morel <contact@menuiserie-morel.example>"
E2_SUBJECT = "Re: apprenti menuisier"
E2_LETTER = "Bonjour Sam,\n\n{}\n\nPatrice\nMenuiserie Morel"
E2_NO = [
    "Je n'ai pas assez de travail pour embaucher en ce moment.",
    "J'ai trouvé mon compagnon, merci quand même.",
]
E2_LOOK_ALIKES = [
    "Passe à l'atelier lundi matin, on en discute.",
    "Je ne peux pas te prendre au téléphone cette semaine, écris-moi plutôt.",
    "Ton devis pour la porte est refusé par le client, il a trouvé moins cher.",
    "Pas possible pour moi de livrer avant Noël, le bois n'est pas arrivé.",
    "Je n'ai pas assez de travail pour embaucher un deuxième apprenti, alors je te garde à plein temps.",
]

# --- (f) after an entretien, a mise en situation or a journee d'immersion ------------------------------------------
F_SENDER = "Claire Bénard <c.benard@atelier-lumen.example>"
F_SUBJECT = "Suite à notre entretien - Chargé(e) de communication"
F_LETTER = ("Bonjour Sam,\n\nMerci encore pour notre entretien de jeudi et pour la mise en situation que vous avez "
            "réalisée. {}\n\nJe vous souhaite beaucoup de réussite dans la suite de votre parcours.\n\nBien "
            "cordialement,\nClaire Bénard\nResponsable communication, Atelier Lumen")
F_NO = [
    "Après réflexion, nous avons décidé de ne pas poursuivre avec vous.",
    "Nous avons finalement retenu une autre personne pour ce poste.",
    "Malgré vos qualités, nous n'avons pas été convaincus par la mise en situation.",
    "À l'issue de la journée d'immersion, l'équipe a choisi un autre candidat.",
    "Nous avons fait le choix d'une candidate dont l'expérience en relations presse est plus solide.",
    "Votre candidature ne sera pas retenue à l'issue de ce second entretien.",
    "Le choix a été difficile, mais il ne s'est pas porté sur vous.",
    "Nous ne vous proposerons pas ce poste.",
    "Nous avons choisi de continuer avec un autre finaliste.",
    "Je suis désolée de vous annoncer que vous n'avez pas été retenu.",
    "Nous ne donnerons pas suite à l'issue de cet entretien.",
    "Votre mise en situation n'a pas été concluante, nous ne pourrons donc pas aller plus loin.",
    "Le comité a préféré un profil plus orienté digital.",
    "La décision finale ne vous est pas favorable.",
    "Nous avons proposé le poste à une autre candidate, qui l'a accepté.",
    "Il a été décidé de ne pas retenir votre candidature à l'issue du processus.",
    "Nous n'irons pas plus loin ensemble sur ce recrutement.",
    "Votre profil n'a pas été retenu par le jury d'entretien.",
]
F_LOOK_ALIKES = [
    "Nous serions ravis de vous retrouver pour un second entretien avec notre directrice.",
    "La mise en situation est reportée au lundi 15 décembre.",
    "Nous avons le plaisir de vous proposer le poste.",
    "Nous n'avons pas encore pris notre décision et reviendrons vers vous lundi.",
    "Vous êtes toujours en lice, avec un autre candidat.",
    "Nous aimerions vous proposer une journée d'immersion avant de prendre notre décision.",
    "Le choix a été difficile, mais il s'est porté sur vous !",
    "Nous avons bien noté que vous retiriez votre candidature et vous remercions de nous avoir prévenus.",
    "Nous ne pouvons pas vous recevoir jeudi, pourriez-vous venir vendredi ?",
    "La journée d'immersion n'aura pas lieu dans nos locaux mais sur le salon à Lyon.",
    "Nous avons retenu votre candidature pour la dernière étape.",
    "Votre mise en situation a convaincu le jury ; nous vous attendons pour l'entretien final.",
]

# --- (g) a Belgian employer ----------------------------------------------------------------------------------------
G_SENDER = "Service du Personnel <jobs@brasserie-hainaut.example>"
G_SUBJECT = "Votre candidature spontanée"
G_LETTER = ("Cher Monsieur Rivera,\n\nNous avons bien reçu votre candidature spontanée et vous remercions de "
            "l'intérêt porté à notre brasserie, active depuis septante ans. {}\n\nNous vous prions d'agréer, Cher "
            "Monsieur, l'expression de nos sentiments les meilleurs.\n\nService du Personnel\nBrasserie du Hainaut")
G_NO = [
    "Nous ne pouvons malheureusement pas réserver une suite favorable à votre candidature.",
    "Nous ne disposons actuellement d'aucune fonction vacante correspondant à votre profil.",
    "Votre candidature n'a pas été retenue.",
    "Nous n'avons pas de place à vous offrir pour le moment.",
    "Nous regrettons de devoir vous informer que votre profil ne correspond pas à nos besoins.",
    "Après analyse, nous ne pouvons pas retenir votre candidature.",
    "Nous ne sommes pas en mesure de vous engager.",
    "Votre candidature n'a pas été retenue en vue d'un entretien.",
    "Nous avons décidé de ne pas donner suite à votre candidature spontanée.",
]
G_LOOK_ALIKES = [
    "Nous vous invitons à un entretien le mardi 9 décembre à 14 heures.",
    "Nous conservons votre candidature spontanée et vous recontacterons pour un entretien dès le mois de janvier.",
    "Votre candidature a été retenue pour un entretien.",
    "Nous avons le plaisir de vous engager à partir du 1er février.",
    "Nous avons bien reçu votre dossier et l'examinerons dans les prochains jours.",
]

# --- (h) a Swiss employer in Romandie ------------------------------------------------------------------------------
H_SENDER = "Ressources humaines <rh@horlogerie-joux.example>"
H_SUBJECT = "Votre dossier de candidature - Polisseur/Polisseuse"
H_LETTER = ("Monsieur,\n\nNous accusons bonne réception de votre dossier de candidature pour le poste de "
            "polisseur/polisseuse et vous remercions de votre intérêt pour notre manufacture. {}\n\nNous vous "
            "adressons, Monsieur, nos meilleures salutations.\n\nService des ressources humaines\nManufacture "
            "de la Joux SA")
H_NO = [
    "Après examen attentif, nous sommes au regret de vous informer que nous ne pouvons pas retenir votre offre "
    "de service.",
    "Nous vous retournons votre dossier de candidature, notre choix s'étant porté sur une autre personne.",
    "Votre dossier ne correspond malheureusement pas au profil recherché ; nous vous le retournons en annexe.",
    "Nous avons le regret de ne pas pouvoir donner une suite favorable à votre offre de service.",
    "Nous avons arrêté notre choix sur un autre candidat.",
    "Nous ne pouvons malheureusement pas prendre votre candidature en considération.",
    "Votre candidature n'a pas été retenue dans le cadre de ce recrutement.",
    "Le poste a été repourvu.",
    "Nous avons opté pour une candidature correspondant davantage à nos exigences.",
    "Nous avons le regret de vous annoncer que votre postulation n'a pas été retenue.",
]
H_LOOK_ALIKES = [
    "Nous avons le plaisir de vous convier à un entretien le jeudi 11 décembre à 9h.",
    "Merci de nous transmettre vos certificats de travail afin de compléter votre dossier.",
    "Votre dossier est complet et sera examiné par le responsable d'atelier.",
    "Nous vous retournons votre contrat signé par la direction ; bienvenue parmi nous.",
    "Votre permis de travail sera demandé par nos soins dès la signature du contrat.",
]

# --- (i) an alternance, stage or apprentissage ---------------------------------------------------------------------
I_SENDER = "Recrutement Alternance <alternance@banque-orvea.example>"
I_SUBJECT = "Votre candidature en alternance - Chargé(e) de clientèle"
I_LETTER = ("Bonjour Sam,\n\nNous vous remercions pour votre candidature à notre offre d'alternance de Chargé(e) de "
            "clientèle pour la rentrée de septembre. {}\n\nNous vous souhaitons bonne chance dans votre recherche "
            "d'entreprise d'accueil.\n\nL'équipe Recrutement Alternance\nBanque Orvea")
I_NO = [
    "Nous ne sommes malheureusement pas en mesure de retenir votre candidature.",
    "Toutes nos places en alternance sont désormais pourvues.",
    "Nous avons sélectionné d'autres alternants pour cette rentrée.",
    "Votre candidature n'a pas été retenue à l'issue des tests en ligne.",
    "Le rythme de votre école ne correspond pas à celui attendu par nos agences ; nous ne pouvons donc pas donner "
    "suite.",
    "Nous ne recrutons plus d'alternants pour cette rentrée.",
    "Nous ne pourrons pas vous accueillir en alternance cette année.",
    "Votre profil n'a pas été retenu pour cette offre d'alternance.",
    "Nous avons le regret de ne pas pouvoir vous proposer de contrat d'apprentissage.",
    "Votre candidature n'a pas été retenue pour le job dating du 12 mars.",
    "Le contrat de professionnalisation a été proposé à un autre candidat.",
    "Nous n'avons pas pu retenir votre candidature pour un stage dans nos agences.",
]
I_LOOK_ALIKES = [
    "Vous êtes invité(e) au job dating alternance du 12 mars dans nos locaux.",
    "Merci de nous transmettre votre calendrier d'alternance pour finaliser votre dossier.",
    "Nous avons le plaisir de vous accueillir en alternance à partir du 2 septembre.",
    "Votre convention de stage doit être signée par votre école avant le 15 janvier.",
    "Le test en ligne est reporté au 20 février suite à un incident technique.",
    "Votre admission en master a été refusée par l'école, mais votre contrat chez nous reste valable jusqu'au "
    "15 septembre.",
    "Nous avons bien reçu votre désistement et vous souhaitons une belle réussite dans l'entreprise que vous avez "
    "choisie.",
]

# --- (j) the fonction publique and a university --------------------------------------------------------------------
J_SENDER = "Bureau des concours <concours@cdg-valmer.example>"
J_SUBJECT = "Résultats - Concours de rédacteur territorial"
J_LETTER = ("Madame, Monsieur,\n\nVous vous êtes présenté(e) aux épreuves du concours de rédacteur territorial, "
            "session 2026. {}\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
            "distinguées.\n\nLe Président du Centre de Gestion")
J_NO = [
    "J'ai le regret de vous informer que vous n'avez pas été déclaré(e) admissible par le jury.",
    "Le jury ne vous a pas déclaré(e) admis(e).",
    "Vous n'êtes pas inscrit(e) sur la liste d'aptitude.",
    "Votre note aux épreuves écrites ne vous permet pas d'être admissible.",
    "Au vu de vos résultats, vous n'êtes pas admis(e) à l'épreuve orale.",
    "Vous n'avez pas été retenu(e) par le jury à l'issue de l'épreuve d'entretien.",
]
J_LOOK_ALIKES = [
    "Vous avez été déclaré(e) admissible et êtes convoqué(e) à l'épreuve orale le 12 février.",
    "J'ai le plaisir de vous informer que vous êtes inscrit(e) sur la liste d'aptitude.",
    "Les résultats d'admissibilité seront publiés le 20 janvier sur notre site.",
    "L'épreuve orale est reportée au 3 mars en raison d'un mouvement de grève.",
    "Votre dossier d'inscription est incomplet ; il manque la copie de votre diplôme.",
    "Si vous n'êtes pas admis(e) à l'épreuve orale, vos notes restent consultables sur votre espace candidat.",
    "Si vous ne figurez pas sur la liste d'aptitude à la fin du mois, contactez le bureau des concours.",
]
J2_SENDER = "Service du personnel enseignant <recrutement-ec@univ-valmer.example>"
J2_SUBJECT = "Campagne ATER 2026 - Section 05 - Votre candidature"
J2_LETTER = ("Madame, Monsieur,\n\nVous avez déposé votre candidature sur le poste d'ATER en sciences économiques "
             "(section 05) ouvert au titre de la campagne 2026. {}\n\nVeuillez agréer, Madame, Monsieur, "
             "l'expression de mes salutations distinguées.\n\nLe Vice-Président Ressources Humaines")
J2_NO = [
    "J'ai le regret de vous informer que le comité de sélection n'a pas retenu votre candidature.",
    "Vous n'avez pas été auditionné(e) par le comité de sélection.",
    "Le comité de sélection ne vous a pas classé(e).",
    "À l'issue des auditions, vous ne figurez pas parmi les candidats classés.",
    "Votre candidature a été jugée irrecevable, le dossier étant arrivé hors délai.",
    "Le poste a été attribué au candidat classé en première position.",
    "Le conseil d'administration n'a pas retenu votre candidature.",
    "Votre dossier n'a pas été retenu pour l'audition.",
]
J2_LOOK_ALIKES = [
    "Le comité de sélection vous a classé(e) en première position ; le poste vous est proposé.",
    "Vous êtes convoqué(e) à une audition le 14 mai à 10h.",
    "Vous êtes classé(e) en deuxième position ; en cas de désistement du premier, le poste vous sera proposé.",
    "Le comité de sélection vous a auditionné(e) et vous a classé(e) premier.",
    "Le comité de sélection se réunira le 2 mai ; les résultats vous seront communiqués ensuite.",
    "Votre demande de qualification a été refusée par le CNU, ce qui n'affecte pas votre candidature ATER.",
]

# --- (k) the verdict in the subject --------------------------------------------------------------------------------
K_SENDER = "Recrutement <recrutement@maison-orsay-conseil.example>"
K_NO = [
    ("Suite à votre candidature", "Bonjour,\n\nNous ne donnerons pas suite à votre candidature. Bonne "
     "continuation.\n\nLe service recrutement"),
    ("Réponse à votre candidature", "Bonjour Sam,\n\nVotre candidature n'a pas été retenue. Nous vous souhaitons "
     "bonne chance.\n\nLe service recrutement"),
    ("Candidature non retenue - Assistant juridique", "Bonjour,\n\nMerci pour l'intérêt porté à notre cabinet."
     "\n\nLe service recrutement"),
    ("Votre candidature - réponse négative", "Bonjour,\n\nNous vous remercions pour votre candidature et vous "
     "souhaitons une bonne continuation.\n\nLe service recrutement"),
    ("Candidature non retenue", "Bonjour Sam,\n\nMerci pour votre intérêt.\n\nLe service recrutement"),
    ("Votre candidature n'a pas été retenue", "Bonjour,\n\nNous vous remercions pour votre intérêt et vous "
     "souhaitons pleine réussite.\n\nLe service recrutement"),
    ("Suite donnée à votre candidature", "Bonjour,\n\nNous sommes au regret de ne pas pouvoir retenir votre "
     "candidature.\n\nLe service recrutement"),
]
K_LOOK_ALIKES = [
    ("Suite à votre candidature", "Bonjour,\n\nNous souhaiterions vous rencontrer mardi à 10h. Merci de confirmer "
     "votre présence.\n\nLe service recrutement"),
    ("Réponse à votre candidature", "Bonjour Sam,\n\nVotre candidature a retenu notre attention : pouvez-vous nous "
     "indiquer vos disponibilités pour un entretien ?\n\nLe service recrutement"),
    ("Suite à votre candidature", "Bonjour,\n\nNous avons bien reçu votre candidature et l'étudions ; réponse "
     "sous quinze jours.\n\nLe service recrutement"),
    ("Réponse à votre candidature", "Bonjour,\n\nBonne nouvelle : votre candidature est retenue pour un entretien "
     "téléphonique.\n\nLe service recrutement"),
]

# --- (l) a chat reply above the reader's quoted question -----------------------------------------------------------
L_SENDER = "Sophie Laval <sophie@boulangerie-laval.example>"
L_SUBJECT = "Re: Vendeuse en boulangerie"
L_LETTER = ("{}\n\nSophie\n\nLe mer. 26 nov. 2026 à 18:12, Sam Rivera <sam@example.net> a écrit :\n> Bonjour, le "
            "poste de vendeuse est-il toujours disponible ? Je peux commencer dès lundi.\n> Sam")
L_NO = [
    "Bonsoir, le poste a été pourvu hier, désolée !",
    "Désolée, on a trouvé quelqu'un ce matin.",
    "Malheureusement non, nous avons déjà embauché une vendeuse.",
    "Bonjour, non, l'annonce n'est plus d'actualité.",
    "Désolée, le poste n'est plus à pourvoir.",
    "Bonjour, le poste n'est plus libre, désolée.",
    "Non désolée, on a recruté.",
]
L_LOOK_ALIKES = [
    "Oui il est toujours disponible ! Passez demain matin avec votre CV.",
    "Bonjour, oui, pouvez-vous venir jeudi pour un essai ?",
    "Bonjour, le poste est toujours à pourvoir, appelez-moi au 06 12 34 56 78.",
    "Je ne suis pas disponible demain, mais passez vendredi.",
    "Le poste du matin est pris, mais celui de l'après-midi est libre : ça vous intéresse ?",
    "Désolée pour le délai de réponse ! Oui, il est toujours disponible.",
    "Non, il n'est plus disponible ce samedi, mais passez lundi avec votre CV.",
    "Non, on a trouvé quelqu'un pour le samedi, mais le poste de la semaine est libre.",
]

# --- look-alikes from outside the job search and about someone else ------------------------------------------------
LOOK_MORE = [  # (sender, subject, body)
    ("Agence Foncia Lumière <location@foncia-lumiere.example>", "Votre dossier de location - 12 rue des Lilas",
     "Bonjour,\n\nNous avons le regret de vous informer que votre dossier de location n'a pas été retenu par le "
     "propriétaire, qui a choisi un autre locataire.\n\nCordialement,\nL'agence"),
    ("Mairie de Valmer - Petite enfance <creches@valmer.example>", "Votre demande de place en crèche",
     "Madame, Monsieur,\n\nLa commission d'attribution n'a pas retenu votre demande de place en crèche pour la "
     "rentrée. Votre dossier reste sur liste d'attente.\n\nLe service Petite enfance"),
    ("Parcoursup <noreply@parcoursup.example>", "Réponse d'une formation",
     "Bonjour,\n\nLa formation BUT Informatique n'a pas retenu votre candidature. Vos autres voeux restent "
     "en attente.\n\nParcoursup"),
    ("Scolarité Master <master@univ-valmer.example>", "Candidature Master 1 Économie",
     "Madame, Monsieur,\n\nLa commission pédagogique n'a pas retenu votre candidature à l'admission en Master 1 "
     "Économie.\n\nLe service scolarité"),
    ("Banque Orvea <credit@banque-orvea.example>", "Votre demande de prêt immobilier",
     "Bonjour,\n\nNous sommes au regret de ne pas pouvoir donner une suite favorable à votre demande de prêt."
     "\n\nVotre conseiller"),
    ("Commande publique <marches@valmer.example>", "Appel d'offres 2026-14 - Lot 2",
     "Madame, Monsieur,\n\nNous vous informons que votre offre pour le lot 2 n'a pas été retenue. Le marché a "
     "été attribué à la société Bati-Ouest.\n\nLe service de la commande publique"),
    ("Achats Valmonde <achats@valmonde.example>", "Votre devis n° 4512",
     "Bonjour,\n\nAprès comparaison, nous ne retenons pas votre devis et avons choisi un autre prestataire."
     "\n\nLe service achats"),
    ("Claire Bénard <c.benard@atelier-lumen.example>", "Votre désistement",
     "Bonjour Sam,\n\nNous prenons acte de votre décision de ne pas poursuivre le processus de recrutement. Nous "
     "vous souhaitons bonne continuation.\n\nClaire"),
    ("Julien Marchal <j.marchal@talentis-conseil.example>", "Point sur le recrutement",
     "Bonjour Sam,\n\nPour information, le candidat que je vous avais présenté, M. Leroy, n'a pas été retenu par "
     "le client. Je vous propose d'autres profils dès demain.\n\nJulien"),
    ("Cadremploi Newsletter <newsletter@cadremploi.example>", "Comment rebondir après un refus ?",
     "Bonjour,\n\nVotre candidature n'a pas été retenue ? Pas de panique : voici cinq conseils pour rebondir "
     "après un refus et décrocher votre prochain entretien.\n\nL'équipe éditoriale"),
    ("Inès <ines@pulsio.example>", "Pot de départ de Léa",
     "Hello la team,\n\nAprès trois belles années, Léa nous quitte pour de nouvelles aventures ! Pot de départ "
     "vendredi à 18h.\n\nInès"),
    ("Service Logement <logement@crous-valmer.example>", "Votre demande de logement",
     "Bonjour,\n\nVotre demande de logement en résidence universitaire n'a pas pu être satisfaite. Vous êtes sur "
     "liste d'attente.\n\nLe CROUS"),
    ("Club de football <contact@asvalmer.example>", "Sélection U17",
     "Bonjour,\n\nTon fils n'a pas été retenu pour l'équipe U17 cette saison. Il reste le bienvenu en "
     "U17 B.\n\nL'entraîneur"),
    ("Rédaction <redaction@revue-valmer.example>", "Votre proposition d'article",
     "Bonjour,\n\nVotre proposition d'article n'a pas été retenue pour le prochain numéro.\n\nLa rédaction"),
]


test_a_group_ats_no = letters_test(slotted(A_SUBJECT, A_LETTER, A_NO), A_SENDER, rejection=True)
test_a_group_ats_look_alikes = letters_test(slotted(A_SUBJECT, A_LETTER, A_LOOK_ALIKES), A_SENDER, rejection=False)
test_b_start_up_no = letters_test(slotted(B_SUBJECT, B_LETTER, B_NO), B_SENDER, rejection=True)
test_b_start_up_look_alikes = letters_test(slotted(B_SUBJECT, B_LETTER, B_LOOK_ALIKES), B_SENDER, rejection=False)
test_c_agency_no = letters_test(slotted(C_SUBJECT, C_LETTER, C_NO), C_SENDER, rejection=True)
test_c_agency_look_alikes = letters_test(slotted(C_SUBJECT, C_LETTER, C_LOOK_ALIKES), C_SENDER, rejection=False)
test_c_agency_about_its_own_candidate = mails_test(C_CLIENT_SIDE, rejection=False)
test_d_hospital_no = letters_test(slotted(D_SUBJECT, D_LETTER, D_NO), D_SENDER, rejection=True)
test_d_hospital_look_alikes = letters_test(slotted(D_SUBJECT, D_LETTER, D_LOOK_ALIKES), D_SENDER, rejection=False)
test_d_care_home_no = letters_test(slotted(D2_SUBJECT, D2_LETTER, D2_NO), D2_SENDER, rejection=True)
test_d_care_home_look_alikes = letters_test(slotted(D2_SUBJECT, D2_LETTER, D2_LOOK_ALIKES), D2_SENDER,
                                            rejection=False)
test_e_restaurant_no = letters_test(slotted(E_SUBJECT, E_LETTER, E_NO), E_SENDER, rejection=True)
test_e_restaurant_look_alikes = letters_test(slotted(E_SUBJECT, E_LETTER, E_LOOK_ALIKES), E_SENDER, rejection=False)
test_e_artisan_no = letters_test(slotted(E2_SUBJECT, E2_LETTER, E2_NO), E2_SENDER, rejection=True)
test_e_artisan_look_alikes = letters_test(slotted(E2_SUBJECT, E2_LETTER, E2_LOOK_ALIKES), E2_SENDER,
                                          rejection=False)
test_f_after_interview_no = letters_test(slotted(F_SUBJECT, F_LETTER, F_NO), F_SENDER, rejection=True)
test_f_after_interview_look_alikes = letters_test(slotted(F_SUBJECT, F_LETTER, F_LOOK_ALIKES), F_SENDER,
                                                  rejection=False)
test_g_belgian_no = letters_test(slotted(G_SUBJECT, G_LETTER, G_NO), G_SENDER, rejection=True)
test_g_belgian_look_alikes = letters_test(slotted(G_SUBJECT, G_LETTER, G_LOOK_ALIKES), G_SENDER, rejection=False)
test_h_swiss_no = letters_test(slotted(H_SUBJECT, H_LETTER, H_NO), H_SENDER, rejection=True)
test_h_swiss_look_alikes = letters_test(slotted(H_SUBJECT, H_LETTER, H_LOOK_ALIKES), H_SENDER, rejection=False)
test_i_work_study_no = letters_test(slotted(I_SUBJECT, I_LETTER, I_NO), I_SENDER, rejection=True)
test_i_work_study_look_alikes = letters_test(slotted(I_SUBJECT, I_LETTER, I_LOOK_ALIKES), I_SENDER, rejection=False)
test_j_exam_no = letters_test(slotted(J_SUBJECT, J_LETTER, J_NO), J_SENDER, rejection=True)
test_j_exam_look_alikes = letters_test(slotted(J_SUBJECT, J_LETTER, J_LOOK_ALIKES), J_SENDER, rejection=False)
test_j_university_no = letters_test(slotted(J2_SUBJECT, J2_LETTER, J2_NO), J2_SENDER, rejection=True)
test_j_university_look_alikes = letters_test(slotted(J2_SUBJECT, J2_LETTER, J2_LOOK_ALIKES), J2_SENDER,
                                             rejection=False)
test_k_subject_verdict_no = letters_test(K_NO, K_SENDER, rejection=True)
test_k_subject_verdict_look_alikes = letters_test(K_LOOK_ALIKES, K_SENDER, rejection=False)
test_l_chat_reply_no = letters_test(slotted(L_SUBJECT, L_LETTER, L_NO), L_SENDER, rejection=True)
test_l_chat_reply_look_alikes = letters_test(slotted(L_SUBJECT, L_LETTER, L_LOOK_ALIKES), L_SENDER, rejection=False)
test_more_look_alikes = mails_test(LOOK_MORE, rejection=False)

# Misses left open on purpose (strict xfails): each would need a rule that also reads other mail as a no.
KNOWN_GAPS = [  # (letter, subject, sender, sentence, why)
    (D2_LETTER, D2_SUBJECT, D2_SENDER, "L'équipe de nuit est au complet, nous ne pouvons pas vous embaucher.",
     "'complet' is the shared not-a-job word of a sold-out show (phrases.NOT_A_JOB), not this file's"),
    (G_LETTER, G_SUBJECT, G_SENDER, "Notre cadre est complet et nous n'engageons pas pour l'instant.",
     "'complet' is the shared not-a-job word of a sold-out show (phrases.NOT_A_JOB), not this file's"),
    (J_LETTER, J_SUBJECT, J_SENDER, "Vous ne figurez pas sur la liste d'admission arrêtée par le jury.",
     "'admission' makes the shared not-a-job rule (phrases.NOT_A_JOB) read a school's admission"),
    (E_LETTER, E_SUBJECT, E_SENDER, "C'est pris, désolé !",
     "a bare 'c'est pris' answers for a table, a date, a flat or a second-hand sale as often"),
    (E_LETTER, E_SUBJECT, E_SENDER, "L'équipe est complète pour la saison, désolé.",
     "a one-liner with only 'serveur' in 'Re:' gets no job context; 'complet' is also NOT_A_JOB's"),
    (E2_LETTER, E2_SUBJECT, E2_SENDER, "J'ai déjà mon apprenti cette année, je ne peux pas en prendre un deuxième.",
     "'en prendre un deuxième' names no worker; 'j'ai déjà mon apprenti' is also a master's news"),
    (E2_LETTER, E2_SUBJECT, E2_SENDER, "J'ai pris un jeune du coin, désolé.",
     "'un jeune' is no worker's name (a dog, a tree, a wine)"),
    (E2_LETTER, E2_SUBJECT, E2_SENDER, "Pas possible pour moi cette année, l'atelier est trop petit.",
     "'pas possible pour moi' turns down any request (a quote, a delivery date)"),
    (L_LETTER, L_SUBJECT, L_SENDER, "Bonjour, non désolée, il n'est plus disponible.",
     "read as a decision, but the reply names no job and the classifier's re-read of a quoted question (classifier.py) "
     "only runs below its score gate"),
    (L_LETTER, L_SUBJECT, L_SENDER, "Non, c'est déjà pris. Bonne continuation !",
     "read as a decision when French, but this short reply is ranked English (lang.py)"),
    (L_LETTER, L_SUBJECT, L_SENDER, "Bonjour, nous avons trouvé notre vendeuse, merci pour votre message.",
     "two decisions and no job word in the reply: as above, the quoted question is not re-read (classifier.py)"),
    ("{}", "Refus de candidature", K_SENDER, "Bonjour,\n\nMerci pour votre envoi. Bonne continuation.\n\nLe service "
     "recrutement", "'refus de candidature' alone is also a guide's or a newsletter's topic; the body says nothing"),
]


@pytest.mark.parametrize(("letter", "subject", "sender", "sentence"), [
    pytest.param(*case[:4], marks=pytest.mark.xfail(strict=True, reason=case[4]), id=f"{i}:{case[3][:30]}")
    for i, case in enumerate(KNOWN_GAPS)])
def test_known_gaps(letter: str, subject: str, sender: str, sentence: str) -> None:
    assert found(mail(letter.format(sentence), subject, sender))
