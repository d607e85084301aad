"""The sentence that must go with a conclusion, so a claim never loses what qualifies it.

"However, …" after a claim, "No evidence … on the long-term effects" after a short-term one, "We judged it … and
found no …" after "only one trial compared …", "The clinical importance of this finding is uncertain": told apart,
each leaves the reader believing more than the authors do.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from broker.plain.kinds import (
    CONTRAST,
    DOUBT,
    LATE_CONTRAST,
    LEADING_CLAUSE,
    SIDE,
    SIDE_WORDS,
    UNSURE_ONLY,
    is_meta,
)
from broker.plain.reading import Abstract, Sentence
from broker.plain.starts import by_letters
from broker.plain.text import says


def with_qualifier(abstract: Abstract, s: Sentence) -> list[Sentence]:
    """The sentence, and the one after it when that one qualifies it ("However, …"): never split them."""
    nxt = s.index + 1
    if nxt < len(abstract.sentences):
        after = abstract.sentences[nxt]
        if ((CONTRAST.match(after.text) or LATE_CONTRAST.match(after.text)) and not after.stats
                and (not after.wish or DOUBT.search(after.low)) and not says(SIDE, after.low, *SIDE_WORDS)
                and not is_meta(LEADING_CLAUSE.sub("", after.text.split(" ", 1)[-1], count=1).lower())
                and not UNSURE_ONLY.search(after.low)):
            return [s, after]
        other = _OTHER_TERM.get(_term(s.low))
        if other and other in after.low and not after.stats and _NOTHING_ON.search(after.low):
            return [s, after]  # "… short-term effects …", then "No evidence … on the long-term effects"
        if ONE_STUDY.search(s.low) and _ITS_RESULT.match(after.low) and not after.stats:
            return [s, after]  # "… only one trial compared X to placebo.", then "We judged it … and found no …"
        if _WORTH_UNSURE.match(after.low) and not after.stats:
            return [s, after]  # "X leads to fewer children having isolates of S aureus", then "The clinical
            # importance of this finding is uncertain": told alone, the finding reads as a health benefit
    return [s]


# "Only one trial compared a combination of manual therapy and exercise … to placebo", then "We judged it to be of
# high quality and found no clinically important differences …": the one trial's finding is in the sentence after.
ONE_STUDY = by_letters(r"\b(?:only one|a single|one) (?:randomi[sz]ed )?(?:trial|study|rct)\b")
_ITS_RESULT = re.compile(r"^(?:we (?:judged|rated|assessed|considered) (?:it|this (?:trial|study))\b[^.;]{0,80}?\band "
                         r"(?:found|showed)|(?:it|this (?:trial|study)|the (?:trial|study)) "
                         r"(?:found|showed|reported)\b)")


_WORTH_UNSURE = re.compile(r"^(?:however, )?the (?:clinical |practical |real-world )?(?:importance|significance|"
                          r"relevance|meaning|value) of (?:this|these|the|such) (?:findings?|results?|effects?|"
                          r"differences?|benefits?|changes?) (?:is|are|remains?) (?:still )?(?:uncertain|unclear|"
                          r"unknown|questionable|doubtful|not clear|not known)\b")


def _term(low: str) -> str:
    return "short-term" if "short-term" in low or "short term" in low else (
        "long-term" if "long-term" in low or "long term" in low else "")


# A claim about one time frame, and the sentence after it saying nothing is known about the other: told together,
# or the reader would take the first for the whole answer.
_OTHER_TERM = MappingProxyType({"short-term": "long-term", "long-term": "short-term"})
_NOTHING_ON = re.compile(r"^(?:no (?:evidence|data|information)|there (?:is|was|were) (?:no|insufficient|"
                         r"little|limited) (?:evidence|data|information)|(?:the )?evidence (?:on|about|for) [^.;]{0,60}"
                         r"(?:is|was|remains) (?:lacking|limited|insufficient|unclear))\b")


def doubt_before(abstract: Abstract, lead: Sentence) -> Sentence | None:
    """The authors' doubt about all their evidence, just before a hedged claim, which must then come first.

    "The number, size and reporting of … trials are insufficient to present firm conclusions …", then "It is
    possible that perazine is associated with …": told alone, the possible finding reads as the authors' answer.
    """
    if not lead.index or not (_HEDGED_OPENING.match(lead.low) or _HEDGED_CLAIM.search(lead.low)):
        return None
    # just before it, or (where the authors close on it: "It would be unwise to offer firm conclusions …") after it
    for other in (abstract.sentences[lead.index - 1], *abstract.sentences[lead.index + 1:]):
        if other.index in abstract.conclusions and not (other.stats or other.leans or other.wish) and _NO_FIRM.search(
                other.low):
            return other
    return None


# "It is possible that …" opening the sentence, or a hedge anywhere: two patterns, as the second can then be led by its
# letters (``by_letters``), where one with "^" was led by a look-ahead tried at every place (a quarter of the cost).
_HEDGED_OPENING = re.compile(r"it is possible that\b")
_HEDGED_CLAIM = by_letters(r"\b(?:may|might|possibly|appears? to|seems? to|tended to)\b")
# "… are insufficient to present firm conclusions about …", "too few and too small to draw any firm conclusions",
# "it would be unwise to offer firm conclusions"
_NO_FIRM = by_letters(r"\b(?:insufficient|not enough|too (?:few|small|limited)|unwise)\b[^.;]{0,60}?\b(?:to (?:draw|"
                      r"offer|present|"
                      r"make|reach|allow|support) )?(?:any )?(?:firm|definite|reliable|robust) conclusions?\b")
