"""Subscribers on the command line: list and export with state and source, forget a person, sender names."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from broker.cli import main
from broker.config import load_config
from broker.errors import ConfigError
from broker.store import Store

from .feeds import rss, story, write_config


def _config(tmp_path: Path, extra: str = "") -> Path:
    (tmp_path / "feed.xml").write_text(rss([story(1)]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    if extra:
        (tmp_path / "feeds.toml").write_text((tmp_path / "feeds.toml").read_text() + extra)
    return tmp_path / "feeds.toml"


def _cli(config: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    assert result.exit_code == 0, result.output
    return result


def test_list_and_export_show_state_since_and_source(tmp_path: Path) -> None:
    config = _config(tmp_path)
    _cli(config, "subscribe", "forum", "ann@example.net", "--name", "Ann")
    (tmp_path / "people.csv").write_text("email,name\nbob@example.net,Bob\n")
    _cli(config, "subscribers", "import", "forum", str(tmp_path / "people.csv"))
    _cli(config, "unsubscribe", "forum", "ann@example.net")
    with Store.open(tmp_path / "broker.db") as store:
        assert store.request("forum", "cat@example.net", "", datetime(2099, 11, 30, 12, tzinfo=UTC))

    listed = _cli(config, "subscribers", "list", "forum").output.splitlines()
    _cli(config, "subscribers", "export", "forum", str(tmp_path / "out.csv"))

    fields = [line.split("\t") for line in listed]
    assert [(f[0], f[3]) for f in fields] == [("ann@example.net", "cli"), ("bob@example.net", "import"),
                                              ("cat@example.net", "web")]
    assert [line.split("\t")[1] for line in listed] == ["unsubscribed", "subscribed", "waiting"]
    assert listed[2].split("\t")[2] == "2099-11-30 12:00 UTC"
    rows = list(csv.DictReader((tmp_path / "out.csv").open()))
    assert [(r["email"], r["name"], r["state"], r["source"]) for r in rows] == [
        ("ann@example.net", "Ann", "unsubscribed", "cli"), ("bob@example.net", "Bob", "subscribed", "import"),
        ("cat@example.net", "", "waiting", "web")]


def test_forget_removes_a_person_everywhere_and_keeps_only_a_count_of_what_was_sent(tmp_path: Path) -> None:
    config = _config(tmp_path, '\n[groups.second]\nname = "Second"\nthemes = ["carers"]\n')
    for group in ("forum", "second"):
        _cli(config, "subscribe", group, "Jo@example.org")
    _cli(config, "subscribe", "forum", "ann@example.net")
    _cli(config, "build")

    forgot = _cli(config, "subscribers", "forget", "jo@EXAMPLE.org")
    again = _cli(config, "subscribers", "forget", "jo@example.org")

    assert forgot.output == "Forgot jo@example.org: removed from 2 groups and from the outbox.\n"
    assert again.output == "jo@example.org is not in any group; nothing to forget.\n"
    with Store.open(tmp_path / "broker.db") as store:
        everything = "\n".join(str(row) for table in ("subscribers", "outbox")
                               for row in store.db.execute(f"select * from {table}"))
        sent = store.outbox_counts()["sent"]
    assert "jo@" not in everything.lower()
    assert sent == 3, "the two digests sent to Jo still count as sent, under a code"
    assert [line.split("\t")[0] for line in _cli(config, "subscribers", "list", "forum").output.splitlines()] == [
        "ann@example.net"]


def test_a_sender_name_from_the_config_and_per_group(tmp_path: Path) -> None:
    config = _config(tmp_path, '\n[email]\nfrom = "Riverside Digest <Digest@Example.org>"\n')
    loaded = load_config(config)
    assert loaded.email is not None
    assert (loaded.email.sender, loaded.email.sender_name) == ("Digest@example.org", "Riverside Digest")
    config.write_text(config.read_text().replace('max_items = 50\n', 'max_items = 50\nsender_name = "The Forum"\n'))
    assert load_config(config).groups[0].sender_name == "The Forum"
    config.write_text(config.read_text().replace("<Digest@Example.org>", "<not an address>"))
    with pytest.raises(ConfigError, match="is not an email address"):
        load_config(config)
