"""The role a rejection names: the job title the reader applied for, as the mail writes it, or None.

`test_dev7_role`: the role of every dev7 rejection (tests/corpus/dev7, written by other people) comes out as labelled.
The field is read whether or not the rules call the mail a rejection. Known misses are strict xfails: when one starts
passing, take it off the list.

The rest: each mechanism of the role extraction on letters of our own (in no corpus), with look-alikes next to them.
A thank-you note naming the wrong role embarrasses the user, so a subject fragment, a reference code or a status word
is never a role: None is better.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from labelled import CORPUS

from nextround.detect import classify
from nextround.detect.classifier import own_text
from nextround.detect.extract import _drop_company, drop_gender_marker, extract
from nextround.evaluate import norm
from nextround.message import parse

# --- dev7: every rejection's role ---------------------------------------------------------------------------

_NO_TITLE = "the mail names no title the rules read: only the subject or a casual word says it"
_SUBJECT_ONLY = "the subject alone is the title, with no phrase or known head noun around it"
_LONGER = "the label keeps a qualifier, a year or a programme word the extraction leaves out"
_SHORTER = "the extraction keeps a qualifier (hours, a place, a level, a year) the label leaves out"
_OTHER = "another title or word of the mail wins over the one applied for"
_LOWER_NONE = "a casual lower-case title the label leaves out (or writes differently)"
KNOWN_MISSES = {
    ("de", "0009.eml"): _SUBJECT_ONLY,
    ("de", "0031.eml"): "the company, written in the subject only as \"Pixelhain\", is not known as the company",
    ("de", "0060.eml"): "\"Bewerbung Grafikdesign\": a field of work the label does not count as a title",
    ("de", "0074.eml"): _SUBJECT_ONLY,
    ("de", "0080.eml"): _SUBJECT_ONLY,
    ("de", "0104.eml"): _OTHER,
    ("de", "0115.eml"): "\"Trainerjob\": the job word is part of the compound",
    ("de", "0118.eml"): _OTHER,
    ("en", "0034.eml"): _SHORTER,
    ("en", "0047.eml"): _SHORTER,
    ("en", "0073.eml"): _SHORTER,
    ("en", "0085.eml"): _NO_TITLE,
    ("en", "0086.eml"): _LOWER_NONE,
    ("en", "0106.eml"): _NO_TITLE,
    ("en", "0109.eml"): _NO_TITLE,
    ("en", "0110.eml"): _LOWER_NONE,
    ("en", "0114.eml"): _LONGER,
    ("es", "0005.eml"): _LONGER,
    ("es", "0042.eml"): _LONGER,
    ("es", "0046.eml"): _NO_TITLE,
    ("es", "0048.eml"): _LONGER,
    ("es", "0059.eml"): _LONGER,
    ("es", "0063.eml"): _OTHER,
    ("es", "0079.eml"): _LOWER_NONE,
    ("es", "0100.eml"): _OTHER,
    ("es", "0103.eml"): _LONGER,
    ("es", "0116.eml"): _OTHER,
    ("nl", "0007.eml"): _NO_TITLE,
    ("nl", "0028.eml"): _SHORTER,
    ("nl", "0031.eml"): _SUBJECT_ONLY,
    ("nl", "0035.eml"): _SHORTER,
    ("nl", "0045.eml"): _NO_TITLE,
    ("nl", "0068.eml"): _SHORTER,
    ("nl", "0081.eml"): _OTHER,
    ("nl", "0091.eml"): _LOWER_NONE,
    ("nl", "0107.eml"): _SUBJECT_ONLY,
    ("nl", "0130.eml"): _NO_TITLE,
    ("pt", "0018.eml"): _OTHER,
    ("pt", "0021.eml"): _SHORTER,
    ("pt", "0036.eml"): _LONGER,
    ("pt", "0096.eml"): _NO_TITLE,
    ("pt", "0121.eml"): _NO_TITLE,
    ("pt", "0136.eml"): "\"Vaga nutricionista\": the label counts no role in a casual note, the subject names one",
    ("pt", "0149.eml"): _NO_TITLE,
    ("pt", "0169.eml"): "\"vaga secretária\": the label counts no role in a casual note, the subject names one",
}


def _dev7_cases() -> list:
    cases = []
    for lang in ("de", "en", "es", "nl", "pt"):
        folder = CORPUS / "dev7" / lang
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if not label["is_rejection"]:
                continue
            reason = KNOWN_MISSES.get((lang, label["file"]))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(folder, label, id=f"dev7/{lang}/{label['file']}", marks=marks))
    return cases


@pytest.mark.parametrize(("folder", "label"), _dev7_cases())
def test_dev7_role(folder: Path, label: dict) -> None:
    message = parse((folder / "messages" / label["file"]).read_bytes())
    verdict = classify(message)
    if not verdict.is_rejection:
        extract(message, own_text(message)[0], verdict)
    assert norm("role", verdict.role) == norm("role", label["role"]), (verdict.role, label["role"])


# --- letters of our own ---------------------------------------------------------------------------------------

NO = {
    "en": "Unfortunately, we have decided not to proceed with your application.",
    "de": "Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
    "fr": "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    "es": "Lamentamos informarte de que tu candidatura no ha sido seleccionada.",
    "nl": "Helaas hebben wij besloten niet verder te gaan met je sollicitatie.",
    "pt": "Lamentamos informar que a sua candidatura não foi selecionada.",
}


def role_of(body: str, subject: str = "Your application",
            sender: str = "Talent Team <talent@harborfreightways.example>") -> str | None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Kim Ostrova <kim.ostrova@inbox.example>", subject
    msg.set_content(body)
    verdict = classify(parse(bytes(msg)))
    assert verdict.is_rejection and verdict.confidence >= 0.7, verdict.reasons
    return verdict.role


# the gender marker is a legal formality, not part of the title: the role leaves it out, the scorer ignores it

@pytest.mark.parametrize(("lang", "subject", "sentence", "want"), [
    ("de", "Ihre Bewerbung", "vielen Dank für Ihre Bewerbung als Fachinformatiker Systemintegration (m/w/d).",
     "Fachinformatiker Systemintegration"),
    ("de", "Ihre Bewerbung", "vielen Dank für Ihr Interesse an der Stelle als Steuerfachangestellte (w/m/d).",
     "Steuerfachangestellte"),
    ("fr", "Candidature - Assistant commercial H/F", "Merci de l'intérêt porté à notre entreprise.",
     "Assistant commercial"),
    ("nl", "Vacature 5521 | Magazijnmedewerker (M/V)", "Bedankt voor je interesse.", "Magazijnmedewerker"),
])
def test_the_role_leaves_the_gender_marker_out(lang: str, subject: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject=subject) == want


@pytest.mark.parametrize("title", ["Referent/in Datenschutz", "Entwickler*in Backend", "Data Engineer (Python)",
                                   "Técnico/a de Mantenimiento", "QA Engineer / Test Automation", "Fellow (Band 7)"])
def test_a_title_own_slash_or_brackets_stay(title: str) -> None:
    assert drop_gender_marker(title) == title


@pytest.mark.parametrize(("labelled", "extracted"), [
    ("Laborant (m/w/d)", "Laborant"), ("Ingénieur qualité F/H", "Ingénieur qualité"),
    ("Verkoper (M/V/X)", "Verkoper"), ("Pflegekraft (m/w/d) – Teilzeit", "Pflegekraft – Teilzeit"),
    ("Responsable d’entrepôt", "Responsable d'entrepôt"),
])
def test_the_scorer_ignores_the_gender_marker_on_both_sides(labelled: str, extracted: str) -> None:
    assert norm("role", labelled) == norm("role", extracted)
    assert norm("role", extracted) == norm("role", extracted + " (w/m/d)")


def test_the_scorer_still_tells_a_qualifier_and_a_company_apart() -> None:
    assert norm("role", "Backend Engineer (Go)") != norm("role", "Backend Engineer")
    assert norm("role", "Ingenieur/in") == "ingenieur/in"
    assert norm("company", "Hafen M/V Reederei") == "hafen m/v reederei"


# a subject fragment, a status word or a reference is never the role: None is better

@pytest.mark.parametrize(("lang", "subject"), [
    ("en", "Outcome of your application"),
    ("en", "Notification regarding your application"),
    ("en", "Re: Application"),
    ("en", "Re: Phone screen follow up"),
    ("de", "Nachfrage zu meiner Bewerbung"),
    ("de", "Ihre Bewerbung - Az. 4.1-207/25"),
    ("de", "Ihre Bewerbung - Stellenausschreibung 2025/12"),
    ("pt", "Candidatura recusada"),
    ("pt", "Candidatura espontânea"),
    ("es", "Estado de candidatura: Cerrada"),
])
def test_no_subject_fragment_as_the_role(lang: str, subject: str) -> None:
    assert role_of(f"Hello Kim,\n\n{NO[lang]}\n\nRecruiting\n", subject=subject) is None


def test_the_above_vacancy_is_no_title() -> None:
    body = f"Dear Kim,\n\nI refer to your application for the above vacancy. {NO['en']}\n\nRecruiting\n"
    assert role_of(body, subject="Notice of outcome - Vacancy Number 12/2025") is None


@pytest.mark.parametrize(("subject", "want"), [
    ("Your application - Warehouse Operative", "Warehouse Operative"),  # the look-alike with a title after the dash
    ("Re: Currículo - Técnica de Laboratório", "Técnica de Laboratório"),
])
def test_the_title_beside_a_fragment_still_counts(subject: str, want: str) -> None:
    assert role_of(f"Hello Kim,\n\n{NO['en']}\n\nRecruiting\nHarbor Freightways\n", subject=subject) == want


# what the subject writes before the title: a reference code, the talk, the procedure, a reply prefix

@pytest.mark.parametrize(("lang", "subject", "want"), [
    ("en", "JR-20417 Payroll Administrator", "Payroll Administrator"),
    ("en", "Ref: 2025/HR/118 Facilities Coordinator", "Facilities Coordinator"),
    ("nl", "Re: Gesprek Inkoper Binnendienst", "Inkoper Binnendienst"),
    ("nl", "Uitnodiging tweede gesprek Adviseur Duurzaamheid", "Adviseur Duurzaamheid"),
    ("de", "Auswahlverfahren Sachbearbeiter Vergabe - Kennziffer 7/2025", "Sachbearbeiter Vergabe"),
    ("es", "Resolución - Bolsa de Trabajo Auxiliar de Cocina", "Auxiliar de Cocina"),
    ("pt", "Resultado - Seleção Técnico de Manutenção", "Técnico de Manutenção"),
])
def test_the_lead_before_the_title_is_left_out(lang: str, subject: str, want: str) -> None:
    assert role_of(f"Hello Kim,\n\n{NO[lang]}\n\nRecruiting\n", subject=subject) == want


def test_a_number_the_procedure_names_is_no_title_but_its_bracketed_title_is() -> None:
    body = ("Estimada candidata:\n\nUna vez valorados los méritos de los aspirantes al proceso 22/2025 (Auxiliar de "
            f"Cocina), se le comunica que su candidatura ha sido desestimada. {NO['es']}\n\nUnidad de Selección\n")
    assert role_of(body, subject="Proceso de selección 22/2025 - Resultado") == "Auxiliar de Cocina"


# the sentence going on after the title

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("nl", "Wij hebben uw sollicitatie als Teamleider Logistiek goed ontvangen en bekeken.", "Teamleider Logistiek"),
    ("nl", "Voor de functie van Coördinator Facilitair hebben wij iemand anders gekozen.", "Coördinator Facilitair"),
    ("es", "Gracias por tu postulación para la vacante de Ejecutivo de Ventas y, aunque tu perfil es bueno, seguimos.",
     "Ejecutivo de Ventas"),
    ("es", "Tu candidatura al puesto de Analista de Compras finalmente no ha sido seleccionada.",
     "Analista de Compras"),
])
def test_the_title_ends_where_the_sentence_goes_on(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n") == want


# a title written in lower case after a phrase that leaves no doubt

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("nl", "Bedankt voor je sollicitatie als vrachtwagenchauffeur.", "vrachtwagenchauffeur"),
    ("nl", "Je bent niet door naar de volgende fase van de selectie voor stratenmaker.", "stratenmaker"),
    ("nl", "Wij hebben uw sollicitatie voor de functie verzorgende IG ontvangen.", "verzorgende IG"),
    ("fr", "Finalement on a trouvé quelqu'un pour le job de plongeur.", "plongeur"),
])
def test_a_lower_case_title_after_a_sure_phrase(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hoi Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Je sollicitatie") == want


@pytest.mark.parametrize("sentence", [
    "We hebben de procedure voor jou stopgezet.",
    "Je sollicitatie voor de functie is bij ons binnengekomen.",
])
def test_no_pronoun_or_verb_as_a_lower_case_title(sentence: str) -> None:
    assert role_of(f"Hoi Kim,\n\n{sentence} {NO['nl']}\n\nTeam\n", subject="Je sollicitatie") is None


# a title's own complement after a small joiner; the place after French "à" is not

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("pt", "Obrigado pela candidatura à vaga de Técnico de Suporte ao Cliente.", "Técnico de Suporte ao Cliente"),
    ("de", "vielen Dank für Ihre Bewerbung als Praktikant im Einkauf.", "Praktikant im Einkauf"),
    ("de", "vielen Dank für Ihre Bewerbung als Werkstudent im letzten Sommer.", "Werkstudent"),
    ("fr", "Merci pour votre candidature au poste de Conseiller clientèle à Lyon.", "Conseiller clientèle"),
    ("nl", "U bent niet benoemd in de functie van Medewerker Bezwaar en Beroep.", "Medewerker Bezwaar en Beroep"),
])
def test_the_title_complement(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n") == want


# the employer a phrase runs on to is not part of the title

@pytest.mark.parametrize(("role", "company", "want"), [
    ("Técnico/a de calidad de la Cooperativa Valle Verde", "Cooperativa Valle Verde", "Técnico/a de calidad"),
    ("Auxiliar administrativo del Ayuntamiento de Robledo", "Ayuntamiento de Robledo", "Auxiliar administrativo"),
    ("Cientista de Dados da Mercado Pitanga", "Mercado Pitanga Ltda", "Cientista de Dados"),
    ("Analista de Datos", "Grupo Datos", "Analista de Datos"),  # one word of the company's: the title's own
    ("Secretaris Raad van Toezicht", "Toezicht", "Secretaris Raad van Toezicht"),
])
def test_the_employer_after_the_title(role: str, company: str, want: str) -> None:
    assert _drop_company(role, company) == want


# the subject "Company | Title": the company as the subject writes it, often part of its full name

def test_the_subject_names_the_company_in_part_and_the_title() -> None:
    body = f"Olá Diego,\n\n{NO['pt']}\n\nAbraço,\nFilipe Arruda\nFundador\nGaivota Studio\n"
    assert role_of(body, subject="Gaivota | Ilustrador", sender="Filipe Arruda <filipe@gaivotastudio.example>") \
        == "Ilustrador"


# the subject alone names the title: a German compound with the job word, an application segment naming the title
# beside a qualifier, an organisation's name that is no title

@pytest.mark.parametrize(("subject", "want"), [
    ("Kellner-Job", "Kellner"),
    ("Re: Hausmeister-Stelle", "Hausmeister"),
    ("Ihre Bewerbung als Elektriker (m/w/d) - Standort Nord", "Elektriker"),
    ("Ihre Bewerbung um die Bühnenassistenz", "Bühnenassistenz"),
])
def test_the_subject_names_the_title(subject: str, want: str) -> None:
    assert role_of(f"Hallo Kim,\n\n{NO['de']}\n\nTeam\n", subject=subject) == want


def test_an_organisation_in_the_subject_is_no_title() -> None:
    body = f"Hello Kim,\n\n{NO['en']}\n\nKind regards,\nRecruiting\n"
    assert role_of(body, subject="Application status - Meridian Staffing Services") is None


@pytest.mark.parametrize(("lang", "sentence", "subject", "want"), [
    ("es", "Te informamos que la búsqueda de Analista de Reclamaciones quedó cerrada con otro perfil.",
     "Puesto de Analista", "Analista de Reclamaciones"),
    ("pt", "Agradecemos a sua participação.", "Processo seletivo Analista de Apoio a Clientes",
     "Analista de Apoio a Clientes"),
    ("pt", "Agradecemos a sua participação.", "Processo de recrutamento Caixa: não selecionado", "Caixa"),
])
def test_the_whole_title_where_a_stop_word_cut_it(lang: str, sentence: str, subject: str, want: str) -> None:
    assert role_of(f"Olá Kim,\n\n{sentence} {NO[lang]}\n\nEquipa\n", subject=subject) == want


# the step of the selection named before a lower-case title in a Dutch subject

@pytest.mark.parametrize(("subject", "want"), [
    ("Selectie vrachtwagenchauffeur", "vrachtwagenchauffeur"),
    ("Kandidatuur boekhouder", "boekhouder"),
    ("Laatste ronde hoofdredacteur", "hoofdredacteur"),
])
def test_a_dutch_subject_names_the_step_and_the_title(subject: str, want: str) -> None:
    assert role_of(f"Beste Kim,\n\n{NO['nl']}\n\nGroet,\nTeam\n", subject=subject) == want


@pytest.mark.parametrize("subject", ["Selectie afgerond", "Functie vervuld"])
def test_a_dutch_subject_naming_only_the_step_has_no_title(subject: str) -> None:
    assert role_of(f"Beste Kim,\n\n{NO['nl']}\n\nGroet,\nTeam\n", subject=subject) is None


# more phrases that leave no doubt

@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("en", "We won't be offering you the line cook job this time.", "line cook"),
    ("es", "Lamentamos que no hayas sido seleccionada para Contable Senior.", "Contable Senior"),
    ("es", "Te confirmo que no seguirás en el proceso de Jefe de Almacén.", "Jefe de Almacén"),
    ("pt", "Informamos que o seu cadastro para Enfermeiro Intensivista não foi homologado.", "Enfermeiro Intensivista"),
    ("fr", "Nous vous informons que le poste de chef de rayon pour lequel vous aviez postulé est pourvu.",
     "chef de rayon"),
    ("en", "Post: Housing Officer, Reference HO/22/7\n\nThank you for applying.", "Housing Officer"),
    ("en", "Thank you for your application for IT Service Desk Analyst.", "IT Service Desk Analyst"),
])
def test_more_phrases_naming_the_title(lang: str, sentence: str, want: str) -> None:
    assert role_of(f"Hello Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Application") == want


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Gracias por tu interés para nosotros."),  # "para" without a choice word before it
    ("en", "We won't be offering you the chance to interview."),
])
def test_look_alikes_of_those_phrases_name_no_title(lang: str, sentence: str) -> None:
    assert role_of(f"Hello Kim,\n\n{sentence} {NO[lang]}\n\nTeam\n", subject="Application") is None
