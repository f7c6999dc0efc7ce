"""The reader took another offer and the company closes their application: the reader's own withdrawal, which the
issue lists as no rejection. German, French and Portuguese letters of this kind were called rejections (0.95 to 0.99)
because the company says it closed the application. A rejection that hopes the reader finds another post stays one.
Written for this file."""

from __future__ import annotations

from labelled import letters_test

THE_READERS_OWN_CHOICE = [
    ("Re: Offer",
     "Hi Sam,\n\nThanks for letting us know you've accepted another offer. We're sorry you won't be joining us, and "
     "we've closed your application. Best of luck!\n\nDana"),
    ("Re: Angebot",
     "Hallo Sam,\n\ndanke für deine Nachricht, dass du ein anderes Angebot angenommen hast. Schade! Wir haben deine "
     "Bewerbung geschlossen.\n\nJana"),
    ("Re: Ihre Nachricht",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Rückmeldung, dass Sie sich für eine andere Stelle entschieden "
     "haben. Wir haben Ihre Bewerbung daher aus dem Verfahren genommen.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    ("Re: Offre",
     "Bonjour Sam,\n\nmerci de nous avoir prévenus que vous avez accepté une autre offre. Nous regrettons, et avons "
     "clôturé votre candidature.\n\nRH"),
    ("Re: Oferta",
     "Hola Sam,\n\ngracias por avisarnos de que has aceptado otra oferta. Lo sentimos, hemos cerrado tu candidatura."
     "\n\nRRHH"),
    ("Re: Proposta",
     "Olá Sam,\n\nobrigado por nos avisar que aceitou outra proposta. Lamentamos, e encerrámos a sua "
     "candidatura.\n\nRH"),
    ("Re: Aanbod",
     "Hoi Sam,\n\nbedankt dat je liet weten dat je een ander aanbod hebt aangenomen. Jammer! We hebben je sollicitatie "
     "afgesloten.\n\nJana"),
]

STILL_REJECTIONS = [
    ("Ihre Bewerbung",
     "Hallo Sam,\n\nleider haben wir uns für einen anderen Bewerber entschieden. Wir hoffen, Sie finden bald eine "
     "andere Stelle.\n\nJana"),
    ("Votre candidature",
     "Bonjour Sam,\n\nnous avons retenu un autre candidat. Nous espérons que vous trouverez un autre poste rapidement."
     "\n\nRH"),
    ("Tu candidatura",
     "Hola Sam,\n\nhemos elegido a otra persona. Esperamos que encuentres otro trabajo pronto.\n\nRRHH"),
    ("A sua candidatura",
     "Olá Sam,\n\nescolhemos outro candidato. Esperamos que encontre outra vaga em breve.\n\nRH"),
]

test_the_reader_took_another_offer_is_no_rejection = letters_test(
    THE_READERS_OWN_CHOICE, "Recruiting <jobs@firma.example>", rejection=False)
test_a_rejection_hoping_the_reader_finds_another_post_stays_one = letters_test(
    STILL_REJECTIONS, "Recruiting <jobs@firma.example>", rejection=True)
