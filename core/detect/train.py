"""Train the learned second opinion (``model.json``) from the labelled corpora in the repository.

    .venv/bin/python -m nextround.detect.train [--corpus tests/corpus] [--check]

Every labelled set under the corpus folder is used except the held-back ones (never trained or tuned on), plus the
generated ordinary mail as negatives. The training is seeded: the same data gives the same file. ``--check`` trains
and compares with the shipped file instead of writing it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from nextround.detect.classifier import classify, fold_own, own_text
from nextround.detect.learned import MODEL, grams
from nextround.message import Message, parse

HELD_BACK = ("set1/heldout", "set2/heldout", "set3")
KEEP = 5000  # weights kept (the largest): the file stays small and loads in milliseconds
EPOCHS, RATE, L2, MIN_DF, SEED = 12, 0.2, 1e-4, 2, 1
ORDINARY = 6000


def labelled_sets(corpus: Path) -> list[Path]:
    sets = sorted(p.parent for p in corpus.rglob("labels.jsonl"))
    return [s for s in sets if not any(s.relative_to(corpus).as_posix().startswith(h) for h in HELD_BACK)]


@dataclass
class Row:
    grams: set[str]
    label: bool
    source: str  # the corpus it comes from: a cross-validation fold
    asked: bool  # would the classifier ask the model (mail about the reader's application, no decision found)?


def _row(message: Message, label: bool, source: str) -> Row:
    asked = any("the learned model reads" in r for r in classify(message).reasons)
    return Row(grams(fold_own(message, own_text(message)[0])), label, source, asked)


def rows(corpus: Path) -> list[Row]:
    out = []
    for folder in labelled_sets(corpus):
        source = folder.relative_to(corpus).parts[0]
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                message = parse((folder / "messages" / label["file"]).read_bytes())
                out.append(_row(message, bool(label["is_rejection"]), source))
    spec = importlib.util.spec_from_file_location("ordinary_generate", corpus / "ordinary" / "generate.py")
    if spec and spec.loader:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
        for sample in module.generate(ORDINARY):
            out.append(_row(parse(sample.raw), False, f"ordinary/{sample.category}"))
    return out


def train(rows: list[Row]) -> tuple[dict[str, float], float]:
    """Logistic regression by AdaGrad, classes balanced, L2-regularised; words seen in one mail only are dropped."""
    df = Counter(g for row in rows for g in row.grams)
    vocab = {g for g, n in df.items() if n >= MIN_DF}
    data = [(sorted(g for g in row.grams if g in vocab), row.label) for row in rows]
    positives = sum(label for _, label in data)
    balance = {True: len(data) / (2 * positives), False: len(data) / (2 * (len(data) - positives))}
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(float)
    bias = 0.0
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, label = data[i]
            z = bias + sum(weights[g] for g in feats)
            error = (1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - label) * balance[label]
            bias -= RATE * error * 0.1
            for g in feats:
                grad = error + L2 * weights[g]
                squares[g] += grad * grad
                weights[g] -= RATE * grad / math.sqrt(squares[g] + 1e-8)
    kept = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:KEEP]
    return {g: round(w, 4) for g, w in sorted(kept)}, round(bias, 4)


def cross_validate(data: list[Row]) -> None:
    """Each corpus (and each kind of ordinary mail) left out in turn: how the flag would do on mail like it, unseen.
    Only mail the classifier asks the model about counts; this is how POSSIBLE_AT was chosen."""
    scored: list[tuple[float, bool]] = []
    for source in sorted({row.source for row in data}):
        weights, bias = train([row for row in data if row.source != source])
        for row in data:
            if row.source == source and row.asked:
                z = bias + sum(weights.get(g, 0.0) for g in row.grams)
                scored.append((1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), row.label))
    rejections = sum(label for _, label in scored)
    print(f"asked about {len(scored)} mails left out in turn, {rejections} of them rejections the rules missed")
    for at in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97):
        right = sum(1 for p, label in scored if p >= at and label)
        wrong = sum(1 for p, label in scored if p >= at and not label)
        print(f"  p >= {at:<4}: flags {right} rejections and {wrong} other mails")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/corpus"))
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing it")
    parser.add_argument("--cv", action="store_true", help="cross-validate by corpus instead (slow: a model per corpus)")
    args = parser.parse_args(argv)
    data = rows(args.corpus)
    if args.cv:
        cross_validate(data)
        return 0
    weights, bias = train(data)
    text = json.dumps({"trained_on": len(data), "rejections": sum(row.label for row in data),
                       "bias": bias, "weights": weights}, ensure_ascii=False, indent=0) + "\n"
    if args.check:
        same = MODEL.read_text(encoding="utf-8") == text
        print(f"{MODEL}: {'up to date' if same else 'differs from a fresh training'}")
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    print(f"{MODEL}: {len(weights)} weights from {len(data)} mails ({sum(row.label for row in data)} rejections)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
