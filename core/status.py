"""Collect what `nextround status` shows, from the state file and the daemon's lock."""

from __future__ import annotations

from typing import Any

from nextround.config import Config
from nextround.lock import holder_pid
from nextround.state import State


def collect(config: Config) -> dict[str, Any]:
    path = config.state_path
    pid = holder_pid(path)
    doc: dict[str, Any] = {"state": str(path), "running": pid is not None, "pid": pid, "last_pass": None,
                           "messages": 0, "rejections": 0, "uncertain": 0, "duplicates": 0, "plugins": {}, "jobs": [],
                           "daemon_error": None}
    if not path.exists():
        return doc
    state = State(path)
    try:
        doc["last_pass"] = state.get_kv("last_pass")
        doc["daemon_error"] = state.get_kv("daemon_error")
        doc["messages"] = state.one("SELECT count(*) FROM messages")[0]
        doc["rejections"] = state.one("SELECT count(*) FROM rejections WHERE decision IN ('auto','confirmed')")[0]
        doc["uncertain"] = state.one("SELECT count(*) FROM rejections WHERE decision = 'uncertain'")[0]
        # copies of a letter already recorded (a resend, the reader's forward of it): no reactions of their own
        doc["duplicates"] = state.one("SELECT count(*) FROM messages WHERE outcome = 'duplicate'")[0]
        plugins: dict[str, Any] = {}
        for row in state.query("SELECT plugin, status, count(*) n FROM reactions GROUP BY plugin, status"):
            p = plugins.setdefault(row["plugin"], {"ok": 0, "failed": 0, "gave_up": 0, "effects": {}, "failures": []})
            p[row["status"]] = row["n"]
        for row in state.query("SELECT plugin, kind, count(*) n FROM effects WHERE status='done' GROUP BY 1, 2"):
            p = plugins.setdefault(row["plugin"], {"ok": 0, "failed": 0, "gave_up": 0, "effects": {}, "failures": []})
            p["effects"][row["kind"]] = row["n"]
        for row in state.query("SELECT * FROM reactions WHERE status != 'ok' ORDER BY updated_at DESC"):
            plugins[row["plugin"]]["failures"].append(
                {"rejection_id": row["rejection_id"], "attempts": row["attempts"], "status": row["status"],
                 "last_error": row["last_error"], "next_attempt_at": row["next_attempt_at"]})
        doc["plugins"] = plugins
        doc["jobs"] = [dict(r) for r in state.query("SELECT * FROM jobs ORDER BY name")]
    finally:
        state.close()
    return doc
