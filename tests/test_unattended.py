"""Running unattended: one run at a time across processes, scheduled digests, and notes when nothing is new."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner

from broker import pipeline
from broker.cli import EXIT_LOCKED, main
from broker.config import load_config
from broker.lock import run_lock

from .conftest import FIXED_NOW, REPO
from .feeds import rss, story, write_config


def _config(tmp_path: Path, extra_group: str = "") -> Path:
    (tmp_path / "feed.xml").write_text(rss([story(1), story(2)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    if extra_group:
        with (tmp_path / "feeds.toml").open("a") as handle:
            handle.write(extra_group)
    return tmp_path / "feeds.toml"


def _hold_lock(config: Path) -> subprocess.Popen[str]:
    """Another process that takes the run lock and keeps it until killed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from broker.lock import run_lock\n"
         "with run_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)",
         str(load_config(config).lock_path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_build_started_while_another_runs_exits_at_once_with_its_own_code(tmp_path: Path) -> None:
    config = _config(tmp_path)
    holder = _hold_lock(config)
    try:
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "broker", "build", "--config", str(config)],
                                capture_output=True, text=True, timeout=60, cwd=REPO)
        elapsed = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()

    assert second.returncode == EXIT_LOCKED == 75
    assert second.stderr.startswith(f"Error: another broker run is in progress (process {holder.pid}, started ")
    assert second.stderr.count("\n") == 1
    assert elapsed < 10
    assert not (tmp_path / "site").exists(), "the second run did nothing"


def test_two_builds_started_together_make_one_set_of_digests(tmp_path: Path) -> None:
    config = _config(tmp_path)
    command = [sys.executable, "-m", "broker", "-q", "build", "--config", str(config)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
            for _ in range(2)]
    codes = sorted(run.wait(timeout=120) for run in runs)

    assert codes in ([0, 0], [0, EXIT_LOCKED])
    from broker.store import Store
    with Store.open(tmp_path / "broker.db") as store:
        assert store.count("digests") == 1
        assert store.count("runs") == codes.count(0)


def test_a_killed_lock_holder_does_not_block_the_next_run(tmp_path: Path) -> None:
    config = _config(tmp_path)
    holder = _hold_lock(config)
    os.kill(holder.pid, 9)
    holder.wait()

    result = CliRunner().invoke(main, ["build", "--config", str(config)])

    assert result.exit_code == 0, result.output


def test_a_scheduled_digest_builds_only_its_own_group(tmp_path: Path) -> None:
    config = _config(tmp_path, '\n[groups.other]\nname = "Other forum"\nthemes = ["carers"]\n')

    report = pipeline.build(load_config(config), clock=lambda: FIXED_NOW, groups=("other",))

    assert [d.group for d in report.digests] == ["other"]


def test_a_group_with_on_empty_note_gets_a_short_note_when_nothing_is_new(tmp_path: Path) -> None:
    config = _config(tmp_path, '\n[groups.noted]\nname = "Noted forum"\nthemes = ["carers"]\non_empty = "note"\n')
    loaded = load_config(config)
    pipeline.build(loaded, clock=lambda: FIXED_NOW, groups=("noted", "forum"))

    later = FIXED_NOW + timedelta(days=7)
    report = pipeline.build(loaded, clock=lambda: later, groups=("noted", "forum"))

    assert [(d.group, len(d.items)) for d in report.digests] == [("noted", 0)]
    page = (tmp_path / "site" / "noted" / f"{report.digests[0].id}.html").read_text()
    assert "Nothing new this time" in page
    note = (tmp_path / "outbox" / "noted" / f"{report.digests[0].id}.eml").read_text()
    assert "Subject: Noted forum: nothing new this time" in note


def test_cron_builds_never_send_notes(tmp_path: Path) -> None:
    config = _config(tmp_path, '\n[groups.noted]\nname = "Noted forum"\nthemes = ["carers"]\non_empty = "note"\n')
    loaded = load_config(config)
    pipeline.build(loaded, clock=lambda: FIXED_NOW)

    assert pipeline.build(loaded, clock=lambda: FIXED_NOW + timedelta(days=1)).digests == []


def test_status_shows_each_groups_next_scheduled_digest(tmp_path: Path) -> None:
    config = _config(tmp_path)
    text = config.read_text().replace('max_items = 50\n', 'max_items = 50\nschedule = "weekly"\n'
                                      'send_day = "thursday"\nsend_time = "10:30"\n')
    config.write_text(text)
    CliRunner().invoke(main, ["build", "--config", str(config)])

    status = CliRunner().invoke(main, ["status", "--config", str(config)])

    assert "next digest under broker schedule: Thursday" in status.output
    assert "at 10:30 (weekly on Thursday at 10:30)" in status.output


def test_a_bad_schedule_is_a_config_error(tmp_path: Path) -> None:
    config = _config(tmp_path)
    config.write_text(config.read_text().replace('max_items = 50\n', 'max_items = 50\nsend_time = "25:00"\n'))

    result = CliRunner().invoke(main, ["check", "--config", str(config)])

    assert result.exit_code == 2
    assert result.output == ("Error: feeds.toml: [groups.forum] send_time: '25:00' is not a time of day. "
                             'Write it like "09:00"\n')


def test_the_lock_is_shared_with_a_scheduler_job(tmp_path: Path) -> None:
    config = load_config(_config(tmp_path))
    with run_lock(config.lock_path):
        result = CliRunner().invoke(main, ["fetch", "--config", str(config.path)])
    assert result.exit_code == EXIT_LOCKED
