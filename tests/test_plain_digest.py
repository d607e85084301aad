"""Plain-language entries in the digest, the site and the email; curators' own summaries; batch mode."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import stat
from pathlib import Path

from click.testing import CliRunner

from broker.cli import main
from broker.config import load_config
from broker.store import Store

from .feeds import Story, rss, write_config

STRUCTURED = ("Background: Many unpaid carers of people with dementia feel isolated. Methods: We ran a "
              "randomised controlled trial with 412 carers in 9 areas of England. Results: Carers offered "
              "weekly peer support reported less loneliness after 6 months (mean difference -1.2, 95% CI -1.9 "
              "to -0.5; p < 0.001). Conclusions: Peer support groups helped carers feel less alone.")


def _built(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "feed.xml").write_text(rss([
        Story(title="Peer support for carers of people with dementia: a randomised trial", summary=STRUCTURED,
              link="https://example.org/peer", guid="peer", author="A. Researcher"),
        Story(title="A carer study with no abstract at all, only this title", link="https://example.org/bare",
              guid="bare"),
    ]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    result = CliRunner().invoke(main, ["build", "--config", str(tmp_path / "feeds.toml")])
    assert result.exit_code == 0, result.output
    with Store.open(tmp_path / "broker.db") as store:
        item_id = store.db.execute("select id from items where link = 'https://example.org/peer'").fetchone()[0]
    return tmp_path / "feeds.toml", item_id


def test_site_and_email_show_the_plain_entry_study_type_words_explained_and_who(tmp_path: Path) -> None:
    _config, item_id = _built(tmp_path)
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    digest = next((tmp_path / "site" / "forum").glob("20*.html")).read_text()
    eml = next((tmp_path / "outbox" / "forum").glob("*.eml"))
    text = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default).get_body(("plain",))

    for html in (page, digest):
        assert "A fair test" in html and "Words explained" in html
        assert "Peer support groups helped carers feel less alone." in html
        assert "95% CI" not in html.split("What the source says")[0]
        assert "A. Researcher" in html
    assert "What this kind of study can tell you" in page
    body = text.get_content()  # type: ignore[union-attr]
    assert "Type of study:" in body and "Words explained:" in body and "Who did the research: A. Researcher" in body


def test_no_number_appears_that_the_source_does_not_have(tmp_path: Path) -> None:
    _config, item_id = _built(tmp_path)
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    shown = page.split('class="item-summary">', 1)[1].split("</p>", 1)[0]
    assert set(re.findall(r"\d[\d,.]*", shown)) <= set(re.findall(r"\d[\d,.]*", STRUCTURED))


def test_an_item_with_no_abstract_still_gets_a_sensible_entry(tmp_path: Path) -> None:
    _built(tmp_path)
    digest = next((tmp_path / "site" / "forum").glob("20*.html")).read_text()
    assert "A carer study with no abstract at all" in digest
    assert "There is no abstract, so we cannot say what it found." in digest


def test_a_hand_written_summary_wins_and_survives_rebuilds(tmp_path: Path) -> None:
    config, item_id = _built(tmp_path)
    summaries = tmp_path / "summaries"
    summaries.mkdir()
    (summaries / f"{item_id}.txt").write_text("Carers who met others like them felt less lonely.\n")
    runner = CliRunner()

    for _ in range(2):
        assert runner.invoke(main, ["build", "--config", str(config)]).exit_code == 0
        page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
        assert "Carers who met others like them felt less lonely." in page
        assert "written by one of our volunteers" in page

    shown = runner.invoke(main, ["summary", item_id, "--config", str(config)])
    assert "Carers who met others like them felt less lonely." in shown.output
    assert "written by a curator" in shown.output
    back = runner.invoke(main, ["summary", item_id, "--automatic", "--config", str(config)])
    assert "will use the automatic summary again" in back.output
    assert not (summaries / f"{item_id}.txt").exists()


def test_summary_edit_saves_what_the_curator_writes(tmp_path: Path) -> None:
    config, item_id = _built(tmp_path)
    editor = tmp_path / "fake-editor"
    editor.write_text('#!/bin/sh\nprintf "Meeting other carers helped.\\n# a comment\\n" > "$1"\n')
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)

    result = CliRunner().invoke(main, ["summary", item_id, "--edit", "--config", str(config)],
                                env={**os.environ, "EDITOR": str(editor), "VISUAL": str(editor)})

    assert result.exit_code == 0, result.output
    assert (tmp_path / "summaries" / f"{item_id}.txt").read_text() == "Meeting other carers helped.\n"
    assert "written by a curator" in result.output


def test_an_unknown_item_id_is_a_clear_error(tmp_path: Path) -> None:
    config, _ = _built(tmp_path)
    result = CliRunner().invoke(main, ["summary", "nope", "--config", str(config)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: there is no item with the id 'nope'.")


def test_plain_batch_mode_writes_the_stated_rows(tmp_path: Path) -> None:
    rows = [{"id": "a", "title": "Peer support trial", "abstract": STRUCTURED},
            {"id": "b", "title": "Only a title", "abstract": ""}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    result = CliRunner().invoke(main, ["plain", "--input", str(tmp_path / "in.jsonl"), "--output",
                                       str(tmp_path / "out.jsonl"), "--config", str(tmp_path / "none.toml")])

    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [sorted(r) for r in out] == [["id", "reading_grade", "study_type", "summary"]] * 2
    assert out[0]["id"] == "a" and out[0]["study_type"] == "randomised-trial"
    assert isinstance(out[0]["reading_grade"], float)


def test_status_lists_items_that_are_still_hard_to_read(tmp_path: Path) -> None:
    config, item_id = _built(tmp_path)
    text = config.read_text().replace("allow_private_networks = true", "allow_private_networks = true\n"
                                      "hard_to_read_above = 0")
    config.write_text(text)
    assert load_config(config).hard_to_read_above == 0

    status = CliRunner().invoke(main, ["status", "--config", str(config)])

    assert "Hard to read (reading grade above 0; write a plainer summary with: broker summary ID --edit):" \
        in status.output
    assert item_id in status.output
