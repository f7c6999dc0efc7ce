"""A local stand-in for the Google APIs nextround uses: Calendar v3, Gmail v1, People v1, OAuth token.

One ThreadingHTTPServer on 127.0.0.1 answers like the real APIs (paths, JSON shapes, error bodies):
Calendar under /calendar/v3/, Gmail under /gmail/v1/, People under /v1/, token refresh at /token.
Point nextround at it with ``[google] api_endpoint = stub.url`` (see ``stub.config(...)``).

Behaviour tests can rely on:
- every request is recorded (``stub.requests``: method, path, query, JSON body, auth ok or not);
- a request without a valid ``Authorization: Bearer`` token gets 401; ``/token`` issues new access
  tokens for known refresh tokens and answers 400 invalid_grant for revoked ones;
- ``stub.fail_next(n, status=503)``: the next n API requests (not /token) fail with that status;
- Calendar: events insert (409 on a duplicate id, 400 on an id that is not base32hex 5-1024),
  get, list, delete (the event stays, ``status: cancelled``, as Google does), calendars get;
  an unknown calendar id gives 404;
- Gmail: messages list with ``q=rfc822msgid:<id>``, drafts create (threaded only when threadId
  names a known thread and the draft's In-Reply-To/References point into it, as Gmail does),
  drafts list (same ``q``), drafts get;
- People: people:createContact, people:searchContacts (prefix match on names, emails and
  organisations; readMask required), people/{id} get, people/{id}:updateContact (etag checked),
  contactGroups list/create/get, contactGroups/{id}/members:modify.
"""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

ALL_SCOPES = [
    "https://www.googleapis.com/auth/calendar.events",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/contacts",
]
_EVENT_ID = re.compile(r"^[a-v0-9]{5,1024}$")


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    authorized: bool
    status: int = 0


class Reply(Exception):
    def __init__(self, status: int, body: Any = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def google_error(status: int, message: str, reason: str = "", grpc: str = "") -> Reply:
    statuses = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                409: "ALREADY_EXISTS", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
    error: dict[str, Any] = {"code": status, "message": message, "status": grpc or statuses.get(status, "UNKNOWN")}
    if reason:
        error["errors"] = [{"domain": "global", "reason": reason, "message": message}]
    return Reply(status, {"error": error})


@dataclass
class GoogleStub:
    url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    access_tokens: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    calendars: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[tuple[int, bool]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    # ----- switches and helpers for tests -----

    def fail_next(self, n: int, status: int = 503, *, after: bool = False) -> None:
        """The next ``n`` API requests (token refreshes excluded) fail with ``status``.

        ``after=True``: each is carried out first and only its answer is lost (a dropped connection
        after the server did the work), the case that tempts a client into a second copy.
        """
        with self.lock:
            self.failures.extend([(status, after)] * n)

    def revoke(self) -> None:
        """Every access and refresh token stops working (as after the user revokes access)."""
        with self.lock:
            self.access_tokens.clear()
            self.refresh_tokens.clear()

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access_tokens.clear()

    def new_id(self, prefix: str = "") -> str:
        return f"{prefix}{next(self.counter):06d}"

    def write_token(self, path: Path, scopes: list[str] | None = None, *, expired: bool = False) -> Path:
        """A token file as `nextround auth google` writes it, valid for this stub."""
        access, refresh = f"ya29.stub-{self.new_id()}", f"1//stub-refresh-{self.new_id()}"
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        expiry = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=-1 if expired else 1)
        info = {"token": access, "refresh_token": refresh, "token_uri": self.url + "token",
                "client_id": "stub-client.apps.googleusercontent.com", "client_secret": "stub-secret",
                "scopes": scopes if scopes is not None else ALL_SCOPES, "expiry": expiry.isoformat() + "Z"}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(info), encoding="utf-8")
        path.chmod(0o600)
        return path

    def config(self, token_file: Path) -> str:
        """The [google] table that points nextround at this stub."""
        return f'\n[google]\ntoken_file = "{token_file}"\napi_endpoint = "{self.url}"\n'

    def add_calendar(self, calendar_id: str, time_zone: str = "Europe/Berlin") -> None:
        self.calendars[calendar_id] = {"kind": "calendar#calendar", "id": calendar_id,
                                       "summary": calendar_id, "timeZone": time_zone}
        self.events.setdefault(calendar_id, {})

    def add_message(self, message_id: str, thread_id: str | None = None) -> dict[str, Any]:
        """A message in the mailbox, found by ``q=rfc822msgid:``; returns {id, threadId}."""
        msg = {"id": self.new_id("m"), "threadId": thread_id or self.new_id("t"), "messageId": message_id,
               "labelIds": ["INBOX"]}
        self.messages.append(msg)
        return {"id": msg["id"], "threadId": msg["threadId"]}

    def api_requests(self, prefix: str = "") -> list[Recorded]:
        return [r for r in self.requests if r.path != "/token" and r.path.startswith(prefix)]

    def live_events(self, calendar_id: str = "primary") -> list[dict[str, Any]]:
        return [e for e in self.events.get(calendar_id, {}).values() if e.get("status") != "cancelled"]

    # ----- request handling -----

    def handle(self, method: str, path: str, query: dict[str, list[str]], headers: Any, raw: bytes) -> tuple[int, Any]:
        body: Any = None
        if raw and "json" in (headers.get("Content-Type") or ""):
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
        elif raw:
            body = raw.decode("utf-8", "replace")
        auth = headers.get("Authorization") or ""
        authorized = auth.startswith("Bearer ") and auth[7:] in self.access_tokens
        record = Recorded(method, path, query, body, authorized)
        with self.lock:
            self.requests.append(record)
        try:
            if path == "/token":
                raise Reply(*self.token(body))
            with self.lock:
                status, after = self.failures.pop(0) if self.failures else (0, False)
            busy = status >= 500
            failure = google_error(status, "The service is currently unavailable." if busy else "Rate Limit Exceeded",
                                   "backendError" if busy else "rateLimitExceeded") if status else None
            if failure and not after:
                raise failure
            if not authorized:
                raise google_error(401, "Request had invalid authentication credentials.", "authError")
            with self.lock:
                try:
                    result = Reply(200, self.route(method, path, query, body))
                except Reply as reply:
                    result = reply
            raise failure or result
        except Reply as reply:
            record.status = reply.status
            return reply.status, reply.body

    def token(self, body: Any) -> tuple[int, Any]:
        form = parse_qs(body or "") if isinstance(body, str) else {}
        if form.get("grant_type") == ["authorization_code"] and form.get("code"):
            access, refresh = f"ya29.stub-{self.new_id()}", f"1//stub-refresh-{self.new_id()}"
            self.access_tokens.add(access)
            self.refresh_tokens.add(refresh)
            return 200, {"access_token": access, "refresh_token": refresh, "expires_in": 3599,
                         "token_type": "Bearer", "scope": " ".join(ALL_SCOPES)}
        if form.get("grant_type") != ["refresh_token"]:
            return 400, {"error": "unsupported_grant_type"}
        if (form.get("refresh_token") or [""])[0] not in self.refresh_tokens:
            return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        access = f"ya29.stub-{self.new_id()}"
        self.access_tokens.add(access)
        return 200, {"access_token": access, "expires_in": 3599, "token_type": "Bearer",
                     "scope": " ".join(ALL_SCOPES)}

    def route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        parts = [unquote(p) for p in path.strip("/").split("/")]
        if parts[:2] == ["calendar", "v3"]:
            return self.calendar(method, parts[2:], query, body)
        if parts[:4] == ["gmail", "v1", "users", "me"]:
            return self.gmail(method, parts[4:], query, body)
        if parts[:1] == ["v1"]:
            return self.people_api(method, parts[1:], query, body)
        raise google_error(404, f"Not found: {path}")

    # ----- Calendar -----

    def calendar(self, method: str, parts: list[str], query: dict[str, list[str]], body: Any) -> Any:
        if len(parts) < 2 or parts[0] != "calendars":
            raise google_error(404, "Not Found", "notFound")
        cal = parts[1]
        if cal not in self.calendars:
            raise google_error(404, "Not Found", "notFound")
        events = self.events[cal]
        if len(parts) == 2 and method == "GET":
            return self.calendars[cal]
        if len(parts) == 3 and parts[2] == "events":
            if method == "POST":
                return self.insert_event(events, body or {})
            if method == "GET":
                show_deleted = query.get("showDeleted") == ["true"]
                uid = (query.get("iCalUID") or [None])[0]
                items = [e for e in events.values() if (show_deleted or e["status"] != "cancelled")
                         and (uid is None or e["iCalUID"] == uid)]
                return {"kind": "calendar#events", "summary": cal, "items": items}
        if len(parts) == 4 and parts[2] == "events":
            event = events.get(parts[3])
            if event is None:
                raise google_error(404, "Not Found", "notFound")
            if method == "GET":
                return event
            if method == "DELETE":
                if event["status"] == "cancelled":
                    raise google_error(410, "Resource has been deleted", "deleted")
                event["status"] = "cancelled"
                raise Reply(204, None)
        raise google_error(404, "Not Found", "notFound")

    def insert_event(self, events: dict[str, dict[str, Any]], body: dict[str, Any]) -> dict[str, Any]:
        event_id = body.get("id") or self.new_id("e0")
        if not _EVENT_ID.match(event_id):
            raise google_error(400, "Invalid resource id value.", "invalid")
        if event_id in events:
            raise google_error(409, "The requested identifier already exists.", "duplicate")
        if "start" not in body or "end" not in body:
            raise google_error(400, "Missing end time.", "required")
        event = {**body, "kind": "calendar#event", "id": event_id, "status": "confirmed",
                 "iCalUID": f"{event_id}@google.com", "htmlLink": f"https://calendar.example/event?eid={event_id}",
                 "created": datetime.now(UTC).isoformat(), "etag": f'"{self.new_id()}"'}
        events[event_id] = event
        return event

    # ----- Gmail -----

    def gmail(self, method: str, parts: list[str], query: dict[str, list[str]], body: Any) -> Any:
        q = (query.get("q") or [""])[0]
        if parts == ["messages"] and method == "GET":
            found = [{"id": m["id"], "threadId": m["threadId"]} for m in self.messages if _matches(q, m["messageId"])]
            return {"messages": found, "resultSizeEstimate": len(found)} if found else {"resultSizeEstimate": 0}
        if parts == ["drafts"] and method == "POST":
            return self.create_draft(body or {})
        if parts == ["drafts"] and method == "GET":
            found = [{"id": d["id"], "message": {"id": d["message"]["id"], "threadId": d["message"]["threadId"]}}
                     for d in self.drafts.values() if _matches(q, d["messageId"])]
            return {"drafts": found, "resultSizeEstimate": len(found)} if found else {"resultSizeEstimate": 0}
        if len(parts) == 2 and parts[0] == "drafts" and method == "GET":
            draft = self.drafts.get(parts[1])
            if draft is None:
                raise google_error(404, "Requested entity was not found.", "notFound")
            fmt = (query.get("format") or ["full"])[0]
            message = {k: draft["message"][k] for k in ("id", "threadId", "labelIds")}
            if fmt == "raw":
                message["raw"] = draft["raw"]
            else:
                message["payload"] = {"headers": draft["headers"]}
            return {"id": draft["id"], "message": message}
        raise google_error(404, "Not Found", "notFound")

    def create_draft(self, body: dict[str, Any]) -> dict[str, Any]:
        message = body.get("message") or {}
        raw = message.get("raw")
        if not raw:
            raise google_error(400, "Invalid draft", "invalidArgument")
        try:
            data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        except ValueError:
            raise google_error(400, "Invalid value for ByteString", "invalidArgument") from None
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        refs = " ".join(filter(None, [parsed.get("In-Reply-To", ""), parsed.get("References", "")]))
        thread = message.get("threadId")
        in_thread = {m["messageId"] for m in self.messages if m["threadId"] == thread}
        if not thread or not any(mid in refs for mid in in_thread):
            thread = self.new_id("t")  # Gmail starts a new conversation when the headers do not match
        draft_id = self.new_id("r")
        draft = {"id": draft_id, "raw": raw, "messageId": parsed.get("Message-ID", ""),
                 "headers": [{"name": k, "value": str(v)} for k, v in parsed.items()],
                 "message": {"id": self.new_id("m"), "threadId": thread, "labelIds": ["DRAFT"]},
                 "parsed": parsed}
        self.drafts[draft_id] = draft
        return {"id": draft_id, "message": dict(draft["message"])}

    # ----- People -----

    def people_api(self, method: str, parts: list[str], query: dict[str, list[str]], body: Any) -> Any:
        body = body or {}
        if parts == ["people:createContact"] and method == "POST":
            resource = f"people/c{self.new_id()}"
            person = {**body, "resourceName": resource, "etag": f"%E{self.new_id()}"}
            mine = {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}
            person["memberships"] = [mine]
            self.people[resource] = person
            system = self.groups["contactGroups/myContacts"]
            system["memberResourceNames"].append(resource)
            system["memberCount"] = len(system["memberResourceNames"])
            return person
        if parts == ["people:searchContacts"] and method == "GET":
            if not query.get("readMask"):
                raise google_error(400, "readMask is required", grpc="INVALID_ARGUMENT")
            text = (query.get("query") or [""])[0].lower()
            hits = [p for p in self.people.values() if text and _person_matches(p, text)]
            return {"results": [{"person": p} for p in hits]} if hits else {}
        if len(parts) == 2 and parts[0] == "people":
            name, _, verb = parts[1].partition(":")
            resource = f"people/{name}"
            person = self.people.get(resource)
            if person is None:
                raise google_error(404, "Requested entity was not found.", grpc="NOT_FOUND")
            if not verb and method == "GET":
                return person
            if verb == "updateContact" and method == "PATCH":
                fields = (query.get("updatePersonFields") or [""])[0]
                if not fields:
                    raise google_error(400, "updatePersonFields mask is required", grpc="INVALID_ARGUMENT")
                if body.get("etag") != person["etag"]:
                    raise google_error(400, "Request person.etag is different than the current person.etag.",
                                       grpc="FAILED_PRECONDITION")
                for key in fields.split(","):
                    key = key.strip()
                    if key in body:
                        person[key] = body[key]
                    else:
                        person.pop(key, None)
                person["etag"] = f"%E{self.new_id()}"
                return person
        if parts == ["contactGroups"] and method == "GET":
            groups = [{k: v for k, v in g.items() if k != "memberResourceNames"} for g in self.groups.values()]
            return {"contactGroups": groups, "totalItems": len(groups)}
        if parts == ["contactGroups"] and method == "POST":
            name = ((body.get("contactGroup") or {}).get("name") or "").strip()
            if not name:
                raise google_error(400, "contactGroup.name is required", grpc="INVALID_ARGUMENT")
            if any(g["name"] == name for g in self.groups.values()):
                raise google_error(409, "Contact group name already exists.", grpc="ALREADY_EXISTS")
            resource = f"contactGroups/{self.new_id('g')}"
            self.groups[resource] = {"resourceName": resource, "etag": f"%E{self.new_id()}", "name": name,
                                     "formattedName": name, "groupType": "USER_CONTACT_GROUP", "memberCount": 0,
                                     "memberResourceNames": []}
            return {k: v for k, v in self.groups[resource].items() if k != "memberResourceNames"}
        if len(parts) >= 2 and parts[0] == "contactGroups":
            resource = f"contactGroups/{parts[1]}"
            group = self.groups.get(resource)
            if group is None:
                raise google_error(404, "Requested entity was not found.", grpc="NOT_FOUND")
            if len(parts) == 2 and method == "GET":
                out = {k: v for k, v in group.items() if k != "memberResourceNames"}
                if int((query.get("maxMembers") or ["0"])[0]):
                    out["memberResourceNames"] = list(group["memberResourceNames"])
                return out
            if parts[2:] == ["members:modify"] and method == "POST":
                missing = []
                for name in body.get("resourceNamesToAdd") or []:
                    if name not in self.people:
                        missing.append(name)
                    elif name not in group["memberResourceNames"]:
                        group["memberResourceNames"].append(name)
                        self.people[name].setdefault("memberships", []).append(
                            {"contactGroupMembership": {"contactGroupResourceName": resource}})
                for name in body.get("resourceNamesToRemove") or []:
                    if name in group["memberResourceNames"]:
                        group["memberResourceNames"].remove(name)
                group["memberCount"] = len(group["memberResourceNames"])
                return {"notFoundResourceNames": missing} if missing else {}
        raise google_error(404, "Not Found", grpc="NOT_FOUND")


def _matches(q: str, message_id: str) -> bool:
    """Gmail search, the part nextround uses: ``rfc822msgid:<id>`` (brackets optional); empty matches all."""
    terms = [t for t in q.split() if t]
    for term in terms:
        if term.startswith("rfc822msgid:"):
            want = term[len("rfc822msgid:"):].strip("<>")
            if want != message_id.strip().strip("<>"):
                return False
    return True


def _person_matches(person: dict[str, Any], text: str) -> bool:
    words = []
    for name in person.get("names") or []:
        words += [name.get("givenName", ""), name.get("familyName", ""), name.get("displayName", "")]
    words += [e.get("value", "") for e in person.get("emailAddresses") or []]
    words += [o.get("name", "") for o in person.get("organizations") or []]
    return any(w.lower().startswith(text) or any(p.startswith(text) for p in w.lower().split()) for w in words if w)


class _Handler(BaseHTTPRequestHandler):
    stub: GoogleStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        status, body = self.stub.handle(self.command, url.path, parse_qs(url.query), self.headers, raw)
        data = b"" if body is None or status == 204 else json.dumps(body).encode()
        self.send_response(status)
        if data:
            self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve


def start_stub() -> tuple[GoogleStub, ThreadingHTTPServer]:
    stub = GoogleStub()
    stub.add_calendar("primary")
    stub.groups["contactGroups/myContacts"] = {
        "resourceName": "contactGroups/myContacts", "etag": "%Esys1", "name": "myContacts",
        "formattedName": "My Contacts", "groupType": "SYSTEM_CONTACT_GROUP", "memberCount": 0,
        "memberResourceNames": []}
    handler = type("Handler", (_Handler,), {"stub": stub})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    stub.url = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return stub, server


@pytest.fixture
def google_stub() -> Iterator[GoogleStub]:
    """A fresh local Google API stub; ``stub.url`` is the api_endpoint root."""
    stub, server = start_stub()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()


REJECTION = """\
Date: {date}
From: {sender}
To: Sam Rivera <sam@example.net>
Subject: Your application for Senior Data Engineer at Acme Robotics
Message-ID: {message_id}
Content-Type: text/plain; charset=utf-8

Hi Sam,

Thank you for your interest in the Senior Data Engineer position at Acme Robotics and for the time
you spent with our team. After careful consideration, we have decided to move forward with other
candidates whose experience more closely matches our needs.

We wish you the best in your search.

Best regards,
{signature}
Talent Acquisition, Acme Robotics
"""


def next_friday_evening(weeks_ahead: int = 1) -> datetime:
    """A Friday 19:30 in Berlin, ``weeks_ahead`` weeks from now (so no reminder lands in the past)."""
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 + 7 * weeks_ahead)
    return datetime(friday.year, friday.month, friday.day, 19, 30, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture
def rejection_maildir(tmp_path: Path) -> Any:
    """``add(when, message_id=..., sender=..., signature=...)`` writes one rejection into tmp_path/Maildir."""
    from email.utils import format_datetime

    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)

    def add(when: datetime, message_id: str = "<rej-1@acme.example>",
            sender: str = "Dana Whitfield <dana@acme.example>", signature: str = "Dana Whitfield") -> Path:
        name = f"{int(when.timestamp())}.{abs(hash(message_id))}.test:2,S"
        (root / "cur" / name).write_text(REJECTION.format(date=format_datetime(when), sender=sender,
                                                          message_id=message_id, signature=signature))
        return root

    return add
