"""One adapter per job-board feed: fetch (conditionally, paged where the feed pages) and parse.

Field names follow each vendor's public, keyless job-board API:
Greenhouse ``{"jobs": [{"id", "title", "absolute_url", "location": {"name"}}]}``;
Lever ``[{"id", "text", "hostedUrl", "categories": {"location"}}]``;
Ashby ``{"jobs": [{"id", "title", "jobUrl", "location", "isListed"}]}``;
SmartRecruiters ``{"offset", "limit", "totalFound", "content": [{"id", "name", "location": {...}}]}``;
Recruitee ``{"offers": [{"id", "title", "careers_url", "location"}]}``;
Workable ``{"jobs": [{"shortcode", "title", "url", "city", "country"}]}``;
Workday cxs ``{"total", "jobPostings": [{"title", "externalPath", "locationsText", "bulletFields"}]}``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from nextround.plugins.careers_watch.fetch import Fetcher, FetchError, Response
from nextround.plugins.careers_watch.page import parse_page
from nextround.plugins.careers_watch.postings import Posting
from nextround.plugins.careers_watch.urls import BoardRef

MAX_PAGES = 20


@dataclass
class FeedResult:
    changed: bool
    postings: list[Posting] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    requests: int = 1


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _get(fetcher: Fetcher, url: str, etag: str | None, last_modified: str | None,
         accept: str = "application/json") -> Response:
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return fetcher.request("GET", url, headers=headers)


def _check(resp: Response) -> None:
    if resp.status != 200:
        raise FetchError(f"{resp.url}: HTTP {resp.status}")


def _json(resp: Response) -> Any:
    _check(resp)
    try:
        return resp.json()
    except ValueError:
        raise FetchError(f"{resp.url}: the feed is not JSON") from None


def _list(data: Any, key: str | None) -> list[dict[str, Any]]:
    items = data.get(key) if key and isinstance(data, dict) else data
    if not isinstance(items, list):
        raise FetchError(f"unexpected feed shape (no {key or 'list'} of postings)")
    return [i for i in items if isinstance(i, dict)]


def greenhouse(data: Any, ref: BoardRef, feed: str) -> list[Posting]:
    return [Posting(f"gh:{j['id']}", _text(j.get("title")), str(j.get("absolute_url") or ""),
                    _text((j.get("location") or {}).get("name")) or None)
            for j in _list(data, "jobs") if j.get("id") is not None]


def lever(data: Any, ref: BoardRef, feed: str) -> list[Posting]:
    out = []
    for j in _list(data, None):
        if not j.get("id"):
            continue
        cats = j.get("categories") or {}
        location = cats.get("location") or ", ".join(cats.get("allLocations") or []) or None
        out.append(Posting(f"lever:{j['id']}", _text(j.get("text")), str(j.get("hostedUrl") or ""),
                           _text(location) or None))
    return out


def ashby(data: Any, ref: BoardRef, feed: str) -> list[Posting]:
    out = []
    for j in _list(data, "jobs"):
        if j.get("isListed") is False:
            continue
        pid = j.get("id") or j.get("jobUrl")
        if not pid:
            continue
        locations = [j.get("location")] + [s.get("location") for s in j.get("secondaryLocations") or []
                                           if isinstance(s, dict)]
        if j.get("isRemote") and "remote" not in " ".join(str(x) for x in locations).lower():
            locations.append("Remote")
        out.append(Posting(f"ashby:{pid}", _text(j.get("title")), str(j.get("jobUrl") or ""),
                           "; ".join(_text(x) for x in locations if x) or None))
    return out


def recruitee(data: Any, ref: BoardRef, feed: str) -> list[Posting]:
    out = []
    for j in _list(data, "offers"):
        if j.get("id") is None or j.get("status") not in (None, "published"):
            continue
        location = j.get("location") or ", ".join(str(x) for x in (j.get("city"), j.get("country")) if x)
        out.append(Posting(f"recruitee:{j['id']}", _text(j.get("title")), str(j.get("careers_url") or ""),
                           _text(location) or None))
    return out


def workable(data: Any, ref: BoardRef, feed: str) -> list[Posting]:
    out = []
    for j in _list(data, "jobs"):
        pid = j.get("shortcode") or j.get("id")
        if not pid:
            continue
        location = ", ".join(str(x) for x in (j.get("city"), j.get("state"), j.get("country")) if x)
        if j.get("telecommuting"):
            location = f"{location}; Remote" if location else "Remote"
        out.append(Posting(f"workable:{pid}", _text(j.get("title")),
                           str(j.get("url") or j.get("shortlink") or j.get("application_url") or ""),
                           location or None))
    return out


def smartrecruiters_page(items: list[dict[str, Any]], ref: BoardRef) -> list[Posting]:
    out = []
    for j in items:
        if not j.get("id"):
            continue
        loc = j.get("location") or {}
        location = loc.get("fullLocation") or ", ".join(str(loc[k]) for k in ("city", "region", "country")
                                                        if loc.get(k))
        if loc.get("remote"):
            location = f"{location}; Remote" if location else "Remote"
        company = (j.get("company") or {}).get("identifier") or ref.token
        out.append(Posting(f"sr:{j['id']}", _text(j.get("name")),
                           f"https://jobs.smartrecruiters.com/{company}/{j['id']}", _text(location) or None))
    return out


def _paged_smartrecruiters(fetcher: Fetcher, ref: BoardRef, feed: str, etag: str | None,
                           last_modified: str | None) -> FeedResult:
    limit, offset, postings, requests = 100, 0, [], 0
    first: Response | None = None
    sep = "&" if "?" in feed else "?"
    while requests < MAX_PAGES:
        url = f"{feed}{sep}{urlencode({'offset': offset, 'limit': limit})}"
        resp = _get(fetcher, url, etag if offset == 0 else None, last_modified if offset == 0 else None)
        requests += 1
        if offset == 0 and resp.status == 304:
            return FeedResult(False, requests=requests)
        first = first or resp
        data = _json(resp)
        items = _list(data, "content")
        postings += smartrecruiters_page(items, ref)
        offset += len(items)
        total = data.get("totalFound") if isinstance(data, dict) else None
        if not items or not isinstance(total, int) or offset >= total:
            break
    assert first is not None
    return FeedResult(True, postings, first.headers.get("etag"), first.headers.get("last-modified"), requests)


def _paged_workday(fetcher: Fetcher, ref: BoardRef, feed: str) -> FeedResult:
    parts = urlsplit(feed)
    segs = [s for s in parts.path.split("/") if s]
    site = segs[segs.index("cxs") + 2] if "cxs" in segs and len(segs) > segs.index("cxs") + 2 else ref.site
    public_root = feed.split("/wday/cxs/", 1)[0] + "/" + site
    limit, offset, postings, requests, total = 20, 0, [], 0, None
    while requests < MAX_PAGES:
        resp = fetcher.request("POST", feed, headers={"Accept": "application/json"},
                               json_body={"appliedFacets": {}, "limit": limit, "offset": offset, "searchText": ""})
        requests += 1
        data = _json(resp)
        items = _list(data, "jobPostings")
        if total is None and isinstance(data, dict) and isinstance(data.get("total"), int):
            total = data["total"]  # later pages may say 0: the first page's total is the one to trust
        for j in items:
            path = str(j.get("externalPath") or "")
            bullets = j.get("bulletFields") or []
            pid = bullets[0] if bullets and isinstance(bullets[0], str) else path
            if pid:
                postings.append(Posting(f"wd:{pid}", _text(j.get("title")), public_root + path if path else "",
                                        _text(j.get("locationsText")) or None))
        offset += len(items)
        if not items or total is None or offset >= total:
            break
    return FeedResult(True, postings, requests=requests)


PARSERS: dict[str, Callable[[Any, BoardRef, str], list[Posting]]] = {
    "greenhouse": greenhouse, "lever": lever, "ashby": ashby, "recruitee": recruitee, "workable": workable,
}


def poll(fetcher: Fetcher, ref: BoardRef, feed: str, etag: str | None = None,
         last_modified: str | None = None) -> FeedResult:
    """Fetch a board's postings; ``changed`` is False when the server said 304 Not Modified."""
    if ref.kind == "workday":
        return _paged_workday(fetcher, ref, feed)
    if ref.kind == "smartrecruiters":
        return _paged_smartrecruiters(fetcher, ref, feed, etag, last_modified)
    page = ref.kind == "page"
    resp = _get(fetcher, feed, etag, last_modified,
                accept="text/html,application/xhtml+xml" if page else "application/json")
    if resp.status == 304:
        return FeedResult(False)
    if page:
        _check(resp)
        postings = parse_page(resp.body.decode("utf-8", "replace"), resp.url)
    else:
        postings = PARSERS[ref.kind](_json(resp), ref, feed)
    return FeedResult(True, [p for p in postings if p.title], resp.headers.get("etag"),
                      resp.headers.get("last-modified"))
