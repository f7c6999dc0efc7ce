"""Drafts APPENDed to the IMAP account's Drafts folder, flagged \\Draft, each exactly once.

The folder is ``[source.imap] drafts_folder``, else the one marked SPECIAL-USE \\Drafts, else
one of the usual names. ``find`` searches it by Message-ID (read-only), so a crash between the
APPEND and the state record never leads to a second copy.
"""

from __future__ import annotations

import email.policy
import imaplib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from nextround.sources.imap_conn import ImapError, close_quietly, connect, connection_errors, describe, where

if TYPE_CHECKING:
    from nextround.config import Config
    from nextround.plugins.thank_you.compose import Draft

log = logging.getLogger("nextround.thank_you")

USUAL_NAMES = ("Drafts", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "Draft",
               "Entwürfe", "INBOX.Entwürfe", "Brouillons", "INBOX.Brouillons", "Borradores", "Concepten",
               "Rascunhos", "Bozze", "Utkast", "Kladder", "Luonnokset", "Szkice")
WIRE = email.policy.SMTP.clone(max_line_length=998)  # CRLF line ends, as IMAP wants


class ImapDrafts:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.cfg = config.source.imap
        self.client: Any = None
        self.folder: str | None = None
        self.name = f"imap:{self.cfg.username}@{self.cfg.host}"

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        close_quietly(getattr(self, "client", None), logout=True)
        self.client = None

    def _connect(self) -> Any:
        if self.client is None:
            self.client = connect(self.config)
        return self.client

    def drafts_folder(self) -> str:
        if self.folder is None:
            self.folder = self._find_folder(self._connect())
        return self.folder

    def _find_folder(self, client: Any) -> str:
        listing = client.list_folders()
        names = {f[2] for f in listing}
        if self.cfg.drafts_folder:
            if self.cfg.drafts_folder not in names:
                raise ImapError(f"IMAP {where(self.cfg)}: source.imap.drafts_folder {self.cfg.drafts_folder!r} does not"
                                " exist", usage=True)
            return self.cfg.drafts_folder
        for flags, _sep, name in listing:
            if b"\\Drafts" in flags:
                return name
        by_lower = {n.lower(): n for n in names}
        for usual in USUAL_NAMES:
            if usual.lower() in by_lower:
                return by_lower[usual.lower()]
        client.create_folder("Drafts")
        log.info("created the folder Drafts on %s for the drafts", where(self.cfg))
        return "Drafts"

    def _retrying(self, action):
        """Run ``action(client)``; after a dropped connection, once more on a fresh one."""
        try:
            return action(self._connect())
        except connection_errors():
            self.close()
        try:
            return action(self._connect())
        except connection_errors() as exc:
            self.close()
            raise ImapError(f"IMAP {where(self.cfg)}: connection lost while saving a draft ({describe(exc)})") from None

    def find(self, message_id: str) -> str | None:
        def search(client: Any) -> str | None:
            folder = self.drafts_folder()
            info = client.select_folder(folder, readonly=True)  # looking never changes anything
            uids = client.search(["HEADER", "Message-ID", message_id])
            if not uids:
                return None
            return self._ref(folder, int(info[b"UIDVALIDITY"]), max(uids))
        return self._retrying(search)

    def save(self, draft: Draft) -> str:
        existing = self.find(draft.message_id)  # exactly once, even after a crash mid-APPEND
        if existing:
            return existing
        data = draft.message.as_bytes(policy=WIRE)

        def append(client: Any) -> str:
            folder = self.drafts_folder()
            try:
                resp = client.append(folder, data, flags=(b"\\Draft",), msg_time=datetime.now(UTC))
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                raise ImapError(f"IMAP {where(self.cfg)}: the server refused the draft in {folder!r}"
                                f" ({describe(exc)})") from None
            text = resp.decode(errors="replace") if isinstance(resp, bytes) else str(resp)
            if text.startswith("[APPENDUID "):  # "[APPENDUID <uidvalidity> <uid>] Append completed."
                validity, uid = text[len("[APPENDUID "):].split("]", 1)[0].split()[:2]
                return self._ref(folder, int(validity), int(uid))
            return f"{self.name}/{folder}"

        # A connection lost during APPEND may have saved it: look before trying again.
        try:
            return append(self._connect())
        except connection_errors():
            self.close()
        return self.find(draft.message_id) or self._retrying(append)

    def _ref(self, folder: str, uidvalidity: int, uid: int) -> str:
        return f"{self.name}/{folder};UIDVALIDITY={uidvalidity}/;UID={uid}"
