"""`nextround demo`: the whole pipeline on the bundled demo mailbox, local outputs, no accounts."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

import click

import nextround
from nextround.config import ConfigError, load

DEMO_CONFIG = """\
# Written by `nextround demo`: the demo's own config (your real one is untouched).
[user]
name = "Sam Rivera"
addresses = ["sam@example.net"]
timezone = "Europe/Berlin"

[source]
kind = "maildir"
[source.maildir]
path = "Maildir"

[state]
path = "state.sqlite3"

[daemon]
react_max_age_days = 0     # the demo mail is a few months old; react to all of it

[plugins.thank_you]
drafts = "maildir"
maildir_path = "Drafts"

[plugins.calendar]
backend = "ics"            # no Google account in the demo: reminders go to calendar.ics
ics_path = "calendar.ics"

[plugins.careers_watch]
network = false            # the demo finds and records each company's job board, fetches nothing
"""


def bundled_mailbox() -> Path | None:
    repo = Path(nextround.__file__).resolve().parents[1]
    candidate = repo / "examples" / "demo-mailbox" / "Maildir"
    return candidate if candidate.is_dir() else None


def run_demo(mailbox: Path | None, keep: Path | None) -> int:
    from nextround.app import App
    from nextround.pipeline import run_pass
    from nextround.runner import shutdown, startup
    from nextround.sources.maildir import MaildirSource

    mailbox = mailbox or bundled_mailbox()
    if mailbox is None:
        click.echo("error: the demo mailbox is not in this install; run from a clone or pass --mailbox",
                   err=True)
        return 2
    workdir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="nextround-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if (workdir / "Maildir").exists():
        shutil.rmtree(workdir / "Maildir")
    # A copy: the demo never touches the bundled mailbox (and runs twice the same way).
    shutil.copytree(mailbox, workdir / "Maildir")
    for leftover in ("state.sqlite3", "state.sqlite3-wal", "state.sqlite3-shm"):
        (workdir / leftover).unlink(missing_ok=True)
    for out in ("Drafts",):
        shutil.rmtree(workdir / out, ignore_errors=True)
    for out in ("calendar.ics", "contacts.csv", "contacts.vcf"):
        (workdir / out).unlink(missing_ok=True)
    config_file = workdir / "config.toml"
    config_file.write_text(DEMO_CONFIG, encoding="utf-8")
    try:
        config = load(config_file, must_exist=True)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        return 2
    config.data_dir = str(workdir)
    logging.getLogger("nextround").setLevel(logging.WARNING)
    app = App.build(config)
    startup(app)
    source = MaildirSource(workdir / "Maildir")
    report = run_pass(app, source)
    from nextround.jobs import Jobs

    Jobs(app).run_due()
    shutdown(app)
    print_report(app, report, workdir)
    app.close()
    return 0


def print_report(app, report, workdir: Path) -> None:
    state = app.state
    total = state.one("SELECT count(*) FROM messages")[0]
    own = state.one("SELECT count(*) FROM messages WHERE outcome = 'own'")[0]
    echo = click.echo
    echo(f"nextround demo: read {total} messages from {workdir / 'Maildir'}")
    echo(f"  {own} sent by Sam (never rejections), {total - own} classified\n")
    rows = state.query("SELECT * FROM rejections ORDER BY received_at")
    found = [r for r in rows if r["decision"] == "auto"]
    echo(f"Rejections found: {len(found)}")
    for r in found:
        import json

        reasons = json.loads(r["reasons_json"] or "[]")
        who = r["contact_name"] or (r["contact_email"] or "no person (no-reply sender)")
        echo(f"  #{r['id']} {r['company'] or '?'} — {r['role'] or '(role not stated)'}  [{r['lang']}]")
        echo(f"      confidence {r['confidence']:.2f}; from {r['from_addr']}; contact: {who}")
        echo(f"      why: {'; '.join(reasons[:2])}")
    uncertain = [r for r in rows if r["decision"] == "uncertain"]
    if uncertain:
        echo(f"\nNear the threshold (listed by `rejections --uncertain`, no action taken): {len(uncertain)}")
        for r in uncertain:
            echo(f"  #{r['id']} {r['subject'][:70]} ({r['confidence']:.2f})")
    others = state.one("SELECT count(*) FROM messages WHERE outcome = 'other'")[0]
    echo(f"\nNot rejections (look-alikes included): {others} messages, left alone.\n")
    echo("What the plugins did:")
    effects = state.query("SELECT * FROM effects ORDER BY plugin, created_at")
    if not effects:
        echo("  nothing")
    for e in effects:
        mark = "note" if e["kind"] == "note" else e["kind"]
        echo(f"  [{e['plugin']}] {mark}: {e['description']}")
        if e["ref"]:
            echo(f"      -> {e['ref']}")
    failures = state.query("SELECT * FROM reactions WHERE status != 'ok'")
    for f in failures:
        echo(f"  [{f['plugin']}] FAILED on #{f['rejection_id']}: {f['last_error']}")
    echo(f"\nEverything is in {workdir} (config.toml, state.sqlite3, outputs).")
    echo(f"Look around with: nextround -c {workdir / 'config.toml'} rejections")
