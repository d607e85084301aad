"""Curators' yes/no labels for (item, theme), and the model's doubtful decisions for broker review."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from ..errors import LabelError
from ..models import Item
from .base import StoreBase, to_text


class LabelStore(StoreBase):
    """Labels survive rebuilds: they live in their own table, keyed on stable item ids."""

    def labels(self) -> dict[str, dict[str, bool]]:
        """Every label, as item id -> theme -> yes/no."""
        found: dict[str, dict[str, bool]] = {}
        for item_id, theme, label in self.db.execute("select item_id, theme, label from labels order by rowid"):
            found.setdefault(item_id, {})[theme] = bool(label)
        return found

    def label_rows(self) -> list[tuple[str, str, bool, str, str, str]]:
        """(item id, theme, yes/no, when, by whom, item title) for export, in a stable order."""
        return [(r[0], r[1], bool(r[2]), r[3], r[4] or "", r[5] or "") for r in self.db.execute(
            "select l.item_id, l.theme, l.label, l.labelled, l.by, i.title from labels l left join items i"
            " on i.id = l.item_id order by l.theme, l.item_id")]

    def item_labels(self, item_id: str) -> list[tuple[str, bool, str, str]]:
        """(theme, yes/no, when, by whom) of one item's labels."""
        return [(r[0], bool(r[1]), r[2], r[3] or "") for r in self.db.execute(
            "select theme, label, labelled, by from labels where item_id = ? order by theme", [item_id])]

    def set_label(self, item_id: str, theme: str, label: bool, now: datetime, replace: bool = False,
                  by: str = "", when: str = "") -> str:
        """Record a label; returns "added", "same" or "changed". A contradiction needs ``replace``.

        ``by`` is who gave it; ``when`` keeps an imported label's own time.
        """
        with self.transaction():
            row = self.db.execute("select label from labels where item_id = ? and theme = ?",
                                  [item_id, theme]).fetchone()
            if row is not None and bool(row[0]) == label:
                return "same"
            if row is not None and not replace:
                said = "in" if row[0] else "not in"
                raise LabelError(
                    f"item {item_id} is already labelled as {said} theme {theme!r}. Keep the old label, or "
                    f"replace it by running the same command again with --replace")
            self.db.execute("insert or replace into labels (item_id, theme, label, labelled, by)"
                            " values (?, ?, ?, ?, ?)", [item_id, theme, int(label), when or to_text(now), by])
            return "changed" if row is not None else "added"

    def remove_label(self, item_id: str, theme: str) -> bool:
        """Take a label back; False if there was none."""
        with self.transaction():
            cursor = self.db.execute("delete from labels where item_id = ? and theme = ?", [item_id, theme])
        return cursor.rowcount > 0

    def known_items(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            found |= {r[0] for r in self.db.execute(f"select id from items where id in ({marks})", chunk)}
        return found

    def training_items(self, unlabelled: int) -> list[Item]:
        """Every labelled item, plus up to ``unlabelled`` recent others for keyword weak labels."""
        return self._items(
            "select * from items where id in (select item_id from labels) or id in"
            " (select id from items where id not in (select item_id from labels)"
            "  order by published desc limit ?)", [unlabelled])

    def doubtful(self, theme: str | None, limit: int) -> list[tuple[Item, str, float, bool, tuple[str, ...]]]:
        """Unlabelled decisions the model is least sure of: (item, theme, doubt, chosen, words that counted)."""
        where = " and t.theme = ?" if theme else ""
        rows = self.db.execute(
            "select t.item_id, t.theme, t.uncertainty, t.chosen, t.why from item_themes t where t.uncertainty > 0"
            " and not exists (select 1 from labels l where l.item_id = t.item_id and l.theme = t.theme)"
            + where + " order by t.uncertainty desc, t.item_id limit ?", [*([theme] if theme else []), limit]
        ).fetchall()
        items = {i.id: i for i in self._items(
            f"select * from items where id in ({','.join('?' * len(rows))})", [r[0] for r in rows])} if rows else {}
        return [(items[r[0]], r[1], float(r[2]), bool(r[3]), tuple(json.loads(r[4] or "[]")))
                for r in rows if r[0] in items]

    def unlabelled_picks(self, theme: str, limit: int) -> list[Item]:
        """The newest items in a theme with no label for it: what a curator confirms or corrects next."""
        return self._items(
            "select * from items where id in (select t.item_id from item_themes t where t.theme = ? and t.chosen = 1"
            " and not exists (select 1 from labels l where l.item_id = t.item_id and l.theme = t.theme))"
            " order by published desc, id limit ?", [theme, limit])
