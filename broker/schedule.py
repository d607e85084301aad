"""Run broker unattended: fetch on an interval, and build each group's digest on its own schedule.

A group's schedule is read as a local time in the broker's time zone, so a
digest due at 09:00 arrives at 09:00 in winter and in summer. When the clocks
go back, a time of day that happens twice fires once; when they go forward,
a time that does not exist that night fires an hour later (02:30 for 01:30).

The fetch and digest jobs are passed in, so this module knows when, not
what: ``cli.py`` hands it functions that call ``pipeline``. Reading groups'
schedules lives in ``timetable`` and their triggers in ``triggers``. Every job takes
the run lock while it works, so a ``broker build`` started by hand or by cron
can never write at the same time.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .config import Config
from .errors import BrokerError, LockError
from .lock import run_lock
from .models import GroupSchedule
from .triggers import next_run, trigger_for

log = logging.getLogger(__name__)

FetchJob = Callable[[], object]
DigestJob = Callable[[str], object]  # called with a group's key
Clock = Callable[[], datetime]

FETCH_JOB_ID = "fetch"
LOG_TIME = "%a %d %b %Y %H:%M %Z"
# A late digest is better than none, and nothing is lost either way: what a skipped
# digest would have held goes into the next one. Two days keeps "late" recognisable.
DIGEST_GRACE = timedelta(days=2)
# How soon a digest that found the lock taken tries again (until DIGEST_GRACE runs out).
LOCK_RETRY = timedelta(minutes=10)


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
