"""Run passes: once (``run --once``) or as the daemon loop."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from nextround.jobs import Jobs
from nextround.lock import AlreadyRunning, DaemonLock
from nextround.pipeline import PassReport, run_pass
from nextround.plugin_manager import describe_error
from nextround.sources import SourceError, open_source

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround")


def startup(app: App) -> None:
    for name, _r, error in app.plugins.call_each("nextround_startup", app=app):
        if error is not None:
            log.error("plugin %s: startup failed: %s", name, describe_error(error))


def shutdown(app: App) -> None:
    for name, _r, error in app.plugins.call_each("nextround_shutdown", app=app):
        if error is not None:
            log.error("plugin %s: shutdown failed: %s", name, describe_error(error))


def print_planned(app: App, report: PassReport) -> None:
    print(f"dry run: {report.scanned} new messages, {len(report.rejections)} rejections; nothing was done")
    for plugin, description in app.planned:
        print(f"  would {plugin}: {description}")


def run_once(app: App) -> int:
    """One pass: scan, react, then every periodic job that is due. Exit code for the CLI."""
    lock = DaemonLock(app.config.state_path)
    if not app.dry_run:
        try:
            lock.acquire()
        except AlreadyRunning as exc:
            log.error("%s", exc)
            return 1
    try:
        startup(app)
        try:
            source = open_source(app.config)
            report = run_pass(app, source)
            source.close()
        except SourceError as exc:
            log.error("%s", exc)
            return 2 if getattr(exc, "usage", False) else 1
        if not app.dry_run:
            Jobs(app).run_due()
        shutdown(app)
        if app.dry_run:
            print_planned(app, report)
        else:
            log.info("pass done: %d new messages, %d rejections, %d uncertain; reactions %s",
                     report.scanned, len(report.rejections), len(report.uncertain), report.reactions)
        return 0
    finally:
        lock.release()


def run_daemon(app: App, reload_app=None) -> int:
    """Scan, react and run jobs until SIGTERM/SIGINT (see nextround.daemon)."""
    from nextround.daemon import Daemon

    return Daemon(app, reload_app).run()
