"""Intervals read in lower case by patterns led by their letters (speed11): the same matches as re.I on ASCII text."""

from __future__ import annotations

import pytest

from broker.plain import chance

_SAMPLES = [
    "", "RR 0.8, 95% CI 0.6 to 1.1", "aRR 1.2 (CI 0.9-1.5)", "Rr 2 ci 1, 3", "xRR 1 CI 0 to 2", "RRx 1 CI 0 to 2",
    "RR_ 1 CI 0 to 2", "odds ratio (OR) 0.5, 95% confidence interval 0.2 to 1.3",
    "Odds Ratio 3 Confidence Interval 1-4",
    "aOR 0.7 CI -0.2 \u2013 1.0", "hazard ratio 0.9; CI 0.8 to 1.0", "HR 0.9 CI 0.8 to 1", "IRR 1.1, CI 0.9, 1.3",
    "risk ratio 1.0 (95% CI 1.0 to 1.0)", "rate ratio 2, CI 1 to 3", "MD -0.5, 95% CI -1.2 to 0.2",
    "SMD 0.3 (CI 0.1 to 0.5)", "WMD 4 CI -1 to 9", "RD 0.01, CI -0.02 to 0.04", "mean difference 2 CI -1, 5",
    "risk difference 3% (CI -1 to 7)", "effect size 0.4 CI 0.1 to 0.7", "the difference was 3 (CI -2 to 8)",
    "MDs 1 CI 0 to 2", "armRR 1 CI 0 to 2", "A RR of 1.2 with CI from 0.9 to 1.6 and OR 2 CI 1 to 3",
    "RR 0.9 (95% CI 0.8 to 1.0); OR 1.4 (CI 0.7 to 2.8)", "smd 1 ci 0 to 2", "ratio of RR 1 to CI 2 to 3",
]


@pytest.mark.parametrize("sample", _SAMPLES)
def test_low_intervals_are_the_patterns(sample: str) -> None:
    for old, new in ((chance._RATIO_CI, chance._RATIO_CI_LOW), (chance._DIFF_CI, chance._DIFF_CI_LOW)):
        for text in (sample, sample.upper(), sample.lower(), sample.title()):
            assert [(m.span(), m.groups()) for m in new.finditer(text.lower())] == [
                (m.span(), m.groups()) for m in old.finditer(text)]


@pytest.mark.parametrize("sample", _SAMPLES)
def test_by_chance_reads_intervals(sample: str) -> None:
    ratio = any(max(map(float, m.groups())) > 1 and min(map(float, m.groups())) < 1
                for m in chance._RATIO_CI.finditer(sample.replace("\u2212", "-")))
    if ratio:
        assert chance.by_chance(sample)
