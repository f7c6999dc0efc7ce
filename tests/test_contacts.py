"""The contacts plugin through the real command line on the demo mailbox (issue 7)."""

from __future__ import annotations

import csv
import email
import email.policy
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from nextround.detect.extract import ATS_DOMAINS, is_no_reply


def _run_json(nextround, config: Path, *args: str) -> list[dict]:
    proc = nextround(*args, "--json", config=config, check=True)
    return json.loads(proc.stdout)


def _headers_by_message_id(maildir: Path) -> dict[str, tuple[set[str], str]]:
    """Message-ID -> (addresses in From/To/Cc/Reply-To, plain text), read straight from the files."""
    out = {}
    for path in sorted(maildir.glob("*/*")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        addrs = set()
        for header in ("From", "To", "Cc", "Reply-To"):
            for value in msg.get_all(header, []):
                addrs |= {a.addr_spec.lower() for a in value.addresses}
        body = msg.get_body(("plain", "html"))
        out[str(msg["Message-ID"])] = (addrs, body.get_content() if body else "")
    return out


def _expected_people(demo_expected: list[dict]) -> dict[str, list[dict]]:
    return {d["message_id"]: d["people"] for d in demo_expected if d["is_rejection"]}


def test_demo_people_flagged_once_with_roles_and_messages(labelled_demo_config, nextround, demo_expected,
                                                           demo_maildir):
    config = labelled_demo_config()
    nextround("run", "--once", config=config, check=True)
    contacts = _run_json(nextround, config, "contacts")
    rejections = {r["message_id"]: r["id"] for r in _run_json(nextround, config, "rejections")}

    by_email = {}
    for c in contacts:
        for e in c["emails"]:
            assert e not in by_email, f"{e} is in two rows"
            by_email[e] = c
    expected = _expected_people(demo_expected)
    all_expected = {p["email"]: p for people in expected.values() for p in people}
    # exactly the people of expected.json, once each, and nobody else
    assert sorted(by_email) == sorted(all_expected)
    assert len(contacts) == len(all_expected)
    for message_id, people in expected.items():
        rid = rejections[message_id]
        flagged = sorted(e for c in contacts if rid in c["rejection_ids"] for e in c["emails"])
        assert flagged == sorted(p["email"] for p in people), message_id
        for p in people:
            c = by_email[p["email"]]
            assert (c["name"], c["role"], c["status"]) == (p["name"], p["role"], "new")
    for c in contacts:  # ATS and no-reply senders are never people
        for e in c["emails"]:
            assert not is_no_reply(e) and not any(e.endswith(d) for d in ATS_DOMAINS)

    # each person's messages: the ones that show them, the key ones of their process included
    files = _headers_by_message_id(demo_maildir)
    for c in contacts:
        assert c["messages"], c["name"]
        for mid in c["messages"]:
            addrs, text = files[mid]
            assert set(c["emails"]) & addrs or c["name"] in text, (c["name"], mid)
    acme = "@acme-robotics.example>"
    assert {"<202608111540.a90d8e82.39a36f" + acme, "<202609041610.516cc885.69eeca" + acme} <= set(
        by_email["priya.natarajan@acme-robotics.example"]["messages"])
    assert "<202608201120.a04fbe66.99b075" + acme in by_email["tomas.herrera@acme-robotics.example"]["messages"]
    assert {"<202608201120.a04fbe66.99b075" + acme, "<202608210945.b9fa4970.6d8bc0" + acme} <= set(
        by_email["helen.okafor@acme-robotics.example"]["messages"])
    lumen = by_email["grace.liu@lumenhealth.example"]["messages"]
    assert "<202608280903.11ed352f.04c2ef@lumenhealth.example>" in lumen

    # what signatures give, and the LinkedIn search link (built, never fetched)
    priya = by_email["priya.natarajan@acme-robotics.example"]
    assert priya["company"] == "Acme Robotics"
    assert priya["title"] == "Senior Technical Recruiter"
    assert priya["phone"] == "+1 617 555 0132"
    assert priya["linkedin"] == "https://www.linkedin.com/in/priya-natarajan-recruiting"
    url = urlsplit(priya["linkedin_search_url"])
    assert (url.scheme, url.netloc, url.path) == ("https", "www.linkedin.com", "/search/results/people/")
    assert parse_qs(url.query) == {"keywords": ["Priya Natarajan Acme Robotics"]}
    assert by_email["helen.okafor@acme-robotics.example"]["title"] == "Engineering Manager, Data Platform"
    dana = by_email["dana.okoye@harborfinch.example"]  # Reply-To of an ATS mail she signed
    assert (dana["company"], dana["title"]) == ("Harbor & Finch", "Talent Acquisition")


def test_rerun_adds_nothing_and_status_survives(labelled_demo_config, nextround, tmp_path):
    config = labelled_demo_config()
    nextround("run", "--once", config=config, check=True)
    first = {c["id"]: c for c in _run_json(nextround, config, "contacts")}
    by_name = {c["name"]: c["id"] for c in first.values()}

    done = nextround("contacts", "done", str(by_name["Priya Natarajan"]), config=config, check=True)
    assert "Priya Natarajan" in done.stdout and "done" in done.stdout
    nextround("contacts", "skip", str(by_name["Tomás Herrera"]), config=config, check=True)
    csv_before = (tmp_path / "out" / "contacts.csv").read_bytes()

    nextround("run", "--once", config=config, check=True)
    again = {c["id"]: c for c in _run_json(nextround, config, "contacts")}
    assert again.keys() == first.keys()
    assert again[by_name["Priya Natarajan"]]["status"] == "done"
    assert again[by_name["Tomás Herrera"]]["status"] == "skipped"
    assert again[by_name["Helen Okafor"]]["status"] == "new"
    for cid, c in again.items():
        assert (c["messages"], c["rejection_ids"]) == (first[cid]["messages"], first[cid]["rejection_ids"])
    assert (tmp_path / "out" / "contacts.csv").read_bytes() == csv_before
    rows = list(csv.DictReader((tmp_path / "out" / "contacts.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {r["name"]: r["status"] for r in rows}["Priya Natarajan"] == "done"

    listing = nextround("contacts", config=config, check=True).stdout
    assert "[done] Priya Natarajan" in listing and "[skipped] Tomás Herrera" in listing
    assert "search: https://www.linkedin.com/search/results/people/?keywords=Helen+Okafor+Acme+Robotics" in listing
    only_new = _run_json(nextround, config, "contacts", "--status", "new")
    assert "Priya Natarajan" not in {c["name"] for c in only_new} and "Helen Okafor" in {c["name"] for c in only_new}


def test_unknown_contact_id_is_a_usage_error(labelled_demo_config, nextround):
    config = labelled_demo_config()
    nextround("run", "--once", config=config, check=True)
    proc = nextround("contacts", "done", "999", config=config)
    assert proc.returncode == 2
    assert "no contact #999" in proc.stderr


def test_same_person_in_a_later_process_is_one_row(labelled_demo_config, nextround, demo_maildir):
    """Priya rejects Sam again, months later, for another role: her row gains the rejection."""
    config = labelled_demo_config()
    nextround("run", "--once", config=config, check=True)
    raw = (
        "From: Priya Natarajan <Priya.Natarajan@acme-robotics.example>\r\n"
        "To: Sam Rivera <sam@example.net>\r\nCc: Ravi Menon <ravi.menon@acme-robotics.example>\r\n"
        "Subject: Your application for Analytics Lead\r\nDate: Mon, 23 Nov 2026 10:00:00 -0500\r\n"
        "Message-ID: <later-1@acme-robotics.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi Sam,\r\n\r\nThanks for applying again. We have decided not to move forward this time.\r\n\r\n"
        "Best,\r\nPriya Natarajan\r\nSenior Technical Recruiter | Acme Robotics\r\n")
    (demo_maildir / "new" / "1795900000.M1P1.test").write_bytes(raw.encode())
    label = {"message_id": "<later-1@acme-robotics.example>", "is_rejection": True, "company": "Acme Robotics",
             "role": "Analytics Lead", "contact_name": "Priya Natarajan",
             "contact_email": "priya.natarajan@acme-robotics.example", "careers_url": None, "lang": "en"}
    config = labelled_demo_config(labels=[label])
    nextround("run", "--once", config=config, check=True)
    contacts = _run_json(nextround, config, "contacts")
    priya = [c for c in contacts if "priya.natarajan@acme-robotics.example" in c["emails"]]
    assert len(priya) == 1 and len(priya[0]["rejection_ids"]) == 2
    assert "<later-1@acme-robotics.example>" in priya[0]["messages"]
    ravi = [c for c in contacts if c["emails"] == ["ravi.menon@acme-robotics.example"]]
    assert len(ravi) == 1 and ravi[0]["name"] == "Ravi Menon"
    assert len([c for c in contacts if c["name"] == "Tomás Herrera"]) == 1


def test_dry_run_plans_and_writes_nothing(labelled_demo_config, nextround, tmp_path):
    config = labelled_demo_config()
    proc = nextround("run", "--once", "--dry-run", config=config, check=True)
    assert "connect with Priya Natarajan (recruiter, Acme Robotics)" in proc.stdout + proc.stderr
    assert not (tmp_path / "out").exists()
    assert _run_json(nextround, config, "contacts") == []


def test_disabled_plugin_has_no_command(labelled_demo_config, nextround):
    config = labelled_demo_config(enabled='"demo_labels"')
    proc = nextround("contacts", config=config)
    assert proc.returncode == 2 and "No such command" in proc.stderr
