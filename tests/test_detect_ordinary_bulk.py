# ruff: noqa: E501
"""Thousands of ordinary mails (tests/corpus/ordinary/generate.py: mailing lists, newsletters, personal, admin,
hiring-manager mail, notifications, spam, events, volunteering, sports, auditions, scholarships, publishing; six
languages) may hold at most 1 in 2,000 called a rejection at the configured threshold.

The generator is deterministic; every message records the material sentences it was built from. False positives
are listed in KNOWN_MISSES by the sentence that carries the (wrong) decision, with the reason: a message whose
deciding sentences are all listed is a known miss, every other one counts against the bar. Each listed sentence
must still cause a false positive (strict xfail), so the list shrinks as the detector is fixed.
MINIMAL holds short hand-written hard negatives that are not in the generated material (one per kind of false
positive found, and fresh rewordings that check fixes made on the generated set generalise); MINIMAL_MISSES are
the ones still called a rejection (strict xfail).
After a detector change: .venv/bin/python bench/ordinary.py --known prints both lists as they are now.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest
from labelled import THRESHOLD, found, mail

from nextround.detect import classify
from nextround.detect.languages import DECISIONS
from nextround.detect.text import fold
from nextround.message import parse

GENERATOR = Path(__file__).parent / "corpus" / "ordinary" / "generate.py"
COUNT = 6000


def _generator():
    spec = importlib.util.spec_from_file_location("ordinary_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("ordinary_generate", module)
    spec.loader.exec_module(module)
    return module


@cache
def _results() -> list[tuple[object, bool]]:
    """(sample, called a rejection) for every generated message, computed once per session."""
    out = []
    for sample in _generator().generate(COUNT):
        verdict = classify(parse(sample.raw))
        out.append((sample, verdict.is_rejection and verdict.confidence >= THRESHOLD))
    return out


def _deciding(filled: str) -> bool:
    """Does this one sentence fire a decision family (of any language) on its own?"""
    text = fold(filled)
    return any(f.find(text) for families in DECISIONS.values() for f in families)


def _known(sample) -> bool:
    """A known miss: the sentences that decide on their own are all on the list (and there is one)."""
    culprits = [(sample.lang, template) for template, filled in sample.parts if _deciding(filled)]
    return bool(culprits) and all(c in KNOWN_MISSES for c in culprits)


# (language, material sentence as written in tests/corpus/ordinary/material.py) -> why it is not a job rejection
# and which decision families fire on it.
KNOWN_MISSES: dict[tuple[str, str], str] = {

}


def test_generator_is_large_varied_and_deterministic() -> None:
    gen = _generator()
    stock = gen.stock()
    assert stock["sentences"] >= 400 and stock["categories"] >= 12
    samples = [s for s, _ in _results()]
    assert len(samples) == COUNT
    assert {s.lang for s in samples} == {"en", "de", "fr", "es", "nl", "pt"}
    assert 0.35 < sum(s.lang == "en" for s in samples) / COUNT < 0.45
    assert {s.shape for s in samples} == {"plain", "alternative", "html", "attachment", "reply", "forward"}
    assert [s.raw for s in gen.generate(20)] == [s.raw for s in samples[:20]]


def test_at_most_one_in_2000_ordinary_mails_called_a_rejection() -> None:
    results = _results()
    unexplained = [(s.index, s.lang, s.category) for s, hit in results if hit and not _known(s)]
    assert len(unexplained) <= len(results) / 2000, unexplained[:20]


def test_no_new_false_positive_on_the_ordinary_set() -> None:
    # The rules were tuned on this set, so anything beyond the known misses is a regression, even within the bar
    # (`bench/ordinary.py --culprits` names the sentence and the family that fired).
    unexplained = [(s.index, s.lang, s.category) for s, hit in _results() if hit and not _known(s)]
    assert not unexplained, unexplained[:20]


def test_every_known_miss_is_still_generated() -> None:
    """A listed sentence that the generator no longer uses would pass its xfail below for the wrong reason."""
    used = {(s.lang, t) for s, _ in _results() for t, _ in s.parts}
    assert not [k for k in KNOWN_MISSES if k not in used]


@pytest.mark.parametrize("key", [pytest.param(k, id=f"{k[0]}:{k[1][:40]}",
                                              marks=pytest.mark.xfail(reason=v, strict=True))
                                 for k, v in KNOWN_MISSES.items()])
def test_known_miss_is_no_longer_called_a_rejection(key: tuple[str, str]) -> None:
    """Strict xfail: passes (and so fails the suite) once no generated mail with this sentence is flagged."""
    assert not any(hit for s, hit in _results() if s.lang == key[0] and any(t == key[1] for t, _ in s.parts))


def minimal_mail(subject: str, body: str) -> bytes:
    return mail(body, subject=subject, sender="Kim Example <kim@example.org>")


# Short reworded hard negatives (language, subject, body, kind), none of them in the generated material: one per kind of
# false positive found, plus fresh rewordings written to check that fixes made on the generated set generalise.
# All must not be called a rejection; the ones that still are sit in MINIMAL_MISSES (strict xfail).
MINIMAL = [
    ("en", "Summer fair helpers", "Thanks for signing up to help at the summer fair. Sadly we cannot offer you a volunteer role this year, every slot is taken.", "volunteer role"),
    ("en", "Casting news", "Thank you for coming to the audition for the part of Mercutio. We are unable to offer you the role in this production.", "amateur casting"),
    ("en", "news", "Bad news from me: the garden centre chose another applicant. Pub on Friday?", "the sender's own rejection"),
    ("en", "weekend", "We've decided not to move forward with the loft conversion, far too expensive. Good luck at the interview tomorrow!", "'decided not to move forward' needs no object"),
    ("en", "Mailbag", "Question from a reader: what should you do when a recruiter says they will not be moving forward with your application?", "advice column"),
    ("en", "Half marathon ballot", "Sorry, you have been unsuccessful in the ballot for the half marathon. Your ballot application stays on file.", "race ballot"),
    ("en", "QA hire", "Quick update: we went with another candidate for the QA role, I'll tell the agency.", "hiring manager"),
    ("en", "Analyst req", "The analyst position has been filled; please archive the other applications.", "hiring manager"),
    ("en", "Re: [RFC] new config format", "The steering group decided not to move forward with the draft, so the CI job stays as it is.", "list post without List-Id"),
    ("de", "Re: Kandidaten", "Wir haben uns für einen anderen Kandidaten entschieden, ich gebe der Agentur Bescheid.", "hiring manager"),
    ("de", "Re: Bewerberin", "Die Stelle ist inzwischen besetzt, bitte die restlichen Bewerbungen schließen.", "hiring manager"),
    ("de", "Ehrenamt", "Leider können wir Ihnen derzeit keine Stelle als ehrenamtlicher Helfer anbieten.", "volunteer role"),
    ("fr", "Re: candidats", "Le poste est désormais pourvu, tu peux archiver les autres candidatures.", "hiring manager"),
    ("fr", "Re: candidates", "Nous avons retenu une autre candidate, je préviens le cabinet de recrutement.", "hiring manager"),
    ("fr", "véranda", "On ne donne pas suite pour la véranda, trop cher. Bon courage pour ton entretien !", "'ne pas donner suite' about a purchase"),
    ("es", "Re: candidatos", "Nos quedamos con otro candidato, aviso yo a la agencia.", "hiring manager"),
    ("es", "Re: puesto", "El puesto de analista ya está cubierto, archiva el resto de candidaturas.", "hiring manager"),
    ("es", "Voluntariado", "Este año no podemos ofrecerte una plaza de voluntario, ya tenemos gente.", "volunteer role"),
    ("es", "Selección", "Tu hermano no ha sido seleccionado para el equipo autonómico tras las pruebas.", "sports team"),
    ("nl", "Re: kandidaten", "We hebben voor een andere kandidaat gekozen, ik bel het bureau even.", "hiring manager"),
    ("nl", "Re: vacature", "De vacature voor de analist is vervuld, archiveer de overige sollicitaties maar.", "hiring manager"),
    ("nl", "weekend", "We hebben besloten niet verder te gaan met de verbouwing. Succes met je sollicitatiegesprek!", "'niet verder' about a renovation"),
    ("pt", "Re: candidatos", "Não vamos seguir com o candidato de terça, pode mandar a recusa?", "hiring manager"),
    ("pt", "Re: vaga", "A vaga de analista já foi preenchida, arquive as outras candidaturas.", "hiring manager"),
    ("pt", "Bolsas", "O seu pedido de bolsa não foi aprovado este ano. A comissão recebeu 300 candidaturas.", "scholarship"),
    ("en", "Nursery place", "Leo's nursery application was turned down, they only take siblings this term. Good luck with the job interview!", "a child's nursery place"),
    ("en", "Your MA application", "We regret that we are unable to offer you a place on the MA Graphic Design this year.", "university admission"),
    ("en", "Your account application", "Thank you for applying for the Gold current account. We are unable to proceed with your application at this time.", "bank account"),
    ("en", "Rental application", "Your rental application for 4 Mill Lane was not successful; the owner accepted another applicant.", "rental ('rental' is no NOT_A_JOB word)"),
    ("en", "Blue badge", "Your application for a blue badge has been assessed and you do not meet the criteria.", "disability parking permit"),
    ("de", "Wohnheim", "Ihre Bewerbung um ein Zimmer im Studentenwohnheim konnte leider nicht berücksichtigt werden.", "student housing"),
    ("es", "Re: candidata", "No creo que encaje en el puesto, su experiencia no es lo que buscamos.", "hiring manager"),
    ("fr", "[Redmine - Anomalie #412] Migration du job cron", "Le statut est passé de Nouveau à Rejeté. La migration du job n'est pas retenue.", "issue tracker other than GitHub/GitLab/Jira"),
    ("pt", "[Redmine - Tarefa #88] Migração do job", "Estado alterado para Recusado. Não vamos avançar com a migração do job.", "issue tracker other than GitHub/GitLab/Jira"),
    ("pt", "fim de semana", "Decidimos não avançar com a obra do telhado. Boa sorte na entrevista de emprego!", "'não avançar' about building work"),
    ('en', 'Marshals needed', "Thanks for offering to marshal the 10k. We can't give you a marshal role this year, all posts are covered.", 'race marshal'),
    ("en", "Panto casting", "Thanks for reading for the part of the Dame. We have decided to go with another actor for the role.", "amateur casting"),
    ("en", "Re: hire", "Heads up: we chose another applicant for the support role, no need to reply to the agency.", "hiring manager"),
    ("en", "Your cat adoption", "Unfortunately your application to adopt Pepper was unsuccessful, another family was chosen.", "pet adoption"),
    ("en", "Grant round 3", "We are sorry to tell you that your application to the community fund was not selected this round.", "grant"),
    ('en', 'catch up', "They turned down my application for the manager job, so I'm staying put. Drinks Friday?", "the sender's own rejection"),
    ("en", "Re: [dev] proposal", "We decided not to move forward with this RFC, the CI job changes are out of scope.", "list post without List-Id"),
    ("en", "Season tickets", "Your application for season tickets was unsuccessful, as the waiting list is full.", "tickets"),
    ("de", "Re: Bewerber Backend", "Die Stelle ist vergeben, ich sage den anderen Bewerbern ab.", "hiring manager"),
    ("de", "Helferteam Stadtfest", "Leider können wir Ihnen keinen Platz im Helferteam anbieten, alle Schichten sind besetzt.", "volunteer role"),
    ('de', 'Neuigkeiten', 'Ich habe die Stelle beim Bäcker nicht bekommen, die haben jemand anderen genommen.', "the sender's own rejection"),
    ("de", "Ihre Mietbewerbung", "Leider hat sich der Vermieter für andere Interessenten entschieden.", "flat"),
    ("fr", "Re: candidats data", "Le poste est attribué, je préviens les autres candidats.", "hiring manager"),
    ("fr", "Bénévoles", "Nous ne pouvons pas vous proposer de poste de bénévole cette année, tout est complet.", "volunteer role"),
    ('fr', 'Nouvelles', "Ma candidature chez le fleuriste n'a pas été retenue, tant pis.", "the sender's own rejection"),
    ("fr", "Casting", "Merci pour votre audition, nous avons choisi une autre comédienne pour le rôle.", "amateur casting"),
    ("es", "Re: candidatos data", "El puesto ya está adjudicado, aviso yo al resto de candidatos.", "hiring manager"),
    ("es", "Voluntarios", "No podemos ofrecerte un puesto de voluntario este año, está todo cubierto.", "volunteer role"),
    ('es', 'Novedades', 'No me han cogido en la tienda, escogieron a otra persona.', "the sender's own rejection"),
    ("es", "Casting", "Gracias por la audición, hemos elegido a otra actriz para el papel.", "amateur casting"),
    ("nl", "Re: kandidaten data", "De functie is vergeven, ik laat de andere kandidaten het weten.", "hiring manager"),
    ("nl", "Vrijwilligers", "We kunnen je dit jaar geen plek als vrijwilliger aanbieden, alles is vol.", "volunteer role"),
    ('nl', 'Nieuws', 'Ik ben niet aangenomen bij de bloemist, ze kozen iemand anders.', "the sender's own rejection"),
    ("nl", "Auditie", "Bedankt voor je auditie, we hebben een andere actrice gekozen voor de rol.", "amateur casting"),
    ("pt", "Re: candidatos data", "A vaga já está atribuída, eu aviso os outros candidatos.", "hiring manager"),
    ("pt", "Voluntários", "Não podemos oferecer-lhe um lugar de voluntário este ano, está tudo preenchido.", "volunteer role"),
    ('pt', 'Novidades', 'Não me escolheram na loja, ficaram com outra pessoa.', "the sender's own rejection"),
    ("pt", "Audição", "Obrigado pela audição, escolhemos outra atriz para o papel.", "amateur casting"),
]

# (language, subject) of MINIMAL cases still called a rejection.
MINIMAL_MISSES: set[tuple[str, str]] = {
    ('en', 'news'),
    ('fr', 'véranda'),
    ('fr', 'Bénévoles'),
    ('nl', 'Vrijwilligers'),
}


@pytest.mark.parametrize("lang,subject,body,why", [
    pytest.param(*case, id=f"{case[0]}:{case[1]}",
                 marks=[pytest.mark.xfail(reason=f"known miss: {case[3]}", strict=True)] if case[:2] in MINIMAL_MISSES else [])
    for case in MINIMAL])
def test_minimal_hard_negative(lang: str, subject: str, body: str, why: str) -> None:
    assert not found(minimal_mail(subject, body))


@pytest.mark.parametrize("body", [
    "Thank you for your interest in the analyst role. Unfortunately we will not be moving forward with your application.",
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
])
def test_the_harness_still_sees_a_real_rejection(body: str) -> None:
    """Control: the same mail builder and threshold do find a plain rejection, so the bulk result means something."""
    assert found(mail(body))
