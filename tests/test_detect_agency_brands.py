"""A consultant's note from a staffing agency everyone knows by name (Randstad, Tempo-Team, Adecco, Manpower, Hays...)
is job mail even when it has no job word: "the client chose someone else" is then a rejection, as it already was from
a sender whose name said "Zeitarbeit" or "uitzendbureau". Their other notes (a moved appointment, a timesheet, a
newsletter) say no decision about the reader and stay none."""

from __future__ import annotations

import pytest
from labelled import found, ids, mail

REJECTIONS = [
    ("Lotte de Vries | Randstad <lotte.devries@randstad.nl>", "update",
     "Hoi Sam,\n\nIk heb net de klant gesproken: helaas hebben ze voor iemand anders gekozen. Ik laat het je weten "
     "zodra ik iets nieuws voor je heb!\n\nGroetjes,\nLotte"),
    ("Jan Peeters <jan.peeters@tempo-team.be>", "even bellen?",
     "Dag Sam, de klant heeft intussen iemand anders aangenomen, sorry! Ik zoek verder voor jou. Jan"),
    ("Claire Martin – Adecco <claire.martin@adecco.fr>", "retour",
     "Bonjour Sam, le client a finalement retenu un autre profil. Je reviens vers vous dès que j'ai une autre piste. "
     "Claire"),
    ("Lucía Gómez <lucia.gomez@randstad.es>", "novedades",
     "Hola Sam, el cliente ha decidido seguir con otra persona. Te aviso en cuanto tenga algo nuevo. Lucía"),
    ("Marta <marta@manpower.pt>", "novidades",
     "Olá Sam, o cliente escolheu outra pessoa. Assim que tiver novidades aviso-te. Marta"),
    ("Tom Becker <tom.becker@hays.de>", "kurzes Update",
     "Hallo Sam, der Kunde hat sich leider für jemand anderen entschieden. Ich melde mich, sobald ich etwas Neues "
     "habe. Tom"),
]

LOOK_ALIKES = [
    ("Lotte de Vries | Randstad <lotte.devries@randstad.nl>", "afspraak verzet",
     "Hoi Sam, de klant heeft een andere datum gekozen voor het kennismakingsgesprek: donderdag om 10 uur. Lukt dat? "
     "Lotte"),
    ("Tempo-Team <noreply@tempo-team.nl>", "Je urenbriefje",
     "Hoi Sam, vergeet niet je uren van deze week voor vrijdag in te vullen in de app. Fijn weekend!"),
    ("Adecco <news@adecco.fr>", "Les tendances de l'emploi",
     "Ce mois-ci : les entreprises choisissent de plus en plus des profils polyvalents. Découvrez notre étude."),
    ("Recrutamento <no-reply@ats.talentflow.example>", "Integração",  # (an employer's own recruiting team: no agency)
     "Olá Sam, não será possível chamá-lo para a integração na segunda; será na terça.\n\nRH"),
    ("Tom Becker <tom.becker@hays.de>", "Feedback zu Ihrem Kandidaten",
     "Hallo Sam, Ihr Kandidat hat sich für ein anderes Angebot entschieden und sagt das Gespräch am Freitag ab. "
     "Ich schlage Ihnen nächste Woche zwei neue Profile vor. Tom"),
]


@pytest.mark.parametrize(("sender", "subject", "body"), REJECTIONS, ids=ids([(s, b) for _f, s, b in REJECTIONS]))
def test_agency_note_without_job_words_is_a_rejection(sender: str, subject: str, body: str) -> None:
    assert found(mail(body, subject=subject, sender=sender))


@pytest.mark.parametrize(("sender", "subject", "body"), LOOK_ALIKES, ids=ids([(s, b) for _f, s, b in LOOK_ALIKES]))
def test_agency_note_without_a_decision_about_the_reader_is_none(sender: str, subject: str, body: str) -> None:
    assert not found(mail(body, subject=subject, sender=sender))
