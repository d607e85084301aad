"""Feed health: failing, stale, moved and summary-less feeds are reported in plain English; failing feeds back off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from broker import health, pipeline
from broker.cli import main
from broker.config import load_config
from broker.store import Store

from .feeds import Story, rss, story, write_config

NOW = datetime.now(UTC).replace(microsecond=0)


def _build_at(config: Path, moment: datetime) -> pipeline.RunReport:
    return pipeline.build(load_config(config), clock=lambda: moment)


def test_a_feed_failing_for_three_days_is_in_the_status_report_and_page(feed_server: HTTPServer,
                                                                        tmp_path: Path) -> None:
    feed_server.expect_request("/good").respond_with_data(rss([story(1)]), content_type="application/rss+xml")
    feed_server.expect_request("/down").respond_with_data("down", status=503)
    write_config(tmp_path / "feeds.toml", [("Good", feed_server.url_for("/good")),
                                           ("Down for days", feed_server.url_for("/down"))])
    for days_ago in (3, 2, 1, 0):
        _build_at(tmp_path / "feeds.toml", NOW - timedelta(days=days_ago))

    status = CliRunner().invoke(main, ["status", "--config", str(tmp_path / "feeds.toml")])

    assert "Needs attention:" in status.output
    assert "Down for days has not worked since" in status.output
    assert "(3 days): the server had an error (HTTP 503)" in status.output
    page = (tmp_path / "site" / "_status" / "index.html").read_text()
    assert "Down for days has not worked since" in page and "noindex" in page
    assert "_status" not in (tmp_path / "site" / "index.html").read_text()


def test_a_stale_feed_is_reported(tmp_path: Path) -> None:
    feed = tmp_path / "quiet.xml"
    feed.write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("Quiet feed", str(feed))])
    _build_at(tmp_path / "feeds.toml", NOW - timedelta(days=70))
    report = _build_at(tmp_path / "feeds.toml", NOW)

    messages = [f.message for f in report.findings]
    assert any(m.startswith("Quiet feed has had nothing new for 70 days.") for m in messages), messages


def test_stale_days_can_be_set_per_feed(tmp_path: Path) -> None:
    feed = tmp_path / "quarterly.xml"
    feed.write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("Quarterly", str(feed))])
    text = (tmp_path / "feeds.toml").read_text().replace('organisation = "Test Org"', 'organisation = "Test Org"\n'
                                                        "stale_days = 120")
    (tmp_path / "feeds.toml").write_text(text)
    _build_at(tmp_path / "feeds.toml", NOW - timedelta(days=70))

    assert [f.kind for f in _build_at(tmp_path / "feeds.toml", NOW).findings] == []


def test_a_permanent_redirect_updates_the_feed_address(feed_server: HTTPServer, tmp_path: Path) -> None:
    old_hits: list[str] = []

    def old(request: Request) -> Response:
        old_hits.append(request.path)
        return Response("", status=308, headers={"Location": "/new"})

    feed_server.expect_request("/old").respond_with_handler(old)
    feed_server.expect_request("/new").respond_with_data(rss([story(1)]), content_type="application/rss+xml")
    write_config(tmp_path / "feeds.toml", [("Moving feed", feed_server.url_for("/old"))])

    _build_at(tmp_path / "feeds.toml", NOW - timedelta(hours=1))
    report = _build_at(tmp_path / "feeds.toml", NOW)

    assert len(old_hits) == 1, "after the move, broker goes straight to the new address"
    assert any(f.kind == "moved" and feed_server.url_for("/new") in f.message for f in report.findings)
    with Store.open(tmp_path / "broker.db") as store:
        assert store.feed_rows()[feed_server.url_for("/old")].moved_to == feed_server.url_for("/new")


def test_retry_after_is_followed_and_a_failing_feed_is_checked_less_often(feed_server: HTTPServer,
                                                                          tmp_path: Path) -> None:
    feed_server.expect_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "7200"})
    write_config(tmp_path / "feeds.toml", [("Busy", feed_server.url_for("/busy"))])

    first = _build_at(tmp_path / "feeds.toml", NOW)
    soon = _build_at(tmp_path / "feeds.toml", NOW + timedelta(hours=1))
    later = _build_at(tmp_path / "feeds.toml", NOW + timedelta(hours=2, minutes=1))

    assert [r.status for r in first.results] == ["error"]
    assert soon.results == [] and [f.name for f in soon.waiting] == ["Busy"]
    assert [r.status for r in later.results] == ["error"], "it is tried again, not given up"
    assert len(feed_server.log) == 2


def test_backoff_doubles_up_to_a_day() -> None:
    waits = [health.next_attempt(n, NOW) - NOW for n in (1, 2, 3, 4, 8, 20)]
    assert waits == [timedelta(0), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4),
                     timedelta(hours=24), timedelta(hours=24)]
    assert health.next_attempt(1, NOW, retry_after=600) - NOW == timedelta(minutes=10)


def test_a_feed_whose_items_have_no_abstracts_is_reported(tmp_path: Path) -> None:
    feed = tmp_path / "titles.xml"
    feed.write_text(rss([Story(title=f"Carer study number {n} with a long enough title", guid=f"t{n}")
                         for n in range(4)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("Titles only", str(feed))])

    report = _build_at(tmp_path / "feeds.toml", NOW)

    assert [f.message for f in report.findings if f.kind == "no-summaries"] == [
        "4 of the 4 items from Titles only have no abstract or summary, so digests can show only their titles."]


def test_the_operator_is_mailed_only_when_feed_health_changes(tmp_path: Path) -> None:
    from .smtp import SmtpServer

    server = SmtpServer().start()
    try:
        good, flaky = tmp_path / "good.xml", tmp_path / "flaky.xml"
        good.write_text(rss([story(1)]), encoding="utf-8")
        write_config(tmp_path / "feeds.toml", [("Good", str(good)), ("Flaky", str(flaky))],
                     extra='operator_email = "ops@example.org"\n')
        with (tmp_path / "feeds.toml").open("a") as handle:
            handle.write(f'\n[email]\nfrom = "digest@example.org"\nsmtp_host = "127.0.0.1"\n'
                         f'smtp_port = {server.port}\nsecurity = "none"\n')

        _build_at(tmp_path / "feeds.toml", NOW)
        _build_at(tmp_path / "feeds.toml", NOW + timedelta(days=1))
        flaky.write_text(rss([story(2)]), encoding="utf-8")
        _build_at(tmp_path / "feeds.toml", NOW + timedelta(days=2))
    finally:
        server.stop()

    reports = [m for m in server.inbox.messages if str(m["To"]) == "ops@example.org"]
    assert [str(m["Subject"]) for m in reports] == ["Test Digest: feed health has changed"] * 2
    assert "Flaky has not worked since" in reports[0].get_content()
    assert "Every feed is working again." in reports[1].get_content()
