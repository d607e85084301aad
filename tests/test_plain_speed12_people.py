"""The sentences named_most passes over by their tokens are those _GROUP_NAMED finds nothing in."""

from __future__ import annotations

import re

import pytest

from broker.plain import people
from broker.plain.reading import plain_words, read
from broker.plain.text import word_tokens

_TEXTS = [
    "Pregnant women and older people were included.",
    "The children's parents, non-smokers and ex-smokers took part.",
    "Treatment of women (n = 40) and men (n = 38); 2children and children2 are no words.",
    "Caregivers' burden fell in carers of adults aged 65.",
    "No group is named here, only treatments and management.",
    "Les enfants et les mères: children, mothers and newborns in São Paulo.",
    "Elderly adolescents, teenagers, students, donors, infants, babies and neonates.",
    "An adult with asthma; women_only groups; MEN and Women in capitals.",
]


def test_group_words_are_the_patterns_last_words() -> None:
    choices = re.sub(r"^\\b\(|\)\\b$", "", people._GROUP_NAMED.pattern).split("|")
    last = {c.split()[-1].replace("s?", "") for c in choices} | {c.split()[-1].replace("s?", "s") for c in choices}
    assert last == people._GROUP_LAST


@pytest.mark.parametrize("text", _TEXTS)
def test_passed_over_only_where_nothing_is_found(text: str) -> None:
    for s in read(text).sentences:
        for low in (s.low, s.low.replace("-", " "), s.low.replace("'", " ")):
            tokens = word_tokens(low)
            if people._GROUP_LAST.isdisjoint(tokens) and plain_words(low):
                assert not list(people._GROUP_NAMED.finditer(low)), low


def test_hyphened_passed_over_only_where_nothing_is_found() -> None:
    import random

    vocabulary = ["women", "men", "children", "older people", "pregnant women", "adult", "adults", "non", "smokers",
                  "placebo", "controlled", "care", "givers", "caregivers", "treatment", "elderly", "x", "2", "_", ",",
                  ".", "(", ")", "-", "'", "café"]
    rng = random.Random(31)
    passed = 0
    for _ in range(30000):
        low = rng.choice(["", " "]).join(rng.choice(vocabulary) for _ in range(rng.randint(1, 8)))
        low = low.replace(" - ", "-") if rng.random() < 0.5 else low
        if people._GROUP_LAST.isdisjoint(word_tokens(low)) and people._unhyphenated_without_group(low):
            passed += 1
            assert not list(people._GROUP_NAMED.finditer(low)), low
    assert passed > 1000
