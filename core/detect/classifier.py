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
from functools import lru_cache

from nextround.detect import learned
from nextround.detect import phrases as P
from nextround.detect.anchors import AnchorIndex, Seen
from nextround.detect.extract import extract
from nextround.detect.lang import ranked
from nextround.detect.languages import DECISIONS, LOOKALIKES
from nextround.detect.patterns import Family, fam, quick
from nextround.detect.text import fold, new_text, split_forward
from nextround.message import Message
from nextround.records import Verdict

BIAS = -1.5
NO_DECISION = "no decision phrase (-1.5)"
# The learned model's reading of mail in which the rules found no decision. From this probability, a possible
# rejection: a confidence under the default threshold (0.7) and over its uncertain margin (0.45), so it is listed for
# the user and nothing reacts to it. Never a rejection by itself: on new authors' mail its surest readings were right
# 20 times in 20, yet a retrained model read "we can't go on with your application without your diploma" at 0.98
# (bench/learned_rescue/README.md).
POSSIBLE_AT, POSSIBLE = 0.9, 0.6
# A quotation that follows a colon is a relay of the employer's words ("X replied to your application: "...""), not a citation.
_QUOTED = re.compile(r'(?<!:)(?<!: )"[^"]{0,300}"')
# An invitation-like phrase in a sentence that offers feedback or thanks for a finished step invites to nothing new.
_AFTERWARDS = re.compile(r"\b(?:feedback|terugkoppeling|ruckmeldung|retroalimentacion|devolutiva|"
                         r"thank(?:s| you) for (?:the time|your time|completing|taking part|taking the time|doing)|"
                         r"(?:vonden|was) het (?:prettig|leuk|fijn)|enjoyed)")
_FWD_TO = re.compile(r"^(?:to|an|a|à|para|aan|para): .*$", re.I | re.M)
_FORMAL = re.compile(r"^(?:dear |hello |hi |bonjour |chere? |liebe[r]? |sehr geehrte[r]? |hola |estimad[oa] |beste |geachte |ol[aá] |car[oa] )?"
                     r"(?:mr\.?|mrs\.?|ms\.?|madame|monsieur|mme|m\.|frau|herr|senora?|sra\.?|sr\.?|mevrouw|meneer|dhr\.?|mevr\.?|"
                     r"senhora?) ([^\s,:!]+)")
_GREETING = re.compile(r"^(?:dear|hi|hello|hey|bonjour|coucou|hallo|liebe[r]?|hola|querida?|beste|hoi|ola|oi|caro|cara|prezad[oa])?\s*([^\s,:!]+)")


# Patterns asked only whether they occur, in their faster form (same answers).
_Q_JOB, _Q_ROLE = quick(P.JOB), quick(P.JOB_ROLE)
_Q_NEWS, _Q_LIST = quick(P.NEWSLETTER), quick(P.MAILING_LIST)
# ...and as families, so that in job mail the anchor scan answers for them too
_YOURS, _STRONG = fam("the reader's application", 0.0, P.YOUR_APPLICATION.pattern), fam("job", 0.0, P.JOB_STRONG.pattern)
_NEWS, _OUTREACH = fam("newsletter", 0.0, P.NEWSLETTER.pattern), fam("outreach", 0.0, P.OUTREACH.pattern)


# A recruiter passing on their client's answer ("te reenvío la respuesta que me ha llegado del cliente") relays a
# decision about the reader, even when the forwarded mail greets the recruiter.
_CLIENT = re.compile(r"\b(?:(?:my|our|the|mi|nuestro|el|del|mon|notre|le|du|meu|nosso|o|do|mijn|onze|de) (?:client|cliente|klant|"
                     r"opdrachtgever)|(?:mein|unser|der|dem|des) (?:kunde|mandant|auftraggeber)\w*)\b")


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
    if not to_sender and (message.sender.name or message.sender.email):
        # "Madame Roux, ..." in the forwarded mail, sent on by amandine.roux@...: the surname is the sender's
        body = "\n".join(ln for ln in forwarded.split("\n") if ln.strip() and not re.match(r"^\s*[\w-]{2,12}\s?:", ln))
        m = _FORMAL.match(fold(body[:200]))
        names = set(re.split(r"[\s._-]+", fold(message.sender.name or "") + " " + (message.sender.email or "").split("@")[0].lower()))
        to_sender = bool(m and len(m.group(1)) > 2 and m.group(1) in names)
    folded_head = fold(head)
    if not (to_sender and P.OWNER_FORWARD.search(folded_head)) or _CLIENT.search(folded_head):
        return False
    # ...and a forwarded letter that names the reader ("gracias por presentarnos a Lucía") is about the reader
    reader = fold(message.to[0].name).split(" ")[0] if message.to and message.to[0].name else ""
    return not (len(reader) > 2 and re.search(rf"\b{re.escape(reader)}\b", fold(forwarded)))


# Every family the classifier asks about: one anchor scan per mail answers for all of them (see ``anchors``).
_INDEX = AnchorIndex([*(f for fs in DECISIONS.values() for f in fs), *P.SOFT, P.NOT_A_JOB, *P.LOOKALIKES,
                      *(f for fs in LOOKALIKES.values() for f in fs), *(f for _name, fs in P.CATEGORIES for f in fs),
                      _YOURS, _STRONG, _NEWS, _OUTREACH])


_END = re.compile(r"[.!?;]")
# A statement with a tag that asks for a nod ("we'll go with someone else, ok?"): it still says what it says.
_TAG_QUESTION = re.compile(r", (?:ok|okay|right|alright|yeah|ta|ne|nao e|sim|vale|eh|oke|toch|ja|hein|d'accord|non|no)\?$")
# Look-alikes that are other events in the process: inside the decision's own sentence they are part of it.
# (Withdrawals, referrals and the like say *whose* decision it is and always count.)
_EVENTS = frozenset(f"look-alike: {n}" for n in ("interview or assessment invitation", "application received",
                                                  "a rescheduled interview", "a decision to go ahead", "offer"))
_CONDITIONAL = re.compile(r"\b(?:until|unless|once|as soon as) you\b|\b(?:bis|sobald) sie\b|\btant que vous\b|"
                          r"\bhasta que (?:no )?(?:nos )?(?:envies|envie)|\buntil (?:we|i) (?:receive|get|have)\b|\bhasta que recibamos|"
                          r"\bate recebermos|\btant que nous n'aurons pas|\bpuede que\b|\bes posible que\b|\bpode ser que\b|"
                          r"\bil se peut que\b|\bsolange\b|\b(?:without|ohne|zonder|sans|sin|sem) (?:these|the|your|diese|die|ihre|deze|de|je|uw|ces|vos|"
                          r"estos|los|tus|sus|estes|os|seus) (?:\w+ )?(?:documents?|nachweise|unterlagen|dokumente|zeugnisse|documenten|"
                          r"stukken|pieces|documentos)\b|\b(?:may|might) have (?:chosen|gone|decided|opted)|\btotdat je\b|\bate que (?:voce|envie)|"
                          # "if you have not heard from us by then, consider it a no" decides nothing yet
                          r"\bfaute de reponse\b|\bsans (?:nouvelles|reponse) de (?:notre|nos)\b|\bif you (?:have not|haven't|do not|don't) "
                          r"(?:heard?|received?)\b|\b(?:wenn|falls) (?:sie|du) (?:\w+ ){0,4}(?:nichts|keine (?:nachricht|antwort|ruckmeldung))\b|"
                          r"\bsi no (?:recibes|recibe|tienes|tiene) (?:noticias|respuesta)\b|\bals (?:je|u) (?:\w+ ){0,4}(?:niets|geen (?:bericht|reactie))\b|"
                          r"\b(?:caso|se) (?:nao (?:receba|receber|tiver|tenha)) (?:\w+ )?(?:resposta|noticias|retorno)\b")

_Q_CONDITIONAL, _Q_AFTERWARDS = quick(_CONDITIONAL), quick(_AFTERWARDS)


def _sentence(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The sentence around a match (folded text has no line breaks; sentences end at . ! ? ;)."""
    lo = max(0, m.start() - 600)
    start = max(text.rfind(".", lo, m.start()), text.rfind("!", lo, m.start()), text.rfind("?", lo, m.start()),
                text.rfind(";", lo, m.start()), lo - 1) + 1
    end = _END.search(text, m.end())
    return start, end.end() if end else len(text)


def _outside(family: Family, text: str, spans: list[tuple[int, int]], seen: Seen) -> bool:
    """Does the look-alike occur outside the decision's own sentences? "Not selected for the next round" is one
    rejection, not a rejection plus an invitation to the next round."""
    if not seen.has(family):  # the quick answer first: most mail has none of these phrases anywhere
        return False
    for m in family.pattern.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        a, b = _sentence(text, m)
        if not _Q_AFTERWARDS.search(text, a, b):
            return True
    return False


@lru_cache(maxsize=64)
def _families_for(languages: tuple[str, ...]) -> tuple[tuple[Family, ...], tuple[Family, ...]]:
    """The decision and look-alike families to ask for a text in these languages (best first, each once)."""
    codes = dict.fromkeys(languages)
    return (tuple(f for code in codes for f in DECISIONS.get(code, [])),
            (*P.LOOKALIKES, *(f for code in codes for f in LOOKALIKES.get(code, []))))


def score_text(folded: str, lang: str, also: tuple[str, ...] = (), seen: Seen | None = None,
               job: bool | None = None) -> tuple[float, list[str]]:
    """The summed evidence for a folded text and the reasons that fired (``also``: close runner-up languages;
    ``seen``, ``job``: the text's anchor scan and whether it has job words, when the caller knows)."""
    reasons: list[str] = []
    if not (_Q_JOB.search(folded) if job is None else job):
        return -6.0, ["no job context (-6.0)"]  # every rejection names the application, the role or the process
    seen = seen or _INDEX.scan(folded)
    decision_families, lookalikes = _families_for((lang, *also))
    decisions: list[Family] = []
    spans: list[tuple[int, int]] = []
    for f in seen.narrow(decision_families):
        m = seen.find(f)
        if m:
            span = _sentence(folded, m)
            if _Q_CONDITIONAL.search(folded, span[0], span[1]):
                continue  # "we can't proceed until you upload your files" asks for something; it decides nothing
            if folded[span[1] - 1:span[1]] == "?" and not _TAG_QUESTION.search(folded, span[0], span[1]):
                continue  # "has the role been filled?" asks; it decides nothing ("..., ok?" still decides)
            decisions.append(f)
            spans.append(span)
            if len(decisions) == 3 and max(d.weight for d in decisions) >= 4.0:
                break  # a fourth decision changes neither the score nor the reading (same verdicts on 2,188 files)
    score = BIAS
    if decisions:
        best = max(f.weight for f in decisions)
        score += best + (0.5 if len(decisions) > 1 else 0.0)
        reasons += [f"decision: {f.name} (+{f.weight})" for f in decisions]
        soft = [f for f in P.SOFT if seen.has(f)]
        score += min(1.0, sum(f.weight for f in soft))
        reasons += [f"{f.name} (+{f.weight})" for f in soft]
    else:  # without a decision nothing below can make it a rejection; skip the look-alike work
        return score - 1.5, reasons + [NO_DECISION]
    if seen.has(_YOURS):
        score += 1.0
        reasons.append("about the reader's application (+1.0)")
    elif seen.has(_STRONG):
        score += 0.5
        reasons.append("job context (+0.5)")
        if best < 4.0:  # "this position is no longer available" is news about a posting, not about the reader
            score -= 2.0
            reasons.append("a state of the role, not said of the reader's application (-2.0)")
    else:  # "application" alone may be a loan's, a card's or a flat's
        score -= 3.0
        reasons.append("no clear job context (-3.0)")
    not_job = [m.start() for m in P.NOT_A_JOB.pattern.finditer(folded)] if seen.has(P.NOT_A_JOB) else []
    if not_job:
        # A loan, paper or flat named in the decision's own sentence vetoes it; named elsewhere in a mail whose
        # decision sentence speaks of a position (a refunded train ticket in a post-interview letter) it only weighs.
        inside = any(a <= pos < b for pos in not_job for a, b in spans)
        job_decision = any(_Q_ROLE.search(folded, a, b) for a, b in spans)
        weight = P.NOT_A_JOB.weight if not job_decision else (-2.5 if inside else -1.0)
        score += weight
        reasons.append(f"{P.NOT_A_JOB.name} ({weight})")
    for f in seen.narrow(lookalikes):
        if not (_outside(f, folded, spans, seen) if f.name in _EVENTS else seen.has(f)):
            continue
        score += f.weight
        reasons.append(f"{f.name} ({f.weight})")
    return score, reasons


def own_text(message: Message) -> tuple[str, bool]:
    """The text the sender wrote (no quoted reply; only the note above a decision the sender forwards), and whether
    the sender forwards a decision they received."""
    own, _quoted = new_text(message.text or "")
    head, forwarded = split_forward(own)
    if forwarded and _owner_forward(message, head, forwarded):
        return head, True
    return own, False


def _second_opinion(folded: str, confidence: float, reasons: list[str]) -> float:
    """Mail about the reader's application in which the rules found no decision: what the learned model reads in it.
    A likely rejection is a possible one, listed for the user to confirm; otherwise nothing changes."""
    reading = learned.probability(folded)
    if reading is None:  # no usable model file
        return confidence
    p, grams = reading
    if p < POSSIBLE_AT:
        reasons.append(f"the learned model reads no rejection (p={p:.2f})")
        return confidence
    words = ", ".join(f"'{g}'" for g in grams)
    reasons.append(f"possible rejection: the learned model reads one (p={p:.2f}; {words}); confirm or dismiss it")
    return POSSIBLE


def fold_own(message: Message, own: str) -> str:
    """The subject and the sender's own text, folded, as the phrase families read them."""
    folded = fold((message.subject or "") + " .\n" + own)
    return _QUOTED.sub('""', folded)  # a decision in quotation marks is cited, not made (articles, advice)


def classify(message: Message) -> Verdict:
    own, forwards = own_text(message)
    extra = ["the sender forwards a decision they received (-4.0)"] if forwards else []
    folded = fold_own(message, own)
    langs = ranked(folded)
    lang = langs[0]
    job = bool(_Q_JOB.search(folded))
    seen = _INDEX.scan(folded)  # scanned when first asked: mail without job words never is
    score, reasons = score_text(folded, lang, tuple(langs[1:]), seen, job)
    if extra:
        score -= 4.0
        reasons = extra + reasons
    if P.TRACKER_SENDER.search((message.sender.email or "").lower()) or P.TRACKER_SUBJECT.search(fold(message.subject or "")):
        score -= 6.0
        reasons.append("a code-hosting or issue-tracker notification (-6.0)")
    if message.headers.get("list-id") or _Q_LIST.search(folded):
        score -= 5.0
        reasons.append("sent through a mailing list (-5.0)")
    confidence = 1 / (1 + math.exp(-score))
    if reasons[-1:] == [NO_DECISION] and not extra and seen.has(_YOURS) and not seen.has(P.NOT_A_JOB):
        confidence = _second_opinion(folded, confidence, reasons)
    verdict = Verdict(is_rejection=confidence >= 0.5, confidence=confidence, reasons=reasons, lang=lang)
    if verdict.is_rejection:
        verdict.category = "rejection"
        extract(message, own, verdict)
    else:
        verdict.category = category(folded, bool(message.headers.get("list-id")), seen, job)
    return verdict


def describe(message: Message, verdict: Verdict) -> None:
    """Fill in the company, role, contact and careers link of job mail that is not called a rejection, for whoever
    reads the verdict (`classify`, `eval`): a rejection the rules missed still says whose it was. The daemon skips
    this: it acts on no such mail."""
    if verdict.is_rejection or verdict.category in (None, "newsletter", "rejection"):
        return  # a rejection (even below the threshold) has its fields; a plugin's verdict (no category) is its own
    own = own_text(message)[0]
    folded = fold_own(message, own)
    if _Q_JOB.search(folded) and not _INDEX.scan(folded).has(P.NOT_A_JOB):
        extract(message, own, verdict)


def category(folded: str, mailing_list: bool, seen: Seen | None = None, job: bool | None = None) -> str:
    """What kind of mail a non-rejection is; only job mail can be more than "newsletter" or "other"."""
    job = bool(_Q_JOB.search(folded)) if job is None else job
    seen = seen or _INDEX.scan(folded)
    if mailing_list or (seen.has(_NEWS) if job else _Q_NEWS.search(folded)):  # no scan for mail without job words
        return "newsletter"
    if not job:
        return "other"
    if seen.has(P.NOT_A_JOB):  # a loan or a flat "application" is not job mail
        return "other"
    if seen.has(_OUTREACH) and not seen.has(_YOURS):
        return "outreach"  # a recruiter's cold mail often proposes a call: it is outreach, not an interview
    for name, families in P.CATEGORIES:
        if any(seen.has(f) for f in families):
            return name
    return "other"
