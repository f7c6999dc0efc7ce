"""The hooks a nextround plugin can implement.

A plugin is a module (or object) with functions named like these hooks. Decorating them with
``@nextround.hookimpl`` is recommended but optional. A plugin may accept any subset of a hook's
arguments, in any order. Hooks are called with keyword arguments only.

See docs/plugins.md for examples and for which built-in plugin uses each hook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import click
    from pydantic import BaseModel

    from nextround.app import App
    from nextround.message import Message
    from nextround.reactions import ReactionContext
    from nextround.records import Opening, PeriodicJob, Rejection, Verdict

hookspec = pluggy.HookspecMarker("nextround")
hookimpl = pluggy.HookimplMarker("nextround")


@hookspec
def nextround_config_schema() -> type[BaseModel] | None:
    """Return the pydantic model that validates this plugin's ``[plugins.<name>]`` table.

    Fires once, while the config is loaded. Unknown keys and bad values in the table are reported
    as ``FILE: plugins.<name>.<key>: problem``. The validated model is available to the plugin
    as ``app.plugin_config("<name>")`` and as ``ctx.config`` in reactions.
    """


@hookspec
def nextround_register_commands(cli: click.Group) -> None:
    """Add click commands to the ``nextround`` command line.

    Fires when the CLI starts, for enabled plugins only (a disabled plugin is never imported).
    """


@hookspec
def nextround_startup(app: App) -> None:
    """Fires once after the config and state are loaded, before the first scan.

    Use it to create the plugin's own tables (``app.state.migrate(...)``) or check credentials.
    """


@hookspec
def nextround_shutdown(app: App) -> None:
    """Fires once when the run ends (normally or on SIGTERM). Release what startup acquired."""


@hookspec(firstresult=True)
def nextround_classify(message: Message, app: App) -> Verdict | None:
    """Decide whether ``message`` is a job-application rejection addressed to the user.

    Fires for every new message that was not sent by the user. The first non-None answer wins;
    the built-in classifier runs last, so a plugin that returns a Verdict overrides it and a
    plugin that returns None defers to it.
    """


@hookspec
def nextround_enrich(rejection: Rejection, message: Message, app: App) -> dict[str, Any] | None:
    """Return field updates for a newly found rejection (e.g. ``{"careers_url": ...}``).

    Fires once per rejection, before it is stored and before any reaction. Keys must be
    Rejection fields; ``None`` values are ignored, so a plugin never erases another's finding.
    """


@hookspec
def nextround_index(message: Message, outcome: str, app: App) -> None:
    """See every new message once, to keep a plugin's own light index (people, threads...).

    Fires for every message the sources hand over, after classification and before it is
    recorded; ``outcome`` is "rejection", "uncertain", "other", "own" (sent by the user),
    "duplicate" (the same letter as a rejection already recorded: no reactions) or "broken". May
    fire again for the same message after a crash, so write idempotently. Keep it cheap: it runs
    on every message of a first scan.
    """


@hookspec
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    """Respond to a rejection: draft a note, add an event, flag a contact...

    Fires once per rejection per plugin, one plugin at a time, for rejections that are detected
    with confidence or confirmed by the user (never for dismissed or uncertain ones). Perform
    every outside effect through ``ctx.once(key, ...)`` so that it happens exactly once, even
    across crashes and retries. Raising marks the reaction failed; it is retried on later
    passes with backoff, up to ``[daemon] max_attempts``, and other plugins are not affected.
    """


@hookspec
def nextround_register_jobs(app: App) -> list[PeriodicJob] | None:
    """Return periodic jobs (e.g. polling a careers page) for the daemon's scheduler.

    Fires once at startup. Each job's last run is kept in state, so a restart neither repeats
    nor skips a job that is not due.
    """


@hookspec
def nextround_new_opening(opening: Opening, app: App) -> None:
    """A watched company has a new job opening (fired once per opening by careers_watch)."""


@hookspec
def nextround_plugin_error(plugin_name: str, hook_name: str, error: BaseException,
                           rejection: Rejection | None) -> None:
    """Another plugin's hook raised. Use it to notify the user; must not raise itself."""
