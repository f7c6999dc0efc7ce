"""French: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidature non retenue", 4.0, ('pas', 'retenir', 'retiendrons'),
        rf"\b(?:n'a|n'ont|n'avons|ne sera|ne seront|n'est|ne pourra|ne pourrons|ne pouvons|ne peut|ne sommes|n'etes|n'etait) pas{S}(?:ete |etre |ete )?(?:retenue?s?|selectionnee?s?|poursuivie?s?|reten)",
        rf"\bcandidature{G}\b(?:pas|plus|non) (?:ete |etre )?(?:retenue|poursuivie|selectionnee|conservee)",
        r"\bcandidature (?:n'a|ne sera|n'est|ne pourra) pas",
        r"\bne (?:pas|pouvons pas|pourrons pas|plus) retenir (?:votre|ta) candidature|\bne retiendrons pas"),
    fam("ne pas donner suite", 4.0, ('suite',),
        rf"(?:\bne\b|\bn'|\bpas\b|\bplus\b){G}\bdonn\w* (?:une |de |d'autre )?suites?\b",
        r"\bpas (?:en mesure|possible) (?:de )?(?:donner|reserver) (?:une )?suite",
        r"\bsans suite\b"),
    fam("autres candidats retenus", 4.0, ('autre', 'candidat', 'profil', 'personne'),
        rf"\b(?:poursuivre|continuer|avancer|aller plus loin|privilegier|retenir|retenu|choisi|selectionne|fait le choix|opte)\b{G}\b(?:d'autres?|un autre|une autre|un|une|des) (?:candidat|profil|personne|candidature)\w*\b[^.!?;]{{0,15}}(?:dont|qui|plus|correspond)",
        r"\b(?:poursuivre|continuer|avancer|aller plus loin) (?:le processus |l'aventure )?avec d'autres (?:candidat|profil|personne)",
        r"\bfait le choix d'(?:une autre|un autre) (?:personne|candidat|profil)"),
    fam("ne pas poursuivre", 3.5, ('poursuiv', 'continu', 'avancer', 'clotur', 'clore', 'ferm', 'processus'),
        rf"(?:\bne\b|\bn'|\bpas\b){S}\b(?:poursuivre|poursuivrons|continuer|continuerons|avancer)\b{S}\b(?:avec (?:vous|votre candidature|ta candidature)|votre candidature|le processus avec vous)",
        r"\b(?:cloturons|cloturer|clore|fermer|fermons) (?:votre|ta) candidature|\bprocessus (?:est )?(?:donc )?(?:clos|cloture|termine|interrompu)"),
    fam("poste pourvu", 3.5, ('pourvu',),
        r"\bposte\b[^.!?;]{0,30}\b(?:a ete|est|a deja ete|est deja|vient d'etre|est desormais) (?:deja )?pourvu",
        r"\b(?:avons|a) (?:deja )?pourvu (?:le|ce) poste"),
    fam("gel des recrutements", 3.5, ('gel ', 'supprime', 'annule', 'suspendu', 'gele'),
        r"\bgel des (?:recrutements|embauches)|\b(?:poste|recrutement)\b[^.!?;]{0,30}\b(?:est|a ete) (?:supprime|annule|suspendu|gele)"),
    fam("profil ne correspond pas", 3.0, ('correspond', 'repondant'),
        r"\bprofil ne (?:correspond|correspondant)\w* pas|\bprofil (?:ne correspondant|ne repondant) pas",
        r"\bne (?:correspond|correspondez) pas (?:tout a fait |suffisamment |entierement )?(?:a|aux) (?:nos|notre|vos)? ?(?:besoins|attentes|criteres|profil)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_FR_VERB = alt("retenir", "poursuivre", "continuer", "donner (?:une )?suite", "donner une suite favorable", "avancer",
               "proposer", "offrir", "selectionner", "aller plus loin", "inviter", "convier")

DECISIONS += [
    fam("grammaire : ne pas pouvoir retenir", 4.0, ("pas", "plus"),
        rf"\b(?:ne|n')\b{S}\b(?:pas|plus)\b{S}\b(?:pouvoir |pouvons |pourrons |souhaitons |allons |sommes en mesure de |"
        rf"etre en mesure de )?{_FR_VERB}\b",
        rf"\bpas en mesure de (?:vous |te )?{_FR_VERB}",
        r"\b(?:ne|n')\b ?\w+ (?:pas|plus) suite\b"),
    fam("grammaire : une autre personne", 4.0, ("autre", "profils", "candidat"),
        r"\b(?:avec|pour|par|sur|vers) (?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature)",
        r"\b(?:retenu|choisi|selectionne|privilegie)\w*\b[^.!?;]{0,30}\b(?:des |d'autres |un autre |une autre )?"
        r"(?:profils|candidat\w*|personnes?) (?:plus|dont|qui|correspondant|mieux)"),
    fam("grammaire : ne correspond pas", 4.0, ("correspond",),
        r"\bne correspond\w* pas\b[^.!?;]{0,30}\b(?:a ce que|au profil|a nos|aux|a notre)"),
    fam("grammaire : recrutement arrêté", 3.5, ("suspendu", "annule", "pourvu", "clotur"),
        r"\b(?:poste|recrutement|processus)\b[^.!?;]{0,40}\b(?:suspendu|annule|pourvu|interrompu|cloture)",
        r"\bcloturons (?:votre|ta) candidature"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("grammaire : un autre profil retenu", 4.0, ("autre", "profil", "candidat", "personne"),
        r"\b(?:prefere|retenu|choisi|selectionne|privilegie)\w*\b[^.!?;]{0,30}\b(?:un|une) (?:candidat|candidate|profil|personne)\b"
        r"[^.!?;]{0,10}\b(?:dont|qui|plus|davantage|mieux|ayant|avec)\b",
        rf"\b(?:retenu|choisi|selectionne|privilegie|opte pour|oriente\w* vers|engage|recrute|poursuivre avec)\w*\b{G}"
        r"\b(?:(?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature)|quelqu'un d'autre)",
        rf"\b(?:retenu|choisi|opte pour|privilegie|selectionne)\w*\b{G}\b(?:un|une|des) (?:profil|candidat\w*|personne)s? "
        r"(?:plus|mieux|davantage|ayant|avec)\b"),
    fam("grammaire : pas d'offre", 4.0, ("pas", "offre", "proposition"),
        r"\bne pas (?:vous|te) (?:faire|proposer|adresser|transmettre|soumettre) (?:d'|une |de |la )?(?:offre|proposition)",
        r"\b(?:ne|n') ?\w+ (?:pas|plus) (?:en mesure de )?(?:vous|te) (?:faire|proposer) (?:d'|une )?(?:offre|proposition)"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    fam("grammaire : pas de suite / pas abouti", 4.0, ("abouti", "suite", "porte", "pas", "retenu"),
        r"\bcandidature\b[^.!?;]{0,50}\b(?:n'a|n'ont) (?:malheureusement |pas )?(?:pas )?(?:abouti|ete (?:retenue|selectionnee|acceptee|concluante))",
        r"\bnotre choix s'est (?:porte|arrete) sur\b",
        r"\b(?:ne|n') ?(?:\w+ ){0,3}pas (?:y |vous |lui )?donner (?:une )?suite\b",
        r"\bn'est plus (?:a pourvoir|disponible|ouvert)\b|\ba (?:deja )?ete pourvu"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
DECISIONS += [
    fam("grammaire : pas parmi les lauréats / poste proposé à un autre", 4.0, ("parmi", "propos", "offert", "statut", "confi", "retenu",
                                                                        "selectionn"),
        r"\bn'(?:avez|as|etes|es) pas ete (?:retenue?s?|selectionnee?s?)\b",
        r"\b(?:ne|n') ?(?:figur|etes|faites|compt)\w* pas parmi (?:les|nos)\b",
        r"\b(?:propose|offert|attribue|confie)\w* (?:le|ce) poste\b[^.!?;]{0,50}\b(?:a|au) (?:cette|une autre|un autre|l'autre|une|un|"
        r"quelqu'un)\b",
        r"\bstatut\b[^.!?;]{0,80}\bnon (?:retenue?|selectionnee?)"),
    fam("grammaire : ne pas pouvoir te garder", 4.0, ("pas", "plus"),
        r"\b(?:ne|n')\b[^.!?;]{0,25}\b(?:pas|plus)\b[^.!?;]{0,25}?\b(?:te|vous) (?:garder|accueillir|engager|embaucher|recruter|integrer)\b"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("grammaire : pas de suite / non admissible / pas de réponse favorable", 4.0, ("pas", "favorable", "pourvu", "recrutons"),
        r"\b(?:ne|n')\b[^.!?;]{0,30}\bdonn\w* (?:donc |pas |plus |malheureusement |helas )+(?:de |une )?suites?\b",
        r"\bn'(?:avez|as|etes|es) pas ete (?:declaree?s? )?(?:admissible|admise?s?|retenue?s?)\b",
        r"\b(?:pas|plus) en mesure d'y (?:repondre|donner suite)|\b(?:pas|plus)\b[^.!?;]{0,30}\brepondre favorablement",
        r"\bpostes?\b[^.!?;]{0,40}\b(?:est|sont) (?:actuellement |deja |desormais )?pourvus?\b",
        r"\b(?:privilegie|retenu|choisi)\w*\b[^.!?;]{0,20}\b(?:un|une) (?:profil|candidat\w*|personne) (?:disposant|possedant|justifiant)\b",
        r"\bne recrutons pas\b|\boffre\b[^.!?;]{0,40}\b(?:retiree|annulee|revoquee)"),
]
