"""Words looked for before a pattern: each check finds exactly what the pattern alone finds.

Every sentence of the test abstracts is asked, as written, in lower case, and with letters beyond ASCII in it
(an accented "e", a Kelvin sign for "k", a dotless "i", a capital I with a dot, no-break spaces).
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from broker.plain import (
    compared,
    concluding,
    found,
    further,
    key_results,
    layout,
    pointing,
    reading,
    some_studies,
    turns,
    verdict,
)
from broker.plain.kinds import (
    CLAIM,
    GENERAL,
    HARMS_FIRST,
    LEADING_CLAUSE,
    OPENING_SO,
    POINTED_AT,
    RATED_OPENER,
    SIDE_ANALYSIS,
    STOP,
)
from broker.plain.reading import Sentence, read
from broker.plain.text import has_digit, says
from tests import abstracts

_MADE_UP = [
    "", "a", "A", "We judged the included studies to be at high risk of bias.",
    "Using the GRADE approach, we rated the evidence as low.", "A 'low' grade means further research is likely.",
    "Most of the included studies were of moderate quality, as we judged multiple domains.",
    "Moderate-quality evidence suggests that X reduces pain.", "Despite small numbers, X reduced pain.",
    "Based on low certainty evidence, we are uncertain whether X works.",
    "We have moderate confidence in the evidence that X helps, overall.",
    "In people with asthma, all treatments helped.", "Among older people who fell, any therapy helped.",
    "For women at risk, X helped.", "Most outcomes improved.", "in general interventions work",
    "Implications for practice  Prolonged use helps.", "Key results: primary outcome X.", "Quality of evidence High.",
    "Certainty of the evidence Low.", "Study characteristics The trials were small.",
    "If anti-histamines were to be trialled in these children, at these doses such interventions helped.",
    "Internet-based interventions help but no evidence that these interventions work at these doses.",
    "more work is needed in this regard", "the question raised in this review", "these interventions at these doses",
    "X reduced deaths and increased the risk of bleeding", "fewer falls, more fractures", "less pain, higher costs",
    "these data", "neither group", "the remaining trials", "this review found", "this effect", "subgroup analyses",
    "sensitivity analyses showed", "we screened 1,204 records", "a higher dose", "the quality of life",
    "It may2 help", "x 2may", "_may", "may_ be", "\u00e9may", "may\u00e9", "non-effective", "may-be", "'may", "-may",
    "it is no-good", "Safety_first", "ma y", "MAY",
    "12 mg daily", "T2 lesions", "beta-1a", "x-2", "-2", "2", "a 2", "(3)", "IL-6 and 20 mg", "5 to 10 mg per day",
    "twice a day for 2 weeks", "in 12 small trials", "only one rct", "individual studies", "for women, x",
    "among older people, x", "the evidence is limited", "current evidence for x is weak",
    "T2a", "T2A", "ab12c", "1a", "a1 b2 3", "3\u00e9", "\u00e92", "x\u0663",
]


@cache
def _samples() -> tuple[str, ...]:
    texts = list(_MADE_UP)
    for name, value in vars(abstracts).items():
        if name.isupper() and isinstance(value, str):
            texts.extend(s.text for s in read(value).sentences)
    out = []
    for t in texts:
        out += [t, t.lower(), t.replace("e", "\u00e9", 2), t.replace("k", "\u212a"), t.replace("i", "\u0131", 3),
                "\u0130" + t, t.replace(" ", "\u00a0", 3), t.upper()]
    return tuple(out)


def test_there_are_many_samples() -> None:
    assert len(_samples()) > 1000


def test_says_result_asks_the_pattern_only_where_it_can_match() -> None:
    for t in _samples():
        if compared._RESULT_WORDS.search(t):
            assert any(w in t for w in compared._RESULT_NEEDS), t


def test_general_is_the_pattern() -> None:
    for t in _samples():
        assert verdict._general(t) == bool(GENERAL.search(t)), t


def test_judged_is_the_pattern() -> None:
    for t in _samples():
        assert concluding._judged(t) == bool(concluding._JUDGED.match(t)), t


def test_main_clause_is_both_patterns() -> None:
    for t in _samples():
        s = Sentence(t, 0, "text", 0, False, False)
        assert s.main_clause == LEADING_CLAUSE.sub("", RATED_OPENER.sub("", t, count=1), count=1).lower(), t


def test_known_headings_start_so() -> None:
    for t in _samples():
        if layout._KNOWN_HEADING.match(t):
            assert t.startswith(layout._KNOWN_STARTS), t


def _doses_named(text: str) -> str:
    for phrase, named in pointing._NAMED_AS_STUDIED:
        at = text.find(phrase)
        if at >= 0 and text.rfind(phrase.rsplit(" ", 1)[-1], 0, at) < 0:
            text = text.replace(phrase, named)
    return text


def test_doses_named_and_points_at_are_as_they_were() -> None:
    for t in _samples():
        named = _doses_named(t)
        assert pointing.doses_named(t) == named, t
        was = (("these " in named or "those " in named or "such " in named) and bool(POINTED_AT.search(named))) or (
            " this " in named and bool(pointing._IN_THIS_REGARD.search(named)))
        assert pointing.points_at(t) == was, t


def test_directions_are_the_patterns() -> None:
    for t in _samples():
        down, up = turns._DOWN.search(t), turns._UP.search(t)
        was = (pointing.word_stems(down.group(1)) if down else frozenset(),
               pointing.word_stems(up.group(1)) if up else frozenset())
        assert turns.directions.__wrapped__(t) == was, t


@pytest.mark.parametrize(("pattern", "words"), [
    (key_results.ANAPHORA, key_results._ANAPHORA_WORDS), (SIDE_ANALYSIS, ("subgroup", "sensitivity analys")),
])
def test_words_before_a_pattern(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    for t in _samples():
        assert says(pattern, t, *words) == bool(pattern.search(t)), t


@pytest.mark.parametrize(("pattern", "words"), [
    (HARMS_FIRST, verdict._HARM_WORDS),
    (verdict._THE_OTHER_DOSE, verdict._DOSE_WORDS), (found._NO_HELP, ("evidence", "does not")),
    (found._RISK_OF, ("risk", "rate")),
])
def test_patterns_need_their_words(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    for t in _samples():
        if pattern.search(t):
            assert any(w in t for w in words), t


@pytest.mark.parametrize(("pattern", "starts"), [
    (OPENING_SO, further.SO_OPENERS),
    (verdict._OPENING_BUT, verdict._BUT_OPENERS),
])
def test_patterns_need_their_openers(pattern: re.Pattern[str], starts: tuple[str, ...]) -> None:
    for t in _samples():
        if pattern.match(t):
            assert t.startswith(starts), t


_LEANING = ["But", "However", "Also", "And", "Or", "Nor", "They", "Their", "Them", "Those", "It", "Its", "Such",
            "Both trials", "He", "She", "His", "Her", "Further,", "Furthermore,", "This", "These", "There were also",
            "There was also", "There is also", "There are also", "In addition", "Additionally", "Moreover",
            "Therefore", "Thus", "So", "Hence", "The other", "All other results", "All the other trials",
            "Other outcomes", "The remaining", "The rest", "Most of them", "Of these", "Of those", "Of them", "Similar",
            "Similarly", "Likewise", "Even so", "Again", "Here", "Then", "Consequently", "As a result", "In contrast",
            "Conversely", "Otherwise", "Instead", "Yet", "Still"]


def test_leaning_needs_its_starts() -> None:
    for opener in _LEANING:
        assert reading.LEANING.match(f"{opener} x"), opener  # every choice of the pattern has an example here
    for t in (*_samples(), *_LEANING, *(f"{o}, x" for o in _LEANING), *(f"{o} x" for o in _LEANING)):
        if reading.LEANING.match(t):
            assert t.startswith(reading._LEANING_STARTS), t


def test_run_in_headings_need_a_capital() -> None:
    for t in (*_samples(), "Adverse effects Adverse effects were rare.", "x 1) The"):
        if layout._RUN_IN.search(t, 0, layout._HEADING_WINDOW):
            window = t[1:layout._HEADING_WINDOW]
            assert window != window.lower(), t


@pytest.mark.parametrize(("pattern", "words"), [
    (CLAIM, reading._CLAIM_WORDS), (reading.EVALUATIVE, reading._EVALUATIVE_ALONE),
])
def test_words_alone_are_found_alone(pattern: re.Pattern[str], words: frozenset[str]) -> None:
    for word in words:
        m = pattern.search(f" {word} ")
        assert m is not None and m.group(0) == word, word


def test_claims_is_the_pattern() -> None:
    for t in _samples():
        s = Sentence(t, 0, "text", 0, False, has_digit(t))
        assert s.claims == bool(CLAIM.search(t.lower())), t
        assert s.evaluative == bool(reading.EVALUATIVE.search(t.lower())), t


def test_dosed_is_both_patterns() -> None:
    for t in _samples():
        was = not has_digit(concluding._NAMED_BY_NUMBER.sub("", concluding._DOSE_OR_TIME.sub("", t)))
        assert concluding._dosed(t) == was, t


def test_comparisons_say_compar() -> None:
    for t in (*_samples(), "X COMPARED WITH Y", "Comparing A to B", "the comparison of A with B"):
        if compared.COMPARISON.search(t):
            assert "ompar" in t.lower(), t


@pytest.mark.parametrize(("pattern", "starts"), [
    (further._ALONGSIDE_CONCERNS, ("These ", "The ", "Our ")), (further._THIS_EVIDENCE, ("This ",)),
    (further._CONCEDING, further._CONCEDING_OPENERS), (OPENING_SO, further.SO_OPENERS),
])
def test_further_patterns_need_their_starts(pattern: re.Pattern[str], starts: tuple[str, ...]) -> None:
    for t in (*_samples(), "Although the trials were small, it is unclear whether X works.", "Thus, X works",
              "These findings should be considered alongside the concerns that have been raised about X",
              "This limited evidence suggests X"):
        if pattern.match(t):
            assert t.startswith(starts), t
        if pattern is further._ALONGSIDE_CONCERNS and pattern.match(t):
            assert "concerns " in t, t


def _without_heading(sentence: str) -> str:
    """``layout.without_heading`` as it was, each pattern asked of every sentence."""
    known = layout._KNOWN_HEADING.match(sentence)
    if known:
        return sentence[known.end():]
    if ": " in sentence[:64]:
        colon = layout._COLON_HEADING.match(sentence)
        if colon and len(colon["h"].split()) <= 8 and not layout._FINITE_IN_HEADING.search(colon["h"]):
            return sentence[colon.end():]
    m = layout._RUN_IN.search(sentence, 0, layout._HEADING_WINDOW)
    if not m or m.start() > 90:
        first = sentence[:sentence.find(" ") + 1].lower()
        if not first or first not in sentence[len(first):2 * layout._HEADING_WINDOW].lower():
            return sentence
        m = layout._REPEATED_HEADING.match(sentence)
        return sentence[m.end(1) + 1:] if m and not layout.has_verb(m.group(1)) else sentence
    head, rest = sentence[:m.start()], sentence[m.end():]
    too_long = len(head.split()) > 12 or len(rest.split()) < 4
    return sentence if too_long or layout.has_verb(head) or (" " not in head and rest[:2] == "A ") else rest


def test_without_heading_is_as_it_was() -> None:
    for t in (*_samples(), "Adverse effects Adverse effects were rare.", "ADVERSE EFFECTS adverse effects were rare.",
              "Primary outcome Primary outcome was death in 3 trials.", "a b a b c", "a b  a b c", "x " * 50,
              "Pain relief PAIN RELIEF was good", "Study characteristics The trials were small and short in length."):
        assert layout.without_heading(t) == _without_heading(t), t


def test_grams_are_as_they_were() -> None:
    for t in _samples():
        tokens = reading.word_tokens(t.lower())
        for cut in (tokens, tokens[:3], tokens[:4], tokens[:5]):
            was = {g for g in zip(cut, cut[1:], cut[2:], cut[3:], strict=False) if sum(w not in STOP for w in g) >= 2}
            assert turns._grams(cut) == was, t


def test_many_comparisons_need_their_words() -> None:
    for t in (*_samples(), "The studies analysed 13 Different Comparisons.", "five separate comparisons"):
        if t.isascii() and some_studies._MANY_COMPARISONS.search(t):
            assert any(w in t.lower() for w in some_studies._MANY_WORDS), t
