"""Phrases cut from a sentence: the words before its first verb, tidied down to a name.

Shared by ``topic`` (what a review is about) and ``people`` (who it was for).
"""

from __future__ import annotations

import re

from broker.plain.starts import by_letters, starting

# Finite verbs and auxiliaries: where a sentence's subject ends.
VERB = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "may", "might", "can", "could", "cannot", "does", "do", "did",
    "will", "would", "should", "must", "appears", "appear", "appeared", "seems", "seem", "seemed", "reduces", "reduce",
    "reduced", "improves", "improve", "improved", "increases", "increase", "increased", "decreases", "decrease",
    "decreased", "prevents", "prevent", "prevented", "provides", "provide", "offers", "offer", "affects", "affect",
    "helps", "help", "helped", "works", "work", "shows", "show", "showed", "leads", "lead", "led", "promotes",
    "promote", "lowers", "lowered", "tends", "tend", "tended", "remains", "remain", "needs", "need", "requires",
    "require", "makes", "make", "protects", "protect", "halves", "speeds", "shortens", "shortened", "relieves",
    "relieved", "gives", "gave", "produces", "produced", "provided", "achieves", "achieved", "confers", "lessens",
    "slows",
    "slowed", "raises", "raised", "results", "resulted", "suggests", "suggest", "suggested", "indicates", "indicate",
    "confirms", "supports", "support", "demonstrates", "demonstrated", "means", "found", "finds", "perform", "performs",
    "performed", "outperformed", "outperforms", "influences", "influence", "influenced", "alters", "alter", "altered",
    "changes", "enhances", "enhance", "causes", "cause", "caused", "yields", "contributes", "allows", "adds", "impacts",
    "lengthens", "prolongs", "delays", "worsens", "benefits", "facilitates", "modifies", "restores",
    "includes", "contains", "covers", "describes", "recommends",
])

_ASIDE = by_letters(r",[^,]{1,60},|,\s*(?:with|without|given|alone|either|or|and|especially|particularly|mainly|"
                    r"mostly|however|therefore|though|too|in addition to|as well as|along with|together with)\b[^,]*$")

# Little words and "-ly" words end no name; a route ("psychological therapies delivered remotely") does.
_LITTLE = ("either", "both", "alone", "as", "to", "for", "in", "on", "of", "with", "and", "or", "the", "a", "an", "by",
           "at", "from", "than", "own", "that", "which", "who", "whether", "when", "any", "more", "less", "no", "not",
           "also", "only", "all", "its", "their", "this", "these", "similar", "over", "applied", "studied", "used",
           "given", "started", "commenced", "initiated", "provided", "treated", "before", "after", "assessed",
           "evaluated", "examined", "investigated", "reported", "tested")
_TRAILING = starting(r"(?:\s+(?:(?!(?:remotely|orally|topically|intravenously|intramuscularly|subcutaneously|"
                     r"rectally|vaginally|nasally)\b)\w+ly|" + "|".join(_LITTLE) + r"))+$", re.I)
_LITTLE_WORDS = frozenset(_LITTLE)


def _may_trail(phrase: str) -> bool:
    """Whether ``_TRAILING`` can match: only where the last word is one of its words or ends in "ly". Asked of a last
    word in ASCII, whose case is all that re.IGNORECASE lets differ; any other goes to the pattern."""
    last = phrase.rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0]
    return not word.isascii() or word.lower() in _LITTLE_WORDS or word.lower().endswith("ly")

_LIST = re.compile(r"[\w-], (?!(?:with|without|and|or|in|as|especially|particularly|mainly|mostly|however|though|"
                   r"alone|either|given|both)\b)[\w-]+(?: [\w-]+){0,2},? (?:or|and) [\w-]")
_ADVERB = re.compile(r"^(?:(?!(?:early|only|daily|weekly|monthly|yearly|elderly|family|supply)\b)\w+ly\s+)+")

_RELATIVE = starting(r"\s+(?:that|which|who|whom|whose|where)\s.*$|\s+(?:as such|per se)$")

# "the overall benefit of pentoxifylline …", "the clinical effects of acupuncture …": what was studied follows.
_OF_OPENER = re.compile(r"^(?:the )?(?:overall |clinical |possible |potential |relative |comparative )?(?:use|effects?|"
                        r"efficacy|effectiveness|benefits?|safety|role|place|value|impact|harms?) of ", re.I)

# "any of the drug or pacemaker treatments" is what was studied without its "any of the", which leans on the treatments
# having been named before.
# "… not enough to support any advice about using hepatitis B vaccine …": the vaccine was studied.
_OPENER = re.compile(r"^(?:(?:any )?(?:advice|recommendations?) (?:about|on|for|regarding) (?:using|the use of)|"
                     r"both|either|any of the|any(?! of\b)|the use of|use of|using|undertaking|the administration of|"
                     r"the provision of|the addition of|the assessment of|the evaluation of|the introduction of|"
                     r"the presence of|the strategy of|the practice of)\s+",
                     re.I)


_ADDITION = re.compile(r"^(?:the )?addition of ", re.I)


# Verbs that are nouns as often: after a describing word they are nouns ("behavioural support", "clinical benefits"),
# and a subject cut there would end mid-phrase ("… with and without extra behavioural").
NOUN_TOO = frozenset(["support", "help", "work", "need", "results", "changes", "benefits", "delays", "cause",
                       "causes", "increase", "decrease", "offer", "influence", "impacts"])
_DESCRIBING_END = ("al", "ive", "ic", "ary", "ful", "ous")


def head(text: str) -> str:
    """The words before the first finite verb: "Topical imiquimod" in "Topical imiquimod appears to be …".

    Nothing when that verb may be a noun after a describing word: where the subject ends is then unknown.
    """
    words = text.split()
    for n, w in enumerate(words):
        low = w.lower().strip(",")
        if n and low in VERB:
            if low in NOUN_TOO and words[n - 1].lower().endswith(_DESCRIBING_END):
                return ""
            return " ".join(words[:n]).rstrip(",")
    return ""


_TIMES = re.compile(r" (?:before|during|after)(?:,| and| or) (?:before|during|after|and|or|immediately|[, ])*"
                    r"(?:before|during|after)\b.*$")


_DOSES = re.compile(r"(?<=dose of )([\w-]+) \d[\d.]* ?(?:mg|g|mcg|micrograms?|ml|IU)(?: (?:or|and|to) \d[\d.]* ?"
                    r"(?:mg|g|mcg|micrograms?|ml|IU))*")


def tidy(phrase: str) -> str:
    """A phrase cut down to a name: no aside, no relative clause, no dangling little words."""
    phrase = f"{phrase} ".replace(", compared with ", " compared with ")
    # "therapeutic exercises before, during and immediately after HNC treatment": a list of times is no part of a name
    if " before" in phrase or " during" in phrase or " after" in phrase:  # each match opens with one of them
        phrase = _TIMES.sub(" ", phrase)
    # "a single dose of parecoxib 20 mg or 40 mg": the doses are results' business, the medicine is the name
    phrase = _DOSES.sub(r"\1", phrase) if "dose of " in phrase else phrase
    # "hydroxyzine hydrochloride, pentoxifylline, triamcinolone or indomethacin" is a list, not an aside: cut, it
    # would lose an item and read as nonsense, so it is left whole (and a list is no name).
    if "," in phrase:  # both patterns need one
        phrase = phrase if _LIST.search(phrase) else _ASIDE.sub("", phrase)
    phrase = phrase.strip()
    if "that" in phrase or "wh" in phrase or "as such" in phrase or "per se" in phrase:  # each match has one
        phrase = _RELATIVE.sub("", phrase)
    phrase = _ADVERB.sub("", phrase)
    if " to " in phrase and _ADDITION.match(phrase):
        phrase = _ADDITION.sub("adding ", phrase)  # "the addition of caffeine to painkillers": not "caffeine to …"
    phrase = _OF_OPENER.sub("", _OPENER.sub("", phrase))
    phrase = phrase.strip(" ,")
    if _may_trail(phrase):  # most names end in a word of their own: the pattern would try every space in vain
        phrase = _TRAILING.sub("", phrase).strip(" ,")
    return phrase
