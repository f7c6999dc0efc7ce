"""Commands that show what nextround found and did, and let the user correct it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click

from nextround.records import CONFIRMED, DISMISSED, REPEAT, UNCERTAIN


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _state(obj):
    from nextround.state import State

    return State(obj.config.state_path)


def register(cli: click.Group) -> None:
    @cli.command()
    @click.option("--uncertain", is_flag=True, help="Only messages near the threshold, for you to decide.")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def rejections(obj, uncertain: bool, as_json: bool) -> None:
        """Rejections found (confirm or dismiss the uncertain ones)."""
        state = _state(obj)
        # Without --uncertain: everything decided (found, confirmed, dismissed, repeats), each marked as such.
        where = "WHERE decision = ?" if uncertain else "WHERE decision != ?"
        rows = state.query(f"SELECT * FROM rejections {where} ORDER BY received_at", (UNCERTAIN,))
        docs = [{"id": r["id"], "received_at": _when(r["received_at"]), "company": r["company"],
                 "role": r["role"], "contact_name": r["contact_name"], "contact_email": r["contact_email"],
                 "careers_url": r["careers_url"], "lang": r["lang"], "confidence": round(r["confidence"], 3),
                 "decision": r["decision"], "subject": r["subject"], "from": r["from_addr"],
                 "message_id": r["message_id"], "reasons": json.loads(r["reasons_json"] or "[]")}
                for r in rows]
        state.close()
        if as_json:
            click.echo(json.dumps(docs, ensure_ascii=False))
            return
        if not docs:
            click.echo("no uncertain messages" if uncertain else "no rejections found yet")
        for d in docs:
            click.echo(f"#{d['id']:<4} {d['received_at']}  {d['company'] or '?'} — {d['role'] or d['subject']}"
                       f"  [{d['decision']}, {d['confidence']:.2f}]")
            if uncertain:
                click.echo(f"      from {d['from']}: {'; '.join(d['reasons'][:3])}")
            elif d["decision"] == REPEAT:  # nothing reacted: say why, and how to undo it
                click.echo(f"      {d['reasons'][-1] if d['reasons'] else 'a repeat'}: not acted on; if it answers"
                           f" another application, `nextround confirm {d['id']}`")
        if uncertain and docs:
            click.echo("decide with: nextround confirm ID  /  nextround dismiss ID")

    def _decide(obj, rejection_id: int, decision: str) -> None:
        state = _state(obj)
        row = state.one("SELECT decision FROM rejections WHERE id = ?", (rejection_id,))
        if row is None:
            state.close()
            raise click.BadParameter(f"no rejection #{rejection_id}", param_hint="ID")
        with state.tx() as db:
            db.execute("UPDATE rejections SET decision = ? WHERE id = ?", (decision, rejection_id))
        state.close()
        click.echo(f"#{rejection_id}: {row['decision']} -> {decision}"
                   + (" (plugins react on the next pass)" if decision == CONFIRMED else ""))

    @cli.command()
    @click.argument("rejection_id", type=int, metavar="ID")
    @click.pass_obj
    def confirm(obj, rejection_id: int) -> None:
        """Confirm that message ID is a rejection: plugins will react to it."""
        _decide(obj, rejection_id, CONFIRMED)

    @cli.command()
    @click.argument("rejection_id", type=int, metavar="ID")
    @click.pass_obj
    def dismiss(obj, rejection_id: int) -> None:
        """Dismiss message ID: not a rejection; no plugin will react to it."""
        _decide(obj, rejection_id, DISMISSED)

    @cli.command()
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def drafts(obj, as_json: bool) -> None:
        """Drafts written: for whom, about which rejection, and where (and why none, when none)."""
        state = _state(obj)
        rows = state.query(
            "SELECT e.*, r.company, r.role FROM effects e LEFT JOIN rejections r ON r.id = e.rejection_id"
            " WHERE e.kind IN ('draft', 'note') AND e.plugin = 'thank_you' ORDER BY e.rejection_id, e.created_at")
        docs = []
        for r in rows:
            parts = r["key"].split("/")  # thank_you's keys: r<id>/<kind>/<recipient>
            docs.append({"rejection_id": r["rejection_id"], "company": r["company"], "role": r["role"],
                         "kind": parts[1] if r["kind"] == "draft" and len(parts) > 2 else r["kind"],
                         "to": parts[2] if r["kind"] == "draft" and len(parts) > 2 else None,
                         "status": r["status"], "description": r["description"], "where": r["ref"],
                         "created_at": _when(r["created_at"])})
        state.close()
        if as_json:
            click.echo(json.dumps(docs, ensure_ascii=False))
            return
        if not docs:
            click.echo("no drafts yet")
        current = object()
        for d in docs:
            if d["rejection_id"] != current:
                current = d["rejection_id"]
                click.echo(f"#{current} {d['company'] or '?'}" + (f" — {d['role']}" if d["role"] else ""))
            pending = "" if d["status"] == "done" else " [pending: being written or interrupted]"
            click.echo(f"    {d['description']}{pending}")
            if d["where"] and d["kind"] != "note":
                click.echo(f"      {d['where']}")

    @cli.command()
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a page with charts.")
    @click.pass_obj
    def report(obj, as_json: bool, html_file: str | None) -> None:
        """Where your search has had traction: applications, rejections by company, stage and month."""
        from nextround.report import collect, render_html, render_text

        state = _state(obj)
        doc = collect(state)
        state.close()
        if html_file:
            with open(html_file, "w", encoding="utf-8") as fh:
                fh.write(render_html(doc))
        click.echo(json.dumps(doc, ensure_ascii=False) if as_json else render_text(doc))

    @cli.command()
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def status(obj, as_json: bool) -> None:
        """What the daemon is doing: last pass, counts, effects and failures per plugin."""
        from nextround.status import collect

        doc: dict[str, Any] = collect(obj.config)
        if as_json:
            click.echo(json.dumps(doc, ensure_ascii=False))
            return
        click.echo("daemon: " + (f"running (pid {doc['pid']})" if doc["running"] else "not running"))
        last = doc["last_pass"]
        click.echo(f"last pass: {_when(last['at']) if last else 'never'}"
                   + (f", {last['scanned']} new messages" if last else ""))
        click.echo(f"messages indexed: {doc['messages']}; rejections: {doc['rejections']}"
                   f" ({doc['uncertain']} uncertain; {doc['duplicates']} copies of a letter already seen)")
        for plugin, p in sorted(doc["plugins"].items()):
            click.echo(f"{plugin}: {p['ok']} ok, {p['failed']} failing, {p['gave_up']} gave up;"
                       f" effects: {p['effects']}")
            for failure in p["failures"]:
                click.echo(f"    #{failure['rejection_id']} attempt {failure['attempts']}: {failure['last_error']}")
        for job in doc["jobs"]:
            error = f"; last error: {job['last_error']}" if job.get("last_error") else ""
            click.echo(f"job {job['name']}: last run {_when(job['last_run_at'])},"
                       f" next {_when(job.get('next_run_at'))}{error}")
        if doc.get("daemon_error"):
            click.echo(f"last daemon error ({_when(doc['daemon_error']['at'])}): {doc['daemon_error']['error']}")
