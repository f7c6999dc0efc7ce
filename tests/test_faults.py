"""Faults from GitHub issue 9: the IMAP server restarting under an idling daemon, a full disk
while a draft is written, SIGTERM in the middle of a long first scan.

Each uses real parts: its own Dovecot (restarted on the same port), a real tmpfs of 64 KiB,
the daemon as a subprocess and real signals.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imap_mail import drafts_replying_to, message_id, ordinary, rejection

from nextround.testing import LANGUAGES, make_rejection

from support.crash_helpers import Daemon, last_pass, query, unfinished_reactions, wait_for
from support.dovecot import Account, DovecotServer, ImapProxy, dovecot_available, imap_config_text, make_root

THANK_YOU_IMAP = """\
retry_base_minutes = 0.001

[plugins]
enabled = ["thank_you"]
[plugins.thank_you]
drafts = "imap"
feedback_request = false
"""


def daemon_env(tmp_path: Path, account: Account | None = None) -> dict[str, str]:
    env = {**os.environ, "NEXTROUND_DATA_DIR": str(tmp_path / "data")}
    if account is not None:
        env["NEXTROUND_TEST_IMAP_PASSWORD"] = account.password
    env.pop("NEXTROUND_LOAD_PLUGINS", None)
    return env


# ----- (a) Dovecot restarted while the daemon idles -------------------------------------------------

@pytest.fixture
def own_dovecot():
    """A Dovecot of this test's own, so that stopping and starting it disturbs nobody else."""
    if not dovecot_available():
        pytest.skip("dovecot is not installed (scripts/ensure-system-deps installs it)")
    root = make_root()
    server = DovecotServer(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_dovecot_restart_while_idling_is_survived_and_nothing_missed(own_dovecot: DovecotServer, tmp_path: Path):
    account = own_dovecot.add_user()
    first = rejection()
    account.append(first)
    config = tmp_path / "config.toml"
    state = tmp_path / "state.sqlite3"
    config.write_text(imap_config_text(account, state, extra=THANK_YOU_IMAP, imap="idle_renew_minutes = 1\n"))
    daemon = Daemon(config, state, tmp_path / "daemon.log", daemon_env(tmp_path, account))
    expected = {message_id(first): 1}

    def drafts_are(want: dict[str, int]):
        return lambda: drafts_replying_to(account.messages("Drafts")) == want

    daemon.start()
    try:
        wait_for(drafts_are(expected), "the draft for the mail already there", daemon)
        time.sleep(0.5)  # let it settle into IDLE after its pass
        own_dovecot.stop()  # the idling connection is cut; logins are refused while it is down
        wait_for(lambda: "IMAP connection lost while waiting for mail" in daemon.text()
                 or "cannot connect" in daemon.text(), "the daemon to notice the server went away", daemon, 30)
        wait_for(lambda: "cannot connect" in daemon.text(), "a failed reconnect while the server is down", daemon, 30)
        own_dovecot.start()  # the same port, the same mail
        late = rejection()
        account.append(late)
        expected[message_id(late)] = 1
        wait_for(drafts_are(expected), "the draft for mail delivered after the restart", daemon, 60)
        # And IDLE works again on the new connection: mail pushed now is handled too.
        pushed = rejection()
        account.append(pushed)
        account.append(ordinary())
        expected[message_id(pushed)] = 1
        wait_for(drafts_are(expected), "the draft for mail pushed after the restart", daemon, 60)
        code, took = daemon.terminate()
    finally:
        daemon.ensure_stopped()
    log = daemon.text()
    assert code == 0, log
    assert drafts_replying_to(account.messages("Drafts")) == expected
    assert re.search(r"retrying in \d+ s", log), log  # the backoff line
    assert "Traceback" not in log, log
    assert not unfinished_reactions(state, ["thank_you"])
    print(f"\nDovecot restart: {len(expected)} drafts, each once; SIGTERM exit 0 in {took:.2f} s; backoff lines:"
          f" {[line[-60:] for line in log.splitlines() if 'retrying in' in line]}")


# ----- (b) disk full while a draft is written -------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path):
    """A 64 KiB tmpfs, mounted for this test (the tests run as root here; else skipped)."""
    target = tmp_path / "small"
    target.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_disk_full_while_writing_a_draft_fails_cleanly_and_retries_once(small_disk: Path, tmp_path: Path,
                                                                        write_config):
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    raw = make_rejection(company="Fullstop Storage", contact="Petra Lindqvist", lang="de",
                         message_id="<full-disk-1@fullstop-storage.example>")
    (maildir / "new" / "1795000000.M1P1.test").write_bytes(raw)
    drafts = small_disk / "Drafts"
    for sub in ("cur", "new", "tmp"):
        (drafts / sub).mkdir(parents=True)
    config = write_config(f"""\
        retry_base_minutes = 0.001
        [plugins]
        enabled = ["thank_you"]
        [plugins.thank_you]
        drafts = "maildir"
        maildir_path = "{drafts}"
        """, maildir=maildir)
    state = tmp_path / "state.sqlite3"
    daemon = Daemon(config, state, tmp_path / "run.log", daemon_env(tmp_path))
    filler = fill(small_disk)
    assert shutil.disk_usage(small_disk).free < 4096

    assert daemon.run_once() == 0, daemon.text()
    log = daemon.text()
    lines = [line for line in log.splitlines() if "No space left on device" in line]
    assert len(lines) == 1, log
    assert "thank_you" in lines[0] and "retrying" in lines[0], lines[0]
    assert "Traceback" not in log, log
    assert sorted(p.name for p in (drafts / "cur").iterdir()) == []
    assert sorted(p.name for p in (drafts / "new").iterdir()) == []
    assert sorted(p.name for p in (drafts / "tmp").iterdir()) == []  # no half-written file left behind
    assert query(state, "SELECT status FROM reactions") == [("failed",)]

    filler.unlink()  # the space comes back
    time.sleep(0.1)  # past the (shortened) retry delay
    assert daemon.run_once() == 0, daemon.text()
    assert daemon.run_once() == 0, daemon.text()  # and a further pass changes nothing
    written = sorted((drafts / "cur").iterdir())
    ids = Counter(message_id(p.read_bytes()) for p in written)
    assert len(ids) == 2 and set(ids.values()) == {1}, ids  # the thank-you note and the feedback request
    assert all(email.message_from_bytes(p.read_bytes())["In-Reply-To"].strip() ==
               "<full-disk-1@fullstop-storage.example>" for p in written)
    assert sorted((drafts / "tmp").iterdir()) == [] and sorted((drafts / "new").iterdir()) == []
    assert query(state, "SELECT status FROM reactions") == [("ok",)]


# ----- (c) SIGTERM during a long first scan ---------------------------------------------------------

def test_sigterm_during_a_long_first_scan_stops_fast_and_the_next_run_resumes(
        imap_account: Account, imap_proxy: ImapProxy, tmp_path: Path):
    total = 3000
    when = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
    rejections: dict[int, bytes] = {}

    def mailbox():
        for i in range(total):
            if i % 250 == 125:
                n = len(rejections)
                raw = make_rejection(company=f"Longscan Corp {n}", contact=f"Robin{chr(65 + n)} Ashby",
                                     lang=LANGUAGES[n % len(LANGUAGES)], date=when + timedelta(minutes=i),
                                     message_id=f"<longscan-{i}@longscan-corp-{n}.example>")
                rejections[i] = raw
                yield raw, "S"
            else:
                yield ordinary(50_000 + i, padding=400), ("S" if i % 3 else "")

    assert imap_account.write_maildir(mailbox()) == total
    drafts = tmp_path / "Drafts"
    config = tmp_path / "config.toml"
    state = tmp_path / "state.sqlite3"
    config.write_text(imap_config_text(imap_account, state, port=imap_proxy.port, imap="batch_size = 100\n",
                                       extra=f'[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\n'
                                             f'drafts = "maildir"\nmaildir_path = "{drafts}"\n'))
    daemon = Daemon(config, state, tmp_path / "daemon.log", daemon_env(tmp_path, imap_account))

    def scanned() -> int:
        rows = query(state, "SELECT count(*) FROM messages")
        return rows[0][0] if rows else 0

    daemon.start()
    try:
        wait_for(lambda: scanned() >= 300, "the first scan to be under way", daemon)
        code, took = daemon.terminate(timeout=30)
    finally:
        daemon.ensure_stopped()
    first = scanned()
    assert code == 0, daemon.text()[-4000:]
    assert took < 5, f"SIGTERM took {took:.1f} s"
    assert first < total, "the scan had finished before SIGTERM: the test proves nothing"
    cursor = query(state, "SELECT last_uid FROM cursors")[0][0]
    assert cursor == first  # every message handed over was recorded, and the cursor says so
    commands_before = len(imap_proxy.lines())

    assert daemon.run_once(timeout=120) == 0, daemon.text()[-4000:]
    assert scanned() == total  # nothing missed
    assert f"{total - first} new messages" in daemon.text(), daemon.text()[-2000:]  # nothing counted twice
    fetched = set()
    for line in imap_proxy.lines()[commands_before:]:
        m = re.match(rb"^[A-Z]{4}\d+ UID FETCH ([\d,:]+) ", line)
        if m:
            for part in m.group(1).decode().split(","):
                lo, _, hi = part.partition(":")
                fetched.update(range(int(lo), int(hi or lo) + 1))
    assert fetched and min(fetched) == cursor + 1 and max(fetched) == total, (min(fetched), cursor)
    ids = {"".join(m.split()) for (m,) in query(state, "SELECT message_id FROM rejections")}
    assert ids == {message_id(raw) for raw in rejections.values()}
    replies = drafts_replying_to([p.read_bytes() for p in (drafts / "cur").iterdir()])
    assert replies == {message_id(raw): 2 for raw in rejections.values()}  # thank-you note + feedback request
    assert last_pass(state) > 0
    print(f"\nSIGTERM after {first} of {total} messages: exit 0 in {took:.2f} s; the next run read UIDs"
          f" {min(fetched)}..{max(fetched)}")
