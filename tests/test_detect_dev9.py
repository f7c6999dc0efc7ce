"""dev9: the ninth probe batch (400 messages in six languages, written by helpers that read none of the code; see
tests/corpus/dev9/README.md), measured before any tuning, then tuned on.

Every labelled message must be classified as labelled, except the known misses (strict xfails: when one starts
passing, update the list). The owner's own mail (a no the owner wrote as a hiring manager) is read as such only with
the rest of the mailbox, as `eval` and `classify` read a folder: alone, a letter says nothing of whose mailbox it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from labelled import CORPUS, check_labelled, corpus_cases

OWN = "the owner's own no to a candidate: known as the owner's only beside the rest of the mailbox (see the eval test)"
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("en", "0062.eml"): OWN,
    ("nlde", "0063.eml"): OWN,
    ("nlde", "0091.eml"): OWN,
    # no job word: "bring on someone else as our Founding Data Lead" under "Re: Thank you!"
    ("en", "0106.eml"): "a founder's no that names the job only by its title",
    # no job word at all ("we ended up going a different direction on this one"): only the earlier thread tells
    ("en", "0110.eml"): "a one-line note whose job context is the earlier mail",
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("dev9", ("en", "nlde", "roman"), KNOWN_MISSES))
def test_dev9_message(folder: Path, label: dict) -> None:
    check_labelled(folder, label)


@pytest.mark.parametrize("folder", ["en", "nlde"])
def test_eval_reads_the_owners_own_mail_as_theirs(folder: str, nextround) -> None:
    proc = nextround("eval", str(CORPUS / "dev9" / folder), "--json", check=True)
    result = json.loads(proc.stdout)
    assert result["detection"]["all"]["fp"] == 0, result["misclassified"]
