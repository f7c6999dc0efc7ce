"""Rule-based rejection classifier: language-aware phrase families, weighed and explained.

The decision is read from what the sender wrote now (quoted replies are ignored). A message
needs a *decision* family (the application will not go ahead) to score high; job context and
regret wording add a little, look-alikes (invitations, offers, alerts, withdrawals) and
non-job subjects (papers, loans, flats...) pull the score down. The confidence is a logistic
squash of the sum, so each reason's weight is visible in the verdict.
"""

from __future__ import annotations

import math
import re

from nextround.detect import phrases as P
from nextround.detect.extract import extract
from nextround.detect.lang import detect
from nextround.detect.text import fold, new_text, split_forward
from nextround.message import Message
from nextround.records import Verdict

BIAS = -1.5
_QUOTED = re.compile(r'"[^"]{0,300}"')
_FWD_TO = re.compile(r"^(?:to|an|a|à|para|aan|para): .*$", re.I | re.M)
_GREETING = re.compile(r"^(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|querida?|beste|hoi|ola|oi|caro|cara|prezad[oa])?\s*([^\s,:!]+)")


def _owner_forward(message: Message, head: str, forwarded: str) -> bool:
    """Is the sender passing on a rejection *they* received (so nothing happened to the reader)?"""
    first = fold(message.sender.name).split(" ")[0] if message.sender.name else ""
    to_sender = False
    if message.sender.email:
        to_sender = any(message.sender.email in line.lower() for line in _FWD_TO.findall(forwarded[:2000]))
    if first and not to_sender:
        body = "\n".join(ln for ln in forwarded.split("\n") if ln.strip() and not re.match(r"^\s*[\w-]{2,12}\s?:", ln))
        m = _GREETING.match(fold(body[:200]))
        to_sender = bool(m and m.group(1).strip(",") == first)
    return to_sender and bool(P.OWNER_FORWARD.search(fold(head)))


def _fire(families: list[P.Family], text: str) -> list[P.Family]:
    return [f for f in families if f.search(text)]


def score_text(folded: str, lang: str) -> tuple[float, list[str]]:
    """The summed evidence for a folded text and the reasons that fired."""
    reasons: list[str] = []
    job = bool(P.JOB.search(folded))
    if not job:  # every rejection names the application, the role or the process; ordinary mail stops here
        return -6.0, ["no job context (-6.0)"]
    decisions = _fire(P.DECISION.get(lang, []), folded)
    if lang != "en":
        decisions += _fire(P.DECISION["en"], folded)
    score = BIAS
    if decisions:
        best = max(f.weight for f in decisions)
        score += best + (0.5 if len(decisions) > 1 else 0.0)
        reasons += [f"decision: {f.name} (+{f.weight})" for f in decisions]
        soft = _fire(P.SOFT, folded)
        score += min(1.0, sum(f.weight for f in soft))
        reasons += [f"{f.name} (+{f.weight})" for f in soft]
    else:  # without a decision nothing below can make it a rejection; skip the look-alike work
        return score - 1.5, reasons + ["no decision phrase (-1.5)"]
    if P.YOUR_APPLICATION.search(folded):
        score += 1.0
        reasons.append("about the reader's application (+1.0)")
    elif job:
        score += 0.5
        reasons.append("job context (+0.5)")
    else:
        score -= 3.0
        reasons.append("no job context (-3.0)")
    if P.NOT_A_JOB.search(folded):
        score += P.NOT_A_JOB.weight
        reasons.append(f"{P.NOT_A_JOB.name} ({P.NOT_A_JOB.weight})")
    for f in _fire(P.LOOKALIKES, folded):
        score += f.weight
        reasons.append(f"{f.name} ({f.weight})")
    return score, reasons


def classify(message: Message) -> Verdict:
    own, _quoted = new_text(message.text or "")
    head, forwarded = split_forward(own)
    extra: list[str] = []
    if forwarded and _owner_forward(message, head, forwarded):
        own = head
        extra.append("the sender forwards a decision they received (-4.0)")
    folded = fold((message.subject or "") + " .\n" + own)
    folded = _QUOTED.sub('""', folded)  # a decision in quotation marks is cited, not made (articles, advice)
    lang = detect(fold(own) or folded)
    score, reasons = score_text(folded, lang)
    if extra:
        score -= 4.0
        reasons = extra + reasons
    if message.headers.get("list-id"):
        score -= 3.0
        reasons.append("sent through a mailing list (-3.0)")
    confidence = 1 / (1 + math.exp(-score))
    verdict = Verdict(is_rejection=confidence >= 0.5, confidence=confidence, reasons=reasons, lang=lang)
    if verdict.is_rejection:
        extract(message, own, verdict)
    return verdict
