#!/usr/bin/env python3
"""Build the dev3/e multilingual corpus (de, nl, fr, es, pt).

Deterministic: run `python tests/corpus/dev3/e/build.py` from anywhere; it rewrites
messages/*.eml and labels.jsonl next to this file, then parses everything back and checks it.
Message texts live in the sibling modules _de.py, _nl.py, _fr.py, _es.py, _pt.py.
"""
import email
import email.policy
import html
import json
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _de, _nl, _fr, _es, _pt  # noqa: E402

# Long enough that no subject here needs folding (Python folds a long first word oddly).
POLICY = email.policy.default.clone(max_line_length=120)
URL_RE = re.compile(r"https?://[^\s<>\"]+")


def to_html(text, charset="utf-8"):
    parts = []
    for para in text.strip().split("\n\n"):
        esc = html.escape(para)
        esc = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', esc)
        parts.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def build_message(i, m, when):
    msg = EmailMessage(policy=POLICY)
    msg["From"] = formataddr(m["frm"])
    msg["To"] = formataddr(m["to"])
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(when)
    dom = m["frm"][1].split("@")[1]
    msg["Message-ID"] = f"<dev3e.{i:04d}.{m['lang']}@{dom}>"
    cs = m.get("cs", "utf-8")
    # Python would pick quoted-printable on its own for any long line; only use it where asked.
    if m.get("qp"):
        cte = "quoted-printable"
    else:
        cte = "7bit" if (m["body"] + m.get("html", "")).isascii() else "8bit"
    fmt = m.get("fmt", "p")
    body = m["body"].strip() + "\n"
    if fmt == "h":
        msg.set_content(m.get("html") or to_html(body, cs), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if fmt == "a":
            msg.add_alternative(m.get("html") or to_html(body, cs), subtype="html", charset=cs, cte=cte)
            msg.set_boundary(f"==dev3e-{i:04d}-alt==")  # fixed, so the build is byte-for-byte repeatable
    return msg


def main():
    out = HERE / "messages"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    all_msgs = []
    for mod in (_de, _nl, _fr, _es, _pt):
        for m in mod.MESSAGES:
            m["lang"] = mod.LANG
            all_msgs.append(m)
    base = datetime(2024, 3, 4, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    labels = []
    for i, m in enumerate(all_msgs, 1):
        name = f"{i:04d}.eml"
        when = base + timedelta(hours=7 * i, minutes=(i * 13) % 60)
        msg = build_message(i, m, when)
        (out / name).write_bytes(msg.as_bytes())
        c = m.get("contact") or (None, None)
        labels.append({
            "file": name, "is_rejection": m["rej"], "company": m.get("company"),
            "role": m.get("role"), "contact_name": c[0], "contact_email": c[1],
            "careers_url": m.get("url"), "lang": m["lang"], "kind": m["kind"],
        })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify(out, labels, all_msgs)


def body_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    return part.get_content()


def verify(out, labels, msgs):
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == [lab["file"] for lab in labels], "labels and files differ"
    counts = {}
    for lab, m in zip(labels, msgs):
        with open(out / lab["file"], "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        assert msg["Subject"].strip() == m["subj"], lab["file"]
        text = body_text(msg)
        probe = m["body"].strip().split("\n")[0][:25]
        assert html.unescape(probe) in html.unescape(text) or probe in text, (lab["file"], probe)
        if lab["careers_url"]:
            assert lab["careers_url"] in text, (lab["file"], "careers_url not in body")
        if lab["contact_email"]:
            assert lab["contact_email"] in str(msg["From"]) + text, (lab["file"], "contact email")
        if lab["contact_name"]:
            assert lab["contact_name"] in str(msg["From"]) + text, (lab["file"], "contact name")
        key = (lab["lang"], lab["is_rejection"])
        counts[key] = counts.get(key, 0) + 1
    for lang in ("de", "nl", "fr", "es", "pt"):
        r, n = counts.get((lang, True), 0), counts.get((lang, False), 0)
        print(f"{lang}: {r + n} messages, {r} rejections, {n} look-alikes")
    print(f"total {len(labels)} messages written to {out}")


if __name__ == "__main__":
    main()
