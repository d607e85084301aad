"""Fetching from a real HTTP server on 127.0.0.1: success, 304, errors, deadlines and caps."""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from broker import pipeline
from broker.config import load_config
from broker.fetch.http import refuse_private_address
from broker.fetch.limits import FeedProblem
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import rss, story, write_config


def _build(config_file: Path) -> pipeline.RunReport:
    return pipeline.build(load_config(config_file), clock=lambda: FIXED_NOW)


def test_a_good_feed_is_stored_and_published(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/feed").respond_with_data(rss([story(1), story(2)]), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Good", feed_server.url_for("/feed"))])

    report = _build(tmp_path / "feeds.toml")

    assert [r.status for r in report.results] == ["ok"]
    assert report.new_items == 2
    page = (tmp_path / "site" / "forum" / f"{report.digests[0].id}.html").read_text()
    assert "Study 1: what helps unpaid carers most" in page


def test_unchanged_feed_answering_304_is_not_parsed_or_written(feed_server: HTTPServer, tmp_path: Path) -> None:
    body = rss([story(1)])
    seen_etags: list[str | None] = []

    def handler(request: Request) -> Response:
        seen_etags.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    feed_server.expect_request("/feed").respond_with_handler(handler)
    write_config(tmp_path / "feeds.toml", [("Tagged", feed_server.url_for("/feed"))])
    _build(tmp_path / "feeds.toml")
    with Store.open(tmp_path / "broker.db") as store:
        before = store.db.execute("select * from feeds").fetchall()
        items_before = store.db.execute("select * from items").fetchall()

    later = FIXED_NOW + timedelta(hours=1)
    second = pipeline.build(load_config(tmp_path / "feeds.toml"), clock=lambda: later)

    assert seen_etags == [None, '"v1"']
    assert [r.status for r in second.results] == ["not-modified"]
    assert second.new_items == 0 and second.digests == []
    with Store.open(tmp_path / "broker.db") as store:
        assert store.db.execute("select * from feeds").fetchall() == before, "a 304 writes nothing"
        assert store.db.execute("select * from items").fetchall() == items_before


def test_failing_feeds_are_reported_and_the_others_still_published(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/good").respond_with_data(rss([story(1), story(2)]), content_type="application/rss+xml")
    feed_server.expect_request("/missing").respond_with_data("Not found", status=404)
    feed_server.expect_request("/broken").respond_with_data("oops", status=500)
    feed_server.expect_request("/html").respond_with_data(
        "<!doctype html><html><body><h1>Service unavailable</h1></body></html>", content_type="text/html")

    def slow(request: Request) -> Response:
        time.sleep(3.5)  # past the 2-second deadline in write_config
        return Response(rss([story(9)]), content_type="application/rss+xml")

    feed_server.expect_request("/slow").respond_with_handler(slow)
    feeds = [("Good", "/good"), ("Missing", "/missing"), ("Broken", "/broken"), ("Web page", "/html"),
             ("Slow", "/slow")]
    write_config(tmp_path / "feeds.toml", [(n, feed_server.url_for(p)) for n, p in feeds])

    started = time.monotonic()
    report = _build(tmp_path / "feeds.toml")
    elapsed = time.monotonic() - started

    errors = {r.feed.name: r.error for r in report.results if r.status == "error"}
    assert errors["Missing"].startswith("the server says the feed is not there (HTTP 404)")
    assert errors["Broken"].startswith("the server had an error (HTTP 500)")
    assert errors["Web page"].startswith("the address gives a web page, not a feed")
    assert errors["Slow"].startswith("no complete answer within 2 seconds")
    assert "Good" not in errors
    assert elapsed < 3.4, "the slow feed must be cut off at its deadline"
    assert len(report.digests[0].items) == 2
    with Store.open(tmp_path / "broker.db") as store:
        rows = store.feed_rows()
    assert rows[feed_server.url_for("/missing")].last_error == errors["Missing"]
    assert rows[feed_server.url_for("/good")].last_error == ""


def test_oversized_body_is_refused_even_when_compressed(feed_server: HTTPServer, tmp_path: Path) -> None:
    big = rss([story(n, summary="carer " * 2000) for n in range(40)]).encode()
    assert len(big) > 200_000
    feed_server.expect_request("/plain").respond_with_data(big, content_type="application/rss+xml")
    feed_server.expect_request("/gzip").respond_with_data(
        gzip.compress(big), content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})
    write_config(tmp_path / "feeds.toml", [("Plain", feed_server.url_for("/plain")),
                                           ("Gzip", feed_server.url_for("/gzip"))],
                 extra="max_feed_bytes = 100000\n")

    report = _build(tmp_path / "feeds.toml")

    assert [r.status for r in report.results] == ["error", "error"]
    assert all("larger than the limit" in r.error for r in report.results)


def test_a_gzip_feed_within_the_cap_is_read(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/gzip").respond_with_data(
        gzip.compress(rss([story(1)]).encode()), content_type="application/rss+xml",
        headers={"Content-Encoding": "gzip"})
    write_config(tmp_path / "feeds.toml", [("Gzip", feed_server.url_for("/gzip"))])

    assert _build(tmp_path / "feeds.toml").new_items == 1


def test_permanent_redirect_is_followed_and_remembered(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    feed_server.expect_request("/new").respond_with_data(rss([story(1)]), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Moved", feed_server.url_for("/old"))])

    report = _build(tmp_path / "feeds.toml")

    assert report.results[0].moved_to == feed_server.url_for("/new")
    with Store.open(tmp_path / "broker.db") as store:
        assert store.feed_rows()[feed_server.url_for("/old")].moved_to == feed_server.url_for("/new")


def test_redirect_loop_stops_after_five_hops(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    feed_server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    write_config(tmp_path / "feeds.toml", [("Loop", feed_server.url_for("/a"))])

    report = _build(tmp_path / "feeds.toml")

    assert report.results[0].error.startswith("the feed redirected more than 5 times")


def test_requests_carry_an_honest_user_agent(feed_server: HTTPServer, tmp_path: Path) -> None:
    agents: list[str] = []

    def handler(request: Request) -> Response:
        agents.append(request.headers.get("User-Agent", ""))
        return Response(rss([story(1)]), content_type="application/rss+xml")

    feed_server.expect_request("/feed").respond_with_handler(handler)
    write_config(tmp_path / "feeds.toml", [("UA", feed_server.url_for("/feed"))])
    _build(tmp_path / "feeds.toml")

    assert agents and agents[0].startswith("KnowledgeBroker/")


def test_every_feed_failing_makes_the_run_fail(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/gone").respond_with_data("gone", status=410)
    write_config(tmp_path / "feeds.toml", [("Gone", feed_server.url_for("/gone"))])

    assert _build(tmp_path / "feeds.toml").all_failed


def test_private_addresses_are_refused_unless_allowed(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/feed").respond_with_data(rss([story(1)]), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Local", feed_server.url_for("/feed"))])
    text = (tmp_path / "feeds.toml").read_text().replace("allow_private_networks = true", "")
    (tmp_path / "feeds.toml").write_text(text)

    report = _build(tmp_path / "feeds.toml")

    assert report.results[0].error.startswith("127.0.0.1 is on a private or local network (127.0.0.1)")
    assert "allow_private_networks = true" in report.results[0].error
    assert len(feed_server.log) == 0, "nothing may be sent to a refused address"


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feed",
                                 "http://192.168.1.1/feed", "http://[::1]/feed", "http://localhost:8080/feed"])
def test_metadata_loopback_and_private_hosts_are_refused(url: str) -> None:
    with pytest.raises(FeedProblem, match="private or local network"):
        asyncio.run(refuse_private_address(url))


def test_a_304_to_a_first_unconditional_request_is_a_recorded_error(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/odd").respond_with_data("", status=304)
    write_config(tmp_path / "feeds.toml", [("Odd server", feed_server.url_for("/odd"))])

    report = _build(tmp_path / "feeds.toml")

    assert report.results[0].error.startswith("the server said 'not modified' although broker had not asked")
    with Store.open(tmp_path / "broker.db") as store:
        assert store.feed_rows()[feed_server.url_for("/odd")].last_error


def test_no_more_than_per_host_downloads_at_once_from_one_server(feed_server: HTTPServer, tmp_path: Path) -> None:
    """Many feeds on one publisher's server are fetched a few at a time; other servers are not held up."""
    in_flight: dict[str, int] = {}
    most: dict[str, int] = {}
    lock = threading.Lock()

    def handler(request: Request) -> Response:
        host = request.headers["Host"].split(":")[0]
        with lock:
            in_flight[host] = in_flight.get(host, 0) + 1
            most[host] = max(most.get(host, 0), in_flight[host])
            most["all"] = max(most.get("all", 0), sum(in_flight.values()))
        time.sleep(0.3)
        with lock:
            in_flight[host] -= 1
        return Response(rss([story(1)]), content_type="application/rss+xml")

    feed_server.expect_request("/feed").respond_with_handler(handler)
    port = feed_server.port
    feeds = [(f"Same server {n}", f"http://127.0.0.1:{port}/feed?n={n}") for n in range(6)]
    feeds += [(f"Other server {n}", f"http://localhost:{port}/feed?n={n}") for n in range(6)]
    write_config(tmp_path / "feeds.toml", feeds, extra="concurrency = 8\nper_host = 2\n")

    report = _build(tmp_path / "feeds.toml")

    assert [r.status for r in report.results] == ["ok"] * 12
    assert most["127.0.0.1"] == 2 and most["localhost"] == 2, most
    assert most["all"] == 4, "two servers should each have had two downloads under way together"
