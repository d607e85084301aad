"""Theme decisions: which community themes an item belongs to, and why.

Pure functions over ``models``; no database or file I/O. ``decider`` is the
one entry point the pipeline calls. Each theme is decided by its keyword rule
(``keywords.py``) until curators have labelled enough items for the learned
model (``learn``) to be tried on it, and the model then beats the keywords on
those labels. An item's own label always wins. scikit-learn is imported only
when some theme has labels enough to try the model.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from .keywords import compile_rules, keyword_matches
from .metrics import MIN_LABELS_EACH_WAY, Takeover, label_counts
from .models import Item, Theme, ThemeMatch

log = logging.getLogger(__name__)
Labels = Mapping[str, Mapping[str, bool]]  # item id -> theme key -> yes or no


class _Decide(Protocol):
    def __call__(self, items: Sequence[Item]) -> dict[str, tuple[ThemeMatch, ...]]: ...


@dataclass(frozen=True)
class Decider:
    """Decides the themes of batches of items; ``checks`` says who decides each theme and why."""

    decide: _Decide
    checks: tuple[Takeover, ...]

    def __call__(self, items: Sequence[Item]) -> dict[str, tuple[ThemeMatch, ...]]:
        return self.decide(items)

    @property
    def failures(self) -> list[Takeover]:
        """Themes whose model failed while learning, and so fell back to their keywords."""
        return [c for c in self.checks if c.failure]


def decider(themes: Sequence[Theme], *, training: Sequence[Item] = (), labels: Labels | None = None) -> Decider:
    """A function that decides the themes of batches of items, trained (if at all) once.

    With too few labels for any theme this is the keyword rules, with labelled
    items following their labels. Otherwise a model learns from the labels
    (``training`` items supply the texts; unlabelled ones act as keyword weak
    labels) and takes over each theme where it beats the keyword rule. Matches
    the model was unsure about are kept with ``chosen`` False, for review.
    """
    labels = labels or {}
    keys = [t.key for t in themes]
    counts = label_counts(labels.values(), keys)
    checks = tuple(Takeover(k, *counts[k]) for k in keys)
    if any(min(pair) >= MIN_LABELS_EACH_WAY for pair in counts.values()):
        try:
            return _learned(themes, training, labels)
        except Exception as exc:
            failure = f"{type(exc).__name__}: {exc}"
            checks = tuple(replace(c, failure=failure) if min(c.yes, c.no) >= MIN_LABELS_EACH_WAY else c
                           for c in checks)
    rules = compile_rules(themes)

    def decide(items: Sequence[Item]) -> dict[str, tuple[ThemeMatch, ...]]:
        out = {}
        for item in items:
            found = keyword_matches(rules, item.text_for_matching())
            own = labels.get(item.id)
            if own:  # a curator's label decides, whatever the keywords say
                matched = {m.theme: m for m in found}
                found = tuple(matched.get(k, ThemeMatch(k, ())) for k in keys if own.get(k, k in matched))
            out[item.id] = found
        return out

    return Decider(decide, checks)


def _learned(themes: Sequence[Theme], training: Sequence[Item], labels: Labels) -> Decider:
    from .learn import ThemeModel  # scikit-learn loads only when there is something to learn

    model = ThemeModel.train([i.text_for_matching() for i in training],
                             [labels.get(i.id, {}) for i in training], themes)

    def decide(items: Sequence[Item]) -> dict[str, tuple[ThemeMatch, ...]]:
        decided = model.decide([i.text_for_matching() for i in items], jobs=2 if len(items) >= 2000 else 1)
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

    return Decider(decide, model.checks)


def classify(items: Sequence[Item], themes: Sequence[Theme], *, training: Sequence[Item] = (),
             labels: Labels | None = None) -> dict[str, tuple[ThemeMatch, ...]]:
    """Decide the themes of each item: a map from item id to its matches (see :func:`decider`)."""
    return decider(themes, training=training, labels=labels)(items)
