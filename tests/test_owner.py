"""The mailbox owner's own mail is never a rejection, also when the config names no address of theirs.

Sam hires as well as job-hunts: a no Sam wrote to a candidate of theirs sits in the mailbox beside the mail Sam
receives. With `[user] addresses` empty (a Maildir, or `nextround classify` over files) the owner is the address most
of the mail is sent to. All the mail here is written for these tests.
"""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from nextround.owner import OwnerTally, recipients

SAM = "Sam Rivera <sam@example.net>"
CANDIDATE = "Jonah Pike <jonah.pike@mailhost.example>"

# the no Sam sent, as a hiring manager, to a candidate of theirs
SAMS_NO = """\
Hi Jonah,

Thank you for coming in on Tuesday to talk about the Warehouse Coordinator opening on my team at Oakline Supply.

I'm sorry to say that we have decided to move forward with another candidate, whose experience with our
scheduling system is closer to what we need right now. I enjoyed our conversation and wish you the best.

Sam Rivera
Operations Lead, Oakline Supply
"""

# a no Sam received
THEIR_NO = """\
Dear Sam,

Thank you for interviewing for the Logistics Analyst position at Fernvale Foods. After careful consideration we
have decided not to proceed with your application. We appreciate your interest and wish you success.

Kind regards,
Imogen Hart
Talent Acquisition, Fernvale Foods
"""

ORDINARY = ["The book club meets at mine on Thursday, bring the wine you promised.",
            "Your parcel from Lumen Lamps has been dispatched and should arrive on Friday.",
            "Minutes of the residents' meeting are attached; the bike shed vote passed."]


def mail(sender: str, to: str, subject: str, body: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"], msg["Message-ID"] = "Tue, 06 Oct 2026 10:00:00 +0000", f"<m{n}@owner-test.example>"
    msg.set_content(body)
    return bytes(msg)


def mailbox_files(tmp_path: Path) -> dict[str, Path]:
    """Sam's mail as files: three ordinary notes to Sam, a no to Sam, and Sam's own no to a candidate."""
    files: dict[str, Path] = {}
    messages = [(f"note{i}", mail(f"Friend {i} <friend{i}@mailhost.example>", SAM, "hello", text, i))
                for i, text in enumerate(ORDINARY)]
    messages += [("their_no", mail("Imogen Hart <imogen.hart@fernvale-foods.example>", SAM,
                                   "Your application: Logistics Analyst", THEIR_NO, 10)),
                 ("sams_no", mail(SAM, CANDIDATE, "Your application: Warehouse Coordinator", SAMS_NO, 11))]
    for name, raw in messages:
        files[name] = tmp_path / f"{name}.eml"
        files[name].write_bytes(raw)
    return files


def classify_json(nextround, config: Path, files: list[Path]) -> dict[str, dict]:
    proc = nextround("classify", "--json", *map(str, files), config=config, check=True)
    return {Path(json.loads(line)["file"]).stem: json.loads(line) for line in proc.stdout.splitlines()}


def test_recipients_reads_the_header_block_only():
    raw = (b"From: a@x.example\r\nTo: Sam <SAM@example.net>,\r\n\tb@y.example\r\nCc: c@z.example\r\n\r\n"
           b"To: not-a-header@body.example\r\n")
    assert recipients(raw) == {"sam@example.net", "b@y.example", "c@z.example"}


def test_an_address_needs_a_share_of_the_mail_to_be_the_owners():
    tally = OwnerTally()
    for _ in range(2):
        tally.add({"sam@example.net"})
    assert tally.owners() == set()  # two messages prove nothing
    tally.add({"sam@example.net", "team@list.example"})
    for i in range(9):
        tally.add({f"other{i}@example.org"})
    assert tally.owners() == {"sam@example.net"}  # 3 of 12, a quarter; the list's one message is not


def test_classify_reads_the_owners_own_no_as_theirs(tmp_path: Path, nextround, write_config):
    files = mailbox_files(tmp_path)
    verdicts = classify_json(nextround, write_config(owner=False), list(files.values()))
    assert verdicts["their_no"]["is_rejection"] is True
    own = verdicts["sams_no"]
    assert own["is_rejection"] is False
    assert any("mailbox owner (sam@example.net)" in r for r in own["reasons"])


def test_without_the_rest_of_the_mailbox_no_owner_is_guessed(tmp_path: Path, nextround, write_config):
    # (one file says nothing of whose mailbox it is: it is read as any letter)
    files = mailbox_files(tmp_path)
    verdicts = classify_json(nextround, write_config(owner=False), [files["sams_no"]])
    assert verdicts["sams_no"]["is_rejection"] is True


def test_the_configured_address_decides_for_a_single_file(tmp_path: Path, nextround, write_config):
    files = mailbox_files(tmp_path)
    verdicts = classify_json(nextround, write_config(), [files["sams_no"]])  # addresses = ["sam@example.net"]
    assert verdicts["sams_no"]["is_rejection"] is False


def test_a_no_the_owner_forwards_to_themselves_is_still_read(tmp_path: Path, nextround, write_config):
    files = mailbox_files(tmp_path)
    forward = tmp_path / "forward.eml"
    forward.write_bytes(mail(SAM, "Sam Rivera <sam.archive@mailhost.example>", "Fwd: Your application",
                             "keep this one\n\n---------- Forwarded message ---------\nFrom: Imogen Hart "
                             "<imogen.hart@fernvale-foods.example>\nSubject: Your application: Logistics Analyst\n\n"
                             + THEIR_NO, 12))
    verdicts = classify_json(nextround, write_config(owner=False), [*files.values(), forward])
    assert verdicts["forward"]["is_rejection"] is True
    assert not any("mailbox owner" in r for r in verdicts["forward"]["reasons"])


def test_eval_guesses_each_folders_owner(tmp_path: Path, nextround, write_config):
    corpus = tmp_path / "corpus"
    (corpus / "messages").mkdir(parents=True)
    labels = []
    for name, path in mailbox_files(tmp_path).items():
        (corpus / "messages" / path.name).write_bytes(path.read_bytes())
        labels.append({"file": path.name, "is_rejection": name == "their_no", "lang": "en"})
    (corpus / "labels.jsonl").write_text("\n".join(map(json.dumps, labels)), encoding="utf-8")
    proc = nextround("eval", str(corpus), "--json", config=write_config(owner=False), check=True)
    assert json.loads(proc.stdout)["detection"]["all"]["fp"] == 0


@pytest.fixture
def maildir_with_sams_mail(tmp_path: Path) -> Path:
    path = tmp_path / "Maildir"
    box = mailbox.Maildir(path, create=True)
    for file in mailbox_files(tmp_path).values():
        box.add(mailbox.MaildirMessage(file.read_bytes()))
    return path


def test_the_daemon_drafts_no_thank_you_for_the_owners_own_no(nextround, write_config, maildir_with_sams_mail):
    config = write_config(maildir=maildir_with_sams_mail, owner=False)
    nextround("run", "--once", config=config, check=True)
    listed = json.loads(nextround("rejections", "--json", config=config, check=True).stdout)
    assert [r["company"] for r in listed] == ["Fernvale Foods"]  # Sam's own no to Jonah is not Sam's rejection
