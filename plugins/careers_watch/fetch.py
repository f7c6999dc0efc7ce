"""A careful HTTP client for untrusted board URLs.

Only http and https. Each host is resolved here and every address is checked (loopback, private,
link-local, reserved and cloud-metadata addresses are refused unless allowed); the connection then
goes to the checked address, so a second DNS answer cannot swap it. Redirects are followed by hand,
each hop checked the same way, at most ``max_redirects``. No cookies, no credentials, no proxy
from the environment. Bodies are streamed and refused past ``max_bytes``; a whole request has a
deadline. httpx is imported on first use, so the command line stays fast.
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from nextround import __version__

USER_AGENT = f"nextround/{__version__} (careers_watch; checks public job boards for new openings)"
# Never fetched, even with allow_private_addresses: instance metadata services.
METADATA = {ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200",
                                              "fd00:ec2::254", "168.63.129.16")}


class FetchError(Exception):
    """A fetch failed; the message is one line that says why."""


class Refused(FetchError):
    """The URL or an address it resolves to is not allowed."""


class RateLimited(FetchError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class Response:
    status: int
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        import json

        return json.loads(self.body.decode("utf-8", "replace"))


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, allow_private: bool) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in METADATA:
        return "a cloud metadata address"
    if allow_private:
        return None
    for what, flag in (("a loopback", ip.is_loopback), ("a link-local", ip.is_link_local),
                       ("a private", ip.is_private), ("a multicast", ip.is_multicast),
                       ("a reserved", ip.is_reserved), ("an unspecified", ip.is_unspecified)):
        if flag:
            return f"{what} address"
    if not ip.is_global:
        return "a non-public address"
    return None


def parse_retry_after(value: str | None, default: float = 3600.0) -> float:
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    def __init__(self, *, allow_private: bool = False, timeout: float = 20.0, max_bytes: int = 2 * 1024 * 1024,
                 max_redirects: int = 5) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._client: Any = None

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                follow_redirects=False, trust_env=False, timeout=httpx.Timeout(self.timeout),
                limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
                headers={"User-Agent": USER_AGENT})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def resolve(self, url: str) -> tuple[str, str]:
        """Check the URL and resolve its host; returns (host, checked address)."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise Refused(f"refused {url!r}: not a valid URL ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise Refused(f"refused {url!r}: only http and https URLs are fetched")
        if parts.username or parts.password:
            raise Refused(f"refused {url!r}: URLs with credentials are not fetched")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise Refused(f"refused {url!r}: no host")
        port = port or (443 if parts.scheme == "https" else 80)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {exc}") from None
        addresses = []
        for info in infos:
            ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            problem = address_problem(ip, self.allow_private)
            if problem:
                raise Refused(f"refused {url}: {host} resolves to {ip}, {problem}"
                              + ("" if "metadata" in problem else " (allow_private_addresses is off)"))
            addresses.append(str(ip))
        if not addresses:
            raise FetchError(f"cannot resolve {host}: no address")
        return host, addresses[0]

    def request(self, method: str, url: str, *, headers: dict[str, str] | None = None,
                json_body: Any = None) -> Response:
        """One request, following redirects by hand. Raises FetchError (one clear line) on failure."""
        import httpx

        deadline = time.monotonic() + self.timeout * 3
        current = url
        for _hop in range(self.max_redirects + 1):
            host, address = self.resolve(current)
            parts = urlsplit(current)
            netloc = f"[{address}]" if ":" in address else address
            if parts.port:
                netloc += f":{parts.port}"
            pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
            send_headers = {"Host": parts.netloc.rsplit("@", 1)[-1], "Accept-Encoding": "gzip, deflate",
                            **(headers or {})}
            extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
            client = self._http()
            client.cookies.clear()
            try:
                with client.stream(method, pinned, headers=send_headers, json=json_body,
                                   extensions=extensions) as resp:
                    status = resp.status_code
                    resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                    if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                        current = urljoin(current, resp_headers["location"])
                        if status == 303 or (status in (301, 302) and method == "POST"):
                            method, json_body = "GET", None
                        continue
                    if status == 429 or (status == 503 and "retry-after" in resp_headers):
                        wait = parse_retry_after(resp_headers.get("retry-after"))
                        raise RateLimited(f"{current}: HTTP {status} (too many requests); retry after"
                                          f" {round(wait)} s", wait)
                    length = resp_headers.get("content-length", "")
                    if length.isdigit() and int(length) > self.max_bytes:
                        raise FetchError(f"{current}: response of {int(length)} bytes is larger than the"
                                         f" {self.max_bytes // 1024} KB limit; refused")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise FetchError(f"{current}: response is larger than the {self.max_bytes // 1024}"
                                             " KB limit; refused")
                        if time.monotonic() > deadline:
                            raise FetchError(f"{current}: timed out (the response took too long)")
                    return Response(status, current, resp_headers, bytes(body))
            except httpx.TimeoutException:
                raise FetchError(f"{current}: timed out after {self.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from None
            finally:
                client.cookies.clear()
        raise FetchError(f"{url}: more than {self.max_redirects} redirects; gave up")
