"""The state database: one SQLite file (WAL) that makes every run idempotent.

It records every message seen (a light header index that plugins can search), every rejection
with its extracted fields and a copy of the message, every plugin reaction and every outside
effect with its outcome, source cursors and scheduler times. Schema changes are numbered
migrations, applied once each; plugins add their own with ``migrate(owner, [...])``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CORE_MIGRATIONS = [
    """
    CREATE TABLE messages (
        key TEXT PRIMARY KEY,
        message_id TEXT,
        source TEXT NOT NULL,
        date REAL,
        from_name TEXT, from_addr TEXT,
        to_json TEXT, cc_json TEXT,
        subject TEXT,
        in_reply_to TEXT,
        list_id TEXT,
        outcome TEXT NOT NULL,          -- 'rejection' | 'uncertain' | 'other' | 'own' | 'broken'
        confidence REAL,
        seen_at REAL NOT NULL
    );
    CREATE INDEX messages_from ON messages(from_addr);
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE TABLE source_items (         -- items a source has handed over (Maildir file names...)
        source TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (source, item)
    ) WITHOUT ROWID;
    CREATE TABLE cursors (              -- per IMAP folder: UIDVALIDITY and the last UID seen
        source TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER, last_uid INTEGER,
        PRIMARY KEY (source, folder)
    );
    CREATE TABLE rejections (
        id INTEGER PRIMARY KEY,
        message_key TEXT NOT NULL UNIQUE,
        message_id TEXT,
        subject TEXT, from_name TEXT, from_addr TEXT,
        received_at REAL,
        company TEXT, role TEXT, contact_name TEXT, contact_email TEXT, careers_url TEXT,
        lang TEXT, confidence REAL, reasons_json TEXT,
        decision TEXT NOT NULL,         -- auto | uncertain | confirmed | dismissed | repeat
        source TEXT,
        raw BLOB,                       -- the message, so retries need no source
        created_at REAL NOT NULL
    );
    CREATE TABLE reactions (
        rejection_id INTEGER NOT NULL REFERENCES rejections(id),
        plugin TEXT NOT NULL,
        status TEXT NOT NULL,           -- ok | failed | gave_up
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at REAL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (rejection_id, plugin)
    );
    CREATE TABLE effects (
        plugin TEXT NOT NULL,
        key TEXT NOT NULL,
        rejection_id INTEGER,
        kind TEXT NOT NULL,             -- draft | event | contact | notice ...
        status TEXT NOT NULL,           -- pending | done
        description TEXT NOT NULL,
        ref TEXT,                       -- where it went: a file, a draft id, an event id
        created_at REAL NOT NULL,
        done_at REAL,
        PRIMARY KEY (plugin, key)
    );
    CREATE TABLE jobs (name TEXT PRIMARY KEY, last_run_at REAL, last_error TEXT);
    CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT);
    """,
    """
    ALTER TABLE jobs ADD COLUMN next_run_at REAL;
    ALTER TABLE messages ADD COLUMN category TEXT;   -- the classifier's kind of mail, when it says
    ALTER TABLE rejections ADD COLUMN tags_json TEXT;
    CREATE INDEX messages_date ON messages(date);
    """,
    """
    ALTER TABLE rejections ADD COLUMN fingerprint TEXT;  -- the letter's (core/fingerprint.py): one letter, one row
    CREATE INDEX rejections_fingerprint ON rejections(fingerprint);
    ALTER TABLE messages ADD COLUMN duplicate_of INTEGER;  -- outcome 'duplicate': the rejection it repeats
    """,
]


class StateLocked(Exception):
    """Another nextround process holds the state database."""


class State:
    """A thin, typed layer over the SQLite file. One instance per process."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=10, isolation_level=None,
                                  check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (owner TEXT, version INTEGER, applied_at REAL,"
            " PRIMARY KEY (owner, version))")
        self.migrate("core", CORE_MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic transaction (BEGIN IMMEDIATE: writers queue instead of failing midway)."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def migrate(self, owner: str, migrations: Sequence[str]) -> None:
        """Apply each not yet applied migration of ``owner``, in order, each in one transaction."""
        done = {r[0] for r in self.db.execute(
            "SELECT version FROM migrations WHERE owner = ?", (owner,))}
        for version, script in enumerate(migrations, start=1):
            if version in done:
                continue
            with self.tx() as db:
                for statement in _statements(script):
                    db.execute(statement)
                db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (owner, version, time.time()))

    # -- small helpers -------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            return self.db.execute(sql, params).fetchone()

    def get_kv(self, key: str, default: Any = None) -> Any:
        row = self.one("SELECT value FROM kv WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default

    def set_kv(self, key: str, value: Any) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO kv VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                       (key, json.dumps(value)))


def _statements(script: str) -> list[str]:
    # sqlite3.executescript would COMMIT our transaction; drop comments, split on ';' (none in our DDL).
    text = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in text.split(";") if s.strip()]
