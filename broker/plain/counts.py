"""How many studies a review included, taken only from a sentence that says so.

A wrong count misleads: "This review looked at 48 trials" when 48 were the update's new
trials out of 177. So a count is used only where the source states the review's included
total: "We included 14 trials", "Nine studies (3519 patients) were included", "Ten trials
met the inclusion criteria", "bringing the number of included trials to 12". A count of
new, added, ongoing or excluded studies, of the studies a search turned up, of some of
the studies ("five of which …", "in two trials"), of an earlier version of the review, or
one part of a sum ("one drug study and three exercise studies") is never the total, and
where there is doubt no number is given at all: a review that "looked at the research on
X" says less, but nothing wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.reading import Sentence
from broker.plain.starts import by_letters, starting
from broker.plain.text import has_digit, mentions
from broker.plain.words import GROUPS

_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER = (r"(?:\d[\d,]*|(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_COUNT_WORDS[:9]) + r"))?|"
          + "|".join(_COUNT_WORDS) + r"|a single|only one)")
STUDY_NOUNS = r"(studies|trials|RCTs|study|trial|RCT|reviews|publications|papers|articles)"
# Only these count what a review brought together: a count of papers or reports is not a count of studies.
_TOTAL_NOUNS = frozenset(["studies", "trials", "rcts", "study", "trial", "rct"])
# "14 studies", "Thirty-five randomised controlled trials", "four pioneering studies"; not "two of which are
# trials", nor "2012 detected two further studies" (a year, then a verb and another count).
_NOT_A_MODIFIER = (r"(?!(?:of|which|were|are|was|and|in|from|that|with|to|for|detected|identified|found|included|"
                   r"reported|" + "|".join(_COUNT_WORDS) + r")\b)")
STUDIES = AsciiTwin(starting(r"\b(?!(?:19|20)\d\d\b)(" + NUMBER + r")\s+((?:" + _NOT_A_MODIFIER + r"[a-z-]+,?\s+){0,3})"
                             + STUDY_NOUNS + r"\b", re.I))
# "bringing the number of eligible studies to 11", "the total number of included trials to 12"
_NUMBER_TO = starting(r"\b(?:total )?number of (?:included |eligible )?" + STUDY_NOUNS + r" (?:to|was|is) (\d+)\b",
                      re.I)
# What comes just before a count the review itself included: "We included", "this review includes a total of".
_VERB_BEFORE = starting(r"\b(?:(?P<sure>included(?: are| were)?|includes|include|selected|based on)|identified|found|"
                        r"located|reviewed)"
                        r"(?: (?:in|into) (?:this|the) (?:systematic )?(?:review|update|analysis))?"
                        r"(?: a total of| only| just| and included)?\s+$", re.I)
# What comes just after a count that opens its clause: "… were included", "… met the inclusion criteria".
_VERB_AFTER = AsciiTwin(re.compile(r"^(?P<span>[^;:]*?)\b(?:(?P<sure>(?:were|was|are|is|have been|has been) (?:\w+ )?"
                                   r"(?:included|selected|eligible)|met|meeting|fulfill?(?:ed|ing)|satisf(?:ied|ying)|"
                                   r"qualified)|(?:were|was|are|is|have been|has been|could be|can be) (?:\w+ )?"
                                   r"(?:identified|found|located))\b", re.I))
# A count that is a pool or a part: "Of the two relevant studies …", "in 16 studies", "two of three …".
_POOL_BEFORE = starting(r"(?<!total )\b(?:of|in|from|by|among|across|out of)(?: the| these| those| all)?\s+$",
                        re.I)
# A count after a comma-closed opening that names no studies: "After the selection process had been completed, …".
_OPENING = re.compile(r"^(?:[^,]{0,80},\s*)?(?:only|in total,?|overall,?|a total of|currently)?\s*$", re.I)
_THE_INCLUDED = starting(r"(?:^the|\bresulting in) (" + NUMBER + r") included " + STUDY_NOUNS + r"\b", re.I)
# "This update included 592 participants from seven studies": the people first, then all the studies they came from.
_PEOPLE_FROM = re.compile(r"^(?:this (?:review|update)|we) (?:included|includes) (?:a total of )?(\d[\d,]*) "
                          r"(participants|people|patients|women|men|children|adults|infants) from (" + NUMBER + r") "
                          + STUDY_NOUNS + r"\b", re.I)
_SIDE = re.compile(r"\b(?:new|newly|additional|added|further|ongoing|excluded|awaiting|potential|potentially|"
                   r"previous|prior|more)\b", re.I)
# "… five of which met the inclusion criteria": the first count was only what the search found.
_SOME_OF = r"\b(?:of (?:which|these|them|those),? " + NUMBER + r"|" + NUMBER + r" of (?:which|these|them|those))\b"
_OF_WHICH = starting(_SOME_OF + r"[^.;]{0,120}?\b(?:met|were included|fulfill?ed|satisfied|were eligible)\b", re.I)
# "… eligible for inclusion, of which three are ongoing": not all of them were included, whatever the verb.
_OF_WHICH_NOT = starting(_SOME_OF + r"[^.;]{0,60}?\b(?:(?:are|were|is|was) (?:still )?(?:ongoing|excluded|awaiting)|"
                         r"(?:have|had) not (?:yet )?(?:reported|been))\b", re.I)
# "one drug study and three exercise studies": a count that is one part of a sum.
_AND_MORE = re.compile(r"^,? (?:and|plus) " + NUMBER + r" (?!(?:new|ongoing|excluded|awaiting)\b)(?:[\w-]+ ){0,3}?"
                       + STUDY_NOUNS, re.I)
# A sentence about an earlier version of the review, or one that says some studies were "also included".
_EARLIER = re.compile(r"^(?:in )?(?:the |our )?(?:original|previous|earlier|last|first) (?:version of (?:the|this) )?"
                      r"(?:review|update|version)\b", re.I)
# "At most, three RCTs could be identified per comparison": a count of some, however it is put.
_PER = re.compile(r"\b(?:at most|at least|up to|per|each|for each)\b", re.I)
# "For the main comparison of X, we included 11 studies": the studies of one comparison, not the review's total.
_PART_OF_REVIEW = re.compile(r"^(?:for|in|among|within) (?:the |this |each |a )?(?:[\w-]+ ){0,3}?(?:comparison|"
                             r"analys[ie]s|outcome|subgroup|meta-analys[ie]s)\b", re.I)
# "identified 21 studies as potentially eligible": what the search found, before most were ruled out (13 included).
_MAYBE = re.compile(r"^[\s,]*(?:as |that were |which were )?(?:potentially|possibly|probably) (?:eligible|relevant|"
                    r"includable)\b", re.I)
# "We identified 41 RCTs … for inclusion in the review": identified, and said to be included.
_FOR_INCLUSION = re.compile(r"^[^;:]{0,80}?\b(?:for inclusion|as eligible|that met|which met|meeting|fulfill?ing|"
                            r"satisfying)\b", re.I)
_ALSO_INCLUDED = starting(r"\b(?:stud(?:y|ies)|trials?|rcts?)\b[^;]{0,200}?\b(?:was|were|is|are) (?:also|"
                          r"additionally) included\b|\b(?:we|review) (?:also|additionally) included\b", re.I)
_FINITE = re.compile(r"\b(?:were|was|are|is|have|has|had|met|tested|compared|evaluated|assessed|examined|"
                     r"investigated|reported|showed|found|used|included|identified)\b", re.I)
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# What STUDIES cannot match without: one of its nouns. In ASCII text (most) lower case finds what re.I would, so a
# text with none of them is spared the pattern, as are _NUMBER_TO and _THE_INCLUDED without "number of" or "included".
_STUDY_STEMS = ("stud", "trial", "rct", "review", "publication", "paper", "article")


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides (``_BRACKETS``), looked for only where there is a bracket."""
    return _BRACKETS.sub("", text) if "(" in text else text


def _names_studies(text: str) -> bool:
    """``bool(STUDIES.search(text))``, asked only where one of its nouns is (``_STUDY_STEMS``)."""
    if text.isascii() and not mentions(text.lower(), _STUDY_STEMS):
        return False
    return STUDIES.search(text) is not None


# "Two studies … were included for first-line chemotherapy", then "Three studies … were included for second-line
# chemotherapy": a count for one part of the review, not its total.
# "Five trials were included in comparison one (…), five in comparison two …": the same.
_FOR_ONE_PART = re.compile(r"^[^.;]{0,80}?\b(?:was|were) included (?:for (?!(?:the |this |our |a )?(?:review|analysis|"
                           r"meta-?analys[ie]s|inclusion|synthesis|quantitative|qualitative|data)\b)|in (?:the )?"
                           r"(?:first |second |third |main )?comparisons? (?:one|two|three|\d)\b)")
_GROUP = "(?:" + "|".join(GROUPS) + ")"
# "aged zero to seven years", "aged between 2 and 5 years", "aged 65 or over": an age said whole, never cut at its
# "to" ("401 people aged zero" told a reviewer they were all newborns).
_AGE = r"(?:zero|" + NUMBER + r")(?:\.\d+)?"
_AGED = (r" aged (?:between |from |under |over |up to )?" + _AGE + r"(?:(?: to |-| and )" + _AGE + r")?"
         r"(?: (?:years|months|weeks|days))?(?: old| of age)?(?: or (?:over|older|more|under|younger|less))?"
         r"(?![\w-])")
# "681 adults and children with exacerbations of asthma": the count, who they were, and what they had.
# "746 preterm infants", "1200 pregnant women": a word that says who they were is kept with them.
_KIND = (r"(?:preterm|premature|pregnant|newborn|postmenopausal|older|elderly|obese|overweight|healthy|hospitali[sz]ed|"
         r"critically ill|HIV-positive|HIV-infected)")
_PEOPLE = starting(r"\b(\d[\d,]*|" + "|".join(_COUNT_WORDS[1:]) + r")\s+(?:randomi[sz]ed\s+|analysed\s+|"
                   r"adult\s+|eligible\s+)?(?P<kind>" + _KIND + r"\s+)?(" + _GROUP + r"(?:,? (?:and|or) " + _GROUP
                   + r")?)\b"
                   r"(" + _AGED + r"|(?: (?:with|who had|undergoing|having|aged|admitted|living with) (?!a total\b)"
                   r"[^,;:.()\d]{3,60}?)"
                   r"(?=[,;:.()]|$| (?:and|in|from|were|was|who|which|at|to|of whom|across|between)\b))?", re.I)
# "338,467 individuals randomised to screening and 405,919 individuals to the control groups": one arm of a sum.
_ONE_ARM = re.compile(r"^\s*(?:randomi[sz]ed|allocated|assigned) to\b|^[^;:.\d]*?\band (?:\d[\d,]*|"
                      + "|".join(_COUNT_WORDS[1:]) + r")\s+(?:[\w-]+\s+)?" + _GROUP + r"\b", re.I)
# "However, three of the five studies provided un-usable data": what was identified is not what the review used.
_UNUSABLE = by_letters(r"\b(?:un-?usable|not usable|no usable|could not be used|provided no (?:usable )?data)\b")
_PEOPLE_WORD = MappingProxyType({"participants": "people", "individuals": "people", "subjects": "people"})


@dataclass(frozen=True)
class Included:
    """"14 studies with 978 people", the count of studies as a number, and the sentence that says so."""

    text: str
    studies: int
    sentence: Sentence


def count(word: str) -> int | None:
    """A count of studies as a number: "12", "twelve", "Thirty-five", "a single"."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    if w in ("a single", "only one"):
        return 1
    if w in _COUNT_WORDS:
        return _COUNT_WORDS.index(w) + 1
    head, _, tail = w.replace(" ", "-").partition("-")
    if head in _TENS:
        return 20 + 10 * _TENS.index(head) + (_COUNT_WORDS.index(tail) + 1 if tail in _COUNT_WORDS[:9] else 0)
    return None


def noun(word: str, n: int | None) -> str:
    """"trials" for "RCTs", "trial" for one of them."""
    word = {"rcts": "trials", "rct": "trials"}.get(word.lower(), word.lower())
    return {"studies": "study", "trials": "trial"}.get(word, word) if n == 1 else word


def mentions_studies(sents: Sequence[Sentence]) -> bool:
    """Whether the opening sentences count studies at all: the mark of a review, whatever its total."""
    return any(_names_studies(_unbracketed(s.text))
               or ((not s.text.isascii() or "number of" in s.low) and _NUMBER_TO.search(s.text)) for s in sents[:3])


def included(sents: Sequence[Sentence]) -> Included | None:
    """The review's included total from its opening sentences, or None when no sentence states it plainly.

    A count the review says it included ("We included", "were included", "met the
    inclusion criteria") beats one it says it identified or found; then the earlier
    sentence wins.
    """
    if any(("also" in s.low or "additionally" in s.low) and _ALSO_INCLUDED.search(_unbracketed(s.text))
           for s in sents):
        return None  # "One cohort study … was also included": the opening count is not the total
    found: list[tuple[int, int, Included]] = []
    everyone = cache(lambda: who_all(sents))  # who they all were: read only when a count of people needs it
    for s in sents[:3]:
        flat = _unbracketed(s.text)
        if _EARLIER.search(flat) or _PART_OF_REVIEW.match(flat):
            continue
        low = flat.lower()
        update = "update" in low
        every = not flat.isascii()  # non-ASCII: every pattern is tried, lower case may not find what re.I does
        for m in _NUMBER_TO.finditer(flat) if every or "number of" in low else ():
            total = int(m.group(2))
            people = _people(s.text, flat, m, everyone)
            found.append((2, -s.index, Included(f"{m.group(2)} {noun(m.group(1), total)}{people}", total, s)))
        pooled = _PEOPLE_FROM.match(flat)
        studies = count(pooled.group(3)) if pooled and pooled.group(4).lower() in _TOTAL_NOUNS else None
        if pooled and studies:
            group = pooled.group(2).lower()
            found.append((2, -s.index, Included(f"{pooled.group(3).lower()} {noun(pooled.group(4), studies)} with "
                                                f"{pooled.group(1)} {_PEOPLE_WORD.get(group, group)}", studies, s)))
        the = _THE_INCLUDED.search(flat) if every or "included" in low else None
        named = count(the.group(1)) if the else None
        if the and named:
            found.append((2, -s.index, Included(f"{the.group(1).lower()} {noun(the.group(2), named)}", named, s)))
        for m in STUDIES.finditer(flat) if every or mentions(low, _STUDY_STEMS) else ():
            if m.group(3).lower() not in _TOTAL_NOUNS:
                continue
            sure = _bound(flat, m, s.index == 0)
            n = count(m.group(1))
            if sure is None or not n or (update and not sure):
                continue
            number = m.group(1) if m.group(1)[0].isdigit() else m.group(1).lower()
            text = f"{number} {noun(m.group(3), n)}{_people(s.text, flat, m, everyone)}"
            found.append((1 + sure, -s.index, Included(text, n, s)))
    if any("usable" in s.low or "used" in s.low or "provided no" in s.low for s in sents[:3]) and any(
            _UNUSABLE.search(s.low) for s in sents[:3]):
        found = [f for f in found if f[0] > 1]  # only a count said to be included is the total
    if not found:
        return None
    best = max(found, key=lambda f: f[:2])[2]
    if " with " in best.text and any(_RECOUNTED.search(s.text) for s in sents[:3] if s is not best.sentence):
        # "five trials, which in total randomised 1577 women …. After excluding singletons, the final analysis
        # included 128 women": the people counted first are not the people the findings rest on, so none are said.
        return Included(best.text.split(" with ", 1)[0], best.studies, best.sentence)
    return best


_RECOUNTED = AsciiTwin(re.compile(r"\b(?:after excluding|the final analys[ie]s (?:included|comprised))\b", re.I))


def _bound(flat: str, m: re.Match[str], opening: bool) -> bool | None:
    """Whether a count is the review's included total: True if said to be included, False if said to be
    identified or found, None if it is not the total (or may not be)."""
    before, after = flat[:m.start()], flat[m.end():]
    # "The searches identified 15 studies; four studies … were included": after a semicolon a clause of its own.
    before = before.rsplit("; ", 1)[-1]
    if (_SIDE.search(m.group(2)) or _SIDE.match(after.lstrip(" ,")) or _POOL_BEFORE.search(before)
            or _FOR_ONE_PART.match(after)
            or _MAYBE.match(after)
            or _PER.search(before[-16:]) or _AND_MORE.match(after)):
        return None
    sure: bool | None = None
    verb = _VERB_BEFORE.search(before)
    if verb:
        sure = bool(verb.group("sure")) or bool(_FOR_INCLUSION.match(after))
    elif before.endswith("of which ") and (then := _VERB_AFTER.match(after)) and then.group("sure"):
        sure = True  # "The searches identified 157 studies, of which eight … met the inclusion criteria"
    elif not _OPENING.match(before) or (_names_studies(before) and not before.lower().startswith("of ")):
        return None  # a count in the middle of a sentence is some of the studies, not the total
    elif then := _VERB_AFTER.match(after):
        if _names_studies(then.group("span")) or _SIDE.search(then.group("span")):
            return None  # "302 studies were assessed for eligibility, and 26 studies were included"
        sure = bool(then.group("sure"))
    elif opening and not _FINITE.search(after):
        sure = False  # "Twenty RCTs including 1,811 participants, with mean age 59.8 years": what was included
    # "We identified four trials eligible for inclusion, of which three are ongoing": not all were included.
    if sure is None or (not sure and _OF_WHICH.search(after)) or _OF_WHICH_NOT.search(after):
        return None
    return sure


_NOT_WHO = re.compile(r"^ ?(?:with|in) (?:comparable|similar|balanced|equal|matched) ", re.I)


# Who the abstract's people all were, when it names only one kind ("children" and never "adults"): the plain word for
# its "1746 participants". A word in a sentence of what no study did, or of a subgroup ("In children, …"), says
# nothing of them all.
_KINDS = MappingProxyType({"women": "women", "woman": "women", "men": "men", "man": "men", "children": "children",
                           "child": "children", "infants": "infants", "infant": "infants", "babies": "babies",
                           "baby": "babies", "adults": "adults", "adult": "adults", "neonates": "newborn babies",
                           "newborns": "newborn babies", "mothers": "mothers", "adolescents": "adolescents",
                           "adolescent": "adolescents", "couples": "couples", "girls": "girls", "boys": "boys",
                           "students": "students", "smokers": "smokers", "veterans": "veterans"})
_ANY_ONE = frozenset(["participants", "people", "individuals", "subjects", "patients"])
_NOT_OF_ALL = by_letters(r"\b(?:no|not|none|future|should|exclud\w*)\b")
_SUBGROUP = re.compile(r"^(?:in|for|among|of) (?:the )?(?:\w+ )?(?:" + "|".join(_KINDS) + r")\b")


def who_all(sents: Sequence[Sentence]) -> str:
    """"children", when every person the abstract names is a child (named at least twice), else ""."""
    named: set[str] = set()
    told = 0
    for s in sents:
        kinds = [_KINDS[w] for w in s.tokens if w in _KINDS]
        if not kinds:
            continue
        if _SUBGROUP.match(s.low):
            return ""
        named.update(kinds)
        told += 0 if s.wish or _NOT_OF_ALL.search(s.low) else len(kinds)
    return named.pop() if len(named) == 1 and told >= 2 else ""


def _people(text: str, flat: str, counted: re.Match[str], everyone: Callable[[], str]) -> str:
    """" with 978 people" when the count of studies is followed, in its own clause, by a count of people.

    What stands between the two counts is read with brackets left out, so "Four trials (three
    RCTs and one quasi-RCT) involving 355 children" counts the children, but "five RCTs involving
    337 healthcare professionals and 8400 patients" does not guess which count is which. ``everyone`` gives the
    plain word for all the abstract's people (``who_all``), asked only when the count names them "participants".
    """
    at = text.find(counted.group(0))
    source, at = (text, at + len(counted.group(0))) if at >= 0 else (flat, counted.end())
    clause = re.split(r"[;:]", source[at:], maxsplit=1)[0]
    people = _PEOPLE.search(clause)
    if not people:
        return ""
    between = _unbracketed(clause[:people.start()])  # "(with 203 and 212 people)": an open bracket counts
    if len(between) > 80 or has_digit(between) or _names_studies(between):
        return ""
    if _ONE_ARM.search(_unbracketed(clause[people.end():])):
        return ""  # the people of one arm, or one part of a sum: the total is not said
    group = people.group(3).lower()
    tail = (people.group(4) or "").rstrip()
    if len(tail.split()) > 9 or _NOT_WHO.match(tail):
        tail = ""  # "1839 randomised participants with comparable treatment arms": how the trials were, not who
    word = (everyone() if group in _ANY_ONE else "") or _PEOPLE_WORD.get(group, group)
    return f" with {people.group(1)} {people.group('kind') or ''}{word}{tail}"
