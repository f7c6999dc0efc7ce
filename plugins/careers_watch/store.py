"""careers_watch's own tables: boards (and how each was found), postings seen, openings reported."""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata
from typing import Any

from nextround.state import State

MIGRATIONS = [
    """
    CREATE TABLE careers_boards (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL,
        company_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        token TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        feed TEXT NOT NULL DEFAULT '',
        board_url TEXT NOT NULL,
        found_by TEXT NOT NULL,
        rejection_id INTEGER,
        role TEXT,
        last_rejection_at REAL,
        status TEXT NOT NULL,
        etag TEXT, last_modified TEXT,
        baselined_at REAL, last_polled_at REAL, next_poll_at REAL, backoff_until REAL,
        last_error TEXT, postings INTEGER,
        created_at REAL NOT NULL,
        UNIQUE (kind, token, region, site, feed)
    );
    CREATE TABLE careers_postings (
        board_id INTEGER NOT NULL, posting_id TEXT NOT NULL, title TEXT, url TEXT, location TEXT,
        first_seen REAL NOT NULL, last_seen REAL NOT NULL, PRIMARY KEY (board_id, posting_id)
    ) WITHOUT ROWID;
    CREATE TABLE careers_openings (
        board_id INTEGER NOT NULL, posting_id TEXT NOT NULL, company TEXT NOT NULL, title TEXT NOT NULL,
        url TEXT, location TEXT, score REAL, found_at REAL NOT NULL, board_url TEXT, rejection_id INTEGER,
        notified_at REAL, PRIMARY KEY (board_id, posting_id)
    ) WITHOUT ROWID;
    CREATE TABLE careers_probes (
        company_key TEXT PRIMARY KEY, company TEXT NOT NULL, domain TEXT NOT NULL, vendor_hint TEXT,
        rejection_id INTEGER, status TEXT NOT NULL, tried_at REAL, result TEXT
    );
    """,
    # Which plugins an opening has reached: a crash while announcing it repeats it to none of them.
    """
    CREATE TABLE careers_deliveries (
        board_id INTEGER NOT NULL, posting_id TEXT NOT NULL, plugin TEXT NOT NULL,
        PRIMARY KEY (board_id, posting_id, plugin)
    ) WITHOUT ROWID;
    """,
]

ACTIVE, REMOVED, EXPIRED = "active", "removed", "expired"
_LEGAL = re.compile(r"\b(inc|llc|ltd|gmbh|ag|sa|bv|plc|corp|co|sas|srl|s\.?l|limited|company)\.?$", re.I)


def company_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = _LEGAL.sub("", text).strip(" ,.")
    return re.sub(r"[^a-z0-9]+", "", text)


def migrate(state: State) -> None:
    state.migrate("careers_watch", MIGRATIONS)


def boards(state: State, *, status: str | None = None) -> list[sqlite3.Row]:
    if status:
        return state.query("SELECT * FROM careers_boards WHERE status = ? ORDER BY company, id", (status,))
    return state.query("SELECT * FROM careers_boards ORDER BY company, id")


def board_for(state: State, kind: str, token: str, region: str, site: str, feed: str) -> sqlite3.Row | None:
    return state.one("SELECT * FROM careers_boards WHERE kind = ? AND token = ? AND region = ? AND site = ?"
                     " AND feed = ?", (kind, token, region, site, feed))


def add_board(state: State, *, company: str, kind: str, token: str, region: str = "", site: str = "",
              feed: str = "", board_url: str, found_by: str, rejection_id: int | None = None,
              role: str | None = None, rejected_at: float | None = None, revive: bool = False) -> tuple[int, bool]:
    """Record a board (or refresh the rejection it follows). Returns (id, whether it is new).

    A board the user removed stays removed unless ``revive`` (the user adds it again).
    """
    now = time.time()
    with state.tx() as db:
        row = db.execute("SELECT * FROM careers_boards WHERE kind = ? AND token = ? AND region = ? AND site = ?"
                         " AND feed = ?", (kind, token, region, site, feed)).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO careers_boards (company, company_key, kind, token, region, site, feed, board_url,"
                " found_by, rejection_id, role, last_rejection_at, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (company, company_key(company), kind, token, region, site, feed, board_url, found_by,
                 rejection_id, role, rejected_at, ACTIVE, now))
            return int(cur.lastrowid or 0), True
        updates: dict[str, Any] = {}
        if rejected_at and (row["last_rejection_at"] or 0) <= rejected_at:
            updates.update(last_rejection_at=rejected_at, rejection_id=rejection_id, role=role or row["role"])
        if row["status"] == EXPIRED or (revive and row["status"] == REMOVED):
            updates.update(status=ACTIVE)
        if revive:
            updates.update(company=company, company_key=company_key(company), found_by=found_by)
        if updates:
            sets = ", ".join(f"{k} = ?" for k in updates)
            db.execute(f"UPDATE careers_boards SET {sets} WHERE id = ?", (*updates.values(), row["id"]))
        return int(row["id"]), False


def update_board(state: State, board_id: int, **fields: Any) -> None:
    sets = ", ".join(f"{k} = ?" for k in fields)
    with state.tx() as db:
        db.execute(f"UPDATE careers_boards SET {sets} WHERE id = ?", (*fields.values(), board_id))


def known_postings(state: State, board_id: int) -> set[str]:
    return {r[0] for r in state.query("SELECT posting_id FROM careers_postings WHERE board_id = ?", (board_id,))}


def openings(state: State) -> list[sqlite3.Row]:
    return state.query("SELECT * FROM careers_openings ORDER BY found_at, company")
