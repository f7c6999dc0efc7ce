"""nextround-webhook: post a short message to a webhook for every rejection and every new opening.

Works with anything that accepts a JSON POST: a chat webhook (Slack, Mattermost, Discord's
``content`` aside), ntfy, Home Assistant, your own script. Each post happens exactly once: a
rejection's through ``ctx.once``, an opening's through ``run_once``, both recorded in nextround's state,
and each carries an ``Idempotency-Key`` header so a receiver can drop a retry it already has.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator

from nextround import hookimpl
from nextround.message import Message
from nextround.reactions import ReactionContext, run_once
from nextround.records import Opening, Rejection
from nextround.secrets import SecretRef

__version__ = "0.1.0"
NAME = "webhook"  # the entry-point name, so also the config table: [plugins.webhook]
log = logging.getLogger("nextround.webhook")


class WebhookConfig(BaseModel):
    """The ``[plugins.webhook]`` table."""

    model_config = ConfigDict(extra="forbid")
    url: str = Field(description="where to POST the JSON messages (http:// or https://)")
    headers: dict[str, SecretRef | str] = Field(
        default_factory=dict,
        description='extra headers; give secrets by reference: Authorization = { env = "WEBHOOK_TOKEN" }')
    timeout: float = Field(10.0, gt=0, le=120, description="seconds to wait for the server")
    rejections: bool = Field(True, description="post one message per rejection")
    openings: bool = Field(True, description="post one message per new opening at a watched company")

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"must be an http:// or https:// URL, not {value!r}")
        return value


@hookimpl
def nextround_config_schema() -> type[WebhookConfig]:
    return WebhookConfig


def post(config: WebhookConfig, payload: dict[str, Any], key: str) -> str:
    """POST ``payload`` as JSON; raise on a network error or a non-2xx answer (the reaction is retried)."""
    headers = {"Idempotency-Key": f"nextround-webhook/{key}", "User-Agent": f"nextround-webhook/{__version__}"}
    for name, value in config.headers.items():
        headers[name] = value.resolve() if isinstance(value, SecretRef) else value
    response = httpx.post(config.url, json=payload, headers=headers, timeout=config.timeout)
    response.raise_for_status()
    return f"{urlsplit(config.url).netloc} answered HTTP {response.status_code}"


def rejection_payload(rejection: Rejection) -> dict[str, Any]:
    what = rejection.role or rejection.subject
    return {
        "event": "rejection",
        "text": f"Rejection from {rejection.company or rejection.sender.email}: {what}",
        "company": rejection.company,
        "role": rejection.role,
        "subject": rejection.subject,
        "contact": str(rejection.contact) if rejection.contact else None,
        "lang": rejection.lang,
        "received_at": rejection.received_at.isoformat() if rejection.received_at else None,
    }


def opening_payload(opening: Opening) -> dict[str, Any]:
    where = f" ({opening.location})" if opening.location else ""
    return {
        "event": "opening",
        "text": f"New opening at {opening.company}: {opening.title}{where} {opening.url}".strip(),
        "company": opening.company,
        "title": opening.title,
        "url": opening.url,
        "location": opening.location,
    }


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    config: WebhookConfig = ctx.config
    if not config.rejections:
        return
    key = f"rejection/{rejection.message_key}"
    payload = rejection_payload(rejection)
    ctx.once(key, kind="notice", description=f"post to {urlsplit(config.url).netloc}: {payload['text']}",
             perform=lambda: post(config, payload, key))


@hookimpl
def nextround_new_opening(opening: Opening, app: Any) -> None:
    config: WebhookConfig | None = app.plugin_config(NAME)
    if config is None or not config.openings:
        return
    key = f"opening/{opening.board_url}/{opening.posting_id}"
    payload = opening_payload(opening)
    run_once(app, NAME, key, kind="notice", description=f"post to {urlsplit(config.url).netloc}: {payload['text']}",
             perform=lambda: post(config, payload, key), rejection_id=opening.rejection_id)
