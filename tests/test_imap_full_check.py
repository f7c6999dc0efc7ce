"""The daemon's periodic full check: recent mail an earlier pass skipped is picked up, nothing repeats."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from imap_mail import drafts_replying_to, message_id, ordinary, rejection

from nextround.app import App
from nextround.config import load
from nextround.pipeline import run_pass
from nextround.sources.imap import ImapSource

from support.dovecot import Account, imap_config_text

EXTRA = '[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\ndrafts = "imap"\nfeedback_request = false\n'


def test_full_check_rereads_recent_mail_and_repeats_nothing(imap_account: Account, tmp_path: Path, monkeypatch):
    skipped = rejection()
    for raw in (rejection(), ordinary(), skipped, rejection()):
        imap_account.append(raw)
    config_file = tmp_path / "imap.toml"
    config_file.write_text(imap_config_text(imap_account, tmp_path / "state.sqlite3", extra=EXTRA))
    monkeypatch.setitem(os.environ, "NEXTROUND_TEST_IMAP_PASSWORD", imap_account.password)
    app = App.build(load(config_file))
    source = ImapSource(app.config)
    run_pass(app, source)
    # What an earlier failure leaves behind: the cursor is past a message that was never recorded.
    key = "mid:" + message_id(skipped).strip("<>").lower()
    with app.state.tx() as db:
        db.execute("DELETE FROM reactions WHERE rejection_id IN (SELECT id FROM rejections WHERE message_key = ?)",
                   (key,))
        db.execute("DELETE FROM rejections WHERE message_key = ?", (key,))
        db.execute("DELETE FROM messages WHERE key = ?", (key,))
    drafts_before = drafts_replying_to(imap_account.messages("Drafts"))
    assert message_id(skipped) in drafts_before  # it had its draft; the state forgot it
    assert run_pass(app, source).scanned == 0  # an ordinary pass trusts the cursor

    source.full_check()
    report = run_pass(app, source)
    assert report.scanned == 1 and len(report.rejections) == 1  # only the forgotten one is new
    drafts_after = drafts_replying_to(imap_account.messages("Drafts"))
    # Its draft already existed: found by Message-ID in Drafts, not appended a second time.
    assert drafts_after == drafts_before and set(drafts_after.values()) == {1}
    assert run_pass(app, source).scanned == 0  # back to incremental
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 3
    source.close()
    app.close()
