"""Run passes: once (``run --once``) or as the daemon loop."""

from __future__ import annotations

import logging
import signal
import threading
import time
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


def run_daemon(app: App, cli_context: object = None) -> int:
    """Scan, react and run jobs until SIGTERM/SIGINT; SIGUSR1 scans now."""
    lock = DaemonLock(app.config.state_path)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        log.error("%s", exc)
        return 1
    stop = threading.Event()
    wake = threading.Event()

    def on_stop(signum, _frame):
        log.info("received %s; finishing the message in hand", signal.Signals(signum).name)
        stop.set()
        wake.set()

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGUSR1, lambda *_: wake.set())
    startup(app)
    jobs = Jobs(app)
    source = None
    backoff = 5.0
    try:
        while not stop.is_set():
            try:
                source = source or open_source(app.config)
                run_pass(app, source)
                backoff = 5.0
            except SourceError as exc:
                log.error("%s; retrying in %ds", exc, backoff)
                source = None
                wake.wait(backoff)
                wake.clear()
                backoff = min(backoff * 2, 600)
                continue
            jobs.run_due()
            wait = getattr(source, "wait_for_mail", None)
            if wait is not None:
                wait(stop=stop, wake=wake, timeout=jobs.seconds_until_next(default=300))
            else:
                wake.wait(min(jobs.seconds_until_next(default=60), 60))
            wake.clear()
    finally:
        if source is not None:
            source.close()
        shutdown(app)
        lock.release()
        log.info("stopped")
    return 0


__all__ = ["run_once", "run_daemon", "time"]
