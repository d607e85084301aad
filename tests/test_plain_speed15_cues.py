"""studytype._count, which tries a cue only where one of its leads stands, counts what findall counts."""

from __future__ import annotations

import random

from broker.plain.studytype import _CUE_RES, _count

_VOCABULARY = [
    "review", "review authors", "rapid review", "we", "we searched", "we included", "included", "includes",
    "identified", "in this review", "in", "this", "met", "the", "our", "inclusion", "criteria", "meta-analysis of",
    "meta-analyses", "metaanalysis", "found", "selected", "scoping", "examined", "umbrella", "updated", "update",
    "this update", "systematic", "systematical", "systematically", "cochrane review", "evidence synthesis", "studies",
    "trials", "rcts", "reviews", "12", "two,", "well-designed", "randomly", "assigned", "allocated", "randomised",
    "randomized", "were", "was", "to", "into", "rct", "rcts", "xrct", "controlled trial", "placebo-controlled", "café",
    "naïve", "-", "'", "(", ")", ",", ".", "x_included", "included2", "Review", "THIS", "we randomised", "reviewé",
]


def test_count_is_findall() -> None:
    rng = random.Random(15)
    counted = 0
    for _ in range(20000):
        text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14))).lower()
        if rng.random() < 0.3:
            text = text.replace(" ", "")[: rng.randint(0, 40)]  # words run together: matches start mid-word
        for _kind, _strength, pattern, _needs, leads in _CUE_RES:
            if leads is not None:
                n = len(pattern.findall(text))
                assert _count(pattern, text, leads) == n, (pattern.pattern[:40], text)
                counted += n
    assert counted > 20000


def test_count_edges() -> None:
    for text in ["", "this", "this review this review", "we included 3 trials", "included the two small trials",
                 "the reviewthe review", "xrct rct", "randomised to", "were randomizedrandomized into "]:
        for _kind, _strength, pattern, _needs, leads in _CUE_RES:
            if leads is not None:
                assert _count(pattern, text, leads) == len(pattern.findall(text)), text
