"""Issue 2, bad input: each gives one readable line (what, where), and the run goes on."""

from __future__ import annotations

import json
import os
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from conftest import REPO

REJECTION = next(p for p in (REPO / "examples/demo-mailbox/Maildir/cur").glob("*")
                 if b"Tidewater" in p.read_bytes() and b"filled" in p.read_bytes())


def put(maildir: Path, name: str, data: bytes) -> None:
    (maildir / "cur").mkdir(parents=True, exist_ok=True)
    (maildir / "new").mkdir(exist_ok=True)
    (maildir / "cur" / f"{name}:2,S").write_bytes(data)


def rejection_variant(**changes: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <dana@acme.example>"
    msg["To"] = "sam@example.net"
    msg["Subject"] = "Your application for Platform Engineer"
    msg["Message-ID"] = changes.get("mid", "<variant@acme.example>")
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0100"
    msg.set_content("Dear Sam,\n\nThank you for your interest in Acme. Unfortunately we have decided to move "
                    "forward with other candidates for the Platform Engineer role.\n\nBest regards,\nDana Whitfield\n")
    return msg


@pytest.fixture
def hostile_maildir(tmp_path: Path) -> Path:
    box = tmp_path / "Maildir"
    put(box, "1.binary", os.urandom(4096))
    put(box, "2.empty", b"")
    put(box, "3.headers-only", b"From: x@y.example\nSubject: nothing here\n")
    put(box, "4.no-text", b"From: a@b.example\nTo: sam@example.net\nSubject: pic\nMIME-Version: 1.0\n"
                          b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n")
    put(box, "5.bad-charset", b"From: a@b.example\nTo: sam@example.net\nSubject: =?klingon?Q?Qapla?=\n"
                              b"Message-ID: <c@b.example>\n"
                              b"Content-Type: text/plain; charset=x-klingon\n\n\xff\xfe hi\n")
    big = rejection_variant(mid="<big@acme.example>")
    big.add_attachment(os.urandom(20 * 1024 * 1024), maintype="application", subtype="octet-stream",
                       filename="portfolio.bin")
    put(box, "6.big", big.as_bytes())
    put(box, "7.good", REJECTION.read_bytes())
    return box


def test_hostile_messages_do_not_stop_the_run(nextround, write_config, hostile_maildir, tmp_path):
    config = write_config(f'[plugins]\nenabled = ["thank_you"]\n[plugins.thank_you]\nmaildir_path = "{tmp_path}/D"\n',
                          maildir=hostile_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    rows = json.loads(nextround("rejections", "--json", config=config, check=True).stdout)
    # The good rejection and the one with a 20 MB attachment are both found and drafted for.
    assert "<big@acme.example>" in {r["message_id"] for r in rows} and len(rows) == 2
    assert len(list((tmp_path / "D" / "cur").glob("*"))) == 4
    # Each unreadable message is reported in one line that names it.
    for name in ("1.binary", "2.empty", "4.no-text"):
        lines = [ln for ln in proc.stderr.splitlines() if name in ln]
        assert len(lines) == 1, (name, proc.stderr)


def test_classify_reports_unreadable_file_and_goes_on(nextround, tmp_path):
    missing = tmp_path / "missing.eml"
    proc = nextround("classify", "--json", str(missing), str(REJECTION), check=False)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[0]["file"] == str(missing) and "error" in lines[0]
    assert lines[1]["is_rejection"] is True and lines[1]["company"] == "Tidewater Mobility"
    assert set(lines[1]) >= {"file", "is_rejection", "confidence", "company", "role", "contact_name",
                             "contact_email", "careers_url", "lang", "reasons"}


@pytest.mark.parametrize("body, expected", [
    ("[user\nname = 'x'\n", "not valid TOML"),
    ("[user]\nnmae = 'Sam'\n", "user.nmae: unknown key"),
    ("[source]\nkind = 'pop3'\n", "source.kind: Input should be 'imap', 'maildir' or 'mbox'"),
    ("[plugins.thank_you]\ndrafts = 'carrier-pigeon'\n", "plugins.thank_you.drafts: Input should be"),
    ("[plugins.thank_you]\ncolour = 'blue'\n", "plugins.thank_you.colour: unknown key"),
    ("[user]\ntimezone = 'Mars/Olympus'\n", "unknown time zone 'Mars/Olympus'"),
])
def test_broken_config_is_one_clear_line_and_exit_2(nextround, write_config, body, expected):
    path = write_config()
    path.write_text(body)
    proc = nextround("run", "--once", config=path)
    assert proc.returncode == 2
    assert expected in proc.stderr and str(path) in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_unknown_plugin_and_broken_plugin_file_are_reported_and_the_rest_runs(
        nextround, write_config, demo_maildir, tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "broken.py").write_text("def nextround_react(rejection:\n    pass\n")
    (folder / "typo.py").write_text("def nextround_reakt(rejection):\n    pass\n")
    config = write_config(f'[plugins]\nenabled = ["thank_you", "thank_yuo", "broken", "typo"]\npaths = ["{folder}"]\n'
                          f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/D"\n', maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert "plugin 'thank_yuo' is enabled but not installed (did you mean 'thank_you'?)" in proc.stderr
    assert "plugin broken: failed to load: SyntaxError" in proc.stderr and "broken.py, line 1" in proc.stderr
    assert "plugin typo: unknown hook nextround_reakt (did you mean nextround_react?)" in proc.stderr
    assert list((tmp_path / "D" / "cur").glob("*"))


def test_secret_reference_problems_never_show_the_secret(nextround, write_config, tmp_path):
    script = tmp_path / "secret.sh"
    script.write_text("#!/bin/sh\necho hunter2-very-secret\nexit 3\n")
    script.chmod(0o700)
    from nextround.secrets import SecretError, SecretRef

    with pytest.raises(SecretError) as err:
        SecretRef(command=str(script)).resolve()
    assert "hunter2" not in str(err.value) and "exited 3" in str(err.value)
    assert "hunter2" not in repr(SecretRef(command=f"{script} hunter2"))
    path = write_config('[source.imap]\npassword = "hunter2-inline"\n')
    proc = nextround("status", config=path)
    assert proc.returncode == 2 and "hunter2" not in proc.stderr + proc.stdout


def test_init_writes_a_config_that_loads(nextround, tmp_path):
    target = tmp_path / "cfg" / "config.toml"
    proc = nextround("-c", str(target), "init")
    assert proc.returncode == 0, proc.stderr
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert nextround("-c", str(target), "status").returncode == 0
    assert nextround("-c", str(target), "init").returncode == 2  # never overwrites silently
    shutil.rmtree(target.parent)
