"""Building the site costs what changed: unchanged pages are shared with the live build, never remade."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer

from broker import curated, pipeline, sitebuild
from broker.config import load_config
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import rss, story, write_config

LATER = FIXED_NOW + timedelta(days=7)


def _pages(site: Path) -> dict[str, bytes]:
    """Every page a build made (search index and status page aside: they are not pages of ours)."""
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.parts[len(site.parts)] not in ("pagefind", "_status") and p.name != sitebuild.MANIFEST}


def _two_digests(feed_server: HTTPServer, tmp_path: Path) -> tuple[pipeline.RunReport, pipeline.RunReport]:
    feed_server.expect_request("/feed").respond_with_data(rss([story(1), story(2)]), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Carers", feed_server.url_for("/feed"))])
    first = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: FIXED_NOW)
    feed_server.clear()
    feed_server.expect_request("/feed").respond_with_data(rss([story(1), story(2), story(3)]),
                                                          content_type="application/rss+xml")
    second = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: LATER)
    return first, second


def test_a_new_digest_makes_its_own_pages_and_shares_the_rest(feed_server: HTTPServer, tmp_path: Path) -> None:
    first, second = _two_digests(feed_server, tmp_path)
    old, new = Path(first.site), Path(second.site)
    old_digest = f"forum/{first.digests[0].id}.html"

    assert len(second.digests) == 1 and old != new
    # The first digest's page and its items' pages are the very same files (hard links), not copies.
    shared = [old_digest] + [f"items/{item.id}.html" for item in first.digests[0].items]
    assert [os.stat(old / p).st_ino for p in shared] == [os.stat(new / p).st_ino for p in shared]
    # Pages that show the new digest were made again.
    new_digest = f"forum/{second.digests[0].id}.html"
    for changed in ("index.html", "forum/index.html", "forum/feed.xml", "sitemap.xml"):
        assert os.stat(old / changed).st_ino != os.stat(new / changed).st_ino, changed
    assert "Study 3" in (new / new_digest).read_text()
    # Search: last month's index is shared as it was; only this month's was made.
    assert sorted(p.name for p in (old / "pagefind").iterdir()) == ["2026-11"]
    assert sorted(p.name for p in (new / "pagefind").iterdir()) == ["2026-11", "2026-12"]
    entry = "pagefind/2026-11/pagefind-entry.json"
    assert os.stat(old / entry).st_ino == os.stat(new / entry).st_ino


def test_a_site_built_in_steps_equals_one_built_from_scratch(feed_server: HTTPServer, tmp_path: Path) -> None:
    _two_digests(feed_server, tmp_path)
    # A new group on the same theme: its first digest holds items already shown, whose pages must now list it.
    with (tmp_path / "feeds.toml").open("a") as config_file:
        config_file.write('\n[groups.newcomers]\nname = "Newcomers"\nthemes = ["carers"]\n')
    third = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: LATER + timedelta(days=7))
    assert [d.group for d in third.digests] == ["newcomers"]
    stepped = _pages(tmp_path / "site")
    (Path(third.site) / sitebuild.MANIFEST).unlink()  # no keys to compare with: every page is made
    config = load_config(tmp_path / "feeds.toml")
    with Store.open(config.database) as store:
        pipeline.publish(config, store, LATER + timedelta(days=7), pipeline.RunReport(), force=True)

    assert _pages(tmp_path / "site") == stepped


def test_a_curators_summary_remakes_the_pages_that_show_it(feed_server: HTTPServer, tmp_path: Path) -> None:
    first, _second = _two_digests(feed_server, tmp_path)
    item = first.digests[0].items[0]
    config = load_config(tmp_path / "feeds.toml")
    curated.save_hand_summary(config, item.id, "Carers who had a break felt much better, the study found.")
    with Store.open(config.database) as store:
        report = pipeline.RunReport()
        pipeline.publish(config, store, LATER, report)

    page = (Path(report.site) / "items" / f"{item.id}.html").read_text()
    assert "Carers who had a break felt much better" in page
    digest_page = (Path(report.site) / "forum" / f"{first.digests[0].id}.html").read_text()
    assert "Carers who had a break felt much better" in digest_page


def test_a_later_copy_of_a_shown_item_updates_its_pages(feed_server: HTTPServer, tmp_path: Path) -> None:
    """A published item that another feed carries later gains that source on its pages, with no new digest."""
    study = story(1, doi="10.1234/homeward")
    feed_server.expect_request("/first").respond_with_data(rss([study]), content_type="application/rss+xml")
    feed_server.expect_request("/second").respond_with_data(rss([]), content_type="application/rss+xml")
    feeds = [("First Journal", feed_server.url_for("/first")), ("Second Journal", feed_server.url_for("/second"))]
    write_config(tmp_path / "feeds.toml", feeds)
    first = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: FIXED_NOW)
    item = first.digests[0].items[0]
    feed_server.clear()
    feed_server.expect_request("/first").respond_with_data(rss([study]), content_type="application/rss+xml")
    feed_server.expect_request("/second").respond_with_data(
        rss([story(1, doi="10.1234/homeward", guid="urn:second:1", link="https://second.example.org/1")]),
        content_type="application/rss+xml")

    second = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: LATER)

    assert second.new_items == 0 and second.digests == [] and second.site
    for page in (f"items/{item.id}.html", f"forum/{first.digests[0].id}.html"):
        assert "Second Journal" in (Path(second.site) / page).read_text(), page
    stepped = _pages(tmp_path / "site")
    (Path(second.site) / sitebuild.MANIFEST).unlink()
    config = load_config(tmp_path / "feeds.toml")
    with Store.open(config.database) as store:
        pipeline.publish(config, store, LATER, pipeline.RunReport(), force=True)
    assert _pages(tmp_path / "site") == stepped


def test_theme_pages_show_the_newest_items_of_published_digests_only(feed_server: HTTPServer,
                                                                     tmp_path: Path) -> None:
    stories = [story(n, date=f"Mon, {n:02d} Nov 2026 10:00:00 GMT") for n in range(1, 6)]
    stories.append(story(9, topic="respite users", summary="Respite breaks for families, held for approval."))
    feed_server.expect_request("/feed").respond_with_data(rss(stories), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Carers", feed_server.url_for("/feed"))])
    with (tmp_path / "feeds.toml").open("a") as config_file:
        config_file.write('\n[themes.respite]\nlabel = "Respite"\nkeywords = ["respite"]\n'
                          '\n[groups.held]\nname = "Held"\nthemes = ["respite"]\napproval = true\n')
    config = load_config(tmp_path / "feeds.toml")
    report = pipeline.build(config, clock=lambda: FIXED_NOW)
    assert [d.group for d in report.drafts] == ["held"]

    with Store.open(config.database) as store:
        carers = store.theme_items("carers", 3)
        respite = store.theme_items("respite", 3)
    # Newest first and no more than asked; the draft's item is in no theme page until it is approved.
    assert [i.title.split(":")[0] for i in carers] == ["Study 5", "Study 4", "Study 3"]
    assert respite == []
