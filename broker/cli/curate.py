"""Commands for curators' content: plain-language summaries."""


from __future__ import annotations

import json
from pathlib import Path

import click

from .. import curated, plain, reports
from ..config import load_config
from ..errors import BrokerError
from .base import (
    EXIT_CONFIG,
    EXIT_USAGE,
    _fail,
    _load,
    _open_store,
    _run,
    _say,
    config_option,
    main,
    record,
)


@main.command()
@config_option
@click.argument("item_id", metavar="ITEM")
@click.option("--edit", is_flag=True, help="Write your own summary in your editor; it wins, and survives rebuilds.")
@click.option("--automatic", is_flag=True, help="Drop your own summary and go back to the automatic one.")
def summary(config_path: str, item_id: str, edit: bool, automatic: bool) -> None:
    """Show an item's plain-language summary, or replace it with your own.

    Your summary is kept as summaries/ITEM.txt beside feeds.toml; you can also
    write that file directly. The site and future emails use it from the next build.

    Example: broker summary 0c25025dbc --edit
    """
    config = _load(config_path)
    with _open_store(config) as store:
        item = _run(lambda: reports.plain_for(config, store, item_id))
        entry = item.plain
        assert entry is not None
        if automatic or edit:
            text = "" if automatic else _edit_summary(item.title, entry.summary)
            if text is None:
                click.echo("Nothing changed.")
                return
            path = curated.save_hand_summary(config, item.id, text)
            record(config, "summary", item.id, "wrote a summary" if path else "went back to the automatic summary")
            click.echo(f"Saved {path}; the site and emails use it from the next build." if path
                       else f"{item.id} will use the automatic summary again from the next build.")
            item = _run(lambda: reports.plain_for(config, store, item_id))
            entry = item.plain
            assert entry is not None
    click.echo(f"{item.title}\n")
    parts = "\n\n".join(f"{label}: {text}" for label, text in entry.parts)
    click.echo(parts or entry.summary or "(no summary: the source gave no abstract)")
    source = "written by a curator" if entry.hand_written else "made automatically"
    click.echo(f"\nReading grade {entry.reading_grade:.1f}; {source}; "
               f"type of study: {entry.study_type.label or 'not recognised'}.")


def _edit_summary(title: str, current: str) -> str | None:
    """The curator's text from their editor, comments removed; None if they left without saving."""
    guide = ("\n\n# Keep the three parts, each starting on its own line with its label: \"What was studied:\",\n"
             "# \"What was found:\" and \"How sure we can be:\". Short sentences, everyday words, about 100 words.\n"
             "# Text without the labels is shown as it is, as one summary.\n"
             "# Lines starting with # are ignored. Save an empty summary to go back to the automatic one.\n"
             f"# Title: {title}\n")
    written = click.edit(current + guide, extension=".txt")
    if written is None:
        return None
    return "\n".join(line for line in written.splitlines() if not line.startswith("#")).strip()


@main.command("plain")
@config_option
@click.option("--input", "input_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help='JSON Lines rows: {"id", "title", "abstract"}.')
@click.option("--output", "output_path", required=True, type=click.Path(dir_okay=False),
              help='Where to write {"id", "summary", "studied", "found", "certainty", "study_type", '
                   '"reading_grade"} rows.')
def plain_command(config_path: str, input_path: str, output_path: str) -> None:
    """Write plain-language summaries for a file of abstracts, with the same code as the digest.

    Each row gets the three parts ("studied", "found", "certainty") and "summary",
    the three joined and labelled as an email's text part reads them. The config is
    used only for the curators' glossary, if it has one.

    Example: broker plain --input abstracts.jsonl --output summaries.jsonl
    """
    glossary = _glossary(config_path)
    rows = []
    with open(input_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    _fail(f"{input_path} line {number}: is not JSON ({exc.msg}). Each line must be one "
                          '{"id", "title", "abstract"} object', EXIT_USAGE)
    written = 0
    with open(output_path, "w", encoding="utf-8") as out:
        for row in plain.plain_rows(rows, glossary):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    _say(f"Wrote {written} summaries to {output_path}.")


def _glossary(config_path: str) -> plain.Glossary:
    """The curators' glossary when there is a config, else the shipped one."""
    try:
        if Path(config_path).exists():
            return curated.load_glossary(load_config(config_path))
        return curated.load_glossary(None)
    except BrokerError as exc:
        _fail(str(exc), EXIT_CONFIG)
