"""The anchor index's tables kept on disk (``AnchorIndex`` through ``pattern_cache``'s values): a start reads them
instead of reading every family's pattern for its anchors, and whatever the cache holds (nothing, the tables, a
damaged file, another version's), every family is answered as a full search would answer it."""

from __future__ import annotations

import json
import marshal
import os
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from nextround.detect import anchors, classifier, pattern_cache
from nextround.detect.anchors import AnchorIndex
from nextround.detect.pattern_cache import Remembered
from nextround.detect.patterns import fam

REPO = Path(__file__).resolve().parents[1]
MAILS = sorted((REPO / "tests/corpus/set1/dev/messages").glob("*.eml"))[:40]

TEXTS = [
    "Unfortunately we have decided not to move forward with your application for the analyst role.",
    "We would like to invite you to a second interview next Tuesday; please confirm a time.",
    "Leider haben wir uns für eine andere Kandidatin entschieden. Viel Erfolg weiterhin!",
    "Helaas is je sollicitatie afgewezen; we kozen voor iemand met meer ervaring.",
    "Your credit card application was declined. You can apply again in six months.",
    "n't we'll not selected _not selected_ 2not your yours you're [name] {{first name}}",
    "",
]


def _every_family() -> list:
    """The families the classifier's own index is built with (those without anchors too)."""
    return [*classifier._INDEX._families.values(), *classifier._INDEX._gate_kept.values()]


def _index_file(cache_dir: Path, families: list) -> Path:
    """Where the tables of an index of ``families`` are kept (the cache holds compiled patterns too)."""
    return cache_dir / pattern_cache._value_name(anchors._tables_key(families))


def _answers(index: AnchorIndex, families: list) -> list[list[bool]]:
    return [[index.scan(text.lower()).has(f) for f in families] for text in TEXTS]


def _full_search(families: list) -> list[list[bool]]:
    return [[f.search(text.lower()) for f in families] for text in TEXTS]


def _no_computing(*args: object) -> None:
    raise AssertionError("computed again: the cached tables were not used")


def test_a_second_start_reads_the_index_instead_of_reading_every_pattern(cache_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    families = _every_family()
    first = AnchorIndex(families)
    assert _index_file(cache_dir, families).exists()
    monkeypatch.setattr(anchors, "_computed_tables", _no_computing)
    again = AnchorIndex(families)
    assert again._families == first._families and again._at_start == first._at_start
    assert again._source[0] == first._source[0] and again._inner_source[0] == first._inner_source[0]
    # (each literal's families the same; their order is a process's own and nothing depends on it)
    for read, computed in ((again._source[1], first._source[1]), (again._inner_source[1], first._inner_source[1])):
        assert {w: set(ids) for w, ids in read.items()} == {w: set(ids) for w, ids in computed.items()}
    assert _answers(again, families) == _answers(first, families) == _full_search(families)


def test_other_families_are_not_answered_from_the_tables_of_these(cache_dir: Path) -> None:
    rejection = fam("rejection", 1.0, r"\bnot (?:be )?moving forward\b", r"\bdecided not to proceed\b")
    declined = fam("declined", 1.0, r"\bwas declined\b")
    declined_loosely = fam("declined", 1.0, r"\bdeclined\b")
    AnchorIndex([rejection, declined])
    index = AnchorIndex([rejection, declined_loosely])  # another pattern: other tables
    assert index.scan("we declined the offer").has(declined_loosely)
    assert index.scan("we are not moving forward").has(rejection)
    assert _index_file(cache_dir, [rejection, declined]) != _index_file(cache_dir, [rejection, declined_loosely])
    assert _index_file(cache_dir, [rejection, declined_loosely]).exists()


def test_the_same_family_listed_twice_is_not_two_families_of_the_same_pattern(cache_dir: Path) -> None:
    """The tables name a family by its first place in the list: a list that names one family twice and one with two
    equal families are different lists, kept apart."""
    one = fam("declined", 1.0, r"\bwas declined\b")
    twin = fam("declined", 1.0, r"\bwas declined\b")
    AnchorIndex([one, one])
    index = AnchorIndex([one, twin])
    seen = index.scan("your application was declined")
    assert seen.has(one) and seen.has(twin)
    assert _index_file(cache_dir, [one, one]) != _index_file(cache_dir, [one, twin])


def test_a_damaged_file_is_computed_again_and_rewritten(cache_dir: Path) -> None:
    families = _every_family()
    expected = _full_search(families)
    AnchorIndex(families)
    file = _index_file(cache_dir, families)
    good = file.read_bytes()
    for damage in (good[: len(good) // 2], good[:-1], b"not the tables", b""):
        file.write_bytes(damage)
        assert _answers(AnchorIndex(families), families) == expected
        assert file.read_bytes() == good


@pytest.mark.parametrize("stored", [
    None, (), ("not", "the", "tables"), ((), (), None, None, None),
    ((10**6,), (), None, None),  # a place past the list's end
    ((0,), (), ("(x)", "a\x00b", (0,), ((0,),)), None),  # fewer numbers than literals
    ((0,), (), ("(x)", "a", (0,), ((),)), None),  # a literal of no family
    ((0,), (), (b"(x)", "a", (0,), ((0,),)), None),  # not a text
])
def test_tables_that_do_not_fit_are_computed(cache_dir: Path, stored: object) -> None:
    """Whatever a file decodes to, the index is built from it only when it has the tables' shape."""
    families = _every_family()
    key = anchors._tables_key(families)
    pattern_cache.write_value(key, stored)
    file = _index_file(cache_dir, families)
    assert marshal.loads(zlib.decompress(file.read_bytes())) == stored
    assert _answers(AnchorIndex(families), families) == _full_search(families)


def test_a_read_only_or_unwritable_cache_still_answers(cache_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    families = _every_family()
    expected = _full_search(families)
    AnchorIndex(families)

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(os, "utime", refused)
    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(anchors, "_computed_tables", _no_computing)
    assert _answers(AnchorIndex(families), families) == expected  # read, not written
    monkeypatch.undo()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setattr(pattern_cache, "_directory", blocked / "patterns")
    assert _answers(AnchorIndex(families), families) == expected  # nothing to read or write: computed


def _speed_form(pattern: str) -> str:
    return pattern.replace(r"\b", "")


def test_answers_kept_at_exit_are_read_by_the_next_start(cache_dir: Path) -> None:
    """``Remembered`` (``speed`` of each family's pattern): a start that computed answers keeps them at its exit; the
    next reads them, unless the code they were computed with is another, or the file is damaged."""
    first = Remembered("speed", b"code")
    assert first.get(r"\bwe regret\b", _speed_form) == "we regret"
    assert first.get("unchanged", _speed_form) == "unchanged"
    first._write()  # (at exit)

    def no_computing(text: str) -> str:
        raise AssertionError("computed again: the kept answer was not used")

    again = Remembered("speed", b"code")
    assert again.get(r"\bwe regret\b", no_computing) == "we regret"
    assert again.get("unchanged", no_computing) == "unchanged"
    assert Remembered("speed", b"other code").get(r"\bwe regret\b", str.upper) == r"\BWE REGRET\B"
    assert Remembered("speed", None).get(r"\bwe regret\b", str.upper) == r"\BWE REGRET\B"  # (no code: no file)

    file = cache_dir / pattern_cache._value_name(first._key)
    good = file.read_bytes()
    for damage in (good[: len(good) // 2], b"", zlib.compress(marshal.dumps({b"x": 1})),
                   zlib.compress(marshal.dumps(["not", "a", "dict"]))):
        file.write_bytes(damage)
        assert Remembered("speed", b"code").get(r"\bwe regret\b", _speed_form) == "we regret"
    wrong = {k: 7 for k in marshal.loads(zlib.decompress(good))}  # (the right texts, answers of the wrong type)
    file.write_bytes(zlib.compress(marshal.dumps(wrong)))
    assert Remembered("speed", b"code").get(r"\bwe regret\b", _speed_form) == "we regret"


def _classify(cache: Path) -> list[dict]:
    env = {**os.environ, "NEXTROUND_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-m", "nextround", "classify", "--json", *map(str, MAILS)],
                          capture_output=True, text=True, env=env, check=True)
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_command_gives_the_same_verdicts_cold_warm_damaged_and_read_only(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = _classify(cache)
    assert len(cold) == len(MAILS) and any(v["is_rejection"] for v in cold) and not all(v["is_rejection"] for v in cold)
    files = sorted(cache.rglob("*.bin"))
    assert len(files) > 50  # the phrase families' compiled patterns and the index's tables, kept
    written = {f: f.read_bytes() for f in files}

    assert _classify(cache) == cold
    assert sorted(cache.rglob("*.bin")) == files  # nothing computed anew
    for file in files[::2]:  # half of them overwritten with zeros
        file.write_bytes(b"\x00" * 7)
    assert _classify(cache) == cold
    assert {f: f.read_bytes() for f in files} == written  # the damaged ones rewritten
    for file in files:  # every file cut short, the index's among them
        file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
    assert _classify(cache) == cold
    assert {f: f.read_bytes() for f in files} == written  # all rewritten, as they were

    folders = [cache, *(p for p in cache.rglob("*") if p.is_dir())]
    try:
        for folder in folders:
            folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        for file in files:
            file.chmod(stat.S_IRUSR)
        assert _classify(cache) == cold
    finally:
        for folder in folders:
            folder.chmod(stat.S_IRWXU)
