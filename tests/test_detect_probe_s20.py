"""Probing by hand (round 20), German and French: constructions no writer had used yet.

- French: no post to offer the reader who sent an open application ("nous n'avons malheureusement aucun poste à
  vous proposer actuellement", "ne disposons actuellement d'aucun poste à vous proposer"); before, only "aucun poste
  vacant" or "aucun poste ... correspondant à votre profil" was read. Not a condition ("si nous n'avons aucun poste à
  vous proposer d'ici juin, ...") and not a meeting all the same.
- French: others stood out ("d'autres candidats se sont distingués"), a cleft verdict ("ce n'est malheureusement
  pas une réponse positive que nous vous adressons"), the reader's experience judged short of the post ("votre
  expérience ne nous semble pas suffisante pour ce poste"; not when a second interview follows).
- German: the process goes on with candidates ranked above the reader by a relative clause, without "andere" ("den
  Prozess mit Kandidaten fortzusetzen, deren Profil besser passt"); before, no decision was read.
- Spanish and Portuguese: the same kinds (others stood out or fitted better, a cleft verdict, experience judged
  short, "no vas a formar parte del equipo" / "não vai fazer parte da equipa"), and "el proceso ha finalizado sin que
  tu candidatura haya resultado elegida".
- German: "andere Kandidaten haben sich stärker hervorgetan", "Sie werden leider nicht Teil unseres Teams", "ohne
  dass Ihre Bewerbung ausgewählt wurde"; and the other post offered in the same breath with the invitation's verb
  split ("laden Sie aber gern zum Gespräch für die Stelle als Analyst ein") is no rejection, as German already read
  "aber wir möchten Sie ... einladen".
- The familiar register of a start-up ("tu", "du") in French and German: not taken to the next step, an offer made
  to another candidate, "ça n'a pas matché" / "nicht der richtige Fit", no further interviews, another direction,
  "nous n'avançons pas avec toi", "hier endet der Weg für deine Bewerbung", someone with more experience chosen, not
  among the finalists. 14 of 20 French and 7 of 20 German sentences of this kind were missed before. Look-alikes: the
  same words beside an invitation for another team or post, before a date, about the reader's own candidate.
- The same familiar register in Spanish and Portuguese (11 of 20 Spanish and 7 of 20 Portuguese such sentences were
  missed), among them the idioms "esta vez no ha podido ser" and "desta vez não deu".
- The offer went to another, who turned it down, and the reader is asked back ("... mais elle a refusé. Es-tu
  toujours intéressé ?"): French, German and Spanish called this a rejection (0.97-0.98); English and Dutch did not.
- A decision "not in your favour" after travel costs and pleasantries: "la décision n'a toutefois pas été en votre
  faveur", "la decisión no ha sido a tu favor" (German and Portuguese already read theirs); not a court's or an
  insurer's decision.
- A place applied for in a mentoring programme, in five languages (0.98-0.99 before), a bootcamp, an exchange
  programme or an artist's residency is no job; the programme named as company news beside a real no is not that.
- A Portuguese recruiter's outreach, "a vaga de que falámos foi preenchida, mas tenho agora outra que encaixa bem
  consigo" (0.98 before).
- Dutch, the same constructions (13 of 50 sentences of the English-style and start-up letters were missed): others
  "sprongen er duidelijker uit" or "sloten beter aan", experience "net niet voldoende", "je wordt geen onderdeel van
  ons team", a frozen role with the applications closed, "besloten je sollicitatie te sluiten", no further interviews,
  "hier eindigt de weg voor je sollicitatie", "het is deze keer niet gelukt", "onze stagiair al gevonden".
- English, the same constructions (8 of 50 were missed): "without your application being selected", others "stood
  out more strongly" or "were a closer fit", experience "isn't quite enough", "you won't be joining the team this
  time", feedback "wasn't strong enough for us to continue", "this is where the road ends for your application",
  "you're not part of the final round"; and "we won't be scheduling any further interviews until January" is a delay,
  not a no (0.95 before).
All letters are written for this file."""

from __future__ import annotations

from labelled import letters_test, mails_test, slotted

FR_SENDER = "Ressources humaines <rh@boreal.example>"
DE_SENDER = "Personal <personal@kranich.example>"

FR_NO_POST_TO_OFFER = [
    ("Votre candidature spontanée",
     "Monsieur,\n\nNous accusons réception de votre candidature spontanée et vous en remercions. Nous n'avons "
     "malheureusement aucun poste à vous proposer actuellement.\n\nVeuillez agréer, Monsieur, nos salutations "
     "distinguées.\nLa DRH"),
    ("Votre candidature",
     "Bonjour,\n\nmerci pour votre CV et votre lettre. Nous n'avons pas de poste à vous proposer pour le moment, "
     "mais nous gardons votre candidature en mémoire.\n\nBien cordialement,\nService RH"),
    ("Votre candidature spontanée",
     "Bonjour Sam,\n\nsuite à votre candidature spontanée, nous ne disposons actuellement d'aucun poste à vous "
     "proposer.\n\nBonne continuation,\nL'équipe RH"),
]
FR_LOOK_ALIKES = [
    ("Votre inscription à notre vivier",
     "Bonjour Sam,\n\nvotre profil est bien inscrit dans notre vivier. Si nous n'avons aucun poste à vous proposer "
     "d'ici juin, nous vous le dirons, promis.\n\nL'équipe RH"),
    ("Rencontre",
     "Bonjour Sam,\n\nmême si nous n'avons pas encore de poste à vous proposer, nous aimerions vous rencontrer mardi "
     "pour un entretien exploratoire.\n\nÀ bientôt,\nL'équipe RH"),
]

FR_LETTER = ("Bonjour Sam,\n\nNous vous remercions pour l'intérêt porté à notre société. {}\n\nCordialement,\n"
             "Aubépine SAS")
FR_STOOD_OUT_CLEFT_SHORT = [
    ("Votre candidature - Chargé de projet", FR_LETTER.format("Votre parcours est riche mais d'autres candidats se "
                                                              "sont distingués.")),
    ("Votre candidature - Chargé de projet", FR_LETTER.format("Ce n'est malheureusement pas une réponse positive que "
                                                              "nous vous adressons aujourd'hui.")),
    ("Votre candidature", FR_LETTER.format("C'est malheureusement une réponse négative que je dois te faire.")),
    ("Votre candidature - Chargé de projet", FR_LETTER.format("Votre expérience ne nous semble pas suffisante pour ce "
                                                              "poste.")),
]
FR_STOOD_OUT_LOOK_ALIKES = [
    ("Votre candidature", FR_LETTER.format("Ce n'est pas une réponse négative que nous vous adressons : nous aimerions "
                                           "vous rencontrer !")),
    ("Retour d'entretien",
     "Bonjour Sam,\n\nvotre niveau d'anglais ne nous semble pas encore suffisant, mais le reste est très bien : nous "
     "vous proposons un second entretien avec la directrice.\n\nRH"),
]

DE_OTHERS_RANKED_ABOVE = [
    ("Ihre Bewerbung als Controller",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. Wir haben uns entschieden, "
     "den Prozess mit Kandidaten fortzusetzen, deren Profil besser passt.\n\nMit freundlichen Grüßen\nKranich AG"),
    ("Ihre Bewerbung",
     "Hallo Sam,\n\nwir haben uns entschieden, mit Bewerbern weiterzumachen, die besser zu unseren Anforderungen "
     "passen.\n\nViele Grüße\nKranich AG"),
    ("Ihre Bewerbung",
     "Hallo Sam,\n\nwir werden den Auswahlprozess mit Kandidatinnen und Kandidaten fortsetzen, deren Erfahrung näher "
     "an der Stelle liegt.\n\nGrüße\nKranich AG"),
]
DE_LOOK_ALIKES = [
    ("Shortlist-Funktion",
     "Hallo Sam,\n\nals Hiring Manager möchtest du mit Kandidaten weitermachen, deren Profil besser passt? Dann nutze "
     "unsere neue Shortlist-Funktion.\n\nDein ATS-Team"),
]

test_fr_no_post_to_offer = letters_test(FR_NO_POST_TO_OFFER, FR_SENDER, rejection=True)
test_fr_look_alikes = letters_test(FR_LOOK_ALIKES, FR_SENDER, rejection=False)
test_fr_stood_out_cleft_short = letters_test(FR_STOOD_OUT_CLEFT_SHORT, FR_SENDER, rejection=True)
test_fr_stood_out_look_alikes = letters_test(FR_STOOD_OUT_LOOK_ALIKES, FR_SENDER, rejection=False)
test_de_others_ranked_above = letters_test(DE_OTHERS_RANKED_ABOVE, DE_SENDER, rejection=True)
test_de_look_alikes = letters_test(DE_LOOK_ALIKES, "ATS <news@ats.example>", rejection=False)


ES_LETTER = "Hola Sam:\n\nGracias por tu interés en formar parte de Brisa. {}\n\nUn saludo,\nEquipo de Talento de Brisa"
ES_SENTENCES = [
    "Lamentamos comunicarte que el proceso ha finalizado sin que tu candidatura haya resultado elegida.",
    "Hemos recibido muchas candidaturas y otras personas se han ajustado mejor al perfil.",
    "Otros candidatos han destacado más en esta ocasión.",
    "Por desgracia, tu experiencia no es suficiente para este puesto.",
    "No es una respuesta positiva la que te traemos hoy.",
    "Finalmente no vas a formar parte del equipo.",
]
ES_LOOK_ALIKE_SENTENCES = [
    "Aunque otros candidatos han destacado en la prueba técnica, queremos invitarte a la entrevista final.",
    "Por desgracia, tu experiencia no es suficiente para el puesto de jefe de equipo, pero nos encantaría "
    "entrevistarte para el de analista sénior.",
    "Recuerda que no vas a formar parte del equipo hasta que firmes el contrato el lunes. ¡Bienvenido!",
]
PT_LETTER = ("Olá Sam,\n\nObrigado pelo interesse em fazer parte da Maresia. {}\n\nCumprimentos,\n"
             "Equipa de Talento Maresia")
PT_SENTENCES = [
    "Não é uma resposta positiva a que lhe trazemos hoje.",
    "Não vai fazer parte da equipa desta vez.",
    "Outros perfis adequaram-se melhor ao que procuramos.",
]
PT_LOOK_ALIKE_SENTENCES = [
    "Embora outros candidatos se tenham destacado no teste técnico, queremos convidá-lo para a entrevista final.",
    "Se não vai fazer parte da equipa no próximo ano, avise-nos até sexta-feira.",
]
DE_LETTER = ("Hallo Herr Rivera,\n\nvielen Dank für Ihr Interesse an Wiesel. {}\n\nBeste Grüße\n"
             "Ihr Talent-Team von Wiesel")
DE_SENTENCES = [
    "Das Verfahren ist abgeschlossen, ohne dass Ihre Bewerbung ausgewählt wurde.",
    "Andere Kandidaten haben sich in diesem Verfahren stärker hervorgetan.",
    "Sie werden leider nicht Teil unseres Teams.",
]
DE_LOOK_ALIKE_SENTENCES = [
    "Auch wenn andere Kandidaten sich im Test stärker hervorgetan haben, laden wir Sie zum Abschlussgespräch ein.",
    "Wir haben uns zwar für einen anderen Bewerber als Teamleiter entschieden, laden Sie aber gern zum Gespräch für "
    "die Stelle als Analyst ein.",
    "Die Stelle als Teamleiter ist vergeben. Wir möchten Sie aber zu einem Gespräch für die Analystenstelle einladen.",
]


test_es_round_20 = letters_test(slotted("Tu candidatura a Analista de Datos", ES_LETTER, ES_SENTENCES),
                                "Talento <talento@brisa.example>", rejection=True)
test_es_round_20_look_alikes = letters_test(
    slotted("Tu candidatura a Analista de Datos", ES_LETTER, ES_LOOK_ALIKE_SENTENCES),
    "Talento <talento@brisa.example>", rejection=False)
test_pt_round_20 = letters_test(slotted("A sua candidatura - Analista de Dados", PT_LETTER, PT_SENTENCES),
                                "Talentos <talentos@maresia.example>", rejection=True)
test_pt_round_20_look_alikes = letters_test(
    slotted("A sua candidatura - Analista de Dados", PT_LETTER, PT_LOOK_ALIKE_SENTENCES),
    "Talentos <talentos@maresia.example>", rejection=False)
test_de_round_20 = letters_test(slotted("Ihre Bewerbung als Data Analyst", DE_LETTER, DE_SENTENCES),
                                "Talent <talent@wiesel.example>", rejection=True)
test_de_round_20_look_alikes = letters_test(
    slotted("Ihre Bewerbung als Data Analyst", DE_LETTER, DE_LOOK_ALIKE_SENTENCES),
    "Talent <talent@wiesel.example>", rejection=False)


FR_TU_LETTER = ("Bonjour Sam,\n\nmerci d'avoir pris le temps d'échanger avec nous. {}\n\nBelle journée,\n"
                "Léa, recrutement Faucon")
FR_TU_SENTENCES = [
    "Nous n'allons pas te faire passer à l'étape de la proposition.",
    "Nous avons fait une offre à un autre candidat, qui l'a acceptée.",
    "Cette fois, ça n'a pas matché.",
    "Tu étais un candidat solide, mais au final pas le bon fit.",
    "Nous ne planifierons pas d'autres entretiens.",
    "Nous avons décidé de partir dans une autre direction.",
    "L'aventure s'arrête ici pour ta candidature.",
    "Je dois te dire que nous n'avançons pas avec toi.",
    "L'équipe a eu le sentiment que tes compétences ne correspondaient pas tout à fait au rôle.",
    "Nous avons choisi quelqu'un avec plus d'expérience en management.",
    "Malheureusement, tu ne fais pas partie du dernier tour.",
]
FR_TU_LOOK_ALIKES = [
    ("Ta candidature",
     "Bonjour Sam,\n\nla première équipe a décidé de partir dans une autre direction, mais l'équipe Data voudrait te "
     "rencontrer mardi pour un entretien.\n\nLéa"),
    ("Planning", "Bonjour Sam,\n\nnous ne planifierons pas d'autres entretiens avant la rentrée ; tu restes dans le "
                 "processus.\n\nLéa"),
    ("Ta candidature", FR_TU_LETTER.format("Nous avons fait une offre à un autre candidat, qui l'a déclinée. Es-tu "
                                           "toujours intéressé par le poste ?")),
    ("Ta candidature",
     "Bonjour Sam,\n\nnous avons fait une offre à un candidat pour le stage, et nous aimerions maintenant te "
     "rencontrer pour le CDI. Es-tu dispo jeudi ?\n\nLéa"),
]
DE_DU_LETTER = ("Hallo Sam,\n\ndanke, dass du dir Zeit für uns genommen hast. {}\n\nViele Grüße\n"
                "Lena vom Falke-Recruiting")
DE_DU_SENTENCES = [
    "Das Feedback der Interviewer war leider nicht positiv genug, um weiterzumachen.",
    "Wir haben einem anderen Kandidaten ein Angebot gemacht, das er angenommen hat.",
    "Du warst ein starker Kandidat, aber am Ende nicht der richtige Fit.",
    "Weitere Interviews werden wir nicht ansetzen.",
    "Wir haben uns entschieden, in eine andere Richtung zu gehen.",
    "Hier endet der Weg für deine Bewerbung leider.",
]
DE_DU_LOOK_ALIKES = [
    ("Deine Bewerbung", "Hallo Sam,\n\nweitere Gespräche werden wir nicht ansetzen, bevor die Budgetfreigabe da ist. "
                        "Du bist weiter im Rennen!\n\nLena"),
    ("Dein Kandidat", "Hallo Sam,\n\nzu deinem Kandidaten Herrn Weber: wir haben einem anderen Kandidaten ein Angebot "
                      "gemacht. Danke für den Vorschlag!\n\nLena"),
    ("Deine Bewerbung", DE_DU_LETTER.format("Weitere Interviews werden wir erst im Januar ansetzen, wir melden uns "
                                            "dann.")),
]

test_fr_familiar = letters_test(slotted("Ta candidature - UX Designer", FR_TU_LETTER, FR_TU_SENTENCES),
                                "Recrutement <jobs@faucon.example>", rejection=True)
test_fr_familiar_look_alikes = letters_test(FR_TU_LOOK_ALIKES, "Recrutement <jobs@faucon.example>", rejection=False)
test_de_familiar = letters_test(slotted("Deine Bewerbung als UX Designer", DE_DU_LETTER, DE_DU_SENTENCES),
                                "Recruiting <jobs@falke.example>", rejection=True)
test_de_familiar_look_alikes = letters_test(DE_DU_LOOK_ALIKES, "Recruiting <jobs@falke.example>", rejection=False)


ES_TU_LETTER = "Hola Sam,\n\ngracias por dedicarnos tu tiempo. {}\n\nUn abrazo,\nLeire, Talento en Halcón"
ES_TU_SENTENCES = [
    "El feedback de las entrevistas no ha sido lo bastante positivo para seguir.",
    "Hemos congelado la posición de forma indefinida y cerrado todas las candidaturas.",
    "Esta vez no ha habido match.",
    "Eras un candidato sólido, pero al final no el fit adecuado.",
    "No vamos a programar más entrevistas.",
    "Hemos decidido ir en otra dirección.",
    "Aquí termina el camino para tu candidatura.",
    "El equipo sintió que tus habilidades no encajaban del todo con el rol.",
    "No ha podido ser, lo siento.",
    "Por desgracia, no formas parte de la ronda final.",
]
PT_TU_LETTER = "Olá Sam,\n\nobrigado por nos dedicares o teu tempo. {}\n\nAbraço,\nRita, Talento na Falcão"
PT_TU_SENTENCES = [
    "O feedback das entrevistas não foi positivo o suficiente para continuar.",
    "Eras um candidato sólido, mas no final não o fit certo.",
    "Não vamos marcar mais entrevistas.",
    "Aqui termina o caminho para a tua candidatura.",
    "Não deu, lamento.",
    "Infelizmente, não fazes parte da ronda final.",
]
FAMILIAR_LOOK_ALIKES = [  # (sender, subject, body)
    ("Talento <jobs@halcon.example>", "Tu candidatura",
     ES_TU_LETTER.format("No vamos a programar más entrevistas hasta enero; te escribimos entonces.")),
    ("Talento <jobs@falcao.example>", "A tua candidatura",
     PT_TU_LETTER.format("Não vamos marcar mais entrevistas até janeiro; falamos nessa altura.")),
    ("Recrutement <jobs@faucon.example>", "Ta candidature",
     "Bonjour Sam,\n\nnous avions proposé le poste à une autre candidate, mais elle a finalement refusé. Es-tu "
     "toujours intéressé ?\n\nLéa"),
    ("Recruiting <jobs@falke.example>", "Deine Bewerbung",
     "Hallo Sam,\n\nwir hatten die Stelle einer anderen Kandidatin angeboten, sie hat aber abgesagt. Bist du noch "
     "interessiert?\n\nLena"),
    ("Talento <jobs@halcon.example>", "Tu candidatura",
     "Hola Sam,\n\nle habíamos ofrecido el puesto a otra candidata, pero lo ha rechazado. ¿Te sigue "
     "interesando?\n\nLeire"),
    ("Talento <jobs@halcon.example>", "Tu candidatura",
     ES_TU_LETTER.format("Hemos hecho una oferta a otro candidato, pero la ha rechazado. ¿Sigues interesado en el "
                         "puesto?")),
    ("Talento <jobs@falcao.example>", "A tua candidatura",
     PT_TU_LETTER.format("Fizemos uma proposta a outro candidato, mas ele recusou. Ainda tens interesse na vaga?")),
]
STILL_REJECTIONS = [  # the same words in a real no: an interest in OTHER posts, no question to the reader
    ("Recruiting <jobs@falke.example>", "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nwir haben uns für eine andere Bewerberin entschieden und Ihre Bewerbung "
     "abgelehnt. Falls Sie noch Interesse an anderen Stellen haben, schauen Sie auf unsere Karriereseite.\n\nGrüße"),
    ("Talento <jobs@halcon.example>", "Tu candidatura",
     "Hola Sam,\n\nhemos elegido a otra candidata; tu candidatura ha sido rechazada. Si te sigue interesando "
     "trabajar con nosotros, mira nuestra web.\n\nLeire"),
]

test_es_familiar = letters_test(slotted("Tu candidatura - UX Designer", ES_TU_LETTER, ES_TU_SENTENCES),
                                "Talento <jobs@halcon.example>", rejection=True)
test_pt_familiar = letters_test(slotted("A tua candidatura - UX Designer", PT_TU_LETTER, PT_TU_SENTENCES),
                                "Talento <jobs@falcao.example>", rejection=True)


test_familiar_look_alikes = mails_test(FAMILIAR_LOOK_ALIKES, rejection=False)


test_an_interest_in_other_posts_is_still_a_rejection = mails_test(STILL_REJECTIONS, rejection=True)


NOT_IN_YOUR_FAVOUR = [  # (sender, subject, body)
    ("RH <rh@boreal.example>", "Votre entretien du 12 mars",
     "Bonjour Monsieur Rivera,\n\nmerci encore d'être venu jusqu'à Lyon. Vos frais de déplacement vous seront "
     "remboursés ; merci de nous envoyer vos justificatifs avant la fin du mois.\n\nL'échange avec Mme Keller et "
     "M. Brandt a été très agréable. Au terme de l'ensemble des entretiens, la décision n'a toutefois pas été en votre "
     "faveur.\n\nNous vous souhaitons une bonne continuation.\n\nCordialement,\nService RH"),
    ("RRHH <rrhh@brisa.example>", "Tu entrevista del 12 de marzo",
     "Hola Sam:\n\nMuchas gracias por venir hasta Madrid. Te reembolsaremos los gastos de viaje; envíanos los "
     "justificantes antes de fin de mes.\n\nLa conversación con Marta y Jorge fue muy agradable. Tras terminar todas "
     "las entrevistas, la decisión no ha sido a tu favor.\n\nTe deseamos mucha suerte.\n\nUn saludo,\nRRHH"),
]
NOT_IN_YOUR_FAVOUR_LOOK_ALIKES = [
    ("Cabinet Dupont <contact@dupont-avocats.example>", "Votre dossier",
     "Bonjour,\n\nla décision du tribunal n'a pas été en votre faveur ; nous pouvons faire appel.\n\nMaître Dupont"),
    ("Seguros Sol <atencion@segurossol.example>", "Tu reclamación",
     "Hola Sam,\n\nla resolución de tu reclamación no ha sido a tu favor.\n\nAtención al cliente"),
]


test_a_decision_not_in_your_favour = mails_test(NOT_IN_YOUR_FAVOUR, rejection=True)


test_a_decision_not_in_your_favour_about_no_job = mails_test(NOT_IN_YOUR_FAVOUR_LOOK_ALIKES, rejection=False)


NOT_A_JOB_PLACES = [  # (sender, subject, body)
    ("Mentoring <mentoring@association.example>", "Mentorship programme",
     "Hi Sam,\n\nunfortunately your application to the mentorship programme was not selected this year.\n\n"
     "The Mentoring Team"),
    ("Mentoring <mentoring@verein.example>", "Mentoring-Programm",
     "Hallo Sam,\n\nleider wurde deine Bewerbung für unser Mentoring-Programm nicht ausgewählt.\n\nDas Team"),
    ("Mentorat <mentorat@asso.example>", "Programme de mentorat",
     "Bonjour Sam,\n\nmalheureusement ta candidature au programme de mentorat n'a pas été retenue.\n\nL'équipe"),
    ("Mentoría <mentoria@asociacion.example>", "Programa de mentoría",
     "Hola Sam,\n\nlamentablemente tu candidatura al programa de mentoría no ha sido seleccionada.\n\nEl equipo"),
    ("Mentoria <mentoria@associacao.example>", "Programa de mentoria",
     "Olá Sam,\n\ninfelizmente a sua candidatura ao programa de mentoria não foi selecionada este ano.\n\n"
     "Equipa Mentoria"),
    ("Residency <residency@artscentre.example>", "Artist residency",
     "Dear Sam,\n\nwe regret to inform you that your application for the summer artist residency was "
     "unsuccessful.\n\nThe Residency Committee"),
    ("Intl Office <intl@uni.example>", "Erasmus",
     "Dear Sam,\n\nyour application for the exchange programme in Lisbon was not successful.\n\nInternational Office"),
    ("Bootcamp <team@bootcamp.example>", "Bootcamp",
     "Hallo Sam,\n\nleider hat deine Bewerbung für das Coding-Bootcamp diesmal nicht geklappt.\n\n"
     "Dein Bootcamp-Team"),
    ("RI <ri@univ.example>", "Programme Erasmus",
     "Bonjour Sam,\n\nta candidature au programme d'échange n'a pas été retenue.\n\n"
     "Service des relations internationales"),
    ("Pedro <pedro@headhunt.example>", "Vi o seu perfil",
     "Olá Sam,\n\nvi o seu perfil no LinkedIn. A vaga de que falámos no ano passado foi preenchida, mas tenho agora "
     "outra que encaixa bem consigo. Podemos falar?\n\nPedro, recrutador"),
]
MENTOR_JOBS = [
    ("HR <jobs@youthcharity.example>", "Mentor role",
     "Hi Sam,\n\nthank you for applying for the paid Mentor role on our youth programme. Unfortunately we have "
     "decided not to progress your application.\n\nHR"),
    ("Ana Martins <ana.martins@lusomar.example>", "Re: Analista de Dados",
     "Olá Sam,\n\neste trimestre lançámos um programa de mentoria interno e recebemos muitas candidaturas para as "
     "nossas vagas.\n\nO seu processo de recrutamento para Analista de Dados foi descontinuado.\n\nAna Martins"),
]


test_a_mentoring_place_or_outreach_is_no_rejection = mails_test(NOT_A_JOB_PLACES, rejection=False)


test_a_mentor_job_or_a_programme_in_the_news_stays_a_rejection = mails_test(MENTOR_JOBS, rejection=True)


NL_LETTER = "Hoi Sam,\n\nbedankt voor je tijd. {}\n\nGroetjes,\nLotte, Talent bij Valk"
NL_SENTENCES = [
    "Andere kandidaten sprongen er in deze fase duidelijker uit.",
    "Helaas is je ervaring net niet voldoende voor deze functie.",
    "Je wordt helaas geen onderdeel van ons team.",
    "Andere profielen sloten beter aan bij wat we zoeken.",
    "We zijn verdergegaan met een kandidaat met meer ervaring in de sector.",
    "We hebben de rol voor onbepaalde tijd bevroren en alle sollicitaties gesloten.",
    "We hebben besloten je sollicitatie te sluiten.",
    "We plannen geen verdere gesprekken in.",
    "Hier eindigt de weg voor je sollicitatie.",
    "Het team vond dat je vaardigheden niet helemaal bij de rol pasten.",
    "Het is deze keer niet gelukt, sorry.",
    "We hebben onze stagiair voor dit najaar al gevonden. Succes met zoeken!",
]
NL_LOOK_ALIKES = [  # (sender, subject, body)
    ("Lotte <lotte@valk.example>", "Zaterdag",
     "Hoi Sam,\n\nwe hebben een invaller gevonden voor je zaterdagdienst, geniet van je vrije dag!\n\nLotte"),
    ("Bezorg <service@bezorg.example>", "Levering",
     "Beste klant,\n\nhet is deze keer niet gelukt om uw pakket op tijd te bezorgen.\n\nKlantenservice"),
    ("Recruitment <jobs@valk.example>", "Je sollicitatie",
     "Hoi Sam,\n\nandere kandidaten sprongen eruit in de schriftelijke test, maar we nodigen je graag uit voor het "
     "laatste gesprek.\n\nLotte"),
    ("Recruitment <jobs@valk.example>", "Je sollicitatie",
     "Hoi Sam,\n\nje ervaring is nog niet voldoende voor de seniorrol, maar we willen je graag spreken over de "
     "medior functie.\n\nLotte"),
    ("Recruitment <jobs@valk.example>", "Je sollicitatie",
     NL_LETTER.format("We plannen geen verdere gesprekken in tot januari; we laten dan van ons horen.")),
    ("Recruitment <jobs@valk.example>", "Je sollicitatie",
     NL_LETTER.format("Je wordt pas onderdeel van ons team als het contract maandag getekend is - welkom!")),
]

test_nl_round_20 = letters_test(slotted("Je sollicitatie - UX Designer", NL_LETTER, NL_SENTENCES),
                                "Recruitment <jobs@valk.example>", rejection=True)


test_nl_round_20_look_alikes = mails_test(NL_LOOK_ALIKES, rejection=False)


EN_LETTER = "Hi Sam,\n\nthanks so much for your time. {}\n\nCheers,\nLeah, Talent at Falcon"
EN_SENTENCES = [
    "The process has now closed without your application being selected.",
    "Other candidates stood out more strongly at this stage.",
    "Unfortunately, your experience isn't quite enough for this role.",
    "You won't be joining the team this time.",
    "Other profiles were a closer fit for what we need.",
    "The interview feedback wasn't strong enough for us to continue.",
    "This is where the road ends for your application.",
    "Unfortunately you're not part of the final round.",
]
EN_LOOK_ALIKES = [  # (sender, subject, body)
    ("Talent <jobs@falcon.example>", "Your application",
     EN_LETTER.format("We won't be scheduling any further interviews until January; we'll be in touch then.")),
    ("Leah <leah@falcon.example>", "Team call",
     "Hi Sam,\n\nif you won't be joining the team call on Friday, let me know.\n\nLeah"),
    ("Talent <jobs@falcon.example>", "Welcome",
     "Hi Sam,\n\nyou won't be joining the team until your contract is signed on Monday - welcome aboard!\n\nLeah"),
    ("Talent <jobs@falcon.example>", "Your application",
     "Hi Sam,\n\nother candidates stood out in the written test, but we'd still love to invite you to the final "
     "interview.\n\nLeah"),
    ("Talent <jobs@falcon.example>", "Your application",
     "Hi Sam,\n\nyou're not in the final round yet: one more test first. Good luck!\n\nLeah"),
    ("Careers Pod <news@careerspod.example>", "Podcast",
     "This week on the podcast: why your experience isn't enough, and what to do about it."),
]

test_en_round_20 = letters_test(slotted("Your application - UX Designer", EN_LETTER, EN_SENTENCES),
                                "Talent <jobs@falcon.example>", rejection=True)


test_en_round_20_look_alikes = mails_test(EN_LOOK_ALIKES, rejection=False)
