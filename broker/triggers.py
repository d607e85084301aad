"""APScheduler triggers for groups' schedules, read as local times in the broker's time zone.

A time of day that the clocks going back repeats fires once; one that the
clocks going forward skip fires an hour later. ``broker status`` uses the same
trigger as ``broker schedule`` to say when the next digest is due.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from .models import MONTHLY, WEEKLY, GroupSchedule

# Crontab counts days from Sunday = 0 (and 7); APScheduler 3 counts from Monday = 0.
CRONTAB_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


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
