"""Drafts into a local Maildir folder, written atomically (tmp/ then rename), flagged as drafts."""

from __future__ import annotations

import hashlib
import os
import re
import socket
import time
from pathlib import Path

from nextround.plugins.thank_you.compose import Draft


class MaildirDrafts:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.name = f"maildir:{self.path}"

    def _ensure(self) -> None:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    @staticmethod
    def _token(message_id: str) -> str:
        # The file name carries a digest of the Message-ID, so finding a draft needs no parsing.
        return "nextround-" + hashlib.sha256(message_id.encode()).hexdigest()[:24]

    def find(self, message_id: str) -> str | None:
        token = self._token(message_id)
        for sub in ("cur", "new"):
            folder = self.path / sub
            if folder.is_dir():
                for entry in os.scandir(folder):
                    if token in entry.name:
                        return entry.path
        return None

    def save(self, draft: Draft) -> str:
        self._ensure()
        host = re.sub(r"[/:.]", "_", socket.gethostname())
        unique = f"{int(time.time())}.{self._token(draft.message_id)}.{host}"
        tmp = self.path / "tmp" / unique
        data = draft.message.as_bytes()
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        final = self.path / "cur" / f"{unique}:2,D"  # D = draft, as mail clients expect
        os.replace(tmp, final)
        return str(final)
