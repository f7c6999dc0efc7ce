"""An agency's forward of the client's no, written by Apple Mail in the reader's language: its marker has no dashes
and is localised ("Anfang der weitergeleiteten Nachricht:", "Début du message réexpédié :", "Inicio del mensaje
reenviado:", "Início da mensagem reencaminhada:"). Only the English "Begin forwarded message:" was known, so in
German, French, Spanish and Portuguese the forwarded header block read as a reply's quote and the client's decision
was dropped (no decision found). In English the client's "his application" (the reader, named in the third person)
made the relay read as the reader on the hiring side, and in Dutch "zijn sollicitatie" was no one's: the relay now
reads "his / her application", "zijn / haar sollicitatie" and "seine Bewerbung" as the reader's, whichever client
wrote the forward. All letters are written for this file."""

from __future__ import annotations

import pytest
from labelled import found, mail

from nextround.detect.reading import forward_shapes
from nextround.detect.text import FORWARD_MARK

AGENCY = "Alex Moore <alex@brightstaffing.example>"
SUBJECT = "Fwd: Candidate Sam Rivera"

FORWARDS = {  # language: (Apple's marker, the agency's note, the client's letter)
    "en": ("Begin forwarded message:", "Hi Sam, sorry - see below from the client.\n\nAlex",
           "From: Hiring <hr@client.example>\nSubject: Candidate Sam Rivera\nDate: 3 March 2026\n\nDear Alex,\n\n"
           "thank you for presenting Sam Rivera. We have decided not to move forward with his application for the "
           "analyst role.\n\nBest,\nNorthwind HR"),
    "de": ("Anfang der weitergeleiteten Nachricht:", "Hallo Sam, leider schlechte Nachrichten, siehe unten.\n\nAlex",
           "Von: Personal <hr@kunde.example>\nBetreff: Kandidat Sam Rivera\nDatum: 3. März 2026\n\nHallo Alex,\n\n"
           "danke für den Vorschlag. Wir haben uns gegen die Bewerbung von Herrn Rivera als Analyst entschieden.\n\n"
           "Grüße\nKranich AG"),
    "fr": ("Début du message réexpédié :", "Bonjour Sam, désolé, voici la réponse du client.\n\nAlex",
           "De : RH <rh@client.example>\nObjet : Candidat Sam Rivera\nDate : 3 mars 2026\n\nBonjour Alex,\n\nmerci "
           "pour la présentation. Nous ne donnerons pas suite à la candidature de M. Rivera pour le poste "
           "d'analyste.\n\nCordialement,\nAubépine SAS"),
    "es": ("Inicio del mensaje reenviado:", "Hola Sam, lo siento, mira la respuesta del cliente.\n\nAlex",
           "De: RRHH <rrhh@cliente.example>\nAsunto: Candidato Sam Rivera\nFecha: 3 de marzo de 2026\n\nHola Alex,\n\n"
           "gracias por presentarnos a Sam Rivera. Hemos decidido no seguir adelante con su candidatura para el puesto "
           "de analista.\n\nUn saludo,\nBrisa"),
    "nl": ("Begin doorgestuurd bericht:", "Hoi Sam, helaas, zie hieronder het antwoord van de klant.\n\nAlex",
           "Van: HR <hr@haven.example>\nOnderwerp: Kandidaat Sam Rivera\nDatum: 3 maart 2026\n\nBeste Alex,\n\n"
           "bedankt voor het voorstellen van Sam Rivera. We gaan niet verder met zijn sollicitatie voor de functie van "
           "analist.\n\nGroet,\nHaven BV"),
    "pt": ("Início da mensagem reencaminhada:", "Olá Sam, lamento, vê abaixo a resposta do cliente.\n\nAlex",
           "De: RH <rh@cliente.example>\nAssunto: Candidato Sam Rivera\nData: 3 de março de 2026\n\nOlá Alex,\n\n"
           "obrigado por nos apresentar o Sam Rivera. Decidimos não avançar com a candidatura dele para a função de "
           "analista.\n\nCumprimentos,\nMaresia"),
}


@pytest.mark.parametrize("lang", sorted(FORWARDS))
def test_an_apple_forward_of_the_clients_no_is_a_rejection(lang: str) -> None:
    marker, note, letter = FORWARDS[lang]
    assert found(mail(f"{note}\n\n{marker}\n\n{letter}", SUBJECT, AGENCY))


@pytest.mark.parametrize("lang", sorted(FORWARDS))
def test_the_localised_marker_is_read_as_a_forward(lang: str) -> None:
    marker, note, letter = FORWARDS[lang]
    assert FORWARD_MARK in forward_shapes(f"{note}\n\n{marker}\n\n{letter}", SUBJECT)


def test_the_words_in_a_sentence_are_no_marker() -> None:
    text = "Olá Sam, segue a mensagem encaminhada pelo cliente, com os detalhes da entrevista de terça."
    assert forward_shapes(text, "Entrevista") == text


def test_a_dashed_forward_of_the_clients_dutch_no_about_his_application() -> None:
    _marker, note, letter = FORWARDS["nl"]
    assert found(mail(f"{note}\n\n---------- Forwarded message ---------\n{letter}", SUBJECT, AGENCY))
