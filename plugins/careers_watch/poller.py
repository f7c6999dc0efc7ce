"""The poll job: every board that is due is fetched once; new postings become openings, once.

A board's first successful poll records what is there as its baseline and reports nothing. Each
later poll compares posting ids with every id the board ever showed: a new id is a new opening,
ranked against the rejected role and kept when it scores at least ``min_score``. The posting and
the opening are written in one transaction, so an opening is recorded exactly once; the
``nextround_new_opening`` hook then fires for each recorded opening not yet announced, once per plugin.
"""

from __future__ import annotations

import logging
import random
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nextround.plugin_manager import describe_error
from nextround.plugins.careers_watch import adapters, store
from nextround.plugins.careers_watch.discover import probe_candidates
from nextround.plugins.careers_watch.fetch import Fetcher, FetchError, RateLimited
from nextround.plugins.careers_watch.rank import score
from nextround.plugins.careers_watch.settings import CareersWatchConfig
from nextround.plugins.careers_watch.urls import BoardRef, ref_for
from nextround.records import Opening

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround.careers_watch")
MONTH = 30.44 * 86400
MAX_BACKOFF = 7 * 86400


def settings(app: App) -> CareersWatchConfig:
    return app.plugin_config("careers_watch") or CareersWatchConfig()


def ref_of(row: Any) -> BoardRef:
    return BoardRef(row["kind"], row["token"], row["region"], row["site"], row["feed"])


def watch_until(row: Any, cfg: CareersWatchConfig) -> float | None:
    if not row["last_rejection_at"] or cfg.watch_months == 0:
        return None
    return float(row["last_rejection_at"]) + cfg.watch_months * MONTH


def sync_config_boards(app: App, cfg: CareersWatchConfig) -> None:
    for board in cfg.boards:
        ref = ref_for(board.url, board.kind)
        if ref is None:
            log.warning("careers_watch: board %r for %s is not an http(s) URL; skipped", board.url, board.company)
            continue
        store.add_board(app.state, company=board.company, kind=ref.kind, token=ref.token, region=ref.region,
                        site=ref.site, feed=ref.feed, board_url=ref.board_url, found_by="config")


def make_fetcher(cfg: CareersWatchConfig) -> Fetcher:
    return Fetcher(allow_private=cfg.allow_private_addresses, timeout=cfg.timeout_seconds,
                   max_bytes=cfg.max_response_kb * 1024, max_redirects=cfg.max_redirects)


def run_poll(app: App) -> None:
    cfg = settings(app)
    if not cfg.network:
        log.debug("careers_watch: network = false; boards are recorded, never fetched")
        return
    store.migrate(app.state)
    sync_config_boards(app, cfg)
    fetcher = make_fetcher(cfg)
    started = time.time()
    try:
        if cfg.probe:
            run_probes(app, cfg, fetcher)
        now = time.time()
        for row in store.boards(app.state, status=store.ACTIVE):
            until = watch_until(row, cfg)
            if until is not None and until < now:
                store.update_board(app.state, row["id"], status=store.EXPIRED)
                log.info("careers_watch: stopped watching %s (%s): %d months since the last rejection",
                         row["company"], row["board_url"], cfg.watch_months)
                continue
            if (row["backoff_until"] or 0) > now or (row["next_poll_at"] or 0) > now:
                continue
            if (row["last_polled_at"] or 0) >= started:  # found by a probe in this pass: fetched already
                continue
            poll_board(app, cfg, fetcher, row)
    finally:
        fetcher.close()
    announce(app)


def _next_poll(cfg: CareersWatchConfig, now: float) -> float:
    every = cfg.interval_minutes * 60
    return now + every * (1 + random.uniform(0, 0.1)) if every else now


def poll_board(app: App, cfg: CareersWatchConfig, fetcher: Fetcher, row: Any) -> None:
    ref = ref_of(row)
    now = time.time()
    try:
        result = adapters.poll(fetcher, ref, ref.feed_url(cfg.api_endpoints), row["etag"], row["last_modified"])
    except RateLimited as exc:
        until = now + min(max(exc.retry_after, 60), MAX_BACKOFF)
        store.update_board(app.state, row["id"], backoff_until=until, last_error=str(exc), last_polled_at=now)
        log.warning("careers_watch: %s: %s; not polling this board again before %s", row["company"], exc,
                    datetime.fromtimestamp(until).strftime("%Y-%m-%d %H:%M"))
        return
    except FetchError as exc:
        store.update_board(app.state, row["id"], last_error=str(exc), last_polled_at=now,
                           next_poll_at=_next_poll(cfg, now))
        log.warning("careers_watch: %s: %s", row["company"], exc)
        return
    record(app, cfg, row, result, now)


def record(app: App, cfg: CareersWatchConfig, row: Any, result: adapters.FeedResult, now: float) -> int:
    """Store a poll's outcome; returns how many openings it reported."""
    fields: dict[str, Any] = {"last_polled_at": now, "next_poll_at": _next_poll(cfg, now), "last_error": None,
                              "backoff_until": None}
    if not result.changed:
        store.update_board(app.state, row["id"], **fields)
        log.debug("careers_watch: %s: not modified", row["company"])
        return 0
    fields.update(etag=result.etag, last_modified=result.last_modified, postings=len(result.postings))
    baseline = row["baselined_at"] is None
    known = store.known_postings(app.state, row["id"])
    new = [p for p in dict((p.id, p) for p in result.postings).values() if p.id not in known]
    reported = 0
    with app.state.tx() as db:
        db.executemany(
            "INSERT INTO careers_postings VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(board_id, posting_id)"
            " DO UPDATE SET last_seen = excluded.last_seen, title = excluded.title, url = excluded.url,"
            " location = excluded.location",
            [(row["id"], p.id, p.title, p.url, p.location, now, now) for p in result.postings])
        if baseline:
            fields["baselined_at"] = now
        else:
            for p in new:
                value = score(p.title, p.location, row["role"], keywords=cfg.keywords, locations=cfg.locations)
                if value < cfg.min_score:
                    log.info("careers_watch: %s: new posting %r scores %.2f, below min_score %.2f; not reported",
                             row["company"], p.title, value, cfg.min_score)
                    continue
                cur = db.execute(
                    "INSERT OR IGNORE INTO careers_openings (board_id, posting_id, company, title, url, location,"
                    " score, found_at, board_url, rejection_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row["id"], p.id, row["company"], p.title, p.url, p.location, value, now, row["board_url"],
                     row["rejection_id"]))
                reported += cur.rowcount
        sets = ", ".join(f"{k} = ?" for k in fields)
        db.execute(f"UPDATE careers_boards SET {sets} WHERE id = ?", (*fields.values(), row["id"]))
    if baseline:
        log.info("careers_watch: %s: baseline of %d postings on %s; new ones will be reported",
                 row["company"], len(result.postings), row["board_url"])
    return reported


def announce(app: App) -> None:
    """Fire nextround_new_opening for each recorded opening not yet announced: once per plugin, each plugin's turn
    recorded as it ends, so a crash mid-way repeats the opening to none of the plugins that already had it."""
    rows = app.state.query("SELECT * FROM careers_openings WHERE notified_at IS NULL ORDER BY found_at")
    for row in rows:
        opening = Opening(company=row["company"], title=row["title"], url=row["url"] or "",
                          board_url=row["board_url"] or "", posting_id=row["posting_id"], location=row["location"],
                          score=row["score"] or 0.0, rejection_id=row["rejection_id"])
        key = (row["board_id"], row["posting_id"])
        had = {r["plugin"] for r in app.state.query(
            "SELECT plugin FROM careers_deliveries WHERE board_id = ? AND posting_id = ?", key)}
        for plugin in app.plugins.implementers("nextround_new_opening"):
            if plugin in had:
                continue
            try:
                app.plugins.call_one(plugin, "nextround_new_opening", opening=opening, app=app)
            except Exception as error:  # logged, not retried: a plugin that failed once would fail every poll
                log.error("plugin %s: nextround_new_opening failed: %s", plugin, describe_error(error))
            with app.state.tx() as db:
                db.execute("INSERT OR IGNORE INTO careers_deliveries (board_id, posting_id, plugin) VALUES (?, ?, ?)",
                           (*key, plugin))
        with app.state.tx() as db:  # announced to all: the per-plugin rows are no longer needed
            db.execute("UPDATE careers_openings SET notified_at = ? WHERE board_id = ? AND posting_id = ?",
                       (time.time(), *key))
            db.execute("DELETE FROM careers_deliveries WHERE board_id = ? AND posting_id = ?", key)


def run_probes(app: App, cfg: CareersWatchConfig, fetcher: Fetcher) -> None:
    """Look for the board of each company whose rejection named none (a few requests, once)."""
    for probe in app.state.query("SELECT * FROM careers_probes WHERE status = 'pending'"):
        if app.state.one("SELECT 1 FROM careers_boards WHERE company_key = ?", (probe["company_key"],)):
            _probe_done(app, probe["company_key"], "done", "a board was found meanwhile")
            continue
        found = None
        tried = []
        for ref in probe_candidates(probe["company"], probe["domain"], probe["vendor_hint"], cfg.probe_max_requests):
            tried.append(ref.board_url)
            try:
                result = adapters.poll(fetcher, ref, ref.feed_url(cfg.api_endpoints))
            except FetchError as exc:
                log.debug("careers_watch: probe %s: %s", ref.board_url, exc)
                if isinstance(exc, RateLimited):
                    break
                continue
            if result.postings:
                found = (ref, result)
                break
        if found is None:
            _probe_done(app, probe["company_key"], "nothing",
                        f"no board found ({len(tried)} tried: {', '.join(tried)})")
            log.info("careers_watch: %s: no job board found (tried %s); add one with `nextround watch add`",
                     probe["company"], ", ".join(tried) or "nothing")
            continue
        ref, result = found
        row_id, _new = store.add_board(
            app.state, company=probe["company"], kind=ref.kind, token=ref.token, region=ref.region, site=ref.site,
            feed=ref.feed, board_url=ref.board_url, found_by=f"probe from the mail domain {probe['domain']}",
            rejection_id=probe["rejection_id"], role=_role_of(app, probe["rejection_id"]),
            rejected_at=_received_at(app, probe["rejection_id"]))
        _probe_done(app, probe["company_key"], "done", ref.board_url)
        log.info("careers_watch: %s: found %s by probing", probe["company"], ref.board_url)
        row = app.state.one("SELECT * FROM careers_boards WHERE id = ?", (row_id,))
        if row is not None and row["baselined_at"] is None:
            record(app, cfg, row, result, time.time())


def _probe_done(app: App, key: str, status: str, result: str) -> None:
    with app.state.tx() as db:
        db.execute("UPDATE careers_probes SET status = ?, tried_at = ?, result = ? WHERE company_key = ?",
                   (status, time.time(), result, key))


def _role_of(app: App, rejection_id: int | None) -> str | None:
    row = app.state.one("SELECT role FROM rejections WHERE id = ?", (rejection_id,)) if rejection_id else None
    return row["role"] if row else None


def _received_at(app: App, rejection_id: int | None) -> float | None:
    row = app.state.one("SELECT received_at, created_at FROM rejections WHERE id = ?", (rejection_id,)) \
        if rejection_id else None
    return (row["received_at"] or row["created_at"]) if row else None
