"""Plain data that flows between the pipeline's stages.

Frozen dataclasses only: no I/O, no behaviour beyond small derived values,
so that any stage can be tested by building these by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

FINDINGS = "findings"
OPPORTUNITIES = "opportunities"
FEED_KINDS = (FINDINGS, OPPORTUNITIES)


@dataclass(frozen=True)
class FeedSpec:
    """A feed as the curator wrote it in feeds.toml."""

    name: str
    url: str  # http(s) URL, or an absolute file path for offline use
    kind: str = FINDINGS
    organisation: str = ""
    stale_days: int = 60


@dataclass(frozen=True)
class Theme:
    """A community-interest theme, in the group's own words."""

    key: str
    label: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A community group and the themes its digest follows."""

    key: str
    name: str
    themes: tuple[str, ...]
    description: str = ""
    max_items: int = 12
    approval: bool = False  # hold each digest as a draft until a curator approves it
    on_empty: str = "skip"  # when a scheduled digest finds nothing new: "skip", or "note" to say so
    sender_name: str = ""  # the name its emails come from, if not [email]'s


@dataclass(frozen=True)
class Entry:
    """One entry as a feed gave it, before it is matched with stored items."""

    entry_key: str  # identity within its feed: GUID, else link, else title and date
    title: str
    link: str = ""
    summary: str = ""  # plain text, tags already stripped
    published: datetime | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    doi: str = ""


@dataclass(frozen=True)
class FetchResult:
    """What one fetch of one feed produced: entries, nothing new, or an error."""

    feed: FeedSpec
    status: str  # "ok", "not-modified" or "error"
    entries: tuple[Entry, ...] = ()
    error: str = ""
    etag: str = ""
    last_modified: str = ""
    body_hash: str = ""
    moved_to: str = ""  # the new URL after a permanent redirect
    warning: str = ""  # the feed was read, but something about it was odd
    retry_after: float = 0.0  # seconds the server asked us to wait before trying again
    suggested_url: str = ""  # the address gave a web page that names this feed


@dataclass(frozen=True)
class ThemeMatch:
    """Why an item is in a theme: the words that counted, and how sure we are."""

    theme: str
    why: tuple[str, ...]
    score: float = 1.0
    chosen: bool = True  # False: left out, but kept because the model was unsure (broker review)
    uncertainty: float = 0.0  # 1 at the model's threshold, 0 when it is sure


@dataclass(frozen=True)
class Term:
    """A word readers may not know, with a plain explanation and other ways it is written.

    ``context``: words of which at least one must stand near the term for this sense
    to fit ("masking" is blinding only near "trial", "placebo"…); empty means always.
    """

    term: str
    explanation: str
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class StudyType:
    """A kind of study: a stable key, a plain label and one line on what it can tell you."""

    key: str
    label: str
    note: str


# The three parts of a plain-language entry, as readers see them labelled.
PART_LABELS = ("What was studied", "What was found", "How sure we can be")


@dataclass(frozen=True)
class PlainEntry:
    """What the digest shows under an item's title, in plain words.

    ``studied``, ``found`` and ``certainty`` are the three labelled parts; ``summary``
    is all of them as one text (or a curator's own words, which may have no parts).
    """

    summary: str
    study_type: StudyType
    preprint: bool
    reading_grade: float
    terms: tuple[Term, ...]
    hand_written: bool = False  # a curator's own summary, which always wins
    studied: str = ""
    found: str = ""
    certainty: str = ""

    @property
    def parts(self) -> tuple[tuple[str, str], ...]:
        """(label, text) for each part that has something to say, in reading order."""
        return tuple((label, text) for label, text in zip(PART_LABELS, (self.studied, self.found, self.certainty),
                                                           strict=True) if text)


@dataclass(frozen=True)
class Source:
    """One feed that carried an item."""

    feed_name: str
    organisation: str
    link: str


@dataclass(frozen=True)
class Item:
    """A research item as stored: deduplicated across feeds."""

    id: str
    title: str
    link: str
    summary: str
    published: datetime
    kind: str = FINDINGS
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    doi: str = ""
    sources: tuple[Source, ...] = ()
    themes: tuple[ThemeMatch, ...] = ()
    plain: PlainEntry | None = None  # added for items that reach a digest

    def text_for_matching(self) -> str:
        """Title, summary and categories: the words a theme decision may use."""
        return matching_text(self.title, self.summary, self.categories)


@dataclass(frozen=True)
class Digest:
    """One published issue of a group's digest."""

    id: str  # unique within the group, e.g. "2026-11-24"
    group: str
    created: datetime
    items: tuple[Item, ...] = field(default=())

    @property
    def findings(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind != OPPORTUNITIES)

    @property
    def opportunities(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.kind == OPPORTUNITIES)


@dataclass(frozen=True)
class DigestHead:
    """A digest without its items' text: enough to list it, and to tell whether its pages changed.

    ``items`` holds each item's id and revision (raised whenever what the item's
    pages show changes), in the digest's order.
    """

    id: str
    group: str
    created: datetime
    items: tuple[tuple[str, int], ...] = ()


def matching_text(title: str, abstract: str, categories: Sequence[str] = ()) -> str:
    """The text a theme decision reads: title, abstract and categories, one per line."""
    return "\n".join([title, abstract, " ".join(categories)])


WEEKLY, MONTHLY = "weekly", "monthly"


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
