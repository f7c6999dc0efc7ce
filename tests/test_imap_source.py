"""The IMAP source against a real Dovecot: incremental, read-only, faults reported clearly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from imap_mail import FORBIDDEN, drafts_replying_to, message_id, ordinary, rejection

from support.dovecot import Account, ImapProxy, imap_config_text

THANK_YOU_IMAP = """
[plugins]
enabled = ["thank_you"]
[plugins.thank_you]
drafts = "imap"
feedback_request = false
"""


@pytest.fixture
def run_imap(tmp_path: Path, nextround):
    """Run the CLI against an account: run_imap(account, "run", "--once", imap=..., extra=...)."""

    def run(account: Account, *args: str, port: int | None = None, imap: str = "", extra: str = THANK_YOU_IMAP,
            security: str = "none", password: str | None = None):
        config = tmp_path / "imap.toml"
        config.write_text(imap_config_text(account, tmp_path / "state.sqlite3", port=port, imap=imap, extra=extra,
                                           security=security))
        env = {"NEXTROUND_TEST_IMAP_PASSWORD": account.password if password is None else password}
        return nextround(*args, config=config, env=env)

    return run


def seed_inbox(account: Account) -> list[bytes]:
    """Mixed flags: unread rejections, a read one, flagged, answered, a keyword, plain unread."""
    mails = [(rejection(), ()), (ordinary(), (b"\\Seen",)), (rejection(), (b"\\Seen", b"\\Flagged")),
             (ordinary(), (b"\\Answered", b"$Label1")), (ordinary(), ()), (rejection(), (b"\\Flagged",))]
    for raw, flags in mails:
        account.append(raw, flags=flags)
    return [raw for raw, _ in mails]


def db_rows(tmp_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_run_once_drafts_each_rejection_once_and_changes_no_flag(imap_account: Account, run_imap, tmp_path: Path):
    mails = seed_inbox(imap_account)
    before = imap_account.all_flags()
    assert b"\\Seen" not in before[("INBOX", 1)]

    first = run_imap(imap_account, "run", "--once")
    assert first.returncode == 0, first.stderr
    drafts = imap_account.messages("Drafts")
    rejections = [message_id(m) for i, m in enumerate(mails) if i in (0, 2, 5)]
    assert drafts_replying_to(drafts) == {mid: 1 for mid in rejections}

    again = run_imap(imap_account, "run", "--once")  # nothing new: nothing happens
    assert again.returncode == 0, again.stderr
    assert len(imap_account.messages("Drafts")) == 3

    newer = rejection()
    imap_account.append(newer)
    third = run_imap(imap_account, "run", "--once")
    assert third.returncode == 0, third.stderr
    counts = drafts_replying_to(imap_account.messages("Drafts"))
    assert counts == {mid: 1 for mid in [*rejections, message_id(newer)]}

    after = imap_account.all_flags()
    inbox_before = {k: v for k, v in before.items() if k[0] == "INBOX"}
    assert {k: v for k, v in after.items() if k in inbox_before} == inbox_before  # no flag changed, none expunged
    assert b"\\Seen" not in after[("INBOX", 7)]  # the newest rejection is still unread
    assert all(b"\\Draft" in flags for (folder, _uid), flags in after.items() if folder == "Drafts")
    assert db_rows(tmp_path, "SELECT count(*) FROM messages") == [(7,)]


def test_scan_sends_no_command_that_could_change_mail(imap_account: Account, imap_proxy: ImapProxy, run_imap):
    seed_inbox(imap_account)
    result = run_imap(imap_account, "run", "--once", port=imap_proxy.port)
    assert result.returncode == 0, result.stderr
    commands = imap_proxy.commands()
    assert "EXAMINE" in commands and "FETCH" in commands and "APPEND" in commands
    assert not FORBIDDEN & set(commands), commands
    fetches = [line for line in imap_proxy.lines() if b" FETCH " in line]
    assert fetches and all(b"BODY[" not in line.upper().replace(b"BODY.PEEK[", b"") for line in fetches)


def test_a_poll_with_nothing_new_is_one_round_trip(imap_account: Account, imap_proxy: ImapProxy, tmp_path: Path,
                                                    monkeypatch):
    from nextround.config import load
    from nextround.sources.imap import ImapSource
    from nextround.state import State

    for _ in range(3):
        imap_account.append(ordinary())
    config = tmp_path / "c.toml"
    config.write_text(imap_config_text(imap_account, tmp_path / "s.sqlite3", port=imap_proxy.port))
    monkeypatch.setenv("NEXTROUND_TEST_IMAP_PASSWORD", imap_account.password)
    state = State(tmp_path / "s.sqlite3")
    source = ImapSource(load(config))
    for item in source.scan(state):
        with state.tx() as db:
            item.commit(db)
    sent = len(imap_proxy.commands())
    assert list(source.scan(state)) == []
    assert imap_proxy.commands()[sent:] == ["EXAMINE"]

    imap_account.append(ordinary())  # one new message: found, and only it
    sent = len(imap_proxy.commands())
    found = list(source.scan(state))
    assert [i.item for i in found] == ["4"]
    assert imap_proxy.commands()[sent:] == ["EXAMINE", "SEARCH", "FETCH"]
    source.close()


def test_first_scan_is_bounded_by_since(imap_account: Account, run_imap, tmp_path: Path):
    from datetime import datetime

    imap_account.append(rejection())
    imap_account.append(ordinary())
    tomorrow = datetime.now().date().fromordinal(datetime.now().date().toordinal() + 2).isoformat()
    result = run_imap(imap_account, "run", "--once", imap=f'since = "{tomorrow}"\n')
    assert result.returncode == 0, result.stderr
    assert db_rows(tmp_path, "SELECT count(*) FROM messages") == [(0,)]
    assert imap_account.messages("Drafts") == []


def test_wrong_password_is_one_clear_line_and_exit_2(imap_account: Account, run_imap):
    wrong = "not-the-password-7c1f"
    result = run_imap(imap_account, "run", "--once", password=wrong)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "refused" in line]
    assert len(lines) == 1, result.stderr
    assert imap_account.username in lines[0] and "password" in lines[0]
    assert wrong not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_a_missing_folder_is_named(imap_account: Account, run_imap):
    result = run_imap(imap_account, "run", "--once", imap='folders = ["INBOX", "Bewerbungen"]\n')
    assert result.returncode == 2
    assert "'Bewerbungen'" in result.stderr and "does not exist" in result.stderr


def test_plain_text_is_refused_for_a_remote_host(imap_account: Account, tmp_path: Path, nextround):
    config = tmp_path / "c.toml"
    text = imap_config_text(imap_account, tmp_path / "s.sqlite3").replace('host = "127.0.0.1"',
                                                                         'host = "imap.example.com"')
    config.write_text(text)
    result = nextround("run", "--once", config=config, env={"NEXTROUND_TEST_IMAP_PASSWORD": "x"})
    assert result.returncode == 2
    assert "clear text" in result.stderr and "imap.example.com" in result.stderr


def test_tls_verifies_the_certificate_and_accepts_ca_file(imap_account: Account, run_imap):
    imap_account.append(rejection())
    untrusted = run_imap(imap_account, "run", "--once", security="tls")
    assert untrusted.returncode == 2
    assert "certificate" in untrusted.stderr and "ca_file" in untrusted.stderr
    ca = f'ca_file = "{imap_account.server.ca_file}"\n'
    trusted = run_imap(imap_account, "run", "--once", security="tls", imap=ca)
    assert trusted.returncode == 0, trusted.stderr
    assert len(imap_account.messages("Drafts")) == 1


def test_starttls_with_ca_file(imap_account: Account, run_imap):
    imap_account.append(rejection())
    ca = f'ca_file = "{imap_account.server.ca_file}"\n'
    result = run_imap(imap_account, "run", "--once", security="starttls", port=imap_account.server.port, imap=ca)
    assert result.returncode == 0, result.stderr
    assert len(imap_account.messages("Drafts")) == 1


def test_uidvalidity_change_rereads_without_repeating_effects(imap_account: Account, run_imap, tmp_path: Path):
    imap_account.append(rejection())
    imap_account.append(ordinary())
    assert run_imap(imap_account, "run", "--once").returncode == 0
    assert len(imap_account.messages("Drafts")) == 1
    # The server renumbered the folder (a restore, a migration): the saved UIDVALIDITY no longer matches.
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        db.execute("UPDATE cursors SET uidvalidity = uidvalidity - 1, last_uid = 99")
    result = run_imap(imap_account, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert "UIDVALIDITY" in result.stderr
    assert len(imap_account.messages("Drafts")) == 1
    assert db_rows(tmp_path, "SELECT count(*) FROM messages") == [(2,)]
    assert db_rows(tmp_path, "SELECT last_uid FROM cursors") == [(2,)]


def test_connection_lost_mid_fetch_resumes_without_gap_or_repeat(imap_account: Account, imap_proxy: ImapProxy,
                                                                  run_imap, tmp_path: Path):
    mails = [rejection() if i % 5 == 0 else ordinary(padding=3000) for i in range(40)]
    for raw in mails:
        imap_account.append(raw)
    imap_proxy.drop_after = 60_000  # the first connection dies in the middle of a FETCH response
    result = run_imap(imap_account, "run", "--once", port=imap_proxy.port, imap="batch_size = 10\n")
    assert result.returncode == 0, result.stderr
    assert imap_proxy.dropped == 1
    assert "reconnecting" in result.stderr
    assert db_rows(tmp_path, "SELECT count(*) FROM messages") == [(40,)]
    counts = drafts_replying_to(imap_account.messages("Drafts"))
    assert counts == {message_id(m): 1 for i, m in enumerate(mails) if i % 5 == 0}


def test_a_long_rejection_is_kept_whole(imap_account: Account, run_imap, tmp_path: Path):
    from email import message_from_bytes

    long = message_from_bytes(rejection())
    long.set_payload(long.get_payload() + "\n" + ("P.S. " + "x" * 70 + "\n") * 1000)  # ~76 KB
    raw = long.as_bytes()
    imap_account.append(raw)
    assert run_imap(imap_account, "run", "--once").returncode == 0
    stored = db_rows(tmp_path, "SELECT raw FROM rejections")
    assert len(stored) == 1 and len(stored[0][0]) >= len(raw) - 100  # the whole message, not the first 32 KB


def test_a_message_the_server_cannot_read_is_reported_once(imap_account: Account, run_imap, tmp_path: Path):
    import os

    if os.geteuid() != 0:
        pytest.skip("needs root to make a message file unreadable for Dovecot")
    broken = ordinary()
    imap_account.append(broken)
    imap_account.append(rejection())
    imap_account.all_flags()  # Dovecot has indexed both
    files = [*(imap_account.maildir / "cur").iterdir(), *(imap_account.maildir / "new").iterdir()]
    (first,) = [p for p in files if message_id(broken).encode() in p.read_bytes()]
    first.chmod(0)
    result = run_imap(imap_account, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("cannot deliver message UID 1 ") == 1, result.stderr
    assert len(imap_account.messages("Drafts")) == 1  # the readable rejection after it was handled
    assert db_rows(tmp_path, "SELECT outcome FROM messages ORDER BY seen_at") == [("broken",), ("rejection",)]
    second = run_imap(imap_account, "run", "--once")
    assert second.returncode == 0
    assert "UID 1" not in second.stderr


def test_xoauth2_sends_the_token_from_the_command_and_never_shows_it(imap_account: Account, imap_proxy: ImapProxy,
                                                                     run_imap):
    token = "ya29.test-token-5d1e"
    result = run_imap(imap_account, "run", "--once", port=imap_proxy.port,
                      imap=f'auth = "oauth2"\noauth2_token = {{ command = "echo {token}" }}\n')
    # This Dovecot has no XOAUTH2 mechanism: the login is refused, clearly, without the token.
    assert result.returncode == 2
    assert "AUTHENTICATE" in imap_proxy.commands() and "LOGIN" not in imap_proxy.commands()
    assert "refused" in result.stderr and "token" in result.stderr
    assert token not in result.stderr + result.stdout
