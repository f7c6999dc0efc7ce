"""Anchors: one scan of a text finds where any phrase family could match, so most families never scan it.

Nearly every alternative of a family begins with a literal, mostly at a word start (``\\bcongres``,
``n(?<!\\wn)ot\\b``, ``\\b(?:de )?kandidaat``), sometimes anywhere (``n't be``). One pass over the text with a trie
of all those literals (a few thousand) lists where each begins. A family is then asked only at its own literals'
positions, with an anchored match there; a family with no such position cannot match at all. The answers are
the same as scanning the text with each family in turn (a regex pass each, the bulk of classification time
before), at a fraction of the cost.

A family with an alternative that does not begin with a literal (``\\d+ tips``, ``[``) is scanned as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from nextround.detect.regex_parts import group_end, top_level

if TYPE_CHECKING:
    from nextround.detect.patterns import Family

# Assertions that make the next letter a word start. The scan's own word start (no letter or digit before) is looser
# than each of them, so it finds every position they allow.
_WORD_START = ("\\b", "(?<!\\w)", "(?<![a-z0-9'])", "(?<![a-z0-9])")
# ``speed()``'s form of a word start: the first letter, then a look-behind that no word character precedes it.
_SPEED_FORM = re.compile(r"([a-z])\(\?<!(?:\\w|\[a-z0-9'\])\1\)")
_LITERAL = re.compile(r"[a-z0-9'<> -]+")
_CLASS = re.compile(r"\[([a-z']{1,4})\]")  # a few letters to choose from, no range
_LONG_ENOUGH = 8  # a literal this long rarely begins at more than one or two places in a mail
_MAX_LITERALS = 8  # per alternative; past this a literal stays at the shorter common part...
_SHORT = 4  # ...unless that part is shorter than this
_STOP = "\x00"  # ends a literal at a repeated group: "(?:ab)+c" begins with "ab", not "abc"
_MAX_DEPTH = 12
_INNER_MIN = 3  # a literal found anywhere must be at least this long to rule much out
_AT_START = "\x01"  # stands for "^": the family may match at the text's start, whatever it begins with


@dataclass(frozen=True)
class Anchors:
    """The literals a family's matches begin with."""

    literals: frozenset[str]  # each at a word start (found by the scan)
    inner: frozenset[str] = frozenset()  # anywhere, even inside a word ("n't")
    at_start: bool = False  # some alternative begins with "^"


def anchors_of(pattern: str) -> Anchors | None:
    """The leading literals of every alternative of ``pattern``, or None when some alternative has none."""
    literals: set[str] = set()
    inner: set[str] = set()
    at_start = False
    for alternative in top_level(pattern):
        for literal, at_word_start in _leads(alternative, False, 0):
            if literal == _AT_START:
                at_start = True
            elif literal is None or (not at_word_start and len(literal) < _INNER_MIN):
                return None
            else:
                (literals if at_word_start else inner).add(literal)
    return Anchors(frozenset(literals), frozenset(inner), at_start)


def _leads(alt: str, at_word_start: bool, depth: int) -> Iterator[tuple[str | None, bool]]:
    """(the literal, whether it begins at a word start) for each way ``alt`` can begin (None: no literal)."""
    if depth > _MAX_DEPTH:
        yield None, at_word_start
        return
    while True:  # assertions take no text: skipping one only widens what the literal allows
        start = next((s for s in _WORD_START if alt.startswith(s)), None)
        if start:
            alt, at_word_start = alt[len(start):], True
        elif alt.startswith("^"):  # the text's start only (no family is multi-line): always a place to try
            yield _AT_START, True
            return
        elif alt.startswith(("(?<!", "(?<=", "(?=", "(?!")):
            alt = alt[group_end(alt, 0):]
        else:
            break
    if alt.startswith("(?:"):
        end = group_end(alt, 0)
        rest, quantifier = alt[end:], alt[end:end + 1]
        if quantifier == "{":
            yield None, at_word_start
            return
        if quantifier in ("?", "*", "+"):
            rest = rest[1:].removeprefix("?")  # a lazy quantifier begins the same way
        repeated = quantifier in ("*", "+")  # once at most ("?") reads on into the rest; a repeat may come back
        for inner in top_level(alt[3:end - 1]):
            yield from _leads(inner + (_STOP if repeated else rest), at_word_start, depth + 1)
        if quantifier in ("?", "*"):  # the group may be absent
            yield from _leads(rest, at_word_start, depth + 1)
        return
    speed = _SPEED_FORM.match(alt)
    if speed:
        alt, at_word_start = speed.group(1) + alt[speed.end():], True
    if alt.startswith("[0-9]"):  # a number begins with one of ten digits
        for digit in "0123456789":
            yield from _leads(digit + alt[5:], at_word_start, depth + 1)
        return
    if alt[:1] in ("'", "<") or (alt[:1] == "\\" and alt[1:2] and not alt[1].isalnum()):
        at_word_start = False  # "'ll", "[jira]", "<name>": they begin no word; found anywhere instead
    elif not ("a" <= alt[:1] <= "z" or "0" <= alt[:1] <= "9"):
        yield None, at_word_start
        return
    for literal in _extend("", alt, _MAX_LITERALS):
        yield literal or None, at_word_start


def _extend(prefix: str, rest: str, budget: int) -> list[str]:
    """The literals that ``prefix`` + ``rest`` can begin with, read on through optional letters, small classes and
    groups while that stays small: "you (?:have|were) not" begins with "you have not" or "you were not", which
    few words start, where "you" begins a dozen times in a mail."""
    literal = _LITERAL.match(rest)
    run = literal.group(0) if literal else ""
    text, after = prefix + run, rest[len(run):]
    if after[:1] == "\\" and after[1:2] and not after[1].isalnum():  # an escaped "." or "-" is a literal too
        return _extend(text + after[1], after[2:], budget)
    if after[:1] in ("?", "*", "{", "+"):
        if after[:1] == "+" or not text:
            return [text]  # "+": the character is there once at least, and may come again
        shorter, budget = text[:-1], max(1, budget // 2)
        if after[:1] == "?" and (len(shorter) < _SHORT or budget > 1):  # read on both with and without it
            rest = after[1:].removeprefix("?")
            return _extend(text, rest, budget) + _extend(shorter, rest, budget)
        return [shorter]
    choice = _CLASS.match(after)
    if choice and after[choice.end():choice.end() + 1] not in ("?", "*", "{", "+") and len(text) < _LONG_ENOUGH:
        return [x for ch in choice.group(1) for x in _extend(text + ch, after[choice.end():], budget)]
    if after.startswith("\\b") and len(text) < _LONG_ENOUGH:  # a word boundary takes no text: read on
        return _extend(text, after[2:], budget)
    if len(text) >= _LONG_ENOUGH or not after.startswith("(?:"):
        return [text]
    end = group_end(after, 0)
    quantifier = after[end:end + 1]
    if quantifier in ("*", "+", "{") or (quantifier == "?" and after[end + 1:end + 2] in ("?", "+")):
        return [text]
    options = top_level(after[3:end - 1])
    tail = after[end + 1:] if quantifier == "?" else after[end:]
    if quantifier == "?":
        options.append("")
    if len(text) < _SHORT:  # "a" or "re" begins half the words of a mail: always read on through the group
        budget = max(budget, len(options))
    if len(options) > budget:
        return [text]
    out: list[str] = []
    for option in options:
        out += _extend(text, option + tail, max(1, budget // len(options)))
    return out


def _trie(words: Iterable[str]) -> str:
    """A regex that matches, where it is tried, the longest of ``words`` that begins there."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_STOP] = {}

    def emit(node: dict) -> str:
        children = sorted(k for k in node if k != _STOP)
        body = "|".join(re.escape(ch) + emit(node[ch]) for ch in children)
        if not body:
            return ""
        group = f"(?:{body})" if len(children) > 1 or _STOP in node else body
        return group + ("?" if _STOP in node else "")

    return emit(root)


class AnchorIndex:
    """The anchors of a fixed set of families, found in a text in one pass."""

    def __init__(self, families: Iterable[Family]) -> None:
        self._families: dict[int, Family] = {}  # by id (a family's hash reads its whole pattern)
        owners: dict[str, set[int]] = {}  # literal -> the families that have it
        inner: dict[str, set[int]] = {}
        for f in families:
            if f.anchors is not None:
                self._families[id(f)] = f
                for literal in f.anchors.literals:
                    owners.setdefault(literal, set()).add(id(f))
                for literal in f.anchors.inner:
                    inner.setdefault(literal, set()).add(id(f))
        self._at_start = [id(f) for f in families if f.anchors is not None and f.anchors.at_start]
        # Both scans read the literals in a look-ahead, so a long one ("credit card") never hides one that begins
        # inside it ("card"). Word-start literals are read after the one character before them, which is no letter or
        # digit (the text is scanned with a space in front): a scan that begins with a character class skips ahead
        # in C, where a look-behind would be tried at every place.
        self._sources = [(f"{start}(?=({_trie(owned)}))", _closure(owned), prefix)
                         for start, owned, prefix in (("[^a-z0-9]", owners, " "), ("", inner, "")) if owned]

    @cached_property
    def _scans(self) -> list[tuple[re.Pattern[str], dict[str, tuple[int, ...]], str]]:
        """The scans, compiled when first needed: a command that classifies nothing never pays for it."""
        return [(re.compile(source), families_at, prefix) for source, families_at, prefix in self._sources]

    def knows(self, family: Family) -> bool:
        return self._families.get(id(family)) is family

    def scan(self, text: str) -> Seen:
        """The text's scan, run when first needed (mail without job words never needs it)."""
        return Seen(text, self)

    def candidates(self, text: str) -> dict[int, list[list[int]]]:
        """Family id -> the places (in lists, one per literal found) where one of its literals begins."""
        candidates: dict[int, list[list[int]]] = {family: [[0]] for family in self._at_start}
        for scan, families_at, prefix in self._scans:
            at: dict[str, list[int]] = {}
            for m in scan.finditer(prefix + text):  # with the prefix, a match's start is the literal's place
                literal = m.group(1)
                positions = at.get(literal)
                if positions is None:
                    at[literal] = [m.start()]
                else:
                    positions.append(m.start())
            get = candidates.get
            for literal, positions in at.items():
                for family in families_at[literal]:
                    lists = get(family)
                    if lists is None:
                        candidates[family] = [positions]
                    else:
                        lists.append(positions)
        return candidates


def _closure(owners: dict[str, set[int]]) -> dict[str, tuple[int, ...]]:
    """A scan reports the longest literal beginning at a place; the families of all its prefixes may begin there."""
    return {w: tuple({i for k in range(1, len(w) + 1) for i in owners.get(w[:k], ())}) for w in owners}


class Seen:
    """One text and where the anchors occur in it: answers ``family.search(text)`` without a pass per family."""

    __slots__ = ("text", "index", "_candidates")

    def __init__(self, text: str, index: AnchorIndex) -> None:
        self.text, self.index = text, index
        self._candidates: dict[int, list[list[int]]] | None = None

    def _places(self) -> dict[int, list[list[int]]]:
        if self._candidates is None:
            self._candidates = self.index.candidates(self.text)
        return self._candidates

    def narrow(self, families: Iterable[Family]) -> list[Family]:
        """Those of ``families`` that may occur, in order: dictionary lookups only (``has`` then tells for sure)."""
        places, known = self._places(), self.index._families
        return [f for f in families if (i := id(f)) in places or known.get(i) is not f]

    def find(self, family: Family) -> re.Match[str] | None:
        """The family's first match in the text (exactly ``family.find(text)``), tried only where it can begin."""
        key = id(family)
        lists = (self._candidates if self._candidates is not None else self._places()).get(key)
        if lists is None:
            if self.index._families.get(key) is not family:  # no anchors, or a family the index was not built with
                return family.find(self.text)
            return None
        text = self.text
        if family.need:  # the cheap gate (search() applies it too) before any match is tried: family._needed, inlined
            for needle in family.need:  # (this runs ~40 times a mail)
                if needle in text:
                    break
            else:
                return None
        match = family.pattern.match
        positions = lists[0] if len(lists) == 1 else sorted({p for positions in lists for p in positions})
        for position in positions:  # leftmost first, as search() goes
            m = match(text, position)
            if m:
                return m
        return None

    def has(self, family: Family) -> bool:
        """Does ``family`` occur in the text? Always the same answer as ``family.search(text)``."""
        key = id(family)
        lists = (self._candidates if self._candidates is not None else self._places()).get(key)
        if lists is None:
            if self.index._families.get(key) is not family:  # no anchors, or a family the index was not built with
                return family.search(self.text)
            return False
        if not family._needed(self.text):  # the cheap gate first, as in find
            return False
        match, text = family.pattern.match, self.text
        return any(match(text, p) for positions in lists for p in positions)  # unsorted: only whether, not where
