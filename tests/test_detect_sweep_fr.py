"""Recall and precision sweep, French: rejections and look-alikes written for this sweep in registers and shapes the
development corpora lack (France, Belgium, Switzerland, Québec; vous and tu; formal letters, curt replies, agencies
and platforms relaying an employer, decisions after an interview or a test, decisions buried after other business,
missing accents and hurried typing). Each rejection must be found; each look-alike (the reader withdrawing or
declining, a decision about someone else, a supplier, a course, a flat, a grant, a show, a process that goes on, a
concession before an invitation) must not be called a rejection.
"""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

REJECTIONS = [
    # --- another candidate chosen ------------------------------------------------------------------------------------
    ('Votre candidature - Chargé de clientèle', 'Claire Dubois <recrutement@banque-horizon.example>',
     "Bonjour Monsieur Rivera,\n\nNous vous remercions de l'intérêt que vous portez à Banque Horizon. Après "
     "examen attentif de votre dossier, nous avons retenu un candidat dont l'expérience correspond "
     'davantage aux attentes du poste.\n\nNous vous souhaitons pleine réussite.\n\nClaire Dubois\nService RH'),
    ('Poste de comptable', 'RH Lemaire <rh@lemaire-associes.example>',
     "Madame, Monsieur,\n\nLe choix s'est porté sur une autre personne pour le poste de comptable. Nous "
     "conservons néanmoins vos coordonnées.\n\nBien à vous,\nL'équipe RH Lemaire"),
    ('Suite à votre entretien', 'Julien Marchand <j.marchand@atelier-verne.example>',
     'Bonjour Sam,\n\nMerci encore pour notre échange de mardi. Nous avons finalement opté pour un profil '
     'plus senior, et je tenais à vous le dire de vive voix... enfin par écrit !\n\nBonne '
     'continuation,\nJulien'),
    ('Candidature développeur', 'Talents <talents@numeris.example>',
     "Bonjour,\n\nC'est un autre candidat qui a été choisi pour ce poste. Nous vous remercions du temps "
     'consacré à votre candidature.\n\nCordialement,\nNumeris'),
    ("Re: poste d'assistante", 'Sophie <sophie.laurent@cabinet-laurent.example>',
     "Bonjour,\n\nJe suis désolée mais nous avons embauché quelqu'un d'autre la semaine dernière.\n\nBelle "
     'journée\nSophie'),
    ('Recrutement magasinier', 'Logistique Sud <emploi@logisud.example>',
     "Bonjour,\n\nNous avons pourvu le poste en interne. Votre candidature n'a donc pas pu "
     'aboutir.\n\nCordialement'),
    ('Votre candidature chez Orféo', 'Orféo Recrutement <noreply@orfeo-jobs.example>',
     "Bonjour Sam,\n\nNous avons eu de nombreuses candidatures de qualité et notre choix s'est arrêté sur "
     "un autre profil. Nous espérons avoir l'occasion de croiser à nouveau votre route.\n\nL'équipe Orféo"),
    ('Stage marketing', 'Camille <camille@studio-plume.example>',
     "Salut Sam,\n\nOn a pris une autre stagiaire finalement, désolée ! Merci d'avoir postulé et bon "
     'courage pour la suite de tes recherches.\n\nCamille'),
    ('Entretien du 12 mars', 'Direction <direction@boulangerie-fournil.example>',
     'Bonjour Madame,\n\nSuite à notre rencontre, nous avons préféré une candidate habitant plus près du '
     'fournil. Merci pour votre visite.\n\nM. et Mme Perret'),
    ('Candidature infirmier(e)', 'DRH Clinique des Lilas <drh@clinique-lilas.example>',
     'Madame,\n\nNous accusons réception de votre candidature et vous en remercions. Toutefois, le poste a '
     'été attribué à un(e) autre candidat(e).\n\nVeuillez agréer nos salutations distinguées.\n\nLa DRH'),
    # --- profile not matching ----------------------------------------------------------------------------------------
    ('Votre candidature', 'Recrutement Ventelis <jobs@ventelis.example>',
     "Bonjour,\n\nVotre profil ne correspond pas aux besoins actuels de l'équipe. Nous ne manquerons pas de "
     'revenir vers vous si une opportunité adaptée se présente.\n\nCordialement,\nVentelis'),
    ('Réponse à votre candidature', 'Service RH <rh@mairie-saint-aubin.example>',
     'Madame, Monsieur,\n\nVotre candidature a été examinée avec attention ; cependant, votre parcours ne '
     "répond pas aux exigences du poste d'agent administratif.\n\nLe Maire"),
    ('Poste ingénieur', 'Lucas Moreau <lucas.moreau@hydrotec.example>',
     'Bonjour Sam,\n\nVos compétences sont intéressantes mais elles sont trop éloignées de ce que nous '
     'recherchons pour ce poste, nous ne pourrons donc pas aller plus loin.\n\nBien cordialement,\nLucas'),
    ('Candidature spontanée', 'Contact <contact@agence-cobalt.example>',
     "Bonjour,\n\nMerci pour votre candidature spontanée. Votre profil, quoique riche, n'entre pas dans nos "
     'besoins du moment.\n\nBonne journée'),
    ('Votre candidature au poste de chef de projet', 'RH <rh@groupe-alto.example>',
     "Bonjour,\n\nMalgré l'intérêt de votre parcours, il ne correspond pas tout à fait au profil recherché. "
     'Nous ne donnerons pas suite.\n\nCordialement,\nGroupe Alto'),
    ('Candidature', 'Nathalie <nathalie.roy@courtage-roy.example>',
     "Bonjour,\n\nJ'ai bien lu votre CV. Nous cherchons quelqu'un avec au moins cinq ans en assurance, donc "
     'ce ne sera pas possible pour cette fois.\n\nNathalie Roy'),
    # --- position filled / cancelled / freeze ------------------------------------------------------------------------
    ('Offre de poste - vendeur', 'Magasin Bérard <emploi@berard.example>',
     "Bonjour,\n\nLe poste pour lequel vous avez postulé n'est plus disponible. Nous vous remercions pour "
     "votre intérêt.\n\nL'équipe Bérard"),
    ('Votre candidature - Data analyst', 'Talent Team <talent@quantia.example>',
     'Bonjour Sam,\n\nNous sommes au regret de vous annoncer que le recrutement pour ce poste a été annulé '
     'suite à une réorganisation interne.\n\nCordialement,\nQuantia'),
    ('Recrutement suspendu', 'RH Fabrika <rh@fabrika.example>',
     "Bonjour,\n\nEn raison du contexte économique, nous avons pris la décision de geler l'ensemble de nos "
     'recrutements. Votre candidature ne pourra donc pas être étudiée plus avant.\n\nCordialement'),
    ('Poste de technicien', 'Atelier Gaudin <atelier@gaudin.example>',
     'Bonjour,\n\nLe poste a déjà été pourvu, désolé.\n\nA. Gaudin'),
    ('Candidature - poste supprimé', 'RH <rh@sodimex.example>',
     'Madame,\n\nLe poste auquel vous avez candidaté a été supprimé du budget de cette année. Nous ne '
     'sommes donc pas en mesure de poursuivre le processus.\n\nSodimex'),
    ('Votre candidature', 'Recrutement <recrutement@verdance.example>',
     "Bonjour,\n\nNous avons suspendu ce recrutement jusqu'à nouvel ordre et clôturons par conséquent votre "
     'candidature.\n\nVerdance'),
    ("Offre d'emploi 2231", 'Emplois Québec Nord <emplois@qcnord.example>',
     "Bonjour,\n\nL'affichage 2231 a été comblé. Nous vous remercions d'avoir soumis votre "
     'candidature.\n\nRessources humaines'),
    # --- keep CV on file / not this time -----------------------------------------------------------------------------
    ('Votre candidature', 'Hôtel du Lac <rh@hoteldulac.example>',
     'Bonjour,\n\nNous ne pouvons pas vous proposer de poste pour le moment, mais nous gardons votre CV '
     "dans notre vivier.\n\nL'équipe de l'Hôtel du Lac"),
    ('Candidature réceptionniste', 'Martine <martine@residence-azur.example>',
     'Bonjour,\n\nCe ne sera pas pour cette fois ! Nous garderons précieusement votre candidature pour une '
     'prochaine saison.\n\nMartine'),
    ('Re: candidature', 'Pierre Lefèvre <pierre@lefevre-menuiserie.example>',
     "Bonjour,\n\nPas de suite favorable pour l'instant. Je garde votre CV sous le coude.\n\nPierre"),
    # --- after an interview ------------------------------------------------------------------------------------------
    ('Suite de notre entretien', 'Émilie Girard <e.girard@assur-plus.example>',
     "Bonjour Sam,\n\nJe reviens vers vous suite à votre entretien avec le comité. Malheureusement, il n'a "
     'pas été concluant et nous ne poursuivrons pas avec votre candidature.\n\nCordialement,\nÉmilie Girard'),
    ('Entretien - retour', 'Thomas <thomas@startup-nuage.example>',
     "Salut Sam,\n\nMerci pour le temps passé avec l'équipe jeudi. On a bien réfléchi et on ne va pas "
     "continuer ensemble sur ce poste. Ce n'est pas une question de compétences, plutôt de timing.\n\nThomas"),
    ('Votre entretien du 4 avril', 'Recrutement <recrutement@transports-vial.example>',
     "Madame, Monsieur,\n\nÀ l'issue des entretiens, votre candidature n'a pas été retenue.\n\nTransports "
     'Vial'),
    ('Retour entretien', 'Aurélie <aurelie@maison-vert.example>',
     "Bonjour,\n\nMerci d'être venue nous rencontrer. Après réflexion, l'équipe a décidé de ne pas aller "
     'plus loin avec toi. Je te souhaite vraiment de trouver ton bonheur !\n\nAurélie'),
    ('Processus de recrutement', 'Benoît Caron <b.caron@caron-industries.example>',
     'Bonjour Monsieur,\n\nSuite au second entretien, nous avons le regret de vous informer que nous ne '
     'sommes pas en mesure de vous faire une proposition.\n\nBenoît Caron'),
    ('Réponse - entretien', 'Mathilde <mathilde.rh@cosmetica.example>',
     'Bonjour Sam,\n\nJe te fais un retour rapide : malgré un bon entretien, le manager ne souhaite pas '
     'donner une suite favorable.\n\nBien à toi,\nMathilde'),
    ('Votre entretien', 'Sylvie Blanc <s.blanc@ecole-pivert.example>',
     'Bonjour,\n\nAprès délibération du jury, nous ne sommes malheureusement pas en mesure de vous '
     'recruter.\n\nSylvie Blanc, directrice'),
    # --- after a test ------------------------------------------------------------------------------------------------
    ('Résultat du test technique', 'Tech Hiring <hiring@codelab.example>',
     "Bonjour,\n\nMerci d'avoir réalisé le test technique. Vos résultats ne nous permettent pas de "
     'poursuivre le processus avec vous.\n\nCodelab'),
    ('Exercice à domicile', 'Léa <lea@agence-pixel.example>',
     "Coucou Sam,\n\nOn a regardé ton exercice, c'est pas mal mais pas au niveau attendu pour ce poste. On "
     "s'arrête là pour cette fois.\n\nLéa"),
    ('Évaluation en ligne', 'Assessments <assess@talentis.example>',
     'Bonjour,\n\nSuite à votre évaluation en ligne, nous avons le regret de vous informer que votre '
     'candidature ne sera pas poursuivie.\n\nTalentis'),
    # --- agency relaying client --------------------------------------------------------------------------------------
    ('Candidature chez notre client', 'Hugo Petit <hugo.petit@cabinet-sagace.example>',
     "Bonjour Sam,\n\nJ'ai eu le retour de mon client : ils ne souhaitent pas donner suite à votre "
     "candidature, ils ont préféré un profil avec plus d'expérience en gestion de paie.\n\nHugo, Cabinet "
     'Sagace'),
    ('Retour client', 'Inès <ines@interim-avenir.example>',
     "Bonjour,\n\nMon client n'a malheureusement pas retenu votre profil pour la mission de "
     'cariste.\n\nInès, agence Avenir Intérim'),
    ('Mission comptable', 'Recrutement Hays-like <consultant@talentpro.example>',
     "Bonjour Monsieur,\n\nL'entreprise a fait le choix de poursuivre avec un autre candidat. Je reviens "
     "vers vous dès qu'une nouvelle mission correspond à votre profil.\n\nFrédéric, consultant TalentPro"),
    ('Ton process chez Lumio', 'Karim <karim@chasseur-tetes.example>',
     'Hello Sam,\n\nPetite news pas top : Lumio a décidé de ne pas te retenir pour le poste de PM. Ils ont '
     "trouvé quelqu'un en interne.\n\nOn en reparle ?\nKarim"),
    ('Candidature transmise', 'Agence Relais <agence@relais-emploi.example>',
     'Madame,\n\nLe client a pris connaissance de votre dossier et ne le retient pas.\n\nAgence Relais '
     'Emploi'),
    # --- platform / ATS relay ----------------------------------------------------------------------------------------
    ('Mise à jour de votre candidature', 'Welcome Careers <no-reply@welcomecareers.example>',
     "Bonjour Sam,\n\nL'entreprise Dumont SA a examiné votre candidature au poste de Juriste et a décidé de "
     'ne pas y donner suite.\n\nContinuez vos recherches sur notre plateforme.'),
    ('Statut de votre candidature', 'Plateforme Emploi <notifications@jobplace.example>',
     'Bonjour,\n\nLe statut de votre candidature pour « Assistant logistique » chez Transalp a changé : Non '
     "retenue.\n\nL'équipe JobPlace"),
    ('Candidature - Boutique Mira', 'Indeed-like <no-reply@trouvetonjob.example>',
     "Bonjour,\n\nBoutique Mira a consulté votre candidature et a choisi d'avancer avec d'autres "
     'candidats.\n\nTrouveTonJob'),
    ('Actualisation de votre candidature', 'ATS <noreply@recrutement.example>',
     "Bonjour Sam Rivera,\n\nLa société Elvia a mis à jour votre candidature : votre profil n'a pas été "
     'présélectionné.\n\nCe message est envoyé automatiquement.'),
    ('Votre candidature via Emploitheque', 'Emploitheque <alerte@emploitheque.example>',
     "Bonjour,\n\nNous vous informons que le recruteur a clôturé votre candidature pour l'offre Commercial "
     'terrain.\n\nBonne recherche !'),
    # --- curt two-line -----------------------------------------------------------------------------------------------
    ('Re: Candidature', 'Anne <anne@fleurs-anne.example>',
     "Bonjour, c'est non pour nous. Bonne chance !"),
    ('Re: poste serveur', 'Bistro <bistro@chezlouis.example>',
     "Bonsoir,\non a trouvé quelqu'un. Merci quand même\nLouis"),
    ('Re: candidature vendeuse', 'Boutique <boutique@elegance.example>',
     'Bonjour, nous ne donnerons pas suite. Cdlt'),
    # --- decision buried after other business ------------------------------------------------------------------------
    ('Votre candidature et remboursement', 'RH <rh@eurolab.example>',
     "Bonjour Sam,\n\nComme convenu, vos frais de déplacement pour l'entretien vous seront remboursés sous "
     "quinze jours, merci d'envoyer vos justificatifs. Concernant le poste lui-même, nous avons "
     'malheureusement décidé de ne pas retenir votre candidature.\n\nCordialement'),
    ('Documents et réponse', 'Nadia <nadia@clinique-vet.example>',
     'Bonjour,\n\nMerci de nous avoir envoyé vos diplômes, je vous les retourne par courrier. Pour le poste '
     "d'assistante vétérinaire, la réponse est négative, nous avons pris quelqu'un disponible plus "
     'tôt.\n\nNadia'),
    # --- registers: formal Belgian / Swiss / Québec ------------------------------------------------------------------
    ('Votre candidature', 'SPF-like <selection@service-public.example>',
     'Madame, Monsieur,\n\nNous avons bien reçu votre candidature. Nous sommes au regret de devoir vous '
     "communiquer qu'il n'y sera pas réservé de suite favorable.\n\nLe Service Sélection"),
    ('Postulation - collaborateur', 'RH <rh@fiduciaire-leman.example>',
     'Madame,\n\nNous accusons réception de votre postulation et vous en remercions. Après analyse, nous '
     'devons malheureusement vous informer que nous ne pouvons pas la prendre en '
     'considération.\n\nFiduciaire Léman SA'),
    ('Votre postulation', 'Commune de Bulle <personnel@commune.example>',
     "Madame,\n\nNous sommes contraints de vous annoncer que votre dossier n'a pas été retenu pour le poste "
     "d'apprenti.\n\nService du personnel"),
    ('Candidature - conseiller', 'Caisse Pop <rh@caisse.example>',
     "Bonjour,\n\nNous vous remercions d'avoir postulé. Après analyse des candidatures reçues, nous ne "
     'pourrons pas donner suite à la vôtre. Nous vous souhaitons bon succès dans vos démarches.\n\nDotation'),
    ('Poste - préposé', 'Épicerie <gerant@epicerie-fine.example>',
     "Allo Sam,\n\nMerci d'avoir appliqué chez nous. Malheureusement on a déjà engagé quelqu'un pour le "
     'poste de préposé.\n\nBonne chance dans tes recherches,\nGuy'),
    ('Votre candidature', 'RH <rh@belfius-like.example>',
     'Madame,\n\nNous avons le regret de vous faire savoir que nous avons décidé de ne pas poursuivre la '
     'procédure avec vous.\n\nService Recrutement'),
    # --- passive / impersonal / verb-first shapes --------------------------------------------------------------------
    ('Candidature', 'RH <rh@delta-services.example>',
     "Bonjour,\n\nIl n'a pas été possible de retenir votre candidature, le nombre de postes étant "
     'limité.\n\nDelta'),
    ('Candidature', 'RH <rh@armor.example>',
     "Bonjour,\n\nRetenir votre profil n'a pas été possible cette fois-ci.\n\nArmor"),
    ('Votre candidature', 'RH <rh@medilab.example>',
     'Bonjour,\n\nIl a été décidé de ne pas poursuivre avec votre candidature.\n\nMedilab'),
    ('Votre candidature', 'RH <rh@novel.example>',
     'Bonjour,\n\nÉtant donné le grand nombre de candidatures reçues et le profil très spécifique '
     'recherché, et bien que votre parcours ait retenu notre attention, nous sommes au regret de ne pouvoir '
     'poursuivre avec vous.\n\nNovel'),
    ('Candidature', 'RH <rh@primo.example>',
     'Bonjour,\n\nUne suite favorable ne pourra pas être donnée à votre candidature.\n\nPrimo'),
    ('Candidature', 'RH <rh@sigma.example>',
     "Bonjour,\n\nVotre candidature n'a malheureusement pas abouti.\n\nSigma"),
    ('Candidature', 'RH <rh@kappa.example>',
     "Bonjour,\n\nNous n'irons pas plus loin dans le processus avec vous.\n\nKappa"),
    # --- missing accents / typos / abbreviations ---------------------------------------------------------------------
    ('candidature', 'rh <rh@atlas.example>',
     'Bonjour,\n\nnous avons le regret de vous informer que votre candidature n a pas ete retenue pour le '
     'poste.\n\ncdt'),
    ('Re: candidature', 'Bruno <bruno@btp-martin.example>',
     'bjr, desole mais le poste est deja pourvu. bonne continuation'),
    ('Candidature', 'Recrutement <recrutement@alpha.example>',
     'Bonjour,\n\nApres etude de votre dossier nous ne donnons pas suite a votre candidature.\n\nCdlt'),
    ('Re: poste', 'Jeanne <jeanne@pharma-jeanne.example>',
     'Bonjour,\nmalheuresement nous avons retenu une autre candidatue.\nJeanne'),
    ('Candidature', 'RH <rh@omega.example>',
     'Bonjour,\n\nMalheureusement, nous ne retenons pas votre candidature pour ce poste.\n\nOmega'),
    ('Ta candidature', 'Chloé <chloe@asso-jeunes.example>',
     "Hello Sam,\n\nMerci pour ta candidature ! On est désolés, tu n'as pas été sélectionné(e) pour le "
     "poste d'animateur cet été.\n\nChloé"),
    ('Candidature', 'RH <rh@beta.example>',
     'Bonjour,\n\nNous ne pouvons malheureusement pas répondre favorablement à votre candidature.\n\nBeta'),
    ('Candidature', 'RH <rh@gamma.example>',
     'Bonjour,\n\nNous sommes désolés, mais nous ne pouvons pas vous offrir le poste.\n\nGamma'),
    ('Candidature', 'RH <rh@eta.example>',
     "Bonjour,\n\nNous ne vous proposerons pas d'entretien pour ce poste.\n\nEta"),
    ('Candidature stage', 'RH <rh@theta.example>',
     "Bonjour,\n\nVotre demande de stage n'a pu être acceptée, nos effectifs étant complets.\n\nTheta"),
    ('Candidature alternance', 'CFA <cfa@iota.example>',
     "Bonjour,\n\nL'entreprise ne souhaite pas vous recruter en alternance. Nous vous invitons à postuler à "
     "d'autres offres.\n\nCFA Iota"),
    ('Votre candidature', 'Lambda <rh@lambda.example>',
     'Bonjour,\n\nNous avons décidé de privilégier des candidatures internes.\n\nLambda'),
    ('Votre candidature', 'Mu <rh@mu.example>',
     "Bonjour,\n\nNous avons fait le choix d'un autre profil, plus en adéquation avec le poste.\n\nMu"),
    ('Re: poste', 'Nu <patron@nu.example>',
     'Bonjour,\n\nJe ne vais pas pouvoir vous embaucher, désolé. Bon courage.\n\nNu'),
    ('Candidature', 'Xi <rh@xi.example>',
     'Bonjour,\n\nVotre candidature ne sera pas retenue pour la suite du recrutement.\n\nXi'),
    ('Candidature', 'Pi <rh@pi.example>',
     'Bonjour,\n\nNous regrettons de ne pas pouvoir donner une suite positive à votre démarche.\n\nPi'),
    ('Candidature', 'Rho <rh@rho.example>',
     "Bonjour,\n\nVotre candidature n'a pas été jugée prioritaire et nous ne la retiendrons pas.\n\nRho"),
    ('Candidature', 'Sigma2 <rh@sigma2.example>',
     'Bonjour,\n\nNous ne sommes pas en mesure de retenir votre candidature.\n\nSigma2'),
    ('Votre candidature', 'Tau <rh@tau.example>',
     'Bonjour,\n\nNous avons le regret de ne pas pouvoir vous accueillir au sein de nos équipes.\n\nTau'),
    ('Candidature', 'Upsilon <rh@upsilon.example>',
     'Bonjour,\n\nLe comité a statué : votre candidature est refusée.\n\nUpsilon'),
    ('Candidature', 'Phi <rh@phi.example>',
     'Bonjour,\n\nVous ne faites pas partie des candidats retenus pour ce poste.\n\nPhi'),
    # --- person-written replies, agencies, platforms -----------------------------------------------------------------
    ('Suite à nos échanges', 'Véronique Hamel <v.hamel@editions-hamel.example>',
     'Bonjour Sam,\n\nJe voulais vous remercier pour le temps que vous nous avez accordé lors de '
     "l'entretien de vendredi. Nous avons rencontré plusieurs personnes et avons décidé de proposer le "
     'poste à une candidate qui connaît déjà notre catalogue.\n\nJe vous souhaite le meilleur,\nVéronique'),
    ('Notre rencontre', 'Hélène <helene@cabinet-notarial.example>',
     'Madame,\n\nJe fais suite à notre rencontre de lundi. Après mûre réflexion, je ne donnerai pas suite à '
     'votre candidature au poste de clerc.\n\nHélène Fabre, notaire'),
    ('Retour sur ta candidature', 'Yann <yann@startup-velo.example>',
     "Hello Sam,\n\nJ'ai pris le temps d'en parler avec l'équipe après ton entretien. On a décidé de ne pas "
     'avancer avec toi pour ce rôle. Désolé, vraiment.\n\nYann'),
    ('Entretien du 2 juin', 'RH <rh@menuiserie-duval.example>',
     "Bonjour,\n\nNous vous remercions d'être venu nous rencontrer. Nous avons le regret de vous annoncer "
     'que nous avons arrêté notre choix sur un autre candidat.\n\nMenuiserie Duval'),
    ('Candidature', 'Patrick <patrick@plomberie-p.example>',
     "Bonjour,\n\nMerci pour votre CV mais je n'embauche personne en ce moment.\n\nPatrick"),
    ("Poste d'éducateur", 'Direction <direction@foyer-soleil.example>',
     'Madame,\n\nVotre candidature a retenu notre attention ; néanmoins, nous avons finalement fait appel à '
     'une personne déjà connue de nos équipes.\n\nLa direction'),
    ('Votre candidature', 'Service du personnel <personnel@ville.example>',
     "Madame, Monsieur,\n\nLa commission de recrutement s'est réunie le 4 mai. Elle n'a pas souhaité "
     'retenir votre candidature.\n\nLe service du personnel'),
    ('Recrutement', 'Cabinet Alpha <consultant@alpha-rh.example>',
     'Bonjour Sam,\n\nJe reviens vers vous concernant le poste chez notre client. Celui-ci a préféré '
     "rencontrer des profils issus du secteur bancaire ; votre candidature n'a donc pas été "
     'présentée.\n\nAurélien'),
    ('Candidature spontanée', 'Librairie <contact@librairie-page.example>',
     "Bonjour,\n\nNous n'avons aucun poste ouvert actuellement et ne recrutons pas pour le moment.\n\nLa "
     'librairie'),
    ('Mise à jour de votre candidature', 'Plateforme <noreply@jobteaser-like.example>',
     'Bonjour Sam,\n\nRestaurant Le Comptoir a retiré votre candidature de son processus de recrutement '
     "pour le poste de Chef de rang.\n\nL'équipe"),
    ('Candidature - Le Comptoir', 'Plateforme <noreply@emploi-resto.example>',
     'Bonjour,\n\nLe recruteur a indiqué que votre profil ne correspondait pas à ses attentes pour cette '
     'offre.\n\nBonne continuation'),
    ('Entretien', 'Sandrine <sandrine@agence-voyages.example>',
     "Bonjour Sam,\n\nJe suis au regret de vous dire que notre choix ne s'est pas porté sur "
     'vous.\n\nSandrine'),
    ('Réponse', 'Jacques <jacques@ferme-bio.example>',
     'Bonjour,\n\nÇa ne va pas être possible pour le poste de saisonnier, on est au complet cette '
     'année.\n\nJacques'),
    ('Candidature', 'RH <rh@groupe-ouest.example>',
     'Bonjour,\n\nAprès étude attentive, nous sommes au regret de ne pas pouvoir donner une suite positive '
     'à votre candidature.\n\nGroupe Ouest'),
    ('Poste de stagiaire', 'Agnès <agnes@cabinet-archi.example>',
     "Bonjour Sam,\n\nOn a déjà notre stagiaire pour cet été, désolée ! N'hésite pas à retenter l'an "
     'prochain.\n\nAgnès'),
    ('Suite à votre entretien', 'Recrutement <recrutement@banque.example>',
     'Madame,\n\nNous faisons suite à votre entretien du 10 octobre. Votre candidature ne sera pas retenue '
     'pour la suite du processus.\n\nLa Banque'),
    ('Votre entretien', 'Olivier <olivier@labo-analyses.example>',
     "Bonjour,\n\nMerci pour l'entretien. J'ai le regret de vous informer que le poste a été proposé à une "
     "autre personne, qui l'a accepté.\n\nOlivier"),
    ('Candidature', 'RH <rh@transport.example>',
     "Bonjour,\n\nNous sommes désolés de vous informer que votre candidature n'a pas été retenue, d'autres "
     'profils correspondant mieux aux exigences du poste.\n\nTransport'),
    ('Entretien', 'Clara <clara@asso-quartier.example>',
     'Bonjour Sam,\n\nTu as fait un super entretien, mais le CA a choisi une personne du quartier pour le '
     "poste de coordinatrice. J'espère qu'on se recroisera !\n\nClara"),
    ('Votre candidature', 'RH <rh@chimie-est.example>',
     "Madame,\n\nVous n'avez pas été retenue à l'issue de la phase de présélection.\n\nChimie Est"),
    ('Re: candidature caissière', 'Super U-like <magasin@superu.example>',
     "Bonjour, le poste a été donné à quelqu'un d'autre. Bonne continuation."),
    ('Entretien', 'Thierry <thierry@garage-t.example>',
     "Bonjour,\nmerci d'etre venu. on a choisi un autre mecano, desole. bonne chance\nThierry"),
    ('Votre profil', 'Cabinet <consultante@rh-conseil.example>',
     'Bonjour Sam,\n\nMon client a finalement décidé de recruter en interne. Le processus est donc clos '
     'pour vous.\n\nÉmilie, consultante'),
    ('Candidature', 'Cécile <cecile@creche-pomme.example>',
     "Bonjour,\n\nJe vous remercie pour votre candidature au poste d'auxiliaire. Malheureusement, l'équipe "
     "est complète et nous n'avons pas de besoin pour l'instant.\n\nCécile"),
    # --- Belgian, Swiss and Québec letters, platforms, tests, agencies -----------------------------------------------
    ('Votre candidature', 'Administration communale <grh@commune-ixelles.example>',
     'Madame,\n\nNous avons pris connaissance de votre acte de candidature. Le Collège a désigné une autre '
     'candidate pour ce poste.\n\nPour le Collège,\nLe Secrétaire communal'),
    ('Postulation', 'RH <rh@horlogerie-jura.example>',
     'Madame,\n\nNous vous remercions de votre postulation. Nous avons opté pour une personne répondant '
     'davantage aux exigences du poste.\n\nHorlogerie du Jura SA'),
    ("Candidature - préposé à l'entretien", 'Ressources humaines <rh@csss-laval.example>',
     "Bonjour,\n\nNous vous remercions de l'intérêt manifesté. Malheureusement, votre candidature n'a pas "
     "été retenue pour la prochaine étape.\n\nL'équipe de dotation"),
    ('Entrevue', 'Sylvain <sylvain@quincaillerie-qc.example>',
     "Bonjour Sam,\n\nMerci d'être venu en entrevue. On a décidé d'aller avec quelqu'un qui a plus "
     "d'expérience en plomberie.\n\nSylvain"),
    ('Candidature', 'Recrutement <jobs@assurances-mutuelles.example>',
     'Bonjour,\n\nAprès une analyse approfondie de votre dossier, il apparaît que votre profil ne répond '
     'pas entièrement à nos attentes.\n\nLe service recrutement'),
    ('Suite entretien', 'Delphine <d.morel@labo-pharma.example>',
     'Bonjour Sam,\n\nJe vous remercie pour votre disponibilité. Le jury a arrêté son choix et celui-ci ne '
     "s'est malheureusement pas porté sur votre candidature.\n\nDelphine Morel"),
    ('Test en ligne', 'Recrutement <recrutement@conseil-it.example>',
     "Bonjour,\n\nVous n'avez pas obtenu le score minimum requis au test en ligne ; nous ne pouvons donc "
     'pas poursuivre votre candidature.\n\nConseil IT'),
    ('Votre candidature chez Dalia', 'Plateforme <noreply@hellowork-like.example>',
     "Bonjour Sam,\n\nDalia Cosmétiques a étudié votre candidature et ne l'a pas retenue. Ne vous "
     "découragez pas, d'autres offres vous attendent !\n\nL'équipe"),
    ('Entretien mardi', 'Mélanie <melanie@immo-centre.example>',
     'Bonjour,\n\nPour faire suite à notre entretien de mardi, je suis désolée de vous annoncer que nous ne '
     'vous retenons pas pour le poste de négociatrice.\n\nMélanie'),
    ('Réponse', 'Bernard <bernard@cave-vins.example>',
     "Bonjour,\n\nJ'ai bien reçu votre CV, mais je ne cherche plus personne, le poste vient d'être "
     'pris.\n\nBernard'),
    ('Votre candidature', 'Cabinet <recrutement@cabinet-compta.example>',
     'Bonjour Sam,\n\nNous avons reçu un grand nombre de candidatures et, après un examen attentif, nous ne '
     "pouvons pas vous proposer d'aller plus loin dans le processus.\n\nCabinet"),
    ('Candidature', 'RH <rh@maison-retraite.example>',
     "Bonjour Madame,\n\nNous avons pourvu le poste d'aide-soignante de nuit. Nous gardons votre "
     'candidature pour un prochain remplacement.\n\nLa direction'),
    ('Proposition', 'Recruteur <recruteur@agence-interim.example>',
     "Bonjour,\n\nL'entreprise cliente a finalement choisi de ne pas retenir votre profil pour la "
     'mission.\n\nAgence Intérim'),
    ('Ta candidature', 'Julie <julie@agence-com.example>',
     "Coucou Sam,\n\nMerci pour ta candidature ! Après discussion avec l'équipe, on ne va pas pouvoir te "
     'proposer le poste. Je suis sûre que tu trouveras vite.\n\nJulie'),
    # --- after an interview, one writer, many constructions ----------------------------------------------------------
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nMerci pour notre échange de jeudi. Malheureusement, l'entretien n'a pas été concluant "
     "pour le poste d'assistant.\n\nBien cordialement,\nLaure Vidal"),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons été sensibles à votre parcours ; cependant nous privilégions un profil '
     'plus expérimenté pour ce poste.\n\nBien cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nAprès réflexion, nous pensons que ce poste n'est pas fait pour vous et préférons ne "
     'pas aller plus loin.\n\nBien cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nJe n'ai malheureusement pas de bonnes nouvelles : le manager a préféré quelqu'un de "
     'plus expérimenté.\n\nBien cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous retenons une autre candidature pour le poste de responsable logistique.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous ne vous embaucherons pas pour ce poste, mais nous gardons un excellent souvenir '
     "de l'entretien.\n\nBien cordialement,\nLaure Vidal"),
    ('Ton entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nTu ne feras pas partie de l'équipe cette fois-ci, désolée.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Poste de commercial', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nLe recrutement s'est conclu avec une autre personne.\n\nBien cordialement,\nLaure "
     'Vidal'),
    ('Suite entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons signé avec un autre candidat la semaine dernière.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nVotre entretien n'a pas convaincu le jury, nous ne poursuivrons donc pas.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Votre candidature', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons eu un coup de cœur pour une autre candidate lors des entretiens.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Votre candidature', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nVous n'êtes pas le candidat retenu pour ce poste.\n\nBien cordialement,\nLaure Vidal"),
    ('Recrutement', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nAprès nos entretiens, notre choix final s'est orienté vers une personne déjà en poste "
     'chez un client.\n\nBien cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nJe suis désolée de vous dire que nous n'allons pas vous faire de proposition "
     "d'embauche.\n\nBien cordialement,\nLaure Vidal"),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nAprès délibération, nous avons conclu que votre profil ne conviendrait pas au '
     'poste.\n\nBien cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nNous n'avons pas pu retenir votre candidature à l'issue des entretiens.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nVotre candidature n'a pas été retenue par le directeur après l'entretien.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Poste', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nLe poste est attribué à une autre candidate, qui commence lundi.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Ton entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nOn ne pourra pas t'intégrer à l'équipe pour le moment, on a pris quelqu'un de plus "
     'senior.\n\nBien cordialement,\nLaure Vidal'),
    ('Entretien du 3 mai', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons finalement recruté une personne en interne pour ce poste.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nMerci pour l'entretien. Nous ne retiendrons pas votre profil pour ce poste.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nAprès avoir rencontré tous les candidats, nous avons fait un autre choix.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Réponse après entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNotre décision est prise et elle ne vous est malheureusement pas favorable.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Réponse', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nVous n'avez pas été choisi pour le poste de magasinier.\n\nBien cordialement,\nLaure "
     'Vidal'),
    ('Ton entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nTa candidature n'a pas convaincu l'équipe, désolé de ne pas avoir mieux à "
     "t'annoncer.\n\nBien cordialement,\nLaure Vidal"),
    # --- set phrases of regret, impersonal and subordinate shapes ----------------------------------------------------
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nC'est avec regret que nous vous informons que votre candidature au poste de technicien "
     "n'a pas été sélectionnée.\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous sommes navrés de vous apprendre que nous n'avons pas retenu votre profil.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nIl nous est impossible de donner une suite favorable à votre candidature pour le '
     'moment.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nNous regrettons de devoir vous dire que le poste ne vous sera pas attribué.\n\nService '
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nMalgré vos qualités, nous ne pouvons pas répondre positivement à votre demande '
     "d'emploi.\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nAprès étude, votre candidature n'a pas été jugée prioritaire pour ce "
     'recrutement.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous avons clôturé le recrutement et votre dossier n'a pas été retenu dans la sélection "
     'finale.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nLe poste de vendeur a finalement été confié à une personne de notre réseau.\n\nService '
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous sommes désolés, mais le choix du comité s'est porté sur un autre dossier.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nVotre profil, bien qu'intéressant, ne correspond pas à nos besoins actuels.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous préférons poursuivre avec des candidats disposant d'une expérience en grande "
     'distribution.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nVous ne serez pas convoqué à un entretien pour ce poste.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nNous ne donnerons pas de suite positive à votre candidature spontanée.\n\nService '
     'RH\nGroupe Lumen'),
    ('Ton CV', 'Inès <ines@bureau-etudes.example>',
     'Salut Sam,\n\nDésolée de te répondre si tard : le poste a été pourvu par une collègue en '
     'interne.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nVotre candidature ne pourra malheureusement pas aboutir cette fois-ci.\n\nService '
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nNous sommes au regret de ne pas pouvoir retenir votre candidature à ce stade du '
     'processus.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nLe recrutement pour ce poste est désormais clos et votre candidature n'a pas été "
     'retenue.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous avons décidé de ne pas vous recruter pour ce poste d'assistant.\n\nService "
     'RH\nGroupe Lumen'),
    # --- spoken French without "ne"; professional networks and job boards --------------------------------------------
    ('Ta candidature', 'Service RH <rh@groupe-lumen.example>',
     'Coucou Sam,\n\nBon, on a pas retenu ta candidature pour le poste de barista, désolée !\n\nService '
     'RH\nGroupe Lumen'),
    ("Job d'été", 'Service RH <rh@groupe-lumen.example>',
     "Salut Sam,\n\nT'as pas été pris pour le job d'été, ils ont préféré quelqu'un du coin.\n\nService "
     'RH\nGroupe Lumen'),
    ('Le poste', 'Service RH <rh@groupe-lumen.example>',
     "Salut Sam,\n\nDu coup on va pas donner suite pour le poste, mais merci d'être passé.\n\nService "
     'RH\nGroupe Lumen'),
    ('Recrutement', 'Service RH <rh@groupe-lumen.example>',
     'Hello Sam,\n\nOn a pas pu te garder pour la suite du recrutement, désolé.\n\nService RH\nGroupe Lumen'),
    ('Le poste', 'Service RH <rh@groupe-lumen.example>',
     "Salut Sam,\n\nBon ben c'est pas toi qui as été choisi pour le poste, désolé vraiment.\n\nService "
     'RH\nGroupe Lumen'),
    ('Ton profil', 'Karim <karim@cabinet-rh.example>',
     'Hello Sam,\n\nLe manager a pas validé ton profil pour le CDI, on continue à chercher pour '
     'toi.\n\nService RH\nGroupe Lumen'),
    ('Le poste', 'Service RH <rh@groupe-lumen.example>',
     "Coucou Sam,\n\nTu vas pas être retenue pour le poste de vendeuse, on a pris quelqu'un de plus "
     'dispo.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature chez Norvane', 'Réseau Pro <notifications@reseau-pro.example>',
     'Bonjour Sam,\n\nVotre candidature au poste de juriste chez Norvane — Malheureusement, Norvane a '
     'décidé de ne pas aller plus loin avec votre candidature.\n\nService RH\nGroupe Lumen'),
    ('Mise à jour de candidature', 'Espace Cadres <noreply@espace-cadres.example>',
     "Bonjour Sam,\n\nLe recruteur a décliné votre candidature à l'offre Technicien de "
     'maintenance.\n\nService RH\nGroupe Lumen'),
    ('Alvéa a répondu à votre candidature', 'JobRadar <noreply@jobradar.example>',
     "Bonjour Sam,\n\nVotre candidature n'a pas été retenue par l'entreprise Alvéa pour l'offre Assistant "
     'RH.\n\nService RH\nGroupe Lumen'),
    # --- public service and formal letters, a trainee host, a decision after other business --------------------------
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Madame,\n\nNous sommes au regret de devoir vous faire savoir que nous avons donné la préférence à une '
     'autre candidature.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Madame,\n\nNous ne retiendrons pas votre candidature pour la suite du processus de '
     'dotation.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nAu terme du processus de sélection, vous n'avez pas été retenue.\n\nService RH\nGroupe "
     'Lumen'),
    ('Concours', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nLe jury ne vous a pas déclarée admise à l'issue de l'épreuve orale du concours "
     "d'attaché.\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nVotre candidature n'a pas été classée en rang utile pour le poste de "
     'gestionnaire.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nPar la présente, nous vous informons que votre candidature n'est pas retenue.\n\nService "
     'RH\nGroupe Lumen'),
    ('Entretiens', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNous vous remercions pour le temps consacré aux entretiens. Nous avons toutefois '
     'choisi de poursuivre le recrutement avec un autre profil.\n\nService RH\nGroupe Lumen'),
    ('Ton stage', 'Paul <paul@studio.example>',
     "Salut Sam,\n\nConcernant ton stage : mon équipe ne pourra pas t'accueillir cette année, on est déjà "
     'deux stagiaires.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Madame,\n\nVotre dossier a été étudié avec attention mais ne sera pas retenu.\n\nService RH\nGroupe '
     'Lumen'),
    ('Documents et suite', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nMerci pour vos documents, bien reçus. Pour le poste en lui-même, nous allons '
     'malheureusement en rester là.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nAprès l'examen de votre candidature, nous ne sommes pas en mesure de vous proposer un "
     'entretien.\n\nService RH\nGroupe Lumen'),
    # --- a last mix: service offers, archived files, small talk first, curt replies ----------------------------------
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nNous vous informons que votre offre de service n'a pas pu être retenue.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Madame,\n\nLe poste étant pourvu, nous archivons votre candidature.\n\nService RH\nGroupe Lumen'),
    ('Poste de graphiste', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nJ'espère que vous allez bien et que vos vacances se sont bien passées ! Je reviens "
     'vers vous au sujet du poste de graphiste : nous avons finalement retenu une candidate qui travaillait '
     'déjà en freelance pour nous.\n\nService RH\nGroupe Lumen'),
    ('Mise à jour', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nVotre candidature a été déclinée par le responsable du recrutement.\n\nService '
     'RH\nGroupe Lumen'),
    ('Re: candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nJe suis désolé, le poste n'est plus à pourvoir.\n\nService RH\nGroupe Lumen"),
    ('Demande de stage', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNous ne sommes malheureusement pas en mesure de donner une suite favorable à votre '
     'demande de stage.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nVotre profil a retenu notre attention mais nous avons opté pour une candidature '
     'interne.\n\nService RH\nGroupe Lumen'),
    ('Alternance', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nTu n'as pas été sélectionnée pour l'alternance, mais ta candidature reste dans notre "
     'vivier.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nHélas, ce ne sera pas vous cette fois-ci.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nVotre candidature au poste de comptable n'a pas été reçue favorablement.\n\nService "
     'RH\nGroupe Lumen'),
]


NON_REJECTIONS = [
    # --- received / invitations / next steps / offers ----------------------------------------------------------------
    ('Candidature reçue', 'RH <rh@alpha.example>',
     'Bonjour,\n\nNous avons bien reçu votre candidature et reviendrons vers vous rapidement.\n\nAlpha'),
    ('Invitation à un entretien', 'RH <rh@beta.example>',
     'Bonjour Sam,\n\nVotre candidature a retenu notre attention ! Seriez-vous disponible jeudi pour un '
     'entretien ?\n\nBeta'),
    ('Test technique', 'Codelab <hiring@codelab.example>',
     'Bonjour,\n\nVous trouverez ci-joint le test technique à nous retourner sous cinq jours.\n\nCodelab'),
    ('Prochaine étape', 'Léa <lea@agence-pixel.example>',
     'Salut Sam,\n\nBonne nouvelle, ton profil a été retenu pour la deuxième étape. On te propose un '
     'échange avec le CTO.\n\nLéa'),
    ("Proposition d'embauche", 'RH <rh@gamma.example>',
     'Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de chargé de clientèle. Vous '
     "trouverez la promesse d'embauche en pièce jointe.\n\nGamma"),
    ('Votre candidature', 'RH <rh@delta.example>',
     "Bonjour,\n\nNous n'avons pas encore pris de décision. Nous reviendrons vers vous d'ici la fin du "
     'mois.\n\nDelta'),
    ('Votre candidature', 'RH <rh@epsilon.example>',
     "Bonjour,\n\nVotre candidature est toujours à l'étude, le processus prend un peu plus de temps que "
     'prévu.\n\nEpsilon'),
    # --- reader withdrawing / declining ------------------------------------------------------------------------------
    ('Retrait de candidature', 'RH <rh@zeta.example>',
     'Bonjour Sam,\n\nNous prenons bonne note du retrait de votre candidature et vous souhaitons bonne '
     'réussite dans votre nouveau poste.\n\nZeta'),
    ('Re: proposition', 'Eta <rh@eta.example>',
     'Bonjour,\n\nNous regrettons que vous ayez décliné notre offre, mais comprenons votre choix.\n\nEta'),
    ('Re: entretien', 'Theta <rh@theta.example>',
     'Bonjour,\n\nBien noté que vous ne souhaitez pas donner suite à notre proposition. Au plaisir de vous '
     'recroiser.\n\nTheta'),
    ('Annulation', 'Iota <rh@iota.example>',
     "Bonjour,\n\nSuite à votre message, nous annulons l'entretien de jeudi comme vous l'avez demandé et "
     'clôturons votre dossier à votre demande.\n\nIota'),
    # --- decision about someone else ---------------------------------------------------------------------------------
    ('Candidat Dupuis', 'Manager <manager@kappa.example>',
     "Bonjour Sam,\n\nAprès les entretiens d'hier, nous ne retenons pas la candidature de M. Dupuis. "
     'Peux-tu le prévenir ?\n\nMerci'),
    ('Ton collègue', 'Marie <marie@lambda.example>',
     "Salut Sam,\n\nTu sais que la candidature de Paul n'a pas été retenue chez Mu ? Il est déçu, "
     'appelle-le.\n\nMarie'),
    ('Recommandation', 'RH <rh@nu.example>',
     "Bonjour Sam,\n\nMerci d'avoir recommandé Julie. Malheureusement son profil ne correspond pas au "
     "poste, nous ne donnerons pas suite à sa candidature. Ta prime de cooptation ne s'applique donc "
     'pas.\n\nRH'),
    ('Candidats stage', 'Xi <xi@xi.example>',
     'Bonjour Sam,\n\nPour les stagiaires, on ne garde pas les deux candidats de lundi. Tu peux leur écrire '
     '?\n\nXi'),
    # --- supplier / tender / quote / freelance -----------------------------------------------------------------------
    ('Votre devis', 'Achats <achats@omicron.example>',
     'Bonjour,\n\nNous vous remercions pour votre devis. Malheureusement, nous avons retenu une autre '
     'offre, moins chère.\n\nService Achats'),
    ("Appel d'offres", 'Mairie <marches@mairie.example>',
     "Madame, Monsieur,\n\nNous avons le regret de vous informer que votre offre n'a pas été retenue dans "
     'le cadre du marché de voirie.\n\nLe service des marchés'),
    ('Proposition freelance', 'Pi <pi@pi.example>',
     'Bonjour,\n\nMerci pour votre proposition de mission en freelance. Nous ne donnerons pas suite, le '
     'projet est reporté.\n\nPi'),
    ('Votre article', 'Revue <redaction@revue.example>',
     "Bonjour,\n\nLe comité de lecture n'a pas retenu votre article pour le prochain numéro.\n\nLa rédaction"),
    # --- school / flat / loan / grant / volunteer --------------------------------------------------------------------
    ('Admission master', 'Université <admissions@univ.example>',
     "Madame,\n\nVotre candidature au master n'a pas été retenue par la commission pédagogique.\n\nLe "
     'service des admissions'),
    ('Appartement rue des Lilas', 'Agence Immo <location@immo.example>',
     "Bonjour,\n\nLe propriétaire a choisi un autre locataire pour l'appartement. Votre dossier n'a pas été "
     'retenu.\n\nAgence Immo'),
    ('Demande de prêt', 'Banque <credit@banque.example>',
     'Madame,\n\nNous ne pouvons donner une suite favorable à votre demande de prêt immobilier.\n\nVotre '
     'conseiller'),
    ('Bourse', 'Fondation <bourses@fondation.example>',
     "Bonjour,\n\nVotre demande de bourse n'a malheureusement pas été retenue cette année.\n\nLa Fondation"),
    ('Bénévolat', 'Asso <benevoles@asso.example>',
     'Bonjour,\n\nNous avons déjà assez de bénévoles pour le festival, nous ne pourrons pas vous accueillir '
     "cette fois.\n\nL'asso"),
    ('Inscription crèche', 'Crèche <creche@ville.example>',
     "Madame,\n\nNous ne sommes pas en mesure d'attribuer une place en crèche à votre enfant pour la "
     'rentrée.\n\nLa commission'),
    ('Formation', 'Centre <formation@centre.example>',
     "Bonjour,\n\nVotre candidature à la formation de soudeur n'a pas été retenue, la session est "
     'complète.\n\nCentre de formation'),
    # --- alerts / outreach / newsletters -----------------------------------------------------------------------------
    ('Nouvelles offres pour vous', 'Alertes <alertes@jobplace.example>',
     'Bonjour Sam,\n\n5 nouvelles offres correspondent à votre recherche « comptable Lyon ». Postulez vite '
     '!\n\nJobPlace'),
    ('Une opportunité', 'Karim <karim@chasseur-tetes.example>',
     "Hello Sam,\n\nJ'ai vu ton profil et j'ai un poste de PM qui pourrait t'intéresser. Dispo pour un call "
     '?\n\nKarim'),
    ('La lettre RH', 'Newsletter <news@rh-mag.example>',
     "Ce mois-ci : comment annoncer à un candidat que sa candidature n'est pas retenue ? Nos conseils pour "
     'un refus bienveillant.\n\nRH Mag'),
    ('Votre profil', 'Welcome Careers <no-reply@welcomecareers.example>',
     'Bonjour Sam,\n\nVotre profil a été consulté 12 fois cette semaine. Complétez-le pour augmenter vos '
     'chances.\n\nWelcome Careers'),
    # --- process continues -------------------------------------------------------------------------------------------
    ('Suite du processus', 'RH <rh@rho.example>',
     'Bonjour,\n\nMême si le poste de chef de projet a été pourvu, nous aimerions vous rencontrer pour un '
     'autre poste de coordinateur qui correspond mieux à votre profil.\n\nRho'),
    ('Votre candidature', 'RH <rh@sigma.example>',
     "Bonjour,\n\nNous ne pouvons pas vous proposer d'entretien cette semaine, mais nous revenons vers vous "
     'pour fixer une date la semaine prochaine.\n\nSigma'),
    ('Entretien', 'RH <rh@tau.example>',
     'Bonjour,\n\nVous avez été retenu(e) pour un entretien final le 3 juin.\n\nTau'),
    ('Bienvenue', 'RH <rh@upsilon.example>',
     'Bonjour Sam,\n\nBienvenue chez Upsilon ! Votre premier jour est lundi.\n\nUpsilon'),
    ('Re: ma candidature', 'Phi <rh@phi.example>',
     "Bonjour,\n\nPas de souci pour le décalage, nous ne sommes pas pressés. Le poste n'est pas encore "
     'pourvu.\n\nPhi'),
    ('Votre candidature', 'Chi <rh@chi.example>',
     "Bonjour,\n\nVotre candidature n'est pas complète : il manque votre lettre de motivation. Merci de "
     "nous l'envoyer.\n\nChi"),
    ('Offre', 'Psi <rh@psi.example>',
     "Bonjour,\n\nNous n'avons retenu que trois candidats pour la dernière étape, dont vous. Félicitations "
     '!\n\nPsi'),
    ('Commande', 'Boutique <commande@boutique.example>',
     "Bonjour,\n\nMalheureusement, votre commande n° 4521 n'a pas pu être traitée, l'article est en "
     'rupture.\n\nBoutique'),
    ('Réunion', 'Collègue <jean@boite.example>',
     "Salut,\n\nOn ne donne pas suite au projet de refonte du site pour l'instant, la direction a gelé le "
     'budget.\n\nJean'),
    ('Recrutement équipe', 'Direction <dir@boite.example>',
     "Bonjour à tous,\n\nNous avons décidé de geler les recrutements jusqu'en septembre. Les postes ouverts "
     'sont mis en pause.\n\nLa direction'),
    ('Mutuelle', 'Mutuelle <contact@mutuelle.example>',
     "Bonjour,\n\nVotre demande de remboursement n'a pas été retenue, le soin n'est pas couvert par votre "
     'contrat.\n\nVotre mutuelle'),
    ('Concours photo', 'Club <club@photo.example>',
     "Bonjour,\n\nVotre photo n'a pas été sélectionnée pour l'exposition cette année. Merci d'avoir "
     'participé !\n\nLe club'),
    ('Re: offre', 'RH <rh@omega.example>',
     'Bonjour Sam,\n\nNous avons bien reçu votre refus de notre offre. Nous en prenons acte et vous '
     'souhaitons le meilleur.\n\nOmega'),
    ('Candidature reçue', 'ATS <noreply@ats.example>',
     "Bonjour Sam,\n\nMerci d'avoir postulé chez Elvia ! Notre équipe examinera votre candidature et, si "
     'votre profil correspond, vous contactera. Dans le cas contraire, nous conserverons votre CV.\n\nElvia'),
    # --- look-alikes: invitations, withdrawals, others, alerts -------------------------------------------------------
    ('Entretien', 'RH <rh@a.example>',
     "Bonjour Sam,\n\nMerci pour l'entretien. Nous avons décidé de vous proposer un second entretien avec "
     'la direction.\n\nA'),
    ('Votre candidature', 'RH <rh@b.example>',
     'Bonjour,\n\nNous avons bien pris note que vous retirez votre candidature. Merci de nous avoir '
     'prévenus.\n\nB'),
    ('Candidat Martin', 'Directrice <dir@c.example>',
     "Bonjour Sam,\n\nJe ne souhaite pas retenir M. Martin, son entretien n'était pas convaincant. Tu lui "
     'écris ?\n\nDirectrice'),
    ('Devis peinture', 'Syndic <syndic@d.example>',
     "Bonjour,\n\nLe conseil syndical n'a pas retenu votre devis pour la peinture de la cage "
     "d'escalier.\n\nLe syndic"),
    ('Dossier location', 'Agence <agence@e.example>',
     "Bonjour,\n\nVotre dossier pour l'appartement n'a pas été retenu par le propriétaire.\n\nL'agence"),
    ('Votre offre', 'RH <rh@f.example>',
     'Bonjour Sam,\n\nNous prenons acte de votre décision de ne pas rejoindre notre équipe. Bonne '
     'continuation.\n\nF'),
    ('Entretien reporté', 'RH <rh@g.example>',
     "Bonjour,\n\nNous ne pourrons pas vous recevoir jeudi comme prévu ; pouvons-nous décaler l'entretien à "
     'lundi ?\n\nG'),
    ("Offre d'emploi", 'RH <rh@h.example>',
     'Bonjour Sam,\n\nSuite à nos échanges, nous sommes heureux de vous confirmer votre embauche au poste '
     'de comptable.\n\nH'),
    ('Alerte emploi', 'Alertes <alertes@i.example>',
     "Bonjour,\n\nL'offre « Vendeur » que vous suiviez n'est plus disponible. Découvrez 12 offres "
     'similaires.\n\nI'),
    ('Lettre RH', 'Newsletter <news@j.example>',
     'Comment rebondir après un refus ? Dans ce numéro, trois candidats non retenus racontent.\n\nJ'),
    ('Candidature stage', 'RH <rh@k.example>',
     'Bonjour Sam,\n\nVotre candidature a bien été transmise au service concerné. Nous reviendrons vers '
     'vous sous deux semaines.\n\nK'),
    ('Subvention', 'Région <aides@l.example>',
     "Madame,\n\nVotre demande de subvention n'a pas été retenue par la commission permanente.\n\nLa Région"),
    ('Recrutement', 'Collègue <paul@m.example>',
     "Salut Sam,\n\nOn ne recrute plus de stagiaires au service compta, la direction l'a décidé ce matin. "
     "Tu peux prévenir l'école ?\n\nPaul"),
    ('Entretien', 'RH <rh@n.example>',
     'Bonjour Sam,\n\nLe poste a été pourvu en interne, mais notre directrice aimerait vous rencontrer pour '
     'une mission de six mois.\n\nN'),
    ('Ta candidature', 'Léo <leo@o.example>',
     "Salut Sam,\n\nOn n'a pas encore tranché, je te redis ça vendredi. Croise les doigts !\n\nLéo"),
    # --- look-alikes: a colleague or a candidate the reader saw, suppliers, schools ----------------------------------
    ('Candidature de Julie', 'Manager <manager@a.example>',
     "Bonjour Sam,\n\nJ'ai relu le dossier de Julie : elle ne correspond pas au profil, nous ne la "
     'retiendrons pas. Je te laisse lui répondre.\n\nManager'),
    ('Poste de Marc', 'DRH <drh@b.example>',
     'Bonjour Sam,\n\nLe poste de Marc est supprimé dans la réorganisation ; merci de ne pas en parler '
     "avant l'annonce.\n\nDRH"),
    ('Re: ton offre', 'Claire <claire@c.example>',
     "Salut Sam,\n\nDommage que tu ne donnes pas suite à notre offre ! Si tu changes d'avis, fais-moi "
     'signe.\n\nClaire'),
    ('Réponse fournisseur', 'Achats <achats@d.example>',
     'Bonjour,\n\nAprès comparaison, nous avons retenu un autre prestataire pour la maintenance '
     'informatique.\n\nAchats'),
    ('Votre entretien', 'RH <rh@e.example>',
     "Bonjour Sam,\n\nNous n'avons pas encore pu rencontrer tous les candidats ; nous vous donnerons une "
     "réponse d'ici vendredi.\n\nE"),
    ('Inscription', 'École <admissions@f.example>',
     "Madame,\n\nVotre dossier d'inscription en BTS n'a pas été retenu par la commission.\n\nL'école"),
    ('Entretien', 'RH <rh@g.example>',
     "Bonjour Sam,\n\nBonne nouvelle : vous faites partie des candidats retenus pour l'entretien final "
     '!\n\nG'),
    ('Stage', 'Tuteur <tuteur@h.example>',
     'Bonjour Sam,\n\nLes deux stagiaires que tu as reçus ne sont pas retenus. Peux-tu leur envoyer un mot '
     '?\n\nTuteur'),
    ('Offre', 'RH <rh@i.example>',
     'Bonjour Sam,\n\nNous regrettons que vous ayez choisi une autre entreprise. Nous vous souhaitons plein '
     'de succès.\n\nI'),
    ('Covoiturage', 'Voisin <voisin@j.example>',
     "Salut Sam,\n\nFinalement on a trouvé quelqu'un pour le covoiturage de lundi, merci quand même !\n\nJ"),
    # --- look-alikes of the interview replies: good news, delays, suppliers ------------------------------------------
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nL'entretien a été concluant : nous aimerions vous présenter au directeur la semaine "
     'prochaine.\n\nBien cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons eu un coup de cœur pour votre candidature et souhaitons vous proposer le '
     'poste !\n\nBien cordialement,\nLaure Vidal'),
    ('Suite à notre entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nNous n'avons pas encore fait notre choix ; vous aurez une réponse lundi.\n\nBien "
     'cordialement,\nLaure Vidal'),
    ('Votre candidature', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nVous êtes le candidat retenu pour ce poste, félicitations !\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Entretien', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nJ'ai de bonnes nouvelles : le manager souhaite vous revoir pour un second "
     'entretien.\n\nBien cordialement,\nLaure Vidal'),
    ('Cantine', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     'Bonjour Sam,\n\nNous avons signé avec un autre fournisseur pour la cantine.\n\nBien '
     'cordialement,\nLaure Vidal'),
    ('Proposition', 'Laure Vidal <laure.vidal@maison-vidal.example>',
     "Bonjour Sam,\n\nNous avons bien reçu votre refus de notre proposition d'embauche et le "
     'regrettons.\n\nBien cordialement,\nLaure Vidal'),
    # --- the same set phrases announcing good news or a date ---------------------------------------------------------
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nC'est avec plaisir que nous vous informons que votre candidature a été sélectionnée pour "
     'un entretien.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nIl nous est impossible de vous recevoir mardi ; pourriez-vous venir mercredi à 10 h '
     '?\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nNous avons clôturé la première phase : vous êtes invité à l'entretien final.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nVotre profil correspond à nos besoins actuels ; pouvons-nous échanger par téléphone '
     '?\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nVous serez convoqué à un entretien dès que le planning sera arrêté.\n\nService RH\nGroupe '
     'Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour,\n\nLe choix du comité s'est porté sur votre dossier : félicitations !\n\nService RH\nGroupe "
     'Lumen'),
    # --- the decision words about a slot, a perk, a document, a colleague, a supplier, or the reader -----------------
    ('Ton stage', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nBonne nouvelle pour ton stage : cette année on a pris une autre stagiaire en plus de '
     'toi, vous serez deux !\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nPour l'entretien de jeudi, ce ne sera pas possible pour cette fois, pouvons-nous "
     'décaler à lundi ?\n\nService RH\nGroupe Lumen'),
    ("Votre offre d'embauche", 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nPour le télétravail le vendredi, c'est non pour nous, mais le reste de l'offre "
     "d'embauche tient toujours.\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nConformément à notre politique, nous privilégions les candidatures internes dans un '
     'premier temps ; le poste reste ouvert aux externes à partir du 30.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nComme vous l'avez demandé, l'équipe a retiré votre candidature de notre base de "
     'données.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nNous sommes au complet pour l'entretien collectif de jeudi ; nous vous proposons "
     'celui de vendredi.\n\nService RH\nGroupe Lumen'),
    ('Entretien en visio', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nLe test de connexion n'a pas été concluant hier ; pouvons-nous refaire l'appel vidéo "
     "pour l'entretien ?\n\nService RH\nGroupe Lumen"),
    ('Ton contrat', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nTu ne feras pas partie de l'équipe de nuit mais de celle de jour, ton contrat "
     'commence lundi.\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nPour la date de l'entretien, nous avons fait un autre choix : mardi 10 h plutôt que "
     'lundi.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nVotre candidature ne pourra malheureusement pas aboutir sans votre diplôme ; merci de '
     "nous l'envoyer.\n\nService RH\nGroupe Lumen"),
    ('Plaquette recrutement', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNous avons finalement fait appel à une personne externe pour traduire la plaquette, '
     'merci pour ton aide.\n\nService RH\nGroupe Lumen'),
    ('Mission', 'Agence Intérim <agence@interim.example>',
     "Bonjour Sam,\n\nVotre candidature n'a pas été présentée au client car il manque votre CV à jour ; "
     "pouvez-vous nous l'envoyer ?\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nIl nous est impossible de vous recevoir avant lundi pour l'entretien.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nNous préférons poursuivre avec des candidats disposant d'une voiture pour ce poste : "
     "c'est votre cas, nous vous proposons donc un entretien.\n\nService RH\nGroupe Lumen"),
    # --- more of the same: a replacement, a slot taken, a seminar, a date, a post still open -------------------------
    ('Remplacement', 'Marc <marc@boite.example>',
     "Salut Sam,\n\nPour remplacer Julie pendant son congé, on a trouvé quelqu'un. Tu pourras lui montrer "
     'les dossiers ?\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nLe créneau de 14 h est déjà pris, désolé ; pouvez-vous venir à 16 h pour l'entretien "
     '?\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour,\n\nBonjour, déjà pris rendez-vous pour votre entretien ? Sinon appelez-moi.\n\nService '
     'RH\nGroupe Lumen'),
    ('Votre CV', 'Patrick <patrick@magasin.example>',
     "Bonjour Sam,\n\nJe n'embauche personne sans l'avoir rencontré : passez au magasin jeudi pour un "
     'entretien.\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNous retenons une autre candidature pour Lyon, mais pour Paris nous aimerions vous '
     'rencontrer lundi.\n\nService RH\nGroupe Lumen'),
    ("Salon de l'emploi", 'Hugo <hugo@boite.example>',
     "Salut Sam,\n\nNous avons décidé d'aller avec quelqu'un de l'équipe chercher le matériel ; tu nous "
     'rejoins sur le salon ?\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nL'équipe est complète pour le séminaire, mais votre entretien est maintenu "
     'jeudi.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNotre décision est prise : elle vous est favorable, bienvenue !\n\nService RH\nGroupe '
     'Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nLe poste pour lequel vous avez postulé est toujours disponible ; nous vous appelons '
     'demain.\n\nService RH\nGroupe Lumen'),
    ('Entretien', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nIl nous est impossible de retenir une date cette semaine pour l'entretien ; nous "
     'revenons vers vous.\n\nService RH\nGroupe Lumen'),
    # --- spoken French without "ne": not yet looked at, taken, validated ---------------------------------------------
    ('Ta candidature', 'Service RH <rh@groupe-lumen.example>',
     'Coucou Sam,\n\nBon, on a pas encore regardé ta candidature, je te dis ça la semaine pro !\n\nService '
     'RH\nGroupe Lumen'),
    ("Job d'été", 'Service RH <rh@groupe-lumen.example>',
     "Salut Sam,\n\nT'as été pris pour le job d'été, bravo ! Tu commences le 1er juillet.\n\nService "
     'RH\nGroupe Lumen'),
    ('Ton profil', 'Karim <karim@cabinet-rh.example>',
     'Hello Sam,\n\nLe manager a validé ton profil pour le CDI, il veut te voir jeudi.\n\nService '
     'RH\nGroupe Lumen'),
    # --- admitted, ranked, a day moved, an office move ---------------------------------------------------------------
    ('Concours', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nLe jury vous a déclarée admise à l'issue de l'épreuve orale, félicitations.\n\nService "
     'RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nVotre candidature a été classée en rang utile : vous êtes convoquée à l'entretien "
     'final.\n\nService RH\nGroupe Lumen'),
    ('Ton stage', 'Paul <paul@studio.example>',
     "Salut Sam,\n\nConcernant ton stage : mon équipe ne pourra pas t'accueillir lundi, viens plutôt "
     'mardi.\n\nService RH\nGroupe Lumen'),
    ('Déménagement', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nPour le déménagement des bureaux, nous allons malheureusement en rester là cette '
     'semaine.\n\nService RH\nGroupe Lumen'),
    # --- the same words as good news ---------------------------------------------------------------------------------
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Madame,\n\nLe poste étant pourvu par vous, nous archivons les autres candidatures. Bienvenue '
     '!\n\nService RH\nGroupe Lumen'),
    ('Demande de stage', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nNous sommes en mesure de donner une suite favorable à votre demande de stage : vous '
     'commencez le 2 mai.\n\nService RH\nGroupe Lumen'),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     'Bonjour Sam,\n\nVotre profil a retenu notre attention et nous aimerions vous rencontrer.\n\nService '
     'RH\nGroupe Lumen'),
    ('Alternance', 'Service RH <rh@groupe-lumen.example>',
     "Bonjour Sam,\n\nTu as été sélectionnée pour l'alternance, félicitations !\n\nService RH\nGroupe Lumen"),
    ('Votre candidature', 'Service RH <rh@groupe-lumen.example>',
     "Madame,\n\nVotre candidature au poste de comptable n'a pas été reçue, merci de la "
     'renvoyer.\n\nService RH\nGroupe Lumen'),
]


@pytest.mark.parametrize(("subject", "sender", "body"), REJECTIONS, ids=ids(REJECTIONS))
def test_sweep_fr_rejection_found(subject: str, sender: str, body: str) -> None:
    assert found(mail(body, subject, sender))


@pytest.mark.parametrize(("subject", "sender", "body"), NON_REJECTIONS, ids=ids(NON_REJECTIONS))
def test_sweep_fr_look_alike_is_no_rejection(subject: str, sender: str, body: str) -> None:
    assert not found(mail(body, subject, sender))
