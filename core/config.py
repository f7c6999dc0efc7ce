"""Load, merge and validate the TOML config.

``config/default.toml`` (shipped as ``nextround.defaults``) holds every key with a comment; the
user's file is merged over it. Problems are reported as ``FILE: table.key: problem`` and raise
ConfigError, which the CLI turns into exit code 2.
"""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nextround.secrets import SecretRef

APP_NAME = "nextround"


class ConfigError(Exception):
    """Bad config; the message is ready to show (one line per problem)."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserConfig(Strict):
    name: str = ""
    addresses: list[str] = []
    timezone: str = ""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r} (use an IANA name like Europe/Berlin)") from None
        return value


class ImapConfig(Strict):
    host: str = ""
    port: int = 993
    security: Literal["tls", "starttls", "none"] = "tls"
    ca_file: str = ""
    username: str = ""
    password: SecretRef | None = None
    auth: Literal["password", "oauth2"] = "password"
    oauth2_token: SecretRef | None = None
    folders: list[str] = ["INBOX"]
    mode: Literal["idle", "poll"] = "idle"
    poll_interval_seconds: int = Field(300, ge=10)
    idle_renew_minutes: int = Field(9, ge=1, le=29)
    since: str = ""
    initial_lookback_days: int = Field(180, ge=0)
    batch_size: int = Field(200, ge=1, le=5000)
    timeout_seconds: int = Field(60, ge=5)
    drafts_folder: str = ""


class MaildirConfig(Strict):
    path: str = "~/Mail/INBOX"


class MboxConfig(Strict):
    path: str = ""


class SourceConfig(Strict):
    kind: Literal["imap", "maildir", "mbox"] = "imap"
    imap: ImapConfig = ImapConfig()
    maildir: MaildirConfig = MaildirConfig()
    mbox: MboxConfig = MboxConfig()


class StateConfig(Strict):
    path: str = ""


class DetectionConfig(Strict):
    threshold: float = Field(0.7, gt=0, le=1)
    uncertain_margin: float = Field(0.25, ge=0, lt=1)


class PluginsConfig(BaseModel):
    # Plugin tables ([plugins.<name>]) are extra keys, validated by each plugin's own schema.
    model_config = ConfigDict(extra="allow")
    enabled: list[str] = ["thank_you", "calendar", "contacts", "careers_watch"]
    paths: list[str] = []


class GoogleConfig(Strict):
    client_secrets_file: str = ""
    token_file: str = ""
    api_endpoint: str = ""


class DaemonConfig(Strict):
    max_attempts: int = Field(6, ge=1)
    retry_base_minutes: float = Field(5, gt=0)
    plugin_timeout_seconds: int = Field(300, ge=1)
    full_check_hours: float = Field(24, gt=0)
    react_max_age_days: int = Field(30, ge=0)


class LoggingConfig(Strict):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"


class Config(Strict):
    user: UserConfig = UserConfig()
    source: SourceConfig = SourceConfig()
    state: StateConfig = StateConfig()
    detection: DetectionConfig = DetectionConfig()
    plugins: PluginsConfig = PluginsConfig()
    google: GoogleConfig = GoogleConfig()
    daemon: DaemonConfig = DaemonConfig()
    logging: LoggingConfig = LoggingConfig()

    # Not from TOML: where the config came from, and the directory for default outputs.
    file: str = Field("", exclude=True)
    data_dir: str = Field("", exclude=True)

    def data_path(self, value: str, default_name: str) -> Path:
        """A configured path, or ``default_name`` inside the data dir when empty."""
        if value:
            return resolve_path(value, self.file)
        return Path(self.data_dir) / default_name

    @property
    def state_path(self) -> Path:
        return self.data_path(self.state.path, "state.sqlite3")

    def tz(self) -> ZoneInfo | None:
        return ZoneInfo(self.user.timezone) if self.user.timezone else None

    def plugin_table(self, name: str) -> dict[str, Any]:
        table = (self.plugins.model_extra or {}).get(name, {})
        return table if isinstance(table, dict) else {}


def resolve_path(value: str, config_file: str = "") -> Path:
    """``~`` expanded; relative paths are relative to the config file's folder."""
    path = Path(os.path.expandvars(value)).expanduser()
    if not path.is_absolute() and config_file:
        path = Path(config_file).parent / path
    return path


def default_config_path() -> Path:
    env = os.environ.get("NEXTROUND_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_data_dir() -> Path:
    return Path(os.environ.get("NEXTROUND_DATA_DIR") or platformdirs.user_data_dir(APP_NAME))


def defaults_text(name: str = "default.toml") -> str:
    return resources.files("nextround.defaults").joinpath(name).read_text(encoding="utf-8")


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value (lists included) in ``over`` replaces ``base``'s."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def format_errors(file: str, exc: ValidationError, prefix: str = "") -> str:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in (prefix, *err["loc"]) if p != "")
        # Union members add noise to the location (e.g. "SecretRef"); keep the TOML path only.
        loc = ".".join(p for p in loc.split(".") if p and not p[0].isupper() and p != "function-after")
        problem = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        lines.append(f"{file}: {loc}: {problem}")
    return "\n".join(dict.fromkeys(lines))


def load(path: Path | None = None, *, must_exist: bool = False,
         overrides: dict[str, Any] | None = None) -> Config:
    """Load the user's config over the defaults. A missing file means the defaults alone."""
    path = path or default_config_path()
    defaults = tomllib.loads(defaults_text())
    user: dict[str, Any] = {}
    if path.exists():
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from None
    elif must_exist:
        raise ConfigError(f"{path}: no such config file (run `nextround init` to write one)")
    merged = merge(merge(defaults, user), overrides or {})
    try:
        cfg = Config.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(format_errors(str(path), exc)) from None
    cfg.file = str(path) if path.exists() else ""
    cfg.data_dir = str(default_data_dir())
    return cfg
