"""Theme decisions: which community themes an item belongs to, and why.

Pure functions over ``models``; no database or file I/O. ``classify`` is the
one entry point the pipeline calls, so the learned model can replace the
keyword rules behind it without the pipeline noticing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import Item, Theme, ThemeMatch


def _word_pattern(keyword: str) -> str:
    """A regex for one keyword or phrase: whole words, with simple plurals.

    "carer" matches "carers", "carer's" and "carers'"; "family" matches
    "families"; a phrase's words may be separated by any spaces or hyphens.
    """
    words = keyword.lower().split()
    if not words:
        return ""
    parts = [re.escape(w) for w in words[:-1]]
    last = words[-1]
    if len(last) > 3 and last.endswith("y") and last[-2] not in "aeiou":
        parts.append(re.escape(last[:-1]) + r"(?:y|ies)(?:'s?)?")
    else:
        parts.append(re.escape(last) + r"(?:s|es)?(?:'s?)?")
    return r"\b" + r"[\s\-]+".join(parts) + r"\b"


def _alternation(keywords: Iterable[str]) -> re.Pattern[str] | None:
    patterns = [p for p in (_word_pattern(k) for k in keywords) if p]
    if not patterns:
        return None
    return re.compile("|".join(f"({p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class KeywordRule:
    """One theme's compiled keyword and exclude patterns."""

    theme: str
    keywords: tuple[str, ...]
    include: re.Pattern[str] | None
    exclude: re.Pattern[str] | None

    def match(self, text: str) -> ThemeMatch | None:
        """The theme match for ``text``, naming the keywords that matched."""
        if self.include is None:
            return None
        if self.exclude is not None and self.exclude.search(text):
            return None
        found: list[str] = []
        for m in self.include.finditer(text):
            keyword = self.keywords[m.lastindex - 1] if m.lastindex else m.group(0)
            if keyword not in found:
                found.append(keyword)
        return ThemeMatch(self.theme, tuple(found)) if found else None


def compile_rules(themes: Sequence[Theme]) -> tuple[KeywordRule, ...]:
    """Compile every theme's keywords once, for use on many items."""
    rules = []
    for theme in themes:
        keywords = tuple(k for k in theme.keywords if k.strip())
        rules.append(
            KeywordRule(theme.key, keywords, _alternation(keywords), _alternation(theme.exclude))
        )
    return tuple(rules)


def keyword_matches(rules: Sequence[KeywordRule], text: str) -> tuple[ThemeMatch, ...]:
    """Every theme whose keywords appear in ``text`` and whose excludes do not."""
    matches = (rule.match(text) for rule in rules)
    return tuple(m for m in matches if m is not None)


def classify(items: Sequence[Item], themes: Sequence[Theme]) -> dict[str, tuple[ThemeMatch, ...]]:
    """Decide the themes of each item: a map from item id to its matches."""
    rules = compile_rules(themes)
    return {item.id: keyword_matches(rules, item.text_for_matching()) for item in items}
