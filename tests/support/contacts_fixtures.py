"""Fixtures for the contacts tests: a classifier plugin that answers from the demo mailbox's labels.

The contacts tests are about who is flagged for each rejection, not about detection (which has its
own tests and corpus), so they run the real pipeline with this loose plugin in front of the
built-in classifier: every demo message gets the verdict expected.json gives it.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEMO_EXPECTED = REPO / "examples" / "demo-mailbox" / "expected.json"

_PLUGIN = '''\
"""Test plugin: classifies the demo mailbox by its labels (expected.json)."""
import json
from nextround.records import Verdict

import os

LABELS = {{d["message_id"]: d for d in json.loads(open({path!r}, encoding="utf-8").read())}}
EXTRA = os.path.join(os.path.dirname(__file__), "extra_labels.json")


def nextround_classify(message, app):
    extra = json.loads(open(EXTRA, encoding="utf-8").read()) if os.path.exists(EXTRA) else []
    label = {{**LABELS, **{{d["message_id"]: d for d in extra}}}}.get(message.message_id)
    if label is None:
        return None
    return Verdict(is_rejection=label["is_rejection"], confidence=0.99 if label["is_rejection"] else 0.01,
                   reasons=["label"], company=label["company"], role=label["role"],
                   contact_name=label["contact_name"], contact_email=label["contact_email"],
                   careers_url=label["careers_url"], lang=label["lang"])
'''


@pytest.fixture
def demo_expected() -> list[dict]:
    return json.loads(DEMO_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture
def labelled_demo_config(tmp_path: Path, write_config, demo_maildir: Path):
    """A config on a copy of the demo mailbox: contacts enabled, detection from the labels."""
    plugins = tmp_path / "plugins"
    plugins.mkdir(mode=0o700)
    (plugins / "demo_labels.py").write_text(_PLUGIN.format(path=str(DEMO_EXPECTED)), encoding="utf-8")
    (plugins / "demo_labels.py").chmod(0o600)

    def make(extra: str = "", enabled: str = '"contacts", "demo_labels"', labels: list[dict] | None = None) -> Path:
        if labels is not None:
            (plugins / "extra_labels.json").write_text(json.dumps(labels), encoding="utf-8")
        return write_config(textwrap.dedent(f"""
            [plugins]
            enabled = [{enabled}]
            paths = ["{plugins}"]
            [plugins.contacts]
            csv_path = "{tmp_path / 'out' / 'contacts.csv'}"
            vcard_path = "{tmp_path / 'out' / 'contacts.vcf'}"
        """) + textwrap.dedent(extra), maildir=demo_maildir)

    return make
