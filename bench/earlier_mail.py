"""The daemon's thread-context lookup (core/earlier_mail.py): its cost per mail without job words, on a real SQLite
state holding many recorded messages (it runs for each such mail, most of an ordinary inbox).
Run: .venv/bin/python bench/earlier_mail.py [--rows 20000]"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from nextround.earlier_mail import job_context
from nextround.message import parse
from nextround.state import State

SENDERS = 3_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000, help="messages already recorded")
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        state = State(str(Path(folder) / "state.sqlite3"))
        with state.tx() as db:
            db.executemany(
                "INSERT INTO messages (key, source, date, from_addr, subject, outcome, seen_at, category)"
                " VALUES (?, 'bench', ?, ?, 'hello', 'other', ?, 'other')",
                [(f"k{i}", 1.7e9 + i, f"user{i % SENDERS}@site{i % 500}.example", 1.7e9 + i) for i in range(rows)])
        app = SimpleNamespace(state=state, owner_addresses={"sam@example.net"})
        mails = [parse(f"From: user{i % SENDERS}@site{i % 500}.example\nTo: sam@example.net\nSubject: hi\n"
                       f"Date: Mon, 1 Jun 2026 10:00:00 +0000\nMessage-ID: <m{i}@bench>\n\nhello there\n".encode())
                 for i in range(2_000)]
        start = time.perf_counter()
        for mail in mails:
            job_context(app, mail)
        took = time.perf_counter() - start
        state.close()
    print(f"thread-context lookup: {took / len(mails) * 1e6:.0f} us per mail with {rows:,} messages recorded")


if __name__ == "__main__":
    main()
