"""Plain records passed between the core and plugins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class Address:
    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass
class Verdict:
    """A classifier's answer for one message (the ``classify --json`` contract)."""

    is_rejection: bool
    confidence: float
    reasons: list[str] = field(default_factory=list)
    company: str | None = None
    role: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    careers_url: str | None = None
    lang: str | None = None
    # What kind of mail it is, when the classifier can tell: "rejection", "application_received",
    # "interview", "offer", "job_alert", "outreach", "newsletter", "other". Used by `report`.
    category: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "is_rejection": self.is_rejection,
            "confidence": round(self.confidence, 3),
            "company": self.company,
            "role": self.role,
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "careers_url": self.careers_url,
            "lang": self.lang,
            "category": self.category,
            "reasons": list(self.reasons),
        }


# How the user's decision stands on a detected rejection. Only ACTIVE ones get reactions. REPEAT: a later letter
# about an application already answered (core/application.py), kept so that the user can still `confirm` it as an
# application of its own.
AUTO, UNCERTAIN, CONFIRMED, DISMISSED, REPEAT = "auto", "uncertain", "confirmed", "dismissed", "repeat"
ACTIVE_DECISIONS = (AUTO, CONFIRMED)


@dataclass
class Rejection:
    """A rejection found in the mailbox, as stored in the state database."""

    id: int
    message_key: str
    message_id: str | None
    subject: str
    sender: Address
    received_at: datetime | None
    company: str | None
    role: str | None
    contact_name: str | None
    contact_email: str | None
    careers_url: str | None
    lang: str
    confidence: float
    reasons: list[str]
    decision: str
    source: str = ""
    tags: list[str] = field(default_factory=list)  # set by plugins through nextround_enrich

    @property
    def contact(self) -> Address | None:
        if not self.contact_email and not self.contact_name:
            return None
        return Address(self.contact_name or "", self.contact_email or "")


@dataclass
class Opening:
    """A job posting that appeared on a watched board after its baseline."""

    company: str
    title: str
    url: str
    board_url: str
    posting_id: str
    location: str | None = None
    score: float = 0.0
    rejection_id: int | None = None


@dataclass
class PeriodicJob:
    """A job for the daemon's scheduler; ``run(app)`` is called when it is due."""

    name: str
    every: timedelta
    run: Callable[..., Any]
    jitter: float = 0.1  # fraction of ``every`` added at random, so boards are not hit in lockstep
