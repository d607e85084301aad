"""A claim's opening rating of its evidence ("Based on low-quality evidence, …"), and when it can go.

The rating is said in "How sure we can be", so a claim is told without it; but only
where what is left still says no more than the source did: a bare "X is effective"
on low-quality evidence keeps its rating in words.
"""

from __future__ import annotations

import re

from broker.plain.clauses import has_verb
from broker.plain.kept import keeps_meaning
from broker.plain.kinds import RATED_OPENER, SECOND_RATING
from broker.plain.reading import LEANING
from broker.plain.starts import by_letters


def rated_opener_removed(text: str) -> str:
    """The claim without an opening rating ("Based on low-quality evidence, …"), unless it then leans on nothing."""
    m = RATED_OPENER.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    rest = text[m.end():]
    rest = rest[:1].upper() + rest[1:]
    if m.group(0).rstrip().endswith("that"):
        rest = rest.replace(", and that ", ", and ", 1)  # "… evidence that X reduces A, and that it is well tolerated"
    # "Low-quality evidence suggests that X": dropping the opener would drop its "suggests";
    # "Moderate-quality evidence shows no difference …": what is left has no verb.
    # "… that X reduces A, and high quality evidence that it reduces B": a second rating keeps the first.
    # "There is some low quality evidence that X is effective": without its opener, "X is effective" claims more than
    # weak evidence shows; a claim on weak evidence keeps its rating unless it has a hedge of its own ("X may …").
    claim = _TURN.split(rest, 1)[0]  # "X is effective, but the effects are not significant when …": X's own words
    if text.startswith(("There ", "We ")) and _WEAK_RATING.search(m.group(0)) and not _OWN_HEDGE.search(claim):
        return _GRADE_WORD.sub("", text)  # "some GRADE low quality evidence": the rating in words, not its system
    return text if (LEANING.match(rest) or not keeps_meaning(text, rest) or not has_verb(rest)
                    or SECOND_RATING.search(rest)) else rest


_WEAK_RATING = re.compile(r"\blow\b", re.I)
_TURN = re.compile(r",? (?:but|although|though|while|whereas|however)\b")
_GRADE_WORD = by_letters(r"\bGRADE (?=(?:very[- ])?(?:low|moderate|high)\b)")
_OWN_HEDGE = re.compile(r"\b(?:may|might|could|can|probably|likely|possibly|perhaps|appears?|seems?|suggests?|"
                        r"uncertain|unclear|not|no|little)\b", re.I)
