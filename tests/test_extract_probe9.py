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


# --- a recruiter passing on a named client's answer ---------------------------------------------------------

AGENCY_NOES = [
    # the client named as the one who let the recruiter know
    ("Bec Hollis <bec.hollis@redgum-talent.example>", "Following up our call",
     "Hi Jordan,\n\nCoastline Credit Union have let me know they won't be moving forward with your application for "
     "the analyst contract.\n\nTalk soon,\nBec\n\nBec Hollis | Principal Consultant\nRedgum Talent",
     "Coastline Credit Union"),
    ("Amir Shah <amir@northgate-recruitment.example>", "Your interview",
     "Hi Jordan,\n\nBrackenfield Homes have been in touch: they have decided to go with another candidate.\n\n"
     "Amir\nNorthgate Recruitment", "Brackenfield Homes"),
    # the client as the news's subject
    ("Jasmine Kaur <jasmine@summittalent.example>", "Prairie Rail - Senior Data Engineer",
     "Hey Jordan,\n\nQuick update on Prairie Rail. The hiring manager let me know that they've decided to go with an "
     "internal candidate, so they've closed out all external candidates.\n\nJasmine Kaur\nSummit Talent Partners",
     "Prairie Rail"),
    ("Flor Ibarra <fibarra@grupoarvo-rrhh.example>", "Búsqueda Jefa de Producto",
     "Hola Lucía,\n\nTe escribo para contarte cómo terminó la búsqueda de Jefa de Producto para Lácteos La Pampita. "
     "La empresa decidió avanzar con otra candidata, así que no vamos a seguir con tu postulación.\n\nUn abrazo,\n"
     "Flor Ibarra\nConsultora Sr. – Grupo Arvo RRHH", "Lácteos La Pampita"),
    # a first name at the client: the client
    ("Tom Ashdown <tom.ashdown@northbridge-rec.example>", "Feedback",
     "Hi Jordan,\n\nI've just come off the phone with Claire at Hartwell Grocers regarding the Customer Insight "
     "Manager role. I'm afraid they've decided not to take you forward.\n\nCheers,\nTom\n\nTom Ashdown | Senior "
     "Consultant\nNorthbridge Recruitment", "Hartwell Grocers"),
]


@pytest.mark.parametrize(("sender", "subject", "body", "want"), AGENCY_NOES, ids=[c[-1] for c in AGENCY_NOES])
def test_a_recruiter_names_the_client(sender: str, subject: str, body: str, want: str) -> None:
    got = company(body, sender, subject)
    assert same(got, want), got


# --- a member's message relayed by a social network ------------------------------------------------------

def verdict_of(body: str, sender: str, subject: str):  # noqa: ANN201
    message = parse(mail(body, subject, sender))
    verdict = classify(message)
    if not verdict.is_rejection:
        extract(message, own_text(message)[0], verdict)
    return verdict


@pytest.mark.parametrize(("sender", "subject", "body", "company_want", "contact_want"), [
    ("Rebecca Sandoval via LinkedIn <messages-noreply@linkedin.com>", "Rebecca just messaged you",
     "Rebecca Sandoval\nTalent Acquisition at Tidewell Insurance\n\nHi Jordan, I heard back from the hiring team and "
     "they have decided to move forward with other candidates for the Pricing Analyst role.\n\nView message",
     "Tidewell Insurance", "Rebecca Sandoval"),
    ("Gustavo Moreira via LinkedIn <messages-noreply@linkedin.com>", "Gustavo enviou uma mensagem para você",
     "Gustavo Moreira\nTech Recruiter | Nexo Talent\n\nOi Beatriz, infelizmente não vamos avançar com a sua "
     "candidatura para a vaga de Analista de CRM.\n\nResponder", "Nexo Talent", "Gustavo Moreira"),
])
def test_a_members_message_is_from_a_person(sender: str, subject: str, body: str, company_want: str,
                                              contact_want: str) -> None:
    verdict = verdict_of(body, sender, subject)
    assert same(verdict.company, company_want), verdict.company
    assert (verdict.contact_name, verdict.contact_email) == (contact_want, None)


@pytest.mark.parametrize(("sender", "want"), [
    ('"Neumann, Claudia" <claudia.neumann@stadtwerke-rheinau.example>', "Claudia Neumann"),
    ('"Van Acker, Hilde" <hilde.vanacker@azsintjan.example>', "Hilde Van Acker"),
])
def test_a_directorys_surname_first_display_is_turned(sender: str, want: str) -> None:
    body = ("Sehr geehrter Herr Brenner,\n\nleider haben wir uns für einen anderen Bewerber entschieden.\n\n"
            "Mit freundlichen Grüßen")
    verdict = verdict_of(body, sender, "Ihre Bewerbung")
    assert verdict.contact_name == want


def test_the_readers_name_in_the_subject_is_no_role() -> None:
    message = parse(mail("Hi Nadia,\n\nI'm sorry to say it's a no from Trelawney Foods this time.\n\nCallum",
                         "FW: Candidate feedback - Sam Rivera", "Callum Reid <callum@bluekite-recruitment.example>"))
    verdict = classify(message)
    assert verdict.is_rejection and verdict.role != "Sam Rivera"  # (labelled.mail writes to Sam Rivera)


def test_a_title_read_twice_across_a_heading_and_a_card_is_one() -> None:
    body = ("Une réponse de Plume & Pixel concernant le poste Office Manager\nOffice Manager – Plume & Pixel\n\n"
            "Bonjour,\n\nNous avons le regret de vous annoncer que le poste vient d'être pourvu.\n\nNoémie")
    verdict = verdict_of(body, "Plume & Pixel via Welcome to the Jungle <noreply@welcometothejungle.com>",
                         "Plume & Pixel a répondu à votre candidature")
    assert verdict.role == "Office Manager"


def test_a_networks_message_subject_leads_to_the_role() -> None:
    body = ("Helena Park\nTalent Acquisition Lead at Sorrel Digital\n\n\"Hi Sam, the Project Coordinator position "
            "went to someone who had freelanced with us before, so it's now closed.\"\n\nReply")
    verdict = verdict_of(body, "Helena Park via LinkedIn <messages-noreply@linkedin.com>",
                         "Helena Park sent you a message: Re: Project Coordinator application")
    want = ("Project Coordinator", "Sorrel Digital", "Helena Park")
    assert (verdict.role, verdict.company, verdict.contact_name) == want


def test_a_clause_of_its_own_after_the_client_is_no_part_of_its_name() -> None:
    body = ("Hi Sam,\n\nI've just come off the phone with Castell Insurance and I'm afraid it's not good news: they've "
            "decided not to progress you.\n\nEllie\n\nEllie Marsh | Senior Consultant\nHawthorne Recruitment")
    got = company(body, "Ellie Marsh <ellie.marsh@hawthorne-rec.example>", "Castell Insurance - update")
    assert same(got, "Castell Insurance"), got


def test_a_boards_link_to_the_readers_pages_is_no_employer() -> None:
    body = ("Guten Tag,\n\nes gibt Neuigkeiten: das Unternehmen hat sich gegen eine weitere Berücksichtigung "
            "entschieden.\n\nZu Ihren Bewerbungen\n\nStepStone GmbH")
    got = company(body, "StepStone <noreply@stepstone.de>", "Neuigkeiten zu Ihrer Bewerbung bei Mühlbauer Handel AG")
    assert same(got, "Mühlbauer Handel"), got
