#!/usr/bin/env python3
"""Deterministic generator for the set2 labelled corpus (es, nl, pt + English hard negatives).

    python tests/corpus/set2/build.py          # rewrite dev/ and heldout/ and verify them
    python tests/corpus/set2/build.py --check  # only verify what is on disk

All text comes from the mat_*.py modules next to this file.  Same input -> same bytes.
"""
import datetime as dt
import hashlib
import html
import json
import random
import re
import shutil
import sys
import textwrap
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import mat_en  # noqa: E402
import mat_es  # noqa: E402
import mat_nl  # noqa: E402
import mat_pt  # noqa: E402

MODULES = [mat_es, mat_nl, mat_pt, mat_en]
SPLITS = ["dev", "heldout"]
ATS_VENDORS = ("greenhouse", "lever", "workday", "smartrecruiters", "ashby", "workable",
               "recruitee", "personio", "teamtailor", "infojobs", "gupy", "indeed", "linkedin",
               "join.com", "jobylon", "homerun")

# --------------------------------------------------------------------------- senders


def ats_from(vendor, c):
    co, slug = c["company"], c["slug"]
    return {
        "greenhouse": (f"{co} via Greenhouse", "no-reply@greenhouse.io"),
        "lever": (co, "no-reply@hire.lever.co"),
        "workday": (f"{co} Talent", f"{slug}@myworkday.com"),
        "smartrecruiters": (f"{co} Recruiting", f"noreply@smartrecruiters.com"),
        "ashby": (f"{co} Hiring Team", "no-reply@ashbyhq.com"),
        "workable": (co, f"noreply@candidates.workablemail.com"),
        "recruitee": (f"{co} Recruitment", f"{slug}@recruitee.com"),
        "personio": (f"{co} | Personio", "no-reply@personio.de"),
        "teamtailor": (co, "no-reply@mail.teamtailor.com"),
        "jobylon": (f"{co} via Jobylon", "noreply@jobylon.com"),
        "homerun": (f"{co} Jobs", "notifications@homerun.co"),
    }[vendor]


PLATFORMS = {
    "infojobs": ("InfoJobs", "notificaciones@infojobs.net"),
    "gupy": ("Gupy", "naoresponda@gupy.io"),
    "indeed": ("Indeed", "no-reply@indeed.com"),
    "nvb": ("Nationale Vacaturebank", "noreply@nationalevacaturebank.nl"),
    "netempregos": ("Net-Empregos", "alertas@net-empregos.com"),
    "tecnoempleo": ("Tecnoempleo", "avisos@tecnoempleo.com"),
    "catho": ("Catho", "nao-responda@catho.com.br"),
}

# --------------------------------------------------------------------------- text helpers

URL_RE = re.compile(r"https?://[^\s<>\"”)]+")


def typo_text(text, rng):
    """Typographic apostrophes/quotes and a sprinkling of non-breaking spaces."""
    text = text.replace("'", "\u2019")
    text = re.sub(r'"([^"\n]+)"', "\u201c\\1\u201d", text)
    out = []
    for line in text.split("\n"):
        if URL_RE.search(line) or "@" in line:
            out.append(line)
            continue
        words = line.split(" ")
        line2 = words[0] if words else ""
        for w in words[1:]:
            line2 += ("\u00a0" if rng.random() < 0.18 else " ") + w
        out.append(line2)
    return "\n".join(out)


def wrap_text(text, width):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if len(lines) == 1 and not URL_RE.search(p) and len(p) > width:
            out.append(textwrap.fill(p, width=width, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(p)
    return "\n\n".join(out)


def link_label(url, lang, skin=0):
    if skin >= 2:
        return {"es": "Trabaja con nosotros", "nl": "Werken bij ons", "pt": "Trabalhe connosco",
                "en": "Careers"}[lang]
    return {"es": "Ofertas de empleo", "nl": "Bekijk onze vacatures", "pt": "Vagas abertas",
            "en": "Open roles"}[lang]


def to_html(text, careers, lang, skin, company, foot_domain, rng, extra=None, personal=False):
    paras = []
    for p in text.split("\n\n"):
        if p.startswith(">"):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            paras.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
            continue
        esc = html.escape(p, quote=False)

        def repl(m):
            u = html.unescape(m.group(0))
            label = link_label(u, lang, skin) if careers and u == careers else html.escape(u)
            return f'<a href="{html.escape(u)}">{label}</a>'
        esc = URL_RE.sub(repl, esc)
        paras.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    body = "\n".join(paras)
    if extra:
        body += "\n" + extra
    tok = hashlib.sha1(f"{company}{rng.random()}".encode()).hexdigest()[:20]
    if skin >= 2:
        unsub = {"es": "Gestionar preferencias", "nl": "Voorkeuren wijzigen",
                 "pt": "Gerir preferências", "en": "Email preferences"}[lang]
        priv = {"es": "Aviso legal", "nl": "Disclaimer", "pt": "Aviso legal", "en": "Legal"}[lang]
    else:
        unsub = {"es": "Darse de baja", "nl": "Afmelden", "pt": "Cancelar inscri\u00e7\u00e3o",
                 "en": "Unsubscribe"}[lang]
        priv = {"es": "Pol\u00edtica de privacidad", "nl": "Privacyverklaring",
                "pt": "Pol\u00edtica de privacidade", "en": "Privacy policy"}[lang]
    footer = (f'<p style="font-size:11px;color:#888">'
              f'<a href="https://{foot_domain}/privacy?ref={tok[:8]}">{priv}</a> &middot; '
              f'<a href="https://{foot_domain}/unsubscribe?u={tok}">{unsub}</a> &middot; '
              f'<a href="https://t.{foot_domain}/c/{tok}?r=web">{html.escape(company)}</a></p>'
              f'<img src="https://t.{foot_domain}/open/{tok}.gif" width="1" height="1" alt="">')
    if personal:  # a person writing from a mail client: no marketing chrome
        footer = ""
        skin = {0: 1, 2: 3}.get(skin, skin)
    if skin == 0:
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head>"
                "<body style=\"margin:0;background:#f4f4f4\">\n"
                "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                "<tr><td align=\"center\">\n<table width=\"600\" style=\"background:#fff;"
                "font-family:Arial,sans-serif;font-size:14px\"><tr><td style=\"padding:24px\">\n"
                f"<h2 style=\"color:#224\">{html.escape(company)}</h2>\n{body}\n"
                f"</td></tr><tr><td style=\"padding:12px 24px\">{footer}</td></tr></table>\n"
                "</td></tr></table></body></html>\n")
    if skin == 1:
        return ("<html><body><div style=\"font-family:Helvetica;max-width:640px\">\n"
                f"{body}\n<hr>{footer}</div></body></html>\n")
    if skin == 2:
        return ("<!doctype html>\n<html lang=\"" + lang + "\"><head><style>p{line-height:1.5}"
                ".btn{background:#0a7;color:#fff;padding:8px 14px}</style></head><body>\n"
                "<div class=\"wrapper\"><div class=\"header\"><span>" + html.escape(company) +
                "</span></div>\n<div class=\"content\">\n" + body + "\n</div>\n"
                "<div class=\"footer\">" + footer + "</div></div></body></html>\n")
    return ("<div dir=\"ltr\"><div style=\"font-family:Georgia,serif\">" + body +
            "</div><div style=\"color:#999\">" + footer + "</div></div>\n")


# --------------------------------------------------------------------------- building

def fmt(s, ctx):
    return s.format(**ctx) if s else s


def pick_date(rng, lang, v):
    start = dt.datetime(2024, 9, 2)
    d = start + dt.timedelta(days=rng.randrange(0, 420), hours=rng.randrange(7, 19),
                             minutes=rng.randrange(60), seconds=rng.randrange(60))
    summer = 4 <= d.month <= 10
    off = {"es": 2 if summer else 1, "nl": 2 if summer else 1, "en": 1 if summer else 0}.get(lang)
    if lang == "pt":
        off = -3 if v == "br" else (1 if summer else 0)
    if lang == "en" and rng.random() < 0.4:
        off = -4 if summer else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def build_one(lang, split, idx, fname, tpl, cast, owner, mod, sp):
    rng = random.Random(f"set2/{split}/{fname}")
    random.seed(f"boundary/{split}/{fname}")  # email.generator draws MIME boundaries from here
    c = cast or {}
    ctx = dict(owner=owner["name"].split()[0], owner_full=owner["name"], owner_email=owner["email"])
    ctx.update(c)
    sigfmt = sp["sig"]
    ctx["sig"] = sigfmt.format(**ctx) if cast else ""
    ctx["sigc"] = (ctx["sig"] + "\n" + c["careers"]) if cast else ""
    subject = fmt(tpl["subject"], ctx)
    body = fmt(tpl["body"], ctx)
    raw_all = tpl["subject"] + tpl["body"] + (tpl["html_extra"] or "")
    careers = c.get("careers") if ("{careers}" in raw_all or "{sigc}" in raw_all) else None
    html_extra = fmt(tpl["html_extra"], ctx)

    # quoted thread
    date = pick_date(rng, lang, tpl["v"] or owner.get("v"))
    if tpl["quote"]:
        qdate = date - dt.timedelta(days=rng.randrange(2, 12), hours=rng.randrange(1, 5))
        qctx = dict(ctx, date=fmt_qdate(qdate, lang, split), subject=subject.split(": ", 1)[-1])
        qtext = fmt(tpl["quote"] if isinstance(tpl["quote"], str) else rng.choice(sp["quotes"]),
                    qctx)
        attrib = sp["attrib"].format(**qctx)
        if attrib.endswith(":"):
            quoted = "\n".join(("> " + l) if l else ">" for l in qtext.split("\n"))
        else:  # outlook style header block, not prefixed
            quoted = qtext
        body = body + "\n\n" + attrib + "\n" + quoted

    # transforms
    typo = tpl["typo"] if tpl["typo"] is not None else rng.random() < 0.3
    if typo:
        body = typo_text(body, rng)
        subject = subject.replace("'", "\u2019")
    body_html_src = body
    wrap = tpl["wrap"] if tpl["wrap"] is not None else rng.random() < 0.35
    if wrap:
        body = wrap_text(body, rng.randrange(46, 72) if wrap is True else wrap)

    mime = tpl["mime"] or rng.choices(["plain", "alt", "html"], [5, 3, 2])[0]
    cs = tpl["charset"]
    if cs is None:
        if lang == "en":
            cs = rng.choices(["utf-8", "us-ascii", "windows-1252"], [6, 2, 2])[0]
        else:
            cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [5, 3, 2])[0]
    for cand in (cs, "windows-1252", "utf-8"):
        if encodable(body + subject, cand):
            cs = cand
            break
    cte = tpl["cte"] or rng.choices(["quoted-printable", "base64", "8bit"], [5, 3, 2])[0]
    if cs == "us-ascii":
        cte = "7bit"

    # sender / recipient
    sender = tpl["sender"]
    to_addr = formataddr((owner["name"], owner["email"]))
    contact_name = contact_email = None
    foot_domain = c.get("domain", "mail.example")
    if sender == "person":
        from_pair = (c["rname"], c["remail"])
        contact_name, contact_email = c["rname"], c["remail"]
    elif sender.startswith("ats:"):
        from_pair = ats_from(sender[4:], c)
        foot_domain = from_pair[1].split("@")[1]
        if tpl["signed"]:
            contact_name = c["rname"]
    elif sender.startswith("platform:"):
        from_pair = PLATFORMS[sender[9:]]
        foot_domain = from_pair[1].split("@")[1]
        if tpl["signed"]:
            contact_name = c["rname"]
    elif sender == "noreply":
        from_pair = (f"{c['company']}", f"no-reply@{c['domain']}")
        if tpl["signed"]:
            contact_name = c["rname"]
    elif sender == "owner":
        from_pair = (owner["name"], owner["email"])
        to_addr = fmt(tpl["to"], ctx) if tpl["to"] else formataddr((c["rname"], c["remail"]))
    else:
        from_pair = tuple(fmt(x, ctx) for x in tpl["from_"])
        foot_domain = from_pair[1].split("@")[1]
    if tpl["to"] and sender != "owner":
        to_addr = fmt(tpl["to"], ctx)
    if tpl["contact"] is not None:
        contact_name, contact_email = (fmt(x, ctx) or None for x in tpl["contact"])

    legacy = rng.random() < 0.3
    hcs = "iso-8859-1" if (legacy and encodable(from_pair[0] + subject, "iso-8859-1")) else "utf-8"
    from_hdr = formataddr(from_pair, charset=hcs)
    skin = tpl["skin"] if tpl["skin"] is not None else (rng.choice([0, 1]) if split == "dev"
                                                         else rng.choice([2, 3]))
    hbody = None
    if mime in ("alt", "html"):
        hbody = to_html(body_html_src, careers, lang, skin, c.get("company") or from_pair[0], foot_domain,
                        rng, html_extra, personal=sender in ("person", "owner"))

    msgid_dom = from_pair[1].split("@")[1] if "@" in from_pair[1] else "mail.example"
    msgid = "<%s.%d@%s>" % (hashlib.sha1(f"{split}{fname}".encode()).hexdigest()[:18], idx, msgid_dom)

    if legacy:
        # compat32 path: MIMEText/MIMEMultipart with Header objects in a legacy charset
        def part(text, sub):
            p = MIMEText(text, sub, cs if cs != "us-ascii" else "us-ascii")
            return p
        if mime == "plain":
            msg = part(body, "plain")
        elif mime == "html":
            msg = part(hbody, "html")
        else:
            msg = MIMEMultipart("alternative")
            msg.attach(part(body, "plain"))
            msg.attach(part(hbody, "html"))
        if tpl["attach"]:
            outer = MIMEMultipart("mixed")
            outer.attach(msg)
            for name, ctype, data in attachments(tpl["attach"], ctx, lang):
                a = MIMEApplication(data, ctype.split("/")[1]) if ctype.startswith("application") \
                    else MIMEText(data.decode("utf-8"), ctype.split("/")[1], "utf-8")
                a.add_header("Content-Disposition", "attachment", filename=name)
                outer.attach(a)
            msg = outer
        msg["From"] = from_hdr
        msg["To"] = Header(to_addr, hcs).encode() if not to_addr.isascii() else to_addr
        msg["Subject"] = Header(subject, hcs).encode() if not subject.isascii() else subject
        msg["Date"] = format_datetime(date)
        msg["Message-ID"] = msgid
        if tpl["quote"]:
            msg["In-Reply-To"] = "<%s@%s>" % (hashlib.md5(fname.encode()).hexdigest()[:12],
                                              owner["email"].split("@")[1])
        data = msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if idx % 5 == 0 else "\n"))
    else:
        msg = EmailMessage(policy=policy.default)
        msg["From"] = from_hdr
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg["Date"] = date
        msg["Message-ID"] = msgid
        if tpl["quote"]:
            msg["In-Reply-To"] = "<%s@%s>" % (hashlib.md5(fname.encode()).hexdigest()[:12],
                                              owner["email"].split("@")[1])
        if mime == "html":
            msg.set_content(hbody, subtype="html", charset=cs, cte=cte if cte != "7bit" else None)
        else:
            msg.set_content(body, charset=cs, cte=cte if cte != "7bit" else None)
            if mime == "alt":
                msg.add_alternative(hbody, subtype="html", charset=cs,
                                    cte=cte if cte != "7bit" else None)
        for name, ctype, data in attachments(tpl["attach"] or [], ctx, lang):
            maintype, subtype = ctype.split("/")
            if maintype == "text":
                msg.add_attachment(data.decode("utf-8"), subtype=subtype, filename=name)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        data = msg.as_bytes(policy=policy.SMTP if idx % 5 == 0 else policy.default)

    label = {"file": fname, "is_rejection": tpl["rej"], "company": None, "role": None,
             "contact_name": None, "contact_email": None, "careers_url": None, "lang": lang,
             "kind": tpl["kind"]}
    if tpl["rej"]:
        label["company"] = fmt(tpl["company"], ctx) if tpl["company"] is not None else c["company"]
        if tpl["role"] is not None:
            label["role"] = fmt(tpl["role"], ctx)
        elif "{role}" in tpl["subject"] + tpl["body"] + (tpl["html_extra"] or ""):
            label["role"] = c["role"]
        label["contact_name"], label["contact_email"] = contact_name, contact_email
        label["careers_url"] = fmt(tpl["careers"], ctx) if tpl["careers"] is not None else careers
        for k in ("company", "role", "careers_url"):
            if label[k] == "":
                label[k] = None
    if lang == "pt":
        label["variant"] = tpl["v"] or owner.get("v")
    return data, label


def fmt_qdate(d, lang, split):
    wd = {"es": ["lun", "mar", "mi\u00e9", "jue", "vie", "s\u00e1b", "dom"],
          "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
          "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "s\u00e1b.", "dom."],
          "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}[lang][d.weekday()]
    mo = {"es": "ene feb mar abr may jun jul ago sept oct nov dic",
          "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
          "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
          "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}[lang].split()[d.month - 1]
    if split == "dev":
        return f"{wd}, {d.day} {mo} {d.year} {d:%H:%M}"
    return f"{d:%d/%m/%Y %H:%M}"


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
            b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachments(spec, ctx, lang):
    out = []
    for item in spec or []:
        if item == "ics":
            ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//nextround corpus//set2//\r\n"
                   "BEGIN:VEVENT\r\nUID:%s@corpus.test\r\nDTSTART:20250312T090000Z\r\n"
                   "DTEND:20250312T100000Z\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                   % (hashlib.md5(str(ctx).encode()).hexdigest()[:10],
                      ctx.get("role", "Entrevista")))
            out.append(("invite.ics", "text/calendar", ics.encode("utf-8")))
        elif item == "pdf":
            out.append(("document.pdf", "application/pdf", FAKE_PDF))
        elif isinstance(item, tuple):
            name, text = item
            out.append((name, "text/plain", fmt(text, ctx).encode("utf-8")))
    return out


# --------------------------------------------------------------------------- driver

def plan(mod, split):
    sp = mod.SPLITS[split]
    casts, owners = sp["casts"], sp["owners"]
    items = []
    ci = 0
    for t in sp["templates"]:
        for k in range(t["n"]):
            cast = None
            if not t["nocast"]:
                for j in range(len(casts)):
                    cand = casts[(ci + j) % len(casts)]
                    if t["v"] is None or cand["v"] in (None, t["v"]):
                        cast = cand
                        ci = (ci + j + 1)
                        break
            ownc = [o for o in owners if t["v"] is None or o.get("v") in (None, t["v"])]
            owner = ownc[(len(items) + k) % len(ownc)]
            items.append((t, cast, owner))
    rng = random.Random(f"order/{mod.LANG}/{split}")
    rng.shuffle(items)
    return items


def build():
    for split in SPLITS:
        d = HERE / split
        if (d / "messages").exists():
            shutil.rmtree(d / "messages")
        (d / "messages").mkdir(parents=True)
        labels = []
        for mod in MODULES:
            start = 1 if split == "dev" else len(plan(mod, "dev")) + 1
            for i, (t, cast, owner) in enumerate(plan(mod, split)):
                fname = f"{mod.LANG}-{start + i:04d}.eml"
                data, label = build_one(mod.LANG, split, start + i, fname, t, cast, owner, mod,
                                        mod.SPLITS[split])
                (d / "messages" / fname).write_bytes(data)
                labels.append(label)
        with open(d / "labels.jsonl", "w", encoding="utf-8") as f:
            for lab in labels:
                f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # pragma: no cover
                raise SystemExit(f"undecodable part: {e}")
    return "\n".join(out)


def check():
    from email import message_from_binary_file
    problems = []
    stats = {}
    ids = set()
    for split in SPLITS:
        d = HERE / split
        labels = [json.loads(l) for l in (d / "labels.jsonl").read_text("utf-8").splitlines()]
        files = sorted(p.name for p in (d / "messages").glob("*.eml"))
        if sorted(l["file"] for l in labels) != files:
            problems.append(f"{split}: labels and files differ")
        for lab in labels:
            with open(d / "messages" / lab["file"], "rb") as f:
                msg = message_from_binary_file(f, policy=policy.default)
            if msg.defects:
                problems.append(f"{lab['file']}: defects {msg.defects}")
            mid = msg["Message-ID"]
            if mid in ids:
                problems.append(f"{lab['file']}: duplicate Message-ID")
            ids.add(mid)
            for h in ("From", "To", "Subject", "Date"):
                if not msg[h]:
                    problems.append(f"{lab['file']}: no {h}")
            text = body_text(msg)
            flat = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)))
            if lab["is_rejection"]:
                co = (lab["company"] or "").lower()
                if not co or any(v in co for v in ATS_VENDORS):
                    problems.append(f"{lab['file']}: bad company {lab['company']}")
                if lab["careers_url"] and lab["careers_url"] not in text:
                    problems.append(f"{lab['file']}: careers url not in body")
                if lab["contact_email"] and lab["contact_email"] not in str(msg["From"]) + text:
                    problems.append(f"{lab['file']}: contact email not in mail")
                if lab["contact_name"]:
                    nm = lab["contact_name"]
                    if nm not in flat and nm not in str(msg["From"]):
                        problems.append(f"{lab['file']}: contact name not in mail")
                if lab["role"] and lab["role"].lower() not in (flat + str(msg["Subject"])).lower():
                    problems.append(f"{lab['file']}: role not in mail")
            else:
                if any(lab[k] for k in ("company", "role", "contact_name", "contact_email",
                                        "careers_url")):
                    problems.append(f"{lab['file']}: non-rejection with fields")
            key = (split, lab["lang"], lab["is_rejection"])
            stats[key] = stats.get(key, 0) + 1
    for lang in ("es", "nl", "pt", "en"):
        row = []
        for split in SPLITS:
            r, n = stats.get((split, lang, True), 0), stats.get((split, lang, False), 0)
            row.append(f"{split}: {r} rej + {n} non = {r + n}")
        print(f"{lang}: " + " | ".join(row))
    for p in problems:
        print("PROBLEM", p)
    return not problems


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    sys.exit(0 if check() else 1)
