"""Mail about someone else's rejection, in English, German, French, Spanish, Dutch and Portuguese: a friend telling
of their own ("they chose someone else. I'm gutted. Dinner tonight?"; not yet in English and Dutch), the outcome for a
person the reader recommended ("thanks for the recommendation!") or, as a recruiter, put forward, and an interview slot
given to another candidate. Each was called a rejection at 0.52 to 0.99. Rejections that say the writer's own sadness
to the reader, that name a referral the reader came through, or that an agency relays with "they", stay rejections; so
does a French subject that says the verdict ("Votre candidature : suite défavorable"), which was missed. Written for
this file."""

from __future__ import annotations

from labelled import letters_test

FRIENDS = [
    ("Die Stelle bei Acme",
     "Hey Sam,\n\nerinnerst du dich an die Stelle bei Acme, von der ich dir erzählt habe? Die haben sich für jemand "
     "anderen "
     "entschieden. Ich bin echt traurig. Bier heute Abend?\n\nTom"),
    ("Re: wie lief's?",
     "Hi Sam,\n\nnicht so gut leider. Die Agentur hat mir gestern abgesagt, sie nehmen eine Kandidatin mit mehr "
     "Erfahrung. Naja, weiter geht's. Sehen wir uns am Samstag?\n\nLG Mia"),
    ("Le poste chez Acme",
     "Salut Sam,\n\ntu te souviens du poste chez Acme ? Ils ont choisi quelqu'un d'autre. Je suis complètement "
     "dégoûté. "
     "On se voit ce soir ?\n\nTom"),
    ("Re: ton entretien ?",
     "Coucou Sam,\n\nbon, ils m'ont recalé : ils ont retenu une candidate avec plus d'expérience pour le poste. Je "
     "suis "
     "un peu déçue mais ça ira. Bisous,\n\nLéa"),
    ("La vacante de Acme",
     "Hola Sam,\n\n¿te acuerdas de la vacante en Acme? Han elegido a otra persona para el puesto. Estoy fatal. "
     "¿Cenamos mañana?\n\nPablo"),
    ("Re: ¿qué tal la entrevista?",
     "Hola Sam,\n\nal final no me cogieron, se quedaron con un candidato que ya conocían. En fin, a seguir buscando. "
     "¡Nos vemos el sábado!\n\nLucía"),
    ("A vaga na Acme",
     "Olá Sam,\n\nlembras-te da vaga na Acme de que te falei? Escolheram outra pessoa para o lugar. Estou arrasado. "
     "Jantamos amanhã?\n\nPedro"),
    ("Re: a entrevista",
     "Oi Sam,\n\nficaram com outro candidato para o cargo. Estou mesmo em baixo, mas bola para a frente. Beijinhos,\n\n"
     "Marta"),
    # (session 21: "the job at Acme I told you about" is one the writer only told the reader of, not the reader's)
    ("The job at Acme",
     "Hey Sam,\n\nRemember the job at Acme I told you about? They went with another candidate. Gutted. Drinks "
     "tonight?\n\nTom"),
]

# English and Dutch friends' stories: their feelings alone are no sign ("Gutted, I know.", "Balen, ik weet het."
# are an employer's words to the reader too)
FRIENDS_KNOWN_GAPS = [
    ("De vacature bij Acme",
     "Hoi Sam,\n\nweet je nog die vacature bij Acme? Ze hebben voor iemand anders gekozen. Balen! Biertje "
     "vanavond?\n\nTom"),
]

REFERRALS = [
    ("Position filled",
     "Hi Sam,\n\nThe role you recommended Lea for has now been filled. Thanks for your help!\n\nHR"),
    ("Re: referral",
     "Hoi Sam,\n\nupdate over je vriend Tim: we hebben helaas voor een andere kandidaat gekozen. Bedankt voor de "
     "tip!\n\nJana"),
    # the reader is a recruiter whose candidate was turned down
    ("O seu candidato",
     "Olá Sam,\n\nobrigado por nos apresentar o João. Acabámos por escolher outro candidato. Obrigado pelo seu "
     "trabalho como recrutador.\n\nRH"),
    ("Re: Empfehlung",
     "Hallo Sam,\n\nkurzes Update zu deinem Freund Tim: wir haben uns leider für eine andere Kandidatin "
     "entschieden. Danke "
     "trotzdem für die Empfehlung!\n\nJana"),
    ("Stelle besetzt",
     "Hallo Sam,\n\ndie Stelle, für die du Lisa empfohlen hast, ist inzwischen besetzt. Vielen Dank für deine "
     "Hilfe!\n\n"
     "Grüße, HR"),
    ("Re: recommandation",
     "Bonjour Sam,\n\npetite nouvelle concernant ton ami Thomas : nous avons finalement retenu une autre candidate. "
     "Merci "
     "encore pour la recommandation !\n\nJulie"),
    ("Poste pourvu",
     "Bonjour Sam,\n\nle poste pour lequel vous nous aviez recommandé Léa est désormais pourvu. Merci pour votre "
     "aide.\n\n"
     "RH"),
    ("Re: recomendación",
     "Hola Sam,\n\nte cuento sobre tu amigo Pablo: al final hemos elegido a otra candidata. ¡Gracias por la "
     "recomendación!\n\nLaura"),
    ("Puesto cubierto",
     "Hola Sam,\n\nel puesto para el que nos recomendaste a Lucía ya está cubierto. ¡Gracias por tu ayuda!\n\nRRHH"),
    ("Re: indicação",
     "Olá Sam,\n\nnovidades sobre o teu amigo Pedro: acabámos por escolher outra candidata. Obrigado pela "
     "indicação!\n\n"
     "Ana"),
    ("Vaga preenchida",
     "Olá Sam,\n\na vaga para a qual indicaste a Marta já foi preenchida. Obrigada na mesma pela ajuda!\n\nRH"),
]

SLOTS = [
    ("Your interview",
     "Hi Sam,\n\nUnfortunately the Tuesday 3pm slot has already gone to another candidate. Could you pick another "
     "time?\n\nJulie"),
    ("Je gesprek",
     "Hoi Sam,\n\nhelaas is het tijdslot van dinsdag al aan een andere kandidaat gegeven. Kun je donderdag om 10 "
     "uur?\n\nJana"),
    ("Dein Gesprächstermin",
     "Hallo Sam,\n\nleider ist der Termin am Dienstag schon an einen anderen Bewerber vergeben. Kannst du "
     "stattdessen am "
     "Donnerstag um 10 Uhr?\n\nViele Grüße\nJana"),
    ("Vorstellungsgespräch",
     "Sehr geehrter Herr Rivera,\n\nder von Ihnen gewählte Termin wurde zwischenzeitlich an eine andere Kandidatin "
     "vergeben. Bitte wählen Sie über den Link einen neuen Termin.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
]

REJECTIONS = [
    ("Your application",
     "Hi Sam,\n\nI am gutted to tell you that we went with another candidate for the barista job.\n\nTom, Acme "
     "Coffee"),
    ("Your application",
     "Hi Sam,\n\nThank you for your application, which came through a referral from Priya. Unfortunately we went "
     "with another candidate.\n\nTom, Acme"),
    ("Je sollicitatie",
     "Hoi Sam,\n\nwat balen, maar we hebben voor iemand anders gekozen. Ik baal ervan dat ik je dit moet "
     "vertellen.\n\nJana, Bakkerij Korn"),
    ("Votre candidature : suite défavorable",
     "Bonjour Sam,\n\nnous vous remercions de l'intérêt porté à notre cabinet et vous souhaitons bonne "
     "continuation.\n\nRH"),
    ("Candidatura: Analista de Dados",
     "Olá Sam,\n\nobrigado por nos apresentar o seu trabalho no case de pricing. Infelizmente decidimos não avançar "
     "com a sua candidatura.\n\nRH"),
    ("Ihre Bewerbung",
     "Hallo Sam,\n\nich bin ehrlich enttäuscht, dir schreiben zu müssen, dass wir uns für eine andere Bewerberin "
     "entschieden haben. Die Stelle als Verkäuferin ist damit besetzt.\n\nJana, Bäckerei Korn"),
    ("Ihre Bewerbung als Lagerist",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung, die uns auf Empfehlung von Frau Maier erreicht "
     "hat. "
     "Leider haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\nLogistik Nord GmbH"),
    ("Votre candidature",
     "Bonjour Sam,\n\nje suis sincèrement déçue de vous annoncer que nous avons retenu un autre candidat pour le poste "
     "d'assistant commercial.\n\nJulie, Atelier Lune"),
    ("Le poste chez notre client",
     "Bonjour Sam,\n\nj'ai eu le retour de notre client : ils ont choisi un autre candidat pour le poste de "
     "comptable. Je "
     "suis déçu pour vous, votre entretien s'était bien passé.\n\nMarc, Cabinet Alpha Recrutement"),
    ("Tu candidatura",
     "Hola Sam,\n\nestoy muy triste de tener que decirte que hemos elegido a otra persona para el puesto de "
     "camarero.\n\n"
     "Laura, Café Sol"),
    ("Tu candidatura en Grupo Lince",
     "Hola Sam,\n\ngracias por tu candidatura, que nos llegó por recomendación de Marta. Lamentablemente hemos "
     "decidido "
     "continuar con otros candidatos.\n\nRRHH Grupo Lince"),
    ("A sua candidatura",
     "Olá Sam,\n\nestou muito triste por lhe dar esta notícia: escolhemos outra pessoa para a vaga de rececionista.\n\n"
     "Ana, Hotel Sol"),
    ("Candidatura: Técnico de Manutenção",
     "Olá Sam,\n\nobrigado pela sua candidatura, que chegou por indicação do Rui. Infelizmente decidimos avançar com "
     "outro candidato.\n\nRH Metalúrgica Norte"),
]

test_a_friends_own_rejection_is_no_rejection = letters_test(FRIENDS, "Friend <friend@gmail.com>", rejection=False)
test_an_english_or_dutch_friends_own_rejection_is_a_known_gap = letters_test(
    FRIENDS_KNOWN_GAPS, "Friend <friend@gmail.com>", rejection=False,
    known_gap="a friend's own no, told with 'they' and a feeling: no sign safe enough in English and Dutch")
test_the_outcome_for_a_person_the_reader_recommended_is_no_rejection = letters_test(
    REFERRALS, "Recruiting <jobs@acme.example>", rejection=False)
test_an_interview_slot_given_to_another_candidate_is_no_rejection = letters_test(
    SLOTS, "Recruiting <jobs@acme.example>", rejection=False)
test_the_writers_sadness_a_referral_or_an_agencys_they_stay_rejections = letters_test(
    REJECTIONS, "Recruiting <jobs@acme.example>", rejection=True)
