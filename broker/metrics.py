"""Scores for theme decisions against labels: per-theme counts, micro/macro/example F1, plain sentences.

Kept apart from the model so evaluation reads the same whichever model decides,
and so the rule for when the model may take a theme over from its keywords
(``Takeover``) can be read and worded without loading scikit-learn.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

MIN_LABELS_EACH_WAY = 5  # curator yes and no labels a theme needs before the model is tried on it


@dataclass(frozen=True)
class Counts:
    """How one theme's decisions compare with curators' labels."""

    tp: int = 0  # labelled yes, put in the theme
    fp: int = 0  # labelled no, put in the theme
    fn: int = 0  # labelled yes, left out

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0


def theme_counts(gold: Sequence[Mapping[str, bool]], chosen: Sequence[Collection[str]],
                 themes: Sequence[str]) -> dict[str, Counts]:
    """Per-theme counts over the (item, theme) pairs that have a curator label."""
    out = {}
    for key in themes:
        pairs = [(g[key], key in c) for g, c in zip(gold, chosen, strict=True) if key in g]
        out[key] = Counts(sum(y and p for y, p in pairs), sum(p and not y for y, p in pairs),
                          sum(y and not p for y, p in pairs))
    return out


def micro_f1(counts: Mapping[str, Counts]) -> float:
    """F1 over all (item, theme) pairs pooled; 1.0 when there is nothing to find or find."""
    return Counts(sum(c.tp for c in counts.values()), sum(c.fp for c in counts.values()),
                  sum(c.fn for c in counts.values())).f1


def macro_f1(counts: Mapping[str, Counts]) -> float:
    """Mean of per-theme F1 over themes that occur in the labels or the decisions.

    A theme with no yes label and no decision has no evidence either way and is
    left out of the mean (rather than counted as 0 or 1).
    """
    seen = [c.f1 for c in counts.values() if c.tp + c.fp + c.fn]
    return fmean(seen) if seen else 1.0


def example_f1(gold: Sequence[Collection[str]], predicted: Sequence[Collection[str]]) -> float:
    """Example-based F1 (the HoC / BLUE metric): F of mean precision and mean recall.

    Per document: precision = |gold & predicted| / |predicted|, recall =
    |gold & predicted| / |gold|. An empty predicted set has precision 0 and an
    empty gold set recall 0 (BLUE's eval_hoc.py gives precision 0 to empty
    predictions; it has no empty gold sets), except that a document with both
    sets empty is right: precision and recall 1.
    """
    precisions, recalls = [], []
    for g, p in zip(gold, predicted, strict=True):
        g, p = set(g), set(p)
        if not g and not p:
            precisions.append(1.0)
            recalls.append(1.0)
        else:
            precisions.append(len(g & p) / len(p) if p else 0.0)
            recalls.append(len(g & p) / len(g) if g else 0.0)
    if not precisions:
        return 1.0
    mp, mr = fmean(precisions), fmean(recalls)
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def describe(counts: Mapping[str, Counts], names: Mapping[str, str] | None = None) -> list[str]:
    """One plain sentence per theme, e.g. "Of the 10 items put in Unpaid carers, 8 were right; 3 were missed."

    Worded for whoever decided: the keyword rule or the model.
    """
    lines = []
    for key, c in counts.items():
        name, put = (names or {}).get(key, key), c.tp + c.fp
        right = "all were right" if c.tp == put > 1 else f"{c.tp} {'was' if c.tp == 1 else 'were'} right"
        head = f"Of the {put} {'item' if put == 1 else 'items'} put in {name}, {right}" if put else (
            f"No items were put in {name}")
        missed = "none was missed" if not c.fn else f"{c.fn} {'was' if c.fn == 1 else 'were'} missed"
        lines.append(f"{head}; {missed}.")
    return lines


def label_counts(labels: Iterable[Mapping[str, bool]], themes: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(yes, no) curator labels per theme."""
    yes, no = dict.fromkeys(themes, 0), dict.fromkeys(themes, 0)
    for row in labels:
        for theme, said in row.items():
            if theme in yes:
                (yes if said else no)[theme] += 1
    return {t: (yes[t], no[t]) for t in themes}


@dataclass(frozen=True)
class Takeover:
    """Whether the model may decide a theme: its labels, and how model and keywords did on them.

    ``model`` holds the model's cross-validated decisions on the labelled items
    (each made by a model that had not seen that item's label) and ``keywords``
    the keyword rule's decisions on the same items. The model decides only when
    it did strictly better (higher F1): a tie goes to the keywords, which a
    curator can read and change.
    """

    theme: str
    yes: int = 0
    no: int = 0
    model: Counts | None = None  # None: not checked (too few labels, or the model failed)
    keywords: Counts | None = None
    failure: str = ""  # why learning this theme failed, if it did

    def as_dict(self) -> dict[str, object]:
        return {"theme": self.theme, "yes": self.yes, "no": self.no, "failure": self.failure,
                "model": list(vars(self.model).values()) if self.model else None,
                "keywords": list(vars(self.keywords).values()) if self.keywords else None}

    @classmethod
    def from_dict(cls, row: Mapping[str, Any]) -> Takeover:
        return cls(str(row["theme"]), int(row["yes"]), int(row["no"]),
                   Counts(*row["model"]) if row.get("model") else None,
                   Counts(*row["keywords"]) if row.get("keywords") else None, str(row.get("failure") or ""))

    @property
    def model_decides(self) -> bool:
        return (not self.failure and self.model is not None and self.keywords is not None
                and self.model.f1 > self.keywords.f1)

    @property
    def decided_by(self) -> str:
        return "model" if self.model_decides else "keywords"

    def reason(self, has_keywords: bool = True, least: int = MIN_LABELS_EACH_WAY) -> str:
        """Why the keywords or the model decide this theme, in words a curator can act on."""
        rule = "its keywords decide" if has_keywords else (
            "it has no keywords, so only items labelled yes are in it")
        if self.failure:
            return f"the model could not learn from its labels ({self.failure}), so {rule}"
        labels = _labels(self.yes, self.no)
        if min(self.yes, self.no) < least:
            if not self.yes and not self.no:
                return f"no labels yet, so {rule}"
            return (f"{labels} so far; the model needs at least {least} of each before it can be tried, so {rule}")
        if self.model is None or self.keywords is None:
            return f"{labels}, but the model could not be checked against them yet, so {rule}"
        found = (f"the model {_score(self.model)}; the keywords {_score(self.keywords)}" if has_keywords
                 else f"the model {_score(self.model)}")
        if self.model_decides:
            return f"the model decides: checked against {labels}, {found}"
        return f"checked against {labels}, the model did no better ({found}), so {rule}"


def _labels(yes: int, no: int) -> str:
    return f"{yes} yes and {no} no {'label' if yes + no == 1 else 'labels'}"


def _score(c: Counts) -> str:
    wrong = f"{c.fp} wrong {'pick' if c.fp == 1 else 'picks'}" if c.fp else "no wrong picks"
    return f"found {c.tp} of {c.tp + c.fn} yes items with {wrong}"
