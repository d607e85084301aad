"""Feeds and their entries: conditional-GET state, health, and deduplicated ingest."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import UnknownItem
from ..models import Entry, FetchResult, Item, ThemeMatch
from .base import StoreBase, _chunks, _maybe_time, from_text, to_text

_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
MIN_TITLE_KEY = 20  # shorter titles ("Editorial", "Correction") are too common to match on


@lru_cache(maxsize=4096)  # each new entry's link is reduced twice: to find copies, then to store it
def canonical_link(link: str) -> str:
    """A link reduced to what identifies the page: no tracking, fragment or scheme."""
    if not link:
        return ""
    parts = urlsplit(link.strip())
    query = parts.query and urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", parts.netloc.lower().removeprefix("www."), path, query, ""))


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """A title reduced to its words, for matching the same study across feeds."""
    key = _NOT_WORD.sub(" ", title.lower()).strip()
    return key if len(key) >= MIN_TITLE_KEY else ""


@dataclass(frozen=True)
class FeedRow:
    """A feed's remembered state and health, as broker status shows it."""

    url: str
    name: str
    etag: str
    last_modified: str
    body_hash: str
    last_success: datetime | None
    last_error: str
    failing_since: datetime | None
    item_count: int
    moved_to: str
    warning: str
    last_new_item_at: datetime | None = None
    failures: int = 0
    next_attempt: datetime | None = None
    without_summary: int = 0  # items from this feed that came with no abstract or summary
    suggested_url: str = ""  # the address gave a web page that names this feed


def _identity(entry: Entry) -> list[tuple[str, str]]:
    """What makes two entries the same study, strongest first: DOI, then link, then title."""
    checks = [("doi", entry.doi), ("canonical_link", canonical_link(entry.link)), ("title_key", title_key(entry.title))]
    return [(column, value) for column, value in checks if value]


class FeedStore(StoreBase):
    """Feeds, items and theme decisions."""

    def feed_rows(self, count_summaries: bool = False) -> dict[str, FeedRow]:
        """Every feed's state; ``count_summaries`` also counts its items without an abstract."""
        without: dict[str, int] = {}
        if count_summaries:
            # The partial index holds only summary-less items, so this stays small as the archive grows.
            without = dict(self.db.execute(
                "select feed_url, count(*) from sources where item_id in"
                " (select id from items where coalesce(summary, '') = '') group by feed_url").fetchall())
        rows = self.db.execute(
            "select url, name, etag, last_modified, body_hash, last_success, last_error, failing_since,"
            " item_count, moved_to, warning, last_new_item_at, failures, next_attempt, suggested_url"
            " from feeds").fetchall()
        return {r[0]: FeedRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "", _maybe_time(r[5]),
                              r[6] or "", _maybe_time(r[7]), r[8] or 0, r[9] or "", r[10] or "",
                              _maybe_time(r[11]), r[12] or 0, _maybe_time(r[13]), without.get(r[0], 0),
                              r[14] or "")
                for r in rows}

    def record_fetch(self, result: FetchResult, now: datetime, next_attempt: datetime | None = None) -> int:
        """Save one feed's outcome and its new entries in one transaction; return new items.

        An unchanged feed (HTTP 304, or the same bytes) writes nothing unless
        its health changed, so a quiet run leaves the database as it was.
        """
        feed, stamp = result.feed, to_text(now)
        with self.transaction():
            self.db.execute("insert or ignore into feeds (url, name) values (?, ?)", [feed.url, feed.name])
            if result.status == "error":
                self.db.execute(
                    "update feeds set name = ?, last_checked = ?, last_error = ?, last_error_at = ?,"
                    " failing_since = coalesce(failing_since, ?), failures = failures + 1, next_attempt = ?,"
                    " moved_to = coalesce(nullif(?, ''), moved_to), suggested_url = ? where url = ?",
                    [feed.name, stamp, result.error, stamp, stamp, to_text(next_attempt) if next_attempt else None,
                     result.moved_to, result.suggested_url, feed.url])
                return 0
            if result.status == "not-modified":
                self.db.execute(
                    "update feeds set name = ?, last_success = ?, last_error = '', failing_since = null,"
                    " failures = 0, next_attempt = null, suggested_url = null,"
                    " moved_to = coalesce(nullif(?, ''), moved_to), etag = ?, last_modified = ?"
                    " where url = ? and (name != ? or last_success is null or coalesce(last_error, '') != ''"
                    " or failures > 0"
                    " or coalesce(moved_to, '') != ? and ? != '' or coalesce(etag, '') != ?"
                    " or coalesce(last_modified, '') != ?)",
                    [feed.name, stamp, result.moved_to, result.etag, result.last_modified, feed.url, feed.name,
                     result.moved_to, result.moved_to, result.etag, result.last_modified])
                return 0
            new = self._ingest(result, stamp)
            self.pages_changed()  # a copy of a shown item may have gained this feed as a source
            count = self.db.execute("select count(*) from sources where feed_url = ?", [feed.url]).fetchone()[0]
            self.db.execute(
                "update feeds set name = ?, last_checked = ?, last_success = ?, last_error = '',"
                " failing_since = null, failures = 0, next_attempt = null, suggested_url = null,"
                " etag = ?, last_modified = ?, body_hash = ?, item_count = ?, warning = ?,"
                " moved_to = coalesce(nullif(?, ''), moved_to),"
                " last_new_item_at = case when ? > 0 then ? else coalesce(last_new_item_at, ?) end where url = ?",
                [feed.name, stamp, stamp, result.etag, result.last_modified, result.body_hash, count,
                 result.warning, result.moved_to, new, stamp, stamp, feed.url])
            return new

    def _ingest(self, result: FetchResult, stamp: str) -> int:
        """Store a feed's entries: known ones are touched, copies of stored items gain a source.

        Look-ups are made a few hundred at a time rather than per entry, because
        a large feed is mostly entries we have already seen.
        """
        feed, new = result.feed, 0
        entries = list({e.entry_key: e for e in reversed(result.entries)}.values())[::-1]  # first of each key
        known = self._known_keys(feed.url, [e.entry_key for e in entries])
        self.db.conn.executemany("update sources set last_seen = ? where feed_url = ? and entry_key = ?",
                                 [(stamp, feed.url, key) for key in known])
        fresh = [e for e in entries if e.entry_key not in known]
        identities = {e.entry_key: _identity(e) for e in fresh}
        found = self._items_by_identity(identities.values())
        sources = []
        for entry in fresh:
            item_id = next((found[k] for k in identities[entry.entry_key] if k in found), None)
            if item_id is None:
                item_id = self._insert_item(entry, feed.url, feed.kind, stamp)
                new += 1
            else:  # a copy of a stored item: it gains a source (and perhaps a DOI), so its pages change
                if entry.doi:
                    self.db.execute("update items set doi = ? where id = ? and coalesce(doi, '') = ''",
                                    [entry.doi, item_id])
                self.db.execute("update items set revision = revision + 1 where id = ?", [item_id])
            for key in identities[entry.entry_key]:
                found.setdefault(key, item_id)  # a later copy in this same batch finds this one
            sources.append((feed.url, entry.entry_key, item_id, feed.name, feed.organisation, entry.link, stamp,
                            stamp))
        self.db.conn.executemany(
            "insert into sources (feed_url, entry_key, item_id, feed_name, organisation, link, first_seen, last_seen)"
            " values (?, ?, ?, ?, ?, ?, ?, ?)", sources)
        return new

    def _known_keys(self, feed_url: str, keys: Sequence[str]) -> set[str]:
        known: set[str] = set()
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            known |= {r[0] for r in self.db.execute(
                f"select entry_key from sources where feed_url = ? and entry_key in ({marks})", [feed_url, *chunk])}
        return known

    def _items_by_identity(self, identities: Iterable[list[tuple[str, str]]]) -> dict[tuple[str, str], str]:
        """Stored items with any of these identities, keyed by ("doi" | "canonical_link" | "title_key", value)."""
        found: dict[tuple[str, str], str] = {}
        wanted = [pair for pairs in identities for pair in pairs]
        for column in ("doi", "canonical_link", "title_key"):
            values = sorted({value for c, value in wanted if c == column})
            for chunk in _chunks(values, 500):
                marks = ",".join("?" * len(chunk))
                for item_id, value in self.db.execute(
                        f"select id, {column} from items where {column} in ({marks}) order by rowid", chunk):
                    found.setdefault((column, value), item_id)
        return found

    def _insert_item(self, entry: Entry, feed_url: str, kind: str, stamp: str) -> str:
        # An entry known only by its place in one feed ("Notice", no link) is that feed's own item.
        basis = entry.doi or canonical_link(entry.link) or title_key(entry.title) or f"{feed_url}\n{entry.entry_key}"
        item_id, n = "", 0
        while not item_id or self.db.execute("select 1 from items where id = ?", [item_id]).fetchone():
            # Ids are short for people to type; a clash (same basis, or a hash collision) takes the next one.
            item_id = hashlib.sha256(f"{basis}\n{n}".encode() if n else basis.encode()).hexdigest()[:10]
            n += 1
        self.db.execute(
            "insert into items (id, title, link, canonical_link, doi, title_key, summary, published,"
            " first_seen, kind, authors, categories) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [item_id, entry.title, entry.link, canonical_link(entry.link), entry.doi, title_key(entry.title),
             entry.summary, to_text(entry.published) if entry.published else stamp, stamp, kind,
             json.dumps(list(entry.authors)), json.dumps(list(entry.categories))])
        return item_id

    def item(self, item_id: str) -> Item:
        """One item by its id (as shown on the site and by broker review), or StoreError."""
        found = self._items("select * from items where id = ?", [item_id.strip()])
        if not found:
            raise UnknownItem(f"there is no item with the id {item_id!r}. Item ids are the 10-letter codes that "
                              "broker review lists, also at the end of each item page's address (items/<id>.html)")
        return found[0]

    def last_arrival(self) -> datetime | None:
        """When the newest item reached the store (one look-up in the first_seen index)."""
        row = self.db.execute("select max(first_seen) from items").fetchone()
        return from_text(row[0]) if row and row[0] else None

    def recent_items(self, limit: int) -> list[Item]:
        """The newest items to arrive, text only (for trying a keyword list)."""
        return self._items("select * from items order by first_seen desc, id limit ?", [limit], relations=False)

    def items_to_classify(self, themes_version: str, limit: int) -> list[Item]:
        """Up to ``limit`` items whose themes were decided under other rules (or not at all)."""
        # Deciding themes needs only an item's own text, not its sources or earlier themes.
        # "<> ?" would read the whole table; two ranges and NULL let SQLite use the themes_version index,
        # so finding the few new items costs the same in an archive of any size.
        return self._items("select * from items where themes_version is null or themes_version < ?"
                           " or themes_version > ? limit ?", [themes_version, themes_version, limit],
                           relations=False)

    def save_themes(self, decisions: Mapping[str, Sequence[ThemeMatch]], themes_version: str) -> None:
        """Store each item's theme matches, replacing what was there before."""
        with self.transaction():
            ids = list(decisions)
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"delete from item_themes where item_id in ({marks})", chunk)
                self.db.execute(f"update items set themes_version = ?, revision = revision + 1 where id in ({marks})",
                                [themes_version, *chunk])
            self.db.conn.executemany(
                "insert into item_themes (item_id, theme, why, score, chosen, uncertainty) values (?, ?, ?, ?, ?, ?)",
                [(item_id, m.theme, json.dumps(list(m.why)), m.score, int(m.chosen), m.uncertainty)
                 for item_id, matches in decisions.items() for m in matches])
            self.pages_changed()

