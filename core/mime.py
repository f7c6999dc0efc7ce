"""The MIME tree of a raw message, built without the stdlib's feed parser for the shapes nearly all mail has.

``email.message_from_bytes`` reads a message one line at a time through several layers of Python, which made it
the largest single cost of classifying a mail. For well-formed mail (ASCII headers, text or multipart bodies with
their boundaries in place) this module builds the very tree that parser would build, with the same ``Message``
objects, header values and payloads, so everything that reads the tree (content types, charsets, transfer
decoding) is still the stdlib's. Anything unusual (a header the parser would flag as a defect, a missing
boundary, an embedded ``message/*`` part, non-ASCII bytes in a header) gets ``None``, and the caller hands the
mail to the stdlib parser, which knows how to be lenient.
"""

from __future__ import annotations

import re
from email import policy as email_policy
from email.message import Message as EmailMessage
from io import StringIO

_COMPAT32 = email_policy.compat32
_HEADER = re.compile(r"[\041-\071\073-\176]+:")  # a field name and its colon (an empty name is a defect)


class _Unusual(Exception):
    """The message has a shape this module leaves to the stdlib parser."""


def mime_tree(raw: bytes) -> EmailMessage | None:
    """The message as ``email.message_from_bytes(raw, policy=compat32)`` reads it, or None when it is not sure to
    read it the same way."""
    text = raw.decode("ascii", "surrogateescape")
    try:
        return _entity(StringIO(text, newline="").readlines())
    except _Unusual:
        return None


def _entity(lines: list[str]) -> EmailMessage:
    """One message or body part from its lines (each with its line ending)."""
    msg = EmailMessage(policy=_COMPAT32)
    body_at = _read_headers(msg, lines)
    content_type = _content_type(msg)
    if content_type.startswith("message/") or content_type == "multipart/digest":
        raise _Unusual  # a nested message, or parts that default to one
    if not content_type.startswith("multipart/"):
        msg._payload = "".join(lines[body_at:])  # what set_payload() stores for a str
        return msg
    boundary = _boundary(msg)
    if boundary is None or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        raise _Unusual  # a defect the stdlib parser would note and work around
    _split_parts(msg, lines, body_at, "--" + boundary)
    return msg


def _content_type(msg: EmailMessage) -> str:
    """``msg.get_content_type()`` for fields read here (plain ASCII strings, which compat32 hands out as stored):
    one look at the fields, not the stdlib's get() and parameter splitting."""
    for name, value in msg._headers:
        if name.lower() == "content-type":
            ctype = value.partition(";")[0].strip().lower()
            return ctype if ctype.count("/") == 1 else "text/plain"
    return msg.get_default_type()


_BOUNDARY = re.compile(r';\s*boundary=(?:"([^"\\]*)"|([^\s;"\\]+))\s*(?:;|\Z)', re.I)


def _boundary(msg: EmailMessage) -> str | None:
    """``msg.get_boundary()``, read directly when the parameter is written plainly (the stdlib's general parameter
    parser took a fifth of the time of a whole multipart message)."""
    value = str(msg.get("content-type", ""))
    found = _BOUNDARY.search(value) if value.lower().count("boundary") == 1 and "*" not in value else None
    if found is None or value.count('"', 0, found.start()) % 2:
        return msg.get_boundary()
    return (found.group(1) if found.group(1) is not None else found.group(2)).rstrip()


def _read_headers(msg: EmailMessage, lines: list[str]) -> int:
    """Store the header fields as compat32 does (name as written; value after the colon with leading blanks
    dropped, folds kept, the final line ending removed); returns where the body begins."""
    fields: list[list[str]] = []
    at = 0
    for at, line in enumerate(lines):  # noqa: B007 (``at`` is read after the loop)
        if line in ("\n", "\r\n", "\r"):
            body_at = at + 1
            break
        if line[0] in " \t":
            if not fields:
                raise _Unusual  # a first line that continues nothing
            fields[-1].append(line)
        elif _HEADER.match(line):  # (an envelope line, "From ...", has a blank before any colon: no match)
            fields.append([line])
        else:
            raise _Unusual  # no blank line between header and body, or an envelope line
    else:
        body_at = len(lines)  # headers only, up to the end (or the next boundary)
    if not "".join(lines[:body_at]).isascii():
        raise _Unusual  # 8-bit header bytes: compat32 hands those out as Header objects
    headers = msg._headers
    for source in fields:
        name, value = source[0].split(":", 1)
        value = value.lstrip(" \t")
        if len(source) > 1:  # a folded field: its continuation lines as they are
            value += "".join(source[1:])
        headers.append((name, value.rstrip("\r\n")))
    return body_at


def _split_parts(msg: EmailMessage, lines: list[str], body_at: int, delimiter: str) -> None:
    """Cut a multipart body at its delimiter lines and read each part; the line ending before a delimiter belongs to
    it (RFC 2046)."""
    starts: list[int] = []  # the first line of each part
    closed = False
    index = body_at
    for index in [i for i in range(body_at, len(lines)) if lines[i].startswith(delimiter)]:
        end = _delimiter_end(lines[index][len(delimiter):])
        if end is None:
            continue
        if starts and starts[-1] == index:
            raise _Unusual  # repeated delimiter lines: the stdlib skips them in its own way
        if end:
            closed = True
            break
        starts.append(index + 1)
    if not starts or not closed:
        raise _Unusual  # no first delimiter, or no closing one: defects the stdlib parser works around
    ends = [*(s - 1 for s in starts[1:]), index]
    for start, end in zip(starts, ends, strict=True):
        part = _entity(lines[start:end])
        payload = part._payload
        if isinstance(payload, str):  # (a nested multipart's last line ending is in its epilogue, not kept)
            if payload.endswith("\r\n"):
                part._payload = payload[:-2]
            elif payload.endswith(("\r", "\n")):
                part._payload = payload[:-1]
        msg.attach(part)


def _delimiter_end(rest: str) -> bool | None:
    """What follows the delimiter on its line: True for the closing one ("--"), False for one between parts, None
    when the line is no delimiter. The stdlib's own test, ``--boundary(--)?[ \t]*(\r\n|\r|\n)?$``, without
    compiling a regex for every message's boundary."""
    if not rest.rstrip("\r\n").strip(" \t"):
        return False
    if rest.startswith("--") and not rest[2:].rstrip("\r\n").strip(" \t"):
        return True
    return None
