"""Benchmark of the learned theme model on Hallmarks of Cancer (HoC).

Prints each figure next to its target and exits 1 if any target is missed:
- full data: train on train.jsonl, score dev.jsonl (example-based F1, micro-F1);
- few labels: 10 labelled items per theme, with and without the keyword seeds
  of benchmarks/hoc_themes.toml (mean over 5 random draws, scored on dev);
- speed: train on 5,000 labelled texts; classify 100,000 texts on 2 cores.

The data is read from shared/data/hoc beside the repository (or --data) and
never copied. Run: python benchmarks/bench_classify.py [--data DIR] [--jobs 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from targets import Report

from broker.learn import ThemeModel, text_of
from broker.metrics import example_f1, macro_f1, micro_f1, theme_counts
from broker.models import Theme

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "hoc"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def hoc_themes(with_keywords: bool) -> list[Theme]:
    with (HERE / "hoc_themes.toml").open("rb") as f:
        rows = tomllib.load(f)["themes"]
    return [Theme(r["key"], r["label"], r.get("description", ""),
                  tuple(r["keywords"]) if with_keywords else ()) for r in rows]


def text(row: dict) -> str:
    return text_of(row.get("title", ""), row.get("abstract", ""))


def score(model: ThemeModel, rows: list[dict], keys: list[str]) -> dict[str, float]:
    chosen = model.chosen([text(r) for r in rows])
    gold = [set(r["themes"]) for r in rows]
    counts = theme_counts([{k: k in g for k in keys} for g in gold], chosen, keys)
    return {"micro": micro_f1(counts), "macro": macro_f1(counts), "example": example_f1(gold, chosen)}


def full_data(train: list[dict], dev: list[dict], report: Report) -> None:
    print("Full data: train on train.jsonl, score on dev.jsonl")
    themes = hoc_themes(with_keywords=True)
    keys = [t.key for t in themes]
    labels = [{k: k in r["themes"] for k in keys} for r in train]
    start = time.perf_counter()
    model = ThemeModel.train([text(r) for r in train], labels, themes)
    report.info("training time", f"{time.perf_counter() - start:.1f} s for {len(train)} documents")
    result = score(model, dev, keys)
    report.figure("example-based F1 (HoC metric)", result["example"], 0.87)
    report.figure("micro-F1", result["micro"], 0.83)
    report.info("macro-F1", f"{result['macro']:.3f}")


def few_labels(train: list[dict], dev: list[dict], report: Report, draws: int) -> None:
    print(f"Few labels: 10 labelled items per theme, mean over {draws} draws, scored on dev")
    with_kw, without_kw = hoc_themes(True), hoc_themes(False)
    keys = [t.key for t in with_kw]
    texts = [text(r) for r in train]
    gains, scores = [], {True: [], False: []}
    for draw in range(draws):
        rng = random.Random(draw)
        picked: set[int] = set()
        for key in keys:  # 10 items that have the theme; each labelled for every theme
            picked.update(rng.sample([i for i, r in enumerate(train) if key in r["themes"]], 10))
        labels = [{k: k in r["themes"] for k in keys} if i in picked else {} for i, r in enumerate(train)]
        micro = {}
        for seeded, themes in ((True, with_kw), (False, without_kw)):
            micro[seeded] = score(ThemeModel.train(texts, labels, themes), dev, keys)["micro"]
            scores[seeded].append(micro[seeded])
        gains.append(micro[True] - micro[False])
        report.info(f"draw {draw} ({len(picked)} labelled items)",
                    f"micro-F1 {micro[True]:.3f} with keywords, {micro[False]:.3f} without")
    report.info("mean micro-F1 with keywords", f"{np.mean(scores[True]):.3f}")
    report.info("mean micro-F1 without keywords", f"{np.mean(scores[False]):.3f}")
    report.figure("micro-F1 gain from keyword seeds", float(np.mean(gains)), 0.10)


def synthetic(train: list[dict], n: int, seed: int) -> tuple[list[str], list[list[str]]]:
    """n texts made by resampling HoC abstracts, their sentences shuffled."""
    rng = random.Random(seed)
    texts, themes = [], []
    for _ in range(n):
        row = rng.choice(train)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", row["abstract"])
        rng.shuffle(sentences)
        texts.append(text_of(row.get("title", ""), " ".join(sentences)))
        themes.append(row["themes"])
    return texts, themes


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, list[float], object]:
    """Best wall time of a few runs (as timeit does): other work on the machine only adds time."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), times, result


def speed(train: list[dict], report: Report, jobs: int, runs: int) -> None:
    print(f"Speed (best of {runs} runs; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    themes = hoc_themes(with_keywords=True)
    keys = [t.key for t in themes]
    texts, gold = synthetic(train, 5000, seed=1)
    labels = [{k: k in g for k in keys} for g in gold]
    best, times, model = best_of(runs, lambda: ThemeModel.train(texts, labels, themes))
    assert isinstance(model, ThemeModel)
    report.figure("train on 5,000 labelled texts", best, 30, " s", lower_is_better=True)
    report.info("  (all runs)", ", ".join(f"{t:.1f} s" for t in times))
    items, _ = synthetic(train, 100_000, seed=2)
    best, times, decided = best_of(runs, lambda: model.decide(items, jobs=jobs))
    assert isinstance(decided, list)
    report.figure(f"classify 100,000 texts (jobs={jobs})", best, 30, " s", lower_is_better=True)
    report.info("  (all runs)", ", ".join(f"{t:.1f} s" for t in times))
    report.info("  items with a theme", f"{sum(any(d.chosen for d in row) for row in decided):,}")
    same = model.decide(items[:3000]) == decided[:3000]
    report.info("  parallel decisions equal serial ones", "yes" if same else "NO")
    if not same:
        report.missed.append("parallel decisions differ from serial ones")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--draws", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each speed test; the best counts")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    if not (args.data / "train.jsonl").exists():
        print(f"No HoC data in {args.data}: pass --data DIR (with train.jsonl and dev.jsonl).")
        return 1
    train, dev = load(args.data / "train.jsonl"), load(args.data / "dev.jsonl")
    report = Report()
    full_data(train, dev, report)
    few_labels(train, dev, report, args.draws)
    if not args.skip_speed:
        speed(train, report, args.jobs, args.runs)
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
