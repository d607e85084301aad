"""Kill `broker build` with SIGKILL at random moments, rerun it, and check that nothing is torn or lost.

Shared by tests/test_crash.py (a few kill points) and benchmarks/bench_crash.py (fifty).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def build_command(config: Path) -> list[str]:
    return [sys.executable, "-m", "broker", "-q", "build", "--config", str(config)]


def run_build(config: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(build_command(config), capture_output=True, text=True, timeout=300, cwd=REPO)
    if done.returncode != 0:
        raise AssertionError(f"build failed: {done.stderr}")
    return time.perf_counter() - started


def killed_build(config: Path, after: float) -> bool:
    """Start a build and SIGKILL it after ``after`` seconds; True if it was still running."""
    process = subprocess.Popen(build_command(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=REPO, start_new_session=True)
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the parse workers die with it, as in a real crash
        process.wait()
        return True


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [v for k, v in attrs if k in ("href", "src") and v]


def site_problems(site: Path) -> list[str]:
    """Why the published site is not one complete build (empty list: it is)."""
    if not site.exists():
        return []  # killed before the first publish: no site yet is fine, a torn one is not
    problems = []
    if not (site / "index.html").is_file() or not (site / "style.css").is_file():
        problems.append("index.html or style.css missing")
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.hrefs:
            if "://" in href or href.startswith(("#", "mailto:")):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            if not target.exists():
                problems.append(f"{page.relative_to(site)} links to missing {href}")
    return problems


def integrity(database: Path) -> str:
    if not database.exists():
        return "ok"
    with sqlite3.connect(database) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def state(database: Path, outbox: Path, root: Path) -> dict[str, object]:
    """What a build leaves behind, without the times at which it happened or the folder it ran in."""
    with sqlite3.connect(database) as conn:
        def rows(sql: str) -> list[tuple[object, ...]]:
            found = conn.execute(sql).fetchall()
            return sorted(tuple(v.replace(str(root), "ROOT") if isinstance(v, str) else v for v in row)
                          for row in found)
        result: dict[str, object] = {
            "items": rows("select id, title, link, doi, summary, kind from items"),
            "sources": rows("select feed_url, entry_key, item_id from sources"),
            "themes": rows("select item_id, theme, why from item_themes"),
            "digests": rows("select group_key, item_count, state, queued from digests"),
            "digest_items": rows("select group_key, item_id, position from digest_items"),
            "feeds": rows("select url, item_count, last_error from feeds"),
        }
    result["emails"] = sorted(p.parent.name for p in outbox.rglob("*.eml"))
    return result


@dataclass
class CrashReport:
    tried: int = 0
    killed: int = 0
    failures: list[str] = field(default_factory=list)


def crash_trial(demo: Path, work: Path, points: int, seed: int = 2026) -> CrashReport:
    """Kill a fresh demo build ``points`` times at random moments, rerunning after each kill."""
    reference = work / "reference"
    shutil.copytree(demo, reference / "examples")
    duration = run_build(reference / "examples" / "demo.toml")
    expected = state(reference / ".demo" / "broker.db", reference / ".demo" / "outbox", reference)
    chance = random.Random(seed)
    report = CrashReport()
    for n in range(points):
        trial = work / f"trial-{n}"
        shutil.copytree(demo, trial / "examples")
        config = trial / "examples" / "demo.toml"
        # Several kills in a row on the same folder, as a flaky server might suffer.
        for _ in range(chance.randint(1, 3)):
            report.tried += 1
            report.killed += killed_build(config, chance.uniform(0.0, duration * 1.1))
            checked = integrity(trial / ".demo" / "broker.db")
            if checked != "ok":
                report.failures.append(f"trial {n}: integrity_check says {checked}")
            report.failures += [f"trial {n}: {p}" for p in site_problems(trial / "site")]
        run_build(config)
        final = state(trial / ".demo" / "broker.db", trial / ".demo" / "outbox", trial)
        if final != expected:
            differing = [k for k in expected if final.get(k) != expected[k]]
            report.failures.append(f"trial {n}: final state differs from a run with no crash in {differing}")
        shutil.rmtree(trial)
    return report
