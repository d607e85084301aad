"""Keyword rules: a theme's words and phrases, found as whole words in one pass over a text.

Shared by ``classify`` (which decides with them until a theme has learned
enough) and ``learn`` (which uses them as weak labels), so neither imports the
other. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .models import Theme, ThemeMatch
from .trie import trie_pattern

_WORD = re.compile(r"([a-z0-9]+)")
_JOINERS = " \t\r\n-'\u2019\u2010\u2011"  # what may stand between the words of a phrase


@dataclass(frozen=True)
class Words:
    """A text made ready once for every theme's keywords to be looked for in it: lower-cased."""

    lower: str


def tokens(text: str) -> Words:
    """Prepare a text once; every theme's keywords are then looked for in it."""
    return Words(text.lower())


def _forms(word: str) -> frozenset[str]:
    """A phrase's last word with the plurals people write: carer(s), family/families, box(es)."""
    forms = {word, word + "s", word + "es"}
    if len(word) > 3 and word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return frozenset(forms)


_SEPARATOR = "[" + re.escape(_JOINERS) + "]+"


@dataclass(frozen=True)
class Phrases:
    """Keywords as word sequences, found as whole words in a text.

    A keyword matches whole words, in order, separated only by spaces, hyphens
    or apostrophes ("unpaid care", "unpaid-care"; not "unpaid, care"); its last
    word may be plural, and a possessive "'s" is simply the next word. Words are
    runs of a-z and 0-9 in the lower-cased text. One regular expression finds
    every word that can start a keyword (in C, over the whole text); each such
    place is then checked against the keywords that start there. Splitting
    every text into words in Python cost about eight times as much.
    """

    keywords: tuple[str, ...]
    starting: Mapping[str, tuple[int, ...]]  # a first word (in any of its forms) -> keywords starting with it
    first: re.Pattern[str]  # any first word, as a whole word
    whole: tuple[re.Pattern[str] | None, ...]  # each keyword from its first word on; None for one-word keywords

    @classmethod
    def of(cls, keywords: Iterable[str]) -> Phrases | None:
        kept = tuple(k for k in keywords if _WORD.findall(k.lower()))
        if not kept:
            return None
        starting: dict[str, list[int]] = {}
        whole: list[re.Pattern[str] | None] = []
        for index, keyword in enumerate(kept):
            words = _WORD.findall(keyword.lower())
            forms = (*(frozenset({w}) for w in words[:-1]), _forms(words[-1]))
            for first in forms[0]:
                starting.setdefault(first, []).append(index)
            if len(words) == 1:
                whole.append(None)  # the first word, found whole, is the keyword
                continue
            last = "|".join(re.escape(f) for f in sorted(forms[-1], key=len, reverse=True))
            whole.append(re.compile(_SEPARATOR.join([*map(re.escape, words[:-1]), f"(?:{last})"]) + "(?![a-z0-9])"))
        return cls(kept, {w: tuple(found) for w, found in starting.items()},
                   re.compile(f"(?<![a-z0-9])(?:{trie_pattern(starting)})(?![a-z0-9])"), tuple(whole))

    def find(self, text: Words) -> list[str]:
        """The keywords present in the text, in the order they first appear."""
        return [self.keywords[k] for k in self.find_indexes(text)]

    def find_indexes(self, text: Words) -> list[int]:
        """Indexes (into ``keywords``) of the keywords present, in the order they first appear."""
        lower, hits = text.lower, {}
        for found in self.first.finditer(lower):
            at = found.start()
            for index in self.starting[found.group()]:
                if index not in hits and ((pattern := self.whole[index]) is None or pattern.match(lower, at)):
                    hits[index] = at
        return sorted(hits, key=lambda k: (hits[k], k))


@dataclass(frozen=True)
class KeywordRule:
    """One theme's keywords and exclude words."""

    theme: str
    keywords: tuple[str, ...]
    include: Phrases | None
    exclude: Phrases | None

    def match(self, text: str, words: Words | None = None) -> ThemeMatch | None:
        """The theme match for ``text``, naming the keywords that matched.

        ``words`` (from :func:`tokens`) lets many rules share one split of the text.
        """
        if self.include is None:
            return None
        words = tokens(text) if words is None else words
        if self.exclude is not None and self.exclude.find(words):
            return None
        found = self.include.find(words)
        return ThemeMatch(self.theme, tuple(found)) if found else None


class RuleSet(tuple[KeywordRule, ...]):
    """Every theme's rules, plus one index of all their keywords, so a text is read once for all themes."""

    combined: Phrases | None
    owner: tuple[int, ...]  # for each combined keyword, the index of its rule

    def __new__(cls, rules: Sequence[KeywordRule]) -> RuleSet:
        made = super().__new__(cls, rules)
        pairs = [(n, keyword) for n, rule in enumerate(rules) if rule.include for keyword in rule.include.keywords]
        made.combined = Phrases.of(keyword for _, keyword in pairs)
        made.owner = tuple(n for n, _ in pairs)
        return made

    def matches(self, text: str) -> tuple[ThemeMatch, ...]:
        if self.combined is None:
            return ()
        words = tokens(text)
        found: dict[int, list[str]] = {}
        for k in self.combined.find_indexes(words):
            found.setdefault(self.owner[k], []).append(self.combined.keywords[k])
        matches = []
        for n in sorted(found):
            rule = self[n]
            if rule.exclude is None or not rule.exclude.find(words):
                matches.append(ThemeMatch(rule.theme, tuple(found[n])))
        return tuple(matches)


def compile_rules(themes: Sequence[Theme]) -> RuleSet:
    """Compile every theme's keywords once, for use on many items."""
    rules = []
    for theme in themes:
        keywords = tuple(k for k in theme.keywords if k.strip())
        rules.append(KeywordRule(theme.key, keywords, Phrases.of(keywords), Phrases.of(theme.exclude)))
    return RuleSet(rules)


def keyword_matches(rules: Sequence[KeywordRule], text: str) -> tuple[ThemeMatch, ...]:
    """Every theme whose keywords appear in ``text`` and whose excludes do not."""
    if isinstance(rules, RuleSet):
        return rules.matches(text)
    words = tokens(text)
    matches = (rule.match(text, words) for rule in rules)
    return tuple(m for m in matches if m is not None)
