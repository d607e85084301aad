"""`broker schedule`: digests at the right local time all year, one run at a time, and a clean stop."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from broker.config import Config, parse_config
from broker.errors import ConfigError, LockError
from broker.lock import run_lock
from broker.models import GroupSchedule
from broker.schedule import DIGEST_GRACE, FETCH_JOB_ID, make_scheduler, run_scheduler
from broker.timetable import parse_group_schedule
from broker.triggers import next_run, trigger_for

REPO = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")
# In 2026 the UK's clocks go forward at 01:00 UTC on Sunday 29 March and back at 01:00 UTC on Sunday 25 October.
SPRING_SUNDAY = datetime(2026, 3, 29, tzinfo=UTC)
AUTUMN_SUNDAY = datetime(2026, 10, 25, tzinfo=UTC)
WEEKLY_MONDAY = GroupSchedule()
WEEKLY_SUNDAY = GroupSchedule("weekly", "sunday", "09:00")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse(**raw: object) -> GroupSchedule:
    return parse_group_schedule(raw, where="feeds.toml: [groups.forum]")


def fire_times(group_schedule: GroupSchedule, start: datetime, count: int) -> list[datetime]:
    """The next ``count`` firings, asked of the trigger the way the scheduler asks it."""
    trigger = trigger_for(group_schedule, LONDON)
    times: list[datetime] = []
    previous, now = None, start
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, now)
        assert fire is not None
        times.append(fire.astimezone(UTC))
        previous, now = fire, fire
    return times


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config({"broker": {"title": "Test", "database": str(tmp_path / "broker.db")}},
                        tmp_path / "feeds.toml")


# --- reading a group's schedule -------------------------------------------------------------

def test_group_without_schedule_keys_gets_its_digest_on_monday_at_nine() -> None:
    assert parse() == GroupSchedule("weekly", "monday", "09:00")
    assert parse().describe() == "weekly on Monday at 09:00"


@pytest.mark.parametrize("raw, expected", [
    ({"schedule": "Weekly", "send_day": "Fri", "send_time": "7:30"}, GroupSchedule("weekly", "friday", "07:30")),
    ({"schedule": "monthly"}, GroupSchedule("monthly", "1", "09:00")),
    ({"schedule": "monthly", "send_day": 15, "send_time": "18:05"}, GroupSchedule("monthly", "15", "18:05")),
    ({"schedule": "monthly", "send_day": "28"}, GroupSchedule("monthly", "28", "09:00")),
    ({"schedule": " 0  9 * * mon-fri "}, GroupSchedule("0 9 * * mon-fri")),
])
def test_schedules_are_read_and_tidied(raw: dict[str, object], expected: GroupSchedule) -> None:
    assert parse(**raw) == expected


@pytest.mark.parametrize("raw, message", [
    ({"send_time": "25:00"},
     """feeds.toml: [groups.forum] send_time: '25:00' is not a time of day. Write it like "09:00\""""),
    ({"send_time": 9},
     """feeds.toml: [groups.forum] send_time: 9 is not a time of day. Write it like "09:00\""""),
    ({"send_day": "funday"},
     """feeds.toml: [groups.forum] send_day: 'funday' is not a day of the week. Write a day like "monday\""""),
    ({"schedule": "monthly", "send_day": 29},
     "feeds.toml: [groups.forum] send_day: 29 is not a day of the month from 1 to 28. "
     "Write a number like 1; days 29 to 31 are not in every month"),
    ({"schedule": "monthly", "send_day": "monday"},
     "feeds.toml: [groups.forum] send_day: 'monday' is not a day of the month from 1 to 28. "
     "Write a number like 1; days 29 to 31 are not in every month"),
    ({"schedule": "fortnightly"},
     """feeds.toml: [groups.forum] schedule: 'fortnightly' is not a schedule. """
     """Write "weekly", "monthly", or a cron line of 5 fields like "0 9 * * mon\""""),
    ({"schedule": "0 9 * * 1", "send_time": "10:00"},
     "feeds.toml: [groups.forum] send_time: does not apply to a cron schedule. "
     "Remove send_time: the cron line '0 9 * * 1' already says when"),
    ({"schedule": "0 9 1 * mon"},
     "feeds.toml: [groups.forum] schedule: '0 9 1 * mon' is not a cron line that broker understands "
     "(it names both a day of the month and a day of the week; use one or the other). "
     'Write 5 fields: minute hour day-of-month month day-of-week, like "0 9 * * mon"'),
])
def test_schedule_mistakes_are_explained_in_one_line(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse(**raw)
    assert str(caught.value) == message


@pytest.mark.parametrize("line", ["61 9 * * *", "0 9 31 2 *", "0 9 * * 8", "0 9 * * fri-mon", "0 9 * * */0"])
def test_cron_lines_that_cannot_work_are_refused(line: str) -> None:
    with pytest.raises(ConfigError, match=r"^feeds\.toml: \[groups\.forum\] schedule: .* is not a cron line"):
        parse(schedule=line)


# --- when digests fire ----------------------------------------------------------------------

def test_weekly_digest_is_at_nine_local_time_in_winter_and_summer() -> None:
    assert next_run(WEEKLY_MONDAY, utc(2026, 1, 7, 12), LONDON) == utc(2026, 1, 12, 9)  # GMT
    assert next_run(WEEKLY_MONDAY, utc(2026, 7, 8, 12), LONDON) == utc(2026, 7, 13, 8)  # BST


def test_weekly_digest_keeps_local_time_across_the_change_to_summer_time() -> None:
    assert fire_times(WEEKLY_SUNDAY, utc(2026, 3, 21), 3) == [
        utc(2026, 3, 22, 9), utc(2026, 3, 29, 8), utc(2026, 4, 5, 8)]
    assert next_run(WEEKLY_MONDAY, utc(2026, 3, 27, 12), LONDON) == utc(2026, 3, 30, 8)


def test_weekly_digest_keeps_local_time_across_the_change_back() -> None:
    assert fire_times(WEEKLY_SUNDAY, utc(2026, 10, 17), 3) == [
        utc(2026, 10, 18, 8), utc(2026, 10, 25, 9), utc(2026, 11, 1, 9)]
    assert next_run(WEEKLY_MONDAY, utc(2026, 10, 23, 12), LONDON) == utc(2026, 10, 26, 9)


def test_digest_at_a_time_the_clocks_going_back_repeats_is_built_once() -> None:
    early = GroupSchedule("weekly", "sunday", "01:30")
    # 01:30 BST is 00:30 UTC; 01:30 GMT an hour later must not fire again.
    assert fire_times(early, AUTUMN_SUNDAY - timedelta(days=1), 2) == [
        utc(2026, 10, 25, 0, 30), utc(2026, 11, 1, 1, 30)]
    assert next_run(early, utc(2026, 10, 25, 0, 30), LONDON) == utc(2026, 11, 1, 1, 30)
    assert next_run(early, utc(2026, 10, 25, 0, 45), LONDON) == utc(2026, 11, 1, 1, 30)


def test_digest_at_a_time_skipped_by_summer_time_comes_an_hour_later_once() -> None:
    early = GroupSchedule("weekly", "sunday", "01:30")
    # There is no 01:30 that night in London; it fires at 02:30 BST, which is 01:30 UTC.
    assert fire_times(early, SPRING_SUNDAY - timedelta(days=1), 2) == [utc(2026, 3, 29, 1, 30), utc(2026, 4, 5, 0, 30)]


def test_monthly_digest_is_on_its_day_at_local_time() -> None:
    monthly = GroupSchedule("monthly", "28", "09:00")
    assert fire_times(monthly, utc(2026, 2, 1), 3) == [utc(2026, 2, 28, 9), utc(2026, 3, 28, 9), utc(2026, 4, 28, 8)]


def test_next_run_is_strictly_after_the_moment_given() -> None:
    assert next_run(WEEKLY_MONDAY, utc(2026, 11, 23, 9), LONDON) == utc(2026, 11, 30, 9)
    assert next_run(WEEKLY_MONDAY, utc(2026, 11, 23, 8, 59, 59), LONDON) == utc(2026, 11, 23, 9)


def test_next_run_refuses_a_time_without_a_zone() -> None:
    with pytest.raises(ValueError, match="time-zone-aware"):
        next_run(WEEKLY_MONDAY, datetime(2026, 11, 23, 9), LONDON)


@pytest.mark.parametrize("day, expected", [
    ("1", [utc(2026, 11, 30, 9)]), ("0", [utc(2026, 11, 29, 9)]), ("7", [utc(2026, 11, 29, 9)]),
    ("sun", [utc(2026, 11, 29, 9)]), ("1-2", [utc(2026, 11, 30, 9), utc(2026, 12, 1, 9)]),
    ("*/3", [utc(2026, 11, 25, 9), utc(2026, 11, 28, 9), utc(2026, 11, 29, 9)]),  # Wed, Sat, Sun: days 3, 6, 0
])
def test_cron_weekday_numbers_mean_what_crontab_means(day: str, expected: list[datetime]) -> None:
    # APScheduler 3 alone would read 1 as Tuesday; crontab (and the person writing it) means Monday.
    assert fire_times(GroupSchedule(f"0 9 * * {day}"), utc(2026, 11, 24, 12), len(expected)) == expected


def test_cron_every_half_hour_keeps_going_through_the_repeated_hour() -> None:
    times = fire_times(GroupSchedule("*/30 * * * *"), utc(2026, 10, 24, 23, 50), 6)
    assert times == [utc(2026, 10, 25, 0, 0) + timedelta(minutes=30 * n) for n in range(6)]


# --- the scheduler's jobs -------------------------------------------------------------------

def _scheduler(config: Config, *, digest_job: Callable[[str], object] = lambda key: None,
               **kwargs: object) -> BackgroundScheduler:
    scheduler = make_scheduler(config, fetch_job=lambda: None, digest_job=digest_job,
                               schedules={"forum": WEEKLY_MONDAY, "carers": GroupSchedule("monthly", "1", "18:00")},
                               fetch_interval=timedelta(minutes=20), **kwargs)  # type: ignore[arg-type]
    assert isinstance(scheduler, BackgroundScheduler)
    return scheduler


def test_each_group_has_a_digest_job_firing_on_its_own_schedule(config: Config) -> None:
    scheduler = _scheduler(config)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {FETCH_JOB_ID, "digest-forum", "digest-carers"}
    for now in (utc(2026, 3, 27, 12), utc(2026, 10, 23, 12), utc(2026, 11, 24, 12)):
        assert jobs["digest-forum"].trigger.get_next_fire_time(None, now) == next_run(WEEKLY_MONDAY, now, LONDON)
    assert jobs["digest-forum"].trigger.get_next_fire_time(None, utc(2026, 3, 27, 12)) == utc(2026, 3, 30, 8)
    assert jobs["digest-carers"].trigger.get_next_fire_time(None, utc(2026, 3, 27, 12)) == utc(2026, 4, 1, 17)
    assert jobs[FETCH_JOB_ID].trigger.interval == timedelta(minutes=20)


def test_missed_runs_are_coalesced_with_generous_grace_and_never_overlap(config: Config) -> None:
    for job in _scheduler(config).get_jobs():
        assert job.coalesce is True
        assert job.max_instances == 1
        grace = 20 * 60 if job.id == FETCH_JOB_ID else DIGEST_GRACE.total_seconds()
        assert job.misfire_grace_time == grace
    assert timedelta(days=1) <= DIGEST_GRACE


def test_digest_missed_while_broker_was_stopped_is_built_on_start(config: Config) -> None:
    now = utc(2026, 11, 24, 12)  # a Tuesday: Monday's 09:00 digest is due if the last run was before it
    last = {"forum": utc(2026, 11, 16, 9, 5), "carers": utc(2026, 11, 1, 18, 5)}
    scheduler = _scheduler(config, last_digest_run=last.get, clock=lambda: now)
    scheduler.start(paused=True)
    try:
        assert scheduler.get_job("digest-forum").next_run_time == now
        carers = scheduler.get_job("digest-carers").next_run_time.astimezone(LONDON)
        assert (carers.day, carers.hour, carers.minute) == (1, 18, 0)  # not missed: waits for its day
    finally:
        scheduler.shutdown(wait=False)


def test_every_job_holds_the_run_lock_while_it_works(config: Config) -> None:
    seen: list[str] = []

    def digest(key: str) -> None:
        # A `broker build` started now would stop at once.
        with pytest.raises(LockError), run_lock(config.lock_path):
            pass
        seen.append(key)

    scheduler = _scheduler(config, digest_job=digest)
    scheduler.get_job("digest-forum").func()
    assert seen == ["forum"]
    with run_lock(config.lock_path):  # and it let go afterwards
        pass


def test_job_that_meets_the_lock_is_skipped_with_a_log_line_and_retried(
        config: Config, caplog: pytest.LogCaptureFixture) -> None:
    called: list[str] = []
    scheduler = _scheduler(config, digest_job=called.append, clock=lambda: utc(2026, 11, 23, 9))
    caplog.set_level(logging.INFO, logger="broker.schedule")
    with run_lock(config.lock_path):
        scheduler.get_job("digest-forum").func()
        scheduler.get_job(FETCH_JOB_ID).func()
    assert called == []
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 2
    assert skipped[0].startswith("digest for forum skipped: another broker run is in progress (process ")
    retry = scheduler.get_job("digest-forum-retry")
    assert retry is not None and retry.trigger.run_date == utc(2026, 11, 23, 9, 10)
    retry.func(**retry.kwargs)  # the lock is free now
    assert called == ["forum"]


def test_failing_job_is_logged_and_the_scheduler_carries_on(
        config: Config, caplog: pytest.LogCaptureFixture) -> None:
    def digest(key: str) -> None:
        raise ConfigError("feeds.toml: something is wrong")

    scheduler = _scheduler(config, digest_job=digest)
    scheduler.get_job("digest-forum").func()
    assert "digest for forum failed: feeds.toml: something is wrong" in caplog.text


# --- running and stopping -------------------------------------------------------------------

def test_scheduler_runs_jobs_until_told_to_stop(config: Config) -> None:
    fetched = threading.Semaphore(0)
    stop = threading.Event()
    runner = threading.Thread(target=run_scheduler, args=(config,), kwargs={
        "fetch_job": fetched.release, "digest_job": lambda key: None, "schedules": {"forum": WEEKLY_MONDAY},
        "fetch_interval": timedelta(seconds=0.1), "stop": stop})
    runner.start()
    try:
        for _ in range(3):
            assert fetched.acquire(timeout=3), "the fetch job should run at start and then every 0.1 s"
    finally:
        stop.set()
        runner.join(timeout=5)
    assert not runner.is_alive()


STOPPABLE = """
import sys, time
from datetime import timedelta
from pathlib import Path
from broker.config import parse_config
from broker.schedule import run_scheduler
from broker.models import GroupSchedule
folder = Path(sys.argv[1])
config = parse_config({"broker": {"title": "T", "database": str(folder / "broker.db")}}, folder / "feeds.toml")
def fetch():
    print("fetch started", flush=True)
    time.sleep(0.5)
    print("fetch finished", flush=True)
run_scheduler(config, fetch_job=fetch, digest_job=lambda key: None, schedules={"forum": GroupSchedule()},
              fetch_interval=timedelta(seconds=0.2))
print("stopped", flush=True)
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_stops_the_scheduler_after_the_running_job_finishes(
        config: Config, tmp_path: Path, signum: signal.Signals) -> None:
    process = subprocess.Popen([sys.executable, "-c", STOPPABLE, str(tmp_path)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "fetch started\n"
        sent = time.monotonic()
        process.send_signal(signum)
        out, err = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out == "fetch finished\nstopped\n"
    assert time.monotonic() - sent < 3
    with run_lock(config.lock_path):  # the fetch let go of the lock on its way out
        pass
