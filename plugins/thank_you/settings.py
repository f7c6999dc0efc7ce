"""The [plugins.thank_you] table."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class ThankYouConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    drafts: Literal["maildir", "imap", "gmail"] = "maildir"
    maildir_path: str = ""
    templates_dir: str = ""
    thank_you_note: bool = True
    feedback_request: bool = True
    signature: str = ""  # how the drafts are signed (may span lines); empty = [user] name
