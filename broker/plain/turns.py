"""The authors' verdict when it is more than one sentence: on several treatments in turn, restated, or advised.

"There is no evidence to support the use of CDP571 …", then "Adalimumab … is effective
…": told only the first, a reader misses that the others worked. "Thus, a more objective
conclusion would state that …": the authors revise their own verdict. "… we would
recommend antibiotics are routinely prescribed": their advice on the treatment itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from broker.plain.kinds import STOP
from broker.plain.phrase import head
from broker.plain.pointing import word_stems
from broker.plain.reading import Abstract, Sentence
from broker.plain.simplify import plain_sentences
from broker.plain.starts import by_letters
from broker.plain.text import mentions

# Verdicts the authors give on several treatments in turn ("There is no evidence to support the use of CDP571 for
# the maintenance of remission …", "Adalimumab … is effective for the maintenance of remission …"): told only the
# first, a reader misses that the others worked, so all are told, or none beyond the first.
TURN_ROOM = 50  # the words verdicts in turn may take beyond the part's usual length
MOST_IN_TURN = 4


def _grams(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Runs of four words holding at least two that carry meaning: "the maintenance of remission" (each word asked
    once whether it does, not once for each run it is in)."""
    meant = [w not in STOP for w in tokens]
    runs = zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False)
    counts = map(sum, zip(meant, meant[1:], meant[2:], meant[3:], strict=False))
    return set(compress(runs, map((2).__le__, counts)))


def in_turn(lead: Sentence, claim: Sentence) -> bool:
    """Whether a claim gives the authors' verdict on another treatment for the same thing as the lead does.

    The two share a run of four words on what the treatment is for, and the claim opens with a name the lead never
    says (its own treatment).
    """
    if claim.leans or claim.wish:
        return False
    named = _NAMED_FIRST.match(claim.low)
    return (named is not None and named.group(1) not in STOP and named.group(1) not in lead.tokens
            and bool(_VERDICT_WORD.search(claim.low)) and bool(_grams(lead.tokens) & _grams(claim.tokens)))


# The treatment a verdict opens with: "Adalimumab 40 mg …", "There is no evidence to support the use of CDP571 …".
_NAMED_FIRST = re.compile(r"^(?:there is (?:no|some|little|limited) evidence (?:to support|for|that) (?:the use of |"
                          r"using )?)?([a-z][\w-]{3,})")


_VERDICT_WORD = by_letters(r"\b(?:effective|ineffective|beneficial|support|recommended|benefit|no evidence|"
                           r"improves?|reduces?|prevents?|should)\b")


# "Thus, a more objective conclusion would state that available evidence is insufficient to show whether nitrates
# are associated with improvement …": the authors revise their own verdict ("nitroglycerin … is not associated with
# improvement …"), and the revision is what a reader must be told.
_REVISED = re.compile(r"\b(?:a |the )?more (?:objective|accurate|cautious|appropriate|correct|balanced|realistic|"
                      r"conservative) (?:conclusion|interpretation|statement|reading) (?:would|might|should|could|"
                      r"may|is) (?:be |state |say |read )?(?:that )?", re.I)


def revised_verdict(abstract: Abstract, allowed: set[str]) -> tuple[Sentence, list[str]] | None:
    """The authors' restated verdict among their closing sentences and its plain words, or None."""
    if " conclusion" not in abstract.low:
        return None  # most abstracts: one look at the whole text spares a look at each sentence
    for i in abstract.conclusions:
        s = abstract.sentences[i]
        m = _REVISED.search(s.text) if "more " in s.low and " conclusion" in s.low else None
        rest = s.text[m.end():] if m else ""
        if len(rest.split()) >= 6 and not s.stats:
            pieces = plain_sentences(rest[:1].upper() + rest[1:], allowed, abstract.acronyms)
            if pieces:
                return s, pieces
    return None


# "Despite lack of evidence of longer-term benefit …, we would recommend antibiotics are routinely prescribed": the
# authors' own advice on the treatment their verdict is about is as much their answer as the verdict.
_RECOMMEND = by_letters(r"\bwe (?:would |therefore |thus |strongly |still )?recommend (?:that )?(?!future\b|further\b|"
                        r"more\b|new\b|additional\b|(?:large|larger|well)[\w-]* )(?P<what>[^.;]{3,80})")


# "It is therefore probably best that people with serious mental illness and their carers … take a pragmatic
# decision …": the authors' advice to the people the review is for, said without "recommend".
_ADVISE = re.compile(r"^it is (?:therefore |thus )?(?:probably |perhaps |still )?(?:best|reasonable|sensible|"
                     r"advisable|prudent) (?:that|to|for)\b|"
                     # "The value of routine testing in patients with thyroid nodules remains questionable, due to …":
                     # the authors' verdict on using it in practice
                     r"^the (?:value|usefulness|role) of (?:routine )?[^.;]{3,80}? (?:remains|is) (?:still )?"
                     r"(?:questionable|doubtful)\b")


def recommends(lead: Sentence, claim: Sentence) -> bool:
    """Whether a claim is the authors' recommendation of what the lead is about (not of more research), or their
    advice to the people it is for."""
    if claim.wish:
        return False
    if claim.low.startswith(("it is ", "the ")) and _ADVISE.match(claim.low):
        return True
    m = _RECOMMEND.search(claim.low) if "recommend" in claim.low else None
    return m is not None and bool(word_stems(m.group("what")) & word_stems(head(lead.text)))


# "… may be beneficial to cyclists in terms of reducing the risk of collision", then "the conversion of intersections
# to roundabouts may increase the number of cycle collisions": told only the first, a reader thinks every design
# helps, so a claim that goes the other way on the same outcome comes before others.
_DOWN = by_letters(r"\b(?:reduc\w*|lower\w*|fewer|decreas\w*|prevent\w*|less)\b((?: [\w-]+){1,6})")
_UP = by_letters(r"\b(?:increas\w*|higher|more|rais\w*|greater)\b((?: [\w-]+){1,6})")


# One of which each needs: most claims go one way or neither, and are spared the other pattern.
_DOWN_WORDS = ("reduc", "lower", "fewer", "decreas", "prevent", "less")
_UP_WORDS = ("increas", "higher", "more", "rais", "greater")


@lru_cache(maxsize=1024)
def directions(low: str) -> tuple[frozenset[str], frozenset[str]]:
    """The outcomes lower-case text says go down, and those it says go up (as word stems). Cached, like
    ``word_stems``: a third of the asks are again, of the lead and its claims; ``entry`` empties it for each entry."""
    down = _DOWN.search(low) if mentions(low, _DOWN_WORDS) else None
    up = _UP.search(low) if mentions(low, _UP_WORDS) else None
    return (word_stems(down.group(1)) if down else frozenset(), word_stems(up.group(1)) if up else frozenset())


def reverses(lead: tuple[frozenset[str], frozenset[str]], claim: Sentence) -> bool:
    """Whether a claim says the opposite direction of the lead (its ``directions``) on the same outcome ("reduce …
    collision" against "increase … collisions")."""
    if not (lead[0] or lead[1]):
        return False
    down, up = directions(claim.low)
    return bool(lead[0] & up or lead[1] & down)
