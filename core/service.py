"""`nextround service install`: the systemd user unit (or a launchd agent) with this install's paths."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

import click

from nextround.config import defaults_text


def nextround_executable() -> str:
    found = shutil.which("nextround")
    argv0 = Path(sys.argv[0])
    if argv0.name == "nextround" and argv0.exists():
        return str(argv0.resolve())
    return found or f"{sys.executable} -m nextround"


def systemd_unit(config_path: Path) -> str:
    exec_start = f"{nextround_executable()} -c {shlex.quote(str(config_path))} run --log-format json"
    return "\n".join(f"ExecStart={exec_start}" if line.startswith("ExecStart=") else line
                     for line in defaults_text("nextround.service").splitlines()) + "\n"


def launchd_plist(config_path: Path) -> str:
    text = defaults_text("nextround.plist")
    args = [nextround_executable(), "-c", str(config_path), "run", "--log-format", "json"]
    old = text[text.index("<array>"):text.index("</array>") + len("</array>")]
    new = "<array>\n" + "".join(f"        <string>{a}</string>\n" for a in args) + "    </array>"
    log = Path.home() / "Library" / "Logs" / "nextround.log"
    return text.replace(old, new).replace("/tmp/nextround.log", str(log))


def register(cli: click.Group) -> None:
    @cli.group()
    def service() -> None:
        """Run nextround as a background service (systemd user unit, or launchd on macOS)."""

    @service.command()
    @click.option("--launchd", is_flag=True, default=sys.platform == "darwin", help="Write a launchd agent (macOS).")
    @click.option("--print", "print_only", is_flag=True, help="Print the file instead of writing it.")
    @click.pass_obj
    def install(obj, launchd: bool, print_only: bool) -> None:
        """Write the service file with this install's paths and print how to start it."""
        from nextround.config import default_config_path

        config_path = (obj.config_path or default_config_path()).expanduser().resolve()
        if launchd:
            text = launchd_plist(config_path)
            target = Path.home() / "Library" / "LaunchAgents" / "net.nextround.daemon.plist"
            steps = [f"launchctl load {target}", "launchctl list | grep nextround"]
        else:
            text = systemd_unit(config_path)
            base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
            target = base / "systemd" / "user" / "nextround.service"
            steps = ["systemctl --user daemon-reload", "systemctl --user enable --now nextround",
                     "systemctl --user status nextround", "journalctl --user -u nextround -f"]
        if print_only:
            click.echo(text, nl=False)
            return
        if not config_path.exists():
            click.echo(f"note: {config_path} does not exist yet; run `nextround init` first", err=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        click.echo(f"wrote {target}\nstart it with:")
        for step in steps:
            click.echo(f"  {step}")
