"""thank_you's Gmail backend against the local Google stub: drafts created once, in the right thread."""

from __future__ import annotations

from pathlib import Path

from support.google_stub import next_friday_evening

ONLY_THANK_YOU = {"NEXTROUND_LOAD_PLUGINS": "thank_you"}
ORIGINAL = "<rej-1@acme.example>"


def gmail_config(write_config, stub, tmp_path: Path, maildir: Path) -> Path:
    token = stub.write_token(tmp_path / "secret" / "token.json")
    config = write_config('[plugins.thank_you]\ndrafts = "gmail"\n' + stub.config(token), maildir=maildir)
    # A failed reaction is due again at once (the retry delay is the daemon's, not under test).
    config.write_text(config.read_text().replace("[daemon]\n", "[daemon]\nretry_base_minutes = 0.0001\n", 1))
    return config


def test_drafts_created_once_threaded_to_the_right_person(write_config, nextround, rejection_maildir,
                                                          google_stub, tmp_path: Path) -> None:
    original = google_stub.add_message(ORIGINAL)
    config = gmail_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    proc = nextround("run", "--once", config=config, env=ONLY_THANK_YOU)
    assert proc.returncode == 0, proc.stderr
    drafts = list(google_stub.drafts.values())
    assert len(drafts) == 2  # the thank-you note and the feedback request
    for draft in drafts:
        parsed = draft["parsed"]
        assert parsed["To"].addresses[0].addr_spec == "dana@acme.example"
        assert parsed["In-Reply-To"] == ORIGINAL
        assert draft["message"]["threadId"] == original["threadId"]
        assert "DRAFT" in draft["message"]["labelIds"]
    searches = [r.query.get("q") for r in google_stub.api_requests("/gmail/v1/users/me/messages")]
    assert ["rfc822msgid:rej-1@acme.example"] in searches
    # A restart creates nothing new.
    assert nextround("run", "--once", config=config, env=ONLY_THANK_YOU).returncode == 0
    assert len(google_stub.drafts) == 2


def test_a_lost_answer_is_not_resent_as_a_second_draft(write_config, nextround, rejection_maildir,
                                                       google_stub, tmp_path: Path) -> None:
    google_stub.add_message(ORIGINAL)
    config = gmail_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    # The thread search passes (status 0 = no failure); Gmail saves the first draft but the answer is lost.
    google_stub.failures.extend([(0, False), (503, True)])
    proc = nextround("run", "--once", config=config, env=ONLY_THANK_YOU)
    assert proc.returncode == 0, proc.stderr
    assert len(google_stub.drafts) == 2
    assert len({d["messageId"] for d in google_stub.drafts.values()}) == 2


def test_pending_draft_is_found_after_a_failed_pass(write_config, nextround, rejection_maildir,
                                                    google_stub, tmp_path: Path) -> None:
    google_stub.add_message(ORIGINAL)
    config = gmail_config(write_config, google_stub, tmp_path, rejection_maildir(next_friday_evening()))
    # The draft is saved but its answer lost, then Gmail refuses everything for the rest of the pass:
    # the reaction fails with its effect pending.
    google_stub.failures.extend([(0, False), (503, True)] + [(503, False)] * 60)
    first = nextround("run", "--once", config=config, env=ONLY_THANK_YOU)
    assert any("thank_you" in line and "503" in line for line in first.stderr.splitlines()), first.stderr
    assert len(google_stub.drafts) == 1
    google_stub.failures.clear()
    second = nextround("run", "--once", config=config, env=ONLY_THANK_YOU)
    assert second.returncode == 0, second.stderr
    assert len(google_stub.drafts) == 2
    assert len({d["messageId"] for d in google_stub.drafts.values()}) == 2
