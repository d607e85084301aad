"""feeds.toml problems are reported in one line that names the file, the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker.config import load_config
from broker.errors import ConfigError

from .conftest import REPO

GOOD = """
[broker]
title = "Digest"
base_url = "https://example.org/digest/"

[[feeds]]
name = "NIHR Evidence"
url = "https://evidence.nihr.ac.uk/feed/"
kind = "findings"

[themes.carers]
label = "Unpaid carers"
keywords = ["carer"]

[groups.forum]
name = "Carers Forum"
themes = ["carers"]
"""


def _error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message, "errors are one line"
    return message


def test_a_good_config_loads_with_paths_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    config = load_config(path)
    assert config.database == tmp_path / "broker.db"
    assert config.output == tmp_path / "site"
    assert config.groups[0].max_items == 12
    assert config.feeds[0].kind == "findings"


def test_the_shipped_configs_are_valid() -> None:
    assert load_config(REPO / "feeds.toml").feeds
    demo = load_config(REPO / "examples" / "demo.toml")
    assert len(demo.feeds) >= 6 and len(demo.groups) >= 3


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('base_url =', 'baseurl ='))
    assert message == "feeds.toml: [broker]: unknown key 'baseurl'. Did you mean 'base_url'?"


def test_missing_key_says_what_to_add(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('name = "Carers Forum"\n', ""))
    assert message == "feeds.toml: [groups.forum]: 'name' is missing. Add a line: name = \"…\""


def test_group_naming_an_undefined_theme(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('themes = ["carers"]', 'themes = ["carer"]'))
    assert message == ("feeds.toml: [groups.forum] themes: 'carer' is not a theme. Did you mean 'carers'? "
                       "Define it as [themes.carer] or use one of: carers")


def test_duplicate_feed_urls(tmp_path: Path) -> None:
    twice = GOOD.replace('[themes.carers]', '[[feeds]]\nname = "Again"\nurl = "https://evidence.nihr.ac.uk/feed/"\n\n'
                         '[themes.carers]')
    message = _error(tmp_path, twice)
    assert message == ("feeds.toml: [[feeds]] 'Again' url: the same address is already used by feed "
                       "'NIHR Evidence'. Remove one of the two feeds")


@pytest.mark.parametrize("url, problem", [
    ("ftp://example.org/feed", "ftp: addresses are not allowed"),
    ("javascript:alert(1)", "javascript: addresses are not allowed"),
    ("https://", "'https://' is not a complete web address"),
])
def test_bad_feed_urls(tmp_path: Path, url: str, problem: str) -> None:
    message = _error(tmp_path, GOOD.replace("https://evidence.nihr.ac.uk/feed/", url))
    assert message.startswith(f"feeds.toml: [[feeds]] 'NIHR Evidence' url: {problem}.")


def test_wrong_type_shows_how_to_write_it(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('themes = ["carers"]', 'themes = ["carers"]\nmax_items = "ten"'))
    assert message == ("feeds.toml: [groups.forum] max_items: should be a whole number, not 'ten'. "
                       "Write it like: max_items = 12")


def test_unknown_feed_kind(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('kind = "findings"', 'kind = "news"'))
    assert "'news' is not a kind of feed" in message and '"opportunities"' in message


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('title = "Digest"', 'title = "Digest'))
    assert message.startswith("feeds.toml: is not valid TOML (")
    assert "line 3" in message


def test_bad_time_zone(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace('[broker]\n', '[broker]\ntimezone = "London"\n'))
    assert message == "feeds.toml: [broker] timezone: 'London' is not a time zone. Use a name like \"Europe/London\""


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"file not found\. Give the right path with --config"):
        load_config(tmp_path / "nope.toml")


def test_group_key_that_cannot_be_a_web_address(tmp_path: Path) -> None:
    message = _error(tmp_path, GOOD.replace("[groups.forum]", "[groups.Carers_Forum]"))
    assert "cannot be used in web addresses" in message


def test_the_site_path_is_not_resolved_through_its_symlink(tmp_path: Path) -> None:
    (tmp_path / "builds" / "one").mkdir(parents=True)
    (tmp_path / "site").symlink_to(tmp_path / "builds" / "one")
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")

    assert load_config(path).output == tmp_path / "site"
