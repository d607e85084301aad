"""Swaps found with the character before them (speed11): the same swaps, and swapped alike, as with the look-behind."""

from __future__ import annotations

import re

import pytest

from broker.plain import simplify
from broker.plain.words import SWAPS, trie_pattern
from broker.trie import NOT_IN_WORD

_WORDS = {v for k in SWAPS for v in (k, k[:1].upper() + k[1:])} | {"RCT", "RCTs"}
_SAMPLES = [
    "", "Participants were randomised.", "participants-participants xparticipants participants_ (participants)",
    "vs.participants vs. participants i.v. intravenous (i.v.)participants", "na\u00efve \u00e9participants",
    " ".join(sorted(_WORDS)[::5]), "-".join(sorted(_WORDS)[::9]), "an additional dose and a additional one",
    "Five trials assessed pain; the risk of bias assessed mean that", "the modified Rankin scale was modified",
    "early or CD4-guided initiation of ART", "'quoted participants' and participants", "RCTs and the RCT",
]


# The swaps as speed11 found them, by the character before each (``simplify._SWAPS`` now reads them this way from one
# lower-case word list, as tests/test_plain_speed14_wordlist.py checks).
_SWAP_RE = re.compile(r"[^\w-](" + trie_pattern(simplify._SWAPS.forms) + r")(?![\w-])")


@pytest.mark.parametrize("sample", _SAMPLES)
def test_swaps_are_found_where_the_look_behind_found_them(sample: str) -> None:
    old = re.compile(NOT_IN_WORD + "(?:" + trie_pattern(_WORDS) + r")(?![\w-])")
    assert [(m.start(1) - 1, m.end(1) - 1) for m in _SWAP_RE.finditer(" " + sample)] == [
        m.span() for m in old.finditer(sample)]


def test_swaps_start_with_a_letter_or_digit() -> None:
    """A match is followed by no letter, digit or "-", so no swap can start where one ends: a consumed character
    before each swap hides none."""
    assert all(re.match(r"\w", word) for word in _WORDS)
