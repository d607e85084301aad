"""Round 8 of clarity (issue 14, after the ninth and tenth blind lay reviews): words still left unexplained."""

from __future__ import annotations

from broker.plain.entry import parts

from . import abstracts_clear


def test_a_fifth_hard_word_is_explained_too() -> None:
    # CD007137.pub5: enteral feeds, probiotics, preterm and sepsis took the four explanations there were, so "NEC"
    # was left bare; one word unexplained is enough for a reader to lose the finding.
    studied, found, _ = parts("", abstracts_clear.LACTOFERRIN)
    told = studied + " " + found
    assert "Sepsis means a life-threatening reaction to infection." in told
    assert "NEC means a serious bowel illness in newborn babies." in told
