"""Secrets are given by reference in config and resolved only when needed; never logged."""

from __future__ import annotations

import os
import shlex
import subprocess

from pydantic import BaseModel, ConfigDict, model_validator


class SecretError(Exception):
    """A secret could not be resolved. The message never contains the secret itself."""


class SecretRef(BaseModel):
    """``{ env = "VAR" }``, ``{ command = "pass show mail" }`` or ``{ keyring = "service" }``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    env: str | None = None
    command: str | None = None
    keyring: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> SecretRef:
        given = [k for k in ("env", "command", "keyring") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of env, command or keyring")
        return self

    def describe(self) -> str:
        if self.env:
            return f"environment variable {self.env}"
        if self.command:
            return f"command `{self.command.split()[0]} ...`"
        return f"keyring entry {self.keyring!r}"

    def resolve(self, username: str = "") -> str:
        if self.env:
            value = os.environ.get(self.env)
            if not value:
                raise SecretError(f"environment variable {self.env} is not set")
            return value
        if self.command:
            try:
                out = subprocess.run(shlex.split(self.command), capture_output=True, text=True,
                                     timeout=30, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise SecretError(f"{self.describe()} failed: {type(exc).__name__}") from None
            if out.returncode != 0 or not out.stdout.strip():
                raise SecretError(f"{self.describe()} exited {out.returncode} without a secret")
            return out.stdout.splitlines()[0].strip()
        try:
            import keyring  # optional dependency
        except ImportError:
            raise SecretError("the keyring package is not installed (pip install keyring)") from None
        value = keyring.get_password(self.keyring, username)
        if not value:
            raise SecretError(f"{self.describe()} has no password for {username!r}")
        return value

    def __repr__(self) -> str:  # never show more than the reference
        return f"SecretRef({self.describe()})"
