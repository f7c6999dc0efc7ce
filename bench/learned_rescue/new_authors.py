"""How the learned second opinion does on mail from authors neither the rules nor the model have seen: run it with
the code of a commit from before their corpus was added (a worktree, as in README.md) over their corpus.

    git worktree add bench/out/pre6 <commit> && mkdir -p bench/out/shim6 && ln -sfn $PWD/bench/out/pre6/core bench/out/shim6/nextround
    PYTHONPATH=bench/out/shim6 .venv/bin/python bench/learned_rescue/new_authors.py tests/corpus/dev6/*

Prints, per corpus, the rules' true and false positives and misses at the 0.7 threshold, and for the mail the rules
missed or wrongly passed over, how many rejections and other mails the model reads as a rejection, by probability."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from nextround.detect import classify
from nextround.message import parse

_P = re.compile(r"the learned model reads (?:a rejection|one) \(p=([0-9.]+)")


def main(dirs: list[str]) -> None:
    readings: list[tuple[float, bool]] = []
    for name in dirs:
        folder = Path(name)
        tp = fp = fn = 0
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            verdict = classify(parse((folder / "messages" / label["file"]).read_bytes()))
            p = next((float(m.group(1)) for r in verdict.reasons if (m := _P.search(r))), None)
            by_rules = verdict.is_rejection and verdict.confidence >= 0.7 and p is None
            tp += by_rules and label["is_rejection"]
            fp += by_rules and not label["is_rejection"]
            fn += not by_rules and label["is_rejection"]
            if p is not None:
                readings.append((p, bool(label["is_rejection"])))
        print(f"{folder}: rules tp {tp} fp {fp} missed {fn}")
    for at in (0.9, 0.95, 0.97, 0.98, 0.99):
        right = sum(1 for p, truth in readings if p >= at and truth)
        wrong = sum(1 for p, truth in readings if p >= at and not truth)
        print(f"model p >= {at}: {right} rejections the rules missed, {wrong} other mails")


if __name__ == "__main__":
    main(sys.argv[1:])
