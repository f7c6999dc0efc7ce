"""The anchor scan's shortcuts answer as a full search does (speed changes must never change a verdict).

``Seen.has`` asks the cheaper of a family's substring gate and its places first, and matches with the family's
``quick`` form; a positive look-behind that ends with a space ("(?<=[.!?,] )the post") begins a word, so its literal is
found by the word-start scan instead of being looked for anywhere.
"""

from __future__ import annotations

import pytest

from nextround.detect.anchors import AnchorIndex, anchors_of
from nextround.detect.patterns import fam

# Many needles, one place: the places are asked first, the needles still decide.
_MANY_NEEDLES = fam("test: the slot went to another", 1.0,
                    ("went to", "given to", "handed to", "passed to", "offered to"),
                    r"\b(?:the|this) slot (?:\w+ ){0,2}(?:went|was given|was handed|was passed|was offered) to")
# Few needles, many places: the needles are asked first.
_FEW_NEEDLES = fam("test: a slot taken", 1.0, ("taken",), r"\b(?:the|a|this) slot (?:is|was) taken\b")
_AFTER_SPACE = fam("test: the slot is gone", 1.0, r"(?:^|(?<=[.!?,] ))(?:sadly,? )?the slot is gone\b")


@pytest.mark.parametrize("text", [
    "sadly the slot quickly went to a colleague of mine.",
    "the slot went to someone who applied earlier. the slot is gone, sadly.",
    "a slot was taken by noon; the slot was taken too.",
    "ok, the slot is gone",
    "ok, sadly the slot is gone",  # no punctuation right before "the": the look-behind does not allow it
    "the slot is gone for now",
    "we went to the slot machine, it was given to charity",  # needles without the phrase
    "the slot went nowhere; this slot is free",  # the phrase's start without its needles
    "ok,the slot is gone",  # no space after the comma
    "bathe slot is gone",
])
def test_shortcuts_answer_as_a_full_search(text: str) -> None:
    families = [_MANY_NEEDLES, _FEW_NEEDLES, _AFTER_SPACE]
    seen = AnchorIndex(families).scan(text)
    for family in families:
        assert seen.has(family) == family.search(text), (family.name, text)
        found, full = seen.find(family), family.pattern.search(text)
        assert (found and found.span()) == (full and full.span()), (family.name, text)


def test_a_literal_after_a_lookbehind_that_ends_with_a_space_begins_a_word() -> None:
    anchors = anchors_of(r"(?:^|(?<=[.!?,] ))(?:sadly,? )?the slot is gone\b")
    assert anchors is not None and anchors.at_start
    assert "the slot is gone" in anchors.literals and not anchors.inner
    # a look-behind that may end with a letter does not: that literal is still looked for anywhere
    assert "the slot" in anchors_of(r"(?<=[.!?,] |x)the slot").inner


def test_a_match_at_a_place_without_any_needle_is_no_match() -> None:
    # the gate is the family's own rule: asked after the places, it still says no
    gated = fam("test: gated", 1.0, ("first", "second", "third", "fourth"), r"\bthe slot\b")
    for text, expected in (("the slot is free", False), ("the slot is free, the third one", True)):
        seen = AnchorIndex([gated]).scan(text)
        assert seen.has(gated) is expected == gated.search(text)
