"""`nextround init`: a commented starter config with the tables of installed plugins."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

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
    extra = installed_plugin_tables()
    if extra:
        text += f"\n# ---- installed plugins (not built in) ----\n{extra}"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def toml_value(value: Any) -> str:
    """A default value as TOML (inline forms only)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(exclude_none=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, list | tuple | set | frozenset):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def render_plugin_table(name: str, schema: Any, about: str = "") -> str:
    """A plugin's ``[plugins.<name>]`` table from its pydantic schema: every key, commented out."""
    lines = [f"# [plugins.{name}]" + (f"        # {about}" if about else "")]
    for key, field in schema.model_fields.items():
        note = field.description or ""
        if field.is_required():
            shown = '""'
            note = "required" + (f": {note}" if note else "")
        else:
            default = field.get_default(call_default_factory=True)
            if default is None:
                shown, note = '""', note or "unset by default"
            else:
                shown = toml_value(default)
        line = f"# {_toml_key(key)} = {shown}"
        lines.append(f"{line:30}  # {note}" if note else line)
    return "\n".join(lines) + "\n"


def installed_plugin_tables() -> str:
    """The tables of installed third-party plugins (built-ins are in default.toml already)."""
    from nextround.plugin_manager import Plugins, describe_error, discover

    names = sorted(n for n, info in discover([], []).items() if info.source != "builtin")
    if not names:
        return ""
    plugins = Plugins(names, [])
    blocks = []
    for name in names:
        info = plugins.infos[name]
        about = f"{info.source}, version {info.version or '?'}; to turn it on add \"{name}\" to [plugins] enabled"
        if info.module is None:
            blocks.append(f"# {name}: could not be loaded ({info.error}); {about}\n")
            continue
        try:
            schema = plugins.call_one(name, "nextround_config_schema")
        except Exception as exc:
            blocks.append(f"# {name}: its config schema hook failed ({describe_error(exc)})\n")
            continue
        if schema is None:
            blocks.append(f"# {name}: no settings; {about}\n")
        else:
            blocks.append(render_plugin_table(name, schema, about))
    return "\n".join(blocks)
