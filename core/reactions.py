"""Dispatch rejections to plugins, one plugin at a time, and make every effect happen once.

A plugin performs each outside effect (a draft, an event, a contact) through ``ctx.once``:
the effect is recorded as *pending* before it is attempted and *done* after, in separate
transactions. If the process dies in between, the next attempt asks the plugin's ``exists``
check (the draft's Message-ID in the folder, the event's client-chosen id...) before doing it
again, so a crash can never produce a second copy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nextround.message import Message, parse
from nextround.plugin_manager import describe_error
from nextround.records import ACTIVE_DECISIONS, Address, Rejection

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround.reactions")


@dataclass
class EffectOutcome:
    status: str  # "done" (now), "existing" (an earlier run did it), "planned" (dry run)
    ref: str | None


@dataclass
class ReactionContext:
    """What a plugin's ``nextround_react`` gets besides the rejection and message."""

    app: App
    plugin: str
    rejection: Rejection
    config: Any  # the plugin's validated config model, or None
    log: logging.Logger

    @property
    def dry_run(self) -> bool:
        return self.app.dry_run

    def once(self, key: str, *, kind: str, description: str, perform: Callable[[], str | None],
             exists: Callable[[], str | None] | None = None) -> EffectOutcome:
        """Perform an effect exactly once per (plugin, key).

        ``perform`` does it and returns where it went (a path, an id). ``exists``, if given,
        returns that reference when the effect is already there (used after a crash).
        """
        return run_once(self.app, self.plugin, key, kind=kind, description=description,
                        perform=perform, exists=exists, rejection_id=self.rejection.id)

    def note(self, key: str, description: str) -> None:
        """Record a decision that produced no effect (e.g. why no draft was made), once."""
        run_once(self.app, self.plugin, key, kind="note", description=description,
                 perform=lambda: None, rejection_id=self.rejection.id)


def run_once(app: App, plugin: str, key: str, *, kind: str, description: str,
             perform: Callable[[], str | None], exists: Callable[[], str | None] | None = None,
             rejection_id: int | None = None) -> EffectOutcome:
    state = app.state
    row = state.one("SELECT status, ref FROM effects WHERE plugin = ? AND key = ?", (plugin, key))
    if row and row["status"] == "done":
        return EffectOutcome("existing", row["ref"])
    if app.dry_run:
        app.planned.append((plugin, description))
        return EffectOutcome("planned", None)
    if row and exists is not None:  # pending: a previous attempt may have got through
        ref = exists()
        if ref:
            _mark_done(app, plugin, key, ref)
            log.info("%s: %s was already there (%s)", plugin, description, ref)
            return EffectOutcome("existing", ref)
    if not row:
        with state.tx() as db:
            db.execute("INSERT INTO effects (plugin, key, rejection_id, kind, status, description,"
                       " created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                       (plugin, key, rejection_id, kind, description, time.time()))
    ref = perform()
    _mark_done(app, plugin, key, ref)
    if kind != "note":
        log.info("%s: %s%s", plugin, description, f" -> {ref}" if ref else "")
    return EffectOutcome("done", ref)


def _mark_done(app: App, plugin: str, key: str, ref: str | None) -> None:
    with app.state.tx() as db:
        db.execute("UPDATE effects SET status = 'done', ref = ?, done_at = ? WHERE plugin = ? AND key = ?",
                   (ref, time.time(), plugin, key))


def load_rejection(row: Any) -> Rejection:
    import json
    from datetime import UTC, datetime

    received = datetime.fromtimestamp(row["received_at"], UTC) if row["received_at"] else None
    return Rejection(
        id=row["id"], message_key=row["message_key"], message_id=row["message_id"],
        subject=row["subject"] or "", sender=Address(row["from_name"] or "", row["from_addr"] or ""),
        received_at=received, company=row["company"], role=row["role"],
        contact_name=row["contact_name"], contact_email=row["contact_email"],
        careers_url=row["careers_url"], lang=row["lang"] or "en", confidence=row["confidence"] or 0.0,
        reasons=json.loads(row["reasons_json"] or "[]"), decision=row["decision"], source=row["source"] or "",
        tags=json.loads(row["tags_json"] or "[]"))


def max_backoff(app: App) -> float:
    cfg = app.config.daemon
    return cfg.retry_base_minutes * 60 * 2 ** max(0, cfg.max_attempts - 1) + 60


def due_reactions(app: App, plugin: str, now: float) -> list[int]:
    marks = ",".join("?" * len(ACTIVE_DECISIONS))
    max_age = app.config.daemon.react_max_age_days
    oldest = now - max_age * 86400 if max_age else 0
    rows = app.state.query(
        f"SELECT r.id FROM rejections r LEFT JOIN reactions x ON x.rejection_id = r.id AND x.plugin = ?"
        f" WHERE r.decision IN ({marks}) AND (x.status IS NULL OR (x.status = 'failed'"
        f" AND (x.next_attempt_at <= ? OR x.next_attempt_at > ?)))"
        f" AND (r.decision = 'confirmed' OR COALESCE(r.received_at, r.created_at) >= ?) ORDER BY r.id",
        # A retry due further out than the longest backoff means the clock went back: retry now.
        (plugin, *ACTIVE_DECISIONS, now, now + max_backoff(app), oldest))
    return [r[0] for r in rows]


def dispatch(app: App) -> dict[str, int]:
    """Run every due reaction; returns counts per outcome. Never raises for a plugin's fault."""
    counts = {"ok": 0, "failed": 0}
    now = time.time()
    cache: dict[int, tuple[Rejection, Message]] = {}
    for plugin in app.plugins.implementers("nextround_react"):
        for rejection_id in due_reactions(app, plugin, now):
            if app.stopping.is_set():
                return counts
            if rejection_id not in cache:
                row = app.state.one("SELECT * FROM rejections WHERE id = ?", (rejection_id,))
                cache[rejection_id] = (load_rejection(row), parse(row["raw"] or b"", keep_raw=True))
            rejection, message = cache[rejection_id]
            ok = react_one(app, plugin, rejection, message)
            counts["ok" if ok else "failed"] += 1
    return counts


def react_one(app: App, plugin: str, rejection: Rejection, message: Message) -> bool:
    ctx = ReactionContext(app=app, plugin=plugin, rejection=rejection,
                          config=app.plugin_config(plugin), log=logging.getLogger(f"nextround.{plugin}"))
    try:
        call_with_timeout(app.config.daemon.plugin_timeout_seconds, app.plugins.call_one, plugin,
                          "nextround_react", rejection=rejection, message=message, ctx=ctx)
    except Exception as exc:
        record_failure(app, plugin, rejection, exc)
        return False
    if not app.dry_run:
        with app.state.tx() as db:
            db.execute(
                "INSERT INTO reactions (rejection_id, plugin, status, attempts, updated_at)"
                " VALUES (?, ?, 'ok', 1, ?) ON CONFLICT(rejection_id, plugin) DO UPDATE SET"
                " status='ok', attempts=attempts+1, last_error=NULL, next_attempt_at=NULL,"
                " updated_at=excluded.updated_at", (rejection.id, plugin, time.time()))
    return True


class PluginTimeout(Exception):
    pass


def call_with_timeout(seconds: float, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``func`` on a worker thread; give up waiting after ``seconds``.

    Python cannot kill a thread: a hung plugin call is abandoned, not stopped. Anything it does
    later still goes through ``ctx.once``, so it cannot duplicate an effect.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = func(*args, **kwargs)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="nextround-plugin-call", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise PluginTimeout(f"no answer after {seconds:g} s (abandoned; retried later)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def record_failure(app: App, plugin: str, rejection: Rejection, exc: BaseException) -> None:
    error = describe_error(exc)
    cfg = app.config.daemon
    row = app.state.one("SELECT attempts FROM reactions WHERE rejection_id = ? AND plugin = ?",
                        (rejection.id, plugin))
    attempts = (row["attempts"] if row else 0) + 1
    gave_up = attempts >= cfg.max_attempts
    delay = cfg.retry_base_minutes * 60 * 2 ** (attempts - 1)
    what = f"rejection #{rejection.id} ({rejection.company or rejection.sender.email})"
    if gave_up:
        log.error("plugin %s failed on %s: %s (attempt %d of %d; giving up, see `nextround status`)",
                  plugin, what, error, attempts, cfg.max_attempts)
    else:
        log.error("plugin %s failed on %s: %s (attempt %d of %d; retrying in %d min)",
                  plugin, what, error, attempts, cfg.max_attempts, round(delay / 60))
    if not app.dry_run:
        with app.state.tx() as db:
            db.execute(
                "INSERT INTO reactions (rejection_id, plugin, status, attempts, last_error, next_attempt_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(rejection_id, plugin) DO UPDATE SET"
                " status=excluded.status, attempts=excluded.attempts, last_error=excluded.last_error,"
                " next_attempt_at=excluded.next_attempt_at, updated_at=excluded.updated_at",
                (rejection.id, plugin, "gave_up" if gave_up else "failed", attempts, error,
                 time.time() + delay, time.time()))
    for other, _result, err in app.plugins.call_each(
            "nextround_plugin_error", plugin_name=plugin, hook_name="nextround_react", error=exc,
            rejection=rejection):
        if err is not None:
            log.error("plugin %s: its nextround_plugin_error hook raised: %s", other, describe_error(err))
