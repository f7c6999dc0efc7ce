"""A local job-board server for the careers_watch tests (http.server in a thread, 127.0.0.1 only).

It serves each ATS's public feed in the vendor's JSON shape, from one mutable list of postings per
board, and a real-looking careers page (job links plus a JSON-LD JobPosting). Responses carry an
ETag and Last-Modified and answer a matching conditional request with 304. Some board names are
hostile on purpose: ``slowco`` answers late, ``hugeco`` sends 5 MB, ``metaco`` redirects to the
cloud metadata address, ``busyco`` answers 429 with Retry-After. Every request is recorded.

Routes (the test config points ``api_endpoints`` at the matching prefix):
  /gh/v1/boards/{token}/jobs                       greenhouse
  /lever/v0/postings/{site}?mode=json              lever
  /ashby/posting-api/job-board/{name}              ashby
  /sr/v1/companies/{id}/postings?offset&limit      smartrecruiters (paged)
  /recruitee/{company}/api/offers/                 recruitee
  /workable/api/v1/widget/accounts/{slug}          workable
  POST /workday/{tenant}.{dc}/wday/cxs/{tenant}/{site}/jobs   workday (paged)
  /careers/{company}                               a careers page
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class BoardsState:
    postings: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # board token -> postings
    versions: dict[str, float] = field(default_factory=dict)  # board token -> last change (Last-Modified)
    requests: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class BoardsServer:
    def __init__(self) -> None:
        self.state = BoardsState()
        state = self.state

        class Handler(_Handler):
            boards = state

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def endpoints(self) -> dict[str, str]:
        return {"greenhouse": f"{self.url}/gh", "lever": f"{self.url}/lever", "ashby": f"{self.url}/ashby",
                "smartrecruiters": f"{self.url}/sr", "recruitee": f"{self.url}/recruitee",
                "workable": f"{self.url}/workable", "workday": f"{self.url}/workday"}

    def add(self, board: str, pid: str, title: str, location: str = "Berlin, Germany") -> None:
        with self.state.lock:
            self.state.postings.setdefault(board, []).append({"id": pid, "title": title, "location": location})
            self.state.versions[board] = time.time()

    def remove(self, board: str, pid: str) -> None:
        with self.state.lock:
            self.state.postings[board] = [p for p in self.state.postings.get(board, []) if p["id"] != pid]
            self.state.versions[board] = time.time()

    def seen(self, fragment: str) -> list[Seen]:
        with self.state.lock:
            return [r for r in self.state.requests if fragment in r.path]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    boards: BoardsState
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _record(self, status: int) -> None:
        with self.boards.lock:
            self.boards.requests.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                                             status))

    def _send(self, status: int, body: bytes = b"", ctype: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self._record(status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = json.loads(self.rfile.read(length) or b"{}")
        self._route()

    def _route(self) -> None:
        parts = urlsplit(self.path)
        segs = [s for s in parts.path.split("/") if s]
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        token = _token(segs)
        if token is None:
            return self._send(404, b'{"error": "not found"}')
        if token.startswith("slowco"):
            time.sleep(3)
        if token.startswith("busyco"):
            return self._send(429, b'{"error": "rate limited"}', headers={"Retry-After": "3600"})
        if token.startswith("metaco"):
            return self._send(302, b"", headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        if token.startswith("hugeco"):
            return self._huge()
        with self.boards.lock:
            if token not in self.boards.postings:
                known = False
                items: list[dict[str, Any]] = []
            else:
                known = True
                items = [dict(p) for p in self.boards.postings[token]]
            changed = self.boards.versions.get(token, 0.0)
        if not known:
            return self._send(404, b'{"ok": false, "error": "Document not found"}')
        kind = segs[0]
        body, ctype = render(kind, token, items, query, getattr(self, "body", {}), f"http://{self.headers['Host']}")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, "Last-Modified": formatdate(changed or 0, usegmt=True)}
        if kind in ("sr", "workday"):  # paged feeds: the page differs per offset
            headers = {"ETag": etag}
        if self.command == "GET" and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", headers=headers)
        self._send(200, body, ctype, headers)

    def _huge(self) -> None:
        size = 5 * 1024 * 1024
        self._record(200)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")  # no Content-Length: the client must count
        self.end_headers()
        chunk = b" " * 65536
        try:
            for _ in range(size // len(chunk)):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


def _token(segs: list[str]) -> str | None:
    if not segs:
        return None
    kind = segs[0]
    try:
        if kind == "gh" and segs[1:3] == ["v1", "boards"] and segs[4] == "jobs":
            return segs[3]
        if kind == "lever" and segs[1:3] == ["v0", "postings"]:
            return segs[3]
        if kind == "ashby" and segs[1:3] == ["posting-api", "job-board"]:
            return segs[3]
        if kind == "sr" and segs[1:3] == ["v1", "companies"] and segs[4] == "postings":
            return segs[3]
        if kind == "recruitee" and segs[2:4] == ["api", "offers"]:
            return segs[1]
        if kind == "workable" and segs[1:5] == ["api", "v1", "widget", "accounts"]:
            return segs[5]
        if kind == "workday" and segs[2:4] == ["wday", "cxs"]:
            return segs[4]
        if kind == "careers":
            return segs[1]
    except IndexError:
        return None
    return None


def render(kind: str, token: str, items: list[dict[str, Any]], query: dict[str, str], body: dict[str, Any],
           root: str) -> tuple[bytes, str]:
    city = lambda p: p["location"].split(",")[0]  # noqa: E731
    if kind == "gh":
        doc: Any = {"jobs": [{"id": int(p["id"]), "internal_job_id": 9000 + int(p["id"]), "title": p["title"],
                              "updated_at": "2026-11-20T10:00:00-05:00", "requisition_id": f"REQ-{p['id']}",
                              "location": {"name": p["location"]}, "metadata": None,
                              "absolute_url": f"https://boards.greenhouse.io/{token}/jobs/{p['id']}",
                              "first_published": "2026-11-01T10:00:00-05:00"} for p in items],
               "meta": {"total": len(items)}}
    elif kind == "lever":
        doc = [{"id": p["id"], "text": p["title"], "createdAt": 1790000000000,
                "categories": {"location": p["location"], "team": "Data", "commitment": "Full-time",
                               "allLocations": [p["location"]]},
                "hostedUrl": f"https://jobs.lever.co/{token}/{p['id']}",
                "applyUrl": f"https://jobs.lever.co/{token}/{p['id']}/apply", "workplaceType": "hybrid",
                "descriptionPlain": "About the role", "lists": [], "additionalPlain": ""} for p in items]
    elif kind == "ashby":
        doc = {"apiVersion": "1", "jobs": [
            {"id": p["id"], "title": p["title"], "location": p["location"], "department": "Engineering",
             "team": "Data", "isListed": True, "isRemote": False, "employmentType": "FullTime",
             "secondaryLocations": [], "publishedAt": "2026-11-02T09:00:00.000+00:00",
             "jobUrl": f"https://jobs.ashbyhq.com/{token}/{p['id']}",
             "applyUrl": f"https://jobs.ashbyhq.com/{token}/{p['id']}/application",
             "descriptionPlain": "About the role"} for p in items]}
    elif kind == "sr":
        offset, limit = int(query.get("offset", 0)), min(int(query.get("limit", 10)), 2)
        page = items[offset:offset + limit]
        doc = {"offset": offset, "limit": limit, "totalFound": len(items), "content": [
            {"id": p["id"], "name": p["title"], "uuid": f"uuid-{p['id']}", "refNumber": f"REF{p['id']}",
             "releasedDate": "2026-11-03T08:00:00.000Z",
             "company": {"identifier": token, "name": token.capitalize()},
             "location": {"city": city(p), "country": "de", "remote": False, "fullLocation": p["location"]},
             "ref": f"https://api.smartrecruiters.com/v1/companies/{token}/postings/{p['id']}"} for p in page]}
    elif kind == "recruitee":
        doc = {"offers": [{"id": int(p["id"]), "slug": p["title"].lower().replace(" ", "-"), "title": p["title"],
                           "status": "published", "location": p["location"], "city": city(p), "country": "Germany",
                           "careers_url": f"https://{token}.recruitee.com/o/{p['id']}",
                           "careers_apply_url": f"https://{token}.recruitee.com/o/{p['id']}/c/new",
                           "created_at": "2026-11-03 08:00:00 UTC"} for p in items]}
    elif kind == "workable":
        doc = {"name": token.capitalize(), "description": "", "jobs": [
            {"title": p["title"], "shortcode": p["id"], "code": "", "employment_type": "Full-time",
             "telecommuting": False, "department": "Data", "url": f"https://apply.workable.com/j/{p['id']}",
             "shortlink": f"https://apply.workable.com/j/{p['id']}",
             "application_url": f"https://apply.workable.com/j/{p['id']}/apply", "published_on": "2026-11-03",
             "created_at": "2026-11-03", "country": "Germany", "city": city(p), "state": "",
             "locations": [{"country": "Germany", "countryCode": "DE", "city": city(p), "region": ""}]}
            for p in items]}
    elif kind == "workday":
        offset, limit = int(body.get("offset", 0)), min(int(body.get("limit", 20)), 2)
        page = items[offset:offset + limit]
        doc = {"total": len(items) if offset == 0 else 0, "facets": [], "jobPostings": [
            {"title": p["title"], "externalPath": f"/job/{city(p)}/{p['title'].replace(' ', '-')}_R{p['id']}",
             "locationsText": p["location"], "postedOn": "Posted Today", "bulletFields": [f"R{p['id']}"]}
            for p in page]}
    else:  # a careers page: links to postings, the first one also described in JSON-LD
        links = "\n".join(f'<li><a href="/careers/{token}/jobs/{p["id"]}">{p["title"]}</a>'
                          f' <span>{p["location"]}</span></li>' for p in items)
        ld = ""
        if items:
            p = items[0]
            ld = json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": p["title"],
                             "url": f"{root}/careers/{token}/jobs/{p['id']}", "datePosted": "2026-11-01",
                             "identifier": {"@type": "PropertyValue", "name": token, "value": p["id"]},
                             "jobLocation": {"@type": "Place", "address": {
                                 "@type": "PostalAddress", "addressLocality": city(p), "addressCountry": "DE"}}})
        html = (f"<!doctype html><html><head><title>Careers at {token}</title>"
                f'<script type="application/ld+json">{ld}</script></head><body>'
                f'<nav><a href="/">Home</a> <a href="/careers/{token}">Careers</a> <a href="/privacy">Privacy</a></nav>'
                f"<h1>Open positions</h1><ul>{links}</ul></body></html>")
        return html.encode(), "text/html; charset=utf-8"
    return json.dumps(doc).encode(), "application/json"


@pytest.fixture
def boards_server() -> Iterator[BoardsServer]:
    server = BoardsServer()
    try:
        yield server
    finally:
        server.stop()
