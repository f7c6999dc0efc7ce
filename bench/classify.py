"""Classification speed: in process (parse + classify) over the labelled dev corpora repeated to 10,000 messages,
best of three runs (other processes share the machine); the same over every development message read once
(distinct mail: no cache is warm from the repeats, as in a real mailbox); and the `nextround classify --json`
command over the same 10,000 files (one process, start-up included), on its first start (the compiled patterns not
yet cached) and the next.
Run: .venv/bin/python bench/classify.py"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nextround.detect import classify
from nextround.message import parse

ROOT = Path(__file__).resolve().parents[1]
DIRS = [ROOT / "tests/corpus/set1/dev", ROOT / "tests/corpus/set2/dev"]
HELD_BACK = ("set1/heldout", "set2/heldout", "set3", "dev8")  # (only read by `nextround eval`, never tuned on)


def rate(batch: list[bytes]) -> tuple[float, float, float]:
    """(parse + classify, parse only) messages per second for one pass over the batch, and parse + classify per CPU
    second (on a shared machine the CPU figure is the steadier one)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for raw in batch:
        classify(parse(raw))
    both, both_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    start = time.perf_counter()
    for raw in batch:
        parse(raw)
    alone = time.perf_counter() - start
    return len(batch) / both, len(batch) / alone, len(batch) / max(1e-9, both_cpu)


def main() -> None:
    files = [p for d in DIRS for p in sorted((d / "messages").glob("*.eml"))]
    raws = [p.read_bytes() for p in files]
    batch = (raws * (10_000 // max(1, len(raws)) + 1))[:10_000]
    runs = [rate(batch) for _ in range(3)]
    best = max(r[0] for r in runs)
    print(f"in process (parse + classify): {best:,.0f} messages/s over {len(batch)} messages "
          f"(runs: {', '.join(f'{r[0]:,.0f}' for r in runs)}; {max(r[2] for r in runs):,.0f} per CPU second; "
          f"parse alone {max(r[1] for r in runs):,.0f}/s)")
    distinct = [p.read_bytes() for p in _development_messages()]
    start, start_cpu = time.perf_counter(), time.process_time()
    for raw in distinct:
        classify(parse(raw))
    took, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(f"in process, each of {len(distinct):,} development messages read once: {len(distinct) / took:,.0f} "
          f"messages/s ({len(distinct) / max(1e-9, cpu):,.0f} per CPU second)")
    paths = [str(p) for p in files]
    paths = (paths * (10_000 // len(paths) + 1))[:10_000]
    with tempfile.TemporaryDirectory() as cache:  # (the user's pattern cache neither used nor touched)
        for start in ("first start: no compiled patterns kept", "next start: the compiled patterns read back"):
            took, cpu = _command(paths, {**os.environ, "NEXTROUND_CACHE_DIR": cache})
            print(f"`nextround classify --json` over {len(paths):,} files, {start}: "
                  f"{len(paths) / took:,.0f} messages/s "
                  f"(one process, start-up included; {len(paths) / max(1e-9, cpu):,.0f} per CPU second)")


def _command(paths: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `nextround classify --json` run over ``paths``."""
    start, before = time.perf_counter(), _children_cpu()
    subprocess.run([str(Path(sys.executable).parent / "nextround"), "classify", "--json", *paths],
                   check=False, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start, _children_cpu() - before


def _development_messages() -> list[Path]:
    """Every labelled message of the corpus that is not held back."""
    corpus = ROOT / "tests/corpus"
    return [p for labels in sorted(corpus.glob("**/labels.jsonl"))
            if not str(labels.parent.relative_to(corpus)).startswith(HELD_BACK)
            for p in sorted((labels.parent / "messages").glob("*.eml"))]


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes: the command's own, whatever else runs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
