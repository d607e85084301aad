"""The ``broker`` command: the only module that prints, exits or imports click."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import curated, health, mail, pipeline, plain
from .addresses import BadAddress, normalise_address
from .config import Config, load_config
from .errors import BrokerError, ConfigError, LockError
from .lock import run_lock
from .schedule import next_run, run_scheduler
from .store import Store
from .subscribers import read_subscriber_csv

T = TypeVar("T")
EXIT_FEEDS_FAILED = 1
EXIT_CONFIG = 2
EXIT_USAGE = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run is busy; try again later


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
@click.option("-v", "--verbose", count=True, help="Say more: -v for each stage, -vv for every detail.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print nothing when all is well (for cron); problems still go to stderr.")
def main(verbose: int, quiet: bool) -> None:
    """Knowledge Broker: new research, sorted into each community group's themes.

    Example: broker build --config feeds.toml
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(stream=sys.stderr, level=level, format="%(levelname)s: %(message)s", force=True)


def _quiet() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("quiet"))


def _say(text: str) -> None:
    """Ordinary progress news: printed unless --quiet."""
    if not _quiet():
        click.echo(text)


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
@click.option("--send/--no-send", default=True, show_default=True,
              help="Deliver the new digests to subscribers now, or leave them in the outbox.")
def build(config_path: str, send: bool) -> None:
    """Fetch the feeds, sort new items into themes, and publish digests, site and emails.

    Example: broker build --config feeds.toml
    """
    config = _load(config_path)
    with _progress_bar(len(config.feeds)) as tick:
        report = _locked(config, lambda: pipeline.build(config, send=send, progress=tick))
    _tell(report)
    for new in report.digests:
        _say(f"New digest for {config.group(new.group).name}: {len(new.items)} items.")
    for draft in report.drafts:
        _say(f"New draft for {config.group(draft.group).name} ({len(draft.items)} items) waits for approval: "
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
    _tell_sending(report.sending)
    if report.all_failed:
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
        rows = store.feed_rows()
        click.echo("Feeds:")
        for feed in config.feeds:
            row = rows.get(feed.url)
            if row is None:
                click.echo(f"  {feed.name}: not fetched yet")
                continue
            ok = f"last worked {_when(row.last_success)}" if row.last_success else "has never worked"
            click.echo(f"  {feed.name}: {ok}, {row.item_count} items")
            if row.warning:
                click.echo(f"    warning: {row.warning}")
        findings = health.findings(config.feeds, rows, pipeline.utc_now())
        if findings:
            click.echo("Needs attention:")
            for finding in findings:
                click.echo(f"  - {finding.message}")
        click.echo("Groups:")
        for group in config.groups:
            last = store.last_digest(group.key)
            text = f"last digest {_when(last[1])} with {last[2]} items" if last else "no digest yet"
            waiting = len(store.digests(group.key, state="draft"))
            if waiting:
                text += f"; {waiting} draft waiting for approval (broker approve {group.key})"
            click.echo(f"  {group.name}: {text}, {len(store.subscribers(group.key))} subscribers")
            plan = config.schedules.get(group.key)
            if plan is not None:
                upcoming = next_run(plan, pipeline.utc_now(), config.zone).astimezone(config.zone)
                click.echo(f"    next digest under broker schedule: {upcoming:%A %d %B %Y at %H:%M} "
                           f"({plan.describe()})")
        hard = pipeline.hard_to_read(config, store)
        if hard:
            click.echo(f"Hard to read (reading grade above {config.hard_to_read_above:g}; "
                       "write a plainer summary with: broker summary ID --edit):")
            for item in hard:
                assert item.plain is not None
                click.echo(f"  {item.id}  grade {item.plain.reading_grade:.1f}  {item.title[:70]}")
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
    pending, report = _locked(config, lambda: pipeline.send(config, dry_run=dry_run))
    if dry_run:
        click.echo(f"{pending} messages are waiting; nothing was sent (dry run).")
        return
    if not pending:
        _say("Nothing is waiting to be sent.")
    _tell_sending(report)
    if report.stopped:
        sys.exit(EXIT_FEEDS_FAILED)


@main.command()
@config_option
@click.argument("group")
@click.argument("email")
@click.option("--name", default="", help="The subscriber's name, used to greet them.")
def subscribe(config_path: str, group: str, email: str, name: str) -> None:
    """Add someone to a group's email digest.

    Example: broker subscribe southwark-carers jo@example.org --name "Jo Bloggs"
    """
    config = _load(config_path)
    key = _group(config, group)
    address = _address(email)
    with _open_store(config) as store:
        outcome = store.subscribe(key, address, name.strip(), pipeline.utc_now())
    said = {"added": "is now subscribed to", "back": "is subscribed again to", "already": "was already subscribed to"}
    click.echo(f"{address} {said[outcome]} {config.group(key).name}.")


@main.command()
@config_option
@click.argument("group", required=False)
@click.argument("email", required=False)
@click.option("--token", help="The token from an unsubscribe request email.")
def unsubscribe(config_path: str, group: str | None, email: str | None, token: str | None) -> None:
    """Stop sending a group's digest to someone, by address or by the token in their request.

    Example: broker unsubscribe southwark-carers jo@example.org
    """
    config = _load(config_path)
    with _open_store(config) as store:
        if token:
            try:
                group, email = mail.read_token(store.unsubscribe_secret(), token)
            except BrokerError as exc:
                _fail(str(exc), EXIT_USAGE)
        elif not (group and email):
            _fail("give a group and an address (broker unsubscribe GROUP EMAIL), or --token TOKEN", EXIT_USAGE)
        assert group and email
        key = _group(config, group)
        address = _address(email)
        if store.unsubscribe(key, address, pipeline.utc_now()):
            click.echo(f"{address} will get no more emails from {config.group(key).name}.")
        else:
            click.echo(f"{address} was not subscribed to {config.group(key).name}; nothing to do.")


@main.group()
def subscribers() -> None:
    """Manage subscriber lists in bulk.

    Example: broker subscribers import southwark-carers members.csv
    """


@subscribers.command("import")
@config_option
@click.argument("group")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
def import_subscribers(config_path: str, group: str, csv_file: str) -> None:
    """Subscribe everyone in a CSV file with an "email" column (and, if you like, a "name" column).

    Example: broker subscribers import southwark-carers members.csv
    """
    config = _load(config_path)
    key = _group(config, group)
    try:
        rows, problems = read_subscriber_csv(Path(csv_file))
    except BrokerError as exc:
        _fail(str(exc), EXIT_USAGE)
    with _open_store(config) as store:
        added = store.subscribe_many(key, rows, pipeline.utc_now())
    for problem in problems:
        click.echo(f"Skipped {problem}", err=True)
    click.echo(f"{added} subscribed to {config.group(key).name}; {len(rows) - added} were already; "
               f"{len(problems)} rows skipped.")


@main.command()
@config_option
def drafts(config_path: str) -> None:
    """List the digests that wait for a curator's approval.

    Example: broker drafts
    """
    config = _load(config_path)
    found = 0
    with _open_store(config) as store:
        for group in config.groups:
            for draft in store.digests(group.key, state="draft"):
                found += 1
                page = config.output / "_drafts" / group.key / f"{draft.id}.html"
                click.echo(f"{group.key}: draft of {draft.id} with {len(draft.items)} items. Read it at {page}")
    if not found:
        click.echo("No digest is waiting for approval.")


@main.command()
@config_option
@click.argument("group")
@click.option("--send/--no-send", default=True, show_default=True, help="Send it to subscribers straight away.")
def approve(config_path: str, group: str, send: bool) -> None:
    """Publish and send a group's waiting draft digest.

    Example: broker approve southwark-carers
    """
    config = _load(config_path)
    key = _group(config, group)
    released, report = _locked(config, lambda: pipeline.approve(config, config.group(key), send=send))
    if released is None:
        click.echo(f"{config.group(key).name} has no draft waiting; nothing to approve.")
        return
    click.echo(f"Approved the {released.id} digest of {config.group(key).name}: it is on the website now.")
    _tell_sending(report.sending)


@main.command()
@config_option
@click.argument("group")
def reject(config_path: str, group: str) -> None:
    """Drop a group's waiting draft; its items go back for the next digest.

    Example: broker reject southwark-carers
    """
    config = _load(config_path)
    key = _group(config, group)
    dropped = _locked(config, lambda: pipeline.reject(config, config.group(key)))
    if dropped is None:
        click.echo(f"{config.group(key).name} has no draft waiting; nothing to reject.")
    else:
        click.echo(f"Dropped the {dropped.id} draft of {config.group(key).name}; "
                   f"its {len(dropped.items)} items will be offered again in the next digest.")


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

    _run(lambda: run_scheduler(
        config, fetch_job=lambda: pipeline.fetch_only(config),
        digest_job=lambda key: pipeline.build(config, groups=(key,)),
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
        item = _run(lambda: pipeline.plain_for(config, store, item_id))
        entry = item.plain
        assert entry is not None
        if automatic or edit:
            text = "" if automatic else _edit_summary(item.title, entry.summary)
            if text is None:
                click.echo("Nothing changed.")
                return
            path = curated.save_hand_summary(config, item.id, text)
            click.echo(f"Saved {path}; the site and emails use it from the next build." if path
                       else f"{item.id} will use the automatic summary again from the next build.")
            item = _run(lambda: pipeline.plain_for(config, store, item_id))
            entry = item.plain
            assert entry is not None
    click.echo(f"{item.title}\n")
    click.echo(entry.summary or "(no summary: the source gave no abstract)")
    source = "written by a curator" if entry.hand_written else "made automatically"
    click.echo(f"\nReading grade {entry.reading_grade:.1f}; {source}; "
               f"type of study: {entry.study_type.label or 'not recognised'}.")


def _edit_summary(title: str, current: str) -> str | None:
    """The curator's text from their editor, comments removed; None if they left without saving."""
    guide = ("\n\n# Write the summary above in short sentences and everyday words, about 80 words at most.\n"
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
              help='Where to write {"id", "summary", "study_type", "reading_grade"} rows.')
def plain_command(config_path: str, input_path: str, output_path: str) -> None:
    """Write plain-language summaries for a file of abstracts, with the same code as the digest.

    The config is used only for the curators' glossary, if it has one.

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


def _group(config: Config, key: str) -> str:
    try:
        return config.group(key).key
    except BrokerError as exc:
        _fail(str(exc), EXIT_USAGE)
        raise


def _address(text: str) -> str:
    try:
        return normalise_address(text)
    except BadAddress as exc:
        _fail(f"{text!r} is not an email address ({exc}). Check it for typing mistakes.", EXIT_USAGE)
        raise


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def _tell_sending(report: mail.SendReport | None) -> None:
    if report is None:
        return
    if report.sent:
        _say(f"Sent {report.sent} emails.")
    for email, reason in report.failed:
        click.echo(f"Could not send to {email}: {reason}. It will not be retried.", err=True)
    for email, reason in report.deferred:
        click.echo(f"Delayed for {email}: {reason}. The next run will try again.", err=True)
    if report.stopped:
        click.echo(f"Sending stopped: {report.stopped}. Run broker send later; nothing will go twice.", err=True)


@contextmanager
def _progress_bar(total: int) -> Iterator[Callable[[object], None] | None]:
    """A bar while feeds are fetched, on a terminal only: cron and pipes get none."""
    if _quiet() or not sys.stderr.isatty():
        yield None
        return
    with Progress(TextColumn("Fetching feeds"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("fetch", total=total)
        yield lambda _result: bar.advance(task)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    return moment.astimezone(UTC).strftime("%d %b %Y %H:%M UTC")


def _open_store(config: Config) -> Store:
    try:
        return Store.open(config.database)
    except BrokerError as exc:
        _fail(str(exc), EXIT_FEEDS_FAILED)


def _run(job: Callable[[], T]) -> T:
    try:
        return job()
    except LockError as exc:
        _fail(str(exc), EXIT_LOCKED)
    except BrokerError as exc:
        _fail(str(exc), EXIT_FEEDS_FAILED)


def _locked(config: Config, job: Callable[[], T]) -> T:
    """Run a job that writes under the run lock, shared with cron and the scheduler."""

    def guarded() -> T:
        with run_lock(config.lock_path):
            return job()

    return _run(guarded)


def _tell(report: pipeline.RunReport) -> None:
    results = report.results
    read = sum(r.status == "ok" for r in results)
    same = sum(r.status == "not-modified" for r in results)
    waiting = f", {len(report.waiting)} resting after failures" if report.waiting else ""
    _say(f"Checked {len(results)} feeds: {read} with news, {same} unchanged, "
         f"{len(report.failed)} failed{waiting}. {report.new_items} new items.")
    # Under cron (--quiet) a feed that has been broken for weeks should not mail the operator
    # every day: only a feed that has just started failing is news. broker status lists them all.
    for result in report.newly_failed if _quiet() else report.failed:
        click.echo(f"Feed {result.feed.name!r} failed: {result.error}", err=True)
    if not _quiet():
        for result in results:
            if result.warning:
                click.echo(f"Feed {result.feed.name!r}: {result.warning}", err=True)
