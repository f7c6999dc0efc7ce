"""The compiled form of the big regexes kept on disk, so a command compiles them once, not at every start.

Compiling the phrase families' regexes costs about 0.75 s a process (``re`` parses a pattern in Python; only the last
step, ``_sre.compile`` over the finished opcode list, is C). ``nextround classify one.eml`` paid it every time, and a
10,000-file run spent a tenth of its time on it. Here the opcode list of each pattern is written once to the user's
cache directory and read back on the next start: reading and ``_sre.compile`` take about 40 us a pattern instead of
about 1.4 ms.

The files hold what ``re`` itself would have built (the same parser and code generator, called the way
``re.compile`` calls them), keyed by the pattern's text and flags; the directory by Python version and ``_sre``'s
format, so another interpreter never reads them. ``_sre.compile`` checks the opcodes it is given. Anything unexpected
(an interpreter without these internals, a file cut short or corrupt, a read-only cache) falls back to
``re.compile``: the cache can make a start faster, never a result different.

The same directory keeps, by the same rules, other values that are a pure function of the patterns' texts, keyed by a
digest of those texts and of the code that computes them (``read_value``, ``write_value``, ``Remembered``): the anchor
index's tables and each family's ``speed`` form (see ``anchors`` and ``patterns``), a third of the start-up before.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # (another implementation, or a Python whose ``re`` is laid out otherwise)
    _sre = None

# Files not used for this long are removed when a new one is written (patterns of an older nextround).
_UNUSED_FOR = 30 * 24 * 3600

_VALUE = b"value\x00"  # begins the hashed name of a value's file (see ``write_value``)

_directory: Path | None = None
_pruned = False


def compile_cached(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, read from the cache when this pattern was compiled before."""
    flags = int(flags)
    folder = _folder()
    if folder is None:
        return re.compile(source, flags)
    file = folder / f"{hashlib.blake2b(f'{flags}:{source}'.encode(), digest_size=16).hexdigest()}.bin"
    try:
        entry = marshal.loads(zlib.decompress(file.read_bytes()))
        pattern = _sre.compile(source, *entry)
    except (OSError, ValueError, TypeError, EOFError, RuntimeError, zlib.error):
        pass  # not cached yet, or unreadable: compiled and (re)written
    else:
        with contextlib.suppress(OSError):  # (a read-only cache is still read)
            os.utime(file)  # used: kept by the pruning below
        return pattern
    entry = _compile_parts(source, flags)
    _write(folder, file, entry)
    return _sre.compile(source, *entry)


def read_value(key: bytes) -> object | None:
    """The value ``write_value`` kept under ``key`` (a digest of everything it was computed from, the code included),
    or None when there is none to read: the caller then computes it. (marshal's own checks and zlib's checksum turn
    a cut or damaged file into None; the caller checks the value's shape before trusting it.)"""
    folder = _folder()
    if folder is None:
        return None
    file = folder / _value_name(key)
    try:
        value = marshal.loads(zlib.decompress(file.read_bytes()))
    except (OSError, ValueError, TypeError, EOFError, zlib.error):
        return None
    with contextlib.suppress(OSError):  # (a read-only cache is still read)
        os.utime(file)  # used: kept by the pruning
    return value


def write_value(key: bytes, value: object) -> None:
    """Keeps ``value`` (plain values only: what marshal writes) for the next start, or nothing when it cannot."""
    folder = _folder()
    if folder is not None:
        _write(folder, folder / _value_name(key), value)


class Remembered:
    """The answers of a pure function of a text (``speed`` of each phrase family's pattern), kept in one file from one
    start to the next: a thousand small answers read at once, not computed one by one (30 ms a start) nor read from
    a thousand files. ``code`` is everything the answers depend on besides the text (the function's source): another
    version's file is another file. The file holds the answers this process asked for, written at its exit when
    one of them was not there (so answers no start asks any more are dropped)."""

    def __init__(self, name: str, code: bytes | None) -> None:
        # (no code to key the file with, as in a frozen build: nothing is read or kept)
        self._key = hashlib.blake2b(name.encode() + b"\x00" + code).digest() if code is not None else None
        self._read: dict[bytes, str | None] | None = None
        self._asked: dict[bytes, str | None] = {}  # what this process asked: the next file
        self._missed = False

    def get(self, text: str, compute: Callable[[str], str]) -> str:
        """``compute(text)``, read from the file when a start computed it before."""
        if self._key is None:
            return compute(text)
        if self._read is None:
            stored = read_value(self._key)
            self._read = stored if type(stored) is dict else {}
        digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
        answer = self._read.get(digest, _MISSING)
        if answer is None:  # (the text itself: most patterns are their own answer, kept as None to keep it short)
            answer = text
        elif type(answer) is not str:  # not there, or not an answer
            answer = compute(text)
            if not self._missed:
                self._missed = True
                atexit.register(self._write)
        self._asked[digest] = None if answer == text else answer
        return answer

    def _write(self) -> None:
        if self._key is not None:
            write_value(self._key, self._asked)


_MISSING = object()


def _value_name(key: bytes) -> str:
    """A value's file: named apart from any pattern's (whose names hash "flags:pattern", never this prefix)."""
    return f"{hashlib.blake2b(_VALUE + key, digest_size=16).hexdigest()}.bin"


def _compile_parts(source: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself, as plain values."""
    tree = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]  # (opcodes are int subclasses: marshal wants ints)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _folder() -> Path | None:
    """The cache directory for this interpreter; None when there is none to use."""
    global _directory
    if _sre is None:
        return None
    if _directory is None:
        base = os.environ.get("NEXTROUND_CACHE_DIR")
        if not base:
            import platformdirs

            base = platformdirs.user_cache_dir("nextround")
        tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
        _directory = Path(base) / "patterns" / tag
    return _directory


def _write(folder: Path, file: Path, entry: object) -> None:
    """Writes one entry whole (a reader sees the old file or the new one, never half), or nothing."""
    global _pruned
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not _pruned:
            _pruned = True
            _prune(folder)
        partial = file.with_name(f"{file.stem}.{os.getpid()}.tmp")
        partial.write_bytes(zlib.compress(marshal.dumps(entry), 1))
        os.replace(partial, file)
    except (OSError, ValueError):
        pass  # a read-only or full cache: the next start compiles again


def _prune(folder: Path) -> None:
    """Removes the files no start has read for a month: the patterns of an earlier version."""
    oldest = time.time() - _UNUSED_FOR
    for old in folder.glob("*.bin"):
        try:
            if old.stat().st_mtime < oldest:
                old.unlink()
        except OSError:
            pass
