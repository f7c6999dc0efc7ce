"""Read IMAP folders incrementally without ever changing them.

Every scanned folder is opened with EXAMINE (read-only) and read with BODY.PEEK, so no flag
(\\Seen included) changes; this module sends no STORE, EXPUNGE, COPY or MOVE. Per folder the
state keeps UIDVALIDITY and the last UID handed over (``cursors``), written by each item's
``commit`` in the pipeline's transaction, so a crash repeats at most the message in hand (and
the pipeline deduplicates that by message key).

- A poll with nothing new is one EXAMINE per folder (UIDNEXT tells).
- The first scan of a folder reads only mail since ``since`` or ``initial_lookback_days``.
- Messages are fetched in batches of ``batch_size`` UIDs, each only up to ``TEXT_CAP`` bytes
  (headers and the text parts, what classification needs; attachments come later); a message
  that was cut short is fetched whole only when it turns out to be a rejection (``SourceItem.whole``).
- A UIDVALIDITY change rescans the lookback window; already known messages have no effect.
- A dropped connection mid-scan reconnects and resumes after the last message handed over.
- ``wait_for_mail`` IDLEs on the first folder (renewed every ``idle_renew_minutes``), or sleeps
  ``poll_interval_seconds`` where the server has no IDLE or ``mode = "poll"``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from nextround.sources import SourceItem
from nextround.sources.imap_conn import ImapError, close_quietly, connect, connection_errors, describe, where
from nextround.sources.imap_progress import Progress

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from nextround.config import Config
    from nextround.state import State

log = logging.getLogger("nextround.imap")

TEXT_CAP = 32_768  # bytes fetched for classification; rejections longer than this are re-fetched whole
MAX_MESSAGE_BYTES = 50_000_000
RESUME_ATTEMPTS = 3  # reconnects within one scan before giving the problem to the daemon's backoff


class ImapSource:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.cfg = config.source.imap
        self.name = f"imap:{self.cfg.username}@{self.cfg.host}"
        self.client: IMAPClient | None = None
        self.selected: str | None = None
        self.gmail = False
        self.can_idle = False
        self._fetch_failed: str | None = None
        self._idle_failures = 0
        self._inflight: list[int] = []  # the UIDs of the FETCH in progress
        # Set by the daemon's periodic full check: the next scan rereads the last few days whatever
        # the cursor says, so a message skipped by an earlier failure is picked up (dedup by key).
        self.recheck_days = 0

    # -- connection ------------------------------------------------------------------------------
    def _connect(self) -> IMAPClient:
        if self.client is None:
            self.client = connect(self.config)
            caps = set(self.client.capabilities())
            self.gmail = b"X-GM-EXT-1" in caps
            self.can_idle = b"IDLE" in caps
            self.selected = None
            log.debug("connected to %s", where(self.cfg))
        return self.client

    def _drop(self) -> None:
        close_quietly(self.client)
        self.client = None
        self.selected = None

    def close(self) -> None:
        close_quietly(self.client, logout=True)
        self.client = None
        self.selected = None

    def _examine(self, folder: str) -> dict[bytes, Any]:
        """Open ``folder`` read-only. An unknown folder is an error that names it."""
        import imaplib

        client = self._connect()
        try:
            info = client.select_folder(folder, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            self.selected = None
            if not client.folder_exists(folder):
                names = ", ".join(sorted(f[2] for f in client.list_folders())[:20])
                raise ImapError(f"IMAP {where(self.cfg)}: folder {folder!r} (source.imap.folders) does not exist;"
                                f" the account has: {names}", usage=True) from None
            raise ImapError(f"IMAP {where(self.cfg)}: cannot open folder {folder!r} ({describe(exc)})") from None
        self.selected = folder
        return info

    # -- scanning --------------------------------------------------------------------------------
    def full_check(self, days: int = 7) -> None:
        """Make the next scan reread the last ``days`` days (what is known is skipped by message key)."""
        self.recheck_days = days

    def scan(self, state: State) -> Iterator[SourceItem]:
        for folder in self.cfg.folders:
            yield from self._scan_folder(state, folder)
        self.recheck_days = 0

    def _scan_folder(self, state: State, folder: str) -> Iterator[SourceItem]:
        resume: dict[str, int] = {}  # uidvalidity -> the last UID handed over in this scan
        suspects: dict[int, int] = {}  # UID -> connections lost while fetching it alone
        attempts = 0
        while True:
            self._inflight = []
            try:
                for item in self._folder_pass(state, folder, resume, suspects):
                    yield item
                    attempts = 0
                    if self._fetch_failed:
                        what, self._fetch_failed = self._fetch_failed, None
                        raise ImapError(what)
                return
            except connection_errors() as exc:
                self._drop()
                # Some servers (Dovecot) hang up on a message they cannot read: narrow the batch down
                # to the message, and after two failures on it alone, record it as broken and go on.
                if len(self._inflight) == 1:
                    suspects[self._inflight[0]] = suspects.get(self._inflight[0], 0) + 1
                elif self._inflight:
                    for uid in self._inflight:
                        suspects.setdefault(uid, 0)
                attempts += 1
                if attempts > RESUME_ATTEMPTS:
                    raise ImapError(f"IMAP {where(self.cfg)}: connection lost while reading {folder!r}"
                                    f" ({describe(exc)})") from None
                log.warning("IMAP connection lost while reading %s (%s); reconnecting", folder, describe(exc))
                time.sleep(0.5 * 2 ** (attempts - 1))

    def _cursor(self, state: State, folder: str) -> tuple[int | None, int]:
        row = state.one("SELECT uidvalidity, last_uid FROM cursors WHERE source = ? AND folder = ?",
                        (self.name, folder))
        return (row[0], row[1] or 0) if row else (None, 0)

    def first_day(self) -> date | None:
        if self.cfg.since:
            try:
                return date.fromisoformat(self.cfg.since)
            except ValueError:
                raise ImapError(f"source.imap.since = {self.cfg.since!r}: not a date like 2026-01-31",
                                usage=True) from None
        if self.cfg.initial_lookback_days:
            return (datetime.now() - timedelta(days=self.cfg.initial_lookback_days)).date()
        return None  # 0: the whole folder

    def _new_uids(self, state: State, folder: str, resume: dict[str, int]) -> tuple[int, list[int]]:
        info = self._examine(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        uidnext = info.get(b"UIDNEXT")
        known_validity, last = self._cursor(state, folder)
        done = resume.get(str(uidvalidity), 0)
        client = self._connect()
        if known_validity == uidvalidity and self.recheck_days and not done:
            since = (datetime.now() - timedelta(days=self.recheck_days)).date()
            return uidvalidity, sorted(client.search(["SINCE", since]))
        if known_validity == uidvalidity:
            last = max(last, done)
            if uidnext is not None and int(uidnext) <= last + 1:
                return uidvalidity, []  # nothing new: the EXAMINE was the only round trip
            # "UID n:*" always matches the highest UID, even below n: keep only what is new.
            return uidvalidity, [u for u in client.search(["UID", f"{last + 1}:*"]) if u > last]
        if known_validity is not None and not done:
            log.warning("%s: UIDVALIDITY of %s changed (%s -> %s); rereading the lookback window, known messages"
                        " are skipped", self.name, folder, known_validity, uidvalidity)
        day = self.first_day()
        uids = client.search(["SINCE", day] if day else ["ALL"])
        return uidvalidity, sorted(u for u in uids if u > done)

    def _batches(self, uids: list[int], suspects: dict[int, int]) -> Iterator[list[int]]:
        """Batches of ``batch_size`` UIDs; a UID under suspicion goes alone."""
        batch: list[int] = []
        for uid in uids:
            if uid in suspects:
                if batch:
                    yield batch
                    batch = []
                yield [uid]
                continue
            batch.append(uid)
            if len(batch) >= self.cfg.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _folder_pass(self, state: State, folder: str, resume: dict[str, int],
                     suspects: dict[int, int]) -> Iterator[SourceItem]:
        uidvalidity, uids = self._new_uids(state, folder, resume)
        if not uids:
            return
        source = f"{self.name}/{folder}"
        progress = Progress(folder, len(uids)) if len(uids) >= 200 else None
        try:
            for chunk in self._batches(uids, suspects):
                if suspects.get(chunk[0], 0) >= 2:
                    fetched = [self._unreadable(folder, chunk[0], "the server drops the connection on it")]
                else:
                    self._inflight = chunk
                    fetched = self._fetch(folder, chunk)
                for uid, item, raw, size in fetched:
                    whole = None
                    if size > len(raw):
                        whole = self._whole_fetcher(folder, uidvalidity, uid)
                    yield SourceItem(source, item, raw, commit=self._committer(folder, uidvalidity, uid),
                                     whole=whole)
                    resume[str(uidvalidity)] = uid
                    if progress:
                        progress.step()
        finally:
            if progress:
                progress.done()

    def _fetch(self, folder: str, uids: list[int]) -> Iterator[tuple[int, str, bytes, int]]:
        """(uid, item id, raw start of the message, its full size) for each UID, in UID order."""
        import imaplib

        client = self._connect()
        # One literal per message (measured faster than HEADER + TEXT<0.n> with Dovecot, see bench/).
        parts = ["RFC822.SIZE", f"BODY.PEEK[]<0.{TEXT_CAP}>"]
        if self.gmail:
            parts.append("X-GM-MSGID")
        try:
            data = client.fetch(uids, parts)
            self._inflight = []
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:  # one unreadable message fails the batch: go one by one
            if len(uids) == 1:
                yield self._unreadable(folder, uids[0], describe(exc))
                return
            else:
                for uid in uids:
                    yield from self._fetch(folder, [uid])
                return
        for uid in uids:
            got = data.get(uid)
            if got is None:  # vanished (expunged meanwhile) or refused: nothing to hand over
                continue
            raw = got.get(b"BODY[]<0>")
            if not raw:
                yield self._unreadable(folder, uid, "the server returned no content")
                continue
            raw = bytes(raw)
            size = int(got.get(b"RFC822.SIZE") or len(raw))
            gm = got.get(b"X-GM-MSGID")
            yield uid, (f"gm:{gm}" if gm else str(uid)), raw, size

    def _unreadable(self, folder: str, uid: int, why: str) -> tuple[int, str, bytes, int]:
        """A stand-in for a message the server cannot deliver: the pipeline records it as broken,
        and the cursor moves past it, so it is reported once, not on every pass."""
        log.warning("%s/%s: the server cannot deliver message UID %d (%s); recorded and skipped",
                    self.name, folder, uid, why[:160])
        raw = f"X-Nextround-Unreadable: IMAP {self.name}/{folder} UID {uid}\r\n\r\n".encode()
        return uid, str(uid), raw, len(raw)

    def _whole_fetcher(self, folder: str, uidvalidity: int, uid: int):
        def whole() -> bytes:
            return self._fetch_whole(folder, uidvalidity, uid)
        return whole

    def _fetch_whole(self, folder: str, uidvalidity: int, uid: int) -> bytes:
        """The whole message (for a rejection that was cut short), reconnecting if need be."""
        last: BaseException | None = None
        for attempt in range(RESUME_ATTEMPTS):
            try:
                if self.selected != folder:
                    info = self._examine(folder)
                    if int(info[b"UIDVALIDITY"]) != uidvalidity:
                        break
                data = self._connect().fetch([uid], [f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>"])
                body = (data.get(uid) or {}).get(b"BODY[]<0>")
                if body:
                    return bytes(body)
                break
            except connection_errors() as exc:
                last = exc
                self._drop()
                time.sleep(0.5 * 2 ** attempt)
        what = f"IMAP {where(self.cfg)}: could not fetch message UID {uid} of {folder!r} whole" + (
            f" ({describe(last)})" if last else "")
        self._fetch_failed = what  # the scan stops after this message; the next pass retries it
        raise ImapError(what)

    def _committer(self, folder: str, uidvalidity: int, uid: int):
        name = self.name

        def commit(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT INTO cursors (source, folder, uidvalidity, last_uid) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(source, folder) DO UPDATE SET last_uid = CASE WHEN cursors.uidvalidity ="
                " excluded.uidvalidity THEN max(cursors.last_uid, excluded.last_uid) ELSE excluded.last_uid END,"
                " uidvalidity = excluded.uidvalidity", (name, folder, uidvalidity, uid))
        return commit

    # -- waiting ---------------------------------------------------------------------------------
    def wait_for_mail(self, stop: threading.Event, wake: threading.Event, timeout: float) -> None:
        """Return when new mail may be there, when ``stop``/``wake`` is set, or after ``timeout`` s."""
        poll = float(self.cfg.poll_interval_seconds)
        if self.cfg.mode == "idle" and len(self.cfg.folders) == 1:
            poll = timeout  # IDLE watches the only folder; with more, the others are polled
        limit = min(timeout, poll)
        if self.cfg.mode == "idle":
            try:
                self._connect()
            except ImapError as exc:
                log.warning("%s; retrying when the next pass is due", exc)
                wake.wait(min(limit, 60))
                return
            if self.can_idle:
                self._idle(stop, wake, limit)
                return
        wake.wait(limit)

    def _idle(self, stop: threading.Event, wake: threading.Event, limit: float) -> None:
        import imaplib

        folder = self.cfg.folders[0]
        started = time.monotonic()
        deadline = started + limit
        renew = self.cfg.idle_renew_minutes * 60
        client = self.client
        try:
            if self.selected != folder:
                self._examine(folder)
            assert client is not None
            # Mail that came since the scan's EXAMINE is announced now, not inside IDLE.
            if any(_is_news(r) for r in client.noop()[1]):
                return
            while not (stop.is_set() or wake.is_set()) and time.monotonic() < deadline:
                try:
                    client.idle()
                except imaplib.IMAP4.abort:
                    raise
                except imaplib.IMAP4.error:  # an update came before the server's "+ idling"
                    self._drop()
                    return
                until = min(deadline, time.monotonic() + renew)
                news = False
                empty_wakeups = 0
                while not (stop.is_set() or wake.is_set()) and time.monotonic() < until:
                    slice_ = min(1.0, max(0.0, until - time.monotonic()))
                    began = time.monotonic()
                    responses = client.idle_check(timeout=slice_)
                    if any(_is_news(r) for r in responses):
                        news = True
                        break
                    # imapclient's idle_check swallows EOF and returns []: a socket that keeps waking
                    # us with nothing to read is a connection the server has closed.
                    early = not responses and time.monotonic() - began < slice_ / 2
                    empty_wakeups = empty_wakeups + 1 if early else 0
                    if empty_wakeups >= 2:
                        raise ConnectionResetError("the server closed the connection")
                client.idle_done()
                if news:
                    break
            self._idle_failures = 0
        except connection_errors() as exc:
            self._drop()
            self._idle_failures += 1
            log.warning("IMAP connection lost while waiting for mail (%s); reconnecting", describe(exc))
            if time.monotonic() - started < 5:  # failing at once: do not spin
                wake.wait(min(60.0, 2.0 ** self._idle_failures))
        except ImapError as exc:
            self._drop()
            log.warning("%s", exc)
            wake.wait(min(limit, 60))


def _is_news(response: Any) -> bool:
    """``(3, b'EXISTS')`` and the like: the folder has (maybe) new mail."""
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")
