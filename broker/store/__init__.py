"""The only package that opens the SQLite database (through sqlite-utils).

Tables have plain names (feeds, items, sources, item_themes, digests,
digest_items, subscribers, outbox, runs) so curators can browse them with
Datasette or the sqlite-utils CLI. Every write happens inside a transaction;
WAL mode and a busy timeout let a reader look while a run writes.
"""

from __future__ import annotations

from .base import from_text, to_text
from .curators import ADMIN, CURATOR, Action, Curator, CuratorStore
from .digests import DigestStore
from .feeds import FeedRow, FeedStore, canonical_link, title_key
from .labels import LabelStore
from .mailing import MailStore, OutboxRow, Subscriber
from .schema import SCHEMA_VERSION

__all__ = ["ADMIN", "CURATOR", "SCHEMA_VERSION", "Action", "Curator", "FeedRow", "OutboxRow", "Store", "Subscriber",
           "canonical_link", "from_text", "title_key", "to_text"]


class Store(FeedStore, DigestStore, MailStore, LabelStore, CuratorStore):
    """A broker database: open it with ``Store.open(path)``."""
