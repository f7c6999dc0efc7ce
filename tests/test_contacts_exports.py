"""CSV and vCard exports of the people to connect with: they parse back, in a spreadsheet and a contacts app."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from nextround.plugins.contacts.export import escape, fold_line


def parse_vcards(data: bytes) -> list[dict[str, list[tuple[str, str]]]]:
    """A small vCard reader: CRLF lines, unfolding, property -> [(params, unescaped value)]."""
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "every line must end in CRLF"
    lines = text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")
    cards, card = [], None
    for line in filter(None, lines):
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        if name == "BEGIN":
            card = {}
        elif name == "END":
            cards.append(card)
            card = None
        else:
            assert card is not None
            unescaped = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
            card.setdefault(name.upper(), []).append((params, unescaped))
    return cards


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_exports_parse_back(labelled_demo_config, nextround, tmp_path: Path, version: str):
    config = labelled_demo_config(f'vcard_version = "{version}"\n')
    nextround("run", "--once", config=config, check=True)
    contacts = json.loads(nextround("contacts", "--json", config=config, check=True).stdout)
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["contacts.csv", "contacts.vcf"]  # no temp files left

    raw_csv = (out / "contacts.csv").read_bytes()
    assert raw_csv.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheets open it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw_csv.decode("utf-8-sig"), newline="")))
    assert [r["name"] for r in rows] == [c["name"] for c in contacts]
    tomas = next(r for r in rows if r["name"] == "Tomás Herrera")
    assert tomas["title"] == "Staff Data Engineer, Data Platform"  # a comma inside a quoted field
    assert (tomas["first_name"], tomas["last_name"], tomas["role"]) == ("Tomás", "Herrera", "interviewer")
    assert tomas["emails"] == "tomas.herrera@acme-robotics.example"

    cards = parse_vcards((out / "contacts.vcf").read_bytes())
    assert len(cards) == len(contacts)
    by_fn = {card["FN"][0][1]: card for card in cards}
    assert set(by_fn) == {c["name"] for c in contacts}
    for card in cards:
        assert card["VERSION"] == [("", version)]
        assert len(card["UID"]) == 1
    helen = by_fn["Helen Okafor"]
    assert helen["TITLE"][0][1] == "Engineering Manager, Data Platform"
    assert helen["ORG"][0][1] == "Acme Robotics"
    assert helen["N"][0][1] == "Okafor;Helen;;;"
    assert helen["EMAIL"][0][1] == "helen.okafor@acme-robotics.example"
    assert helen["CATEGORIES"][0][1] == "nextround: connect"
    priya = by_fn["Priya Natarajan"]
    assert priya["URL"][0][1] == "https://www.linkedin.com/in/priya-natarajan-recruiting"
    assert priya["TEL"][0][1] == ("tel:+16175550132" if version == "4.0" else "+1 617 555 0132")
    assert "linkedin.com/search/results/people/" in priya["NOTE"][0][1]
    assert "Céleste Data SAS" in {c["ORG"][0][1] for c in cards if "ORG" in c}


def test_vcard_escaping_and_folding():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "NOTE:" + "Ünïcödé — " * 30
    folded = fold_line(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0], *(p[1:] for p in physical[1:])]) == line


def test_status_change_rewrites_exports(labelled_demo_config, nextround, tmp_path: Path):
    config = labelled_demo_config()
    nextround("run", "--once", config=config, check=True)
    contacts = json.loads(nextround("contacts", "--json", config=config, check=True).stdout)
    grace = next(c for c in contacts if c["name"] == "Grace Liu")
    nextround("contacts", "skip", str(grace["id"]), config=config, check=True)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "contacts.csv").read_text("utf-8-sig"), newline="")))
    assert next(r for r in rows if r["name"] == "Grace Liu")["status"] == "skipped"
    cards = parse_vcards((tmp_path / "out" / "contacts.vcf").read_bytes())
    grace_card = next(c for c in cards if c["FN"][0][1] == "Grace Liu")
    assert "(skipped)" in grace_card["NOTE"][0][1]
