"""Rule-based rejection classifier: weighted signals, explained.

Each signal is a regular expression over the normalised new text (quotes removed) or the
subject, with a weight. The confidence is a logistic squash of the summed weights, so a single
strong decision phrase is enough, and look-alike signals (interview invitations, job alerts,
rejections of papers or loans) pull it down.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from nextround.detect.extract import extract
from nextround.detect.text import new_text, normalise
from nextround.message import Message
from nextround.records import Verdict


@dataclass(frozen=True)
class Signal:
    name: str
    pattern: re.Pattern[str]
    weight: float


def _s(name: str, weight: float, *patterns: str) -> Signal:
    return Signal(name, re.compile("|".join(f"(?:{p})" for p in patterns)), weight)


DECISION = [
    _s("phrase: decided to move forward with other candidates", 3.2,
       r"(decided|chosen|elected|opted) to (move|go) forward with (other|another|a different|different) (candidate|applicant|profile)",
       r"move forward with (other|another) candidates?"),
    _s("phrase: not to proceed with your application", 3.2,
       r"(not|won't|will not|unable to) (to )?(be )?(proceed|progress|move forward|continue)(ing)? with your (application|candidacy)",
       r"decided not to (proceed|progress|move forward|continue)",
       r"not (be )?(moving|taking) (you|your application|your candidacy) forward"),
    _s("phrase: unsuccessful application", 3.0,
       r"your application (was|has been|is) (unsuccessful|not successful|declined|rejected)",
       r"(have|has) not been (successful|selected|shortlisted)", r"were not (successful|selected)"),
    _s("phrase: pursue other candidates", 3.0,
       r"pursue (other|another) (candidates|applicants)",
       r"(candidates|applicants|profiles?) (whose|that) (experience|skills|background|qualifications) (more )?(closely|better) (match|align)"),
    _s("phrase: position has been filled", 2.6,
       r"(position|role|vacancy|job) (has|have) (now )?been filled", r"filled the (position|role)"),
    _s("phrase: not a match at this time", 2.4,
       r"not (a|the right) (match|fit) (for (this|the) (role|position))?( at this time)?",
       r"not the right fit", r"does not match our (current )?(needs|requirements)"),
    _s("phrase: not be offering / not selected", 2.8,
       r"(will|won't|will not) not? be (offering|extending)",
       r"not (been )?selected (you )?for (the|this|an) (interview|position|role|next)",
       r"unable to offer you"),
    _s("phrase: hiring freeze closes the application", 2.6,
       r"(hiring freeze|position (has been|was) (put on hold|cancelled|canceled|closed))",
       r"(closed|cancelled|canceled) (the|this) (position|role|requisition|opening)"),
]

SOFTENERS = [
    _s("regret wording", 0.9, r"\bunfortunately\b", r"\bregret\b", r"we are sorry", r"we're sorry"),
    _s("keep your CV on file", 0.7, r"keep your (cv|resume|résumé|details|profile) on (file|record)",
       r"future (opportunities|openings|vacancies)", r"encourage you to apply (again|in the future)"),
    _s("job application context", 0.8, r"\byour (application|candidacy|interest)\b", r"\bthe (position|role) of\b",
       r"\bapplying (for|to)\b", r"\bthank you for (your interest|applying)\b"),
]

LOOKALIKES = [
    _s("look-alike: interview or assessment invitation", -3.0,
       r"(invite|invitation|like to schedule|like to invite) (you )?(to|for) (an? )?(interview|call|assessment|chat)",
       r"please (book|choose|pick|select) a (time|slot)", r"next (step|round) (is|will be)"),
    _s("look-alike: offer", -3.5, r"pleased to (offer|extend)", r"offer letter", r"delighted to offer"),
    _s("look-alike: application received", -1.6,
       r"(we have|we've) received your application", r"thank you for (your )?appl(ying|ication).{0,60}(review|get back)"),
    _s("look-alike: job alert", -2.5, r"job alert", r"jobs? (you may|you might) (like|be interested)",
       r"new jobs? (matching|for you)", r"recommended jobs"),
    _s("look-alike: not a job (paper, grant, loan, flat, order)", -3.0,
       r"\b(manuscript|submission|paper|abstract|proposal|talk)\b.{0,80}\b(reviewers?|accepted|rejected|programme committee|program committee)",
       r"\b(grant|loan|credit|mortgage|tenancy|apartment|flat|rental|order|shipment|parcel|refund)\b"),
    _s("look-alike: your own withdrawal", -3.0, r"\b(withdraw|withdrawing|withdrawn) (my|your) (application|candidacy)"),
]


def _fire(signals: list[Signal], text: str) -> list[Signal]:
    return [s for s in signals if s.pattern.search(text)]


def classify(message: Message) -> Verdict:
    own, _quoted = new_text(message.text)
    text = normalise(message.subject + "\n" + own)
    fired = _fire(DECISION, text)
    score = -2.5 + sum(s.weight for s in fired[:2])
    if fired:
        score += sum(s.weight for s in _fire(SOFTENERS, text))
        fired += _fire(SOFTENERS, text)
    negatives = _fire(LOOKALIKES, text)
    score += sum(s.weight for s in negatives)
    fired += negatives
    confidence = 1 / (1 + math.exp(-score))
    is_rejection = confidence >= 0.5
    verdict = Verdict(is_rejection=is_rejection, confidence=confidence,
                      reasons=[s.name for s in fired] or ["no decision phrase found"], lang="en")
    if is_rejection:
        extract(message, own, verdict)
    return verdict
