"""The Google Contacts backend, through google-api-python-client against the local People API stub."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

PRIYA = "priya.natarajan@acme-robotics.example"


def _calls(stub, verb: str) -> int:
    return sum(1 for r in stub.requests if r.path.endswith(verb))


def test_google_contacts_added_once_found_and_updated_in_group(labelled_demo_config, nextround, google_stub,
                                                               tmp_path: Path):
    token = google_stub.write_token(tmp_path / "google-token.json")
    # Sam already has Priya in Google Contacts, with a phone number of their own.
    google_stub.people["people/c900"] = {
        "resourceName": "people/c900", "etag": "%Eown", "names": [{"givenName": "Priya", "familyName": "Natarajan"}],
        "emailAddresses": [{"value": PRIYA}], "phoneNumbers": [{"value": "+1 617 555 9999"}]}
    config = labelled_demo_config('backend = "google"\n' + google_stub.config(token))

    nextround("run", "--once", config=config, check=True)
    contacts = json.loads(nextround("contacts", "--json", config=config, check=True).stdout)
    groups = [g for g in google_stub.groups.values() if g["name"] == "nextround: connect"]
    assert len(groups) == 1
    group = groups[0]

    # one Google contact per person: Priya found by address and updated, the others created
    assert _calls(google_stub, "people:createContact") == len(contacts) - 1
    assert len(google_stub.people) == len(contacts)
    priya = next(c for c in contacts if PRIYA in c["emails"])
    assert priya["google_resource"] == "people/c900"
    stored = google_stub.people["people/c900"]
    assert stored["phoneNumbers"] == [{"value": "+1 617 555 9999"}]  # the user's own data is kept
    assert stored["organizations"] == [{"name": "Acme Robotics", "title": "Senior Technical Recruiter"}]
    assert stored["urls"][0]["value"] == "https://www.linkedin.com/in/priya-natarajan-recruiting"
    for c in contacts:
        assert c["google_resource"] in group["memberResourceNames"], c["name"]
        person = google_stub.people[c["google_resource"]]
        assert {e["value"] for e in person["emailAddresses"]} >= set(c["emails"])
    helen = google_stub.people[next(c["google_resource"] for c in contacts if c["name"] == "Helen Okafor")]
    assert helen["names"] == [{"givenName": "Helen", "familyName": "Okafor"}]

    # a second pass (and a restart) adds nothing and changes nothing
    before = len(google_stub.requests)
    nextround("run", "--once", config=config, check=True)
    later = google_stub.requests[before:]
    assert not [r for r in later if r.method in ("POST", "PATCH")]
    assert len(google_stub.people) == len(contacts)


def test_google_failure_is_retried_without_duplicates(labelled_demo_config, nextround, google_stub, tmp_path: Path):
    token = google_stub.write_token(tmp_path / "google-token.json")
    config = labelled_demo_config('backend = "google"\n' + google_stub.config(token))
    google_stub.revoke()  # the user revoked access: the reactions fail and say what to do
    proc = nextround("run", "--once", config=config)
    assert "auth google" in proc.stderr
    assert not google_stub.people

    assert (tmp_path / "out" / "contacts.csv").exists()  # the local files do not wait for Google
    token = google_stub.write_token(tmp_path / "google-token.json")  # `nextround auth google` again
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:  # as if the retry backoff had elapsed
        db.execute("UPDATE reactions SET next_attempt_at = 0 WHERE status = 'failed'")
    nextround("run", "--once", config=config, check=True)
    contacts = json.loads(nextround("contacts", "--json", config=config, check=True).stdout)
    assert len(google_stub.people) == len(contacts)
    assert all(c["google_resource"] for c in contacts)
