"""One person, one address: addresses match without regard to case, everywhere, and old duplicates merge."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from click.testing import CliRunner, Result

from broker import mail
from broker.cli import main
from broker.store import Store
from broker.store.schema import MIGRATIONS

from .feeds import rss, story, write_config


def _config(tmp_path: Path) -> Path:
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    return tmp_path / "feeds.toml"


def _cli(config: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    assert result.exit_code == 0, result.output
    return result


def _people(tmp_path: Path) -> list[tuple[str, str]]:
    with Store.open(tmp_path / "broker.db") as store:
        return [(r[0], r[1]) for r in store.db.execute("select email, state from subscribers order by rowid")]


def test_the_same_address_in_other_capitals_is_one_subscriber_and_gets_one_copy(tmp_path: Path) -> None:
    config = _config(tmp_path)
    _cli(config, "subscribe", "forum", "sam@example.org")

    again = _cli(config, "subscribe", "forum", "Sam@Example.org")
    _cli(config, "build")

    assert again.output == "Sam@example.org was already subscribed to Carers Forum.\n"
    assert _people(tmp_path) == [("sam@example.org", "subscribed")]
    assert len(list((tmp_path / "outbox" / "forum").glob("*/*.eml"))) == 1


def test_unsubscribing_in_lower_case_stops_an_address_imported_in_capitals(tmp_path: Path) -> None:
    config = _config(tmp_path)
    (tmp_path / "members.csv").write_text("email,name\nTOM.BROWN@EXAMPLE.ORG,Tom\ntom.brown@example.org,Again\n")
    imported = _cli(config, "subscribers", "import", "forum", str(tmp_path / "members.csv"))

    left = _cli(config, "unsubscribe", "forum", "tom.brown@example.org")
    _cli(config, "build")

    assert "1 subscribed to Carers Forum; 0 were already; 1 rows skipped." in imported.output
    assert "members.csv line 3: tom.brown@example.org appears twice; kept the first" in imported.output
    assert left.output == "tom.brown@example.org will get no more emails from Carers Forum.\n"
    assert _people(tmp_path) == [("TOM.BROWN@example.org", "unsubscribed")]
    assert not list((tmp_path / "outbox" / "forum").glob("*/*.eml")), "no digest for someone who left"


def test_an_import_in_other_capitals_adds_no_one_new(tmp_path: Path) -> None:
    config = _config(tmp_path)
    _cli(config, "subscribe", "forum", "ann@example.net")
    (tmp_path / "members.csv").write_text("email\nANN@EXAMPLE.NET\n")

    imported = _cli(config, "subscribers", "import", "forum", str(tmp_path / "members.csv"))

    assert "0 subscribed to Carers Forum; 1 were already; 0 rows skipped." in imported.output
    assert _people(tmp_path) == [("ann@example.net", "subscribed")]


def test_unsubscribe_takes_the_whole_subject_line_of_the_request(tmp_path: Path) -> None:
    config = _config(tmp_path)
    _cli(config, "subscribe", "forum", "Jo@example.org")
    with Store.open(tmp_path / "broker.db") as store:
        token = mail.unsubscribe_token(store.unsubscribe_secret(), "forum", "jo@example.org")

    left = _cli(config, "unsubscribe", "--token", f"Re: unsubscribe {token}")

    assert left.output == "jo@example.org will get no more emails from Carers Forum.\n"
    assert _people(tmp_path) == [("Jo@example.org", "unsubscribed")]
    encoded = CliRunner().invoke(main, ["unsubscribe", "--token", f"unsubscribe%20{token}", "--config", str(config)])
    assert encoded.exit_code == 0 and "was not subscribed" in encoded.output


def test_the_migration_merges_duplicates_keeping_the_earliest_and_any_later_request_to_leave(
        tmp_path: Path) -> None:
    path = tmp_path / "broker.db"
    db = sqlite_utils.Database(path)
    for version in range(1, 7):  # a database as broker left it before addresses were matched without case
        MIGRATIONS[version](db)
    db.execute("PRAGMA user_version = 6")
    people = [
        ("forum", "sam@example.org", "Sam", 1, "2026-01-01T00:00:00Z", None),
        ("forum", "Sam@example.org", "", 1, "2026-03-01T00:00:00Z", None),  # a second copy: merged away
        ("forum", "pat@example.org", "Pat", 1, "2026-01-01T00:00:00Z", None),
        ("forum", "PAT@example.org", "", 0, "2026-02-01T00:00:00Z", "2026-04-01T00:00:00Z"),  # asked to leave last
        ("forum", "lee@example.org", "", 0, "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z"),
        ("forum", "Lee@example.org", "Lee", 1, "2026-02-01T00:00:00Z", None),  # joined again: needs its own consent
        ("other", "SAM@example.org", "", 1, "2026-05-01T00:00:00Z", None),  # another group: kept apart
    ]
    db.conn.executemany("insert into subscribers (group_key, email, name, active, subscribed, unsubscribed)"
                        " values (?, ?, ?, ?, ?, ?)", people)
    db.conn.executemany("insert into outbox (group_key, digest_id, email, name, message_id, state) values"
                        " (?, '2026-06-01', ?, '', '', ?)",
                        [("forum", "Sam@example.org", "sent"), ("forum", "sam@example.org", "pending")])
    db.conn.commit()
    db.conn.close()

    with Store.open(path) as store:
        rows = store.db.execute("select group_key, email, name, state = 'subscribed', subscribed from subscribers"
                                " order by group_key, subscribed, email").fetchall()
        outbox = store.db.execute("select email, state from outbox").fetchall()
        assert store.subscribe("forum", "SAM@EXAMPLE.ORG", "", store_now()) == "already"

    assert rows == [
        ("forum", "lee@example.org", "Lee", 0, "2026-01-01T00:00:00Z"),  # the earliest state: it left
        ("forum", "pat@example.org", "Pat", 0, "2026-01-01T00:00:00Z"),
        ("forum", "sam@example.org", "Sam", 1, "2026-01-01T00:00:00Z"),
        ("other", "SAM@example.org", "", 1, "2026-05-01T00:00:00Z"),
    ]
    assert outbox == [("sam@example.org", "sent")], "the copy already sent wins: nothing goes twice"


def store_now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 11, 30, tzinfo=UTC)
