"""Digests: what each group has had, drafts waiting for approval, and the archive."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ..errors import StoreError
from ..models import Digest, DigestHead, Item, ThemeMatch
from .base import StoreBase, from_text, to_text

PUBLISHED = "published"
DRAFT = "draft"


class DigestStore(StoreBase):
    """Each group's digests and the items in them."""

    def group_started(self, group: str) -> datetime | None:
        row = self.db.execute("select min(created) from digests where group_key = ?", [group]).fetchone()
        return from_text(row[0]) if row and row[0] else None

    def digest_candidates(self, group: str, themes: Sequence[str], since: datetime,
                          limit: int | None = None) -> list[Item]:
        """Items in the group's themes, dated on or after ``since``, that the group has not had, newest first."""
        sql, params = self._candidates(group, themes, since)
        sql += " order by published desc, id desc"
        if limit is not None:
            sql += " limit ?"
            params.append(limit)
        return self._items(sql, params)

    def has_arrivals(self, group: str, themes: Sequence[str], since: datetime, after: datetime) -> bool:
        """Whether any candidate for the group reached the store after ``after`` (something new to send).

        It walks only the items that arrived since (an index on first_seen), so a
        quiet rebuild costs the same whatever the size of the archive.
        """
        sql, params = self._candidates(group, themes, since)
        # "+published" keeps SQLite off the published index, so it walks the few new items instead.
        sql = sql.replace("select *", "select 1", 1).replace("where published", "where +published", 1)
        found = self.db.execute(sql + " and first_seen > ? limit 1", [*params, to_text(after)]).fetchone()
        return found is not None

    def _candidates(self, group: str, themes: Sequence[str], since: datetime) -> tuple[str, list[object]]:
        marks = ",".join("?" * len(themes))
        return (f"select * from items where published >= ?"
                f" and exists (select 1 from item_themes t where t.item_id = items.id and t.chosen = 1"
                f" and t.theme in ({marks}))"
                f" and not exists (select 1 from digest_items d where d.group_key = ? and d.item_id = items.id)",
                [to_text(since), *themes, group])

    def latest_digest_time(self, group: str) -> datetime | None:
        """When the group's newest digest (draft or published) was made."""
        row = self.db.execute("select max(created) from digests where group_key = ?", [group]).fetchone()
        return from_text(row[0]) if row and row[0] else None

    def digest_ids(self, group: str) -> set[str]:
        return {r[0] for r in self.db.execute("select digest_id from digests where group_key = ?", [group])}

    def record_digest(self, digest: Digest, state: str = PUBLISHED) -> None:
        """Save a new digest; its items are now the group's, so no later digest repeats them."""
        with self.transaction():
            self.db.execute(
                "insert into digests (group_key, digest_id, created, item_count, state, queued)"
                " values (?, ?, ?, ?, ?, 0)",
                [digest.group, digest.id, to_text(digest.created), len(digest.items), state])
            # Each item's themes and "why" as they are now: what was sent stays as it was sent.
            self.db.conn.executemany(
                "insert into digest_items (group_key, item_id, digest_id, position, themes) values (?, ?, ?, ?, ?)",
                [(digest.group, item.id, digest.id, n, json.dumps([[m.theme, list(m.why), m.score]
                                                                   for m in item.themes]))
                 for n, item in enumerate(digest.items)])
            self.pages_changed()

    def digests(self, group: str, *, state: str = PUBLISHED, limit: int | None = None,
                unqueued: bool = False) -> list[Digest]:
        """A group's digests in one state, with their items, newest first."""
        sql = "select digest_id, created from digests where group_key = ? and state = ?"
        sql += " and queued = 0" if unqueued else ""
        sql += " order by created desc, digest_id desc"
        sql += f" limit {int(limit)}" if limit else ""
        return [self._digest(group, digest_id, created)
                for digest_id, created in self.db.execute(sql, [group, state]).fetchall()]

    def unqueued(self) -> set[str]:
        """Groups with a published digest not yet queued for its subscribers (one small query for all)."""
        return {r[0] for r in self.db.execute(
            "select distinct group_key from digests where state = ? and queued = 0", [PUBLISHED])}

    def digest_heads(self, group: str, *, state: str = PUBLISHED) -> list[DigestHead]:
        """A group's digests in one state, newest first, with their items' ids and revisions only.

        One query over small rows (the (id, revision) index covers the items), so
        listing years of digests never reads the items' text.
        """
        heads: dict[str, DigestHead] = {}
        found: dict[str, list[tuple[str, int]]] = {}
        for digest_id, created, item_id, revision in self.db.execute(
                "select d.digest_id, d.created, di.item_id, i.revision from digests d"
                " left join digest_items di on di.group_key = d.group_key and di.digest_id = d.digest_id"
                " left join items i indexed by idx_items_id_revision on i.id = di.item_id"
                " where d.group_key = ? and d.state = ? order by d.created desc, d.digest_id desc, di.position",
                [group, state]):
            if digest_id not in heads:
                heads[digest_id] = DigestHead(digest_id, group, from_text(created))
                found[digest_id] = []
            if item_id is not None:
                found[digest_id].append((item_id, revision or 0))
        return [DigestHead(h.id, h.group, h.created, tuple(found[h.id])) for h in heads.values()]

    def shown_revision(self) -> int:
        """A number that changes whenever an item some digest shows changes (its revision rises)."""
        row = self.db.execute("select coalesce(sum(revision), 0) from items where id in"
                              " (select item_id from digest_items)").fetchone()
        return int(row[0])

    def digest(self, group: str, digest_id: str) -> Digest:
        """One digest with its items, or StoreError."""
        row = self.db.execute("select created from digests where group_key = ? and digest_id = ?",
                              [group, digest_id]).fetchone()
        if row is None:
            raise StoreError(f"the group {group!r} has no digest {digest_id!r}")
        return self._digest(group, digest_id, row[0])

    def _digest(self, group: str, digest_id: str, created: str) -> Digest:
        """A digest's items, each with its themes and "why" as they were when the digest was made."""
        order: dict[str, int] = {}
        kept: dict[str, tuple[ThemeMatch, ...]] = {}
        for item_id, position, themes in self.db.execute(
                "select item_id, position, themes from digest_items where group_key = ? and digest_id = ?",
                [group, digest_id]):
            order[item_id] = position
            if themes is not None:
                kept[item_id] = tuple(ThemeMatch(t, tuple(why), score) for t, why, score in json.loads(themes))
        marks = ",".join("?" * len(order))
        items = self._items(f"select * from items where id in ({marks})", list(order)) if order else []
        items = [replace(i, themes=kept[i.id]) if i.id in kept else i for i in items]
        items.sort(key=lambda i: order[i.id])
        return Digest(digest_id, group, from_text(created), tuple(items))

    def _oldest_draft(self, group: str) -> Digest | None:
        drafts = self.digests(group, state=DRAFT)
        return drafts[-1] if drafts else None

    def approve(self, group: str) -> Digest | None:
        """Release the group's oldest draft for publishing and sending."""
        oldest = self._oldest_draft(group)
        if oldest is None:
            return None
        with self.transaction():
            self.db.execute("update digests set state = ? where group_key = ? and digest_id = ?",
                            [PUBLISHED, group, oldest.id])
            self.pages_changed()
        return oldest

    def reject(self, group: str) -> Digest | None:
        """Drop the group's oldest draft; its items go back to the pool for the next digest."""
        oldest = self._oldest_draft(group)
        if oldest is None:
            return None
        with self.transaction():
            self.db.execute("delete from digest_items where group_key = ? and digest_id = ?", [group, oldest.id])
            self.db.execute("delete from digests where group_key = ? and digest_id = ?", [group, oldest.id])
            self.pages_changed()
        return oldest

    def theme_items(self, theme: str, limit: int) -> list[Item]:
        """The newest items of a theme from the most recent published digests that included it.

        It walks digests newest first (an index on state and date) and stops once it
        has enough, so it costs the same after years of digests and in an archive of
        any size: walking the archive's items newest first instead crossed most of a
        95,000-item archive (2 s) when feeds' dates did not follow arrival order.
        """
        return self._items(
            "select * from items where id in (select di.item_id from digests d join digest_items di"
            " on di.group_key = d.group_key and di.digest_id = d.digest_id where d.state = ? and exists"
            " (select 1 from item_themes t where t.item_id = di.item_id and t.theme = ? and t.chosen = 1)"
            " order by d.created desc limit ?) order by published desc, id limit ?",
            [PUBLISHED, theme, 4 * limit, limit])  # 4x: an item may be in several groups' digests

    def last_digest(self, group: str) -> tuple[str, datetime, int] | None:
        row = self.db.execute(
            "select digest_id, created, item_count from digests where group_key = ? and state = ?"
            " order by created desc, digest_id desc limit 1", [group, PUBLISHED]).fetchone()
        return (row[0], from_text(row[1]), row[2]) if row else None
