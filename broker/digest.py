"""Choose what goes into each group's next digest.

The store hands over only items the group has never had; this module picks
the newest of them, up to the group's limit. Whatever does not fit stays in
the pool for the next digest, so nothing is skipped and nothing is sent twice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .models import Digest, Group, Item


def backlog_start(group_started: datetime | None, now: datetime, backlog_days: int) -> datetime:
    """The oldest date a digest may reach back to.

    It is measured from the group's first digest, so the first digest takes
    only recent items (never the whole backlog), and later digests still pick
    up anything that overflowed an earlier one.
    """
    return (group_started or now) - timedelta(days=backlog_days)


def choose(group: Group, candidates: Sequence[Item]) -> tuple[Item, ...]:
    """The newest candidates in the group's themes, up to ``max_items``."""
    wanted = set(group.themes)
    fitting = [i for i in candidates if any(m.theme in wanted for m in i.themes)]
    fitting.sort(key=lambda i: (i.published, i.id), reverse=True)
    return tuple(fitting[: group.max_items])


def digest_id(now: datetime, zone: ZoneInfo, taken: Collection[str]) -> str:
    """A readable id from the local date, made unique within the group."""
    base = now.astimezone(zone).strftime("%Y-%m-%d")
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def next_digest(group: Group, candidates: Sequence[Item], now: datetime, zone: ZoneInfo,
                taken: Collection[str]) -> Digest | None:
    """The group's next digest, or None when there is nothing new for it."""
    items = choose(group, candidates)
    if not items:
        return None
    return Digest(id=digest_id(now, zone, taken), group=group.key, created=now, items=items)
