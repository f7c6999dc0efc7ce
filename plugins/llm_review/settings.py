"""The [plugins.llm_review] table."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nextround.secrets import SecretRef

LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


class LlmReviewConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_url: str = "http://127.0.0.1:11434/v1"  # Ollama's OpenAI-compatible endpoint
    model: str = Field("llama3.1:8b", min_length=1)
    api_key: SecretRef | None = None
    # Mail is private: it only goes to a server on this machine unless the user says otherwise.
    allow_remote: bool = False
    # Only verdicts whose built-in confidence falls in [consult_from, consult_to) are reviewed.
    consult_from: float = Field(0.4, ge=0.0, le=1.0)
    consult_to: float = Field(0.85, ge=0.0, le=1.0)
    # The final confidence is (1 - llm_weight) * built-in + llm_weight * model's.
    llm_weight: float = Field(0.5, ge=0.0, le=1.0)
    max_chars: int = Field(6000, ge=500, le=50_000)
    timeout_seconds: float = Field(60.0, gt=0, le=600)

    @model_validator(mode="after")
    def _check(self) -> LlmReviewConfig:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url {self.base_url!r} is not an http(s) URL")
        if not self.allow_remote and parts.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"base_url host {parts.hostname!r} is not this machine; mail would leave it. "
                             "Set allow_remote = true to allow that")
        if self.consult_from >= self.consult_to:
            raise ValueError("consult_from must be below consult_to")
        return self
