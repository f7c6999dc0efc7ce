"""Progress of a long first scan: a bar on a terminal, a log line every few seconds otherwise."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

log = logging.getLogger("nextround.imap")

LOG_EVERY_SECONDS = 10.0


class Progress:
    def __init__(self, label: str, total: int) -> None:
        self.label = label
        self.total = total
        self.count = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.bar: Any = None
        if sys.stderr.isatty():
            import click

            self.bar = click.progressbar(length=total, label=f"reading {label}", file=sys.stderr,
                                         show_pos=True, show_eta=True)
            self.bar.__enter__()
        else:
            log.info("%s: reading %d messages", label, total)

    def step(self) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1)
            return
        now = time.monotonic()
        if now - self.last_log >= LOG_EVERY_SECONDS:
            self.last_log = now
            log.info("%s: %d of %d messages read (%.0f/s)", self.label, self.count, self.total,
                     self.count / max(now - self.started, 1e-6))

    def done(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
        elif self.count:
            log.info("%s: %d messages read in %.1f s", self.label, self.count, time.monotonic() - self.started)
