"""How good the theme model is: cross-validation over curators' labels, and train/test files.

Uses the same model code as the pipeline (``learn.ThemeModel``), so the figures
describe what the digests actually do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import classify, metrics
from .errors import LabelError
from .models import Item, Theme, matching_text


@dataclass(frozen=True)
class Scores:
    micro_f1: float
    macro_f1: float
    example_f1: float


def themes_from_rows(rows: Sequence[Mapping[str, Any]]) -> tuple[Theme, ...]:
    """Without a config, the themes are the label set of the training file (no keywords)."""
    keys = sorted({t for row in rows for t in row.get("themes", [])})
    return tuple(Theme(key=k, label=k) for k in keys)


def check_rows(rows: Sequence[Mapping[str, Any]], name: str) -> None:
    """Each row has an id; "themes", where given, is a list (a row without it is unlabelled)."""
    for number, row in enumerate(rows, start=1):
        if "id" not in row:
            raise LabelError(f"{name} line {number}: has no \"id\". Each line must be "
                             '{"id", "title", "abstract"} with "themes": [...] if it is labelled')
        if "themes" in row and not isinstance(row["themes"], list):
            raise LabelError(f"{name} line {number}: \"themes\" must be a list of theme keys (it may be empty); "
                             'leave "themes" out for a row nobody has labelled')


def labels_of(row: Mapping[str, Any], keys: Sequence[str]) -> dict[str, bool]:
    """A row's labels: yes or no on every theme when it has "themes" (even []), none when it has not."""
    return {k: k in row["themes"] for k in keys} if "themes" in row else {}


def train_and_predict(train: Sequence[Mapping[str, Any]], test: Sequence[Mapping[str, Any]],
                      themes: Sequence[Theme]) -> list[dict[str, Any]]:
    """Train on the rows (unlabelled ones as keyword weak labels), predict for test rows: {"id", "themes"} each."""
    keys = [t.key for t in themes]
    unknown = sorted({t for row in train for t in row.get("themes", [])} - set(keys))
    if unknown:
        raise LabelError(f"the training file uses themes the config does not define: {', '.join(unknown)}. "
                         "Add them to [themes], or leave out --config to use the file's own themes")
    from . import learn  # scikit-learn loads only when a model is trained

    chosen = learn.fit_predict([_text(r) for r in train], [labels_of(r, keys) for r in train],
                               [_text(r) for r in test], themes, jobs=2)
    return [{"id": row["id"], "themes": [k for k in keys if k in found]} for row, found in zip(test, chosen,
                                                                                              strict=True)]


def score(test: Sequence[Mapping[str, Any]], predictions: Sequence[Mapping[str, Any]],
          themes: Sequence[Theme]) -> Scores:
    keys = [t.key for t in themes]
    gold = [{k: k in row.get("themes", []) for k in keys} for row in test]
    chosen = [set(p["themes"]) for p in predictions]
    counts = metrics.theme_counts(gold, chosen, keys)
    return Scores(metrics.micro_f1(counts), metrics.macro_f1(counts),
                  metrics.example_f1([set(row.get("themes", [])) for row in test], chosen))


@dataclass(frozen=True)
class Report:
    """What ``broker evaluate`` says: who decides each theme and why, and how decisions compare with labels."""

    deciders: list[str]  # one plain sentence per theme
    scores: list[str]  # one plain sentence per theme, from cross-validation; empty with under 2 labelled items
    labelled: int


def cross_validation(items: Sequence[Item], labels: Mapping[str, Mapping[str, bool]],
                     themes: Sequence[Theme], folds: int = 5) -> Report:
    """Who decides each theme, and per-theme sentences from k-fold cross-validation over the labelled items."""
    labelled = sum(1 for i in items if labels.get(i.id))
    checks = classify.decider(themes, training=items, labels=labels).checks
    names = {t.key: t.label for t in themes}
    deciders = [f"{names[c.theme]}: {c.reason(has_keywords=bool(t.keywords))}."
                for c, t in zip(checks, themes, strict=True)]
    if labelled < 2:
        return Report(deciders, [], labelled)
    from . import learn  # scikit-learn loads only to cross-validate

    counts = learn.cross_validate([i.text_for_matching() for i in items], [labels.get(i.id, {}) for i in items],
                                  themes, folds=folds)
    return Report(deciders, metrics.describe(counts, names), labelled)


def _text(row: Mapping[str, Any]) -> str:
    return matching_text(str(row.get("title") or ""), str(row.get("abstract") or ""),
                         tuple(row.get("categories") or ()))
