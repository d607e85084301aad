"""Item identity: GUIDs that change, repeat or are missing never make an item new again, and an item
that drops off a feed and comes back is never sent twice."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from broker import pipeline
from broker.config import load_config
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import Story, rss, story, write_config


def _run(tmp_path: Path, stories: list[Story], day: int) -> pipeline.RunReport:
    (tmp_path / "feed.xml").write_text(rss(stories), encoding="utf-8")
    if not (tmp_path / "feeds.toml").exists():
        write_config(tmp_path / "feeds.toml", [("Feed", str(tmp_path / "feed.xml"))])
    return pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: FIXED_NOW + timedelta(days=day))


def _digested(tmp_path: Path) -> list[str]:
    with Store.open(tmp_path / "broker.db") as store:
        return [r[0] for r in store.db.execute("select item_id from digest_items order by item_id")]


def test_a_changed_guid_does_not_make_an_item_new(tmp_path: Path) -> None:
    _run(tmp_path, [story(1)], 0)
    again = _run(tmp_path, [story(1, guid="urn:test:renumbered-1")], 1)

    assert again.new_items == 0 and again.digests == []
    assert len(_digested(tmp_path)) == 1


def test_missing_and_duplicated_guids_fall_back_to_the_link(tmp_path: Path) -> None:
    first = _run(tmp_path, [story(1, guid=""), story(2, guid="same"), story(3, guid="same")], 0)
    again = _run(tmp_path, [story(1, guid=""), story(2, guid="same"), story(3, guid="same")], 1)

    assert first.new_items == 3
    assert again.new_items == 0


def test_no_guid_and_no_link_falls_back_to_title_and_date(tmp_path: Path) -> None:
    bare = Story(title="A carer study known only by its title and date", date="Mon, 16 Nov 2026 10:00:00 GMT")
    assert _run(tmp_path, [bare], 0).new_items == 1
    assert _run(tmp_path, [bare], 1).new_items == 0


def test_an_item_that_drops_off_and_comes_back_is_not_sent_again(tmp_path: Path) -> None:
    _run(tmp_path, [story(1), story(2)], 0)
    _run(tmp_path, [story(3)], 10)  # 1 and 2 have dropped off the feed
    back = _run(tmp_path, [story(1), story(2), story(3)], 200)

    assert back.new_items == 0 and back.digests == []
    assert len(_digested(tmp_path)) == 3


def test_many_feeds_with_the_same_bare_entry_each_keep_their_own_item(tmp_path: Path) -> None:
    """feedparser's corpus has 55 feeds whose one entry is titled "&" with no link; they crashed a run."""
    feeds = []
    for n in range(60):
        path = tmp_path / f"feed{n}.xml"
        path.write_text(rss([Story(title="Notice", date="")]), encoding="utf-8")
        feeds.append((f"Feed {n}", str(path)))
    write_config(tmp_path / "feeds.toml", feeds)

    report = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: FIXED_NOW)

    assert report.new_items == 60 and not report.failed


def test_a_feed_repeating_the_same_entry_stores_it_once(tmp_path: Path) -> None:
    twice = [story(1, guid="dup"), story(1, guid="dup"), story(2, guid="")]
    twice.append(story(2, guid=""))

    report = _run(tmp_path, twice, 0)

    assert report.new_items == 2 and not report.failed
    with Store.open(tmp_path / "broker.db") as store:
        assert store.count("sources") == 2
