"""Keyword rules: whole words, plurals, phrases and excludes; the quick word test never changes a decision."""

from __future__ import annotations

import random

from broker.classify import KeywordRule, compile_rules, keyword_matches
from broker.models import Theme

THEMES = [
    Theme("carers", "Unpaid carers", keywords=("carer", "unpaid care", "respite", "family", "carer's allowance")),
    Theme("send", "SEND", keywords=("SEND", "EHCP", "special educational needs")),
    Theme("dementia", "Dementia", keywords=("dementia", "memory clinic"), exclude=("veterinary",)),
]


def _without_quick_test(rules: tuple[KeywordRule, ...]) -> tuple[KeywordRule, ...]:
    return tuple(KeywordRule(r.theme, r.keywords, r.include, r.exclude, frozenset(r.first_words | {""}))
                 for r in rules)


def test_words_plurals_phrases_and_excludes() -> None:
    rules = compile_rules(THEMES)
    found = {m.theme: m.why for m in keyword_matches(rules, "Carers' respite and families; unpaid-care costs")}
    assert found == {"carers": ("carer", "respite", "family", "unpaid care")}
    assert keyword_matches(rules, "a careful study") == ()
    assert keyword_matches(rules, "dementia in a veterinary clinic") == ()
    assert [m.theme for m in keyword_matches(rules, "EHCPs and special educational needs")] == ["send"]


def test_the_quick_word_test_never_changes_a_decision() -> None:
    rules = compile_rules(THEMES)
    vocabulary = ["carer", "carers", "Carer's", "careful", "respites", "families", "family", "unpaid", "care",
                  "unpaid-care", "SEND", "sends", "EHCPs", "special", "educational", "needs", "dementia",
                  "memory", "clinic", "clinics", "veterinary", "allowance", "the", "and", "of", "-", ",", "."]
    chance = random.Random(7)
    for _ in range(3000):
        text = " ".join(chance.choice(vocabulary) for _ in range(chance.randint(1, 12)))
        slow = tuple(m for m in (r.match(text, frozenset({""})) for r in _without_quick_test(rules)) if m)
        assert keyword_matches(rules, text) == slow, text
