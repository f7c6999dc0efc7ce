"""docs/plugins.md: every hook documented with its real signature, examples that compile, and a
quick start that works when a new user follows it word for word."""

from __future__ import annotations

import importlib
import inspect
import re
import sqlite3
from pathlib import Path

import pytest

from nextround import hookspecs
from nextround.plugin_manager import HOOK_NAMES

from conftest import REPO

DOC = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
REFERENCE = DOC[DOC.index("## Hook reference"):DOC.index("## Examples")]
HEADING = re.compile(r"^### `(nextround_\w+)\((.*?)\)`$", re.M)
BUILTINS = ("thank_you", "calendar", "contacts", "careers_watch")


def sections() -> dict[str, tuple[list[str], str]]:
    """hook name -> (documented parameter names, the section's text)."""
    found = {}
    matches = list(HEADING.finditer(REFERENCE))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(REFERENCE)
        params = [p.strip() for p in m.group(2).split(",") if p.strip()]
        found[m.group(1)] = (params, REFERENCE[m.end():end])
    return found


def test_every_hook_has_a_section_and_every_section_a_hook():
    documented = set(sections())
    assert documented - HOOK_NAMES == set(), "documented hooks that do not exist"
    assert HOOK_NAMES - documented == set(), "hooks without a section in docs/plugins.md"


@pytest.mark.parametrize("hook", sorted(HOOK_NAMES))
def test_documented_signature_is_the_hookspec_signature(hook):
    params, _text = sections()[hook]
    spec = list(inspect.signature(getattr(hookspecs, hook)).parameters)
    assert params == spec, (f"docs/plugins.md says {hook}({', '.join(params)}),"
                            f" the hookspec is {hook}({', '.join(spec)})")


@pytest.mark.parametrize("hook", sorted(HOOK_NAMES))
def test_each_section_says_when_what_who_and_shows_an_example(hook):
    _params, text = sections()[hook]
    for part in ("**Fires:**", "**Returns:**", "**Used by:**", "```python"):
        assert part in text, f"{hook}: section lacks {part}"
    example = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    compile(example, f"<docs example for {hook}>", "exec")
    assert f"def {hook}(" in example, f"{hook}: the example does not implement the hook"


@pytest.mark.parametrize("plugin", BUILTINS)
def test_used_by_names_every_builtin_plugin_that_implements_the_hook(plugin):
    module = importlib.import_module(f"nextround.plugins.{plugin}")
    used = {name for name in dir(module) if name in HOOK_NAMES and callable(getattr(module, name))}
    for hook in used:
        used_by = re.search(r"\*\*Used by:\*\*(.*)", sections()[hook][1]).group(1)
        assert re.search(rf"\b{plugin}\b", used_by), f"{plugin} implements {hook}; its **Used by:** line omits it"


def test_every_python_block_in_the_doc_compiles():
    blocks = re.findall(r"```python\n(.*?)```", DOC, re.S)
    assert len(blocks) > len(HOOK_NAMES)
    for i, block in enumerate(blocks):
        compile(block, f"<docs/plugins.md python block {i}>", "exec")


def test_doc_covers_the_topics_a_plugin_author_needs():
    for topic in ("## The plugin lifecycle", "## Effects go through `ctx.once`", "## A plugin's config table",
                  "## Enabling and disabling", "## Loose files or packages", "## Debugging", "## Testing a plugin",
                  "nextround plugin new", "NEXTROUND_LOAD_PLUGINS", "--disable-plugin", "NEXTROUND_TRACE_PLUGINS=1",
                  "-p nextround.testing", "make_rejection("):
        assert topic in DOC, topic


def test_quick_start_works_as_written(nextround, write_config, demo_maildir, tmp_path):
    """Step 1 to 3 of 'Your first plugin in five minutes', on the demo mailbox."""
    code = re.findall(r"```python\n(.*?)```", DOC, re.S)[0]
    assert code.startswith("# hello.py")
    folder = tmp_path / "plugins"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "hello.py").write_text(code, encoding="utf-8")
    (folder / "hello.py").chmod(0o644)
    config = write_config(f'[plugins]\nenabled = ["hello"]\npaths = ["{folder}"]\n', maildir=demo_maildir)

    listing = nextround("plugins", config=config, check=True).stdout
    assert re.search(r"\[on \] hello .* " + re.escape(str(folder / "hello.py")), listing)
    dry = nextround("run", "--once", "--dry-run", config=config, check=True).stdout
    assert "would hello: note the rejection from" in dry
    assert not (tmp_path / "data" / "hello.txt").exists()

    nextround("run", "--once", config=config, check=True)
    lines = (tmp_path / "data" / "hello.txt").read_text(encoding="utf-8").splitlines()
    rejections = sqlite3.connect(tmp_path / "state.sqlite3").execute(
        "SELECT count(*) FROM rejections WHERE decision = 'auto'").fetchone()[0]
    assert len(lines) == rejections > 0
    nextround("run", "--once", config=config, check=True)
    assert (tmp_path / "data" / "hello.txt").read_text(encoding="utf-8").splitlines() == lines


def test_doc_links_to_files_that_exist():
    for target in re.findall(r"\]\((\.\./[^)#]+)\)", DOC):
        assert (REPO / "docs" / target).resolve().exists(), target
    assert Path(REPO / "examples/plugins/dream_companies.py").exists()
