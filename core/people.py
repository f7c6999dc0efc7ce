"""The people the user dealt with in a company's hiring process (shared by plugins).

``process_people`` works from the core's header index (table ``messages``) and the rejection
itself; when the contacts plugin keeps its light signature index (table ``contacts_index``,
filled by ``index_rows`` on every new message) it also uses titles, phones, LinkedIn URLs,
Reply-To people of ATS mail and role phrases found there. ATS and no-reply senders are never
people; a person who signs such a mail is, without an address.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_plus

from nextround.detect.extract import is_no_reply

if TYPE_CHECKING:
    from nextround.app import App
    from nextround.message import Message
    from nextround.records import Rejection

RECRUITER, INTERVIEWER, HIRING_MANAGER = "recruiter", "interviewer", "hiring_manager"
INDEX_TABLE = "contacts_index"
LOOKBACK_SECONDS = 365 * 86400  # earlier mail older than this is not part of the process
FREEMAIL = frozenset((
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
    "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.de",
    "gmx.net", "gmx.com", "web.de", "t-online.de", "mail.com", "yandex.ru", "hey.com", "fastmail.com",
    "zoho.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "libero.it", "qq.com", "163.com",
))


@dataclass
class Person:
    name: str
    emails: list[str]
    company: str | None
    role: str | None  # "recruiter" | "interviewer" | "hiring_manager" | None
    title: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    message_ids: list[str] = field(default_factory=list)


@dataclass
class Signature:
    """What a mail's sign-off tells about its writer."""

    name: str
    title: str | None = None
    org: str | None = None
    phone: str | None = None
    linkedin: str | None = None


@dataclass
class IndexRow:
    """One row of the contacts plugin's light index (see ``index_rows``)."""

    via: str  # "from" | "reply_to" | "body"
    email: str  # "" for a person only named in the body
    name: str
    title: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    role_hint: str | None = None


# -- text helpers -------------------------------------------------------------------------------
_QUOTE_START = re.compile(
    r"^(?:>|On .{4,200}wrote:\s*$|Am .{4,200}schrieb.*:\s*$|Le .{4,200}a écrit\s*:\s*$|El .{4,200}escribió:\s*$|"
    r"-{2,} ?(?:Original Message|Forwarded message|Ursprüngliche Nachricht) ?-{2,}|From: .+@)", re.I)
_SIGNOFF = re.compile(
    r"^(?:best|kind|warm|many|all the)?[\w ]{0,12}(?:regards|wishes|best)\b|^(?:best|thanks|thank you|cheers|"
    r"sincerely|talk soon|see you|take care|mit freundlichen grüßen|viele grüße|beste grüße|cordialement|"
    r"bien cordialement|bien à vous|un saludo|saludos|atentamente|un abrazo)\b", re.I)
_NAME_WORD = r"[A-ZÀ-ÞŁŚŻ][a-zà-ÿłśżćńąęó'’\-]+"
_FULL_NAME = re.compile(rf"^({_NAME_WORD}(?: (?:van |von |de |da |del |de la |di |le )?{_NAME_WORD}){{1,2}})"
                        r"(?:\s*(?:[,|·•–—-]\s*(.*)))?$")
_NOT_NAME_WORDS = frozenset(("team", "recruiting", "recruitment", "talent", "careers", "hiring", "people", "hr",
                             "jobs", "acquisition", "the", "your", "our", "sent", "from", "dear", "hello", "hi",
                             "thanks", "regards", "best", "group", "department", "office", "support", "i'm", "i’m",
                             "we're", "we’re"))
_STRONG_SEP = re.compile(r"\s+[|·•]\s+|\s+[–—]\s+")
_PHONE = re.compile(r"(\+?\(?\d[\d ().\-/]{5,}\d)")
_PHONE_LABEL = re.compile(r"\b(?:tel|tél|phone|mobile|mob|cell|fon|telefon|t|m)\b\.?\s*:?", re.I)
_LINKEDIN = re.compile(r"https?://(?:[\w-]+\.)?linkedin\.com/in/[\w\-%.~]+/?", re.I)
_CONTACT_LINE = re.compile(r"@|https?://|www\.|^\+?\(?\d|^(?:tel|tél|phone|mobile|fon|telefon|t|m)\b", re.I)
_NOISE_LINE = re.compile(r"^(?:sent from|get outlook|--+|__+|confidential|this (?:e-?mail|message))", re.I)

RECRUITER_TITLE = re.compile(r"recruit|talent|sourc|recrut|selecci|people partner|\bhr\b|human resources|"
                             r"ressources humaines|recursos humanos|personalreferent", re.I)
MANAGER_TITLE = re.compile(r"hiring manager|head of|director|directeur|directora?\b|\bvp\b|vice president|chief|"
                           r"\bc[tefo]o\b|founder|fondat|gründer|(?:engineering|team|development|data|analytics|"
                           r"product|engineer(?:ing)?) manager|teamleiter|abteilungsleiter|leiter(?:in)?\b|"
                           r"responsable|jefe|jefa|gerente", re.I)
_ROLE_WORDS = (("hiring manager", HIRING_MANAGER), ("recruiter", RECRUITER), ("recruiting", RECRUITER),
               ("interviewer", INTERVIEWER), ("interview", INTERVIEWER))
_SELF_ROLE = [
    (re.compile(r"\b(?:I'm|I’m|I am|as) (?:\w+, )?(?:the|your|a|an|one of the)? ?(?:[\w-]+ ){0,3}?hiring manager",
                re.I), HIRING_MANAGER),
    (re.compile(r"\b(?:I'm|I’m|I am) (?:\w+, )?(?:the|your|a|an)? ?(?:[\w-]+ ){0,3}?recruiter", re.I), RECRUITER),
    (re.compile(r"\bI(?:'ll|’ll| will) be (?:one of your interviewers|your interviewer|interviewing you|"
                r"(?:running|leading|conducting) your (?:[\w-]+ ){0,2}interview)", re.I), INTERVIEWER),
]
_NAMED_ROLE = re.compile(
    rf"({_NAME_WORD} {_NAME_WORD}), (?:our|the|my|your|who is (?:our|the)) [^.;:\n]{{0,80}}?"
    r"\b(hiring manager|recruiter|interviewer)", re.UNICODE)
VIA_SUFFIX = re.compile(r"\s+(?:via|through)\s+.*$|\s+(?:talent|recruiting|careers|hiring|hr|people)\b.*$", re.I)
_INTERVIEW_SUBJECT = re.compile(r"interview|entretien|vorstellungsgespräch|gespräch|entrevista|colloquio", re.I)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def own_text(text: str, limit: int = 20_000) -> str:
    """The writer's own words: the text before the first quoted reply or forwarded message."""
    out = []
    for line in text[:limit].split("\n"):
        if _QUOTE_START.match(line.strip()):
            break
        out.append(line.rstrip())
    return "\n".join(out).strip()


def base_domain(addr_or_domain: str) -> str:
    domain = addr_or_domain.rsplit("@", 1)[-1].lower().strip(".")
    parts = domain.split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def looks_like_name(name: str, company: str | None = None) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4 or any(fold(w) in _NOT_NAME_WORDS for w in words):
        return False
    return not (company and fold(company) and fold(company) in fold(name))


def role_from_title(title: str | None) -> str | None:
    if not title:
        return None
    if RECRUITER_TITLE.search(title):
        return RECRUITER
    if MANAGER_TITLE.search(title):
        return HIRING_MANAGER
    return None


def linkedin_search_url(name: str, company: str | None) -> str:
    """A LinkedIn people search for the person (a link for the user; nothing is fetched)."""
    keywords = " ".join(p for p in (name, company or "") if p).strip()
    return "https://www.linkedin.com/search/results/people/?keywords=" + quote_plus(keywords)


# -- signatures ---------------------------------------------------------------------------------
def _split_title(line: str, next_lines: list[str]) -> tuple[str | None, str | None]:
    """(title, org) from a signature's title line and the lines after it."""
    line = line.strip(" ,")
    if not line:
        return None, None
    parts = _STRONG_SEP.split(line, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip() or None, parts[1].strip() or None
    for nxt in next_lines:
        if nxt and not _CONTACT_LINE.search(nxt) and not _NOISE_LINE.match(nxt):
            org = re.split(r"\s+[|·•]\s+|,\s", nxt, maxsplit=1)[0].strip()
            return line, org or None
        break
    if ", " in line:
        title, org = line.rsplit(", ", 1)
        return title.strip() or None, org.strip() or None
    return line, None


def parse_signature(text: str, name_hint: str = "") -> Signature | None:
    """The writer's signature block at the end of ``text`` (already cut to the writer's own words)."""
    lines = [ln.strip() for ln in text.split("\n")][-25:]
    start = None
    rest_of_line = ""
    hint = fold(name_hint) if looks_like_name(name_hint) else ""
    if hint:
        for i in range(len(lines) - 1, -1, -1):
            folded = fold(lines[i])
            if folded == hint or (folded.startswith(hint) and len(lines[i]) > len(name_hint)
                                  and not lines[i][len(name_hint)].isalnum()):
                start, name = i, lines[i][:len(name_hint)]
                rest_of_line = lines[i][len(name_hint):].strip(" ,|·•–—-")
                break
    if start is None:
        for i in range(len(lines) - 1, -1, -1):
            if _SIGNOFF.match(lines[i]) and len(lines[i]) < 45:
                for j in range(i + 1, min(i + 4, len(lines))):
                    m = _FULL_NAME.match(lines[j])
                    if m and looks_like_name(m.group(1)):
                        start, name, rest_of_line = j, m.group(1), (m.group(2) or "").strip()
                        break
                break
    if start is None:
        return None
    block = [ln for ln in lines[start + 1: start + 8] if not _NOISE_LINE.match(ln)]
    sig = Signature(name=name)
    title_line = rest_of_line
    if not title_line:
        for k, ln in enumerate(block):
            if not ln:
                if k == 0:
                    continue
                break
            if not _CONTACT_LINE.search(ln):
                title_line, block_after = ln, block[k + 1:]
                sig.title, sig.org = _split_title(title_line, block_after)
            break
    else:
        sig.title, sig.org = _split_title(title_line, block)
    for ln in block:
        if not ln:
            continue
        if sig.linkedin is None:
            m = _LINKEDIN.search(ln)
            if m:
                sig.linkedin = m.group(0)
        if sig.phone is None:
            plain = re.sub(r"https?://\S+|\S+@\S+", " ", ln)
            for m in _PHONE.finditer(_PHONE_LABEL.sub(" ", plain)):
                digits = re.sub(r"\D", "", m.group(1))
                if 7 <= len(digits) <= 15 and (m.group(1).startswith("+") or _PHONE_LABEL.search(ln)):
                    sig.phone = " ".join(m.group(1).split())
                    break
    return sig


def role_hints(text: str) -> tuple[str | None, dict[str, str]]:
    """(the writer's own role, {full name: role}) from phrases like "I'm the hiring manager"
    or "Helen Okafor, our engineering manager and the hiring manager"."""
    flat = " ".join(text[:8000].split())
    own = None
    for pattern, role in _SELF_ROLE:
        if pattern.search(flat):
            own = role
            break
    named: dict[str, str] = {}
    for m in _NAMED_ROLE.finditer(flat):
        named.setdefault(m.group(1), {"hiring manager": HIRING_MANAGER, "recruiter": RECRUITER}.get(
            m.group(2).lower(), INTERVIEWER))
    return own, named


def index_rows(message: Message, owner_addresses: set[str]) -> list[IndexRow]:
    """What the contacts index keeps of one message: only what the header index lacks
    (signature title/phone/LinkedIn, Reply-To people of no-reply mail, people named in the body)."""
    sender = message.sender
    if not message.text or sender.email in owner_addresses or message.headers.get("list-id"):
        return []
    rows: list[IndexRow] = []
    mine = own_text(message.text)
    person_sender = bool(sender.email) and not is_no_reply(sender.email)
    writer_hint = sender.name if person_sender else ""
    if not person_sender:
        for addr in message.reply_to:
            if addr.email not in owner_addresses and not is_no_reply(addr.email):
                writer_hint = writer_hint or addr.name
                rows.append(IndexRow("reply_to", addr.email, addr.name))
    sig = parse_signature(mine, writer_hint)
    own_role, named = role_hints(mine)
    if person_sender:
        row = IndexRow("from", sender.email, sig.name if sig and not sender.name else sender.name)
        rows.insert(0, row)
    elif sig:
        match = next((r for r in rows if fold(r.name) == fold(sig.name)), None)
        row = match or IndexRow("body", "", sig.name)
        if match is None:
            rows.append(row)
    else:
        row = None
    if row is not None:
        if sig and (not row.name or fold(sig.name) == fold(row.name)):
            row.title, row.phone, row.linkedin = sig.title, sig.phone, sig.linkedin
        row.role_hint = own_role
    for name, role in named.items():
        rows.append(IndexRow("body", "", name, role_hint=role))
    return [r for r in rows if r.via != "from" or r.title or r.phone or r.linkedin or r.role_hint]


# -- the people of one process ------------------------------------------------------------------
@dataclass
class _Draft:
    name: str = ""
    emails: list[str] = field(default_factory=list)
    title: str | None = None
    org: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    message_ids: list[str] = field(default_factory=list)
    votes: dict[str, int] = field(default_factory=dict)
    order: int = 0

    def vote(self, role: str | None, weight: int) -> None:
        if role:
            self.votes[role] = self.votes.get(role, 0) + weight

    def seen_in(self, message_id: str | None) -> None:
        if message_id and message_id not in self.message_ids:
            self.message_ids.append(message_id)

    def role(self) -> str | None:
        if not self.votes:
            return None
        rank = {HIRING_MANAGER: 2, RECRUITER: 1, INTERVIEWER: 0}
        return max(self.votes, key=lambda r: (self.votes[r], rank[r]))


class _Collector:
    def __init__(self, owners: set[str], owner_name: str, company: str | None) -> None:
        self.owners = owners
        self.owner_name = fold(owner_name) if owner_name else ""
        self.company = company
        self.orgs: list[str] = []  # folded names of the organisation (display names of ATS mail...)
        self.org_domains: set[str] = set()
        self.by_email: dict[str, _Draft] = {}
        self.by_name: dict[str, _Draft] = {}
        self.count = 0

    def is_org(self, name: str) -> bool:
        """A company or team name where a person's name should be (e.g. "Quillstone Media")."""
        folded = fold(name)
        if any(folded in org or org in folded for org in self.orgs if org):
            return True
        first = re.sub(r"\W", "", folded.split()[0]) if folded else ""
        return len(first) >= 4 and any(first in d.split(".")[0] for d in self.org_domains)

    def is_person(self, addr: str) -> bool:
        return bool(addr) and addr not in self.owners and not is_no_reply(addr)

    def get(self, email: str, name: str) -> _Draft | None:
        email = email.lower().strip()
        if email and not self.is_person(email):
            return None
        if not email and (not looks_like_name(name, self.company) or fold(name) == self.owner_name
                          or self.is_org(name)):
            return None
        if email and name and self.is_org(name):
            name = ""
        draft = self.by_email.get(email) if email else None
        named = self.by_name.get(fold(name)) if name and looks_like_name(name, self.company) else None
        if draft is None and named is not None and (not email or not named.emails):
            draft = named  # a name-only person merges into the row with the same name
        if draft is None:
            self.count += 1
            draft = _Draft(order=self.count)
        if email and email not in draft.emails:
            draft.emails.append(email)
            self.by_email[email] = draft
        if name and looks_like_name(name, self.company) and fold(name) != self.owner_name:
            if not draft.name or (not looks_like_name(draft.name) and looks_like_name(name)):
                draft.name = name
            self.by_name.setdefault(fold(name), draft)
        return draft

    def drafts(self) -> list[_Draft]:
        unique = {id(d): d for d in [*self.by_email.values(), *self.by_name.values()]}
        return sorted(unique.values(), key=lambda d: d.order)

    def people(self) -> list[Person]:
        out = []
        for d in self.drafts():
            name = d.name or (d.emails[0].split("@")[0].replace(".", " ").title() if d.emails else "")
            out.append(Person(name=name, emails=list(d.emails), company=self.company or d.org, role=d.role(),
                              title=d.title, phone=d.phone, linkedin=d.linkedin, message_ids=list(d.message_ids)))
        return out


def _has_index(app: App) -> bool:
    return app.state.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX_TABLE,)) is not None


def company_domains(app: App, rejection: Rejection, message: Message) -> set[str]:
    """The company's own mail domains, as the rejection shows them (never ATS, freemail or the user's)."""
    owners = app.owner_addresses
    own_domains = {base_domain(a) for a in owners}
    found = set()
    for addr in [rejection.sender.email, rejection.contact_email or "", *(a.email for a in message.reply_to)]:
        if addr and "@" in addr and addr not in owners and not is_no_reply(addr):
            domain = base_domain(addr)
            if domain not in FREEMAIL and domain not in own_domains:
                found.add(domain)
    return found


def _earlier_rows(app: App, rejection: Rejection, domains: set[str], company: str | None) -> list[Any]:
    when = rejection.received_at.timestamp() if rejection.received_at else None
    clauses, params = [], []
    for domain in sorted(domains):
        clauses.append("(from_addr LIKE ? OR to_json LIKE ? OR cc_json LIKE ?)")
        params += [f"%{domain}", f"%{domain}\"%", f"%{domain}\"%"]
    if company and len(company) >= 4:
        clauses.append("(list_id IS NULL AND (from_name LIKE ? OR subject LIKE ?))")
        params += [f"%{company}%", f"%{company}%"]
    if not clauses:
        return []
    sql = f"SELECT * FROM messages WHERE outcome != 'broken' AND ({' OR '.join(clauses)})"
    if when is not None:
        sql += " AND (date IS NULL OR (date <= ? AND date >= ?))"
        params += [when + 60, when - LOOKBACK_SECONDS]
    return app.state.query(sql + " ORDER BY date", params)


def _mentions(text: str, company: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(fold(company))}(?!\w)", fold(text)))


def _company_name(extracted: str | None, signed: str | None, domains: set[str]) -> str | None:
    """The rejection's company, unless the writer's signature names one that fits the mail domain better."""
    def fits(name: str | None) -> bool:
        words = [w for w in re.findall(r"\w+", fold(name or "")) if len(w) >= 3]
        return bool(words) and any(words[0] in d.split(".")[0] for d in domains)

    def squeezed(name: str | None) -> str:
        return re.sub(r"\W+", "", fold(name or ""))

    if signed and fits(signed) and (not fits(extracted) or squeezed(signed).startswith(squeezed(extracted))):
        return signed
    return extracted or signed


def process_people(app: App, rejection: Rejection, message: Message) -> list[Person]:
    """The people the user dealt with in this company's process: the rejection's writer/signer, its Cc's,
    and people from earlier mail with the same company (matched by the company's mail domains and by name);
    never the user, never ATS/no-reply senders (a person named in their body counts, without address)."""
    owners = app.owner_addresses
    mine = own_text(message.text)
    writer = rejection.sender if rejection.sender.email else message.sender
    sig = parse_signature(mine, writer.name if not is_no_reply(writer.email or "x@x") else "")
    domains = company_domains(app, rejection, message)
    company = _company_name(rejection.company, sig.org if sig else None, domains)
    people = _Collector(owners, app.config.user.name, company)
    people.orgs = [fold(n) for n in (rejection.company, company) if n]
    if is_no_reply(writer.email or "x@x"):
        people.orgs.append(fold(VIA_SUFFIX.sub("", writer.name or "")))
        people.org_domains = {base_domain(writer.email)} if writer.email else set()
    in_domain = lambda addr: bool(addr) and base_domain(addr) in domains  # noqa: E731

    # 1. The rejection: its writer (or signer), Reply-To and Cc people, and people it names.
    this_id = rejection.message_id or message.message_id
    lead = None
    if people.is_person(writer.email):
        lead = people.get(writer.email, writer.name if looks_like_name(writer.name, company) else "")
    for addr in message.reply_to:
        d = people.get(addr.email, addr.name)
        if d is not None:
            lead = lead or d
            d.seen_in(this_id)
    if sig is not None:
        signer = people.get("", sig.name) if lead is None else lead
        if signer is not None:
            if lead is not None and looks_like_name(sig.name, company) and not looks_like_name(signer.name):
                signer.name = sig.name
            signer.title, signer.org = signer.title or sig.title, signer.org or sig.org
            signer.phone, signer.linkedin = signer.phone or sig.phone, signer.linkedin or sig.linkedin
            lead = signer
    if lead is None and rejection.contact_name:
        lead = people.get(rejection.contact_email or "", rejection.contact_name)
    if lead is not None:
        lead.seen_in(this_id)
        lead.vote(RECRUITER, 2)
    own_role, named = role_hints(mine)
    if lead is not None:
        lead.vote(own_role, 5)
    for addr in message.cc:
        d = people.get(addr.email, addr.name)
        if d is not None:
            d.seen_in(this_id)
    for name, role in named.items():
        d = people.get("", name)
        if d is not None:
            d.seen_in(this_id)
            d.vote(role, 5)

    # 2. Earlier mail of the same process, from the header index.
    rows = _earlier_rows(app, rejection, domains, company)
    keys = []
    for row in rows:
        by_domain = in_domain(row["from_addr"] or "") or any(
            in_domain(a) for _n, a in json.loads(row["to_json"] or "[]") + json.loads(row["cc_json"] or "[]"))
        if not by_domain and not (company and _mentions(f"{row['from_name'] or ''} {row['subject'] or ''}", company)):
            continue
        keys.append(row["key"])
        mid = row["message_id"]
        sender = row["from_addr"] or ""
        if people.is_person(sender) and (by_domain and in_domain(sender) or not by_domain):
            d = people.get(sender, row["from_name"] or "")
            if d is not None:
                d.seen_in(mid)
                if _INTERVIEW_SUBJECT.search(row["subject"] or "") and row["outcome"] not in ("rejection", "duplicate"):
                    d.vote(INTERVIEWER, 2)
        # a mail matched by the company's name: its sender's colleagues on To/Cc are met too
        near = base_domain(sender) if not by_domain and people.is_person(sender) else ""
        for name, addr in json.loads(row["to_json"] or "[]") + json.loads(row["cc_json"] or "[]"):
            if in_domain(addr) or (near and near not in FREEMAIL and base_domain(addr) == near):
                d = people.get(addr, name or "")
                if d is not None:
                    d.seen_in(mid)

    # 3. What the contacts plugin's light index adds: titles, phones, LinkedIn, role phrases.
    if keys and _has_index(app):
        marks = ",".join("?" * len(keys))
        for row in app.state.query(
                f"SELECT i.*, m.message_id AS mid FROM {INDEX_TABLE} i JOIN messages m ON m.key = i.message_key"
                f" WHERE i.message_key IN ({marks}) ORDER BY i.date", keys):
            d = people.get(row["email"] or "", row["name"] or "")
            if d is None:
                continue
            d.seen_in(row["mid"])
            d.title = row["title"] or d.title
            d.phone = row["phone"] or d.phone
            d.linkedin = row["linkedin"] or d.linkedin
            d.vote(row["role_hint"], 5)
    for d in people.drafts():
        d.vote(role_from_title(d.title), 4)
    return people.people()


def person_key(person: Person) -> str:
    """A stable identity: the first address, else the name at the company."""
    if person.emails:
        return person.emails[0].lower()
    return f"name:{fold(person.company or '')}:{fold(person.name)}"


__all__ = ["Person", "process_people", "index_rows", "linkedin_search_url", "person_key",
           "RECRUITER", "INTERVIEWER", "HIRING_MANAGER"]
