"""How close a new posting is to the role that was rejected: a score from 0 to 1.

Title similarity weighs most (words compared after dropping seniority words and filler), then
seniority (same level scores 1, one level apart 0.5), then location (the user's ``locations``) and
the user's ``keywords``. A component with nothing to compare against scores a neutral 0.5.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_LEVELS: list[tuple[int, tuple[str, ...]]] = [
    (0, ("intern", "internship", "praktikum", "praktikant", "stagiaire", "stage", "trainee", "werkstudent")),
    (1, ("junior", "jr", "graduate", "entry", "associate", "einsteiger")),
    (3, ("senior", "sr", "experienced")),
    (4, ("staff", "lead", "principal", "architect", "expert")),
    (5, ("manager", "head", "director", "vp", "chief", "leiter", "leiterin")),
]
_FILLER = {"a", "an", "and", "the", "of", "for", "in", "at", "m", "w", "d", "f", "h", "x", "de", "des", "der",
           "die", "und", "et", "y", "la", "le", "el", "remote", "hybrid", "full", "time", "part", "ii", "iii",
           "i", "iv", "2", "3", "1"}
_SENIORITY_WORDS = {w for _, words in _LEVELS for w in words} - {"manager", "architect", "head"}
_WORD = re.compile(r"[a-z0-9+#]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def level(title: str) -> int:
    found = [lvl for lvl, names in _LEVELS for w in words(title) if w in names]
    return max(found) if found else 2


def title_similarity(a: str, b: str) -> float:
    wa = [w for w in words(a) if w not in _FILLER and w not in _SENIORITY_WORDS]
    wb = [w for w in words(b) if w not in _FILLER and w not in _SENIORITY_WORDS]
    if not wa or not wb:
        return 0.0
    sa, sb = set(wa), set(wb)
    jaccard = len(sa & sb) / len(sa | sb)
    sequence = SequenceMatcher(None, " ".join(sorted(sa)), " ".join(sorted(sb))).ratio()
    return round(max(jaccard, 0.8 * jaccard + 0.2 * sequence), 4)


def score(title: str, location: str | None, role: str | None, *, keywords: list[str] | None = None,
          locations: list[str] | None = None) -> float:
    parts: list[tuple[float, float]] = []  # (weight, value)
    parts.append((0.6, title_similarity(title, role) if role else 0.5))
    if role:
        gap = abs(level(title) - level(role))
        parts.append((0.15, 1.0 if gap == 0 else 0.5 if gap == 1 else 0.0))
    else:
        parts.append((0.15, 0.5))
    if locations and location:
        loc = _fold(location)
        parts.append((0.15, 1.0 if any(_fold(want) in loc for want in locations) else 0.0))
    else:
        parts.append((0.15, 0.5))
    if keywords:
        hay = set(words(title))
        hits = sum(1 for k in keywords if set(words(k)) and set(words(k)) <= hay)
        parts.append((0.1, hits / len(keywords)))
    total = sum(w for w, _ in parts)
    return round(sum(w * v for w, v in parts) / total, 3)
