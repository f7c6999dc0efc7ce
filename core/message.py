"""Parse raw RFC 5322 bytes into a Message that classifiers and plugins can read safely.

Mail is untrusted input: parsing never raises on a malformed message (problems are collected in
``Message.defects``), text is decoded with a fallback charset, and sizes are capped so a 20 MB
attachment costs nothing but a skipped part.
"""

from __future__ import annotations

import binascii
import codecs
import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import decode_header, ecre, make_header  # (loaded with email.policy anyway: no import cost)
from email.message import Message as EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from html import unescape

from nextround.mime import Part, mime_tree
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

# Runs of blanks as one space; a single space is left where it is (rewriting every space cost a third of html_to_text).
# (``[ \t\r\f\v]{2,}|[\t\r\f\v]`` written to begin with one character class: the engine then skips to the blanks
# instead of trying both alternatives at every place; the same matches.)
_WS = re.compile(r"[ \t\r\f\v](?:[ \t\r\f\v]+|(?<=[\t\r\f\v]))")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")
_CRLF = re.compile(r"[\r\n]+")
_SPACE_IN = re.compile(r"\s")


def clean_header(value: object) -> str:
    """A header value as one safe line: decoded, CR/LF removed, whitespace collapsed."""
    text = str(value or "")
    if "=?" not in text and "\n" not in text and "\r" not in text and "\t" not in text and "  " not in text:
        return text.strip()  # the common case: one plain line
    if "=?" in text:
        try:
            pairs = _decode_header(text)
            joined = _joined(pairs)
            text = joined if joined is not None else str(make_header(pairs))
        except Exception:  # an undecodable encoded-word stays as written
            pass
    if "  " in text or not text.isprintable():  # (line breaks, tabs, runs of blanks: most decoded values have none)
        text = _WS.sub(" ", _CRLF.sub(" ", text))
    return text.strip()


_Q_ESCAPES = re.compile(r"(?:[^=]|=[0-9A-Fa-f]{2})*")  # a Q word whose every "=" escapes a byte


def _decode_header(text: str) -> list[tuple[bytes | str, str | None]]:
    """``decode_header(text)`` for a str: the same words, spaces and runs, with binascii reading each encoded word
    (the stdlib's Q decoder calls back into Python for every escaped byte) and no list popping. Text that is not
    ASCII, or a Q word with a bare "=" (which binascii reads differently), goes to the stdlib."""
    if not text.isascii():
        return decode_header(text)
    words: list[tuple[str, str | None, str | None]] = []  # (text, encoding, charset) as decode_header lists them
    encoded = False
    for line in text.splitlines():
        parts = ecre.split(line)
        encoded = encoded or len(parts) > 1
        if unencoded := parts[0].lstrip():
            words.append((unencoded, None, None))
        for at in range(1, len(parts), 4):  # charset, encoding, encoded text, then the plain text up to the next
            words.append((parts[at + 2], parts[at + 1].lower(), parts[at].lower()))
            if parts[at + 3]:
                words.append((parts[at + 3], None, None))
    if not encoded:  # no encoded word on any line (one may still span two: the stdlib's answer)
        return decode_header(text)
    # whitespace between two encoded words is dropped
    words = [w for n, w in enumerate(words)
             if not (0 < n < len(words) - 1 and words[n + 1][1] and words[n - 1][1] and w[0].isspace())]
    collapsed: list[tuple[bytes, str | None]] = []
    for string, encoding, charset in words:
        if encoding == "q":
            if not _Q_ESCAPES.fullmatch(string):
                return decode_header(text)
            word = binascii.a2b_qp(string.encode("ascii"), header=True)
        elif encoding == "b":
            try:
                padding = "=" * (-len(string) % 4)  # missing padding added, as decode_header does
                word = binascii.a2b_base64((string + padding).encode("ascii"))
            except binascii.Error:
                return decode_header(text)  # (which raises its HeaderParseError)
        else:
            word = string.encode("ascii")
        if collapsed and collapsed[-1][1] == charset:  # a run in one charset is one word; plain runs meet at a space
            last = collapsed[-1][0]
            collapsed[-1] = (last + b" " + word if charset is None else last + word, charset)
        else:
            collapsed.append((word, charset))
    return collapsed


_PLAIN_CHARSETS = ("utf-8", "iso-8859-1")  # nearly every encoded-word's; the stdlib's own names for them


def _joined(pairs: list[tuple[bytes | str, str | None]]) -> str | None:
    """``str(make_header(pairs))`` for pairs in plain ASCII and the common charsets, or None for others: the same
    strict decoding and the same spaces where encoded and plain words meet, without the Header and Charset objects
    (most of the time of reading an encoded header)."""
    if len(pairs) == 1 and isinstance(pairs[0][0], str):
        return pairs[0][0]  # no encoded-word at all: the text as it is
    decoded: list[tuple[str, str | None]] = []
    for data, charset in pairs:
        if isinstance(data, str) or (charset is not None and charset not in _PLAIN_CHARSETS):
            return None
        decoded.append((data.decode(charset or "us-ascii"), charset))  # strict: raises where make_header raises
    out: list[str] = []
    last_charset: str | None = None
    last_space = False
    for string, charset in decoded:
        if out:  # a space where an encoded word meets a plain one, unless the plain one has it (Header.__str__)
            if last_charset is not None:
                if charset is None and not (string and _nonctext(string[0])):
                    out.append(" ")
            elif charset is not None and not last_space:
                out.append(" ")
        last_space = bool(string) and _nonctext(string[-1])
        last_charset = charset
        out.append(string)
    return "".join(out)


def _nonctext(ch: str) -> bool:
    return ch.isspace() or ch in ("(", ")", "\\")


# One plain address, with or without a display name: the common case, parsed without the email.utils machinery.
# (The bare name is read to the "<" and given back only its trailing blanks, which ``\s*`` then takes: the same
# name as a lazy ``[^...]*?\s*<``, which tried the rest of the pattern after every character of it.)
_SIMPLE_ADDR = re.compile(r'^\s*(?:"([^"\\]*)"\s*|([^"<>,;:()\\@]*[^"<>,;:()\\@\s])?\s*)'
                          r'<([^<>\s,;:()"@]+@[^<>\s,;:()"@]+)>\s*$'
                          r'|^\s*([^<>\s,;:()"@]+@[^<>\s,;:()"@]+)\s*$')


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value or "\t" in value or "  " in value:
        return _WS.sub(" ", _CRLF.sub(" ", value))
    return value  # the common case: already one line


# The Date header as nearly every sender writes it ("Tue, 3 Nov 2026 10:00:00 +0100"), read without the general
# parser; anything else (obsolete zones, two-digit years, "-0000" for an unknown zone) goes to email.utils.
_DATE = re.compile(r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? ([+-])(\d\d)(\d\d)")
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
           "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}


def _date(value: str) -> datetime | None:
    m = _DATE.fullmatch(value)
    if not m:
        return parsedate_to_datetime(value)
    day, month_name, year, hour, minute, second, sign, zone_hours, zone_minutes = m.groups()  # (one call, not nine)
    month = _MONTHS.get(month_name.lower())
    if not month or (sign, zone_hours, zone_minutes) == ("-", "00", "00"):
        return parsedate_to_datetime(value)
    zone = _ZONES.get((sign, zone_hours, zone_minutes))
    if zone is None:  # (a zone is made once: a mailbox's mail comes from a few of them)
        offset = 3600 * int(zone_hours) + 60 * int(zone_minutes)
        zone = _ZONES[sign, zone_hours, zone_minutes] = timezone(timedelta(0, -offset if sign == "-" else offset))
    # (positional arguments: keyword parsing took a third of the time of building the date)
    return datetime(int(year), month, int(day), int(hour), int(minute), int(second or 0), 0, zone)


_ZONES: dict[tuple[str, str, str], timezone] = {}  # each "+hhmm" read so far (at most 2 x 100 x 100 of them)


def _header_index(msg: EmailMessage | Part,
                  ascii_only: bool = False) -> tuple[dict[str, object], dict[str, list[object]]]:
    """Every top-level header's first value by lower-cased name, read once (Message.get scans all headers per call),
    and all the values of each name given more than once (no list for each of the others: a third of the time).
    (``ascii_only``: the fields as stored are what ``items()`` hands out, for compat32 changes only non-ASCII ones.)"""
    index: dict[str, object] = {}
    repeated: dict[str, list[object]] = {}
    for name, value in (msg._headers if ascii_only else msg.items()):
        key = name.lower()
        if key not in index:
            index[key] = value
        elif key in repeated:
            repeated[key].append(value)
        else:
            repeated[key] = [index[key], value]
    return index, repeated


def _kept_headers(index: dict[str, object]) -> dict[str, str]:
    """The first value of each kept header that is there, cleaned (one dictionary lookup each)."""
    kept = {}
    for name in KEPT_HEADERS:
        value = index.get(name)
        if value is not None:
            kept[name] = clean_header(value)
    return kept


def _addresses(index: dict[str, object], repeated: dict[str, list[object]], name: str) -> list[Address]:
    # Parse first, decode display names after (RFC 2047 section 6.1): a decoded name holding
    # "Bcc: x@y" stays a name and never turns into a group with another address.
    fields = repeated.get(name)
    if fields is None:  # (nearly always: one field or none)
        if name not in index:
            return []
        simple = _simple_address(str(index[name] or ""))
        if simple:
            return [simple]
        fields = [index[name]]
    out = []
    for display, addr in getaddresses([_one_line(str(v or "")) for v in fields]):
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or _SPACE_IN.search(addr):
            continue
        out.append(Address(clean_header(display).strip('"\' '), addr))
    return out


@lru_cache(maxsize=1024)
def _simple_address(value: str) -> Address | None:
    """The address of a field that is one plain address (no blank, bracket or second "@" in it, nothing more to
    check), else None. (Cached: a mailbox's To is nearly always its owner's, and an Address is immutable.)"""
    simple = _SIMPLE_ADDR.match(_one_line(value))
    if not simple:
        return None
    quoted, bare, bracketed, plain = simple.groups()
    return Address(clean_header(quoted or bare or "").strip('"\' '), (bracketed or plain).lower())


_MSGID = re.compile(r"<[^<>\s]+>")


def _msgids(value: str) -> list[str]:
    return _MSGID.findall(value or "")


# HTML to text with a few regex passes: an order of magnitude faster than HTMLParser on mail-sized pages,
# and mail HTML needs no more than blocks, links and entities.
_HTML_DROP = re.compile(r"<(script|style|head|title|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HTML_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.I | re.S)
_HTML_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HTML_BLOCK = re.compile(
    r"</?(?:p|div|br|tr|li|h[1-6]|table|td|th|dt|dd|caption|blockquote|section|article|header|footer|ul|ol|hr)\b[^>]*>",
    re.I)
_HTML_TAG = re.compile(r"<[^>]*>")


def html_to_text(html: str) -> tuple[str, list[Link]]:
    """Readable text and the links (href + anchor text) of an HTML body; scripts, styles and comments dropped."""
    html = _HTML_DROP.sub("", html)
    links: list[Link] = []

    def anchor(m: re.Match[str]) -> str:
        _add_link(links, m)
        return m.group(2)

    html = _HTML_ANCHOR.sub(anchor, html)
    quoted = ("blockquote" in html or "BLOCKQUOTE" in html) and _CITE.search(html)  # (a case-blind regex scan of
    # every mail's HTML cost more than the rest of this function: the plain test first)
    text = _cited_text(html) if quoted else _block_text(html)
    lines = map(str.strip, _WS.sub(" ", text).split("\n"))  # _WS never spans a line break
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip(), links


def _block_text(html: str) -> str:
    """The text of an HTML fragment: a line break for each block, no tags, entities read."""
    return unescape(_HTML_TAG.sub("", _HTML_BLOCK.sub("\n", html)))


# A quote a mail client marks in HTML: Apple Mail and Thunderbird's <blockquote type="cite">, Gmail's and Yahoo's
# classes. A reply in HTML alone often has no attribution line above it ("On ... wrote:"), so without its "> " the
# employer's old rejection under a new invitation read as the new mail's own words. (A bare <blockquote> is not one:
# templates indent with it.)
_CITE = re.compile(r"""<blockquote\b[^>]*?\b(?:type\s*=\s*["']?cite\b|class\s*=\s*["'][^"']*?\b(?:gmail_quote|"""
                   r"""yahoo_quoted)\b)""", re.I)
_BLOCKQUOTE = re.compile(r"<(/?)blockquote\b([^>]*)>", re.I)


def _cited_text(html: str) -> str:
    """``_block_text(html)`` with each line of a client-marked quote led by "> ", once per level, as a plain-text reply
    quotes (what the readers of the text look for)."""
    pieces, opened, depth, start = [], [], 0, 0  # (opened: whether each open <blockquote> is a quote)
    for m in _BLOCKQUOTE.finditer(html):
        pieces.append((depth, html[start:m.start()]))
        start = m.end()
        if not m.group(1):
            cite = _CITE.match(m.group(0)) is not None
            opened.append(cite)
            depth += cite
        elif opened:
            depth -= opened.pop()
    pieces.append((depth, html[start:]))
    out = []
    for level, fragment in pieces:
        text = _block_text(fragment)
        out.append(text if not level else "\n".join("> " * level + line for line in text.split("\n")))
    return "\n".join(out)


def html_links(html: str) -> list[Link]:
    """The links of an HTML body, as ``html_to_text`` finds them: all a mail with a plain-text part needs of its HTML
    (the text passes cost four times the link scan)."""
    links: list[Link] = []
    for m in _HTML_ANCHOR.finditer(_HTML_DROP.sub("", html)):
        _add_link(links, m)
    return links


def _add_link(links: list[Link], anchor: re.Match[str]) -> None:
    """The link of an ``_HTML_ANCHOR`` match (href and its text), if it has an address."""
    href = _HTML_HREF.search(anchor.group(1))
    if href:
        url = unescape(href.group(1) or href.group(2) or href.group(3) or "").strip()
        if url:
            links.append(Link(url, " ".join(unescape(_HTML_TAG.sub("", anchor.group(2))).split())))


_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


# A charset parameter written plainly, the form nearly all mail has: read without the stdlib's general parameter
# parser (a tenth of parsing time); anything else (RFC 2231, two charsets, odd quoting) goes to it.
_CHARSET = re.compile(r';\s*charset\s*=\s*("?)([A-Za-z0-9_.:+-]+)\1\s*(?:;|\Z)', re.I)


_MISSING = object()


def _type_fields(part: EmailMessage) -> tuple[object, object]:
    """``part.get("content-type", _MISSING)`` and ``part.get("content-disposition")`` in one pass over its fields
    (``get`` reads every field for each name, and a part was asked four times)."""
    ctype, disposition = _MISSING, _MISSING
    fetch = part.policy.header_fetch_parse
    for name, value in part._headers:
        lower = name.lower()
        if lower == "content-type":
            if ctype is _MISSING:
                ctype = fetch(name, value)
        elif lower == "content-disposition" and disposition is _MISSING:
            disposition = fetch(name, value)
    return ctype, None if disposition is _MISSING else disposition


def _content_type(part: EmailMessage, value: object) -> str:
    """``part.get_content_type()`` from the Content-Type field's value (``_MISSING`` when there is none)."""
    if value is _MISSING:
        return part.get_default_type()
    ctype = str(value).partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


def content_charset(part: EmailMessage, value: object = _MISSING) -> str | None:
    """``part.get_content_charset()``, faster for the plain form (``value``: the Content-Type field's, if read)."""
    value = part.get("content-type") if value is _MISSING else value
    charset = _plain_charset(value) if isinstance(value, str) else None
    return charset if charset is not None else part.get_content_charset()


@lru_cache(maxsize=256)
def _plain_charset(value: str) -> str | None:
    """The charset of a Content-Type value that writes it plainly, else None. (Cached: a mailbox's parts have a
    dozen different Content-Type values.)"""
    if value.lower().count("charset") == 1 and "*" not in value and "\\" not in value:
        found = _CHARSET.search(value)
        if found and not value.count('"', 0, found.start()) % 2:
            return found.group(2).lower()
    return None


def _first_type_fields(part: Part) -> tuple[str | None, str | None]:
    """``_type_fields`` for a part of the fast tree, whose fields are ASCII strings (handed out as stored): the first
    Content-Type and Content-Disposition values, None where there is none."""
    ctype = disposition = None
    for name, value in part._headers:
        if len(name) == 12:  # (only names of the length lower-cased)
            if ctype is None and name.lower() == "content-type":
                ctype = value
        elif len(name) == 19 and disposition is None and name.lower() == "content-disposition":
            disposition = value
    return ctype, disposition


_LATIN = frozenset(("us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"))
_UTF8 = frozenset(("utf-8", "utf8"))


def _latin_in_utf8(error: UnicodeError) -> tuple[str, int]:
    """Bytes that are no UTF-8 read as Windows-1252 (every byte but five is a character there)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bad.decode("windows-1252", errors="replace"), error.end


codecs.register_error("latin_in_utf8", _latin_in_utf8)


def _decode_part(part: EmailMessage | Part, content_type: object = _MISSING) -> str:
    try:
        payload = (part.decoded() if isinstance(part, Part) else part.get_payload(decode=True)) or b""
    except Exception:
        return ""
    if isinstance(payload, str):
        return payload
    payload = payload[:MAX_PART_BYTES]
    charset = (content_charset(part, content_type) or "utf-8").strip().lower()
    if charset in _LATIN:
        # UTF-8 sent under a Latin-1 label reads "Ã¼" for "ü" and meets no phrase; Latin-1 text seldom happens to be
        # valid UTF-8 (an accented capital before a symbol, byte by byte). Tried only when a byte that leads UTF-8's
        # accented letters is there ("Ã", "Â" in Latin-1): a failed decoding costs a buffer the size of the part.
        if b"\xc3" in payload or b"\xc2" in payload:
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                pass
        charset = "windows-1252"  # a superset that real senders mislabel as latin-1 all the time
    try:
        # a byte that is no UTF-8 in a part labelled UTF-8 is a Latin-1 letter ("n\xe3o"), read as one, not dropped
        return payload.decode(charset, errors="latin_in_utf8" if charset in _UTF8 else "replace")
    except (LookupError, ValueError):  # unknown or malformed charset name: utf-8, then a lossless fallback
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("windows-1252", errors="replace")


# A text part of so few words beside a long HTML one may be no more than "view this mail in your browser" (a short
# letter's plain part has its greeting, its sentences and its sign-off: more words, or an HTML part about as short).
_STUB_WORDS = 25
_STUB_CHARS = 300


def _html_for_stub(text: str, html: str) -> tuple[str, list[Link]] | None:
    """The HTML part's text and links when the plain part is only a stub of it (a browser link, "your mail client
    cannot show this message"): the letter is in the HTML alone. None when the plain part is the text (the HTML is
    read only when the plain part is short)."""
    if len(text) > _STUB_CHARS or len(text.split()) > _STUB_WORDS:
        return None
    read = html_to_text(html)
    shown, stub = len(read[0].strip()), len(text.strip())
    if shown > 2 * stub + _STUB_CHARS:
        return read
    # a short HTML letter beside a plain part that says something else ("best viewed in an HTML-capable client"): a
    # plain part that is the letter shares nearly all its words with the HTML's text
    return read if shown > stub and not _same_words(text, read[0]) else None


_WORD = re.compile(r"\w{4,}")


def _same_words(text: str, shown: str) -> bool:
    """Do most of the longer words of ``text`` appear in ``shown`` (the same letter, not a stub about it)?"""
    words = {w.casefold() for w in _WORD.findall(text)}
    seen = {w.casefold() for w in _WORD.findall(shown)}
    return not words or len(words & seen) >= 0.6 * len(words)


def stable_key(message_id: str | None, raw_head: bytes) -> str:
    """Same message, same key, whatever folder or source it is read from."""
    if message_id:
        return "mid:" + message_id.strip("<>").lower()
    return "sha:" + hashlib.sha256(raw_head).hexdigest()[:32]


def parse(raw: bytes, *, keep_raw: bool = False) -> Message:
    """Parse a message. Never raises on bad mail; see ``Message.defects``."""
    try:
        return _parse(raw, keep_raw=keep_raw)
    except Exception as exc:  # hostile input the stdlib parser chokes on: an empty, flagged message
        return Message(key=stable_key(None, raw[:4096]), message_id=None, subject="", sender=Address("", ""),
                       to=[], cc=[], reply_to=[], date=None, in_reply_to=None, references=[], text="", html=None,
                       links=[], defects=[f"unparseable: {type(exc).__name__}"], raw=raw if keep_raw else None)


def _stdlib_texts(msg: EmailMessage, plain: list[str], htmls: list[str], defects: list[str]) -> None:
    """The text and HTML bodies of a tree the stdlib parser read, added to ``plain`` and ``htmls``."""
    try:
        parts = list(msg.walk())
    except Exception:
        parts = [msg]
        defects.append("broken MIME structure")
    for part in parts:
        if part.is_multipart():
            continue
        value, disposition = _type_fields(part)
        ctype = _content_type(part, value)
        if str(disposition or "").lower().startswith("attachment"):
            continue
        value = None if value is _MISSING else value  # as part.get("content-type") answers
        if ctype == "text/plain":
            plain.append(_decode_part(part, value))
        elif ctype == "text/html":
            htmls.append(_decode_part(part, value))


def _parse(raw: bytes, *, keep_raw: bool = False) -> Message:
    defects: list[str] = []
    msg: EmailMessage | Part | None = mime_tree(raw)  # the common shapes, read fast; the stdlib parser for the rest
    plain: list[str] = []
    htmls: list[str] = []
    if msg is not None:  # (ASCII fields, as compat32 hands them out; no defects)
        for part in msg.leaves():
            value, disposition = _first_type_fields(part)
            if disposition is not None and disposition.lower().startswith("attachment"):
                continue
            ctype = _content_type(part, _MISSING if value is None else value)
            if ctype == "text/plain":
                plain.append(_decode_part(part, value))
            elif ctype == "text/html":
                htmls.append(_decode_part(part, value))
        index, repeated = _header_index(msg, ascii_only=True)
    else:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        defects.extend(type(d).__name__ for d in getattr(msg, "defects", []))
        _stdlib_texts(msg, plain, htmls, defects)
        index, repeated = _header_index(msg)

    html = "\n".join(htmls) or None
    links: list[Link] = []
    # (a part is blank when it is all whitespace: isspace stops at the first non-blank, where strip copied the body)
    text = "\n\n".join([p for p in plain if p and not p.isspace()])
    if html and text:  # (every part joined has something besides blanks)
        stub = _html_for_stub(text, html)
        if stub is None:
            links = html_links(html)  # the plain part is the text: only the links are read from the HTML
        else:
            text, links = stub
    elif html:
        text, links = html_to_text(html)
    if "\r" in text:  # (most text has no carriage return: one scan, not two)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text[:MAX_TEXT_CHARS]
    seen = {link.url for link in links}
    urls = _URL.findall(text) if "://" in text else []  # most mail has no link in its text: no regex pass for it
    links += [Link(u.rstrip(".,;:")) for u in urls if u.rstrip(".,;:") not in seen]

    get = index.get  # (the first value of a field, or None)
    if not (get("from") or get("date") or get("subject") or get("message-id")):
        defects.append("no message headers (not an email?)")
    if not plain and not html:
        defects.append("no text part")

    message_id = (_msgids(clean_header(get("message-id"))) or [None])[0]
    date = None
    try:
        date = _date(clean_header(get("date"))) if get("date") else None
    except (TypeError, ValueError, IndexError):
        defects.append("unreadable Date header")
    senders = _addresses(index, repeated, "from")
    head_end = raw.find(b"\n\n")
    return Message(
        key=stable_key(message_id, raw[: head_end if head_end > 0 else 4096]),
        message_id=message_id,
        subject=clean_header(get("subject")),
        sender=senders[0] if senders else Address("", ""),
        to=_addresses(index, repeated, "to"),
        cc=_addresses(index, repeated, "cc"),
        reply_to=_addresses(index, repeated, "reply-to"),
        date=date,
        in_reply_to=(_msgids(clean_header(get("in-reply-to"))) or [None])[0] if "in-reply-to" in index else None,
        references=_msgids(clean_header(get("references"))) if "references" in index else [],
        text=text,
        html=html,
        links=links,
        headers=_kept_headers(index),
        defects=defects,
        raw=raw if keep_raw else None,
    )
