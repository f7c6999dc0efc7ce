"""The MIME tree of a raw message, read without the stdlib's feed parser for the shapes nearly all mail has.

``email.message_from_bytes`` reads a message one line at a time through several layers of Python, which made it
the largest single cost of classifying a mail. For well-formed mail (ASCII headers, text or multipart bodies with
their boundaries in place) this module reads the very tree that parser would build: the same header fields, parts
and payloads, held in a light ``Part`` whose fields are named as the stdlib's ``Message`` names them (``_headers``,
``_payload``, ``get_default_type()``), so the two compare directly. A leaf keeps its body as the bytes of the raw
message, and ``Part.decoded()`` answers ``get_payload(decode=True)`` from them without the stdlib's header lookups.
Anything unusual (a header the parser would flag as a defect, a missing boundary, an embedded ``message/*`` part,
non-ASCII bytes in a header) gets ``None``, and the caller hands the mail to the stdlib parser, which knows how to be
lenient.
"""

from __future__ import annotations

import base64
import binascii
import re
from email import policy as email_policy
from email.message import Message as EmailMessage

_COMPAT32 = email_policy.compat32

# The header fields of an entity as compat32 stores them: each field's name (printable ASCII but ":", at least one
# character) and its value: blanks after the colon dropped, continuation lines (led by a blank) kept with their line
# breaks, the final line break left out. A line ends at "\r\n", "\r" or "\n" (the stdlib reads all three); the last
# line of an entity may have no ending.
# (Possessive: a line is read to its end and never given back, which spares the engine its bookkeeping.)
_FIELDS = re.compile(  # as many fields as lead the entity
    rb"(?:[\041-\071\073-\176]++:[^\r\n]*+(?:\r\n?|\n|\Z)(?:[ \t][^\r\n]*+(?:\r\n?|\n|\Z))*+)*+")
_FIELD_PARTS = re.compile(r"([\041-\071\073-\176]+):[ \t]*+([^\r\n]*+(?:(?:\r\n?|\n)[ \t][^\r\n]*+)*+)")  # name, value
_UUENCODED = ("x-uuencode", "uuencode", "uue", "x-uue")


class _Unusual(Exception):
    """The message has a shape this module leaves to the stdlib parser."""


class Part:
    """One entity (the message or a body part) as compat32 would read it: its fields, and either its parts (a
    multipart) or its body bytes (a leaf; what ``get_payload()`` encodes back to)."""

    __slots__ = ("_headers", "body", "parts")

    def __init__(self, headers: list[tuple[str, str]], body: bytes = b"", parts: list[Part] | None = None) -> None:
        self._headers = headers
        self.body = body
        self.parts = parts

    @property
    def _payload(self) -> list[Part] | str:
        """The payload as the stdlib stores it: the parts, or the body as text (8-bit bytes as surrogates)."""
        return self.body.decode("ascii", "surrogateescape") if self.parts is None else self.parts

    def get_default_type(self) -> str:
        return "text/plain"  # (the parts of a multipart/digest default to messages: those are left to the stdlib)

    def is_multipart(self) -> bool:
        return self.parts is not None

    def first(self, name: str) -> str | None:
        """The first value of a field (``name`` lower-cased), as ``Message.get`` answers for ASCII fields."""
        return _first(self._headers, name)

    def leaves(self) -> list[Part]:
        """The parts that are no multipart, in the order ``Message.walk()`` visits them."""
        if self.parts is None:
            return [self]
        return [leaf for part in self.parts for leaf in part.leaves()]

    def decoded(self) -> bytes:
        """``get_payload(decode=True)``: the body undone from its Content-Transfer-Encoding."""
        cte = (self.first("content-transfer-encoding") or "").lower()
        if cte == "quoted-printable":
            return binascii.a2b_qp(self.body)  # (what quopri.decodestring calls)
        if cte == "base64":
            encoded = b"".join(self.body.splitlines())
            try:  # the stdlib's first try (email._encoded_words.decode_b): padding added, no stray characters
                return base64.b64decode(encoded + (b"==="[:4 - len(encoded) % 4] if len(encoded) % 4 else b""),
                                        validate=True)
            except binascii.Error:
                return self.as_email().get_payload(decode=True)  # its lenient ways, as they are
        if cte in _UUENCODED:
            return self.as_email().get_payload(decode=True)
        return self.body

    def get_content_charset(self) -> str | None:
        """``Message.get_content_charset()`` (no Content-Type field, no charset)."""
        return None if self.first("content-type") is None else self.as_email().get_content_charset()

    def as_email(self) -> EmailMessage:
        """The stdlib's ``Message`` for this entity (for its rarer answers: a lenient decoding, a parameter)."""
        msg = EmailMessage(policy=_COMPAT32)
        msg._headers = list(self._headers)
        if self.parts is None:
            msg._payload = self._payload
        else:
            for part in self.parts:
                msg.attach(part.as_email())
        return msg


def mime_tree(raw: bytes) -> Part | None:
    """The message as ``email.message_from_bytes(raw, policy=compat32)`` reads it, or None when it is not sure to
    read it the same way."""
    try:
        return _entity(raw)
    except _Unusual:
        return None


def _entity(data: bytes) -> Part:
    """One message or body part from its bytes."""
    headers, body_at = _read_headers(data)
    content_type = _content_type(headers)
    if content_type.startswith("message/") or content_type == "multipart/digest":
        raise _Unusual  # a nested message, or parts that default to one
    if not content_type.startswith("multipart/"):
        return Part(headers, data[body_at:])
    boundary = _boundary(headers)
    encoding = _first(headers, "content-transfer-encoding")
    if boundary is None or (encoding is not None and encoding.lower() not in ("7bit", "8bit", "binary")):
        raise _Unusual  # a defect the stdlib parser would note and work around
    if not boundary.isascii() or "\r" in boundary or "\n" in boundary:
        raise _Unusual  # a delimiter no line can start with (8-bit bytes are read as surrogates; a fold ends a line)
    return Part(headers, parts=_split_parts(data, body_at, b"--" + boundary.encode("ascii", "surrogateescape")))


def _first(headers: list[tuple[str, str]], name: str) -> str | None:
    """The first value of the field ``name`` (lower-cased), or None. (Only names of its length are lower-cased: a
    message's fields were each lower-cased for every name asked.)"""
    size = len(name)
    for field, value in headers:
        if len(field) == size and field.lower() == name:
            return value
    return None


def _content_type(headers: list[tuple[str, str]]) -> str:
    """``msg.get_content_type()`` for fields read here (plain ASCII strings, which compat32 hands out as stored):
    one look at the fields, not the stdlib's get() and parameter splitting."""
    value = _first(headers, "content-type")
    if value is None:
        return "text/plain"
    ctype = value.partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


_BOUNDARY = re.compile(r';\s*boundary=(?:"([^"\\]*)"|([^\s;"\\]+))\s*(?:;|\Z)', re.I)


def _boundary(headers: list[tuple[str, str]]) -> str | None:
    """``msg.get_boundary()``, read directly when the parameter is written plainly (the stdlib's general parameter
    parser took a fifth of the time of a whole multipart message)."""
    value = _first(headers, "content-type") or ""
    found = _BOUNDARY.search(value) if value.lower().count("boundary") == 1 and "*" not in value else None
    if found is None or value.count('"', 0, found.start()) % 2:
        return Part(headers).as_email().get_boundary()
    return (found.group(1) if found.group(1) is not None else found.group(2)).rstrip()


def _read_headers(data: bytes) -> tuple[list[tuple[str, str]], int]:
    """The header fields as compat32 stores them (name as written; value after the colon with leading blanks
    dropped, folds kept, the final line ending removed), and where the body begins: after the first blank line,
    which must follow the fields straight away (a line that is no field and no continuation is a defect)."""
    end = _FIELDS.match(data).end()
    if end == len(data):
        body_at = end  # headers only, up to the end (or the next boundary)
    elif data[end] == 10:  # "\n"
        body_at = end + 1
    elif data[end] == 13:  # "\r\n" or "\r"
        body_at = end + 2 if data[end + 1:end + 2] == b"\n" else end + 1
    else:
        raise _Unusual  # no blank line between header and body, an envelope line, a first line that continues nothing
    head = data[:end]
    if not head.isascii():
        raise _Unusual  # 8-bit header bytes: compat32 hands those out as Header objects
    return _FIELD_PARTS.findall(head.decode("ascii")), body_at


def _split_parts(data: bytes, body_at: int, delimiter: bytes) -> list[Part]:
    """Cut a multipart body at its delimiter lines and read each part; the line ending before a delimiter belongs to
    it (RFC 2046)."""
    lines: list[tuple[int, int]] = []  # where each delimiter line begins and ends, up to the closing one
    closed = False
    at = data.find(delimiter, body_at)
    while at >= 0:
        if at == body_at or data[at - 1] in b"\r\n":  # at the start of a line
            line_end = _line_end(data, at)
            end = _delimiter_end(data[at + len(delimiter):line_end])
            if end is not None:
                if lines and lines[-1][1] == at:
                    raise _Unusual  # repeated delimiter lines: the stdlib skips them in its own way
                lines.append((at, line_end))
                if end:
                    closed = True
                    break
        at = data.find(delimiter, at + 1)
    if len(lines) < 2 or not closed:
        raise _Unusual  # no first delimiter, or no closing one: defects the stdlib parser works around
    parts = []
    for (_, start), (end, _) in zip(lines, lines[1:]):  # noqa: B905 (one shorter, by design)
        part = _entity(data[start:end])
        if part.parts is None:  # (a nested multipart's last line ending is in its epilogue, not kept)
            body = part.body
            if body.endswith(b"\r\n"):
                part.body = body[:-2]
            elif body.endswith((b"\r", b"\n")):
                part.body = body[:-1]
        parts.append(part)
    return parts


def _line_end(data: bytes, at: int) -> int:
    """Where the line holding ``at`` ends, after its line ending ("\\r\\n", "\\r" or "\\n"; none at the end)."""
    newline = data.find(b"\n", at)
    stop = len(data) if newline < 0 else newline
    carriage = data.find(b"\r", at, stop)
    if carriage < 0:
        return stop if newline < 0 else newline + 1
    return carriage + 2 if data[carriage + 1:carriage + 2] == b"\n" else carriage + 1


def _delimiter_end(rest: bytes) -> bool | None:
    """What follows the delimiter on its line: True for the closing one ("--"), False for one between parts, None
    when the line is no delimiter. The stdlib's own test, ``--boundary(--)?[ \t]*(\r\n|\r|\n)?$``, without
    compiling a regex for every message's boundary."""
    if not rest.rstrip(b"\r\n").strip(b" \t"):
        return False
    if rest.startswith(b"--") and not rest[2:].rstrip(b"\r\n").strip(b" \t"):
        return True
    return None
