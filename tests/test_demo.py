"""The bundled demo, built end to end: pages, Atom feeds, emails, dedupe, and a rebuild that changes nothing."""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from broker.cli import main
from broker.config import load_config
from broker.store import Store

DUPLICATE_DOI = "10.5555/kb.2026.0042"


class _Scan(HTMLParser):
    """Counts what must never reach a page built from strangers' text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.script_sources: list[str] = []
        self.handlers = 0
        self.h1 = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        if tag == "script":
            self.script_sources.append(dict(attrs).get("src") or "inline")
        self.h1 += tag == "h1"
        self.handlers += sum(1 for name, _ in attrs if name.startswith("on"))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    scan.feed(path.read_text(encoding="utf-8"))
    return scan


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every published file; the operator's status page is rewritten each run by design, so it is left out."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "_status" not in p.parts}


@pytest.fixture
def built(demo_dir: Path) -> tuple[Path, object]:
    result = CliRunner().invoke(main, ["build", "--config", str(demo_dir / "demo.toml")])
    assert result.exit_code == 0, result.output
    return demo_dir, result


def test_demo_builds_a_site_with_a_page_and_feed_per_group(built: tuple[Path, object]) -> None:
    demo_dir, result = built
    config = load_config(demo_dir / "demo.toml")
    assert "Website:" in result.output and "Email:" in result.output  # type: ignore[attr-defined]
    assert (config.output / "index.html").is_file()
    for group in config.groups:
        page = config.output / group.key / "index.html"
        assert page.is_file(), group.key
        feed = feedparser.parse((config.output / group.key / "feed.xml").read_bytes())
        assert feed.bozo == 0, feed.get("bozo_exception")
        assert feed.entries, f"{group.key} feed has no entries"
        assert all(entry.title for entry in feed.entries)
    for theme in config.themes:
        assert (config.output / "themes" / f"{theme.key}.html").is_file()


def test_every_page_is_plain_html_with_one_heading_and_no_script(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    config = load_config(demo_dir / "demo.toml")
    pages = list(config.output.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        scan = _scan(page)
        if page.relative_to(config.output) == Path("search/index.html"):
            # The one page that needs JavaScript: our own two files, no inline code.
            assert len(scan.script_sources) == 2 and scan.script_sources[1] == "../search.js"
            assert re.fullmatch(r"\.\./pagefind/\d{4}(-\d\d)?/pagefind-ui\.js", scan.script_sources[0])
        else:
            assert scan.scripts == 0, page
        assert scan.handlers == 0, page
        assert scan.h1 == 1, page


def test_markup_in_a_feed_title_is_shown_as_harmless_text(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    config = load_config(demo_dir / "demo.toml")
    with Store.open(config.database) as store:
        titles = [r[0] for r in store.db.execute("select title from items where title like '%Short breaks%'")]
    assert titles, "the sample feeds carry an item with markup in its title"
    assert all("<b>" not in t and "alert(" not in t for t in titles)


def test_one_email_per_group_digest_with_text_and_html_parts(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    config = load_config(demo_dir / "demo.toml")
    for group in config.groups:
        files = list((config.outbox / group.key).glob("*.eml"))
        assert len(files) == 1, group.key
        message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
        assert message.get_content_type() == "multipart/alternative"
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        assert text is not None and html is not None
        assert group.name in message["Subject"]
        assert "WHAT RESEARCH FOUND" in text.get_content()
        assert message["Message-ID"].startswith(f"<digest.{group.key}.")


def test_a_study_in_two_feeds_is_stored_and_shown_once(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    config = load_config(demo_dir / "demo.toml")
    with Store.open(config.database) as store:
        rows = store.db.execute("select id, title from items where doi = ?", [DUPLICATE_DOI]).fetchall()
        assert len(rows) == 1
        sources = store.db.execute("select count(*) from sources where item_id = ?", [rows[0][0]]).fetchone()[0]
        assert sources == 2
    item_id = rows[0][0]
    for group in config.groups:
        shown = sum(p.read_text().count(f'id="item-{item_id}"') for p in (config.output / group.key).glob("*.html"))
        assert shown <= 1, group.key


def test_the_malformed_feed_is_reported_and_everything_else_published(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    status = CliRunner().invoke(main, ["status", "--config", str(demo_dir / "demo.toml")])
    assert status.exit_code == 0
    assert "has not worked since" in status.output
    assert "web page, not a feed" in status.output
    config = load_config(demo_dir / "demo.toml")
    with Store.open(config.database) as store:
        working = [url for url, row in store.feed_rows().items() if not row.last_error]
        assert len(working) == len(config.feeds) - 1
        assert store.count("items") >= 80


def test_second_build_publishes_and_writes_nothing_new(built: tuple[Path, object]) -> None:
    demo_dir, _ = built
    config = load_config(demo_dir / "demo.toml")
    site_before = _snapshot(config.output)
    target_before = config.output.resolve()
    outbox_before = _snapshot(config.outbox)
    with Store.open(config.database) as store:
        digests_before = store.count("digests")

    again = CliRunner().invoke(main, ["build", "--config", str(demo_dir / "demo.toml")])

    assert again.exit_code == 0, again.output
    assert "Nothing new for any group" in again.output
    assert "Email:" not in again.output
    assert config.output.resolve() == target_before
    assert _snapshot(config.output) == site_before
    assert _snapshot(config.outbox) == outbox_before
    with Store.open(config.database) as store:
        assert store.count("digests") == digests_before


def test_the_broker_command_runs_as_a_program(demo_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "broker", "check", "--config", str(demo_dir / "demo.toml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "is fine" in done.stdout


def test_a_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "feeds.toml").write_text('[broker]\ntitel = "x"\n')
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "feeds.toml")])
    assert result.exit_code == 2
    assert result.output == "Error: feeds.toml: [broker]: unknown key 'titel'. Did you mean 'title'?\n"
