"""Shared fixtures. Servers the tests need (Dovecot, the Google API stub, a job-board server)
live in tests/support/ and are started by the fixtures there."""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO_MAILDIR = REPO / "examples" / "demo-mailbox" / "Maildir"

# Fixture modules in tests/support/ are loaded when present (each helper owns its own module).
pytest_plugins = [f"support.{p.stem}" for p in sorted((REPO / "tests" / "support").glob("*.py"))
                  if not p.name.startswith("_") and importlib.util.find_spec("pytest")]

# Compiled patterns are cached in a directory of the test run's own, not the user's cache (and the command lines the
# tests start share it, so each compiles the phrase families once, not once per test).
os.environ["NEXTROUND_CACHE_DIR"] = tempfile.mkdtemp(prefix="nextround-test-cache-")
atexit.register(shutil.rmtree, os.environ["NEXTROUND_CACHE_DIR"], ignore_errors=True)

# No test may reach the network through a proxy from the environment.
for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
    os.environ.pop(var, None)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pattern cache of the test's own, in process (``nextround.detect.pattern_cache``), empty, not yet pruned."""
    from nextround.detect import pattern_cache

    folder = tmp_path / "patterns"
    monkeypatch.setattr(pattern_cache, "_directory", folder)
    monkeypatch.setattr(pattern_cache, "_pruned", False)
    return folder


@pytest.fixture
def demo_maildir(tmp_path: Path) -> Path:
    """A private copy of the demo mailbox."""
    target = tmp_path / "Maildir"
    shutil.copytree(DEMO_MAILDIR, target)
    return target


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a config file in tmp_path; state and outputs stay inside tmp_path."""

    def write(body: str = "", *, maildir: Path | None = None, name: str = "config.toml", owner: bool = True) -> Path:
        # (owner=False: no [user] addresses, so the owner is known from the mail itself, see nextround.owner)
        path = tmp_path / name
        addresses = 'addresses = ["sam@example.net"]' if owner else ""
        base = textwrap.dedent(f"""\
            [user]
            name = "Sam Rivera"
            {addresses}
            timezone = "Europe/Berlin"

            [source]
            kind = "maildir"
            [source.maildir]
            path = "{maildir or tmp_path / 'Maildir'}"

            [state]
            path = "{tmp_path / 'state.sqlite3'}"

            [daemon]
            react_max_age_days = 0
        """)
        path.write_text(base + textwrap.dedent(body), encoding="utf-8")
        return path

    return write


@pytest.fixture
def nextround(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real `nextround` command line; returns the completed process."""

    def run(*args: str, config: Path | None = None, env: dict[str, str] | None = None,
            check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "NEXTROUND_DATA_DIR": str(tmp_path / "data"), **(env or {})}
        full_env.pop("NEXTROUND_LOAD_PLUGINS", None) if env is None or "NEXTROUND_LOAD_PLUGINS" not in env else None
        argv = [sys.executable, "-m", "nextround"] + (["-c", str(config)] if config else []) + list(args)
        proc = subprocess.run(argv, capture_output=True, text=True, env=full_env, timeout=timeout)
        if check and proc.returncode != 0:
            raise AssertionError(f"nextround {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
        return proc

    return run
