"""clean reads "or" phrases (_OR_PHRASES) only where _may_say_or_phrases lets it: never where the pattern finds one."""

from __future__ import annotations

import random

from broker.plain import simplify
from broker.plain.words import OR_SWAPS

_PIECES = [
    *OR_SWAPS, "With Or Without", "WHETHER OR NOT", "And/Or", "ONE or MORE", "Either", "EITHER", "eithers", "neither",
    "w\u0131th or w\u0131thout", "with or\u00a0without", "with  or without", "one-or-more", "two or", "or more",
    "whether", "or", "not", "x", "na\u00efve", "\u212a", "-", "'", ",", ".", "(", ")", "2", "",
]


def test_the_pattern_is_asked_wherever_it_finds_a_phrase() -> None:
    rng = random.Random(14)
    found = 0
    for _ in range(20000):
        s = "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ", "-", "/", ", ")) for _ in range(rng.randint(0, 8)))
        if simplify._OR_PHRASES.search(s):
            found += 1
            assert simplify._may_say_or_phrases(s, s.lower()), s
    assert found > 1000


def test_plain_text_without_the_words_is_not_asked() -> None:
    assert not simplify._may_say_or_phrases("Aspirin or placebo was given.", "aspirin or placebo was given.")
    assert simplify._may_say_or_phrases("Wıth or wıthout", "wıth or wıthout")
