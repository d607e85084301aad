"""Runs of digits (speed13): "\\d\\d*", which the matcher can look for by its first digit, finds what "\\d+" did."""

from __future__ import annotations

import random
import re

from broker.plain import text

_PIECES = ["a", "B", " ", "1", "23", "4.5", "6,7", "x8", "9y", "-1", "(2)", "\u0663", "\uff11", "\u00b2", "\u00bd",
           "\u0967", "_", "'", "caf\u00e9", "e.g.", "", "  ", "\u00a0", "0"]


def test_digit_runs_are_as_before() -> None:
    old = re.compile(r"\d+")
    old_ascii = re.compile(r"\d+", re.ASCII)
    rng = random.Random(13)
    samples = ["", "1", "a1 b", "12 34", "\u0663\u0664", "x \u00b2 y", "1\uff11"]
    for _ in range(20000):
        samples.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))))
    for sample in samples:
        expected = (old_ascii if sample.isascii() else old).finditer(sample)
        assert [m.span() for m in text._DIGITS.finditer(sample)] == [m.span() for m in expected], sample
        assert [m.span() for m in text._DIGITS.finditer(sample)] == [m.span() for m in old.finditer(sample)], sample
