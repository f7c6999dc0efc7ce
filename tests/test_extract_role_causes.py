"""The role, by the cause of the misses found in mail written by others (dev8): each mechanism on letters of our own
(in no corpus), with look-alikes next to them.

A wrong title in a thank-you note embarrasses the user: where the mail names none the rules can read, None.
"""

from __future__ import annotations

import pytest
from test_extract_role import NO, role_of

from nextround.detect.extract import _drop_company

# --- a subject segment that is the notice, the step, a date or the state of the post, never a title ---------


@pytest.mark.parametrize(("lang", "subject"), [
    ("de", "Betr.: Ihre Bewerbung vom 11.02.2026"),
    ("de", "Ihre Bewerbung – März 2027"),
    ("de", "Bewerbung – aktueller Stand der Dinge"),
    ("de", "Re: Termin am Donnerstag?"),
    ("de", "Negativer Bescheid – Ihre Bewerbung"),
    ("pt", "Vaga encerrada"),
    ("pt", "Processo de selecção - prova escrita"),
    ("nl", "Sollicitatie afgewezen"),
    ("es", "Re: Disponibilidad"),
])
def test_a_notice_step_date_or_state_is_no_title(lang: str, subject: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{NO[lang]}\n\nTeam\n", subject=subject) is None


@pytest.mark.parametrize(("subject", "want"), [
    ("Ihre Bewerbung – Verwaltungsfachangestellte", "Verwaltungsfachangestellte"),
    ("Stand der Dinge – Kfz-Mechatroniker", "Kfz-Mechatroniker"),
])
def test_the_title_beside_such_a_segment_still_counts(subject: str, want: str) -> None:
    body = f"Hallo Kim,\n\n{NO['de']}\n\nMit freundlichen Grüßen\nPersonalamt\nStadt Lindau\n"
    assert role_of(body, subject=subject, sender="Stadt Lindau <personal@lindau.example>") == want


# --- the word before the title: the hiring, the post, the apprenticeship, the Portuguese "lugar" --------------


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("de", "Eine Einstellung als Zahntechnikerin ist derzeit leider nicht möglich.", "Zahntechnikerin"),
    ("de", "Für die Rolle Leiterin Controlling haben wir eine andere Wahl getroffen.", "Leiterin Controlling"),
    ("de", "Im Verfahren für den Posten einer Bibliothekarin sind Sie nicht in die engere Wahl gekommen.",
     "Bibliothekarin"),
    ("de", "Ihre Bewerbung um die Ausbildung zum Zerspanungsmechaniker können wir nicht berücksichtigen.",
     "Zerspanungsmechaniker"),
    ("de", "Wir haben uns für eine andere Bewerberin als Redakteurin entschieden.", "Redakteurin"),
    ("de", "Danke, dass du dich intern als Schichtleiter Logistik beworben hast.", "Schichtleiter Logistik"),
    ("nl", "Dank voor uw sollicitatie naar de positie van Beleidsadviseur Wonen.", "Beleidsadviseur Wonen"),
    ("nl", "Wij hebben gekozen voor een andere kandidaat voor de betrekking van boekhouder.", "boekhouder"),
    ("pt", "Informamos que a sua candidatura ao lugar de Técnica Administrativa não avançou.",
     "Técnica Administrativa"),
    ("pt", "Na seleção pública para Assistente Social, o seu nome não consta da lista.",
     "Assistente Social"),
    ("pt", "Obrigado pelo interesse no estágio em design gráfico.", "estágio em design gráfico"),
    ("pt", "Agradecemos a sua candidatura para a oportunidade de Analista de Compras.", "Analista de Compras"),
    ("es", "Gracias por postularte a la oportunidad de Diseñadora de Producto.", "Diseñadora de Producto"),
])
def test_the_word_before_the_title(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Bewerbung") == want


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Wir haben die Stelle einer Kandidatin angeboten, die schon bei uns gearbeitet hat."),
    ("de", "Die Stelle als solche bleibt vorerst unbesetzt."),
    ("pt", "Guardámos o seu contacto em lugar de destaque na nossa base de dados."),
    ("pt", "Agradecemos a oportunidade de conhecer o seu percurso."),
])
def test_look_alikes_of_those_words_name_no_title(lang: str, sentence: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Bewerbung") is None


# --- the title ends where the sentence goes on --------------------------------------------------------------


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("de", "Wir haben Ihre Bewerbung als Lagerist zur Kenntnis genommen.", "Lagerist"),
    ("de", "Für die Position Disponent haben wir Kandidaten ausgewählt, die mehr Erfahrung haben.", "Disponent"),
    ("de", "Ihre Bewerbung als Koch im Restaurant Lindenhof hat uns gefreut.", "Koch"),
    ("de", "Ihre Bewerbung als Aushilfe Wintersaison hat uns gefreut.", "Aushilfe"),
    ("nl", "Wij hebben de vacature Adviseur Inkoop intern kunnen invullen.", "Adviseur Inkoop"),
    ("nl", "Door een reorganisatie komt de vacature Beleidsmedewerker te vervallen.", "Beleidsmedewerker"),
    ("nl", "Voor de functie van Projectleider Bouw gaan we verder met een ander.", "Projectleider Bouw"),
])
def test_the_title_ends_where_the_sentence_goes_on(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Bewerbung") == want


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("de", "Ihre Bewerbung als Mitarbeiter im Kundenservice hat uns gefreut.", "Mitarbeiter im Kundenservice"),
    ("nl", "Wij hebben de vacature Medewerker Planning en Control ingevuld.", "Medewerker Planning en Control"),
])
def test_the_title_own_complement_stays(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Bewerbung") == want


# --- a status table shown line by line -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "table", "want"), [
    ("nl", "Functie\n\nMagazijnmedewerker\n\nStatus\n\nNiet geselecteerd", "Magazijnmedewerker"),
    ("pt", "Cargo\n\nAuxiliar de Limpeza\n\nSituação\n\nNão aprovado", "Auxiliar de Limpeza"),
    ("pt", "Candidatura: Motorista de Pesados\nDecisão: não selecionado", "Motorista de Pesados"),
])
def test_a_status_table_names_the_title(lang: str, table: str, want: str) -> None:
    body = f"Olá Kim,\n\n{NO[lang]}\n\n{table}\n\nObrigado.\n\nEquipa\n"
    assert role_of(body, subject="Update") == want


@pytest.mark.parametrize(("lang", "table"), [
    ("es", "Puesto\nReferencia\nEstado\n\nCerrado"),  # a header row, one name per line
    ("pt", "Candidatura: não selecionada\nData: 3 de maio"),
])
def test_a_status_table_without_a_title_names_none(lang: str, table: str) -> None:
    body = f"Hola Kim,\n\n{NO[lang]}\n\n{table}\n\nGracias.\n\nEquipo\n"
    assert role_of(body, subject="Update") is None


# --- the quoted mail names the title the short reply leaves out -----------------------------------------------


def test_the_quoted_question_names_the_title() -> None:
    body = ("Nein, leider ist die Stelle schon vergeben. Wir haben uns für jemand anderen entschieden.\n\n"
            "Gruß\nOlaf\n\nAm 02.03.2026 schrieb Kim Ostrova:\n> Guten Tag, ist die Stelle als Tischler noch frei?\n")
    assert role_of(body, subject="Re: Anfrage") == "Tischler"


def test_the_reply_own_title_wins_over_the_quoted_one() -> None:
    body = ("Die Stelle als Malerin ist leider schon vergeben. Wir haben uns für jemand anderen entschieden.\n\n"
            "Gruß\nOlaf\n\nAm 02.03.2026 schrieb Kim Ostrova:\n> Guten Tag, ist die Stelle als Tischler noch frei?\n")
    assert role_of(body, subject="Re: Anfrage") == "Malerin"


# --- the employer in brackets after the title ------------------------------------------------------------------


@pytest.mark.parametrize(("role", "company", "want"), [
    ("Rececionista (Hotel Vale Fundo)", "Hotel Vale Fundo", "Rececionista"),
    ("Data Engineer (Python)", "Lindwurm AG", "Data Engineer (Python)"),  # a qualifier of the title's own
])
def test_the_employer_in_brackets(role: str, company: str, want: str) -> None:
    assert _drop_company(role, company) == want


# --- a subject that is the title and nothing else -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "subject", "want"), [
    ("nl", "Hovenier", "Hovenier"),
    ("nl", "Re: pizzabakker", "pizzabakker"),
    ("nl", "Personal trainer", "Personal trainer"),
    ("es", "Re: soldador", "soldador"),
    ("es", "Ceramista", "Ceramista"),
    ("pt", "Cozinheira", "Cozinheira"),
])
def test_a_subject_that_is_the_title(lang: str, subject: str, want: str) -> None:
    assert role_of(f"Hola Kim,\n\n{NO[lang]}\n\nEquipo\n", subject=subject) == want


@pytest.mark.parametrize(("lang", "subject"), [
    ("nl", "Uitslag"),
    ("nl", "Technische test"),
    ("en", "Reminder"),
    ("de", "Unsere Entscheidung"),
    ("es", "Entrevista"),
    ("de", "Lindqvist Elektro"),  # a client's name ending like a title
    ("pt", "Carreira"),
])
def test_a_short_subject_that_is_no_title(lang: str, subject: str) -> None:
    assert role_of(f"Hola Kim,\n\n{NO[lang]}\n\nEquipo\n", subject=subject) is None


# --- a signer's own title is not the one applied for ----------------------------------------------------------


def test_the_signer_title_line_is_no_title() -> None:
    body = f"Olá Kim,\n\n{NO['pt']}\n\nJoão Lima\nGerente Comercial - Padaria Estrela do Norte\n"
    assert role_of(body, subject="Re: Disponibilidade para começar") is None


# --- the subject's fuller form of the title the letter writes -------------------------------------------------


@pytest.mark.parametrize(("subject", "sentence", "want"), [
    ("Deine Bewerbung als Projekt-Teamleitung", "Danke, dass du dich als Teamleitung für das Projekt beworben hast.",
     "Projekt-Teamleitung"),
    ("Ergebnis – Sachbearbeiter Bauamt (m/w/d)", "Die Stelle einer Sachbearbeiterin haben wir anders besetzt.",
     "Sachbearbeiter Bauamt"),
])
def test_the_subject_fuller_form_wins(subject: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO['de']}\n\nTeam\n", subject=subject) == want


# --- the season or the term is no title; a title that ended its line stops before the next paragraph ---------


@pytest.mark.parametrize("subject", ["Bewerbung Sommersaison", "Ihre Bewerbung – Wintersemester 2026/27"])
def test_the_season_or_the_term_is_no_title(subject: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{NO['de']}\n\nTeam\n", subject=subject) is None


def test_the_title_stops_before_the_next_paragraph_greeting() -> None:
    body = (f"Hallo Kim,\n\n{NO['de']}\n\nJana\n\nVon: Kim Ostrova\nBetreff: Bewerbung als Erzieherin\n\n"
            "Sehr geehrte Frau Berg, anbei meine Unterlagen.\n")
    assert role_of(body, subject="AW: Ihre Unterlagen") == "Erzieherin"


# a French field noun in "-ité" after the joiner is the title's, not a participle ending it

@pytest.mark.parametrize(("sentence", "want"), [
    ("Merci pour votre candidature au poste d'analyste en cybersécurité.", "analyste en cybersécurité"),
    ("Merci pour votre candidature au poste de chargé de mobilité.", "chargé de mobilité"),
])
def test_a_french_field_in_ite_stays(sentence: str, want: str) -> None:
    assert role_of(f"Bonjour Kim,\n\n{sentence} {NO['fr']}\n\nÉquipe RH\n", subject="Candidature") == want


# of two subject segments, the title is the one that is neither a sentence nor the selection itself

@pytest.mark.parametrize(("subject", "want"), [
    ("No has sido seleccionado/a - Soldador/a", "Soldador/a"),
    ("Proceso de selección - Conserje", "Conserje"),
])
def test_the_segment_beside_a_sentence_or_the_selection(subject: str, want: str) -> None:
    body = f"Hola Kim,\n\n{NO['es']}\n\nUn saludo,\nRecursos Humanos\nTalleres Ebro\n"
    assert role_of(body, subject=subject, sender="Talleres Ebro <rrhh@talleresebro.example>") == want


# a Spanish or Portuguese specialist's field right after the head is the title's; after a longer title, the place

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("es", "Gracias por tu candidatura al puesto de Técnico/a en Farmacia.", "Técnico/a en Farmacia"),
    ("es", "Gracias por tu candidatura al puesto de Especialista en Comercio Exterior.",
     "Especialista en Comercio Exterior"),
    ("es", "Gracias por tu candidatura al puesto de Técnico de Mantenimiento en Zaragoza.", "Técnico de Mantenimiento"),
    ("es", "Gracias por tu candidatura al puesto de Analista en Sevilla.", "Analista"),
    # (the complement after "a la" is the title's; a lower-case word after it is the sentence)
    ("es", "Gracias por tu candidatura al puesto de Técnico de Apoyo a la Investigación.",
     "Técnico de Apoyo a la Investigación"),
    ("es", "Gracias por tu candidatura al puesto de Técnico de Sistemas a la espera de noticias.",
     "Técnico de Sistemas"),
])
def test_the_field_after_a_specialist(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hola Kim,\n\n{sentence} {NO[lang]}\n\nEquipo\n", subject="Candidatura") == want


# a word glued to the lead, an adjective before the role noun, a person or a unit beside the title: no title

@pytest.mark.parametrize(("lang", "sentence"), [
    ("nl", "Zodra zich een nieuwe vacature voordoet, nemen we contact op."),
    ("en", "We went with someone whose experience fits this particular role better."),
])
def test_no_glued_word_or_adjective_as_the_title(lang: str, sentence: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{NO[lang]} {sentence}\n\nTeam\n", subject="Update") is None


@pytest.mark.parametrize(("lang", "subject", "unwanted"), [
    ("es", "Candidatura Jefe de Ventas - M. Ortega", "M. Ortega"),
    ("de", "Ausschreibung Wiss. Mitarbeiter/in – Institut für Geodäsie", "Institut für Geodäsie"),
])
def test_a_person_or_a_unit_beside_the_title_is_not_it(lang: str, subject: str, unwanted: str) -> None:
    assert role_of(f"Hola Kim,\n\n{NO[lang]}\n\nEquipo\n", subject=subject) != unwanted


# three lower-case words a sure phrase names are a title when a known head leads them, else a sentence

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("fr", "Votre candidature au poste d'agent technique polyvalent a retenu notre attention.",
     "agent technique polyvalent"),
    ("nl", "Wij hebben je sollicitatie als medewerker technische dienst ontvangen.", "medewerker technische dienst"),
    ("nl", "Wij hebben je sollicitatie als iets heel anders gelezen.", None),
])
def test_three_lower_case_words_led_by_a_head(lang: str, sentence: str, want: str | None) -> None:
    assert role_of(f"Bonjour Kim,\n\n{sentence} {NO[lang]}\n\nÉquipe\n", subject="Candidature") == want
