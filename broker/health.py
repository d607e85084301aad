"""Feed health in plain English, and when a failing feed should next be tried.

Feeds rarely announce that they have stopped: they fail, go quiet, move, or
send titles with no summaries. This module turns what the store remembers
into sentences an operator can act on, and backs off failing feeds so they
are checked less often rather than never again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

BACKOFF_CAP = timedelta(hours=24)
NO_SUMMARY_SHARE = 0.5  # report a feed when at least this share of its items come without a summary


class FeedRecord(Protocol):
    """What the store remembers of a feed (store.FeedRow has these)."""

    @property
    def name(self) -> str: ...
    @property
    def last_success(self) -> datetime | None: ...
    @property
    def last_error(self) -> str: ...
    @property
    def failing_since(self) -> datetime | None: ...
    @property
    def item_count(self) -> int: ...
    @property
    def moved_to(self) -> str: ...
    @property
    def last_new_item_at(self) -> datetime | None: ...
    @property
    def failures(self) -> int: ...
    @property
    def next_attempt(self) -> datetime | None: ...
    @property
    def without_summary(self) -> int: ...


class FeedLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def stale_days(self) -> int: ...


@dataclass(frozen=True)
class Finding:
    """One thing an operator should know about one feed."""

    feed: str
    kind: str  # "failing", "waiting", "stale", "moved", "no-summaries"
    message: str


def next_attempt(failures: int, now: datetime, retry_after: float = 0.0) -> datetime:
    """When a feed that has now failed ``failures`` times in a row may be tried again.

    The first failure is retried at the next run; after that the wait doubles
    from one hour up to a day. A server's Retry-After is honoured, up to a day.
    """
    wait = timedelta(0) if failures <= 1 else min(BACKOFF_CAP, timedelta(hours=2 ** (failures - 2)))
    asked = min(BACKOFF_CAP, timedelta(seconds=retry_after))
    return now + max(wait, asked)


def is_due(record: FeedRecord | None, now: datetime) -> bool:
    return record is None or record.next_attempt is None or record.next_attempt <= now


def findings(feeds: Sequence[FeedLike], records: Mapping[str, FeedRecord], now: datetime) -> list[Finding]:
    """Every problem worth telling the operator about, feed by feed, in config order."""
    found: list[Finding] = []
    for feed in feeds:
        record = records.get(feed.url)
        if record is None:
            continue
        if record.last_error and record.failing_since is not None:
            found.append(Finding(feed.name, "failing",
                                 f"{feed.name} has not worked since {_date(record.failing_since)} "
                                 f"({_days(now - record.failing_since)}): {record.last_error}."))
            if record.next_attempt is not None and record.next_attempt > now:
                found.append(Finding(feed.name, "waiting",
                                     f"{feed.name} is being checked less often after {record.failures} failures "
                                     f"in a row; the next try is after {record.next_attempt:%H:%M on %d %B} UTC."))
        elif record.last_new_item_at is not None and now - record.last_new_item_at >= timedelta(days=feed.stale_days):
            found.append(Finding(feed.name, "stale",
                                 f"{feed.name} has had nothing new for {_days(now - record.last_new_item_at)}. "
                                 "It still answers, but the publisher may have moved or stopped it; "
                                 f"check its website, or set stale_days for this feed if it is always slow."))
        if record.moved_to:
            found.append(Finding(feed.name, "moved",
                                 f"{feed.name} has moved permanently to {record.moved_to}. Broker now reads it "
                                 "there; put the new address in feeds.toml to keep things tidy."))
        if record.item_count and record.without_summary / record.item_count >= NO_SUMMARY_SHARE:
            found.append(Finding(feed.name, "no-summaries",
                                 f"{record.without_summary} of the {record.item_count} items from {feed.name} "
                                 "have no abstract or summary, so digests can show only their titles."))
    return found


def _date(moment: datetime) -> str:
    return f"{moment:%d %B %Y}".lstrip("0")


def _days(span: timedelta) -> str:
    days, seconds = span.days, span.total_seconds()
    if seconds < 60:
        return "less than a minute"
    if seconds < 3600:
        minutes = int(seconds // 60)
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    if days < 1:
        hours = int(seconds // 3600)
        return "1 hour" if hours == 1 else f"{hours} hours"
    return "1 day" if days == 1 else f"{days} days"
