"""`nextround classify` and `eval` report whose job mail it is even when it is no rejection: a rejection the rules
miss still shows its company, role and writer, and extraction is measured apart from detection."""

from __future__ import annotations

import json
from pathlib import Path

from labelled import mail

from nextround.detect import classify
from nextround.detect.classifier import describe
from nextround.message import parse

# A rejection worded so that no decision phrase of the rules fires (a miss, as on mail from unseen authors).
MISSED = mail(
    "Hi Sam,\n\nThanks for the time you gave us for the Platform Engineer role. After a lot of back and forth the team "
    "has landed on someone whose background sits closer to our roadmap.\n\nWarm regards,\nPriya Raman\nTalent Partner, "
    "Brightwell Labs\npriya.raman@brightwell.example\n",
    subject="Platform Engineer at Brightwell Labs", sender="Priya Raman <priya.raman@brightwell.example>")
ACK = mail(
    "Hi Sam,\n\nThank you for applying for the Data Analyst role at Kestrel Foods. We have received your application "
    "and will be in touch within two weeks.\n\nKestrel Foods Recruiting\n",
    subject="We received your application", sender="Kestrel Foods Careers <jobs@kestrel.example>")
# ...and one so short that it never names the post: no job words at all, yet a decision is said.
UNNAMED = mail(
    "Hi Sam,\n\nThanks for coming by on Tuesday. We went with someone else in the end, sorry.\n\nAll the best,\n"
    "Tomas Berg\nFolkwise Studio\n", subject="Tuesday", sender="Tomas Berg <tomas@folkwise.example>")
PERSONAL = mail("Hey Sam, dinner on Friday? Bring the board game.\n\nJo\n", subject="Friday",
                sender="Jo Park <jo@home.example>")


def test_a_missed_rejection_still_says_whose_it_was() -> None:
    message = parse(MISSED)
    verdict = classify(message)
    assert not verdict.is_rejection and verdict.company is None  # the daemon's path: no fields for mail it skips
    describe(message, verdict)
    assert not verdict.is_rejection  # describing never changes the decision
    assert verdict.company == "Brightwell Labs"
    assert verdict.contact_name == "Priya Raman" and verdict.contact_email == "priya.raman@brightwell.example"


def test_a_missed_note_that_never_names_the_post_still_says_whose_it_was() -> None:
    message = parse(UNNAMED)
    verdict = classify(message)
    assert not verdict.is_rejection  # no job words: the rules cannot tell it from a friend's news
    describe(message, verdict)
    assert not verdict.is_rejection
    assert (verdict.company, verdict.contact_name) == ("Folkwise Studio", "Tomas Berg")


def test_the_classify_command_fills_job_mail_but_not_personal_mail(nextround, tmp_path: Path) -> None:
    files = []
    for name, raw in (("missed.eml", MISSED), ("ack.eml", ACK), ("personal.eml", PERSONAL)):
        (tmp_path / name).write_bytes(raw)
        files.append(str(tmp_path / name))
    proc = nextround("classify", "--json", *files, check=True)
    missed, ack, personal = (json.loads(line) for line in proc.stdout.splitlines())
    assert [missed["is_rejection"], ack["is_rejection"], personal["is_rejection"]] == [False, False, False]
    assert missed["company"] == "Brightwell Labs" and missed["contact_name"] == "Priya Raman"
    assert ack["company"] == "Kestrel Foods"
    assert personal["company"] is None and personal["contact_name"] is None  # not job mail: nothing to say
