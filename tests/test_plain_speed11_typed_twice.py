"""A phrase typed twice found with the character before it (speed11): said once where the look-behind found it."""

from __future__ import annotations

import re

import pytest

from broker.plain import clearer_ways

_BEFORE = re.compile(r"(?<![\w-])([a-z]++ [a-z]++) \1(?![\w-])")


@pytest.mark.parametrize("sample", [
    "", "depending on depending on the ratio", "a b a b a b", "x a b a b", "(a b a b)", "-a b a b", "xa b a b",
    "a b a bc", "a b a b-c", "na\u00efve a b a b", "\u00e9a b a b", "A b A b", "a b a b. c d c d", "a  b a b",
    "the risk of the risk of bias of bias", "of of of of", "a b a b_", "q r q r q r q r",
])
def test_typed_twice_is_said_once_as_before(sample: str) -> None:
    assert clearer_ways._TYPED_TWICE.sub(clearer_ways._said_once, " " + sample)[1:] == _BEFORE.sub(r"\1", sample)
