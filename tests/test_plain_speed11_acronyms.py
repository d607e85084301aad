"""Acronym definitions split at "-" and "/" with str.split (speed11): the same parts as re.split."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word", ["", "-", "/", "a/b--c", "low-molecular-weight", "x//y-/z-", "na\u00efve-caf\u00e9"])
def test_acronym_parts_split_as_the_pattern(word: str) -> None:
    import re
    assert word.replace("/", "-").split("-") == re.split(r"[-/]", word)


def test_acronyms_from_split_words() -> None:
    from broker.plain.acronyms import acronyms
    assert acronyms("We gave low-molecular-weight heparin (LMWH) and a/b--c (ABC).") == {
        "LMWH": "low-molecular-weight heparin"}
    assert acronyms("We gave cognitive-behavioural therapy (CBT).") == {"CBT": "cognitive-behavioural therapy"}
