"""Plain-language summaries against the issue's targets, on 411 Cochrane abstracts.

Writes the summaries for ../shared/data/cochrane-pls/val.jsonl to a temporary
OUT.jsonl with the same code the digest uses (plain_rows), scores them with
../shared/tools/plainness.py, times plain_entry on one core, and exits 1 if any
target is missed. The data set is read where it lies, never copied into the repo.

    python benchmarks/bench_plain.py [--data FILE] [--scorer FILE] [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from broker.plain import parse_glossary, plain_entry, plain_rows  # noqa: E402

SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "cochrane-pls" / "val.jsonl"
SCORER = SHARED / "tools" / "plainness.py"

# The targets: (key, test, wording).
TARGETS = (
    ("fkgl_mean", lambda v: v is not None and v <= 8.0, "<= 8.0"),
    ("number_faithful", lambda v: v >= 0.99, ">= 0.99"),
    ("stats_free", lambda v: v >= 0.99, ">= 0.99"),
    ("novel_rate_mean", lambda v: v is not None and v <= 0.25, "<= 0.25"),
    ("rouge1_recall", lambda v: v is not None and v >= 0.17, ">= 0.17"),
    ("words_mean", lambda v: v is not None and v <= 80, "<= 80"),
    ("missing_count", lambda v: v == 0, "== 0"),
)
MIN_RATE = 500.0  # summaries a second, one core


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--repeats", type=int, default=5, help="timing passes; the fastest counts (default 5)")
    args = ap.parse_args()
    for path in (args.data, args.scorer):
        if not path.is_file():
            print(f"bench_plain: {path} not found (it lives in ../shared beside the repo)", file=sys.stderr)
            return 2

    glossary = parse_glossary(tomllib.loads((ROOT / "broker" / "glossary.toml").read_text(encoding="utf-8")))
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "OUT.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for result in plain_rows(rows, glossary):
                fh.write(json.dumps(result) + "\n")
        done = subprocess.run([sys.executable, str(args.scorer), str(args.data), str(out)],
                              capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)
    print(json.dumps(scores))

    # Speed: plain_entry over every row, one process, one core. The fastest of a few passes
    # is reported, as timeit does, so other work on the machine does not count against us.
    best_cpu = best_wall = float("inf")
    for _ in range(max(1, args.repeats)):
        wall, cpu = time.perf_counter(), time.process_time()
        for row in rows:
            plain_entry(row.get("title") or "", row["abstract"], glossary=glossary)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    rate = len(rows) / best_cpu
    print(f"speed: {rate:.0f} summaries/s on one core (CPU time; {len(rows) / best_wall:.0f}/s wall clock), "
          f"best of {args.repeats} passes over {len(rows)} rows")

    missed = [f"{key} = {scores.get(key)} (target {want})" for key, ok, want in TARGETS if not ok(scores.get(key))]
    if rate < MIN_RATE:
        missed.append(f"speed = {rate:.0f}/s (target >= {MIN_RATE:.0f}/s)")
    for line in missed:
        print(f"MISSED {line}", file=sys.stderr)
    print("all targets met" if not missed else f"{len(missed)} target(s) missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
