"""The ``broker`` command: the only module that prints, exits or imports click."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click

from . import pipeline
from .config import Config, load_config
from .errors import BrokerError, ConfigError
from .store import Store

EXIT_FEEDS_FAILED = 1
EXIT_CONFIG = 2


def _load(path: str) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CONFIG)


config_option = click.option(
    "--config", "config_path", default="feeds.toml", show_default=True,
    type=click.Path(dir_okay=False), help="The feeds.toml file to use.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="knowledge-broker", prog_name="broker")
def main() -> None:
    """Knowledge Broker: new research, sorted into each community group's themes.

    Example: broker build --config feeds.toml
    """


@main.command()
@config_option
def check(config_path: str) -> None:
    """Check feeds.toml and say what is wrong, without fetching anything.

    Example: broker check --config feeds.toml
    """
    config = _load(config_path)
    click.echo(f"{config.path.name} is fine: {len(config.feeds)} feeds, {len(config.themes)} themes, "
               f"{len(config.groups)} groups.")


@main.command()
@config_option
def build(config_path: str) -> None:
    """Fetch the feeds, sort new items into themes, and publish digests, site and emails.

    Example: broker build --config feeds.toml
    """
    config = _load(config_path)
    report = _run(lambda: pipeline.build(config))
    _tell(report)
    if report.digests:
        for new in report.digests:
            click.echo(f"New digest for {config.group(new.group).name}: {len(new.items)} items.")
    else:
        click.echo("Nothing new for any group, so no new digest.")
    if report.site:
        click.echo(f"Website: {config.output / 'index.html'}")
    for path in report.emails:
        click.echo(f"Email: {path}")
    if report.all_failed:
        sys.exit(EXIT_FEEDS_FAILED)


@main.command()
@config_option
def fetch(config_path: str) -> None:
    """Fetch the feeds and store new items, without publishing anything.

    Example: broker fetch --config feeds.toml
    """
    config = _load(config_path)
    report = _run(lambda: pipeline.fetch_only(config))
    _tell(report)
    if report.all_failed:
        sys.exit(EXIT_FEEDS_FAILED)


@main.command()
@config_option
def status(config_path: str) -> None:
    """Show each feed's health and each group's latest digest.

    Example: broker status --config feeds.toml
    """
    config = _load(config_path)
    if not config.database.exists():
        click.echo("Nothing has run yet. Start with: broker build")
        return
    with _open_store(config) as store:
        rows = store.feed_rows()
        click.echo("Feeds:")
        for feed in config.feeds:
            row = rows.get(feed.url)
            if row is None:
                click.echo(f"  {feed.name}: not fetched yet")
                continue
            ok = f"last worked {_when(row.last_success)}" if row.last_success else "has never worked"
            click.echo(f"  {feed.name}: {ok}, {row.item_count} items")
            if row.last_error:
                click.echo(f"    failing since {_when(row.failing_since)}: {row.last_error}")
            if row.warning:
                click.echo(f"    warning: {row.warning}")
        click.echo("Groups:")
        for group in config.groups:
            last = store.last_digest(group.key)
            text = f"last digest {_when(last[1])} with {last[2]} items" if last else "no digest yet"
            click.echo(f"  {group.name}: {text}")


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    return moment.astimezone(UTC).strftime("%d %b %Y %H:%M UTC")


def _open_store(config: Config) -> Store:
    try:
        return Store.open(config.database)
    except BrokerError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_FEEDS_FAILED)


def _run(job):  # type: ignore[no-untyped-def]
    try:
        return job()
    except BrokerError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_FEEDS_FAILED)


def _tell(report: pipeline.RunReport) -> None:
    results = report.results
    read = sum(r.status == "ok" for r in results)
    same = sum(r.status == "not-modified" for r in results)
    click.echo(f"Checked {len(results)} feeds: {read} with news, {same} unchanged, "
               f"{len(report.failed)} failed. {report.new_items} new items.")
    for result in report.failed:
        click.echo(f"Feed {result.feed.name!r} failed: {result.error}", err=True)
    for result in results:
        if result.warning:
            click.echo(f"Feed {result.feed.name!r}: {result.warning}", err=True)




