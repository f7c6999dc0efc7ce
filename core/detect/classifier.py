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
# Quotations that are no citation: a status set on the reader's application ("auf „Abgelehnt“ gesetzt", "status:
# 'Rejected'", "marked as "Not selected""), and a letter relayed whole, which greets the reader ("Beste Sanne, ...").
_STATUS_BEFORE = re.compile(r"(?:status\w*|statut|estado|estatus|situacao|etapa|fase|phase|stage|(?:set|marked|moved|changed|"
                            r"updated) (?:to|as)|marque\w* comme|passee? (?:a|en)|marcad[oa] como|cambiad[oa] a|alterad[oa] para|"
                            r"gemarkeerd als|markiert als|gezet op|op|auf|als|to|as|en|a|para|como|comme)\W{0,3}$")
_STATUS_AFTER = re.compile(r"\W{0,3}(?:gesetzt|geandert|markiert|gezet|gewijzigd|gemarkeerd|zuruckgestuft)\b")
_STATUS_WORDS = re.compile(r"\b(?:status\w*|staat|steht|stand|statut|estado|estatus|situacao|set|marked|moved|changed|updated|gesetzt|"
                           r"geandert|markiert|gezet|gewijzigd|gemarkeerd|marque\w*|passee?|marcad[oa]|cambiad[oa]|alterad[oa])\b")
_RELAYED = re.compile(r'"(?:dear|hi|hello|beste|hallo|hoi|liebe[r]?|sehr geehrte[r]?|guten tag|hola|estimad[oa]|querid[oa]|'
                      r'ola|prezad[oa]|car[oa]|bonjour|cher|chere|madame|monsieur) ')


def _cited(quote: re.Match[str]) -> str:
    """A quotation as the phrase families read it: emptied when it is cited (an article's example, advice), kept when
    it is the status set on the reader's application or a letter relayed to the reader."""
    text, start, end = quote.string, quote.start(), quote.end()
    inner = quote.group()
    if _RELAYED.match(inner):
        return inner  # a job board relays the employer's letter, greeting and all
    if inner.count(" ") < 4 and len(inner) < 40:  # a label, not a sentence
        before = text[max(0, start - 60):start]
        if (_STATUS_BEFORE.search(before) and _STATUS_WORDS.search(before + text[end:end + 20])) or \
                _STATUS_AFTER.match(text, end):
            return inner[1:-1]  # read as the status it is: "auf abgelehnt gesetzt"
    return '""'


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


# A line that opens a new sentence even after a line with no full stop: a greeting, thanks or a sign-off.
_OPENER = re.compile(r"(?:cheers|thanks|thank you|best|regards|kind regards|talk soon|take care|keep in touch|groet\w*|"
                     r"gru(?:ss|ß)\w*|lg|vg|saludos|un saludo|abrazos?|besos|bises|cordialement|cumprimentos|beijos|"
                     r"abracos?|obrigad[oa]|gracias|merci|danke|bedankt|dank je|hoi|hey|hi|hello|hola|ola|hallo|bonjour|"
                     r"salut|ciao|p\.?s\.?)\b")
_WRAPPED = 50  # a line this long or longer may be prose wrapped at the margin: a capital after it may go on the sentence


def _line_ends(text: str, folded: str) -> str:
    """``folded`` with a line break wherever a line of ``text`` ends its sentence without a full stop: before a
    blank line, before a greeting or sign-off, or a short line before a capitalised one ("...you didn't get the
    job" / "keep in touch yeah?"). The same length as ``folded`` (or "" when the line-wise folding differs)."""
    pieces: list[str] = []
    previous, blank = "", False
    for line in text.split("\n"):
        stripped = line.strip()
        folded_line = fold(stripped) if stripped else ""
        if not folded_line:
            blank = blank or bool(pieces)
            continue
        if pieces:
            ends = blank or _OPENER.match(folded_line) or (len(previous) < _WRAPPED and stripped[:1].isupper())
            pieces.append("\n" if ends else " ")
        pieces.append(folded_line)
        previous, blank = stripped, False
    lines = "".join(pieces)
    lines = _QUOTED.sub(_cited, lines) if '"' in lines else lines
    return lines if lines.replace("\n", " ") == folded else ""


# What the other candidates have, or what the post asks for ("candidatos com mestrado", "kandidaten met een afgeronde
# master en", "another candidate whose experience with school networks"): not the thing the reader applied for.
_OTHERS_HAVE = re.compile(r"\b(?:candidat|kandida|applicant|bewerber|person|pessoa|someone|somebody|alguien|alguem|iemand|"
                          r"jemand|quelqu'un|profiel|perfil|profil|profile)\w*(?: \w+){0,2} (?:com|con|met|mit|with|avec|whose|"
                          r"cuya|cujo|cuja|wiens|deren|dont)\b[^.!?;]{0,60}$")
# ...which can only be a degree, a school or a funding scheme (a flat or a loan the others have is still a flat)
_QUALIFICATION = re.compile(r"(?:mestrado|master|maestria|school|schule|escola|escuela|colegio|ecole|toelating|admission|"
                            r"zulassung|studienplatz|stipend|scholarship|fellowship|beca|bourse|funding|financ|forderung)")
# A supported flat or a care home is a workplace ("el piso tutelado de Getafe"), not a flat to rent.
_CARE_FLAT = re.compile(r"piso (?:tutelado|de acogida|protegido|supervisado|asistido)")
_STUDIES = re.compile(r" (?:a|ao|en|no|na|al|para|em) (?:el |la |o |a |os |as )?(?:curso|programa|mestrado|master|licenciatura|"
                      r"grado|carrera|doutoramento|doctorado|universidad|faculdade|facultad|escola|escuela|colegio|"
                      r"bachillerato|posgrado|pos-graduacao)")
_SIGNATURE_LINES = 4  # the closing lines of a letter: a sign-off, a name, a title, the employer
_PUPIL = re.compile(r"\b(?:kind|kinder|kindes|child|children|enfants?|nin[oa]s?|hij[oa]s?|criancas?|filh[oa]s?|zoon|dochter|"
                    r"sohn|tochter|son|daughter|leerling\w*|pupils?|eleves?|alumn[oa]s?|alunos?|schuler\w*|baby|bebe)\b")


def _not_a_job(folded: str, lang: str, text: str | None, job_context: bool, spans: list[tuple[int, int]]) -> list[int]:
    """Where the text speaks of something other than a job (a loan, a paper, a flat...), leaving out the words that
    are no such thing here: a requirement the other candidates met, a Spanish "bolsa" (a pool of candidates for a
    post), a care flat as the workplace, and, in a mail about the reader's application (not their child's place),
    the employer's name in the signature ("Kindergarten Sonnenberg", "Escuela Infantil Patitos", "Plaza Nova
    Inmobiliaria")."""
    signature = len(folded)
    if job_context and text:
        closing: list[str] = []
        for line in reversed(text.rstrip().split("\n")):
            line = line.strip()
            if len(line) > 60 or len(closing) == _SIGNATURE_LINES or (line[-1:] in ".!?" and (
                    line.count(" ") >= 3 or line.rsplit(" ", 1)[-1][:1].islower())):
                break  # a sentence (or its end) is no signature line; "Ltd." and "S.A." are
            if line:
                closing.append(line)
        start = len(folded) - len(fold(" ".join(closing)))
        # not when the decision is among those lines, nor when a nursery or a school writes about the reader's child
        if closing and start >= max(b for _a, b in spans) and not _PUPIL.search(folded, 0, start):
            signature = start
    places = []
    for m in P.NOT_A_JOB.pattern.finditer(folded):
        word, start = m.group(), m.start()
        if start >= signature or (word.startswith("bolsa") and lang == "es") or _CARE_FLAT.match(folded, start):
            continue
        if _QUALIFICATION.match(word) and _OTHERS_HAVE.search(folded, max(0, start - 80), start):
            continue
        if word.startswith("admitid") and not _STUDIES.match(folded, m.end()) and not _PUPIL.search(folded):
            continue  # a bare "não foi admitida" names no course: public competitions admit candidates too
        places.append(start)
    return places


# Spanish and Portuguese share most short words, so a short note in one may be counted as the other ("Hola Lucía: te
# agradecemos ... para la temporada de Catador/a" reads as Portuguese): a word only the other writes brings its phrases in.
_SIBLING = {"pt": ("es", re.compile(r"\b(?:hola|gracias|usted|ustedes|mucho|muchas|lamentablemente|saludos|estimad[oa]|"
                                    r"hemos|nuestr[oa]s?|vamos a|podido|puesto|proceso de seleccion)\b")),
            "es": ("pt", re.compile(r"\b(?:ola|obrigad[oa]|voce|muito|infelizmente|nao|cumprimentos|prezad[oa]|"
                                    r"atenciosamente|vaga|processo seletivo)\b"))}


def _with_sibling(langs: list[str], folded: str) -> list[str]:
    sibling = _SIBLING.get(langs[0])
    if sibling and sibling[0] not in langs and sibling[1].search(folded, 0, 2000):
        return [*langs, sibling[0]]
    return langs


def _title_context(titled: str | None, subject: str | None, spans: list[tuple[int, int]], folded: str,
                   languages: tuple[str, ...]) -> bool:
    """A decision said to the reader ("we nemen je niet", "no has sido") or naming the post ("contratar a otra
    ceramista") under a subject that names that job title ("Technicus", "Ceramista"): the title is the job context a
    short note leaves out."""
    title = titled if titled is not None else P.subject_title(subject or "")
    if not title or P.UNPAID.search(folded):
        return False
    readers = [P.READER[code] for code in dict.fromkeys(languages) if code in P.READER]
    post = re.compile(rf"\b{re.escape(title[:max(4, len(title) - 2)])}")  # ceramista, chef, programmeur(s)
    return any(rx.search(folded, a, b) for a, b in spans for rx in (*readers, post))


@lru_cache(maxsize=64)
def _families_for(languages: tuple[str, ...]) -> tuple[tuple[Family, ...], tuple[Family, ...]]:
    """The decision and look-alike families to ask for a text in these languages (best first, each once)."""
    codes = dict.fromkeys(languages)
    return (tuple(f for code in codes for f in DECISIONS.get(code, [])),
            (*P.LOOKALIKES, *(f for code in codes for f in LOOKALIKES.get(code, []))))


def score_text(folded: str, lang: str, also: tuple[str, ...] = (), seen: Seen | None = None,
               job: bool | None = None, subject: str | None = None, text: str | None = None) -> tuple[float, list[str]]:
    """The summed evidence for a folded text and the reasons that fired (``also``: close runner-up languages;
    ``seen``, ``job``: the text's anchor scan and whether it has job words, when the caller knows; ``subject``: the
    mail's subject, whose job title may be the only job context of a short note; ``text``: the text before folding,
    whose line breaks may end a sentence that has no full stop)."""
    reasons: list[str] = []
    lines: str | None = None  # the folded text with the line breaks that end a sentence, when first needed
    titled: str | None = None  # the job title the subject names: asked only when it may matter
    if not (_Q_JOB.search(folded) if job is None else job):
        titled = P.subject_title(subject or "")
        if not titled:  # every rejection names the application, the role, the process or (in the subject) the title
            return -6.0, ["no job context (-6.0)"]
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
                if lines is None:
                    lines = _line_ends(text, folded) if text else ""
                cut = lines.find("\n", m.end(), span[1]) if lines else -1
                if cut < 0:
                    continue  # "has the role been filled?" asks; it decides nothing ("..., ok?" still decides)
                span = (span[0], cut)  # "...you didn't get the job\n\nkeep in touch yeah?": the line ended it
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
    yours = seen.has(_YOURS)  # ...or a job title in the subject and a decision said to the reader, below
    if yours:
        score += 1.0
        reasons.append("about the reader's application (+1.0)")
    elif seen.has(_STRONG):
        score += 0.5
        reasons.append("job context (+0.5)")
        if best < 4.0:  # "this position is no longer available" is news about a posting, not about the reader
            score -= 2.0
            reasons.append("a state of the role, not said of the reader's application (-2.0)")
    elif _title_context(titled, subject, spans, folded, (lang,)):
        yours = True
        score += 0.5
        reasons.append("a job title in the subject, the decision said to the reader or of the post (+0.5)")
        if best < 4.0:  # only the surest decisions stand on a subject's title alone
            score -= 2.0
            reasons.append("a weaker decision with only a title for job context (-2.0)")
    else:  # "application" alone may be a loan's, a card's or a flat's
        score -= 3.0
        reasons.append("no clear job context (-3.0)")
    not_job = _not_a_job(folded, lang, text, yours, spans) if seen.has(P.NOT_A_JOB) else []
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
    return _QUOTED.sub(_cited, folded) if '"' in folded else folded


def classify(message: Message) -> Verdict:
    own, forwards = own_text(message)
    extra = ["the sender forwards a decision they received (-4.0)"] if forwards else []
    folded = fold_own(message, own)
    langs = _with_sibling(ranked(folded), folded)
    lang = langs[0]
    job = bool(_Q_JOB.search(folded))
    seen = _INDEX.scan(folded)  # scanned when first asked: mail without job words never is
    score, reasons = score_text(folded, lang, tuple(langs[1:]), seen, job, message.subject,
                                (message.subject or "") + " .\n" + own)
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
    if _Q_JOB.search(folded) and not P.NOT_A_JOB.search(folded):  # one family: cheaper than a scan for all of them
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
