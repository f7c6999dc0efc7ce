"""`nextround eval DIR...`: precision/recall of detection and accuracy of extraction."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from nextround.application import company_key, role_key
from nextround.classify_files import classifier, decide, mailbox_owners

FIELDS = ("company", "role", "contact_name", "contact_email", "careers_url")


def norm(field: str, value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).casefold().split())
    if not text:
        return None
    if field == "careers_url":
        parts = urlsplit(text if "://" in text else "https://" + text)
        return (parts.netloc.removeprefix("www.") + parts.path.rstrip("/"))
    if field == "company":  # "The Aérolis Group GmbH" is "Aerolis Group": accents, a leading "the", legal forms
        return company_key(text)
    if field == "role":  # the typographic apostrophe is the same letter; the gender note is no part of the title
        return role_key(text)
    return text


def load_labels(directory: Path) -> list[dict[str, Any]]:
    labels_file = directory / "labels.jsonl"
    if not labels_file.exists():
        raise ValueError(f"{directory}: no labels.jsonl (expected DIR/messages/*.eml and DIR/labels.jsonl)")
    out = []
    for n, line in enumerate(labels_file.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{labels_file}:{n}: not JSON: {exc.msg}") from None
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def evaluate(obj, dirs: list[Path]) -> dict[str, Any]:
    app, threshold = classifier(obj)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    fields = {f: [0, 0] for f in FIELDS}
    wrong: list[dict[str, Any]] = []
    field_errors: list[dict[str, Any]] = []
    n = 0
    elapsed = 0.0
    for directory in dirs:
        labels = load_labels(directory)
        # (each folder is a mailbox: its owner is the configured one, else the address most of its mail is sent to)
        owners = mailbox_owners(app, (directory / "messages" / label["file"] for label in labels))
        for label in labels:
            path = directory / "messages" / label["file"]
            raw = path.read_bytes()
            start = time.perf_counter()
            verdict = decide(app, threshold, raw, owners)
            elapsed += time.perf_counter() - start
            n += 1
            truth = bool(label["is_rejection"])
            lang = label.get("lang") or "?"
            cell = ("tp" if verdict.is_rejection else "fn") if truth else ("fp" if verdict.is_rejection else "tn")
            for bucket in ("all", lang):
                counts[bucket][cell] += 1
            if cell in ("fp", "fn"):
                wrong.append({"file": str(path), "truth": truth, "confidence": round(verdict.confidence, 3),
                              "reasons": verdict.reasons[:4]})
            if truth:
                for f in FIELDS:
                    got, want = norm(f, getattr(verdict, f)), norm(f, label.get(f))
                    fields[f][1] += 1
                    if got == want:
                        fields[f][0] += 1
                    else:
                        field_errors.append({"file": str(path), "field": f, "want": label.get(f),
                                             "got": getattr(verdict, f)})
    result = {
        "messages": n,
        "detection": {k: {**prf(v["tp"], v["fp"], v["fn"]), "tn": v["tn"]} for k, v in sorted(counts.items())},
        "extraction": {f: round(ok / total, 4) if total else None for f, (ok, total) in fields.items()},
        "messages_per_second": round(n / elapsed, 1) if elapsed else None,
        "misclassified": wrong,
        "extraction_errors": field_errors,
    }
    return result


def render(result: dict[str, Any]) -> str:
    lines = [f"{result['messages']} messages, {result['messages_per_second']} messages/s", "",
             f"{'':8} {'prec':>6} {'recall':>6} {'F1':>6}   {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4}"]
    for bucket, d in result["detection"].items():
        lines.append(f"{bucket:8} {d['precision']:6.3f} {d['recall']:6.3f} {d['f1']:6.3f}   "
                     f"{d['tp']:4} {d['fp']:4} {d['fn']:4} {d['tn']:4}")
    lines += ["", "extraction accuracy over true rejections:"]
    lines += [f"  {f:14} {v if v is None else f'{v:.3f}'}" for f, v in result["extraction"].items()]
    if result["misclassified"]:
        lines += ["", "misclassified:"]
        lines += [f"  {'FN' if w['truth'] else 'FP'} {w['file']} ({w['confidence']}) {'; '.join(w['reasons'][:2])}"
                  for w in result["misclassified"]]
    return "\n".join(lines)
