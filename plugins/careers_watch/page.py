"""The generic adapter's parser: job postings on any careers page.

JSON-LD ``JobPosting`` objects are used when the page has them (title, location); links that look
like links to single postings (``/jobs/123-data-engineer``, ``/careers/senior-analyst``...) add the
others, titled by their link text. A posting's id is its URL (its JSON-LD identifier when it has
no URL), so a re-rendered page keeps them stable.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from nextround.plugins.careers_watch.postings import Posting

_JOBBY = re.compile(r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|stellen(angebote)?|karriere|"
                    r"carrieres?|empleo|vagas?|vacatures?|offres?|postings?|o)/[^/?#]+", re.I)
_NOT_JOB = re.compile(r"(login|signin|privacy|cookie|impressum|imprint|terms|search|#|mailto:|tel:|"
                      r"\.(pdf|png|jpe?g|svg|css|js)$)", re.I)
_WS = re.compile(r"\s+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self._href: str | None = None
        self._text: list[str] = []
        self._in_ld = False
        self._ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self._href, self._text = a["href"], []
        elif tag == "script" and (a.get("type") or "").lower() == "application/ld+json":
            self._in_ld, self._ld = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, _WS.sub(" ", "".join(self._text)).strip()))
            self._href = None
        elif tag == "script" and self._in_ld:
            self.scripts.append("".join(self._ld))
            self._in_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld.append(data)
        elif self._href is not None:
            self._text.append(data)


def _walk_ld(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += _walk_ld(item)
    elif isinstance(node, dict):
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            found.append(node)
        for key in ("@graph", "itemListElement", "item"):
            if key in node:
                found += _walk_ld(node[key])
    return found


def _ld_location(posting: dict[str, Any]) -> str | None:
    places = posting.get("jobLocation")
    places = places if isinstance(places, list) else [places] if places else []
    names = []
    for place in places:
        addr = place.get("address") if isinstance(place, dict) else None
        if isinstance(addr, dict):
            bits = [addr.get("addressLocality"), addr.get("addressRegion"), addr.get("addressCountry")]
            names.append(", ".join(str(b.get("name") if isinstance(b, dict) else b) for b in bits if b))
        elif isinstance(addr, str):
            names.append(addr)
    if posting.get("jobLocationType") == "TELECOMMUTE":
        names.append("Remote")
    return "; ".join(n for n in names if n) or None


def _clean_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/") or "/", parts.query, ""))


def parse_page(html: str, page_url: str) -> list[Posting]:
    collector = _Collector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # a broken page gives what was read so far
        pass
    postings: dict[str, Posting] = {}
    for script in collector.scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _walk_ld(data):
            title = _WS.sub(" ", str(item.get("title") or "")).strip()
            if not title:
                continue
            ident = item.get("identifier")
            if isinstance(ident, dict):
                ident = ident.get("value")
            url = urljoin(page_url, str(item["url"])) if item.get("url") else ""
            # The URL is the id when there is one, so a posting keeps its id whether or not the page
            # describes it in JSON-LD this time.
            pid = f"url:{_clean_url(url)}" if url else f"ld:{ident}" if ident else ""
            if pid:
                postings[pid] = Posting(pid, title[:300], url or page_url, _ld_location(item))
    own = _clean_url(page_url)
    page_host = urlsplit(page_url).hostname
    for href, text in collector.links:
        url = urljoin(page_url, href.strip())
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not text or len(text) < 3 or _NOT_JOB.search(url):
            continue
        if parts.hostname != page_host and not _JOBBY.search(parts.path):
            continue
        clean = _clean_url(url)
        if clean == own or not _JOBBY.search(parts.path) or len(text) > 200:
            continue
        postings.setdefault(f"url:{clean}", Posting(f"url:{clean}", text, url, None))
    return list(postings.values())
