"""The readings made faster in round 20 give the same answers as the plain way they replace: the reported-words cue
test, the label of a message shown (not sent), the quotation and inner-greeting patterns, the learned model's words,
the language counts and the anchor index's per-scope tables."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace
from itertools import chain

from nextround.detect import anchors, lang, learned, reading
from nextround.detect.classifier import _INDEX, _scope

# the patterns as written before they were reordered to begin with a literal
_OLD_QUOTED = re.compile(r'(?<!:)(?<!: )"[^"]{0,300}"')
_OLD_INNER_GREETING = re.compile(r"(?<=[.!?:] )(?:dear|hi|hello|hey) (?:(?:mr|mrs|ms|miss|dr|prof|mx) )?"
                                 r"([\w{\[][\w'{}\[\]-]*),")


def _texts(seed: int, atoms: list[str], count: int = 20000, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(atoms) for _ in range(rnd.randint(0, most))) for _ in range(count)]


def test_cue_scan_finds_a_cue_exactly_when_one_occurs():
    atoms = [*reading._REPORTED_CUES, "sa", "stat", "wr", " tha", "plain", "x", " ", "mail", "line", "when", "if"]
    for text in _texts(1, atoms, most=4):
        assert reading._cued(text) == any(cue in text for cue in reading._REPORTED_CUES), text


def test_label_of_a_shown_message_ends_where_the_pattern_ends():
    """A label ("Example:", "Model letter:") opens the paragraph, a line or a sentence; the long s reads as an "s"."""
    atoms = ["example", "Example", "SAMPLE", "\u017fample", "template", "Script", "model answer", "Model Letter",
             "variant b", "Variant 2", "variant", " ", "  ", "\t", "\n", ".", ". ", "! ", "? ", ":", ": ", "x", "@"]
    for text in _texts(2, atoms):
        m = reading._SHOWN_LABEL.search(text)
        assert reading._label_end(text) == (m.end() if m else None), text
    assert reading._label_end("Dear Sam,\n  Example of a closing: We chose someone else.") == 34


def test_quotation_and_inner_greeting_match_as_written_before():
    quoted = _texts(3, ['"', ":", ": ", " ", "a b", ':"', ': "', "\n", "x" * 40])
    for text in quoted:
        assert [m.span() for m in reading._QUOTED.finditer(text)] == [m.span() for m in _OLD_QUOTED.finditer(text)]
    greeted = _texts(4, ["dear", "hi", "hello", "hey", "h", "d", " ", ". ", "! ", ": ", "? ", "mr ", "sam", "{{x}}",
                         "[n]", ",", "ear", "ello", "i,"])
    for text in greeted:
        assert [(m.span(), m[1]) for m in reading._INNER_GREETING.finditer(text)] == \
            [(m.span(), m[1]) for m in _OLD_INNER_GREETING.finditer(text)], text


def test_learned_words_and_language_counts_are_those_of_the_word_pattern():
    atoms = ["we", " ", "don't", "the", "vous", "nao", "x1", "-", "\n", "'", "uw", "e.g.", "cafe", "caf\u00e9", ",",
             "de"]
    for text in _texts(5, atoms, count=5000, most=30):
        words = re.findall(r"[a-z']+", text[:learned._READ])
        assert learned.grams(text) == {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}
        counts = Counter({k: 0 for k in lang._NONE})
        counts.update(chain.from_iterable(filter(None, map(lang._LANGS_OF.get, re.findall(r"[a-z']+", text[:4000])))))
        order = sorted(lang._WORDS, key=counts.__getitem__, reverse=True)
        assert lang.ranked(text)[0] == (order[0] if counts[order[0]] else "en"), text


def test_scoped_tables_filled_on_demand_are_the_full_filter():
    """A scope's literal -> families table, each entry made when first asked, holds what filtering all of them
    at once held; and the scan for literals found anywhere, skipped when no passing family has one, would have
    given no family a place."""
    scope = _scope(("fr", "en"))
    tables = _INDEX.tables(scope)
    word = _INDEX._scans[0][1]
    full = anchors._within(word, tables.known)
    for literal in list(word)[::7]:
        assert tables.word[literal] == full[literal]
    texts = ["malheureusement, nous avons retenu une autre candidature. we won't be moving forward, sorry.",
             "thanks for your time. we couldn't offer you the role, we've chosen someone else. n'hesitez pas.",
             "merci pour votre candidature au poste. nous ne donnerons pas suite.", "lunch on friday?"]
    for text in texts:
        passing = _INDEX.let_through(text)
        got = _INDEX.candidates(text, passing, scope)
        _INDEX._tables[scope] = replace(tables, inner_families=passing | {-1})  # the inner scan always run
        try:
            assert _INDEX.candidates(text, passing, scope) == got, text
        finally:
            _INDEX._tables[scope] = tables
