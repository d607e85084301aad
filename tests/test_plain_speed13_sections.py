"""Structured abstracts' headings (speed13): looked for only where one can count, as when every place was tried."""

from __future__ import annotations

import random

from broker.plain import text


def _sections_as_before(abstract: str) -> list[tuple[str, str]]:
    """``text.sections`` as it was: ``_HEADING`` tried at every place, the places that cannot count passed over."""
    marks: list[tuple[int, int, str]] = []
    for m in text._HEADING.finditer(abstract):
        before = abstract[: m.start()].rstrip(" \t")
        if before and before[-1] not in ".!?:)\n":
            continue
        if m.group("end").startswith(".") and not m.group("h").isupper() and " " in m.group("h"):
            continue
        marks.append((m.start(), m.end(), text._ROLES[m.group("h").lower()]))
    if len(marks) < 2 or (marks[0][0] > 40 and abstract[: marks[0][0]].rstrip(" \t")[-1:] != "\n"):
        return [("text", abstract)]
    out = []
    pre = abstract[: marks[0][0]].strip()
    if pre:
        out.append(("intro" if marks[0][0] > 40 else "background", pre))
    for i, (_, end, role) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(abstract)
        body = abstract[end:stop].strip()
        if body:
            out.append((role, body))
    return out


_SAMPLES = [
    "", " ", "Results", "Results:", "Background: a. Methods: b. Results: c.", "BACKGROUND x METHODS y",
    "BACKGROUND The aim. METHODS We did. RESULTS Two.", "Intro text here that is long enough to pass forty chars.\n"
    "Background: a\nResults: b", "the main results: fewer falls. Conclusions: none", "Results\t: a. Methods -  b",
    "Objective.  Aims and objectives. Authors' conclusions: x.\tMethods:\n y",
    "(Results: a) Methods: b!Results: c?Aim: d",
    "\u00e9Results: a \u00e9. Methods: b", "\u00a0Results: a\u00a0Methods: b", "x\u2019 Results: a? Methods: b",
    "Results \u2013 a. Methods \u2014 b", "Results\u00b2: a. Methods: b\u2212",
    "Data collection and analysis. Results. x",
    "RESULTS. METHODS. Main results. Main Results. Key results: a. Key Results: b",
]
_PIECES = ["Background", "BACKGROUND", "Methods", "METHODS", "Results", "results", "Main results", "Main Results",
           "Key words", "Aim", "AIM", "Aims", "Authors' conclusions", "Authors' Conclusions", "Design, setting, and "
           "participants", "Data", "Study", "Studies", "Interventions", "In", "Our", "Summary", "summary", "Trials",
           ":", ": ", " :", ".", ". ", "!", "?", ")", "(", "\n", "\n\n", "\t", " ", "  ", " - ", " \u2013 ", "\u00a0",
           "\u00e9", "\u2019", "\u2264", "2.5", "x", "The trials", "We found", "GRADE", "RCT"]

_BEFORE = ["", ". ", ".\n", ": ", ":", ")", ") ", "\n", " ", "\t", ".\t ", "\u00e9 ", "\u00e9", "? ", "!", "x ", "-",
           "\u00a0"]
_AFTER = [":", ": ", ". ", ".", "\n", " \n", " - ", " \u2014 ", " ", "\t:", " The", " A", "\u00a0", ":\u00e9"]


def test_sections_are_as_before() -> None:
    rng = random.Random(13)
    samples = list(_SAMPLES)
    for _ in range(20000):
        samples.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))))
    for _ in range(20000):  # headings after what may end a sentence, followed by what may end a heading
        samples.append("".join(rng.choice(_BEFORE) + rng.choice(_PIECES[:22]) + rng.choice(_AFTER) + rng.choice(_PIECES)
                               for _ in range(rng.randint(1, 6))))
    for sample in samples:
        assert text.sections(sample) == _sections_as_before(sample), sample
