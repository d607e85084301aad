"""What broker status, check, review and summary read back from a finished run, for people to act on.

Each function opens nothing it is not given, except where it says so, and
changes nothing.
"""

from __future__ import annotations

import json

from . import siteview
from .config import Config
from .mail import outbox
from .metrics import Takeover
from .models import Item
from .store import Store


def theme_checks(store: Store) -> list[Takeover]:
    """Who decided each theme at the last classification, and the figures behind it."""
    return [Takeover.from_dict(row) for row in json.loads(store.meta("theme_checks", "[]"))]


def hard_to_read(config: Config, store: Store, recent: int = 5) -> list[Item]:
    """Items in each group's latest digests whose summary reads above the configured grade."""
    plainer = siteview.Plainer(config)
    seen: dict[str, Item] = {}
    for group in config.groups:
        for found in store.digests(group.key, limit=recent):
            for item in plainer.digest(found).items:
                if item.plain and item.plain.summary and item.plain.reading_grade > config.hard_to_read_above:
                    seen[item.id] = item
    return sorted(seen.values(), key=lambda i: -(i.plain.reading_grade if i.plain else 0))


def plain_for(config: Config, store: Store, item_id: str) -> Item:
    """One stored item with its plain-language entry, or StoreError naming the id."""
    return siteview.Plainer(config).item(store.item(item_id))


def would_send(config: Config) -> list[tuple[str, str, str]]:
    """(group, digest id, address) of every message ``broker send`` would deliver now, in its order."""
    with Store.open(config.database) as store:
        return outbox.would_send(config, store)
