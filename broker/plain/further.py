"""The authors' other concluding claims, told beside their main one: a harm, a second comparison,
what they still do not know.

Each keeps its qualifier, and one that leans on the sentence before it ("It may also …", "In
addition, …") is told only right after that sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from broker.plain.kinds import (
    ADVICE,
    ADVICE_WORDS,
    ALSO,
    CLAIM_BUT_WISH,
    FOR_OTHER,
    HARM_REASON,
    HOW_TO_RESEARCH,
    NO_VERDICT,
    NOT_ENOUGH,
    OBSERVED,
    OBSERVED_WORDS,
    ONE_STUDY_BASIS,
    OPENING_SO,
    POINTER,
    POINTS_ON,
    SIDE,
    SIDE_ANALYSIS,
    SIDE_WORDS,
    VERY_LOW_CLAIM,
    is_background,
    is_meta,
)
from broker.plain.pointing import capital, points_at, word_stems
from broker.plain.qualifiers import ONE_STUDY, with_qualifier
from broker.plain.rated import rated_opener_removed
from broker.plain.reading import LEANING, Abstract, Sentence
from broker.plain.text import says

# "In addition, there is a low level of certainty that …", "There was also a smaller chance of …": one more claim,
# which may follow the one it adds to.
ADDING = re.compile(r"^(?:In addition|Additionally|Also|Moreover|Furthermore),? (?!th(?:is|ese|ey|ose)\b)|"
                     r"^There (?:is|was|are|were) also ")


# "Thus, although there is a benefit …, it remains unclear whether …": a concession, then what is still not known.
_CONCEDING = re.compile(r"^(?:Although|Though|While|Whilst) ([^,;]{10,150}), (?=(?:it (?:is|remains|was) (?:still )?"
                        r"(?:unclear|uncertain|unknown|not clear|not known)|there (?:is|are|was|were) )\b)")


_THIS_EVIDENCE = re.compile(r"^This ((?:limited|weak|sparse|(?:very )?low[- ](?:quality|certainty)|moderate[- ]"
                            r"(?:quality|certainty)) )?evidence (?:suggests|shows|indicates)\b")


# "These findings should be considered alongside concerns that have been raised about GHB regarding the risk of
# developing addiction …": a warning the reader must not lose, which points back only at what it is set beside.
_ALONGSIDE_CONCERNS = re.compile(r"^(?:These|The|Our) (?:findings|results)(?: of this review)? (?:should|must|need to) "
                                 r"be (?:considered|weighed|balanced|read|seen) (?:alongside|against|together with) "
                                 r"(?:the )?concerns (?:that|which) (?=have been raised about )")
RAISED = "Concerns have been raised about "  # a warning told as one: no claim word, yet the authors' own word


# How OPENING_SO and _CONCEDING start (case heeded): most sentences do not, and are spared them.
SO_OPENERS = ("Hence,", "Thus,", "Therefore,", "Consequently,", "As a result,")
_CONCEDING_OPENERS = ("Although ", "Though ", "While ", "Whilst ")


def _standing_alone(s: Sentence, chosen: list[Sentence]) -> Sentence:
    """"Thus, although there is a benefit …, it remains unclear whether …" as the claim it adds to the main one: a
    concession that repeats the main conclusion told before it is said once (and its "Thus" with it), so what the
    authors still do not know fits beside it; "This limited evidence suggests …" is "Limited evidence suggests …"."""
    concerns = _ALONGSIDE_CONCERNS.match(s.text) if "concerns " in s.text else None
    if concerns:  # "Concerns have been raised about GHB regarding the risk of developing addiction, …"
        warned = s.text[concerns.end() + len("have been raised about "):]
        return replace(s, text=RAISED + warned.replace(" regarding ", ", including ", 1))
    this = _THIS_EVIDENCE.match(s.text) if s.text.startswith("This ") else None
    if this:  # "This limited evidence suggests that …": the evidence the review found, not one sentence of it
        return replace(s, text=capital(this.group(1) or "the ") + s.text[this.end(1) if this.group(1) else 5:])
    so = OPENING_SO.match(s.text) if s.index and s.text.startswith(SO_OPENERS) else None
    opening = (capital(s.text[so.end():]) if so else s.text) if chosen else ""
    conceded = _CONCEDING.match(opening) if opening.startswith(_CONCEDING_OPENERS) else None
    if not conceded:
        return s
    said = set().union(*(word_stems(c.text) for c in chosen))
    stems = word_stems(conceded.group(1))
    if len(stems & said) * 2 < len(stems):
        return s
    return replace(s, text=capital(s.text[(so.end() if so else 0) + conceded.end():]))


# A claim whose subject names no treatment leans on the sentence before it for one.
_BARE_SUBJECT = re.compile(r"^(?:(?:short|long)-term |early |late |continued |daily |weekly |the )?(?:supplementation|"
                           r"treatment|therapy|intervention|administration)\b(?! (?:of|with|benefits?|effects?|"
                           r"effectiveness|efficacy|response|outcomes?)\b)")


# A short "we found no evidence for X" with no claim about X in it: the studies did not report X.
_NO_DATA_ON = re.compile(r"^we (?:found|identified) no (?:evidence|data|information) (?:for|on|about|regarding) "
                         r"(?:the )?[\w-]+(?: [\w-]+){0,4}\.?$")


def further_claims(abstract: Abstract, chosen: list[Sentence]) -> list[list[Sentence]]:
    """The authors' other concluding claims, in their order, each with its qualifier: the rest of their verdict.

    A harm or a second comparison the authors conclude on belongs beside the main
    conclusion; background, wishes, side outcomes and remarks on method do not. A claim
    that points back ("It is unclear whether it …") may come only right after the
    sentence it points at.
    """
    taken = {s.index for s in chosen}
    told = set(taken)
    out: list[list[Sentence]] = []
    # A verdict found before where the closing run was read to start ("Catgut may increase short-term pain …" with
    # "For other materials, there was insufficient evidence …" after it) has the authors' other claims after it.
    first = min((s.index + 1 for s in chosen[:1] if abstract.conclusions), default=0)
    closing = abstract.conclusions if not first or first >= abstract.conclusions[0] else (
        *range(first, abstract.conclusions[0]), *abstract.conclusions)
    for i in closing:
        s = _standing_alone(abstract.sentences[i], chosen)
        # "There is also moderate certainty in the evidence that people treated with BtA are at an increased risk of
        # …": the authors' second claim, told without its rating, so its "also" leans on nothing.
        rated = rated_opener_removed(s.text) if s.text.startswith(("There ", "We ")) else s.text
        low = rated.lower() if rated is not s.text else s.low
        if "based on" in s.low and ONE_STUDY_BASIS.search(s.low) and not ONE_STUDY.search(
                chosen[0].low if chosen else ""):
            continue  # "A single dose … is ineffective based on one study": a side answer, where the verdict is wider
        if _NO_DATA_ON.match(s.low):
            continue  # "We found no evidence for prescription of antibiotics": no data on it, read as advice against

        if (i in taken or s.stats or (s.wish and not CLAIM_BUT_WISH.match(s.low))
                or not (s.claims or s.text.startswith(RAISED))
                or says(SIDE, s.low, *SIDE_WORDS) or (says(ALSO, low, "also") and i - 1 not in taken)
                or ("subgroup" in s.low and SIDE_ANALYSIS.search(s.low))):
            continue  # "X reduces deaths, but further data are needed on costs" is a claim, told with its wish
        body = s.low[3:] if s.low.startswith("it ") else s.low  # "It is unclear whether …": that "it" points nowhere
        leans = LEANING.match(rated) if rated is not s.text else s.leans
        if (leans or POINTER.search(body)) and not ((POINTS_ON.match(s.text) or ADDING.match(s.text))
                                                    and i - 1 in taken):
            continue
        if points_at(s.low) and i - 1 not in told:
            continue  # "… and at these doses appear to be safe": which doses, the reader was never told
        if chosen and "very" in s.low and VERY_LOW_CLAIM.search(s.low) and NOT_ENOUGH.search(chosen[0].low):
            continue  # "… very low-certainty evidence of a difference …", after "there is insufficient evidence"
        if FOR_OTHER.match(s.low) and i - 1 not in told:
            continue  # "For other childhood cancers no RCTs were identified": other than a list the reader never saw
        if (says(ADVICE, s.low, *ADVICE_WORDS) and not HARM_REASON.match(s.low)) or HOW_TO_RESEARCH.match(s.low):
            continue  # "Identifying women most likely to respond would improve targeting": advice, not a finding
        if says(OBSERVED, s.low, *OBSERVED_WORDS):
            continue  # "A minimal increase in heat loss was noted …": one more result, not a claim of theirs
        if "the two" in body or "both groups" in body:
            continue  # "no difference between the two groups": which two, the reader cannot know
        if _BARE_SUBJECT.match(s.low) and i - 1 not in told:
            continue  # "Short-term supplementation until hospital discharge … reduced …": supplementation of what?
        main_clause = s.main_clause
        if (is_meta(main_clause) and not NO_VERDICT.search(main_clause)) or is_background(s.low):
            continue
        group = with_qualifier(abstract, s)
        taken.update(x.index for x in group)
        out.append(group)
    return out
