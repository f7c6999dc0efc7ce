"""A post filled, said in answer to the reader: the reader wrote to ask after a post (or sent a CV, or called) and the
answer is only that the post is filled ("le poste a été pourvu", "die Stelle ist bereits besetzt", "de vacature is
vervuld"), with no word about "your application". The mail thanks the reader for their message, email, enquiry or
call, which no job alert, posting or newsletter does. Next to them look-alikes with the same states of a post: saved-job
alerts, postings, newsletters, a colleague or a hiring manager told the post is filled, the reader as the hirer, a
post not yet filled, a hiring freeze told to a colleague, a question. All texts are written for this file; none is in
a corpus.
"""

from __future__ import annotations

from labelled import letters_test

SENDER = "Marta Lindqvist <marta.lindqvist@harbourline.example>"

# The reader's enquiry about a post, answered by its state (greeting and sign-off are part of each text).
REJECTIONS = [
    # --- English
    ("Waiter position",
     "Hi Sam,\n\nThanks for your email. The waiter position has been filled.\n\nCheers,\nLuke"),
    ("Warehouse operative",
     "Hello Sam,\n\nThank you for your enquiry about the warehouse operative vacancy. I'm afraid the vacancy has now "
     "been filled.\n\nKind regards,\nPaula Grant\nGrant Logistics"),
    ("Bar staff",
     "Sam - thanks for the message. the bar job has been filled, sorry mate.\nTony"),
    ("Re: Receptionist",
     "Dear Sam,\n\nMany thanks for your note. The receptionist role has already been filled.\n\nBest wishes,\nHelen"),
    ("Summer job",
     "Hi Sam,\n\nThanks for getting in touch. All our summer positions have been filled for this year.\n\nJo\n"
     "Seaview Café"),
    # --- German
    ("Stelle als Lagerist",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Anfrage. Die Stelle als Lagerist ist bereits besetzt.\n\n"
     "Gruß\nK. Braun"),
    ("Aushilfe Service",
     "Hi Sam,\n\ndanke für deine Nachricht! Die Aushilfsstelle im Service ist schon vergeben.\n\nLG\nMelanie"),
    ("Ihre Mail",
     "Sehr geehrter Herr Rivera,\n\nherzlichen Dank für Ihre E-Mail. Die ausgeschriebene Stelle als Buchhalter "
     "wurde inzwischen besetzt.\n\nMit freundlichen Grüßen\nThomas Weber\nWeber & Söhne GmbH"),
    ("Minijob",
     "Hallo Sam,\n\ndanke für deinen Anruf gestern. Der Minijob an der Kasse ist leider schon vergeben.\n\n"
     "Grüße\nPetra"),
    ("Praktikumsstelle",
     "Guten Tag Herr Rivera,\n\nbesten Dank für Ihre Zeilen. Die Praktikumsstelle ist bereits besetzt.\n\n"
     "Freundliche Grüße\nDr. Anna Vogt"),
    # --- French
    ("Poste de réceptionniste",
     "Bonjour Sam,\n\nMerci pour votre message. Le poste de réceptionniste a été pourvu.\n\nCordialement,\n"
     "Marc Dubois"),
    ("Affichage commis",
     "Bonjour,\n\nMerci pour votre courriel. L'affichage de commis a été comblé.\n\nJulie Tremblay"),
    ("Serveur",
     "Salut Sam,\n\nmerci pour ton mail ! Le poste de serveur est déjà pourvu.\n\nBonne journée,\nKarim"),
    ("Votre demande",
     "Madame, Monsieur,\n\nNous vous remercions de votre intérêt. Merci de votre demande : le poste d'aide-comptable "
     "est désormais pourvu.\n\nService du personnel\nMairie de Saint-Aubin"),
    ("Poste de magasinier",
     "Bonjour Sam,\n\nMerci de votre appel de ce matin. Le poste de magasinier a été pourvu hier.\n\nCordialement,\n"
     "Hélène Roy"),
    # --- Spanish
    ("Puesto de camarero",
     "Hola Sam,\n\nGracias por tu correo. El puesto de camarero ya está cubierto.\n\nLuis"),
    ("Vacante de recepcionista",
     "Estimado Sam:\n\nGracias por su mensaje. La vacante de recepcionista ya ha sido cubierta.\n\nUn saludo,\n"
     "Carmen Ortega"),
    ("Dependiente",
     "Hola Sam,\n\ngracias por escribirnos. El puesto de dependiente ya está ocupado.\n\nSaludos,\nTienda Olivar"),
    ("Consulta",
     "Buenas Sam,\n\nGracias por tu consulta. La plaza de monitor ya está cubierta.\n\nUn abrazo,\nJavi"),
    ("Puesto de mozo",
     "Hola Sam,\n\nGracias por la llamada. El puesto de mozo de almacén ya está cubierto.\n\nSaludos,\nPedro Gil"),
    # --- Dutch
    ("Havenmeester",
     "Hoi Daan,\n\nBedankt voor je berichtje. De functie van havenmeester is al vergeven.\n\nGroet,\nGerrit"),
    ("Vacature kok",
     "Beste Sam,\n\nBedankt voor je mail. De vacature van kok is inmiddels vervuld.\n\nMet vriendelijke groet,\n"
     "Anouk de Wit"),
    ("Bijbaan",
     "Hey Sam,\n\ndank je wel voor je bericht! De bijbaan in de winkel is al ingevuld.\n\nGroetjes,\nIlse"),
    ("Uw vraag",
     "Geachte heer Rivera,\n\nDank u voor uw e-mail. De vacature voor administratief medewerker is vervuld.\n\n"
     "Met vriendelijke groet,\nGemeente Zandvoort\nP. Jansen"),
    ("Studentenjob",
     "Dag Sam,\n\nBedankt voor je telefoontje. De studentenjob is al vergeven.\n\nMvg\nKoen"),
    # --- Portuguese
    ("Vaga de rececionista",
     "Olá Sam,\n\nObrigado pela sua mensagem. As vagas de rececionista já foram todas preenchidas.\n\n"
     "Cumprimentos,\nRui Costa"),
    ("Vaga de vendedor",
     "Oi Sam,\n\nobrigada pelo seu email! A vaga de vendedor já foi preenchida.\n\nAbraços,\nJuliana"),
    ("Contacto",
     "Caro Sam,\n\nObrigado pelo contacto. A vaga de cozinheiro já foi preenchida.\n\nCumprimentos,\nManuel Sousa"),
    ("Vaga de estágio",
     "Prezado Sam,\n\nObrigado pela sua pergunta. A vaga de estágio já foi preenchida.\n\nAtenciosamente,\n"
     "Fernanda Lima"),
    ("Re: vaga de motorista",
     "Olá Sam,\n\nobrigado pela tua mensagem. A vaga de motorista já foi preenchida.\n\nAbraço,\nPaulo"),
]

# The same states of a post that answer no enquiry of the reader about a post of theirs.
LOOKALIKES = [
    # --- alerts about saved or followed jobs
    ("A job you saved has closed",
     "Hi Sam,\n\nThe Warehouse Operative job you saved has been filled. See similar jobs near you below.\n\n"
     "JobFinder"),
    ("Job alert: 8 new jobs",
     "Hi Sam,\n\nThanks for using JobFinder! 8 new jobs match your search. 2 jobs you saved have been filled.\n\n"
     "Manage alerts"),
    ("Une offre sauvegardée a été pourvue",
     "Bonjour Sam,\n\nL'offre Réceptionniste que vous avez sauvegardée a été pourvue. Découvrez des offres "
     "similaires.\n\nL'équipe EmploiPlus"),
    ("Una oferta guardada ya no está disponible",
     "Hola Sam,\n\nLa oferta de camarero que guardaste ya está cubierta. Mira otras ofertas parecidas.\n\n"
     "El equipo de EmpleoYa"),
    ("Een vacature die je volgde is vervuld",
     "Hoi Sam,\n\nDe vacature Kok bij Brasserie Noord die je volgde, is vervuld. Bekijk vergelijkbare vacatures.\n\n"
     "Banenbank"),
    ("A vaga que você salvou foi preenchida",
     "Olá Sam,\n\nA vaga de Vendedor que você salvou já foi preenchida. Veja vagas parecidas.\n\nEquipe VagasJá"),
    # --- postings and newsletters
    ("Newsletter: this week at Harbourline",
     "In this issue: our new warehouse opens, the receptionist post has been filled and we say goodbye to Ann.\n\n"
     "Harbourline newsletter"),
    ("Nieuwsbrief november",
     "In deze nieuwsbrief: de vacature van havenmeester is vervuld, de nieuwe steiger is klaar.\n\nZeilclub"),
    ("Poste pourvu",
     "Le poste de chargé de communication publié le 3 mars est pourvu. Merci à toutes les personnes qui ont "
     "consulté l'annonce.\n\nMairie de Saint-Aubin"),
    # --- a colleague or a hiring manager told the post is filled
    ("Stelle besetzt",
     "Liebe Kolleginnen und Kollegen,\n\nvielen Dank für eure Nachrichten. Die Stelle Key Account Manager wurde mit "
     "Frau Lorenz besetzt.\n\nBernd"),
    ("Hiring freeze",
     "Hi Tom,\n\nThanks for your note. There will be a hiring freeze until April. Existing offers are unaffected.\n\n"
     "Kwame"),
    ("Team update",
     "Hi all,\n\nThanks for your message yesterday, Priya. Good news: the analyst vacancy has been filled, Omar "
     "joins us on 1 March.\n\nRachel"),
    ("Equipo",
     "Hola a todos,\n\nGracias por vuestros mensajes. El puesto de recepción ya está cubierto: Lucía empieza el "
     "lunes.\n\nMarta"),
    ("Équipe",
     "Bonjour à tous,\n\nMerci pour vos messages. Le poste de comptable a été pourvu en interne, Nadia commence "
     "lundi.\n\nJulie"),
    ("Welkom",
     "Hoi team,\n\nDe vacature van kok is vervuld: Jeroen begint maandag. Heet hem welkom!\n\nAnouk"),
    ("Equipa",
     "Olá a todos,\n\nA vaga de motorista já foi preenchida, o Paulo começa na segunda-feira.\n\nRui"),
    # --- the reader is the hirer or a recruiter offering candidates
    ("Your vacancy",
     "Hi Sam,\n\nThanks for your email. Good to hear your bookkeeper vacancy is filled. Let me know when you are "
     "hiring again.\n\nTom Reyes\nBrightpath Recruitment"),
    ("Ihre Anzeige",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Nachricht. Schön, dass Ihre Stelle besetzt ist. Wir nehmen die "
     "Anzeige heute offline.\n\nIhr Team von Jobblatt"),
    ("Uw vacature",
     "Beste Sam,\n\nBedankt voor uw bericht. Wij halen uw vacature offline nu deze is vervuld.\n\nBanenbank"),
    # --- the post not filled (yet), or a question about it
    ("Waiter position",
     "Hi Sam,\n\nThanks for your email. The waiter position has not been filled yet, so please send your CV.\n\n"
     "Luke"),
    ("Stelle als Lagerist",
     "Hallo Herr Rivera,\n\nvielen Dank für Ihre Anfrage. Die Stelle ist noch nicht besetzt, schicken Sie uns gern "
     "Ihre Unterlagen.\n\nK. Braun"),
    ("Poste de serveur",
     "Bonjour Sam,\n\nMerci pour votre message. Le poste n'est pas encore pourvu : envoyez-nous votre CV.\n\nKarim"),
    ("Puesto de camarero",
     "Hola Sam,\n\nGracias por tu correo. El puesto todavía no está cubierto, mándanos tu currículum.\n\nLuis"),
    ("Vacature kok",
     "Beste Sam,\n\nBedankt voor je mail. De vacature is nog niet vervuld, stuur gerust je cv.\n\nAnouk"),
    ("Question",
     "Hi Marta,\n\nThanks for your message. Has the receptionist role been filled already?\n\nSam"),
    # --- "filled" and "taken" in other senses
    ("Your order",
     "Hi Sam,\n\nThanks for your email. Your prescription has been filled and is ready to collect.\n\nCity Pharmacy"),
    ("Course places",
     "Dear Sam,\n\nThank you for your enquiry. All places on the spring course have been filled.\n\nAdmissions"),
    ("Room",
     "Hi Sam,\n\nThanks for your message. Sorry, the room has been taken already.\n\nDave"),
    ("Tisch",
     "Hallo Sam,\n\ndanke für deine Nachricht. Der Tisch am Samstag ist leider schon vergeben.\n\nRestaurant Linde"),
    ("Inscription",
     "Bonjour Sam,\n\nMerci pour votre message. Les places de l'atelier sont toutes pourvues.\n\nLa bibliothèque"),
    ("Plazas",
     "Hola Sam,\n\nGracias por tu mensaje. Las plazas del curso de cocina ya están cubiertas.\n\nEscuela Sabor"),
    ("Kamer",
     "Hoi Sam,\n\nBedankt voor je bericht. De kamer is al vergeven aan een andere student.\n\nGroet,\nIlse"),
    ("Lugar no curso",
     "Olá Sam,\n\nObrigado pela sua mensagem. As vagas do curso de fotografia já foram preenchidas.\n\nEscola Luz"),
    # --- a hiring freeze, a pause or a closure said to the reader who asked
    ("Warehouse operative",
     "Hi Sam,\n\nThanks for your email. We have paused hiring for the warehouse team until spring; the post is "
     "still open and we will be in touch.\n\nPaula"),
    ("Bewerbungsfrist",
     "Hallo Sam,\n\ndanke für deine Nachricht. Die Stelle ist noch frei, die Frist endet am Freitag.\n\nMelanie"),
    ("Re: Stage",
     "Bonjour Sam,\n\nMerci pour ton mail. Le stage n'est pas encore pourvu, on en parle lundi ?\n\nKarim"),
]


# Look-alikes still called rejections, as before this file (strict: move a case up when it starts passing). Two
# decisions stack to 0.73 despite "a state of the role" (a saved-job alert, a posting's notice); a 4.0 decision in a
# notice to the hirer; "envie o seu currículo" reads as the reader's application and the negated "ainda não foi
# preenchida" still fires the decision.
LOOKALIKE_GAPS = [
    ("Stellenanzeige",
     "Diese Stelle ist bereits besetzt. Die Anzeige wird in Kürze entfernt.\n\nBraun GmbH"),
    ("Votre annonce",
     "Bonjour Sam,\n\nMerci pour votre message. Votre annonce a été retirée puisque votre poste est pourvu.\n\n"
     "L'équipe EmploiPlus"),
]


# A posting the reader only saved or looked at, and a post still open (round 16, after this file's first version: the
# first two were its known gaps)
LOOKALIKES += [
    ("Eine gemerkte Stelle ist besetzt",
     "Hallo Sam,\n\ndie Stelle Lagerist bei Braun GmbH, die du gemerkt hast, ist bereits besetzt. Hier sind ähnliche "
     "Stellen.\n\nDein Jobportal"),
    ("Vaga de vendedor",
     "Olá Sam,\n\nObrigado pela sua mensagem. A vaga ainda não foi preenchida, envie o seu currículo.\n\nJuliana"),
    ("Poste de comptable",
     "Bonjour Sam,\n\nMerci pour votre message. Le poste de comptable que vous avez consulté a été pourvu. Voici des "
     "offres similaires.\n\nL'équipe EmploiPlus"),
    ("Puesto de camarero",
     "Hola Sam,\n\nGracias por tu mensaje. El puesto de camarero que has guardado ya ha sido cubierto. Mira estas "
     "otras ofertas.\n\nEmpleoYa"),
    ("Stelle Lagerist",
     "Hallo Sam,\n\nDanke für deine Nachricht. Die Stelle Lagerist, die du dir gemerkt hast, ist leider schon vergeben."
     "\n\nDein Jobportal"),
    ("Vaga de vendedor",
     "Olá Sam,\n\nA vaga de vendedor ainda não foi preenchida. Se tiver interesse, envie o seu currículo até sexta."
     "\n\nJuliana"),
]

# ...and the post the reader applied for, filled, however long its name
REJECTIONS += [
    ("Poste de comptable",
     "Bonjour Sam,\n\nLe poste de comptable fournisseurs pour lequel vous avez postulé a été pourvu.\n\nClaire Morel\n"
     "Morel SAS"),
    ("Votre candidature",
     "Bonjour Sam,\n\nMerci pour votre intérêt. L'offre de stage en logistique à laquelle vous avez postulé est déjà "
     "pourvue.\n\nBien à vous,\nClaire Morel"),
]


test_post_filled_answer_found = letters_test(REJECTIONS, SENDER, rejection=True)
test_post_filled_lookalike_not_found = letters_test(LOOKALIKES, SENDER, rejection=False)
test_post_filled_lookalike_gap = letters_test(LOOKALIKE_GAPS, SENDER, rejection=False,
                                              known_gap="known gap: called a rejection before this file's change too")
