"""The only module that opens the SQLite database (through sqlite-utils).

Tables have plain names (feeds, items, sources, item_themes, digests,
digest_items, runs) so curators can browse them with Datasette or the
sqlite-utils CLI. Every write happens inside a transaction; WAL mode and a
busy timeout let a reader look while a run writes.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlite_utils

from .errors import StoreError
from .models import Digest, Entry, FetchResult, Item, Source, ThemeMatch

SCHEMA_VERSION = 1
_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
MIN_TITLE_KEY = 20  # shorter titles ("Editorial", "Correction") are too common to match on


def to_text(moment: datetime) -> str:
    """UTC timestamps as sortable text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_text(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def canonical_link(link: str) -> str:
    """A link reduced to what identifies the page: no tracking, fragment or scheme."""
    if not link:
        return ""
    parts = urlsplit(link.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", parts.netloc.lower().removeprefix("www."), path, query, ""))


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


class Store:
    """A broker database: open it with ``Store.open(path)``."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=30)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: is not a broker database ({exc}). "
                             "Point [broker] database at a new file, or restore a backup.") from None
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{path}: was written by a newer broker (schema {version}, this one knows {SCHEMA_VERSION}). "
                "Upgrade broker; nothing was changed.")
        store = cls(db)
        if version < SCHEMA_VERSION:
            store._migrate(version)
        return store

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.conn:
            yield

    def _migrate(self, version: int) -> None:
        self.db.enable_wal()
        with self.transaction():
            if version < 1:
                self._create_v1()
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _create_v1(self) -> None:
        db = self.db
        db.table("feeds").create({
            "url": str, "name": str, "etag": str, "last_modified": str, "body_hash": str,
            "last_checked": str, "last_success": str, "last_error": str, "last_error_at": str,
            "failing_since": str, "item_count": int, "last_new_item_at": str, "moved_to": str,
            "warning": str}, pk="url", defaults={"item_count": 0})
        db.table("items").create({
            "id": str, "title": str, "link": str, "canonical_link": str, "doi": str,
            "title_key": str, "summary": str, "published": str, "first_seen": str, "kind": str,
            "authors": str, "categories": str, "themes_version": str}, pk="id")
        for column in ("doi", "canonical_link", "title_key", "published"):
            db.table("items").create_index([column])
        db.table("sources").create({
            "feed_url": str, "entry_key": str, "item_id": str, "feed_name": str,
            "organisation": str, "link": str, "first_seen": str, "last_seen": str},
            pk=("feed_url", "entry_key"))
        db.table("sources").create_index(["item_id"])
        db.table("item_themes").create({"item_id": str, "theme": str, "why": str, "score": float},
                                 pk=("item_id", "theme"))
        db.table("item_themes").create_index(["theme"])
        db.table("digests").create({"group_key": str, "digest_id": str, "created": str, "item_count": int,
                              "emailed": int}, pk=("group_key", "digest_id"), defaults={"emailed": 0})
        db.table("digest_items").create({"group_key": str, "item_id": str, "digest_id": str, "position": int},
                                  pk=("group_key", "item_id"))
        db.table("runs").create({"id": int, "started": str, "finished": str, "feeds_ok": int,
                           "feeds_unchanged": int, "feeds_failed": int, "new_items": int,
                           "digests": int, "outcome": str}, pk="id")
        db.table("meta").create({"key": str, "value": str}, pk="key")

    # ------------------------------------------------------------ meta

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("insert or replace into meta (key, value) values (?, ?)", [key, value])

    # ------------------------------------------------------------ feeds

    def feed_rows(self) -> dict[str, FeedRow]:
        rows = self.db.execute(
            "select url, name, etag, last_modified, body_hash, last_success, last_error,"
            " failing_since, item_count, moved_to, warning from feeds").fetchall()
        return {r[0]: FeedRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4] or "",
                              _maybe_time(r[5]), r[6] or "", _maybe_time(r[7]), r[8] or 0,
                              r[9] or "", r[10] or "") for r in rows}

    def record_fetch(self, result: FetchResult, now: datetime) -> int:
        """Save one feed's outcome and its new entries in one transaction; return new items."""
        feed, stamp = result.feed, to_text(now)
        with self.transaction():
            self.db.execute(
                "insert into feeds (url, name) values (?, ?) on conflict(url) do update set name = excluded.name",
                [feed.url, feed.name])
            if result.status == "error":
                self.db.execute(
                    "update feeds set last_checked = ?, last_error = ?, last_error_at = ?,"
                    " failing_since = coalesce(failing_since, ?), moved_to = coalesce(nullif(?, ''), moved_to)"
                    " where url = ?", [stamp, result.error, stamp, stamp, result.moved_to, feed.url])
                return 0
            new = self._ingest(result, stamp) if result.status == "ok" else 0
            count = self.db.execute("select count(*) from sources where feed_url = ?", [feed.url]).fetchone()[0]
            self.db.execute(
                "update feeds set last_checked = ?, last_success = ?, last_error = '', failing_since = null,"
                " etag = ?, last_modified = ?, body_hash = ?, item_count = ?, warning = ?,"
                " moved_to = coalesce(nullif(?, ''), moved_to),"
                " last_new_item_at = case when ? > 0 then ? else last_new_item_at end where url = ?",
                [stamp, stamp, result.etag, result.last_modified, result.body_hash, count,
                 result.warning if result.status == "ok" else "", result.moved_to, new, stamp, feed.url])
            return new

    def _ingest(self, result: FetchResult, stamp: str) -> int:
        feed, new = result.feed, 0
        for entry in result.entries:
            known = self.db.execute("select item_id from sources where feed_url = ? and entry_key = ?",
                                    [feed.url, entry.entry_key]).fetchone()
            if known:
                self.db.execute("update sources set last_seen = ? where feed_url = ? and entry_key = ?",
                                [stamp, feed.url, entry.entry_key])
                continue
            item_id = self._same_item(entry)
            if item_id is None:
                item_id = self._insert_item(entry, feed.kind, stamp)
                new += 1
            elif entry.doi:
                self.db.execute("update items set doi = ? where id = ? and coalesce(doi, '') = ''",
                                [entry.doi, item_id])
            self.db.execute(
                "insert into sources (feed_url, entry_key, item_id, feed_name, organisation, link,"
                " first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?)",
                [feed.url, entry.entry_key, item_id, feed.name, feed.organisation, entry.link, stamp, stamp])
        return new

    def _same_item(self, entry: Entry) -> str | None:
        """The stored item this entry is another copy of: same DOI, link or title."""
        checks = [("doi", entry.doi), ("canonical_link", canonical_link(entry.link)),
                  ("title_key", title_key(entry.title))]
        for column, value in checks:
            if value:
                row = self.db.execute(f"select id from items where {column} = ? limit 1", [value]).fetchone()
                if row:
                    return str(row[0])
        return None

    def _insert_item(self, entry: Entry, kind: str, stamp: str) -> str:
        basis = entry.doi or canonical_link(entry.link) or title_key(entry.title) or entry.entry_key
        digest = hashlib.sha256(basis.encode()).hexdigest()
        item_id = digest[:10]
        for width in range(11, len(digest)):
            if not self.db.execute("select 1 from items where id = ?", [item_id]).fetchone():
                break
            item_id = digest[:width]
        self.db.execute(
            "insert into items (id, title, link, canonical_link, doi, title_key, summary, published,"
            " first_seen, kind, authors, categories) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [item_id, entry.title, entry.link, canonical_link(entry.link), entry.doi, title_key(entry.title),
             entry.summary, to_text(entry.published) if entry.published else stamp, stamp, kind,
             json.dumps(list(entry.authors)), json.dumps(list(entry.categories))])
        return item_id

    # ------------------------------------------------------------ items and themes

    def items_to_classify(self, themes_version: str) -> list[Item]:
        """Items whose themes were decided under other rules (or not at all)."""
        return self._items("select * from items where coalesce(themes_version, '') != ?", [themes_version])

    def save_themes(self, decisions: Mapping[str, Sequence[ThemeMatch]], themes_version: str) -> None:
        """Store each item's theme matches, replacing what was there before."""
        with self.transaction():
            ids = list(decisions)
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"delete from item_themes where item_id in ({marks})", chunk)
                self.db.execute(f"update items set themes_version = ? where id in ({marks})",
                                [themes_version, *chunk])
            self.db.conn.executemany(
                "insert into item_themes (item_id, theme, why, score) values (?, ?, ?, ?)",
                [(item_id, m.theme, json.dumps(list(m.why)), m.score)
                 for item_id, matches in decisions.items() for m in matches])

    def _items(self, sql: str, params: Sequence[Any]) -> list[Item]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        sources: dict[str, list[Source]] = {}
        themes: dict[str, list[ThemeMatch]] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for item_id, name, org, link in self.db.execute(
                    f"select item_id, feed_name, organisation, link from sources where item_id in ({marks})"
                    " order by first_seen, feed_name", chunk):
                sources.setdefault(item_id, []).append(Source(name, org or "", link or ""))
            for item_id, theme, why, score in self.db.execute(
                    f"select item_id, theme, why, score from item_themes where item_id in ({marks})"
                    " order by theme", chunk):
                themes.setdefault(item_id, []).append(ThemeMatch(theme, tuple(json.loads(why)), score))
        return [Item(
            id=r["id"], title=r["title"], link=r["link"] or "", summary=r["summary"] or "",
            published=from_text(r["published"]), kind=r["kind"], authors=tuple(json.loads(r["authors"])),
            categories=tuple(json.loads(r["categories"])), doi=r["doi"] or "",
            sources=tuple(sources.get(r["id"], ())), themes=tuple(themes.get(r["id"], ())),
        ) for r in rows]

    # ------------------------------------------------------------ digests

    def group_started(self, group: str) -> datetime | None:
        row = self.db.execute("select min(created) from digests where group_key = ?", [group]).fetchone()
        return from_text(row[0]) if row and row[0] else None

    def digest_candidates(self, group: str, themes: Sequence[str], since: datetime) -> list[Item]:
        """Items in the group's themes, dated on or after ``since``, that the group has not had."""
        marks = ",".join("?" * len(themes))
        return self._items(
            f"select * from items where published >= ? and id in"
            f" (select item_id from item_themes where theme in ({marks}))"
            f" and id not in (select item_id from digest_items where group_key = ?)"
            f" order by published desc, id", [to_text(since), *themes, group])

    def digest_ids(self, group: str) -> set[str]:
        return {r[0] for r in self.db.execute("select digest_id from digests where group_key = ?", [group])}

    def record_digest(self, digest: Digest) -> None:
        with self.transaction():
            self.db.execute(
                "insert into digests (group_key, digest_id, created, item_count, emailed) values (?, ?, ?, ?, 0)",
                [digest.group, digest.id, to_text(digest.created), len(digest.items)])
            self.db.conn.executemany(
                "insert into digest_items (group_key, item_id, digest_id, position) values (?, ?, ?, ?)",
                [(digest.group, item.id, digest.id, n) for n, item in enumerate(digest.items)])

    def digests(self, group: str, limit: int | None = None, unemailed: bool = False) -> list[Digest]:
        """A group's digests with their items, newest first."""
        sql = "select digest_id, created from digests where group_key = ?"
        sql += " and emailed = 0" if unemailed else ""
        sql += " order by created desc, digest_id desc"
        sql += f" limit {int(limit)}" if limit else ""
        result = []
        for digest_id, created in self.db.execute(sql, [group]).fetchall():
            order = {r[0]: r[1] for r in self.db.execute(
                "select item_id, position from digest_items where group_key = ? and digest_id = ?",
                [group, digest_id])}
            marks = ",".join("?" * len(order))
            items = self._items(f"select * from items where id in ({marks})", list(order)) if order else []
            items.sort(key=lambda i: order[i.id])
            result.append(Digest(digest_id, group, from_text(created), tuple(items)))
        return result

    def mark_emailed(self, group: str, digest_id: str) -> None:
        with self.transaction():
            self.db.execute("update digests set emailed = 1 where group_key = ? and digest_id = ?",
                            [group, digest_id])

    def theme_items(self, theme: str, limit: int) -> list[Item]:
        """The newest items of a theme that some group's digest has published."""
        return self._items(
            "select * from items where id in (select item_id from item_themes where theme = ?)"
            " and id in (select item_id from digest_items) order by published desc, id limit ?",
            [theme, limit])

    def last_digest(self, group: str) -> tuple[str, datetime, int] | None:
        row = self.db.execute(
            "select digest_id, created, item_count from digests where group_key = ?"
            " order by created desc, digest_id desc limit 1", [group]).fetchone()
        return (row[0], from_text(row[1]), row[2]) if row else None

    # ------------------------------------------------------------ runs

    def start_run(self, now: datetime) -> int:
        with self.transaction():
            cursor = self.db.execute("insert into runs (started, outcome) values (?, 'running')", [to_text(now)])
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, now: datetime, counts: Mapping[str, int], outcome: str) -> None:
        with self.transaction():
            self.db.execute(
                "update runs set finished = ?, feeds_ok = ?, feeds_unchanged = ?, feeds_failed = ?,"
                " new_items = ?, digests = ?, outcome = ? where id = ?",
                [to_text(now), counts.get("feeds_ok", 0), counts.get("feeds_unchanged", 0),
                 counts.get("feeds_failed", 0), counts.get("new_items", 0), counts.get("digests", 0),
                 outcome, run_id])

    def count(self, table: str) -> int:
        return int(self.db.execute(f"select count(*) from [{table}]").fetchone()[0])


def _maybe_time(text: str | None) -> datetime | None:
    return from_text(text) if text else None


def _chunks(values: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
