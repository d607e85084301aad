"""Hostile servers and documents, each among 20 good feeds: the run finishes on time and the good feeds update.

Each test puts one hostile feed beside 20 good ones and builds in a child
process (see ``tests/hostile.py``). It checks what a curator would notice:
the run ends within the feed deadline plus a second of what it takes
without the hostile feed, memory grows by less than 100 MB, every good feed
is updated and published, and the hostile feed is recorded, not crashed on.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from broker.store import FeedRow, Store

from .feeds import rss, story, write_config
from .hostile import (
    FIXED_NOW,
    BuildMeasure,
    RawServer,
    billion_laughs,
    external_entity_feed,
    measure_build,
    never_answer,
    one_byte_a_second,
    redos_author_feed,
    write_gzip_bomb,
)

DEADLINE = 2.0  # feed_timeout as tests.feeds.write_config writes it
GOOD_FEEDS = 20
MEMORY_LIMIT_MB = 100


@pytest.fixture(scope="session")
def gzip_bomb(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """1 GiB of zeros, gzipped once per session to about 1 MB."""
    return write_gzip_bomb(tmp_path_factory.mktemp("bomb") / "zeros.gz").read_bytes()


@pytest.fixture
def secret_file(tmp_path: Path) -> tuple[Path, str]:
    """A local file with a token that must never be published."""
    token = "SECRET-" + secrets.token_hex(16)
    path = tmp_path / "private" / "secret.txt"
    path.parent.mkdir()
    path.write_text(token + "\n", encoding="utf-8")
    return path, token


@dataclass(frozen=True)
class Run:
    """One measured build of the good feeds plus one hostile feed, and what it left behind."""

    measure: BuildMeasure
    folder: Path
    good: dict[str, int]  # url -> story number
    hostile_url: str
    rows: dict[str, FeedRow]

    @property
    def hostile(self) -> FeedRow:
        return self.rows[self.hostile_url]

    def published_text(self) -> str:
        return "\n".join(p.read_text(encoding="utf-8") for p in (self.folder / "site").rglob("*.html"))

    def every_byte_written(self) -> bytes:
        """The database (and its journal), the site and the outbox, for leak checks."""
        return b"".join(p.read_bytes() for p in self.folder.rglob("*") if p.is_file())


def _run_among_good_feeds(server: HTTPServer, tmp_path: Path, name: str, url: str) -> Run:
    good = {}
    for n in range(1, GOOD_FEEDS + 1):
        server.expect_request(f"/good/{n}").respond_with_data(rss([story(n)]), content_type="application/rss+xml")
        good[server.url_for(f"/good/{n}")] = n
    feeds = [(f"Good {n}", u) for u, n in good.items()]
    folders = {key: tmp_path / key for key in ("warm", "control", "hostile")}
    for key, folder in folders.items():
        folder.mkdir()
        write_config(folder / "feeds.toml", feeds + ([(name, url)] if key == "hostile" else []))
    measure = measure_build(folders["warm"] / "feeds.toml", folders["control"] / "feeds.toml",
                            folders["hostile"] / "feeds.toml")
    print(f"{name}: {measure.describe()}")  # pytest shows it when the test fails, or always with -s
    with Store.open(folders["hostile"] / "broker.db") as store:
        rows = store.feed_rows()
    return Run(measure, folders["hostile"], good, url, rows)


def _assert_cut_off_and_good_feeds_updated(run: Run) -> None:
    """What every hostile case shares: no crash, on time, small, and the good feeds all updated."""
    measure = run.measure
    assert measure.error == "", f"the run crashed or hung:\n{measure.error}"
    assert measure.extra_seconds <= DEADLINE + 1, f"not cut off at the deadline: {measure.describe()}"
    assert measure.growth_mb < MEMORY_LIMIT_MB, f"memory grew too much: {measure.describe()}"
    page = run.published_text()
    for url, n in run.good.items():
        row = run.rows[url]
        assert (row.last_error, row.last_success, row.item_count) == ("", FIXED_NOW, 1), f"good feed {n}"
        assert f"Study {n}: what helps unpaid carers most" in page, f"good feed {n}'s story is not published"
    assert run.hostile.last_error or run.hostile.last_success, "the hostile feed ended neither way"


def test_a_server_that_never_answers_is_cut_off_at_the_deadline(feed_server: HTTPServer, tmp_path: Path) -> None:
    with RawServer(never_answer) as silent:
        run = _run_among_good_feeds(feed_server, tmp_path, "Silent", silent.url())

    _assert_cut_off_and_good_feeds_updated(run)
    assert "2 seconds" in run.hostile.last_error


def test_a_server_sending_one_byte_a_second_is_cut_off_at_the_deadline(
        feed_server: HTTPServer, tmp_path: Path) -> None:
    with RawServer(one_byte_a_second) as trickle:
        run = _run_among_good_feeds(feed_server, tmp_path, "Trickle", trickle.url())

    _assert_cut_off_and_good_feeds_updated(run)
    assert "2 seconds" in run.hostile.last_error


def test_a_gzip_bomb_is_refused_without_filling_memory(
        feed_server: HTTPServer, tmp_path: Path, gzip_bomb: bytes) -> None:
    feed_server.expect_request("/bomb").respond_with_data(
        gzip_bomb, content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})

    run = _run_among_good_feeds(feed_server, tmp_path, "Bomb", feed_server.url_for("/bomb"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert "larger than the limit" in run.hostile.last_error


def test_an_endless_redirect_chain_gives_up_after_five_hops(feed_server: HTTPServer, tmp_path: Path) -> None:
    def onwards(request: Request) -> Response:
        hop = int(request.path.rsplit("/", 1)[1])
        return Response("", status=302, headers={"Location": f"/loop/{hop + 1}"})

    feed_server.expect_request(re.compile(r"^/loop/\d+$")).respond_with_handler(onwards)

    run = _run_among_good_feeds(feed_server, tmp_path, "Loop", feed_server.url_for("/loop/0"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert "redirected more than 5 times" in run.hostile.last_error
    assert sum(r.path.startswith("/loop/") for r, _ in feed_server.log) <= 6


def test_a_429_with_retry_after_is_recorded_without_waiting_or_asking_again(
        feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/busy").respond_with_data(
        "Too many requests", status=429, headers={"Retry-After": "3600"})

    run = _run_among_good_feeds(feed_server, tmp_path, "Busy", feed_server.url_for("/busy"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert "429" in run.hostile.last_error
    assert sum(r.path == "/busy" for r, _ in feed_server.log) == 1


def test_a_billion_laughs_feed_neither_hangs_nor_fills_memory(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/laughs").respond_with_data(billion_laughs(), content_type="application/rss+xml")

    run = _run_among_good_feeds(feed_server, tmp_path, "Laughs", feed_server.url_for("/laughs"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert b"lollollol" not in run.every_byte_written()


def test_an_external_entity_never_publishes_a_local_file(
        feed_server: HTTPServer, tmp_path: Path, secret_file: tuple[Path, str]) -> None:
    secret, token = secret_file
    feed_server.expect_request("/xxe").respond_with_data(
        external_entity_feed(secret), content_type="application/rss+xml")

    run = _run_among_good_feeds(feed_server, tmp_path, "Entities", feed_server.url_for("/xxe"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert token.encode() not in run.every_byte_written()


def test_a_redirect_to_a_local_file_is_refused(
        feed_server: HTTPServer, tmp_path: Path, secret_file: tuple[Path, str]) -> None:
    secret, token = secret_file
    feed_server.expect_request("/to-file").respond_with_data("", status=302, headers={"Location": secret.as_uri()})

    run = _run_among_good_feeds(feed_server, tmp_path, "To a file", feed_server.url_for("/to-file"))

    _assert_cut_off_and_good_feeds_updated(run)
    assert "not a web address" in run.hostile.last_error
    assert token.encode() not in run.every_byte_written()


def test_an_author_that_makes_feedparser_backtrack_is_stopped_by_the_time_limit(
        feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/redos").respond_with_data(redos_author_feed(), content_type="application/rss+xml")

    run = _run_among_good_feeds(feed_server, tmp_path, "Slow author", feed_server.url_for("/redos"))

    _assert_cut_off_and_good_feeds_updated(run)
