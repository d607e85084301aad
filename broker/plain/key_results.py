"""Key results told beside the authors' conclusion, where there is room: each stands alone, is about what the
conclusion is about, names the groups it compares, and adds to it.
"""

from __future__ import annotations

import re

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.jargon import unexplained
from broker.plain.kinds import LEADING_CLAUSE, SIDE, SIDE_ANALYSIS, SIDE_WORDS, content, is_meta
from broker.plain.pointing import word_stems
from broker.plain.rated import rated_opener_removed
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import plain_sentences
from broker.plain.starts import by_letters, starting
from broker.plain.text import says

_RESULT_WORDS = 30  # a key result longer than this is too much to follow beside the conclusion

# Words that point back at something said before: a result holding one cannot stand alone.
ANAPHORA = by_letters(r"\b(?:these|those|such|both|either|neither|also|the other|the remaining|the same|the former|"
                      r"the latter|the two|"
                      r"this (?!review|update|systematic|cochrane))\b")
# One of which each choice of ANAPHORA holds ("neither" holds "either").
_ANAPHORA_WORDS = ("these", "those", "such", "both", "either", "also", "the other", "the remaining", "the same",
                   "the former", "the latter", "the two", "this ")
# A follower that cautions about the evidence rather than the treatment.
CAVEAT = by_letters(r"\b(?:small|few|number of|quality|bias|heterogene\w*|limited|limitations?|caution|definite|firm|"
                     r"conclusive|confiden\w*|imprecis\w*|inconsisten\w*|sparse|weak|uncertain\w*)\b")
# The groups a result compares: "in the HOMEWARD group", "compared with usual care", "ITNs, compared with".
_ARMS = (by_letters(r"\bin the ([\w-]+(?: [\w-]+)?) (?:group|groups|arm)\b"),
         by_letters(r"\b(?:compared (?:with|to)|than|versus|vs) (?:the )?([\w-]+(?: [\w-]+)?)"),
         re.compile(r"\b([\w-]+(?: [\w-]+)?),? compared (?:with|to)\b"),
         by_letters(r"\bbetween (?:the )?([\w-]+(?: [\w-]+)?) and (?:the )?([\w-]+(?: [\w-]+)?)"),
         by_letters(r"\bwith ([\w-]+(?: [\w-]+)?) alone\b"))
# A result that says one group did better or worse must name the group it was set against: "Side effects were less
# common in the acupuncture group" (against painkillers only) reads as acupuncture against everything.
_ONE_GROUP = by_letters(r"\bin the [\w-]+(?: [\w-]+)? (?:group|arm)\b")
_OTHER_GROUP = by_letters(r"\b(?:than|compared|versus|vs|between|against|relative to|alone|groups|arms|control)\b")
_FIGURE = AsciiTwin(starting(r"\d\s*%|\u00a3\s*\d|\$\s*\d|\b\d+ (?:in|out of) \d+\b|"
                             r"\b\d[\d,]* (?:fewer|more|extra) (?=[a-z])|\b(?:half|a third|two thirds|"
                             r"a quarter)\b", re.I))


def _same_arms(result: str, conclusion_stems: set[str]) -> bool:
    """Whether a result names a group that the conclusion names too, so it cannot be stapled to another comparison."""
    low = result.lower()
    for pattern in _ARMS:
        for m in pattern.finditer(low):
            for arm in m.groups():
                stems = {w[:5] for w in content(arm or "")}
                if stems and stems <= conclusion_stems:
                    return True
    return False


def key_results(abstract: Abstract, main: list[Sentence], allowed: set[str], room: int) -> list[tuple[Sentence, str]]:
    """At most two results that stand alone, are about what the conclusion is about, and add to it.

    A result must carry its own statistics or rating (so it is a result, not a comment),
    name its subject in its first words, point back at nothing ("these studies", "both
    groups"), and say something the conclusion does not.
    """
    topic = set().union(*(content(s.text) for s in main)) if main else set()
    said = set().union(*(word_stems(s.text) for s in main)) if main else set()
    picked: list[tuple[float, Sentence, str]] = []
    taken = {s.index for s in main}
    topic_stems = {w[:5] for w in topic}
    known = unexplained(" ".join(s.text for s in main), abstract.low)  # what the conclusion itself leaves bare
    for s in abstract.sentences:
        if s.index in taken or s.index in abstract.conclusions or s.role in ("background", "aim", "methods", "intro"):
            continue
        # A report's results: "58% said …", "9 in 10 said …"; not a method's "days 0, 28 and 56".
        if s.leans or s.wish:
            continue
        figures = not (s.stats or s.grades) and (s.role in ("results", "text") and s.index > 0 and s.digits
                                                 and bool(_FIGURE.search(s.text)) and s.claims)
        if (not (s.stats or s.grades or figures) or says(SIDE, s.low, *SIDE_WORDS)
                or says(SIDE_ANALYSIS, s.low, "subgroup", "sensitivity analys")
                or says(ANAPHORA, s.low, *_ANAPHORA_WORDS)):
            continue
        own = rated_opener_removed(s.text)
        shared = topic_stems & word_stems(s.text)
        least = 2 if s.stats or s.grades else 1  # statistics come from reviews, where comparisons are many
        if main and (len(shared) < least or not shared & word_stems(" ".join(own.split()[:10]))):
            continue  # not clearly about the same thing: it could be stapled to the wrong comparison
        if is_meta(LEADING_CLAUSE.sub("", own, count=1).lower()):
            continue
        after = abstract.sentences[s.index + 1] if s.index + 1 < len(abstract.sentences) else None
        if after is not None and after.leans and CAVEAT.search(after.low):
            continue  # "However, … these data must be interpreted cautiously": its caution would be lost
        pieces = plain_sentences(own, allowed, abstract.acronyms)
        if len(pieces) > 1 and (" while " in s.low or " whereas " in s.low):
            continue  # "Pre-surgical deaths …, while there were more complications": cut in two, the second half
            # would lose the "pre-surgical" that qualifies it
        text = " ".join(pieces)
        words = len(text.split())
        if not pieces or words > _RESULT_WORDS or words < 6 or unexplained(text, abstract.low) - known:
            continue
        if _ONE_GROUP.search(text.lower()) and not _OTHER_GROUP.search(text.lower()):
            continue  # one group named, the other not: a reader cannot tell what it was compared with
        if (s.stats or s.grades) and not _same_arms(text, said):
            continue  # "There was no difference in X", or a group the conclusion never names: which comparison?
        stems = word_stems(text)
        if not stems or len(stems - said) / len(stems) < 0.4:
            continue  # says little the conclusion does not
        score = len(shared) + 1.5 * bool(s.grades) + 1.0 * bool(s.stats) - 0.05 * words
        picked.append((score, s, text))
    picked.sort(key=lambda t: -t[0])
    most = 1 if sum(len(s.text.split()) for s in main) >= 35 else 2
    out: list[tuple[Sentence, str]] = []
    for _, s, text in picked:
        if len(text.split()) <= room and len(out) < most:
            out.append((s, text))
            room -= len(text.split())
    return sorted(out, key=lambda t: t[0].index)
