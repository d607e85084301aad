"""says_result_in, which asks a sentence's tokens first, says what says_result says of its lower case."""

from __future__ import annotations

import random

from broker.plain.compared import _RESULT_NEEDS, says_result, says_result_in
from broker.plain.reading import Sentence
from broker.plain.text import has_digit

_VOCABULARY = [
    *_RESULT_NEEDS, "significantly", "differences", "more likely", "less likely", "rates were", "rate was",
    "risk of bias", "identified records", "screened titles", "found citations", "120 records", "3 publications",
    "moderate", "accurate", "rated", "effects", "effectiveness", "benefits", "higher-dose", "non-significant",
    "quality's", "full text", "full-text", "x_higher", "higher2", "2lower", "50%", "café", "naïve", "no", "more", "the",
    "trials", "were", "was", "(", ")", ",", ".", "-", "'",
]


def test_says_result_in_is_says_result() -> None:
    rng = random.Random(3)
    for _ in range(30000):
        text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(1, 9)))
        text = text[:1].upper() + text[1:]
        s = Sentence(text, 0, "text", 0, False, has_digit(text))
        assert says_result_in(s) == says_result(s.low), text
