"""Mail sources: where messages come from. Every source reads and never changes a message.

A source yields SourceItems for messages it has not handed over before. The pipeline records
each item (``item.commit(db)``) in the same transaction as what it learnt from the message, so a
crash in between means the item is simply handed over again and deduplicated by message key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nextround.config import Config
    from nextround.state import State


class SourceError(Exception):
    """The source cannot be read (missing folder, refused login...). Message is user-ready."""


@dataclass
class SourceItem:
    source: str  # names the source and folder, e.g. "maildir:/home/sam/Mail/INBOX"
    item: str  # the source's own id for the message (Maildir unique name, IMAP UID...)
    raw: bytes
    commit: Callable[[sqlite3.Connection], None] = field(default=lambda db: None, repr=False)
    # When ``raw`` is only the start of a long message (enough to classify), this returns it whole;
    # the pipeline calls it for the messages it keeps (rejections). None: ``raw`` is the whole message.
    whole: Callable[[], bytes] | None = field(default=None, repr=False)


def remember_item(source: str, item: str) -> Callable[[sqlite3.Connection], None]:
    """A SourceItem.commit for sources that track what they handed over in ``source_items``."""

    def commit(db: sqlite3.Connection) -> None:
        db.execute("INSERT OR IGNORE INTO source_items VALUES (?, ?)", (source, item))

    return commit


def items_seen(state: State, source: str) -> set[str]:
    return {r[0] for r in state.query("SELECT item FROM source_items WHERE source = ?", (source,))}


class MailSource(Protocol):
    name: str

    def scan(self, state: State) -> Iterator[SourceItem]:
        """Yield the messages not handed over before, oldest first."""
        ...

    def close(self) -> None: ...


def open_source(config: Config) -> MailSource:
    kind = config.source.kind
    if kind == "maildir":
        from nextround.sources.maildir import MaildirSource

        return MaildirSource(config.data_path(config.source.maildir.path, "Mail"))
    if kind == "mbox":
        from nextround.sources.mbox import MboxSource

        if not config.source.mbox.path:
            raise SourceError("source.mbox.path is empty: name the mbox file to read")
        return MboxSource(config.data_path(config.source.mbox.path, ""))
    from nextround.sources.imap import ImapSource

    return ImapSource(config)
