"""Issue 9: the daemon a user leaves running: signals, one instance per state, status, isolation."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

DEMO_CUR = REPO / "examples/demo-mailbox/Maildir/cur"


def wait_for(predicate, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Daemon:
    def __init__(self, config: Path, tmp_path: Path) -> None:
        self.log = tmp_path / "daemon.log"
        env = {**os.environ, "NEXTROUND_DATA_DIR": str(tmp_path / "data")}
        self.proc = subprocess.Popen([sys.executable, "-m", "nextround", "-c", str(config), "run"],
                                     stdout=subprocess.DEVNULL, stderr=self.log.open("w"), env=env)

    def text(self) -> str:
        return self.log.read_text()

    def stop(self, timeout: float = 5) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def daemon_setup(write_config, tmp_path):
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    rejection = next(p for p in DEMO_CUR.glob("*") if b"Tidewater" in p.read_bytes() and b"filled" in p.read_bytes())
    shutil.copy(rejection, maildir / "cur" / rejection.name)
    config = write_config(f'[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\nmaildir_path = "{tmp_path}/D"\n',
                          maildir=maildir)
    daemons: list[Daemon] = []

    def start() -> Daemon:
        daemons.append(Daemon(config, tmp_path))
        return daemons[-1]

    yield config, maildir, tmp_path / "D", start
    for d in daemons:
        d.kill()


def drafts(folder: Path) -> list[Path]:
    return sorted((folder / "cur").glob("*")) if (folder / "cur").exists() else []


def test_daemon_reacts_scans_on_sigusr1_and_stops_cleanly_on_sigterm(daemon_setup, nextround):
    config, maildir, draft_dir, start = daemon_setup
    daemon = start()
    wait_for(lambda: len(drafts(draft_dir)) == 2, what="the first two drafts")
    status = json.loads(nextround("status", "--json", config=config, check=True).stdout)
    assert status["running"] is True and status["pid"] == daemon.proc.pid
    # A second daemon on the same state refuses to start, with a clear line.
    second = nextround("run", config=config, timeout=30)
    assert second.returncode == 1 and f"another nextround (pid {daemon.proc.pid})" in second.stderr
    # New mail + SIGUSR1: scanned now, not at the next poll.
    # (another employer's no: the same letter or the same application again would add nothing, see test_dedupe.py
    # and test_same_application.py)
    second_rejection = (DEMO_CUR / "1788552600.M336264P35153.demo:2,S").read_bytes()  # Acme Robotics' no
    (maildir / "new" / "1795000000.M1P1.test").write_bytes(second_rejection)
    daemon.proc.send_signal(signal.SIGUSR1)
    wait_for(lambda: len(drafts(draft_dir)) == 4, timeout=20, what="drafts for the new rejection")
    assert daemon.stop(timeout=5) == 0
    assert "stopped" in daemon.text() and "Traceback" not in daemon.text()
    assert json.loads(nextround("status", "--json", config=config, check=True).stdout)["running"] is False


def test_sighup_keeps_the_running_config_when_the_new_one_is_broken(daemon_setup):
    config, _maildir, draft_dir, start = daemon_setup
    daemon = start()
    wait_for(lambda: len(drafts(draft_dir)) == 2, what="drafts")
    good = config.read_text()
    config.write_text(good + "\n[user]\nnmae = 'oops'\n")
    daemon.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: "config reload failed" in daemon.text(), what="the reload failure line")
    assert daemon.proc.poll() is None  # still running, on the old config
    config.write_text(good)
    daemon.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: "config reloaded" in daemon.text(), what="the reload")
    assert daemon.stop() == 0


def test_a_hanging_plugin_is_abandoned_and_shown_in_status(write_config, demo_maildir, tmp_path, nextround):
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "sleepy.py").write_text("import time\ndef nextround_react(rejection):\n    time.sleep(600)\n")
    # Keys before the first table header land in the [daemon] table that write_config ends with.
    config = write_config(f'plugin_timeout_seconds = 1\nmax_attempts = 1\n'
                          f'[plugins]\nenabled = ["thank_you", "sleepy"]\npaths = ["{folder}"]\n'
                          f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/D"\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert "plugin sleepy failed on rejection" in proc.stderr and "no answer after 1 s" in proc.stderr
    assert drafts(tmp_path / "D"), "thank_you still drafts"
    status = json.loads(nextround("status", "--json", config=config, check=True).stdout)
    sleepy = status["plugins"]["sleepy"]
    assert sleepy["gave_up"] >= 1 and "no answer after 1 s" in sleepy["failures"][0]["last_error"]
    text = nextround("status", config=config, check=True).stdout
    assert "sleepy:" in text and "gave up" in text


def test_report_summarises_traction(write_config, demo_maildir, tmp_path, nextround):
    config = write_config('[plugins]\nenabled = []\n', maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    doc = json.loads(nextround("report", "--json", config=config, check=True).stdout)
    assert doc["rejections"] >= 5 and doc["applications_seen"] >= 2
    acme = next(c for c in doc["companies"] if c["company"] == "Acme Robotics")
    assert acme["stage"] == "after interview"
    page = tmp_path / "report.html"
    nextround("report", "--html", str(page), config=config, check=True)
    assert "<svg" in page.read_text() and "Acme Robotics" in page.read_text()


def test_service_unit_passes_systemd_analyze(nextround, write_config, tmp_path):
    config = write_config()
    home = tmp_path / "xdg"
    proc = nextround("service", "install", config=config, env={"XDG_CONFIG_HOME": str(home)})
    assert proc.returncode == 0, proc.stderr
    unit = home / "systemd" / "user" / "nextround.service"
    text = unit.read_text()
    assert f"-c {config} run" in text and "Restart=on-failure" in text
    assert "systemctl --user enable --now nextround" in proc.stdout
    if not shutil.which("systemd-analyze"):
        if os.environ.get("CI"):
            pytest.fail("systemd-analyze is missing in CI")
        pytest.skip("systemd-analyze not installed")
    check = tmp_path / "check"
    check.mkdir()
    shutil.copy(unit, check / "nextround.service")
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", "./nextround.service"], cwd=check,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_state_locked_by_another_process_is_a_clear_error(write_config, demo_maildir, tmp_path, nextround):
    config = write_config(maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    db = sqlite3.connect(tmp_path / "state.sqlite3", timeout=0)
    db.execute("BEGIN EXCLUSIVE")
    try:
        proc = nextround("run", "--once", config=config, timeout=60)
    finally:
        db.rollback()
        db.close()
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "locked" in proc.stderr.lower()
