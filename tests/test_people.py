"""The shared people finder (nextround.people), on state written by real passes of the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextround.app import App
from nextround.config import load
from nextround.message import parse
from nextround.people import Person, process_people
from nextround.reactions import load_rejection


def _people(config: Path, message_id: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Person]:
    monkeypatch.setenv("NEXTROUND_DATA_DIR", str(tmp_path / "data"))
    app = App.build(load(config))
    try:
        row = app.state.one("SELECT * FROM rejections WHERE message_id = ?", (message_id,))
        assert row is not None, f"{message_id} was not recorded as a rejection"
        return process_people(app, load_rejection(row), parse(row["raw"]))
    finally:
        app.close()


def _eml(path: Path, headers: dict[str, str], body: str) -> None:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    path.write_bytes((head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
                     .encode("utf-8"))


def _label(message_id: str, company: str, rejection: bool = True) -> dict:
    return {"message_id": message_id, "is_rejection": rejection, "company": company, "role": "Data Engineer",
            "contact_name": None, "contact_email": None, "careers_url": None, "lang": "en"}


def test_headers_only_when_contacts_plugin_is_off(labelled_demo_config, nextround, monkeypatch, tmp_path):
    """thank_you relies on this: with the contacts plugin disabled, the header index is enough."""
    config = labelled_demo_config(enabled='"demo_labels"')
    nextround("run", "--once", config=config, check=True)
    people = _people(config, "<202609041610.516cc885.69eeca@acme-robotics.example>", monkeypatch, tmp_path)
    by_email = {p.emails[0]: p for p in people}
    assert sorted(by_email) == ["helen.okafor@acme-robotics.example", "priya.natarajan@acme-robotics.example",
                                "tomas.herrera@acme-robotics.example"]
    priya = by_email["priya.natarajan@acme-robotics.example"]
    assert (priya.name, priya.role, priya.company) == ("Priya Natarajan", "recruiter", "Acme Robotics")
    assert priya.title == "Senior Technical Recruiter"  # from the rejection's own signature
    assert people[0] is priya  # the writer first
    assert by_email["tomas.herrera@acme-robotics.example"].role == "interviewer"
    assert "<202608201120.a04fbe66.99b075@acme-robotics.example>" in by_email[
        "helen.okafor@acme-robotics.example"].message_ids


def test_signer_of_an_ats_mail_is_a_person_merged_with_their_address(labelled_demo_config, nextround, demo_maildir,
                                                                      monkeypatch, tmp_path):
    new = demo_maildir / "new"
    _eml(new / "1795600000.M1P1.t", {
        "From": "Dana Whitfield <dana.whitfield@orbital-foods.example>", "To": "Sam Rivera <sam@example.net>",
        "Cc": "Lee Park <lee.park@orbital-foods.example>, Sam Rivera <sam@example.net>",
        "Subject": "Interview with Orbital Foods", "Date": "Mon, 02 Nov 2026 10:00:00 +0000",
        "Message-ID": "<inv-1@orbital-foods.example>"},
        "Hi Sam,\n\nLee will be your interviewer on Thursday.\n\nBest,\nDana Whitfield\n"
        "Talent Acquisition, Orbital Foods\nhttps://www.linkedin.com/in/dana-whitfield\n")
    _eml(new / "1795700000.M2P2.t", {
        "From": "Orbital Foods <no-reply@greenhouse.io>", "To": "Sam Rivera <sam@example.net>",
        "Cc": "Sam Rivera <sam@example.net>",
        "Subject": "Your application to Orbital Foods", "Date": "Tue, 24 Nov 2026 10:00:00 +0000",
        "Message-ID": "<rej-1@greenhouse.io>"},
        "Dear Sam,\n\nWe have decided not to move forward with your application. Thank you for meeting\n"
        "Lee Park, our data engineering manager and the hiring manager for this role.\n\n"
        "Kind regards,\nDana Whitfield, Talent Acquisition\n")
    _eml(new / "1795800000.M3P3.t", {
        "From": "Quartz Labs <no-reply@lever.co>", "To": "Sam Rivera <sam@example.net>",
        "Subject": "Your application to Quartz Labs", "Date": "Wed, 25 Nov 2026 10:00:00 +0000",
        "Message-ID": "<rej-2@lever.co>"},
        "Hi Sam,\n\nUnfortunately we will not proceed.\n\nBest regards,\nMira Solberg\nRecruiting, Quartz Labs\n")
    _eml(new / "1795900000.M4P4.t", {
        "From": "Zephyr Media Talent Team <talent@zephyr.example>", "To": "Sam Rivera <sam@example.net>",
        "Subject": "Your application", "Date": "Wed, 25 Nov 2026 11:00:00 +0000",
        "Message-ID": "<rej-3@zephyr.example>"},
        "Hi Sam,\n\nWe will not be progressing your application.\n\nWarm wishes,\nZephyr Media\n")
    zephyr = {**_label("<rej-3@zephyr.example>", ""), "company": None, "contact_name": "Zephyr Media"}
    config = labelled_demo_config(labels=[_label("<inv-1@orbital-foods.example>", "Orbital Foods", False),
                                          _label("<rej-1@greenhouse.io>", "Orbital Foods"),
                                          _label("<rej-2@lever.co>", "Quartz Labs"), zephyr])
    nextround("run", "--once", config=config, check=True)

    people = _people(config, "<rej-1@greenhouse.io>", monkeypatch, tmp_path)
    by_name = {p.name: p for p in people}
    assert sorted(by_name) == ["Dana Whitfield", "Lee Park"]  # never the user, never the ATS sender
    dana = by_name["Dana Whitfield"]
    assert dana.emails == ["dana.whitfield@orbital-foods.example"]  # the signer merged with her address
    assert (dana.role, dana.title, dana.company) == ("recruiter", "Talent Acquisition", "Orbital Foods")
    assert dana.linkedin == "https://www.linkedin.com/in/dana-whitfield"
    assert set(dana.message_ids) == {"<inv-1@orbital-foods.example>", "<rej-1@greenhouse.io>"}
    lee = by_name["Lee Park"]
    assert (lee.emails, lee.role) == (["lee.park@orbital-foods.example"], "hiring_manager")

    # an ATS mail signed by someone never met: a person without an address
    (mira,) = _people(config, "<rej-2@lever.co>", monkeypatch, tmp_path)
    assert (mira.name, mira.emails, mira.role, mira.company) == ("Mira Solberg", [], "recruiter", "Quartz Labs")

    # a company signing its own no-reply mail is not a person
    assert _people(config, "<rej-3@zephyr.example>", monkeypatch, tmp_path) == []

    contacts = nextround("contacts", "--json", config=config, check=True).stdout
    assert "Mira Solberg" in contacts and "no-reply@" not in contacts and "sam@example.net" not in contacts
