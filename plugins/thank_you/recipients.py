"""Who gets a draft: the person who wrote the rejection, and the people the user met in that process.

People come from ``nextround.people.process_people`` (recruiter, interviewers, hiring manager,
found in earlier mail from the same company). When that module is not installed, the rejection's
own contact is the only person known. Nobody gets a draft at a no-reply address or without any
address; the user's own addresses are never recipients.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nextround.detect.extract import is_no_reply
from nextround.message import Message
from nextround.records import Rejection

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround.thank_you")

ROLES = ("recruiter", "interviewer", "hiring_manager")
MET = ("interviewer", "hiring_manager")  # the people the user talked to about the work itself
_ADDR = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")


@dataclass
class Recipient:
    name: str
    email: str
    role: str  # one of ROLES, or "" when not known
    wrote_rejection: bool  # the author (or signer) of the rejection
    on_rejection: bool  # was among the rejection's sender, To or Cc: a reply stays in that thread


@dataclass
class Skipped:
    name: str
    reason: str


@dataclass
class Plan:
    """Everyone a thank-you note goes to, the one person the feedback request goes to, and who was left out."""

    thank: list[Recipient] = field(default_factory=list)
    feedback: Recipient | None = None
    met_names: list[str] = field(default_factory=list)  # interviewers and hiring managers, by name
    skipped: list[Skipped] = field(default_factory=list)


def load_people(app: App, rejection: Rejection, message: Message) -> list[Any] | None:
    """``process_people`` from the core, or None when this install has no such module."""
    try:
        from nextround import people
    except ModuleNotFoundError as exc:
        if exc.name not in ("nextround.people",):
            raise
        return None
    return list(people.process_people(app, rejection, message))


def usable_address(email: str, owners: set[str]) -> bool:
    email = (email or "").strip().lower()
    return bool(_ADDR.match(email)) and not is_no_reply(email) and email not in owners


def own_names(app: App, message: Message) -> set[str]:
    """The reader's own names: the configured one and those the mail gives the reader's addresses."""
    owners = {a.lower() for a in app.owner_addresses}
    names = {_fold(a.name) for a in message.to + message.cc if a.name and (a.email or "").lower() in owners}
    config = getattr(app, "config", None)  # (a test's app may carry only the addresses)
    configured = _fold(config.user.name or "") if config is not None else ""
    return {n for n in (*names, configured) if " " in n}  # a full name, not "Sam"


def plan(app: App, rejection: Rejection, message: Message) -> Plan:
    owners = {a.lower() for a in app.owner_addresses}
    # ...and an address under the reader's own full name is theirs too (a second account the reader forwarded the
    # letter from): never a recipient of the reader's thank-you
    mine = own_names(app, message)
    owners |= {(a.email or "").lower() for a in [*message.people, *message.reply_to]
               if a.name and _fold(a.name) in mine}
    on_mail = {a.email.lower() for a in [*message.people, *message.reply_to] if a.email}
    author_email = (rejection.contact_email or "").lower()
    if not author_email and not is_no_reply(rejection.sender.email or ""):
        author_email = (rejection.sender.email or "").lower()
    author_name = (rejection.contact_name or "").strip().lower()

    people = load_people(app, rejection, message)
    entries: list[tuple[str, list[str], str]] = []  # (name, emails, role)
    for person in people or []:
        role = getattr(person, "role", None) or ""
        entries.append((getattr(person, "name", "") or "", list(getattr(person, "emails", []) or []),
                        role if role in ROLES else ""))
    if author_email and not any(author_email in (e.lower() for e in emails) for _n, emails, _r in entries):
        entries.insert(0, (rejection.contact_name or rejection.sender.name or "", [author_email], ""))
    elif not author_email and author_name and not any(_fold(n) == _fold(author_name) for n, _e, _r in entries):
        entries.insert(0, (rejection.contact_name or "", [], ""))  # signed, but from a no-reply address

    result = Plan()
    seen: set[str] = set()
    unaddressed: list[Skipped] = []
    for name, emails, role in entries:
        name = " ".join(name.split())
        lowered = [e.strip().lower() for e in emails if e]
        wrote = bool(author_email and author_email in lowered) or bool(
            author_name and _fold(name) == _fold(author_name) and not author_email)
        if role in MET and name and name not in result.met_names:
            result.met_names.append(name)
        usable = [e for e in lowered if usable_address(e, owners)]
        if not usable:
            if name and not any(e in owners for e in lowered):
                why = "no email address known" if not lowered else "only a no-reply address known"
                unaddressed.append(Skipped(name, why))
            continue
        email = next((e for e in usable if e in on_mail), usable[0])
        if email in seen:
            continue
        seen.add(email)
        result.thank.append(Recipient(name=name, email=email, role=role, wrote_rejection=wrote,
                                      on_rejection=bool(set(usable) & on_mail)))
    result.feedback = feedback_recipient(result.thank)
    # A name that is only a variant of someone who gets a draft ("I'm Priya" beside Priya Natarajan),
    # or that is really the company's, is nobody left out.
    known = {w for p in result.thank for w in _fold(p.name).split()}
    org_names = [n for n in (_fold(rejection.company or ""), _fold(rejection.sender.name)) if n]
    result.skipped = [s for s in unaddressed if _fold(s.name) == _fold(author_name) or (
        not (set(_fold(s.name).split()) & known) and not any(_fold(s.name) in n or n in _fold(s.name)
                                                             for n in org_names))]
    return result


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


def feedback_recipient(people: list[Recipient]) -> Recipient | None:
    """A question for the recruiter: the recruiter who wrote, else any recruiter, else the author."""
    for test in (lambda p: p.wrote_rejection and p.role == "recruiter", lambda p: p.role == "recruiter",
                 lambda p: p.wrote_rejection):
        for person in people:
            if test(person):
                return person
    return None
