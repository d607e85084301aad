"""verdict._general_in, which asks a sentence's tokens first where they stand alone, is GENERAL.search."""

from __future__ import annotations

import random

from broker.plain.kinds import GENERAL
from broker.plain.reading import Sentence
from broker.plain.text import has_digit
from broker.plain.verdict import _general_in

_VOCABULARY = [
    "any", "all", "overall", "in general", "nearly all", "most", "therapy", "therapies", "treatment", "treatments",
    "intervention", "interventions", "outcome", "outcomes", "comparisons", "patients", "people", "participants", "in",
    "among", "for", "adults", "children", "women", "men", "infants", "babies", "carers", "older people", "with", "who",
    "having", "undergoing", "receiving", "after", "aged", "at", "other", "3", "x_all", "all2", "non-patients",
    "women's", "therapist", "generally", "café", "the", "trials", ",", ".", "(", ")", "-", "'",
]


def test_general_is_the_pattern() -> None:
    rng = random.Random(19)
    found = 0
    for _ in range(30000):
        text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(1, 9)))
        s = Sentence(text, 0, "text", 0, False, has_digit(text))
        general = bool(GENERAL.search(s.low))
        assert _general_in(s) == general, text
        found += general
    assert found > 1000
