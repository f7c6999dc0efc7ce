"""The shortcuts `nextround classify` takes for speed give the answers of the long way round: the fields of job mail
that is no rejection read from classify()'s own reading of the mail, the structure of the phrase patterns read by a
regex, and the anchor scan asked only about the families it found places for."""

from __future__ import annotations

import random
from dataclasses import replace

from labelled import mail

from nextround.detect import classifier, regex_parts
from nextround.detect.classifier import classify, describe
from nextround.message import parse

# Job mail that is no rejection (its fields are still shown), a rejection missed for want of job words (its writer
# still shown), a loan "application" (job words, but not a job), and a note about dinner (nothing to show).
LETTERS = [
    mail("Hi Sam,\n\nThank you for applying for the Data Analyst role at Kestrel Foods. We have received your "
         "application and will be in touch within two weeks.\n\nBest,\nMara Quinn\nKestrel Foods Recruiting\n",
         subject="We received your application", sender="Mara Quinn <jobs@kestrel.example>"),
    mail("Hi Sam,\n\nThanks for coming by on Tuesday. We went with someone else in the end, sorry.\n\nAll the best,\n"
         "Tomas Berg\nFolkwise Studio\n", subject="Tuesday", sender="Tomas Berg <tomas@folkwise.example>"),
    mail("Dear Sam,\n\nThank you for your loan application with Harbour Credit. We would like to invite you to a "
         "short call about the position of your account.\n\nKind regards,\nHarbour Credit\n",
         subject="Your loan application", sender="Harbour Credit <loans@harbour.example>"),
    mail("Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Lagerhelfer. Wir laden Sie gern zu einem Gespräch am "
         "Montag ein.\n\nViele Grüße\nJonas Keller\nKeller Logistik GmbH\n",
         subject="Einladung zum Gespräch", sender="Jonas Keller <jonas@keller-logistik.example>"),
    mail("Hey Sam, dinner on Friday? Bring the board game.\n\nJo\n", subject="Friday",
         sender="Jo Park <jo@home.example>"),
]


def test_the_fields_read_right_after_classify_are_those_read_afresh() -> None:
    for raw in LETTERS:
        message = parse(raw)
        right_after = classify(message)
        describe(message, right_after)  # classify()'s reading of this mail is reused
        afresh = classify(parse(raw))
        classify(parse(LETTERS[-1]))  # another mail read since: its reading is not this one's
        describe(message, afresh)
        assert right_after.as_json() == afresh.as_json()


def test_a_mail_changed_after_classify_is_read_again() -> None:
    def fields(message, verdict) -> dict:
        verdict = replace(verdict, reasons=list(verdict.reasons))
        describe(message, verdict)
        return verdict.as_json()

    for change in ("copy", "in place"):
        message = parse(LETTERS[0])
        verdict = classify(message)
        if change == "copy":
            message = replace(message, text="Hi Sam,\n\nsee you Monday.\n\nJo Park\nPark & Lane\n")
        else:
            message.text = "Hi Sam,\n\nsee you Monday.\n\nJo Park\nPark & Lane\n"
        right_after = fields(message, verdict)
        classify(parse(LETTERS[-1]))  # the last reading is now another mail's
        assert right_after == fields(message, verdict)
        assert right_after["contact_name"] != "Mara Quinn"


def _read_slowly(pattern: str) -> tuple[tuple[str, ...], dict[int, int]]:
    """The plain reading regex_parts speeds up, one character at a time: the top-level alternatives, and for each
    index where the group opening there ends (an escape skips the next character; a class runs to its first ``]``)."""
    parts, start, depth, in_class, i = [], 0, 0, False, 0
    opened: list[int] = []
    ends: dict[int, int] = {}
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
            opened.append(i)
        elif c == ")":
            if opened:
                ends[opened.pop()] = i + 1
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return (*parts, pattern[start:]), ends


def test_the_pattern_structure_is_read_as_a_character_by_character_reading_reads_it() -> None:
    rng = random.Random(7)
    samples = [r"\b(?:a|b[|(])c|d\|e", r"(?:x(?:y|z)|w)|v", r"[]a|(]b|c", "a\\", r"(a|b", r"a)|b", ""]
    samples += ["".join(rng.choice("ab()|[]\\^?:") for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for text in samples:
        alternatives, ends = _read_slowly(text)
        assert regex_parts.top_level(text) == alternatives, text
        for at, end in ends.items():
            assert regex_parts.group_end(text, at) == end, (text, at)


def test_a_family_asked_twice_in_one_tuple_is_answered_twice_in_order() -> None:
    families = classifier._families_for(("en",))[0]
    text = "unfortunately we have decided to move forward with other candidates for the role."
    seen = classifier._INDEX.scan(text, classifier._scope(("en",)))
    hits = [f for f in families if f.find(text)]
    assert hits
    asked = (hits[0], *families[:5], hits[0])
    assert [(f.name, m.span()) for f, m in seen.first_matches(asked)] == \
        [(f.name, m.span()) for f in asked if (m := f.find(text))]
