"""Drafts into a local Maildir folder, written atomically (tmp/ then rename), flagged as drafts.

A draft's file name carries a digest of its Message-ID, so ``find`` recognises a draft that an
interrupted run already wrote without parsing any file. A crash while writing leaves at most a
file in tmp/, which no mail client shows and the next ``save`` of that draft removes.
"""

from __future__ import annotations

import contextlib
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
        token = self._token(draft.message_id)
        for stale in (self.path / "tmp").glob(f"*{token}*"):  # left by a crash in the middle of a write
            stale.unlink(missing_ok=True)
        host = re.sub(r"[/:.]", "_", socket.gethostname())
        unique = f"{int(time.time())}.{token}.{host}"
        tmp = self.path / "tmp" / unique
        try:
            with open(tmp, "wb") as fh:
                fh.write(draft.message.as_bytes())
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:  # a full disk, a quota...: leave no half-written file (nor its space) behind
            tmp.unlink(missing_ok=True)
            raise
        final = self.path / "cur" / f"{unique}:2,D"  # D = draft, as mail clients expect
        os.replace(tmp, final)
        _sync_dir(final.parent)
        return str(final)


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (where the platform lets a folder be fsync'ed)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
