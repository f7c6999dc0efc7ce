"""Read an mbox file (a Google Takeout export is one) without changing it."""

from __future__ import annotations

import hashlib
import mailbox
from collections.abc import Iterator
from pathlib import Path

from nextround.sources import SourceError, SourceItem, items_seen, remember_item
from nextround.state import State


class MboxSource:
    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser()
        self.name = f"mbox:{self.path}"

    def scan(self, state: State) -> Iterator[SourceItem]:
        if not self.path.is_file():
            raise SourceError(f"{self.path}: no such mbox file")
        seen = items_seen(state, self.name)
        box = mailbox.mbox(str(self.path), create=False)
        try:
            for key in box.iterkeys():
                raw = box.get_bytes(key)
                # mbox keys are positions; a digest keeps the id stable if the file is re-exported.
                item = hashlib.sha256(raw).hexdigest()[:32]
                if item in seen:
                    continue
                seen.add(item)
                yield SourceItem(self.name, item, raw, commit=remember_item(self.name, item))
        finally:
            box.close()

    def close(self) -> None:
        pass
