"""Kill `broker build` with SIGKILL at 50 random moments (each followed by a rerun) on the demo feeds.

Every time: PRAGMA integrity_check is ok, the published site is one whole build (old or new), and
the final state equals that of a run with no crash. Exits non-zero on any failure.
Run: .venv/bin/python benchmarks/bench_crash.py [--points 50] [--seed 2026]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crashing import crash_trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as work:
        report = crash_trial(ROOT / "examples", Path(work), args.points, args.seed)
    print(f"trials: {args.points}; kills tried: {report.tried}; builds killed while running: {report.killed}; "
          f"failures: {len(report.failures)}; {time.perf_counter() - started:.0f} s")
    for failure in report.failures:
        print("  " + failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
