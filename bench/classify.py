"""Classification speed: in process over the labelled corpora repeated to 10,000 messages, and the
`nextround classify` command over the corpus files. Run: .venv/bin/python bench/classify.py"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from nextround.detect import classify
from nextround.message import parse

ROOT = Path(__file__).resolve().parents[1]
DIRS = [ROOT / "tests/corpus/set1/dev", ROOT / "tests/corpus/set2/dev"]


def main() -> None:
    files = [p for d in DIRS for p in sorted((d / "messages").glob("*.eml"))]
    raws = [p.read_bytes() for p in files]
    batch = (raws * (10_000 // max(1, len(raws)) + 1))[:10_000]
    start = time.perf_counter()
    for raw in batch:
        classify(parse(raw))
    took = time.perf_counter() - start
    print(f"in process (parse + classify): {len(batch) / took:,.0f} messages/s over {len(batch)} messages")
    start = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "nextround"), "classify", "--json", *map(str, files)],
                   check=False, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    print(f"`nextround classify` over {len(files)} files: {len(files) / took:,.0f} messages/s (includes start-up)")


if __name__ == "__main__":
    main()
