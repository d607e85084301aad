"""Round 7 of the blind lay review (seed 5519): words and phrases the reviewers still stumbled on."""

from __future__ import annotations

from broker.plain.simplify import clean


def test_either_stays_where_no_or_follows_it() -> None:
    # CD003052: "remains compatible with large differences in either direction" lost its "either" and read
    # "in direction" (round 6, clear=no).
    assert clean("Information on harms is sketchy, and remains compatible with large differences in either "
                 "direction.").endswith("large differences in either direction.")
    assert clean("Nine studies compared 1354 participants randomised to either vitamin B or placebo.") == \
        "Nine studies compared 1354 participants randomised to vitamin B or placebo."
