"""A letter's fingerprint: the same rejection letter gives the same value whoever delivered it.

The same letter often reaches the mailbox twice as two messages: the reader forwards it to themselves (or to another
watched account), or the hiring side sends it twice (a resend, two copies with their own Message-IDs). The pipeline
keys messages by Message-ID, so it needs this to react to the letter once. The fingerprint is read from what
identifies the letter itself:

- its author's address (for a forward: the forwarded From, not the reader who forwarded it);
- its subject without reply and forward prefixes ("Re:", "Fwd:", "AW:", "WG:", "TR:", "RV:", "Enc:"...);
- the start of its own text (for a forward: the forwarded part, without its header lines, without the reader's note
  above it and without the quoted history below it), read as letters and digits only, folded, with links, addresses
  in angle brackets and image placeholders dropped: re-wrapping, a forwarding client's "> " quoting and the HTML or
  text rendering of the same letter do not change it. ``TEXT_WINDOW`` letters are read: a rejection letter names the
  role or the company in that span, so two letters from one ATS template for two roles differ, while a footer a
  server adds at the bottom of a long letter does not count. A letter with almost no text (``TEXT_MIN``: the
  decision in an attached PDF) is never matched to another.
"""

from __future__ import annotations

import hashlib
import re
from email.utils import parseaddr

from nextround.detect.text import fold, new_text, outlook_forward, split_forward
from nextround.message import Message

# Letters and digits of the letter's own text read into the digest (about 200 words, a whole rejection letter).
TEXT_WINDOW = 1000
# A letter with less text than this (a PDF with an empty body, "see attached") says too little to tell two letters
# apart: its fingerprint is its message's own, so it is never taken for another letter.
TEXT_MIN = 40

# Reply and forward prefixes in the languages read ("Re:", "Fwd:", "FW:", "AW:", "WG:", "TR:", "RV:", "Enc:", "Res:",
# "SV:", "Antw:", "Doorst:"), repeated, with a count ("RE[2]:") or a space before the colon ("Fwd :").
_PREFIXES = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|enc|res|sv|antw|doorst(?:uurd)?)\s*(?:\[\d+\])?\s*:)+\s*", re.I)

# The forwarded mail's header lines ("From: ...", "Betreff: ...", "Envoyé : ...") before its text starts, by name: a
# letter that opens with "Position: ..." or "Ref: ..." keeps those lines, as its first copy does.
_HEADER_LINE = re.compile(r"^\s*(?:from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|datum|an|betreff|antwort an|"
                          r"de|envoye|envoyé|à|a|objet|répondre à|enviado|fecha|para|asunto|van|verzonden|aan|"
                          r"onderwerp|data|assunto|enviada|da|inviato|oggetto)\s?:", re.I)
_FROM_LINE = re.compile(r"^[ \t]*(?:from|von|de|van|da|expediteur|remetente)\s?:\s*(.+)$", re.I | re.M)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

# The line some clients close a forward with ("----- End forwarded message -----"): what follows is the forwarder's.
_FORWARD_END = re.compile(r"^[ \t]*-{2,} ?(?:end (?:of )?forwarded message|ende der weitergeleiteten nachricht)\b",
                          re.I | re.M)

# What the HTML and the text rendering of one letter write differently: links ("Careers <https://...>" in a text
# part, "Careers" from the HTML), addresses in angle brackets, "[image: logo]" placeholders.
_NOISE = re.compile(r"<[^<>\s]*>|\[image:[^\]]*\]|(?:https?://|www\.)\S+", re.I)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def clean_subject(subject: str) -> str:
    """The subject as the letter's author wrote it: no reply or forward prefixes, folded."""
    return fold(_PREFIXES.sub("", subject or ""))


def _unquoted(text: str) -> str:
    """A forwarded part its client quoted line by line ("> Dear Sam,") read as the letter: one level of quoting off.
    Only when most lines are quoted: a letter's own quoted history stays quoted (and is dropped later)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines or sum(ln.lstrip().startswith(">") for ln in lines) * 2 < len(lines):
        return text
    return "\n".join(re.sub(r"^\s*> ?", "", ln) for ln in text.split("\n"))


def _forwarded_letter(forwarded: str) -> tuple[str, str]:
    """(the author's address, the letter's text) of a forwarded part: its header block read, then dropped."""
    end = _FORWARD_END.search(forwarded)
    forwarded = _unquoted(forwarded[:end.start()] if end else forwarded)
    lines = forwarded.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _HEADER_LINE.match(lines[start])
                                  or (start and lines[start][:1] in " \t" and _HEADER_LINE.match(lines[start - 1]))):
        start += 1  # blank lines, header lines and a long header's continuation ("To: a, b," / "  c")
    header = "\n".join(lines[:start])
    found = _FROM_LINE.search(header)
    author = ""
    if found:  # "Name <a@b>", "a@b", Outlook's "Name [mailto:a@b]"
        addr = parseaddr(found.group(1))[1]
        match = _ADDRESS.search(addr if "@" in addr else found.group(1))
        author = match.group().lower() if match else ""
    return author, "\n".join(lines[start:])


def letter(message: Message) -> tuple[str, str]:
    """(the author's address, the text) of the letter a message delivers. For a forward (even a forward of a
    forward: an agency passing on its client's letter, which the reader then forwards) the innermost letter."""
    author = (message.sender.email or "").lower()
    text = outlook_forward(message.text or "", message.subject or "")
    for _depth in range(4):  # a forward inside a forward; a bound against a hostile mail
        head, forwarded = split_forward(text)
        if not forwarded:
            break
        forwarded_author, text = _forwarded_letter(forwarded)
        author = forwarded_author or author
    return author, new_text(text)[0]  # a reply's quoted history is not the letter


def text_digest(text: str) -> str:
    """The start of a letter's text as letters and digits only, folded: what re-wrapping, quoting and the HTML or
    text rendering leave alone."""
    return _NOT_ALNUM.sub("", fold(_NOISE.sub(" ", text)))[:TEXT_WINDOW]


def letter_fingerprint(message: Message) -> str:
    """A short hex digest of the letter a message delivers (see the module's doc)."""
    author, text = letter(message)
    digest = text_digest(text)
    if len(digest) < TEXT_MIN:
        return "message:" + hashlib.sha256(message.key.encode("utf-8")).hexdigest()[:24]
    key = "\n".join(("letter/1", author, clean_subject(message.subject or ""), digest))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
