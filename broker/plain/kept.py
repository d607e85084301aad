"""What a plain sentence must keep of its source: its negations, hedges and qualifiers, and its numbers.

``simplify`` swaps words and cuts clauses; these are the checks that it lost nothing that
changes what a sentence claims ("not", "may", "but") and added no number the source
does not give. Kept apart so the rules a plain sentence must never break read on one
screen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from broker.plain.starts import by_letters
from broker.plain.text import ascii_runs, has_digit, keeping

# Words whose loss would change what a sentence claims, in classes: a swap may change the
# word ("insufficient" to "not enough") but never leave a class with fewer than it had.
_KEPT: Mapping[str, str] = MappingProxyType({
    **dict.fromkeys(("no", "not", "nor", "neither", "none", "never", "without", "cannot", "unable", "lack", "lacks",
                     "lacking", "absence", "insufficient", "inconclusive", "unclear", "uncertain", "uncertainty",
                     "unknown", "non-significant", "nonsignificant", "n't", "failed", "fail", "fails"), "negation"),
    **dict.fromkeys(("may", "might", "could", "probably", "possibly", "possible", "likely", "unlikely", "suggest",
                     "suggests", "suggested", "suggesting", "appear", "appears", "appeared", "seem", "seems",
                     "seemed", "perhaps", "potentially", "indicate", "indicates", "indicated"), "hedge"),
    **dict.fromkeys(("but", "although", "though", "whereas", "except", "unless", "only", "if"), "qualifier"),
})
# Words as ``_KEPT`` knows them, in lower-case text ("n't" is never one: its "n" starts a word first).
_KEPT_WORD = re.compile(r"[a-z][a-z\-]*")
_KEPT_WORDS = frozenset(_KEPT)
_NOT_KEPT_WORD = keeping("abcdefghijklmnopqrstuvwxyz-")  # what is left of ASCII text splits into _KEPT_WORD's runs
# "(e.g. …)" and "(such as …)" are examples, which may go; any other bracket keeps its words in the count.
_OR_NOT = by_letters(r"\bor not\b")
_DATA_PAREN = re.compile(r"[\(\[]\s*(?:e\.g\.?|i\.e\.?|for example|such as|including)[^()\[\]]*[\)\]]", re.I)


def _kept_words(low: str) -> list[str]:
    """``_KEPT_WORD.findall(low)``, three times as fast for ASCII text."""
    return ascii_runs(low, _NOT_KEPT_WORD, (" -",)) if low.isascii() else _KEPT_WORD.findall(low)


@lru_cache(maxsize=1024)
def _kept_counts(text: str) -> Mapping[str, int]:
    """How many words of each class the text has. Cached: a source sentence is weighed against each try at it."""
    words = _kept_words(text.lower())
    counts: dict[str, int] = {}
    for w in _KEPT_WORDS.intersection(words):  # the few kept words there, each counted in C
        counts[_KEPT[w]] = counts.get(_KEPT[w], 0) + words.count(w)
    return MappingProxyType(counts)


def hedged(text: str) -> bool:
    """Whether a sentence holds a negation or a hedge ("not", "may", "unclear"): a claim that is not firm."""
    counts = _kept_counts(text)
    return bool(counts.get("negation") or counts.get("hedge"))


def keeps_meaning(source: str, plain: str) -> bool:
    """True when no negation, hedge or qualifier of the source sentence was lost on the way.

    A bracket of examples ("e.g. …") may go; any other bracket that held such a word
    ("(not significant)", "(though not in men)") must have been kept.
    """
    have = _kept_counts(plain)
    source = _DATA_PAREN.sub(" ", source)
    if "or not" in source:
        source = _OR_NOT.sub(" ", source)  # "whether or not" says "whether": its "not" denies nothing
    return all(have.get(kind, 0) >= n for kind, n in _kept_counts(source).items())


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# _NUMBER in ASCII text with every digit made "0": the same places, found by running from one "0" to the next in a
# plain loop, where "\d" or "[0-9]" first tests each character against a class (numbers are read from whole abstracts).
_NUMBER_IN_ZEROS = re.compile(rb"0[0,]*(?:\.0+)?")
_ZEROS = bytes(48 if 48 <= c <= 57 else c for c in range(256))  # "0" to "9" as "0"


def numbers(text: str) -> set[str]:
    """Numbers as a reader compares them: "7,843" and "7843" are the same number."""
    if not has_digit(text):
        return set()
    if not text.isascii():
        return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}
    return {text[m.start():m.end()].replace(",", "").rstrip(".")
            for m in _NUMBER_IN_ZEROS.finditer(text.encode().translate(_ZEROS))}
