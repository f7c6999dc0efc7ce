"""careers_watch units: board recognition on real vendor URLs, ranking, page parsing, address checks."""

from __future__ import annotations

import ipaddress

import pytest

from nextround.plugins.careers_watch.fetch import address_problem, parse_retry_after
from nextround.plugins.careers_watch.page import parse_page
from nextround.plugins.careers_watch.rank import score
from nextround.plugins.careers_watch.urls import recognise, ref_for


@pytest.mark.parametrize(("url", "kind", "feed", "board"), [
    ("https://boards.greenhouse.io/northwindanalytics", "greenhouse",
     "https://boards-api.greenhouse.io/v1/boards/northwindanalytics/jobs", "https://boards.greenhouse.io/northwindanalytics"),
    ("https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=mail", "greenhouse",
     "https://boards-api.greenhouse.io/v1/boards/acme/jobs", "https://boards.greenhouse.io/acme"),
    ("https://boards.greenhouse.io/embed/job_board?for=acme", "greenhouse",
     "https://boards-api.greenhouse.io/v1/boards/acme/jobs", "https://boards.greenhouse.io/acme"),
    ("https://jobs.lever.co/tidewatermobility/5f1c2d3e-aaaa-bbbb-cccc-1234567890ab/apply", "lever",
     "https://api.lever.co/v0/postings/tidewatermobility?mode=json", "https://jobs.lever.co/tidewatermobility"),
    ("https://jobs.eu.lever.co/harborfinch", "lever",
     "https://api.eu.lever.co/v0/postings/harborfinch?mode=json", "https://jobs.eu.lever.co/harborfinch"),
    ("https://jobs.ashbyhq.com/lumenhealth/0b1c2d3e-1111-2222-3333-444455556666", "ashby",
     "https://api.ashbyhq.com/posting-api/job-board/lumenhealth", "https://jobs.ashbyhq.com/lumenhealth"),
    ("https://jobs.smartrecruiters.com/Quillstone1/744000012345678-data-engineer", "smartrecruiters",
     "https://api.smartrecruiters.com/v1/companies/Quillstone1/postings", "https://careers.smartrecruiters.com/Quillstone1"),
    ("https://fichtenwerk.recruitee.com/o/senior-data-engineer", "recruitee",
     "https://fichtenwerk.recruitee.com/api/offers/", "https://fichtenwerk.recruitee.com/"),
    ("https://apply.workable.com/celeste-data/j/AB12CD34EF/", "workable",
     "https://apply.workable.com/api/v1/widget/accounts/celeste-data", "https://apply.workable.com/celeste-data/"),
    ("https://ondina.wd3.myworkdayjobs.com/en-US/Careers/job/Madrid/Data-Engineer_R-1234", "workday",
     "https://ondina.wd3.myworkdayjobs.com/wday/cxs/ondina/Careers/jobs", "https://ondina.wd3.myworkdayjobs.com/Careers"),
    ("https://ondina.wd3.myworkdayjobs.com/Careers", "workday",
     "https://ondina.wd3.myworkdayjobs.com/wday/cxs/ondina/Careers/jobs", "https://ondina.wd3.myworkdayjobs.com/Careers"),
])
def test_recognises_vendor_urls(url: str, kind: str, feed: str, board: str) -> None:
    ref = recognise(url)
    assert ref is not None and ref.kind == kind
    assert ref.feed_url() == feed
    assert ref.board_url == board


@pytest.mark.parametrize("url", [
    "https://boards.greenhouse.io/", "https://boards.greenhouse.io/..%2f..", "javascript:alert(1)",
    "file:///etc/passwd", "https://www.acme-robotics.example/careers", "https://evil.example/boards.greenhouse.io/x",
    "https://boards.greenhouse.io.evil.example/acme",
])
def test_does_not_mistake_other_urls_for_boards(url: str) -> None:
    assert recognise(url) is None


def test_feed_roots_can_be_replaced_for_a_proxy_or_test_server() -> None:
    ref = recognise("https://jobs.lever.co/acme")
    assert ref is not None
    assert ref.feed_url({"lever": "http://127.0.0.1:9/lv/"}) == "http://127.0.0.1:9/lv/v0/postings/acme?mode=json"


def test_user_urls_with_a_kind_are_feeds_and_others_are_pages() -> None:
    ref = ref_for("http://mirror.example/feed.json", "greenhouse")
    assert ref is not None and ref.kind == "greenhouse" and ref.feed_url() == "http://mirror.example/feed.json"
    page = ref_for("https://www.acme-robotics.example/careers#open")
    assert page is not None and page.kind == "page" and page.feed_url() == "https://www.acme-robotics.example/careers"
    assert ref_for("ftp://acme.example/jobs") is None


def test_ranking_prefers_the_rejected_role() -> None:
    role = "Senior Data Engineer"
    same = score("Senior Data Engineer", "Berlin", role)
    close = score("Data Engineer, Platform", "Berlin", role)
    far = score("Office Manager", "Berlin", role)
    assert same > close > far
    assert close >= 0.35 > far
    assert score("Data Engineer", "Berlin, Germany", role, locations=["Berlin"]) > \
        score("Data Engineer", "Austin, TX", role, locations=["Berlin"])
    assert score("Data Engineer (Python)", None, role, keywords=["python"]) > score("Data Engineer (Go)", None, role,
                                                                                      keywords=["python"])


def test_page_parser_reads_json_ld_and_job_links() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "JobPosting", "title": "Data Engineer",
     "url": "/careers/jobs/17", "jobLocation": {"@type": "Place", "address": {"addressLocality": "Lyon",
     "addressCountry": "FR"}}}]}</script></head><body>
    <a href="/careers">Careers</a> <a href="/privacy">Privacy</a>
    <a href="/careers/jobs/17">Data Engineer</a>
    <a href="https://other.example/careers/jobs/99">Analyst</a>
    <a href="/careers/jobs/18">Product Analyst</a></body></html>"""
    postings = {p.id: p for p in parse_page(html, "https://acme.example/careers")}
    assert set(postings) == {"url:https://acme.example/careers/jobs/17", "url:https://acme.example/careers/jobs/18",
                             "url:https://other.example/careers/jobs/99"}
    assert postings["url:https://acme.example/careers/jobs/17"].location == "Lyon, FR"
    assert postings["url:https://acme.example/careers/jobs/18"].title == "Product Analyst"


@pytest.mark.parametrize(("address", "allow", "refused"), [
    ("127.0.0.1", False, True), ("10.1.2.3", False, True), ("192.168.1.1", False, True),
    ("169.254.10.10", False, True), ("::1", False, True), ("fe80::1", False, True),
    ("::ffff:127.0.0.1", False, True), ("169.254.169.254", True, True), ("fd00:ec2::254", True, True),
    ("127.0.0.1", True, False), ("93.184.216.34", False, False),
])
def test_address_checks(address: str, allow: bool, refused: bool) -> None:
    assert (address_problem(ipaddress.ip_address(address), allow) is not None) is refused


def test_retry_after_takes_seconds_or_a_date() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert parse_retry_after(None, default=3600) == 3600
