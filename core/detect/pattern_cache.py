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
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import time
import zlib
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # (another implementation, or a Python whose ``re`` is laid out otherwise)
    _sre = None

# Files not used for this long are removed when a new one is written (patterns of an older nextround).
_UNUSED_FOR = 30 * 24 * 3600

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


def _write(folder: Path, file: Path, entry: tuple) -> None:
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
