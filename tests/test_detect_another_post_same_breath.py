"""This post is filled, but the reader is invited for another one in the same breath: the candidacy goes on, as the
Dutch and Portuguese rules already read it ("the Berlin post is taken, but we'd like to interview you for the Hamburg
one"). German, Spanish and Portuguese letters of this kind were called rejections (0.98). A no that keeps the CV for
future posts stays a rejection. Written for this file."""

from __future__ import annotations

from labelled import letters_test

ANOTHER_POST = [
    ("Ihre Bewerbung",
     "Hallo Sam,\n\ndie Stelle in Berlin ist leider schon besetzt, aber wir möchten dich gern zum Gespräch für die "
     "Stelle "
     "in Hamburg einladen.\n\nJana"),
    ("Ihre Bewerbung als Buchhalter",
     "Sehr geehrter Herr Rivera,\n\ndie ausgeschriebene Position ist inzwischen vergeben, aber wir würden Sie gerne "
     "kennenlernen, für eine andere Stelle in unserem Controlling. Passt Ihnen Dienstag?\n\nMit freundlichen "
     "Grüßen\nHR"),
    ("Votre candidature",
     "Bonjour Sam,\n\nle poste à Lyon est déjà pourvu, mais nous aimerions vous rencontrer pour le poste à "
     "Paris.\n\nRH"),
    ("Tu candidatura",
     "Hola Sam,\n\nel puesto en Madrid ya está cubierto, pero nos gustaría entrevistarte para el de Sevilla.\n\nRRHH"),
    ("Tu candidatura a dependiente",
     "Hola Sam,\n\nla vacante de dependiente ya se ha cubierto, pero te proponemos una entrevista para otra vacante de "
     "almacén. ¿Te va bien el jueves?\n\nRRHH"),
    ("A sua candidatura",
     "Olá Sam,\n\na vaga em Lisboa já foi preenchida, mas gostaríamos de o entrevistar para a vaga no Porto.\n\nRH"),
]

STILL_NO = [
    ("Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nleider haben wir uns für einen anderen Bewerber entschieden, aber wir würden "
     "Sie gern "
     "für eine künftige Stelle berücksichtigen.\n\nHR"),
    ("Votre candidature",
     "Bonjour Sam,\n\nnous avons retenu un autre candidat, mais nous conservons votre candidature pour un futur "
     "poste.\n\n"
     "RH"),
    ("Tu candidatura",
     "Hola Sam,\n\nhemos elegido a otra persona, pero nos gustaría tenerte en cuenta para una futura vacante.\n\nRRHH"),
    ("A sua candidatura",
     "Olá Sam,\n\nescolhemos outro candidato, mas gostaríamos de o considerar para uma vaga futura.\n\nRH"),
]

test_another_post_offered_in_the_same_breath_is_no_rejection = letters_test(
    ANOTHER_POST, "Recruiting <jobs@firma.example>", rejection=False)
test_a_cv_kept_for_future_posts_stays_a_rejection = letters_test(
    STILL_NO, "Recruiting <jobs@firma.example>", rejection=True)
