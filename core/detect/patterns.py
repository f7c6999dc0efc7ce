"""The machinery of phrase families: patterns over folded text (lower case, no accents, plain apostrophes).

A family is one idea ("we chose other candidates") written as a few patterns with bounded
gaps that stay inside a sentence, so wrapped lines, extra adverbs and word order variants
still match while a decision never leaks from one sentence into the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from nextround.detect import regex_parts
from nextround.detect.anchors import Anchors, anchors_of
from nextround.detect.pattern_cache import Remembered
from nextround.detect.regex_parts import compile_big, group_end, top_level

G = r"[^.!?;]{0,60}?"  # a short gap inside one sentence
S = r"[^.!?;]{0,25}?"  # a very short gap


@dataclass(frozen=True)
class Family:
    name: str
    weight: float
    source: str  # the regex
    need: tuple[str, ...] = ()  # cheap gate: the pattern can only match if one of these substrings occurs

    @cached_property
    def anchors(self) -> Anchors | None:
        """The literals every match begins with (see ``anchors``): one scan per text then rules the family in or out.
        Read when first asked: the classifier's anchor index is read from the cache at most starts, which then
        never asks (reading the patterns for them was a sixth of the start-up time)."""
        return anchors_of(self.source)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first used: the anchor scan never tries most families on most mail, and compiling all of
        them at import was most of the start-up time of every command."""
        return compile_big(self.source, re.ASCII)  # (folded text is ASCII: \b and \w then look up a table)

    @cached_property
    def quick(self) -> re.Pattern[str] | None:
        """The same alternatives grouped by first letter (see ``by_letter``): matches where ``pattern`` matches, but
        only *whether* it matches is the same (which alternative wins, hence the match's end, may differ). Built when
        first asked: with the anchor scan most families never are, and compiling them all doubled the import time."""
        grouped = by_letter(self.source)
        return compile_big(grouped, re.ASCII) if grouped else None

    @cached_property
    def occurs_at(self) -> Callable[[str, int], re.Match[str] | None]:
        """``match`` of ``quick`` (or of ``pattern`` when there is none): whether the family matches at a place, for
        callers that need no span (at a place ``quick`` tries one first letter's alternatives, not all of them; same
        alternatives, so the same yes or no)."""
        return (self.quick or self.pattern).match

    def search(self, text: str) -> bool:
        if self.quick is None:
            return self.find(text) is not None
        return self._needed(text) and self.quick.search(text) is not None

    def _needed(self, text: str) -> bool:
        if self.need:  # a loop, not any(): no generator to set up on the hot path
            for n in self.need:
                if n in text:
                    break
            else:
                return False
        return True

    def find(self, text: str) -> re.Match[str] | None:
        if not self._needed(text) or (self.quick is not None and self.quick.search(text) is None):
            return None
        return self.pattern.search(text)


def _letter_first(alt: str) -> str | None:
    """``word...`` as ``w(?<!\\ww)ord...`` — the same as ``\\bword...`` when ``w`` is a plain letter, but it lets
    the regex engine jump between candidate first letters instead of trying every position."""
    if len(alt) > 1 and ("a" <= alt[0] <= "z" or "A" <= alt[0] <= "Z") and alt[1] not in "?*+{":
        return f"{alt[0]}(?<!\\w{alt[0]}){alt[1:]}"
    return None


def speed(pattern: str) -> str:
    """Rewrite leading ``\\b`` word starts so the compiled pattern gets a first-character set. Same matches.

    Only worth it when every alternative converts and they start with few letters: with many first letters the
    set check passes at most positions and the look-behind costs more than ``\\b`` did (measured)."""
    fast = _speed(pattern)
    if fast is None or len(fast[1]) > 6:
        return pattern
    return fast[0]


def _speed(pattern: str) -> tuple[str, set[str]] | None:
    out, firsts = [], set()
    for alt in top_level(pattern):
        if alt.startswith("\\b(?:"):
            end = group_end(alt, 2)
            inner = [_letter_first(a) for a in top_level(alt[5:end - 1])]
            if not all(inner):
                return None
            out.append("(?:" + "|".join(inner) + ")" + alt[end:])  # type: ignore[arg-type]
            firsts |= {a[0] for a in inner}  # type: ignore[index]
        elif alt.startswith("\\b") and _letter_first(alt[2:]):
            out.append(_letter_first(alt[2:]))  # type: ignore[arg-type]
            firsts.add(alt[2])
        elif alt.startswith("(?:") and group_end(alt, 0) == len(alt):
            inner_fast = _speed(alt[3:-1])
            if inner_fast is None:
                return None
            out.append("(?:" + inner_fast[0] + ")")
            firsts |= inner_fast[1]
        elif alt[:1].isalpha() and alt[:1].islower() and alt[1:2] not in ("?", "*", "+", "{"):
            out.append(alt)  # already starts with a plain letter
            firsts.add(alt[0])
        else:
            return None
    return "|".join(out), firsts


def _code() -> bytes | None:
    """This module's and ``regex_parts``' source: what ``speed`` computes with (None when unreadable: then nothing
    is kept)."""
    try:
        return b"".join(Path(module).read_bytes() for module in (__file__, regex_parts.__file__))
    except (OSError, TypeError):
        return None


# ``speed`` of each family's pattern, kept from one start to the next (a thousand families, 30 ms a start)
_SPEED_FORMS = Remembered("speed", _code())


def fam(name: str, weight: float, *patterns: str | tuple[str, ...]) -> Family:
    """A family from its patterns; a leading tuple of substrings is its cheap gate."""
    need = patterns[0] if patterns and isinstance(patterns[0], tuple) else ()
    regexes = [p for p in patterns if isinstance(p, str)]
    pattern = _SPEED_FORMS.get("|".join(f"(?:{p})" for p in regexes), speed)
    return Family(name, weight, pattern, need)


_PLAIN_LOOKBEHIND = re.compile(r"\(\?<!([a-z' ]+)\)")
_MAX_ALTERNATIVES = 2000  # flattening multiplies nested groups out; past this the pattern is left as written


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives, flattened: ``(?:a|b)`` gives a and b, ``\\b(?:a|b)rest`` gives \\barest and \\bbrest,
    ``\\b(?:de )?rest`` gives \\bde rest and \\brest, recursively, so that as many alternatives as possible begin
    with a word start and a letter."""
    out: list[str] = []
    for alt in top_level(pattern):
        if alt.startswith("(?:") and group_end(alt, 0) == len(alt):
            out += _alternatives(alt[3:-1])
        else:
            out += _word_start_forms(alt)
    return out if len(out) <= _MAX_ALTERNATIVES else [pattern]


def _word_start_forms(alt: str) -> list[str]:
    """One alternative, its leading groups multiplied out when it begins at a word start."""
    lookbehinds = ""
    while _PLAIN_LOOKBEHIND.match(alt):  # "(?<!vamos )\\bavisa": written after the first letter, below
        end = group_end(alt, 0)
        lookbehinds, alt = lookbehinds + alt[:end], alt[end:]
    if not alt.startswith("\\b(?:"):
        return [lookbehinds + alt]
    end = group_end(alt, 2)
    rest, quantifier = alt[end:], alt[end:end + 1]
    if quantifier in ("*", "+", "{") or (quantifier == "?" and rest[1:2] in ("?", "+")):  # repeated, lazy: as written
        return [lookbehinds + alt]
    inner = _same_first_letter_once(_alternatives(alt[5:end - 1]))
    if quantifier == "?":
        rest = rest[1:]
        inner.append("")
    forms = [f for a in inner for f in _word_start_forms(lookbehinds + "\\b" + a + rest)]
    return forms if len(forms) <= _MAX_ALTERNATIVES else [lookbehinds + alt]


def _same_first_letter_once(options: list[str]) -> list[str]:
    """``options`` with those that begin with the same plain letter joined, ``j(?:e|ij)`` for ``je`` and ``jij``:
    the rest after them is then written out once per first letter, not once per option, which is all the letter
    grouping needs (the same strings, a third less pattern to compile over the families)."""
    joined: dict[str, list[str]] = {}
    others: list[str] = []
    for option in options:
        if "a" <= option[:1] <= "z" and option[1:2] not in ("?", "*", "+", "{") and len(top_level(option)) == 1:
            joined.setdefault(option[0], []).append(option[1:])
        else:
            others.append(option)
    return [letter + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")
            for letter, tails in joined.items()] + others


def by_letter(pattern: str) -> str | None:
    """The word-start alternatives grouped under their first letter, ``\\b(?:a(?:...)|b(?:...))|others``: at a word
    start the engine then tries one letter's alternatives, not all of them. It matches wherever the pattern
    matches (same alternatives, other order), so it answers *whether* the pattern occurs (measured: about half
    the time on the long look-alike families). None when nothing can be grouped or the pattern has backreferences
    or inline flags."""
    if re.search(r"\\\d|\(\?P|\(\?[aiLmsux]", pattern):
        return None
    buckets: dict[str, list[str]] = {}
    other: list[str] = []
    for alt in _alternatives(pattern):
        lookbehinds = []
        while _PLAIN_LOOKBEHIND.match(alt):
            end = group_end(alt, 0)
            lookbehinds.append(_PLAIN_LOOKBEHIND.match(alt).group(1))  # type: ignore[union-attr]
            alt = alt[end:]
        body = alt[2:] if alt.startswith("\\b") else ""
        if len(body) > 1 and "a" <= body[0] <= "z" and body[1] not in "?*+{":
            # "not preceded by X" at the word start is "not preceded by X + first letter" once that letter is read
            after = "".join(f"(?<!{re.escape(x + body[0])})" for x in lookbehinds)
            buckets.setdefault(body[0], []).append(after + body[1:])
        else:
            other.append("".join(f"(?<!{x})" for x in lookbehinds) + alt)
    if not buckets:
        return None
    grouped = "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in buckets.items())
    return "|".join(["\\b(?:" + grouped + ")", *other])


def quick(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern for asking only *whether* ``rx`` occurs in folded text (its ``by_letter`` form), compiled for ASCII
    text, which folded text is (``\\b`` and ``\\w`` then look up a table)."""
    return compile_big(by_letter(rx.pattern) or rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


def starts(*words: str) -> str:
    """Word-initial alternatives written so each begins with a plain letter: the regex engine then skips ahead
    to those letters instead of trying every position (about 7x faster than a leading \\b on mail text)."""
    return alt(*(f"{w[0]}(?<![a-z0-9']{w[0]}){w[1:]}" for w in words))
