"""Theme decisions: which community themes an item belongs to, and why.

Pure functions over ``models``; no database or file I/O. ``classify`` is the
one entry point the pipeline calls, so the learned model can replace the
keyword rules behind it without the pipeline noticing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
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


def classify(items: Sequence[Item], themes: Sequence[Theme], *, training: Sequence[Item] = (),
             labels: Mapping[str, Mapping[str, bool]] | None = None) -> dict[str, tuple[ThemeMatch, ...]]:
    """Decide the themes of each item: a map from item id to its matches.

    With no curators' labels this is the keyword rules, exactly. With labels, a
    model learns from them (``training`` items supply the texts; unlabelled ones
    act as keyword weak labels), and an item's own label always decides.
    Matches the model was unsure about are kept with ``chosen`` False, for review.
    """
    if not labels:
        rules = compile_rules(themes)
        return {item.id: keyword_matches(rules, item.text_for_matching()) for item in items}
    from .learn import ThemeModel  # scikit-learn loads only when there is something to learn

    model = ThemeModel.train([i.text_for_matching() for i in training],
                             [labels.get(i.id, {}) for i in training], themes)
    decided = model.decide([i.text_for_matching() for i in items])
    result = {}
    for item, row in zip(items, decided, strict=True):
        own = labels.get(item.id, {})
        matches = []
        for d in row:
            chosen = own.get(d.theme, d.chosen)
            doubt = d.uncertainty if d.uncertain and d.theme not in own else 0.0
            if chosen or doubt:
                matches.append(ThemeMatch(d.theme, d.why, round(d.probability, 4), chosen, round(doubt, 4)))
        result[item.id] = tuple(matches)
    return result
