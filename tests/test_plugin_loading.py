"""Loose plugin files: listed, enabled and disabled like packages; refused when others can write them;
and NEXTROUND_TRACE_PLUGINS=1 shows every hook call."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

PLUGIN = """\
def nextround_react(rejection, ctx):
    ctx.once(f"seen/{rejection.id}", kind="mark", description=f"saw {rejection.company}", perform=lambda: "ok")
"""
RAISING = "def nextround_react(rejection):\n    raise RuntimeError('boom')\n"


def make_folder(tmp_path: Path, files: dict[str, str], mode: int = 0o755) -> Path:
    folder = tmp_path / "plugins"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).chmod(0o644)
    folder.chmod(mode)
    return folder


def marks(tmp_path: Path, plugin: str) -> int:
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    return db.execute("SELECT count(*) FROM effects WHERE plugin = ?", (plugin,)).fetchone()[0]


@pytest.mark.parametrize("target, mode, who", [("file", 0o666, "everyone"), ("file", 0o664, "its group"),
                                               ("folder", 0o777, "everyone")])
def test_loose_plugin_writable_by_others_is_refused_with_a_clear_message(
        nextround, write_config, demo_maildir, tmp_path, target, mode, who):
    folder = make_folder(tmp_path, {"seen.py": PLUGIN, "other.py": PLUGIN})
    path = folder / "seen.py" if target == "file" else folder
    os.chmod(path, mode)
    config = write_config(f'[plugins]\nenabled = ["seen"]\npaths = ["{folder}"]\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert (f"plugin seen: not loaded: {path} is writable by {who}; refusing to load plugin code from it"
            f" (fix with: chmod go-w {path})") in proc.stderr
    assert marks(tmp_path, "seen") == 0
    row = {r["name"]: r for r in json.loads(nextround("plugins", "--json", config=config, check=True).stdout)}["seen"]
    assert row["enabled"] is True and row["loaded"] is False and "writable by" in row["error"]
    os.chmod(path, 0o755 if target == "folder" else 0o644)
    nextround("run", "--once", config=config, check=True)
    assert marks(tmp_path, "seen") > 0


def test_loose_files_are_listed_and_switched_like_packages(nextround, write_config, demo_maildir, tmp_path):
    folder = make_folder(tmp_path, {"seen.py": PLUGIN, "other.py": PLUGIN, "_helper.py": "X = 1\n"})
    config = write_config(f'[plugins]\nenabled = ["seen", "other"]\npaths = ["{folder}"]\n', maildir=demo_maildir)
    rows = {r["name"]: r for r in json.loads(nextround("plugins", "--json", config=config, check=True).stdout)}
    assert rows["seen"]["source"] == str(folder / "seen.py") and rows["seen"]["hooks"] == ["nextround_react"]
    assert "_helper" not in rows and rows["thank_you"]["enabled"] is False
    nextround("--disable-plugin", "other", "run", "--once", config=config, check=True)
    assert marks(tmp_path, "seen") > 0 and marks(tmp_path, "other") == 0
    env = {"NEXTROUND_LOAD_PLUGINS": "other"}
    listing = nextround("plugins", config=config, env=env, check=True).stdout
    assert "[off] seen" in listing and "[on ] other" in listing


def test_trace_logs_each_hook_call_with_arguments_and_result(nextround, write_config, demo_maildir, tmp_path):
    folder = make_folder(tmp_path, {"seen.py": PLUGIN, "raiser.py": RAISING})
    config = write_config(f'[plugins]\nenabled = ["seen", "raiser"]\npaths = ["{folder}"]\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config, env={"NEXTROUND_TRACE_PLUGINS": "1"})
    assert proc.returncode == 0, proc.stderr
    lines = [ln.split(" info    ", 1)[-1] for ln in proc.stderr.splitlines() if "trace: " in ln]
    calls = [ln for ln in lines if ln.startswith("trace: nextround_react(")]
    assert calls, proc.stderr[-2000:]
    assert calls[0].startswith("trace: nextround_react(rejection=<Rejection #1 ")
    assert "ctx=<ReactionContext plugin=" in calls[0] and "message=<Message '" in calls[0]
    assert any(ln.endswith(") -> seen") for ln in calls) and any(ln.endswith(") -> raiser") for ln in calls)
    assert any(ln.startswith("trace: nextround_react returned [") and ln.endswith(" ms)") for ln in lines)
    assert any(ln.startswith("trace: nextround_react raised RuntimeError: boom") for ln in lines)
    classify = [ln for ln in lines if ln.startswith("trace: nextround_classify returned <Verdict rejection")]
    assert classify
    assert not any(ln.endswith("-> no plugin") for ln in lines)


def test_no_trace_without_the_variable(nextround, write_config, demo_maildir, tmp_path):
    folder = make_folder(tmp_path, {"seen.py": PLUGIN})
    config = write_config(f'[plugins]\nenabled = ["seen"]\npaths = ["{folder}"]\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config, check=True)
    assert "trace:" not in proc.stderr
