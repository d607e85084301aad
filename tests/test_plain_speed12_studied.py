"""_design_score asks _DESIGN and _WHO only where they can match: where its tokens say they cannot, they do not."""

from __future__ import annotations

import random

from broker.plain import design
from broker.plain.reading import plain_words
from broker.plain.text import mentions, word_tokens
from broker.plain.words import GROUPS

_VOCABULARY = [
    *design._DESIGN_WHO, *design._DESIGN_DID, *design._WHO_LAST, *GROUPS, "this review", "the review", "the authors",
    "looked at", "focused on", "randomly allocated", "designed to", "were randomly assigned", "we randomised",
    "we randomized", "aims were", "objective is", "purposes of this", "set out to", "is looking for", "was a trial of",
    "is a study of", "was an evaluation of", "maim was", "in", "among", "for", "of", "with", "aged", "who", "pregnant",
    "pregnancy", "the", "and", "trials2", "2studies", "x_trials", "children's", "non-smokers", "ex-users", "café",
    "naïve", "1", "(", ")", ",", ".", ";", "-", "'", "young", "older", "families", "newborn", "high-quality",
    "trials-compared", "we-used", "non-smokers", "co-researchers", "in-patients", "x-used", "women-only",
    "patients-based",
]


def _texts(n: int) -> list[str]:
    rng = random.Random(12)
    return [" ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(2, 14))).lower() for _ in range(n)]


def test_design_asked_wherever_it_can_match() -> None:
    for low in _texts(20000):
        alone, tokens = design._alone(low, word_tokens(low))
        skipped = alone and (design._DESIGN_WHO.isdisjoint(tokens)
                             or design._DESIGN_DID.isdisjoint(tokens)) and not mentions(low, design._DESIGN_SAYS)
        if skipped:
            assert not design._DESIGN.search(low), low


def test_who_asked_wherever_it_can_match() -> None:
    for low in _texts(20000):
        alone, tokens = design._alone(low, word_tokens(low))
        skipped = alone and design._WHO_LAST.isdisjoint(tokens) and "pregnan" not in low
        if skipped:
            assert not design._WHO.search(low), low


def test_the_texts_reach_both_ways() -> None:
    texts = _texts(20000)
    assert sum(bool(design._DESIGN.search(t)) for t in texts) > 1000
    assert sum(bool(design._WHO.search(t)) for t in texts) > 1000
    assert sum(plain_words(t) for t in texts) > 1000


def test_the_tokens_pass_over_many() -> None:
    texts = [t for t in _texts(20000) if plain_words(t)]
    assert sum(design._WHO_LAST.isdisjoint(word_tokens(t)) and "pregnan" not in t for t in texts) > 500
    assert sum(design._DESIGN_DID.isdisjoint(word_tokens(t)) for t in texts) > 500
