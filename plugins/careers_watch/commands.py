"""``nextround watch add/list/remove`` and ``nextround openings``."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click


def _when(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts).isoformat(timespec="seconds") if ts else None


def _open(obj: Any) -> Any:
    from nextround.plugins.careers_watch import poller, store

    app = obj.app()
    store.migrate(app.state)
    poller.sync_config_boards(app, poller.settings(app))
    return app


def register(cli: click.Group) -> None:
    @cli.group()
    def watch() -> None:
        """The job boards watched for new openings (found from rejections, or added by you)."""

    @watch.command(name="list")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def list_(obj: Any, as_json: bool) -> None:
        """Every board, how it was found, and how its watch stands."""
        from nextround.plugins.careers_watch import poller, store

        app = _open(obj)
        cfg = poller.settings(app)
        docs = []
        for row in store.boards(app.state):
            ref = poller.ref_of(row)
            docs.append({"id": row["id"], "company": row["company"], "kind": row["kind"],
                         "board_url": row["board_url"], "feed_url": ref.feed_url(cfg.api_endpoints),
                         "found_by": row["found_by"], "status": row["status"], "rejection_id": row["rejection_id"],
                         "baseline_at": _when(row["baselined_at"]), "last_polled_at": _when(row["last_polled_at"]),
                         "postings": row["postings"], "last_error": row["last_error"],
                         "backoff_until": _when(row["backoff_until"]),
                         "watch_until": _when(poller.watch_until(row, cfg))})
        probes = [{"company": p["company"], "domain": p["domain"], "status": p["status"], "result": p["result"]}
                  for p in app.state.query("SELECT * FROM careers_probes WHERE status != 'done' ORDER BY company")]
        network = cfg.network
        app.close()
        if as_json:
            click.echo(json.dumps(docs, ensure_ascii=False))
            return
        if not docs and not probes:
            click.echo("no boards watched yet")
        for d in docs:
            click.echo(f"#{d['id']:<3} {d['company']:<28} {d['kind']:<15} {d['board_url']}")
            state = d["status"] if d["status"] != "active" else (
                f"active, baseline {d['baseline_at']} ({d['postings']} postings)" if d["baseline_at"]
                else "active, not polled yet" + ("" if network else " (network = false)"))
            until = f"; until {d['watch_until'][:10]}" if d["watch_until"] and d["status"] == "active" else ""
            click.echo(f"     found by: {d['found_by']}; {state}{until}")
            if d["last_error"]:
                click.echo(f"     last error: {d['last_error']}")
        for p in probes:
            what = "will probe" if p["status"] == "pending" else "probed"
            click.echo(f"-    {p['company']:<28} no board known; {what} {p['domain']}"
                       + (f": {p['result']}" if p["result"] else ""))

    @watch.command()
    @click.argument("company")
    @click.argument("url")
    @click.option("--kind", type=click.Choice(["greenhouse", "lever", "ashby", "workable", "smartrecruiters",
                                               "recruitee", "workday", "page"]),
                  help="The board's kind (default: guessed from the URL).")
    @click.pass_obj
    def add(obj: Any, company: str, url: str, kind: str | None) -> None:
        """Watch COMPANY's board at URL (a board page, a posting or a feed URL)."""
        from nextround.plugins.careers_watch import store
        from nextround.plugins.careers_watch.urls import ref_for

        ref = ref_for(url, kind)
        if ref is None:
            raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
        app = _open(obj)
        board_id, new = store.add_board(app.state, company=company, kind=ref.kind, token=ref.token,
                                        region=ref.region, site=ref.site, feed=ref.feed, board_url=ref.board_url,
                                        found_by="added with `watch add`", revive=True)
        app.close()
        click.echo(f"#{board_id}: {'watching' if new else 'updated'} {company}'s {ref.kind} board {ref.board_url}")

    @watch.command()
    @click.argument("what", metavar="ID_OR_COMPANY")
    @click.pass_obj
    def remove(obj: Any, what: str) -> None:
        """Stop watching a board (by its #id) or every board of a company."""
        from nextround.plugins.careers_watch import store

        app = _open(obj)
        if what.lstrip("#").isdigit():
            rows = app.state.query("SELECT * FROM careers_boards WHERE id = ?", (int(what.lstrip("#")),))
        else:
            rows = app.state.query("SELECT * FROM careers_boards WHERE company_key = ?", (store.company_key(what),))
        for row in rows:
            store.update_board(app.state, row["id"], status=store.REMOVED)
        with app.state.tx() as db:
            for row in rows:
                db.execute("UPDATE careers_probes SET status = 'done', result = 'removed by the user'"
                           " WHERE company_key = ?", (row["company_key"],))
            if not rows:
                db.execute("UPDATE careers_probes SET status = 'done', result = 'removed by the user'"
                           " WHERE company_key = ?", (store.company_key(what),))
        app.close()
        if not rows:
            raise click.BadParameter(f"no watched board matches {what!r} (see `nextround watch list`)",
                                     param_hint="ID_OR_COMPANY")
        for row in rows:
            click.echo(f"#{row['id']}: stopped watching {row['company']}'s board {row['board_url']}")

    @cli.command()
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def openings(obj: Any, as_json: bool) -> None:
        """New openings at companies that turned you down, best match first per day."""
        from nextround.plugins.careers_watch import store

        app = _open(obj)
        docs = [{"company": r["company"], "title": r["title"], "url": r["url"], "location": r["location"],
                 "score": r["score"], "found_at": _when(r["found_at"]), "board_url": r["board_url"],
                 "rejection_id": r["rejection_id"]} for r in store.openings(app.state)]
        app.close()
        if as_json:
            click.echo(json.dumps(docs, ensure_ascii=False))
            return
        if not docs:
            click.echo("no new openings yet")
        for d in docs:
            where = f" ({d['location']})" if d["location"] else ""
            click.echo(f"{d['found_at'][:10]}  {d['company']}: {d['title']}{where}  [score {d['score']:.2f}]")
            click.echo(f"      {d['url'] or d['board_url']}")
