"""`nextround plugin new NAME`: a plugin package whose tests pass as generated.

The package has a pyproject with the entry point (group ``nextround``), a module with a config
schema and a react hook that performs its one effect through ``ctx.once``, a README, and tests that
use ``nextround.testing``. Templates are plain strings here so they ship with the code.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from nextround import __version__


class ScaffoldError(Exception):
    """Bad name or target; the message is ready to show."""


@dataclass(frozen=True)
class Names:
    plugin: str  # entry-point name and config table: my_plugin
    module: str  # import name: nextround_my_plugin
    dist: str  # distribution name: nextround-my-plugin


def names_for(name: str) -> Names:
    """``My-Plugin`` -> plugin ``my_plugin``, module ``nextround_my_plugin``, dist ``nextround-my-plugin``."""
    plugin = re.sub(r"[-\s.]+", "_", name.strip()).lower().removeprefix("nextround_")
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", plugin) or keyword.iskeyword(plugin):
        raise ScaffoldError(f"{name!r} is not a usable plugin name: use letters, digits, - and _, starting with"
                            " a letter (e.g. slack_notify)")
    return Names(plugin=plugin, module=f"nextround_{plugin}", dist="nextround-" + plugin.replace("_", "-"))


PYPROJECT = """\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "$dist"
version = "0.1.0"
description = "A nextround plugin: $plugin."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["nextround>=$nextround_version", "pydantic>=2.6"]

[project.optional-dependencies]
test = ["pytest>=8"]

# This registers the plugin: group "nextround", plugin name "$plugin" (also its config table).
[project.entry-points.nextround]
$plugin = "$module"

[tool.setuptools]
packages = ["$module"]

[tool.pytest.ini_options]
testpaths = ["tests"]
pythonpath = ["."]
addopts = "-p nextround.testing"
"""

MODULE = '''\
"""$plugin: a nextround plugin.

It appends one line per rejection to a log file. Replace that with what you want to happen; keep
every outside effect inside ctx.once(...) so it happens exactly once, even across crashes.
Hooks: docs/plugins.md in the nextround repository.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from nextround import hookimpl
from nextround.message import Message
from nextround.reactions import ReactionContext
from nextround.records import Rejection

__version__ = "0.1.0"


class Settings(BaseModel):
    """The [plugins.$plugin] table of the user's config."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error that names it
    log_file: str = Field("", description="where to log rejections; empty = $plugin.log in the data dir")


@hookimpl
def nextround_config_schema() -> type[Settings]:
    return Settings


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    settings: Settings = ctx.config or Settings()
    path: Path = ctx.app.output_path(settings.log_file, "$plugin.log")
    company = rejection.company or rejection.sender.email
    line = f"{company}\\t{rejection.role or rejection.subject}\\n"

    def append() -> str:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line)
        return str(path)

    ctx.once(f"log/{rejection.message_key}", kind="log", description=f"log the rejection from {company}",
             perform=append)
'''

TEST = '''\
"""Tests for $plugin, run through nextround's real pipeline (the nextround.testing harness)."""

import pytest

import $module
from nextround.config import ConfigError
from nextround.testing import make_rejection


def test_logs_each_rejection_once(nextround_harness, tmp_path):
    log = tmp_path / "rejections.log"
    h = nextround_harness($module, config={"log_file": str(log)})
    h.feed(make_rejection(company="Acme Robotics", role="Data Engineer"),
           make_rejection(company="Fichtenwerk Software", role="Backend Developer", lang="de"))
    h.run()
    h.run()  # a second pass does nothing twice
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert lines[0] == "Acme Robotics\\tData Engineer"
    assert [e.kind for e in h.effects("$plugin")] == ["log", "log"]


def test_other_mail_is_left_alone(nextround_harness, tmp_path):
    log = tmp_path / "rejections.log"
    h = nextround_harness($module, config={"log_file": str(log)})
    h.feed(b"From: Ana <ana@friends.example>\\r\\nTo: sam@example.net\\r\\nSubject: Lunch?\\r\\n"
           b"Message-ID: <lunch@friends.example>\\r\\n\\r\\nFree for lunch on Friday?\\r\\n")
    h.run()
    assert not log.exists() and h.rejections() == []


def test_dry_run_plans_and_writes_nothing(nextround_harness, tmp_path):
    log = tmp_path / "rejections.log"
    h = nextround_harness($module, config={"log_file": str(log)}, dry_run=True)
    h.feed(make_rejection(company="Acme Robotics"))
    h.run()
    assert h.planned == [("$plugin", "log the rejection from Acme Robotics")]
    assert not log.exists()


def test_unknown_config_key_names_the_plugin(nextround_harness):
    h = nextround_harness($module, config={"log_fiel": "x.log"})
    with pytest.raises(ConfigError, match=r"plugins\\.$plugin\\.log_fiel: unknown key"):
        h.run()
'''

README = """\
# $dist

A nextround plugin. It appends one line per rejection to a log file;
make it do what you need in `$module/__init__.py`.

## Try it

```sh
pip install -e .               # into the environment nextround runs in
nextround plugins              # lists "$plugin ... entry point ($dist)", off
```

Turn it on in your nextround config, then look before you leap:

```toml
[plugins]
enabled = ["thank_you", "calendar", "contacts", "careers_watch", "$plugin"]

[plugins.$plugin]
log_file = ""                  # empty = $plugin.log in the nextround data dir
```

```sh
nextround run --once --dry-run # prints what it would do
NEXTROUND_TRACE_PLUGINS=1 nextround run --once   # every hook call, its arguments and results
```

## Test

```sh
python -m pytest               # pyproject adds -p nextround.testing (fixtures: nextround_harness)
```
"""

FILES = {
    "pyproject.toml": PYPROJECT,
    "README.md": README,
    "$module/__init__.py": MODULE,
    "tests/test_$plugin.py": TEST,
}


def new_plugin(name: str, directory: Path) -> Path:
    """Write the package into ``directory/<dist>``; refuses to overwrite anything."""
    names = names_for(name)
    target = Path(directory) / names.dist
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(f"{target} exists and is not empty; choose another --dir")
    values = {"plugin": names.plugin, "module": names.module, "dist": names.dist,
              "nextround_version": __version__}
    for rel, text in FILES.items():
        path = target / Template(rel).substitute(values)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(Template(text).substitute(values), encoding="utf-8")
    return target


def register(cli: Any) -> None:
    """Add ``nextround plugin new NAME [--dir DIR]`` to the command line."""
    import click

    @cli.group()
    def plugin() -> None:
        """Write your own plugin (see docs/plugins.md)."""

    @plugin.command("new")
    @click.argument("name")
    @click.option("--dir", "directory", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
                  show_default=True, help="Folder to create the package in.")
    def plugin_new(name: str, directory: Path) -> None:
        """Create plugin package NAME: entry point, config schema, react hook, README and passing tests."""
        try:
            target = new_plugin(name, directory)
        except ScaffoldError as exc:
            raise click.UsageError(str(exc)) from None
        names = names_for(name)
        click.echo(f"created {target}\n"
                   f"  cd {target}\n"
                   f"  python -m pytest     # its tests pass as generated\n"
                   f"  pip install -e .     # then add \"{names.plugin}\" to [plugins] enabled in your config\n"
                   f"  nextround plugins    # lists it")
