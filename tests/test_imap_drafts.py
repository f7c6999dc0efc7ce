"""thank_you's IMAP drafts backend against Dovecot: APPEND to Drafts with \\Draft, exactly once."""

from __future__ import annotations

import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest
from imap_mail import drafts_replying_to, message_id, rejection

from support.dovecot import Account, imap_config_text

EXTRA = """
[plugins]
enabled = ["thank_you"]
[plugins.thank_you]
drafts = "imap"
feedback_request = false
"""


def store_for(account: Account, tmp_path: Path, monkeypatch, imap: str = ""):
    from nextround.config import load
    from nextround.plugins.thank_you.imap_store import ImapDrafts

    config = tmp_path / "c.toml"
    config.write_text(imap_config_text(account, tmp_path / "s.sqlite3", imap=imap))
    monkeypatch.setenv("NEXTROUND_TEST_IMAP_PASSWORD", account.password)
    return ImapDrafts(load(config))


def a_draft(n: int = 1):
    from nextround.plugins.thank_you.compose import Draft
    from nextround.records import Address

    msg = EmailMessage()
    msg["From"] = "Sam Rivera <sam@example.net>"
    msg["To"] = "Dana Whitfield <dana@acme.example>"
    msg["Subject"] = "Re: Your application – danke schön"
    msg["Message-ID"] = f"<draft-{n}.nextround@example.net>"
    msg.set_content("Dear Dana,\n\nthank you for letting me know. Grüße, Sam\n")
    return Draft(kind="thank_you", to=Address("Dana Whitfield", "dana@acme.example"), message=msg)


def test_save_appends_once_with_the_draft_flag(imap_account: Account, tmp_path: Path, monkeypatch):
    store = store_for(imap_account, tmp_path, monkeypatch)
    draft = a_draft()
    assert store.find(draft.message_id) is None
    ref = store.save(draft)
    assert "Drafts" in ref
    assert store.save(draft) == ref  # already there: not a second copy
    assert store.find(draft.message_id) == ref
    flags = imap_account.all_flags()
    assert list(flags) == [("Drafts", 1)]
    assert b"\\Draft" in flags[("Drafts", 1)]
    saved = imap_account.messages("Drafts")[0]
    assert b"Dear Dana" in saved and b"\r\n" in saved
    store.close()


def test_a_configured_drafts_folder_is_used_and_must_exist(imap_account: Account, tmp_path: Path, monkeypatch):
    from nextround.sources.imap_conn import ImapError

    imap_account.create_folder("Entwürfe")
    store = store_for(imap_account, tmp_path, monkeypatch, imap='drafts_folder = "Entwürfe"\n')
    store.save(a_draft(2))
    assert len(imap_account.messages("Entwürfe")) == 1 and imap_account.messages("Drafts") == []
    store.close()
    missing = store_for(imap_account, tmp_path, monkeypatch, imap='drafts_folder = "Brouillons"\n')
    with pytest.raises(ImapError, match="Brouillons"):
        missing.save(a_draft(3))


def test_a_crash_after_append_never_makes_a_second_draft(imap_account: Account, tmp_path: Path, nextround):
    imap_account.append(rejection())
    config = tmp_path / "c.toml"
    state = tmp_path / "state.sqlite3"
    config.write_text(imap_config_text(imap_account, state, extra=EXTRA))
    env = {"NEXTROUND_TEST_IMAP_PASSWORD": imap_account.password}
    assert nextround("run", "--once", config=config, env=env).returncode == 0
    assert len(imap_account.messages("Drafts")) == 1
    # As if the process died after the APPEND, before recording it: the effect is still pending.
    with sqlite3.connect(state) as db:
        db.execute("UPDATE effects SET status = 'pending', ref = NULL, done_at = NULL")
        db.execute("DELETE FROM reactions")
    result = nextround("run", "--once", config=config, env=env)
    assert result.returncode == 0, result.stderr
    drafts = imap_account.messages("Drafts")
    assert len(drafts) == 1
    assert "already there" in result.stderr


def test_drafts_reply_to_the_rejection(imap_account: Account, tmp_path: Path, nextround):
    raw = rejection()
    imap_account.append(raw)
    config = tmp_path / "c.toml"
    config.write_text(imap_config_text(imap_account, tmp_path / "state.sqlite3", extra=EXTRA))
    result = nextround("run", "--once", config=config, env={"NEXTROUND_TEST_IMAP_PASSWORD": imap_account.password})
    assert result.returncode == 0, result.stderr
    assert drafts_replying_to(imap_account.messages("Drafts")) == {message_id(raw): 1}
