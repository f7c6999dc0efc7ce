"""The App: config, state and plugins, built once per command and handed to plugins."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from nextround.config import Config, ConfigError, format_errors, resolve_path
from nextround.message import Message
from nextround.owner import OwnerTally, tally_from_state
from nextround.plugin_manager import Plugins, enabled_names
from nextround.state import State

log = logging.getLogger("nextround")


@dataclass
class App:
    config: Config
    state: State
    plugins: Plugins
    dry_run: bool = False
    plugin_configs: dict[str, BaseModel] = field(default_factory=dict)
    # Effects planned in a dry run, as (plugin, description); printed by the CLI.
    planned: list[tuple[str, str]] = field(default_factory=list)
    # A dry run's job mail and decisions of this pass, as the `messages` table would hold them: it records none, and
    # a terse note read later in the pass looks for them (``earlier_mail``).
    unrecorded: list[dict[str, Any]] = field(default_factory=list)
    # Set by SIGTERM/SIGINT: long loops (a scan, a dispatch) stop after the item in hand.
    stopping: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def build(cls, config: Config, *, dry_run: bool = False, disabled: tuple[str, ...] = (),
              state: State | None = None) -> App:
        enabled = enabled_names(config.plugins.enabled, disabled)
        paths = [resolve_path(p, config.file) for p in config.plugins.paths]
        plugins = Plugins(enabled, paths)
        for problem in plugins.problems:
            log.error("%s", problem)
        app = cls(config=config, state=state or State(config.state_path), plugins=plugins,
                  dry_run=dry_run)
        app.plugin_configs = validate_plugin_tables(config, plugins)
        return app

    def plugin_config(self, name: str) -> Any:
        return self.plugin_configs.get(name)

    @property
    def owner_addresses(self) -> set[str]:
        """The user's own addresses: the configured ones, else the IMAP username, else the addresses most of the
        mail read is sent to (``nextround.owner``)."""
        addrs = {a.lower() for a in self.config.user.addresses}
        if not addrs and self.config.source.kind == "imap" and "@" in self.config.source.imap.username:
            addrs.add(self.config.source.imap.username.lower())
        return addrs or self.recipients.owners()

    @cached_property
    def recipients(self) -> OwnerTally:
        """Who the mail read was sent to: the recorded mail's recipients, then each message's as it is read."""
        return tally_from_state(self.state)

    def note_recipients(self, message: Message) -> None:
        """Counts a newly read message's recipients towards whose mailbox this is (unless the config says)."""
        if not self.config.user.addresses:
            self.recipients.add(a.email.lower() for a in (*message.to, *message.cc) if a.email)

    def output_path(self, value: str, default_name: str) -> Path:
        return self.config.data_path(value, default_name)

    def close(self) -> None:
        self.state.close()


def validate_plugin_tables(config: Config, plugins: Plugins) -> dict[str, BaseModel]:
    """Each enabled plugin's table through its own schema; all problems reported at once."""
    models: dict[str, BaseModel] = {}
    problems = []
    where = config.file or "config"
    for info in plugins.loaded():
        try:
            schema = plugins.call_one(info.name, "nextround_config_schema")
        except Exception as exc:  # a broken schema hook is that plugin's problem
            plugins.problems.append(f"plugin {info.name}: config schema hook failed: {exc}")
            continue
        if schema is None:
            continue
        try:
            models[info.name] = schema.model_validate(config.plugin_table(info.name))
        except ValidationError as exc:
            problems.append(format_errors(where, exc, prefix=f"plugins.{info.name}"))
    if problems:
        raise ConfigError("\n".join(problems))
    return models
