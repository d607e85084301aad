"""Choose the abstract sentences a plain summary is built from.

Each sentence is cleaned and simplified (see simplify), scored for how much it
tells a lay reader (what was studied, what was found), and then a set is chosen
that fits in MAX_WORDS and is worth most once each grade point above SOFT_GRADE is paid for.
Sentences go back in source order. A sentence holding a number that is not in the
source is never used, so the summary cannot carry an invented number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from broker.plain.simplify import clean, has_or, has_stats, has_verb, simplify, split_clauses
from broker.plain.text import acronyms, expand_acronyms, grade_counts, grade_from, sections, split_sentences, words
from broker.plain.words import GROUPS

MAX_WORDS = 80
SOFT_GRADE = 5.5   # each grade point above this costs _GRADE_COST of value
HARD_GRADE = 9.5  # no sentence may take a summary past this
# Greedy passes trading importance against ease; the best-valued set wins.
_LAMBDAS = (0.0, 0.3, 0.7, 1.5, 3.0)
_WORD_VALUE = 0.2
_GRADE_COST = 3.0
_LEAD: Mapping[str, float] = MappingProxyType({"conclusions": 2.5, "results": 0.5})
# How much a sentence tells a lay reader: its place, and the kinds of words in it.
_W_START, _W_END = 0.6, 1.6  # unstructured abstracts: later sentences hold the conclusions
_W_SCOPE, _W_AIM, _W_FINDING, _W_NOISE, _W_CAPS = 2.0, 1.5, 0.4, 1.2, 0.5
_LOOSE_COST = 2.0  # a "This …" sentence without the one it points back to
# Structured abstracts: how much each section tends to tell a lay reader.
_WEIGHT: Mapping[str, float] = MappingProxyType(
    {"aim": 2.0, "results": 1.2, "conclusions": 2.5, "methods": 0.2, "background": 0.1, "text": 1.0})

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_DIGIT = re.compile(r"\d")
# "We included 12 studies…", "Fifty-four trials … met our criteria": what a review covers.
_SCOPE_VERBS = frozenset([
    "included", "includes", "including", "identified", "selected", "eligible", "met", "retrieved", "located",
    "analysed", "analyzed", "contributed", "involving", "enrolling", "enrolled", "recruited", "randomised",
    "randomized", "assigned", "allocated", "interviewed", "surveyed",
])
_STUDIES = frozenset(["studies", "trials", "rcts", "study", "trial", "reviews", "people", *GROUPS])
_COUNTS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred",
])
_AIM = re.compile(r"^(?:to\s+(?:assess|evaluate|determine|examine|explore|investigate|compare|review|"
                  r"describe|identify|understand|estimate|test)\b|(?:we|this study|this review|the study)\s+"
                  r"(?:aimed|sought|set out|wanted)\b|the (?:aim|objective|purpose)s?\b)", re.I)
# Words that mark a finding or a conclusion, and words that mark method talk a lay reader can skip.
_FINDING = frozenset([
    "found", "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "evidence", "conclude",
    "concluded", "conclusion", "conclusions", "may", "might", "probably", "likely", "unclear", "uncertain",
    "effective", "benefit", "benefits", "helpful", "improve", "improved", "improves", "improvement", "reduce",
    "reduced", "reduces", "increase", "increased", "increases", "lower", "higher", "fewer", "needed", "help", "helps",
    "helped", "worse", "better", "safe", "difference", "research",
])
_NOISE = frozenset([
    "bias", "biased", "blind", "blinded", "blinding", "allocation", "concealment", "heterogeneity", "heterogeneous",
    "sensitivity", "subgroup", "subgroups", "funnel", "downgraded", "downgrade", "downgrading", "imprecision",
    "inconsistency", "inconsistent", "searched", "search", "database", "databases", "extracted", "extraction",
    "meta-regression", "pooled", "pooling", "pool", "fixed-effect", "random-effects", "intention-to-treat",
    "per-protocol", "generic", "criteria",
])


# A sentence that starts like this points back to the one before, so it is used only with it.
_POINTS_BACK = ("This ", "These ", "So ", "But this ", "But these ")
_SELF = ("This review", "This update", "This updated", "This systematic", "This Cochrane", "This study",
         "This meta-analysis", "This is the first", "This is an update")


class Candidate(NamedTuple):
    """One sentence (or clause cut from one) that the summary could use."""

    score: float
    order: int
    text: str
    tokens: int
    counts: tuple[int, int, int]
    grade: float
    has_or: bool
    after: int  # -1, or the order of the text this one points back to ("This …"); -2: it cannot be used


def numbers(text: str) -> set[str]:
    """Numbers as the evaluation compares them: "7,843" and "7843" are the same number."""
    return {n.replace(",", "").rstrip(".") for n in _NUM.findall(text)}


def _features(text: str, toks: list[str]) -> tuple[int, int, int, bool]:
    """(finding words, method words, unexplained capitals, says what a review covers), in one pass."""
    low = [t.lower() for t in toks]
    caps = sum(1 for t in toks if t[:2].isupper())
    found = sum(t in _FINDING for t in low)
    noise = sum(t in _NOISE for t in low) + ("GRADE" in toks)
    seen = set(low)
    scope = bool(seen & _STUDIES) and (bool(seen & _SCOPE_VERBS) or ("we" in seen and "found" in seen)) and (
        _DIGIT.search(text) is not None or any(t.split("-")[0] in _COUNTS for t in seen))
    return found, noise, caps, scope


def candidates(abstract: str, with_or: bool = True) -> list[Candidate]:
    """Cleaned, simplified sentences with a score for how much each tells a reader.

    ``with_or=False`` skips early the sentences that offer an "X or Y" choice (see has_or),
    which are used only when nothing else is left, saving the work of simplifying them.
    """
    table = acronyms(abstract)
    parts = sections(abstract)
    structured = len(parts) > 1
    raw = [(role, s, i == 0) for role, body in parts if role != "skip" for i, s in enumerate(split_sentences(body))]
    out: list[Candidate] = []
    n = len(raw)
    cache: dict[str, int] = {}
    prev = -1  # the sentence before this one, for "This shows…" that points back to it
    for pos, (role, sent, lead) in enumerate(raw):
        if pos:
            prev = pos - 1
        text = clean(sent)
        if not text:
            continue
        if not with_or and has_or(text) and not (structured and role in ("aim", "methods")):
            continue
        text = expand_acronyms(text, table)
        toks = _TOKEN.findall(text)
        if has_stats(text, toks):
            continue
        aim = pos < n / 2 and text[:2].lower() in ("to", "we", "th") and bool(_AIM.search(text))
        if aim and text[:3].lower() == "to ":
            text = "The aim was t" + text[1:]  # "To assess X." is not a sentence a reader can follow
        # Unstructured abstracts put their conclusions last.
        score = _WEIGHT[role] if structured else _W_START + _W_END * (pos / max(1, n - 1)) ** 2
        if structured and lead:
            score += _LEAD.get(role, 0.0)  # the first sentence of Conclusions is the main finding
        finding, noise, caps, scope = _features(text, toks)
        score += _W_SCOPE * scope + _W_AIM * aim + _W_FINDING * finding - _W_NOISE * noise - _W_CAPS * caps
        pieces = split_clauses(simplify(text))
        for i, piece in enumerate(pieces):
            ws = words(piece)
            if not has_verb(piece, ws):
                continue
            counts = grade_counts(piece, cache, ws)
            nw = len(piece.split())
            sc = score - 0.08 * max(0, nw - 18) - 0.5 * (nw < 5)
            if i and _FINDING.isdisjoint(w.lower() for w in ws):
                sc -= 0.5
            if piece.startswith(_POINTS_BACK) and not piece.startswith(_SELF):
                after = pos * 10 + i - 1 if i else prev * 10 if prev >= 0 else -2
            else:
                after = -1
            # In a structured abstract the aim or design sentence says what was studied: keep it even with "or".
            either = has_or(piece) and not (structured and role in ("aim", "methods"))
            out.append(Candidate(sc, pos * 10 + i, piece, nw, counts, grade_from(*counts), either, after))
    return out


def _anchored(c: Candidate, orders: set[int]) -> bool:
    """Whether what this text points back to is in the summary too."""
    if c.after < 0:
        return c.after == -1
    if c.after % 10:
        return c.after in orders
    return any(o // 10 == c.after // 10 for o in orders)


def _loose(chosen: Sequence[Candidate], orders: set[int]) -> int:
    """How many chosen sentences say "This …" without the sentence they point back to."""
    return sum(1 for c in chosen if c.after != -1 and not _anchored(c, orders))


def _greedy(ranked: Sequence[Candidate], first: Candidate) -> tuple[float, list[Candidate]]:
    """Take sentences in the given order while they add value and fit the limits.

    A set is worth what its sentences tell (their scores and words), less a cost for
    each grade point above SOFT_GRADE and for each "This …" left without its anchor.
    """
    chosen = [first]
    orders = {first.order}
    used, told = first.tokens, max(0.0, first.score) + _WORD_VALUE * first.tokens
    s, w, y = first.counts
    grade = grade_from(s, w, y)
    loose = _loose(chosen, orders)
    value = told - _GRADE_COST * max(0.0, grade - SOFT_GRADE) - _LOOSE_COST * loose
    for c in ranked:
        if used + c.tokens > MAX_WORDS or c.order in orders or c.after == -2:
            continue
        if c.after > 0 and c.after % 10 and c.after not in orders:  # a cut clause needs its first half
            continue
        s2, w2, y2 = s + c.counts[0], w + c.counts[1], y + c.counts[2]
        grade2 = grade_from(s2, w2, y2)
        if grade2 > max(HARD_GRADE, grade):
            continue
        told2 = told + max(0.0, c.score) + _WORD_VALUE * c.tokens
        loose2 = loose
        if c.after != -1 or loose:
            orders.add(c.order)
            loose2 = _loose([*chosen, c], orders)
            orders.discard(c.order)
        new = told2 - _GRADE_COST * max(0.0, grade2 - SOFT_GRADE) - _LOOSE_COST * loose2
        if new <= value:
            continue
        chosen.append(c)
        orders.add(c.order)
        used, s, w, y, grade, told, loose, value = used + c.tokens, s2, w2, y2, grade2, told2, loose2, new
    return value, chosen


def pick(cands: Sequence[Candidate]) -> list[Candidate]:
    """The most telling set of sentences within MAX_WORDS that stays easy to read.

    A few greedy passes that trade importance against ease differently; the set with
    the most value wins. Each grade point over SOFT_GRADE costs value, and no sentence
    may push the summary over HARD_GRADE (unless it starts there: then only sentences
    that make it easier are added).
    """
    best: list[Candidate] = []
    best_value = float("-inf")
    for lam in _LAMBDAS:
        ranked = sorted(cands, key=lambda c: lam * c.grade - c.score)
        first = next((c for c in ranked if c.after == -1), None)
        if first is None:
            continue
        value, chosen = _greedy(ranked, first)
        if value > best_value:
            best, best_value = chosen, value
    return best


def _join(chosen: Sequence[Candidate]) -> str:
    """Sentences in source order; a "But" with nothing before it to contrast with is dropped."""
    out = []
    for i, c in enumerate(chosen):
        text = c.text
        if text.startswith("But ") and (i == 0 or chosen[i - 1].order // 10 < c.order // 10 - 1):
            text = text[4].upper() + text[5:]
        out.append(text)
    return " ".join(out)


def summarise(title: str, abstract: str) -> str:
    """About 80 words at most, built only from the source's own sentences."""
    title = " ".join(title.split())
    if not abstract.strip():
        if not title:
            return "No details were given for this item."
        t = simplify(clean(title)).rstrip(".:;, ") or title
        return f"{t}. There is no abstract, so we cannot say what it found."
    allowed = numbers(abstract) | numbers(title)
    cands = [c for c in candidates(abstract, with_or=False) if numbers(c.text) <= allowed]
    chosen = pick([c for c in cands if not c.has_or])
    if not chosen:
        cands = [c for c in candidates(abstract) if numbers(c.text) <= allowed]
        chosen = pick([c for c in cands if not c.has_or]) or pick(cands)
    if chosen:
        return _join(sorted(chosen, key=lambda c: c.order))
    # Nothing survived cleaning (say, an abstract that is all statistics): keep the opening words.
    first = clean(split_sentences(" ".join(abstract.split()))[0])
    kept = [w for w in first.split()[:MAX_WORDS] if numbers(w) <= allowed and not has_stats(w)]
    return (" ".join(kept).rstrip(".,;:") + ".") if kept else "The abstract gives only statistics."
