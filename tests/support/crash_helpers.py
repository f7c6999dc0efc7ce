"""Helpers for the crash and fault tests (tests/test_crash.py, tests/test_faults.py): a daemon
subprocess that can be killed or stopped, read-only looks into its state file, bounded waits.

No fixtures here: the module is plain helpers (conftest loads every tests/support module as a
pytest plugin, which is harmless for this one).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WAIT = 60.0  # seconds before a wait gives up (a failure guard, not a speed goal)


class Daemon:
    """``nextround -c CONFIG run [args]`` as a subprocess, its output appended to one log file."""

    def __init__(self, config: Path, state: Path, log: Path, env: dict[str, str]) -> None:
        self.config = config
        self.state = state
        self.log = log
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None
        self.preexec: Callable[[], None] | None = None

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        assert self.proc is None or self.proc.poll() is not None, "the previous daemon is still running"
        with open(self.log, "ab") as out:
            out.write(f"\n===== start {' '.join(args) or 'run'} at {time.time():.3f}\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "nextround", "-c", str(self.config), "run", *args],
                env=self.env, stdout=out, stderr=subprocess.STDOUT, preexec_fn=self.preexec)
        return self.proc

    def run_once(self, timeout: float = WAIT) -> int:
        proc = self.start("--once")
        try:
            return proc.wait(timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        """SIGKILL by pid (this process only), then reap it."""
        assert self.proc is not None
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(WAIT)
        with open(self.log, "ab") as out:
            out.write(f"===== SIGKILL at {time.time():.3f}\n".encode())

    def terminate(self, timeout: float = WAIT) -> tuple[int, float]:
        """SIGTERM; returns (exit code, seconds until it exited). Kills it if it overruns ``timeout``."""
        assert self.proc is not None
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9, time.monotonic() - started
        return code, time.monotonic() - started

    def ensure_stopped(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait()

    def text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""


def query(state: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows from the daemon's state file (read-only; [] while it does not exist or is being created)."""
    if not state.exists():
        return []
    try:
        db = sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=10)
    except sqlite3.OperationalError:
        return []
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # tables not created yet
        return []
    finally:
        db.close()


def last_pass(state: Path) -> float:
    rows = query(state, "SELECT value FROM kv WHERE key = 'last_pass'")
    return json.loads(rows[0][0])["at"] if rows and rows[0][0] else 0.0


def wait_for(check: Callable[[], Any], what: str, daemon: Daemon | None = None, timeout: float = WAIT) -> Any:
    """Poll ``check`` until it is truthy; fail (with the daemon's log) after ``timeout`` s."""
    import pytest

    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if daemon is not None and daemon.proc is not None and daemon.proc.poll() is not None:
            pytest.fail(f"the daemon exited ({daemon.proc.returncode}) before {what}:\n{daemon.text()[-6000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {timeout:g} s waiting for {what}:\n"
                        f"{daemon.text()[-6000:] if daemon else ''}")
        time.sleep(0.05)


def unfinished_reactions(state: Path, plugins: list[str]) -> list[tuple[int, str, str]]:
    """(rejection id, plugin, status or 'missing') for every confirmed/auto rejection not 'ok' yet."""
    rows = query(state, "SELECT id FROM rejections")
    done = {(r, p): s for r, p, s in query(state, "SELECT rejection_id, plugin, status FROM reactions")}
    return [(rid, p, done.get((rid, p), "missing")) for (rid,) in rows for p in plugins
            if done.get((rid, p)) != "ok"]
