"""The fast MIME reader (``nextround.mime``) builds exactly the tree the stdlib parser builds, or steps aside.

Every message either gets the same tree (headers as stored, parts, payloads, default types, no defects) as
``email.message_from_bytes(raw, policy=compat32)``, or ``None`` so the stdlib reads it. Checked over every corpus
mail as written and with CRLF line ends, and over generated MIME with the edge cases the stdlib treats specially.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message as EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nextround.message as message_module
from nextround.message import content_charset, parse
from nextround.mime import mime_tree

CORPUS = Path(__file__).parent / "corpus"


def stdlib(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def difference(fast: EmailMessage, slow: EmailMessage, path: str = "/") -> str | None:
    """Where two trees differ in anything a reader of the tree can see, or None."""
    if fast._headers != slow._headers:
        return f"{path}: headers {fast._headers!r} != {slow._headers!r}"
    if fast.get_default_type() != slow.get_default_type():
        return f"{path}: default type"
    if list(slow.defects):
        return f"{path}: the stdlib noted defects {slow.defects!r}"
    a, b = fast._payload, slow._payload
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} parts != {len(b)}"
        return next((d for i, (x, y) in enumerate(zip(a, b, strict=True)) if (d := difference(x, y, f"{path}{i}/"))),
                    None)
    return None if a == b else f"{path}: payload {a!r} != {b!r}"


def check(raw: bytes) -> bool:
    """Same tree as the stdlib's, or none; True when the fast path took it."""
    tree = mime_tree(raw)
    if tree is not None:
        assert difference(tree, stdlib(raw)) is None, difference(tree, stdlib(raw))
    return tree is not None


def corpus_mail() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("**/*.eml"))]


def test_every_corpus_mail_reads_the_same_as_with_the_stdlib_parser() -> None:
    mails = corpus_mail()
    taken = sum(check(raw) for raw in mails)
    taken += sum(check(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")) for raw in mails)  # as IMAP delivers
    assert taken >= 0.95 * 2 * len(mails)  # the fast path is the common path, or it is no use


def test_parse_gives_the_same_message_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    mails = corpus_mail()[::7]
    fast = [parse(raw) for raw in mails]
    monkeypatch.setattr(message_module, "mime_tree", lambda raw: None)
    assert [parse(raw) for raw in mails] == fast


def test_headers_read_straight_from_the_fast_tree_are_what_the_stdlib_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    # repeated fields (the first counts), a folded one, a blank-led value, a list header kept verbatim, an encoded name
    raw = (b"Received: from relay-two.example\nReceived: from relay-one.example\nFrom: =?utf-8?q?J=C3=BCrgen?= "
           b"<jobs@firm.example>\nTo: Ana Lima <ana@home.example>,\n\tBo Berg <bo@home.example>\n"
           b"Subject:   Your application\n for the  night shift\nList-Id: <crew.firm.example>\n"
           b"Message-ID: <q1@firm.example>\nReferences: <a@x> <b@y>\nDate: Tue, 3 Nov 2026 10:00:00 +0100\n\nHello\n")
    fast = parse(raw)
    assert mime_tree(raw) is not None and fast.to[1].email == "bo@home.example"
    monkeypatch.setattr(message_module, "mime_tree", lambda raw: None)
    assert parse(raw) == fast


MULTIPART = (b"From: a@x.example\nSubject: s\nMIME-Version: 1.0\n"
             b"Content-Type: multipart/alternative; boundary=\"b1\"\n\npre\n--b1\n"
             b"Content-Type: text/plain; charset=utf-8\n\nhello\n--b1\nContent-Type: text/html\n\n<p>hi</p>\n--b1--\n")


@pytest.mark.parametrize("raw", [
    MULTIPART.replace(b"--b1--\n", b""),  # no closing delimiter
    MULTIPART.replace(b'; boundary="b1"', b""),  # a multipart without a boundary
    MULTIPART.replace(b"pre\n--b1\n", b"pre\n--b1\n--b1\n"),  # a repeated delimiter
    MULTIPART.replace(b"Subject: s", "Subject: café".encode()),  # 8-bit header bytes
    MULTIPART.replace(b"Subject: s\n", b"Subject: s\nthis line is no header\n"),  # no blank line before the body
    b"From someone Mon Jan  1 00:00:00 2026\n" + MULTIPART,  # an mbox envelope line
    b"From: a@x.example\nContent-Type: message/rfc822\n\nSubject: inner\n\nbody\n",  # a message in a message
    MULTIPART.replace(b"multipart/alternative", b"multipart/digest"),  # parts that default to messages
    MULTIPART.replace(b"MIME-Version: 1.0\n", b"MIME-Version: 1.0\nContent-Transfer-Encoding: base64\n"),
])
def test_unusual_mail_is_left_to_the_stdlib_parser(raw: bytes) -> None:
    assert mime_tree(raw) is None
    assert parse(raw).sender.email == "a@x.example"  # and is still read, by the stdlib


def test_a_well_formed_multipart_is_read_fast_and_the_same() -> None:
    assert check(MULTIPART)
    assert check(MULTIPART.replace(b"\n", b"\r\n"))
    assert parse(MULTIPART).text == "hello"


_LINE_ENDS = st.sampled_from(["\n", "\r\n"])
_BOUNDARIES = st.sampled_from(["b1", "=_Part_1.2", "x y", "--q", "B1"])
# Mostly plain lines; now and then one that looks like (or is) a delimiter of some boundary
_BODY_LINES = st.lists(st.sampled_from([
    "plain text", "plain text", "plain text", "", "", " ", "caf\u00e9", "\t indented", "From nobody",
    "Content-Type: text/html", "--b1x", "---q", "--b1 ", "--b1--  ", "--=_Part_1.2", "--x y--", "--q--", "--B1",
]), max_size=5)


@st.composite
def mime_messages(draw: st.DrawFn, depth: int = 0) -> str:
    end = draw(_LINE_ENDS)
    headers = [f"Subject: {draw(st.sampled_from(['s', 'long', 'x']))}"]
    if draw(st.booleans()):
        headers.append("X-Folded: one" + end + draw(st.sampled_from([" two", "\tthree"])))
    if depth < 2 and draw(st.sampled_from([True, True, True, False] if depth == 0 else [True, False])):
        boundary = draw(_BOUNDARIES)
        quoted = draw(st.booleans()) or " " in boundary
        param = f'"{boundary}"' if quoted else boundary
        fold = draw(st.sampled_from(["; ", ";" + end + " ", ";" + end + "\t"]))
        kind = draw(st.sampled_from(["mixed", "alternative", "related"]))
        headers.append(f"Content-Type: multipart/{kind}{fold}boundary={param}")
        lines = [*draw(_BODY_LINES)]
        for _ in range(draw(st.sampled_from([0, 1, 1, 2, 2, 3]))):
            lines.append("--" + boundary + draw(st.sampled_from(["", " ", "\t"])))
            lines.append(draw(mime_messages(depth + 1)))
        if draw(st.sampled_from([True] * 6 + [False])):
            lines.append("--" + boundary + "--" + draw(st.sampled_from(["", " "])))
        lines += draw(_BODY_LINES)
    else:
        headers.append(draw(st.sampled_from(["Content-Type: text/plain; charset=utf-8", "Content-Type: text/html",
                                             "Content-Transfer-Encoding: quoted-printable", "X-Empty:"])))
        lines = draw(_BODY_LINES)
    blank = draw(st.sampled_from([[""]] * 8 + [[]]))
    return end.join([*headers, *blank, *lines]) + draw(st.sampled_from(["", end]))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(mime_messages())
def test_generated_mime_reads_the_same_as_with_the_stdlib_parser(text: str) -> None:
    check(text.encode("utf-8"))


def test_the_generated_mime_mostly_takes_the_fast_path() -> None:
    """Else the test above would check little: most generated mail must be well-formed multipart."""
    taken: list[bool] = []

    @settings(max_examples=400, deadline=None, derandomize=True)  # the same examples as the test above
    @given(mime_messages())
    def read(text: str) -> None:
        taken.append(mime_tree(text.encode("utf-8")) is not None and stdlib(text.encode("utf-8")).is_multipart())

    read()
    assert sum(taken) >= 0.15 * len(taken)


@pytest.mark.parametrize("content_type", [
    "text/plain; charset=UTF-8", 'text/plain; charset="utf-8"', "text/plain;charset=iso-8859-1; format=flowed",
    'text/plain; format=flowed; charset="windows-1252"; delsp=yes', "text/plain; charset*=utf-8''x",
    'text/plain; name="charset=x"', "text/plain; charset= utf-8", 'text/plain; CHARSET = "Latin1" ',
    'text/plain; charset=""', 'text/plain; charset="a b"', "text/plain; charset=utf-8 (comment)",
    'text/plain; charset="utf-8', 'text/plain; x="a;b"; charset=utf-8', 'text/plain; x="a\\"b"; charset=utf-8',
    "text/plain", "text/plain; charset=utf-8; charset=latin1",
])
def test_the_charset_is_read_as_the_stdlib_reads_it(content_type: str) -> None:
    part = EmailMessage()
    part["Content-Type"] = content_type
    assert content_charset(part) == part.get_content_charset()


def test_every_corpus_part_has_the_stdlib_charset() -> None:
    parts = [part for raw in corpus_mail()[::3] for part in stdlib(raw).walk()]
    assert [content_charset(part) for part in parts] == [part.get_content_charset() for part in parts]
