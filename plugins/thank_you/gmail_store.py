"""Drafts in Gmail (users.drafts.create), threaded into the rejection's conversation.

The draft carries compose.py's deterministic Message-ID (and In-Reply-To/References pointing at the
rejection), so ``find`` can look it up with a Gmail search (``rfc822msgid:``) after a crash, and
the thread is the one Gmail filed the rejection in (found by the same search on its Message-ID).
Scopes: gmail.compose (drafts) and gmail.readonly (the thread search).
"""

from __future__ import annotations

import base64
import time
from typing import Any

from nextround.config import Config
from nextround.google import (
    RETRIES,
    GoogleError,
    backoff_delay,
    build_service,
    describe,
    http_status,
    is_transient,
)
from nextround.plugins.thank_you.compose import Draft


def search_term(message_id: str) -> str:
    return "rfc822msgid:" + message_id.strip().strip("<>")


class GmailDrafts:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.name = "gmail"
        self._service: Any = None

    @property
    def service(self) -> Any:
        if self._service is None:
            self._service = build_service(self.config, "gmail", "v1")
        return self._service

    def find(self, message_id: str) -> str | None:
        """The draft with this Message-ID, as ``gmail:draft/<id>``, or None."""
        try:
            found = self.service.users().drafts().list(userId="me", q=search_term(message_id),
                                                       maxResults=10).execute()
        except Exception as exc:
            raise _error(exc, "Gmail, looking for an earlier draft") from None
        drafts = found.get("drafts") or []
        return f"gmail:draft/{drafts[0]['id']}" if drafts else None

    def thread_of(self, message_id: str) -> str | None:
        """The Gmail thread of the message with this Message-ID (None when Gmail does not have it)."""
        try:
            found = self.service.users().messages().list(userId="me", q=search_term(message_id), maxResults=1,
                                                         includeSpamTrash=True).execute()
        except Exception as exc:
            raise _error(exc, "Gmail, finding the rejection's conversation") from None
        messages = found.get("messages") or []
        return str(messages[0]["threadId"]) if messages else None

    def save(self, draft: Draft) -> str:
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(draft.message.as_bytes()).decode("ascii")}
        original = draft.message["In-Reply-To"]
        thread = self.thread_of(str(original)) if original else None
        if thread:
            message["threadId"] = thread
        # drafts.create is not idempotent: a 5xx may come after Gmail saved the draft, so every
        # retry first looks for the draft by its Message-ID instead of resending blindly.
        for attempt in range(RETRIES + 1):
            if attempt:
                time.sleep(backoff_delay(attempt))
                earlier = self.find(draft.message_id)
                if earlier:
                    return earlier
            try:
                request = self.service.users().drafts().create(userId="me", body={"message": message})
                created = request.execute(num_retries=0)
            except Exception as exc:
                if attempt < RETRIES and is_transient(exc):
                    continue
                raise _error(exc, "Gmail, creating a draft") from None
            return f"gmail:draft/{created['id']}"
        raise GoogleError("Gmail, creating a draft: gave up")  # not reached


def _error(exc: BaseException, what: str) -> BaseException:
    if isinstance(exc, GoogleError) or http_status(exc) is None:
        return exc
    return GoogleError(describe(exc, what))
