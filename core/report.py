"""`nextround report`: where the search has had traction, from the mail nextround has indexed.

Seed advice: "Where have you had the most traction?" The report counts applications seen,
rejections by company, stage and month, and the time from application to answer.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nextround.state import State

# Subject words for when the classifier gave no category (older state, a plugin classifier).
_ACK = re.compile(r"application (received|confirmation)|thank(s| you) for (applying|your application)|"
                  r"bewerbung (eingegangen|erhalten)|eingangsbest|candidature (reçue|bien reçue)|"
                  r"hemos recibido|solicitud recibida|sollicitatie ontvangen|candidatura recebida", re.I)
_INTERVIEW = re.compile(r"interview|vorstellungsgespr|gespräch|entretien|entrevista|gesprek|sollicitatiegesprek|"
                        r"call with|chat with|next steps?", re.I)


@dataclass
class CompanyStory:
    company: str
    applied_at: float | None = None
    interviewed: bool = False
    rejected_at: list[float] = field(default_factory=list)


def _domain(addr: str | None) -> str:
    return (addr or "").rsplit("@", 1)[-1].lower()


def _mentions(message: Any, company_key: str) -> bool:
    """The message is about this company: named in the subject, or sent from its domain."""
    squashed = re.sub(r"[^a-z0-9]", "", company_key)
    return company_key in (message["subject"] or "").casefold() or bool(squashed) and squashed in re.sub(
        r"[^a-z0-9]", "", _domain(message["from_addr"]).rsplit(".", 1)[0])


def collect(state: State) -> dict[str, Any]:
    rejections = state.query("SELECT * FROM rejections WHERE decision IN ('auto', 'confirmed') ORDER BY received_at")
    messages = state.query("SELECT date, from_addr, subject, category, outcome FROM messages WHERE outcome != 'own'")
    acks = [m for m in messages if m["category"] == "application_received"
            or (m["category"] is None and _ACK.search(m["subject"] or ""))]
    interviews = [m for m in messages if m["category"] == "interview"
                  or (m["category"] is None and m["outcome"] == "other" and _INTERVIEW.search(m["subject"] or ""))]
    stories: dict[str, CompanyStory] = {}
    for r in rejections:
        name = r["company"] or _domain(r["from_addr"]) or "unknown"
        story = stories.setdefault(name.casefold(), CompanyStory(name))
        story.rejected_at.append(r["received_at"] or r["created_at"])
    for story in stories.values():
        key = story.company.casefold()
        earlier = [m["date"] for m in acks if _mentions(m, key) and m["date"]]
        story.applied_at = min(earlier) if earlier else None
        story.interviewed = any(_mentions(m, key) for m in interviews)
    by_month = Counter(datetime.fromtimestamp(t).strftime("%Y-%m") for s in stories.values() for t in s.rejected_at)
    apps_by_month = Counter(datetime.fromtimestamp(m["date"]).strftime("%Y-%m") for m in acks if m["date"])
    waits = [(min(s.rejected_at) - s.applied_at) / 86400 for s in stories.values()
             if s.applied_at and s.rejected_at and min(s.rejected_at) >= s.applied_at]
    stage = Counter("after interview" if s.interviewed else "after application" for s in stories.values())
    companies = sorted(stories.values(), key=lambda s: (-len(s.rejected_at), s.company))
    return {
        "applications_seen": len(acks),
        "rejections": len(rejections),
        "companies": [{"company": s.company, "rejections": len(s.rejected_at),
                       "stage": "after interview" if s.interviewed else "after application",
                       "days_to_answer": round((min(s.rejected_at) - s.applied_at) / 86400, 1)
                       if s.applied_at and min(s.rejected_at) >= s.applied_at else None} for s in companies],
        "by_stage": dict(stage),
        "rejections_by_month": dict(sorted(by_month.items())),
        "applications_by_month": dict(sorted(apps_by_month.items())),
        "median_days_to_answer": round(sorted(waits)[len(waits) // 2], 1) if waits else None,
    }


def render_text(doc: dict[str, Any]) -> str:
    lines = [f"applications seen: {doc['applications_seen']}; rejections: {doc['rejections']}"]
    if doc["median_days_to_answer"] is not None:
        lines.append(f"median time from application to answer: {doc['median_days_to_answer']} days")
    lines.append("by stage: " + (", ".join(f"{k}: {v}" for k, v in doc["by_stage"].items()) or "-"))
    lines.append("\nby company:")
    for c in doc["companies"]:
        wait = f", answered after {c['days_to_answer']} days" if c["days_to_answer"] is not None else ""
        lines.append(f"  {c['company']}: {c['rejections']} ({c['stage']}{wait})")
    lines.append("\nby month (applications / rejections):")
    months = sorted(set(doc["rejections_by_month"]) | set(doc["applications_by_month"]))
    for m in months:
        lines.append(f"  {m}: {doc['applications_by_month'].get(m, 0)} / {doc['rejections_by_month'].get(m, 0)}")
    return "\n".join(lines)


def _bars(title: str, data: dict[str, int]) -> str:
    """A small horizontal bar chart as inline SVG (no plotting library needed)."""
    if not data:
        return f"<h2>{html.escape(title)}</h2><p>nothing yet</p>"
    top = max(data.values()) or 1
    row, width = 22, 420
    rows = []
    for i, (label, value) in enumerate(data.items()):
        bar = int((width - 160) * value / top)
        y = i * row
        rows.append(f'<text x="0" y="{y + 15}" font-size="12">{html.escape(str(label))[:24]}</text>'
                    f'<rect x="160" y="{y + 4}" width="{bar}" height="14" fill="#4a7bd0"/>'
                    f'<text x="{166 + bar}" y="{y + 15}" font-size="12">{value}</text>')
    height = row * len(data) + 4
    return (f"<h2>{html.escape(title)}</h2><svg xmlns='http://www.w3.org/2000/svg' width='{width + 40}' "
            f"height='{height}' role='img' aria-label='{html.escape(title)}'>{''.join(rows)}</svg>")


def render_html(doc: dict[str, Any]) -> str:
    by_company = {c["company"]: c["rejections"] for c in doc["companies"]}
    parts = [
        "<!doctype html><html lang='en'><meta charset='utf-8'><title>nextround: traction report</title>",
        "<body style='font-family:sans-serif;max-width:720px;margin:2em auto'>",
        "<h1>Where the search has had traction</h1>",
        f"<p>{doc['applications_seen']} applications seen, {doc['rejections']} rejections"
        + (f"; median answer after {doc['median_days_to_answer']} days" if doc["median_days_to_answer"] else "")
        + ".</p>",
        _bars("Rejections by stage", doc["by_stage"]),
        _bars("Rejections by company", by_company),
        _bars("Applications by month", doc["applications_by_month"]),
        _bars("Rejections by month", doc["rejections_by_month"]),
        "</body></html>",
    ]
    return "\n".join(parts)
