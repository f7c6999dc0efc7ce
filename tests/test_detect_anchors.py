"""The anchor scan answers exactly as scanning with each family would: a speed-up must never change a verdict.

``Seen.has(family)`` replaces ``family.search(text)`` in the classifier. These tests hold it to the same answer for
every family the classifier asks about, over the labelled development mail and over texts built to trip a scan
(overlapping literals, apostrophes, underscores, digits glued to words), and check what ``anchors_of`` reads
from the pattern shapes the language modules use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nextround.detect import classifier
from nextround.detect.anchors import AnchorIndex, Anchors, anchors_of
from nextround.detect.patterns import fam
from nextround.detect.text import fold, new_text
from nextround.message import parse

CORPUS = Path(__file__).parent / "corpus"
LANGUAGES = ("en", "de", "fr", "es", "nl", "pt")
DEV_SETS = ("set1/dev", "set2/dev", "dev2/a", "dev3/d", *(f"dev4/{code}" for code in LANGUAGES))


def _families() -> list:
    return list(classifier._INDEX._families.values())


def _texts() -> list[str]:
    texts = []
    for name in DEV_SETS:
        for path in sorted((CORPUS / name / "messages").glob("*.eml"))[::2]:  # every other file keeps this quick
            message = parse(path.read_bytes())
            texts.append(fold((message.subject or "") + " .\n" + new_text(message.text or "")[0]))
    return texts


TRICKY = [
    "we regret that your application was not successful. we have not been able to take your application further.",
    "credit card application declined; the card was not issued, apply again next year",
    "_not selected for the role_ and 2not moving forward, x-candidate not selected",
    "don't worry, we didn't choose another candidate: you're through to the next round",
    "helaas, je sollicitatie is afgewezen. leider haben wir uns fur eine andere bewerberin entschieden.",
    "malheureusement votre candidature n'a pas ete retenue; lamentablemente no seguiremos con tu candidatura",
    "infelizmente a sua candidatura nao foi selecionada para a vaga",
    "not not not notnot anothernot cannot can not no longer nolonger",
    "undecided not to proceed; we couldn't be happier and won't be moving forward with yours. wasn't selected",
    "reponse negative a votre candidature. 12 nieuwe vacatures, 7 tips voor je cv; [jira] job de deploy",
    "we'll have to decline. [name], we would like to offer you the role. so we won't proceed with you",
    " not this time, sorry. {{first name}} <candidate> 3x tips",
]


def test_every_family_is_asked_exactly_as_a_full_scan_would_answer() -> None:
    families = _families()
    assert len(families) > 200  # the index covers the decision and look-alike families of all six languages
    mismatches = []
    for text in _texts() + TRICKY:
        seen = classifier._INDEX.scan(text)
        for family in families:
            if seen.has(family) != family.search(text):
                mismatches.append((family.name, text[:80]))
            found, first = seen.find(family), family.find(text)
            if (found and found.span()) != (first and first.span()):  # the decision's sentence is read from it
                mismatches.append((family.name, "first match", text[:80]))
    assert not mismatches, mismatches[:5]


def test_a_scan_limited_to_some_families_still_answers_for_every_family() -> None:
    families = _families()
    scope = classifier._scope(("fr", "en"))  # a French mail with an English frame: no German or Dutch family asked
    assert 0 < len(scope) < len(families)
    mismatches = []
    for text in _texts()[::3] + TRICKY:
        seen = classifier._INDEX.scan(text, scope)
        asked = [f for f in families if id(f) in scope][::2] + [f for f in families if id(f) not in scope][::7]
        narrowed = {id(f) for f in seen.narrow(asked)}
        assert seen.narrow(tuple(asked)) == [f for f in asked if id(f) in narrowed]  # a fixed tuple: the same, in order
        # the classifier's one loop over a fixed tuple: each family that occurs, in order, with its first match
        both = [(f.name, m.span()) for f, m in seen.first_matches(tuple(asked))]
        assert both == [(f.name, m.span()) for f in asked if (m := f.find(text))]
        for family in asked:
            found, first = seen.find(family), family.find(text)
            if seen.has(family) != family.search(text) or (found and found.span()) != (first and first.span()):
                mismatches.append((family.name, text[:80]))
            if first and id(family) not in narrowed:
                mismatches.append((family.name, "narrowed out", text[:80]))
    assert not mismatches, mismatches[:5]


def test_families_without_anchors_answer_as_their_full_search_with_the_one_pass_gate() -> None:
    # the few families searched in full are gated by the same needle scan as the others: the answers must not change
    every = [f for fs in classifier.DECISIONS.values() for f in fs] + list(classifier.P.LOOKALIKES) + \
        [f for fs in classifier.LOOKALIKES.values() for f in fs]
    unanchored = tuple(f for f in every if f.anchors is None)
    assert unanchored and all(classifier._INDEX.gates(f) for f in unanchored)
    mismatches = []
    for text in _texts()[::2] + TRICKY:
        seen = classifier._INDEX.scan(text, classifier._scope(("en",)))
        both = [(f.name, m.span()) for f, m in seen.first_matches(unanchored)]
        if both != [(f.name, m.span()) for f in unanchored if (m := f.find(text))]:
            mismatches.append(("first matches", text[:80]))
        mismatches += [(f.name, text[:80]) for f in unanchored if seen.has(f) != f.search(text)]
    assert not mismatches, mismatches[:5]


def test_a_gate_shut_by_absent_needles_is_shut_for_the_scan_too() -> None:
    gated = fam("gated", -1.0, ("rejected",), r"\bwas rejected\b")
    loose = fam("loose", -1.0, ("nothing here",), r"\bwas declined\b")  # a gate that does not cover the pattern
    index = AnchorIndex([gated, loose])
    seen = index.scan("the bid was declined; the offer was rejected")
    assert seen.has(gated) and not seen.has(loose) and not loose.search(seen.text)  # search() gates the same way
    assert [m.start() for m in seen.finditer(loose)] == [8]  # ...while finditer, as pattern.finditer, does not


def test_most_families_have_anchors() -> None:
    families = _families()
    ungated = [f.name for f in classifier._INDEX._families.values() if f.anchors is None]
    assert not ungated  # the index only holds families with anchors...
    every = [f for fs in classifier.DECISIONS.values() for f in fs] + list(classifier.P.LOOKALIKES)
    assert sum(f.anchors is not None for f in every) >= 0.9 * len(every)  # ...and that is nearly all of them
    assert len(families) >= 0.9 * len(every)


def test_anchors_read_leading_literals_through_groups_and_word_starts() -> None:
    assert anchors_of(r"\bcongres\b").literals == {"congres"}
    assert anchors_of(r"\b(?:de )?kandidaat\b").literals == {"de kandidaat", "kandidaat"}
    assert anchors_of(r"n(?<!\wn)ot\b (?:be )?(?:invit|offer)").literals == {
        "not be invit", "not be offer", "not invit", "not offer"}
    assert anchors_of(r"(?<!vamos )\b(?:avisa|contata)-l[oa]\b").literals == {
        "avisa-la", "avisa-lo", "contata-l"}  # eight characters are enough: "contata-l" is read no further
    assert anchors_of(r"\bcandidates? (?:whose|who)").literals == {"candidate ", "candidates "}  # with and without "s"
    assert anchors_of(r"\bde[mnr] (?:kandidat|bewerber)").literals == {
        f"de{c} {w}" for c in "mnr" for w in ("kandidat", "bewerber")}  # a small class: each letter
    assert anchors_of(r"\bv\. exa\.? nao").literals == {"v. exa nao", "v. exa. nao"}  # escaped dots are literal
    assert anchors_of(r"\b(?:ab)+c").literals == {"ab"}  # a repeated group may come back: "abab..." is no "abc"


def test_literals_without_a_word_start_are_looked_for_anywhere() -> None:
    assert anchors_of(r"decided not to (?:move|proceed)") == Anchors(frozenset(), frozenset({"decided not to "}))
    assert anchors_of(r"\bnot\b|n't be").inner == {"n't be"}  # "didn't be", "won't be": inside a word
    assert anchors_of(r"ab|\bnot") is None  # too short to rule anything out


def test_numbers_punctuation_and_the_text_start_are_anchors_too() -> None:
    assert anchors_of(r"\b[0-9]+ tips\b").literals == set("0123456789")  # a number begins with a digit
    assert anchors_of(r"(?:\[|\{\{)name").inner == {"[name", "{{name"}  # escaped punctuation is a literal
    assert anchors_of(r"\b'll have to\b").inner == {"'ll have to"}  # no word begins at an apostrophe
    assert anchors_of(r"^[^.]{0,9}\bnee\b|\bno way\b") == Anchors(frozenset({"no way"}), frozenset(), at_start=True,
                                                                bounded=frozenset({"no way"}))


def test_a_literal_that_ends_a_word_is_not_looked_for_inside_a_longer_word() -> None:
    assert anchors_of(r"\byou\b (?:were|are) not").bounded == set()  # read on past the boundary: "you were not"
    assert anchors_of(r"\byou\b[^.]{0,20}not selected").bounded == {"you"}
    assert anchors_of(r"\byou\b[^.]{0,20}not selected|\byou[^.]{0,9}rejected").bounded == set()  # one goes on
    you, yours = fam("you", -1.0, r"\byou\b[^.]{0,40}\bnot selected"), fam("yours", -1.0, r"\byour application\b")
    index = AnchorIndex([you, yours])
    assert not index.scan("your application was not selected").has(you)  # "you" is no word there
    assert index.scan("your application: you were not selected").has(you)
    assert index.scan("you, your application was not selected").find(you).start() == 0


@pytest.mark.parametrize("pattern", [r"\b\d+ tips\b", r"(?:\[|\{)x", r"(?:x){2}y", r"(foo)bar", r"\bFoo"])
def test_a_pattern_without_a_literal_at_a_word_start_has_no_anchors(pattern: str) -> None:
    assert anchors_of(pattern) is None


def test_a_family_the_index_does_not_know_is_scanned_in_full() -> None:
    known = fam("known", -1.0, r"\bsollicitatie afgewezen\b")
    stranger = fam("stranger", -1.0, r"\bafgewezen\b")
    seen = AnchorIndex([known]).scan("je sollicitatie afgewezen, helaas")
    assert seen.has(known) and seen.has(stranger)
    assert not AnchorIndex([known]).scan("afgewezen").has(known)


def test_a_long_literal_does_not_hide_one_that_begins_inside_it() -> None:
    long, inner = fam("long", -1.0, r"\bcredit card\b"), fam("inner", -1.0, r"\bcard (?:declined|refused)\b")
    seen = AnchorIndex([long, inner]).scan("the credit card declined at the till")
    assert seen.has(long) and seen.has(inner)
    assert re.search(inner.pattern, "the credit card declined")  # the regex itself agrees


def test_every_match_in_turn_is_found_as_a_full_pass_finds_them() -> None:
    families = _families()
    mismatches = []
    for text in _texts()[::2] + TRICKY:
        seen = classifier._INDEX.scan(text)
        for family in families:
            spans = [m.span() for m in seen.finditer(family)]
            if spans != [m.span() for m in family.pattern.finditer(text)]:
                mismatches.append((family.name, text[:80]))
    assert not mismatches, mismatches[:5]


def test_matches_do_not_overlap_and_unknown_families_are_read_in_full() -> None:
    word = fam("word", -1.0, r"\bnot selected(?: not selected)?\b")
    seen = AnchorIndex([word]).scan("not selected not selected, then not selected")
    assert [m.start() for m in seen.finditer(word)] == [0, 32]  # not again at 13, inside the first match
    stranger = fam("stranger", -1.0, r"\bselected\b")
    assert len(list(seen.finditer(stranger))) == 3


def test_a_family_the_scan_cannot_rule_out_has_a_substring_gate() -> None:
    # without anchors a family is searched in full on every job mail; its gate keeps that off most mail
    every = [f for fs in classifier.DECISIONS.values() for f in fs] + list(classifier.P.LOOKALIKES)
    assert not [f.name for f in every if f.anchors is None and not f.need]


@pytest.mark.parametrize("text", ["applied 14 | declined 6 | offer 1", "- refusees : 3 - en attente : 2",
                                  "descartados (4), entrevista (2)", "added: csv export - afgewezen: yaml"])
def test_verdicts_as_counts_pass_their_gate(text: str) -> None:
    family = next(f for f in classifier.P.LOOKALIKES if f.name.startswith("look-alike: verdicts as fields"))
    assert family.search(text)
    assert not family.search("your application was declined on 3 may")  # a verdict said, then a date


@pytest.mark.parametrize("sentence", [
    "we cannot move your application forward until you send the missing certificates",  # a condition before
    "wir konnen ihre bewerbung nicht weiter berucksichtigen, falls wir nichts horen",  # a condition after
    "we will not proceed without your consent to the reference check",
    "unfortunately we will not be moving forward with your application",  # no condition: a decision
    "helaas, je sollicitatie is afgewezen; we wensen je veel succes",
])
def test_the_two_condition_checks_asked_in_one_pass_agree_with_each_alone(sentence: str) -> None:
    alone = bool(classifier._CONDITIONAL.search(sentence) or classifier._CONDITION_AFTER.search(sentence))
    assert bool(classifier._Q_CONDITIONAL.search(sentence)) == alone
    assert bool(classifier._Q_CONDITIONAL.search(sentence, 3, len(sentence) - 2)) == bool(
        classifier._CONDITIONAL.search(sentence, 3, len(sentence) - 2)
        or classifier._CONDITION_AFTER.search(sentence, 3, len(sentence) - 2))


@pytest.mark.parametrize(("sender", "subject", "tracker"), [
    ("noreply-jira@acme-labs.example", "Candidate pipeline status", True),
    ("builds@ci.gitlab.example.org", "weekly digest", True),  # a self-hosted GitLab
    ("builds@ci.example.org", "weekly digest", False),
    ("notifications@github.com", "Application status changed", True),
    ("talent@acme-labs.example", "[JIRA] HR-204 application declined", True),
    ("talent@acme-labs.example", "Re: [acme/hiring-board] Close role 1182", True),
    ("talent@acme-labs.example", "Your application: an update (see pull request etiquette)", True),
    ("talent@acme-labs.example", "Update on your application, PR team role", False),  # "pr" with no number
    ("talent@acme-labs.example", "About the issue with your application", False),
])
def test_tracker_notifications_are_told_by_sender_or_subject(sender: str, subject: str, tracker: bool) -> None:
    raw = f"From: Team <{sender}>\nSubject: {subject}\nContent-Type: text/plain\n\nhello\n".encode()
    assert classifier._tracker(parse(raw)) is tracker
    message = parse(raw)
    address, folded = sender.lower(), fold(subject)
    assert bool(classifier.P.TRACKER_SENDER.search(address) or classifier.P.TRACKER_SUBJECT.search(folded)) is tracker
    assert message.sender.email == sender
