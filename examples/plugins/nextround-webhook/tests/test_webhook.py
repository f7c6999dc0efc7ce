"""The webhook plugin, run by nextround's own pipeline (nextround.testing) against a local server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import nextround_webhook
import pytest

from nextround.config import ConfigError
from nextround.testing import PluginFailed, make_opening, make_rejection


class Receiver:
    """An HTTP server on 127.0.0.1 that keeps every POST (and answers ``status``)."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802  (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.posts.append({"path": self.path, "headers": dict(self.headers), "json": json.loads(body)})
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


def test_posts_one_message_per_rejection_even_over_two_passes(nextround_harness, receiver):
    h = nextround_harness(nextround_webhook, config={"url": receiver.url})
    h.feed(make_rejection(company="Acme Robotics", role="Data Engineer"),
           make_rejection(company="Fichtenwerk Software", role="Backend Developer", lang="de"))
    h.run()
    h.run()
    assert len(receiver.posts) == 2
    first = receiver.posts[0]
    assert first["path"] == "/hook"
    assert first["json"]["event"] == "rejection"
    assert first["json"]["company"] == "Acme Robotics"
    assert first["json"]["text"] == "Rejection from Acme Robotics: Data Engineer"
    assert len({p["headers"]["Idempotency-Key"] for p in receiver.posts}) == 2
    assert [e.kind for e in h.effects("webhook")] == ["notice", "notice"]


def test_a_message_that_is_not_a_rejection_posts_nothing(nextround_harness, receiver):
    h = nextround_harness(nextround_webhook, config={"url": receiver.url})
    h.feed(b"From: Ana <ana@friends.example>\r\nTo: sam@example.net\r\nSubject: Lunch?\r\n"
           b"Message-ID: <lunch-1@friends.example>\r\n\r\nFree for lunch on Friday?\r\n")
    h.run()
    assert receiver.posts == [] and h.rejections() == []


def test_header_secret_comes_from_the_environment(nextround_harness, receiver, monkeypatch):
    monkeypatch.setenv("WEBHOOK_TOKEN", "Bearer s3cret")
    h = nextround_harness(nextround_webhook, config={"url": receiver.url,
                                                    "headers": {"Authorization": {"env": "WEBHOOK_TOKEN"}}})
    h.feed(make_rejection())
    h.run()
    assert receiver.posts[0]["headers"]["Authorization"] == "Bearer s3cret"
    assert all("s3cret" not in e.description for e in h.effects())


def test_new_opening_is_posted_once(nextround_harness, receiver):
    h = nextround_harness(nextround_webhook, config={"url": receiver.url})
    opening = make_opening(company="Acme Robotics", title="Senior Data Engineer")
    h.call("nextround_new_opening", opening=opening)
    h.call("nextround_new_opening", opening=opening)
    assert [p["json"]["event"] for p in receiver.posts] == ["opening"]
    assert receiver.posts[0]["json"]["title"] == "Senior Data Engineer"


def test_server_error_fails_the_reaction_for_a_later_retry(nextround_harness, receiver):
    receiver.status = 503
    h = nextround_harness(nextround_webhook, config={"url": receiver.url}, strict=False)
    h.feed(make_rejection())
    h.run()
    assert [r["status"] for r in h.reactions()] == ["failed"]
    assert "503" in h.reactions()[0]["last_error"]
    assert [e.status for e in h.effects()] == ["pending"]


def test_strict_harness_reports_the_failure(nextround_harness, receiver):
    receiver.status = 500
    h = nextround_harness(nextround_webhook, config={"url": receiver.url})
    h.feed(make_rejection(company="Acme Robotics"))
    with pytest.raises(PluginFailed, match="plugin webhook: nextround_react raised on rejection #1"):
        h.run()


def test_dry_run_plans_the_post_and_sends_nothing(nextround_harness, receiver):
    h = nextround_harness(nextround_webhook, config={"url": receiver.url}, dry_run=True)
    h.feed(make_rejection(company="Acme Robotics", role="Data Engineer"))
    h.run()
    assert receiver.posts == []
    assert h.planned == [("webhook", "post to " + receiver.url.split("/")[2]
                          + ": Rejection from Acme Robotics: Data Engineer")]


@pytest.mark.parametrize("table, problem", [
    ({}, "plugins.webhook.url: Field required"),
    ({"url": "ftp://x"}, "plugins.webhook.url: Value error, must be an http:// or https:// URL"),
    ({"url": "http://127.0.0.1/", "retries": 3}, "plugins.webhook.retries: unknown key"),
])
def test_config_errors_name_the_plugin_and_key(nextround_harness, table, problem):
    h = nextround_harness(nextround_webhook, config=table)
    with pytest.raises(ConfigError, match=problem.replace(".", r"\.").replace("(", r"\(")):
        h.run()
