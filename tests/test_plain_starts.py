"""broker.plain.starts: a look-ahead of a pattern's first characters changes no match, only the speed."""

from __future__ import annotations

import re

import pytest

from broker.plain import starts
from broker.plain.starts import starting

TEXT = ("Only one small trial (n = 40) was found. We found no evidence; further trials are needed. "
        "The RR was 0.8 (95% CI 0.6 to 1.1), P = 0.2. ONE Trial. Anti-TNF drugs, e.g. X, may help.\n"
        "only from other trials")


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(?:only one|a single) (?:small )?trial\b", 0),
    (r"\b(?:trials?|stud(?:y|ies))\b[^.;]{0,40}\bneeded\b", 0),
    (r"(?<![\w-])(?:RR|CI|P)\b", 0),
    (r"\b(?:one|two) trial", re.I),
    (r"(?:^|; )(?:we|further) \w+", 0),
    (r"^(?:[\w-]+ ){0,3}trials?\b|\bfrom (?:other|earlier) \w+", 0),  # "^" branches: only where "^" matches
    (r"^only|\bfurther\b", re.M),
    (r"\b\d[\d.]*(?: to \d[\d.]*)?", 0),
])
def test_same_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), starting(pattern, flags)
    assert fast.pattern.startswith(("(?=[", "(?=^|["))  # each opens with "\b", a look-behind or a choice
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert fast.sub("#", TEXT) == plain.sub("#", TEXT)


@pytest.mark.parametrize("pattern", [
    r"\b(?:a|)",  # may match nothing: every place is a start
    r"\b.x",  # any character first
    r"\b[^a]x",  # a negated class
    r"\b(?i:one) trial",  # scoped flags: the case rules of the first letter are not the pattern's
    r"protocol|guideline",  # the matcher finds these starts by itself
    r"^only\b",  # tried at the start only
])
def test_left_as_is(pattern: str) -> None:
    assert starting(pattern).pattern == pattern


def test_a_python_without_the_private_parser_gets_the_patterns_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # re._parser is private: where it is missing, starting() must still compile every pattern, only without help.
    monkeypatch.setattr(starts, "parser", None)
    assert starting(r"\bfoo|\bbar", re.I).pattern == r"\bfoo|\bbar"


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(?:only one|a single) (?:small )?trial\b", 0),
    (r"\b(?:these|those|such|either|e\.g)\b", 0),  # choices that share a first letter are put behind it once
    (r"%|\b(?:further|found|one)|\bfrom (?:other|earlier) \w+", 0),
    (r"\b(?:a|an|one)(?: small)? (?:trials?|stud(?:y|ies))\b", 0),  # "\b(?:a|an)": the shorter is tried first
    (r"\btrials? (?:were|was) found\b|\bP\b", 0),  # "trials?": the "\b" goes behind "trial", not "trials"
    (r"\b(?:ONE|Only)\b", re.M),
    (r"\b(?:only )?one small|\b(?:an? |the )?(?:trial|study) \w+", 0),  # "(?:only )?one" as "only one|one"
])
def test_by_letters_same_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), starts.by_letters(pattern, flags)
    assert not fast.pattern.startswith(("(?=", "\\b"))  # led by the letters its matches start with
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.span() for m in fast.finditer("é" + TEXT.replace(" ", "é "))] == [
        m.span() for m in plain.finditer("é" + TEXT.replace(" ", "é "))]  # "é" is a word character
    assert fast.sub("#", TEXT) == plain.sub("#", TEXT)
    assert starts.by_letters(r"\b(?:a|b)?c|^x", flags).pattern == starting(r"\b(?:a|b)?c|^x", flags).pattern
