"""The thank_you plugin's parts: the built-in templates in every case, subjects, the register, recipients."""

from __future__ import annotations

import email
import itertools
from email import policy
from types import SimpleNamespace

import pytest

from nextround.message import parse
from nextround.plugins.thank_you import recipients as recipients_module
from nextround.plugins.thank_you import register
from nextround.plugins.thank_you.compose import LANGS, Composer, join_names
from nextround.plugins.thank_you.recipients import Recipient, plan
from nextround.records import Address, Rejection

SAM = Address("Sam Rivera", "sam@example.net")
BAD = ("{{", "}}", "{%", "None", "  ", " .", " ,", "\n\n\n", "..", "()", " :", " ?")  # fr uses a no-break space


def rejection(lang: str = "en", company: str | None = "Acme Robotics", role: str | None = "Data Engineer",
              subject: str = "Your application", message_id: str | None = "<r1@acme.example>") -> Rejection:
    return Rejection(id=7, message_key="mid:r1@acme.example", message_id=message_id, subject=subject,
                     sender=Address("Priya Natarajan", "priya@acme.example"), received_at=None, company=company,
                     role=role, contact_name="Priya Natarajan", contact_email="priya@acme.example",
                     careers_url=None, lang=lang, confidence=0.99, reasons=[], decision="auto")


def reparse(draft) -> email.message.EmailMessage:
    return email.message_from_bytes(draft.message.as_bytes(), policy=policy.default)


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer()


@pytest.mark.parametrize("lang", LANGS)
def test_every_built_in_template_reads_cleanly_whatever_is_unknown(lang, composer):
    for kind, role, company, person_role, wrote, on_rejection, formal, met in itertools.product(
            ("thank_you", "feedback"), ("Data Engineer", None), ("Acme Robotics", None),
            ("recruiter", "interviewer", "hiring_manager", ""), (True, False), (True, False), (True, False),
            ([], ["Tomás Herrera", "Helen Okafor"])):
        person = Recipient("Helen Okafor", "helen@acme.example", person_role, wrote, on_rejection)
        draft = composer.render(kind, rejection(lang, company, role), person, SAM, signature="",
                                met_names=met, formal=formal)
        msg = reparse(draft)
        body, subject = msg.get_content(), msg["Subject"]
        where = (lang, kind, role, company, person_role, wrote, on_rejection, formal, met)
        for sign in BAD:
            assert sign not in body and sign not in subject, (sign, where, subject, body)
        assert body.rstrip().endswith("\nSam Rivera"), where
        assert "Helen" in body.splitlines()[0], where  # greeted by name
        assert subject and "\n" not in subject
        assert subject.startswith("Re: ") == on_rejection, (where, subject)
        if company:
            assert company in body, where
        if met and person_role in ("recruiter", "") and kind == "thank_you":
            assert "Tomás Herrera" in body, where


@pytest.mark.parametrize(("lang", "subject"), [
    ("en", "Thank you for our conversation – Data Engineer at Acme Robotics"),
    ("de", "Danke für das Gespräch – Bewerbung als Data Engineer bei Acme Robotics"),
    ("fr", "Merci pour notre échange – ma candidature au poste de Data Engineer chez Acme Robotics"),
    ("es", "Gracias por la conversación – mi candidatura para el puesto de Data Engineer en Acme Robotics"),
    ("nl", "Bedankt voor het gesprek – sollicitatie als Data Engineer bij Acme Robotics"),
    ("pt", "Agradecimento pela conversa – vaga de Data Engineer na Acme Robotics"),
])
def test_people_not_on_the_rejection_get_a_subject_of_their_own_in_the_same_thread(lang, subject, composer):
    helen = Recipient("Helen Okafor", "helen@acme.example", "hiring_manager", False, False)
    msg = reparse(composer.render("thank_you", rejection(lang), helen, SAM, signature=""))
    assert msg["Subject"] == subject
    assert msg["In-Reply-To"] == "<r1@acme.example>"
    assert msg["References"] == "<r1@acme.example>"


def test_the_thread_so_far_is_kept_in_references(composer):
    priya = Recipient("Priya Natarajan", "priya@acme.example", "recruiter", True, True)
    draft = composer.render("thank_you", rejection(), priya, SAM, signature="",
                            references=["<a@acme.example>", "<b@example.net>", "bogus\r\nBcc: x@y"])
    assert reparse(draft)["References"] == "<a@acme.example> <b@example.net> <r1@acme.example>"


def test_hostile_values_stay_on_one_line_in_every_header(composer):
    evil = "Evil\r\nBcc: x@y.example"
    person = Recipient(evil, "helen@acme.example", "interviewer", False, False)
    draft = composer.render("thank_you", rejection("de", company=evil, role=evil, subject=evil), person,
                            Address(evil, "sam@example.net"), signature="")
    raw = draft.message.as_bytes()
    head = raw[: raw.index(b"\n\n")]
    assert not [line for line in head.splitlines() if line.lower().startswith((b"bcc", b"cc"))]
    msg = reparse(draft)
    assert [a.addr_spec for a in msg["To"].addresses] == ["helen@acme.example"]
    assert [a.addr_spec for a in msg["From"].addresses] == ["sam@example.net"]
    assert msg["Subject"] == "Danke für das Gespräch – Bewerbung als Evil Bcc: x@y.example bei Evil Bcc: x@y.example"
    assert msg["Bcc"] is None


def test_a_draft_has_the_same_message_id_every_time_and_one_per_person_and_kind(composer):
    priya = Recipient("Priya Natarajan", "priya@acme.example", "recruiter", True, True)
    helen = Recipient("Helen Okafor", "helen@acme.example", "hiring_manager", False, False)
    ids = [composer.render(kind, rejection(), who, SAM, signature="").message_id
           for kind, who in (("thank_you", priya), ("thank_you", priya), ("feedback", priya), ("thank_you", helen))]
    assert ids[0] == ids[1] and len(set(ids)) == 3
    assert all(i.startswith("<nextround.") and i.endswith("@example.net>") for i in ids)


def test_an_unknown_language_falls_back_to_english(composer):
    priya = Recipient("Priya Natarajan", "priya@acme.example", "recruiter", True, True)
    body = reparse(composer.render("thank_you", rejection("it"), priya, SAM, signature="")).get_content()
    assert body.startswith("Dear Priya,")


def test_names_are_joined_as_each_language_writes_them():
    assert join_names(["Tomás Herrera", "Helen Okafor"], "en") == "Tomás Herrera and Helen Okafor"
    assert join_names(["A", "B", "C"], "de") == "A, B und C"
    assert join_names(["Tomás", "Inés"], "es") == "Tomás e Inés"
    assert join_names(["Tomás", "Hilda"], "es") == "Tomás e Hilda"
    assert join_names(["Tomás", "Hielo"], "es") == "Tomás y Hielo"
    assert join_names(["Only"], "fr") == "Only"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Vielen Dank für Ihre Bewerbung. Leider haben wir uns anders entschieden.", register.FORMAL),
    ("de", "Danke für deine Bewerbung! Leider hat es nicht geklappt, wir wünschen dir alles Gute.", register.INFORMAL),
    ("fr", "Nous vous remercions de votre candidature.", register.FORMAL),
    ("fr", "Merci pour ta candidature, on te souhaite plein de succès.", register.INFORMAL),
    ("es", "Le agradecemos su interés en el puesto.", register.FORMAL),
    ("es", "Gracias por tu interés; te deseamos suerte.", register.INFORMAL),
    ("nl", "Hartelijk dank voor uw sollicitatie.", register.FORMAL),
    ("nl", "Bedankt voor je sollicitatie, we wensen jou veel succes.", register.INFORMAL),
    ("pt", "Agradecemos o interesse do senhor na vaga.", register.FORMAL),
    ("pt", "Obrigado pelo seu interesse, você foi muito bem.", register.INFORMAL),
    ("pt", "Agradecemos o seu interesse na vaga.", register.FORMAL),  # no sign either way: formal
    ("en", "Thanks for your application, you were great.", register.FORMAL),
    # Only the sender's own words count, not the user's quoted mail.
    ("de", "Vielen Dank für Ihre Geduld.\n\nAm 3. Mai schrieb Sam:\n> Hallo, hast du schon was gehört? dein Sam",
     register.FORMAL),
    ("nl", "Dank voor uw bericht.\n> je je je jij jouw", register.FORMAL),
])
def test_the_register_of_the_rejection_is_recognised(lang, text, expected):
    assert register.detect(lang, text) == expected


# --- recipients -------------------------------------------------------------------------------------
def person(name, emails, role=None):
    return SimpleNamespace(name=name, emails=emails, company="Acme Robotics", role=role, title=None, phone=None,
                           linkedin=None, message_ids=[])


FAKE_APP = SimpleNamespace(owner_addresses={"sam@example.net"})
REJECTION_MAIL = parse(b"From: Priya Natarajan <priya@acme.example>\r\nTo: Sam Rivera <sam@example.net>\r\n"
                       b"Cc: Tomas Herrera <tomas@acme.example>\r\nSubject: Your application\r\n"
                       b"Message-ID: <r1@acme.example>\r\n\r\nWe went another way.\r\n")


def test_recipients_are_the_people_with_an_address_and_the_feedback_goes_to_the_recruiter(monkeypatch):
    people = [person("Priya Natarajan", ["priya@acme.example"], "recruiter"),
              person("Tomas Herrera", ["tomas@acme.example"], "interviewer"),
              person("Helen Okafor", ["helen@acme.example"], "hiring_manager"),
              person("Jo Park", [], "interviewer"),  # named in a mail, no address
              person("Acme Careers", ["no-reply@acme.example"]),
              person("Sam Rivera", ["sam@example.net"]),
              person("Priya N.", ["PRIYA@acme.example"], "recruiter")]  # the same person again
    monkeypatch.setattr(recipients_module, "load_people", lambda app, r, m: people)
    result = plan(FAKE_APP, rejection(), REJECTION_MAIL)
    assert [(p.email, p.role, p.wrote_rejection, p.on_rejection) for p in result.thank] == [
        ("priya@acme.example", "recruiter", True, True), ("tomas@acme.example", "interviewer", False, True),
        ("helen@acme.example", "hiring_manager", False, False)]
    assert result.feedback is not None and result.feedback.email == "priya@acme.example"
    assert result.met_names == ["Tomas Herrera", "Helen Okafor", "Jo Park"]
    assert [(s.name, s.reason) for s in result.skipped] == [("Jo Park", "no email address known"),
                                                            ("Acme Careers", "only a no-reply address known")]


def test_when_a_hiring_manager_writes_the_feedback_still_goes_to_a_known_recruiter(monkeypatch):
    people = [person("Helen Okafor", ["priya@acme.example"], "hiring_manager"),
              person("Priya Natarajan", ["p.natarajan@acme.example"], "recruiter")]
    monkeypatch.setattr(recipients_module, "load_people", lambda app, r, m: people)
    result = plan(FAKE_APP, rejection(), REJECTION_MAIL)
    assert result.feedback is not None and result.feedback.email == "p.natarajan@acme.example"


def test_without_the_people_finder_the_rejection_author_is_the_one_recipient(monkeypatch):
    monkeypatch.setattr(recipients_module, "load_people", lambda app, r, m: None)
    result = plan(FAKE_APP, rejection(), REJECTION_MAIL)
    assert [(p.name, p.email, p.wrote_rejection) for p in result.thank] == [
        ("Priya Natarajan", "priya@acme.example", True)]
    assert result.feedback is result.thank[0]


def test_a_signer_of_a_no_reply_rejection_found_in_earlier_mail_gets_the_drafts_in_a_new_subject(monkeypatch):
    ats = parse(b"From: Harbor & Finch <no-reply@greenhouse.io>\r\nTo: Sam Rivera <sam@example.net>\r\n"
                b"Subject: Your application\r\nMessage-ID: <r2@greenhouse.io>\r\n\r\nNo.\r\n")
    signed = rejection(company="Harbor & Finch")
    signed.contact_email, signed.contact_name = None, "Dana Okoye"
    signed.sender = Address("Harbor & Finch", "no-reply@greenhouse.io")
    monkeypatch.setattr(recipients_module, "load_people",
                        lambda app, r, m: [person("Dana Okoye", ["dana.okoye@harborfinch.example"], "recruiter")])
    result = plan(FAKE_APP, signed, ats)
    assert [(p.email, p.wrote_rejection, p.on_rejection) for p in result.thank] == [
        ("dana.okoye@harborfinch.example", True, False)]
    monkeypatch.setattr(recipients_module, "load_people", lambda app, r, m: [person("Dana Okoye", [])])
    result = plan(FAKE_APP, signed, ats)
    assert result.thank == [] and [(s.name, s.reason) for s in result.skipped] == [
        ("Dana Okoye", "no email address known")]
