"""One pass: new mail from the source -> classify -> record -> plugin reactions."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nextround.application import APPLICATION_WINDOW_DAYS, same_application, within_window
from nextround.earlier_mail import remember_unrecorded
from nextround.fingerprint import letter_fingerprint
from nextround.message import Message, parse
from nextround.plugin_manager import describe_error
from nextround.reactions import dispatch, react_one
from nextround.records import AUTO, DISMISSED, REPEAT, UNCERTAIN, Rejection, Verdict
from nextround.sources import MailSource, SourceItem

if TYPE_CHECKING:
    from nextround.app import App

Row = Any  # a state row (sqlite3.Row) or a dry run's stand-in with the same keys

log = logging.getLogger("nextround.pipeline")

# Raw copies kept for rejections are capped: attachments beyond this are not needed to react.
MAX_STORED_RAW = 1_000_000

# The same letter again within this many days (a resend, a copy, the reader's forward of it) is the same rejection and
# is not acted on again; later, the same template letter answers a new application and counts as a new rejection.
DUPLICATE_WINDOW_DAYS = 60


@dataclass
class PassReport:
    scanned: int = 0
    rejections: list[int] = field(default_factory=list)
    uncertain: list[int] = field(default_factory=list)
    broken: int = 0
    duplicates: list[int] = field(default_factory=list)  # the rejections a message repeated
    reactions: dict[str, int] = field(default_factory=dict)
    letters: dict[str, dict[str, Any]] = field(default_factory=dict)  # a dry run's letters (it records none)


def classify(app: App, message: Message) -> Verdict:
    verdict = app.plugins.pm.hook.nextround_classify(message=message, app=app)
    if not isinstance(verdict, Verdict):
        raise TypeError(f"nextround_classify returned {type(verdict).__name__}, not a Verdict")
    return verdict


def outcome_of(app: App, message: Message) -> tuple[str, Verdict | None]:
    if message.sender.email and message.sender.email.lower() in app.owner_addresses:
        return "own", None  # the user's own mail is never a rejection (a withdrawal, a reply...)
    verdict = classify(app, message)
    threshold = app.config.detection.threshold
    if verdict.is_rejection and verdict.confidence >= threshold:
        return "rejection", verdict
    if verdict.confidence >= threshold - app.config.detection.uncertain_margin and (
            verdict.is_rejection or verdict.confidence >= 0.5):
        return "uncertain", verdict
    return "other", verdict


def enrich(app: App, rejection: Rejection, message: Message) -> None:
    for plugin, updates, error in app.plugins.call_each("nextround_enrich", rejection=rejection,
                                                        message=message, app=app):
        if error is not None:
            log.error("plugin %s: enrich failed on %s: %s", plugin, message.subject[:60], describe_error(error))
        elif isinstance(updates, dict):
            for key, value in updates.items():
                if value is not None and hasattr(rejection, key) and key not in ("id", "message_key"):
                    setattr(rejection, key, value)


def earlier_rejection(app: App, fingerprint: str, received: datetime | None) -> Row | None:
    """The rejection recorded for the same letter within ``DUPLICATE_WINDOW_DAYS``, whatever its decision (the
    user's confirm or dismiss of it stands for every copy)."""
    rows = app.state.query("SELECT id, company, role, decision, received_at FROM rejections"
                           " WHERE fingerprint = ? ORDER BY id", (fingerprint,))
    when = received.timestamp() if received else None
    for row in rows:
        if when is None or row["received_at"] is None or \
                abs(when - row["received_at"]) <= DUPLICATE_WINDOW_DAYS * 86400:
            return row
    return None


def same_letter(app: App, report: PassReport, message: Message) -> tuple[str, Row | None]:
    """The fingerprint of the letter a rejection delivers, and the rejection already recorded for that letter
    (None: a new letter). A dry run records nothing, so it remembers the letters of its own pass."""
    fingerprint = letter_fingerprint(message)
    first = earlier_rejection(app, fingerprint, message.date)
    if first is None and app.dry_run:
        first = report.letters.get(fingerprint)
    return fingerprint, first


def same_application_as(app: App, report: PassReport, rejection: Rejection) -> Row | None:
    """The rejection already recorded for the application a new letter answers (core/application.py): the same
    employer and role within ``APPLICATION_WINDOW_DAYS``, neither dismissed by the user nor itself a repeat (a
    repeat the user confirmed is an application of its own). None: a new application."""
    if rejection.received_at is None or not rejection.company:
        return None
    when = rejection.received_at.timestamp()
    span = APPLICATION_WINDOW_DAYS * 86400
    rows = list(app.state.query("SELECT id, company, role, decision, received_at FROM rejections"
                                " WHERE received_at BETWEEN ? AND ? AND decision NOT IN (?, ?) ORDER BY id",
                                (when - span, when + span, DISMISSED, REPEAT)))
    if app.dry_run:
        rows += [row for row in report.letters.values() if row["decision"] not in (DISMISSED, REPEAT)]
    for row in rows:
        if within_window(rejection.received_at, row["received_at"]) and \
                same_application(rejection.company, rejection.role, row):
            return row
    return None


def log_duplicate(item: SourceItem, first: Row, promoted: bool, *, same: str = "the same letter as",
                  kept_as: int | None = None) -> None:
    """One line that says which rejection the message repeats and why nothing happens (``kept_as``: the id under
    which a letter about the same application is kept, for the user to confirm if it answers another one)."""
    what = first["company"] or "?"
    if first["role"]:
        what += f", {first['role']}"
    day = datetime.fromtimestamp(first["received_at"]).strftime("%Y-%m-%d") if first["received_at"] else "?"
    standing = {UNCERTAIN: f" (#{first['id']} awaits `nextround confirm {first['id']}`)",
                DISMISSED: f" (#{first['id']} was dismissed)",
                REPEAT: f" (#{first['id']} is kept as a repeat itself)"}.get(first["decision"], "")
    if promoted:
        standing = f" (#{first['id']} was uncertain; this copy reads as a clear rejection: #{first['id']} is acted on)"
    if kept_as:
        standing += f"; kept as #{kept_as}: if it answers another application, `nextround confirm {kept_as}`"
    earlier = f"rejection #{first['id']}" if first["id"] else "a rejection found earlier in this dry run"
    log.info("%s: message %s is %s %s (%s, received %s); not acted on again%s",
             item.source, item.item, same, earlier, what[:80], day, standing)


def fill_fingerprints(app: App) -> None:
    """Rejections recorded before letters had fingerprints get theirs from their stored copy, so that a later copy
    of their letter is still known (once: the value is never NULL again, "" when there is no copy)."""
    rows = app.state.query("SELECT id, raw FROM rejections WHERE fingerprint IS NULL")
    if not rows:
        return
    with app.state.tx() as db:
        for row in rows:
            fingerprint = letter_fingerprint(parse(bytes(row["raw"]))) if row["raw"] else ""
            db.execute("UPDATE rejections SET fingerprint = ? WHERE id = ?", (fingerprint, row["id"]))


def ingest(app: App, item: SourceItem, report: PassReport) -> None:
    """Classify and record one message. Idempotent: a message key seen before is skipped."""
    try:
        message = parse(item.raw)
    except Exception as exc:  # the parser is lenient; this is the last line of defence
        record_unparseable(app, item, exc)
        return
    already = app.state.one("SELECT 1 FROM messages WHERE key = ?", (message.key,))
    if already:
        with app.state.tx() as db:
            item.commit(db)
        return
    app.note_recipients(message)  # (before it is classified: the owner's first own mail is known as theirs)
    unreadable = not message.text.strip() or any(d.startswith("no message headers") for d in message.defects)
    if unreadable:  # reported once: the item is recorded below and never handed over again
        log.warning("%s: message %s has no readable text (%s); recorded and skipped",
                    item.source, item.item, ", ".join(sorted(set(message.defects)))[:120] or "empty")
        outcome, verdict = "broken", None
    else:
        try:
            outcome, verdict = outcome_of(app, message)
        except Exception as exc:  # a classifier plugin's fault must not lose the message
            log.error("classifying %s failed: %s; will retry next pass", item.item, describe_error(exc))
            return
    rejection, first, fingerprint, promote = None, None, None, False
    if outcome in ("rejection", "uncertain") and verdict is not None:
        fingerprint, first = same_letter(app, report, message)
    same = "the same letter as"
    if first is None and outcome in ("rejection", "uncertain") and verdict is not None:
        rejection = Rejection(
            id=0, message_key=message.key, message_id=message.message_id, subject=message.subject,
            sender=message.sender, received_at=message.date, company=verdict.company, role=verdict.role,
            contact_name=verdict.contact_name, contact_email=verdict.contact_email,
            careers_url=verdict.careers_url, lang=verdict.lang or "en", confidence=verdict.confidence,
            reasons=verdict.reasons, decision=AUTO if outcome == "rejection" else UNCERTAIN,
            source=item.source)
        enrich(app, rejection, message)
        first = same_application_as(app, report, rejection)
        if first is not None:  # another letter about an application already answered (a survey, a second no):
            # kept as a repeat, which nothing reacts to, so that the user can confirm it if it answers another one
            rejection.decision, same = REPEAT, "about the same application as"
            rejection.reasons = [*rejection.reasons, f"about the same application as rejection #{first['id']}"]
    if first is not None:  # the same letter again: recorded, never a second rejection or a second reaction
        # ...but a clear reading of a letter whose first copy read as uncertain (and that the user has not decided
        # on) makes that rejection a clear one: the user would not expect to confirm what the letter says plainly
        promote = outcome == "rejection" and first["decision"] == UNCERTAIN
        outcome = "duplicate"
        report.duplicates.append(first["id"])
        if rejection is None or app.dry_run:  # (a repeat kept is logged once it has its id, below)
            log_duplicate(item, first, promote, same=same)
    raw = item.whole() if rejection is not None and item.whole is not None else item.raw
    if app.dry_run:  # show what would happen; write nothing
        report.scanned += 1
        remember_unrecorded(app, message, outcome, verdict.category if verdict else None)
        if rejection and fingerprint:
            report.letters[fingerprint] = {"id": 0, "company": rejection.company, "role": rejection.role,
                                           "decision": rejection.decision,
                                           "received_at": message.date.timestamp() if message.date else None}
        if rejection and outcome == "rejection":
            report.rejections.append(0)
            message.raw = raw
            for plugin in app.plugins.implementers("nextround_react"):
                react_one(app, plugin, rejection, message)
        return
    for plugin, _r, error in app.plugins.call_each("nextround_index", message=message, outcome=outcome, app=app):
        if error is not None:
            log.error("plugin %s: indexing %s failed: %s", plugin, item.item, describe_error(error))
    with app.state.tx() as db:
        db.execute(
            "INSERT OR IGNORE INTO messages (key, message_id, source, date, from_name, from_addr, to_json,"
            " cc_json, subject, in_reply_to, list_id, outcome, confidence, seen_at, category, duplicate_of)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (message.key, message.message_id, item.source,
             message.date.timestamp() if message.date else None, message.sender.name,
             message.sender.email, json.dumps([[a.name, a.email] for a in message.to]),
             json.dumps([[a.name, a.email] for a in message.cc]), message.subject, message.in_reply_to,
             message.headers.get("list-id"), outcome,
             verdict.confidence if verdict else None, time.time(), verdict.category if verdict else None,
             first["id"] if first is not None else None))
        if rejection:
            cur = db.execute(
                "INSERT INTO rejections (message_key, message_id, subject, from_name, from_addr, received_at,"
                " company, role, contact_name, contact_email, careers_url, lang, confidence, reasons_json,"
                " decision, source, raw, created_at, tags_json, fingerprint)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rejection.message_key, rejection.message_id, rejection.subject, rejection.sender.name,
                 rejection.sender.email, message.date.timestamp() if message.date else None,
                 rejection.company, rejection.role, rejection.contact_name, rejection.contact_email,
                 rejection.careers_url, rejection.lang, rejection.confidence, json.dumps(rejection.reasons),
                 rejection.decision, item.source, raw[:MAX_STORED_RAW], time.time(), json.dumps(rejection.tags),
                 fingerprint))
            if outcome == "duplicate":
                log_duplicate(item, first, promote, same=same, kept_as=cur.lastrowid)
            else:
                (report.rejections if outcome == "rejection" else report.uncertain).append(cur.lastrowid)
        if promote and verdict is not None and first is not None:
            db.execute("UPDATE rejections SET decision = ?, confidence = MAX(confidence, ?) WHERE id = ?"
                       " AND decision = ?", (AUTO, verdict.confidence, first["id"], UNCERTAIN))
            report.rejections.append(first["id"])
        item.commit(db)
    report.scanned += 1
    if rejection and outcome == "rejection":
        log.info("rejection found: %s (%s, confidence %.2f)", rejection.company or "?",
                 (rejection.role or message.subject)[:80], rejection.confidence)


def record_unparseable(app: App, item: SourceItem, exc: Exception) -> None:
    """Report a message the parser choked on once, and remember it so it is not retried."""
    log.warning("%s: message %s cannot be parsed (%s); recorded and skipped", item.source, item.item,
                describe_error(exc))
    if app.dry_run:
        return
    key = "sha:" + hashlib.sha256(item.raw).hexdigest()[:32]
    with app.state.tx() as db:
        db.execute("INSERT OR IGNORE INTO messages (key, source, outcome, seen_at) VALUES (?, ?, 'broken', ?)",
                   (key, item.source, time.time()))
        item.commit(db)


def scan(app: App, source: MailSource, report: PassReport) -> None:
    for item in source.scan(app.state):
        if app.stopping.is_set():  # SIGTERM: the message in hand is done; the rest waits for next time
            break
        try:
            ingest(app, item, report)
        except Exception as exc:  # one bad message never stops the pass
            report.broken += 1
            log.error("%s: message %s could not be processed: %s", item.source, item.item, describe_error(exc))


def run_pass(app: App, source: MailSource) -> PassReport:
    """Scan new mail, then run every due reaction (new rejections and retries)."""
    report = PassReport()
    if not app.dry_run:
        fill_fingerprints(app)
    scan(app, source, report)
    report.reactions = dispatch(app)
    if not app.dry_run:
        app.state.set_kv("last_pass", {"at": time.time(), "scanned": report.scanned,
                                       "rejections": len(report.rejections)})
    return report
