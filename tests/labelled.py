"""Helpers for tests over labelled corpora and hand-written letters (not a test module)."""

from __future__ import annotations

import html
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from nextround.detect import classify
from nextround.message import parse

THRESHOLD = 0.7  # config/default.toml [detection] threshold
CORPUS = Path(__file__).parent / "corpus"


def corpus_cases(group: str, sets: tuple[str, ...], known_misses: dict[tuple[str, str], str]) -> list:
    """One pytest param per labelled message of ``corpus/<group>/<set>``; known misses are strict xfails."""
    cases = []
    for name in sets:
        labels = CORPUS / group / name / "labels.jsonl"
        if not labels.exists():
            continue
        for line in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            reason = known_misses.get((name, label["file"]))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(CORPUS / group / name, label, id=f"{name}/{label['file']}", marks=marks))
    return cases


def check_labelled(folder: Path, label: dict) -> None:
    verdict = classify(parse((folder / "messages" / label["file"]).read_bytes()))
    found = verdict.is_rejection and verdict.confidence >= THRESHOLD
    assert found == label["is_rejection"], (label.get("kind"), verdict.confidence, verdict.reasons)


def mail(body: str, subject: str = "Your application", sender: str = "Dana Whitfield <dana@acme.example>",
         reply_to: str | None = None, subtype: str = "plain") -> bytes:
    """A mail to the reader with one text part (``subtype="html"``: an ATS's HTML-only mail, ``body`` its markup)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "Sam Rivera <sam@example.net>"
    msg["Subject"] = subject
    if reply_to:  # an ATS's no-reply sender with the employer's address to answer
        msg["Reply-To"] = reply_to
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


def shaped_mail(body: str, subject: str, sender: str, *, reply_to: str | None = None, shape: str = "plain",
                html_frame: tuple[str, str] = ("<html><body>", "</body></html>"), quote: str = "",
                encoding: tuple[str, str] | None = None) -> bytes:
    """A mail to the reader in one of the shapes real mail takes: "plain" UTF-8; "html" only (each line a paragraph,
    between ``html_frame``'s head and foot: an ATS template); a "reply" above ``quote`` (the reader's quoted message);
    "latin1" quoted-printable or "cp1252" 8-bit; or the body in ``encoding`` (charset, transfer encoding)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Sam Rivera <sam@example.net>", subject
    if reply_to:
        msg["Reply-To"] = reply_to
    if encoding:
        msg.set_content(body, charset=encoding[0], cte=encoding[1])
    elif shape == "html":
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n") if line.strip())
        msg.set_content(html_frame[0] + paragraphs + html_frame[1], subtype="html")
    elif shape == "reply":
        msg.set_content(body + quote)
    elif shape == "latin1":
        msg.set_content(body, charset="iso-8859-1", cte="quoted-printable")
    elif shape == "cp1252":
        msg.set_content(body, charset="windows-1252", cte="8bit")
    else:
        msg.set_content(body)
    return bytes(msg)


def found(raw: bytes) -> bool:
    verdict = classify(parse(raw))
    return verdict.is_rejection and verdict.confidence >= THRESHOLD


def ids(cases: list[tuple]) -> list[str]:
    """Readable test ids for a table of cases: the row number and its first field (the subject)."""
    return [f"{i}:{case[0]}" for i, case in enumerate(cases)]


def slotted(subject: str, letter: str, sentences: list[str]) -> list[tuple[str, str]]:
    """(subject, letter) cases from one letter with a slot ``{}`` for the decision, one per sentence: how the probes
    drop many ways of saying no (or look-alikes) into the same writer's letter."""
    return [(subject, letter.format(sentence)) for sentence in sentences]


def letters_test(cases: list[tuple[str, str]], sender: str, *, rejection: bool, subtype: str = "plain",
                 known_gap: str | None = None):
    """One test over a table of hand-written (subject, body) letters from ``sender``: each is called a rejection
    (``rejection=True``) or not. With ``known_gap`` (its reason) every case is a strict xfail: a gap still open.
    Assign it to a ``test_...`` name in the test module; an empty table gives no test."""
    if not cases:
        return None

    @pytest.mark.parametrize(("subject", "body"), cases, ids=ids(cases))
    def test(subject: str, body: str) -> None:
        assert found(mail(body, subject, sender, subtype=subtype)) is rejection

    return pytest.mark.xfail(strict=True, reason=known_gap)(test) if known_gap else test


def mails_test(cases: list[tuple[str, str, str]], *, rejection: bool):
    """``letters_test`` for a table of (sender, subject, body) mails, each from its own sender."""

    @pytest.mark.parametrize(("sender", "subject", "body"), cases,
                             ids=[f"{i}:{case[1]}" for i, case in enumerate(cases)])
    def test(sender: str, subject: str, body: str) -> None:
        assert found(mail(body, subject, sender)) is rejection

    return test


def legacy_encoding_test(cases: list[tuple[str, str, str, str]], sender: str):
    """One test over (subject, body, charset, transfer encoding) letters from ``sender``, each sent in that legacy
    charset as older clients send it: each is called a rejection. Assign it to a ``test_...`` name."""

    @pytest.mark.parametrize(("subject", "body", "charset", "cte"), cases, ids=ids(cases))
    def test(subject: str, body: str, charset: str, cte: str) -> None:
        raw = shaped_mail(body, subject, sender, encoding=(charset, cte))
        assert charset.encode() in raw.lower()  # the body really is in the stated charset
        assert found(raw)

    return test


# The head of a job platform's HTML template (a logo in a fixed-width table); each sweep writes its own footer.
ATS_HTML_HEAD = ("<html><head><style>td{font-family:Arial}</style></head><body><table width='600'><tr><td>"
                 "<img src='https://cdn.example/logo.png' alt='Logo'></td></tr><tr><td>")


def shell_letter(senders: dict[str, tuple[str, str | None]], html_foot: str, quote: str):
    """``letter(subject, body, kind, shape="plain")``: a mail to Sam Rivera from the sender shell ``senders[kind]``
    (display and address, Reply-To), in one of the shapes of ``shaped_mail``, HTML between ``ATS_HTML_HEAD`` and
    ``html_foot``, a reply above ``quote``."""

    def letter(subject: str, body: str, kind: str, shape: str = "plain") -> bytes:
        sender, reply_to = senders[kind]
        return shaped_mail(body, subject, sender, reply_to=reply_to, shape=shape, html_frame=(ATS_HTML_HEAD, html_foot),
                           quote=quote)

    return letter
