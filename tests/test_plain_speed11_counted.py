"""Counted study nouns found as plain text (speed11): the same count as the pattern gave."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sample", [
    "", "twelve trials were included", "we found 12 studies and 3 rcts.", "two studiestudies", "4 studies_x 5 trials",
    "6 trials\u00e9 7 trials\u2019 8 rcts", "nine randomised controlled trials (rcts) and 1,200 studies", "studies",
    "thirty-two small pilot trials, 3 studies", "10 rctsrcts 11 trialstrials 12 studies9", "fifty studies\n",
])
def test_counted_nouns_are_the_patterns(sample: str) -> None:
    from broker.plain import studytype
    by_pattern = sum(1 for m in studytype._STUDY_NOUN.finditer(sample)
                     if studytype._COUNT_BEFORE.search(sample[max(0, m.start() - 40):m.start()]))
    assert studytype._counted(sample) == by_pattern


def test_counts_read_backwards_are_the_pattern() -> None:
    import random

    from broker.plain import studytype
    pieces = ["12", "1,234", "3,", ",5", "\u0663", "two", "network", "often", "twenty", "thirty-two", "forty-",
              "-one", "Twelve", "eleven", "small", "pilot", "rct", "well-run", "na\u00efve", "x_y", "(4", "9)", "",
              "seventeen", "ninety-nine", "eighty", "nine", "a", "ten-", "fiftyfive"]
    seps = [" ", " ", " ", "  ", "\n", ", ", "-", ""]
    rng = random.Random(11)
    for _ in range(20000):
        before = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 6)))
        before += rng.choice(["", " ", " ", " \n", "\n", "  ", " \n\n"])
        before = before[-40:]
        assert studytype._counts_before(before) == bool(studytype._COUNT_BEFORE.search(before)), repr(before)
