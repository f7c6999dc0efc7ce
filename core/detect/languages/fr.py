"""French: the sentences and constructions that say an application will not go ahead (folded text)."""

from __future__ import annotations

from nextround.detect.patterns import Family, G, S, alt, fam

# the subject is the other applicants, not the reader ("les autres candidats n'ont pas été retenus")
_FR_NOT_OTHERS = r"(?<!autres candidats )(?<!autres candidates )(?<!autres candidatures )(?<!autres profils )"

# what makes a "not now" of a "no": a time or a condition after the verb ("pas vous rencontrer cette semaine")
_FR_NOT_NOW = (r"(?:avant|tant|sans|si|cette semaine|ce mois|ce jour|aujourd'hui|demain|maintenant|tout de suite|pour l'instant|"
               r"pour le moment|en ce moment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|ce matin|cet apres-midi)")
# a time after "au", "en", "pendant" ("au second semestre", "en 2025", "pendant l'été"), not a place or a department
_FR_WHEN = (r"(?:ce moment|cette periode|ce semestre|(?:premier|second|deuxieme|1er|2e|2nd) (?:semestre|trimestre)|\d{4}|"
            r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|ete|hiver|automne|"
            r"printemps|la (?:periode|saison) (?:estivale|d'ete|hivernale))")

# The everyday sentences of a rejection, one family per decision idea.
DECISIONS: list[Family] = [
    fam("candidature non retenue", 4.0, ('pas', 'retenir', 'retiendrons', 'non retenu', 'non selectionn'),
        # (not the others: "les autres candidats n'ont pas été retenus" in the reader's good news)
        rf"{_FR_NOT_OTHERS}\b(?:n'a|n'ont|n'avons|ne sera|ne seront|n'est|ne pourra|ne pourrons|ne pouvons|ne peut|ne sommes|n'etes|n'etait) pas(?! encore\b){S}(?:ete |etre |ete )?(?:retenue?s?|selectionnee?s?|poursuivie?s?|reten)"
        r"(?!\w* (?:de |d'|la |le |une |un |aucune? )?(?:date|creneau|horaire|rendez-vous|heure|jour)s?\b)",
        rf"\bcandidature{G}\b(?:pas|plus|non) (?:ete |etre )?(?:retenue|poursuivie|selectionnee|conservee)",
        r"\bcandidature\b[^.!?;]{0,20}?\bne (?:pourra|peut|pourrait|va) (?:malheureusement|donc|helas|finalement) pas (?:aboutir|etre "
        r"(?:retenue|acceptee|selectionnee))\b(?! (?:sans|si|s'il|tant|avant|faute)\b)",
        r"\bcandidature (?:n'a|ne sera|n'est|ne pourra) pas\b(?! (?:encore|seulement|uniquement|passee inapercue|oubliee|perdue|ignoree|mise de cote|close|cloturee|terminee|"
        # a file to complete, to sign or not yet received is a request ("votre candidature n'est pas complète", "n'a pas été
        # reçue", "n'a pas été présentée au client car il manque votre CV"); the agency's own "not put forward" is its own rule
        r"(?:ete )?(?:tout a fait |bien )?(?:complete|finalisee|enregistree|validee|signee|visible|a jour|recue(?! (?:favorablement|positivement))|envoyee|presentee|transmise|"
        r"soumise)|"
        # "n'a pas été rejetée / refusée": a negated rejection, the candidacy lives on
        r"(?:ete |etre )?(?:rejetee|refusee|ecartee|declinee|archivee|supprimee|oubliee|perdue|ignoree|mise de cote)))",
        # a partner or a client did not approve the profile ("l'entreprise utilisatrice n'a pas validé votre profil")
        r"\bn'(?:a|ont|avons|ai) (?:\w+ )?pas (?:valide|accepte|retenu|selectionne) (?:votre|ta|ton) (?:profil|candidature|dossier|"
        r"postulation)\b",
        r"\bne (?:pas|pouvons pas|pourrons pas|plus) retenir (?:votre|ta) candidature|\bne retiendrons pas"),
    fam("ne pas donner suite", 4.0, ('suite',),
        # "n'a pas encore donné suite" is a delay
        r"(?:\bne\b|\bn'|\bpas\b|\bplus\b)(?:(?!\bencore\b)[^.!?;]){0,60}?\b(?:donn|reserv)\w* (?:une |de |d'autre )?suites?\b",
        r"\bpas (?:ete |etait )?(?:en mesure|possible) (?:de |d')?(?:y )?(?:donner|reserver) (?:une )?suite",
        r"\bsans suite\b|\b(?:ne|n') ?(?:\w+ ){0,2}?(?:donner|donnerons|donnons|reserver|reserverons) aucune suite\b"),
    fam("autres candidats retenus", 4.0, ('autre', 'candidat', 'profil', 'personne'),
        rf"\b(?:poursuivre|continuer|avancer|aller plus loin|privilegier|retenir|retenu|choisi|selectionne|fait le choix|opte)\b{G}\b(?:d'autres?|un autre|une autre|un|une|des) (?:candidat|profil|personne|candidature)\w*\b[^.!?;]{{0,15}}(?:dont|qui|plus|correspond)",
        r"\b(?:poursuivre|continuer|avancer|aller plus loin) (?:le processus |l'aventure )?avec d'autres (?:candidat|profil|personne)",
        # a preference said in the present ("nous préférons poursuivre avec des candidats disposant d'une expérience...")
        r"\b(?:preferons|prefere|avons prefere|avons choisi de|avons decide de) (?:poursuivre|continuer|avancer) (?:le processus )?avec "
        r"(?:des|d'autres) (?:candidat|profil|personne)\w* (?:disposant|ayant|possedant|justifiant|plus|dont|qui)\b",
        r"\bfait le choix d'(?:une autre|un autre) (?:personne|candidat|profil)"),
    fam("ne pas poursuivre", 3.5, ('poursuiv', 'continu', 'avancer', 'clotur', 'clore', 'ferm', 'processus'),
        rf"(?:\bne\b|\bn'|\bpas\b){S}\b(?:poursuivre|poursuivrons|continuer|continuerons|avancer)\b{S}\b(?:avec (?:vous|votre candidature|ta candidature)|votre candidature|le processus avec vous)",
        r"\b(?:cloturons|cloturer|clore|fermer|fermons|(?<!n')(?:avons|a) (?:donc |malheureusement |finalement |desormais )?"
        r"(?:cloture|ferme|clos)) (?:votre|ta) (?:candidature|dossier)|\bprocessus (?:est )?(?:donc )?(?:clos|cloture|termine|interrompu)"),
    fam("poste pourvu", 3.5, ('pourvu', 'comble', 'plus disponible', "plus d'actualite"),
        # the post the reader applied for no longer on offer ("le poste pour lequel vous avez postulé n'est plus disponible");
        # a job alert's "cette offre n'est plus disponible, voici des offres similaires" is a stale link, not a decision
        r"\b(?:poste|offre|annonce|stage|mission|emploi|job|affichage) (?:pour lequel|pour laquelle|auquel|a laquelle|sur lequel) (?:vous avez|"
        r"tu as) (?:postule|candidate|envoye)\b[^.!?;]{0,30}?\bn'(?:est|etait) (?:malheureusement |donc |desormais |helas )?plus "
        r"(?:disponible|d'actualite)\b",

        # ...or filled, however long the post's name ("le poste de comptable fournisseurs pour lequel vous avez postulé a
        # été pourvu")
        r"\b(?:poste|offre|annonce|stage|mission|emploi|affichage)\b[^.!?;]{0,80}?\b(?:pour lequel|pour laquelle|auquel|"
        r"a laquelle|sur lequel) (?:vous avez|vous aviez|tu as|tu avais) (?:postule|candidate|envoye)\b[^.!?;]{0,30}?\b(?:a ete|est|a deja ete|"
        r"est deja|vient d'etre|est desormais|a finalement ete) (?:deja )?(?:pourvue?|comblee?)\b",
        # Québec calls the posting an "affichage" ("l'affichage 2231 a été comblé")
        r"\b(?:poste|affichage)\b[^.!?;]{0,30}\b(?:a ete|est|a deja ete|est deja|vient d'etre|est desormais|a maintenant ete) (?:deja )?(?:pourvu|comble\b)",
        r"\b(?:avons|a) (?:deja )?(?:pourvu (?:le|ce) poste|comble (?:le|ce) poste(?= ?(?:[.,;!]|$|a l'interne|en interne)))"),
    fam("gel des recrutements", 3.5, ('gel ', 'supprime', 'annule', 'suspendu', 'gele', 'geler', 'suspendre', 'annuler'),
        r"\bgel des (?:recrutements|embauches)|\b(?:poste|recrutement)\b[^.!?;]{0,30}\b(?:est|a ete) (?:supprime|annule|suspendu|gele)",
        # the freeze decided, the post its object ("la direction a choisi de geler ce recrutement", "nous avons dû
        # suspendre le recrutement pour ce poste", "décidé d'annuler ce poste")
        r"\b(?:(?:decide|choisi|contraints?|obliges?|pris la decision) (?:\w+ )?(?:de |d')|(?:avons|a|ont) du )(?:geler|suspendre|annuler|supprimer) "
        r"(?:ce|le|notre|son|leur|cet) (?:recrutement|poste|processus de recrutement)\b"),
    fam("profil ne correspond pas", 3.0, ('correspond', 'repondant', 'ne colle', 'ne match', 'ne convien', 'ne cadr', "n'entr"),
        # the profile "does not enter" the need or the frame ("n'entre pas dans nos besoins du moment")
        r"\b(?:profil|parcours|experience|candidature|dossier)\b[^.!?;]{0,40}?\bn'entr\w* (?:malheureusement |donc )?pas dans "
        r"(?:nos|le|les|notre) (?:besoins|cadre|criteres|attentes|recherches)\b",
        r"\b(?:profil|parcours|experience|candidature) (?:\w+ ){0,3}?ne (?:colle|collait|collerait|matche|match|convient|convenait|conviendrait|"
        r"cadre|cadrait|cadrerait) "
        r"(?:\w+ )?pas (?:\w+ ){0,2}?(?:avec|a|au|aux|pour)\b",
        r"\bprofil ne (?:correspond|correspondant)\w* pas|\bprofil (?:ne correspondant|ne repondant) pas",
        r"\bne (?:correspond|correspondez) pas (?:tout a fait |suffisamment |entierement )?(?:a|aux) (?:nos|notre|vos)? ?(?:besoins|attentes|criteres|profil)"),
]


# --- first layer: compositional grammars ([negation] x [verb] x [object] and friends) ---
_FR_VERB = alt("retenir", "poursuivre", "continuer", "donner (?:une )?suite", "donner une suite favorable", "avancer",
               "proposer", "offrir", "selectionner", "aller plus loin", "inviter", "convier")

DECISIONS += [
    fam("grammaire : ne pas pouvoir retenir", 4.0, ("pas", "plus", "impossib"),
        # litotes ("ne manquerons pas de vous proposer") and a date or slot as the object are no decision
        rf"\b(?:ne|n')\b(?! ?(?:manqu|hesit|oubli)){S}\b(?:pas|plus)\b{S}\b(?:pouvoir |pouvons |pourrons |souhaitons |allons |"
        rf"sommes en mesure de |etre en mesure de )?{_FR_VERB}\b(?! (?:[\w']+ )?(?:date|creneau|horaire|rendez-vous|heure)s?\b)",
        rf"\b(?:pas en mesure|dans l'impossibilite) de (?:vous |te )?{_FR_VERB}",
        # "il nous est impossible de ..." with a verb that decides (not "de vous recevoir mardi")
        r"\bimpossible de (?:vous |te )?(?:retenir|donner (?:une )?suite|donner une suite (?:favorable|positive)|poursuivre|selectionner|"
        r"recruter|embaucher|engager|repondre (?:favorablement|positivement))\b(?! (?:avant|d'ici|tant|pour l'instant que)\b)"
        r"(?! (?:une |un |la |le |de |d')?(?:date|creneau|horaire|rendez-vous|heure|jour|salle)s?\b)",
        r"\b(?:ne|n')\b ?\w+ (?:pas|plus) suite\b"),
    fam("grammaire : une autre personne", 4.0, ("autre", "profils", "candidat"),
        r"\b(?:avec|pour|par|sur|vers|donne\w* suite a) (?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature)",
        # a process or a jury that "decided in favour of" another ("le processus s'est conclu en faveur d'un autre candidat")
        r"\b(?:conclu|tranche|decide|prononce|termine|opte|prise?)\w* (?:\w+ ){0,2}?en faveur (?:d'|de )?(?:une autre|un autre|d'autres) "
        r"(?:personne|candidat|profil|candidature)",
        r"\b(?:retenu|choisi|selectionne|privilegie)\w*\b[^.!?;]{0,30}\b(?:des |d'autres |un autre |une autre )?"
        r"(?:profils|candidat\w*|personnes?) (?:plus|dont|qui|correspondant|mieux)"),
    fam("grammaire : ne correspond pas", 4.0, ("correspond",),
        r"\bne correspond\w* pas\b[^.!?;]{0,30}\b(?:a ce que|au profil|a nos|aux|a notre)"),
    fam("grammaire : recrutement arrêté", 3.5, ("suspendu", "annule", "pourvu", "clotur", "comble", "complet", "ne sera pas",
                                                 "mis fin"),
        r"\b(?:on est|nous sommes|l'equipe est|notre equipe est|nos equipes sont|l'effectif est|nos effectifs sont) (?:deja |desormais )?"
        r"(?:au complet|complete?s?)\b(?! pour (?!(?:cette|la|l'|le|cet|ce) ?(?:saison|annee|ete|periode|moment|instant|poste|stage|"
        r"rentree|recrutement)\b))",
        # "tant que le poste ne sera pas pourvu", "le poste n'a pas encore été pourvu": a negated state decides nothing
        r"\b(?:poste|recrutement|processus)\b(?:(?!\bpas\b|\bjusqu)[^.!?;]){0,40}\b(?:suspendu|annule|pourvu|interrompu|cloture|comble)\b",
        # an agency's assignment ended by its client: "la mission a été suspendue et ne sera pas reprise", "le client a
        # mis fin au recrutement" (not "suspendue jusqu'en janvier")
        r"\b(?:mission|recrutement|recherche)\b(?:(?!\bjusqu)[^.!?;]){0,40}\bne sera pas (?:reprise?|relancee?|rouverte?)\b",
        r"\b(?:a|ont|avons) (?:finalement |malheureusement |donc )?mis fin (?:au recrutement|a la mission|au processus(?: de "
        r"recrutement)?|a (?:la|sa|notre) recherche)\b",
        r"\bcloturons (?:(?:donc|par consequent|malheureusement|ainsi|des lors|a present|aujourd'hui) )?(?:votre|ta) candidature"),
]


# --- second layer: orders and constructions the first layer misses ----------------------------------------
# (object before the negation, "someone else", comparatives after a choice, negated next rounds, no offer)
DECISIONS += [
    fam("grammaire : un autre profil retenu", 4.0, ("autre", "profil", "candidat", "personne", "quelqu'un"),
        r"\b(?:prefere|retenu|choisi|selectionne|privilegie|orientons vers|orientes vers|opte pour)\w*\b[^.!?;]{0,30}\b(?:un|une) "
        r"(?:candidat|candidate|profil|personne)\b"
        r"[^.!?;]{0,10}\b(?:dont|qui|plus|davantage|mieux|ayant|avec|deja|repondant|correspondant|disposant|possedant|justifiant)\b",
        # the choice said in the present ("nous retenons une autre candidature"); with "un profil plus ..." only after a "but",
        # since a job advert also says "nous privilégions un profil autonome"
        r"\b(?:nous|on) (?:\w+ )?(?:privilegions|privilegie|retenons|retient|choisissons|choisit|preferons|prefere|selectionnons) "
        r"(?:une autre|un autre|d'autres) (?:profil|candidat|candidate|candidature|personne)(?![^.!?;]{0,80}\bmais\b)",
        r"\b(?:cependant|mais|toutefois|neanmoins|malheureusement|helas),? (?:nous|on) (?:privilegions|privilegie|retenons|preferons|prefere|"
        r"choisissons) (?:un|une|des) (?:profil|candidat|candidate|candidature|personne)s? (?:plus|mieux|davantage|ayant|avec|dont|qui|"
        r"correspondant|repondant|interne)\b(?![^.!?;]{0,80}\bmais\b)",
        # Québec "aller avec": "on a décidé d'aller avec quelqu'un qui a plus d'expérience"
        r"\b(?:decide|choisi|prefere) (?:d'|de )?(?:aller|partir|continuer|avancer) avec (?:quelqu'un (?:d'autre|de plus|qui|ayant|possedant|"
        r"avec)|une autre (?:personne|candidat)|un autre (?:candidat|profil)|d'autres (?:candidat|profil|personne)|une personne (?:qui|ayant|"
        r"avec|plus)|un candidat|une candidate|un profil)\b",
        rf"\b(?:retenu|choisi|selectionne|privilegie|opte pour|oriente\w* vers|engage|recrute|embauche|poursuivre avec)\w*\b{G}"
        r"\b(?:(?:une autre|un autre|d'autres) (?:personne|candidat|profil|candidature|dossier)|quelqu'un d'autre)",
        # "took" or "chose" another trainee, colleague or tradesman ("on a pris une autre stagiaire", "on a choisi un autre
        # mécano"), or "called on" someone else ("avons fait appel à une personne déjà connue"); not "pris en compte"
        r"\b(?:avons|a|ai|ont|avions) (?:finalement |deja |donc )?(?:pris|choisi|retenu|embauche|engage|recrute|trouve) (?:finalement |deja )?"
        r"(?:une autre|un autre|d'autres) (?:stagiaires?|alternante?s?|apprentie?s?|candidate?s?|personnes?|profils?|laureate?s?|collaborat\w+|"
        r"saisonniere?s?|interimaires?|vendeu\w+|serveu\w+|mecano|mecanicien\w*|technicien\w*|ingenieu\w+|cuisinier\w*|comptables?|developpeu\w+|"
        r"infirmier\w*|educat\w+|assistante?s?|coordinat\w+|animat\w+|chauffeurs?|livreu\w+|employee?s?|etudiante?s?|gars|jeunes?)\b"
        r"(?![^.!?;]{0,20}\b(?:en plus de (?:toi|vous)|avec (?:toi|vous)|comme (?:toi|vous)|aussi|egalement)\b)",
        r"\b(?:avons|a|ont|ai) (?:finalement |donc |plutot )?fait appel a (?:une autre|un autre|d'autres|quelqu'un|une personne|un candidat|"
        r"une candidate|un profil)\b(?:[^.!?;]{0,30}?\bpour (?!(?:le|ce|cette|la|ton|ta|votre|notre|l') ?(?:poste|job|stage|place|mission|"
        r"contrat|emploi|role|recrutement))\w+)?(?![^.!?;]{0,30}?\bpour (?!(?:le|ce|cette|la|ton|ta|votre|notre|l') ?(?:poste|job|stage|"
        r"place|mission|contrat|emploi|role|recrutement)))",
        rf"\b(?:retenu|choisi|opte pour|privilegie|selectionne|engage|embauche|recrute)\w*\b{G}\b(?:un|une|des) (?:profil|candidat\w*|"
        r"personne)s? (?:plus|mieux|davantage|ayant|avec|qui (?:\w+ )?(?:correspond|repond|colle|convient)\w* (?:mieux|davantage|plus))\b"),
    fam("grammaire : pas d'offre", 4.0, ("pas", "offre", "proposition"),
        r"\bne pas (?:vous|te) (?:faire|proposer|adresser|transmettre|soumettre) (?:d'|une |de |la )?(?:offre|proposition)",
        r"\b(?:ne|n') ?\w+ (?:pas|plus) (?:en mesure de )?(?:vous|te) (?:faire|proposer) (?:d'|une )?(?:offre|proposition)"),
]


# --- third layer: the wordings other authors use (ATS status lines, formal letters, informal notes) ----------
# Each family is still one decision idea; inflections and formal/informal pronouns are spelled out.
DECISIONS += [
    # (a post filled or gone is a state of the role, weighed by "poste pourvu" and "poste déjà pris"; a bare "n'est plus
    # disponible / a été pourvu" here, live only in mail with "pas", also read "l'article n'est plus disponible" of a
    # cancelled order and a job board's "le poste que vous aviez sauvegardé a été pourvu" as decisions)
    fam("grammaire : pas de suite / pas abouti", 4.0, ("abouti", "suite", "porte", "pas", "retenu"),
        r"\bcandidature\b[^.!?;]{0,50}\b(?:n'a|n'ont) (?:malheureusement |pas )?(?:pas )?(?:abouti|ete (?:retenue|selectionnee|acceptee|concluante))",
        r"\bnotre choix s'est (?:porte|arrete) sur\b",
        r"\b(?:ne|n') ?(?:\w+ ){0,3}pas (?:y |vous |lui )?donner (?:une )?suite\b"),
]


# --- fourth layer: stems instead of spelled-out forms ------------------------------------------------------
# New authors inflect and order words freely ("el equipo eligió a otra persona", "decidió no continuar contigo",
# "a escolha recaiu sobre outro candidato"). These families compose word classes written as stems:
#   [a past choice] ... [someone else / other candidates]         the position went to another person
#   [negation] [0-3 auxiliaries] [go-on verb] ... [the reader]     the reader's candidacy stops here
#   [the position] ... [given / filled]                            the post is taken
# Choice verbs are past or perfect forms only, so a job advert's "we will choose someone who..." is no decision.
DECISIONS += [
    fam("grammaire : pas parmi les lauréats / poste proposé à un autre", 4.0, ("parmi", "propos", "offert", "statut", "confi", "retenu", "choisi", "pas ete", "valide", "garde", "accepte",
                                                                        "selectionn", "pris", "sur la liste", "offrir",
                                                                        "attribu"),
        r"\bn'(?:avez|as|etes|es) pas ete (?:retenue?s?|selectionnee?s?|choisie?s?)\b",
        # spoken, no "ne": "t'as pas été pris pour le job", "on a pas retenu ta candidature", "le manager a pas validé ton profil"
        r"\b(?:t'as|tu as|vous avez) pas ete (?:prise?s?|retenue?s?|selectionnee?s?|choisie?s?)\b(?! en (?:compte|charge|consideration|photo))",
        r"\b(?:a|ai|avons|ont) pas (?!encore )(?:\w+ )?(?:retenu|selectionne|choisi|garde|valide|accepte) (?:ta|votre|ton) (?:candidature|profil|dossier|"
        r"cv)\b",
        # "c'est pas toi qui as été choisi", "ce n'est pas vous que nous avons retenu"
        r"\b(?:c'est|ce n'est) (?:malheureusement |donc )?pas (?:toi|vous) (?:qui|qu'on|que nous|que l'on|que j'ai) (?:\w+ )?(?:ete |avons |a |ai )?"
        r"(?:choisie?|retenue?|selectionnee?|prise?|recrutee?|embauchee?)s?\b",
        r"\b(?:n'(?:etes|es)|t'es|tu es) (?:malheureusement |finalement |donc )?pas (?:retenue?s?|selectionnee?s?|prise?s?"
        r"(?! en (?:compte|charge|consideration|photo))|reprise?s? (?=(?:dans|sur) (?:la|le) (?:reserve|selection|liste (?:des|de) "
        r"(?:candidat|laureat|admis|retenu|selectionn))))\b|\bn'(?:avez|as) (?:malheureusement |finalement |donc )?pas ete prise?s?"
        r"\b(?! en (?:compte|charge|consideration|photo))",
        r"\b(?:ne|n') ?(?:figur|etes|faites|compt)\w* pas (?:parmi (?:les|nos)|sur la liste (?:des|de nos) (?:candidat|laureat|admis|"
        r"personnes|retenu|selectionn))",
        r"\b(?:propos|offert|offrir|attribu|confi)\w* (?:le|ce) poste\b[^.!?;]{0,50}\b(?:a|au) (?:cette|une autre|un autre|l'autre|une|un|"
        r"quelqu'un)\b",
        r"\bstatut\b[^.!?;]{0,80}\bnon (?:retenue?|selectionnee?)"),
    fam("grammaire : ne pas pouvoir te garder", 4.0, ("pas", "plus"),
        r"\b(?:ne|n')\b[^.!?;]{0,40}\b(?:pas|plus)\b[^.!?;]{0,25}?\bt'(?:garder|accueillir|engager|embaucher|integrer)\b(?! (?:lundi|mardi|"
        r"mercredi|jeudi|vendredi|samedi|dimanche|demain|ce (?:matin|soir|jour)|cette semaine|avant|a \d))",
        r"\b(?:ne|n')\b[^.!?;]{0,40}\b(?:pas|plus)\b[^.!?;]{0,25}?\b(?:te|vous) (?:garder|accueillir|engager|embaucher|recruter|integrer|"
        r"prendre (?=(?:pour|dans|comme|chez|en) (?:le|la|l'|ce|cette|notre|nos|poste|stage|cdi|cdd|alternance|apprentissage|equipe)\b))",
        # no trainee or apprentice taken at all, said to one who asked ("ne pouvons pas accueillir de stagiaire cette année")
        # (also "pas en mesure d'accueillir de stagiaire au second semestre": a place named is a condition, a time is not)
        r"\b(?:ne|n') ?(?:\w+ ){0,3}?(?:pas|plus) (?:en mesure d'|\w+ )?(?:accueillir|prendre|recruter|embaucher|engager) (?:de |d')"
        rf"(?:stagiaires?|alternants?|apprentis?)\b(?! (?:dans|au|a la|sur|pendant|en)\b(?! {_FR_WHEN}\b))|"
        r"\bn'(?:accueill|embauch|recrut|engag|pren)\w* (?:\w+ )?"
        rf"(?:pas|plus) (?:de |d')(?:stagiaires?|alternants?|apprentis?)\b(?! (?:dans|au|a la|sur|pendant|en)\b(?! {_FR_WHEN}\b))",
        r"\b(?:ne|n') ?(?:\w+ ){0,2}?pas (?:\w+ )?(?:a|au) (?:votre|ton) (?:recrutement|embauche|engagement)\b(?! (?:avant|sans|tant|"
        r"d'ici|si)\b)",
        # spoken French drops the "ne" in the past too: "on a pas pu te garder pour la suite"
        r"\b(?:on|je|j'|nous) ?(?:a|ai|avons) pas pu (?:te|vous) (?:garder|engager|embaucher|recruter|retenir|prendre (?=(?:pour|dans|comme|"
        r"chez|en) (?:le|la|l'|ce|cette|notre|nos|poste|stage|cdi|cdd|alternance|apprentissage|equipe)\b))",
        # spoken French drops the "ne": "on peut pas te prendre en stage", "je vais pas vous embaucher"
        r"\b(?:on|je) (?:\w+ )?(?:peut|peux|pourra|pourrai|pourrait|va|vais) pas (?:\w+ )?(?:te|vous) (?:garder|engager|embaucher|"
        r"recruter|prendre (?=(?:pour|dans|comme|chez|en) (?:le|la|l'|ce|cette|notre|nos|poste|stage|cdi|cdd|alternance|"
        r"apprentissage|equipe)\b))"),
]


# --- fifth layer: constructions from two more authors --------------------------------------------------------
# Each family is a construction, not a sentence: the role given to someone else, an offer taken back, the result
# of a selection stage stated as a status, a pronoun standing for the application ("progressing it", "extending
# one"), an object placed before its verb (Dutch, French, Spanish), and "we are not hiring" to an open application.
DECISIONS += [
    fam("grammaire : pas de suite / non admissible / pas de réponse favorable", 4.0, ("pas", "favorable", "pourvu", "recrutons", "personne",
                                                                                       "positivement", "acceder", "aucun",
                                                                                       "rejoind", "rester la"),
        # an open application with no matching opening ("n'avons actuellement aucun poste à pourvoir correspondant à votre profil")
        # (and "nous ne disposons actuellement d'aucun poste correspondant à votre profil")
        r"\b(?:n'(?:avons|a|existe)|ne (?:disposons|dispose|disposez)|ne (?:possedons|possede))\b[^.!?;]{0,20}?\b(?:aucun|pas de|pas d'|"
        r"d'aucun|d'aucune) ?(?:poste|ouverture de poste|besoin|offre|opportunite)s?\b"
        r"[^.!?;]{0,40}?\bcorrespond\w* a (?:votre|ton) (?:profil|candidature|parcours|demande)\b",
        # not joining the team ("vous ne rejoindrez pas l'équipe", "pas en mesure de vous faire rejoindre nos équipes")
        r"\b(?:vous|tu) ne (?:rejoindrez|rejoindras|integrerez|integreras) (?:malheureusement |donc |finalement )?pas "
        r"(?:l'equipe|nos equipes|notre equipe|l'entreprise|la societe|le cabinet|notre (?:societe|entreprise|structure|cabinet))\b"
        r"(?! (?:avant|d'ici|tant)\b)|\b(?:pas|plus)\b[^.!?;]{0,40}?\b(?:vous|te) (?:faire|proposer de) rejoindre (?:l'equipe|nos equipes|"
        r"notre equipe|l'entreprise|notre (?:societe|entreprise|structure|cabinet))\b(?! (?:avant|d'ici|tant)\b)",
        r"\b(?:ne|n')\b[^.!?;]{0,30}\bdonn\w* (?:donc |pas |plus |malheureusement |helas )+(?:de |une )?suites?\b",
        r"\bn'(?:avez|as|etes|es) pas ete (?:declaree?s? )?(?:admissible|admise?s?|retenue?s?)\b",
        # a competition's verdict in the present ("vous n'êtes pas admise au concours externe de rédacteur")
        r"\b(?:vous|tu) n'(?:etes|es) (?:malheureusement |donc |finalement )?pas (?:admise?s?|admissibles?|recue?s?) (?:au|a l'|a la) "
        r"(?:concours|examen professionnel|epreuve|selection|recrutement)\b",
        r"\bne (?:vous|te|t') ?(?:a|ont) (?:malheureusement |donc )?pas (?:ete )?(?:declaree?|jugee?)s? (?:admise?|admissible|apte)s?\b",
        r"\b(?:poste|candidature|recrutement|processus|profil)\b[^.!?;]{0,60}?\b(?:allons|devons|preferons|vais|dois|va) (?:malheureusement |"
        r"donc |helas )?en rester la\b",
        r"\b(?:pas|plus) en mesure d'y (?:repondre|donner suite)|\b(?:pas|plus)\b[^.!?;]{0,30}\brepondre favorablement",
        # a request or an application not granted, with or without "pas" ("ne pouvons répondre favorablement",
        # "accéder à votre demande", "donner une réponse favorable", "recevoir de suite favorable")
        r"\b(?:ne|n')\b[^.!?;]{0,30}?\b(?:repondre|acceder) (?:favorablement|positivement)\b|"
        r"\b(?:ne|n')\b[^.!?;]{0,30}?\bacceder (?:favorablement )?a (?:votre|ta) (?:demande|candidature|requete)\b",
        r"\b(?:ne|n')\b(?:(?!\bencore\b)[^.!?;]){0,40}?\b(?:donner|apporter|reserver|faire|recevoir) (?:une |de )?(?:reponse|suite) "
        r"(?:favorable|positive)\b",
        r"\bpostes?\b[^.!?;]{0,40}\b(?:est|sont) (?:actuellement |deja |desormais |a present |maintenant |aujourd'hui |"
        r"finalement |dorenavant |tous |toutes )?pourvus?\b",
        # (sweep 2) every place of a kind taken ("toutes nos places d'apprentis sont prises pour la rentrée")
        r"\b(?:toutes (?:nos|les)|nos|les) places (?:de |d')(?:apprentie?|stagiaire|stage|alternan|saisonn|job)\w* (?:sont|ont ete) "
        r"(?:deja |toutes |malheureusement )*(?:prises|pourvues|attribuees|comblees)\b",
        r"\b(?:privilegie|retenu|choisi)\w*\b[^.!?;]{0,20}\b(?:un|une) (?:profil|candidat\w*|personne) (?:disposant|possedant|justifiant)\b",
        # nobody hired at all ("je n'embauche personne en ce moment", "nous ne recrutons personne cette année")
        r"\b(?:n'|ne )(?:embauch|engag|recrut)\w* personne\b(?! (?:d'autre|sans|avant|tant|qui|que)\b)|\bne (?:cherch|recherch)\w* plus personne\b|"
        # (sweep 2) nobody sought now ("on ne cherche personne en ce moment"); "pour l'accueil, on ne cherche personne" is an errand
        r"\bne (?:cherch|recherch)\w* personne (?:en ce moment|pour le moment|pour l'instant|actuellement|cette (?:annee|saison)|"
        r"a l'heure actuelle)\b|"
        r"\bne recrutons pas\b|\bne recrutons plus (?:pour|sur) (?:ce|le|cette) (?:poste|profil|fonction|job)\b|\b(?:ne|n') ?(?:\w+ ){0,2}?(?:pas|plus) (?:nous |se |me |vous )?permettre (?:de |d')"
        r"(?:recruter|embaucher|engager|creer (?:un|ce) poste)\b|\boffre\b[^.!?;]{0,40}\b(?:retiree|annulee|revoquee)"),
]


# --- sixth layer: constructions from an independent author (dev4/fr) -----------------------------------------
# Word classes, not sentences: an object pronoun before the verb ("on ne la retient pas", "ne vous avons pas
# retenu"), refusal verbs with the application as object or subject ("décliner votre candidature", "a été refusée"),
# the answer itself named ("réponse négative", "ne puisse être positive"), the role given to someone inside or
# outside ("a été attribué à une personne", "promotion interne", "une autre candidate qui rejoindra"), the process
# ended ("mettre fin au processus"), the profile judged unsuited, consideration refused.
_FR_OTHER = r"(?:une autre|un autre|d'autres|quelqu'un d'autre)"
DECISIONS += [
    fam("grammaire : pronom avant le verbe (ne la retenons pas)", 4.0, ("reten", "retien", "selectionn", "choisi"),
        # the infinitive as the subject ("Retenir votre profil n'a pas été possible cette fois-ci")
        r"\b(?:retenir|selectionner) (?:votre|ta|ton) (?:candidature|profil|dossier|postulation)\b[^.!?;]{0,15}?\bn'(?:a|est|etait|sera) "
        r"(?:malheureusement |donc |helas )?pas (?:ete )?possible\b",
        r"\b(?:ne|n') ?(?:la |le |les |l')?(?:retien\w*|retenons|retenez|retiendr\w*|selectionn\w*) (?:malheureusement |donc |finalement |"
        r"helas )?pas\b"
        # (not a date or a slot: "on ne retient pas de date pour l'instant")
        r"(?! (?:de |d')(?:dates?|rendez-vous|creneaux?|horaires?|jours?|heures?|salles?|lieux?)\b)",
        r"\b(?:ne|n') ?(?:vous|t'|te) ?(?:avons|avions|a|ont|avaient|aurons)\b[^.!?;]{0,25}?\bpas (?:ete )?(?:retenue?|selectionnee?|"
        r"choisie?)\b"),
    fam("grammaire : ne pas poursuivre avec vous", 4.0, ("poursui", "continu", "avancer", "aller", "avant"),
        r"\b(?:ne|n')\b[^.!?;]{0,30}?\b(?:aller|irons|allons|ira|iront|va|vont) (?:malheureusement |donc |pas |plus )*de l'avant avec "
        r"(?:vous|toi|votre|ta)\b",
        r"\bde l'avant avec (?:un autre|une autre|d'autres) (?:candidat|profil|personne|candidature)",
        r"\b(?:ne|n')\b[^.!?;]{0,20}?\b(?:poursui\w*|continu\w*|avancer\w*|irons|allons) (?:malheureusement |donc |pas |plus |"
        r"le processus |l'aventure |plus loin )+(?:avec (?:vous|toi)|(?:avec )?(?:votre|ta) (?:candidature|dossier|profil))\b"),
    fam("grammaire : refus explicite de la candidature", 4.0, ("declin", "refus", "ecart", "rejet", "consideration", "l'objet", "retire",
                                                               "present", "transmet", "soumet", "soumettr", "renon",
                                                               "lieu a"),
        # no follow-up or interview will come of it ("ne fera pas l'objet d'une suite", "ne donnera pas lieu à un entretien")
        r"\b(?:candidature|dossier|postulation)\b[^.!?;]{0,30}?\bne (?:fera|peut faire|pourra faire|donnera|pourra donner|peut donner) "
        r"(?:malheureusement |donc |helas )?pas (?:l'objet d'une suite|lieu a (?:un entretien|une suite|un recrutement|une embauche|"
        r"une proposition|une entrevue))\b(?! (?:avant|d'ici|tant|sans)\b)",
        # the employer gives the application up ("nous renonçons à votre candidature"); "vous renoncez" is a withdrawal
        r"\b(?:nous|on|je) (?:\w+ )?renon\w* a (?:votre|ta) (?:candidature|profil|dossier)\b",
        # an agency that will not put the reader forward ("ne présenterons pas votre candidature à notre client")
        r"(?<!si nous )\b(?:ne|n') ?(?:presenter\w*|transmettr\w*|soumettr\w*) (?:malheureusement |donc |finalement )?pas (?:votre|ta|ton) "
        r"(?:candidature|profil|dossier|cv) (?:a|au|aux|aupres)\b",
        r"\b(?:declin|refus|ecart|rejet)\w* (?:votre|ta) (?:candidature|dossier|postulation|offre de services?)\b",
        # an agency that did not put the reader forward ("votre candidature n'a donc pas été présentée")
        r"\b(?:candidature|profil|dossier|cv)\b[^.!?;]{0,20}?\bn'a (?:donc |malheureusement |finalement )?pas ete (?:presentee?|"
        r"transmise?|soumise?)\b(?![^.!?;]{0,40}\b(?:manqu|faute|car il|parce qu|sans)\w*)",
        # an employer on a platform took it out ("Restaurant X a retiré votre candidature de son processus")
        r"\b(?:a|ont|avons) retire (?:votre|ta) candidature (?:de|du)\b",
        # nominal, as a status line ("Candidature refusée pour le poste de ...")
        r"\b(?:candidature|postulation) (?:refusee|rejetee|declinee|ecartee)\b(?! (?:si|tant|sans)\b)",
        r"\b(?:candidature|dossier|postulation)\b[^.!?;]{0,120}?\b(?:a|est|sera)(?: malheureusement| donc| finalement| helas)?(?: ete)? "
        r"(?:malheureusement |donc |finalement )?(?:refusee?|declinee?|ecartee?|rejetee?)\b(?! (?:si|tant|sans)\b)",
        r"\bprendre en consideration (?:votre|ta) (?:candidature|dossier|postulation|profil)\b",
        r"\b(?:ne|n') ?(?:\w+ ){0,2}?(?:la|le) prendre en consideration\b",
        # the refusal as a noun ("a fait l'objet d'un refus", "fait l'objet d'une décision défavorable")
        r"\b(?:candidature|dossier|postulation)\b[^.!?;]{0,40}?\bfait l'objet d'(?:un (?:refus|rejet|avis (?:negatif|defavorable))|"
        r"une (?:decision|reponse) (?:negative|defavorable))\b"),
    fam("grammaire : réponse négative", 4.0, ("reponse", "avis", "refus", "negative", "dire non", "repondre non", "selection",
                                             "defavorable", "pas favorable"),
        # the answer given "in the negative" or a plain "no" ("y répondre par la négative", "vous dire non pour le poste")
        r"(?<!si nous devons vous )(?<!si nous devions vous )(?<!si je dois vous )\brepond\w* (?:\w+ )?par la negative\b|\b(?:devoir|dois|doit|devons|contraints? de|obligee?s? de|regret de) (?:vous|te) "
        r"(?:dire|repondre) non\b",
        r"\b(?:communiquer|adresser|transmettre|apporter|donner|(?:faire|fais|fait|faisons) part|faire|envoyer|rendre|emis|emet|emettre|rendu|prononce|formule) "
        r"(?:une |notre |un |d'une )?"
        r"(?:reponse|avis) (?:negati|defavorable)",
        r"\breponse (?:negative|defavorable) (?:de notre part|a (?:votre|ta) candidature)",
        r"(?<!si )\b(?:la|notre|ma) reponse (?:(?:du|de la|de l'|des|de notre) ?[\w-]+ )?est (?:malheureusement |donc |helas )?"
        r"(?:non|negative)\b",
        r"\breponse ne (?:puisse|peut|pourra|saurait|soit) (?:pas )?(?:etre )?(?:positive|favorable)",
        # the decision as the subject ("notre décision est prise et elle ne vous est pas favorable")
        r"\b(?:decision|reponse|avis|elle|celle-ci)\b[^.!?;]{0,40}?\bne (?:vous|te) (?:est|sera|etait) (?:malheureusement |donc |helas )?pas "
        r"favorable\b",
        r"^[^.!?;]{0,40}\breponse (?:negative|defavorable)\b",
        r"\bavis de non[- ](?:selection|admission|admissibilite|recrutement)\b",
        # a subject that is a verdict and a title ("Refus de candidature – Technicien", "Technicien – refus")
        r"^(?:re: |tr: )?(?:refus(?: de (?:votre |ta )?candidature)?|avis defavorable|non[- ]selection|non[- ]retenue?) ?[-:|]|"
        r"^[^.!?;]{3,80} [-:|] (?:refus|avis defavorable|non[- ]retenue?|non[- ]selectionnee?|suite defavorable|reponse "
        r"(?:negative|defavorable))(?= \.)",
        # (the passive too: "une suite défavorable a été donnée à votre candidature")
        r"(?<!en cas de )(?<!dans le cas d'une )\bsuite defavorable (?:(?:a ete|est|sera) (?:donnee|reservee) )?(?:a|pour) "
        r"(?:votre|ta) (?:candidature|postulation|demande)\b"),
    fam("grammaire : poste attribué à quelqu'un d'autre", 4.0, ("attribue", "confie", "propose", "offert", "interne", "autre", "choix", "quelqu",
                                                                  "donne", "pour le poste", "pour ce poste", "pour cette",
                                                                  "pour la",
                                                                  "pourvu", "octroy", "accord"),
        r"\b(?:poste|mission|place|job|stage|fonction|emploi|contrat)\b(?:(?!\bvous\b)[^.!?;]){0,60}\b(?:a ete|est|sera|a finalement ete) "
        r"(?:(?:attribue|confie|propose|offert|octroye|accorde|donne)e? a|pourvue? par) (?:une|un|"
        + _FR_OTHER + r"|quelqu'un)\b",
        # given inside ("le poste a été octroyé à l'interne / pourvu en interne")
        r"\bposte\b(?:(?!\bvous\b)[^.!?;]){0,30}\b(?:a (?:deja |finalement )?ete|est) (?:deja |finalement )?(?:attribue|octroye|confie|pourvu|comble) "
        r"(?:en |a l')interne\b",
        # given, full stop ("nous sommes désolés mais le poste a été attribué.")
        r"\bposte\b(?:(?!\bvous\b)[^.!?;]){0,30}\b(?:a ete|est) (?:deja |desormais |finalement )?(?:attribue|octroye)(?= ?(?:[.!;]|$))",
        r"\b(?:opte|choisi|privilegie|retenu|fait le choix d')\w*\b[^.!?;]{0,25}?\b(?:une|un|une autre|pour une|pour un) "
        r"(?:promotion|mobilite|candidature|candidate?|solution|recrutement|profil) (?:en |a l')?interne",
        # plural: "avons décidé de privilégier des candidatures internes"
        r"\b(?:opte|choisi|privilegie|retenu|fait le choix d')\w*\b[^.!?;]{0,25}?\b(?:des|les|d'autres) (?:promotions|mobilites|candidatures|"
        r"candidat(?:e?s)|profils|recrutements) (?:en |a l')?internes\b",
        r"\b(?:une autre (?:personne|candidate?|candidature)|un autre (?:candidat|profil)|quelqu'un d'autre) qui (?:rejoindra|rejoint|va rejoindre|"
        r"occupera|prendra|integrera|a obtenu|a ete (?:retenue?|choisie?))\b",
        r"\b(?:choisi|retenu|opte pour|prefere|privilegie|selectionne|engage|recrute)\w*\b[^.!?;]{0,20}?\bquelqu'un (?:de plus|d'autre|qui a)\b",
        r"\bchoix s'est (?:\w+ ){1,2}(?:porte|arrete) sur\b",
        # someone chosen "for the post" ("le CA a choisi une personne du quartier pour le poste de coordinatrice")
        r"\b(?:a|avons|ont) (?:finalement |donc )?(?:choisi|retenu|recrute|embauche|engage|selectionne|pris) (?:une|un) (?:personne|candidat|"
        r"candidate|profil)\b[^.!?;]{0,40}?\bpour (?:le|ce|cette|la) (?:poste|job|stage|place|mission)\b(?![^.!?;]{0,10}[:,-] ?(?:vous|toi)\b)"),
    fam("grammaire : pas parmi / pas abouti (ordre long)", 4.0, ("parmi", "abouti", "clotur"),
        r"\b(?:ne|n') ?(?:figur|etes|faites|compt)\w* pas parmi (?:celles|ceux|les candidat|les dossiers)\b",
        r"\b(?:candidature|postulation|demande|dossier)\b[^.!?;]{0,140}?\bn'a (?:malheureusement |donc |pas )?(?:pas )?(?:pu )?abouti",
        r"\bclotur\w* (?:ce|le|notre) (?:recrutement|processus)\b"),
    fam("grammaire : profil jugé inadéquat / fin du processus", 4.0, ("adequation", "adapte", "fin ", "sembl", "parai",
                                                                       "compatible", "non prioritaire"),
        # ranked below the others ("candidature classée non prioritaire")
        r"\b(?:candidature|dossier|profil|postulation)\b[^.!?;]{0,30}?\b(?:a ete|est) (?:jugee?|classee?|consideree?|estimee?) non "
        r"prioritaire\b",
        # judged unsuited with a hedge ("votre candidature ne nous semble pas correspondre au poste")
        r"\b(?:profil|candidature|parcours|experience|dossier)\b[^.!?;]{0,25}?\bne (?:nous |me )?(?:sembl|parai)\w* pas "
        r"(?:\w+ ){0,2}?(?:correspondre|repondre|convenir|coller|adaptee?|en adequation)\b",
        r"\b(?:profil|candidature|dossier|parcours)\b[^.!?;]{0,25}?\b(?:n'a pas ete|n'est pas|n'etait pas|ne semble pas) "
        r"(?:(?:juge\w*|estime\w*|consider\w*|suffisamment|tout a fait|assez|pleinement) ){0,3}(?:en adequation|adapte|compatible)",
        r"\b(?:mettre|mettons|mis|met) fin (?:a (?:votre|ta) candidature|au processus\b[^.!?;]{0,30}\b(?:vous|te|votre|ta)\b)"),
]

# Wider gaps and more word classes for the same ideas: adverbs between negation and verb ("ne pourrons
# malheureusement pas aller plus loin"), the role already taken ("avons déjà recruté quelqu'un", "n'est plus à
# pourvoir"), the choice as subject ("notre décision s'est portée sur"), "ne faites pas partie des candidats retenus",
# a negated offer or next interview with the pronoun first ("ne vous proposerons pas de second entretien").
_FR_AUX = r"(?:sommes|serons|pourrons|pouvons|pourrions|allons|irons|souhaitons|souhaite|sommes en mesure d'|serons en mesure d'|pourra|peut|va|vont|veut)"
DECISIONS += [
    fam("grammaire : ne pas aller plus loin (adverbes)", 4.0, ("loin", "ensemble", "souhait", "continu", "poursui", "avancer"),
        r"\b(?:ne|n') ?" + _FR_AUX + r" (?:\w+ ){0,2}?pas (?:\w+ ){0,2}?(?:aller plus loin|plus loin|(?:continuer|poursuivre|avancer|"
        r"cheminer|aller) ensemble)\b",
        # spoken French drops the "ne": "on va pas aller plus loin ensemble", "je vais pas continuer avec toi"
        r"\b(?:on|je|j'|nous) ?(?:va|vais|allons|peut|pourra|veut|souhaite|souhaitons) (?:\w+ )?pas (?:\w+ ){0,2}?(?:aller plus loin|"
        r"(?:continuer|poursuivre|avancer|aller) (?:ensemble|avec (?:toi|vous|ton|ta|votre)))\b(?! que\b| qu')",
        r"\b(?:ne|n') ?(?:souhait|veu|desir)\w* pas (?:\w+ ){0,2}?(?:rencontrer|recevoir|retenir|poursuivre|avancer|continuer|"
        r"donner suite|aller plus loin|presenter) (?:votre|ta|son|sa|le|la) (?:candidature|profil|dossier)\b"),
    fam("grammaire : poste déjà pris", 4.0, ("deja", "pourvoir", "ouvert", "pourvu", "maintenu", "prise", "occupe", "interne",
                                            "preneur", "titulaire", "parti", "poste est pris", "job est pris", "stage est pris",
                                            "poste n'est plus dispo", "job n'est plus dispo", "stage n'est plus dispo",
                                            "plus disponible", "plus d'actualite"),
        # "le poste est déjà pris, désolé"
        r"\b(?:le|ce) (?:poste|job|stage|contrat) (?:est|a ete|vient d'etre) (?:malheureusement |donc |helas )?(?:deja )?pris\b"
        r"(?! en (?:compte|charge)| pour (?:toi|vous)\b| par (?:toi|vous)\b)",
        # the post "gone" to someone else ("le job est parti à quelqu'un d'autre", "la place est partie")
        r"\b(?:poste|job|place|stage|mission)\b[^.!?;]{0,20}?\b(?:est|a ete) (?:deja )?partie? (?:a|chez) (?:quelqu'un|une autre|un autre|"
        r"d'autres|une|un)\b|\b(?:la|cette) place est (?:deja )?partie(?= ?(?:[.,!;]|$))",
        r"\b(?:avons|avions|a|ont) deja (?:recrute|trouve|engage|embauche|pris|choisi|retenu|selectionne) (?:quelqu'un\b|(?:notre|nos|un|une|"
        r"le|la|les) (?:\w+ )?(?:candidat|personne|profil|remplacant|apprenti|alternant|stagiaire|collaborat|saisonnier|titulaire|salarie))",
        r"\b(?:n'est|ne sera|n'etait) (?:\w+ )?(?:plus|finalement pas|pas finalement) (?:\w+ )?(?:a pourvoir|ouvert|pourvu|maintenu)\b",
        # "disponible" / "d'actualité" only of the post the reader applied for ("l'offre à laquelle vous avez répondu");
        # "l'article n'est plus disponible" is a cancelled order, "le poste que vous aviez sauvegardé n'est plus
        # disponible" a job board's stale link
        r"\b(?:(?:poste|emploi|stage|job|offre|annonce) (?:a|pour|sur) (?:lequel|laquelle) (?:vous|tu)|(?:poste|emploi|stage|job) "
        r"auquel (?:vous|tu))\b[^.!?;]{0,60}?\b(?:n'est|ne sera|n'etait) (?:\w+ )?"
        r"(?:plus|finalement pas|pas finalement) (?:\w+ )?(?:disponible|d'actualite)\b",
        # the trainee or seasonal already there ("on a déjà notre stagiaire pour cet été"); not "un stagiaire qui t'aidera"
        r"\b(?:avons|a|ai) deja (?:notre|nos|un|une|mon|ma|mes) (?:stagiaires?|alternante?s?|apprentie?s?|saisonniere?s?|remplacante?s?|"
        # (sweep 2) the whole crew ("on a déjà notre équipe pour l'été")
        r"recrues?|equipe|effectif)(?= ?(?:[.,!;]|$| pour (?:cet|cette|l'|le|la|ce) ?(?:ete|annee|saison|poste|stage|periode|rentree)\b))",
        # (sweep 2) the post gone, said curtly ("le poste est pris, désolé", "le poste n'est plus dispo"); a job alert's
        # "cette offre n'est plus disponible" names an advert, not "le poste"
        r"\b(?:le|ton|votre) (?:poste|job|stage|boulot) (?:n'est|est) (?:malheureusement |deja |donc |helas )*(?:plus dispo(?:nible)?|pris)\b"
        r"(?! en (?:compte|charge)| pour (?:toi|vous)\b| par (?:toi|vous)\b)",
        # hired already, said with no object ("désolé mais on a déjà embauché."); "déjà recruté 20 personnes" goes on
        r"\b(?:avons|avions|a|ai) deja (?:recrute|trouve|engage|embauche)(?= ?(?:[.!,;]|$|mais\b|desole))",
        # the place itself taken ("la place a été prise"); not a seat booked for the reader ("votre place est prise")
        r"\b(?:la|cette) place (?:a (?:deja |finalement )?ete|est (?:deja )?) ?prise\b(?! en (?:compte|charge))",
        # the post now held by someone ("le poste est désormais occupé"), filled from inside ("avons recruté en interne")
        r"\b(?:poste|place|job|mission|stage|annonce|offre)\b[^.!?;]{0,30}?\ba (?:\w+ )?trouve (?:son |un )?(?:preneur|titulaire)\b(?! ?[:,-]? ?(?:en (?:vous|toi)|c'est (?:vous|toi)|vous|toi)\b)",
        r"\bposte\b[^.!?;]{0,40}\b(?:est|a ete) (?:desormais|deja|maintenant|a present) occupe(?= ?(?:[.,;:!]|$|par (?:une|un|quelqu'un|"
        r"notre|l'une|l'un)\b))",
        r"(?<!n')\b(?:avons|a|ont) (?:finalement |deja |donc )?(?:recrute|embauche|pourvu (?:le|ce) poste|comble (?:le|ce) poste) "
        r"(?:en |a l')interne(?= ?(?:[.,;:!]|$|pour (?:le|ce|cette|la) (?:poste|job|mission|emploi|fonction)))"),
    # (sweep 2) its own family: the anchors of "poste déjà pris" are too common in French ("plus de", "recrutement") to
    # gate these
    fam("grammaire : plus de place pour vous / on n'embauche plus", 4.0, ("n'avons", "n'avions", "n'a plus", "n'ai plus",
                                                                       "n'aurons", "n'embauch", "n'engag", " ne recrut"),
        # (sweep 2) no more room or need for one of the reader's kind ("nous n'avons plus de place pour un stagiaire
        # cette année"), hiring stopped ("on n'embauche plus pour le moment"; not "ne recrutons plus que des ...")
        r"\bn'(?:avons|avions|a|ai|aurons) (?:malheureusement |donc |helas )?plus (?:de |aucune? )(?:place|poste|besoin|budget)s? "
        r"(?:pour|de|d') ?(?:un |une |des |de |d')?(?:stagiaire|stage|apprenti|alternan|saisonn|poste|job|emploi|recrutement|"
        r"remplacant|renfort|vendeu|serveu|employe|collaborat)\w*",
        # (sweep 2) no need now, said to one who sent a CV ("nous n'avons pas de besoin actuellement")
        r"\bn'(?:avons|avions|a|ai) (?:malheureusement |donc |helas )?pas (?:de |d')(?:besoin|poste|place|ouverture|recrutement)s? "
        r"(?:\w+ )?(?:actuellement|en ce moment|pour le moment|pour l'instant|a l'heure actuelle|cette annee|correspondant)\b",
        r"\b(?:on|nous|je) (?:n'|ne )(?:embauche|embauchons|recrute|recrutons|engage|engageons) (?:malheureusement |donc |helas )?plus\b"
        r"(?! (?:que|qu'|de |d'|depuis|sans)\b)"),
    fam("grammaire : le choix porté ailleurs", 4.0, ("porte", "arrete", "partie", "autre", "prefer", "privilegi", "oriente", "tourne",
                                                   "retenu des", "choisi des", "selectionne des"),
        r"\b(?:choix|decision|preference|selection) s'est (?:\w+ ){0,2}?(?:portee?|arretee?|faite?) sur\b",
        r"\b(?:choix|decision|selection)(?: (?:du|de la|de l'|des|de notre) ?[\w-]+)?(?: final| finale| definitif| definitive)? s'est "
        r"(?:\w+ ){0,2}?(?:orientee?|tournee?|portee?|arretee?) (?:vers|sur) (?:une|un|d'autres|quelqu'un|le profil|la candidature|celle|"
        r"celui)\b",
        r"\b(?:avons|a|ont|ai) (?:finalement |donc |malheureusement )?fait un autre choix\b(?! ?:| (?:de|d') ?(?:date|creneau|horaire|lieu|"
        r"salle|jour|format))",
        r"\b(?:porte|arrete|fixe|pose)\w* (?:son|notre|leur|mon) choix sur (?:une|un|d'autres|quelqu'un|le profil|la candidature|celle|celui)\b",
        # (sweep 3) the choice "oriented" or "turned" towards another ("avons décidé d'orienter notre choix vers un candidat dont
        # l'expérience..."); no future form, which a job advert uses for the profile it wants
        r"\b(?:orient|tourn)(?:e|er|ee|es|ons|ez|ent|ait|aient)? (?:son|notre|leur|mon) choix (?:vers|sur) (?:une|un|d'autres|"
        r"quelqu'un|le profil|la candidature|celle|celui)\b",
        # the preference given, said in the past ("avons donné la préférence à une candidature..."); "nous donnerons la
        # préférence à des profils disponibles" is a plan
        r"\b(?:avons|avions|a|ont|ai) (?:\w+ )?(?:donne|accorde) (?:la|notre|leur|sa|ma) preference a (?:une|un|d'autres|quelqu'un|"
        r"des|celle|celui)\b|\bpreference a ete (?:donnee|accordee) a (?:une|un|d'autres|quelqu'un)\b",
        r"\b(?:ne|n') ?(?:faites|fais|fait|font|faisiez) (?:malheureusement |donc )?pas partie (?:des|de la) (?:candidat|personne|profil|"
        r"dossier|candidature|liste|selection)",
        r"\b(?:vous|tu) ne (?:ferez|feras) (?:malheureusement |donc |finalement )?pas partie (?:de l'equipe|de nos equipes|de notre equipe|"
        r"de l'aventure)\b(?! (?:avant|d'ici|tant)\b)",
        r"\b(?:retenir|retenu|choisir|choisi|privilegi\w*|prefer\w*|selectionn\w*|opte|opter|priorite|orient\w*|tourne\w*|designe\w*|classe|"
        r"nomme\w*|engage\w*)\b"
        r"[^.!?;]{0,20}?\b(?:a |pour |sur |vers )?(?:d'autres|un autre|une autre) (?:candidat|candidature|profil|personne)",
        r"\b(?:prefere|privilegie|retenu|choisi|selectionne)\w*\b[^.!?;]{0,20}?\b(?:une|un) candidature (?:dont|qui|plus|davantage|mieux|ayant)\b",
        # (sweep 2) "avons décidé de privilégier une autre piste pour ce recrutement" (not a date's "autre piste de calendrier")
        r"\b(?:privilegi|choisi|retenu|suivre|opte pour|opter pour)\w* une autre (?:piste|option|solution|orientation)(?= ?(?:[.,;!]|$| pour "
        r"(?:ce|le|cette|la) (?:recrutement|poste|mission|stage)\b))",
        # (sweep 2) plural, or set apart by a participle ("avons privilégié des candidatures présentant une expérience...")
        r"\b(?:avons|avions|a|ont) (?:\w+ )?(?:prefere|privilegie|retenu|choisi|selectionne)e?s? (?:des|d'autres) (?:candidatures|profils|"
        r"candidat(?:e?s)|personnes) (?:dont|qui|plus|davantage|mieux|ayant|presentant|disposant|possedant|justifiant|correspondant)\b"),
    fam("grammaire : pas d'offre ni d'entretien (pronom devant)", 4.0, ("propos", "offri", "invit", "convi", "convoq"),
        r"\b(?:ne|n') ?(?:vous|te|t') ?(?:proposer\w*|offrir\w*|inviter\w*|convier\w*|convoquer\w*) (?:malheureusement |donc |finalement )?"
        r"(?:pas|plus) (?:de |d'|le |un |une |a un |a une |en )?(?:(?:deuxieme|second|nouvel|autre|prochain) )?(?:entretien|entrevue|poste|"
        r"contrat|offre|proposition|rencontre|stage|alternance)\b(?! (?:avant|d'ici|apres|demain|cette semaine)\b)",
        # not invited to the next step ("vous ne serez pas convoqué à l'entretien"), unless only "avant / tant que / sans ..."
        r"(?<!si vous )(?<!si tu )\b(?:ne|n') ?(?:serez|seras|sera|etes|es) (?:malheureusement |donc |finalement )?pas "
        r"(?:convoquee?|conviee?|invitee?|reconvoquee?)s? (?:a|au|en|pour) (?:l'entretien|un entretien|l'entrevue|la suite|l'etape|"
        r"la prochaine|le prochain|un second|un deuxieme|la phase|entretien|entrevue)\b(?![^.!?;]{0,30}\b(?:avant|tant que|sans|"
        r"d'ici|si)\b)"),
    fam("grammaire : pas d'offre (auxiliaire et adverbes)", 4.0, ("offre", "proposition", "contrat", "poste", "ce ne sera pas",
                                                                   "aucun"),
        # nothing at all will be offered ("aucun entretien ne vous sera proposé"); not "... avant septembre"
        r"\baucune? (?:proposition|offre|entretien|entrevue|poste|contrat) ne (?:vous |te )?(?:pourra|peut|sera|saurait) (?:vous |te )?"
        r"(?:etre )?(?:faite?|proposee?|adressee?|offerte?)\b(?! (?:avant|d'ici|tant|sans)\b)",
        r"\b(?:ne|n') ?" + _FR_AUX + r" (?:\w+ ){0,2}?(?:pas|plus) (?:\w+ ){0,3}?(?:vous|te) (?:faire|proposer|adresser|soumettre|offrir) "
        r"(?:d'|une |de |la |notre |le |un )?(?:offre|proposition|contrat|poste)\b",
        r"\bce ne sera pas (?:vous|toi)\b",
        r"\b(?:poste|contrat|offre|mission)\b[^.!?;]{0,30}?\bne (?:vous|te) (?:sera|a ete|est|serait) (?:\w+ )?pas (?:propose|offert|"
        r"attribue|confie)e?\b"),
    fam("grammaire : n'a pas pu être retenue (adverbes)", 4.0, ("retenu", "selectionn", "conserv", "gard", "prioris"),
        rf"{_FR_NOT_OTHERS}\b(?:n'a|n'ont|ne sera|ne pourra|n'avons|ne peut) (?:(?:malheureusement|donc|finalement|toutefois|cependant|neanmoins|pourtant|"
        r"helas) )?pas (?:pu |su )?(?:etre |ete )?"
        r"(?:retenue?s?|selectionnee?s?)\b(?! (?:de |d'|la |le |une |un |aucune? )?(?:date|creneau|horaire|rendez-vous|heure|jour)s?\b)",
        # the file "not kept / not prioritised / not shortlisted"; not a CV "not kept in our database" (data protection)
        r"\b(?:candidature|dossier|profil|postulation)\b[^.!?;]{0,20}?\b(?:n'a|n'ont|ne sera|n'est) (?:(?:malheureusement|donc|finalement|"
        r"helas) )?pas (?:ete |etre )?(?:conservee?|gardee?|priorisee?|preselectionnee?)\b(?! (?:dans|en base|au|sur|conformement|"
        r"plus de|au-dela|jusqu'ici|jusqu'a present|pour l'instant|faute)\b)"),
]


# "ne" without "pas" in formal letters ("nous ne pouvons retenir votre candidature"), a request that "cannot be
# satisfied".
DECISIONS += [
    fam("grammaire : ne pouvons retenir (sans pas)", 4.0, ("pouv", "pourr", "saur", "peut", "pourra", "pu etre", "pu abouti"),
        r"\b(?:n'a|n'ont|n'avons|n'avez|ne sera|ne pourra) (?:malheureusement |donc |helas )?pu (?:etre )?(?:retenue?s?|selectionnee?s?|"
        r"acceptee?s?|abouti|prise?s? en (?:consideration|compte))\b",
        r"\b(?:ne|n') ?(?:pouvons|pourrons|saurions|pouvions|pourrions|peut|pourra|saurait|pouvoir) (?:malheureusement |donc |helas )?"
        r"(?:retenir|donner suite a|accepter|accueillir|prendre en consideration|donner une suite (?:favorable|positive) a) "
        r"(?:votre|ta|la votre|la tienne|cette) ?(?:candidature|dossier|profil|postulation|demande|offre de services?)?\b",
        # the reader as the object, no "pas": "nous ne pourrons vous engager pour cette fonction"
        r"\b(?:ne|n') ?(?:pouvons|pourrons|saurions|pourrions|pouvoir) (?:malheureusement |donc |helas )?(?:vous|te) (?:engager|"
        r"embaucher|recruter|retenir)\b(?! (?:avant|d'ici|tant|que|plus)\b)",
        # Québec and Belgium call the application an "offre de service(s)"
        r"\b(?:demande|candidature|postulation|offre de services?)\b[^.!?;]{0,40}?\bne (?:peut|pourra|pouvait|saurait|pourrait) "
        r"(?:malheureusement )?(?:pas )?(?:etre )?(?:satisfaite|acceptee|retenue|prise en (?:compte|consideration))\b",
        # "votre demande de stage n'a pas pu être satisfaite" (a request for a job, not for leave or a refund)
        r"\b(?:candidature|postulation|offre de services?|demande (?:de stage|d'emploi|d'alternance|d'apprentissage|d'embauche))\b"
        r"[^.!?;]{0,40}?\bn'(?:a|ont) (?:malheureusement |donc |helas )?(?:pas )?pu (?:etre )?(?:satisfaite|acceptee|retenue|"
        r"prise en (?:compte|consideration))\b"),
]


# Other candidates as the subject ("d'autres profils ont été privilégiés"), a comparison with the reader's own
# ("une expérience plus large que la vôtre"), the choice negated ("notre choix ne s'est pas porté sur vous"), a
# negated invitation in the infinitive ("de ne pas vous convoquer"), a candidacy "not well received".
DECISIONS += [
    fam("grammaire : d'autres candidats comme sujet", 4.0, ("autre", "que la votre", "que le votre", "choix", "ne pas vous",
                                                            "ne pas te", "accueillie", "concluant", "convain", "recue favo",
                                                            "recue posi"),
        r"\b(?:d'autres|un autre|une autre) (?:candidat|profil|personne|candidature)\w*\b[^.!?;]{0,30}?\b(?:ont|a|sont|est) "
        r"(?:\w+ ){0,2}?(?:ete )?(?:retenu|privilegi|choisi|selectionn|prefer|recrut)\w*",
        r"\b(?:un autre|une autre) (?:candidat|personne|profil)\w*\b[^.!?;]{0,30}?\ba (?:\w+ )?accepte (?:notre|l'|la|le) ?(?:offre|"
        r"proposition|poste)\b",
        # (also "l'autre candidate présélectionnée correspondait davantage", "l'autre finaliste répondait mieux")
        r"\b(?:d'autres|un autre|une autre|l'autre) (?:candidat|profil|personne|candidature|finaliste)\w* (?:\w+ )?(?:correspond\w*|repond\w*|"
        r"present\w*|dispos\w*|collai\w*) (?:davantage|mieux|plus)\b",
        # judged closer: "d'autres profils ont été jugés plus en adéquation avec les exigences du poste"
        r"\b(?:d'autres|un autre|une autre) (?:candidat|profil|personne|candidature)\w* (?:ont|a|sont|est|etaient|etait) "
        r"(?:ete )?(?:jugee?s?|estimee?s?|consideree?s?|apparue?s?) (?:\w+ )?(?:plus|mieux) (?:en adequation|adaptee?s?|proches?|"
        r"pertinente?s?|conformes?|en phase|en ligne|alignee?s?|qualifiee?s?|experimentee?s?)\b",
        r"\b(?:candidat|profil|personne)\w* (?:retenu|selectionn|choisi)\w*\b[^.!?;]{0,80}?\bque (?:la votre|le votre|la tienne|"
        r"le tien|les votres)\b",
        r"\b(?:choix (?:(?:du|de la|de l'|des|de notre|de votre) ?[\w-]+ )?|celui-ci |celui-la |celle-ci |il |elle )ne s'est (?:\w+ )?pas (?:porte|arrete|pose)e? "
        r"sur (?:votre|ta|vous|toi)\b",
        r"\bne pas (?:vous|te) (?:convoquer|inviter|convier|proposer|retenir|recruter|embaucher|engager|rencontrer)\b",
        r"\b(?:n'a|n'ont) (?:malheureusement )?pas ete (?:favorablement |positivement )?(?:accueillie|concluante|recue (?:favorablement|"
        r"positivement))\b",
        # the interview or the test as the subject ("l'entretien n'a pas été concluant", "votre entretien n'a pas convaincu le
        # jury"); a trial period that ends is a dismissal, not an application
        r"\b(?:entretien|entrevue|test (?:technique|ecrit|de (?:niveau|recrutement|selection|personnalite|logique|langue|code))|epreuve|"
        r"exercice|candidature|prestation|mise en situation|journee d'essai)s?\b[^.!?;]{0,20}?\bn'(?:a|ont) "
        r"(?:malheureusement |donc |finalement |helas )?pas (?:ete (?:concluante?s?|convaincante?s?)|convaincu)\b"),
]


# ATS and letter wordings: an archived application, "l'aventure s'arrête ici pour vous", criteria not met, a
# profile too far from the need, "aucune suite ne pourra être donnée", "pas de suite favorable", "ne pourrons vous
# proposer de poste" (no "pas"), a candidacy "no longer" retained.
DECISIONS += [
    fam("grammaire : archivée / s'arrête ici / critères", 4.0, ("archiv", "ici", "criteres", "exigences", "conditions", "eloigne", "decalage", "trop ", "profil ",
                                                             "aucune suite", "une suite", "pas de suite", "vous proposer", "te proposer",
                                                             "plus retenu"),
        r"\b(?:(?:avons|a|ont) (?:\w+ )?archive (?:votre|ta) (?:candidature|dossier|profil)|(?:candidature|dossier)\b[^.!?;]{0,60}?\b"
        r"(?:a ete|est) (?:malheureusement |donc |desormais )?archivee?)\b(?! (?:pendant|durant|dans|pour une|a votre|conformement))",
        r"\b(?:aventure|processus|recrutement|parcours)\b[^.!?;]{0,30}?\b(?:s'arrete|se termine|prend fin|s'acheve|est termine|"
        r"est terminee|est clos|s'arretera|se terminera) (?:donc |malheureusement )?ici pour (?:vous|toi)\b",
        r"\b(?:ne|n') ?(?:repond|repondez|correspond|correspondez|remplit|remplissez|satisfait|satisfaites) pas (?:\w+ ){0,2}?(?:aux |a nos |a l'ensemble des |l'ensemble des |les |nos |"
        r"tous les |au )(?:criteres|exigences|prerequis|attentes|conditions (?:requises|necessaires|exigees|du poste|de recrutement|"
        r"d'acces|de diplome)|profil (?:recherche|attendu|souhaite|requis|demande))\b",
        r"\b(?:profil|parcours|experience|candidature)\b[^.!?;]{0,25}?\b(?:est|etait|semble|nous semble|nous parait|parait) "
        r"(?:(?!pas )\w+ )?(?:trop (?:eloigne|junior|senior|eloignee)|eloignee? de nos|en decalage avec)\b",
        r"\b(?:aucune|une) suite (?:favorable |positive )?ne (?:sera|pourra|peut|saurait) (?:malheureusement |donc |pas )*(?:etre )?"
        r"(?:donnee|reservee|apportee)\b|"
        r"\bpas de suite (?:favorable |positive )?(?:a|pour) (?:votre|ta|cette) (?:candidature|demande|postulation)\b"
        r"(?! (?:sans|si|s'il|tant|avant|faute)\b)",
        # "Pas de suite possible pour le moment", "Pas de suite favorable pour l'instant": not a condition ("... sans votre diplôme")
        r"\bpas de suite (?:possible|favorable|positive)\b(?! (?:sans|si|s'il|tant|avant|faute)\b)",
        # (sweep 2) the curt "pas de suite pour le moment, désolé"
        r"\bpas de suite (?:pour le moment|pour l'instant|cette fois)\b(?! (?:sans|si|s'il|tant|avant|faute)\b)",
        r"\b(?:ne|n') ?(?:pourrons|pouvons|pourrions|saurions) (?:malheureusement |donc |helas )?(?:vous|te) (?:proposer|offrir) "
        r"(?:de |d'|le |un |une |ce )?(?:poste|contrat|entretien|stage|emploi|alternance)\b",
        r"\bcandidature\b[^.!?;]{0,60}?\b(?:n'est|ne sera) plus (?:retenue|consideree|examinee|d'actualite|en lice)\b"),
]


# --- seventh layer: constructions from a fifth independent author (dev5/fr) ----------------------------------
# Word classes again: a spoken choice of someone else ("on part sur quelqu'un d'autre", "on a trouvé qqn pour le
# job", "ce ne sera pas pour cette fois"), the process stopped with the reader ("nous arrêtons là le processus avec
# vous"), a stage not passed or a threshold not reached ("n'a pas franchi l'étape de la présélection", "n'atteint pas
# le seuil requis"), and a result stated as a labelled field ("Résultat : Défavorable", "Décision du jury : non
# retenue"). A person chosen "pour <something else>" ("on part sur quelqu'un d'autre pour animer l'atelier") is no
# decision about the reader.
_FR_SOMEONE = r"(?:quelqu'un|qqn|un autre|une autre|d'autres|un profil|une personne|un candidat|une candidate)"
_FR_NOT_FOR_ELSE = (r"(?! pour (?!(?:le|ce|cette|la|ton|ta|votre|notre|l') ?(?:poste|job|stage|place|mission|contrat|emploi|boulot|"
                    r"role|recrutement|alternance|apprentissage)))")
DECISIONS += [
    fam("grammaire : parti sur quelqu'un d'autre / trouvé quelqu'un", 4.0, ("qqn", "quelqu'un", "part", "personne", "le candidat",
                                                                            "trouve un profil", "trouve une candidat", "trouve un candidat",
                                                                            "la candidate", "cette fois", "ce poste", "perle",
                                                                            "chaussure", "un non", "trouve notre", "pas passe", "fallait",
                                                                            "mort pour", "deja pris", "deja pourvu", "non pour",
                                                                            "negatif pour", "possible pour", "le faire pour",
                                                                            "c'est non", "deja pourvu", "deja quelqu", "pas de stag",
                                                                            "pas pour cette fois",
                                                                            "pas de poste", "pas de job", "pas de place", "pas de recrut",
                                                                            "pas d'embauche", "pas d'alternance", "pas d'apprenti"),
        # a curt reply that opens on the verdict ("Bonjour, déjà pris, désolé."); a slot "déjà pris" sits after its noun
        r"\b(?:bonjour|bonsoir|salut|hello|coucou),? deja (?:pris|pourvu)e?(?= ?(?:[.,!;\n]|$))|"
        r"(?<![a-z] )(?<![a-z], )\bdeja (?:pris|pourvu)e?(?= ?(?:[.,!;\n]|$))",
        # "c'est non pour nous", "négatif pour le stage cette année"
        # (sweep 2) the spoken "ça ne va pas le faire pour ce poste"
        r"\b(?:ca|ce|cela) ne (?:va|sera|serait) (?:malheureusement |donc |helas )?pas (?:(?:etre )?possible|le faire) pour (?:le|ce|ton|ta|votre|la|cette) "
        r"(?:poste|stage|job|place|mission|contrat|emploi|alternance)\b",
        # (sweep 2) the curt reply: "désolé mais c'est non.", "c'est déjà pourvu, désolé !", "nous avons déjà quelqu'un."
        r"\b(?:desolee?s?|malheureusement|helas),? (?:mais )?c'est non(?= ?(?:[.!,;\n]|$| pour (?:cette fois|(?:le|ce) poste)))|"
        r"\b(?:bonjour|bonsoir|salut|hello|desolee?s?|malheureusement|helas),? (?:mais )?(?:ce (?:ne )?sera )?pas pour cette fois\b|"
        r"\b(?:c'est|il est|elle est) (?:malheureusement )?deja pourvue?(?= ?(?:[.,!;\n]|$))|"
        r"\b(?:avons|a|ai) deja (?:qqn|quelqu'un)(?= ?(?:[.,!;\n]|$| pour (?:le|ce|cette|la) (?:poste|job|stage|place|mission)\b))|"
        # "pas de stage chez nous cette année": none of the reader's kind here, now
        r"\bpas (?:de |d')(?:stage|stagiaire|poste|job|place|recrutement|embauche|alternance|apprenti)s? (?:disponible )?(?:chez nous|pour (?:le moment|"
        r"l'instant)|cette (?:annee|saison|fois)|en ce moment|actuellement)\b|"
        r"\b(?:bonjour|bonsoir|salut|hello),? c'est (?:malheureusement |donc |helas )?non pour (?:nous|moi)\b|"
        r"(?<![a-z] )(?<![a-z], )\bc'est (?:malheureusement |donc |helas )?non pour (?:nous|moi)\b|\bnegatif pour (?:le|ce|ton|ta|la|votre|cette) (?:poste|stage|"
        r"job|place|mission|alternance|apprentissage|candidature)\b",
        # "on a trouvé quelqu'un." said alone or for the post; "trouvé quelqu'un pour te remplacer" is something else
        r"\b(?:avons|a|ai|avions) (?:\w+ )?(?:trouve|pris|engage|embauche|recrute) (?:qqn|quelqu'un)(?= ?(?:[.!,;]|$| pour (?:le|ce|cette|"
        # (sweep 2) a seasonal job: "on a trouvé quelqu'un pour la saison / pour cet été"
        r"la) (?:poste|job|stage|place|mission|saison)\b| pour cet ete\b))",
        # spoken verdicts said of the post: "c'est pas passé pour le poste", "c'est mort pour le job"
        r"\b(?:c'est|ca (?:a|n'a|n'est)|ce n'est) pas passe pour (?:le|ce|cette|ton|ta|la) (?:poste|job|stage|place|mission|fois)\b|"
        r"\bc'est mort pour (?:le|ce|ton|ta|la) (?:poste|job|stage|place|mission)\b",
        # the idioms of a search ended ("avons trouvé la perle rare"), unless the find is the reader ("... : vous !")
        r"\b(?:avons|a|ai|avions) (?:\w+ )?trouve (?:la perle rare|chaussure a (?:notre|son|mon) pied|notre (?:futur|future|nouveau|"
        r"nouvelle) (?:collaborat\w+|recrue|stagiaire|alternant\w*|apprenti\w*|candidat\w*)|la (?:bonne )?personne qu'il (?:nous|me) "
        r"fallait|le profil qu'il (?:nous|me) fallait)\b"
        r"(?! ?[:,-]? ?(?:en (?:vous|toi)|c'est (?:vous|toi)|vous|toi)\b)",
        r"\b(?:on|nous) (?:\w+ )?(?:part|partons|est partis?|sommes partie?s|partira|partirons|repart) (?:finalement |donc )?sur "
        + _FR_SOMEONE + r"\b(?! d'autre pour (?!(?:le|ce|la|cette|ton|ta|votre) ))" + _FR_NOT_FOR_ELSE,
        # the infinitive after a past choice: "on a décidé de partir sur un profil plus junior"
        r"\b(?:decide|choisi|prefere|opte pour le fait) de (?:finalement |plutot |donc )?partir sur " + _FR_SOMEONE
        + r"\b(?! d'autre pour (?!(?:le|ce|la|cette|ton|ta|votre) ))" + _FR_NOT_FOR_ELSE,
        r"\b(?:avons|a|ai|avions) (?:finalement|deja|entre-temps|entre temps) (?:trouve|recrute|engage|embauche|choisi|retenu|pris) "
        r"(?:qqn|quelqu'un|une personne|la personne|le candidat|la candidate)\b" + _FR_NOT_FOR_ELSE,
        r"\b(?:avons|a|ai|avions|ont) (?:\w+ )?(?:trouve|recrute|engage|embauche|choisi|retenu|pris) (?:qqn|quelqu'un) (?:d'autre|de plus|"
        r"d'experimente|d'experience|de (?:\w+ )?(?:experimente|forme|qualifie|disponible|senior|interne)|en interne|a l'interne)\b" + _FR_NOT_FOR_ELSE,

        # (sweep 2) found a better-matching one ("avons trouvé un profil qui correspond mieux à nos besoins")
        r"\b(?:avons|a|ai|avions) (?:\w+ )?trouve (?:un|une) (?:profil|candidat|candidate|personne|candidature) (?:qui (?:correspond|repond|"
        r"colle|convient) (?:mieux|davantage|plus)|plus (?:adaptee?|proche|experimentee?|en adequation))\b",
        r"\b(?:trouve|recrute|engage|embauche) (?:qqn|quelqu'un|une personne) pour (?:le|ce|cette|la|notre) (?:poste|job|stage|place|"
        r"mission|emploi|boulot|contrat)\b",
        # "not this time" said of the reader's candidacy ("ce ne sera pas pour cette fois", "pas pour ce poste-ci"); "ce n'est pas
        # pour ce poste que je vous écris" introduces something else
        r"\b(?:ce ne sera|ce n'est|ca ne sera|ca sera|c'est|ce sera) (?:malheureusement |donc |helas )?pas (?:possible )?(?:pour )?(?:cette fois(?:-ci)?|"
        r"ce poste(?:-ci)?|ce coup-ci)\b(?! (?:que|qu'|la))",
        r"\b(?:c'est|ce sera|ca sera) (?:malheureusement |donc |helas )?(?:un )?non (?:pour )?(?:cette fois|ce poste|ce coup-ci|"
        r"(?:le|ce) (?:poste|job)|la place)\b"),
    # a decision to hire someone set apart by a qualifier ("avons décidé de recruter une personne dont l'expérience...")
    fam("grammaire : décidé de recruter un profil qui...", 4.0, ("decide d", "choisi d", "le choix d", "prefere d"),
        r"\b(?:avons|a|ont|avions) (?:\w+ )?(?:decide|fait le choix|choisi|prefere) (?:de |d')(?:recruter|engager|embaucher|retenir|"
        r"privilegier|selectionner|nous tourner vers|nous orienter vers) (?:une|un|des|d'autres) (?:autres? )?(?:candidat\w*|profils?|"
        r"personnes?|candidatures?) (?:dont|qui|plus|davantage|mieux|ayant|disposant|possedant|justifiant|deja|correspondant)\b"),
    fam("grammaire : pas parmi nos collaborateurs / ne te garde pas", 4.0, ("compter parmi", "vous garde", "te garde", "vous retien",
                                                                             "te retien", "vous retenons", "te retenons",
                                                                             "vous recrut", "te recrut", "vous embauch",
                                                                             "te embauch", "t'embauch", "vous selectionn", "te selectionn",
                                                                             "te pren", "vous pren"),
        r"\b(?:ne|n')\b[^.!?;]{0,40}?\b(?:vous|te|t') ?compter (?:\w+ )?parmi (?:nos|notre|les|nous)\b",
        # "on ne te garde pas pour le poste", "nous ne vous retenons pas"; "prendre" and "engager" say too many other things
        r"\b(?:ne|n') ?(?:vous|te|t') ?(?:garde|gardons|garderons|garderai|retien\w*|retenons|recrute|recrutons|recruterons|embauche|"
        r"embauchons|embaucherons|selectionnons|selectionnerons) (?:malheureusement |donc |finalement |helas )?pas\b"
        r"(?! (?:plus|davantage|longtemps)\b)",  # "je ne vous retiens pas plus longtemps" closes a letter
        # "prendre" only for a post or a place: "nous ne te prendrons pas pour ce poste", spoken "on te prend pas pour le job"
        r"\b(?:ne|n'|on) ?(?:vous|te|t') ?pren\w* (?:malheureusement |donc |finalement |helas )?pas (?=(?:pour|dans|comme|chez|en) "
        r"(?:le|la|l'|ce|cette|notre|nos|poste|stage|cdi|cdd|alternance|apprentissage|equipe|job|saison)\b)"),
    fam("grammaire : sans que votre candidature soit retenue / irrecevable", 4.0, ("sans que", "recevable", "sans retenir",
                                                                                    "sans pouvoir"),
        # closed without the reader ("clos le recrutement sans retenir votre candidature"); not "pour l'instant"
        r"\bsans (?:que (?:nous|je) (?:puissions|pouvions|ayons pu|puisse) |pouvoir )?retenir (?:votre|ta) (?:candidature|profil|dossier|"
        r"postulation)\b(?! (?:pour l'instant|pour le moment|tout de suite|immediatement)\b)",
        r"\bsans que (?:votre|ta) (?:candidature|postulation|dossier|profil) (?:ne )?(?:soit|ait ete|puisse etre) (?:retenue?|selectionnee?)\b",
        r"\b(?:candidature|dossier|postulation)\b[^.!?;]{0,40}?\b(?:(?:est|a ete) (?:\w+ )?(?:declaree?|jugee?|consideree?)? ?irrecevable|"
        r"n'a (?:\w+ )?pas ete (?:jugee?|declaree?|consideree?) (?:recevable|admissible|eligible))\b(?! (?:si|s'il|tant|a defaut)\b)"),
    fam("grammaire : le processus arrêté avec vous", 4.0, ("arret", "stopp", "interromp", "terme"),
        r"(?<!s')\b(?:arret|stopp|interromp)\w* (?:donc |malheureusement |helas |finalement |ici |la ){0,3}(?:(?:le processus|le recrutement|"
        r"la procedure|nos echanges|les echanges|l'aventure|notre collaboration) )?(?:avec|pour) (?:vous|toi)\b",
        r"\bmett\w* (?:donc )?un terme (?:a (?:votre|ta) candidature|au processus (?:avec|pour) (?:vous|toi))\b",
        # spoken: "on s'arrête là pour cette fois", "nous nous arrêtons ici avec votre candidature"; not "pour aujourd'hui"
        r"\b(?:on s'arrete|nous nous arretons|on arrete|nous arretons|je m'arrete) (?:donc |malheureusement |helas )?(?:la|ici) "
        r"(?:pour (?:cette fois|ce poste|ce recrutement|vous|toi)|avec (?:vous|toi|votre candidature|ta candidature))\b"),
    fam("grammaire : étape non franchie / seuil non atteint", 4.0, ("franchi", "atteint", "reussi", "seuil", "obtenu", "passe l'etape",
                                                                         "passe le cap", "passe le premier", "passe le seuil",
                                                                         "passe la", "pas a l'etape", "pas au tour",
                                                                         "pas a la phase"),
        r"\bn'(?:a|avez|as|ont|avait|aviez) (?:\w+ ){0,2}?pas (?!encore)(?:\w+ ){0,2}?(?:franchi|reussi|atteint|obtenu|depasse)\b"
        r"[^.!?;]{0,40}?\b(?:etape|cap|seuil|score|note|minimum|minimale|test|epreuve|preselection|selection|tour|niveau|moyenne)",
        # "passer" only with a stage as its object: "vous n'avez pas passé le test" may be a reminder
        r"\bn'(?:a|avez|as|ont|avait|aviez) (?:\w+ ){0,2}?pas (?!encore)(?:\w+ ){0,2}?passe (?:le cap|l'etape|le seuil|le premier tour|"
        r"la (?:pre)?selection)",
        r"\bn'(?:atteint|atteignez|atteignait|atteignent|atteigniez) (?:\w+ )?pas (?:\w+ )?(?:le|la|les) (?:seuil|score|note|niveau|"
        r"minimum|moyenne|barre)",
        # the next stage not reached ("ne passera pas à l'étape suivante"); a condition ("si vous ne passez pas") is none
        r"(?<!si vous )(?<!si tu )(?<!s'il )(?<!si elle )\bne pass\w* (?:malheureusement |donc |finalement )?pas (?:a|au) "
        r"(?:l'etape|la phase|le tour|tour|la prochaine etape|l'etape d'apres)\b"),
    # the field's label is the application's own ("Statut de votre candidature : refusée", "Décision du jury : ..."), not an
    # expense claim's or a leave request's
    fam("grammaire : résultat défavorable (champ)", 4.0, ("defavorable", "non retenu", "refuse", "negati", "non selectionn", "non admis"),
        r"\b(?:resultat|statut|decision|avis|issue|etat|reponse)(?: (?:de (?:votre|ta|la|l')|du|des) ?(?:candidature|postulation|dossier|"
        r"entretien|test|epreuve|evaluation|selection|jury|comite|recrutement|processus|procedure|concours)s?)? ?: ?(?:\w+ ){0,2}?"
        r"(?:defavorable|non (?:retenue?s?|selectionnee?s?|admise?s?)|negati(?:f|ve)|refusee?|rejetee?|ecartee?)\b",
        r"\b(?:issue|resultat|suite (?:donnee|reservee))\b (?:de |a )(?:votre|ta) (?:candidature|postulation|dossier)\b[^.!?;]{0,60}?"
        r"\b(?:est|sera|a ete) (?:malheureusement |donc |helas )?(?:defavorable|negative)\b"),
]

# Ways of naming the reader's application in French beyond "votre candidature/profil/dossier".
YOURS_WORDS = (r"(?:ton|ta) (?:profil|dossier|cv|parcours|portfolio|entretien|motivation)|tu as postule|merci d'avoir postule|"
               r"votre (?:parcours|cv|entretien|postulation|candidature spontanee|demande d'emploi|venue|disponibilite)|vous avez candidate|"
               r"(?:votre|ta|ton) (?:demande|recherche) (?:de stage|d'alternance|d'apprentissage|de job|d'emploi)|ton (?:stage|alternance)|"
               # the reader's own visit for a trial or a talk, like "votre venue"
               r"(?:votre|ta) visite|d'etre (?:passee?|venue?)s?\b|"
               r"notre (?:entretien|echange|rencontre|conversation)|nos echanges|ton (?:temps|entretien)|tu as candidate|"
               r"d'avoir (?:echange|postule|candidate|passe (?:un|l'|cet|votre|ton) entretien)|"
               # (sweep 2) Québec's "appliquer" for applying ("merci d'avoir appliqué chez nous")
               r"d'avoir applique|(?:vous avez|tu as) applique (?:chez|sur|pour|a|au)|"
               # (sweep 3) Québec's "entrevue" for the interview ("merci pour l'entrevue de jeudi", "suite à ton entrevue")
               r"(?:ton|votre|notre) entrevue|(?:pour|de|depuis|apres|suite a|lors de) l'entrevue")

# Words that name a post unmistakably: Québec's numbered job posting ("l'affichage 2026-044", "affichage de poste").
STRONG_WORDS = (r"affichage (?:n[o°]?\.? ?|#)?\d[\d-]*|affichages? de postes?|"
                # (sweep 2) places and posts named by their kind: "les places de stage", "les postes d'été"
                r"places? (?:de stage|d'apprenti\w*|en alternance|en apprentissage|d'alternance)|postes? (?:d'ete|saisonniers?|a pourvoir)|"
                # an agency naming itself (it only places people)
                r"cabinet (?:de recrutement|de chasse|d'approche directe)|chasseu(?:r|se)s? de tetes|agence (?:d'emploi|de placement)|"
                # (sweep 3) a temp agency naming itself ("Julien, agence Interim Plus")
                r"agences? (?:d')?interim\w*|"
                # (sweep 3) the internship that ends a degree ("Stage de fin d'études", "stage de M2")
                r"stages? de fin d'etudes|stages? de (?:m1|m2|master|licence|bts|dut|but)\b")

# French job words the shared list lacks (Swiss "postulation", hiring, a traineeship named as such).
JOB_WORDS = STRONG_WORDS + "|" + (r"postulation|postule[rsz]?|embauche|recruteu(?:r|se)s?|stage (?:de|en|d')|stagiaire|job etudiant|jobs d'ete|job d'ete|"
             # a client or an employer hiring from inside ("mon client a décidé de recruter en interne")
             r"recrut(?:er|ons|e) (?:en |a l')interne|agence (?:d')?interim|entreprise (?:cliente|utilisatrice)|demandes? de stage|"
             r"cdi|cdd|entrevues?|vivier|drh|ressources humaines|boulot|saisonniers?|apprentissage|interimaires?|"
             # French job titles (forms that are not English words): a subject line may name only the role
             r"ingenieure?s?|technicienne?s?|developpeu(?:r|se)s?|vendeu(?:r|se)s?|comptables?|infirmiere?s?|"
             r"chef(?:fe)? de (?:projet|produit|rayon|chantier|equipe|rang|partie|cuisine)|chargee? (?:de mission|de projet|d'affaires|de communication|de clientele)|"
             r"serveu(?:r|se)s?|cuisiniere?s?|caissiere?s?|magasiniere?s?|caristes?|cavistes?|preparat(?:eur|rice)s?|aides?-soignante?s?|"
             r"educat(?:eur|rice)s? specialisee?s?|manutentionnaires?|receptionnistes?|commis de (?:cuisine|salle)|"
             r"responsables? (?:de salle|de rayon|de magasin|de boutique|de secteur|de site|de production|d'exploitation|d'agence)|"
             # a traineeship named by its field or its host ("ton stage chez ...", "le stage marketing")
             r"stages? (?:chez|au sein|marketing|commercial|communication|juridique|comptable|rh|financier|logistique|technique|obligatoire|"
             r"remunere|non remunere)")

LOOKALIKES: list[Family] = [
    # "sans retour de notre part sous un mois, vous pourrez considérer que..." announces a rule, decides nothing yet
    fam("look-alike: a conditional outcome (fr)", -5.0, ("consider", "si ", "s'il", "sans retour"),
        r"\b(?:pourrez|pouvez|pourras|peux|devez|veuillez|merci de) (?:donc )?(?:considerer|estimer|conclure) que\b",
        r"\b(?:si|s'il|si elle|si vous|si tu) (?:votre |ta |celle-ci |celui-ci |vous |tu )?(?:candidature |profil |dossier )?(?:n'est|n'etes|n'es|"
        r"n'etait|ne devait|ne deviez|ne sera|est|etes|es|etait|devait|deviez) (?:pas )?(?:etre )?(?:retenue?s?|selectionnee?s?)\b",
        r"\bsans (?:retour|reponse|nouvelles) de (?:notre|ma) part\b",
        r"\bsi (?:vous|tu) n'(?:avez|as) pas (?:\w+ )?(?:franchi|passe|reussi|atteint|obtenu)\b",
        r"\bsi (?:vous|tu|votre|ta)\b[^.!?;]{0,30}?\bne (?:remplissez|remplis|repondez|reponds|correspondez|corresponds|remplit|repond|"
        r"correspond) pas\b"),
    fam("look-alike: incomplete application (fr)", -4.5, ("incomplet", "tant que", "manquant", "complet"),
        r"\b(?:dossier|candidature)s?\b[^.!?;]{0,30}\bincomplet",
        r"\b(?:dossier|candidature)s?\b[^.!?;]{0,30}\b(?:n'est|n'etait|ne semble) (?:\w+ )?pas (?:tout a fait |encore )?complete?\b",
        r"\btant que (?:cette|ces|la|le|les|votre|vos|ce|l') ?(?:pieces?|documents?|justificatifs?|dossier|diplome|formulaire)",
        r"\bpieces? manquantes?\b"),
    fam("look-alike: withdrawal by the candidate", -4.0, ("retir", "retrait", "votre decision", "ta decision", "votre offre", "ta proposition",
                                                           "votre proposition", "ton offre", "vous avez", "tu as", "vous ne",
                                                           "tu ne", "notre offre", "notre proposition", "demande"),
        # the reader does not wish to go on ("bien noté que vous ne souhaitez pas donner suite à notre proposition")
        r"\b(?:vous|tu) ne (?:souhaitez|souhaitiez|souhaites|voulez|vouliez|veux|desirez|desires) (?:\w+ )?pas (?:donner suite|poursuivre|"
        r"continuer|accepter|aller plus loin)\b|\bdonner suite a (?:notre|mon) (?:offre|proposition)\b",
        r"\b(?:vous avez|tu as) (?:\w+ )?(?:decide|choisi|prefere|souhaite) de (?:ne pas (?:donner suite|poursuivre|accepter|"
        r"continuer)|decliner|refuser|renoncer|retirer)\b",
        r"\b(?:retirer|retrait de) (?:votre|ta) candidature\b|\bvous avez retire\b",
        # taken out because the reader asked ("Comme vous l'avez demandé, l'équipe a retiré votre candidature")
        r"\b(?:comme (?:vous (?:nous )?l'avez|tu (?:nous )?l'as) demande|a (?:votre|ta) demande|sur (?:votre|ta) demande)\b[^.!?;]{0,60}?"
        r"\bretire\w* (?:votre|ta) candidature\b",
        r"\b(?:votre|ta) decision de (?:ne pas (?:donner suite|poursuivre|accepter)|decliner|refuser|retirer|renoncer)",
        r"\bne pas donner suite a (?:votre|ta) (?:offre|proposition)\b|\b(?:j'ai|je) (?:decide de |prefere )?(?:decline|decliner|refuse|refuser) "
        r"(?:votre|ta) (?:offre|proposition)\b"),
    fam("look-alike: notice about someone else's candidacy", -4.0, ("candidature d", "jury", "courrier de refus", "evaluation",
                                                                   "le candidat", "la candidate", "recommande", "parrain",
                                                                   "coopt", "filleul"),
        r"\bla candidature (?:de (?:m\. |mme |monsieur |madame )?[a-z]+|d'[a-z]+)(?: (?:au|pour|a|n'a)\b| ?[.,;!?]|$)",
        r"\b(?:le candidat|la candidate) (?:que (?:tu|vous) (?:as|avez) (?:recue?|rencontree?|vue?|interviewee?|eue? en entretien)|"
        # ...or put forward ("le candidat que tu nous as recommandé")
        r"que (?:tu|vous) nous (?:as|avez) (?:recommandee?|presentee?|proposee?|envoyee?|adressee?)|"
        r"(?:dont|avec qui) (?:tu|vous) (?:as|avez))\b",
        r"\b(?:votre|ta) participation au jury\b|\bsa (?:grille|fiche) d'evaluation\b|"
        r"\b(?:remplir|renvoyer|transmettre|completer|me transmettre) (?:votre|ta) (?:grille|fiche) d'evaluation\b",
        r"\blui (?:ai|avons|a) (?:adresse|envoye|transmis|fait parvenir) (?:un|le|notre|son) (?:courrier|mail|message|e-mail) de refus",
        # (sweep 2) a person the reader recommended ("merci de nous avoir recommandé Julien ... sa candidature")
        r"\b(?:de nous avoir|d'avoir|vous nous avez|tu nous as) (?:recommande|parraine|coopte|refere)\b(?! (?:votre|ta|ton|vos|tes)\b)|"
        r"\b(?:votre|ta|ton) (?:filleule?|cooptation|parrainage)\b"),
    fam("look-alike: the candidacy is said to be still alive", -4.5, ("poursuiv", "ecartee", "active", "partie", "lice", "son cours",
                                                                    "en cours", "a l'etude", "a l'examen", "par toi", "par vous",
                                                                    "c'est toi", "c'est vous", "aimer", "voudr", "souhaiter",
                                                                    "meme si", "bien que", "quoique", "souhaitons", "propos",
                                                                    "ravi", "vers vous", "vers toi", "votre cas", "ton cas"),
        r"\b(?:candidature|dossier|postulation|elle)\b[^.!?;]{0,60}?\b(?:suit (?:\w+ )?son cours|(?:reste|est toujours|est encore|reste donc) "
        r"(?:en cours|a l'etude|en lice|a l'examen))\b",
        r"\b(?:plaisir|heureux|heureuse|ravie?s?) de poursuivre\b|\bpoursuivons (?:le processus )?avec (?:vous|toi)\b",
        r"\b(?:vous|tu) (?:en )?(?:faites|fais) (?:bien |toujours |donc |encore )?partie\b|\bn'est pas ecartee\b|\b(?:elle|candidature) reste active\b(?![^.!?;]{0,40}\b(?:vivier|base de (?:donnees|candidats)|cvtheque|talent ?pool|"
        r"futurs? (?:postes|recrutements|besoins)|prochaines? (?:offres|opportunites))\b)|\b(?:faites|fais|etes) toujours partie des\b|\ben lice\b",
        # the post filled by the reader ("le poste est pourvu... par toi !", "c'est toi qu'on veut")
        r"\bc'est (?:bien |justement |exactement )?(?:votre|ton) cas\b|\bpourvue?s?\W{0,5}(?:par|avec) (?:toi|vous)\b|\bc'est (?:toi|vous) (?:qu'on|que nous|que l'on) (?:veut|voulons|a choisie?|"
        r"avons choisie?|retient|retenons)\b",
        # not this post but a talk about another ("..., mais on aimerait te proposer un entretien pour le poste de barmaid")
        r"\bmais (?:on|nous|je|j'|(?:notre|mon|ma|la|le) [a-z]+|l'[a-z]+(?: [a-z]+)?) ?(?:aimer(?:ai|i)\w*|voudr(?:ai|i)\w*|souhaiter(?:ai|i)\w*) (?:beaucoup |vivement )?(?:te|vous) (?:proposer|rencontrer|"
        r"inviter|recevoir)\b",
        # a concession, then an invitation ("Même si le poste a été pourvu, nous aimerions vous rencontrer pour...")
        r"\b(?:meme si|bien que|quoique)\b[^.!?;]{0,90}?, ?(?:nous|on|je|j') ?(?:aimer(?:ai|i)\w*|voudr(?:ai|i)\w*|souhaiter(?:ai|i)\w*|"
        r"souhaitons|proposons|propose|serions ravie?s|serais ravie?) (?:beaucoup |vivement )?(?:te|vous)\b",
        # a delay, then a date to fix ("..., mais nous revenons vers vous pour fixer une date")
        r"\bmais (?:nous|on|je) (?:\w+ )?(?:revenons|reviendrons|reviens|reviendrai|recontacterons|recontactons|rappellerons|rappelons) "
        r"(?:vers )?(?:vous|toi)\b[^.!?;]{0,20}?\bpour (?:fixer|convenir|planifier|organiser|caler|trouver|programmer)\b"),
    fam("look-alike: not the reader's application (fr)", -5.0, ("postule",),
        r"\b(?:vous n'(?:aviez|avez)|tu n'(?:avais|as)) (?:pas|jamais) (?:encore )?postule\b"),
    # "votre candidature a été retenue pour un entretien": good news said in plain words
    fam("look-alike: good news (fr)", -3.5, ("retenue", "selectionnee", "acceptee", "retenu"),
        r"\b(?:votre|ta) candidature (?:a ete|est|a bien ete) (?:retenue|selectionnee|acceptee)\b",
        r"\b(?:avons|a|ai) (?:bien )?retenu (?:votre|ta) candidature\b"),
    fam("look-alike: a question about rejection (fr)", -5.0, ("?",),
        r"\b(?:pas ete retenue?s?|pas ete selectionnee?s?|essuye (?:un|des) refus|reponse negative)\b[^.!?;]{0,60}\?"),
    fam("look-alike: not a job (fr: stands, tenders, volunteer roles, adoptions, plots)", -5.0, ("stand", "exposant", "marche", "appel d'offres",
                                                                              "benevole", "marraine", "parrain", "projets", "financement",
                                                                              "candidature a", "candidature pour", "photo", "oeuvre",
                                                                              "tableau", "film", "manuscrit", "poeme", "dessin",
                                                                              "sculpture", "nouvelle", "texte", "recit",
                                                                              "conte", "chanson", "scenario", "roman",
                                                                              "illustration", "affiche", "concours"),
        r"\b(?:(?:votre|de|du|un|le|ce) stands?|en tant qu'exposant\w*|candidature (?:comme |en tant que |d'|de )?(?:exposant\w*|benevole|marraine|parrain))\b",
        r"\bcandidature (?:a|pour) (?:l'adoption|adopter|(?:une|un|la|le) (?:parcelle|logement|place en creche|jardin|appartement|"
        r"colocation|chiot|chaton|chien|chat|animal))\b",
        # a course or a school ("candidature à la formation de soudeur"); a work-study course is a post
        r"\bcandidature (?:a|pour) (?:la|une|le|un|l') ?(?:formation|cursus|licence|master|ecole|session de formation)\b"
        r"(?![^.!?;]{0,30}\b(?:alternance|apprentissage)\b)",
        # a work submitted to a show or a journal ("votre photo n'a pas été sélectionnée pour l'exposition")
        r"\b(?:votre|ta) (?:photo|photographie|oeuvre|tableau|film|court-metrage|manuscrit|poeme|dessin|sculpture|"
        # a short story or a text sent to a writing contest ("votre nouvelle « ... » n'a pas été retenue"; not "votre
        # nouvelle candidature")
        r"nouvelle(?! (?:candidature|demande|offre|postulation|proposition|annonce|mission|affectation)\b)|texte|recit|conte|"
        r"chanson|scenario|roman|illustration|affiche)s?\b[^.!?;]{0,30}?"
        r"\b(?:n'a|n'ont|ne sera|ne seront|n'est) (?:\w+ )?pas (?:ete )?(?:retenue?|selectionnee?)s?\b",
        # a writing, art or photo contest ("le jury du concours de nouvelles", "concours photo"), not a civil-service exam
        r"\bconcours (?:de |d')?(?:nouvelles?|poesie|poemes?|photos?|photographie|ecriture|dessin|peinture|chant|chanson|slam|"
        r"courts?-metrages?|bd|bande dessinee|illustration|affiches?|eloquence|litteraire|artistique|culinaire|talents?)\b",
        r"\b(?:appels? a projets|(?:pour|d')un financement|demande de financement|appel d'offres|"
        # (not the department a post sits in: "le poste ... au sein de la Direction de la commande publique")
        r"(?<!au sein de la direction de la )(?<!au sein du service de la )(?<!au sein du pole )(?<!au sein de la )"
        r"(?<!au sein du service )(?<!rattache a la direction de la )(?<!rattachee a la direction de la )commande publique|"
        r"marche (?:public|n|de prestations)|offre presentee par votre (?:societe|entreprise))\b"),
]


# --- ordinary mail that borrows the words of a decision (bench/ordinary.py) ----------------------------------
# Each family is a class of situations where the reader is not the candidate: the reader runs the hiring, the
# "job" is a program or a workstation, the place is in a choir or a team, the decision is a relative's news or a
# proposal voted in a meeting, a quote for works is turned down, a newsletter headline gives advice on refusals.
LOOKALIKES += [
    # the reader is the recruiter: other files to archive, the agency or a candidate (third person) to notify
    fam("look-alike: the reader runs the hiring (fr)", -5.0, ("restant", "encore", "refus", "previen", "prevenir",
                                                              "informe", "ton candidat", "ta candidat", "tes candidat",
                                                              "votre candidat", "vos candidat", "appeler", "ecrire", "laisse",
                                                              "reponse negative", "tu recrutes", "vous recrutez"),
        # a draft of the refusal put to the reader ("voici le mail de refus que je compte envoyer à Thomas", "le courrier
        # de réponse négative que nous allons lui adresser"), and the post the reader is hiring for ("le poste que tu
        # recrutes")
        r"\b(?:voici|ci-dessous|ci-joint|en (?:pj|piece jointe)|je (?:te|vous) (?:propose|soumets|envoie|transmets))\b[^.!?;]{0,30}?"
        r"\b(?:mail|courrier|message|e-mail|courriel|lettre|modele|projet|brouillon|texte) de (?:refus|reponse negative)\b",
        r"\b(?:mail|courrier|message|e-mail|courriel|lettre|reponse) (?:de refus |de reponse negative |negative )?(?:que|qu') ?"
        r"(?:je|j'|nous|on) (?:compte|comptons|vais|allons|va|pense|pensons|prevois|prevoyons|voudrais|souhaite|propose|"
        r"proposons)\w* (?:de )?(?:lui |leur )?(?:envoyer|adresser|faire partir|transmettre)\b",
        r"\b(?:poste|stage|profil|alternance)\b[^.!?;]{0,60}?\b(?:que|pour lequel|pour laquelle|sur lequel) (?:tu recrutes|vous recrutez)\b",
        # the reader is asked to tell the candidate ("Peux-tu le prévenir ?", "merci de lui écrire")
        r"\b(?:peux-tu|peux tu|pouvez-vous|pouvez vous|pourrais-tu|pourriez-vous|merci de|tu peux|vous pouvez) (?:le|la|les|lui|leur) "
        r"(?:prevenir|informer|appeler|rappeler|ecrire|annoncer)\b|\bje (?:te|vous) laisse (?:le |la |les )?(?:lui|leur|prevenir|informer) "
        r"?(?:repondre|ecrire|annoncer|dire|prevenir|informer)?\b",
        r"\b(?:candidatures|candidats|candidates|dossiers|cv|profils) (?:restant\w*|encore (?:ouvert|en cours)\w*)\b",
        r"\b(?:je |j')(?:previens|previendrai|vais prevenir|m'occupe de prevenir|informe|vais informer|informerai|m'occupe d'informer) "
        r"(?:le |la |l'|les )?(?:cabinet|agence|chasseu\w+|client\w*|candidat\w*|recruteu\w+|rh|drh|manager|jury)\b",
        r"\b(?:envoyer|envoie|envoies|envoyez|adresser|adresse|adresses|faire partir) (?:le|les) (?:refus|mails? de refus|courriers? de refus|"
        r"reponses? negatives?)\b|\b(?:lui|leur) (?:envoyer|envoie|envoies|envoyez|adresser|faire) (?:le|un|une|les) (?:refus|reponse negative|"
        r"mail de refus|courrier de refus)\b",
        # the reader put a candidate forward ("ta candidate", "votre candidat"), not "votre candidature"
        r"\b(?:ton|ta|tes|votre|vos) candidat(?:e|s|es)?\b"),
    # a CI or cron job, a workstation, a feature request, a tracker ticket: software words, not employment
    fam("look-alike: not a job (fr: software jobs, workstations, tickets)", -5.0, ("job", "de travail", "fonctionnalite", "evolution",
                                                                                   "fusion", "issue", "jira", "ticket"),
        r"\b(?:le|du|un|les|des|ce|ces|mon|ton|notre) jobs? (?:de |d')?(?:ci|cron|deploiement|integration|build|migration|nocturne|planifie|"
        r"batch|sauvegarde|compilation|test)\w*\b|\bmigration (?:du|des|de ce|de nos) jobs?\b",
        r"\bpostes? de travail\b|\bdemandes? (?:de fonctionnalite|d'evolution|de fusion)\b|\[jira\]|\bissue #\d+|\btickets? #\d+"),
    # places in an amateur group (choir, troupe, orchestra, club, team): no employer behind them
    fam("look-alike: not a job (fr: choirs, troupes, clubs, teams)", -5.0, ("chorale", "choeur", "troupe", "orchestre", "fanfare", "club",
                                                                          "match", "tournoi", "championnat", "detection", "selection"),
        r"\b(?:la|une|notre|votre|ta|de|du|le|au|dans) (?:chorale|choeur|troupe|orchestre|fanfare|harmonie|club (?:de |d')(?:foot\w*|tennis|rugby|basket|hand\w*|"
        r"natation|judo|lecture|theatre|echecs|randonnee|voile|danse)|ensemble vocal)\b",
        r"\b(?:pour|au|du|de) (?:le |la |les )?(?:match|tournoi|championnat|plateau|derby|detections|selection (?:regionale|departementale|"
        r"nationale|u\d+))\b"),
    # a relative's or a friend's news, a proposal to do something voted down, a quote for works turned down
    fam("look-alike: someone else's news or a proposal (fr)", -5.0, ("frere", "soeur", "fils", "fille", "cousin", "pere", "mere", "papa",
                                                                     "maman", "mari", "femme", "copain", "copine", "neveu", "niece",
                                                                     "proposition de", "devis"),
        r"\b(?:ton|ta|mon|ma|notre) (?:frere|soeur|fils|fille|cousine?|pere|mere|papa|maman|mari|femme|copain|copine|neveu|niece|petit-fils|"
        r"petite-fille)\b[^.!?;]{0,40}?\b(?:n'a|n'ont|n'est|ne sera) (?:\w+ )?pas\b",
        r"\bproposition (?:de|d') ?(?:supprimer|renommer|changer|passer|remplacer|ajouter|retirer|modifier|deplacer|migrer|fusionner|"
        r"abandonner|adopter|reporter|organiser|creer|utiliser|deprecier|decaler)\b",
        # (also "les trois devis", "les autres devis": a supplier's quote compared with others)
        r"\b(?:le|du|un|ce|les|des|votre|ton|notre|leur|leurs|vos|nos|ces|tes)(?: (?:deux|trois|quatre|cinq|\d+|autres|premiers?|"
        r"derniers?|differents|nouveaux?))? devis\b"),
    # newsletters: advice headlines about refusals and readers' letters reporting what a recruiter said
    fam("look-alike: advice about refusals (fr newsletters)", -5.0, ("refus", "negative", "rejet", "lect", "m'a dit", "m'a repondu",
                                                                     "m'a explique", "m'a annonce"),
        r"\b(?:decrypter|comprendre|gerer|surmonter|digerer|rebondir apres|accepter|interpreter|analyser|encaisser|que faire (?:apres|face a|"
        r"quand on recoit)|comment (?:reagir|rebondir|gerer|repondre) (?:a|apres)) (?:une|un|la|le|les|des|ces) (?:reponses? negatives?|"
        r"refus|rejets?|lettres? de refus|mails? de refus)\b",
        r"\b(?:une lectrice|un lecteur|nos lecteurs|nos lectrices|courrier des lecteurs)\b[^.!?;]{0,20}?\b(?:ecrit|demande|raconte|temoigne)",
        r"\b(?:le|la|un|une) (?:recruteu\w+|rh|drh|manager|responsable|chasseu\w+)\b[^.!?;]{0,15}?\bm'a (?:dit|explique|annonce|ecrit|repondu) "
        r"(?:que|qu')"),
]

# News of the reader's application heard second-hand (see en.py): a friend passes on what they picked up ("j'ai croisé
# Julie : apparemment ils ont choisi un autre candidat. Tant pis pour eux !"). Not a relay that names its source.
LOOKALIKES += [
    fam("look-alike: news of the reader's application heard second-hand (fr)", -4.5,
        ("apparemment", "entendu", "appris", "parait", "tant pis pour eux", "officiellement", "m'a dit",
         "m'a raconte", "bruit"),
        r"\bapparemment,? (?:ils|elles|il|elle|la boite|l'entreprise|la societe)\b",
        r"\bj'ai (?:entendu dire|entendu|appris|su) (?:par \w+(?: \w+)? )?(?:que|qu')",
        r"\bil parait (?:que|qu')|\bparait-il\b|\ble bruit court\b",
        r"\btant pis pour eux\b|\bc'est eux qui (?:y )?perdent\b|"
        r"\btu (?:l'apprendras|le sauras|vas le recevoir|recevras (?:le|un) (?:mail|courrier)) officiellement\b",
        r"\b(?:mon|ma) (?:ami|amie|pote|cousin|cousine|frere|soeur|oncle|tante|voisin|voisine|ancien collegue|"
        r"ancienne collegue) (?:chez|de chez|qui bosse chez|qui travaille chez) [\w&'.-]+(?: [\w&'.-]+)? "
        r"(?:dit|m'a dit|m'a raconte|raconte)\b"),
]

# A job board about an offer the reader only saved or viewed ("l'offre que vous avez sauvegardée a été pourvue", "une
# offre de vos favoris"): no application of theirs
LOOKALIKES += [
    fam("look-alike: a posting the reader saved or viewed (fr)", -4.0, ("sauvegard", "favori", "consulte"),
        r"\b(?:offres?|annonces?|postes?|emplois?)\b[^.!?;]{0,60}\b(?:que|qu') ?(?:vous avez|tu as) (?:\w+ )?"
        r"(?:sauvegardee?s?|mise?s? (?:de cote|en favori)|consultee?s?)\b",
        r"\b(?:offres?|annonces?) (?:sauvegardee?s?|en favori)\b|\bdans (?:vos|tes) favoris\b"),
]

# --- sweep 3 (tests/test_detect_sweep3_fr.py): every trainee or apprentice place already given; the look-alikes beside
# it (the writer's own "ne donnerai pas suite à ma candidature", a candidate named by rank in the reader's own hiring) ---
DECISIONS += [
    # "toutes nos places en apprentissage sont attribuées", "nos places de stage sont déjà pourvues pour cette année": the
    # employer's own places ("nos"), said to one who asked; a job board's "les places de stage sont pourvues" is news
    fam("places de stage déjà attribuées", 4.0, ("nos place",),
        r"\b(?:toutes )?nos places? (?:de stage|de stagiaires?|d'apprenti\w*|en apprentissage|en alternance|"
        r"d'alternance|d'alternants?|de saisonniers?)(?: \w+){0,3}? (?:sont|ont ete|etaient) (?:deja |toutes |desormais |"
        r"malheureusement |helas |donc )*(?:attribuees|pourvues|prises|occupees|completes|comblees)\b"),
]

DECISIONS += [
    # the post offered to another, the post named first ("le poste a toutefois été proposé au candidat classé premier")
    fam("poste proposé à un autre (poste d'abord)", 4.0, ("propose", "offert", "attribue", "confie"),
        r"\b(?:le|ce) poste\b[^.!?;]{0,30}?\b(?:a|avait) (?:\w+ ){0,2}?ete (?:\w+ )?(?:propose|offert|attribue|confie) "
        r"(?:a|au|a la) (?:un autre|une autre|d'autres|quelqu'un|un candidat|une candidate|candidate?|une personne|"
        r"celui|celle|un collegue|une collegue)\b"),
    # hired someone who fits better ("nous avons recruté une personne dont le profil correspond mieux à nos attentes");
    # only with the comparison: "nous avons recruté une personne qui commence lundi" is team news
    fam("recruté une personne qui correspond mieux", 4.0, ("recrute", "engage", "embauche"),
        r"\b(?:recrute|engage|embauche)e?s?\b[^.!?;]{0,20}?\b(?:un|une) (?:candidat|candidate|profil|personne)\b[^.!?;]{0,40}?"
        r"\b(?:mieux|davantage|plus (?:proche|adaptee?|en adequation|experimentee?|qualifiee?))\b"),
    # the post given away, a state said to the reader ("malheureusement, le poste a déjà été attribué"); not "le poste vous
    # a été attribué"
    fam("poste déjà attribué", 3.5, ("attribue",),
        r"\b(?:le|ce) poste (?:(?!vous\b|te\b|lui\b)\w+ )?a (?:deja |finalement |malheureusement |entre-temps |donc |"
        r"desormais )*ete (?:deja )?attribue\b(?! (?:a|au) (?:vous|toi)\b)"),
    # our trainee found: the search is over ("on a trouvé notre stagiaire, désolée !", "nous avons déjà trouvé nos
    # saisonniers")
    fam("trouvé notre stagiaire", 4.0, ("trouve",),
        r"\b(?:avons|a|ai|ont) (?:deja |finalement |enfin |entre-temps |maintenant )?trouve (?:notre|nos) (?:nouveaux? |nouvelles? |"
        r"futurs? |futures? )?(?:stagiaires?|alternante?s?|apprentie?s?|saisonniere?s?|candidate?s?|profils?|remplacant\w*|"
        r"recrues?|serveu\w+|vendeu\w+|employee?s?|collaborat\w+)\b(?![^.!?;]{0,30}\b(?:c'est (?:toi|vous)|(?:en|avec) "
        r"(?:toi|vous))\b)"),
    # the profile did not meet the demands, in the imperfect or conditional ("votre profil ne répondait pas suffisamment
    # aux exigences du poste")
    fam("profil ne répondait pas", 3.5, ("repond", "correspond"),
        r"\b(?:profil|parcours|candidature|dossier|experience)\b[^.!?;]{0,20}?\bne (?:repondait|repondrait|correspondait|"
        r"correspondrait) (?:\w+ )?pas (?:\w+ ){0,2}?(?:aux|a nos|a vos|au|a la|a l'|a ce)\b"),
    # hiring from inside, decided ("nous avons finalement décidé de recruter en interne", "la direction a préféré une
    # candidature interne")
    fam("recrutement en interne", 4.0, ("interne",),
        r"\b(?:decide|choisi|prefere|opte) (?:finalement |donc )?(?:de |d'|pour )?(?:recruter(?: (?:un|une) (?:collaborat\w+|personne|"
        r"candidate?|profil))?|pourvoir (?:le|ce) poste|promouvoir "
        r"(?:quelqu'un|une personne|un collaborateur|une collaboratrice)) (?:en interne|a l'interne)\b"
        # (not when another post is offered in the same breath: "... et de vous proposer celui de contrôleur")
        r"(?![^.!?;]{0,60}\b(?:vous|te) (?:propos|offr))"
        # (nor an order of steps: "pourvoir le poste en interne d'abord, puis ouvrir aux candidatures externes")
        r"(?![^.!?;]{0,30}\b(?:d'abord|en priorite|dans un premier temps|avant de|avant d'|puis)\b)",
        r"\b(?:prefere|privilegie|choisi|retenu|opte pour)e?s? (?:finalement |donc )?(?:une|un) (?:candidature|candidate?|profil|"
        r"solution|personne) interne\b"),
    # "not selected" with an adverb inside ("tu n'as malheureusement pas été sélectionné pour l'entretien final")
    fam("n'avez malheureusement pas été retenu", 4.0, ("pas ete",),
        r"\bn'(?:avez|as) (?:malheureusement|finalement|donc|helas|cette fois|pour l'instant) pas ete (?:retenue?s?|"
        r"selectionnee?s?|choisie?s?)\b"),
    # every post of a kind already filled ("nous avons déjà pourvu nos postes d'alternants pour la rentrée")
    fam("avons pourvu nos postes", 4.0, ("pourvu",),
        r"\b(?:avons|a|ont) (?:deja |finalement |desormais |malheureusement )?pourvu (?:tous )?(?:nos|les) (?:postes?|places?)\b"),
    # the process goes on with another consultant, freelancer or temp (an agency's or a client's process)
    fam("poursuivre avec un autre consultant", 4.0, ("autre",),
        r"\b(?:poursuivre|continuer|avancer) (?:le processus |la mission )?avec (?:un autre|une autre|d'autres) (?:consultante?s?|"
        r"freelances?|interimaires?|stagiaires?|alternante?s?|intervenante?s?)\b"
        r"(?![^.!?;]{0,20}\b(?:en plus de (?:toi|vous)|avec (?:toi|vous)|comme (?:toi|vous)|aussi|egalement)\b)"),
    # no vacancy to offer the reader who asked ("nous n'avons aucun poste vacant", "n'avons malheureusement aucun poste
    # à vous proposer actuellement", "ne disposons d'aucun poste à vous proposer"); not a condition ("si nous n'avons ...")
    fam("aucun poste vacant / à vous proposer", 3.5, ("aucun", "vacant", "proposer"),
        r"(?<!\bsi nous )(?<!\bs'il )\b(?:n'(?:avons|a|ai)|ne (?:disposons|dispose) (?:\w+ )?d'aucun) (?:\w+ )?(?:aucun |pas de )?"
        r"(?:poste|emploi)s? (?:vacants?|disponibles?|ouverts?|a (?:vous|te) proposer)\b"),
    # the reader too junior, too senior or over-qualified ("ton profil est un peu trop junior pour ce rôle"); the process
    # stops here for the reader ("le process s'arrête ici pour toi", "l'aventure s'arrête là pour vous")
    fam("trop junior / s'arrête ici pour vous", 3.5, ("trop", "qualifi", "s'arrete"),
        r"\b(?:ton|votre) profil est (?:(?!pas\b)\w+ ){0,3}trop (?:junior|senior|experimente|generaliste)\b",
        r"\b(?:tu es|vous etes) (?:(?!pas\b)\w+ ){0,3}(?:trop (?:junior|senior)|surqualifiee?s?|sous-qualifiee?s?)\b",
        r"\b(?:process|processus|recrutement|candidature|aventure|parcours)\b (?:\w+ )?s'arrete (?:\w+ )?(?:ici|la|a cette etape) "
        r"pour (?:toi|vous|ta candidature|votre candidature)\b"),
    # a client or a manager who would not meet the reader ("le client a étudié ton CV mais n'a pas souhaité te
    # rencontrer"); "n'a pas pu vous recevoir" is a missed slot, not a choice
    fam("pas souhaité vous rencontrer", 4.0, ("rencontrer", "recevoir", "convoquer", "auditionner"),
        # (a time or a condition after it is a postponement: "cette semaine, il est en déplacement", "avant lundi")
        r"\b(?:n'a|n'ont|n'avait|n'avaient) (?:finalement |malheureusement |donc )?pas (?:souhaite|voulu|juge utile de) "
        rf"(?:te|vous) (?:rencontrer|recevoir|convoquer|auditionner)\b(?! {_FR_NOT_NOW}\b)",
        r"\bne (?:souhaite|souhaitent|veut|veulent) (?:finalement |malheureusement |donc )?pas (?:te|vous) (?:rencontrer|"
        rf"convoquer|auditionner)\b(?! {_FR_NOT_NOW}\b)"),
]

LOOKALIKES += [
    # the writer drops their own application ("j'ai accepté une autre offre et je ne donnerai pas suite à ma candidature")
    fam("look-alike: the writer withdraws their own application (fr)", -5.0, ("ma candidature", "accepte un", "accepte une"),
        r"\b(?:donner|donnerai|donnerais|poursuivre|poursuivrai|poursuivrais|maintenir|maintiendrai|maintiendrais) "
        r"(?:pas |plus |donc pas )?(?:de |aucune )?(?:suite a )?ma candidature\b",
        r"\bj'ai (?:finalement |deja |entre-temps |entretemps |depuis )?accepte (?:une autre|un autre) (?:offre|poste|proposition|"
        r"emploi|contrat)\b"),
    # a condition still open: "sans ce document, nous ne pourrons pas donner suite" asks for a paper
    fam("look-alike: a missing document (fr)", -4.5, ("sans ",),
        r"\bsans (?:ce|ces|cet|cette|votre|vos|ton|ta|tes|le|la|les|l') ?(?:\w+ )?(?:documents?|pieces?|justificatifs?|diplomes?|"
        r"attestations?|casier|certificats?|extrait|formulaire|copie)\b"),
    # the other applicants told, or "their" candidacy: the reader is the one kept ("les autres candidats ont été
    # informés que leur candidature n'a pas été retenue")
    fam("look-alike: the other applicants' candidacies (fr)", -5.0, ("leur candidature", "leurs candidatures", "autres"),
        r"\bleurs? candidatures? (?:n'a|n'ont|ne sera|ne seront|n'est|ne sont|n'etait|n'etaient) (?:\w+ )?pas\b",
        r"\b(?:les autres|d'autres|aux autres) (?:candidat\w*|postulant\w*|personnes) (?:ont ete|seront|sont) (?:\w+ )?"
        r"(?:informe|prevenu|avise|notifie)\w*"),
    # a relative's application ("votre fille a postulé chez nous ... nous ne pouvons pas lui proposer de place")
    fam("look-alike: a relative's application (fr)", -5.0, ("postule", "candidate", "candidature", "cv"),
        r"\b(?:votre|ton|ta) (?:fils|fille|frere|soeur|enfant|mari|femme|epouse|conjointe?|amie?|collegue|neveu|niece|cousine?)\b "
        r"(?:\w+ ){0,3}(?:a|avait) (?:postule|candidate|envoye (?:sa|son) (?:candidature|cv)|depose (?:sa|son) (?:candidature|"
        r"dossier))\b"),
    # an employee's own request inside the firm ("ta demande de passage à temps partiel n'a pas été retenue")
    fam("look-alike: an employee's request (fr)", -5.0, ("demande",),
        r"\b(?:votre|ta) demande (?:de |d')(?:passage a temps partiel|temps partiel|teletravail|augmentation|conge\w*|rupture "
        r"conventionnelle|mise en disponibilite|prime|revalorisation|formation|acompte|avance|"
        # a move inside the firm that employs the reader ("votre demande de mobilité vers l'agence de Lyon", "ta demande de
        # mutation", "de transfert au siège"): no application to an employer
        r"mobilite|mutation|transfert|changement (?:d'affectation|de site|d'agence|de service|de poste)|reclassement)\b"),
    # a candidate named by rank in the reader's own hiring ("pour la deuxième candidate, on a déjà décidé de ne pas donner
    # suite", "le candidat n° 3")
    fam("look-alike: a candidate by rank (fr)", -5.0, ("premier", "premiere", "deuxieme", "second", "troisieme", "dernier",
                                                       "derniere", "numero", "candidat n"),
        r"\b(?:pour|quant a|concernant|avec) (?:le|la|l') ?(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|"
        r"dernier|derniere) (?:candidate?|profil|cv|stagiaire)\b",
        r"\b(?:le|la) candidate? (?:n[o°]\.? ?|numero )\d\b"),
]

# (session 18) an interview slot taken by another candidate ("le créneau de mardi 15h a déjà été pris par un autre
# candidat, pourriez-vous choisir un autre horaire ?"): scheduling, not a decision; and the post free again, offered back
# to the reader ("nous avions d'abord retenu un autre candidat, mais le poste est de nouveau disponible : seriez-vous
# toujours intéressé ?"); not a rejection's "si le poste redevenait disponible, nous vous recontacterions"
LOOKALIKES += [
    fam("faux-ami : un créneau pris par un autre candidat (fr)", -4.5, ("creneau", "horaire", "rendez-vous", "salle"),
        r"\b(?:creneau|horaire|rendez-vous|salle)\b[^.!?;]{0,40}?\b(?:a (?:deja |malheureusement )?ete |est (?:deja )?)"
        r"(?:pris|reserve|attribue|choisi)e? (?:par|a) (?:un autre|une autre|d'autres) (?:candidate?s?|personnes?)\b"),
    fam("faux-ami : le poste de nouveau disponible (fr)", -5.0, ("nouveau", "redevenu", "redevient", "rouvert"),
        r"\b(?:poste|offre)\b (?:(?:est|a ete) (?:maintenant |desormais )?(?:de nouveau|a nouveau) (?:disponible|vacant|"
        r"ouvert|a pourvoir)|(?:est )?redevenue? (?:disponible|vacant)|redevient (?:disponible|vacant)|a ete rouvert)\b"
        r"[^?]{0,160}?\b(?:toujours interesse|encore interesse|(?:seriez|serais)[- ](?:vous|tu) (?:toujours |encore )?"
        r"(?:interesse|partant|disponible)|cela vous (?:interesse|interesserait))"),
]

# (session 18) the post offered to the reader after another candidate turned it down ("nous avions proposé le poste à un
# autre candidat, qui l'a décliné ; nous souhaitons donc vous proposer le poste"): an offer; not "nous ne pouvons pas
# vous proposer le poste", whose "pas" stands between
LOOKALIKES += [
    fam("faux-ami : le poste proposé au lecteur (fr)", -5.0, ("proposer", "offrir"),
        r"\b(?<!ne )(?<!n')(?:souhaitons|voulons|aimerions|pouvons|allons|souhaiterions|voudrions|tenons a|sommes "
        r"(?:heureux|ravis|heureuses|ravies) de) (?:donc |maintenant |desormais |finalement |a present )?(?:vous|te) "
        r"(?:proposer|offrir) (?:le|ce) poste\b"),
]

# (session 19) a friend's mail about their own rejection ("ils ont choisi quelqu'un d'autre. Je suis dégoûté. On se voit
# ce soir ?"): the writer's own feelings or "ils m'ont recalé", not aimed at the reader ("je suis déçue de devoir vous
# l'annoncer" stays a rejection); and thanks for the reader's recommendation after a decision about the one recommended
LOOKALIKES += [
    fam("faux-ami : l'expéditeur raconte son propre refus (fr)", -4.5, ("je suis", "m'ont", "m'a ", "j'ai ", "ma candidature",
                                                                     "je n'ai"),
        r"\bje suis (?:vraiment |trop |tellement |completement |super |hyper |un peu |grave |carrement |franchement )*"
        r"(?:degoute|decu|triste|devaste|effondre|abattu|deprime|vert|blase)e?s?\b"
        r"(?![^.!?;]{0,40}(?:\bpour (?:toi|vous)\b|\bte\b|\bt'|\bvous\b))",
        r"\b(?:ils|elles|on) m'(?:ont|a) (?:\w+ )?(?:refuse|recale|ecarte|jete|dit non)e?\b|"
        r"\bj'ai (?:pas|pas ete|ete) (?:\w+ )?(?:pris|prise|retenu|retenue|recale|recalee)\b",
        # the writer's own application as the one turned down ("ils ne retiennent pas ma candidature", "ma candidature
        # n'a pas été retenue chez X", "je n'ai finalement pas été prise")
        r"\b(?:ils|elles|on) (?:ne|n') ?(?:\w+ )?(?:retien\w*|retenu|garde\w*|selectionn\w*|accept\w*|pris) pas ma candidature\b|"
        r"\b(?:ils|elles|on) (?:n'ont|n'a) (?:\w+ )?pas (?:retenu|garde|selectionne|accepte) ma candidature\b",
        r"\bma candidature (?:chez \w+ )?(?:n'a|n'est|ne sera) (?:\w+ )?pas (?:ete )?(?:retenue|acceptee|selectionnee)\b",
        r"\bje n'ai (?:\w+ )?pas ete (?:\w+ )?(?:prise?|retenue?|selectionnee?|choisie?)\b"),
    fam("faux-ami : merci pour la recommandation (fr)", -5.0, ("recommandation", "cooptation", "mise en relation", "recommande"),
        r"\bmerci\b[^.!?;]{0,30}\bpour (?:la|ta|votre|cette) (?:recommandation|cooptation|mise en relation)\b",
        # "le poste pour lequel vous nous aviez recommandé Léa est pourvu"
        r"\b(?:pour lequel|pour laquelle|auquel|a laquelle) (?:vous|tu) (?:nous )?(?:aviez |avez |as |avais )?recommande\b"),
]

# (session 19) this post is filled, but the reader is invited for another in the same breath ("le poste à Lyon est
# déjà pourvu, mais nous aimerions vous rencontrer pour le poste à Paris"): the candidacy goes on, as Dutch and
# Portuguese already read it; not "mais nous conservons votre candidature pour un futur poste"
LOOKALIKES += [
    fam("faux-ami : un autre poste proposé dans la foulée (fr)", -4.0, ("mais",),
        r"\bmais (?:nous )?(?:aimerions|souhaiterions|voudrions|souhaitons|voulons|serions ravis de|serions heureux de) "
        r"(?:vous|te) (?:rencontrer|recevoir|proposer|inviter|convier|presenter|parler)\b[^.!?;]{0,40}\b(?:pour|sur) "
        r"(?:le|un|notre|l'|une|la) ?(?:autre )?(?:poste|offre|role|emploi|mission)\b"),
]

# (session 19) a small employer's short answer that the place is taken: "nous avons déjà complété notre équipe pour la
# saison", "j'ai déjà recruté mes saisonniers", "je n'ai pas de poste à pourvoir en ce moment"
DECISIONS += [
    fam("grammaire : équipe déjà complète / pas de poste à pourvoir", 4.0, ("complet", "recrute", "embauche", "pas de poste"),
        r"\b(?:avons|ai|a) (?:deja |finalement |entre-temps )?(?:complete|boucle|finalise) (?:notre|mon|l'|nos|mes) ?"
        r"(?:equipe|effectif|recrutement|embauches)\b",
        r"\b(?:avons|ai|a) (?:deja |finalement |entre-temps )?(?:recrute|embauche|engage) (?:nos|mes|notre|mon) "
        r"(?:saisonniere?s?|stagiaires?|extras?|equipe|serveu\w+|vendeu\w+|employee?s?|renforts?)\b",
        # (the staff for a season, not a group for an event: "l'équipe est complète pour le séminaire")
        r"\b(?:notre|l') ?equipe (?:est|etait) (?:deja |desormais |maintenant )?(?:complete|au complet)(?= ?[.!,;]|$| pour "
        r"(?:la saison|cet ete|l'ete|cette annee|la rentree|les vendanges)\b)",
        r"\bn'(?:ai|avons) pas de (?:poste|place|emploi) (?:a pourvoir|disponible|vacant|ouvert)\b"),
]

# (session 19) the reader took another offer, and the company closes the application: the reader's own withdrawal
# ("merci de nous avoir prévenus que vous avez accepté une autre offre ; nous avons clôturé votre candidature")
LOOKALIKES += [
    fam("faux-ami : le lecteur a accepté une autre offre (fr)", -5.0, ("accepte", "trouve", "signe", "opte"),
        r"\b(?:vous avez|tu as) (?:\w+ ){0,2}(?:accepte|trouve|signe pour|opte pour|choisi) (?:une autre|un autre) "
        r"(?:offre|poste|proposition|emploi|opportunite|contrat|entreprise)\b"),
]

# (round 20) others stood out ("d'autres candidats se sont distingués"); a cleft verdict ("ce n'est malheureusement
# pas une réponse positive que nous vous adressons"); the reader's experience judged short of the post
DECISIONS += [
    fam("d'autres candidats se sont distingués", 3.5, ("distingu", "demarqu"),
        r"\b(?:d'autres|un autre|une autre) (?:candidat(?:e|ure)?s?|profils?|personnes?) (?:se sont|s'est) "
        r"(?:davantage |plus |mieux )?(?:distingue|demarque)e?s?\b"),
    fam("ce n'est pas une réponse positive que nous vous adressons", 4.0, ("reponse",),
        r"\b(?:ce n'est (?:malheureusement |helas )?pas une reponse (?:positive|favorable)|c'est (?:malheureusement |helas |donc )?"
        r"une reponse (?:negative|defavorable)) que (?:nous|je) (?:devons |dois )?(?:vous|te) (?:adress|donn|fai|envoi|envoy|apport|transmet)\w*"),
    fam("votre expérience ne semble pas suffisante", 3.0, ("suffisant", "adequation"),
        r"\b(?:votre|ton) (?:experience|profil|parcours|niveau)\b[^.!?;]{0,30}\bne (?:nous |me )?(?:semble|parait|est) "
        r"(?:malheureusement |helas )?pas (?:encore )?(?:suffisante?s?|en adequation)\b(?! pour (?:le moment|l'instant) mais)"),
]

# (round 20, familiar register) a start-up's "tu" letter: not taken to the next step, an offer made to another, "ça
# n'a pas matché", no more interviews, another direction, "nous n'avançons pas avec toi", someone with more experience
# chosen, not among the finalists
DECISIONS += [
    fam("grammaire : pas à l'étape suivante", 4.0, ("etape", "tour", "phase", "step", "round"),
        r"\b(?:n'allons|ne pouvons|ne pourrons|n'irons|ne va|ne vais) (?:malheureusement |donc |finalement )?pas (?:te|vous) (?:faire passer|"
        r"faire avancer|inviter|convier|qualifier) (?:a|au|pour|vers) (?:l'|la |le )?(?:etape|tour|phase|step|round)\b"
        r"(?! (?:\w+ ){0,3}(?:avant|tant que|sans)\b)"),
    fam("offre faite à un autre candidat", 4.0, ("offre", "proposition"),
        r"\b(?:fait|adresse|propose|transmis|envoye|soumis) (?:une|notre|l') ?(?:offre|proposition)(?: d'emploi| d'embauche| de "
        r"poste)? a (?:un autre|une autre|quelqu'un d'autre|une autre personne)\b"
        r"(?![^.!?;]{0,60}\b(?:decline|refuse|desiste|renonce|pas accepte|pas donne suite))"),
    fam("ça n'a pas matché / pas le bon fit", 3.0, ("matche", "fit"),
        r"\b(?:ca|cela) n'a pas (?:matche|colle)\b", r"\bpas (?:le bon|la bonne) (?:fit|match)\b"),
    fam("pas d'autres entretiens", 3.5, ("entretien", "entrevue"),
        r"\b(?:ne|n') ?(?:planifierons|programmerons|organiserons|fixerons|prevoirons|planifierai|programmerai) pas d'autres? "
        r"(?:entretiens?|entrevues?|rendez-vous|etapes?)\b"
        r"(?! (?:\w+ ){0,3}(?:avant|d'ici|pour le moment|pour l'instant|cette semaine|ce mois)\b)"),
    fam("partir dans une autre direction", 3.5, ("direction",),
        r"\b(?:partir|aller|nous orienter|orienter) (?:dans|vers) une (?:autre direction|direction differente)\b"
        r"(?! (?:pour|avec) (?:le|la|les|notre|nos|ce|cette) (?:projet|produit|campagne|evenement|marque|site|bureau|salon|"
        r"format|budget|logo)\b)"),
    fam("nous n'avançons pas avec toi", 4.0, ("avan",),
        r"\bn'avan(?:cons|cerons|cerions|cerai) (?:malheureusement |donc |finalement |helas )?pas avec (?:toi|vous|ta candidature|"
        r"votre candidature|ton profil|votre profil)\b"),
    fam("tes compétences ne correspondaient pas", 3.0, ("correspond",),
        r"\b(?:tes|vos|ton|votre) (?:competences|experiences?|qualifications|parcours)\b[^.!?;]{0,20}?\bne "
        r"(?:correspond|corresponda)\w* pas\b"),
    fam("choisi quelqu'un avec plus d'expérience", 3.5, ("plus d", "davantage d"),
        r"\b(?:avons|a|ont) (?:finalement )?(?:choisi|retenu|privilegie|prefere|recrute|embauche) (?:quelqu'un|une personne|un profil|"
        r"un candidat|une candidate) (?:avec|ayant|qui a|disposant d') ?(?:plus|davantage) d"),
    fam("tu ne fais pas partie des finalistes", 4.0, ("partie",),
        r"\b(?:tu ne fais|vous ne faites) (?:malheureusement |donc |helas )?(?:pas|plus) partie (?:des|du|de la) (?:finalistes|"
        r"candidats? retenus?|candidates? retenues?|dernier tour|prochain tour|tour final|short-?list|personnes retenues|"
        r"profils retenus)\b"),
]

# (round 20) the post went to another, who turned it down, and the reader is asked back ("nous avions proposé le poste
# à une autre candidate, mais elle a refusé. Es-tu toujours intéressé ?"): the reader's candidacy goes on
LOOKALIKES += [
    fam("faux-ami : l'autre a refusé, le lecteur est relancé (fr)", -5.0, ("refus", "decline", "desist", "renonce"),
        r"\b(?:a|ont) (?:finalement )?(?:refuse|decline|renonce)\b[^?]{0,120}\b(?:toujours|encore|serais|seriez|es|etes) "
        r"(?:\w+ )?interessee?s?\b[^.!]{0,40}\?",
        r"\bs'est desistee?\b[^?]{0,120}\b(?:toujours|encore|serais|seriez|es|etes) (?:\w+ )?interessee?s?\b[^.!]{0,40}\?"),
]

# (round 20) the decision "n'a pas été en votre faveur", told after the travel costs and the pleasantries
DECISIONS += [
    fam("la décision n'a pas été en votre faveur", 4.0, ("faveur",),
        r"\b(?:decision|choix)\b[^.!?;]{0,40}\b(?:n'a|n'est|ne s'est) (?:\w+ ){0,2}?pas (?:ete |porte |portee )?(?:en|a) "
        r"(?:votre|ta) faveur\b"),
]

# (round 20, small employers) the owner's short note that the place is taken, with no "candidature" wording: "j'ai
# trouvé un mécanicien", "on a déjà quelqu'un", "j'ai déjà embauché un apprenti cette année", "je ne recrute pas pour
# le moment", "je n'ai pas de place pour un apprenti cette saison". Job context comes from the classifier; the phrases
# name a worker or the post (not "c'est déjà pris" of a parking place or a second-hand sale).
_FR_WORKER = (r"(?:apprentie?s?|stagiaires?|alternante?s?|serveu\w+|mecaniciens?|mecaniciennes?|mecanos?|cuisinier\w*|"
              r"commis|plongeu\w+|vendeu\w+|saisonnier\w*|ouvrier\w*|manoeuvres?|employee?s?|salariee?s?|livreu\w+|"
              r"chauffeurs?|coiffeu\w+|boulanger\w*|vendangeu\w+|cueilleu\w+|barman|barmaid|caissier\w*|aide-\w+|"
              r"extras?|equipiere?s?|remplaca\w+|compagnons?)")
DECISIONS += [
    fam("petit employeur : déjà quelqu'un / je ne recrute pas", 4.0, ("quelqu'un", "trouve", "embauche", "engage", "pris",
                                                                     "recrut", "place pour", "deja",
                                                                     "personne", "pas de"),
        # "on a déjà quelqu'un." (at the clause's end, or for the post)
        r"\b(?:on a|nous avons|j'ai) (?:maintenant |finalement )?deja (?:trouve )?quelqu'un(?= ?[.!;:,-]|$| pour (?:le|ce|cette|"
        r"la) (?:poste|job|boulot|emploi|stage|contrat|saison|ete)\b)"
        r"(?![^.!?;]{0,40}\b(?:tu peux|vous pouvez|tu n'as pas|vous n'avez pas)\b)",  # (not a worker let off)
        # "j'ai trouvé un mécanicien", "on a déjà embauché un apprenti cette année"
        rf"\b(?:on a|nous avons|j'ai|j'ai) (?:finalement |deja |donc )*(?:trouve|embauche|engage|recrute|pris) (?:finalement |deja )?"
        rf"(?:un|une|notre|mon|ma|nos|mes|les|des) (?:nouvel(?:le)? |nouveau |jeune )?{_FR_WORKER}\b"
        r"(?![^.!?;]{0,20}\b(?:en plus de (?:toi|vous)|avec (?:toi|vous)|comme (?:toi|vous)|aussi|egalement)\b)"
        # (not the happy end: "on a trouvé notre nouvel apprenti : toi !")
        r"(?![^.!?;]{0,40}(?: ?:|\b(?:c'est|est)) (?:toi|vous)\b)",
        # the post is taken ("le poste est déjà pris", "c'est déjà pris pour le poste"), not a place or a thing
        r"\b(?:le|ce) (?:poste|job|boulot|emploi|stage|contrat) (?:est|a ete) (?:deja |malheureusement )*(?:pris|attribue)\b"
        r"(?! (?:\w+ )?pour (?:toi|vous)\b)",  # (not "le poste est pris pour toi": kept for the reader)
        r"\bc'est (?:deja |malheureusement )*pris pour (?:le|ce|cette|la) (?:poste|job|boulot|emploi|stage|saison)\b",
        # "je ne recrute pas pour le moment" (also at the clause's end), "on ne cherche personne cette année" (only with
        # its time: "pour l'accueil jeudi, on ne cherche personne" turns down help on a day)
        r"\b(?:je ne|on ne|nous ne) (?:recrute|recrutons|embauche|embauchons) (?:pas|personne)\b"
        r"(?: (?:de nouveau|d'apprenti|de saisonnier|de stagiaire)s?)?"
        r"(?= (?:pour le moment|pour l'instant|en ce moment|actuellement|cette annee|cette saison|cet ete|cet hiver|"
        r"pour la saison|pour cette saison|pour l'ete|malheureusement)\b| ?[.!,;]|$)",
        r"\b(?:je ne|on ne|nous ne) (?:cherche|cherchons) (?:personne|pas d'(?:apprenti|employe|extra|saisonnier)s?)"
        r"(?= (?:pour le moment|pour l'instant|en ce moment|actuellement|cette annee|cette saison|cet ete|cet hiver)\b)",
        rf"\b(?:je n'ai|on n'a|nous n'avons) (?:malheureusement |helas |vraiment )?pas de place pour (?:un|une|des) {_FR_WORKER}\b",
        # "on n'embauche pas en ce moment", "je n'ai besoin de personne pour le moment", "je n'ai pas de travail pour
        # vous en ce moment" (a time after it: "pas de travail pour toi demain" is a worker's day off)
        r"\b(?:je n'|on n'|nous n')(?:embauche|embauchons|engage|engageons) (?:personne|pas)\b(?= (?:pour le moment|pour l'instant|"
        r"en ce moment|actuellement|cette annee|cette saison|cet ete|cet hiver)\b| ?[.!,;]|$)",
        r"\b(?:je n'ai|on n'a|nous n'avons) besoin de personne(?: de plus)?(?= (?:pour le moment|pour l'instant|en ce moment|"
        r"actuellement|cette annee|cette saison|cet ete|cet hiver)\b| ?[.!,;]|$)",
        r"\b(?:je n'ai|on n'a|nous n'avons) (?:malheureusement |helas )?pas de (?:travail|boulot|poste|place) pour (?:vous|toi) "
        r"(?:pour le moment|pour l'instant|en ce moment|actuellement|cette annee|cette saison|cet ete|cet hiver)\b"),
]

# (round 21, a Québec insurer and a recruitment firm) a selection committee that "a recommandé un autre candidat", a
# qualifying exam or aptitude test not passed, the post filled internally ("combler le poste à l'interne")
DECISIONS += [
    fam("grammaire : le comité a recommandé un autre candidat", 4.0, ("recommande", "designe", "nomme", "propose"),
        r"\b(?:comite(?: de selection)?|commission(?: de selection)?|jury|client|direction|gestionnaire|equipe)\b(?: \w+){0,2} "
        r"a (?:finalement )?(?:recommande|designe|nomme|propose|retenu) (?:(?:la nomination|le recrutement|l'embauche|"
        r"l'affectation) d')?" + _FR_OTHER.replace("(?:", "(?:autre |", 1) + r" ?(?:candidat|candidate|candidature|personne|"
        r"profil|agent|agente)"),
    # "je suis au regret de ne pouvoir vous proposer ce poste", "le poste ne sera pas pourvu" after an unfruitful round
    fam("grammaire : ne pouvoir vous proposer ce poste", 4.0, ("pouvoir vous", "pas pourvu", "infructueux"),
        r"\b(?:regret|desole|desolee|navre|navree|impossible) de ne (?:pas )?pouvoir (?:vous|te) (?:proposer|offrir|confier) "
        r"(?:ce|le|un|cet) (?:poste|emploi|contrat|stage)\b",
        r"\b(?:recrutement|procedure|appel a candidatures?)\b[^.!?;]{0,30}\bdeclare infructueux\b(?![^.!?]{0,80}\b(?:(?:reste|"
        r"demeure)s? (?:valable|active|en cours|a l'etude)|republie|sera republie|nouvel appel)\b)"),
    fam("grammaire : examen de sélection non réussi", 4.0, ("reussi", "echoue"),
        r"\b(?:vous|tu) n'(?:avez|as) (?:malheureusement |pas malheureusement |donc )?pas (?:malheureusement )?reussi "
        r"(?:l'|le |la |les |votre |ton |ta )?(?:examen|test|epreuve|evaluation|tests|epreuves|mise en situation)s? "
        r"(?:de (?:qualification|selection|competences|connaissances|classement|preselection|francais|anglais)|d'aptitudes?|"
        r"technique|ecrite?|psychotechniques?|en ligne|pratique)\b",
        r"\b(?:vous avez|tu as) echoue (?:a|au|aux) (?:l'|la )?(?:examen|test|epreuve|evaluation)s? (?:de (?:qualification|"
        r"selection|competences|connaissances)|d'aptitudes?|technique|ecrite?|psychotechniques?)\b"),
    fam("grammaire : poste comblé à l'interne", 4.0, ("l'interne", "en interne"),
        r"\b(?:combler|pourvoir|doter|pourvu|comble|dote|attribuer|confier)e? (?:le|ce|ledit) (?:poste|role) (?:a l'interne|en interne)\b"
        r"(?![^.!?;]{0,30}\b(?:d'abord|en priorite|dans un premier temps|avant de|avant d'|puis)\b)"),
]

# (round 21) another post offered now after the no ("le poste a été comblé, mais un poste semblable s'ouvre à Laval et
# nous aimerions vous rencontrer jeudi"), and another of the agency's candidates not retained, so the reader is met
LOOKALIKES += [
    fam("faux-ami : un autre poste s'ouvre et le lecteur est invité (fr)", -4.0, ("mais",),
        r"\bmais (?:un|une) (?:autre |nouveau |nouvelle )?(?:poste|offre|mission|role|emploi)\b[^.!?;]{0,60}\b(?:nous )?"
        r"(?:aimerions|souhaiterions|voudrions|souhaitons|serions ravis de|serions heureux de|pouvons-nous|pourrions-nous) "
        r"(?:vous|te|en) (?:rencontrer|recevoir|parler|convier|inviter)\b"),
    fam("faux-ami : un autre candidat non retenu, le lecteur est reçu (fr)", -5.0, ("un autre de", "une autre de", "souhaite donc"),
        r"\b(?:un autre|une autre) de (?:nos|mes|vos) (?:candidats|candidates|profils)\b[^.!?;]{0,30}\bn'a pas ete (?:retenue?|"
        r"selectionnee?)\b",
        r"\b(?:souhaite|souhaitent|aimerait|aimeraient|voudrait|voudraient) donc (?:vous|te) (?:rencontrer|recevoir|voir)\b"),
]

# (round 21b, template probing: tests/test_detect_probe_fr_s21b.py) the families twelve writers' letters missed at
# first sight: a concours jury's or a selection committee's verdict ("vous n'avez pas été déclaré(e) admissible", "vous
# ne figurez pas sur la liste d'aptitude"), an agency that will not put the reader forward, the client's answer said
# to be negative, a start-up's anglicisms ("pas un match", "le fit n'était pas là", "closé le poste avec quelqu'un
# d'autre"), a short answer in a thread ("non, il n'est plus disponible", "on a trouvé quelqu'un ce matin"). The
# "(e)" of an inclusive form ("déclaré(e)") is spelled out: the folded text keeps the brackets.
_FR_E = r"(?:\(e\)|e)?s?"
DECISIONS += [
    fam("concours : pas admissible / pas sur la liste", 4.0, ("admis", "figur", "pas classe", "ete classe", "auditionne",
                                                                  "liste d'aptitude"),
        rf"\bn'(?:avez|as|etes|es) (?:malheureusement |donc |helas )?pas ete (?:declare{_FR_E} )?(?:admissible|admis){_FR_E}\b",
        rf"\b(?:jury|comite(?: de selection)?|commission)\b ne (?:vous|t') ?a (?:malheureusement |donc |finalement )?pas "
        rf"(?:declare{_FR_E} (?:admissible|admis){_FR_E}|classe{_FR_E}|auditionne{_FR_E}|retenu{_FR_E})",
        # (not a condition: "si vous ne figurez pas sur la liste, ...")
        r"(?<!\bsi )\b(?:vous ne figurez|tu ne figures) (?:malheureusement |donc |helas )?pas (?:sur|dans|parmi) (?:la liste (?:d'admission|"
        r"d'admissibilite|d'aptitude|principale|complementaire|des (?:admis|admissibles|laureats|candidats retenus|candidats classes))|"
        r"le classement|les (?:candidats|candidates|personnes) (?:classees?|classes|admis|admissibles|retenue?s))",
        rf"(?<!\bsi )\b(?:vous n'etes|tu n'es) (?:malheureusement |donc |helas )?pas (?:inscrit{_FR_E} sur la liste d'aptitude|"
        rf"(?:declare{_FR_E} )?admissible{_FR_E}|admis{_FR_E} (?:a l'epreuve|a l'oral|aux epreuves|au concours|a concourir))",
        r"\bne (?:vous|te) permet (?:malheureusement |donc )?pas d'etre (?:declare\S* )?(?:admissible|admis)",
        rf"\bn'(?:avez|as) (?:malheureusement |donc )?pas ete (?:auditionne|classe){_FR_E} par (?:le|la) (?:comite|jury|commission)"),
    # an agency that will not put the reader forward, or the client's answer named as negative
    fam("cabinet : candidature pas présentée au client / retour négatif", 4.0, ("pas presenter", "pas transmettre", "pas soumettre",
                                                                            "pas proposer", "pas etre", "pas transmis",
                                                                            "pas present", "pas soumis", "negati", "defavorable",
                                                                            "privilegie", "prefere", "choisi un", "opte pour"),
        r"\bne (?:pourrons|pouvons|pourrai|peux|allons|vais|pourrions) (?:malheureusement |donc |helas )?pas (?:presenter|transmettre|"
        r"soumettre|proposer) (?:votre|ta|ton) (?:candidature|profil|dossier|cv) (?:a|au|aupres (?:de|du)) (?:notre |mon |nos |mes |l'|le |la )?"
        r"(?:client|cliente|entreprise)\b(?![^.!?;]{0,40}\b(?:sans|avant|tant que|si)\b)",
        r"\b(?:votre|ta|ton) (?:candidature|profil|dossier|cv) ne (?:sera|pourra) (?:malheureusement |donc |helas )?pas (?:etre )?"
        r"(?:transmise?|presentee?|soumise?) (?:a|au|aupres (?:de|du)) (?:notre |mon |l'|le |la )?(?:client|cliente|entreprise)\b"
        r"(?![^.!?;]{0,40}\b(?:sans|avant|tant que|si)\b)",
        # (not a condition: "si la réponse du manager est négative, nous vous le dirons")
        r"(?<!\bsi la )(?<!\bsi le )(?<!\bsi l')(?<!\bsi son )(?<!\bsi sa )\b(?:retour|reponse|avis)\b (?:du|de notre|de mon|de l') ?(?:client|cliente|entreprise|manager|employeur|jury|comite) "
        r"(?:est|a ete) (?:malheureusement |helas |donc )?(?:negatif|negative|defavorable)\b",
        # "mon client a finalement privilégié un candidat issu de son secteur" (not "... un candidat : vous")
        r"\b(?:client|cliente|entreprise|employeur)\b(?: \w+){0,2} a (?:finalement |donc |malheureusement )?(?:privilegie|prefere|"
        r"choisi|opte pour) (?:un|une) (?:autre )?(?:candidat|candidate|profil|personne)\b"
        r"(?![^.!?;]{0,40}(?: ?: ?(?:vous|toi)\b|\bc'est (?:vous|toi)\b|\b(?:et|ainsi que|dont|comme) (?:vous|toi)\b|\ble (?:votre|tien)\b))"),
    # a start-up's anglicisms: "ce n'est pas un match cette fois-ci", "le fit n'était pas là", "on a closé le poste avec
    # quelqu'un d'autre", "on ne poursuit pas le process avec toi", "on arrête le process ici"
    fam("start-up : pas un match / process arrêté", 3.5, ("match", "fit n'", "process", "close", "boucle", "recrutement",
                                                     "pourvu", "rempli", "ferme"),
        r"\b(?:ce n'est|c'est|ca n'est) (?:malheureusement |helas |donc )?pas (?:un|le bon) match(?= ?[.!;]|$|,(?! (?:c'est|mais|plutot)\b)| (?:cette fois|pour (?:cette fois|"
        r"ce poste|ce role|nous|le moment|l'instant)))",
        r"\b(?:le )?fit n'(?:etait|est|a) (?:malheureusement |helas |vraiment |pas )?pas (?:ete )?(?:la|au rendez-vous)\b",
        r"\b(?:close|boucle|ferme|pourvu|rempli)e? (?:le|ce) (?:poste|recrutement|role|job) avec (?:quelqu'un d'autre|un autre|une autre|"
        r"un\S* autre|un profil|une personne)\b",
        r"\bne (?:poursui\w+|continu\w+) (?:malheureusement |donc |finalement |helas )?pas (?:le process(?:us)?|l'aventure|le recrutement) "
        r"avec (?:toi|vous)\b",
        r"\b(?:on arrete|nous arretons|j'arrete) (?:donc |malheureusement |helas )?(?:le process(?:us)?|le recrutement|ta candidature|"
        r"votre candidature) (?:ici|la)\b(?! pour (?:aujourd'hui|ce soir|la journee|le moment|l'instant|cette semaine))"),
    # a short answer to the reader's "is the post still free?": "non, il n'est plus disponible", "le poste n'est plus
    # libre", "on a trouvé quelqu'un ce matin", "non désolée, on a recruté" (job context comes from the thread)
    fam("réponse courte : le poste n'est plus libre", 4.0, ("plus disponible", "plus libre", "plus a pourvoir", "plus d'actualite",
                                                       "trouve quelqu'un", "recrute", "embauche", "pris", "pourvu"),
        r"\b(?:le poste|l'annonce|le job|le boulot|l'emploi) n'est (?:malheureusement |helas |deja )?plus (?:disponible|libre|"
        r"a pourvoir|d'actualite)\b",
        r"\b(?:on a|nous avons|j'ai) (?:finalement |enfin )?trouve quelqu'un(?= ?[.!;,]|$| (?:ce matin|hier|cette semaine|"
        r"entre-temps|entretemps)\b)",
        # (a pronoun or "c'est" for the post only after a "non": "non désolée, il n'est plus disponible")
        r"\bnon\b[ ,!.]*(?:(?:desolee?s?|malheureusement|helas|pardon)[ ,!.]*)?(?:il|elle) n'est (?:malheureusement |helas |deja )?plus "
        r"(?:disponible|libre|a pourvoir|d'actualite)\b(?! (?:demain|ce |cette |le \d|avant|a partir|lundi|mardi|mercredi|jeudi|"
        r"vendredi|samedi|dimanche|le (?:matin|soir|midi|week-end)))",
        r"\bnon\b[ ,!.]*(?:(?:desolee?s?|malheureusement|helas|pardon)[ ,!.]*)?c'est (?:deja |malheureusement )*(?:pris|pourvu)\b",
        r"\bnon\b[ ,!.]*(?:(?:desolee?s?|malheureusement|helas|pardon)[ ,!.]*)?(?:on a|nous avons|j'ai) (?:deja |finalement )*"
        r"(?:recrute|embauche)(?= ?[.!;]|$)"),
    # no vacancy, said with "il n'existe" or "ne disposons d'aucun poste de ..."; sorry not to offer a job
    fam("aucun poste vacant (il n'existe pas)", 3.5, ("n'existe", "il n'y a", "d'aucun", "pouvoir vous", "pouvoir te",
                                                    "ne correspond", "ne repond"),
        r"(?<!\bsi )\bil n'(?:existe|y a) (?:actuellement |malheureusement |pour l'instant |pour le moment |helas )?(?:pas|aucun) "
        r"(?:actuellement |malheureusement )?(?:de )?(?:poste|emploi|fonction)s? (?:vacante?s?|disponibles?|a pourvoir)\b",
        r"(?<!\bsi nous )\bne (?:disposons|dispose) (?:\w+ )?d'aucune? (?:poste|emploi|fonction)s? (?:d'\S+ )?(?:vacante?s? |disponibles? )?"
        r"(?:a pourvoir|vacante?s?|disponibles?)\b",
        # "votre dossier ne correspond malheureusement pas au profil recherché" (the adverb inside)
        r"\b(?:votre|ton|ta) (?:dossier|candidature|profil|parcours|cv)\b ne (?:correspond|repond) (?:malheureusement|helas|donc) pas "
        r"(?:\w+ ){0,2}?(?:au profil|aux (?:criteres|exigences|attentes|besoins))\b",
        r"\b(?:regret\w*|desolee?s?|navree?s?) de ne (?:pas )?pouvoir (?:vous|te) (?:proposer|offrir) (?:d'emploi|de poste|de place|de contrat)\b"),
    # after an interview or a trial: "nous n'avons pas été convaincus par la mise en situation", "nous ne vous proposerons
    # pas ce poste", "continuer avec un autre finaliste", "sélectionné d'autres alternants"; "le recrutement a été
    # effectué", said with regret; "le poste a été repourvu" (Swiss)
    fam("après l'entretien : pas convaincus / autre finaliste", 4.0, ("convaincu", "proposerons", "proposerai", "finaliste",
                                                                       "d'autres", "effectue", "repourvu", "consideration",
                                                                       "recrutons plus", "recrute plus", "embauchons plus",
                                                                       "embauche plus", "prenons plus", "accueillons plus"),
        r"\bn'(?:avons|ai|a|ont) (?:malheureusement |helas |donc )?pas ete (?:totalement |pleinement |entierement |suffisamment )?"
        r"convaincue?s? (?:par|de) (?:votre|ta|ton|la|le|l') ?(?:mise en situation|entretien|candidature|profil|presentation|cas pratique|"
        r"test|case|journee d'immersion|periode d'essai|essai)\b",
        r"\bne (?:vous|te) (?:proposerons|proposerai|offrirons|offrirai|confierons) (?:malheureusement |donc |finalement )?pas (?:ce|le|cet) "
        r"(?:poste|emploi|contrat|stage|role)\b(?![^.!?;]{0,30}\b(?:avant|tant que|sans|si)\b)",
        r"\b(?:poursuivre|continuer|avancer) (?:le processus |le recrutement )?avec (?:un autre|une autre|d'autres) finalistes?\b",
        rf"\b(?:avons|ai|a) (?:finalement |deja |donc )?(?:selectionne|retenu|choisi|recrute)e?s? d'autres (?:{_FR_WORKER}|candidat\w*|"
        r"profils|finalistes)\b(?![^.!?;]{0,30}\b(?:en plus de (?:toi|vous)|avec (?:toi|vous)|aussi|egalement)\b)",
        rf"\b(?:je ne|on ne|nous ne) (?:recrute|recrutons|embauche|embauchons|prenons|accueillons) plus (?:d'|de )?{_FR_WORKER}"
        r"(?= (?:pour|cette|cet|actuellement|en ce moment)\b| ?[.!,;]|$)"
        # (not an employee's news: "... plus de stagiaires cette année, mais ton CDI démarre lundi")
        r"(?![^.!?]{0,80}\bmais (?:ton|ta|votre) (?:cdi|cdd|contrat|poste|stage|alternance|embauche|mission)\b)",
        r"\b(?:regret|malheureusement|helas|desolee?)[^.!?;]{0,60}\b(?:le|ce) recrutement (?:a (?:deja |finalement |desormais )?ete|"
        r"est (?:deja |desormais )?) ?(?:effectue|finalise|cloture|clos|boucle)\b",
        r"\b(?:le|ce) poste (?:a (?:deja |entre-temps |entretemps )?ete|est (?:deja )?) ?repourvu\b",
        r"\bne (?:pouvons|pourrons|pouvions|peux|pourrai)(?: \w+)? pas (?:\w+ )?prendre (?:votre|ta) (?:candidature|offre de service|"
        r"dossier|postulation) en (?:consideration|compte)\b"),
    # a small employer's "on ne va pas (pouvoir) te prendre", "pas assez de travail pour embaucher"; not a phone call, a
    # lift or a day ("je ne peux pas te prendre au téléphone", "... demain")
    fam("petit employeur : on ne va pas te prendre", 4.0, ("te prendre", "vous prendre", "assez de"),
        r"\b(?:on ne|nous ne|je ne) (?:va|vais|allons|peux|pouvons|pourrai|pourrons|peut) (?:malheureusement |donc |finalement )?pas "
        r"(?:pouvoir )?(?:te|vous) prendre\b(?! (?:en charge|au |a la |a l'|avant|ce |cette |demain|lundi|mardi|mercredi|jeudi|"
        # (nor with an object: "je ne vais pas te prendre plus de temps", "... ton temps")
        r"vendredi|samedi|dimanche|en photo|en voiture|chez|(?:plus|trop|de|du|des|ton|ta|tes|votre|vos|la|le|les|sur|par)\b))",
        # (only at the clause's end or with its time: "pour embaucher un deuxième serveur" may keep the reader on)
        r"\bpas assez de (?:travail|boulot|chantiers?|commandes?|activite) pour (?:embaucher|recruter|prendre quelqu'un)"
        r"(?= ?[.!,;]|$| (?:en ce moment|pour le moment|pour l'instant|actuellement|cette annee|cette saison|cet ete|cet hiver)\b)"),
]

# (round 21b) look-alikes from the same probes: this post filled and another offered in the same breath ("... pourvu,
# mais nous souhaitons vous proposer celui de ...", "mais on aimerait te parler du poste senior"); a study place
# (Parcoursup, "vos autres voeux"); an agency telling its client (the reader) about a candidate it put forward, or a
# candidate named in the third person who took another offer
LOOKALIKES += [
    fam("faux-ami : un autre poste proposé (celui de, du poste) (fr)", -5.0, ("mais",),
        r"\bmais (?:nous |on )?(?:aimerions|aimerait|souhaiterions|souhaiterait|voudrions|voudrait|souhaitons|souhaite|voulons|"
        r"serions ravis de|serions heureux de) (?:vous|te) (?:proposer|presenter|parler) (?:celui|celle|du poste|de l'offre|du role|"
        r"de la mission)\b"),
    fam("faux-ami : une formation, Parcoursup (fr)", -5.0, ("parcoursup", "voeux", "la formation"),
        r"\bparcoursup\b|\b(?:vos|tes) (?:autres )?voeux\b|\bla formation\b(?: \S+){0,3} n'a (?:malheureusement |pas )?pas retenu\b"),
    fam("faux-ami : le candidat que je vous ai présenté (fr)", -5.0, ("que je vous", "que nous vous", "que je t", "que nous t",
                                                                  "autre offre"),
        r"\b(?:le|la|les) (?:candidate?s?|profils?|consultante?s?) que (?:je|nous) (?:vous|t') ?(?:ai|avais|avons|avions) "
        r"(?:presentee?s?|proposee?s?|envoyee?s?)\b",
        r"\b(?:il|elle) a (?:finalement |deja |entre-temps )?accepte (?:une autre|un autre) (?:offre|poste|proposition|emploi)\b"),
]

# (session 23, probe set roman) the reader's application closed among all the others ("nous clôturons l'ensemble des
# candidatures en cours sur ce poste, dont la vôtre"), and the post offered to a colleague the writer names ("on a
# finalement proposé le poste de responsable boutique à Inès, qui bosse déjà chez nous")
DECISIONS += [
    fam("toutes les candidatures closes, dont la vôtre", 4.0, ("dont la", "y compris"),
        r"\b(?:cloturons|cloturer|cloturerons|fermons|fermer|archivons|archiver|annulons|annuler|mettons fin a|mettre fin a|"
        r"avons (?:donc )?(?:cloture|ferme|archive|annule|mis fin a))\b[^.!?;]{0,40}?\b(?:l'ensemble des|toutes (?:les|nos)|les|nos) "
        r"candidatures\b[^.!?;]{0,60}?,? (?:dont|y compris) (?:la votre|la tienne|votre candidature|ta candidature)\b",
        # the passive: "l'ensemble des candidatures, dont la vôtre, ont été clôturées"
        r"\b(?:l'ensemble des|toutes (?:les|nos)|les) candidatures\b[^.!?;]{0,40}?,? (?:dont|y compris) (?:la votre|la tienne|"
        r"votre candidature|ta candidature),? (?:(?:ont|sont|seront) (?:donc |desormais |malheureusement )?(?:ete )?)"
        r"(?:closes|cloturees|fermees|archivees|annulees)\b"),
    # a person, not a time or a place, after "à": a relative clause or the sentence's end follows the name
    fam("poste proposé à une personne nommée", 4.0, ("propose", "offert", "attribue", "confie", "donne"),
        r"(?<!vous )(?<!t')(?<!te )\b(?:avons|a|ont|ai|avions|avait|avaient) (?:finalement |donc |deja |plutot |entre-temps )?"
        r"(?:propose|offert|attribue|confie|donne) (?:le|ce) (?:poste|job|stage|contrat|place)\b[^.!?;]{0,50}?\ba "
        # (a name takes no determiner: not "à la direction, qui validera", "à temps partiel", "à vous")
        r"(?!(?:la|le|les|un|une|des|notre|nos|votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|ce|cette|ces|toi|vous|lui|eux|temps|"
        r"distance|partir|pourvoir|mi-temps|plein|nouveau|present|titre|ete|quelqu'un|d'autres)\b)"
        r"[a-z]+(?: [a-z]+)?(?:,? (?:qui|car|parce qu|puisqu|notre|deja|actuellement)\b"
        r"(?! (?:l'a |a |l'avait |avait )(?:refuse|decline))| ?[.!;]| ?$)"),
]

# (session 23, probe10 roman) the post given to an insider by promotion ("ils ont finalement choisi de promouvoir
# quelqu'un de l'équipe", "nous avons plutôt promu une collaboratrice"): a choice against the reader, told by the
# "finalement / plutôt" of a choice made (an announcement of a promotion has no such word)
_FR_INSIDER = (r"(?:quelqu'un|qqn|une personne|un collaborateur|une collaboratrice|un (?:employe|salarie|membre|agent|collegue)|"
               r"une (?:employee|salariee|agente|collegue)|(?:un|une) de (?:leurs|nos|ses|mes)\b|en interne|a l'interne)")
# (not the announcement that names and cheers the one promoted: "... une collaboratrice de longue date : Anne Morel.
# Félicitations à elle !")
_FR_NOT_NEWS = r"(?![^.!?;]{0,80}(?: ?:|\bfelicit|\bbravo\b|\bbienvenue\b))(?![^!?]{0,120}\b(?:felicitations|felicitons|bravo)\b)"
DECISIONS += [
    fam("grammaire : une promotion interne choisie", 4.0, ("promouv", "promu", "faire monter", "fait monter", "nommer", "nomme"),
        r"\b(?:(?:finalement|plutot|au final|en fin de compte),? (?:\w+ ){0,3}?(?:choisi|decide|fait le choix|pris la decision|"
        r"opte pour le fait) (?:de |d')|(?:choisi|decide|fait le choix|pris la decision) (?:de |d')(?:finalement|plutot) |"
        r"(?:prefere|preferons|preferent|preferaient|opte pour le fait de) (?:finalement |plutot )?)(?:promouvoir|faire monter|nommer) "
        + _FR_INSIDER + _FR_NOT_NEWS,
        r"\b(?:ont|a|avons|ai) (?:finalement|plutot|au final) (?:promu|fait monter|nomme) " + _FR_INSIDER + _FR_NOT_NEWS),
]
