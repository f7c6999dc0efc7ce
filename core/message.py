"""Parse raw RFC 5322 bytes into a Message that classifiers and plugins can read safely.

Mail is untrusted input: parsing never raises on a malformed message (problems are collected in
``Message.defects``), text is decoded with a fallback charset, and sizes are capped so a 20 MB
attachment costs nothing but a skipped part.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message as EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from nextround.records import Address

MAX_TEXT_CHARS = 200_000  # enough for any real letter; keeps a pathological body cheap
MAX_PART_BYTES = 2_000_000  # text parts larger than this are truncated before decoding


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""


@dataclass
class Message:
    key: str
    message_id: str | None
    subject: str
    sender: Address
    to: list[Address]
    cc: list[Address]
    reply_to: list[Address]
    date: datetime | None
    in_reply_to: str | None
    references: list[str]
    text: str
    html: str | None
    links: list[Link]
    headers: dict[str, str] = field(default_factory=dict)
    defects: list[str] = field(default_factory=list)
    raw: bytes | None = None

    @property
    def people(self) -> list[Address]:
        return [self.sender, *self.to, *self.cc]


# Headers kept verbatim (lower-cased names): what classifiers and the header index need.
KEPT_HEADERS = (
    "list-id", "list-unsubscribe", "precedence", "auto-submitted", "x-auto-response-suppress",
    "x-mailer", "return-path", "sender", "x-gm-msgid", "content-language", "x-original-from",
)

_WS = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")
_CRLF = re.compile(r"[\r\n]+")


def clean_header(value: object) -> str:
    """A header value as one safe line: decoded, CR/LF removed, whitespace collapsed."""
    text = str(value or "")
    if "=?" in text:
        try:
            from email.header import decode_header, make_header

            text = str(make_header(decode_header(text)))
        except Exception:  # an undecodable encoded-word stays as written
            pass
    return _WS.sub(" ", _CRLF.sub(" ", text)).strip()


def _addresses(msg: EmailMessage, name: str) -> list[Address]:
    # Parse first, decode display names after (RFC 2047 section 6.1): a decoded name holding
    # "Bcc: x@y" stays a name and never turns into a group with another address.
    values = [_WS.sub(" ", _CRLF.sub(" ", str(v or ""))) for v in msg.get_all(name, [])]
    out = []
    for display, addr in getaddresses(values):
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or any(c.isspace() for c in addr):
            continue
        out.append(Address(clean_header(display).strip('"\' '), addr))
    return out


def _msgids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


class _HTMLText(HTMLParser):
    """HTML to readable text and its links; scripts, styles and hidden preheaders dropped."""

    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td",
             "blockquote", "section", "article", "header", "footer", "ul", "ol", "hr"}
    SKIP = {"script", "style", "head", "title", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[Link] = []
        self._skip = 0
        self._href: str | None = None
        self._anchor: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "a":
            self._href = dict(attrs).get("href") or None
            self._anchor = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "a" and self._href:
            self.links.append(Link(self._href.strip(), " ".join("".join(self._anchor).split())))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._anchor.append(data)


def html_to_text(html: str) -> tuple[str, list[Link]]:
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; this is belt and braces for hostile input
        pass
    text = "".join(parser.parts)
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip(), parser.links


_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


def _decode_part(part: EmailMessage) -> str:
    try:
        payload = part.get_payload(decode=True) or b""
    except Exception:
        return ""
    if isinstance(payload, str):
        return payload
    payload = payload[:MAX_PART_BYTES]
    charset = (part.get_content_charset() or "utf-8").strip().lower()
    if charset in ("us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"):
        charset = "windows-1252"  # a superset that real senders mislabel as latin-1 all the time
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # unknown charset name: utf-8 first, then a byte-preserving fallback
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("windows-1252", errors="replace")


def stable_key(message_id: str | None, raw_head: bytes) -> str:
    """Same message, same key, whatever folder or source it is read from."""
    if message_id:
        return "mid:" + message_id.strip("<>").lower()
    return "sha:" + hashlib.sha256(raw_head).hexdigest()[:32]


def parse(raw: bytes, *, keep_raw: bool = False) -> Message:
    """Parse a message. Never raises on bad mail; see ``Message.defects``."""
    defects: list[str] = []
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    defects.extend(type(d).__name__ for d in getattr(msg, "defects", []))

    plain: list[str] = []
    htmls: list[str] = []
    try:
        parts = list(msg.walk())
    except Exception:
        parts, defects = [msg], [*defects, "broken MIME structure"]
    for part in parts:
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if str(part.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        if ctype == "text/plain":
            plain.append(_decode_part(part))
        elif ctype == "text/html":
            htmls.append(_decode_part(part))

    html = "\n".join(htmls) or None
    links: list[Link] = []
    if html:
        html_text, links = html_to_text(html)
    text = "\n\n".join(p for p in plain if p.strip())
    if not text.strip() and html:
        text = html_text
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_TEXT_CHARS]
    seen = {link.url for link in links}
    links += [Link(u.rstrip(".,;:")) for u in _URL.findall(text) if u.rstrip(".,;:") not in seen]
    if not any(msg.get(h) for h in ("From", "Date", "Subject", "Message-ID")):
        defects.append("no message headers (not an email?)")
    if not plain and not html:
        defects.append("no text part")

    message_id = (_msgids(clean_header(msg.get("Message-ID"))) or [None])[0]
    date = None
    try:
        date = parsedate_to_datetime(clean_header(msg.get("Date"))) if msg.get("Date") else None
    except (TypeError, ValueError, IndexError):
        defects.append("unreadable Date header")
    senders = _addresses(msg, "From")
    head_end = raw.find(b"\n\n")
    return Message(
        key=stable_key(message_id, raw[: head_end if head_end > 0 else 4096]),
        message_id=message_id,
        subject=clean_header(msg.get("Subject")),
        sender=senders[0] if senders else Address("", ""),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        reply_to=_addresses(msg, "Reply-To"),
        date=date,
        in_reply_to=(_msgids(clean_header(msg.get("In-Reply-To"))) or [None])[0],
        references=_msgids(clean_header(msg.get("References"))),
        text=text,
        html=html,
        links=links,
        headers={h: clean_header(msg.get(h)) for h in KEPT_HEADERS if msg.get(h) is not None},
        defects=defects,
        raw=raw if keep_raw else None,
    )
