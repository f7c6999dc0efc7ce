"""Rule-based rejection classifier: language-aware phrase families, weighed and explained.

The decision is read from what the sender wrote now (quoted replies are ignored; ``reading`` prepares that text). A message
needs a *decision* family (the application will not go ahead) to score high; job context and
regret wording add a little, look-alikes (invitations, offers, alerts, withdrawals) and
non-job subjects (papers, loans, flats...) pull the score down. The confidence is a logistic
squash of the sum, so each reason's weight is visible in the verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache

from nextround.detect import learned
from nextround.detect import phrases as P
from nextround.detect.anchors import AnchorIndex, Seen
from nextround.detect.extract import extract
from nextround.detect.lang import ranked
from nextround.detect.languages import DECISIONS, LOOKALIKES
from nextround.detect.patterns import Family, fam, quick
from nextround.detect.reading import (
    decided_about_other,
    fold_own,
    forwarded_to_other,
    line_ends,
    names_client,
    own_raw,
    own_text,
    reader_asked,
    relay_as_reader,
)
from nextround.detect.text import fold, new_text
from nextround.message import Message
from nextround.records import Verdict

BIAS = -1.5
NO_DECISION = "no decision phrase (-1.5)"
# The whole reading of mail without a single job word; the reader's earlier job mail from the sender (see
# ``classify``'s ``thread``) may say what it is about instead.
NO_JOB_CONTEXT = "no job context (-6.0)"
# The learned model's reading of mail in which the rules found no decision. From this probability, a possible
# rejection: a confidence under the default threshold (0.7) and over its uncertain margin (0.45), so it is listed for
# the user and nothing reacts to it. Never a rejection by itself: on new authors' mail its surest readings were right
# 20 times in 20, yet a retrained model read "we can't go on with your application without your diploma" at 0.98
# (bench/learned_rescue/README.md).
POSSIBLE_AT, POSSIBLE = 0.9, 0.6


# An invitation-like phrase in a sentence that offers feedback or thanks for a finished step invites to nothing new.
_AFTERWARDS = re.compile(r"\b(?:feedback|terugkoppeling|ruckmeldung|retroalimentacion|devolutiva|"
                         r"thank(?:s| you) for (?:the time|your time|completing|taking part|taking the time|doing)|"
                         r"(?:vonden|was) het (?:prettig|leuk|fijn)|enjoyed)")


# Patterns asked only whether they occur, in their faster form (same answers).
_Q_JOB, _Q_ROLE = quick(P.JOB), quick(P.JOB_ROLE)
_Q_NEWS, _Q_LIST = quick(P.NEWSLETTER), quick(P.MAILING_LIST)  # (every mailing-list phrase has "list" or "lijst")
_Q_STAGE, _Q_EMPLOYED = quick(P.STAGE_OR_TEAM), quick(P.EMPLOYED)
# ...and as families, so that in job mail the anchor scan answers for them too
_YOURS, _STRONG = fam("the reader's application", 0.0, P.YOUR_APPLICATION.pattern), fam("job", 0.0, P.JOB_STRONG.pattern)
_NEWS, _OUTREACH = fam("newsletter", 0.0, P.NEWSLETTER.pattern), fam("outreach", 0.0, P.OUTREACH.pattern)
_STAGE, _EMPLOYED = fam("stage or team", 0.0, P.STAGE_OR_TEAM.pattern), fam("employed", 0.0, P.EMPLOYED.pattern)


# Every family the classifier asks about: one anchor scan per mail answers for all of them (see ``anchors``).
_INDEX = AnchorIndex([*(f for fs in DECISIONS.values() for f in fs), *P.SOFT, P.NOT_A_JOB, *P.LOOKALIKES,
                      *(f for fs in LOOKALIKES.values() for f in fs), *(f for _name, fs in P.CATEGORIES for f in fs),
                      _YOURS, _STRONG, _NEWS, _OUTREACH, _STAGE, _EMPLOYED])


_END = re.compile(r"[.!?;]")
# A statement with a tag that asks for a nod ("we'll go with someone else, ok?"): it still says what it says.
_TAG_QUESTION = re.compile(r", (?:ok|okay|right|alright|yeah|ta|ne|nao e|sim|vale|eh|oke|toch|ja|hein|d'accord|non|no)\?$|"
                           # ...and a request to pass a decision on to the reader, as a relay reads it ("wil je Sam
                           # laten weten dat we ... hebben gekozen?": "je laten weten"); not to someone else
                           r"\b(?:let you know|tell you|(?:je|jou|u) laten weten|laten (?:je|jou|u) weten|(?:informar|avisar|"
                           r"comunicar a?) (?:o |a |ao )?voce|(?:ihnen|sie|dir|dich) (?:\w+ ){0,2}(?:mitteilen|sagen|ausrichten)|"
                           r"vous (?:informer|dire|prevenir)) (?:\w+ ){0,3}?(?:that|dat|dass|que)\b[^?]*\?$")
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

# A clause that opens with a condition or a counterfactual ("Sollten Sie ..., können wir ...", "Falls/Wenn Sie ...,
# müssten wir ...", "Hätten wir ..., hätten wir ...", "Should you not ...", "Had we ...", "Mocht u ...", "Si vous ne ...
# pas, ...", "En caso de que ...", "Caso não ...") before the decision makes the decision its consequence. Only when it
# comes first (at the sentence's start or after a greeting's comma): "leider nicht, sollten sich neue Stellen ergeben,
# ..." after a decision still decides, and so does "falls du es noch nicht gehört hast: ...".
_CONDITION_FIRST = re.compile(r"(?:(?:hallo|hi|hello|hey|dear|liebe[r]?|sehr geehrte[r]?|guten tag|beste|geachte|hoi|bonjour|"
                              r"chere?|madame|monsieur|hola|estimad[oa]|querid[oa]|ola|oi|prezad[oa]|car[oa])\b[^,:]{0,40}[,:] )?"
                              r"(?:sollten? (?:sie|du|ihr|sich|es|wir|die|der|das|ihre?)|(?:falls|sofern) |"
                              r"wenn (?!auch|gleich|ich ehrlich|wir ehrlich)|hatten? (?:wir|sie|du|ich) |waren? (?:wir|sie|du) (?!leider)|"
                              r"should (?:you|your|we|the|it) |had (?:we|you|there been) |unless |"
                              r"if (?:you|your|we do not|we don't|we can't|we cannot) |in case you (?!haven't|have not|didn't|did not)|"
                              r"if (?:the|any|all|these) (?:\w+ ){1,2}(?:do|does|are|is|have|has|can)(?: not|n't) |"
                              r"mocht(?:en)? (?:u|je|jij|jullie|het|er|we|wij|uw|jouw|de|die|deze|alle) |indien |tenzij |"
                              r"si (?:jamais )?(?:vous|tu|nous) (?:ne |n'|$)|si (?:jamais )?(?:votre|ton|ta|vos|tes|le|la|les) (?:\w+ ){1,2}(?:ne |n'|$)|"
                              r"si jamais |a moins que |faute de (?:reponse|retour|nouvelles|recevoir|reception|confirmation|"
                              r"votre|vos|ton|tes|documents?|pieces?|diplome) |"
                              # a finite verb first, then a comma: "Erhalten wir bis Freitag keine Unterlagen, ...",
                              # "Ontvangen we je diploma niet, dan ..."
                              r"(?:erhalten|bekommen|liegen|liegt|horen|kommt|kommen|fehlt|fehlen|reicht|reichen) "
                              r"(?:wir|sie|du|ihr|uns|die|der|das|ihre?|bis)\b(?=[^.!?;]*(?:, |$))|"
                              r"(?!helaas|jammer|nou|oke?|goed|prima|bedankt|dank)\w+ (?:we|wij|je|u|jij|jullie|de|het|uw|jouw|"
                              r"ons|er) [^.!?;]{0,80}, dan |"
                              r"en caso de que |en el caso de que |caso |no caso de |"
                              r"a menos que |salvo que |si no (?:nos )?(?:envias|envia|recibimos|recibe|recibes|presentas|presenta) |"
                              r"si (?:los|las|el|la|tus|sus|su|tu) (?:\w+ ){1,2}no |"
                              r"se (?:por acaso )?(?:nao|voce nao|tu nao) |se (?:os|as|o|a|a sua|o seu|seus|suas) (?:\w+ ){1,2}nao |"
                              r"na falta (?:de |d[oa]s? )(?:\w+ )?(?:diplomas?|documentos?|comprovativos?|resposta|retorno|envio) )(?![^,.!?;:]{0,40}\b(?:gehort|heard|gehoord|entendu|oido|ouviu|ouviste)\b)")
_CONDITION_AFTER = re.compile(r", (?:falls|sofern|tenzij|a moins que|a menos que|salvo que|unless|caso nao|si no nos) |"
                              r"\bshould you not\b|\bunless we (?:receive|hear|get)\b|\bwithout your (?:consent|permission|"
                              r"confirmation|agreement)\b|\bohne (?:ihre|deine) (?:zustimmung|einwilligung|einverstandnis)\b|"
                              r"\bzonder (?:uw|jouw|je) toestemming\b|\bsans votre (?:accord|consentement)\b|\bsin su consentimiento\b|"
                              r"\bsem o seu consentimento\b")


def _conditional(folded: str, start: int, end: int, decision: int, text: str | None = None) -> bool:
    """Does the decision's sentence (``decision``: where the decision starts) only state a condition? (``text``: the
    text before folding, whose line breaks may end the condition's sentence without a full stop.)"""
    if _Q_CONDITIONAL.search(folded, start, end):
        return True
    head = folded[start:decision].lstrip(" ")  # the sentence up to the decision: "^" is its first word
    if not (head and _CONDITION_FIRST.match(head)):
        return False
    # "Sollten Sie Fragen haben, rufen Sie an" / "Leider haben wir uns ... entschieden": a condition on a line of its
    # own, with no full stop, conditions nothing on the next line
    lines = line_ends(text, folded) if text else ""
    cut = lines.rfind("\n", start, decision) if lines else -1
    if cut < 0:  # ...nor does one a dash closes: "Sollten Sie Fragen haben, melden Sie sich - leider haben wir ..."
        cut = folded.rfind(" - ", start, decision)  # (after the condition's comma: not "Sollten Sie - wider Erwarten - ...")
        if cut < 0 or folded.find(", ", start, cut) < 0 or _THEN.match(folded, cut + 3):
            return True
        cut += 2
    head = folded[cut + 1:decision].lstrip(" ")
    return bool(head) and bool(_CONDITION_FIRST.match(head))


_THEN = re.compile(r"(?:dann|dan|then|alors|entonces|entao|so|also|daher)\b")  # "..., - dann müssen wir": still its consequence


# (a condition before or after the decision asked in one pass: only whether either occurs matters)
_Q_CONDITIONAL = quick(re.compile(_CONDITIONAL.pattern + "|" + _CONDITION_AFTER.pattern))
_Q_AFTERWARDS = quick(_AFTERWARDS)


def _sentence(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The sentence around a match (folded text has no line breaks; sentences end at . ! ? ;)."""
    lo = max(0, m.start() - 600)
    start = max(text.rfind(".", lo, m.start()), text.rfind("!", lo, m.start()), text.rfind("?", lo, m.start()),
                text.rfind(";", lo, m.start()), lo - 1) + 1
    end = _END.search(text, m.end())
    return start, end.end() if end else len(text)


_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|antw|sv|res)\s*:")  # "Re: ...", "AW: ...", "Antw: ..." (not a forward's)


def _outside(family: Family, text: str, spans: list[tuple[int, int]], seen: Seen, replied: int = 0) -> bool:
    """Does the look-alike occur outside the decision's own sentences? "Not selected for the next round" is one
    rejection, not a rejection plus an invitation to the next round. (``replied``: the length of a reply's subject,
    "Re: Uitnodiging tweede gesprek", which names the earlier mail's event, not a new one.)"""
    if not seen.has(family):  # the quick answer first: most mail has none of these phrases anywhere
        return False
    for m in seen.finditer(family) if seen.text is text else family.pattern.finditer(text):
        if m.start() < replied or any(a <= m.start() < b for a, b in spans):
            continue
        a, b = _sentence(text, m)
        if not _Q_AFTERWARDS.search(text, a, b):
            return True
    return False


# What the other candidates have, or what the post asks for ("candidatos com mestrado", "kandidaten met een afgeronde
# master en", "another candidate whose experience with school networks", "outra candidata, cuja experiência em
# financiamento europeu"): not the thing the reader applied for.
_OTHERS_HAVE = re.compile(r"\b(?:candidat|kandida|applicant|bewerber|person|pessoa|someone|somebody|alguien|alguem|iemand|"
                          r"jemand|quelqu'un|profiel|perfil|profil|profile)\w*(?: \w+){0,2},? (?:com|con|met|mit|with|avec|whose|"
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
# The employer named after the place the reader applied at ("je sollicitatie bij Bloei Kinderopvang", "your role at
# Little Acorns Nursery", "Bewerbung bei der Kita Sonnenschein"): a workplace, not a place asked for. (Not "en", "em":
# they are "into" as often as "at", "admitida en el máster".)
_EMPLOYER_AT = re.compile(r"\b(?:sollicitatie|kandidatuur|bewerbung|candidature|vacature|functie|stelle|poste|job|role|"
                          r"position|post|vacancy|teacher(?! training)|baan|werk\w*|work\w*|arbeit\w*|travail\w*)\b[^.!?;]{0,60}?"
                          r"\b(?:bij|at|bei|beim|chez|aupres de)"
                          # (up to five words of the name: "at St. Jude's Primary School", "at St Barnabas' Church of
                          # England School")
                          r"(?: (?!(?:een|a|an|ein|eine|un|une|um|uma)\b)[\w'.-]+){0,5} $")
# A post at a school, named after the post with "in"/"à"/"an"/"en"/"na": "a teaching post in Oakfield Primary School",
# "poste de professeur à l'école Jean Moulin", "Lehrkraft an unserer Schule", "vaga de professor na Escola Básica" (only
# after a post or a teacher: "candidature à l'école" is an admission)
_POST_IN = re.compile(r"\b(?:poste|puesto|vaga|cargo|stelle|functie|vacature|position|post|vacancy|job|role|lehrkraft|"
                      r"lehrer\w*|leerkracht|juf|meester|docent\w*|enseignant\w*|professeur|profesor\w*|professor\w*|"
                      r"maestr[oa]|teacher(?! training))\b[^.!?;]{0,60}?"
                      r"\b(?:in|op|an|am|a|au|aux|dans|en|na|no|em)"
                      r"(?: (?!(?:een|a|an|ein|eine|un|une|um|uma)\b)[\w'.-]+){0,3} (?:l')?$")
# A job title that names a thing the family stands for: "the Grants Officer position", "our Membership Manager role".
_AS_TITLE = re.compile(r"(?: (?:officer|manager|co-?ordinator|administrator|assistant|advis[eo]r|negotiator|specialist|"
                       r"analyst|lead|director|editor|consultant|executive|teacher|clerk|underwriter|supervisor))?"
                       r" (?:position|role|post|vacancy|job|opening)\b")
_BOUNDARY = re.compile(r"\b")


def _places(word: str, text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` begins in ``text[start:end]`` at a word boundary, left to right: the places of
    ``rf"\\b{re.escape(word)}"`` without a pattern compiled per word (~200 us each, a new word in most mail); a
    precompiled pattern is then matched at each place."""
    end = len(text) if end is None else end
    at = text.find(word, start, end)
    while at >= 0:
        if _BOUNDARY.match(text, at, end):
            yield at
        at = text.find(word, at + 1, end)


def _title_next(title: str, text: str, at: int) -> bool:
    """Does ``title`` come at ``at`` or one or two words after it: ``re.match(r"(?: [\\w-]+){0,2}? " + title + r"\\b")``
    with the title escaped, without compiling a pattern per title (each of those words runs up to the space before the
    next: the only way the match can go on)."""
    title = " " + title
    for _word in range(3):
        if text.startswith(title, at) and _BOUNDARY.match(text, at + len(title)):
            return True
        word = _WORD_BEFORE.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _title_before(title: str, text: str, end: int) -> bool:
    """Does ``title`` name a post's field right before ``end`` ("Lettings Administrator of the", within 40
    characters): ``re.search(r"\\b" + title + _FIELD_OF.pattern, text, max(0, end - 40), end)`` with the title escaped,
    without compiling a pattern per title."""
    return any(_FIELD_OF.match(text, at + len(title), end) for at in _places(title + " ", text, max(0, end - 40), end))


_WORD_BEFORE = re.compile(r" [\w-]+")
_FIELD_OF = re.compile(r" (?:(?:of|for|de|van|voor|fur|des|du|da|do|der) (?:the |la |el |le |les |l'|het |die |o |a )?)?$")


_DETERMINERS = frozenset(("the", "this", "that", "a", "an", "your", "our", "my", "his", "her", "their", "votre", "ton",
                          "ta", "tu", "su", "sua", "tua", "seu", "teu", "je", "uw", "jouw", "ihr", "ihre", "dein", "deine",
                          "el", "la", "le", "les", "los", "las", "o", "os", "as", "de", "het", "een", "ein", "eine", "un",
                          "une", "um", "uma"))
_SCHOOL = re.compile(r"(?:school|schule|ecole|escuela|escola|colegio|college|lycee|gymnasium|instituto)\b")
_COURSE = re.compile(r"\b(?:opleiding\w*|cursus\w*|courses?|training|stud(?:ie|y|ies|ium|io|os?)|formations?|cursos?|"
                     r"formacao|formacion|ausbildung\w*|lehrgang|umschulung|programm?e?|programa|master|bachelor|degree|"
                     r"diplom\w*|toelating|admissions?|aanmelding|inschrijving|anmeldung|inscri\w*|matricula)\b")
# The reader's own school, named as their background: "le stage a été attribué à une étudiante de ton école", "a
# graduate from your school", "iemand van jouw hogeschool" (a place the reader holds, not one asked for). Only words of
# origin ("from", "de", "van"): "a place at your local school" is the place asked for.
_READERS_SCHOOL = re.compile(r"\b(?:de|from|of|van|von|aus|del|da|do) (?:ton|ta|votre|your|je|jouw|uw|deiner|ihrer|tu|su|"
                             r"teu|tua|seu|sua) (?:[\w-]+ )?$")
# The word as what the job does or where the reader would work, not what the reader asks for: "selling tickets",
# "handling orders and refunds", "gestionando el pedido", "para tratar o reembolso", "chargé du traitement des
# remboursements"; "join our home insurance claims team". (Right before the word: "processing your refund" is the
# reader's own.)
_SECTOR_TASK = re.compile(r"\b(?:(?:sell|handl|process|answer|assess|issu|administer|underwrit)\w* (?:our |the |customer |"
                          r"client |incoming )?|(?:gestionando|gestionar|tramitar|tramitando|tratar|tratando|tratamento d[eao]s?|"
                          r"traiter|traitement d(?:es|u|e la)|gerer|bearbeitung (?:von|der)|bearbeiten|afhandelen|"
                          r"afhandeling van|verwerken) (?:los |las |el |la |o |a |os |as |les |le |die |de |het )?)$")
_JOIN = re.compile(r"\bjoin(?:ing)? (?:our|the) (?:[\w-]+ )?$")
_TEAM_AFTER = re.compile(r"(?: [\w-]+){0,2} (?:team|department|desk|branch)\b")
# The reader's application as a named worker at the place: "Ihre Bewerbung als Erzieher in unserer Kita", "your
# application as an editor for our journal", "votre candidature comme animateur pour notre école" (a worker's title:
# not "als Mieter für die Wohnung", a tenant's application).
_AS_WORKER_AT = re.compile(r"\b(?:bewerbung|application|candidature|candidatura|sollicitatie|kandidatuur) (?:als|as an?|"
                           r"comme|como|en tant que) ([\w-]+)(?: ([\w-]+))? (?:in|an|bei|at|for|fur|pour|dans|para|en|"
                           r"voor|bij|na|no|em)(?: [\w'.-]+){0,2} $")
# The word as the field of a named post's title: "the post of Officer for Membership", "el puesto de técnico de
# afiliación", "die Stelle als Sachbearbeiter für Darlehen", "de functie van coördinator lidmaatschap" (the title's
# head, a worker's, is checked by the caller).
_POST_OF = re.compile(r"\b(?:poste|puesto|vaga|cargo|stelle|functie|vacature|position|post|vacancy|job|role)\b"
                      r"[^.!?;]{0,40}?\b([\w-]+) (?:(?:of|for|de|van|voor|fur|des|du|da|do|dos|das|der) (?:the |la |el |"
                      r"le |les |l'|het |die |o |a |os |as )?)?$")
# Teaching words: a school signs its letter about a teaching post ("Directie basisschool De Regenboog" under "de uren
# zijn toegekend aan een leerkracht")
_TEACHING = re.compile(r"\b(?:leerkracht\w*|teachers?|teaching|lehrkraft|lehrer\w*|docent\w*|enseignant\w*|"
                       r"professeurs?|profesor\w*|professor\w*|maestr[oa]s?)\b")
# (German and Dutch "Kind" only after an article or a possessive: "Kind regards" closes nearly every English letter;
# English "son" likewise: French "son" is "his" and Spanish "son" is "are")
_PUPIL = re.compile(r"\b(?:(?:ihr|ihre[mns]?|dein|deine[mns]?|unser|unsere[mns]?|das|dem|des|ein|einem|eines|uw|je|jouw|het|"
                    r"ons|onze|een) kind(?:es)?|kinder|child|children|enfants?|nin[oa]s?|hij[oa]s?|criancas?|filh[oa]s?|zoon|dochter|"
                    r"sohn|tochter|(?:your|my|our|his|her|their|the) sons?|daughters?|leerling\w*|pupils?|eleves?|alumn[oa]s?|alunos?|schuler\w*|baby|bebe)\b")


def _not_a_job(folded: str, lang: str, text: str | None, job_context: bool, spans: list[tuple[int, int]],
               seen: Seen | None = None, job_words: bool = False, subject: str | None = None) -> list[int]:
    """Where the text speaks of something other than a job (a loan, a paper, a flat...), leaving out the words that
    are no such thing here: a requirement the other candidates met, a Spanish "bolsa" (a pool of candidates for a
    post), a care flat as the workplace, and, in a mail about the reader's application (not their child's place),
    the employer's name in the signature ("Kindergarten Sonnenberg", "Escuela Infantil Patitos", "Plaza Nova
    Inmobiliaria"); in any mail with job words (``job_words``), a job title or a school named after a post ("the
    Grants Officer position", "a post at St. Jude's Primary School"), the field of a post's title ("el puesto de
    técnico de afiliación", the subject "Loan Administrator"), what the job handles ("selling tickets", "gestionando el
    pedido"), the team the reader would join, the place a named worker would work at ("Bewerbung als Erzieher in
    unserer Kita"); the reader's own school as their background ("une étudiante de ton école"); and under a subject
    that names a job title ("Vacature docent"), a school that names no pupil ("dank voor je belangstelling voor onze
    school"). A school's letter about a teaching post reads its signature as the employer's too."""
    signature = len(folded)
    if (job_context or (job_words and _TEACHING.search(folded))) and text:
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
    pupil: bool | None = None  # asked once, when first needed
    found = list(seen.finditer(P.NOT_A_JOB) if seen is not None else P.NOT_A_JOB.pattern.finditer(folded))
    job_words = job_words or job_context
    # a word the mail once writes as a job title is that title wherever it stands (the subject "Grants Officer")
    titles = {m.group() for m in found if _AS_TITLE.match(folded, m.end())} if job_words else set()
    if job_words:  # ...or names the thing by its first word ("the admissions office" beside "the Admissions
        # Assistant role"; a content word, not "the" or "your" of "the grant", "your order")
        for m in found:
            first = m.group().split(" ", 1)[0]
            if first != m.group() and first not in _DETERMINERS and \
                    any(_AS_TITLE.match(folded, at + len(first)) for at in _places(first, folded)):
                titles.add(m.group())
    # a subject that names a post by its title ("Loan Administrator", "Lettings Negotiator", "Técnico de afiliación",
    # "Sachbearbeiter Darlehen"): the word just before or after that title's head, in the subject or the letter, is the
    # title's own ("the post of Lettings Administrator")
    title = P.subject_title(subject) if subject and job_words else ""
    one_word = bool(title) and " " not in title
    for m in found:
        word, start = m.group(), m.start()
        if one_word and (_title_next(title, folded, m.end()) or _title_before(title, folded, start)):
            continue
        if start >= signature or (word.startswith("bolsa") and lang == "es") or _CARE_FLAT.match(folded, start):
            continue
        if word in titles:
            continue
        if job_words and (_EMPLOYER_AT.search(folded, max(0, start - 90), start) or
                          _POST_IN.search(folded, max(0, start - 90), start)):
            pupil = bool(_PUPIL.search(folded)) if pupil is None else pupil
            if not pupil:  # a nursery that writes about the reader's child is still a place asked for
                continue
        if job_words and (_SECTOR_TASK.search(folded, max(0, start - 40), start) or (
                _JOIN.search(folded, max(0, start - 40), start) and _TEAM_AFTER.match(folded, m.end()))):
            continue  # what the job handles, or the team the reader would join
        field = _POST_OF.search(folded, max(0, start - 90), start) if job_words else None
        if field and P.is_person_title(field.group(1)):
            continue
        worker = _AS_WORKER_AT.search(folded, max(0, start - 90), start) if job_words else None
        if worker and any(w and P.is_person_title(w) for w in worker.groups()):
            pupil = bool(_PUPIL.search(folded)) if pupil is None else pupil
            if not pupil:  # (a nursery's letter about the reader's child is still about a place asked for)
                continue
        if _SCHOOL.match(word) and _READERS_SCHOOL.search(folded, max(0, start - 40), start):
            pupil = bool(_PUPIL.search(folded)) if pupil is None else pupil
            if not pupil:  # the reader's own school, as their background
                continue
        if subject and _SCHOOL.match(word):  # the subject names the post: the school is the workplace...
            pupil = bool(_PUPIL.search(folded)) if pupil is None else pupil
            # ...unless a child's place or a course is asked for ("Opleiding verpleegkundige", "Formation infirmier")
            if not pupil and P.subject_title(subject) and not _COURSE.search(fold(subject)):
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
                   languages: tuple[str, ...], letdown: bool = False) -> bool:
    """A decision said to the reader ("we nemen je niet", "no has sido") or naming the post ("contratar a otra
    ceramista") under a subject that names that job title ("Technicus", "Ceramista"): the title is the job context a
    short note leaves out. (``letdown``: a sure decision with regret or a well-wish around it, "helaas", "succes".)"""
    title = titled if titled is not None else P.subject_title(subject or "")
    if not title or P.UNPAID.search(folded):
        return False
    stem = title[:max(4, len(title) - 2)]  # ceramista, chef, programmeur(s)
    if any(folded.find(title, a, b) >= 0 for a, b in spans) and _names_a_person(title, folded, spans, languages):
        return False  # the title names a person in the decision's sentence: "the plumber you sent us could not come,
        # so we went with someone else", "dein Elektriker hat abgesagt": a tradesman's or a helper's news, not the post
    if len(folded) < _CURT and _REPLY_SUBJECT.match(fold(subject or "")) and \
            any(_WE_DECIDE.search(folded, a, b) or not _OTHER_SUBJECT.search(folded, a, b) for a, b in spans):
        return True  # a curt reply under "Re: Lagerhelfer" answers the reader's mail about that job: nothing else
    if len(folded) < _CURT and P.title_only(subject or "") and \
            any(_WE_DECIDE.search(folded, a, b) and _ANOTHER_PERSON.search(folded, a, b) for a, b in spans):
        return True  # ...and so does a curt note whose subject is the title alone, when the hiring side chooses another
        # person: "we gaan het niet samen doen" under "Full-stack" (not "wir haben die Halle vergeben" under "Lehrer")
    if letdown and len(folded) < _CURT and P.title_only(subject or "") and any(
            (_WE_DECIDE.search(folded, a, b) or not _OTHER_SUBJECT.search(folded, a, b)) and
            not _A_THING.search(folded, a, b) for a, b in spans):
        return True  # ...or, when no one in particular or the hiring side, naming no thing, lets the reader down with
        # regret or a well-wish: "helaas is het niet gelukt" under "pizzabakker", "wij moeten helaas nee zeggen" under
        # "Zeilmaker" (not a friend's "sorry, they went with someone else", nor "wir haben die Halle leider vergeben")
    readers = [P.READER[code] for code in dict.fromkeys(languages) if code in P.READER]
    return any(rx.search(folded, a, b) for a, b in spans for rx in readers) or \
        any(next(_places(stem, folded, a, b), None) is not None for a, b in spans)


# A definite article or a possessive before a title, and a verb or a pronoun after it, make it a person ("the plumber
# you sent", "dein Elektriker hat abgesagt", "de kok die"), not the post or a thing of it ("your chef trial").
_THE_ONE = (r"the|your|our|my|his|her|their|je|jouw|uw|onze|mijn|der|die|das|den|dem|dein\w*|ihr\w*|unser\w*|"
            r"mein\w*|le|la|les|ton|ta|votre|notre|mon|ma|el|los|las|tu|su|o|os|teu|tua|seu|sua|nosso|nossa")
_DOES = (r"[,;]| (?:who|that|you|we|they|has|had|is|was|could|couldn't|can|can't|did|didn't|would|will|die|dat|heeft|kon|"
         r"zei|wil|hat|hatte|ist|war|konnte|wollte|qui|a|est|etait|ne|n'a|que|ha|habia|no|foi|nao|tinha)\b")


def _names_a_person(title: str, folded: str, spans: list[tuple[int, int]], languages: tuple[str, ...]) -> bool:
    """Does a decision's sentence name the subject's title as a person ("the plumber you sent", "dein Elektriker hat")?"""
    if not P.is_person_title(title):
        return False
    the_one = _THE_ONE + "|de|het" if "nl" in languages else _THE_ONE  # (elsewhere "de" is "of": "poste de chef")
    # (the whole title, not its stem: "your research plan" under "UX Researcher" names no researcher)
    named = re.compile(rf"\b(?:{the_one}) {re.escape(title)}(?:s|e|n|en|in|a)?\b(?={_DOES})")
    return any(named.search(folded, a, b) for a, b in spans)


# ...when the hiring side decides in the first person plural ("we won't be taking this further", "wir haben uns anders
# entschieden", "não vamos seguir"), not a friend's "I think they went with someone else"
_WE_DECIDE = re.compile(r"\b(?:we|we've|we're|we'll|us|our|wir|uns|unser\w*|wij|ons|onze|nous|notre|nos|nosotros|\w+mos)\b")
# ...or impersonally ("não foi desta vez", "leider nein"): not of a third person or of the sender alone
_OTHER_SUBJECT = re.compile(r"\b(?:they|they're|they've|he|she|i|i'm|i've|i'd|me|my|ich|mich|mir|er|ik|mij|mijn|hij|zij|"
                            r"ze|moi|il|ils|elle|elles|eu|mim|ele|ela|eles|elas|yo|ellos|ellas)\b")
# ...choosing another person or not going on together ("wir gehen mit jemand anderem weiter", "we kiezen voor de andere
# finalist"), not giving away a hall, a van or a flat
_ANOTHER_PERSON = re.compile(r"\b(?:someone|somebody|another|other|jemand\w*|andere[nmr]?|iemand|ander|quelqu'un|autre|"
                             r"alguien|otr[oa]s?|alguem|outr[oa]s?|samen|together|zusammen|ensemble|juntos|juntas)\b")
# ...or naming a thing they decided on ("die Turnhalle", "the van", "de kamer"): then it may be the thing's decision
# (not the post, the deciders or their choice, nor a pronoun: "het team heeft besloten", "de keuze is gevallen op",
# "leider wird das nichts")
_A_THING = re.compile(r"\b(?:the|die|der|den|das|dem|de|het|le|la|les|el|los|las)\s(?!(?:job|stelle|baan|functie|vacature|"
                      r"poste|puesto|vaga|position|role|team|bestuur|directie|commissie|committee|board|firma|company|"
                      r"bedrijf|equipe|equipo|keuze|wahl|entscheidung|choice|decision|choix|eleccion|"
                      r"nichts|nicht|niet|niks|not|is|ist|was|war|wird|wordt|geht|gaat|"
                      r"hat|heeft|klappt|lukt|est|es|a|ha|foi|mit|met|dit|dat|deze|keer|mal|time|this|that|fois|vez)\b)\w")
_CURT = 240  # a reply this short (subject and text, folded) says only its answer: "leider nein, wir haben uns anders entschieden"


_SUBJECT_SEPARATOR = re.compile(r"\s*(?::|\s[-\u2013\u2014|]|\s?\u2013)\s+")


def _subject_verdict(subject: str, matches: list[re.Match[str]]) -> bool:
    """Is the subject a verdict on one side of a separator and a job title on the other ("Not progressing: Sales
    Executive", "Absage: Werkstudent (m/w/d)", "Store Supervisor - unsuccessful")? A hiring freeze or a list of
    openings in a subject is no verdict on the reader."""
    folded = fold(subject)
    cut = _SUBJECT_SEPARATOR.search(folded)
    if not cut:
        return False
    for m in matches:
        if m.start() < cut.start():  # the verdict (which may run over the separator) first, the title after it
            return bool(P.subject_title(folded[cut.end():]))
        if cut.end() <= m.start() < len(folded):
            return bool(P.subject_title(folded[:cut.start()]))
    return False


@lru_cache(maxsize=64)
def _families_for(languages: tuple[str, ...]) -> tuple[tuple[Family, ...], tuple[Family, ...]]:
    """The decision and look-alike families to ask for a text in these languages (best first, each once)."""
    codes = dict.fromkeys(languages)
    return (tuple(f for code in codes for f in DECISIONS.get(code, [])),
            (*P.LOOKALIKES, *(f for code in codes for f in LOOKALIKES.get(code, []))))


# Families asked of every mail, whatever its language (with those of its languages, the scan's scope).
_ASKED_ALWAYS = (*P.SOFT, P.NOT_A_JOB, *P.LOOKALIKES, *(f for _name, fs in P.CATEGORIES for f in fs),
                 _YOURS, _STRONG, _NEWS, _OUTREACH, _STAGE, _EMPLOYED)


@lru_cache(maxsize=64)
def _scope(languages: tuple[str, ...]) -> frozenset[int]:
    """The families a mail in these languages is asked about: the anchor scan sorts out only theirs (any other is
    still answered, by a full search)."""
    decisions, lookalikes = _families_for(languages)
    return frozenset(id(f) for f in (*decisions, *lookalikes, *_ASKED_ALWAYS))


def _answers_reader(folded: str, seen: Seen, spans: list[tuple[int, int]]) -> bool:
    """The decision says the post is filled, in a mail that thanks the reader for their message or enquiry and is no
    newsletter or recruiter's pitch: the reader asked after that post and this is the answer. (Asked only of a weaker
    decision without the reader's application: a few searches, rarely.)"""
    return not seen.has(_NEWS) and not seen.has(_OUTREACH) and \
        any(P.POST_FILLED.search(folded, a, b) and not P.READERS_POST.search(folded, a, b) for a, b in spans) and \
        P.THANKS_FOR_YOUR_MESSAGE.search(folded) is not None


# A reply whose own text is this short (folded) answers the quoted question and says little else: a longer one that
# names no job may be deciding something else ("...by the way, we went with someone else for the flat").
_SHORT_ANSWER = 400
# Outlook's header lines under the quote's "From:" line ("Sent: ...", "Gesendet: ...", "Objet : ..."): words and a colon
_HEADER_LINES = re.compile(r"\A(?:[ \t>]*[^\W\d][\w .-]{0,20} ?:[^\n]*\n){1,5}")


def _reader_quote_about_job(message: Message) -> bool:
    """Does a reply without a job word of its own quote the reader's own mail (the quote's first line, an attribution
    or Outlook's "From:", names the reader's address, or the reader's full name in an attribution "...wrote:") asking
    after a job or their application ("is the barista job still open?", "any news on my application?")? Not a flat, a
    loan or a club the reader asked about."""
    text = message.text or ""
    reader = message.to[0] if message.to else None
    address = (reader.email or "") if reader else ""
    name = (reader.name or "").strip() if reader else ""
    name = name if " " in name else ""  # a full name ("Sam Rivera"); a first name alone is in every greeting
    if not (address and (address in text or address.lower() in text)) and not (name and name in text):
        return False  # (most mail: no quote of the reader's mail, two substring tests)
    quoted = new_text(text)[1].lstrip("\n> ")
    first_line, _, rest = quoted.partition("\n")
    if first_line.startswith("-----"):  # "-----Original Message-----" over Outlook's "From:" line
        first_line, _, rest = rest.lstrip("\n> ").partition("\n")
    # the quote is the reader's, not the sender's own mail to the reader (whose "To:" line names the reader)
    if not ((address and address.lower() in first_line.lower()) or (name and name in first_line and (
            first_line.rstrip().endswith(":") or _HEADER_LINES.match(first_line + "\n")))):
        return False
    # the reader's words: not Outlook's header lines under "From:" (its "Subject:" repeats this mail's own subject)
    question = fold(_HEADER_LINES.sub("", rest[:1500].replace("\n>", "\n")).lstrip("> "))
    if P.NOT_A_JOB.search(question) or P.UNPAID.search(question):  # a flat, a loan, a club place the reader asked for
        return False
    if P.READER_APPLYING.search(question):
        return True
    # a job's name and a "still" in a question the reader asked: "is the Saturday job still open?"
    for m in re.finditer(r"\?", question):
        start = max(question.rfind(c, 0, m.start()) for c in "\n.!?") + 1
        if P.READER_JOB_NOUN.search(question, start, m.start()) and P.READER_STILL.search(question, start, m.start()):
            return True
    return False


def score_text(folded: str, lang: str, also: tuple[str, ...] = (), seen: Seen | None = None,
               job: bool | None = None, subject: str | None = None, text: str | None = None,
               skip: tuple[str, ...] = (), asked: bool = False,
               sender: tuple[str | None, str | None] = (None, None), thread: str | None = None,
               ) -> tuple[float, list[str]]:
    """The summed evidence for a folded text and the reasons that fired (``also``: close runner-up languages;
    ``seen``, ``job``: the text's anchor scan and whether it has job words, when the caller knows; ``subject``: the
    mail's subject, whose job title may be the only job context of a short note; ``text``: the text before folding,
    whose line breaks may end a sentence that has no full stop; ``sender``: the sender's name and address, which
    may be a staffing agency's or a recruiting mailbox's, itself the job context of its notes; ``thread``: the
    reader's earlier job mail with the sender, the job context of a terse note, when the caller knows it)."""
    reasons: list[str] = []
    lines: str | None = None  # the folded text with the line breaks that end a sentence, when first needed
    titled: str | None = None  # the job title the subject names: asked only when it may matter
    if not (_Q_JOB.search(folded) if job is None else job):
        titled = P.subject_title(subject or "")
        if not titled and not thread and not asked and not P.agency_sender(*sender):  # every rejection names the
            # application, the role, the process, the title (in the subject), comes from a staffing agency (asked only
            # here: it costs), answers earlier job mail or the reader's own question about a job (``asked``)
            return -6.0, [NO_JOB_CONTEXT]
    seen = seen or _INDEX.scan(folded)
    decision_families, lookalikes = _families_for((lang, *also))
    decisions: list[Family] = []
    spans: list[tuple[int, int]] = []
    matches: list[re.Match[str]] = []
    for f, m in seen.first_matches(decision_families):
        span = _sentence(folded, m)
        if _conditional(folded, span[0], span[1], m.start(), text):
            continue  # "we can't proceed until you upload your files" asks for something; it decides nothing
        if folded[span[1] - 1:span[1]] == "?" and not _TAG_QUESTION.search(folded, span[0], span[1]):
            if lines is None:
                lines = line_ends(text, folded) if text else ""
            cut = lines.find("\n", m.end(), span[1]) if lines else -1
            if cut < 0:
                continue  # "has the role been filled?" asks; it decides nothing ("..., ok?" still decides)
            span = (span[0], cut)  # "...you didn't get the job\n\nkeep in touch yeah?": the line ended it
        decisions.append(f)
        spans.append(span)
        matches.append(m)
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
    yours = seen.has(_YOURS) or asked  # ...or a job title in the subject and a decision said to the reader, below
    # A verdict in the subject line ("Not progressing: Sales Executive", "Absage: Werkstudent (m/w/d)") of mail sent to
    # the reader is about the reader: no newsletter's or recruiter's headline, so no state of a role.
    in_subject = bool(subject) and max(a for a, _b in spans) < len(subject or "") + 2 and \
        not seen.has(_NEWS) and not seen.has(_OUTREACH) and _subject_verdict(subject or "", matches)
    if yours:
        score += 1.0
        reasons.append("about the reader's application (+1.0)" if not asked or seen.has(_YOURS) else
                       "a reply to the reader's question about their application (+1.0)")
    elif seen.has(_STRONG):
        score += 0.5
        reasons.append("job context (+0.5)")
        if best < 4.0 and not in_subject and not _answers_reader(folded, seen, spans):  # "this position is no longer
            # available" is news about a posting, not the reader (unless the mail thanks the reader for asking)
            score -= 2.0
            reasons.append("a state of the role, not said of the reader's application (-2.0)")
    elif _title_context(titled, subject, spans, folded, (lang,), bool(soft) and best >= 4.0):
        yours = True
        score += 0.5
        reasons.append("a job title in the subject, the decision said to the reader or of the post (+0.5)")
        if best < 4.0 and not in_subject and not _answers_reader(folded, seen, spans):  # only the surest decisions
            # stand on a subject's title alone (or on the reader's own enquiry about that title)
            score -= 2.0
            reasons.append("a weaker decision with only a title for job context (-2.0)")
    elif P.agency_sender(*sender):  # an agency's or a recruiting mailbox's decision is a job's: "ze hebben iemand
        # anders gekozen"
        score += 0.5
        reasons.append("the sender is a staffing agency or a recruiting mailbox (+0.5)")
        if best < 4.0 and not in_subject:
            score -= 2.0
            reasons.append("a weaker decision with only the sender for job context (-2.0)")
    elif thread:  # "thanks for chatting on tuesday. sorry, they went with someone else", after an interview invitation
        score += 0.5
        reasons.append(f"job context from earlier mail: {thread} (+0.5)")
        if best < 4.0 and not in_subject:
            score -= 2.0
            reasons.append("a weaker decision with only earlier mail for job context (-2.0)")
    else:  # "application" alone may be a loan's, a card's or a flat's
        score -= 3.0
        reasons.append("no clear job context (-3.0)")
    # (job words anywhere are job context enough to read "the Grants Officer post" or "a post at X Primary School";
    # only a mail about the reader's application reads its closing lines as the sender's signature)
    not_job = _not_a_job(folded, lang, text, yours, spans, seen, seen.has(_STRONG), subject) \
        if seen.has(P.NOT_A_JOB) else []
    if not_job:
        # A loan, paper or flat named in the decision's own sentence vetoes it; named elsewhere in a mail whose
        # decision sentence speaks of a position (a refunded train ticket in a post-interview letter) it only weighs.
        inside = any(a <= pos < b for pos in not_job for a, b in spans)
        job_decision = any(_Q_ROLE.search(folded, a, b) for a, b in spans)
        weight = P.NOT_A_JOB.weight if not job_decision else (-2.5 if inside else -1.0)
        score += weight
        reasons.append(f"{P.NOT_A_JOB.name} ({weight})")
    folded_subject = fold(subject) if subject else ""
    replied = len(folded_subject) if _REPLY_SUBJECT.match(folded_subject) else 0
    for f in seen.narrow(lookalikes):
        if skip and f.name in skip:
            continue
        if not (_outside(f, folded, spans, seen, replied) if f.name in _EVENTS else seen.has(f)):
            continue
        score += f.weight
        reasons.append(f"{f.name} ({f.weight})")
    return score, reasons


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


_INTERVIEWER = "look-alike: the reader is the interviewer, the decision is about a candidate"
# A relay re-read with the reader named as "you": the forwarded decision speaks of the reader in the third person by
# design ("thanks for introducing Sam", "bitte informieren Sie Herrn Rivera"), so a third person there is the reader.
_RELAY_SKIP = (_INTERVIEWER, "look-alike: the decision is about a third person (en)",
               "look-alike: the decision is about a third person (de)", "look-alike: a candidate the reader referred (es)",
               "look-alike: someone close to the reader was turned down (en)",
               # the client thanks the agency for putting the reader forward ("thanks for the introduction")
               "look-alike: thanks for the reader's referral (en)", "Doppelgänger: Dank für die Empfehlung (de)",
               "faux-ami : merci pour la recommandation (fr)", "look-alike: thanks for the reader's recommendation (es)",
               "look-alike: thanks for the reader's tip or recommendation (nl)",
               "look-alike: thanks for the reader's referral (pt)", "look-alike: the reader's candidate (pt)",
               # the client's "his application" is the reader's once the relay names the reader
               "look-alike: the reader is no rival for the post (en)")
_OTHER_PERSON = 5.0
# Mail the rules read as an invitation, an offer, a job alert, outreach or a newsletter says what it is: the learned
# model reads tone ("thanks again", "the next") and is not asked to find a rejection in it.
_SAYS_WHAT_NEXT = frozenset(["offer", "interview", "job_alert", "outreach", "newsletter"])


def classify(message: Message, thread: str | None = None) -> Verdict:
    """The verdict on one mail. ``thread``: the reader's earlier job mail with the sender, when the caller knows it
    (the daemon's record of the mailbox; see ``nextround.earlier_mail``), job context for a note that names no job."""
    own, forwards = own_text(message)
    extra = ["the sender forwards a decision they received (-4.0)"] if forwards else []
    raw = own_raw(message, own)
    folded = fold_own(message, own, raw)
    langs = _with_sibling(ranked(folded), folded)
    lang = langs[0]
    job = bool(_Q_JOB.search(folded))
    scope = _scope(tuple(langs))
    seen = _INDEX.scan(folded, scope)  # scanned when first asked: mail without job words never is
    global _last_read
    _last_read = (message, message.text, message.subject, own, folded, tuple(langs), seen, job)
    sender = (message.sender.name, message.sender.email)
    score, reasons = score_text(folded, lang, tuple(langs[1:]), seen, job, message.subject, raw, sender=sender,
                                thread=thread)
    if score < 0.85 and not forwards and job and ("--" in own or names_client(folded)):
        relayed = relay_as_reader(message, own, lang)
        if relayed is not None:
            raw2 = own_raw(message, relayed)
            folded2 = fold_own(message, relayed, raw2)
            seen2 = _INDEX.scan(folded2, scope)
            score2, reasons2 = score_text(folded2, lang, tuple(langs[1:]), seen2, True, message.subject, raw2,
                                          skip=_RELAY_SKIP, sender=sender)
            if score2 > score:
                folded, seen = folded2, seen2
                score, reasons = score2, ["a relay names the reader in the third person (read as 'you')", *reasons2]
    if reasons == [NO_JOB_CONTEXT] and not extra and len(folded) <= _SHORT_ANSWER and \
            _reader_quote_about_job(message) and not P.UNPAID.search(folded):
        # "sorry, we went with someone else" over the reader's quoted "is the barista job still open?": the question
        # is the answer's job context (not for a club's or a volunteer's place)
        score, reasons = score_text(folded, lang, tuple(langs[1:]), seen, job, message.subject, raw, asked=True,
                                    sender=sender, thread=thread)
    elif 0.85 > score > -3.0 and not extra and any(r.startswith("decision: ") for r in reasons) and \
            reader_asked(message):
        score, reasons = score_text(folded, lang, tuple(langs[1:]), seen, job, message.subject, raw, asked=True,
                                    sender=sender, thread=thread)
    if score > 0 and not extra:
        # the decision names its object, and it is not the reader: news about a candidate, a friend, a colleague
        other = decided_about_other(message, own, folded, lang, seen.has(_YOURS))
        if not other and "\n" in own and (forwarded := forwarded_to_other(message, own)):
            other = f"{forwarded}, to whom the forwarded letter was written"
        if other:
            score -= _OTHER_PERSON
            reasons.append(f"look-alike: the decision is about {other}, not the reader (-{_OTHER_PERSON})")
    if extra:
        score -= 4.0
        reasons = extra + reasons
    if _tracker(message):
        score -= 6.0
        reasons.append("a code-hosting or issue-tracker notification (-6.0)")
    # (employment words first: nearly every job mail has one early on, while the stage words are read to the end)
    # (asked of the anchor scan when the mail had one: the two passes over the text cost ~8 us, as each pattern's
    # leading \b is tried at every place)
    if score > 0 and (not seen.has(_EMPLOYED) and seen.has(_STAGE) if seen.scanned else
                      not _Q_EMPLOYED.search(folded) and _Q_STAGE.search(folded)):
        score -= 5.0
        reasons.append("a part in a performance or a team (an audition, a casting, a squad), not a job (-5.0)")
    if message.headers.get("list-id") or (("list" in folded or "lijst" in folded) and _Q_LIST.search(folded)):
        score -= 5.0
        reasons.append("sent through a mailing list (-5.0)")
    confidence = 1 / (1 + math.exp(-score))
    kind = None
    if reasons[-1:] == [NO_DECISION] and not extra and seen.has(_YOURS) and not seen.has(P.NOT_A_JOB):
        kind = category(folded, bool(message.headers.get("list-id")), seen, job)
        if kind not in _SAYS_WHAT_NEXT:
            confidence = _second_opinion(folded, confidence, reasons)
    verdict = Verdict(is_rejection=confidence >= 0.5, confidence=confidence, reasons=reasons, lang=lang)
    if verdict.is_rejection:
        verdict.category = "rejection"
        extract(message, own, verdict)
    else:
        verdict.category = kind or category(folded, bool(message.headers.get("list-id")), seen, job)
    return verdict


def _tracker(message: Message) -> bool:
    """Is the mail a code-hosting or issue-tracker notification (its sender or subject)? Substring gates first."""
    address = (message.sender.email or "").lower()
    if any(map(address.__contains__, P.TRACKER_SENDER_NEED)) and P.TRACKER_SENDER.search(address):
        return True
    subject = fold(message.subject or "")
    return any(map(subject.__contains__, P.TRACKER_SUBJECT_NEED)) and P.TRACKER_SUBJECT.search(subject) is not None


# classify()'s reading of the last mail it read (the mail, its text and subject as read, its own text, folded, its
# languages, anchor scan and whether it has job words): describe() asks the same of the same mail right after and
# reads them here, not again. Kept for one mail only, and used only for that very object with the same text and
# subject (a mail changed since, or another mail read in between by another thread, is read afresh).
_last_read: tuple[Message, str | None, str | None, str, str, tuple[str, ...], Seen, bool] | None = None


def describe(message: Message, verdict: Verdict) -> None:
    """Fill in the company, role, contact and careers link of job mail that is not called a rejection, and of any
    mail in which a decision is said, for whoever reads the verdict (`classify`, `eval`): a rejection the rules missed
    still says whose it was. The daemon skips this: it acts on no such mail."""
    if verdict.is_rejection or verdict.category in (None, "newsletter", "rejection"):
        return  # a rejection (even below the threshold) has its fields; a plugin's verdict (no category) is its own
    read = _last_read
    if read is not None and read[0] is message and read[1] is message.text and read[2] is message.subject:
        own, folded, langs, seen, job = read[3:]  # classify() just read this mail: the same text, languages and scan
    else:
        own = own_text(message)[0]
        folded = fold_own(message, own)
        langs, seen, job = None, None, bool(_Q_JOB.search(folded))
    # (one family: cheaper than a scan for all of them, unless the scan is done)
    if job and not (seen.has(P.NOT_A_JOB) if seen is not None and seen.scanned else P.NOT_A_JOB.search(folded)):
        extract(message, own, verdict)
        return
    # ...and mail in which a decision is said, though the rules found no job in it ("we went with someone else" in a
    # short note that never names the post) or read it as something else: whose decision it was is still worth
    # showing. Not a note about dinner: no decision, nothing to say.
    if seen is None:
        langs = tuple(_with_sibling(ranked(folded), folded))
        seen = _INDEX.scan(folded, _scope(langs))
    if next(seen.first_matches(_families_for(langs)[0]), None) is not None:
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
