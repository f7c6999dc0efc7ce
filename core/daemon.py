"""The daemon: one loop that scans mail (IDLE or poll), reacts, and runs periodic jobs.

Plugin calls all happen on this thread. Signals only set flags: SIGTERM/SIGINT stop after the
message in hand, SIGHUP reloads the config (a broken one is reported and the old one kept),
SIGUSR1 scans now. The source's ``wait_for_mail`` (IMAP IDLE) returns early on any of them.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from nextround.config import ConfigError
from nextround.jobs import Jobs
from nextround.lock import AlreadyRunning, DaemonLock
from nextround.pipeline import run_pass
from nextround.plugin_manager import describe_error
from nextround.runner import shutdown, startup
from nextround.sources import MailSource, SourceError, open_source

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround.daemon")

IDLE_FALLBACK_SECONDS = 60  # a source without push is polled at least this often


class Daemon:
    def __init__(self, app: App, reload_app: Callable[[], App] | None = None) -> None:
        self.app = app
        self.reload_app = reload_app
        self.stop = app.stopping
        self.wake = threading.Event()
        self.reload_requested = threading.Event()
        self.source: MailSource | None = None
        self.backoff = 5.0

    # -- signals ---------------------------------------------------------------------------------
    def install_signals(self) -> None:
        signal.signal(signal.SIGTERM, self._on_stop)
        signal.signal(signal.SIGINT, self._on_stop)
        signal.signal(signal.SIGHUP, self._on_reload)
        signal.signal(signal.SIGUSR1, lambda *_: self.wake.set())

    def _on_stop(self, signum: int, _frame: object) -> None:
        log.info("received %s: finishing the message in hand, then stopping", signal.Signals(signum).name)
        self.stop.set()
        self.wake.set()

    def _on_reload(self, _signum: int, _frame: object) -> None:
        self.reload_requested.set()
        self.wake.set()

    # -- the loop --------------------------------------------------------------------------------
    def run(self) -> int:
        lock = DaemonLock(self.app.config.state_path)
        try:
            lock.acquire()
        except AlreadyRunning as exc:
            log.error("%s", exc)
            return 1
        self.install_signals()
        startup(self.app)
        jobs = Jobs(self.app)
        log.info("nextround daemon started (pid lock %s)", lock.path)
        try:
            while not self.stop.is_set():
                if self.reload_requested.is_set():
                    jobs = self._reload() or jobs
                if not self._pass():
                    continue
                if self.stop.is_set():
                    break
                jobs.run_due()
                self._wait(jobs.seconds_until_next(default=3600))
        finally:
            self._close_source()
            shutdown(self.app)
            lock.release()
            log.info("stopped")
        return 0

    def _pass(self) -> bool:
        """One scan and reaction pass; on a source error, back off and report False."""
        try:
            if self.source is None:
                self.source = open_source(self.app.config)
            full_check = self._full_check_due()
            report = run_pass(self.app, self.source)
            if full_check:
                self.app.state.set_kv("last_full_check", time.time())
            if report.scanned or any(report.reactions.values()):
                log.info("pass: %d new messages, %d rejections; reactions %s", report.scanned,
                         len(report.rejections), report.reactions)
            self.backoff = 5.0
            self.app.state.set_kv("daemon_error", None)
            return True
        except SourceError as exc:
            message = f"{exc}; retrying in {int(self.backoff)} s"
        except Exception as exc:  # a dropped connection, a full disk...: never fatal to the daemon
            message = f"pass failed: {describe_error(exc)}; retrying in {int(self.backoff)} s"
        log.error("%s", message)
        self.app.state.set_kv("daemon_error", {"at": time.time(), "error": message})
        self._close_source()
        self.wake.wait(self.backoff)
        self.wake.clear()
        self.backoff = min(self.backoff * 2, 600)
        return False

    def _full_check_due(self) -> bool:
        """Every ``full_check_hours``, ask the source to reread recent mail (IMAP: the last 7 days)."""
        check = getattr(self.source, "full_check", None)
        if check is None:
            return False
        last = self.app.state.get_kv("last_full_check", 0.0)
        if time.time() - last < self.app.config.daemon.full_check_hours * 3600:
            return False
        check()
        return True

    def _wait(self, until_next_job: float) -> None:
        timeout = max(1.0, until_next_job)
        wait = getattr(self.source, "wait_for_mail", None)
        if wait is not None:
            try:
                wait(stop=self.stop, wake=self.wake, timeout=timeout)
            except Exception as exc:  # the next pass reconnects
                log.warning("waiting for mail failed: %s; reconnecting", describe_error(exc))
                self._close_source()
        else:
            self.wake.wait(min(timeout, IDLE_FALLBACK_SECONDS))
        self.wake.clear()

    def _reload(self) -> Jobs | None:
        self.reload_requested.clear()
        if self.reload_app is None:
            return None
        try:
            new_app = self.reload_app()
        except (ConfigError, SystemExit) as exc:
            log.error("config reload failed, keeping the running config: %s", exc)
            return None
        shutdown(self.app)
        new_app.stopping = self.stop
        self.app = new_app
        self._close_source()
        startup(self.app)
        log.info("config reloaded")
        return Jobs(self.app)

    def _close_source(self) -> None:
        if self.source is not None:
            with contextlib.suppress(Exception):  # closing a dead connection may fail; it is gone anyway
                self.source.close()
            self.source = None
