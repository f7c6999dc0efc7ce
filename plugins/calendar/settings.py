"""The [plugins.calendar] table: backend, calendar, and the reminder rules."""

from __future__ import annotations

import re
import string
from datetime import date, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PLACEHOLDERS = {"contact", "company", "role"}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")

REFLECTION_QUESTIONS = [
    "What did you learn from this process?",
    "Did you fit the team, and did the team fit you?",
    "Where did you get traction (which stages, which stories landed)?",
    "Which target companies should you add, drop or revise?",
]


def check_template(value: str) -> str:
    """Only {contact}, {company} and {role}; [optional parts] vanish when a value is unknown."""
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(_OPTIONAL.sub(r"\1", value)) if f is not None]
    except ValueError as exc:
        raise ValueError(f"bad template {value!r}: {exc}") from None
    for name in fields:
        if name not in PLACEHOLDERS:
            raise ValueError(f"unknown placeholder {{{name}}} (use {{contact}}, {{company}} or {{role}})")
    return value


class Rule(BaseModel):
    """One reminder: an event placed at an offset from the rejection or from the first reminder."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9_-]{1,40}$")
    title: str
    anchor: Literal["rejection", "first"] = "rejection"
    days: int | Literal["reflection_days"] = Field(0, description="calendar days after the anchor")
    weeks: int = Field(0, ge=0)
    working_days: int = Field(0, ge=0)
    at: time | None = None
    duration_minutes: int = Field(30, ge=5, le=24 * 60)
    popup_minutes: list[int] = [15]
    email_minutes: list[int] = []
    why: str = ""
    questions: list[str] = []

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        return check_template(value)

    @field_validator("days")
    @classmethod
    def _days(cls, value: int | str) -> int | str:
        if isinstance(value, int) and value < 0:
            raise ValueError("must be 0 or more")
        return value

    @field_validator("popup_minutes", "email_minutes")
    @classmethod
    def _minutes(cls, value: list[int]) -> list[int]:
        if any(m < 0 or m > 40320 for m in value):
            raise ValueError("reminder minutes must be between 0 and 40320 (4 weeks), as Google allows")
        return value


DEFAULT_RULES = [
    Rule(name="call", title="Call {contact}[ at {company}] for feedback", working_days=1, at=time(9, 30),
         duration_minutes=30, popup_minutes=[15],
         why="Ask for feedback while they still remember your interviews; a short call also keeps the door open."),
    Rule(name="follow-up", title="Follow up with {company}[ about the {role} role]", anchor="first", weeks=3,
         at=time(9, 30), duration_minutes=30, popup_minutes=[15],
         why="A friendly note three weeks on: new roles open, and people remember who followed up."),
    Rule(name="reflect", title="Reflect and review your plan", days="reflection_days", at=time(17, 0),
         duration_minutes=45, popup_minutes=[15], questions=REFLECTION_QUESTIONS,
         why="Take stock after a rejection, once the first disappointment has passed."),
]


class CalendarConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["auto", "google", "ics"] = "auto"
    ics_path: str = ""
    calendar_id: str = "primary"
    reflection_days: int = Field(2, ge=0, le=60)
    working_days: list[str] = ["mon", "tue", "wed", "thu", "fri"]
    holidays: list[date] = []
    rules: list[Rule] = Field(default_factory=lambda: [r.model_copy() for r in DEFAULT_RULES])

    @field_validator("working_days")
    @classmethod
    def _weekdays(cls, value: list[str]) -> list[str]:
        days = [v.strip().lower()[:3] for v in value]
        bad = [v for v, d in zip(value, days, strict=True) if d not in WEEKDAYS]
        if bad:
            raise ValueError(f"unknown day {bad[0]!r} (use mon, tue, wed, thu, fri, sat, sun)")
        if not days:
            raise ValueError("needs at least one day")
        return days

    @model_validator(mode="after")
    def _unique_names(self) -> CalendarConfig:
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"rules: the name {dupes[0]!r} is used twice (names keep each event unique)")
        return self
