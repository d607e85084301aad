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


MASKING = ("We interviewed 30 autistic girls and their parents about masking at secondary school. Girls said that "
           "masking their differences all day left them exhausted by the evening. Carers said schools rarely noticed. "
           "Schools could help by offering quiet spaces and a trusted adult.")
LABELS = ("What was studied", "What was found", "How sure we can be")


def _article(page: str, title: str) -> str:
    """The digest page's card for the item with this title."""
    return next(a for a in page.split("</article>") if f">{title}" in a)


def _built(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "feed.xml").write_text(rss([
        Story(title="Peer support for carers of people with dementia: a randomised trial", summary=STRUCTURED,
              link="https://example.org/peer", guid="peer", author="A. Researcher"),
        Story(title="A carer study with no abstract at all, only this title", link="https://example.org/bare",
              guid="bare"),
        Story(title="Autistic girls and masking at secondary school", summary=MASKING,
              link="https://example.org/masking", guid="masking"),
    ]), encoding="utf-8")
    write_config(tmp_path / "feeds.toml", [("File", str(tmp_path / "feed.xml"))])
    result = CliRunner().invoke(main, ["build", "--config", str(tmp_path / "feeds.toml")])
    assert result.exit_code == 0, result.output
    with Store.open(tmp_path / "broker.db") as store:
        item_id = store.db.execute("select id from items where link = 'https://example.org/peer'").fetchone()[0]
    return tmp_path / "feeds.toml", item_id


def test_site_and_email_show_the_three_parts_study_type_words_explained_and_who(tmp_path: Path) -> None:
    _config, item_id = _built(tmp_path)
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    digest = next((tmp_path / "site" / "forum").glob("20*.html")).read_text()
    message = email.message_from_bytes(next((tmp_path / "outbox" / "forum").glob("*.eml")).read_bytes(),
                                       policy=email.policy.default)
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html_mail = message.get_body(("html",)).get_content()  # type: ignore[union-attr]

    for html in (page, _article(digest, "Peer support for carers")):
        assert "A fair test" in html and "Words explained" in html
        card = html.split('class="plain-parts"', 1)[1].split("</dl>", 1)[0]
        assert [label for label in LABELS if f"<dt>{label}</dt>" in card] == list(LABELS)
        assert card.index("What was studied") < card.index("What was found") < card.index("How sure we can be")
        assert "Peer support groups helped carers feel less alone." in card
        assert "95% CI" not in html.split("What the source says")[0]
        assert "A. Researcher" in html
    assert "What this kind of study can tell you" in page
    assert all(f"{label}:</span>" in html_mail for label in LABELS)
    assert "Where it came from:</strong> File" in html_mail
    assert "Type of study:" in body and "Words explained:" in body and "Who did the research: A. Researcher" in body
    assert "Where it came from: File" in body
    peer = body.split("Peer support for carers", 1)[1].split("Read more", 1)[0]
    assert peer.index("   What was studied: ") < peer.index("   What was found: Peer support groups helped carers") \
        < peer.index("   How sure we can be: ")


def test_masking_at_school_is_not_explained_as_blinding_in_a_trial(tmp_path: Path) -> None:
    _built(tmp_path)
    with Store.open(tmp_path / "broker.db") as store:
        item_id = store.db.execute("select id from items where link = 'https://example.org/masking'").fetchone()[0]
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    assert "masking" in page.split("In plain words", 1)[1].split("What the source says", 1)[0]
    assert "<dt>blinding</dt>" not in page and "hopes cannot sway the results" not in page


def test_no_number_appears_that_the_source_does_not_have(tmp_path: Path) -> None:
    _config, item_id = _built(tmp_path)
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    shown = page.split('class="plain-parts">', 1)[1].split("</dl>", 1)[0]
    assert re.findall(r"\d[\d,.]*", shown)  # "412 carers in 9 areas": the numbers that are there are the source's
    assert set(re.findall(r"\d[\d,.]*", shown)) <= set(re.findall(r"\d[\d,.]*", STRUCTURED))


def test_an_item_with_no_abstract_still_gets_a_sensible_entry(tmp_path: Path) -> None:
    _built(tmp_path)
    digest = next((tmp_path / "site" / "forum").glob("20*.html")).read_text()
    bare = _article(digest, "A carer study with no abstract at all")
    assert "<dt>What was studied</dt><dd>An item from Test Org about" in bare
    assert "<dt>What was found</dt><dd>The source does not report research results.</dd>" in bare


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
    (summaries / f"{item_id}.txt").write_text("What was studied: Peer groups for carers.\n"
                                              "What was found: Carers felt less alone.\n"
                                              "How sure we can be: One trial.\n")
    assert runner.invoke(main, ["build", "--config", str(config)]).exit_code == 0
    page = (tmp_path / "site" / "items" / f"{item_id}.html").read_text()
    assert "<dt>What was found</dt><dd>Carers felt less alone.</dd>" in page
    back = runner.invoke(main, ["summary", item_id, "--automatic", "--config", str(config)])
    assert "will use the automatic summary again" in back.output
    assert not (summaries / f"{item_id}.txt").exists()


def test_summary_shows_the_three_parts(tmp_path: Path) -> None:
    config, item_id = _built(tmp_path)
    shown = CliRunner().invoke(main, ["summary", item_id, "--config", str(config)])
    assert shown.exit_code == 0, shown.output
    lines = [line for line in shown.output.splitlines() if line.split(":")[0] in LABELS]
    assert [line.split(":")[0] for line in lines] == list(LABELS)
    assert "What was found: Peer support groups helped carers feel less alone." in shown.output
    assert "made automatically" in shown.output


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
    assert [sorted(r) for r in out] == [["certainty", "found", "id", "reading_grade", "studied", "study_type",
                                         "summary"]] * 2
    assert out[0]["id"] == "a" and out[0]["study_type"] == "randomised-trial"
    assert out[0]["found"].startswith("Peer support groups helped carers feel less alone.")
    assert out[0]["summary"] == (f"What was studied: {out[0]['studied']}\nWhat was found: {out[0]['found']}\n"
                                 f"How sure we can be: {out[0]['certainty']}")
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
