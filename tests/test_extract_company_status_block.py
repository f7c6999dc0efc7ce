"""A platform's status notice names the employer at the end of a line, and the next paragraph is a status block
("Votre candidature pour Data Analyst chez Acme" over "Statut : Non retenue"). The text is read on one line, so the
name ran on into the field's label: "Acme Statut". Written for this file."""

from __future__ import annotations

import pytest
from labelled import ids, mail

from nextround.detect import classify
from nextround.message import parse

NOTICES = [
    ("Mise à jour de votre candidature",
     "Welcome to the Jungle\n\nVotre candidature pour Data Analyst chez Acme\n\nStatut : Non retenue\n\nCe n'est pas "
     "la réponse espérée. Découvrez d'autres offres.\n\nSe désabonner", "Acme"),
    ("Mise à jour de votre candidature",
     "Votre candidature pour Comptable chez Atelier Lune\n\nRésultat : Non retenue\n\nBonne continuation.",
     "Atelier Lune"),
    ("Actualización de tu candidatura",
     "Tu candidatura para Analista en Grupo Lince\n\nEstado: Descartada\n\nGracias por tu interés.", "Grupo Lince"),
]


@pytest.mark.parametrize(("subject", "body", "company"), NOTICES, ids=ids(NOTICES))
def test_the_employer_ends_before_the_next_paragraphs_field(subject: str, body: str, company: str) -> None:
    verdict = classify(parse(mail(body, subject, "Welcome to the Jungle <noreply@welcometothejungle.com>")))
    assert verdict.is_rejection and verdict.company == company
