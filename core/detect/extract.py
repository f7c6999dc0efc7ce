"""Extract company, role, contact and careers URL from a rejection."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from nextround.message import Message
from nextround.records import Verdict

ATS_DOMAINS = ("greenhouse.io", "lever.co", "myworkday.com", "workday.com", "smartrecruiters.com",
               "ashbyhq.com", "workable.com", "recruitee.com", "personio.de", "personio.com",
               "teamtailor.com", "icims.com", "jobvite.com", "bamboohr.com", "successfactors.com",
               "taleo.net", "linkedin.com", "indeed.com", "stepstone.de", "join.com")
NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|notifications?|jobs|careers|recruiting|"
                      r"talent|hr|mailer|system)[-.+\w]*@", re.I)
ROLE_PATTERNS = [
    re.compile(r"(?:position|role|job|vacancy|opening) (?:of|as|for) (?:an? |the )?[\"“']?([A-Z][\w/&+,.\- ]{2,60}?)[\"”']?"
               r"(?: position| role)?(?: at | with |[.,;\n]| \()"),
    re.compile(r"(?:application|candidacy|interest) (?:for|in) (?:the |our )?[\"“']?([A-Z][\w/&+.\- ]{2,60}?)[\"”']?"
               r"(?: position| role| opening| job)?(?: at | with |[.,;\n]| \()"),
]
SUBJECT_ROLE = re.compile(r"(?:application|candidacy|update)[^:]*?(?:for|:|–|-)\s*(?:the\s)?([A-Z][\w/&+.\- ]{2,60}?)"
                          r"(?:\s(?:position|role))?(?:\s(?:at|@|-|–|\|)\s|$)")
COMPANY_IN_TEXT = [
    re.compile(r"(?:interest in|applying to|apply to|application to|position at|role at|join|joining|"
               r"team at|career at|opportunity at|here at|everyone at|on behalf of) "
               r"([A-Z][\w&'.\-]*(?: [A-Z][\w&'.\-]*){0,3})"),
]
CAREERS = re.compile(r"(careers?|jobs?|vacancies|join-us|work-with-us|stellen|karriere|emplois|empleo|"
                     r"vacatures|vagas|openings|positions)", re.I)
NOT_CAREERS = re.compile(r"(unsubscribe|privacy|tracking|track|click\.|/t/|utm_|optout|opt-out|preferences|"
                         r"mailto:|linkedin\.com/in/|/legal|/terms|/cookie)", re.I)
VIA = re.compile(r"^(.+?)\s+(?:via|through|@|\|)\s+\w+", re.I)
SIGNOFF = re.compile(r"(?:best|kind|warm)? ?regards|sincerely|best wishes|thanks|thank you|cheers|best,", re.I)
NAME = re.compile(r"^([A-Z][a-zà-ÿ'\-]+(?: [A-Z][a-zà-ÿ'\-]+){1,2})\s*(?:[,|–-].*)?$")
LEGAL = re.compile(r",?\s+(inc|llc|ltd|gmbh|ag|sa|bv|plc|corp|co)\.?$", re.I)


def is_no_reply(addr: str) -> bool:
    domain = addr.rsplit("@", 1)[-1]
    return bool(NO_REPLY.match(addr)) or any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def _signature_name(text: str) -> str | None:
    lines = [ln.strip() for ln in text.strip().split("\n")]
    for i in range(len(lines) - 1, -1, -1):
        if SIGNOFF.match(lines[i]) and len(lines[i]) < 40:
            for nxt in lines[i + 1: i + 4]:
                m = NAME.match(nxt)
                if m:
                    return m.group(1)
    return None


def _company_from_domain(addr: str) -> str | None:
    domain = addr.rsplit("@", 1)[-1].lower()
    if not domain or is_no_reply(addr) and any(domain.endswith(d) for d in ATS_DOMAINS):
        return None
    parts = [p for p in domain.split(".") if p not in ("mail", "email", "jobs", "careers", "hr", "talent")]
    if len(parts) < 2:
        return None
    base = parts[-2]
    return " ".join(w.capitalize() for w in re.split(r"[-_]", base))


def extract(message: Message, own_text: str, verdict: Verdict) -> None:
    sender = message.sender
    display = sender.name
    via = VIA.match(display or "")
    company = None
    if via and any(v in display.lower() for v in (" via ", " through ")):
        company = via.group(1)
    if company is None:
        for pattern in COMPANY_IN_TEXT:
            m = pattern.search(own_text)
            if m:
                company = m.group(1).rstrip(".,")
                break
    if company is None:
        company = _company_from_domain(sender.email)
    verdict.company = LEGAL.sub("", company).strip() if company else None

    role = None
    m = SUBJECT_ROLE.search(message.subject)
    if m:
        role = m.group(1)
    else:
        for pattern in ROLE_PATTERNS:
            m = pattern.search(own_text)
            if m:
                role = m.group(1)
                break
    verdict.role = role.strip(" .,\"'") if role else None

    name = _signature_name(own_text)
    if not is_no_reply(sender.email):
        verdict.contact_email = sender.email
        verdict.contact_name = name or (display if display and " via " not in display.lower() else None)
    else:
        verdict.contact_name = name

    for link in message.links:
        url = link.url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or NOT_CAREERS.search(url):
            continue
        if CAREERS.search(parts.netloc + parts.path) or CAREERS.search(link.text):
            verdict.careers_url = url
            break
