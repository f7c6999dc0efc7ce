"""Deterministic generator of ordinary (non-rejection) mail: the bulk stress set for false positives.

``generate(count, seed)`` returns ``count`` raw RFC 5322 messages (bytes built with the stdlib ``email``
package) in en/de/fr/es/nl/pt, en about 40%, recombined from the hand-written material in ``material.py``
(same folder): mailing lists, newsletters, personal, admin, hiring-manager work mail, notifications, spam,
events, volunteering, sports, auditions, scholarships, publishing. None of it tells the mailbox owner that a
job application of theirs will not go ahead, so every message is a negative; many of them are hard ones
(a CI "job" that failed, a loan "application" declined, a friend's own rejection, a candidate the owner
turned down as a hiring manager, a careers newsletter quoting rejection phrases).

Nothing is written to disk unless asked: ``python generate.py OUTDIR [COUNT]`` writes OUTDIR/messages/*.eml
and OUTDIR/labels.jsonl (all ``is_rejection: false``) so ``nextround eval OUTDIR`` can read them.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from material import COMMON, LANGS  # noqa: E402

LANG_WEIGHTS = {"en": 40, "de": 12, "fr": 12, "es": 12, "nl": 12, "pt": 12}
LANG_WEIGHTS = {k: v for k, v in LANG_WEIGHTS.items() if k in LANGS}
DEFAULT_COUNT = 6000
DEFAULT_SEED = 20261125


@dataclass(frozen=True)
class Sample:
    index: int
    lang: str
    category: str
    shape: str  # plain, alternative, html, attachment, reply, forward
    raw: bytes
    parts: tuple[tuple[str, str], ...] = ()  # (template, filled) of every material sentence used, quoted ones too


@lru_cache(maxsize=None)
def _lines(block: str) -> tuple[str, ...]:
    return tuple(ln.strip().replace("\\n", "\n") for ln in block.strip().splitlines() if ln.strip() and not ln.strip().startswith("#"))


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in text.lower() if c.isalnum() or c in ".-")


class _Slots(dict):
    """str.format_map fillers; unknown keys stay visible so a typo in the material shows in the output."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fills(rng: random.Random, lang: str) -> _Slots:
    names = LANGS[lang]["names"]
    firsts, surnames = _lines(names["first"]), _lines(names["surname"])
    pick = rng.sample(firsts, 4)
    s = _Slots(
        first=pick[0], first2=pick[1], p_first=pick[2], q_first=pick[3],
        surname=rng.choice(surnames), p_surname=rng.choice(surnames), q_surname=rng.choice(surnames),
        city=rng.choice(_lines(names["city"])), street=rng.choice(_lines(names["street"])),
        company=rng.choice(_lines(names["company"])), day=rng.choice(_lines(names["day"])),
        proj=rng.choice(_lines(COMMON["project"])), team=rng.choice(_lines(COMMON["team"])),
        num=str(rng.randint(12, 9800)), num2=str(rng.randint(2, 60)), amount=f"{rng.randint(9, 2400)}",
        ver=f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}", hour=f"{rng.randint(8, 19)}:{rng.choice(['00', '15', '30', '45'])}",
    )
    s["pdom"] = rng.choice(_lines(names["maildomain"]))
    s["cdom"] = _ascii(s["company"].split()[0]) + rng.choice([".example", ".test", "-group.example"])
    for k in ("first", "first2", "p_first", "q_first", "surname", "p_surname", "q_surname", "proj"):
        s[k + "_l"] = _ascii(s[k])
    owner = rng.choice(_lines(names["owner"]))
    s["to_name"], s["to_addr"] = owner.split(" <")[0], owner.split(" <")[1].rstrip(">")
    s["to_first"] = s["to_name"].split()[0]
    return s


def _fill(text: str, slots: _Slots) -> str:
    return text.format_map(slots)


def _address(display: str) -> str:
    """'Name <local@domain>' with the address part made ASCII (cities and names fill domains too)."""
    if "<" not in display:
        return display
    name, addr = display.rsplit("<", 1)
    addr = unicodedata.normalize("NFKD", addr.rstrip(">")).encode("ascii", "ignore").decode("ascii")
    addr = addr.replace(" ", "").lower()
    return f"{name.strip()} <{addr}>"


def _date(rng: random.Random) -> datetime:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    return start + timedelta(minutes=rng.randint(0, 60 * 24 * 660))


def _body(rng: random.Random, lang: str, cat: dict, slots: _Slots, used: list[tuple[str, str]]) -> list[str]:
    """Paragraphs of the new text: greeting, 2-5 snippets of the category (maybe one of a sibling), sign-off."""
    L = LANGS[lang]
    register = cat["register"]
    paras: list[str] = []
    greet = _lines(L["greeting"][register])
    if greet and rng.random() < 0.85:
        paras.append(_fill(rng.choice(greet), slots))
    lines = cat["lines"]
    k = min(len(lines), rng.choice([1, 1, 2] if register == "auto" else [2, 2, 3, 3, 3, 4, 5]))  # notifications are short
    chosen = rng.sample(lines, k)
    if cat.get("mix") and rng.random() < 0.35:  # a sentence of a sibling category: job words meet other topics
        other = L["categories"][rng.choice(cat["mix"])]
        chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(other["lines"]))
    # one or two sentences per paragraph
    i = 0
    while i < len(chosen):
        take = 2 if rng.random() < 0.4 and i + 1 < len(chosen) else 1
        filled = [(x, _fill(x, slots)) for x in chosen[i:i + take]]
        used.extend(filled)
        paras.append(" ".join(f for _, f in filled))
        i += take
    sign = _lines(L["signoff"][register])
    if sign:
        paras.append(_fill(rng.choice(sign), slots) + "\n" + _fill(rng.choice(cat["signature"]), slots))
    foot = _lines(L["footer"].get(register, ""))
    if foot and rng.random() < 0.8:
        paras.append("\n".join(_fill(x, slots) for x in rng.sample(foot, min(len(foot), rng.choice([1, 2, 3])))))
    return paras


def _html(paras: list[str], rng: random.Random, slots: _Slots) -> str:
    style = rng.random()
    cells = []
    for p in paras:
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        if rng.random() < 0.15:
            p = f'{p} <a href="https://{slots["cdom"]}/r/{slots["num"]}">&rarr;</a>'
        cells.append(p)
    if style < 0.4:
        inner = "\n".join(f"<p>{c}</p>" for c in cells)
    elif style < 0.75:
        inner = ('<table width="600" cellpadding="0" cellspacing="0" role="presentation">\n'
                 + "\n".join(f'<tr><td style="padding:8px 24px;font:14px Arial">{c}</td></tr>' for c in cells)
                 + "\n</table>")
    else:
        inner = "\n".join(f"<div>{c}</div>" for c in cells)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>mail</title>"
            "<style>p{margin:0 0 12px} .x{display:none}</style></head><body>\n"
            f'<span class="x" style="display:none">{cells[0][:80]}</span>\n{inner}\n'
            f'<img src="https://t.{slots["cdom"]}/o.gif?u={slots["num"]}" width="1" height="1" alt="">\n</body></html>')


_CHARSETS = {"en": ["utf-8", "us-ascii", "utf-8"], "de": ["utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"],
             "fr": ["utf-8", "iso-8859-1", "windows-1252"], "es": ["utf-8", "iso-8859-1", "windows-1252"],
             "nl": ["utf-8", "iso-8859-1", "windows-1252"], "pt": ["utf-8", "iso-8859-1", "windows-1252"]}


def _set_text(part: EmailMessage, text: str, rng: random.Random, lang: str, subtype: str = "plain") -> None:
    charset = rng.choice(_CHARSETS[lang])
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cte = rng.choice(["quoted-printable", "base64", "8bit"]) if charset != "us-ascii" else "7bit"
    if cte == "8bit" and charset == "utf-8" and rng.random() < 0.5:
        cte = "quoted-printable"
    if charset == "us-ascii":
        charset = "utf-8" if not text.isascii() else "us-ascii"
        cte = "7bit" if text.isascii() else "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


_ATTACH = [("application", "pdf", "{stem}.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
           ("image", "png", "IMG_{num}.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"),
           ("text", "csv", "{stem}.csv", b"id,name,stage,status\n1,A,screen,open\n2,B,onsite,closed\n"),
           ("text", "x-diff", "0001-{stem}.patch", b"--- a/src/main.c\n+++ b/src/main.c\n@@ -1,3 +1,3 @@\n-int x;\n+long x;\n"),
           ("text", "calendar", "invite.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]


def _one(rng: random.Random, index: int) -> Sample:
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    L = LANGS[lang]
    names = list(L["categories"])
    cname = rng.choices(names, weights=[L["categories"][n].get("weight", 1.0) for n in names])[0]
    cat = L["categories"][cname]
    slots = _fills(rng, lang)
    register = cat["register"]
    sender = _address(_fill(rng.choice(cat["senders"]), slots))
    subject_template = rng.choice(cat["subjects"])
    subject = _fill(subject_template, slots)
    used: list[tuple[str, str]] = [(subject_template, subject)]
    paras = _body(rng, lang, cat, slots, used)
    if rng.random() < 0.12:  # typographic apostrophes, as phones and word processors write them
        paras = [p.replace("'", "\u2019") for p in paras]
    date = _date(rng)

    shape = rng.choices(["plain", "alternative", "html", "attachment", "reply", "forward"],
                        weights=cat.get("shapes", [40, 20, 10, 10, 12, 8]))[0]
    text = "\n\n".join(paras) + "\n"
    if shape == "reply":  # quote an earlier mail of the same kind under the new text
        quoted_slots = _fills(rng, lang)
        quoted_slots.update({k: slots[k] for k in ("to_name", "to_addr", "to_first")})  # the same mailbox owner
        qparas = _body(rng, lang, cat, quoted_slots, used)
        intro = _fill(rng.choice(_lines(L["quote_intro"])), _Slots(slots, qdate=format_datetime(date - timedelta(days=1)),
                                                                 qname=f"{slots['q_first']} {slots['q_surname']}",
                                                                 qaddr=f"{slots['q_first_l']}@{slots['pdom']}"))
        quoted = "\n".join("> " + ln if ln else ">" for ln in "\n\n".join(qparas).split("\n"))
        text = text + "\n" + intro + "\n" + quoted + "\n"
        if not subject.lower().startswith(("re:", "aw:", "sv:")):
            subject = rng.choice(["Re: ", "RE: ", "AW: " if lang == "de" else "Re: "]) + subject
    elif shape == "forward":  # pass an earlier mail of the same kind on, with a line on top
        fslots = _fills(rng, lang)
        if rng.random() < 0.8:  # usually a mail the sender got, passed on; else one the owner got, sent back
            display, _, addr = sender.rpartition(" <")
            fslots.update(to_name=display or addr.rstrip(">"), to_addr=addr.rstrip(">"), to_first=(display or "x").split()[0])
        else:
            fslots.update({k: slots[k] for k in ("to_name", "to_addr", "to_first")})
        fparas = _body(rng, lang, cat, fslots, used)
        head = _fill(rng.choice(_lines(L["forward_note"])), slots)
        fwd = _fill(rng.choice(_lines(L["forward_header"])), _Slots(
            fslots, fdate=format_datetime(date - timedelta(days=2)), fsender=_address(_fill(rng.choice(cat["senders"]), fslots)),
            fsubject=_fill(rng.choice(cat["subjects"]), fslots), fto=f"{fslots['to_name']} <{fslots['to_addr']}>"))
        text = head + "\n\n" + fwd.replace("\\n", "\n") + "\n\n" + "\n\n".join(fparas) + "\n"
        subject = rng.choice(["Fwd: ", "Fw: ", "WG: " if lang == "de" else "TR: " if lang == "fr" else "Fwd: "]) + subject

    msg = EmailMessage()
    head: dict[str, str] = {}  # top-level headers, encoded by hand below (the header registry is slow)
    head["From"] = sender
    head["To"] = f"{slots['to_name']} <{slots['to_addr']}>" if rng.random() < 0.9 else slots["to_addr"]
    if rng.random() < 0.1:
        head["Cc"] = f"{slots['first']} {slots['surname']} <{slots['first_l']}@{slots['pdom']}>"
    head["Subject"] = subject
    head["Date"] = format_datetime(date)
    domain = sender.rsplit("@", 1)[-1].rstrip(">") or "mail.example"
    head["Message-ID"] = f"<{index}.{rng.randrange(16**8):08x}@{domain}>"
    if shape == "reply":
        head["In-Reply-To"] = f"<{index}.q@{domain}>"
        head["References"] = f"<{index}.r@{domain}> <{index}.q@{domain}>"
    list_id = cat.get("list_id")
    if list_id and rng.random() < cat.get("list_share", 0.75):
        head["List-Id"] = f"<{_fill(list_id, slots)}>"
        head["Precedence"] = "list"
    if register in ("bulk", "auto") and rng.random() < 0.7:
        head["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u={slots['num']}>, <mailto:unsub@{domain}>"
        if rng.random() < 0.5:
            head["Precedence"] = "bulk"
    if register == "auto" and rng.random() < 0.6:
        head["Auto-Submitted"] = "auto-generated"
    if rng.random() < 0.3:
        head["X-Mailer"] = rng.choice(["Thunderbird 115.6", "Apple Mail (2.3731)", "Microsoft Outlook 16.0",
                                      "K-9 Mail 6.7", "Roundcube Webmail/1.6", "Mailchimp Mailer - **CID1a2b**"])
    if rng.random() < 0.15:
        head["Content-Language"] = lang

    if shape in ("plain", "reply", "forward"):
        _set_text(msg, text, rng, lang)
    elif shape == "alternative":
        _set_text(msg, text, rng, lang)
        msg.add_alternative(_html(paras, rng, slots), subtype="html", charset="utf-8",
                            cte=rng.choice(["quoted-printable", "base64"]))
    elif shape == "html":
        msg.set_content(_html(paras, rng, slots), subtype="html", charset="utf-8",
                        cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    else:  # attachment: text (sometimes with an HTML twin) and one or two files
        _set_text(msg, text, rng, lang)
        if rng.random() < 0.3:
            msg.add_alternative(_html(paras, rng, slots), subtype="html", charset="utf-8", cte="quoted-printable")
        for maintype, subtype, name, data in rng.sample(_ATTACH, rng.choice([1, 1, 2])):
            stem = rng.choice(["document", "scan", "notes", "report", slots["proj_l"], "export"])
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=_fill(name, _Slots(slots, stem=stem)))
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):  # the stdlib draws boundaries from `random`
        part.set_boundary(f"=_{index}_{n}_{rng.randrange(16**10):010x}")
    lines = []
    for name, value in head.items():
        if name in ("From", "To", "Cc"):
            display, _, addr = value.rpartition("<")
            value = formataddr((display.strip(), addr.rstrip(">")) if addr.endswith(">") else ("", value), charset="utf-8")
        elif not value.isascii():
            value = Header(value, "utf-8").encode()
        lines.append(f"{name}: {value}\n")
    return Sample(index, lang, cname, shape, "".join(lines).encode("ascii") + bytes(msg), tuple(used))


def generate(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> list[Sample]:
    """``count`` ordinary messages, the same ones for the same seed (one Random per message: stable prefixes)."""
    return [_one(random.Random(seed * 1_000_003 + i), i) for i in range(count)]


def stock() -> dict[str, int]:
    """How much hand-written material there is (distinct sentences, subjects, senders)."""
    lines, subjects, senders = set(), set(), set()
    for L in LANGS.values():
        for cat in L["categories"].values():
            lines.update(cat["lines"])
            subjects.update(cat["subjects"])
            senders.update(cat["senders"])
    return {"sentences": len(lines), "subjects": len(subjects), "senders": len(senders),
            "categories": len({c for L in LANGS.values() for c in L["categories"]})}


def write(out: Path, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> None:
    (out / "messages").mkdir(parents=True, exist_ok=True)
    rows = []
    for s in generate(count, seed):
        name = f"{s.index:05d}-{s.lang}-{s.category}.eml"
        (out / "messages" / name).write_bytes(s.raw)
        rows.append({"file": name, "is_rejection": False, "company": None, "role": None, "contact_name": None,
                     "contact_email": None, "careers_url": None, "lang": s.lang, "kind": s.category})
    (out / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(stock())
    else:
        write(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_COUNT)
