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
    """What was found and, per rejection, what each plugin did; then where the outputs are."""
    import json

    state = app.state
    echo = click.echo
    total = state.one("SELECT count(*) FROM messages")[0]
    own = state.one("SELECT count(*) FROM messages WHERE outcome = 'own'")[0]
    echo(f"nextround demo: {total} messages in {workdir / 'Maildir'} ({own} sent by Sam, never rejections)\n")
    rows = state.query("SELECT * FROM rejections ORDER BY received_at")
    found = [r for r in rows if r["decision"] == "auto"]
    effects = state.query("SELECT * FROM effects ORDER BY created_at")
    by_rejection: dict[int | None, list] = {}
    for e in effects:
        by_rejection.setdefault(e["rejection_id"], []).append(e)
    failures = {(f["rejection_id"], f["plugin"]): f["last_error"]
                for f in state.query("SELECT * FROM reactions WHERE status != 'ok'")}
    echo(f"{len(found)} rejections found:\n")
    for r in found:
        reasons = json.loads(r["reasons_json"] or "[]")
        who = r["contact_name"] or r["contact_email"] or "nobody signed it"
        echo(f"#{r['id']} {r['company'] or '?'} — {r['role'] or '(role not named)'}"
             f"  [{r['lang']}, confidence {r['confidence']:.2f}]")
        echo(f"    from {r['from_addr']} ({who}); why: {'; '.join(reasons[:2])}")
        for e in by_rejection.get(r["id"], []):
            where = f" -> {e['ref']}" if e["kind"] == "draft" and e["ref"] else ""
            echo(f"    {e['plugin']:<13} {e['description']}{where}")
        for (rid, plugin), error in failures.items():
            if rid == r["id"]:
                echo(f"    {plugin:<13} FAILED: {error}")
        echo("")
    uncertain = [r for r in rows if r["decision"] == "uncertain"]
    if uncertain:
        echo(f"{len(uncertain)} near the threshold (no action; decide with `rejections --uncertain`):")
        for r in uncertain:
            echo(f"    #{r['id']} {r['subject'][:70]} ({r['confidence']:.2f})")
        echo("")
    others = state.query("SELECT subject FROM messages WHERE outcome = 'other' ORDER BY date")
    echo(f"{len(others)} other messages left alone, for example:")
    for m in others[:6]:
        echo(f"    {m['subject'][:76]}")
    echo("\nOutputs:")
    outputs = [("drafts (a Maildir: open it in any mail client)", workdir / "Drafts"),
               ("calendar (import or subscribe)", workdir / "calendar.ics"),
               ("contacts (spreadsheet)", workdir / "contacts.csv"),
               ("contacts (contacts app)", workdir / "contacts.vcf")]
    for label, path in outputs:
        if path.exists():
            echo(f"    {label}: {path}")
    cfg = workdir / "config.toml"
    echo(f"    state and config: {workdir}")
    exe = _command_name()
    echo(f"\nLook around: {exe} -c {cfg} rejections   (or drafts, contacts, watch list, report)")


def _command_name() -> str:
    """How the user can call nextround again: the path they used when it is not on PATH."""
    import shutil
    import sys

    argv0 = Path(sys.argv[0])
    if argv0.name == "nextround" and shutil.which("nextround") != str(argv0.resolve()):
        return str(argv0) if argv0.is_absolute() else f"./{argv0}" if "/" in str(argv0) else "nextround"
    return "nextround"
