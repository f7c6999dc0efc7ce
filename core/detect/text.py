"""Text preparation for detection: the new text of a message, normalised."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_INTRO = re.compile(
    r"^\s*(on .{0,200}wrote:|am .{0,200}schrieb .{0,80}:|le .{0,200}a écrit\s*:|el .{0,200}escribió:|"
    r"op .{0,200}schreef .{0,80}:|em .{0,200}escreveu:|-{2,}\s*original message\s*-{2,}|"
    r"-{2,}\s*ursprüngliche nachricht\s*-{2,}|from:\s.+\nsent:\s)",
    re.I | re.M)
_FORWARD = re.compile(r"^\s*-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré|"
                      r"mensaje reenviado|doorgestuurd bericht|mensagem encaminhada)", re.I | re.M)


def normalise(text: str) -> str:
    """Fold typography so phrases match: curly quotes, NBSP, soft hyphens, line wraps."""
    text = unicodedata.normalize("NFKC", text)
    text = (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00ad", "")
            .replace("\u201c", '"').replace("\u201d", '"'))
    return " ".join(text.split()).lower()


def new_text(text: str) -> tuple[str, str]:
    """Split a body into what the sender wrote now and what it quotes (replies, forwards)."""
    forward = _FORWARD.search(text)
    if forward:
        # A forward's point is the forwarded message; keep both, the forwarded part as "new".
        return text, ""
    lines = text.split("\n")
    own = [ln for ln in lines if not ln.lstrip().startswith(">")]
    own_text = "\n".join(own)
    intro = _QUOTE_INTRO.search(own_text)
    quoted = "\n".join(ln for ln in lines if ln.lstrip().startswith(">"))
    if intro:
        quoted = own_text[intro.start():] + "\n" + quoted
        own_text = own_text[: intro.start()]
    return own_text, quoted
