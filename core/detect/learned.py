"""A learned second opinion for mail the rules found no decision in.

A logistic regression over the words and word pairs of the folded text (``model.json``, made by
``python -m nextround.detect.train`` from the labelled corpora in ``tests/corpus``). It reads rejection tone, not
whose application it is, so it never makes a rejection on its own: the classifier uses it only to flag a possible
rejection that the rules missed, below the threshold, for the user to confirm or dismiss
(``nextround rejections --uncertain``). Each weight is a word or pair, so its reasons can be read off.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
MODEL = Path(__file__).with_name("model.json")
_WORD = re.compile(r"[a-z']+")  # no numbers: dates and amounts are the corpus's, not the reader's
_READ = 4000  # characters of text read: the decision of a rejection comes early


# Folded text is ASCII: every character but a-z and the apostrophe read as a space splits it into the very words
# ``_WORD`` finds, in less time (as ``lang.ranked`` reads it).
_NOT_WORD = "".join(chr(i) if "a" <= chr(i) <= "z" or chr(i) == "'" else " " for i in range(128))


def grams(folded: str) -> set[str]:
    """The words and adjacent word pairs of a folded text (what the model weighs)."""
    head = folded[:_READ]
    words = head.translate(_NOT_WORD).split() if head.isascii() else _WORD.findall(head)
    # (each pair joined in C, not by an f-string in a generator: a mail has hundreds)
    return {*words, *map(" ".join, zip(words, words[1:], strict=False))}


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float] | None:
    # NEXTROUND_LEARNED_MODEL: another model file (a retrained one to try, or a test's own)
    path = Path(os.environ.get("NEXTROUND_LEARNED_MODEL") or MODEL)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(g): float(w) for g, w in data["weights"].items()}, float(data["bias"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # The rules decide alone: a missing or broken file must not stop classification (said once).
        log.warning("learned model %s unusable (%s): no second opinion on mail the rules find no decision in",
                    path, type(exc).__name__)
        return None


def probability(folded: str) -> tuple[float, list[str]] | None:
    """How likely the model finds a rejection in this folded text, and the grams that weigh most towards it; None
    when no model could be loaded."""
    model = _model()
    if model is None:
        return None
    weights, bias = model
    found = [(weights[g], g) for g in filter(weights.__contains__, grams(folded))]  # (the test in C)
    z = bias + sum(w for w, _ in found)
    top = [g for w, g in sorted(found, reverse=True)[:3] if w > 0]
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), top
