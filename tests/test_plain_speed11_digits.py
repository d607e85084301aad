"""Digits looked for one character at a time in ASCII text (speed11): the same answer as the pattern."""

from __future__ import annotations

import pytest

from broker.plain import text


@pytest.mark.parametrize("sample", [
    "", "no digits here", *"0123456789", "x9", "a 1,234 b", "\u0663 arabic-indic three", "fullwidth \uff11",
    "na\u00efve 7", "na\u00efve", "\t\n", "superscript \u00b2", "roman \u2163",
])
def test_has_digit_is_the_pattern(sample: str) -> None:
    assert text.has_digit(sample) == (text._DIGIT.search(sample) is not None)
