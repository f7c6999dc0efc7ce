"""False positives and speed over the generated ordinary-mail stress set (tests/corpus/ordinary/generate.py).

Prints the message count, every message called a rejection at the configured threshold (index, language,
category, shape, confidence, top reasons), the rate per 2,000, and parse + classify messages/s (best of three).
    .venv/bin/python bench/ordinary.py [--count N] [--seed S] [--culprits] [--known] [--quiet]
--culprits groups the false positives by the material sentence that carries the decision (a sentence that
fires a decision family on its own) and says whether the test's known-miss list names it; --known prints the
test's KNOWN_MISSES body for the false positives as they are now (paste it after a detector change),
and the MINIMAL cases still called a rejection (its MINIMAL_MISSES).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
import time
from pathlib import Path

from nextround.detect import classify
from nextround.detect.languages import DECISIONS
from nextround.detect.text import fold
from nextround.message import parse

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.7  # config/default.toml [detection] threshold (tests/labelled.py THRESHOLD)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def deciding(filled: str) -> list[str]:
    """The decision families a single sentence fires on its own (any language)."""
    text = fold(filled)
    return sorted({f.name for fams in DECISIONS.values() for f in fams if f.find(text)})


# Why a category's false positive is not a job rejection (the reason written into KNOWN_MISSES by --known).
WHY = {
    "hiring": "hiring-manager mail: the decision is about a candidate the reader interviews",
    "volunteering": "volunteering: an unpaid role, not a job",
    "audition": "amateur casting or choir place, not a job",
    "personal": "personal mail: the sender's or a relative's own news",
    "newsletter_career": "careers newsletter discussing or quoting a rejection",
    "newsletter_hr": "HR newsletter discussing rejections",
    "jobboard": "job-board marketing",
    "admin": "administrative decision on a non-job application",
    "devlist": "mailing-list post (no List-Id header)",
    "notification": "notification not recognised as one",
    "spam": "spam about a loan or a fake job",
    "events": "ticket draw or talk selection, not a job",
    "sports": "sports team selection",
    "scholarship": "scholarship, not a job",
    "publishing": "manuscript or paper, not a job",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--culprits", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--known", action="store_true", help="print a KNOWN_MISSES body for the test (every culprit now)")
    args = ap.parse_args()
    gen = _load("ordinary_generate", ROOT / "tests/corpus/ordinary/generate.py")
    count = args.count or gen.DEFAULT_COUNT
    seed = args.seed if args.seed is not None else gen.DEFAULT_SEED

    start = time.perf_counter()
    samples = gen.generate(count, seed)
    built = time.perf_counter() - start
    raws = [s.raw for s in samples]
    rates, cpu, verdicts = [], [], []
    for _ in range(3):  # wall clock and CPU time: on a shared machine the CPU figure is the steadier one
        start, start_cpu = time.perf_counter(), time.process_time()
        verdicts = [classify(parse(raw)) for raw in raws]
        rates.append(len(raws) / (time.perf_counter() - start))
        cpu.append(len(raws) / max(1e-9, time.process_time() - start_cpu))
    fps = [(s, v) for s, v in zip(samples, verdicts, strict=True) if v.is_rejection and v.confidence >= THRESHOLD]

    known: dict = {}
    test_module = None
    test = ROOT / "tests/test_detect_ordinary_bulk.py"
    if test.exists():
        sys.path.insert(0, str(test.parent))  # the test imports its helpers (labelled.py) from tests/
        test_module = _load("ordinary_bulk_test", test)
        known = test_module.KNOWN_MISSES
    def is_known(s) -> bool:  # the same rule as the test: every sentence that decides on its own is listed
        culprits = [(s.lang, t) for t, f in s.parts if deciding(f)]
        return bool(culprits) and all(c in known for c in culprits)

    explained = [(s, v) for s, v in fps if is_known(s)]

    langs = collections.Counter(s.lang for s in samples)
    cats = collections.Counter(s.category for s in samples)
    print(f"{count} messages (seed {seed}, generated in {built:.1f}s): "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if not args.quiet:
        print("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
        for s, v in fps:
            top = "; ".join(r for r in v.reasons if not r.startswith("decision"))[:160]
            dec = "; ".join(r.removeprefix("decision: ") for r in v.reasons if r.startswith("decision"))[:160]
            flag = "known" if (s, v) in explained else "NEW"
            print(f"  FP #{s.index:05d} {s.lang} {s.category:<17} {s.shape:<11} {v.confidence:.3f} [{flag}] "
                  f"decisions: {dec} | {top}")
    by_lang = collections.Counter(s.lang for s, _ in fps)
    by_cat = collections.Counter(s.category for s, _ in fps)
    print(f"false positives: {len(fps)} of {count} = {len(fps) * 2000 / count:.1f} per 2,000 "
          f"(bar: 1 per 2,000); not on the known-miss list: {len(fps) - len(explained)}")
    print("  by language: " + ", ".join(f"{k} {by_lang[k]}/{langs[k]}" for k in sorted(langs)))
    print("  by category: " + ", ".join(f"{k} {by_cat[k]}/{cats[k]}" for k in sorted(cats) if by_cat[k]))
    print(f"parse + classify: {max(rates):,.0f} messages/s wall clock (runs: {', '.join(f'{r:,.0f}' for r in rates)}); "
          f"{max(cpu):,.0f} messages per CPU second")

    if args.culprits:
        groups: dict[tuple[str, str], list] = collections.defaultdict(list)
        for s, v in fps:
            hits = [(t, f) for t, f in s.parts if deciding(f)]
            for t, f in hits or [("<no single sentence decides>", "")]:
                groups[(s.lang, t)].append((s, v, f))
        print(f"\n{len(groups)} culprit sentences:")
        for (lang, t), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
            s, v, f = rows[0]
            mark = "known" if (lang, t) in known else "NEW"
            print(f"[{mark}] {lang} x{len(rows)} {s.category}: {t}\n      fires: {', '.join(deciding(f))}")


    if args.known:
        rows: dict[tuple[str, str], list] = {}
        for s, _ in fps:
            for t, f in s.parts:
                if deciding(f):
                    row = rows.setdefault((s.lang, t), [s.category, set()])
                    row[1].update(deciding(f))
        print("\n# KNOWN_MISSES body for tests/test_detect_ordinary_bulk.py:")
        for (lang, t), (category, fams) in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[1][0], kv[0][1])):
            reason = f"{WHY.get(category, category)} (fires: {'; '.join(sorted(fams))})"
            print(f"    ({lang!r}, {t!r}):\n        {reason!r},")
        if test_module is not None:
            missed = [case for case in test_module.MINIMAL
                      if test_module.found(test_module.minimal_mail(case[1], case[2]))]
            print("\n# MINIMAL_MISSES body (hand-written hard negatives still called a rejection):")
            for case in missed:
                print(f"    ({case[0]!r}, {case[1]!r}),")


if __name__ == "__main__":
    main()
