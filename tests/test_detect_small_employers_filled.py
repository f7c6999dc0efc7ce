"""A small employer's short answer that the place is taken, with no decision word the rules knew: "we've already taken
on our summer staff", "ya hemos completado el equipo", "já temos a equipa completa", "nous avons déjà complété notre
équipe pour la saison", "de vakantiebanen zijn al vergeven". The letters themselves are helper co's, in
tests/test_extract_company_s19.py (19 of them were missed before, now called); here, the same words in mail that is no
rejection: the reader is the one taken on, a side for a match, a mentee, a seat at a table, a job board's digest.
Written for this file."""

from __future__ import annotations

from labelled import letters_test

LOOKALIKES = [
    ("Turno del sábado",
     "Hola Sam,\n\nya tenemos a alguien para cubrir tu turno del sábado en el trabajo, no te preocupes.\n\nLaura"),
    ("Torneio",
     "Olá Sam,\n\njá temos a equipa completa para o torneio de sábado! Traz a tua candidatura ao clube.\n\nRui"),
    ("Bienvenue",
     "Bonjour Sam,\n\nnotre équipe est désormais au complet ! Bienvenue à toi, notre nouveau développeur. Ton contrat "
     "de travail est en pièce jointe.\n\nJulie"),
    ("Welcome aboard",
     "Hi Sam,\n\nwe've already taken on our summer staff, and you're one of them! Your job starts Monday.\n\nJen"),
    ("Mentoring",
     "Hi Sam,\n\nthanks for asking about the job mentoring scheme. I'm not taking anyone on at the moment as a mentee, "
     "but try Priya.\n\nJen"),
    ("Vacatures",
     "Hoi Sam,\n\ndeze vacatures zijn al vervuld: barista, kok. Bekijk de nieuwe banen op onze site.\n\nJobbird"),
    ("Job",
     "Hi Sam,\n\nno place for you at the table on Friday, sorry, the job dinner is full!\n\nJen"),
    ("Contratação",
     "Olá Sam,\n\njá contratámos um mecânico para a tua equipa, começa segunda. Boas notícias para o teu trabalho!\n\n"
     "Rui"),
    ("¡Bienvenida a Nexo Digital!",
     "Hola Candela,\n\n¡Qué alegría que hayas aceptado la oferta de trabajo! Te esperamos el lunes. Ya hemos "
     "cerrado el "
     "proceso con el resto de candidatos.\n\nPablo"),
    ("Tu candidatura",
     "Hola Sam,\n\nya he encontrado a alguien que te puede ayudar con tu CV para el trabajo. Te paso su contacto."
     "\n\nElena"),
    ("Oferta",
     "Hola Sam,\n\nya hemos completado el equipo: ¡contigo! Bienvenido, empiezas el lunes en el trabajo.\n\nLaura"),
]

test_the_place_taken_by_the_reader_or_not_a_job_is_no_rejection = letters_test(
    LOOKALIKES, "Laura <laura@cafe.example>", rejection=False)
