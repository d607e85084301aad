"""GRADE ratings in a source's own words: "low-certainty evidence", "the quality of the evidence was moderate".

GRADE rates a body of evidence high, moderate, low or very low. Reviews write the rating
in many ways; each way is one pattern here, run on lower-case text. "Quality" alone can
mean a study's quality ("three trials were of high quality"), so it counts only beside
"evidence".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

LEVELS = ("very low", "low", "moderate", "high")
_LEVEL = r"(very[- ]low|low|moderate|high)"
# "low-certainty evidence", "low- to moderate-quality", "low or very low quality evidence"
# "Quality" alone can be a study's quality ("three were of high quality"): it counts only when "evidence" follows.
_GRADE_BEFORE = re.compile(_LEVEL + r"(?:-?\s*(?:to|or|"
                                    r"and)\s+" + _LEVEL + r")?[- ](?:certainty\b|quality (?:of (?:the )?)?"
                           r"evidence\b)")
_GRADE_BRACKET = re.compile(r"[(;]\s*" + _LEVEL + r"(?:-?\s*(?:to|or|and)\s+" + _LEVEL + r")?[- ]quality\s*[;,)]")
# "Certainty about the effects of mass media campaigns … is very low"; "quality of the evidence: low"
_GRADE_ABOUT = re.compile(r"\b(?:certainty|quality of (?:the )?evidence) (?:about|of|in|for|"
                          r"on) [^.;]{0,100}? (?:is|was|are|"
                          r"were) (?:rated |judged |"
                          r"considered )?(?:as )?" + _LEVEL + r"\b|\b(?:certainty|quality) of (?:the )?"
                          r"evidence:\s*[\"'\u2018\u201c]?" + _LEVEL + r"\b|\b(?:judged|rated|assessed|graded|"
                                                                       r"considered) "
                          r"(?:the )?(?:overall )?(?:quality|certainty) of (?:the )?evidence (?:to be |"
                          r"as )?[\"'\u2018\u201c]?"
                          + _LEVEL + r"\b|"
                                     r"\brated as " + _LEVEL + r"[- ](?:quality|certainty)\b|\bdowngraded [^.;]{0,60}?"
                          r"\bto " + _LEVEL + r"[- ](?:quality|certainty)\b")
_GRADE_RATING = re.compile(r"\bgrade (?:rating|assessment|level|quality)? ?(?:was|of|as|is) " + _LEVEL + r"\b")
# "the certainty of the evidence was low", "quality of evidence ranged from very low to moderate"
_GRADE_AFTER = re.compile(r"\b(?:certainty|quality) of (?:the |this |"
                          r"all )?(?:\w+ )?evidence\b[^.;]{0,60}?\b(?:was|were|is|"
                          r"as|ranged|ranging|varied|to be|rated)\b(?: from)?(?: \w+){0,2}? " + _LEVEL +
                          r"(?:\s*(?:to|or|and)\s+" + _LEVEL + r")?\b")
# "very low quality of evidence" is in _GRADE_BEFORE; "evidence of low quality" here.
_GRADE_OF = re.compile(r"\bevidence (?:was |"
                       r"is )?of " + _LEVEL + r"(?:\s*(?:to|or)\s+" + _LEVEL + r")? (?:certainty|quality)\b")


# "'low level' evidence", "a low level of evidence"
_GRADE_LEVEL = re.compile(r"\b" + _LEVEL + r" level['\u2019]? (?:of )?(?:certainty|evidence)\b")
_NOT_A_RATING = re.compile(r"\b(?:lack of|no|absence of|need for|needed|more|further|future|without|insufficient|"
                           r"paucity of|scarcity of|better|additional|any|larger|new)\s+(?:[\w-]+\s+)?$")


# Each pattern with the words it cannot match without, looked for first since most sentences have no rating.
_PATTERNS = ((("evidence", "certainty"), _GRADE_BEFORE), (("quality",), _GRADE_BRACKET), (("evidence",), _GRADE_AFTER),
             (("evidence",), _GRADE_OF), (("grade",), _GRADE_RATING), (("evidence", "certainty"), _GRADE_ABOUT),
             (("level",), _GRADE_LEVEL))


@dataclass(frozen=True)
class Grade:
    """The GRADE levels a stretch of text gives, lowest and highest (the same when there is one)."""

    low: str
    high: str


def grades(text: str) -> list[tuple[int, Grade]]:
    """Every GRADE rating in the text, with where it stands."""
    text = text.lower()
    if "certainty" not in text and "quality" not in text and "grade" not in text and "level" not in text:
        return []
    found = []
    for needs, pattern in _PATTERNS:
        if not any(word in text for word in needs):
            continue
        for m in pattern.finditer(text):
            if _NOT_A_RATING.search(text, max(0, m.start() - 30), m.start()):
                continue  # "a lack of high-quality evidence", "more high-quality trials are needed": no rating
            levels = sorted({_level(g) for g in m.groups() if g}, key=LEVELS.index)
            found.append((m.start(), Grade(levels[0], levels[-1])))
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
