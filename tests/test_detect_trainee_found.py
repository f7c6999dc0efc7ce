"""Our trainee or seasonal hire already found, or every internship place gone: the search is over for the reader, as
French's "on a trouvé notre stagiaire" already read. German, Spanish and Portuguese letters of this kind were missed;
the same words that go on to name the reader as the one found, or a course's places, are no rejection. Written for this
file."""

from __future__ import annotations

from labelled import letters_test

REJECTIONS = [
    ("Praktikum",
     "Hallo Sam,\n\nleider sind alle Praktikumsplätze für dieses Jahr schon weg.\n\nViele Grüße\nAgentur Blau"),
    ("Praktikum im Sommer",
     "Hallo Sam,\n\nwir haben unseren Praktikanten für diesen Sommer schon gefunden, sorry! Vielleicht klappt es "
     "nächstes "
     "Jahr.\n\nTeam Blau"),
    ("Deine Bewerbung als Aushilfe",
     "Hi Sam,\n\ndanke für deine Bewerbung! Wir haben unsere neue Aushilfe für das Café inzwischen gefunden.\n\nLG "
     "Mona"),
    ("Prácticas de verano",
     "Hola Sam,\n\nya hemos elegido a nuestra becaria para las prácticas de este verano, ¡lo siento!\n\nEquipo Lumen"),
    ("Tu candidatura de socorrista",
     "Hola Sam,\n\ngracias por escribirnos. Ya hemos contratado a nuestros socorristas para la "
     "temporada.\n\nPiscina Azul"),
    ("Estágio",
     "Olá Sam,\n\njá escolhemos o nosso estagiário para este verão, obrigado pelo interesse!\n\nEquipa Norte"),
    ("Candidatura a trabalho sazonal",
     "Olá Sam,\n\nobrigada pela candidatura. Já contratámos os nossos sazonais para a época.\n\nHotel Mar"),
]

LOOKALIKES = [
    ("Praktikum", "Hallo Sam,\n\nwir haben unsere neue Praktikantin gefunden: dich! Willkommen im Team.\n\nTeam Blau"),
    ("Prácticas de verano",
     "Hola Sam,\n\nya hemos elegido a nuestro becario para este verano: ¡eres tú! Te llamamos mañana.\n\nEquipo Lumen"),
    ("Estágio", "Olá Sam,\n\njá escolhemos o nosso estagiário para este verão e és tu! Parabéns.\n\nEquipa Norte"),
    ("Curso de verano",
     "Hola Sam,\n\nlas plazas del curso de verano ya están todas ocupadas, lo sentimos.\n\nAcademia Sol"),
]

test_a_trainee_or_seasonal_hire_already_found_is_a_rejection = letters_test(
    REJECTIONS, "Recruiting <jobs@firma.example>", rejection=True)
test_the_reader_found_or_a_course_full_is_no_rejection = letters_test(
    LOOKALIKES, "Recruiting <jobs@firma.example>", rejection=False)
