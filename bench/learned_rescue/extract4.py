"""Tuning set that mimics a NEW author for the rules: dev4 (6 languages) scored by the rules from BEFORE dev4 existed
(worktree $RESCUE_OUT/pre4 = 503bfb8, parent of the first dev4 commit 1d7dbb7).
Run: PYTHONPATH=$RESCUE_OUT/shim4 .venv/bin/python bench/learned_rescue/extract4.py"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
OUT = Path(os.environ.get("RESCUE_OUT", ROOT / "bench/out/learned_rescue"))  # data and models (not committed)

import json

import nextround

assert "pre4" in str(Path(nextround.__file__).resolve()), "run with the pre-dev4 rules on PYTHONPATH"
from nextround.detect import classifier as C
from nextround.detect import phrases as P
from nextround.detect.text import fold, new_text
from nextround.message import parse

CORPUS = ROOT / "tests/corpus"
out = open(OUT / "data_dev4_pre4.jsonl", "w")
for lang in ["de", "en", "es", "fr", "nl", "pt"]:
    d = f"dev4/{lang}"
    for line in open(CORPUS / d / "labels.jsonl"):
        lab = json.loads(line)
        m = parse((CORPUS / d / "messages" / lab["file"]).read_bytes())
        v = C.classify(m)
        own, _q = new_text(m.text or "")
        folded = fold((m.subject or "") + " .\n" + own)
        out.write(json.dumps({"source": d, "file": lab["file"], "lang": lab.get("lang") or lang,
                              "label": bool(lab["is_rejection"]), "rule": v.confidence >= 0.7, "conf": v.confidence,
                              "job": bool(C._Q_JOB.search(folded)), "yours": bool(C._Q_YOURS.search(folded)),
                              "notjob": bool(P.NOT_A_JOB.pattern.search(folded)),
                              "list": bool(m.headers.get("list-id"))}) + "\n")
out.close()
