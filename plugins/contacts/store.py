"""The contacts plugin's tables: its light index of signatures and the "connect with" tasks."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from nextround.people import INDEX_TABLE, IndexRow, Person, fold, linkedin_search_url, looks_like_name, person_key
from nextround.state import State

NEW, DONE, SKIPPED = "new", "done", "skipped"

MIGRATIONS = [
    f"""
    CREATE TABLE {INDEX_TABLE} (        -- what signatures add to the core's header index
        message_key TEXT NOT NULL,
        date REAL,
        via TEXT NOT NULL,              -- 'from' | 'reply_to' | 'body'
        email TEXT NOT NULL,            -- '' for a person only named in the body
        name TEXT NOT NULL,
        title TEXT, phone TEXT, linkedin TEXT,
        role_hint TEXT,                 -- 'recruiter' | 'interviewer' | 'hiring_manager'
        PRIMARY KEY (message_key, via, email, name)
    );
    CREATE INDEX contacts_index_email ON {INDEX_TABLE}(email);
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,       -- the first address, or name:<company>:<name>
        name TEXT NOT NULL,
        company TEXT, title TEXT, role TEXT, phone TEXT, linkedin TEXT,
        status TEXT NOT NULL DEFAULT 'new',   -- 'new' | 'done' | 'skipped'
        emails_json TEXT NOT NULL DEFAULT '[]',
        messages_json TEXT NOT NULL DEFAULT '[]',
        rejections_json TEXT NOT NULL DEFAULT '[]',
        google_resource TEXT,           -- people/c123 once the Google contact exists
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE contact_emails (
        email TEXT PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id)
    );
    """,
]

def ensure_tables(state: State) -> None:
    """Create or upgrade the plugin's tables once per open database (cheap on every later call)."""
    if not getattr(state, "_contacts_tables", False):
        state.migrate("contacts", MIGRATIONS)
        state._contacts_tables = True  # type: ignore[attr-defined]


@dataclass
class Contact:
    id: int
    key: str
    name: str
    company: str | None
    title: str | None
    role: str | None
    phone: str | None
    linkedin: str | None
    status: str
    emails: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    rejection_ids: list[int] = field(default_factory=list)
    google_resource: str | None = None

    @property
    def uid(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "nextround:contact:" + self.key))

    @property
    def linkedin_search_url(self) -> str:
        return linkedin_search_url(self.name, self.company)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "emails": self.emails, "company": self.company,
                "title": self.title, "role": self.role, "phone": self.phone, "linkedin": self.linkedin,
                "linkedin_search_url": self.linkedin_search_url, "status": self.status,
                "messages": self.messages, "rejection_ids": self.rejection_ids,
                "google_resource": self.google_resource}


def _contact(row: Any) -> Contact:
    return Contact(id=row["id"], key=row["key"], name=row["name"], company=row["company"], title=row["title"],
                   role=row["role"], phone=row["phone"], linkedin=row["linkedin"], status=row["status"],
                   emails=json.loads(row["emails_json"]), messages=json.loads(row["messages_json"]),
                   rejection_ids=json.loads(row["rejections_json"]), google_resource=row["google_resource"])


def _union(old: list[Any], new: list[Any]) -> list[Any]:
    return old + [x for x in new if x not in old]


class ContactStore:
    def __init__(self, state: State) -> None:
        self.state = state
        ensure_tables(state)

    # -- the index -------------------------------------------------------------------------------
    def write_index(self, message_key: str, date: float | None, rows: list[IndexRow]) -> None:
        with self.state.tx() as db:
            db.execute(f"DELETE FROM {INDEX_TABLE} WHERE message_key = ?", (message_key,))
            db.executemany(
                f"INSERT OR REPLACE INTO {INDEX_TABLE} (message_key, date, via, email, name, title, phone,"
                " linkedin, role_hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(message_key, date, r.via, r.email, r.name, r.title, r.phone, r.linkedin, r.role_hint)
                 for r in rows])

    # -- contacts --------------------------------------------------------------------------------
    def all(self) -> list[Contact]:
        return [_contact(r) for r in self.state.query("SELECT * FROM contacts ORDER BY id")]

    def get(self, contact_id: int) -> Contact | None:
        row = self.state.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        return _contact(row) if row else None

    def find(self, person: Person) -> Contact | None:
        """The row for this person: by any address; a name-only person (or a row without
        addresses) by the same name at the same company."""
        for email in person.emails:
            row = self.state.one("SELECT c.* FROM contacts c JOIN contact_emails e ON e.contact_id = c.id"
                                 " WHERE e.email = ?", (email.lower(),))
            if row:
                return _contact(row)
        if not looks_like_name(person.name):
            return None
        for row in self.state.query("SELECT * FROM contacts"):
            c = _contact(row)
            if fold(c.name) == fold(person.name) and fold(c.company or "") == fold(person.company or "") and (
                    not person.emails or not c.emails):
                return c
        return None

    def upsert(self, person: Person, rejection_id: int) -> Contact:
        """Add the person, or merge what is new into their row; the status is never reset."""
        now = time.time()
        found = self.find(person)
        with self.state.tx() as db:
            if found is None:
                cur = db.execute(
                    "INSERT INTO contacts (key, name, company, title, role, phone, linkedin, status, emails_json,"
                    " messages_json, rejections_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?, ?)",
                    (person_key(person), person.name, person.company, person.title, person.role, person.phone,
                     person.linkedin, NEW, json.dumps(person.emails), json.dumps(person.message_ids),
                     json.dumps([rejection_id]), now, now))
                contact_id = int(cur.lastrowid or 0)
            else:
                contact_id = found.id
                name = found.name if looks_like_name(found.name) or not person.name else person.name
                db.execute(
                    "UPDATE contacts SET name = ?, company = ?, title = ?, role = ?, phone = ?, linkedin = ?,"
                    " emails_json = ?, messages_json = ?, rejections_json = ?, updated_at = ? WHERE id = ?",
                    (name, found.company or person.company, person.title or found.title, found.role or person.role,
                     person.phone or found.phone, person.linkedin or found.linkedin,
                     json.dumps(_union(found.emails, person.emails)),
                     json.dumps(_union(found.messages, person.message_ids)),
                     json.dumps(_union(found.rejection_ids, [rejection_id])), now, contact_id))
            for email in person.emails:
                db.execute("INSERT OR IGNORE INTO contact_emails (email, contact_id) VALUES (?, ?)",
                           (email.lower(), contact_id))
        contact = self.get(contact_id)
        assert contact is not None
        return contact

    def set_status(self, contact_id: int, status: str) -> Contact | None:
        with self.state.tx() as db:
            db.execute("UPDATE contacts SET status = ?, updated_at = ? WHERE id = ?", (status, time.time(), contact_id))
        return self.get(contact_id)

    def set_google_resource(self, contact_id: int, resource: str) -> None:
        with self.state.tx() as db:
            db.execute("UPDATE contacts SET google_resource = ? WHERE id = ?", (resource, contact_id))
