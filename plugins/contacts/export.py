"""CSV and vCard files of the people to connect with, rewritten whole and atomically."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from nextround.plugins.contacts.store import Contact

CSV_FIELDS = ["id", "name", "first_name", "last_name", "company", "title", "role", "emails", "phone",
              "linkedin", "linkedin_search_url", "status", "messages", "rejection_ids"]
GROUP = "nextround: connect"


def write_atomic(path: Path, data: bytes) -> None:
    """Write a temporary file next to ``path``, flush it to disk, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def split_name(name: str) -> tuple[str, str]:
    """(given, family): the last word is the family name; good enough for a contacts app."""
    parts = name.split()
    if len(parts) < 2:
        return name, ""
    return " ".join(parts[:-1]), parts[-1]


def csv_bytes(contacts: Iterable[Contact]) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheets pick the encoding), CRLF rows, RFC 4180 quoting."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for c in contacts:
        first, last = split_name(c.name)
        writer.writerow([c.id, c.name, first, last, c.company or "", c.title or "", c.role or "",
                         "; ".join(c.emails), c.phone or "", c.linkedin or "", c.linkedin_search_url, c.status,
                         " ".join(c.messages), " ".join(str(r) for r in c.rejection_ids)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def escape(value: str) -> str:
    """vCard TEXT escaping (RFC 6350 3.4 / RFC 2426 4): backslash, comma, semicolon, newline."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (continuations start with a space)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _tel(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


def vcard(c: Contact, version: str, group: str = GROUP) -> str:
    first, last = split_name(c.name)
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"UID:{'urn:uuid:' if v4 else ''}{c.uid}",
             f"FN:{escape(c.name)}", f"N:{escape(last)};{escape(first)};;;"]
    if c.company:
        lines.append(f"ORG:{escape(c.company)}")
    if c.title:
        lines.append(f"TITLE:{escape(c.title)}")
    for i, email in enumerate(c.emails):
        pref = (";PREF=1" if v4 else ",PREF") if i == 0 else ""
        lines.append(f"EMAIL;TYPE={'work' if v4 else 'INTERNET,WORK'}{pref}:{email}")
    if c.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{_tel(c.phone)}" if v4 else f"TEL;TYPE=WORK,VOICE:{c.phone}")
    if c.linkedin:
        lines.append(f"URL;TYPE=linkedin:{c.linkedin}" if v4 else f"URL:{c.linkedin}")
    lines.append(f"CATEGORIES:{escape(group)}")
    note = f"nextround: connect ({c.status})"
    if c.role:
        note += f"; {c.role.replace('_', ' ')}"
    if c.company:
        note += f" at {c.company}"
    note += f"\nLinkedIn search: {c.linkedin_search_url}"
    lines += [f"NOTE:{escape(note)}", "END:VCARD"]
    return "".join(fold_line(line) + "\r\n" for line in lines)


def vcard_bytes(contacts: Iterable[Contact], version: str, group: str = GROUP) -> bytes:
    return "".join(vcard(c, version, group) for c in contacts).encode("utf-8")


def write_exports(contacts: list[Contact], csv_path: Path, vcard_path: Path, version: str, group: str) -> None:
    write_atomic(csv_path, csv_bytes(contacts))
    write_atomic(vcard_path, vcard_bytes(contacts, version, group))
