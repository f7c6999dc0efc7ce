"""dev10: the tenth probe batch (400 messages in six languages, written by helpers that read none of the code; see
tests/corpus/dev10/README.md), measured before any tuning, then tuned on.

Every labelled message must be classified as labelled, except the known misses (strict xfails: when one starts
passing, update the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import check_labelled, corpus_cases

KNOWN_MISSES: dict[tuple[str, str], str] = {
    # the no names no post, and a festival's "tickets" in the promotion below it read as something other than a job
    ("en", "0093.eml"): "a playful ATS template whose promotion speaks of tickets",
    # "how you handled the escalation role-play": an exercise of the reader's own interview, read as a coaching
    # role-play (telling the two apart needed a pattern with no literal to anchor on: 6% slower for every mail)
    ("en", "0117.eml"): "a final-round no whose feedback mentions the interview's role-play",
    # "subsidiekalender" reads as a grant, and "zij heeft het aanbod aangenomen" (someone else's) as an offer
    ("nlde", "0029.eml"): "a research institute's no beside an expense claim and a grant calendar",
    # the subject's title ("werkvoorbereider") is the only job word, and the no is "ik ga het niet doen"
    ("nlde", "0127.eml"): "a contractor's one-line note whose only job word is the subject's title",
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev10", ("en", "nlde", "roman"), KNOWN_MISSES))
def test_dev10_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)
