"""A posting as every adapter reports it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Posting:
    id: str  # stable per board: the vendor's id, else the posting's URL
    title: str
    url: str
    location: str | None = None
