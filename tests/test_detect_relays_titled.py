"""An agency forwards its client's answer, which names the reader with a title ("wir haben uns gegen Herrn
Rivera entschieden", "la candidature de M. Rivera", "la candidatura del Sr. Rivera"), under a note that greets them the
same way ("Hallo Herr Rivera, anbei die Rückmeldung unseres Kunden. Es tut mir leid."). The greeting's name was read
as "herr", "M." was no title, "Sr." was taken for another person's name: each was missed. Written for this file."""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

AGENCY = "Anna Vogt <anna@vogt-personal.example>"


def forwarded(note: str, header: str, letter: str) -> str:
    return f"{note}\n\n{header}\n\n{letter}"


RELAYED_REJECTIONS = [
    ("WG: Ihre Bewerbung", forwarded(
        "Hallo Herr Rivera,\n\nanbei die Rückmeldung unseres Kunden zu Ihrer Bewerbung. Es tut mir leid.\n\nViele "
        "Grüße\n"
        "Anna Vogt, Personalberatung Vogt",
        "-------- Weitergeleitete Nachricht --------\nVon: Müller AG <hr@mueller.example>\nBetreff: Kandidat Rivera\n"
        "An: anna@vogt.example",
        "Hallo Frau Vogt,\n\nwir haben uns gegen Herrn Rivera entschieden, da uns die Führungserfahrung "
        "fehlt.\n\nGruß\n"
        "Müller AG")),
    ("WG: Rückmeldung Kunde", forwarded(
        "Hallo Frau Rivera,\n\nanbei die Antwort unseres Kunden. Es tut mir wirklich leid.\n\nAnna Vogt",
        "-------- Weitergeleitete Nachricht --------\nVon: Müller AG <hr@mueller.example>\nBetreff: Bewerbung Rivera\n"
        "An: anna@vogt.example",
        "Hallo Frau Vogt,\n\nwir werden die Bewerbung von Frau Rivera nicht weiter berücksichtigen.\n\nGruß\nMüller "
        "AG")),
    ("TR: Candidat Rivera", forwarded(
        "Bonjour Sam,\n\nci-dessous le retour du client sur votre candidature. Désolée.\n\nAnna",
        "---------- Message transféré ----------\nDe : Müller SA <rh@mueller.example>\nObjet : Candidat Rivera\n"
        "À : anna@vogt.example",
        "Bonjour Anna,\n\nnous ne donnerons pas suite à la candidature de M. Rivera.\n\nCordialement\nMüller SA")),
    ("RV: Candidato Rivera", forwarded(
        "Hola Sr. Rivera:\n\nle reenvío la respuesta del cliente sobre su candidatura. Lo siento mucho.\n\nAnna",
        "---------- Mensaje reenviado ---------\nDe: Müller SL <rh@mueller.example>\nAsunto: Candidato Rivera\n"
        "Para: anna@vogt.example",
        "Hola Anna:\n\nhemos decidido no seguir adelante con la candidatura del Sr. Rivera.\n\nSaludos\nMüller SL")),
    ("Fwd: Candidato Rivera", forwarded(
        "Olá Sr. Rivera,\n\nsegue abaixo a resposta do cliente sobre a sua candidatura. Lamento.\n\nAnna",
        "---------- Mensagem encaminhada ---------\nDe: Müller Lda <rh@mueller.example>\nAssunto: Candidato Rivera\n"
        "Para: anna@vogt.example",
        "Olá Anna,\n\ndecidimos não avançar com a candidatura do Sr. Rivera.\n\nCumprimentos\nMüller Lda")),
]

NOT_THE_READERS = [
    # the client wants to meet the reader; the others were turned down
    ("WG: Kandidatin Rivera", forwarded(
        "Hallo Frau Rivera,\n\nanbei die Antwort unseres Kunden: er möchte Sie gern kennenlernen! Passt Ihnen "
        "Dienstag?\n\n"
        "Anna Vogt",
        "-------- Weitergeleitete Nachricht --------\nVon: Müller AG <hr@mueller.example>\nBetreff: Bewerbung Rivera\n"
        "An: anna@vogt.example",
        "Hallo Frau Vogt,\n\nwir würden Frau Rivera gern zum Gespräch einladen. Die anderen Bewerber haben wir "
        "abgesagt.\n\n"
        "Gruß\nMüller AG")),
    # a titled name that is not the reader's stays another person's
    ("Candidatura",
     "Olá Sam,\n\ninformo que decidimos não avançar com a candidatura do Sr. Gomes que nos "
     "indicou.\n\nCumprimentos\nRH"),
]


@pytest.mark.parametrize(("subject", "body"), RELAYED_REJECTIONS, ids=ids(RELAYED_REJECTIONS))
def test_a_relayed_decision_naming_the_reader_with_a_title_is_their_rejection(subject: str, body: str) -> None:
    assert found(mail(body, subject, AGENCY))


@pytest.mark.parametrize(("subject", "body"), NOT_THE_READERS, ids=ids(NOT_THE_READERS))
def test_good_news_or_another_titled_person_is_no_rejection(subject: str, body: str) -> None:
    assert not found(mail(body, subject, AGENCY))
