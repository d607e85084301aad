"""Commands that run the pipeline and report on it: build, fetch, status, send, schedule, backup.

What only status or schedule needs (the reports, APScheduler) is imported inside
those commands, so that a build from cron starts no slower than it must.
"""


from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta
from pathlib import Path

import click

from .. import health, pipeline
from ..store import Store
from .base import (
    EXIT_FEEDS_FAILED,
    _load,
    _locked,
    _open_store,
    _progress_bar,
    _quiet,
    _run,
    _say,
    _tell,
    _tell_sending,
    _when,
    config_option,
    main,
    plural,
    short,
)


@main.command()
@config_option
@click.option("--send/--no-send", default=True, show_default=True,
              help="Deliver the new digests to subscribers now, or leave them in the outbox.")
def build(config_path: str, send: bool) -> None:
    """Fetch the feeds, sort new items into themes, and publish digests, site and emails.

    Example: broker build --config feeds.toml
    """
    config = _load(config_path, curators_files=True)
    with _progress_bar(len(config.feeds)) as tick:
        report = _locked(config, lambda: pipeline.build(config, send=send, progress=tick))
    _tell(report)
    for new in report.digests:
        _say(f"New digest for {config.group(new.group).name}: {plural(len(new.items), 'item')}.")
    for draft in report.drafts:
        _say(f"New draft for {config.group(draft.group).name} ({plural(len(draft.items), 'item')}) waits for approval: "
                   f"read {config.output / '_drafts' / draft.group / (draft.id + '.html')}, "
                   f"then run: broker approve {draft.group}")
    if not report.digests and not report.drafts:
        _say("Nothing new for any group, so no new digest.")
    if report.site:
        _say(f"Website: {config.output / 'index.html'}")
        if report.search_problem:
            click.echo(f"Search is unavailable on the website: {report.search_problem}. "
                       "Everything else was published.", err=True)
    for path in report.emails:
        _say(f"Email: {path}")
    _tell_sending(report.sending, config)
    if report.all_failed or (report.sending is not None and report.sending.stopped):
        sys.exit(EXIT_FEEDS_FAILED)


@main.command()
@config_option
def fetch(config_path: str) -> None:
    """Fetch the feeds and store new items, without publishing anything.

    Example: broker fetch --config feeds.toml
    """
    config = _load(config_path)
    with _progress_bar(len(config.feeds)) as tick:
        report = _locked(config, lambda: pipeline.fetch_only(config, progress=tick))
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
        rows = store.feed_rows(count_summaries=True)
        click.echo("Feeds:")
        for feed in config.feeds:
            row = rows.get(feed.url)
            if row is None:
                click.echo(f"  {feed.name}: not fetched yet")
                continue
            ok = f"last worked {_when(row.last_success)}" if row.last_success else "has never worked"
            click.echo(f"  {feed.name}: {ok}, {plural(row.item_count, 'item')}")
            if row.warning:
                click.echo(f"    warning: {row.warning}")
        from .. import reports
        from ..triggers import next_run

        findings = health.findings(config.feeds, rows, pipeline.utc_now())
        if findings:
            click.echo("Needs attention:")
            for finding in findings:
                click.echo(f"  - {finding.message}")
        click.echo("Groups:")
        for group in config.groups:
            last = store.last_digest(group.key)
            text = f"last digest {_when(last[1])} with {plural(last[2], 'item')}" if last else "no digest yet"
            waiting = len(store.digests(group.key, state="draft"))
            if waiting:
                text += f"; {waiting} draft waiting for approval (broker approve {group.key})"
            click.echo(f"  {group.name}: {text}, {plural(len(store.subscribers(group.key)), 'subscriber')}")
            plan = config.schedules.get(group.key)
            if plan is not None:
                upcoming = next_run(plan, pipeline.utc_now(), config.zone).astimezone(config.zone)
                click.echo(f"    next digest under broker schedule: {upcoming:%A %d %B %Y at %H:%M} "
                           f"({plan.describe()})")
        hard = reports.hard_to_read(config, store)
        if hard:
            click.echo(f"Hard to read (reading grade above {config.hard_to_read_above:g}; "
                       "write a plainer summary with: broker summary ID --edit):")
            for item in hard:
                assert item.plain is not None
                click.echo(f"  {item.id}  grade {item.plain.reading_grade:.1f}  {short(item.title, 70)}")
        checks = {c.theme: c for c in reports.theme_checks(store)}
        if checks:
            click.echo("Themes (who decides which items are in each):")
            for theme in config.themes:
                check = checks.get(theme.key)
                said = check.reason(bool(theme.keywords)) if check else "not decided yet: run broker build"
                click.echo(f"  {theme.label}: {said}.")
        doubtful = len(store.doubtful(None, 1000))
        if doubtful:
            click.echo(f"Theme decisions the model is unsure about: {doubtful}{'+' if doubtful == 1000 else ''}. "
                       "Label them with: broker review, then broker label ITEM THEME")
        counts = store.outbox_counts()
        click.echo(f"Emails: {counts.get('sent', 0)} sent, {counts.get('pending', 0)} waiting, "
                   f"{counts.get('failed', 0)} failed")
        for failure in store.failed():
            click.echo(f"  not delivered to {failure.email} ({failure.group}, {failure.digest_id}): "
                       f"{failure.last_error}")


@main.command()
@config_option
@click.option("--dry-run", is_flag=True, help="Say what would be sent, and send nothing.")
def send(config_path: str, dry_run: bool) -> None:
    """Deliver every message waiting in the outbox; safe to run again at any time.

    Example: broker send --dry-run
    """
    config = _load(config_path)
    if dry_run:
        from .. import reports

        waiting = _run(lambda: reports.would_send(config))
        for group, digest_id, email in waiting:
            click.echo(f"{email}\t{config.group(group).name}\tdigest {digest_id}")
        click.echo(f"{plural(len(waiting), 'message')} would be sent; nothing was sent (dry run).")
        return
    pending, report = _locked(config, lambda: pipeline.send(config))
    if not pending:
        _say("Nothing is waiting to be sent.")
    _tell_sending(report, config)
    if report.stopped:
        sys.exit(EXIT_FEEDS_FAILED)


@main.command()
@config_option
@click.option("--fetch-every", default=60, show_default=True, type=click.IntRange(min=1),
              help="Minutes between fetches.")
def schedule(config_path: str, fetch_every: int) -> None:
    """Run unattended: fetch on an interval, and make each group's digest on its own schedule.

    Stops cleanly on Ctrl-C or SIGTERM, after any job that is running. Use this or cron, not both.

    Example: broker schedule --config feeds.toml
    """
    config = _load(config_path)
    if not _quiet():
        logging.getLogger("broker").setLevel(logging.INFO)  # a long-running service should say what it does

    def last_digest_run(key: str) -> datetime | None:
        with Store.open(config.database) as store:
            return store.latest_digest_time(key)

    def logged(report: pipeline.RunReport) -> pipeline.RunReport:
        for problem in report.theme_problems:  # a service has no terminal: its log is where problems go
            logging.getLogger("broker").warning("%s", problem)
        return report

    from ..schedule import run_scheduler

    _run(lambda: run_scheduler(
        config, fetch_job=lambda: logged(pipeline.fetch_only(config)),
        digest_job=lambda key: logged(pipeline.build(config, groups=(key,))),
        schedules=config.schedules, fetch_interval=timedelta(minutes=fetch_every), last_digest_run=last_digest_run))


@main.command()
@config_option
@click.argument("target", type=click.Path(dir_okay=False))
def backup(config_path: str, target: str) -> None:
    """Make a consistent copy of the database, safe to take while broker runs.

    Example: broker backup backups/broker-2026-11-24.db
    """
    config = _load(config_path)
    with _open_store(config) as store:
        _run(lambda: store.backup(Path(target)))
    click.echo(f"Backed up {config.database} to {target}.")
