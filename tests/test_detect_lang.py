"""The language a mail is read in decides which phrase families are tried: a short Flemish or informal Dutch note read
as English or Portuguese is a rejection missed."""

from __future__ import annotations

import pytest
from labelled import found, mail

from nextround.detect.lang import detect
from nextround.detect.text import fold

FLEMISH_NOTES = [
    "Dag Pieter-Jan,\n\nGe zijt nie weerhouden, spijtig. Volgende keer beter!\n\nGroetjes,\nEvi",
    "Hoi Lies,\n\nOnze zaakvoerder heeft besloten om niemand aan te werven deze zomer. Jammer!\n\nGroeten,\nBram",
    "Dag Sofie,\n\nGij zijt een sterke kandidaat maar ik heb iemand anders gekozen. Spijtig!\n\nGroetjes\nWard",
]


@pytest.mark.parametrize("body", FLEMISH_NOTES)
def test_short_flemish_notes_are_read_as_dutch_and_found(body: str) -> None:
    assert detect(fold(body)) == "nl"
    assert found(mail(body, subject="Re: job", sender="Evi Claes <evi@frituur-evi.example>"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Thanks Dan, we will keep your application on file and get back to you next week.", "en"),
    ("Convocatoria: oficial de mantenimiento (OM-07). Resultado: no apto. Para cualquier consulta, dirijase al "
     "consorcio.", "es"),
    ("Wir haben uns leider für eine andere Bewerbung entschieden. Viele Grüße", "de"),
])
def test_other_languages_keep_their_reading(text: str, lang: str) -> None:
    assert detect(fold(text)) == lang
