"""Good news that tells of another candidate, in German, French, Dutch, Spanish and Portuguese (English in
test_detect_slot_taken.py and test_detect_post_open_again.py): an interview slot taken by another candidate (pick
another time); the post free again, or offered to the reader after another candidate declined it; the reader chosen for
the last round together with another candidate; and the outcome of someone the reader recommended. Each was called a
rejection at 0.95-0.98. A rejection that only promises news should the post reopen, says every slot was taken and no
interview will follow, or was sent to a candidate who came recommended, stays one. Written for this file."""

from __future__ import annotations

import pytest
from labelled import found, mail

SENDER = "Priya Shah <priya@acme.example>"

GOOD_NEWS = [  # (language, subject, body)
    ("de", "Stelle wieder frei",
     "Hallo Herr Rivera,\n\nwir hatten uns zunächst für einen anderen Kandidaten entschieden, aber die Stelle ist "
     "wieder frei. Hätten Sie noch Interesse?\n\nViele Grüße\nPriya"),
    ("fr", "Entretien",
     "Bonjour Sam,\n\nLe créneau de mardi 15h a déjà été pris par un autre candidat. Pourriez-vous choisir un autre "
     "horaire ?\n\nPriya"),
    ("fr", "Le poste",
     "Bonjour Sam,\n\nNous avions d'abord retenu un autre candidat, mais le poste est de nouveau disponible. "
     "Seriez-vous toujours intéressé ?\n\nPriya"),
    ("nl", "Gesprek",
     "Hoi Sam,\n\nHet tijdslot van dinsdag 15.00 uur is helaas al door een andere kandidaat gekozen. Kun je een ander "
     "moment kiezen?\n\nPriya"),
    ("nl", "De vacature",
     "Hoi Sam,\n\nWe hadden eerst voor een andere kandidaat gekozen, maar de functie is weer vrij. Heb je nog "
     "interesse?\n\nPriya"),
    ("fr", "Bonne nouvelle",
     "Bonjour Sam,\n\nNous avions proposé le poste à un autre candidat, qui l'a décliné. Nous souhaitons donc vous "
     "proposer le poste.\n\nPriya"),
    ("nl", "Laatste ronde",
     "Hoi Sam,\n\nWe hebben jou en nog een andere kandidaat geselecteerd voor de laatste ronde.\n\nPriya"),
    ("nl", "Goed nieuws",
     "Hoi Sam,\n\nJij en een andere kandidaat gaan door naar de laatste ronde! Volgende week dinsdag om 10 uur.\n\n"
     "Priya"),
    ("es", "El puesto",
     "Hola Sam:\n\nAl principio elegimos a otro candidato, pero el puesto vuelve a estar disponible. ¿Sigues "
     "interesado?\n\nPriya"),
    ("es", "Buenas noticias",
     "Hola Sam:\n\nHabíamos ofrecido el puesto a otro candidato, pero lo ha rechazado, así que queremos ofrecértelo a "
     "ti.\n\nPriya"),
    ("pt", "Entrevista",
     "Olá Sam,\n\nO horário de terça às 15h já foi escolhido por outro candidato. Pode escolher outro horário?\n\n"
     "Priya"),
    ("pt", "A vaga",
     "Olá Sam,\n\nInicialmente escolhemos outro candidato, mas a vaga voltou a abrir. Ainda tem interesse?\n\nPriya"),
    ("de", "Ihre Empfehlung",
     "Hallo Sam,\n\ndanke für die Empfehlung von Alex. Leider haben wir uns für einen anderen Kandidaten "
     "entschieden.\n\nTalent Team"),
]

REJECTIONS = [
    ("de", "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nleider haben wir uns für einen anderen Kandidaten entschieden. Sollte die Stelle "
     "wieder frei werden, melden wir uns gerne bei Ihnen.\n\nMit freundlichen Grüßen\nPriya"),
    ("de", "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\ndie Stelle wurde erneut ausgeschrieben, wir haben uns jedoch für einen anderen "
     "Kandidaten entschieden. Wir wünschen Ihnen alles Gute.\n\nPriya"),
    ("fr", "Votre candidature",
     "Bonjour Sam,\n\nNous avons retenu un autre candidat. Si le poste redevenait disponible, nous vous "
     "recontacterions.\n\nPriya"),
    ("fr", "Votre candidature",
     "Bonjour Sam,\n\nMalheureusement, tous les créneaux d'entretien ont été pris par d'autres candidats et nous ne "
     "pourrons pas vous recevoir.\n\nPriya"),
    ("nl", "Je sollicitatie",
     "Beste Sam,\n\nWe hebben gekozen voor een andere kandidaat. Mocht de functie weer vrijkomen, dan laten we het je "
     "weten.\n\nPriya"),
    ("fr", "Votre candidature",
     "Bonjour Sam,\n\nNous ne pouvons pas vous proposer le poste : nous avons retenu un autre candidat.\n\nPriya"),
    ("nl", "Je sollicitatie",
     "Beste Sam,\n\nWe hebben jou en de andere kandidaten goed bekeken, maar gekozen voor een andere kandidaat met "
     "meer ervaring.\n\nPriya"),
    ("es", "Tu candidatura",
     "Hola Sam:\n\nHemos elegido a otro candidato. Si el puesto volviera a quedar libre, te avisaremos.\n\nPriya"),
    ("es", "Tu candidatura",
     "Hola Sam:\n\nLamentablemente no podemos ofrecerte el puesto, ya que hemos elegido a otro candidato.\n\nPriya"),
    ("es", "Tu candidatura",
     "Hola Sam:\n\nAunque no has sido seleccionado para el puesto de camarero en el local de Triana, nos gustaría "
     "proponerte el de ayudante de cocina en el de Nervión. Si te interesa, contesta a este correo.\n\nPriya"),
    ("pt", "Candidatura",
     "Olá Sam,\n\nEscolhemos outro candidato. Caso a vaga volte a abrir, entraremos em contacto.\n\nPriya"),
    ("pt", "Candidatura",
     "Olá Sam,\n\nInfelizmente todos os horários de entrevista foram ocupados por outros candidatos e não poderemos "
     "chamá-lo.\n\nPriya"),
    ("de", "Ihre Bewerbung",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung, die uns auf Empfehlung von Herrn Weber erreicht "
     "hat. Leider haben wir uns für einen anderen Kandidaten entschieden.\n\nMit freundlichen Grüßen\nPriya"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), GOOD_NEWS, ids=[f"{c[0]}:{c[1]}" for c in GOOD_NEWS])
def test_a_slot_taken_or_the_post_offered_back_is_no_rejection(lang: str, subject: str, body: str) -> None:
    assert not found(mail(body, subject, SENDER))


@pytest.mark.parametrize(("lang", "subject", "body"), REJECTIONS, ids=[f"{c[0]}:{n}" for n, c in enumerate(REJECTIONS)])
def test_a_promise_or_no_interview_is_still_a_rejection(lang: str, subject: str, body: str) -> None:
    assert found(mail(body, subject, SENDER))
