"""What a curator or operator reads is right in the small things: counts, times, cut titles, who gets what."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from broker import pipeline
from broker.cli import main
from broker.cli.base import short
from broker.config import load_config
from broker.health import _days
from broker.store import Store

from .conftest import FIXED_NOW
from .feeds import rss, story, write_config


def _cli(config: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    assert result.exit_code == 0, result.output
    return result


def _config(tmp_path: Path, stories: int = 1) -> Path:
    (tmp_path / "feed.xml").write_text(rss([story(n) for n in range(stories)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    return tmp_path / "feeds.toml"


def test_one_is_said_in_the_singular(tmp_path: Path) -> None:
    config = _config(tmp_path)
    assert _cli(config, "check").output == "feeds.toml is fine: 1 feed, 1 theme, 1 group.\n"
    _cli(config, "subscribe", "forum", "jo@example.org")
    built = _cli(config, "build").output
    assert "Checked 1 feed: 1 with news, 0 unchanged, 0 failed. 1 new item." in built
    assert "New digest for Carers Forum: 1 item." in built
    assert "Carers Forum: last digest" in _cli(config, "status").output
    assert " with 1 item, 1 subscriber" in _cli(config, "status").output


def test_without_email_settings_it_says_written_not_sent(tmp_path: Path) -> None:
    config = _config(tmp_path)
    _cli(config, "subscribe", "forum", "jo@example.org")
    built = _cli(config, "build").output
    assert f"Wrote 1 email to {tmp_path / 'outbox'}/ (there is no [email] section, so nothing was sent)." in built
    assert "Sent" not in built


def test_send_dry_run_lists_who_would_get_which_digest(tmp_path: Path) -> None:
    config = _config(tmp_path)
    for who in ("ann@example.net", "bob@example.net"):
        _cli(config, "subscribe", "forum", who)
    _cli(config, "build", "--no-send")

    dry = _cli(config, "send", "--dry-run").output

    with Store.open(tmp_path / "broker.db") as store:
        (digest_id,) = store.digest_ids("forum")
    assert dry.splitlines() == [f"ann@example.net\tCarers Forum\tdigest {digest_id}",
                                f"bob@example.net\tCarers Forum\tdigest {digest_id}",
                                "2 messages would be sent; nothing was sent (dry run)."]
    assert _cli(config, "send", "--dry-run").output == dry, "nothing was sent"


def test_two_digests_on_one_day_are_told_apart_on_the_group_page(tmp_path: Path) -> None:
    config = _config(tmp_path)
    pipeline.build(load_config(config), clock=lambda: FIXED_NOW)
    (tmp_path / "feed.xml").write_text(rss([story(0), story(1)]), encoding="utf-8")
    pipeline.build(load_config(config), clock=lambda: FIXED_NOW + timedelta(hours=5, minutes=30))

    page = (tmp_path / "site" / "forum" / "index.html").read_text()

    assert "Digest of Tuesday 24 November 2026 at 09:00" in page
    assert "Digest of Tuesday 24 November 2026 at 14:30" in page


def test_a_failure_seconds_old_is_not_an_hour_old() -> None:
    assert _days(timedelta(seconds=20)) == "less than a minute"
    assert _days(timedelta(minutes=1, seconds=5)) == "1 minute"
    assert _days(timedelta(minutes=42)) == "42 minutes"
    assert _days(timedelta(hours=1, minutes=59)) == "1 hour"
    assert _days(timedelta(days=3)) == "3 days"


def test_titles_are_cut_at_a_word_with_an_ellipsis() -> None:
    title = "What young carers need from their school: a survey of 1,200 pupils in England"
    assert short(title, 40) == "What young carers need from their…"
    assert short("Short title", 40) == "Short title"
    assert short("Supercalifragilisticexpialidocious", 10) == "Supercali…"
