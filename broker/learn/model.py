"""Learned theme decisions: a model trained on curators' labels, keyword-seeded.

Pure code: it takes texts, labels and themes and returns decisions; no database
or file I/O. The model is cheap to train (seconds for thousands of labels), so
it is rebuilt whenever labels change instead of being stored.

Who decides a theme: its keyword rule, until the theme has at least
``min_per_class`` curator labels each way AND the model, checked on those labels
by cross-validation, does better than the keyword rule on the same items. A few
labels can never quietly undo a theme's keywords, and a failure while learning
one theme leaves that theme on its keywords (``ThemeModel.checks`` says why).

How the model decides, per theme (choices measured on the HoC benchmark, see
benchmarks/bench_classify.py):
- features (``features.py``): TF-IDF over word 1-2 grams and word prefixes;
- the 100 features with the highest chi-squared score for the theme, then
  logistic regression on those (selection beat every unselected model we tried);
- probabilities calibrated by Platt scaling on cross-validated scores, and a
  per-theme threshold that maximises F1 on those scores;
- if cross-validation shows it helps (it does on HoC, where every document has a
  theme), an item with none chosen gets its likeliest theme above a tuned floor,
  flagged as uncertain.
Labelled themes use the keyword rule as a weak label on their unlabelled items.
Explanations are the content words (and pairs of them) that added most to a
theme's score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import NamedTuple

import numpy as np
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from ..keywords import KeywordRule, Words, compile_rules, tokens
from ..metrics import MIN_LABELS_EACH_WAY, Counts, Takeover, example_f1, label_counts, theme_counts
from ..models import Theme, ThemeMatch
from .features import Features, chi2


@dataclass(frozen=True)
class Settings:
    """Model settings; the defaults are the ones chosen by cross-validation."""

    features_per_theme: int = 100
    C: float = 10.0
    weak_weight: float = 0.2  # a keyword weak label counts this much of a real one
    weak_fade: float = 200.0  # ...fading as real labels grow: w / (1 + n_real / fade)
    folds: int = 5
    min_per_class: int = MIN_LABELS_EACH_WAY  # real yes and no labels before the model is tried
    review_band: float = 0.25  # decisions this close to the threshold are flagged
    why_words: int = 3
    prefix: int = 6
    seed: int = 0


@dataclass(frozen=True)
class Decision:
    """One item's decision for one theme, with the words that counted."""

    theme: str
    probability: float
    threshold: float
    chosen: bool
    uncertain: bool  # close to the threshold: show it in `broker review`
    uncertainty: float  # 1 at the threshold, 0 when certain; sorts the review list
    why: tuple[str, ...]
    source: str  # "model", or "keywords" while the keyword rule decides the theme


def _fit_linear(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, s: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Selected columns and their weights, intercept last, for one theme."""
    cols = np.sort(np.argsort(-chi2(x, y, w), kind="stable")[: s.features_per_theme])
    model = LogisticRegression(C=s.C, solver="liblinear").fit(x[:, cols], y, sample_weight=w)
    return cols, np.append(model.coef_.ravel(), model.intercept_[0])


def _best_threshold(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """The probability cut that maximises (weighted) F1."""
    grid = np.arange(0.05, 0.951, 0.01)
    chosen = p[None, :] >= grid[:, None]
    f1 = 2 * (chosen * (w * y)).sum(axis=1) / ((chosen * w).sum(axis=1) + (w * y).sum())
    return float(grid[int(np.argmax(f1))])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-np.clip(z, -30, 30))))


def _two_classes(y: np.ndarray, least: int) -> bool:
    return bool(min(y.sum(), len(y) - y.sum()) >= least)


@dataclass(frozen=True, eq=False)  # holds arrays: compare decisions, not models
class _ThemeFit:
    """One theme's learned decision: a linear model, its calibration and cut, and how it did held out."""

    cols: np.ndarray
    coef: np.ndarray  # intercept last
    platt: tuple[float, float]  # slope and offset mapping scores to probabilities
    threshold: float
    oof: np.ndarray  # cross-validated probabilities of every row
    checked: np.ndarray  # the curator-labelled rows it was checked on
    held_out: np.ndarray  # its decision on each checked row: the row's cross-validated score, at the threshold


def _calibrate(scores: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[tuple[float, float], float]:
    """Platt scaling of scores to probabilities, and the probability cut that maximises F1."""
    lr = LogisticRegression(C=100.0).fit(scores[:, None], y, sample_weight=w)
    platt = (float(lr.coef_[0, 0]), float(lr.intercept_[0]))
    return platt, _best_threshold(_sigmoid(platt[0] * scores + platt[1]), y, w)


def _fit_theme(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, real: np.ndarray,
               fold: np.ndarray, s: Settings) -> _ThemeFit | None:
    """Fit one theme on its weighted rows (w > 0), checked and calibrated on the curators' labels.

    None when it cannot be checked: no words, or too few labelled rows of each
    kind left with a cross-validated score.
    """
    rows = np.flatnonzero(w > 0)
    if not x.shape[1] or not _two_classes(y[rows], 1):
        return None
    scores = np.full(len(y), np.nan)
    for f in range(s.folds):
        train, test = rows[fold[rows] != f], rows[fold[rows] == f]
        if len(test) and _two_classes(y[train], 1):
            cols, coef = _fit_linear(x[train], y[train], w[train], s)
            scores[test] = x[test][:, cols] @ coef[:-1] + coef[-1]
    checked = rows[real[rows] & ~np.isnan(scores[rows])]
    if not _two_classes(y[checked], 2):
        return None
    platt, threshold = _calibrate(scores[checked], y[checked], w[checked])
    cols, coef = _fit_linear(x[rows], y[rows], w[rows], s)
    oof = _sigmoid(platt[0] * np.nan_to_num(scores) + platt[1])
    # Each labelled row's score comes from a model that never saw its label. Choosing the cut on a
    # fifth fewer rows instead (per fold) was measured too: on HoC with 10 labels a theme it misjudged
    # the model by up to 0.27 F1 against held-out data and handed good themes back to the keywords.
    return _ThemeFit(cols, coef, platt, threshold, oof, checked, oof[checked] >= threshold)


def _counts(gold: np.ndarray, chosen: np.ndarray) -> Counts:
    return Counts(int((gold & chosen).sum()), int((~gold & chosen).sum()), int((gold & ~chosen).sum()))


class _Scores(NamedTuple):
    """Arrays over (item, learned theme), plus explanations keyed the same way."""

    prob: np.ndarray
    chosen: np.ndarray
    uncertain: np.ndarray
    uncertainty: np.ndarray
    why: dict[tuple[int, int], tuple[str, ...]]


@dataclass(frozen=True, eq=False)  # holds arrays: compare decisions, not models
class ThemeModel:
    """Decides every configured theme for many texts at once."""

    themes: tuple[Theme, ...]
    rules: tuple[KeywordRule, ...]
    learned: tuple[str, ...]  # themes decided by the model; the others by keywords
    checks: tuple[Takeover, ...]  # for every theme: its labels, and how model and keywords did on them
    features: Features | None
    weights: np.ndarray  # features x learned themes (zero outside selected columns)
    intercepts: np.ndarray
    platt: np.ndarray  # (slope, offset) per learned theme
    thresholds: np.ndarray
    floor: float | None  # force the likeliest theme when none is chosen and p >= floor
    settings: Settings

    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[Mapping[str, bool]],
              themes: Sequence[Theme], settings: Settings | None = None) -> ThemeModel:
        """Learn from curators' yes/no labels per (item, theme); keyword rules decide until the model is better.

        ``labels[i]`` holds the labels of ``texts[i]``, possibly none. A theme is
        handed to the model only when it has ``min_per_class`` labels each way and
        the model's cross-validated decisions on those labels beat the keyword
        rule's (higher F1); otherwise it keeps its keyword rule, so with few or
        no labels this model makes exactly the decisions of
        ``keywords.keyword_matches``. Unlabelled (item, theme) pairs take the
        keyword rule's decision as a weak label.
        """
        s, rules = settings or Settings(), compile_rules(themes)
        counts = label_counts(labels, [r.theme for r in rules])
        checks = {r.theme: Takeover(r.theme, *counts[r.theme]) for r in rules}
        ready = [r for r in rules if min(counts[r.theme]) >= s.min_per_class]
        feats = Features.fit(texts, s.prefix) if ready else None
        x = feats.transform(texts) if feats else sparse.csr_matrix((len(texts), 0))
        fold = np.random.default_rng(s.seed).permutation(len(texts)) % s.folds
        words: dict[int, Words] = {}

        def split(i: int) -> Words:
            """Each text is split into words once, however many themes read it."""
            if i not in words:
                words[i] = tokens(texts[i])
            return words[i]

        fits: dict[str, _ThemeFit] = {}
        said_by: dict[str, np.ndarray] = {}  # each ready theme's keyword decisions on every text
        for rule in ready:
            real = np.array([rule.theme in m for m in labels], dtype=bool)
            y = np.array([float(m.get(rule.theme, False)) for m in labels])
            said = said_by[rule.theme] = np.array([rule.match(t, split(i)) is not None for i, t in enumerate(texts)],
                                                  dtype=bool)
            w = real.astype(np.float64)
            if rule.include is not None:  # keyword weak labels, fading as real ones grow
                y[~real] = said[~real]
                w[~real] = s.weak_weight / (1 + real.sum() / s.weak_fade)
            try:
                fit = _fit_theme(x, y, w, real, fold, s)
            except Exception as exc:
                checks[rule.theme] = replace(checks[rule.theme], failure=f"{type(exc).__name__}: {exc}")
                continue
            if fit is None:
                continue
            gold = y[fit.checked] > 0
            checks[rule.theme] = replace(checks[rule.theme], model=_counts(gold, fit.held_out),
                                         keywords=_counts(gold, said[fit.checked]))
            if checks[rule.theme].model_decides:
                fits[rule.theme] = fit
        learned = tuple(fits)
        weights = np.zeros((len(feats.idf) if feats else 0, len(learned)))
        for j, fit in enumerate(fits.values()):
            weights[fit.cols, j] = fit.coef[:-1]
        thresholds = np.array([f.threshold for f in fits.values()])
        floor = None
        if learned and len(said_by) == len(rules):  # every theme labelled enough to tune on
            # Keyword-decided themes take part as sure yes/no columns; only learned ones may be forced.
            prob = np.column_stack([fits[r.theme].oof if r.theme in fits else said_by[r.theme].astype(float)
                                    for r in rules])
            cuts = np.array([fits[r.theme].threshold if r.theme in fits else 0.5 for r in rules])
            floor = _tune_floor(prob, cuts, np.array([r.theme in fits for r in rules]), [r.theme for r in rules],
                                labels)
        return cls(tuple(themes), rules, learned, tuple(checks[r.theme] for r in rules), feats if learned else None,
                   weights, np.array([f.coef[-1] for f in fits.values()]),
                   np.array([f.platt for f in fits.values()]).reshape(-1, 2), thresholds, floor, s)

    def _score(self, texts: Sequence[str], by_keywords: np.ndarray) -> _Scores:
        """Decisions of the learned themes, as arrays; ``by_keywords`` marks texts a keyword theme chose."""
        if self.features is None or not self.learned:
            empty = np.zeros((len(texts), 0))
            return _Scores(empty, empty.astype(bool), empty.astype(bool), empty, {})
        x = self.features.transform(texts)
        prob = _sigmoid((x @ self.weights + self.intercepts) * self.platt[:, 0] + self.platt[:, 1])
        t = self.thresholds
        chosen = prob >= t
        forced = np.zeros_like(chosen)
        if self.floor is not None:
            top = prob.argmax(axis=1)
            rows = np.flatnonzero(~chosen.any(axis=1) & ~by_keywords & (prob.max(axis=1) >= self.floor))
            forced[rows, top[rows]] = True
        uncertainty = np.clip(1 - np.abs(prob - t) / np.where(prob >= t, 1 - t, t), 0, 1)
        uncertain = (uncertainty >= 1 - self.settings.review_band) | forced
        return _Scores(prob, chosen | forced, uncertain, uncertainty, self._why(x, chosen | uncertain))

    def decide(self, texts: Sequence[str], jobs: int = 1) -> list[list[Decision]]:
        """Every theme's decision for every text, in the configured theme order.

        ``jobs`` > 1 scores chunks in that many processes (worth it from a few
        thousand texts). ``why`` is filled for chosen and uncertain decisions,
        the ones a person sees; it is empty for confident no's, to keep bulk
        classification fast.
        """
        if jobs > 1 and len(texts) >= 2000:
            step = -(-len(texts) // (4 * jobs))
            parts = Parallel(n_jobs=jobs)(delayed(self.decide)(texts[i:i + step]) for i in range(0, len(texts), step))
            return list(chain.from_iterable(parts))
        column = {k: j for j, k in enumerate(self.learned)}
        keyword_rules = [rule for rule in self.rules if rule.theme not in column]
        said: list[dict[str, ThemeMatch]] = []
        for text in texts:
            split = tokens(text) if keyword_rules else None  # once per text, for every keyword-decided theme
            said.append({r.theme: m for r in keyword_rules if (m := r.match(text, split)) is not None})
        prob, chosen, uncertain, uncertainty, why = self._score(texts, np.array([bool(s) for s in said], dtype=bool))
        t = self.thresholds.tolist()
        out: list[list[Decision]] = []
        for i, found in enumerate(said):
            row = []
            p, c, u, un = prob[i].tolist(), chosen[i].tolist(), uncertain[i].tolist(), uncertainty[i].tolist()
            for rule in self.rules:
                j = column.get(rule.theme)
                if j is None:
                    m = found.get(rule.theme)
                    row.append(Decision(rule.theme, 1.0 if m else 0.0, 0.5, m is not None, False, 0.0,
                                        m.why if m else (), "keywords"))
                else:
                    row.append(Decision(rule.theme, p[j], t[j], c[j], u[j], un[j], why.get((i, j), ()), "model"))
            out.append(row)
        return out

    def chosen(self, texts: Sequence[str], jobs: int = 1) -> list[set[str]]:
        """Just the chosen theme keys of each text (for evaluation)."""
        return [{d.theme for d in row if d.chosen} for row in self.decide(texts, jobs)]

    def _why(self, x: sparse.csr_matrix, wanted: np.ndarray) -> dict[tuple[int, int], tuple[str, ...]]:
        """The readable words that added most to each wanted (item, theme) score."""
        assert self.features is not None
        out: dict[tuple[int, int], tuple[str, ...]] = {}
        names: dict[int, str] = {}
        plain, n = self.features.plain(), self.settings.why_words
        for j in range(len(self.learned)):
            rows, cols = np.flatnonzero(wanted[:, j]), plain[self.weights[plain, j] > 0]
            if not rows.size or not cols.size:
                continue
            contrib = sparse.csr_matrix(x[rows][:, cols].multiply(self.weights[cols, j]))
            r = np.repeat(np.arange(len(rows)), np.diff(contrib.indptr))
            order = np.lexsort((-contrib.data, r))
            rank = np.arange(len(order)) - contrib.indptr[r[order]]
            for pos in order[rank < 2 * n]:  # spare candidates: skip repeats ("cell cycle", "cycle")
                col, key = int(cols[contrib.indices[pos]]), (int(rows[r[pos]]), j)
                name = names[col] = names.get(col) or self.features.name(col)
                have = out.get(key, ())
                if len(have) < n and not any(set(name.split()) & set(h.split()) for h in have):
                    out[key] = (*have, name)
        return out


def _tune_floor(prob: np.ndarray, thresholds: np.ndarray, learned: np.ndarray, keys: Sequence[str],
                labels: Sequence[Mapping[str, bool]]) -> float | None:
    """A floor for forcing one learned theme on items no theme chose, if cross-validated scores say it helps.

    Tuned on items labelled for every theme, by micro-F1 plus example-based F1;
    None (never force) wins ties, so groups whose items often fit no theme keep
    empty decisions. Keyword-decided themes (``learned`` False) count as sure
    yes/no columns and are never forced.
    """
    full = [i for i, m in enumerate(labels) if all(k in m for k in keys)]
    if len(full) < 20:
        return None
    gold = np.array([[labels[i][k] for k in keys] for i in full], dtype=bool)
    p = prob[full]
    base = p >= thresholds
    top = np.where(learned, p, -1.0).argmax(axis=1)
    best, floor = -1.0, None
    for f in [None, *np.arange(0.0, 0.51, 0.05)]:
        pred = base.copy()
        if f is not None:
            rows = np.flatnonzero(~base.any(axis=1) & (p[np.arange(len(p)), top] >= f))
            pred[rows, top[rows]] = True
        sets = [[{str(j) for j in np.flatnonzero(r)} for r in m] for m in (gold, pred)]
        score = _micro(gold, pred) + example_f1(*sets)
        if score > best + 1e-9:
            best, floor = score, f
    return None if floor is None else float(floor)


def _micro(gold: np.ndarray, pred: np.ndarray) -> float:
    tp, fp, fn = (gold & pred).sum(), (~gold & pred).sum(), (gold & ~pred).sum()
    return float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 1.0


def fit_predict(train_texts: Sequence[str], train_labels: Sequence[Mapping[str, bool]], test_texts: Sequence[str],
                themes: Sequence[Theme], jobs: int = 1) -> list[set[str]]:
    """Train as the pipeline does, choose test texts' themes.

    ``train_labels[i]`` holds the labels of ``train_texts[i]``: empty for an
    unlabelled text, which then acts as a keyword weak label, exactly as an
    unlabelled stored item does in a build.
    """
    return ThemeModel.train(train_texts, train_labels, themes).chosen(test_texts, jobs)


def to_matches(decisions: Sequence[Decision]) -> tuple[ThemeMatch, ...]:
    """The chosen decisions as the pipeline's ThemeMatch values (keyword ones score 1)."""
    return tuple(ThemeMatch(d.theme, d.why, d.probability if d.source == "model" else 1.0)
                 for d in decisions if d.chosen)


def review_queue(decisions: Sequence[Sequence[Decision]], theme: str | None = None,
                 limit: int = 20) -> list[tuple[int, Decision]]:
    """(item index, decision) pairs the model is least sure about, least sure first."""
    pairs = [(i, d) for i, row in enumerate(decisions) for d in row
             if d.uncertain and (theme is None or d.theme == theme)]
    return sorted(pairs, key=lambda p: -p[1].uncertainty)[:limit]


def cross_validate(texts: Sequence[str], labels: Sequence[Mapping[str, bool]], themes: Sequence[Theme],
                   folds: int = 5, settings: Settings | None = None) -> dict[str, Counts]:
    """k-fold cross-validation over the labelled items: per-theme counts.

    Each fold's labelled items are decided by a model trained without them
    (unlabelled items stay in training as keyword weak labels).
    """
    labelled = np.flatnonzero([bool(m) for m in labels])
    keys = [t.key for t in themes]
    total = {k: Counts() for k in keys}
    k = min(folds, len(labelled))
    if k < 2:
        return total
    fold = np.random.default_rng((settings or Settings()).seed).permutation(len(labelled)) % k
    for f in range(k):
        test = set(labelled[fold == f].tolist())
        train = [i for i in range(len(texts)) if i not in test]
        model = ThemeModel.train([texts[i] for i in train], [labels[i] for i in train], themes, settings)
        order = sorted(test)
        part = theme_counts([labels[i] for i in order], model.chosen([texts[i] for i in order]), keys)
        total = {t: Counts(total[t].tp + part[t].tp, total[t].fp + part[t].fp, total[t].fn + part[t].fn)
                 for t in keys}
    return total
