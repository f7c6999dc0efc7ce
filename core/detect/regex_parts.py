"""Reading a regex's structure without compiling it: its top-level alternatives and where a group ends; and compiling
the big ones."""

from __future__ import annotations

import gc
import re
from functools import lru_cache

from nextround.detect.pattern_cache import compile_cached

# One token of a pattern's structure: an escape or a character class, skipped whole, or a bracket or a bar (group 1).
# A regex over the pattern, not a Python loop over each character: building the phrase families at import reads about
# 3 million characters so, a third of the import time with the loop.
_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]?|([()|])", re.S)


def _group(depth: int) -> str:
    """A regex for a group with at most ``depth`` levels of groups in it, read in the tokens of ``_STRUCTURE``
    (possessive: each character can be read one way only, so nothing is tried twice)."""
    atom = r"[^\\\[()|]++|\\.|\[(?:\\.|[^\]\\])*+\]?"  # plain characters, an escape, a character class
    if depth > 1:
        atom += "|" + _group(depth - 1)
    return rf"\((?:{atom}|\|)*+\)"


# The same reading as a loop over ``_STRUCTURE``'s tokens, but the regex engine counts the brackets, not a Python loop
# per token (a token a few characters: a loop per alternative instead is three times as fast). Groups nested deeper
# than this, or brackets that do not pair, are read by the loop.
# (Both from the pattern cache: sixteen levels of nested groups take re a few ms to compile at every start.)
_NESTING = 16
_GROUP = compile_cached(_group(_NESTING), re.S)
_ALTERNATIVE = compile_cached(r"(?:[^\\\[()|]++|\\.|\[(?:\\.|[^\]\\])*+\]?|" + _GROUP.pattern + r")*+", re.S)


@lru_cache(maxsize=16384)  # (half the calls at import repeat a string; the answer is a tuple, so sharing it is safe)
def top_level(pattern: str) -> tuple[str, ...]:
    """The pattern's alternatives at nesting depth 0 (escapes, groups and character classes respected)."""
    if "|" not in pattern:
        return (pattern,)
    parts, start, read, length = [], 0, _ALTERNATIVE.match, len(pattern)
    while True:
        end = read(pattern, start).end()
        if end == length:
            parts.append(pattern[start:])
            return tuple(parts)
        if pattern[end] != "|":  # too deep, or a bracket without its pair
            return _top_level_by_tokens(pattern)
        parts.append(pattern[start:end])
        start = end + 1


def _top_level_by_tokens(pattern: str) -> tuple[str, ...]:
    parts, start, depth = [], 0, 0
    for m in _STRUCTURE.finditer(pattern):
        c = m.group(1)
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:m.start()])
            start = m.end()
    parts.append(pattern[start:])
    return tuple(parts)


@lru_cache(maxsize=16384)
def group_end(pattern: str, open_at: int) -> int:
    """Index just past the group that opens at ``open_at``."""
    m = _GROUP.match(pattern, open_at)
    return m.end() if m else _group_end_by_tokens(pattern, open_at)


def _group_end_by_tokens(pattern: str, open_at: int) -> int:
    depth = 0
    for m in _STRUCTURE.finditer(pattern, open_at):
        c = m.group(1)
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 1:
                return m.end()
            depth -= 1
    return len(pattern)


def compile_big(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its compiled form kept on disk for the next start (``pattern_cache``), with the
    cyclic garbage collector paused: compiling a pattern of thousands of characters allocates a parse tree of tens of
    thousands of objects, which set off collections of the whole heap (after the import, the phrase families'
    hundreds of thousands of objects): measured, they doubled the time of the big compiles (the anchor scan: 0.25 s
    instead of 0.11 s). The parse tree holds no cycles; freeing it needs no collector."""
    if not gc.isenabled():
        return compile_cached(source, flags)
    gc.disable()
    try:
        return compile_cached(source, flags)
    finally:
        gc.enable()
