"""studies_told._small, the pattern split by the word each part needs, finds what the one pattern it replaced found."""

from __future__ import annotations

import random
import re

from broker.plain.studies_told import _small

# The pattern as it was, for the comparison.
_SMALL = re.compile(r"\b(?:small (?:studies|trials|samples?|sample sizes?|(?:participant|patient) numbers)|"
                    r"(?<!for a )(?<!on a )(?<!in a )(?<!to a )small numbers? of (?:participants|people|patients|"
                    r"(?:included )?(?:studies|trials) and (?:participants|people|patients))(?! with (?:these|those|"
                    r"this|that|other|some)\b)|"
                    r"(?:studies|trials|rcts|sample sizes?)\b[^.;]{0,40}?\b(?:were|was|are|is) (?:all |generally |"
                    r"mostly |mainly |often |very |relatively |rather |too )?small\b|"
                    r"(?:^|; |, )they (?:were|are) (?:generally |mostly |mainly |often |all |very |relatively )?"
                    r"small\b|few (?:participants|events|people|patients)|"
                    r"^all (?:the )?(?:included )?(?:studies|trials|rcts) (?:had|included|used) sample sizes? of "
                    r"(?:fewer|less) than \d+|"
                    r"(?<!for )(?<!on )only \d+ (?:participants|patients|people|"
                    r"women|children|infants|subjects)\b|"
                    r"(?:under|under-|inadequately |not adequately )powered\b|mostly small\b|small, (?=randomi|single|"
                    r"short|open|poor|low))")

_VOCABULARY = [
    "small", "small,", "smaller", "smallest", "studies", "trials", "rcts", "samples", "sample size", "sample sizes",
    "participant numbers", "patient numbers", "numbers", "number", "of", "participants", "people", "patients",
    "included", "and", "with", "these", "others", "for a", "on a", "in a", "to a", "for", "on", "a", "were", "was",
    "are", "is", "mostly", "very", "too", "they", "; they", ", they", ";", ",", ".", "few", "fewer", "events", "all",
    "the", "had", "used", "less", "than", "12", "only", "women", "subjects", "under", "under-", "inadequately",
    "not adequately", "powered", "underpowered", "randomised", "single", "short", "open", "poor", "low", "x_small",
    "small2", "café", "naïve", "smallé", "-", "'", "trials'", "non-small", "Small", "THEY", "small number of",
    "small numbers of", "only 3", "few participants", "were small", "sample size of", "under-powered",
]


def test_small_is_the_pattern() -> None:
    rng = random.Random(15)
    found = 0
    for _ in range(60000):
        low = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 10))).lower()
        said = bool(_SMALL.search(low))
        assert _small(low) == said, low
        found += said
    assert found > 3000


def test_small_edges() -> None:
    for low in [
        "", "small", "they were small", "x; they were small", "; they were small", "x, they are small",
        "x ,they were small", "for a small number of people", "a small number of people", "only 12 people",
        "for only 12 people", "on only 12 women", "all studies had sample sizes of less than 9",
        " all studies had sample sizes of less than 9", "underpowered", "under-powered", "small, open",
        "trials — café — were small", "in a small number of patients", "to a small number of people",
        "on a small numbers of participants", "x in a small number of patients", "xin a small number of people",
        "small number of included trials and people with these", "small numbers of people with others",
        "sample sizes were mostly small", "fewer participants",
    ]:
        assert _small(low) == bool(_SMALL.search(low)), low
