"""Shared reading rules of round 10 (all languages).

- Apostrophes typed as a space or left out ("we won t", "couldnt", "we re", "nous n avons pas") are put back when the
  text is folded: the sloppily typed letter is decided as the carefully typed one.
- "Faute de poste disponible", "mangels Stellen", "for lack of an opening" give the reason for a decision; only a
  reply or a document the reader owes ("faute de réponse", "faute de recevoir votre diplôme") makes it a request.
- A condition that opens the sentence (verb-first "Sollten Sie", "Mocht u", "Should you", "Caso", "Si jamais", "If the
  references don't ...") makes the decision after it its consequence; on a line of its own with no full stop, it
  conditions nothing on the next line.
- A curt reply whose only job context is the title in "Re: <title>".
- Portuguese: "outro estagiário" is another person chosen; "vagas", "estágio" are job context.
- A recruiter relays the client's decision naming the reader in the third person, forwarded or in their own note.
"""

from __future__ import annotations

import pytest
from labelled import found, mail

HELLO = {"en": "Hi Sam,", "fr": "Bonjour Sam,", "de": "Hallo Sam,", "nl": "Hoi Sam,", "pt": "Olá Sam,",
         "es": "Hola Sam,"}
BYE = {"en": "Best\nDana", "fr": "Cordialement\nDana", "de": "Gruß\nDana", "nl": "Groet\nDana", "pt": "Abraço\nDana",
       "es": "Saludos\nDana"}
THANKS = {"en": "Thanks for applying for the Analyst role.", "fr": "Merci pour votre candidature au poste d'analyste.",
          "de": "Vielen Dank für Ihre Bewerbung als Analyst.", "nl": "Bedankt voor je sollicitatie als analist.",
          "pt": "Obrigado pela candidatura à vaga de analista.",
          "es": "Gracias por tu candidatura al puesto de analista."}


def letter(lang: str, text: str, thanks: bool = True) -> bytes:
    opening = THANKS[lang] + " " if thanks else ""
    return mail(f"{HELLO[lang]}\n\n{opening}{text}\n\n{BYE[lang]}\n")


# --- apostrophes typed as spaces or left out -------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Unfortunately we won t be moving forward with your application."),
    ("en", "Unfortunately we can t offer you the position."),
    ("en", "Sadly we couldn t offer you the job this time."),
    ("en", "Unfortunately we wont be moving forward with your application."),
    ("en", "We ve decided not to move forward with your application ."),
    ("en", "Unfortunately we re not able to offer you the position."),
    ("fr", "Malheureusement nous n avons pas retenu votre candidature."),
    ("fr", "Après réflexion, nous avons décidé de ne pas donner suite a votre candidature."),
    ("fr", "Votre candidature n a pas ete retenue."),
    ("de", "Leider koennen wir Ihnen keine Zusage geben."),
    ("pt", "Infelizmente a sua candidatura nao foi selecionada ."),
])
def test_a_sloppily_typed_decision_is_read_as_the_carefully_typed_one(lang: str, text: str) -> None:
    assert found(letter(lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We can t wait to meet you on Tuesday for the interview."),
    ("en", "We re moving you forward to the next round, congrats!"),
    ("fr", "Nous n avons pas encore pris de decision, nous revenons vers vous la semaine prochaine."),
    ("fr", "Les candidats dont le profil correspond seront invités à un entretien, dont vous."),
])
def test_a_sloppily_typed_invitation_or_delay_is_no_decision(lang: str, text: str) -> None:
    assert not found(letter(lang, text))


def test_french_dont_is_no_english_dont() -> None:
    from nextround.detect.text import fold
    assert fold("Les candidats dont le profil") == "les candidats dont le profil"
    assert fold("We dont have") == "we don't have"
    assert fold("nous n avons pas") == "nous n'avons pas"


# --- "for lack of": a reason, or a request -------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Faute de poste disponible, nous ne pouvons pas donner suite à votre candidature."),
    ("fr", "Faute de budget cette année, nous ne donnerons pas suite à votre candidature."),
    ("de", "Mangels freier Stellen können wir Ihre Bewerbung leider nicht berücksichtigen."),
    ("es", "Por falta de vacantes, no podemos seguir adelante con tu candidatura."),
    ("nl", "Bij gebrek aan een vacature kunnen we helaas niet verder met je sollicitatie."),
    ("pt", "Por falta de vagas, não podemos dar seguimento à sua candidatura."),
    ("en", "For lack of an open position, we are unable to move forward with your application."),
])
def test_for_lack_of_a_post_is_the_reason_for_a_decision(lang: str, text: str) -> None:
    assert found(letter(lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Faute de réponse de votre part avant vendredi, nous ne pourrons pas donner suite à votre candidature."),
    ("fr", "Faute de recevoir votre diplôme, nous ne pourrons pas donner suite à votre candidature."),
])
def test_for_lack_of_what_the_reader_owes_is_a_request(lang: str, text: str) -> None:
    """(A past decision "não foi admitida por falta de documentos" still decides: see test_detect_shared7.)"""
    assert not found(letter(lang, text))


# --- conditions that open the sentence -----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sollten Sie die Unterlagen nicht bis Freitag senden, können wir Ihre Bewerbung leider nicht "
           "berücksichtigen."),
    ("en", "Should you not send the references by Friday, we will be unable to move forward with your application."),
    ("en", "If the references don't arrive by Friday, we will be unable to move forward with your application."),
    ("pt", "Caso os documentos não cheguem até sexta, não poderemos dar seguimento à sua candidatura."),
    ("pt", "Se os documentos não chegarem até sexta, não poderemos dar seguimento à sua candidatura."),
    ("fr", "Si jamais vous ne pouvez pas envoyer le diplôme, nous ne pourrons pas donner suite à votre candidature."),
    ("fr", "Si le diplôme ne nous parvient pas, nous ne pourrons pas donner suite à votre candidature."),
    ("es", "Si los documentos no llegan antes del viernes, no podremos seguir adelante con tu candidatura."),
    ("es", "Si no recibimos tu título antes del viernes, no podremos seguir adelante con tu candidatura."),
    ("nl", "Mochten de documenten niet op tijd binnenkomen, dan kunnen we je sollicitatie helaas niet verder in "
           "behandeling nemen."),
])
def test_a_decision_after_an_opening_condition_is_its_consequence(lang: str, text: str) -> None:
    assert not found(letter(lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sollten Sie Fragen haben, rufen Sie mich gerne an\nLeider haben wir uns für eine andere Bewerberin "
           "entschieden."),
    ("en", "Should you have questions, feel free to call\nUnfortunately we have decided to move forward with another "
           "candidate for the Analyst role."),
    ("de", "Leider haben wir uns für einen anderen Bewerber entschieden. Sollten Sie Fragen haben, melden Sie sich."),
    ("nl", "Helaas hebben we gekozen voor een andere kandidaat. Mocht je vragen hebben, bel gerust."),
    ("pt", "Infelizmente optamos por outro candidato. Caso tenha dúvidas, ligue-me."),
])
def test_a_decision_beside_a_condition_still_decides(lang: str, text: str) -> None:
    assert found(letter(lang, text, thanks=False))


def test_a_condition_wrapped_over_two_lines_still_conditions() -> None:
    text = ("Sollten Sie die Unterlagen nicht bis Freitag senden, können wir\nIhre Bewerbung als Analyst leider nicht "
            "berücksichtigen.")
    assert not found(letter("de", text, thanks=False))


# --- a curt reply under "Re: <job title>" --------------------------------------------------------------------
@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Warehouse Supervisor", "Hi Sam,\n\nthanks, but we won't be taking this further.\n\nDana\n"),
    ("Re: Lagerhelfer", "Hallo Sam,\n\nleider nein, wir haben uns anders entschieden.\n\nGruß\nDana\n"),
    ("Re: Magazijnmedewerker", "Hoi Sam,\n\nhelaas gaan we niet verder met je.\n\nGroet\nDana\n"),
    ("Re: Auxiliar de armazém", "Olá Sam,\n\ninfelizmente não vamos seguir com você.\n\nAbraço\nDana\n"),
])
def test_a_curt_decision_under_a_job_title(subject: str, body: str) -> None:
    assert found(mail(body, subject=subject))


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Quarterly marketing plan", "Hi Sam,\n\nthanks, but we won't be taking this further, the budget got cut.\n\n"
                                     "Dana\n"),
    ("Re: Offerte keuken", "Hoi Sam,\n\nhelaas gaan we niet verder met de verbouwing.\n\nGroet\nDana\n"),
    # a friend who applied too guesses about their own application: no hiring side's "we"
    ("Re: Barista", "Hi Sam,\n\nno news on my side either, I think they went with someone else. You?\n\nDana\n"),
])
def test_a_curt_no_under_another_subject_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject))


# --- Portuguese: another intern, "vagas", "estágio" ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Obrigado pela candidatura ao estágio em marketing. Infelizmente decidimos avançar com outro estagiário.",
    "Obrigado pelo interesse nas nossas vagas. Infelizmente decidimos avançar com outro perfil.",
    "Obrigado pelo interesse no estágio. Infelizmente optámos por seguir com outra candidata.",
    "Agradecemos o interesse nas vagas de estágio. Infelizmente decidimos seguir com outros candidatos.",
])
def test_pt_another_intern_or_profile_chosen(text: str) -> None:
    assert found(letter("pt", text, thanks=False))


@pytest.mark.parametrize("text", [
    "Obrigado pela candidatura ao estágio em marketing. Decidimos avançar com você para a próxima fase!",
    "Sobre o projeto da loja: infelizmente decidimos avançar com outro fornecedor.",
])
def test_pt_going_ahead_with_the_reader_or_a_supplier_is_no_rejection(text: str) -> None:
    assert not found(letter("pt", text, thanks=False))


# --- the reader named in a relay -----------------------------------------------------------------------------
FWD = ("---------- Forwarded message ----------\nFrom: Olga Brandt <olga@client.example>\n"
       "To: Dana Whitfield <dana@agency.example>\nSubject: Analyst shortlist\n\n")
AGENCY = "Dana Whitfield <dana@agency.example>"


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nSorry, see below from the client.\n\n" + FWD + "Hi Dana,\n\nThanks for introducing Sam for the Analyst "
    "role. We have decided not to move forward with Sam.\n\nOlga\n",
    "Hi Sam,\n\nUnfortunately not the news we hoped for, see below.\n\n" + FWD + "Hi Dana,\n\nThanks for the Analyst "
    "profiles. We won't be progressing Sam Rivera's application.\n\nOlga\n",
    "Hallo Sam,\n\nleider keine guten Nachrichten, siehe unten.\n\n" + FWD + "Hallo Dana,\n\ndanke für die Profile zur "
    "Stelle als Analyst. Wir haben uns gegen Herrn Rivera entschieden.\n\nOlga\n",
    "Olá Sam,\n\ninfelizmente, veja abaixo.\n\n" + FWD + "Olá Dana,\n\nobrigada pelos candidatos para a vaga de "
    "analista. Decidimos não avançar com o Sam.\n\nOlga\n",
])
def test_a_forwarded_decision_naming_the_reader(body: str) -> None:
    assert found(mail(body, subject="Fwd: Analyst shortlist", sender=AGENCY))


@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nich habe von Acme gehört: Leider hat sich der Kunde gegen Herrn Rivera entschieden, was die Stelle "
    "als Analyst angeht.\n\nGruß\nDana\n",
    "Hoi Sam,\n\nIk hoorde terug van Acme over de functie analist: de klant gaat helaas niet verder met Sam.\n\n"
    "Groet\nDana\n",
])
def test_a_recruiters_note_naming_the_reader_beside_the_client(body: str) -> None:
    assert found(mail(body, subject="Analyst bij Acme", sender=AGENCY))


@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nkurzes Update zur Stelle als Analyst: der Kunde hat sich gegen Herrn Albers entschieden, Ihr "
    "Gespräch findet also statt.\n\nGruß\nDana\n",
    "Hoi Sam,\n\nUpdate over de functie analist: de klant gaat niet verder met Priya, jouw gesprek gaat dus door.\n\n"
    "Groet\nDana\n",
    "Hoi Sam,\n\nDe klant vond Sam erg sterk in het gesprek voor de functie analist, we gaan verder met de volgende "
    "ronde.\n\nGroet\nDana\n",
])
def test_a_note_about_another_candidate_or_good_news_is_no_rejection(body: str) -> None:
    assert not found(mail(body, subject="Analyst bij Acme", sender=AGENCY))


# --- a friend relays the outcome of referring the reader -----------------------------------------------------
FRIEND = "Lena Okafor <lena.okafor@mailbox.example>"
HR = "---------- Forwarded message ----------\nFrom: Talent Team <talent@corvid.example>\nTo: Lena Okafor\n\n"


@pytest.mark.parametrize("body", [
    "Hi Sam, HR got back to me about your referral, see below. So sorry!\n\nLena\n\n" + HR + "Hi Lena, thanks for "
    "referring Sam Rivera for the Data Analyst opening. Sam was not selected after the technical round, so the "
    "process is closed.\n\nTalent Team\n",
    "Oi Sam, o RH respondeu sobre a sua indicação, veja abaixo. Sinto muito!\n\nLena\n\n" + HR + "Olá Lena, obrigado "
    "por indicar o Sam Rivera para a vaga de analista de dados. Infelizmente a candidatura não foi selecionada.\n\n"
    "Talent Team\n",
])
def test_a_friend_relays_the_outcome_of_referring_the_reader(body: str) -> None:
    assert found(mail(body, subject="Fwd: Referral update", sender=FRIEND))


def test_the_outcome_of_a_candidate_the_reader_referred_is_no_rejection() -> None:
    body = ("Hi Sam, see below about your referral.\n\nLena\n\n" + HR + "Hi Lena, thanks for passing on Sam's "
            "referral: we decided not to move forward with Priya Nair for the Data Analyst opening.\n\nTalent Team\n")
    assert not found(mail(body, subject="Fwd: Referral update", sender=FRIEND))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Erhalten wir bis Freitag keine Unterlagen, können wir Ihre Bewerbung leider nicht berücksichtigen."),
    ("de", "Liegen uns die Zeugnisse bis Freitag nicht vor, müssen wir Ihre Bewerbung leider ablehnen."),
    ("nl", "Ontvangen we je diploma niet voor vrijdag, dan kunnen we helaas niet verder met je sollicitatie."),
    ("pt", "Se por acaso você não enviar o diploma até sexta, não poderemos dar seguimento à sua candidatura."),
    ("pt", "Na falta do diploma até sexta, não poderemos dar seguimento à sua candidatura."),
])
def test_a_verb_first_or_missing_document_condition_decides_nothing(lang: str, text: str) -> None:
    assert not found(letter(lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Haben Sie vielen Dank für Ihr Interesse, leider müssen wir Ihnen eine Absage erteilen."),
    ("nl", "We hebben alle gesprekken gevoerd, dan nu het nieuws: we gaan niet verder met je sollicitatie."),
    ("pt", "Na falta de vagas, não poderemos dar seguimento à sua candidatura."),
])
def test_a_thanks_a_reason_or_a_preamble_before_the_decision_is_no_condition(lang: str, text: str) -> None:
    assert found(letter(lang, text))


def test_brazilian_chat_spelling_of_voce() -> None:
    assert found(letter("pt", "Infelizmente, não poderemos seguir com vc nesse processo."))


@pytest.mark.parametrize(("lang", "text", "decides"), [
    ("de", "Sollten Sie Fragen haben, melden Sie sich gerne – leider haben wir uns aber für jemand anderen "
           "entschieden.", True),
    ("en", "Should you want feedback, just ask - unfortunately we have decided to move forward with another candidate.",
     True),
    ("de", "Sollten Sie die Unterlagen nicht senden – dann müssen wir Ihre Bewerbung leider ablehnen.", False),
    ("de", "Sollten Sie – wider Erwarten – die Unterlagen nicht senden, müssen wir Ihre Bewerbung leider ablehnen.",
     False),
])
def test_a_dash_after_the_condition_ends_it(lang: str, text: str, decides: bool) -> None:
    assert found(letter(lang, text)) == decides


# --- a client asks the recruiter to pass the decision on to the reader -----------------------------------------
def _relay(lang: str, note: str, letter: str) -> bytes:
    marker = {"de": "---------- Weitergeleitete Nachricht ----------\nVon: Olga Brandt <olga@client.example>\n"
                    "An: Dana Whitfield <dana@agency.example>\n\n",
              "nl": "---------- Doorgestuurd bericht ----------\nVan: Olga Brandt <olga@client.example>\n"
                    "Aan: Dana Whitfield <dana@agency.example>\n\n",
              "pt": "---------- Mensagem encaminhada ----------\nDe: Olga Brandt <olga@client.example>\n"
                    "Para: Dana Whitfield <dana@agency.example>\n\n"}[lang]
    return mail(f"{note}\n\nDana\n\n{marker}{letter}\n\nOlga\n", subject="Fwd: Analyst", sender=AGENCY)


@pytest.mark.parametrize(("lang", "note", "letter"), [
    ("nl", "Hoi Sam,\n\nhelaas, zie hieronder.", "Hoi Dana,\n\nwil je Sam laten weten dat we voor de functie analist "
     "voor een andere kandidaat hebben gekozen?"),
    ("pt", "Olá Sam,\n\nsinto muito, segue abaixo.", "Olá Dana,\n\npode informar o Sam Rivera que ele não foi "
     "selecionado para a vaga de analista?"),
    ("de", "Hallo Sam,\n\nleider keine guten Nachrichten, siehe unten.", "Hallo Frau Whitfield,\n\nbitte teilen Sie "
     "Herrn Rivera mit, dass wir uns für eine andere Kandidatin für die Stelle als Analyst entschieden haben."),
])
def test_a_request_to_pass_the_decision_on_to_the_reader(lang: str, note: str, letter: str) -> None:
    assert found(_relay(lang, note, letter))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thanks for the Analyst shortlist. Could you let Priya know that we have decided not to move forward with "
           "her application?"),
    ("nl", "Bedankt voor de kandidaten voor de functie analist. Wil je Priya laten weten dat we voor een andere "
           "kandidaat hebben gekozen?"),
    ("pt", "Obrigada pelos candidatos para a vaga de analista. Pode informar a Priya que ela não foi selecionada?"),
])
def test_a_request_to_pass_a_decision_on_to_someone_else_is_no_rejection(lang: str, text: str) -> None:
    assert not found(letter(lang, text, thanks=False))


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Infelizmente vc n foi selecionado desta vez."),
    ("pt", "Infelizmente n vamos seguir com vc."),
    ("nl", "Helaas is 't niks geworden voor jou."),
])
def test_chat_spellings_are_read_as_the_words_they_stand_for(lang: str, text: str) -> None:
    assert found(letter(lang, text))


def test_chat_spellings_fold_to_the_full_words() -> None:
    from nextround.detect.text import fold
    assert fold("vc n foi selecionado") == "voce nao foi selecionado"
    assert fold("Helaas is 't niks, z'n cv") == "helaas is het niks, zijn cv"
    assert fold("Nous n avons pas") == "nous n'avons pas"


# A platform moves the application to a stage whose name is in quotes: the quoted stage is the status set on the
# reader's application, not a citation ("etapa", "fase", "stage" and "movida", "verplaatst", "verschoben"...).
@pytest.mark.parametrize("text", [
    'A sua candidatura para Analista de Dados foi movida para a etapa "Não aprovados".',
    'Your application for Support Engineer was moved to the stage "Not selected".',
])
def test_an_application_moved_to_a_quoted_rejected_stage(text: str) -> None:
    assert found(mail(text, "Update on your application", "Jobs Portal <no-reply@jobs-portal.example>"))


@pytest.mark.parametrize("text", [
    'A sua candidatura para Analista de Dados foi movida para a etapa "Entrevista com o gestor".',
    'Your application for Support Engineer was moved to the stage "Phone screen".',
])
def test_an_application_moved_to_a_quoted_next_stage_is_no_rejection(text: str) -> None:
    assert not found(mail(text, "Update on your application", "Jobs Portal <no-reply@jobs-portal.example>"))
