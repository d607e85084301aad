"""Patterns tried only where a word each needs is written (topic_whom._KIND_FOR, topic._AT_DOSE, design._ESTIMATE,
topic_usable's _NOT_A_THING and _DOSE_ONLY), and topic_phrases._CONCEDING matched at the start rather than searched:
where the words are missing, the pattern finds nothing, so every answer is the old one."""

from __future__ import annotations

import random

from broker.plain import design, topic, topic_phrases, topic_usable, topic_whom
from broker.plain.text import mentions

_VOCABULARY = [
    # _KIND_FOR's kinds, and near misses
    "intervention", "interventions", "strategies", "programmes", "programs", "approaches", "treatment", "treatments",
    "therapy", "therapies", "antibiotics", "antidepressants", "medicines", "medications", "drugs", "surgery", "trials",
    "RCTs", "studies", "Interventions", "RCTS", "rcts", "non-drugs", "drug", "for", "For", "FOR", "fore", "the",
    "treatment of", "preventing", "reducing", "insomnia", "CT infection",
    # _AT_DOSE
    "at", "a", "dose", "doses", "Dose", "of", "12", "0.5", "mg", "g", "IU", "µg", "μg", "/kg", "per", "day", "week",
    "dosed", "overdose",
    # _ESTIMATE
    "CI", "RR", "OR", "HR", "SMD", "MD", "P", "p", "=", "<", ">", "P=0.03", "p<0.01", "odds ratio", "risk ratio",
    "hazard ratio", "confidence interval", "95%", "Odds Ratio", "ci", "or", "MDs", "xCI", "OR2",
    # _NOT_A_THING and _DOSE_ONLY (phrases, lower case)
    "evidence", "quality", "certainty", "subgroup", "subgroups", "analysis", "analyses", "risk", "estimate",
    "estimates", "risk estimates", "consistency", "data", "enough", "considering", "even", "albeit", "despite",
    "given", "because", "due", "although", "whilst", "single", "one", "first", "daily", "course", "courses", "session",
    "sessions", "an", "sessionsof", "datum", "underestimate",
    # _CONCEDING
    "Despite", "DESPITE", "Although", "though", "Though", "while", "While", "Whilst", "even though", "Even though",
    ",", ", ", "aspirin", "was", "reduced", "pain",
    # the rest
    "café", "naïve", "β-blockers", "children's", "x-ray", "-", "'", ";", ".", "(", ")", "  ",
]


_KINDS = [*_VOCABULARY[:34], "café", "naïve", "-", "'", ",", ".", "(", ")", "x-ray"]  # for _KIND_FOR, more often


def _texts(n: int, vocabulary: list[str] = _VOCABULARY) -> list[str]:
    rng = random.Random(16)
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _spans(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_kind_for_needs_a_word() -> None:
    for text in [*_texts(20000), *_texts(20000, _KINDS), ""]:
        if not mentions(text, topic_whom._KIND_FOR_WORDS):
            assert not topic_whom._KIND_FOR.search(text), text


def test_at_dose_needs_dose() -> None:
    for text in [*_texts(20000), ""]:
        if "dose" not in text:
            assert topic._AT_DOSE.sub("", text) == text, text


def test_at_dose_found_where_written() -> None:
    """The sentences the look lets through are cut as before ("alemtuzumab at a dose of 12 mg per day")."""
    cases = {
        "alemtuzumab at a dose of 12 mg per day was better": "alemtuzumab was better",
        "X, at the doses of 0.5 \u00b5g/kg a week, helped": "X, helped",
        "X at doses of 3 IU": "X",
        "at dose of 1g": "at dose of 1g",
        "X at a Dose of 12 mg": "X at a Dose of 12 mg",
        "X at an overdose of 12 mg": "X at an overdose of 12 mg",
        "": "",
    }
    for text, cut in cases.items():
        assert topic._AT_DOSE.sub("", text) == cut, text
        assert "dose" in text or cut == text, text


def test_estimate_as_the_pattern() -> None:
    for text in [*_texts(20000), ""]:
        assert design._estimate(text) == bool(design._ESTIMATE.search(text)), text


def test_not_a_thing_as_the_pattern() -> None:
    for text in [*_texts(20000), ""]:
        low = text.lower()
        assert topic_usable._not_a_thing(low) == bool(topic_usable._NOT_A_THING.search(low)), low


def test_dose_only_needs_a_word() -> None:
    for text in [*_texts(20000), ""]:
        low = text.lower()
        if not mentions(low, topic_usable._DOSE_WORDS):
            assert not topic_usable._DOSE_ONLY.match(low), low


def test_conceding_matched_as_subbed() -> None:
    for text in [*_texts(20000), ""]:
        for t in (text, text.lstrip(", ")):
            m = topic_phrases._CONCEDING.match(t)
            assert (t[m.end():] if m else t) == topic_phrases._CONCEDING.sub("", t, count=1), t


def test_the_texts_reach_both_ways() -> None:
    texts = _texts(20000)
    assert sum(bool(topic_whom._KIND_FOR.search(t)) for t in _texts(20000, _KINDS)) > 300
    assert sum(bool(design._ESTIMATE.search(t)) for t in texts) > 1000
    assert sum(bool(topic_usable._NOT_A_THING.search(t.lower())) for t in texts) > 1000
    assert sum(bool(topic_usable._DOSE_ONLY.match(t.lower())) for t in texts) > 20
    assert sum(bool(topic_phrases._CONCEDING.match(t)) for t in texts) > 100
    assert sum(not mentions(t, design._ESTIMATE_WORDS) for t in texts) > 500
    assert sum(not mentions(t, topic_whom._KIND_FOR_WORDS) for t in _texts(20000, _KINDS)) > 500
