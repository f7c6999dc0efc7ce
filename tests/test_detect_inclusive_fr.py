"""French inclusive writing with full stops ("un.e autre candidat.e", "retenu.e.s"), as French start-ups and public
bodies write it: read as the middle-dot form ("candidat·e") and the plain feminine already are. Written for this
file."""

from __future__ import annotations

from labelled import letters_test

REJECTIONS = [
    ("Votre candidature - Chargé.e de communication",
     "Bonjour Sam,\n\nMerci pour ton intérêt pour notre association. Après réflexion, nous avons retenu un.e autre "
     "candidat.e dont le parcours correspond davantage au poste.\n\nBelle continuation,\nL'équipe"),
    ("Candidature au poste de développeur.se back-end",
     "Bonjour Sam,\n\nNous te remercions pour ta candidature. Malheureusement, tu n'as pas été retenu.e pour la suite "
     "du processus.\n\nÀ bientôt peut-être,\nClémence, Talent Acquisition"),
    ("Suite à votre entretien",
     "Madame, Monsieur,\n\nAprès étude de votre dossier, nous sommes au regret de vous informer que vous n'avez "
     "pas été sélectionné.e pour le poste d'assistant.e administratif.ve.\n\nCordialement,\n"
     "Le service des ressources humaines"),
    ("Recrutement - Responsable logistique",
     "Bonjour,\n\nMerci d'avoir candidaté. Nous avons fait le choix d'un.e candidat.e plus expérimenté.e sur ce type "
     "de mission.\n\nBonne continuation dans tes recherches,\nNadia"),
]

LOOKALIKES = [
    ("Entretien - Chargé.e de projet",
     "Bonjour Sam,\n\nBonne nouvelle : tu as été retenu.e pour un entretien la semaine prochaine. Peux-tu nous "
     "indiquer tes disponibilités ?\n\nNadia"),
    ("Accusé de réception de votre candidature",
     "Bonjour,\n\nNous avons bien reçu votre candidature. Les candidat.e.s retenu.e.s seront contacté.e.s d'ici deux "
     "semaines.\n\nLe service RH"),
]

test_rejections_in_inclusive_writing_are_found = letters_test(REJECTIONS, "RH <rh@collectif-ardent.example>",
                                                              rejection=True)
test_invitations_and_acknowledgements_in_inclusive_writing_are_not = letters_test(
    LOOKALIKES, "RH <rh@collectif-ardent.example>", rejection=False)
