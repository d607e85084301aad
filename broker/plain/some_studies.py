"""Whether what a review concludes on is what all its studies tested, or only some of them.

A review of 21 studies may conclude on methylphenidate that four of them gave; "It was
about methylphenidate" would have a reader believe all 21 did. Read from the counts the
abstract gives beside each treatment, and from the authors' own "any other intervention".
"""

from __future__ import annotations

import re

from broker.plain.ascii_twin import AsciiTwin
from broker.plain.counts import NUMBER, STUDY_NOUNS, count
from broker.plain.reading import Abstract, Sentence
from broker.plain.starts import by_letters, starting
from broker.plain.text import mentions, places

# "Three trials tested aspirin …": a review's sentence on what its studies gave, not a count of comparisons.
TESTED = re.compile(r"\b(?:studies|trials|rcts)\b (?:tested|evaluated|assessed|examined|investigated|looked at) "
                    r"(?!\w+ (?:interventions|comparisons|treatments|outcomes)\b)(?!(?:\d+|one|two|three|four|"
                    r"five|six|"
                    r"seven|eight|nine|ten) )", re.I)
# "Two trials compared …", "Only one study tested …": a count of some of the studies at a sentence's start.
COUNTED = re.compile(r"^(?:Only |In )?(" + NUMBER + r")(?: of the| of these)?(?: [\w-]+){0,3}? " + STUDY_NOUNS
                     + r"\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_IN_WHOM = re.compile(r" (?:in|for|to|among|compared with) ")


def some_only(about: str, abstract: Abstract, total: Sentence | None, studies: int | None) -> bool:
    """Whether the treatment a review concludes on is named as what only a few of its studies tested.

    "Four studies, three with methylphenidate and one with modafinil, …" in a review of 21, or "Two trials compared
    intensive insulin therapy …" in one of five: the review's count is not a count of studies about it. A treatment
    that the counted studies name in at least half the review ("Five studies compared the Epley manoeuvre against a
    sham …, six against other manoeuvres") is what the review was about.
    """
    head = next((w.lower() for w in _WORD.findall(_IN_WHOM.split(about, 1)[0]) if len(w) > 3), "")
    if not studies or not head:
        return False
    if " compared with " in about and studies > 3 and any(map(_lists_comparisons, abstract.sentences[:4])):
        return True  # "… randomised to the following comparisons: X compared to Y; X compared to Z; …": one of many
    for i in abstract.conclusions:  # "Twelve randomised controlled trials evaluated ND surgery …": all of them did
        m = COUNTED.match(abstract.sentences[i].text)
        if m and count(m.group(1)) == studies and TESTED.search(abstract.sentences[i].text):
            return False
    counted = 0
    many = ("comparisons" in abstract.low and (not abstract.text.isascii() or mentions(abstract.low, _MANY_WORDS))
            and _MANY_COMPARISONS.search(abstract.text) and not (total and head in total.low))
    for s in abstract.sentences:
        if s is total or s.index in abstract.conclusions or head not in s.low:
            continue
        at = s.low.find(head)
        found = [_SOME_COUNT.search(s.text[max(0, i - 80):i]) for i in places(s.low, head)]
        some = max((count(m.group(1) or m.group(4) or "") or 0 for m in found if m), default=0)
        if not some and many:
            # "The studies analysed 13 different comparisons", then "When omega-3 fatty acids were compared to
            # placebo, … (RR 0.24 …; 1 RCT, 81 participants)": one comparison of many, counted in its brackets.
            # Not when the review's count names it: "30 studies testing different forms of acupuncture".
            m = _COUNT_IN_BRACKETS.match(s.text, at)
            some = (count(m.group(1)) or 0) if m else 0
        if some:  # "Five studies compared X against a sham, three against other manoeuvres": all of them tested X
            some += sum(count(m.group(1)) or 0 for m in _ELIDED.finditer(s.text, at))
        counted += some
        if not counted:
            return False  # first named without a count of some studies: the review is about it
    return 0 < 2 * counted < studies


def _lists_comparisons(s: Sentence) -> bool:
    """A sentence that lists three or more comparisons, one after another ("X compared to Y; X compared to Z; …")."""
    return s.low.count(";") >= 2 and s.low.count(" compared to ") + s.low.count(" compared with ") >= 3


def others_too(abstract: Abstract) -> bool:
    """Whether the authors close by saying other treatments were tested too ("… amifostine prevents dry mouth ….
    There was insufficient evidence to show that any other intervention is beneficial"), so the one their verdict is
    about is what only some of the studies tested."""
    return any(_ANY_OTHER.search(abstract.sentences[i].low) for i in abstract.conclusions)


# Not "better than TAU, or any other treatment", which names what one treatment was set against.
_ANY_OTHER = by_letters(r"\bthat any (?:of the )?other (?:interventions?|treatments?|agents?|drugs?|therap(?:y|ies)) "
                        r"(?:is|are|was|were|has|have)\b")
# "Two trials compared …", "three with methylphenidate": a count of some studies, just before what they tested.
_SOME_COUNT = starting(r"\b(" + NUMBER + r")(?: of the| of these| of them)?(?: [\w-]+){0,2}? " + STUDY_NOUNS
                       + r" (?:(?:also |directly )?(?:compared|tested|assessed|evaluated|examined|investigated|used|"
                       r"looked at|studied|of|on|with|using)|that (?:compared|tested|assessed|evaluated|examined|"
                       r"investigated|used|looked at))\b[^.;,]{0,30}$|\b" + STUDY_NOUNS + r", (" + NUMBER
                       + r") (?:with|of|using|on)\b[^.;,]{0,20}$", re.I)
_MANY_COMPARISONS = AsciiTwin(starting(r"\b(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                       r"thirteen) (?:different|distinct|separate) comparisons\b", re.I))
# What _MANY_COMPARISONS cannot match without, in ASCII text (where ignoring case is lower-casing): it reads the whole
# abstract, trying nearly every place.
_MANY_WORDS = ("different comparisons", "distinct comparisons", "separate comparisons")
# The first bracket after the treatment that counts the studies behind its result: "(…; 1 RCT, 81 participants)".
_COUNT_IN_BRACKETS = re.compile(r"(?:[^()]*\([^()]*\))*?[^().]*\([^()]*?\b(" + NUMBER + r") " + STUDY_NOUNS + r"\b",
                                re.I)
_ELIDED = re.compile(r"(?:,|\band) (" + NUMBER + r") (?:against|versus|with|to|compared)\b", re.I)
