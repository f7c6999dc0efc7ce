"""Quotes that a mail client marks only in HTML (Apple Mail and Thunderbird's <blockquote type="cite">, Gmail's
<blockquote class="gmail_quote">), in mail with no plain-text part and no "On ... wrote:" line above the quote: the
decision is read from the new text, not from the old mail quoted under it. A <blockquote> a template indents with is
no quote. All texts are written for this file."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from labelled import found

from nextround.message import parse

READER = "Sam Rivera <sam@example.net>"

# (language, sender, subject, the new text, an old rejection from the same sender quoted under it)
REPLIES_OVER_OLD_REJECTIONS = [
    ("en", "Priya Nandakumar <priya@quayside-labs.example>", "Re: Your application - QA Engineer",
     "Hi Sam,\nA new QA Lead opening came up and I thought of you straight away. Are you free for a call on "
     "Thursday at 2pm?\nPriya",
     "Dear Sam,\nThank you for interviewing for the QA Engineer role. Unfortunately we have decided to go with "
     "another candidate.\nBest regards,\nPriya Nandakumar"),
    ("de", "Lukas Brenner <l.brenner@alpenstahl.example>", "AW: Ihre Bewerbung als Schichtleiter",
     "Hallo Herr Rivera,\nwir haben eine neue Stelle als Teamleiter Logistik ausgeschrieben. Hätten Sie Interesse "
     "an einem Gespräch am Montag?\nGruß\nLukas Brenner",
     "Sehr geehrter Herr Rivera,\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
     "entschieden haben.\nMit freundlichen Grüßen\nLukas Brenner"),
    ("fr", "Inès Garnier <ines.garnier@verrerie-sud.example>", "RE: Votre candidature - Technicien qualité",
     "Bonjour Sam,\nUn nouveau poste de technicien méthodes vient de s'ouvrir. Seriez-vous disponible mardi pour "
     "un entretien ?\nInès",
     "Bonjour Monsieur Rivera,\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n"
     "Cordialement,\nInès Garnier"),
    ("es", "Rocío Vidal <rocio@bodegas-lumbre.example>", "RE: Tu candidatura - Enólogo adjunto",
     "Hola Sam:\nSe ha abierto una nueva vacante de técnico de laboratorio. ¿Podrías venir a una entrevista el "
     "viernes?\nRocío",
     "Hola Sam:\nLamentablemente hemos decidido seguir adelante con otra persona para el puesto.\nUn saludo,\n"
     "Rocío Vidal"),
    ("nl", "Joost Verbeek <joost@fietsfabriek-noord.example>", "Re: Je sollicitatie als monteur",
     "Hoi Sam,\nEr is een nieuwe vacature voor werkplaatschef. Heb je zin om volgende week langs te komen voor een "
     "gesprek?\nJoost",
     "Beste Sam,\nHelaas hebben we gekozen voor een andere kandidaat.\nGroet,\nJoost Verbeek"),
    ("pt", "Beatriz Lobo <beatriz@mare-alta.example>", "RE: Candidatura - Assistente de logística",
     "Olá Sam,\nAbriu uma nova vaga de coordenador de armazém. Pode vir a uma entrevista na quarta-feira?\nBeatriz",
     "Olá Sam,\nInfelizmente decidimos avançar com outro candidato para a vaga.\nCumprimentos,\nBeatriz Lobo"),
]

# (language, sender, subject, a new rejection, the reader's own question quoted under it)
REJECTIONS_OVER_QUOTED_QUESTIONS = [
    ("en", "Owen Pike <owen@harbourbakery.example>", "Re: Baker position",
     "Hi Sam,\nSorry for the slow reply. We have filled the baker position with another applicant, so we won't be "
     "taking your application further.\nAll the best,\nOwen",
     "Hello Owen,\nI applied for the baker position two weeks ago. Is it still open?\nThanks,\nSam"),
    ("de", "Petra Seidl <petra@cafe-seidl.example>", "Re: Bewerbung Servicekraft",
     "Hallo Sam,\ndie Stelle als Servicekraft ist leider schon vergeben, wir haben uns für eine andere Bewerberin "
     "entschieden.\nViele Grüße\nPetra",
     "Hallo Frau Seidl,\nist die Stelle als Servicekraft noch frei? Ich hatte mich vor zwei Wochen beworben.\nSam"),
    ("nl", "Ruud Smit <ruud@smit-installatie.example>", "Re: Vacature servicemonteur",
     "Hoi Sam,\nDe vacature is inmiddels vervuld, we hebben voor een andere kandidaat gekozen. Succes verder!\nRuud",
     "Beste Ruud,\nIs de vacature voor servicemonteur nog open? Ik heb twee weken geleden gesolliciteerd.\nSam"),
]


def _mail(sender: str, subject: str, markup: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, READER, subject
    msg.set_content(f"<html><body>{markup}</body></html>", subtype="html")
    return bytes(msg)


def _divs(text: str) -> str:
    return "".join(f"<div>{line}</div>" for line in text.split("\n"))


QUOTE_MARKUP = {  # how each client wraps the quoted mail (no attribution line: some clients and users drop it)
    "apple": lambda old: f'<blockquote type="cite"><div>{"<br>".join(old.split(chr(10)))}</div></blockquote>',
    "thunderbird": lambda old: f'<blockquote type="cite" cite="mid:1@x.example">{_divs(old)}</blockquote>',
    "gmail": lambda old: ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                          f'border-left:1px #ccc solid;padding-left:1ex">{_divs(old)}</blockquote></div>'),
    "nested": lambda old: (f'<blockquote type="cite"><div>Thanks, noted.</div><blockquote type="cite">{_divs(old)}'
                           "</blockquote></blockquote>"),
}


@pytest.mark.parametrize("client", QUOTE_MARKUP)
@pytest.mark.parametrize(("lang", "sender", "subject", "new", "old"), REPLIES_OVER_OLD_REJECTIONS,
                         ids=[c[0] for c in REPLIES_OVER_OLD_REJECTIONS])
def test_a_new_invitation_over_a_quoted_old_rejection_is_no_rejection(lang: str, sender: str, subject: str, new: str,
                                                                      old: str, client: str) -> None:
    assert not found(_mail(sender, subject, _divs(new) + QUOTE_MARKUP[client](old)))


@pytest.mark.parametrize(("lang", "sender", "subject", "new", "old"), REPLIES_OVER_OLD_REJECTIONS,
                         ids=[c[0] for c in REPLIES_OVER_OLD_REJECTIONS])
def test_the_old_rejection_alone_is_one(lang: str, sender: str, subject: str, new: str, old: str) -> None:
    """(What the quoted letters say is a rejection when it is the mail's own text: the tests above read the quote.)"""
    assert found(_mail(sender, subject.split(": ", 1)[1], _divs(old)))


@pytest.mark.parametrize("client", QUOTE_MARKUP)
@pytest.mark.parametrize(("lang", "sender", "subject", "new", "question"), REJECTIONS_OVER_QUOTED_QUESTIONS,
                         ids=[c[0] for c in REJECTIONS_OVER_QUOTED_QUESTIONS])
def test_a_new_rejection_over_the_readers_quoted_question_is_found(lang: str, sender: str, subject: str, new: str,
                                                                   question: str, client: str) -> None:
    assert found(_mail(sender, subject, _divs(new) + QUOTE_MARKUP[client](question)))


def test_a_template_that_indents_its_letter_with_a_bare_blockquote_is_still_read() -> None:
    markup = ('<table><tr><td><img src="https://cdn.example/logo.png" alt="Ferrowind"></td></tr></table>'
              "<blockquote><p>Dear Sam,</p><p>Thank you for your interest in the Maintenance Planner role. After "
              "reviewing all applications we have decided not to progress your application.</p>"
              "<p>Kind regards,<br>Ferrowind Recruitment</p></blockquote>")
    assert found(_mail("Ferrowind Careers <no-reply@ferrowind.example>", "Maintenance Planner application", markup))


def test_the_quote_is_marked_in_the_text_a_plugin_reads() -> None:
    """The text of an HTML-only reply shows its quote as a plain-text reply does, level by level."""
    markup = (_divs("See you on Monday.\nPriya") + '<blockquote type="cite"><div>Can we meet?</div>'
              '<blockquote class="gmail_quote"><div>Sent from the portal</div></blockquote></blockquote>'
              "<p>Quayside Labs</p>")
    text = parse(_mail("Priya <priya@quayside-labs.example>", "Re: meeting", markup)).text
    assert [line for line in text.split("\n") if line.strip(" >")] == [
        "See you on Monday.", "Priya", "> Can we meet?", "> > Sent from the portal", "Quayside Labs"]


def test_a_recruiters_apple_mail_forward_of_the_clients_decision_is_still_found() -> None:
    """A forward quotes too ("Begin forwarded message:" over a <blockquote type="cite">): the decision it passes on
    is still the reader's rejection."""
    client = ("From: Hanna Vos <hanna.vos@klient-bouw.example>\nSubject: Kandidaat Sam Rivera\nDate: 12 November 2026\n"
              "To: Marco Lint <marco@staffing.example>\n\nHi Marco,\nThanks for introducing Sam. We have decided to go "
              "with another candidate for the site engineer role.\nHanna")
    markup = (_divs("Hi Sam,\nBelow the client's answer, I'm sorry. Let's keep looking.\nMarco")
              + f'<div>Begin forwarded message:</div><blockquote type="cite">{_divs(client)}</blockquote>')
    assert found(_mail("Marco Lint <marco@staffing.example>", "Fwd: Kandidaat Sam Rivera", markup))
