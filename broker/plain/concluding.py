"""Whether a sentence (in lower case) has a concluding phrase: "this review", "in conclusion", "further research".

Asked of every sentence of every abstract. The phrases were one pattern, looked for whenever a word any of them
needs was there, and words such as "studies" and "evidence" are in most sentences: each phrase is now a pattern of
its own, looked for only where the words it cannot match without are (as ``says`` does), so most sentences are read
by one or two short patterns, not by all of them (a third less time). ``concludes`` is true exactly where the one
pattern matched.
"""

from __future__ import annotations

import re

from broker.plain.starts import by_letters, starting
from broker.plain.text import says_any

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
