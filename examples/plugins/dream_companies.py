"""dream_companies: a loose-file nextround plugin (copy it into a folder listed in [plugins] paths).

For a rejection from a company on your list it
  * tags the rejection ``dream-company`` and ``priority:high`` (``nextround_enrich``, before any
    other plugin reacts, so they all see the tags), and
  * adds a "try again in 3 months" reminder to a todo.txt file (``nextround_react``, through
    ``ctx.once``: one reminder per rejection, however often the daemon restarts).

Config::

    [plugins]
    enabled = ["thank_you", "calendar", "contacts", "careers_watch", "dream_companies"]
    paths = ["~/.config/nextround/plugins"]

    [plugins.dream_companies]
    companies = ["Acme Robotics", "Lumen Health"]
    remind_after_days = 90          # when to try again
    todo_file = ""                  # empty = dream_companies.todo.txt in the nextround data dir

The reminder is one line in todo.txt format (https://github.com/todotxt/todo.txt), so any todo.txt
app shows it, sorted by its priority and due date::

    (A) 2026-05-04 Try Acme Robotics again: Data Engineer, rejected 2026-05-04 due:2026-08-02 +job id:r-1f2e3d4c
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from nextround import hookimpl
from nextround.reactions import ReactionContext
from nextround.records import Rejection

__version__ = "0.1.0"

TAGS = ["dream-company", "priority:high"]
_LEGAL = re.compile(r"[,.]?\s+(inc|llc|ltd|gmbh|ag|sa|bv|plc|corp|co)\.?$", re.I)


class DreamCompanies(BaseModel):
    """The ``[plugins.dream_companies]`` table."""

    model_config = ConfigDict(extra="forbid")
    companies: list[str] = Field(default_factory=list, description="the companies you would love to work for")
    remind_after_days: int = Field(90, ge=1, le=730, description="when the reminder to apply again is due")
    todo_file: str = Field("", description="todo.txt file; empty = dream_companies.todo.txt in the data dir")


@hookimpl
def nextround_config_schema() -> type[DreamCompanies]:
    return DreamCompanies


def _key(name: str) -> str:
    return " ".join(_LEGAL.sub("", name.strip()).casefold().split())


def dream_match(company: str | None, companies: list[str]) -> str | None:
    """The listed name that ``company`` is (legal suffix and case aside), or None."""
    if not company:
        return None
    wanted = _key(company)
    return next((name for name in companies if _key(name) == wanted), None)


@hookimpl
def nextround_enrich(rejection: Rejection, app) -> dict | None:
    config: DreamCompanies = app.plugin_config("dream_companies") or DreamCompanies()
    if dream_match(rejection.company, config.companies) is None:
        return None
    return {"tags": [*rejection.tags, *(t for t in TAGS if t not in rejection.tags)]}


def _marker(rejection: Rejection) -> str:
    return "id:r-" + hashlib.sha256(rejection.message_key.encode()).hexdigest()[:8]


@hookimpl
def nextround_react(rejection: Rejection, ctx: ReactionContext) -> None:
    config: DreamCompanies = ctx.config or DreamCompanies()
    name = dream_match(rejection.company, config.companies)
    if name is None:
        return
    rejected = rejection.received_at or datetime.now(UTC)
    due = (rejected + timedelta(days=config.remind_after_days)).date()
    todo: Path = ctx.app.output_path(config.todo_file, "dream_companies.todo.txt")
    marker = _marker(rejection)
    line = (f"(A) {datetime.now(UTC).date()} Try {name} again: {rejection.role or rejection.subject},"
            f" rejected {rejected.date()} due:{due} +job {marker}\n")

    def add_reminder() -> str:
        todo.parent.mkdir(parents=True, exist_ok=True)
        with todo.open("a", encoding="utf-8") as fh:
            fh.write(line)
        return str(todo)

    def already_there() -> str | None:  # after a crash between writing and recording
        return str(todo) if todo.exists() and marker in todo.read_text(encoding="utf-8") else None

    ctx.once(f"reminder/{rejection.message_key}", kind="reminder",
             description=f"reminder due {due}: try {name} again ({todo.name})",
             perform=add_reminder, exists=already_there)
