"""The example plugins in examples/plugins/ do what their docs say."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from nextround.testing import make_rejection

from conftest import REPO

EXAMPLES = REPO / "examples" / "plugins"
DREAM = EXAMPLES / "dream_companies.py"


def test_webhook_package_tests_pass():
    """Its own suite: a local HTTP server on 127.0.0.1 receives the posts."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=EXAMPLES / "nextround-webhook", capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout


@pytest.fixture
def dream(nextround_harness, tmp_path):
    todo = tmp_path / "todo.txt"
    h = nextround_harness(DREAM, config={"companies": ["Acme Robotics", "Lumen Health Inc."], "todo_file": str(todo)})
    return h, todo


def test_dream_company_rejection_is_tagged_and_gets_one_reminder(dream):
    h, todo = dream
    when = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    h.feed(make_rejection(company="Acme Robotics", role="Data Engineer", date=when),
           make_rejection(company="Bramble Labs", role="Data Engineer", date=when))
    h.run()
    h.run()
    by_company = {r.company: r for r in h.rejections()}
    assert by_company["Acme Robotics"].tags == ["dream-company", "priority:high"]
    assert by_company["Bramble Labs"].tags == []
    [line] = todo.read_text(encoding="utf-8").splitlines()
    assert line.startswith("(A) ") and "Try Acme Robotics again: Data Engineer, rejected 2026-05-04" in line
    assert "due:2026-08-02" in line and " id:r-" in line
    [effect] = h.effects("dream_companies")
    assert effect.kind == "reminder"
    assert effect.description == "reminder due 2026-08-02: try Acme Robotics again (todo.txt)"


def test_dream_match_ignores_case_and_legal_suffix(dream):
    h, todo = dream
    h.feed(make_rejection(company="Lumen Health", lang="nl"))
    h.run()
    assert "Try Lumen Health Inc. again" in todo.read_text(encoding="utf-8")


def test_reminder_is_not_written_twice_after_a_crash(dream):
    h, todo = dream
    h.feed(make_rejection(company="Acme Robotics"))
    h.run()
    with h.app.state.tx() as db:  # what a kill -9 between writing and recording leaves behind
        db.execute("UPDATE effects SET status = 'pending', ref = NULL")
        db.execute("DELETE FROM reactions")
    h.run()
    assert len(todo.read_text(encoding="utf-8").splitlines()) == 1
    assert [e.status for e in h.effects()] == ["done"]


def test_dream_companies_as_a_loose_file_on_the_demo_mailbox(nextround, write_config, demo_maildir, tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    folder.chmod(0o755)
    shutil.copy(DREAM, folder / "dream_companies.py")
    (folder / "dream_companies.py").chmod(0o644)
    config = write_config(f'[plugins]\nenabled = ["dream_companies"]\npaths = ["{folder}"]\n'
                          '[plugins.dream_companies]\ncompanies = ["Lumen Health", "Solace Games"]\n',
                          maildir=demo_maildir)
    nextround("run", "--once", config=config, check=True)
    lines = (tmp_path / "data" / "dream_companies.todo.txt").read_text(encoding="utf-8").splitlines()
    assert sorted(line.split(" again")[0].split("Try ")[1] for line in lines) == ["Lumen Health", "Solace Games"]
