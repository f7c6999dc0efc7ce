"""The [plugins.contacts] table."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ContactsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["local", "google"] = "local"
    csv_path: str = ""
    vcard_path: str = ""
    vcard_version: Literal["3.0", "4.0"] = "3.0"
    google_group: str = Field("nextround: connect", min_length=1)
