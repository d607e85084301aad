"""Keyword rules: whole words in order, plurals and possessives, phrases joined by spaces or hyphens, excludes."""

from __future__ import annotations

import pytest

from broker.keywords import compile_rules, keyword_matches
from broker.models import Theme

THEMES = [
    Theme("carers", "Unpaid carers", keywords=("carer", "unpaid care", "respite", "family", "carer's allowance")),
    Theme("send", "SEND", keywords=("SEND", "EHCP", "special educational needs")),
    Theme("dementia", "Dementia", keywords=("dementia", "memory clinic"), exclude=("veterinary",)),
]


def _found(text: str) -> dict[str, tuple[str, ...]]:
    return {m.theme: m.why for m in keyword_matches(compile_rules(THEMES), text)}


@pytest.mark.parametrize("text, expected", [
    ("Carers' respite and families; unpaid-care costs",
     {"carers": ("carer", "respite", "family", "unpaid care")}),
    ("A carer's allowance claim", {"carers": ("carer", "carer's allowance")}),
    ("a careful study of careers", {}),
    ("unpaid, care home fees", {}),  # a comma breaks a phrase
    ("EHCPs and special educational needs", {"send": ("EHCP", "special educational needs")}),
    ("Dementia care at the MEMORY CLINICS", {"dementia": ("dementia", "memory clinic")}),
    ("dementia in a veterinary clinic", {}),  # excluded
    ("Families' stories", {"carers": ("family",)}),
    ("", {}),
])
def test_keywords_match_whole_words_in_order(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert _found(text) == expected


def test_matches_are_listed_in_the_order_they_first_appear() -> None:
    assert _found("respite first, then a carer")["carers"] == ("respite", "carer")


def test_a_theme_with_no_keywords_never_matches() -> None:
    rules = compile_rules([Theme("empty", "Empty", keywords=("  ", "-"))])
    assert keyword_matches(rules, "anything at all") == ()
