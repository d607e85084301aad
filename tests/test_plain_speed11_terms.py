"""Glossed terms and medicine names found with the character before them (speed11): the places the look-behind gave."""

from __future__ import annotations

import re

import pytest

from broker.plain import jargon
from broker.plain.jargon_medicines import MEDICINE_ENDINGS
from broker.plain.meanings import GLOSSES
from broker.trie import NOT_IN_WORD, trie_pattern

_SAMPLES = [
    "", "placebo", "a placebo-controlled trial of placebo", "non-placebo xplacebo placebo_ placebo.", "(placebo)",
    "na\u00efve placebo \u00e9placebo", "post-pyloric intubation and intubation", "sertraline, fluoxetine and x-ine",
    "Sertraline was given. Then Fluoxetine", "meta-analysis meta-analyses", "the intervention interventions",
    "retropubic colposuspension colposuspension", "adalimumab-adalimumab adalimumab", "\u00e9sertraline sertraline9",
]


@pytest.mark.parametrize("sample", _SAMPLES)
def test_terms_are_found_where_the_look_behind_found_them(sample: str) -> None:
    term = re.compile(NOT_IN_WORD + "(?:" + trie_pattern(GLOSSES) + r")(?![\w-])")
    medicine = re.compile(r"(?<![\w-])(?:" + trie_pattern({e[::-1] for e in MEDICINE_ENDINGS})
                          + r")[a-z]+[a-zA-Z](?![\w-])")
    for text in (sample, sample.lower(), " ".join(sorted(GLOSSES)[::7])):
        assert [(m.start(1) - 1, m.end(1) - 1) for m in jargon._TERM.finditer(" " + text)] == [
            m.span() for m in term.finditer(text)]
        back = text[::-1]
        assert [(m.start(1) - 1, m.end(1) - 1) for m in jargon._MEDICINE_BACKWARDS.finditer(" " + back)] == [
            m.span() for m in medicine.finditer(back)]


def test_terms_end_with_a_letter_digit_or_hyphen() -> None:
    """A term that ended otherwise could be followed at once by the next, which a consumed character would hide."""
    assert all(re.fullmatch(r".*[\w-]", term) for term in GLOSSES)


@pytest.mark.parametrize("sample", [*_SAMPLES, "SEND and EHCPs", "xSEND ABCs-DE (pH) mmHg 5HT COVID-19 iPad",
                                    "\u00e9ABC na\u00efve ABC_ ABC-d AB", "A B Ab AbC 3D 12AB"])
def test_capitals_are_found_where_the_look_behind_found_them(sample: str) -> None:
    old = re.compile(r"(?<![\w-])(?:\d*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![\w-])")
    assert [m.group(1) for m in jargon._CAPITALS.finditer(" " + sample)] == old.findall(sample)
