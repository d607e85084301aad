"""Read an abstract once into sentences, each with its place and what kind of sentence it is.

Every later step (what was studied, what was found, how sure we can be) asks the same
questions of the same sentences, so they are answered here, once, with compiled patterns.
A Cochrane-style abstract is results then conclusions with no headings: the conclusions
are the sentences after the last one that carries statistics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, repeat
from types import MappingProxyType
from typing import Any, Generic, TypeVar, overload

from broker.plain.acronyms import acronyms
from broker.plain.concluding import closing_run, concludes
from broker.plain.estimates import states_statistics
from broker.plain.grade import Grade, grades_in_lower
from broker.plain.kinds import CLAIM, LEADING_CLAUSE, RATED_OPENER
from broker.plain.layout import paragraphs, run_ons_split, without_heading
from broker.plain.starts import starting
from broker.plain.text import has_digit, mentions, says, sections, split_sentences, word_tokens
from broker.plain.wishes import LEFT_OUT, LEFT_OUT_WORDS, is_wish, plain_words

_T = TypeVar("_T")


class once(Generic[_T]):  # lower case: read as a decorator, like cached_property
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read.

    A sentence's answers are pure, so two threads working one out at once would only do it
    twice; the lock cost about 3% of making an entry.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> once[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> once[_T] | _T:
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

# Sentence openers that lean on the sentence before: usable only right after it.
LEANING = re.compile(
    r"^(?:But|However|Also|And|Or|Nor|They|Their|Them|Those|It|Its|Such|Both(?! [^,.;]{1,60}? and )|He|She|His|Her|"
    r"Further(?:more)?,|"
    r"(?:This|These)(?! (?:(?:updated |systematic |Cochrane |present |current )?reviews?|update(?:d of)?|stud(?:y|ies)|"
    r"trials?|research|reports?|papers?|(?:meta-)?analys[ie]s|evaluation|briefing|guidance|guideline|"
    r"body of evidence)\b)|"
    r"There (?:were|was|is|are) also|In addition|Additionally|Moreover|Therefore|Thus|So|Hence|"
    r"The other|(?:All (?:the )?other|Other) (?:comparisons|outcomes|results|analyses|measures|studies|trials)|"
    r"The remaining|The rest|Most of them|Of these|Of those|Of them|Similar|Similarly|Likewise|Even so|"
    r"Again|Here|Then|Consequently|As a result|In contrast(?! to\b)|Conversely|Otherwise|Instead|Yet|Still)(?!\w)")
# "When this is not possible, …", "In these participants …": the thing pointed at comes just before.
# Not "Complications such as tracheal obstruction …": "such as" names what follows, it points at nothing before.
_POINTS_BACK = re.compile(r"^(?:[\w-]+,? ){1,2}(?:this|these|those|such(?! as\b)|they|them|their|its|it)\b"
                          r"(?! (?:(?:updated |systematic |Cochrane )?reviews?|update|stud(?:y|ies)|trials?|research|"
                          r"(?:meta-)?analys[ie]s|"
                          r"evaluation|report)\b)", re.I)
# "The use of these drugs in …", "Outcomes in the two groups …": a subject that points at something said before.
_POINTING_SUBJECT = re.compile(r"^(?:the |a |an )?[\w-]+ (?:of|for|with|in|on|between) (?:these|those|such|the two|"
                               r"both)\b(?! (?:[\w-]+ ){0,2}(?:reviews?|update|stud(?:y|ies)|trials?|research|"
                               r"analys[ie]s|results|findings|data)\b)", re.I)
# "For ibuprofen alone the proportion was 50%": a measure with nothing said of what, so the sentence before names it.
_UNNAMED_MEASURE = re.compile(r"^(?:For [^,.;]{1,60}? )?the (?:proportion|percentage|rate|number|figure|difference) "
                              r"(?:was|were|is|are)\b", re.I)
# "At present, it is uncertain whether …": a time or summing-up opener before it does not make the "it" point back.
_EXPLETIVE = re.compile(r"^(?:(?:At present|At the present time|At this time|Currently|Presently|To date|So far|"
                        r"Overall|In summary|In conclusion),\s+)?[Ii]t (?:is|was|remains|seems|appears) (?:not )?"
                        r"(?:\w+ )?(?:that|to|whether|if|unclear|unknown)\b|"
                        r"^It (?:has|had) (?:been|not been) (?:demonstrated|shown|found|established|confirmed) that\b|"
                        # "It would therefore be unwise to offer firm conclusions …": "it" is what follows
                        r"^It (?:would|will|may|might|could) (?:therefore |thus |also )?(?:not )?be (?:\w+ )?to\b|"
                        # "It is therefore probably best that people with …": "it" is what follows
                        r"^It is (?:therefore |thus )(?:probably |perhaps |likely )?(?:\w+ )?(?:that|to)\b")


def _opens_leaning(text: str, low: str) -> bool:
    """LEANING, _POINTS_BACK, _POINTING_SUBJECT or _UNNAMED_MEASURE matches the text.

    In ASCII text the last three are tried only where the word they need stands in its place (the pointing word is
    the second or third word, or the third or fourth; "for" or "the" comes first): most sentences are spared them.
    Other text is matched as it is, since a case-blind pattern matches letters that lower() does not make.
    """
    if text.startswith(_LEANING_STARTS) and LEANING.match(text):
        return True
    if not text.isascii():
        return bool(_POINTS_BACK.match(text) or _POINTING_SUBJECT.match(text) or _UNNAMED_MEASURE.match(text))
    second, third, fourth = [*low.split(" ", 4)[1:4], "", "", ""][:3]
    return bool(((second.startswith(_POINTER_STARTS) or third.startswith(_POINTER_STARTS)) and _POINTS_BACK.match(text))
                or ((third.startswith(_SUBJECT_STARTS) or fourth.startswith(_SUBJECT_STARTS))
                    and _POINTING_SUBJECT.match(text))
                or (low.startswith(("for ", "the ")) and _UNNAMED_MEASURE.match(text)))


# Words CLAIM finds wherever they stand alone (each matches it whole): the commonest of its words.
_CLAIM_WORDS = frozenset([
    "evidence", "effective", "ineffective", "effect", "effects", "benefit", "benefits", "beneficial", "harm", "harms",
    "harmful", "safe", "safety", "improve", "improves", "improved", "improvement", "improvements", "reduce",
    "reduces", "reduced", "reduction", "reductions", "increase", "increases", "increased", "decrease", "decreases",
    "lowers", "prevent", "prevents", "prevented", "help", "helps", "helped", "work", "works", "worked", "better",
    "worse", "lower", "higher", "fewer", "difference", "differences", "associated", "linked", "common", "support",
    "supports", "supported", "indicate", "indicates", "efficacious", "suggest", "suggests", "show", "shows", "showed",
    "found", "conclude", "concludes", "concluded", "may", "might", "probably", "likely", "appear", "appears", "seem",
    "seems", "uncertain", "uncertainty", "unclear", "unknown", "no", "none", "limited", "modest", "lack", "little",
    "insufficient", "inconclusive", "conflicting", "mixed", "similar", "comparable", "equivalent", "not", "feasible",
    "acceptable", "worth", "possible", "useful", "helpful", "could", "can", "should", "would", "cannot", "unable",
    "superior", "inferior", "similarly",
])
# One of which every rating RATED_OPENER takes off names.
_RATING_WORDS = ("quality", "certainty", "confidence")
# How each choice of LEANING starts (case heeded; "He" holds "Her", "Here" and "Hence"): four sentences in five open
# otherwise ("We …", "The trials …", "A total of …") and are spared it.
_LEANING_STARTS = ("But", "However", "Also", "And", "Or", "Nor", "They", "Their", "Them", "Those", "It", "Such", "Both",
                   "He", "She", "His", "Further", "This", "These", "There ", "In addition", "Additionally", "Moreover",
                   "Therefore", "Thus", "So", "The other", "All ", "Other", "The remaining", "The rest",
                   "Most of them", "Of th", "Similar", "Likewise", "Even so", "Again", "Then", "Consequently",
                   "As a result", "In contrast", "Conversely", "Instead", "Yet", "Still")
# How the words _POINTS_BACK and _POINTING_SUBJECT point with begin ("this", "such", "its"; "these", "the two", "both").
_POINTER_STARTS = ("th", "su", "it")
_SUBJECT_STARTS = ("th", "su", "bo")


@dataclass(frozen=True, init=False)
class Sentence:
    """One sentence of the source, with where it stands and what it carries."""

    text: str  # as the source wrote it, white space folded
    index: int  # place in the abstract, from 0
    role: str  # "background", "aim", "methods", "results", "conclusions", "text" (no headings)
    paragraph: int  # which paragraph of the source it stands in, from 0
    stats: bool  # statistics written out: estimates, intervals, p-values, counts of studies in brackets
    digits: bool
    # Made from the text by __init__: every sentence is asked them (made lazily by ``once``, the first ask of each
    # cost two calls more).
    low: str = field(init=False, repr=False, compare=False)  # patterns run on it without IGNORECASE, much faster
    tokens: tuple[str, ...] = field(init=False, repr=False, compare=False)  # the words, in lower case
    words: int = field(init=False, repr=False, compare=False)  # how many
    wish: bool = field(init=False, repr=False, compare=False)  # "more research is needed" and kin: not a finding
    grades: tuple[Grade, ...] = field(init=False, repr=False, compare=False)  # its GRADE ratings, if any (most none)

    def __init__(self, text: str, index: int, role: str, paragraph: int, stats: bool, digits: bool) -> None:
        """The fields written straight into the instance's dict, as the frozen dataclass's own ``__init__`` does
        through ``object.__setattr__`` a field at a time, at twice the cost (a sentence is made for each of an
        abstract's, and again by each ``replace``); then what every sentence is asked, made from its text."""
        fields = self.__dict__
        fields["text"] = text
        fields["index"] = index
        fields["role"] = role
        fields["paragraph"] = paragraph
        fields["stats"] = stats
        fields["digits"] = digits
        low = fields["low"] = text.lower()
        tokens = fields["tokens"] = word_tokens(low)
        fields["words"] = len(tokens)  # the same words, found once: case does not change what the pattern finds
        fields["wish"] = is_wish(low, tokens)
        found = grades_in_lower(low)
        fields["grades"] = tuple(g for _, g in found) if found else ()

    @once
    def leans(self) -> bool:
        """Starts by pointing back ("These…", "There were also…"): it cannot open a part."""
        text = self.text
        return _opens_leaning(text, self.low) and not _EXPLETIVE.match(text)

    # Asked both where the conclusions start and which of them leads: found once.
    @once
    def sums_up(self) -> bool:
        return concludes(self.low)  # "this review", "in conclusion"

    @once
    def opens_conclusion(self) -> bool:
        return bool(OPENS_CONCLUSION.match(self.low))  # "Despite …", "Overall …"

    @once
    def claims(self) -> bool:
        """Has a word of a claim ("may", "effective", "no"), asked of each sentence by every part that picks claims."""
        # Where one of its words is a word of the text, the pattern matches (found in a set at a fifth of the cost).
        if self.bounded and not _CLAIM_WORDS.isdisjoint(self.tokens):
            return True
        return bool(CLAIM.search(self.low))

    @once
    def bounded(self) -> bool:
        """Whether each of ``tokens`` stands between characters that are no word's, as "\\b" asks: so in ASCII text
        with no digit or "_", where only letters are word characters (a token's neighbours are none, or its own)."""
        low = self.low
        return not self.digits and low.isascii() and "_" not in low

    @once
    def main_clause(self) -> str:
        """The text in lower case without a rating that opens it ("Moderate-quality evidence suggests that …") or a
        clause that leads to it ("Despite …, "): asked by ``can_lead`` and by ``further_claims`` of the same sentences.

        Each pattern is tried only where it can match: the rating names its "quality", "certainty" or "confidence" (in
        ASCII text, where ignoring case is lower-casing), and the clause ends at a comma.
        """
        text = self.text
        if not text.isascii() or mentions(self.low, _RATING_WORDS):
            text = RATED_OPENER.sub("", text, count=1)
        if "," in text:
            text = LEADING_CLAUSE.sub("", text, count=1)
        return self.low if text == self.text else text.lower()

    @once
    def left_out(self) -> bool:
        """Names what no study took in ("did not investigate", "no data on"): asked of the same sentences by each
        place that looks for who took part, so found once."""
        return says(LEFT_OUT, self.low, *LEFT_OUT_WORDS)

    @once
    def evaluative(self) -> bool:
        if self.bounded and not _EVALUATIVE_ALONE.isdisjoint(self.tokens):
            return True  # one of its words alone, as with ``claims``
        if plain_words(self.low) and _EVALUATIVE_ALONE.isdisjoint(self.tokens) and "evidence" not in self.tokens:
            return False  # each word EVALUATIVE could find would be a token: its words alone, or "… evidence"
        return says(EVALUATIVE, self.low, *_EVALUATIVE_WORDS)  # "effective", "no evidence"

    @once
    def tense(self) -> float:
        """0.8 for a sentence in the present tense (or with "may"), -0.8 in the past, 0 for neither or both."""
        lean = _lean(self.tokens)
        return 0.8 if lean > 0 else -0.8 if lean < 0 else 0.0


@dataclass(frozen=True)
class Abstract:
    """An abstract as sentences; ``conclusions`` are the indexes of the authors' closing sentences."""

    sentences: tuple[Sentence, ...]
    structured: bool
    conclusions: tuple[int, ...]
    text: str
    acronyms: Mapping[str, str]  # "long form (LF)" definitions, so later uses of LF can be spelled out

    def role(self, *roles: str) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.role in roles)

    @once
    def low(self) -> str:
        return self.text.lower()

    @once
    def memo(self) -> dict[Any, Any]:
        """Answers about this abstract that more than one part asks for, kept by whoever works them out."""
        return {}

    @once
    def lows(self) -> str:
        """Every sentence in lower case, one a line: where a word is in none of them, no sentence need be asked."""
        return "\n".join(s.low for s in self.sentences)

    @once
    def line_ends(self) -> list[int]:
        """Where each sentence's line in ``lows`` ends: a place in ``lows`` is in the first sentence ending at or
        after it."""
        ends, at = [], -1
        for s in self.sentences:
            at += len(s.low) + 1
            ends.append(at)
        return ends

    def saying(self, pattern: re.Pattern[str], *words: str) -> Iterator[Sentence]:
        """The sentences that say it (``says`` of each), in order. Each word is looked for in all the sentences at
        once (``lows``), and the pattern tried only on the sentences it is found in: most words are in none, the rest
        in a few, and no sentence is asked word by word."""
        if not self.sentences or any("\n" in w for w in words):  # (a word across two lines would be in neither)
            words = tuple(w for w in words if w in self.lows)
            return (s for s in self.sentences if says(pattern, s.low, *words)) if words else iter(())
        lows, ends = self.lows, self.line_ends
        found: set[int] = set()
        for w in words:
            at = lows.find(w)
            while at >= 0:
                n = bisect_left(ends, at)
                found.add(n)
                at = lows.find(w, ends[n] + 1)  # on from the next sentence
        return (s for s in map(self.sentences.__getitem__, sorted(found)) if pattern.search(s.low))


def read(abstract: str) -> Abstract:
    """Split an abstract into sentences with their roles, and find where its conclusions start."""
    text = abstract.strip()
    parts = sections(text)
    structured = len(parts) > 1
    out: list[Sentence] = []
    paragraph = 0
    for role, body in parts:
        if role == "skip":
            continue
        for n, block in enumerate(paragraphs(body)):
            if n or out:
                paragraph += 1
            for sent in run_ons_split(split_sentences(block)):
                sent = without_heading(sent)
                digits = has_digit(sent)
                out.append(Sentence(sent, len(out), role, paragraph, states_statistics(sent, digits), digits))
    return Abstract(tuple(out), structured, closing_run(out, structured), text, MappingProxyType(acronyms(text)))


# Conclusions are said in the present tense, or with "may"; results in the past tense.
_PRESENT = frozenset([
    "is", "are", "does", "do", "may", "might", "can", "cannot", "has", "have", "remains", "remain", "seems",
    "seem", "appears", "appear", "suggests", "suggest", "indicates", "indicate", "provides", "provide", "supports",
    "support", "shows", "show", "need", "needs", "requires", "require", "performs", "perform", "reduces",
    "increases", "improves", "helps", "works", "offers", "lacks", "exists", "exist", "underlines", "highlights",
    "concludes", "confirms", "confirm", "promote", "promotes", "reduce", "improve", "increase", "prevent",
    "prevents", "help", "work", "favour", "favours", "lead", "leads", "outweigh", "outweighs", "lowers",
])
_PAST = frozenset([
    "was", "were", "did", "had", "found", "showed", "reported", "demonstrated", "detected", "observed", "included",
    "identified", "assessed", "evaluated", "measured", "enrolled", "randomised", "randomized", "recruited",
    "tended", "received", "used", "conducted", "described", "examined", "studied", "contributed",
])
# What a word adds to a sentence's tense: +1 present, -1 past; looked up once a word, not once in each set (the
# table's own ``get``, bound once: a read-only view would forward every look-up).
_LEAN_OF = {w: (w in _PRESENT) - (w in _PAST) for w in _PRESENT | _PAST}.get


def _lean(words: Iterable[str]) -> int:
    """The present-tense words less the past-tense ones, added up in C: asked of every sentence."""
    return sum(map(_LEAN_OF, words, repeat(0)))


# Not "Based on investigator and participant evaluation, X resulted in …": who judged a result, not a conclusion.
OPENS_CONCLUSION = re.compile(r"^(?:despite|although|while|based (?:on|upon)(?! (?:investigator|participant|patient|"
                              r"clinician|physician|assessor|observer|parent|self)s?\b)|given|on the basis of|overall|"
                               r"in conclusion|in summary|taken together|currently|at present|to date)\b")
EVALUATIVE = starting(r"\b(?:effective|ineffective|safe|beneficial|useful|helpful|harmful|recommended|promising|"
                       r"appropriate|worthwhile|meta-analys[ie]s (?:showed|demonstrated|found|suggests?)|"
                       r"(?:no|some|little|limited|insufficient|weak|strong|good|clear|conflicting|"
                       r"enough) evidence)\b")
# One of which EVALUATIVE needs: two sentences in three have none, and are spared the pattern.
_EVALUATIVE_WORDS = ("effective", "evidence", "safe", "useful", "helpful", "harmful", "beneficial", "recommended",
                     "promising", "appropriate", "worthwhile", "meta-analys")
# EVALUATIVE's words that it finds wherever they stand alone.
_EVALUATIVE_ALONE = frozenset(["effective", "ineffective", "safe", "beneficial", "useful", "helpful", "harmful",
                               "recommended", "promising", "appropriate", "worthwhile"])
def tense(text: str) -> float:
    """0.8 for a sentence in the present tense (or with "may"), -0.8 in the past, 0 for neither or both."""
    lean = _lean(word_tokens(text.lower()))
    return 0.8 if lean > 0 else -0.8 if lean < 0 else 0.0


def frequent_words(abstract: Abstract, least: int = 3) -> frozenset[str]:
    """Content words said in at least ``least`` sentences: the treatment and condition an abstract is about."""
    seen = Counter(chain.from_iterable(map(set, [s.tokens for s in abstract.sentences])))  # one count a sentence
    return frozenset(w for w, n in seen.items() if n >= least and len(w) > 3 and w not in _GENERIC)


_GENERIC = frozenset([
    "with", "were", "that", "this", "these", "there", "than", "from", "have", "been", "their", "they", "which",
    "more", "less", "studies", "study", "trials", "trial", "review", "evidence", "quality", "data", "participants",
    "patients", "people", "outcome", "outcomes", "effect", "effects", "results", "result", "difference",
    "differences", "group", "groups", "compared", "comparison", "versus", "control", "placebo", "risk", "bias",
    "analysis", "analyses", "included", "reported", "found", "showed", "low", "moderate", "high", "very",
    "certainty", "events", "adverse", "side", "also", "both", "other", "only", "between", "after", "before",
    "during", "when", "about", "into", "over", "under", "among", "some", "most", "such", "each", "treatment",
    "treatments", "intervention", "interventions", "significant", "significantly", "statistically", "clinical",
    "clinically", "number", "rates", "rate", "time", "years", "months", "weeks", "days",
])
