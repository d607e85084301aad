"""Commands that teach the theme model: label, review, labels export/import, evaluate."""

from __future__ import annotations

import csv
import difflib
import json
import sys
from pathlib import Path
from typing import Any

import click

from .. import evaluate as evaluation
from .. import pipeline
from ..config import Config, load_themes
from ..errors import BrokerError, LabelError, UnknownItem
from ..models import Item
from ..reports import theme_checks
from ..store import Store, from_text
from .base import EXIT_USAGE, _fail, _load, _open_store, _run, _say, config_option, main, record, short, who

YES = {"yes", "y", "true", "1", "in"}
NO = {"no", "n", "false", "0", "not", "out"}


def _theme(config: Config, key: str) -> str:
    known = [t.key for t in config.themes]
    if key in known:
        return key
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"Did you mean {close[0]!r}? " if close else ""
    _fail(f"there is no theme called {key!r}. {hint}Themes are: {', '.join(known) or 'none yet'}", EXIT_USAGE)


@main.command()
@config_option
@click.argument("item_id", metavar="ITEM")
@click.argument("theme")
@click.option("--not", "negative", is_flag=True, help="The item does NOT belong in the theme.")
@click.option("--replace", is_flag=True, help="Replace a label that says the opposite.")
@click.option("--remove", is_flag=True, help="Take back the item's label for the theme, whichever way it went.")
def label(config_path: str, item_id: str, theme: str, negative: bool, replace: bool, remove: bool) -> None:
    """Say whether an item belongs in a theme; the model learns from it at the next build.

    Example: broker label 0c25025dbc carers --not
    """
    config = _load(config_path)
    key = _theme(config, theme)
    if remove and (negative or replace):
        _fail("--remove takes a label back; give it without --not or --replace", EXIT_USAGE)
    with _open_store(config) as store:
        item = _item(store, item_id)
        if remove:
            if store.remove_label(item.id, key):
                store.record_action(who(), "label", item.id, f"{key}: removed", pipeline.utc_now())
                click.echo(f"Removed the label of {item.id} for {config.theme(key).label}: “{short(item.title, 70)}”. "
                           "The next build decides it afresh.")
            else:
                click.echo(f"{item.id} has no label for {config.theme(key).label}; nothing to remove.")
            return
        try:
            outcome = store.set_label(item.id, key, not negative, pipeline.utc_now(), replace, by=who())
        except LabelError as exc:
            if not sys.stdin.isatty():
                _fail(str(exc), EXIT_USAGE)
            keep = click.prompt(f"{exc}. Which label do you want to keep?", type=click.Choice(["old", "new"]))
            if keep == "old":
                click.echo("Kept the old label.")
                return
            outcome = store.set_label(item.id, key, not negative, pipeline.utc_now(), replace=True, by=who())
    said = "in" if not negative else "not in"
    if outcome != "same":
        record(config, "label", item.id, f"{key}: {'no' if negative else 'yes'}")
    if outcome == "same":
        click.echo(f"{item.id} was already labelled as {said} {config.theme(key).label}.")
    else:
        click.echo(f"Labelled {item.id} as {said} {config.theme(key).label}: “{short(item.title, 70)}”. "
                   "The next build retrains the model and updates the digests.")


def _imported_time(text: str | None) -> str:
    """A label's own time from an exported file, if it is one broker wrote; else '' (now)."""
    text = (text or "").strip()
    try:
        from_text(text)
    except ValueError:
        return ""
    return text


def _item(store: Store, item_id: str) -> Item:
    """A stored item, or exit 2 naming the id and where ids are shown."""
    try:
        return store.item(item_id)
    except UnknownItem as exc:
        _fail(str(exc), EXIT_USAGE)


@main.command()
@config_option
@click.argument("theme", required=False)
@click.option("--limit", default=15, show_default=True, type=click.IntRange(min=1), help="How many items to list.")
def review(config_path: str, theme: str | None, limit: int) -> None:
    """List the items the model is least sure about, so that each label teaches it the most.

    Example: broker review carers
    """
    config = _load(config_path)
    key = _theme(config, theme) if theme else None
    with _open_store(config) as store:
        doubtful = store.doubtful(key, limit)
        checks = {c.theme: c for c in theme_checks(store)}
        by_keywords = [t for t in config.themes if (key is None or t.key == key)
                       and (t.key not in checks or checks[t.key].decided_by == "keywords")]
        picks = {t.key: store.unlabelled_picks(t.key, limit) for t in by_keywords} if len(doubtful) < limit else {}
    if doubtful:
        click.echo("The model is least sure about these. Label each one, for example:")
        click.echo(f"  broker label {doubtful[0][0].id} {doubtful[0][1]}      (or add --not)\n")
    for item, theme_key, doubt, chosen, why in doubtful:
        guess = "probably in" if chosen else "probably not in"
        click.echo(f"{item.id}  {guess} {config.theme(theme_key).label} (doubt {doubt:.0%})")
        click.echo(f"    {short(item.title, 90)}")
        if why:
            click.echo(f"    words that counted: {', '.join(why)}")
    shown = len(doubtful)
    for found in by_keywords:
        if shown >= limit or not picks[found.key]:
            continue
        check = checks.get(found.key)
        why_keywords = check.reason(bool(found.keywords)) if check else "no labels yet, so its keywords decide"
        if shown:
            click.echo("")
        click.echo(f"{found.label}: {why_keywords}. Confirm or correct what they chose:")
        for item in picks[found.key][:limit - shown]:
            words = next((m.why for m in item.themes if m.theme == found.key), ())
            said = f" ({', '.join(words)})" if words else ""
            click.echo(f"{item.id}  in {found.label} by keywords{said}")
            click.echo(f"    {short(item.title, 90)}")
            shown += 1
    if not shown:
        click.echo("Nothing needs a curator's eye just now: the model is sure of its decisions, and every keyword "
                   "pick is labelled." if checks else "Nothing to review yet: run broker build first.")


@main.group()
def labels() -> None:
    """Keep curators' labels in a CSV file beside feeds.toml, under version control.

    Example: broker labels export labels.csv
    """


@labels.command("export")
@config_option
@click.argument("csv_file", type=click.Path(dir_okay=False))
def export_labels(config_path: str, csv_file: str) -> None:
    """Write every label to a CSV file (item_id, theme, label, labelled, by, title).

    "by" is who gave the label: a curator's address from the console, or "cli:" and
    the user name on the command line.

    Example: broker labels export labels.csv
    """
    config = _load(config_path)
    with _open_store(config) as store:
        rows = store.label_rows()
    with open(csv_file, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["item_id", "theme", "label", "labelled", "by", "title"])
        for item_id, theme, yes, when, by, title in rows:
            writer.writerow([item_id, theme, "yes" if yes else "no", when, by, title])
    _say(f"Wrote {len(rows)} labels to {csv_file}.")


@labels.command("import")
@config_option
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--replace", is_flag=True, help="Where the file contradicts a label already here, keep the file's.")
def import_labels(config_path: str, csv_file: str, replace: bool) -> None:
    """Read labels from a CSV file with item_id, theme and label (yes or no) columns.

    Example: broker labels import labels.csv
    """
    config = _load(config_path)
    name = Path(csv_file).name
    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"item_id", "theme", "label"} - set(reader.fieldnames or [])
        if missing:
            _fail(f"{name}: has no {', '.join(sorted(missing))} column. The first line must be: item_id,theme,label",
                  EXIT_USAGE)
        rows = list(reader)
    themes = {t.key for t in config.themes}
    counts = {"added": 0, "changed": 0, "same": 0}
    problems: list[str] = []
    seen: dict[tuple[str, str], bool] = {}
    with _open_store(config) as store:
        known = store.known_items([r["item_id"].strip() for r in rows])
        for number, row in enumerate(rows, start=2):
            item_id, theme, value = row["item_id"].strip(), row["theme"].strip(), row["label"].strip().lower()
            where = f"{name} line {number}"
            if theme not in themes:
                problems.append(f"{where}: there is no theme {theme!r} in {config.path.name}")
            elif item_id not in known:
                problems.append(f"{where}: there is no item {item_id!r} in the database (run broker build first)")
            elif value not in YES | NO:
                problems.append(f"{where}: the label {row['label']!r} should be yes or no")
            elif seen.get((item_id, theme), value in YES) != (value in YES):
                problems.append(f"{where}: contradicts an earlier line for {item_id} in {theme}; kept the earlier")
            else:
                seen[(item_id, theme)] = value in YES
                try:
                    counts[store.set_label(item_id, theme, value in YES, pipeline.utc_now(), replace,
                                           by=(row.get("by") or "").strip() or who(),
                                           when=_imported_time(row.get("labelled")))] += 1
                except LabelError as exc:
                    problems.append(f"{where}: {exc}")
    for problem in problems:
        click.echo(f"Skipped {problem}", err=True)
    _say(f"{counts['added']} labels added, {counts['changed']} changed, {counts['same']} already here; "
         f"{len(problems)} lines skipped.")


@main.command()
@config_option
@click.option("--train", "train_path", type=click.Path(exists=True, dir_okay=False),
              help='JSON Lines rows {"id", "title", "abstract", "themes": [...]} to learn from; a row without '
                   '"themes" is unlabelled, and teaches through the keywords as stored items do in a build.')
@click.option("--test", "test_path", type=click.Path(exists=True, dir_okay=False), help="Rows to predict.")
@click.option("--predictions", "predictions_path", type=click.Path(dir_okay=False),
              help='Where to write one {"id", "themes"} per test row.')
def evaluate(config_path: str, train_path: str | None, test_path: str | None, predictions_path: str | None) -> None:
    """Say how good the theme model is, in plain words (cross-validation over your labels).

    With --train, --test and --predictions it learns from one file and predicts another, and
    prints micro and macro F1; the themes come from --config if that file exists (it needs only
    [themes]). Training rows without "themes" are unlabelled: give them, and run once with
    keywords and once without, to see whether the keywords help.

    Example: broker evaluate --train train.jsonl --test dev.jsonl --predictions out.jsonl
    """
    if train_path or test_path or predictions_path:
        if not (train_path and test_path and predictions_path):
            _fail("give all three of --train, --test and --predictions, or none of them", EXIT_USAGE)
        _evaluate_files(config_path, Path(train_path), Path(test_path), Path(predictions_path))
        return
    config = _load(config_path)
    with _open_store(config) as store:
        known = store.labels()
        if not known:
            click.echo("There are no labels yet, so there is nothing to check the model against. "
                       "Label some items first: broker review, then broker label ITEM THEME.")
            return
        items = store.training_items(pipeline.TRAINING_SAMPLE)
    report = _run(lambda: evaluation.cross_validation(items, known, config.themes))
    click.echo("Who decides each theme:")
    for line in report.deciders:
        click.echo(f"  {line}")
    if not report.scores:
        click.echo("Label at least 2 items to see how the decisions compare with your labels.")
        return
    click.echo(f"Checked against {report.labelled} labelled items, each decided without its own label:")
    for line in report.scores:
        click.echo(f"  {line}")


def _evaluate_files(config_path: str, train_path: Path, test_path: Path, predictions_path: Path) -> None:
    train, test = _rows(train_path), _rows(test_path)
    try:
        evaluation.check_rows(train, train_path.name)
        evaluation.check_rows(test, test_path.name)
        # Evaluating theme definitions needs only [themes]: no site settings.
        themes = load_themes(config_path) if Path(config_path).exists() else evaluation.themes_from_rows(train)
        predictions = evaluation.train_and_predict(train, test, themes)
    except BrokerError as exc:
        _fail(str(exc), EXIT_USAGE)
    with open(predictions_path, "w", encoding="utf-8") as handle:
        for row in predictions:
            handle.write(json.dumps(row) + "\n")
    _say(f"Wrote {len(predictions)} predictions to {predictions_path}.")
    if all(isinstance(row.get("themes"), list) for row in test):
        scores = evaluation.score(test, predictions, themes)
        click.echo(f"micro-F1 {scores.micro_f1:.3f}  macro-F1 {scores.macro_f1:.3f}  "
                   f"example-based F1 {scores.example_f1:.3f}")


def _rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    _fail(f"{path.name} line {number}: is not JSON ({exc.msg})", EXIT_USAGE)
    return rows
