"""Final swaps found with the character before them (speed11): the same swaps as the look-behind found."""

from __future__ import annotations

import re

import pytest

from broker.plain import clearer
from broker.plain.words import FINAL_SWAPS, trie_pattern

_WORDS = {v for k in FINAL_SWAPS for v in (k, k[:1].upper() + k[1:])}
_SAMPLES = [
    "", "Placebo was given.", "placebo-placebo xplacebo placebo_ (placebo) 'placebo'",
    "na\u00efve \u00e9" + sorted(FINAL_SWAPS)[0], " ".join(sorted(_WORDS)[::5]), "-".join(sorted(_WORDS)[::9]),
    "the odds of death were 2.5 times higher; the odds of relapse fell",
    "low- or very low-certainty evidence and low-certainty evidence",
    "'no clinically significant response' in global state and a superiority",
]


# The final swaps as speed11 found them, by the character before each (``clearer._FINALS`` now reads them this way from
# one lower-case word list, as tests/test_plain_speed14_wordlist.py checks).
_FINAL = re.compile(r"[^\w-](" + trie_pattern(clearer._FINALS.forms) + r")(?![\w-])")


@pytest.mark.parametrize("sample", _SAMPLES)
def test_final_swaps_are_found_where_the_look_behind_found_them(sample: str) -> None:
    old = re.compile(r"(?<![\w-])(?:" + trie_pattern(_WORDS) + r")(?![\w-])")
    assert [(m.start(1) - 1, m.end(1) - 1) for m in _FINAL.finditer(" " + sample)] == [
        m.span() for m in old.finditer(sample)]


def test_final_swaps_end_with_a_letter_digit_or_hyphen() -> None:
    """A swap that ended otherwise could be followed at once by the next, which a consumed character would hide."""
    assert all(re.fullmatch(r".*[\w-]", word) for word in _WORDS)
