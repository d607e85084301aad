"""When each group's digest is due, as feeds.toml says: weekly, monthly, or a cron line, at a local time.

Read by ``config`` and used by ``schedule`` (the APScheduler service), so it
imports neither: config and schedule no longer import each other. A cron line
is checked with APScheduler's own parser (``triggers``), loaded only when a
group uses one, so reading feeds.toml stays quick.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC
from typing import Any

from .errors import ConfigError
from .models import MONTHLY, WEEKLY, GroupSchedule

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_OF_DAY = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


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
        from .triggers import trigger_for  # APScheduler, only for the groups that use a cron line

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
