"""Where an abstract's authors conclude: which sentences have a concluding phrase ("this review", "in conclusion",
"further research"), and where the closing run of sentences that read as their conclusion starts.

Asked of every sentence of every abstract. The phrases were one pattern, looked for whenever a word any of them
needs was there, and words such as "studies" and "evidence" are in most sentences: each phrase is now a pattern of
its own, looked for only where the words it cannot match without are (as ``says`` does), so most sentences are read
by one or two short patterns, not by all of them (a third less time). ``concludes`` is true exactly where the one
pattern matched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.starts import by_letters, starting
from broker.plain.text import has_digit, says_any

if TYPE_CHECKING:  # (reading imports this module: its sentences are only named here)
    from broker.plain.reading import Sentence

# (words one of which the phrase needs, the phrase)
_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # Near the start: "This review …", "Our findings …", "The current evidence …"
    (("this ", "our ", "evidence"),
     starting(r"^(?:[\w,-]+ ){0,4}?(?:this (?:systematic |cochrane |updated )?(?:review|update)|our (?:review|"
              r"analys[ie]s|results|findings)|(?:the|current|available|existing|present) (?:body of )?evidence)\b")),
    (("review ", "update "),
     by_letters(r"\b(?:this|the) (?:review|update) (?:found|finds|shows|suggests|provides|concludes|confirms)\b")),
    (("comparisons", "outcomes", "interventions", "treatments"),
     by_letters(r"\b(?:most|all|nearly all|overall|any of the) (?:comparisons|outcomes|interventions|treatments)\b")),
    (("there ",),
     by_letters(r"\bthere (?:is|are) (?:very |currently )?(?:no|insufficient|limited|some|little|moderate|low|high|"
                r"good|weak|strong|currently no|not enough|evidence)\b")),
    (("conclu",), by_letters(r"\b(?:we conclude|concludes?)\b")),
    (("we found", "we did not find"),
     by_letters(r"\bwe (?:found|did not find) (?:no|little|some|any|insufficient|limited|weak|moderate|good|strong|"
                r"consistent)(?: [\w-]+)? evidence\b")),
    (("overall",),
     starting(r"\b(?:^|[,;] )overall,? (?!(?:pain|survival|mortality|response|function|quality|risk|rate|score|death|"
              r"symptoms?|health|satisfaction|adverse|complications?)\b)\b")),
    (("in conclusion", "in summary", "taken together"), by_letters(r"\b(?:in conclusion|in summary|taken together)\b")),
    (("further ", "future ", "additional ", "more research", "more studies", "more trials"),
     by_letters(r"\b(?:further|more|future|additional) (?:research|studies|trials)\b")),
    (("needed", "required", "warranted"),
     by_letters(r"\b(?:research|trials|studies) (?:is|are) (?:needed|required|warranted)\b")),
    (("need for",), by_letters(r"\bneed for\b")),
)


def concludes(low: str) -> bool:
    """Whether lower-case text has a concluding phrase; each phrase is looked for only where its words are."""
    return says_any(_PHRASES, low)


_COUNTED_START = re.compile(r"^(?:only |in )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|"
                            r"several|none|both|neither|each|either)(?: of the| of these)?(?: \w+)? (?:studies|trials|"
                            r"rcts|study|trial|reports?)\b")


_COMPARED_RESULT = re.compile(r"^(?:when [^,]{3,120}? (?:was|were) compared|comparing [^,]{3,120}?),")


_DOSE_OR_TIME = AsciiTwin(starting(r"\b\d+(?:\.\d+)?(?: to \d+(?:\.\d+)?)? ?(?:mg|\u03bcg|µg|mcg|g|ml|iu|"
                                   r"units?|years?|months?|weeks?|days?|hours?)\b(?: (?:per|a|each) (?:day|week|month|"
                                   r"year|dose|kg))?|\b(?:one|two|three|four|five|six|twice|once|\d+) times? (?:per|a) "
                                   r"(?:day|week)\b", re.I))
# "T2 lesions", "interferon beta-1a": names, not figures
_NAMED_BY_NUMBER = AsciiTwin(re.compile(r"\b[A-Za-z]+-?\d+[a-z]?\b"))
_GRADED_CLAIM = by_letters(r"\b(?:probably|may|likely|might) (?:\w+ )?(?:reduces?|increases?|improves?|lowers?|"
                           r"prevents?|decreases?|makes?|leads?|results?)\b")


# A digit no letter, digit or "-" stands just before: the first of a number _NAMED_BY_NUMBER cannot take, in ASCII text.
_LONE_DIGIT = re.compile(r"[0-9](?<![0-9A-Za-z-][0-9])")


def _dosed(text: str) -> bool:
    """Whether every figure in the text is a dose or a time (or part of a name, "T2 lesions"): none is left once
    ``_DOSE_OR_TIME`` and ``_NAMED_BY_NUMBER`` take theirs. The second is asked only where it could take the last."""
    rest = _DOSE_OR_TIME.sub("", text)
    if not has_digit(rest):
        return True
    if rest.isascii() and _LONE_DIGIT.search(rest):
        return False  # "12 trials": no name holds it
    return not has_digit(_NAMED_BY_NUMBER.sub("", rest))


def _concluding(s: Sentence) -> float:
    """How much a sentence reads like the authors' conclusion (above 0) or a result (below 0)."""
    if s.stats:
        return -3.0
    if s.wish:
        return 0.0  # wishes close the conclusions, but say nothing about where they start
    low = s.low
    # "Annual cycles of X at a dose of 12 mg per day probably reduces relapse over 2 to 3 years": figures that are only
    # doses and times are part of what the authors conclude on, and a graded claim ("probably reduces") with no
    # estimate is how GRADE-era conclusions read.
    dosed = s.digits and _dosed(s.text)
    value = -0.5 * (s.digits and not dosed) + s.tense + 1.0 * (dosed and bool(_GRADED_CLAIM.search(low)))
    if low.startswith(("when ", "comparing ")) and _COMPARED_RESULT.match(low):
        value -= 1.0  # "When catgut and glycerol impregnated catgut were compared, results were similar …"
    value += 1.5 * s.sums_up - 1.0 * bool(_COUNTED_START.match(low))
    value += 1.0 * s.opens_conclusion + 0.7 * s.evaluative
    return value


_JUDGED = AsciiTwin(re.compile(r"^(?:using|with|applying) (?:the )?grade(?: system| approach| criteria)?, "
                               r"(?:we|the review authors) (?:rated|graded|judged|assessed)\b|"
                               r"^(?:we|the review authors) (?:judged|rated|graded|assessed) "
                               r"(?:the |all |most )?(?:included )?(?:studies|trials|risk of bias)\b|"
                               r"^an? ['\u2018\u2019\"]?(?:very )?(?:low|moderate|high)['\u2018\u2019\"]? "
                               r"(?:grade|rating) means\b|"
                               # "Most of the included studies were of moderate quality, as we judged multiple
                               # domains …"
                               r"^[^.;]{0,80}\bquality,? (?:as|because|since) we (?:judged|rated|assessed)\b"))


def _judged(low: str) -> bool:
    """``_JUDGED.match(low)``, tried only where it can match: each choice names "grade" or "quality" in it, or opens
    with "we ", "the review authors " or "a" (lower-case text, a pattern that heeds case)."""
    return ("grade" in low or "quality" in low or low.startswith(("we ", "the review authors ", "a"))) \
        and _JUDGED.match(low) is not None


def closing_run(sents: list[Sentence], structured: bool) -> tuple[int, ...]:
    """Where the authors conclude: a Conclusions section, or the closing run of sentences that read as one.

    Without headings, the run starts where the sum of "reads like a conclusion" over
    the sentences from there to the end is largest (at or after the first third); a
    new paragraph there counts in its favour.
    """
    if structured:
        marked = tuple(s.index for s in sents if s.role == "conclusions")
        if marked:
            return marked
    n = len(sents)
    if n < 2:
        return ()
    lowest = max(1, n // 3)
    values = [0.0] * lowest + [_concluding(s) for s in sents[lowest:]]
    for k in range(lowest + 1, n):
        # "The effect of these interventions was independent of …" carries on the conclusion just before it: its
        # past tense does not make it a result.
        if values[k] < 0 < values[k - 1] and not sents[k].stats and sents[k].leans:  # the cheap tests first
            values[k] = 0.0
    best, start, total = float("-inf"), n - 1, 0.0
    for k in range(n - 1, max(1, n // 3) - 1, -1):
        total += values[k]
        bonus = 1.0 if sents[k].paragraph != sents[k - 1].paragraph else 0.0
        if values[k] > -0.5 and total + bonus >= best:  # ties go to the earlier start
            best, start = total + bonus, k
    # How the review judged its studies ("We judged the included studies to be …", "Using the GRADE system, we rated
    # …", "A 'low' grade means …") closes a Cochrane abstract's results: the authors conclude after it.
    for k in range(n - 2, start - 1, -1):
        if _judged(sents[k].low) and not all(x.wish for x in sents[k + 1:]):
            start = k + 1
            break
    # A run cannot open mid-thought: "However, …" or "These data suggest …" carries on from the sentence before.
    while start > lowest and sents[start].leans and not sents[start - 1].stats:
        start -= 1
    return tuple(range(start, n))
