"""Issue 2: the pipeline end to end on a local Maildir, through the real command line."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import REPO

EXPECTED = json.loads((REPO / "examples/demo-mailbox/expected.json").read_text(encoding="utf-8"))
BY_ID = {e["message_id"]: e for e in EXPECTED}


def drafts_in(folder: Path) -> list[email.message.EmailMessage]:
    files = sorted((folder / "cur").glob("*")) + sorted((folder / "new").glob("*")) if folder.exists() else []
    return [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]


def test_demo_prints_report_and_its_drafts_reply_to_the_right_people(nextround, tmp_path):
    out = tmp_path / "demo"
    proc = nextround("demo", "--keep", str(out), check=True)
    assert "rejections found:" in proc.stdout
    # Every draft path the report names exists and is a reply to a rejection, to its writer.
    paths = re.findall(r"-> (\S+/Drafts/\S+)", proc.stdout)
    assert paths, proc.stdout
    for path in paths:
        msg = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
        original = BY_ID.get(msg["In-Reply-To"])
        assert original is not None and original["is_rejection"], msg["In-Reply-To"]
        assert msg["References"].split()[-1] == msg["In-Reply-To"]
        to = email.utils.parseaddr(msg["To"])[1]
        people = {p["email"] for p in original.get("people", []) if p.get("email")}
        assert to in people | {original["contact_email"]}, (to, original["company"])
        if to == original["contact_email"]:  # the writer gets a reply in the thread
            assert msg["Subject"].lower().startswith(("re:", "aw:", "antw:", "res:", "r:"))
        assert "Sam Rivera" in msg.get_content()
        assert msg["From"].endswith("<sam@example.net>")


def test_demo_twice_gives_the_same_report_and_no_duplicate(nextround, tmp_path):
    out = tmp_path / "demo"
    first = nextround("demo", "--keep", str(out), check=True)
    second = nextround("demo", "--keep", str(out), check=True)
    strip = lambda s: re.sub(r"\d{10}\.", "", s)  # noqa: E731  (draft file names carry a timestamp)
    assert strip(first.stdout) == strip(second.stdout)
    assert len(list((out / "Drafts" / "cur").glob("*"))) == len(re.findall(r"-> \S+/Drafts/", second.stdout))


def test_run_once_twice_creates_no_second_draft(nextround, write_config, demo_maildir, tmp_path):
    config = write_config(f'[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n', maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    first = sorted(p.name for p in (tmp_path / "Drafts" / "cur").glob("*"))
    assert first
    nextround("run", "--once", config=config, check=True)
    assert sorted(p.name for p in (tmp_path / "Drafts" / "cur").glob("*")) == first


def test_sources_never_change_the_mailbox(nextround, write_config, demo_maildir):
    before = {p.relative_to(demo_maildir): (p.stat().st_mtime_ns, p.read_bytes()) for p in demo_maildir.rglob("*")
              if p.is_file()}
    nextround("run", "--once", config=write_config(maildir=demo_maildir), check=True)
    after = {p.relative_to(demo_maildir): (p.stat().st_mtime_ns, p.read_bytes()) for p in demo_maildir.rglob("*")
             if p.is_file()}
    assert after == before  # same names (so same flags), same bytes, untouched


def test_plugins_json_lists_builtins_with_enabled_state(nextround, write_config):
    config = write_config('[plugins]\nenabled = ["calendar", "contacts"]\n')
    rows = json.loads(nextround("plugins", "--json", config=config, check=True).stdout)
    by_name = {r["name"]: r for r in rows}
    assert {"thank_you", "calendar", "contacts", "careers_watch"} <= set(by_name)
    assert by_name["thank_you"]["enabled"] is False and by_name["thank_you"]["loaded"] is False
    assert by_name["calendar"]["enabled"] is True
    assert all(by_name[n]["source"] == "builtin" for n in ("thank_you", "calendar"))


def test_disabled_plugin_is_never_imported_and_drafts_nothing(write_config, demo_maildir, tmp_path):
    config = write_config(f'[plugins]\nenabled = []\n[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n',
                          maildir=demo_maildir)
    code = (
        "import sys\n"
        "from nextround.config import load\nfrom nextround.app import App\n"
        "from nextround.runner import run_once\nfrom pathlib import Path\n"
        f"app = App.build(load(Path({str(config)!r})))\n"
        "assert run_once(app) == 0\n"
        "print('imported' if 'nextround.plugins.thank_you' in sys.modules else 'not imported')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "not imported"
    assert not (tmp_path / "Drafts").exists()
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] > 0  # still detected and recorded


def _loose_plugins(folder: Path) -> None:
    folder.mkdir(mode=0o755)
    (folder / "counter.py").write_text(
        "from pathlib import Path\n"
        "def nextround_react(rejection, ctx):\n"
        "    log = Path(__file__).with_name('calls.txt')\n"
        "    ctx.once(f'r{rejection.id}/count', kind='notice', description='counted',\n"
        "             perform=lambda: log.open('a').write(f'{rejection.id}\\n') and 'ok')\n")
    (folder / "exploder.py").write_text("def nextround_react(rejection):\n    raise RuntimeError('boom')\n")
    for f in folder.iterdir():
        f.chmod(0o644)


def test_loose_plugin_called_once_per_rejection_and_a_raising_one_stops_nothing(
        nextround, write_config, demo_maildir, tmp_path):
    plugin_dir = tmp_path / "myplugins"
    _loose_plugins(plugin_dir)
    config = write_config(
        f'[plugins]\nenabled = ["thank_you", "counter", "exploder"]\npaths = ["{plugin_dir}"]\n'
        f'[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    active = db.execute("SELECT count(*) FROM rejections WHERE decision = 'auto'").fetchone()[0]
    calls = (plugin_dir / "calls.txt").read_text().split()
    assert len(calls) == active == len(set(calls))
    assert list((tmp_path / "Drafts" / "cur").glob("*")), "thank_you must still draft"
    failures = [ln for ln in proc.stderr.splitlines() if "plugin exploder failed" in ln]
    assert len(failures) == active and all("RuntimeError: boom" in ln for ln in failures)
    # Second pass: the counter is not called again; the failing plugin waits for its backoff.
    nextround("run", "--once", config=config, check=True)
    assert sorted((plugin_dir / "calls.txt").read_text().split()) == sorted(calls)


def test_crash_between_draft_and_its_record_makes_no_second_draft(nextround, write_config, demo_maildir, tmp_path):
    drafts = tmp_path / "Drafts"
    config = write_config(f'[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\nmaildir_path = "{drafts}"\n',
                          maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    files = sorted(p.name for p in (drafts / "cur").glob("*"))
    # Rewind the state to "draft attempted, outcome not recorded": what a kill -9 leaves behind.
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    db.execute("UPDATE effects SET status = 'pending', ref = NULL WHERE kind = 'draft'")
    db.execute("DELETE FROM reactions")
    db.commit()
    db.close()
    nextround("run", "--once", config=config, check=True)
    assert sorted(p.name for p in (drafts / "cur").glob("*")) == files
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    assert db.execute("SELECT count(*) FROM effects WHERE status != 'done'").fetchone()[0] == 0


def test_dry_run_prints_planned_effects_and_performs_none(nextround, write_config, demo_maildir, tmp_path):
    config = write_config(f'[plugins.thank_you]\nmaildir_path = "{tmp_path / "Drafts"}"\n', maildir=demo_maildir)
    proc = nextround("run", "--once", "--dry-run", config=config, check=True)
    assert "would thank_you: thank-you note draft to" in proc.stdout
    assert not (tmp_path / "Drafts").exists()
    assert not (tmp_path / "state.sqlite3").exists() or sqlite3.connect(tmp_path / "state.sqlite3").execute(
        "SELECT count(*) FROM effects").fetchone()[0] == 0


def test_mbox_source(nextround, write_config, tmp_path):
    mbox = tmp_path / "takeout.mbox"
    with mbox.open("wb") as out:
        for path in sorted((REPO / "examples/demo-mailbox/Maildir/cur").glob("*"))[:40]:
            out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
            out.write(path.read_bytes().replace(b"\nFrom ", b"\n>From ").rstrip(b"\n") + b"\n\n")
    config = write_config(f'[source]\nkind = "mbox"\n[source.mbox]\npath = "{mbox}"\n'
                          '[plugins]\nenabled = []\n').read_text().replace('kind = "maildir"\n', "", 1)
    cfg_path = tmp_path / "mbox.toml"
    cfg_path.write_text(config.replace("[source]\n[source.maildir]", "[source.maildir]"))
    proc = nextround("run", "--once", config=cfg_path)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(nextround("rejections", "--json", config=cfg_path, check=True).stdout)
    assert rows and all(r["message_id"] in BY_ID and BY_ID[r["message_id"]]["is_rejection"] for r in rows)


def test_status_reports_counts(nextround, write_config, demo_maildir):
    config = write_config(maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    doc = json.loads(nextround("status", "--json", config=config, check=True).stdout)
    assert doc["running"] is False
    assert doc["messages"] == len(EXPECTED)
    assert doc["rejections"] >= 1 and doc["last_pass"]["scanned"] == len(EXPECTED)


def test_world_writable_loose_plugin_is_refused(nextround, write_config, demo_maildir, tmp_path):
    folder = tmp_path / "shared"
    _loose_plugins(folder)
    os.chmod(folder / "counter.py", 0o666)
    config = write_config(f'[plugins]\nenabled = ["counter"]\npaths = ["{folder}"]\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0
    assert "counter.py is writable by everyone; refusing to load plugin code" in proc.stderr
    assert not (folder / "calls.txt").exists()


def test_every_command_takes_the_config_option_before_or_after_it(nextround, write_config, demo_maildir, tmp_path):
    config = write_config('[plugins]\nenabled = ["contacts"]\n', maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    before = nextround("-c", str(config), "rejections", "--json", check=True).stdout
    after = nextround("rejections", "--json", "-c", str(config), check=True).stdout
    assert before == after and json.loads(after)
    # Plugin commands too (they are only there when the plugin is enabled in that config).
    contacts = nextround("contacts", "--json", f"--config={config}", check=True).stdout
    assert json.loads(contacts)
