"""For real: a fresh virtual environment with nextround and the example webhook package installed lists the
plugin, runs it on the demo mailbox (one post per rejection to a server on 127.0.0.1), and its tests pass."""

from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO

WEBHOOK = REPO / "examples" / "plugins" / "nextround-webhook"


def make_venv(root: Path) -> Path:
    """A new venv that sees this environment's packages (nextround, editable, and its dependencies)."""
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(root)],
                   check=True, timeout=60)
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = subprocess.run([str(root / "bin" / "python"), "-c", ask], capture_output=True, text=True,
                             check=True).stdout.strip()
    ours = [p for p in site.getsitepackages() if Path(p, "pluggy").exists()]
    # addsitedir also runs the .pth files there (nextround's editable install is one).
    Path(purelib, "zz_nextround_dev.pth").write_text(
        "".join(f"import site; site.addsitedir({p!r})\n" for p in ours), encoding="utf-8")
    return root / "bin" / "python"


class Receiver:
    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.posts.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


def test_fresh_venv_lists_runs_and_tests_the_webhook_package(tmp_path, write_config, demo_maildir, receiver):
    started = time.monotonic()
    python = make_venv(tmp_path / "venv")
    package = tmp_path / "nextround-webhook"
    shutil.copytree(WEBHOOK, package, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.egg-info"))
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k != "NEXTROUND_LOAD_PLUGINS"}
    env["NEXTROUND_DATA_DIR"] = str(tmp_path / "data")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                              "--no-build-isolation", "--no-index", "-q", "-e", str(package)],
                             capture_output=True, text=True, timeout=120, env=env)
    assert install.returncode == 0, install.stderr[-3000:]

    def nextround(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), "-m", "nextround", *args], capture_output=True, text=True,
                              timeout=60, env=env)

    config = write_config(f'[plugins]\nenabled = ["webhook"]\n[plugins.webhook]\nurl = "{receiver.url}"\n',
                          maildir=demo_maildir)
    listing = nextround("-c", str(config), "plugins", "--json")
    assert listing.returncode == 0, listing.stderr
    row = {r["name"]: r for r in json.loads(listing.stdout)}["webhook"]
    assert row["source"] == "entry point (nextround-webhook)" and row["version"] == "0.1.0"
    assert row["enabled"] and row["loaded"] and row["error"] is None
    assert {"nextround_config_schema", "nextround_react", "nextround_new_opening"} <= set(row["hooks"])

    first = nextround("-c", str(config), "run", "--once")
    assert first.returncode == 0, first.stderr
    db = sqlite3.connect(tmp_path / "state.sqlite3")
    rejections = [r[0] for r in db.execute("SELECT company FROM rejections WHERE decision = 'auto' ORDER BY id")]
    assert rejections and [p["company"] for p in receiver.posts] == rejections
    assert all(p["event"] == "rejection" for p in receiver.posts)
    assert nextround("-c", str(config), "run", "--once").returncode == 0
    assert len(receiver.posts) == len(rejections)  # once per rejection, not once per run

    starter = tmp_path / "starter.toml"
    assert nextround("-c", str(starter), "init").returncode == 0
    text = starter.read_text(encoding="utf-8")
    assert "# [plugins.webhook]" in text and 'to turn it on add "webhook" to [plugins] enabled' in text
    assert "# url = \"\"" in text and "required: where to POST" in text

    tests = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=package,
                           capture_output=True, text=True, timeout=120, env=env)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert time.monotonic() - started < 90
