"""Five years of weekly digests: does a build in the fifth year cost what it did in the first?

The site keeps every digest and an item page for everything a digest has
shown, so without care each build would remake (and re-index for search)
more every week. This runs `broker build` once a week on a simulated clock
for ``--years`` years (four groups, 25 subscribers each, a feed file with
40 new research items a week, .eml outbox) and reports the build times of
each year and what the site has grown to.

Its cost does not grow with the archive of stored items, but it does grow,
slowly, with the published site: every page the site has ever published is
hard-linked into each new build, its key worked out, and the oldest build's
copy removed (about 0.1 ms a page). The figures show that growth per
thousand item pages. Target (exit status 1 if missed): the median weekly
build of the fifth year (about 8,800 item pages) stays under 2 s.

Builds run in this one process, one after another (a cron job would start a
fresh process each week; that start-up cost does not change with the years).

Run:   .venv/bin/python benchmarks/bench_history.py            (about 5 minutes on 2 cores)
       .venv/bin/python benchmarks/bench_history.py --years 1  (quicker)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import feedgen  # noqa: E402
from bench_pipeline import SUBSCRIBERS, theme_and_group_tables  # noqa: E402

PER_WEEK = 40
START = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # a Monday morning
LAST_YEAR_LIMIT = 2.0  # seconds, median weekly build of the last year


def write_config(folder: Path, feed: Path) -> Path:
    lines = ['[broker]', 'title = "History"', 'base_url = "https://example.org/digest/"', "backlog_days = 36500", "",
             "[[feeds]]", 'name = "Weekly Journal"', f'url = "{feed}"', ""]
    path = folder / "feeds.toml"
    path.write_text("\n".join(lines + theme_and_group_tables()), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    from broker import pipeline
    from broker.config import load_config
    from broker.store import Store

    work = Path(tempfile.mkdtemp(prefix="bench-history-"))
    feed = work / "journal.xml"
    config = load_config(write_config(work, feed))
    with Store.open(config.database) as store:
        for group in config.groups:
            store.subscribe_many(group.key, [(f"reader{n}@example.org", f"Reader {n}") for n in range(SUBSCRIBERS)],
                                 START)
    times: dict[int, list[float]] = {}
    pages_at: dict[int, int] = {}
    began = time.perf_counter()
    try:
        for week in range(52 * args.years):
            now = START + timedelta(weeks=week)
            # Dated up to 2,000 hours back, as journals' feeds carry papers first published a while ago.
            feed.write_bytes(feedgen.feed_xml(0, PER_WEEK, start=week * PER_WEEK, epoch=now))
            start = time.perf_counter()
            report = pipeline.build(config, clock=lambda now=now: now, send=True)  # type: ignore[misc]
            took = time.perf_counter() - start
            times.setdefault(week // 52 + 1, []).append(took)
            if report.failed or report.search_problem:
                raise SystemExit(f"week {week}: {[r.error for r in report.failed]} {report.search_problem}")
            if week % 52 == 51:
                site = Path(report.site or config.output.resolve())
                pages = pages_at[week // 52 + 1] = sum(1 for _ in (site / "items").iterdir())
                bundles = sorted(p.name for p in (site / "pagefind").iterdir())
                year = times[week // 52 + 1]
                print(f"year {week // 52 + 1}: median build {statistics.median(year):.2f} s, slowest "
                      f"{max(year):.2f} s; the site now has {pages:,} item pages and search periods {bundles}",
                      flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    first, last = statistics.median(times[1]), statistics.median(times[max(times)])
    verdict = "PASS" if last < LAST_YEAR_LIMIT else "FAIL"
    per_thousand = (last - first) / max(1e-9, (pages_at[max(times)] - pages_at[1]) / 1000)
    print(f"\n# target: [{verdict}] median weekly build in year {max(times)}: {last:.2f} s (under "
          f"{LAST_YEAR_LIMIT:g} s); year 1 {first:.2f} s; growth {per_thousand:.3f} s per 1,000 item pages")
    print(f"# {52 * args.years} weekly builds took {time.perf_counter() - began:.0f} s")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
