"""Google APIs for the plugins: the saved OAuth token, and service objects with retries.

Plugins call :func:`build_service` and then use the returned google-api-python-client resource
as usual (``service.events().insert(...).execute()``). Every request made through it:

- carries the user's token from ``[google] token_file`` (written by ``nextround auth google``),
  refreshed when it has expired and saved back with mode 0600;
- is retried with exponential backoff and jitter on 429, 5xx and dropped connections
  (:data:`RETRIES` times, sleeping about 0.5 s, 1 s, 2 s...);
- raises :class:`GoogleAuthError` (one line that says to run ``nextround auth google``) when
  the token is missing, expired without a refresh token, revoked, or lacks a scope; other HTTP
  failures raise ``googleapiclient.errors.HttpError`` (see :func:`http_status`, :func:`describe`).

``[google] api_endpoint`` is a root URL (a proxy or a local test server). Each API's base path,
taken from its bundled discovery document (``servicePath``), is appended to it:

=============  =====================================  =====================================
API            Google's base URL                      with ``api_endpoint = "http://H/"``
=============  =====================================  =====================================
calendar v3    https://www.googleapis.com/calendar/v3/   http://H/calendar/v3/
gmail v1       https://gmail.googleapis.com/          http://H/ (paths start ``gmail/v1/users/``)
people v1      https://people.googleapis.com/         http://H/ (paths start ``v1/people...``)
OAuth token    https://oauth2.googleapis.com/token    http://H/token (token refresh)
=============  =====================================  =====================================

The discovery documents bundled with google-api-python-client are used (no network for them).
Nothing here ever logs or raises a message holding a token.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # googleapiclient is imported lazily so that `nextround --help` stays fast
    from google.oauth2.credentials import Credentials

    from nextround.config import Config

log = logging.getLogger("nextround.google")

CALENDAR_EVENTS = "https://www.googleapis.com/auth/calendar.events"
GMAIL_COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
CONTACTS = "https://www.googleapis.com/auth/contacts"

# The narrowest scopes that do what each API is used for:
# calendar: insert/get events (calendar.events; reading calendar metadata is not needed);
# gmail: create/list drafts (gmail.compose) and find the original message's thread (gmail.readonly:
#   messages.list with a `q` search is not allowed under gmail.metadata);
# people: create, search and update contacts and contact groups (contacts).
SCOPES: dict[str, list[str]] = {
    "calendar": [CALENDAR_EVENTS],
    "gmail": [GMAIL_COMPOSE, GMAIL_READONLY],
    "people": [CONTACTS],
}
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
RETRIES = 5
BACKOFF_SECONDS = 0.5
AUTH_HINT = "run `nextround auth google`"


class GoogleError(Exception):
    """A Google API problem, as one line that is safe to show (never holds a token)."""


class GoogleAuthError(GoogleError):
    """The token is missing, expired, revoked or lacks a scope: the user must sign in again."""


def token_path(config: Config) -> Path:
    """``[google] token_file``, or ``google-token.json`` in the user data dir."""
    return config.data_path(config.google.token_file, "google-token.json")


def client_secrets_path(config: Config) -> Path | None:
    value = config.google.client_secrets_file
    return config.data_path(value, "") if value else None


def endpoint_root(config: Config) -> str:
    """``[google] api_endpoint`` with one trailing slash, or "" for Google's own servers."""
    root = config.google.api_endpoint.strip()
    return root.rstrip("/") + "/" if root else ""


def required_scopes(config: Config) -> list[str]:
    """The scopes the configured features need (what `nextround auth google` asks for)."""
    wanted: list[str] = []
    calendar = config.plugin_table("calendar").get("backend", "auto")
    if calendar in ("google", "auto"):
        wanted += SCOPES["calendar"]
    if config.plugin_table("thank_you").get("drafts") == "gmail":
        wanted += SCOPES["gmail"]
    if config.plugin_table("contacts").get("backend") == "google":
        wanted += SCOPES["people"]
    return list(dict.fromkeys(wanted))


def token_scopes(config: Config) -> set[str] | None:
    """The scopes recorded in the token file (no network), or None when there is no usable file."""
    try:
        info = json.loads(token_path(config).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    scopes = info.get("scopes") if isinstance(info, dict) else None
    if isinstance(scopes, str):
        scopes = scopes.split()
    return set(scopes) if isinstance(scopes, list) else set()


def has_token_for(config: Config, api: str) -> bool:
    """Whether a token file exists that grants ``api``'s scopes (no network)."""
    scopes = token_scopes(config)
    return scopes is not None and set(SCOPES[api]) <= scopes


def save_credentials(creds: Credentials, path: Path) -> None:
    """Write the token atomically with mode 0600 (the file is created with that mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".google-token-", dir=path.parent)  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(creds.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_credentials(config: Config, scopes: list[str]) -> Credentials:
    """The saved token, refreshed if it has expired (and saved back). Raises GoogleAuthError."""
    from google.auth.exceptions import RefreshError
    from google.oauth2.credentials import Credentials

    path = token_path(config)
    if not path.exists():
        raise GoogleAuthError(f"no Google token at {path}; {AUTH_HINT} first")
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
        log.warning("%s was readable by other users; its mode is now 0600", path)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        creds = Credentials.from_authorized_user_info(info)
    except (OSError, ValueError, TypeError) as exc:
        kind = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else _safe(exc)
        raise GoogleAuthError(f"cannot use the Google token file {path} ({kind}); {AUTH_HINT}") from None
    root = endpoint_root(config)
    if root:
        expiry = creds.expiry
        creds = creds.with_token_uri(root + "token")
        creds.expiry = expiry  # with_token_uri() drops it, which would make an expired token look valid
    missing = [s for s in scopes if s not in set(creds.scopes or ())]
    if missing:
        names = ", ".join(s.rsplit("/", 1)[-1] for s in missing)
        raise GoogleAuthError(f"the Google token in {path} does not grant {names}; {AUTH_HINT} again")
    if not creds.valid:
        if not creds.refresh_token:
            raise GoogleAuthError(f"the Google token in {path} has expired and cannot be refreshed; {AUTH_HINT}")
        try:
            creds.refresh(_transport_request())
        except RefreshError as exc:
            raise GoogleAuthError(refresh_problem(exc, path)) from None
        save_credentials(creds, path)
    return creds


def refresh_problem(exc: BaseException, path: Path) -> str:
    text = str(exc)
    if "invalid_grant" in text or "invalid_client" in text or "unauthorized_client" in text:
        return f"Google refused the saved token in {path} (revoked or expired); {AUTH_HINT}"
    return f"could not refresh the Google token in {path} ({type(exc).__name__}); {AUTH_HINT} if this persists"


def _safe(exc: BaseException) -> str:
    return type(exc).__name__


def _transport_request() -> Any:
    import google_auth_httplib2
    from googleapiclient.http import build_http

    return google_auth_httplib2.Request(build_http())


def service_base_path(api: str, version: str) -> str:
    """The API's ``servicePath`` from its bundled discovery document (e.g. ``calendar/v3/``)."""
    from googleapiclient import discovery_cache

    doc = discovery_cache.get_static_doc(api, version)
    if doc is None:
        raise GoogleError(f"no bundled discovery document for {api} {version}")
    return json.loads(doc).get("servicePath", "")


def build_service(config: Config, api: str, version: str, *, scopes: list[str] | None = None) -> Any:
    """A google-api-python-client resource for ``api``/``version`` (e.g. "calendar", "v3").

    Stable signature, shared by the plugins. ``scopes`` defaults to ``SCOPES[api]``; the token
    must grant them, else GoogleAuthError. Built from the bundled discovery document (no
    network); with ``[google] api_endpoint`` set, requests go to that root plus the API's base
    path (see the module docstring). ``.execute()`` on any request retries 429/5xx with backoff,
    saves a refreshed token, and turns auth failures into GoogleAuthError (one line).

    A create that Google cannot de-duplicate (Gmail drafts, People contacts) should not be resent
    blindly: a 5xx may come after the work was done. Call ``.execute(num_retries=0)``, and on an
    error for which :func:`is_transient` is true, look for the object before sending it again
    (sleep :func:`backoff_delay` between tries); see plugins/thank_you/gmail_store.py.
    """
    from googleapiclient.discovery import build

    scopes = list(scopes if scopes is not None else SCOPES.get(api, []))
    creds = load_credentials(config, scopes)
    options: dict[str, str] = {}
    root = endpoint_root(config)
    if root:
        options["api_endpoint"] = root + service_base_path(api, version)
    keeper = _TokenKeeper(creds, token_path(config))
    request_class = type("NextroundRequest", (_request_base(),), {"keeper": keeper})
    return build(api, version, credentials=creds, static_discovery=True, cache_discovery=False,
                 client_options=options or None, requestBuilder=request_class)


class _TokenKeeper:
    """Saves the token again whenever a request had to refresh it."""

    def __init__(self, creds: Credentials, path: Path) -> None:
        self.creds = creds
        self.path = path
        self.saved = creds.token

    def check(self) -> None:
        if self.creds.token and self.creds.token != self.saved:
            save_credentials(self.creds, self.path)
            self.saved = self.creds.token


_BASE: type | None = None


def _request_base() -> type:
    """An HttpRequest whose execute() retries with short backoff and maps auth failures."""
    global _BASE
    if _BASE is not None:
        return _BASE
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError
    from googleapiclient.http import HttpRequest

    class RetryingRequest(HttpRequest):
        keeper: _TokenKeeper | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # The library sleeps rand() * 2**n seconds before retry n; this makes it 0.5-1 s, 1-2 s...
            self._rand = lambda: random.uniform(BACKOFF_SECONDS / 2, BACKOFF_SECONDS)

        def execute(self, http: Any = None, num_retries: int | None = None) -> Any:
            keeper = self.keeper
            try:
                return super().execute(http=http, num_retries=RETRIES if num_retries is None else num_retries)
            except RefreshError as exc:
                path = keeper.path if keeper else Path("the token file")
                raise GoogleAuthError(refresh_problem(exc, path)) from None
            except HttpError as exc:
                status = http_status(exc)
                if status == 401:
                    raise GoogleAuthError(f"Google rejected the token (HTTP 401); {AUTH_HINT}") from None
                if status == 403 and _reason(exc) in ("insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"):
                    raise GoogleAuthError(f"the Google token lacks a permission ({_reason(exc)});"
                                          f" {AUTH_HINT} again") from None
                raise
            finally:
                if keeper is not None:
                    keeper.check()

    _BASE = RetryingRequest
    return _BASE


def is_transient(exc: BaseException) -> bool:
    """Worth another try later: 429, 5xx, or a dropped or refused connection."""
    status = http_status(exc)
    if status is not None:
        return status == 429 or status >= 500
    return isinstance(exc, (OSError, TimeoutError)) or type(exc).__name__ == "ServerNotFoundError"


def backoff_delay(attempt: int) -> float:
    """Seconds to wait before retry number ``attempt`` (1, 2, ...): about 0.5, 1, 2, 4... with jitter."""
    return BACKOFF_SECONDS * 2 ** (attempt - 1) * random.uniform(0.5, 1.0)


def http_status(exc: BaseException) -> int | None:
    """The HTTP status of a googleapiclient HttpError, else None."""
    resp = getattr(exc, "resp", None)
    status = getattr(resp, "status", None)
    return int(status) if status is not None else None


def _reason(exc: BaseException) -> str:
    try:
        data = json.loads(getattr(exc, "content", b"") or b"{}")
        error = data.get("error", {})
        errors = error.get("errors") or []
        if errors and errors[0].get("reason"):
            return str(errors[0]["reason"])
        for detail in error.get("details") or []:
            if detail.get("reason"):
                return str(detail["reason"])
        return str(error.get("status") or "")
    except (ValueError, AttributeError, TypeError):
        return ""


def describe(exc: BaseException, what: str) -> str:
    """One line for a failed call: ``what``, the HTTP status and Google's message."""
    status = http_status(exc)
    if status is None:
        return f"{what}: {exc}" if isinstance(exc, GoogleError) else f"{what}: {type(exc).__name__}: {exc}"
    message = ""
    with contextlib.suppress(ValueError, AttributeError):
        message = str(json.loads(getattr(exc, "content", b"") or b"{}").get("error", {}).get("message") or "")
    return f"{what}: HTTP {status}" + (f" ({' '.join(message.split())})" if message else "")
