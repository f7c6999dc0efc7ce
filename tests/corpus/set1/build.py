#!/usr/bin/env python3
"""Deterministic generator for labelled corpus set 1 (English, German, French).

Writes dev/ and heldout/ (messages/*.eml + labels.jsonl) from the hand-written
material in data_en.py, data_de.py and data_fr.py (same folder).  Seeded, so a
re-run produces byte-identical output:

    python tests/corpus/set1/build.py
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import re
import shutil
import string
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import data_de  # noqa: E402
import data_en  # noqa: E402
import data_fr  # noqa: E402

SEED = 20261125
LANGS = {"en": data_en, "de": data_de, "fr": data_fr}
# (total dev rejections, dev non-rejections, heldout rejections, heldout non-rejections)
COUNTS = {"en": (46, 57, 31, 38), "de": (18, 22, 12, 14), "fr": (18, 22, 12, 14)}

ATS = {
    # vendor: (display-name pattern, address, footer name)
    "greenhouse": ("$co via Greenhouse", "no-reply@greenhouse.io", "Greenhouse"),
    "lever": ("$co", "no-reply@hire.lever.co", "Lever"),
    "workday": ("$co Careers", "$slug@myworkday.com", "Workday"),
    "personio": ("$co Recruiting", "no-reply@personio.de", "Personio"),
    "teamtailor": ("$co", "no-reply@teamtailor.com", "Teamtailor"),
    "smartrecruiters": ("$co", "notifications@smartrecruiters.com", "SmartRecruiters"),
    "ashby": ("$co Recruiting", "no-reply@ashbyhq.com", "Ashby"),
    "workable": ("$co", "noreply@candidates.workablemail.com", "Workable"),
    "recruitee": ("$co", "no-reply@recruitee.com", "Recruitee"),
}


# --------------------------------------------------------------------------- helpers

def tpl(s: str, ctx: dict) -> str:
    return string.Template(s).substitute(ctx)


def slugify(s: str) -> str:
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"),
                 ("ê", "e"), ("à", "a"), ("ç", "c"), ("ô", "o"), ("î", "i"), ("ë", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s)


MONTHS = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
DAYS = {"de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]}


def quote_date(lang: str, d: datetime) -> str:
    if lang == "de":
        return f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year} um {d:%H:%M}"
    if lang == "fr":
        return f"{DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%H:%M}"
    return f"{d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}"


TZS = {"en": [-5, -8, 0, 1, -4, 10], "de": [1, 2, 1], "fr": [1, 2, 1]}


def rand_date(rng: random.Random, lang: str) -> datetime:
    tz = timezone(timedelta(hours=rng.choice(TZS[lang])))
    day = datetime(2025, 9, 1) + timedelta(days=rng.randrange(0, 440))
    if day.weekday() >= 5 and rng.random() < 0.85:
        day -= timedelta(days=day.weekday() - 4)
    return datetime(day.year, day.month, day.day, rng.randrange(7, 20), rng.randrange(60),
                    rng.randrange(60), tzinfo=tz)


def wrap_text(text: str, width: int | None) -> str:
    if not width:
        return text
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        # wrap only prose paragraphs (leave signatures, quotes, lists alone)
        if len(lines) == 1 and not para.startswith((">", "-", "*", "•")) and len(para) > width:
            out.append(textwrap.fill(para, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(para)
    return "\n\n".join(out)


URL_RE = re.compile(r"https?://[^\s<>()\"]+[^\s<>()\".,;:!?]")


def text_to_html(text: str) -> str:
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.strip("\n").split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(linkify(l.lstrip("> ")) for l in lines)
            parts.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            parts.append("<p>" + "<br>\n".join(linkify(l) for l in lines) + "</p>")
    return "\n".join(parts)


def linkify(line: str) -> str:
    out, pos = [], 0
    for m in URL_RE.finditer(line):
        out.append(html.escape(line[pos:m.start()], quote=False))
        u = m.group(0)
        out.append(f'<a href="{html.escape(u)}">{html.escape(u, quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(line[pos:], quote=False))
    return "".join(out)


def hexid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


# --------------------------------------------------------------------------- MIME

def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if charset == "us-ascii":
        return MIMEText(text, subtype, "us-ascii")
    cs = ecs.Charset(charset)
    cs.header_encoding = ecs.QP
    cs.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None}[cte]
    return MIMEText(text, subtype, cs)


def enc_header(value: str, charset: str, rng: random.Random) -> str | Header:
    if all(ord(c) < 128 for c in value):
        return value
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset == "us-ascii":
        charset = "utf-8"
    if rng.random() < 0.3:  # some B-encoded words too
        cs = ecs.Charset(charset)
        cs.header_encoding = ecs.BASE64
        return Header(value, cs)
    return Header(value, charset)


def enc_addr(name: str | None, addr: str, charset: str) -> str:
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset == "us-ascii":
        charset = "utf-8"
    return formataddr((name, addr), charset)


def build_mime(m: dict, rng: random.Random) -> bytes:
    charset, cte = m["charset"], m["cte"]
    fmt = m["fmt"]
    b = lambda tag: f"=_nr_{tag}_{hexid(m['file'], tag)[:16]}"  # deterministic boundaries
    if fmt == "plain":
        body = text_part(m["text"], "plain", charset, cte)
    elif fmt == "html":
        body = text_part(m["html"], "html", charset, cte)
    else:
        body = MIMEMultipart("alternative")
        body.set_boundary(b("alt"))
        body.attach(text_part(m["text"], "plain", charset, cte))
        body.attach(text_part(m["html"], "html", charset, cte))
    if m.get("attach"):
        root = MIMEMultipart("mixed")
        root.set_boundary(b("mix"))
        root.attach(body)
        for fname, ctype, data in m["attach"]:
            maintype, subtype = ctype.split("/")
            if maintype == "text":
                part = MIMEText(data, subtype, "utf-8")
            elif maintype == "application":
                part = MIMEApplication(data.encode() if isinstance(data, str) else data, subtype)
            else:
                part = MIMEBase(maintype, subtype)
                part.set_payload(data)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            root.attach(part)
        msg = root
    else:
        msg = body
    hcs = m["hcharset"]
    # header order: put the usual ones first
    hdrs = [
        ("Return-Path", f"<{m['from'][1]}>"),
        ("Message-ID", m["msgid"]),
        ("Date", m["date"]),
        ("From", enc_addr(m["from"][0], m["from"][1], hcs)),
        ("To", ", ".join(enc_addr(n, a, hcs) for n, a in m["to"])),
    ]
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(enc_addr(n, a, hcs) for n, a in m["cc"])))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", enc_addr(m["reply_to"][0], m["reply_to"][1], hcs)))
    hdrs.append(("Subject", enc_header(m["subject"], hcs, rng)))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    if "MIME-Version" not in dict(existing):
        msg["MIME-Version"] = "1.0"
    for k, v in existing:
        msg[k] = v
    return msg.as_bytes()


# --------------------------------------------------------------------------- generation

class Gen:
    def __init__(self, lang: str, split: str, bank: dict, rng: random.Random, common: dict):
        self.lang, self.split, self.bank, self.rng, self.common = lang, split, bank, rng, common
        self.used_co = 0
        self.n = 0

    # pools ------------------------------------------------------------
    def company(self):
        cos = self.bank["companies"]
        c = cos[self.used_co % len(cos)]
        self.used_co += 1
        name, domain = c[0], c[1]
        careers = c[2] if len(c) > 2 else f"https://{domain}/careers"
        return name, domain, careers

    def person(self, domain):
        first, last = self.rng.choice(self.bank["people"])
        pat = self.rng.choice(["{f}.{l}", "{f}", "{fi}{l}", "{f}.{l}"])
        local = pat.format(f=slugify(first), l=slugify(last), fi=slugify(first)[0])
        return f"{first} {last}", first, f"{local}@{domain}"

    def owner(self):
        return self.rng.choice(self.common["owners"])

    # context ------------------------------------------------------------
    def context(self):
        rng = self.rng
        co, cod, careers = self.company()
        cn, cf, ce = self.person(cod)
        ofull, oaddr = self.owner()
        d = rand_date(rng, self.lang)
        qd = d - timedelta(days=rng.randrange(2, 20), hours=rng.randrange(0, 9))
        ctx = {
            "co": co, "cod": cod, "careers": careers, "slug": slugify(co)[:12],
            "cn": cn, "cf": cf, "ce": ce, "cfs": slugify(cf), "ct": rng.choice(self.bank["titles"]),
            "role": rng.choice(self.bank["roles"]),
            "O": ofull, "o": ofull.split()[0], "oe": oaddr,
            "phone": rng.choice(self.bank["phones"]).format(n=rng.randrange(1000, 9999)),
            "qdate": quote_date(self.lang, qd), "date_obj": d,
            "day": rng.choice(self.bank.get("days", ["Tuesday"])),
            "time": rng.choice(["9:30", "10:00", "11:15", "14:00", "15:30", "16:45"]),
            "ref": f"{rng.randrange(10000, 99999)}",
        }
        return ctx

    # signatures ---------------------------------------------------------
    def signature(self, mode, ctx, allow_careers=True):
        rng, L = self.rng, self.bank
        if mode in ("person", "agency"):
            lines = [ctx["cn"], ctx["ct"] + (", " + ctx["co"] if rng.random() < 0.5 else ""), ]
            if "," not in lines[1]:
                lines.append(ctx["co"])
            if rng.random() < 0.6:
                lines.append(tpl(rng.choice(L["phone_line"]), ctx))
            if allow_careers and rng.random() < 0.55:
                lines.append(tpl(rng.choice(L["careers_line"]), ctx))
            return "\n".join(lines)
        if mode == "ats-signed":
            lines = [ctx["cn"], ctx["ct"] + " | " + ctx["co"]]
            if rng.random() < 0.3:
                lines.append(ctx["ce"])
            return "\n".join(lines)
        if mode in ("ats", "noreply"):
            s = tpl(rng.choice(L["team_sign"]), ctx)
            if allow_careers and rng.random() < 0.3:
                s += "\n" + tpl(rng.choice(L["careers_line"]), ctx)
            return s
        return ""

    def sender(self, mode, ctx, tdef):
        rng = self.rng
        if mode in ("person", "agency"):
            return (ctx["cn"], ctx["ce"])
        if mode in ("ats", "ats-signed"):
            vendor = tdef.get("vendor") or rng.choice(self.bank["ats"])
            ctx["vendor"] = vendor
            dn, addr, _ = ATS[vendor]
            return (tpl(dn, ctx), tpl(addr, ctx))
        if mode == "noreply":
            return (tpl(rng.choice(self.bank["noreply_names"]), ctx),
                    rng.choice(["no-reply@", "noreply@", "careers@", "jobs-noreply@"]) + ctx["cod"])
        if mode == "owner":
            return (ctx["O"], ctx["oe"])
        fr = tdef["from"]
        return (tpl(fr[0], ctx) if fr[0] else None, tpl(fr[1], ctx))

    # one message ----------------------------------------------------------
    def make(self, tdef, rej: bool):
        rng, L = self.rng, self.lang
        ctx = self.context()
        for k, v in tdef.get("ctx", {}).items():
            ctx[k] = tpl(v, ctx) if isinstance(v, str) else rng.choice(v)
        mode = tdef.get("mode", "person")
        if mode in ("ats", "ats-signed", "noreply"):
            ctx["sig"] = ""  # placeholder, filled below
        frm = self.sender(mode, ctx, tdef)
        ctx["sig"] = self.signature(mode, ctx, allow_careers=tdef.get("careers", True))
        body = tdef["body"]
        if callable(body):
            body = body(rng)
        text = tpl(body, ctx).strip("\n") + "\n"
        subject = tpl(tdef["subj"] if isinstance(tdef["subj"], str) else rng.choice(tdef["subj"]), ctx)
        # typography: curly apostrophes / non-breaking spaces in some messages
        if L in ("en", "fr") and rng.random() < 0.4:
            text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
        if rng.random() < 0.25:
            text = nbspify(text, rng)
        fmt = tdef.get("fmt") or rng.choices(["plain", "alt", "html"], [5, 3, 2])[0]
        if not tdef.get("nowrap") and fmt == "plain":
            text = wrap_text(text, rng.choice([None, 58, 64, 70, 72, 76]))
        html_body = None
        if fmt in ("alt", "html"):
            inner = tpl(tdef["html"], ctx) if tdef.get("html") else text_to_html(text)
            if mode in ("ats", "ats-signed", "noreply") or tdef.get("skin"):
                html_body = self.skin(inner, ctx, mode, tdef)
            else:  # what a person's mail client or a platform's own template would send
                html_body = tpl(CLIENT_HTML[self.split][self.n % 2], {"inner": inner})
        # labels
        shown_text = "" if (fmt == "html" and tdef.get("html")) else text
        hay = subject + "\n" + shown_text + "\n" + html.unescape(html_body or "") + "\n" + (frm[0] or "")
        hay = re.sub(r"\s+", " ", hay.replace("\u00a0", " "))
        lab = {"file": None, "is_rejection": rej, "company": None, "role": None,
               "contact_name": None, "contact_email": None, "careers_url": None,
               "lang": L, "kind": tdef["kind"]}
        if rej:
            assert ctx["co"] in hay, (tdef["kind"], ctx["co"])
            lab["company"] = ctx["co"]
            if tdef.get("role_label", True) and ctx["role"] in hay:
                lab["role"] = ctx["role"]
            if mode in ("person", "agency") or tdef.get("signed"):
                lab["contact_name"] = ctx["cn"]
                lab["contact_email"] = ctx["ce"] if (mode in ("person", "agency") or ctx["ce"] in hay) else None
            elif mode == "ats-signed":
                lab["contact_name"] = ctx["cn"]
                lab["contact_email"] = ctx["ce"] if ctx["ce"] in hay else None
            if ctx["careers"] in hay and tdef.get("careers_label", True):
                lab["careers_url"] = ctx["careers"]
        elif tdef.get("company_label"):
            lab["company"] = ctx["co"]
        # envelope
        self.n += 1
        fname = f"{L}-{self.split[0]}{self.n:03d}.eml"
        lab["file"] = fname
        d = ctx["date_obj"]
        if mode == "owner":
            to = [(tpl(tdef["to"][0], ctx), tpl(tdef["to"][1], ctx))] if tdef.get("to") else [(ctx["cn"], ctx["ce"])]
        else:
            to = [(ctx["O"] if rng.random() < 0.8 else None, ctx["oe"])]
        charset, cte = self.pick_charset(text + (html_body or ""))
        dom = frm[1].split("@")[1]
        m = {
            "file": fname, "fmt": fmt, "text": text, "html": html_body, "subject": subject,
            "from": frm, "to": to, "date": format_datetime(d),
            "msgid": f"<{hexid(SEED, fname)[:20]}.{int(d.timestamp())}@{dom}>",
            "charset": charset, "cte": cte,
            "hcharset": rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if L != "en" else "utf-8",
            "headers": [(k, tpl(v, ctx)) for k, v in tdef.get("headers", [])],
        }
        if tdef.get("reply_to"):
            m["reply_to"] = (tpl(tdef["reply_to"][0], ctx), tpl(tdef["reply_to"][1], ctx))
        if tdef.get("thread"):
            m["headers"].append(("In-Reply-To", f"<{hexid(fname, 'prev')[:18]}@{ctx['oe'].split('@')[1]}>"))
        if mode in ("ats", "noreply") or tdef.get("auto"):
            m["headers"].append(("Auto-Submitted", "auto-generated"))
        if tdef.get("attach"):
            m["attach"] = [(tpl(a, ctx), b, tpl(c, ctx)) for a, b, c in tdef["attach"]]
        raw = build_mime(m, rng)
        return fname, raw, lab

    def pick_charset(self, s: str):
        rng = self.rng
        if self.lang == "en":
            opts = [("utf-8", "qp"), ("utf-8", "8bit"), ("utf-8", "b64"), ("us-ascii", "7bit"), ("windows-1252", "qp")]
        else:
            opts = [("utf-8", "qp"), ("utf-8", "8bit"), ("utf-8", "b64"), ("iso-8859-1", "qp"),
                    ("iso-8859-1", "8bit"), ("windows-1252", "qp"), ("windows-1252", "8bit")]
        for _ in range(6):
            cs, cte = rng.choice(opts)
            try:
                s.encode(cs)
                return cs, cte
            except UnicodeEncodeError:
                continue
        return "utf-8", "qp"

    def skin(self, inner, ctx, mode, tdef):
        rng = self.rng
        skins = self.common["skins"][self.split]
        sk = rng.choice(skins)
        vendor = ATS.get(ctx.get("vendor", ""), (None, None, None))[2] if mode.startswith("ats") else None
        track = f"https://click.{ctx['cod']}/t/{hexid(ctx['co'], ctx['ref'])[:24]}"
        foot = self.bank["footer"]
        extra = {
            "inner": inner,
            "privacy": f"https://{ctx['cod']}/legal/privacy",
            "unsub": f"https://mail.{ctx['cod']}/unsubscribe?id={hexid(ctx['ref'])[:12]}",
            "track": track,
            "pixel": f"https://t.{ctx['cod']}/o.gif?u={hexid(ctx['oe'])[:10]}",
            "powered": (tpl(foot["powered"], {"vendor": vendor}) if vendor else ""),
            "foot_privacy": foot["privacy"], "foot_unsub": foot["unsub"], "foot_view": foot["view"],
        }
        return tpl(sk, {**ctx, **extra})


NBSP_TARGETS = ["move forward", "other candidates", "not to proceed", "at this time", "Unfortunately, ",
                "leider ", "nicht weiter", "anderen Kandidat", "Malheureusement, ", "pas donner suite",
                "d’autres candidat", "d'autres candidat", " :", " !", " ?"]


def nbspify(text: str, rng: random.Random) -> str:
    for t in NBSP_TARGETS:
        if t in text and rng.random() < 0.7:
            if t.startswith(" "):
                text = text.replace(t, "\u00a0" + t[1:])
            else:
                text = text.replace(t, t.replace(" ", "\u00a0", 1), 1)
    return text


def compose_rejections(bank, rng):
    """Yield template dicts built from the split's part pools."""
    P = bank["parts"]
    while True:
        greet = rng.choice(P["greet"])
        op = rng.choice(P["open"])
        dec, kind = rng.choice(P["decide"])
        soft = rng.choice(P["soft"])
        close = rng.choice(P["close"])
        mode = rng.choices(["person", "ats", "ats-signed", "noreply"], [4, 3, 2, 2])[0]
        if isinstance(op, tuple):
            op, okind = op
            if kind in ("soft-rejection", "blunt-rejection"):
                kind = okind
        if mode in ("ats", "noreply") and kind in ("soft-rejection", "blunt-rejection"):
            kind = "ats-noreply" if mode == "ats" else "noreply-rejection"
        body = f"{greet}\n\n{op} {dec}\n\n{soft}\n\n{close}\n$sig\n"
        yield {"kind": kind, "subj": P["subj"], "body": body, "mode": mode}


def run():
    rng_master = random.Random(SEED)
    for split in ("dev", "heldout"):
        out = HERE / split
        if out.exists():
            shutil.rmtree(out)
        (out / "messages").mkdir(parents=True)
    for lang, mod in LANGS.items():
        for si, split in enumerate(("dev", "heldout")):
            rng = random.Random(f"{SEED}-{lang}-{split}")
            bank = getattr(mod, split.upper())
            gen = Gen(lang, split, bank, rng, {"owners": mod.OWNERS[split], "skins": SKINS})
            n_rej, n_non = COUNTS[lang][si * 2], COUNTS[lang][si * 2 + 1]
            items = []
            specials = list(bank["rej"])
            comp = compose_rejections(bank, rng)
            rej_defs = specials + [next(comp) for _ in range(max(0, n_rej - len(specials)))]
            rej_defs = rej_defs[:n_rej]
            non = list(bank["non"])
            non_defs, used, i = [], {}, 0
            while len(non_defs) < n_non:  # fixed-text templates (no employer slot) at most twice
                t = non[i % len(non)]
                i += 1
                cap = t.get("max", 2 if (t.get("mode") in ("other", "platform") or t["kind"] == "owner-forward") else 99)
                if used.get(id(t), 0) < cap:
                    used[id(t)] = used.get(id(t), 0) + 1
                    non_defs.append(t)
            alldefs = [(d, True) for d in rej_defs] + [(d, False) for d in non_defs]
            rng.shuffle(alldefs)
            for d, r in alldefs:
                items.append(gen.make(d, r))
            with open(HERE / split / "labels.jsonl", "a", encoding="utf-8") as lf:
                for fname, raw, lab in items:
                    (HERE / split / "messages" / fname).write_bytes(raw)
                    lf.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify()


def verify():
    import email
    from email import policy
    stats = {}
    for split in ("dev", "heldout"):
        labs = [json.loads(l) for l in (HERE / split / "labels.jsonl").read_text("utf-8").splitlines()]
        files = sorted(p.name for p in (HERE / split / "messages").glob("*.eml"))
        assert sorted(l["file"] for l in labs) == files, "labels and files differ"
        ids = set()
        for l in labs:
            with open(HERE / split / "messages" / l["file"], "rb") as fp:
                msg = email.message_from_binary_file(fp, policy=policy.default)
            assert msg["Message-ID"] not in ids
            ids.add(msg["Message-ID"])
            assert msg["From"] and msg["To"] and msg["Date"] and msg["Subject"] is not None
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()  # decodes with the declared charset
            key = (split, l["lang"], l["is_rejection"])
            stats[key] = stats.get(key, 0) + 1
    for k in sorted(stats):
        print(*k, stats[k])


CLIENT_HTML = {
    "dev": ['<div dir="ltr">\n$inner\n</div>\n',
            '<html><head></head><body style="font-family:Arial">\n$inner\n</body></html>\n'],
    "heldout": ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang="EN-GB">'
                '<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">\n$inner\n</div></body></html>\n',
                '<!DOCTYPE html><html><body><div style="font-size:14px">\n$inner\n</div></body></html>\n'],
}

SKINS = {
    "dev": [
        """<!DOCTYPE html>
<html><head><title>$co</title>
<style>body{font-family:Arial,sans-serif;color:#222} .wrap{max-width:600px;margin:0 auto} .ft{font-size:11px;color:#888}</style>
</head><body><div class="wrap">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#1d3557;color:#fff;padding:14px;font-size:18px">$co</td></tr>
<tr><td style="padding:18px">
$inner
</td></tr>
<tr><td class="ft" style="padding:12px">
<a href="$track">$foot_view</a> &middot; <a href="$privacy">$foot_privacy</a> &middot; <a href="$unsub">$foot_unsub</a><br>
$powered
<img src="$pixel" width="1" height="1" alt="">
</td></tr></table></div></body></html>
""",
        """<html><body style="margin:0;background:#f4f4f4">
<div style="background:#fff;margin:20px auto;padding:24px;width:560px;font:14px/1.5 Georgia,serif">
$inner
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#999">$powered <a href="$privacy">$foot_privacy</a> | <a href="$unsub">$foot_unsub</a></p>
</div><img src="$pixel" alt="" style="display:none"></body></html>
""",
    ],
    "heldout": [
        """<!doctype html>
<html lang="x"><head><meta http-equiv="Content-Type" content="text/html"><meta name="viewport" content="width=device-width">
<style type="text/css">.btn{background:#e76f51;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px}
@media (max-width:480px){.c{width:100%!important}}</style></head>
<body><center><table class="c" width="640" role="presentation" border="0"><tbody>
<tr><td align="right" style="font-size:10px"><a href="$track" style="color:#aaa">$foot_view</a></td></tr>
<tr><td style="border-top:4px solid #e76f51;padding:22px 28px;font-family:Helvetica,Arial">
$inner
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:8px 28px">
<a href="https://$cod/">$co</a> &bull; <a href="$privacy">$foot_privacy</a> &bull; <a href="$unsub">$foot_unsub</a> $powered
</td></tr></tbody></table></center>
<img src="$pixel" height="1" width="1" border="0"></body></html>
""",
        """<div dir="ltr"><div style="font-family:Verdana,sans-serif;font-size:13px">
$inner
</div><div style="color:#888;font-size:10px;margin-top:30px">
<span>$powered</span> <a href="$unsub">$foot_unsub</a>
</div></div>
""",
    ],
}

if __name__ == "__main__":
    run()
