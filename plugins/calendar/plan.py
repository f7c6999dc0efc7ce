"""From a rejection and the rules to concrete events: titles, local times, descriptions, stable ids."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nextround.plugins.calendar.settings import _OPTIONAL, WEEKDAYS, CalendarConfig, Rule
from nextround.records import Rejection

FALLBACKS = {"contact": "the recruiter", "company": "the company", "role": "the role"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass
class PlannedEvent:
    rule: str
    event_id: str  # base32hex (a-v, 0-9): Google's client-chosen event id
    title: str
    start: datetime  # aware, in the user's zone
    end: datetime
    description: str
    zone_name: str  # IANA name, "" when the system's zone has none
    popup_minutes: list[int] = field(default_factory=list)
    email_minutes: list[int] = field(default_factory=list)

    @property
    def uid(self) -> str:
        return f"{self.event_id}@nextround"

    def when(self) -> str:
        return self.start.strftime("%a %Y-%m-%d %H:%M ") + (self.zone_name or self.start.strftime("%Z"))


def user_zone(configured: ZoneInfo | None) -> tuple[tzinfo, str]:
    """The configured zone, else the system's (TZ, /etc/localtime, /etc/timezone), else its offset."""
    if configured is not None:
        return configured, configured.key
    candidates = []
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return ZoneInfo(name), name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo or UTC, ""


def event_id(message_key: str, rule: str) -> str:
    """Stable per rejection and rule: a retry or restart finds the same id (base32hex, 32 chars)."""
    digest = hashlib.sha256(f"nextround|{message_key}|{rule}".encode()).digest()[:20]
    return base64.b32hexencode(digest).decode().lower().rstrip("=")


def clean(value: str | None, limit: int = 80) -> str:
    text = " ".join(_CONTROL.sub(" ", value or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def title_values(rejection: Rejection) -> dict[str, str]:
    return {"contact": clean(rejection.contact_name), "company": clean(rejection.company),
            "role": clean(rejection.role)}


def render_title(template: str, rejection: Rejection) -> str:
    """``[...]`` parts vanish unless every value in them is known; bare unknowns read as "the company"."""
    values = title_values(rejection)

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        names = re.findall(r"\{(\w+)\}", part)
        return part if all(values.get(n) for n in names) else ""

    text = _OPTIONAL.sub(optional, template)
    filled = {k: v or FALLBACKS[k] for k, v in values.items()}
    # Values are substituted as data, one by one: a company called "{role}" stays "{role}".
    out = re.sub(r"\{(\w+)\}", lambda m: filled.get(m.group(1), m.group(0)), text)
    return " ".join(out.split())


def is_working_day(day: date, cfg: CalendarConfig) -> bool:
    return WEEKDAYS[day.weekday()] in cfg.working_days and day not in cfg.holidays


def add_working_days(day: date, n: int, cfg: CalendarConfig) -> date:
    for _ in range(n):
        day += timedelta(days=1)
        while not is_working_day(day, cfg):
            day += timedelta(days=1)
    return day


def place(anchor: datetime, rule: Rule, cfg: CalendarConfig, zone: tzinfo) -> datetime:
    """The rule's start: anchor + days + weeks + working days, on a working day, at ``rule.at``."""
    days = cfg.reflection_days if rule.days == "reflection_days" else int(rule.days)
    local = anchor.astimezone(zone)
    day = local.date() + timedelta(days=days + 7 * rule.weeks)
    day = add_working_days(day, rule.working_days, cfg)
    while not is_working_day(day, cfg):
        day += timedelta(days=1)
    at = rule.at or local.time().replace(second=0, microsecond=0)
    return datetime.combine(day, time(at.hour, at.minute), tzinfo=zone)


def plan(rejection: Rejection, cfg: CalendarConfig, zone: tzinfo, zone_name: str,
         now: datetime | None = None) -> list[PlannedEvent]:
    """The events for ``rejection``, from when it was received; from now if that would put any in the past."""
    now = now or datetime.now(UTC)
    received = rejection.received_at or now
    starts = _starts(received, cfg, zone)
    if any(s < now for s in starts):  # found late (a first scan, a long downtime): remind from now on
        starts = _starts(now, cfg, zone)
    events = []
    for rule, start in zip(cfg.rules, starts, strict=True):
        title = render_title(rule.title, rejection)
        events.append(PlannedEvent(
            rule=rule.name, event_id=event_id(rejection.message_key, rule.name), title=title, start=start,
            end=start + timedelta(minutes=rule.duration_minutes), zone_name=zone_name,
            description=describe(rule, rejection, zone), popup_minutes=list(rule.popup_minutes),
            email_minutes=list(rule.email_minutes)))
    return events


def _starts(anchor: datetime, cfg: CalendarConfig, zone: tzinfo) -> list[datetime]:
    starts: list[datetime] = []
    for rule in cfg.rules:
        base = starts[0] if rule.anchor == "first" and starts else anchor
        starts.append(place(base, rule, cfg, zone))
    return starts


def message_links(message_id: str) -> list[str]:
    """``message:`` (Apple Mail and others) and RFC 2392 ``mid:`` URLs for a Message-ID."""
    bare = message_id.strip().strip("<>")
    return [f"message:{quote('<' + bare + '>', safe='@')}", f"mid:{quote(bare, safe='@')}"]


def describe(rule: Rule, rejection: Rejection, zone: tzinfo) -> str:
    company = clean(rejection.company, 200) or "the company (not named in the email)"
    role = clean(rejection.role, 200) or "(the role was not named in the email)"
    lines = []
    if rule.why:
        lines += [f"Why: {rule.why}", ""]
    when = rejection.received_at.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if rejection.received_at else "?"
    lines.append(f"Rejection from {company}, received {when}.")
    lines.append(f"Role: {role}")
    person = rejection.contact
    if person is not None:
        who = clean(person.name, 200)
        lines.append(f"Person: {who} <{person.email}>" if who and person.email else f"Person: {who or person.email}")
    else:
        lines.append("Person: nobody signed the email (ask the company who ran your interviews)")
    lines.append(f"Email: {clean(rejection.subject, 200) or '(no subject)'}")
    if rejection.message_id:
        lines.append(f"Message-ID: {clean(rejection.message_id, 300)}")
        lines += [f"Open it: {link}" for link in message_links(rejection.message_id)]
    if rule.questions:
        lines += ["", "Questions to answer:"] + [f"- {q}" for q in rule.questions]
    lines += ["", "Added by nextround."]
    return "\n".join(lines)
