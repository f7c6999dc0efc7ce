"""Reading a regex's structure without compiling it: its top-level alternatives and where a group ends."""

from __future__ import annotations

from collections.abc import Iterator


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Yield (index, char, depth) for each ``(``, ``)`` and ``|`` that is not escaped or in a class.

    ``depth`` is the nesting after an opening and before a closing parenthesis is counted.
    """
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            yield i, c, depth
            depth -= 1
        elif c == "|":
            yield i, c, depth
        i += 1


def top_level(pattern: str) -> list[str]:
    """The pattern's alternatives at nesting depth 0 (escapes, groups and character classes respected)."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return parts + [pattern[start:]]


def group_end(pattern: str, open_at: int) -> int:
    """Index just past the group that opens at ``open_at``."""
    for i, c, depth in _structure(pattern, open_at):
        if c == ")" and depth == 1:
            return i + 1
    return len(pattern)
