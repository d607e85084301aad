"""broker check finds everything a build would refuse, reports all of it at once, and is silent with -q."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer

from broker.cli import main

from .feeds import rss, story

GOOD = """[broker]
title = "Digest"
{broker}
[[feeds]]
name = "Local"
url = "feed.xml"
{feeds}
[themes.carers]
label = "Unpaid carers"
keywords = ["carer"]

[groups.forum]
name = "Carers Forum"
themes = ["carers"]
"""


def _check(tmp_path: Path, broker: str = "", feeds: str = "", *options: str) -> Result:
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    (tmp_path / "feeds.toml").write_text(GOOD.format(broker=broker, feeds=feeds), encoding="utf-8")
    return CliRunner().invoke(main, [*options, "check", "--config", str(tmp_path / "feeds.toml")])


def _errors(result: Result) -> list[str]:
    assert result.exit_code == 2, result.output
    return result.output.splitlines()


def test_a_good_config_is_fine_and_quiet_check_prints_nothing(tmp_path: Path) -> None:
    assert _check(tmp_path).output == "feeds.toml is fine: 1 feed, 1 theme, 1 group.\n"
    quiet = _check(tmp_path, "", "", "-q")
    assert (quiet.exit_code, quiet.output) == (0, "")


def test_a_missing_glossary_file(tmp_path: Path) -> None:
    assert _errors(_check(tmp_path, 'glossary = "our-words.toml"')) == [
        f"Error: feeds.toml: [broker] glossary: {tmp_path / 'our-words.toml'} does not exist. "
        "Create it, or remove the glossary line"]


def test_a_glossary_that_is_not_toml(tmp_path: Path) -> None:
    (tmp_path / "our-words.toml").write_text('[[terms]]\nterm = "respite\n')
    (line,) = _errors(_check(tmp_path, 'glossary = "our-words.toml"'))
    assert line.startswith("Error: our-words.toml: is not valid TOML (")


def test_a_glossary_with_a_misspelt_key(tmp_path: Path) -> None:
    (tmp_path / "our-words.toml").write_text('[[terms]]\nterm = "respite"\nexplanaton = "A break."\n')
    (line,) = _errors(_check(tmp_path, 'glossary = "our-words.toml"'))
    assert line == "Error: our-words.toml: [[terms]] 'respite': unknown key 'explanaton'. Did you mean 'explanation'?"


def test_a_summaries_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert _errors(_check(tmp_path, 'summaries = "notes.txt"')) == [
        f"Error: feeds.toml: [broker] summaries: {tmp_path / 'notes.txt'} is a file, not a folder. Point summaries "
        "at a folder (it holds one ITEM.txt per hand-written summary)"]


def test_a_web_address_without_https_is_not_taken_for_a_file(tmp_path: Path) -> None:
    feeds = '[[feeds]]\nname = "NIHR"\nurl = "www.example.org/feed"\n'
    assert _errors(_check(tmp_path, "", feeds)) == [
        "Error: feeds.toml: [[feeds]] 'NIHR' url: 'www.example.org/feed' looks like a web address without "
        "https://, so it would be read as a file on this computer. Write it in full: "
        'url = "https://www.example.org/feed"']
    bare = '[[feeds]]\nname = "NIHR"\nurl = "evidence.nihr.ac.uk/feed/"\n'
    assert "Write it in full: url = \"https://evidence.nihr.ac.uk/feed/\"" in _check(tmp_path, "", bare).output


def test_feeds_on_this_computer_or_a_private_network(tmp_path: Path) -> None:
    feeds = ('[[feeds]]\nname = "Intranet"\nurl = "http://192.168.1.20/feed.xml"\n'
             '[[feeds]]\nname = "Here"\nurl = "http://localhost:8080/rss"\n'
             '[[feeds]]\nname = "Public"\nurl = "https://evidence.nihr.ac.uk/feed/"\n')
    lines = _errors(_check(tmp_path, "", feeds))
    assert lines == [
        "Error: feeds.toml: [[feeds]] 'Intranet' url: 192.168.1.20 is this computer or a private network, which "
        "broker does not fetch from. Use the feed's public address, or set allow_private_networks = true in "
        "[broker] only if you trust every feed",
        "Error: feeds.toml: [[feeds]] 'Here' url: localhost is this computer or a private network, which broker "
        "does not fetch from. Use the feed's public address, or set allow_private_networks = true in [broker] "
        "only if you trust every feed"]
    assert _check(tmp_path, "allow_private_networks = true", feeds).exit_code == 0


def test_a_missing_feed_file(tmp_path: Path) -> None:
    feeds = '[[feeds]]\nname = "Gone"\nurl = "gone.xml"\n'
    assert _errors(_check(tmp_path, "", feeds)) == [
        f"Error: feeds.toml: [[feeds]] 'Gone' url: the file {tmp_path / 'gone.xml'} does not exist. Check the path "
        "(a relative path is read from the folder of feeds.toml), or write the feed's web address"]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.format(broker='timezone = "Europe/Londn"\nbacklog_days = 0\nbase_url = "example.org"',
                       feeds='[[feeds]]\nname = "B"\nurl = "feed.xml"\nkind = "finding"\n')
    text = text.replace('themes = ["carers"]', 'themes = ["carer"]').replace('label = "Unpaid carers"\n', "")
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    (tmp_path / "feeds.toml").write_text(text, encoding="utf-8")

    lines = _errors(CliRunner().invoke(main, ["check", "--config", str(tmp_path / "feeds.toml")]))

    assert lines == [
        "Error: feeds.toml: [broker] timezone: 'Europe/Londn' is not a time zone. Use a name like \"Europe/London\"",
        "Error: feeds.toml: [broker] base_url: 'example.org' is not a web address. Write the full address, like "
        "\"https://example.org/digest/\"",
        "Error: feeds.toml: [broker] backlog_days: must be 1 or more. Set backlog_days to a positive number",
        "Error: feeds.toml: [themes.carers]: 'label' is missing. Add a line: label = \"…\"",
        "Error: feeds.toml: [[feeds]] 'B' kind: 'finding' is not a kind of feed. Use \"findings\" for research "
        "results or \"opportunities\" for calls to get involved",
        "Error: feeds.toml: [groups.forum] themes: 'carer' is not a theme. Did you mean 'carers'? Define it as "
        "[themes.carer] or use one of: carers",
    ]


PAGE = """<!doctype html><html><head><title>Research news</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="News feed" href="/news/feed.xml">
</head><body><h1>Research news</h1></body></html>"""


def test_a_web_page_that_names_its_feed_is_pointed_out(feed_server: HTTPServer, tmp_path: Path) -> None:
    feed_server.expect_request("/news/").respond_with_data(PAGE, content_type="text/html")
    page = feed_server.url_for("/news/")
    feeds = f'[[feeds]]\nname = "News"\nurl = "{page}"\n'
    _check(tmp_path, "allow_private_networks = true", feeds)
    runner, config = CliRunner(), str(tmp_path / "feeds.toml")

    built = runner.invoke(main, ["build", "--config", config])
    status = runner.invoke(main, ["status", "--config", config])
    checked = runner.invoke(main, ["check", "--config", config])

    declared = feed_server.url_for("/news/feed.xml")
    assert (f"Feed 'News' failed: the address gives a web page, not a feed; the page names its feed at {declared}: "
            f'write url = "{declared}" for this feed in feeds.toml') in built.output
    assert declared in status.output
    assert checked.exit_code == 2
    assert checked.output == (f"Error: feeds.toml: [[feeds]] 'News' url: {declared} is the feed that web page "
                              f'names. Write url = "{declared}"\n')
