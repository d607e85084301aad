"""Folding white space before splitting sentences (speed13): skipped only where it would not change the text."""

from __future__ import annotations

import random

from broker.plain import text


def _folded_as_before(text_: str) -> str:
    """The text as ``split_sentences`` folded it: wherever it was not printable, had two spaces or one at an end."""
    if not text_.isprintable() or "  " in text_ or text_[:1] == " " or text_[-1:] == " ":
        return " ".join(text_.split())
    return text_


_PIECES = ["a", "B c", ".", " ", "  ", "\u00e9", "\u00a0", "\u2009", "\u3000", "\u0085", "\u2028", "\u2029", "-", "'",
           "2.5", "e.g.", "(x).", "Then", "\u2019", "", *map(chr, range(32)), "\x7f", "\x80", "\x9f", "\u200b"]


def test_folding_is_as_before() -> None:
    rng = random.Random(13)
    samples = ["", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "a\x00b", "a\x7fb", "a\x1cb", "a\x1fb", "\x0b",
               "a\u00a0b", "\u00e9 \u00e9", "\u00e9  \u00e9", "\u00e9\x00"]
    for _ in range(30000):
        samples.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))))
    for sample in samples:
        folded = " ".join(sample.split()) if text._unfolded(sample) else sample
        assert folded == _folded_as_before(sample), repr(sample)
        assert text.split_sentences(sample) == text.split_sentences(_folded_as_before(sample)), repr(sample)
