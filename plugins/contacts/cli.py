"""`nextround contacts`: list the people to connect with; `contacts done ID` / `contacts skip ID`."""

from __future__ import annotations

import json
from typing import Any

import click

from nextround.plugins.contacts.store import DONE, NEW, SKIPPED, Contact, ContactStore


def _line(c: Contact) -> str:
    what = ", ".join(p for p in ((c.role or "").replace("_", " "), c.title or "", c.company or "") if p)
    return f"#{c.id:<4} [{c.status}] {c.name}" + (f" — {what}" if what else "")


def _set_status(obj: Any, contact_id: int, status: str) -> None:
    from nextround.plugins.contacts import write_files
    from nextround.plugins.contacts.settings import ContactsConfig

    app = obj.app()
    try:
        store = ContactStore(app.state)
        before = store.get(contact_id)
        if before is None:
            raise click.BadParameter(f"no contact #{contact_id} (see `nextround contacts`)", param_hint="ID")
        store.set_status(contact_id, status)
        write_files(app, app.plugin_config("contacts") or ContactsConfig(), store)
    finally:
        app.close()
    click.echo(f"#{contact_id} {before.name}: {before.status} -> {status}")


def register(cli: click.Group) -> None:
    @cli.group(invoke_without_command=True)
    @click.option("--json", "as_json", is_flag=True, help="A JSON array of objects.")
    @click.option("--status", "only", type=click.Choice([NEW, DONE, SKIPPED]), help="Only contacts with this status.")
    @click.pass_context
    def contacts(ctx: click.Context, as_json: bool, only: str | None) -> None:
        """People met in each hiring process, to connect with (mark with `done ID` / `skip ID`)."""
        if ctx.invoked_subcommand is not None:
            return
        app = ctx.obj.app()
        try:
            rows = [c for c in ContactStore(app.state).all() if only is None or c.status == only]
        finally:
            app.close()
        if as_json:
            click.echo(json.dumps([c.as_json() for c in rows], ensure_ascii=False))
            return
        if not rows:
            click.echo("no contacts yet" if only is None else f"no contacts with status {only}")
            return
        for c in rows:
            click.echo(_line(c))
            details = [*c.emails, c.phone or "", c.linkedin or ""]
            click.echo("      " + " · ".join(d for d in details if d))
            click.echo(f"      search: {c.linkedin_search_url}")
        if any(c.status == NEW for c in rows):
            click.echo("mark with: nextround contacts done ID  /  nextround contacts skip ID")

    @contacts.command()
    @click.argument("contact_id", type=int, metavar="ID")
    @click.pass_obj
    def done(obj: Any, contact_id: int) -> None:
        """Mark contact ID as connected with."""
        _set_status(obj, contact_id, DONE)

    @contacts.command()
    @click.argument("contact_id", type=int, metavar="ID")
    @click.pass_obj
    def skip(obj: Any, contact_id: int) -> None:
        """Mark contact ID as skipped (you will not connect)."""
        _set_status(obj, contact_id, SKIPPED)
