"""Patterns tried only where their leads stand (starts.led_matches, led_search) find what finditer and search find:
studies_told's _FEW over a whole abstract and certainty's _UNSURE over a sentence."""

from __future__ import annotations

import random
import re

from broker.plain.certainty import _UNSURE, _UNSURE_LEADS
from broker.plain.starts import led_matches, led_search
from broker.plain.studies_told import (
    _FEW,
    _FEW_LEADS,
    _STUDY_QUALITY,
    _STUDY_QUALITY_LEADS,
    _UNCLEAR,
    _UNCLEAR_LEADS,
)

_FEW_VOCABULARY = [
    "only", "one", "two", "three", "a single", "a few", "new", "additional", "further", "more", "recent", "a", "single",
    "small", "study", "trial", "rct", "rcts", "studies", "trials", "was", "were", "included", "identified", "found",
    "few", "fewer", "limited", "number", "number of", "randomised", "randomized", "controlled", "paucity", "lack",
    "scarcity", "of", "is", "are", "might be", "may be", "could be", "too small", "insufficient", "x_only", "only2",
    "someone", "café", "naïve", "-", "'", "(", ")", ",", ".", ";", "\n", "done", "lackof", "network", "only one",
    "only a single", "a single trial", "two small studies were", "one rct was found", "few trials", "lack of studies",
    "small number of randomised controlled trials", "number of included trials is", "limited number of",
]
_UNSURE_VOCABULARY = [
    "insufficient", "not enough", "not", "enough", "randomised", "randomized", "evidence", "inconclusive", "we", "are",
    "were", "remain", "remains", "very", "uncertain", "is", "was", "still", "unclear", "unknown", "unproven", "no",
    "good", "reliable", "high-quality", "high quality", "clear", "conclusive", "lack of", "lack", "of", "too",
    "limited", "few", "small", "little", "to", "absence", "data", "to-date", "to date", "so far", "sparse", "scarce",
    "weak", "lacking", "insubstantial", "not possible", "possible", "draw", "reach", "make", "cannot be", "drawn",
    "recommended", "made", "definite", "firm", "conclusion", "conclusions", "could", "can", "may", "be", "reached",
    "unwise", "offer", "only", "show", "shows", "showed", "provide", "provides", "provided", "give", "gives", "gave",
    "some", "this", "thesis", "x_is", "is2", "café", "naïve", "-", "'", "(", ")", ",", ".", ";", "\n",
    "unwise to offer firm conclusions", "unwise to make definite conclusions", "gives weak evidence",
    "gave only weak evidence", "provided some weak evidence", "no firm conclusions can be drawn",
    "is only limited evidence", "data so far are too sparse", "too few to",
]


def _texts(vocabulary: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 16))).lower()
        if rng.random() < 0.2:
            text = text.replace(" ", rng.choice(["", "-", "  "]))  # words run together or apart
        texts.append(text)
    return texts


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def test_few_is_finditer() -> None:
    found = 0
    for text in [*_texts(_FEW_VOCABULARY, 15, 40000), "", "only one", "a single trial", "only a single new trial"]:
        expected = list(_FEW.finditer(text))
        assert _spans(led_matches(_FEW, text, _FEW_LEADS)) == _spans(expected), text
        found += len(expected)
    assert found > 3000


def test_unsure_is_search() -> None:
    found = 0
    for text in [*_texts(_UNSURE_VOCABULARY, 16, 40000), "", "this is unclear", "thesis unclear", "isunclear"]:
        expected = _UNSURE.search(text)
        m = led_search(_UNSURE, text, _UNSURE_LEADS)
        assert (m and m.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 3000


_QUALITY_VOCABULARY = [
    "unclear", "overall", "risk of bias", "risk", "of", "bias", "quality", "was", "were", "judged", "lack", "lacked",
    "descriptions", "details", "some", "methodological", "methodology", "inadequately", "reported", "report", "the",
    "none", "did not", "failed to", "them", "these", "studies", "trials", "describe", "described", "reported", "method",
    "allocation concealment", "random", "sequence generation", "low", "poor", "low-quality", "poor-quality",
    "randomised", "randomized", "controlled", "trial", "study", "rct", "rcts", "x_low", "low2", "slow", "café", "-",
    "'", "(", ")", ",", ".", ";", "\n", "none of the studies described", "quality was unclear",
    "low quality randomised controlled trials", "inadequately reported the risk of bias",
]


def test_unclear_and_study_quality_are_search() -> None:
    found = 0
    for text in [*_texts(_QUALITY_VOCABULARY, 17, 40000), "", "unclear risk of bias", "poor-quality rcts"]:
        for pattern, leads in ((_UNCLEAR, _UNCLEAR_LEADS), (_STUDY_QUALITY, _STUDY_QUALITY_LEADS)):
            expected = pattern.search(text)
            m = led_search(pattern, text, leads)
            assert (m and m.span()) == (expected and expected.span()), text
            found += expected is not None
    assert found > 3000
