"""jargon._CAPITALS, its runs possessive, finds the words with a capital after their first letter it found before."""

from __future__ import annotations

import random
import re

from broker.plain import jargon
from broker.plain.ascii_twin import AsciiTwin

_OLD = AsciiTwin(re.compile(r"[^\w-](\d*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![\w-])"))
_PIECES = [
    "HIV", "COVID-19", "mRNA", "iPhone", "pH", "NHS", "BMI", "Hb", "HbA1c", "CD4", "4CMenB", "aB", "aBc", "abC",
    "ABC", "A", "a", "Ab", "AbC", "abcD", "x2Y", "22", "2A", "2AB", "A2B", "IgG", "IgA's", "SSRIs", "RCT-based",
    "non-HIV", "HIV_", "_HIV", "naïve", "NAÏVE", "ÉCG", "aÉ", "\u0663A", "\u0663AB", "Ⅻ", "the", "and", "",
]


def test_capitals_are_found_as_before() -> None:
    rng = random.Random(14)
    for _ in range(30000):
        text = "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ", "-", "'", ", ", ".", "/", "(", ")", "_"))
                       for _ in range(rng.randint(0, 8)))
        assert [m.span(1) for m in jargon._CAPITALS.finditer(" " + text)] == [
            m.span(1) for m in _OLD.finditer(" " + text)], text
