"""Theme decisions: which community themes an item belongs to, and why.

Pure functions over ``models``; no database or file I/O. ``classify`` is the
one entry point the pipeline calls, so the learned model can replace the
keyword rules behind it without the pipeline noticing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
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


_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> frozenset[str]:
    """The lower-case words of a text, for the quick test that skips most regex searches."""
    return frozenset(_TOKEN.findall(text.lower()))


def _first_words(keywords: Iterable[str]) -> frozenset[str]:
    """Words at least one of which a text must contain for any keyword to match it.

    A keyword's first word, with the plural forms ``_word_pattern`` allows when
    it is also the last word. Searching a 2 KB abstract with a theme's regex
    costs far more than this set test, and most items fail it.
    """
    words: set[str] = set()
    for keyword in keywords:
        parts = _TOKEN.findall(keyword.lower())
        if not parts:
            continue
        first = parts[0]
        words.add(first)
        if len(keyword.split()) == 1 and len(parts) == 1:
            words.update({first + "s", first + "es"})
            if first.endswith("y"):
                words.add(first[:-1] + "ies")
    return frozenset(words)


@dataclass(frozen=True)
class KeywordRule:
    """One theme's compiled keyword and exclude patterns."""

    theme: str
    keywords: tuple[str, ...]
    include: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    first_words: frozenset[str] = frozenset()

    def match(self, text: str, words: frozenset[str] | None = None) -> ThemeMatch | None:
        """The theme match for ``text``, naming the keywords that matched.

        ``words`` (from :func:`tokens`) lets many rules share one tokenisation.
        """
        if self.include is None:
            return None
        if not self.first_words & (tokens(text) if words is None else words):
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
        rules.append(KeywordRule(theme.key, keywords, _alternation(keywords), _alternation(theme.exclude),
                                 _first_words(keywords)))
    return tuple(rules)


def keyword_matches(rules: Sequence[KeywordRule], text: str) -> tuple[ThemeMatch, ...]:
    """Every theme whose keywords appear in ``text`` and whose excludes do not."""
    words = tokens(text)
    matches = (rule.match(text, words) for rule in rules)
    return tuple(m for m in matches if m is not None)


Decider = Callable[[Sequence[Item]], dict[str, tuple[ThemeMatch, ...]]]


def decider(themes: Sequence[Theme], *, training: Sequence[Item] = (),
            labels: Mapping[str, Mapping[str, bool]] | None = None) -> Decider:
    """A function that decides the themes of batches of items, trained (if at all) once.

    With no curators' labels this is the keyword rules, exactly. With labels, a
    model learns from them (``training`` items supply the texts; unlabelled ones
    act as keyword weak labels), and an item's own label always decides.
    Matches the model was unsure about are kept with ``chosen`` False, for review.
    """
    if not labels:
        rules = compile_rules(themes)
        return lambda items: {item.id: keyword_matches(rules, item.text_for_matching()) for item in items}
    from .learn import ThemeModel  # scikit-learn loads only when there is something to learn

    model = ThemeModel.train([i.text_for_matching() for i in training],
                             [labels.get(i.id, {}) for i in training], themes)
    known = labels

    def decide(items: Sequence[Item]) -> dict[str, tuple[ThemeMatch, ...]]:
        decided = model.decide([i.text_for_matching() for i in items], jobs=2 if len(items) >= 2000 else 1)
        result = {}
        for item, row in zip(items, decided, strict=True):
            own = known.get(item.id, {})
            matches = []
            for d in row:
                chosen = own.get(d.theme, d.chosen)
                doubt = d.uncertainty if d.uncertain and d.theme not in own else 0.0
                if chosen or doubt:
                    matches.append(ThemeMatch(d.theme, d.why, round(d.probability, 4), chosen, round(doubt, 4)))
            result[item.id] = tuple(matches)
        return result

    return decide


def classify(items: Sequence[Item], themes: Sequence[Theme], *, training: Sequence[Item] = (),
             labels: Mapping[str, Mapping[str, bool]] | None = None) -> dict[str, tuple[ThemeMatch, ...]]:
    """Decide the themes of each item: a map from item id to its matches (see :func:`decider`)."""
    return decider(themes, training=training, labels=labels)(items)
