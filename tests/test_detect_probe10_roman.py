"""Probe 10, French, Spanish and Portuguese (session 23): the constructions a fresh probe set showed missing or misread.

Missed rejections: the post given to an insider by promotion ("ils ont finalement choisi de promouvoir quelqu'un de
l'équipe"); the other finalist "l'autre candidate correspondait davantage"; a panel's infinitive ("el comité acordó
seleccionar a otro postulante"); an ATS's "no continuará participando en esta etapa del proceso"; a family business that
took a relative or a neighbour's child ("al final nos quedamos con mi sobrino", "acabámos por ficar com a filha de um
vizinho"); a public competition's "a sua candidatura não será provida"; the post given to the one who covered it, with
her acceptance ("decidimos oferecer-lhe o lugar, que ela aceitou"), under a subject that names the post by an office
title ("Lugar de Assistente de Comunicação"); the regret of having no other news ("lamentamos não poder dar-lhe outra
notícia").

Look-alikes: the reader's own move inside the firm ("votre demande de mobilité n'a pas pu être retenue"); a draft
refusal the reader is asked to check ("voici le mail de refus que je compte envoyer à Thomas"); a supplier's quote among
others ("les trois devis"); a short story sent to a writing contest; HR's result naming the ones turned down ("cuyas
candidaturas no han sido seleccionadas", "a candidatura interna da Catarina Vaz não foi selecionada").
All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

FR_AGENCY = "Julie Tremblay <jtremblay@talentsnord.example>"
FR_HR = "Recrutement Ovalis <talents@ovalis.example>"
FR_NGO = "Claire Vasseur <c.vasseur@terres-ong.example>"
ES_UNI = "Comisión de Selección <seleccion@unisur.example>"
ES_ATS = "Banco Andino - Selección <bancoandino@taleo.net>"
ES_SHOP = "Panadería Ruiz <panaderia.ruiz@correo.example>"
PT_TOWN = "Município de Alvarelhos <concursos@cm-alvarelhos.example>"
PT_SHOP = "Adega Serrana <geral@adegaserrana.example>"
PT_SCHOOL = "Colégio do Outeiro <direcao@colegiooutereiro.example>"

REJECTIONS = [
    # the post given to an insider by promotion
    (FR_AGENCY, "Suivi - poste de répartitrice",
     "Bonjour Camille,\n\nJ'ai eu le retour du client pour le poste de répartitrice. Ils ont finalement décidé de "
     "promouvoir une employée de l'équipe de nuit.\n\nJe te garde en tête,\nJulie"),
    (FR_HR, "Votre candidature - Chef d'équipe",
     "Bonjour,\n\nMerci pour votre candidature au poste de chef d'équipe. Nous avons plutôt promu un collaborateur "
     "déjà en poste sur le site.\n\nL'équipe recrutement"),
    (FR_HR, "Votre candidature - Responsable de rayon",
     "Bonjour Sam,\n\nAprès vos entretiens, la direction a préféré promouvoir quelqu'un en interne pour ce poste.\n\n"
     "L'équipe recrutement"),
    # the other finalist a closer match
    (FR_NGO, "Votre candidature - Chargée de mission",
     "Bonjour Sam,\n\nLe jury s'est réuni hier. Il a estimé que l'autre finaliste correspondait mieux aux besoins du "
     "poste.\n\nBien à vous,\nClaire"),
    (FR_NGO, "Suite à notre entretien",
     "Bonjour,\n\nMerci encore pour l'entretien. Au final, l'autre candidate répondait davantage à ce que nous "
     "cherchions pour ce poste.\n\nClaire"),
    # a panel's resolution with the infinitive
    (ES_UNI, "Resultado concurso Ayudante de Laboratorio",
     "Estimada Lucía:\n\nLe agradecemos su postulación. La comisión acordó seleccionar a otra candidata con más "
     "experiencia en microscopía.\n\nAtentamente,\nComisión de Selección"),
    (ES_UNI, "Resultado concurso Técnico de Apoyo",
     "Estimado postulante:\n\nTras revisar los antecedentes, el comité resolvió proponer a otro postulante para el "
     "cargo.\n\nComisión de Selección"),
    (ES_UNI, "Concurso Asistente de Proyecto",
     "Estimada Lucía:\n\nEl jurado decidió por unanimidad contratar a otra persona para el proyecto.\n\nComisión de "
     "Selección"),
    # an ATS: the reader no longer takes part
    (ES_ATS, "Búsqueda 31-0042 Analista Contable",
     "Estimada Lucía,\n\nGracias por postularte. Le informamos que no continuará participando en el proceso de "
     "selección.\n\nGerencia de Recursos Humanos"),
    (ES_ATS, "Búsqueda 31-0077 Asistente Comercial",
     "Estimado/a,\n\nLuego de evaluar su perfil, usted no seguirá avanzando en las siguientes etapas del proceso.\n\n"
     "Recursos Humanos"),
    # a family business took a relative or a neighbour's child
    (ES_SHOP, "lo del puesto de dependienta",
     "Hola Lucía, al final nos hemos quedado con la hija de una vecina, que ya nos ayudaba en verano. Gracias por "
     "venir.\n\nPepa"),
    (ES_SHOP, "el puesto",
     "Hola, finalmente cogimos a mi sobrino para el obrador. Mucha suerte!\n\nPepa"),
    (PT_SHOP, "Candidatura - ajudante de adega",
     "Olá Beatriz,\n\nObrigado por ter vindo. Afinal contratámos o meu sobrinho, que já conhece as vinhas.\n\nBoa "
     "sorte,\nManuel"),
    (PT_SHOP, "Re: Candidatura loja de vinhos",
     "Boa tarde,\n\nDecidimos ficar com a filha de uma vizinha para a loja. Obrigado pelo interesse.\n\nManuel"),
    # a public competition: the application will not be appointed
    (PT_TOWN, "Notificação - lista de ordenação final",
     "Exma. Senhora,\n\nNotifica-se V. Exa. de que foi homologada a lista de ordenação final do procedimento "
     "concursal. Tendo ficado em 3.º lugar para um único posto, a sua candidatura não será provida.\n\nRecursos "
     "Humanos"),
    (PT_TOWN, "Procedimento concursal - Assistente Técnico",
     "Exmo. Senhor,\n\nInforma-se V. Exa. de que não será provido no posto de trabalho, atendendo à sua posição na "
     "lista.\n\nRecursos Humanos"),
    # the post to the one who covered it; no other news to give
    (PT_SCHOOL, "Lugar de Auxiliar de Secretaria",
     "Cara Beatriz,\n\nA colega que fez a substituição durante a licença quis continuar connosco e decidimos "
     "oferecer-lhe o lugar, que ela aceitou.\n\nCom estima,\nA Direção"),
    (PT_SCHOOL, "Lugar de Professor de Música",
     "Caro Rui,\n\nAgradecemos a conversa de junho. Lamentamos não poder dar-lhe outra notícia: o lugar ficou com o "
     "professor que já lecionava a turma.\n\nA Direção"),
]

LOOK_ALIKES = [
    # the reader's own move inside the firm
    ("RH Ovalis <rh@ovalis.example>", "Votre demande de mobilité",
     "Bonjour Sam,\n\nVotre demande de mobilité vers le site de Nantes n'a pas pu être retenue cette année, faute de "
     "poste ouvert.\n\nLe service RH"),
    ("RH Ovalis <rh@ovalis.example>", "Ta demande de mutation",
     "Salut Sam,\n\nTa demande de mutation au siège n'est pas retenue pour le moment, le poste reste gelé.\n\nNadia"),
    # a draft refusal the reader is asked to check
    ("Bastien <bastien@ovalis.example>", "À valider",
     "Salut Sam,\n\nVoici le mail de refus que je compte envoyer à la candidate de mardi : « nous ne donnerons pas "
     "suite à votre candidature ». Ça te va ?\n\nBastien"),
    ("Bastien <bastien@ovalis.example>", "Poste de comptable",
     "Salut,\n\nPour le poste de comptable que tu recrutes, on ne retient pas le deuxième profil. Je lui "
     "écris demain ?\n\nBastien"),
    # a supplier's quote among others
    ("Olivier <olivier@ovalis.example>", "Devis entretien",
     "Sam,\n\nOn a comparé les deux devis : on ne retient pas celui de ProNet, trop cher. Tu peux les prévenir que "
     "leur offre n'est pas retenue ?\n\nOlivier"),
    # a short story sent to a writing contest
    ("Médiathèque <concours@mediatheque.example>", "Concours d'écriture : résultats",
     "Bonjour,\n\nVotre nouvelle « Le dernier entretien » n'a pas été retenue parmi les lauréats du concours. "
     "Merci pour votre participation.\n\nLa médiathèque"),
    ("Médiathèque <concours@mediatheque.example>", "Résultats",
     "Bonjour,\n\nLe jury du concours de poésie vous remercie ; votre texte sur le travail n'a pas été sélectionné "
     "cette année.\n\nLa médiathèque"),
    # HR's result names the ones turned down
    ("Marta <marta@almacenes.example>", "RV: Resolución proceso interno",
     "Para que lo sepas.\n\n-------- Mensaje reenviado --------\nAsunto: Resolución proceso interno\n\nAgradecemos "
     "la participación de Pedro Gil, cuya candidatura no ha sido seleccionada en esta ocasión.\n\nRRHH"),
    ("Hugo <hugo@douradoseguros.example>", "FW: Recrutamento interno",
     "Para saberes.\n\nInformamos que a candidatura interna do Tiago Reis à função de Analista não foi selecionada. "
     "O colaborador já foi informado.\n\nRH"),
    # a promotion announced to all, the one promoted named and cheered
    ("Direction Ovalis <direction@ovalis.example>", "Nomination",
     "Bonjour à tous,\n\nPour le poste de directrice des opérations, nous avons finalement choisi de promouvoir une "
     "collaboratrice de longue date : Anne Morel. Félicitations à elle !\n\nLa Direction"),
    # a stay with a relative, not a hire
    ("Ana <ana@correo.example>", "el puesto",
     "Hola Sam, ¿qué tal la entrevista para el puesto? Al final nos quedamos con mi prima en Sevilla el fin de "
     "semana, ya te contaré."),
    ("Ana <ana@correo.example>", "a vaga",
     "Olá Sam, como correu a entrevista para a vaga? Acabámos por ficar com a minha prima em Lisboa."),
    # a neighbour's child looked after, not hired
    ("Manuel <manuel@adegaserrana.example>", "Re: entrevista",
     "Olá Beatriz,\n\nObrigado pela entrevista. Ontem acabámos por ficar com a filha de um vizinho durante a tarde, "
     "por isso só lhe envio a proposta na segunda.\n\nManuel"),
]

test_probe10_roman_rejections = mails_test(REJECTIONS, rejection=True)
test_probe10_roman_look_alikes = mails_test(LOOK_ALIKES, rejection=False)
