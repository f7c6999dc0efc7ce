"""Run the PRE-ROUND-5 rules (worktree $RESCUE_OUT/pre5 via the shim) over training sets, dev5 and generated
ordinary mail; store per message: source, split, lang, label, folded new text, rules confidence and job-context flags.
Run: PYTHONPATH=$RESCUE_OUT/shim .venv/bin/python bench/learned_rescue/extract.py"""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
OUT = Path(os.environ.get("RESCUE_OUT", ROOT / "bench/out/learned_rescue"))  # data and models (not committed)

import json
import sys

import nextround

assert "pre5" in str(Path(nextround.__file__).resolve()), "run with the pre-round-5 rules on PYTHONPATH"
from nextround.detect import classifier as C
from nextround.detect import phrases as P
from nextround.detect.text import fold, new_text, split_forward
from nextround.message import parse

CORPUS = ROOT / "tests/corpus"
TRAIN = ["set1/dev", "set2/dev", "dev2/a", "dev2/b", "dev2/c", "dev3/d", "dev3/e",
         *[f"dev4/{x}" for x in ["de", "en", "es", "fr", "nl", "pt"]],
         "paraphrase", "paraphrase/round2", "paraphrase/round3", "paraphrase/round4", "paraphrase/round5",
         "extract1", "extract2"]
EVAL = [f"dev5/{x}" for x in ["de", "en", "es", "fr", "nl", "pt"]]
BLIND = ("set1/heldout", "set2/heldout", "set3")


def features(raw: bytes) -> dict:
    m = parse(raw)
    v = C.classify(m)
    own, _q = new_text(m.text or "")
    head, fwd = split_forward(own)
    folded = fold((m.subject or "") + " .\n" + own)
    seen = C._INDEX.scan(folded)
    return {"text": folded, "conf": v.confidence, "rule": v.confidence >= 0.7,
            "decision": any(r.startswith("decision:") for r in v.reasons),
            "job": bool(C._Q_JOB.search(folded)), "yours": seen.has(C._YOURS), "strong": seen.has(C._STRONG),
            "notjob": seen.has(P.NOT_A_JOB), "list": bool(m.headers.get("list-id")), "rlang": v.lang}


def main() -> None:
    out = open(OUT / "data.jsonl", "w")
    for split, dirs in (("train", TRAIN), ("eval", EVAL)):
        for d in dirs:
            assert not any(d.startswith(b) for b in BLIND)
            for line in open(CORPUS / d / "labels.jsonl"):
                lab = json.loads(line)
                f = features((CORPUS / d / "messages" / lab["file"]).read_bytes())
                f.update(split=split, source=d, file=lab["file"], lang=lab.get("lang") or f["rlang"],
                         label=bool(lab["is_rejection"]))
                out.write(json.dumps(f) + "\n")
    sys.path.insert(0, str(ROOT / "tests/corpus/ordinary"))
    from generate import generate
    for s in generate(6000, 20261125):
        f = features(s.raw)
        f.update(split="ordinary", source="ordinary", file=str(s.index), lang=s.lang, label=False, category=s.category)
        out.write(json.dumps(f) + "\n")
    out.close()


main()
