"""Where a company's jobs are listed: from the rejection's links, its careers link, or a probe.

The links in the mail are tried first (any link that belongs to a known ATS board), then the
careers link the extractor found (watched as a page). When the mail names no board, a probe is
queued for the company's mail domain: a few requests, made by the poll job, only when nothing
else was found, and only while ``probe = true``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextround.message import Message
from nextround.plugins.careers_watch.urls import BoardRef, page_ref, recognise
from nextround.records import Rejection

# Mail domains of the ATS vendors (a rejection sent through them says which ATS the company uses).
ATS_MAIL_DOMAINS = {
    "greenhouse.io": "greenhouse", "greenhouse-mail.io": "greenhouse", "lever.co": "lever",
    "ashbyhq.com": "ashby", "smartrecruiters.com": "smartrecruiters", "smartrecruitersmail.com": "smartrecruiters",
    "workable.com": "workable", "workablemail.com": "workable", "recruitee.com": "recruitee",
    "myworkday.com": "workday", "myworkdayjobs.com": "workday",
}
PERSONAL_DOMAINS = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
                    "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "proton.me",
                    "protonmail.com", "mail.com", "yandex.ru", "zoho.com", "fastmail.com"}
_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class Found:
    ref: BoardRef
    how: str


def vendor_of(domain: str) -> str | None:
    domain = domain.lower()
    for known, vendor in ATS_MAIL_DOMAINS.items():
        if domain == known or domain.endswith("." + known):
            return vendor
    return None


def boards_in(rejection: Rejection, message: Message) -> list[Found]:
    found: dict[BoardRef, Found] = {}
    for link in message.links:
        ref = recognise(link.url)
        if ref and ref not in found:
            found[ref] = Found(ref, f"{ref.kind} link in rejection #{rejection.id}")
    if rejection.careers_url:
        ref = recognise(rejection.careers_url)
        if ref and ref not in found:
            found[ref] = Found(ref, f"{ref.kind} careers link in rejection #{rejection.id}")
        elif not found and ref is None:
            page = page_ref(rejection.careers_url)
            if page:
                found[page] = Found(page, f"careers page linked in rejection #{rejection.id}")
    return list(found.values())


def probe_domain(rejection: Rejection) -> tuple[str | None, str | None]:
    """(the company's own mail domain, the ATS vendor that sent the mail) for a probe."""
    hint = None
    for addr in (rejection.sender.email, rejection.contact_email or ""):
        domain = addr.rsplit("@", 1)[-1].lower().strip() if "@" in addr else ""
        if not domain:
            continue
        vendor = vendor_of(domain)
        if vendor:
            hint = hint or vendor
            continue
        if domain in PERSONAL_DOMAINS or not _DOMAIN.match(domain):
            continue
        return domain, hint
    return None, hint


def probe_candidates(company: str, domain: str, hint: str | None, limit: int) -> list[BoardRef]:
    """The few URLs a probe may try, most likely first: ATS boards named after the company, then
    the domain's usual careers path."""
    from nextround.plugins.careers_watch.store import company_key

    labels = [p for p in domain.split(".") if p not in ("mail", "email", "jobs", "careers", "hr", "talent", "www")]
    slugs = []
    for slug in (company_key(company), labels[-2] if len(labels) >= 2 else ""):
        if slug and slug not in slugs and re.match(r"^[a-z0-9][a-z0-9-]{1,60}$", slug):
            slugs.append(slug)
    vendors = [v for v in (hint, "greenhouse", "lever", "ashby") if v in ("greenhouse", "lever", "ashby")]
    vendors = list(dict.fromkeys(vendors))
    refs = [BoardRef(v, s) for s in slugs[:1] for v in vendors]
    refs.append(BoardRef("page", f"https://{domain}/careers"))
    refs += [BoardRef(v, s) for s in slugs[1:] for v in vendors]
    return refs[:limit]
