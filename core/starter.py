"""`nextround init`: a commented starter config with the tables of installed plugins."""

from __future__ import annotations

import os
from pathlib import Path

from nextround.config import defaults_text

HEADER = """\
# nextround config. Every key and its default is in the shipped default.toml, shown below as
# comments; uncomment and change what you need. Secrets are given by reference, never inline:
#   password = { env = "NEXTROUND_IMAP_PASSWORD" }  or  { command = "pass show mail" }
"""

START = """\
[user]
name = "Your Name"
addresses = ["you@example.com"]

[source]
kind = "imap"

[source.imap]
host = "imap.example.com"
username = "you@example.com"
password = { env = "NEXTROUND_IMAP_PASSWORD" }
"""


def write_starter(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    commented = "\n".join(("# " + line if line.strip() else "") for line in defaults_text().splitlines())
    text = f"{HEADER}\n{START}\n# ---- every key, with its default ----\n{commented}\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
