""""a" made "an" found by its letter first (speed11): the same places as the pattern led by its look-behinds."""

from __future__ import annotations

import re

import pytest

from broker.plain import clearer, jargon
from broker.plain.words import trie_pattern

_SAMPLES = [
    "", "a advantage", "A advantage", "An advantage", "xa advantage", "-a advantage", "_a advantage", "a  advantage",
    "It was a extra dose. A extra dose. A improvement? A extra! A extra", "x.A extra", ". A extra", "\u00e9a extra",
    "na\u00efve a extra", "a improvementx", "a improvement-like", "(a extra)", "\"a extra", "a\nextra",
    "some a unconditional cash transfer", "A unconditional cash transfer", "a UCT", "Data a extra dose.",
]


def _as_before(words: set[str]) -> re.Pattern[str]:
    """``clearer.an_before`` as it was: led by look-behinds, with a group for each case."""
    return re.compile(r"(?:(?<![\w-])(a)|(?:^|(?<=[.!?] ))(A)) (?=(?:" + trie_pattern(words) + r")(?![\w-]))")


@pytest.mark.parametrize("sample", _SAMPLES)
def test_an_is_found_where_it_was(sample: str) -> None:
    for words in ({"advantage", "extra", "improvement"}, {"unconditional", "extra"}):
        old, new = _as_before(words), clearer.an_before(words)
        assert [m.span() for m in new.finditer(sample)] == [m.span() for m in old.finditer(sample)]
        assert clearer.with_an(new, sample) == old.sub(lambda m: (m.group(1) or m.group(2)) + "n ", sample)


@pytest.mark.parametrize("sample", _SAMPLES)
def test_an_patterns_of_the_modules(sample: str) -> None:
    for pattern in (clearer._AN, jargon._AN):
        words = pattern.pattern.split("(?=(?:", 1)[1][:-len(")(?![\\w-]))")]
        old = re.compile(r"(?:(?<![\w-])(a)|(?:^|(?<=[.!?] ))(A)) (?=(?:" + words + r")(?![\w-]))")
        assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in old.finditer(sample)]
