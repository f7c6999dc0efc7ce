"""The ``nextround`` command line (click). Plugins add commands through a hook."""

from __future__ import annotations

import json
import logging
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

import click

from nextround import __version__, logs
from nextround.config import Config, ConfigError, default_config_path, load

log = logging.getLogger("nextround")


class Context:
    """Lazily built config and App for the command being run."""

    def __init__(self, config_path: Path | None, disabled: tuple[str, ...]) -> None:
        self.config_path = config_path
        self.disabled = disabled
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            try:
                self._config = load(self.config_path, must_exist=self.config_path is not None)
            except ConfigError as exc:
                fail_usage(str(exc))
        return self._config

    def reload_app(self):
        """A new App from the config file as it is now (SIGHUP); raises ConfigError if broken."""
        from nextround.app import App

        return App.build(load(self.config_path, must_exist=self.config_path is not None), disabled=self.disabled)

    def app(self, *, dry_run: bool = False, config: Config | None = None, state=None):
        from nextround.app import App

        try:
            return App.build(config or self.config, dry_run=dry_run, disabled=self.disabled, state=state)
        except ConfigError as exc:
            fail_usage(str(exc))


def fail_usage(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nextround")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path),
              help="Config file (default: $NEXTROUND_CONFIG or the user config dir).")
@click.option("--disable-plugin", multiple=True, metavar="NAME", help="Do not load this plugin (repeatable).")
@click.option("--log-format", type=click.Choice(["text", "json"]), default=None, help="Log line format.")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, disable_plugin: tuple[str, ...],
        log_format: str | None, verbose: bool) -> None:
    """nextround turns job-application rejection emails into the next round:
    thank-you drafts, reminders, people to connect with, and new openings."""
    ctx.obj = Context(config_path, disable_plugin)
    logs.setup("debug" if verbose else "info", log_format or "text")
    if ctx.invoked_subcommand not in (None, "init", "demo", "classify", "eval", "plugin"):
        try:
            cfg = ctx.obj.config
        except SystemExit:
            raise
        logs.setup("debug" if verbose else cfg.logging.level, log_format or cfg.logging.format)


@cli.command()
@click.option("--mailbox", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Maildir to use instead of the bundled demo mailbox.")
@click.option("--keep", type=click.Path(path_type=Path, file_okay=False),
              help="Put outputs here (default: a new temporary folder).")
def demo(mailbox: Path | None, keep: Path | None) -> None:
    """Run the whole pipeline on the bundled demo mailbox, with local outputs and no accounts."""
    from nextround.demo import run_demo

    sys.exit(run_demo(mailbox, keep))


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_obj
def init(obj: Context, force: bool) -> None:
    """Write a commented starter config to the user config dir (or -c PATH)."""
    from nextround.starter import write_starter

    path = obj.config_path or default_config_path()
    if path.exists() and not force:
        fail_usage(f"{path} exists; use --force to overwrite it")
    write_starter(path)
    click.echo(f"wrote {path}\nedit [user] and [source], then try: nextround run --once --dry-run")


@cli.command()
@click.option("--once", is_flag=True, help="One pass (scan, react, due jobs), then exit.")
@click.option("--dry-run", is_flag=True, help="Print the effects it would perform; perform none.")
@click.pass_obj
def run(obj: Context, once: bool, dry_run: bool) -> None:
    """Watch the mailbox and react to rejections (the daemon), or one pass with --once."""
    from nextround.runner import run_daemon, run_once

    daemon = not (once or dry_run)
    stopping = threading.Event()
    if daemon:  # a SIGTERM while plugins load still means "stop cleanly", not death by signal
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.set())
    app = obj.app(dry_run=dry_run)
    app.stopping = stopping
    try:
        code = run_once(app) if once or dry_run else run_daemon(app, reload_app=lambda: obj.reload_app())
    finally:
        app.close()
    sys.exit(code)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file.")
@click.pass_obj
def classify(obj: Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files: is each a rejection, how sure, why, and what was extracted."""
    from nextround.classify_files import classify_files

    sys.exit(classify_files(obj, files, as_json))


@cli.command(name="eval")
@click.argument("dirs", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.pass_obj
def eval_(obj: Context, dirs: tuple[Path, ...], as_json: bool) -> None:
    """Score detection and extraction on labelled corpora (DIR/messages/*.eml + DIR/labels.jsonl)."""
    from nextround.evaluate import evaluate, render

    try:
        result = evaluate(obj, list(dirs))
    except ValueError as exc:
        fail_usage(str(exc))
    if as_json:
        emit_json(result)
    else:
        click.echo(render(result))


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def plugins(obj: Context, as_json: bool) -> None:
    """Every plugin found: name, version, source, enabled, hooks."""
    app = obj.app()
    rows = [info.as_json() for info in sorted(app.plugins.infos.values(), key=lambda i: i.name)]
    app.close()
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        mark = "on " if row["enabled"] else "off"
        click.echo(f"[{mark}] {row['name']:16} {row['version'] or '-':8} {row['source']}")
        if row["hooks"]:
            click.echo(f"      hooks: {', '.join(h.removeprefix('nextround_') for h in row['hooks'])}")
        if row["error"]:
            click.echo(f"      error: {row['error']}")
    for problem in app.plugins.problems:
        click.echo(f"problem: {problem}", err=True)


from nextround import commands, google_cli, service  # noqa: E402  (register their commands on `cli`)

commands.register(cli)
service.register(cli)
google_cli.register(cli)
from nextround import scaffold  # noqa: E402  (`nextround plugin new`)

scaffold.register(cli)


def _plugin_commands(argv: list[str]) -> None:
    """Let enabled plugins add commands; a broken config only means no plugin commands."""
    config_path = None
    disabled = []
    for i, arg in enumerate(argv):
        if arg in ("-c", "--config") and i + 1 < len(argv):
            config_path = Path(argv[i + 1])
        elif arg.startswith("--config="):
            config_path = Path(arg.split("=", 1)[1])
        elif arg == "--disable-plugin" and i + 1 < len(argv):
            disabled.append(argv[i + 1])
    try:
        cfg = load(config_path)
    except ConfigError:
        return
    from nextround.config import resolve_path
    from nextround.plugin_manager import Plugins, enabled_names

    plugins = Plugins(enabled_names(cfg.plugins.enabled, disabled),
                      [resolve_path(p, cfg.file) for p in cfg.plugins.paths])
    for name, _result, error in plugins.call_each("nextround_register_commands", cli=cli):
        if error is not None:
            log.error("plugin %s: could not add its commands: %s", name, error)


GLOBAL_OPTIONS = ("-c", "--config", "--disable-plugin", "--log-format")


def hoist_global_options(argv: list[str]) -> list[str]:
    """Let the global options stand anywhere: `nextround rejections -c cfg` = `nextround -c cfg rejections`."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        if arg in GLOBAL_OPTIONS and i + 1 < len(argv):
            front += argv[i:i + 2]
            i += 2
            continue
        (front if arg.split("=", 1)[0] in GLOBAL_OPTIONS[1:] else rest).append(arg)
        i += 1
    return front + rest


def main() -> None:
    argv = hoist_global_options(sys.argv[1:])
    _plugin_commands(argv)
    try:
        cli(args=argv, prog_name="nextround", standalone_mode=True)
    except sqlite3.OperationalError as exc:
        # Typically "database is locked": another process holds the state file.
        click.echo(f"error: the state database cannot be used: {exc} (is another nextround running?)", err=True)
        sys.exit(1)
    except Exception as exc:
        if "-v" in sys.argv or "--verbose" in sys.argv:
            raise
        from nextround.plugin_manager import describe_error

        click.echo(f"error: {describe_error(exc)} (run with -v for the full traceback)", err=True)
        sys.exit(1)
