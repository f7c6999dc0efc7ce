"""Text preparation for detection: the new text of a message, folded so phrases match."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Outlook's header block over a quoted or forwarded mail, as each language's Outlook writes it: "From:" then "Sent:",
# "Von:"/"Gesendet:", "De :"/"Envoyé :" (French sets a space before the colon), "De:"/"Enviado el:"/"Fecha:",
# "Van:"/"Verzonden:", "De:"/"Enviada em:"/"Data:"; the names in bold ("*From:* ...") where a client wrote the HTML
# reply out as plain text.
_OUTLOOK_FROM = r"\*?(?:from|von|de|van) ?:\*? "
_OUTLOOK_SENT = (r"\*?(?:sent|date|to|gesendet|datum|an|envoy[ée]|enviado(?: el)?|enviada(?: em)?|fecha|data|verzonden|"
                 r"aan|para|à) ?:\*? ")
# A reply's attribution line ("On ... wrote:") in the six languages, possibly wrapped over two lines.
_QUOTE_INTRO = re.compile(
    r"^[ \t]*(?:on\b.{0,200}?\bwrote:|am\b.{0,200}?\bschrieb\b.{0,120}?:|le\b.{0,200}?\ba [ée]crit ?:|"
    r"el\b.{0,200}?\bescribi[óo] ?:|op\b.{0,200}?\bschreef\b.{0,120}?:|em\b.{0,200}?\bescreveu ?:|"
    r"-{2,} ?(?:original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|"
    r"oorspronkelijk bericht|mensagem original) ?-{2,}|" + _OUTLOOK_FROM + ".{1,200}\n" + _OUTLOOK_SENT + ")",
    re.I | re.M | re.S)
_FORWARD = re.compile(
    r"^[ \t]*-{2,} ?(?:forwarded message|begin forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|"
    r"mensaje reenviado|doorgestuurd bericht|mensagem encaminhada|mensagem reencaminhada)\b.*$",
    re.I | re.M)
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ",
                       "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
                       "ß": "ss", "ø": "o", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe"})
# The same table as one substitution: str.translate looks every character up (~30 ns each), a regex skips to the
# few that are in it.
_FOLD_CHARS = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def typography(text: str) -> str:
    """Curly quotes, dashes, odd spaces and invisible characters folded (``text.translate(_FOLD)``, faster)."""
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    return _FOLD_CHARS.sub(lambda m: _FOLD[ord(m.group())] or "", text)


class _Folds(dict):  # type: ignore[type-arg]
    """Short strings folded, kept (at most 8,192, then emptied): ``fold`` is this dict's own lookup, so a string folded
    before costs no Python call (extraction folds ~60 names, titles and lines a mail, most of them more than once)."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        if len(text) >= 120:
            return _fold_long(text)
        if len(self) >= 8192:
            self.clear()
        folded = self[text] = _fold(text)
        return folded


# Lower case, no accents, plain apostrophes and dashes, one space between words (see ``_fold``; cached for short
# strings).
fold: Callable[[str], str] = _Folds().__getitem__


@lru_cache(maxsize=4)  # the body being classified is folded by company and role extraction alike
def _fold_long(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    """Patterns are written against this form, so "n’a pas été retenue", a line-wrapped
    "move\nforward" and "beruecksichtigt"-style spelling variants all meet the same text.
    """
    text = typography(text)
    if not text.isascii():  # accents off; what has no ASCII form is dropped (the patterns are ASCII anyway)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = " ".join(text.lower().split())
    return _typed(text) if " " in text else text


# Apostrophes typed as a space or left out ("we won t", "couldnt", "we re", "nous n avons pas", "poste d analyste"):
# the patterns are written with them, so they are put back. Each rule starts with a literal ("n t", "nt") the engine
# skips to, or is asked only when its rare marker (" re ", " n ") is in the text.
_NEG_STEMS = ("do", "does", "did", "wo", "would", "ca", "could", "should", "is", "are", "was", "were", "have", "has", "had",
              "must")


def _stems_behind(tail: str, stems: tuple[str, ...]) -> str:
    """One fixed-width look-behind per length: the match ends one of the stems (as in ``reading._behind``)."""
    forms = [s + tail for s in stems]
    return "|".join(rf"(?<=\b(?:{'|'.join(f for f in forms if len(f) == n)}))" for n in sorted({len(f) for f in forms}))


_NOT_T = re.compile(r"n t\b(?:" + _stems_behind("n t", _NEG_STEMS) + ")")
# "dont" is French ("dont le profil"): only after an English pronoun
_NOT_BARE = re.compile(r"nt\b(?:" + _stems_behind("nt", tuple(s for s in _NEG_STEMS if s != "do") +
                                                  ("i do", "we do", "you do", "they do")) + ")")
_PRONOUN = re.compile(r"\b(?:(we|you|they|i) (re|ve|ll|d)|(i) (m)|(it|that|there|what|let|here) (s))\b")
# French elision before a vowel ("n a pas", "qu il", "c est"); not "s", "m", "t", which initials and English share
_ELISION = re.compile(r"(?<![\w'])(n|l|d|j|c|qu|jusqu|lorsqu|puisqu) (?=[aeiouyh])")


_VC = re.compile(r"\bvc(s?)\b")  # Brazilian chat spelling of "você" ("não vamos seguir com vc")
# ...and of "não" before a verb ("vc n foi selecionado"), read before the French elision ("n a pas")
_NAO = re.compile(r"\bn (?=(?:vamos|vai|vao|foi|fomos|foram|sera|serao|poderemos|podemos|pode|conseguimos|conseguiu|"
                  r"temos|tem|passou|passaste|avancou|seguiremos|seguimos|houve|deu|rolou)\b)")
# Dutch contractions: "is 't niks geworden", "'n andere kandidaat", "z'n", "m'n"
_DUTCH_SHORT = re.compile(r"(?<![\w'])'(t|n)\b|\b([zm])'n\b")
_DUTCH_LONG = {"t": "het", "n": "een", "z": "zijn", "m": "mijn"}
_SPLIT_WORD = re.compile(r" (?:[nldjcms]|qu|re|ve|ll) ")  # one search tells whether either rule below may apply


# French inclusive writing with full stops ("un.e autre candidat.e", "retenu.e.s"): the feminine ending joined back,
# as the middle dot ("candidat·e") already is by folding. Not a name's or an address's last part ("www.x.es",
# "info@x.e"): the word must follow no full stop, at-sign or slash and end there.
_INCLUSIVE = re.compile(r"(?<![.@/\w])([a-z]+)\.(e\.s|e)\b(?![.@/]?\w)")
_INCLUSIVE_END = re.compile(r"\.e(?:\.s)?\b")  # (a literal first: a fast scan that rules out nearly every text, where
# ".e" alone is in most: "careers.example.com", ".eu", ".edu")


def _typed(text: str) -> str:
    """``text`` (folded) with the apostrophes a hurried writer typed as a space or left out put back, "vc" read as
    "voce" and French inclusive endings joined: the forms the phrase families are written in."""
    if ".e" in text and _INCLUSIVE_END.search(text):
        text = _INCLUSIVE.sub(lambda m: m.group(1) + m.group(2).replace(".", ""), text)
    text = _NOT_T.sub("n't", text) if "n t" in text else text
    text = _NOT_BARE.sub("n't", text)
    text = _VC.sub(r"voce\1", text) if "vc" in text else text
    if " 't" in text or "'n " in text:
        text = _DUTCH_SHORT.sub(lambda m: _DUTCH_LONG[m.group(1) or m.group(2)], text)
    if _SPLIT_WORD.search(text):
        text = _NAO.sub("nao ", text) if " n " in text else text
        text = _PRONOUN.sub(lambda m: "'".join(g for g in m.groups() if g), text)
        text = _ELISION.sub(r"\1'", text)
    return text


@lru_cache(maxsize=32)  # company and role extraction read the same text
def tidy(text: str) -> str:
    """Typography folded but case and accents kept: what extraction reads."""
    text = unicodedata.normalize("NFKC", typography(text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines)


# A forward's subject ("Fwd:", "FW:", "WG:", "TR:", "RV:", "Enc:", "Doorst:"). Not a reply to one ("RE: FW: ..."):
# there the separator quotes the forward replied to, which was read when it came.
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|doorst(?:uurd)?)\s*:", re.I)
# Outlook's separator, the same for a reply and a forward: a dashed "Original Message" line, or the forwarded mail's
# own header block ("From: ...", then "Sent:"/"Date:"/"To:") on the next line.
_OUTLOOK_SEPARATOR = re.compile(
    r"^[ \t]*(?:-{2,} ?(?:original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|"
    r"oorspronkelijk bericht|mensagem original) ?-{2,}[ \t]*$|(?=" + _OUTLOOK_FROM + ".{1,200}\n" + _OUTLOOK_SENT + "))",
    re.I | re.M)
FORWARD_MARK = "---------- Forwarded message ----------"


def outlook_forward(text: str, subject: str) -> str:
    """``text`` with Outlook's reply-or-forward separator written as a forward's marker when the subject says it is
    a forward ("WG: Ihre Bewerbung" over "-----Ursprüngliche Nachricht-----"): the mail below it is forwarded, not
    quoted, and is read as any forward is (the sender's own decision passed on, or one about the reader)."""
    if not FORWARD_SUBJECT.match(subject) or _FORWARD.search(text):
        return text
    m = _OUTLOOK_SEPARATOR.search(text)
    if not m or m.start() == 0:
        return text
    return text[:m.start()] + FORWARD_MARK + ("\n" if not m.group() else "") + text[m.end():]


def split_forward(text: str) -> tuple[str, str]:
    """(what the forwarder wrote, the forwarded message) — the second empty if this is no forward."""
    m = _FORWARD.search(text) if "--" in text else None  # every marker has its dashes: most mail needs no search
    if not m:
        return text, ""
    return text[: m.start()], text[m.end():]


# ``_QUOTE_INTRO`` with its line start written as the line break before it: the engine then skips from one line break
# to the next instead of trying every place (the text is read with a line break in front).
_QUOTE_INTRO_AFTER_BREAK = re.compile("\n" + _QUOTE_INTRO.pattern.removeprefix("^"), _QUOTE_INTRO.flags)


def _quote_intro(text: str, end: int) -> int:
    """Where ``_QUOTE_INTRO.search(text, 0, end)`` begins, or -1."""
    m = _QUOTE_INTRO_AFTER_BREAK.search("\n" + text, 0, end + 1)
    return m.start() if m else -1


def new_text(text: str) -> tuple[str, str]:
    """Split a body into what the sender wrote now and what it quotes from earlier mail.

    A forward's forwarded part is *not* removed here: whether it counts is the classifier's
    call (a recruiter re-sending a rejection vs. the owner passing one on).
    """
    if ">" in text:
        lines = text.split("\n")
        own = "\n".join(ln for ln in lines if not ln.lstrip().startswith(">"))
        quoted = "\n".join(ln for ln in lines if ln.lstrip().startswith(">"))
    else:  # no line quoted with ">" (most mail): no pass over the lines
        own, quoted = text, ""
    head, _fwd = split_forward(own)
    # every attribution line has a colon but the dashed one ("-----Original Message-----"): most mail has neither
    intro = _quote_intro(own, len(head) if _fwd else len(own)) if ":" in own or "--" in own else -1
    if intro > 0:
        quoted = own[intro:] + "\n" + quoted
        own = own[:intro]
    return own, quoted
