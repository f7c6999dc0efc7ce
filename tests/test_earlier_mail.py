"""A terse note that names no job is a rejection when the same sender's earlier mail was about the reader's
application (core/earlier_mail.py), through the real command line over a real Maildir and state file."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RECRUITER = "Rahul Quinlan <rahul.quinlan@kingsmerefoods.example>"
DAY = datetime(2026, 3, 30, 10, 0, tzinfo=UTC)

INVITATION = ("Interview for the Junior Buyer role",
              "Hi Sam,\n\nthanks for your application for the Junior Buyer role. We would like to invite you to an "
              "interview on Tuesday 7 April at 10:00 at our office. Please confirm "
              "the slot that suits you.\n\nBest,\nRahul Quinlan\nTalent team, Kingsmere Foods\n")
ACKNOWLEDGED = ("Your application: Junior Buyer", "Hi Sam,\n\nthank you for your application for the Junior Buyer "
                "role. We have received it and will be in touch within two weeks.\n\nRahul\nKingsmere Foods\n")
TERSE = ("quick update", "hey Sam!\n\nthanks for chatting on tuesday. sorry mate, they went with someone else\n\n"
         "keep in touch yeah?\n\ncheers\nRahul\n")
TERSE_PASS = ("re: tuesday", "Hi Sam - thanks again for coming in. We're going to pass for now, but it was great to "
              "meet you.\n\nRahul\n")
REJECTION = ("Your application: Junior Buyer", "Dear Sam,\n\nthank you for interviewing for the Junior Buyer role. "
             "Unfortunately we have decided to move forward with another candidate whose experience more closely "
             "matches our needs.\n\nKind regards,\nRahul Quinlan\nKingsmere Foods\n")


def letter(subject: str, body: str, when: datetime, sender: str = RECRUITER) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "Sam Rivera <sam@example.net>"
    msg["Subject"], msg["Date"] = subject, format_datetime(when)
    msg["Message-ID"] = f"<{subject.replace(' ', '.').replace(':', '')}.{when:%Y%m%d}@mail.example>"
    msg.set_content(body)
    return bytes(msg)


def maildir(tmp_path: Path, *letters: bytes) -> Path:
    """A Maildir holding ``letters``, delivered in this order (file times one minute apart)."""
    root = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(letters):
        path = root / "cur" / f"{1_700_000_000 + n}.{n}.host:2,S"
        path.write_bytes(raw)
        os.utime(path, (1_700_000_000 + 60 * n, 1_700_000_000 + 60 * n))
    return root


def replied_to(tmp_path: Path) -> list[str]:
    """The Message-ID each draft replies to."""
    drafts = sorted((tmp_path / "Drafts" / "cur").glob("*")) if (tmp_path / "Drafts" / "cur").exists() else []
    return [message_from_bytes(d.read_bytes())["In-Reply-To"] for d in drafts]


def run(nextround, write_config, tmp_path: Path, *letters: bytes) -> list[dict]:
    """`nextround run --once` over a Maildir of ``letters``; the rejections it recorded (`rejections --json`)."""
    config = write_config(f'[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n',
                          maildir=maildir(tmp_path, *letters))
    nextround("run", "--once", config=config, check=True)
    return json.loads(nextround("rejections", "--json", config=config, check=True).stdout)


def test_terse_note_after_an_interview_invitation_is_a_rejection_with_its_reason(nextround, write_config, tmp_path):
    found = run(nextround, write_config, tmp_path, letter(*INVITATION, DAY), letter(*TERSE, DAY + timedelta(days=9)))
    assert [r["subject"] for r in found] == ["quick update"]
    assert found[0]["decision"] == "auto" and found[0]["company"] == "Kingsmere Foods"
    said = ("job context from earlier mail: an interview or assessment: 'Interview for the Junior Buyer role' from "
            "rahul.quinlan@kingsmerefoods.example, 2026-03-30")
    assert any(r.startswith(said) for r in found[0]["reasons"]), found[0]["reasons"]
    assert set(replied_to(tmp_path)) == {found[0]["message_id"]}  # the drafts answer it, and only it


def test_terse_note_after_an_acknowledgement_is_a_rejection(nextround, write_config, tmp_path):
    found = run(nextround, write_config, tmp_path, letter(*ACKNOWLEDGED, DAY), letter(*TERSE_PASS, DAY + timedelta(5)))
    assert [r["subject"] for r in found] == ["re: tuesday"]


def test_the_same_note_alone_is_no_rejection(nextround, write_config, tmp_path):
    assert run(nextround, write_config, tmp_path, letter(*TERSE, DAY)) == []


def test_a_colleague_at_the_same_company_is_not_the_same_sender(nextround, write_config, tmp_path):
    colleague = "Mia Park <mia.park@kingsmerefoods.example>"
    found = run(nextround, write_config, tmp_path, letter(*INVITATION, DAY),
                letter(*TERSE, DAY + timedelta(days=9), sender=colleague))
    assert found == []


def test_a_note_written_before_the_invitation_gets_no_context_from_it(nextround, write_config, tmp_path):
    # delivered after it (a slow server, a moved file) but dated before: the invitation did not come first
    found = run(nextround, write_config, tmp_path, letter(*INVITATION, DAY), letter(*TERSE, DAY - timedelta(days=2)))
    assert found == []


def test_a_note_after_a_rejection_from_the_same_sender_is_no_second_rejection(nextround, write_config, tmp_path):
    found = run(nextround, write_config, tmp_path, letter(*INVITATION, DAY), letter(*REJECTION, DAY + timedelta(9)),
                letter(*TERSE, DAY + timedelta(days=10)))
    assert [r["subject"] for r in found] == ["Your application: Junior Buyer"]
    assert set(replied_to(tmp_path)) == {found[0]["message_id"]}


def test_mail_about_something_else_gives_no_job_context(nextround, write_config, tmp_path):
    newsletter = ("Kingsmere Foods news: spring recipes", "Hi Sam,\n\nour spring recipes are here: try the wild garlic "
                  "pesto!\n\nThe Kingsmere Foods team\n")
    found = run(nextround, write_config, tmp_path, letter(*newsletter, DAY), letter(*TERSE, DAY + timedelta(days=9)))
    assert found == []


def test_the_invitation_is_recorded_as_interview_mail(nextround, write_config, tmp_path):
    # (what the context is read from: the category the classifier gives the earlier mail)
    run(nextround, write_config, tmp_path, letter(*INVITATION, DAY))
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        assert db.execute("SELECT category FROM messages").fetchall() == [("interview",)]


def dry_run(nextround, write_config, tmp_path: Path, *letters: bytes) -> str:
    """`nextround run --once --dry-run` over a Maildir of ``letters``: what it says it would do."""
    config = write_config(f'[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n',
                          maildir=maildir(tmp_path, *letters))
    return nextround("run", "--once", "--dry-run", config=config, check=True).stdout


def test_a_dry_run_reads_the_note_with_the_invitation_read_earlier_in_the_same_pass(nextround, write_config,
                                                                                    tmp_path):
    # (a dry run records nothing: the real run would find the note, so the dry run must show it too)
    out = dry_run(nextround, write_config, tmp_path, letter(*INVITATION, DAY), letter(*TERSE, DAY + timedelta(9)))
    assert "2 new messages, 1 rejections" in out, out
    assert out.count("would thank_you: thank-you note draft to Rahul Quinlan") == 1, out
    assert not (tmp_path / "Drafts").exists()
    assert not (tmp_path / "state.sqlite3").exists() or sqlite3.connect(tmp_path / "state.sqlite3").execute(
        "SELECT count(*) FROM messages").fetchone()[0] == 0


def test_a_dry_run_makes_no_second_rejection_of_a_note_after_a_rejection(nextround, write_config, tmp_path):
    out = dry_run(nextround, write_config, tmp_path, letter(*INVITATION, DAY), letter(*REJECTION, DAY + timedelta(9)),
                  letter(*TERSE, DAY + timedelta(days=10)))
    assert "3 new messages, 1 rejections" in out, out
    assert out.count("would thank_you: thank-you note draft to") == 1, out
