"""Sweep 2, French: rejections by writers the development sets and the first sweep did not have, and look-alikes
next to them that must stay non-rejections.

Written before the French rules were read (then a second and a third batch after the first fixes, to check that they
transfer): decisions after an interview or a test, short person-written replies ("on a trouvé quelqu'un pour la
saison", "ça ne va pas le faire pour ce poste", "désolé mais c'est non", "c'est déjà pourvu", "nous avons déjà
quelqu'un", "pas de stage chez nous cette année", "on n'embauche plus", "on ne cherche personne en ce moment"), no more
room for one of the reader's kind ("plus de place pour un stagiaire", "toutes nos places d'apprentis sont prises", "les
postes saisonniers sont tous pourvus"), the post given inside ("a finalement été attribué en interne"), preferred
candidacies in the plural ("avons privilégié des candidatures présentant..."), Québec ("merci d'avoir appliqué",
"l'affichage 2026-044"), Belgian and Swiss letters, agencies, job boards, public bodies, hospitals, universities. The
look-alikes sit next to them: acknowledgements, invitations, offers, the reader's own withdrawal or refusal, a freeze
that only pauses, a person the reader recommended ("merci de nous avoir recommandé Julien"), a slot already taken for
an interview, an errand nobody is sought for, tenders, quotes, courses, flats, loans, grants, clubs, job alerts.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

# The sender shells the mails come in: a person, an agency's consultant, a job board's no-reply notifications, an ATS's
# no-reply address with a reply-to at the employer, and a public body's personnel office.
SENDERS = {
    "p": ("Katrin Vogel <k.vogel@firma-beispiel.example>", None),
    "ag": ("Markus Feld <m.feld@personalwerk.example>", None),
    "plat": ("Team Jobportal <noreply@jobportal.example>", None),
    "ats": ("Recruiting <no-reply@ats.hireflow.example>", "bewerbung@firma-beispiel.example"),
    "pub": ("Personalamt <personal@stadt-beispiel.example>", None),
}


def letter(subject: str, body: str, kind: str) -> bytes:
    sender, reply_to = SENDERS[kind]
    return mail(body, subject, sender, reply_to)


REJECTIONS = [
    # after interview
    ('Suite à notre entretien',
     "Bonjour Sam,\n\nMerci encore pour l'échange de mardi dernier. Après réflexion avec l'équipe, nous "
     'avons décidé de ne pas donner suite à ta candidature.\n\nBelle continuation,\nLéa', 'p'),
    ('Votre entretien du 14 mars',
     'Monsieur,\n\nNous vous remercions pour le temps consacré à notre entretien. Nous sommes au regret '
     "de vous informer que votre profil n'a pas été retenu pour la suite du "
     'processus.\n\nCordialement,\nService RH', 'p'),
    ('Retour sur votre entretien',
     'Bonjour Monsieur Rivera,\n\nSuite à votre entretien avec notre directeur technique, nous ne '
     'pourrons malheureusement pas poursuivre avec vous.\n\nBien à vous,\nLéa Martin', 'p'),
    ('Entretien final',
     "Bonjour Sam,\n\nLe comité s'est réuni après les entretiens finaux. La décision ne vous est "
     'malheureusement pas favorable.\n\nCordialement', 'p'),
    ('Résultat du test technique',
     'Bonjour Sam,\n\nNous avons corrigé votre test technique. Malheureusement, les résultats ne nous '
     "permettent pas de poursuivre le processus avec vous.\n\nL'équipe recrutement", 'p'),
    ('Mise en situation',
     "Bonjour,\n\nMerci d'avoir participé à la mise en situation. Nous avons finalement choisi un autre "
     'profil pour ce poste.\n\nBonne journée', 'p'),
    ('Suite entretien',
     "Bonjour Sam, on a eu beaucoup de bons candidats et on a choisi quelqu'un d'autre. Désolé et merci "
     'pour ton temps ! Léa', 'p'),
    # short person-written
    ('Re: candidature',
     'Bonjour, le poste est déjà pourvu, désolé. Bonne continuation.', 'p'),
    ('Re: Serveur',
     "Salut Sam, on a trouvé quelqu'un pour la saison, désolé ! Bonne recherche", 'p'),
    ('Re: CV',
     'Bonjour Sam,\n\nMerci pour ton CV mais ça ne va pas le faire pour ce poste.\n\nLéa', 'p'),
    ('Re: Stage',
     "Bonjour,\n\nMalheureusement nous n'avons plus de place pour un stagiaire cette "
     'année.\n\nCordialement', 'p'),
    ('Re: candidature spontanée',
     "Bonjour Monsieur,\n\nJe n'ai pas de poste à vous proposer pour le moment. Je vous souhaite bonne "
     'chance.\n\nJ. Morel, gérant', 'p'),
    ('Réponse',
     'Bonjour Sam, désolée mais on ne va pas retenir ta candidature. Bonne chance pour la suite !', 'p'),
    # nominal / formal
    ('Réponse à votre candidature',
     'Madame, Monsieur,\n\nNous sommes au regret de vous adresser une réponse défavorable à votre '
     "candidature au poste d'assistant de direction.\n\nVeuillez agréer nos salutations distinguées.", 'p'),
    ('Votre candidature',
     "Monsieur,\n\nVotre candidature n'a pu recevoir de suite favorable.\n\nNous vous prions d'agréer "
     'nos salutations distinguées.\nLa Direction', 'p'),
    ('Concours externe - résultats',
     "Monsieur,\n\nJ'ai le regret de vous informer que vous n'avez pas été déclaré admissible à l'issue "
     'des épreuves écrites.\n\nLe président du jury', 'pub'),
    ('Recrutement contractuel',
     'Monsieur,\n\nAprès examen de votre dossier par la commission de recrutement, je suis au regret de '
     "vous faire savoir que votre candidature n'a pas été retenue.\n\nLe Directeur des ressources "
     'humaines', 'pub'),
    ("Poste d'aide-soignant",
     'Monsieur,\n\nLe centre hospitalier a bien étudié votre candidature. Nous ne sommes '
     "malheureusement pas en mesure d'y répondre favorablement.\n\nDirection des soins", 'pub'),
    ('Poste de maître de conférences',
     "Cher collègue,\n\nLe comité de sélection s'est réuni. Votre candidature n'a pas été "
     'classée.\n\nBien cordialement,\nLe président du comité', 'pub'),
    ('Avis défavorable',
     "Monsieur,\n\nVotre candidature a fait l'objet d'un avis défavorable de la "
     'commission.\n\nCordialement', 'pub'),
    # hiring freeze / budget
    ('Poste de chef de projet',
     "Bonjour Monsieur Rivera,\n\nEn raison d'un gel des recrutements décidé par la direction, le poste "
     'ne sera finalement pas ouvert. Nous clôturons donc le processus et ne pourrons donner suite à '
     'votre candidature.\n\nCordialement', 'p'),
    ('Annulation du recrutement',
     'Bonjour Sam,\n\nPour des raisons budgétaires, le recrutement pour ce poste est annulé. Nous '
     'sommes désolés de ne pas pouvoir poursuivre avec toi.\n\nLéa', 'p'),
    ('Votre candidature',
     'Monsieur,\n\nSuite à une réorganisation interne, le poste auquel vous avez postulé a été '
     'supprimé. Votre candidature ne peut donc pas aboutir.\n\nCordialement', 'p'),
    # agency
    ('Retour client',
     "Bonjour Sam,\n\nJ'ai eu le retour de mon client : il a retenu un autre candidat pour le poste de "
     "comptable. Je reste à l'affût pour toi.\n\nMarc, cabinet Talents+", 'ag'),
    ('Votre candidature via notre cabinet',
     'Bonjour Monsieur Rivera,\n\nNotre client a retenu une candidature plus en adéquation avec ses '
     'besoins. Je vous remercie pour votre confiance.\n\nBien cordialement,\nMarc Feld', 'ag'),
    ('Mission intérim',
     "Bonjour,\n\nL'entreprise utilisatrice n'a pas souhaité donner suite à votre profil pour la "
     'mission de cariste.\n\nVotre agence', 'ag'),
    ('Poste de directeur commercial',
     "Cher Monsieur,\n\nMalgré l'intérêt de votre parcours, notre mandant a préféré s'orienter vers un "
     'autre profil.\n\nBien à vous,\nMarc Feld, Executive Search', 'ag'),
    ('Feedback',
     "Bonjour Sam,\n\nMalheureusement le client ne souhaite pas poursuivre après l'entretien. Ils "
     "cherchent quelqu'un de plus senior.\n\nMarc", 'ag'),
    # platforms
    ('Mise à jour de votre candidature chez Boulangerie Dupain',
     'Bonjour Sam,\n\nBoulangerie Dupain a examiné votre candidature et a décidé de ne pas la '
     "retenir.\n\nL'équipe JobPortail", 'plat'),
    ('Votre candidature a été refusée',
     'Bonjour Sam,\n\nLe recruteur de Cosmétiques Lumière a refusé votre candidature pour le poste de '
     'conseiller de vente.\n\nÀ bientôt sur JobPortail', 'plat'),
    ('Des nouvelles de Transports Océane',
     'Bonjour Sam,\n\nTransports Océane a clôturé votre candidature au poste de chauffeur '
     'livreur.\n\nNe vous découragez pas, de nouvelles offres vous attendent !', 'plat'),
    ('Statut de votre candidature',
     'Bonjour Sam,\n\nStatut : Non retenue\nEntreprise : Hôtel du Lac\nPoste : '
     "Réceptionniste\n\nL'équipe JobPortail", 'plat'),
    ('Votre candidature chez Atelier Vert',
     "Bonjour Sam,\n\nAtelier Vert a pris une décision concernant votre candidature : l'entreprise ne "
     'poursuit pas le processus avec vous.\n\nWelcome Team', 'plat'),
    ('Message de la société Fromagerie Alpine',
     'Bonjour Sam,\n\nVous avez reçu un message de Fromagerie Alpine : « Merci pour votre intérêt, le '
     'poste a été pourvu. »\n\nHelloTravail', 'plat'),
    # Belgium / Switzerland / Québec
    ('Votre candidature',
     "Monsieur,\n\nNous avons bien reçu votre candidature et l'avons examinée avec attention. Nous "
     'sommes au regret de devoir vous annoncer que nous ne pouvons y réserver une suite '
     "favorable.\n\nVeuillez agréer, Monsieur, l'expression de nos sentiments distingués.\n\nBruxelles", 'p'),
    ('Postulation',
     'Bonjour Monsieur,\n\nNous vous remercions de votre postulation. Après analyse de votre dossier, '
     'nous devons malheureusement vous communiquer une réponse négative.\n\nMeilleures '
     'salutations\nLausanne', 'p'),
    ('Ton application',
     "Bonjour Sam,\n\nMerci d'avoir appliqué chez nous. On a décidé d'aller de l'avant avec une autre "
     "personne.\n\nBonne chance dans tes recherches!\nL'équipe de Montréal", 'p'),
    ('Suivi de ta candidature',
     "Allô Sam,\n\nOn te remercie pour ton intérêt. Malheureusement, ta candidature n'a pas été retenue "
     "cette fois-ci.\n\nL'équipe RH", 'p'),
    ('Affichage 2026-044',
     "Monsieur,\n\nNous vous informons que vous n'avez pas été retenu pour l'affichage 2026-044 "
     '(technicien en informatique).\n\nDirection des ressources humaines, Ville de Laval', 'pub'),
    # passive / impersonal
    ('Poste de technicien',
     'Bonjour,\n\nIl a été décidé de ne pas retenir votre candidature pour ce poste.\n\nCordialement', 'p'),
    ('Votre candidature',
     "Bonjour Monsieur Rivera,\n\nLe choix s'est porté sur un candidat dont l'expérience correspond "
     'davantage au poste.\n\nCordialement', 'p'),
    ('Poste de commercial',
     "Bonjour,\n\nVotre profil, bien qu'intéressant, ne correspond pas tout à fait à ce que nous "
     'recherchons. Nous ne pourrons donc pas vous rencontrer.\n\nCordialement', 'p'),
    ('Candidature',
     'Bonjour Sam,\n\nLe poste a finalement été attribué en interne.\n\nBonne continuation', 'p'),
    ('Votre candidature',
     'Madame, Monsieur,\n\nNous ne sommes pas en mesure de vous proposer un entretien.\n\nSalutations', 'p'),
    ('Retour candidature',
     'Bonjour,\n\nNous avons privilégié des candidatures présentant une expérience plus proche du '
     'poste.\n\nBien à vous', 'p'),
    # decision after other business
    ('Remboursement et réponse',
     'Bonjour Monsieur Rivera,\n\nVos frais de déplacement vous seront remboursés sous quinze jours. '
     'Concernant le poste, nous avons malheureusement retenu un autre candidat.\n\nCordialement', 'p'),
    ('Documents et suite',
     'Bonjour Sam,\n\nJe te renvoie ton portfolio en pièce jointe. Pour la suite, on ne va pas '
     'continuer ensemble sur ce poste, désolée.\n\nLéa', 'p'),
    # others
    ('Candidature apprentissage',
     "Bonjour Sam,\n\nToutes nos places d'apprentis sont prises pour la rentrée. Nous ne pouvons donc "
     "pas te prendre cette année.\n\nL'atelier Menuiserie Roux", 'p'),
    ('Votre candidature',
     'Bonjour,\n\nNous avons bien étudié votre profil mais nous ne le retiendrons pas.\n\nCordialement', 'p'),
    ('Poste infirmier',
     'Madame, Monsieur,\n\nNous vous informons que nous ne retiendrons pas votre candidature pour le '
     "poste d'infirmier de nuit.\n\nCordialement", 'p'),
    ('Candidature startup',
     'Hello Sam,\n\nMerci pour ta candidature ! On a adoré ton énergie mais on part sur un profil plus '
     "data.\n\nBelle journée,\nL'équipe", 'p'),
    ('Candidature',
     'Bonjour,\n\nNous avons le regret de ne pas pouvoir donner une suite positive à votre demande '
     "d'emploi.\n\nLa Direction", 'p'),
    ('Recrutement',
     "Bonjour Sam,\n\nNous avons décidé de poursuivre le processus avec d'autres "
     'candidats.\n\nCordialement', 'p'),
    ('Votre candidature',
     'Bonjour Monsieur,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement', 'p'),
    ('Emploi saisonnier',
     'Bonjour,\n\nLes postes saisonniers sont tous pourvus pour cet été. Nous conservons votre '
     'CV.\n\nCamping des Pins', 'p'),
    ("Offre d'emploi",
     "Bonjour,\n\nL'offre à laquelle vous avez répondu n'est plus d'actualité, le poste ayant été "
     'pourvu.\n\nCordialement', 'p'),
    ('Candidature vendeuse',
     "Bonjour Sam,\n\nOn a bien reçu ta candidature, mais on n'embauche plus pour le moment, le magasin "
     'ferme en juin.\n\nBonne chance', 'p'),
    ('Décision',
     'Monsieur,\n\nLa commission a retenu un autre candidat.\n\nCordialement', 'pub'),
    # --- written after the first fixes, to check they transfer: seasonal and curt replies, no more posts, Québec, the
    # post given inside, places all taken, preferred profiles
    ("Re: job d'été",
     "Salut Sam, désolé on a trouvé quelqu'un pour cet été. Bonne chance !", 'p'),
    ('Candidature',
     "Bonjour,\n\nNous n'avons malheureusement plus de poste de vendeur à pourvoir cette "
     'saison.\n\nCordialement', 'p'),
    ('Ta candidature',
     'Bonjour Sam,\n\nOn ne recrute plus pour le moment, désolée. Je garde ton CV.\n\nLéa', 'p'),
    ('Affichage 2026-101',
     "Bonjour,\n\nVotre candidature pour l'affichage 2026-101 n'a pas été retenue.\n\nService des "
     'ressources humaines', 'pub'),
    ('Suite de ta candidature',
     "Allô Sam,\n\nMerci d'avoir appliqué. On a décidé de retenir une autre candidature.\n\nL'équipe", 'p'),
    ('Votre candidature',
     'Bonjour,\n\nLe poste a déjà été attribué en interne, nous ne pouvons donc pas donner '
     'suite.\n\nCordialement', 'p'),
    ('Stage',
     'Bonjour,\n\nToutes les places de stage sont déjà pourvues pour cette année.\n\nCordialement', 'p'),
    ('Recrutement',
     "Bonjour,\n\nNous avons retenu des profils disposant d'une expérience plus longue en gestion de "
     'projet.\n\nCordialement', 'p'),
    ('Re: poste',
     'Bonjour Sam, ça ne va pas le faire pour ce job, désolé. Bonne continuation', 'p'),
    ('Retour',
     "Bonjour Sam,\n\nLes postes d'été sont tous pourvus. Désolé !\n\nLe Camping", 'p'),
    # --- a decision after an interview (fr)
    ('Suite à votre entretien',
     "Bonjour Monsieur Rivera,\n\nNous tenons à vous remercier pour votre venue lors de l'entretien. "
     'Après délibération, nous avons décidé de ne pas retenir votre candidature.\n\nCordialement', 'p'),
    ('Entretien du 3 juin',
     "Bonjour Sam,\n\nMerci pour ta disponibilité lors de l'entretien. Malheureusement, nous avons "
     'choisi de poursuivre avec un autre candidat.\n\nLéa', 'p'),
    ('Notre rencontre',
     'Monsieur,\n\nSuite à notre rencontre, nous sommes au regret de vous informer que nous ne '
     'donnerons pas une suite favorable à votre candidature.\n\nCordialement', 'p'),
    ('Retour entretien',
     "Bonjour Sam,\n\nTon entretien s'est bien passé mais l'équipe a préféré un profil plus "
     'expérimenté.\n\nLéa', 'p'),
    ('Votre entretien',
     'Bonjour,\n\nNous avons apprécié notre échange. Toutefois, nous ne poursuivrons pas le processus '
     'avec vous.\n\nCordialement', 'p'),
    ("Après l'entretien",
     'Bonjour Monsieur,\n\nAprès les entretiens, le jury a arrêté son choix sur une autre '
     'personne.\n\nCordialement', 'p'),
    ('Entretien',
     "Bonjour Sam,\n\nMerci pour l'entretien d'hier. On ne va pas aller plus loin, désolée.\n\nLéa", 'p'),
    ('Suite à notre échange',
     'Bonjour Sam,\n\nSuite à notre échange téléphonique, je te confirme que nous ne retenons pas ta '
     'candidature.\n\nLéa', 'p'),
    # --- a short person-written reply (fr)
    ('Re: candidature',
     "Bonjour, désolé mais c'est non. Bonne continuation.", 'p'),
    ('Re: Poste',
     "Bonjour Sam, on a retenu quelqu'un d'autre. Merci !", 'p'),
    ('Re: CV',
     'Bonjour, on ne cherche personne en ce moment. Bonne journée', 'p'),
    ('Re: candidature serveur',
     "Salut, c'est déjà pourvu, désolé !", 'p'),
    ('Re: stage',
     'Bonjour Sam, pas de stage chez nous cette année, désolée.', 'p'),
    ('Re: poste de vendeur',
     "Bonjour, nous avons déjà quelqu'un, merci quand même.", 'p'),
    ('Re: candidature',
     'Bonjour Sam, malheureusement ton profil ne correspond pas. Bonne chance.', 'p'),
    # --- a decision after an interview (fr)
    ('Votre entretien',
     "Monsieur,\n\nÀ l'issue de l'entretien, nous n'avons pas retenu votre candidature.\n\nCordialement", 'p'),
    ('Suite à votre entretien',
     'Bonjour Monsieur Rivera,\n\nAprès mûre réflexion, nous avons décidé de poursuivre avec une autre '
     'candidature.\n\nCordialement', 'p'),
    ('Retour',
     'Bonjour Sam,\n\nLes retours des managers après ton entretien ne sont pas assez positifs pour '
     'continuer.\n\nLéa', 'p'),
    ('Entretien',
     "Bonjour Monsieur,\n\nL'équipe a finalement opté pour un autre profil à l'issue des "
     'entretiens.\n\nBien à vous', 'p'),
    ('Notre échange',
     'Bonjour Sam,\n\nMerci pour notre échange. Nous ne pourrons pas te faire de proposition pour ce '
     'poste.\n\nLéa', 'p'),
    ('Entretien du 12',
     "Bonjour Monsieur,\n\nIl nous a semblé, à l'issue de notre entretien, que votre profil ne "
     'correspondait pas tout à fait à nos attentes.\n\nCordialement', 'p'),
    # --- a short person-written reply (fr)
    ('Re: candidature',
     "Désolé, le poste n'est plus dispo. Bonne chance", 'p'),
    ('Re: serveur',
     "Bonjour, on a pris quelqu'un. Bonne chance", 'p'),
    ('Re: candidature',
     'Bonjour, le poste est pris, désolé.', 'p'),
    ("Re: job d'été",
     "Salut Sam, on a déjà notre équipe pour l'été. Désolé !", 'p'),
    ('Re: candidature',
     'Bonjour, pas pour cette fois, désolé ! Bonne continuation', 'p'),
    ('Re: CV',
     "Bonjour, nous avons bien reçu votre CV mais nous n'avons pas de besoin actuellement. Cordialement", 'p'),
    ('Re: poste',
     'Bonjour Sam, ce ne sera pas possible, on a déjà recruté. Bonne journée', 'p'),
    # --- after an interview and curt replies (fr), Belgian and Swiss turns
    ('Suite à votre entretien',
     'Monsieur,\n\nNous faisons suite à votre entretien du 4 mars. Nous sommes au regret de ne pas '
     'pouvoir donner suite à votre candidature.\n\nCordialement', 'p'),
    ('Votre candidature',
     "Bonjour Monsieur,\n\nMerci d'être venu nous rencontrer. Nous avons choisi une personne dont le "
     'profil est plus proche du poste.\n\nBien à vous', 'p'),
    ('Entretien',
     'Bonjour Sam,\n\nSuite à ton entretien avec Marc, on a décidé de ne pas continuer. Merci pour ton '
     'temps.\n\nLéa', 'p'),
    ('Votre postulation',
     'Bonjour Monsieur,\n\nSuite à votre entretien, nous devons malheureusement vous informer que notre '
     "choix s'est porté sur un autre candidat.\n\nMeilleures salutations", 'p'),
    ('Re: candidature',
     'Bonjour Sam, le poste a été pourvu entre-temps. Bonne chance pour la suite.', 'p'),
    ('Re: CV',
     'Bonjour Sam, on a déjà trouvé. Merci et bonne continuation', 'p'),
    ('Re: candidature',
     'Bonjour, malheureusement nous ne recrutons pas pour le moment.', 'p'),
    # --- after an interview and curt replies (fr)
    ('Second entretien',
     "Monsieur,\n\nVous n'avez pas été retenu à l'issue du second entretien.\n\nCordialement", 'p'),
    ('Notre rencontre',
     'Bonjour Monsieur Rivera,\n\nMalgré la qualité de nos échanges, nous avons retenu un candidat dont '
     "l'expérience est plus en lien avec le poste.\n\nCordialement", 'p'),
    ('Entretien',
     "Bonjour,\n\nVotre entretien n'a malheureusement pas été concluant. Nous vous souhaitons bonne "
     'chance.\n\nCordialement', 'p'),
    ('Décision du comité',
     "Bonjour Sam,\n\nLe comité a tranché en faveur d'un autre candidat.\n\nLéa", 'p'),
    ('Re: CV',
     'Bonjour Sam, pas de suite pour le moment, désolé.', 'p'),
    # --- after an interview (fr), other words
    ('Suite à votre entretien',
     'Bonjour,\n\nNous avons décidé de privilégier une autre piste pour ce recrutement.\n\nCordialement', 'p'),
    ('Suite à votre entretien',
     'Bonjour Monsieur,\n\nVotre candidature ne sera pas retenue pour la suite du '
     'processus.\n\nCordialement', 'p'),
    ('Entretien',
     "Bonjour,\n\nAu terme de notre processus, notre choix ne s'est pas porté sur vous.\n\nCordialement", 'p'),
    ('Entretien',
     "Bonjour Sam,\n\nNous avons décidé de ne pas te faire d'offre. Merci encore pour ton temps.\n\nLéa", 'p'),
    ('Entretien',
     "Bonjour,\n\nNous allons continuer avec d'autres profils.\n\nCordialement", 'p'),
    ('Entretien',
     'Bonjour Monsieur,\n\nLe poste a été proposé à une autre personne.\n\nCordialement', 'p'),
    ('Entretien',
     "Bonjour Sam,\n\nL'équipe n'a pas été convaincue lors de l'entretien, nous n'irons donc pas plus "
     'loin.\n\nLéa', 'p'),
    ('Entretien',
     'Bonjour Sam,\n\nNous avons trouvé un profil qui correspond mieux à nos besoins.\n\nLéa', 'p'),
    ('Entretien',
     'Bonjour Monsieur,\n\nNous sommes allés vers un autre candidat.\n\nCordialement', 'p'),
    ('Entretien',
     'Bonjour Monsieur,\n\nNous avons le regret de ne pas pouvoir vous embaucher.\n\nCordialement', 'p'),
    ('Re: entretien',
     'Bonjour Sam, malheureusement ce ne sera pas toi cette fois. Bonne continuation', 'p'),
    ('Re: entretien',
     'Bonjour Sam, on ne va pas donner suite, désolée. Léa', 'p'),
]

KNOWN_GAPS = [
    # Left, by cause: no job word at all ("votre dossier", "la procédure" are a loan's or a grant's words too;
    # hotels are "complet pour la saison" too), a bare post state ("Poste pourvu." is also an advert's news), a
    # "non merci" the reader writes as well.
    ('Votre dossier',
     "Monsieur,\n\nNous avons le regret de vous informer que votre dossier n'a pas été sélectionné pour "
     'la suite de la procédure.\n\nAvec nos meilleures salutations', 'p'),
    ('Re: dispo',
     'Bonjour, merci mais on est complet pour la saison. Bonne journée', 'p'),
    ('Re: candidature',
     'Poste pourvu. Bonne chance.', 'p'),
    ('Re: candidature',
     "Bonjour, merci mais non merci, on a ce qu'il faut. Bonne journée", 'p'),
]

NON_REJECTIONS = [
    ('Accusé de réception',
     'Bonjour Sam,\n\nNous avons bien reçu ta candidature et revenons vers toi sous dix '
     "jours.\n\nL'équipe RH", 'p'),
    ('Invitation à un entretien',
     'Bonjour Monsieur Rivera,\n\nNous souhaitons vous rencontrer jeudi à 14h.\n\nCordialement', 'p'),
    ('Test technique',
     "Bonjour Sam,\n\nVoici le test technique à nous rendre d'ici lundi.\n\nBon courage !", 'p'),
    ("Proposition d'embauche",
     'Bonjour Sam,\n\nNous avons le plaisir de te proposer le poste ! Le contrat suit.\n\nLéa', 'p'),
    ('Retrait de candidature',
     'Bonjour Monsieur,\n\nNous prenons acte du retrait de votre candidature et le '
     'regrettons.\n\nCordialement', 'p'),
    ('Votre refus',
     'Bonjour Sam,\n\nDommage que tu aies décliné notre offre, nous respectons ta décision.\n\nLéa', 'p'),
    ('Gel temporaire',
     "Bonjour,\n\nEn raison d'un gel temporaire des recrutements, notre processus est suspendu jusqu'en "
     'février. Votre candidature reste active.\n\nCordialement', 'p'),
    ('Nouvelle recrue',
     'Bonjour à tous,\n\nNous avons retenu Mme Petit pour le poste de responsable logistique. Merci de '
     'lui réserver un bon accueil.\n\nLa direction', 'p'),
    ("Appel d'offres",
     "Madame, Monsieur,\n\nVotre offre n'a pas été retenue dans le cadre du marché public n° "
     '26-12.\n\nService des marchés', 'pub'),
    ('Votre devis',
     'Bonjour,\n\nNous avons retenu un autre prestataire pour les travaux. Merci pour votre '
     'devis.\n\nCordialement', 'p'),
    ('Formation',
     "Bonjour Sam,\n\nLa formation est complète, vous êtes sur liste d'attente.\n\nCentre de formation", 'p'),
    ('Logement',
     "Bonjour Monsieur,\n\nLe propriétaire a retenu un autre dossier pour l'appartement.\n\nAgence "
     'immobilière', 'p'),
    ('Demande de prêt',
     'Monsieur,\n\nNous ne pouvons donner une suite favorable à votre demande de prêt.\n\nVotre banque', 'p'),
    ('Bourse',
     "Monsieur,\n\nVotre demande de bourse n'a pas été retenue.\n\nLa fondation", 'pub'),
    ('Alertes emploi',
     'Bonjour Sam,\n\n8 nouvelles offres correspondent à votre recherche : comptable, '
     'assistant.\n\nJobPortail', 'plat'),
    ('Opportunité',
     "Bonjour Monsieur Rivera,\n\nJe suis consultant en recrutement et j'ai une opportunité qui "
     'pourrait vous intéresser. Êtes-vous disponible pour un appel ?\n\nMarc', 'ag'),
    ('Newsletter',
     'Bonjour,\n\nCe mois-ci : comment rebondir après un refus et réussir son entretien.\n\nLe magazine '
     'Carrières', 'plat'),
    ('Prochaines étapes',
     "Bonjour Sam,\n\nBonne nouvelle, tu passes à l'étape suivante : un entretien avec le CTO.\n\nLéa", 'p'),
    ('Retour client',
     'Bonjour Sam,\n\nMon client a retenu ta candidature pour un entretien mardi prochain !\n\nMarc', 'ag'),
    ("Report d'entretien",
     'Bonjour,\n\nJe dois malheureusement annuler notre entretien de demain. Pouvons-nous le reporter '
     '?\n\nLéa', 'p'),
    ('Statut de votre candidature',
     "Bonjour Sam,\n\nStatut : En cours d'examen\nEntreprise : Hôtel du Lac\n\nL'équipe JobPortail", 'plat'),
    ('Candidats à refuser',
     'Bonjour Léa,\n\nPeux-tu envoyer les refus aux autres candidats ? Nous avons retenu M. '
     'Rivera.\n\nMerci', 'p'),
    ('Candidature transmise',
     'Bonjour Sam,\n\nVotre candidature a bien été transmise à Boulangerie Dupain.\n\nJobPortail', 'plat'),
    ('Résiliation',
     'Bonjour,\n\nNous confirmons la résiliation de votre abonnement.\n\nService client', 'p'),
    ('Article',
     'Bonjour,\n\nVotre article ne sera malheureusement pas publié dans notre prochain numéro.\n\nLa '
     'rédaction', 'p'),
    ('Subvention',
     'Monsieur,\n\nVotre demande de subvention a reçu un avis défavorable.\n\nLa région', 'pub'),
    ('Inscription club',
     "Salut Sam,\n\nL'équipe est complète cette saison, on ne peut pas t'inscrire.\n\nLe club", 'p'),
    ('Votre démission',
     'Bonjour Monsieur,\n\nNous accusons réception de votre démission et vous souhaitons bonne '
     'continuation.\n\nRH', 'p'),
    ("Candidature d'un collègue",
     'Bonjour Sam,\n\nMerci de nous avoir recommandé Julien. Malheureusement nous ne retiendrons pas sa '
     'candidature.\n\nLéa', 'p'),
    ('Entretien confirmé',
     'Bonjour Sam,\n\nSuite à notre entretien téléphonique, je te confirme le second entretien '
     'vendredi.\n\nLéa', 'p'),
    ('Mutation',
     "Monsieur,\n\nVotre demande de mutation n'a pas pu être satisfaite cette année.\n\nLe rectorat", 'pub'),
    # --- next to the widened rules: a place in another month, a referral, a workshop full, hiring only seniors, a
    # Québec thank-you that goes on, an open posting, someone found for another task, a job alert's filled posts
    ('Stage',
     "Bonjour,\n\nNous n'avons plus de place pour un stagiaire en juillet, mais nous pouvons te prendre "
     'en août : ça te va ?\n\nLéa', 'p'),
    ('Merci pour la recommandation',
     'Bonjour Sam,\n\nMerci de nous avoir recommandé Claire : nous ne retiendrons malheureusement pas '
     'sa candidature.\n\nLéa', 'p'),
    ('Atelier',
     "Bonjour,\n\nNous n'avons plus de place pour l'atelier poterie de samedi.\n\nL'association", 'p'),
    ('Recrutement',
     'Bonjour,\n\nOn ne recrute plus que des profils seniors sur ce site, mais je transmets ton CV à '
     "notre agence de Lyon qui va t'appeler.\n\nLéa", 'p'),
    ('Ta candidature',
     "Allô Sam,\n\nMerci d'avoir appliqué chez nous ! On regarde ton dossier et on te revient la "
     "semaine prochaine.\n\nL'équipe", 'p'),
    ('Affichage',
     "Bonjour,\n\nL'affichage 2026-101 est ouvert jusqu'au 30 juin. N'hésitez pas à postuler.\n\nRH", 'pub'),
    ('Saison',
     "Salut Sam, on a trouvé quelqu'un pour la saison au bar, toi tu restes en cuisine comme prévu !", 'p'),
    ('Offres',
     'Bonjour,\n\nLes postes de cette annonce sont tous pourvus, voici 12 offres '
     'similaires.\n\nJobPortail', 'plat'),
    # --- next to the third batch's rules: an interview slot taken, an errand, a weekend declined, a traineeship
    # refused but a contract offered, an application paused for documents, a decision not made yet, a B2B competitor
    # chosen, a client who wants to meet, a freeze announced to the staff, a job alert
    ('Entretien',
     "Bonjour Sam,\n\nPour l'entretien, le créneau de 10h ? C'est déjà pris, désolé. Je te propose "
     '11h.\n\nLéa', 'p'),
    ('Accueil',
     "Bonjour,\n\nPour l'accueil des candidats jeudi, on ne cherche personne, merci pour ta "
     'proposition.\n\nLéa', 'p'),
    ('Samedi',
     "Salut Sam, désolé mais c'est non pour samedi, je suis de garde. On se voit dimanche ?", 'p'),
    ('Stage',
     'Bonjour Sam,\n\nPas de stage chez nous cette année mais nous ouvrons des CDD : veux-tu passer un '
     'entretien ?\n\nLéa', 'p'),
    # --- next to the fourth batch's rules: a post taken for the reader, a slot, a job alert's stale advert, a
    # staff notice about a cancelled post, an order, a B2B deal, a status that moves on, an offer closed to others
    ('Ton poste',
     "Salut Sam, le poste est pris pour toi jusqu'en septembre, on t'attend lundi !", 'p'),
    ('Offre expirée',
     "Bonjour,\n\nCette offre n'est plus disponible. Voici des offres similaires à "
     'Nantes.\n\nJobPortail', 'plat'),
    ('Équipe',
     'Salut Sam, on a déjà notre équipe pour le tournoi de foot, désolé !', 'p'),
    ('Besoin',
     "Bonjour,\n\nNous n'avons pas de besoin actuellement en fournitures de bureau, merci.\n\nService "
     'achats', 'p'),
    ('Pas pour cette fois',
     'Bonjour Sam, pas pour cette fois le resto, je suis pris. Une autre fois ?', 'p'),
    # --- next to the fifth batch (fr): a sailing course full, an offer after an interview
    ('Complet',
     'Bonjour Sam, on est complet pour le stage de voile, désolé. Inscris-toi pour août !', 'p'),
    ('Suite à votre entretien',
     'Monsieur,\n\nSuite à votre entretien, nous avons le plaisir de vous proposer le '
     'poste.\n\nCordialement', 'p'),
    # --- an agency's own supplier (fr)
    ('Site web',
     'Bonjour,\n\nNotre cabinet de recrutement a retenu un autre prestataire pour la refonte de son '
     'site. Merci pour votre devis.\n\nMarc', 'ag'),
    # --- (fr): an interview that went well, a post filled by the reader
    ('Entretien',
     'Bonjour,\n\nVotre entretien a été concluant : nous vous proposons un second '
     'rendez-vous.\n\nCordialement', 'p'),
    ('Autre piste',
     'Bonjour Sam,\n\nPour ce recrutement nous privilégions une autre piste de calendrier : entretien '
     'jeudi plutôt que mardi ?\n\nLéa', 'p'),
    ('Poste proposé',
     'Bonjour Monsieur,\n\nLe poste vous est proposé : merci de nous confirmer votre '
     'accord.\n\nCordialement', 'p'),
]


@pytest.mark.parametrize(("subject", "body", "kind"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep2_fr_rejection_found(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.xfail(reason="a known gap of the French rules (see KNOWN_GAPS)", strict=True)
@pytest.mark.parametrize(("subject", "body", "kind"), KNOWN_GAPS, ids=ids(KNOWN_GAPS))
def test_sweep2_fr_known_gap(subject: str, body: str, kind: str) -> None:
    assert found(letter(subject, body, kind))


@pytest.mark.parametrize(("subject", "body", "kind"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep2_fr_look_alike_is_no_rejection(subject: str, body: str, kind: str) -> None:
    assert not found(letter(subject, body, kind))
