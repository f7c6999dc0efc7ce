"""Recognise job boards in URLs and build each board's public feed URL.

Everything here is pure string work on untrusted URLs (from email): nothing is fetched. A slug
that could change the path of the feed URL (``..``, ``/``, ``?``) is never accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit, urlunsplit

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Za-z]{2})?$")
_WORKDAY_HOST = re.compile(r"^([a-z0-9][a-z0-9-]{0,62})\.(wd\d{1,3})\.myworkdayjobs\.com$")
_RESERVED = {"embed", "api", "v0", "v1", "jobs", "job", "apply", "posting-api", "www", "careers", "static"}

VENDOR_ROOTS = {
    "greenhouse": "https://boards-api.greenhouse.io",
    "lever": "https://api.lever.co",
    "ashby": "https://api.ashbyhq.com",
    "smartrecruiters": "https://api.smartrecruiters.com",
    "workable": "https://apply.workable.com",
}


@dataclass(frozen=True)
class BoardRef:
    """A board: its kind and the vendor's name for the company's board.

    ``region`` is Lever's "eu" or Workday's data centre ("wd5"); ``site`` is Workday's site name.
    ``feed`` is an explicit feed URL (a board the user configured that no vendor pattern matches).
    """

    kind: str
    token: str
    region: str = ""
    site: str = ""
    feed: str = ""

    @property
    def board_url(self) -> str:
        """The board as a person would open it in a browser."""
        k, t = self.kind, self.token
        if self.feed:
            return self.feed
        if k == "greenhouse":
            return f"https://boards.greenhouse.io/{t}"
        if k == "lever":
            return f"https://jobs.{'eu.' if self.region == 'eu' else ''}lever.co/{t}"
        if k == "ashby":
            return f"https://jobs.ashbyhq.com/{t}"
        if k == "smartrecruiters":
            return f"https://careers.smartrecruiters.com/{t}"
        if k == "workable":
            return f"https://apply.workable.com/{t}/"
        if k == "recruitee":
            return f"https://{t}.recruitee.com/"
        if k == "workday":
            return f"https://{t}.{self.region}.myworkdayjobs.com/{self.site}"
        return t

    def feed_url(self, endpoints: dict[str, str] | None = None) -> str:
        """The URL the adapter fetches. ``endpoints`` replaces a vendor's API root (tests, proxies)."""
        if self.feed:
            return self.feed
        k, t = self.kind, self.token
        override = (endpoints or {}).get(k, "").rstrip("/")
        if k == "lever":
            root = override or ("https://api.eu.lever.co" if self.region == "eu" else VENDOR_ROOTS["lever"])
            return f"{root}/v0/postings/{t}?mode=json"
        if k == "recruitee":
            return f"{override}/{t}/api/offers/" if override else f"https://{t}.recruitee.com/api/offers/"
        if k == "workday":
            path = f"/wday/cxs/{t}/{self.site}/jobs"
            return (f"{override}/{t}.{self.region}{path}" if override
                    else f"https://{t}.{self.region}.myworkdayjobs.com{path}")
        if k == "page":
            return t
        root = override or VENDOR_ROOTS[k]
        return {
            "greenhouse": f"{root}/v1/boards/{t}/jobs",
            "ashby": f"{root}/posting-api/job-board/{t}",
            "smartrecruiters": f"{root}/v1/companies/{t}/postings",
            "workable": f"{root}/api/v1/widget/accounts/{t}",
        }[k]


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _slug(value: str | None) -> str | None:
    if value and _SLUG.match(value) and value.lower() not in _RESERVED and ".." not in value:
        return value
    return None


def recognise(url: str) -> BoardRef | None:
    """The ATS board a URL belongs to (a board page, a posting, an apply link or the feed itself)."""
    if not is_web_url(url):
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    segs = [s for s in parts.path.split("/") if s]
    first = segs[0] if segs else None
    query = parse_qs(parts.query)

    if host in ("boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io",
                "job-boards.eu.greenhouse.io"):
        token = _slug((query.get("for") or [None])[0]) if first == "embed" else _slug(first)
        return BoardRef("greenhouse", token) if token else None
    if host in ("boards-api.greenhouse.io", "boards-api.eu.greenhouse.io"):
        if len(segs) >= 3 and segs[:2] == ["v1", "boards"] and _slug(segs[2]):
            return BoardRef("greenhouse", segs[2])
        return None
    if host in ("jobs.lever.co", "jobs.eu.lever.co"):
        token = _slug(first)
        return BoardRef("lever", token, region="eu" if ".eu." in host else "") if token else None
    if host in ("api.lever.co", "api.eu.lever.co"):
        if len(segs) >= 3 and segs[:2] == ["v0", "postings"] and _slug(segs[2]):
            return BoardRef("lever", segs[2], region="eu" if ".eu." in host else "")
        return None
    if host == "jobs.ashbyhq.com":
        token = _slug(first)
        return BoardRef("ashby", token) if token else None
    if host == "api.ashbyhq.com":
        if len(segs) >= 3 and segs[:2] == ["posting-api", "job-board"] and _slug(segs[2]):
            return BoardRef("ashby", segs[2])
        return None
    if host in ("jobs.smartrecruiters.com", "careers.smartrecruiters.com"):
        token = _slug(first)
        return BoardRef("smartrecruiters", token) if token else None
    if host == "api.smartrecruiters.com":
        if len(segs) >= 3 and segs[:2] == ["v1", "companies"] and _slug(segs[2]):
            return BoardRef("smartrecruiters", segs[2])
        return None
    if host == "apply.workable.com":
        if segs[:4] == ["api", "v1", "widget", "accounts"] and len(segs) >= 5:
            token = _slug(segs[4])
        elif first in ("api", "j"):
            token = None
        else:
            token = _slug(first)
        return BoardRef("workable", token) if token else None
    if host.endswith(".workable.com") and host.count(".") == 2:
        token = _slug(host.split(".")[0])
        return BoardRef("workable", token) if token and token not in ("apply", "www") else None
    if host.endswith(".recruitee.com") and host.count(".") == 2:
        token = _slug(host.split(".")[0])
        return BoardRef("recruitee", token) if token and token != "www" else None
    m = _WORKDAY_HOST.match(host)
    if m:
        tenant, dc = m.group(1), m.group(2)
        if len(segs) >= 4 and segs[:2] == ["wday", "cxs"]:
            site: str | None = segs[3]
        else:
            rest = segs[1:] if first and _LOCALE.match(first) else segs
            site = rest[0] if rest else None
        site = site if site and _SLUG.match(site) and ".." not in site and site not in ("wday", "job") else None
        return BoardRef("workday", tenant, region=dc, site=site) if site else None
    return None


def page_ref(url: str) -> BoardRef | None:
    """A company careers page, watched by the generic adapter (fragment dropped)."""
    if not is_web_url(url):
        return None
    parts = urlsplit(url.strip())
    if parts.username or parts.password:
        return None
    return BoardRef("page", urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, "")))


def ref_for(url: str, kind: str | None = None) -> BoardRef | None:
    """A board from a URL the user gave, with an optional kind (config boards, ``watch add``)."""
    found = recognise(url)
    if found and (kind is None or kind == found.kind):
        return found
    if kind in (None, "page"):
        return page_ref(url)
    if not is_web_url(url):
        return None
    return BoardRef(kind, url, feed=url)  # an explicit feed URL of that kind (a mirror, a proxy...)
