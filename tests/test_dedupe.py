"""One rejection letter, one rejection and one set of reactions, however many times the letter reaches the mailbox.

The reader forwards the letter to themselves from another account, the hiring side sends it twice, a copy sits in
two watched folders: each is a message of its own, but the letter is the same, so one rejection is recorded and one
draft written. Two different letters sent from one ATS template stay two rejections. All the mail here is written
for these tests.
"""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
import sqlite3
import textwrap
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from imap_mail import drafts_replying_to

from nextround.fingerprint import clean_subject, letter, letter_fingerprint
from nextround.message import parse

from support.dovecot import Account, imap_config_text

READER = "Sam Rivera <sam@example.net>"
OTHER_ACCOUNT = "Sam Rivera <sam.rivera@oldmail.example>"  # the reader's second mailbox, not a configured address
PRIYA = "Priya Natarajan <priya.natarajan@brightfield-analytics.example>"
SENT = datetime(2026, 9, 8, 9, 12, tzinfo=timezone(timedelta(hours=2)))

BRIGHTFIELD = """\
Hello Sam,

Many thanks for the conversations you had with our engineering group about the Data Platform Engineer opening at \
Brightfield Analytics. We enjoyed hearing about the ingestion pipelines you have built.

We have now finished our interviews, and I am sorry to tell you that we will not be offering you the position. The \
team chose a candidate whose background lines up more closely with what the role needs right now.

Your file stays with us, and we would be glad to hear from you when a new opening fits.

Warm wishes,
Priya Natarajan
People Team, Brightfield Analytics
"""

# One ATS template, two roles: the same sender, the same subject, the same long opening; only the role differs.
TEMPLATE = """\
Dear Sam,

Thank you for the time and care you put into your application to Lindqvist Freight. Every application we receive \
is read by a member of our recruiting team and by the hiring manager of the team concerned, and we know how much \
effort goes into preparing one. We received a very large number of applications in this round, many of them from \
people with strong and varied experience.

After weighing all of them, we have decided to continue with other applicants for the {role} position.

We keep your details on file for twelve months and encourage you to apply again.

Kind regards,
The Lindqvist Freight Recruiting Team
"""
ATS = "Lindqvist Freight Careers <no-reply@careers.lindqvist-freight.example>"


def letter_mail(*, sender: str = PRIYA, subject: str = "Your application: Data Platform Engineer",
                body: str = BRIGHTFIELD, msgid: str = "<letter-1@brightfield-analytics.example>",
                date: datetime = SENT, html: bool = False) -> bytes:
    """The letter as its author sent it: text, or HTML only (how some ATS send a copy)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, READER, subject
    msg["Date"], msg["Message-ID"] = format_datetime(date), msgid
    if html:
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
        msg.set_content(f"<html><body><div style='font-family:Arial'>{paragraphs}</div></body></html>", subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP)


def wrapped(body: str, width: int = 66) -> str:
    """The letter re-wrapped as a forwarding client does it."""
    return "\n\n".join(textwrap.fill(p, width) if "\n" not in p.strip() else p for p in body.strip().split("\n\n"))


def forward(original: bytes, *, style: str = "gmail", note: str = "keeping this one with the others",
            msgid: str = "<fwd-1@oldmail.example>", hours_later: int = 9) -> bytes:
    """The reader forwarding the letter from their other account: Gmail's marker, Outlook's "-----Original
    Message-----" block, or a client that quotes the forwarded text line by line."""
    orig = parse(original)
    body = wrapped(orig.text)
    if style == "gmail":
        forwarded = (f"---------- Forwarded message ---------\nFrom: {orig.sender}\n"
                     f"Date: Tue, Sep 8, 2026 at 9:12 AM\nSubject: {orig.subject}\nTo: {READER}\n\n\n{body}\n")
        subject = f"Fwd: {orig.subject}"
    elif style == "outlook":
        forwarded = (f"-----Original Message-----\nFrom: {orig.sender.name} [mailto:{orig.sender.email}]\n"
                     f"Sent: Tuesday, 8 September 2026 09:12\nTo: {READER}\nSubject: {orig.subject}\n\n{body}\n")
        subject = f"FW: {orig.subject}"
    else:  # quoted
        quoted = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
        forwarded = (f"----- Forwarded message from {orig.sender} -----\n> From: {orig.sender}\n"
                     f"> Subject: {orig.subject}\n>\n{quoted}\n----- End forwarded message -----\n")
        subject = f"Fwd: {orig.subject}"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = OTHER_ACCOUNT, READER, subject
    msg["Date"], msg["Message-ID"] = format_datetime(SENT + timedelta(hours=hours_later)), msgid
    msg.set_content(f"{note}\n\n{forwarded}")
    return msg.as_bytes(policy=email.policy.SMTP)


def fingerprint(raw: bytes) -> str:
    return letter_fingerprint(parse(raw))


# --- the fingerprint --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["gmail", "outlook", "quoted"])
def test_a_forward_of_the_letter_has_the_letters_fingerprint(style: str):
    original = letter_mail()
    fwd = forward(original, style=style)
    assert letter(parse(fwd))[0] == "priya.natarajan@brightfield-analytics.example"  # the author, not the reader
    assert fingerprint(fwd) == fingerprint(original)


def test_a_letter_that_opens_with_labelled_lines_keeps_them_when_forwarded():
    body = "Position: Fleet Planner\nReference: LF-2231\n\n" + TEMPLATE.format(role="Fleet Planner")
    original = letter_mail(sender=ATS, subject="Your application", body=body,
                           msgid="<t-1@careers.lindqvist-freight.example>")
    fwd = forward(original, style="outlook")
    assert "reference" in letter(parse(fwd))[1].lower()
    assert fingerprint(fwd) == fingerprint(original)


def test_the_html_copy_and_the_text_copy_of_a_letter_are_one_letter():
    text = letter_mail()
    html = letter_mail(html=True, msgid="<letter-1-again@brightfield-analytics.example>")
    assert parse(html).html and "Brightfield" in parse(html).text
    assert fingerprint(html) == fingerprint(text)
    assert fingerprint(forward(html)) == fingerprint(text)


def test_reply_and_forward_prefixes_are_not_the_subject():
    base = clean_subject("Your application: Data Platform Engineer")
    for prefixed in ("Re: Your application: Data Platform Engineer", "AW: WG: Your application: Data Platform Engineer",
                     "TR: your application: data platform engineer", "RV: Your application: Data Platform Engineer",
                     "Enc: Your application:  Data Platform Engineer", "FW : RE[2]: Your application: Data Platform "
                     "Engineer"):
        assert clean_subject(prefixed) == base, prefixed
    assert clean_subject("Review: Your application") != clean_subject("Your application")  # a word, no prefix


def test_one_template_for_two_roles_gives_two_letters():
    one = letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Fleet Planner"),
                      msgid="<t-1@careers.lindqvist-freight.example>")
    two = letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Customs Analyst"),
                      msgid="<t-2@careers.lindqvist-freight.example>")
    assert fingerprint(one) != fingerprint(two)


def test_two_letters_with_next_to_no_text_are_never_taken_for_one():
    one = letter_mail(sender=ATS, subject="Your application", body="See the attached letter.\n",
                      msgid="<pdf-1@careers.lindqvist-freight.example>")
    two = letter_mail(sender=ATS, subject="Your application", body="See the attached letter.\n",
                      msgid="<pdf-2@careers.lindqvist-freight.example>")
    assert fingerprint(one) != fingerprint(two)


def test_the_same_words_from_another_sender_or_under_another_subject_are_another_letter():
    original = fingerprint(letter_mail())
    assert fingerprint(letter_mail(sender="Priya Natarajan <priya@elsewhere.example>")) != original
    assert fingerprint(letter_mail(subject="Your application: Analytics Engineer")) != original
    note_only = letter_mail(body=BRIGHTFIELD.replace("Warm wishes", "P.S. the team asked me to pass on its thanks."
                                                     "\n\nWarm wishes"))
    assert fingerprint(note_only) != original  # a different letter, even if only its end differs


# --- end to end: the real pipeline, the real detector, thank_you and calendar on ---------------------------------


class Mailbox:
    """A Maildir the real command line reads, with thank_you (maildir drafts) and calendar (.ics) on."""

    def __init__(self, tmp_path: Path, write_config, nextround) -> None:
        self.tmp = tmp_path
        self.box = mailbox.Maildir(tmp_path / "Maildir", create=True)
        self.run_cli = nextround
        self.config = write_config(f"""
            [plugins]
            enabled = ["thank_you", "calendar"]
            [plugins.thank_you]
            maildir_path = "{tmp_path / 'Drafts'}"
            feedback_request = false
            [plugins.calendar]
            backend = "ics"
            ics_path = "{tmp_path / 'calendar.ics'}"
            """, maildir=tmp_path / "Maildir")

    def deliver(self, *raws: bytes) -> None:
        for raw in raws:
            self.box.add(raw)

    def run(self, *args: str) -> str:
        proc = self.run_cli(*(args or ("run", "--once")), config=self.config)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        return proc.stdout + proc.stderr

    def rows(self, sql: str) -> list[tuple]:
        with sqlite3.connect(self.tmp / "state.sqlite3") as db:
            return db.execute(sql).fetchall()

    def drafts(self) -> list[bytes]:
        folder = self.tmp / "Drafts"
        return [p.read_bytes() for sub in ("new", "cur") for p in sorted((folder / sub).glob("*"))]

    def reacted_to(self) -> set[int]:
        """The rejections any plugin did something for."""
        return {r[0] for r in self.rows("SELECT rejection_id FROM effects UNION SELECT rejection_id FROM reactions")}

    def events(self) -> int:
        ics = self.tmp / "calendar.ics"
        return ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") if ics.exists() else 0


PRIYA_ADDR = "priya.natarajan@brightfield-analytics.example"


def drafts_to(inbox: Mailbox, address: str) -> list[email.message.EmailMessage]:
    drafts = [email.message_from_bytes(raw, policy=email.policy.default) for raw in inbox.drafts()]
    return [d for d in drafts if address in str(d["To"])]


@pytest.fixture
def inbox(tmp_path: Path, write_config, nextround) -> Mailbox:
    return Mailbox(tmp_path, write_config, nextround)


@pytest.mark.parametrize("forward_first", [False, True], ids=["original-first", "forward-first"])
def test_the_letter_and_the_readers_forward_of_it_make_one_rejection_and_one_draft(inbox: Mailbox,
                                                                                    forward_first: bool):
    original = letter_mail()
    fwd = forward(original)
    inbox.deliver(*((fwd, original) if forward_first else (original, fwd)))
    out = inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(1,)]
    assert len(drafts_to(inbox, PRIYA_ADDR)) == 1
    assert inbox.reacted_to() == {1}
    first_events = inbox.events()
    assert first_events > 0
    # Both messages are recorded: the one seen second as a readable duplicate of rejection #1.
    outcomes = dict(inbox.rows("SELECT message_id, outcome FROM messages"))
    second = "<letter-1@brightfield-analytics.example>" if forward_first else "<fwd-1@oldmail.example>"
    assert outcomes[second] == "duplicate"
    assert inbox.rows(f"SELECT duplicate_of FROM messages WHERE message_id = '{second}'") == [(1,)]
    assert "same letter as rejection #1 (Brightfield Analytics" in out and "not acted on again" in out
    drafts = len(inbox.drafts())
    inbox.run()  # a second pass changes nothing
    assert len(inbox.drafts()) == drafts and inbox.events() == first_events


def test_a_forward_read_first_gets_no_draft_to_the_readers_other_address(inbox: Mailbox):
    original = letter_mail()
    inbox.deliver(forward(original))
    inbox.run()
    assert drafts_to(inbox, "sam.rivera@oldmail.example") == []  # the reader's own name: their own second account
    assert len(drafts_to(inbox, parse(original).sender.email)) == 1  # the letter's author still gets the note


def test_a_restart_between_the_letter_and_its_forward_still_gives_one_draft(inbox: Mailbox):
    original = letter_mail()
    inbox.deliver(original)
    inbox.run()
    assert len(inbox.drafts()) == 1
    inbox.deliver(forward(original, style="outlook"))  # a new process: only the state remembers the letter
    out = inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(1,)]
    assert len(inbox.drafts()) == 1 and inbox.reacted_to() == {1}
    assert "same letter as rejection #1" in out


def test_the_ats_sending_the_letter_twice_makes_one_rejection(inbox: Mailbox):
    first = letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Fleet Planner"),
                        msgid="<t-1@careers.lindqvist-freight.example>")
    again = letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Fleet Planner"),
                        msgid="<t-1-resent@careers.lindqvist-freight.example>", date=SENT + timedelta(hours=3),
                        html=True)
    inbox.deliver(first, again)
    out = inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(1,)]
    assert inbox.rows("SELECT outcome FROM messages ORDER BY date") == [("rejection",), ("duplicate",)]
    assert inbox.reacted_to() == {1}
    assert "not acted on again" in out
    status = inbox.run("status", "--json")
    assert '"rejections": 1' in status and '"duplicates": 1' in status  # the user can see the copy was noticed


def test_two_letters_from_one_ats_template_for_two_roles_are_two_rejections(inbox: Mailbox):
    inbox.deliver(
        letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Fleet Planner"),
                    msgid="<t-1@careers.lindqvist-freight.example>"),
        letter_mail(sender=ATS, subject="Your application", body=TEMPLATE.format(role="Customs Analyst"),
                    msgid="<t-2@careers.lindqvist-freight.example>", date=SENT + timedelta(hours=1)))
    out = inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(2,)]
    assert inbox.reacted_to() == {1, 2}
    assert "duplicate" not in {r[0] for r in inbox.rows("SELECT outcome FROM messages")}
    assert "same letter" not in out


def test_the_same_template_letter_months_later_answers_a_new_application(inbox: Mailbox):
    body = TEMPLATE.format(role="Fleet Planner")
    inbox.deliver(letter_mail(sender=ATS, subject="Your application", body=body,
                              msgid="<t-1@careers.lindqvist-freight.example>"),
                  letter_mail(sender=ATS, subject="Your application", body=body, date=SENT + timedelta(days=150),
                              msgid="<t-9@careers.lindqvist-freight.example>"))
    inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(2,)]


def test_the_users_decision_on_the_first_copy_stands_for_the_next(inbox: Mailbox):
    original = letter_mail()
    inbox.deliver(original)
    inbox.run()
    assert "#1: auto -> dismissed" in inbox.run("dismiss", "1")
    inbox.deliver(forward(original))
    out = inbox.run()
    assert inbox.rows("SELECT id, decision FROM rejections") == [(1, "dismissed")]  # nothing new to decide on
    assert "(#1 was dismissed)" in out


# A classifier plugin that reads each message as sure as a test says (by Message-ID), ahead of the built-in one.
SURE_AS_TOLD = """\
import json
from pathlib import Path

from nextround.records import Verdict

TOLD = json.loads(Path(__file__).with_suffix(".json").read_text(encoding="utf-8"))


def nextround_classify(message):
    confidence = TOLD.get(message.message_id or "")
    if confidence is None:
        return None
    return Verdict(is_rejection=True, confidence=confidence, reasons=["as the test says"], company="Brightfield",
                   contact_name="Priya Natarajan", contact_email="priya.natarajan@brightfield-analytics.example")
"""


def told_mailbox(tmp_path: Path, write_config, nextround, told: dict[str, float]) -> Mailbox:
    plugins = tmp_path / "plugins"
    plugins.mkdir(mode=0o755)
    (plugins / "sure_as_told.py").write_text(SURE_AS_TOLD, encoding="utf-8")
    (plugins / "sure_as_told.json").write_text(json.dumps(told), encoding="utf-8")
    box = Mailbox(tmp_path, write_config, nextround)
    box.config = write_config(f"""
        [plugins]
        enabled = ["thank_you", "sure_as_told"]
        paths = ["{plugins}"]
        [plugins.thank_you]
        maildir_path = "{tmp_path / 'Drafts'}"
        feedback_request = false
        """, maildir=tmp_path / "Maildir")
    return box


def test_an_uncertain_first_copy_waits_for_the_user_and_a_later_copy_adds_nothing(tmp_path, write_config,
                                                                                    nextround):
    original = letter_mail()
    box = told_mailbox(tmp_path, write_config, nextround, {"<letter-1@brightfield-analytics.example>": 0.6,
                                                           "<fwd-1@oldmail.example>": 0.6})
    box.deliver(original)
    box.run()
    box.deliver(forward(original))
    out = box.run()
    assert "(#1 awaits `nextround confirm 1`)" in out
    assert box.rows("SELECT id, decision FROM rejections") == [(1, "uncertain")] and box.drafts() == []
    box.run("confirm", "1")
    box.run()
    assert len(box.drafts()) == 1 and box.reacted_to() == {1}


def test_a_clear_copy_of_a_letter_first_read_as_uncertain_is_acted_on_once(tmp_path, write_config, nextround):
    original = letter_mail()
    box = told_mailbox(tmp_path, write_config, nextround, {"<fwd-1@oldmail.example>": 0.6,
                                                           "<letter-1@brightfield-analytics.example>": 0.97})
    box.deliver(forward(original))
    box.run()
    assert box.rows("SELECT decision FROM rejections") == [("uncertain",)] and box.drafts() == []
    box.deliver(original)
    out = box.run()
    assert "#1 is acted on" in out
    assert box.rows("SELECT id, decision, confidence FROM rejections") == [(1, "auto", 0.97)]
    assert len(drafts_to(box, PRIYA_ADDR)) == 1 and box.reacted_to() == {1}
    assert dict(box.rows("SELECT message_id, outcome FROM messages")) == {
        "<fwd-1@oldmail.example>": "uncertain", "<letter-1@brightfield-analytics.example>": "duplicate"}


def test_a_rejection_recorded_before_fingerprints_existed_is_still_known(inbox: Mailbox):
    original = letter_mail()
    inbox.deliver(original)
    inbox.run()
    with sqlite3.connect(inbox.tmp / "state.sqlite3") as db:  # as an older version left it
        db.execute("UPDATE rejections SET fingerprint = NULL")
    inbox.deliver(forward(original))
    inbox.run()
    assert inbox.rows("SELECT count(*) FROM rejections") == [(1,)]
    assert inbox.rows("SELECT fingerprint FROM rejections") == [(fingerprint(original),)]
    assert len(inbox.drafts()) == 1


def test_a_state_from_before_fingerprints_is_migrated_in_place(tmp_path: Path):
    from nextround.state import CORE_MIGRATIONS, State, _statements

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:  # the state as the previous version left it: core migrations 1 and 2
        db.execute("CREATE TABLE migrations (owner TEXT, version INTEGER, applied_at REAL,"
                   " PRIMARY KEY (owner, version))")
        for version, script in enumerate(CORE_MIGRATIONS[:2], start=1):
            for statement in _statements(script):
                db.execute(statement)
            db.execute("INSERT INTO migrations VALUES ('core', ?, 0)", (version,))
        db.execute("INSERT INTO rejections (message_key, decision, created_at) VALUES ('mid:a@b', 'auto', 0)")
    state = State(path)
    assert {r[1] for r in state.query("PRAGMA table_info(rejections)")} >= {"fingerprint"}
    assert {r[1] for r in state.query("PRAGMA table_info(messages)")} >= {"duplicate_of"}
    assert state.one("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'rejections_fingerprint'")
    assert [tuple(r) for r in state.query("SELECT message_key, fingerprint FROM rejections")] == [("mid:a@b", None)]
    state.close()


def test_a_dry_run_plans_one_draft_for_the_letter_and_its_forward(inbox: Mailbox):
    original = letter_mail()
    inbox.deliver(original, forward(original))
    out = inbox.run("run", "--once", "--dry-run")
    assert "1 rejections" in out and "not acted on again" in out
    assert not (inbox.tmp / "Drafts").exists() or not inbox.drafts()


# --- end to end over IMAP (Dovecot) -------------------------------------------------------------------------------

IMAP_PLUGINS = """
[plugins]
enabled = ["thank_you"]
[plugins.thank_you]
drafts = "imap"
feedback_request = false
"""


def run_imap(account: Account, tmp_path: Path, nextround, folders: str = "") -> str:
    config = tmp_path / "imap.toml"
    config.write_text(imap_config_text(account, tmp_path / "state.sqlite3", imap=folders, extra=IMAP_PLUGINS))
    proc = nextround("run", "--once", config=config, env={"NEXTROUND_TEST_IMAP_PASSWORD": account.password})
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


def imap_rows(tmp_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_imap_the_letter_and_its_forward_in_two_passes_make_one_draft(imap_account: Account, tmp_path: Path,
                                                                      nextround):
    original = letter_mail()
    imap_account.append(forward(original))  # the forward is read first: it is the rejection acted on
    run_imap(imap_account, tmp_path, nextround)
    imap_account.append(original)
    err = run_imap(imap_account, tmp_path, nextround)
    assert "same letter as rejection #1" in err
    drafts = [email.message_from_bytes(raw, policy=email.policy.default) for raw in imap_account.messages("Drafts")]
    assert {str(d["In-Reply-To"]) for d in drafts} == {"<fwd-1@oldmail.example>"}  # all for the one rejection
    assert len([d for d in drafts if PRIYA_ADDR in str(d["To"])]) == 1  # (see the xfail above for the others)
    assert imap_rows(tmp_path, "SELECT message_id, outcome FROM messages ORDER BY date") == [
        ("<letter-1@brightfield-analytics.example>", "duplicate"), ("<fwd-1@oldmail.example>", "rejection")]


def test_imap_a_copy_in_two_folders_and_a_resend_make_one_draft(imap_account: Account, tmp_path: Path, nextround):
    original = letter_mail()
    imap_account.append(original)
    imap_account.append(original, folder="Applications")  # the same message (same Message-ID) filed twice
    imap_account.append(letter_mail(msgid="<letter-1-resent@brightfield-analytics.example>",
                                    date=SENT + timedelta(minutes=20)), folder="Applications")
    run_imap(imap_account, tmp_path, nextround, folders='folders = ["INBOX", "Applications"]\n')
    assert drafts_replying_to(imap_account.messages("Drafts")) == {"<letter-1@brightfield-analytics.example>": 1}
    assert imap_rows(tmp_path, "SELECT count(*) FROM rejections") == [(1,)]
    assert imap_rows(tmp_path, "SELECT outcome, count(*) FROM messages GROUP BY outcome ORDER BY outcome") == [
        ("duplicate", 1), ("rejection", 1)]
