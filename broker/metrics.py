"""Scores for theme decisions against labels: per-theme counts, micro/macro/example F1, plain sentences.

Kept apart from the model so evaluation reads the same whichever model decides.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


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
    return float(np.mean(seen)) if seen else 1.0


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
    mp, mr = float(np.mean(precisions)), float(np.mean(recalls))
    return 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def describe(counts: Mapping[str, Counts], names: Mapping[str, str] | None = None) -> list[str]:
    """One plain sentence per theme, e.g. "Of the 10 items the model put in
    Unpaid carers, 8 were right; it missed 3."
    """
    lines = []
    for key, c in counts.items():
        name, put = (names or {}).get(key, key), c.tp + c.fp
        right = "all were right" if c.tp == put > 1 else f"{c.tp} {'was' if c.tp == 1 else 'were'} right"
        head = f"Of the {put} {'item' if put == 1 else 'items'} the model put in {name}, {right}" if put else (
            f"The model put no items in {name}")
        lines.append(f"{head}; it missed {c.fn or 'none'}.")
    return lines
