"""SIGKILL at random moments during `broker build`: the database stays sound, the site is never torn,
and a rerun ends exactly where a run with no crash would. (benchmarks/bench_crash.py tries fifty moments.)"""

from __future__ import annotations

from pathlib import Path

from .conftest import REPO
from .crashing import crash_trial


def test_killed_builds_leave_a_sound_database_a_whole_site_and_the_same_final_state(tmp_path: Path) -> None:
    report = crash_trial(REPO / "examples", tmp_path, points=6, seed=7)

    assert report.failures == []
    assert report.killed >= 3, "most kills should land while the build is running"
