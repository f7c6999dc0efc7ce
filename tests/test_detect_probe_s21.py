"""Probing by hand (round 21): Portuguese, Spanish, French and German in registers earlier rounds wrote little of.

Method: one realistic letter per writer with a slot for the decision, filled with 18 to 25 ways of saying no, then
with look-alikes that share their words. Misses before the fixes:
- Portuguese, a Brazilian ATS ("você"): 1 of 24 ("sua trajetória é muito bacana, mas buscamos alguém com vivência em
  resseguros"); a Portuguese public body: 1 of 20 ("o resultado obtido não permite a continuidade no processo").
  Mixed mail read as a rejection (a no, then an interview for another post now: the rule in docs/contracts.md): "a
  vaga foi preenchida, mas ainda temos outras duas posições abertas e gostaríamos de conversar com você amanhã", "não
  foi aprovado na etapa anterior de outra vaga, mas o seu perfil foi selecionado para esta".
- Spanish, a Mexican corporate letter ("usted"): 5 of 24 ("su postulación quedó descartada", "no cumplieron con el
  perfil requerido", "no pasó a la etapa final", "la decisión fue en favor de otro candidato", "su proceso ha
  concluido en esta etapa"); a temp agency about its client ("tú"): 3 of 20 ("la empresa no ha contado con tu perfil",
  "no se va a incorporar a nadie", "no entras en la selección"). Look-alikes called rejections: "la vacante ha sido
  cubierta, pero tenemos otra posición de Analista Jr. y nos gustaría entrevistarle mañana" (the "Jr." cut the
  sentence), "otro candidato no ha superado la prueba práctica, así que tienes la plaza si la quieres".
- French, a Québec insurer: 3 of 22 ("le comité de sélection a recommandé un autre candidat", "vous n'avez pas
  réussi l'examen de qualification", "combler le poste à l'interne"); a recruitment firm: 2 of 18 ("le client a mis
  fin au recrutement", "la mission a été suspendue et ne sera pas reprise"). Look-alikes called rejections: a similar
  post opening with an invitation, another of the firm's candidates not retained so the reader is met, a prize's
  jury that "a désigné un autre candidat comme lauréat", "pourvoir le poste en interne d'abord, puis...".
- German, a Swiss firm (no ß, "Dossier", "Kandidierende"): 4 of 22 ("mit anderen Kandidierenden fortzusetzen",
  "Ihr Assessment-Ergebnis erfüllt die Anforderungen leider nicht", "wir verzichten auf eine weitere
  Berücksichtigung Ihrer Bewerbung"); a public employer: 1 of 18 ("erfüllen Sie nicht die in der Ausschreibung
  geforderten formalen Voraussetzungen").
- English, a UK public employer: 3 of 20 ("you were not appointed to the post", "your application has been withdrawn
  from the campaign because you did not complete the online test"; a reserve list with no post left is still not
  read); an IT-services firm's ATS: 3 of 20 ("you have been rejected for this position", "you have not qualified for
  the HR round", "the requirement has been closed internally"). A look-alike called a rejection: "this vacancy has
  closed early ...; your application will still be considered". A university search committee and US federal
  hiring: 6 of 18 ("you were not referred to the selecting official", "your name was not included on the certificate
  of eligibles", "the search has been cancelled", "we have concluded our search with the hire of a candidate whose
  research ..."; "unable to offer you an appointment" and a named hire are left).
- Public employers, round 2: a French town hall, 4 of 16 ("je ne suis pas en mesure de donner une suite favorable à
  votre demande" was read as the reader's withdrawal "à votre demande"; "au regret de ne pouvoir vous proposer ce
  poste", "le recrutement a été déclaré infructueux", "la commission a proposé la nomination d'un autre agent"); a
  Spanish university's call, 6 of 12 ("proceso selectivo", "relación de aprobados" and "fase de concurso" were no job
  context; "no ha obtenido plaza", "su candidatura no apta", "no se cubrirá la plaza").
All letters are written for this file."""

from __future__ import annotations

from labelled import letters_test, mails_test, slotted

# Brazilian corporate ATS, "você"
PT1_SENDER = 'Time de Talentos Vértice <talentos@vertice-seguros.example>'
PT1_SUBJECT = 'Processo seletivo - Analista de Sinistros Pleno'
PT1_LETTER = (
    'Olá, Sam!\n\nTudo bem? Agradecemos muito o seu interesse em fazer parte do time da Vértice Seguros e o '
    'tempo dedicado às etapas do processo.\n\n{}\n\nDesejamos sucesso na sua jornada '
    'profissional!\n\nAbraços,\nTime de Talentos Vértice')
PT1_SENTENCES = [
    'Infelizmente, neste momento, o seu perfil não foi selecionado para seguir para as próximas etapas.',
    'Após análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais alinhado à vaga.',
    'Neste momento, não daremos continuidade à sua candidatura.',
    'Informamos que a vaga foi preenchida por outro candidato.',
    'Você não foi aprovado na etapa de entrevista com a liderança.',
    'Infelizmente seu perfil não avançou no processo.',
    'Gostaríamos de informar que o processo foi encerrado e você não foi o candidato escolhido.',
    'A vaga foi cancelada, e por isso encerramos o processo seletivo.',
    'Decidimos não prosseguir com a sua candidatura.',
    'Nesta oportunidade, seguiremos com um profissional que possui mais experiência em sinistros de automóveis.',
    'Sua candidatura foi reprovada na fase de testes online.',
    'Seu resultado no teste técnico não atingiu a pontuação mínima exigida.',
    'Não foi dessa vez, mas o seu currículo continuará em nosso banco de talentos.',
    'O gestor optou por outro perfil para a posição.',
    'Você foi desclassificado(a) do processo por não atender aos requisitos da vaga.',
    'Infelizmente não poderemos seguir com você nesta vaga.',
    'Encerramos esta vaga sem contratação e sua candidatura foi arquivada.',
    'Sua trajetória é muito bacana, mas buscamos alguém com vivência em resseguros.',
    'Você não foi selecionado(a) para a vaga de Analista de Sinistros Pleno.',
    'Após a entrevista, entendemos que neste momento não há match entre o seu perfil e a vaga.',
    'Infelizmente o seu perfil não segue no processo.',
    'Agradecemos a participação, porém você não foi aprovado(a).',
    'A posição foi ocupada internamente.',
    'Escolhemos outra pessoa para a vaga.',
]
PT1_LOOK_ALIKES = [
    'Parabéns! Você foi aprovado(a) para a próxima etapa: entrevista com a liderança na quinta-feira.',
    'Seu perfil foi selecionado para seguir no processo. Em breve enviaremos o teste técnico.',
    'Informamos que a vaga foi preenchida, mas ainda temos outras duas posições abertas e gostaríamos de '
    'conversar com você amanhã.',
    'A entrevista com o gestor foi remarcada para segunda-feira, às 10h.',
    'Recebemos a sua candidatura e ela está em análise. Retornaremos em até 10 dias.',
    'Lembramos que o prazo para concluir o teste online termina hoje.',
    'Infelizmente o sistema ficou fora do ar e o seu teste não foi salvo; pode refazê-lo até sexta?',
    'Você não foi aprovado na etapa anterior de outra vaga, mas o seu perfil foi selecionado para esta: a '
    'entrevista é na terça.',
    'O processo seletivo foi suspenso por duas semanas; sua candidatura continua ativa.',
    'Confirmamos o cancelamento da sua candidatura, conforme você solicitou.',
]

# Portuguese (PT) formal, large company / public body, "V. Exa." / "a sua candidatura"
PT2_SENDER = 'Recrutamento <recrutamento@portoluz.example>'
PT2_SUBJECT = 'Candidatura - Técnico Superior de Contabilidade (Ref.ª 14/2026)'
PT2_LETTER = (
    'Exmo.(a) Senhor(a) Sam Rivera,\n\nAgradecemos o interesse manifestado na Portoluz e a candidatura '
    'apresentada ao procedimento em referência.\n\n{}\n\nCom os melhores cumprimentos,\nDireção de Recursos '
    'Humanos\nPortoluz, S.A.')
PT2_SENTENCES = [
    'Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.',
    'Informamos que, após análise curricular, a candidatura de V. Exa. não reúne os requisitos exigidos.',
    'Cumpre-nos informar que V. Exa. não foi admitido(a) à fase de entrevista.',
    'O júri deliberou excluir a sua candidatura por falta de comprovativo de habilitações.',
    'Decidimos avançar com outros candidatos cujo perfil se ajusta melhor às funções.',
    'Após ponderação, optámos por um candidato com maior experiência na área.',
    'Informamos que o lugar já foi preenchido.',
    'Não iremos dar seguimento à sua candidatura.',
    'A sua candidatura não foi considerada para o presente procedimento.',
    'Lamentamos, mas desta vez não foi possível.',
    'Não obstante o mérito do seu percurso, a escolha recaiu sobre outro candidato.',
    'Na sequência da avaliação psicológica, o resultado obtido não permite a continuidade no processo.',
    'A classificação obtida na prova de conhecimentos foi inferior a 9,5 valores, pelo que ficou excluído(a).',
    'Comunicamos que o processo foi concluído sem que a sua candidatura tenha sido escolhida.',
    'Esta decisão não reflete o seu valor profissional, mas a candidatura não prosseguirá.',
    'Infelizmente, não ficou entre os candidatos selecionados.',
    'Vimos por este meio informar que a sua candidatura foi recusada.',
    'O procedimento foi anulado, pelo que a sua candidatura fica sem efeito.',
    'Guardaremos os seus dados para futuras oportunidades, mas para esta posição não avançaremos.',
    'Não foi selecionado(a) para a função a que se candidatou.',
]
PT2_LOOK_ALIKES = [
    'Informamos que foi admitido(a) à fase de entrevista, que decorrerá no dia 3 de dezembro.',
    'A sua candidatura foi recebida e será analisada pelo júri nas próximas semanas.',
    'Lamentamos o atraso na resposta: o procedimento ainda está em curso.',
    'Solicitamos o envio do comprovativo de habilitações até dia 30, sob pena de exclusão.',
    'Fica convocado(a) para a prova de conhecimentos no dia 10 de dezembro às 9h30.',
    'A lista de candidatos admitidos e excluídos está disponível no nosso site; V. Exa. consta da lista de '
    'admitidos.',
    'O seu pedido de reembolso de despesas foi recusado por falta de fatura.',
    'Confirmamos a desistência de V. Exa. do procedimento, conforme solicitado.',
]

# the same Brazilian letter: compliments before a "but", and mixed mail
PTN2_SENDER, PTN2_SUBJECT, PTN2_LETTER = PT1_SENDER, PT1_SUBJECT, PT1_LETTER  # (the same letter, more sentences)
PTN2_SENTENCES = [
    'Agradecemos muito, mas infelizmente não foi selecionado para esta vaga.',
    'Gostámos de o conhecer, mas o seu perfil não foi selecionado para esta posição.',
    'O seu perfil é muito interessante, mas procuramos alguém com experiência em resseguros.',
    'Informamos que a vaga foi preenchida, mas ainda temos o seu currículo no nosso banco de talentos.',
    'A sua experiência é sólida, mas precisamos de alguém com inglês fluente para esta função.',
]
PTN2_LOOK_ALIKES = [
    'O seu perfil é muito interessante, mas procuramos alguém com inglês fluente: tem esse nível?',
    'Vi o seu perfil no LinkedIn e gostei muito, mas buscamos alguém com disponibilidade imediata. Seria o seu '
    'caso?',
    'A vaga foi preenchida, mas ainda temos outra vaga aberta e gostaríamos de conversar consigo amanhã.',
]

# Mexican / Colombian corporate, "usted"
ES1_SENDER = 'Atracción de Talento <talento@grupoaltamira.example>'
ES1_SUBJECT = 'Vacante: Analista de Crédito Sr. - Folio 2291'
ES1_LETTER = (
    'Estimado(a) Sam Rivera:\n\nLe agradecemos sinceramente su interés en formar parte de Grupo Altamira y el '
    'tiempo que dedicó a las entrevistas.\n\n{}\n\nLe deseamos mucho éxito en su búsqueda '
    'laboral.\n\nAtentamente,\nGerencia de Atracción de Talento\nGrupo Altamira')
ES1_SENTENCES = [
    'Por el momento, su perfil no continuará en el proceso de selección.',
    'Le informamos que la vacante ha sido cubierta.',
    'En esta ocasión no fue seleccionado(a) para continuar.',
    'Después de una cuidadosa evaluación, hemos decidido continuar con otros candidatos.',
    'Lamentamos comunicarle que no resultó seleccionado(a) para la posición.',
    'El comité de selección eligió a un candidato con mayor experiencia en riesgo crediticio.',
    'Su candidatura no avanzará a la siguiente etapa.',
    'Desafortunadamente no podremos seguir adelante con su postulación.',
    'La posición se cerró sin contratación y su postulación quedó descartada.',
    'Por ahora no contamos con una posición acorde a su perfil para esta vacante.',
    'Tras la entrevista con el gerente de área, se determinó no continuar con su proceso.',
    'Los resultados de sus evaluaciones psicométricas no cumplieron con el perfil requerido.',
    'Su postulación no fue favorecida en esta ocasión.',
    'No pasó a la etapa final del proceso.',
    'Hemos optado por otro perfil para cubrir la vacante.',
    'La decisión fue en favor de otro candidato.',
    'Le agradecemos, pero no seguiremos adelante con usted en este proceso.',
    'Lamentablemente su perfil no se ajusta a lo que buscamos en este momento.',
    'Su proceso ha concluido en esta etapa.',
    'No ha sido elegido(a) para ocupar el puesto.',
    'La vacante fue ocupada por un colaborador interno.',
    'Su postulación fue declinada.',
    'En esta oportunidad no podremos ofrecerle el puesto.',
    'Sentimos informarle que el resultado no fue favorable.',
]
ES1_LOOK_ALIKES = [
    'Nos da gusto informarle que ha sido seleccionado(a) para la siguiente etapa: entrevista con el gerente el '
    'jueves a las 10:00.',
    'Le recordamos completar sus evaluaciones psicométricas antes del viernes.',
    'Su proceso sigue en curso; le contactaremos la próxima semana con una respuesta.',
    'Le informamos que la vacante ha sido cubierta, pero tenemos otra posición de Analista Jr. y nos gustaría '
    'entrevistarle mañana.',
    'Confirmamos que hemos cancelado su postulación, tal como lo solicitó.',
    'Su solicitud de crédito no fue aprobada en esta ocasión.',
    'La entrevista se reprogramó para el lunes a las 9:00.',
    'Adjuntamos la oferta económica para su revisión y firma.',
]

# Spanish ETT (agency) about its client, "tú"
ES2_SENDER = 'Laura Méndez <laura.mendez@flexitemp.example>'
ES2_SUBJECT = 'Tu candidatura para mozo/a de almacén en Getafe'
ES2_LETTER = (
    'Hola Sam,\n\nte escribo en relación con la oferta de mozo/a de almacén para nuestro cliente en Getafe que '
    'te comenté por teléfono.\n\n{}\n\nCualquier cosa, me dices.\nUn saludo,\nLaura Méndez\nConsultora de '
    'selección - FlexiTemp ETT')
ES2_SENTENCES = [
    'El cliente ha decidido seguir con otro candidato.',
    'Finalmente la empresa no ha contado con tu perfil.',
    'El cliente ha cubierto la vacante con personal propio.',
    'Tu candidatura no ha sido seleccionada por el cliente.',
    'Al final se han decantado por otra persona con carnet de carretillero.',
    'Lamentablemente no vas a pasar a la entrevista con el cliente.',
    'El puesto ya está cubierto.',
    'La empresa ha cancelado la petición y no se va a incorporar a nadie.',
    'No has superado la prueba práctica en el almacén.',
    'Siento decirte que esta vez no ha podido ser.',
    'Te cuento que no has sido seleccionado para este servicio.',
    'Han preferido a alguien con experiencia en radiofrecuencia.',
    'El cliente nos ha comunicado que no sigue adelante con tu candidatura.',
    'No te han escogido para el puesto.',
    'Han cerrado el proceso con otro perfil.',
    'Finalmente no entras en la selección.',
    'Me temo que no vas a continuar en el proceso.',
    'No cumples el requisito del turno de noche, así que no podemos presentarte.',
    'El cliente ha descartado tu perfil.',
    'No han contado contigo para esta campaña.',
]
ES2_LOOK_ALIKES = [
    'El cliente quiere conocerte el martes a las 8:00 en el almacén: ¿te viene bien?',
    'El puesto ya está cubierto, pero tengo otra oferta de mozo en Leganés que te encaja: ¿hablamos mañana?',
    'Te confirmo que empiezas el lunes a las 6:00; trae el calzado de seguridad.',
    'Otro candidato no ha superado la prueba práctica, así que tienes la plaza si la quieres.',
    'Recuerda que el contrato se firma por la app antes del domingo.',
    'El cliente ha cancelado la entrevista del jueves y la mueve al viernes.',
]

# Québec corporate, "vous"
FR1_SENDER = 'Acquisition de talents <talents@boreal-assurances.example>'
FR1_SUBJECT = 'Votre candidature – Conseiller(ère) en sinistres (réf. 4471)'
FR1_LETTER = (
    "Bonjour Sam,\n\nNous vous remercions de l'intérêt que vous portez à Boréal Assurances et du temps consacré "
    'à votre entrevue avec notre équipe.\n\n{}\n\nNous vous souhaitons bon succès dans vos '
    "démarches.\n\nCordialement,\nL'équipe Acquisition de talents\nBoréal Assurances")
FR1_SENTENCES = [
    'Nous avons retenu une autre candidature pour ce poste.',
    "Malheureusement, votre candidature n'a pas été retenue pour la prochaine étape.",
    'Nous ne donnerons pas suite à votre candidature.',
    'Le poste a été comblé.',
    'Nous avons choisi de poursuivre avec un autre candidat dont le profil correspond davantage à nos besoins.',
    "Après mûre réflexion, nous avons décidé de ne pas aller de l'avant avec votre candidature.",
    "Votre profil n'a pas été sélectionné à l'issue des entrevues.",
    'Nous avons arrêté notre choix sur une autre personne.',
    'Le comité de sélection a recommandé un autre candidat.',
    "Vous n'avez malheureusement pas réussi l'examen de qualification.",
    "Votre résultat au test d'aptitudes ne vous permet pas de poursuivre le processus.",
    "Le processus de dotation est maintenant terminé et votre candidature n'a pas été retenue.",
    "Nous avons décidé de combler le poste à l'interne.",
    'Le poste a été annulé et le processus est clos.',
    'Votre candidature ne sera pas considérée davantage.',
    'Vous ne faites pas partie des candidats retenus.',
    'Nous ne sommes pas en mesure de vous offrir le poste.',
    'Il nous est impossible de donner une suite favorable à votre candidature.',
    "Notre choix s'est porté sur un profil plus expérimenté en assurance de dommages.",
    "Votre candidature n'a malheureusement pas été priorisée.",
    'Nous ne poursuivrons pas le processus avec vous.',
    'Nous avons pris la décision de ne pas retenir votre candidature.',
]
FR1_LOOK_ALIKES = [
    'Nous avons le plaisir de vous inviter à une deuxième entrevue le mardi 8 décembre à 10 h.',
    "Le poste a été comblé, mais un poste semblable s'ouvre à Laval et nous aimerions vous rencontrer jeudi.",
    "Votre candidature est toujours à l'étude; nous vous reviendrons d'ici deux semaines.",
    "Votre entrevue est reportée au lundi suivant en raison d'un imprévu.",
    'Nous avons bien reçu votre demande de retrait de candidature.',
    "Votre demande de remboursement n'a pas été retenue faute de pièces justificatives.",
    'Le candidat retenu a décliné notre offre; seriez-vous toujours intéressé(e) par le poste?',
    "Nous avons retenu votre candidature pour l'étape suivante : un test en ligne vous sera envoyé.",
]

# a recruitment firm (cabinet) about its client, "vous", France/Belgium
FR2_SENDER = 'Camille Dubreuil <c.dubreuil@talentis-conseil.example>'
FR2_SUBJECT = 'Mission Responsable Paie – suite de votre candidature'
FR2_LETTER = (
    'Bonjour Monsieur Rivera,\n\nJe reviens vers vous concernant le poste de Responsable Paie que nous '
    'recrutons pour le compte de notre client, un groupe industriel basé à Lyon.\n\n{}\n\nJe reste à votre '
    'disposition pour échanger.\n\nBien à vous,\nCamille Dubreuil\nConsultante senior – Talentis Conseil')
FR2_SENTENCES = [
    'Notre client a souhaité poursuivre avec un autre profil.',
    "Je suis au regret de vous annoncer que votre candidature n'a pas été retenue par notre client.",
    'Notre client a finalement opté pour une candidature interne.',
    'Le client ne souhaite pas vous rencontrer.',
    "Votre candidature n'a pas été présentée au client, votre expérience en paie multi-conventions étant trop "
    'limitée.',
    'Le client a mis fin au recrutement.',
    'Le poste a été pourvu par un autre candidat de notre shortlist.',
    "Nous n'irons pas plus loin ensemble sur cette mission.",
    'Votre profil ne correspond pas tout à fait aux attentes du client.',
    "Après l'entretien final, le client s'est orienté vers une autre personne.",
    "À l'issue du comité, votre candidature n'a pas été retenue.",
    'La mission a été suspendue par le client et ne sera pas reprise.',
    'Malheureusement, ce ne sera pas pour cette fois.',
    "Le client a préféré un candidat disposant d'une expérience SAP.",
    "Je n'ai pas de bonne nouvelle à vous annoncer : le client ne donne pas suite.",
    "Votre candidature n'a pas été jugée prioritaire par le client.",
    "Le choix du client ne s'est pas porté sur vous.",
    "Votre dossier n'a pas passé l'étape de présélection.",
]
FR2_LOOK_ALIKES = [
    'Notre client souhaite vous rencontrer mardi prochain à 14 h dans ses locaux.',
    'Le client a retenu votre candidature pour un entretien final.',
    "Un autre de nos candidats n'a pas été retenu, le client souhaite donc vous rencontrer.",
    "Le client a mis le recrutement en pause jusqu'en janvier ; votre candidature reste active.",
    'Je vous confirme votre retrait du processus, comme convenu par téléphone.',
    "Le poste a été pourvu, mais j'ai une autre mission de Responsable Paie à Grenoble qui vous correspond : "
    'pouvons-nous en parler demain ?',
]

# a school's or a jury's results: exams, prizes, no job
FRN_SENDER = 'Service <noreply@ecole.example>'
FRN_SUBJECT = 'Résultats'
FRN_LETTER = (
    'Bonjour,\n\n{}\n\nCordialement,\nLe secrétariat')
FRN_LOOK_ALIKES = [
    "Vous n'avez malheureusement pas réussi l'examen pratique du permis de conduire. Vous pouvez réserver une "
    'nouvelle date.',
    "Vous n'avez pas réussi l'examen écrit du semestre d'automne ; la session de rattrapage a lieu en janvier.",
    "Vous n'avez pas réussi le test de français requis pour votre demande de naturalisation.",
    'Le comité a recommandé un autre candidat pour le prix de la meilleure thèse.',
    'Le jury a désigné un autre candidat comme lauréat du concours de nouvelles.',
    "Nous avons décidé de pourvoir le poste en interne d'abord, puis d'ouvrir aux candidatures externes si besoin.",
]

# Swiss company, Sie, no ß
DE1_SENDER = 'HR Services <jobs@alpnova.example>'
DE1_SUBJECT = 'Ihre Bewerbung als Projektleiter/in Infrastruktur (80-100%)'
DE1_LETTER = (
    'Sehr geehrter Herr Rivera\n\nBesten Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit bei der '
    'Alpnova AG.\n\n{}\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche '
    'Grüsse\nAlpnova AG\nHR Services')
DE1_SENTENCES = [
    'Nach sorgfältiger Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir Sie nicht '
    'berücksichtigen können.',
    'Leider haben wir uns für eine andere Kandidatur entschieden.',
    'Wir haben die Stelle mit einer Person besetzt, deren Profil unseren Anforderungen noch besser entspricht.',
    'Ihr Dossier hat uns zwar angesprochen, wir haben uns jedoch für einen anderen Bewerber entschieden.',
    'Leider können wir Ihnen keine Zusage machen.',
    'Wir haben entschieden, den Rekrutierungsprozess mit anderen Kandidierenden fortzusetzen.',
    'Ihre Bewerbung konnte in der engeren Auswahl leider nicht berücksichtigt werden.',
    'Die Stelle konnte intern besetzt werden.',
    'Aufgrund der grossen Anzahl Bewerbungen haben wir uns für Kandidierende entschieden, die dem '
    'Anforderungsprofil noch näher kommen.',
    'Wir retournieren Ihnen Ihre Unterlagen und bedauern, Ihnen keinen positiven Bescheid geben zu können.',
    'Leider müssen wir Ihnen eine Absage erteilen.',
    'Nach dem zweiten Gespräch sind wir zum Schluss gekommen, dass wir den Prozess mit Ihnen nicht weiterführen.',
    'Die Rekrutierung wurde gestoppt, die Stelle wird nicht besetzt.',
    'Ihr Profil deckt sich leider nicht mit den Anforderungen der Stelle.',
    'Wir haben uns für eine Kandidatin mit mehr Erfahrung im Tunnelbau entschieden.',
    'Wir können Ihre Kandidatur leider nicht weiterverfolgen.',
    'Sie sind leider nicht in die engere Auswahl gekommen.',
    'Unsere Wahl ist auf eine andere Person gefallen.',
    'Die Stelle ist bereits vergeben.',
    'Wir müssen Ihnen leider absagen.',
    'Ihr Assessment-Ergebnis erfüllt die Anforderungen leider nicht.',
    'Wir verzichten auf eine weitere Berücksichtigung Ihrer Bewerbung.',
]
DE1_LOOK_ALIKES = [
    'Gerne laden wir Sie zu einem zweiten Gespräch am Dienstag, 8. Dezember, um 14 Uhr ein.',
    'Wir haben Ihr Dossier erhalten und melden uns innert zwei Wochen.',
    'Leider müssen wir das Gespräch vom Montag verschieben; passt Ihnen Donnerstag?',
    'Gerne bestätigen wir den Rückzug Ihrer Bewerbung.',
    'Die Stelle ist besetzt, aber wir haben eine ähnliche Stelle in Bern und möchten Sie gerne kennenlernen: '
    'passt Ihnen Freitag?',
    'Der Kandidat, den wir ausgewählt hatten, hat abgesagt. Sind Sie noch an der Stelle interessiert?',
]

# German public sector (Behörde), Sie, formal
DE2_SENDER = 'Personalstelle <personal@landratsamt-talheim.example>'
DE2_SUBJECT = 'Auswahlverfahren Sachbearbeiter/in Bauordnung (Kennziffer 24/2026)'
DE2_LETTER = (
    'Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit beim '
    'Landratsamt Talheim.\n\n{}\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalstelle Landratsamt Talheim')
DE2_SENTENCES = [
    'Das Auswahlverfahren ist nunmehr abgeschlossen. Leider konnten wir Ihre Bewerbung nicht berücksichtigen.',
    'Die Auswahlkommission hat sich für eine andere Bewerberin entschieden.',
    'Leider erfüllen Sie nicht die in der Ausschreibung geforderten formalen Voraussetzungen.',
    'Wir bedauern, Ihnen mitteilen zu müssen, dass Sie für die Besetzung der Stelle nicht ausgewählt wurden.',
    'Nach Auswertung der Vorstellungsgespräche fiel die Entscheidung zugunsten eines anderen Bewerbers.',
    'Im Rahmen der Bestenauslese konnten Sie sich leider nicht durchsetzen.',
    'Ihre Bewerbung wurde im weiteren Verfahren nicht berücksichtigt.',
    'Sie haben den schriftlichen Eignungstest leider nicht bestanden.',
    'Die Stelle wurde zwischenzeitlich besetzt.',
    'Die Ausschreibung wurde aufgehoben; eine Besetzung findet nicht statt.',
    'Der Personalrat hat der Einstellung einer anderen Bewerberin zugestimmt.',
    'Wir haben uns für Bewerberinnen und Bewerber entschieden, die dem Anforderungsprofil in höherem Maße '
    'entsprechen.',
    'Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.',
    'Eine Einstellung ist daher leider nicht möglich.',
    'Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem AGG vernichtet; eine Berücksichtigung war '
    'leider nicht möglich.',
    'Die Wahl fiel auf einen Bewerber mit einschlägiger Verwaltungserfahrung.',
    'Sie wurden im Auswahlverfahren nicht berücksichtigt.',
    'Wir müssen Ihnen daher eine Absage erteilen.',
]
DE2_LOOK_ALIKES = [
    'Wir laden Sie hiermit zum Vorstellungsgespräch am 14. Dezember 2026 um 10:00 Uhr in Zimmer 204 ein.',
    'Bitte reichen Sie noch ein aktuelles Führungszeugnis nach; ohne dieses können wir Ihre Bewerbung nicht '
    'berücksichtigen.',
    'Das Auswahlverfahren dauert noch an; wir bitten um etwas Geduld.',
    'Ihr Antrag auf Erteilung einer Baugenehmigung wurde abgelehnt.',
    'Sie haben den schriftlichen Eignungstest bestanden und werden zum Gespräch eingeladen.',
]

# a town hall's letters: two real noes, and permits, fees and benefits that are no job
DEN_SENDER = 'Verwaltung <info@gemeinde-talheim.example>'
DEN_SUBJECT = 'Ihr Schreiben vom 12. November'
DEN_LETTER = (
    'Sehr geehrter Herr Rivera,\n\n{}\n\nMit freundlichen Grüßen\nIm Auftrag\nGemeinde Talheim')
DEN_SENTENCES = [
    'Wir haben entschieden, den Rekrutierungsprozess mit anderen Kandidaten fortzusetzen.',
    'Wir haben uns für Kandidaten entschieden, die dem Anforderungsprofil noch näher kommen.',
]
DEN_LOOK_ALIKES = [
    'Leider erfüllen Sie nicht die Voraussetzungen für einen Anwohnerparkausweis.',
    'Ihr Antrag auf Wohngeld erfüllt die Anforderungen leider nicht.',
]

test_pt1_round_21 = letters_test(slotted(PT1_SUBJECT, PT1_LETTER, PT1_SENTENCES), PT1_SENDER, rejection=True)
test_pt1_round_21_look_alikes = letters_test(slotted(PT1_SUBJECT, PT1_LETTER, PT1_LOOK_ALIKES), PT1_SENDER,
                                           rejection=False)
test_pt2_round_21 = letters_test(slotted(PT2_SUBJECT, PT2_LETTER, PT2_SENTENCES), PT2_SENDER, rejection=True)
test_pt2_round_21_look_alikes = letters_test(slotted(PT2_SUBJECT, PT2_LETTER, PT2_LOOK_ALIKES), PT2_SENDER,
                                           rejection=False)
test_ptn2_round_21 = letters_test(slotted(PTN2_SUBJECT, PTN2_LETTER, PTN2_SENTENCES), PTN2_SENDER, rejection=True)
test_ptn2_round_21_look_alikes = letters_test(slotted(PTN2_SUBJECT, PTN2_LETTER, PTN2_LOOK_ALIKES), PTN2_SENDER,
                                           rejection=False)
test_es1_round_21 = letters_test(slotted(ES1_SUBJECT, ES1_LETTER, ES1_SENTENCES), ES1_SENDER, rejection=True)
test_es1_round_21_look_alikes = letters_test(slotted(ES1_SUBJECT, ES1_LETTER, ES1_LOOK_ALIKES), ES1_SENDER,
                                           rejection=False)
test_es2_round_21 = letters_test(slotted(ES2_SUBJECT, ES2_LETTER, ES2_SENTENCES), ES2_SENDER, rejection=True)
test_es2_round_21_look_alikes = letters_test(slotted(ES2_SUBJECT, ES2_LETTER, ES2_LOOK_ALIKES), ES2_SENDER,
                                           rejection=False)
test_fr1_round_21 = letters_test(slotted(FR1_SUBJECT, FR1_LETTER, FR1_SENTENCES), FR1_SENDER, rejection=True)
test_fr1_round_21_look_alikes = letters_test(slotted(FR1_SUBJECT, FR1_LETTER, FR1_LOOK_ALIKES), FR1_SENDER,
                                           rejection=False)
test_fr2_round_21 = letters_test(slotted(FR2_SUBJECT, FR2_LETTER, FR2_SENTENCES), FR2_SENDER, rejection=True)
test_fr2_round_21_look_alikes = letters_test(slotted(FR2_SUBJECT, FR2_LETTER, FR2_LOOK_ALIKES), FR2_SENDER,
                                           rejection=False)
test_frn_round_21_look_alikes = letters_test(slotted(FRN_SUBJECT, FRN_LETTER, FRN_LOOK_ALIKES), FRN_SENDER,
                                           rejection=False)
test_de1_round_21 = letters_test(slotted(DE1_SUBJECT, DE1_LETTER, DE1_SENTENCES), DE1_SENDER, rejection=True)
test_de1_round_21_look_alikes = letters_test(slotted(DE1_SUBJECT, DE1_LETTER, DE1_LOOK_ALIKES), DE1_SENDER,
                                           rejection=False)
test_de2_round_21 = letters_test(slotted(DE2_SUBJECT, DE2_LETTER, DE2_SENTENCES), DE2_SENDER, rejection=True)
test_de2_round_21_look_alikes = letters_test(slotted(DE2_SUBJECT, DE2_LETTER, DE2_LOOK_ALIKES), DE2_SENDER,
                                           rejection=False)
test_den_round_21 = letters_test(slotted(DEN_SUBJECT, DEN_LETTER, DEN_SENTENCES), DEN_SENDER, rejection=True)
test_den_round_21_look_alikes = letters_test(slotted(DEN_SUBJECT, DEN_LETTER, DEN_LOOK_ALIKES), DEN_SENDER,
                                           rejection=False)

# UK public sector / NHS / civil service
EN1_SENDER = 'NHS Jobs <noreply@jobs.nhs.example>'
EN1_SUBJECT = 'Application for Band 6 Physiotherapist - reference 301-AB-4471'
EN1_LETTER = ('Dear Sam Rivera,\n\nThank you for applying for the post of Band 6 Physiotherapist (ref 301-AB-4471) at '
    'Northfield Community Trust.\n\n{}\n\nWe wish you every success in the future.\n\nYours '
    'sincerely,\nRecruitment Team\nNorthfield Community Trust')
EN1_SENTENCES = [
    'Unfortunately, on this occasion you have not been shortlisted for interview.',
    'The shortlisting panel did not select your application to progress to the next stage.',
    'I am sorry to inform you that you were not successful at interview.',
    'Your application did not meet the essential criteria set out in the person specification.',
    'You did not achieve the required score in the sift to progress to interview.',
    'Following the assessment centre, we regret that we are unable to offer you a post.',
    'The panel has appointed another candidate.',
    'You were not appointed to the post.',
    'We will not be taking your application any further.',
    'Your behaviour scores at interview were below the minimum standard required.',
    'We have now completed the selection process and you have not been successful.',
    'Your application has been withdrawn from the campaign because you did not complete the online test by the '
    'deadline.',
    'The vacancy has been withdrawn and will not be re-advertised.',
    'The post has been offered to a candidate on our redeployment register.',
    'I regret to advise that you have not been selected on this occasion.',
    'Your application was unsuccessful at the sift stage.',
    'Having considered your application against the criteria, the panel has decided not to invite you to interview.',
    'Unfortunately you did not pass the Civil Service Judgement Test.',
    'We are unable to progress your application because you do not hold HCPC registration.',
]
EN1_LOOK_ALIKES = [
    'You have been shortlisted for interview on Tuesday 8 December at 10:30.',
    'Your application has been received and will be considered by the shortlisting panel after the closing date.',
    'Congratulations, you have been successful at interview and we would like to offer you the post subject to '
    'pre-employment checks.',
    'Please complete the online test by Friday; applications without a completed test will not be taken any '
    'further.',
    'Your interview has been rescheduled to Thursday at 2pm.',
    'You have been placed on the reserve list, and we are pleased to offer you the Band 6 post that has now '
    'become available.',
    'Your DBS check has been completed and no further action is needed.',
    'This vacancy has closed early due to a high number of applications; your application will still be considered.',
]

# an IT-services firm's terse ATS letter (Indian English usage: "requirement", "candidature", "cleared the round")
EN2_SENDER = 'Talent Acquisition <careers-noreply@meridiantech.example>'
EN2_SUBJECT = 'Update on your application - Java Developer (Req #88121)'
EN2_LETTER = ('Dear Sam,\n\nGreetings from Meridian Technologies!\n\nThank you for your interest in the Java Developer '
    'opening.\n\n{}\n\nRegards,\nTalent Acquisition Team\nMeridian Technologies')
EN2_SENTENCES = [
    'We regret to inform you that your profile has not been shortlisted for the next round.',
    'After reviewing your profile, we found that it does not match our current requirement.',
    'Your candidature has not been taken forward.',
    'We will not be proceeding with your application at this stage.',
    'Unfortunately, you have not cleared the technical round.',
    'Your profile has been put on hold and the position has since been closed.',
    'We have decided not to move ahead with your candidature.',
    'The requirement has been closed internally.',
    'You have not qualified for the HR round.',
    'Based on the feedback from the panel, we are unable to take your candidature further.',
    'Your application status has been changed to Not Selected.',
    'On this occasion your application has been unsuccessful.',
    'We have gone with someone whose skills are a closer match.',
    'The hiring team will not be moving you forward in the process.',
    'You did not clear the online assessment cut-off.',
    'Unfortunately the position has been filled.',
    'Your candidacy will not be moving forward.',
    'We have chosen to pursue other applicants for this role.',
    "We won't be extending an offer.",
    'You have been rejected for this position.',
]
EN2_LOOK_ALIKES = [
    'You have cleared the technical round. The HR round is scheduled for Monday at 11 AM.',
    'Your profile has been shortlisted. Please share your available slots for the first round.',
    'We have received your application and it is currently under review.',
    'Please ignore the earlier mail that said your application was not selected; it was sent in error, and your '
    'application is still under review.',
    'Your offer letter is attached; please confirm your joining date.',
    'The position has been put on hold for two weeks; your candidature remains active.',
    'Kindly complete the online assessment before the cut-off date to be considered further.',
    'As discussed, we have shared your profile with the hiring manager, who will call you tomorrow.',
]

# a chess club: rounds not qualified for, a seat withdrawn, a club role filled: no job
ENN_SENDER = 'Club <info@chessclub.example>'
ENN_SUBJECT = 'Tournament results'
ENN_LETTER = ('Hi Sam,\n\n{}\n\nSee you next month,\nThe club')
ENN_LOOK_ALIKES = [
    "Unfortunately you didn't qualify for the final round of the rapid tournament this weekend.",
    'You have not qualified for the next round of the quiz league.',
    'Your application has been withdrawn because you did not confirm your seat on the coach by Friday.',
    'The position has been filled internally, so the club secretary role is no longer open to members.',
]

# a reserve list with no post left before it closes: the candidacy is over in effect, but the words say it is kept
EN1_GAPS = [
    'You have been placed on a reserve list but there is no post available for you at this time, and the list '
    'will close on 31 January.',
]
test_en1_round_21_gaps = letters_test(slotted(EN1_SUBJECT, EN1_LETTER, EN1_GAPS), EN1_SENDER, rejection=True,
                                      known_gap="a reserve list that closes with no post: not read as a no")
test_en1_round_21 = letters_test(slotted(EN1_SUBJECT, EN1_LETTER, EN1_SENTENCES), EN1_SENDER, rejection=True)
test_en1_round_21_look_alikes = letters_test(slotted(EN1_SUBJECT, EN1_LETTER, EN1_LOOK_ALIKES), EN1_SENDER,
                                           rejection=False)
test_en2_round_21 = letters_test(slotted(EN2_SUBJECT, EN2_LETTER, EN2_SENTENCES), EN2_SENDER, rejection=True)
test_en2_round_21_look_alikes = letters_test(slotted(EN2_SUBJECT, EN2_LETTER, EN2_LOOK_ALIKES), EN2_SENDER,
                                           rejection=False)
test_enn_round_21_look_alikes = letters_test(slotted(ENN_SUBJECT, ENN_LETTER, ENN_LOOK_ALIKES), ENN_SENDER,
                                           rejection=False)

# a university search committee / US federal hiring
EN3_SENDER = 'Faculty Search <facultysearch@westbrook.example>'
EN3_SUBJECT = 'Assistant Professor of Chemistry (Search #2026-114)'
EN3_LETTER = ('Dear Dr. Rivera,\n\nOn behalf of the search committee, thank you for your interest in the position of '
    'Assistant Professor of Chemistry at Westbrook University.\n\n{}\n\nWe appreciate the time you invested in '
    'your application and wish you well in your career.\n\nSincerely,\nProf. Helen Okoro\nChair, Search '
    'Committee')
EN3_SENTENCES = [
    'The committee has completed its review and your application was not among those selected for a campus visit.',
    'The search has concluded and the position has been filled.',
    'We have offered the position to another candidate, who has accepted.',
    'Your application will not be advanced to the next stage of the search.',
    'The committee did not select you as a finalist.',
    'The search has been cancelled due to budget constraints and no appointment will be made.',
    'After Zoom interviews, the committee has decided not to move your candidacy forward.',
    'You were not referred to the selecting official.',
    'Your application was rated ineligible because it did not demonstrate one year of specialized experience at '
    'the GS-11 level.',
    'You were found qualified but were not among the best qualified candidates referred for consideration.',
    'The selecting official has chosen another applicant for this vacancy announcement.',
    'The position was filled by an internal candidate.',
    'Your name was not included on the certificate of eligibles.',
    'We have concluded our search with the hire of a candidate whose research aligns closely with the '
    "department's needs.",
    'The department has decided to pursue other candidates.',
    'Your candidacy is no longer under consideration.',
]
EN3_LOOK_ALIKES = [
    'The committee would like to invite you for a campus visit on February 12-13; please let us know your '
    'availability.',
    'The search has been extended, and your application remains under consideration.',
    'You have been referred to the selecting official, who may contact you for an interview.',
    'Your application was received and will be reviewed after the closing date of the vacancy announcement.',
    'Please submit three letters of recommendation by January 15 to complete your application.',
    'The department has chosen another date for your job talk: Monday at 4pm.',
    'Please join me in welcoming Dr. Anna Kowal, who has accepted our offer to join the department as Assistant '
    'Professor.',
    'Thank you for serving on the search committee; we have offered the position to Dr. Kowal, who has accepted.',
]

# the same letter: a condition, a saved search, a search for a file, a referral fee: no decision
EN3N_SENDER, EN3N_SUBJECT, EN3N_LETTER = EN3_SENDER, EN3_SUBJECT, EN3_LETTER
EN3N_LOOK_ALIKES = [
    'No appointment will be made until all references have been received.',
    'If none of the finalists meets the criteria, no appointment will be made and the post will be re-advertised.',
    'You were not referred to us by an agency, so no fee applies; your application is under review.',
    'The committee has not yet concluded its search; interviews continue next week.',
    'You have not been referred yet, but the certificate will be issued next week.',
    'Your saved search has been cancelled because you have not logged in for 90 days.',
    'The search for the missing file has been called off; IT restored it from the backup.',
]

# an appointment (a doctor's too) not offered, and a named hire told to the reader (an announcement's words)
EN3_GAPS = [
    'We regret that we are unable to offer you an appointment.',
    'I am writing to let you know that we have hired Dr. Anna Kowal for this position.',
]
test_en3_round_21_gaps = letters_test(slotted(EN3_SUBJECT, EN3_LETTER, EN3_GAPS), EN3_SENDER, rejection=True,
                                      known_gap="'an appointment' and a named hire: a GP's and an announcement's words")
test_en3_round_21 = letters_test(slotted(EN3_SUBJECT, EN3_LETTER, EN3_SENTENCES), EN3_SENDER, rejection=True)
test_en3_round_21_look_alikes = letters_test(slotted(EN3_SUBJECT, EN3_LETTER, EN3_LOOK_ALIKES), EN3_SENDER,
                                           rejection=False)
test_en3n_round_21_look_alikes = letters_test(slotted(EN3N_SUBJECT, EN3N_LETTER, EN3N_LOOK_ALIKES), EN3N_SENDER,
                                           rejection=False)

# fonction publique / collectivité territoriale, "vous"
FR3_SENDER = 'Direction des ressources humaines <drh@ville-montreuil-sur-loire.example>'
FR3_SUBJECT = 'Votre candidature au poste de chargé(e) de mission mobilités – réf. 2026-087'
FR3_LETTER = ('Madame, Monsieur,\n\nVous avez bien voulu faire acte de candidature au poste de chargé(e) de mission '
    "mobilités au sein de notre collectivité, et je vous en remercie.\n\n{}\n\nJe vous prie d'agréer, Madame, "
    "Monsieur, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice "
    'des ressources humaines')
FR3_SENTENCES = [
    "J'ai le regret de vous informer que le jury de recrutement n'a pas retenu votre candidature.",
    'Après examen attentif de votre dossier, je ne suis pas en mesure de donner une suite favorable à votre '
    'demande.',
    'Le jury a porté son choix sur un autre candidat.',
    "Votre candidature n'a pas été retenue à l'issue de la phase de présélection.",
    'Le poste a été pourvu par voie de mutation interne.',
    'Je suis au regret de ne pouvoir vous proposer ce poste.',
    'Votre profil ne répond pas aux exigences du poste, notamment en matière de planification des déplacements.',
    "À l'issue des entretiens, votre candidature n'a pas été classée en rang utile.",
    "Le recrutement a été déclaré infructueux et le poste ne sera pas pourvu dans l'immédiat.",
    "Vous n'avez pas été admis(e) à poursuivre la procédure de recrutement.",
    "La commission de sélection a proposé la nomination d'un autre agent.",
    'Je ne peux réserver une suite favorable à votre candidature.',
    'Vous ne figurez pas sur la liste des candidats retenus pour un entretien.',
    'Votre candidature ne sera pas retenue, le poste étant réservé aux agents titulaires.',
    "Le choix du jury s'est porté sur une candidature interne.",
    'Le poste a été attribué à un autre candidat.',
]
FR3_LOOK_ALIKES = [
    "J'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien le 10 décembre à 9 "
    'h 30.',
    'Votre dossier est incomplet : merci de nous faire parvenir votre dernier arrêté de situation administrative.',
    'Le jury se réunira le 15 décembre ; vous serez informé(e) de la suite par courrier.',
    "Votre demande de mutation a été refusée par votre administration d'origine.",
    "Votre demande de place en crèche n'a pas pu être satisfaite.",
    'Le recrutement a été déclaré infructueux ; le poste est republié et votre candidature reste valable.',
]

# Spanish public employer / university (convocatoria, bolsa)
ES3_SENDER = 'Servicio de Personal <personal@uniaragon.example>'
ES3_SUBJECT = 'Convocatoria PTGAS 12/2026 - Técnico/a de Laboratorio'
ES3_LETTER = ('Estimado/a Sr./Sra. Rivera:\n\nLe agradecemos su participación en la convocatoria de '
    'referencia.\n\n{}\n\nAtentamente,\nServicio de Personal\nUniversidad de Aragón Norte')
ES3_SENTENCES = [
    'Le comunicamos que la comisión de selección ha propuesto la contratación de otro aspirante.',
    'Su solicitud ha sido excluida por no acreditar la titulación exigida.',
    'No ha superado el proceso selectivo.',
    'La plaza ha sido adjudicada a otra persona.',
    'Lamentamos comunicarle que no ha obtenido la puntuación mínima en la fase de concurso.',
    'Tras la valoración de méritos, su candidatura no ha resultado seleccionada.',
    'No figura usted en la relación definitiva de aprobados.',
    'La convocatoria ha quedado desierta y no se cubrirá la plaza.',
    'Usted ha quedado en la posición 14 de la lista de reserva, por lo que no ha obtenido plaza.',
    'La comisión ha declarado su candidatura no apta.',
    'Su solicitud no ha sido admitida a la fase de entrevista.',
    'Se ha resuelto adjudicar el puesto a la candidata con mayor puntuación.',
]
ES3_LOOK_ALIKES = [
    'Ha sido admitido/a a la fase de entrevista, que se celebrará el 12 de diciembre a las 10:00.',
    'Debe subsanar su solicitud aportando el título antes del día 5; en caso contrario será excluida.',
    'La relación provisional de admitidos se publicará el día 3 en el tablón de anuncios.',
    'Su solicitud de ayuda para el comedor escolar ha sido denegada.',
    'Le comunicamos que ha sido seleccionado/a y deberá incorporarse el 1 de enero.',
]

test_fr3_round_21 = letters_test(slotted(FR3_SUBJECT, FR3_LETTER, FR3_SENTENCES), FR3_SENDER, rejection=True)
test_fr3_round_21_look_alikes = letters_test(slotted(FR3_SUBJECT, FR3_LETTER, FR3_LOOK_ALIKES), FR3_SENDER,
                                           rejection=False)
test_es3_round_21 = letters_test(slotted(ES3_SUBJECT, ES3_LETTER, ES3_SENTENCES), ES3_SENDER, rejection=True)
test_es3_round_21_look_alikes = letters_test(slotted(ES3_SUBJECT, ES3_LETTER, ES3_LOOK_ALIKES), ES3_SENDER,
                                           rejection=False)


# Small employers' short answers the company letters of this round were not called rejections for (a Portuguese
# bookshop's and bakery's, a Spanish studio's, a Dutch one's), and their look-alikes: a job alert, a restaurant table,
# a summer course, an internship offered for January, a supplier and a flat.
SMALL_EMPLOYERS = [
    ("RH <rh@farmaciacentral.example>", "Candidatura espontânea",
     "Caro Sam,\n\nAgradecemos o envio do seu currículo. De momento não temos vagas disponíveis que correspondam ao "
     "seu perfil.\n\nCumprimentos,\nRH Farmácia Central"),
    ("Livros do Bairro <geral@livrosdobairro.example>", "Candidatura",
     "Caro Sam,\n\nAgradecemos o envio da sua candidatura. Neste momento não temos vagas disponíveis.\n\n"
     "Cumprimentos,\n"
     "Livros do Bairro"),
    ("Rui <rui@padaria-rui.example>", "Re: vaga de estágio",
     "Olá Sam, obrigado pelo email. De momento não vamos abrir estágio na padaria, desculpa. Abraço, Rui"),
    ("Irene <irene@estudiolezna.example>", "Re: Prácticas",
     "Hola Sam:\n\nGracias por escribirnos. Este año no vamos a poder acoger a nadie en prácticas, lo sentimos.\n\n"
     "Irene"),
    ("Marloes <marloes@studioduin.example>", "Je sollicitatie",
     "Hoi Sam,\n\nBedankt voor je sollicitatie. We hebben besloten om niet verder met je te gaan.\n\nGroeten"),
]
SMALL_EMPLOYER_LOOK_ALIKES = [
    ("Net-Vagas <alertas@netvagas.example>", "Alertas de emprego",
     "Olá Sam, obrigado por subscrever os alertas de emprego. Neste momento não temos vagas disponíveis na sua área; "
     "avisaremos assim que surgir uma.\n\nEquipa Net-Vagas"),
    ("Tasca Velha <reservas@tascavelha.example>", "Reserva",
     "Olá Sam,\n\nObrigado pelo seu contacto. Neste momento não temos lugares disponíveis para sábado à noite.\n\n"
     "Restaurante Tasca Velha"),
    ("Escola de Artes <info@escolaartes.example>", "Curso de verão",
     "Caro Sam,\n\nObrigado pela sua candidatura ao curso de verão de fotografia. Neste momento não temos vagas "
     "disponíveis, mas pode inscrever-se na lista de espera.\n\nEscola de Artes"),
    ("Rui <rui@padaria-rui.example>", "Re: Estágio",
     "Olá Sam, obrigado pela candidatura! De momento não vamos abrir estágio em dezembro, mas em janeiro sim: queres "
     "vir à entrevista no dia 8?"),
    ("Café Noord <info@cafenoord.example>", "Leverancier",
     "Hoi Sam,\n\nWe hebben besloten om niet verder met je te gaan als leverancier van onze koffiebonen.\n\nGroet, "
     "Café Noord"),
    ("Jansen <jansen@mail.example>", "Re: Huis",
     "Hoi Sam, na de bezichtiging hebben we besloten om niet verder met je te gaan. Succes met zoeken! Verhuurder "
     "Jansen"),
]
test_small_employers_round_21 = mails_test(SMALL_EMPLOYERS, rejection=True)
test_small_employers_round_21_look_alikes = mails_test(SMALL_EMPLOYER_LOOK_ALIKES, rejection=False)


# Portuguese look-alikes of round 21 (a refund, a saved posting filled, an interview moved, the reader's candidate,
# a photo contest, a master's, leave, a friend's own no, a flat, a withdrawal, good news, a column, a supplier,
# volunteers, a mortgage, a new opening offered now, an interviewer changed): two were called rejections before, and
# their real noes
PT_LOOK_ALIKES = [
    ('Apoio <apoio@loja.example>', 'Atualização do seu pedido',
     'Olá Sam,\n\nInfelizmente o seu pedido de reembolso não foi aprovado por falta de comprovativos. Pode '
     'submeter novo pedido.\n\nApoio ao Cliente'),
    ('Net-Empregos <alertas@netempregos.example>', 'Vaga preenchida',
     'Olá Sam,\n\nA vaga de Analista de Dados que guardou nos favoritos foi preenchida. Veja outras vagas '
     'semelhantes abaixo.\n\nEquipa Net-Empregos'),
    ('Carla <carla@vertice.example>', 'Re: entrevista',
     'Olá Sam, infelizmente o entrevistador ficou doente e não vamos conseguir fazer a entrevista hoje. '
     'Podemos remarcar para quinta às 15h?'),
    ('Ana <ana@cliente.example>', 'O seu candidato',
     'Olá Sam,\n\nObrigado por nos apresentar o João. Infelizmente não avançaremos com a candidatura dele, o '
     'perfil não se ajusta.\n\nAna, Recrutamento'),
    ('Concurso <concurso@fotofest.example>', 'Resultado do concurso de fotografia',
     'Caro Sam,\n\nObrigado pela sua participação. Infelizmente a sua fotografia não foi selecionada para a '
     'exposição final.\n\nA organização'),
    ('Académicos <academicos@uni.example>', 'Candidatura ao mestrado',
     'Caro Sam,\n\nLamentamos informar que a sua candidatura ao Mestrado em Gestão não foi aceite este '
     'ano.\n\nServiços Académicos'),
    ('RH <rh@empresa.example>', 'Pedido de férias',
     'Olá Sam,\n\nO teu pedido de férias para a semana de 20 de dezembro não foi aprovado: a equipa já tem '
     'duas pessoas fora.\n\nRH'),
    ('Marta <marta@gmail.example>', 'Re: a minha entrevista',
     'Sam!! Não fiquei com a vaga... escolheram outra pessoa com mais experiência. Mas estou bem, vamos '
     'jantar sábado?'),
    ('Imobiliária <info@imosol.example>', 'Apartamento T2',
     'Olá Sam,\n\nO senhorio escolheu outro candidato para o T2 da Rua das Flores. Tenho outro apartamento '
     'para lhe mostrar amanhã.\n\nImobiliária Sol'),
    ('Recrutamento <rh@vertice.example>', 'A sua candidatura foi retirada',
     'Olá Sam,\n\nConforme solicitado, retirámos a sua candidatura à vaga de Analista. Boa sorte na nova '
     'função!\n\nRecrutamento Vértice'),
    ('Talentos <talentos@vertice.example>', 'Processo seletivo',
     'Olá Sam,\n\nParabéns, foi aprovado na etapa de testes! Infelizmente não temos datas disponíveis esta '
     'semana para a entrevista; enviaremos novas datas em breve.\n\nTalentos'),
    ('Revista <news@carreiras.example>', 'Newsletter Carreiras',
     "Como lidar com um 'infelizmente não foi selecionado'? Neste artigo, cinco dicas para recuperar depois "
     'de uma rejeição num processo seletivo.\n\nRevista Carreiras'),
    ('Compras <compras@empresa.example>', 'Proposta de fornecimento',
     'Caro Sam,\n\nAgradecemos a sua proposta. Infelizmente optámos por outro fornecedor para o serviço de '
     'limpeza.\n\nCompras'),
    ('Maratona <voluntarios@maratona.example>', 'Voluntariado',
     'Olá Sam,\n\nObrigado pela inscrição como voluntário na maratona. Infelizmente já temos todos os '
     'lugares preenchidos.\n\nOrganização'),
    ('Banco <credito@banco.example>', 'Crédito habitação',
     'Caro Sam,\n\nLamentamos informar que o seu pedido de crédito habitação não foi aprovado.\n\nBanco'),
    ('Rita <rita@cafe.example>', 'Re: vaga',
     'Olá Sam, a vaga de barista já foi preenchida, mas abriu uma de cozinha e acho que encaixa bem contigo. '
     'Podes passar cá amanhã às 10h?'),
    ('Recrutamento <rh@vertice.example>', 'Convite',
     'Olá Sam,\n\nInfelizmente a Joana não vai poder fazer a entrevista contigo na terça; será o Pedro a '
     'entrevistar-te, à mesma hora.\n\nRecrutamento'),
]
PT_NOES = [
    ("Rita <rita@cafe.example>", "Re: vaga",
     "Olá Sam, a vaga de barista já foi preenchida, desculpa. Boa sorte com a procura!"),
    ("Net-Empregos <alertas@netempregos.example>", "A sua candidatura",
     "Olá Sam,\n\nA empresa Vértice informou que a vaga de Analista de Dados a que se candidatou foi preenchida por "
     "outro candidato.\n\nEquipa Net-Empregos"),
]
test_pt_round_21_look_alikes = mails_test(PT_LOOK_ALIKES, rejection=False)
test_pt_round_21_noes = mails_test(PT_NOES, rejection=True)


# Spanish look-alikes of round 21, the same situations as the Portuguese ones: only the new opening offered now after
# a filled one ('pero se ha abierto una de cocina que creo que te encaja') was called a rejection before
ES_LOOK_ALIKES = [
    ('InfoTrabajo <alertas@infotrabajo.example>', 'Oferta guardada',
     'Hola Sam,\n\nLa oferta de Analista de Datos que guardaste en favoritos ya ha sido cubierta. Te dejamos '
     'otras ofertas similares.\n\nInfoTrabajo'),
    ('Lucía <lucia@altamira.example>', 'Re: entrevista',
     'Hola Sam, lo siento, la entrevistadora está enferma y no podremos hacer la entrevista hoy. ¿Te va bien '
     'el jueves a las 16h?'),
    ('Ana <ana@cliente.example>', 'Tu candidato',
     'Hola Sam,\n\nGracias por presentarnos a Javier. Lamentablemente no seguiremos adelante con su '
     'candidatura, su perfil no encaja.\n\nAna, Selección'),
    ('Concurso <concurso@relatos.example>', 'Concurso de relatos',
     'Estimado Sam:\n\nGracias por participar. Lamentablemente tu relato no ha sido seleccionado como '
     'finalista.\n\nLa organización'),
    ('Secretaría <master@uni.example>', 'Admisión máster',
     'Estimado Sam:\n\nLamentamos comunicarle que su solicitud de admisión al Máster en Finanzas no ha sido '
     'aceptada.\n\nSecretaría'),
    ('RRHH <rrhh@empresa.example>', 'Vacaciones',
     'Hola Sam,\n\nTu solicitud de vacaciones para la semana del 21 de diciembre no ha sido aprobada: ya hay '
     'dos personas fuera.\n\nRRHH'),
    ('Marta <marta@gmail.example>', 'Re: mi entrevista',
     '¡Sam! No me han cogido... eligieron a otra persona con más experiencia. Pero estoy bien, ¿cenamos el '
     'sábado?'),
    ('Inmobiliaria <info@inmosol.example>', 'Piso en Chamberí',
     'Hola Sam,\n\nEl propietario ha elegido a otro inquilino para el piso de Chamberí. Mañana te enseño '
     'otro.\n\nInmobiliaria Sol'),
    ('Selección <seleccion@altamira.example>', 'Candidatura retirada',
     'Hola Sam,\n\nTal como nos pediste, hemos retirado tu candidatura al puesto de Analista. ¡Mucha suerte '
     'en tu nuevo trabajo!\n\nSelección Altamira'),
    ('Talento <talento@altamira.example>', 'Proceso de selección',
     'Hola Sam,\n\n¡Enhorabuena, has superado la prueba técnica! Lamentablemente esta semana no tenemos '
     'huecos para la entrevista; te enviaremos fechas pronto.\n\nTalento'),
    ('Compras <compras@empresa.example>', 'Propuesta de servicios',
     'Estimado Sam:\n\nGracias por su propuesta. Lamentablemente hemos optado por otro proveedor para el '
     'servicio de limpieza.\n\nCompras'),
    ('Maratón <voluntarios@maraton.example>', 'Voluntariado',
     'Hola Sam,\n\nGracias por apuntarte como voluntario en la maratón. Lamentablemente ya tenemos todas las '
     'plazas cubiertas.\n\nOrganización'),
    ('Rosa <rosa@bar.example>', 'Re: vacante',
     'Hola Sam, la vacante de camarero ya está cubierta, pero se ha abierto una de cocina que creo que te '
     'encaja. ¿Puedes pasarte mañana a las 10?'),
    ('Selección <seleccion@altamira.example>', 'Cambio de entrevistador',
     'Hola Sam,\n\nLamentablemente Joana no podrá entrevistarte el martes; lo hará Pedro, a la misma '
     'hora.\n\nSelección'),
    ('Club <club@deportivo.example>', 'Tu hijo',
     'Estimada familia:\n\nLamentamos comunicarles que su hijo no ha sido seleccionado para el equipo de '
     'baloncesto este año.\n\nClub Deportivo'),
]
test_es_round_21_look_alikes = mails_test(ES_LOOK_ALIKES, rejection=False)
