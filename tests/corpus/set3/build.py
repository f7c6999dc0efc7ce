#!/usr/bin/env python3
"""Build the set3 blind test corpus (deterministic).

    python tests/corpus/set3/build.py            # rewrites messages/ and labels.jsonl
    python tests/corpus/set3/build.py --check    # rebuild, then parse every file back and verify

Content lives in content_<lang>.py (templates written by hand for this set); this file only
assembles envelopes, signatures, encodings and labels.
"""
import datetime
import hashlib
import html
import json
import os
import random
import re
import shutil
import sys
import textwrap
import unicodedata
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, HERE)

import importlib  # noqa: E402

SEED = 3_141_593
PLAN_SPEC = [("en", 90), ("de", 45), ("fr", 45), ("es", 40), ("nl", 40), ("pt", 40)]
_only = os.environ.get("SET3_ONLY")  # debugging aid: build a subset of languages
PLAN = [(importlib.import_module("content_" + lang), n) for lang, n in PLAN_SPEC
        if not _only or lang in _only.split(",")]

# ATS vendors: sender address and the public job-board URL pattern of a customer.
VENDORS = {
    "Greenhouse": ("no-reply@us.greenhouse-mail.io", "https://boards.greenhouse.io/{slug}",
                   "https://www.greenhouse.io/privacy-policy"),
    "Lever": ("no-reply@hire.lever.co", "https://jobs.lever.co/{slug}",
              "https://www.lever.co/privacy-notice/"),
    "Workday": ("{slug}@myworkday.com", "https://{slug}.wd3.myworkdayjobs.com/en-US/External",
                "https://www.workday.com/en-us/privacy.html"),
    "SmartRecruiters": ("noreply@smartrecruiters.com", "https://jobs.smartrecruiters.com/{Slug}",
                        "https://www.smartrecruiters.com/legal/candidate-privacy-policy/"),
    "Ashby": ("no-reply@ashbyhq.com", "https://jobs.ashbyhq.com/{slug}",
              "https://www.ashbyhq.com/privacy"),
    "Workable": ("noreply@candidates.workablemail.com", "https://apply.workable.com/{slug}/",
                 "https://www.workable.com/privacy"),
    "Recruitee": ("noreply@recruitee.com", "https://{slug}.recruitee.com/",
                  "https://recruitee.com/privacy"),
    "Personio": ("noreply@personio.de", "https://{slug}.jobs.personio.de/",
                 "https://www.personio.de/datenschutzerklaerung/"),
    "Teamtailor": ("no-reply@teamtailor-mail.com", "https://{slug}.teamtailor.com/jobs",
                   "https://www.teamtailor.com/en/privacy/"),
    "BambooHR": ("notifications@app.bamboohr.com", "https://{slug}.bamboohr.com/careers",
                 "https://www.bamboohr.com/privacy-policy"),
    "iCIMS": ("do-not-reply@icims.com", "https://careers-{slug}.icims.com/jobs",
              "https://www.icims.com/legal/privacy-notice/"),
    "Jobvite": ("notification@jobvite.com", "https://jobs.jobvite.com/{slug}",
                "https://www.jobvite.com/privacy-policy/"),
}

PLATFORMS = {
    "LinkedIn": ("LinkedIn", "jobs-noreply@linkedin.com", "https://www.linkedin.com/company/{slug}/jobs/"),
    "Indeed": ("Indeed", "no-reply@indeed.com", "https://www.indeed.com/cmp/{slug}/jobs"),
    "StepStone": ("StepStone", "noreply@stepstone.de", "https://www.stepstone.de/cmp/de/{slug}/jobs"),
    "Welcome to the Jungle": ("Welcome to the Jungle", "noreply@welcometothejungle.com",
                              "https://www.welcometothejungle.com/fr/companies/{slug}/jobs"),
    "InfoJobs": ("InfoJobs", "noreply@infojobs.net", "https://www.infojobs.net/{slug}/em-i{num}"),
    "Catho": ("Catho", "noreply@catho.com.br", "https://www.catho.com.br/vagas/{slug}/"),
}

SIGNED_STYLES = {"person", "reply", "ats_signed", "agency"}


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def first_name(full):
    return full.split()[0]


class Fmt(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(text, ctx):
    return text.format_map(Fmt(ctx)) if text else text


# ---------------------------------------------------------------------------- context

def make_ctx(mod, tpl, rng, idx):
    owner = rng.choice(mod.OWNERS)
    comp = tpl.get("company_pick")
    comp = rng.choice(mod.COMPANIES) if comp is None else mod.COMPANIES[comp]
    cname, domain = comp
    slug = domain.split(".")[0]
    signer, stitle = rng.choice(mod.SIGNERS)
    agent, atitle, agency, adomain = rng.choice(mod.AGENCIES)
    vendor = tpl.get("vendor") or rng.choice(mod.VENDOR_PREF)
    platform = tpl.get("platform") or "LinkedIn"
    own_careers = rng.choice([f"https://{domain}/careers", f"https://careers.{domain}/",
                              f"https://www.{domain}/jobs", f"https://jobs.{domain}/"])
    vaddr, vboard, vprivacy = VENDORS[vendor]
    ctx = dict(
        first=owner[0].split()[0], owner=owner[0], owner_email=owner[1],
        company=cname, domain=domain, slug=slug, role=rng.choice(mod.ROLES),
        signer=signer, signer_first=first_name(signer), signer_title=stitle,
        signer_email=f"{slugify(first_name(signer))}.{slugify(signer.split()[-1])}@{domain}",
        agent=agent, agent_first=first_name(agent), agent_title=atitle, agency=agency,
        agent_email=f"{slugify(first_name(agent))}@{adomain}", adomain=adomain,
        vendor=vendor, platform=platform, phone=mod.phone(rng),
        date_prev=mod.fmt_date(datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(500))),
        weekday=rng.choice(mod.WEEKDAYS), ref=f"{rng.randrange(10000, 99999)}",
        num=str(rng.randrange(100000, 999999)),
    )
    if tpl["style"] in ("ats", "ats_signed", "ats_replyto"):
        ctx["careers"] = vboard.format(slug=slug, Slug=slug.capitalize())
        ctx["vendor_addr"] = vaddr.format(slug=slug)
        ctx["vendor_privacy"] = vprivacy
    elif tpl["style"] == "platform":
        ctx["careers"] = PLATFORMS[platform][2].format(slug=slug, num=ctx["num"])
    else:
        ctx["careers"] = own_careers
    for k, v in tpl.get("extra", {}).items():
        ctx[k] = v
    return ctx


# ---------------------------------------------------------------------------- assembling text

def signature(mod, ctx, rng, style, with_careers):
    c = ctx
    lab = mod.LABELS
    if style == "agency":
        lines = [c["agent"], f"{c['agent_title']} | {c['agency']}", f"{lab['phone']} {c['phone']}",
                 c["agent_email"]]
        return "\n".join(lines)
    if style == "ats_signed":
        lines = [c["signer"], f"{c['signer_title']}, {c['company']}"]
        if with_careers:
            lines.append(f"{lab['careers']}: {c['careers']}")
        return "\n".join(lines)
    v = rng.randrange(3)
    li = f"https://www.linkedin.com/in/{slugify(c['signer'])}-{rng.randrange(10, 99)}"
    if v == 0:
        lines = ["--", c["signer"], f"{c['signer_title']} | {c['company']}",
                 f"{lab['phone']} {c['phone']}", li]
    elif v == 1:
        lines = [c["signer"], c["signer_title"], c["company"], c["signer_email"], c["phone"]]
    else:
        lines = [c["signer"], f"{c['signer_title']} · {c['company']}", f"LinkedIn: {li}"]
    if with_careers:
        lines.append(rng.choice([f"{lab['careers']}: {c['careers']}", c["careers"]]))
    return "\n".join(lines)


def ats_footer(mod, ctx, rng, with_careers):
    c = ctx
    lines = []
    if with_careers:
        lines.append(fill(mod.LABELS["open_roles"], c) + f" {c['careers']}")
    tok = hexid(rng, 24)
    lines.append(fill(mod.LABELS["sent_by"], c))
    lines.append(f"{mod.LABELS['privacy']}: {c['vendor_privacy']}")
    lines.append(f"{mod.LABELS['unsubscribe']}: https://email.{c['vendor_addr'].split('@')[1]}/u/{tok}")
    return "\n".join(lines)


def platform_footer(mod, ctx, rng, with_careers):
    c = ctx
    lines = []
    if with_careers:
        lines.append(fill(mod.LABELS["platform_jobs"], c) + f" {c['careers']}")
    host = PLATFORMS[c["platform"]][1].split("@")[1]
    tok = hexid(rng, 20)
    lines.append(f"{mod.LABELS['preferences']}: https://www.{host}/settings/notifications?t={tok}")
    lines.append(f"{mod.LABELS['unsubscribe']}: https://www.{host}/unsub/{tok}")
    lines.append(f"{mod.LABELS['privacy']}: https://www.{host}/legal/privacy")
    return "\n".join(lines)


def generic_footer(mod, sender_addr, rng):
    host = sender_addr.split("@")[1]
    tok = hexid(rng, 20)
    return (f"{mod.LABELS['unsubscribe']}: https://{host}/unsubscribe?id={tok}\n"
            f"{mod.LABELS['preferences']}: https://{host}/preferences?id={tok}\n"
            f"{mod.LABELS['privacy']}: https://{host}/privacy")


def quote_block(mod, ctx, rng, orig_subj, sent_dt):
    c = ctx
    text = fill(mod.QUOTE, c)
    if rng.random() < 0.5:
        head = fill(mod.WROTE, dict(c, date=mod.fmt_date(sent_dt.date())))
        return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    f, s, t, subj = mod.OUTLOOK
    head = ("-----Original Message-----" if rng.random() < 0.5 else "________________________________")
    return (f"{head}\n{f} {c['owner']} <{c['owner_email']}>\n{s} {mod.fmt_date(sent_dt.date())}\n"
            f"{t} {c['signer']} <{c['signer_email']}>\n{subj} {orig_subj}\n\n{text}")


def to_html(text, pixel=None, footer=None):
    def link(m):
        u = m.group(0)
        return f'<a href="{html.escape(u)}">{html.escape(u)}</a>'

    def para(p):
        esc = html.escape(p, quote=False)
        esc = re.sub(r"https?://[^\s<]+", lambda m: link(m), esc)
        return "<p>" + esc.replace("\n", "<br>\n") + "</p>"

    parts = []
    for block in re.split(r"\n\s*\n", text.strip()):
        if block.startswith(">") or block.startswith("-----Original") or block.startswith("_____"):
            inner = "\n".join(ln[1:].lstrip() if ln.startswith(">") else ln for ln in block.split("\n"))
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                         + para(inner) + "</blockquote>")
        else:
            parts.append(para(block))
    body = "\n".join(parts)
    if footer:
        body += ('\n<hr><div style="font-size:11px;color:#888">'
                 + "\n".join(para(ln) for ln in footer.split("\n")) + "</div>")
    if pixel:
        body += f'\n<img src="{pixel}" width="1" height="1" alt="" style="display:none">'
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            '<table role="presentation" width="100%"><tr><td>\n' + body + "\n</td></tr></table>\n</body></html>\n")


def typography(text, mod, rng):
    """Curly apostrophes / quotes and non-breaking spaces in some messages."""
    if rng.random() < 0.35:
        text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    if rng.random() < 0.3:
        text = re.sub(r" ([?!:;»])", "\u00a0\\1", text) if mod.LANG == "fr" else text
        text = re.sub(r"(\d) (\d)", "\\1\u00a0\\2", text)
        text = text.replace(" - ", " \u2013 ")
    return text


def wrap(text):
    out = []
    for ln in text.split("\n"):
        if len(ln) > 76 and "://" not in ln and not ln.startswith(">"):
            out.extend(textwrap.wrap(ln, 72, break_on_hyphens=False))
        else:
            out.append(ln)
    return "\n".join(out)


# ---------------------------------------------------------------------------- one message

def build_one(mod, tpl, rng, idx, dt):
    ctx = make_ctx(mod, tpl, rng, idx)
    style = tpl["style"]
    is_rej = tpl["kind"] == "rejection"
    needs_careers = "{careers}" in tpl["body"]
    with_careers = needs_careers or (style != "agency" and style != "raw"
                                     and rng.random() < tpl.get("p_careers", 0.5))
    if tpl.get("no_careers"):
        with_careers = needs_careers
    body = fill(tpl["body"], ctx).strip("\n")
    subj = fill(tpl["subj"], ctx)
    reply_to = None
    to_hdr = (ctx["owner"], ctx["owner_email"])
    contact = (None, None)
    careers_in_text = needs_careers
    footer = None
    pixel = None
    headers = {}

    if style in ("person", "reply"):
        sender = (ctx["signer"], ctx["signer_email"])
        sig = signature(mod, ctx, rng, style, with_careers and not needs_careers)
        careers_in_text = careers_in_text or (with_careers and not needs_careers)
        body = body + "\n\n" + sig
        contact = sender
        if style == "reply":
            orig_dt = dt - datetime.timedelta(days=rng.randrange(2, 20), hours=rng.randrange(0, 9))
            body = body + "\n\n" + quote_block(mod, ctx, rng, subj, orig_dt)
            subj = mod.RE + subj
            ref = f"<{hexid(rng, 12)}@{ctx['owner_email'].split('@')[1]}>"
            headers["In-Reply-To"] = ref
            headers["References"] = ref
    elif style == "agency":
        sender = (ctx["agent"], ctx["agent_email"])
        body = body + "\n\n" + signature(mod, ctx, rng, style, False)
        contact = sender
        careers_in_text = needs_careers
    elif style in ("ats", "ats_signed", "ats_replyto"):
        disp = fill(rng.choice(mod.ATS_DISPLAY), ctx)
        sender = (disp, ctx["vendor_addr"])
        if style == "ats_signed":
            body = body + "\n\n" + signature(mod, ctx, rng, style, False)
            contact = (ctx["signer"], None)
        if style == "ats_replyto":
            reply_to = (ctx["signer"], ctx["signer_email"])
            contact = reply_to
        footer = ats_footer(mod, ctx, rng, with_careers and not needs_careers)
        careers_in_text = careers_in_text or with_careers
        pixel = f"https://email.{ctx['vendor_addr'].split('@')[1]}/o/{hexid(rng, 32)}.gif"
    elif style == "platform":
        pname, paddr, _ = PLATFORMS[ctx["platform"]]
        sender = (fill(tpl.get("sender_name", pname), ctx), paddr)
        footer = platform_footer(mod, ctx, rng, with_careers and not needs_careers)
        careers_in_text = careers_in_text or with_careers
        pixel = f"https://www.{paddr.split('@')[1]}/emimp/{hexid(rng, 32)}.png"
    elif style == "raw":
        s = fill(tpl["sender"], ctx)
        m = re.match(r"(.*)<(.+)>", s)
        sender = (m.group(1).strip().strip('"'), m.group(2).strip())
        if tpl.get("to"):
            t = fill(tpl["to"], ctx)
            m = re.match(r"(.*)<(.+)>", t)
            to_hdr = (m.group(1).strip(), m.group(2).strip())
        if tpl.get("footer"):
            footer = generic_footer(mod, sender[1], rng)
            pixel = f"https://{sender[1].split('@')[1]}/t/{hexid(rng, 24)}.gif"
        if tpl.get("reply_to"):
            t = fill(tpl["reply_to"], ctx)
            m = re.match(r"(.*)<(.+)>", t)
            reply_to = (m.group(1).strip(), m.group(2).strip())
    else:
        raise ValueError(style)

    # ----- encoding decisions
    body = typography(body, mod, rng)
    subj = typography(subj, mod, rng) if rng.random() < 0.5 else subj
    force_html = tpl.get("html")
    r = rng.random()
    if force_html == "only" or (force_html is None and footer and r < 0.35):
        layout = "html"
    elif force_html or footer or r < 0.25:
        layout = "alt"
    else:
        layout = "plain"
    if layout == "plain" and rng.random() < 0.3:
        body = wrap(body)
    text_full = body + ("\n\n" + footer if footer else "") + "\n"
    charset = "utf-8"
    cand = rng.random()
    if cand < 0.2:
        charset = "iso-8859-1"
    elif cand < 0.35:
        charset = "windows-1252"
    try:
        (text_full + subj + sender[0] + to_hdr[0]).encode(charset)
        to_html(body, pixel, footer).encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cte = rng.choice(["qp", "b64", "8bit"]) if charset == "utf-8" else rng.choice(["qp", "8bit"])
    if all(ord(ch) < 128 for ch in text_full) and rng.random() < 0.5:
        cte = "7bit"

    def part(text, subtype):
        cs = Charset(charset)
        if cte == "qp":
            cs.body_encoding = QP
        elif cte == "b64":
            cs.body_encoding = BASE64
        else:
            cs.body_encoding = None
        if cte == "7bit":
            cs = Charset("us-ascii")
        return MIMEText(text, subtype, cs)

    if layout == "plain":
        msg = part(text_full, "plain")
    elif layout == "html":
        msg = part(to_html(body, pixel, footer), "html")
    else:
        msg = MIMEMultipart("alternative", boundary=f"=_set3_{hexid(rng, 24)}")
        msg.attach(part(text_full, "plain"))
        msg.attach(part(to_html(body, pixel, footer), "html"))

    hcs = charset if charset != "windows-1252" or rng.random() < 0.5 else "utf-8"

    def addr(name, a):
        if not name:
            return a
        if all(ord(ch) < 128 for ch in name):
            return formataddr((name, a))
        return formataddr((name, a), charset=hcs)

    if tpl.get("from_owner"):
        sender, to_hdr = (ctx["owner"], ctx["owner_email"]), (ctx["signer"], ctx["signer_email"])
    hdrs = [("From", addr(*sender)), ("To", addr(*to_hdr))]
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    if all(ord(ch) < 128 for ch in subj) and rng.random() < 0.85:
        hdrs.append(("Subject", subj))
    else:
        hdrs.append(("Subject", Header(subj, hcs, header_name="Subject")))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", f"<{hexid(rng, 20)}.{idx:04d}@{sender[1].split('@')[1]}>"))
    for k, v in headers.items():
        hdrs.append((k, v))
    if style in ("ats", "ats_signed", "ats_replyto", "platform") or tpl.get("footer"):
        hdrs.append(("List-Unsubscribe", f"<mailto:unsubscribe@{sender[1].split('@')[1]}?subject={hexid(rng, 10)}>"))
    for k, v in reversed(hdrs):
        msg._headers.insert(0, (k, v))  # keep From/To/Subject first, above MIME headers
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"

    label = None
    if is_rej:
        allt = subj + "\n" + body + "\n" + (footer or "")
        role = ctx["role"] if ("{role}" in tpl["subj"] or "{role}" in tpl["body"]) else None
        assert ctx["company"] in allt or ctx["company"] in sender[0], (tpl["subj"], idx)
        careers = ctx["careers"] if careers_in_text else None
        if careers:
            assert careers in allt, (idx, careers)
        label = dict(is_rejection=True, company=ctx["company"], role=role,
                     contact_name=contact[0], contact_email=contact[1], careers_url=careers)
    else:
        label = dict(is_rejection=False, company=None, role=None, contact_name=None,
                     contact_email=None, careers_url=None)
    label["lang"] = mod.LANG
    label["kind"] = tpl["kind"]
    label["style"] = f"{style}/{layout}/{'us-ascii' if cte == '7bit' else charset}/{cte}"
    return msg, label


def main():
    rng = random.Random(SEED)
    jobs = []
    for mod, n in PLAN:
        n_rej = round(n * 0.4)
        n_look = (n - n_rej) // 2
        n_ord = n - n_rej - n_look
        for pool, k in ((mod.REJ, n_rej), (mod.LOOK, n_look), (mod.ORD, n_ord)):
            assert pool, mod.LANG
            for i in range(k):
                jobs.append((mod, pool[i % len(pool)]))
    rng.shuffle(jobs)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    labels = []
    base = datetime.datetime(2023, 2, 1, 8, 0)
    for idx, (mod, tpl) in enumerate(jobs, 1):
        r = random.Random(f"{SEED}-{idx}")
        tz = datetime.timezone(datetime.timedelta(minutes=r.choice(mod.TZ_OFFSETS)))
        dt = (base + datetime.timedelta(days=r.randrange(0, 900), minutes=r.randrange(0, 14 * 60))).replace(tzinfo=tz)
        msg, label = build_one(mod, tpl, r, idx, dt)
        name = f"{idx:04d}.eml"
        crlf = r.random() < 0.15
        pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
        path = os.path.join(out, name)
        with open(path, "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, policy=pol).flatten(msg)
        labels.append(dict(file=name, **label))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fp:
        for lab in labels:
            fp.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages to {out}")
    if "--check" in sys.argv:
        check()


def body_text(msg):
    texts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            texts.append(p.get_content())
    return "\n".join(texts)


def check():
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(os.path.join(HERE, "messages")))
    assert files == sorted(lab["file"] for lab in labels), "labels and files differ"
    ids = set()
    from collections import Counter
    cnt = Counter()
    for lab in labels:
        with open(os.path.join(HERE, "messages", lab["file"]), "rb") as fp:
            msg = BytesParser(policy=policy.default).parse(fp)
        mid = msg["Message-ID"]
        assert mid not in ids, mid
        ids.add(mid)
        text = str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n" + str(msg.get("Reply-To", "")) + "\n" + body_text(msg)
        norm = " ".join(text.replace("\u00a0", " ").split())
        if lab["is_rejection"]:
            for k in ("company", "role", "contact_name", "careers_url", "contact_email"):
                v = lab[k]
                if v is not None:
                    assert " ".join(v.split()) in norm or v in text, (lab["file"], k, v)
        cnt[(lab["lang"], lab["kind"].split(":")[0])] += 1
    for k in sorted(cnt):
        print(k, cnt[k])
    print("check ok:", len(labels), "messages")


if __name__ == "__main__":
    main()
