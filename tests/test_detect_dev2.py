"""Round 4 of issue 4: the three dev2 author sets (de+nl, es+pt, en+fr) written by authors nobody tuned for.

Every labelled message must be classified as labelled, except the known misses below, each with its reason
(they are strict xfails: when one starts passing the list must be updated). Then a few sentences in the
constructions these authors used, rewritten, so the stem grammar is tested beyond the exact corpus wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import THRESHOLD, check_labelled, corpus_cases, mail

from nextround.detect import classify
from nextround.message import parse

# Rejections whose only job words are a role title or a trade ("barista", "Product Manager", "Growth"): no
# application, position, interview or process noun anywhere. Accepting role titles as job context would let
# ordinary mail between colleagues ("we're going to pass for now", "não vai seguir") through, so these stay misses.
# (b/0074, "seguir contigo para o lugar de designer", is found since sweep 3: "lugar/posto de" + a trade names a post.)
KNOWN_MISSES = {
    ("c", "0006.eml"): "no job word and no decision noun: 'thanks for chatting ... we're going to pass for now'",
    ("c", "0083.eml"): "no job word: 'On ne va pas continuer ensemble sur ce process' under a 'Growth' subject",
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev2", ("a", "b", "c"), KNOWN_MISSES))
def test_dev2_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)




# Rejections in inflections and orders the dev2 authors used, reworded (not copied from the corpus).
REJECTIONS = [
    ("Puesto de analista", "Hola Ana: gracias por la entrevista. Finalmente el comité escogió a otra candidata "
                           "para el puesto."),
    ("Vacante", "Revisamos tu hoja de vida y decidimos no seguir contigo en el proceso para esta vacante."),
    ("Plaza docente", "Tras la evaluación, la plaza fue asignada a otro de los aspirantes, cuyo perfil se "
                      "ajustaba más."),
    ("Vaga de analista", "Olá Rui, obrigado pela entrevista. A escolha recaiu sobre outra candidata para esta vaga."),
    ("Processo seletivo", "Infelizmente não vamos seguir com a sua candidatura para a próxima etapa do processo."),
    ("Stelle als Entwickler", "Nach den Gesprächen haben wir einem Mitbewerber den Vorzug gegeben. "
                              "Danke für Ihre Bewerbung."),
    ("Ihre Bewerbung", "Für die ausgeschriebene Stelle kommen Sie leider nicht in Betracht."),
    ("Sollicitatie", "Bedankt voor je sollicitatie. We hebben gekozen voor een kandidaat die meer "
                     "ervaring heeft."),
    ("Vacature", "Na het gesprek is de keuze helaas niet op jou gevallen voor de functie."),
    ("Your application", "After careful review, other applicants more closely matched the requirements of the role."),
    ("Poste de juriste", "Vous n'avez pas été retenue pour la prochaine étape du recrutement pour ce poste."),
]

# Look-alikes the new authors wrote: a documents request, a note to the interviewer, a friend's own
# rejection, a study programme, a hedge in an acknowledgement.
NOT_REJECTIONS = [
    ("Missing documents", "Dear Sam, we cannot proceed with your application for the Analyst role until we receive "
                          "your degree certificate. Please upload it this week."),
    ("Unterlagen", "Ohne diese Nachweise können wir Ihre Bewerbung nicht berücksichtigen. Bitte reichen Sie die "
                   "Unterlagen bis Freitag nach."),
    ("Re: loop for Alex", "Thanks for your notes. We've decided not to move forward with him for the role. "
                          "Can you take the next candidate on Monday?"),
    ("ugh", "Just got an email from the bakery: they went with someone else for the job. Drinks later?"),
    ("Master", "Votre candidature au Master 2 Finance n'a pas été retenue par la commission pédagogique."),
    ("Candidatura enviada", "Tu candidatura se ha enviado. Si no ves cambios, puede que la empresa haya optado por "
                            "otros perfiles para el puesto."),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS, ids=[s for s, _ in REJECTIONS])
def test_stem_grammar_rejections(subject: str, body: str) -> None:
    verdict = classify(parse(mail(body, subject)))
    assert verdict.is_rejection and verdict.confidence >= THRESHOLD, verdict.reasons


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS, ids=[s for s, _ in NOT_REJECTIONS])
def test_dev2_lookalikes(subject: str, body: str) -> None:
    verdict = classify(parse(mail(body, subject)))
    assert not (verdict.is_rejection and verdict.confidence >= THRESHOLD), verdict.reasons
