"""careers_watch: tell the user when a company that said no opens a role again.

Each rejection's board is found (a link to the company's ATS board in the mail, its careers link,
or a small probe of the company's mail domain) and recorded with how it was found; the user can
correct the list with ``nextround watch add/list/remove``. A periodic job polls the boards that
are due, politely (conditional requests, one request per board per poll where the feed allows,
Retry-After honoured), and reports postings that appeared after the first poll, ranked against the
rejected role: through the ``nextround_new_opening`` hook and ``nextround openings``.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from nextround import hookimpl
from nextround.plugins.careers_watch.settings import CareersWatchConfig

if TYPE_CHECKING:
    import click

    from nextround.app import App
    from nextround.message import Message
    from nextround.reactions import ReactionContext
    from nextround.records import Opening, PeriodicJob, Rejection

__version__ = "0.1.0"
log = logging.getLogger("nextround.careers_watch")


@hookimpl
def nextround_config_schema() -> type[CareersWatchConfig]:
    return CareersWatchConfig


@hookimpl
def nextround_startup(app: App) -> None:
    from nextround.plugins.careers_watch import poller, store

    store.migrate(app.state)
    if not app.dry_run:
        poller.sync_config_boards(app, poller.settings(app))


@hookimpl
def nextround_react(rejection: Rejection, message: Message, ctx: ReactionContext) -> None:
    from nextround.plugins.careers_watch import store
    from nextround.plugins.careers_watch.discover import boards_in, probe_domain

    config: CareersWatchConfig = ctx.config or CareersWatchConfig()
    state = ctx.app.state
    store.migrate(state)
    company = rejection.company or ""
    rejected_at = rejection.received_at.timestamp() if rejection.received_at else time.time()
    found_boards = boards_in(rejection, message)
    if not company and not found_boards:
        ctx.note(f"r{rejection.id}/no-company", f"no board watched for rejection #{rejection.id}: no company named")
        return
    for found in found_boards:
        ref = found.ref
        # A board linked from the mail is worth watching even when no company name was read from it.
        company = rejection.company or _name_from(ref)
        key = f"r{rejection.id}/watch/{ref.kind}:{ref.token}:{ref.region}:{ref.site}"

        def perform(ref=ref, how=found.how, company=company) -> str:
            store.add_board(state, company=company, kind=ref.kind, token=ref.token, region=ref.region,
                            site=ref.site, feed=ref.feed, board_url=ref.board_url, found_by=how,
                            rejection_id=rejection.id, role=rejection.role, rejected_at=rejected_at)
            return ref.board_url

        ctx.once(key, kind="watch", description=f"watch {company}'s {ref.kind} board ({found.how})",
                 perform=perform)
    if found_boards:
        return
    key = store.company_key(company)
    existing = state.query("SELECT id FROM careers_boards WHERE company_key = ?", (key,))
    if existing:
        def extend() -> str | None:
            with state.tx() as db:
                db.execute("UPDATE careers_boards SET last_rejection_at = MAX(COALESCE(last_rejection_at, 0), ?),"
                           " rejection_id = ?, role = COALESCE(?, role) WHERE company_key = ?",
                           (rejected_at, rejection.id, rejection.role, key))
            return None

        ctx.once(f"r{rejection.id}/extend", kind="note",
                 description=f"{company}: already watched; the watch now runs from rejection #{rejection.id}",
                 perform=extend)
        return
    domain, hint = probe_domain(rejection)
    if not config.probe or not domain:
        ctx.note(f"r{rejection.id}/no-board", f"no job board for {company} in rejection #{rejection.id}"
                 + ("" if config.probe else " (probing is off)") + "; add one with `nextround watch add`")
        return

    def queue() -> str:
        with state.tx() as db:
            db.execute("INSERT OR IGNORE INTO careers_probes (company_key, company, domain, vendor_hint,"
                       " rejection_id, status) VALUES (?, ?, ?, ?, ?, 'pending')",
                       (key, company, domain, hint, rejection.id))
        return domain

    ctx.once(f"r{rejection.id}/probe", kind="note",
             description=f"no job board for {company} in rejection #{rejection.id}; will look for one"
                         f" from {domain}" + ("" if config.network else " (when network is on)"),
             perform=queue)


def _name_from(ref: object) -> str:
    from urllib.parse import urlsplit

    token = str(getattr(ref, "token", ""))
    if getattr(ref, "kind", "") == "page":
        host = urlsplit(token).hostname or token
        return host.removeprefix("www.").split(".")[0].capitalize()
    return token.replace("-", " ").replace("_", " ").title()


@hookimpl
def nextround_register_jobs(app: App) -> list[PeriodicJob]:
    from nextround.plugins.careers_watch.poller import run_poll, settings
    from nextround.records import PeriodicJob

    config = settings(app)
    if not config.network:
        return []
    # The job wakes often; each board keeps its own (jittered) next poll time.
    tick = min(config.interval_minutes, 60)
    return [PeriodicJob("poll-boards", timedelta(minutes=tick), run_poll, jitter=0.1 if tick else 0.0)]


@hookimpl
def nextround_new_opening(opening: Opening, app: App) -> None:
    where = f" ({opening.location})" if opening.location else ""
    log.info("careers_watch: new opening at %s: %s%s, score %.2f: %s", opening.company, opening.title, where,
             opening.score, opening.url or opening.board_url)


@hookimpl
def nextround_register_commands(cli: click.Group) -> None:
    from nextround.plugins.careers_watch.commands import register

    register(cli)
