"""Whose mailbox it is, when the config does not say: the address that the mail read is sent to.

The user's own mail is never a rejection (a no they wrote as a hiring manager, their withdrawal, a forward to a
friend). `[user] addresses` names the owner; when it is empty, the IMAP username does; else (a Maildir or an mbox,
and `nextround classify` / `eval` over files) the owner is the address that most of the mail is sent to: a
mailbox holds mail to its owner, from many senders.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextround.state import State

# the daemon's tally starts from the mail it recorded last (enough for a share; a long history costs no start-up)
RECORDED = 5000

# An address is the owner's once this share of the mail read (and at least MIN_MESSAGES of it) was sent to it. A
# quarter: a mailbox may gather mail to a few addresses of its owner's (an old one, a work one), and files given
# together may be several people's mailboxes, while a single correspondent never receives a quarter of them.
SHARE = 0.25
MIN_MESSAGES = 3

_HEAD_END = re.compile(rb"\r?\n\r?\n")
# the recipient headers (folded lines included) of a message's header block
_ADDRESS = re.compile(rb"[\w.+'=-]+@[\w-]+(?:\.[\w-]+)+")
_RECIPIENTS = re.compile(rb"^(?:to|cc|delivered-to|x-original-to):((?:.*)(?:\r?\n[ \t].*)*)", re.I | re.M)


def recipients(raw: bytes) -> set[str]:
    """The lower-cased addresses a raw message was sent to (To, Cc, Delivered-To), read from its header block only:
    cheap enough to read every file once before classifying any."""
    end = _HEAD_END.search(raw, 0, 65536)
    head = raw[:end.start() if end else 65536]
    # (the addresses themselves, not the display names around them: ~10 times cheaper than email.utils.getaddresses)
    return {a.decode("latin-1").lower() for m in _RECIPIENTS.finditer(head) for a in _ADDRESS.findall(m.group(1))}


class OwnerTally:
    """Counts the recipients of the mail read; ``owners()`` is the addresses that received a large share of it."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.messages = 0
        self._owners: set[str] = set()
        self._counted_at = -1  # ``messages`` when ``_owners`` was last worked out

    def add(self, addresses: Iterable[str]) -> None:
        self.messages += 1
        self.counts.update(set(addresses))

    def owners(self) -> set[str]:
        # (asked for every message the daemon reads: worked out again only once the mail read has grown by a tenth,
        # as a share moves that slowly, and at every message of a small mailbox)
        if self.messages >= 100 and self.messages < self._counted_at * 1.1:
            return self._owners
        least = max(MIN_MESSAGES, SHARE * self.messages)
        self._owners = {addr for addr, n in self.counts.items() if n >= least}
        self._counted_at = self.messages
        return self._owners


def tally_from_state(state: State) -> OwnerTally:
    """The recipients of the mail the daemon recorded most recently, as a tally to go on with."""
    tally = OwnerTally()
    rows = state.query("SELECT to_json, cc_json FROM messages WHERE to_json IS NOT NULL ORDER BY rowid DESC LIMIT ?",
                     (RECORDED,))
    for row in rows:
        addresses = set()
        for column in (row["to_json"], row["cc_json"]):
            try:
                addresses.update(str(email).lower() for _name, email in json.loads(column or "[]") if email)
            except (ValueError, TypeError):
                continue  # (a row written by hand or by an older version: it counts for nothing)
        tally.add(addresses)
    return tally
