"""A whole hiring process read from a real IMAP server (Dovecot): the people met are flagged."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path


def test_process_on_imap_server_flags_the_people_met(imap_account, labelled_demo_config, nextround, demo_expected,
                                                    demo_maildir: Path):
    # the Acme Robotics and Lumen Health processes, as they sit in Sam's INBOX
    files = {d["file"]: d for d in demo_expected if d["company"] in ("Acme Robotics", "Lumen Health")}
    for name in sorted(files):
        imap_account.append((demo_maildir / name).read_bytes(), flags=(b"\\Seen",))
    config = labelled_demo_config(textwrap.dedent(f"""
        [source.imap]
        host = "127.0.0.1"
        port = {imap_account.server.port}
        security = "none"
        username = "{imap_account.username}"
        password = {{ env = "CONTACTS_TEST_IMAP_PASSWORD" }}
        mode = "poll"
        initial_lookback_days = 3650
    """))
    config.write_text(config.read_text().replace('kind = "maildir"', 'kind = "imap"', 1))
    env = {"CONTACTS_TEST_IMAP_PASSWORD": imap_account.password}
    nextround("run", "--once", config=config, env=env, check=True)
    contacts = json.loads(nextround("contacts", "--json", config=config, env=env, check=True).stdout)

    expected = sorted((p["name"], p["email"], p["role"]) for d in files.values() for p in d["people"])
    assert sorted((c["name"], c["emails"][0], c["role"]) for c in contacts) == expected
    assert all(len(c["emails"]) == 1 and c["status"] == "new" for c in contacts)
    helen = next(c for c in contacts if c["name"] == "Helen Okafor")
    assert "<202608210945.b9fa4970.6d8bc0@acme-robotics.example>" in helen["messages"]
    assert helen["title"] == "Engineering Manager, Data Platform"

    # a second pass over the same server adds nobody
    nextround("run", "--once", config=config, env=env, check=True)
    again = json.loads(nextround("contacts", "--json", config=config, env=env, check=True).stdout)
    assert [c["id"] for c in again] == [c["id"] for c in contacts]
