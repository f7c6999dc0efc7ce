"""Issue 4: messages near the threshold wait for the user; confirm and dismiss are respected by every plugin."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO

TIDEWATER = next(p for p in (REPO / "examples/demo-mailbox/Maildir/cur").glob("*")
                 if b"Tidewater" in p.read_bytes() and b"filled" in p.read_bytes())
UNSURE_CLASSIFIER = '''
from nextround.records import Verdict

def nextround_classify(message):
    """Says every message from Tidewater is probably (0.6) a rejection: below the 0.7 threshold."""
    if "tidewater" in message.sender.email:
        return Verdict(is_rejection=True, confidence=0.6, reasons=["test: unsure"], company="Tidewater Mobility",
                       contact_name="Omar Haddad", contact_email=message.sender.email, lang="en")
    return Verdict(is_rejection=False, confidence=0.01, reasons=["test: no"])
'''


def setup(tmp_path: Path, write_config, *, variant: str = "") -> Path:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True, exist_ok=True)
    raw = TIDEWATER.read_bytes().replace(b"Message-ID: <", b"Message-ID: <" + variant.encode(), 1)
    (box / "cur" / f"1790000000.{variant or 'a'}.test:2,S").write_bytes(raw)
    plugins = tmp_path / "plugins"
    plugins.mkdir(exist_ok=True)
    (plugins / "unsure.py").write_text(UNSURE_CLASSIFIER)
    return write_config(f'[plugins]\nenabled = ["unsure", "thank_you", "calendar", "contacts"]\npaths = ["{plugins}"]\n'
                        f'[plugins.thank_you]\nmaildir_path = "{tmp_path}/Drafts"\n'
                        f'[plugins.calendar]\nbackend = "ics"\nics_path = "{tmp_path}/cal.ics"\n'
                        f'[plugins.contacts]\ncsv_path = "{tmp_path}/c.csv"\nvcard_path = "{tmp_path}/c.vcf"\n',
                        maildir=box)


def effects(tmp_path: Path) -> int:
    drafts = list((tmp_path / "Drafts" / "cur").glob("*")) if (tmp_path / "Drafts" / "cur").exists() else []
    events = (tmp_path / "cal.ics").read_text().count("BEGIN:VEVENT") if (tmp_path / "cal.ics").exists() else 0
    return len(drafts) + events


def test_uncertain_waits_and_confirm_releases_every_plugin(tmp_path, write_config, nextround):
    config = setup(tmp_path, write_config)
    nextround("run", "--once", config=config, check=True)
    assert effects(tmp_path) == 0
    assert json.loads(nextround("rejections", "--json", config=config, check=True).stdout) == []
    unsure = json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    assert [r["company"] for r in unsure] == ["Tidewater Mobility"] and unsure[0]["decision"] == "uncertain"
    text = nextround("rejections", "--uncertain", config=config, check=True).stdout
    assert "nextround confirm ID" in text and "test: unsure" in text

    nextround("confirm", str(unsure[0]["id"]), config=config, check=True)
    nextround("run", "--once", config=config, check=True)
    assert effects(tmp_path) == 2 + 3  # thank-you + feedback drafts, three reminders
    assert json.loads(nextround("contacts", "--json", config=config, check=True).stdout)
    nextround("run", "--once", config=config, check=True)
    assert effects(tmp_path) == 5  # once


def test_dismissed_is_never_acted_on(tmp_path, write_config, nextround):
    config = setup(tmp_path, write_config, variant="d-")
    nextround("run", "--once", config=config, check=True)
    unsure = json.loads(nextround("rejections", "--uncertain", "--json", config=config, check=True).stdout)
    nextround("dismiss", str(unsure[0]["id"]), config=config, check=True)
    nextround("run", "--once", config=config, check=True)
    assert effects(tmp_path) == 0
    assert json.loads(nextround("contacts", "--json", config=config, check=True).stdout) == []
    assert nextround("confirm", "999", config=config).returncode == 2  # an unknown id is a usage error
