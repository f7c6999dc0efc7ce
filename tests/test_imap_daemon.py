"""The daemon as a real process against Dovecot: IDLE push, one draft per rejection across
restarts, no flag changed, and nothing sent that could change the mail."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from imap_mail import FORBIDDEN, drafts_replying_to, message_id, ordinary, rejection

from support.dovecot import Account, ImapProxy, imap_config_text

WAIT = 60  # seconds before a test gives up waiting (a failure guard, not a speed goal)

CONFIG_EXTRA = """
[plugins]
enabled = ["thank_you"]
[plugins.thank_you]
drafts = "imap"
feedback_request = false
"""


class DaemonProcess:
    def __init__(self, account: Account, tmp_path: Path, port: int) -> None:
        self.config = tmp_path / "daemon.toml"
        self.state = tmp_path / "state.sqlite3"
        self.config.write_text(imap_config_text(account, self.state, port=port, extra=CONFIG_EXTRA,
                                                imap="idle_renew_minutes = 1\n"))
        self.env = {**os.environ, "NEXTROUND_TEST_IMAP_PASSWORD": account.password,
                    "NEXTROUND_DATA_DIR": str(tmp_path / "data")}
        self.log = tmp_path / "daemon.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.passes_before = self.passes()
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "nextround", "-c", str(self.config), "run"],
                                         env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def passes(self) -> float:
        if not self.state.exists():
            return 0.0
        try:
            with sqlite3.connect(self.state) as db:
                row = db.execute("SELECT value FROM kv WHERE key = 'last_pass'").fetchone()
        except sqlite3.OperationalError:  # the daemon is still creating its tables
            return 0.0
        import json

        return json.loads(row[0])["at"] if row else 0.0

    def wait_first_pass(self) -> None:
        wait_for(lambda: self.passes() > self.passes_before, "the daemon's first pass", self)

    def stop(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(WAIT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()

    def text(self) -> str:
        return self.log.read_text(errors="replace")


def wait_for(check, what: str, daemon: DaemonProcess) -> None:
    deadline = time.monotonic() + WAIT
    while not check():
        if daemon.proc is not None and daemon.proc.poll() is not None:
            pytest.fail(f"the daemon exited ({daemon.proc.returncode}) before {what}:\n{daemon.text()}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}:\n{daemon.text()}")
        time.sleep(0.05)


def test_daemon_drafts_each_rejection_once_across_restarts(imap_account: Account, imap_proxy: ImapProxy,
                                                          tmp_path: Path):
    old = [(rejection(), ()), (ordinary(), (b"\\Seen",)), (ordinary(), (b"\\Flagged", b"$Work"))]
    for raw, flags in old:
        imap_account.append(raw, flags=flags)
    before = imap_account.all_flags()
    daemon = DaemonProcess(imap_account, tmp_path, imap_proxy.port)
    expected = [message_id(old[0][0])]

    def drafts_are(ids: list[str]):
        return lambda: drafts_replying_to(imap_account.messages("Drafts")) == {m: 1 for m in ids}

    daemon.start()
    try:
        daemon.wait_first_pass()
        wait_for(drafts_are(expected), "the draft for the mail already there", daemon)
        # New mail while the daemon idles: pushed, drafted once.
        for _ in range(2):
            new = rejection()
            imap_account.append(new)
            imap_account.append(ordinary())
            expected.append(message_id(new))
            wait_for(drafts_are(expected), "the draft for mail that arrived while idling", daemon)
    finally:
        assert daemon.stop() == 0, daemon.text()

    # Mail that arrives while the daemon is down is handled after the restart, and nothing twice.
    late = rejection()
    imap_account.append(late)
    expected.append(message_id(late))
    daemon.start()
    try:
        daemon.wait_first_pass()
        wait_for(drafts_are(expected), "the draft for mail that came while stopped", daemon)
        again = rejection()
        imap_account.append(again)
        expected.append(message_id(again))
        wait_for(drafts_are(expected), "the draft after the restart", daemon)
    finally:
        assert daemon.stop() == 0, daemon.text()

    assert drafts_replying_to(imap_account.messages("Drafts")) == {m: 1 for m in expected}
    after = imap_account.all_flags()
    assert {k: v for k, v in after.items() if k in before and k[0] == "INBOX"} == \
        {k: v for k, v in before.items() if k[0] == "INBOX"}
    assert all(b"\\Seen" not in flags for (folder, uid), flags in after.items() if folder == "INBOX" and uid > 3)
    commands = imap_proxy.commands()
    assert "IDLE" in commands
    assert not FORBIDDEN & set(commands), sorted(set(commands))
    assert "Traceback" not in daemon.text()


def test_wait_for_mail_returns_on_new_mail_on_wake_and_at_timeout(imap_account: Account, tmp_path: Path,
                                                                    monkeypatch):
    from nextround.config import load
    from nextround.sources.imap import ImapSource
    from nextround.state import State

    config = tmp_path / "c.toml"
    config.write_text(imap_config_text(imap_account, tmp_path / "s.sqlite3"))
    monkeypatch.setenv("NEXTROUND_TEST_IMAP_PASSWORD", imap_account.password)
    source = ImapSource(load(config))
    state = State(tmp_path / "s.sqlite3")
    assert list(source.scan(state)) == []
    stop, wake = threading.Event(), threading.Event()

    def waiter() -> threading.Thread:
        thread = threading.Thread(target=source.wait_for_mail, kwargs={"stop": stop, "wake": wake, "timeout": 600})
        thread.start()
        return thread

    thread = waiter()
    time.sleep(0.3)
    imap_account.append(ordinary())
    thread.join(WAIT)
    assert not thread.is_alive(), "new mail did not end the wait"
    assert [i.item for i in source.scan(state)] == ["1"]  # the connection is usable after IDLE

    thread = waiter()
    wake.set()
    thread.join(WAIT)
    assert not thread.is_alive(), "wake did not end the wait"
    wake.clear()

    started = time.monotonic()
    source.wait_for_mail(stop=stop, wake=wake, timeout=1)  # nothing happens: back after the timeout
    assert time.monotonic() - started >= 1
    source.close()


def test_daemon_keeps_going_after_the_connection_drops(imap_account: Account, imap_proxy: ImapProxy,
                                                       tmp_path: Path):
    daemon = DaemonProcess(imap_account, tmp_path, imap_proxy.port)
    daemon.start()
    try:
        daemon.wait_first_pass()
        imap_proxy.drop_after = 0  # the idling connection is cut at the next byte from the server
        first = rejection()
        imap_account.append(first)
        wait_for(lambda: imap_proxy.dropped == 1, "the connection to drop", daemon)
        wait_for(lambda: drafts_replying_to(imap_account.messages("Drafts")) == {message_id(first): 1},
                 "the draft after reconnecting", daemon)
    finally:
        assert daemon.stop() == 0, daemon.text()
    assert "reconnecting" in daemon.text()
