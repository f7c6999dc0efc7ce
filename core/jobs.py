"""Periodic jobs from plugins on a ``schedule.Scheduler``, with last runs kept in state."""

from __future__ import annotations

import logging
import random
import time
from typing import TYPE_CHECKING

import schedule

from nextround.plugin_manager import describe_error
from nextround.records import PeriodicJob

if TYPE_CHECKING:
    from nextround.app import App

log = logging.getLogger("nextround.jobs")


class Jobs:
    def __init__(self, app: App) -> None:
        self.app = app
        self.scheduler = schedule.Scheduler()
        self.jobs: list[tuple[str, PeriodicJob]] = []
        for plugin, result, error in app.plugins.call_each("nextround_register_jobs", app=app):
            if error is not None:
                log.error("plugin %s: registering jobs failed: %s", plugin, describe_error(error))
                continue
            for job in result or []:
                if isinstance(job, PeriodicJob):
                    self.jobs.append((plugin, job))
                else:
                    log.error("plugin %s: nextround_register_jobs returned %r, not a PeriodicJob", plugin, job)
        for plugin, job in self.jobs:
            # schedule only tells us "check again soon"; whether a job is due is decided from state.
            self.scheduler.every(min(60, max(1, int(job.every.total_seconds())))).seconds.do(
                self._run_if_due, plugin, job)

    def _key(self, plugin: str, job: PeriodicJob) -> str:
        return f"{plugin}:{job.name}"

    def _due_at(self, plugin: str, job: PeriodicJob) -> float:
        row = self.app.state.one("SELECT last_run_at FROM jobs WHERE name = ?", (self._key(plugin, job),))
        if not row or row["last_run_at"] is None:
            return 0.0
        every = job.every.total_seconds()
        last = row["last_run_at"]
        if last > time.time() + 300:
            # The clock went back (or the state came from another machine): a last run "in the
            # future" would hold the job back until then. Run it now instead.
            log.warning("job %s: last run is in the future (clock change?); running it now", job.name)
            return 0.0
        # Jitter is derived from the job name, so it is stable across restarts.
        jitter = random.Random(self._key(plugin, job)).random() * job.jitter * every
        return last + every + jitter

    def _run_if_due(self, plugin: str, job: PeriodicJob) -> None:
        now = time.time()
        if self._due_at(plugin, job) > now:
            return
        error = None
        try:
            job.run(self.app)
        except Exception as exc:
            error = describe_error(exc)
            log.error("job %s of plugin %s failed: %s", job.name, plugin, error)
        with self.app.state.tx() as db:
            db.execute("INSERT INTO jobs (name, last_run_at, last_error) VALUES (?, ?, ?) ON CONFLICT(name)"
                       " DO UPDATE SET last_run_at=excluded.last_run_at, last_error=excluded.last_error",
                       (self._key(plugin, job), now, error))
            db.execute("UPDATE jobs SET next_run_at = ? WHERE name = ?",
                       (self._due_at(plugin, job), self._key(plugin, job)))

    def run_due(self) -> None:
        """Run every job that is due now (the daemon calls this after each pass)."""
        self.scheduler.run_all()

    def seconds_until_next(self, default: float) -> float:
        if not self.jobs:
            return default
        now = time.time()
        return max(1.0, min(self._due_at(p, j) - now for p, j in self.jobs))
