"""careers_watch end to end: the real CLI, a real local job-board server, real SQLite.

Rejection mails link to real vendor URLs (boards.greenhouse.io/..., jobs.lever.co/...); the config
points each vendor's API root at the local server, as a proxy would be configured.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from support.boards_server import BoardsServer

ROLE = "Senior Data Engineer"


# Senders name the company ("X via Greenhouse"), as ATS mail does, so these tests do not hinge on how
# well the extractor reads company names out of the text (its own tests cover that).
def rejection_mail(company: str, link: str, *, sender: str, when: datetime | None = None, n: int = 0) -> bytes:
    when = when or datetime.now(UTC) - timedelta(days=3)
    return textwrap.dedent(f"""\
        From: {sender}
        To: Sam Rivera <sam@example.net>
        Subject: Regarding your application to {company}
        Date: {format_datetime(when)}
        Message-ID: <careers-test-{n}@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"

        Dear Sam,

        {{thanks}}

        {{decision}}

        We encourage you to apply for future openings that match your skills and interests:
        {link}

        We wish you every success in your job search.

        {company}
        """).replace("{thanks}", f"Thank you for your interest in the {ROLE} position at {company} and for the time"
                     " you invested in your application.").replace(
        "{decision}", "After careful review, we have decided to pursue other candidates whose qualifications more"
        " closely match the needs of the role at this time.").encode()


def write_maildir(root: Path, mails: list[bytes]) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(mails):
        (root / "new" / f"17000000{i:02d}.M{i}P1.test").write_bytes(raw)
    return root


def careers_config(server: BoardsServer, extra: str = "", *, allow_private: bool = True) -> str:
    endpoints = ", ".join(f'{k} = "{v}"' for k, v in server.endpoints().items())
    return f"""
[plugins]
enabled = ["careers_watch"]

[plugins.careers_watch]
interval_minutes = 0
allow_private_addresses = {str(allow_private).lower()}
timeout_seconds = 1
probe = false
api_endpoints = {{ {endpoints} }}
{extra}
"""


# company, board token on the server, link in the rejection, sender
BOARDS = [
    ("Acme Robotics", "acmerobotics", "https://boards.greenhouse.io/acmerobotics",
     "Greenhouse <no-reply@greenhouse.io>"),
    ("Tidewater Mobility", "tidewater", "https://jobs.lever.co/tidewater", "Lever <no-reply@hire.lever.co>"),
    ("Lumen Health", "lumenhealth", "https://jobs.ashbyhq.com/lumenhealth", "Ashby <no-reply@ashbyhq.com>"),
    ("Quillstone Media", "quillstone", "https://jobs.smartrecruiters.com/quillstone",
     "SmartRecruiters <jobs@quillstone.example>"),
    ("Fichtenwerk Software", "fichtenwerk", "https://fichtenwerk.recruitee.com/",
     "Recruitee <jobs@fichtenwerk.example>"),
    ("Celeste Data", "celestedata", "https://apply.workable.com/celestedata/",
     "Workable <jobs@celeste-data.example>"),
    ("Ondina Systems", "ondina", "https://ondina.wd3.myworkdayjobs.com/en-US/Careers",
     "Workday <jobs@ondina.example>"),
    ("Bramble Labs", "bramblelabs", "{url}/careers/bramblelabs", "Talent <jobs@bramblelabs.example>"),
]


def _json(proc) -> list[dict]:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_each_ats_board_is_found_baselined_and_new_postings_reported_once(
        boards_server: BoardsServer, write_config: Callable[..., Path], nextround, tmp_path: Path) -> None:
    mails = []
    for n, (company, token, link, sender) in enumerate(BOARDS):
        boards_server.add(token, "1", "Office Manager")
        boards_server.add(token, "2", "Product Designer")
        boards_server.add(token, "5", "Account Executive")
        mails.append(rejection_mail(company, link.format(url=boards_server.url), sender=f"{company} via {sender}", n=n))
    maildir = write_maildir(tmp_path / "Maildir", mails)
    # min_score = 0: every new posting is reported, whatever role the extractor read (ranking has its own tests).
    config = write_config(careers_config(boards_server, "min_score = 0.0"), maildir=maildir)

    first = nextround("run", "--once", config=config)
    assert first.returncode == 0, first.stderr
    boards = {b["kind"]: b for b in _json(nextround("watch", "list", "--json", config=config))}
    assert set(boards) == {"greenhouse", "lever", "ashby", "smartrecruiters", "recruitee", "workable", "workday",
                           "page"}
    assert boards["workday"]["board_url"] == "https://ondina.wd3.myworkdayjobs.com/Careers"
    assert all(b["company"] for b in boards.values())
    for company, board in boards.items():
        assert board["baseline_at"], (company, board, first.stderr)
        assert board["postings"] == 3, (company, board)
        assert "rejection #" in board["found_by"]
    assert _json(nextround("openings", "--json", config=config)) == []

    for _company, token, _link, _sender in BOARDS:
        boards_server.remove(token, "2")  # a removed posting is not news
        boards_server.add(token, "3", "Data Engineer, Platform", "Berlin, Germany")
        boards_server.add(token, "4", "Receptionist")  # new, but nothing like the rejected role

    second = nextround("run", "--once", config=config)
    assert second.returncode == 0, second.stderr
    openings = _json(nextround("openings", "--json", config=config))
    assert sorted(o["board_url"] for o in openings) == sorted(2 * [b["board_url"] for b in boards.values()])
    assert {o["title"] for o in openings} == {"Data Engineer, Platform", "Receptionist"}  # not the removed one
    for o in openings:
        assert 0 <= o["score"] <= 1 and o["rejection_id"] and o["found_at"] and o["url"], o
        if "/careers/" not in o["board_url"]:  # a careers page's plain links carry no location
            assert "Germany" in (o["location"] or ""), o
        assert set(o) == {"company", "title", "url", "location", "score", "found_at", "board_url", "rejection_id"}
    assert second.stderr.count("new opening at") == 2 * len(BOARDS)

    third = nextround("run", "--once", config=config)
    assert third.returncode == 0, third.stderr
    assert len(_json(nextround("openings", "--json", config=config))) == 2 * len(BOARDS)
    assert "new opening at" not in third.stderr
    text = nextround("openings", config=config)
    assert f"{boards['workday']['company']}: Data Engineer, Platform" in text.stdout


def test_unchanged_board_is_fetched_conditionally(boards_server: BoardsServer, write_config, nextround,
                                                  tmp_path: Path) -> None:
    boards_server.add("steady", "1", "Data Engineer")
    extra = f"""
[[plugins.careers_watch.boards]]
company = "Steady Co"
url = "{boards_server.url}/gh/v1/boards/steady/jobs"
kind = "greenhouse"
"""
    config = write_config(careers_config(boards_server, extra), maildir=write_maildir(tmp_path / "Maildir", []))
    assert nextround("run", "--once", config=config).returncode == 0
    assert nextround("run", "--once", config=config).returncode == 0
    seen = boards_server.seen("/gh/v1/boards/steady/jobs")
    assert [r.status for r in seen] == [200, 304]
    assert "if-none-match" not in seen[0].headers
    assert seen[1].headers["if-none-match"] == seen[0].headers.get("etag") or seen[1].headers["if-none-match"]
    assert seen[1].headers.get("if-modified-since")
    assert seen[0].headers["user-agent"].startswith("nextround/")
    assert "cookie" not in seen[1].headers and "authorization" not in seen[1].headers
    boards = _json(nextround("watch", "list", "--json", config=config))
    assert boards[0]["found_by"] == "config" and boards[0]["last_error"] is None


def test_hostile_boards_are_refused_or_survived(boards_server: BoardsServer, write_config, nextround,
                                                tmp_path: Path) -> None:
    boards_server.add("fine", "1", "Data Engineer")
    extra = "".join(f"""
[[plugins.careers_watch.boards]]
company = "{name}"
url = "{boards_server.url}/gh/v1/boards/{token}/jobs"
kind = "greenhouse"
""" for name, token in (("Slow Co", "slowco"), ("Huge Co", "hugeco"), ("Meta Co", "metaco"),
                        ("Busy Co", "busyco"), ("Fine Co", "fine")))
    config = write_config(careers_config(boards_server, extra), maildir=write_maildir(tmp_path / "Maildir", []))
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()

    def one_line(company: str, words: str) -> None:
        hits = [line for line in lines if f"careers_watch: {company}:" in line]
        assert len(hits) == 1 and words in hits[0], (company, hits, proc.stderr)

    one_line("Slow Co", "timed out")
    one_line("Huge Co", "larger than the 2048 KB limit; refused")
    one_line("Meta Co", "169.254.169.254, a cloud metadata address")
    one_line("Busy Co", "HTTP 429")
    assert "Traceback" not in proc.stderr
    boards = {b["company"]: b for b in _json(nextround("watch", "list", "--json", config=config))}
    assert boards["Fine Co"]["baseline_at"] and boards["Fine Co"]["last_error"] is None
    assert boards["Busy Co"]["backoff_until"]

    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert len(boards_server.seen("/busyco/")) == 1  # Retry-After: 3600 is honoured
    assert len(boards_server.seen("/fine/")) == 2


def test_private_addresses_are_refused_unless_allowed(boards_server: BoardsServer, write_config, nextround,
                                                      tmp_path: Path) -> None:
    boards_server.add("inside", "1", "Data Engineer")
    maildir = write_maildir(tmp_path / "Maildir", [rejection_mail(
        "Inside Corp", f"{boards_server.url}/careers/inside", sender="Inside Corp via Talent <jobs@inside.example>")])
    config = write_config(careers_config(boards_server, allow_private=False), maildir=maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    refused = [line for line in proc.stderr.splitlines() if "refused" in line]
    assert len(refused) == 1 and "a loopback address" in refused[0], proc.stderr
    assert boards_server.seen("/careers/inside") == []
    boards = _json(nextround("watch", "list", "--json", config=config))
    assert boards[0]["kind"] == "page" and "refused" in boards[0]["last_error"]


def test_watch_add_list_remove(boards_server: BoardsServer, write_config, nextround, tmp_path: Path) -> None:
    boards_server.add("handpicked", "1", "Data Engineer")
    config = write_config(careers_config(boards_server), maildir=write_maildir(tmp_path / "Maildir", []))
    added = nextround("watch", "add", "Handpicked GmbH", "https://jobs.lever.co/handpicked", config=config)
    assert added.returncode == 0 and "lever" in added.stdout, added.stderr
    listing = nextround("watch", "list", config=config)
    assert "Handpicked GmbH" in listing.stdout and "added with `watch add`" in listing.stdout
    assert nextround("run", "--once", config=config).returncode == 0
    assert len(boards_server.seen("/lever/v0/postings/handpicked")) == 1
    removed = nextround("watch", "remove", "Handpicked GmbH", config=config)
    assert removed.returncode == 0 and "stopped watching" in removed.stdout
    assert nextround("run", "--once", config=config).returncode == 0
    assert len(boards_server.seen("/lever/v0/postings/handpicked")) == 1
    assert _json(nextround("watch", "list", "--json", config=config))[0]["status"] == "removed"
    missing = nextround("watch", "remove", "Nobody Inc", config=config)
    assert missing.returncode == 2 and "no watched board" in missing.stderr


def test_probe_finds_a_board_named_after_the_company(boards_server: BoardsServer, write_config, nextround,
                                                     tmp_path: Path) -> None:
    boards_server.add("bramblelabs", "1", "Data Engineer")
    mail = rejection_mail("Bramble Labs", "", sender="Bramble Labs via Talent <jo@bramblelabs.example>")
    config = write_config(careers_config(boards_server).replace("probe = false", "probe = true"),
                          maildir=write_maildir(tmp_path / "Maildir", [mail]))
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    boards = _json(nextround("watch", "list", "--json", config=config))
    assert len(boards) == 1 and boards[0]["kind"] == "greenhouse", proc.stderr
    assert "probe" in boards[0]["found_by"] and boards[0]["baseline_at"]
    assert len(boards_server.seen("/gh/")) == 1  # found on the first try: no more requests


def test_watch_stops_months_after_the_last_rejection(boards_server: BoardsServer, write_config, nextround,
                                                     tmp_path: Path) -> None:
    boards_server.add("oldco", "1", "Data Engineer")
    mail = rejection_mail("Oldfield Robotics", "https://boards.greenhouse.io/oldco",
                          sender="Oldfield Robotics via Greenhouse <no-reply@greenhouse.io>",
                          when=datetime.now(UTC) - timedelta(days=500))
    config = write_config(careers_config(boards_server), maildir=write_maildir(tmp_path / "Maildir", [mail]))
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    assert "stopped watching" in proc.stderr and "oldco" in proc.stderr
    assert boards_server.seen("/oldco/") == []
    assert _json(nextround("watch", "list", "--json", config=config))[0]["status"] == "expired"


@pytest.mark.usefixtures("boards_server")
def test_network_false_finds_the_demo_boards_and_fetches_nothing(write_config, nextround, demo_maildir: Path) -> None:
    config = write_config("[plugins.careers_watch]\nnetwork = false\n", maildir=demo_maildir)
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    boards = {b["board_url"]: b for b in _json(nextround("watch", "list", "--json", config=config))}
    for url, kind in (("https://boards.greenhouse.io/northwindanalytics", "greenhouse"),
                      ("https://jobs.lever.co/tidewatermobility", "lever"),
                      ("https://jobs.lever.co/harborfinch", "lever"),
                      ("https://jobs.ashbyhq.com/lumenhealth", "ashby"),
                      ("https://www.acme-robotics.example/careers", "page")):
        assert boards[url]["kind"] == kind, (url, sorted(boards))
    assert all(b["last_polled_at"] is None and b["baseline_at"] is None for b in boards.values())
    assert "network = false" in nextround("watch", "list", config=config).stdout


def test_new_postings_below_min_score_are_not_reported(boards_server: BoardsServer, write_config, nextround,
                                                       tmp_path: Path) -> None:
    boards_server.add("ranked", "1", "Office Manager")
    extra = f"""min_score = 0.6
keywords = ["data"]
locations = ["Berlin"]
[[plugins.careers_watch.boards]]
company = "Ranked Co"
url = "{boards_server.url}/lever/v0/postings/ranked?mode=json"
kind = "lever"
"""
    config = write_config(careers_config(boards_server, extra), maildir=write_maildir(tmp_path / "Maildir", []))
    assert nextround("run", "--once", config=config).returncode == 0
    boards_server.add("ranked", "2", "Data Engineer", "Berlin, Germany")
    boards_server.add("ranked", "3", "Receptionist", "Berlin, Germany")
    proc = nextround("run", "--once", config=config)
    assert proc.returncode == 0, proc.stderr
    openings = _json(nextround("openings", "--json", config=config))
    assert [(o["company"], o["title"]) for o in openings] == [("Ranked Co", "Data Engineer")]
    assert "'Receptionist' scores" in proc.stderr and "below min_score" in proc.stderr



# Two loose plugins hear of each new opening and log it. The second kills the process (no clean-up, as kill -9) the
# first time it is called for an opening the first one has already heard of.
EARS = """\
import os

def nextround_new_opening(opening):
    with open(os.environ["HEARD_LOG"], "a") as log:
        log.write(f"ears: {opening.title}\\n")
"""
KILLER = """\
import os
from pathlib import Path

def nextround_new_opening(opening):
    log, marker = Path(os.environ["HEARD_LOG"]), Path(os.environ["HEARD_LOG"] + ".killed")
    if not marker.exists() and f"ears: {opening.title}" in log.read_text():
        marker.write_text("")
        os._exit(9)
    with log.open("a") as out:
        out.write(f"killer: {opening.title}\\n")
"""


def test_a_crash_while_announcing_an_opening_repeats_it_to_no_plugin_that_had_it(
        boards_server: BoardsServer, write_config: Callable[..., Path], nextround, tmp_path: Path) -> None:
    company, token, link, sender = BOARDS[0]
    boards_server.add(token, "1", "Office Manager")
    maildir = write_maildir(tmp_path / "Maildir", [rejection_mail(company, link, sender=f"{company} via {sender}")])
    folder = tmp_path / "plugins"
    folder.mkdir(mode=0o755)
    for name, text in (("ears.py", EARS), ("killer.py", KILLER)):
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).chmod(0o644)
    config = write_config(careers_config(boards_server, "min_score = 0.0").replace(
        'enabled = ["careers_watch"]', f'enabled = ["careers_watch", "ears", "killer"]\npaths = ["{folder}"]'),
        maildir=maildir)
    heard = tmp_path / "heard.log"
    heard.touch()
    env = {"HEARD_LOG": str(heard)}
    assert nextround("run", "--once", config=config, env=env).returncode == 0  # the baseline: nothing new yet

    boards_server.add(token, "2", "Data Engineer")
    boards_server.add(token, "3", "Senior Data Engineer, Payments")
    crashed = nextround("run", "--once", config=config, env=env)
    assert crashed.returncode == 9, crashed.stderr  # killed while announcing (when not, the test proves nothing)
    again = nextround("run", "--once", config=config, env=env)
    assert again.returncode == 0, again.stderr
    assert nextround("run", "--once", config=config, env=env).returncode == 0

    lines = heard.read_text().splitlines()
    titles = ("Data Engineer", "Senior Data Engineer, Payments")
    want = [f"{who}: {title}" for who in ("ears", "killer") for title in titles]
    assert sorted(lines) == sorted(want)  # each plugin heard of each opening exactly once
