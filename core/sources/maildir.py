"""Read a Maildir without changing it: no renames, no flag changes, no deletes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from nextround.sources import SourceError, SourceItem, items_seen, remember_item
from nextround.state import State

MAX_MESSAGE_BYTES = 50_000_000  # larger files are read only up to this (attachments are skipped anyway)


def unique_name(filename: str) -> str:
    # "1727000000.M1P1.host:2,S" -> "1727000000.M1P1.host": the info part changes with flags.
    return filename.split(":", 1)[0].split("!", 1)[0]


class MaildirSource:
    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser()
        self.name = f"maildir:{self.path}"

    def _files(self) -> list[tuple[float, str, Path]]:
        if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
            raise SourceError(f"{self.path}: not a Maildir (no cur/ or new/ folder)")
        found = []
        for sub in ("new", "cur"):
            folder = self.path / sub
            if not folder.is_dir():
                continue
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
                        continue
                    found.append((entry.stat().st_mtime, entry.name, Path(entry.path)))
        found.sort()
        return found

    def scan(self, state: State) -> Iterator[SourceItem]:
        files = self._files()
        seen = items_seen(state, self.name)
        for _mtime, filename, path in files:
            item = unique_name(filename)
            if item in seen:
                continue
            try:
                with open(path, "rb") as fh:
                    raw = fh.read(MAX_MESSAGE_BYTES)
            except FileNotFoundError:
                # Moved by the mail client between listing and reading (new/ -> cur/): next pass.
                continue
            yield SourceItem(self.name, item, raw, commit=remember_item(self.name, item))

    def close(self) -> None:
        pass
