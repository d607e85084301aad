"""Full stops after abbreviations (speed13): found by a pattern heeding case, as by the case-blind one it replaced."""

from __future__ import annotations

import re
import sys

from broker.plain import text
from tests.test_plain_speed11_split import protected_by

# The pattern as it was: one look-behind for each abbreviation, case ignored.
_OLD = re.compile(r"\.(?=\s)(?:" + "|".join(
    rf"(?<={re.escape(a)}\.)" for a in sorted(text._ABBREVIATIONS, key=lambda a: (-len(a), a))) + ")", re.I)


def _protected_as_before(text_: str) -> str:
    """``text._protect_abbreviations`` with the old pattern."""
    return protected_by(_OLD, text_)


def _folding() -> dict[str, list[str]]:
    """For each ASCII letter, every other character whose lower case it is or that the case-blind matcher takes for
    it (the Kelvin sign, the long s, the dotted and dotless i)."""
    out: dict[str, list[str]] = {}
    for c in map(chr, range(sys.maxunicode + 1)):
        if c.lower() != c and len(c.lower()) == 1 and c.lower().isascii():
            out.setdefault(c.lower(), []).append(c)
    for c, letter in (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k")):
        assert re.fullmatch(letter, c, re.I)
        out.setdefault(letter, []).append(c)
    return out


def test_the_stops_are_the_old_patterns() -> None:
    samples = ["", ".", ". ", "A trial. Next.", "e.g. this", "(e.g. this) and (i.e. that). Fine.",
               "Smith et al. found. It.", "vs. placebo vs.\tdrug vs.\nx vs.\u00a0y vs.\x1cz", "approx. 3 [approx. 4]",
               "xapprox. 5 xal. yvs. ((((((((al. ([e.g. x", "na\u00efve al. Fig. 2 figs. refs. caf\u00e9. r\u00e9f. x",
               "DR. Mr. Mrs. MS. prof. PROF. Etc. CF. ie. eg. ref. x.y. z. .. . ", "participants. The end.",
               "(low certainty). 2.5. s. e. a. g. l. r. c. f. x. S. E. A. G. L. R. C. F. X.", "e.g.. i.e.x E.G. I.E.",
               "k. K. \u212a. al-. -al. 'al. al's. AL. aL. Al.", "mean 3.4 (SD 1.2). Vs. E.g. I.e. Approx. Ca. Cf."]
    folding = _folding()
    for abbreviation in sorted(text._ABBREVIATIONS):
        spellings = {abbreviation, abbreviation.upper(), abbreviation.title()}
        for i, letter in enumerate(abbreviation):
            for c in folding.get(letter, ()):
                spellings.add(abbreviation[:i] + c + abbreviation[i + 1:])
        for w in sorted(spellings):
            samples += [f"x {w}. y ({w}. z) {w}.\u00a0a", f"{w}. b [{w}.\tc", f"x{w}. d -{w}. ((({w}. e {w}."]
    for sample in samples:
        assert text._protect_abbreviations(sample) == _protected_as_before(sample), sample
