"""contacts: the people met in each hiring process, flagged as "connect with X" tasks.

For each rejection the plugin asks :func:`nextround.people.process_people` who the user dealt
with (writer, signers, Cc's, earlier interview and scheduling mail of the same company), keeps
one row per person across rejections (``nextround contacts``), rewrites the CSV and vCard
exports after each reaction and, with ``backend = "google"``, adds each person to Google
Contacts in a contact group. While the mailbox is scanned it keeps a light index of what
signatures say (titles, phones, LinkedIn URLs, role phrases) so that no mail is read twice.
"""

from __future__ import annotations

from typing import Any

from nextround import hookimpl
from nextround.app import App
from nextround.message import Message
from nextround.people import index_rows, process_people
from nextround.plugins.contacts.settings import ContactsConfig
from nextround.plugins.contacts.store import Contact, ContactStore, ensure_tables
from nextround.reactions import ReactionContext
from nextround.records import Rejection

__version__ = "0.1.0"


@hookimpl
def nextround_config_schema() -> type[ContactsConfig]:
    return ContactsConfig


@hookimpl
def nextround_startup(app: App) -> None:
    if not app.dry_run:
        ensure_tables(app.state)


@hookimpl
def nextround_index(message: Message, outcome: str, app: App) -> None:
    if outcome in ("own", "broken") or app.dry_run:
        return
    rows = index_rows(message, app.owner_addresses)
    if rows:
        ContactStore(app.state).write_index(message.key, message.date.timestamp() if message.date else None, rows)


def write_files(app: App, config: ContactsConfig, store: ContactStore) -> None:
    from nextround.plugins.contacts.export import write_exports

    write_exports(store.all(), app.output_path(config.csv_path, "contacts.csv"),
                  app.output_path(config.vcard_path, "contacts.vcf"), config.vcard_version, config.google_group)


def _describe(name: str, role: str | None, company: str | None) -> str:
    what = ", ".join(p for p in ((role or "").replace("_", " "), company or "") if p)
    return f"connect with {name}" + (f" ({what})" if what else "")


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    config: ContactsConfig = ctx.config or ContactsConfig()
    people = process_people(ctx.app, rejection, message)
    if not people:
        ctx.note(f"r{rejection.id}/nobody", f"nobody to connect with for rejection #{rejection.id}"
                 f" ({rejection.company or rejection.sender.email or '?'}): no person wrote, signed or was met")
        return
    if ctx.dry_run:
        for person in people:
            ctx.once(f"flag/{person.emails[0] if person.emails else person.name}", kind="contact",
                     description=_describe(person.name, person.role, person.company), perform=lambda: None)
        return
    store = ContactStore(ctx.app.state)
    flagged: list[Contact] = []
    try:
        for person in people:
            contact = store.upsert(person, rejection.id)
            flagged.append(contact)
            ctx.once(f"flag/{contact.key}", kind="contact",
                     description=_describe(contact.name, contact.role, contact.company),
                     perform=lambda contact=contact: f"contact #{contact.id}")
    finally:  # the files follow the state even when something above failed
        write_files(ctx.app, config, store)
    if config.backend == "google":
        from nextround.plugins.contacts.google_backend import GoogleContacts

        sync = GoogleContacts(ctx.app.config, config.google_group)
        for contact in flagged:
            sync.push(ctx, store, contact)


@hookimpl
def nextround_register_commands(cli: Any) -> None:
    from nextround.plugins.contacts.cli import register

    register(cli)
