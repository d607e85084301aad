"""Whether a sentence states statistics: an estimate with its interval, a p-value, a count of studies in brackets.

Asked of every sentence of every abstract as it is read (``reading.read``), so each look is made cheap: what a
pattern needs is looked for as plain text first, and a pattern led by a look-ahead is split into parts the matcher
can skip to.
"""

from __future__ import annotations

import re

from broker.plain.starts import by_letters
from broker.plain.text import has_digit, mentions

# "(moderate-certainty evidence)" or "(low quality evidence)" in brackets marks a result, not a conclusion.
_GRADED_RESULT = re.compile(r"[(;,]\s*(?:very )?(?:low|moderate|high)[- ](?:certainty|quality)(?: evidence)?\s*[);]",
                            re.I)
# An estimate's short name, which with no figure anywhere near may name something else ("RD", "HR" for a medicine).
_BARE = re.compile(r"a?RRs?|a?ORs?|a?HRs?|S?MDs?|WMD|RD|IRR|NNT[BH]?")
# A confidence interval spoken of, with no figures after it: "… and thus wide 95% CI."
_CI_NAMED = by_letters(r"\b(?:(?:wide|narrow|broad|the|its|their) )(?:95\s*% )?CIs?\b(?!\s*[(:=\d-])")
# Statistics as written in results: an estimate with its interval, a p-value, a count of studies in brackets.
# The look-ahead at the front lets the matcher skip, cheaply, every place no alternative could start (twice as fast).
_STATS = re.compile(
    r"(?=[9CRONHSMWIPpnoarhcm(])(?:"
    r"\b(?:95\s*%|9[09]\s*%\s*C[IrR]|CI|CrI|a?RRs?|a?ORs?|a?HRs?|S?MDs?|WMD|RD|IRR|NNT[BH]?)\b|"
    r"\b[Pp]\s*(?:value\s*)?[=<>\u2264\u2265]|\b[Nn]\s*=\s*\d|I\s*[\u00b22]\s*=|"
    r"odds ratio|risk ratio|hazard ratio|rate ratio|confidence interval|mean difference|"
    r"\(\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten) (?:studies|trials|RCTs|study|trial)[,;])")
# Whether _STATS matches at all, asked of every sentence with a figure: its parts, each led by a character the matcher
# can skip to (a "\b" before a first letter is "(?<!\w.)" after it), and its phrases as plain text: twice as fast.
_STATS_NAMED = re.compile(r"[9CaROHSMWIN](?<!\w.)(?<=(?=(?:95\s*%|9[09]\s*%\s*C[IrR]|CI|CrI|a?RRs?|a?ORs?|a?HRs?|"
                          r"S?MDs?|WMD|RD|IRR|NNT[BH]?)\b).)")
_STATS_SIGNS = re.compile(r"[PpNnI](?:(?<=I)\s*[\u00b22]\s*=|(?<!\w.)(?:(?<=[Pp])\s*(?:value\s*)?[=<>\u2264\u2265]|"
                          r"(?<=[Nn])\s*=\s*\d))")
_STATS_COUNTED = re.compile(r"\(\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten) "
                            r"(?:studies|trials|RCTs|study|trial)[,;]")
_STATS_PHRASES = ("odds ratio", "risk ratio", "hazard ratio", "rate ratio", "confidence interval", "mean difference")


# What each part cannot match without, as plain text: most sentences have none of it, and a look for plain text
# costs a tenth of a pattern's.
_NAMED_NEEDS = ("CI", "95", "RR", "OR", "HR", "MD", "RD", "90", "99", "CrI", "NNT")
_SIGNS_NEED = ("=", "<", ">", "\u2264", "\u2265")


def _has_stats(text: str) -> bool:
    """``bool(_STATS.search(text))``, found faster."""
    return (mentions(text, _STATS_PHRASES) or (mentions(text, _NAMED_NEEDS) and bool(_STATS_NAMED.search(text)))
            or (mentions(text, _SIGNS_NEED) and bool(_STATS_SIGNS.search(text)))
            or ("(" in text and bool(_STATS_COUNTED.search(text))))


# What any of _STATS needs when a sentence has no digit: capitals (CI, RR), a sign (p =), a bracket or a named
# measure. Cheap to look for, and most sentences of a conclusion have none.
_CAPITALS = re.compile(r"[A-Z][a-z]?[A-Z]")
_MAY_BE_SIGNS = ("(", "=", "<", ">", "\u2264", "\u2265", "ratio", "interval", "mean difference")


def _may_be_stats(text: str) -> bool:
    """Whether the text has one of those: the signs and words as plain text, then the capitals (twice as fast)."""
    return mentions(text, _MAY_BE_SIGNS) or bool(_CAPITALS.search(text))


def _graded_result(sent: str) -> bool:
    """``bool(_GRADED_RESULT.search(sent))``; the rating's noun looked for first (in ASCII, lower case finds what
    re.I would)."""
    if sent.isascii():
        low = sent.lower()
        if "certainty" not in low and "quality" not in low:
            return False
    return bool(_GRADED_RESULT.search(sent))


def states_statistics(sent: str, digits: bool) -> bool:
    """Whether a sentence (``digits``: it has a digit) states statistics, so it reads as a result."""
    # "(high-certainty evidence)" marks a result only beside figures: conclusions cite ratings too.
    stats = ((digits or _may_be_stats(sent)) and _has_stats(sent)) or (digits and _graded_result(sent))
    if (stats and not has_digit(sent.replace("95", "", 1)) and "CI" in sent
            and not _has_stats(_CI_NAMED.sub("", sent))):
        return False  # "… due to low event numbers and thus wide 95% CI": a CI named, no estimate given
    if stats and not digits and all(_BARE.fullmatch(m.group(0)) and sent[m.start() - 1:m.start()] != "("
                                    for m in _STATS.finditer(sent)):
        return False  # "as measured by PFS and RD", "flavonoids (both MPFF and HR)": names, no estimate
    return stats
