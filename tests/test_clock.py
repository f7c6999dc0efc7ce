"""Issue 9: the clock jumping (suspend/resume, NTP, a wrong RTC) neither skips nor floods jobs and retries."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from nextround.app import App
from nextround.config import load
from nextround.jobs import Jobs
from nextround.reactions import due_reactions
from nextround.records import PeriodicJob


class JobPlugin:
    def __init__(self) -> None:
        self.runs: list[float] = []

    def nextround_register_jobs(self, app):
        return [PeriodicJob("poll", timedelta(hours=24), lambda app: self.runs.append(time.time()), jitter=0)]


def build(write_config) -> tuple[App, JobPlugin]:
    app = App.build(load(Path(write_config('[plugins]\nenabled = []\n'))))
    plugin = JobPlugin()
    app.plugins.pm.register(plugin, name="jobby")
    return app, plugin


def test_a_daily_job_runs_once_a_day_and_after_the_clock_went_back(write_config, monkeypatch):
    app, plugin = build(write_config)
    jobs = Jobs(app)
    jobs.run_due()
    jobs.run_due()
    assert len(plugin.runs) == 1  # due once, not on every pass
    # A restart does not run it again before its time: last runs are kept in state.
    Jobs(app).run_due()
    assert len(plugin.runs) == 1
    # The clock jumps back two days: the last run now lies in the future. Run now, not in two days.
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 2 * 86400)
    Jobs(app).run_due()
    assert len(plugin.runs) == 2
    # And the clock jumping forward past the interval makes it due, once.
    monkeypatch.setattr(time, "time", lambda: real() + 3 * 86400)
    jobs = Jobs(app)
    jobs.run_due()
    jobs.run_due()
    assert len(plugin.runs) == 3


def test_a_failed_reaction_scheduled_absurdly_far_out_is_retried(write_config):
    app, _ = build(write_config)
    now = time.time()
    with app.state.tx() as db:
        db.execute("INSERT INTO rejections (id, message_key, decision, created_at, received_at)"
                   " VALUES (1, 'k', 'auto', ?, ?)", (now, now))
        db.execute("INSERT INTO reactions VALUES (1, 'thank_you', 'failed', 1, 'x', ?, ?)", (now + 3600, now))
    assert due_reactions(app, "thank_you", now) == []  # a normal backoff is respected
    with app.state.tx() as db:
        db.execute("UPDATE reactions SET next_attempt_at = ?", (now + 400 * 86400,))
    assert due_reactions(app, "thank_you", now) == [1]  # the clock went back a year: retry now
