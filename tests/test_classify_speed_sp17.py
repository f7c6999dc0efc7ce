"""The start-up and compile-time work of the rules, done faster, gives the same answers as the plain way: reading a
regex's structure, the anchor scan's trie and closure, and the letter-grouped ("quick") form of a family."""

from __future__ import annotations

import random
import re

from nextround.detect import anchors, regex_parts
from nextround.detect.patterns import by_letter, fam


def _random_patterns(seed: int, count: int, alphabet: str = "ab|()[]\\?:") -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(count)]


def test_structure_read_by_the_engine_is_the_token_loops():
    """top_level and group_end (one regex match per alternative) agree with the loop over each token, also on
    broken patterns (unpaired brackets, a trailing backslash, an unclosed class) and nesting past the regex's depth."""
    deep = "(" * 20 + "a|b" + ")" * 20 + "|c"
    written = [r"\b(?:je|jij) (?:[\w-]+ ){0,4}(?:in|terug)\b|x", r"[|(]|\||(?:a|\))"]
    patterns = [*_random_patterns(1, 5000), deep, *written]
    for pattern in patterns:
        assert regex_parts.top_level.__wrapped__(pattern) == regex_parts._top_level_by_tokens(pattern), pattern
        for at in range(len(pattern)):
            assert regex_parts.group_end.__wrapped__(pattern, at) == regex_parts._group_end_by_tokens(pattern, at), \
                (pattern, at)


def test_trie_matches_the_longest_word_at_each_place():
    rnd = random.Random(2)
    for _ in range(300):
        words = {"".join(rnd.choice("ab '-<e0") for _ in range(rnd.randint(1, 6))) for _ in range(rnd.randint(1, 30))}
        trie = re.compile(f"({anchors._trie(words)})")
        text = "".join(rnd.choice("ab '-<e0x") for _ in range(60))
        for at in range(len(text)):
            longest = max((w for w in words if text.startswith(w, at)), key=len, default=None)
            m = trie.match(text, at)
            assert (m.group(1) if m and m.group(1) else None) == longest, (sorted(words), text, at)


def test_closure_is_every_prefix_family_that_may_begin_there():
    """Each literal's families: its own and those of its prefixes, unless the prefix's family reads it up to a word
    boundary and the literal goes on in the same word ("you\\b" where "your" was found)."""
    rnd = random.Random(3)
    for _ in range(300):
        owners: dict[str, set[int]] = {}
        for _ in range(rnd.randint(1, 25)):
            literal = "".join(rnd.choice("ab y") for _ in range(rnd.randint(1, 5)))
            owners.setdefault(literal, set()).add(rnd.randint(1, 6))
        bounded = {(w, i) for w, ids in owners.items() for i in ids if rnd.random() < 0.4}
        word = anchors._word
        expected = {w: {i for k in range(1, len(w) + 1) for i in owners.get(w[:k], ())
                        if k == len(w) or word(w[k - 1]) != word(w[k]) or (w[:k], i) not in bounded}
                    for w in owners}
        assert {w: set(ids) for w, ids in anchors._closure(owners, bounded).items()} == expected


def test_scan_without_the_literals_that_tell_nothing_new_gives_each_family_the_same_places():
    """A literal whose families are those of its longest kept prefix is left out of the word-start scan: where it
    was found, the prefix is found, and every family gets the places it got before."""
    rnd = random.Random(4)
    for _ in range(200):
        owners: dict[str, set[int]] = {}
        for _ in range(rnd.randint(1, 25)):
            literal = rnd.choice("ab") + "".join(rnd.choice("ab y") for _ in range(rnd.randint(0, 5)))
            owners.setdefault(literal, set()).add(rnd.randint(1, 4))
        bounded = {(w, i) for w, ids in owners.items() for i in ids if rnd.random() < 0.4}
        full = anchors._closure(owners, bounded)
        kept = anchors._telling(full)
        assert set(kept) <= set(full)
        text = "".join(rnd.choice("ab y.") for _ in range(80))
        places = []
        for table in (full, kept):
            scan = re.compile(f"[^a-z0-9](?=({anchors._trie(table)}))")
            found: dict[int, set[int]] = {}
            for literal, positions in anchors._word_starts(scan, text).items():
                for family in table[literal]:
                    found.setdefault(family, set()).update(positions)
            places.append(found)
        assert places[0] == places[1], (owners, text)


def test_letter_grouped_form_answers_as_the_family():
    """Options that share a first letter are written once per letter ("j(?:e|ij) ..."), and the grouped form still
    occurs exactly where the family does."""
    family = fam("the candidate withdraws (test)", 1.0,
                 r"\b(?:je|jij|u|ge|gij) (?:\w+ )?niet (?:langer |meer )?(?:verder|door) (?:wilt|wil|wenst)\b",
                 r"\b(?:de |het )?(?:kandidaat|kandidate) (?:heeft )?(?:zich )?teruggetrokken\b")
    grouped = by_letter(family.source)
    assert grouped is not None and "(?:e|ij) (?:\\w+ )?niet" in grouped
    assert grouped.count("niet (?:langer") == 3  # once for j, u and g, not once for each of the five words
    texts = ["beste, je wilt niet langer verder wilt gaan", "jij wil echt niet meer door wil", "u wil niet door wenst",
             "gij wou niet verder wil", "de kandidaat heeft zich teruggetrokken", "kandidate teruggetrokken",
             "het kandidaatschap teruggetrokken", "jeje wilt niet verder wilt", "hij wil niet verder wilt",
             "ge niet door wenst", "u niet verder", "zij heeft zich teruggetrokken"]
    quick = re.compile(grouped, re.ASCII)
    for text in texts:
        assert (quick.search(text) is None) == (family.pattern.search(text) is None), text
        for at in range(len(text)):
            assert (quick.match(text, at) is None) == (family.pattern.match(text, at) is None), (text, at)
