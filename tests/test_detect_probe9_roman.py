"""Probe 9, French, Spanish and Portuguese (session 23): the constructions a fresh probe set showed missing or misread.

Missed rejections: the post offered to a colleague the writer names ("on a finalement proposé le poste à Inès, qui
bosse déjà chez nous"); every application closed, the reader's among them ("nous clôturons l'ensemble des
candidatures en cours, dont la vôtre") after a freeze decided ("la direction a choisi de geler ce recrutement"); a post
that sits in a department whose name sounds like a tender ("au sein de la Direction de la commande publique"); a
provisional exclusion with the pronoun first ("Usted figura como EXCLUIDA"); Argentine "devolución" (feedback, not a
refund) beside a no; a Portuguese ATS's "seu perfil ... ele não foi selecionado" (the pronoun is the profile).

Look-alikes: a friend's own rejection ("ils ne retiennent pas ma candidature"); a candidate writing to the employer
("entendo que vocês seguiram com outros candidatos", "ustedes eligieron a otra persona"); internal news about the
others ("quienes no han sido seleccionadas ya han recibido respuesta"); an appeal against an exclusion granted ("o
recurso contra o indeferimento da sua inscrição foi deferido", "se estiman las alegaciones contra su exclusión"); a
third person's outcome told with "ela não foi selecionada".
All letters are written for this file; none is in a corpus.
"""

from __future__ import annotations

from labelled import mails_test

FR_SHOP = "Léon Picard <leon@biscuits-leon.example>"
FR_HR = "Recrutement Nexalia <talents@nexalia.example>"
FR_TOWN = "Mairie de Valbreuse <recrutement@valbreuse.example>"
ES_AGENCY = "Flor Ibarra <fibarra@arvo-rrhh.example>"
ES_TOWN = "Ayuntamiento de Villamayor <personal@villamayor.example>"
PT_ATS = "Banco Ipê <noreply@kenoby.example>"
PT_EXAMS = "Instituto Alvorada <concursos@alvorada.example>"

REJECTIONS = [
    # the post offered to someone the writer names
    (FR_SHOP, "ta candidature",
     "Salut Camille,\n\nMerci d'être passée jeudi. On a finalement proposé le poste de vendeuse à Lucie, qui travaille "
     "déjà avec nous le samedi.\n\nDésolé !\nLéon"),
    (FR_SHOP, "Votre candidature",
     "Bonjour,\n\nMerci pour votre candidature. Nous avons finalement offert le poste à Karim, car il connaissait déjà "
     "l'atelier.\n\nBonne continuation,\nLéon"),
    (FR_SHOP, "Poste d'assistant de direction",
     "Bonjour Sam,\n\nNous avons confié le poste d'assistant de direction à Mme Roussel, notre "
     "stagiaire actuelle. Merci "
     "encore pour votre candidature.\n\nLéon Picard"),
    (FR_SHOP, "ton candidature",
     "Salut,\n\nMerci pour l'essai samedi. Bon, on a donné le job à Théo. Désolé, vraiment.\n\nLéon"),
    # every application closed, the reader's among them; the freeze decided
    (FR_HR, "Poste de Data Analyst",
     "Bonjour Camille,\n\nVous avez postulé au poste de Data Analyst. Suite à une réorganisation, la "
     "direction a choisi "
     "de geler ce recrutement. Nous clôturons donc l'ensemble des candidatures en cours sur ce poste, dont la vôtre."
     "\n\nAnaïs Perret"),
    (FR_HR, "Votre candidature - Chargé de projet",
     "Bonjour,\n\nLe recrutement étant suspendu, nous avons clôturé toutes les candidatures reçues pour ce poste, y "
     "compris la vôtre.\n\nL'équipe recrutement"),
    (FR_HR, "Votre candidature - Chef de produit",
     "Bonjour,\n\nLe poste de chef de produit a été retiré. L'ensemble des candidatures, dont la vôtre, ont été "
     "closes.\n\nL'équipe recrutement"),
    (FR_HR, "Votre candidature - Comptable",
     "Bonjour Sam,\n\nMerci pour votre candidature au poste de comptable. Nous avons dû suspendre le "
     "recrutement pour ce "
     "poste jusqu'à nouvel ordre.\n\nL'équipe recrutement"),
    # a post that sits in a department named like a tender
    (FR_TOWN, "Votre candidature au poste de juriste",
     "Madame,\n\nVous avez postulé au poste de juriste au sein de la Direction de la commande publique. J'ai le regret "
     "de vous informer que votre candidature n'a pas été retenue.\n\nLe Directeur général des services"),
    (FR_TOWN, "Votre candidature au poste d'acheteur",
     "Monsieur,\n\nVotre candidature au poste d'acheteur public, rattaché à la direction de la commande publique, n'a "
     "pas été retenue par le jury.\n\nLa Direction des ressources humaines"),
    # a provisional exclusion, the pronoun first
    (ES_TOWN, "Proceso selectivo Auxiliar Administrativo",
     "Sra. Ortega:\n\nEn la lista provisional de aspirantes admitidos y excluidos al proceso de "
     "Auxiliar Administrativo, "
     "usted figura como EXCLUIDA por no acreditar la titulación exigida.\n\nDepartamento de Personal"),
    (ES_TOWN, "Proceso selectivo Técnico de Gestión",
     "Estimado aspirante:\n\nLe comunicamos que usted consta como excluido/a del proceso de Técnico de Gestión por no "
     "haber abonado la tasa.\n\nDepartamento de Personal"),
    (ES_TOWN, "Proceso selectivo Conserje",
     "Estimado aspirante:\n\nLe informamos de que usted figura en la relación provisional de aspirantes excluidos del "
     "proceso de Conserje.\n\nDepartamento de Personal"),
    # Argentine "devolución" is feedback
    (ES_AGENCY, "Búsqueda Analista Comercial",
     "Hola Lucía,\n\nTe cuento que la empresa decidió avanzar con otra candidata, así que no vamos a seguir con tu "
     "postulación. La devolución sobre vos fue muy buena.\n\nUn abrazo,\nFlor"),
    (ES_AGENCY, "Búsqueda Jefa de Producto",
     "Hola Lucía,\n\nTe paso la devolución del cliente: buscaban a alguien con más experiencia en "
     "retail, por lo que no "
     "vamos a seguir con tu postulación.\n\nFlor"),
    # the pronoun stands for the reader's profile or CV
    (PT_ATS, "Retorno da sua candidatura",
     "Olá Beatriz,\n\nApós análise cuidadosa do seu perfil, infelizmente, neste momento, ele não foi selecionado para "
     "seguir para as próximas etapas.\n\nEquipe de Talentos"),
    (PT_ATS, "Retorno da sua candidatura – Analista",
     "Olá,\n\nAnalisamos o seu currículo com atenção e, infelizmente, ele não foi aprovado para a próxima etapa.\n\n"
     "Equipe de Talentos"),
    # an appeal denied is still a no
    (PT_EXAMS, "Resultado do recurso",
     "Prezada candidata,\n\nO recurso interposto contra o indeferimento da sua inscrição no Concurso Público foi "
     "analisado e não foi deferido, mantendo-se a decisão.\n\nInstituto Alvorada"),
    (PT_EXAMS, "Resultado do recurso",
     "Prezada candidata,\n\nO recurso contra a exclusão da sua candidatura foi julgado improcedente.\n\nInstituto "
     "Alvorada"),
    (ES_TOWN, "Proceso selectivo Auxiliar - alegaciones",
     "Estimada aspirante:\n\nSe desestiman las alegaciones presentadas contra su exclusión del proceso selectivo, que "
     "queda elevada a definitiva.\n\nDepartamento de Personal"),
    # a public selection's notice names its official gazette: no newsletter, no publication of the reader's
    (ES_TOWN, "Proceso selectivo Administrativo/a - lista provisional",
     "Sra. Dña. Marta Gil:\n\nUsted figura como EXCLUIDA de la lista provisional por no aportar el título exigido. "
     "Dispone de diez días desde la publicación en el Boletín Oficial de la Provincia para subsanar.\n\nDepartamento "
     "de Personal"),
    (ES_TOWN, "Proceso selectivo Conserje - lista provisional",
     "Estimado aspirante:\n\nLe comunicamos que figura en la relación provisional de aspirantes "
     "excluidos, publicada en "
     "el boletín oficial del Estado, por no haber abonado la tasa.\n\nDepartamento de Personal"),
]

LOOK_ALIKES = [
    # a friend's own rejection
    ("Manon <manon.dlx@mail.example>", "bon bah c'est mort",
     "Coucou Cam,\n\nIls ne retiennent pas ma candidature chez Orla, après trois entretiens ! Ils ont pris quelqu'un "
     "d'autre.\n\nOn se voit samedi ?\nManon"),
    ("Manon <manon.dlx@mail.example>", "nouvelles",
     "Salut,\n\nBon, ma candidature chez Vitalis n'a pas été retenue, ils ont choisi un autre candidat. Et toi, ton "
     "entretien ?\n\nBises"),
    ("Manon <manon.dlx@mail.example>", "bof",
     "Coucou,\n\nJe n'ai finalement pas été prise chez Nuvo : ils ont recruté quelqu'un en interne pour le poste. Un "
     "verre vendredi ?\n\nManon"),
    # the post offered to the reader, or offered part-time
    (FR_SHOP, "Votre candidature",
     "Bonjour Sam,\n\nComme convenu, nous vous avons proposé le poste à Lyon, qui démarre en mars. Merci de nous "
     "confirmer votre accord.\n\nLéon"),
    (FR_SHOP, "Ta candidature",
     "Salut Sam,\n\nOn t'a proposé le poste à mi-temps, comme tu le souhaitais. Tu commences lundi ?\n\nLéon"),
    (FR_HR, "Votre candidature - Chef de projet",
     "Bonjour Sam,\n\nVotre entretien s'est très bien passé : nous avons proposé le poste à la direction, qui doit "
     "encore valider le budget. Nous revenons vers vous la semaine prochaine.\n\nAnaïs"),
    # a tender letter signed by the department stays a tender
    ("Commande publique <marches@valbreuse.example>", "Consultation 2026-08 - Lot 1",
     "Madame, Monsieur,\n\nNous vous informons que votre offre pour le lot 1 n'a pas été "
     "retenue.\n\nLa Direction de la "
     "commande publique"),
    # internal news about the others
    ("Jorge Echeverría <jorge@hestia.example>", "RV: Comunicado interno – cobertura de la plaza de Jefe de Almacén",
     "Te reenvío el comunicado.\n\nNos alegra anunciar que Pedro Ruiz se incorpora como jefe de almacén. Agradecemos a "
     "todas las personas que participaron; quienes no han sido seleccionados ya han recibido respuesta individual."),
    ("Jorge Echeverría <jorge@hestia.example>", "RV: Cobertura de la plaza de Coordinadora",
     "Para tu información.\n\nMarta Gil será la nueva coordinadora. Gracias a quienes participaron en el proceso "
     "interno; los candidatos que no han resultado elegidos ya han recibido respuesta."),
    # a candidate writes to the employer (the reader)
    ("Lucas Andrade <lucas.dev@mail.example>", "Re: Processo seletivo – Estágio",
     "Olá Beatriz,\n\nObrigado pelo retorno. Entendo que vocês seguiram com outros candidatos para o estágio. Poderia "
     "me dar um feedback sobre o teste?\n\nLucas"),
    ("Lucas Andrade <lucas.dev@mail.example>", "Re: Vaga de Analista",
     "Oi Beatriz,\n\nVi que vocês optaram por outra candidata para a vaga. Se surgir outra oportunidade, me avisem!\n\n"
     "Lucas"),
    # an appeal granted
    (PT_EXAMS, "Resultado do recurso – inscrição DEFERIDA",
     "Prezada candidata,\n\nO recurso interposto contra o indeferimento da sua inscrição no Concurso Público foi "
     "analisado e DEFERIDO. Sua inscrição está confirmada.\n\nInstituto Alvorada"),
    (PT_EXAMS, "Resultado do recurso",
     "Prezado candidato,\n\nO recurso contra a exclusão da sua candidatura foi julgado procedente; a prova será no dia "
     "15.\n\nInstituto Alvorada"),
    (PT_EXAMS, "Resultado do recurso",
     "Prezada candidata,\n\nFoi deferido o recurso interposto contra o indeferimento da sua inscrição no Concurso "
     "Público. A sua inscrição está confirmada.\n\nInstituto Alvorada"),
    (ES_TOWN, "Proceso selectivo Auxiliar - alegaciones",
     "Estimada aspirante:\n\nLas alegaciones presentadas contra su exclusión del proceso selectivo han sido estimadas, "
     "por lo que queda usted admitida.\n\nDepartamento de Personal"),
    # the reader's side chose, in Spanish and Portuguese
    ("Lucas Andrade <lucas.dev@mail.example>", "Re: Proceso de selección - Analista",
     "Hola Beatriz,\n\nGracias por avisarme. Entiendo que ustedes eligieron a otra persona para la vacante.\n\nLucas"),
    ("Lucas Andrade <lucas.dev@mail.example>", "Re: Vaga de Analista",
     "Olá,\n\nVi que vocês decidiram seguir com outra pessoa para a vaga. Obrigado mesmo assim!\n\nLucas"),
    # a third person's outcome with a pronoun
    ("Rita Gomes <rita@talentos.example>", "Próxima fase",
     "Oi Sam!\n\nVocê passou para a próxima fase do processo, parabéns! A Marta também fez a entrevista, mas ela não "
     "foi selecionada.\n\nRita"),
    ("Rita Gomes <rita@talentos.example>", "Próxima fase",
     "Oi Sam!\n\nVocê passou para a entrevista final, parabéns! O perfil da Marta também era ótimo, mas ela não foi "
     "selecionada.\n\nRita"),
    # a paper turned down is still no job (its "publicación")
    ("Revista de Historia Local <editores@rhl.example>", "Su manuscrito",
     "Estimada autora:\n\nLamentamos comunicarle que su propuesta no ha sido seleccionada para publicación en el "
     "próximo número de la revista.\n\nEl comité editorial"),
    # a refund turned down is no job
    ("Tienda Online <pedidos@tienda.example>", "Tu solicitud de devolución",
     "Hola,\n\nLamentablemente tu solicitud de devolución del pedido 4471 no ha sido aceptada.\n\nAtención al cliente"),
]

test_probe9_roman_rejections = mails_test(REJECTIONS, rejection=True)
test_probe9_roman_look_alikes = mails_test(LOOK_ALIKES, rejection=False)
