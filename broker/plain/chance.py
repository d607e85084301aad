"""Whether a result could be down to chance, as the source's own figures say.

A result whose interval includes no effect (1 for a ratio, 0 for a difference), whose
p is 0.05 or more, or that the authors call not statistically significant, could be
chance; "How sure we can be" says so when the entry tells such a result as a difference.
Kept apart from ``certainty`` because ``found`` asks it of each result it tells.
"""

from __future__ import annotations

import re

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.starts import by_letters, starting
from broker.plain.text import has_digit, mentions

# A ratio's interval that includes 1, a difference's that includes 0.
_RATIO_CI = AsciiTwin(starting(r"\b(?:a?RR|a?OR|a?HR|IRR|risk ratio|odds ratio|hazard ratio|rate ratio)\b[^;]{0,40}?"
                               r"(?:CI|confidence interval)[^\d\-\u2212]{0,12}([\-\u2212]?\d+(?:\.\d+)?)\s*"
                               r"(?:to|-|\u2013|,)\s*([\-\u2212]?\d+(?:\.\d+)?)", re.I))
_DIFF_CI = AsciiTwin(starting(r"\b(?:S?MD|WMD|RD|mean difference|risk difference|effect size|difference)\b[^;]{0,40}?"
                              r"(?:CI|confidence interval)[^\d\-\u2212]{0,12}([\-\u2212]?\d+(?:\.\d+)?)\s*"
                              r"(?:to|\u2013|,)\s*([\-\u2212]?\d+(?:\.\d+)?)", re.I))
# The two in lower case, for ASCII text in lower case (where they find what re.I does, at the same places), with each
# name led by its letters (a?RR as arr|rr: every choice opens with its own letter): the matcher passes every place that
# no name starts at, where the look-ahead and re.I above make it try each place in full (half the cost).
_RATIO_CI_LOW = by_letters(r"\b(?:arr|rr|aor|or|ahr|hr|irr|risk ratio|odds ratio|hazard ratio|rate ratio)\b[^;]{0,40}?"
                           r"(?:ci|confidence interval)[^\d\-\u2212]{0,12}([\-\u2212]?\d+(?:\.\d+)?)\s*"
                           r"(?:to|-|\u2013|,)\s*([\-\u2212]?\d+(?:\.\d+)?)")
_DIFF_CI_LOW = by_letters(r"\b(?:smd|md|wmd|rd|mean difference|risk difference|effect size|difference)\b[^;]{0,40}?"
                          r"(?:ci|confidence interval)[^\d\-\u2212]{0,12}([\-\u2212]?\d+(?:\.\d+)?)\s*"
                          r"(?:to|\u2013|,)\s*([\-\u2212]?\d+(?:\.\d+)?)")
_P_VALUE = starting(r"\b[Pp]\s*(?:value\s*)?(=|>|\u2265)\s*(0?\.\d+)")
_NOT_SIGNIFICANT = starting(r"\b(?:not (?:statistically )?significant|non-?significant|"
                            r"did not reach (?:statistical )?"
                            r"significance|not statistically (?:clear|different)|"
                            r"no longer (?:statistically )?(?:significant|clear))\b", re.I)
_NOT_SIGNIFICANT_WORDS = ("signific", "statistically", "no longer")
_DIRECTION = AsciiTwin(starting(r"\b(?:higher|lower|more|fewer|less|greater|smaller|better|worse|reduced|"
                                r"increased|improved|decreased|reduce[sd]?|increase[sd]?|improve[sd]?|rose|fell|"
                                r"benefit)\b", re.I))
_TWO_FIGURES = re.compile(r"\d[\d.,]*%?[^.;]{3,80}?\b(?:compared with|versus|vs|than)\b[^.;]{0,40}?\d")
_NEGATION = re.compile(r"\b(?:no|not|nor|neither|none|never|without|unclear|uncertain)\b", re.I)


def by_chance(sentence: str) -> bool:
    """True when a result could be down to chance: its interval includes no effect, or p is 0.05 or more."""
    plain = sentence.isascii()  # in ASCII text, lower case finds what re.I would
    low = sentence.lower() if plain else ""
    # An interval is read only where one is named and a figure given, as both its patterns need.
    if not plain or (("ci" in low or "confidence interval" in low) and has_digit(sentence)):
        ratio, diff, text = (_RATIO_CI_LOW, _DIFF_CI_LOW, low) if plain else (_RATIO_CI, _DIFF_CI, sentence)
        for m in ratio.finditer(text):
            lo, hi = (_number(g) for g in m.groups())
            if lo is not None and hi is not None and min(lo, hi) < 1 < max(lo, hi):
                return True
        for m in diff.finditer(text):
            lo, hi = (_number(g) for g in m.groups())
            if lo is not None and hi is not None and min(lo, hi) < 0 < max(lo, hi):
                return True
    if "=" in sentence or ">" in sentence or "\u2265" in sentence:  # a p-value needs a sign: most sentences have none
        for m in _P_VALUE.finditer(sentence):
            value = _number(m.group(2))
            if value is not None and value >= 0.05 and not _ADJUSTED_FOR.search(sentence, 0, m.start()):
                return True
    # Each way of saying "not significant" has one of these.
    if plain and not mentions(low, _NOT_SIGNIFICANT_WORDS):
        return False
    return bool(_NOT_SIGNIFICANT.search(sentence))


# "… diminished as higher trough levels were targeted (P = 0.04), after allowing for differences in cyclosporin
# formulation (P = 0.97)": a p-value of what was allowed for in the analysis, not of a result.
_ADJUSTED_FOR = by_letters(r"\b(?:allowing|adjusting|adjusted|controlling|accounting) for\b[^;]*\($")


def _number(text: str) -> float | None:
    try:
        return float(text.replace("\u2212", "-"))
    except ValueError:
        return None


def claims_a_difference(plain: str) -> bool:
    """A result that says one side did better or worse, or gives each side's figure, with no "no" or "not"."""
    return bool(_DIRECTION.search(plain) or _TWO_FIGURES.search(plain)) and not _NEGATION.search(plain)
