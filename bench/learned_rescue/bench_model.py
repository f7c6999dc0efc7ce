"""Model size, load time and scoring cost per message (gram extraction + lookups on already-folded text).
Run: .venv/bin/python bench/learned_rescue/bench_model.py"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
OUT = Path(os.environ.get("RESCUE_OUT", ROOT / "bench/out/learned_rescue"))  # data and models (not committed)

import json
import math
import re
import time

WORD = re.compile(r"[a-z0-9']+")
texts = [json.loads(line)["text"] for line in open(OUT / "data.jsonl")][:3000]
for name in ("model.json", "model--ordinary.json", "model--ordinary-bycat.json"):
    t0 = time.perf_counter()
    m = json.load(open(OUT / name))
    load = time.perf_counter() - t0
    w, b = m["w"], m["bias"]
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            ws = WORD.findall(t[:4000])
            g = set(ws) | {a + " " + c for a, c in zip(ws, ws[1:])}
            z = b + sum(w.get(x, 0.0) for x in g)
            1 / (1 + math.exp(-max(-30, min(30, z))))
        best = max(best, len(texts) / (time.perf_counter() - t0))
    print(f"{name}: {len(w)} weights, load {load * 1000:.0f} ms, score {best:,.0f} msg/s (folded text given)")
