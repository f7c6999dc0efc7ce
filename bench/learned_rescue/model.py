"""Pure-Python logistic regression over folded word unigrams+bigrams (binary presence) of the new text, trained on
the non-dev5 labelled sets; leave-one-source-out CV on the training sets picks the combination thresholds; then one
model on all training data is applied to dev5 and to 6,000 generated ordinary mails.
Run: .venv/bin/python bench/learned_rescue/model.py   (after extract.py)"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
OUT = Path(os.environ.get("RESCUE_OUT", ROOT / "bench/out/learned_rescue"))  # data and models (not committed)

import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict

WORD = re.compile(r"[a-z0-9']+")
ROWS = [json.loads(line) for line in open(OUT / "data.jsonl")]
TRAIN = [r for r in ROWS if r["split"] == "train"]
EVAL = [r for r in ROWS if r["split"] == "eval"]
ORD = [r for r in ROWS if r["split"] == "ordinary"]
USE_ORD = "--ordinary" in sys.argv  # add the even-indexed half of the ordinary mail as negatives (odd half held out)
if USE_ORD:
    TRAIN = TRAIN + [r for r in ORD if int(r["file"]) % 2 == 0]
    ORD = [r for r in ORD if int(r["file"]) % 2 == 1]
# harder: train on 8 of the 15 ordinary categories, report FPs on the other 7 (alternate names in sorted order)
CATS = sorted({r["category"] for r in ORD}) if "--ordinary-bycat" in sys.argv else []
if CATS:
    held = set(CATS[1::2])
    print("ordinary categories held out:", sorted(held))
    TRAIN = TRAIN + [r for r in ORD if r["category"] not in held]
    ORD = [r for r in ORD if r["category"] in held]


def grams(text: str) -> set[str]:
    w = WORD.findall(text[:4000])
    return set(w) | {a + " " + b for a, b in zip(w, w[1:])}


for r in ROWS:
    r["g"] = grams(r["text"])


def group(r) -> str:
    s = r["source"]
    return "paraphrase" if s.startswith("paraphrase") else ("ordinary" if s == "ordinary" else s)


def train(rows, epochs=12, l2=1e-4, lr=0.2, mindf=2, seed=1):
    df = Counter(g for r in rows for g in r["g"])
    vocab = {g for g, n in df.items() if n >= mindf}
    w: dict[str, float] = defaultdict(float)
    b = 0.0
    hist: dict[str, float] = defaultdict(float)  # adagrad
    order = list(range(len(rows)))
    rng = random.Random(seed)
    pos = sum(r["label"] for r in rows)
    cw = {True: len(rows) / (2 * pos), False: len(rows) / (2 * (len(rows) - pos))}  # balanced classes
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            r = rows[i]
            feats = [g for g in r["g"] if g in vocab]
            z = b + sum(w[g] for g in feats)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            err = (p - r["label"]) * cw[r["label"]]
            b -= lr * err * 0.1
            for g in feats:
                grad = err + l2 * w[g]
                hist[g] += grad * grad
                w[g] -= lr * grad / math.sqrt(hist[g] + 1e-8)
    return {g: v for g, v in w.items() if abs(v) > 1e-3}, b


def prob(model, r) -> float:
    w, b = model
    z = b + sum(w.get(g, 0.0) for g in r["g"])
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


# Combinations: the rules' verdict OR a rescue when the rules found no decision phrase...
COMBOS = {
    "A: rules OR (job words & p>=t)": lambda r, p, t: r["rule"] or (r["job"] and p >= t),
    "B: rules OR (reader's application named & p>=t)": lambda r, p, t: r["rule"] or (r["yours"] and p >= t),
    "C: B, and no not-a-job / list / strong-only": lambda r, p, t: r["rule"] or (
        r["yours"] and not r["notjob"] and not r["list"] and p >= t),
}
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995]


def prf(rows, pred):
    tp = sum(1 for r, y in zip(rows, pred) if y and r["label"])
    fp = sum(1 for r, y in zip(rows, pred) if y and not r["label"])
    fn = sum(1 for r, y in zip(rows, pred) if not y and r["label"])
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0), tp, fp, fn


def main() -> None:
    # 1. leave-one-source-out CV on training sets: out-of-fold probabilities
    groups = sorted({group(r) for r in TRAIN})
    oof = {}
    for gname in groups:
        model = train([r for r in TRAIN if group(r) != gname])
        for r in TRAIN:
            if group(r) == gname:
                oof[id(r)] = prob(model, r)
    # extract1/2 have no negatives, so their precision is meaningless alone: pooled CV numbers are used
    ptr = [oof[id(r)] for r in TRAIN]
    print(f"CV (leave-one-source-out over {len(groups)} sources, {len(TRAIN)} msgs)")
    print("  rules only   P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d" % prf(TRAIN, [r["rule"] for r in TRAIN]))
    print("  model p>=.5  P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d" % prf(TRAIN, [p >= 0.5 for p in ptr]))
    chosen = {}
    for name, f in COMBOS.items():
        base = prf(TRAIN, [r["rule"] for r in TRAIN])
        best = None
        for t in THRESHOLDS:
            s = prf(TRAIN, [f(r, p, t) for r, p in zip(TRAIN, ptr)])
            added_tp, added_fp = s[3] - base[3], s[4] - base[4]
            print(f"  {name[:2]} t={t:<5} P={s[0]:.3f} R={s[1]:.3f} F1={s[2]:.3f} rescued tp=+{added_tp} fp=+{added_fp}")
            # selection rule (training CV only): the lowest t whose rescues are >= 90% right and cost <= 1 point of P
            if best is None and added_tp and added_tp / max(1, added_tp + added_fp) >= 0.9 and s[0] >= base[0] - 0.01:
                best = t
        chosen[name] = best if best is not None else 0.995
    print("chosen thresholds (CV, rules tuned on these sets):", chosen)
    # 1b. tuning that mimics a new author: model trained WITHOUT dev4, rules from before dev4 (pre4), on dev4
    pre4 = {(r["source"], r["file"]): r for r in map(json.loads, open(OUT / "data_dev4_pre4.jsonl"))}
    d4 = [r for r in TRAIN if r["source"].startswith("dev4/")]
    m4 = train([r for r in TRAIN if not r["source"].startswith("dev4/")])
    T4 = [dict(r, **{k: pre4[(r["source"], r["file"])][k] for k in ("rule", "job", "yours", "notjob", "list")}) for r in d4]
    p4 = [prob(m4, r) for r in T4]
    base = prf(T4, [r["rule"] for r in T4])
    print("dev4 tuning: pre4 rules P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d" % base)
    print("dev4 tuning: model(no dev4) p>=.5 P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d" % prf(T4, [p >= 0.5 for p in p4]))
    chosen4 = {}
    for name, f in COMBOS.items():
        best = None
        for t in THRESHOLDS:
            s = prf(T4, [f(r, p, t) for r, p in zip(T4, p4)])
            added_tp, added_fp = s[3] - base[3], s[4] - base[4]
            print(f"  {name[:2]} t={t:<5} P={s[0]:.3f} R={s[1]:.3f} F1={s[2]:.3f} rescued tp=+{added_tp} fp=+{added_fp}")
            if best is None and added_tp and added_tp / max(1, added_tp + added_fp) >= 0.9 and s[0] >= base[0] - 0.01:
                best = t
        chosen4[name] = best if best is not None else 0.995
    print("chosen thresholds (dev4 with pre4 rules):", chosen4)
    if "--cv" not in sys.argv:
        chosen = chosen4
    # 2. final model on all training data
    t0 = time.perf_counter()
    model = train(TRAIN)
    print(f"final model: {len(model[0])} weights, trained in {time.perf_counter() - t0:.1f}s")
    json.dump({"bias": model[1], "w": model[0]}, open(OUT / ("model" + "".join(a for a in sys.argv[1:] if a.startswith("--ordinary")) + ".json"), "w"))
    top = sorted(model[0].items(), key=lambda kv: kv[1])
    print("top +:", ", ".join(f"{g}({v:.2f})" for g, v in top[::-1][:25]))
    print("top -:", ", ".join(f"{g}({v:.2f})" for g, v in top[:25]))
    pe = [prob(model, r) for r in EVAL]
    po = [prob(model, r) for r in ORD]
    print("\ndev5 (never seen by rules or model): per language P/R/F1 (tp/fp/fn)")
    langs = ["all", "de", "en", "es", "fr", "nl", "pt"]
    systems = [("rules (pre-5)", lambda r, p: r["rule"]), ("model p>=.5", lambda r, p: p >= 0.5)]
    systems += [(n[:2] + f"t={chosen[n]}", (lambda f, t: lambda r, p: f(r, p, t))(f, chosen[n])) for n, f in COMBOS.items()]
    for sname, f in systems:
        cells = []
        for lang in langs:
            sel = [(r, p) for r, p in zip(EVAL, pe) if lang == "all" or r["lang"] == lang]
            s = prf([r for r, _ in sel], [f(r, p) for r, p in sel])
            cells.append(f"{lang} {s[0]:.2f}/{s[1]:.2f}/{s[2]:.2f} ({s[3]}/{s[4]}/{s[5]})")
        ordfp = sum(1 for r, p in zip(ORD, po) if f(r, p))
        print(f"{sname:16} " + " | ".join(cells) + f" | ordinary FP {ordfp}/{len(ORD)}")
    # rescued / wrongly rescued in dev5 by each combo, for the report
    for n, f in COMBOS.items():
        t = chosen[n]
        fps = [(r["source"], r["file"], round(p, 3)) for r, p in zip(EVAL, pe) if f(r, p, t) and not r["rule"] and not r["label"]]
        tps = [(r["source"], r["file"], round(p, 3)) for r, p in zip(EVAL, pe) if f(r, p, t) and not r["rule"] and r["label"]]
        print(n[:2], "dev5 rescued right", len(tps), "wrong", len(fps), fps[:12])
    # no-threshold view: how much dev5 rescue is on offer at each t (NOT used for selection)
    print("\n(for information only, not used to choose) dev5 combo A/B by threshold:")
    for t in THRESHOLDS:
        line = []
        for n, f in COMBOS.items():
            s = prf(EVAL, [f(r, p, t) for r, p in zip(EVAL, pe)])
            line.append(f"{n[:1]} P={s[0]:.3f} R={s[1]:.3f} ordFP={sum(1 for r, p in zip(ORD, po) if f(r, p, t))}")
        print(f"  t={t:<5} " + "  ".join(line))


main()
