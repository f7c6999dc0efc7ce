"""Reading a regex's structure without compiling it: its top-level alternatives and where a group ends."""

from __future__ import annotations

import re
from functools import lru_cache

# One token of a pattern's structure: an escape or a character class, skipped whole, or a bracket or a bar (group 1).
# A regex over the pattern, not a Python loop over each character: building the phrase families at import reads about
# 3 million characters so, a third of the import time with the loop.
_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]?|([()|])", re.S)


@lru_cache(maxsize=16384)  # (half the calls at import repeat a string; the answer is a tuple, so sharing it is safe)
def top_level(pattern: str) -> tuple[str, ...]:
    """The pattern's alternatives at nesting depth 0 (escapes, groups and character classes respected)."""
    if "|" not in pattern:
        return (pattern,)
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
