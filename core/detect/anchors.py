"""Anchors: one scan of a text finds where any phrase family could match, so most families never scan it.

Nearly every alternative of a family begins with a literal, mostly at a word start (``\\bcongres``,
``n(?<!\\wn)ot\\b``, ``\\b(?:de )?kandidaat``), sometimes anywhere (``n't be``). One pass over the text with a trie
of all those literals (a few thousand) lists where each begins. A family is then asked only at its own literals'
positions, with an anchored match there; a family with no such position cannot match at all. The answers are
the same as scanning the text with each family in turn (a regex pass each, the bulk of classification time
before), at a fraction of the cost.

A family with an alternative that does not begin with a literal (``\\d+ tips``, ``[``) is scanned as before.

A family's substring gate (its needles: the family is not asked when none occurs) is asked of all families at once, by
one pass of an Aho-Corasick automaton over the text; a family gated out gets no places.

The few literals that may begin anywhere are looked for by their first characters with ``str.find`` (a regex tried
at every place cost more than the whole word-start scan). A caller that asks only some families (those of the
mail's languages) passes them as the scan's scope: only theirs get places, and any other is answered by a full
search, so the answers stay the same.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from nextround.detect import regex_parts
from nextround.detect.pattern_cache import read_value, write_value
from nextround.detect.regex_parts import compile_big, group_end, top_level

if TYPE_CHECKING:
    from nextround.detect.patterns import Family


# Assertions that make the next letter a word start. The scan's own word start (no letter or digit before) is looser
# than each of them, so it finds every position they allow.
_WORD_START = ("\\b", "(?<!\\w)", "(?<![a-z0-9'])", "(?<![a-z0-9])")
# ``speed()``'s form of a word start: the first letter, then a look-behind that no word character precedes it.
_SPEED_FORM = re.compile(r"([a-z])\(\?<!(?:\\w|\[a-z0-9'\])\1\)")
# (a colon too: "\\bre: (?:\\w+ )?(?:stage|...)" begins with "re: ", not with the "re" of every "regards" and "recruiter")
_LITERAL = re.compile(r"[a-z0-9'<>: -]+")
_CLASS = re.compile(r"\[([a-z']{1,4})\]")  # a few letters to choose from, no range
_LONG_ENOUGH = 8  # a literal this long rarely begins at more than one or two places in a mail
# per alternative; past this a literal stays at the shorter common part... (16, not 8: ~15% more literals, but fewer
# places where a family is tried in vain, ~0.4% of a mail's instructions; 32 gained nothing more)
_MAX_LITERALS = 16
_SHORT = 4  # ...unless that part is shorter than this
_STOP = "\x00"  # ends a literal at a repeated group: "(?:ab)+c" begins with "ab", not "abc"
_MAX_DEPTH = 12
_INNER_MIN = 3  # a literal found anywhere must be at least this long to rule much out
_AT_START = "\x01"  # stands for "^": the family may match at the text's start, whatever it begins with
_ENDS_WORD = "\x02"  # marks a literal read up to a ``\\b``: "you\\b" cannot begin where "your" does


@dataclass(frozen=True)
class Anchors:
    """The literals a family's matches begin with."""

    literals: frozenset[str]  # each at a word start (found by the scan)
    inner: frozenset[str] = frozenset()  # anywhere, even inside a word ("n't")
    at_start: bool = False  # some alternative begins with "^"
    # Those of the literals (either kind) that every alternative reads up to a word boundary ("you\\b", not "you"
    # in "your"): where the scan finds a longer literal that goes on with a letter ("your application"), the
    # family cannot begin.
    bounded: frozenset[str] = frozenset()


def anchors_of(pattern: str) -> Anchors | None:
    """The leading literals of every alternative of ``pattern``, or None when some alternative has none."""
    literals: set[str] = set()
    inner: set[str] = set()
    bounded: set[str] = set()
    unbounded: set[str] = set()
    at_start = False
    for alternative in top_level(pattern):
        for literal, at_word_start in _leads(alternative, False, 0):
            if literal == _AT_START:
                at_start = True
                continue
            if literal is not None and literal.endswith(_ENDS_WORD):
                literal = literal[:-1]
                bounded.add(literal)
            elif literal is not None:
                unbounded.add(literal)
            if literal is None or (not at_word_start and len(literal) < _INNER_MIN):
                return None
            (literals if at_word_start else inner).add(literal)
    return Anchors(frozenset(literals), frozenset(inner), at_start, frozenset(bounded - unbounded))


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
        elif alt.startswith("(?<="):  # "(?<=[.!?,] )the position": after a space, a word start (found by the scan)
            end = group_end(alt, 0)
            at_word_start = at_word_start or all(a.endswith(" ") for a in top_level(alt[4:end - 1]))
            alt = alt[end:]
        elif alt.startswith(("(?<!", "(?=", "(?!")):
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
        # (a literal that reads nothing past it ends at the boundary)
        return [w + _ENDS_WORD if w == text and text else w for w in _extend(text, after[2:], budget)]
    if len(text) >= _LONG_ENOUGH or not after.startswith("(?:"):
        return [text + _ENDS_WORD if text and after.startswith("\\b") else text]
    end = group_end(after, 0)
    quantifier = after[end:end + 1]
    if quantifier in ("*", "+", "{") or (quantifier == "?" and after[end + 1:end + 2] in ("?", "+")):
        return [text]
    options = list(top_level(after[3:end - 1]))
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
    """A regex that matches, where it is tried, the longest of ``words`` that begins there.

    Read off the words sorted in the order of ``_FREQUENT`` (a trie's nodes, depth first, in the order its regex tries
    them): the words below a node are a run of the list, its children's runs are found by bisection, and a word that
    ends at a node is the first of its run. (Nested dicts of the ~190,000 characters cost four times as long.)"""
    order = _rank_order({ch for word in words for ch in word})
    keys = sorted({word.translate(order) for word in words})  # (ordered as ``_FREQUENT``, character by character)
    escaped = {key: re.escape(chr(ch)) for ch, key in order.items()}
    past = chr(0x10FFFF)  # sorts after every key character: key + past ends the run of the keys that begin with key

    def emit(lo: int, hi: int, depth: int) -> str:
        """The regex of the node that ``keys[lo:hi]`` share their first ``depth`` characters."""
        run = []  # most nodes have one way on: read along them without a call each
        first, last = keys[lo], keys[hi - 1]
        while len(first) > depth and first[depth] == last[depth]:
            run.append(escaped[first[depth]])
            depth += 1
        ends_here = len(first) == depth
        if ends_here:  # a word ends at this node: it sorts first, before the words that go on
            if hi - lo == 1:
                return "".join(run)
            lo += 1
        children = []
        while lo < hi:
            prefix = keys[lo][:depth + 1]
            end = hi if prefix[depth] == last[depth] else bisect_left(keys, prefix + past, lo, hi)
            children.append(escaped[prefix[depth]] + emit(lo, end, depth + 1))
            lo = end
        body = "|".join(children)
        if ends_here:  # "(?:x|)", not "(?:x)?": the same matches, but a repeat costs the engine far more
            return "".join(run) + f"(?:{body}|)"
        return "".join(run) + (f"(?:{body})" if len(children) > 1 else body)

    return emit(0, len(keys), 0) if keys else ""


# The order in which a trie's regex tries the characters that may come next: each place reads one branch, and the
# engine tries a branch's alternatives in turn, so the letters that begin and go on most words in the six
# languages come first (any order matches the same: the alternatives begin with different characters).
_FREQUENT = " eanirstoldcumhpgbvwkfzyjqx'0123456789"


def _rank_order(chars: Iterable[str]) -> dict[int, str]:
    """A translation table whose characters' code points sort as ``chars`` rank: those of ``_FREQUENT`` in its
    order, then the others in their own order."""
    return {ord(ch): chr(1 + i) if (i := _FREQUENT.find(ch)) >= 0 else chr(1 + len(_FREQUENT) + ord(ch))
            for ch in chars}


class AnchorIndex:
    """The anchors of a fixed set of families, found in a text in one pass."""

    def __init__(self, families: Iterable[Family]) -> None:
        families = list(families)
        # The tables below are a pure function of the families' patterns (and of this code): a start reads them from
        # the cache when it can (computing them, with each family's anchors, was a third of the start-up of every
        # command), else computes them and keeps them for the next one.
        key = _tables_key(families)
        tables = _tables_from_positions(read_value(key), families) if key else None
        if tables is None:
            tables = _computed_tables(families)
            if key:
                write_value(key, _tables_as_positions(tables, families))
        self._families, self._at_start, self._source, self._inner_source = tables
        # A family's needles (its substring gate: no match without one of them) are looked for all at once, below.
        # (those of families without anchors too: they are searched in full, but not when their gate is shut)
        self._gate_kept: dict[int, Family] = {id(f): f for f in families if f.need}  # by id, held
        gated: dict[str, set[int]] = {}
        for i, f in self._gate_kept.items():
            for needle in f.need:
                gated.setdefault(needle, set()).add(i)
        self._gated = {needle: tuple(ids) for needle, ids in gated.items()}
        self._ungated = frozenset(i for i, f in self._families.items() if not f.need)

    @cached_property
    def _needle_scan(self) -> ahocorasick.Automaton | None:
        """Every family's needles in one automaton, each leading to the families it lets through: one pass over a text
        tells which families may match at all (a test per needle with ``in`` was a pass over the text each, ~330 a
        mail, and most families with places were then ruled out by them)."""
        if not self._gated:
            return None
        automaton = ahocorasick.Automaton()
        for needle, ids in self._gated.items():
            automaton.add_word(needle, ids)
        automaton.make_automaton()
        return automaton

    def let_through(self, text: str) -> frozenset[int]:
        """The ids of the families whose substring gate ``text`` passes (the anchored ones with none included)."""
        scan = self._needle_scan
        return self._ungated.union(*map(_SECOND, scan.iter(text))) if scan else self._ungated

    @cached_property
    def _scans(self) -> tuple[tuple[re.Pattern[str], dict[str, tuple[int, ...]]] | None,
                              tuple[re.Pattern[str], dict[str, tuple[int, ...]], tuple[str, ...]] | None]:
        """The scans, compiled when first needed: a command that classifies nothing never pays for it."""
        word = (compile_big(self._source[0]), self._source[1]) if self._source else None
        inner = self._inner_source
        return word, (compile_big(inner[0]), inner[1], inner[2]) if inner else None

    def gates(self, family: Family) -> bool:
        """Is ``family``'s substring gate among those ``let_through`` asks?"""
        return self._gate_kept.get(id(family)) is family

    def knows(self, family: Family) -> bool:
        return self._families.get(id(family)) is family

    def scan(self, text: str, scope: frozenset[int] | None = None) -> Seen:
        """The text's scan, run when first needed (mail without job words never needs it). (``scope``: the ids of
        the families the caller will ask about; others are still answered, by a full search.)"""
        return Seen(text, self, scope)

    def tables(self, scope: frozenset[int] | None = None) -> _Tables:
        """The families known, what each scan's literal says of them and those that may begin at the text's start,
        limited to ``scope`` (built once per scope: a mail in French never asks the German families, and a literal
        such as "no" begins a family in four languages)."""
        tables = self._tables.get(scope)
        if tables is None:
            word, inner = self._scans
            if scope is None:
                tables = _Tables(self._families, word[1] if word else None, inner[1] if inner else None,
                                 inner[2] if inner else (), tuple(self._at_start))
            else:
                known = {i: f for i, f in self._families.items() if i in scope}
                anywhere = _within(inner[1], known) if inner else None
                # a head that begins only literals of other families is not looked for: all it could find is theirs
                heads = _heads(w for w, ids in anywhere.items() if ids) if anywhere else ()
                tables = _Tables(known, _Within(word[1], known) if word else None, anywhere, heads,
                                 tuple(i for i in self._at_start if i in known))
            tables = replace(tables, inner_families=frozenset(i for ids in (tables.inner or {}).values() for i in ids))
            self._tables[scope] = tables
        return tables

    def plan(self, families: tuple[Family, ...], known: dict[int, Family]) -> _Plan:
        """Each family's id, and those the scan does not answer for, for a fixed tuple of families."""
        key = (id(families), id(known))
        plan = self._plans.get(key)
        if plan is None or plan.families is not families or plan.known is not known:
            ids = tuple((id(f), f) for f in families)
            unknown = frozenset(i for i, f in ids if known.get(i) is not f)
            at: dict[int, tuple[int, ...]] = {}
            for n, (i, _f) in enumerate(ids):
                at[i] = (*at.get(i, ()), n)
            plan = self._plans[key] = _Plan(families, known, ids, unknown, at,
                                            tuple(n for n, (i, _f) in enumerate(ids) if i in unknown))
        return plan

    @cached_property
    def _plans(self) -> dict[tuple[int, int], _Plan]:
        return {}

    @cached_property
    def _tables(self) -> dict[frozenset[int] | None, _Tables]:
        return {}

    def candidates(self, text: str, passing: frozenset[int], scope: frozenset[int] | None = None,
                   ) -> dict[int, list[list[int]]]:
        """Family id -> the places (in lists, one per literal found) where one of its literals begins (of the
        families in ``scope`` and ``passing``: those whose substring gate the text passes, see ``let_through``)."""
        tables = self.tables(scope)
        candidates: dict[int, list[list[int]]] = {family: [[0]] for family in tables.at_start if family in passing}
        word, inner = self._scans
        scans = ((_word_starts(word[0], text), tables.word),) if word else ()
        if inner and not passing.isdisjoint(tables.inner_families):  # (two mails in five: no family it could find passes)
            scans += ((_anywhere(inner[0], tables.heads, text), tables.inner),)
        setdefault = candidates.setdefault  # (fewer steps than get-then-set)
        for found, families_at in scans:
            for literal, positions in found.items():
                for family in families_at[literal]:  # (~170 pairs a mail, two thirds of them gated out)
                    if family in passing:
                        setdefault(family, []).append(positions)
        return candidates


@dataclass(frozen=True)
class _Plan:
    families: tuple[Family, ...]  # held, so that the id in the key stays theirs
    known: dict[int, Family]
    ids: tuple[tuple[int, Family], ...]
    unknown: frozenset[int]
    at: dict[int, tuple[int, ...]]  # id -> where the family stands in ``ids``
    unknown_at: tuple[int, ...]  # where the unknown families stand in ``ids``

    def asked(self, places: dict[int, list[list[int]]]) -> list[int]:
        """Where in ``ids`` the families with places (a few dozen of any kind a mail) or none known (searched in full)
        stand, in order: only they are asked. (The families of both, by a set intersection in C: neither a lookup for
        each of the ~110 families of a language, nor for each family with places, most of them not in the list.)"""
        at = self.at
        order = [n for key in places.keys() & at.keys() for n in at[key]]
        if self.unknown_at:
            order = list(set(order).union(self.unknown_at))
        order.sort()
        return order


@dataclass(frozen=True)
class _Tables:
    known: dict[int, Family]  # id -> family: the families answered from the scan
    word: dict[str, tuple[int, ...]] | None  # literal of the word-start scan -> the families that may begin there
    inner: dict[str, tuple[int, ...]] | None  # the same for the literals found anywhere
    heads: tuple[str, ...]  # what those literals begin with (see ``_heads``)
    at_start: tuple[int, ...]  # the families that may match at the text's start
    inner_families: frozenset[int] = frozenset()  # the families with a literal found anywhere


def _within(families_at: dict[str, tuple[int, ...]], known: dict[int, Family]) -> dict[str, tuple[int, ...]]:
    """``families_at`` with only the known families."""
    kept: dict[tuple[int, ...], tuple[int, ...]] = {}  # (a third as many id tuples as literals: each filtered once)
    for ids in families_at.values():
        if ids not in kept:
            kept[ids] = tuple(i for i in ids if i in known)
    return {w: kept[ids] for w, ids in families_at.items()}


class _Within(dict):  # type: ignore[type-arg]
    """``_within(families_at, known)``, each literal's entry made when first looked up: a scope's table of all
    ~13,500 literals cost ~10 ms to build, and a run over a mailbox in many languages built dozens of them, while
    its mail finds a few hundred literals in all."""

    __slots__ = ("_all", "_known", "_kept")

    def __init__(self, families_at: dict[str, tuple[int, ...]], known: dict[int, Family]) -> None:
        super().__init__()
        self._all, self._known = families_at, known
        self._kept: dict[tuple[int, ...], tuple[int, ...]] = {}  # (each distinct tuple of ids filtered once)

    def __missing__(self, literal: str) -> tuple[int, ...]:
        ids = self._all[literal]
        kept = self._kept.get(ids)
        if kept is None:
            known = self._known
            kept = self._kept[ids] = tuple(i for i in ids if i in known)
        self[literal] = kept
        return kept


def _word_starts(scan: re.Pattern[str], text: str) -> dict[str, list[int]]:
    """Each literal the word-start scan finds -> where it begins, in order."""
    at: dict[str, list[int]] = {}
    for m in scan.finditer(" " + text):  # with a space in front, a match's start is the literal's place
        at.setdefault(m[1], []).append(m.start())  # (fewer steps than get-then-set: this runs ~35 times a mail)
    return at


def _anywhere(trie: re.Pattern[str], heads: tuple[str, ...], text: str) -> dict[str, list[int]]:
    """Each literal found anywhere -> where it begins, in order: the longest literal at each place where one of
    the heads occurs (what a scan with the trie at every place finds)."""
    at: dict[str, list[int]] = {}
    match, find = trie.match, text.find
    for head in heads:
        i = find(head)
        while i >= 0:
            m = match(text, i)
            if m:
                literal = m.group(1)
                positions = at.get(literal)
                if positions is None:
                    at[literal] = [i]
                else:
                    positions.append(i)
            i = find(head, i + 1)
    return at


def _heads(literals: Iterable[str]) -> tuple[str, ...]:
    """What each literal begins with, so that each place begins with at most one head: the first three characters
    (literals found anywhere have at least three), or the first one when it is no letter or digit ("[", "{{",
    "'ll"), which are rare in mail."""
    return tuple(sorted({w[:_INNER_MIN] if w[0].isalnum() else w[0] for w in literals}))


def _closure(owners: dict[str, set[int]], bounded: set[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    """A scan reports the longest literal beginning at a place; the families of all its prefixes may begin there,
    unless the prefix ends at a word boundary that the longer literal does not have there ("you\\b" in "your").

    The literals in sorted order, each with the families its prefixes let begin: those of its longest prefix, with
    that prefix's own (whose character after the prefix is the same for all the literals it begins)."""
    out: dict[str, tuple[int, ...]] = {}
    chain: list[tuple[str, frozenset[int]]] = []  # (literal, its prefixes' families), each literal a prefix of the next
    for w in sorted(owners):
        while chain and not w.startswith(chain[-1][0]):
            chain.pop()
        inherited: frozenset[int] = frozenset()
        if chain:
            prefix, inherited = chain[-1]
            k, families = len(prefix), owners[prefix]
            if _word(w[k - 1]) == _word(w[k]):  # no word boundary after the prefix here: its bounded families drop
                families = {i for i in families if (prefix, i) not in bounded}
            inherited = inherited.union(families)
        chain.append((w, inherited))
        out[w] = tuple(inherited.union(owners[w]))
    return out


def _telling(closure: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """``closure`` without the literals that let begin the same families as their longest prefix kept: where one is
    found, the scan then finds that prefix, whose families are the same (a fifth of the literals: the scan's regex
    compiles faster, and a mail has fewer literals to look up). Each family's places stay the same."""
    kept: dict[str, tuple[int, ...]] = {}
    chain: list[frozenset[int]] = []  # the families of the kept literals that begin the current one, shortest first
    chain_literals: list[str] = []
    for w in sorted(closure):
        while chain_literals and not w.startswith(chain_literals[-1]):
            chain_literals.pop()
            chain.pop()
        families = frozenset(closure[w])
        if chain and chain[-1] == families:
            continue
        kept[w] = closure[w]
        chain_literals.append(w)
        chain.append(families)
    return kept


def _word(ch: str) -> bool:
    """Is ``ch`` a word character (``\\w``)?"""
    return ch.isalnum() or ch == "_"


_SECOND = itemgetter(1)  # (end, the ids of the families with that needle) -> those ids


class Seen:
    """One text and where the anchors occur in it: answers ``family.search(text)`` without a pass per family."""

    __slots__ = ("text", "index", "_candidates", "_scope", "_known", "_passing", "_had")

    def __init__(self, text: str, index: AnchorIndex, scope: frozenset[int] | None = None) -> None:
        self.text, self.index, self._scope = text, index, scope
        self._candidates: dict[int, list[list[int]]] | None = None
        # The families whose substring gate the text passes (with the places): only they get places, as a family
        # whose needles are all absent is not asked (search() and find() gate the same way).
        self._passing: frozenset[int] = frozenset()
        self._known = index.tables(scope).known  # the families answered from the scan; others by a full search
        self._had: dict[int, bool] = {}  # ``has``'s answers from the places (a mail asks a few families again)

    @property
    def scanned(self) -> bool:
        """Has the text been scanned yet? (Then ``has`` is a lookup; before, it would scan the text.)"""
        return self._candidates is not None

    def _places(self) -> dict[int, list[list[int]]]:
        if self._candidates is None:
            self._passing = self.index.let_through(self.text)
            self._candidates = self.index.candidates(self.text, self._passing, self._scope)
        return self._candidates

    def narrow(self, families: Iterable[Family]) -> list[Family]:
        """Those of ``families`` that may occur, in order: dictionary lookups only (``has`` then tells for sure)."""
        places = self._places()
        if type(families) is tuple:  # the classifier's fixed lists: each family's id and whether the scan knows it,
            plan = self.index.plan(families, self._known)  # read once
            ids = plan.ids
            return [ids[n][1] for n in plan.asked(places)]
        known = self._known
        return [f for f in families if (i := id(f)) in places or known.get(i) is not f]

    def first_matches(self, families: tuple[Family, ...]) -> Iterator[tuple[Family, re.Match[str]]]:
        """Each of ``families`` that occurs, in order, with its first match: ``narrow`` then ``find`` in one loop (the
        classifier asks this of ~140 families a mail: no call per family, and only those with places are looked at)."""
        places = self._places()
        plan = self.index.plan(families, self._known)
        unknown, text, ids = plan.unknown, self.text, plan.ids
        for n in plan.asked(places):
            key, family = ids[n]
            lists = places.get(key)
            if lists is None:
                # no anchors, or out of scope: a full search, as find does (not when its gate is shut)
                if key in unknown and (key in self._passing or not self.index.gates(family)):
                    m = family.find(text)
                    if m:
                        yield family, m
                continue
            match = family.pattern.match
            # (several literals' places merged by a set union in C, not a comprehension)
            for position in lists[0] if len(lists) == 1 else sorted(set().union(*lists)):
                m = match(text, position)
                if m:
                    yield family, m
                    break

    def find(self, family: Family) -> re.Match[str] | None:
        """The family's first match in the text (exactly ``family.find(text)``), tried only where it can begin."""
        key = id(family)
        lists = (self._candidates if self._candidates is not None else self._places()).get(key)
        if lists is None:
            if self._known.get(key) is not family:  # no anchors, out of scope, or a family the index was not built with
                return family.find(self.text) if key in self._passing or not self.index.gates(family) else None
            return None
        text = self.text
        match = family.pattern.match
        positions = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        for position in positions:  # leftmost first, as search() goes
            m = match(text, position)
            if m:
                return m
        return None

    def finditer(self, family: Family) -> Iterator[re.Match[str]]:
        """The family's matches, left to right without overlaps (exactly ``family.pattern.finditer(text)``), tried only
        where it can begin: a regex pass over the whole text costs more than the few places the scan found. (The
        family's substring gate is not applied, as ``pattern`` does not; callers ask ``has`` first, so a family gated
        out, which has no places, is rarely asked here.)"""
        key = id(family)
        lists = (self._candidates if self._candidates is not None else self._places()).get(key)
        if lists is None:
            if self._known.get(key) is not family or key not in self._passing:  # no anchors, out of scope, a family the
                yield from family.pattern.finditer(self.text)  # index was not built with, or gated out: a full pass
            return
        match, text, end = family.pattern.match, self.text, 0
        for position in (lists[0] if len(lists) == 1 else sorted(set().union(*lists))):
            if position < end:
                continue  # inside the previous match: finditer goes on from its end
            m = match(text, position)
            if m:
                if m.end() == position:  # an empty match: finditer's own stepping rules, not worth copying
                    yield from family.pattern.finditer(text, position)
                    return
                yield m
                end = m.end()

    def has(self, family: Family) -> bool:
        """Does ``family`` occur in the text? Always the same answer as ``family.search(text)``."""
        key = id(family)
        lists = (self._candidates if self._candidates is not None else self._places()).get(key)
        if lists is None:
            if self._known.get(key) is not family:  # no anchors, out of scope, or a family the index was not built with
                return family.search(self.text) if key in self._passing or not self.index.gates(family) else False
            return False
        had = self._had.get(key)  # (the reader's application and the not-a-job family are asked up to four times, at
        if had is not None:  # a few places each, by the score, the reading and the category: ~3 us a mail)
            return had
        self._had[key] = had = self._occurs(family, lists)
        return had

    def _occurs(self, family: Family, lists: list[list[int]]) -> bool:
        text, match = self.text, family.occurs_at  # only whether, not the span
        for positions in lists:  # unsorted: only whether, not where
            for p in positions:
                if match(text, p):
                    return True
        return False


# The index's own tables: the anchored families by id, those that may begin at the text's start, the word-start scan
# (its regex's source, literal -> family ids) and the scan for literals found anywhere (source, literal -> ids, heads).
_IndexTables = tuple[dict[int, "Family"], list[int], tuple[str, dict[str, tuple[int, ...]]] | None,
                     tuple[str, dict[str, tuple[int, ...]], tuple[str, ...]] | None]


def _computed_tables(families: list[Family]) -> _IndexTables:
    """The tables from the families' anchors (``anchors_of`` of each pattern; about 0.2 s for all the families)."""
    known: dict[int, Family] = {}  # by id (a family's hash reads its whole pattern)
    owners: dict[str, set[int]] = {}  # literal -> the families that have it
    inner: dict[str, set[int]] = {}
    bounded: set[tuple[str, int]] = set()  # (literal, family): the family's literal ends at a word boundary
    for f in families:
        if f.anchors is not None:
            known[id(f)] = f
            for literal in f.anchors.literals:
                owners.setdefault(literal, set()).add(id(f))
            for literal in f.anchors.inner:
                inner.setdefault(literal, set()).add(id(f))
            bounded.update((literal, id(f)) for literal in f.anchors.bounded)
    at_start = [id(f) for f in families if f.anchors is not None and f.anchors.at_start]
    # The word-start scan reads the literals in a look-ahead, so a long one ("credit card") never hides one that
    # begins inside it ("card"). They are read after the one character before them, which is no letter or digit
    # (the text is scanned with a space in front): a scan that begins with a character class skips ahead in C,
    # where a look-behind would be tried at every place.
    word = _telling(_closure(owners, bounded))
    word_source = (f"[^a-z0-9](?=({_trie(word)}))", word) if word else None
    # Literals found anywhere are few: their first characters are looked for with str.find, and the trie is tried
    # only where those occur (a regex tried at every place of the text cost more than the word-start scan).
    inner_source = (f"({_trie(inner)})", _closure(inner, bounded), _heads(inner)) if inner else None
    return known, at_start, word_source, inner_source


# The tables in the cache: each family as its place in the list the index was built with (ids are a process's own),
# the place of its first occurrence when the same family is listed twice. A scan's literal -> families as the literals
# in one string, and for each the number of its tuple of places among the distinct ones (a third as many): marshal
# reads that in a third of the time of a dict of 13,000 tuples, and each tuple is converted once.
_Stored = tuple[tuple[int, ...], tuple[int, ...], tuple[str, str, tuple[int, ...], tuple[tuple[int, ...], ...]] | None,
                tuple[str, str, tuple[int, ...], tuple[tuple[int, ...], ...], tuple[str, ...]] | None]
_APART = "\x00"  # between the literals in the stored string (no literal has it, see ``_STOP``; one that had would
# split in two, and the tables, no longer fitting, be computed)


def _first_places(families: list[Family]) -> list[int]:
    """Each family's first place in ``families`` (its own place, unless the same family is listed before)."""
    first: dict[int, int] = {}
    return [first.setdefault(id(f), n) for n, f in enumerate(families)]


def _tables_key(families: list[Family]) -> bytes | None:
    """A digest of all the tables are computed from: this module's and ``regex_parts``' code, and each family's
    pattern, needles and first place (which families are the same one); None when the code cannot be read."""
    digest = hashlib.blake2b(digest_size=32)
    try:
        for module in (__file__, regex_parts.__file__):
            digest.update(Path(module).read_bytes())
    except (OSError, TypeError):  # (no source to read, as in a frozen build: no cache)
        return None
    parts = []  # (one string hashed at once; each pattern after its length, so no two lists read the same)
    for f, first in zip(families, _first_places(families), strict=True):
        parts += (f"{len(f.source)}:{first}:{f.need!r}:", f.source)
    digest.update("".join(parts).encode())
    return digest.digest()


def _tables_as_positions(tables: _IndexTables, families: list[Family]) -> _Stored:
    """The tables with each family id written as the family's first place."""
    place = dict(zip(map(id, families), _first_places(families), strict=True))
    known, at_start, word, inner = tables

    def places(at: dict[str, tuple[int, ...]]) -> tuple[str, tuple[int, ...], tuple[tuple[int, ...], ...]]:
        # (each tuple's places in order: the ids' order is a process's own, and no answer depends on it)
        in_order = {ids: tuple(sorted(place[i] for i in ids)) for ids in set(at.values())}
        distinct: dict[tuple[int, ...], int] = {}
        refs = tuple(distinct.setdefault(in_order[ids], len(distinct)) for ids in at.values())
        return _APART.join(at), refs, tuple(distinct)

    return (tuple(place[i] for i in known), tuple(place[i] for i in at_start),
            (word[0], *places(word[1])) if word else None,
            (inner[0], *places(inner[1]), inner[2]) if inner else None)


def _tables_from_positions(stored: object, families: list[Family]) -> _IndexTables | None:
    """The tables read back for these families (the cache's key holds their patterns); None when ``stored`` is not
    what ``_tables_as_positions`` writes: the tables are then computed."""
    ids = [id(f) for f in families]

    def as_ids(literals: str, refs: tuple[int, ...], distinct: tuple[tuple[int, ...], ...]) -> dict[str, tuple[int, ...]]:
        if not all(distinct):  # (every literal is some family's)
            raise ValueError
        family_ids = [tuple(map(ids.__getitem__, places)) for places in distinct]
        # (strict: as many literals as numbers, or a ValueError)
        return dict(zip(literals.split(_APART), map(family_ids.__getitem__, refs), strict=True))

    try:
        known_at, at_start, word, inner = stored  # type: ignore[misc]
        known = {ids[p]: families[p] for p in known_at}
        at_start = [ids[p] for p in at_start]
        if word is not None:
            word = (_text(word[0]), as_ids(*word[1:]))
        if inner is not None:
            inner = (_text(inner[0]), as_ids(*inner[1:4]), tuple(map(_text, inner[4])))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        return None
    return known, at_start, word, inner


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError
    return value
