"""The database: migrations keep data, a newer database is refused untouched, backups are consistent."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from broker.errors import StoreError
from broker.store import SCHEMA_VERSION, Store, canonical_link, title_key
from broker.store.schema import create_v1


def test_a_version_1_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    create_v1(db)
    db.execute("PRAGMA user_version = 1")
    db["feeds"].insert({"url": "https://example.org/feed", "name": "Old feed", "item_count": 3})
    db["subscribers"].insert({"group_key": "forum", "email": "a@example.net", "name": "A", "active": 1,
                              "subscribed": "2026-01-01T00:00:00Z"})
    db.conn.commit()
    db.conn.close()

    with Store.open(path) as store:
        rows = store.feed_rows()
        assert rows["https://example.org/feed"].name == "Old feed"
        assert rows["https://example.org/feed"].failures == 0
        assert store.subscribers("forum") == [("a@example.net", "A")]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION == 9


def test_a_database_from_a_newer_broker_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("create table future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StoreError) as caught:
        Store.open(path)

    assert str(caught.value) == (f"{path}: was written by a newer broker (schema {SCHEMA_VERSION + 1}, "
                                 f"this one knows {SCHEMA_VERSION}). Upgrade broker; nothing was changed.")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="is not a broker database"):
        Store.open(path)


@pytest.mark.parametrize("a, b", [
    ("https://www.example.org/study/1/?utm_source=x#top", "http://example.org/study/1"),
    ("https://example.org/a?id=3&utm_campaign=y", "https://EXAMPLE.org/a?id=3"),
])
def test_links_that_differ_only_in_tracking_or_scheme_are_the_same(a: str, b: str) -> None:
    assert canonical_link(a) == canonical_link(b)


def test_titles_match_ignoring_case_and_punctuation_but_short_ones_never_match() -> None:
    assert title_key("Home support: a RANDOMISED trial!") == title_key("home support - a randomised trial")
    assert title_key("Editorial") == ""


def test_backup_makes_a_consistent_copy_and_never_overwrites(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from broker.cli import main

    from .feeds import rss, story, write_config

    feed = tmp_path / "feed.xml"
    feed.write_text(rss([story(1), story(2)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(feed))])
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--config", str(tmp_path / "feeds.toml")]).exit_code == 0

    first = runner.invoke(main, ["backup", str(tmp_path / "copy.db"), "--config", str(tmp_path / "feeds.toml")])
    again = runner.invoke(main, ["backup", str(tmp_path / "copy.db"), "--config", str(tmp_path / "feeds.toml")])

    assert first.exit_code == 0, first.output
    with Store.open(tmp_path / "copy.db") as copy:
        assert copy.count("items") == 2
        assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert again.exit_code == 1 and "already exists" in again.output


def test_a_transaction_commits_all_its_writes_or_none(tmp_path: Path) -> None:
    """sqlite-utils 4 commits each write made outside an open transaction; ours must still be all or nothing."""
    with Store.open(tmp_path / "broker.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.db.execute("insert into meta (key, value) values ('a', '1')")
            store.db.execute("insert into meta (key, value) values ('b', '2')")
            raise RuntimeError("a crash half-way")
        assert store.meta("a") == store.meta("b") == ""
        with store.transaction():
            store.db.execute("insert into meta (key, value) values ('a', '1')")
            assert store.db.conn.in_transaction, "still open until the block ends"
        assert store.meta("a") == "1"


def test_a_write_waits_for_another_process_rather_than_failing(tmp_path: Path) -> None:
    """broker serve writes while a run reads then writes: neither fails with "database is locked"; one waits."""
    path = tmp_path / "broker.db"
    with Store.open(path) as store, Store.open(path) as other:
        for n in range(3):
            store.set_meta(f"k{n}", "v")
        with store.transaction():
            reading = store.db.conn.execute("select key from meta")  # a statement still open, as in a look-up
            reading.fetchone()
            meanwhile = threading.Thread(target=other.set_meta, args=("from", "the other process"))
            meanwhile.start()
            meanwhile.join(0.3)  # it waits for this transaction rather than writing under it
            store.db.execute("insert into meta (key, value) values ('x', '1')")
            reading.fetchall()
        meanwhile.join(10)
        assert store.meta("from") == "the other process" and store.meta("x") == "1"
