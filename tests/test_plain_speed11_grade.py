"""Cheap looks before patterns (speed11): each is there wherever its pattern matches, so skipping it changes nothing."""

from __future__ import annotations

import pytest

from broker.plain import grade
from broker.plain.text import mentions

_RATED = [
    "the certainty about the effects of mass media campaigns on smoking is very low.",
    "certainty of the evidence: 'low' for all outcomes", "quality of evidence: moderate",
    "we judged the overall certainty of the evidence to be 'moderate' to high.",
    "the quality of the evidence in adults was rated as low.", "rated as very-low quality because of bias",
    "evidence for the effect on pain was judged to be low", "evidence about x were considered as high",
    "evidence on falls is moderate", "downgraded twice for imprecision to low certainty",
    "the certainty of all evidence ranged from very low to moderate", "quality of this new evidence was high",
    "evidence was of moderate quality", "evidence is of low to moderate certainty", "evidence of very low certainty",
    "(rr 0.8, 95% ci 0.6 to 1.1; low quality)", "; moderate-quality\u2009)", "(high quality\n,",
    "(very low to low quality ;", "the certainty on outcomes were low", "certainty for death is high",
    "certainty in the result is moderate", "na\u00efve quality of the evidence was low",
    "rated as low quality because they were limited by study quality",
]
_LACKING = ["high-quality evidence is lacking", "trials are still needed", "data were currently missing",
            "evidence remains scarce", "x is not available", "y are unavailable", "z is required",
            "na\u00efve is lacking"]


# The words each pattern was looked for beside before (speed11 looks for more, or other, words first).
_BEFORE = (("evidence", "certainty"), ("quality",), ("evidence",), ("evidence",), ("grade",), ("evidence", "certainty"),
           ("level",), ("ranged", "ranging", "varied", "varying"), ("' for", "\u2019 for", "\" for", "\u201d for"))


@pytest.mark.parametrize("sample", _RATED + _LACKING + ["", "low", "quality", "no rating here"])
def test_grade_looks_find_what_the_words_before_did(sample: str) -> None:
    for before, (needs, more, pattern) in zip(_BEFORE, grade._PATTERNS, strict=True):
        matched = pattern.search(sample) is not None
        was = mentions(sample, before) and matched
        now = mentions(sample, needs) and (more is None or bool(more(sample))) and matched
        assert was == now, pattern.pattern[:60]
    if grade._LACKING.search(sample):
        assert mentions(sample, grade._LACKING_NEEDS)


@pytest.mark.parametrize("sample", _RATED)
def test_each_rated_sample_is_read(sample: str) -> None:
    assert any(pattern.search(sample) for _, _, pattern in grade._PATTERNS)


def test_about_counts_only_beside_evidence_or_certainty() -> None:
    assert grade.grades_in_lower("according to the grade system outcomes were rated as low quality.") == []
    assert grade.grades_in_lower("the evidence was rated as low quality.")
