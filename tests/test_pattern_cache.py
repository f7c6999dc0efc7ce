"""The compiled patterns kept on disk (``nextround.detect.pattern_cache``): a start reads them instead of compiling,
and whatever the cache holds, every verdict is the one ``re.compile`` would give."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from nextround.detect import pattern_cache

REPO = Path(__file__).resolve().parents[1]

# A pattern with what a cache entry must carry besides the opcodes: named groups, inline flags, a look-behind.
PATTERN = r"(?i)(?P<who>we|the team) (?:have )?(?:decided|chosen) (?<!not )to (?P<what>move forward|proceed)"
TEXTS = ["We have decided to move forward with others", "the team chosen to proceed", "we decided to wait", ""]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict()))


def test_a_second_start_reads_the_pattern_instead_of_compiling_it(cache_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = pattern_cache.compile_cached(PATTERN, re.ASCII)
    assert len(list(cache_dir.glob("*.bin"))) == 1
    _same(first, re.compile(PATTERN, re.ASCII))

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again: the cached form was not used")

    monkeypatch.setattr(pattern_cache, "_compile_parts", no_compiling)
    _same(pattern_cache.compile_cached(PATTERN, re.ASCII), re.compile(PATTERN, re.ASCII))
    with pytest.raises(AssertionError, match="compiled again"):  # (other flags: another pattern, compiled anew)
        pattern_cache.compile_cached(PATTERN, 0)


def test_a_corrupt_or_cut_short_file_is_compiled_again_and_rewritten(cache_dir: Path) -> None:
    pattern_cache.compile_cached(PATTERN)
    (file,) = cache_dir.glob("*.bin")
    good = file.read_bytes()
    for damage in (good[: len(good) // 2], b"not a cache entry", b""):
        file.write_bytes(damage)
        _same(pattern_cache.compile_cached(PATTERN), re.compile(PATTERN))
        assert file.read_bytes() == good


def test_opcodes_that_do_not_fit_the_pattern_are_refused(cache_dir: Path) -> None:
    """A file whose opcodes ``_sre`` would not run (another pattern's, or garbage that still decodes) is not used."""
    import marshal
    import zlib

    pattern_cache.compile_cached(PATTERN)
    (file,) = cache_dir.glob("*.bin")
    flags, code, groups, groupindex, indexgroup = marshal.loads(zlib.decompress(file.read_bytes()))
    file.write_bytes(zlib.compress(marshal.dumps((flags, [c ^ 0x5A for c in code], groups, groupindex, indexgroup))))
    _same(pattern_cache.compile_cached(PATTERN), re.compile(PATTERN))


def test_an_unwritable_cache_still_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setattr(pattern_cache, "_directory", blocked / "patterns")
    monkeypatch.setattr(pattern_cache, "_pruned", False)
    _same(pattern_cache.compile_cached(PATTERN), re.compile(PATTERN))


def test_files_no_start_has_read_for_a_month_are_removed_when_one_is_written(cache_dir: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_cache.compile_cached("kept")
    stale = cache_dir / ("0" * 32 + ".bin")
    stale.write_bytes(b"an older version's pattern")
    month_ago = time.time() - 31 * 24 * 3600
    for file in cache_dir.glob("*.bin"):
        os.utime(file, (month_ago, month_ago))
    pattern_cache.compile_cached("kept")  # read: used again, so kept
    monkeypatch.setattr(pattern_cache, "_pruned", False)  # (a new start: it prunes at its first write)
    pattern_cache.compile_cached("written now")
    assert not stale.exists()
    assert len(list(cache_dir.glob("*.bin"))) == 2


# (the real command with a cold, warm, damaged and read-only cache: tests/test_start_cache.py)
