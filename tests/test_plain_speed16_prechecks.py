"""topic._AGAINST and purpose._FOR are tried only where a word each needs is written: where none is, neither finds
anything, so the answers are the old ones."""

from __future__ import annotations

import random

from broker.plain import purpose, topic
from broker.plain.text import mentions

_VOCABULARY = [
    "than", "over", "versus", "compared with", "compared to", "superior to", "inferior to", "non-inferior to",
    "equivalent to", "similar to", "of similar efficacy to", "similar benefit to", "Than", "OVER", "Compared with",
    "than,", "over-the-counter", "compared", "comparedwith", "moreover", "thanks", "the", "treatment", "treating",
    "Treatment", "TREATMENT", "prevention", "preventing", "management", "managing", "relief", "relieving", "control",
    "controlling", "reduction", "reducing", "detecting", "detection", "diagnosing", "diagnosis", "therapy", "care",
    "option", "analgesic", "painkiller", "medicine", "drug", "intervention", "method", "for", "For", "FOR", "in",
    "In", "of", "from", "an", "a", "effective", "standard", "symptomatic", "aspirin", "placebo", "ulcers", "pain",
    "was", "is", "and", "but", "café", "naïve", "β-blockers", "children's", "x-ray", "1", ",", ".", ";", "(", ")",
    "-", "'", "  ", "groups", "arm", "for-", "-for", "treat-ment", "therapyfor",
]


def _texts(n: int) -> list[str]:
    rng = random.Random(16)
    return [" ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def _same(a: object, b: object) -> bool:
    """Two matches (or None) alike: the same span and groups."""
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()  # type: ignore[attr-defined]


def test_against_as_the_pattern() -> None:
    for text in [*_texts(20000), ""]:
        for t in (text, text.lower()):
            assert _same(topic._against(t), topic._AGAINST.search(t)), t


def test_for_needs_a_word() -> None:
    for text in [*_texts(20000), ""]:
        for t in (text, text.lower()):
            if not mentions(t, purpose._FOR_WORDS):
                assert not purpose._FOR.search(t), t


def test_the_texts_reach_both_ways() -> None:
    texts = _texts(20000)
    assert sum(bool(topic._AGAINST.search(t)) for t in texts) > 1000
    assert sum(bool(purpose._FOR.search(t)) for t in texts) > 300
    assert sum(not mentions(t, topic._AGAINST_WORDS) for t in texts) > 500
    assert sum(not mentions(t, purpose._FOR_WORDS) for t in texts) > 500
