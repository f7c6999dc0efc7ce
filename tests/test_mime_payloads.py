"""The fast MIME reader's parts answer as the stdlib's do: the decoded payload (``Part.decoded()`` against
``get_payload(decode=True)``) and the charset, for every transfer encoding and line ending; mail it cannot read the
same way (a boundary no line can start with) goes to the stdlib parser and is still read."""

from __future__ import annotations

import email
import email.policy
from email.message import Message as EmailMessage
from pathlib import Path

import pytest

import nextround.message as message_module
from nextround.message import parse
from nextround.mime import Part, mime_tree

CORPUS = Path(__file__).parent / "corpus"
_NOT_READ = ("set1/heldout", "set2/heldout", "set3", "dev8")  # held back from development


def stdlib(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def same_parts(raw: bytes) -> bool:
    """Every leaf of the fast tree decodes as the stdlib's leaf does and has its charset; True when the fast path
    took the mail."""
    tree = mime_tree(raw)
    if tree is None:
        return False
    slow = [part for part in stdlib(raw).walk() if not part.is_multipart()]
    fast = tree.leaves()
    assert len(fast) == len(slow)
    for mine, theirs in zip(fast, slow, strict=True):
        assert mine.decoded() == theirs.get_payload(decode=True)
        assert mine.get_content_charset() == theirs.get_content_charset()
    return True


def corpus_mail() -> list[bytes]:
    skip = [CORPUS / name for name in _NOT_READ]
    return [p.read_bytes() for p in sorted(CORPUS.glob("*/**/*.eml")) if not any(p.is_relative_to(s) for s in skip)]


def test_every_corpus_part_decodes_as_the_stdlib_decodes_it() -> None:
    mails = corpus_mail()[::2]
    taken = sum(same_parts(raw) for raw in mails)
    taken += sum(same_parts(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r")) for raw in mails)  # old Mac ends
    assert taken >= 0.95 * 2 * len(mails)


def letter(encoding: str, body: bytes, ctype: str = "text/plain; charset=utf-8") -> bytes:
    return (b"From: Ines Duarte <ines@firm.example>\nTo: sam@home.example\nSubject: Your application\n"
            b"Content-Type: " + ctype.encode() + b"\nContent-Transfer-Encoding: " + encoding.encode() + b"\n\n" + body)


@pytest.mark.parametrize("raw", [
    letter("base64", b"SGVsbG8gU2FtLAp3ZSBoYXZlIGRlY2lkZWQu\n"),  # well padded
    letter("base64", b"SGVsbG8gU2FtLAp3ZSBoYXZlIGRlY2lkZWQ\n"),  # padding missing
    letter("Base64", b"SGVs\r\nbG8g\r\nU2Ft\r\n"),  # written in capitals, cut in short lines
    letter("base64", b"SGVsbG8*gU2Ft!\n"),  # stray characters: the stdlib's lenient decoding
    letter("base64", b"SGVsbG8gU2Ft=x\n"),
    letter("base64 ", b"SGVsbG8gU2Ft\n"),  # a blank after the name: no decoding at all, as the stdlib reads it
    letter("quoted-printable", b"Dear Sam,=0Athe team chose an=\n other candidate. Caf=C3=A9 =\n"),
    letter("quoted-printable", b"a bare = sign and =ZZ are kept\n"),
    letter("x-uuencode", b"begin 644 note.txt\n%2&5L;&\\`\n`\nend\n"),
    letter("7bit", b"plain words\n", ctype="text/plain"),
    letter("8bit", "Olá, Sam\n".encode("latin-1"), ctype="text/plain; charset*=iso-8859-1''x"),
    letter("8bit", "Olá, Sam\n".encode(), ctype='text/plain; format=flowed; charset="UTF-8"'),
])
def test_a_transfer_encoding_is_undone_as_the_stdlib_undoes_it(raw: bytes) -> None:
    assert same_parts(raw)
    assert same_parts(raw.replace(b"\n", b"\r\n"))


MULTIPART = (b"From: a@x.example\nSubject: s\nMIME-Version: 1.0\n"
             b"Content-Type: multipart/alternative; boundary=\"b1\"\n\npre\n--b1\n"
             b"Content-Type: text/plain; charset=utf-8\n\nhello\n--b1\nContent-Type: text/html\n\n<p>hi</p>\n--b1--\n")


@pytest.mark.parametrize("raw", [
    MULTIPART.replace(b'boundary="b1"', b'boundary="b\n 1"'),  # a boundary folded over two lines
    MULTIPART.replace(b'boundary="b1"', b"boundary*=utf-8''b%C3%A9"),  # one that is not ASCII
])
def test_a_boundary_no_line_can_start_with_goes_to_the_stdlib(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    assert mime_tree(raw) is None
    read = parse(raw)
    assert read.sender.email == "a@x.example"
    monkeypatch.setattr(message_module, "mime_tree", lambda raw: None)
    assert parse(raw) == read


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_a_multipart_reads_the_same_with_every_line_ending(ending: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = MULTIPART.replace(b"\n", ending)
    tree = mime_tree(raw)
    assert isinstance(tree, Part) and [part.body for part in tree.leaves()] == [b"hello", b"<p>hi</p>"]
    fast = parse(raw)
    monkeypatch.setattr(message_module, "mime_tree", lambda raw: None)
    assert parse(raw) == fast and fast.text == "hello"
