"""Round 7 of the blind lay review (seed 5519): words and phrases the reviewers still stumbled on."""

from __future__ import annotations

from broker.plain.simplify import clean, simplify


def test_either_stays_where_no_or_follows_it() -> None:
    # CD003052: "remains compatible with large differences in either direction" lost its "either" and read
    # "in direction" (round 6, clear=no).
    assert clean("Information on harms is sketchy, and remains compatible with large differences in either "
                 "direction.").endswith("large differences in either direction.")
    assert clean("Nine studies compared 1354 participants randomised to either vitamin B or placebo.") == \
        "Nine studies compared 1354 participants randomised to vitamin B or placebo."


def test_a_verb_swap_is_not_made_where_the_word_describes_a_noun() -> None:
    # CD004468.pub2: "any of the examined TCHP" read "any of the looked at TCHP" (round 6, the lead).
    told = simplify("There is currently insufficient evidence for effectively treating stable angina pectoris with "
                    "any of the examined TCHP in this review, due to the small number of included studies and "
                    "participants.")
    assert "any of the studied TCHP" in told and "looked at" not in told
    assert "looked at" in simplify("Two trials examined the effect of exercise on pain.")
