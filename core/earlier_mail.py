"""The reader's earlier job mail with a sender: the job context of a terse note that names no job.

"thanks for chatting on tuesday. sorry mate, they went with someone else" says a decision but never says about
what; read alone it is no rejection (a friend's news reads the same). From the recruiter who invited the reader to
an interview last week it is one. The daemon records every message it reads (``messages``: sender, date,
category), so the classifier can be told what came before.

Only mail from the very same address counts (a colleague at a bank that acknowledged a job application may also
turn down a loan), only mail that was plainly about the reader's application (an invitation, an acknowledgement,
an offer, a recruiter's approach: the classifier gives those categories only to mail with job words), only mail read
before this one and at most a year older, and none when a rejection from that address came since: a second note
after a rejection is a follow-up, not a second rejection to thank anyone for.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from nextround.people import LOOKBACK_SECONDS

if TYPE_CHECKING:
    from nextround.app import App
    from nextround.message import Message

# What each kind of earlier mail (the classifier's category) was, as the reason says it.
_JOB_MAIL = {"interview": "an interview or assessment", "application_received": "an application acknowledged",
             "offer": "an offer", "outreach": "a recruiter's approach"}
_DECIDED = ("rejection", "uncertain", "duplicate")  # outcomes: a decision from that address already came
_LOOKED_AT = 50  # the sender's latest messages read back, newest first


def job_context(app: App, message: Message) -> str | None:
    """What the reader's latest earlier job mail from this sender was ("an interview or assessment: 'Interview on
    Tuesday' from rahul@kingsmere.example, 2026-03-30"), or None."""
    address = message.sender.email or ""
    if "@" not in address or address.lower() in app.owner_addresses:
        return None
    sql = ("SELECT from_addr, subject, category, outcome, date FROM messages WHERE from_addr IN (?, ?) AND key != ?")
    params: list[object] = [address, address.lower(), message.key]
    if message.date is not None:  # written before this one, within the lookback (undated mail: read before it)
        when = message.date.timestamp()
        sql += " AND (date IS NULL OR (date <= ? AND date >= ?))"
        params += [when, when - LOOKBACK_SECONDS]
    rows = list(app.state.query(sql + f" ORDER BY date DESC, seen_at DESC LIMIT {_LOOKED_AT}", params))
    if app.dry_run:  # (it records nothing: what it read earlier in this pass is kept in memory instead)
        rows = _with_unrecorded(app, message, address.lower(), rows)
    for row in rows:
        if row["outcome"] in _DECIDED:
            return None
        if row["category"] in _JOB_MAIL:
            day = datetime.fromtimestamp(row["date"], UTC).strftime("%Y-%m-%d") if row["date"] else "earlier"
            subject = (row["subject"] or "").strip()[:60]
            return f"{_JOB_MAIL[row['category']]}: '{subject}' from {row['from_addr']}, {day}"
    return None


def remember_unrecorded(app: App, message: Message, outcome: str, category: str | None) -> None:
    """In a dry run, keeps what ``job_context`` would read of this message in the ``messages`` table: only job mail
    and decisions (the only rows it acts on), so a dry pass over a large mailbox stays small."""
    if "@" in (message.sender.email or "") and (outcome in _DECIDED or category in _JOB_MAIL):
        app.unrecorded.append({"key": message.key, "from_addr": message.sender.email,
                               "subject": message.subject, "category": category, "outcome": outcome,
                               "date": message.date.timestamp() if message.date else None})


def _with_unrecorded(app: App, message: Message, address: str, rows: list) -> list:
    """``rows`` and this dry run's unrecorded rows that the query would have found, newest first (undated last, then
    the later read first, as ``ORDER BY date DESC, seen_at DESC``)."""
    when = message.date.timestamp() if message.date else None
    more = [row for row in reversed(app.unrecorded)
            if (row["from_addr"] or "").lower() == address and row["key"] != message.key
            and (when is None or row["date"] is None or when - LOOKBACK_SECONDS <= row["date"] <= when)]
    if not more:
        return rows
    merged = more + rows  # (what this pass read came after what is recorded: first among equal dates)
    return sorted(merged, key=lambda row: -row["date"] if row["date"] is not None else float("inf"))
