"""is_wish given a sentence's tokens says what it says from the text alone."""

from __future__ import annotations

import random

from broker.plain.text import word_tokens
from broker.plain.wishes import _WISH_WORDS, is_wish

_VOCABULARY = [
    *_WISH_WORDS, "further research is needed", "more trials are required", "studies are warranted", "is necessary",
    "should", "must", "would", "could", "will", "need for more research", "trials should", "awaiting the results",
    "await the results", "ongoing trials", "warrants further", "should be performed", "should be considered in future",
    "needs to be studied", "need further study", "we recommend that further", "rationale for more",
    "justification for new", "case for larger", "to determine the effect, it needs to be", "need to conduct a trial",
    "may change the conclusion", "could alter conclusions", "might overturn this conclusion",
    "would greatly help identify relevant work", "future", "larger", "high-quality", "well-designed", "randomised",
    "evidence", "data", "no", "could not be found", "needed.", "needs", "needing", "unneeded", "shoulder", "willing",
    "mustard", "changed", "alternative", "café", "naïve", "'will'", "re-needed", "trials", "the", ",", ".", ";", "(",
    ")", "-", "'", "2",
]


def test_is_wish_by_tokens_is_is_wish() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(30000):
        low = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(1, 12)))
        wish = is_wish(low)
        assert is_wish(low, word_tokens(low)) == wish, low
        found += wish
    assert found > 1000
