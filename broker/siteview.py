"""What the site and the emails show, gathered from the store for one run.

Digests come as heads and their text is loaded only for the pages being
made; plain-language entries are made once per item, and only when a page
or an email shows the item (a curator's own summary always wins).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime

from . import curated, plain, render
from .config import Config
from .models import Digest, Item, PlainEntry
from .store import Store
from .store.digests import DRAFT


class Plainer:
    """Plain-language entries for the items a run shows, each made once; a curator's own summary wins."""

    def __init__(self, config: Config) -> None:
        self.glossary = curated.load_glossary(config)
        self.hand = curated.hand_summaries(config)
        self.made: dict[str, PlainEntry] = {}
        # Everything an entry depends on besides its item and broker's code: the curators' words.
        self.salt = hashlib.sha256((json.dumps(self.hand, sort_keys=True) + repr(self.glossary.terms))
                                   .encode()).hexdigest()

    def item(self, item: Item) -> Item:
        if item.id not in self.made:
            self.made[item.id] = plain.for_item(item, self.glossary, self.hand.get(item.id))
        return replace(item, plain=self.made[item.id])

    def digest(self, found: Digest) -> Digest:
        return render.dressed(found, self.item)


def site_view(config: Config, store: Store, now: datetime, plainer: Plainer | None = None) -> render.SiteView:
    """What the site shows; plain-language entries are made later, only for the pages that change."""
    plainer = plainer or Plainer(config)
    digests: dict[tuple[str, str], Digest] = {}
    items: dict[str, Item] = {}

    def load_digest(group: str, digest_id: str) -> Digest:
        """A digest with its items' themes as they were when it was made (what was sent stays as sent)."""
        if (group, digest_id) not in digests:
            digests[(group, digest_id)] = store.digest(group, digest_id)
        return digests[(group, digest_id)]

    def load_item(item_id: str) -> Item:
        """An item as it is today, for its own page."""
        if item_id not in items:
            items[item_id] = store.item(item_id)
        return items[item_id]

    return render.SiteView(
        title=config.title, base_url=config.base_url, timezone=config.timezone, generated=now,
        groups=tuple(render.GroupPage(g, tuple(store.digest_heads(g.key))) for g in config.groups),
        themes=tuple((t, tuple(store.theme_items(t.key, 50))) for t in config.themes),
        drafts=tuple(render.GroupPage(g, tuple(store.digest_heads(g.key, state=DRAFT))) for g in config.groups),
        load_digest=load_digest, load_item=load_item, dress=plainer.item, plain_salt=plainer.salt,
        web_url=config.web.url if config.web else "",
    )
