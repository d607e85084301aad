"""Run broker unattended: fetch on an interval, and build each group's digest on its own schedule.

A group's schedule is read as a local time in the broker's time zone, so a
digest due at 09:00 arrives at 09:00 in winter and in summer. When the clocks
go back, a time of day that happens twice fires once; when they go forward,
a time that does not exist that night fires an hour later (02:30 for 01:30).

The fetch and digest jobs are passed in, so this module knows when, not
what: ``cli.py`` hands it functions that call ``pipeline``. Every job takes
the run lock while it works, so a ``broker build`` started by hand or by cron
can never write at the same time.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial
from typing import TYPE_CHECKING, Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .errors import BrokerError, ConfigError, LockError
from .lock import run_lock

if TYPE_CHECKING:  # config.py imports this module to read group schedules
    from .config import Config

log = logging.getLogger(__name__)

FetchJob = Callable[[], object]
DigestJob = Callable[[str], object]  # called with a group's key
Clock = Callable[[], datetime]

WEEKLY, MONTHLY = "weekly", "monthly"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Crontab counts days from Sunday = 0 (and 7); APScheduler 3 counts from Monday = 0.
CRONTAB_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
TIME_OF_DAY = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

FETCH_JOB_ID = "fetch"
LOG_TIME = "%a %d %b %Y %H:%M %Z"
# A late digest is better than none, and nothing is lost either way: what a skipped
# digest would have held goes into the next one. Two days keeps "late" recognisable.
DIGEST_GRACE = timedelta(days=2)
# How soon a digest that found the lock taken tries again (until DIGEST_GRACE runs out).
LOCK_RETRY = timedelta(minutes=10)


@dataclass(frozen=True)
class GroupSchedule:
    """When a group's digest is built: weekly, monthly, or a 5-field cron line, at a local time."""

    schedule: str = WEEKLY
    send_day: str = "monday"  # a weekday for weekly, "1" to "28" for monthly; unused for cron
    send_time: str = "09:00"  # HH:MM in the broker's time zone; unused for cron

    def describe(self) -> str:
        """In words, for ``broker status``."""
        if self.schedule == WEEKLY:
            return f"weekly on {self.send_day.capitalize()} at {self.send_time}"
        if self.schedule == MONTHLY:
            return f"monthly on day {self.send_day} at {self.send_time}"
        return f"cron {self.schedule!r}"


def parse_group_schedule(raw: Mapping[str, Any], *, where: str = "[groups]") -> GroupSchedule:
    """Read ``schedule``, ``send_day`` and ``send_time`` from a group's table; ignore its other keys.

    ``where`` starts each error message, e.g. ``"feeds.toml: [groups.forum]"``.
    """

    def fail(key: str, problem: str, fix: str) -> ConfigError:
        return ConfigError(f"{where} {key}: {problem}. {fix}")

    schedule = raw.get("schedule", WEEKLY)
    if not isinstance(schedule, str):
        raise fail("schedule", f"should be text in quotes, not {schedule!r}", 'Write it like: schedule = "weekly"')
    schedule = " ".join(schedule.split())
    if schedule.lower() in (WEEKLY, MONTHLY):
        schedule = schedule.lower()
    elif len(schedule.split()) != 5:
        raise fail("schedule", f"{schedule!r} is not a schedule",
                   'Write "weekly", "monthly", or a cron line of 5 fields like "0 9 * * mon"')
    else:
        for key in ("send_day", "send_time"):
            if key in raw:
                raise fail(key, "does not apply to a cron schedule",
                           f"Remove {key}: the cron line {schedule!r} already says when")
        try:
            trigger_for(GroupSchedule(schedule), UTC)
        except ValueError as exc:
            raise fail("schedule", f"{schedule!r} is not a cron line that broker understands ({exc})",
                       'Write 5 fields: minute hour day-of-month month day-of-week, like "0 9 * * mon"') from None
        return GroupSchedule(schedule)

    send_time = raw.get("send_time", "09:00")
    match = TIME_OF_DAY.match(send_time.strip()) if isinstance(send_time, str) else None
    if match is None:
        raise fail("send_time", f"{send_time!r} is not a time of day", 'Write it like "09:00"')
    send_time = f"{int(match[1]):02d}:{match[2]}"

    if schedule == WEEKLY:
        day = raw.get("send_day", "monday")
        name = day.strip().lower() if isinstance(day, str) else ""
        found = [w for w in WEEKDAYS if name and (w == name or w[:3] == name)]
        if not found:
            raise fail("send_day", f"{day!r} is not a day of the week", 'Write a day like "monday"')
        return GroupSchedule(WEEKLY, found[0], send_time)

    day = raw.get("send_day", 1)
    text = day.strip() if isinstance(day, str) else str(day) if type(day) is int else ""
    if not text.isdigit() or not 1 <= int(text) <= 28:
        # Days 29 to 31 are missing from some months, and a monthly digest should never skip one.
        raise fail("send_day", f"{day!r} is not a day of the month from 1 to 28",
                   "Write a number like 1; days 29 to 31 are not in every month")
    return GroupSchedule(MONTHLY, str(int(text)), send_time)


class LocalTimeTrigger(CronTrigger):
    """A CronTrigger that fires once, not twice, at a time of day that the clocks going back repeats."""

    def __init__(self, *args: Any, once_per_local_time: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.once_per_local_time = once_per_local_time

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        fire: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        while fire is not None and self.once_per_local_time and fire.astimezone(self.timezone).fold == 1:
            # fold=1 marks the second pass through the repeated hour: skip to the next time after it.
            fire = super().get_next_fire_time(None, fire.astimezone(UTC) + timedelta(microseconds=1))
        return fire


def trigger_for(group_schedule: GroupSchedule, zone: tzinfo) -> LocalTimeTrigger:
    """The APScheduler trigger for a group's schedule, in the broker's time zone."""
    if group_schedule.schedule in (WEEKLY, MONTHLY):
        at_hour, at_minute = group_schedule.send_time.split(":")
        if group_schedule.schedule == WEEKLY:
            return LocalTimeTrigger(day_of_week=group_schedule.send_day[:3], hour=at_hour, minute=at_minute,
                                    timezone=zone)
        return LocalTimeTrigger(day=group_schedule.send_day, hour=at_hour, minute=at_minute, timezone=zone)
    minute, hour, day_of_month, month, day_of_week = group_schedule.schedule.split()
    if not day_of_month.startswith("*") and not day_of_week.startswith("*"):
        # Cron runs on either day; APScheduler would need both, so refuse rather than guess.
        raise ValueError("it names both a day of the month and a day of the week; use one or the other")
    crontab = " ".join((minute, hour, day_of_month, month, _crontab_days(day_of_week)))
    trigger = LocalTimeTrigger.from_crontab(crontab, timezone=zone)
    # Like cron: "every 30 minutes" keeps going through the repeated hour; "at 01:30" fires once.
    trigger.once_per_local_time = not hour.startswith("*")
    if trigger.get_next_fire_time(None, datetime(2000, 1, 1, tzinfo=UTC)) is None:
        raise ValueError("that date never comes")
    return trigger


def _crontab_days(field: str) -> str:
    """A crontab day-of-week field as day names, since APScheduler 3 reads 0 as Monday, not Sunday."""
    days: set[int] = set()
    for part in field.lower().split(","):
        span, has_step, step_text = part.partition("/")
        if has_step and not (step_text.isdigit() and int(step_text) > 0):
            raise ValueError(f"{part!r} has a step that is not a whole number")
        step = int(step_text) if has_step else 1
        first_text, is_range, last_text = span.partition("-")
        if span == "*":
            first, last = 0, 6
        else:
            first = _crontab_day(first_text)
            last = _crontab_day(last_text) if is_range else 7 if has_step else first
        if first > last:
            raise ValueError(f"{part!r} runs backwards; write the earlier day first")
        days.update(day % 7 for day in range(first, last + 1, step))
    if len(days) == 7:
        return "*"
    return ",".join(CRONTAB_DAYS[day] for day in (1, 2, 3, 4, 5, 6, 0) if day in days)


def _crontab_day(text: str) -> int:
    if text.isdigit() and int(text) <= 7:
        return int(text)
    if text in CRONTAB_DAYS:
        return CRONTAB_DAYS.index(text)
    raise ValueError(f"{text!r} is not a day of the week (0 to 7, or sun to sat)")


def next_run(group_schedule: GroupSchedule, after: datetime, zone: tzinfo) -> datetime:
    """When the group's digest is next due, strictly after ``after``, in UTC. The scheduler uses the same trigger."""
    if after.tzinfo is None:
        raise ValueError("next_run needs a time-zone-aware 'after'")
    fire = trigger_for(group_schedule, zone).get_next_fire_time(
        None, after.astimezone(UTC) + timedelta(microseconds=1))
    if fire is None:  # parse_group_schedule refuses schedules that never fire
        raise ValueError(f"the schedule {group_schedule.schedule!r} never fires")
    return fire.astimezone(UTC)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def make_scheduler(config: Config, *, fetch_job: FetchJob, digest_job: DigestJob,
                   schedules: Mapping[str, GroupSchedule], fetch_interval: timedelta = timedelta(hours=1),
                   last_digest_run: Callable[[str], datetime | None] | None = None,
                   scheduler: BaseScheduler | None = None, clock: Clock = _utc_now) -> BaseScheduler:
    """A scheduler holding the fetch job and one digest job per group, not yet started.

    ``last_digest_run(key)`` says when a group's digest step last ran; a group
    whose due time passed since then (say the machine was off at 09:00 on
    Monday) gets its digest as soon as the scheduler starts.
    """
    zone = config.zone
    if scheduler is None:
        # One worker: jobs in this process queue behind each other instead of meeting at the lock.
        scheduler = BackgroundScheduler(timezone=zone, executors={"default": ThreadPoolExecutor(1)})
    now = clock()
    scheduler.add_job(
        _locked("fetch", fetch_job, config), IntervalTrigger(seconds=fetch_interval.total_seconds(), timezone=zone),
        id=FETCH_JOB_ID, name="fetch", next_run_time=now,  # fetch once at start, so a fault shows at once
        coalesce=True, max_instances=1, misfire_grace_time=max(1, int(fetch_interval.total_seconds())),
        replace_existing=True)
    for key, group_schedule in schedules.items():
        job_id = f"digest-{key}"
        work = _locked(f"digest for {key}", partial(digest_job, key), config)
        run = _retrying(scheduler, job_id, work, clock)
        trigger = trigger_for(group_schedule, zone)
        last = last_digest_run(key) if last_digest_run else None
        missed = last is not None and next_run(group_schedule, last, zone) <= now
        options: dict[str, Any] = {"next_run_time": now} if missed else {}
        scheduler.add_job(run, trigger, id=job_id, name=f"digest for {key}", coalesce=True, max_instances=1,
                          misfire_grace_time=int(DIGEST_GRACE.total_seconds()), replace_existing=True, **options)
    return scheduler


def _locked(name: str, job: Callable[[], object], config: Config) -> Callable[[], bool]:
    """Run ``job`` under the run lock; say why, in the log, if it could not run or failed. True if it ran."""

    def run() -> bool:
        try:
            with run_lock(config.lock_path):
                log.info("%s: starting", name)
                job()
        except LockError as exc:
            log.warning("%s skipped: %s", name, exc)
            return False
        except BrokerError as exc:  # the next run may well work; anything else, APScheduler logs in full
            log.error("%s failed: %s", name, exc)
        else:
            log.info("%s: done", name)
        return True

    return run


def _retrying(scheduler: BaseScheduler, job_id: str, work: Callable[[], bool], clock: Clock) -> Callable[..., None]:
    """A digest that met the lock tries again shortly, so a hand-run ``broker fetch`` cannot cost a week's digest."""

    def run(due: datetime | None = None) -> None:
        due = due or clock()
        if work() or clock() + LOCK_RETRY - due > DIGEST_GRACE:
            return
        again = clock() + LOCK_RETRY
        log.info("%s: will try again at %s", job_id, again.astimezone(UTC).strftime("%H:%M UTC"))
        scheduler.add_job(run, DateTrigger(again), kwargs={"due": due}, id=f"{job_id}-retry",
                          coalesce=True, max_instances=1, misfire_grace_time=int(DIGEST_GRACE.total_seconds()),
                          replace_existing=True)

    return run


def run_scheduler(config: Config, *, fetch_job: FetchJob, digest_job: DigestJob,
                  schedules: Mapping[str, GroupSchedule], fetch_interval: timedelta = timedelta(hours=1),
                  last_digest_run: Callable[[str], datetime | None] | None = None,
                  stop: threading.Event | None = None) -> None:
    """Run the jobs until SIGTERM or SIGINT (or until ``stop`` is set), then let a running job finish.

    Without ``stop`` this must run in the main thread, because only it can wait for signals.
    """
    if stop is None and threading.current_thread() is not threading.main_thread():
        raise RuntimeError("run_scheduler waits for signals, so call it from the main thread or pass stop")
    scheduler = make_scheduler(config, fetch_job=fetch_job, digest_job=digest_job, schedules=schedules,
                               fetch_interval=fetch_interval, last_digest_run=last_digest_run)
    signals = {signal.SIGTERM, signal.SIGINT}
    # Block the signals before any scheduler thread starts, so every thread inherits the
    # block and the signal waits for sigwait below, with no handler racing the shutdown.
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, signals) if stop is None else None
    try:
        scheduler.start()
        for job in scheduler.get_jobs():
            log.info("%s: next at %s", job.name, job.next_run_time.astimezone(config.zone).strftime(LOG_TIME))
        if stop is None:
            received = signal.sigwait(signals)
            log.info("received %s: stopping after any job that is running", signal.Signals(received).name)
        else:
            stop.wait()
        scheduler.shutdown(wait=True)
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=False)
        if old_mask is not None:
            # Swallow a second Ctrl-C pressed while a job finished, rather than end in a traceback.
            while signal.sigtimedwait(signals, 0) is not None:
                pass
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
    log.info("scheduler stopped")
