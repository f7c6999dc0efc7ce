"""A prize draw or giveaway the reader "applied" to is no job: spam and phishing bait ("your application for the
iPhone giveaway has been declined - verify your account") and real contest notices, in six languages; while an
employer's rejection that mentions a giveaway elsewhere (a footer's promotion) is still one. Written for this file."""

from __future__ import annotations

from labelled import letters_test

SPAM = [
    ("Your application has been declined - action required",
     "Dear customer,\n\nYour application for the iPhone 17 giveaway has been declined due to incomplete information. "
     "Click here to verify your account within 24 hours to re-apply.\n\nRewards Team"),
    ("Application status: rejected",
     "Hello,\n\nUnfortunately your application to the Summer Sweepstakes was rejected because your details could "
     "not be confirmed. Confirm them now to keep your entry.\n\nPrize Centre"),
    ("Ihre Teilnahme am Gewinnspiel",
     "Guten Tag,\n\nleider wurde Ihre Bewerbung für unser Gewinnspiel abgelehnt, da Ihre Angaben unvollständig "
     "waren. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden.\n\nIhr Gewinnteam"),
    ("Votre candidature au tirage au sort",
     "Bonjour,\n\nNous sommes au regret de vous informer que votre candidature au tirage au sort n'a pas été "
     "retenue. Vérifiez votre compte pour participer au prochain jeu concours.\n\nService clients"),
    ("Tu solicitud para el sorteo",
     "Hola,\n\nLamentablemente tu solicitud para participar en el sorteo ha sido rechazada. Verifica tu cuenta para "
     "volver a intentarlo.\n\nEquipo de premios"),
    ("Je aanmelding voor de winactie",
     "Beste klant,\n\nHelaas is je aanmelding voor de winactie afgewezen omdat je gegevens onvolledig waren. "
     "Bevestig je account binnen 24 uur.\n\nKlantenservice"),
    ("A sua candidatura ao sorteio",
     "Olá,\n\nInfelizmente a sua candidatura ao sorteio foi recusada por dados incompletos. Confirme a sua conta "
     "nas próximas 24 horas.\n\nEquipa de prémios"),
]

REJECTIONS_WITH_A_PROMOTION = [
    ("Your application for Store Supervisor",
     "Dear Sam,\n\nThank you for applying for the Store Supervisor position at Brightmart. Unfortunately, we have "
     "decided not to progress your application.\n\nKind regards,\nBrightmart Recruitment\n\n--\nWin a £500 voucher in "
     "our summer giveaway: brightmart.example/win"),
    ("Ihre Bewerbung als Filialleiter",
     "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
     "entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nJetzt mitmachen beim großen "
     "Frühlings-Gewinnspiel!"),
]

test_prize_draw_notices_are_no_rejection = letters_test(SPAM, "Rewards <no-reply@prize-centre.example>",
                                                        rejection=False)
test_an_employers_rejection_with_a_giveaway_in_its_footer_is_one = letters_test(
    REJECTIONS_WITH_A_PROMOTION, "Careers <careers@brightmart.example>", rejection=True)
