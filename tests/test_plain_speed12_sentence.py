"""Answers a sentence keeps once found are the answers the patterns give."""

from __future__ import annotations

import pytest

from broker.plain.reading import read
from broker.plain.text import says
from broker.plain.wishes import LEFT_OUT, LEFT_OUT_WORDS

_TEXTS = [
    "This review did not investigate the effects of screening in people with a genetic disposition.",
    "No data are available on use of this technique in patients at high risk of complications.",
    "Two trials were excluded. Aspirin may reduce pain in adults.",
    "We found no studies in children. Data were not reported on harms.",
    "Les études n’ont pas été incluses; no trials of café were excluded.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_left_out_is_the_pattern(text: str) -> None:
    for s in read(text).sentences:
        assert s.left_out == says(LEFT_OUT, s.low, *LEFT_OUT_WORDS) == bool(LEFT_OUT.search(s.low))


def test_people_caches_last_one_entry() -> None:
    from broker.plain.entry import parts
    from broker.plain.people import PEOPLE_CACHES, who_elsewhere

    doc = read("We included two trials in 60 adults with asthma. Aspirin may reduce pain in adults with asthma.")
    assert who_elsewhere(doc, doc.sentences[1], [doc.sentences[1]]) == "adults with asthma"
    assert any(cache.cache_info().currsize for cache in PEOPLE_CACHES)
    parts("", "")
    assert not any(cache.cache_info().currsize for cache in PEOPLE_CACHES)


_EVALUATIVE_VOCABULARY = [
    "effective", "ineffective", "safe", "beneficial", "useful", "helpful", "harmful", "recommended", "promising",
    "appropriate", "worthwhile", "effectiveness", "safety", "unsafe", "usefulness", "meta-analyses showed",
    "meta-analysis found", "no", "some", "little", "limited", "insufficient", "weak", "strong", "good", "clear",
    "conflicting", "enough", "evidence", "evidence-based", "evidence's", "no-evidence", "2safe", "safe2", "x_safe",
    "café", "sûr", "the", "trials", "were", "and", ",", ".", "(", ")", "-", "'", "1",
]


def test_evaluative_is_the_pattern() -> None:
    import random

    from broker.plain.reading import EVALUATIVE, Sentence
    from broker.plain.text import has_digit

    rng = random.Random(7)
    for _ in range(20000):
        text = " ".join(rng.choice(_EVALUATIVE_VOCABULARY) for _ in range(rng.randint(1, 10)))
        s = Sentence(text, 0, "text", 0, False, has_digit(text))
        assert s.evaluative == bool(EVALUATIVE.search(s.low)), text
