"""The [plugins.careers_watch] table."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "workday", "page"]
KINDS: tuple[str, ...] = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "workday",
                          "page")


class BoardConfig(BaseModel):
    """One board the user adds by hand."""

    model_config = ConfigDict(extra="forbid")
    company: str = Field(min_length=1)
    url: str = Field(min_length=1)
    kind: Kind | None = None  # guessed from the URL when missing


class CareersWatchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    interval_minutes: int = Field(default=1440, ge=0)
    allow_private_addresses: bool = False
    network: bool = True
    probe: bool = True
    probe_max_requests: int = Field(default=4, ge=0, le=10)
    min_score: float = Field(default=0.35, ge=0.0, le=1.0)
    keywords: list[str] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
    watch_months: int = Field(default=12, ge=0)
    timeout_seconds: float = Field(default=20.0, gt=0)
    max_response_kb: int = Field(default=2048, ge=1)
    max_redirects: int = Field(default=5, ge=0, le=20)
    api_endpoints: dict[Kind, str] = Field(default_factory=dict)
    boards: list[BoardConfig] = Field(default_factory=list)
