"""Extraction, probe batch 9 (tests/corpus/dev9): what a job board's status mail and a Portuguese reply showed.

- A board's button under its news ("Jobs ansehen", "Vacatures bekijken") is no team's employer.
- "RES:" (Portuguese "Resposta") is a reply's prefix, as "Re:", "AW:" and "Antw:" are: no company, no role.
- A board's card heads its mail: the title on the line above "Employer - City" is the role.

All letters are written for this file.
"""

from __future__ import annotations

import pytest
from labelled import mail
from test_extract_company import same
from test_extract_company_s15 import company

from nextround.detect import classify
from nextround.detect.extract import extract
from nextround.detect.reading import own_text
from nextround.message import parse


def role(body: str, sender: str, subject: str) -> str | None:
    message = parse(mail(body, subject, sender))
    verdict = classify(message)
    if not verdict.is_rejection:
        extract(message, own_text(message)[0], verdict)
    return verdict.role


BOARD_NEWS = {
    "de": ("Neuigkeiten zu Ihrer Bewerbung bei Weidenhof Kältetechnik GmbH", "StepStone <noreply@stepstone.de>",
           "Guten Tag,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung.\n\nStatus: Absage\n\nDas Unternehmen hat sich für "
           "andere Bewerber entschieden.\n\n{button}\n\nSie erhalten diese E-Mail, weil Sie sich über StepStone "
           "beworben haben.", "Weidenhof Kältetechnik"),
    "nl": ("Update over je sollicitatie bij Bakkerij Molenzicht", "Indeed <donotreply@indeed.com>",
           "Hoi,\n\nBakkerij Molenzicht heeft je sollicitatie bekeken en heeft besloten niet verder te gaan met je "
           "sollicitatie.\n\n{button}\n\nJe ontvangt deze e-mail omdat je via Indeed hebt gesolliciteerd.",
           "Bakkerij Molenzicht"),
}


@pytest.mark.parametrize("button", ["Jobs ansehen", "Jobs entdecken", "Vacatures bekijken", "Stellen anzeigen"])
@pytest.mark.parametrize("lang", sorted(BOARD_NEWS))
def test_a_boards_button_is_no_employer(lang: str, button: str) -> None:
    subject, sender, body, want = BOARD_NEWS[lang]
    got = company(body.format(button=button), sender, subject)
    assert same(got, want), got


@pytest.mark.parametrize("prefix", ["RES: ", "Res: ", "ENC: ", "Antw: ", "SV: "])
def test_a_reply_prefix_is_no_company(prefix: str) -> None:
    body = ("Olá Marina,\n\nObrigada pelo contato. Infelizmente a vaga de Assistente de Compras já foi preenchida e "
            "não seguiremos com a sua candidatura.\n\nAbraços,\nRenata Lobo\nTorrefação Grão Alto")
    got = company(body, "Renata Lobo <renata@graoalto.example>", prefix + "Candidatura – Assistente de Compras")
    assert same(got, "Torrefação Grão Alto"), got


@pytest.mark.parametrize(("card", "want"), [
    ("Warehouse Team Lead\nPorthaven Freight - Leeds", "Warehouse Team Lead"),
    ("Junior Data Analyst\nPorthaven Freight Ltd · Leeds, UK", "Junior Data Analyst"),
    ("Medewerker Planning\nPorthaven Freight | Rotterdam", "Medewerker Planning"),
])
def test_a_boards_card_gives_the_role(card: str, want: str) -> None:
    body = (f"{card}\n\nApplication update\n\nPorthaven Freight is not moving forward with your application at this "
            "time.\n\nYou are receiving this email because you applied through the job board.")
    assert role(body, "Jobboard <donotreply@indeed.com>", "An update on your application to Porthaven Freight") == want


def test_a_signature_under_the_letter_is_no_card() -> None:
    # (the line above the employer's in a signature is the signer's title, not the role)
    body = ("Dear Sam,\n\nThank you for your interest. We have decided to move forward with other candidates.\n\n"
            "Best,\nNadia Brook\nTalent Partner\nPorthaven Freight - Leeds")
    assert role(body, "Nadia Brook <nadia@porthaven.example>", "Your application") != "Talent Partner"
