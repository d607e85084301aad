"""The connection, transactions, migrations and the shared item loader."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from ..errors import StoreError
from ..models import Item, Source, ThemeMatch
from .schema import MIGRATIONS, SCHEMA_VERSION
from .sqlite import sqlite_utils


def to_text(moment: datetime) -> str:
    """UTC timestamps as sortable text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_text(text: str) -> datetime:
    """The inverse of to_text (fromisoformat: several times quicker than strptime, read thousands of times)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or len(text) != 20:
        raise ValueError(f"not a stored UTC time: {text!r}")
    return moment


class StoreBase:
    """The open database; the other store modules add their queries to it."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> Self:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # One connection, used by one thread at a time; fetching may store from its own thread.
            conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            # WAL with NORMAL sync survives a crash of broker (not of the machine) and makes
            # each small commit cheap; the outbox commits once per message.
            conn.execute("PRAGMA synchronous = NORMAL")
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All the body's statements commit together, or none do.

        BEGIN IMMEDIATE takes the write lock at the start, waiting (busy timeout)
        while another process writes; a transaction that read first and wrote
        later could instead fail at once with "database is locked" when
        ``broker serve`` wrote in between. sqlite-utils 4 commits each write
        statement made outside an open transaction, so the transaction is
        opened here explicitly. Inside one, an inner ``transaction()`` is a
        savepoint: it commits with the outer one, and a failure in it undoes only
        its own writes (broker serve commits many people's requests together).
        """
        conn = self.db.conn
        if conn.in_transaction:  # inside another: its own savepoint, so a failure undoes only its own part
            conn.execute("SAVEPOINT inner_work")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO SAVEPOINT inner_work")
                    conn.execute("RELEASE SAVEPOINT inner_work")
                raise
            conn.execute("RELEASE SAVEPOINT inner_work")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _migrate(self, version: int) -> None:
        """Bring an older database up to date, one version at a time, each step all or nothing."""
        self.db.enable_wal()
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                MIGRATIONS[target](self.db)
                self.db.execute(f"PRAGMA user_version = {target}")

    def backup(self, target: Path) -> None:
        """A consistent copy of the whole database, even while another run writes (VACUUM INTO)."""
        if target.exists():
            raise StoreError(f"{target}: already exists. Choose a new file name, so no backup is overwritten.")
        target.parent.mkdir(parents=True, exist_ok=True)
        self.db.execute("VACUUM INTO ?", [str(target)])

    # ------------------------------------------------------------ meta

    def pages_changed(self) -> None:
        """Note (in the current transaction) that something a page shows has changed.

        A build that stored nothing and decided nothing compares this number with
        the one its last site was made at, instead of reading the archive.
        """
        self.db.execute("insert into meta (key, value) values ('pages', '1')"
                        " on conflict(key) do update set value = cast(value as integer) + 1")

    def pages_generation(self) -> str:
        return self.meta("pages", "0")

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("insert or replace into meta (key, value) values (?, ?)", [key, value])

    def _items(self, sql: str, params: Sequence[Any], relations: bool = True) -> list[Item]:
        """Items from a ``select * from items`` query; ``relations`` adds their sources and themes."""
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        if not rows:
            return []
        ids = [r["id"] for r in rows] if relations else []
        sources: dict[str, list[Source]] = {}
        themes: dict[str, list[ThemeMatch]] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            for item_id, name, org, link in self.db.execute(
                    f"select item_id, feed_name, organisation, link from sources where item_id in ({marks})"
                    " order by first_seen, feed_name", chunk):
                sources.setdefault(item_id, []).append(Source(name, org or "", link or ""))
            for item_id, theme, why, score in self.db.execute(
                    f"select item_id, theme, why, score from item_themes where chosen = 1 and item_id in ({marks})"
                    " order by theme", chunk):
                themes.setdefault(item_id, []).append(ThemeMatch(theme, tuple(json.loads(why)), score))
        return [Item(
            id=r["id"], title=r["title"], link=r["link"] or "", summary=r["summary"] or "",
            published=from_text(r["published"]), kind=r["kind"], authors=tuple(json.loads(r["authors"])),
            categories=tuple(json.loads(r["categories"])), doi=r["doi"] or "",
            sources=tuple(sources.get(r["id"], ())), themes=tuple(themes.get(r["id"], ())),
        ) for r in rows]

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
