"""`nextround plugin new NAME`: a package whose tests pass as generated, and `nextround init` with plugin tables."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib

from pydantic import BaseModel, ConfigDict, Field

from nextround.starter import render_plugin_table


def test_generated_plugin_package_passes_its_own_tests(nextround, tmp_path):
    proc = nextround("plugin", "new", "slack-notify", "--dir", str(tmp_path), check=True)
    target = tmp_path / "nextround-slack-notify"
    assert f"created {target}" in proc.stdout
    project = tomllib.loads((target / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "nextround-slack-notify"
    assert project["project"]["entry-points"]["nextround"] == {"slack_notify": "nextround_slack_notify"}
    module = (target / "nextround_slack_notify" / "__init__.py").read_text(encoding="utf-8")
    assert "def nextround_config_schema(" in module and "def nextround_react(" in module and "ctx.once(" in module
    assert "nextround_harness" in (target / "tests" / "test_slack_notify.py").read_text(encoding="utf-8")
    assert "pip install -e ." in (target / "README.md").read_text(encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NEXTROUND_LOAD_PLUGINS"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=target,
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"\b4 passed\b", run.stdout), run.stdout


def test_generated_module_is_ruff_clean(nextround, tmp_path):
    nextround("plugin", "new", "tidy", "--dir", str(tmp_path), check=True)
    ruff = os.path.join(os.path.dirname(sys.executable), "ruff")
    proc = subprocess.run([ruff, "check", "--no-cache", "--isolated", "--line-length", "120", "--select",
                           "E,F,W,B,UP,SIM", str(tmp_path / "nextround-tidy")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_bad_name_and_existing_folder_are_usage_errors(nextround, tmp_path):
    bad = nextround("plugin", "new", "9lives", "--dir", str(tmp_path))
    assert bad.returncode == 2 and "'9lives' is not a usable plugin name" in bad.stderr
    nextround("plugin", "new", "twice", "--dir", str(tmp_path), check=True)
    again = nextround("plugin", "new", "twice", "--dir", str(tmp_path))
    assert again.returncode == 2 and "exists and is not empty" in again.stderr


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(description="where to POST")
    headers: dict[str, str] = Field(default_factory=dict, description="extra headers")
    timeout: float = 10.0
    tags: list[str] = ["a", "b"]
    loud: bool = False


def test_plugin_table_renders_every_key_commented_and_uncomments_to_valid_toml():
    text = render_plugin_table("webhook", Settings, "entry point (nextround-webhook)")
    lines = text.splitlines()
    assert lines[0].startswith("# [plugins.webhook]")
    assert all(line.startswith("# ") for line in lines)
    assert "# url = \"\"" in text and "required: where to POST" in text
    table = tomllib.loads("\n".join(line[2:] for line in lines))["plugins"]["webhook"]
    assert table == {"url": "", "headers": {}, "timeout": 10.0, "tags": ["a", "b"], "loud": False}
    Settings.model_validate(table)


def test_init_lists_builtin_tables_and_no_plugin_section_without_third_party_plugins(nextround, tmp_path):
    path = tmp_path / "config.toml"
    nextround("-c", str(path), "init", check=True)
    text = path.read_text(encoding="utf-8")
    assert "# [plugins.thank_you]" in text
    assert "installed plugins (not built in)" not in text  # none in this environment (see test_plugin_venv)
    tomllib.loads(text)  # the whole starter is valid TOML
