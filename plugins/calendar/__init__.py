"""calendar: reminders after a rejection (ask for feedback, follow up, reflect), each added once.

Backends: "google" (Google Calendar through google-api-python-client, client-chosen event ids),
"ics" (one .ics file to import or subscribe to) and "auto" (the default): Google when the token
file from `nextround auth google` exists and grants Calendar access, else the .ics file.
"""

from __future__ import annotations

from typing import Any

from nextround import hookimpl
from nextround.message import Message
from nextround.plugins.calendar.plan import PlannedEvent, plan, user_zone
from nextround.plugins.calendar.settings import CalendarConfig
from nextround.reactions import ReactionContext
from nextround.records import Rejection

__version__ = "0.1.0"


@hookimpl
def nextround_config_schema() -> type[CalendarConfig]:
    return CalendarConfig


def chosen_backend(ctx: ReactionContext, config: CalendarConfig) -> str:
    if config.backend != "auto":
        return config.backend
    from nextround.google import has_token_for

    return "google" if has_token_for(ctx.app.config, "calendar") else "ics"


def open_store(ctx: ReactionContext, config: CalendarConfig, backend: str) -> Any:
    if backend == "google":
        from nextround.plugins.calendar.google_store import GoogleCalendar

        return GoogleCalendar(ctx.app.config, config.calendar_id)
    from nextround.plugins.calendar.ics_store import IcsCalendar

    addresses = ctx.app.config.user.addresses
    return IcsCalendar(ctx.app.output_path(config.ics_path, "calendar.ics"), addresses[0] if addresses else "")


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    config: CalendarConfig = ctx.config or CalendarConfig()
    zone, zone_name = user_zone(ctx.app.config.tz())
    backend = chosen_backend(ctx, config)
    store = None

    def opened() -> Any:
        nonlocal store
        store = store or open_store(ctx, config, backend)
        return store

    for event in plan(rejection, config, zone, zone_name):
        def perform(event: PlannedEvent = event) -> str:
            return opened().save(event)

        def exists(event: PlannedEvent = event) -> str | None:
            return opened().find(event)

        ctx.once(f"r{rejection.id}/{event.rule}", kind="event",
                 description=f'event "{event.title}" on {event.when()} ({backend})',
                 perform=perform, exists=exists)
