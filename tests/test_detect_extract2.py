"""The extract2 corpus (tests/corpus/extract2, 150 rejections written for extraction variety by an author who had
not read core/detect/extract.py nor the other corpora): every message must be found and every field must come
out as labelled.

Known misses are strict xfails: when one starts passing, take it off the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import THRESHOLD, corpus_cases

from nextround.detect import classify
from nextround.evaluate import FIELDS, norm
from nextround.message import parse

KNOWN_MISSES = {
    ("extract2", "0065.eml"): ("the role is only in an HTML status table whose header row uses <th> cells: "
                               "html_to_text (core/message.py) runs the header cells together (\"StelleStatus\"), "
                               "so no field is read"),
}


@pytest.mark.parametrize(("folder", "label"), corpus_cases("", ("extract2",), KNOWN_MISSES))
def test_extract2_message(folder: Path, label: dict) -> None:
    verdict = classify(parse((folder / "messages" / label["file"]).read_bytes()))
    assert verdict.is_rejection and verdict.confidence >= THRESHOLD, verdict.reasons
    wrong = {f: (getattr(verdict, f), label[f]) for f in FIELDS if norm(f, getattr(verdict, f)) != norm(f, label[f])}
    assert not wrong, (wrong, label["construction"])
