"""Splitting sentences (speed11): full stops after abbreviations found in the matcher, glued stops looked for first."""

from __future__ import annotations

import re

import pytest


def protected_by(stops: re.Pattern[str], text_: str) -> str:
    """``text._protect_abbreviations`` as it was, each place ``stops`` finds looked at in Python (speed13 compares its
    rewrite with the same loop over its own old pattern)."""
    from broker.plain import text
    out, last = [], 0
    for m in stops.finditer(text_):
        i = m.start()
        begin = text_.rfind(" ", 0, i) + 1
        if i - begin > 6 and text_[i - 7] not in "([":
            continue
        if text_[begin:i].lstrip("([").lower() in text._ABBREVIATIONS:
            out.append(text_[last:begin] + text_[begin:i].replace(".", text._PROTECT) + text._PROTECT)
            last = i + 1
    if not out:
        return text_
    out.append(text_[last:])
    return "".join(out)


def _protected_by_every_stop(text_: str) -> str:
    """``text._protect_abbreviations`` as it was: every full stop before white space looked at in Python."""
    from broker.plain import text
    return protected_by(text._DOT_SPACE, text_)


def _spellings(word: str, lowering: dict[str, list[str]]) -> list[str]:
    """The word, in capitals, and with each letter as every character that lower-cases to it (the Kelvin sign)."""
    out = [word, word.upper(), word.title()]
    for i, letter in enumerate(word):
        out += [word[:i] + c + word[i + 1:] for c in lowering.get(letter, ())]
    return out


def test_abbreviations_are_protected_as_by_every_stop() -> None:
    from broker.plain import text
    samples = ["", "A trial. Next.", "e.g. this", "(e.g. this) and (i.e. that). Fine.", "Smith et al. found. It.",
               "vs. placebo vs.\tdrug vs.\nx", "approx. 3 [approx. 4] xapprox. 5", "na\u00efve al. Fig. 2 figs. refs.",
               "(((ca. 4", "DR. Mr. Mrs. MS. prof. PROF. Etc. CF. ie. eg. ref. x.y. z. .. . ", "participants. The end."]
    import sys
    lowering: dict[str, list[str]] = {}
    for c in map(chr, range(sys.maxunicode + 1)):
        if c.lower() != c and len(c.lower()) == 1:
            lowering.setdefault(c.lower(), []).append(c)
    samples += [f"x {w}. y ({w}. z) {w}.\u00a0a" for a in sorted(text._ABBREVIATIONS) for w in _spellings(a, lowering)]
    for sample in samples:
        assert text._protect_abbreviations(sample) == _protected_by_every_stop(sample), sample


@pytest.mark.parametrize("sample", ["One trial.The next.", "No glue here. None.", "A (x).B c.Dd e!F? g.H"])
def test_glued_stops_are_looked_for_before_they_are_spaced(sample: str) -> None:
    from broker.plain import text
    for pattern in (text._GLUED_DOT, text._GLUED):
        assert (pattern.search(sample) is not None) == (pattern.sub(r"\g<0> ", sample) != sample)
