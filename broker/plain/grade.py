"""GRADE ratings in a source's own words: "low-certainty evidence", "the quality of the evidence was moderate".

GRADE rates a body of evidence high, moderate, low or very low. Reviews write the rating
in many ways; each way is one pattern here, run on lower-case text. "Quality" alone can
mean a study's quality ("three trials were of high quality"), so it counts only beside
"evidence".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from broker.plain.starts import by_letters, starting
from broker.plain.text import mentions

LEVELS = ("very low", "low", "moderate", "high")
_LEVEL = r"(very[- ]low|low|moderate|high)"
_RANGE = r"(?:[\"'\u2019\u201d]?-?\s*(?:to|or|and)[\s-]+[\"'\u2018\u201c]?" + _LEVEL + r")?"  # "low to very low"
_OPEN_QUOTE = r"[\"'\u2018\u201c]?"
# "low-certainty evidence", "low- to moderate-quality evidence", "low or very low quality of evidence";
# not "until high-quality evidence is available" nor "the high-quality evidence required".
_GRADE_BEFORE = re.compile(_LEVEL + _RANGE + r"[- ](?:certainty\b|quality (?:of (?:the )?)?evidence\b)"
                           r"(?! (?:is|are) (?:needed|required|available|lacking|missing)| required| needed)")
# "(RR 0.8, …; low quality)": "quality" alone counts only in such a bracket, since it can be a study's quality.
_GRADE_BRACKET = re.compile(r"[(;]\s*" + _LEVEL + _RANGE + r"[- ]quality\s*[;,)]")
# "Certainty about the effects of mass media campaigns … is very low"; "quality of the evidence: low";
# "we judged the quality of the evidence to be low"; "rated as low quality"; "downgraded … to low quality".
_GRADE_ABOUT = starting(
    r"\b(?:certainty|quality of (?:the )?evidence) (?:about|of|in|for|on) [^.;]{0,100}? (?:is|was|are|were) "
    r"(?:rated |judged |considered )?(?:as )?" + _LEVEL + r"\b(?! risk)|"
    r"\b(?:certainty|quality) of (?:the )?evidence:\s*" + _OPEN_QUOTE + _LEVEL + r"\b|"
    r"\b(?:judged|rated|assessed|graded|considered) (?:the )?(?:overall )?(?:quality|certainty) of (?:the )?evidence "
    r"(?:to be |as )?" + _OPEN_QUOTE + _LEVEL + _RANGE + r"\b|"
    r"\brated as " + _LEVEL + r"[- ](?:quality|certainty)\b|"
    r"\bevidence (?:for|on|about) [^.;]{0,80}? (?:was|were|is|are) (?:judged |rated |considered |graded )?(?:to be |"
    r"as )?" + _LEVEL + r"\b(?! risk)|"
    r"\bdowngraded [^.;]{0,60}?\bto " + _LEVEL + r"[- ](?:quality|certainty)\b")
_GRADE_RATING = by_letters(r"\bgrade (?:rating|assessment|level|quality)? ?(?:was|of|as|is) " + _LEVEL + r"\b")
# "the certainty of the evidence was low", "quality of evidence ranged from very low to moderate";
# not "the main limitations in the quality of the evidence were high risk of bias".
_GRADE_AFTER = by_letters(r"\b(?:certainty|quality) of (?:the |this |all )?(?:\w+ )?evidence\b[^.;]{0,60}?"
                          r"\b(?:was|were|is|as|ranged|ranging|varied|to be|rated)\b(?: from)?(?: \w+){0,2}? "
                          + _OPEN_QUOTE + _LEVEL + _RANGE
                          + r"\b(?! risk)")
# "very low quality of evidence" is in _GRADE_BEFORE; "evidence of low quality" here.
_GRADE_OF = by_letters(r"\bevidence (?:was |is )?of " + _LEVEL + r"(?:\s*(?:to|or)\s+" + _LEVEL
                       + r")? (?:certainty|quality)\b")
# "'low level' evidence", "a low level of evidence"
_GRADE_LEVEL = by_letters(r"\b" + _LEVEL + r" level['\u2019]? (?:of )?(?:certainty|evidence)\b")
# "The quality of the evidence ranged from moderate quality for A and B to low quality for C and D."
_GRADE_SPAN = by_letters(r"\b(?:ranged|ranging|varied|varying) from " + _LEVEL
                         + r"(?:[- ](?:quality|certainty))?[^.;]{0,100}?\bto " + _LEVEL + r"\b(?! risk)")
# "the overall quality of the evidence was 'moderate' for eradication rate … and 'low' for non-recurrence rate": a
# rating for each outcome, which a reader must get whole, not just its first.
_GRADE_EACH = re.compile(r"[\"'\u2018\u201c]" + _LEVEL + r"[\"'\u2019\u201d] for (?:[^.;]|\.(?=\S)){3,100}? and "
                         r"[\"'\u2018\u201c]" + _LEVEL + r"[\"'\u2019\u201d] for\b")
_NOT_A_RATING = starting(r"\b(?:lack of|no|absence of|need for|needed|more|further|future|without|insufficient|"
                         r"paucity of|scarcity of|better|additional|any|larger|new|until|provide|obtain|"
                         r"generate|produce|limitations in|reasons for)\s+(?:[\w-]+\s+)?$")


# Each pattern with the words it is looked for beside (one must be there; most sentences have no rating), a further
# look or None, and the pattern. _GRADE_ABOUT counts only beside "evidence" or "certainty" (its "rated as low quality"
# would match without), and needs words its choices spell out; _GRADE_BRACKET ends with "quality" and a bracket's end.
_ABOUT_NEEDS = ("certainty about", "certainty of", "certainty in", "certainty for", "certainty on", "quality of",
                "rated as", "evidence for", "evidence on", "evidence about", "downgraded")


def _about(text: str) -> bool:
    return mentions(text, _ABOUT_NEEDS)


_PATTERNS: tuple[tuple[tuple[str, ...], Callable[[str], object] | None, re.Pattern[str]], ...] = (
    (("evidence", "certainty"), None, _GRADE_BEFORE), (("quality",), re.compile(r"quality\s*[;,)]").search,
                                                       _GRADE_BRACKET),
    (("certainty of", "quality of"), None, _GRADE_AFTER),
    (("evidence of", "evidence was of", "evidence is of"), None, _GRADE_OF), (("grade",), None, _GRADE_RATING),
    (("evidence", "certainty"), _about, _GRADE_ABOUT), (("level",), None, _GRADE_LEVEL),
    (("ranged", "ranging", "varied", "varying"), None, _GRADE_SPAN),
    (("' for", "\u2019 for", "\" for", "\u201d for"), None, _GRADE_EACH))


_LACKING = re.compile(r"[^.;,]{0,60}?\b(?:is|are|was|were|remains?) (?:still |currently |also )?(?:lacking|missing|"
                      r"needed|"
                      r"required|scarce|unavailable|not available)\b")
# The words _LACKING ends with ("unavailable" and "not available" both hold "available"): without one, it finds none.
_LACKING_NEEDS = ("lacking", "missing", "needed", "required", "scarce", "available")


@dataclass(frozen=True)
class Grade:
    """The GRADE levels a stretch of text gives, lowest and highest (the same when there is one)."""

    low: str
    high: str


def grades(text: str) -> list[tuple[int, Grade]]:
    """Every GRADE rating in the text, with where it stands."""
    return grades_in_lower(text.lower())


def grades_in_lower(text: str) -> list[tuple[int, Grade]]:
    """``grades`` of text already in lower case: a sentence's ``low``, asked of every sentence, is not lowered again."""
    if "certainty" not in text and "quality" not in text and "grade" not in text and "level" not in text:
        return []
    if "low" not in text and "moderate" not in text and "high" not in text:
        return []  # every pattern names a level: "quality" and "certainty" are mostly said of other things
    found = []
    spans: list[tuple[int, int, Grade]] = []  # one rating read by two patterns is one rating
    lacking = mentions(text, _LACKING_NEEDS)
    for needs, more, pattern in _PATTERNS:
        for w in needs:  # plain loops: asked nine times of every rated sentence
            if w in text:
                break
        else:
            continue
        if more is not None and not more(text):
            continue
        for m in pattern.finditer(text):
            if _NOT_A_RATING.search(text, max(0, m.start() - 30), m.start()) or (lacking and _LACKING.match(text,
                                                                                                         m.end())):
                continue  # "a lack of high-quality evidence", "high-quality evidence … is lacking": no rating
            levels = sorted({_level(g) for g in m.groups() if g}, key=LEVELS.index)
            grade = Grade(levels[0], levels[-1])
            if any(m.start() < end and start < m.end() and grade == same for start, end, same in spans):
                continue
            spans.append((*m.span(), grade))
            found.append((m.start(), grade))
    return sorted(found, key=lambda f: f[0])


def _level(word: str) -> str:
    return "very low" if word.lower().replace("-", " ") == "very low" else word.lower()


def spread(found: Sequence[Grade]) -> Grade | None:
    """One grade from several: lowest to highest."""
    if not found:
        return None
    lows = sorted((g.low for g in found), key=LEVELS.index)
    highs = sorted((g.high for g in found), key=LEVELS.index)
    return Grade(lows[0], highs[-1])
