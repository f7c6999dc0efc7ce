"""kill -9 at random points never duplicates nor loses an effect (GitHub issue 9).

A real Dovecot mailbox of ~75 messages (the demo mailbox, variants of its 11 rejections with fresh
Message-IDs, rejections in six languages delivered in waves while the test runs, ordinary mail)
is watched by the real daemon with every plugin on: thank-you drafts APPENDed to the IMAP Drafts
folder, Google Calendar events and Google Contacts through the local Google stub, careers_watch
without network. The daemon is SIGKILLed 24 times at seeded random moments (some during start-up,
most mid-pass), restarted each time, then a last daemon finishes the work and is stopped with
SIGTERM. The outcome is compared with a reference: the same mailbox handled by one clean
`run --once` on a second account and a second stub.
"""

from __future__ import annotations

import email
import email.utils
import os
import random
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imap_mail import ordinary

from nextround.application import APPLICATION_WINDOW_DAYS
from nextround.testing import LANGUAGES, make_rejection

from support.crash_helpers import Daemon, last_pass, query, unfinished_reactions, wait_for
from support.dovecot import Account, DovecotServer, imap_config_text
from support.google_stub import GoogleStub, start_stub

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "demo-mailbox"
PLUGINS = ["thank_you", "calendar", "contacts", "careers_watch"]
SEED = 20260909
KILLS = 24

EXTRA = """\
retry_base_minutes = 0.01

[plugins]
enabled = ["thank_you", "calendar", "contacts", "careers_watch"]
[plugins.thank_you]
drafts = "imap"
[plugins.calendar]
backend = "google"
[plugins.contacts]
backend = "google"
csv_path = "{out}/contacts.csv"
vcard_path = "{out}/contacts.vcf"
[plugins.careers_watch]
network = false
probe = false
"""


def _message_id(raw: bytes) -> str:
    return "".join(str(email.message_from_bytes(raw).get("Message-ID", "")).split())


def _with_message_id(raw: bytes, new_id: str) -> bytes:
    out, n = re.subn(rb"(?im)^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*", b"Message-ID: " + new_id.encode(), raw,
                     count=1)
    assert n == 1
    return out


def _second_letter(raw: bytes) -> bytes:
    """The same writer's letter for a later application: a subject of its own, sent after the window in which a
    second letter is taken for the same application (core/application.py)."""
    out, n = re.subn(rb"(?im)^Subject:[ \t]*", b"Subject: Second round: ", raw, count=1)
    assert n == 1
    sent = email.utils.parsedate_to_datetime(email.message_from_bytes(out)["Date"])
    later = email.utils.format_datetime(sent + timedelta(days=APPLICATION_WINDOW_DAYS + 15)).encode()
    out, n = re.subn(rb"(?im)^Date:[^\n]*", b"Date: " + later, out, count=1)
    assert n == 1
    return out


def build_mailbox() -> tuple[list[tuple[bytes, str]], list[bytes], set[str]]:
    """(initial messages with Maildir flags, later deliveries, Message-IDs of every true rejection)."""
    import json

    labels = {e["file"]: e for e in json.loads((DEMO / "expected.json").read_text())}
    initial: list[tuple[bytes, str]] = []
    rejections: set[str] = set()
    variants: list[bytes] = []
    files = [*(DEMO / "Maildir").glob("cur/*"), *(DEMO / "Maildir").glob("new/*")]
    for path in sorted(files, key=lambda p: p.name):
        raw = path.read_bytes()
        rel = f"{path.parent.name}/{path.name}"
        flags = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
        initial.append((raw, flags))
        if labels[rel]["is_rejection"]:
            rejections.add(_message_id(raw))
            # a second letter from the same writer (a subject of its own: the same letter resent would be one
            # rejection, see test_dedupe.py)
            variant = _second_letter(_with_message_id(raw, f"<crash-variant-{len(variants)}@resend.example>"))
            variants.append(variant)
            rejections.add(_message_id(variant))
    initial += [(v, "") for v in variants]
    later: list[bytes] = []
    when = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    for i in range(12):  # two per language, each from a company and person of its own
        lang = LANGUAGES[i % len(LANGUAGES)]
        raw = make_rejection(company=f"Crashtest Firm {i:02d}", role="Data Engineer", lang=lang,
                             contact=f"Alex{chr(65 + i)} Morgan", date=when + timedelta(hours=i),
                             message_id=f"<crash-late-{i}@crashtest-firm-{i:02d}.example>")
        later.append(raw)
        rejections.add(_message_id(raw))
        later.append(ordinary(9000 + i))
    return initial, later, rejections


def config_for(account: Account, stub: GoogleStub, root: Path) -> tuple[Path, Path, dict[str, str]]:
    state = root / "state.sqlite3"
    token = stub.write_token(root / "secret" / "token.json")
    text = imap_config_text(account, state, extra=EXTRA.format(out=root / "out") + stub.config(token),
                            imap="idle_renew_minutes = 1\n")
    config = root / "config.toml"
    config.write_text(text)
    env = {**os.environ, "NEXTROUND_TEST_IMAP_PASSWORD": account.password, "NEXTROUND_DATA_DIR": str(root / "data")}
    env.pop("NEXTROUND_LOAD_PLUGINS", None)
    return config, state, env


def drafts_by_id(account: Account) -> Counter[str]:
    return Counter(_message_id(raw) for raw in account.messages("Drafts"))


def draft_keys(account: Account) -> Counter[tuple[str, str, str]]:
    """(kind from the Message-ID, In-Reply-To, To) of every draft."""
    out: Counter[tuple[str, str, str]] = Counter()
    for raw in account.messages("Drafts"):
        msg = email.message_from_bytes(raw)
        kind = _message_id(raw).split(".")[1]
        out[(kind, "".join(str(msg.get("In-Reply-To", "")).split()), str(msg.get("To", "")).lower())] += 1
    return out


def successful_inserts(stub: GoogleStub) -> Counter[str]:
    return Counter(r.body["id"] for r in stub.api_requests("/calendar/v3/")
                   if r.method == "POST" and r.status == 200)


def people_by_email(stub: GoogleStub) -> Counter[str]:
    return Counter(e["value"].lower() for p in stub.people.values() for e in p.get("emailAddresses") or [])


def rejection_ids(state: Path) -> set[str]:
    return {"".join((m or "").split()) for (m,) in query(state, "SELECT message_id FROM rejections"
                                                          " WHERE decision IN ('auto', 'confirmed')")}


def effects_done(state: Path) -> int:
    rows = query(state, "SELECT count(*) FROM effects WHERE status = 'done'")
    return rows[0][0] if rows else 0


def pending_effects(state: Path) -> int:
    rows = query(state, "SELECT count(*) FROM effects WHERE status = 'pending'")
    return rows[0][0] if rows else 0


def reference_run(server: DovecotServer, tmp_path: Path, initial: list[tuple[bytes, str]],
                  later: list[bytes]) -> tuple[Account, GoogleStub, Path]:
    """The same mailbox, handled by one clean pass: what the crashed runs must end up with."""
    account = server.add_user()
    account.write_maildir(iter(initial))
    for raw in later:
        account.append(raw)
    stub, http = start_stub()
    root = tmp_path / "reference"
    root.mkdir()
    config, state, env = config_for(account, stub, root)
    daemon = Daemon(config, state, root / "log.txt", env)
    try:
        assert daemon.run_once(timeout=90) == 0, daemon.text()
    finally:
        http.shutdown()
        http.server_close()
    return account, stub, state


def test_kill9_at_random_points_gives_every_effect_exactly_once(dovecot_server: DovecotServer,
                                                                google_stub: GoogleStub, tmp_path: Path):
    began = time.monotonic()
    initial, later, expected = build_mailbox()
    assert len(initial) + len(later) >= 70 and len(expected) >= 30
    account = dovecot_server.add_user()
    account.write_maildir(iter(initial))
    inbox_before = {k: v for k, v in account.all_flags().items() if k[0] == "INBOX"}
    root = tmp_path / "crashed"
    root.mkdir()
    config, state, env = config_for(account, google_stub, root)
    daemon = Daemon(config, state, root / "daemon.log", env)

    rng = random.Random(SEED)
    waves = list(later)
    kills, mid_work, left_pending = 0, 0, 0
    rounds: list[str] = []
    delivered = {m for m in expected if not any(m == _message_id(w) for w in waves)} | {""}
    try:
        for round_ in range(KILLS):
            if waves and round_ % 2 == 0:  # mail that came while the daemon was down
                delivered.add(_message_id(waves[0]) if _message_id(waves[0]) in expected else "")
                account.append(waves.pop(0))
            daemon.start()
            if waves and rng.random() < 0.4:  # mail that comes while it runs (IDLE push)
                time.sleep(rng.uniform(0.0, 1.0))
                delivered.add(_message_id(waves[0]) if _message_id(waves[0]) in expected else "")
                account.append(waves.pop(0))
            if rng.random() < 0.3:  # start-up (imports, plugin loading, login) or the first scan
                time.sleep(rng.uniform(0.0, 0.8))
            else:  # mid-pass: just after the n-th next effect is recorded, when the next one is under way
                target = effects_done(state) + rng.randint(1, 12)
                deadline = time.monotonic() + 5
                while effects_done(state) < target and time.monotonic() < deadline and daemon.alive():
                    time.sleep(0.005)
                time.sleep(rng.uniform(0.0, 0.05))
            if not daemon.alive():
                pytest.fail(f"the daemon exited by itself ({daemon.proc.returncode}):\n{daemon.text()[-6000:]}")
            daemon.kill9()
            kills += 1
            pending = pending_effects(state)
            left_pending += pending > 0
            busy = bool(pending or unfinished_reactions(state, PLUGINS) or not delivered <= rejection_ids(state) | {""})
            mid_work += busy
            rounds.append(f"{round_}:{'busy' if busy else 'idle'}{'+pending' if pending else ''}")
        while waves:
            account.append(waves.pop(0))

        # A last daemon finishes the work; then SIGTERM (once it is past start-up: see test_faults).
        started = time.time()
        daemon.start()
        wait_for(lambda: last_pass(state) > started, "the last daemon's first pass", daemon)

        def finished() -> bool:
            return (expected <= rejection_ids(state) and not unfinished_reactions(state, PLUGINS)
                    and pending_effects(state) == 0)

        wait_for(finished, "every rejection handled by every plugin", daemon, timeout=90)
        code, _took = daemon.terminate()
        assert code == 0, daemon.text()[-6000:]
    finally:
        daemon.ensure_stopped()
    log = daemon.text()
    assert kills >= 20
    assert mid_work >= 10, f"only {mid_work} of {kills} kills hit the daemon while it had work in hand: {rounds}"

    # No rejection missed, every reaction ok, no effect left pending.
    assert expected <= rejection_ids(state)
    assert not unfinished_reactions(state, PLUGINS)
    statuses = dict(query(state, "SELECT status, count(*) FROM reactions GROUP BY status"))
    assert set(statuses) == {"ok"}, statuses

    # Drafts: one per Message-ID, one per (kind, rejection, recipient), each a reply to a true rejection.
    drafts = drafts_by_id(account)
    assert drafts and max(drafts.values()) == 1, [m for m, n in drafts.items() if n > 1]
    keys = draft_keys(account)
    assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1]
    assert {k[1] for k in keys} <= expected
    # Calendar: no event id inserted successfully twice.
    inserts = successful_inserts(google_stub)
    assert inserts and max(inserts.values()) == 1, [e for e, n in inserts.items() if n > 1]
    # Contacts: one Google contact per address, and only one createContact per person.
    people = people_by_email(google_stub)
    assert people and max(people.values()) == 1, [e for e, n in people.items() if n > 1]
    creates = [r for r in google_stub.api_requests("/v1/people:createContact") if r.status == 200]
    assert len(creates) == len(google_stub.people)
    # The watched mail is untouched: old messages keep their flags, the ones delivered since have none.
    inbox_after = {k: v for k, v in account.all_flags().items() if k[0] == "INBOX"}
    assert {k: inbox_after.get(k) for k in inbox_before} == inbox_before
    assert len(inbox_after) == len(initial) + len(later)
    assert all(not v for k, v in inbox_after.items() if k not in inbox_before)
    assert "Traceback" not in log, log[-6000:]

    # Nothing missed: the same effects as one clean pass over the same mailbox.
    ref_account, ref_stub, ref_state = reference_run(dovecot_server, tmp_path, initial, later)
    assert expected <= rejection_ids(ref_state)
    assert set(drafts) == set(drafts_by_id(ref_account))
    assert set(inserts) == set(successful_inserts(ref_stub))
    assert {e for e in people} == set(people_by_email(ref_stub))
    took = time.monotonic() - began
    print(f"\ncrash test: {kills} kills ({mid_work} with work in hand, {left_pending} left an effect pending,"
          f" {log.count('was already there')} effects found already done after a crash),"
          f" {len(expected)} rejections, {len(drafts)} drafts, {len(inserts)} events, {len(people)} contacts,"
          f" 0 duplicates, 0 misses, {took:.1f} s\n{rounds}")
