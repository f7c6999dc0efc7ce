"""Open an authenticated IMAP connection from ``[source.imap]``: TLS, STARTTLS or loopback-only
plain text, verified certificates, a socket timeout always, password or XOAUTH2 login.

Errors come out as :class:`ImapError` (a SourceError) with a one-line, secret-free message;
``usage`` is True for what the user must fix (wrong password, unknown folder, bad certificate).
imapclient is imported here only, lazily, so ``nextround --help`` never pays for it.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import logging
import socket
import ssl
from typing import TYPE_CHECKING, Any

from nextround.secrets import SecretError
from nextround.sources import SourceError

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from nextround.config import Config, ImapConfig

log = logging.getLogger("nextround.imap")
# imapclient's debug log holds whole FETCH responses (people's mail): never let it through.
logging.getLogger("imapclient").setLevel(logging.INFO)

GMAIL_SCOPE = "https://mail.google.com/"


class ImapError(SourceError):
    """An IMAP problem, ready to show. ``usage`` marks what only the user can fix."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


# What a dropped or broken connection raises: the socket layer, imaplib's "abort" (also raised by
# imapclient's idle_check on a split line, imapclient issue #519) and a garbled response.
def connection_errors() -> tuple[type[BaseException], ...]:
    from imapclient.exceptions import ProtocolError

    return (OSError, EOFError, imaplib.IMAP4.abort, ProtocolError)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ssl_context(cfg: ImapConfig, config_file: str = "") -> ssl.SSLContext:
    """Certificates and host names are always verified; ``ca_file`` adds a private CA."""
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH)
    if cfg.ca_file:
        from nextround.config import resolve_path

        path = resolve_path(cfg.ca_file, config_file)
        try:
            ctx.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise ImapError(f"source.imap.ca_file {path}: cannot load it ({type(exc).__name__})", usage=True) from None
    return ctx


def where(cfg: ImapConfig) -> str:
    return f"{cfg.host}:{cfg.port}"


def scrub(text: str, *secrets: str) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def connect(config: Config) -> IMAPClient:
    """A logged-in client. Raises ImapError."""
    from imapclient import IMAPClient, SocketTimeout

    cfg = config.source.imap
    if not cfg.host:
        raise ImapError("source.imap.host is empty: name your IMAP server", usage=True)
    if cfg.security == "none" and not is_loopback(cfg.host):
        raise ImapError(f"source.imap.security = \"none\" sends your password in clear text; it is allowed only for"
                        f" 127.0.0.1/localhost, not {cfg.host} (use \"tls\" or \"starttls\")", usage=True)
    ctx = ssl_context(cfg, config.file) if cfg.security != "none" else None
    timeout = SocketTimeout(connect=min(cfg.timeout_seconds, 30), read=cfg.timeout_seconds)
    try:
        client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=ctx, timeout=timeout)
    except ssl.SSLCertVerificationError as exc:
        raise ImapError(f"IMAP {where(cfg)}: the server's certificate is not trusted ({exc.verify_message});"
                        " for a self-signed server set source.imap.ca_file", usage=True) from None
    except ssl.SSLError as exc:
        raise ImapError(f"IMAP {where(cfg)}: TLS failed ({exc.reason or type(exc).__name__}); is security"
                        f" = \"{cfg.security}\" right for port {cfg.port}?") from None
    except socket.gaierror:
        raise ImapError(f"IMAP {where(cfg)}: unknown host name") from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"IMAP {where(cfg)}: cannot connect ({describe(exc)})") from None
    try:
        if cfg.security == "starttls":
            try:
                client.starttls(ctx)
            except ssl.SSLCertVerificationError as exc:
                raise ImapError(f"IMAP {where(cfg)}: the server's certificate is not trusted ({exc.verify_message});"
                                " for a self-signed server set source.imap.ca_file", usage=True) from None
            except imaplib.IMAP4.error:
                raise ImapError(f"IMAP {where(cfg)}: the server does not offer STARTTLS", usage=True) from None
        login(client, config)
    except BaseException:
        close_quietly(client)
        raise
    return client


def login(client: IMAPClient, config: Config) -> None:
    from imapclient.exceptions import LoginError

    cfg = config.source.imap
    secret = ""
    try:
        if cfg.auth == "oauth2":
            secret = oauth2_token(config)
            client.oauth2_login(cfg.username, secret)
        else:
            if cfg.password is None:
                raise ImapError("source.imap.password is not set (e.g. password = { env ="
                                " \"NEXTROUND_IMAP_PASSWORD\" })", usage=True)
            try:
                secret = cfg.password.resolve(cfg.username)
            except SecretError as exc:
                raise ImapError(f"source.imap.password: {exc}", usage=True) from None
            client.login(cfg.username, secret)
    except LoginError as exc:
        what = "token" if cfg.auth == "oauth2" else "password"
        ref = cfg.oauth2_token if cfg.auth == "oauth2" else cfg.password
        source = f" from {ref.describe()}" if ref is not None else ""
        reason = scrub(server_text(exc), secret)[:120]
        raise ImapError(f"IMAP {where(cfg)}: login as {cfg.username!r} refused ({reason}); check"
                        f" source.imap.username and the {what}{source}", usage=True) from None
    except (OSError, imaplib.IMAP4.abort) as exc:
        raise ImapError(f"IMAP {where(cfg)}: connection lost while logging in ({describe(exc)})") from None


def oauth2_token(config: Config) -> str:
    cfg = config.source.imap
    if cfg.oauth2_token is not None:
        try:
            return cfg.oauth2_token.resolve(cfg.username)
        except SecretError as exc:
            raise ImapError(f"source.imap.oauth2_token: {exc}", usage=True) from None
    from nextround.google import GoogleError, load_credentials

    try:
        creds = load_credentials(config, [GMAIL_SCOPE])
    except GoogleError as exc:
        raise ImapError(f"IMAP XOAUTH2: {exc} (or set source.imap.oauth2_token)", usage=True) from None
    return str(creds.token)


def server_text(exc: BaseException) -> str:
    """The server's words from an imaplib error ("b'[AUTHENTICATIONFAILED] ...'") as plain text."""
    text = str(exc)
    for prefix in ("login failed: ", "authenticate failed: "):
        text = text.replace(prefix, "")
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text.strip() or type(exc).__name__


def describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__


def close_quietly(client: Any, *, logout: bool = False) -> None:
    """Close without raising: LOGOUT first when asked (polite), else just the socket."""
    if client is None:
        return
    if logout:
        try:
            client.logout()
            return
        except Exception:  # already gone: fall through to the socket
            pass
    with contextlib.suppress(Exception):
        client.shutdown()
